// Reading .xlsx files into core's SheetData through the package layer in ./ooxml, and turning every unreadable file into one bilingual line.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { basename } from "node:path";
import type { SheetData } from "../../core/sheet/model";
import { CliError } from "../errors";
import { XlsxBook, type BookLimits } from "./ooxml/book";
import type { SheetEntry } from "./ooxml/package";
import { PackageError } from "./ooxml/package";
import { LimitError, SheetCorrupt } from "./ooxml/read-sheet";
import { XmlError } from "./ooxml/xml";
import { DEFAULT_LIMITS, ZipError } from "./ooxml/zip";

const envNumber = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);

/**
 * Rows a sheet may have before reading stops with "too large" (environment CHITIEU_MAX_ROWS overrides): the
 * whole grid of Excel, because the cell limit below is what bounds memory.
 */
export const MAX_ROWS = envNumber("CHITIEU_MAX_ROWS", 1_048_576);
/**
 * Cells with a value a workbook's sheets may have together before reading stops with "too large" (CHITIEU_MAX_CELLS overrides).
 * Reading costs about 170 bytes a cell, but a check keeps every figure's verdict and status formula too:
 * measured (bench, xlsx section) a 1,000,000-cell list peaks near 830 MB and a 1,000,000-cell matrix, whose
 * figures are all status cells, near 2.2 GB with today's long formulas. 1,200,000 keeps a list's check near
 * 1 GB (issue 14's bound for inputs under 10 MB) and refuses a bigger workbook in one line instead of running
 * out of memory; a 1,000,000-cell matrix still passes.
 */
export const MAX_CELLS = envNumber("CHITIEU_MAX_CELLS", 1_200_000);
/** Largest file read at all; an .xlsx of a school or district is kilobytes to a few megabytes. */
export const MAX_FILE_BYTES = envNumber("CHITIEU_MAX_FILE_MB", 512) * 1024 * 1024;

/** Every bound the reader applies, in one place (tests and the bench print them). */
export const LIMITS: BookLimits = {
  maxRows: MAX_ROWS,
  maxCells: MAX_CELLS,
  maxAreas: 100_000,
  maxStrings: 5_000_000,
  zip: DEFAULT_LIMITS,
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A workbook opened for checking: its sheet names, the package (which the writer patches), and sheets read so far. */
export interface OpenedBook {
  path: string;
  sheetNames: string[];
  /** The package as read; the writer copies every part it does not change from it. */
  book: XlsxBook;
  /** Sheets read so far, by name. */
  sheets: Map<string, SheetData>;
}

/**
 * What kind of file the first bytes say this is. Encrypted .xlsx files are OLE compound files holding an
 * "EncryptedPackage" stream; legacy .xls files are compound files holding a "Workbook" (or "Book") stream.
 * @example sniff(Buffer.from("PK\x03\x04")) → "zip"
 */
export function sniff(head: Buffer): "zip" | "ods" | "encrypted" | "xls" | "cfb" | "empty" | "other" {
  if (head.length === 0) return "empty";
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (head.length < 30) return "zip";
    // OpenDocument puts an uncompressed "mimetype" entry first (ODF 1.2 part 3, §3.3): its name at byte 30, its
    // text right after. An .ods renamed .xlsx is a zip too, and would otherwise read as a broken workbook.
    const name = head.readUInt16LE(26);
    const extra = head.readUInt16LE(28);
    const at = 30 + name + extra;
    if (head.length >= at && head.subarray(30, 30 + name).toString("latin1") === "mimetype" && head.subarray(at, at + ODS_MIME.length).equals(ODS_MIME)) return "ods";
    return "zip";
  }
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return "zip";
  if (head.subarray(0, 8).equals(CFB_MAGIC)) {
    if (head.includes(Buffer.from("EncryptedPackage", "utf16le")) || head.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
      return "encrypted";
    }
    if (head.includes(Buffer.from("Workbook", "utf16le")) || head.includes(Buffer.from("Book", "utf16le"))) return "xls";
    return "cfb";
  }
  return "other";
}

const ODS_MIME = Buffer.from("application/vnd.oasis.opendocument.spreadsheet", "latin1");

const CONVERT_HINT_VI = `mở bằng Excel/LibreOffice và lưu thành .xlsx, hoặc chạy: soffice --headless --convert-to xlsx <tệp>`;
const CONVERT_HINT_EN = `open it in Excel/LibreOffice and save as .xlsx, or run: soffice --headless --convert-to xlsx <file>`;

/**
 * The file's bytes, read only when it is a regular file: a folder, FIFO, socket or device is refused in one line
 * before anything blocks (the open does not wait on a FIFO, and the kind is taken from the opened descriptor).
 * @example readRegularFile("so-lieu.xlsx").length → 48_211
 */
export function readRegularFile(path: string): Buffer {
  const name = basename(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(`không tìm thấy tệp ${path}`, `file not found: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`không có quyền đọc ${name}; kiểm tra quyền của tệp`, `no permission to read ${name}; check the file's permissions`);
    if (code === "EISDIR") throw new CliError(`${name} là thư mục, không phải tệp .xlsx`, `${name} is a folder, not an .xlsx file`);
    if (code === "ENAMETOOLONG") throw new CliError(`tên tệp quá dài: ${name.slice(0, 60)}…`, `file name too long: ${name.slice(0, 60)}…`);
    throw new CliError(`không mở được ${name} (${code ?? "?"})`, `cannot open ${name} (${code ?? "?"})`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new CliError(`${name} là thư mục, không phải tệp .xlsx`, `${name} is a folder, not an .xlsx file`);
    if (!st.isFile()) {
      throw new CliError(`${name} không phải tệp thường (thiết bị, FIFO hoặc socket); hãy chỉ đến một tệp .xlsx`, `${name} is not a regular file (device, FIFO or socket); point to an .xlsx file`);
    }
    if (st.size > MAX_FILE_BYTES) {
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      throw new CliError(`${name} quá lớn (${mb(st.size)} MB; giới hạn ${mb(MAX_FILE_BYTES)} MB); hãy tách tệp`, `${name} is too large (${mb(st.size)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB); split the file`);
    }
    const buf = Buffer.allocUnsafe(st.size);
    let done = 0;
    while (done < st.size) {
      const n = readSync(fd, buf, done, st.size - done, done);
      if (n === 0) break;
      done += n;
    }
    return done === st.size ? buf : buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that the bytes of `path` are an unencrypted .xlsx (zip); throws a CliError naming the file otherwise.
 * @example assertXlsxBytes("missing.xlsx", Buffer.alloc(0)) → throws "missing.xlsx rỗng (0 byte) / … is empty"
 */
export function assertXlsxBytes(path: string, data: Buffer): void {
  const name = basename(path);
  let head = data.subarray(0, 65536);
  // An OLE compound file names its streams in a directory whose first sector the header gives
  // (offset 0x30; sector size 2^shift at 0x1E); in big files it lies beyond the first 64 KiB.
  if (head.length >= 512 && head.subarray(0, 8).equals(CFB_MAGIC)) {
    const sector = 2 ** Math.min(16, head.readUInt16LE(0x1e));
    const dir = (head.readUInt32LE(0x30) + 1) * sector;
    if (dir + sector <= data.length && dir >= head.length) head = Buffer.concat([head.subarray(0, 512), data.subarray(dir, Math.min(data.length, dir + 4 * sector))]);
  }
  switch (sniff(head)) {
    case "zip":
      return;
    case "empty":
      throw new CliError(`${name} rỗng (0 byte)`, `${name} is empty (0 bytes)`);
    case "encrypted":
      throw new CliError(
        `${name} được đặt mật khẩu (mã hóa); mở bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại`,
        `${name} is password-protected (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook) and save again`,
      );
    case "ods":
      // The command to run names the file itself, so it can be pasted as it is.
      throw new CliError(
        `${name} là bảng tính OpenDocument (.ods), không phải .xlsx; mở bằng LibreOffice và lưu thành .xlsx, hoặc chạy: soffice --headless --convert-to xlsx "${name}"`,
        `${name} is an OpenDocument spreadsheet (.ods), not an .xlsx; open it in LibreOffice and save as .xlsx, or run: soffice --headless --convert-to xlsx "${name}"`,
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

/**
 * Checks that `path` is a readable, unencrypted .xlsx and returns its size; throws a CliError naming the file otherwise.
 * @example await assertXlsx("missing.xlsx") → throws "không tìm thấy tệp missing.xlsx / file not found: missing.xlsx"
 */
export async function assertXlsx(path: string): Promise<number> {
  const data = readRegularFile(path);
  assertXlsxBytes(path, data);
  return data.length;
}

/**
 * The one line for a file the reader could not make sense of. The library's own words ("Cannot read properties of
 * undefined (reading 'richText')", "Invalid string length") mean nothing to a clerk and are left out; they are
 * printed with CHITIEU_DEBUG=1 for whoever reports the file.
 */
function corrupt(path: string, why: string): CliError {
  const name = basename(path);
  if (process.env.CHITIEU_DEBUG) process.stderr.write(`chitieu: ${name}: ${why}\n`);
  return new CliError(
    `${name} bị hỏng, không mở được; mở bằng Excel/LibreOffice để sửa rồi lưu lại`,
    `${name} is corrupt and cannot be opened; open it in Excel/LibreOffice to repair and save again`,
  );
}

function tooLarge(path: string, what: { vi: string; en: string }): CliError {
  const name = basename(path);
  return new CliError(
    `${name} quá lớn (${what.vi}); giới hạn ${MAX_ROWS.toLocaleString("vi-VN")} dòng mỗi trang và ${MAX_CELLS.toLocaleString("vi-VN")} ô mỗi tệp; hãy tách tệp`,
    `${name} is too large (${what.en}); the limit is ${MAX_ROWS.toLocaleString("en-US")} rows per sheet and ${MAX_CELLS.toLocaleString("en-US")} cells per file; split the file`,
  );
}

/**
 * The one line a failure inside the package layer becomes: a bound hit is "too large" or "suspicious", anything
 * unreadable is "corrupt" with the layer's reason. Errors that are already CliErrors pass through.
 */
export function explainReadError(path: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  const name = basename(path);
  if (e instanceof LimitError) return tooLarge(path, e);
  if (e instanceof ZipError && e.kind === "limit") {
    return new CliError(
      `${name} có phần nén bất thường (${e.message}); có thể là tệp hỏng hoặc cố ý gây hại; mở bằng Excel/LibreOffice và lưu lại nếu tệp đáng tin`,
      `${name} has an abnormal compressed part (${e.message}); it may be damaged or hostile; open it in Excel/LibreOffice and save again if you trust it`,
    );
  }
  if (e instanceof ZipError || e instanceof XmlError || e instanceof SheetCorrupt || e instanceof PackageError) return corrupt(path, e.message);
  if (e instanceof RangeError || e instanceof TypeError) return corrupt(path, e.message.split("\n")[0]);
  throw e;
}

/**
 * Opens an .xlsx for reading: one path for every size (the package stays compressed in memory; each sheet is
 * streamed through the XML reader when asked for).
 * @example const book = await openWorkbook("truong.xlsx"); book.sheetNames → ["Chỉ tiêu", "Ghi chú"]
 */
export async function openWorkbook(path: string): Promise<OpenedBook> {
  const data = readRegularFile(path);
  assertXlsxBytes(path, data);
  let book: XlsxBook;
  try {
    book = XlsxBook.fromBytes(data, LIMITS);
  } catch (e) {
    throw explainReadError(path, e);
  }
  const sheetNames = book.worksheets.map((w) => w.name);
  if (sheetNames.length === 0) {
    throw new CliError(`${basename(path)} không có trang tính nào`, `${basename(path)} has no worksheets`);
  }
  return { path, sheetNames, book, sheets: new Map() };
}

/** The package's entry for a sheet name. */
export function sheetEntry(book: OpenedBook, name: string): SheetEntry {
  const e = book.book.worksheets.find((w) => w.name === name);
  if (!e) throw new Error(`no worksheet ${name}`);
  return e;
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
      try {
        s = book.book.readSheet(sheetEntry(book, n));
      } catch (e) {
        throw explainReadError(book.path, e);
      }
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
