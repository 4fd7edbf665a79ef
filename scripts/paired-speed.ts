// Before/after speed of the parser and the judge in one process, on the bench's phrases, for a busy shared machine.
// Usage (BASE is any commit to compare with, e.g. the merge base of a speed branch):
//   rm -rf .tmp/base && mkdir -p .tmp/base && git archive BASE core | tar -x -C .tmp/base
//   npx tsx scripts/paired-speed.ts [rounds=9] [--now-first]
// Run it in both load orders (without and with --now-first): in one process the version loaded first has been seen to
// run several per cent faster than an identical copy loaded second, so one order alone can over- or understate a change.
// Both versions run the same phrase pool (bench/core.ts phrasePool: the "parse target phrases, fresh" figure) and the
// same rules and figures, in alternating rounds after a warm-up, timed by the process's CPU time (on a loaded machine
// wall time mostly measures the wait for a core); the medians and their ratio are printed with the load average.
// The timings are for people: no test reads them (see bench/README.md).
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { phrasePool, realPhrases, typedFigures } from "../bench/core";
import type { CellValue } from "../core/types";

type Parse = (text: string) => { ok: boolean; rule?: { kind: string } };
type Judge = (rule: unknown, actual: CellValue, opts?: object) => { status: string };
interface Version {
  parseTarget: Parse;
  judge: Judge;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** CPU milliseconds of one call of `f`. */
function cpu(f: () => void): number {
  const a = process.cpuUsage();
  f();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
}

async function load(dir: string): Promise<Version> {
  const parse = await import(`${dir}/core/rule/parse.ts`);
  const evaluate = await import(`${dir}/core/rule/evaluate.ts`);
  return { parseTarget: parse.parseTarget, judge: evaluate.judge };
}

async function main(): Promise<void> {
  const baseDir = fileURLToPath(new URL("../.tmp/base", import.meta.url));
  if (!existsSync(`${baseDir}/core/rule/parse.ts`)) {
    console.error("Không thấy .tmp/base/core: chạy `git archive BASE core | tar -x -C .tmp/base` trước (see the usage at the top)");
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const nowFirst = args.includes("--now-first");
  const rounds = Number(args.find((a) => !a.startsWith("--")) ?? 9);
  // (Which version is loaded first can tilt the ratio: see the usage above.)
  const nowDir = fileURLToPath(new URL("..", import.meta.url));
  const first = await load(nowFirst ? nowDir : baseDir);
  const second = await load(nowFirst ? baseDir : nowDir);
  const [base, now] = nowFirst ? [second, first] : [first, second];
  const pool = phrasePool(10_000).phrases;
  const real = realPhrases();
  const numeric = ["compare", "range", "fraction", "level", "rank", "zero"];
  const actuals = Array.from({ length: 1024 }, (_, i) => (i % 2 ? i / 1024 : (i % 120) + 0.5));
  // Each version judges its own parse of the same phrases.
  const sets = [base, now].map((v) => {
    const rules: unknown[] = [];
    const mix: Array<[unknown, CellValue]> = [];
    for (const p of real) {
      const r = v.parseTarget(p);
      if (!r.ok || !r.rule) continue;
      if (numeric.includes(r.rule.kind)) rules.push(r.rule);
      for (const a of typedFigures(r.rule.kind)) mix.push([r.rule, a]);
    }
    return { rules, mix };
  });
  let sink = 0;
  const K = 1_000_000;
  const KM = 200_000;
  const opts = { baseline: 0.5, reference: 0.6, asOf: "2025-05-31" };
  const tasks: Array<[string, number, string, (v: Version, k: number) => () => void]> = [
    ["parse target phrases, fresh", pool.length, "phrases/s", (v) => () => {
      for (const p of pool) sink += v.parseTarget(p).ok ? 1 : 0;
    }],
    ["verdicts on pre-parsed rules, numeric actuals", K, "verdicts/s", (v, k) => () => {
      const rules = sets[k].rules;
      for (let i = 0; i < K; i++) sink += v.judge(rules[i % rules.length], actuals[i & 1023]).status.length;
    }],
    ["verdicts on a realistic mix of typed figures", KM, "verdicts/s", (v, k) => () => {
      const mix = sets[k].mix;
      for (let i = 0; i < KM; i++) sink += v.judge(mix[i % mix.length][0], mix[i % mix.length][1], opts).status.length;
    }],
  ];
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}; ${rounds} alternating rounds after a warm-up, CPU time; ${nowFirst ? "after" : "before"} loaded first`);
  for (const [name, n, unit, make] of tasks) {
    const b = make(base, 0);
    const a = make(now, 1);
    b();
    a();
    const tb: number[] = [];
    const ta: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2) {
        ta.push(cpu(a));
        tb.push(cpu(b));
      } else {
        tb.push(cpu(b));
        ta.push(cpu(a));
      }
    }
    const rate = (ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en-US");
    console.log(`${name}: before ${rate(median(tb))} ${unit}, after ${rate(median(ta))} ${unit}, ${(median(tb) / median(ta)).toFixed(2)}×`);
  }
  if (sink < 0) console.log(sink);
}

void main();
