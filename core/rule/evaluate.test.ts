// Tests for the judge: every rule kind met, not met, exceeded, near, at the threshold, without data and invalid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { periodFromText } from "../period/period";
import { evaluate, judge } from "./evaluate";
import { RULE_KINDS, type Rule, type RuleKind, type Unit } from "./schema";
import type { EvaluateOptions, StatusCode } from "./verdict";

const P: Unit = { kind: "percent" };
const atLeast = (value: number, unit: Unit = P): Rule => ({ kind: "compare", op: ">=", value, unit, intent: "plain" });
const above = (value: number, unit: Unit = P): Rule => ({ kind: "compare", op: ">", value, unit, intent: "plain" });
const atMost = (value: number, unit: Unit = P): Rule => ({ kind: "compare", op: "<=", value, unit, intent: "plain" });
const below = (value: number, unit: Unit = P): Rule => ({ kind: "compare", op: "<", value, unit, intent: "plain" });
const equal = (value: number, unit: Unit = P): Rule => ({ kind: "compare", op: "=", value, unit, intent: "plain" });
const range = (min: number, max: number, sense: "up" | "down" | "band", unit: Unit = P): Rule => ({
  kind: "range", min, max, minInclusive: true, maxInclusive: true, unit, sense,
});
const schools: Unit = { kind: "count", noun: "trường" };

/** One sample rule per kind, used by the "never throws" and "every kind" checks. */
export const SAMPLE_RULES: Record<RuleKind, Rule> = {
  compare: atLeast(0.65),
  range: range(0.55, 0.6, "band"),
  fraction: { kind: "fraction", numerator: 28, denominator: 28, noun: "trường" },
  level: { kind: "level", level: 3 },
  rank: { kind: "rank", rank: 6, of: 30, top: false },
  change: { kind: "change", direction: "decrease", mode: "points", amount: 0.015, unit: P, perYear: false, baselineLabel: "đầu năm" },
  reference: { kind: "reference", op: ">", reference: "trung bình chung Thành phố", unit: P },
  frequency: { kind: "frequency", op: ">=", count: 1, noun: "chuyên đề", period: "year" },
  deadline: { kind: "deadline", due: "2025-06-30" },
  zero: { kind: "zero", unit: { kind: "count", noun: "vụ" } },
  boolean: { kind: "boolean", statement: "công nhận đạt chuẩn" },
};

type Row = [name: string, rule: Rule, actual: CellValue, status: StatusCode, opts?: EvaluateOptions];

const SY2425 = periodFromText("2024-2025")!;
const window = (start: string, due: string): Rule => ({ kind: "deadline", due, start });
const yearless = (due: string): Rule => ({ kind: "deadline", due });
const addSchools = (n: number): Rule => ({ kind: "change", direction: "increase", mode: "absolute", amount: n, unit: schools, perYear: false });
const relDown = (x: number): Rule => ({ kind: "change", direction: "decrease", mode: "percent", amount: x, unit: P, perYear: false, baselineLabel: "năm 2020" });
const pointsUp = (x: number): Rule => ({ kind: "change", direction: "increase", mode: "points", amount: x, unit: P, perYear: false });
const band58: Rule = { kind: "rank", rank: 8, best: 5, of: 30, top: false };
const countOrRate: Rule = { ...atLeast(12, schools), alternative: atLeast(0.071) } as Rule;

const ROWS: Row[] = [
  // compare, at least (≥): equal is met, above is exceeded
  ["≥ 65% is not met by 63,2%", atLeast(0.65), "63,2%", "not_met"],
  ["≥ 65% is met by exactly 65%", atLeast(0.65), "65%", "met"],
  ["≥ 65% is met by 0.65 stored as a fraction", atLeast(0.65), 0.65, "met", { percentScale: "fraction" }],
  ["≥ 65% is met by 0.65 with float noise", atLeast(0.65), 0.6499999999999999, "met", { percentScale: "fraction" }],
  // A plain 0,65 is 65% or 0,65%: the two readings judge it differently and nothing decides.
  ["≥ 65% needs review for a plain 0.65 under the auto scale", atLeast(0.65), 0.65, "review"],
  ["≥ 65% is exceeded by 70%", atLeast(0.65), "70%", "exceeded"],
  ["≥ 65% is near at 63,2% with a 5% tolerance", atLeast(0.65), "63,2%", "near", { tolerance: 0.05 }],
  ["≥ 65% is not near at 60% with a 5% tolerance", atLeast(0.65), "60%", "not_met", { tolerance: 0.05 }],
  ["≥ 65% has no data for an empty cell", atLeast(0.65), "", "no_data"],
  ["≥ 65% has no data for null", atLeast(0.65), null, "no_data"],
  ["≥ 65% has no data for '—'", atLeast(0.65), "—", "no_data"],
  ["≥ 65% has no data for 'chưa có'", atLeast(0.65), "chưa có", "no_data"],
  ["≥ 65% has no data for #N/A", atLeast(0.65), { error: "#N/A" }, "no_data"],
  ["≥ 65% is invalid for #DIV/0!", atLeast(0.65), "#DIV/0!", "invalid"],
  ["≥ 65% is invalid for 'x'", atLeast(0.65), "x", "invalid"],
  ["≥ 65% is invalid for a level", atLeast(0.65), "mức độ 3", "invalid"],
  ["≥ 65% is invalid for a negative rate", atLeast(0.65), "-5%", "invalid"],
  ["≥ 65% is invalid for 15/14", atLeast(0.65), "15/14", "invalid"],
  ["≥ 65% reads 85.7 as points", atLeast(0.65), 85.7, "exceeded"],
  ["≥ 65% reads 64,9 text as points", atLeast(0.65), "64,9", "not_met"],
  ["≥ 65% reads 65 as points with scale points", atLeast(0.65), 65, "met", { percentScale: "points" }],
  ["≥ 65% reads 0.7 as 0.7% with scale points", atLeast(0.65), 0.7, "not_met", { percentScale: "points" }],
  ["≥ 90% is not met by 7.910/9.232", atLeast(0.9), "7.910/9.232", "not_met"],
  ["≥ 20 schools is not met by 18", atLeast(20, schools), 18, "not_met"],
  ["≥ 20 schools is exceeded by 22/28 (the numerator counts)", atLeast(20, schools), "22/28", "exceeded"],
  ["≥ 20 schools is invalid for a rate", atLeast(20, schools), "80%", "invalid"],
  ["≥ 20 schools is invalid for a negative count", atLeast(20, schools), -1, "invalid"],
  ["≥ 10 m2/child is met by 10", atLeast(10, { kind: "measure", unit: "m2/trẻ" }), "10", "met"],
  // compare, strictly above (>): above is met, never exceeded
  ["> 75% is met by 80%", above(0.75), "80%", "met"],
  ["> 75% is not met by exactly 75%", above(0.75), "75%", "not_met"],
  ["> 75% is near at 74% with a 5% tolerance", above(0.75), "74%", "near", { tolerance: 0.05 }],
  // compare, upper bounds: never exceeded
  ["≤ 1,2% is met by 1%", atMost(0.012), "1%", "met"],
  ["≤ 1,2% is met by exactly 1,2%", atMost(0.012), "1,2%", "met"],
  ["≤ 1,2% is not met by 1,5%", atMost(0.012), "1,5%", "not_met"],
  ["≤ 1,2% is near at 1,25% with a 5% tolerance", atMost(0.012), "1,25%", "near", { tolerance: 0.05 }],
  ["< 3% is not met by exactly 3%", below(0.03), "3%", "not_met"],
  ["< 3% is met by 2,9%", below(0.03), "2,9%", "met"],
  ["≤ 45 classes is met by 0", atMost(45, { kind: "count", noun: "lớp" }), 0, "met"],
  ["= 100% is met by 1 stored as a fraction", equal(1), 1, "met", { percentScale: "fraction" }],
  ["= 100% needs review for a plain 1 (100% or 1%)", equal(1), 1, "review"],
  ["= 100% is not met by 99%", equal(1), "99%", "not_met"],
  // range
  ["55–60% band is met inside", range(0.55, 0.6, "band"), "57%", "met"],
  ["55–60% band is met at the bottom edge", range(0.55, 0.6, "band"), "55%", "met"],
  ["55–60% band is met at the top edge", range(0.55, 0.6, "band"), "60%", "met"],
  ["55–60% band is not met below", range(0.55, 0.6, "band"), "50%", "not_met"],
  ["55–60% band is not met above", range(0.55, 0.6, "band"), "65%", "not_met"],
  ["55–60% band is near just below with a 5% tolerance", range(0.55, 0.6, "band"), "54%", "near", { tolerance: 0.05 }],
  ["55–60% up is exceeded above the top", range(0.55, 0.6, "up"), "65%", "exceeded"],
  ["55–60% up is not met below", range(0.55, 0.6, "up"), "50%", "not_met"],
  ["0,1–0,2% down is met below the bottom", range(0.001, 0.002, "down"), "0%", "met"],
  ["0,1–0,2% down is not met above the top", range(0.001, 0.002, "down"), "0,5%", "not_met"],
  ["30–35 children per class band is not met by 36", range(30, 35, "band", { kind: "measure", unit: "trẻ/nhóm lớp" }), 36, "not_met"],
  ["an open range (30, 35) is not met at 30", { ...range(30, 35, "band", { kind: "count" }), minInclusive: false } as Rule, 30, "not_met"],
  ["a range has no data for an empty cell", range(0.55, 0.6, "band"), undefined, "no_data"],
  // fraction
  ["28/28 schools is met by 28/28", SAMPLE_RULES.fraction, "28/28", "met"],
  ["28/28 schools is not met by 26/28", SAMPLE_RULES.fraction, "26/28", "not_met"],
  ["28/28 schools is not met by the count 26", SAMPLE_RULES.fraction, 26, "not_met"],
  ["28/28 schools is met by the count 28", SAMPLE_RULES.fraction, 28, "met"],
  ["28/28 schools is met by 100%", SAMPLE_RULES.fraction, "100%", "met"],
  ["28/28 schools is not met by 0.9", SAMPLE_RULES.fraction, 0.9, "not_met"],
  ["28/28 schools is met by 13/13 (shares compare)", SAMPLE_RULES.fraction, "13/13", "met"],
  ["26/28 schools is exceeded by 28/28", { kind: "fraction", numerator: 26, denominator: 28 }, "28/28", "exceeded"],
  ["28/28 schools is near at 27/28 with a 5% tolerance", SAMPLE_RULES.fraction, "27/28", "near", { tolerance: 0.05 }],
  ["28/28 schools is invalid for 29/28", SAMPLE_RULES.fraction, "29/28", "invalid"],
  ["28/28 schools is invalid for 130%", SAMPLE_RULES.fraction, "130%", "invalid"],
  ["28/28 schools has no data for '-'", SAMPLE_RULES.fraction, "-", "no_data"],
  // an explicit percent scale says the column holds rates, so a plain number is a rate on it, never a count
  ["28/28 schools is met by 1 in a fraction-scale column (1 = 100%)", SAMPLE_RULES.fraction, 1, "met", { percentScale: "fraction" }],
  ["28/28 schools is not met by 0.93 in a fraction-scale column", SAMPLE_RULES.fraction, 0.93, "not_met", { percentScale: "fraction" }],
  ["28/28 schools is invalid for 26 in a fraction-scale column (2600%)", SAMPLE_RULES.fraction, 26, "invalid", { percentScale: "fraction" }],
  ["28/28 schools is not met by 26 in a points-scale column (26%)", SAMPLE_RULES.fraction, 26, "not_met", { percentScale: "points" }],
  ["28/28 schools is met by 100 in a points-scale column", SAMPLE_RULES.fraction, 100, "met", { percentScale: "points" }],
  ["28/28 schools is not met by 28 in a points-scale column (28%)", SAMPLE_RULES.fraction, 28, "not_met", { percentScale: "points" }],
  ["28/28 schools is still met by the text 28/28 in a points-scale column", SAMPLE_RULES.fraction, "28/28", "met", { percentScale: "points" }],
  ["28/28 schools is not met by the count 1 in auto (1 school)", SAMPLE_RULES.fraction, 1, "not_met"],
  // level
  ["level 3 is met by 'mức độ 3'", SAMPLE_RULES.level, "mức độ 3", "met"],
  ["level 3 is met by the number 3", SAMPLE_RULES.level, 3, "met"],
  ["level 3 is exceeded by 'mức độ 4'", SAMPLE_RULES.level, "mức độ 4", "exceeded"],
  ["level 3 is not met by 'mức 2'", SAMPLE_RULES.level, "mức 2", "not_met"],
  ["level 3 is met by 'Đạt' (the level was reached)", SAMPLE_RULES.level, "Đạt", "met"],
  ["level 3 is not met by 'Chưa đạt'", SAMPLE_RULES.level, "Chưa đạt", "not_met"],
  ["IELTS 5.5 is met by 'IELTS 6.0'", { kind: "level", level: 5.5, scale: "IELTS" }, "IELTS 6.0", "exceeded"],
  // rank (lower is better)
  ["rank 6/30 is met by 6", SAMPLE_RULES.rank, 6, "met"],
  ["rank 6/30 is exceeded by 'hạng 4'", SAMPLE_RULES.rank, "hạng 4", "exceeded"],
  ["rank 6/30 is not met by '8/30'", SAMPLE_RULES.rank, "8/30", "not_met"],
  ["rank 6/30 is near at 7 with a 20% tolerance", SAMPLE_RULES.rank, 7, "near", { tolerance: 0.2 }],
  ["rank 6/30 is invalid for 31", SAMPLE_RULES.rank, 31, "invalid"],
  ["rank 6/30 is invalid for 0", SAMPLE_RULES.rank, 0, "invalid"],
  ["top 5 is met (not exceeded) by 3rd place", { kind: "rank", rank: 5, top: true }, 3, "met"],
  // change
  ["a 1,5-point decrease is met from 5% to 3,5%", SAMPLE_RULES.change, "3,5%", "met", { baseline: "5%" }],
  ["a 1,5-point decrease is exceeded from 5% to 3%", SAMPLE_RULES.change, "3%", "exceeded", { baseline: "5%" }],
  ["a 1,5-point decrease is not met from 5% to 3,8%", SAMPLE_RULES.change, "3,8%", "not_met", { baseline: "5%" }],
  // A figure typed with no baseline is a question, not "no data" (the cell is not empty); a blank cell stays no data.
  ["a change without a baseline asks about a typed level", SAMPLE_RULES.change, "3,8%", "review"],
  ["a change with an empty baseline asks about a typed level", SAMPLE_RULES.change, "3,8%", "review", { baseline: "" }],
  ["a change without a baseline has no data for a blank cell", SAMPLE_RULES.change, "", "no_data"],
  ["a change without a baseline has no data for 'chưa có số liệu'", SAMPLE_RULES.change, "chưa có số liệu", "no_data"],
  ["a change with a garbage baseline is invalid", SAMPLE_RULES.change, "3,8%", "invalid", { baseline: "abc" }],
  ["any increase is met by 21 after 20", { kind: "change", direction: "increase", mode: "any", unit: { kind: "count" }, perYear: false }, 21, "met", { baseline: 20 }],
  ["any increase is not met by 20 after 20", { kind: "change", direction: "increase", mode: "any", unit: { kind: "count" }, perYear: false }, 20, "not_met", { baseline: 20 }],
  ["a 10% increase is met from 100 to 110", { kind: "change", direction: "increase", mode: "percent", amount: 0.1, unit: { kind: "count" }, perYear: false }, 110, "met", { baseline: 100 }],
  ["a 10% increase is invalid from a zero baseline", { kind: "change", direction: "increase", mode: "percent", amount: 0.1, unit: { kind: "count" }, perYear: false }, 5, "invalid", { baseline: 0 }],
  ["an increase of 1 school is met from 20 to 21", { kind: "change", direction: "increase", mode: "absolute", amount: 1, unit: schools, perYear: true }, 21, "met", { baseline: 20 }],
  // reference
  ["above the city average is met by 92% vs 90%", SAMPLE_RULES.reference, "92%", "met", { reference: "90%" }],
  ["above the city average is not met at equal", SAMPLE_RULES.reference, "90%", "not_met", { reference: "90%" }],
  ["not below the average (≥) is exceeded above it", { ...SAMPLE_RULES.reference, op: ">=" } as Rule, "95%", "exceeded", { reference: 0.9 }],
  ["a reference rule without a reference asks about a typed figure", SAMPLE_RULES.reference, "92%", "review"],
  ["a reference rule without a reference has no data for a blank cell", SAMPLE_RULES.reference, "", "no_data"],
  // frequency
  ["at least 1 topic a year is met by 1", SAMPLE_RULES.frequency, 1, "met"],
  ["at least 1 topic a year is exceeded by '2 chuyên đề'", SAMPLE_RULES.frequency, "2 chuyên đề", "exceeded"],
  ["at least 1 topic a year is not met by 0", SAMPLE_RULES.frequency, 0, "not_met"],
  ["at least 1 topic a year has no data for ''", SAMPLE_RULES.frequency, "", "no_data"],
  // deadline
  ["a deadline done before the due date is met", SAMPLE_RULES.deadline, "15/06/2025", "met", { asOf: "2025-07-01" }],
  ["a deadline done on the due date is met", SAMPLE_RULES.deadline, "30/06/2025", "met", { asOf: "2025-07-01" }],
  ["a deadline done after the due date is not met", SAMPLE_RULES.deadline, "2025-07-10", "not_met", { asOf: "2025-08-01" }],
  ["a deadline not done before the due date is pending", SAMPLE_RULES.deadline, "", "pending", { asOf: "2025-06-01" }],
  ["a deadline not done on the due date is pending", SAMPLE_RULES.deadline, null, "pending", { asOf: "2025-06-30" }],
  ["a deadline not done after the due date is overdue", SAMPLE_RULES.deadline, "", "overdue", { asOf: "2025-07-01" }],
  ["a deadline marked 'Chưa' after the due date is overdue", SAMPLE_RULES.deadline, "Chưa", "overdue", { asOf: "2025-07-01" }],
  ["a deadline reads an Excel serial as a date", SAMPLE_RULES.deadline, 45838, "met", { asOf: "2025-07-01" }],
  ["a deadline reads a Date object", SAMPLE_RULES.deadline, new Date(Date.UTC(2025, 6, 2)), "not_met", { asOf: "2025-07-05" }],
  ["a deadline marked done without a date is met", SAMPLE_RULES.deadline, "Hoàn thành", "met", { asOf: "2025-07-05" }],
  ["a deadline is invalid for text", SAMPLE_RULES.deadline, "sớm", "invalid", { asOf: "2025-07-05" }],
  ["a deadline is invalid for an impossible date", SAMPLE_RULES.deadline, "31/02/2025", "invalid", { asOf: "2025-07-05" }],
  ["a deadline is invalid for a bad as-of date", SAMPLE_RULES.deadline, "", "invalid", { asOf: "01/07/2025" }],
  // Words meaning "no figure yet" are no data, never overdue; a blank cell is "not done".
  ["a deadline with 'không có số liệu' has no data, not overdue", SAMPLE_RULES.deadline, "không có số liệu", "no_data", { asOf: "2025-07-01" }],
  ["a deadline with 'đang cập nhật' has no data, not overdue", SAMPLE_RULES.deadline, "đang cập nhật", "no_data", { asOf: "2025-07-01" }],
  ["a deadline with '?' has no data, not overdue", SAMPLE_RULES.deadline, "?", "no_data", { asOf: "2025-07-01" }],
  ["a deadline with #N/A has no data, not overdue", SAMPLE_RULES.deadline, { error: "#N/A" }, "no_data", { asOf: "2025-07-01" }],
  ["a deadline reads 'Hoàn thành ngày 20/5/2025'", SAMPLE_RULES.deadline, "Hoàn thành ngày 20/5/2025", "met", { asOf: "2025-07-01" }],
  // Windows and exact days: before the start of a window, short or long, is not met.
  ["a window 1/8–5/8 is met on 3/8", window("2025-08-01", "2025-08-05"), "03/08/2025", "met", { asOf: "2025-09-01" }],
  ["a bare window 1/8–5/8 done on 30/7 is asked (work done early, or an event missed?)", window("2025-08-01", "2025-08-05"), "30/07/2025", "review", { asOf: "2025-09-01" }],
  ["an exact day is not met the day before", window("2025-11-20", "2025-11-20"), "19/11/2025", "not_met", { asOf: "2025-12-01" }],
  ["a bare period Sep–May done in August, before it opens, is asked", window("2024-09-01", "2025-05-31"), "20/08/2024", "review", { asOf: "2025-06-01" }],
  ["a window not done before its start is pending", window("2025-08-01", "2025-08-05"), "", "pending", { asOf: "2025-07-20" }],
  // A target day without a year: the plan period dates it (Sep–Aug for a school year), else the completion date.
  ["'trước 30/4' in 2024-2025 is met on 20/4/2025", yearless("--04-29"), "20/04/2025", "met", { period: SY2425, asOf: "2025-06-01" }],
  ["'trước 30/4' in 2024-2025 is overdue when blank in May 2025", yearless("--04-29"), "", "overdue", { period: SY2425, asOf: "2025-05-10" }],
  ["'trước 30/4' in 2024-2025 is pending when blank in November 2024", yearless("--04-29"), "", "pending", { period: SY2425, asOf: "2024-11-10" }],
  ["'trước 30/4' without a period takes the completion date's year", yearless("--04-29"), "25/04/2026", "met", { asOf: "2026-06-01" }],
  ["'trước 30/4' without a period is not met on 2/5 of the same year", yearless("--04-29"), "02/05/2026", "not_met", { asOf: "2026-06-01" }],
  ["'trước 30/4' without a period and no date has no data (never today's year)", yearless("--04-29"), "", "no_data", { asOf: "2026-06-01" }],
  // Units converted within a dimension.
  ["'không quá 35 phút' is not met by '1 giờ 15 phút'", atMost(35, { kind: "measure", unit: "phút" }), "1 giờ 15 phút", "not_met"],
  ["'không quá 35 phút' is met by 'nửa giờ'", atMost(35, { kind: "measure", unit: "phút" }), "nửa giờ", "met"],
  ["'không quá 2 giờ' is met by '90 phút'", atMost(2, { kind: "measure", unit: "giờ" }), "90 phút", "met"],
  ["'≤ 6 tháng' is met by 'ba tháng'", atMost(6, { kind: "measure", unit: "tháng" }), "ba tháng", "met"],
  ["'≥ 8,5 m2/trẻ' is met by '8,5m2'", atLeast(8.5, { kind: "measure", unit: "m2/trẻ" }), "8,5m2", "met"],
  ["'≤ 150.000 đồng/học sinh/tháng' is met by '150 nghìn đồng'", atMost(150_000, { kind: "measure", unit: "đồng/học sinh/tháng" }), "150 nghìn đồng", "met"],
  ["'≤ 35 phút' is invalid for '2 m2'", atMost(35, { kind: "measure", unit: "phút" }), "2 m2", "invalid"],
  ["'≤ 90 phút' needs review for '2 buổi' (a unit with no measure in minutes), never judged as 2 phút", atMost(90, { kind: "measure", unit: "phút" }), "2 buổi", "review"],
  ["'≥ 5 trường' needs review for '6 lớp' (a count of other things), never judged as 6 trường", atLeast(5, { kind: "count", noun: "trường" }), "6 lớp", "review"],
  ["'≥ 40 học sinh' is exceeded by '45 HS' (initials of the same noun)", atLeast(40, { kind: "count", noun: "học sinh" }), "45 HS", "exceeded"],
  ["'≥ 5 trường' is exceeded by '6 trường THPT' (a word in common)", atLeast(5, { kind: "count", noun: "trường" }), "6 trường THPT", "exceeded"],
  ["'≥ 40 tiết/năm học' is met by '42 tiết' (the target's own unit word)", atLeast(40, { kind: "measure", unit: "tiết/năm học" }), "42 tiết", "exceeded"],
  // Change targets judged on a change the clerk typed.
  ["'tăng thêm 5 trường' is not met by 'thêm 3 trường'", addSchools(5), "thêm 3 trường", "not_met"],
  ["'tăng thêm 5 trường' is met by 'thêm 5 trường'", addSchools(5), "thêm 5 trường", "met"],
  ["'tăng thêm 5 trường' is not met by 'giảm 2 trường'", addSchools(5), "giảm 2 trường", "not_met"],
  ["'giảm 15% so với năm 2020' is not met by 'giảm 14%'", relDown(0.15), "giảm 14%", "not_met"],
  ["'giảm 15% so với năm 2020' is exceeded by 'giảm 16%'", relDown(0.15), "giảm 16%", "exceeded"],
  ["'tăng ≥ 0,8 điểm %' is met by 'tăng 0,8 điểm %'", pointsUp(0.008), "tăng 0,8 điểm %", "met"],
  ["'tăng ≥ 0,8 điểm %' is not met by 'tăng 0,5%'", pointsUp(0.008), "tăng 0,5%", "not_met"],
  ["'giảm 15%' (relative) is invalid for 'giảm 2 điểm %'", relDown(0.15), "giảm 2 điểm %", "invalid"],
  // Bands of places.
  ["'thứ 5–8/30' is met by place 7", band58, 7, "met"],
  ["'thứ 5–8/30' is exceeded by place 3", band58, 3, "exceeded"],
  ["'thứ 5–8/30' is not met by place 9", band58, 9, "not_met"],
  // Two readings of the target: review when they judge the figure differently, one verdict when they agree.
  ["'12 trường (7,1%)' needs review for 10 (≥ 12 schools: short; ≥ 7,1%: met as 10%)", countOrRate, 10, "review"],
  ["'12 trường (7,1%)' is met by 13 either way", countOrRate, 13, "exceeded"],
  ["'12 trường (7,1%)' reads '8%' by the rate reading (a count cannot take it)", countOrRate, "8%", "exceeded"],
  // A figure of another kind that the phrase also asks for: it answers a part not read, so review, not invalid.
  ["a rate typed for a count read from a phrase stating a rate too needs review", { ...atLeast(210_000, { kind: "count", noun: "đoàn viên" }), text: "giới thiệu 210 ngàn đoàn viên, trong đó 65% được kết nạp" }, "65%", "review"],
  ["a rate typed for a count from a phrase with no rate is invalid", { ...atLeast(12, { kind: "count", noun: "trường" }), text: "có 12 trường đạt chuẩn" }, "65%", "invalid"],
  ["a change typed for a level from a phrase with a verb of change needs review", { ...atLeast(5, { kind: "count" }), text: "giảm từ 5 đến 10% số học sinh bị tai nạn" }, "giảm 7%", "review"],
  ["a place typed for a count from a phrase naming a place needs review", { ...atLeast(65, { kind: "count", noun: "HCV" }), text: "giành từ 65 HCV trở lên, vào top 3" }, "thứ 2", "review"],
  ["a date typed for a level from a phrase placing it in time needs review", { kind: "level", level: 2, text: "đạt kiểm định chất lượng cấp độ 2 trong quý III" }, "15/8/2022", "review"],
  ["a result in words typed for a rate from a phrase naming results needs review", { ...atLeast(0.85), text: "85% chi bộ hoàn thành tốt nhiệm vụ, Đảng bộ hoàn thành tốt nhiệm vụ" }, "Hoàn thành xuất sắc nhiệm vụ", "review"],
  // A yes/no read from a sentence naming a place, a grade or a figure it left unread: a figure typed may answer that.
  ["a place typed for a yes/no whose sentence names a group of leaders needs review", { kind: "boolean", text: "Phấn đấu trong nhóm có chỉ số CCHC cao nhất nước", statement: "trong nhóm có chỉ số CCHC cao nhất nước" }, "thứ 5", "review"],
  ["a grade typed for a yes/no whose sentence names a grade needs review", { kind: "boolean", text: "phải có thư viện đạt chuẩn trở lên", statement: "phải có thư viện đạt chuẩn trở lên" }, "Thư viện tiên tiến", "review"],
  ["a place typed for a plain yes/no is invalid", { kind: "boolean", text: "Đạt chuẩn nông thôn mới", statement: "Đạt chuẩn nông thôn mới" }, "thứ 5", "invalid"],
  // zero
  ["zero incidents is met by 0", SAMPLE_RULES.zero, 0, "met"],
  ["zero incidents is met by 'Không'", SAMPLE_RULES.zero, "Không", "met"],
  ["zero incidents is not met by 2", SAMPLE_RULES.zero, 2, "not_met"],
  ["zero incidents is not met by 'Có'", SAMPLE_RULES.zero, "Có", "not_met"],
  ["zero incidents has no data for '—'", SAMPLE_RULES.zero, "—", "no_data"],
  ["zero incidents is invalid for -1", SAMPLE_RULES.zero, -1, "invalid"],
  ["zero percent is met by 0%", { kind: "zero", unit: P }, "0%", "met"],
  // boolean
  ["a recognition is met by 'Đạt'", SAMPLE_RULES.boolean, "Đạt", "met"],
  ["a recognition is met by TRUE", SAMPLE_RULES.boolean, true, "met"],
  ["a recognition is met by 'x'", SAMPLE_RULES.boolean, "x", "met"],
  ["a recognition is met by 1", SAMPLE_RULES.boolean, 1, "met"],
  ["a recognition is not met by 'Chưa đạt'", SAMPLE_RULES.boolean, "Chưa đạt", "not_met"],
  ["a recognition is not met by FALSE", SAMPLE_RULES.boolean, false, "not_met"],
  ["a recognition has no data for ''", SAMPLE_RULES.boolean, "", "no_data"],
  ["a recognition is invalid for 2", SAMPLE_RULES.boolean, 2, "invalid"],
];

describe("evaluate", () => {
  it.each(ROWS)("%s", (_name, rule, actual, status, opts) => {
    const v = evaluate(rule, actual, opts);
    expect(v.status).toBe(status);
    expect(judge(rule, actual, opts).status).toBe(status);
  });

  it("has at least a met or exceeded and a not-met row for every rule kind", () => {
    for (const kind of RULE_KINDS) {
      const statuses = ROWS.filter((r) => r[1].kind === kind).map((r) => r[3]);
      expect(statuses.some((s) => s === "met" || s === "exceeded"), kind).toBe(true);
      expect(statuses.some((s) => s === "not_met" || s === "overdue"), kind).toBe(true);
    }
  });

  it("has a sample rule for every kind", () => {
    expect(Object.keys(SAMPLE_RULES).sort()).toEqual([...RULE_KINDS].sort());
  });
});

describe("evaluate: gap, need and ratio", () => {
  it("counts the children still needed: 7.910/9.232 vs 90% needs 399 more", () => {
    const v = evaluate(atLeast(0.9), "7.910/9.232");
    expect(v.gap.need?.count).toBe(Math.ceil(0.9 * 9232) - 7910);
    expect(v.gap.value).toBeCloseTo(7910 / 9232 - 0.9, 12);
    expect(v.ratio).toBeCloseTo(7910 / 9232 / 0.9, 12);
  });

  it("gives a signed gap in fractions for percent rules: 63,2% vs 65% is −0.018", () => {
    expect(evaluate(atLeast(0.65), "63,2%").gap.value).toBeCloseTo(-0.018, 12);
  });

  it("gives a positive gap (the excess) for a missed upper bound", () => {
    const v = evaluate(atMost(0.012), "1,5%");
    expect(v.gap.value).toBeCloseTo(0.003, 12);
    expect(v.ratio).toBeCloseTo(0.012 / 0.015, 12);
  });

  it("counts units to remove for an upper bound met by a fraction: 5/100 vs ≤ 3% needs 2 fewer", () => {
    expect(evaluate(atMost(0.03), "5/100").gap.need?.count).toBe(2);
  });

  it("counts schools still needed for a fraction target, with its noun", () => {
    const v = evaluate(SAMPLE_RULES.fraction, "26/28");
    expect(v.gap.need).toEqual({ count: 2, noun: "trường" });
  });

  it("needs one more unit for a strict bound reached exactly: 75/100 vs > 75% needs 1", () => {
    expect(evaluate(above(0.75), "75/100").gap.need?.count).toBe(1);
  });

  it("counts what is missing for count targets", () => {
    expect(evaluate(atLeast(20, schools), 18).gap).toEqual({ value: -2, need: { count: 2, noun: "trường" } });
  });

  it("gives no need once met", () => {
    expect(evaluate(atLeast(0.65), "70/100").gap.need).toBeUndefined();
  });

  it("measures rank gaps in places, ratio target/actual", () => {
    const v = evaluate(SAMPLE_RULES.rank, 8);
    expect(v.gap.value).toBe(2);
    expect(v.ratio).toBeCloseTo(6 / 8, 12);
  });

  it("measures deadline gaps in days", () => {
    expect(evaluate(SAMPLE_RULES.deadline, "10/07/2025", { asOf: "2025-08-01" }).gap.value).toBe(10);
    expect(evaluate(SAMPLE_RULES.deadline, "", { asOf: "2025-06-20" }).gap.value).toBe(-10);
    expect(evaluate(SAMPLE_RULES.deadline, "", { asOf: "2025-06-20" }).ratio).toBeNull();
  });

  it("measures change gaps as achieved − required", () => {
    expect(evaluate(SAMPLE_RULES.change, "3,8%", { baseline: "5%" }).gap.value).toBeCloseTo(-0.003, 12);
  });

  it("gives a ratio of 1 inside a band", () => {
    expect(evaluate(range(0.55, 0.6, "band"), "57%").ratio).toBe(1);
  });
});

describe("evaluate: percent scale", () => {
  it("asks for review when 0,5 could be 50% or 0,5% and the verdicts differ", () => {
    const v = evaluate(atMost(0.012), 0.5);
    expect(v.status).toBe("review");
    expect(v.warnings.map((w) => w.code)).toContain("percent_scale_ambiguous");
    expect(v.explanation).toContain("0,5%");
    expect(v.explanation).toContain("50%");
  });

  it("does not warn when both readings agree", () => {
    expect(evaluate(atLeast(0.65), 0.3).warnings).toEqual([]);
  });

  it("does not warn for text with a % sign", () => {
    expect(evaluate(atMost(0.012), "0,5%").warnings).toEqual([]);
  });

  it("does not warn with an explicit scale", () => {
    expect(evaluate(atMost(0.012), 0.5, { percentScale: "fraction" }).warnings).toEqual([]);
    expect(evaluate(atMost(0.012), 0.5, { percentScale: "points" }).status).toBe("met");
  });

  it("asks for review for 1 against a 100% target (100% or 1%)", () => {
    const v = evaluate(atLeast(1), 1);
    expect(v.status).toBe("review");
    expect(v.warnings.map((w) => w.code)).toEqual(["percent_scale_ambiguous"]);
  });

  it("warns for ranges, changes and references too", () => {
    expect(evaluate(range(0.001, 0.002, "band"), 0.0015).warnings.map((w) => w.code)).toContain("percent_scale_ambiguous");
    expect(evaluate(SAMPLE_RULES.reference, 0.5, { reference: "40%" }).warnings.map((w) => w.code)).toContain("percent_scale_ambiguous");
    expect(evaluate(SAMPLE_RULES.change, 0.04, { baseline: "5%" }).warnings.map((w) => w.code)).toContain("percent_scale_ambiguous");
  });

  it("flags a rate above 100% as implausible but still judges it", () => {
    const v = evaluate(atLeast(0.9), "102%");
    expect(v.status).toBe("exceeded");
    expect(v.warnings.map((w) => w.code)).toEqual(["implausible_value"]);
  });
});

describe("evaluate: warnings and bad input", () => {
  it("warns when a change rule has no baseline", () => {
    expect(evaluate(SAMPLE_RULES.change, "3%").warnings.map((w) => w.code)).toEqual(["missing_baseline"]);
  });

  it("warns when a reference rule has no reference", () => {
    expect(evaluate(SAMPLE_RULES.reference, "3%").warnings.map((w) => w.code)).toEqual(["missing_reference"]);
  });

  it("warns that 1 against 28/28 is read as one school", () => {
    expect(evaluate(SAMPLE_RULES.fraction, 1).warnings.map((w) => w.code)).toEqual(["actual_interpreted"]);
  });

  const garbage: CellValue[] = [
    "x", "chưa có", "—", "#N/A", "", "   ", "x".repeat(10_000_000), "1".repeat(100_000), "%%%%", "1/0", "0/0",
    NaN, Infinity, -Infinity, new Date(NaN), { error: "#REF!" }, { error: "" }, "٣", "1e309", "-0", "١٢/١٢",
    [] as unknown as CellValue, {} as unknown as CellValue, Symbol("s") as unknown as CellValue,
  ];
  it.each(RULE_KINDS)("never throws for garbage actuals against a %s rule", (kind) => {
    for (const g of garbage) {
      const v = evaluate(SAMPLE_RULES[kind], g, { asOf: "2025-01-01" });
      expect(["no_data", "invalid", "not_met", "met", "pending", "overdue", "review"]).toContain(v.status);
      expect(v.explanation.length).toBeGreaterThan(0);
      expect(v.explanation.length).toBeLessThan(400);
    }
  });

  it("reads the garbage the documented way", () => {
    const st = (a: CellValue) => evaluate(atLeast(0.65), a).status;
    expect([st("x"), st("chưa có"), st("—"), st("#N/A"), st(""), st("x".repeat(10_000_000))]).toEqual([
      "invalid", "no_data", "no_data", "no_data", "no_data", "invalid",
    ]);
  });

  it("never throws for broken rule objects", () => {
    const broken = [null, {}, { kind: "nope" }, { kind: "compare" }, { kind: "range" }, { kind: "fraction", numerator: 1, denominator: 0 }, { kind: "deadline" }];
    for (const b of broken) {
      const v = evaluate(b as unknown as Rule, 1);
      expect(["unreadable", "invalid"]).toContain(v.status);
    }
  });

  it("never throws for arbitrary values and options", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULE_KINDS),
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false })),
        fc.record({ tolerance: fc.double(), baseline: fc.oneof(fc.string(), fc.double()), asOf: fc.string(), percentScale: fc.constantFrom("auto", "fraction", "points", "bogus") }, { requiredKeys: [] }),
        (kind, actual, opts) => {
          const v = evaluate(SAMPLE_RULES[kind], actual, opts as EvaluateOptions);
          expect(typeof v.status).toBe("string");
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("evaluate: monotonicity", () => {
  const good = (s: StatusCode) => s === "met" || s === "exceeded";
  const val = fc.double({ min: 0, max: 1, noNaN: true });
  const cnt = fc.double({ min: 0, max: 1e6, noNaN: true });

  it("for an at-least percent rule, if x is met then any y > x is met", () => {
    fc.assert(
      fc.property(val, val, val, (t, x, y) => {
        const rule = atLeast(t);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        if (good(judge(rule, lo, { percentScale: "fraction" }).status)) {
          expect(good(judge(rule, hi, { percentScale: "fraction" }).status)).toBe(true);
        }
      }),
    );
  });

  it("for an at-least count rule, if x is met then any y > x is met", () => {
    fc.assert(
      fc.property(cnt, cnt, cnt, (t, x, y) => {
        const rule = atLeast(t, schools);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        if (good(judge(rule, lo).status)) expect(good(judge(rule, hi).status)).toBe(true);
      }),
    );
  });

  it("for an at-most rule, if x is met then any y < x is met", () => {
    fc.assert(
      fc.property(val, val, val, (t, x, y) => {
        const rule = atMost(t);
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        if (good(judge(rule, hi, { percentScale: "fraction" }).status)) {
          expect(good(judge(rule, lo, { percentScale: "fraction" }).status)).toBe(true);
        }
      }),
    );
  });

  it("for a rank rule, if place x is met then any better place is met", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (t, x, y) => {
        const rule: Rule = { kind: "rank", rank: t, top: false };
        const [better, worse] = x <= y ? [x, y] : [y, x];
        if (good(judge(rule, worse).status)) expect(good(judge(rule, better).status)).toBe(true);
      }),
    );
  });

  it("for an at-least rule, met and exceeded split exactly at the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (t, x) => {
        const s = judge(atLeast(t, schools), x).status;
        expect(s).toBe(x > t ? "exceeded" : x === t ? "met" : "not_met");
      }),
    );
  });
});

// Whole phrases, read and judged: which of two readings takes a figure typed.
describe("evaluate: which reading takes the figure", () => {
  it.each([
    // A change waiting for its baseline has not taken a plain count: the level the phrase also states does.
    ["toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn đấu đạt thêm 12 trường", "195", { unit: "trường" }, "not_met"],
    ["toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn đấu đạt thêm 12 trường", "thêm 12 trường", { unit: "trường" }, "met"],
    // A change in brackets beside levels outside them no longer outranks them: a level typed is judged or asked about.
    ["đạt 28% năm 2020 (tăng bình quân 1,5%/năm) cho đến năm 2025 đạt 35,5%", "30%", { unit: "%", indicator: "Tỷ lệ gia đình luyện tập thể thao" }, "review"],
    // Sessions a week under a bound of their own are the threshold, not the schooling; minutes typed take the minutes part.
    ["Dạy thêm không quá 2 buổi/tuần, mỗi buổi không quá 90 phút", "3", { unit: "buổi/tuần" }, "not_met"],
    ["Dạy thêm không quá 2 buổi/tuần, mỗi buổi không quá 90 phút", "2 giờ", { unit: "buổi/tuần" }, "not_met"],
    ["Dạy thêm không quá 2 buổi/tuần, mỗi buổi không quá 90 phút", "90 phút", { unit: "buổi/tuần" }, "met"],
    // Under ĐVT "hạng" a place is the target and a plain figure a place, whatever count of medals stands beside it.
    ["đoàn đặt mục tiêu giành 140-150 HCV để xếp nhất toàn đoàn", "1", { unit: "hạng" }, "met"],
    ["đoàn đặt mục tiêu giành 140-150 HCV để xếp nhất toàn đoàn", "140", { unit: "hạng" }, "not_met"],
    ["giành từ 40 đến 50 huy chương vàng, phấn đấu xếp trong nhóm 4 quốc gia dẫn đầu", "3", { unit: "hạng" }, "met"],
    // A rate typed to two decimals meets a share it equals when rounded so (64/69 is 92,7536…%).
    ["64/69 trường", "92,75%", {}, "met"],
    ["64/69 trường", "92,7%", {}, "not_met"],
    // A measure typed against a count of things is asked about, never judged as that many things.
    ["Dạy thêm không quá 2 buổi/tuần", "90 phút", {}, "review"],
  ] as const)("%s ← %s", (phrase, actual, opts, status) => {
    expect(evaluate(phrase, actual, opts).status).toBe(status);
  });
});

// A state to reach placed in a calendar year, with nothing to count and no deadline word: a yes/no statement whose
// year is its time. Without a day of the check the answer typed decides (never today's clock); with one, or with a
// date typed, it is judged as due by the year's end.
describe("evaluate: a state to reach by a year is a yes/no statement", () => {
  const escape = "Phấn đấu đến năm 2027, xã Tân Lập thoát khỏi tình trạng đặc biệt khó khăn";
  const become = "Đến năm 2030, huyện Yên Thế trở thành huyện nông thôn mới kiểu mẫu";
  const inYear = "Mục tiêu là xã đạt chuẩn nông thôn mới nâng cao vào năm 2026";
  it.each([
    [escape, "Chưa đạt", {}, "not_met"],
    [escape, null, {}, "no_data"],
    [escape, "Đạt", {}, "met"],
    [escape, "Chưa đạt", { asOf: "2028-01-05" }, "overdue"],
    [escape, null, { asOf: "2027-05-01" }, "pending"],
    [escape, "15/11/2027", { asOf: "2028-01-05" }, "met"],
    [escape, "15/1/2028", { asOf: "2028-02-01" }, "not_met"],
    [become, "Chưa đạt", {}, "not_met"],
    [become, "Đạt", {}, "met"],
    [become, null, {}, "no_data"],
    [inYear, "Chưa hoàn thành", {}, "not_met"],
    [inYear, null, {}, "no_data"],
  ] as const)("%s ← %s (%o)", (phrase, actual, opts, status) => {
    expect(evaluate(phrase, actual, opts).status).toBe(status);
  });
  it("keeps a bare year, a framing-only sentence and a school year as deadlines", () => {
    expect(evaluate("trong năm 2024", null, { asOf: "2025-01-05" }).status).toBe("overdue");
    expect(evaluate("Mục tiêu cụ thể đến năm 2030", null, { asOf: "2031-01-05" }).status).toBe("overdue");
    expect(evaluate("hoàn thành các công trình đang xây dựng trong năm học 2024-2025", "02/07/2025", { asOf: "2025-08-01" }).status).toBe("not_met");
  });
});

// A band whose outside was guessed from the words around it (a size norm, a harm, a good) may be a band both of whose
// ends count: a figure beyond the side the guess forgives is asked about, never passed; inside and beyond the other
// side both readings agree. A sense stated ("(thấp hơn vẫn đạt)") is not a guess. Area per person is read as a floor,
// but a span of it may be a design norm whose top caps it ("từ 0,3 m2/học sinh đến 0,35 m2/học sinh"): above, asked.
describe("evaluate: a band's guessed outside is asked about", () => {
  it.each([
    ["một lớp có từ 20 đến 25 trẻ", "18", { indicator: "Sĩ số lớp mẫu giáo" }, "review"],
    ["một lớp có từ 20 đến 25 trẻ", "22", { indicator: "Sĩ số lớp mẫu giáo" }, "met"],
    ["một lớp có từ 20 đến 25 trẻ", "27", { indicator: "Sĩ số lớp mẫu giáo" }, "not_met"],
    ["mỗi nhóm trẻ từ 15 đến 20 trẻ", "12", { indicator: "Sĩ số nhóm trẻ" }, "review"],
    ["tỷ lệ trẻ suy dinh dưỡng 5-7%", "4%", {}, "review"],
    ["tỷ lệ trẻ suy dinh dưỡng 5-7%", "8%", {}, "not_met"],
    ["tỷ lệ học sinh khá giỏi đạt 60-65%", "70%", {}, "review"],
    ["tỷ lệ học sinh khá giỏi đạt 60-65%", "58%", {}, "not_met"],
    ["tỷ lệ học sinh khá giỏi đạt 60-65%", "62%", {}, "met"],
    ["20–25 trẻ (thấp hơn vẫn đạt)", "18", {}, "met"],
    ["60–65% (cao hơn là Vượt)", "70%", {}, "exceeded"],
    ["6-10 m2/học sinh", "12", {}, "review"],
    ["6-10 m2/học sinh", "8", {}, "met"],
    ["6-10 m2/học sinh", "5", {}, "not_met"],
  ] as const)("%s ← %s", (phrase, actual, opts, status) => {
    expect(evaluate(phrase, actual, opts).status).toBe(status);
  });
});

// An interval with a bound word ("ít nhất sáu tháng/lần") bounds how often: at least once every six months, so the
// interval is at most that long; an interval one named period long is once each period. Time off granted by a
// decision ("được nghỉ Tết 9 ngày") is the days set, neither more nor fewer.
describe("evaluate: intervals bound how often; days off granted are exact", () => {
  it.each([
    ["Khám sức khỏe ít nhất sáu tháng/lần", "1 lần/năm", {}, "not_met"],
    ["Khám sức khỏe ít nhất sáu tháng/lần", "2 lần/năm", {}, "met"],
    ["Khám sức khỏe ít nhất sáu tháng/lần", "4 tháng", {}, "met"],
    ["kiểm tra thiết bị tối thiểu 3 tháng một lần", "1 lần/năm", {}, "not_met"],
    ["kiểm tra thiết bị 3 tháng/lần", "1 lần/quý", {}, "met"],
    ["khám sức khỏe định kỳ 1 năm/lần", "1 lần/năm", {}, "met"],
    ["khám sức khỏe định kỳ 1 năm/lần", "1 lần/2 năm", {}, "not_met"],
    ["học sinh toàn tỉnh được nghỉ Tết Nguyên đán 9 ngày", "12 ngày", {}, "not_met"],
    ["học sinh toàn tỉnh được nghỉ Tết Nguyên đán 9 ngày", "9 ngày", {}, "met"],
    ["học sinh toàn tỉnh được nghỉ Tết Nguyên đán 9 ngày", "7 ngày", {}, "not_met"],
    ["giáo viên được nghỉ hè 8 tuần", "10 tuần", {}, "not_met"],
    ["9 ngày", "10 ngày", { indicator: "Số ngày nghỉ Tết của học sinh" }, "not_met"],
    ["phải đảm bảo cho học sinh được nghỉ ít nhất 45 ngày liên tục", "60 ngày", {}, "exceeded"],
  ] as const)("%s ← %s", (phrase, actual, opts, status) => {
    expect(evaluate(phrase, actual, opts).status).toBe(status);
  });
});

// "hoàn thành tất cả / toàn bộ …" is all of them: a share typed is done only at 100%, and beside a lesser share
// ("trong đó ít nhất 80% …") the whole is a part of its own, so a rate the two judge differently is asked about.
describe("evaluate: a statement of all is 100%", () => {
  const both = "hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó ít nhất 80% hoàn thành đúng tiến độ";
  it.each([
    ["hoàn thành toàn bộ chỉ tiêu, nhiệm vụ năm học", "90%", "not_met"],
    ["hoàn thành toàn bộ chỉ tiêu, nhiệm vụ năm học", "100%", "met"],
    ["Hoàn thành tất cả các nhiệm vụ được giao", "12/13", "not_met"],
    ["Hoàn thành tất cả các nhiệm vụ được giao", "Hoàn thành", "met"],
    [both, "12/13 chỉ tiêu", "review"],
    [both, "100%", "exceeded"],
    [both, "70%", "not_met"],
    ["Hoàn thành toàn bộ nhiệm vụ được giao, ít nhất 90% nhiệm vụ hoàn thành trước hạn", "95%", "review"],
    ["đạt ít nhất 80%", "85%", "exceeded"],
    ["được công nhận đạt chuẩn quốc gia", "90%", "invalid"],
  ] as const)("%s ← %s", (phrase, actual, status) => {
    expect(evaluate(phrase, actual).status).toBe(status);
  });
});

// A count in thousands, millions or billions of what the unit column names ("tỷ USD", "triệu lượt khách"): the target
// is restated in the column's size, so a plain figure typed there is in it, and a figure typed with a scale word is too.
describe("evaluate: a column sized in billions of a currency or thing", () => {
  const usd = { unit: "tỷ USD", indicator: "Giá trị xuất khẩu hàng hóa" };
  it.each([
    ["Giá trị xuất khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD", "1,2", usd, "met"],
    ["Giá trị xuất khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD", "1,1", usd, "not_met"],
    ["Giá trị xuất khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD", "1,1 tỷ USD", usd, "not_met"],
    ["Giá trị xuất khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD", "1.300 triệu USD", usd, "exceeded"],
    ["Giá trị xuất khẩu hàng hoá đến cuối nhiệm kỳ đạt 1,2 tỷ USD", "1,1 tỷ", usd, "not_met"],
    ["Kim ngạch xuất khẩu đạt 350 triệu USD", "360", { unit: "triệu USD" }, "exceeded"],
    ["Kim ngạch xuất khẩu đạt 350 triệu USD", "0,34 tỷ USD", { unit: "triệu USD" }, "not_met"],
    ["Kim ngạch xuất khẩu đạt 1,2 tỷ USD", "1,3 tỷ USD", {}, "exceeded"],
  ] as const)("%s ← %s", (phrase, actual, opts, status) => {
    expect(evaluate(phrase, actual, opts).status).toBe(status);
  });
});

describe("evaluate: a figure the reader cannot place is a question, not invalid or no data", () => {
  // "có 20 trường …, trong đó 5 trường mức độ 2" is read as its first part only (target_partly_read).
  const partly = "có 20 trường đạt chuẩn, trong đó 5 trường mức độ 2";
  const o = { unit: "trường" };

  it("asks about a figure the part read cannot judge, saying what was read and what was typed", () => {
    for (const actual of ["80%", "thứ 2", "12kg5000"]) {
      const v = evaluate(partly, actual, o);
      expect(v.warnings.map((w) => w.code)).toContain("target_partly_read");
      expect(v.status, actual).toBe("review");
      expect(v.explanations.vi).toContain(`"${actual}"`);
      expect(v.explanations.vi).toContain("≥ 20 trường");
      expect(v.explanations.en).toContain("only part of the target was read");
    }
  });

  it("keeps invalid for a figure bad whatever the reading, and judges one the part read takes", () => {
    expect(evaluate(partly, "-3", o).status).toBe("invalid");
    // (Not "7/5": over a figure the phrase sets, 5, a pair is the result over its plan, round 42.)
    expect(evaluate(partly, "7/6", o).status).toBe("invalid");
    expect(evaluate(partly, { error: "#REF!" }, o).status).toBe("invalid");
    expect(evaluate(partly, "25 trường", o).status).toBe("exceeded");
  });

  it("keeps invalid when the whole target was read", () => {
    const v = evaluate("ít nhất 1.170.000 đồng", "15 kg");
    expect(v.warnings.map((w) => w.code)).not.toContain("target_partly_read");
    expect(v.status).toBe("invalid");
  });

  it("asks about a plain level typed for a change target with no baseline; a blank stays no data", () => {
    const v = evaluate("Có thêm ít nhất 1 huyện thoát nghèo", "2", o);
    expect(v.status).toBe("review");
    expect(v.warnings.map((w) => w.code)).toContain("missing_baseline");
    expect(v.explanations.vi).toContain('"2" là một mức');
    expect(v.explanations.en).toContain('"2" is a level');
    expect(evaluate("Có thêm ít nhất 1 huyện thoát nghèo", "", o).status).toBe("no_data");
    expect(evaluate("Có thêm ít nhất 1 huyện thoát nghèo", "chưa có số liệu", o).status).toBe("no_data");
    expect(evaluate("Có thêm ít nhất 1 huyện thoát nghèo", "thêm 2 huyện", o).status).toBe("exceeded");
    expect(evaluate("Có thêm ít nhất 1 huyện thoát nghèo", "2", { ...o, baseline: "0" }).status).toBe("exceeded");
  });
});

describe("actualText: the figure as the report's 'Thực hiện' column prints it", () => {
  it("prints a completion date as dd/mm/yyyy, however the cell held it", () => {
    for (const cell of ["2023-09-15", "15/9/2023", new Date(Date.UTC(2023, 8, 15))]) {
      expect(evaluate("chậm nhất ngày 20/10/2023", cell, { asOf: "2023-12-20" }).actualText).toBe("15/09/2023");
    }
  });
});
