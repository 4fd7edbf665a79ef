// Core benchmarks: target phrases parsed per second, verdicts per second, adversarial input, sheet checks by size.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { cpuRate, median, ROOT, timeMedianCpu, type Row } from "./harness";
import { parseTarget, parseTargetCached } from "../core/rule/parse";
import { evaluate, judge } from "../core/rule/evaluate";
import { loadBundledPlans } from "../core/plan";
import type { Rule } from "../core/rule/schema";
import type { CellValue } from "../core/types";
import { loadCorpus } from "../test/corpus/corpus";
import { formulaSizes } from "./formula-sizes";

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

/** Every distinct real target phrase we hold: the bundled plans' targets, bench/phrases-raw.txt, the scored corpus (test/corpus). */
export function realPhrases(): string[] {
  let corpus: string[] = [];
  try {
    corpus = loadCorpus("all").rows.map((r) => r.phrase);
  } catch {
    // The corpus tables are part of the repository; without them the other sets still count.
  }
  return [...new Set([...seedPhrases(), ...rawPhrases(), ...corpus].map((p) => p.trim()).filter(Boolean))];
}

/** Rule kind of a phrase, or its error code: what a derived variant must keep. */
function kindOf(p: string): string {
  const r = parseTarget(p);
  return r.ok ? r.rule.kind : `error:${r.error.code}`;
}

/**
 * At least `n` distinct phrases: the real ones, then, only as far as needed, copies of them with one figure changed
 * (the k-th number of the phrase moved by a small step). A copy whose rule kind differs from its original's (or
 * that reads where the original did not) is dropped, so the mix of kinds stays the real one. Returns the counts too.
 */
export function phrasePool(n: number): { phrases: string[]; real: number; derived: number; dropped: number } {
  const real = realPhrases();
  const seen = new Set(real);
  const out = [...real];
  let dropped = 0;
  const kinds = new Map(real.map((p) => [p, kindOf(p)] as const));
  for (let step = 1; out.length < n && step < 60; step++) {
    for (const p of real) {
      if (out.length >= n) break;
      const nums = [...p.matchAll(/\d+/g)];
      if (nums.length === 0) continue;
      const m = nums[step % nums.length];
      const v = `${p.slice(0, m.index)}${Number(m[0]) + step}${p.slice(m.index! + m[0].length)}`;
      if (seen.has(v)) continue;
      seen.add(v);
      if (kindOf(v) !== kinds.get(p)) {
        dropped++;
        continue;
      }
      out.push(v);
    }
  }
  return { phrases: out, real: real.length, derived: out.length - real.length, dropped };
}

/** Figures as clerks type them, per rule kind: typed rates and shares, words, blanks, dates; a few plain numbers. */
export function typedFigures(kind: string): CellValue[] {
  if (kind === "deadline") return ["30/06/2025", "15/5/2025", "chưa", null, "đã hoàn thành", 45838, "chưa có số liệu", "tháng 5/2025"];
  if (kind === "boolean" || kind === "zero") return ["Đạt", "có", "không", null, "chưa có", 0, "1 vụ", "Không xảy ra"];
  if (kind === "rank") return ["thứ 5/30", "6", 3, null, "chưa có", "top 10", "12/30", "—"];
  if (kind === "level") return ["mức độ 2", "Mức 3", 3, null, "chưa có", "Đạt", "2", "—"];
  return ["64,9%", "13/28", "chưa có", null, 0.65, "98,5", "1.234", "—"];
}

type ParseFn = (text: string) => { ok: boolean };

/**
 * The parser as the CLI and the add-ins run it: core/rule/parse.ts bundled by esbuild into one ES module (Node 20
 * target, whitespace and syntax minified as scripts/build-cli.mjs does), in a temporary folder, imported. Its bytes
 * are returned with it; `done` removes the folder.
 */
async function bundledParser(): Promise<{ parseTarget: ParseFn; bytes: number; done: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-bench-parse-"));
  const outfile = join(dir, "parse.mjs");
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, "core", "rule", "parse.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minifyWhitespace: true,
    minifySyntax: true,
    charset: "utf8",
    logLevel: "error",
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { parseTarget: ParseFn };
  return { parseTarget: mod.parseTarget, bytes: statSync(outfile).size, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Median wall and CPU milliseconds of each of `fns`, timed in alternating rounds (the order flips every round) after
 * one warm-up each, so load that comes and goes on a shared machine falls on both alike.
 */
function timeInterleaved(fns: Array<() => void>, rounds: number): Array<{ wall: number; cpu: number }> {
  for (const f of fns) f();
  const walls = fns.map(() => [] as number[]);
  const cpus = fns.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    const order = fns.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      fns[i]();
      walls[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpus[i].push((c.user + c.system) / 1000);
    }
  }
  return fns.map((_, i) => ({ wall: median(walls[i]), cpu: median(cpus[i]) }));
}

export async function benchCore(rows: Row[]): Promise<void> {
  const phrases = seedPhrases();
  // Fresh parsing: 10,000 distinct phrases, no cache: every real one we hold, then copies with one figure changed
  // that keep their rule kind (phrasePool says how many of each). Timed twice, in alternating rounds: the source as
  // tsx compiles it module by module (what the tests and this bench run), and the parser bundled as the CLI and the
  // add-ins ship it. Each warms up on the first 2,000 phrases, as ever.
  const pool = phrasePool(10_000);
  const N = pool.phrases.length;
  const avg = Math.round(pool.phrases.reduce((a, p) => a + p.length, 0) / N);
  const bundled = await bundledParser();
  try {
    for (const p of pool.phrases.slice(0, 2000)) {
      parseTarget(p);
      bundled.parseTarget(p);
    }
    const [tFresh, tBundled] = timeInterleaved(
      [parseTarget as ParseFn, bundled.parseTarget].map((parse) => () => {
        for (const p of pool.phrases) parse(p);
      }),
      5,
    );
    const what = `${N.toLocaleString("en-US")} distinct: ${pool.real.toLocaleString("en-US")} real, ${pool.derived.toLocaleString("en-US")} with one figure changed; ${avg} chars on average; no cache`;
    rows.push({
      section: "core",
      name: `parse target phrases, fresh, source through tsx (${what})`,
      value: N / (tFresh.wall / 1000),
      unit: "phrases/s",
      runs: 5,
      note: `goal ≥ 100,000/s; ${pool.dropped} derived copies dropped because their rule kind changed; ${cpuRate(N, tFresh.cpu, "/s")}`,
    });
    rows.push({
      section: "core",
      name: `parse target phrases, fresh, bundled as shipped (the same phrases; core/rule/parse.ts by esbuild, ${Math.round(bundled.bytes / 1024)} KB)`,
      value: N / (tBundled.wall / 1000),
      unit: "phrases/s",
      runs: 5,
      note: `goal ≥ 100,000/s; ${cpuRate(N, tBundled.cpu, "/s")}; ${(tFresh.cpu / tBundled.cpu).toFixed(2)}× the tsx row by CPU time, rounds alternating`,
    });
  } finally {
    bundled.done();
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
  // Every rule kind the real phrases read to, each with figures typed as clerks type them.
  const mixed: Array<[Rule, CellValue]> = [];
  for (const p of realPhrases()) {
    const r = parseTarget(p);
    if (r.ok) for (const a of typedFigures(r.rule.kind)) mixed.push([r.rule, a]);
  }
  const kinds = new Set(mixed.map(([r]) => r.kind)).size;
  const KM = 500_000;
  let sink = 0;
  const tMixed = await timeMedianCpu(() => {
    for (let i = 0; i < KM; i++) {
      const [rule, a] = mixed[i % mixed.length];
      sink += judge(rule, a, { baseline: 0.5, reference: 0.6, asOf: "2025-05-31" }).status.length;
    }
  }, 5);
  rows.push({ section: "core", name: `verdicts on a realistic mix: ${kinds} rule kinds, figures typed as clerks type them ("64,9%", "13/28", "chưa có", blanks, dates; ${mixed.length.toLocaleString("en-US")} pairs)`, value: KM / (tMixed.wall / 1000), unit: "verdicts/s", runs: 5, note: cpuRate(KM, tMixed.cpu, "/s") });

  const K = 2_000_000;
  const actuals = Array.from({ length: 1024 }, (_, i) => (i % 2 ? i / 1024 : (i % 120) + 0.5));
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
  for (const named of [true, false]) {
    const s = formulaSizes(named);
    rows.push({
      section: "core",
      name: `status formula size, median (${named ? ".xlsx (the CLI): word lists by defined name" : "Excel add-in and Google Sheets: word lists inline"}; ${s.count} formulas of the bundled plans' targets)`,
      value: s.median,
      unit: "bytes",
      runs: 1,
      note: `p90 ${s.p90}, max ${s.max} (${s.maxKind}); ${s.localeSensitive} with a decimal or exponent literal; goal ≤ 300 typical`,
    });
  }
  if (sink < 0) console.log(sink);
}
