// A target merged over two rating columns and naming both ("Trung bình, yếu không quá 10%") is on their sum: a unit
// whose parts are each under the bar and together over it is not met; a merge whose phrase names neither part is
// left to each column as before.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

function ratings(target: string, rows: CellValue[][]): SheetData {
  return {
    name: "Ren luyen",
    values: [
      ["Lớp", "Sĩ số", "Rèn luyện", null, null, null, null, null],
      [null, null, "Tốt", null, "Trung bình", null, "Yếu", null],
      [null, null, "SL", "%", "SL", "%", "SL", "%"],
      ["Chỉ tiêu", null, null, "≥ 70%", target, null, null, null],
      ...rows,
    ],
    merges: [
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 2, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 7 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
      { top: 3, left: 4, bottom: 3, right: 7 },
    ],
  };
}

const rows: CellValue[][] = [
  ["Chi đoàn 1", 50, 40, 80, 3, 6, 1, 2],
  ["Chi đoàn 2", 40, 30, 75, 3, 7.5, 2, 5],
  ["Chi đoàn 3", 60, 45, 75, 0, 0, null, null],
];

describe("a target written over several parts it names", () => {
  it("judges the parts' sum, once per unit, never the first part alone", () => {
    const r = ok(checkSheet(ratings("Trung bình, yếu không quá 10%", rows), null));
    const joint = r.items.filter((i) => /Trung bình, Yếu/.test(i.name));
    expect(joint.map((i) => [i.unitName, i.status])).toEqual([
      ["Chi đoàn 1", "met"],
      ["Chi đoàn 2", "not_met"],
      ["Chi đoàn 3", "met"],
    ]);
    expect(r.items.some((i) => i.name === "Rèn luyện – Yếu")).toBe(false);
    expect(r.layout.decisions?.some((d) => /ghi chung/.test(d.vi))).toBe(true);
  });
  it("never sums rates that are each their own share (the two together past the whole)", () => {
    const each: CellValue[][] = [
      ["Xã A", 100, 48, 96, 48, 96, 49, 97.5],
      ["Xã B", 100, 45, 93.8, 46, 95.9, 47, 94],
    ];
    const r = ok(checkSheet(ratings("Trung bình, yếu ≥ 90%", each), null));
    expect(r.items.some((i) => /Trung bình, Yếu/.test(i.name))).toBe(false);
  });
  it("leaves a merged phrase naming no part to the first column, as before", () => {
    const r = ok(checkSheet(ratings("Không quá 10%", rows), null));
    expect(r.items.some((i) => /Trung bình, Yếu/.test(i.name))).toBe(false);
  });
});
