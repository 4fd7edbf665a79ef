// Child process of the bench: measures one sheet check in a fresh heap and prints its figures as one JSON line.
//
//   node --expose-gc --import tsx bench/child.ts sheet <list|matrix> <cells> <runs>
//   node --import tsx bench/child.ts read <file.xlsx>
//   node --import tsx bench/child.ts check <file.xlsx> <out.xlsx>
//
// Times (wall, and CPU of the process) are the median of `runs` checks after a warm-up on a small sheet of the same shape. Memory: the grid's
// heap, the heap the check's result keeps, the RSS growth from just before the first check to the process's
// peak, and the peak itself (`process.resourceUsage().maxRSS`).
import { getBundledPlan } from "../core/plan";
import { checkSheet } from "../core/sheet/check";
import type { CheckResult } from "../core/sheet/types";
import { cellCount, listGrid, matrixGrid } from "./grids";
import { median } from "./harness";
import { openWorkbook, readSheets } from "../cli/xlsx/read";
import { CliError } from "../cli/errors";
import { checkFile } from "../cli/xlsx/check";

const PLAN_ID = "hai-an-2024-2025";
/** Deadlines are judged on this day, so results do not change with the calendar. */
const AS_OF = "2025-05-31";

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

function sheetCase(shape: string, cells: number, runs: number): Record<string, unknown> {
  const plan = getBundledPlan(PLAN_ID);
  if (!plan) throw new Error(`bundled plan ${PLAN_ID} not found`);
  const make = shape === "matrix" ? matrixGrid : listGrid;
  checkSheet(make(plan, 5_000), plan, { asOf: AS_OF });
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const sheet = make(plan, cells);
  gc();
  const heapGrid = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  const cpu: number[] = [];
  let result: CheckResult | null = null;
  let retained = 0;
  for (let i = 0; i < runs; i++) {
    result = null;
    gc();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = checkSheet(sheet, plan, { asOf: AS_OF });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    gc();
    retained = process.memoryUsage().heapUsed - before;
  }
  if (!result || !result.ok) throw new Error(`check failed: ${result ? result.error.message.en : "no run"}`);
  const usage = process.resourceUsage();
  return {
    cells: cellCount(sheet),
    rows: sheet.values.length,
    items: result.items.length,
    ms: median(times),
    times,
    cpuMs: median(cpu),
    gridHeap: heapGrid - heap0,
    resultHeap: retained,
    rssBefore,
    peakRss: usage.maxRSS * 1024,
  };
}

/** Reads a workbook with the CLI's reader, as `chitieu check` does before checking; a refusal is reported, not thrown. */
async function readCase(path: string): Promise<Record<string, unknown>> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let sheets;
  try {
    sheets = readSheets(await openWorkbook(path));
  } catch (e) {
    const en = e instanceof CliError ? e.en : e instanceof Error ? e.message : String(e);
    return { refused: en, ms: performance.now() - t0, peakRss: process.resourceUsage().maxRSS * 1024 };
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  let cells = 0;
  for (const s of sheets) for (const r of s.values) cells += r.length;
  return { rows: sheets.reduce((n, s) => n + s.values.length, 0), cells, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024 };
}

/** `chitieu check` in process: read, check, patch and save, with the time of each part and the peak memory. */
async function checkCase(path: string, out: string): Promise<Record<string, unknown>> {
  const plan = getBundledPlan(PLAN_ID) ?? null;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const done = await checkFile(path, { plan, asOf: AS_OF });
  const t1 = performance.now();
  await done.save(out);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, checkMs: t1 - t0, saveMs: performance.now() - t1, cpuMs: (c.user + c.system) / 1000, items: done.result.items.length, formulas: done.formulas, peakRss: process.resourceUsage().maxRSS * 1024 };
}

const [mode, ...args] = process.argv.slice(2);
let out: Record<string, unknown>;
switch (mode) {
  case "sheet":
    out = sheetCase(args[0], Number(args[1]), Number(args[2] ?? 3));
    break;
  case "read":
    out = await readCase(args[0]);
    break;
  case "check":
    out = await checkCase(args[0], args[1]);
    break;
  default:
    throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(JSON.stringify(out) + "\n");
