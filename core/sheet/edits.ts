// The status-column edit: what to write beside a checked table (formulas, colours, explanations), never over user cells.
import type { Bilingual } from "../types";
import { STATUS, STATUS_CODES, type StatusCode } from "../rule/verdict";
import type { CellRange, CellRef } from "./model";
import type { ConditionalFormat, OutCell, PrintSetup, StatusStyle, StyledRange } from "./output";

/**
 * What every note the tool writes starts with, in every host, so a reader of the sheet sees who wrote it (the
 * mark, not this text, is what tells the tool's notes from the user's).
 */
export const NOTE_MARK = "Chỉ tiêu: ";

/** Header texts the tool writes; finding them again marks the columns as the tool's own (safe to rewrite). */
export const STATUS_HEADER = "Đánh giá (Chỉ tiêu)";
export const EXPLANATION_HEADER = "Giải thích (Chỉ tiêu)";

/** Verdict colours: not met red, near amber, met/exceeded green, no data grey; symbols for black-and-white print. */
const COLOURS: Record<StatusCode, { fill: string; fontColor: string }> = {
  exceeded: { fill: "#C6EFCE", fontColor: "#006100" },
  met: { fill: "#C6EFCE", fontColor: "#006100" },
  near: { fill: "#FFEB9C", fontColor: "#9C5700" },
  not_met: { fill: "#FFC7CE", fontColor: "#9C0006" },
  review: { fill: "#FFEB9C", fontColor: "#7F3F00" },
  pending: { fill: "#DDEBF7", fontColor: "#1F4E78" },
  overdue: { fill: "#FFC7CE", fontColor: "#9C0006" },
  no_data: { fill: "#E7E6E6", fontColor: "#595959" },
  invalid: { fill: "#E7E6E6", fontColor: "#7F3F00" },
  unreadable: { fill: "#E7E6E6", fontColor: "#7F3F00" },
};

/** One style per verdict, in STATUS_CODES order. (Marked pure so a bundle that never writes styles, Code.js, drops it.) */
export const STATUS_STYLES: StatusStyle[] = /* @__PURE__ */ STATUS_CODES.map((s) => ({
  status: s,
  label: STATUS[s].vi,
  symbol: STATUS[s].symbol,
  ...COLOURS[s],
}));

/**
 * Everything a host writes for one check, in absolute 0-based sheet coordinates. A host applies it with a
 * fixed number of calls whatever the sheet size: one block write, one style pass, one conditional-format
 * pass, one notes pass, one column-width pass.
 */
export interface SheetEdits {
  sheet: string;
  /**
   * The rectangle written in one call: from the first header row to the last data row, over the status
   * column(s) and the explanation column. Cells between rows that are not data rows are null (cleared).
   */
  block: {
    range: CellRange;
    cells: OutCell[][];
    /**
     * A hint for writers that group shared formulas: per cell (row-major, `width` wide) the compiled formula it was
     * made from (-1: none). Two cells one row apart with one id are both that formula moved down a row, or both not,
     * whatever the row (only their references' row numbers differ, by one), so one such pair per id is compared.
     * Not enumerable: a host that sends edits as data (the Sheets sidebar to its server) sends it not.
     */
    templates?: { ids: Int32Array; width: number };
  };
  /** Status columns (list: one; matrix: one per indicator group), absolute. */
  statusColumns: number[];
  /** The explanation column, absolute. */
  explanationColumn: number;
  styles: StyledRange[];
  conditionalFormats: ConditionalFormat[];
  /**
   * Notes on cells, absolute; few (data-check findings), not one per row. Every one sits inside `block` (on the
   * status cell of the row the finding is about, its text naming the cell): the tool never puts a note on a
   * cell that is not its own, so a user's note is never replaced. A host clears the notes inside `block`
   * before writing these (the block holds only free cells and the tool's own).
   */
  notes: { cell: CellRef; text: string }[];
  /** Column widths in points, absolute column → width. */
  columnWidths: Record<number, number>;
  /** Rows (absolute) whose status is a fixed value because no formula could be compiled, with the reason. */
  fallbacks: { row: number; reason: Bilingual }[];
  /** Number of live formulas in the block. */
  formulaCount: number;
  /**
   * Defined names (sheet-scoped, value without "=") the block's formulas refer to, set only when the host asked for
   * them (`names` in planStatusColumn's options): the host defines each on the sheet, replacing one of the same name.
   */
  names?: Array<{ name: string; value: string }>;
  /**
   * The areas to mark as the tool's after writing (absolute): the sheet's mark is replaced by exactly these,
   * so a re-check may rewrite them and nothing else (see core/sheet/owned.ts for each host's mark).
   */
  owned: CellRange[];
  /** What the user should be told about where the block went (e.g. the tool's old columns now hold their edits). */
  notices: Bilingual[];
  /**
   * Whole columns to insert before writing, so the block sits right after the actual (only when the caller allowed
   * it and no merged area or validation of the block's rows spans the insertion point): `count` empty columns
   * before absolute column `before` (Office.js `getRange("F:G").insert("Right")`, SpreadsheetApp
   * `insertColumnsBefore(before + 1, count)`). Every other coordinate here is already after the insertion.
   */
  insertColumns?: { before: number; count: number };
  /**
   * Notes the block's cells held when the sheet was read (absolute): the tool's own findings from an earlier check
   * (a note inside the tool's marked area is its own). A host deletes them before writing `notes`.
   */
  clearNotes?: CellRef[];
  /**
   * The cell (absolute) whose font family and size and vertical alignment the block takes, so new cells match the
   * table, not the host's default (a verdict sits level with the figures of its row).
   */
  fontFrom?: CellRef;
  /**
   * Heights in points (absolute row → height) the block's wrapped text needs at its column widths in a body font up
   * to 13 points, for writers whose reader does not fit rows (an .xlsx: Excel and LibreOffice keep stored heights),
   * which set at least this height and keep a taller one; a host that can fit (Office.js `autofitRows`,
   * SpreadsheetApp `autoResizeRows`) fits rows `block.range.top`..`bottom` instead, so no wrapped explanation runs
   * into the next row.
   */
  rowHeights?: Record<number, number>;
  /**
   * Panes to freeze, counted from the top-left (rows above `rows`, columns left of `columns`), applied only when the
   * sheet has no frozen panes of its own: the header rows, and the name column when the block sits far from it.
   */
  freeze?: { rows: number; columns: number };
  /** How the checked sheet prints: A4, landscape when wide, one page wide, header rows repeated. */
  print?: PrintSetup;
}

/** What `planStatusColumn` (core/sheet/status.ts) returns: the edits, or a refusal naming the user's cells (A1) it would overwrite. */
export type StatusColumnPlan =
  | { ok: true; edits: SheetEdits }
  | { ok: false; reason: Bilingual; cells: string[] };
