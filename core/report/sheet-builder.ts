// A small writer for NewSheet: cells, merges, styles by range, and row heights estimated for wrapped text.
import type { CellRange } from "../sheet/model";
import type { CellStyle, NewSheet, OutCell, PrintSetup, StyledRange } from "../sheet/output";

/** Average glyph width of Times New Roman as a share of the font size; enough to size wrapped rows for print. */
const CHAR_WIDTH = 0.45;
/** Cell padding in points, left plus right. */
const PADDING = 6;

/**
 * Lines a text needs in a column of `widthPt` points at `fontSize`.
 * @example linesFor("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", 150, 13) → 2
 */
export function linesFor(text: string, widthPt: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor((widthPt - PADDING) / (fontSize * CHAR_WIDTH)));
  let lines = 0;
  for (const part of text.split("\n")) lines += Math.max(1, Math.ceil(part.length / perLine));
  return lines;
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

  /** Raises a row's height so `text` fits wrapped in `widthPt` points. */
  fit(row: number, text: string, widthPt: number, fontSize = this.font.size): void {
    const lines = linesFor(text, widthPt, fontSize);
    if (lines <= 1) return;
    const h = Math.ceil(lines * fontSize * 1.25 + 3);
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
