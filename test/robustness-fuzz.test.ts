// Fuzzing the readers: random text and random bytes never make the number reader, parser or judge throw.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNumber, scanNumbers } from "../core/number/parse";
import { readCell } from "../core/number/cell";
import { parseStatement, parseTarget } from "../core/rule/parse";
import { evaluate } from "../core/rule/evaluate";
import { STATUS_CODES } from "../core/rule/verdict";
import { checkSheet } from "../core/sheet/check";
import type { CellValue } from "../core/types";

/** CHITIEU_LONG=1 runs each property far longer (minutes instead of seconds). */
const RUNS = process.env.CHITIEU_LONG ? 50_000 : 1_000;

// Pieces of real targets, so random strings also wander near the parser's interesting paths.
const WORDS = ["ít nhất", "trên", "dưới", "không quá", "giảm", "còn", "từ", "đến", "trở lên", "%", "/", "-", ",", ".", "mức độ", "thứ hạng", "top", "chậm nhất", "tháng", "năm", "lần", "trường", "phường", "Đạt", "≥", "<=", "(", ")", "1", "01", "28", "65", "7.910", "85,7", "2025", "hai", "mười"];
const targetish = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 }), fc.integer({ min: -99999, max: 99999 }).map(String)), { maxLength: 24 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), targetish);
/** Random bytes read as UTF-8 (with replacement characters) and as Latin-1, the two ways a broken file's text arrives. */
const byteText = fc.uint8Array({ maxLength: 300 }).chain((b) => fc.constantFrom(Buffer.from(b).toString("utf8"), Buffer.from(b).toString("latin1")));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  byteText,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!").map((error) => ({ error })),
);

const isStatus = (s: string) => (STATUS_CODES as readonly string[]).includes(s);

describe("fuzzing the readers", () => {
  it("readNumber and scanNumbers never throw on random text or bytes", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, byteText), (s) => {
        const r = readNumber(s);
        expect(typeof r.ok).toBe("boolean");
        for (const t of scanNumbers(s)) expect(t.end).toBeGreaterThan(t.start);
      }),
      { numRuns: RUNS },
    );
  });

  it("readCell never throws and always names a kind", () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        expect(typeof readCell(v).kind).toBe("string");
      }),
      { numRuns: RUNS },
    );
  });

  it("parseTarget and parseStatement answer every random text or byte string with a rule or a bilingual error", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, byteText), (s) => {
        const r = parseTarget(s);
        if (!r.ok) expect(r.error.message.vi.length * r.error.message.en.length).toBeGreaterThan(0);
        for (const p of parseStatement(s)) expect(typeof p.result.ok).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });

  it("evaluate turns any random target and any cell value into one of the nine verdicts, with a sentence", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, byteText), cellValue, cellValue, (t, a, b) => {
        const v = evaluate(t, a, { baseline: b, reference: b, asOf: "2025-06-01" });
        expect(isStatus(v.status)).toBe(true);
        expect(v.explanation.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("checkSheet answers any random grid with a result or a bilingual failure", () => {
    const grid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, (values) => {
        const r = checkSheet({ name: "Fuzz", values }, null, { asOf: "2025-06-01" });
        if (r.ok) for (const it of r.items) expect(isStatus(it.verdict.status)).toBe(true);
        else expect(r.error.message.vi.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});
