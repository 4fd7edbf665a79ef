// Seed statements: every target of the five seed plans parses to the expected rule and is judged as expected.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonical } from "../core/rule/canonical";
import { evaluate } from "../core/rule/evaluate";
import { parseStatement, parseTarget } from "../core/rule/parse";
import { SEED_COMPOUNDS, SEED_STATEMENTS } from "./seed-statements.table";
import { SEEDS_DIR, seedsSkipNote } from "./helpers/seeds";

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const seedText = new Map<string, string>();
const seed = (file: string) => {
  if (!seedText.has(file)) seedText.set(file, collapse(readFileSync(path.join(SEEDS_DIR!, file), "utf8")));
  return seedText.get(file)!;
};

if (!SEEDS_DIR) console.warn(seedsSkipNote("seed-statements: the verbatim-quote checks"));

const rows = SEED_STATEMENTS.map((r, i) => ({ ...r, name: `${r.seed.slice(0, 3)} #${i + 1} ${r.quote.length > 70 ? `${r.quote.slice(0, 67)}…` : r.quote}` }));

describe("seed statements table", () => {
  it("holds at least 200 statements from all five seeds", () => {
    expect(SEED_STATEMENTS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(SEED_STATEMENTS.map((r) => r.seed)).size).toBe(5);
  });

  it.skipIf(!SEEDS_DIR).each(rows)("quotes its seed verbatim: $name", (r) => {
    expect(seed(r.seed)).toContain(collapse(r.quote));
  });

  it.each(rows)("reads the rule: $name", (r) => {
    const p = parseTarget(r.quote, { ...r.opts, indicator: r.indicator });
    expect(p.ok ? p.rule : p.error).toMatchObject(r.rule);
  });

  it.each(rows)("judges a meeting and a missing actual: $name", (r) => {
    const opts = { ...r.context, indicator: r.indicator, asOf: "2024-09-15" };
    const p = parseTarget(r.quote, { ...r.opts, indicator: r.indicator });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const met = evaluate(p.rule, r.meets[0], opts);
    const missed = evaluate(p.rule, r.misses[0], opts);
    expect([met.status, missed.status], `${met.explanation} / ${missed.explanation}`).toEqual([r.meets[1], r.misses[1]]);
  });

  it.each(rows)("judges the same from the canonical text: $name", (r) => {
    const p = parseTarget(r.quote, { ...r.opts, indicator: r.indicator });
    if (!p.ok) throw new Error(p.error.message.en);
    const opts = { ...r.context, asOf: "2024-09-15" };
    for (const lang of ["vi", "en"] as const) {
      const back = parseTarget(canonical(p.rule, lang));
      expect(back.ok, canonical(p.rule, lang)).toBe(true);
      if (!back.ok) continue;
      expect(evaluate(back.rule, r.meets[0], opts).status).toBe(r.meets[1]);
      expect(evaluate(back.rule, r.misses[0], opts).status).toBe(r.misses[1]);
    }
  });
});

describe("seed compound statements", () => {
  const compounds = SEED_COMPOUNDS.map((c) => ({ ...c, name: c.quote.slice(0, 70) }));
  it.skipIf(!SEEDS_DIR).each(compounds)("quotes its seed verbatim: $name", (c) => {
    expect(seed(c.seed)).toContain(collapse(c.quote));
  });

  it.each(compounds)("splits into its parts: $name", (c) => {
    const parts = parseStatement(c.quote);
    expect(parts.map((p) => (p.result.ok ? p.result.rule : p.result.error))).toMatchObject(c.parts);
  });
});
