// The one workbook interface every host implements (Office.js, SpreadsheetApp, an .xlsx file): what the session may ask of a workbook.
import type { CellValue } from "../types";
import { cellAddress, type SheetData } from "../sheet/model";
import type { SheetEdits } from "../sheet/edits";
import type { NewSheet, PrintSetup } from "../sheet/output";
import type { SheetNameRules } from "../sheet/names";

/**
 * One sheet of the workbook as a picker shows it. `id` survives a rename (Office.js `Worksheet.id`,
 * SpreadsheetApp `getSheetId()`, the `sheetId` of an .xlsx workbook part), so the session can recognise the
 * sheets it created even after the user renamed them.
 */
export interface SheetInfo {
  id: string;
  name: string;
  /** False when the user hid the sheet; hidden sheets are listed but never chosen by default. */
  visible: boolean;
  /**
   * From `addSheet`, where the host cannot store a print setup but can print with one (Sheets: a PDF export link
   * with A4, orientation and fit to width): the address to offer the user.
   */
  printUrl?: string;
}

/** The workbook's sheets in tab order and the one the user is looking at (null when the host has no notion of it). */
export interface SheetList {
  sheets: SheetInfo[];
  active: string | null;
}

/**
 * How the host keeps a status cell live where core has no native formula: the add-in's own custom function.
 * `name` is the function as typed in a cell ("CHITIEU.TARGET_STATUS" in Excel, "TARGET_STATUS" in Sheets);
 * `max` bounds the cells one check may give it (each Sheets custom-function cell is its own script run).
 * A file host has none: a workbook opened without the add-in could not evaluate it.
 */
export interface CustomFunctionSpec {
  name: string;
  max: number;
}

/** The result of writing a check's edits: done, or refused because the cells changed since they were read. */
export type ApplyOutcome =
  /** Written; `printUrl` as for `SheetInfo.printUrl`, for the checked sheet with `edits.print`. */
  | { ok: true; printUrl?: string }
  /** Cells of the block no longer hold what the check read (A1 addresses): nothing was written. */
  | { ok: false; kind: "changed"; cells: string[] }
  /** Another user holds the workbook's write lock (Sheets): nothing was written. */
  | { ok: false; kind: "busy" }
  /** Columns of the block (A1 letters) are hidden, which the read could not see (Sheets reads only a window): nothing was written. */
  | { ok: false; kind: "hidden"; columns: string[] };

/**
 * A workbook as the session sees it. Every method is one host operation with a bounded number of round trips
 * whatever the sheet size; a synchronous host (SpreadsheetApp on the server, an .xlsx file in memory) returns
 * settled promises. Hosts never decide anything: what to write, where, and whether it is safe is decided in
 * core before a host method is called, and the host only re-checks that the cells did not change meanwhile.
 *
 * What a file host (the CLI's .xlsx adapter) must implement:
 * - `listSheets`: every worksheet with a stable id (the workbook part's `sheetId`) and visibility; `active`
 *   may be the workbook's active tab or null.
 * - `readSheet`: values, number formats, formulas, merges, hidden rows/columns and notes of the used range,
 *   with `origin` where the used range starts (see `SheetData`).
 * - `readSheet`: also `notes`, `validations`, `hiddenColumns` and the tool's mark as `owned` (always set, [] when
 *   absent), so core's one planning rule sees every cell of the user's (docs/robustness.md has each host's sources).
 * - `applyEdits`: compare the block's current values with `expected` (same shape as `edits.block.range`),
 *   answer `changed` with the differing addresses, else insert `edits.insertColumns`, delete `edits.clearNotes`,
 *   write cells, styles, conditional formats, notes (prefixed `NOTE_MARK`) and column widths exactly as
 *   `SheetEdits` says (text as text, never parsed), give the block `fontFrom`'s font, fit or size its rows,
 *   freeze `edits.freeze` when no panes are frozen, apply `edits.print`, and replace the sheet's mark with
 *   `edits.owned`.
 * - `addSheet`: create the described sheet under a free name (`freeSheetName` with the host's rules),
 *   with print setup and the whole-sheet mark (`WHOLE_SHEET`), and return its id and name.
 * - `definedNames: true` when it writes `edits.names`; `insertsColumns: false` when it cannot move references.
 * - `select`: may do nothing (no window to select in).
 * - `setPageSetup`: A4, orientation, margins, fit to width, repeated rows; return false where unsupported.
 * - `loadState`/`saveState`: where the session remembers its choices with the workbook (a custom XML part or
 *   document property in a file); a host without a place returns null and ignores saves.
 * Then `save()` of the file itself stays the CLI's business (atomic write beside the input, never over it).
 */
export interface WorkbookHost {
  /** Which host this is, for messages that differ ("File › Print" in Sheets). */
  readonly kind: "excel" | "sheets" | "file" | "memory";
  /** What the host accepts as a sheet name. */
  readonly sheetNames: SheetNameRules;
  /** Custom function for rules with no native formula; null when the host has none. */
  readonly customFunction: CustomFunctionSpec | null;
  /**
   * The host writes `edits.names` as sheet-scoped defined names (an .xlsx file), so status formulas may refer to
   * their word lists by name. Absent: false, and each formula holds its lists (Sheets names only ranges).
   */
  readonly definedNames?: boolean;
  /**
   * False where inserting columns is refused whatever the user allows (an .xlsx file: references to the moved
   * columns from other sheets, charts and names cannot all be moved); the block then goes right of the table.
   * Absent: true.
   */
  readonly insertsColumns?: boolean;
  listSheets(): Promise<SheetList>;
  /** The used range of a sheet by name; null when there is no such sheet. */
  readSheet(name: string): Promise<SheetData | null>;
  /**
   * Writes a check's status block after verifying, in the same operation, that the block still holds
   * `expected` (the values the check read there, rows × columns of `edits.block.range`).
   */
  applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome>;
  /** Creates a sheet (report, notes, plan sheet) under a free name, activates it, and says which it is. */
  addSheet(sheet: NewSheet): Promise<SheetInfo>;
  /** Selects a cell or range on a sheet and brings the sheet forward. */
  select(sheet: string, address: string): Promise<void>;
  /** Sets a sheet's print setup; false when the host cannot (SpreadsheetApp has no page setup API). */
  setPageSetup(sheet: string, print: PrintSetup): Promise<boolean>;
  /** What the session stored with this workbook, or null. */
  loadState(): Promise<unknown>;
  saveState(state: unknown): Promise<void>;
}

/**
 * The values a sheet read holds inside an absolute range, padded with "" where the read had no cell: what a
 * host compares with the workbook just before writing.
 * @example valuesIn({ name: "S", values: [["a", "b"]], origin: { row: 4, col: 0 } }, { top: 4, left: 1, bottom: 5, right: 2 }) → [["b", ""], ["", ""]]
 */
export function valuesIn(sheet: Pick<SheetData, "values" | "origin">, range: { top: number; left: number; bottom: number; right: number }): CellValue[][] {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const out: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(sheet.values[r - o.row]?.[c - o.col] ?? "");
    out.push(row);
  }
  return out;
}

/**
 * Whether a cell still holds what was read: empty forms (null, undefined, "") are the same, dates compare by
 * instant, everything else strictly.
 * @example sameCell(null, "") → true · sameCell(0.6, 0.61) → false
 */
export function sameCell(now: CellValue, was: CellValue): boolean {
  const norm = (x: CellValue) => (x === null || x === undefined ? "" : x instanceof Date ? x.getTime() : x);
  const a = norm(now);
  const b = norm(was);
  if (typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * The A1 addresses (absolute) of the cells of `range` whose value now differs from what was read.
 * @example changedCells([["x"]], [[""]], { top: 2, left: 5, bottom: 2, right: 5 }) → ["F3"]
 */
export function changedCells(now: CellValue[][], expected: CellValue[][], range: { top: number; left: number }): string[] {
  const out: string[] = [];
  const rows = Math.max(now.length, expected.length);
  for (let i = 0; i < rows; i++) {
    const width = Math.max(now[i]?.length ?? 0, expected[i]?.length ?? 0);
    for (let j = 0; j < width; j++) {
      if (!sameCell(now[i]?.[j], expected[i]?.[j])) out.push(cellAddress({}, range.top + i, range.left + j));
    }
  }
  return out;
}
