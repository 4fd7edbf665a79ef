// The sidebar's only way out: google.script.run calls to the add-on's server functions, wrapped as promises.
import type { LayoutOverrides } from "../../core/sheet/types";
import type { CheckView, InitView, LintView, PlanRequest, PlanView, SheetView } from "../shared/protocol";

interface ScriptRun {
  withSuccessHandler(f: (v: unknown) => void): ScriptRun;
  withFailureHandler(f: (e: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function by name. google.script.run copies arguments as JSON, calls asynchronously and reports
 * through the handlers; a failure (an exception on the server) rejects with its message.
 * @example await call("sidebarInit") → { lang: "vi", bundled: [...], sheets: [...] }
 */
export function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String((e as { message?: unknown })?.message ?? e))));
    const f = runner[fn];
    if (typeof f !== "function") {
      reject(new Error(`No server function ${fn}`));
      return;
    }
    (f as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** The server functions the sidebar uses, typed. */
export const server = {
  init: () => call<InitView>("sidebarInit"),
  setLang: (lang: string) => call<void>("sidebarSetLang", lang),
  listSheets: () => call<string[]>("sidebarListSheets"),
  choosePlan: (req: PlanRequest, lang: string) => call<PlanView>("sidebarChoosePlan", req, lang),
  check: (lang: string, preview: boolean) => call<CheckView>("sidebarCheck", lang, preview),
  remap: (lang: string, overrides: LayoutOverrides) => call<CheckView>("sidebarRemap", lang, overrides),
  write: (lang: string, overrides: LayoutOverrides) => call<CheckView>("sidebarWrite", lang, overrides),
  selectCell: (sheet: string, address: string) => call<boolean>("sidebarSelectCell", sheet, address),
  report: (lang: string, templateSheet: string | null) => call<SheetView>("sidebarReport", lang, templateSheet),
  insertPlan: (lang: string) => call<SheetView>("sidebarInsertPlan", lang),
  lintPlan: (lang: string) => call<LintView | { errors: string[] }>("sidebarLintPlan", lang),
};

export type Server = typeof server;
