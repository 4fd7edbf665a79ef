// The "Chỉ tiêu" menu: every item opens the panel at its step, where the user confirms before anything is written.
import { st } from "../shared/text";
import { SIDEBAR_FILE } from "./entry-points";
import { requestStep, storedState } from "./flows";

/** Builds the menu (a simple trigger: Vietnamese labels, no stored state read, no authorization needed). */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(st("vi", "menu"))
    .addItem(st("vi", "menuCheck"), "menuCheck")
    .addItem(st("vi", "menuReport"), "menuReport")
    .addSeparator()
    .addItem(st("vi", "menuInsertPlan"), "menuInsertPlan")
    .addItem(st("vi", "menuLintPlan"), "menuLintPlan")
    .addSeparator()
    .addItem(st("vi", "menuSidebar"), "showSidebar")
    .addToUi();
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
