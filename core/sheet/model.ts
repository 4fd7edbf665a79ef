// The host-neutral sheet: one read of a range (values, number formats, formulas, merges) as every host hands it over.
import type { CellValue } from "../types";
import { columnLetters } from "./a1";
import { isDateFormat, serialToIso } from "../number/cell";

// Column letters and A1 addresses are read and written in ./a1 (one A1 reader for every host).
export { columnLetters, columnSpan, parseA1 } from "./a1";

/** A rectangle of cells, 0-based and inclusive on all sides, in the coordinates of `SheetData.values`. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell, 0-based, in the coordinates of `SheetData.values`. */
export interface CellRef {
  row: number;
  col: number;
}

/**
 * A sheet as read in ONE call: row-major, as Office.js `range.values`/`numberFormat`/`formulas` and
 * SpreadsheetApp `getValues()`/`getNumberFormats()`/`getFormulas()` give it.
 * Rows may be ragged; a missing cell is empty.
 */
export interface SheetData {
  name: string;
  values: CellValue[][];
  /** Number format per cell ("0.0%", "#,##0", "General", "@"); same shape as `values` where known. */
  formats?: (string | undefined)[][];
  /** Formula text per cell where the cell holds one ("=E5/F5"); "" or undefined otherwise. */
  formulas?: (string | undefined)[][];
  /** Merged areas, 0-based inclusive, in `values` coordinates. The value sits in the top-left cell. */
  merges?: CellRange[];
  /** Rows (0-based, `values` coordinates) hidden by the user. */
  hiddenRows?: number[];
  /** Columns (0-based, `values` coordinates) hidden by the user (often last year's figures). */
  hiddenColumns?: number[];
  /** Cells carrying a user's note or comment, with its text (so a note is never replaced, and ours go beside it). */
  notes?: Array<{ row: number; col: number; text: string }>;
  /** Areas with data validation (a drop-down list, a number rule): the user's, never written over. */
  validations?: CellRange[];
  /**
   * Areas this tool wrote earlier and marked as its own (the .xlsx and Excel hosts keep a defined name, Sheets a
   * named range): the only cells a re-check may rewrite. Everything else holding a value, formula, note or
   * validation is the user's.
   */
  owned?: CellRange[];
  /**
   * Where `values[0][0]` sits on the sheet, 0-based (a used range starting at B3 has origin {row: 2, col: 1}).
   * Default {row: 0, col: 0}. Every address this core writes for a host is absolute (origin added).
   */
  origin?: CellRef;
}

/** The value of a cell, or undefined when outside the grid. */
export function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  const r = sheet.values[row];
  return r ? r[col] : undefined;
}

/** Number of columns of the widest row. */
export function sheetWidth(sheet: SheetData): number {
  let w = 0;
  for (const r of sheet.values) if (r && r.length > w) w = r.length;
  return w;
}

/**
 * The absolute A1 address of a cell given in `values` coordinates (origin added).
 * @example cellAddress({ name: "S", values: [], origin: { row: 2, col: 1 } }, 0, 0) → "B3"
 */
export function cellAddress(sheet: Pick<SheetData, "origin">, row: number, col: number): string {
  const o = sheet.origin ?? { row: 0, col: 0 };
  return `${columnLetters(col + o.col)}${row + o.row + 1}`;
}

/**
 * The absolute A1 address of a range given in `values` coordinates.
 * @example rangeAddress({ name: "S", values: [] }, { top: 0, left: 0, bottom: 9, right: 1 }) → "A1:B10"
 */
export function rangeAddress(sheet: Pick<SheetData, "origin">, r: CellRange): string {
  const a = cellAddress(sheet, r.top, r.left);
  const b = cellAddress(sheet, r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * A 0-based range as an A1 address, with no origin: what host APIs take.
 * @example a1({ top: 2, left: 1, bottom: 8, right: 3 }) → "B3:D9" · a1({ top: 0, left: 0, bottom: 0, right: 0 }) → "A1"
 */
export function a1(r: CellRange): string {
  return rangeAddress({}, r);
}

/** A range moved by the sheet's origin, i.e. in absolute 0-based sheet coordinates. */
export function absoluteRange(sheet: Pick<SheetData, "origin">, r: CellRange): CellRange {
  const o = sheet.origin ?? { row: 0, col: 0 };
  return { top: r.top + o.row, left: r.left + o.col, bottom: r.bottom + o.row, right: r.right + o.col };
}

/** True for null, undefined, and strings that are empty or only spaces. */
export function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * A sheet whose date-formatted numbers are dates: a host handing dates over as serials (Excel's values, 45627 under
 * "dd/mm/yyyy") reads as one handing Date objects (Sheets, the .xlsx reader), so every reader and every figure echoed
 * sees 01/12/2024, never 45627. The same sheet when no number is date-formatted.
 * @example datedSerials({ name: "S", values: [[45627]], formats: [["dd/mm/yyyy"]] }).values[0][0] → Date 2024-12-01
 */
export function datedSerials(sheet: SheetData): SheetData {
  let values: CellValue[][] | null = null;
  sheet.formats?.forEach((row, r) =>
    row?.forEach((f, c) => {
      const v = sheet.values[r]?.[c];
      const iso = typeof v === "number" && isDateFormat(f) ? serialToIso(v) : null;
      if (!iso) return;
      values ??= sheet.values.map((x) => x?.slice());
      values[r][c] = new Date(`${iso}T00:00:00Z`);
    }),
  );
  return values ? { ...sheet, values } : sheet;
}
