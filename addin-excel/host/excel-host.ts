// Office.js host: the workbook interface over Excel.run, each operation a fixed number of syncs whatever the sheet size.
import type { SheetData, CellRange } from "../../core/sheet/model";
import { a1, columnLetters, parseA1 } from "../../core/sheet/model";
import { relativeKey as formulaKey } from "../../core/sheet/a1";
import { NOTE_MARK, type SheetEdits } from "../../core/sheet/edits";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, PrintSetup } from "../../core/sheet/output";
import { hostInput, numberFormatGrid } from "../../core/sheet/output";
import { decodeOwned, encodeOwned, MAX_COLUMNS, OWNED_NAME, ownedInSheet, WHOLE_SHEET } from "../../core/sheet/owned";
import { EXCEL_SHEET_NAMES, freeSheetName } from "../../core/sheet/names";
import type { CellValue } from "../../core/types";
import { changedCells, type ApplyOutcome, type SheetInfo, type SheetList, type WorkbookHost } from "../../core/host/host";

/** Re-exported for the benchmark, which drives this host through its own imports. */
export { a1, parseA1 };

/**
 * Cells per read round trip. Excel on the web caps a response at 5 MB; values, number formats and formulas (which
 * repeat a constant cell's value) cost about 30 bytes a cell for typical sheets, so 130,000 cells stay under it.
 * Up to this size a read is two syncs.
 */
export const READ_CHUNK_CELLS = 130_000;
/** Bytes of JSON per write round trip, kept under the 5 MB request cap with room for the call envelope. */
export const WRITE_CHUNK_BYTES = 4_000_000;

/** The active sheet as read: the data and where it sits. */
export interface ReadSheet {
  sheet: SheetData;
  /** Used range address without the sheet name ("A1:H40"), "" for an empty sheet. */
  address: string;
}

/**
 * Whether the running Excel supports an ExcelApi requirement set; true outside Office (tests, stubs). Each feature
 * degrades on its own: without 1.4 no mark (the tool's columns are then known by their headers), without 1.7 the
 * mark cannot be read back nor panes frozen, without 1.9 no validations, hidden rows/columns or page setup,
 * without 1.10 no threaded comments, without 1.13 no merges, without 1.18 no notes (findings stay in the pane).
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

/** Office.js `formulas` gives a constant cell's value; only text starting with "=" is a formula. */
function formulaText(f: unknown): string | undefined {
  return typeof f === "string" && f.startsWith("=") ? f : undefined;
}

/**
 * Rows and columns (absolute, 0-based) of `rows` × every column that no visible area covers: hidden by the user.
 * `visible` is the address of the visible cells of those rows (null: none visible, every row hidden).
 * @example hiddenFrom("S!A1:B9,S!D1:XFD9", { top: 0, bottom: 9 }) → { rows: [9], columns: [2] }
 */
export function hiddenFrom(visible: string | null, rows: { top: number; bottom: number }): { rows: number[]; columns: number[] } {
  if (visible === null) return { rows: Array.from({ length: rows.bottom - rows.top + 1 }, (_, i) => rows.top + i), columns: [] };
  const areas = decodeOwned(visible);
  const gaps = (spans: [number, number][], from: number, to: number) => {
    const out: number[] = [];
    spans.sort((a, b) => a[0] - b[0]);
    let next = from;
    for (const [a, b] of spans) {
      for (let x = next; x < Math.min(a, to + 1); x++) out.push(x);
      next = Math.max(next, b + 1);
    }
    for (let x = next; x <= to; x++) out.push(x);
    return out;
  };
  return {
    rows: gaps(areas.map((r) => [r.top, r.bottom]), rows.top, rows.bottom),
    columns: gaps(areas.map((r) => [r.left, r.right]), 0, MAX_COLUMNS - 1),
  };
}

/**
 * Reads a sheet's used range in two round trips for sheets up to READ_CHUNK_CELLS cells: one for the used range's
 * size, the tool's mark and the notes and comments, one for the cells (values, number formats, formulas) with the
 * merged areas, data validation and visible cells of the used rows across every column, and where each note sits.
 * Larger sheets take one more round trip per chunk so no response passes 5 MB. Null when there is no such sheet
 * (after one round trip). `owned` is set whenever the mark can be read (ExcelApi 1.7), [] when there is none.
 */
export async function readSheetAt(context: Excel.RequestContext, name: string): Promise<ReadSheet | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount,rowIndex,columnIndex");
  const mark = supports("1.7") ? ws.names.getItemOrNullObject(OWNED_NAME) : null;
  mark?.load("formula");
  const notes = supports("1.18") ? ws.notes : null;
  notes?.load("items/content");
  const comments = supports("1.10") ? ws.comments : null;
  comments?.load("items/content");
  await context.sync();
  if (ws.isNullObject) return null;
  const owned = mark === null ? undefined : mark.isNullObject ? [] : decodeOwned(String(mark.formula ?? ""));
  if (used.isNullObject) return { sheet: { name: ws.name, values: [], formats: [], origin: { row: 0, col: 0 }, ...(owned ? { owned } : {}) }, address: "" };
  const rows = used.rowCount;
  const cols = used.columnCount;
  const origin = { row: used.rowIndex, col: used.columnIndex };
  const slices = rowSlices(rows, Math.floor(READ_CHUNK_CELLS / Math.max(1, cols)));
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  // The used rows across every column: the status block goes right of the used range, so what lies there counts.
  const wide = ws.getRange(`${origin.row + 1}:${origin.row + rows}`);
  // These ride along with the first slice, so they cost no extra round trip.
  const merged = supports("1.13") ? wide.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const validated = supports("1.9") ? wide.getSpecialCellsOrNullObject("DataValidations") : null;
  validated?.load("address");
  const visible = supports("1.9") ? wide.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  const noteCells = (notes?.items ?? []).map((n) => {
    const at = n.getLocation();
    at.load("address");
    return { at, text: String(n.content ?? "") };
  });
  const commentCells = (comments?.items ?? []).map((c) => {
    const at = c.getLocation();
    at.load("address");
    return { at, text: String(c.content ?? "") };
  });
  for (const [s, e] of slices) {
    const part = ws.getRange(a1({ top: origin.row + s, left: origin.col, bottom: origin.row + e - 1, right: origin.col + cols - 1 }));
    part.load("values,numberFormat,formulas");
    await context.sync();
    for (const r of part.values) values.push(r as CellValue[]);
    for (const r of part.numberFormat) formats.push(r as string[]);
    for (const r of part.formulas) formulas.push((r as unknown[]).map(formulaText));
  }
  const inSheet = (ranges: CellRange[]) => ownedInSheet(ranges, origin);
  const sheet: SheetData = { name: ws.name, values, formats, formulas, origin };
  sheet.merges = merged && !merged.isNullObject ? mergesIn(merged.address, origin) : [];
  if (validated) sheet.validations = validated.isNullObject ? [] : inSheet(decodeOwned(validated.address));
  if (visible) {
    const hidden = hiddenFrom(visible.isNullObject ? null : visible.address, { top: origin.row, bottom: origin.row + rows - 1 });
    sheet.hiddenRows = hidden.rows.map((r) => r - origin.row);
    sheet.hiddenColumns = hidden.columns.map((c) => c - origin.col).filter((c) => c >= 0);
  }
  sheet.notes = [...noteCells, ...commentCells].flatMap(({ at, text }) => {
    const r = parseA1(at.address);
    return r && text !== "" ? [{ row: r.top - origin.row, col: r.left - origin.col, text }] : [];
  });
  if (owned) sheet.owned = inSheet(owned);
  const address = used.address.slice(used.address.lastIndexOf("!") + 1);
  return { sheet, address };
}

/**
 * Merged areas from a RangeAreas address ("Sheet1!A1:B1, Sheet1!E2:F2"), in `values` coordinates.
 * @example mergesIn("S!E2:F2", { row: 0, col: 0 }) → [{ top: 1, left: 4, bottom: 1, right: 5 }]
 */
export function mergesIn(address: string, origin: { row: number; col: number }): CellRange[] {
  return ownedInSheet(decodeOwned(address), origin);
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

/** A cell as a 2-D write sends it; null leaves the cell as it is (Office.js "null input in 2-D array"). */
export type WriteCell = string | number | boolean | null;

/** Bytes of a string in UTF-8, counted without encoding it (Vietnamese letters take 2-3 bytes). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Estimated request bytes of writing a row: its JSON in UTF-8 plus per-cell overhead. */
function rowBytes(row: WriteCell[]): number {
  return utf8Length(JSON.stringify(row)) + row.length * 4;
}

/**
 * Bytes a run of copied cells must save before it is copied rather than sent: a copy is an action of its own in the
 * request (COPY_BYTES), so short runs are sent as they are.
 */
export const COPY_MIN_BYTES = 1_000;
/** Request bytes counted for one copy: the call, its two addresses and the copy type, with room to spare. */
export const COPY_BYTES = 300;

/** Rows of a block column filled by copying rows above them in the same column (block-relative indices). */
export interface RowCopy {
  col: number;
  /** First source row. */
  from: number;
  /** First destination row; the source ends before it. */
  to: number;
  rows: number;
}

/**
 * A formula as it reads relative to its row, the way Excel copies it: each relative row number becomes its distance
 * from `row` (0-based; absolute rows stay), so two cells of a column with the same key hold the same formula once one
 * is copied onto the other; a constant (a label, a number) is its own key. Null for what a copy might not reproduce,
 * or this reading not follow: blanks, text kept by a leading apostrophe, and formulas over whole rows or columns
 * ("8:9", "A:A").
 * @example relativeKey('=IF(E8>=5,"Đạt","E9")', 7) → '=IF({r0c4}>=5,"Đạt","E9")'
 */
export function relativeKey(cell: WriteCell, row: number): string | null {
  // A blank clears its cell when sent; whether a copied blank does is left untried. Text written with its leading
  // apostrophe (kept as text) is sent too. Other constants copy as they are.
  if (cell === null || cell === "") return null;
  if (typeof cell !== "string" || !cell.startsWith("=")) return typeof cell === "string" && cell.startsWith("'") ? null : `${typeof cell}:${String(cell)}`;
  // Read as the .xlsx package reads a shared formula (core/sheet/a1.ts): one reading of references for every host.
  // Copies stay in their column, so the column offsets of two keys compare like the absolute columns they stand for.
  const key = formulaKey(cell.slice(1), row, 0);
  return key === null ? null : `=${key}`;
}

/**
 * Runs of rows of each block column whose formulas, read relative to their rows, repeat rows written above them: the
 * same indicators in every school's block, a matrix column judging every unit against one target. Each is copied in
 * Excel (Range.copyFrom with formulas, which moves relative references as a paste does, ExcelApi 1.9) instead of being
 * sent, when it saves at least `minBytes`. Sources end before their destination, and a source may itself be a copy
 * made earlier, so copies run in the order given, after the rows above them are written. `top` is the block's first
 * sheet row (0-based). About linear in the block's cells.
 * @example repeatedRuns([["=A1"], ["=A2"]], 0, 0) → [{ col: 0, from: 0, to: 1, rows: 1 }]
 */
export function repeatedRuns(input: WriteCell[][], top: number, minBytes = COPY_MIN_BYTES): RowCopy[] {
  const out: RowCopy[] = [];
  const cols = input.reduce((m, r) => Math.max(m, r.length), 0);
  for (let c = 0; c < cols; c++) {
    // Each distinct key as a number, so runs are compared without comparing long strings; -1 for none.
    const ids = new Map<string, number>();
    const keys = input.map((r, i) => {
      const k = relativeKey(r[c] ?? null, top + i);
      if (k === null) return -1;
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
    // Where each key was seen: its first rows (long runs start there) and its latest ones (nearby repeats).
    const seen: number[][] = [];
    const remember = (i: number) => {
      const at = keys[i] < 0 ? null : (seen[keys[i]] ??= []);
      if (!at) return;
      if (at.length < 8) at.push(i);
      else at[4 + (i % 4)] = i;
    };
    for (let i = 0; i < input.length; ) {
      let best = 0;
      let from = -1;
      for (const j of keys[i] < 0 ? [] : (seen[keys[i]] ?? [])) {
        let n = 0;
        while (j + n < i && i + n < input.length && keys[i + n] >= 0 && keys[j + n] === keys[i + n]) n++;
        if (n > best) {
          best = n;
          from = j;
        }
      }
      let saved = 0;
      for (let n = 0; n < best && saved < minBytes; n++) saved += utf8Length(String(input[i + n][c]));
      if (best > 0 && saved >= minBytes) {
        out.push({ col: c, from, to: i, rows: best });
        for (let n = 0; n < best; n++) remember(i + n);
        i += best;
      } else {
        remember(i);
        i++;
      }
    }
  }
  return out.sort((a, b) => a.to - b.to || a.col - b.col);
}

/**
 * Groups rows so each group's JSON, with the bytes of what is sent along with each row (`extra`), stays under `maxBytes`.
 * @example byteSlices([[…], […]], 4_000_000) → [[0, 2]]
 */
export function byteSlices(rows: WriteCell[][], maxBytes: number, extra?: (row: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((r, i) => {
    const b = rowBytes(r) + (extra ? extra(i) : 0);
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

/** What the verifying round trip loads besides the block's values, for the write that follows it. */
interface WriteLookups {
  block: Excel.Range;
  /** The tool's earlier mark on the sheet, to replace (null where names cannot be read). */
  mark: Excel.NamedItem | null;
  /** The format of `fontFrom`'s cell: its font and vertical alignment go on the block. */
  tableFormat: Excel.RangeFormat | null;
  /** The sheet's own frozen panes (null where panes cannot be read or none are asked for). */
  frozen: Excel.Range | null;
  /** Notes on the cells the write clears or notes (ExcelApi 1.18). */
  notes: Excel.Note[];
  /** The block's visible cells (ExcelApi 1.9): copies are made only when no row of the block is hidden. */
  visible: Excel.RangeAreas | null;
}

/** Queues, with no sync, the block's values and what the write needs to know: the old mark, the table's font, the panes, the notes in the way. */
function queueLookups(ws: Excel.Worksheet, edits: SheetEdits): WriteLookups {
  const block = ws.getRange(a1(edits.block.range));
  block.load("values");
  const mark = supports("1.4") ? ws.names.getItemOrNullObject(OWNED_NAME) : null;
  mark?.load("name");
  const tableFormat = edits.fontFrom ? ws.getRange(a1({ top: edits.fontFrom.row, left: edits.fontFrom.col, bottom: edits.fontFrom.row, right: edits.fontFrom.col })).format : null;
  tableFormat?.load("verticalAlignment,font/name,font/size");
  const frozen = edits.freeze && supports("1.7") ? ws.freezePanes.getLocationOrNullObject() : null;
  frozen?.load("address");
  // Cells inserted just now hold no note; before an insertion these addresses are the user's cells that move.
  const cells = edits.insertColumns ? [] : [...(edits.clearNotes ?? []), ...edits.notes.map((n) => n.cell)];
  const seen = new Set<string>();
  const notes: Excel.Note[] = [];
  if (supports("1.18")) {
    for (const c of cells) {
      const at = a1({ top: c.row, left: c.col, bottom: c.row, right: c.col });
      if (seen.has(at)) continue;
      seen.add(at);
      const n = ws.notes.getItemOrNullObject(at);
      n.load("content");
      notes.push(n);
    }
  }
  // Excel copies only the visible rows of a filtered range, so a copy over hidden rows would not land cell for cell.
  const visible = supports("1.9") ? block.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  return { block, mark, tableFormat, frozen, notes, visible };
}

/** Queues the panes to freeze: through the header rows and, when asked, the name column. */
function queueFreeze(ws: Excel.Worksheet, f: { rows: number; columns: number }): void {
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(ws.getRange(a1({ top: 0, left: 0, bottom: f.rows - 1, right: f.columns - 1 })));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else if (f.columns > 0) ws.freezePanes.freezeColumns(f.columns);
}

/**
 * Writes a check's edits after the verifying sync: inserts the planned columns, deletes the tool's stale notes,
 * writes the block (formulas and text in one 2-D write) with calculation suspended, its styles, conditional
 * formats, column widths and the table's font, fits the block's rows, adds the findings as notes, freezes the panes
 * when the sheet has none, sets the print setup and replaces the sheet's mark. Runs of formulas that repeat rows above
 * them (`repeatedRuns`) are copied there in Excel rather than sent again. One round trip unless the JSON sent passes
 * WRITE_CHUNK_BYTES. Writes nowhere but the block, the styled ranges core gives (inside it) and its notes.
 */
async function applySheetEdits(context: Excel.RequestContext, ws: Excel.Worksheet, edits: SheetEdits, found: WriteLookups): Promise<void> {
  const { range, cells } = edits.block;
  const input: WriteCell[][] = cells.map((row) => row.map(hostInput));
  const formats = numberFormatGrid(cells);
  // Repeated runs are cleared by the 2-D write ("", two bytes a cell: a copy that fails leaves blanks, never the last
  // check's verdicts) and copied in afterwards, so the request carries each formula once;
  // not where a row of the block is hidden (a filter's hidden rows are skipped by a copy). Each copy goes with the
  // slice holding its last row, after that slice's write: its source is written by then.
  const allVisible = found.visible !== null && !found.visible.isNullObject && hiddenFrom(found.visible.address, { top: range.top, bottom: range.bottom }).rows.length === 0;
  const copies = allVisible ? repeatedRuns(input, range.top) : [];
  const copiesEndingAt = new Map<number, RowCopy[]>();
  for (const cp of copies) {
    for (let n = 0; n < cp.rows; n++) input[cp.to + n][cp.col] = "";
    const last = cp.to + cp.rows - 1;
    copiesEndingAt.set(last, [...(copiesEndingAt.get(last) ?? []), cp]);
  }
  const slices = byteSlices(input, WRITE_CHUNK_BYTES, (i) => (copiesEndingAt.get(i)?.length ?? 0) * COPY_BYTES);
  const column = (col: number, row: number, rows: number) => a1({ top: range.top + row, left: range.left + col, bottom: range.top + row + rows - 1, right: range.left + col });
  if (edits.insertColumns) {
    const { before, count } = edits.insertColumns;
    ws.getRange(`${columnLetters(before)}:${columnLetters(before + count - 1)}`).insert("Right");
  }
  for (const n of found.notes) if (!n.isNullObject) n.delete();
  for (let k = 0; k < slices.length; k++) {
    const [s, e] = slices[k];
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const part = ws.getRange(a1({ top: range.top + s, left: range.left, bottom: range.top + e - 1, right: range.right }));
    if (formats) part.numberFormat = formats.slice(s, e);
    part.formulas = input.slice(s, e);
    for (let i = s; i < e; i++) {
      for (const cp of copiesEndingAt.get(i) ?? []) ws.getRange(column(cp.col, cp.to, cp.rows)).copyFrom(ws.getRange(column(cp.col, cp.from, cp.rows)), "Formulas");
    }
    if (k === slices.length - 1) {
      const block = ws.getRange(a1(range));
      const t = found.tableFormat;
      if (t?.font.name) block.format.font.name = t.font.name;
      if (t?.font.size) block.format.font.size = t.font.size;
      if (t?.verticalAlignment) block.format.verticalAlignment = t.verticalAlignment;
      for (const st of edits.styles) {
        queueStyle(ws.getRange(a1(st.range)), st.style, st.range.bottom - st.range.top + 1, st.range.right - st.range.left + 1);
      }
      queueConditionalFormats(ws, edits.conditionalFormats);
      for (const [col, width] of Object.entries(edits.columnWidths)) {
        const letter = columnLetters(Number(col));
        ws.getRange(`${letter}:${letter}`).format.columnWidth = width;
      }
      // Fitted after the text is in, so a wrapped explanation never runs into the next row.
      ws.getRange(`${range.top + 1}:${range.bottom + 1}`).format.autofitRows();
      if (supports("1.18")) for (const n of edits.notes) ws.notes.add(a1({ top: n.cell.row, left: n.cell.col, bottom: n.cell.row, right: n.cell.col }), NOTE_MARK + n.text);
      if (edits.freeze && found.frozen?.isNullObject) queueFreeze(ws, edits.freeze);
      if (edits.print) queuePageSetup(ws, edits.print);
      if (found.mark) queueMark(ws, edits.sheet, edits.owned, found.mark);
    }
    await context.sync();
  }
}

/** Queues the sheet's mark: the earlier one deleted, the new sheet-scoped name added and hidden from the Name Manager. */
function queueMark(ws: Excel.Worksheet, sheetName: string, owned: CellRange[], old: Excel.NamedItem | null): void {
  if (old && !old.isNullObject) old.delete();
  if (owned.length === 0) return;
  const item = ws.names.add(OWNED_NAME, `=${encodeOwned(sheetName, owned)}`);
  item.visible = false;
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
    // The whole-sheet mark: this sheet is the tool's, never checked as data even if the workbook forgets it.
    if (supports("1.4")) queueMark(ws, name, [WHOLE_SHEET], null);
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
  for (const r of print.breakBefore ?? []) ws.horizontalPageBreaks?.add(`A${r + 1}`);
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
 * The workbook interface over Office.js. Round trips: list 1, read 2 (+1 per 130,000 cells), write 2 (verify and
 * look up the mark, font, panes and notes; then write with calculation suspended; +1 per 4 MB sent, repeated runs of
 * the block being copied in Excel rather than sent), add a sheet 2,
 * select 1. State lives in the document's
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
      const ws = ctx.workbook.worksheets.getItem(edits.sheet);
      const found = queueLookups(ws, edits);
      await ctx.sync();
      const changed = changedCells(found.block.values as CellValue[][], expected, edits.block.range);
      if (changed.length > 0) return { ok: false, kind: "changed", cells: changed } as ApplyOutcome;
      await applySheetEdits(ctx, ws, edits, found);
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
