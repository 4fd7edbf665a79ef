// How one corpus check comes out (right, refused, confidently wrong): the one rule the scorer script and the ratchet test share.
import { evaluate } from "../../core/rule/evaluate";
import { periodFromText } from "../../core/period/period";
import type { StatusCode, Verdict } from "../../core/rule/verdict";
import type { CheckStatus, CorpusCheck, CorpusRow } from "./corpus";

/** How one check came out. */
export type Outcome = "right" | "refused" | "wrong";

const REFUSING_WARNINGS = new Set(["ambiguous_target", "percent_scale_ambiguous"]);

/** Status classes: met and exceeded are one, not_met and near are one; every other status is its own class. */
function statusClass(s: StatusCode | CheckStatus): string {
  if (s === "met" || s === "exceeded") return "met";
  if (s === "not_met" || s === "near") return "not_met";
  return s;
}

/** Whether the tool declined to give a verdict: it said unreadable or review, or flagged the reading as ambiguous. */
function refused(v: Verdict): boolean {
  return v.status === "unreadable" || v.status === "review" || v.warnings.some((w) => REFUSING_WARNINGS.has(w.code));
}

/**
 * Right when the status class matches; a mismatch the tool flagged is refused; any other mismatch is wrong.
 * @example outcomeOf("met", evaluate("ít nhất 65%", "70%")) → "right"
 */
export function outcomeOf(expected: CheckStatus, v: Verdict): Outcome {
  if (expected === "review" || expected === "refuse") return refused(v) ? "right" : "wrong";
  if (statusClass(expected) === statusClass(v.status)) return "right";
  return refused(v) ? "refused" : "wrong";
}

/**
 * The indicator name or unit a sheet row would give one check. A compound row whose field names each part of the
 * expected reading in turn (`Tỷ lệ xã có hồ bơi; Tỷ lệ xã có kế hoạch dạy bơi`, as many `;`-separated names as the
 * reading has parts) gives a `[part N]` check its N-th name, as a clerk's sheet gives each target its own row and name;
 * any other row or check gets the whole field. `whole` keeps the whole field always (the measure before session 14).
 * @example partField("Tỷ lệ A; Số B", ">= 80 %; >= 2 trường", 2) → "Số B"
 * @example partField("Tỷ lệ A; Số B", ">= 80 %", 2) → "Tỷ lệ A; Số B"
 * `blank` (the unit column): a part the list leaves empty ("%; ", "; ngày") gets no unit, as its own row's empty ĐVT
 * cell would give it, not the whole list (round 39: the whole list made the reader refuse such a part's date or yes/no
 * as "no figure in the unit", a refusal no sheet would see).
 * @example partField("%; ", ">= 80 %; <= 30/6/2025", 2, false, true) → ""
 */
export function partField(field: string, expected: string, part: number | undefined, whole = false, blank = false): string {
  if (whole || !part) return field;
  const names = field.split(";").map((s) => s.trim());
  if (names.length < 2 || names.length !== partCount(expected)) return field;
  return names[part - 1] || (blank ? "" : field);
}

/**
 * How many parts an expected reading has: a `review A or B` counts the parts of its readings when they agree (each
 * reading of a compound row is itself a compound), so its `[part N]` checks get their own names too.
 * @example partCount(">= 80 %; >= 2 trường") → 2
 * @example partCount("review <= 10 độ C; < 7 độ C or < 10 độ C; < 7 độ C") → 2
 */
export function partCount(expected: string): number {
  const review = /^review (.+) or (.+)$/.exec(expected);
  if (!review) return expected.split(";").length;
  const [a, b] = [review[1].split(";").length, review[2].split(";").length];
  return a === b ? a : 0;
}

/**
 * The verdict on one check, with the row's indicator, unit and period as context, as the public evaluate() gives it
 * (a compound row's part names as partField() picks them, unless `whole`).
 * @example judgeCheck(row, row.checks[0]).status → "met"
 */
export function judgeCheck(row: CorpusRow, check: CorpusCheck, whole = false): Verdict {
  return evaluate(row.phrase, check.actual === "" ? null : check.actual, {
    indicator: partField(row.indicator, row.expected, check.part, whole) || undefined,
    unit: partField(row.unit, row.expected, check.part, whole, true) || undefined,
    period: periodFromText(row.period) ?? undefined,
    asOf: check.asOf,
    baseline: check.baseline,
    lang: "vi",
  });
}
