// Office.js host: the workbook interface over Excel.run, each operation a fixed number of syncs whatever the sheet size.
import type { SheetData, CellRange } from "../../core/sheet/model";
import { a1, columnLetters, parseA1 } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, PrintSetup } from "../../core/sheet/output";
import { hostInput, numberFormatGrid } from "../../core/sheet/output";
import { EXCEL_SHEET_NAMES, freeSheetName } from "../../core/sheet/names";
import type { CellValue } from "../../core/types";
import { changedCells, type ApplyOutcome, type SheetInfo, type SheetList, type WorkbookHost } from "../../core/host/host";

/** Re-exported for the benchmark, which drives this host through its own imports. */
export { a1, parseA1 };

/**
 * Cells per read round trip. Excel on the web caps a response at 5 MB; values plus number formats cost about
 * 20 bytes a cell for typical sheets, so 200,000 cells stay well under it. Up to this size a read is two syncs.
 */
export const READ_CHUNK_CELLS = 200_000;
/** Bytes of JSON per write round trip, kept under the 5 MB request cap with room for the call envelope. */
export const WRITE_CHUNK_BYTES = 4_000_000;

/** The active sheet as read: the data and where it sits. */
export interface ReadSheet {
  sheet: SheetData;
  /** Used range address without the sheet name ("A1:H40"), "" for an empty sheet. */
  address: string;
}

/**
 * Whether the running Excel supports an ExcelApi requirement set; true outside Office (tests, stubs).
 * Page layout needs 1.9: older builds still get the report, without print setup.
 */
function supports(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(n: string, v: string): boolean } } } }).Office;
  const req = office?.context?.requirements;
  return req ? req.isSetSupported("ExcelApi", version) : true;
}

/** Splits `rows` into consecutive [start, end) slices of at most `maxRows` rows. */
export function rowSlices(rows: number, maxRows: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const step = Math.max(1, maxRows);
  for (let s = 0; s < rows; s += step) out.push([s, Math.min(rows, s + step)]);
  return out;
}

/**
 * Reads a sheet's used range (values and number formats only) in two round trips for sheets up to
 * READ_CHUNK_CELLS cells: one for the used range's size, one for the cells. Larger sheets take one more round
 * trip per chunk so no response passes 5 MB. Null when there is no such sheet (after one round trip).
 */
export async function readSheetAt(context: Excel.RequestContext, name: string): Promise<ReadSheet | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount,rowIndex,columnIndex");
  await context.sync();
  if (ws.isNullObject) return null;
  if (used.isNullObject) return { sheet: { name: ws.name, values: [], formats: [], origin: { row: 0, col: 0 } }, address: "" };
  const rows = used.rowCount;
  const cols = used.columnCount;
  const slices = rowSlices(rows, Math.floor(READ_CHUNK_CELLS / Math.max(1, cols)));
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  // Merged headers ("Thực hiện" over "Số lượng | Tỷ lệ") help layout detection; their addresses ride along with
  // the first slice (one property, ExcelApi 1.13), so they cost no extra round trip.
  const merged = supports("1.13") && typeof used.getMergedAreasOrNullObject === "function" ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  for (const [s, e] of slices) {
    const part = ws.getRange(a1({ top: used.rowIndex + s, left: used.columnIndex, bottom: used.rowIndex + e - 1, right: used.columnIndex + cols - 1 }));
    part.load("values,numberFormat");
    await context.sync();
    for (const r of part.values) values.push(r as CellValue[]);
    for (const r of part.numberFormat) formats.push(r as string[]);
  }
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const merges = merged && !merged.isNullObject ? mergesIn(merged.address, origin) : [];
  const address = used.address.slice(used.address.lastIndexOf("!") + 1);
  return { sheet: { name: ws.name, values, formats, merges, origin }, address };
}

/**
 * Merged areas from a RangeAreas address ("Sheet1!A1:B1, Sheet1!E2:F2"), in `values` coordinates.
 * @example mergesIn("S!E2:F2", { row: 0, col: 0 }) → [{ top: 1, left: 4, bottom: 1, right: 5 }]
 */
export function mergesIn(address: string, origin: { row: number; col: number }): CellRange[] {
  const out: CellRange[] = [];
  for (const part of address.split(",")) {
    const r = parseA1(part.trim());
    if (r) out.push({ top: r.top - origin.row, left: r.left - origin.col, bottom: r.bottom - origin.row, right: r.right - origin.col });
  }
  return out;
}

/** Queues a style on a range (no sync). */
function queueStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.underline !== undefined) f.font.underline = s.underline ? "Single" : "None";
  if (s.fontName) f.font.name = s.fontName;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = s.hAlign === "left" ? "Left" : s.hAlign === "center" ? "Center" : "Right";
  if (s.vAlign) f.verticalAlignment = s.vAlign === "top" ? "Top" : s.vAlign === "middle" ? "Center" : "Bottom";
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border === "thin") {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
  if (s.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => s.numberFormat as string));
}

/** Queues conditional formats: one exact-match rule per verdict label (contains-text would let "Đạt" colour "Chưa đạt"). */
function queueConditionalFormats(ws: Excel.Worksheet, cfs: ConditionalFormat[]): void {
  for (const cf of cfs) {
    const range = ws.getRange(a1(cf.range));
    range.conditionalFormats.clearAll();
    for (const rule of cf.rules) {
      const f = range.conditionalFormats.add("CellValue");
      f.cellValue.format.fill.color = rule.fill;
      f.cellValue.format.font.color = rule.fontColor;
      f.cellValue.rule = { formula1: `="${rule.label.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
}

const utf8 = new TextEncoder();

/** Estimated request bytes of writing a row: its JSON in UTF-8 (Vietnamese letters take 2-3 bytes) plus per-cell overhead. */
function rowBytes(row: (string | number | boolean)[]): number {
  return utf8.encode(JSON.stringify(row)).length + row.length * 4;
}

/**
 * Groups rows so each group's JSON stays under `maxBytes`.
 * @example byteSlices([[…], […]], 4_000_000) → [[0, 2]]
 */
export function byteSlices(rows: (string | number | boolean)[][], maxBytes: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((r, i) => {
    const b = rowBytes(r);
    if (i > start && bytes + b > maxBytes) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rows.length > start) out.push([start, rows.length]);
  return out;
}

/**
 * Checks that the block to write still holds what the check read (the user may have typed meanwhile), in
 * one round trip. Returns the A1 addresses of cells that changed.
 */
export async function changedSince(context: Excel.RequestContext, sheetName: string, range: CellRange, expected: CellValue[][]): Promise<string[]> {
  const r = context.workbook.worksheets.getItem(sheetName).getRange(a1(range));
  r.load("values");
  await context.sync();
  return changedCells(r.values as CellValue[][], expected, range);
}

/**
 * Writes the status block (formulas and text in one 2-D write), its styles, conditional formats and column
 * widths with calculation suspended: one round trip unless the block's JSON passes WRITE_CHUNK_BYTES. Writes
 * nowhere but `edits.block.range` and the styled/formatted ranges core gives (all inside the status columns).
 */
export async function applySheetEdits(context: Excel.RequestContext, edits: SheetEdits): Promise<void> {
  const ws = context.workbook.worksheets.getItem(edits.sheet);
  const { range, cells } = edits.block;
  const input = cells.map((row) => row.map(hostInput));
  const formats = numberFormatGrid(cells);
  const slices = byteSlices(input, WRITE_CHUNK_BYTES);
  for (let k = 0; k < slices.length; k++) {
    const [s, e] = slices[k];
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const part = ws.getRange(a1({ top: range.top + s, left: range.left, bottom: range.top + e - 1, right: range.right }));
    if (formats) part.numberFormat = formats.slice(s, e);
    part.formulas = input.slice(s, e);
    if (k === slices.length - 1) {
      for (const st of edits.styles) {
        queueStyle(ws.getRange(a1(st.range)), st.style, st.range.bottom - st.range.top + 1, st.range.right - st.range.left + 1);
      }
      queueConditionalFormats(ws, edits.conditionalFormats);
      for (const [col, width] of Object.entries(edits.columnWidths)) {
        const letter = columnLetters(Number(col));
        ws.getRange(`${letter}:${letter}`).format.columnWidth = width;
      }
    }
    await context.sync();
  }
}

/**
 * Creates a sheet from core's description (report, plan sheet) and activates it: one round trip, plus one
 * per 4 MB of cell content. Returns the sheet's id and name (made unique against `existing`).
 */
export async function createSheet(context: Excel.RequestContext, ns: NewSheet, existing: string[]): Promise<SheetInfo> {
  const name = freeSheetName(ns.name, existing, EXCEL_SHEET_NAMES);
  const ws = context.workbook.worksheets.add(name);
  ws.load("id,name");
  const rows = ns.cells.length;
  const cols = Math.max(1, ...ns.cells.map((r) => r.length));
  const padded = ns.cells.map((r) => [...r, ...Array<OutCell>(cols - r.length).fill(null)]);
  const input = padded.map((row) => row.map(hostInput));
  const formats = numberFormatGrid(padded);
  const slices = rows > 0 ? byteSlices(input, WRITE_CHUNK_BYTES) : [];
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const all = ws.getRange(`A1:${columnLetters(cols - 1)}${Math.max(1, rows)}`);
  all.format.font.name = ns.font.name;
  all.format.font.size = ns.font.size;
  const queueLayout = () => {
    for (const m of ns.merges) ws.getRange(a1(m)).merge(false);
    for (const st of ns.styles) {
      queueStyle(ws.getRange(a1(st.range)), st.style, st.range.bottom - st.range.top + 1, st.range.right - st.range.left + 1);
    }
    ns.columnWidths.forEach((w, c) => {
      if (w !== undefined) ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w;
    });
    for (const [r, h] of Object.entries(ns.rowHeights)) ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = h;
    queueConditionalFormats(ws, ns.conditionalFormats);
    if (ns.freezeRows) ws.freezePanes.freezeRows(ns.freezeRows);
    ws.activate();
    queuePageSetup(ws, ns.print);
  };
  if (slices.length === 0) queueLayout();
  for (let k = 0; k < slices.length; k++) {
    const [s, e] = slices[k];
    if (k > 0) context.workbook.application.suspendApiCalculationUntilNextSync();
    const part = ws.getRange(`A${s + 1}:${columnLetters(cols - 1)}${e}`);
    if (formats) part.numberFormat = formats.slice(s, e);
    part.formulas = input.slice(s, e);
    if (k === slices.length - 1) queueLayout();
    await context.sync();
  }
  if (slices.length === 0) await context.sync();
  return { id: ws.id, name: ws.name, visible: true };
}

/** Queues a print setup (no sync); nothing on Excel builds without ExcelApi 1.9, which still get the sheet. */
function queuePageSetup(ws: Excel.Worksheet, print: PrintSetup): boolean {
  if (!supports("1.9")) return false;
  const pl = ws.pageLayout;
  pl.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = "A4";
  // Office.js page margins are in points; core gives inches.
  pl.leftMargin = print.margins.left * 72;
  pl.rightMargin = print.margins.right * 72;
  pl.topMargin = print.margins.top * 72;
  pl.bottomMargin = print.margins.bottom * 72;
  pl.headerMargin = print.margins.header * 72;
  pl.footerMargin = print.margins.footer * 72;
  if (print.centerHorizontally) pl.centerHorizontally = true;
  if (print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) pl.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  return true;
}

/** Selects one cell (or range) on a sheet and brings the sheet forward: one round trip. */
export async function selectRange(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** `Excel.run`, or a test double with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.Settings the host uses, so tests can pass a plain object. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/** Where the session's state lives in the workbook's settings; the first version's key is still read. */
const STATE_KEY = "chitieu.state";
const OLD_STATE_KEY = "chitieu.state.v1";

/**
 * The workbook interface over Office.js. Round trips: list 1, read 2 (+1 per 200,000 cells), write 2 (verify,
 * then write with calculation suspended; +1 per 4 MB), add a sheet 2, select 1. State lives in the document's
 * settings (saved with the file, up to 2 MB).
 * @example new OfficeWorkbook((b) => Excel.run(b), Office.context.document.settings)
 */
export class OfficeWorkbook implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly sheetNames = EXCEL_SHEET_NAMES;
  /** Excel calls the add-in's own function as CHITIEU.TARGET_STATUS in the shared runtime, with no limit of its own. */
  readonly customFunction = { name: "CHITIEU.TARGET_STATUS", max: Number.POSITIVE_INFINITY };

  constructor(
    private readonly run: ExcelRun,
    private readonly settings: SettingsLike | null,
  ) {}

  listSheets(): Promise<SheetList> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.load("items/id,items/name,items/visibility");
      const active = ws.getActiveWorksheet();
      active.load("name");
      await ctx.sync();
      return { sheets: ws.items.map((s) => ({ id: s.id, name: s.name, visible: s.visibility === undefined || s.visibility === "Visible" })), active: active.name };
    });
  }

  async readSheet(name: string): Promise<SheetData | null> {
    return (await this.run((ctx) => readSheetAt(ctx, name)))?.sheet ?? null;
  }

  applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome> {
    return this.run(async (ctx) => {
      const changed = await changedSince(ctx, edits.sheet, edits.block.range, expected);
      if (changed.length > 0) return { ok: false, kind: "changed", cells: changed } as ApplyOutcome;
      await applySheetEdits(ctx, edits);
      return { ok: true } as ApplyOutcome;
    });
  }

  addSheet(sheet: NewSheet): Promise<SheetInfo> {
    return this.run(async (ctx) => {
      const names = ctx.workbook.worksheets;
      names.load("items/name");
      await ctx.sync();
      return createSheet(ctx, sheet, names.items.map((s) => s.name));
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return this.run((ctx) => selectRange(ctx, sheet, address));
  }

  setPageSetup(sheet: string, print: PrintSetup): Promise<boolean> {
    return this.run(async (ctx) => {
      const done = queuePageSetup(ctx.workbook.worksheets.getItem(sheet), print);
      await ctx.sync();
      return done;
    });
  }

  async loadState(): Promise<unknown> {
    return this.settings?.get(STATE_KEY) ?? this.settings?.get(OLD_STATE_KEY) ?? null;
  }

  saveState(state: unknown): Promise<void> {
    const settings = this.settings;
    if (!settings) return Promise.resolve();
    settings.set(STATE_KEY, state);
    return new Promise((resolve) => settings.saveAsync(() => resolve()));
  }
}
