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
