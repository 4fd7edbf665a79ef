// `chitieu demo` (npm run demo): sample workbooks from the Hải An 2024-2025 plan, checked, consolidated and printed to out/.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { getBundledPlan } from "../../core/plan/bundled";
import { EXIT, CliError } from "../errors";
import { parseCli } from "../xlsx/args";
import { checkFile } from "../xlsx/check";
import { collectFiles, consolidate } from "../xlsx/consolidate";
import { sheetToPdf } from "../xlsx/pdf";
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
  --no-pdf          không in PDF / skip the PDF`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCli(argv, {
    out: { type: "string" },
    "no-pdf": { type: "boolean" },
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

  // 1. The district's indicator list, with the plan's own headline figure just short: 7.887 of 9.232 children.
  const input = join(out, "hai-an-so-lieu-2024-2025.xlsx");
  const { spec: sample } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC ${plan.period}`],
    placeDate: `${plan.place ?? "Hải An"}, ngày 31 tháng 5 năm 2025`,
    indicators: plan.indicators,
    figures: { "mn.huy-dong": { actual: 7887, format: "#,##0" } },
  });
  await saveSheets([sample], input);
  written.push(input);

  // 2. Check it: status formulas, colours, explanations, report sheet.
  const checkedPath = join(out, "hai-an-so-lieu-2024-2025.chitieu.xlsx");
  const checked = await checkFile(input, { plan, asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  await checked.save(checkedPath);
  written.push(checkedPath);

  // 3. Six preschools' own reports, plus one that broke in transit, consolidated into the district roll-up.
  for (let i = 0; i < SAMPLE_SCHOOLS.length; i++) {
    const p = join(schools, `${SAMPLE_SCHOOLS[i]}.xlsx`);
    await saveSheets([schoolSample(plan, SAMPLE_SCHOOLS[i], i + 1).spec], p);
    written.push(p);
  }
  const broken = join(schools, "Trường MN Đông Hải (tải lỗi).xlsx");
  await writeFile(broken, (await readFile(join(schools, `${SAMPLE_SCHOOLS[0]}.xlsx`))).subarray(0, 2048));
  written.push(broken);
  const districtPath = join(out, "tong-hop-mam-non.xlsx");
  const district = await consolidate(await collectFiles([schools]), plan, { asOf: AS_OF, tolerance: TOLERANCE, reportDate: AS_OF });
  await saveAtomic(district.workbook, districtPath);
  written.push(districtPath);

  // 4. Blank self-checking forms: one row per indicator, and one row per school.
  const formPath = join(out, "mau-nhap-so-lieu.xlsx");
  await saveSheets([listTemplate(plan).spec], formPath);
  written.push(formPath);
  const matrixFormPath = join(out, "mau-nhap-theo-truong.xlsx");
  await saveSheets([matrixTemplate(plan, SAMPLE_SCHOOLS).spec], matrixFormPath);
  written.push(matrixFormPath);

  // 5. The report as a PDF, when LibreOffice is installed.
  let pdfNote = "";
  if (!values["no-pdf"] && checked.report) {
    const pdfPath = join(out, "bao-cao-chi-tieu.pdf");
    try {
      if (await sheetToPdf(checked.report, pdfPath)) written.push(pdfPath);
      else pdfNote = "(Không có LibreOffice nên bỏ qua PDF / LibreOffice not found, PDF skipped)";
    } catch (e) {
      pdfNote = `(Không in được PDF / PDF failed: ${e instanceof Error ? e.message : String(e)})`;
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
