// One worksheet part (and its comments) streamed into core's SheetData, counting rows and cells as it goes so nothing unbounded is ever built.
import type { CellValue } from "../../../core/types";
import type { CellRange, SheetData } from "../../../core/sheet/model";
import { colIndex, MAX_SHEET_COLS, shiftFormula, sqrefRanges, rangeRef } from "./refs";
import { isDateFormat, type StyleBook } from "./styles";
import { readXml, type Attrs } from "./xml";

/** Bounds a sheet read must stay inside (the caller turns a LimitError into its one-line message). */
export interface SheetLimits {
  maxRows: number;
  maxCells: number;
  /** Merged areas and validation areas kept; more is refused (real sheets have tens to a few thousand). */
  maxAreas: number;
}

/** A bound was hit; `vi`/`en` say which, for the "too large" line. */
export class LimitError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** A part whose content contradicts itself (a shared-string index past the table, a row number out of the grid). */
export class SheetCorrupt extends Error {}

export interface SheetContext {
  name: string;
  /** Shared strings, loaded on first use. */
  strings: () => string[];
  styles: StyleBook | null;
  date1904: boolean;
  limits: SheetLimits;
  /** Cells already read from the workbook's other sheets (the cell limit is for the whole workbook). */
  cellsBefore?: number;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 system once its phantom 29 February 1900 is accounted for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as a Date (UTC), in the workbook's date system. Serials below 61 in the 1900 system count
 * from 1899-12-31 because Excel counts a 29 February 1900 that never was.
 * @example serialToDate(45838, false) → 2025-06-30T00:00:00.000Z
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * MS_PER_DAY));
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(days * MS_PER_DAY));
}

/**
 * A Date as a serial in the workbook's date system (inverse of serialToDate).
 * @example dateToSerial(new Date(Date.UTC(2025, 5, 30)), false) → 45838
 */
export function dateToSerial(d: Date, date1904: boolean): number {
  if (date1904) return (d.getTime() - EPOCH_1904) / MS_PER_DAY;
  const days = (d.getTime() - EPOCH_1900) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}

/**
 * Decodes OOXML's escapes for characters XML cannot hold ("_x000D_" for a carriage return; "_x005F_" escapes a literal "_x").
 * @example unescapeX("a_x000D_b") → "a\rb"
 */
export function unescapeX(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Row and column of a cell address without allocating ("AB12" → row 11, col 27); col -1 when malformed. */
function splitAddress(r: string, out: { row: number; col: number }): void {
  let i = 0;
  let col = 0;
  while (i < r.length) {
    const c = r.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
    i++;
  }
  let row = 0;
  for (; i < r.length; i++) {
    const c = r.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) break;
  }
  out.row = row - 1;
  out.col = col >= 1 && col <= MAX_SHEET_COLS ? col - 1 : -1;
}

/**
 * Reads a worksheet part into SheetData: values (shared and inline strings, numbers, booleans, errors, dates by
 * number format and date system), formulas (shared ones expanded per cell), number formats (empty cells too:
 * an input cell's "0.0%" says how a figure typed there reads), merges, hidden rows and columns, validations.
 * Merges and validations are kept as ranges (never expanded) and clipped to the rows that hold data.
 * @example readSheet(zip.bytes("xl/worksheets/sheet1.xml"), ctx).values[4][5] → 0.857
 */
export function readSheet(bytes: Uint8Array, ctx: SheetContext): SheetData {
  const { limits } = ctx;
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const merges: CellRange[] = [];
  const validations: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  const shared = new Map<string, { text: string; row: number; col: number }>();
  const fmtCache = new Map<number, string | undefined>();
  const formatOf = (s: number): string | undefined => {
    if (!ctx.styles) return undefined;
    if (fmtCache.has(s)) return fmtCache.get(s);
    const f = ctx.styles.formatOf(s);
    fmtCache.set(s, f);
    return f;
  };
  let strings: string[] | null = null;

  let cells = ctx.cellsBefore ?? 0;
  let inData = false;
  let rowIdx = -1;
  let vRow: CellValue[] = [];
  let fRow: (string | undefined)[] = [];
  let xRow: (string | undefined)[] = [];
  const at = { row: 0, col: 0 };
  // The cell being read.
  let col = -1;
  let type = "";
  let style = 0;
  let vText: string | null = null;
  let fText: string | null = null;
  let fAttrs: Attrs | null = null;
  let isText: string | null = null;
  let target: "v" | "f" | "t" | "" = "";
  let inIs = false;
  let inPh = 0;

  const tooLarge = (what: { vi: string; en: string }) => new LimitError(what.vi, what.en);

  const startRow = (a: Attrs) => {
    const r = a.r !== undefined ? Number(a.r) - 1 : rowIdx + 1;
    if (!Number.isInteger(r) || r < 0) throw new SheetCorrupt(`row number "${a.r}"`);
    if (r >= limits.maxRows) {
      throw tooLarge({ vi: `trang "${ctx.name}" hơn ${limits.maxRows.toLocaleString("vi-VN")} dòng`, en: `sheet "${ctx.name}" has over ${limits.maxRows.toLocaleString("en-US")} rows` });
    }
    rowIdx = r;
    vRow = values[r] ?? [];
    fRow = formats[r] ?? [];
    xRow = formulas[r] ?? [];
    values[r] = vRow;
    formats[r] = fRow;
    formulas[r] = xRow;
    col = -1;
    if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(r);
  };

  const finishCell = () => {
    if (col < 0) return;
    const fmt = style > 0 ? formatOf(style) : undefined;
    if (fmt) fRow[col] = fmt;
    let value: CellValue = undefined;
    switch (type) {
      case "s": {
        if (vText !== null && vText !== "") {
          strings ??= ctx.strings();
          const i = Number(vText);
          if (!Number.isInteger(i) || i < 0 || i >= strings.length) throw new SheetCorrupt(`shared string ${vText} of ${strings.length} at row ${rowIdx + 1}`);
          value = strings[i];
        }
        break;
      }
      case "inlineStr":
        value = isText !== null ? unescapeX(isText) : vText !== null ? unescapeX(vText) : undefined;
        break;
      case "str":
        value = vText !== null ? unescapeX(vText) : fText !== null ? "" : undefined;
        break;
      case "b":
        value = vText === null ? undefined : vText.trim() === "1" || vText.trim() === "true";
        break;
      case "e":
        value = vText === null ? undefined : { error: vText.trim() };
        break;
      case "d": {
        const d = vText === null ? NaN : Date.parse(vText.trim().length === 10 ? `${vText.trim()}T00:00:00Z` : vText.trim().endsWith("Z") ? vText.trim() : `${vText.trim()}Z`);
        value = Number.isNaN(d) ? (vText ?? undefined) : new Date(d);
        break;
      }
      default: {
        if (vText !== null && vText.trim() !== "") {
          const n = Number(vText);
          value = Number.isFinite(n) ? (fmt && isDateFormat(fmt) ? serialToDate(n, ctx.date1904) : n) : vText;
        }
      }
    }
    if (fAttrs !== null) {
      let text = fText ?? "";
      if (fAttrs.t === "shared" && fAttrs.si !== undefined) {
        const m = shared.get(fAttrs.si);
        if (text !== "") {
          if (!m) shared.set(fAttrs.si, { text, row: rowIdx, col });
        } else if (m) text = shiftFormula(m.text, rowIdx - m.row, col - m.col) ?? "";
      }
      if (text !== "") xRow[col] = `=${text}`;
      // A formula with no cached result is empty, as a host that has not calculated it would show it.
      if (value === undefined) value = null;
    }
    if (value !== undefined) {
      vRow[col] = value;
      cells++;
      if (cells > limits.maxCells) {
        throw tooLarge({ vi: `hơn ${limits.maxCells.toLocaleString("vi-VN")} ô`, en: `over ${limits.maxCells.toLocaleString("en-US")} cells` });
      }
    }
  };

  const area = (list: CellRange[], r: CellRange) => {
    if (list.length >= limits.maxAreas) {
      throw tooLarge({ vi: `trang "${ctx.name}" có hơn ${limits.maxAreas.toLocaleString("vi-VN")} vùng gộp/kiểm tra dữ liệu`, en: `sheet "${ctx.name}" has over ${limits.maxAreas.toLocaleString("en-US")} merged or validated areas` });
    }
    list.push(r);
  };

  readXml(bytes, {
    open(name, a, self) {
      if (inData) {
        switch (name) {
          case "row":
            startRow(a);
            return;
          case "c": {
            if (a.r !== undefined) {
              splitAddress(a.r, at);
              if (at.col < 0) throw new SheetCorrupt(`cell address "${a.r}"`);
              if (at.row !== rowIdx && at.row >= 0) {
                // A cell outside its row element: trust the address, as Excel does.
                startRow({ r: String(at.row + 1) });
              }
              col = at.col;
            } else col = col + 1;
            type = a.t ?? "n";
            style = a.s !== undefined ? Number(a.s) || 0 : 0;
            vText = null;
            fText = null;
            fAttrs = null;
            isText = null;
            // A self-closing cell (style only) is finished by the close event the reader sends after it.
            return;
          }
          case "v":
            target = "v";
            vText = "";
            return;
          case "f":
            target = "f";
            fText = "";
            fAttrs = a;
            return;
          case "is":
            inIs = true;
            isText = "";
            return;
          case "rPh":
            inPh++;
            return;
          case "t":
            if (inIs && inPh === 0) target = "t";
            return;
        }
        return;
      }
      switch (name) {
        case "sheetData":
          inData = !self;
          return;
        case "col": {
          if (a.hidden === "1" || a.hidden === "true") {
            const min = Math.max(1, Number(a.min) || 1);
            const max = Math.min(MAX_SHEET_COLS, Number(a.max) || min);
            for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
          }
          return;
        }
        case "mergeCell": {
          const r = a.ref ? rangeRef(a.ref) : null;
          if (r) area(merges, r);
          return;
        }
        case "dataValidation":
          for (const r of sqrefRanges(a.sqref ?? "")) area(validations, r);
          return;
      }
    },
    close(name) {
      if (!inData) return;
      switch (name) {
        case "c":
          finishCell();
          return;
        case "v":
        case "f":
          target = "";
          return;
        case "t":
          if (target === "t") target = "";
          return;
        case "is":
          inIs = false;
          return;
        case "rPh":
          inPh--;
          return;
        case "sheetData":
          inData = false;
          return;
      }
    },
    text(t) {
      if (target === "v") vText += t;
      else if (target === "f") fText += t;
      else if (target === "t") isText += t;
    },
  });

  for (let r = 0; r < values.length; r++) {
    if (!values[r]) {
      values[r] = [];
      formats[r] = [];
      formulas[r] = [];
    }
  }
  const last = values.length - 1;
  const clip = (list: CellRange[]) => list.filter((m) => m.top <= last).map((m) => (m.bottom > last ? { ...m, bottom: last } : m));
  const sheet: SheetData = { name: ctx.name, values, formats, formulas, merges: clip(merges), hiddenRows, hiddenColumns, validations: clip(validations) };
  cellCount.set(sheet, cells - (ctx.cellsBefore ?? 0));
  return sheet;
}

/** Cells with a value each sheet read held (for the workbook-wide cell limit). */
export const cellCount = new WeakMap<SheetData, number>();

/**
 * Text of every `<si>` of a shared-strings part, rich runs joined, phonetic runs (rPh) left out. The declared
 * count is checked against `maxStrings` before anything is built.
 * @example readSharedStrings(zip.bytes("xl/sharedStrings.xml"), 1e6) → ["STT", "Nội dung chỉ tiêu", …]
 */
export function readSharedStrings(bytes: Uint8Array, maxStrings: number): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let inT = false;
  let inPh = 0;
  readXml(bytes, {
    open(name, a) {
      if (name === "sst") {
        const n = Number(a.uniqueCount ?? a.count ?? 0);
        if (n > maxStrings) throw new LimitError(`bảng chuỗi có ${n.toLocaleString("vi-VN")} chuỗi`, `its shared-string table holds ${n.toLocaleString("en-US")} strings`);
      } else if (name === "si") cur = "";
      else if (name === "rPh") inPh++;
      else if (name === "t" && cur !== null && inPh === 0) inT = true;
    },
    close(name) {
      if (name === "si") {
        if (out.length >= maxStrings) throw new LimitError(`bảng chuỗi có hơn ${maxStrings.toLocaleString("vi-VN")} chuỗi`, `its shared-string table holds over ${maxStrings.toLocaleString("en-US")} strings`);
        out.push(unescapeX(cur ?? ""));
        cur = null;
      } else if (name === "rPh") inPh--;
      else if (name === "t") inT = false;
    },
    text(t) {
      if (inT) cur += t;
    },
  });
  return out;
}

/**
 * Notes (legacy comments) of a sheet: the cell and the note's whole text.
 * @example readComments(zip.bytes("xl/comments1.xml")) → [{ row: 4, col: 6, text: "Số liệu tạm tính" }]
 */
export function readComments(bytes: Uint8Array): Array<{ row: number; col: number; text: string }> {
  const out: Array<{ row: number; col: number; text: string }> = [];
  let cur: { row: number; col: number; text: string } | null = null;
  let inT = false;
  let inPh = 0;
  readXml(bytes, {
    open(name, a) {
      if (name === "comment") {
        const r = a.ref ? rangeRef(a.ref) : null;
        cur = r ? { row: r.top, col: r.left, text: "" } : null;
      } else if (name === "rPh") inPh++;
      else if (name === "t" && cur && inPh === 0) inT = true;
    },
    close(name) {
      if (name === "comment" && cur) {
        cur.text = unescapeX(cur.text);
        out.push(cur);
        cur = null;
      } else if (name === "rPh") inPh--;
      else if (name === "t") inT = false;
    },
    text(t) {
      if (inT && cur) cur.text += t;
    },
  });
  return out;
}

/**
 * The ranges of a defined name's value on one sheet ("'Chỉ tiêu'!$H$5:$I$40,'Chỉ tiêu'!$K$5"), other sheets'
 * ranges and anything that is not a plain range left out.
 * @example definedRanges("'Chỉ tiêu'!$H$5:$I$40", "Chỉ tiêu") → [{ top: 4, left: 7, bottom: 39, right: 8 }]
 */
export function definedRanges(value: string, sheet: string): CellRange[] {
  const out: CellRange[] = [];
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of value) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  for (const p of parts) {
    const bang = p.lastIndexOf("!");
    if (bang < 0) continue;
    let owner = p.slice(0, bang).trim();
    if (owner.startsWith("'")) owner = owner.slice(1, -1).replace(/''/g, "'");
    if (owner.normalize("NFC") !== sheet.normalize("NFC")) continue;
    const r = rangeRef(p.slice(bang + 1).trim());
    if (r) out.push(r);
  }
  return out;
}

export { colIndex };
