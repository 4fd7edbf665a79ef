// SpreadsheetApp adapter: reads a sheet into SheetData and applies core's SheetEdits and NewSheet with a fixed number of service calls.
import type { CellRange, SheetData } from "../../core/sheet/model";
import { a1, columnLetters, parseA1 } from "../../core/sheet/model";
import { NOTE_MARK, type SheetEdits } from "../../core/sheet/edits";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, StyledRange } from "../../core/sheet/output";
import { numberFormatGrid, pointsToPixels } from "../../core/sheet/output";
import { isSheetsOwnedName, SHEETS_OWN_SHEET_KEY, sheetsOwnedName, WHOLE_SHEET } from "../../core/sheet/owned";
import { planCellWrites } from "./formula-writes";
import { freeSheetName, SHEETS_SHEET_NAMES } from "../../core/sheet/names";
import type { CellValue } from "../../core/types";
import { sheetsPdfUrl } from "../shared/print";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * Columns right of the data range whose hidden state is read. SpreadsheetApp answers one column per call
 * (`isColumnHiddenByUser`), so a fixed window keeps a read's calls the same for ten rows or a hundred thousand;
 * the status block needs far fewer columns than this, and a write re-checks its own columns.
 */
export const HIDDEN_WINDOW = 16;

function rangeOf(sheet: Sheet, r: CellRange): Range {
  return sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1);
}

/**
 * Writes a grid of output cells into `range`: one setValues for values and texts, then one setFormulas per block of
 * formula columns (formula-writes.ts says why formulas never go through setValues). Calls: 1 + blocks, the same for
 * ten rows or a hundred thousand.
 */
function writeCells(range: Range, cells: OutCell[][]): void {
  const { values, blocks } = planCellWrites(cells);
  range.setValues(values);
  for (const b of blocks) range.offset(b.top, b.left, b.formulas.length, b.formulas[0].length).setFormulas(b.formulas);
}

/**
 * A cell as core reads it. Dates are rebuilt in this script's realm (Apps Script hands Date objects, and
 * `instanceof Date` must hold for core); empty strings stay "" (core treats them as empty).
 */
function toCellValue(v: unknown): CellValue {
  if (v !== null && typeof v === "object" && typeof (v as Date).getTime === "function") return new Date((v as Date).getTime());
  return v as CellValue;
}

/**
 * The validated cells of a `getDataValidations()` grid as rectangles: runs of validated cells per row, joined with
 * the same run of the row above, so a drop-down over a whole column is one range however many rows it has.
 * @example validationRanges([[null, {}], [null, {}]]) → [{ top: 0, left: 1, bottom: 1, right: 1 }]
 */
export function validationRanges(grid: unknown[][]): CellRange[] {
  const out: CellRange[] = [];
  let open = new Map<string, CellRange>();
  grid.forEach((row, r) => {
    const next = new Map<string, CellRange>();
    for (let c = 0; c < row.length; c++) {
      if (row[c] === null || row[c] === undefined) continue;
      let e = c;
      while (e + 1 < row.length && row[e + 1] !== null && row[e + 1] !== undefined) e++;
      const key = `${c},${e}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        next.set(key, prev);
      } else {
        const range = { top: r, left: c, bottom: r, right: e };
        out.push(range);
        next.set(key, range);
      }
      c = e;
    }
    open = next;
  });
  return out;
}

/**
 * The tool's mark on a sheet: its named ranges (`ChiTieu_Owned_<sheetId>_<k>`) as absolute ranges, or the whole
 * grid when the sheet carries the whole-sheet developer metadata. Calls: two, plus one per named range and
 * metadata item of that sheet, plus two per range of the tool's.
 */
function readMark(sheet: Sheet, sheetId: number): { ranges: CellRange[]; named: GoogleAppsScript.Spreadsheet.NamedRange[] } {
  if (sheet.getDeveloperMetadata().some((m) => m.getKey() === SHEETS_OWN_SHEET_KEY)) return { ranges: [WHOLE_SHEET], named: [] };
  const named = sheet.getNamedRanges().filter((n) => isSheetsOwnedName(n.getName(), sheetId));
  const ranges = named.flatMap((n) => {
    // A named range whose cells the user deleted no longer resolves: what is not marked is the user's.
    let a1Text = "";
    try {
      a1Text = n.getRange().getA1Notation();
    } catch {
      return [];
    }
    const r = parseA1(a1Text);
    return r ? [r] : [];
  });
  return { ranges, named };
}

/**
 * Reads a whole sheet in a fixed number of calls whatever its size: the data range's values, number formats,
 * formulas and notes (one call each); across the data rows and every column of the grid, the merged ranges (one
 * call plus one per merge) and data validation (one call); whether the columns of the tool's mark and the
 * HIDDEN_WINDOW columns right of the data are hidden (one call each); the tool's mark. Hidden rows are not read:
 * SpreadsheetApp answers one row per call.
 * @example readSheet(SpreadsheetApp.getActiveSheet()).values[0] → ["STT", "Nội dung chỉ tiêu", ...]
 */
export function readSheet(sheet: Sheet): SheetData {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const values = raw.map((row) => row.map(toCellValue));
  const formats = range.getNumberFormats();
  const formulas = range.getFormulas();
  const noteGrid = range.getNotes();
  const rows = values.length;
  const width = values[0]?.length ?? 0;
  const maxColumns = sheet.getMaxColumns();
  // The block goes right of the data range, so what lies there on the data rows counts too.
  const wide = sheet.getRange(1, 1, Math.max(1, rows), Math.max(1, maxColumns));
  const merges: CellRange[] = [];
  for (const m of wide.getMergedRanges()) {
    const r = parseA1(m.getA1Notation());
    if (r) merges.push(r);
  }
  const validations = validationRanges(wide.getDataValidations());
  const mark = readMark(sheet, sheet.getSheetId());
  const hiddenColumns: number[] = [];
  const ask = new Set<number>();
  for (let c = width; c < Math.min(maxColumns, width + HIDDEN_WINDOW); c++) ask.add(c);
  for (const r of mark.ranges) if (r !== WHOLE_SHEET) for (let c = r.left; c <= r.right && c < maxColumns; c++) ask.add(c);
  for (const c of [...ask].sort((a, b) => a - b)) if (sheet.isColumnHiddenByUser(c + 1)) hiddenColumns.push(c);
  const notes: NonNullable<SheetData["notes"]> = [];
  noteGrid.forEach((row, r) => row.forEach((text, c) => text && notes.push({ row: r, col: c, text })));
  // An empty sheet still has a 1×1 data range holding "".
  const empty = rows === 1 && width === 1 && values[0][0] === "" && !formulas[0][0];
  return {
    name, values: empty ? [] : values, formats, formulas, merges, validations, hiddenColumns, notes,
    owned: mark.ranges.map((r) => ({ ...r })), origin: { row: 0, col: 0 },
  };
}

/** What Range and RangeList both offer for styling (their setters return themselves, typed differently). */
interface Styler {
  setFontWeight(w: string | null): unknown;
  setFontStyle(s: string | null): unknown;
  setFontLine(l: string | null): unknown;
  setFontFamily(f: string | null): unknown;
  setFontSize(n: number): unknown;
  setFontColor(c: string | null): unknown;
  setBackground(c: string | null): unknown;
  setHorizontalAlignment(a: "left" | "center" | "normal" | "right" | null): unknown;
  setVerticalAlignment(a: "top" | "middle" | "bottom" | null): unknown;
  setWrap(w: boolean): unknown;
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean): unknown;
  setNumberFormat(f: string): unknown;
}

/** Applies one style to a range or a range list: a fixed handful of calls. */
function applyStyle(target: Styler, s: CellStyle): void {
  if (s.bold !== undefined) target.setFontWeight(s.bold ? "bold" : "normal");
  if (s.italic !== undefined) target.setFontStyle(s.italic ? "italic" : "normal");
  if (s.underline !== undefined) target.setFontLine(s.underline ? "underline" : "none");
  if (s.fontName) target.setFontFamily(s.fontName);
  if (s.fontSize) target.setFontSize(s.fontSize);
  if (s.fontColor) target.setFontColor(s.fontColor);
  if (s.fill) target.setBackground(s.fill);
  if (s.hAlign) target.setHorizontalAlignment(s.hAlign);
  if (s.vAlign) target.setVerticalAlignment(s.vAlign);
  if (s.wrap !== undefined) target.setWrap(s.wrap);
  if (s.border === "thin") target.setBorder(true, true, true, true, true, true);
  if (s.border === "none") target.setBorder(false, false, false, false, false, false);
  if (s.numberFormat) target.setNumberFormat(s.numberFormat);
}

function styleKey(s: CellStyle): string {
  return JSON.stringify(Object.keys(s).sort().map((k) => [k, s[k as keyof CellStyle]]));
}

/**
 * Applies styled ranges with one RangeList per distinct style, so a report styling each of its 200 shortfall lines
 * the same way costs the same calls as one line. Order is kept where it matters: a style applied later wins on
 * overlaps, so ranges are grouped only with the same style's earlier ranges when no other style came between
 * on an overlapping range.
 */
function applyStyles(sheet: Sheet, styles: StyledRange[]): void {
  const groups: { style: CellStyle; key: string; ranges: CellRange[] }[] = [];
  const overlaps = (a: CellRange, b: CellRange) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
  for (const st of styles) {
    const key = styleKey(st.style);
    let g: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= 0; i--) {
      if (groups[i].key === key) {
        g = groups[i];
        break;
      }
      // A different style over an overlapping range since: this range must come after it.
      if (groups[i].ranges.some((r) => overlaps(r, st.range))) break;
    }
    if (g) g.ranges.push(st.range);
    else groups.push({ style: st.style, key, ranges: [st.range] });
  }
  for (const g of groups) {
    applyStyle(g.ranges.length === 1 ? rangeOf(sheet, g.ranges[0]) : sheet.getRangeList(g.ranges.map(a1)), g.style);
  }
}

/**
 * Merges with one call per run of consecutive one-row merges over the same columns (mergeAcross merges each row of
 * a block separately), and one call per taller merge.
 */
function applyMerges(sheet: Sheet, merges: CellRange[]): void {
  const rows = merges.filter((m) => m.top === m.bottom).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j].left === rows[i].left && rows[j].right === rows[i].right && rows[j].top === rows[j - 1].top + 1) j++;
    rangeOf(sheet, { top: rows[i].top, left: rows[i].left, bottom: rows[j - 1].top, right: rows[i].right }).mergeAcross();
    i = j;
  }
  for (const m of merges) if (m.top !== m.bottom) rangeOf(sheet, m).merge();
}

/**
 * Row heights for merged rows only, one call per run of consecutive rows at the run's tallest height: Sheets
 * grows an unmerged wrapped row by itself but never a merged one, so only merged paragraphs need a height.
 */
function applyRowHeights(sheet: Sheet, heights: Record<number, number>, merges: CellRange[]): void {
  const merged = new Set<number>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) merged.add(r);
  const rows = Object.keys(heights).map(Number).filter((r) => merged.has(r)).sort((a, b) => a - b);
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    let h = heights[rows[i]];
    while (j < rows.length && rows[j] === rows[j - 1] + 1) h = Math.max(h, heights[rows[j++]]);
    sheet.setRowHeights(rows[i] + 1, j - i, pointsToPixels(h));
    i = j;
  }
}

/**
 * Column widths (points by 0-based column) with one `setColumnWidths` per run of adjacent columns of the same width
 * in pixels, so a status block of sixty equal columns costs one call, as one column does.
 */
function applyColumnWidths(sheet: Sheet, widths: Array<[number, number]>): void {
  const px = widths.map(([c, w]) => [c, pointsToPixels(w)] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < px.length; ) {
    let j = i + 1;
    while (j < px.length && px[j][0] === px[j - 1][0] + 1 && px[j][1] === px[i][1]) j++;
    sheet.setColumnWidths(px[i][0] + 1, j - i, px[i][1]);
    i = j;
  }
}

/** Whether every range of an existing rule lies inside the given columns (then it is this tool's earlier rule). */
function ruleInsideColumns(rule: Rule, left: number, right: number): boolean {
  const ranges = rule.getRanges();
  if (ranges.length === 0) return false;
  return ranges.every((r) => {
    const p = parseA1(r.getA1Notation());
    return p !== null && p.left >= left && p.right <= right;
  });
}

/**
 * The sheet's conditional-format rules with `cfs` added: exact-text rules per verdict label ("Đạt" must not
 * colour "Chưa đạt", so never text-contains). Rules this tool wrote before over the same columns are dropped,
 * so a re-check does not pile them up. Costs one call per existing rule, not per cell.
 */
function mergedRules(sheet: Sheet, cfs: ConditionalFormat[]): Rule[] {
  let rules = sheet.getConditionalFormatRules();
  for (const cf of cfs) {
    rules = rules.filter((r) => !ruleInsideColumns(r, cf.range.left, cf.range.right));
  }
  for (const cf of cfs) {
    const range = rangeOf(sheet, cf.range);
    for (const st of cf.rules) {
      rules.push(SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(st.label).setBackground(st.fill).setFontColor(st.fontColor).setRanges([range]).build());
    }
  }
  return rules;
}

/**
 * The notes of the block after this write, or null when nothing changes: the tool's stale notes (`clearNotes`)
 * emptied, its findings written with NOTE_MARK, and every other note kept. A note that appeared on a finding's cell
 * since the read is the user's: it stays, with the finding below it.
 * @example blockNotes([["Chỉ tiêu: cũ"]], { block: { range: { top: 4, left: 7, … }, … }, clearNotes: [{ row: 4, col: 7 }], notes: [] }) → [[""]]
 */
export function blockNotes(current: string[][], edits: Pick<SheetEdits, "block" | "notes" | "clearNotes">): string[][] | null {
  const { top, left } = edits.block.range;
  const grid = current.map((row) => row.slice());
  let changed = false;
  const put = (r: number, c: number, text: string) => {
    const row = grid[r - top];
    if (!row || c - left < 0 || c - left >= row.length || row[c - left] === text) return;
    row[c - left] = text;
    changed = true;
  };
  const cleared = new Set<string>();
  for (const n of edits.clearNotes ?? []) {
    put(n.row, n.col, "");
    cleared.add(`${n.row},${n.col}`);
  }
  for (const n of edits.notes) {
    const old = cleared.has(`${n.cell.row},${n.cell.col}`) ? "" : (current[n.cell.row - top]?.[n.cell.col - left] ?? "");
    put(n.cell.row, n.cell.col, old === "" ? NOTE_MARK + n.text : `${old}\n\n${NOTE_MARK}${n.text}`);
  }
  return changed ? grid : null;
}

/** What a write could not do because the sheet changed in a way values do not show. */
export interface WriteRefusal {
  /** Columns (A1 letters) of the block the user has hidden since the read. */
  hidden: string[];
}

/**
 * Writes a check's edits: inserts the planned columns (or grows the grid when the block passes its last column),
 * one setValues for texts and one setFormulas per formula column block, one setNumberFormats when core asks for
 * formats, the table's font, a few calls per distinct style, one setConditionalFormatRules, one setNotes over the
 * block (when notes change), one setColumnWidths per run of equal column widths, one autoResizeRows, the frozen panes when the
 * sheet has none, and the mark (its named ranges replaced). Returns a refusal, writing nothing, when a column of
 * the block is hidden (the read looks only so far right). Nothing is written outside the block, except the columns
 * it inserts and the mark.
 */
export function applySheetEdits(sheet: Sheet, edits: SheetEdits): WriteRefusal | null {
  const { range, cells } = edits.block;
  let max = sheet.getMaxColumns();
  if (edits.insertColumns) {
    sheet.insertColumnsBefore(edits.insertColumns.before + 1, edits.insertColumns.count);
    max += edits.insertColumns.count;
  } else {
    const hidden: string[] = [];
    for (let c = range.left; c <= range.right && c < max; c++) if (sheet.isColumnHiddenByUser(c + 1)) hidden.push(columnLetters(c));
    if (hidden.length > 0) return { hidden };
  }
  // Writing past the grid's last column fails in Sheets; the grid grows there first (no cell of the user's moves).
  if (range.right + 1 > max) sheet.insertColumnsAfter(max, range.right + 1 - max);
  const target = rangeOf(sheet, range);
  const formats = numberFormatGrid(cells);
  if (formats) target.setNumberFormats(formats);
  writeCells(target, cells);
  if (edits.fontFrom) {
    const from = sheet.getRange(edits.fontFrom.row + 1, edits.fontFrom.col + 1);
    const family = from.getFontFamily();
    const size = from.getFontSize();
    if (family) target.setFontFamily(family);
    if (size) target.setFontSize(size);
    target.setVerticalAlignment(from.getVerticalAlignment() as "top" | "middle" | "bottom");
  }
  applyStyles(sheet, edits.styles);
  sheet.setConditionalFormatRules(mergedRules(sheet, edits.conditionalFormats));
  const notes = blockNotes(target.getNotes(), edits);
  if (notes) target.setNotes(notes);
  applyColumnWidths(sheet, Object.entries(edits.columnWidths).map(([col, width]) => [Number(col), width]));
  // Sheets fits a wrapped row by itself only until a height is set on it; asking once fits every row of the block.
  sheet.autoResizeRows(range.top + 1, range.bottom - range.top + 1);
  if (edits.freeze && sheet.getFrozenRows() === 0 && sheet.getFrozenColumns() === 0) freeze(sheet, edits.freeze);
  writeMark(sheet, edits.owned);
  return null;
}

/**
 * Freezes the header rows and the name column. Sheets refuses to freeze through part of a merged area (a title
 * merged across the table); the panes are then left as they were, since they are a view, not the user's data.
 */
function freeze(sheet: Sheet, f: { rows: number; columns: number }): void {
  try {
    if (f.rows > 0) sheet.setFrozenRows(f.rows);
  } catch {
    // A merge across the header's last row: no frozen rows.
  }
  try {
    if (f.columns > 0) sheet.setFrozenColumns(f.columns);
  } catch {
    // A merge across the name column's edge: no frozen columns.
  }
}

/** Replaces the sheet's mark: its earlier named ranges removed, one named range per area added. */
function writeMark(sheet: Sheet, owned: CellRange[]): void {
  const id = sheet.getSheetId();
  for (const n of sheet.getNamedRanges()) if (isSheetsOwnedName(n.getName(), id)) n.remove();
  const ss = sheet.getParent();
  owned.forEach((r, k) => ss.setNamedRange(sheetsOwnedName(id, k + 1), rangeOf(sheet, r)));
}

/**
 * The link that prints a sheet with core's setup (Sheets stores no page setup): two calls.
 * @example printUrl(sheet, edits.print) → "https://docs.google.com/spreadsheets/d/<id>/export?format=pdf&gid=0&size=A4&…"
 */
export function printUrl(sheet: Sheet, print: NonNullable<SheetEdits["print"]>): string {
  return sheetsPdfUrl(sheet.getParent().getId(), sheet.getSheetId(), print);
}

/**
 * Creates a sheet from core's description (report, plan sheet) and activates it: insertSheet, one setValues for
 * the values and one setFormulas per formula column block, one setNumberFormats when needed, the font, a few calls per distinct style,
 * one per run of merged rows, one per run of equal column widths, one setConditionalFormatRules and the whole-sheet mark. Page
 * setup (paper, margins) has no SpreadsheetApp API; `printUrl` gives a link that prints with it. Returns the created
 * sheet's name.
 */
export function createSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ns: NewSheet): string {
  const existing = ss.getSheets().map((s) => s.getName());
  const name = freeSheetName(ns.name, existing, SHEETS_SHEET_NAMES);
  const sheet = ss.insertSheet(name);
  const rows = ns.cells.length;
  const cols = Math.max(1, ...ns.cells.map((r) => r.length));
  const padded = ns.cells.map((r) => [...r, ...Array<OutCell>(cols - r.length).fill(null)]);
  if (rows > 0) {
    const all = sheet.getRange(1, 1, rows, cols);
    all.setFontFamily(ns.font.name).setFontSize(ns.font.size);
    const formats = numberFormatGrid(padded);
    if (formats) all.setNumberFormats(formats);
    writeCells(all, padded);
  }
  applyMerges(sheet, ns.merges);
  applyStyles(sheet, ns.styles);
  applyColumnWidths(sheet, ns.columnWidths.flatMap((w, c) => (w === undefined ? [] : [[c, w] as [number, number]])));
  applyRowHeights(sheet, ns.rowHeights, ns.merges);
  if (ns.conditionalFormats.length > 0) sheet.setConditionalFormatRules(mergedRules(sheet, ns.conditionalFormats));
  if (ns.freezeRows) sheet.setFrozenRows(ns.freezeRows);
  // The whole-sheet mark: this sheet is the tool's, never checked as data even if the spreadsheet forgets it.
  sheet.addDeveloperMetadata(SHEETS_OWN_SHEET_KEY);
  sheet.activate();
  return name;
}

/** Selects a cell (or range) of a sheet and brings the sheet forward: three calls. */
export function selectRange(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, address: string): boolean {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet || !parseA1(address)) return false;
  sheet.activate();
  sheet.getRange(address).activate();
  return true;
}

/** A sheet's values by name (plan or template sheet) in three calls; null when absent or empty. */
export function readValues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): CellValue[][] | null {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues().map((row) => row.map(toCellValue));
  const empty = values.every((row) => row.every((v) => v === "" || v === null));
  return empty ? null : values;
}
