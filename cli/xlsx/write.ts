// Applying core's host-neutral output (status edits, new sheets) through the package writer in ./ooxml, and saving atomically.
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { CellRange, SheetData } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { CellStyle } from "../../core/sheet/output";
import type { CellValue } from "../../core/types";
import { CliError } from "../errors";
import { atomicFile } from "../guard/temp";
import { serialToDate } from "./ooxml/read-sheet";
import { isDateFormat } from "./ooxml/styles";
import type { SheetPatch } from "./ooxml/patch-sheet";
import { PatchError } from "./ooxml/patch-sheet";
import { StyleIndex, type Cached, type SheetSpec, type WriteCell } from "./ooxml/sheet-xml";
import { WorkbookWriter, type NoteToAdd } from "./ooxml/writer";
import { ZipError } from "./ooxml/zip";

export { WorkbookWriter };
export type { Cached, SheetSpec, WriteCell };

/**
 * Refuses edits that insert columns: a file host never plans them (cli/xlsx/check.ts plans with `insertAtActual`
 * off). Inserting a column into a saved workbook means moving every reference to the columns right of it, in every
 * part that may hold one: this sheet's cells, merges, conditional formats, validations, hyperlinks, filters, tables,
 * drawings' anchors and notes, other sheets' formulas, defined names, charts and pivot caches, and links from other
 * workbooks, which no writer of this file can reach. One reference missed is a user's formula silently pointing at
 * the wrong cell; the block goes in free columns right of the table instead, as core's planning rule does by default.
 */
function refuseInsertion(edits: SheetEdits): void {
  if (!edits.insertColumns) return;
  throw new CliError(
    `không chèn cột vào tệp .xlsx (trang "${edits.sheet}"): tham chiếu tới các cột bị dời ở trang khác, biểu đồ, tên vùng sẽ sai; kết quả được ghi ở các cột trống bên phải bảng`,
    `will not insert columns into an .xlsx file (sheet "${edits.sheet}"): references to the moved columns from other sheets, charts and names would break; results go in the free columns right of the table`,
  );
}

/**
 * Everything core's edits ask of a sheet, as the patch the writer applies to an input sheet: the block with its
 * styles, colours and widths, the table's font on the block, wrapped rows' heights, frozen panes and page setup.
 * @example patchFromEdits(plan.edits, cached).block.range → { top: 5, left: 7, bottom: 102, right: 8 }
 */
export function patchFromEdits(edits: SheetEdits, cached?: Cached): SheetPatch {
  refuseInsertion(edits);
  const patch: SheetPatch = { block: edits.block, styles: edits.styles, conditionalFormats: edits.conditionalFormats, columnWidths: edits.columnWidths, cached };
  if (edits.fontFrom) patch.fontFrom = edits.fontFrom;
  if (edits.rowHeights) patch.rowHeights = edits.rowHeights;
  if (edits.freeze) patch.freeze = edits.freeze;
  if (edits.print) patch.print = edits.print;
  return patch;
}

/**
 * The areas the tool marks as its own after writing: what core says (`edits.owned`, from the shared planning
 * rule) or, from a core that does not say yet, the block it wrote.
 */
export function ownedOf(edits: SheetEdits): CellRange[] {
  const owned = (edits as SheetEdits & { owned?: CellRange[] }).owned;
  return owned && owned.length > 0 ? owned : [edits.block.range];
}

/** Core's notes as the writer takes them. */
export function notesOf(edits: SheetEdits): NoteToAdd[] {
  return edits.notes.map((n) => ({ cell: { row: n.cell.row, col: n.cell.col }, text: n.text }));
}

/**
 * Lays core's edits over a sheet that is still a description (templates, consolidation): the block's cells,
 * styles, conditional formats, widths and notes, the cached result of every formula, the table's font on the block,
 * wrapped rows' heights (a taller one kept), and the panes and page setup when the description sets none of its own.
 * @example applyEditsToSpec(spec, plan.edits, cached)
 */
export function applyEditsToSpec(spec: SheetSpec, edits: SheetEdits, cached?: Cached): void {
  refuseInsertion(edits);
  const { range, cells } = edits.block;
  for (let r = range.top; r <= range.bottom; r++) {
    const row = (spec.cells[r] ??= []);
    for (let c = range.left; c <= range.right; c++) row[c] = cells[r - range.top][c - range.left] ?? null;
  }
  for (let r = 0; r < spec.cells.length; r++) spec.cells[r] ??= [];
  const font = edits.fontFrom ? specFontAt(spec, edits.fontFrom) : null;
  spec.styles = [...spec.styles, ...(font ? [{ range, style: font }] : []), ...edits.styles];
  spec.conditionalFormats = [...spec.conditionalFormats, ...edits.conditionalFormats];
  for (const [c, w] of Object.entries(edits.columnWidths)) spec.columnWidths[Number(c)] = w;
  for (const [r, h] of Object.entries(edits.rowHeights ?? {})) spec.rowHeights[Number(r)] = Math.max(h, spec.rowHeights[Number(r)] ?? 0);
  if (edits.freeze && !spec.freezeRows && !spec.freezeCols) {
    spec.freezeRows = edits.freeze.rows;
    spec.freezeCols = edits.freeze.columns;
  }
  spec.print ??= edits.print;
  spec.notes = [...(spec.notes ?? []), ...notesOf(edits)];
  spec.owned = [...(spec.owned ?? []), ...ownedOf(edits)];
  // The word lists the status formulas refer to by name, once per sheet.
  for (const n of edits.names ?? []) if (!(spec.names ?? []).some((x) => x.name === n.name)) (spec.names ??= []).push(n);
  const before = spec.cached;
  if (cached) spec.cached = (r, c) => cached(r, c) ?? before?.(r, c);
}

/** The font family and size and the vertical alignment a described cell shows: the last style range naming them over the sheet's font; null when none is set. */
function specFontAt(spec: SheetSpec, at: { row: number; col: number }): CellStyle | null {
  const out: CellStyle = {};
  if (spec.font) {
    out.fontName = spec.font.name;
    out.fontSize = spec.font.size;
  }
  for (const { range, style } of spec.styles) {
    if (at.row < range.top || at.row > range.bottom || at.col < range.left || at.col > range.right) continue;
    if (style.fontName) out.fontName = style.fontName;
    if (style.fontSize) out.fontSize = style.fontSize;
    if (style.vAlign) out.vAlign = style.vAlign;
  }
  return out.fontName || out.fontSize || out.vAlign ? out : null;
}

/**
 * A sheet description as core reads a sheet: values (text, numbers, dates, booleans, errors; formulas empty
 * until calculated), number formats (the cell's own, else the last style range's) and merges.
 * @example specSheetData(spec).values[7][5] → 0.912
 */
export function specSheetData(spec: SheetSpec): SheetData {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  spec.cells.forEach((row, r) => {
    const v: CellValue[] = [];
    const f: (string | undefined)[] = [];
    const x: (string | undefined)[] = [];
    (row ?? []).forEach((cell, c) => {
      v[c] = valueOf(cell);
      if (cell && "formula" in cell) x[c] = `=${cell.formula}`;
      const own = cell && "number" in cell ? cell.format : cell && "date" in cell ? (cell.format ?? "dd/mm/yyyy") : undefined;
      if (own) f[c] = own;
    });
    values[r] = v;
    formats[r] = f;
    formulas[r] = x;
  });
  // Range number formats apply to empty input cells too ("0.0%" on a blank form's figure column).
  for (const { range, style } of spec.styles) {
    if (!style.numberFormat) continue;
    for (let r = range.top; r <= Math.min(range.bottom, values.length - 1); r++) {
      for (let c = range.left; c <= range.right; c++) if (formats[r][c] === undefined) formats[r][c] = style.numberFormat;
    }
  }
  return { name: spec.name, values, formats, formulas, merges: spec.merges };
}

function valueOf(c: WriteCell | undefined): CellValue {
  if (c === null || c === undefined) return null;
  if ("text" in c) return c.text;
  if ("number" in c) return c.format && isDateFormat(c.format) ? serialToDate(c.number, false) : c.number;
  if ("bool" in c) return c.bool;
  if ("date" in c) return c.date;
  if ("error" in c) return { error: c.error };
  return null;
}

/**
 * A core cell value as the writer's cell: numbers keep a format, dates stay dates, errors stay errors.
 * @example writeCellOf(0.857, "0.0%") → { number: 0.857, format: "0.0%" }
 */
export function writeCellOf(v: CellValue, format?: string): WriteCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return format ? { number: v, format } : { number: v };
  if (typeof v === "string") return { text: v };
  if (typeof v === "boolean") return { bool: v };
  if (v instanceof Date) return { date: v, format };
  return { error: v.error };
}

/**
 * Column width in points for a width in Excel's "characters" (inverse of core's pointsToExcelChars).
 * @example charsToPoints(13.57) → 75
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's default column (8.43 characters) in points, for a column given no width. */
const DEFAULT_WIDTH_PT = 48;
/** Average width of a character of Vietnamese text, and a line's height, in ems of the font size (Times New Roman and Calibri alike). */
const CHAR_EM = 0.43;
const LINE_EM = 1.3;
/** What a cell's margins take from its width. */
const CELL_PADDING_PT = 6;

/**
 * A sheet description built cell by cell (0-based), for the forms, samples and summary tables the CLI writes.
 * @example const b = new SheetBuilder("Chỉ tiêu", { name: "Times New Roman", size: 12 }); b.set(0, 0, { text: "STT" }, { bold: true }); b.spec()
 */
export class SheetBuilder {
  private readonly cells: WriteCell[][] = [];
  private readonly styles: SheetSpec["styles"] = [];
  private readonly merges: CellRange[] = [];
  private readonly widths: (number | undefined)[] = [];
  private readonly heights: Record<number, number> = {};
  freezeRows?: number;
  freezeCols?: number;
  /** Areas to mark as the tool's own. */
  owned?: CellRange[];

  constructor(
    private readonly name: string,
    private readonly font: { name: string; size: number },
  ) {}

  /** Puts a cell (and optionally a style on it alone). */
  set(row: number, col: number, cell: WriteCell, style?: SheetSpec["styles"][number]["style"]): void {
    (this.cells[row] ??= [])[col] = cell;
    if (style) this.style({ top: row, left: col, bottom: row, right: col }, style);
  }

  style(range: CellRange, style: SheetSpec["styles"][number]["style"]): void {
    this.styles.push({ range, style });
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  /** Width in Excel characters (what clerks see in Excel's column width box). */
  width(col: number, chars: number): void {
    this.widths[col] = charsToPoints(chars);
  }

  height(row: number, points: number): void {
    this.heights[row] = points;
  }

  /**
   * Stores a height for every row whose wrapped text needs more than one line at its column's width, as Excel stores
   * the height it fitted while the clerk typed: neither Excel nor LibreOffice fits rows when it opens a file, so a
   * wrapped name would print over the next row. The estimate is for average Vietnamese text in the cell's font size,
   * a little generous; rows given a height keep it.
   * @example b.set(5, 1, { text: "Tỷ lệ trường thực hiện nghiêm túc đánh giá chuẩn Hiệu trưởng, …" }, { wrap: true }); b.fitWrappedRows() → row 5 two lines tall
   */
  fitWrappedRows(): void {
    const index = new StyleIndex(this.styles);
    const span = new Map<string, number>();
    for (const m of this.merges) {
      let w = 0;
      for (let c = m.left; c <= m.right; c++) w += this.widths[c] ?? DEFAULT_WIDTH_PT;
      span.set(`${m.top}:${m.left}`, w);
    }
    this.cells.forEach((row, r) => {
      if (!row || this.heights[r] !== undefined) return;
      let lines = 1;
      let size = this.font.size;
      row.forEach((cell, c) => {
        if (!cell || !("text" in cell)) return;
        const style = index.at(r, c)?.style;
        if (!style?.wrap) return;
        const pt = style.fontSize ?? this.font.size;
        const width = span.get(`${r}:${c}`) ?? this.widths[c] ?? DEFAULT_WIDTH_PT;
        const perLine = Math.max(1, Math.floor((width - CELL_PADDING_PT) / (CHAR_EM * pt)));
        const n = cell.text.split("\n").reduce((k, part) => k + Math.max(1, Math.ceil([...part].length / perLine)), 0);
        if (n > lines) lines = n;
        size = Math.max(size, pt);
      });
      if (lines > 1) this.heights[r] = Math.ceil(lines * LINE_EM * size);
    });
  }

  spec(): SheetSpec {
    const cells = Array.from({ length: this.cells.length }, (_, r) => this.cells[r] ?? []);
    return {
      name: this.name,
      cells,
      font: this.font,
      styles: this.styles,
      merges: this.merges,
      columnWidths: this.widths,
      rowHeights: this.heights,
      conditionalFormats: [],
      freezeRows: this.freezeRows,
      freezeCols: this.freezeCols,
      owned: this.owned,
    };
  }
}

/**
 * Saves a new workbook made of `sheets` (in order) atomically.
 * @example await saveSheets([listSample(opts).spec], "out/mau.xlsx")
 */
export async function saveSheets(sheets: SheetSpec[], path: string): Promise<void> {
  const w = WorkbookWriter.fresh();
  for (const s of sheets) w.addSheet(s);
  await saveAtomic(w, path);
}

/**
 * Refuses to write over the input: compares resolved real paths (so "./a.xlsx" and "a.xlsx" are the same).
 * @example await assertNotInput("a.xlsx", ["a.xlsx"]) → throws CliError
 */
export async function assertNotInput(output: string, inputs: string[]): Promise<void> {
  const out = await canonicalPath(output);
  for (const input of inputs) {
    if ((await canonicalPath(input)) === out) {
      throw new CliError(
        `không ghi đè tệp đầu vào ${basename(input)}; chọn tên khác cho -o`,
        `will not overwrite the input file ${basename(input)}; choose another name for -o`,
      );
    }
  }
}

async function canonicalPath(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    // Not there yet: resolve its folder (which may be a symlink) and keep the name.
    try {
      return join(await realpath(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Saves a workbook atomically: writes a temporary file in the target's folder, then renames it over the
 * target, so a crash never leaves half a workbook and readers never see one.
 * @example await saveAtomic(writer, "out/truong.chitieu.xlsx")
 */
export async function saveAtomic(w: WorkbookWriter, path: string): Promise<void> {
  await writeAtomic(path, async (tmp) => {
    try {
      w.save(tmp);
    } catch (e) {
      if (e instanceof PatchError || (e instanceof ZipError && e.kind === "limit")) {
        throw new CliError(`không ghi được ${basename(path)}: ${e.message}`, `cannot write ${basename(path)}: ${e.message}`);
      }
      throw e;
    }
  });
}

/**
 * Runs `write(tmp)` for a temporary file beside `path`, then renames it over `path` (cli/guard/temp.ts: short
 * temporary names, removed on every exit path, system errors as one line). Commands reach this through the
 * output guard, which has already decided that `path` may be written.
 * @example await writeAtomic("out/a.xlsx", (tmp) => writeFile(tmp, bytes))
 */
export async function writeAtomic(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await atomicFile(path, write);
}
