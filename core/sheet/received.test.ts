// A log with two columns read as deadlines ("Thời hạn nộp" beside "Ngày nhận"): the one whose cells state the
// deadline is the deadline, the one to its right whose cells say when each came in is the result, and that is said.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("a day received beside a deadline in words", () => {
  const values: CellValue[][] = [
    ["STT", "Nội dung hồ sơ", "Thời hạn nộp", "Ngày nhận", "Ghi chú"],
    [1, "Hồ sơ thi đua học kỳ I", "Trước ngày 20/01/2024", day(2024, 1, 15), null],
    [2, "Báo cáo sơ kết học kỳ I", "Chậm nhất ngày 25/01/2024", day(2024, 1, 26), null],
    [3, "Kế hoạch học kỳ II", "Trước ngày 30/01/2024", "Chưa nộp", null],
    [4, "Báo cáo tổng kết năm học", "Chậm nhất ngày 31/5/2024", null, null],
  ];
  it("judges the day received against the deadline, never the log as undone", () => {
    const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2024-02-05" }));
    expect(r.items.map((i) => i.status)).toEqual(["met", "not_met", "overdue", "pending"]);
    expect(r.layout.decisions?.some((d) => /là ngày thực hiện \(không phải thời hạn\)/.test(d.vi))).toBe(true);
  });
  it("keeps both as deadlines when neither column states its deadline in words", () => {
    const plain = values.map((row, i) => (i === 0 ? row : [row[0], row[1], day(2024, 1, 20 + i), row[3], row[4]]));
    const r = checkSheet({ name: "S", values: plain }, null, { asOf: "2024-02-05" });
    expect(r.ok && r.layout.decisions?.some((d) => /là ngày thực hiện \(không phải thời hạn\)/.test(d.vi))).toBeFalsy();
  });
});
