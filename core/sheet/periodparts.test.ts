// A unit matrix with four parts per indicator (earlier figure, this year's plan and result, a later goal): the plan
// and result of the year both name are judged; the earlier figure and the later goal are not.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

function wards(sub: string[], order: number[], rows: number[][]): SheetData {
  const pick = (xs: CellValue[]) => order.map((i) => xs[i]);
  return {
    name: "S",
    values: [
      ["TT", "Phường, xã", "Số trường đạt chuẩn quốc gia", null, null, null, "Ghi chú"],
      [null, null, ...pick(sub)],
      ...rows.map((x, i) => [i + 1, `Phường ${i + 1}`, ...pick(x)]),
    ],
  };
}

describe("earlier figures and later goals beside this year's plan and result", () => {
  const rows = [
    [3, 4, 4, 6],
    [2, 4, 3, 5],
    [5, 5, 6, 6],
  ];
  it("judges the result of the year against that year's plan", () => {
    for (const sub of [["Đến 31/12/2023", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Mục tiêu đến năm 2026"], ["Lũy kế đến hết năm 2023", "KH 2024", "TH 2024", "Mục tiêu đến năm 2030"]]) {
      const r = ok(checkSheet(wards(sub, [0, 1, 2, 3], rows), null));
      expect(statusAt(r, 2, 4)).toBe("met");
      expect(statusAt(r, 3, 4)).toBe("not_met");
      expect(statusAt(r, 4, 4)).toBe("exceeded");
      // The earlier figure is never judged.
      expect(r.items.some((i) => i.cell.col === 2)).toBe(false);
    }
  });
  it("takes the year's plan even when the later goal comes first", () => {
    const r = ok(checkSheet(wards(["Đến 31/12/2023", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Mục tiêu đến năm 2026"], [0, 3, 1, 2], rows), null));
    // Columns now: earlier, goal 2026, plan 2024, result 2024.
    expect(statusAt(r, 2, 5)).toBe("met");
    expect(statusAt(r, 3, 5)).toBe("not_met");
  });
});
