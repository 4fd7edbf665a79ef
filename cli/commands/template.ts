// `chitieu template`: a blank, self-checking indicator workbook for a plan, to fill in any spreadsheet program.
import { readFile } from "node:fs/promises";
import { EXIT, CliError } from "../errors";
import { langOption, parseCli } from "../xlsx/args";
import { resolvePlan } from "../xlsx/plan";
import { listTemplate, matrixTemplate, unitNames } from "../xlsx/template";
import { saveSheets } from "../xlsx/write";

const HELP = `Cách dùng / Usage: chitieu template <kế hoạch> -o <tệp.xlsx> [--layout list|matrix --units <tệp.txt|csv>]

Tạo sổ nhập số liệu trống cho một kế hoạch: nhập số vào ô vàng, cột đánh giá và màu tự cập nhật trong
Excel, LibreOffice, WPS hay Google Sheets (không cần add-in). A blank self-checking workbook for a plan.

  <kế hoạch>               mã kế hoạch có sẵn hoặc tệp .json / bundled plan id or JSON file
  -o, --output <tệp.xlsx>  tệp cần tạo / file to create
  --layout list|matrix     list: mỗi chỉ tiêu một dòng (mặc định); matrix: mỗi đơn vị một dòng
                           list: one row per indicator (default); matrix: one row per school/ward
  --units <tệp>            danh sách đơn vị, mỗi dòng một tên (bắt buộc với matrix) / unit names, one per line
  --indicators <mã,mã>     chỉ lấy các chỉ tiêu này / only these indicator ids
  --lang vi|en             ngôn ngữ giải thích / language of explanations`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, {
    output: { type: "string", short: "o" },
    layout: { type: "string" },
    units: { type: "string" },
    indicators: { type: "string" },
    lang: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError("cần đúng một kế hoạch: chitieu template <kế hoạch> -o <tệp.xlsx>", "expected one plan: chitieu template <plan> -o <file.xlsx>");
  if (!values.output) throw new CliError("thiếu -o <tệp.xlsx>", "missing -o <file.xlsx>");
  const layout = values.layout ?? "list";
  if (layout !== "list" && layout !== "matrix") throw new CliError(`--layout chỉ nhận list hoặc matrix, không phải "${layout}"`, `--layout takes list or matrix, not "${layout}"`);
  if (layout === "matrix" && !values.units) throw new CliError("--layout matrix cần --units <tệp danh sách đơn vị>", "--layout matrix needs --units <file of unit names>");
  const lang = langOption(values.lang);
  const plan = await resolvePlan(positionals[0]);
  const indicators = values.indicators?.split(",").map((s) => s.trim()).filter(Boolean);
  let built;
  if (layout === "matrix") {
    let text: string;
    try {
      text = await readFile(values.units!, "utf8");
    } catch {
      throw new CliError(`không tìm thấy tệp đơn vị ${values.units}`, `units file not found: ${values.units}`);
    }
    built = matrixTemplate(plan, unitNames(text), { lang, indicators });
  } else {
    built = listTemplate(plan, { lang, indicators });
  }
  await saveSheets([built.spec], values.output);
  const n = built.result.items.length;
  process.stdout.write(
    lang === "vi"
      ? `Đã tạo ${values.output}: ${n} ô đánh giá theo kế hoạch ${plan.id} (${layout === "list" ? "mỗi chỉ tiêu một dòng" : "mỗi đơn vị một dòng"}).\n`
      : `Created ${values.output}: ${n} status cells for plan ${plan.id} (${layout === "list" ? "one row per indicator" : "one row per unit"}).\n`,
  );
  return EXIT.ok;
}
