// A plan column whose heading says its bound ("Chỉ tiêu khống chế (không quá)", "Mức tối đa"), beside a count and the
// share it makes (round 41, tables28b). Every sheet is invented, in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
/** Merged ranges written as A1 spans of one-letter columns ("A1:A2 C1:F1"), 0-based. */
const spans = (a1: string) =>
  a1.split(" ").map((r) => {
    const [[l, t], [rr, b]] = r.split(":").map((x) => [x.charCodeAt(0) - 65, Number(x.slice(1)) - 1]);
    return { top: t, left: l, bottom: b, right: rr };
  });
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Units as rows under a two-row header: TT | name | "<group>" over the whole, the plan, the count and its share | note.
 * Rows 2-5 (0-based) are the units [name, whole, plan, count]; row 6 the total, its sums as formulas or typed.
 */
function capSheet(group: string, heading: string, rows: Array<[string, number, number | string, number]>, typed = false): SheetData {
  const values: SheetData["values"] = [
    ["TT", "Đơn vị", group, null, null, null, "Ghi chú"],
    [null, null, "Tổng số", heading, "Số trường hợp", "Tỷ lệ (%)", null],
  ];
  rows.forEach(([n, w, p, c], i) => values.push([i + 1, n, w, p, c, Math.round((c / w) * 10000) / 100, null]));
  const sum = (k: number) => rows.reduce((a, x) => a + (typeof x[k] === "number" ? (x[k] as number) : 0), 0);
  const [w, p, c] = [sum(1), sum(2), sum(3)];
  values.push([null, "Toàn huyện", w, p, c, Math.round((c / w) * 10000) / 100, null]);
  const formulas: string[][] = values.map(() => []);
  if (!typed) formulas[6] = ["", "", "=SUM(C3:C6)", "=SUM(D3:D6)", "=SUM(E3:E6)", "=ROUND(E7/C7*100,2)"];
  return {
    name: "Theo don vi",
    values,
    formulas: formulas as never,
    merges: spans("A1:A2 B1:B2 C1:F1 G1:G2"),
  };
}

const units: Array<[string, number, number, number]> = [
  ["Xã Bình An", 40, 3, 2],
  ["Xã Bình Minh", 36, 2, 4],
  ["Xã Bình Phú", 50, 3, 3],
  ["Thị trấn Bình Long", 28, 2, 1],
];

describe("a plan column whose heading says it is a cap: each unit's count is held under it", () => {
  const wordings: Array<[string, string]> = [
    ["Sinh con thứ 3 trở lên", "Chỉ tiêu khống chế (không quá)"],
    ["Trẻ suy dinh dưỡng thể thấp còi", "Mức khống chế"],
    ["Học sinh bỏ học", "Chỉ tiêu tối đa"],
    ["Vụ tai nạn đuối nước", "Kế hoạch (tối đa)"],
  ];
  for (const [group, heading] of wordings) {
    it(`"${group} ⟩ … | ${heading} | …": at or under the cap is met, over it not met; the total against the caps' sum`, () => {
      const r = checkSheet(capSheet(group, heading, units), null, { asOf: "2039-02-01" });
      expect(r.ok).toBe(true);
      expect([2, 3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["met", "not_met", "met", "met"]);
      expect(at(r, 2, 4)?.target).toMatch(/^(không quá|tối đa) 3$/);
      expect(at(r, 6, 4)?.status).toBe("met");
    });
  }
  it("a total typed as the units' sum (no formula) says the plan is a count all the same", () => {
    const r = checkSheet(capSheet("Sinh con thứ 3 trở lên", "Mức khống chế", units, true), null, { asOf: "2039-02-01" });
    expect([2, 3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["met", "not_met", "met", "met"]);
  });
  it("a cap written in the cell ('Không quá 3') stays a cap under any plan heading", () => {
    const words = units.map(([n, w, p, c]) => [n, w, `Không quá ${p}`, c] as [string, number, string, number]);
    const r = checkSheet(capSheet("Sinh con thứ 3 trở lên", "Chỉ tiêu giao", words), null, { asOf: "2039-02-01" });
    expect([2, 3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["met", "not_met", "met", "met"]);
  });
  it("a floor in the heading ('Chỉ tiêu tối thiểu') stays a floor", () => {
    const r = checkSheet(capSheet("Người mới sử dụng biện pháp tránh thai", "Chỉ tiêu (tối thiểu)", units), null, { asOf: "2039-02-01" });
    expect([2, 3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["not_met", "exceeded", "met", "not_met"]);
  });
  it("a plan heading that says no bound over a count whose direction no word gives: asked, never judged as a floor", () => {
    const r = checkSheet(capSheet("Sinh con thứ 3 trở lên", "Chỉ tiêu giao", units), null, { asOf: "2039-02-01" });
    const judged = [2, 3, 4, 5].map((row) => at(r, row, 4)?.status).filter((s) => s === "exceeded");
    expect(judged).toEqual([]);
  });
});

/** Indicators as rows: TT | Chỉ tiêu | ĐVT | <plan> | <adjusted> | <result> | Ghi chú; rows 1-3 (0-based). */
function adjustedSheet(plan: string, adjusted: string, result: string): SheetData {
  return {
    name: "Chi tieu",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", plan, adjusted, result, "Ghi chú"],
      ["1", "Diện tích trồng rừng tập trung", "ha", 300, 260, 270, "Chuyển 40 ha sang trồng cây ăn quả"],
      ["2", "Số hộ được vay vốn ưu đãi", "hộ", 120, null, 126, null],
      ["3", "Số lao động được đào tạo nghề", "người", 500, 560, 530, null],
    ],
  };
}

describe("an adjusted plan beside the plan replaces it where filled; a blank keeps the plan", () => {
  const wordings: Array<[string, string, string]> = [
    ["Nghị quyết HĐND xã năm 2031", "Điều chỉnh tại kỳ họp thứ 8 (10/7/2031)", "Thực hiện cả năm"],
    ["Kế hoạch năm 2031", "Kế hoạch điều chỉnh", "Thực hiện"],
    ["Chỉ tiêu giao", "Chỉ tiêu sau điều chỉnh", "Kết quả thực hiện"],
  ];
  for (const [plan, adjusted, result] of wordings) {
    it(`"${plan} | ${adjusted} | ${result}"`, () => {
      const r = checkSheet(adjustedSheet(plan, adjusted, result), null, { asOf: "2032-02-01" });
      expect(r.ok).toBe(true);
      // 270 against the adjusted 260 (300 before); 126 against the plan's 120; 530 against the adjusted 560 (500 before).
      expect([1, 2, 3].map((row) => at(r, row, 5)?.status)).toEqual(["exceeded", "exceeded", "not_met"]);
    });
  }
});

/**
 * A plan written with an abbreviation and the body that set it in brackets, beside a merged count by rounds with its
 * sum, and another count holding the same words in another order: TT | name | plan | group ⟩ Đợt 1 | Đợt 2 | Cộng | other | note.
 */
function abbrSheet(plan: string, group: string, other: string): SheetData {
  const values: SheetData["values"] = [
    ["TT", "Đơn vị", plan, group, null, null, other, "Ghi chú"],
    [null, null, null, "Đợt 1", "Đợt 2", "Cộng", null, null],
  ];
  const rows: Array<[string, number, number, number, number]> = [
    ["Trường TH Hòa Bình", 40, 20, 25, 30],
    ["Trường TH Hòa Lạc", 50, 20, 30, 41],
    ["Trường TH Hòa Tiến", 30, 10, 15, 20],
  ];
  rows.forEach(([n, p, a, b, o], i) => values.push([i + 1, n, p, a, b, a + b, o, null]));
  return {
    name: "Tap huan",
    values,
    merges: spans("A1:A2 B1:B2 C1:C2 D1:F1 G1:G2 H1:H2"),
  };
}

describe("a plan's abbreviation is its words; of two counts holding them, the one saying them in the plan's order", () => {
  const wordings: Array<[string, string, string]> = [
    ["Chỉ tiêu số GV dự tập huấn (giao)", "Số giáo viên đã dự tập huấn", "Số GV đạt yêu cầu sau khi dự lớp tập huấn"],
    ["Chỉ tiêu số học sinh học bơi (PGD giao)", "Số HS đã học bơi", "Số học sinh biết bơi sau khóa học"],
    ["Kế hoạch số CBQL được bồi dưỡng (Sở giao)", "Số cán bộ quản lý được bồi dưỡng", "Số CBQL có chứng chỉ sau bồi dưỡng"],
  ];
  for (const [plan, group, other] of wordings) {
    it(`"${plan}" plans "${group} ⟩ … | Cộng", not "${other}"`, () => {
      const r = checkSheet(abbrSheet(plan, group, other), null, { asOf: "2039-02-01" });
      expect(r.ok).toBe(true);
      expect([2, 3, 4].map((row) => at(r, row, 5)?.status)).toEqual(["exceeded", "met", "not_met"]);
      expect([2, 3, 4].map((row) => at(r, row, 6)?.status).filter((s) => s && ["met", "exceeded", "not_met"].includes(s))).toEqual([]);
    });
  }
});
