// Entry of the Apps Script bundle: everything the generated top-level stubs call, under the global object ChiTieu.
import type { LayoutOverrides } from "../../core/sheet/types";
import type { PlanRequest } from "../shared/protocol";
import { check, choosePlan, init, insertPlan, lint, listSheets, remap, report, selectCell, setLang, write } from "./flows";
import { menuCheck, menuInsertPlan, menuLintPlan, menuReport, onInstall, onOpen, showSidebar } from "./menu";

export { runForSheets } from "./functions";
export { onOpen, onInstall, showSidebar, menuCheck, menuReport, menuInsertPlan, menuLintPlan };

/**
 * google.script.run copies arguments and results as plain JSON; a round trip through JSON makes sure nothing
 * it cannot carry (undefined in arrays, Date) reaches it.
 */
function plain<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export const sidebarInit = () => plain(init());
export const sidebarSetLang = (lang: string) => setLang(lang);
export const sidebarListSheets = () => plain(listSheets());
export const sidebarChoosePlan = (request: PlanRequest, lang: string) => plain(choosePlan(request, lang));
export const sidebarCheck = (lang: string, preview: boolean) => plain(check(lang, Boolean(preview)));
export const sidebarRemap = (lang: string, overrides: LayoutOverrides) => plain(remap(lang, overrides ?? {}));
export const sidebarWrite = (lang: string, overrides: LayoutOverrides) => plain(write(lang, overrides ?? {}));
export const sidebarSelectCell = (sheet: string, address: string) => selectCell(sheet, address);
export const sidebarReport = (lang: string, templateSheet: string | null) => plain(report(lang, templateSheet || null));
export const sidebarInsertPlan = (lang: string) => plain(insertPlan(lang));
export const sidebarLintPlan = (lang: string) => plain(lint(lang));
