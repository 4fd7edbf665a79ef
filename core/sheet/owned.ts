// The tool's mark on the cells and sheets it wrote: its name in each host, how its ranges are written and read back, and what it covers.
import type { CellRange, CellRef, SheetData } from "./model";
import { columnLetters } from "./model";

/**
 * The sheet-scoped defined name (.xlsx `<definedName localSheetId=… hidden="1">`, Office.js
 * `worksheet.names.add`) whose reference is the union of the areas this tool wrote on that sheet. A user cannot
 * create it by accident: it is hidden from the Name Manager and no cell text can make one.
 */
export const OWNED_NAME = "ChiTieu_Owned";

/**
 * Google Sheets has no sheet-scoped or union names, so each owned area is its own named range
 * `ChiTieu_Owned_<sheetId>_<k>` (k = 1, 2, …); named ranges move with inserted rows and columns as Excel's do.
 */
export const SHEETS_OWNED_PREFIX = "ChiTieu_Owned_";

/**
 * Developer metadata key (on the Sheet object, invisible to users) marking a whole sheet as the tool's: the
 * report, the plan sheet, the consolidation's summary sheets.
 */
export const SHEETS_OWN_SHEET_KEY = "chitieu.ownedSheet";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The whole grid, absolute and 0-based: the mark of a sheet this tool created (written as `$1:$1048576`). */
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

/** A sheet name as formulas quote it: always in single quotes, inner quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** One absolute range as `$H$4:$I$20`, `$A$1`, or `$1:$1048576` for whole rows (the whole-sheet mark). */
function absoluteA1(r: CellRange): string {
  if (r.left <= 0 && r.right >= MAX_COLUMNS - 1) return `$${r.top + 1}:$${r.bottom + 1}`;
  if (r.top <= 0 && r.bottom >= MAX_ROWS - 1) return `$${columnLetters(r.left)}:$${columnLetters(r.right)}`;
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  const b = `$${columnLetters(r.right)}$${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * The reference text of the mark for `ranges` (absolute, 0-based) on sheet `sheetName`, without a leading "="
 * (an .xlsx `<definedName>` holds it as is; Office.js `names.add` takes it with "=" in front).
 * @example encodeOwned("Tổng hợp", [{ top: 4, left: 7, bottom: 12, right: 8 }]) → "'Tổng hợp'!$H$5:$I$13"
 * @example encodeOwned("Báo cáo", [WHOLE_SHEET]) → "'Báo cáo'!$1:$1048576"
 */
export function encodeOwned(sheetName: string, ranges: CellRange[]): string {
  const q = quoteSheet(sheetName);
  return ranges.map((r) => `${q}!${absoluteA1(r)}`).join(",");
}

/** Splits a union reference on the commas that are not inside a quoted sheet name. */
function splitUnion(text: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      // '' inside a quoted name is one quote, not the end of the name.
      if (quoted && text[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

const COLS = /^\$?([A-Z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** One reference part ("'S'!$H$4:$I$20", "S!H4", "$1:$1048576", "$H:$I") → absolute range, or null. */
function decodePart(part: string): CellRange | null {
  const bang = part.lastIndexOf("!");
  const local = (bang >= 0 ? part.slice(bang + 1) : part).trim().toUpperCase();
  const [a, b = a] = local.split(":");
  if (local.split(":").length > 2) return null;
  let m: RegExpExecArray | null;
  let r: CellRange | null = null;
  if ((m = CELL.exec(a))) {
    const n = CELL.exec(b);
    if (!n) return null;
    r = { top: Number(m[2]) - 1, left: colIndex(m[1]), bottom: Number(n[2]) - 1, right: colIndex(n[1]) };
  } else if ((m = ROWS.exec(a))) {
    const n = ROWS.exec(b);
    if (!n) return null;
    r = { top: Number(m[1]) - 1, left: 0, bottom: Number(n[1]) - 1, right: MAX_COLUMNS - 1 };
  } else if ((m = COLS.exec(a))) {
    const n = COLS.exec(b);
    if (!n) return null;
    r = { top: 0, left: colIndex(m[1]), bottom: MAX_ROWS - 1, right: colIndex(n[1]) };
  }
  if (!r) return null;
  const ok = r.top >= 0 && r.left >= 0 && r.bottom >= r.top && r.right >= r.left && r.bottom < MAX_ROWS && r.right < MAX_COLUMNS;
  return ok ? r : null;
}

/**
 * The absolute ranges a mark's reference text names. Parts a host has broken (Excel writes `#REF!` when the
 * user deletes the marked columns) are dropped: what is not marked is the user's, which is the safe reading.
 * @example decodeOwned("='Tổng hợp'!$H$5:$I$13,'Tổng hợp'!#REF!") → [{ top: 4, left: 7, bottom: 12, right: 8 }]
 */
export function decodeOwned(text: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitUnion(text.trim().replace(/^=/, ""))) {
    const r = decodePart(part.trim());
    if (r) out.push(r);
  }
  return out;
}

/**
 * A host's absolute mark ranges in `SheetData` coordinates (origin subtracted), as `SheetData.owned` wants them.
 * @example ownedInSheet([{ top: 4, left: 7, bottom: 12, right: 8 }], { row: 2, col: 1 }) → [{ top: 2, left: 6, bottom: 10, right: 7 }]
 */
export function ownedInSheet(ranges: CellRange[], origin: CellRef = { row: 0, col: 0 }): CellRange[] {
  return ranges.map((r) => ({ top: r.top - origin.row, left: r.left - origin.col, bottom: r.bottom - origin.row, right: r.right - origin.col }));
}

/**
 * The Google Sheets named-range name for the k-th owned area (k from 1) of the sheet with id `sheetId`.
 * @example sheetsOwnedName(0, 1) → "ChiTieu_Owned_0_1"
 */
export function sheetsOwnedName(sheetId: number, k: number): string {
  return `${SHEETS_OWNED_PREFIX}${sheetId}_${k}`;
}

/**
 * Whether a Google Sheets named range is one of this tool's marks on the sheet with id `sheetId`.
 * @example isSheetsOwnedName("ChiTieu_Owned_0_1", 0) → true · isSheetsOwnedName("ChiTieu_Owned_7_1", 0) → false
 */
export function isSheetsOwnedName(name: string, sheetId: number): boolean {
  return new RegExp(`^${SHEETS_OWNED_PREFIX}${sheetId}_\\d+$`).test(name);
}

/**
 * Whether the sheet is one this tool created (report, plan sheet, summary): its mark covers the whole grid. A
 * user's sheet named "Báo cáo" has no such mark, so it is checked like any other sheet.
 * @example isOwnSheet({ name: "Báo cáo", values: [], owned: [WHOLE_SHEET] }) → true
 * @example isOwnSheet({ name: "Báo cáo", values: [] }) → false
 */
export function isOwnSheet(sheet: Pick<SheetData, "owned" | "origin">): boolean {
  const o = sheet.origin ?? { row: 0, col: 0 };
  return (sheet.owned ?? []).some((r) => r.top + o.row <= 0 && r.left + o.col <= 0 && r.bottom + o.row >= MAX_ROWS - 1 && r.right + o.col >= MAX_COLUMNS - 1);
}
