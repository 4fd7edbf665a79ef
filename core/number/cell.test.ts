// Tests for readCell: every kind of cell value a host hands over, read into one typed reading.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { MAX_CELL_TEXT, NO_DATA_TEXTS, dateToIso, readCell, serialToIso, type ReadCellOptions } from "./cell";

type Row = [name: string, value: CellValue, expected: Record<string, unknown>, opts?: ReadCellOptions];

const ROWS: Row[] = [
  ["null is empty", null, { kind: "empty" }],
  ["undefined is empty", undefined, { kind: "empty" }],
  ["'' is empty", "", { kind: "empty" }],
  ["whitespace is empty", "  \t ", { kind: "empty" }],
  ["an em dash means no data", "—", { kind: "empty", text: "—" }],
  ["a hyphen means no data", "-", { kind: "empty" }],
  ["'chưa có' means no data", "chưa có", { kind: "empty" }],
  ["'Chưa có số liệu' means no data", "Chưa  có số liệu", { kind: "empty" }],
  ["'N/A' means no data", "N/A", { kind: "empty" }],
  ["a number is a number", 0.649, { kind: "number", value: 0.649, percent: false }],
  ["'64,9%' is a percent", "64,9%", { kind: "number", value: 0.649, percent: true }],
  ["'7.910' is seven thousand nine hundred ten", "7.910", { kind: "number", value: 7910, percent: false }],
  ["'85,7' is a decimal", "85,7", { kind: "number", value: 85.7, percent: false }],
  ["'1.234,5' has grouping and decimals", "1.234,5", { kind: "number", value: 1234.5 }],
  ["'1,2 triệu' reads the scale word", "1,2 triệu", { kind: "number", value: 1_200_000 }],
  ["'hai' is a number word", "hai", { kind: "number", value: 2 }],
  ["'7.910 trẻ' keeps its noun", "7.910 trẻ", { kind: "number", value: 7910, noun: "trẻ" }],
  ["'2 lần' keeps its noun", "2 lần", { kind: "number", value: 2, noun: "lần" }],
  ["'7.910/9.232' is a fraction", "7.910/9.232", { kind: "fraction", numerator: 7910, denominator: 9232 }],
  ["'13 / 14' is a fraction", "13 / 14", { kind: "fraction", numerator: 13, denominator: 14 }],
  ["'13/14 phường' is a fraction of wards", "13/14 phường", { kind: "fraction", numerator: 13, denominator: 14, noun: "phường" }],
  ["'12 y sĩ/1.000 người' is a rate per a round base of another noun", "12 y sĩ/1.000 người", { kind: "number", value: 12, noun: "y sĩ/1.000 người" }],
  ["'95 cháu nội/100 cháu ngoại' is a rate, not a share above its whole", "95 cháu nội/100 cháu ngoại", { kind: "number", value: 95 }],
  ["'40 học sinh/100 học sinh' (one noun) stays a share", "40 học sinh/100 học sinh", { kind: "fraction", numerator: 40, denominator: 100 }],
  ["'7.910 trẻ/9.232 (85,7%)' is a fraction", "7.910 trẻ/9.232 (85,7%)", { kind: "fraction", numerator: 7910, denominator: 9232, noun: "trẻ" }],
  ["'6/30' is a rank when a rank is expected", "6/30", { kind: "rank", value: 6, of: 30 }, { expect: "rank" }],
  ["'6/30' is a fraction otherwise", "6/30", { kind: "fraction", numerator: 6, denominator: 30 }],
  ["'mức độ 3' is a level", "mức độ 3", { kind: "level", value: 3 }],
  ["'Mức 2' is a level", "Mức 2", { kind: "level", value: 2 }],
  ["'IELTS 5.5' is a level on the IELTS scale", "IELTS 5.5", { kind: "level", value: 5.5, scale: "IELTS" }],
  ["'B1' on a named scale given by the rule", "Bậc 3", { kind: "level", value: 3, scale: "bậc" }],
  ["'hạng 6' is a rank", "hạng 6", { kind: "rank", value: 6, top: false }],
  ["'Thứ hạng 6/30' is a rank of 30", "Thứ hạng 6/30", { kind: "rank", value: 6, of: 30 }],
  ["'top 5' is a top rank", "top 5", { kind: "rank", value: 5, top: true }],
  ["'30/06/2025' is a date", "30/06/2025", { kind: "date", iso: "2025-06-30" }],
  ["'1-7-2025' is a date", "1-7-2025", { kind: "date", iso: "2025-07-01" }],
  ["'2025-06-30' is an ISO date", "2025-06-30", { kind: "date", iso: "2025-06-30" }],
  ["'tháng 6/2025' is the month's last day", "tháng 6/2025", { kind: "date", iso: "2025-06-30" }],
  ["'6/2025' is a month when a date is expected", "6/2025", { kind: "date", iso: "2025-06-30" }, { expect: "date" }],
  ["'2/2024' ends on the leap day", "2/2024", { kind: "date", iso: "2024-02-29" }, { expect: "date" }],
  ["a Date at UTC midnight keeps its day", new Date(Date.UTC(2025, 5, 30)), { kind: "date", iso: "2025-06-30" }],
  ["an Excel serial is a date when a date is expected", 45838, { kind: "date", iso: "2025-06-30" }, { expect: "date" }],
  ["a year typed alone is not a date serial", 2025, { kind: "text" }, { expect: "date" }],
  ["'31/02/2025' is no date", "31/02/2025", { kind: "text" }],
  ["TRUE is yes", true, { kind: "boolean", value: true }],
  ["FALSE is no", false, { kind: "boolean", value: false }],
  ["'Đạt' is yes", "Đạt", { kind: "boolean", value: true }],
  ["'Chưa đạt' is no", "Chưa đạt", { kind: "boolean", value: false }],
  ["'Có' is yes", "Có", { kind: "boolean", value: true }],
  ["'Không' is no", "Không", { kind: "boolean", value: false }],
  ["'x' is a tick", "x", { kind: "boolean", value: true }],
  ["'✓' is a tick", "✓", { kind: "boolean", value: true }],
  ["'Hoàn thành' is yes", "Hoàn thành", { kind: "boolean", value: true }],
  ["an error object is an error", { error: "#N/A" }, { kind: "error", code: "#N/A" }],
  ["the text '#N/A' is an error", "#N/A", { kind: "error", code: "#N/A" }],
  ["the text '#div/0!' is an error", "#div/0!", { kind: "error", code: "#DIV/0!" }],
  ["'#hashtag' is text", "#hashtag", { kind: "text" }],
  ["'abc' is text", "abc", { kind: "text" }],
  ["'1,2,3' is text", "1,2,3", { kind: "text" }],
  ["'5 trên 7' is text", "5 trên 7 trường", { kind: "text" }],
  ["NaN is invalid", NaN, { kind: "text" }],
  ["Infinity is invalid", Infinity, { kind: "text" }],
  ["an invalid Date is invalid", new Date(NaN), { kind: "text" }],
];

describe("readCell", () => {
  it.each(ROWS)("%s", (_name, value, expected, opts) => {
    expect(readCell(value, opts)).toMatchObject(expected);
  });

  it("gives a bilingual reason for text it cannot read", () => {
    const r = readCell("abc");
    expect(r.kind === "text" && r.reason.vi.length > 0 && r.reason.en.length > 0).toBe(true);
  });

  it("rejects a 10 MB string without reading it, and quotes only its start", () => {
    const r = readCell("7".repeat(10_000_000));
    expect(r.kind).toBe("text");
    expect(r.text.length).toBeLessThan(40);
    if (r.kind === "text") expect(r.reason.en).toContain("10000000");
  });

  it("reads text up to the length limit", () => {
    expect(readCell(`${" ".repeat(MAX_CELL_TEXT - 3)}65%`).kind).toBe("number");
  });

  it("treats every listed no-data text as empty, in any case", () => {
    for (const t of NO_DATA_TEXTS) expect(readCell(t.toUpperCase()).kind, t).toBe("empty");
  });

  it("reads a rating not yet held as no figure yet, not a wrong one", () => {
    for (const t of ["Chưa bình xét", "Đang đánh giá", "chưa xếp loại"]) expect(readCell(t).kind, t).toBe("empty");
  });

  it("never throws on odd objects", () => {
    for (const v of [[], {}, { error: 5 }, Symbol("x"), () => 1, 10n]) {
      expect(() => readCell(v as unknown as CellValue)).not.toThrow();
    }
  });
});

describe("serialToIso and dateToIso", () => {
  it.each([
    [1, "1899-12-31"],
    [61, "1900-03-01"],
    [45292, "2024-01-01"],
    [45838.75, "2025-06-30"],
  ])("serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it("refuses serials out of range", () => {
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(3e6)).toBeNull();
  });

  it("reads a Date with a time of day in local time", () => {
    expect(dateToIso(new Date(2025, 5, 30, 15, 0))).toBe("2025-06-30");
  });
});

describe("times per a span of time", () => {
  // "1 lần/6 tháng" was a share of six (1/6) and passed "at least once a quarter".
  it.each([
    ["1 lần/6 tháng", 1, "lần/6 tháng"],
    ["2 lần/3 tháng", 2, "lần/3 tháng"],
  ])("reads %j as a count per span, not a share", (text, value, noun) => {
    expect(readCell(text)).toMatchObject({ kind: "number", value, noun });
  });
  it("keeps a share of units a share", () => {
    expect(readCell("13/14 phường")).toMatchObject({ kind: "fraction", numerator: 13, denominator: 14 });
  });
});

describe("a yearly rate typed with its period", () => {
  // "9,8%/năm" (a growth rate as plans write it) was unread against "trên 9,5%/năm".
  it.each([["9,8%/năm", 0.098], ["11,5%/năm", 0.115], ["7%/năm", 0.07]])("reads %j as the share %d", (text, value) => {
    expect(readCell(text)).toMatchObject({ kind: "number", value, percent: true });
  });
  it("leaves a plain count per year to the judges (no percent sign)", () => {
    expect(readCell("12/năm")).not.toMatchObject({ percent: true });
  });
});

describe("a round base of the same noun is a share, of another noun a per-base rate (rv15 #9)", () => {
  it("same head noun on both sides: a fraction", () => {
    expect(readCell("93 trẻ/100 trẻ trong độ tuổi").kind).toBe("fraction");
    expect(readCell("96 trẻ/100 trẻ em").kind).toBe("fraction");
    expect(readCell("48 học sinh nữ/100 học sinh").kind).toBe("fraction");
  });
  it("different nouns: a rate per the base", () => {
    expect(readCell("108 bé trai/100 bé gái")).toMatchObject({ kind: "number", value: 108 });
    expect(readCell("6 bác sĩ/10.000 dân")).toMatchObject({ kind: "number", value: 6 });
  });
});
