// The server functions the sidebar's host calls through google.script.run, one per workbook operation; the build declares each at top level.
import type { EntryPoint } from "./entry-points";

/** Every call the sidebar makes, with its parameters, in the order the generated footer declares them. */
export const SIDEBAR_CALLS = [
  { name: "sidebarListSheets", params: [] },
  { name: "sidebarReadSheet", params: ["name"] },
  { name: "sidebarApplyEdits", params: ["edits", "expected"] },
  { name: "sidebarAddSheet", params: ["sheet"] },
  { name: "sidebarSelect", params: ["sheet", "address"] },
  { name: "sidebarPageSetup", params: ["sheet", "print"] },
  { name: "sidebarLoadState", params: [] },
  { name: "sidebarSaveState", params: ["state"] },
] as const satisfies readonly EntryPoint[];

export type SidebarCall = (typeof SIDEBAR_CALLS)[number]["name"];
