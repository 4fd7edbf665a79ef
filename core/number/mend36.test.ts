// Round 36 (mend36): a day written after "hoàn thành" is no fraction (docs/measures.md "Session 29", "Noted and left").
// Every figure here is invented.
import { describe, expect, it } from "vitest";
import { readCell } from "./cell";
import { evaluate } from "../rule/evaluate";

describe("a day after \"hoàn thành\"", () => {
  it("is not read as a fraction larger than its whole, and the reason names the day", () => {
    for (const t of ["Hoàn thành 15/7", "Đã hoàn thành 25/8", "Hoàn thành: 31/12", "hoàn thành (20/5)"]) {
      const r = readCell(t);
      expect(r.kind, t).toBe("text");
      expect(r.kind === "text" && r.reason?.vi, t).toMatch(/là ngày \d+ tháng \d+/u);
    }
    const v = evaluate("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%", "Hoàn thành 15/7");
    expect(v.status).toBe("invalid");
    expect(v.explanation).not.toMatch(/tử số/u);
  });
  it("is still a completion day against a deadline", () => {
    expect(evaluate("Hoàn thành trước ngày 30/7/2025", "Hoàn thành 15/7").status).toBe("met");
  });
  it("leaves a share that fits its whole, one with a noun, and a pair no day can be, as fractions", () => {
    expect(readCell("Hoàn thành 12/12")).toMatchObject({ kind: "fraction", numerator: 12, denominator: 12 });
    expect(readCell("Hoàn thành 3/5")).toMatchObject({ kind: "fraction", numerator: 3, denominator: 5 });
    expect(readCell("Hoàn thành 15/7 nhiệm vụ")).toMatchObject({ kind: "fraction", numerator: 15, noun: "nhiệm vụ" });
    expect(readCell("Hoàn thành 15/13")).toMatchObject({ kind: "fraction", numerator: 15, denominator: 13 });
    // ("Đạt" says nothing of a day.)
    expect(readCell("Đạt 15/7")).toMatchObject({ kind: "fraction", numerator: 15, denominator: 7 });
  });
});
