// The server half of the Sheets host: each workbook operation the sidebar's session asks for, a fixed number of SpreadsheetApp calls, writes under the document lock.
import type { CellValue } from "../../core/types";
import type { SheetData } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { NewSheet, PrintSetup } from "../../core/sheet/output";
import { changedCells, type ApplyOutcome, type SheetInfo, type SheetList } from "../../core/host/host";
import { readState, type SavedState } from "../../core/session/state";
import { fromWire, toWire } from "../shared/wire";
import { applySheetEdits, createSheet, printUrl, readSheet, selectRange } from "./host";
import { loadStored, saveStored } from "./store";

/** How long a write waits for another user's write on the same spreadsheet, in ms. */
const LOCK_WAIT_MS = 10_000;

/** Runs `fn` holding the document lock; another user's write in progress gives `busy()` instead. */
function withLock<T>(busy: () => T, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** A sheet read for the wire: SheetData with dates as {"$date": ms} (google.script.run carries no Date). */
export type WireSheet = Omit<SheetData, "values"> & { values: unknown[][] };

/** The spreadsheet's sheets with their stable ids, and the active one: one call per sheet for name, id and visibility. */
export function listSheets(): SheetList {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = ss.getSheets().map((s): SheetInfo => ({ id: String(s.getSheetId()), name: s.getName(), visible: !s.isSheetHidden() }));
  return { sheets, active: ss.getActiveSheet()?.getName() ?? null };
}

/** A sheet by name, read whole (values, formats, formulas, notes, merges, validations, hidden columns, the mark), ready for the wire; null when absent. */
export function readSheetByName(name: string): WireSheet | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(name));
  if (!sheet) return null;
  const read = readSheet(sheet);
  return { ...read, values: toWire(read.values) };
}

/**
 * Writes a check's edits under the document lock, after checking that the block still holds what the check read
 * (`expected`, on the wire): reading, comparing and writing happen in one execution, so no other write slips
 * between them. The user's notes in the block are re-read and kept. Answers with the link that prints the sheet
 * with core's print setup.
 */
export function applyEdits(edits: SheetEdits, expected: unknown[][]): ApplyOutcome {
  return withLock<ApplyOutcome>(
    () => ({ ok: false, kind: "busy" }),
    () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(edits.sheet);
      if (!sheet) return { ok: false, kind: "changed", cells: [] };
      const r = edits.block.range;
      // Columns past the grid's last one do not exist yet: they hold nothing, and reading them would throw.
      const inGrid = Math.min(r.right, sheet.getMaxColumns() - 1) - r.left + 1;
      const now = inGrid > 0 ? (sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, inGrid).getValues() as CellValue[][]) : [];
      const changed = changedCells(now, fromWire(expected), r);
      if (changed.length > 0) return { ok: false, kind: "changed", cells: changed };
      const refused = applySheetEdits(sheet, edits);
      if (refused) return { ok: false, kind: "hidden", columns: refused.hidden };
      return edits.print ? { ok: true, printUrl: printUrl(sheet, edits.print) } : { ok: true };
    },
  );
}

/** Creates a sheet under the lock and says which it is (its id survives a rename). */
export function addSheet(ns: NewSheet): SheetInfo {
  return withLock<SheetInfo>(
    () => {
      throw new Error("Một người khác đang ghi vào bảng tính này; hãy thử lại sau ít giây. / Someone else is writing to this spreadsheet; try again in a few seconds.");
    },
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const name = createSheet(ss, ns);
      const sheet = ss.getSheetByName(name);
      if (!sheet) return { id: name, name, visible: true };
      return { id: String(sheet.getSheetId()), name, visible: true, printUrl: printUrl(sheet, ns.print) };
    },
  );
}

/** Selects a cell and brings its sheet forward. */
export function select(sheet: string, address: string): boolean {
  return selectRange(SpreadsheetApp.getActiveSpreadsheet(), String(sheet), String(address));
}

/** SpreadsheetApp has no page setup: Sheets asks for paper and margins in File › Print (the write and addSheet answer with a link that carries them). */
export function setPageSetup(_sheet: string, _print: PrintSetup): boolean {
  return false;
}

export function loadState(): unknown {
  return loadStored();
}

export function saveState(state: unknown): void {
  saveStored(state);
}

/** The stored state made safe, for the menu (its language, a request to open at a step). */
export function storedState(): SavedState {
  return readState(loadStored());
}

/**
 * Remembers that a menu item asked the panel to open at `step`: the menu never writes to the sheet itself, it
 * opens the panel where the user confirms each step.
 */
export function requestStep(step: "plan" | "sheet" | "report"): void {
  const state = storedState();
  saveStored({ ...state, intent: { step, at: Date.now() } });
}
