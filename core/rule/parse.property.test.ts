// Property tests for the parser: it never throws, and whatever it returns is well-formed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStatement, parseTarget } from "./parse";
import { Rule } from "./schema";

// Pieces real targets are made of, so generated strings reach deep into the recognisers.
const PIECES = [
  "ít nhất", "từ", "trên", "dưới", "không quá", "trở lên", "giảm", "tăng", "so với", "đầu năm", "khống chế", "tỷ lệ",
  "suy dinh dưỡng", "mức độ", "thứ hạng", "top", "tốp đầu", "lần", "/", "tháng", "năm", "năm học", "quý", "trước",
  "chậm nhất", "không để xảy ra", "trung bình", "cao hơn", "trong đó", ",", ";", ":", "-", "–", "%", "≥", "≤", "<", ">",
  "=", "+", "(", ")", "0", "01", "6", "28", "30", "65", "2024", "2025", "20251", "1,2", "7.910", "5.5", "0,1", "hai",
  "mười", "trường", "phường", "học sinh", "trẻ", "tuổi", "buổi/ngày", "lớp", "giải", "Nhất", " ", "  ", "\n",
];
const phrase = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((xs) => xs.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), phrase);

function wellFormed(r: ReturnType<typeof parseTarget>): void {
  if (r.ok) {
    expect(Rule.safeParse(r.rule).success).toBe(true);
    for (const w of r.warnings) expect(typeof w.message.vi === "string" && typeof w.message.en === "string").toBe(true);
  } else {
    expect(typeof r.error.code).toBe("string");
    expect(typeof r.error.fragment).toBe("string");
    expect(r.error.message.vi.length).toBeGreaterThan(0);
    expect(r.error.message.en.length).toBeGreaterThan(0);
  }
}

describe("parseTarget on arbitrary text", () => {
  it("never throws and returns a schema-valid rule or a bilingual error, for random unicode and for shuffled target words", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, "Tỷ lệ trẻ suy dinh dưỡng", "Tỷ lệ trẻ ra lớp"), (text, indicator) => {
        wellFormed(parseTarget(text, indicator ? { indicator } : {}));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every number it keeps as a finite value", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const r = parseTarget(text);
        if (!r.ok) return;
        for (const v of Object.values(r.rule)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseStatement on arbitrary text", () => {
  it("never throws and gives every part a label, its text and a well-formed result", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const part of parseStatement(text)) {
          expect(typeof part.label).toBe("string");
          expect(typeof part.target).toBe("string");
          wellFormed(part.result);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

// Parse time is linear in the input's length: phrases of target words 1k and 100k characters long take at most a few
// times 100× as long (a quadratic step would take 10,000×). The best of several runs is compared, so a busy machine
// does not decide.
describe("parse time grows linearly with the input", () => {
  const gen = (seed: number, n: number) => {
    let s = "";
    let x = seed;
    while (s.length < n) {
      x = (x * 16807) % 2147483647;
      s += `${PIECES[x % PIECES.length]} `;
    }
    return s.slice(0, n);
  };
  const best = (f: () => void, reps: number) => {
    let min = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      for (let i = 0; i < reps; i++) f();
      min = Math.min(min, (performance.now() - t) / reps);
    }
    return min;
  };
  const ratio = (f: (n: number) => () => void) => {
    const small = best(f(1_000), 20);
    const large = best(f(100_000), 1);
    return large / Math.max(small, 0.01);
  };

  it("for fuzzed phrases of target words from 1k to 100k characters (parseTarget and parseStatement)", () => {
    for (const seed of [7, 11, 13]) {
      expect(ratio((n) => { const t = gen(seed, n); return () => parseTarget(t); })).toBeLessThan(400);
      expect(ratio((n) => { const t = gen(seed, n); return () => parseStatement(t); })).toBeLessThan(400);
    }
  });

  it("for a statement of many commas ('1, 1, 1, …')", () => {
    expect(ratio((n) => { const t = "1, ".repeat(n / 3); return () => parseStatement(t); })).toBeLessThan(400);
  });
});
