// The top-level functions Apps Script must see (menu items, triggers, google.script.run targets); the build generates a stub for each.
import { SIDEBAR_CALLS } from "./sidebar-calls";

/** A server function callable by name: from a menu item, a trigger or the sidebar. */
export interface EntryPoint {
  name: string;
  params: string[];
}

/**
 * Every entry point, in the order the footer declares them. Apps Script finds only top-level function
 * declarations, and google.script.run calls only those, so each gets a generated `function name(...)`. Only the build
 * reads the list: written as a call marked pure (a spread would count as a side effect), Code.js drops it.
 */
export const ENTRY_POINTS: readonly EntryPoint[] = /* @__PURE__ */ ([
  { name: "onOpen", params: ["e"] },
  { name: "onInstall", params: ["e"] },
  { name: "showSidebar", params: [] },
  { name: "menuCheck", params: [] },
  { name: "menuReport", params: [] },
  { name: "menuInsertPlan", params: [] },
  { name: "menuLintPlan", params: [] },
] as EntryPoint[]).concat(SIDEBAR_CALLS);

/** The name of the bundle's global object the stubs call into. */
export const GLOBAL_NAME = "ChiTieu";

/** The HTML file (without .html) HtmlService loads for the sidebar. */
export const SIDEBAR_FILE = "Sidebar";

/** The HTML file (without .html) holding the sidebar's and the menu items' server code, which Code.js evaluates on their first call. */
export const HOST_FILE = "Host";
