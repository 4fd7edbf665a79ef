// Which column is a plan's figure in a unit matrix (round 43, pass43): the "who" slot before what is planned names
// people or places, never a verb; "mới" adds nothing; a difference column's formulas or number row pair the figure
// with the plan. Every sheet is invented, in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import { nothingJudged } from "./coverage";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);
const statuses = (r: R, col: number) => [1, 2, 3].map((row) => at(r, row, col)?.status);
const judged = (r: R, col: number) => statuses(r, col).filter((s) => s && s !== "review");

/** TT | Đơn vị | <plan> | <count>, one header row: the count the only one beside the plan (44/40, 12/50, 30/30). */
function oneCount(plan: string, count: string): SheetData {
  const rows: Array<[string, number, number]> = [["Xã Tân Lập", 40, 44], ["Xã Tân Hòa", 50, 12], ["Xã Tân Phú", 30, 30]];
  return { name: "Don vi", values: [["TT", "Đơn vị", plan, count], ...rows.map(([n, p, x], i) => [i + 1, n, p, x])] };
}

describe("the words before what is planned name who is counted: a verb or an adverb there counts something else", () => {
  it.each([
    ["Kế hoạch tiêm phòng dại (Trạm thú y giao)", "Số hộ từ chối tiêm phòng dại"],
    ["Chỉ tiêu xét nghiệm HIV (TTYT giao)", "Số người từng xét nghiệm HIV"],
    ["Kế hoạch phun thuốc diệt muỗi (huyện giao)", "Số hộ ngừng phun thuốc diệt muỗi"],
    ["Chỉ tiêu cấp thẻ BHYT (BHXH giao)", "Số người chậm cấp thẻ BHYT"],
    ["Kế hoạch cai nghiện ma túy (Công an giao)", "Số người bỏ cai nghiện ma túy"],
    ["Chỉ tiêu khám sức khỏe định kỳ (TTYT giao)", "Số người hoãn khám sức khỏe định kỳ"],
  ])("'%s' beside '%s' alone: not paired", (plan, count) => {
    expect(judged(checkSheet(oneCount(plan, count), null, { asOf: "2039-02-01" }), 3)).toEqual([]);
  });
  it.each([
    ["Kế hoạch tiêm phòng dại (Trạm thú y giao)", "Số hộ được tiêm phòng dại"],
    ["Chỉ tiêu xét nghiệm HIV (TTYT giao)", "Số người đã xét nghiệm HIV"],
    ["Kế hoạch phun thuốc diệt muỗi (huyện giao)", "Số xã đã phun thuốc diệt muỗi"],
    ["Chỉ tiêu cấp thẻ BHYT (BHXH giao)", "Số trẻ em được cấp thẻ BHYT"],
    ["Kế hoạch tập huấn sơ cứu (Hội Chữ thập đỏ giao)", "Số người được tập huấn sơ cứu"],
  ])("'%s' beside '%s': a noun of people or places there, paired", (plan, count) => {
    expect(statuses(checkSheet(oneCount(plan, count), null, { asOf: "2039-02-01" }), 3)).toEqual(["exceeded", "not_met", "met"]);
  });
});

describe("'mới' after what is planned says it was newly done: the plan's own count", () => {
  it.each([
    ["Chỉ tiêu kết nạp hội viên (Hội giao)", "Số hội viên được kết nạp mới"],
    ["Kế hoạch trồng cây xanh (xã giao)", "Số cây xanh trồng mới"],
    ["Kế hoạch xây trường mầm non (huyện giao)", "Số trường mầm non xây mới"],
  ])("'%s' beside '%s': paired", (plan, count) => {
    expect(statuses(checkSheet(oneCount(plan, count), null, { asOf: "2039-02-01" }), 3)).toEqual(["exceeded", "not_met", "met"]);
  });
  it("'mới' does not excuse another word added: 'Số cây xanh trồng mới bị chết' is not paired", () => {
    expect(judged(checkSheet(oneCount("Kế hoạch trồng cây xanh (xã giao)", "Số cây xanh trồng mới bị chết"), null, { asOf: "2039-02-01" }), 3)).toEqual([]);
  });
});

/**
 * TT | Đơn vị | Thanh niên trong độ tuổi | <figure> | <plan> | <difference>, a number row under the headings (1 … 6, the difference's
 * `numberText`), units on rows 2-4 (0-based): all of age, figure, plan. `formula` writes each unit's difference cell.
 */
function diffSheet(figure: string, plan: string, diff: string, numberText: string, formula: (r: number) => string | undefined): SheetData {
  const rows: Array<[string, number, number, number]> = [["Xã Yên Lạc", 90, 64, 60], ["Xã Yên Bình", 70, 38, 52], ["Xã Yên Hòa", 80, 46, 46]];
  const values: SheetData["values"] = [["TT", "Đơn vị", "Thanh niên trong độ tuổi", figure, plan, diff], ["1", "2", "3", "4", "5", numberText]];
  rows.forEach(([n, reg, f, p], i) => values.push([i + 1, n, reg, f, p, f - p]));
  const formulas: string[][] = values.map(() => []);
  rows.forEach((_, i) => {
    const f = formula(i + 3);
    if (f) formulas[i + 2] = ["", "", "", "", "", f];
  });
  return { name: "Theo xa", values, formulas: formulas as never };
}
const fig = (r: R) => [2, 3, 4].map((row) => at(r, row, 3)?.status);

describe("a difference column is no evidence of a pairing (held back after rereview43d): nothing is paired by it alone", () => {
  it.each([
    ["Số đã khám tuyển", "Chỉ tiêu điều khám cấp huyện", "Thừa (+) / Thiếu (-)"],
    ["Thực hiện", "Chỉ tiêu giao quân năm 2031", "Chênh lệch so với chỉ tiêu"],
    ["Hoàn thành hồ sơ", "Kế hoạch tuyển chọn đợt 1", "Tăng (+), giảm (-) so chỉ tiêu"],
  ])("'%s' | '%s' | '%s' = figure − plan on every row: nothing paired by the formula", (figure, plan, diff) => {
    const r = checkSheet(diffSheet(figure, plan, diff, "6", (row) => `=D${row}-E${row}`), null, { asOf: "2039-02-01" });
    // (Where the words pair them, "Thực hiện" beside its plan, the verdicts are the figure's; never another column's.)
    for (const s of fig(r)) expect([undefined, "review", "exceeded", "not_met", "met"]).toContain(s);
    expect(r.ok ? r.items.filter((i) => i.cell.col !== 3 && i.cell.row >= 2 && i.cell.row <= 4) : []).toEqual([]);
  });
  it.each(["6=4-5", "(6)=(4)-(5)", "6 = 4 - 5"])("no formulas, a number row '%s' pairs nothing", (numberText) => {
    const r = checkSheet(diffSheet("Số đã khám tuyển", "Chỉ tiêu điều khám cấp huyện", "Thừa (+) / Thiếu (-)", numberText, () => undefined), null, { asOf: "2039-02-01" });
    expect(fig(r).filter((s) => s && s !== "review")).toEqual([]);
  });
  it("a difference of two other columns (figure − all of age) pairs nothing with the plan", () => {
    const r = checkSheet(diffSheet("Đủ điều kiện khám tuyển", "Chỉ tiêu điều khám cấp huyện", "Chênh lệch", "6=4-3", (row) => `=D${row}-C${row}`), null, { asOf: "2039-02-01" });
    expect(fig(r).filter((s) => s && s !== "review")).toEqual([]);
  });
  it("a difference of two plans ('Chỉ tiêu năm 2031' − 'Chỉ tiêu năm 2030') pairs neither with the other", () => {
    const r = checkSheet(diffSheet("Chỉ tiêu năm 2030", "Chỉ tiêu năm 2031", "Tăng (+)/giảm (-)", "6", (row) => `=E${row}-D${row}`), null, { asOf: "2039-02-01" });
    expect(fig(r).filter((s) => s && s !== "review")).toEqual([]);
  });
  it("one row's formula alone is no evidence", () => {
    const r = checkSheet(diffSheet("Đủ điều kiện khám tuyển", "Chỉ tiêu điều khám cấp huyện", "Ghi chú số", "6", (row) => (row === 3 ? `=D${row}-E${row}` : undefined)), null, { asOf: "2039-02-01" });
    expect(fig(r).filter((s) => s && s !== "review")).toEqual([]);
  });
  it("left unpaired, the plan column is listed as the plan, not as a figure, where the user reads how to --map", () => {
    const r = checkSheet(diffSheet("Đủ điều kiện khám tuyển", "Chỉ tiêu điều khám cấp huyện", "Ghi chú số", "6", () => undefined), null, { asOf: "2039-02-01" });
    if (!r.ok) throw new Error("no table");
    const said = nothingJudged(r)?.vi ?? "";
    expect(said).toContain('E "Chỉ tiêu điều khám cấp huyện / 5" (chỉ tiêu)');
    expect(said).toContain('--map "chỉ tiêu=E,thực hiện=<cột số liệu>"');
    expect(said).not.toContain('Cột "Chỉ tiêu điều khám cấp huyện"');
  });
});

/**
 * review43d's probes: TT | Đơn vị | C | D | E | F, three communes (C 60/52/46, D 64/38/46, E 55/50/40), F the
 * difference `diff` writes on each row, or a number row `numbers` under the headings.
 */
function five(heads: string[], diff: ((r: number) => string) | null, numbers?: string): SheetData {
  const units: Array<[string, number, number, number]> = [["Xã Đông Hải", 60, 64, 55], ["Xã Tây Hải", 52, 38, 50], ["Xã Nam Hải", 46, 46, 40]];
  const values: SheetData["values"] = [["TT", "Đơn vị", ...heads]];
  if (numbers) values.push(["(1)", "(2)", "(3)", "(4)", "(5)", numbers]);
  const first = values.length;
  const formulas: string[][] = values.map(() => []);
  units.forEach(([n, c, d, e], i) => {
    values.push([i + 1, n, c, d, e, null]);
    formulas.push(diff ? ["", "", "", "", "", diff(first + i + 1)] : []);
  });
  return { name: "S", values, formulas: formulas as never };
}
const judgedAt = (r: R) => (r.ok ? r.items.filter((i) => i.status !== "review").map((i) => `${"ABCDEF"[i.cell.col]}:${i.status}`) : []);

describe("a difference never chooses last year's result, a baseline, an adjustment or a pool as the plan's figure", () => {
  it("a plan less last year's result ('Chỉ tiêu tăng so năm trước' = C − D) leaves this year's result paired by its words", () => {
    const r = checkSheet(five(["Chỉ tiêu giao quân năm 2026", "Kết quả giao quân năm 2025", "Thực hiện giao quân năm 2026", "Chỉ tiêu tăng so năm trước"], (r) => `=C${r}-D${r}`), null, { asOf: "2039-02-01" });
    expect(judgedAt(r)).toEqual(["E:not_met", "E:not_met", "E:not_met"]);
  });
  it.each([
    ["Chỉ tiêu khám tuyển cấp huyện", "Số khám tuyển năm 2025", "Số đã khám tuyển", "Tăng/giảm chỉ tiêu so năm trước", "C-D"],
    ["Chỉ tiêu giao", "Giảm trừ", "Thực hiện", "Chỉ tiêu còn lại", "C-D"],
    ["Chỉ tiêu tuyển sinh lớp 10", "Điều chỉnh giảm", "Số HS trúng tuyển", "Chỉ tiêu sau điều chỉnh", "C-D"],
    ["Chỉ tiêu tuyển sinh lớp 10", "Số HS đăng ký dự tuyển", "Số HS trúng tuyển", "Chênh lệch dự tuyển so chỉ tiêu", "D-C"],
    ["Chỉ tiêu khám tuyển", "Số công dân đủ điều kiện", "Số đã khám", "Thừa/thiếu nguồn", "D-C"],
    ["Chỉ tiêu hộ dùng nước sạch năm 2026", "Số hộ dùng nước sạch đầu năm", "Số hộ dùng nước sạch cuối năm", "Tăng thêm theo chỉ tiêu", "C-D"],
    ["Kế hoạch tuyển quân (huyện giao)", "Số thanh niên đủ điều kiện nhập ngũ", "Số đã nhập ngũ", "Thừa (+) / Thiếu (-)", "D-C"],
  ])("'%s' | '%s' | '%s' | '%s' (%s): nothing paired", (c, d, e, f, op) => {
    const [a, b] = op.split("-");
    expect(judgedAt(checkSheet(five([c, d, e, f], (r) => `=${a}${r}-${b}${r}`), null, { asOf: "2039-02-01" }))).toEqual([]);
  });
  it("a number row '(6)=(4)-(3)' of applicants less the quota pairs nothing", () => {
    expect(judgedAt(checkSheet(five(["Chỉ tiêu tuyển sinh lớp 10", "Số HS đăng ký dự tuyển", "Số HS trúng tuyển", "Chênh lệch"], null, "(6)=(4)-(3)"), null, { asOf: "2039-02-01" }))).toEqual([]);
  });
  it("'Còn thiếu' = quota − done never pairs the eligible pool", () => {
    const r = checkSheet(five(["Chỉ tiêu khám tuyển", "Số công dân đủ điều kiện", "Số đã khám", "Còn thiếu"], (r) => `=C${r}-E${r}`), null, { asOf: "2039-02-01" });
    expect(judgedAt(r).filter((x) => x.startsWith("D:"))).toEqual([]);
  });
});

describe("'mới' after a noun, and 'mỗi' or 'mọi' anywhere, change what is counted", () => {
  it.each([
    ["Chỉ tiêu hộ nghèo năm 2026 (giao)", "Số hộ nghèo mới"],
    ["Chỉ tiêu ca mắc sốt xuất huyết (giao)", "Số ca mắc sốt xuất huyết mới"],
    ["Kế hoạch hỗ trợ học sinh (giao)", "Mức hỗ trợ mỗi học sinh"],
    ["Kế hoạch chi hỗ trợ học sinh (giao)", "Mức chi hỗ trợ mỗi học sinh (đồng)"],
    ["Chỉ tiêu thuê bao internet (giao)", "Số thuê bao internet mới"],
    ["Kế hoạch người nhiễm HIV được điều trị (giao)", "Số người nhiễm HIV mới được điều trị"],
    ["Kế hoạch tuyển sinh lớp 6 (giao)", "Số học sinh tuyển sinh lớp 6 mỗi lớp"],
    ["Chỉ tiêu doanh nghiệp hoạt động (giao)", "Số doanh nghiệp hoạt động mới"],
    ["Kế hoạch trồng cây phân tán (giao)", "Số cây trồng mọi thôn"],
  ])("'%s' beside '%s': not paired", (plan, count) => {
    expect(judged(checkSheet(oneCount(plan, count), null, { asOf: "2039-02-01" }), 3)).toEqual([]);
  });
});

describe("a result word before what is planned is no 'who' ('Thực hiện', 'Kết quả'), and 'người dân' is people", () => {
  it.each([
    ["Chỉ tiêu giao quân năm 2026", "Thực hiện giao quân năm 2026"],
    ["Kế hoạch tuyển sinh lớp 10", "Kết quả tuyển sinh lớp 10"],
    ["Kế hoạch tiêm chủng mở rộng", "Kết quả tiêm chủng mở rộng"],
    ["Kế hoạch cấp thẻ bảo hiểm y tế (giao)", "Số người dân được cấp thẻ bảo hiểm y tế"],
  ])("'%s' beside '%s': paired", (plan, count) => {
    expect(statuses(checkSheet(oneCount(plan, count), null, { asOf: "2039-02-01" }), 3)).toEqual(["exceeded", "not_met", "met"]);
  });
});
