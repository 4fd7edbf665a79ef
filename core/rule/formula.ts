// Rule → native spreadsheet formula (English names, "," separators, as stored in .xlsx) yielding the engine's vi labels.
import { GRADE_SCALE, NO_DATA_TEXTS, NO_WORDS, readCell, readChange, YES_WORDS } from "../number/cell";
import type { Bilingual, CellValue } from "../types";
import { roundFloat } from "../number/parse";
import { OPEN_END, type Op, type Rule, type RuleOf, type Unit } from "./schema";
import { STATUS, type PercentScale, type StatusCode } from "./verdict";
import { aboutZone, MIN_POINTS } from "./judge/numeric";

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
}

export type FormulaResult = { ok: true; formula: string } | { ok: false; reason: Bilingual };

/** Formula text is a string; named for reading the builders below. */
type Expr = string;

interface Ctx {
  refs: FormulaRefs;
  scale: PercentScale;
  tolerance: number;
  asOf?: string;
}

/** A compile step either gives formula text or a reason it cannot. */
type Step = { ok: true; expr: Expr } | { ok: false; reason: Bilingual };

const lit = (code: StatusCode): Expr => str(STATUS[code].vi);
const str = (s: string): Expr => `"${s.replaceAll('"', '""')}"`;
const call = (name: string, ...args: Expr[]): Expr => `${name}(${args.join(",")})`;
const IF = (c: Expr, a: Expr, b: Expr): Expr => call("IF", c, a, b);
const ok = (expr: Expr): Step => ({ ok: true, expr });
const no = (vi: string, en: string): Step => ({ ok: false, reason: { vi, en } });

/**
 * A number as formula text: at most 12 significant digits (Excel keeps only 15 digits of a literal), and
 * magnitudes below 1e-300 written as 0, since hosts reject subnormal literals (LibreOffice: Err:502). Every
 * comparison carries a margin of at least 1e-9, so neither rounding moves a verdict.
 */
function num(n: number): Expr {
  const r = Math.abs(n) < 1e-300 ? 0 : roundFloat(n);
  const s = String(r);
  return s.includes("e") ? s.toUpperCase().replace("E+", "E") : s;
}

/** Largest number a rule may carry into a formula: no plan figure comes near it, and sums with margins cannot overflow. */
const MAX_LITERAL = 1e15;

// Sheet-qualified or plain A1 references; anything else (ranges, names with spaces, R1C1) is refused
// so a caller's mistake shows up as a reason instead of a broken formula in a user's file.
const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

/**
 * Compiles a rule to a spreadsheet formula that returns exactly one of the verdict labels
 * (`STATUS[code].vi`). The text uses English function names and "," separators, as stored in
 * .xlsx files, without the leading "="; use `formulaForLocale` to show it to ";"-locale users.
 * Returns `ok: false` with a bilingual reason for rules no native formula can judge; callers then
 * write the engine's verdict as a value. Every kind compiles; refused are a change rule without a
 * baseline cell, a reference rule without a reference cell, a fraction target outside 0 ≤ n ≤ d (d > 0),
 * a due or as-of date that does not exist, numbers that are not finite or beyond ±1e15, and malformed
 * references. Per cell, numbers, blanks, errors, TRUE/FALSE, placeholder texts ("—", "chưa có") and
 * yes/no words are read exactly as the engine reads them; text the engine reads as a figure ("64,9%",
 * "13/14", "mức độ 3", "30/06/2025") is not, so check cells with `formulaReads` first.
 * @example compileFormula({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }, { actual: "E5" }, { percentScale: "fraction" })
 *   → { ok: true, formula: 'IF(ISNA(E5),"Chưa có số liệu",IF(ISERROR(E5),"Số liệu không hợp lệ",…IF(E5-0.65>1E-9,"Vượt",IF(E5-0.65>=-1E-9,"Đạt","Chưa đạt"))…' }
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
  // Two readings that may judge a figure differently: no formula can ask the user, so the engine's verdict is written.
  if (rule.alternative) {
    return {
      ok: false,
      reason: {
        vi: "Chỉ tiêu có hai cách hiểu (cần xác nhận); ghi kết quả dạng giá trị thay cho công thức",
        en: "The target has two readings (needs review); the verdict is written as a value instead of a formula",
      },
    };
  }
  const tolerance = opts.tolerance ?? 0;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    return { ok: false, reason: { vi: "Dung sai phải là số không âm", en: "Tolerance must be a non-negative number" } };
  }
  const ctx: Ctx = { refs, scale: opts.percentScale ?? "auto", tolerance, asOf: opts.asOf };
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
  // "thêm 3 trường", "giảm 4%": the engine judges a typed change directly; no formula reads the words.
  if (mine && rule.kind === "change" && readChange(value)) return false;
  const kind = readCell(value, opts).kind;
  // "chưa tổ chức", "đã công bố": the engine reads these sentences as yes/no; the formula knows only the exact words.
  if (kind === "boolean") return WORDS.has(value.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " "));
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

interface Branches {
  /** The cell holds a number. */
  number: Expr;
  /** Blank, a placeholder text or #N/A. */
  noData: Expr;
  /** A blank cell, when it means something else than a placeholder (deadlines: not done yet). */
  blank?: Expr;
  /** Placeholder words read as `blank` rather than as no data ("chưa báo cáo" on a deadline: not done). */
  blankWords?: readonly string[];
  /** TRUE or FALSE (default: invalid). */
  logical?: Expr;
  /** Any other text (default: invalid). */
  text?: Expr;
}

/**
 * Dispatches on what a cell holds. ISLOGICAL comes before ISNUMBER because LibreOffice counts TRUE as the
 * number 1 while Excel and Sheets do not; ISNA before ISERROR because #N/A means "not available yet".
 */
function cell(ref: string, b: Branches): Expr {
  const blanks = b.blankWords ?? [];
  const texts = b.blank === undefined
    ? IF(isAnyText(ref, NO_DATA_WORDS), b.noData, b.text ?? lit("invalid"))
    : IF(isAnyText(ref, ["", ...blanks]), b.blank, IF(isAnyText(ref, PLACEHOLDERS.filter((w) => !blanks.includes(w))), b.noData, b.text ?? lit("invalid")));
  return IF(
    call("ISNA", ref),
    b.noData,
    IF(call("ISERROR", ref), lit("invalid"), IF(call("ISLOGICAL", ref), b.logical ?? lit("invalid"), IF(call("ISNUMBER", ref), b.number, texts))),
  );
}

/**
 * Spreadsheet "=" on text ignores case, and TRIM collapses inner runs of spaces, as the engine does before
 * matching; CLEAN first drops line breaks and tabs, so a stray Alt+Enter after a placeholder ("chưa có⏎") still
 * reads as one, as the engine's trim does.
 */
function isAnyText(ref: string, words: readonly string[]): Expr {
  const t = `TRIM(CLEAN(${ref}))`;
  return call("OR", ...words.map((w) => (w === "" ? `LEN(${t})=0` : `${t}=${str(w)}`)));
}

// "" stands for a blank or all-space cell; "#n/a" is the error typed as text, which the engine reads as #N/A.
const NO_DATA_WORDS: readonly string[] = ["", ...NO_DATA_TEXTS, "#n/a"];
const PLACEHOLDERS: readonly string[] = [...NO_DATA_TEXTS, "#n/a"];
// "chưa báo cáo", "chưa tổng hợp": on a deadline the task is not done (judge/dates.ts decides the same).
const NOT_YET: readonly string[] = [...NO_DATA_TEXTS].filter((w) => /^chưa (?!có|cập nhật)/u.test(w));

/** The engine's own yes/no word lists (one list, one place), re-exported for callers of the formula compiler. */
export { NO_WORDS, YES_WORDS };
const WORDS: ReadonlySet<string> = new Set([...YES_WORDS, ...NO_WORDS]);

/** A yes/no text cell: `yes` or `no` by the word lists, else invalid. */
function yesNoText(ref: string, yes: Expr, noExpr: Expr): Expr {
  return IF(isAnyText(ref, YES_WORDS), yes, IF(isAnyText(ref, NO_WORDS), noExpr, lit("invalid")));
}

/** The cell's value on the rule's scale: percent rules read plain numbers per the scale (auto: above 1 is points). */
function scaled(ref: string, unit: Unit, scale: PercentScale): Expr {
  if (unit.kind !== "percent" || scale === "fraction") return ref;
  if (scale === "points") return `${ref}/100`;
  return IF(`${ref}>1`, `${ref}/100`, ref);
}

/** A number cell that cannot be a figure of this unit: negative rates and counts. Measures may be negative. */
function impossible(ref: string, unit: Unit): Expr | null {
  return unit.kind === "measure" ? null : `${ref}<0`;
}

/** Guards a number branch with the unit's plausibility check. */
function plausible(ref: string, unit: Unit, body: Expr): Expr {
  const bad = impossible(ref, unit);
  return bad ? IF(bad, lit("invalid"), body) : body;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparing with a threshold, as the engine's compareStatus does: equality within a relative 1e-9 (so 0.65 stored
// as 0.6499999999 still meets 65%), "Vượt" only for inclusive "more is better" bounds, and "Gần đạt" within
// tolerance × |threshold| (+1e-9) on the failing side, never for a threshold of 0.

const EPS = 1e-9;

/** `x - t`, written without "- 0" or "--". */
function minus(x: Expr, t: number): Expr {
  if (t === 0) return x;
  return t < 0 ? `${x}+${num(-t)}` : `${x}-${num(t)}`;
}

/** TRUE when `x op t` holds (met or exceeded), without tolerance: the class the engine compares two readings by. */
function good(x: Expr, op: Op, t: number): Expr {
  const e = num(EPS * Math.max(1, Math.abs(t)));
  const d = minus(x, t);
  switch (op) {
    case ">=": return `${d}>=-${e}`;
    case ">": return `${d}>${e}`;
    case "<=": return `${d}<=${e}`;
    case "<": return `${d}<-${e}`;
    case "=": return `ABS(${d})<=${e}`;
  }
}

/**
 * Auto scale, a plain number in (0, 1]: it is a fraction (0,7 = 70%) or points (0,7%). When the two readings fall in
 * different classes the engine says "Cần xác nhận", and so does the formula. `goodOf` is the class test of one reading.
 */
function scaleReview(a: Expr, ctx: Ctx, unit: Unit, goodOf: (x: Expr) => Expr, body: Expr): Expr {
  if (unit.kind !== "percent" || ctx.scale !== "auto") return body;
  return IF(call("AND", `${a}>0`, `${a}<=1`, `(${goodOf(a)})<>(${goodOf(`${a}/100`)})`), lit("review"), body);
}

/** Status of `x op t` for a constant threshold t. */
function threshold(x: Expr, op: Op, t: number, tol: number): Expr {
  const e = num(EPS * Math.max(1, Math.abs(t)));
  const d = minus(x, t);
  const nearOk = tol > 0 && t !== 0;
  const band = num(tol * Math.abs(t) + EPS);
  const nearBelow = nearOk ? IF(`${d}>=-${band}`, lit("near"), lit("not_met")) : lit("not_met");
  const nearAbove = nearOk ? IF(`${d}<=${band}`, lit("near"), lit("not_met")) : lit("not_met");
  switch (op) {
    case ">=":
      return IF(`${d}>${e}`, lit("exceeded"), IF(`${d}>=-${e}`, lit("met"), nearBelow));
    case ">":
      return IF(`${d}>${e}`, lit("met"), nearBelow);
    case "<=":
      return IF(`${d}<=${e}`, lit("met"), nearAbove);
    case "<":
      return IF(`${d}<-${e}`, lit("met"), nearAbove);
    case "=":
      return IF(`ABS(${d})<=${e}`, lit("met"), nearOk ? IF(`ABS(${d})<=${band}`, lit("near"), lit("not_met")) : lit("not_met"));
  }
}

/** TRUE when `x op y` holds for two cells (met or exceeded), without tolerance. */
function goodLive(x: Expr, op: Op, y: Expr): Expr {
  const eq = `ABS(${x}-${y})<=${num(EPS)}*MAX(1,ABS(${x}),ABS(${y}))`;
  switch (op) {
    case ">=": return call("OR", `${x}>${y}`, eq);
    case ">": return call("AND", `${x}>${y}`, call("NOT", eq));
    case "<=": return call("OR", `${x}<${y}`, eq);
    case "<": return call("AND", `${x}<${y}`, call("NOT", eq));
    case "=": return eq;
  }
}

/** Status of `x op y` when both are cells (reference rules): the same decisions with the epsilon computed live. */
function thresholdLive(x: Expr, op: Op, y: Expr, tol: number): Expr {
  const eq = `ABS(${x}-${y})<=${num(EPS)}*MAX(1,ABS(${x}),ABS(${y}))`;
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
  const x = scaled(a, rule.unit, ctx.scale);
  let body = threshold(x, rule.op, rule.value, ctx.tolerance);
  // "khoảng X": short of it by at most aboutZone(X) is a question, as the engine decides (judge/numeric.ts).
  if (rule.intent === "about") {
    body = IF(good(x, rule.op, rule.value), body, IF(`ABS(${minus(x, rule.value)})<=${num(aboutZone(rule.value, rule.unit) + EPS)}`, lit("review"), body));
  }
  const judged = scaleReview(a, ctx, rule.unit, (x) => good(x, rule.op, rule.value), body);
  return ok(cell(a, { number: plausible(a, rule.unit, judged), noData: lit("no_data") }));
}

function range(rule: RuleOf<"range">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const x = scaled(a, rule.unit, ctx.scale);
  const { min, max, sense } = rule;
  const eMin = num(EPS * Math.max(1, Math.abs(min)));
  const eMax = num(EPS * Math.max(1, Math.abs(max)));
  const dMin = minus(x, min);
  const dMax = minus(x, max);
  const below = rule.minInclusive ? `${dMin}<-${eMin}` : `${dMin}<=${eMin}`;
  const above = rule.maxInclusive ? `${dMax}>${eMax}` : `${dMax}>=-${eMax}`;
  const tol = ctx.tolerance;
  const nearMin = tol > 0 && min !== 0 ? IF(`${dMin}>=-${num(tol * Math.abs(min) + EPS)}`, lit("near"), lit("not_met")) : lit("not_met");
  const nearMax = tol > 0 && max !== 0 ? IF(`${dMax}<=${num(tol * Math.abs(max) + EPS)}`, lit("near"), lit("not_met")) : lit("not_met");
  const body = IF(
    below,
    sense === "down" ? lit("met") : nearMin,
    IF(above, sense === "up" ? lit("exceeded") : nearMax, lit("met")),
  );
  // "khoảng 98–100%": just outside on the failing side is "Cần xác nhận" (aboutZone in the engine).
  const roughly = (inner: Expr): Expr => {
    if (!rule.about) return inner;
    const nearMinQ = `${minus(x, min)}>=-${num(aboutZone(min, rule.unit) + EPS)}`;
    const nearMaxQ = `${minus(x, max)}<=${num(aboutZone(max, rule.unit) + EPS)}`;
    const lowSide = sense === "down" ? lit("met") : IF(nearMinQ, lit("review"), nearMin);
    const highSide = sense === "up" ? lit("exceeded") : IF(nearMaxQ, lit("review"), nearMax);
    return IF(below, lowSide, IF(above, highSide, lit("met")));
  };
  // The class of one reading: inside the band, or outside on the side that is fine.
  const goodOf = (y: Expr): Expr => {
    const lo = rule.minInclusive ? `${minus(y, min)}<-${eMin}` : `${minus(y, min)}<=${eMin}`;
    const hi = rule.maxInclusive ? `${minus(y, max)}>${eMax}` : `${minus(y, max)}>=-${eMax}`;
    const ok: Expr[] = [call("AND", call("NOT", lo), call("NOT", hi))];
    if (sense === "down") ok.push(lo);
    if (sense === "up") ok.push(hi);
    return ok.length === 1 ? ok[0] : call("OR", ...ok);
  };
  return ok(cell(a, { number: plausible(a, rule.unit, scaleReview(a, ctx, rule.unit, goodOf, roughly(body))), noData: lit("no_data") }));
}

function fraction(rule: RuleOf<"fraction">, ctx: Ctx): Step {
  const { numerator: n, denominator: D } = rule;
  if (!(D > 0) || !(n >= 0) || n > D) {
    return no("Chỉ tiêu phân số không hợp lệ (cần 0 ≤ tử số ≤ mẫu số, mẫu số dương)", "The fraction target is not valid (needs 0 ≤ numerator ≤ denominator, denominator > 0)");
  }
  const a = ctx.refs.actual;
  const t = n / D;
  const share = (x: Expr) => threshold(x, ">=", t, ctx.tolerance);
  const rate = scaled(a, { kind: "percent" }, ctx.scale);
  // A rate cannot pass 100% here (the engine calls that invalid rather than judging it).
  const asRate = IF(`${a}<0`, lit("invalid"), IF(`${rate}>${num(1 + EPS)}`, lit("invalid"), scaleReview(a, ctx, { kind: "percent" }, (x) => good(x, ">=", t), share(rate))));
  // In auto, a whole number up to the denominator counts units ("26" of 28 schools); an explicit percent scale
  // says the column holds rates, so every number is a rate on it (as the engine decides in evaluate.ts).
  const body = ctx.scale !== "fraction" && ctx.scale !== "points"
    ? IF(call("AND", `${a}=INT(${a})`, `${a}>=0`, `${a}<=${num(D)}`), share(`${a}/${num(D)}`), asRate)
    : asRate;
  return ok(cell(a, { number: body, noData: lit("no_data") }));
}

function level(rule: RuleOf<"level">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  // A grade ("loại Khá trở lên") is written in words; a number is no grade (as the engine decides).
  const body = rule.scale === GRADE_SCALE ? lit("invalid") : IF(`${a}<0`, lit("invalid"), threshold(a, ">=", rule.level, ctx.tolerance));
  // "Đạt"/"Chưa đạt", TRUE/FALSE answer whether the level was reached, as the engine reads them.
  return ok(cell(a, { number: body, noData: lit("no_data"), logical: IF(a, lit("met"), lit("not_met")), text: yesNoText(a, lit("met"), lit("not_met")) }));
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
  return ok(cell(a, { number: body, noData: lit("no_data") }));
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
  const x = scaled(a, rule.unit, ctx.scale);
  const y = scaled(b, rule.unit, ctx.scale);
  const amount = rule.amount ?? 0;
  const deltaOf = (xx: Expr, yy: Expr) => (rule.direction === "increase" ? `(${xx}-${yy})` : `(${yy}-${xx})`);
  const delta = deltaOf(x, y);
  let body: Expr;
  let goodOf: (xx: Expr, yy: Expr) => Expr;
  switch (rule.mode) {
    case "any":
      body = IF(`${delta}>${num(EPS)}`, lit("met"), lit("not_met"));
      goodOf = (xx, yy) => `${deltaOf(xx, yy)}>${num(EPS)}`;
      break;
    case "absolute":
    case "points":
      body = banded(delta, amount, rule.amountMax, ctx.tolerance);
      goodOf = (xx, yy) => good(deltaOf(xx, yy), ">=", amount);
      break;
    case "percent":
      body = IF(`${b}=0`, lit("invalid"), banded(`${delta}/ABS(${y})`, amount, rule.amountMax, ctx.tolerance));
      goodOf = (xx, yy) => IF(`${yy}<>0`, good(`${deltaOf(xx, yy)}/ABS(${yy})`, ">=", amount), "FALSE");
      break;
    case "times": {
      // Each operand in brackets: "A1/100" over "B1/100" is (A1/100)/(B1/100), not A1/100/B1/100.
      const ratio = (xx: Expr, yy: Expr) => (rule.direction === "increase" ? `((${xx})/(${yy}))` : `((${yy})/(${xx}))`);
      const ok0 = rule.direction === "increase" ? `${y}>0` : call("AND", `${y}>0`, `${x}>0`);
      body = IF(call("NOT", ok0), lit("invalid"), threshold(ratio(x, y), ">=", rule.amount ?? 1, ctx.tolerance));
      // (IF, not AND, guards the division: spreadsheets evaluate every argument of AND.)
      const okOf = (xx: Expr, yy: Expr) => (rule.direction === "increase" ? `${yy}>0` : call("AND", `${yy}>0`, `${xx}>0`));
      goodOf = (xx, yy) => IF(okOf(xx, yy), good(ratio(xx, yy), ">=", rule.amount ?? 1), "FALSE");
      break;
    }
  }
  if (rule.unit.kind === "percent" && ctx.scale === "auto") {
    // Either plain number may also be points; both switch together, as the engine's second reading does.
    const altA = IF(call("AND", `${a}>0`, `${a}<=1`), `${a}/100`, x);
    const altB = IF(call("AND", `${b}>0`, `${b}<=1`), `${b}/100`, y);
    const either = call("OR", call("AND", `${a}>0`, `${a}<=1`), call("AND", `${b}>0`, `${b}<=1`));
    const altValid = rule.mode === "percent" ? `${altB}<>0` : "TRUE";
    body = IF(call("AND", either, altValid, `(${goodOf(x, y)})<>(${goodOf(altA, altB)})`), lit("review"), body);
  }
  // A relative change of a rate smaller than a tenth of a point is not a plan's reading (MIN_POINTS in the engine).
  if (rule.mode === "percent" && rule.unit.kind === "percent") {
    body = IF(call("AND", `${y}>0`, `${y}<=1`, `${num(amount)}*${y}<${num(MIN_POINTS - EPS)}`), lit("invalid"), body);
  }
  // "giảm 20 điểm %" from a rate of 5% cannot happen: invalid, as the engine says.
  if (rule.mode === "points" && rule.unit.kind === "percent" && amount > 0) {
    const impossible = rule.direction === "decrease" ? `${num(amount)}>${y}+${num(EPS)}` : `${y}+${num(amount)}>${num(1 + EPS)}`;
    body = IF(impossible, lit("invalid"), body);
  }
  const baseline = cell(b, { number: plausible(b, rule.unit, body), noData: lit("no_data") });
  return ok(cell(a, { number: plausible(a, rule.unit, baseline), noData: lit("no_data") }));
}

/** At least `amount`, and exceeded only past `max` when the target is a band of changes. */
function banded(x: Expr, amount: number, max: number | undefined, tol: number): Expr {
  if (max === undefined) return threshold(x, ">=", amount, tol);
  const eMax = num(EPS * Math.max(1, Math.abs(max)));
  return IF(`${minus(x, max)}>${eMax}`, lit("exceeded"), IF(good(x, ">=", amount), lit("met"), threshold(x, ">=", amount, tol)));
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
  const x = scaled(a, rule.unit, ctx.scale);
  const y = scaled(r, rule.unit, ctx.scale);
  let body = thresholdLive(x, rule.op, y, ctx.tolerance);
  if (rule.unit.kind === "percent" && ctx.scale === "auto") {
    const altA = IF(call("AND", `${a}>0`, `${a}<=1`), `${a}/100`, x);
    const altR = IF(call("AND", `${r}>0`, `${r}<=1`), `${r}/100`, y);
    const either = call("OR", call("AND", `${a}>0`, `${a}<=1`), call("AND", `${r}>0`, `${r}<=1`));
    body = IF(call("AND", either, `(${goodLive(x, rule.op, y)})<>(${goodLive(altA, rule.op, altR)})`), lit("review"), body);
  }
  const ref = cell(r, { number: plausible(r, rule.unit, body), noData: lit("no_data") });
  return ok(cell(a, { number: plausible(a, rule.unit, ref), noData: lit("no_data") }));
}

function frequency(rule: RuleOf<"frequency">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const body = IF(`${a}<0`, lit("invalid"), threshold(a, rule.op, rule.count, ctx.tolerance));
  return ok(cell(a, { number: body, noData: lit("no_data") }));
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

// Serial day numbers the engine accepts as dates (1 to 9999-12-31).
const MAX_SERIAL = 2958465;

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
  // A window of a month or less, or one exact day, is an event: done before it is not met (as the engine decides).
  const shortWindow = rule.start !== undefined && (rule.notBefore === true || rule.due === OPEN_END || (Date.parse(rule.due) - Date.parse(rule.start)) / 86_400_000 <= 31);
  const inTime = shortWindow ? IF(`INT(${a})<${dateExpr(rule.start!)}`, lit("not_met"), lit("met")) : lit("met");
  const done = IF(call("OR", `${a}<1`, `${a}>${MAX_SERIAL}`), lit("invalid"), IF(`INT(${a})<=${due}`, inTime, lit("not_met")));
  // Blank is "not done yet"; a word meaning no figure yet ("chưa có số liệu", "?") and #N/A are no data, never overdue.
  return ok(cell(a, { number: done, noData: lit("no_data"), blank: open, blankWords: NOT_YET, logical: IF(a, lit("met"), open), text: yesNoText(a, lit("met"), open) }));
}

function zero(rule: RuleOf<"zero">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  const x = scaled(a, rule.unit, ctx.scale);
  const body = plausible(a, rule.unit, IF(`ABS(${x})<=${num(EPS)}`, lit("met"), lit("not_met")));
  // "Có" (it happened) is not zero; "Không" (none happened) is.
  const yes = lit("not_met");
  const noneHappened = lit("met");
  return ok(cell(a, { number: body, noData: lit("no_data"), logical: IF(a, yes, noneHappened), text: yesNoText(a, yes, noneHappened) }));
}

function boolean(rule: RuleOf<"boolean">, ctx: Ctx): Step {
  const a = ctx.refs.actual;
  void rule;
  return ok(
    cell(a, {
      // 1 and 0 are the spreadsheet's own yes and no; any other number is not an answer.
      number: IF(`${a}=1`, lit("met"), IF(`${a}=0`, lit("not_met"), lit("invalid"))),
      noData: lit("no_data"),
      logical: IF(a, lit("met"), lit("not_met")),
      text: yesNoText(a, lit("met"), lit("not_met")),
    }),
  );
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
