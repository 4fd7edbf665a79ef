// Round 31 (fix31r): one vocabulary of the parts of the year (YEAR_PARTS), read for a heading's term, a title's part
// and a target row alike, with the forms clerks write that one of them missed ("HKI", "06 tháng", "đăng ký 1").
import { describe, expect, it } from "vitest";
import { readHeader } from "./header";
import { isTargetRow, yearPartKey } from "./vocabulary";
import { fold } from "../sheet/text";

describe("the parts of the year, one vocabulary", () => {
  it("gives a heading's term", () => {
    const term = (h: string) => readHeader(h).term;
    expect(term("Thực hiện HKI")).toBe("half");
    expect(term("Thực hiện HK II")).toBe("year");
    expect(term("Ước thực hiện 06 tháng đầu năm")).toBe("half");
    expect(term("Thực hiện 9 tháng đầu năm")).toBe("nine");
    expect(term("Thực hiện 6 tháng cuối năm")).toBe("year");
    expect(term("Sơ kết học kỳ I")).toBe("half");
    expect(term("Quý III/2024")).toBe("quarter");
    // The "ký" of "đăng ký" is no term.
    expect(term("Số đăng ký 1")).toBeUndefined();
  });
  it("gives a title's or a target row's part, the same key however written", () => {
    const key = (t: string) => yearPartKey(fold(t));
    expect(["HKI", "HK I", "Học kỳ I", "Học kỳ 1"].map(key)).toEqual(["hk1", "hk1", "hk1", "hk1"]);
    expect(["HKII", "HK II", "Học kỳ II", "Kỳ 2"].map(key)).toEqual(["hk2", "hk2", "hk2", "hk2"]);
    expect(["06 tháng đầu năm", "6 tháng", "9 tháng đầu năm", "09 tháng", "6 tháng cuối năm"].map(key)).toEqual(["6", "6", "9", "9", "6c"]);
    expect(["Quý I", "Quý 4", "Năm 2024"].map(key)).toEqual(["q1", "q4", null]);
  });
  it("reads a target row naming a part of the year", () => {
    const row = (t: string) => isTargetRow(fold(t));
    expect(row("Chỉ tiêu HKI")).toBe(true);
    expect(row("Kế hoạch 06 tháng đầu năm 2024")).toBe(true);
    expect(row("Chỉ tiêu học kỳ II năm học 2023 2024")).toBe(true);
    expect(row("Chỉ tiêu năm 2025")).toBe(true);
    expect(row("Chỉ tiêu 9 tháng đầu năm")).toBe(true);
    expect(row("Chỉ tiêu khác")).toBe(false);
  });
});

// review31: "nhiệm kỳ II", "thư ký 1" are no term; "vụ Xuân Hè" is not harvested by mid-year.
describe("words that only look like a term or an early season", () => {
  it("reads no term in 'nhiệm kỳ II' or 'thư ký 1'", () => {
    expect(yearPartKey(fold("Nhiệm kỳ II"))).not.toBe("hk2");
    expect(yearPartKey(fold("Thư ký 1"))).not.toBe("hk1");
    expect(yearPartKey(fold("Học kỳ II"))).toBe("hk2");
  });
  it("keeps 'vụ Xuân Hè' and 'vụ Xuân Thu' out of the seasons harvested by mid-year", async () => {
    const { SEASON_BY_MIDYEAR } = await import("./vocabulary");
    expect(SEASON_BY_MIDYEAR.test(fold("Diện tích vụ Xuân Hè"))).toBe(false);
    expect(SEASON_BY_MIDYEAR.test(fold("Diện tích vụ Xuân Thu"))).toBe(false);
    expect(SEASON_BY_MIDYEAR.test(fold("Năng suất lúa vụ Xuân"))).toBe(true);
    expect(SEASON_BY_MIDYEAR.test(fold("vụ Đông Xuân 2020-2021"))).toBe(true);
  });
});
