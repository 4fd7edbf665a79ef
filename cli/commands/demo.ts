// `chitieu demo` (npm run demo): sample workbooks from the Hải An 2024-2025 plan, checked, consolidated and printed to out/.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { getBundledPlan } from "../../core/plan/bundled";
import { EXIT, CliError, say as sayLine } from "../errors";
import type { OutputKind } from "../guard/ledger";
import { INPUT, planOutput, writeOutput } from "../guard/output";
import { parseCli } from "../xlsx/args";
import { checkFile } from "../xlsx/check";
import { consolidate } from "../xlsx/consolidate";
import { findSoffice, sheetToPdf } from "../xlsx/pdf";
import { SAMPLE_SCHOOLS, listSample, schoolSample } from "../xlsx/sample";
import { summaryLines } from "../xlsx/summary";
import { listTemplate, matrixTemplate } from "../xlsx/template";
import { saveAtomic, saveSheets } from "../xlsx/write";

const PLAN_ID = "hai-an-2024-2025";
/** End of the 2024-2025 school year: the day the demo judges deadlines on and dates its report, so every run prints the same. */
const AS_OF = "2025-05-31";
/** "Gần đạt" within 2% of the threshold, so the demo shows amber as well as red and green. */
const TOLERANCE = 0.02;

const HELP = `Cách dùng / Usage: chitieu demo [--out <thư mục>] [--no-pdf]

Tạo sổ mẫu từ Kế hoạch GDĐT năm học 2024-2025 của quận Hải An (số liệu thật của kế hoạch, ví dụ
7.910/9.232 trẻ ra lớp), kiểm tra, tổng hợp 6 trường mầm non, tạo biểu mẫu trống và in báo cáo PDF
(khi có LibreOffice). Builds sample workbooks from the Hải An plan, checks, consolidates, prints the report.

  --out <thư mục>   nơi ghi (mặc định out/) / output folder (default out/)
  --no-pdf          không in PDF / skip the PDF
  --overwrite       ghi đè cả tệp trong thư mục đã bị sửa / replace files in the folder even if they were edited`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCli(argv, {
    out: { type: "string" },
    "no-pdf": { type: "boolean" },
    overwrite: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return EXIT.ok;
  }
  const started = performance.now();
  const plan = getBundledPlan(PLAN_ID);
  if (!plan) throw new CliError(`thiếu kế hoạch mẫu ${PLAN_ID}`, `bundled plan ${PLAN_ID} is missing`);
  const out = values.out ?? "out";
  const schools = join(out, "truong");
  await mkdir(schools, { recursive: true });
  const written: string[] = [];
  const say = (s: string) => process.stdout.write(s + "\n");
  /**
   * Every file the demo writes goes through the output guard: a file in out/ the user changed is kept and the
   * demo writes beside it (saying so), and what the demo reads next is the file it actually wrote.
   */
  const emit = async (path: string, kind: OutputKind, inputs: string[], write: (tmp: string) => Promise<unknown>): Promise<string> => {
    const planned = await planOutput({ path, kind, inputs: inputs.map((p) => ({ path: p, what: INPUT })), overwrite: values.overwrite });
    if (planned.notice) process.stderr.write(`chitieu demo: ${sayLine(planned.notice)}\n`);
    for (const n of await writeOutput(planned, async (tmp) => void (await write(tmp)))) process.stderr.write(`chitieu demo: ${sayLine(n)}\n`);
    written.push(planned.path);
    return planned.path;
  };

  // 1. The district's indicator list, with the plan's own headline figure just short: 7.887 of 9.232 children.
  const { spec: sample } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC ${plan.period}`],
    placeDate: `${plan.place ?? "Hải An"}, ngày 31 tháng 5 năm 2025`,
    indicators: plan.indicators,
    figures: { "mn.huy-dong": { actual: 7887, format: "#,##0" } },
  });
  const input = await emit(join(out, "hai-an-so-lieu-2024-2025.xlsx"), "demo", [], (tmp) => saveSheets([sample], tmp));

  // 2. Check it: status formulas, colours, explanations, report sheet.
  const checked = await checkFile(input, { plan, asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  const checkedPath = await emit(join(out, "hai-an-so-lieu-2024-2025.chitieu.xlsx"), "check", [input], (tmp) => checked.save(tmp));

  // 3. Six preschools' own reports, plus one that broke in transit, consolidated into the district roll-up. Only
  // the files written here are rolled up: anything else the user keeps in out/truong stays out of it.
  const schoolFiles: string[] = [];
  for (let i = 0; i < SAMPLE_SCHOOLS.length; i++) {
    const spec = schoolSample(plan, SAMPLE_SCHOOLS[i], i + 1).spec;
    schoolFiles.push(await emit(join(schools, `${SAMPLE_SCHOOLS[i]}.xlsx`), "demo", [], (tmp) => saveSheets([spec], tmp)));
  }
  const firstSchool = await readFile(schoolFiles[0]);
  schoolFiles.push(await emit(join(schools, "Trường MN Đông Hải (tải lỗi).xlsx"), "demo", [], (tmp) => writeFile(tmp, firstSchool.subarray(0, 2048))));
  const district = await consolidate(schoolFiles.map((f) => resolve(f)), plan, { asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  await emit(join(out, "tong-hop-mam-non.xlsx"), "consolidate", schoolFiles, (tmp) => saveAtomic(district.workbook, tmp));

  // 4. Blank self-checking forms: one row per indicator, and one row per school.
  await emit(join(out, "mau-nhap-so-lieu.xlsx"), "template", [], (tmp) => saveSheets([listTemplate(plan).spec], tmp));
  await emit(join(out, "mau-nhap-theo-truong.xlsx"), "template", [], (tmp) => saveSheets([matrixTemplate(plan, SAMPLE_SCHOOLS).spec], tmp));

  // 5. The report as a PDF, when LibreOffice is installed.
  let pdfNote = "";
  if (!values["no-pdf"] && checked.report) {
    const report = checked.report;
    if (!findSoffice()) pdfNote = "(Không có LibreOffice nên bỏ qua PDF / LibreOffice not found, PDF skipped)";
    else {
      try {
        await emit(join(out, "bao-cao-chi-tieu.pdf"), "pdf", [], (tmp) => sheetToPdf(report, tmp));
      } catch (e) {
        pdfNote = `(Không in được PDF / PDF failed: ${e instanceof CliError ? e.en : e instanceof Error ? e.message : String(e)})`;
      }
    }
  }

  const r = checked.result;
  say(`Kế hoạch / plan: ${plan.title} — ${plan.issuer} (${plan.id})`);
  say(`Xét đến ngày / as of ${AS_OF}; "Gần đạt" trong phạm vi ${TOLERANCE * 100}% / "near" within ${TOLERANCE * 100}%`);
  say("");
  say(`1) Kiểm tra / check ${relative(".", input)} — ${r.summary.total} chỉ tiêu, ${checked.formulas} công thức sống / live formulas:`);
  const headline = r.items.find((it) => it.indicatorId === "mn.huy-dong");
  if (headline) say(`   ${headline.name} (${headline.target}): ${headline.verdict.symbol} ${headline.verdict.explanation}`);
  for (const line of summaryLines(r, "vi")) say(`   ${line}`);
  say("");
  say(`2) Tổng hợp / consolidate ${district.units.length} trường (${district.failed.length} tệp lỗi / unreadable):`);
  for (const f of district.failed) say(`   ! ${f.reason}`);
  for (const ru of district.matrix.rollUps) say(`   ${ru.text.vi.padEnd(16)} ${ru.name}`);
  say("");
  say("3) Đã ghi / written:");
  for (const w of written) say(`   ${relative(".", w)}`);
  if (pdfNote) say(`   ${pdfNote}`);
  say("");
  say(`Mở ${relative(".", checkedPath)} bằng Excel/LibreOffice: sửa một số ở cột "Thực hiện", cột "Đánh giá (Chỉ tiêu)" tự đổi.`);
  say(`Open it in Excel/LibreOffice, change a figure in "Thực hiện" and watch "Đánh giá (Chỉ tiêu)" update. (${Math.round(performance.now() - started)} ms)`);
  return EXIT.ok;
}
