// What hosts write: cell contents, styles, conditional formats and whole new sheets, with no host API in them.
import type { StatusCode } from "../rule/verdict";
import type { CellRange } from "./model";

/**
 * One cell to write.
 * - `text`: a string written AS TEXT even when it starts with "=", "+", "-", "@" or looks like a number, date,
 *   time, error or boolean (ExcelJS and .xlsx writers store a string cell; Office.js and SpreadsheetApp write
 *   `hostInput(cell)`, which puts an apostrophe in front where needed — never `="…"`, which would turn the
 *   text into a formula and fail past 255 characters).
 * - `number`: a number, optionally with a number format ("0.0%").
 * - `formula`: formula text WITHOUT the leading "=", English function names, "," separators, within Excel's
 *   limits (`formulaFits`).
 * - null: leave the cell empty (clears it when writing a block).
 */
export type OutCell =
  | null
  | { text: string }
  | { number: number; format?: string }
  | { bool: boolean }
  | { formula: string; cached?: string };

/**
 * Words a host may read as a boolean when typed (Excel and Sheets take TRUE/FALSE in any case; localised
 * Excel builds take their own words, so the Vietnamese pair is guarded too: guarding costs nothing).
 */
const BOOLEAN_WORDS = new Set(["true", "false", "đúng", "sai"]);

/**
 * True when a host's plain write could turn this text into something else, so it must go in behind an
 * apostrophe. A host parses typed input as a formula ("=", "+", "-", "@"), a number ("1e5", "(5)", "85,7",
 * "$5", "½"), a date or time ("12/2025", "Jan 2025", "12:30"), an error ("#N/A") or a boolean ("TRUE"), and
 * which of these it accepts depends on its locale. Rather than list every form, only text that surely stays
 * text goes in bare: it starts with a letter, holds no digit and is not a boolean word. The apostrophe is not
 * part of the stored value in either host; it only says "this is text".
 * @example needsTextGuard("#N/A") → true · needsTextGuard("12:30") → true · needsTextGuard("Chưa đạt") → false
 */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  if (!/^\p{L}/u.test(s)) return true;
  if (/\p{N}/u.test(s)) return true;
  return BOOLEAN_WORDS.has(s.trim().toLocaleLowerCase("vi"));
}

/**
 * The string to hand to a host whose plain write parses input (SpreadsheetApp `setValues`/`setFormulas`,
 * Office.js `values`/`formulas`): prefixed with an apostrophe when it could otherwise become a formula, number,
 * date, time, error or boolean. A text that itself starts with an apostrophe gets a second one, since hosts
 * swallow the first.
 * @example literalText("=1+1") → "'=1+1" · literalText("#N/A") → "'#N/A" · literalText("Đạt") → "Đạt"
 */
export function literalText(s: string): string {
  return needsTextGuard(s) ? `'${s}` : s;
}

/**
 * Excel refuses a formula whose text constant is longer than 255 characters ("Text values in formulas are
 * limited to 255 characters") and any formula longer than 8,192 characters; the whole write then fails. Google
 * Sheets accepts more, so one limit for both is Excel's.
 */
export const FORMULA_TEXT_MAX = 255;
export const FORMULA_MAX = 8_192;

/**
 * A text as a formula string constant ("…" with inner quotes doubled), or null when it is too long to go into
 * a formula; the caller then points the formula at a cell holding the text, or writes a value instead.
 * @example formulaString('đạt "chuẩn"') → '"đạt ""chuẩn"""' · formulaString("x".repeat(256)) → null
 */
export function formulaString(s: string): string | null {
  if ([...s].length > FORMULA_TEXT_MAX) return null;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Whether a formula (without "=") stays within Excel's limits: at most FORMULA_MAX characters with its "=",
 * and no string constant longer than FORMULA_TEXT_MAX. Every formula a host writes passes this first.
 * @example formulaFits('IF(E5="","Chưa có số liệu","Đạt")') → true · formulaFits(`T(E5,"${"x".repeat(300)}")`) → false
 */
export function formulaFits(formula: string): boolean {
  if (formula.length + 1 > FORMULA_MAX) return false;
  // From one string constant's opening quote to the next (indexOf, not a look at every character: a file's status
  // and explanation formulas are checked one per row).
  for (let i = formula.indexOf('"'); i !== -1; ) {
    let len = 0;
    let j = i + 1;
    for (; j < formula.length; j++) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') {
          len++;
          j++;
          continue;
        }
        break;
      }
      // A surrogate pair is one character to Excel as to a user.
      const code = formula.charCodeAt(j);
      if (code < 0xdc00 || code > 0xdfff) len++;
    }
    if (len > FORMULA_TEXT_MAX) return false;
    i = formula.indexOf('"', j + 1);
  }
  return true;
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
  /** Rows (0-based) a printed page starts at: a manual page break above each (a report's appendix). */
  breakBefore?: number[];
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
