// What hosts write: cell contents, styles, conditional formats and whole new sheets, with no host API in them.
import type { StatusCode } from "../rule/verdict";
import type { CellRange } from "./model";

/**
 * One cell to write.
 * - `text`: a string written AS TEXT even when it starts with "=", "+", "-", "@" or looks like a number or
 *   date (hosts: ExcelJS assign the string; Office.js set numberFormat "@" on the cell first, or use
 *   `literalText`; SpreadsheetApp write `literalText(text)`).
 * - `number`: a number, optionally with a number format ("0.0%").
 * - `formula`: formula text WITHOUT the leading "=", English function names, "," separators.
 * - null: leave the cell empty (clears it when writing a block).
 */
export type OutCell =
  | null
  | { text: string }
  | { number: number; format?: string }
  | { bool: boolean }
  | { formula: string };

/** True when a host's plain string write would turn this text into something else (formula, number, date). */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  const c = s[0];
  if (c === "=" || c === "+" || c === "-" || c === "@" || c === "'") return true;
  // Numbers, percents and dates the host would convert: "85,7", "1.234", "65%", "01/09/2024", "TRUE".
  return /^\s*[\d.,]+\s*%?\s*$/.test(s) || /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(s) || /^(true|false)$/i.test(s);
}

/**
 * The string to hand to a host whose plain write parses input (SpreadsheetApp `setValues`, Office.js `values`):
 * prefixed with an apostrophe when it would otherwise become a formula, number or date.
 * @example literalText("=1+1") → "'=1+1" · literalText("Đạt") → "Đạt"
 */
export function literalText(s: string): string {
  return needsTextGuard(s) ? `'${s}` : s;
}

/**
 * What a host's plain write (Office.js `formulas`, SpreadsheetApp `setValues`) takes for one output cell:
 * formulas as "=…", text guarded by `literalText`, numbers and booleans as they are, "" for an empty cell.
 * @example hostInput({ formula: "IF(E5>=0.65,\"Đạt\",\"Chưa đạt\")" }) → '=IF(E5>=0.65,"Đạt","Chưa đạt")'
 */
export function hostInput(c: OutCell): string | number | boolean {
  if (c === null) return "";
  if ("formula" in c) return `=${c.formula}`;
  if ("text" in c) return literalText(c.text);
  if ("number" in c) return c.number;
  return c.bool;
}

/**
 * The number format of every cell of a grid ("General" where none is asked), or null when no cell asks for one,
 * so a host can skip the call.
 * @example numberFormatGrid([[{ number: 0.5, format: "0%" }, null]]) → [["0%", "General"]]
 */
export function numberFormatGrid(cells: OutCell[][]): string[][] | null {
  const any = cells.some((row) => row.some((c) => c !== null && "number" in c && c.format !== undefined));
  if (!any) return null;
  return cells.map((row) => row.map((c) => (c !== null && "number" in c && c.format ? c.format : "General")));
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

/** A cell style. Colours are "#RRGGBB". Absent fields keep the host's default. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontName?: string;
  /** Points. */
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  border?: "thin" | "none";
  /** Number format for the range ("0.0%", "@"). */
  numberFormat?: string;
}

/** A style applied to a rectangle. Later entries win where they overlap. */
export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

/** Colours and symbols of the verdicts, the same in every host, on screen and on paper. */
export interface StatusStyle {
  status: StatusCode;
  /** The exact vi label a status cell holds (what the rule matches on). */
  label: string;
  symbol: string;
  fill: string;
  fontColor: string;
}

/**
 * A conditional-format rule set over one range: a cell whose text equals `label` gets `fill`/`fontColor`.
 * Hosts: Excel `conditionalFormats.add(containsText/cellValue equal)`, Sheets
 * `newConditionalFormatRule().whenTextEqualTo(label)`, ExcelJS `{ type: "containsText", operator: "containsText" }`
 * or an expression rule.
 */
export interface ConditionalFormat {
  range: CellRange;
  rules: StatusStyle[];
}

/** Page setup for printing. Margins in inches (what Excel, ExcelJS and Sheets' PDF export use). */
export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows (0-based inclusive) repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
  /** Fit all columns on one page width (any number of pages tall). */
  fitToWidth: boolean;
  /** Centre horizontally on the page. */
  centerHorizontally?: boolean;
}

/**
 * A whole sheet to create (the report), described once for every host. Coordinates are absolute,
 * 0-based. `cells` is dense (rows × columns) so a host writes it in one call; styles come as a fixed,
 * small list of ranges (per kind of row, not per cell).
 */
export interface NewSheet {
  name: string;
  cells: OutCell[][];
  /** Default font for the whole sheet. */
  font: { name: string; size: number };
  styles: StyledRange[];
  merges: CellRange[];
  /** Column widths in points, one per column of `cells` (undefined: host default). */
  columnWidths: (number | undefined)[];
  /** Row heights in points for rows that need more than one line (others: host default). */
  rowHeights: Record<number, number>;
  conditionalFormats: ConditionalFormat[];
  print: PrintSetup;
  /** Freeze rows above this index (the table header), or absent. */
  freezeRows?: number;
}

/**
 * Excel/ExcelJS column width ("characters of the default font") for a width in points.
 * @example pointsToExcelChars(75) → 13.57
 */
export function pointsToExcelChars(pt: number): number {
  // Calibri 11's max digit width is 7 px = 5.25 pt plus 5 px of padding per column.
  return Math.round(((pt / 0.75 - 5) / 7) * 100) / 100;
}

/**
 * Pixels (SpreadsheetApp `setColumnWidth`, CSS) for a width in points.
 * @example pointsToPixels(75) → 100
 */
export function pointsToPixels(pt: number): number {
  return Math.round(pt / 0.75);
}
