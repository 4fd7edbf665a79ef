// Tests for the Vietnamese number reader: grouping dots, decimal commas, percents, scale and number words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalNumber } from "../rule/canonical";
import { numberWords, readNumber, roundFloat, scanNumbers } from "./parse";

describe("readNumber", () => {
  it.each([
    ["7.910", 7910, false],
    ["85,7", 85.7, false],
    ["1.234,5", 1234.5, false],
    ["99,80%", 0.998, true],
    ["65%", 0.65, true],
    ["65 %", 0.65, true],
    ["01", 1, false],
    ["1,2 triệu", 1_200_000, false],
    ["2 tỷ", 2_000_000_000, false],
    ["3 nghìn", 3000, false],
    // Ten thousand ("7,5 vạn người"), as plans still write it.
    ["7,5 vạn", 75_000, false],
    ["5.5", 5.5, false],
    ["1.5%", 0.015, true],
    ["12.246", 12246, false],
    ["1.234.567", 1234567, false],
    ["-3", -3, false],
    ["0,1", 0.1, false],
    ["hai", 2, false],
    ["mười", 10, false],
    ["mười lăm", 15, false],
    ["hai mươi mốt", 21, false],
    ["  42  ", 42, false],
  ])("reads %j as %d (percent: %s)", (text, value, percent) => {
    expect(readNumber(text)).toEqual({ ok: true, value, percent });
  });

  it.each([[""], ["x"], ["12 trường"], ["1.2.3,4"], ["6,7,8"], ["—"], ["1".repeat(100)]])("refuses %j with a reason in both languages", (text) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.vi && r.reason.en).toBeTruthy();
  });
});

describe("scanNumbers", () => {
  const values = (t: string) => scanNumbers(t).map((n) => n.value);

  it.each([
    ["7.910 trẻ/9.232 (85,7%)", [7910, 9232, 0.857]],
    ["55-60%", [55, 0.6]],
    ["0,1-0,2%", [0.1, 0.002]],
    ["từ -5 đến 10", [-5, 10]],
    ["THCS2 đạt 3 giải", [3]],
    ["10 m2/trẻ", [10]],
    ["ngày 12/8/2024", [12, 8, 2024]],
    ["không có số", []],
  ])("finds the numbers of %j", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("reports where each number starts and ends, with its percent sign", () => {
    const [a] = scanNumbers("đạt 85,7 %.");
    expect(a).toMatchObject({ value: 0.857, percent: true, start: 4, end: 10, text: "85,7 %" });
  });

  it("skips a run of digits it cannot group ('1.2.3', '6,7,8') as a whole, so a long one is looked at once", () => {
    expect(values("mục 1.2.3 và 6,7,8 rồi 9")).toEqual([9]);
    expect(scanNumbers("1.".repeat(50_000))).toEqual([]);
  });
});

describe("numberWords", () => {
  it.each([
    ["một", 1],
    ["ba", 3],
    ["tư", 4],
    ["mười một", 11],
    ["mười lăm", 15],
    ["hai mươi", 20],
    ["chín mươi chín", 99],
    ["ba mươi tư", 34],
  ])("reads %j as %d", (text, n) => {
    expect(numberWords(text)).toBe(n);
  });

  it.each([["mười không"], ["lăm"], ["trường"], [""], ["hai ba"]])("refuses %j", (text) => {
    expect(numberWords(text)).toBeNull();
  });
});

describe("roundFloat", () => {
  it("removes the binary noise of a division by 100", () => {
    expect(roundFloat(85.7 / 100)).toBe(0.857);
    expect(roundFloat(7)).toBe(7);
    expect(roundFloat(Number.NaN)).toBeNaN();
  });
});

describe("canonical numbers read back", () => {
  it("reads every number printed by canonicalNumber, in both languages, back to itself", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 1000)),
        fc.constantFrom("vi", "en") as fc.Arbitrary<"vi" | "en">,
        (n, lang) => {
          const r = readNumber(canonicalNumber(n, lang));
          expect(r.ok && r.value).toBe(roundFloat(n));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
