// A norm per something ("Tối thiểu 12 m2/trẻ") judges the figure per that thing, not the total beside it.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { perUnitFigure } from "../table/figure";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const sheet = (values: CellValue[][]): SheetData => ({ name: "S", values });

describe("perUnitFigure", () => {
  it.each([
    ["14,7 m2/trẻ", "m2/trẻ", 14.7],
    ["1,5 m2/trẻ em", "m2/trẻ", 1.5],
    ["0,3 m²/trẻ", "m2/trẻ", 0.3],
    ["8 bộ/12 nhóm (lớp)", "bộ/nhóm, lớp", 0.666666666667],
    ["5 bộ/sân chơi (trường)", "loại/điểm trường", null],
    ["5315", "m2/trẻ", null],
    ["12 m2/học sinh", "m2/trẻ", null],
  ])("%s in %s → %s", (text, unit, want) => {
    expect(perUnitFigure(text, unit)).toBe(want);
  });
});

describe("a list row with a total and a figure per child", () => {
  const rows = (avg: CellValue[]): CellValue[][] => [
    ["STT", "Nội dung", "Số lượng", "Bình quân", "Mức quy định"],
    [1, "Tổng diện tích đất (m2)", 5315, avg[0], "Tối thiểu 12 m2/trẻ"],
    [2, "Diện tích sân chơi (m2)", 640, avg[1], "Tối thiểu 2 m2/trẻ"],
    [3, "Số bộ đồ chơi tối thiểu", 8, avg[2], "01 bộ/nhóm, lớp"],
    [4, "Số phòng học", 12, "", "Tối thiểu 10 phòng"],
  ];

  it("judges the figure per child, not the area, against a norm per child", () => {
    const r = ok(checkSheet(sheet(rows(["14,7 m2/trẻ", "1,75 m2/trẻ em", "8 bộ/12 nhóm (lớp)"])), null, { asOf: "2018-10-22" }));
    const at = (row: number) => r.items.find((i) => i.row === row);
    expect(at(1)?.cell.col).toBe(3);
    expect(at(1)?.status).toBe("exceeded");
    expect(at(2)?.status).toBe("not_met");
    expect(at(3)?.status).toBe("not_met");
    // A count against a count norm stays on the count column.
    expect(at(4)?.cell.col).toBe(2);
    expect(at(4)?.status).toBe("exceeded");
  });

  it("keeps the figure column where the per-something cell is in another unit or missing", () => {
    const r = ok(checkSheet(sheet(rows(["", "3 m2/học sinh", ""])), null, { asOf: "2018-10-22" }));
    expect(r.items.find((i) => i.row === 2)?.cell.col).toBe(2);
  });
});

describe("a figure column that already holds a figure per child", () => {
  it("is judged itself, not another column's figure per child", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung", "Số lượng", "Bình quân", "Mức quy định"],
      [1, "Diện tích đất bình quân", "13 m2/trẻ", "10 m2/trẻ", "Tối thiểu 12 m2/trẻ"],
      [2, "Diện tích sân chơi bình quân", "1,5 m2/trẻ", "3 m2/trẻ", "Tối thiểu 2 m2/trẻ"],
    ];
    const r = ok(checkSheet(sheet(values), null, { asOf: "2018-10-22" }));
    const at = (row: number) => r.items.find((i) => i.row === row);
    expect(at(1)?.cell.col).toBe(2);
    expect(at(1)?.status).not.toBe("not_met");
    expect(at(2)?.cell.col).toBe(2);
    expect(at(2)?.status).toBe("not_met");
  });
});

describe("two unlabelled columns that both hold a figure per child", () => {
  const rows = (a: CellValue, b: CellValue): CellValue[][] => [
    ["STT", "Nội dung", "Số lượng", "Bình quân", "Bình quân chung", "Mức quy định"],
    [1, "Tổng diện tích đất (m2)", 5315, a, b, "Tối thiểu 12 m2/trẻ"],
    [2, "Số phòng học", 12, "", "", "Tối thiểu 10 phòng"],
  ];

  it("asks, naming both columns, where they judge differently", () => {
    const r = ok(checkSheet(sheet(rows("14,7 m2/trẻ", "11,2 m2/trẻ")), null, { asOf: "2024-10-22" }));
    const it = r.items.find((i) => i.row === 1)!;
    expect(it.status).toBe("review");
    expect(it.verdict.explanations.vi).toContain("theo cột D");
    expect(it.verdict.explanations.vi).toContain("theo cột E");
    expect(it.verdict.explanations.en).toContain("by column E");
  });

  it("keeps the verdict where they judge alike, and says which column was used", () => {
    const r = ok(checkSheet(sheet(rows("14,7 m2/trẻ", "13,2 m2/trẻ")), null, { asOf: "2024-10-22" }));
    const it = r.items.find((i) => i.row === 1)!;
    expect(it.status).toBe("exceeded");
    expect(it.cell.col).toBe(3);
    expect(it.verdict.warnings.map((w) => w.message.vi).join(" ")).toContain("Đánh giá theo cột D");
  });
});
