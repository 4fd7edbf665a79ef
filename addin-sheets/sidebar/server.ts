// The sidebar's only way out: google.script.run calls to the add-on's server functions, wrapped as promises.
import type { SidebarCall } from "../server/sidebar-calls";

interface ScriptRun {
  withSuccessHandler(f: (v: unknown) => void): ScriptRun;
  withFailureHandler(f: (e: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function by name. google.script.run copies arguments as JSON, calls asynchronously and reports
 * through the handlers; a failure (an exception on the server) rejects with its message.
 * @example await call("sidebarListSheets") → { sheets: [{ id: "0", name: "Số liệu", visible: true }], active: "Số liệu" }
 */
export function call<T>(fn: SidebarCall, ...args: unknown[]): Promise<T> {
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

/** How the sidebar reaches the server; tests may pass another. */
export type Call = typeof call;
