// A small writer for NewSheet: cells, merges, styles by range, and row heights estimated for wrapped text.
import type { CellRange } from "../sheet/model";
import type { CellStyle, NewSheet, OutCell, PrintSetup, StyledRange } from "../sheet/output";

/** Cell padding in points, left plus right. */
const PADDING = 6;
/** Line height as a share of the font size (Times New Roman's ascent plus descent, plus leading). */
export const LINE_HEIGHT = 1.17;

/**
 * Advance widths of Times New Roman (and its metric twin Liberation Serif) in thousandths of the font size, for
 * the letters and signs reports hold: close enough to wrap text the way the spreadsheet will, so rows fit instead
 * of leaving blank lines. Vietnamese marks sit above or below their letter and add no width.
 */
const TNR: Record<string, number> = {
  " ": 250, a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889, N: 722,
  O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ".": 250, ",": 250, ":": 278, ";": 278, "(": 333, ")": 333, "-": 333, "–": 500, "/": 278, "%": 833, "'": 180, '"': 408,
  "«": 500, "»": 500, "“": 444, "”": 444, "…": 1000, "≥": 549, "≤": 549, "✓": 800, "✗": 800, "▲": 800, "≈": 549,
};

/** Each character's width once: the lookup decomposes accented letters, and a report measures the same few glyphs often. */
const GLYPH = new Map<string, number>();
function glyphWidth(ch: string): number {
  let w = GLYPH.get(ch);
  if (w === undefined) GLYPH.set(ch, (w = (TNR[ch] ?? TNR[ch.normalize("NFD")[0]] ?? (ch === "đ" ? 500 : ch === "Đ" ? 722 : /[0-9]/.test(ch) ? 500 : 500)) / 1000));
  return w;
}

/**
 * Lines a text takes in a column of `widthPt` points at `fontSize`, wrapping at spaces as spreadsheets do (a word
 * longer than the line breaks inside it).
 * @example linesFor("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", 150, 13) → 2
 */
export function linesFor(text: string, widthPt: number, fontSize: number): number {
  // A report's table repeats its texts (one row per unit of each indicator): each text, width and size measured once.
  const key = `${widthPt}|${fontSize}|${text}`;
  let n = LINES.get(key);
  if (n === undefined) {
    if (LINES.size >= 10_000) LINES.clear();
    LINES.set(key, (n = measureLines(text, widthPt, fontSize)));
  }
  return n;
}
const LINES = new Map<string, number>();

function measureLines(text: string, widthPt: number, fontSize: number): number {
  const avail = Math.max(fontSize, widthPt - PADDING);
  let lines = 0;
  for (const part of text.split("\n")) {
    let n = 1;
    let used = 0;
    for (const word of part.split(" ")) {
      let w = 0;
      for (const ch of word) w += glyphWidth(ch) * fontSize;
      const space = used > 0 ? glyphWidth(" ") * fontSize : 0;
      if (used + space + w <= avail) {
        used += space + w;
        continue;
      }
      if (used > 0) n++;
      // A word wider than the column breaks across lines.
      n += Math.max(0, Math.ceil(w / avail) - 1);
      used = w % avail || (w > 0 ? avail : 0);
    }
    lines += n;
  }
  return lines;
}

/**
 * Points the text's widest unbreakable part takes on one line at `fontSize`, padding included: its widest word, or the
 * whole text when `whole` (a verdict label, which reads as one).
 * @example wordWidth("89.310/92.760 (6/9 huyện)", 13) → 90.5
 */
export function wordWidth(text: string, fontSize: number, whole = false): number {
  let most = 0;
  for (const word of whole ? [text] : text.split(/[ \n]/)) {
    let w = 0;
    for (const ch of word) w += glyphWidth(ch) * fontSize;
    most = Math.max(most, w);
  }
  return most + PADDING;
}

export class SheetBuilder {
  readonly cells: OutCell[][] = [];
  readonly merges: CellRange[] = [];
  readonly styles: StyledRange[] = [];
  readonly rowHeights: Record<number, number> = {};
  constructor(
    readonly width: number,
    readonly font: { name: string; size: number },
    readonly columnWidths: number[],
  ) {}

  get rows(): number {
    return this.cells.length;
  }

  /** Appends an empty row and returns its index. */
  addRow(): number {
    this.cells.push(new Array<OutCell>(this.width).fill(null));
    return this.cells.length - 1;
  }

  set(row: number, col: number, cell: OutCell): void {
    while (this.cells.length <= row) this.addRow();
    this.cells[row][col] = cell;
  }

  text(row: number, col: number, text: string): void {
    this.set(row, col, text === "" ? null : { text });
  }

  merge(row: number, left: number, right: number, bottom = row): void {
    if (right > left || bottom > row) this.merges.push({ top: row, left, bottom, right });
  }

  style(range: CellRange, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  /**
   * Sets a row's height so `text` fits wrapped in `widthPt` points: every cell of the row asks, the tallest wins,
   * and a one-line row still gets its height so the spreadsheet does not guess one of its own.
   */
  fit(row: number, text: string, widthPt: number, fontSize = this.font.size): void {
    const lines = text === "" ? 1 : linesFor(text, widthPt, fontSize);
    const h = Math.ceil(lines * fontSize * LINE_HEIGHT + 4);
    if ((this.rowHeights[row] ?? 0) < h) this.rowHeights[row] = h;
  }

  /** Sum of column widths from `left` to `right`. */
  span(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.columnWidths[c] ?? 48;
    return w;
  }

  build(name: string, print: PrintSetup, freezeRows?: number): NewSheet {
    const sheet: NewSheet = {
      name,
      cells: this.cells,
      font: this.font,
      styles: this.styles,
      merges: this.merges,
      columnWidths: this.columnWidths.slice(0, this.width),
      rowHeights: this.rowHeights,
      conditionalFormats: [],
      print,
    };
    if (freezeRows !== undefined) sheet.freezeRows = freezeRows;
    return sheet;
  }
}

/** A4 portrait, fitted to one page wide, centred, with optional header rows repeated on every page. */
export function a4Print(margins: PrintSetup["margins"], repeat?: { first: number; last: number }): PrintSetup {
  const p: PrintSetup = { paper: "A4", orientation: "portrait", margins, fitToWidth: true, centerHorizontally: true };
  if (repeat) p.repeatRows = repeat;
  return p;
}
