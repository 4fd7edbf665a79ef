// Targets by unit on another sheet of the workbook ("Chỉ tiêu giao"), found by unit name and heading.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { sameUnit } from "./siblings";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const title = (t: string): CellValue[][] => [["UBND HUYỆN SI MA CAI"], [], [t], []];

describe("sameUnit", () => {
  it.each<[string, string, boolean]>([
    ["Xã Si Ma Cai", "Si Ma Cai", true],
    ["Xã Q. Thần Sán", "Quan Thần Sán", true],
    ["Xã Bản Mế", "Bản Mế", true],
    ["Lớp 5 A", "Lớp 5 An", false],
    ["Xã Lử Thẩn", "Mản Thẩn", false],
    ["Trường TH Cát Bi", "Trường TH Cát Bi 2", false],
    ["Xã Tân Lập", "Thị trấn Tân Lập", false],
    ["Phường An Hòa", "Xã An Hòa", false],
    ["Xã Tân Lập", "xã  Tân Lập", true],
    ["Thị trấn Tân Lập", "Tân Lập", true],
  ])("'%s' and '%s': %s", (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});

describe("checkSheet with the units' targets on another sheet", () => {
  const results: SheetData = {
    name: "Biểu 2a",
    values: [
      ...title("KẾT QUẢ XÓA MÙ CHỮ NĂM HỌC 2008-2009"),
      ["TT", "Đơn vị", "Số lớp XMC đã mở", "Số học viên huy động", "Ghi chú"],
      [1, "Xã Si Ma Cai", 1, 26, null],
      [2, "Xã Cán Cấu", 3, 58, null],
      [3, "Xã Lử Thẩn", 1, 22, "Mở thêm 01 lớp"],
      [4, "Xã Q. Thần Sán", 3, 57, null],
      [null, "Cộng", 8, 163, null],
    ],
  };
  const targets: SheetData = {
    name: "Chỉ tiêu giao",
    values: [
      ...title("CHỈ TIÊU GIAO XÓA MÙ CHỮ NĂM HỌC 2008-2009"),
      ["TT", "Xã", "Số lớp XMC mở mới", "Số học viên huy động", "Ghi chú"],
      [1, "Quan Thần Sán", 3, 55, null],
      [2, "Cán Cấu", 3, 60, null],
      [3, "Si Ma Cai", 1, 25, null],
      [null, "Cộng", 7, 140, null],
    ],
  };
  it("judges each commune against its own row there, matched by name and heading, and says where the targets came from", () => {
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [targets] }));
    const at = (row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col);
    expect([at(5, 2)?.status, at(5, 3)?.status, at(6, 3)?.status, at(8, 3)?.status]).toEqual(["met", "exceeded", "not_met", "exceeded"]);
    expect(at(6, 3)?.target).toBe("60");
    expect(r.layout.decisions?.map((d) => d.vi).join(" ")).toMatch(/lấy ở trang "Chỉ tiêu giao"/);
  });
  it("lists a commune the target sheet does not name, never judging it against another's target", () => {
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [targets] }));
    expect(r.items.some((i) => i.unitName === "Xã Lử Thẩn")).toBe(false);
    expect(r.coverage.notJudged.filter((n) => n.unitName === "Xã Lử Thẩn").map((n) => n.reason)).toEqual(["no_target", "no_target"]);
  });
  it("still checks the results beside a targets sheet of 150,000 rows (a spread of its rows had overflowed the stack: an internal error)", () => {
    const long = { ...targets, values: [...targets.values.slice(0, 9), ...Array.from({ length: 150_000 }, (_, i): CellValue[] => [i + 4, `Thôn ${i + 1}`, 1, 10, null])] };
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [long] }));
    expect(r.items.find((i) => i.cell.row === 6 && i.cell.col === 3)?.status).toBe("not_met");
  });
  it("takes no target where two sheets of targets give a commune's indicator different ones, and names both cells", () => {
    const lastYear = { ...targets, name: "Chỉ tiêu giao năm trước", values: targets.values.map((row) => (row[1] === "Cán Cấu" ? [2, "Cán Cấu", 2, 50, null] : row)) };
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [lastYear, targets] }));
    expect(r.coverage.judged).toBe(0);
    expect(r.layout.decisions?.map((d) => d.vi).join(" ")).toMatch(/Chỉ tiêu giao năm trước!D7 và Chỉ tiêu giao!D7 ghi khác nhau cho "Xã Cán Cấu" – "Số học viên huy động" \(50 và 60\)/);
  });
  it("judges no sheet of targets against another's (this year's against last year's)", () => {
    const lastYear = { ...targets, name: "Chỉ tiêu giao năm trước", values: targets.values.map((row) => (row[1] === "Cán Cấu" ? [2, "Cán Cấu", 2, 50, null] : row)) };
    expect(ok(checkSheet(targets, null, { asOf: "2009-06-10", siblings: [lastYear, results] })).coverage.judged).toBe(0);
    expect(ok(checkSheet({ ...targets, name: "Sheet1" }, null, { asOf: "2009-06-10", siblings: [lastYear, results] })).coverage.judged).toBe(0);
  });
  it("takes the targets where a second sheet repeats them", () => {
    const copy = { ...targets, name: "Chỉ tiêu giao (bản sao)" };
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [copy, targets] }));
    expect(r.items.find((i) => i.cell.row === 6 && i.cell.col === 3)?.status).toBe("not_met");
  });
  it("takes nothing from a sheet that does not say it holds targets", () => {
    const other = { ...targets, name: "Năm trước", values: targets.values.map((row, i) => (i === 2 ? ["KẾT QUẢ XÓA MÙ CHỮ NĂM HỌC 2007-2008"] : row)) };
    const r = ok(checkSheet(results, null, { asOf: "2009-06-10", siblings: [other] }));
    expect(r.coverage.judged).toBe(0);
  });
});

describe("checkSheet with a table of targets above the results, indicators by row and units by column", () => {
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN MỤC TIÊU GIÁO DỤC MẦM NON VÙNG KHÓ KHĂN"],
    [],
    ["I. MỤC TIÊU ĐẾN NĂM 2025"],
    ["TT", "Chỉ tiêu", "Toàn tỉnh (vùng khó khăn)", "A Lưới", "Nam Đông", "Hương Trà"],
    [1, "Tỷ lệ huy động trẻ em độ tuổi nhà trẻ đến trường (%)", 35, 28, 30, 38],
    [2, "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (%)", "Dưới 9%", "Dưới 15%", "Dưới 12%", "Dưới 6%"],
    [],
    ["II. KẾT QUẢ NĂM HỌC 2023-2024"],
    ["TT", "Đơn vị", "Tỷ lệ huy động trẻ em độ tuổi nhà trẻ đến trường (%)", "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (%)", "Ghi chú"],
    [null, "Toàn tỉnh (vùng khó khăn)", 32.4, 8.6, null],
    [1, "Huyện A Lưới", 24.6, 16.8, null],
    [2, "Huyện Nam Đông", 31.2, 11.3, null],
    [3, "Thị xã Hương Trà", 41.5, 5.8, null],
  ];
  const r = ok(checkSheet({ name: "Theo huyện", values }, null, { asOf: "2024-07-10" }));
  const at = (row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;
  it("takes each district's target from its column and the indicator's row; a short figure before 2025 is not yet due", () => {
    expect([at(10, 2), at(11, 2), at(12, 2)]).toEqual(["pending", "exceeded", "exceeded"]);
    expect([at(10, 3), at(11, 3), at(12, 3)]).toEqual(["pending", "met", "met"]);
  });
  it("keeps the label of a district that meets before the horizon: a short figure typed later is not yet due, which no formula knows", () => {
    const met = r.items.filter((i) => i.unitName !== undefined && /Nam Đông|Hương Trà/.test(i.unitName));
    expect(met.length).toBe(4);
    expect(met.map((i) => i.noFormula)).toEqual(["period", "period", "period", "period"]);
  });
  it("judges the province row on its own column, outside the districts' roll-up", () => {
    expect([at(9, 2), at(9, 3)]).toEqual(["pending", "met"]);
    expect(r.rollUps?.find((x) => /nhà trẻ/.test(x.name))?.units).toBe(3);
  });
});
