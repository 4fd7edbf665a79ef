// A figure in one unit judged against a target in another (round 46, units46), on invented sheets: a count under a
// share target is asked about, never judged as percent points; a scale of money said in a column's heading
// ("Kinh phí (nghìn đồng)", "Số tiền (1.000đ)") or a ĐVT written short ("1000đ", "Tr.đ") is read as the ĐVT is, on the
// sheet and in a plan grid; a scale no one says, where the verdict turns on it, is asked about.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { headingUnit, unitSpelling } from "../number/units";
import { planFromGrid } from "../plan/grid";
import { checkSheet } from "./check";

const T = ["KẾT QUẢ THỰC HIỆN NĂM 2024"];
function verdicts(values: CellValue[][], merges?: Array<{ top: number; left: number; bottom: number; right: number }>) {
  const r = checkSheet({ name: "Ket qua", values, ...(merges ? { merges } : {}) }, null, { asOf: "2025-06-30" });
  if (!r.ok) throw new Error("not checked");
  return r.items.map((i) => [i.status, i.verdict.explanations.vi] as const);
}
const list = (head: string, rows: CellValue[][]) => verdicts([T, [], ["TT", "Nội dung", "Chỉ tiêu", head], ...rows.map((r, i) => [i + 1, ...r])]);

describe("unit spellings of money", () => {
  it("reads scales said by figures and short forms as the words", () => {
    expect(["1000đ", "1.000 đồng", "Tr.đ", "trđ", "nghìn đ", "tỉ VNĐ", "1.000.000đ", "1.000đ/HS"].map(unitSpelling)).toEqual(["nghìn đồng", "nghìn đồng", "triệu đồng", "triệu đồng", "nghìn đồng", "tỷ đồng", "triệu đồng", "nghìn đồng/HS"]);
    expect(["trẻ", "Trường", "1000 người", "Tấn", "tr"].map(unitSpelling)).toEqual(["trẻ", "Trường", "1000 người", "Tấn", "tr"]);
  });
  it("reads a heading's unit in brackets or after ĐVT, never a count, a share or a period", () => {
    const h = ["Kinh phí (nghìn đồng)", "Số tiền (1.000đ)", "Kinh phí (ĐVT: 1000đ)", "Tổng thu, ĐVT: triệu đồng", "Mức thu (nghìn đồng/HS/tháng)", "Diện tích (ha)", "Thời gian (giờ)"];
    expect(h.map(headingUnit)).toEqual(["nghìn đồng", "nghìn đồng", "nghìn đồng", "triệu đồng", "nghìn đồng/HS/tháng", "ha", "giờ"]);
    expect(["Số HS (người)", "Tỷ lệ (%)", "Thực hiện (tháng)", "Thực hiện (năm 2024)", "Kết quả (lần)", "Kinh phí"].map(headingUnit)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("a count under a share target", () => {
  it("asks about a count of the row's ĐVT", () => {
    const v = verdicts([T, [], ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện"], [1, "Số học sinh được khám sức khỏe", "học sinh", "95%", 890], [2, "Tỷ lệ học sinh lên lớp", "%", "98%", 99.1]]);
    expect(v.map((x) => x[0])).toEqual(["review", "exceeded"]);
  });
  it("asks with no ĐVT when the name counts or the figure is far past any share", () => {
    const v = list("Thực hiện", [["Số học sinh được khám sức khỏe", "95%", 890], ["Tổng số trẻ ra lớp", "90%", 80], ["Học sinh được khám sức khỏe", "95%", 890], ["Tỷ lệ học sinh lên lớp", "98%", 97]]);
    expect(v.map((x) => x[0])).toEqual(["review", "review", "review", "not_met"]);
    expect(v[0][1]).toContain("890 là số lượng, chỉ tiêu là tỷ lệ");
  });
  it("asks about a count under a share, also below a 'Tổng số …' line (the total may be of another whole)", () => {
    const v = list("Thực hiện", [["Tổng số học sinh", null, 953], ["Số học sinh học 2 buổi/ngày", "100%", 953], ["Số học sinh bán trú", "ít nhất 80%", 700], ["Số giáo viên đạt chuẩn", "100%", 45]]);
    expect(v.map((x) => x[0])).toEqual(["review", "review", "review"]);
  });
  it("asks about a count under a cap share", () => {
    const v = list("Thực hiện", [["Số học sinh bỏ học", "dưới 1%", 3], ["Tổng số trẻ", null, 400], ["Số giáo viên nghỉ việc", "không quá 2%", 4]]);
    expect(v.map((x) => x[0])).toEqual(["review", "review"]);
  });
  it("judges shares typed as 0,95 or 95, a completion past 100 and a count under a '(%)' heading as before", () => {
    expect(list("Thực hiện", [["Tỷ lệ học sinh lên lớp", "95%", 0.96], ["Tỷ lệ trẻ chuyên cần", "90%", 0.85]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
    expect(list("Thực hiện", [["Tỷ lệ học sinh lên lớp", "95%", 96], ["Tỷ lệ trẻ chuyên cần", "90%", 85], ["Hoàn thành kế hoạch thu", "100%", 105]]).map((x) => x[0])).toEqual(["exceeded", "not_met", "exceeded"]);
    expect(list("Thực hiện (%)", [["Số trẻ được tiêm chủng đầy đủ", "95%", 96], ["Số học sinh lên lớp", "98%", 97]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
    expect(list("Thực hiện", [["Số lượt học sinh tham gia", "120 lượt", 130]]).map((x) => x[0])).toEqual(["exceeded"]);
  });
});

describe("a scale of money in a heading", () => {
  it("reads figures in thousands against targets in millions and in đồng", () => {
    expect(list("Kinh phí (nghìn đồng)", [["Xã hội hóa", "ít nhất 1,2 tỷ đồng", 1300000], ["Chi mua sắm", "không quá 200 triệu đồng", 250000]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
    expect(list("Số tiền (1.000đ)", [["Quỹ khuyến học", "ít nhất 50.000.000 đồng", 52000], ["Chi văn phòng phẩm", "không quá 20.000.000 đồng", 21000]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
  });
  it("reads figures in millions against billions, and in billions against millions", () => {
    expect(list("Tổng thu (triệu đồng)", [["Huy động xã hội hóa", "ít nhất 1,2 tỷ đồng", 1300], ["Chi sửa chữa", "không quá 0,5 tỷ đồng", 600]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
    expect(list("Thực hiện (tỷ đồng)", [["Huy động xã hội hóa", "ít nhất 800 triệu đồng", 0.9], ["Chi sửa chữa", "không quá 300 triệu đồng", 0.35]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
  });
  it("keeps what a sum is per under a heading with a scale and a slash", () => {
    const v = list("Mức thu (nghìn đồng/HS/tháng)", [["Tiền ăn bán trú", "không quá 150.000 đồng/HS/tháng", 120], ["Tiền học thêm", "không quá 100.000 đồng/HS/tháng", 110]]);
    expect(v.map((x) => x[0])).toEqual(["met", "not_met"]);
  });
  it("reads a scale merged over the plan and the figure for both", () => {
    const values: CellValue[][] = [T, [], ["TT", "Nội dung", "Kinh phí (triệu đồng)", null], [null, null, "Kế hoạch", "Thực hiện"], [1, "Huy động xã hội hóa", 1200, 1100], [2, "Chi sửa chữa", "không quá 300", 250]];
    const v = verdicts(values, [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(v.map((x) => x[0])).toEqual(["not_met", "met"]);
    expect(v[0][1]).toContain("triệu đồng");
  });
  it("reads a ĐVT written short as its words", () => {
    const v = verdicts([T, [], ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện"], [1, "Thu học phí", "1000đ", "ít nhất 500 triệu đồng", 520000], [2, "Quỹ khuyến học", "Tr.đ", "50.000.000 đồng", 45], [3, "Quỹ hội", "1.000đ", 50000, 45000]]);
    expect(v.map((x) => x[0])).toEqual(["exceeded", "not_met", "not_met"]);
    expect(v[2][1]).toContain("50.000 nghìn đồng");
  });
  it("asks when the ĐVT and the heading name two scales", () => {
    const v = verdicts([T, [], ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện (nghìn đồng)"], [1, "Thu học phí", "đồng", "ít nhất 500.000 đồng", 520]]);
    expect(v.map((x) => x[0])).toEqual(["review"]);
  });
  it("asks when no unit is said and a scale word would turn the verdict", () => {
    const v = list("Kinh phí", [["Xã hội hóa", "ít nhất 1,2 tỷ đồng", 1300], ["Thu học phí", "ít nhất 500 triệu đồng", 480000], ["Quỹ hội", "ít nhất 5.000.000 đồng", 6000000]]);
    expect(v.map((x) => x[0])).toEqual(["review", "not_met", "exceeded"]);
    expect(v[0][1]).toContain("là 1.300 triệu đồng thì Vượt");
  });
});

describe("other measures in a heading", () => {
  it("reads hectares against square metres", () => {
    expect(list("Diện tích (ha)", [["Diện tích trồng cây xanh", "ít nhất 10.000 m2", 1.2], ["Sân chơi", "ít nhất 5.000 m2", 0.4]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
  });
  it("leaves counts and periods in brackets alone", () => {
    expect(list("Thực hiện (người)", [["Giáo viên đạt chuẩn", "45 người", 47], ["Đảng viên mới", "5 người", 4]]).map((x) => x[0])).toEqual(["exceeded", "not_met"]);
    expect(list("Thực hiện (tháng)", [["Giáo viên đạt chuẩn", "45 người", 47], ["Tỷ lệ chuyên cần", "90%", 92]]).map((x) => x[0])).toEqual(["exceeded", "exceeded"]);
  });
});

describe("the plan grid reads units as the sheet check does", () => {
  it("spells a short ĐVT as words, and takes the target heading's unit where the row has none", () => {
    const grid: CellValue[][] = [
      ["KẾ HOẠCH NĂM 2024"],
      [],
      ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu (triệu đồng)"],
      ["a.thu", "Thu học phí", "1000đ", 500000],
      ["a.xhh", "Huy động xã hội hóa", null, 1200],
      ["a.hs", "Số học sinh", "học sinh", 900],
    ];
    const r = planFromGrid(grid, { id: "kh-units46" });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators.map((i) => [i.unit, i.target])).toEqual([["nghìn đồng", "500.000 nghìn đồng"], ["triệu đồng", "1.200 triệu đồng"], ["học sinh", "900 học sinh"]]);
  });
});
