// The one cell-to-target rule: a target cell (text, number with its format and ĐVT, date) as the target text the parser reads.
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";
import { formatNumber } from "../number/format";
import { readNumber } from "../number/parse";
import { dateToIso, isoToVi, readCell } from "../number/cell";
import { type Period, periodFromText, yearFor } from "../period/period";
import { fold } from "../sheet/text";
import { type ColumnScale, cellScale, isPercentUnit } from "./scale";
import { parseTargetCached } from "../rule/parse";
import type { SheetData } from "../sheet/model";
import { TARGET_PHRASE } from "./vocabulary";

/** Where a target cell sits: its number format, the row's ĐVT, the heading's "(%)", the column's other percent cells. */
export interface TargetContext {
  format?: string;
  unit?: string;
  headerPercent?: boolean;
  column?: ColumnScale;
}

/**
 * A target cell's text, and the other reading when a plain number under "%" could be a fraction or points and
 * nothing on the sheet decides (0,95 is "0,95%" or "95%"): the caller judges both and asks when they differ.
 */
export interface TargetText {
  text: string;
  alt?: string;
  /** What would settle the two readings, when it is not the unit or the cell's format. */
  todo?: Bilingual;
}

/** A week of a month as a deadline, its latest end first and its earliest the other reading (see weekDue). */
export function weekTarget(week: [string, string]): TargetText {
  const text = `chậm nhất ngày ${isoToVi(week[1])}`;
  return week[0] === week[1] ? { text } : { text, alt: `chậm nhất ngày ${isoToVi(week[0])}`, todo: { vi: "ghi rõ ngày của tuần", en: "give the week's dates" } };
}

// An operator (a sign or a bound word, "duy trì trên"), or a change word ("Giảm 4" of a rate: points), and a bare
// number, or a bare number and "trở lên"/"trở xuống": no unit of its own.
const BARE_BOUND = /^((?:(?:duy trì|giữ vững)\s+)?(?:≥|≤|>=|<=|>|<|=|(?:từ|trên|dưới|tối thiểu|tối đa|không quá|không dưới|không thấp hơn|ít nhất|đạt|giảm|tăng)\s)\s*)?(\d{1,3}(?:[.,]\d+)?)(\s+(?:trở lên|trở xuống))?$/iu;

const fmt = (v: number) => formatNumber(Number(v.toPrecision(12)), "vi", 6);

/**
 * A target cell as target text. Text is kept as written (a bare number typed as text is read as a number);
 * numbers take "%" from a percent format (0,65 → "65%"), or from ĐVT "%"/a "(%)" heading on the one percent-scale
 * rule (95 → "95%"; 0,3 in a column that writes points → "0,3%"; 0,95 alone → "0,95%" or "95%"), and so do bounds on
 * a bare number of points there ("≥ 90" → "≥ 90%"); other numbers take
 * the ĐVT as their noun ("22 trường"); dates are deadlines ("chậm nhất ngày 30/06/2025").
 * @example targetFromCell(0.65, { format: "0%" }) → { text: "65%" }
 * @example targetFromCell(22, { unit: "trường" }) → { text: "22 trường" }
 * @example targetFromCell(0.95, { unit: "%" }) → { text: "0,95%", alt: "95%" }
 */
export function targetFromCell(v: CellValue, ctx: TargetContext = {}): TargetText {
  if (v === null || v === undefined || isCellError(v) || typeof v === "boolean") return { text: "" };
  if (v instanceof Date) {
    const iso = dateToIso(v);
    return { text: iso ? `chậm nhất ngày ${isoToVi(iso)}` : "" };
  }
  if (typeof v === "string") {
    const text = v.replace(/\s+/g, " ").trim();
    // "95" typed as text under "%" is the same target as the number 95.
    const n = text === "" || !/^[\d.,\s-]+$/.test(text) ? null : readNumber(text);
    if (n && n.ok && !n.percent) return targetFromCell(n.value, { ...ctx, format: undefined });
    // "Tuần 1 tháng 10/2023": a week's end, read two ways (a week without its year is left to the parser).
    const week = weekDue(text);
    if (week) return weekTarget(week);
    // "≥ 90", "Từ 85 trở lên" under a "(%)" heading or ĐVT "%": a bound on a bare number of points is a bound in percent.
    if (isPercentUnit(ctx.unit) || ctx.headerPercent === true) {
      const b = BARE_BOUND.exec(text);
      if (b && (b[1] || b[3]) && Number(b[2].replace(",", ".")) > 1) return { text: `${b[1] ?? ""}${b[2]}%${b[3] ?? ""}` };
    }
    return { text };
  }
  if (typeof v !== "number" || !Number.isFinite(v)) return { text: "" };
  const percent = isPercentUnit(ctx.unit) || ctx.headerPercent === true || (ctx.format ?? "").includes("%");
  if (!percent) {
    const unit = (ctx.unit ?? "").trim();
    return { text: unit ? `${fmt(v)} ${unit}` : fmt(v) };
  }
  const scale = cellScale(v, { ...(ctx.format ? { format: ctx.format } : {}), ...(ctx.column ? { column: ctx.column } : {}) });
  if (scale === "fraction") return { text: `${fmt(v * 100)}%` };
  if (scale === "either") return { text: `${fmt(v)}%`, alt: `${fmt(v * 100)}%` };
  return { text: `${fmt(v)}%` };
}

/**
 * A day whose year was not written, moved to the year (one before, the same, one after) that puts it nearest `near`.
 * @example nearestYear("2020-08-30", "2019-08-31") → "2019-08-30" · nearestYear("2019-01-03", "2019-12-31") → "2020-01-03"
 */
export function nearestYear(iso: string, near: string): string {
  const y = Number(iso.slice(0, 4));
  const at = (year: number) => `${year}${iso.slice(4)}`;
  const gap = (year: number) => {
    const t = Date.parse(at(year));
    return Number.isNaN(t) ? Infinity : Math.abs(t - Date.parse(near));
  };
  return at([y - 1, y, y + 1].reduce((a, b) => (gap(b) < gap(a) ? b : a)));
}

/**
 * The day a task's own text sets, in brackets at its end ("Nộp báo cáo khai giảng ( ngày 6/9).", "Họp phụ huynh.
 * (Sáng 28/8)", "Tựu trường ( 19/8/2019)"): the bracket holds the day and nothing more, so a cited document ("(theo CV
 * 123 ngày 5/8/2019)") is no deadline. A day without a year takes the year that puts it nearest the block it is listed
 * under (`near`, the deadline of its month or week), else the period's.
 * @example dayInTaskName("- Nộp báo cáo khai giảng ( ngày 6/9).", "2019-09-30") → "2019-09-06"
 * @example dayInTaskName("- Báo cáo (theo CV 123 ngày 5/8/2019)", null) → null
 */
export function dayInTaskName(name: string, near: string | null, period?: Period | null): string | null {
  const m = /\(\s*(?:(?:ngày|sáng|chiều|trưa|tối|trước|trước ngày|hạn|chậm nhất|chậm nhất ngày)\s+)*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?\s*\)\s*[.;]?\s*$/iu.exec(name.normalize("NFC"));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const iso = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (m[3]) return iso(Number(m[3]));
  if (near) return nearestYear(iso(Number(near.slice(0, 4))), near);
  const y = yearFor(period ?? null, month);
  return y !== null ? iso(y) : null;
}

/**
 * A deadline cell of a task table as the ISO day it falls due, or null when it names no day ("Thường xuyên",
 * "Cả năm học"). A window ("Tháng 9/2024 - 5/2025", "từ 01/8 đến 05/8", "2022-2023") falls due at its end; a month,
 * quarter ("Quý IV/2022") or year ("Năm 2022") at its last day; a school year ("Năm học 2022-2023") at its end; a
 * day/month without a year takes the year from the period (a school year's September–December are its first year),
 * never from today; "hằng năm" (every year) is this year's occurrence, the year of the as-of date.
 * @example deadlineOf("Tháng 9/2024 - 5/2025") → "2025-05-31"
 * @example deadlineOf("Ngày 15 tháng 6 năm báo cáo", periodFromText("2024-2025")) → "2025-06-15"
 * @example deadlineOf("Quý IV/2022") → "2022-12-31"
 */
export function deadlineOf(v: CellValue, period?: Period | null, asOf?: string, terms?: TermEnds): string | null {
  if (v instanceof Date) return dateToIso(v);
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return `${v}-12-31`;
    const r = readCell(v, { expect: "date" });
    return r.kind === "date" ? r.iso : null;
  }
  if (typeof v !== "string") return null;
  const text = v.replace(/\s+/g, " ").trim();
  const f = fold(text);
  // "Tháng 9 hằng năm": the occurrence of the as-of date's year.
  if (/\b(hang|moi) nam\b/.test(f)) {
    const y = asOf ? Number(asOf.slice(0, 4)) : null;
    const p: Period | null = y ? { kind: "year", start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) } : null;
    return p ? dayIn(text.replace(/h[aằà]ng n[aă]m|m[oỗ]i n[aă]m/giu, ""), p) : null;
  }
  // "Năm học 2022-2023": the school year's end; "2022-2023", "giai đoạn 2021-2025": the end of the later year.
  const years = /(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)/.exec(text);
  if (years && !/\d\s*[/.]\s*(?:19|20)\d\d\s*[-–—]/.test(text)) {
    const sy = periodFromText(text);
    if (/\bnam hoc\b/.test(f) && sy?.kind === "schoolYear") return sy.end;
    return `${years[2]}-12-31`;
  }
  // "Học kỳ I", "Cuối học kỳ II": the end of that term of the period's school year (term I ends by mid-January,
  // the school year's teaching by the end of May, as the Ministry's yearly timeframe sets them).
  const term = /^(?:trong |cuoi |het |ket thuc )?(?:hoc ki|hk) ?(ii|2|i|1)(?: nam hoc)?$/.exec(f.replace(/\b(19|20)\d\d\b/g, "").trim());
  // (The day the sheet itself says the term ends, "học kỳ I kết thúc ngày 17/01/2026", before the usual one.)
  if (term) return terms?.[term[1] === "i" || term[1] === "1" ? 1 : 2] ?? termEnd(term[1], periodFromText(text) ?? period);
  // "26-3" alone: a day and month written with a dash, read as one only when the first number cannot be a month
  // (above 12); "5-3" could be months 5 to 3 or 5 March, and is left unread rather than guessed.
  const dashed = /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(text);
  if (dashed) {
    if (Number(dashed[1]) <= 12) return null;
    const y = period ? yearFor(period, Number(dashed[2])) : null;
    return y === null ? null : isoDay(y, Number(dashed[2]), Number(dashed[1]));
  }
  // "đến"/"tới" split a window on their own: `\b` is ASCII-only and never matches before "đ", so letters are looked for.
  const parts = text.split(/\s*(?:[-–—]|(?<!\p{L})(?:đến|tới)(?!\p{L}))\s*/iu).filter((p) => p !== "");
  for (let i = parts.length - 1; i >= 0; i--) {
    const iso = dayIn(parts[i], period) ?? quarterOrYear(parts[i]);
    if (iso) return iso;
  }
  return null;
}

// "Tuần 1 tháng 10/2023", "tuần 2, 3 tháng 9", "tuần đầu tháng 9 năm 2023": weeks of a month (folded).
const WEEK_OF_MONTH = /^(?:trong )?tuan (?:(?:\d|dau) )*(\d|dau)(?: (?:cua|trong))? thang (\d{1,2})(?: (?:nam )?((?:19|20)\d\d))?$/;

/**
 * The last day of a week of a month, earliest and latest: schools count week 1 from the 1st, from the first Monday, or
 * as the Monday-Sunday week holding the 1st, and the sheet seldom says which. Null when the cell names no such week.
 * @example weekDue("Tuần 1 tháng 10/2023") → ["2023-10-01", "2023-10-08"]
 */
export function weekDue(v: CellValue, period?: Period | null): [string, string] | null {
  const m = typeof v === "string" ? WEEK_OF_MONTH.exec(fold(v)) : null;
  const month = m ? Number(m[2]) : 0;
  const y = m ? (m[3] ? Number(m[3]) : yearFor(period, month)) : null;
  if (!m || y === null || month < 1 || month > 12) return null;
  const n = m[1] === "dau" ? 1 : Number(m[1]);
  // Weekday of the 1st, Monday 0 … Sunday 6.
  const wd = (new Date(Date.UTC(y, month - 1, 1)).getUTCDay() + 6) % 7;
  const day = (d: number) => isoDay(y, month, Math.min(d, new Date(Date.UTC(y, month, 0)).getUTCDate()));
  const early = day(7 * n - wd);
  const late = day(7 * n + (7 - wd) % 7);
  return early && late && n >= 1 && n <= 5 ? [early, late] : null;
}

/**
 * Whether a deadline cell is nothing but "before" a day ("Trước ngày 18 tháng 6", "trước 28/5/2021", "Hoàn thành
 * trước ngày 15/10/2015"): the day itself is late, as "trước" is strict wherever a target says it. An hour ("Trước
 * 17h ngày 11/6") bounds the day itself instead, so it is not strict here.
 * @example strictDeadline("Trước ngày 18 tháng 6") → true
 * @example strictDeadline("Chậm nhất ngày 18 tháng 6") → false
 */
export function strictDeadline(v: CellValue): boolean {
  return typeof v === "string" && /^(?:hoan thanh )?truoc (?:ngay )?\d{1,2} (?:thang )?\d{1,2}(?: (?:nam )?(?:19|20)\d\d)?$/.test(fold(v));
}

/**
 * The year every fully dated deadline of a task column shares, as a period for the column's days written without a
 * year: a timetable whose dated rows all fall in 2021 ("trước 28/5/2021", "Dates 11/6/2021") puts its bare "từ 18/7
 * đến 20/7" in 2021 too, though its title names the school year 2021-2022. Null when the dated rows span years, none
 * is dated, or one falls inside the given period.
 * @example columnYear(["28/5/2021", "Từ 18/7 đến 20/7", "11/6/2021"], periodFromText("2021-2022")) → { kind: "year", label: "2021", … }
 */
export function columnYear(cells: readonly CellValue[], period?: Period | null): Period | null {
  const years = new Set<number>();
  let inside = false;
  for (const v of cells) {
    let iso: string | null = null;
    if (v instanceof Date) iso = dateToIso(v);
    else if (typeof v === "string") {
      const m = DAY_MONTH_YEAR.exec(v);
      if (m) iso = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
    }
    if (!iso) continue;
    years.add(Number(iso.slice(0, 4)));
    if (period && iso >= period.start && iso <= period.end) inside = true;
  }
  // A dated row inside the title's period confirms it: its bare days keep the period's years (September–December the
  // first, January–August the second), which one calendar year could not.
  if (years.size !== 1 || inside) return null;
  const y = [...years][0];
  return { kind: "year", start: `${y}-01-01`, end: `${y}-12-31`, label: String(y) };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** "Quý IV/2022" → its last day; "Năm 2022", "trong năm 2022", "2022" → 31/12. */
function quarterOrYear(text: string): string | null {
  const f = fold(text);
  const q = /\bquy (i{1,3}|iv|[1-4])\b\D*((?:19|20)\d\d)\b/.exec(f);
  if (q) {
    const n = ROMAN[q[1]] ?? Number(q[1]);
    return isoDay(Number(q[2]), n * 3, 0);
  }
  const y = /^(?:(?:trong|truoc|cuoi|het)\s+)?(?:nam\s+)?((?:19|20)\d\d)$/.exec(f);
  if (y) return /^truoc/.test(f) ? `${Number(y[1]) - 1}-12-31` : `${y[1]}-12-31`;
  return null;
}

const MONTH_YEAR = /(?:tháng\s*)?(\d{1,2})\s*[/.]\s*((?:19|20)\d\d)(?!\d)/iu;
const DAY_MONTH_YEAR = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/u;
const DAY_MONTH = /(?<![\d/])(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/])/u;
const MONTH_ONLY = /\btháng\s*(\d{1,2})(?![\d/])/iu;
/** "ngày 15 tháng 10 (năm 2024)": the day in words, the year optional. */
const DAY_IN_WORDS = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*((?:19|20)\d\d))?/iu;
/** A day after "ngày" is the day meant ("3/3 GV ngày 26/11"): looked for first. */
const AFTER_NGAY = /ngày\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d\d)?)/iu;

/** The day a phrase names, ISO; months count to their last day; null when it names none. */
export function dayIn(text: string, period?: Period | null): string | null {
  const words = DAY_IN_WORDS.exec(text);
  if (words) {
    const m = Number(words[2]);
    const y = words[3] ? Number(words[3]) : yearFor(period, m);
    return y === null ? null : isoDay(y, m, Number(words[1]));
  }
  const after = AFTER_NGAY.exec(text);
  if (after) {
    const iso = dayIn(after[1], period);
    if (iso) return iso;
  }
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_YEAR.exec(text);
  if (m) return isoDay(Number(m[2]), Number(m[1]), 0);
  m = DAY_MONTH.exec(text);
  if (m) {
    const y = yearFor(period, Number(m[2]));
    return y === null ? null : isoDay(y, Number(m[2]), Number(m[1]));
  }
  m = MONTH_ONLY.exec(text);
  if (m) {
    const y = yearFor(period, Number(m[1]));
    return y === null ? null : isoDay(y, Number(m[1]), 0);
  }
  return null;
}

/**
 * The last day of a school year's term, by its number as written ("i", "1", "ii", "2"; folded): term I ends by
 * mid-January, the school year's teaching (term II) by the end of May, as the Ministry's yearly timeframe sets them.
 * Null when the period is not a school year, so no term can be dated.
 * @example termEnd("i", periodFromText("2024-2025")) → "2025-01-15" · termEnd("ii", periodFromText("năm 2025")) → null
 */
export function termEnd(term: string, period: Period | null | undefined): string | null {
  if (!period || period.kind !== "schoolYear") return null;
  const y = Number(period.end.slice(0, 4));
  return term === "i" || term === "1" ? `${y}-01-15` : `${y}-05-31`;
}

// "Ngày 20 hằng tháng", "Trước ngày 5 hàng tháng", "chậm nhất ngày 25 mỗi tháng" (folded): a day every month.
const MONTHLY_DAY = /^(?:(truoc|cham nhat|han|hoan thanh truoc) )?(?:ngay )?(\d{1,2}) (?:hang|moi) thang$/;
// A month the row names for itself ("Báo cáo … tháng 11/2025", "tháng 3 năm 2024"), folded.
// (Not a day's month: "Công văn số 15 ngày 05 tháng 11 năm 2024" dates a paper, it names no month reported on.)
const NAMED_MONTH = /(?<!\d )\bthang (\d{1,2}) (?:nam )?((?:19|20)\d\d)\b/g;

/**
 * A day due every month ("Ngày 20 hằng tháng") on a row naming the one month it reports on ("… tháng 11/2025"): that
 * month's day and the next month's, as a month's report may be due in it or after it; the sheet seldom says which.
 * Null when the cell is no such day or the name names no month, or two.
 * @example monthlyDue("Ngày 20 hằng tháng", "Báo cáo kết quả tháng 11/2025") → { strict: false, days: ["2025-11-20", "2025-12-20"] }
 */
export function monthlyDue(v: CellValue, name: string): { strict: boolean; days: [string, string] } | null {
  const m = typeof v === "string" ? MONTHLY_DAY.exec(fold(v.trim())) : null;
  if (!m) return null;
  const months = [...new Set([...fold(name).matchAll(NAMED_MONTH)].map((x) => `${x[2]}-${x[1]}`))];
  if (months.length !== 1) return null;
  const [y, mo] = months[0].split("-").map(Number);
  const d = Number(m[2]);
  const own = isoDay(y, mo, d);
  const next = mo === 12 ? isoDay(y + 1, 1, d) : isoDay(y, mo + 1, d);
  return own && next ? { strict: m[1] === "truoc" || m[1] === "hoan thanh truoc", days: [own, next] } : null;
}

// "Trước ngày 18 của tháng cuối quý", "ngày 10 tháng đầu quý" (folded): a day of a month of every quarter.
const QUARTER_MONTH_DAY = /^(?:(truoc|cham nhat|han|hoan thanh truoc) )?(?:ngay )?(\d{1,2}) (?:cua )?thang (dau|giua|cuoi) (?:cua )?quy$/;
// The quarter a row names for itself ("… quý IV năm 2019", "quý 3/2024"), folded.
const NAMED_QUARTER = /\bquy (iv|iii|ii|i|[1-4]) (?:nam )?((?:19|20)\d\d)\b/g;
const QUARTER_MONTH: Record<string, number> = { dau: 1, giua: 2, cuoi: 3 };

/**
 * A day of a month of every quarter ("Trước ngày 18 của tháng cuối quý") on a row naming the one quarter it reports
 * on ("… quý IV năm 2019"): that day. Null when the cell is no such day, or the name names no quarter, or two.
 * @example quarterDue("Trước ngày 18 của tháng cuối quý", "Báo cáo cải cách hành chính quý IV năm 2019") → { strict: true, day: "2019-12-18" }
 */
export function quarterDue(v: CellValue, name: string): { strict: boolean; day: string } | null {
  const m = typeof v === "string" ? QUARTER_MONTH_DAY.exec(fold(v.trim())) : null;
  if (!m) return null;
  const qs = [...new Set([...fold(name).matchAll(NAMED_QUARTER)].map((x) => `${x[2]}-${ROMAN[x[1]] ?? Number(x[1])}`))];
  if (qs.length !== 1) return null;
  const [y, q] = qs[0].split("-").map(Number);
  const day = isoDay(y, (q - 1) * 3 + QUARTER_MONTH[m[3]], Number(m[2]));
  return day ? { strict: m[1] === "truoc" || m[1] === "hoan thanh truoc", day } : null;
}

/** The days a sheet says its terms end on: 1 for term I, 2 for term II. */
export type TermEnds = { 1?: string; 2?: string };
// "học kỳ I kết thúc ngày 17/01/2026", "kết thúc học kỳ II vào ngày 25/5/2026" (folded). Not "kết thúc trước ngày …",
// a bound rather than the day.
// Not a test or a break of the term ("Kiểm tra cuối học kỳ I kết thúc ngày 25/12", "thi kết thúc học kỳ I ngày …"):
// that ends before the term does.
const TERM_END_SAID = /\b(?<!\b(?:cuoi|giua|thi|kiem tra|danh gia|on tap|nghi|bai) )(?:(?:hoc ki|hk) ?(ii|2|i|1) ket thuc|ket thuc (?:hoc ki|hk) ?(ii|2|i|1)) (?:vao )?(?:ngay )?(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)\b/g;

/**
 * The days the texts of a sheet (notes, titles) say its terms end on; a term said to end on two different days has none.
 * @example statedTermEnds(["Học kỳ I kết thúc ngày 17/01/2026, học kỳ II kết thúc ngày 25/5/2026."]) → { 1: "2026-01-17", 2: "2026-05-25" }
 */
export function statedTermEnds(texts: Iterable<string>): TermEnds {
  const out: TermEnds = {};
  const seen = new Set<1 | 2>();
  for (const t of texts) {
    const f = fold(t);
    if (!f.includes("ket thuc")) continue;
    for (const m of f.matchAll(TERM_END_SAID)) {
      const n = /^(?:i|1)$/.test(m[1] ?? m[2]) ? 1 : 2;
      const day = isoDay(Number(m[5]), Number(m[4]), Number(m[3]));
      if (!day) continue;
      if (seen.has(n) && out[n] !== day) out[n] = undefined;
      else if (!seen.has(n)) out[n] = day;
      seen.add(n);
    }
  }
  return out;
}

// "Đánh giá cuối học kỳ I", "cuối kì 2", "cuối HK II": that term's end, never the year's. Folded.
// "Chấm vào HK II": done in that term, so by its end.
const AT_TERM_END = /\b(?:cuoi|vao) (?:hoc ki|ki|hk) ?(ii|2|i|1)\b/;
// "Xét vào cuối năm học", "đánh giá cuối kỳ": the period's end. "Rà soát quý IV": that quarter's end. Folded.
const AT_PERIOD_END = /\bcuoi (nam hoc|nam|ki|hoc ki)\b/;
const QUARTER_WORD = /\bquy (iv|iii|ii|i|4|3|2|1)\b/;
const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * When a note beside a blank figure says the figure will come ("Xét vào cuối năm học", "Tuyển sinh tháng 8/2022",
 * "Rà soát hộ nghèo quý IV", "Tổ chức ngày 15/3"): the ISO day, dated by the period; null when it names no time.
 * @example figureDueIn("Tuyển sinh tháng 8/2022") → "2022-08-31" · figureDueIn("Xét vào cuối năm học", 2018-2019) → the period's end
 * @example figureDueIn("Đánh giá cuối học kỳ I", 2024-2025) → "2025-01-15" (the term's end, not the year's)
 */
export function figureDueIn(text: string, period?: Period | null): string | null {
  const f = fold(text);
  // A term named after "cuối kỳ" is that term's end; when it cannot be dated, no day rather than the year's end.
  const term = AT_TERM_END.exec(f);
  if (term) return termEnd(term[1], period);
  if (AT_PERIOD_END.test(f)) return period?.end ?? null;
  const q = QUARTER_WORD.exec(f);
  if (q) {
    const month = QUARTER[q[1]] * 3;
    const y = period ? yearFor(period, month) : null;
    return y === null ? null : isoDay(y, month, 0);
  }
  return dayIn(text, period);
}

/** ISO day, day 0 meaning the month's last; null for impossible days. */
function isoDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = d === 0 ? last : d;
  if (day < 1 || day > last) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Rule kinds a sentence above a table may state for every row: a threshold or a level, never a date or a count of units. */
const SENTENCE_KINDS: ReadonlySet<string> = new Set(["compare", "range", "level"]);
// A level named with the verb that asks for it ("đạt Mức 2", "đạt cấp độ 3"): a target even without "trở lên".
const LEVEL_ASKED = /\b(dat|dat tu|dat chuan) (muc do|muc|cap do) \d\b/;

/**
 * A target stated once in a line between a table's title and its header ("(Nhà trường đăng ký … cấp độ 2: mỗi tiêu
 * chí đạt từ Mức 2 trở lên)"): the part of the line, cut at ":", ";" and brackets, that reads as a threshold or a
 * level and says so with target words. The nearest such line to the header wins, never past a row of another table
 * (three cells or more). Null when no line states one.
 * @example sentenceTarget(sheet, 6) → { text: "mỗi tiêu chí đạt từ Mức 2 trở lên", row: 4 }
 */
export function sentenceTarget(sheet: SheetData, headerTop: number): { text: string; row: number } | null {
  for (let r = headerTop - 1; r >= 0; r--) {
    // A row of three cells or more is another table's (its header or a row of it): a target in it is that row's.
    if ((sheet.values[r] ?? []).filter((v) => v !== null && v !== undefined && v !== "").length > 2) return null;
    for (const v of sheet.values[r] ?? []) {
      const text = typeof v === "string" ? lineTarget(v) : null;
      if (text) return { text, row: r };
    }
  }
  return null;
}

/**
 * The target one line states, as `sentenceTarget` reads it: the part, cut at ":", ";" and brackets, that reads as a
 * threshold or a level and says so with target words or a "Chỉ tiêu:" / "Mục tiêu:" label. Null when none does.
 * @example lineTarget("A. HỆ THPT (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)") → "tỷ lệ tốt nghiệp từ 95% trở lên"
 */
export function lineTarget(v: string): string | null {
  if (v.length > 300) return null;
  let labelled = false;
  for (const part of v.split(/[:;()\n]/)) {
    const text = part.replace(/\s+/g, " ").trim();
    // "Chỉ tiêu: 100% học sinh …": what a "Chỉ tiêu"/"Mục tiêu" label introduces is a target, however worded.
    const named = labelled;
    labelled = /^(chi tieu|muc tieu)\b.{0,40}$/.test(fold(text)) && v.includes(`${part}:`);
    if (text.length < 4 || !/\d/.test(text)) continue;
    const f = fold(text);
    if (!named && !TARGET_PHRASE.test(f) && !LEVEL_ASKED.test(f)) continue;
    const p = parseTargetCached(text);
    if (p.ok && SENTENCE_KINDS.has(p.rule.kind)) return text;
  }
  return null;
}

// The years' names in the sixty-year cycle, folded: a stem (Giáp … Quý) and a branch (Tý … Hợi). "Tý" and "Tỵ" fold
// alike, but a stem and its branch always share their parity, so the pair names one year in sixty.
const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"].map(fold);
const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"].map(fold);
const CYCLE_NAME = new RegExp(`\\b(${STEMS.join("|")}) (${[...new Set(BRANCHES)].join("|")})\\b`);

const TET_DEADLINE = new RegExp(`^(truoc|chuan bi|den) (dip )?tet( nguyen dan| am lich| co truyen| (duong lich|tay))?( ${CYCLE_NAME.source})?( (nam )?(\\d{4}))?\\W*$`);

/**
 * A deadline set by the lunar new year ("Trước Tết Nguyên đán Ất Tỵ", "Trước Tết"): its day moves each year and no
 * year table is kept, but it always falls between 21 January and 20 February. Returns that window of the year the
 * text names (by its cycle name or its number) or, unnamed, the first window inside the period. "Tết Dương lịch"
 * ("Tết Tây") is 1 January: the first after the period starts, a window of one day. Any other Tết (Trung thu, thiếu
 * nhi, trồng cây) is no deadline known here: null. With no period and no year named, "year": which Tết is not guessed.
 * @example lunarNewYearWindow("Trước Tết Nguyên đán Ất Tỵ", schoolYear2024_2025) → ["2025-01-21", "2025-02-20"]
 */
export function lunarNewYearWindow(text: string, period?: Period | null, asOf?: string): [string, string] | "year" | null {
  const m = TET_DEADLINE.exec(fold(text));
  if (!m) return null;
  const [stem, branch, year] = [m[6], m[7], Number(m[10])];
  if (m[4]) {
    const y = year || (period ? Number(period.start.slice(0, 4)) + 1 : 0);
    return y ? [`${y}-01-01`, `${y}-01-01`] : "year";
  }
  if (year && !stem) return [`${year}-01-21`, `${year}-02-20`];
  if (!period && !stem) return "year";
  const from = Number((period?.start ?? asOf ?? "").slice(0, 4));
  const to = Number((period?.end ?? asOf ?? "").slice(0, 4));
  if (!from || !to) return null;
  for (let y = from - (period ? 0 : 1); y <= to + 1; y++) {
    const w: [string, string] = [`${y}-01-21`, `${y}-02-20`];
    if (stem) {
      if (STEMS[(y - 4) % 10] === stem && BRANCHES[(y - 4) % 12] === branch) return w;
    } else if (w[1] >= period!.start && w[0] <= period!.end && y <= to) return w;
  }
  return null;
}
