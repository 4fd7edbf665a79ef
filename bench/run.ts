// `npm run bench`: every figure the project stands behind, as a table and in bench/results.json.
import os from "node:os";
import { existsSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, printTable, type Row } from "./harness";
import { benchCore } from "./core";
import { benchSheet } from "./sheet";
import { benchXlsx } from "./xlsx";
import { benchHosts } from "./hosts";
import { benchBundles } from "./bundles";
import { benchCli } from "./cli";
import { benchPairs } from "./check-speed";

const here = dirname(fileURLToPath(import.meta.url));

const SECTIONS: Record<string, (rows: Row[]) => Promise<void>> = {
  core: benchCore,
  sheet: benchSheet,
  xlsx: benchXlsx,
  hosts: benchHosts,
  bundles: benchBundles,
  cli: benchCli,
  pairs: benchPairs,
};
/** Sections run only when named: `pairs` compares this tree with the commit it left main at (bench/check-speed.ts). */
const ON_REQUEST = new Set(["pairs"]);

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => !(n in SECTIONS));
  if (unknown.length) {
    console.error(`Không có phần / unknown section: ${unknown.join(", ")}. Có / available: ${Object.keys(SECTIONS).join(", ")}`);
    process.exitCode = 2;
    return;
  }
  const rows: Row[] = [];
  const m = machine();
  console.log(`Máy / machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, load ${m.load} at start, ${m.date}`);
  // Each section's own machine line, with the load when it started and ended: the load at the bench's start says
  // nothing of a section run an hour later (a "quiet" run's cli section once had Node's own start-up at 6× its idle time).
  const ran: Record<string, Record<string, string | number>> = {};
  const load = () => Math.round(os.loadavg()[0] * 10) / 10;
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only.length ? !only.includes(name) : ON_REQUEST.has(name)) continue;
    const before = rows.length;
    const t0 = performance.now();
    const at = { ...machine() };
    process.stderr.write(`bench: ${name}… (load ${at.load})\n`);
    try {
      await run(rows);
    } catch (e) {
      rows.push({ section: name, name: `FAILED: ${e instanceof Error ? e.message : String(e)}`, value: NaN, unit: "", runs: 0 });
    }
    ran[name] = { ...at, loadAtEnd: load() };
    process.stderr.write(`bench: ${name} done, ${rows.length - before} figures in ${Math.round((performance.now() - t0) / 1000)} s (load ${ran[name].loadAtEnd})\n`);
  }
  // One table: every figure of this run, section by section.
  console.log(printTable(rows));
  const out = join(here, "results.json");
  const tmp = `${out}.tmp`;
  // A run of some sections replaces only their rows; the others keep the figures (and machine line) they were measured with.
  let kept: Array<{ machine: unknown; rows: Row[] }> = [];
  if (only.length && existsSync(out)) {
    try {
      const old = JSON.parse(readFileSync(out, "utf8")) as { machine: unknown; rows: Row[]; sections?: Record<string, { machine: unknown; rows: Row[] }> };
      const bySection = old.sections ?? {};
      kept = Object.entries(bySection).filter(([name]) => !only.includes(name)).map(([, v]) => v);
    } catch {
      kept = [];
    }
  }
  const sections: Record<string, { machine: unknown; rows: Row[] }> = {};
  for (const k of kept) for (const r of k.rows) (sections[r.section] ??= { machine: k.machine, rows: [] }).rows.push(r);
  for (const r of rows) (sections[r.section] ??= { machine: ran[r.section] ?? m, rows: [] }).rows.push(r);
  const ordered: typeof sections = {};
  for (const name of Object.keys(SECTIONS)) if (sections[name]) ordered[name] = sections[name];
  writeFileSync(tmp, JSON.stringify({ machine: m, rows: Object.values(ordered).flatMap((s) => s.rows), sections: ordered }, null, 2) + "\n");
  renameSync(tmp, out);
  console.log(`Đã ghi / written: ${out}`);
}

await main();
