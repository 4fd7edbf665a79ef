// Tables the sheet reader did not find that holdout21's layouts showed (round 30, sheet30a), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

describe("a target row for the part of the year the title names, over the rate beside a plan and a count", () => {
  // Invented: wards, the year's planned children, those reached, the rate over the year's plan; the year's and the
  // half-year's target rows under the header, the title naming the first six months.
  const values: CellValue[][] = [
    ["KẾT QUẢ KHÁM SÀNG LỌC 6 THÁNG ĐẦU NĂM 2033"],
    [],
    ["TT", "Phường", "Trẻ được khám sàng lọc", null, null, "Ghi chú"],
    [null, null, "KH năm (trẻ)", "Số trẻ đã khám", "Tỷ lệ so KH năm", null],
    [null, "Chỉ tiêu năm 2033", null, null, "≥ 95%", null],
    [null, "Chỉ tiêu 6 tháng đầu năm", null, null, "≥ 50%", null],
    [1, "Phường Một", 200, 110, 0.55, null],
    [2, "Phường Hai", 300, 141, 0.47, null],
    [3, "Phường Ba", 100, 50, 0.5, null],
  ];
  const r = checkSheet({ name: "6T", values }, null, { asOf: "2033-07-10" });
  it("judges the rate against the half-year's row, never the count against the year's plan", () => {
    if (!r.ok) throw new Error("no table");
    expect(r.items.filter((i) => i.cell.col !== 4)).toEqual([]);
    expect(r.items.map((i) => [i.cell.row, i.status])).toEqual([[6, "exceeded"], [7, "not_met"], [8, "met"]]);
    expect(r.items[0].target).toBe("≥ 50%");
  });
  it("says which row and column it used", () => {
    if (!r.ok || r.layout.shape !== "matrix") throw new Error("no matrix");
    const said = (r.layout.decisions ?? []).map((d) => d.vi).join(" ");
    expect(said).toContain('"Chỉ tiêu 6 tháng đầu năm"');
    expect(said).toContain("cột E");
  });
  it("leaves the first of two target rows when the title names no part of the year (as before)", () => {
    const plain = values.map((row, i) => (i === 0 ? ["KẾT QUẢ KHÁM SÀNG LỌC NĂM 2033"] : row));
    const p = checkSheet({ name: "Nam", values: plain }, null, { asOf: "2034-01-10" });
    if (!p.ok) throw new Error("no table");
    expect(p.items.every((i) => i.target === "≥ 95%")).toBe(true);
  });
});

describe("a change stated over a difference part ('Giảm ≥ 0,5%' over 'Mức giảm') is not taken as a level", () => {
  const values: CellValue[][] = [
    ["TỶ LỆ SUY DINH DƯỠNG NĂM HỌC 2033-2034"],
    [],
    ["TT", "Huyện", "Tỷ lệ suy dinh dưỡng (%)", null, null],
    [null, null, "Đầu năm học", "Cuối năm học", "Mức giảm"],
    [null, "Chỉ tiêu năm học", null, null, "Giảm ≥ 0,5%/năm"],
    [1, "Huyện Một", 12.1, 11.3, 0.8],
    [2, "Huyện Hai", 10.4, 10.1, 0.3],
  ];
  it("judges no level on the difference column", () => {
    const r = checkSheet({ name: "SDD", values }, null, { asOf: "2034-06-10" });
    expect(r.ok ? r.items.filter((i) => i.cell.col === 4 && i.status !== "review") : []).toEqual([]);
  });
});

describe("a plan column naming what it plans, its source in brackets ('Chỉ tiêu giảm … (NQ HĐND tỉnh)')", () => {
  // Invented: districts, this year's rate, the fall in points worked by a formula, each district's planned fall.
  const values: CellValue[][] = [
    ["KẾT QUẢ GIẢM NGHÈO NĂM 2033 THEO HUYỆN"],
    [],
    ["TT", "Huyện", "Tỷ lệ hộ nghèo cuối năm 2033 (%)", "Mức giảm tỷ lệ hộ nghèo năm 2033 (%)", "Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2033 (NQ HĐND tỉnh)"],
    [1, "Huyện Một", 3.1, 1.2, "Giảm 1 - 1,5%"],
    [2, "Huyện Hai", 4.0, 0.6, "Giảm 1 - 1,5%"],
    [3, "Huyện Ba", 2.2, 0.5, "Giảm 0,5 - 1%"],
  ];
  it("pairs the plan with the fall it names and judges each district on its own range", () => {
    const r = checkSheet({ name: "Giam ngheo", values }, null, { asOf: "2034-02-01" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.filter((i) => i.cell.col === 3).map((i) => i.status)).toEqual(["met", "not_met", "met"]);
  });
});

describe("a budget ('Dự toán … giao') is the plan of the revenue beside it; '% dự toán' is the ratio to it", () => {
  // Invented: communes, the budget set by the council, the half-year's estimate, the share of the budget.
  const values: CellValue[][] = [
    ["ƯỚC THỰC HIỆN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM 2033 THEO XÃ"],
    [],
    ["TT", "Xã", "Thu ngân sách trên địa bàn (triệu đồng)", null, null],
    [null, null, "Dự toán HĐND huyện giao năm 2033", "Ước thực hiện 6 tháng", "% dự toán"],
    [1, "Xã Một", 1000, 1100, 110],
    [2, "Xã Hai", 2000, 900, 45],
  ];
  it("judges the estimate against the budget, never the share as a figure", () => {
    const r = checkSheet({ name: "Thu NS", values }, null, { asOf: "2033-06-20" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.map((i) => [i.cell.row, i.cell.col, i.status])).toEqual([[4, 3, "exceeded"], [5, 3, "pending"]]);
  });
});

describe("a town's kind written short names the same unit ('TT Yên Mỹ' = 'Thị trấn Yên Mỹ')", () => {
  it("matches the short kind to the full one, and keeps a town and a commune of one name apart", async () => {
    const { sameUnit } = await import("./siblings");
    expect(sameUnit("TT Yên Mỹ", "Thị trấn Yên Mỹ")).toBe(true);
    expect(sameUnit("TX Tân Châu", "Thị xã Tân Châu")).toBe(true);
    expect(sameUnit("TP Long Xuyên", "Thành phố Long Xuyên")).toBe(true);
    expect(sameUnit("TT Tân Lập", "Xã Tân Lập")).toBe(false);
  });
});
