// The target reader's scores on the corpus split the way a round works on it, in one run:
//   npx tsx scripts/score-split.ts [--list] [--fresh] [--by-class]
// writing: the sets whose failures the round's authors may read (dev and holdout via `targets.md`, holdout2–16,
// holdout23–31, holdout28 spent in round 41 by phrases28, holdout29 spent in round 42 by phrases29, holdout30 in round 43 by phrases30, holdout31 spent in round 44 by phrases31); validation: holdout18–22, totals only (never listed); fresh: sets nobody working on the readers has
// seen, scored by the integrator alone with --fresh. --list prints every confidently wrong check of the writing split.
// Each line gives right/refused/wrong with the row's parts judged as a sheet row would (`part`) and with the whole
// indicator (`whole`, as scripts/score-corpus.ts --whole-indicator). --by-class adds each split's totals by phrase class
// (counts only, never rows: the validation split's classes tell whether a rule drawn from the writing split carries). Round 37 swapped the splits of round 36
// (writing then held holdout18–22, validation holdout23–26).
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf } from "../test/corpus/outcome";

const WRITING: CorpusSet[] = ["dev", "holdout", ...Array.from({ length: 15 }, (_, i) => `holdout${i + 2}` as CorpusSet), "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31"]; // holdout28 spent in round 41 by phrases28; holdout29 spent in round 42 by phrases29; holdout30 in round 43 by phrases30; holdout31 spent in round 44 by phrases31
const VALIDATION: CorpusSet[] = ["holdout18", "holdout19", "holdout20", "holdout21", "holdout22"];
const FRESH: CorpusSet[] = ["holdout17", "holdout32", "holdout33"]; // holdout32 gathered in round 43 (gather32P), holdout33 in round 44 (gather33P); holdout31 spent in round 44 by phrases31

interface Tally { right: number; refused: number; wrong: number }
const zero = (): Tally => ({ right: 0, refused: 0, wrong: 0 });
const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, refused: a.refused + b.refused, wrong: a.wrong + b.wrong });

function score(set: CorpusSet, whole: boolean, wrongs?: string[], classes?: Map<string, Tally>): Tally {
  const t = zero();
  for (const row of loadCorpus(set).rows) {
    for (const check of row.checks) {
      const v = judgeCheck(row, check, whole);
      const o = outcomeOf(check.status, v);
      t[o]++;
      if (classes) {
        const c = classes.get(row.cls) ?? zero();
        c[o]++;
        classes.set(row.cls, c);
      }
      if (o === "wrong" && wrongs) {
        const ctx = [check.asOf && `asOf ${check.asOf}`, check.baseline && `baseline ${check.baseline}`, check.part && `part ${check.part}`].filter(Boolean).join("; ");
        wrongs.push(`${set} ${row.id}  ${row.phrase}\n    indicator: ${row.indicator || "—"} | unit: ${row.unit || "—"} | period: ${row.period || "—"} | actual: ${check.actual || "(blank)"}${ctx ? ` [${ctx}]` : ""}\n    expected ${check.status} (${row.expected}), got ${v.status}${v.canonical ? ` (${v.canonical})` : ""} ${v.warnings.map((w) => w.code).join(",")}\n    ${v.explanation}`);
      }
    }
  }
  return t;
}

const byClass = process.argv.includes("--by-class");
const classLines: string[] = [];

function line(name: string, sets: CorpusSet[], wrongs?: string[]): string {
  let part = zero();
  let whole = zero();
  const classes = byClass ? new Map<string, Tally>() : undefined;
  for (const s of sets) {
    part = add(part, score(s, false, wrongs, classes));
    whole = add(whole, score(s, true));
  }
  if (classes) {
    const rows = [...classes].sort((a, b) => b[1].wrong - a[1].wrong || b[1].refused - a[1].refused);
    classLines.push(`${name} by class (part; right/refused/wrong): ${rows.map(([c, t]) => `${c} ${t.right}/${t.refused}/${t.wrong}`).join(", ")}`);
  }
  const fmt = (t: Tally) => {
    const n = t.right + t.refused + t.wrong;
    return `${t.right}/${t.refused}/${t.wrong} (n=${n}, right ${((100 * t.right) / n).toFixed(1)}%, wrong ${((100 * t.wrong) / n).toFixed(1)}%)`;
  };
  return `${name.padEnd(10)} part ${fmt(part)}   whole ${fmt(whole)}`;
}

const wrongs: string[] = [];
const lines = [line("writing", WRITING, process.argv.includes("--list") ? wrongs : undefined), line("validation", VALIDATION)];
if (process.argv.includes("--fresh")) for (const s of FRESH) lines.push(line(s, [s]));
if (wrongs.length > 0) console.log(wrongs.join("\n"));
console.log([...lines, ...classLines].join("\n"));
