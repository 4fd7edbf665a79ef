// Round 33 (part33): how the reader chose the part of a compound target, over all 24 design sets, against right /
// refused / wrong — and, for the wrong checks, whether the part judged was the check's own (a misreading of the right
// part) or another part (a part choice gone wrong). Not shipped. Usage:
//   npx tsx scripts/part-choice.ts [--whole-indicator] [--list WAY] [--sets dev,holdout,…] [--margin N] [--zero] [--by-unit]
// (--margin N: the name points elsewhere only by N words or more; --zero: and no word of it in the segment read;
// --by-unit: split instead by whether the check's unit is written in two or more expected parts, and by whether the
// reading kept others ("(hay: …)"): a split by what the parts are, which reads the table and is a measure only.)
// Way of choosing, read by parsing the phrase again with less context (the period always kept):
//   asked    — the verdict refused (review, ambiguous, unreadable): nothing to choose;
//   position — the phrase with neither indicator nor unit gives the same reading: its own scores and order chose;
//   name     — the indicator alone gives it, the bare phrase another;  unit — the unit column alone does;
//   both     — only the two together do.
// Each judged way is split by "point": whether the indicator's words fall more in another `;`/`,` segment of the phrase
// than in the one read (the name points elsewhere), the candidate the brief asked about.
// "Other part" for a wrong check: no figure of the check's own expected part appears in the reading judged (before
// its "(hay: …)"), compared as digits only (a scale written otherwise, "43 triệu" against "43.000.000", counts as own).
import { loadCorpus, type CorpusRow, type CorpusCheck, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf, partField, partCount, type Outcome } from "../test/corpus/outcome";
import { parseTarget, type ParseOptions } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";
import type { Verdict } from "../core/rule/verdict";

const DESIGN: CorpusSet[] = ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24"];
const WHOLE = process.argv.includes("--whole-indicator");
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const LIST = arg("--list");
const MARGIN = Number(arg("--margin") ?? 1);
const ZERO = process.argv.includes("--zero");
const BY_UNIT = process.argv.includes("--by-unit");
const SETS = arg("--sets") ? (arg("--sets")!.split(",") as CorpusSet[]) : DESIGN;

const asked = (v: Verdict) => v.status === "review" || v.status === "unreadable" || v.warnings.some((w) => w.code === "ambiguous_target" || w.code === "percent_scale_ambiguous");
const key = (phrase: string, o: ParseOptions) => { const r = parseTarget(phrase, o); return r.ok ? JSON.stringify(r.rule) : "error"; };
const words = (s: string) => new Set(s.toLowerCase().normalize("NFC").split(/[^\p{L}\d]+/u).filter((w) => w.length > 1 && !/^\d+$/.test(w)));
const digits = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, "").replace(/0+$/, ""));

function way(row: CorpusRow, check: CorpusCheck, v: Verdict): string {
  if (asked(v)) return "asked";
  const period = periodFromText(row.period) ?? undefined;
  const indicator = partField(row.indicator, row.expected, check.part, WHOLE) || undefined;
  const unit = partField(row.unit, row.expected, check.part, WHOLE) || undefined;
  const k = key(row.phrase, { indicator, unit, period });
  if (key(row.phrase, { period }) === k) return "position";
  if (indicator && key(row.phrase, { indicator, period }) === k) return "name";
  if (unit && key(row.phrase, { unit, period }) === k) return "unit";
  return "both";
}

/** Whether the indicator's words fall more in another segment of the phrase than in the one read. */
function pointsElsewhere(row: CorpusRow, check: CorpusCheck, v: Verdict): boolean {
  const read = v.warnings.map((w) => /chỉ đọc vế "(.+)"$/u.exec(w.message.vi)).find(Boolean);
  if (!read) return false;
  const clause = read[1].replace(/…$/u, "");
  const ind = words(partField(row.indicator, row.expected, check.part, WHOLE));
  const segs = row.phrase.split(/[;,]|\. /u).filter((s) => /\d/u.test(s));
  const hits = (s: string) => [...words(s)].filter((w) => ind.has(w)).length;
  const own = segs.find((s) => s.includes(clause.slice(0, 20)) || clause.includes(s.trim().slice(0, 20)));
  if (!own) return false;
  const mine = hits(own);
  return (!ZERO || mine === 0) && segs.some((s) => s !== own && hits(s) >= mine + MARGIN);
}

/** Whether the check's unit is written in two or more expected parts, and whether the reading kept others. */
function byUnit(row: CorpusRow, check: CorpusCheck, v: Verdict): string {
  const u = partField(row.unit, row.expected, check.part, WHOLE).trim().toLowerCase();
  const parts = row.expected.replace(/^review (.+?) or .+$/u, "$1").split(";");
  const shared = u !== "" && parts.filter((x) => x.toLowerCase().includes(u)).length >= 2;
  return `unit in ${shared ? "2+" : "<2"} parts · ${(v.canonical ?? "").includes("(hay:") ? "others kept" : "none kept"}`;
}

function otherPart(row: CorpusRow, check: CorpusCheck, v: Verdict): boolean {
  const parts = row.expected.replace(/^review (.+?) or .+$/u, "$1").split(";");
  const mine = digits(parts[(check.part ?? 1) - 1] ?? "");
  const got = digits((v.canonical ?? "").split("(hay:")[0]);
  return mine.length > 0 && !mine.some((d) => got.some((g) => g.startsWith(d) || d.startsWith(g)));
}

type T = { right: number; refused: number; wrong: number; other: number };
const table = new Map<string, T>();
const bySet = new Map<string, Map<string, T>>();
const bump = (m: Map<string, T>, k: string, o: Outcome, other: boolean) => {
  const t = m.get(k) ?? { right: 0, refused: 0, wrong: 0, other: 0 };
  t[o]++;
  if (o === "wrong" && other) t.other++;
  m.set(k, t);
};
for (const set of SETS) {
  for (const row of loadCorpus(set).rows) {
    if (partCount(row.expected) < 2) continue;
    for (const check of row.checks) {
      const v = judgeCheck(row, check, WHOLE);
      const o = outcomeOf(check.status, v);
      const w = way(row, check, v);
      const tag = w === "asked" ? w : `${w} · ${BY_UNIT ? byUnit(row, check, v) : pointsElsewhere(row, check, v) ? "name points elsewhere" : "name does not point elsewhere"}`;
      const other = o === "wrong" && otherPart(row, check, v);
      bump(table, tag, o, other);
      if (!bySet.has(tag)) bySet.set(tag, new Map());
      bump(bySet.get(tag)!, set, o, other);
      if (LIST && tag.startsWith(LIST) && o === "wrong") console.log(`${set}\t${row.id}\tpart ${check.part ?? "-"}\t${other ? "OTHER" : "own"}\t${check.actual} want ${check.status} got ${v.status} (${v.canonical})\n\t${row.phrase.slice(0, 120)}\n\tind: ${partField(row.indicator, row.expected, check.part, WHOLE).slice(0, 80)} | exp: ${row.expected}`);
    }
  }
}
console.log(`| way of choosing (${WHOLE ? "whole indicator" : "part names"}) | right | refused | wrong | of which another part | sets with wrong (r/ref/w) |`);
console.log("|---|---|---|---|---|---|");
for (const [k, t] of [...table].sort((a, b) => b[1].wrong - a[1].wrong)) {
  const per = [...bySet.get(k)!].filter(([, e]) => e.wrong).map(([s, e]) => `${s} ${e.right}/${e.refused}/${e.wrong}`).join(", ");
  console.log(`| ${k} | ${t.right} | ${t.refused} | ${t.wrong} | ${t.other} | ${per} |`);
}
