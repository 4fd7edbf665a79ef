// The target reader on the development corpus (test/corpus/targets.md): every judged figure goes through the public
// evaluate() with the row's indicator, unit and period, and counts as right, refused, or confidently wrong, the way
// scripts/score-corpus.ts counts. The reader must get at least 97% right and fewer than 1% confidently wrong.
// The held-out set is never read here: it is the integrator's measure.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { periodFromText } from "../../core/period/period";
import { evaluate } from "../../core/rule/evaluate";
import type { StatusCode, Verdict } from "../../core/rule/verdict";
import { loadCorpus, type CheckStatus } from "./corpus";

const DEV = fileURLToPath(new URL("./targets.md", import.meta.url));
const present = existsSync(DEV);
if (!present) console.warn(`reader-score: skipped, the development corpus ${DEV} is absent`);

const REFUSING_WARNINGS = new Set(["ambiguous_target", "percent_scale_ambiguous"]);
const statusClass = (s: StatusCode | CheckStatus) =>
  s === "met" || s === "exceeded" ? "met" : s === "not_met" || s === "near" ? "not_met" : s;
const refused = (v: Verdict) => v.status === "unreadable" || v.status === "review" || v.warnings.some((w) => REFUSING_WARNINGS.has(w.code));

function outcomeOf(expected: CheckStatus, v: Verdict): "right" | "refused" | "wrong" {
  if (expected === "review" || expected === "refuse") return refused(v) ? "right" : "wrong";
  if (statusClass(expected) === statusClass(v.status)) return "right";
  return refused(v) ? "refused" : "wrong";
}

describe.skipIf(!present)("the reader on the development corpus", () => {
  const outcomes = present
    ? loadCorpus("dev").rows.flatMap((row) => {
        const period = periodFromText(row.period) ?? undefined;
        return row.checks.map((check) => {
          const v = evaluate(row.phrase, check.actual === "" ? null : check.actual, {
            indicator: row.indicator || undefined,
            unit: row.unit || undefined,
            period,
            asOf: check.asOf,
            baseline: check.baseline,
            lang: "vi",
          });
          return { id: row.id, actual: check.actual, expected: check.status, got: v.status, outcome: outcomeOf(check.status, v) };
        });
      })
    : [];
  const share = (o: string) => outcomes.filter((x) => x.outcome === o).length / outcomes.length;

  it("has checks to score", () => {
    expect(outcomes.length).toBeGreaterThan(0);
  });

  it("gets at least 97% of the checks right", () => {
    expect(share("right")).toBeGreaterThanOrEqual(0.97);
  });

  it("is confidently wrong on fewer than 1% of the checks", () => {
    const wrong = outcomes.filter((x) => x.outcome === "wrong").map((x) => `${x.id}: ${JSON.stringify(x.actual)} expected ${x.expected}, got ${x.got}`);
    expect(wrong.length / outcomes.length, wrong.join("\n")).toBeLessThan(0.01);
  });
});
