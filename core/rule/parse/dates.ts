// Dates inside target phrases: "30/6/2025", "30-4", "tháng 4-2025", "quý II/2025", "7 giờ 30 ngày 20/8/2025", years, school years.
import { isoDay, monthDays } from "../../number/cell";
import { yearFor, type Period } from "../../period/period";
import { M } from "./lexicon";
import { HOUR_H, isSym, isWord, NUM, SYM, WORD, type Token } from "./tokens";
import type { Prepared } from "./text";

/**
 * One date expression: the tokens it covers and the days it stands for. Dates written without a year and not dated
 * by a period are "yearless": their ISO text is "--MM-DD" (ISO 8601's form for a day of any year).
 */
export interface DateHit {
  /** First and one-past-last token index. */
  from: number;
  to: number;
  /** First day of the period written (start of the month, quarter or year). */
  first: string;
  /** Last day that counts, after applying a strict "trước". */
  due: string;
  /** Written as one day ("20/11/2025"), not a month, quarter or year. */
  day: boolean;
  /** The lead word: "trước" (strict), another deadline word, "từ"/"đến" (window ends), "vào" (an exact day). */
  lead: "strict" | "due" | "from" | "to" | "on" | "notBefore" | null;
  /** The year was taken from the period or options, not from the text. */
  datedByPeriod: boolean;
  /** The year is unknown ("--MM-DD"). */
  yearless: boolean;
  /** The date of a cited document ("Kế hoạch số 22/KH-UBND ngày 19/01/2022"), never a deadline. */
  cited: boolean;
  /** A school year or a span of years ("năm học 2024-2025", "giai đoạn 2021-2025"): context, rarely a deadline. */
  span: boolean;
  /** Written with a time of day ("14h00 ngày 26/12/2025"): an appointment, so an exact day unless a deadline word leads. */
  clock?: boolean;
  /** The first of a list of days whose last names the month ("các ngày 18, 19, 20-7-2020"): it opens a window. */
  listed?: boolean;
  /**
   * Opened by "bắt đầu (từ)" with no "sớm nhất" before it, which may also name the one day a thing starts on ("nghỉ Tết
   * Nguyên đán bắt đầu từ ngày 5.2.2024").
   */
  begins?: boolean;
  /** An exact day ("vào ngày") for a task handed in or finished: it may also be the day it is due by. */
  task?: boolean;
  /** A month or quarter an event is held in ("tổ chức hội thi vào quý II/2026"): the whole of it, from its first day. */
  held?: boolean;
  /** The last day of a pause ("nghỉ học đến ngày 10/10"): what is paused resumes the day after (or on it). */
  until?: boolean;
}

/** A date written in full that does not exist ("31/02/2025", "tháng 13/2025"). */
export interface BadDate {
  start: number;
  end: number;
  text: string;
}

/** Words a date expression may start with. Each is a lexicon word (findDates looks up only those; a test checks). */
export const DATE_WORDS = new Set(["ngày", "tháng", "quý", "năm", "cuối", "giai", "niên", "nhiệm", "hết"]);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** ISO date, or "--MM-DD" when the year is unknown (y = 0). */
export const isoOf = isoDay;

/** Last day of a month; February of an unknown year has 29 (the judge clamps it once the year is known). */
export function lastDay(y: number, m: number): number {
  return y !== 0 ? monthDays(y, m) : m === 2 ? 29 : monthDays(2001, m);
}

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) && (y === 0 || (y >= 1900 && y <= 2200));
}

/** The day before a date (of a known or unknown year). */
function dayBefore(y: number, m: number, d: number): string {
  if (d > 1) return isoOf(y, m, d - 1);
  if (m > 1) return isoOf(y, m - 1, lastDay(y, m - 1));
  return y === 0 ? "--12-31" : isoOf(y - 1, 12, 31);
}

const isYearValue = (t: Token | undefined) => !!t && t.kind === NUM && t.integer && !t.percent && t.value >= 1900 && t.value <= 2200 && t.w.length === 4;
const isInt = (t: Token | undefined, lo: number, hi: number) => !!t && t.kind === NUM && t.integer && !t.percent && !t.word && t.value >= lo && t.value <= hi;

const MONTHS = "_ _ hai ba tư _ sáu bảy tám chín mười".split(" ");

// Words before a day/month that make "D/M" a date rather than a share ("nhân dịp 27/7", "trước 30/4", "từ 1/8").
const DATE_CONTEXT = new Set(["ngày", "trước", "nhất", "hạn", "chót", "đến", "tới", "vào", "dịp", "sau", "lễ", "tết"]);

export interface DateOptions {
  period?: Period;
  /** Legacy: the year for dates written without one. */
  year?: number;
}

/**
 * Every date expression in a token list, left to right, with the days it stands for. A day/month without a year takes
 * its year from the period (September–August for a school year), or else stays yearless; never from today's date.
 * @example findDates(tokens("chậm nhất tháng 6/2025"))[0].due → "2025-06-30"
 * @example findDates(tokens("trước 30/4"), { period: periodFromText("2024-2025") })[0].due → "2025-04-29"
 */
export function findDates(p: Prepared, ts: Token[], opts: DateOptions, bad: BadDate[] = []): DateHit[] {
  const out: DateHit[] = [];
  // "tháng Chín năm 2025", "ngày 30 tháng Tư": a month named in words is that month's number. ("mỗi tháng hai buổi",
  // "tháng hai lần" stay counts: month() reads no month after "mỗi" nor before a counted noun.)
  for (let i = 1; i < ts.length; i++) {
    const m = ts[i];
    // ("tháng Năm năm 2026", "tháng Một năm 2026": "năm" is May and "một" January only before the year's own "năm";
    // review39 saw them read as the year's end.)
    const v = ts[i - 1].w !== "tháng" ? 0 : m.word ? m.value : ts[i + 1]?.w === "năm" && /^(?:một|năm)$/u.test(m.w) ? (m.w === "một" ? 1 : 5) : MONTHS.indexOf(m.w);
    if (v > 0 && v <= 12) Object.assign(m, { kind: NUM, value: v, integer: true, word: false });
  }
  // (Made at the first token that may start a date: most phrases have none.)
  let yearOf: YearOf | null = null;
  for (let i = 0; i < ts.length && out.length < 16; i++) {
    const t = ts[i];
    if (t.kind === SYM) continue;
    // (Every date word is a lexicon word: a word the lexicon lacks is not looked up, nor its text hashed.)
    if (t.kind === NUM ? t.role !== "figure" || t.percent || !t.integer : !t.known || !DATE_WORDS.has(t.w)) continue;
    // "21 tháng Chạp", "mùng 5 tháng Giêng": a day of the lunar calendar (restating a day written before it), no figure.
    if (t.kind === NUM && (isWord(ts[i - 1], "mùng") || (isWord(ts[i + 1], "tháng") && isWord(ts[i + 2], "giêng", "chạp")))) {
      t.role = "date";
      continue;
    }
    yearOf ??= yearsBy(opts);
    const hit = dateAt(ts, i, yearOf, bad, p);
    if (!hit) continue;
    if (isWord(ts[hit.from], "tháng", "quý", "năm")) ordinals(ts, hit);
    lead(ts, hit);
    // "Ngày 8/7-17/7/2017", "8/7/2017 - 17/7/2017": a day joined by a dash to the day before it ends a window that
    // the day before opens (which has no lead word of its own).
    const prev = out[out.length - 1];
    if (prev && hit.lead === "to" && hit.from === prev.to + 1 && isSym(ts[prev.to], "-") && (prev.lead === null || prev.lead === "on") && prev.day && hit.day) prev.lead = "from";
    // "các ngày 18, 19, 20-7-2020": the list's first day opens the window its last day closes; the days between are
    // dates too, not figures.
    if (prev && prev.listed && hit.day && listEnd(ts, prev.to - 1) === hit.from) {
      for (let k = prev.to; k < hit.from; k++) if (ts[k].kind === NUM) ts[k].role = "date";
      if (prev.lead === null || prev.lead === "on") prev.lead = "from";
      hit.lead = "to";
    }
    refineLead(ts, hit);
    hit.cited = hit.lead !== "strict" && hit.lead !== "due" && cited(ts, hit.from);
    for (let k = hit.from; k < hit.to; k++) if (ts[k].kind === NUM) ts[k].role = "date";
    out.push(hit);
    i = hit.to - 1;
  }
  // "Tuần 2 tháng 10/2022 (từ 10/10 đến 22/10)": a month written with its year lends it to the days of that month the
  // phrase writes without one, as a period would. (It takes two dates, a month and a day: most phrases have at most one.)
  if (out.length < 2) return out;
  const ys = new Set(out.filter((h) => !h.day && !h.yearless && !h.datedByPeriod && h.first.slice(0, 7) === h.due.slice(0, 7)).map((h) => h.first.slice(0, 7)));
  for (const h of out) {
    const own = h.day && (h.yearless || h.datedByPeriod) && ys.size === 1 && [...ys][0];
    if (own && own.slice(4) === h.first.slice(-6, -3)) {
      const [y] = parts(own);
      h.first = y + h.first.slice(-6);
      h.due = (h.due.slice(-5) > h.first.slice(-5) ? y - 1 : y) + h.due.slice(-6);
      h.datedByPeriod = h.yearless = false;
    }
  }
  return out;
}

// Words that number the days, weeks or rounds of a month ("Tuần 2, 3 tháng 10/2022", "đợt 2 quý II/2025").
const ORDINAL = new Set(["tuần", "ngày", "đợt", "lần", "kỳ", "khóa", "buổi", "vòng"]);

/**
 * Numbers just before a month, quarter or year that name which of its days, weeks or rounds ("Tuần 2, 3 tháng
 * 10/2022", "ngày 5, 6 tháng 9/2024", "đợt 2 quý II/2025", "5 tháng 9/2024") are dates, never a span of it ("3
 * tháng"). Days of the month bring its due day forward; weeks too, to the latest end of the last week (as weekDue).
 */
function ordinals(ts: Token[], hit: DateHit): void {
  let [n1, n2, j] = [0, 0, hit.from - 1];
  for (let k = j; isInt(ts[k], 1, 31) && ts[k].role === "figure"; k -= isSym(ts[k - 1], ",", "-", "&") || isWord(ts[k - 1], "và", "đến") ? 2 : 1) {
    n1 = ts[k].value;
    n2 ||= n1;
    j = k;
  }
  const w = ts[j - 1];
  const word = ORDINAL.has(w?.w ?? "") && w.kind === WORD && ts[j - 2]?.kind !== NUM ? w.w : "";
  const [y, m, d] = parts(hit.due);
  // (A bare day needs a month with its year: "trong 3 tháng 6" may be a span.)
  if (!n2 || (!word && (hit.yearless || hit.datedByPeriod || ts[hit.from].w !== "tháng"))) return;
  for (let k = j; k < hit.from; k++) if (ts[k].kind === NUM) ts[k].role = "date";
  if (ts[hit.from].w !== "tháng" || hit.first.slice(0, 7) !== hit.due.slice(0, 7)) return;
  // ("vào ngày 03 và 04 tháng 6 năm 2021": the word before the days leads, an exact span of them; a bound's word does
  // not: "trước ngày 15 và 30 tháng 6" is no window before the 15th.)
  if (word !== "tuần" && n1 < n2 && !/^(?:trước|sau|hạn|đến|tới)$/u.test(ts[word ? j - 2 : j - 1]?.w!)) hit.from = word ? j - 1 : j;
  const wd = y ? (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7 : -1;
  const due = word === "tuần" ? (wd < 0 || n2 > 5 ? 0 : 7 * n2 + ((7 - wd) % 7)) : word === "ngày" || !word ? n2 : 0;
  if (due) hit.due = isoOf(y, m, Math.min(due, d));
  if (due && word !== "tuần") hit.first = isoOf(y, m, n1);
}

type YearOf = (m: number) => [year: number, byPeriod: boolean];

/** The year a yearless month is in: the plan period's, else the year given, else none (0). */
function yearsBy(opts: DateOptions): YearOf {
  return (m) => {
    const py = yearFor(opts.period, m);
    if (py !== null) return [py, true];
    if (opts.year !== undefined && Number.isInteger(opts.year)) return [opts.year, true];
    return [0, false];
  };
}

function hitOf(from: number, to: number, y: number, m1: number, d1: number, y2: number, m2: number, d2: number, day: boolean, byPeriod: boolean): DateHit {
  return { from, to, first: isoOf(y, m1, d1), due: isoOf(y2, m2, d2), day, lead: null, datedByPeriod: byPeriod, yearless: y === 0 || y2 === 0, cited: false, span: false };
}

/** A date starting at token i, or null. */
function dateAt(ts: Token[], i: number, yearOf: YearOf, bad: BadDate[], p: Prepared): DateHit | null {
  const t = ts[i];
  // A time of day (or a span of hours) before a day: "7 giờ 30 ngày 20/8/2025", "17h ngày 22/8", "từ 8h-9h30 ngày
  // 5/9/2025", "14h00 ngày …", "chiều 20/8": the day is the date, the hours are not figures.
  if (t.kind === NUM && isInt(t, 0, 24)) {
    let k = clockEnd(ts, i);
    if (k > i && (isSym(ts[k], "-") || isWord(ts[k], "đến"))) {
      const k2 = clockEnd(ts, k + 1);
      if (k2 > k + 1) k = k2;
    }
    if (k > i) {
      if (isWord(ts[k], "sáng", "trưa", "chiều", "tối")) k++;
      // ("16h chiều thứ bảy ngày 27/12", "7h sáng chủ nhật ngày 28/12": the weekday names the same day.)
      if (weekday(ts, k)) k += 2;
      if (isSym(ts[k], ",") && isWord(ts[k + 1], "ngày")) k++;
      if (isWord(ts[k], "ngày")) {
        const d = dateAt(ts, k, yearOf, bad, p);
        if (d) {
          d.from = i;
          d.clock = true;
          return d;
        }
      }
    }
  }
  if (t.kind === WORD) {
    if (t.w === "ngày") {
      // "ngày 20 tháng 11 năm 2025", "ngày 20 tháng 11"
      const d = ts[i + 1];
      if (isInt(d, 1, 31) && isWord(ts[i + 2], "tháng") && isInt(ts[i + 3], 1, 12)) {
        const m = ts[i + 3].value;
        if (isWord(ts[i + 4], "năm") && isYearValue(ts[i + 5])) return full(i, i + 6, ts[i + 5].value, m, d.value, bad, p, ts);
        if ((isSym(ts[i + 4], "/", "-") || isSym(ts[i + 4], ",")) && isYearValue(ts[i + 5])) return full(i, i + 6, ts[i + 5].value, m, d.value, bad, p, ts);
        return yearless(i, i + 4, m, d.value, yearOf);
      }
      if (isInt(d, 1, 31)) {
        const r = dayMonth(ts, i + 1, yearOf, bad, p, true);
        if (r) {
          r.from = i;
          return r;
        }
        // "từ ngày 26 đến ngày 28.6-2017": a first day written alone takes the month and year of the day closing it.
        let k = isWord(ts[i + 2], "đến", "tới") || isSym(ts[i + 2], "-") ? i + 3 : -1;
        // ("từ ngày 16 đến hết 25/7": through the closing day.)
        if (k > 0 && isWord(ts[k], "hết") && !isWord(ts[k + 1], "năm")) k++;
        if (k > 0) {
          const close = dateAt(ts, k, yearOf, [], p);
          if (close && close.day && Number(close.first.slice(-2)) > d.value) {
            return opening(i, i + 2, d.value, close);
          }
        }
        // "vào các ngày 18, 19, 20-7-2020", "ngày 26, 27 và 28/6/2024": a list of days whose last names the month and
        // year; the first day opens a window the last closes (findDates joins them).
        const last = listEnd(ts, i + 1);
        if (last > 0) {
          const close = dayMonth(ts, last, yearOf, [], p, true);
          if (close && close.day && Number(close.first.slice(-2)) > d.value) {
            const open = opening(i, i + 2, d.value, close);
            open.listed = true;
            return open;
          }
        }
        // "ngày 10&11.6", "ngày 10 và 11.6": two days whose last, a day and month with a dot, names the month.
        // (One hit from the first day to the last: the decimal is no date of its own to join a list with.)
        const dm2 = /^(?:,|&|và)$/u.test(ts[i + 2]?.w) && /^(\d{1,2})\.(\d{1,2})$/u.exec(ts[i + 3]?.w);
        if (dm2 && d.value < +dm2[1]) {
          const both = yearless(i, i + 4, +dm2[2], +dm2[1], yearOf);
          if (both) both.first = both.first.slice(0, -2) + `0${d.value}`.slice(-2);
          return both;
        }
      }
      // "ngày 28.8", "ngày 28.6-2017": a day and month written with a dot read as one decimal number.
      const dm = d && d.kind === NUM && !d.percent && !d.word ? /^(\d{1,2})\.(\d{1,2})$/u.exec(d.w) : null;
      if (dm) {
        const dd = Number(dm[1]);
        const mm = Number(dm[2]);
        const y = ts[i + 3];
        if (isSym(ts[i + 2], "-", "/", ".") && ts[i + 2].start === d.end && isYearValue(y) && y.start === ts[i + 2].end) return full(i, i + 4, y.value, mm, dd, bad, p, ts);
        return yearless(i, i + 2, mm, dd, yearOf);
      }
      return null;
    }
    if (t.w === "tháng") return month(ts, i, yearOf, bad, p);
    // "đến hết năm", "hết năm 2025": the year's last day.
    if (t.w === "hết" && isWord(ts[i + 1], "năm")) {
      if (isYearValue(ts[i + 2])) return hitOf(i, i + 3, ts[i + 2].value, 1, 1, ts[i + 2].value, 12, 31, false, false);
      const [y, byPeriod] = yearOf(12);
      return hitOf(i, i + 2, y, 1, 1, y, 12, 31, false, byPeriod);
    }
    if (t.w === "quý") return quarter(ts, i, yearOf);
    if ((t.w === "năm" || t.w === "cuối") && (t.startMask & M.yearWord) !== 0) return yearWord(ts, i);
    if (t.w === "giai" || t.w === "niên" || t.w === "nhiệm") return yearWord(ts, i);
    return null;
  }
  // NUM
  if (isYearValue(t) && isSym(ts[i + 1], "-") && t.end === ts[i + 1].start) {
    // ISO "2025-06-30"
    const m = ts[i + 2];
    const d = ts[i + 4];
    if (m && d && isSym(ts[i + 3], "-") && m.w.length === 2 && d.w.length === 2 && m.integer && d.integer && m.start === ts[i + 1].end && d.start === ts[i + 3].end) {
      return full(i, i + 5, t.value, m.value, d.value, bad, p, ts);
    }
  }
  if (isInt(t, 1, 31)) {
    const r = dayMonth(ts, i, yearOf, bad, p, false);
    // "từ 5 - 7/6/2025", "từ 26 đến 28/8": after "từ", a first day written alone (no "ngày") takes the month and year
    // of the later day closing it, as after "ngày".
    if (r || !isWord(ts[i - 1], "từ") || !(isWord(ts[i + 1], "đến", "tới") || isSym(ts[i + 1], "-"))) return r;
    const close = dateAt(ts, i + 2, yearOf, [], p);
    return close && close.day && Number(close.first.slice(-2)) > t.value ? opening(i, i + 1, t.value, close) : null;
  }
  return null;
}

/** Tokens k, k+1 name a weekday ("thứ Tư", "thứ 7", "chủ nhật"). */
function weekday(ts: Token[], k: number): boolean {
  const wd = ts[k + 1];
  return (isWord(ts[k], "thứ") && (isWord(wd, "tư", "năm", "bảy") || (!!wd && wd.kind === NUM && wd.integer && wd.value >= 2 && wd.value <= 7))) || (isWord(ts[k], "chủ") && isWord(wd, "nhật"));
}

/** Where a time of day starting at token i ends ("7 giờ 30 phút", "17h", "14h00", "9:30"), or i when none. */
function clockEnd(ts: Token[], i: number): number {
  if (!isInt(ts[i], 0, 24)) return i;
  let k = i + 1;
  const u = ts[k];
  if (u?.kind === WORD && u.start === ts[i].end && HOUR_H.test(u.w)) return k + 1;
  if (isWord(u, "giờ", "h") || (isSym(u, ":") && isInt(ts[k + 1], 0, 59))) {
    k++;
    if (isInt(ts[k], 0, 59)) k++;
    if (isWord(ts[k], "phút")) k++;
    return k;
  }
  return i;
}

/** "D/M/YYYY", "D-M-YYYY", "D.M.YYYY", and with context "D/M", "D-M". */
function dayMonth(ts: Token[], i: number, yearOf: YearOf, bad: BadDate[], p: Prepared, afterNgay: boolean): DateHit | null {
  const d = ts[i];
  const s1 = ts[i + 1];
  const m = ts[i + 2];
  if (!isSym(s1, "/", "-", ".") || !isInt(m, 1, 99) || s1.start !== d.end || m.start !== s1.end) {
    return null;
  }
  const s2 = ts[i + 3];
  const y = ts[i + 4];
  if (isSym(s2, s1.w) && s2.start === m.end && y && y.kind === NUM && y.integer && y.start === s2.end) {
    if (isYearValue(y)) return full(i, i + 5, y.value, m.value, d.value, bad, p, ts);
    // "1/2/3…": not a date, and not two-digit years either.
    return null;
  }
  const prev = ts[i - 1];
  // "từ 1/11 tới", "chậm nhất từ 1/6": "tới"/"này" after it (the coming day), or "từ" after "sớm/chậm nhất".
  const context = afterNgay || (!!prev && DATE_CONTEXT.has(prev.w)) || window(ts, i) || spanClose(ts, i) || isWord(ts[i + 3], "tới", "này") || (isWord(prev, "từ") && isWord(ts[i - 2], "nhất"));
  // "06-07/02/2021", "từ ngày 6-10/4": a span of days whose last names the month (and year); the first opens it
  // (findDates joins the two across the dash).
  if (s1.w === "-" && m.value > d.value && m.value <= 31 && isSym(ts[i + 3], "/", ".") && ts[i + 3].start === m.end) {
    const close = dayMonth(ts, i + 2, yearOf, [], p, true);
    if (close && (context || !close.yearless)) return opening(i, i + 1, d.value, close);
  }
  // "chậm nhất 6/2025": a month and year after a deadline word.
  if (context && !afterNgay && isYearValue(m) && d.value <= 12 && s1.w !== ".") {
    return hitOf(i, i + 3, m.value, d.value, 1, m.value, d.value, lastDay(m.value, d.value), false, false);
  }
  if (m.value > 12) return null;
  // Day/month without a year: only with a date word before it, or a day larger than the month (a share has the
  // smaller number first: "3/5" is a share, "27/7" a date); "D-M" only with a date word ("trước 30-4").
  if (!context && (s1.w !== "/" || d.value <= m.value)) return null;
  // "27/7 trường" with a noun after it is more likely a share written backwards than a date; leave it.
  if (!context && isSym(ts[i + 3], "/")) return null;
  return yearless(i, i + 3, m.value, d.value, yearOf);
}

/**
 * Where a list of days starting at token i ("18, 19, 20-7-2020", "26, 27 và 28/6") reaches its last day, the one that
 * names the month; -1 when the tokens are no such list (at least two days, joined by "," or "và", each later).
 */
function listEnd(ts: Token[], i: number): number {
  let k = i;
  while (isInt(ts[k], 1, 31) && (isSym(ts[k + 1], ",", "&") || isWord(ts[k + 1], "và")) && isInt(ts[k + 2], 1, 31) && ts[k + 2].value > ts[k].value) k += 2;
  return k > i && isSym(ts[k + 1], "/", "-", ".") ? k : -1;
}

/**
 * "ngày 1 - 2/12", "từ 3 - 4/12", "từ 16/10- 2/11": a day/month after a dash that closes a span opened by a day after
 * "ngày" or "từ" (an earlier day alone, or a day with its month) is a date, however small its day (round 42, phrases29).
 */
function spanClose(ts: Token[], i: number): boolean {
  if (!isSym(ts[i - 1], "-") || shareOf(ts, i)) return false;
  const dated = isInt(ts[i - 2], 1, 12) && isSym(ts[i - 3], "/");
  const k = dated ? i - 4 : i - 2;
  // (The close falls after the open, by month when both name one: "từ 1/4 - 1/3" is no window.)
  // (After a bare "từ", which opens any range, "từ 8 - 9/10 ý kiến", "từ 2/3 - 3/4 tổng số trường", the close must
  // name its year: rereview42a N1.)
  return isInt(ts[k], 1, 31) && ts[dated ? i - 2 : k].value <= ts[dated ? i + 2 : i].value && (isWord(ts[k - 1], "ngày") || (isWord(ts[k - 1], "từ") && isSym(ts[i + 3], "/", ".", "-") && isInt(ts[i + 4], 1900, 2100)));
}

/**
 * The day/month at j closing a span reads as a share of a counted whole, no day: "từ 8 - 9/10 học sinh", "từ 1/2 đến
 * 2/3 số trường", "từ 7 - 8/10 điểm", "… trở lên" ("từ" opens any range). Round 42, review42a.
 */
const shareOf = (ts: Token[], j: number, n = ts[j + 3]) => isWord(n, "số", "điểm", "tổng") || n?.lex?.noun || n?.lex?.after;

/** The first day d of a span whose closing day names its month and year. */
function opening(from: number, to: number, d: number, close: DateHit): DateHit {
  const [y, m] = parts(close.first);
  return hitOf(from, to, y, m, d, y, m, d, true, close.datedByPeriod);
}

/** "từ 1/8 đến 5/8": a day/month after "từ" is a date when another day/month closes the window. */
function window(ts: Token[], i: number): boolean {
  if (!isWord(ts[i - 1], "từ")) return false;
  const k = isWord(ts[i + 3], "đến", "tới") || isSym(ts[i + 3], "-") ? i + 4 : -1;
  if (k < 0) return false;
  // "từ 01/9 đến tháng 12/2025": a month closes it as well.
  if (isWord(ts[k], "tháng")) return isInt(ts[k + 1], 1, 12);
  const j = isWord(ts[k], "ngày") ? k + 1 : k;
  return isInt(ts[j], 1, 31) && isSym(ts[j + 1], "/", "-", ".") && isInt(ts[j + 2], 1, 12) && !shareOf(ts, j);
}

function yearless(from: number, to: number, m: number, d: number, yearOf: YearOf): DateHit | null {
  const [y, byPeriod] = yearOf(m);
  if (!valid(y, m, d)) return null;
  return hitOf(from, to, y, m, d, y, m, d, true, byPeriod);
}

function full(from: number, to: number, y: number, m: number, d: number, bad: BadDate[], p: Prepared, ts: Token[]): DateHit | null {
  if (!valid(y, m, d)) {
    bad.push({ start: ts[from].start, end: ts[to - 1].end, text: p.src.slice(ts[from].start, ts[to - 1].end) });
    return null;
  }
  return hitOf(from, to, y, m, d, y, m, d, true, false);
}

/** "tháng 6/2025", "tháng 4-2025", "tháng 4 năm 2025", "tháng 9-10/2024", "tháng 6" (yearless). */
function month(ts: Token[], i: number, yearOf: YearOf, bad: BadDate[], p: Prepared): DateHit | null {
  const m = ts[i + 1];
  if (!m || m.kind !== NUM || !m.integer || m.percent || m.word) return null;
  // "mỗi tháng 1 lần", "hằng tháng 2 buổi": a period and a count, not January or February.
  if (i > 0 && (ts[i - 1].endMask & M.every) !== 0) return null;
  if (ts[i + 2]?.kind === WORD && ts[i + 2].w1?.noun && !isWord(ts[i + 2], "năm")) return null;
  // "tháng tuổi" is an age, and "3 tháng" a duration: only "tháng N" is a month.
  let k = i + 2;
  let m2 = m.value;
  // "tháng 9-10/2024"; "tháng 11 và tháng 12/2025", "tháng 11, 12": months listed one after another are one span, to the
  // last one's end, whose year they share.
  const next = isSym(ts[k], "-") ? k + 1 : isWord(ts[k], "và") || isSym(ts[k], ",") ? (isWord(ts[k + 1], "tháng") ? k + 2 : k + 1) : -1;
  if (next > 0 && isInt(ts[next], 1, 12) && !isYearValue(ts[next]) && ts[next].value > m.value && !(ts[next + 1]?.kind === WORD && ts[next + 1].w1?.noun && !isWord(ts[next + 1], "năm"))) {
    m2 = ts[next].value;
    k = next + 1;
  }
  let y = 0;
  let explicitYear = false;
  if ((isSym(ts[k], "/", "-", ".") || isWord(ts[k], "năm")) && isYearValue(ts[k + 1])) {
    y = ts[k + 1].value;
    explicitYear = true;
    k += 2;
  }
  if (m.value < 1 || m.value > 12) {
    if (explicitYear) bad.push({ start: ts[i].start, end: ts[k - 1].end, text: p.src.slice(ts[i].start, ts[k - 1].end) });
    return null;
  }
  let byPeriod = false;
  if (!explicitYear) [y, byPeriod] = yearOf(m.value);
  const y2 = explicitYear || y === 0 ? y : yearOf(m2)[0];
  return hitOf(i, k, y, m.value, 1, y2, m2, lastDay(y2, m2), false, byPeriod);
}

/** "quý II/2025", "quý 2 năm 2025", "quý III" (yearless). */
function quarter(ts: Token[], i: number, yearOf: YearOf): DateHit | null {
  const q = ts[i + 1];
  let n = 0;
  if (q?.kind === WORD && ROMAN[q.w]) n = ROMAN[q.w];
  else if (isInt(q, 1, 4)) n = q!.value;
  if (!n) return null;
  let k = i + 2;
  // "quý III và quý IV/2025", "quý II, III": quarters listed one after another are one span, to the last one's end.
  let n2 = n;
  const next = isWord(ts[k], "và") || isSym(ts[k], ",", "-") ? (isWord(ts[k + 1], "quý") ? k + 2 : k + 1) : -1;
  const q2 = next > 0 ? ts[next] : undefined;
  const v2 = q2?.kind === WORD && ROMAN[q2.w] ? ROMAN[q2.w] : isInt(q2, 1, 4) && !isYearValue(q2) ? q2!.value : 0;
  if (v2 > n && v2 <= 4) {
    n2 = v2;
    k = next + 1;
  }
  let y = 0;
  let explicit = false;
  if ((isSym(ts[k], "/", "-") || isWord(ts[k], "năm")) && isYearValue(ts[k + 1])) {
    y = ts[k + 1].value;
    explicit = true;
    k += 2;
  }
  let byPeriod = false;
  if (!explicit) [y, byPeriod] = yearOf(3 * n2);
  return hitOf(i, k, y, 3 * n - 2, 1, y, 3 * n2, lastDay(y, 3 * n2), false, byPeriod);
}

/** "năm 2025", "cuối năm 2025", "năm học 2024-2025", "giai đoạn 2021-2025" (one glued footnote digit allowed). */
function yearWord(ts: Token[], i: number): DateHit | null {
  let k = i;
  const w = ts[k];
  if (!w.lex || (w.lex.mask & M.yearWord) === 0) return null;
  const word = w.w;
  k += w.lexLen;
  const y1 = ts[k];
  // (Most year words are followed by no year: their words are joined only once one is.)
  if (!isYearValue(y1)) return null;
  const name = w.lexLen === 1 ? word : ts.slice(i, k).map((t) => t.w).join(" ");
  // A school year or a span: "năm học 2024-2025", "giai đoạn 2021-2025", "2024-20251" (footnote digit).
  const dash = ts[k + 1];
  const y2t = ts[k + 2];
  if (isSym(dash, "-", "/") && y2t && y2t.kind === NUM && y2t.integer && (y2t.w.length === 4 || y2t.w.length === 5)) {
    const y2 = y2t.w.length === 5 ? Number(y2t.w.slice(0, 4)) : y2t.value;
    if (y2 >= y1.value && y2 <= 2200) {
      const school = name === "năm học" || name === "niên khóa" || (y2 === y1.value + 1 && name !== "giai đoạn");
      const hit = school ? hitOf(i, k + 3, y1.value, 9, 1, y2, 6, 30, false, false) : hitOf(i, k + 3, y1.value, 1, 1, y2, 12, 31, false, false);
      hit.span = true;
      return hit;
    }
  }
  if (word === "cuối" && name !== "cuối năm") return null;
  return hitOf(i, k + 1, y1.value, 1, 1, y1.value, 12, 31, false, false);
}

/** The deadline word before a date sets strictness: "trước" is strict, "chậm nhất"/"hạn"/"đến" inclusive. */
function lead(ts: Token[], h: DateHit): void {
  let k = h.from - 1;
  // (The clause's words are joined only on the paths that read them: most dates end at their lead word.)
  let c0: string | undefined;
  const cl = () => (c0 ??= clause(ts, h.from));
  // "(gửi trước: 31/5/2026)", "Hạn: 20/5": a colon labels the day with the word before it.
  if (isSym(ts[k], ":")) k--;
  // "từ thứ Tư ngày 22/1/2020 đến hết thứ Tư ngày 29/1/2020", "chủ nhật, ngày 5/9": the weekday names the same day.
  if (isSym(ts[k], ",")) k--;
  if (weekday(ts, k - 1)) k -= 2;
  else if (isSym(ts[h.from - 1], ",")) k++;
  if (isWord(ts[k], "ngày")) k--;
  // "từ tháng 4 đến cuối tháng 8/2024", "từ tháng 4 và kết thúc vào cuối tháng 8": the end of a month closes a window,
  // the word "cuối" standing between the window's word and the month.
  // Only when "từ" opens the window on a month, a day or now ("từ tháng 4", "từ 15/4", "từ nay"): a start the reader
  // cannot join ("từ đầu tháng 4", "học sinh từ lớp 1") would leave the window the month's last days.
  if (isWord(ts[k], "cuối") && isWord(ts[h.from], "tháng") && (isWord(ts[k - 1], "đến", "tới") || ends(ts, k - 2)) && OPENED.test(cl())) k--;
  // "trong suốt tháng 6", "suốt tháng 7/2025": all through that month, so a month held, not one due by its end.
  const throughout = isWord(ts[k], "suốt") && !h.day && !h.span;
  if (throughout) {
    h.lead = "on";
    return;
  }
  // "đến hết ngày 28/7", "hết ngày 31/12/2025": through the end of that day; the word before "hết" leads.
  const through = isWord(ts[k], "hết") && k > 0;
  if (through) k--;
  // Words form phrases ("chậm nhất", "hoàn thành trước"): the phrase that ends right before the date.
  const e = k >= 0 ? ts[k] : undefined;
  if (e && e.endLex && e.endFrom >= 0) {
    const w = e.endFrom === k ? e.w : ts.slice(e.endFrom, k + 1).map((x) => x.w).join(" ");
    // "không được tổ chức … trước ngày 22/8": not before that day, which is the earliest allowed.
    if ((w === "trước" || w === "before") && negatedBefore(ts, e.endFrom)) return void (h.lead = "notBefore");
    if (w === "trước" || w === "hoàn thành trước" || w === "before") return strict(h);
    if (w === "bắt đầu từ") h.begins = boundBefore(ts, h.from) !== "notBefore";
    if (w === "sớm nhất" || w === "bắt đầu từ" || w === "not before") return void (h.lead = "notBefore");
    if (w === "từ" || w === "from") return void (h.lead = "from");
    // ("nộp cho Ban tổ chức vào ngày 16/3": a task handed in on a day may be due by it; "tiếp tục cho học sinh nghỉ học
    // đến ngày 10/10/2020": a pause through that day, with no "từ" opening a window.)
    if (w === "vào" || w === "on") {
      // "diễn ra từ tháng 4 và sẽ kết thúc vào cuối tháng 8": the day a span opened by "từ" ends on closes its window.
      if (ends(ts, e.endFrom - 1) && OPENED.test(cl())) return void (h.lead = "to");
      h.lead = "on";
      h.held = !h.day && !h.span && h.first.slice(0, 4) === h.due.slice(0, 4) && !(h.first.endsWith("-01-01") && h.due.endsWith("-12-31")) && EVENT.test(cl());
      return void (h.task = h.day && TASK.test(cl()));
    }
    if (w === "đến" || w === "tới" || w === "to") {
      h.lead = "to";
      return void (h.until = !h.yearless && / (?:nghỉ|hoãn|dừng|ngừng|giãn cách) /u.test(cl()) && !cl().includes(" từ "));
    }
    // "trong quý III năm 2022", "trong tháng 6": within a month or quarter is by its last day; "trong năm 2025" only
    // places the target in a year.
    // (A month an event is held in, "tổ chức hội thi … trong tháng 3/2026", is that month: held before it, it missed it.)
    if (w === "trong") {
      // (So is a quarter, "tổ chức hội thao trong quý III".)
      const part = !h.day && !h.span && h.first.slice(0, 4) === h.due.slice(0, 4) && !(h.first.endsWith("-01-01") && h.due.endsWith("-12-31"));
      h.held = part && EVENT.test(cl());
      if (h.held) h.lead = "on";
      else if (!h.day && !h.span && !(h.first.endsWith("-01-01") && h.due.endsWith("-12-31"))) h.lead = "due";
      return;
    }
    if (e.endLex.mask & M.due) return void (h.lead = "due");
  }
  if (isSym(ts[k], "-") && h.from >= 2) h.lead = "to";
  else if (through) h.lead = "due";
  // "Công bố kết quả thi ngày 24/7", "ngày 5/9 các trường … tổ chức lễ khai giảng": a day named with "ngày" and no
  // deadline word is the day it happens on; a task handed in or finished ("Nộp báo cáo … ngày 20/5", "Hoàn thành …
  // ngày 30/6") is due by that day, unless the clause names an event ("tổ chức", "khai giảng", "thi").
  else if (h.day && isWord(ts[h.from], "ngày") && !(e && e.endLex && (e.endLex.mask & M.due) !== 0)) {
    h.lead = TASK.test(cl()) && !EVENT.test(cl()) ? "due" : "on";
    // "Ngày 30/7/2017: Báo cáo kết quả …": a day heading its clause labels the task after the colon, handed in on that
    // day or by it (a day before it is asked about).
    // (Its first five words after the colon name the task: "Khối trưởng báo cáo …".)
    const a = isSym(ts[h.to], ":") && !cl().trim() ? clause(ts, h.to + 6) : "";
    if (TASK.test(a) && !EVENT.test(a)) h.task = true;
  }
}

// A task handed in or finished (nộp, gửi, hoàn thành, cập nhật, báo cáo), and an event (họp, lễ, thi, tổ chức …).
const TASK = / (?:nộp|gửi|hoàn (?:thành|tất)|cập nhật|báo cáo) /u;
const EVENT = / (?:họp|lễ|thi(?! đua)|tổ chức|khai giảng|khai mạc|bế mạc|tựu trường|công bố|hội nghị|tập huấn) /u;

/** A window "từ" opens on a month, a quarter, a day or now: " từ tháng 4 ", " từ ngày 2 ", " từ 15 / 4 ", " từ nay ". */
const OPENED = / từ (?:tháng|quý|ngày|nay|\d+ [/.] \d)/u;

/** "kết thúc" ends at token j (then "vào" and the day a span ends on). */
const ends = (ts: Token[], j: number) => isWord(ts[j], "thúc") && isWord(ts[j - 1], "kết") && isWord(ts[j + 1], "vào");

/** The words of the clause before `at`, each between spaces. */
function clause(ts: Token[], at: number): string {
  let j = at;
  while (j > 0 && !isSym(ts[j - 1], ";", ".")) j--;
  return ` ${ts.slice(j, at).map((t) => t.w).join(" ")} `;
}

/** Words a little further back that change what the lead word says. */
function refineLead(ts: Token[], h: DateHit): void {
  // "trước 17h ngày 22/8": the hour bounds the day itself, so the 22nd still counts.
  if (h.lead === "strict" && h.clock) {
    h.lead = "due";
    h.due = h.first;
    return;
  }
  if (h.lead === "strict" || h.lead === "notBefore") return;
  // "sớm nhất trước một tuần, tức là từ ngày 29/8": a day restating ("tức là") a bound the clause gave before it takes
  // that bound's word.
  const said = restated(ts, h.from);
  if (said) return void (h.lead = said);
  // "vào cuối năm 2020", "cuối năm 2022": the end of the year is a deadline, not a time in that year.
  if (ts[h.from].w === "cuối" && !h.span) return void (h.lead = "due");
  // "sớm nhất vào ngày 1-8", "Bắt đầu từ chiều 20/8": an earliest day a few words back.
  for (let j = Math.max(0, h.from - 4); j < h.from; j++) {
    const w = ts[j].w;
    if (w === "nhất" && ts[j - 1]?.w === "sớm") return void (h.lead = "notBefore");
    if (w === "đầu" && ts[j - 1]?.w === "bắt") {
      h.begins = boundBefore(ts, h.from) !== "notBefore";
      return void (h.lead = "notBefore");
    }
  }
  // "muộn nhất vào ngày 30/12/2016", "chậm nhất là vào ngày 17/5": the latest day a few words back makes the day a
  // deadline, not an exact day.
  if ((h.lead === "on" || h.lead === null || (h.lead === "from" && isWord(ts[h.from - 2], "nhất"))) && boundBefore(ts, h.from, 4) === "due") return void (h.lead = "due");
  // "thời hạn gửi báo cáo là 30/10", "17h ngày 28/7 là hạn cuối": a day the sentence calls the time limit is due then.
  if ((h.lead === null || h.lead === "on") && namedDue(ts, h)) {
    h.lead = "due";
    return;
  }
  // A time of day makes an appointment: one exact day ("Lễ khai giảng … từ 8h-9h30 ngày 5/9/2025", "Từ 7h30, ngày
  // 9/9/2020: Họp …"); a "từ" before the hour opens the hours, not the days.
  if (h.clock && (h.lead === null || h.lead === "on" || (h.lead === "from" && !isWord(ts[h.to], "đến", "tới") && !isSym(ts[h.to], "-")))) h.lead = "on";
}

/** The bound a "sớm nhất" (earliest) or "chậm nhất"/"muộn nhất" (latest) earlier in the sentence sets, at most `span` tokens back. */
function boundBefore(ts: Token[], at: number, span = 99): "notBefore" | "due" | null {
  for (let j = at - 1; j >= 1 && j >= at - span; j--) {
    if (isSym(ts[j], ";", ".")) break;
    const w = ts[j - 1].w;
    if (ts[j].w === "nhất" && (w === "sớm" || w === "muộn" || w === "chậm")) return w === "sớm" ? "notBefore" : "due";
  }
  return null;
}

/** The lead of the bound a "tức (là)" just before the day restates ("sớm nhất trước 2 tuần, tức ngày 22/8"), or null. */
function restated(ts: Token[], from: number): "notBefore" | "due" | null {
  let k = from - 1;
  while (k >= from - 3 && !isWord(ts[k], "tức")) k--;
  return isWord(ts[k], "tức") ? boundBefore(ts, k, 16) : null;
}

/**
 * The day is named the time limit: "hạn" (thời hạn, hạn chót, hạn cuối, hạn nộp) a few words before it in the same
 * clause, or "là hạn" right after it. "Thời hạn giải quyết: 05 ngày làm việc" names a duration, not this day.
 */
function namedDue(ts: Token[], h: DateHit): boolean {
  if ((isWord(ts[h.to], "là") || isSym(ts[h.to], ":")) && isWord(ts[h.to + 1], "hạn", "thời")) return true;
  // "Hạn cuối để các cá nhân, tổ chức … nộp hồ sơ là ngày 20/7": a sentence opening with the time limit that it says
  // "is" the day, however long (lists, numbers) the words between.
  let k = h.from - 1;
  if (isWord(ts[k], "ngày")) k--;
  if (isWord(ts[k], "là")) {
    let j = k;
    while (j > 0 && !isSym(ts[j - 1], ";", ".", ":")) j--;
    const open = ts.slice(j, j + 2).map((t) => t.w);
    if ((open[0] === "hạn" && open[1] !== "chế") || (open[0] === "thời" && open[1] === "hạn")) return true;
  }
  // ("Hạn nộp hồ sơ đăng ký dự thi … của các trường vào ngày 29/02/2012": the clause opens with it, words only between.)
  for (let j = h.from - 1; j >= 0 && j >= h.from - 24; j--) {
    const t = ts[j];
    if (t.kind === SYM && t.w !== ":") return false;
    if (t.kind === NUM) return false;
    if (t.w === "hạn" && !isWord(ts[j + 1], "chế") && (j > h.from - 9 || !j || ts[j - 1].kind === SYM || ts[j - 1].w === "thời")) return true;
  }
  return false;
}

/** A "không được"/"không" a few words before a deadline word negates it. */
function negatedBefore(ts: Token[], at: number): boolean {
  for (let j = Math.max(0, at - 8); j < at; j++) {
    if (ts[j].w === "không" && (ts[j + 1]?.w === "được" || ts[j + 1]?.w === "cho" || ts[j + 1]?.w === "tổ")) return true;
  }
  return false;
}

function strict(h: DateHit): void {
  h.lead = "strict";
  const [y, m, d] = parts(h.first);
  h.due = dayBefore(y, m, d);
}

/** Year, month, day of an ISO or "--MM-DD" date (year 0 when unknown). */
export function parts(iso: string): [number, number, number] {
  if (iso.startsWith("--")) return [0, Number(iso.slice(2, 4)), Number(iso.slice(5, 7))];
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

// The words after "thời điểm" that make it the day the figures are counted at ("thời điểm báo cáo", "thời điểm thống
// kê", "thời điểm chốt số liệu"), not a day something is due.
const COUNTED_AT = new Set(["báo", "thống", "chốt", "điều", "tổng", "kiểm"]);

/**
 * "thời điểm báo cáo là ngày 30/9": the day the figures are counted at, which the same sentence's "thời hạn gửi báo cáo
 * là 30/10" follows; context, never the due day. An event's time ("thời điểm tổ chức: ngày 20/11") is not one.
 */
function countedAt(ts: Token[], from: number): boolean {
  for (let j = from - 1; j >= 1 && j >= from - 8; j--) {
    const t = ts[j];
    if (t.kind === SYM && t.w !== ":") return false;
    if (t.w === "điểm" && ts[j - 1].w === "thời") return COUNTED_AT.has(ts[j + 1]?.w ?? "");
  }
  return false;
}

// A document number or document word just before a date ("số 22/KH-UBND ngày …", "Luật số: 39/2024/QH15 ngày …").
function cited(ts: Token[], from: number): boolean {
  // "so với năm 2020", "so với cùng kỳ năm 2023": the date names the baseline, not a due day.
  if (from > 0 && (ts[from - 1].endMask & M.baseline) !== 0) return true;
  if (countedAt(ts, from)) return true;
  let k = from - 1;
  if (isWord(ts[k], "ngày")) k--;
  if (isSym(ts[k], ",")) k--;
  // ("dịch Covid-19 từ ngày 01/02/2021", "chương trình thi … đến hết ngày 28/02": a window's word between a code or a
  // document's name and the day, no document's date.)
  if (isWord(ts[k], "từ", "đến", "tới", "hết")) return false;
  for (let j = k; j >= 0 && j >= k - 6; j--) {
    const t = ts[j];
    if (t.role === "reference") return true;
    if ((t.startMask & M.doc) !== 0 && t.w !== "số") return true;
    if (t.kind === SYM && (t.w === ";" || t.w === ":")) return false;
  }
  return false;
}
