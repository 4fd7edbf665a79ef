// `npm run bench`: every figure the project stands behind, as a table and in bench/results.json.
import { writeFileSync, renameSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, printTable, type Row } from "./harness";
import { benchCore } from "./core";

const here = dirname(fileURLToPath(import.meta.url));

const SECTIONS: Record<string, (rows: Row[]) => Promise<void>> = {
  core: benchCore,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  const m = machine();
  console.log(`Máy / machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`);
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only.length && !only.includes(name)) continue;
    const before = rows.length;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      await run(rows);
    } catch (e) {
      rows.push({ section: name, name: `FAILED: ${e instanceof Error ? e.message : String(e)}`, value: NaN, unit: "", runs: 0 });
    }
    console.log(printTable(rows.slice(before)) + "\n");
  }
  const out = join(here, "results.json");
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, JSON.stringify({ machine: m, rows }, null, 2) + "\n");
  renameSync(tmp, out);
  console.log(`Đã ghi / written: ${out}`);
}

await main();
