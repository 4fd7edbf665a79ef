// Facts of a judgement: the numbers and readings a verdict is made of, and how thresholds are compared; no wording here.
import type { CellReading } from "../../number/cell";
import type { Bilingual } from "../../types";
import type { Op, Rule, Unit } from "../schema";
import type { StatusCode, Warning, WarningCode } from "../verdict";

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
 * Everything the explanation needs, as numbers and readings; built by the judges, worded by explain().
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
  /** Deadlines: completion date and as-of date (ISO), and the due day and window start as judged (a yearless target dated). */
  done: string | null;
  asOf: string | null;
  due: string | null;
  start: string | null;
  /** Why a figure could not be judged (no_data, invalid, unreadable) or what needs review; see reasonOf(). */
  reason: Reason | null;
  /** Warnings with their messages (from the parser, or built by warningsOf). */
  warnings: Warning[] | null;
  /** Warnings whose messages are not built yet; see note(). */
  notes: Note[] | null;
  /** Change rules: the change was typed in the cell ("thêm 3 trường"), not computed from a baseline. */
  direct: boolean;
  /** The actual was converted from another unit of the same dimension ("1 giờ 15 phút" to 75 phút). */
  converted: string | null;
}

/** A reason, or a function that words it: words with figures in them are built only when a Verdict is made. */
export type Reason = Bilingual | (() => Bilingual);

export function facts(status: StatusCode, rule: Rule | null, reading: CellReading | null): Facts {
  return {
    status, gap: NaN, need: NaN, ratio: NaN, rule, reading, a: NaN, t: NaN, b: NaN, num: NaN, den: NaN, noun: null,
    unit: null, done: null, asOf: null, due: null, start: null, reason: null, warnings: null, notes: null, direct: false, converted: null,
  };
}

export function fail(status: "no_data" | "invalid" | "unreadable" | "review", rule: Rule | null, reading: CellReading | null, reason: Reason): Facts {
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
export function note(f: Facts, n: Note): void {
  if (f.notes) f.notes.push(n);
  else f.notes = [n];
}

export function warn(f: Facts, code: WarningCode, message: (f: Facts) => Bilingual): void {
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

/** True for a present number (not NaN): absent figures in Facts are NaN. */
export const has = (x: number): boolean => x === x;

/** The actual as typed, for messages; plain numbers (read without text) print as numbers. */
export function txt(r: CellReading): string {
  return r.text !== "" ? r.text : r.kind === "number" ? String(r.value) : "";
}

/** The facts' reason in words, or null. */
export function reasonOf(f: Facts): Bilingual | null {
  if (typeof f.reason === "function") f.reason = f.reason();
  return f.reason;
}

export const EPS = 1e-9;
export const eq = (x: number, y: number) => Math.abs(x - y) <= EPS * Math.max(1, Math.abs(x), Math.abs(y));
export const gt = (x: number, y: number) => x > y && !eq(x, y);
export const lt = (x: number, y: number) => x < y && !eq(x, y);

/** Status of `v` against `op t`, with the Vượt and Gần đạt rules of evaluate.ts. */
export function compareStatus(v: number, op: Op, t: number, tol: number): StatusCode {
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

export const isUp = (op: Op) => op === ">=" || op === ">";
export const isGood = (s: StatusCode) => s === "met" || s === "exceeded";

/**
 * The class a status belongs to when two readings are compared: met and exceeded count as one ("good"), as do not
 * met and near ("short"); every other status is its own class.
 * @example statusClass("exceeded") === statusClass("met") → true
 */
export function statusClass(s: StatusCode): string {
  return s === "exceeded" || s === "met" ? "good" : s === "near" || s === "not_met" ? "short" : s;
}

// What a yes/no statement may hold beside its verb that the yes/no reading leaves unread: a figure, a place, a grade
// or class ("trong nhóm có chỉ số CCHC cao nhất", "đô thị loại I", "thư viện đạt chuẩn trở lên", "đạt 19 tiêu chí").
const UNREAD_IN_STATEMENT = /\d|(?<!\S)(?:top|tốp|thứ|hạng|nhóm|dẫn đầu|cao nhất|loại|mức|cấp độ|bậc|trở lên|tiên tiến|xuất sắc|khá|tốt)(?![^\s,.;:])/iu;

/**
 * A yes/no statement holds something its yes/no reading leaves unread, so text that is no yes/no answer may answer
 * that: asked about (evaluate's unreadInStatement; the formula's boolean does the same), not invalid.
 * @example leavesUnread("đạt chuẩn nông thôn mới nâng cao vào năm 2022") → true
 */
export function leavesUnread(statement: string): boolean {
  return UNREAD_IN_STATEMENT.test(statement);
}

/** A verdict on the figure (as opposed to no data, an invalid figure or an unreadable target). */
export const isVerdict = (s: StatusCode) => s === "met" || s === "exceeded" || s === "near" || s === "not_met" || s === "pending" || s === "overdue";

/** Units needed so that (num + k)/den reaches `op t` (or, for upper bounds, units to remove). */
export function needUnits(num: number, den: number, op: Op, t: number): number {
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

export function ratioOf(v: number, t: number, up: boolean): number {
  const r = up ? (t === 0 ? NaN : v / t) : v === 0 ? NaN : t / v;
  return Number.isFinite(r) ? r : NaN;
}
