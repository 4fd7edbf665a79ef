// `chitieu eval`: judge one actual against one target phrase, or a stream of JSON lines (--jsonl), with the core judge.
import { createInterface } from "node:readline";
import { evaluate } from "../../core/rule/evaluate";
import { parseTarget, type ParseOptions } from "../../core/rule/parse";
import { Rule } from "../../core/rule/schema";
import type { EvaluateOptions, PercentScale, Verdict } from "../../core/rule/verdict";
import type { CellValue, Lang } from "../../core/types";
import { periodFromText } from "../../core/period/period";
import { CliError, EXIT, printHelp, terminalSafe } from "../errors";
import { asOfOption } from "../xlsx/args";
import { readDayInput, refusedAt } from "../../core/number/day";

const HELP = {
  vi: `Cách dùng:
  chitieu eval "<chỉ tiêu>" "<số liệu>" [tùy chọn]
  chitieu eval --jsonl < vao.jsonl > ra.jsonl

Tùy chọn:
  --indicator <tên>      tên chỉ tiêu (giúp xác định chiều)
  --unit <ĐVT>           đơn vị tính, vd "%", "trường", "phút" (chọn giữa các cách đọc)
  --period <kỳ>          kỳ kế hoạch, vd "2024-2025" (năm của "trước 30/4")
  --year <năm>           năm cho ngày không ghi năm (cũ; nên dùng --period)
  --baseline <giá trị>   số liệu gốc cho chỉ tiêu thay đổi
  --reference <giá trị>  giá trị so sánh
  --as-of DD/MM/YYYY     ngày xét hạn (mặc định hôm nay; nhận cả YYYY-MM-DD)
  --scale auto|fraction|points   cách đọc số thường với chỉ tiêu %
  --tolerance <số>       ngưỡng "Gần đạt", vd 0.05 = 5%
  --lang vi|en           ngôn ngữ (mặc định vi)
  --jsonl                đọc từng dòng JSON từ stdin:
                         {"target", "actual", "indicator"?, "unit"?, "period"?, "baseline"?, "reference"?, "asOf"?,
                          "percentScale"?, "tolerance"?, "lang"?, "direction"?: "up"|"down"|"band", "year"?, "id"?};
                         dòng trống bị bỏ qua

Mã thoát: 0 đã đánh giá · 2 sai cách dùng hoặc không đọc được chỉ tiêu`,
  en: `Usage:
  chitieu eval "<target>" "<actual>" [options]
  chitieu eval --jsonl < input.jsonl > output.jsonl

Options:
  --indicator <name>     indicator name (helps the direction)
  --unit <unit>          the indicator's unit, e.g. "%", "trường", "phút" (chooses between readings)
  --period <period>      plan period, e.g. "2024-2025" (the year of "trước 30/4")
  --year <year>          year for dates without one (legacy; prefer --period)
  --baseline <value>     baseline for change targets
  --reference <value>    reference value for comparison targets
  --as-of DD/MM/YYYY     as-of date for deadlines (default today; YYYY-MM-DD also read)
  --scale auto|fraction|points   how plain numbers meet percent targets
  --tolerance <number>   tolerance for "near", e.g. 0.05 = 5%
  --lang vi|en           language (default vi)
  --jsonl                read JSON lines from stdin:
                         {"target", "actual", "indicator"?, "unit"?, "period"?, "baseline"?, "reference"?, "asOf"?,
                          "percentScale"?, "tolerance"?, "lang"?, "direction"?: "up"|"down"|"band", "year"?, "id"?};
                         blank lines are skipped

Exit codes: 0 judged · 2 bad usage or unreadable target`,
};

interface Flags {
  positional: string[];
  jsonl: boolean;
  opts: EvaluateOptions;
  /** Legacy --year: the parser's year for dates without one. */
  year?: number;
}

const VALUE_FLAGS = new Set(["--indicator", "--unit", "--period", "--year", "--baseline", "--reference", "--as-of", "--scale", "--tolerance", "--lang"]);

function parseArgs(argv: string[]): Flags | "help" {
  const positional: string[] = [];
  const opts: EvaluateOptions = {};
  let jsonl = false;
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return "help";
    if (a === "--jsonl") {
      jsonl = true;
      continue;
    }
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eqAt = a.indexOf("=");
    const name = a.startsWith("--") && eqAt > 0 ? a.slice(0, eqAt) : a;
    if (VALUE_FLAGS.has(name)) {
      const value = eqAt > 0 && a.startsWith("--") ? a.slice(eqAt + 1) : argv[++i];
      if (value === undefined) throw new CliError(`thiếu giá trị sau ${name}`, `missing value after ${name}`);
      if (name === "--year") {
        const y = Number(value);
        if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new CliError(`--year cần một năm, vd 2025`, `--year takes a year, e.g. 2025`);
        year = y;
      } else setFlag(opts, name, value);
      continue;
    }
    // A lone "-" or a negative number ("-5") is a value, not an option.
    if (a.startsWith("--") || (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a))) {
      throw new CliError(`tùy chọn lạ: ${a}`, `unknown option: ${a}`);
    }
    positional.push(a);
  }
  return { positional, jsonl, opts, year };
}

function setFlag(opts: EvaluateOptions, name: string, value: string): void {
  switch (name) {
    case "--indicator": opts.indicator = value; break;
    case "--unit": opts.unit = value; break;
    case "--period": {
      const period = periodFromText(value);
      if (!period) throw new CliError(`--period cần năm học "2024-2025" hoặc năm "2025", nhận "${value}"`, `--period takes a school year "2024-2025" or a year "2025", got "${value}"`);
      opts.period = period;
      break;
    }
    case "--baseline": opts.baseline = value; break;
    case "--reference": opts.reference = value; break;
    case "--as-of": opts.asOf = asOfOption(value); break;
    case "--scale":
      if (value !== "auto" && value !== "fraction" && value !== "points") {
        throw new CliError(`--scale chỉ nhận auto, fraction hoặc points`, `--scale takes auto, fraction or points`);
      }
      opts.percentScale = value;
      break;
    case "--tolerance": {
      const t = Number(value.replace(",", "."));
      if (!Number.isFinite(t) || t < 0) throw new CliError(`--tolerance cần một số không âm`, `--tolerance needs a non-negative number`);
      opts.tolerance = t;
      break;
    }
    case "--lang":
      if (value !== "vi" && value !== "en") throw new CliError(`--lang chỉ nhận vi hoặc en`, `--lang takes vi or en`);
      opts.lang = value;
      break;
  }
}

/** Removes binary noise (0.12000000000000001) from numbers written to JSON. */
function tidy(n: number | null): number | null {
  return n === null || !Number.isFinite(n) ? null : Number(n.toPrecision(12));
}

/** The JSON answer for one verdict. */
export function verdictJson(v: Verdict, id?: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (id !== undefined) out.id = id;
  out.status = v.status;
  out.label = v.label;
  out.symbol = v.symbol;
  out.canonical = v.canonical;
  out.explanation = v.explanation;
  out.gap = tidy(v.gap.value);
  out.need = v.gap.need ?? null;
  out.ratio = tidy(v.ratio);
  out.warnings = v.warnings.map((w) => w.code);
  out.warningMessages = v.warnings.map((w) => w.message);
  out.actual = v.actualText;
  out.labels = v.labels;
  out.explanations = v.explanations;
  if (v.rule) out.rule = v.rule;
  return out;
}

/** JSON values → cell values: {"error": "#N/A"} is an error cell; anything else is passed to the judge as is. */
function cellOf(v: unknown): CellValue {
  return v as CellValue;
}

function lineError(line: number, code: string, vi: string, en: string, id?: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (id !== undefined) out.id = id;
  out.line = line;
  out.error = code;
  out.message = { vi, en };
  return out;
}

/** Parser options a line may carry besides the indicator, unit and period: "direction" (up/down/band) and "year". */
function parseOptionsOf(o: Record<string, unknown>, defaults: EvaluateOptions, defaultYear?: number): ParseOptions | null {
  const direction = o.direction === "up" || o.direction === "down" || o.direction === "band" ? o.direction : undefined;
  const year = typeof o.year === "number" && Number.isInteger(o.year) ? o.year : defaultYear;
  if (direction === undefined && year === undefined) return null;
  const opts: ParseOptions = {};
  const indicator = typeof o.indicator === "string" ? o.indicator : defaults.indicator;
  if (indicator !== undefined) opts.indicator = indicator;
  const unit = typeof o.unit === "string" ? o.unit : defaults.unit;
  if (unit !== undefined) opts.unit = unit;
  const period = typeof o.period === "string" ? (periodFromText(o.period) ?? undefined) : defaults.period;
  if (period !== undefined) opts.period = period;
  if (direction !== undefined) opts.direction = direction;
  if (year !== undefined) opts.year = year;
  return opts;
}

/** Judges one parsed JSON line; returns the object to print. */
export function evalLine(obj: unknown, line: number, defaults: EvaluateOptions, defaultYear?: number): Record<string, unknown> {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    return lineError(line, "not_an_object", "dòng phải là một đối tượng JSON {…}", "each line must be a JSON object {…}");
  }
  const o = obj as Record<string, unknown>;
  const id = o.id;
  let target: Rule | string;
  if (typeof o.period === "string" && periodFromText(o.period) === null) {
    return lineError(line, "bad_period", `"period" cần năm học "2024-2025" hoặc năm "2025"`, `"period" takes a school year "2024-2025" or a year "2025"`, id);
  }
  const parseOpts = parseOptionsOf(o, defaults, defaultYear);
  if (typeof o.target === "string" && parseOpts) {
    // Direction and year are parser options the judge does not take; a target they cannot rescue stays text
    // so the verdict says why it is unreadable.
    const p = parseTarget(o.target, parseOpts);
    target = p.ok ? p.rule : o.target;
  } else if (typeof o.target === "string") target = o.target;
  else if (o.target !== null && typeof o.target === "object") {
    const parsed = Rule.safeParse(o.target);
    if (!parsed.success) return lineError(line, "bad_rule", "\"target\" không phải là quy tắc hợp lệ", "\"target\" is not a valid rule", id);
    target = parsed.data;
  } else {
    return lineError(line, "missing_target", "thiếu \"target\" (chuỗi chỉ tiêu)", "missing \"target\" (the target text)", id);
  }
  const opts: EvaluateOptions = { ...defaults };
  if (typeof o.indicator === "string") opts.indicator = o.indicator;
  if (typeof o.unit === "string") opts.unit = o.unit;
  if (typeof o.period === "string") opts.period = periodFromText(o.period) ?? undefined;
  if ("baseline" in o) opts.baseline = cellOf(o.baseline);
  if ("reference" in o) opts.reference = cellOf(o.reference);
  if (typeof o.asOf === "string") {
    // The day as --as-of and the panes read it; a day it refuses is the line's error, not an "invalid" verdict.
    const day = readDayInput(o.asOf);
    if (!day.ok) {
      const said = refusedAt({ vi: `"asOf" dòng ${line}`, en: `"asOf" on line ${line}` }, day.reason);
      return lineError(line, "bad_as_of", said.vi, said.en, id);
    }
    opts.asOf = day.iso;
  }
  if (o.percentScale === "auto" || o.percentScale === "fraction" || o.percentScale === "points") opts.percentScale = o.percentScale as PercentScale;
  if (typeof o.tolerance === "number") opts.tolerance = o.tolerance;
  if (o.lang === "vi" || o.lang === "en") opts.lang = o.lang as Lang;
  return verdictJson(evaluate(target, cellOf(o.actual), opts), id);
}

async function runJsonl(defaults: EvaluateOptions, defaultYear?: number): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let buf = "";
  const flush = async () => {
    if (buf === "") return;
    const chunk = buf;
    buf = "";
    if (!process.stdout.write(chunk)) await new Promise<void>((res) => process.stdout.once("drain", () => res()));
  };
  for await (const raw of rl) {
    n++;
    const text = raw.trim();
    if (text === "") continue;
    let out: Record<string, unknown>;
    let obj: unknown;
    let ok = true;
    try {
      obj = JSON.parse(text);
    } catch {
      ok = false;
    }
    if (!ok) {
      const preview = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      out = lineError(n, "bad_json", `dòng ${n} không phải JSON: ${preview}`, `line ${n} is not JSON: ${preview}`);
    } else {
      try {
        out = evalLine(obj, n, defaults, defaultYear);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        out = lineError(n, "internal", `lỗi khi đánh giá: ${msg}`, `error while judging: ${msg}`);
      }
    }
    buf += `${JSON.stringify(out)}\n`;
    if (buf.length > 65_536) await flush();
  }
  await flush();
  return EXIT.ok;
}

/** Runs `chitieu eval`. */
export async function run(argv: string[]): Promise<number> {
  const flags = parseArgs(argv);
  if (flags === "help") {
    printHelp(HELP, argv);
    return EXIT.ok;
  }
  if (flags.jsonl) {
    if (flags.positional.length > 0) {
      throw new CliError("--jsonl đọc từ stdin, không nhận chỉ tiêu trên dòng lệnh", "--jsonl reads stdin; do not also give a target");
    }
    return runJsonl(flags.opts, flags.year);
  }
  if (flags.positional.length !== 2) {
    throw new CliError(
      `cần đúng hai giá trị: chỉ tiêu và số liệu, vd chitieu eval "ít nhất 65%" "64,9%"`,
      `need exactly two values: target and actual, e.g. chitieu eval "ít nhất 65%" "64,9%"`,
    );
  }
  const [target, actual] = flags.positional;
  // --year is the parser's legacy option: read the phrase with it, keeping the text when it cannot be read.
  let rule: Rule | string = target;
  if (flags.year !== undefined) {
    const p = parseTarget(target, { indicator: flags.opts.indicator, unit: flags.opts.unit, period: flags.opts.period, year: flags.year });
    if (p.ok) rule = p.rule;
  }
  const v = evaluate(rule, actual, flags.opts);
  process.stdout.write(`${terminalSafe(`${v.symbol} ${v.explanation}`)}\n`);
  return v.status === "unreadable" ? EXIT.usage : EXIT.ok;
}
