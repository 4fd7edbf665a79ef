// `chitieu check`: judge a workbook's figures against a plan and write a new workbook with live verdicts, colours and the report.
import { basename, dirname, join } from "node:path";
import { EXIT, CliError, printHelp, say, terminalSafe } from "../errors";
import { expandFileArgs } from "../glob";
import { INPUT, PLAN_FILE, planOutput, regularInput, writeOutput } from "../guard/output";
import { droppedParts, summarize } from "../guard/package";
import { asOfOption, langOption, parseCli, toleranceOption } from "../xlsx/args";
import { checkExit, checkFile } from "../xlsx/check";
import { planFileOf, resolvePlan } from "../xlsx/plan";
import { summaryLines } from "../xlsx/summary";
import { cleanLine, incompleteLine, undecided } from "../../core/sheet/coverage";
import { progress } from "../progress";
import { parseMapping } from "../../core/table/mapping";
import type { LayoutOverrides } from "../../core/sheet/types";
import { writeJson } from "../json-out";

const HELP = {
  vi: `Cách dùng: chitieu check <sổ.xlsx> [tùy chọn]

Kiểm tra số liệu thực hiện so với chỉ tiêu; ghi sổ mới (không sửa tệp gốc) có cột "Đánh giá (Chỉ tiêu)"
bằng công thức sống, tô màu (đỏ chưa đạt, vàng gần đạt, xanh đạt/vượt, xám chưa có số liệu), cột giải thích
và trang "Báo cáo".

  --plan <mã|tệp.json>     kế hoạch để đối chiếu (mặc định: cột chỉ tiêu/kế hoạch trong sổ)
  --sheet <tên>            trang tính cần kiểm tra (mặc định: trang đánh giá được nhiều chỉ tiêu nhất)
  --map "chỉ tiêu=D,thực hiện=F"
                           chỉ rõ cột khi đọc sai (tên, ĐVT, tỷ lệ, tử số, mẫu số, năm trước, hạn, hoàn thành,
                           ghi chú; "tiêu đề=8" cho dòng tiêu đề)
  -o, --output <tệp.xlsx>  tệp kết quả (mặc định: <sổ>.chitieu.xlsx cạnh tệp gốc)
  --overwrite              ghi đè tệp kết quả đã có dù không phải bản công cụ ghi (mặc định: ghi tên mới)
  --json                   in toàn bộ kết quả dạng JSON
  --fail-on-shortfall      thoát mã 1 khi có chỉ tiêu chưa đạt (ở trang đã kiểm hay trang khác)
  --lang vi|en             ngôn ngữ (mặc định vi)
  --as-of DD/MM/YYYY       ngày xét hạn (mặc định hôm nay; nhận cả YYYY-MM-DD)
  --tolerance <5%>         ngưỡng "Gần đạt"
  --report / --no-report   luôn / không tạo trang "Báo cáo" (mặc định: có, trừ khi hơn 5.000 số liệu)

Mã thoát: 0 xong · 1 có chỉ tiêu chưa đạt (với --fail-on-shortfall) · 2 lỗi dùng lệnh hoặc tệp, hoặc không đánh
giá được dòng nào · 3 lỗi nội bộ, xin báo lại · 4 đánh giá được chưa đến một nửa số dòng có số liệu của trang đã
kiểm (tính cả các khối số liệu ngoài bảng, các dòng ẩn và số liệu ghi ở cột ghi chú; các trang khác chỉ được nêu tên
trong dòng đầu tóm tắt, không tính vào tỷ lệ), hoặc mọi dòng đã đánh giá đều chưa đến hạn: sổ kết quả vẫn được ghi,
tóm tắt nói chưa đánh giá được gì hay chưa kết luận được gì.`,
  en: `Usage: chitieu check <book.xlsx> [options]

Checks actual figures against targets; writes a NEW workbook (never the input) with a live-formula status
column "Đánh giá (Chỉ tiêu)", colours (red not met, amber near, green met/exceeded, grey no data), explanations
and a report sheet.

  --plan <id|file.json>    plan to check against (default: the target column in the workbook)
  --sheet <name>           sheet to check (default: the sheet that judges the most)
  --map "chỉ tiêu=D,thực hiện=F"
                           name the columns when the reading is wrong (name, unit, rate, numerator,
                           denominator, last year, due, done, notes; "tiêu đề=8" for the header row)
  -o, --output <file.xlsx> output file (default: <book>.chitieu.xlsx beside the input)
  --overwrite              replace an existing output even if it is not the tool's unchanged one
                           (default: write a numbered name beside it)
  --json                   print the full result as JSON
  --fail-on-shortfall      exit 1 when shortfalls exist (on the sheet checked or another)
  --lang vi|en             language (default vi)
  --as-of DD/MM/YYYY       day deadlines are judged on (default today; YYYY-MM-DD also read)
  --tolerance <5%>         tolerance for "near"
  --report / --no-report   always / never add the report sheet (default: yes, unless over 5,000 figures)

Exit codes: 0 done · 1 shortfalls (with --fail-on-shortfall) · 2 bad usage or file, or no row could be judged ·
3 internal error, please report · 4 fewer than half of the rows with figures judged on the sheet checked (blocks of
figures outside its table, hidden rows and figures written in its notes column count; other sheets are named in the
summary's first line, not counted in the ratio), or every row judged not yet due: the output is still written and the
summary says what was not judged or that nothing was concluded.`,
};

/**
 * The default output beside the input: "truong.xlsx" → "truong.chitieu.xlsx".
 * @example defaultOutput("data/truong.xlsx") → "data/truong.chitieu.xlsx"
 */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input).replace(/\.xlsx$/i, "")}.chitieu.xlsx`);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, {
    plan: { type: "string" },
    sheet: { type: "string" },
    map: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    "fail-on-shortfall": { type: "boolean" },
    lang: { type: "string" },
    "as-of": { type: "string" },
    tolerance: { type: "string" },
    report: { type: "boolean" },
    "no-report": { type: "boolean" },
    // Accepted and ignored: every file is read and written by one bounded path now.
    stream: { type: "boolean" },
    overwrite: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    printHelp(HELP, argv);
    return EXIT.ok;
  }
  // A pattern (truong\*.xlsx on Windows) counts as the files it matches: check takes exactly one.
  const files = await expandFileArgs(positionals);
  if (files.length !== 1) {
    throw new CliError("cần đúng một tệp .xlsx: chitieu check <sổ.xlsx> (nhiều tệp: chitieu consolidate)", "expected exactly one .xlsx file: chitieu check <book.xlsx> (many files: chitieu consolidate)");
  }
  const input = files[0];
  const lang = langOption(values.lang);
  const asOf = asOfOption(values["as-of"]);
  const tolerance = toleranceOption(values.tolerance);
  await regularInput(input, INPUT);
  const plan = values.plan ? await resolvePlan(values.plan) : null;
  const planFile = planFileOf(values.plan);
  // Where the output goes is settled before the (possibly long) check, so a refusal costs nothing.
  const out = await planOutput({
    path: values.output ?? defaultOutput(input),
    kind: "check",
    inputs: [{ path: input, what: INPUT }, ...(planFile ? [{ path: planFile, what: PLAN_FILE }] : [])],
    overwrite: values.overwrite,
    defaulted: values.output === undefined,
  });
  const output = out.path;
  if (out.notice) process.stderr.write(`chitieu check: ${say(out.notice, lang)}\n`);

  const report = values["no-report"] ? false : values.report ? true : undefined;
  let overrides: LayoutOverrides | undefined;
  if (values.map !== undefined) {
    const m = parseMapping(values.map);
    if (!m.ok) throw new CliError(m.message.vi, m.message.en);
    overrides = m.overrides;
  }
  const steps = progress("check", lang);
  steps.step({ vi: `đang đọc và kiểm tra ${basename(input)}`, en: `reading and checking ${basename(input)}` });
  const done = await checkFile(input, { plan, sheet: values.sheet, lang, asOf, tolerance, report, ...(overrides ? { overrides } : {}) });
  steps.step({ vi: `đang ghi ${basename(output)}`, en: `writing ${basename(output)}` });
  const written = await writeOutput(out, (tmp) => done.save(tmp));
  steps.done();
  for (const n of written) process.stderr.write(`chitieu check: ${say(n, lang)}\n`);
  for (const n of done.notes) process.stderr.write(`chitieu check: ${terminalSafe(n)}\n`);
  const [before, after] = await Promise.all([summarize(input), summarize(output)]);
  const lost = before && after ? droppedParts(before, after) : null;
  if (lost) process.stderr.write(`chitieu check: ${say(lost, lang)}\n`);

  // Fewer than half the rows with figures judged, or every row judged not yet due: exit 4 whatever else, and said on stderr too, where --json leaves room.
  const { code, clean } = checkExit(done.result, values["fail-on-shortfall"] === true);
  if (values.json) {
    const line = incompleteLine(clean, lang, "json") ?? (undecided(clean) ? cleanLine(clean, "json", lang) : null);
    if (line) process.stderr.write(`chitieu check: ${terminalSafe(line)}\n`);
    await writeJson(process.stdout, { input, output, sheet: done.sheet.name, formulas: done.formulas, result: done.result });
  } else {
    const head = lang === "vi" ? `${basename(input)} · trang "${done.sheet.name}"` : `${basename(input)} · sheet "${done.sheet.name}"`;
    const wrote = lang === "vi" ? `Đã ghi: ${output}` : `Written: ${output}`;
    // Names and targets come from the user's workbook: shown, never obeyed by the terminal.
    process.stdout.write(terminalSafe([head, ...summaryLines(done.result, lang), "", wrote].join("\n"), true) + "\n");
  }
  // Fewer than half judged is 4 whatever else; shortfalls on another sheet (named in the summary) fail --fail-on-shortfall as the sheet's own do.
  return code;
}
