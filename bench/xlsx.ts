// .xlsx end to end: `chitieu check` on a 100k-cell indicator list vs reading it only vs LibreOffice recalculating the checked book; 1M-row peak memory.
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { getBundledPlan } from "../core/plan";
import { checkSheet } from "../core/sheet/check";
import { checkFile } from "../cli/xlsx/check";
import { openWorkbook, readSheets } from "../cli/xlsx/read";
import { convert, libreOfficeAvailable, recalculateToCsv } from "../test/helpers/libreoffice";
import { CACHE_DIR, MB, median, runNode, type Row } from "./harness";
import { listWorkbook, tallWorkbook } from "./workbooks";

const PLAN_ID = "hai-an-2024-2025";
const AS_OF = "2025-05-31";
const CELLS = 100_000;
const RUNS = 3;
const LO_RUNS = 2;
/** Rows of the big file, header included (the CLI reader refuses more than MAX_ROWS in cli/xlsx/read.ts unless raised). */
const TALL_ROWS = 1_000_000;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpu: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;

export async function benchXlsx(rows: Row[]): Promise<void> {
  const plan = getBundledPlan(PLAN_ID);
  if (!plan) throw new Error(`bundled plan ${PLAN_ID} not found`);
  process.stderr.write("  generating the 100k-cell workbook (once, kept in .tmp/bench)…\n");
  const input = await listWorkbook(plan, CELLS);
  const work = join(CACHE_DIR, "run");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const output = join(work, "checked.xlsx");

  // Reading only: the CLI's own reader (ExcelJS, whole workbook with styles below 8 MB) into core's SheetData.
  const reads: number[] = [];
  const readCpu: number[] = [];
  let cells = 0;
  let figures = 0;
  let sheetForCore = null as ReturnType<typeof readSheets>[number] | null;
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`  read ${i + 1}/${RUNS}…\n`);
    const { ms: t, cpu, value } = await timed(async () => readSheets(await openWorkbook(input)));
    reads.push(t);
    readCpu.push(cpu);
    sheetForCore = value[0];
    cells = value[0].values.length * Math.max(...value[0].values.map((r) => r.length));
  }
  // Checking end to end, in process, as `chitieu check` does: checkFile (read, core check, status column with live
  // formulas, the report sheet when the CLI adds one), then its save.
  const checks: number[] = [];
  const saves: number[] = [];
  const e2eCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`  check ${i + 1}/${RUNS}…\n`);
    const c = await timed(() => checkFile(input, { plan, asOf: AS_OF }));
    const s = await timed(() => c.value.save(output));
    checks.push(c.ms);
    saves.push(s.ms);
    e2eCpu.push(c.cpu + s.cpu);
    figures = c.value.result.items.length;
  }
  const core = await timed(async () => checkSheet(sheetForCore!, plan, { asOf: AS_OF }));
  const read = median(reads);
  const check = median(checks);
  const save = median(saves);
  const e2e = median(checks.map((c, i) => c + saves[i]));
  const file = `${(statSync(input).size / 1024).toFixed(0)} KB styled list, ${cells.toLocaleString("en-US")} cells, ${figures.toLocaleString("en-US")} figures`;
  rows.push({ section: "xlsx", name: "read only (cli/xlsx/read.ts: openWorkbook + readSheets)", value: read, unit: "ms", runs: RUNS, note: `${file}; CPU ${ms(median(readCpu))}` });
  rows.push({
    section: "xlsx",
    name: "check end to end, in process: checkFile + save",
    value: e2e,
    unit: "ms",
    runs: RUNS,
    note: `checkFile ${ms(check)} (core checkSheet alone ${ms(core.ms)}, CPU ${ms(core.cpu)}, 1 run) + save ${ms(save)}; CPU ${ms(median(e2eCpu))}`,
  });
  rows.push({ section: "xlsx", name: "ratio check end to end / read only", value: e2e / read, unit: "×", runs: RUNS, note: `goal ≤ 1.5×; by CPU time ${(median(e2eCpu) / median(readCpu)).toFixed(2)}×` });

  if (!libreOfficeAvailable()) {
    rows.push({ section: "xlsx", name: "LibreOffice recalculation: soffice not found, skipped", value: NaN, unit: "", runs: 0 });
  } else {
    const tiny = join(work, "tiny.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "1+1", result: 0 };
    await wb.xlsx.writeFile(tiny);
    const start = await convert(tiny, "xlsx", { outDir: join(work, "lo-tiny") });
    const los: number[] = [];
    for (let i = 0; i < LO_RUNS; i++) {
      process.stderr.write(`  LibreOffice recalculation ${i + 1}/${LO_RUNS}…\n`);
      los.push((await recalculateToCsv(output, { timeoutMs: 15 * 60_000 })).ms);
    }
    const lo = median(los);
    rows.push({
      section: "xlsx",
      name: "LibreOffice headless: open the checked book, recalculate every formula, export",
      value: lo,
      unit: "ms",
      runs: LO_RUNS,
      note: `wall time; test/helpers/libreoffice.ts recalculateToCsv (canary-verified); soffice start-up alone ${ms(start.ms)}`,
    });
    rows.push({ section: "xlsx", name: "ratio check end to end / LibreOffice recalculation", value: e2e / lo, unit: "×", runs: LO_RUNS, note: "wall / wall, same run; < 1 means the CLI is faster" });
  }

  process.stderr.write(`  generating the ${TALL_ROWS.toLocaleString("en-US")}-row workbook (once, kept in .tmp/bench)…\n`);
  const tall = await tallWorkbook(plan, TALL_ROWS);
  const size = `${(statSync(tall).size / 2 ** 20).toFixed(0)} MB file, 7 columns, streamed by the reader`;
  // As `chitieu check` runs by default, then with its row limit raised to the file's size (CHITIEU_MAX_ROWS).
  for (const [label, env] of [
    ["default limits", {}],
    ["CHITIEU_MAX_ROWS=1000000", { CHITIEU_MAX_ROWS: String(TALL_ROWS) }],
  ] as const) {
    process.stderr.write(`  reading it in a child process (${label})…\n`);
    const r = await runNode(["--import", "tsx", "bench/child.ts", "read", tall], 30 * 60_000, env);
    const j = r.json as { rows?: number; cells?: number; refused?: string; ms: number; peakRss: number } | null;
    const name = `1,000,000 rows through the CLI reader (${label}): peak RSS`;
    if (j && j.refused) {
      rows.push({ section: "xlsx", name, value: MB(j.peakRss), unit: "MB", runs: 1, note: `refused after ${Math.round(j.ms / 1000)} s: "${j.refused}"` });
    } else if (j && j.rows !== undefined) {
      rows.push({ section: "xlsx", name, value: MB(j.peakRss), unit: "MB", runs: 1, note: `${size}; ${j.rows.toLocaleString("en-US")} rows, ${j.cells!.toLocaleString("en-US")} cells read in ${Math.round(j.ms / 1000)} s` });
    } else {
      rows.push({ section: "xlsx", name: `${name}: failed (exit ${r.code})`, value: NaN, unit: "", runs: 1, note: r.stderr.trim().split("\n").slice(-2).join(" | ") });
    }
  }
  if (!existsSync(output)) throw new Error("the checked workbook was not written");
}
