// An .xlsx package opened for reading: its sheets, shared strings, styles and notes, each read once and only when asked for.
import type { SheetData } from "../../../core/sheet/model";
import { readRels, readWorkbookInfo, REL, relIs, type SheetEntry, type WorkbookInfo } from "./package";
import { cellCount, definedRanges, readComments, readSharedStrings, readSheet, type SheetLimits } from "./read-sheet";
import { StyleBook } from "./styles";
import { DEFAULT_LIMITS, ZipReader, type ZipLimits } from "./zip";

/**
 * The defined name that marks the cells this tool wrote (sheet-scoped; its value is a union of absolute ranges,
 * "'Chỉ tiêu'!$H$5:$I$40,'Chỉ tiêu'!$H$3"). A re-check may rewrite only these; everything else is the user's.
 */
export const OWNED_NAME = "ChiTieu_Owned";

export interface BookLimits extends SheetLimits {
  maxStrings: number;
  zip: ZipLimits;
}

/**
 * A workbook package read from bytes. Nothing is inflated until a part is needed; every part is bounded by
 * the zip limits, every sheet by the sheet limits.
 * @example const book = XlsxBook.fromBytes(readFileSync("a.xlsx"), limits); book.readSheet("Chỉ tiêu")
 */
export class XlsxBook {
  readonly info: WorkbookInfo;
  private stylesBook: StyleBook | null | undefined;
  private strings: string[] | undefined;
  /** Cells read so far from every sheet: the cell limit bounds the whole workbook, not each sheet. */
  private cellsRead = 0;

  constructor(
    readonly zip: ZipReader,
    readonly limits: BookLimits,
  ) {
    this.info = readWorkbookInfo(zip);
  }

  static fromBytes(data: Buffer, limits: BookLimits): XlsxBook {
    return new XlsxBook(new ZipReader(data, limits.zip ?? DEFAULT_LIMITS), limits);
  }

  /** Worksheets (grids) in workbook order; chart sheets and macro sheets are not grids and are left out. */
  get worksheets(): SheetEntry[] {
    return this.info.sheets.filter((s) => s.kind === "worksheet" && s.path !== "");
  }

  /** The styles part, read once (null when the package has none). */
  get styles(): StyleBook | null {
    if (this.stylesBook === undefined) this.stylesBook = this.info.styles && this.zip.has(this.info.styles) ? new StyleBook(this.zip.text(this.info.styles)) : null;
    return this.stylesBook;
  }

  /** The shared strings, read once. */
  sharedStrings(): string[] {
    if (this.strings === undefined) {
      const p = this.info.sharedStrings;
      this.strings = p && this.zip.has(p) ? readSharedStrings(this.zip.bytes(p), this.limits.maxStrings) : [];
    }
    return this.strings;
  }

  /** Index of a sheet in the workbook's list (what a defined name's localSheetId counts). */
  sheetIndex(entry: SheetEntry): number {
    return this.info.sheets.indexOf(entry);
  }

  /**
   * One worksheet as SheetData, with its notes and the areas this tool marked as its own.
   * @example book.readSheet(book.worksheets[0]).notes → [{ row: 6, col: 6, text: "Số liệu tạm tính" }]
   */
  readSheet(entry: SheetEntry): SheetData {
    const sheet = readSheet(this.zip.bytes(entry.path), {
      name: entry.name,
      strings: () => this.sharedStrings(),
      styles: this.styles,
      date1904: this.info.date1904,
      limits: this.limits,
      cellsBefore: this.cellsRead,
    });
    this.cellsRead += cellCount.get(sheet) ?? 0;
    const notes: NonNullable<SheetData["notes"]> = [];
    for (const rel of readRels(this.zip, entry.path)) {
      if (relIs(rel.type, REL.comments) && !rel.external && this.zip.has(rel.target)) notes.push(...readComments(this.zip.bytes(rel.target)));
    }
    sheet.notes = notes;
    const index = this.sheetIndex(entry);
    const owned = this.info.definedNames
      .filter((d) => d.name.toLowerCase() === OWNED_NAME.toLowerCase() && d.localSheetId === index)
      .flatMap((d) => definedRanges(d.value, entry.name));
    sheet.owned = owned;
    return sheet;
  }
}
