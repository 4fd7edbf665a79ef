// The Sheets host as the sidebar sees it: each workbook operation is one google.script.run call to the server, which does it with SpreadsheetApp.
import type { CellValue } from "../../core/types";
import type { SheetData } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { NewSheet, PrintSetup } from "../../core/sheet/output";
import { SHEETS_SHEET_NAMES } from "../../core/sheet/names";
import type { ApplyOutcome, SheetInfo, SheetList, WorkbookHost } from "../../core/host/host";
import type { WireSheet } from "../server/flows";
import { fromWire, toWire } from "../shared/wire";
import type { Call } from "./server";

/**
 * Most custom-function cells one check writes in Sheets: each is its own script run on every recalculation, and
 * Sheets refuses many at once ("too many scripts running simultaneously"); past it the labels stay fixed.
 */
export const MAX_CUSTOM_FUNCTION_CELLS = 100;

/**
 * The workbook interface over google.script.run: the session runs in the sidebar, the server reads and writes.
 * Writes are verified and made under the document lock on the server, in one execution.
 * @example new Session(new RemoteWorkbook(call))
 */
export class RemoteWorkbook implements WorkbookHost {
  readonly kind = "sheets" as const;
  readonly sheetNames = SHEETS_SHEET_NAMES;
  readonly customFunction = { name: "TARGET_STATUS", max: MAX_CUSTOM_FUNCTION_CELLS };

  constructor(private readonly call: Call) {}

  listSheets(): Promise<SheetList> {
    return this.call<SheetList>("sidebarListSheets");
  }

  async readSheet(name: string): Promise<SheetData | null> {
    const w = await this.call<WireSheet | null>("sidebarReadSheet", name);
    return w ? { ...w, values: fromWire(w.values) } : null;
  }

  applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome> {
    return this.call<ApplyOutcome>("sidebarApplyEdits", edits, toWire(expected));
  }

  addSheet(sheet: NewSheet): Promise<SheetInfo> {
    return this.call<SheetInfo>("sidebarAddSheet", sheet);
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.call<boolean>("sidebarSelect", sheet, address);
  }

  setPageSetup(sheet: string, print: PrintSetup): Promise<boolean> {
    return this.call<boolean>("sidebarPageSetup", sheet, print);
  }

  loadState(): Promise<unknown> {
    return this.call<unknown>("sidebarLoadState");
  }

  async saveState(state: unknown): Promise<void> {
    await this.call<void>("sidebarSaveState", state);
  }
}
