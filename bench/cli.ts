// CLI cold start: the installed command (the esbuild bundle) as whole processes, against the TypeScript source through tsx.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";
import { buildCli } from "../scripts/build-cli.mjs";
import { getBundledPlan } from "../core/plan/bundled";
import { libreOfficeAvailable, recalculateToCsv } from "../test/helpers/libreoffice";
import { childCpuMs, median, ROOT, type Row } from "./harness";
import { gridWorkbook, ifColumnWorkbook } from "./workbooks";

/** Cells of the list both whole-process runs below work on, and how many runs each. */
const VERSUS_CELLS = 100_000;
const VERSUS_RUNS = 3;

const RUNS = 11;

/** Median wall milliseconds of `node <args>` run to completion, after one warm-up run (file cache). */
function processTime(args: string[]): { wall: number; code: number | null } {
  const walls: number[] = [];
  let code: number | null = null;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    code = r.status;
    if (i === 0) continue;
    walls.push(wall);
  }
  return { wall: median(walls), code };
}

/**
 * Builds the CLI into a scratch folder of the repository with the package's own build, then times whole `chitieu` processes from
 * spawn to exit (Node's own start-up included, as a user waits for it): `--version` (the dispatcher alone), `eval`
 * (one verdict: core and zod load), `plan list` (the bundled plans); the same through tsx for comparison. Goal: the
 * built command starts in under 300 ms.
 */
export async function benchCli(rows: Row[]): Promise<void> {
  // Inside the repository, so the bundle's imports of its runtime dependencies resolve to node_modules as installed.
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const tmp = mkdtempSync(join(ROOT, ".tmp", "bench-cli-"));
  try {
    const built = await buildCli({ outDir: join(tmp, "cli") });
    rows.push({ section: "cli", name: "bundle size (all chunks)", value: built.bytes, unit: "bytes", runs: 1, note: `runtime dependencies: ${built.imports.join(", ")}` });
    const cases: Array<[string, string[]]> = [
      ["--version", ["--version"]],
      ["eval one figure", ["eval", "ít nhất 65%", "64,9%"]],
      ["plan list", ["plan", "list"]],
    ];
    for (const [name, args] of cases) {
      const b = processTime([built.entry, ...args]);
      if (b.code !== 0) throw new Error(`chitieu ${name} exited ${b.code}`);
      rows.push({ section: "cli", name: `cold start, built: chitieu ${name}`, value: b.wall, unit: "ms", runs: RUNS, note: "goal < 300 ms" });
    }
    const src = processTime([join(ROOT, "cli", "bin.mjs"), "--version"]);
    rows.push({ section: "cli", name: "cold start, source through tsx: chitieu --version", value: src.wall, unit: "ms", runs: RUNS, note: "what every run cost before the bundle" });
    const bare = processTime(["-e", "0"]);
    rows.push({ section: "cli", name: "node -e 0 (Node's own start-up, for reference)", value: bare.wall, unit: "ms", runs: RUNS });

    // What a user would do instead of the tool: a hand-written IF column recalculated by LibreOffice, on the same
    // list. Both are whole processes from spawn to exit (soffice's and Node's start-up included).
    const plan = getBundledPlan("hai-an-2024-2025")!;
    const input = await gridWorkbook(plan, "list", VERSUS_CELLS);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < VERSUS_RUNS; i++) {
      const c0 = childCpuMs();
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [built.entry, "check", input, "-o", join(tmp, "checked.xlsx"), "--plan", plan.id], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
      walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c1 = childCpuMs();
      if (c0 !== null && c1 !== null) cpus.push(c1 - c0);
      if (r.status !== 0) throw new Error(`chitieu check exited ${r.status}: ${r.stderr.trim().split("\n").slice(-2).join(" | ")}`);
    }
    const cli = median(walls);
    const cliCpu = cpus.length > 0 ? median(cpus) : null;
    // Load now, not at the bench's start: a whole process's wall time is mostly waiting for a core on a busy machine.
    const busy = () => `load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;
    const cpuNote = (ms: number | null) => (ms === null ? "" : `; CPU ${Math.round(ms).toLocaleString("en-US")} ms (user + system, children included)`);
    rows.push({ section: "cli", name: `chitieu check, 100,000-cell list, whole process (built)`, value: cli, unit: "ms", runs: VERSUS_RUNS, note: `read, check, status formulas, report sheet, save${cpuNote(cliCpu)}; ${busy()}` });
    if (libreOfficeAvailable()) {
      const ifBook = await ifColumnWorkbook(plan, VERSUS_CELLS);
      const los: number[] = [];
      const loCpus: number[] = [];
      for (let i = 0; i < VERSUS_RUNS; i++) {
        const c0 = childCpuMs();
        los.push((await recalculateToCsv(ifBook.path, { timeoutMs: 15 * 60_000 })).ms);
        const c1 = childCpuMs();
        if (c0 !== null && c1 !== null) loCpus.push(c1 - c0);
      }
      const lo = median(los);
      const loCpu = loCpus.length > 0 ? median(loCpus) : null;
      rows.push({ section: "cli", name: `LibreOffice headless recalculating a hand-written IF column on the same list, whole process`, value: lo, unit: "ms", runs: VERSUS_RUNS, note: `${ifBook.formulas.toLocaleString("en-US")} IF formulas; open, recalculate (forced), export${cpuNote(loCpu)}; ${busy()}` });
      const byCpu = cliCpu !== null && loCpu !== null ? `; by CPU time ${(loCpu / cliCpu).toFixed(2)}× (soffice may use both cores)` : "";
      rows.push({ section: "cli", name: "ratio LibreOffice IF column / chitieu check", value: lo / cli, unit: "×", runs: VERSUS_RUNS, note: `goal ≥ 3× (the tool faster)${byCpu}` });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
