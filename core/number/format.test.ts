// Tests for number and percent printing in Vietnamese and English, and the round trip through readNumber.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatPoints, roundTo } from "./format";
import { readNumber } from "./parse";

describe("formatNumber", () => {
  it.each([
    [7910, "vi", 2, "7.910"],
    [7910, "en", 2, "7,910"],
    [85.7, "vi", 2, "85,7"],
    [85.7, "en", 2, "85.7"],
    [85.714, "vi", 2, "85,71"],
    [1234.5, "vi", 2, "1.234,5"],
    [1234567.891, "en", 2, "1,234,567.89"],
    [-1234.5, "vi", 2, "-1.234,5"],
    [0, "vi", 2, "0"],
    [-0, "vi", 2, "0"],
    [-0.001, "vi", 2, "0"],
    [1.005, "vi", 2, "1,01"],
    [2.5, "vi", 0, "3"],
    [999.999, "vi", 2, "1.000"],
    [0.000123, "vi", 6, "0,000123"],
    [1e21, "vi", 2, "1.000.000.000.000.000.000.000"],
  ] as const)("formats %d in %s with %d decimals as %s", (n, lang, d, text) => {
    expect(formatNumber(n, lang, d)).toBe(text);
  });

  it("prints non-finite numbers without throwing", () => {
    expect(formatNumber(NaN)).toBe("NaN");
    expect(formatNumber(Infinity)).toBe("∞");
  });

  // readNumber keeps 12 significant digits, so the property stays within them: |n| < 1e8 with up to 4 decimals.
  it("reads back with readNumber to the rounded value (vi)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const text = formatNumber(n, "vi", d);
        const back = readNumber(text);
        expect(back.ok, text).toBe(true);
        if (back.ok) expect(back.value).toBeCloseTo(roundTo(n, d), 6);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads integers back exactly (vi)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const back = readNumber(formatNumber(n, "vi"));
        expect(back.ok && back.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe("formatPercent", () => {
  it.each([
    [0.857, "vi", "85,7%"],
    [0.857, "en", "85.7%"],
    [1, "vi", "100%"],
    [0.012, "vi", "1,2%"],
    [0.6499999999999999, "vi", "65%"],
    [0.00015, "vi", "0,02%"],
  ] as const)("formats %d in %s as %s", (f, lang, text) => {
    expect(formatPercent(f, lang)).toBe(text);
  });

  it("reads back with readNumber as the same fraction (vi)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (basisPoints) => {
        const f = basisPoints / 10_000;
        const back = readNumber(formatPercent(f, "vi"));
        expect(back.ok && back.percent).toBe(true);
        if (back.ok) expect(back.value).toBeCloseTo(f, 12);
      }),
    );
  });
});

describe("formatPoints", () => {
  it("prints a fraction difference as unsigned percentage points", () => {
    expect(formatPoints(-0.018)).toBe("1,8");
    expect(formatPoints(0.003, "en")).toBe("0.3");
  });
});
