// Proves a speed change kept every answer: dumps what the parser and the judge say on every phrase we hold, then compares.
//   npx tsx scripts/same-answers.ts --write /tmp/answers-before.txt   (before the change)
//   npx tsx scripts/same-answers.ts --check /tmp/answers-before.txt   (after: exit 1 and the first differences if any moved)
// What is dumped, one line each: parseTarget of every phrase of the five corpus tables (test/corpus/targets*.md), alone
// and with its row's indicator, unit and period; parseStatement of each; the same phrases rewritten as users paste them
// (decomposed accents, upper case, doubled spaces, ">=" and "<=", tabs, dashes) so the text preparation's slow paths are
// covered too; the bench's fresh-parse pool (bench/core.ts phrasePool); evaluate() on every judged figure of the tables;
// and judge() over the bench's verdict mixes (every rule kind read, figures typed as clerks type them, numeric actuals).
import { readFileSync, writeFileSync } from "node:fs";
import { parseStatement, parseTarget, type ParseOptions } from "../core/rule/parse";
import { evaluate, judge } from "../core/rule/evaluate";
import { periodFromText } from "../core/period/period";
import type { CellValue } from "../core/types";
import { loadCorpus, type CorpusRow, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck } from "../test/corpus/outcome";
import { phrasePool, realPhrases } from "../bench/core";

const SETS: CorpusSet[] = ["dev", "holdout", "holdout2", "holdout3", "holdout4"];

/** The ways users paste a phrase that send it down the preparation's other paths. */
const VARIANTS: Array<[string, (s: string) => string]> = [
  ["nfd", (s) => s.normalize("NFD")],
  ["upper", (s) => s.toUpperCase()],
  ["spaces", (s) => s.replace(/ /gu, "  ")],
  ["ops", (s) => s.replace(/≥/gu, ">=").replace(/≤/gu, "<=").replace(/ - /gu, " – ")],
  ["tabs", (s) => `\t${s.replace(/ /gu, "\u00A0")}\n`],
];

function ctxOf(row: CorpusRow): ParseOptions {
  return { indicator: row.indicator || undefined, unit: row.unit || undefined, period: periodFromText(row.period) ?? undefined };
}

/** Every answer, one line each, keyed so a difference names its input. */
function answers(): string[] {
  const out: string[] = [];
  const put = (key: string, v: unknown) => out.push(`${key}\t${JSON.stringify(v)}`);
  const rows = SETS.flatMap((s) => loadCorpus(s).rows);
  for (const row of rows) {
    put(`parse ${row.id}`, parseTarget(row.phrase));
    put(`parse+ctx ${row.id}`, parseTarget(row.phrase, ctxOf(row)));
    put(`statement ${row.id}`, parseStatement(row.phrase, ctxOf(row)));
    for (const [name, f] of VARIANTS) put(`parse:${name} ${row.id}`, parseTarget(f(row.phrase), ctxOf(row)));
    row.checks.forEach((check, k) => put(`evaluate ${row.id}#${k}`, judgeCheck(row, check)));
  }
  const pool = phrasePool(10_000);
  put("pool counts", { n: pool.phrases.length, real: pool.real, derived: pool.derived, dropped: pool.dropped });
  pool.phrases.forEach((p, k) => put(`pool ${k} ${JSON.stringify(p)}`, parseTarget(p)));
  // The bench's verdict mixes: every rule kind read from the real phrases, typed figures and plain numbers.
  const typed: CellValue[] = ["64,9%", "13/28", "chưa có", null, 0.65, "98,5", "1.234", "—", "30/06/2025", "15/5/2025", "chưa", "đã hoàn thành", 45838, "tháng 5/2025", "Đạt", "có", "không", 0, "1 vụ", "Không xảy ra", "thứ 5/30", "6", 3, "top 10", "12/30", "mức độ 2", "Mức 3", "2", 0.5, 1, 12.5, 120.5, -3, 2025];
  realPhrases().forEach((p, k) => {
    const r = parseTarget(p);
    if (!r.ok) return;
    typed.forEach((a, j) => {
      put(`judge ${k}/${j}`, judge(r.rule, a, { baseline: 0.5, reference: 0.6, asOf: "2025-05-31" }));
      if (j % 4 === 0) put(`judge-bare ${k}/${j}`, judge(r.rule, a));
      if (j % 8 === 0) put(`evaluate-rule ${k}/${j}`, evaluate(r.rule, a));
    });
  });
  return out;
}

function main(): void {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== "--write" && mode !== "--check") || !file) {
    console.error("usage: npx tsx scripts/same-answers.ts --write|--check FILE");
    process.exit(2);
  }
  const now = answers();
  if (mode === "--write") {
    writeFileSync(file, `${now.join("\n")}\n`);
    console.log(`${now.length} answers written to ${file}`);
    return;
  }
  const before = readFileSync(file, "utf8").split("\n").filter(Boolean);
  let diffs = 0;
  const n = Math.max(before.length, now.length);
  for (let k = 0; k < n; k++) {
    if (before[k] === now[k]) continue;
    if (++diffs <= 10) console.log(`- ${before[k] ?? "(none)"}\n+ ${now[k] ?? "(none)"}`);
  }
  console.log(diffs === 0 ? `same answers: all ${now.length} identical` : `${diffs} of ${n} answers differ`);
  process.exit(diffs === 0 ? 0 : 1);
}

main();
