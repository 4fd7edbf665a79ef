// Sizes of the status formulas the compiler writes for every target of the bundled plans (bytes of UTF-8, as stored in .xlsx).
import { loadBundledPlans } from "../core/plan";
import { compileFormula, type FormulaOptions } from "../core/rule/formula";
import { parseTarget } from "../core/rule/parse";
import type { PercentScale } from "../core/rule/verdict";

export interface FormulaSizes {
  /** Compiled formulas measured. */
  count: number;
  median: number;
  p90: number;
  max: number;
  /** Rule kind of the longest formula. */
  maxKind: string;
  /** Formulas holding a decimal point or an exponent outside string literals (must be 0: a locale could misread them). */
  localeSensitive: number;
}

/**
 * Compiles every bundled plan target as a sheet check does (one actual cell, a baseline cell, default tolerance 0)
 * under each percent scale, and gives the distribution of their sizes in bytes; `names` as the .xlsx host writes them
 * (word lists by defined name), else as Google Sheets gets them (lists inline).
 * @example formulaSizes(true).median → 236
 */
export function formulaSizes(names = false): FormulaSizes {
  const sizes: Array<{ bytes: number; kind: string }> = [];
  let localeSensitive = 0;
  for (const plan of loadBundledPlans()) {
    for (const ind of plan.indicators) {
      const parsed = parseTarget(ind.target, ind.unit ? { unit: ind.unit } : {});
      if (!parsed.ok) continue;
      for (const percentScale of ["auto", "fraction", "points"] as PercentScale[]) {
        const opts: FormulaOptions = { percentScale, names };
        const r = compileFormula(parsed.rule, { actual: "E12", baseline: "D12" }, opts);
        if (!r.ok) continue;
        sizes.push({ bytes: Buffer.byteLength(r.formula, "utf8"), kind: parsed.rule.kind });
        if (/\d\.\d|\dE[-+]?\d/i.test(r.formula.replace(/"(?:[^"]|"")*"/g, '""'))) localeSensitive++;
      }
    }
  }
  sizes.sort((a, b) => a.bytes - b.bytes);
  const at = (q: number) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))].bytes;
  const last = sizes[sizes.length - 1];
  return { count: sizes.length, median: at(0.5), p90: at(0.9), max: last.bytes, maxKind: last.kind, localeSensitive };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log({ inline: formulaSizes(false), named: formulaSizes(true) });
