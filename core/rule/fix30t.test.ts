// Round 30 (fix30t): typed figures the reader called invalid, read as figures: the unit or the span per which a figure is
// written, hours and minutes, seconds. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { readCell } from "../number/cell";
import { evaluate } from "./evaluate";

describe("a figure keeps the unit it is written in: powers, micro and a substance after a known unit", () => {
  it("reads m³, µg/m³ and 'triệu tấn CO2tđ' as a number with its unit", () => {
    expect(readCell("1,5 m³")).toMatchObject({ kind: "number", value: 1.5, noun: "m³" });
    expect(readCell("26 µg/m³")).toMatchObject({ kind: "number", value: 26, noun: "µg/m³" });
    expect(readCell("52 triệu tấn CO2tđ")).toMatchObject({ kind: "number", value: 52e6, noun: "tấn CO2tđ" });
    expect(readCell("1e309").kind).toBe("text");
  });
  it("judges a change from a baseline in the same unit", () => {
    const p = "Đến năm 2030 nồng độ bụi mịn trung bình năm giảm ít nhất 10% so với năm 2024";
    expect(evaluate(p, "26 µg/m³", { baseline: "30 µg/m³" }).status).toBe("exceeded");
    expect(evaluate(p, "28,5 µg/m³", { baseline: "30 µg/m³" }).status).toBe("not_met");
  });
  it("reads m³ in the target as in the figure", () => {
    const p = "Định mức nước sinh hoạt tối thiểu 2 m³/tháng/hộ";
    expect(evaluate(p, "2,5 m³").status).toBe("exceeded");
    expect(evaluate(p, "1 m³").status).toBe("not_met");
  });
});

describe("a rate per a span of time ('0,03%/ngày') is a rate, judged where the target names that span", () => {
  it("judges it against a rate per day and asks against one naming no day", () => {
    expect(evaluate("phạt chậm nộp 0,05%/ngày", "0,05%/ngày").status).toBe("met");
    expect(evaluate("lãi suất không quá 9,8%/năm", "0,03%/ngày").status).toBe("review");
    expect(evaluate("lãi suất không quá 9,8%/năm", "9%/năm").status).toBe("met");
  });
});

describe("hours and minutes with no 'phút' ('7 giờ 45', '7h45') and seconds in a measure", () => {
  it("reads them in hours, and seconds told in minutes", () => {
    expect(readCell("7 giờ 45")).toMatchObject({ kind: "number", value: 7.75, noun: "giờ" });
    expect(readCell("17h30")).toMatchObject({ kind: "number", value: 17.5, noun: "giờ" });
    expect(readCell("17:30").kind).toBe("text");
    expect(readCell("2 phút 30 giây")).toMatchObject({ kind: "number", value: 2.5, noun: "phút" });
    expect(evaluate("Bài thuyết trình dưới 5 phút", "4 phút 30 giây").status).toBe("met");
    expect(evaluate("Bài thuyết trình dưới 5 phút", "5 phút 20 giây").status).toBe("not_met");
  });
  it("asks about a clock figure where the target names a window of hours and one bound was read", () => {
    expect(evaluate("Giờ vào lớp buổi sáng: từ 7 giờ trở đi và không trễ hơn 8 giờ.", "8 giờ 15").status).toBe("review");
    expect(evaluate("Giờ vào lớp buổi sáng: từ 7 giờ trở đi và không trễ hơn 8 giờ.", "6 giờ 45").status).toBe("review");
  });
});
