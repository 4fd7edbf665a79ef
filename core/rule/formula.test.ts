// Tests for the rule → formula compiler: golden text per kind, refusals with reasons, word lists, locale rewriting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_DATA_TEXTS, readCell } from "../number/cell";
import type { CellValue } from "../types";
import { compileFormula, FORMULA_NAMES, formulaForLocale, formulaReads, NO_WORDS, stillHoldsAll, YES_WORDS, type FormulaOptions, type FormulaRefs } from "./formula";
import { RULE_KINDS, type Op, type Rule, type RuleKind, type Unit } from "./schema";
import { STATUS, type PercentScale } from "./verdict";

const P = { kind: "percent" } as const;
const REFS: FormulaRefs = { actual: "E5", baseline: "F5", reference: "G5", asOf: "$B$1" };

/** Golden samples: every kind at least once, with the options that change the formula's shape. */
const GOLDEN: Array<[name: string, rule: Rule, opts?: FormulaOptions, refs?: FormulaRefs]> = [
  ["at least 65%, fractions", { kind: "compare", op: ">=", value: 0.65, unit: P, intent: "plain" }, { percentScale: "fraction" }],
  ["at least 65%, fractions, word lists by name", { kind: "compare", op: ">=", value: 0.65, unit: P, intent: "plain" }, { percentScale: "fraction", names: true }],
  ["at least 65%, auto scale, 5% tolerance", { kind: "compare", op: ">=", value: 0.65, unit: P, intent: "plain" }, { tolerance: 0.05 }],
  ["above 75%, points", { kind: "compare", op: ">", value: 0.75, unit: P, intent: "plain" }, { percentScale: "points" }],
  ["at most 45 classes", { kind: "compare", op: "<=", value: 45, unit: { kind: "count", noun: "lớp" }, intent: "plain" }],
  ["below 3%, fractions, 10% tolerance", { kind: "compare", op: "<", value: 0.03, unit: P, intent: "plain" }, { percentScale: "fraction", tolerance: 0.1 }],
  ["exactly 10 m2/trẻ", { kind: "compare", op: "=", value: 10, unit: { kind: "measure", unit: "m2/trẻ" }, intent: "plain" }],
  ["range 55-60%, band", { kind: "range", min: 0.55, max: 0.6, minInclusive: true, maxInclusive: true, unit: P, sense: "band" }, { percentScale: "fraction" }],
  ["range 30-35 children, good outcome, open top", { kind: "range", min: 30, max: 35, minInclusive: true, maxInclusive: false, unit: { kind: "count" }, sense: "up" }],
  ["range 0,1-0,2%, bad outcome", { kind: "range", min: 0.001, max: 0.002, minInclusive: true, maxInclusive: true, unit: P, sense: "down" }, { percentScale: "fraction" }],
  ["fraction 28/28 schools", { kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }],
  ["fraction 7.910/9.232 children, fractions", { kind: "fraction", numerator: 7910, denominator: 9232, noun: "trẻ" }, { percentScale: "fraction" }],
  ["level 3", { kind: "level", level: 3 }],
  ["rank 6 of 30", { kind: "rank", rank: 6, of: 30, top: false }],
  ["top 5", { kind: "rank", rank: 5, top: true }],
  ["decrease by 1,5 points against the baseline", { kind: "change", direction: "decrease", mode: "points", amount: 0.015, unit: P, perYear: false }, { percentScale: "fraction" }],
  ["increase by 10% of the baseline", { kind: "change", direction: "increase", mode: "percent", amount: 0.1, unit: { kind: "count" }, perYear: false }],
  ["any increase", { kind: "change", direction: "increase", mode: "any", unit: { kind: "count" }, perYear: false }],
  ["higher than the city average", { kind: "reference", op: ">", reference: "trung bình Thành phố", unit: P }, { percentScale: "fraction" }],
  ["at least once a month", { kind: "frequency", op: ">=", count: 1, noun: "lần", period: "month" }],
  ["deadline, as-of cell", { kind: "deadline", due: "2025-06-30" }],
  ["deadline, fixed as-of date", { kind: "deadline", due: "2025-06-30" }, { asOf: "2025-05-15" }, { actual: "E5" }],
  ["deadline, today", { kind: "deadline", due: "2024-12-31" }, {}, { actual: "E5" }],
  ["zero incidents", { kind: "zero", unit: { kind: "count", noun: "vụ" } }],
  ["yes/no recognition", { kind: "boolean", statement: "công nhận đạt chuẩn" }],
];

function compiled(rule: Rule, opts?: FormulaOptions, refs: FormulaRefs = REFS): string {
  const r = compileFormula(rule, refs, opts);
  if (!r.ok) throw new Error(r.reason.en);
  return r.formula;
}

/** String literals of a formula, in order. */
function literals(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"'));
}

describe("stillHoldsAll", () => {
  it("is one IFERROR over one AND of every cell's conditions: a number and TRUE/FALSE are two each, a text and a blank one", () => {
    expect(stillHoldsAll([{ ref: "G5", value: "Đạt" }])).toBe('IFERROR(G5="Đạt",FALSE)');
    expect(stillHoldsAll([{ ref: "E5", value: 0.649 }])).toBe("IFERROR(AND(ISNUMBER(E5),ABS(E5-649/1000)*10^9<=MAX(1,ABS(E5))),FALSE)");
    expect(stillHoldsAll([{ ref: "E5", value: null }])).toBe('IFERROR(LEN(TRIM(E5&""))=0,FALSE)');
    expect(stillHoldsAll([{ ref: "E5", value: 73 }, { ref: "C5", value: "73/73" }, { ref: "H5", value: null }, { ref: "K5", value: true }])).toBe(
      'IFERROR(AND(ISNUMBER(E5),ABS(E5-73)*10^9<=MAX(1,ABS(E5)),C5="73/73",LEN(TRIM(H5&""))=0,ISLOGICAL(K5),K5=TRUE),FALSE)',
    );
    expect(stillHoldsAll([])).toBeNull();
    expect(stillHoldsAll([{ ref: "E5", value: 1 }, { ref: "F5", value: Number.NaN }])).toBeNull();
  });
});

describe("compileFormula", () => {
  it("matches the golden formulas for a sample of every kind", async () => {
    const lines = ["# Golden formulas (core/rule/formula.test.ts writes this file; run vitest -u after a deliberate change)", ""];
    GOLDEN.forEach(([name, rule, opts, refs], i) => {
      const f = compiled(rule, opts, refs);
      lines.push(`## ${name}`, "", "```", JSON.stringify(rule), `options ${JSON.stringify(opts ?? {})} refs ${JSON.stringify(refs ?? REFS)}`, "", f, "```", "");
      // Files store the "," form; the first samples also show what a ";"-locale user types (formulaForLocale).
      if (i < 2) lines.push("In a decimal-comma locale (\";\" separators):", "", "```", formulaForLocale(f, "semicolon"), "```", "");
    });
    await expect(lines.join("\n")).toMatchFileSnapshot("./formula.golden.md");
  });

  it("has a golden sample for every rule kind", () => {
    expect(new Set(GOLDEN.map(([, r]) => r.kind))).toEqual(new Set(RULE_KINDS));
  });

  it.each(GOLDEN)("writes '%s' as stored-file text: no leading '=', no ';', balanced brackets", (_name, rule, opts, refs) => {
    const f = compiled(rule, opts, refs);
    expect(f.startsWith("=")).toBe(false);
    // Array constants list their words one per row (";"), the one separator every host and locale stores alike.
    const outside = f.replace(/"(?:[^"]|"")*"/g, '""').replace(/\{(?:"";)*""\}/g, "{}");
    expect(outside).not.toContain(";");
    let depth = 0;
    for (const c of outside) {
      depth += c === "(" ? 1 : c === ")" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(f.length).toBeLessThan(8192);
  });

  it.each(GOLDEN)("'%s' only returns verdict labels and compares only with known words", (_name, rule, opts, refs) => {
    const labels = new Set(Object.values(STATUS).map((s) => s.vi));
    const words = new Set(["", ...NO_DATA_TEXTS, "#n/a", ...YES_WORDS, ...NO_WORDS]);
    const seen = literals(compiled(rule, opts, refs));
    for (const s of seen) expect(labels.has(s) || words.has(s), s).toBe(true);
    expect(seen).toContain(STATUS.invalid.vi);
  });

  it("uses only functions that Excel, LibreOffice and Google Sheets all have", () => {
    // All in Excel 2007 (IFERROR is its newest), LibreOffice, WPS and Sheets; no LET or LAMBDA.
    const allowed = new Set(["IF", "AND", "OR", "NOT", "ISNA", "ISERROR", "ISLOGICAL", "ISNUMBER", "IFERROR", "TRIM", "CLEAN", "SUMPRODUCT", "CHOOSE", "SIGN", "ROUND", "ABS", "INT", "MAX", "DATE", "TODAY"]);
    for (const [, rule, opts, refs] of GOLDEN) {
      const outside = compiled(rule, opts, refs).replace(/"(?:[^"]|"")*"/g, '""');
      for (const m of outside.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(allowed, m[1]).toContain(m[1]);
    }
  });

  it("compiles every kind in RULE_KINDS or says why not in both languages", () => {
    const byKind = new Map<RuleKind, Rule>(GOLDEN.map(([, r]) => [r.kind, r]));
    for (const kind of RULE_KINDS) {
      const rule = byKind.get(kind)!;
      for (const refs of [REFS, { actual: "E5" }]) {
        const r = compileFormula(rule, refs);
        if (r.ok) expect(r.formula).toContain("E5");
        else {
          expect(r.reason.vi.length).toBeGreaterThan(10);
          expect(r.reason.en.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it.each([
    ["a change rule without a baseline cell", { kind: "change", direction: "increase", mode: "any", unit: P, perYear: false } as Rule, { actual: "E5" }, /baseline/],
    ["a reference rule without a reference cell", { kind: "reference", op: ">=", reference: "TP", unit: P } as Rule, { actual: "E5" }, /reference/],
    ["a fraction target above its denominator", { kind: "fraction", numerator: 15, denominator: 14 } as Rule, { actual: "E5" }, /fraction/],
    ["a fraction target with denominator 0", { kind: "fraction", numerator: 0, denominator: 0 } as Rule, { actual: "E5" }, /fraction/],
    ["an unknown rule kind", { kind: "mystery" } as unknown as Rule, { actual: "E5" }, /mystery/],
    ["a range as the actual cell", { kind: "level", level: 3 } as Rule, { actual: "E5:E9" }, /E5:E9/],
    ["row 0", { kind: "level", level: 3 } as Rule, { actual: "E0" }, /E0/],
    ["a threshold that is not a finite number", { kind: "level", level: Number.POSITIVE_INFINITY } as Rule, { actual: "E5" }, /level/],
    ["a due date that does not exist", { kind: "deadline", due: "2025-02-30" } as Rule, { actual: "E5" }, /2025-02-30/],
    ["a name with a space", { kind: "level", level: 3 } as Rule, { actual: "my cell" }, /my cell/],
  ])("refuses %s with a reason", (_name, rule, refs, en) => {
    const r = compileFormula(rule, refs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toMatch(en);
      expect(r.reason.vi).not.toBe(r.reason.en);
    }
  });

  it.each([
    ["a negative tolerance", { tolerance: -0.1 }],
    ["a tolerance that is not a number", { tolerance: Number.NaN }],
    ["an as-of date in dd/mm/yyyy", { asOf: "30/06/2025" }],
    ["an as-of date that does not exist", { asOf: "2025-13-01" }],
  ])("refuses %s", (_name, opts) => {
    expect(compileFormula({ kind: "deadline", due: "2025-06-30" }, { actual: "E5" }, opts as FormulaOptions).ok).toBe(false);
  });

  it.each(["E5", "$E$5", "e5", "Sheet1!E5", "'Số liệu'!$E$5", "'It''s'!A1", "XFD1048576"])("accepts the reference %s", (ref) => {
    const r = compileFormula({ kind: "level", level: 3 }, { actual: ref });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.formula).toContain(`ISNA(${ref})`);
  });

  // core/sheet/status.ts compiles once against placeholder cells and substitutes each row's addresses.
  it.each(GOLDEN)("'%s' can be compiled once and have its cells substituted", (_name, rule, opts) => {
    const slots: FormulaRefs = { actual: "XFD1048576", baseline: "XFC1048576", reference: "XFB1048576", asOf: "XFA1048576" };
    const real: FormulaRefs = { actual: "'Số liệu'!$E$5", baseline: "F5", reference: "G5", asOf: "$B$1" };
    let text = compiled(rule, opts, slots);
    for (const k of ["actual", "baseline", "reference", "asOf"] as const) text = text.split(slots[k]!).join(real[k]!);
    expect(text).toBe(compiled(rule, opts, real));
  });

  it("writes deadlines with DATE literals and the as-of source asked for", () => {
    const rule: Rule = { kind: "deadline", due: "2025-06-30" };
    expect(compiled(rule, {}, { actual: "E5", asOf: "$B$1" })).toContain("IF(ISNUMBER($B$1),INT($B$1),TODAY())>DATE(2025,6,30)");
    expect(compiled(rule, { asOf: "2025-07-01" }, { actual: "E5" })).toContain("DATE(2025,7,1)>DATE(2025,6,30)");
    expect(compiled(rule, {}, { actual: "E5" })).toContain("TODAY()>DATE(2025,6,30)");
  });

  it("writes thresholds with at most 12 significant digits and no float noise, at an integer scale", () => {
    const f = compiled({ kind: "compare", op: ">=", value: 0.1 + 0.2, unit: P, intent: "plain" }, { percentScale: "fraction" });
    expect(f).toContain("ROUND(E5*100-30,7)");
  });

  // A decimal point or an exponent would be read by the spreadsheet's locale (issue 13): constants are integers.
  it.each<[string, Rule, FormulaOptions]>([
    ["a rate with decimals", { kind: "compare", op: ">=", value: 0.6547, unit: P, intent: "plain" }, { tolerance: 0.05 }],
    ["a tiny threshold", { kind: "compare", op: "<", value: 1.5e-7, unit: { kind: "measure", unit: "m" }, intent: "plain" }, {}],
    ["a large measure", { kind: "compare", op: "<=", value: 123456.789, unit: { kind: "measure", unit: "m" }, intent: "about" }, { tolerance: 0.1 }],
    ["a band with tolerance", { kind: "range", min: 0.015, max: 0.0225, minInclusive: true, maxInclusive: false, unit: P, sense: "band" }, { tolerance: 0.05 }],
    ["a relative change", { kind: "change", direction: "increase", mode: "percent", amount: 0.125, unit: P, perYear: false }, {}],
    ["a change in times", { kind: "change", direction: "decrease", mode: "times", amount: 1.5, unit: { kind: "count" }, perYear: false }, { tolerance: 0.02 }],
    ["a reference", { kind: "reference", op: "=", reference: "TP", unit: P }, { tolerance: 0.05 }],
    ["a fraction with a non-integer share", { kind: "fraction", numerator: 24, denominator: 28 }, { percentScale: "points" }],
    ["a half rank", { kind: "rank", rank: 2.5, of: 30, top: false }, { tolerance: 0.1 }],
  ])("writes %s without a decimal point or an exponent", (_name, rule, opts) => {
    const outside = compiled(rule, opts).replace(/"(?:[^"]|"")*"/g, '""');
    expect(outside).not.toMatch(/\d\.\d|\.\d|\d[eE][-+]?\d/);
  });

  it("refers to the word lists by name when asked, and defines each name as the same list", () => {
    const rule: Rule = { kind: "level", level: 3 };
    const inline = compiled(rule, {});
    const named = compiled(rule, { names: true });
    for (const { name, value } of FORMULA_NAMES) {
      expect(named).toContain(`=${name})`);
      expect(inline).toContain(`=${value})`);
      expect(inline).not.toContain(name);
    }
    expect(Buffer.byteLength(named)).toBeLessThan(Buffer.byteLength(inline) / 2);
  });
});

/** Arbitrary rules of every kind, with finite numbers anywhere in their ranges (not only realistic ones). */
const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const unit = fc.constantFrom<Unit>(P, { kind: "count" }, { kind: "measure", unit: "m2" });
const op = fc.constantFrom<Op>(">=", ">", "<=", "<", "=");
const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const anyRule: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ kind: fc.constant("compare" as const), op, value: num, unit, intent: fc.constant("plain" as const) }),
  fc.record({ kind: fc.constant("range" as const), min: num, max: num, minInclusive: fc.boolean(), maxInclusive: fc.boolean(), unit, sense: fc.constantFrom("up" as const, "down" as const, "band" as const) }),
  fc.record({ kind: fc.constant("fraction" as const), numerator: num, denominator: num }),
  fc.record({ kind: fc.constant("level" as const), level: num }),
  fc.record({ kind: fc.constant("rank" as const), rank: num, top: fc.boolean() }),
  fc.record({ kind: fc.constant("change" as const), direction: fc.constantFrom("increase" as const, "decrease" as const), mode: fc.constantFrom("absolute" as const, "points" as const, "percent" as const, "any" as const), amount: num, unit, perYear: fc.boolean() }),
  fc.record({ kind: fc.constant("reference" as const), op, reference: fc.string(), unit }),
  fc.record({ kind: fc.constant("frequency" as const), op, count: num, period: fc.constant("year" as const) }),
  fc.record({ kind: fc.constant("deadline" as const), due: day }),
  fc.record({ kind: fc.constant("zero" as const), unit }),
  fc.record({ kind: fc.constant("boolean" as const), statement: fc.string() }),
);

describe("compileFormula on arbitrary rules", () => {
  it("either compiles to balanced text over allowed functions and labels, or gives a reason", () => {
    const labels = new Set(Object.values(STATUS).map((x) => x.vi));
    const words = new Set(["", ...NO_DATA_TEXTS, "#n/a", ...YES_WORDS, ...NO_WORDS]);
    fc.assert(
      fc.property(anyRule, fc.constantFrom<PercentScale>("auto", "fraction", "points"), fc.double({ min: 0, max: 1, noNaN: true }), (rule, percentScale, tolerance) => {
        const r = compileFormula(rule, REFS, { percentScale, tolerance });
        if (!r.ok) return r.reason.vi.length > 0 && r.reason.en.length > 0;
        const outside = r.formula.replace(/"(?:[^"]|"")*"/g, '""');
        let depth = 0;
        for (const c of outside) {
          depth += c === "(" ? 1 : c === ")" ? -1 : 0;
          if (depth < 0) return false;
        }
        return depth === 0 && !/NaN|Infinity|undefined|null|e[+-]?\d|\d\.\d/.test(outside) && literals(r.formula).every((l) => labels.has(l) || words.has(l));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("word lists", () => {
  it.each(YES_WORDS)("reads '%s' as yes, as the engine does", (w) => {
    expect(readCell(w)).toMatchObject({ kind: "boolean", value: true });
  });
  it.each(NO_WORDS)("reads '%s' as no, as the engine does", (w) => {
    expect(readCell(w)).toMatchObject({ kind: "boolean", value: false });
  });
});

describe("formulaForLocale", () => {
  it.each([
    ['IF(E5>=0.65,"Đạt","Chưa đạt")', 'IF(E5>=0,65;"Đạt";"Chưa đạt")'],
    ['IF(E5-0.65>1E-9,"a, b. c","x")', 'IF(E5-0,65>1E-9;"a, b. c";"x")'],
    ['IF(\'Số, liệu\'!E5=1.5,"say ""1,5""",0)', 'IF(\'Số, liệu\'!E5=1,5;"say ""1,5""";0)'],
    ["MAX(1,ABS(A1),ABS($B$10))", "MAX(1;ABS(A1);ABS($B$10))"],
    ["DATE(2025,6,30)", "DATE(2025;6;30)"],
  ])("rewrites %s for decimal-comma locales", (from, to) => {
    expect(formulaForLocale(from, "semicolon")).toBe(to);
    expect(formulaForLocale(from, "comma")).toBe(from);
  });

  it("keeps every label of a compiled formula intact", () => {
    const f = compiled({ kind: "compare", op: ">=", value: 0.65, unit: P, intent: "plain" }, { tolerance: 0.05 });
    expect(literals(formulaForLocale(f, "semicolon"))).toEqual(literals(f));
  });
});

describe("formulaReads", () => {
  const level: Rule = { kind: "level", level: 3 };
  const deadline: Rule = { kind: "deadline", due: "2025-06-30" };
  it.each<[string, Rule, CellValue, boolean]>([
    ["a number", level, 3, true],
    ["a blank", level, null, true],
    ["a placeholder text", level, "chưa có", true],
    ["a yes/no word", level, "Đạt", true],
    ["unreadable text", level, "xem ghi chú", true],
    ["an error", level, { error: "#DIV/0!" }, true],
    ["a level written as text", level, "mức độ 3", false],
    ["a rate written as text", { kind: "compare", op: ">=", value: 0.65, unit: P, intent: "plain" }, "64,9%", false],
    ["a share written as text", { kind: "fraction", numerator: 14, denominator: 14 }, "13/14", false],
    ["a date for a deadline", deadline, new Date(Date.UTC(2025, 5, 30)), true],
    ["a date written as text for a deadline", deadline, "30/06/2025", false],
    ["a date for a level", level, new Date(Date.UTC(2025, 5, 30)), false],
    ["a task's progress sentence for a deadline", deadline, "Đang thi công, đạt 70% khối lượng", false],
    ["a yes/no word for a deadline", deadline, "Chưa", true],
  ])("says whether a formula reads %s as the engine does", (_name, rule, value, expected) => {
    expect(formulaReads(rule, value)).toBe(expected);
  });
});
