// A column the reader gives no role, under a target the target row writes over it ("Mức giảm" under "Giảm ≥ 0,5
// điểm %/năm"): its figures are not judged, and a line on that column says so and what to do.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

describe("figures under a target in a column given no role", () => {
  const values: CellValue[][] = [
    ["TT", "Xã", "Tỷ lệ hộ nghèo (%)", null, null, "Ghi chú"],
    [null, null, "Đầu năm", "Cuối năm", "Mức giảm", null],
    [null, "Chỉ tiêu", null, null, "Giảm ≥ 1 điểm %/năm", null],
    [1, "Xã Đông", 6.2, 5.1, 1.1, null],
    [2, "Xã Tây", 4.8, 4.3, 0.5, null],
  ];
  const merges = [{ top: 0, left: 2, bottom: 0, right: 4 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 5, bottom: 1, right: 5 }];
  it("says the column was not read, on that column", () => {
    const r = checkSheet({ name: "S", values, merges }, null, { asOf: "2024-12-31" });
    if (!r.ok) throw new Error("not ok");
    const unplaced = r.layout.unplaced.some((u) => u.col === 4);
    const line = r.coverage.notJudged.find((n) => n.cell.col === 4);
    expect(unplaced).toBe(true);
    expect(line?.reason).toBe("unread_figure");
    expect(line?.message.vi).toMatch(/E4/);
    expect(r.coverage.notJudgedTotal).toBeGreaterThanOrEqual(2);
  });
});
