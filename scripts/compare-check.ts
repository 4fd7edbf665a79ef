// Whether this tree's `chitieu check` writes what another commit's writes, on the bench's lists and every layout book:
//   npx tsx scripts/compare-check.ts [--against <commit>] [--sets all|dev,holdout2] [--bench 100000,1000]
// Both CLIs are built as shipped (bench/against.ts) and run on the same inputs with the same arguments: each layout as
// scripts/score-layouts.ts runs it (--json --as-of <its date> --no-report [--plan]) and once more with the report
// sheet (no --json, --lang en); the bench's lists (bench/grids.ts) with the Hải An plan. Exit code, stdout and stderr
// must be equal, and the output package entry by entry: the same names in the same order, the same compression method,
// CRC, sizes, and the same inflated bytes (only the DOS date and time of entries the writer makes may differ, and the
// deflated bytes where the same text compresses otherwise). Prints each difference and ends with a count; exits 1 when
// any. Sets still fresh (FRESH_SETS) are never run.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { forkPoint, twoClis } from "../bench/against";
import { ROOT } from "../bench/harness";
import { gridWorkbook } from "../bench/workbooks";
import { getBundledPlan } from "../core/plan/bundled";
import { ZipReader } from "../cli/xlsx/ooxml/zip";
import { runNode, type NodeRun } from "../test/helpers/run-node";
import { FRESH_SETS, SETS, loadLayouts, type LayoutSet } from "../test/layouts/layouts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const against = opt("--against", forkPoint());
const setsArg = opt("--sets", "all");
const benchSizes = opt("--bench", "100000,1000").split(",").filter(Boolean).map(Number);

type Run = NodeRun;
const run = (entry: string, argv: string[]) => runNode([entry, ...argv], { cwd: ROOT, env: { NO_COLOR: "1" } });

/** The differences between two output packages, entry by entry (empty when equal). */
export function packageDiff(a: Buffer, b: Buffer): string[] {
  const za = new ZipReader(a);
  const zb = new ZipReader(b);
  const out: string[] = [];
  if (za.order.join("\n") !== zb.order.join("\n")) out.push(`entries differ: ${za.order.join(",")} vs ${zb.order.join(",")}`);
  for (const name of za.order) {
    const ea = za.entries.get(name)!;
    const eb = zb.entries.get(name);
    if (!eb) continue;
    for (const k of ["method", "crc", "size"] as const) if (ea[k] !== eb[k]) out.push(`${name}: ${k} ${ea[k]} vs ${eb[k]}`);
    const ia = za.bytes(name);
    const ib = zb.bytes(name);
    if (!ia.equals(ib)) {
      let i = 0;
      while (i < ia.length && ia[i] === ib[i]) i++;
      out.push(`${name}: content differs at byte ${i}: …${ia.subarray(Math.max(0, i - 60), i + 60).toString("utf8")}… vs …${ib.subarray(Math.max(0, i - 60), i + 60).toString("utf8")}…`);
    }
  }
  return out;
}

const [mine, theirs] = await twoClis(against);
const work = join(ROOT, ".tmp", "compare-check");
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "a"), { recursive: true });
mkdirSync(join(work, "b"), { recursive: true });

const cases: Array<{ label: string; argv: (out: string) => string[] }> = [];
const plan = getBundledPlan("hai-an-2024-2025")!;
for (const cells of benchSizes) {
  const input = await gridWorkbook(plan, "list", cells);
  cases.push({ label: `bench list ${cells}`, argv: (o) => ["check", input, "-o", o, "--plan", plan.id, "--as-of", "2025-06-30"] });
}
const sets = (setsArg === "all" ? SETS : (setsArg.split(",") as LayoutSet[])).filter((s) => !FRESH_SETS.has(s));
for (const set of sets) {
  for (const l of loadLayouts(set)) {
    const base = ["check", l.xlsx, "--as-of", l.facts.asOf, ...(l.plan ? ["--plan", l.plan] : [])];
    cases.push({ label: `${set}/${l.id} (json)`, argv: (o) => [...base, "--json", "--no-report", "-o", o] });
    cases.push({ label: `${set}/${l.id} (report, en)`, argv: (o) => [...base, "--lang", "en", "-o", o] });
  }
}

let differing = 0;
let i = 0;
const next = async (): Promise<void> => {
  while (i < cases.length) {
    const k = i++;
    const c = cases[k];
    const oa = join(work, "a", `${k}.xlsx`);
    const ob = join(work, "b", `${k}.xlsx`);
    // The output's path is in the summary and the JSON: each side's folder is one word there.
    const same = (r: Run, side: string): Run => ({ ...r, stdout: r.stdout.split(join(work, side)).join("OUT"), stderr: r.stderr.split(join(work, side)).join("OUT") });
    const [ra, rb] = [same(await run(mine, c.argv(oa)), "a"), same(await run(theirs, c.argv(ob)), "b")];
    const diffs: string[] = [];
    if (ra.code !== rb.code) diffs.push(`exit ${ra.code} vs ${rb.code}`);
    if (ra.stdout !== rb.stdout) {
      let j = 0;
      while (j < ra.stdout.length && ra.stdout[j] === rb.stdout[j]) j++;
      diffs.push(`stdout differs at ${j}: …${ra.stdout.slice(Math.max(0, j - 60), j + 60)}… vs …${rb.stdout.slice(Math.max(0, j - 60), j + 60)}…`);
    }
    if (ra.stderr !== rb.stderr) diffs.push(`stderr differs: ${ra.stderr.slice(0, 200)} vs ${rb.stderr.slice(0, 200)}`);
    const ha = existsSync(oa);
    const hb = existsSync(ob);
    if (ha !== hb) diffs.push(`output written: ${ha} vs ${hb}`);
    else if (ha) diffs.push(...packageDiff(readFileSync(oa), readFileSync(ob)));
    rmSync(oa, { force: true });
    rmSync(ob, { force: true });
    if (diffs.length > 0) {
      differing++;
      console.log(`✗ ${c.label}\n  ${diffs.join("\n  ")}`);
    }
  }
};
await Promise.all([next(), next()]);
console.log(`${cases.length} runs compared (this tree against ${against}): ${differing} differ`);
process.exit(differing > 0 ? 1 : 0);
