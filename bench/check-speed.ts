// `chitieu check` as a whole process, this tree's build against another commit's, in paired runs (a shared machine):
//   npx tsx bench/check-speed.ts [--against <commit>] [--pairs N] [--cells 100000,1000]
// Each pair runs both built CLIs (scripts/build-cli.mjs, as `npm pack` ships them) on the bench's list
// (bench/grids.ts, the same file `npm run bench -- cli` times against LibreOffice's IF column), the order flipping
// every pair. Prints the medians of wall and CPU time (user + system of the child, /proc/self/stat) for each tree and
// the median of the paired CPU and wall ratios (this tree over that one). Not part of `npm run bench`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import os from "node:os";
import { getBundledPlan } from "../core/plan/bundled";
import { forkPoint, twoClis } from "./against";
import { childCpuMs, median, ROOT } from "./harness";
import { gridWorkbook } from "./workbooks";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const against = opt("--against", forkPoint());
const pairs = Number(opt("--pairs", "7"));
const sizes = opt("--cells", "100000,1000").split(",").map(Number);

const plan = getBundledPlan("hai-an-2024-2025")!;
const clis = await twoClis(against);
const names = ["this", against];

function once(entry: string, input: string): { wall: number; cpu: number } {
  const c0 = childCpuMs()!;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [entry, "check", input, "-o", join(ROOT, ".tmp", "check-speed-out.xlsx"), "--plan", plan.id], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${entry} exited ${r.status}: ${r.stderr.trim().split("\n").slice(-2).join(" | ")}`);
  return { wall, cpu: childCpuMs()! - c0 };
}

for (const cells of sizes) {
  const input = await gridWorkbook(plan, "list", cells);
  for (const e of clis) once(e, input); // warm-up: file cache
  const got: Array<{ wall: number[]; cpu: number[] }> = clis.map(() => ({ wall: [], cpu: [] }));
  const loads: number[] = [];
  for (let p = 0; p < pairs; p++) {
    const order = p % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const r = once(clis[i], input);
      got[i].wall.push(r.wall);
      got[i].cpu.push(r.cpu);
    }
    loads.push(os.loadavg()[0]);
  }
  console.log(`list of ${cells.toLocaleString("en-US")} cells, ${pairs} pairs, load ${median(loads).toFixed(1)} on ${os.cpus().length} cores`);
  got.forEach((g, i) => console.log(`  ${names[i].padEnd(12)} wall ${Math.round(median(g.wall))} ms  CPU ${Math.round(median(g.cpu))} ms   (CPU runs ${g.cpu.join(" ")})`));
  const ratio = (k: "wall" | "cpu") => median(got[0][k].map((v, j) => v / got[1][k][j])).toFixed(3);
  console.log(`  paired ratio this/${against}: wall ${ratio("wall")}, CPU ${ratio("cpu")}`);
}
