// `chitieu check` as a whole process, this tree's build against another commit's, in paired runs (a shared machine):
//   npx tsx bench/check-speed.ts [--against <commit>] [--pairs N] [--cells 100000,1000] [--shape list|matrix] [--stages]
//   npm run bench -- pairs        (the same with the defaults, its rows in bench/results.json; run only when named)
// Each pair runs both built CLIs (scripts/build-cli.mjs, as `npm pack` ships them; bench/against.ts) on the bench's
// sheet (bench/grids.ts, the list `npm run bench -- cli` times against LibreOffice's IF column, or the school ×
// indicator matrix), the order flipping every pair. With --stages each pair also runs, for each tree, one process
// timing the stages of a check in that tree's own code (read, core check, planning the status block, patching and
// saving) by CPU time. Prints the medians of wall and CPU time (user + system of the child, /proc/self/stat) for each
// tree and the median of the paired ratios (this tree over that one), with the load average.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { getBundledPlan } from "../core/plan/bundled";
import { forkPoint, treeOf, twoClis } from "./against";
import { childCpuMs, median, ROOT, type Row } from "./harness";
import { gridWorkbook } from "./workbooks";

/** One process's stages, bundled from each tree so each measures its own code. */
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
const STAGES = ["read", "check", "plan", "save"] as const;

/** The stage script bundled from `tree` (its own core and cli), into tree/.tmp/check-stages. */
function stagesOf(tree: string): string {
  const dir = join(tree, ".tmp", "check-stages");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "stages.ts"), STAGE_SCRIPT);
  const out = join(dir, "stages.mjs");
  buildSync({ entryPoints: [join(dir, "stages.ts")], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error", external: ["zod"], absWorkingDir: tree });
  return out;
}

export interface SpeedOptions {
  against?: string;
  pairs?: number;
  cells?: number[];
  shape?: "list" | "matrix";
  stages?: boolean;
  /** Each line as it is measured (the command line prints them). */
  say?: (line: string) => void;
}

/**
 * Paired whole-process runs of both trees' `chitieu check` (and with `stages`, their stage timings), as bench rows:
 * for each size, each tree's median CPU and wall time and the paired CPU ratio, the load in the note.
 */
export async function checkSpeed(o: SpeedOptions = {}): Promise<Row[]> {
  const against = o.against ?? forkPoint();
  const pairs = o.pairs ?? 7;
  const shape = o.shape ?? "list";
  const say = o.say ?? (() => {});
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const clis = await twoClis(against);
  const stageScripts = o.stages ? [stagesOf(ROOT), stagesOf(treeOf(against))] : [];
  const names = ["this", against];
  const out = join(ROOT, ".tmp", "check-speed-out.xlsx");
  const rows: Row[] = [];

  const whole = (entry: string, input: string): { wall: number; cpu: number } => {
    const c0 = childCpuMs()!;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [entry, "check", input, "-o", out, "--plan", plan.id], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${entry} exited ${r.status}: ${r.stderr.trim().split("\n").slice(-2).join(" | ")}`);
    return { wall, cpu: childCpuMs()! - c0 };
  };
  const staged = (script: string, input: string): Record<string, number> => {
    const r = spawnSync(process.execPath, [script, input, out], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.slice(-500)}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number>;
  };

  for (const cells of o.cells ?? [100_000, 1000]) {
    const input = await gridWorkbook(plan, shape, cells);
    for (const e of clis) whole(e, input); // warm-up: file cache
    const got = clis.map(() => ({ wall: [] as number[], cpu: [] as number[], stages: {} as Record<string, number[]> }));
    const loads: number[] = [];
    for (let p = 0; p < pairs; p++) {
      for (const i of p % 2 === 0 ? [0, 1] : [1, 0]) {
        const r = whole(clis[i], input);
        got[i].wall.push(r.wall);
        got[i].cpu.push(r.cpu);
        if (o.stages) {
          const t = staged(stageScripts[i], input);
          for (const s of STAGES) (got[i].stages[s] ??= []).push(t[s]);
        }
      }
      loads.push(os.loadavg()[0]);
    }
    const load = `load ${median(loads).toFixed(1)} on ${os.cpus().length} cores`;
    const label = `${shape} of ${cells.toLocaleString("en-US")} cells`;
    say(`${label}, ${pairs} pairs, ${load}`);
    got.forEach((g, i) => {
      say(`  ${names[i].padEnd(12)} wall ${Math.round(median(g.wall))} ms  CPU ${Math.round(median(g.cpu))} ms   (CPU runs ${g.cpu.map(Math.round).join(" ")})`);
      rows.push({ section: "pairs", name: `chitieu check, ${label}, whole process: ${names[i]}`, value: median(g.cpu), unit: "ms CPU", runs: pairs, note: `wall ${Math.round(median(g.wall))} ms; ${load}` });
    });
    const ratio = (a: number[], b: number[]) => median(a.map((v, j) => v / b[j]));
    const cpuRatio = ratio(got[0].cpu, got[1].cpu);
    say(`  paired ratio this/${against}: wall ${ratio(got[0].wall, got[1].wall).toFixed(3)}, CPU ${cpuRatio.toFixed(3)}`);
    rows.push({ section: "pairs", name: `chitieu check, ${label}: paired CPU ratio this/${against}`, value: cpuRatio, unit: "×", runs: pairs, note: `wall ratio ${ratio(got[0].wall, got[1].wall).toFixed(3)}; ${load}` });
    if (o.stages) {
      say(`  stages, CPU ms (median ${against} → this, paired ratio):`);
      for (const s of STAGES) {
        const [a, b] = [got[1].stages[s], got[0].stages[s]];
        say(`    ${s.padEnd(6)} ${median(a).toFixed(0).padStart(6)} → ${median(b).toFixed(0).padStart(6)}   ${ratio(b, a).toFixed(3)}`);
        rows.push({ section: "pairs", name: `${label}, stage ${s}: paired CPU ratio this/${against}`, value: ratio(b, a), unit: "×", runs: pairs, note: `${Math.round(median(a))} → ${Math.round(median(b))} ms CPU; ${load}` });
      }
    }
  }
  return rows;
}

/** `npm run bench -- pairs`: against the fork point, the defaults. */
export async function benchPairs(rows: Row[]): Promise<void> {
  rows.push(...(await checkSpeed({ say: (l) => process.stderr.write(`${l}\n`) })));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const shape = opt("--shape");
  if (shape !== undefined && shape !== "list" && shape !== "matrix") throw new Error(`--shape list|matrix, not ${shape}`);
  await checkSpeed({
    against: opt("--against"),
    pairs: opt("--pairs") ? Number(opt("--pairs")) : undefined,
    cells: opt("--cells")?.split(",").map(Number),
    shape,
    stages: args.includes("--stages"),
    say: (l) => console.log(l),
  });
}
