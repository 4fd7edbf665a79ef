// A standards row over a unit table ("≥ 80" under a "(%)" heading) is a bound in percent: a rate typed as text
// ("82%") is judged on it, and a plain fraction among points ("0,81") is asked about when the two readings differ.
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

function communes(norm: CellValue[], rows: CellValue[][]): SheetData {
  return {
    name: "S",
    values: [
      ["TT", "Tên xã", "Tỷ lệ hộ dùng nước sạch (%)", null, "Tỷ lệ lao động qua đào tạo (%)", null],
      [null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
      ["Mức đạt chuẩn", null, ...norm],
      ...rows,
    ],
  };
}

describe("bounds on bare numbers in a standards row under (%) headings", () => {
  const rows: CellValue[][] = [
    [1, "Xã Đông", 82.5, "Đạt", 71, "Đạt"],
    [2, "Xã Tây", "79%", "Chưa đạt", 68.2, "Chưa đạt"],
    [3, "Xã Nam", "81%", "Đạt", 0.72, "Đạt"],
    [4, "Xã Bắc", 78, "Chưa đạt", 75.5, "Đạt"],
  ];
  it("judges a rate typed as text on the bound, in percent", () => {
    for (const norm of [["≥ 80", null, "≥ 70", null], ["Từ 80 trở lên", null, ">=70", null]] as CellValue[][]) {
      const r = ok(checkSheet(communes(norm, rows), null));
      expect(statusAt(r, 3, 2)).toBe("exceeded");
      expect(statusAt(r, 4, 2)).toBe("not_met");
      expect(statusAt(r, 5, 2)).toBe("exceeded");
      expect(statusAt(r, 6, 2)).toBe("not_met");
      expect(statusAt(r, 3, 4)).toBe("exceeded");
      expect(statusAt(r, 4, 4)).toBe("not_met");
    }
  });
  it("asks about 0,72 among points where 72% and 0,72% give different verdicts", () => {
    const r = ok(checkSheet(communes(["≥ 80", null, "≥ 70", null], rows), null));
    expect(statusAt(r, 5, 4)).toBe("review");
  });
});
