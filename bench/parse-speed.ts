// The target reader's speed, cold and fresh, by CPU time, as paired runs of separate processes (shared machines):
//   npx tsx bench/parse-speed.ts [--against <commit>] [--pairs N]
// cold: a new process imports the bundled parser (core/rule/parse.ts, the CLI's esbuild settings) and reads 110
// distinct real phrases once each (what a small `chitieu check` pays before V8 has optimised anything); import
// CPU given apart. fresh: after 2,000 phrases of warm-up, the median of 5 passes over bench/core.ts's 10,000
// distinct phrases (phrasePool). With --against, the same figures for a commit's tree (git archive into a temporary
// folder), runs alternating, and the median of the paired ratios (this tree over that one).
import { execFileSync, execSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { median, ROOT } from "./harness";
import { phrasePool } from "./core";

const CHILD = `
import { readFileSync } from "node:fs";
const [, , bundle, phrases, mode, off] = process.argv;
const pool = JSON.parse(readFileSync(phrases, "utf8"));
const cpu = (c) => (c.user + c.system) / 1000;
let c0 = process.cpuUsage();
const { parseTarget } = await import(bundle);
const imp = cpu(process.cpuUsage(c0));
if (mode === "cold") {
  c0 = process.cpuUsage();
  for (const p of pool.slice(+off, +off + 110)) parseTarget(p);
  console.log(JSON.stringify({ imp, ms: cpu(process.cpuUsage(c0)) }));
} else {
  for (const p of pool.slice(0, 2000)) parseTarget(p);
  const t = [];
  for (let r = 0; r < 5; r++) { c0 = process.cpuUsage(); for (const p of pool) parseTarget(p); t.push(cpu(process.cpuUsage(c0))); }
  t.sort((a, b) => a - b);
  console.log(JSON.stringify({ imp, ms: t[2] }));
}
`;

async function bundle(root: string, out: string): Promise<string> {
  await build({ absWorkingDir: root, entryPoints: [join(root, "core", "rule", "parse.ts")], outfile: out, bundle: true, format: "esm", platform: "node", target: "node20", minifyWhitespace: true, minifySyntax: true, charset: "utf8", logLevel: "error" });
  return out;
}

const args = process.argv.slice(2);
const against = args.includes("--against") ? args[args.indexOf("--against") + 1] : null;
const pairs = args.includes("--pairs") ? Number(args[args.indexOf("--pairs") + 1]) : 8;
const dir = mkdtempSync(join(tmpdir(), "chitieu-parse-speed-"));
try {
  const phrases = join(dir, "phrases.json");
  writeFileSync(phrases, JSON.stringify(phrasePool(10_000).phrases));
  const child = join(dir, "child.mjs");
  writeFileSync(child, CHILD);
  const trees: Array<[string, string]> = [["this tree", await bundle(ROOT, join(dir, "here.mjs"))]];
  if (against) {
    const other = join(dir, "other");
    execSync(`mkdir -p "${other}" && git -C "${ROOT}" archive ${against} | tar -x -C "${other}"`);
    symlinkSync(join(ROOT, "node_modules"), join(other, "node_modules"));
    trees.push([against, await bundle(other, join(dir, "other.mjs"))]);
  }
  for (const mode of ["cold", "fresh"]) {
    const got = trees.map(() => ({ ms: [] as number[], imp: [] as number[] }));
    for (let k = 0; k < pairs; k++) {
      const order = trees.map((_, i) => i);
      if (k % 2) order.reverse();
      for (const i of order) {
        const r = JSON.parse(execFileSync(process.execPath, [child, trees[i][1], phrases, mode, String((k % 8) * 110)], { encoding: "utf8" }));
        got[i].ms.push(r.ms);
        got[i].imp.push(r.imp);
      }
    }
    trees.forEach(([name], i) => {
      const ms = median(got[i].ms);
      const what = mode === "cold" ? `${(ms / 110 * 1000).toFixed(0)} µs a phrase over the first 110` : `${Math.round(10000 / ms * 1000).toLocaleString("en-US")} phrases/s fresh`;
      console.log(`${mode} ${name}: ${ms.toFixed(1)} ms CPU (${what}); import ${median(got[i].imp).toFixed(1)} ms`);
    });
    if (against) console.log(`${mode} paired ratio this/${against}: ${median(got[0].ms.map((v, k) => v / got[1].ms[k])).toFixed(3)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
