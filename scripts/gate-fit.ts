// Round 30x (gate30, issue 10): can a *combination* of the reader's signals pick the confidently wrong verdicts? A
// measuring study only; no rule of the reader. For every check the reader judged (a verdict, not a refusal) it records
// the structural signals of round 12's probe (scripts/gate-probe.ts) and a few cheap ones more, fits two small
// transparent models on the training sets (a logistic score with one weight per signal, plain gradient descent, and a
// greedy decision list of one- or two-signal conjunctions), chooses thresholds on the training sets, and scores each
// once on the test sets: wrong verdicts turned into "Cần xác nhận" (gain) against right verdicts lost (cost).
// Usage: npx tsx scripts/gate-fit.ts --train dev,holdout,…,holdout20 --test holdout21 [--cache FILE] [--loso] [--list]
//   [--drop SIGNAL]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf, partField } from "../test/corpus/outcome";
import { parseStatement, parseTargetCached, type ParseOptions } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";
import { evaluate } from "../core/rule/evaluate";
import { alike, measureKey } from "../core/rule/parse/confidence";
import { isReduceSubject } from "../core/rule/parse/lexicon";
import type { Rule } from "../core/rule/schema";

const cls = (s: string) => (s === "exceeded" ? "met" : s === "near" ? "not_met" : s);
const arg = (k: string) => { const i = process.argv.indexOf(k); return i >= 0 ? process.argv[i + 1] : undefined; };
const train = (arg("--train") ?? "").split(",").filter(Boolean) as CorpusSet[];
const test = (arg("--test") ?? "").split(",").filter(Boolean) as CorpusSet[];
for (const s of [...train, ...test]) if (s === "holdout17" || s === "holdout22") throw new Error(`${s} is a fresh set: not scored here`);
const cacheFile = arg("--cache");

/** One judged check: its set, id, whether the verdict was right or wrong, and its signals (0/1, a few counts). */
type Row = { set: string; id: string; wrong: 0 | 1; x: Record<string, number>; note: string };

function features(sets: CorpusSet[]): Row[] {
  const out: Row[] = [];
  for (const set of sets) for (const row of loadCorpus(set).rows) {
    if (row.set !== set) continue;
    const per = periodFromText(row.period);
    for (const check of row.checks) {
      const v = judgeCheck(row, check);
      const o = outcomeOf(check.status, v);
      const verdictish = ["met", "exceeded", "not_met", "near", "invalid", "overdue", "pending"].includes(v.status);
      if (!verdictish || o === "refused") continue;
      const ind = partField(row.indicator, row.expected, check.part) || undefined;
      const unit = partField(row.unit, row.expected, check.part) || undefined;
      const po: ParseOptions = {};
      if (ind) po.indicator = ind;
      if (unit) po.unit = unit;
      if (per) po.period = per;
      const p = parseTargetCached(row.phrase, po);
      if (!p.ok) continue;
      const x: Record<string, number> = {};
      const s = p.signals ?? [];
      const r = p.rule as Record<string, unknown>;
      const opts = { indicator: ind, unit, period: per ?? undefined, asOf: check.asOf, baseline: check.baseline, lang: "vi" as const };
      const judge = (q: unknown) => cls(evaluate(q as Rule, check.actual === "" ? null : check.actual, opts).status);
      const dis = (y: (typeof s)[number]) => !!y.reading && judge(y.reading.rule) !== cls(v.status);
      const fu = s.filter((y) => y.code === "figure_unread");
      // round 12's signals
      x.runner = +(p.runnerUp !== undefined);
      x.runnerDis = +(!!p.runnerUp && judge(p.runnerUp) !== cls(v.status));
      x.partly = +p.warnings.some((w) => w.code === "target_partly_read");
      x.partlyClause = +p.warnings.some((w) => w.code === "target_partly_read" && /chỉ đọc vế/.test(w.message.vi));
      x.partlyFig = +p.warnings.some((w) => w.code === "target_partly_read" && /bỏ qua số/.test(w.message.vi));
      x.figUnread = +fu.some((y) => (y.gap ?? Infinity) >= 2);
      x.figUnreadAny = +(fu.length > 0);
      x.figUnread2 = +(fu.length >= 2);
      x.clauseUnread = +s.some((y) => y.code === "clause_unread");
      x.opUnread = +s.some((y) => y.code === "operator_unread");
      x.dirGuessed = +s.some((y) => y.code === "direction_guessed");
      x.dirDefault = +s.some((y) => y.code === "direction_guessed" && y.source === "default");
      x.changeOrLevel = +s.some((y) => y.code === "change_or_level");
      x.rough = +s.some((y) => !!y.rough);
      x.othersDisagree = +fu.some(dis);
      x.othersDisagreeAny = +s.some((y) => (y.code === "figure_unread" || y.code === "operator_unread") && dis(y));
      x.odGap0 = +fu.some((y) => (y.gap ?? 99) <= 0 && dis(y));
      const key = measureKey(p.rule);
      const parts = parseStatement(row.phrase, po).flatMap((q) => (q.result.ok ? [q.result.rule] : []));
      x.compound = +(parts.length >= 2);
      x.partsDisagree = +parts.some((q) => { const k = measureKey(q); return !!key && !!k && alike(key, k) && judge(q) !== cls(v.status); });
      x.opAgainst = +(r.kind === "compare" && [">=", ">"].includes(String(r.op)) && isReduceSubject(ind) && !p.runnerUp);
      const ign = p.warnings.find((w) => /bỏ qua số khác/.test(w.message.vi));
      const nIgn = ign ? ign.message.vi.split(": ")[1]?.split(", ").length ?? 0 : 0;
      x.ign1 = +(nIgn >= 1); x.ign3 = +(nIgn >= 3);
      const wc = v.warnings.map((w) => w.code);
      x.implausible = +wc.includes("implausible_value");
      x.interpreted = +wc.includes("actual_interpreted");
      x.warn2 = +(v.warnings.length >= 2);
      x.yearGuess = +/năm lấy trong kỳ|lấy năm \d+ của kỳ/.test(v.explanation);
      // cheap structural signals added here
      for (const k of ["compare", "range", "change", "deadline", "zero", "rank"]) x[`kind_${k}`] = +(r.kind === k);
      const opWord = /(ít nhất|tối thiểu|trở lên|trên|dưới|không quá|tối đa|không vượt|vượt|hơn|đạt|giảm|tăng|≥|≤|>|<|từ .* đến|100%)/iu.test(row.phrase);
      x.opImplicit = +!opWord;
      x.noIndicator = +!ind;
      x.indSeveral = +(!!ind && ind.includes(";"));
      x.noUnit = +!unit;
      const ruleUnit = (r.unit as { kind?: string } | undefined)?.kind;
      x.unitPctClash = +(!!unit && (/%/.test(unit) !== (ruleUnit === "percent")) && (r.kind === "compare" || r.kind === "range"));
      x.partCheck = +(check.part !== undefined);
      const nums = row.phrase.match(/\d[\d.,]*/gu) ?? [];
      x.nums3 = +(nums.length >= 3);
      x.nums5 = +(nums.length >= 5);
      x.long = +(row.phrase.length > 120);
      x.textActual = +(typeof check.actual === "string" && /\p{L}/u.test(check.actual));
      x.blankActual = +(check.actual === "");
      x.baseline = +(check.baseline !== undefined);
      x.statusUnmet = +(cls(v.status) === "not_met");
      x.statusInvalid = +(v.status === "invalid");
      out.push({ set, id: row.id, wrong: o === "wrong" ? 1 : 0, x, note: `${row.phrase.slice(0, 70)} | ${check.actual} exp ${check.status} got ${v.status}` });
    }
  }
  return out;
}

let rows: Row[];
if (cacheFile && existsSync(cacheFile)) rows = JSON.parse(readFileSync(cacheFile, "utf8")) as Row[];
else { rows = features([...train, ...test]); if (cacheFile) writeFileSync(cacheFile, JSON.stringify(rows)); }
// --drop SIGNAL: leave out the checks with that signal (as if a gate on it were already taken), to study the rest
const drop = arg("--drop");
if (drop) rows = rows.filter((r) => !r.x[drop]);
const names = Object.keys(rows[0].x).filter((k) => k !== drop);
const tr = rows.filter((r) => (train as string[]).includes(r.set));
const te = rows.filter((r) => (test as string[]).includes(r.set));

/** Logistic score: weights by gradient descent on the log-loss with a small L2 penalty; wrong checks weighted up. */
function fitLogistic(data: Row[], iters = 400, lr = 0.5, l2 = 1e-3): { w: number[]; b: number } {
  const n = names.length, w = new Array<number>(n).fill(0);
  const pos = data.filter((d) => d.wrong).length, cw = (data.length - pos) / Math.max(pos, 1);
  let b = 0;
  for (let it = 0; it < iters; it++) {
    const g = new Array<number>(n).fill(0); let gb = 0, tot = 0;
    for (const d of data) {
      let z = b; for (let j = 0; j < n; j++) z += w[j] * d.x[names[j]];
      const pr = 1 / (1 + Math.exp(-z)), wt = d.wrong ? cw : 1, e = (pr - d.wrong) * wt;
      for (let j = 0; j < n; j++) g[j] += e * d.x[names[j]];
      gb += e; tot += wt;
    }
    for (let j = 0; j < n; j++) w[j] -= lr * (g[j] / tot + l2 * w[j]);
    b -= lr * gb / tot;
  }
  return { w, b };
}
const score = (m: { w: number[]; b: number }, d: Row) => names.reduce((z, k, j) => z + m.w[j] * d.x[k], m.b);
const tally = (data: Row[], flag: (d: Row) => boolean) => {
  let gain = 0, cost = 0; for (const d of data) if (flag(d)) d.wrong ? gain++ : cost++; return { gain, cost };
};
const fmt = (t: { gain: number; cost: number }) => `${String(t.gain).padStart(3)} : ${String(t.cost).padStart(4)}`;

const base = (data: Row[]) => `${data.length} judged, ${data.filter((d) => d.wrong).length} wrong`;
console.log(`train ${train.join(",")}: ${base(tr)}\ntest ${test.join(",")}: ${base(te)}\n`);

// 1. logistic score, thresholds chosen on train by the share of train's judged checks asked about
const m = fitLogistic(tr);
console.log("weights (standard: 0/1 signals), largest first:");
console.log(names.map((k, j) => [k, m.w[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([k, w]) => `${k} ${w.toFixed(2)}`).join(", "), `bias ${m.b.toFixed(2)}`);
const trS = tr.map((d) => score(m, d)).sort((a, b) => b - a);
console.log("\nlogistic: share of train asked | threshold | train wrong removed : right lost | test wrong removed : right lost");
for (const q of [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
  const th = trS[Math.floor(q * trS.length)];
  console.log(`${(q * 100).toFixed(1).padStart(5)}% | ${th.toFixed(2).padStart(6)} | ${fmt(tally(tr, (d) => score(m, d) >= th))} | ${fmt(tally(te, (d) => score(m, d) >= th))}`);
}
// the threshold at which train's ratio of wrong removed to right lost is best with ≥ 10 wrong removed, and at 1:2, 1:5
const ranked = tr.map((d) => ({ s: score(m, d), wrong: d.wrong })).sort((a, b) => b.s - a.s);
let g = 0, c = 0; const pts: { th: number; g: number; c: number }[] = [];
for (const r of ranked) { r.wrong ? g++ : c++; pts.push({ th: r.s, g, c }); }
for (const ratio of [2, 5, 10]) {
  const ok = pts.filter((p) => p.c <= ratio * p.g && p.g >= 3).pop();
  if (!ok) { console.log(`no train threshold with right lost ≤ ${ratio} × wrong removed`); continue; }
  console.log(`train 1:${ratio} threshold ${ok.th.toFixed(2)}: train ${fmt(tally(tr, (d) => score(m, d) >= ok.th))} | test ${fmt(tally(te, (d) => score(m, d) >= ok.th))}`);
  if (process.argv.includes("--list")) for (const d of te.filter((d) => score(m, d) >= ok.th)) console.log(`   ${d.wrong ? "+" : "-"} ${d.set} ${d.id} ${d.note}`);
}

// 2. greedy decision list of one- or two-signal conjunctions, each kept while its train precision is ≥ 1/(1+ratio)
const bins = names;
const conj: { name: string; f: (d: Row) => boolean }[] = [];
for (let i = 0; i < bins.length; i++) {
  conj.push({ name: bins[i], f: (d) => d.x[bins[i]] > 0 });
  for (let j = i + 1; j < bins.length; j++) conj.push({ name: `${bins[i]}&${bins[j]}`, f: (d) => d.x[bins[i]] > 0 && d.x[bins[j]] > 0 });
}
for (const ratio of [2, 5]) {
  let left = tr; const list: typeof conj = [];
  for (let step = 0; step < 8; step++) {
    let best: (typeof conj)[number] | null = null, bestV = -Infinity;
    for (const cj of conj) {
      const t = tally(left, cj.f);
      if (t.gain < 3 || t.cost > ratio * t.gain) continue;
      const val = t.gain - t.cost / ratio;
      if (val > bestV) { bestV = val; best = cj; }
    }
    if (!best) break;
    list.push(best); const b = best; left = left.filter((d) => !b.f(d));
  }
  const any = (d: Row) => list.some((cj) => cj.f(d));
  console.log(`\ndecision list at 1:${ratio} (${list.length} rules): train ${fmt(tally(tr, any))} | test ${fmt(tally(te, any))}`);
  for (const cj of list) console.log(`   ${cj.name.padEnd(34)} train ${fmt(tally(tr, cj.f))} | test ${fmt(tally(te, cj.f))}`);
}

// 3. leave one training set out: a logistic score fitted on the others, threshold at their 1:5 point, scored on the one
if (process.argv.includes("--loso")) {
  let G = 0, C = 0, W = 0;
  const line: string[] = [];
  for (const s of train) {
    const inn = tr.filter((d) => d.set !== s), outS = tr.filter((d) => d.set === s);
    const mm = fitLogistic(inn, 200);
    const rk = inn.map((d) => ({ s: score(mm, d), wrong: d.wrong })).sort((a, b) => b.s - a.s);
    let gg = 0, cc = 0, th = Infinity;
    for (const r of rk) { r.wrong ? gg++ : cc++; if (cc <= 5 * gg && gg >= 3) th = r.s; }
    const t = tally(outS, (d) => score(mm, d) >= th);
    G += t.gain; C += t.cost; W += outS.filter((d) => d.wrong).length;
    line.push(`${s}:${t.gain}/${t.cost}`);
  }
  console.log(`\nleave-one-set-out, 1:5 threshold: wrong removed ${G} of ${W}, right lost ${C}\n   ${line.join(" ")}`);
}
