// A1 references, once for every host: column letters, cell and range addresses, and the references inside a formula
// (moving a formula as a copy or a shared formula does; keying formulas that are one formula moved down a column).
// Pure string work with no host API: the .xlsx package, the Excel host's copies and the sheet checks all read it here.
import type { CellRange } from "./model";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLS = 16_384;
/**
 * Column letters for a 0-based column index.
 * @example columnLetters(0) → "A" · columnLetters(27) → "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Columns as a reader names them: a run of neighbours as its ends ("F–N"), columns apart one by one ("E, G").
 * @example columnSpan([5, 6, 7]) → "F–H" · columnSpan([4, 6]) → "E, G" · columnSpan([3]) → "D"
 */
export function columnSpan(given: readonly number[]): string {
  // In the sheet's order whatever order they were found in: "D–G", never "D, E, G, F".
  const cols = [...given].sort((a, b) => a - b);
  const run = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  return run && cols.length > 1 ? `${columnLetters(cols[0])}–${columnLetters(cols[cols.length - 1])}` : cols.map(columnLetters).join(", ");
}

/**
 * 0-based column of column letters, or -1 when they are not a column inside Excel's grid.
 * @example colIndex("A") → 0 · colIndex("XFD") → 16383 · colIndex("XFE") → -1
 */
export function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n >= 1 && n <= MAX_SHEET_COLS ? n - 1 : -1;
}

/** One reference a formula makes: its corners in `values` coordinates, and whether it was written as a range. */
export interface FormulaRef {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  range: boolean;
}

/**
 * The references a formula makes, in `values` coordinates (`origin` is where the grid starts), strings left out; with
 * `ownSheet`, references to other sheets ("Phụ!D3", "'Chỉ tiêu'!B2:B9") are left out too.
 * @example formulaRefs("=ROUND(H11/D11,1)") → [{ r1: 10, c1: 7, r2: 10, c2: 7, range: false }, { r1: 10, c1: 3, … }]
 */
export function formulaRefs(text: string, origin = { row: 0, col: 0 }, ownSheet = false): FormulaRef[] {
  let body = text.replace(/"[^"]*"/g, "");
  if (ownSheet) body = body.replace(/(?:'[^']*'|[\p{L}\w.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gu, "");
  const out: FormulaRef[] = [];
  for (const m of body.matchAll(/(?<![A-Za-z0-9_.$])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g)) {
    const c1 = colIndex(m[1]) - origin.col;
    const r1 = Number(m[2]) - 1 - origin.row;
    out.push({ r1, c1, r2: m[4] ? Number(m[4]) - 1 - origin.row : r1, c2: m[3] ? colIndex(m[3]) - origin.col : c1, range: m[3] !== undefined });
  }
  return out;
}

/**
 * A cell address ("B3", "$B$3") as 0-based row and column, or null.
 * @example cellRef("B3") → { row: 2, col: 1 }
 */
export function cellRef(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a);
  if (!m) return null;
  const col = colIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0 || row >= MAX_SHEET_ROWS) return null;
  return { row, col };
}

/**
 * One range of an sqref ("A1:C3", "B2", "A:A", "3:5") as a 0-based inclusive range, or null.
 * @example rangeRef("A:B") → { top: 0, left: 0, bottom: 1048575, right: 1 }
 */
export function rangeRef(a: string): CellRange | null {
  const [p, q = p] = a.split(":");
  const one = cellRef(p);
  const two = cellRef(q);
  if (one && two) return { top: Math.min(one.row, two.row), left: Math.min(one.col, two.col), bottom: Math.max(one.row, two.row), right: Math.max(one.col, two.col) };
  const cols = /^\$?([A-Za-z]{1,3})$/;
  const rows = /^\$?(\d{1,7})$/;
  const c1 = cols.exec(p);
  const c2 = cols.exec(q);
  if (c1 && c2) {
    const l = colIndex(c1[1]);
    const r = colIndex(c2[1]);
    if (l < 0 || r < 0) return null;
    return { top: 0, left: Math.min(l, r), bottom: MAX_SHEET_ROWS - 1, right: Math.max(l, r) };
  }
  const r1 = rows.exec(p);
  const r2 = rows.exec(q);
  if (r1 && r2) {
    const t = Number(r1[1]) - 1;
    const b = Number(r2[1]) - 1;
    if (t < 0 || b < 0 || t >= MAX_SHEET_ROWS || b >= MAX_SHEET_ROWS) return null;
    return { top: Math.min(t, b), left: 0, bottom: Math.max(t, b), right: MAX_SHEET_COLS - 1 };
  }
  return null;
}

/**
 * An A1 address as hosts report it ("Sheet1!B3:D9", "'Báo cáo'!$A$1", "b3") → 0-based inclusive range; null when
 * it is not one cell or one rectangle inside Excel's grid.
 * @example parseA1("Sheet1!B3:D9") → { top: 2, left: 1, bottom: 8, right: 3 }
 */
export function parseA1(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [p, q = p, more] = local.split(":");
  if (more !== undefined) return null;
  const one = cellRef(p);
  const two = cellRef(q);
  if (!one || !two) return null;
  return { top: Math.min(one.row, two.row), left: Math.min(one.col, two.col), bottom: Math.max(one.row, two.row), right: Math.max(one.col, two.col) };
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters that continue a name: letters (any script: Excel names may be Vietnamese), digits, "_", "." (and "$" inside a reference). */
const isNameChar = (c: number) => isLetter(c) || isDigit(c) || c === 95 || c === 46 || c > 127;

/**
 * Walks a formula's A1 cell references outside string literals, calling `edit` with each and splicing what it returns.
 * Function names ("LOG10(") and defined names are not references: a reference may not touch a letter, digit,
 * "_", "." or "(" on either side. Returns null when `edit` returns null for any reference (the caller gives up).
 * Written with character codes: it runs once per status cell of a big sheet.
 */
function mapRefs(formula: string, edit: (col: number, row: number, colAbs: boolean, rowAbs: boolean) => string | null): string | null {
  let out = "";
  let copied = 0;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = stringEnd(formula, i, c === 34 ? '"' : "'");
      continue;
    }
    const prev = i > 0 ? formula.charCodeAt(i - 1) : 0;
    if ((c === 36 || isLetter(c)) && !(isNameChar(prev) || prev === 36)) {
      // [$]letters{1,3}[$]digits{1,7}, then not a name character or "(".
      let j = i;
      const colAbs = formula.charCodeAt(j) === 36;
      if (colAbs) j++;
      const l0 = j;
      while (j < n && j - l0 < 4 && isLetter(formula.charCodeAt(j))) j++;
      const letters = j - l0;
      const rowAbs = formula.charCodeAt(j) === 36;
      if (rowAbs) j++;
      const d0 = j;
      while (j < n && j - d0 < 8 && isDigit(formula.charCodeAt(j))) j++;
      const digits = j - d0;
      const after = j < n ? formula.charCodeAt(j) : 0;
      if (letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7 && !isNameChar(after) && after !== 40 && after !== 36) {
        const col = colIndex(formula.slice(l0, l0 + letters));
        if (col >= 0) {
          const rep = edit(col, Number(formula.slice(d0, j)) - 1, colAbs, rowAbs);
          if (rep === null) return null;
          out += formula.slice(copied, i) + rep;
          copied = j;
          i = j;
          continue;
        }
      }
      // Not a reference: skip the whole name so its tail is not read as one.
      let k = i + 1;
      while (k < n && (isNameChar(formula.charCodeAt(k)) || formula.charCodeAt(k) === 36)) k++;
      i = k;
      continue;
    }
    i++;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

function stringEnd(s: string, from: number, q: string): number {
  let i = from + 1;
  while (i < s.length) {
    if (s[i] === q) {
      if (s[i + 1] === q) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return s.length;
}

/**
 * A formula moved by (dRow, dCol): relative references shift, absolute parts stay (how a shared formula's
 * dependent cells get their own text). Null when a reference would leave the grid.
 * @example shiftFormula("IF(E5>=0.65,\"Đạt\",$K$1)", 2, 0) → "IF(E7>=0.65,\"Đạt\",$K$1)"
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string | null {
  if (dRow === 0 && dCol === 0) return formula;
  return mapRefs(formula, (col, row, colAbs, rowAbs) => {
    const c = colAbs ? col : col + dCol;
    const r = rowAbs ? row : row + dRow;
    if (c < 0 || c >= MAX_SHEET_COLS || r < 0 || r >= MAX_SHEET_ROWS) return null;
    return `${colAbs ? "$" : ""}${columnLetters(c)}${rowAbs ? "$" : ""}${r + 1}`;
  });
}

/**
 * The formula with each relative reference written as an offset from (row, col): two cells whose keys are equal
 * hold "the same formula" and can share one. Null when the formula cannot be keyed safely.
 * @example relativeKey("E5*2", 4, 7) → "{r0c-3}*2" · relativeKey("E6*2", 5, 7) → "{r0c-3}*2"
 */
export function relativeKey(formula: string, row: number, col: number): string | null {
  // Whole-row and whole-column ranges ("1:1", "A:A") are not cell references mapRefs moves: keep such formulas apart.
  const bare = formula.indexOf(":") < 0 ? "" : formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (bare !== "" && /(^|[^A-Za-z0-9_.$])\$?\d+:\$?\d+(?![0-9])|(^|[^A-Za-z0-9_.$])\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_.(])/.test(bare)) return null;
  return mapRefs(formula, (c, r, colAbs, rowAbs) => `{${rowAbs ? `R${r}` : `r${r - row}`}${colAbs ? `C${c}` : `c${c - col}`}}`);
}
