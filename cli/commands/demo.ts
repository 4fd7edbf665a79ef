// `chitieu demo` (npm run demo): sample workbooks from the Hải An 2024-2025 plan, checked, consolidated and printed to out/.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { isoToVi } from "../../core/number/cell";
import { getBundledPlan } from "../../core/plan/bundled";
import { EXIT, CliError, printHelp, say as sayLine } from "../errors";
import { progress } from "../progress";
import type { OutputKind } from "../guard/ledger";
import { INPUT, planOutput, writeOutput } from "../guard/output";
import { langOption, parseCli } from "../xlsx/args";
import { checkFile } from "../xlsx/check";
import { consolidate } from "../xlsx/consolidate";
import { findSoffice, sheetToPdf } from "../xlsx/pdf";
import { SAMPLE_SCHOOLS, listSample, schoolSample } from "../xlsx/sample";
import { summaryLines } from "../xlsx/summary";
import { listTemplate, matrixTemplate } from "../xlsx/template";
import { saveAtomic, saveSheets } from "../xlsx/write";

/** "12,3 giây" / "12.3 s". */
function seconds(ms: number, lang: "vi" | "en"): string {
  const s = (ms / 1000).toFixed(1);
  return lang === "vi" ? `${s.replace(".", ",")} giây` : `${s} s`;
}

const PLAN_ID = "hai-an-2024-2025";
/** End of the 2024-2025 school year: the day the demo judges deadlines on and dates its report, so every run prints the same. */
const AS_OF = "2025-05-31";
/** "Gần đạt" within 2% of the threshold, so the demo shows amber as well as red and green. */
const TOLERANCE = 0.02;

const HELP = {
  vi: `Cách dùng: chitieu demo [--out <thư mục>] [--no-pdf] [--lang en]

Tạo sổ mẫu từ Kế hoạch GDĐT năm học 2024-2025 của quận Hải An (số liệu thật của kế hoạch, ví dụ
7.910/9.232 trẻ ra lớp), kiểm tra, tổng hợp 6 trường mầm non, tạo biểu mẫu trống và in báo cáo PDF
(khi có LibreOffice).

  --out <thư mục>   nơi ghi (mặc định out/)
  --no-pdf          không in PDF
  --overwrite       ghi đè cả tệp trong thư mục đã bị sửa
  --lang vi|en      ngôn ngữ (mặc định vi)`,
  en: `Usage: chitieu demo [--out <folder>] [--no-pdf] [--lang en]

Builds sample workbooks from the Hải An 2024-2025 education plan (the plan's real figures, e.g. 7,910/9,232
children enrolled), checks them, consolidates 6 preschools, writes blank forms and prints the report as a PDF
(when LibreOffice is installed).

  --out <folder>    output folder (default out/)
  --no-pdf          skip the PDF
  --overwrite       replace files in the folder even if they were edited
  --lang vi|en      language (default vi)`,
};

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCli(argv, {
    out: { type: "string" },
    "no-pdf": { type: "boolean" },
    overwrite: { type: "boolean" },
    lang: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    printHelp(HELP, argv);
    return EXIT.ok;
  }
  const lang = langOption(values.lang);
  const vi = lang === "vi";
  const started = performance.now();
  const plan = getBundledPlan(PLAN_ID);
  if (!plan) throw new CliError(`thiếu kế hoạch mẫu ${PLAN_ID}`, `bundled plan ${PLAN_ID} is missing`);
  const out = values.out ?? "out";
  const schools = join(out, "truong");
  await mkdir(schools, { recursive: true });
  const written: string[] = [];
  const steps = progress("demo", lang);
  const say = (s: string) => process.stdout.write(s + "\n");
  /**
   * Every file the demo writes goes through the output guard: a file in out/ the user changed is kept and the
   * demo writes beside it (saying so), and what the demo reads next is the file it actually wrote.
   */
  const emit = async (path: string, kind: OutputKind, inputs: string[], write: (tmp: string) => Promise<unknown>): Promise<string> => {
    const planned = await planOutput({ path, kind, inputs: inputs.map((p) => ({ path: p, what: INPUT })), overwrite: values.overwrite });
    if (planned.notice) process.stderr.write(`chitieu demo: ${sayLine(planned.notice, lang)}\n`);
    for (const n of await writeOutput(planned, async (tmp) => void (await write(tmp)))) process.stderr.write(`chitieu demo: ${sayLine(n, lang)}\n`);
    written.push(planned.path);
    return planned.path;
  };

  steps.step({ vi: "đang tạo sổ số liệu mẫu", en: "building the sample workbook" });
  // 1. The district's indicator list, with the plan's own headline figure just short: 7.887 of 9.232 children.
  const { spec: sample } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC ${plan.period}`],
    placeDate: `${plan.place ?? "Hải An"}, ngày 31 tháng 5 năm 2025`,
    indicators: plan.indicators,
    figures: { "mn.huy-dong": { actual: 7887, format: "#,##0" } },
  });
  const input = await emit(join(out, "hai-an-so-lieu-2024-2025.xlsx"), "demo", [], (tmp) => saveSheets([sample], tmp));

  steps.step({ vi: "đang kiểm tra sổ mẫu", en: "checking the sample workbook" });
  // 2. Check it: status formulas, colours, explanations, report sheet.
  const checked = await checkFile(input, { plan, lang, asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  const checkedPath = await emit(join(out, "hai-an-so-lieu-2024-2025.chitieu.xlsx"), "check", [input], (tmp) => checked.save(tmp));

  steps.step({ vi: `đang tổng hợp ${SAMPLE_SCHOOLS.length} trường mầm non`, en: `consolidating ${SAMPLE_SCHOOLS.length} preschools` });
  // 3. Six preschools' own reports, plus one that broke in transit, consolidated into the district roll-up. Only
  // the files written here are rolled up: anything else the user keeps in out/truong stays out of it.
  const schoolFiles: string[] = [];
  for (let i = 0; i < SAMPLE_SCHOOLS.length; i++) {
    const spec = schoolSample(plan, SAMPLE_SCHOOLS[i], i + 1).spec;
    schoolFiles.push(await emit(join(schools, `${SAMPLE_SCHOOLS[i]}.xlsx`), "demo", [], (tmp) => saveSheets([spec], tmp)));
  }
  const firstSchool = await readFile(schoolFiles[0]);
  schoolFiles.push(await emit(join(schools, "Trường MN Đông Hải (tải lỗi).xlsx"), "demo", [], (tmp) => writeFile(tmp, firstSchool.subarray(0, 2048))));
  const district = await consolidate(schoolFiles.map((f) => resolve(f)), plan, { lang, asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  await emit(join(out, "tong-hop-mam-non.xlsx"), "consolidate", schoolFiles, (tmp) => saveAtomic(district.workbook, tmp));

  steps.step({ vi: "đang tạo biểu mẫu trống", en: "writing the blank forms" });
  // 4. Blank self-checking forms: one row per indicator, and one row per school.
  await emit(join(out, "mau-nhap-so-lieu.xlsx"), "template", [], (tmp) => saveSheets([listTemplate(plan).spec], tmp));
  await emit(join(out, "mau-nhap-theo-truong.xlsx"), "template", [], (tmp) => saveSheets([matrixTemplate(plan, SAMPLE_SCHOOLS).spec], tmp));

  // 5. The report as a PDF, when LibreOffice is installed.
  let pdfNote = "";
  if (!values["no-pdf"] && checked.report) {
    const report = checked.report;
    if (!findSoffice()) pdfNote = vi ? "(Không có LibreOffice nên bỏ qua PDF; cài LibreOffice để in báo cáo)" : "(LibreOffice not found, PDF skipped; install LibreOffice to print the report)";
    else {
      steps.step({ vi: "đang in báo cáo ra PDF bằng LibreOffice", en: "printing the report to PDF with LibreOffice" });
      try {
        await emit(join(out, "bao-cao-chi-tieu.pdf"), "pdf", [], (tmp) => sheetToPdf(report, tmp));
      } catch (e) {
        const why = e instanceof CliError ? e[lang] : e instanceof Error ? e.message : String(e);
        pdfNote = vi ? `(Không in được PDF: ${why})` : `(PDF failed: ${why})`;
      }
    }
  }

  steps.done();
  const r = checked.result;
  const pct = `${TOLERANCE * 100}%`;
  say(`${vi ? "Kế hoạch" : "Plan"}: ${plan.title} — ${plan.issuer} (${plan.id})`);
  say(vi ? `Xét đến ngày ${isoToVi(AS_OF)}; "Gần đạt" khi thiếu không quá ${pct} so với chỉ tiêu` : `As of ${isoToVi(AS_OF)}; "Near" when short by no more than ${pct} of the target`);
  say("");
  say(vi ? `1) Kiểm tra ${relative(".", input)}: ${r.summary.total} chỉ tiêu, ${checked.formulas} công thức sống` : `1) Check ${relative(".", input)}: ${r.summary.total} indicators, ${checked.formulas} live formulas`);
  const headline = r.items.find((it) => it.indicatorId === "mn.huy-dong");
  if (headline) say(`   ${headline.name} (${headline.target}): ${headline.verdict.symbol} ${headline.verdict.explanations[lang]}`);
  for (const line of summaryLines(r, lang)) say(`   ${line}`);
  say("");
  say(vi ? `2) Tổng hợp ${district.units.length} trường (${district.failed.length} tệp không đọc được):` : `2) Consolidate ${district.units.length} schools (${district.failed.length} unreadable files):`);
  for (const f of district.failed) say(`   ! ${f.reason}`);
  const rollWidth = Math.max(0, ...district.matrix.rollUps.map((ru) => ru.text[lang].length));
  for (const ru of district.matrix.rollUps) say(`   ${ru.text[lang].padEnd(rollWidth)}  ${ru.name}`);
  say("");
  say(vi ? "3) Đã ghi:" : "3) Written:");
  for (const w of written) say(`   ${relative(".", w)}`);
  if (pdfNote) say(`   ${pdfNote}`);
  say("");
  say(
    vi
      ? `Mở ${relative(".", checkedPath)} bằng Excel hoặc LibreOffice, sửa một số ở cột "Thực hiện": cột "Đánh giá (Chỉ tiêu)" tự đổi. (${seconds(performance.now() - started, lang)})`
      : `Open ${relative(".", checkedPath)} in Excel or LibreOffice and change a figure in "Thực hiện": "Đánh giá (Chỉ tiêu)" updates by itself. (${seconds(performance.now() - started, lang)})`,
  );
  return EXIT.ok;
}
