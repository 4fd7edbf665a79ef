// Spreadsheet cell values → one typed reading (empty, number, fraction, level, rank, date, yes/no, error, text).
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";
import { DIGIT_WORDS, numberWords, readNumber, round12, roundFloat, scanNumbers, wordRun } from "./parse";
import { unitSize } from "./units";
import { oneSpaced } from "../spaces";
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
  expect?: "date" | "rank" | "level";
  /** A level scale name to recognise besides the built-in ones ("IELTS" when the rule says so). */
  scale?: string;
  /** The whole a target's fraction is of ("12/12"): a pair over it after "hoàn thành" is a fraction, not a day. */
  whole?: number;
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
  // The rating that yields the figure has not been held yet ("Chưa bình xét" for a title decided in December).
  "chưa bình xét", "đang bình xét", "chưa xét", "chưa đánh giá", "đang đánh giá", "chưa xếp loại",
  // Some units' figures are still missing, so the whole is not known ("Chưa đủ số liệu" in a cluster's total row).
  "chưa đủ số liệu",
  // The figure is being checked or compiled before it is given ("Đang rà soát" a district's poor households).
  "đang rà soát", "chưa rà soát", "đang thẩm định", "chờ thẩm định", "đang xác minh", "đang thống kê", "chờ số liệu",
  // The figure is not taken yet: not marked, weighed or measured ("Chưa chấm (chờ đoàn kiểm tra)", "Chưa cân").
  "chưa chấm", "chưa chấm điểm", "chưa cân", "chưa cân đo", "chưa có số liệu ước",
  "n/a", "na", "n.a.", "k/c", "kc",
  // A question mark is a clerk's "not known yet", not a wrong figure.
  "?", "??", "???",
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

/**
 * Language tests whose scores plans and sheets write after the test's name ("IELTS 6.5", "TOEIC 600"): the one list of
 * their names. The first four are read in a cell as a level on that scale ("IELTS 6.5"); the others write levels
 * otherwise ("JLPT N2", "DELF B1") or count down. The target reader tells by them which test a figure is a score of
 * (core/rule/parse/exam.ts).
 */
export const LANGUAGE_TESTS = "IELTS TOEFL TOEIC VSTEP DELF DALF HSK JLPT TOPIK SAT".split(" ");
/** The tests whose score is a mark after the name (the target reader's level words and marks are these too). */
export const CELL_TESTS = LANGUAGE_TESTS.slice(0, 4);
// "mức độ" before "mức": the longer wording must win so its number is not read as "độ 3".
const LEVEL_WORDS = ["mức độ", "cấp độ", "mức", "bậc", "cấp", "level", ...CELL_TESTS.map((t) => t.toLowerCase())];
/** Named scales kept on the reading (the default "mức độ" family is left unnamed). */
const SCALE_NAMES: Record<string, string> = { bậc: "bậc", cấp: "cấp" };
for (const t of CELL_TESTS) SCALE_NAMES[t.toLowerCase()] = t;
const RANK_RE = /^(?:xếp\s+)?(?:thứ\s+hạng|hạng|thứ|top|tốp|rank|no\.?|#)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*\/\s*(\d+))?$/u;
// "701-800", "nhóm 701–800": a band of places, as ranking tables print beyond the top hundreds; its best place counts.
const RANK_BAND = /^(?:(?:xếp\s+)?(?:thứ\s+hạng|hạng|thứ|top|tốp|nhóm)\s*)?(\d+)\s*[-–]\s*(\d+)$/u;

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
      return { kind: "boolean", value, text: value ? "Có" : "Không" };
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

const SAME_DAY = /(?:^|\s)trong (?:cùng )?ngày$/u;
/** Hours and minutes with no "phút": "7 giờ 45", "7h45" (lower case). */
export const CLOCK = /^(\d{1,2}) ?(?:giờ|h) ?([0-5]\d)'?$/u;

function readText(raw: string, opts?: ReadCellOptions): CellReading {
  // Length first: no trimming, normalising or matching over a huge paste.
  if (raw.length > MAX_CELL_TEXT) {
    return invalidText(`${raw.slice(0, 24)}…`, `chuỗi quá dài (${raw.length} ký tự)`, `text too long (${raw.length} characters)`);
  }
  // Every kind of space a space ("64,9\u3000%" is "64,9 %"), in the text shown as in the one read.
  const text = oneSpaced(raw.normalize("NFC"));
  if (text === "") return { kind: "empty", text: "" };
  const low = text.toLowerCase();
  // (Also with its reason in brackets: "Chưa chấm (chờ đoàn kiểm tra)", "Chưa đủ số liệu (thiếu xã Ea Păl)".)
  if (NO_DATA_TEXTS.has(low) || NO_DATA_TEXTS.has(low.replace(/\s*\([^()]*\)$/, ""))) return { kind: "empty", text };
  // (Upper case only for what could be an error value: "#N/A", "#DIV/0!".)
  if (text.charCodeAt(0) === 35 /* # */ && CELL_ERRORS.has(text.toUpperCase())) return { kind: "error", code: text.toUpperCase(), text };
  // "Tốt", "Khá", "xếp loại Trung bình", "100% khá, tốt" against a grade target ("loại Khá trở lên").
  if (opts?.expect === "level" && opts.scale === GRADE_SCALE) {
    const g = readGrade(low);
    if (g !== null) return { kind: "level", value: g, scale: GRADE_SCALE, text };
  }
  // (A checkbox's TRUE/FALSE is told in the words of the explanation, "Có"/"Không".)
  if (TRUE_WORDS.has(low)) return { kind: "boolean", value: true, text: low === "true" ? "Có" : text };
  if (FALSE_WORDS.has(low)) return { kind: "boolean", value: false, text: low === "false" ? "Không" : text };
  // "chưa tổ chức", "chưa công bố": not done yet; "đã tổ chức", "đã công bố": done (words only, no figure in them).
  // "không có trường hợp nào", "không xảy ra vụ nào": none at all, as "Không có" says.
  if (/^chưa [\p{L} ]{2,40}$/u.test(low) || /^không (?:có|xảy ra|phát hiện|còn)(?: \p{L}+){1,3} nào$/u.test(low)) return { kind: "boolean", value: false, text };
  if (/^đã [\p{L} ]{2,40}$/u.test(low)) return { kind: "boolean", value: true, text };

  const date = readDateText(low, opts) ?? readDateText(stripDateWords(low), opts);
  if (date) return { kind: "date", iso: date, text };
  if (date === false) return invalidText(text, "ngày không tồn tại", "no such date");

  const rank = RANK_RE.exec(low);
  if (rank) {
    const of = rank[2] === undefined ? undefined : Number(rank[2]);
    return { kind: "rank", value: Number(rank[1].replace(/\./gu, "")), of, top: /^(top|tốp)/.test(low), text };
  }
  const band = opts?.expect === "rank" ? RANK_BAND.exec(low) : null;
  if (band && Number(band[1]) < Number(band[2])) return { kind: "rank", value: Number(band[1]), top: false, text };
  // "B1", "bậc B2": a level of the six-level language framework; "III" alone a level when a level is asked for.
  const cefr = /^(?:(?:bậc|trình độ|level)\s+)?([abc][12])$/u.exec(low);
  if (cefr) return { kind: "level", value: CEFR[cefr[1]], scale: "bậc", text };
  if (opts?.expect === "level" && ROMAN_LEVEL[low] !== undefined) return { kind: "level", value: ROMAN_LEVEL[low], text };

  // "Đạt mức độ 3", "Đã đạt chuẩn mức độ 2": the level reached, written with the verb. ("Chưa đạt mức độ 3" is not.)
  const level = readLevel(low, opts?.scale) ?? readLevel(afterReached(text), opts?.scale);
  if (level) return { ...level, text };

  // A figure has at most one decimal comma; "1,2,3" is a list, whatever a phrase scanner makes of it.
  const num = text.indexOf(",") !== text.lastIndexOf(",") ? null : readNumber(text);
  if (num?.ok) return { kind: "number", value: num.value, percent: num.percent, text };

  const toks = scanNumbers(text);
  if (toks.length === 0) {
    // "trong ngày", "Trả kết quả trong ngày": done the day it came in, no whole day waited.
    if (SAME_DAY.test(low)) return { kind: "number", value: 0, percent: false, noun: "ngày", text };
    // "ba tháng", "nửa giờ", "hai buổi": number words with a unit or a noun.
    const worded = readMeasure(low) ?? wordCount(low);
    if (worded) return { kind: "number", value: worded.value, percent: false, noun: worded.unit, text };
    return invalidText(text, `"${text}" không phải là số`, `"${text}" is not a number`);
  }

  // "13/14", "7.910 trẻ/9.232", "13/14 phường", "7.910/9.232 (85,7%)": two plain numbers around one "/".
  if (toks.length >= 2 && !toks[0].percent && !toks[1].percent) {
    const between = text.slice(toks[0].end, toks[1].start);
    const before = text.slice(0, toks[0].start);
    const after = text.slice(toks[1].end);
    const m = /^\s*([\p{L} ]*?)\s*\/\s*$/u.exec(between);
    // ("40/40 tuyến, địa bàn": the noun may name two kinds of place, a comma between.)
    const restOk = toks.length === 2 ? FRACTION_NOUN.test(after) : toks.length === 3 && toks[2].percent && /^\s*\(\s*$/.test(text.slice(toks[1].end, toks[2].start)) && /^\s*\)?\s*$/.test(text.slice(toks[2].end));
    // "30 học sinh/1 máy tính": persons per one machine is a ratio of 30, not a share of 30 out of 1; so is "108 bé
    // trai/100 bé gái", "5 bác sĩ/10.000 dân": so many of one noun per a round base of another (not a share of it). The
    // same noun on both sides, one the other's first words ("93 trẻ/100 trẻ trong độ tuổi"), is a share.
    const base = toks[1].value;
    if (m && before.trim() === "" && toks.length === 2 && m[1] && /^[\p{L} ]+$/u.test(after.trim()) && (base === 1 || (base >= 10 && Number.isInteger(Math.log10(base)) && !sameHead(m[1], after)))) {
      return { kind: "number", value: toks[0].value, percent: false, noun: `${m[1].trim()}/${base === 1 ? "" : `${text.slice(toks[1].start, toks[1].end)} `}${after.trim()}`, text };
    }
    // "1 lần/6 tháng", "2 lần/3 tháng": times per a span of time, not a share of 6.
    if (m && m[1] && before.trim() === "" && toks.length === 2 && /^(?:ngày|tuần|tháng|quý|năm)$/u.test(after.trim().toLowerCase())) {
      return { kind: "number", value: toks[0].value, percent: false, noun: `${m[1].trim()}/${toks[1].value} ${after.trim().toLowerCase()}`, text };
    }
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

  // "7.910 trẻ", "2 lần", "45 lớp", "8,5m2", "1,2 triệu đồng": one number first, then words only.
  if (toks.length === 1 && toks[0].start === 0) {
    const rest = text.slice(toks[0].end).trim();
    // Digits may sit only inside a unit word ("8,5m2", "5 km2/trường") or after a known unit ("52 triệu tấn CO2tđ"),
    // never in a code ("1e309"); "‰" is per mille; "²", "³" are a unit's power ("1,5 m³", "26 µg/m³").
    // "9,8%/năm", "0,03%/ngày": a rate per a span of time as a plan writes it.
    if (rest === "‰" || /^\/(?:ngày|tuần|tháng|quý|năm)$/u.test(rest) || /^[\p{L}][\p{L}²³ ,/]*$/u.test(rest) || (unitSize(rest.split(/[\s/]/u)[0]) !== null && /^[\p{L}\d²³]+(?:[ ,/][\p{L}\d²³ ,/]*)?$/u.test(rest))) {
      return { kind: "number", value: toks[0].value, percent: toks[0].percent, noun: rest, text };
    }
  }
  // "tuần 25", "tuần học thứ 25": week 25 of a course, 25 weeks of it.
  const week = /^tuần(?: học)?(?: thứ)? (\d{1,2})$/u.exec(low);
  if (week) return { kind: "number", value: Number(week[1]), percent: false, noun: "tuần", text };
  // "7 giờ 45", "7h45": hours and minutes (a clock time or a length of time, the same number of hours).
  const clock = CLOCK.exec(low);
  if (clock) return { kind: "number", value: round12(+clock[1] + +clock[2] / 60), percent: false, noun: "giờ", text };
  // "1 giờ 15 phút", "2 giờ 30 phút": a measure in several parts, in its smallest unit.
  const measure = readMeasure(low);
  if (measure) return { kind: "number", value: measure.value, percent: false, noun: measure.unit, text };
  // "Đạt 98,4%", "đạt 8 trường", "Hoàn thành (100%)": a result word before the figure says nothing the figure does not;
  // the figure after it is read, the text kept as typed. (Dates after "Hoàn thành" are read above.)
  // ("Hoàn thành 6/2022", "Hoàn thành 2025": a month or a year, a time and no figure, are left unread here.)
  const lead = RESULT_LEAD.exec(low);
  const rest = lead ? text.slice(lead[0].length).replace(/^\(\s*([^()]*?)\s*\)$/u, "$1") : "";
  // ("Hoàn thành 15/7": done on 15 July; a share cannot exceed its whole, so a pair that could only be a day is one.)
  const day = lead && /hoàn thành/u.test(lead[0]) ? /^(\d{1,2})\s*\/\s*(\d{1,2})$/u.exec(rest) : null;
  if (day && +day[1] > +day[2] && +day[1] <= 31 && +day[2] >= 1 && +day[2] <= 12 && +day[2] !== opts?.whole) {
    return invalidText(text, `"${rest}" sau "hoàn thành" là ngày ${+day[1]} tháng ${+day[2]}, không phải một số`, `"${rest}" after "hoàn thành" is a day (${+day[1]}/${+day[2]}), not a figure`);
  }
  if (lead && !/^(?:\d{1,2}\s*[/.-]\s*)?(?:19|20)\d\d$/u.test(rest)) {
    const r = readText(rest, opts);
    if (r.kind === "number" || r.kind === "fraction") return { ...r, text };
  }
  return invalidText(text, `không đọc được "${text}" thành một số`, `cannot read "${text}" as one figure`);
}

/** A result word before a figure, lower case: "đạt", "đã đạt", "hoàn thành", "đã hoàn thành", then ":" or "(" (not "có": "Có 2 trường chưa đạt" counts something else). */
export const RESULT_LEAD = /^(?:đã\s+)?(?:đạt|hoàn thành)\s*:?\s*(?=\(?\s*\d)/u;
/** The words after "a/b": a noun, or nouns a comma apart ("13/14 phường", "40/40 tuyến, địa bàn"). */
const FRACTION_NOUN = /^(?:\s*\p{L}[\p{L} ]*(?:,\s*\p{L}[\p{L} ]*)*)?$/u;

// Words before a completion date: "Hoàn thành ngày 20/5/2025", "đã xong 15/6/2025", "7 giờ 30 ngày 20/8/2025".
const DATE_LEAD = /^(?:(?:đã\s+)?(?:hoàn thành|xong|thực hiện|tổ chức|ban hành|nộp|gửi|báo cáo)(?:\s+(?:vào|trước|lúc))?\s*(?:ngày\s*)?|(?:\d{1,2}\s*(?:giờ|h|:)\s*\d{0,2}\s*(?:phút\s*)?)?(?:vào\s+)?ngày\s+)/u;

function stripDateWords(low: string): string {
  return low.replace(DATE_LEAD, "").trim();
}

/** "hai buổi", "ba trường", "một trăm linh năm học sinh": a run of number words read whole, and the noun counted. */
function wordCount(low: string): { value: number; unit: string } | null {
  const w = low.split(/\s+/u);
  const r = w[0] === "nửa" ? [0.5, 1] : (DIGIT_WORDS[w[0]] && w[0] !== "tư") || w[0] === "mười" ? wordRun((k) => w[k], 0) : null;
  const unit = r ? w.slice(r[1]).join(" ") : "";
  // (A number word left after the run, "hai mươi không học sinh", is a run not read whole.)
  if (!r || !/^[\p{L}][\p{L} ,/]*$/u.test(unit) || (w[r[1]] !== "năm" && w[r[1]] in DIGIT_WORDS)) return null;
  return { value: r[0], unit };
}

// One "number unit" part of a measure: "1 giờ", "15 phút", "nửa giờ", "8,5m2", "ba tháng"; "rưỡi" adds a half.
const MEASURE_PART = /(\d+(?:[.,]\d+)*|nửa|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)\s*(ngày làm việc|mét vuông|nghìn đồng|ngàn đồng|triệu đồng|tỷ đồng|giờ|tiếng|phút|giây|ngày|tuần|tháng|quý|năm|m2|m²|ha|km2|km|kg|tấn|cm|mm|m3|lít|kwh|đồng|vnđ|vnd|đ|h|m)(?!\p{L})(\d{1,3}(?![\p{L}\d]))?(?!\d)(\s*rưỡi)?/uy;

/**
 * A measure with its unit, the parts summed in the smallest unit written: "1 giờ 15 phút" → 75 phút, "nửa giờ" → 0,5
 * giờ, "1 giờ rưỡi" → 1,5 giờ, "8,5m2" → 8,5 m2. Every part must be of one dimension. Null when the text is not that.
 * @example readMeasure("1 giờ 15 phút") → { value: 75, unit: "phút" }
 */
const SECONDS = { dim: "time", factor: 1 / 60, name: "giây" } as const;
export function readMeasure(low: string): { value: number; unit: string } | null {
  let i = 0;
  let total = 0;
  let smallest: { factor: number; name: string } | null = null;
  let dim: string | null = null;
  let parts = 0;
  let perText = "";
  while (i < low.length) {
    while (low[i] === " " || low[i] === ",") i++;
    if (i >= low.length) break;
    MEASURE_PART.lastIndex = i;
    const m = MEASURE_PART.exec(low);
    if (!m) {
      // "150.000đ/học sinh/tháng": what the measure is per, after the last part.
      if (parts > 0 && low[i] === "/") {
        perText = low.slice(i).trim();
        break;
      }
      return null;
    }
    const n = /^\d/u.test(m[1]) ? readNumber(m[1]) : null;
    const v = n ? (n.ok ? n.value : NaN) : m[1] === "nửa" ? 0.5 : numberWords(m[1]);
    // (Seconds, not in the units table, where "30 giây" is counted: told in minutes, "2 phút 30 giây" is 2,5 phút.)
    const u = m[2] === "giây" ? SECONDS : unitSize(m[2]);
    if (v === null || Number.isNaN(v) || !u) return null;
    if (dim && u.dim !== dim) return null;
    // "12kg5", "1m75": digits glued after a unit of weight or length are its decimals (12,5 kg; 1,75 m).
    if (m[3] && (!/^\d+$/u.test(m[1]) || (u.dim !== "mass" && u.dim !== "length"))) return null;
    dim = u.dim;
    total += (v + (m[3] ? Number(m[3]) / 10 ** m[3].length : 0) + (m[4] ? 0.5 : 0)) * u.factor;
    if (!smallest || u.factor < smallest.factor) smallest = u;
    parts++;
    i = m.index + m[0].length;
  }
  if (!smallest || parts === 0) return null;
  if (smallest === SECONDS) smallest = unitSize("phút")!;
  const value = total / smallest.factor;
  return { value: roundFloat(value), unit: smallest.name + (perText ? perText.replace(/\s*\/\s*/gu, "/") : "") };
}

/** A change typed in a cell: "thêm 3 trường", "giảm 4%", "tăng 0,8 điểm %", "tăng 2 trường", "giảm 2 học sinh/lớp". */
export interface TypedChange {
  direction: "increase" | "decrease";
  amount: number;
  /** "%" written: a rate (fraction); `points` when written "điểm %" or "điểm phần trăm". */
  percent: boolean;
  points: boolean;
  noun?: string;
  /** The amount as written, number and noun ("1,2 triệu hội viên", "2 tuần"), to read with its scale word or unit. */
  figure?: string;
  text: string;
}

const CHANGE_TEXT = /^(tăng thêm|giảm thêm|tăng|giảm|thêm|bớt|hạ|nâng|được thêm|xây thêm|mở thêm)\s*(?:được\s*)?(\+|-)?\s*(\d+(?:[.,]\d+)*)(?:\/(\d+))?\s*(%|‰|điểm\s*%|điểm phần trăm|pp)?\s*([\p{L}][\p{L} ,]*(?:\/\s*(?!năm\s*$)[\p{L}][\p{L} ]*)?)?(?:\s*(?:\/\s*năm|mỗi năm|một năm))?$/u;

/**
 * Reads a change the clerk typed instead of the figure itself.
 * @example readChange("thêm 3 trường") → { direction: "increase", amount: 3, percent: false, points: false, noun: "trường" }
 * @example readChange("giảm 4%") → { direction: "decrease", amount: 0.04, percent: true, points: false }
 * @example readChange("45") → null
 */
export function readChange(value: CellValue): TypedChange | null {
  if (typeof value !== "string" || value.length > MAX_CELL_TEXT) return null;
  const text = value.normalize("NFC").trim();
  const low = text.toLowerCase().replace(/\s+/gu, " ");
  const m = CHANGE_TEXT.exec(low);
  if (!m) return null;
  const n = readNumber(m[3]);
  if (!n.ok) return null;
  const down = /^(?:giảm|bớt|hạ)/u.test(m[1]);
  // "giảm 2/3": a share of where it started, as "giảm 66,7%" (not with "%" or "‰" after it).
  if (m[4] && (m[5] || +m[4] <= n.value)) return null;
  // "giảm 0,5‰": per mille is a measure of its own, kept as written.
  if (m[5] === "‰") return { direction: down ? "decrease" : "increase", amount: n.value, percent: false, points: false, noun: "‰", text };
  const pointsWord = !!m[5] && m[5] !== "%";
  const pct = !!(m[5] || m[4]);
  const amount = pct ? round12(n.value / (m[4] ? +m[4] : 100)) : n.value;
  const out: TypedChange = { direction: down ? "decrease" : "increase", amount, percent: pct && !pointsWord, points: pointsWord, text };
  if (m[6]) out.noun = m[6].trim();
  out.figure = `${m[3]} ${m[6] ?? ""}`;
  return out;
}

/**
 * Grades of conduct and learning ("hạnh kiểm", "học lực", "xếp loại"), on one scale: Kém < Yếu (Chưa đạt) <
 * Trung bình (Đạt) < Khá < Tốt (Giỏi) < Xuất sắc. The scale's name in a level rule is "loại".
 */
export const GRADE_SCALE = "loại";
export const GRADES: ReadonlyMap<string, number> = new Map([
  ["kém", 0], ["yếu", 1], ["chưa đạt", 1], ["trung bình", 2], ["tb", 2], ["đạt", 2], ["khá", 3], ["tốt", 4], ["giỏi", 4], ["xuất sắc", 5],
]);
/** The name a grade is printed with. */
export const GRADE_NAMES = ["Kém", "Yếu", "Trung bình", "Khá", "Tốt", "Xuất sắc"];

/** A grade typed in a cell: "Khá", "loại tốt", "100% khá, tốt" (every unit at least the lowest named). */
function readGrade(low: string): number | null {
  const t = low.replace(/^(?:100\s*%\s*)?(?:(?:xếp\s+)?loại|hạnh kiểm|học lực)\s+/u, "").replace(/^100\s*%\s*/u, "").trim();
  const parts = t.split(/\s*(?:,|;|và|\/)\s*/u).filter(Boolean);
  if (parts.length === 0) return null;
  let min = Infinity;
  for (const p of parts) {
    const g = GRADES.get(p.replace(/^loại\s+/u, ""));
    if (g === undefined) return null;
    min = Math.min(min, g);
  }
  return min;
}

const ROMAN_LEVEL: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
// The six-level framework for foreign languages (bậc 1–6) written as CEFR levels: A1 is bậc 1 … C2 is bậc 6.
const CEFR: Record<string, number> = { a1: 1, a2: 2, b1: 3, b2: 4, c1: 5, c2: 6 };

// "Đạt", "Được công nhận", "Đã được UBND tỉnh công nhận", then the level. Between "được" and "công nhận" stands only who
// recognised it: a word naming an authority first, then authority words or names (capitalised: "tỉnh Quảng Nam",
// "Sở GD&ĐT"). A verb there ("được đề nghị / Sở xem xét / tỉnh hoãn công nhận") says the level is not reached yet.
const REACHED = /^(?:đã\s+)?(?:đạt|được((?:\s+\S+){0,8}?)\s+công nhận(?:\s+đạt)?)(?:\s+chuẩn)?\s+/u;
const AUTHORITY = /^(?:ubnd|hđnd|ủy|uỷ|ban|nhân|dân|sở|bộ|phòng|chủ|tịch|giám|đốc|tỉnh|huyện|thành|phố|tp\.?|quận|thị|xã|trấn|phường|trường|cục|hội|đồng|cấp|trên|có|thẩm|quyền|nhà|nước|gd&đt|gdđt|gd-đt|giáo|dục|và|đào|tạo|lđtbxh|văn|hóa|hoá|y|tế)$/u;
// Words no name is, even capitalised: a sentence's verbs and its no.
const NOT_A_NAME = /^(?:đề|xét|xem|hoãn|thu|hồi|trình|chờ|tạm|không|chưa|chẳng|rút|hủy|huỷ|từ|chối|dừng|đang|sẽ)$/u;

/** The text's lower case after "Đã được UBND tỉnh công nhận" and the like; the whole of it when no such start. */
function afterReached(text: string): string {
  const low = text.toLowerCase();
  const m = REACHED.exec(low);
  if (!m) return low;
  if (m[1]) {
    const words = m[1].trim().split(" ");
    const shown = text.split(" ").slice(1 + (low.startsWith("đã ") ? 1 : 0), 1 + (low.startsWith("đã ") ? 1 : 0) + words.length);
    const allCaps = text === text.toUpperCase();
    const named = (w: string, i: number) => AUTHORITY.test(w) || (!allCaps && i > 0 && /^\p{Lu}/u.test(shown[i] ?? "") && !NOT_A_NAME.test(w));
    if (!AUTHORITY.test(words[0]) || !words.every(named)) return low;
  }
  return low.slice(m[0].length);
}

function readLevel(low: string, scale?: string): { kind: "level"; value: number; scale?: string } | null {
  const words = scale ? [scale.toLowerCase(), ...LEVEL_WORDS] : LEVEL_WORDS;
  for (const w of words) {
    if (!low.startsWith(w)) continue;
    // "Mức độ III": Roman numerals are how plans write levels.
    const roman = ROMAN_LEVEL[low.slice(w.length).trim()];
    const n = roman !== undefined ? ({ ok: true, value: roman, percent: false } as const) : readNumber(low.slice(w.length));
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
export const MIN_DATE_SERIAL = 3654;

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
 * True when a number format shows a date or time: after dropping quoted text, escapes and [colour]/[$-locale]
 * sections, a d, m, y, h or s remains (General and plain numbers have none of these letters).
 * @example isDateFormat("dd/mm/yyyy") → true · isDateFormat("0.0%") → false · isDateFormat('0 "ngày"') → false
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code || code === "General" || code === "@") return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare.split(";")[0]);
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
  return isoDay(y, m + 1, day);
}

/** ISO date "YYYY-MM-DD", or "--MM-DD" (a day of any year) when y is 0. */
export function isoDay(y: number, m: number, d: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${y ? p(y, 4) : "-"}-${p(m)}-${p(d)}`;
}

/** "2025-06-30" → "30/06/2025". */
export function isoToVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A day of any year, "--04-29" → "29/04". */
export const yearlessToVi = (iso: string): string => `${iso.slice(5, 7)}/${iso.slice(2, 4)}`;

/** The days in month `m` (1–12) of year `y`: monthDays(2024, 2) → 29. */
export const monthDays = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Builds an ISO date after checking the day exists; false for impossible dates ("31/02/2025"). */
function isoDate(y: number, m: number, d: number): string | false {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  if (d > monthDays(y, m)) return false;
  return isoDay(y, m, d);
}

const DMY = /^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u;
const YMD = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+z?)?$/u;
const MY = /^(?:tháng\s+)(\d{1,2})\s*[/.-]\s*(\d{4})$/u;

/**
 * Date text (lower case) → ISO; null when it is not date-shaped; false when date-shaped but impossible. Day before
 * month always: "3/6/2025" is 3 June.
 * @example readDateText("03.06.2025") → "2025-06-03" · readDateText("31/02/2025") → false
 */
export function readDateText(low: string, opts?: ReadCellOptions): string | false | null {
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
    return isoDate(y, mo, monthDays(y, mo));
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

/** "trẻ" and "trẻ em", "trẻ trong độ tuổi": one noun's words start the other's (not "bé trai" and "bé gái"). */
function sameHead(a: string, b: string): boolean {
  [a, b] = [a, b].map((s) => s.trim().toLowerCase() + " ");
  return a.startsWith(b) || b.startsWith(a);
}
