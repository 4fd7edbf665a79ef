// `chitieu consolidate`: many schools' or wards' workbooks into one district roll-up with per-unit verdicts.
import { basename } from "node:path";
import type { Bilingual } from "../../core/types";
import { EXIT, CliError, printHelp, say, terminalSafe } from "../errors";
import { expandFileArgs } from "../glob";
import { INPUT, PLAN_FILE, isToolOutput, planOutput, regularInput, writeOutput } from "../guard/output";
import { summarize } from "../guard/package";
import { asOfOption, langOption, parseCli, toleranceOption } from "../xlsx/args";
import { collectInputs, consolidate, type Skipped } from "../xlsx/consolidate";
import { planFileOf, resolvePlan } from "../xlsx/plan";
import { summaryLines } from "../xlsx/summary";
import { saveAtomic } from "../xlsx/write";
import { writeJson } from "../json-out";

const HELP = {
  vi: `Cách dùng: chitieu consolidate <tệp.xlsx… | thư mục> --plan <mã> -o <tổng-hợp.xlsx>

Tổng hợp báo cáo của nhiều trường/phường: mỗi tệp được kiểm tra theo kế hoạch, rồi ghép thành bảng
"mỗi đơn vị một dòng" có cột đánh giá sống, tổng hợp toàn quận ("5/6 trường đạt"), trang báo cáo, trang
"Theo đơn vị" và trang "Không đọc được" (tệp lỗi và lý do).

  --plan <mã|tệp.json>     kế hoạch (bắt buộc)
  -o, --output <tệp.xlsx>  tệp tổng hợp cần tạo (bắt buộc)
  --overwrite              ghi đè tệp đã có dù không phải bản công cụ ghi
  --json                   in kết quả dạng JSON
  --fail-on-shortfall      thoát mã 1 khi có đơn vị chưa đạt
  -q, --quiet              không in tiến độ
  --lang vi|en · --as-of DD/MM/YYYY · --tolerance <5%>`,
  en: `Usage: chitieu consolidate <file.xlsx… | folder> --plan <id> -o <district.xlsx>

Consolidates many schools' or wards' workbooks: each file is checked against the plan, then joined into one
row per unit with a live status column, district roll-ups ("5/6 schools met"), a report sheet, a "Theo đơn vị"
sheet and a "Không đọc được" sheet (unreadable files and why).

  --plan <id|file.json>    plan (required)
  -o, --output <file.xlsx> roll-up to create (required)
  --overwrite              replace an existing file anyway
  --json                   print the result as JSON
  --fail-on-shortfall      exit 1 when any unit falls short
  -q, --quiet              no progress lines
  --lang vi|en · --as-of DD/MM/YYYY · --tolerance <5%>`,
};

/** A progress display on stderr: a bar redrawn in place on a terminal, one "n/N file" line per file otherwise. */
function progress(): (done: number, total: number, file: string) => void {
  const tty = process.stderr.isTTY === true;
  return (done, total, file) => {
    if (tty) {
      const w = 24;
      const fill = Math.round((done / total) * w);
      process.stderr.write(`\r[${"#".repeat(fill)}${"-".repeat(w - fill)}] ${done}/${total} ${basename(file).slice(0, 40).padEnd(40)}`);
      if (done === total) process.stderr.write("\n");
    } else {
      process.stderr.write(`${done}/${total} ${basename(file)}\n`);
    }
  };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, {
    plan: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    "fail-on-shortfall": { type: "boolean" },
    lang: { type: "string" },
    "as-of": { type: "string" },
    tolerance: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    overwrite: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    printHelp(HELP, argv);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError("cần ít nhất một tệp hoặc thư mục", "expected at least one file or folder");
  if (!values.plan) throw new CliError("thiếu --plan <mã kế hoạch>", "missing --plan <plan id>");
  if (!values.output) throw new CliError("thiếu -o <tổng-hợp.xlsx>", "missing -o <district.xlsx>");
  const lang = langOption(values.lang);
  const asOf = asOfOption(values["as-of"]);
  const tolerance = toleranceOption(values.tolerance);
  const plan = await resolvePlan(values.plan);
  const planFile = planFileOf(values.plan);
  const tell = (m: Bilingual) => process.stderr.write(`chitieu consolidate: ${say(m, lang)}\n`);
  // The output is not left out of what a folder holds: if it is a unit's report it is an input, and refused as the
  // output below; if it is an earlier roll-up, the tool's mark leaves it out here.
  const collected = await collectInputs(await expandFileArgs(positionals));
  const skipped: Skipped[] = [...collected.skipped];
  // A roll-up or a check's output read as a unit's report would count every unit again.
  const files: string[] = [];
  for (const f of collected.files) {
    await regularInput(f, INPUT);
    if (await isToolOutput(f, (await summarize(f))?.creator ?? null)) {
      skipped.push({ file: f, reason: { vi: "tệp tổng hợp hoặc kết quả kiểm tra do công cụ tạo, không phải báo cáo của một đơn vị", en: "a roll-up or check output this tool wrote, not a unit's report" } });
    } else files.push(f);
  }
  // Every entry of a folder is accounted for: what was left out is said on stderr, one line each, with why
  // (Excel's own lock files, "~$…", which come and go while a book is open, only in --json).
  for (const s of skipped.filter((x) => !basename(x.file).startsWith("~$"))) tell({ vi: `bỏ qua ${basename(s.file)}: ${s.reason.vi}`, en: `skipped ${basename(s.file)}: ${s.reason.en}` });
  if (files.length === 0) throw new CliError("không có tệp .xlsx, .xls hay .ods nào để tổng hợp", "no .xlsx, .xls or .ods files to consolidate");
  const out = await planOutput({
    path: values.output,
    kind: "consolidate",
    inputs: [...files.map((path) => ({ path, what: INPUT })), ...(planFile ? [{ path: planFile, what: PLAN_FILE }] : [])],
    overwrite: values.overwrite,
  });
  if (out.notice) tell(out.notice);

  const done = await consolidate(files, plan, { lang, asOf, tolerance, onProgress: values.quiet ? undefined : progress() });
  (await writeOutput(out, (tmp) => saveAtomic(done.workbook, tmp))).forEach(tell);
  for (const w of done.warnings) process.stderr.write(`chitieu consolidate: ${terminalSafe(w)}\n`);

  if (values.json) {
    const { matrix, units, failed } = done;
    await writeJson(process.stdout, { output: out.path, units: units.map((u) => ({ file: u.file, unit: u.unit, sheet: u.sheet, via: u.via, summary: u.result.summary })), failed, skipped: skipped.map((s) => ({ file: s.file, reason: s.reason[lang] })), result: matrix });
  } else {
    const head =
      lang === "vi"
        ? `Tổng hợp ${done.units.length}/${files.length} tệp theo kế hoạch ${plan.id}${done.failed.length ? ` (${done.failed.length} tệp không đọc được, xem trang "Không đọc được")` : ""}`
        : `Consolidated ${done.units.length}/${files.length} files against plan ${plan.id}${done.failed.length ? ` (${done.failed.length} unreadable, see sheet "Unreadable")` : ""}`;
    const failedLines = done.failed.map((f) => `  ! ${f.reason.includes(basename(f.file)) ? f.reason : `${basename(f.file)}: ${f.reason}`}`);
    const viaLo = done.units.filter((u) => u.via === "libreoffice").length;
    if (viaLo > 0) failedLines.push(lang === "vi" ? `  ${viaLo} tệp .xls/.ods đọc qua LibreOffice` : `  ${viaLo} .xls/.ods file(s) read through LibreOffice`);
    if (skipped.length > 0) failedLines.push(lang === "vi" ? `  ${skipped.length} mục trong thư mục bị bỏ qua (xem các dòng "bỏ qua" ở trên)` : `  ${skipped.length} folder entries skipped (see the "skipped" lines above)`);
    process.stdout.write(terminalSafe([head, ...failedLines, ...summaryLines(done.matrix, lang), "", lang === "vi" ? `Đã ghi: ${out.path}` : `Written: ${out.path}`].join("\n"), true) + "\n");
  }
  return values["fail-on-shortfall"] && done.matrix.shortfalls.length > 0 ? EXIT.shortfall : EXIT.ok;
}
