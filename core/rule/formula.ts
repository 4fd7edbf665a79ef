// Rule → native spreadsheet formula (English names, "," separators, as stored in .xlsx) yielding the engine's vi labels.
import { GRADE_SCALE, MIN_DATE_SERIAL, NO_DATA_TEXTS, NO_WORDS, readCell, readChange, YES_WORDS } from "../number/cell";
import type { Bilingual, CellValue } from "../types";
import { roundFloat } from "../number/parse";
import type { Op, Rule, RuleOf, Unit } from "./schema";
import { STATUS, type PercentScale, type StatusCode } from "./verdict";
import { aboutZone, MIN_POINTS, timesPer } from "./judge/numeric";
import { deniedVerb, noneFor } from "./judge/none";
import { dayKind, EVENT_WINDOW, statementDue } from "./judge/dates";
import { leavesUnread } from "./judge/facts";
import { belowZero } from "./judge/quantity";

/** Cells a compiled formula reads. Each is an A1 reference, optionally sheet-qualified ("'Số liệu'!$E$5"). */
export interface FormulaRefs {
  /** The actual figure. */
  actual: string;
  /** Baseline for change rules. */
  baseline?: string;
  /** Reference value for comparison-with-reference rules. */
  reference?: string;
  /** A cell holding the as-of date for deadlines; without it `opts.asOf` or TODAY() is used. */
  asOf?: string;
}

export interface FormulaOptions {
  /** How a plain number meets a percent rule; default "auto" (above 1 read as points, else fraction). */
  percentScale?: PercentScale;
  /** Relative tolerance for "Gần đạt" (0.05 = within 5% of the threshold); off (0) unless set. */
  tolerance?: number;
  /** Fixed as-of date for deadlines, ISO yyyy-mm-dd, used when `refs.asOf` is absent (written as DATE(y,m,d)). */
  asOf?: string;
  /**
   * Refer to the word lists by the defined names of `FORMULA_NAMES` instead of writing them out: about 330 bytes
   * less per formula. Only for hosts that define those names on the sheet (an .xlsx file, Excel); Google Sheets
   * names only ranges, so its formulas carry the lists themselves. Default false.
   */
  names?: boolean;
}

export type FormulaResult = { ok: true; formula: string } | { ok: false; reason: Bilingual };

/** Formula text is a string; named for reading the builders below. */
type Expr = string;

interface Ctx {
  refs: FormulaRefs;
  scale: PercentScale;
  tolerance: number;
  asOf?: string;
  names: boolean;
}

/** A compile step either gives formula text or a reason it cannot. */
type Step = { ok: true; expr: Expr } | { ok: false; reason: Bilingual };

const lit = (code: StatusCode): Expr => str(STATUS[code].vi);
const str = (s: string): Expr => `"${s.replaceAll('"', '""')}"`;
const call = (name: string, ...args: Expr[]): Expr => `${name}(${args.join(",")})`;
const IF = (c: Expr, a: Expr, b: Expr): Expr => call("IF", c, a, b);
const ok = (expr: Expr): Step => ({ ok: true, expr });
const no = (vi: string, en: string): Step => ({ ok: false, reason: { vi, en } });

// ---------------------------------------------------------------------------------------------------------------
// Numbers without a decimal point or an exponent. A spreadsheet in a decimal-comma locale (vi_VN) reads "0.65" or
// "1E-9" typed through its own parser differently, or not at all; digits, operators and brackets read the same in
// every locale. So every constant is an integer, a threshold is compared at an integer scale (x×100 against 65,
// not x against 0.65), and the few other fractions are integers divided inside the formula ("5/100").

/** A number as an integer over a power of ten: 0.65 → { n: 65, k: 2 }. At most 12 significant digits (Excel keeps 15), and no finer than 1e-15: every comparison carries a margin of 1e-9 or more, so neither rounding moves a verdict. */
function decimal(v: number): { n: number; k: number } {
  const r = Math.abs(v) < 1e-300 ? 0 : roundFloat(v);
  if (Number.isInteger(r)) return { n: r, k: 0 };
  const [mantissa, exp] = Math.abs(r).toExponential(11).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "");
  const k = digits.length - 1 - Number(exp);
  if (k <= 15) return { n: Math.sign(r) * Number(digits), k };
  let n = Math.round(r * 1e15);
  let j = 15;
  while (n !== 0 && n % 10 === 0 && j > 0) {
    n /= 10;
    j--;
  }
  return n === 0 ? { n: 0, k: 0 } : { n, k: j };
}

/** 10^k as formula text: "100" up to a thousand, "10^9" beyond. */
const pow10 = (k: number): Expr => (k <= 3 ? `1${"0".repeat(k)}` : `10^${k}`);

/** A constant as locale-proof formula text: "65", "-3", "15/1000", "5/10^9". Safe after "-" and before "*" (a/b*c is (a/b)*c). */
function num(v: number): Expr {
  const { n, k } = decimal(v);
  return k === 0 ? String(n) : `${n}/${pow10(k)}`;
}

/** `x × m` for a positive integer m. */
function mul(x: Expr, m: number): Expr {
  if (m === 1) return x;
  const k = Math.round(Math.log10(m));
  return 10 ** k === m ? `${x}*${pow10(k)}` : `${x}*${m}`;
}

/** `x - n` for an integer n, without "- 0" or "--". */
const sub = (x: Expr, n: number): Expr => (n === 0 ? x : n < 0 ? `${x}+${-n}` : `${x}-${n}`);

/** `x - t` for any constant t. */
const minus = (x: Expr, t: number): Expr => (t === 0 ? x : t < 0 ? `${x}+${num(-t)}` : `${x}-${num(t)}`);

/** Largest number a rule may carry into a formula: no plan figure comes near it, and sums with margins cannot overflow. */
const MAX_LITERAL = 1e15;

// Sheet-qualified or plain A1 references; anything else (ranges, names with spaces, R1C1) is refused
// so a caller's mistake shows up as a reason instead of a broken formula in a user's file.
const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * Compiles a rule to a spreadsheet formula that returns exactly one of the verdict labels
 * (`STATUS[code].vi`). The text uses English function names and "," separators, as stored in
 * .xlsx files, without the leading "="; use `formulaForLocale` to show it to ";"-locale users. It holds no
 * decimal point and no exponent (thresholds are compared at an integer scale), so no locale reads it differently,
 * and only functions every Excel since 2007, LibreOffice, WPS and Google Sheets have (no LET, no LAMBDA).
 * Returns `ok: false` with a bilingual reason for rules no native formula can judge; callers then
 * write the engine's verdict as a value. Every kind compiles; refused are a change rule without a
 * baseline cell, a reference rule without a reference cell, a fraction target outside 0 ≤ n ≤ d (d > 0),
 * a due or as-of date that does not exist, numbers that are not finite or beyond ±1e15, and malformed
 * references. Per cell, numbers, blanks, errors, TRUE/FALSE, placeholder texts ("—", "chưa có") and
 * yes/no words are read exactly as the engine reads them; text the engine reads as a figure ("64,9%",
 * "13/14", "mức độ 3", "30/06/2025") is not, so check cells with `formulaReads` first.
 * @example compileFormula({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }, { actual: "E5" }, { percentScale: "fraction", names: true })
 *   → { ok: true, formula: 'IF(AND(ISNUMBER(E5),NOT(ISLOGICAL(E5))),IF(E5<0,"Số liệu không hợp lệ",CHOOSE(SIGN(ROUND(E5*100-65,7))+2,"Chưa đạt","Đạt","Vượt")),IF(IFERROR(SUMPRODUCT(--(TRIM(CLEAN(E5))=CT_TRONG)),ISNA(E5)),"Chưa có số liệu","Số liệu không hợp lệ"))' }
 *   (full texts for every kind: core/rule/formula.golden.md)
 */
export function compileFormula(rule: Rule, refs: FormulaRefs, opts: FormulaOptions = {}): FormulaResult {
  for (const [name, ref] of Object.entries(refs)) {
    if (ref !== undefined && !REF.test(ref)) {
      return {
        ok: false,
        reason: { vi: `Ô tham chiếu "${ref}" (${name}) không hợp lệ`, en: `Cell reference "${ref}" (${name}) is not valid` },
      };
    }
  }
  if (opts.asOf !== undefined && !realDate(opts.asOf)) {
    return { ok: false, reason: { vi: `Ngày đánh giá "${opts.asOf}" không phải ngày có thật dạng yyyy-mm-dd`, en: `As-of date "${opts.asOf}" is not a real yyyy-mm-dd date` } };
  }
  // Hand-built rules skip zod: NaN or Infinity would print as text no host can parse.
  for (const [field, v] of Object.entries(rule)) {
    if (typeof v === "number" && !(Math.abs(v) <= MAX_LITERAL)) {
      return { ok: false, reason: { vi: `Giá trị ${field} của chỉ tiêu không phải số hữu hạn trong giới hạn ±1e15`, en: `The rule's ${field} is not a finite number within ±1e15` } };
    }
  }
  // A signed rate of change ("≥ -30%"): the engine reads "giảm 12%" and a negative rate, which no formula does.
  if (rule.kind === "compare" && ((rule.unit.kind === "percent" && rule.value < 0) || rule.intent === "change")) return { ok: false, reason: { vi: "Chỉ tiêu là tỷ lệ thay đổi có dấu; ghi kết quả dạng giá trị", en: "The target is a signed rate of change; the verdict is written as a value" } };
  // Two readings that may judge a figure differently, or a part of the phrase the reader did not understand (the
  // confidence gate): the engine asks (review), no formula can, so the engine's verdict is written.
  if (rule.unsure || rule.alternative || rule.rivals) {
    const [vi, en] = rule.unsure ? ["có phần chưa hiểu chắc", "is partly unclear"] : ["có hai cách hiểu", "has two readings"];
    return {
      ok: false,
      reason: {
        vi: `Chỉ tiêu ${vi} (cần xác nhận); ghi kết quả dạng giá trị thay cho công thức`,
        en: `The target ${en} (needs review); the verdict is written as a value instead of a formula`,
      },
    };
  }
  const tolerance = opts.tolerance ?? 0;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    return { ok: false, reason: { vi: "Dung sai phải là số không âm", en: "Tolerance must be a non-negative number" } };
  }
  const ctx: Ctx = { refs, scale: opts.percentScale ?? "auto", tolerance, asOf: opts.asOf, names: opts.names === true };
  const step = compileRule(rule, ctx);
  return step.ok ? { ok: true, formula: step.expr } : { ok: false, reason: step.reason };
}

/**
 * Whether a compiled formula reads this cell value the way the engine does. False for text the engine reads
 * as a figure ("64,9%", "13/14", "mức độ 3", "30/06/2025"): no locale-independent native formula can, so the
 * formula would say "Số liệu không hợp lệ". Hosts writing a live formula over such a cell should write the
 * engine's verdict as a value instead, or convert the text to a number first.
 * Dates (Date objects) count as numbers only for deadlines: elsewhere the engine rejects a date, while a
 * spreadsheet sees the serial number behind it.
 * @example formulaReads({ kind: "level", level: 3 }, "mức độ 3") → false
 * @example formulaReads({ kind: "level", level: 3 }, 3) → true
 */
export function formulaReads(rule: Rule, value: CellValue, role: "actual" | "baseline" | "reference" = "actual"): boolean {
  const mine = role === "actual";
  if (value instanceof Date) return mine && rule.kind === "deadline";
  if (typeof value !== "string") return true;
  // The same reading options the engine uses for an actual of this rule kind.
  const opts =
    !mine ? {}
    : rule.kind === "deadline" ? { expect: "date" as const }
    : rule.kind === "rank" ? { expect: "rank" as const }
    : rule.kind === "level" ? (rule.scale ? { expect: "level" as const, scale: rule.scale } : { expect: "level" as const })
    : {};
  // "chưa có" under "có tối thiểu 01 phòng": the engine reads a denial of the target's own verb as none (judge/none.ts);
  // the formula knows only the fixed word lists.
  if (mine && typeof value === "string" && noneFor(rule) !== null && deniedVerb(rule, value)) return false;
  // "mỗi ngày 1 lần": the engine reads a frequency in words (judge/numeric.ts timesPer); no formula does.
  if (mine && rule.kind === "frequency" && timesPer(value) !== value) return false;
  // "thêm 3 trường", "giảm 4%": the engine judges a typed change directly; no formula reads the words.
  if (mine && rule.kind === "change" && readChange(value)) return false;
  const kind = readCell(value, opts).kind;
  // "chưa tổ chức", "đã công bố": the engine reads these sentences as yes/no; the formula knows only the exact words.
  if (kind === "boolean") return WORDS.has(value.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " "));
  // "Đang thi công, đạt 70% khối lượng": the engine reads a task's progress sentence against its deadline; the formula cannot.
  if (kind === "text" && rule.kind === "deadline" && mine) return false;
  return kind === "empty" || kind === "error" || kind === "text";
}

/** One exhaustive switch over rule kinds: a new kind in the schema fails to type-check here until handled. */
function compileRule(rule: Rule, ctx: Ctx): Step {
  switch (rule.kind) {
    case "compare":
      return compare(rule, ctx);
    case "range":
      return range(rule, ctx);
    case "fraction":
      return fraction(rule, ctx);
    case "level":
      return level(rule, ctx);
    case "rank":
      return rank(rule, ctx);
    case "change":
      return change(rule, ctx);
    case "reference":
      return reference(rule, ctx);
    case "frequency":
      return frequency(rule, ctx);
    case "deadline":
      return deadline(rule, ctx);
    case "zero":
      return zero(rule, ctx);
    case "boolean":
      return boolean(rule, ctx);
    default: {
      const never: never = rule;
      const kind = String((never as { kind?: unknown }).kind);
      return no(`Chưa có công thức cho loại chỉ tiêu "${kind}"`, `Rule kind "${kind}" has no formula`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a cell. The engine (core/rule/evaluate.ts, core/number/cell.ts) decides; these builders mirror it:
// blank, whitespace, the placeholder texts of NO_DATA_TEXTS and #N/A are no data; other errors are invalid;
// TRUE/FALSE are yes/no answers, never figures; text that is not a placeholder or a yes/no word is invalid here
// (the engine may still read "64,9%" or "13/14", which no locale-independent native formula can).

// "" stands for a blank or all-space cell; "#n/a" is the error typed as text, which the engine reads as #N/A.
const NO_DATA_WORDS: readonly string[] = ["", ...NO_DATA_TEXTS, "#n/a"];
// "chưa báo cáo", "chưa tổng hợp": on a deadline the task is not done (judge/dates.ts decides the same).
const NOT_YET: readonly string[] = [...NO_DATA_TEXTS].filter((w) => /^chưa (?!có|cập nhật)/u.test(w));

/** The engine's own yes/no word lists (one list, one place), re-exported for callers of the formula compiler. */
export { NO_WORDS, YES_WORDS };
const WORDS: ReadonlySet<string> = new Set([...YES_WORDS, ...NO_WORDS]);

/** A column of texts as an array constant: rows are split by ";" in every host's stored syntax, so no locale's column separator ("," or "\") is involved. */
const arrayOf = (words: readonly string[]): Expr => `{${words.map(str).join(";")}}`;

/**
 * The word lists as defined names, for hosts that can define a name as an array constant (.xlsx, Excel, LibreOffice,
 * WPS): `value` is the name's formula without "=". Formulas compiled with `names: true` refer to them; the host
 * defines them on the sheet it writes the formulas to. Names with "_" can never be read as a cell reference.
 * @example FORMULA_NAMES[0] → { name: "CT_TRONG", value: '{"";"-";"--";…;"#n/a"}' }
 */
export const FORMULA_NAMES: ReadonlyArray<{ name: string; value: string }> = [
  { name: "CT_TRONG", value: arrayOf(NO_DATA_WORDS) },
  { name: "CT_CO", value: arrayOf(YES_WORDS) },
  { name: "CT_KHONG", value: arrayOf(NO_WORDS) },
];
const LISTS = { noData: [FORMULA_NAMES[0].name, NO_DATA_WORDS], yes: [FORMULA_NAMES[1].name, YES_WORDS], no: [FORMULA_NAMES[2].name, NO_WORDS] } as const;

/**
 * TRUE (a count above 0) when the cell's text is one of the words. Spreadsheet "=" on text ignores case, and TRIM
 * collapses inner runs of spaces, as the engine does before matching; CLEAN first drops line breaks and tabs, so a
 * stray Alt+Enter after a placeholder ("chưa có⏎") still reads as one. SUMPRODUCT makes every host compare the
 * text with each word of the array (OR over an array needs array entry in old Excel), and the text is trimmed once.
 */
function inList(ctx: Ctx, ref: string, words: keyof typeof LISTS | readonly string[]): Expr {
  const list = typeof words === "string" ? (ctx.names ? LISTS[words][0] : arrayOf(LISTS[words][1])) : arrayOf(words);
  return `SUMPRODUCT(--(TRIM(CLEAN(${ref}))=${list}))`;
}

interface Branches {
  /** The cell holds a number. */
  number: Expr;
  /** Blank, a placeholder text or #N/A. */
  noData: Expr;
  /** A blank cell or a word of NOT_YET, when it means something else than no data (deadlines: not done yet). */
  blank?: Expr;
  /** TRUE or FALSE (default: invalid). */
  logical?: Expr;
  /** Any other text (default: invalid). */
  text?: Expr;
}

/**
 * Dispatches on what a cell holds. TRUE/FALSE are tested by name because LibreOffice counts TRUE as the number 1
 * while Excel and Sheets do not; #N/A is no data ("not available yet"), other errors are invalid.
 */
function cell(ctx: Ctx, ref: string, b: Branches): Expr {
  const noData = inList(ctx, ref, "noData");
  if (b.blank === undefined && b.logical === undefined && b.text === undefined) {
    // An error makes the word test an error too: IFERROR then asks whether it was #N/A.
    return IF(call("AND", call("ISNUMBER", ref), call("NOT", call("ISLOGICAL", ref))), b.number, IF(call("IFERROR", noData, call("ISNA", ref)), b.noData, lit("invalid")));
  }
  const text = b.text ?? lit("invalid");
  const words = b.blank === undefined ? IF(noData, b.noData, text) : IF(inList(ctx, ref, ["", ...NOT_YET]), b.blank, IF(noData, b.noData, text));
  return IF(
    call("ISLOGICAL", ref),
    b.logical ?? lit("invalid"),
    IF(call("ISNUMBER", ref), b.number, IF(call("ISERROR", ref), IF(call("ISNA", ref), b.noData, lit("invalid")), words)),
  );
}

/** A yes/no text cell: `yes` or `no` by the word lists, else invalid. */
function yesNoText(ctx: Ctx, ref: string, yes: Expr, noExpr: Expr): Expr {
  return IF(inList(ctx, ref, "yes"), yes, IF(inList(ctx, ref, "no"), noExpr, lit("invalid")));
}

/** A figure as formula text at any integer scale: `v(m)` is the figure × m, so a threshold n/m compares v(m) with n. */
type Val = (m: number) => Expr;

/** A cell or expression already in the rule's unit. */
const times = (x: Expr): Val => (m) => mul(x, m);

/** Points (65 = 65%) at scale m: ×m/100, written without a fraction where m allows. */
const pointsOf = (ref: string): Val => (m) => (m % 100 === 0 ? mul(ref, m / 100) : m === 10 ? `${ref}/10` : m === 1 ? `${ref}/100` : `${ref}*${m}/100`);

/** The cell's value on the rule's scale: percent rules read plain numbers per the scale (auto: above 1 is points). */
function onScale(ref: string, unit: Unit, scale: PercentScale): Val {
  if (unit.kind !== "percent" || scale === "fraction") return times(ref);
  if (scale === "points") return pointsOf(ref);
  return (m) => IF(`${ref}>1`, pointsOf(ref)(m), mul(ref, m));
}

/** A number cell that cannot be a figure of this unit: negative rates and counts. Measures may be negative, and so may a count the rule puts below zero (belowZero). */
function impossible(ref: string, unit: Unit, rule?: Rule): Expr | null {
  return unit.kind === "measure" || (rule && belowZero(rule, unit)) ? null : `${ref}<0`;
}

/** Guards a number branch with the unit's plausibility check. */
function plausible(ref: string, unit: Unit, body: Expr, rule?: Rule): Expr {
  const bad = impossible(ref, unit, rule);
  return bad ? IF(bad, lit("invalid"), body) : body;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing with a threshold, as the engine's compareStatus does: equal within a relative 1e-9 (so 0.65 stored as
// 0.6499999999 still meets 65%), "Vượt" only for inclusive "more is better" bounds, and "Gần đạt" within
// tolerance × |threshold| (+1e-9) on the failing side, never for a threshold of 0.

const EPS = 1e-9;

/** A threshold as integers n/d (d > 0): the formula compares the figure × d with n. */
interface Ratio {
  n: number;
  d: number;
  /** The threshold is exactly 0 (a tiny one may round to n = 0 and still allow "Gần đạt", as in the engine). */
  zero: boolean;
}
const ZERO: Ratio = { n: 0, d: 1, zero: true };

/** A constant threshold as a ratio; rates at least in points (65% → 65/100), so the formula reads like the sheet. */
function ratioOf(t: number, unit?: Unit): Ratio {
  const { n, k } = decimal(t);
  const d = 10 ** k;
  return unit?.kind === "percent" && d < 100 ? { n: n * (100 / d), d: 100, zero: t === 0 } : { n, d, zero: t === 0 };
}

/**
 * `x×d − n`, rounded at the engine's equality margin (1e-9 × max(1, |t|), times d): 0 when the figure equals the
 * threshold, else its sign tells the side. ROUND keeps half the margin, so the formula never calls two figures
 * equal that the engine tells apart; they differ only within 1e-9 of a threshold, where no typed figure falls.
 */
function diff(x: Val, t: Ratio): Expr {
  const margin = EPS * Math.max(t.d, Math.abs(t.n));
  return call("ROUND", sub(x(t.d), t.n), String(Math.ceil(-Math.log10(2 * margin))));
}

/** TRUE when `x op t` holds (met or exceeded), without tolerance: the class the engine compares two readings by. */
function good(x: Val, op: Op, t: Ratio): Expr {
  const d = diff(x, t);
  switch (op) {
    case ">=": return `${d}>=0`;
    case ">": return `${d}>0`;
    case "<=": return `${d}<=0`;
    case "<": return `${d}<0`;
    case "=": return `${d}=0`;
  }
}

/** Status of `x op t` for a constant threshold t, the figure computed once where no tolerance is set. */
function threshold(x: Val, op: Op, t: Ratio, tol: number): Expr {
  const d = diff(x, t);
  const nearOk = tol > 0 && !t.zero;
  // The tolerance band in the same scale: tol × |t| + 1e-9, times d.
  const band = num(tol * Math.abs(t.n) + EPS * t.d);
  const raw = sub(x(t.d), t.n);
  const nearBelow = nearOk ? IF(`${raw}>=-${band}`, lit("near"), lit("not_met")) : lit("not_met");
  const nearAbove = nearOk ? IF(`${raw}<=${band}`, lit("near"), lit("not_met")) : lit("not_met");
  switch (op) {
    case ">=":
      return call("CHOOSE", `SIGN(${d})+2`, nearBelow, lit("met"), lit("exceeded"));
    case ">":
      return IF(`${d}>0`, lit("met"), nearBelow);
    case "<=":
      return IF(`${d}<=0`, lit("met"), nearAbove);
    case "<":
      return IF(`${d}<0`, lit("met"), nearAbove);
    case "=":
      return IF(`${d}=0`, lit("met"), nearOk ? IF(`ABS(${raw})<=${band}`, lit("near"), lit("not_met")) : lit("not_met"));
  }
}

/**
 * Auto scale, a plain number in (0, 1]: it is a fraction (0,7 = 70%) or points (0,7%). When the two readings fall in
 * different classes the engine says "Cần xác nhận", and so does the formula. `goodOf` is the class test of one reading.
 */
function scaleReview(a: string, ctx: Ctx, unit: Unit, goodOf: (x: Val) => Expr, body: Expr): Expr {
  if (unit.kind !== "percent" || ctx.scale !== "auto") return body;
  return IF(call("AND", `${a}>0`, `${a}<=1`, `(${goodOf(times(a))})<>(${goodOf(pointsOf(a))})`), lit("review"), body);
}

/** Both operands cells: equal within 1e-9 × max(1, |x|, |y|), written without a decimal literal. */
const equalLive = (x: Expr, y: Expr): Expr => `ABS(${x}-${y})*10^9<=MAX(1,ABS(${x}),ABS(${y}))`;

/** TRUE when `x op y` holds for two cells (met or exceeded), without tolerance. */
function goodLive(x: Expr, op: Op, y: Expr): Expr {
  const eq = equalLive(x, y);
  switch (op) {
    case ">=": return call("OR", `${x}>${y}`, eq);
    case ">": return call("AND", `${x}>${y}`, call("NOT", eq));
    case "<=": return call("OR", `${x}<${y}`, eq);
    case "<": return call("AND", `${x}<${y}`, call("NOT", eq));
    case "=": return eq;
  }
}

/** Status of `x op y` when both are cells (reference rules): the same decisions with the margin computed live. */
function thresholdLive(x: Expr, op: Op, y: Expr, tol: number): Expr {
  const eq = equalLive(x, y);
  const gt = call("AND", `${x}>${y}`, call("NOT", eq));
  const lt = call("AND", `${x}<${y}`, call("NOT", eq));
  const band = (d: Expr) => (tol > 0 ? call("AND", `${y}<>0`, `${d}<=${num(tol)}*ABS(${y})+${num(EPS)}`) : "FALSE");
  const nearBelow = tol > 0 ? IF(band(`${y}-${x}`), lit("near"), lit("not_met")) : lit("not_met");
  const nearAbove = tol > 0 ? IF(band(`${x}-${y}`), lit("near"), lit("not_met")) : lit("not_met");
  switch (op) {
    case ">=":
      return IF(gt, lit("exceeded"), IF(eq, lit("met"), nearBelow));
    case ">":
      return IF(gt, lit("met"), nearBelow);
    case "<=":
      return IF(call("NOT", gt), lit("met"), nearAbove);
    case "<":
      return IF(lt, lit("met"), nearAbove);
    case "=":
      return IF(eq, lit("met"), tol > 0 ? IF(band(`ABS(${x}-${y})`), lit("near"), lit("not_met")) : lit("not_met"));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One compiler per rule kind.

function compare(rule: RuleOf<"compare">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const x = onScale(a, rule.unit, ctx.scale);
  const t = ratioOf(rule.value, rule.unit);
  let body = threshold(x, rule.op, t, ctx.tolerance);
  // "khoảng X": short of it by at most aboutZone(X) is a question, as the engine decides (judge/numeric.ts); so is a
  // figure further above a level to hold.
  const zone = num((aboutZone(rule.value, rule.unit) + EPS) * t.d);
  if (rule.intent === "about") body = IF(call("AND", call("NOT", good(x, rule.op, t)), `ABS(${sub(x(t.d), t.n)})<=${zone}`), lit("review"), body);
  if (rule.hold) body = IF(`${sub(x(t.d), t.n)}>${zone}`, lit("review"), body);
  const judged = scaleReview(a, ctx, rule.unit, (v) => good(v, rule.op, t), body);
  return ok(cell(ctx, a, { number: plausible(a, rule.unit, judged, rule), noData: lit("no_data") }));
}

function range(rule: RuleOf<"range">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const x = onScale(a, rule.unit, ctx.scale);
  const { min, max, sense } = rule;
  const lo = ratioOf(min, rule.unit);
  const hi = ratioOf(max, rule.unit);
  const belowOf = (v: Val) => `${diff(v, lo)}${rule.minInclusive ? "<" : "<="}0`;
  const aboveOf = (v: Val) => `${diff(v, hi)}${rule.maxInclusive ? ">" : ">="}0`;
  const below = belowOf(x);
  const above = aboveOf(x);
  const tol = ctx.tolerance;
  const nearMin = tol > 0 && min !== 0 ? IF(`${sub(x(lo.d), lo.n)}>=-${num(tol * Math.abs(lo.n) + EPS * lo.d)}`, lit("near"), lit("not_met")) : lit("not_met");
  const nearMax = tol > 0 && max !== 0 ? IF(`${sub(x(hi.d), hi.n)}<=${num(tol * Math.abs(hi.n) + EPS * hi.d)}`, lit("near"), lit("not_met")) : lit("not_met");
  // "khoảng 98–100%": just outside on the failing side is "Cần xác nhận" (aboutZone in the engine).
  const lowSide = sense === "down" ? lit("met") : rule.about ? IF(`${sub(x(lo.d), lo.n)}>=-${num((aboutZone(min, rule.unit) + EPS) * lo.d)}`, lit("review"), nearMin) : nearMin;
  const highSide = sense === "up" ? lit("exceeded") : rule.about ? IF(`${sub(x(hi.d), hi.n)}<=${num((aboutZone(max, rule.unit) + EPS) * hi.d)}`, lit("review"), nearMax) : nearMax;
  const body = IF(below, lowSide, IF(above, highSide, lit("met")));
  // The class of one reading: inside the band, or outside on the side that is fine.
  const goodOf = (v: Val): Expr => {
    const inside = call("AND", call("NOT", belowOf(v)), call("NOT", aboveOf(v)));
    if (sense === "down") return call("OR", inside, belowOf(v));
    if (sense === "up") return call("OR", inside, aboveOf(v));
    return inside;
  };
  return ok(cell(ctx, a, { number: plausible(a, rule.unit, scaleReview(a, ctx, rule.unit, goodOf, body), rule), noData: lit("no_data") }));
}

function fraction(rule: RuleOf<"fraction">, ctx: Ctx): Step {
  const { numerator: n, denominator: D } = rule;
  if (!(D > 0) || !(n >= 0) || n > D) {
    return no("Chỉ tiêu phân số không hợp lệ (cần 0 ≤ tử số ≤ mẫu số, mẫu số dương)", "The fraction target is not valid (needs 0 ≤ numerator ≤ denominator, denominator > 0)");
  }
  const a = ctx.refs.actual;
  // n/D as the threshold itself: a rate × D against n, a count against n (no rounding of 24/28).
  const whole = Number.isInteger(n) && Number.isInteger(D);
  const t: Ratio = whole ? { n, d: D, zero: n === 0 } : ratioOf(n / D);
  const share = (v: Val) => threshold(v, ">=", t, ctx.tolerance);
  const rate = onScale(a, { kind: "percent" }, ctx.scale);
  // A rate cannot pass 100% here (the engine calls that invalid rather than judging it).
  const asRate = IF(`${a}<0`, lit("invalid"), IF(`${rate(10 ** 9)}>${10 ** 9 + 1}`, lit("invalid"), scaleReview(a, ctx, { kind: "percent" }, (v) => good(v, ">=", t), share(rate))));
  // In auto, a whole number up to the denominator counts units ("26" of 28 schools); an explicit percent scale
  // says the column holds rates, so every number is a rate on it (as the engine decides in evaluate.ts).
  const count: Val = (m) => (whole && m === D ? a : `${a}*${m}/${whole ? num(D) : `(${num(D)})`}`);
  const body = ctx.scale !== "fraction" && ctx.scale !== "points"
    ? IF(call("AND", `${a}=INT(${a})`, `${a}>=0`, `${a}<=${num(D)}`), share(count), asRate)
    : asRate;
  return ok(cell(ctx, a, { number: body, noData: lit("no_data") }));
}

function level(rule: RuleOf<"level">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  // A grade ("loại Khá trở lên") is written in words; a number is no grade (as the engine decides).
  const body = rule.scale === GRADE_SCALE ? lit("invalid") : IF(`${a}<0`, lit("invalid"), threshold(times(a), ">=", ratioOf(rule.level), ctx.tolerance));
  // "Đạt"/"Chưa đạt", TRUE/FALSE answer whether the level was reached, as the engine reads them.
  return ok(cell(ctx, a, { number: body, noData: lit("no_data"), logical: IF(a, lit("met"), lit("not_met")), text: yesNoText(ctx, a, lit("met"), lit("not_met")) }));
}

function rank(rule: RuleOf<"rank">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const bad = [`${a}<>INT(${a})`, `${a}<1`];
  if (rule.of !== undefined) bad.push(`${a}>${num(rule.of)}`);
  const tol = ctx.tolerance;
  const worse = tol > 0 ? IF(`${minus(a, rule.rank)}<=${num(tol * rule.rank + EPS)}`, lit("near"), lit("not_met")) : lit("not_met");
  const best = rule.best ?? rule.rank;
  const body = IF(
    call("OR", ...bad),
    lit("invalid"),
    IF(`${a}<${num(best)}`, lit(rule.top ? "met" : "exceeded"), IF(`${a}<=${num(rule.rank)}`, lit("met"), worse)),
  );
  return ok(cell(ctx, a, { number: body, noData: lit("no_data") }));
}

function change(rule: RuleOf<"change">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const b = ctx.refs.baseline;
  if (!b) {
    return no(
      "Chỉ tiêu so với kỳ gốc cần ô số liệu kỳ gốc; không có ô này thì ghi kết quả dạng giá trị",
      "A change rule needs a baseline cell; without one the verdict is written as a value",
    );
  }
  const x = onScale(a, rule.unit, ctx.scale);
  const y = onScale(b, rule.unit, ctx.scale);
  const amount = rule.amount ?? 0;
  const up = rule.direction === "increase";
  const deltaOf = (xx: Val, yy: Val): Val => (m) => (up ? `(${xx(m)}-${yy(m)})` : `(${yy(m)}-${xx(m)})`);
  // Each operand in brackets: "A1/100" over "B1/100" is (A1/100)/(B1/100), not A1/100/B1/100.
  const relOf = (xx: Val, yy: Val): Val => (m) => `${deltaOf(xx, yy)(m)}/ABS(${yy(1)})`;
  const ratioOfCells = (xx: Val, yy: Val): Val => (m) => (up ? `(${xx(m)})/(${yy(1)})` : `(${yy(m)})/(${xx(1)})`);
  const need = ratioOf(amount, rule.mode === "points" || (rule.mode === "absolute" && rule.unit.kind === "percent") ? rule.unit : undefined);
  let body: Expr;
  let goodOf: (xx: Val, yy: Val) => Expr;
  switch (rule.mode) {
    case "any":
      body = IF(`${diff(deltaOf(x, y), ZERO)}>0`, lit("met"), lit("not_met"));
      goodOf = (xx, yy) => `${diff(deltaOf(xx, yy), ZERO)}>0`;
      break;
    case "absolute":
    case "points":
      body = banded(deltaOf(x, y), need, rule.amountMax, ctx.tolerance);
      goodOf = (xx, yy) => good(deltaOf(xx, yy), ">=", need);
      break;
    case "percent":
      body = IF(`${b}=0`, lit("invalid"), banded(relOf(x, y), need, rule.amountMax, ctx.tolerance));
      goodOf = (xx, yy) => IF(`${yy(1)}<>0`, good(relOf(xx, yy), ">=", need), "FALSE");
      break;
    case "times": {
      const times1 = ratioOf(rule.amount ?? 1);
      const ok0 = up ? `${y(1)}>0` : call("AND", `${y(1)}>0`, `${x(1)}>0`);
      body = IF(call("NOT", ok0), lit("invalid"), threshold(ratioOfCells(x, y), ">=", times1, ctx.tolerance));
      // (IF, not AND, guards the division: spreadsheets evaluate every argument of AND.)
      const okOf = (xx: Val, yy: Val) => (up ? `${yy(1)}>0` : call("AND", `${yy(1)}>0`, `${xx(1)}>0`));
      goodOf = (xx, yy) => IF(okOf(xx, yy), good(ratioOfCells(xx, yy), ">=", times1), "FALSE");
      break;
    }
  }
  if (rule.unit.kind === "percent" && ctx.scale === "auto") {
    // Either plain number may also be points; both switch together, as the engine's second reading does.
    const small = (r: string) => call("AND", `${r}>0`, `${r}<=1`);
    const altA: Val = (m) => IF(small(a), pointsOf(a)(m), x(m));
    const altB: Val = (m) => IF(small(b), pointsOf(b)(m), y(m));
    const altValid = rule.mode === "percent" ? `${altB(1)}<>0` : "TRUE";
    body = IF(call("AND", call("OR", small(a), small(b)), altValid, `(${goodOf(x, y)})<>(${goodOf(altA, altB)})`), lit("review"), body);
  }
  // A relative change of a rate smaller than a tenth of a point is not a plan's reading (MIN_POINTS in the engine).
  if (rule.mode === "percent" && rule.unit.kind === "percent") {
    body = IF(call("AND", `${y(1)}>0`, `${y(1)}<=1`, `${num(amount)}*${y(1)}<${num(MIN_POINTS - EPS)}`), lit("invalid"), body);
  }
  // "giảm 20 điểm %" from a rate of 5% cannot happen: invalid, as the engine says.
  if (rule.mode === "points" && rule.unit.kind === "percent" && amount > 0) {
    const impossibleMove = rule.direction === "decrease" ? `${num(amount)}>${y(1)}+${num(EPS)}` : `${y(1)}+${num(amount)}>${num(1 + EPS)}`;
    body = IF(impossibleMove, lit("invalid"), body);
  }
  // A figure with no baseline beside it is a question, not "no data" (the cell is not empty), as the engine says.
  const baseline = cell(ctx, b, { number: plausible(b, rule.unit, body), noData: lit("review") });
  return ok(cell(ctx, a, { number: plausible(a, rule.unit, baseline), noData: lit("no_data") }));
}

/** At least `amount`, and exceeded only past `max` when the target is a band of changes. */
function banded(x: Val, amount: Ratio, max: number | undefined, tol: number): Expr {
  if (max === undefined) return threshold(x, ">=", amount, tol);
  const top = ratioOf(max);
  return IF(`${diff(x, top)}>0`, lit("exceeded"), IF(good(x, ">=", amount), lit("met"), threshold(x, ">=", amount, tol)));
}

function reference(rule: RuleOf<"reference">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const r = ctx.refs.reference;
  if (!r) {
    return no(
      "Chỉ tiêu so với giá trị tham chiếu cần ô giá trị tham chiếu; không có ô này thì ghi kết quả dạng giá trị",
      "A reference rule needs a reference cell; without one the verdict is written as a value",
    );
  }
  const x = onScale(a, rule.unit, ctx.scale)(1);
  const y = onScale(r, rule.unit, ctx.scale)(1);
  let body = thresholdLive(x, rule.op, y, ctx.tolerance);
  if (rule.unit.kind === "percent" && ctx.scale === "auto") {
    const altA = IF(call("AND", `${a}>0`, `${a}<=1`), `${a}/100`, x);
    const altR = IF(call("AND", `${r}>0`, `${r}<=1`), `${r}/100`, y);
    const either = call("OR", call("AND", `${a}>0`, `${a}<=1`), call("AND", `${r}>0`, `${r}<=1`));
    body = IF(call("AND", either, `(${goodLive(x, rule.op, y)})<>(${goodLive(altA, rule.op, altR)})`), lit("review"), body);
  }
  // A figure with no reference value beside it is a question, not "no data", as the engine says.
  const ref = cell(ctx, r, { number: plausible(r, rule.unit, body), noData: lit("review") });
  return ok(cell(ctx, a, { number: plausible(a, rule.unit, ref), noData: lit("no_data") }));
}

function frequency(rule: RuleOf<"frequency">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const body = IF(`${a}<0`, lit("invalid"), threshold(times(a), rule.op, ratioOf(rule.count), ctx.tolerance));
  return ok(cell(ctx, a, { number: body, noData: lit("no_data") }));
}

/**
 * True for an ISO date that exists. DATE(2025,2,30) would roll over to 2 March in every host, while the
 * engine compares the text "2025-02-30" as it is, so impossible dates are refused rather than compiled.
 */
function realDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso && Number(m[1]) >= 1900;
}

/** DATE(y,m,d) for an ISO date, so no host reads "2025-06-30" by its own locale. */
function dateExpr(iso: string): Expr {
  const [y, m, d] = iso.split("-").map(Number);
  return call("DATE", String(y), String(m), String(d));
}

// Serial day numbers the engine accepts as dates: from 1910 (MIN_DATE_SERIAL: a smaller number is far likelier a
// count or a year typed alone, "58" or "2024", than a day of 1900–1909) to 9999-12-31.
const MAX_SERIAL = 2958465;

const asksEarly = (rule: RuleOf<"deadline">) => (rule.start! < rule.due ? !EVENT_WINDOW.test(rule.text!) : dayKind(rule) === "duty");

/**
 * The deadline formula's own "Cần xác nhận" for this figure (a passed event's blank on a chosen day; a day before the
 * first that the words ask about): the formula computes that verdict, so the status cell stays live (review46d S3).
 * @example formulaAsks(rule("Kỳ thi … tổ chức vào ngày 05/6/2026"), null, "2026-11-20") → true
 */
export function formulaAsks(rule: Rule | null | undefined, value: CellValue, asOf?: string): boolean {
  // (Not a window that ends before it starts: the engine asks for any figure there, the formula does not: review47d B2.)
  if (rule?.kind !== "deadline" || rule.start === undefined || rule.start > rule.due || rule.unsure) return false;
  if (value == null || value === "") return !!asOf && asOf > rule.due && dayKind(rule) === "event";
  const r = typeof value === "string" ? null : readCell(value, { expect: "date" });
  return r?.kind === "date" && r.iso < rule.start && r.iso <= rule.due && !rule.notBefore && asksEarly(rule);
}

function deadline(rule: RuleOf<"deadline">, ctx: Ctx): Step {
  if (rule.due.startsWith("--") || rule.start?.startsWith("--")) {
    return no(
      "Hạn không ghi năm; cho biết kỳ kế hoạch (năm học) để viết công thức, hoặc ghi kết quả dạng giá trị",
      "The due date has no year; give the plan period (school year) to write a formula, or write the verdict as a value",
    );
  }
  if (!realDate(rule.due)) return no(`Hạn "${rule.due}" không phải ngày có thật`, `The due date "${rule.due}" does not exist`);
  if (rule.start !== undefined && !realDate(rule.start)) return no(`Ngày bắt đầu "${rule.start}" không phải ngày có thật`, `The start date "${rule.start}" does not exist`);
  const a = ctx.refs.actual;
  const due = dateExpr(rule.due);
  // An as-of cell left empty means today, as the engine's default does.
  const asOf = ctx.refs.asOf
    ? IF(call("ISNUMBER", ctx.refs.asOf), `INT(${ctx.refs.asOf})`, "TODAY()")
    : ctx.asOf
      ? dateExpr(ctx.asOf)
      : "TODAY()";
  const open = IF(`${asOf}>${due}`, lit("overdue"), lit("pending"));
  // A window, from its first day, or one exact day: done before it is met, not met or asked by its words (as the engine).
  const early = asksEarly(rule);
  const inTime = rule.start !== undefined ? IF(`INT(${a})<${dateExpr(rule.start!)}`, lit(!rule.notBefore && early ? "review" : "not_met"), lit("met")) : lit("met");
  const done = IF(call("OR", `${a}<${MIN_DATE_SERIAL}`, `${a}>${MAX_SERIAL}`), lit("invalid"), IF(`INT(${a})<=${due}`, inTime, lit("not_met")));
  // (A scheduled event's passed day, blank: no data, or asked on a given day of the check, as evaluate() does.)
  // Blank is "not done yet"; a word meaning no figure yet ("chưa có số liệu", "?") and #N/A are no data, never overdue.
  return ok(cell(ctx, a, { number: done, noData: lit("no_data"), blank: rule.start !== undefined && dayKind(rule) === "event" ? IF(`${asOf}>${due}`, ctx.refs.asOf ? IF(call("ISNUMBER", ctx.refs.asOf), lit("review"), lit("no_data")) : lit(ctx.asOf ? "review" : "no_data"), lit("pending")) : open, logical: IF(a, lit("met"), open), text: yesNoText(ctx, a, lit("met"), open) }));
}

function zero(rule: RuleOf<"zero">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const x = onScale(a, rule.unit, ctx.scale);
  // |x| ≤ 1e-9, at the scale where the margin is 1.
  const body = plausible(a, rule.unit, IF(`ABS(${x(10 ** 9)})<=1`, lit("met"), lit("not_met")));
  // "Có" (it happened) is not zero; "Không" (none happened) is.
  const yes = lit("not_met");
  const noneHappened = lit("met");
  return ok(cell(ctx, a, { number: body, noData: lit("no_data"), logical: IF(a, yes, noneHappened), text: yesNoText(ctx, a, yes, noneHappened) }));
}

function boolean(rule: RuleOf<"boolean">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  // A statement placed in one year ("đến năm 2026 … được công nhận") on a given day of the check: an empty or not-done
  // cell is not done yet, pending up to the year's end and overdue after (the engine's judgeStatement); an as-of cell
  // left empty leaves the yes/no answer, as the engine does without a day of the check.
  const due = statementDue(rule);
  const open = (otherwise: Expr): Expr => {
    if (due === null || !realDate(due)) return otherwise;
    if (ctx.refs.asOf) return IF(call("ISNUMBER", ctx.refs.asOf), IF(`INT(${ctx.refs.asOf})>${dateExpr(due)}`, lit("overdue"), lit("pending")), otherwise);
    return ctx.asOf ? (ctx.asOf > due ? lit("overdue") : lit("pending")) : otherwise;
  };
  const dated = open(lit("no_data")) !== lit("no_data");
  return ok(
    cell(ctx, a, {
      // 1 and 0 are the spreadsheet's own yes and no; any other number is not an answer.
      number: IF(`${a}=1`, lit("met"), IF(`${a}=0`, lit("not_met"), lit("invalid"))),
      noData: lit("no_data"),
      ...(dated ? { blank: open(lit("no_data")) } : {}),
      logical: IF(a, lit("met"), open(lit("not_met"))),
      // Text that is no yes/no answer, beside a statement holding a figure, place or grade the yes/no reading leaves
      // unread, may answer that part: asked about, as the engine does (evaluate's unreadInStatement).
      text: IF(inList(ctx, a, "yes"), lit("met"), IF(inList(ctx, a, "no"), open(lit("not_met")), lit(leavesUnread(rule.statement ?? rule.text ?? "") ? "review" : "invalid"))),
    }),
  );
}

/**
 * A text as a formula string literal, in pieces of at most 255 characters joined with "&" (Excel's limit for one
 * literal inside a formula).
 * @example textLiteral('Đạt "tốt"') → '"Đạt ""tốt"""'
 */
export function textLiteral(s: string): string {
  // At most 255 UTF-16 units is at most 255 characters: one piece, without splitting the text into characters.
  if (s.length <= 255) return str(s);
  // Pieces of 255 characters (a surrogate pair is one), cut by index: a row's summary runs to thousands of units and
  // an array of its characters cost more than the rest of the formula.
  const parts: string[] = [];
  let start = 0;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count === 255) {
      parts.push(str(s.slice(start, i + 1)));
      start = i + 1;
      count = 0;
    }
  }
  if (start < s.length) parts.push(str(s.slice(start)));
  return parts.join("&");
}

/**
 * Conditions TRUE while cell `ref` still holds `value` as it was when checked: the same number (within 1e-9 of its
 * size, written without a decimal literal), the same text (ignoring case, as spreadsheets compare), still blank, the
 * same TRUE/FALSE. They are arguments for one AND (`stillHoldsAll`), not a condition of their own: a number is two
 * ("is a number", "is that number": text where the number was would otherwise be an error or, typed "0,649", equal).
 * Null for values no formula can compare (errors), so callers keep a fixed text.
 * @example stillHolds("E5", 0.649) → 'ISNUMBER(E5),ABS(E5-649/1000)*10^9<=MAX(1,ABS(E5))'
 * @example stillHolds("E5", null) → 'LEN(TRIM(E5&""))=0'
 */
export function stillHolds(ref: string, value: CellValue): string | null {
  // A number, a blank or TRUE/FALSE only places the reference: the conditions are made once per value and the
  // reference joined in (a matrix row's summary tests every judged cell of the row). Text is itself in the condition.
  if (!(value === null || value === undefined || typeof value === "number" || typeof value === "boolean")) return holds(ref, value);
  let pieces = heldPieces.get(value);
  if (pieces === undefined) {
    const test = holds(REF_SLOT, value);
    pieces = test === null ? null : test.split(REF_SLOT);
    if (heldPieces.size >= HELD_CACHE_MAX) heldPieces.clear();
    heldPieces.set(value, pieces);
  }
  return pieces === null ? null : pieces.join(ref);
}

/**
 * One condition TRUE while every cell still holds what was checked: the cells' conditions (`stillHolds`) in one AND
 * under one IFERROR. AND evaluates every argument, so an error in any cell now (text where a number was, "#N/A")
 * makes the whole FALSE; one IFERROR for the row instead of one per cell keeps a matrix row's summary short (it tests
 * every judged cell of the row). Null when some value cannot be compared.
 * @example stillHoldsAll([{ ref: "E5", value: 0.649 }]) → 'IFERROR(AND(ISNUMBER(E5),ABS(E5-649/1000)*10^9<=MAX(1,ABS(E5))),FALSE)'
 */
export function stillHoldsAll(cells: { ref: string; value: CellValue }[]): string | null {
  if (cells.length === 0) return null;
  const parts: string[] = [];
  for (const c of cells) {
    const p = stillHolds(c.ref, c.value);
    if (p === null) return null;
    parts.push(p);
  }
  // A blank or a text is one condition, a number or TRUE/FALSE two: one condition alone needs no AND.
  const one = (v: CellValue) => v === null || v === undefined || typeof v === "string";
  return `IFERROR(${cells.length === 1 && one(cells[0].value) ? parts[0] : `AND(${parts.join(",")})`},FALSE)`;
}

/** Where stillHolds puts the reference in a cached condition: a character no condition on a number holds. */
const REF_SLOT = "\u0000";
/** stillHolds's conditions split at the reference, by value; cleared when full. */
const heldPieces = new Map<number | boolean | null | undefined, string[] | null>();
const HELD_CACHE_MAX = 50_000;

function holds(ref: string, value: CellValue): string | null {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return `LEN(TRIM(${ref}&""))=0`;
  if (value instanceof Date) return holds(ref, Math.round((value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 * 1e6) / 1e6);
  if (typeof value === "boolean") return `${call("ISLOGICAL", ref)},${ref}=${value ? "TRUE" : "FALSE"}`;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_LITERAL) return null;
    return `${call("ISNUMBER", ref)},ABS(${minus(ref, value)})*10^9<=MAX(1,ABS(${ref}))`;
  }
  // A text compared with "=" is FALSE against a number, a date or TRUE/FALSE in Excel, LibreOffice and Sheets alike (no
  // coercion between text and numbers in a comparison), so no ISTEXT is needed beside it.
  if (typeof value === "string") return value.length > 255 ? null : `${ref}=${str(value)}`;
  return null;
}

/**
 * Rewrites a stored (","-separated) formula for hosts and documents in decimal-comma locales:
 * argument separators become ";" and decimal points ",", leaving string literals untouched.
 * Files always store the "," form; this is for display (help texts, the golden file) and for hosts that
 * type formulas the way a user of such a locale would. Function names stay English, which is what
 * Vietnamese-language Excel and Sheets show; for Excel in other languages write the English form through
 * `range.formulas` rather than `formulasLocal`, since names such as IF → WENN are Office's to translate.
 * @example formulaForLocale('IF(E5>=0.65,"Đạt","Chưa đạt")', "semicolon") → 'IF(E5>=0,65;"Đạt";"Chưa đạt")'
 */
export function formulaForLocale(formula: string, style: "comma" | "semicolon"): string {
  if (style === "comma") return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    // String literals and quoted sheet names are copied as they are; a doubled quote re-enters the literal.
    if (c === '"' || c === "'") {
      const end = formula.indexOf(c, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    // A number literal starts with a digit not glued to a name or reference ("A1", "LOG10", "$B$2").
    if (/\d/.test(c) && !/[\w.$]/.test(formula[i - 1] ?? "")) {
      const m = /^\d+(?:\.\d+)?(?:E[+-]?\d+)?/i.exec(formula.slice(i))!;
      out += m[0].replace(".", ",");
      i += m[0].length;
      continue;
    }
    out += c === "," ? ";" : c;
    i++;
  }
  return out;
}
