// Every reading the target reader gives, one stable JSON line each, so a change meant to alter no reading (a speed-up)
// can be proved to: run it before and after and diff the two files (they must be byte-identical).
//   npx tsx scripts/parse-dump.ts [--sets dev,holdout,holdout2,…] > out.jsonl
// Lines: every phrase of bench/core.ts's phrasePool(10,000) parsed with no context; then every row of the named corpus
// sets (default: the writing split) parsed with the context each of its checks is judged in (indicator, unit, period
// as test/corpus/outcome.ts's judgeCheck passes them), and each check's whole verdict from evaluate().
import { phrasePool } from "../bench/core";
import { parseTarget } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";
import { CORPUS_SETS, loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, partField } from "../test/corpus/outcome";

const WRITING: CorpusSet[] = ["dev", "holdout", ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 23, 24, 25, 26, 27, 28, 29].map((n) => `holdout${n}` as CorpusSet)];
const argv = process.argv.slice(2);
const named = argv.includes("--sets") ? (argv[argv.indexOf("--sets") + 1].split(",") as CorpusSet[]) : WRITING;
for (const s of named) if (!CORPUS_SETS.includes(s)) throw Error(`no corpus set ${s}`);

// (Keys in a fixed order at every depth; undefined dropped as JSON does; -0 and NaN kept apart from 0 and null.)
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, x) => {
    if (typeof x === "number" && (Object.is(x, -0) || !Number.isFinite(x))) return `#num:${Object.is(x, -0) ? "-0" : String(x)}`;
    if (x && typeof x === "object" && !Array.isArray(x)) return Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]]));
    return x;
  });
}

const out: string[] = [];
const pool = phrasePool(10_000).phrases;
pool.forEach((p, i) => out.push(stable({ pool: i, p, r: parseTarget(p) })));
for (const set of named) {
  for (const row of loadCorpus(set).rows.filter((r) => r.set === set)) {
    const seen = new Set<string>();
    row.checks.forEach((check, k) => {
      const opts = {
        indicator: partField(row.indicator, row.expected, check.part) || undefined,
        unit: partField(row.unit, row.expected, check.part, false, true) || undefined,
        period: periodFromText(row.period) ?? undefined,
      };
      const key = stable(opts);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(stable({ row: row.id, set, opts, r: parseTarget(row.phrase, opts) }));
      }
      out.push(stable({ row: row.id, set, check: k, v: judgeCheck(row, check) }));
    });
    if (row.checks.length === 0) out.push(stable({ row: row.id, set, r: parseTarget(row.phrase) }));
  }
}
process.stdout.write(`${out.join("\n")}\n`);
