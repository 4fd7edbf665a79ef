// Measures which signal chose the part of a compound target a check was judged against, and how often each signal
// was right. For every check of a compound row (class compound, or an expected reading of several parts), the verdict
// with the row's context is taken apart by ablation: the same check judged with no indicator, no unit column, no
// period, or none of them. The signal is the first context whose removal changes the reading judged (indicator words,
// unit column, year), else the figure's own unit or kind (the reading judged differs from the reader's chosen one
// only in evaluate), else the phrase alone (its first part, or a later part its operator chose). Not shipped.
// Usage: npx tsx scripts/part-signals.ts [set ...] [--list SIGNAL] [--whole]
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf, partCount, partField } from "../test/corpus/outcome";
import { evaluate } from "../core/rule/evaluate";
import { parseTarget } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";
import type { Verdict } from "../core/rule/verdict";

const SETS: CorpusSet[] = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16"];
const DROP = new Set(["text", "subject", "rivals", "alternative", "statement", "field", "unsure", "warnings"]);

/** A key equal for readings that judge alike (texts aside). */
function key(r: unknown): string {
  if (!r || typeof r !== "object") return "";
  return JSON.stringify(r, (k, v) => (DROP.has(k) ? undefined : v));
}

/** Whether the verdict asked (review, ambiguous) or could not read. */
function asked(v: Verdict): boolean {
  return v.status === "review" || v.status === "unreadable" || v.warnings.some((w) => w.code === "ambiguous_target" || w.code === "percent_scale_ambiguous");
}

function main(argv: string[]): void {
  const list = argv.includes("--list") ? argv[argv.indexOf("--list") + 1] : null;
  const whole = argv.includes("--whole");
  const named = argv.filter((a, k) => !a.startsWith("--") && argv[k - 1] !== "--list") as CorpusSet[];
  const sets = named.length ? named : SETS;
  const table = new Map<string, Map<string, { right: number; refused: number; wrong: number }>>();
  const total = new Map<string, { right: number; refused: number; wrong: number }>();
  for (const set of sets) {
    for (const row of loadCorpus(set).rows) {
      if (row.cls !== "compound" && partCount(row.expected) < 2) continue;
      for (const check of row.checks) {
        const v = judgeCheck(row, check, whole);
        const o = outcomeOf(check.status, v);
        const ind = partField(row.indicator, row.expected, check.part, whole) || undefined;
        const unit = partField(row.unit, row.expected, check.part, whole) || undefined;
        const period = periodFromText(row.period) ?? undefined;
        const actual = check.actual === "" ? null : check.actual;
        const base = { asOf: check.asOf, baseline: check.baseline, lang: "vi" as const };
        const judged = (o: { indicator?: string; unit?: string; period?: typeof period }) => key(evaluate(row.phrase, actual, { ...base, ...o }).rule);
        let signal: string;
        if (asked(v)) signal = "asked";
        else if (!v.rule) signal = "none";
        else {
          const r = key(v.rule);
          const p0 = parseTarget(row.phrase, {});
          const alone = p0.ok ? key(p0.rule) : "";
          const bare = judged({});
          const cuts: Array<[string, boolean]> = [
            ["indicator", !!ind && judged({ unit, period }) !== r],
            ["unit", !!unit && judged({ indicator: ind, period }) !== r],
            ["year", !!period && judged({ indicator: ind, unit }) !== r],
          ];
          const hit = cuts.filter((c) => c[1]).map((c) => c[0]);
          if (hit.length) signal = hit.join("+");
          else if (bare !== r) signal = "context together";
          else if (alone !== r) signal = "figure's unit/kind";
          else {
            // The phrase alone chose it: its first part (by position) or a later one (its operator, its kind).
            const p1 = parseTarget(row.phrase, { indicator: ind, unit, period });
            const rest = p1.ok ? ((p1.rule as { rivals?: unknown[] }).rivals?.length ?? 0) + (p1.runnerUp ? 1 : 0) : 0;
            signal = rest === 0 ? "phrase (no other part kept)" : "phrase (others kept as rivals)";
          }
        }
        if (argv.includes("--lead") && signal !== "asked") {
          // The context's lead of the chosen part over the nearest part measured alike that the reader set aside.
          const p1 = parseTarget(row.phrase, { indicator: ind, unit, period });
          const sg = p1.ok ? (p1.signals ?? []) : [];
          const gaps = sg.filter((x) => x.code === "figure_unread" && x.reading && x.gap !== undefined).map((x) => x.gap!);
          const g = gaps.length ? Math.min(...gaps) : null;
          signal = sg.some((x) => x.code === "clause_unread") ? "lead: another clause" : g === null ? "lead: no alike part set aside" : g <= 0 ? "lead ≤ 0" : g <= 1.5 ? "lead (0, 1.5]" : g < 3 ? "lead (1.5, 3)" : g <= 6 ? "lead [3, 6]" : "lead > 6";
        }
        if (argv.includes("--named")) signal += ind === row.indicator ? " · row's whole name" : " · part's own name";
        let t = table.get(signal);
        if (!t) table.set(signal, (t = new Map()));
        let e = t.get(set);
        if (!e) t.set(set, (e = { right: 0, refused: 0, wrong: 0 }));
        e[o]++;
        let tt = total.get(signal);
        if (!tt) total.set(signal, (tt = { right: 0, refused: 0, wrong: 0 }));
        tt[o]++;
        if (list && (signal === list || list === "*") && (o === "wrong" || argv.includes("--all-outcomes"))) {
          console.log(`${o.padEnd(7)} ${signal.padEnd(22)} ${row.id} ${row.phrase.slice(0, 140)}\n        ind: ${ind ?? "—"} | unit: ${unit ?? "—"} | ${check.actual} [part ${check.part ?? "-"}] want ${check.status} got ${v.status} (${v.canonical}) exp: ${row.expected}`);
        }
      }
    }
  }
  console.log(`signal                          right refused wrong | per set (right/refused/wrong)`);
  for (const [signal, t] of [...total].sort((a, b) => b[1].wrong - a[1].wrong)) {
    const per = sets.map((s) => table.get(signal)?.get(s)).map((e, k) => (e && e.wrong ? `${sets[k]}:${e.right}/${e.refused}/${e.wrong}` : "")).filter(Boolean).join(" ");
    console.log(`${signal.padEnd(32)}${String(t.right).padStart(5)} ${String(t.refused).padStart(7)} ${String(t.wrong).padStart(5)} | ${per}`);
  }
}

main(process.argv.slice(2));
