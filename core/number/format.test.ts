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

/** The straightforward formatNumber this module had before its fast path: the oracle the fast one must equal. */
function referenceFormat(n: number, lang: "vi" | "en", maxDecimals: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  let r = n;
  if (!Number.isInteger(n) && Math.abs(n) < 1e15) {
    const d = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
    const x = Math.abs(n) * 10 ** d;
    r = (n < 0 ? -1 : 1) * (Math.round(x + x * 8 * Number.EPSILON) / 10 ** d);
    if (Object.is(r, -0)) r = 0;
  }
  const abs = Math.abs(r);
  let digits = String(abs);
  if (digits.includes("e")) {
    digits = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(Math.max(0, Math.min(20, Math.floor(maxDecimals)))).replace(/\.?0+$/, "");
  }
  const [intPart, frac = ""] = digits.split(".");
  let grouped = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) grouped += lang === "vi" ? "." : ",";
    grouped += intPart[i];
  }
  const sign = r < 0 ? "-" : "";
  return frac ? `${sign}${grouped}${lang === "vi" ? "," : "."}${frac}` : `${sign}${grouped}`;
}

describe("formatNumber equals the straightforward reference", () => {
  const langs = fc.constantFrom<"vi" | "en">("vi", "en");
  const decimals = fc.integer({ min: 0, max: 6 });

  it("for any double, in both languages, with 0 to 6 decimals", () => {
    fc.assert(
      fc.property(fc.double(), langs, decimals, (n, lang, d) => {
        expect(formatNumber(n, lang, d)).toBe(referenceFormat(n, lang, d));
      }),
      { numRuns: 20_000 },
    );
  });

  it("for figures as spreadsheets hold them: a few decimals, ties, and values near powers of ten", () => {
    const figure = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).chain((i) => fc.integer({ min: 0, max: 8 }).map((k) => i / 10 ** k)),
      fc.integer({ min: -100_000, max: 100_000 }).map((i) => i / 1000 + 0.0005),
      fc.integer({ min: -18, max: 20 }).chain((e) => fc.double({ min: 0.999, max: 1.001, noNaN: true }).map((m) => m * 10 ** e)),
      fc.tuple(fc.integer(), fc.integer({ min: 0, max: 40 })).map(([i, k]) => i * 2 ** k),
      fc.double({ min: 0, max: 1, noNaN: true }).map((f) => f * 100),
    );
    fc.assert(
      fc.property(figure, langs, decimals, (n, lang, d) => {
        expect(formatNumber(n, lang, d)).toBe(referenceFormat(n, lang, d));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    [0.1 + 0.2], [1e15 - 0.5], [999_999_999_999_999.9], [2 ** 53 + 2], [1e21], [1e-7], [5e-324], [-0.0049999], [123456.0005],
  ])("for the edge value %d", (n) => {
    for (const lang of ["vi", "en"] as const) {
      for (let d = 0; d <= 6; d++) expect(formatNumber(n, lang, d)).toBe(referenceFormat(n, lang, d));
    }
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
