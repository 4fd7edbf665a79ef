// A1 references in OOXML: cell addresses, sqref lists, and moving a formula's relative references (shared formulas).
import type { CellRange } from "../../../core/sheet/model";
import { columnLetters, MAX_SHEET_COLS, MAX_SHEET_ROWS, rangeRef } from "../../../core/sheet/a1";

// The A1 reading itself lives in core (one reader for every host); the package layer reads it through here.
export { cellRef, colIndex, MAX_SHEET_COLS, MAX_SHEET_ROWS, rangeRef, relativeKey, shiftFormula } from "../../../core/sheet/a1";

/** The whole grid: the mark of a sheet the tool made itself (the report, a roll-up's summary sheets). */
export const WHOLE_SHEET = { top: 0, left: 0, bottom: MAX_SHEET_ROWS - 1, right: MAX_SHEET_COLS - 1 };

/**
 * The ranges of an sqref attribute (space-separated), skipping pieces that are not ranges.
 * @example sqrefRanges("A1:A3 C5") → [{ top: 0, left: 0, bottom: 2, right: 0 }, { top: 4, left: 2, bottom: 4, right: 2 }]
 */
export function sqrefRanges(sqref: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const r = part ? rangeRef(part) : null;
    if (r) out.push(r);
  }
  return out;
}

/** "A1" for 0-based row and column. */
export function addressOf(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * An absolute, sheet-qualified reference for a defined name: 'Chỉ tiêu'!$H$5:$I$40.
 * @example absoluteRef("Chỉ tiêu", { top: 4, left: 7, bottom: 39, right: 8 }) → "'Chỉ tiêu'!$H$5:$I$40"
 */
export function absoluteRef(sheet: string, r: CellRange): string {
  // Whole rows (the mark of a sheet the tool made) are written as rows, as core/sheet/owned.ts encodes them.
  if (r.left <= 0 && r.right >= MAX_SHEET_COLS - 1) return `${quoteSheet(sheet)}!$${r.top + 1}:$${r.bottom + 1}`;
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** A sheet name as a defined name writes it: always in single quotes, inner quotes doubled (as core/sheet/owned.ts encodes the mark). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

