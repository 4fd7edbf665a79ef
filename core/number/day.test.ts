// Tests for reading a day typed in the panes: day first whatever the browser's locale, refused rather than guessed.
import { describe, expect, it } from "vitest";
import { dayWords, readDayInput, refusedAt } from "./day";

describe("readDayInput", () => {
  it.each([
    ["3/6/2025", "2025-06-03"],
    ["03/06/2025", "2025-06-03"],
    ["3-6-2025", "2025-06-03"],
    ["03.06.2025", "2025-06-03"],
    [" 3 / 6 / 2025 ", "2025-06-03"],
    ["3 6 2025", "2025-06-03"],
    ["ngày 3 tháng 6 năm 2025", "2025-06-03"],
    ["Ngày 03 tháng 06, năm 2025", "2025-06-03"],
    ["ngày 3/6/2025", "2025-06-03"],
    ["2025-06-03", "2025-06-03"],
    ["29/02/2024", "2024-02-29"],
    ["31/12/2025", "2025-12-31"],
    ["13/01/2025", "2025-01-13"],
  ])("reads %j as %s, day before month", (text, iso) => {
    expect(readDayInput(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ["06/30/2025", /^Không có tháng 30: ghi ngày trước tháng, ví dụ 30\/6\/2025\.$/],
    ["31/02/2025", /^Không có ngày 31 tháng 2 năm 2025: tháng này có 28 ngày\.$/],
    ["29/02/2025", /^Không có ngày 29 tháng 2 năm 2025: tháng này có 28 ngày\.$/],
    ["31/4/2025", /^Không có ngày 31 tháng 4 năm 2025: tháng này có 30 ngày\.$/],
    ["2025-02-30", /^Không có ngày 30 tháng 2 năm 2025: tháng này có 28 ngày\.$/],
    ["20/13/2025", /^Không có tháng 13: tháng ghi từ 1 đến 12\.$/],
    ["3/6/1800", /^Năm 1800 ngoài khoảng đọc được: ghi năm từ 1900 đến 9999\.$/],
    ["3/6/25", /^Ghi năm đủ bốn chữ số/],
    ["6/2025", /^Thiếu ngày/],
    ["tháng 6/2025", /^Thiếu ngày/],
    ["hôm nay", /^Không đọc được «hôm nay» thành ngày/],
    ["June 3, 2025", /^Không đọc được/],
    ["3/6", /^Không đọc được/],
    ["2025-13-01", /^Không có tháng 13: tháng ghi từ 1 đến 12\.$/],
    ["x".repeat(500), /^Quá dài để là một ngày; ghi ngày\/tháng\/năm/],
  ])("refuses %j with one line: %s", (text, vi) => {
    const r = readDayInput(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.empty).toBe(false);
    expect(r.reason.vi).toMatch(vi);
    expect(r.reason.vi).not.toContain("\n");
    expect(r.reason.en.length).toBeGreaterThan(0);
  });

  it("refuses an empty field, saying so: never today in its place", () => {
    for (const t of ["", "   "]) {
      const r = readDayInput(t);
      expect(r).toMatchObject({ ok: false, empty: true });
    }
  });

  it("reads back whatever it says a day is in words", () => {
    for (const iso of ["2025-06-03", "2024-02-29", "2025-12-31", "2026-01-01"]) expect(readDayInput(dayWords(iso, "vi"))).toEqual({ ok: true, iso });
  });
});

describe("refusedAt", () => {
  it("says a refusal after where the day was typed, as one line in each language", () => {
    const r = readDayInput("31/02/2025");
    if (r.ok) throw new Error("read an impossible day");
    expect(refusedAt({ vi: "--as-of", en: "--as-of" }, r.reason)).toEqual({
      vi: "--as-of: không có ngày 31 tháng 2 năm 2025: tháng này có 28 ngày.",
      en: "--as-of: there is no day 31 in month 2 of 2025: that month has 28 days.",
    });
  });
});

describe("dayWords", () => {
  it("says the day, month and year in words", () => {
    expect(dayWords("2025-06-03", "vi")).toBe("ngày 3 tháng 6 năm 2025");
    expect(dayWords("2025-06-03", "en")).toBe("3 June 2025");
    expect(dayWords("2025-12-31", "en")).toBe("31 December 2025");
  });
});
