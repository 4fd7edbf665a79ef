// Core benchmarks: target phrases parsed per second, verdicts per second, adversarial input, sheet checks by size.
import { cpuRate, timeMedianCpu, type Row } from "./harness";
import { parseTarget, parseTargetCached } from "../core/rule/parse";
import { evaluate, judge } from "../core/rule/evaluate";
import { loadBundledPlans } from "../core/plan";
import type { Rule } from "../core/rule/schema";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A mix of real target phrases: every target of every bundled plan. */
export function seedPhrases(): string[] {
  const out: string[] = [];
  for (const plan of loadBundledPlans()) for (const ind of plan.indicators) out.push(ind.target);
  return out;
}

/** Distinct real target sentences none of us wrote (bench/phrases-raw.txt: one a line, the first line a comment). */
export function rawPhrases(): string[] {
  const file = fileURLToPath(new URL("./phrases-raw.txt", import.meta.url));
  if (!existsSync(file)) return [];
  return [...new Set(readFileSync(file, "utf8").split("\n").slice(1).map((l) => l.trim()).filter(Boolean))];
}

/** Same phrases with their numbers nudged, so a cache cannot serve them (fresh parsing). */
function freshVariants(phrases: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const p = phrases[i % phrases.length];
    const k = Math.floor(i / phrases.length);
    out.push(k === 0 ? p : p.replace(/\d+/, (d) => String(Number(d) + (k % 7))) + " ".repeat(k % 3) + (k > 6 ? ` ${k}` : ""));
  }
  return out;
}

export async function benchCore(rows: Row[]): Promise<void> {
  const phrases = seedPhrases();
  // Fresh parsing: every phrase distinct (the real ones, then copies with their numbers nudged), no cache. Two sets:
  // the bundled plans' targets (what a clerk's target cell holds) and whole sentences from public documents.
  const sets: Array<[string, string[]]> = [
    [`${new Set(phrases).size} bundled plan targets`, [...new Set(phrases)]],
    [`${rawPhrases().length} sentences from public documents`, rawPhrases()],
  ];
  for (const [label, set] of sets) {
    if (set.length === 0) continue;
    const N = 20_000;
    const fresh = freshVariants(set, N);
    const avg = Math.round(set.reduce((a, p) => a + p.length, 0) / set.length);
    for (const p of fresh.slice(0, 2000)) parseTarget(p);
    const tFresh = await timeMedianCpu(() => {
      for (const p of fresh) parseTarget(p);
    }, 5);
    rows.push({ section: "core", name: `parse target phrases, fresh (${label}, ${avg} chars on average, varied; no cache)`, value: N / (tFresh.wall / 1000), unit: "phrases/s", runs: 5, note: `goal ≥ 100,000/s; ${cpuRate(N, tFresh.cpu, "/s")}` });
  }

  const M = 200_000;
  const tCached = await timeMedianCpu(() => {
    for (let i = 0; i < M; i++) parseTargetCached(phrases[i % phrases.length]);
  }, 5);
  rows.push({ section: "core", name: "parse target phrases, cached (repeated seed phrases)", value: M / (tCached.wall / 1000), unit: "phrases/s", runs: 5, note: cpuRate(M, tCached.cpu, "/s") });

  const rules: Rule[] = [];
  for (const p of phrases) {
    const r = parseTarget(p);
    if (r.ok && (r.rule.kind === "compare" || r.rule.kind === "range" || r.rule.kind === "fraction" || r.rule.kind === "level" || r.rule.kind === "rank" || r.rule.kind === "zero")) rules.push(r.rule);
  }
  const K = 2_000_000;
  const actuals = Array.from({ length: 1024 }, (_, i) => (i % 2 ? i / 1024 : (i % 120) + 0.5));
  let sink = 0;
  const tJudge = await timeMedianCpu(() => {
    for (let i = 0; i < K; i++) sink += judge(rules[i % rules.length], actuals[i & 1023]).status.length;
  }, 5);
  rows.push({ section: "core", name: `verdicts (status, gap, ratio) on pre-parsed rules, numeric actuals (${rules.length} rules)`, value: K / (tJudge.wall / 1000), unit: "verdicts/s", runs: 5, note: `goal ≥ 5,000,000/s; ${cpuRate(K, tJudge.cpu, "/s")}` });
  const K2 = 200_000;
  const tEval = await timeMedianCpu(() => {
    for (let i = 0; i < K2; i++) sink += evaluate(rules[i % rules.length], actuals[i & 1023]).explanation.length;
  }, 5);
  rows.push({ section: "core", name: "full verdicts with bilingual explanation sentences", value: K2 / (tEval.wall / 1000), unit: "verdicts/s", runs: 5, note: cpuRate(K2, tEval.cpu, "/s") });

  const adversarial = [
    "ít nhất ".repeat(12_500),
    "1.".repeat(50_000),
    "(".repeat(100_000),
    "từ trên 5 đến dưới ".repeat(5_300),
    "9".repeat(100_000),
  ].map((s) => s.slice(0, 100_000));
  for (const s of adversarial) {
    const t = await timeMedianCpu(() => parseTarget(s), 3);
    rows.push({ section: "core", name: `parse 100 KB adversarial string "${s.slice(0, 12)}…"`, value: t.wall, unit: "ms", runs: 3, note: `CPU ${t.cpu.toFixed(1)} ms` });
  }
  if (sink < 0) console.log(sink);
}
