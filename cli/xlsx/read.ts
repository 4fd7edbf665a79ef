// Reading .xlsx files into core's SheetData with ExcelJS, and turning every unreadable file into one bilingual line.
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/types";
import type { CellRange, SheetData } from "../../core/sheet/model";
import { CliError } from "../errors";

/**
 * Rows a sheet may have before reading stops with "too large" (environment CHITIEU_MAX_ROWS overrides).
 * A check keeps every value, verdict and formula in memory: measured about 7,6 kB per indicator row at peak
 * with streaming (760 MB for 100.000 rows), so 200.000 rows stay under Node's default heap and 1.000.000
 * rows are refused in one line instead of crashing out of memory.
 */
export const MAX_ROWS = Number(process.env.CHITIEU_MAX_ROWS) > 0 ? Number(process.env.CHITIEU_MAX_ROWS) : 200_000;
/** Cells a sheet may have (rows × used columns) before reading stops with "too large". */
export const MAX_CELLS = MAX_ROWS * 20;
/**
 * Files above this size (about 60.000 rows) are read with ExcelJS's streaming reader and the result written
 * with its streaming writer: values, formulas and number formats kept, other formatting dropped, so memory
 * stays a few times the values' size (in-memory ExcelJS took 2,8 GB for 100.000 rows). Merges and hidden rows
 * are not reported by that reader.
 */
export const STREAM_ABOVE_BYTES = 2 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A workbook opened for checking: its sheet names and, unless streamed, the ExcelJS workbook to copy into the output. */
export interface OpenedBook {
  path: string;
  sheetNames: string[];
  /** Null when the file was streamed (too big to hold with styles). */
  workbook: ExcelJS.Workbook | null;
  /** Sheets read so far, by name (every sheet for a streamed file). */
  sheets: Map<string, SheetData>;
}

/**
 * What kind of file the first bytes say this is. Encrypted .xlsx files are OLE compound files holding an
 * "EncryptedPackage" stream; legacy .xls files are compound files holding a "Workbook" (or "Book") stream.
 * @example sniff(Buffer.from("PK\x03\x04")) → "zip"
 */
export function sniff(head: Buffer): "zip" | "encrypted" | "xls" | "cfb" | "empty" | "other" {
  if (head.length === 0) return "empty";
  if (head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return "zip";
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    if (head.includes(Buffer.from("EncryptedPackage", "utf16le")) || head.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      return "encrypted";
    }
    if (head.includes(Buffer.from("Workbook", "utf16le")) || head.includes(Buffer.from("Book", "utf16le"))) return "xls";
    return "cfb";
  }
  return "other";
}

const CONVERT_HINT_VI = `mở bằng Excel/LibreOffice và lưu thành .xlsx, hoặc chạy: soffice --headless --convert-to xlsx <tệp>`;
const CONVERT_HINT_EN = `open it in Excel/LibreOffice and save as .xlsx, or run: soffice --headless --convert-to xlsx <file>`;

/**
 * Checks that `path` is a readable, unencrypted .xlsx and returns its size; throws a CliError naming the file otherwise.
 * @example await assertXlsx("missing.xlsx") → throws "không tìm thấy tệp missing.xlsx / file not found: missing.xlsx"
 */
export async function assertXlsx(path: string): Promise<number> {
  const name = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new CliError(`${name} là thư mục, không phải tệp .xlsx`, `${name} is a folder, not an .xlsx file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`không tìm thấy tệp ${path}`, `file not found: ${path}`);
  }
  const fh = await open(path, "r");
  let head = Buffer.alloc(Math.min(size, 65536));
  try {
    await fh.read(head, 0, head.length, 0);
    // An OLE compound file names its streams in a directory whose first sector the header gives
    // (offset 0x30; sector size 2^shift at 0x1E); in big files it lies beyond the first 64 KiB.
    if (head.length >= 512 && head.subarray(0, 8).equals(CFB_MAGIC)) {
      const sector = 2 ** head.readUInt16LE(0x1e);
      const dir = (head.readUInt32LE(0x30) + 1) * sector;
      if (dir + sector <= size && dir >= head.length) {
        const more = Buffer.alloc(Math.min(4 * sector, size - dir));
        await fh.read(more, 0, more.length, dir);
        head = Buffer.concat([head.subarray(0, 512), more]);
      }
    }
  } finally {
    await fh.close();
  }
  switch (sniff(head)) {
    case "zip":
      return size;
    case "empty":
      throw new CliError(`${name} rỗng (0 byte)`, `${name} is empty (0 bytes)`);
    case "encrypted":
      throw new CliError(
        `${name} được đặt mật khẩu (mã hóa); mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại`,
        `${name} is password-protected (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook) and save again`,
      );
    case "xls":
    case "cfb":
      throw new CliError(`${name} là tệp Excel cũ (.xls); ${CONVERT_HINT_VI}`, `${name} is a legacy Excel file (.xls); ${CONVERT_HINT_EN}`);
    case "other":
      throw new CliError(
        `${name} không phải tệp .xlsx (có thể là CSV/HTML đổi đuôi); ${CONVERT_HINT_VI}`,
        `${name} is not an .xlsx file (perhaps CSV/HTML renamed); ${CONVERT_HINT_EN}`,
      );
  }
}

function corrupt(path: string, why: string): CliError {
  const name = basename(path);
  return new CliError(
    `${name} bị hỏng, không mở được (${why}); mở bằng Excel/LibreOffice để sửa rồi lưu lại`,
    `${name} is corrupt and cannot be opened (${why}); open it in Excel/LibreOffice to repair and save again`,
  );
}

function tooLarge(path: string, what: { vi: string; en: string }): CliError {
  const name = basename(path);
  return new CliError(
    `${name} quá lớn (${what.vi}); giới hạn ${MAX_ROWS.toLocaleString("vi-VN")} dòng và ${MAX_CELLS.toLocaleString("vi-VN")} ô mỗi trang tính; hãy tách tệp`,
    `${name} is too large (${what.en}); the limit is ${MAX_ROWS.toLocaleString("en-US")} rows and ${MAX_CELLS.toLocaleString("en-US")} cells per sheet; split the file`,
  );
}

/**
 * Opens an .xlsx for reading. Small files are loaded whole (styles kept, so the output copies them);
 * files above STREAM_ABOVE_BYTES are streamed and only their values and number formats are kept.
 * @example const book = await openWorkbook("truong.xlsx"); book.sheetNames → ["Chỉ tiêu", "Ghi chú"]
 */
export async function openWorkbook(path: string, opts: { stream?: boolean } = {}): Promise<OpenedBook> {
  const size = await assertXlsx(path);
  const stream = opts.stream ?? size > STREAM_ABOVE_BYTES;
  if (stream) return streamWorkbook(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw corrupt(path, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  const sheetNames = wb.worksheets.map((w) => w.name);
  if (sheetNames.length === 0) {
    throw new CliError(`${basename(path)} không có trang tính nào`, `${basename(path)} has no worksheets`);
  }
  return { path, sheetNames, workbook: wb, sheets: new Map() };
}

async function streamWorkbook(path: string): Promise<OpenedBook> {
  const sheets = new Map<string, SheetData>();
  const sheetNames: string[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheetNames.push(name);
      const values: CellValue[][] = [];
      const formats: (string | undefined)[][] = [];
      const formulas: (string | undefined)[][] = [];
      let cells = 0;
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        const r = row.number - 1;
        if (r >= MAX_ROWS) throw tooLarge(path, { vi: `trang "${name}" hơn ${MAX_ROWS} dòng`, en: `sheet "${name}" has over ${MAX_ROWS} rows` });
        const vr: CellValue[] = [];
        const fr: (string | undefined)[] = [];
        const xr: (string | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          const c = colNumber - 1;
          const { value, formula } = readCellValue(cell.value);
          vr[c] = value;
          if (cell.numFmt) fr[c] = cell.numFmt;
          if (formula) xr[c] = formula;
        });
        cells += vr.length;
        if (cells > MAX_CELLS) throw tooLarge(path, { vi: `hơn ${MAX_CELLS} ô`, en: `over ${MAX_CELLS} cells` });
        values[r] = vr;
        formats[r] = fr;
        formulas[r] = xr;
      }
      sheets.set(name, densify({ name, values, formats, formulas }));
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw corrupt(path, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  if (sheetNames.length === 0) {
    throw new CliError(`${basename(path)} không có trang tính nào`, `${basename(path)} has no worksheets`);
  }
  return { path, sheetNames, workbook: null, sheets };
}

/** Fills holes left by sparse rows so every row is an array (cells inside a row may stay undefined = empty). */
function densify(s: SheetData): SheetData {
  for (let r = 0; r < s.values.length; r++) {
    if (!s.values[r]) s.values[r] = [];
    if (s.formats && !s.formats[r]) s.formats[r] = [];
    if (s.formulas && !s.formulas[r]) s.formulas[r] = [];
  }
  return s;
}

/**
 * One ExcelJS cell value as core sees it: rich text and hyperlinks become their text, a formula cell its cached
 * result (and the formula text with "="), an error cell a CellError, a date a Date.
 * @example readCellValue({ formula: "B2/C2", result: 0.857 }) → { value: 0.857, formula: "=B2/C2" }
 */
export function readCellValue(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v };
  if ("richText" in v) return { value: v.richText.map((t) => t.text).join("") };
  if ("error" in v) return { value: { error: String(v.error) } };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const formula = f.formula ? `=${f.formula}` : undefined;
    const result = f.result === undefined ? null : readCellValue(f.result as ExcelJS.CellValue).value;
    return { value: result, formula };
  }
  if ("text" in v) {
    const t = (v as { text: unknown }).text;
    return { value: typeof t === "string" ? t : readCellValue(t as ExcelJS.CellValue).value };
  }
  return { value: null };
}

/** ExcelJS keeps merges in a private map keyed by master address; the public `model` getter would rebuild every row. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const raw = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  const out: CellRange[] = [];
  for (const m of Object.values(raw ?? {})) {
    out.push({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 });
  }
  return out;
}

/**
 * One worksheet as core's SheetData, from A1 (origin {0,0}), with values, number formats, formulas, merges and hidden rows.
 * @example sheetData(wb.getWorksheet("Chỉ tiêu")!).values[4][4] → 7910
 */
export function sheetData(ws: ExcelJS.Worksheet, path = ""): SheetData {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const formulas: (string | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let cells = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r >= MAX_ROWS) throw tooLarge(path || ws.name, { vi: `trang "${ws.name}" hơn ${MAX_ROWS} dòng`, en: `sheet "${ws.name}" has over ${MAX_ROWS} rows` });
    const vr: CellValue[] = [];
    const fr: (string | undefined)[] = [];
    const xr: (string | undefined)[] = [];
    // Empty cells too: an empty input cell's number format ("0.0%") tells core how a figure typed there reads.
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") fr[c] = fmt;
      if (cell.value === null || cell.value === undefined) return;
      // A merged area's non-master cells repeat the master's value in ExcelJS; core wants it in the top-left only.
      if (cell.isMerged && cell.master !== cell) return;
      const { value, formula } = readCellValue(cell.value);
      vr[c] = value;
      if (formula) xr[c] = cell.formula ? `=${cell.formula}` : formula;
    });
    cells += vr.length;
    if (cells > MAX_CELLS) throw tooLarge(path || ws.name, { vi: `hơn ${MAX_CELLS} ô`, en: `over ${MAX_CELLS} cells` });
    values[r] = vr;
    formats[r] = fr;
    formulas[r] = xr;
    if (row.hidden) hiddenRows.push(r);
  });
  // Hidden columns often hold last year's figures: core must know not to read them (until the streaming reader lands).
  const hiddenColumns: number[] = [];
  const width = values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  for (let c = 0; c < width; c++) if (ws.getColumn(c + 1).hidden) hiddenColumns.push(c);
  const out = densify({ name: ws.name, values, formats, formulas, merges: mergesOf(ws), hiddenRows });
  if (hiddenColumns.length) out.hiddenColumns = hiddenColumns;
  return out;
}

/**
 * The named sheet (or, without a name, every sheet in order) as SheetData. A wrong name lists the sheet names.
 * @example readSheets(book, "Chỉ tiêu") → [SheetData]
 */
export function readSheets(book: OpenedBook, name?: string): SheetData[] {
  const names = name === undefined ? book.sheetNames : [findSheetName(book, name)];
  return names.map((n) => {
    let s = book.sheets.get(n);
    if (!s) {
      s = sheetData(book.workbook!.getWorksheet(n)!, book.path);
      book.sheets.set(n, s);
    }
    return s;
  });
}

/** The sheet's exact name, matched without regard to case and surrounding spaces; throws listing the names when absent. */
export function findSheetName(book: OpenedBook, name: string): string {
  const want = name.trim().normalize("NFC").toLocaleLowerCase("vi");
  const hit = book.sheetNames.find((n) => n.trim().normalize("NFC").toLocaleLowerCase("vi") === want);
  if (hit !== undefined) return hit;
  const list = book.sheetNames.map((n) => `"${n}"`).join(", ");
  throw new CliError(
    `${basename(book.path)} không có trang tính "${name}"; các trang có: ${list}`,
    `${basename(book.path)} has no sheet "${name}"; its sheets are: ${list}`,
  );
}

/** True when a sheet has no value at all. */
export function isEmptySheet(s: SheetData): boolean {
  return !s.values.some((r) => r && r.some((v) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")));
}
