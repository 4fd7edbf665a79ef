// Host-neutral value types shared by every core module: what a spreadsheet cell can hand us.

/** A spreadsheet error value (`#N/A`, `#DIV/0!`, `#VALUE!`, ...), as hosts report it. */
export interface CellError {
  error: string;
}

/**
 * Anything a host may pass as a cell's value: numbers (dates as serials or Date objects),
 * text, booleans, empty (`null`/`undefined`/""), or an error value.
 */
export type CellValue = number | string | boolean | Date | null | undefined | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/** The two languages of every user-facing text. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

/** A message in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}
