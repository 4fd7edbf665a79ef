// Applying core's host-neutral output (cells, styles, conditional formats, new sheets) to an ExcelJS workbook, and saving atomically.
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/types";
import { isCellError } from "../../core/types";
import type { CellRange, SheetData } from "../../core/sheet/model";
import { rangeAddress } from "../../core/sheet/model";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, PrintSetup, StyledRange } from "../../core/sheet/output";
import type { SheetEdits } from "../../core/sheet/edits";
import { pointsToExcelChars } from "../../core/sheet/output";
import { CliError } from "../errors";
import { atomicFile } from "../guard/temp";

/** "#RRGGBB" → ExcelJS ARGB "FFRRGGBB". */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Writes one core OutCell into an ExcelJS cell. Text stays text even when it starts with "=": ExcelJS stores a
 * string value as a string, never as a formula. A formula gets its cached result when one is given, so files
 * show the right value even in viewers that do not recalculate.
 * @example writeCell(ws.getCell("H5"), { formula: 'IF(E5="","Chưa có số liệu","Đạt")' }, "Đạt")
 */
export function writeCell(cell: ExcelJS.Cell, out: OutCell, cachedResult?: string | number | boolean): void {
  if (out === null) {
    cell.value = null;
  } else if ("text" in out) {
    cell.value = out.text;
  } else if ("number" in out) {
    cell.value = out.number;
    if (out.format) cell.numFmt = out.format;
  } else if ("bool" in out) {
    cell.value = out.bool;
  } else {
    cell.value = cachedResult === undefined ? { formula: out.formula } : ({ formula: out.formula, result: cachedResult } as ExcelJS.CellFormulaValue);
  }
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** Applies a core CellStyle to one cell, merging with what the cell already has. */
export function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.underline !== undefined || s.fontName || s.fontSize || s.fontColor) {
    const font: Partial<ExcelJS.Font> = { ...(cell.font ?? {}) };
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.underline !== undefined) font.underline = s.underline;
    if (s.fontName) font.name = s.fontName;
    if (s.fontSize) font.size = s.fontSize;
    if (s.fontColor) font.color = { argb: argb(s.fontColor) };
    cell.font = font;
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.hAlign || s.vAlign || s.wrap !== undefined) {
    const al: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
    if (s.hAlign) al.horizontal = s.hAlign;
    if (s.vAlign) al.vertical = s.vAlign;
    if (s.wrap !== undefined) al.wrapText = s.wrap;
    cell.alignment = al;
  }
  if (s.border === "thin") cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.border === "none") cell.border = {};
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

/** Applies styles over their (absolute, 0-based) ranges, in order, so later entries win. */
export function applyStyles(ws: ExcelJS.Worksheet, styles: StyledRange[]): void {
  for (const { range, style } of styles) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) styleCell(ws.getCell(r + 1, c + 1), style);
    }
  }
}

/** "A1:B2" for an absolute, 0-based range. */
export function a1(r: CellRange): string {
  return rangeAddress({}, r);
}

/**
 * Adds core's conditional formats as expression rules (`H5="Chưa đạt"`). Exact equality, not ExcelJS
 * "containsText": "Chưa đạt" and "Gần đạt" both contain "đạt", and Excel compares text without case.
 * @example applyConditionalFormats(ws, [{ range, rules: [{ status: "not_met", label: "Chưa đạt", fill: "#F8CBAD", ... }] }])
 */
export function applyConditionalFormats(ws: ExcelJS.Worksheet, formats: ConditionalFormat[]): void {
  for (const cf of formats) {
    const ref = a1(cf.range);
    const topLeft = ref.split(":")[0];
    ws.addConditionalFormatting({
      ref,
      rules: cf.rules.map((rule, i) => ({
        type: "expression" as const,
        priority: i + 1,
        formulae: [`${topLeft}="${rule.label.replace(/"/g, '""')}"`],
        style: {
          fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.fontColor) } },
        },
      })),
    });
  }
}

/** A4 page setup with repeated header rows and fit-to-width, as core describes it. */
export function applyPrint(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    margins: p.margins,
    horizontalCentered: p.centerHorizontally ?? false,
    fitToPage: p.fitToWidth,
    fitToWidth: p.fitToWidth ? 1 : undefined,
    fitToHeight: p.fitToWidth ? 0 : undefined,
    printTitlesRow: p.repeatRows ? `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` : undefined,
  } as Partial<ExcelJS.PageSetup>;
}

/**
 * A unique sheet name (Excel: at most 31 characters, none of []:*?/\) not already in the workbook.
 * @example uniqueSheetName(wb, "Báo cáo") → "Báo cáo (2)" when "Báo cáo" exists
 */
export function uniqueSheetName(wb: ExcelJS.Workbook, want: string): string {
  const clean = want.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase("vi")));
  if (!taken.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let i = 2; ; i++) {
    const name = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  }
}

/**
 * Creates the sheet core describes (the report): cells, default font, styles, merges, widths, heights,
 * conditional formats, print setup, frozen header. Returns the new worksheet.
 * @example addNewSheet(wb, buildReportSheet(model)).name → "Báo cáo"
 */
export function addNewSheet(wb: ExcelJS.Workbook, sheet: NewSheet, cached?: (row: number, col: number) => string | number | boolean | undefined): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueSheetName(wb, sheet.name), {
    views: sheet.freezeRows ? [{ state: "frozen", ySplit: sheet.freezeRows }] : undefined,
  });
  const font: Partial<ExcelJS.Font> = { name: sheet.font.name, size: sheet.font.size };
  const width = Math.max(sheet.columnWidths.length, ...sheet.cells.map((r) => r.length));
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = sheet.cells[r];
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      writeCell(cell, row[c] ?? null, cached?.(r, c));
      cell.font = font;
    }
  }
  applyStyles(ws, sheet.styles);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.columnWidths.forEach((pt, c) => {
    if (pt !== undefined) ws.getColumn(c + 1).width = pointsToExcelChars(pt);
  });
  for (const [r, h] of Object.entries(sheet.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  applyConditionalFormats(ws, sheet.conditionalFormats);
  applyPrint(ws, sheet.print);
  return ws;
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
 * @example await saveAtomic(wb, "out/truong.chitieu.xlsx")
 */
export async function saveAtomic(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeAtomic(path, (tmp) => wb.xlsx.writeFile(tmp, SAVE_OPTIONS));
}

/**
 * Fast deflate: the default level spends a fifth of a large check in ExcelJS's JavaScript zip compressor
 * for files a few percent smaller; spreadsheet programs read either.
 */
const SAVE_OPTIONS = { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/**
 * Runs `write(tmp)` for a temporary file beside `path`, then renames it over `path` (cli/guard/temp.ts: short
 * temporary names, removed on every exit path, system errors as one line). Commands reach this through the
 * output guard, which has already decided that `path` may be written.
 * @example await writeAtomic("out/a.xlsx", (tmp) => streamWriter(tmp))
 */
export async function writeAtomic(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await atomicFile(path, write);
}

/**
 * Applies core's status-column edits to the checked worksheet: the block of status formulas and explanations,
 * styles, conditional formats, notes and widths. `cached(row, col)` gives the engine's label for a formula cell
 * (absolute, 0-based), stored as the formula's cached result so the file reads right before any recalculation.
 * @example applySheetEdits(ws, plan.edits, (r, c) => labels.get(`${r}:${c}`))
 */
export function applySheetEdits(ws: ExcelJS.Worksheet, edits: SheetEdits, cached?: (row: number, col: number) => string | number | boolean | undefined): void {
  const { range, cells } = edits.block;
  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      const row = range.top + r;
      const col = range.left + c;
      writeCell(ws.getCell(row + 1, col + 1), cells[r][c], cached?.(row, col));
    }
  }
  applyStyles(ws, edits.styles);
  applyConditionalFormats(ws, edits.conditionalFormats);
  for (const n of edits.notes) ws.getCell(n.cell.row + 1, n.cell.col + 1).note = n.text;
  for (const [c, pt] of Object.entries(edits.columnWidths)) ws.getColumn(Number(c) + 1).width = pointsToExcelChars(pt);
}

/**
 * A core cell value (and formula text, with "=") as an ExcelJS value: errors as error values, formulas with
 * their cached result.
 * @example toExcelValue(0.857, "=B2/C2") → { formula: "B2/C2", result: 0.857 }
 */
export function toExcelValue(v: CellValue, formula?: string): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : (v ?? null);
  if (!formula) return plain;
  const result = plain === null || typeof plain === "object" ? undefined : plain;
  return { formula: formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
}

/**
 * Writes a big checked sheet with ExcelJS's streaming writer, row by row, so memory stays bounded: the values,
 * formulas and number formats read, with core's edits (status formulas, explanations, styles, conditional
 * formats, widths) laid over them. Styles of the original are not kept (the streaming reader drops them).
 * @example await writeAtomic("big.chitieu.xlsx", (tmp) => writeSheetStreamed(sheet, edits, tmp, cached))
 */
export async function writeSheetStreamed(sheet: SheetData, edits: SheetEdits, path: string, cached?: (row: number, col: number) => string | number | boolean | undefined): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.name);
  for (const [c, pt] of Object.entries(edits.columnWidths)) ws.getColumn(Number(c) + 1).width = pointsToExcelChars(pt);
  const { range, cells } = edits.block;
  const rows = Math.max(sheet.values.length, range.bottom + 1);
  for (let r = 0; r < rows; r++) {
    const row = ws.getRow(r + 1);
    const vals = sheet.values[r] ?? [];
    for (let c = 0; c < vals.length; c++) {
      const v = vals[c];
      const f = sheet.formulas?.[r]?.[c];
      if ((v === null || v === undefined) && !f) continue;
      const cell = row.getCell(c + 1);
      cell.value = toExcelValue(v, f);
      const fmt = sheet.formats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    }
    if (r >= range.top && r <= range.bottom) {
      const out = cells[r - range.top];
      for (let k = 0; k < out.length; k++) writeCell(row.getCell(range.left + k + 1), out[k], cached?.(r, range.left + k));
    }
    for (const { range: sr, style } of edits.styles) {
      if (r < sr.top || r > sr.bottom) continue;
      for (let c = sr.left; c <= sr.right; c++) styleCell(row.getCell(c + 1), style);
    }
    row.commit();
  }
  applyConditionalFormats(ws as unknown as ExcelJS.Worksheet, edits.conditionalFormats);
  ws.commit();
  await wb.commit();
}
