// review46u's blocking probes on units46 and the mend's own probes (round 46, mend46u), on invented sheets: a typed share
// under a "Số …" row is never divided by a "Tổng số …" line above; a figure under a heading's unit is read in it and never
// resized as if typed in đồng; a bound's bare number takes its own column's heading unit; a "Tỷ lệ …" row takes none;
// a count name is read on its marks.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { planFromGrid } from "../plan/grid";
import { checkSheet } from "./check";

const T = ["KẾT QUẢ THỰC HIỆN NĂM 2024"];
function verdicts(values: CellValue[][]) {
  const r = checkSheet({ name: "Ket qua", values }, null, { asOf: "2025-06-30" });
  if (!r.ok) throw new Error("not checked");
  return r.items.map((i) => [i.status, i.verdict.explanations.vi] as const);
}
const list = (head: string, rows: CellValue[][]) => verdicts([T, [], ["TT", "Nội dung", "Chỉ tiêu", head], ...rows.map((r, i) => [i + 1, ...r])]);
const dvt = (rows: CellValue[][]) => verdicts([T, [], ["TT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện"], ...rows.map((r, i) => [i + 1, ...r])]);
const two = (plan: string, done: string, rows: CellValue[][]) => verdicts([T, [], ["TT", "Nội dung", plan, done], ...rows.map((r, i) => [i + 1, ...r])]);
const st = (v: ReadonlyArray<readonly [string, string]>) => v.map((x) => x[0]);

describe("a 'Tổng số …' line above is no whole of the 'Số …' rows (review46u B1, B2)", () => {
  it("judges a share typed without '%' as the share, never as a part of the total", () => {
    expect(st(list("Thực hiện", [["Tổng số học sinh", null, 953], ["Số học sinh lên lớp", "98%", 98.5], ["Số học sinh hoàn thành chương trình lớp học", "ít nhất 99%", 99.2]]))).toEqual(["exceeded", "exceeded"]);
  });
  it("never reads a typed share over a four-digit total as a date", () => {
    const v = list("Thực hiện", [["Tổng số hộ", null, 2400], ["Số hộ dân dùng điện lưới", "ít nhất 99%", 99.5], ["Số hộ có nhà vệ sinh hợp vệ sinh", "ít nhất 90%", 92.4], ["Số hộ sử dụng nước hợp vệ sinh", "ít nhất 98%", 98.2]]);
    expect(st(v)).toEqual(["exceeded", "exceeded", "exceeded"]);
    expect(v.map((x) => x[1]).join(" ")).not.toContain("ngày");
  });
  it("asks about a count of a subset under a share of it, with a ĐVT or without", () => {
    expect(st(dvt([["Tổng số học sinh", "HS", null, 953], ["Số học sinh khuyết tật được học hòa nhập", "HS", "100%", 12], ["Số học sinh thuộc hộ nghèo được miễn giảm học phí", "HS", "100%", 45]]))).toEqual(["review", "review"]);
    expect(st(dvt([["Tổng số hộ", "hộ", null, 2400], ["Số hộ nghèo được hỗ trợ nhà ở", "hộ", "100%", 35]]))).toEqual(["review"]);
    expect(st(list("Thực hiện", [["Tổng số trẻ", null, 400], ["Số trẻ 5 tuổi hoàn thành chương trình GDMN", "100%", 120], ["Số học sinh nữ tham gia thể thao", "ít nhất 50%", 240]]))).toEqual(["review", "review"]);
  });
});

describe("a heading's unit applied once (review46u B3)", () => {
  it("reads a figure under 'Thực hiện (nghìn đồng)' in thousands, never resized as if in đồng", () => {
    const v = list("Thực hiện (nghìn đồng)", [["Mức thu tiền ăn bán trú/HS/tháng", "không quá 400", 350000], ["Chi mua sắm thiết bị", "không quá 300", 350000], ["Mức thu học phí", 400, 350000], ["Chi hành chính", "không quá 1,2 tỷ đồng", 1100000000]]);
    expect(st(v)).toEqual(["not_met", "not_met", "not_met", "not_met"]);
    expect(v[0][1]).not.toContain("tức");
  });
  it("still converts a target in another scale to the heading's", () => {
    expect(st(list("Thực hiện (nghìn đồng)", [["Xã hội hóa", "ít nhất 1,2 tỷ đồng", 1300000], ["Chi", "không quá 1,2 tỷ đồng", 1100000]]))).toEqual(["exceeded", "met"]);
    expect(st(list("Thực hiện (triệu đồng)", [["Thu ngân sách", "ít nhất 5 tỷ đồng", 4800], ["Thu phí", "ít nhất 500 triệu đồng", 520]]))).toEqual(["not_met", "exceeded"]);
  });
  it("keeps the engine's reading of a figure the heading says nothing of (a ĐVT only)", () => {
    expect(st(dvt([["Mức thu tiền ăn", "nghìn đồng", "không quá 400", 350000]]))).toEqual(["met"]);
  });
});

describe("a bound's bare number in its own column's heading unit (review46u S1)", () => {
  it("reads 'ít nhất 1,5' under 'Kế hoạch (tỷ đồng)' in tỷ, beside figures in triệu", () => {
    expect(st(two("Kế hoạch (tỷ đồng)", "Thực hiện (triệu đồng)", [["Huy động xã hội hóa", "ít nhất 1,5", 1300], ["Chi sửa chữa", "không quá 0,5", 450], ["Thu", "1,5 trở lên", 1600]]))).toEqual(["not_met", "met", "exceeded"]);
    expect(st(two("Kế hoạch (triệu đồng)", "Thực hiện (nghìn đồng)", [["Xã hội hóa", "ít nhất 1.000", 900000], ["Chi mua sắm", "không quá 300", 250000], ["Chi", "không quá 300", 350000]]))).toEqual(["not_met", "met", "not_met"]);
    expect(st(two("Kế hoạch (triệu đồng)", "Thực hiện (tỷ đồng)", [["Xã hội hóa", "ít nhất 1.000", 1.2], ["Chi", "không quá 300", 0.25]]))).toEqual(["exceeded", "met"]);
  });
  it("leaves a bound with its own unit or more words as written", () => {
    expect(st(two("Kế hoạch (tỷ đồng)", "Thực hiện (triệu đồng)", [["Huy động xã hội hóa", "ít nhất 1.400 triệu đồng", 1300]]))).toEqual(["not_met"]);
  });
});

describe("a share's row takes no heading unit (review46u S3)", () => {
  it("judges 'Tỷ lệ …' rows under money, area, weight, time and length headings as shares", () => {
    expect(st(list("Kinh phí (triệu đồng)", [["Tỷ lệ giải ngân vốn đầu tư công", "ít nhất 95%", 96]]))).toEqual(["exceeded"]);
    expect(st(list("Diện tích (ha)", [["Tỷ lệ che phủ rừng", "ít nhất 45%", 44]]))).toEqual(["not_met"]);
    expect(st(list("Thực hiện (tấn)", [["Tỷ lệ hộ nghèo", "dưới 2%", 1.8]]))).toEqual(["met"]);
    expect(st(list("Thực hiện (phút)", [["Tỷ lệ hồ sơ đúng hạn", "100%", 100]]))).toEqual(["met"]);
    expect(st(list("Thực hiện (km)", [["Tỷ lệ đường được cứng hóa", "100%", 92]]))).toEqual(["not_met"]);
  });
  it("still refuses a share of the plan against a sum of money under the heading", () => {
    expect(st(list("Thực hiện (triệu đồng)", [["Số tiền giải ngân", "ít nhất 95% kế hoạch", 960]]))).toEqual(["unreadable"]);
  });
  it("gives a share's row of a plan grid no heading unit", () => {
    const p = planFromGrid([["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch (triệu đồng)"], ["1", "Tỷ lệ giải ngân", "", "95%"], ["2", "Huy động xã hội hóa", "", 1200]]);
    expect(p.ok && p.plan.indicators.map((i) => i.unit)).toEqual([undefined, "triệu đồng"]);
  });
});

describe("a count name read on its marks (review46u S5)", () => {
  it("judges 'Số hóa …', 'Sổ …', 'Số liệu …' as shares, and asks about 'Số …' counts", () => {
    expect(st(list("Thực hiện", [["Số hóa hồ sơ học sinh", "100%", 100], ["Sổ điểm điện tử được sử dụng", "100%", 100], ["Số liệu thống kê được cập nhật", "100%", 100]]))).toEqual(["met", "met", "met"]);
    expect(st(list("Thực hiện", [["Số xã đạt chuẩn nông thôn mới", "100%", 100], ["SỐ HỌC SINH LÊN LỚP", "98%", 97], ["Tổng số trẻ được tiêm chủng", "ít nhất 95%", 96]]))).toEqual(["review", "review", "review"]);
  });
});
