// Golden explanations: one sentence per verdict, a sample of every rule kind, in Vietnamese and English.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { canonical } from "./canonical";
import { evaluate } from "./evaluate";
import { RULE_KINDS, type Rule, type Unit } from "./schema";
import type { EvaluateOptions } from "./verdict";

const P: Unit = { kind: "percent" };
const cmp = (op: ">=" | ">" | "<=" | "<", value: number, unit: Unit = P, subject?: string): Rule =>
  subject ? { kind: "compare", op, value, unit, intent: "plain", subject } : { kind: "compare", op, value, unit, intent: "plain" };
const band = (min: number, max: number, sense: "up" | "down" | "band", unit: Unit = P): Rule => ({
  kind: "range", min, max, minInclusive: true, maxInclusive: true, unit, sense,
});
const deadline: Rule = { kind: "deadline", due: "2025-06-30" };
const change: Rule = { kind: "change", direction: "decrease", mode: "points", amount: 0.015, unit: P, perYear: false, baselineLabel: "đầu năm" };
const reference: Rule = { kind: "reference", op: ">", reference: "trung bình chung Thành phố", unit: P };

/** `{c}` stands for the rule's canonical text in the row's language, which the parser's helper owns. */
type Row = [rule: Rule, actual: CellValue, opts: EvaluateOptions, vi: string, en: string];

const ROWS: Row[] = [
  [cmp(">=", 0.65), "63,2%", {}, "Chưa đạt: 63,2% < 65% (thiếu 1,8 điểm %)", "Not met: 63.2% < 65% (1.8 percentage points short)"],
  [cmp(">=", 0.65), "65%", {}, "Đạt: 65% = 65%", "Met: 65% = 65%"],
  [cmp(">=", 0.65), "70%", {}, "Vượt: 70% > 65% (vượt 5 điểm %)", "Exceeded: 70% > 65% (5 percentage points above)"],
  [cmp(">=", 0.65), "63,2%", { tolerance: 0.05 }, "Gần đạt: 63,2% < 65% (thiếu 1,8 điểm %, trong mức gần đạt)", "Near: 63.2% < 65% (1.8 percentage points short, within the tolerance)"],
  [cmp(">=", 0.9, P, "tỷ lệ trẻ đến trường"), "7.910/9.232", {},
    "Chưa đạt: 85,68% (7.910/9.232) < 90% (thiếu 4,32 điểm %, cần thêm 399 trẻ)",
    "Not met: 85.68% (7,910/9,232) < 90% (4.32 percentage points short, 399 more children needed)"],
  [cmp(">=", 0.65), "64,999%", {}, "Chưa đạt: 64,999% < 65% (thiếu 0,001 điểm %)", "Not met: 64.999% < 65% (0.001 percentage points short)"],
  [cmp(">", 0.75), "80%", {}, "Đạt: 80% > 75%", "Met: 80% > 75%"],
  [cmp("<", 0.03), "3,5%", {}, "Chưa đạt: 3,5% > 3% (vượt ngưỡng 0,5 điểm %)", "Not met: 3.5% > 3% (0.5 percentage points over the limit)"],
  [cmp("<=", 45, { kind: "count", noun: "lớp" }), 47, {}, "Chưa đạt: 47 > 45 lớp (vượt ngưỡng 2 lớp)", "Not met: 47 > 45 classes (2 classes over the limit)"],
  [cmp(">=", 20, { kind: "count", noun: "trường" }), 19, {}, "Chưa đạt: 19 < 20 trường (thiếu 1 trường)", "Not met: 19 < 20 schools (1 school short)"],
  [cmp(">=", 10, { kind: "measure", unit: "m2/trẻ" }), 9.5, {}, "Chưa đạt: 9,5 < 10 m2/trẻ (thiếu 0,5 m2/trẻ)", "Not met: 9.5 < 10 m2/trẻ (0.5 m2/trẻ short)"],
  // A plain 0,5 is 50% or 0,5%, and the two readings judge it differently: review, never a confident verdict.
  [cmp("<=", 0.012), 0.5, {},
    "Cần xác nhận: 0,5 có thể là 50% (Chưa đạt) hoặc 0,5% (Đạt); ghi rõ dấu % hoặc chọn thang tỷ lệ",
    "Needs review: 0.5 may mean 50% (Not met) or 0.5% (Met); write the % sign or choose a percent scale"],
  [cmp(">=", 0.9), "102%", {}, "Vượt: 102% > 90% (vượt 12 điểm %; lưu ý: tỷ lệ 102% lớn hơn 100%)", "Exceeded: 102% > 90% (12 percentage points above; note: the rate 102% is above 100%)"],
  [band(0.55, 0.6, "band"), "57%", {}, "Đạt: 57% nằm trong {c}", "Met: 57% is within {c}"],
  [band(0.55, 0.6, "band"), "50%", {}, "Chưa đạt: 50% < 55% (chỉ tiêu {c}, thiếu 5 điểm %)", "Not met: 50% < 55% (target {c}, 5 percentage points short)"],
  [band(0.55, 0.6, "up"), "65%", {}, "Vượt: 65% > 60% (chỉ tiêu {c}, vượt 5 điểm %)", "Exceeded: 65% > 60% (target {c}, 5 percentage points above)"],
  [band(0.001, 0.002, "down"), "0,05%", {}, "Đạt: 0,05% < 0,1% (chỉ tiêu {c})", "Met: 0.05% < 0.1% (target {c})"],
  [band(30, 35, "band", { kind: "measure", unit: "trẻ/nhóm lớp" }), 36, {},
    "Chưa đạt: 36 > 35 trẻ/nhóm lớp (chỉ tiêu {c}, vượt ngưỡng 1 trẻ/nhóm lớp)",
    "Not met: 36 > 35 trẻ/nhóm lớp (target {c}, 1 trẻ/nhóm lớp over the limit)"],
  [{ kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }, "26/28", {}, "Chưa đạt: 26/28 < 28/28 trường (cần thêm 2 trường)", "Not met: 26/28 < 28/28 schools (2 more schools needed)"],
  [{ kind: "fraction", numerator: 14, denominator: 14, noun: "phường" }, "13/14", {}, "Chưa đạt: 13/14 < 14/14 phường (cần thêm 1 phường)", "Not met: 13/14 < 14/14 wards (1 more ward needed)"],
  [{ kind: "fraction", numerator: 15, denominator: 15, noun: "xã" }, "13/15", {}, "Chưa đạt: 13/15 < 15/15 xã (cần thêm 2 xã)", "Not met: 13/15 < 15/15 xã (2 more xã needed)"],
  [cmp(">=", 5, { kind: "count", noun: "điểm trường" }), 3, {}, "Chưa đạt: 3 < 5 điểm trường (thiếu 2 điểm trường)", "Not met: 3 < 5 điểm trường (2 điểm trường short)"],
  [{ kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }, 28, {}, "Đạt: 28/28 = 28/28 trường", "Met: 28/28 = 28/28 schools"],
  [{ kind: "fraction", numerator: 28, denominator: 28 }, "90%", {}, "Chưa đạt: 90% < 28/28 (thiếu 10 điểm %)", "Not met: 90% < 28/28 (10 percentage points short)"],
  [{ kind: "level", level: 3 }, "mức độ 2", {}, "Chưa đạt: mức độ 2 < mức độ 3", "Not met: level 2 < level 3"],
  [{ kind: "level", level: 5.5, scale: "IELTS" }, "IELTS 6.5", {}, "Vượt: IELTS 6,5 > IELTS 5,5", "Exceeded: IELTS 6.5 > IELTS 5.5"],
  [{ kind: "rank", rank: 6, of: 30, top: false }, 8, {}, "Chưa đạt: hạng 8, chỉ tiêu {c} (kém 2 bậc)", "Not met: rank 8, target {c} (2 places behind)"],
  [{ kind: "rank", rank: 6, of: 30, top: false }, "hạng 5", {}, "Vượt: hạng 5, chỉ tiêu {c} (hơn 1 bậc)", "Exceeded: rank 5, target {c} (1 place ahead)"],
  [{ kind: "rank", rank: 5, top: true }, 3, {}, "Đạt: hạng 3, chỉ tiêu {c}", "Met: rank 3, target {c}"],
  [change, "3,8%", { baseline: "5%" }, "Chưa đạt: giảm 1,2 điểm % (từ 5% (số liệu gốc) xuống 3,8%, chỉ tiêu {c}, thiếu 0,3 điểm %)", "Not met: down 1.2 percentage points (from 5% (baseline) to 3.8%, target {c}, 0.3 percentage points short)"],
  [change, "3,5%", { baseline: "5%" }, "Đạt: giảm 1,5 điểm % (từ 5% (số liệu gốc) xuống 3,5%, chỉ tiêu {c})", "Met: down 1.5 percentage points (from 5% (baseline) to 3.5%, target {c})"],
  [change, "3,8%", {}, "Chưa có số liệu: thiếu số liệu gốc (đầu năm) để so sánh; hoặc ghi mức thay đổi, vd \"thêm 3\", \"giảm 4%\"", "No data: the baseline (đầu năm) to compare with is missing; or type the change, e.g. \"thêm 3\", \"giảm 4%\""],
  [{ kind: "change", direction: "increase", mode: "percent", amount: 0.1, unit: { kind: "count" }, perYear: false }, 105, { baseline: 100 },
    "Chưa đạt: tăng 5% (từ 100 (số liệu gốc) lên 105, chỉ tiêu {c}, thiếu 5%)", "Not met: up 5% (from 100 (baseline) to 105, target {c}, 5% short)"],
  [reference, "92%", { reference: "90%" }, "Đạt: 92% > 90% (trung bình chung Thành phố)", "Met: 92% > 90% (trung bình chung Thành phố)"],
  [reference, "92%", {}, "Chưa có số liệu: thiếu giá trị so sánh (trung bình chung Thành phố)", "No data: the reference value (trung bình chung Thành phố) is missing"],
  [{ kind: "frequency", op: ">=", count: 1, noun: "chuyên đề", period: "year" }, 0, {}, "Chưa đạt: 0 < 1 chuyên đề (thiếu 1 chuyên đề)", "Not met: 0 < 1 topic (1 topic short)"],
  [{ kind: "frequency", op: ">=", count: 1, noun: "lần", period: "quarter" }, "2 lần", {}, "Vượt: 2 > 1 lần (vượt 1 lần)", "Exceeded: 2 > 1 time (1 time above)"],
  [deadline, "", { asOf: "2025-06-20" }, "Chưa đến hạn: chưa hoàn thành, hạn 30/06/2025 (còn 10 ngày)", "Not yet due: not completed, due 2025-06-30 (10 days left)"],
  [deadline, "", { asOf: "2025-06-30" }, "Chưa đến hạn: chưa hoàn thành, hạn 30/06/2025 (hạn là hôm nay)", "Not yet due: not completed, due 2025-06-30 (due today)"],
  [deadline, "", { asOf: "2025-07-01" }, "Quá hạn: chưa hoàn thành, hạn 30/06/2025 (quá 1 ngày)", "Overdue: not completed, due 2025-06-30 (1 day late)"],
  [deadline, "15/06/2025", { asOf: "2025-07-01" }, "Đạt: hoàn thành 15/06/2025, hạn 30/06/2025", "Met: completed 2025-06-15, due 2025-06-30"],
  [deadline, "10/07/2025", { asOf: "2025-08-01" }, "Chưa đạt: hoàn thành 10/07/2025, trễ 10 ngày so với hạn 30/06/2025", "Not met: completed 2025-07-10, 10 days after the due date 2025-06-30"],
  [deadline, "x", { asOf: "2025-08-01" },
    "Đạt: đã hoàn thành, hạn 30/06/2025 (lưu ý: \"x\" được hiểu là đã hoàn thành đúng hạn (không có ngày hoàn thành))",
    "Met: completed, due 2025-06-30 (note: \"x\" was read as completed on time (no completion date given))"],
  [{ kind: "zero", unit: { kind: "count", noun: "vụ" } }, 0, {}, "Đạt: 0 (chỉ tiêu {c})", "Met: 0 (target {c})"],
  [{ kind: "zero", unit: { kind: "count", noun: "vụ" } }, 2, {}, "Chưa đạt: 2 > 0 (chỉ tiêu {c})", "Not met: 2 > 0 (target {c})"],
  [{ kind: "zero", unit: { kind: "count" } }, "Không", {}, "Đạt: \"Không\" (chỉ tiêu {c})", "Met: \"Không\" (target {c})"],
  [{ kind: "boolean", statement: "công nhận đạt chuẩn" }, "Đạt", {}, "Đạt: \"Đạt\" (chỉ tiêu {c})", "Met: \"Đạt\" (target {c})"],
  [{ kind: "boolean", statement: "công nhận đạt chuẩn" }, "Chưa", {}, "Chưa đạt: \"Chưa\" (chỉ tiêu {c})", "Not met: \"Chưa\" (target {c})"],
  [cmp(">=", 0.65), "", {}, "Chưa có số liệu: ô trống, chưa có số liệu", "No data: the cell is empty"],
  [cmp(">=", 0.65), "—", {}, "Chưa có số liệu: \"—\" nghĩa là chưa có số liệu", "No data: \"—\" means no data yet"],
  [cmp(">=", 0.65), { error: "#N/A" }, {}, "Chưa có số liệu: #N/A: chưa có giá trị", "No data: #N/A: value not available"],
  [cmp(">=", 0.65), "#DIV/0!", {}, "Số liệu không hợp lệ: ô báo lỗi #DIV/0!", "Invalid value: the cell shows the error #DIV/0!"],
  [cmp(">=", 0.65), "abc", {}, "Số liệu không hợp lệ: \"abc\" không phải là số", "Invalid value: \"abc\" is not a number"],
  [cmp(">=", 0.65), "15/14", {}, "Số liệu không hợp lệ: \"15/14\": tử số lớn hơn mẫu số", "Invalid value: \"15/14\": the numerator is larger than the denominator"],
  [cmp(">=", 20, { kind: "count", noun: "trường" }), "80%", {}, "Số liệu không hợp lệ: \"80%\" là tỷ lệ, chỉ tiêu cần số lượng", "Invalid value: \"80%\" is a rate; the target needs a count"],
];

describe("explain (golden)", () => {
  it.each(ROWS.map((r, i) => [i, ...r] as const))("row %i: %j with %j", (_i, rule, actual, opts, vi, en) => {
    const v = evaluate(rule, actual, { ...opts, lang: "vi" });
    const e = evaluate(rule, actual, { ...opts, lang: "en" });
    expect(v.explanation).toBe(vi.replaceAll("{c}", canonical(rule, "vi")));
    expect(e.explanation).toBe(en.replaceAll("{c}", canonical(rule, "en")));
    expect(v.explanations).toEqual({ vi: v.explanation, en: e.explanation });
  });

  it("covers every rule kind", () => {
    const kinds = new Set(ROWS.map((r) => r[0].kind));
    for (const k of RULE_KINDS) expect(kinds.has(k), k).toBe(true);
  });

  it("starts every sentence with the verdict's label", () => {
    for (const [rule, actual, opts] of ROWS) {
      for (const lang of ["vi", "en"] as const) {
        const v = evaluate(rule, actual, { ...opts, lang });
        expect(v.explanation.startsWith(`${v.label}: `)).toBe(true);
      }
    }
  });

  it("explains an unreadable target with the part that could not be read", () => {
    const v = evaluate("xyz không rõ", 1);
    expect(v.status).toBe("unreadable");
    expect(v.explanation).toContain("xyz");
    expect(v.canonical).toBe("");
  });
});
