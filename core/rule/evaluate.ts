// The judge: a rule (or target phrase) and an actual cell value → a Verdict with status, gap, ratio and a reason.
import { readCell, type CellReading } from "../number/cell";
import { formatNumber, formatPercent } from "../number/format";
import type { Bilingual, CellValue, Lang } from "../types";
import { canonical } from "./canonical";
import { explain, has, reasonOf, txt } from "./explain";
import { parseTarget, type ParseResult } from "./parse";
import type { Op, Rule, RuleOf, Unit } from "./schema";
import {
  STATUS,
  type EvaluateOptions,
  type PercentScale,
  type StatusCode,
  type Verdict,
  type Warning,
  type WarningCode,
} from "./verdict";

export { has, reasonOf, txt };

/*
 * Decisions (the spreadsheet formulas in core/rule/formula.ts follow the same ones):
 *
 * Vượt (exceeded) — only for "more is better" targets with an inclusive threshold: ≥ compare/reference/frequency
 *   rules, level, fraction, a stated rank ("hạng 6": place 4 exceeds), change by an amount, and ranges with sense
 *   "up" above their top. Strictly better than the threshold → Vượt; equal → Đạt. Strict wordings ("trên 75%",
 *   "cao hơn trung bình", "tăng so với năm trước", "top 5") make "better than the threshold" the target itself, so
 *   they give Đạt, never Vượt. "Less is better" rules (≤, <, reduce, zero, ranges with sense "down") never give
 *   Vượt, so "vượt" is never read as "over the cap". A 100% or n/n target cannot be exceeded by a plausible figure.
 * Equality uses a relative epsilon of 1e-9, so 0.65 stored as 0.6499999999 still meets 65%.
 * Gần đạt (near) — off unless `tolerance` > 0: a figure that misses its threshold t by at most tolerance × |t|.
 *   Thresholds of 0, deadlines and yes/no rules are never "near".
 * No data — null, "", whitespace, the placeholders in NO_DATA_TEXTS ("—", "-", "chưa có", "N/A"…) and the error
 *   value #N/A (Excel's "not available"). Other error values (#DIV/0!, #VALUE!, #REF!…) and unreadable text are
 *   invalid: the cell holds something, and it is wrong.
 * Missing baseline/reference — a change rule without `baseline` (or a reference rule without `reference`) is
 *   "no_data" with warning missing_baseline/missing_reference: the figure cannot be judged yet, nothing is wrong.
 * Percent scale — text with "%" is taken as written. A plain number meeting a percent rule: `fraction` (0.65 = 65%),
 *   `points` (65 = 65%), `auto` (above 1 → points, up to 1 → fraction). In auto, a number in (0, 1] also has the
 *   other reading; when it changes the verdict, the verdict carries percent_scale_ambiguous and says so. Above 1 the
 *   fraction reading (over 100%) is not a plausible rate, so it is not offered.
 * Implausible figures — negative counts or rates and n/d with n > d or d = 0 are invalid; a rate above 100% is
 *   judged but carries implausible_value (gross enrolment rates can pass 100%).
 * Gap — actual − threshold in the rule's unit (fractions for percent rules and for fraction rules' shares, days for
 *   deadlines, places for ranks, achieved − required change for change rules). `need` counts units still to add
 *   (or remove, for "less is better" rules) when a denominator or count makes them countable.
 * Fraction targets ("28/28 trường") — "26/28" and "13/13" compare as shares. With the default `auto` scale a plain
 *   whole number up to the denominator counts units ("26" = 26/28, "1" is 1 school, with actual_interpreted); other
 *   numbers are rates. An explicit `percentScale` says the column holds rates, so every plain number is a rate on
 *   that scale: under `fraction` 1 is 100% (met) and 0,93 is 93%; under `points` 26 is 26% and 100 is 100%. A rate
 *   above 100% is invalid for a fraction target.
 * Deadlines — empty, "Chưa" or #N/A means not done: pending up to the due day, overdue after it. A date (text,
 *   Date, or an Excel serial) is the completion date: by the due day → met, later → not_met. A bare yes ("x",
 *   "Hoàn thành") is met with actual_interpreted (no date to check); a completion date after asOf is judged but
 *   carries implausible_value.
 * Zero targets — "Không" (nothing happened) meets them, "Có" does not.
 * Speed — `judge()` is the allocation-light path (status, gap, need, ratio, no text); `evaluate()` adds canonical
 *   text (cached per rule object) and both explanations.
 */

/**
 * What `judge()` returns: the verdict without any text. Absent numbers are NaN, not null (Verdict uses null):
 * fields that only ever hold doubles stay unboxed, which keeps the fast path free of per-field allocations.
 */
export interface Judgement {
  status: StatusCode;
  /** actual − threshold in the rule's unit; NaN where no numeric gap applies. */
  gap: number;
  /** Units to add (more is better) or remove (less is better) to reach the target; NaN when not countable. */
  need: number;
  /** Completion ratio as in Verdict.ratio; NaN where meaningless. */
  ratio: number;
}

/**
 * Everything the explanation needs, as numbers and readings; built by the judge, worded by explain().
 * `a`/`t` are the actual and the threshold it was compared with, in the rule's unit.
 */
export interface Facts extends Judgement {
  rule: Rule | null;
  reading: CellReading | null;
  a: number;
  t: number;
  /** For change and reference rules: the baseline/reference value in the rule's unit. */
  b: number;
  /** Fraction actuals: numerator and denominator as read (or counted against the rule's denominator). */
  num: number;
  den: number;
  noun: string | null;
  /** The unit the figures were compared in, when it differs from the rule's (a reference rule compared as rates). */
  unit: Unit | null;
  /** Deadlines: completion date and as-of date (ISO). */
  done: string | null;
  asOf: string | null;
  /** Why a figure could not be judged (no_data, invalid, unreadable); see reasonOf(). */
  reason: Reason | null;
  /** Warnings with their messages (from the parser, or built by warningsOf). */
  warnings: Warning[] | null;
  /** Warnings whose messages are not built yet; see warn(). */
  notes: Note[] | null;
}

function facts(status: StatusCode, rule: Rule | null, reading: CellReading | null): Facts {
  return {
    status, gap: NaN, need: NaN, ratio: NaN, rule, reading, a: NaN, t: NaN, b: NaN,
    num: NaN, den: NaN, noun: null, unit: null, done: null, asOf: null, reason: null, warnings: null, notes: null,
  };
}

/** A reason, or a function that words it: words with figures in them are built only when a Verdict is made. */
type Reason = Bilingual | (() => Bilingual);

function fail(status: "no_data" | "invalid" | "unreadable", rule: Rule | null, reading: CellReading | null, reason: Reason): Facts {
  const f = facts(status, rule, reading);
  f.reason = reason;
  return f;
}

/** A warning whose message is worded from the facts only when a Verdict is made. */
export interface Note {
  code: WarningCode;
  message: (f: Facts) => Bilingual;
}

/**
 * Records a warning; its message is built only when a Verdict is made, so judge() formats no text
 * (a million implausible figures cost a million flags, not a million sentences). Notes that read their
 * figures from the facts are shared constants, so recording them allocates nothing but the list.
 */
function note(f: Facts, n: Note): void {
  if (f.notes) f.notes.push(n);
  else f.notes = [n];
}

function warn(f: Facts, code: WarningCode, message: (f: Facts) => Bilingual): void {
  note(f, { code, message });
}

/** The facts' warnings with their messages, built once. */
export function warningsOf(f: Facts): Warning[] {
  if (f.notes) {
    const built = f.notes.map((n) => ({ code: n.code, message: n.message(f) }));
    f.warnings = f.warnings ? [...f.warnings, ...built] : built;
    f.notes = null;
  }
  return f.warnings ?? [];
}

const EPS = 1e-9;
const eq = (x: number, y: number) => Math.abs(x - y) <= EPS * Math.max(1, Math.abs(x), Math.abs(y));
const gt = (x: number, y: number) => x > y && !eq(x, y);
const lt = (x: number, y: number) => x < y && !eq(x, y);

/** Status of `v` against `op t`, with the Vượt and Gần đạt rules above. */
function compareStatus(v: number, op: Op, t: number, tol: number): StatusCode {
  switch (op) {
    case ">=":
      if (gt(v, t)) return "exceeded";
      if (eq(v, t)) return "met";
      return tol > 0 && t !== 0 && t - v <= tol * Math.abs(t) + EPS ? "near" : "not_met";
    case ">":
      if (gt(v, t)) return "met";
      return tol > 0 && t !== 0 && t - v <= tol * Math.abs(t) + EPS ? "near" : "not_met";
    case "<=":
      if (!gt(v, t)) return "met";
      return tol > 0 && t !== 0 && v - t <= tol * Math.abs(t) + EPS ? "near" : "not_met";
    case "<":
      if (lt(v, t)) return "met";
      return tol > 0 && t !== 0 && v - t <= tol * Math.abs(t) + EPS ? "near" : "not_met";
    case "=":
      if (eq(v, t)) return "met";
      return tol > 0 && t !== 0 && Math.abs(v - t) <= tol * Math.abs(t) + EPS ? "near" : "not_met";
  }
}

const isUp = (op: Op) => op === ">=" || op === ">";
const isGood = (s: StatusCode) => s === "met" || s === "exceeded";

/** Units needed so that (num + k)/den reaches `op t` (or, for upper bounds, units to remove). */
function needUnits(num: number, den: number, op: Op, t: number): number {
  const target = t * den;
  let k: number;
  switch (op) {
    case ">=": k = Math.ceil(target - num - EPS * Math.max(1, target)); break;
    case ">": k = Math.floor(target - num + EPS * Math.max(1, target)) + 1; break;
    case "<=": k = Math.ceil(num - target - EPS * Math.max(1, target)); break;
    case "<": k = Math.floor(num - target + EPS * Math.max(1, target)) + 1; break;
    case "=": k = Math.ceil(Math.abs(target - num) - EPS * Math.max(1, target)); break;
  }
  return k > 0 && Number.isFinite(k) ? k : NaN;
}

function ratioOf(v: number, t: number, up: boolean): number {
  const r = up ? (t === 0 ? NaN : v / t) : v === 0 ? NaN : t / v;
  return Number.isFinite(r) ? r : NaN;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the actual as a quantity in the rule's unit. Results go into one scratch record (no allocation per call);
// callers copy what they need before the next read.

interface Quantity {
  value: number;
  /** The other percent reading in auto mode, or NaN when there is none. */
  alt: number;
  num: number;
  den: number;
  noun: string | null;
  /** A rate above 100%. */
  over: boolean;
}
const Q: Quantity = { value: 0, alt: NaN, num: NaN, den: NaN, noun: null, over: false };

const R_EMPTY: Bilingual = { vi: "ô trống, chưa có số liệu", en: "the cell is empty" };
const R_NA: Bilingual = { vi: "#N/A: chưa có giá trị", en: "#N/A: value not available" };

/** Shared handling of non-figures: empty and #N/A are no data; other errors, yes/no and text are invalid. */
function notAFigure(rule: Rule, r: CellReading, what: Bilingual): Facts {
  switch (r.kind) {
    case "empty":
      return fail("no_data", rule, r, r.text ? { vi: `"${r.text}" nghĩa là chưa có số liệu`, en: `"${r.text}" means no data yet` } : R_EMPTY);
    case "error":
      return r.code === "#N/A"
        ? fail("no_data", rule, r, R_NA)
        : fail("invalid", rule, r, () => ({ vi: `ô báo lỗi ${r.code}`, en: `the cell shows the error ${r.code}` }));
    case "text":
      return fail("invalid", rule, r, r.reason);
    default:
      return fail("invalid", rule, r, () => ({
        vi: `"${txt(r)}" không phải là ${what.vi}`,
        en: `"${txt(r)}" is not ${what.en}`,
      }));
  }
}

const W_PERCENT: Bilingual = { vi: "một tỷ lệ", en: "a rate" };
const W_COUNT: Bilingual = { vi: "một số lượng", en: "a count" };
const W_NUMBER: Bilingual = { vi: "một số", en: "a number" };

/** Reads `r` as a value of `unit` into Q; returns a failing Facts when it cannot. */
function quantity(rule: Rule, r: CellReading, unit: Unit, scale: PercentScale): Facts | null {
  Q.alt = NaN;
  Q.num = NaN;
  Q.den = NaN;
  Q.noun = null;
  Q.over = false;
  if (r.kind === "number") {
    const v = r.value;
    Q.noun = r.noun ?? null;
    if (unit.kind === "percent") {
      if (r.percent) Q.value = v;
      else if (scale === "fraction") Q.value = v;
      else if (scale === "points") Q.value = v / 100;
      else if (v > 1) Q.value = v / 100;
      else {
        Q.value = v;
        if (v > 0) Q.alt = v / 100;
      }
      if (Q.value < 0) return negative(rule, r, W_PERCENT);
      Q.over = Q.value > 1 + EPS;
      return null;
    }
    if (r.percent) {
      return fail("invalid", rule, r, () => ({
        vi: `"${txt(r)}" là tỷ lệ, chỉ tiêu cần ${unit.kind === "count" ? "số lượng" : "số đo"}`,
        en: `"${txt(r)}" is a rate; the target needs ${unit.kind === "count" ? "a count" : "a measure"}`,
      }));
    }
    if (unit.kind === "count" && v < 0) return negative(rule, r, W_COUNT);
    Q.value = v;
    return null;
  }
  if (r.kind === "fraction") {
    const bad = badFraction(rule, r);
    if (bad) return bad;
    Q.num = r.numerator;
    Q.den = r.denominator;
    Q.noun = r.noun ?? null;
    if (unit.kind === "percent") {
      Q.value = r.numerator / r.denominator;
      return null;
    }
    // A count target met by "22/28": the numerator is the count.
    Q.value = r.numerator;
    return null;
  }
  return notAFigure(rule, r, unit.kind === "percent" ? W_PERCENT : unit.kind === "count" ? W_COUNT : W_NUMBER);
}

function negative(rule: Rule, r: CellReading, what: Bilingual): Facts {
  return fail("invalid", rule, r, () => ({ vi: `${what.vi} không thể âm ("${txt(r)}")`, en: `${what.en} cannot be negative ("${txt(r)}")` }));
}

function badFraction(rule: Rule, r: Extract<CellReading, { kind: "fraction" }>): Facts | null {
  if (r.denominator <= 0 || r.numerator < 0) {
    return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}": mẫu số phải dương, tử số không âm`, en: `"${txt(r)}": the denominator must be positive and the numerator not negative` }));
  }
  if (r.numerator > r.denominator) {
    return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}": tử số lớn hơn mẫu số`, en: `"${txt(r)}": the numerator is larger than the denominator` }));
  }
  return null;
}

/** The rate f.a is above 100%. */
const OVER_100: Note = {
  code: "implausible_value",
  message: (f) => ({ vi: `tỷ lệ ${formatPercent(f.a, "vi")} lớn hơn 100%`, en: `the rate ${formatPercent(f.a, "en")} is above 100%` }),
};

function ambiguous(plain: number): Bilingual {
  return {
    vi: `${formatNumber(plain, "vi", 6)} có thể là ${formatPercent(plain, "vi")} hoặc ${formatPercent(plain / 100, "vi", 4)}, hai cách đọc cho kết quả khác nhau; ghi rõ dấu % hoặc chọn thang tỷ lệ`,
    en: `${formatNumber(plain, "en", 6)} may mean ${formatPercent(plain, "en")} or ${formatPercent(plain / 100, "en", 4)}, and the two readings give different results; write the % sign or choose a percent scale`,
  };
}

/** The plain number f.a (or, for change and reference rules, f.b) reads differently as a fraction and as points. */
const AMBIGUOUS_A: Note = { code: "percent_scale_ambiguous", message: (f) => ambiguous(f.a) };
const AMBIGUOUS_B: Note = { code: "percent_scale_ambiguous", message: (f) => ambiguous(f.b) };

// ---------------------------------------------------------------------------------------------------------------
// One judge per rule kind.

interface Ctx {
  scale: PercentScale;
  tol: number;
  opts: EvaluateOptions | undefined;
}

function judgeCompare(rule: RuleOf<"compare">, r: CellReading, c: Ctx): Facts {
  const bad = quantity(rule, r, rule.unit, c.scale);
  if (bad) return bad;
  return thresholdFacts(rule, r, rule.op, rule.value, rule.unit, c);
}

/** Shared by compare, reference and frequency: Q holds the actual; judge it against `op t`. */
function thresholdFacts(rule: Rule, r: CellReading, op: Op, t: number, unit: Unit, c: Ctx): Facts {
  const a = Q.value;
  const alt = Q.alt;
  const f = facts(compareStatus(a, op, t, c.tol), rule, r);
  f.a = a;
  f.t = t;
  f.gap = a - t;
  f.ratio = op === "=" ? ratioOf(a, t, true) : ratioOf(a, t, isUp(op));
  f.num = Q.num;
  f.den = Q.den;
  f.noun = Q.noun ?? (unit.kind === "count" ? (unit.noun ?? null) : null);
  if (!isGood(f.status)) {
    if (f.den > 0 && unit.kind === "percent") f.need = needUnits(f.num, f.den, op, t);
    else if (unit.kind === "count") f.need = needUnits(a, 1, op, t);
  }
  if (Q.over) note(f, OVER_100);
  if (!Number.isNaN(alt) && compareStatus(alt, op, t, c.tol) !== f.status) note(f, AMBIGUOUS_A);
  return f;
}

function judgeRange(rule: RuleOf<"range">, r: CellReading, c: Ctx): Facts {
  const bad = quantity(rule, r, rule.unit, c.scale);
  if (bad) return bad;
  const a = Q.value;
  const f = rangeFacts(rule, a, c.tol);
  f.reading = r;
  f.num = Q.num;
  f.den = Q.den;
  f.noun = Q.noun ?? (rule.unit.kind === "count" ? (rule.unit.noun ?? null) : null);
  if (!isGood(f.status)) {
    const op: Op = f.t === rule.min ? (rule.minInclusive ? ">=" : ">") : rule.maxInclusive ? "<=" : "<";
    if (f.den > 0 && rule.unit.kind === "percent") f.need = needUnits(f.num, f.den, op, f.t);
    else if (rule.unit.kind === "count") f.need = needUnits(a, 1, op, f.t);
  }
  if (Q.over) note(f, OVER_100);
  const alt = Q.alt;
  if (!Number.isNaN(alt) && rangeFacts(rule, alt, c.tol).status !== f.status) note(f, AMBIGUOUS_A);
  return f;
}

function rangeFacts(rule: RuleOf<"range">, a: number, tol: number): Facts {
  const below = rule.minInclusive ? lt(a, rule.min) : !gt(a, rule.min);
  const above = rule.maxInclusive ? gt(a, rule.max) : !lt(a, rule.max);
  const sense = rule.sense;
  let status: StatusCode;
  let t: number;
  if (below) {
    t = rule.min;
    status = sense === "down" ? "met" : tol > 0 && rule.min !== 0 && rule.min - a <= tol * Math.abs(rule.min) + EPS ? "near" : "not_met";
  } else if (above) {
    t = rule.max;
    status = sense === "up" ? "exceeded" : tol > 0 && rule.max !== 0 && a - rule.max <= tol * Math.abs(rule.max) + EPS ? "near" : "not_met";
  } else {
    status = "met";
    t = sense === "down" ? rule.max : rule.min;
  }
  const f = facts(status, rule, null);
  f.a = a;
  f.t = t;
  if (sense === "up") {
    f.gap = a - rule.min;
    f.ratio = ratioOf(a, rule.min, true);
  } else if (sense === "down") {
    f.gap = a - rule.max;
    f.ratio = ratioOf(a, rule.max, false);
  } else {
    f.gap = below ? a - rule.min : above ? a - rule.max : 0;
    f.ratio = below ? ratioOf(a, rule.min, true) : above ? ratioOf(a, rule.max, false) : 1;
  }
  return f;
}

function judgeFraction(rule: RuleOf<"fraction">, r: CellReading, c: Ctx): Facts {
  const D = rule.denominator;
  if (!(D > 0) || !(rule.numerator >= 0) || rule.numerator > D) {
    return fail("unreadable", rule, r, { vi: "chỉ tiêu phân số không hợp lệ", en: "the fraction target is not valid" });
  }
  const t = rule.numerator / D;
  let share: number;
  let num = NaN;
  let den = NaN;
  let alt = NaN;
  let counted = false;
  if (r.kind === "fraction") {
    const bad = badFraction(rule, r);
    if (bad) return bad;
    num = r.numerator;
    den = r.denominator;
    share = num / den;
  } else if (c.scale === "auto" && r.kind === "number" && !r.percent && Number.isInteger(r.value) && r.value >= 0 && r.value <= D) {
    // A whole number up to the denominator counts units ("26" of 28 schools), not a rate; unless the caller
    // said the column holds rates (an explicit percent scale), which the branch below reads by that scale.
    num = r.value;
    den = D;
    share = num / D;
    counted = true;
  } else {
    const bad = quantity(rule, r, { kind: "percent" }, c.scale);
    if (bad) return bad;
    share = Q.value;
    alt = Q.alt;
    if (Q.over) {
      return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}" lớn hơn 100%`, en: `"${txt(r)}" is above 100%` }));
    }
  }
  const f = facts(compareStatus(share, ">=", t, c.tol), rule, r);
  f.a = share;
  f.t = t;
  f.gap = share - t;
  f.ratio = ratioOf(share, t, true);
  f.num = num;
  f.den = den;
  f.noun = rule.noun ?? (r.kind === "fraction" ? (r.noun ?? null) : null);
  if (!isGood(f.status) && den > 0) f.need = needUnits(num, den, ">=", t);
  if (counted && r.kind === "number" && r.value === 1 && D > 1) {
    warn(f, "actual_interpreted", () => ({
      vi: `1 được hiểu là 1/${formatNumber(D, "vi")}${rule.noun ? ` ${rule.noun}` : ""}, không phải 100%`,
      en: `1 was read as 1 of ${formatNumber(D, "en")}, not as 100%`,
    }));
  }
  if (!Number.isNaN(alt) && compareStatus(alt, ">=", t, c.tol) !== f.status) note(f, AMBIGUOUS_A);
  return f;
}

function judgeLevel(rule: RuleOf<"level">, r: CellReading, c: Ctx): Facts {
  let v: number;
  if (r.kind === "level") v = r.value;
  else if (r.kind === "number" && !r.percent) v = r.value;
  else return notAFigure(rule, r, { vi: "một mức độ", en: "a level" });
  if (v < 0) return negative(rule, r, { vi: "mức độ", en: "a level" });
  const f = facts(compareStatus(v, ">=", rule.level, c.tol), rule, r);
  f.a = v;
  f.t = rule.level;
  f.gap = v - rule.level;
  f.ratio = ratioOf(v, rule.level, true);
  return f;
}

function judgeRank(rule: RuleOf<"rank">, r: CellReading, c: Ctx): Facts {
  let v: number;
  if (r.kind === "rank") v = r.value;
  else if (r.kind === "number" && !r.percent) v = r.value;
  else return notAFigure(rule, r, { vi: "một thứ hạng", en: "a rank" });
  const of = r.kind === "rank" && r.of !== undefined ? r.of : rule.of;
  if (!Number.isInteger(v) || v < 1 || (of !== undefined && v > of)) {
    return fail("invalid", rule, r, () => ({
      vi: `"${txt(r)}" không phải là thứ hạng hợp lệ${of !== undefined ? ` (1–${of})` : ""}`,
      en: `"${txt(r)}" is not a valid rank${of !== undefined ? ` (1–${of})` : ""}`,
    }));
  }
  let status: StatusCode;
  if (v < rule.rank) status = rule.top ? "met" : "exceeded";
  else if (v === rule.rank) status = "met";
  else status = c.tol > 0 && v - rule.rank <= c.tol * rule.rank + EPS ? "near" : "not_met";
  const f = facts(status, rule, r);
  f.a = v;
  f.t = rule.rank;
  f.gap = v - rule.rank;
  f.ratio = ratioOf(v, rule.rank, false);
  return f;
}

function judgeChange(rule: RuleOf<"change">, r: CellReading, c: Ctx): Facts {
  const bad = quantity(rule, r, rule.unit, c.scale);
  if (bad) return bad;
  const a = Q.value;
  const aAlt = Q.alt;
  const aOver = Q.over;
  const num = Q.num;
  const den = Q.den;
  const baseRaw = c.opts?.baseline;
  const br = baseRaw === undefined ? null : readCell(baseRaw);
  if (br === null || br.kind === "empty" || (br.kind === "error" && br.code === "#N/A")) {
    const f = fail("no_data", rule, r, () => ({
      vi: `thiếu số liệu gốc${rule.baselineLabel ? ` (${rule.baselineLabel})` : ""} để so sánh`,
      en: `the baseline${rule.baselineLabel ? ` (${rule.baselineLabel})` : ""} to compare with is missing`,
    }));
    warn(f, "missing_baseline", () => ({
      vi: "chỉ tiêu thay đổi cần số liệu gốc (tùy chọn baseline)",
      en: "a change target needs a baseline value (baseline option)",
    }));
    return f;
  }
  const badB = quantity(rule, br, rule.unit, c.scale);
  if (badB) {
    badB.reading = r;
    const why = reasonOf(badB);
    badB.reason = { vi: `số liệu gốc: ${why?.vi ?? ""}`, en: `baseline: ${why?.en ?? ""}` };
    return badB;
  }
  const b = Q.value;
  const bAlt = Q.alt;
  const status = (av: number, bv: number): StatusCode | Bilingual => {
    const delta = rule.direction === "increase" ? av - bv : bv - av;
    switch (rule.mode) {
      case "any":
        return compareStatus(delta, ">", 0, 0);
      case "absolute":
      case "points":
        return compareStatus(delta, ">=", rule.amount ?? 0, c.tol);
      case "percent":
        if (bv === 0) return { vi: "số liệu gốc bằng 0, không tính được thay đổi theo %", en: "the baseline is 0, so a relative change cannot be computed" };
        return compareStatus(delta / Math.abs(bv), ">=", rule.amount ?? 0, c.tol);
    }
  };
  const s = status(a, b);
  if (typeof s !== "string") return fail("invalid", rule, r, s);
  const delta = rule.direction === "increase" ? a - b : b - a;
  const achieved = rule.mode === "percent" ? delta / Math.abs(b) : delta;
  const required = rule.mode === "any" ? 0 : (rule.amount ?? 0);
  const f = facts(s, rule, r);
  f.a = a;
  f.b = b;
  f.t = required;
  f.gap = achieved - required;
  f.ratio = rule.mode === "any" || required === 0 ? NaN : ratioOf(achieved, required, true);
  f.num = num;
  f.den = den;
  if (aOver) note(f, OVER_100);
  if (!Number.isNaN(aAlt) || !Number.isNaN(bAlt)) {
    const s2 = status(Number.isNaN(aAlt) ? a : aAlt, Number.isNaN(bAlt) ? b : bAlt);
    if (s2 !== s) note(f, Number.isNaN(aAlt) ? AMBIGUOUS_B : AMBIGUOUS_A);
  }
  if (rule.perYear) {
    warn(f, "actual_interpreted", () => ({
      vi: "mức thay đổi mỗi năm được so với số liệu gốc của một năm",
      en: "the per-year change was compared with a one-year baseline",
    }));
  }
  return f;
}

function judgeReference(rule: RuleOf<"reference">, r: CellReading, c: Ctx): Facts {
  const refRaw = c.opts?.reference;
  const rr = refRaw === undefined ? null : readCell(refRaw);
  // "cao hơn trung bình Thành phố" rarely names its unit: a "%" on either figure makes the comparison one of rates.
  const unit: Unit = rule.unit.kind !== "percent" && (isPercentText(r) || (rr !== null && isPercentText(rr))) ? { kind: "percent" } : rule.unit;
  const bad = quantity(rule, r, unit, c.scale);
  if (bad) return bad;
  const a = Q.value;
  const aAlt = Q.alt;
  const aOver = Q.over;
  if (rr === null || rr.kind === "empty" || (rr.kind === "error" && rr.code === "#N/A")) {
    const f = fail("no_data", rule, r, () => ({
      vi: `thiếu giá trị so sánh (${rule.reference})`,
      en: `the reference value (${rule.reference}) is missing`,
    }));
    warn(f, "missing_reference", () => ({
      vi: "chỉ tiêu so sánh cần giá trị tham chiếu (tùy chọn reference)",
      en: "a comparison target needs a reference value (reference option)",
    }));
    return f;
  }
  const badR = quantity(rule, rr, unit, c.scale);
  if (badR) {
    badR.reading = r;
    const why = reasonOf(badR);
    badR.reason = { vi: `giá trị so sánh: ${why?.vi ?? ""}`, en: `reference: ${why?.en ?? ""}` };
    return badR;
  }
  const ref = Q.value;
  const refAlt = Q.alt;
  Q.value = a;
  Q.alt = NaN;
  Q.num = NaN;
  Q.den = NaN;
  Q.noun = null;
  Q.over = aOver;
  const f = thresholdFacts(rule, r, rule.op, ref, unit, c);
  f.b = ref;
  if (unit !== rule.unit) f.unit = unit;
  if (!Number.isNaN(aAlt) || !Number.isNaN(refAlt)) {
    const s2 = compareStatus(Number.isNaN(aAlt) ? a : aAlt, rule.op, Number.isNaN(refAlt) ? ref : refAlt, c.tol);
    if (s2 !== f.status) note(f, Number.isNaN(aAlt) ? AMBIGUOUS_B : AMBIGUOUS_A);
  }
  return f;
}

function isPercentText(r: CellReading): boolean {
  return r.kind === "number" && r.percent;
}

function judgeFrequency(rule: RuleOf<"frequency">, r: CellReading, c: Ctx): Facts {
  const unit: Unit = { kind: "count", noun: rule.noun };
  const bad = quantity(rule, r, unit, c.scale);
  if (bad) return bad;
  return thresholdFacts(rule, r, rule.op, rule.count, unit, c);
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date where the code runs, ISO. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

function judgeDeadline(rule: RuleOf<"deadline">, r: CellReading, c: Ctx): Facts {
  const asOfOpt = c.opts?.asOf;
  if (asOfOpt !== undefined && (!ISO.test(asOfOpt) || Number.isNaN(Date.parse(asOfOpt)))) {
    return fail("invalid", rule, r, () => ({ vi: `ngày đánh giá "${asOfOpt}" không đúng dạng yyyy-mm-dd`, en: `the as-of date "${asOfOpt}" is not yyyy-mm-dd` }));
  }
  const asOf = asOfOpt ?? todayIso();
  const due = rule.due;
  const notDone = r.kind === "empty" || (r.kind === "boolean" && !r.value) || (r.kind === "error" && r.code === "#N/A");
  if (notDone) {
    const f = facts(asOf <= due ? "pending" : "overdue", rule, r);
    f.asOf = asOf;
    f.gap = daysBetween(due, asOf);
    return f;
  }
  if (r.kind === "boolean") {
    const f = facts("met", rule, r);
    f.asOf = asOf;
    warn(f, "actual_interpreted", () => ({
      vi: `"${txt(r)}" được hiểu là đã hoàn thành đúng hạn (không có ngày hoàn thành)`,
      en: `"${txt(r)}" was read as completed on time (no completion date given)`,
    }));
    return f;
  }
  if (r.kind !== "date") return notAFigure(rule, r, { vi: "một ngày hoàn thành", en: "a completion date" });
  const f = facts(r.iso <= due ? "met" : "not_met", rule, r);
  f.done = r.iso;
  f.asOf = asOf;
  f.gap = daysBetween(due, r.iso);
  if (r.iso > asOf) {
    warn(f, "implausible_value", () => ({
      vi: `ngày hoàn thành ${txt(r)} sau ngày đánh giá`,
      en: `the completion date ${txt(r)} is after the as-of date`,
    }));
  }
  return f;
}

function judgeZero(rule: RuleOf<"zero">, r: CellReading, c: Ctx): Facts {
  if (r.kind === "boolean") {
    // "Không" (none happened) is zero; "Có" (it happened) is not.
    const f = facts(r.value ? "not_met" : "met", rule, r);
    f.t = 0;
    return f;
  }
  const bad = quantity(rule, r, rule.unit, c.scale);
  if (bad) return bad;
  const v = Q.value;
  const f = facts(eq(v, 0) ? "met" : "not_met", rule, r);
  f.a = v;
  f.t = 0;
  f.gap = v;
  f.num = Q.num;
  f.den = Q.den;
  if (rule.unit.kind === "count" && f.status === "not_met") f.need = Math.ceil(v - EPS);
  return f;
}

function judgeBoolean(rule: RuleOf<"boolean">, r: CellReading): Facts {
  let v: boolean;
  if (r.kind === "boolean") v = r.value;
  else if (r.kind === "number" && !r.percent && (r.value === 0 || r.value === 1)) v = r.value === 1;
  else return notAFigure(rule, r, { vi: "câu trả lời có/không", en: "a yes/no answer" });
  return facts(v ? "met" : "not_met", rule, r);
}

/** The exhaustive switch over rule kinds: a new kind in schema.ts fails to compile here until it is judged. */
function judgeReading(rule: Rule, r: CellReading, c: Ctx): Facts {
  switch (rule.kind) {
    case "compare": return judgeCompare(rule, r, c);
    case "range": return judgeRange(rule, r, c);
    case "fraction": return judgeFraction(rule, r, c);
    case "level": return judgeLevel(rule, r, c);
    case "rank": return judgeRank(rule, r, c);
    case "change": return judgeChange(rule, r, c);
    case "reference": return judgeReference(rule, r, c);
    case "frequency": return judgeFrequency(rule, r, c);
    case "deadline": return judgeDeadline(rule, r, c);
    case "zero": return judgeZero(rule, r, c);
    case "boolean": return judgeBoolean(rule, r);
    default: {
      const never: never = rule;
      return fail("unreadable", null, r, () => ({ vi: `loại chỉ tiêu lạ: ${String((never as { kind?: unknown }).kind)}`, en: `unknown target kind: ${String((never as { kind?: unknown }).kind)}` }));
    }
  }
}

function readFor(rule: Rule, actual: CellValue): CellReading {
  // Numbers skip readCell's text rendering: the judge formats numbers itself.
  if (typeof actual === "number" && rule.kind !== "deadline") {
    return Number.isFinite(actual)
      ? { kind: "number", value: actual, percent: false, text: "" }
      : { kind: "text", text: String(actual), reason: { vi: "số không hữu hạn", en: "not a finite number" } };
  }
  if (rule.kind === "deadline") return readCell(actual, { expect: "date" });
  if (rule.kind === "rank") return readCell(actual, { expect: "rank" });
  if (rule.kind === "level" && rule.scale) return readCell(actual, { scale: rule.scale });
  return readCell(actual);
}

const DEFAULT_CTX: Ctx = { scale: "auto", tol: 0, opts: undefined };

function ctxOf(opts: EvaluateOptions | undefined): Ctx {
  if (opts === undefined) return DEFAULT_CTX;
  const tol = opts?.tolerance;
  const scale = opts?.percentScale;
  return {
    scale: scale === "fraction" || scale === "points" ? scale : "auto",
    tol: typeof tol === "number" && tol > 0 && Number.isFinite(tol) ? tol : 0,
    opts,
  };
}

/**
 * Judges a pre-parsed rule against an actual and returns the facts explanations are made from. Never throws.
 * Hosts that judge many cells keep these and call toVerdict() only for what they show.
 * @example judgeFacts(rule("≥ 90%"), "7.910/9.232") → { status: "not_met", need: 399, a: 0.8568…, t: 0.9, … }
 */
export function judgeFacts(rule: Rule, actual: CellValue, opts?: EvaluateOptions): Facts {
  try {
    if (rule === null || typeof rule !== "object") {
      return fail("unreadable", null, null, { vi: "không có chỉ tiêu", en: "no target given" });
    }
    return judgeReading(rule, readFor(rule, actual), ctxOf(opts));
  } catch (e) {
    return fail("invalid", rule ?? null, null, () => ({
      vi: `lỗi khi đánh giá: ${e instanceof Error ? e.message : String(e)}`,
      en: `error while judging: ${e instanceof Error ? e.message : String(e)}`,
    }));
  }
}

/**
 * Fast path without any text: status, gap, need and ratio for a pre-parsed rule.
 * @example judge({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }, 0.7).status → "exceeded"
 */
export function judge(rule: Rule, actual: CellValue, opts?: EvaluateOptions): Judgement {
  return judgeFacts(rule, actual, opts);
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts with text.

const CANON = new WeakMap<Rule, Bilingual>();

function canonicalOf(rule: Rule): Bilingual {
  let c = CANON.get(rule);
  if (!c) {
    c = { vi: safeCanonical(rule, "vi"), en: safeCanonical(rule, "en") };
    CANON.set(rule, c);
  }
  return c;
}

function safeCanonical(rule: Rule, lang: Lang): string {
  try {
    return canonical(rule, lang);
  } catch {
    return rule.text ?? rule.kind;
  }
}

const PARSED = new Map<string, ParseResult>();
const PARSED_MAX = 5000;

function parseCached(text: string, opts: EvaluateOptions | undefined): ParseResult {
  const key = opts?.indicator ? `${opts.indicator}\u0000${text}` : text;
  let p = PARSED.get(key);
  if (!p) {
    p = parseTarget(text, opts?.indicator ? { indicator: opts.indicator } : undefined);
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    PARSED.set(key, p);
  }
  return p;
}

/**
 * Turns facts into the public Verdict, with labels, canonical text and explanations in both languages.
 * @example toVerdict(judgeFacts(rule("≥ 65%"), "70%"), "en").explanation → "Exceeded: 70% > 65% (5 percentage points above)"
 */
export function toVerdict(f: Facts, lang: Lang = "vi"): Verdict {
  const st = STATUS[f.status];
  const canon = f.rule ? canonicalOf(f.rule) : { vi: "", en: "" };
  const warnings = warningsOf(f);
  const explanations: Bilingual = { vi: explain(f, "vi", canon.vi), en: explain(f, "en", canon.en) };
  const gap: Verdict["gap"] = { value: has(f.gap) ? f.gap : null };
  if (f.need === f.need) gap.need = f.noun ? { count: f.need, noun: f.noun } : { count: f.need };
  const v: Verdict = {
    status: f.status,
    label: st[lang],
    labels: { vi: st.vi, en: st.en },
    symbol: st.symbol,
    gap,
    ratio: has(f.ratio) ? f.ratio : null,
    canonical: canon[lang],
    explanation: explanations[lang],
    explanations,
    warnings,
    actualText: actualText(f, lang),
  };
  if (f.rule) v.rule = f.rule;
  return v;
}

/** The actual as understood, for display: "63,2%", "7.910/9.232", "mức độ 3", "30/06/2025". */
export function actualText(f: Facts, lang: Lang): string {
  const r = f.reading;
  if (!r || r.kind === "empty") return "";
  const rule = f.rule;
  if (r.kind === "fraction") return `${formatNumber(r.numerator, lang)}/${formatNumber(r.denominator, lang)}`;
  if (rule && has(f.a) && (r.kind === "number" || r.kind === "level" || r.kind === "rank")) {
    const unit = "unit" in rule ? rule.unit : null;
    if (rule.kind === "fraction" && f.den > 0) return `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}`;
    if (unit?.kind === "percent" || rule.kind === "fraction") return formatPercent(f.a, lang);
    return formatNumber(f.a, lang);
  }
  return txt(r);
}

/**
 * Judges an actual value against a target (a Rule, or target text parsed with parseTarget). Never throws.
 * @example evaluate("ít nhất 65%", "63,2%").explanation → "Chưa đạt: 63,2% < 65% (thiếu 1,8 điểm %)"
 * @example evaluate("ít nhất 65%", 0.7, { lang: "en" }).status → "exceeded"
 */
export function evaluate(target: Rule | string, actual: CellValue, opts?: EvaluateOptions): Verdict {
  const lang: Lang = opts?.lang === "en" ? "en" : "vi";
  try {
    let rule: Rule;
    let parseWarnings: Warning[] = [];
    if (typeof target === "string") {
      const p = parseCached(target, opts);
      if (!p.ok) {
        const { message, fragment } = p.error;
        const quote = (m: string) => (fragment && !m.includes(fragment) ? `${m} ("${fragment}")` : m);
        const f = fail("unreadable", null, null, { vi: quote(message.vi), en: quote(message.en) });
        return toVerdict(f, lang);
      }
      rule = p.rule;
      parseWarnings = p.warnings;
    } else {
      rule = target;
    }
    const f = judgeFacts(rule, actual, opts);
    if (parseWarnings.length > 0) f.warnings = [...parseWarnings, ...(f.warnings ?? [])];
    return toVerdict(f, lang);
  } catch (e) {
    const st = STATUS.invalid;
    const msg = e instanceof Error ? e.message : String(e);
    return {
      status: "invalid",
      label: st[lang],
      labels: { vi: st.vi, en: st.en },
      symbol: st.symbol,
      gap: { value: null },
      ratio: null,
      canonical: "",
      explanation: lang === "vi" ? `${st.vi}: lỗi khi đánh giá (${msg})` : `${st.en}: error while judging (${msg})`,
      explanations: { vi: `${st.vi}: lỗi khi đánh giá (${msg})`, en: `${st.en}: error while judging (${msg})` },
      warnings: [],
      actualText: "",
    };
  }
}
