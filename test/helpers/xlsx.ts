// Test helpers over the CLI's own .xlsx layer: build workbooks from plain grids, read any workbook back (values, formulas, styles, parts), fill cells of an existing file.
import { readFileSync } from "node:fs";
import type { SheetData } from "../../core/sheet/model";
import type { CellValue } from "../../core/types";
import { XlsxBook } from "../../cli/xlsx/ooxml/book";
import { readRels } from "../../cli/xlsx/ooxml/package";
import { addressOf, cellRef } from "../../cli/xlsx/ooxml/refs";
import { findAll, xmlTree, type XmlNode } from "../../cli/xlsx/ooxml/xml";
import { LIMITS } from "../../cli/xlsx/read";
import { WorkbookWriter, writeCellOf, type SheetSpec, type WriteCell } from "../../cli/xlsx/write";

/** A cell for `gridSheet`: a plain value, or a formula with its cached result. */
export type GridCell = CellValue | { formula: string; result?: string | number | boolean } | { value: CellValue; format: string };

/**
 * A sheet description from rows of plain values (A1 first), as a clerk's table would hold them.
 * @example gridSheet("Chỉ tiêu", [["STT", "Nội dung"], [1, "Tỷ lệ"]])
 */
export function gridSheet(name: string, rows: GridCell[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  const cached = new Map<string, string | number | boolean>();
  const cells: WriteCell[][] = rows.map((row, r) =>
    row.map((v, c) => {
      if (v !== null && typeof v === "object" && "formula" in v) {
        if (v.result !== undefined) cached.set(`${r}:${c}`, v.result);
        return { formula: v.formula };
      }
      if (v !== null && typeof v === "object" && "format" in v && !(v instanceof Date)) return writeCellOf(v.value, v.format);
      return writeCellOf(v as CellValue);
    }),
  );
  return {
    name,
    cells,
    styles: [],
    merges: [],
    columnWidths: [],
    rowHeights: {},
    conditionalFormats: [],
    cached: (r, c) => cached.get(`${r}:${c}`),
    ...extra,
  };
}

/** Writes a new workbook of these sheets to `path` (synchronously, as tests want). */
export function writeBook(path: string, sheets: SheetSpec[]): void {
  const w = WorkbookWriter.fresh();
  for (const s of sheets) w.addSheet(s);
  w.save(path);
}

/** A workbook read back for assertions: sheets as core sees them, plus raw parts and styles. */
export class TestBook {
  readonly book: XlsxBook;
  private readonly cache = new Map<string, SheetData>();

  constructor(readonly path: string) {
    this.book = XlsxBook.fromBytes(readFileSync(path), LIMITS);
  }

  get names(): string[] {
    return this.book.worksheets.map((w) => w.name);
  }

  sheet(name: string): SheetData {
    let s = this.cache.get(name);
    if (!s) {
      const e = this.book.worksheets.find((w) => w.name === name);
      if (!e) throw new Error(`no sheet ${name}; sheets: ${this.names.join(", ")}`);
      s = this.book.readSheet(e);
      this.cache.set(name, s);
    }
    return s;
  }

  /** A cell's value (a formula's cached result) by "B3" or 0-based row and column. */
  value(name: string, at: string | [number, number]): CellValue {
    const [r, c] = typeof at === "string" ? toRc(at) : at;
    return this.sheet(name).values[r]?.[c];
  }

  /** A cell's formula without "=", or undefined. */
  formula(name: string, at: string | [number, number]): string | undefined {
    const [r, c] = typeof at === "string" ? toRc(at) : at;
    return this.sheet(name).formulas?.[r]?.[c]?.replace(/^=/, "");
  }

  /** Every formula cell of a sheet: "H5" → { formula, cached result }. */
  formulaCells(name: string): Map<string, { formula: string; result: CellValue }> {
    const s = this.sheet(name);
    const out = new Map<string, { formula: string; result: CellValue }>();
    s.formulas?.forEach((row, r) => row?.forEach((f, c) => f && out.set(addressOf(r, c), { formula: f.replace(/^=/, ""), result: s.values[r]?.[c] })));
    return out;
  }

  /** Every text value of a sheet, in row order. */
  texts(name: string): string[] {
    return this.sheet(name).values.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === "string"));
  }

  /** Package path of a sheet's part. */
  partOf(name: string): string {
    return this.book.worksheets.find((w) => w.name === name)!.path;
  }

  /** A part as an element tree. */
  xml(part: string): XmlNode {
    return xmlTree(this.book.zip.bytes(part));
  }

  /** The sheet's worksheet XML as a tree. */
  sheetXml(name: string): XmlNode {
    return this.xml(this.partOf(name));
  }

  /** Font (name, bold, size) of the cell's style. */
  font(name: string, at: string): { name?: string; bold: boolean; italic: boolean; size?: number } {
    return this.book.styles!.fontOf(this.styleOf(name, at));
  }

  /** Vertical alignment of the cell's style ("bottom" when it sets none). */
  vAlign(name: string, at: string): string {
    return this.book.styles!.vAlignOf(this.styleOf(name, at));
  }

  /** The style index (s) of a cell, 0 when none. */
  styleOf(name: string, at: string): number {
    const c = findAll(this.sheetXml(name), "c").find((n) => n.attrs.r === at);
    return Number(c?.attrs.s ?? 0);
  }

  /** Conditional-format rules of a sheet: formula and the fill of its differential style. */
  conditionalRules(name: string): Array<{ sqref: string; formula: string; fill?: string }> {
    const dxfs = findAll(this.xml(this.book.info.styles!), "dxf");
    return findAll(this.sheetXml(name), "conditionalFormatting").flatMap((cf) =>
      findAll(cf, "cfRule").map((r) => {
        const dxf = dxfs[Number(r.attrs.dxfId)];
        const bg = dxf ? findAll(dxf, "bgColor")[0]?.attrs.rgb : undefined;
        return { sqref: cf.attrs.sqref ?? "", formula: findAll(r, "formula")[0]?.text ?? "", fill: bg };
      }),
    );
  }

  /** Relationship targets of a part. */
  rels(part: string) {
    return readRels(this.book.zip, part);
  }
}

function toRc(a: string): [number, number] {
  const r = cellRef(a);
  if (!r) throw new Error(`not a cell address: ${a}`);
  return [r.row, r.col];
}

/**
 * Copies `input` to `output` with some cells set, as a clerk typing into a form would (the rest of the package as it was).
 * @example fillCells("mau.xlsx", "mau-da-nhap.xlsx", "Nhập số liệu", [[8, 5, 0.9]])
 */
export function fillCells(input: string, output: string, sheet: string, cells: Array<[number, number, CellValue]>): void {
  const book = XlsxBook.fromBytes(readFileSync(input), LIMITS);
  const w = WorkbookWriter.patching(book);
  const cellsAt = new Map<number, Map<number, WriteCell>>();
  for (const [r, c, v] of cells) {
    let row = cellsAt.get(r);
    if (!row) cellsAt.set(r, (row = new Map()));
    row.set(c, writeCellOf(v));
  }
  w.patchSheet(sheet, { block: { range: { top: 0, left: 0, bottom: -1, right: -1 }, cells: [] }, styles: [], conditionalFormats: [], columnWidths: {}, cellsAt });
  w.save(output);
}

/** Children of a worksheet in schema order (CT_Worksheet), for the structure check. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/**
 * What is wrong with a package's structure, by Excel's rules: every part has a content type, every internal
 * relationship target exists, every sheet's shared-string and style indices are in range, worksheet children
 * come in schema order, rows and cells ascend. Empty when the package is sound.
 * @example validatePackage("out.xlsx") → []
 */
export function validatePackage(path: string): string[] {
  const problems: string[] = [];
  const t = new TestBook(path);
  const zip = t.book.zip;
  const types = xmlTree(zip.bytes("[Content_Types].xml"));
  const defaults = new Map(findAll(types, "Default").map((d) => [d.attrs.Extension.toLowerCase(), d.attrs.ContentType] as const));
  const overrides = new Map(findAll(types, "Override").map((o) => [o.attrs.PartName.replace(/^\//, "").toLowerCase(), o.attrs.ContentType] as const));
  for (const name of zip.order) {
    if (name.endsWith("/")) continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (name !== "[Content_Types].xml" && !overrides.has(name.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type for ${name}`);
  }
  for (const part of overrides.keys()) if (!zip.has(part)) problems.push(`content type for a missing part ${part}`);
  for (const name of ["", ...zip.order.filter((n) => !n.endsWith(".rels") && !n.endsWith("/"))]) {
    for (const r of readRels(zip, name)) if (!r.external && !zip.has(r.target)) problems.push(`${name || "package"} points at missing ${r.target} (${r.id})`);
  }
  const strings = t.book.sharedStrings().length;
  const xfs = t.book.styles?.xfCount ?? 1;
  for (const s of t.book.worksheets) {
    const tree = xmlTree(zip.bytes(s.path));
    let last = -1;
    for (const child of tree.children) {
      const rank = WORKSHEET_ORDER.indexOf(child.name === "AlternateContent" ? "oleObjects" : child.name);
      if (rank < 0) problems.push(`${s.name}: unknown element ${child.name}`);
      else if (rank < last) problems.push(`${s.name}: ${child.name} out of schema order`);
      else last = rank;
    }
    const data = tree.children.find((c) => c.name === "sheetData");
    for (const c of data?.children ?? []) if (c.name !== "row") problems.push(`${s.name}: ${c.name} inside sheetData`);
    for (const row of data?.children ?? []) for (const c of row.children) if (c.name !== "c" && c.name !== "extLst") problems.push(`${s.name}: ${c.name} inside row ${row.attrs.r}`);
    let prevRow = 0;
    for (const row of findAll(tree, "row")) {
      const r = Number(row.attrs.r);
      if (!(r > prevRow)) problems.push(`${s.name}: row ${r} after ${prevRow}`);
      prevRow = r;
      let prevCol = -1;
      for (const c of row.children.filter((k) => k.name === "c")) {
        const at = cellRef(c.attrs.r ?? "");
        if (!at || at.row !== r - 1) problems.push(`${s.name}: cell ${c.attrs.r} in row ${r}`);
        else if (at.col <= prevCol) problems.push(`${s.name}: cell ${c.attrs.r} out of order`);
        else prevCol = at.col;
        if (Number(c.attrs.s ?? 0) >= xfs) problems.push(`${s.name}: ${c.attrs.r} has style ${c.attrs.s} of ${xfs}`);
        if (c.attrs.t === "s") {
          const v = Number(findAll(c, "v")[0]?.text);
          if (!(v >= 0 && v < strings)) problems.push(`${s.name}: ${c.attrs.r} has shared string ${v} of ${strings}`);
        }
      }
    }
  }
  return problems;
}
