// Entry of the Apps Script bundle: everything the generated top-level stubs call, under the global object ChiTieu.
// Apps Script evaluates Code.js before every call, custom functions included, so it holds what those and the menu's
// building need; the sidebar's and the menu items' workbook code is Host.html (addin-sheets/server/host-main.ts),
// evaluated on the first call that needs it.
import { HOST_FILE } from "./entry-points";
import { onInstall, onOpen } from "./menu";
import type * as Host from "./host-main";

export { runForSheets } from "./functions";
export { onOpen, onInstall };

type HostApi = typeof Host;
let host: HostApi | undefined;

/**
 * Host.html's functions, read and evaluated once per execution (a sidebar call or a menu item is one execution).
 * The file holds a function body ending in `return{…}`, built by scripts/build-sheets.mjs as Plans.html is, and read
 * the same way (HtmlService, the only reader of a project's own files).
 */
function hostApi(): HostApi {
  if (!host) {
    let body: string;
    try {
      body = HtmlService.createHtmlOutputFromFile(HOST_FILE).getContent();
    } catch (e) {
      // A project copied by hand without this file (docs/deploy-sheets.md lists it): say which file and what to do;
      // HtmlService's own words follow, in case the file is there and the service failed.
      throw new Error(`Dự án Apps Script thiếu tệp HTML "${HOST_FILE}" (Host.html): thêm tệp này từ dist/sheets rồi chạy lại / The Apps Script project lacks the HTML file "${HOST_FILE}": add it from dist/sheets and run again (${String(e)})`);
    }
    host = Function(body)() as HostApi;
  }
  return host;
}

/** An entry point whose code is in Host.html: the same arguments, passed on when it is called. */
function later<K extends keyof HostApi>(name: K): HostApi[K] {
  return ((...args: unknown[]) => (hostApi()[name] as (...a: unknown[]) => unknown)(...args)) as HostApi[K];
}

export const showSidebar = later("showSidebar");
export const menuCheck = later("menuCheck");
export const menuReport = later("menuReport");
export const menuInsertPlan = later("menuInsertPlan");
export const menuLintPlan = later("menuLintPlan");
export const sidebarListSheets = later("sidebarListSheets");
export const sidebarReadSheet = later("sidebarReadSheet");
export const sidebarApplyEdits = later("sidebarApplyEdits");
export const sidebarAddSheet = later("sidebarAddSheet");
export const sidebarSelect = later("sidebarSelect");
export const sidebarPageSetup = later("sidebarPageSetup");
export const sidebarLoadState = later("sidebarLoadState");
export const sidebarSaveState = later("sidebarSaveState");
