// Excel side of the custom functions: calls the shared registry and turns its error values into CustomFunctions.Error.
import { callFunction, isFunctionError, type FunctionArg, type FunctionValue } from "../../core/functions/call";
import type { Lang } from "../../core/types";

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
