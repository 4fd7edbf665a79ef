// toIsoDate: the as-of argument in every form a spreadsheet hands it; text read as the panes read a typed day.
import { describe, expect, it } from "vitest";
import { toIsoDate } from "./dates";

describe("toIsoDate", () => {
  const cases: Array<[string, unknown, string | null]> = [
    ["reads Excel serial 45838 as 30/06/2025", 45838, "2025-06-30"],
    ["ignores the time of day in a serial", 45838.75, "2025-06-30"],
    ["reads serial 3654 as 1910-01-01", 3654, "1910-01-01"],
    ["refuses a year passed as a serial (2025 would be 1905-07-17)", 2025, null],
    ["refuses serial 0 and negatives", 0, null],
    ["reads a Date by its local calendar day", new Date(2025, 5, 30, 23, 59), "2025-06-30"],
    ["reads ISO text", "2025-06-30", "2025-06-30"],
    ["reads dd/mm/yyyy", "30/06/2025", "2025-06-30"],
    ["reads d/m/yyyy", "1/9/2024", "2024-09-01"],
    ["reads d-m-yyyy", "1-9-2024", "2024-09-01"],
    ["reads the day in words", "ngày 1 tháng 9 năm 2024", "2024-09-01"],
    ["refuses 31/02/2025", "31/02/2025", null],
    ["refuses words", "hôm nay", null],
    ["refuses booleans", true, null],
    ["refuses an invalid Date", new Date(Number.NaN), null],
  ];
  it.each(cases)("%s", (_n, input, expected) => {
    const r = toIsoDate(input as never);
    expect(r.ok ? r.iso : null).toBe(expected);
  });

  it("gives the panes' one-line reason for text it refuses, and a general one for other values", () => {
    const text = toIsoDate("31/02/2025");
    expect(text).toMatchObject({ ok: false, reason: { vi: "Không có ngày 31 tháng 2 năm 2025: tháng này có 28 ngày." } });
    const other = toIsoDate(true as never);
    expect(other).toMatchObject({ ok: false, reason: { vi: expect.stringMatching(/^Không phải ngày: dùng một ô ngày/) } });
  });
});
