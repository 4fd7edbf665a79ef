// Apps Script side of the custom functions: calls the shared registry and turns its error values into what a Sheets cell can show.
import { callFunction, isFunctionError, type FunctionArg, type FunctionValue } from "../../core/functions/call";
import type { CellValue } from "../../core/types";

/** Rebuilds Date objects in this realm (core checks `instanceof Date`); other values pass as Sheets gives them. */
function cell(v: unknown): CellValue {
  if (v === undefined) return null;
  if (v !== null && typeof v === "object" && typeof (v as Date).getTime === "function") return new Date((v as Date).getTime());
  return v as CellValue;
}

function arg(a: unknown): FunctionArg {
  return Array.isArray(a) ? a.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : [cell(row)])) : cell(a);
}

/** What an error cell of a spilled result holds: Sheets cannot return an error value inside an array, so its text. */
export function errorText(v: FunctionValue): FunctionValue {
  return isFunctionError(v) ? `${v.error} ${v.message.vi}` : v;
}

/**
 * Runs one registry function for Sheets. A single cell arrives as a value, a range as rows of values; a range
 * result spills (a whole column is one call). An error for a single cell is thrown, so the cell shows #ERROR!
 * with the registry's Vietnamese message on hover; inside a spilled range the error becomes the text
 * "#N/A <message>" / "#VALUE! <message>" in that cell, since one throw would blank the whole column.
 * @example runForSheets("VN_NUMBER", [[["7.910"], ["85,7%"]]]) → [[7910], [0.857]]
 */
export function runForSheets(id: string, args: unknown[]): FunctionValue | FunctionValue[][] {
  const r = callFunction(id, args.map(arg));
  if (Array.isArray(r)) return r.map((row) => row.map(errorText));
  if (isFunctionError(r)) throw new Error(`${r.error} ${r.message.vi}`);
  return r;
}
