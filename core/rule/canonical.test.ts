// Tests for the canonical printer: short forms in both languages, and parsing them back gives the same rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonical, canonicalNumber } from "./canonical";
import { parseTarget } from "./parse";
import { RULE_KINDS, type Rule } from "./schema";

const pct = { kind: "percent" } as const;

/** [rule, vi, en]: one line per kind and variant. */
const TABLE: Array<[Rule, string, string]> = [
  [{ kind: "compare", op: ">=", value: 0.65, unit: pct, intent: "plain" }, "≥ 65%", "≥ 65%"],
  [{ kind: "compare", op: "<=", value: 0.012, unit: pct, intent: "reduce" }, "≤ 1,2% (giảm)", "≤ 1.2% (reduce)"],
  [{ kind: "compare", op: ">=", value: 1, unit: pct, intent: "maintain" }, "≥ 100% (duy trì)", "≥ 100% (maintain)"],
  [{ kind: "compare", op: ">", value: 0.75, unit: pct, intent: "plain" }, "> 75%", "> 75%"],
  [{ kind: "compare", op: "<", value: 0.03, unit: pct, intent: "plain" }, "< 3%", "< 3%"],
  [{ kind: "compare", op: "<=", value: 45, unit: { kind: "count", noun: "lớp" }, intent: "plain" }, "≤ 45 lớp", "≤ 45 lớp"],
  [{ kind: "compare", op: ">=", value: 12246, unit: { kind: "count", noun: "học sinh" }, intent: "plain" }, "≥ 12.246 học sinh", "≥ 12246 học sinh"],
  [{ kind: "compare", op: ">=", value: 10, unit: { kind: "measure", unit: "m2/trẻ" }, intent: "plain" }, "≥ 10 m2/trẻ", "≥ 10 m2/trẻ"],
  [{ kind: "compare", op: "=", value: 1, unit: pct, intent: "plain" }, "= 100%", "= 100%"],
  [{ kind: "range", min: 0.55, max: 0.6, minInclusive: true, maxInclusive: true, unit: pct, sense: "band" }, "55–60%", "55–60%"],
  [{ kind: "range", min: 0.001, max: 0.002, minInclusive: true, maxInclusive: true, unit: pct, sense: "down" }, "0,1–0,2% (thấp hơn vẫn đạt)", "0.1–0.2% (lower is fine)"],
  [{ kind: "range", min: 0.55, max: 0.6, minInclusive: true, maxInclusive: true, unit: pct, sense: "up" }, "55–60% (cao hơn là Vượt)", "55–60% (above is exceeded)"],
  [{ kind: "range", min: 30, max: 35, minInclusive: true, maxInclusive: true, unit: { kind: "measure", unit: "trẻ/nhóm lớp" }, sense: "band" }, "30–35 trẻ/nhóm lớp", "30–35 trẻ/nhóm lớp"],
  [{ kind: "range", min: 0.5, max: 0.6, minInclusive: false, maxInclusive: false, unit: pct, sense: "band" }, "> 50% và < 60%", "> 50% and < 60%"],
  [{ kind: "range", min: 0.5, max: 0.6, minInclusive: true, maxInclusive: false, unit: pct, sense: "band" }, "≥ 50% và < 60%", "≥ 50% and < 60%"],
  [{ kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }, "28/28 trường", "28/28 trường"],
  [{ kind: "fraction", numerator: 7910, denominator: 9232, noun: "trẻ" }, "7.910/9.232 trẻ", "7910/9232 trẻ"],
  [{ kind: "level", level: 3 }, "mức độ ≥ 3", "level ≥ 3"],
  [{ kind: "level", level: 5.5, scale: "IELTS" }, "IELTS ≥ 5,5", "IELTS ≥ 5.5"],
  [{ kind: "rank", rank: 6, of: 30, top: false, field: "quận huyện" }, "hạng ≤ 6/30 quận huyện", "rank ≤ 6/30 quận huyện"],
  [{ kind: "rank", rank: 5, top: true, field: "Thành phố" }, "top 5 Thành phố", "top 5 Thành phố"],
  [{ kind: "change", direction: "increase", mode: "points", amount: 0.015, unit: pct, perYear: false }, "tăng ≥ 1,5 điểm %", "increase ≥ 1.5 pp"],
  [{ kind: "change", direction: "decrease", mode: "percent", amount: 0.1, unit: pct, perYear: false, baselineLabel: "đầu năm" }, "giảm ≥ 10% so với đầu năm", "decrease ≥ 10% vs đầu năm"],
  [{ kind: "change", direction: "increase", mode: "absolute", amount: 1, unit: { kind: "count", noun: "trường" }, perYear: true }, "tăng ≥ 1 trường mỗi năm", "increase ≥ 1 trường per year"],
  [{ kind: "change", direction: "increase", mode: "any", unit: { kind: "count" }, perYear: false, baselineLabel: "năm học trước" }, "tăng so với năm học trước", "increase vs năm học trước"],
  [{ kind: "reference", op: ">", reference: "trung bình chung Thành phố", unit: pct }, "> trung bình chung Thành phố", "> trung bình chung Thành phố"],
  [{ kind: "frequency", op: ">=", count: 1, noun: "chuyên đề", per: "cơ sở giáo dục", period: "year" }, "≥ 1 chuyên đề/cơ sở giáo dục/năm", "≥ 1 chuyên đề/cơ sở giáo dục/year"],
  [{ kind: "frequency", op: ">=", count: 1, period: "month" }, "≥ 1 lần/tháng", "≥ 1 times/month"],
  [{ kind: "frequency", op: ">=", count: 2, noun: "lần", period: "schoolYear" }, "≥ 2 lần/năm học", "≥ 2 lần/school year"],
  [{ kind: "deadline", due: "2025-06-30" }, "hạn chót 30/06/2025", "due 2025-06-30"],
  [{ kind: "deadline", due: "2025-05-31", start: "2024-09-01" }, "từ 01/09/2024, hạn chót 31/05/2025", "from 2024-09-01, due 2025-05-31"],
  [{ kind: "zero", unit: { kind: "count" } }, "= 0", "= 0"],
  [{ kind: "zero", unit: pct }, "= 0%", "= 0%"],
  [{ kind: "zero", unit: { kind: "count", noun: "vụ" } }, "= 0 vụ", "= 0 vụ"],
  [{ kind: "boolean", statement: "được công nhận trường học hạnh phúc" }, "có/không — được công nhận trường học hạnh phúc", "yes/no — được công nhận trường học hạnh phúc"],
  [{ kind: "boolean" }, "có/không", "yes/no"],
  [{ kind: "compare", op: ">=", value: 5, unit: { kind: "measure", unit: "điểm" }, intent: "all" }, "≥ 5 điểm (tất cả)", "≥ 5 điểm (all)"],
  [{ kind: "rank", rank: 8, best: 5, of: 30, top: false }, "hạng 5–8/30", "rank 5–8/30"],
  [{ kind: "deadline", due: "2025-11-20", start: "2025-11-20" }, "vào ngày 20/11/2025", "on 2025-11-20"],
  [{ kind: "deadline", due: "--04-29" }, "hạn chót 29/04", "due 29/04"],
  [{ kind: "compare", op: "<=", value: 35, unit: { kind: "measure", unit: "phút" }, intent: "plain" }, "≤ 35 phút", "≤ 35 phút"],
  [{ kind: "compare", op: ">=", value: 12000, unit: { kind: "measure", unit: "ha" }, intent: "plain", hold: true }, "≥ 12.000 ha (giữ ổn định)", "≥ 12000 ha (hold)"],
  [
    { kind: "compare", op: ">=", value: 12, unit: { kind: "count", noun: "trường" }, intent: "plain", alternative: { kind: "compare", op: ">=", value: 0.071, unit: pct, intent: "plain" } },
    "≥ 12 trường (hay: ≥ 7,1%)",
    "≥ 12 trường (or: ≥ 7.1%)",
  ],
];

/** The fields that decide a verdict, per kind: what a round trip must keep. */
export function thresholdFields(r: Rule): Record<string, unknown> {
  const own = readingFields(r);
  return r.alternative ? { ...own, alternative: readingFields(r.alternative as Rule) } : own;
}

function readingFields(r: Rule): Record<string, unknown> {
  const round = (x: number | undefined) => (x === undefined ? undefined : Number(x.toPrecision(10)));
  switch (r.kind) {
    case "compare":
      return { kind: r.kind, op: r.op, value: round(r.value), unit: r.unit.kind, intent: r.intent, hold: r.hold };
    case "range":
      return { kind: r.kind, min: round(r.min), max: round(r.max), minInclusive: r.minInclusive, maxInclusive: r.maxInclusive, unit: r.unit.kind, sense: r.sense };
    case "fraction":
      return { kind: r.kind, numerator: r.numerator, denominator: r.denominator };
    case "level":
      return { kind: r.kind, level: round(r.level), scale: r.scale };
    case "rank":
      return { kind: r.kind, rank: r.rank, best: r.best, of: r.of, top: r.top };
    case "change":
      return { kind: r.kind, direction: r.direction, mode: r.mode, amount: round(r.amount), perYear: r.perYear };
    case "reference":
      return { kind: r.kind, op: r.op, reference: r.reference };
    case "frequency":
      return { kind: r.kind, op: r.op, count: r.count, period: r.period };
    case "deadline":
      return { kind: r.kind, due: r.due, start: r.start };
    case "zero":
      return { kind: r.kind, unit: r.unit.kind };
    case "boolean":
      return { kind: r.kind, statement: r.statement };
  }
}

function roundTrip(rule: Rule, lang: "vi" | "en") {
  const text = canonical(rule, lang);
  const back = parseTarget(text);
  return { text, back: back.ok ? thresholdFields(back.rule) : back.error };
}

describe("canonical", () => {
  it.each(TABLE)("prints %j as %j in Vietnamese and %j in English", (rule, vi, en) => {
    expect(canonical(rule)).toBe(vi);
    expect(canonical(rule, "vi")).toBe(vi);
    expect(canonical(rule, "en")).toBe(en);
  });

  it.each(TABLE)("reads the canonical text of %j back to the same rule, in both languages", (rule) => {
    expect(roundTrip(rule, "vi").back).toEqual(thresholdFields(rule));
    expect(roundTrip(rule, "en").back).toEqual(thresholdFields(rule));
  });

  it("has a table line for every rule kind", () => {
    expect(new Set(TABLE.map(([r]) => r.kind))).toEqual(new Set(RULE_KINDS));
  });
});

describe("canonicalNumber", () => {
  it.each([
    [7910, "7.910", "7910"],
    [85.7, "85,7", "85.7"],
    [1234.5, "1.234,5", "1234.5"],
    [0.125, "0,125", "0.125"],
    [1.125, "1,125", "1.1250"],
    [-3, "-3", "-3"],
    [100, "100", "100"],
  ])("prints %d as %j (vi) and %j (en)", (n, vi, en) => {
    expect(canonicalNumber(n, "vi")).toBe(vi);
    expect(canonicalNumber(n, "en")).toBe(en);
  });
});

// Generated rules: values on the grids plans use (percent to 0.1 point, counts as integers or one decimal).
const percentValue = fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000);
const count = fc.integer({ min: 1, max: 50_000 });
const noun = fc.constantFrom(undefined, "trường", "học sinh", "giải", "lớp", "trẻ", "phường", "giáo viên", "nhóm lớp");
const measure = fc.constantFrom("m2/trẻ", "học sinh/lớp", "trẻ/nhóm lớp", "điểm", "lớp/trường", "m2/học sinh");
const op = fc.constantFrom(">=", ">", "<=", "<", "=") as fc.Arbitrary<">=" | ">" | "<=" | "<" | "=">;
const isoDate = fc.record({ y: fc.integer({ min: 2020, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const compareArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ op, value: percentValue, intent: fc.constantFrom("plain", "reduce", "maintain") as fc.Arbitrary<"plain" | "reduce" | "maintain"> })
    .map((r) => ({ kind: "compare" as const, ...r, unit: pct })),
  fc.record({ op, value: count, noun }).map(({ op, value, noun }) => ({ kind: "compare" as const, op, value, intent: "plain" as const, unit: { kind: "count" as const, ...(noun ? { noun } : {}) } })),
  fc.record({ op, value: fc.integer({ min: 1, max: 999 }).map((k) => k / 10), unit: measure }).map(({ op, value, unit }) => ({ kind: "compare" as const, op, value, intent: "plain" as const, unit: { kind: "measure" as const, unit } })),
);
const rangeArb: fc.Arbitrary<Rule> = fc
  .record({
    a: fc.integer({ min: 0, max: 999 }),
    b: fc.integer({ min: 1, max: 1000 }),
    minInclusive: fc.boolean(),
    maxInclusive: fc.boolean(),
    sense: fc.constantFrom("band", "up", "down") as fc.Arbitrary<"band" | "up" | "down">,
    percent: fc.boolean(),
  })
  .filter(({ a, b }) => a < b)
  .map(({ a, b, percent, ...rest }) => ({
    kind: "range" as const,
    min: percent ? a / 1000 : a,
    max: percent ? b / 1000 : b,
    unit: percent ? pct : { kind: "count" as const, noun: "trường" },
    ...rest,
  }));
const fractionArb: fc.Arbitrary<Rule> = fc
  .record({ d: fc.integer({ min: 1, max: 20_000 }), k: fc.double({ min: 0, max: 1, noNaN: true }), noun })
  .map(({ d, k, noun }) => ({ kind: "fraction" as const, numerator: Math.floor(d * k), denominator: d, ...(noun ? { noun } : {}) }));
const levelArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((level) => ({ kind: "level" as const, level })),
  fc.integer({ min: 8, max: 18 }).map((k) => ({ kind: "level" as const, level: k / 2, scale: "IELTS" })),
  fc.integer({ min: 1, max: 6 }).map((level) => ({ kind: "level" as const, level, scale: "bậc" })),
);
const rankArb: fc.Arbitrary<Rule> = fc
  .record({ rank: fc.integer({ min: 1, max: 30 }), extra: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), top: fc.boolean(), field: fc.constantFrom(undefined, "Thành phố", "quận huyện", "Quận") })
  .map(({ rank, extra, top, field }) => ({ kind: "rank" as const, rank, top, ...(extra !== undefined && !top ? { of: rank + extra } : {}), ...(field ? { field } : {}) }));
const changeArb: fc.Arbitrary<Rule> = fc
  .record({
    direction: fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
    mode: fc.constantFrom("absolute", "points", "percent", "any") as fc.Arbitrary<"absolute" | "points" | "percent" | "any">,
    k: fc.integer({ min: 1, max: 500 }),
    perYear: fc.boolean(),
    baselineLabel: fc.constantFrom(undefined, "đầu năm", "năm học trước", "năm 2020"),
  })
  .map(({ direction, mode, k, perYear, baselineLabel }) => ({
    kind: "change" as const,
    direction,
    mode,
    perYear,
    ...(mode === "any" ? {} : { amount: mode === "absolute" ? k : k / 1000 }),
    unit: mode === "absolute" ? { kind: "count" as const, noun: "trường" } : mode === "any" ? { kind: "count" as const } : pct,
    ...(baselineLabel ? { baselineLabel } : {}),
  }));
const referenceArb: fc.Arbitrary<Rule> = fc
  .record({ op, reference: fc.constantFrom("trung bình chung Thành phố", "bình quân toàn quốc", "trung bình khu vực và Thành phố") })
  .map((r) => ({ kind: "reference" as const, ...r, unit: pct }));
const frequencyArb: fc.Arbitrary<Rule> = fc
  .record({
    op: fc.constantFrom(">=", "<=", "=") as fc.Arbitrary<">=" | "<=" | "=">,
    count: fc.integer({ min: 1, max: 30 }),
    noun: fc.constantFrom(undefined, "lần", "chuyên đề", "hoạt động"),
    per: fc.constantFrom(undefined, "cơ sở giáo dục", "trường"),
    period: fc.constantFrom("day", "week", "month", "quarter", "semester", "year", "schoolYear") as fc.Arbitrary<"day" | "week" | "month" | "quarter" | "semester" | "year" | "schoolYear">,
  })
  .map(({ noun, per, ...r }) => ({ kind: "frequency" as const, ...r, ...(noun ? { noun } : {}), ...(per ? { per } : {}) }));
const deadlineArb: fc.Arbitrary<Rule> = fc
  .record({ a: isoDate, b: fc.option(isoDate, { nil: undefined }) })
  .map(({ a, b }) => (b && b !== a ? { kind: "deadline" as const, start: a < b ? a : b, due: a < b ? b : a } : { kind: "deadline" as const, due: a }));
const zeroArb: fc.Arbitrary<Rule> = fc
  .constantFrom({ kind: "percent" as const }, { kind: "count" as const }, { kind: "count" as const, noun: "vụ" }, { kind: "count" as const, noun: "trường hợp" })
  .map((unit) => ({ kind: "zero" as const, unit }));
const booleanArb: fc.Arbitrary<Rule> = fc
  .constantFrom(undefined, "được công nhận đạt chuẩn", "duy trì phổ cập giáo dục", "100% trường an toàn")
  .map((statement) => ({ kind: "boolean" as const, ...(statement ? { statement } : {}) }));

export const ruleArb: fc.Arbitrary<Rule> = fc.oneof(compareArb, rangeArb, fractionArb, levelArb, rankArb, changeArb, referenceArb, frequencyArb, deadlineArb, zeroArb, booleanArb);

describe("canonical round trip on generated rules", () => {
  it("parseTarget(canonical(rule, 'vi')) keeps the kind and every threshold field", () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const { text, back } = roundTrip(rule, "vi");
        expect(back, text).toEqual(thresholdFields(rule));
      }),
      { numRuns: 3000 },
    );
  });

  it("parseTarget(canonical(rule, 'en')) keeps the kind and every threshold field", () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const { text, back } = roundTrip(rule, "en");
        expect(back, text).toEqual(thresholdFields(rule));
      }),
      { numRuns: 3000 },
    );
  });

  it("prints the same text again after a round trip (canonical is a fixed point)", () => {
    fc.assert(
      fc.property(ruleArb, fc.constantFrom("vi", "en") as fc.Arbitrary<"vi" | "en">, (rule, lang) => {
        const text = canonical(rule, lang);
        const back = parseTarget(text);
        expect(back.ok && canonical(back.rule, lang)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
