// A total row summed over the units (a formula) while a unit wrote a word for its figure ("Chưa báo cáo"): the sum
// lacks that unit, so the whole has no figure yet (no data), never "Chưa đạt" on a partial sum.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

describe("a summed total over a unit that has not reported", () => {
  const sheet = (third: CellValue): SheetData => ({
    name: "S",
    values: [
      ["STT", "Huyện", "Giải quyết việc làm mới (người)", null],
      [null, null, "KH 2013", "TH 2013"],
      [1, "Huyện A", 1000, 1100],
      [2, "Huyện B", 900, 950],
      [3, "Huyện C", 800, third],
      [null, "Toàn tỉnh", 2700, 2050 + (typeof third === "number" ? third : 0)],
    ] as CellValue[][],
    formulas: [[], [], [], [], [], [null, null, "=SUM(C3:C5)", "=SUM(D3:D5)"]] as never,
  });
  const total = (third: CellValue) => ok(checkSheet(sheet(third), null, { asOf: "2014-03-01" })).items.find((i) => i.row === 5);

  it("has no figure of the whole while a unit wrote a word", () => {
    expect(total("Chưa báo cáo")?.status).toBe("no_data");
  });
  it("judges the whole when every unit has a figure", () => {
    expect(total(500)?.status).toBe("not_met");
  });
});

describe("a rate in the target row over the total row", () => {
  const sheet = (third: CellValue): SheetData => ({
    name: "S",
    values: [
      ["TT", "Trường", "Tỷ lệ HS bỏ học (%)", "Tỷ lệ trẻ 6 tuổi vào lớp 1 (%)"],
      [null, "Chỉ tiêu năm học", "Dưới 0,3%", "≥ 99%"],
      [1, "TH A", 0.1, 99.5],
      [2, "TH B", 0.2, 99.2],
      [3, "TH C", 0.25, third],
      [null, "Toàn huyện", 0.18, typeof third === "number" ? 99.4 : 98.35],
    ] as CellValue[][],
    formulas: [[], [], [], [], [], [null, null, null, "=ROUND(AVERAGE(D3:D5),2)"]] as never,
  });
  const total = (third: CellValue, col: number) => ok(checkSheet(sheet(third), null, { asOf: "2018-05-25" })).items.find((i) => i.row === 5 && i.cell.col === col);

  it("judges the whole's rate on the same bar as each unit's", () => {
    expect(total(99.5, 3)?.status).toBe("exceeded");
    expect(total(99.5, 2)?.status).toBe("met");
  });
  it("has no figure of a short whole while a unit's figure is missing", () => {
    expect(total("", 3)?.status).toBe("no_data");
  });
});
