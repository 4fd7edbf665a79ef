// .xlsx end to end: `chitieu check` vs a bare read of the same file, for lists and matrices of 10k/100k/1M cells with peak memory, and vs LibreOffice recalculating the checked book.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { getBundledPlan } from "../core/plan";
import { LIMITS } from "../cli/xlsx/read";
import { convert, libreOfficeAvailable, recalculateToCsv } from "../test/helpers/libreoffice";
import { gridSheet, writeBook } from "../test/helpers/xlsx";
import { CACHE_DIR, MB, median, runNode, type Row } from "./harness";
import { gridWorkbook, tallWorkbook } from "./workbooks";

const PLAN_ID = "hai-an-2024-2025";
const SIZES = [10_000, 100_000, 1_000_000];
/** Children per figure: each read or check runs in a fresh process, so one file's figures never warm another's. */
const RUNS_SMALL = 3;
const RUNS_BIG = 1;
const LO_RUNS = 2;
const TALL_ROWS = 1_000_000;

const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;
const mb = (n: number) => `${Math.round(MB(n)).toLocaleString("en-US")} MB`;

interface ReadOut {
  ms: number;
  cpuMs: number;
  cells?: number;
  rows?: number;
  refused?: string;
  peakRss: number;
}

interface CheckOut {
  ms: number;
  cpuMs: number;
  checkMs: number;
  saveMs: number;
  items: number;
  formulas: number;
  peakRss: number;
}

async function child<T>(args: string[], label: string): Promise<T> {
  const r = await runNode(["--import", "tsx", "bench/child.ts", ...args], 30 * 60_000);
  if (!r.json) throw new Error(`${label} failed (exit ${r.code}): ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  return r.json as T;
}

export async function benchXlsx(rows: Row[]): Promise<void> {
  const plan = getBundledPlan(PLAN_ID);
  if (!plan) throw new Error(`bundled plan ${PLAN_ID} not found`);
  const work = join(CACHE_DIR, "run");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let loInput = "";

  for (const shape of ["list", "matrix"] as const) {
    for (const cells of SIZES) {
      process.stderr.write(`  ${shape} ${cells.toLocaleString("en-US")} cells: generating (once, kept in .tmp/bench)…\n`);
      const input = await gridWorkbook(plan, shape, cells);
      const output = join(work, `${shape}-${cells}.chitieu.xlsx`);
      const runs = cells >= 1_000_000 ? RUNS_BIG : RUNS_SMALL;
      const reads: ReadOut[] = [];
      const checks: CheckOut[] = [];
      for (let i = 0; i < runs; i++) {
        process.stderr.write(`    read ${i + 1}/${runs}, check ${i + 1}/${runs}…\n`);
        reads.push(await child<ReadOut>(["read", input], "read"));
        checks.push(await child<CheckOut>(["check", input, output], "check"));
      }
      const read = median(reads.map((r) => r.ms));
      const check = median(checks.map((c) => c.ms));
      const readCpu = median(reads.map((r) => r.cpuMs));
      const checkCpu = median(checks.map((c) => c.cpuMs));
      const size = `${(statSync(input).size / 1024).toFixed(0)} KB in, ${(statSync(output).size / 1024).toFixed(0)} KB out`;
      const name = `${shape} ${cells.toLocaleString("en-US")} cells`;
      rows.push({ section: "xlsx", name: `${name}: read only (openWorkbook + readSheets)`, value: read, unit: "ms", runs, note: `${size}; CPU ${ms(readCpu)}; peak RSS ${mb(median(reads.map((r) => r.peakRss)))}` });
      rows.push({
        section: "xlsx",
        name: `${name}: check end to end (checkFile + save)`,
        value: check,
        unit: "ms",
        runs,
        note: `read+check ${ms(median(checks.map((c) => c.checkMs)))} + save ${ms(median(checks.map((c) => c.saveMs)))}; ${checks[0].items.toLocaleString("en-US")} figures, ${checks[0].formulas.toLocaleString("en-US")} formulas; CPU ${ms(checkCpu)}; peak RSS ${mb(median(checks.map((c) => c.peakRss)))}`,
      });
      rows.push({ section: "xlsx", name: `${name}: ratio check / read`, value: check / read, unit: "×", runs, note: `goal ≤ 1.5×; by CPU time ${(checkCpu / readCpu).toFixed(2)}×` });
      if (shape === "list" && cells === 100_000) loInput = output;
    }
  }

  if (!libreOfficeAvailable()) {
    rows.push({ section: "xlsx", name: "LibreOffice recalculation: soffice not found, skipped", value: NaN, unit: "", runs: 0 });
  } else if (loInput) {
    const tiny = join(work, "tiny.xlsx");
    writeBook(tiny, [gridSheet("S", [[{ formula: "1+1", result: 0 }]])]);
    const start = await convert(tiny, "xlsx", { outDir: join(work, "lo-tiny") });
    const los: number[] = [];
    for (let i = 0; i < LO_RUNS; i++) {
      process.stderr.write(`  LibreOffice recalculation ${i + 1}/${LO_RUNS}…\n`);
      los.push((await recalculateToCsv(loInput, { timeoutMs: 15 * 60_000 })).ms);
    }
    rows.push({
      section: "xlsx",
      name: "LibreOffice headless: open the checked 100k-cell list, recalculate every formula, export",
      value: median(los),
      unit: "ms",
      runs: LO_RUNS,
      note: `wall time; test/helpers/libreoffice.ts recalculateToCsv (canary-verified); soffice start-up alone ${ms(start.ms)}`,
    });
  }

  process.stderr.write(`  generating the ${TALL_ROWS.toLocaleString("en-US")}-row list (once, kept in .tmp/bench)…\n`);
  const tall = await tallWorkbook(plan, TALL_ROWS);
  const j = await child<ReadOut>(["read", tall], "read tall");
  const name = `1,000,000-row list (7 columns) through the reader: peak RSS`;
  if (j.refused) rows.push({ section: "xlsx", name, value: MB(j.peakRss), unit: "MB", runs: 1, note: `refused after ${Math.round(j.ms / 1000)} s: "${j.refused}"` });
  else rows.push({ section: "xlsx", name, value: MB(j.peakRss), unit: "MB", runs: 1, note: `${(statSync(tall).size / 2 ** 20).toFixed(0)} MB file; ${j.rows!.toLocaleString("en-US")} rows, ${j.cells!.toLocaleString("en-US")} cells read in ${ms(j.ms)}; limits: ${LIMITS.maxRows.toLocaleString("en-US")} rows, ${LIMITS.maxCells.toLocaleString("en-US")} cells` });
}
