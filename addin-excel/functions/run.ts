// Excel side of the custom functions: calls the shared registry, turns its error values into CustomFunctions.Error, and finds the bundled plans when the task pane has not handed them over.
import { callFunction, isFunctionError, type FunctionArg, type FunctionValue } from "../../core/functions/call";
import type { Bilingual, Lang } from "../../core/types";

function userLang(): Lang {
  // In the shared runtime Office.context is there; in a bare JS runtime it may not be, and Vietnamese is the default.
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const dl = office?.context?.displayLanguage;
  return typeof dl === "string" && dl.toLowerCase().startsWith("en") ? "en" : "vi";
}

function toExcel(v: FunctionValue, lang: Lang): unknown {
  if (!isFunctionError(v)) return v;
  const code = v.error === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, v.message[lang]);
}

/**
 * Runs one registry function for Excel. Every argument arrives as a matrix (a cell is 1×1, an omitted optional
 * one is null) and the result is always a matrix: 1×1 shows as one value, larger ones spill.
 * @example runForExcel("VN_NUMBER", [[["7.910"]]]) → [[7910]]
 */
export function runForExcel(id: string, args: unknown[]): any[][] {
  const lang = userLang();
  const r = callFunction(id, args.map((a) => (a === undefined ? null : a)) as FunctionArg[]);
  const rows = Array.isArray(r) ? r : [[r]];
  return rows.map((row) => row.map((v) => toExcel(v, lang)));
}

/** The bundled plans' JSON, written by the build beside functions.js (scripts/build.mjs), the same the task pane carries. */
export const PLANS_FILE = "plans.json";

type PlansPage = { CHITIEU_PLANS?: unknown; document?: { currentScript?: { src?: string } | null }; location?: { href?: string } };
const onPage = globalThis as PlansPage;

/**
 * Where this bundle was loaded from, read while it first runs (currentScript is only set then); the page's address
 * otherwise, which Excel serves from the same folder (the manifest's functions page is taskpane.html).
 */
const HERE: string | undefined = onPage.document?.currentScript?.src || onPage.location?.href || undefined;

/** How long PLAN_TARGET waits for plans.json before saying so (#N/A) and leaving the next recalculation to retry. */
export const FETCH_TIMEOUT_MS = 10_000;

/** The load in flight or done; reset after a failure so a later recalculation tries again. */
let loading: Promise<string | null> | null = null;

function plansOnPage(): boolean {
  return onPage.CHITIEU_PLANS !== undefined && onPage.CHITIEU_PLANS !== null;
}

/** Fetches plans.json from the add-in's own folder; null when the plans are on the page, else why not. */
async function fetchPlans(): Promise<string | null> {
  const get = (globalThis as { fetch?: (url: string, init?: object) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }> }).fetch;
  if (typeof get !== "function" || !HERE) return "fetch is not available here";
  // A server that accepts the request and never answers must not hold every PLAN_TARGET cell in #BUSY! for the
  // session: after FETCH_TIMEOUT_MS the request is abandoned (aborted where the runtime can) and a later
  // recalculation tries again.
  const Abort = (globalThis as { AbortController?: new () => { signal: unknown; abort(): void } }).AbortController;
  const abort = Abort ? new Abort() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"timeout">((done) => {
    timer = setTimeout(() => {
      abort?.abort();
      done("timeout");
    }, FETCH_TIMEOUT_MS);
  });
  try {
    const got = await Promise.race([
      (async () => {
        const res = await get(new URL(PLANS_FILE, HERE).href, { credentials: "same-origin", ...(abort ? { signal: abort.signal } : {}) });
        if (!res.ok) return `HTTP ${res.status}`;
        return { json: await res.json() };
      })(),
      late,
    ]);
    if (got === "timeout") return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
    if (typeof got === "string") return got;
    const json = got.json;
    if (json === null || typeof json !== "object" || Array.isArray(json)) return "not a plans file";
    // The task pane may have set them while the request was out: its copy is the same build's.
    if (!plansOnPage()) onPage.CHITIEU_PLANS = json;
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes sure the bundled plans are on the page: at once when the task pane's bundle has set them, else by fetching
 * plans.json once per runtime (concurrent calls share the request). Resolves to null when they are there, else why not.
 * @example await plansReady() → null
 */
export function plansReady(): Promise<string | null> {
  if (plansOnPage()) return Promise.resolve(null);
  if (!loading) {
    loading = fetchPlans().then((reason) => {
      if (reason !== null) loading = null;
      return reason;
    });
  }
  return loading;
}

/**
 * Runs a function that reads the bundled plans (PLAN_TARGET): Excel may calculate it before the task pane has ever
 * loaded in this runtime, so the plans are fetched first; when they cannot be, the cell says so (#N/A) instead of
 * "no such plan".
 * @example await runWithPlans("PLAN_TARGET", [[["hai-an-2024-2025"]], [["mn.truong"]]]) → [["…"]]
 */
export async function runWithPlans(id: string, args: unknown[]): Promise<any[][]> {
  const reason = await plansReady();
  if (reason === null || plansOnPage()) return runForExcel(id, args);
  const message: Bilingual = {
    vi: `Chưa có các kế hoạch mẫu: không tải được ${PLANS_FILE} (${reason}). Mở ngăn Chỉ tiêu một lần rồi tính lại (Ctrl+Alt+F9).`,
    en: `The bundled plans are not loaded: ${PLANS_FILE} could not be fetched (${reason}). Open the Chỉ tiêu pane once, then recalculate (Ctrl+Alt+F9).`,
  };
  return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message[userLang()])]];
}
