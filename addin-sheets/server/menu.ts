// The "Chỉ tiêu" menu: its items and what each does when there is no sidebar to answer in (an alert).
import { t } from "../../addin-excel/panel/text";
import { st } from "../shared/text";
import { SIDEBAR_FILE } from "./entry-points";
import { check, insertPlan, lint, report, write } from "./flows";
import { loadState } from "./store";

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
    .addItem(st("vi", "menuSidebar"), "showSidebar")
    .addSeparator()
    .addItem(st("vi", "menuCheck"), "menuCheck")
    .addItem(st("vi", "menuReport"), "menuReport")
    .addSeparator()
    .addItem(st("vi", "menuInsertPlan"), "menuInsertPlan")
    .addItem(st("vi", "menuLintPlan"), "menuLintPlan")
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
  const L = loadState().lang;
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(st(L, "sidebarTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

function alert(text: string): void {
  SpreadsheetApp.getUi().alert(text);
}

/**
 * Kiểm tra from the menu: one click. Uses the mapping remembered for the sheet, else the detected one (the
 * sidebar is where a mapping is reviewed); core refuses rather than overwrite user cells, and the alert says so.
 */
export function menuCheck(): void {
  const L = loadState().lang;
  let v = check(L, false);
  if (v.kind === "mapping") v = write(L, v.view.overrides);
  if (v.kind === "result") {
    const s = v.view.summary;
    const lines = [st(L, "checkDone", { sheet: v.view.sheet, summary: t(L, "summary", { total: s.total, achieved: s.achieved, short: s.short }) })];
    for (const sf of v.view.shortfalls.slice(0, 10)) lines.push(`• ${sf.label[L]}: ${sf.title} (${sf.address})`);
    if (v.view.shortfalls.length > 10) lines.push(st(L, "moreShortfalls", { n: v.view.shortfalls.length - 10 }));
    if (!v.remembered) lines.push(st(L, "editInPanel"));
    alert(lines.join("\n"));
  } else if (v.kind === "refused") {
    alert(`${t(L, "refused")}\n${v.message}`);
  } else if (v.kind === "error") {
    alert(v.message);
  }
}

/** Báo cáo from the menu: adds the report sheet for the last checked sheet. */
export function menuReport(): void {
  const L = loadState().lang;
  const r = report(L, null);
  alert(r.ok ? [t(L, "reportDone", { name: r.name }), ...r.notes].join("\n") : r.errors.join("\n"));
}

/** Chèn kế hoạch from the menu. */
export function menuInsertPlan(): void {
  const L = loadState().lang;
  const r = insertPlan(L);
  alert(r.ok ? t(L, "reportDone", { name: r.name }) : r.errors.join("\n"));
}

/** Kiểm tra kế hoạch from the menu: the first findings in an alert, the sidebar lists them all. */
export function menuLintPlan(): void {
  const L = loadState().lang;
  const r = lint(L);
  if ("errors" in r) {
    alert(r.errors.join("\n"));
    return;
  }
  if (r.items.length === 0) {
    alert(t(L, "lintClean"));
    return;
  }
  const lines = [st(L, "lintCount", { n: r.items.length, title: r.title })];
  for (const i of r.items.slice(0, 15)) lines.push(`• ${i.severity} · ${i.where} · ${i.text}`);
  alert(lines.join("\n"));
}
