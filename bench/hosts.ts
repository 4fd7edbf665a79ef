// Host round trips vs sheet size: Office.js context.sync count and SpreadsheetApp service calls for a check at 1k and 100k cells.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../core/types";
import type { SheetData } from "../core/sheet/model";
import { getBundledPlan } from "../core/plan";
import { Session } from "../core/session/session";
import { a1, OfficeWorkbook, parseA1, type ExcelRun } from "../addin-excel/host/excel-host";
import { RemoteWorkbook } from "../addin-sheets/sidebar/remote-host";
import type { Call } from "../addin-sheets/sidebar/server";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { createGasFakes, loadAppsScript, type Cell } from "../test/helpers/gas-fakes";
import { listGrid, matrixGrid } from "./grids";
import type { Row } from "./harness";

const PLAN_ID = "hai-an-2024-2025";

/** Sheets measured: the same indicator list at two sizes, and a wide 100k-cell sheet (few figures, many columns). */
function cases(): Array<{ label: string; shape: "list" | "matrix"; values: CellValue[][]; formats: (string | undefined)[][] }> {
  const plan = getBundledPlan(PLAN_ID)!;
  const dense = (s: SheetData) => {
    const w = Math.max(...s.values.map((r) => r.length));
    const values = s.values.map((r) => Array.from({ length: w }, (_, c) => (r[c] === undefined || r[c] === null ? "" : r[c])));
    const formats = s.values.map((_, i) => Array.from({ length: w }, (_, c) => s.formats?.[i]?.[c] ?? "General"));
    return { values, formats };
  };
  const small = dense(listGrid(plan, 1_000));
  const big = dense(listGrid(plan, 100_000));
  // 2,000 rows × 50 columns: the list's first 2,000 rows with 43 empty note columns, as in test/excel-taskpane.test.ts.
  const wideRows = big.values.slice(0, 1_998).concat(big.values.slice(-2));
  const wide = {
    values: wideRows.map((r, i) => [...r, ...Array.from({ length: 43 }, (_, k) => (i === 4 ? `Ghi chú ${k + 2}` : ""))]),
    formats: wideRows.map((r) => [...r.map(() => "General"), ...Array.from({ length: 43 }, () => "General")]),
  };
  // The school × indicator matrix: each row's summary is a formula over every judged figure of the row (about 5 KB).
  const mSmall = dense(matrixGrid(plan, 1_000));
  const mBig = dense(matrixGrid(plan, 100_000));
  const shape = (v: CellValue[][]) => `${v.length.toLocaleString("en-US")} rows × ${v[0].length}`;
  return [
    { label: "1k cells (list, 143 rows × 7)", shape: "list", ...small },
    { label: "100k cells (list, 14,286 rows × 7)", shape: "list", ...big },
    { label: "100k cells (wide, 2,000 rows × 50)", shape: "list", ...wide },
    { label: `1k cells (matrix, ${shape(mSmall.values)})`, shape: "matrix", ...mSmall },
    { label: `100k cells (matrix, ${shape(mBig.values)})`, shape: "matrix", ...mBig },
  ];
}

/**
 * An office-addin-mock workbook of one sheet that counts `context.sync` calls, built the way
 * test/excel-taskpane.test.ts builds its own: every range a mock seeded with the slice of the grid it covers.
 */
function officeWorkbook(values: CellValue[][], formats: (string | undefined)[][]): { run: ExcelRun; syncs: () => number } {
  const rows = values.length;
  const cols = Math.max(...values.map((r) => r.length));
  const mocks: Array<() => Promise<void>> = [];
  let syncs = 0;
  const track = <T extends OfficeMockObject>(m: T): T => {
    mocks.push(m.sync.bind(m));
    return m;
  };
  // What the host asks of a sheet with no merges, validations, hidden cells, notes, mark or frozen panes: null objects.
  const none = () => {
    const m = track(new OfficeMockObject({ address: "", formula: "", content: "", name: "", delete: () => undefined }));
    (m as unknown as { isNullObject: boolean }).isNullObject = true;
    return m;
  };
  const range = (address: string) => {
    const col = /^([A-Z]+):([A-Z]+)$/.exec(address);
    const wholeRows = /^(\d+):(\d+)$/.exec(address);
    const r = col ? parseA1(`${col[1]}1:${col[2]}${rows}`)! : wholeRows ? { top: Number(wholeRows[1]) - 1, left: 0, bottom: Number(wholeRows[2]) - 1, right: cols - 1 } : parseA1(address)!;
    const slice = <T>(g: T[][], empty: T) => {
      const out: T[][] = [];
      for (let i = r.top; i <= r.bottom; i++) out.push(Array.from({ length: r.right - r.left + 1 }, (_, j) => g[i]?.[r.left + j] ?? empty));
      return out;
    };
    return track(
      new OfficeMockObject({
        values: slice(values, "" as CellValue),
        numberFormat: slice(formats, "General"),
        formulas: slice(values, "" as CellValue),
        getMergedAreasOrNullObject: none,
        // Every cell visible (the host reads a null object as "every row hidden"); no data validation.
        getSpecialCellsOrNullObject: (kind: string) => {
          if (kind !== "Visible") return none();
          const m = track(new OfficeMockObject({ address: `Sheet1!${a1({ top: 0, left: 0, bottom: rows - 1, right: 16_383 })}` }));
          (m as unknown as { isNullObject: boolean }).isNullObject = false;
          return m;
        },
        insert: () => undefined,
        copyFrom: () => undefined,
        format: {
          autofitRows: () => undefined,
          font: { bold: false, italic: false, underline: "None", color: "", name: "", size: 11 },
          fill: { color: "" },
          horizontalAlignment: "General",
          verticalAlignment: "Bottom",
          wrapText: false,
          columnWidth: 0,
          rowHeight: 0,
          borders: { getItem: () => ({ style: "", weight: "" }) },
        },
        conditionalFormats: {
          clearAll: () => undefined,
          add: () => ({ cellValue: { format: { fill: {}, font: {} }, rule: null }, textComparison: { format: { fill: {}, font: {} }, rule: null }, custom: { format: { fill: {}, font: {} }, rule: {} } }),
        },
        select: () => undefined,
      }),
    );
  };
  const used = track(new OfficeMockObject({ address: `Sheet1!${a1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })}`, rowCount: rows, columnCount: cols, rowIndex: 0, columnIndex: 0 }));
  (used as unknown as { isNullObject: boolean }).isNullObject = false;
  const ws = track(
    new OfficeMockObject({
      name: "Sheet1",
      getUsedRangeOrNullObject: () => used,
      getRange: range,
      activate: () => undefined,
      freezePanes: { getLocationOrNullObject: none, freezeRows: () => undefined, freezeColumns: () => undefined, freezeAt: () => undefined },
      pageLayout: { setPrintTitleRows: () => undefined },
    }),
  ) as OfficeMockObject & Record<string, unknown>;
  (ws as unknown as { isNullObject: boolean }).isNullObject = false;
  // Collections are plain data: office-addin-mock cannot load collection items.
  ws.names = { getItemOrNullObject: none, add: () => ({ visible: true }) };
  ws.notes = { items: [], load: () => undefined, getItemOrNullObject: none, add: () => undefined };
  ws.comments = { items: [], load: () => undefined };
  // The sheet list is plain data: office-addin-mock cannot load collection items.
  const worksheets = { items: [{ id: "{1}", name: "Sheet1", visibility: "Visible" }], load: () => undefined, getActiveWorksheet: () => ws, getItem: () => ws, getItemOrNullObject: () => ws };
  const ctx = track(new OfficeMockObject({ workbook: { application: { suspendApiCalculationUntilNextSync: () => undefined } } }));
  (ctx as unknown as { workbook: { worksheets: unknown } }).workbook.worksheets = worksheets;
  (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
    syncs++;
    for (const sync of mocks) await sync();
  };
  return { run: (batch) => batch(ctx as unknown as Excel.RequestContext), syncs: () => syncs };
}

/** The session as both panes run it, judged on the demo's day so the figures are the same every run. */
async function readyToWrite(host: ConstructorParameters<typeof Session>[0]): Promise<Session> {
  const s = new Session(host, { today: "2025-05-31" });
  await s.start();
  await s.choosePlan({ kind: "bundled", id: PLAN_ID });
  s.toStep("sheet");
  const name = s.sheets[0].name;
  await s.openSheet(name);
  if (!s.checked) throw new Error(`check failed: ${s.problem?.message.en ?? "no result"}`);
  return s;
}

async function excelSyncs(values: CellValue[][], formats: (string | undefined)[][]): Promise<{ read: number; total: number; figures: number }> {
  const wb = officeWorkbook(values, formats);
  const s = await readyToWrite(new OfficeWorkbook(wb.run, null));
  const read = wb.syncs();
  await s.write();
  if (s.step !== "results") throw new Error(`Excel write refused: ${s.problem?.message.en}`);
  return { read, total: wb.syncs(), figures: s.checked!.items.length };
}

/** Service calls of the sidebar's read and write through the built Apps Script bundle over the counting fakes. */
async function sheetsCalls(code: string, plans: string, host: string, values: CellValue[][], formats: (string | undefined)[][]): Promise<{ check: number; write: number }> {
  const fakes = createGasFakes();
  fakes.addSheet("Tổng hợp", values as Cell[][], formats as string[][]);
  const ctx = loadAppsScript(code, fakes, { Plans: plans, Host: host });
  const copy = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const call = ((fn: string, ...args: unknown[]) => Promise.resolve().then(() => copy(ctx[fn](...(copy(args) as unknown[]))))) as unknown as Call;
  const s = await readyToWrite(new RemoteWorkbook(call));
  fakes.resetCalls();
  await s.openSheet("Tổng hợp");
  const check = fakes.calls.total;
  fakes.resetCalls();
  await s.write();
  if (s.step !== "results") throw new Error(`Sheets write did not finish: ${s.problem?.message.en}`);
  return { check, write: fakes.calls.total };
}

export async function benchHosts(rows: Row[]): Promise<void> {
  const all = cases();
  const excel = [];
  for (const c of all) excel.push({ label: c.label, shape: c.shape, ...(await excelSyncs(c.values, c.formats)) });
  for (const e of excel) {
    // Each sheet against the 1k sheet of its own shape (the wide list against the 1k list).
    const base = excel.find((x) => x.shape === e.shape)!;
    rows.push({
      section: "hosts",
      name: `Excel context.sync per check + write, ${e.label}`,
      value: e.total,
      unit: "syncs",
      runs: 1,
      note: `read ${e.read} + write ${e.total - e.read}; ${e.figures.toLocaleString("en-US")} figures${e === base ? "" : `; equal to 1k ${e.shape}: ${e.total === base.total ? "yes" : "no"}`}`,
    });
  }

  const tmp = mkdtempSync(join(tmpdir(), "chitieu-bench-sheets-"));
  try {
    const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
    const code = readFileSync(join(dir, "Code.js"), "utf8");
    const plans = readFileSync(join(dir, "Plans.html"), "utf8");
    const host = readFileSync(join(dir, "Host.html"), "utf8");
    const sheets = [];
    for (const c of all) sheets.push({ label: c.label, shape: c.shape, ...(await sheetsCalls(code, plans, host, c.values, c.formats)) });
    for (const s of sheets) {
      const b = sheets.find((x) => x.shape === s.shape)!;
      const total = s.check + s.write;
      rows.push({
        section: "hosts",
        name: `SpreadsheetApp service calls per check + write, ${s.label}`,
        value: total,
        unit: "calls",
        runs: 1,
        note: `read ${s.check} + write ${s.write}${s === b ? "" : `; equal to 1k ${s.shape}: ${total === b.check + b.write ? "yes" : "no"}`}; built bundle over test/helpers/gas-fakes.ts, session in Node`,
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
