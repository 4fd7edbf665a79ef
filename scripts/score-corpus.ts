// Scores the target reader on the real-phrase corpus (test/corpus/targets*.md): every judged figure goes through the
// public evaluate() and counts as right, refused, or confidently wrong. Usage:
//   npx tsx scripts/score-corpus.ts [--holdout | --holdout2 | … | --holdout9 | --holdout10 | --holdout11 | --holdout12 | --holdout13 | --holdout14 | --holdout15 | --holdout16 | --holdout17 | --holdout18 | --holdout19 | --holdout20 | --holdout21 | --holdout22 | --holdout23 | --holdout24 | --holdout25 | --holdout26 | --holdout27 | --holdout28 | --holdout29 | --holdout30 | --holdout31 | --holdout32 | --holdout33 | --all] [--verbose]
// --holdout scores the held-out set (default: the development set); --all scores both; --holdout2, --holdout3,
// --holdout4 … --holdout33 score the fourth to thirty-third held-out sets (later documents, never part of --all; dev, holdout, holdout2–16
// holdout18, holdout19, holdout20, holdout21, holdout22, holdout23, holdout24, holdout25 and holdout26 are the design sets, tuned on by name, holdout16 spent in session 21, holdout18 in session 22, holdout19 in session 23,
// holdout20 in session 24, holdout21 in session 25, holdout22 and holdout23 in session 26, holdout24 in session 27, holdout25 and holdout26 in session 28–29, holdout27 at the end of session 30; holdout17, holdout28, holdout29, holdout30, holdout31, holdout32, holdout33 and later are scored only by the integrator);
// --whole-indicator judges every check with the row's whole indicator and unit (the measure before session 14; by default
// a compound row naming each part gives a `[part N]` check that part's name, as a sheet row would: test/corpus/outcome.ts);
// --verbose also lists the refused checks. Confidently wrong checks are always listed first, then totals per set and per class of phrase.
import { CORPUS_SETS, loadCorpus, type CorpusCheck, type CorpusRow } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf, type Outcome } from "../test/corpus/outcome";
import type { Verdict } from "../core/rule/verdict";

const WHOLE = process.argv.includes("--whole-indicator");

interface Scored {
  row: CorpusRow;
  check: CorpusCheck;
  verdict: Verdict;
  outcome: Outcome;
}

function scoreRow(row: CorpusRow): Scored[] {
  return row.checks.map((check) => {
    const verdict = judgeCheck(row, check, WHOLE);
    return { row, check, verdict, outcome: outcomeOf(check.status, verdict) };
  });
}

function pct(n: number, total: number): string {
  return total === 0 ? "–" : `${((100 * n) / total).toFixed(1)}%`;
}

function describeCheck(s: Scored): string {
  const ctx = [
    s.check.asOf && `asOf ${s.check.asOf}`,
    s.check.baseline && `baseline ${s.check.baseline}`,
    s.check.part && `part ${s.check.part}`,
  ].filter(Boolean);
  const actual = s.check.actual === "" ? "(blank)" : s.check.actual;
  const warnings = s.verdict.warnings.map((w) => w.code).join(", ");
  return [
    `${s.row.id}  ${s.row.phrase}`,
    `    indicator: ${s.row.indicator || "—"} | unit: ${s.row.unit || "—"} | period: ${s.row.period || "—"}`,
    `    actual: ${actual}${ctx.length ? `  [${ctx.join("; ")}]` : ""}`,
    `    expected: ${s.check.status}  (reading: ${s.row.expected})`,
    `    got: ${s.verdict.status}${s.verdict.canonical ? `  (reading: ${s.verdict.canonical})` : ""}${warnings ? `  warnings: ${warnings}` : ""}`,
    `    explanation: ${s.verdict.explanation}`,
  ].join("\n");
}

interface Tally {
  right: number;
  refused: number;
  wrong: number;
}

function tally(list: Scored[]): Tally {
  const t: Tally = { right: 0, refused: 0, wrong: 0 };
  for (const s of list) t[s.outcome]++;
  return t;
}

function line(label: string, t: Tally, width: number): string {
  const n = t.right + t.refused + t.wrong;
  const cells = [
    String(n).padStart(6),
    `${String(t.right).padStart(6)} ${pct(t.right, n).padStart(6)}`,
    `${String(t.refused).padStart(6)} ${pct(t.refused, n).padStart(6)}`,
    `${String(t.wrong).padStart(6)} ${pct(t.wrong, n).padStart(6)}`,
  ];
  return `${label.padEnd(width)} ${cells.join("   ")}`;
}

function main(argv: string[]): void {
  const named = CORPUS_SETS.find((name) => name !== "dev" && argv.includes(`--${name}`));
  const which = argv.includes("--all") ? "all" : (named ?? "dev");
  const verbose = argv.includes("--verbose");
  const corpus = loadCorpus(which);
  if (corpus.problems.length > 0) {
    for (const p of corpus.problems) console.error(`${p.set} line ${p.line}${p.id ? ` ${p.id}` : ""}: ${p.message}`);
    console.error(`${corpus.problems.length} malformed row(s) skipped`);
  }
  const scored = corpus.rows.flatMap(scoreRow);

  const wrong = scored.filter((s) => s.outcome === "wrong");
  console.log(`== Confidently wrong: ${wrong.length} ==`);
  for (const s of wrong) console.log(describeCheck(s));
  if (verbose) {
    const ref = scored.filter((s) => s.outcome === "refused");
    console.log(`\n== Refused where a verdict was expected: ${ref.length} ==`);
    for (const s of ref) console.log(describeCheck(s));
  }

  const width = 14;
  const head = `${"".padEnd(width)} ${"checks".padStart(6)}   ${"right".padStart(13)}   ${"refused".padStart(13)}   ${"wrong".padStart(13)}`;
  console.log(`\n== Totals (${which}; ${corpus.rows.length} phrases, ${new Set(corpus.rows.map((r) => r.url)).size} documents) ==`);
  console.log(head);
  for (const set of CORPUS_SETS) {
    const part = scored.filter((s) => s.row.set === set);
    if (part.length > 0) console.log(line(set, tally(part), width));
  }
  if (which === "all") console.log(line("all", tally(scored), width));
  // The confidently wrong checks split by what went wrong: a verdict given wrongly, or a figure the reader should have
  // judged called invalid or missing (the classification above is unchanged).
  const badFigure = wrong.filter((s) => s.verdict.status === "invalid" || s.verdict.status === "no_data").length;
  console.log(`wrong: ${wrong.length - badFigure} wrong verdict (met/not met/overdue/pending), ${badFigure} figure wrongly called invalid / no data`);

  console.log(`\n== Per class of phrase ==`);
  console.log(head);
  const classes = [...new Set(scored.map((s) => s.row.cls))].sort();
  for (const cls of classes) console.log(line(cls, tally(scored.filter((s) => s.row.cls === cls)), width));

  const rowsAllRight = corpus.rows.filter((r) => scored.filter((s) => s.row === r).every((s) => s.outcome === "right"));
  console.log(`\nPhrases with every check right: ${rowsAllRight.length}/${corpus.rows.length} (${pct(rowsAllRight.length, corpus.rows.length)})`);
}

main(process.argv.slice(2));
