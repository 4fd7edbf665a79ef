// Measures the confidence gate's signals (core/rule/parse/confidence.ts) on corpus sets: for each kind of signal, how
// many checks still judged (a verdict, not asked about) are now right and now confidently wrong, so what making that
// signal turn the verdict into review would gain (wrong → review) and cost (right → refused). Usage:
//   npx tsx scripts/gate-signals.ts dev holdout holdout2 [--list CODE]
// Signals the gate already acts on show no judged checks (they are asked about already). Choose signals on the
// development sets (dev, holdout, holdout2) only.
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf } from "../test/corpus/outcome";
import { parseTarget } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";

const JUDGED = new Set(["met", "exceeded", "near", "not_met", "overdue", "pending"]);

function main(argv: string[]): void {
  const list = argv.includes("--list") ? argv[argv.indexOf("--list") + 1] : null;
  const sets = argv.filter((a, k) => !a.startsWith("--") && argv[k - 1] !== "--list") as CorpusSet[];
  for (const set of sets) {
    const rows = loadCorpus(set).rows;
    const per = new Map<string, { fire: number; wrong: number; right: number }>();
    let n = 0;
    for (const row of rows) {
      const p = parseTarget(row.phrase, { indicator: row.indicator || undefined, unit: row.unit || undefined, period: periodFromText(row.period) ?? undefined });
      const signals = p.ok ? (p.signals ?? []) : [];
      const codes = [...new Set(signals.map((s) => (s.source ? `${s.code}:${s.source}` : s.code)))];
      // Pairs: a figure written without an operator, chosen while other figures or clauses were left unread.
      const guessed = signals.some((s) => s.code === "direction_guessed");
      if (guessed && signals.some((s) => s.code !== "direction_guessed")) codes.push("pair:guessed+unread");
      if (guessed && p.ok && p.warnings.some((w) => w.code === "target_partly_read")) codes.push("pair:guessed+partly_read");
      for (const check of row.checks) {
        n++;
        const v = judgeCheck(row, check);
        const o = outcomeOf(check.status, v);
        const judged = JUDGED.has(v.status) && !v.warnings.some((w) => w.code === "ambiguous_target");
        for (const code of codes) {
          let e = per.get(code);
          if (!e) per.set(code, (e = { fire: 0, wrong: 0, right: 0 }));
          e.fire++;
          if (!judged) continue;
          if (o === "wrong") e.wrong++;
          else if (o === "right" && check.status !== "review" && check.status !== "refuse") e.right++;
          if (list && code.startsWith(list)) console.log(`${o.padEnd(7)} ${row.id}  ${row.phrase.slice(0, 110)} | ${check.actual} → ${v.status} (want ${check.status}) | ${signals.filter((s) => s.code === list || code === list).map((s) => s.fragment).join(" · ")}`);
        }
      }
    }
    console.log(`== ${set}: ${n} checks`);
    for (const [code, e] of [...per].sort()) console.log(`  ${code.padEnd(30)} fires ${String(e.fire).padStart(4)}  judged wrong ${String(e.wrong).padStart(3)}  judged right ${String(e.right).padStart(4)}`);
  }
}

main(process.argv.slice(2));
