// Spreadsheet cell values → one typed reading (empty, number, fraction, level, rank, date, yes/no, error, text).
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";
import { readNumber, scanNumbers } from "./parse";
import { NO_WORDS, YES_WORDS } from "../table/vocabulary";

/**
 * What a cell holds, once read.
 * - `empty`: no data yet. Blank cells and the placeholder texts in `NO_DATA_TEXTS` ("—", "-", "chưa có", "N/A").
 * - `number`: `percent` is true when the text carried "%" (then `value` is a fraction: "65%" → 0.65).
 *   `noun` is a trailing word ("7.910 trẻ" → "trẻ").
 * - `fraction`: "7.910/9.232", "13/14 phường", "7.910 trẻ/9.232 (85,7%)".
 * - `level`: "mức độ 3", "bậc 2", "IELTS 5.5".
 * - `rank`: "hạng 6", "thứ 6", "top 5"; "6/30" only when `expect: "rank"`.
 * - `date`: ISO yyyy-mm-dd from a Date, "30/06/2025", "2025-06-30", "6/2025" (last day of the month) or an Excel
 *   serial number when `expect: "date"`.
 * - `boolean`: TRUE/FALSE and yes/no words ("Đạt", "Chưa đạt", "Có", "Không", "x", "✓").
 * - `error`: a spreadsheet error value ({error:"#N/A"} or the text "#N/A").
 * - `text`: anything else, with the reason it could not be read.
 */
export type CellReading =
  | { kind: "empty"; text: string }
  | { kind: "number"; value: number; percent: boolean; noun?: string; text: string }
  | { kind: "fraction"; numerator: number; denominator: number; noun?: string; text: string }
  | { kind: "level"; value: number; scale?: string; text: string }
  | { kind: "rank"; value: number; of?: number; top: boolean; text: string }
  | { kind: "date"; iso: string; text: string }
  | { kind: "boolean"; value: boolean; text: string }
  | { kind: "error"; code: string; text: string }
  | { kind: "text"; text: string; reason: Bilingual };

export type CellReadingKind = CellReading["kind"];

export interface ReadCellOptions {
  /**
   * What the caller's rule needs, used only where a value has two honest readings:
   * `date` reads plain numbers as Excel serial dates; `rank` reads "6/30" as place 6 of 30.
   */
  expect?: "date" | "rank";
  /** A level scale name to recognise besides the built-in ones ("IELTS" when the rule says so). */
  scale?: string;
}

/** Longest text we try to read; anything longer is rejected before any scanning (a 10 MB paste costs nothing). */
export const MAX_CELL_TEXT = 200;

/**
 * Texts that mean "no figure yet" (→ Chưa có số liệu) rather than a wrong figure (→ Số liệu không hợp lệ).
 * Compared after lower-casing, trimming and collapsing inner spaces.
 */
export const NO_DATA_TEXTS: ReadonlySet<string> = new Set([
  "-", "--", "—", "–", "−", "…", "...", ".", "/",
  "chưa có", "chưa có số liệu", "chưa có số", "chưa có dữ liệu", "không có số liệu", "không có dữ liệu",
  "chưa báo cáo", "chưa cập nhật", "đang cập nhật", "chưa tổng hợp", "đang tổng hợp",
  "n/a", "na", "n.a.", "k/c", "kc",
]);

// The yes/no words live in the one table vocabulary (core/table/vocabulary.ts); re-exported for callers of this module.
export { NO_WORDS, YES_WORDS };
const TRUE_WORDS: ReadonlySet<string> = new Set(YES_WORDS);
const FALSE_WORDS: ReadonlySet<string> = new Set(NO_WORDS);

/** Excel's error values; a text equal to one of these is read as that error. */
export const CELL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#ERROR!", "#LOADING...",
]);

// "mức độ" before "mức": the longer wording must win so its number is not read as "độ 3".
const LEVEL_WORDS = ["mức độ", "cấp độ", "mức", "bậc", "cấp", "level", "ielts", "toefl", "vstep", "toeic"];
/** Named scales kept on the reading (the default "mức độ" family is left unnamed). */
const SCALE_NAMES: Record<string, string> = { bậc: "bậc", cấp: "cấp", ielts: "IELTS", toefl: "TOEFL", vstep: "VSTEP", toeic: "TOEIC" };
const RANK_RE = /^(?:xếp\s+)?(?:thứ\s+hạng|hạng|thứ|top|tốp|rank|no\.?|#)\s*(\d+)(?:\s*\/\s*(\d+))?$/u;

/**
 * Reads one cell value.
 * @example readCell("85,7%") → { kind: "number", value: 0.857, percent: true, text: "85,7%" }
 * @example readCell("7.910/9.232") → { kind: "fraction", numerator: 7910, denominator: 9232, text: "7.910/9.232" }
 * @example readCell({ error: "#N/A" }) → { kind: "error", code: "#N/A", text: "#N/A" }
 * @example readCell(45838, { expect: "date" }) → { kind: "date", iso: "2025-06-30", text: "30/06/2025" }
 */
export function readCell(value: CellValue, opts?: ReadCellOptions): CellReading {
  if (value === null || value === undefined) return { kind: "empty", text: "" };
  switch (typeof value) {
    case "number":
      return readNumberCell(value, opts);
    case "boolean":
      return { kind: "boolean", value, text: value ? "TRUE" : "FALSE" };
    case "string":
      return readText(value, opts);
    default:
      break;
  }
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso ? { kind: "date", iso, text: isoToVi(iso) } : invalidText("Invalid Date", "ngày không hợp lệ", "invalid date");
  }
  if (isCellError(value)) {
    const code = value.error.slice(0, 40).trim().toUpperCase();
    return { kind: "error", code, text: code };
  }
  return invalidText(describe(value), "kiểu giá trị không đọc được", "unsupported value type");
}

function readNumberCell(n: number, opts?: ReadCellOptions): CellReading {
  if (!Number.isFinite(n)) return invalidText(String(n), "số không hữu hạn", "not a finite number");
  if (opts?.expect === "date") {
    // Serials before 1910 are days of 1900–1909: far likelier a year typed alone ("2025") than a real date.
    if (n < MIN_DATE_SERIAL) {
      return invalidText(String(n), `${n} không phải là ngày (ghi ngày hoàn thành dạng dd/mm/yyyy)`, `${n} is not a date (write the completion date as dd/mm/yyyy)`);
    }
    const iso = serialToIso(n);
    if (iso) return { kind: "date", iso, text: isoToVi(iso) };
    return invalidText(String(n), "số không phải là ngày hợp lệ", "number is not a valid date serial");
  }
  return { kind: "number", value: n, percent: false, text: String(n) };
}

function readText(raw: string, opts?: ReadCellOptions): CellReading {
  // Length first: no trimming, normalising or matching over a huge paste.
  if (raw.length > MAX_CELL_TEXT) {
    return invalidText(`${raw.slice(0, 24)}…`, `chuỗi quá dài (${raw.length} ký tự)`, `text too long (${raw.length} characters)`);
  }
  const text = raw.normalize("NFC").trim();
  if (text === "") return { kind: "empty", text: "" };
  const low = text.toLowerCase().replace(/\s+/g, " ");
  if (NO_DATA_TEXTS.has(low)) return { kind: "empty", text };
  const upper = text.toUpperCase();
  if (upper.startsWith("#") && CELL_ERRORS.has(upper)) return { kind: "error", code: upper, text };
  if (TRUE_WORDS.has(low)) return { kind: "boolean", value: true, text };
  if (FALSE_WORDS.has(low)) return { kind: "boolean", value: false, text };

  const date = readDateText(low, opts);
  if (date) return { kind: "date", iso: date, text };
  if (date === false) return invalidText(text, "ngày không tồn tại", "no such date");

  const rank = RANK_RE.exec(low);
  if (rank) {
    const of = rank[2] === undefined ? undefined : Number(rank[2]);
    return { kind: "rank", value: Number(rank[1]), of, top: /^(top|tốp)/.test(low), text };
  }

  const level = readLevel(low, opts?.scale);
  if (level) return { ...level, text };

  // A figure has at most one decimal comma; "1,2,3" is a list, whatever a phrase scanner makes of it.
  const num = text.indexOf(",") !== text.lastIndexOf(",") ? null : readNumber(text);
  if (num?.ok) return { kind: "number", value: num.value, percent: num.percent, text };

  const toks = scanNumbers(text);
  if (toks.length === 0) return invalidText(text, `"${text}" không phải là số`, `"${text}" is not a number`);

  // "13/14", "7.910 trẻ/9.232", "13/14 phường", "7.910/9.232 (85,7%)": two plain numbers around one "/".
  if (toks.length >= 2 && !toks[0].percent && !toks[1].percent) {
    const between = text.slice(toks[0].end, toks[1].start);
    const before = text.slice(0, toks[0].start);
    const after = text.slice(toks[1].end);
    const m = /^\s*([\p{L} ]*?)\s*\/\s*$/u.exec(between);
    const restOk = toks.length === 2 ? /^[\p{L} ]*$/u.test(after) : toks.length === 3 && toks[2].percent && /^\s*\(\s*$/.test(text.slice(toks[1].end, toks[2].start)) && /^\s*\)?\s*$/.test(text.slice(toks[2].end));
    if (m && before.trim() === "" && restOk) {
      const numerator = toks[0].value;
      const denominator = toks[1].value;
      if (opts?.expect === "rank" && toks.length === 2 && m[1] === "" && after.trim() === "") {
        return { kind: "rank", value: numerator, of: denominator, top: false, text };
      }
      const noun = (m[1] || (toks.length === 2 ? after : "")).trim() || undefined;
      return noun === undefined
        ? { kind: "fraction", numerator, denominator, text }
        : { kind: "fraction", numerator, denominator, noun, text };
    }
  }

  // "7.910 trẻ", "2 lần", "45 lớp": one number first, then words only.
  if (toks.length === 1 && toks[0].start === 0) {
    const rest = text.slice(toks[0].end).trim();
    if (/^[\p{L}][\p{L} /]*$/u.test(rest)) {
      return { kind: "number", value: toks[0].value, percent: toks[0].percent, noun: rest, text };
    }
  }
  return invalidText(text, `không đọc được "${text}" thành một số`, `cannot read "${text}" as one figure`);
}

function readLevel(low: string, scale?: string): { kind: "level"; value: number; scale?: string } | null {
  const words = scale ? [scale.toLowerCase(), ...LEVEL_WORDS] : LEVEL_WORDS;
  for (const w of words) {
    if (!low.startsWith(w)) continue;
    const n = readNumber(low.slice(w.length));
    if (n.ok && !n.percent) {
      if (w === scale?.toLowerCase()) return { kind: "level", value: n.value, scale };
      const named = SCALE_NAMES[w];
      return named ? { kind: "level", value: n.value, scale: named } : { kind: "level", value: n.value };
    }
  }
  return null;
}

/** Day serial 0 in Excel's 1900 system as the spreadsheets count it (serials after 60 skip the fictional 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial of 1910-01-01; smaller numbers are not read as dates of a plan (see readNumberCell). */
const MIN_DATE_SERIAL = 3654;

/**
 * Excel/Sheets serial day number → ISO date (time of day ignored).
 * @example serialToIso(45838) → "2025-06-30"
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

/**
 * A Date → ISO date. Dates at UTC midnight (how ExcelJS and JSON hand them over) keep their UTC day;
 * any other time is read in local time (how Apps Script hands over a sheet date).
 * @example dateToIso(new Date(Date.UTC(2025, 5, 30))) → "2025-06-30"
 */
export function dateToIso(d: Date): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const utcMidnight = t % DAY_MS === 0;
  const y = utcMidnight ? d.getUTCFullYear() : d.getFullYear();
  const m = utcMidnight ? d.getUTCMonth() : d.getMonth();
  const day = utcMidnight ? d.getUTCDate() : d.getDate();
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2025-06-30" → "30/06/2025". */
export function isoToVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Builds an ISO date after checking the day exists; false for impossible dates ("31/02/2025"). */
function isoDate(y: number, m: number, d: number): string | false {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return false;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const DMY = /^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u;
const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+z?)?$/u;
const MY = /^(?:tháng\s+)(\d{1,2})\s*[/.-]\s*(\d{4})$/u;

/** Date text → ISO; null when it is not date-shaped; false when date-shaped but impossible. */
function readDateText(low: string, opts?: ReadCellOptions): string | false | null {
  let m = DMY.exec(low);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(low);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // "tháng 6/2025" always; bare "6/2025" only when a date is expected (otherwise it is a fraction).
  m = MY.exec(low) ?? (opts?.expect === "date" ? /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(low) : null);
  if (m) {
    const y = Number(m[2]);
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) return false;
    return isoDate(y, mo, new Date(Date.UTC(y, mo, 0)).getUTCDate());
  }
  return null;
}

function invalidText(text: string, vi: string, en: string): CellReading {
  return { kind: "text", text, reason: { vi, en } };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return "[…]";
  return typeof v === "object" ? "{…}" : String(v);
}
