// Probe for the confidence gate (issue 10): for each check of the named sets, the outcome and the structural signs the
// reader had, and for each candidate gate how many confidently wrong checks it would turn into review and how many
// right ones it would cost. Usage: npx tsx scripts/gate-probe.ts dev holdout holdout2 … [--list GATE]
// A measuring tool only (round 12, docs in the gate12 report): the phrase patterns below (rangeCollapsed, changePct,
// yearGuess) approximate a structural sign for counting; none is a rule of the reader. Gates that only ask when two
// readings judge the figure differently (othersDisagree, list3, od_*) judge the figure against each unread reading.
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { judgeCheck, outcomeOf } from "../test/corpus/outcome";
import { parseStatement, parseTargetCached, type ParseOptions } from "../core/rule/parse";
import { periodFromText } from "../core/period/period";
import { evaluate } from "../core/rule/evaluate";
import { alike, measureKey } from "../core/rule/parse/confidence";
import { isReduceSubject } from "../core/rule/parse/lexicon";
import type { Rule } from "../core/rule/schema";
const cls = (s: string) => (s === "exceeded" ? "met" : s === "near" ? "not_met" : s);

const args = process.argv.slice(2);
const listAt = args.indexOf("--list");
const list = listAt >= 0 ? args[listAt + 1] : null;
const sets = args.filter((a, i) => !a.startsWith("--") && (listAt < 0 || i !== listAt + 1)) as CorpusSet[];
const corpus = { rows: sets.flatMap((s) => loadCorpus(s).rows) };
type Feat = Record<string, boolean>;
const gates: Record<string, (f: Feat) => boolean> = {
  partly: (f) => f.partly,
  partlyNoRunner: (f) => f.partly && !f.runner,
  figUnread: (f) => f.figUnread,
  figUnreadAny: (f) => f.figUnreadAny,
  clauseUnread: (f) => f.clauseUnread,
  opUnread: (f) => f.opUnread,
  dirGuessed: (f) => f.dirGuessed,
  changeOrLevel: (f) => f.changeOrLevel,
  partlyClause: (f) => f.partlyClause,
  partlyFig: (f) => f.partlyFig,
  runnerAndUnread: (f) => f.runner && f.figUnreadAny,
  plainActualPartly: (f) => f.partly && f.plainActual,
  othersDisagree: (f) => f.othersDisagree,
  othersDisagreeAny: (f) => f.othersDisagreeAny,
  about: (f) => f.about,
  yearGuess: (f) => f.yearGuess,
  ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((k) => [[`ign${k}od`, (f: Feat) => f[`ign${k}od`]], [`ign${k}odAny`, (f: Feat) => f[`ign${k}odAny`]], [`ign${k}unsure`, (f: Feat) => f[`ign${k}unsure`]], [`ign${k}first`, (f: Feat) => f[`ign${k}first`]], [`ign${k}odNoR`, (f: Feat) => f[`ign${k}odNoR`]]])),
  ign3: (f) => f.ign3, ign4: (f) => f.ign4, chosenInBrackets: (f) => f.chosenInBrackets,
  implausible: (f) => f.implausible, interpreted: (f) => f.interpreted, interpPartly: (f) => f.interpPartly, twoPartly: (f) => f.twoPartly,
  partsDisagree: (f) => f.partsDisagree,
  partsDisagreeInd: (f) => f.partsDisagreeInd,
  anyDisagreeInd: (f) => f.anyDisagreeInd,
  opAgainst: (f) => f.opAgainst,
  list3: (f) => f.list3,
  list3op: (f) => f.list3op,
  od_gap0: (f) => f.od_gap0,
  od_gapNeg: (f) => f.od_gapNeg,
  od_noRunner: (f) => f.od_noRunner,
  od_runner: (f) => f.od_runner,
  changePct: (f) => f.changePct,
  rangeCollapsed: (f) => f.rangeCollapsed,
  deadlineRunner: (f) => f.deadlineRunner,
};
const tally: Record<string, Record<string, { gain: number; cost: number }>> = {};
for (const row of corpus.rows) {
  if (!sets.includes(row.set)) continue;
  const po: ParseOptions = {};
  if (row.indicator) po.indicator = row.indicator;
  if (row.unit) po.unit = row.unit;
  const per = periodFromText(row.period);
  if (per) po.period = per;
  const p = parseTargetCached(row.phrase, po);
  for (const check of row.checks) {
    const v = judgeCheck(row, check);
    const out = outcomeOf(check.status, v);
    const f: Feat = {};
    if (p.ok) {
      const s = p.signals ?? [];
      f.runner = p.runnerUp !== undefined;
      f.partly = p.warnings.some((w) => w.code === "target_partly_read");
      f.partlyClause = p.warnings.some((w) => w.code === "target_partly_read" && /chỉ đọc vế/.test(w.message.vi));
      f.partlyFig = p.warnings.some((w) => w.code === "target_partly_read" && /bỏ qua số/.test(w.message.vi));
      f.figUnread = s.some((x) => x.code === "figure_unread" && (x.gap ?? Infinity) >= 2);
      f.figUnreadAny = s.some((x) => x.code === "figure_unread");
      f.clauseUnread = s.some((x) => x.code === "clause_unread");
      f.opUnread = s.some((x) => x.code === "operator_unread");
      f.dirGuessed = s.some((x) => x.code === "direction_guessed");
      f.changeOrLevel = s.some((x) => x.code === "change_or_level");
      const opts = { indicator: row.indicator || undefined, unit: row.unit || undefined, period: per ?? undefined, asOf: check.asOf, baseline: check.baseline, lang: "vi" as const };
      const dis = (x: (typeof s)[number]) => x.reading && cls(evaluate(x.reading.rule as Rule, check.actual === "" ? null : check.actual, opts).status) !== cls(v.status);
      f.othersDisagree = s.some((x) => x.code === "figure_unread" && dis(x));
      const gaps = s.filter((x) => x.code === "figure_unread" && dis(x)).map((x) => x.gap);
      f.od_gap0 = s.some((x) => x.code === "figure_unread" && (x.gap ?? 99) <= 0 && dis(x));
      f.od_gapNeg = s.some((x) => x.code === "figure_unread" && (x.gap ?? 99) < 0 && dis(x));
      const key = measureKey(p.rule);
      const rk = p.runnerUp ? measureKey(p.runnerUp) : null;
      const nAlike = s.filter((x) => x.code === "figure_unread").length + (key && rk && alike(key, rk) ? 1 : 0);
      f.list3 = nAlike >= 2 && f.othersDisagree;
      f.list3op = nAlike >= 2 && f.othersDisagreeAny;
      f.opAgainst = (p.rule as Record<string, unknown>).kind === "compare" && [">=", ">"].includes(String((p.rule as Record<string, unknown>).op)) && isReduceSubject(row.indicator || undefined) && !p.runnerUp;
      const parts = parseStatement(row.phrase, po).flatMap((q) => (q.result.ok ? [q.result.rule] : []));
      const km = measureKey(p.rule);
      const partDis = parts.some((q) => { const k = measureKey(q); return km && k && alike(km, k) && cls(evaluate(q as Rule, check.actual === "" ? null : check.actual, opts).status) !== cls(v.status); });
      const indFree = !row.indicator || row.indicator.includes(";");
      f.partsDisagree = partDis;
      f.partsDisagreeInd = partDis && indFree;
      f.anyDisagreeInd = (partDis || f.othersDisagree) && indFree;
      const wc = v.warnings.map((w) => w.code);
      f.implausible = wc.includes("implausible_value");
      f.interpreted = wc.includes("actual_interpreted");
      f.interpPartly = f.interpreted && f.partly;
      f.twoPartly = wc.filter((w) => w === "target_partly_read").length >= 2;
      const ign = p.warnings.find((w) => /bỏ qua số khác/.test(w.message.vi));
      const nIgn = ign ? ign.message.vi.split(": ")[1].split(", ").length : 0;
      f.ign3 = nIgn >= 3;
      f.ign4 = nIgn >= 4;
      const firstRival = s.find((x) => x.code === "figure_unread" && x.reading);
      const firstDis = !!firstRival && !!dis(firstRival);
      for (const k of [1, 2, 3, 4, 5]) {
        f[`ign${k}unsure`] = nIgn >= k && !!f.figUnreadAny && !p.runnerUp;
        f[`ign${k}first`] = nIgn >= k && firstDis && !p.runnerUp;
        f[`ign${k}odNoR`] = nIgn >= k && !!f.othersDisagree && !p.runnerUp;
        f[`ign${k}od`] = nIgn >= k && !!f.othersDisagree;
        f[`ign${k}odAny`] = nIgn >= k && !!f.othersDisagreeAny;
      }
      const val = (p.rule as { value?: number }).value;
      const inBr = [...row.phrase.matchAll(/\(([^)]*)\)/gu)].some((m) => val !== undefined && m[1].replace(/,/g, ".").includes(String(val * ((p.rule as { unit?: { kind: string } }).unit?.kind === "percent" ? 100 : 1))));
      f.chosenInBrackets = inBr && f.figUnreadAny;
      f.od_noRunner = f.othersDisagree && !p.runnerUp;
      f.od_runner = f.othersDisagree && !!p.runnerUp;
      (f as Record<string, unknown>).gaps = gaps;
      f.othersDisagreeAny = s.some((x) => (x.code === "figure_unread" || x.code === "operator_unread") && dis(x));
      f.about = (p.rule as { intent?: string }).intent === "about" || (p.rule as { about?: boolean }).about === true;
      const r = p.rule as Record<string, unknown>;
      f.yearGuess = /năm lấy trong kỳ|lấy năm \d+ của kỳ/.test(v.explanation);
      f.changePct = r.kind === "change" && (r.mode === "points" || r.mode === "percent") && !/điểm|phần trăm/.test(row.phrase);
      const m = /(\d[\d.,]*)\s*(?:[-–]|đến)\s*(\d[\d.,]*)/u.exec(row.phrase);
      f.rangeCollapsed = r.kind === "compare" && !!m && !p.runnerUp;
      f.deadlineRunner = r.kind === "deadline" && /\d\/\d|\d\.\d/.test(row.phrase) && !/20\d\d/.test(row.phrase);
      f.plainActual = typeof check.actual === "string" && /^[\d.,\s%]+$/.test(check.actual);
    }
    const verdictish = ["met", "exceeded", "not_met", "near", "invalid", "overdue", "pending"].includes(v.status);
    for (const [g, fn] of Object.entries(gates)) {
      if (!fn(f) || !verdictish) continue;
      const after: string = check.status === "review" || check.status === "refuse" ? "right" : "refused";
      const t = ((tally[g] ??= {})[row.set] ??= { gain: 0, cost: 0 });
      if (out === "wrong" && after !== "wrong") t.gain++;
      if (out === "right" && after !== "right") t.cost++;
      if (list === g && (out === "wrong" || out === "right") && after !== out) console.log(`${out === "wrong" ? "+" : "-"} ${row.set} ${row.id} ${row.phrase.slice(0, 90)} | ${JSON.stringify((f as Record<string, unknown>).gaps)} r=${!!f.runner} | ${check.actual} exp ${check.status} got ${v.status} ${v.canonical}`);
    }
  }
}
for (const [g, per] of Object.entries(tally)) {
  const all = Object.values(per).reduce((a, b) => ({ gain: a.gain + b.gain, cost: a.cost + b.cost }), { gain: 0, cost: 0 });
  console.log(`${g.padEnd(20)} wrong removed ${String(all.gain).padStart(4)}  right lost ${String(all.cost).padStart(4)}   ${Object.entries(per).map(([s, t]) => `${s}:${t.gain}/${t.cost}`).join(" ")}`);
}
