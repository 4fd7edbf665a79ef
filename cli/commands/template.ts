// `chitieu template`: a blank, self-checking indicator workbook for a plan, to fill in any spreadsheet program.
import { EXIT, CliError, printHelp, say } from "../errors";
import { PLAN_FILE, planOutput, readTextInput, writeOutput } from "../guard/output";
import { langOption, parseCli } from "../xlsx/args";
import { planFileOf, resolvePlan } from "../xlsx/plan";
import { listTemplate, matrixTemplate, unitNames } from "../xlsx/template";
import { saveSheets } from "../xlsx/write";

const HELP = {
  vi: `Cách dùng: chitieu template <kế hoạch> -o <tệp.xlsx> [--layout list|matrix --units <tệp.txt|csv>]

Tạo sổ nhập số liệu trống cho một kế hoạch: nhập số vào ô vàng, cột đánh giá và màu tự cập nhật trong
Excel, LibreOffice, WPS hay Google Sheets (không cần add-in).

  <kế hoạch>               mã kế hoạch có sẵn hoặc tệp .json
  -o, --output <tệp.xlsx>  tệp cần tạo
  --layout list|matrix     list: mỗi chỉ tiêu một dòng (mặc định); matrix: mỗi đơn vị một dòng
  --units <tệp>            danh sách đơn vị, mỗi dòng một tên (bắt buộc với matrix)
  --indicators <mã,mã>     chỉ lấy các chỉ tiêu này
  --lang vi|en             ngôn ngữ (mặc định vi)
  --overwrite              ghi đè tệp đã có dù không phải bản công cụ ghi`,
  en: `Usage: chitieu template <plan> -o <file.xlsx> [--layout list|matrix --units <file.txt|csv>]

A blank self-checking workbook for a plan: type figures into the yellow cells and the status column and its
colours update by themselves in Excel, LibreOffice, WPS or Google Sheets (no add-in needed).

  <plan>                   bundled plan id or JSON file
  -o, --output <file.xlsx> file to create
  --layout list|matrix     list: one row per indicator (default); matrix: one row per school/ward
  --units <file>           unit names, one per line (required with matrix)
  --indicators <id,id>     only these indicator ids
  --lang vi|en             language (default vi)
  --overwrite              replace an existing file anyway`,
};

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, {
    output: { type: "string", short: "o" },
    layout: { type: "string" },
    units: { type: "string" },
    indicators: { type: "string" },
    lang: { type: "string" },
    overwrite: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    printHelp(HELP, argv);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError("cần đúng một kế hoạch: chitieu template <kế hoạch> -o <tệp.xlsx>", "expected one plan: chitieu template <plan> -o <file.xlsx>");
  if (!values.output) throw new CliError("thiếu -o <tệp.xlsx>", "missing -o <file.xlsx>");
  const layout = values.layout ?? "list";
  if (layout !== "list" && layout !== "matrix") throw new CliError(`--layout chỉ nhận list hoặc matrix, không phải "${layout}"`, `--layout takes list or matrix, not "${layout}"`);
  if (layout === "matrix" && !values.units) throw new CliError("--layout matrix cần --units <tệp danh sách đơn vị>", "--layout matrix needs --units <file of unit names>");
  const lang = langOption(values.lang);
  const plan = await resolvePlan(positionals[0]);
  const planFile = planFileOf(positionals[0]);
  const UNITS = { vi: "tệp danh sách đơn vị", en: "the unit list" };
  const out = await planOutput({
    path: values.output,
    kind: "template",
    inputs: [...(planFile ? [{ path: planFile, what: PLAN_FILE }] : []), ...(values.units ? [{ path: values.units, what: UNITS }] : [])],
    overwrite: values.overwrite,
  });
  if (out.notice) process.stderr.write(`chitieu template: ${say(out.notice, lang)}\n`);
  const indicators = values.indicators?.split(",").map((s) => s.trim()).filter(Boolean);
  let built;
  if (layout === "matrix") {
    built = matrixTemplate(plan, unitNames(await readTextInput(values.units!, UNITS)), { lang, indicators });
  } else {
    built = listTemplate(plan, { lang, indicators });
  }
  for (const n of await writeOutput(out, (tmp) => saveSheets([built.spec], tmp))) process.stderr.write(`chitieu template: ${say(n, lang)}\n`);
  const n = built.result.items.length;
  process.stdout.write(
    lang === "vi"
      ? `Đã tạo ${out.path}: ${n} ô đánh giá theo kế hoạch ${plan.id} (${layout === "list" ? "mỗi chỉ tiêu một dòng" : "mỗi đơn vị một dòng"}).\n`
      : `Created ${out.path}: ${n} status cells for plan ${plan.id} (${layout === "list" ? "one row per indicator" : "one row per unit"}).\n`,
  );
  return EXIT.ok;
}
