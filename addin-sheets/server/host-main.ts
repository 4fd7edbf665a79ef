// Entry of the Apps Script project's second file, Host.html: the server calls the sidebar and the menu items make. Code.js
// evaluates it on the first such call of an execution (addin-sheets/server/main.ts), so custom-function calls, which
// Apps Script makes by evaluating Code.js each time, no longer evaluate the sidebar's workbook code.
import type { SheetEdits } from "../../core/sheet/edits";
import type { NewSheet, PrintSetup } from "../../core/sheet/output";
import { addSheet, applyEdits, listSheets, loadState, readSheetByName, saveState, select, setPageSetup } from "./flows";
import { menuCheck, menuInsertPlan, menuLintPlan, menuReport, showSidebar } from "./menu";

export { showSidebar, menuCheck, menuReport, menuInsertPlan, menuLintPlan };

/**
 * google.script.run copies arguments and results as plain JSON; a round trip through JSON makes sure nothing
 * it cannot carry (undefined in arrays, Date) reaches it.
 */
function plain<T>(v: T): T {
  return v === undefined || v === null ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export const sidebarListSheets = () => plain(listSheets());
export const sidebarReadSheet = (name: string) => plain(readSheetByName(name));
export const sidebarApplyEdits = (edits: SheetEdits, expected: unknown[][]) => plain(applyEdits(edits, expected));
export const sidebarAddSheet = (sheet: NewSheet) => plain(addSheet(sheet));
export const sidebarSelect = (sheet: string, address: string) => select(sheet, address);
export const sidebarPageSetup = (sheet: string, print: PrintSetup) => setPageSetup(sheet, print);
export const sidebarLoadState = () => plain(loadState());
export const sidebarSaveState = (state: unknown) => saveState(state);
