// Before/after speed of `chitieu check` on .xlsx, for a busy shared machine: the stages in fresh processes and the
// built CLI as a whole process, the two versions alternating round by round and timed by CPU time.
// Usage (BASE is any commit to compare with, e.g. the merge base of a speed branch):
//   rm -rf .tmp/base && mkdir -p .tmp/base && git archive BASE | tar -x -C .tmp/base
//   npx tsx scripts/paired-check.ts [rounds=7] [list|matrix …]
// Each round runs, for each version in turn (which goes first alternates): one process reading the bench's 100k-cell
// book, checking it with core (checkSheet), planning the status block (planStatusColumn) and patching and saving the
// package, with the CPU time of each stage; then `chitieu check` from each version's own built bundle. The medians,
// their ratios and the load average are printed. Timings are for people: no test reads them (see bench/README.md).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { getBundledPlan } from "../core/plan";
import { gridWorkbook } from "../bench/workbooks";

const ROOT = resolve(import.meta.dirname, "..");
const BASE = join(ROOT, ".tmp", "base");
const STAGES = ["read", "check", "plan", "save"] as const;

/** One process's stages, written into each tree so each measures its own code. */
const STAGE_SCRIPT = `
import { getBundledPlan } from "../../core/plan";
import { checkSheet } from "../../core/sheet/check";
import { planStatusColumn } from "../../core/sheet/status";
import { openWorkbook, readSheets } from "../../cli/xlsx/read";
import { WorkbookWriter } from "../../cli/xlsx/ooxml/writer";
import { patchFromEdits, ownedOf, notesOf } from "../../cli/xlsx/write";
import { blockCached } from "../../cli/xlsx/host";
const plan = getBundledPlan("hai-an-2024-2025")!;
const [file, out] = process.argv.slice(2);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t: Record<string, number> = {};
let c0 = cpu();
const lap = (name: string) => { const c = cpu(); t[name] = c - c0; c0 = c; };
const book = await openWorkbook(file);
const [sheet] = readSheets(book);
lap("read");
const res = checkSheet(sheet, plan, { asOf: "2025-05-31", tolerance: 0 });
lap("check");
if (!res.ok) throw new Error("check failed");
const planned = planStatusColumn(sheet, res, { lang: "vi", tolerance: 0, insertAtActual: false, names: true, liveExplanations: true, asOf: "2025-05-31" });
lap("plan");
if (!planned.ok) throw new Error("no room");
const e = planned.edits;
const w = WorkbookWriter.patching(book.book);
w.patchSheet(e.sheet, patchFromEdits(e, blockCached(e)), { owned: ownedOf(e), notes: notesOf(e), clearNotes: e.clearNotes ?? [], names: e.names ?? [] });
w.save(out);
lap("save");
process.stdout.write(JSON.stringify(t) + "\\n");
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Bundles the stage script and builds the CLI of one tree (once per run of this script). */
function prepare(tree: string): { stages: string; cli: string } {
  const dir = join(tree, ".tmp", "paired");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(tree, "node_modules"))) symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"));
  writeFileSync(join(dir, "stages.ts"), STAGE_SCRIPT);
  const stages = join(dir, "stages.mjs");
  buildSync({ entryPoints: [join(dir, "stages.ts")], bundle: true, platform: "node", format: "esm", outfile: stages, logLevel: "error", external: ["zod"], absWorkingDir: tree });
  const cliDir = join(dir, "cli");
  execFileSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(join(tree, "scripts", "build-cli.mjs"))}); await m.buildCli({ outDir: ${JSON.stringify(cliDir)} });`], { cwd: tree, stdio: ["ignore", "ignore", "inherit"] });
  return { stages, cli: join(cliDir, "chitieu.mjs") };
}

/** CPU milliseconds (user + system) of a whole child process, from its resource usage. */
function wholeProcess(args: string[]): number {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...args], { encoding: "utf8" });
  const line = r.stderr.trim().split("\n").pop() ?? "";
  const [u, s] = line.split(" ").map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr.slice(-300)}`);
  return (u + s) * 1000;
}

async function main(): Promise<void> {
  if (!existsSync(join(BASE, "core"))) {
    console.error("Không thấy .tmp/base: chạy `git archive BASE | tar -x -C .tmp/base` trước (see the usage at the top)");
    process.exit(2);
  }
  const rounds = Number(process.argv[2] ?? 7);
  const shapes = process.argv.slice(3).filter((s) => s === "list" || s === "matrix") as Array<"list" | "matrix">;
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const versions = { base: prepare(BASE), now: prepare(ROOT) };
  const out = join(tmpdir(), `paired-check-${process.pid}.xlsx`);
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  for (const shape of shapes.length ? shapes : (["list", "matrix"] as const)) {
    const input = await gridWorkbook(plan, shape, 100_000);
    const got: Record<string, Record<string, number[]>> = { base: {}, now: {} };
    for (let k = 0; k < rounds; k++) {
      const order = k % 2 === 0 ? (["base", "now"] as const) : (["now", "base"] as const);
      for (const v of order) {
        const r = spawnSync(process.execPath, [versions[v].stages, input, out], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`${v} stages failed: ${r.stderr.slice(-500)}`);
        const t = JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number>;
        for (const s of STAGES) (got[v][s] ??= []).push(t[s]);
        (got[v]["read→save"] ??= []).push(STAGES.reduce((n, s) => n + t[s], 0));
        (got[v]["chitieu check (whole process)"] ??= []).push(wholeProcess([versions[v].cli, "check", input, "--plan", "hai-an-2024-2025", "--as-of", "2025-05-31", "-o", out, "--overwrite"]));
      }
    }
    console.log(`\n${shape} 100k cells, ${rounds} rounds, CPU ms (median base → now, ratio now/base):`);
    for (const s of Object.keys(got.base)) {
      const a = median(got.base[s]);
      const b = median(got.now[s]);
      console.log(`  ${s.padEnd(30)} ${a.toFixed(0).padStart(6)} → ${b.toFixed(0).padStart(6)}   ${(b / a).toFixed(2)}×`);
    }
  }
  console.log(`\nload average at end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}

await main();
