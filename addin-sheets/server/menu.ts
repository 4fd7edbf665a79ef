// The "Chỉ tiêu" menu: every item opens the panel at its step, where the user confirms before anything is written.
import { MENU_LABELS, st } from "../shared/text";
import { SIDEBAR_FILE } from "./entry-points";
import { requestStep, storedState } from "./flows";

/**
 * Builds the add-on menu (Tiện ích mở rộng › Chỉ tiêu), following Google's editor add-on conventions: `createAddonMenu`
 * (a top-level createMenu would be moved under Extensions anyway once published, with a different look), the sidebar
 * first as the add-on's home, and nothing that needs authorization: onOpen also runs in ScriptApp.AuthMode.NONE (an
 * installed add-on in a file where it has not been used yet), where reading properties or the sheet would fail, so the
 * labels are fixed Vietnamese text and no service but the menu is called.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU_LABELS.menuSidebar, "showSidebar")
    .addSeparator()
    .addItem(MENU_LABELS.menuCheck, "menuCheck")
    .addItem(MENU_LABELS.menuReport, "menuReport")
    .addSeparator()
    .addItem(MENU_LABELS.menuInsertPlan, "menuInsertPlan")
    .addItem(MENU_LABELS.menuLintPlan, "menuLintPlan")
    .addToUi();
}

/**
 * Runs once when a user installs the add-on (from the Marketplace or the admin's domain install), in AuthMode.FULL.
 * The file that was open gets its menu at once, without a reload, as Google's add-on guide asks.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the sidebar (the built Sidebar.html, script and style inlined). */
export function showSidebar(): void {
  const L = storedState().lang ?? "vi";
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(st(L, "sidebarTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Kiểm tra from the menu: opens the panel at the data-sheet step. The menu never writes by itself: the sheet,
 * its columns and the write are each confirmed in the panel.
 */
export function menuCheck(): void {
  requestStep("sheet");
  showSidebar();
}

/** Báo cáo from the menu: opens the panel, which asks for the check the report is made from. */
export function menuReport(): void {
  requestStep("report");
  showSidebar();
}

/** Chèn kế hoạch from the menu: opens the panel at the plan step, where the plan is inserted. */
export function menuInsertPlan(): void {
  requestStep("plan");
  showSidebar();
}

/** Kiểm tra kế hoạch from the menu: opens the panel at the plan step, where the findings are listed. */
export function menuLintPlan(): void {
  requestStep("plan");
  showSidebar();
}
