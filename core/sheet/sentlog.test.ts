// A log of returns with a column of the days they were sent: "Đã gửi" with no day is asked about, a blank past its
// deadline is overdue (nothing recorded after the due day), a day is judged on the deadline.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

const log = (heading: string): SheetData => ({
  name: "S",
  values: [
    ["TT", "Báo cáo", "Thời hạn", heading, "Ghi chú"],
    [1, "Báo cáo tuyển sinh đầu cấp", "Trước ngày 15/8/2023", new Date(Date.UTC(2023, 7, 10)), ""],
    [2, "Báo cáo thống kê giữa kỳ", "Chậm nhất ngày 20/10/2023", "Đã gửi", ""],
    [3, "Hồ sơ thi đua học kỳ I", "Chậm nhất ngày 05/12/2023", null, ""],
    [4, "Báo cáo sơ kết", "Trước ngày 15/01/2024", "Chưa gửi", ""],
  ],
});

describe("a column of days sent", () => {
  for (const heading of ["Ngày đã gửi", "Ngày nộp"]) {
    it(`under "${heading}"`, () => {
      const r = ok(checkSheet(log(heading), null, { asOf: "2024-01-20" }));
      expect(statusAt(r, 1, 3)).toBe("met");
      expect(statusAt(r, 2, 3)).toBe("review");
      expect(statusAt(r, 3, 3)).toBe("overdue");
      expect(r.items.find((i) => i.cell.row === 3 && i.cell.col === 3)?.verdict.explanation).toMatch(/chưa ghi kết quả.*05\/12\/2023/u);
      expect(statusAt(r, 4, 3)).toBe("overdue");
    });
  }
});
