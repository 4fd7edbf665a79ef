// SpreadsheetApp adapter: reads a sheet into SheetData and applies core's SheetEdits and NewSheet with a fixed number of service calls.
import type { CellRange, SheetData } from "../../core/sheet/model";
import { a1, parseA1 } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, StyledRange } from "../../core/sheet/output";
import { numberFormatGrid, pointsToPixels } from "../../core/sheet/output";
import { planCellWrites } from "./formula-writes";
import { freeSheetName, SHEETS_SHEET_NAMES } from "../../core/sheet/names";
import type { CellValue } from "../../core/types";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Notes this tool writes start with this mark, so a re-check can replace its own notes and leave the user's alone. */
export const NOTE_MARK = "Chỉ tiêu: ";

/** A sheet as read, plus what the writers need to keep the user's notes. */
export interface ReadSheet {
  sheet: SheetData;
  /** Notes of the used range, same shape as `sheet.values`. */
  notes: string[][];
}

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
 * Reads a whole sheet in a fixed number of calls whatever its size: one getDataRange, then values, number
 * formats, formulas and notes of that range (one call each), and the merged ranges (one call plus one per
 * merge to learn its address). Hidden rows are not read: asking costs one call per row.
 * @example readSheet(SpreadsheetApp.getActiveSheet()).sheet.values[0] → ["STT", "Nội dung chỉ tiêu", ...]
 */
export function readSheet(sheet: Sheet): ReadSheet {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const values = raw.map((row) => row.map(toCellValue));
  const formats = range.getNumberFormats();
  const formulas = range.getFormulas();
  const notes = range.getNotes();
  const merges: CellRange[] = [];
  for (const m of range.getMergedRanges()) {
    const r = parseA1(m.getA1Notation());
    if (r) merges.push(r);
  }
  // An empty sheet still has a 1×1 data range holding "".
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === "" && !formulas[0][0];
  return {
    sheet: { name, values: empty ? [] : values, formats, formulas, merges, origin: { row: 0, col: 0 } },
    notes,
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
 * The notes to write in one call, or null when nothing changes: this tool's notes from an earlier check are
 * cleared, new ones written, and a cell holding the user's own note keeps it. The call covers the bounding
 * box of the cells that change.
 */
function notesPatch(read: ReadSheet, notes: SheetEdits["notes"]): { range: CellRange; notes: string[][] } | null {
  const o = read.sheet.origin ?? { row: 0, col: 0 };
  const want = new Map<string, string>();
  for (const n of notes) want.set(`${n.cell.row - o.row},${n.cell.col - o.col}`, NOTE_MARK + n.text);
  const changes = new Map<string, string>();
  read.notes.forEach((row, r) =>
    row.forEach((old, c) => {
      if (old.startsWith(NOTE_MARK) && !want.has(`${r},${c}`)) changes.set(`${r},${c}`, "");
    }),
  );
  for (const [k, text] of want) {
    const [r, c] = k.split(",").map(Number);
    const old = read.notes[r]?.[c] ?? "";
    if (old === text || (old !== "" && !old.startsWith(NOTE_MARK))) continue;
    changes.set(k, text);
  }
  if (changes.size === 0) return null;
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const k of changes.keys()) {
    const [r, c] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  const grid: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = left; c <= right; c++) line.push(changes.get(`${r},${c}`) ?? read.notes[r]?.[c] ?? "");
    grid.push(line);
  }
  return { range: { top: top + o.row, left: left + o.col, bottom: bottom + o.row, right: right + o.col }, notes: grid };
}

/**
 * Writes a check's status block: one setValues for texts and one setFormulas per formula column block, one setNumberFormats when core
 * asks for formats, a few calls per distinct style, one setConditionalFormatRules, one setNotes (when notes change)
 * and one setColumnWidth per written column. Nothing is written outside the block, the styled ranges core gives
 * (inside the block) and the notes of checked cells.
 */
export function applySheetEdits(sheet: Sheet, read: ReadSheet, edits: SheetEdits): void {
  const { range, cells } = edits.block;
  const target = rangeOf(sheet, range);
  const formats = numberFormatGrid(cells);
  if (formats) target.setNumberFormats(formats);
  writeCells(target, cells);
  applyStyles(sheet, edits.styles);
  sheet.setConditionalFormatRules(mergedRules(sheet, edits.conditionalFormats));
  const patch = notesPatch(read, edits.notes);
  if (patch) rangeOf(sheet, patch.range).setNotes(patch.notes);
  for (const [col, width] of Object.entries(edits.columnWidths)) sheet.setColumnWidth(Number(col) + 1, pointsToPixels(width));
}

/**
 * Creates a sheet from core's description (report, plan sheet) and activates it: insertSheet, one setValues for
 * the values and one setFormulas per formula column block, one setNumberFormats when needed, the font, a few calls per distinct style,
 * one per run of merged rows, one per column width, and one setConditionalFormatRules. Page setup (paper, margins) has no
 * SpreadsheetApp API; Sheets asks for it in File › Print. Returns the created sheet's name.
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
  ns.columnWidths.forEach((w, c) => {
    if (w !== undefined) sheet.setColumnWidth(c + 1, pointsToPixels(w));
  });
  applyRowHeights(sheet, ns.rowHeights, ns.merges);
  if (ns.conditionalFormats.length > 0) sheet.setConditionalFormatRules(mergedRules(sheet, ns.conditionalFormats));
  if (ns.freezeRows) sheet.setFrozenRows(ns.freezeRows);
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
