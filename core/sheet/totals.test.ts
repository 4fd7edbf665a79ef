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

// A share asked on the target row ("Chỉ tiêu | 100% | Không quá 1%") holds for the whole as for each unit: the total
// row is judged on it; a count there is the units' (the total is their sum) and "cho từng trường" is theirs alone.
describe("a total row under a target row", () => {
  const sheet = (label: string, target: CellValue, figures: CellValue[], total: CellValue, formula?: string): SheetData => ({
    name: "S",
    values: [
      ["STT", "Trường", "Tỷ lệ học sinh lưu ban (%)", "Ghi chú"],
      [null, label, target, null],
      ...figures.map((f, i) => [i + 1, `Trường ${String.fromCharCode(65 + i)}`, f, null]),
      [null, "Toàn huyện", total, null],
    ] as CellValue[][],
    ...(formula ? { formulas: [[], [], [], [], [], [null, null, formula]] as never } : {}),
  });
  const total = (s: SheetData) => ok(checkSheet(s, null, { asOf: "2013-06-10" })).items.find((i) => i.row === 5);

  it("judges the total's own share on the row's target", () => {
    expect(total(sheet("Chỉ tiêu Phòng GD&ĐT giao", "Không quá 1%", [0.6, 1.2, 0.8], 0.8))?.status).toBe("met");
    expect(total(sheet("Chỉ tiêu", "Từ 80% trở lên", [90, 71.4, 80], 70.7))?.status).toBe("not_met");
  });
  it("leaves the total to the units when the row's target is given to each of them", () => {
    expect(total(sheet("Chỉ tiêu giao cho từng trường", "Không quá 1%", [0.6, 1.2, 0.8], 0.8))).toBeUndefined();
  });
  it("gives no figure of the whole for a summed total missing a unit, unless the missing unit cannot change it", () => {
    // A share of the whole short of a unit (an average, a ratio) may move either way: neither met nor broken is known.
    expect(total(sheet("Chỉ tiêu", "Dưới 6%", [3, 4, null], 3.5, "=SUM(C3:C5)"))?.status).toBe("no_data");
    expect(total(sheet("Chỉ tiêu", "Dưới 6%", [3, 9, "Chưa báo cáo"], 6, "=AVERAGE(C3:C5)"))?.status).toBe("no_data");
    expect(total(sheet("Chỉ tiêu", "Từ 80% trở lên", [90, 85, null], 70, "=SUM(C3:C5)"))?.status).toBe("no_data");
    expect(total(sheet("Chỉ tiêu", "Từ 80% trở lên", [90, 85, "Chưa báo cáo"], 87.5, "=AVERAGE(C3:C5)"))?.status).toBe("no_data");
    // "None at all" broken by the units that did report stays broken; held, it waits for the missing one.
    expect(total(sheet("Chỉ tiêu", "Không có học sinh bỏ học", [0, 0.4, "Chưa báo cáo"], 0.2, "=AVERAGE(C3:C5)"))?.status).toBe("not_met");
    expect(total(sheet("Chỉ tiêu", "Không có học sinh bỏ học", [0, 0, "Chưa báo cáo"], 0, "=AVERAGE(C3:C5)"))?.status).toBe("no_data");
  });
});
