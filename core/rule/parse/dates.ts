// Dates inside target phrases: "chậm nhất tháng 6/2025", "trước năm 2025", "30/06/2025", "due 2025-06-30".
import type { Prepared, Tok } from "./text";

/** One date expression: the span it covers and the last day that still counts. */
export interface DateHit {
  start: number;
  end: number;
  /** First day of the period written (start of the month, quarter or year). */
  first: string;
  /** Last day that counts, after applying a strict "trước". */
  due: string;
  /** The year was taken from the options or today, not from the text. */
  guessedYear: boolean;
  /** Introduced by a deadline word ("chậm nhất", "trước", "hạn chót", "due"). */
  explicit: boolean;
  /** The date of a cited document ("Kế hoạch số 22/KH-UBND ngày 19/01/2022"), never a deadline. */
  cited: boolean;
}

// Alternatives are tried left to right at each position: the full d/m/y date before "ngày d/m", and
// "tháng M - M2/Y" (task tables) before plain "tháng M". The leading word decides strictness.
const DATE_RE = new RegExp(
  [
    "(?:(trước|chậm nhất|muộn nhất|hạn chót|hạn|đến|trong|before|by|due|from|từ|, due)\\s+)?",
    "(?:",
    "(?:ngày\\s+)?(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})",
    "|(\\d{4})-(\\d{2})-(\\d{2})",
    "|tháng\\s+(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?(?:\\s*(?:\\/|năm)\\s*(\\d{4}))?",
    "|quý\\s+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])(?:\\s*(?:\\/|năm)\\s*(\\d{4}))?",
    "|(?:cuối\\s+)?năm\\s+(\\d{4})(?!\\d|\\s*-\\s*\\d{4})",
    "|ngày\\s+(\\d{1,2})\\/(\\d{1,2})(?![\\/\\d])",
    // A school year or a period of years; one glued footnote digit is allowed ("2024-20251").
    "|(năm học|niên khóa|giai đoạn)\\s+(\\d{4})\\s*-\\s*(\\d{4})\\d?(?!\\d)",
    ")",
  ].join(""),
  "gu",
);

const MAX_DATES = 16;

// A document number just before a date ("số 22/KH-UBND ngày …", "Luật số: 39/2024/QH15 ngày …") makes it a citation.
const CITED = /(?:^|[^\p{L}])(?:số:?\s*[\d\p{L}][^\s,;]*|(?:kế hoạch|quyết định|nghị quyết|nghị định|thông tư|công văn|chỉ thị|luật|hướng dẫn|kết luận|chương trình)(?: [^\s,;]+){0,3})[\s,]*(?:ngày)?\s*$/u;

/** A date written in full that does not exist. */
export interface BadDate {
  start: number;
  end: number;
  text: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) && y >= 1900 && y <= 2200;
}

/** The day before an ISO date. */
function dayBefore(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Every date expression in a phrase with its due day. "tháng 6" without a year uses `year`.
 * @example findDates(prepare("chậm nhất tháng 6/2025"), 2024)[0].due → "2025-06-30"
 * @example findDates(prepare("trước năm 2025"), 2024)[0].due → "2024-12-31"
 */
export function findDates(p: Prepared, year: number | undefined, bad: BadDate[] = []): DateHit[] {
  const out: DateHit[] = [];
  const fallbackYear = year ?? new Date().getUTCFullYear();
  DATE_RE.lastIndex = 0;
  // A target names a date or two; stopping after MAX_DATES keeps a text full of dates fast.
  for (let m = DATE_RE.exec(p.low); m && out.length < MAX_DATES; m = DATE_RE.exec(p.low)) {
    if (m[0].length === 0) {
      DATE_RE.lastIndex++;
      continue;
    }
    const strict = m[1] === "trước" || m[1] === "before";
    let hit: Omit<DateHit, "start" | "end" | "explicit" | "cited"> | null = null;
    if (m[2]) {
      const [d, mo, y] = [Number(m[2]), Number(m[3]), Number(m[4])];
      if (valid(y, mo, d)) hit = { first: iso(y, mo, d), due: strict ? dayBefore(y, mo, d) : iso(y, mo, d), guessedYear: false };
    } else if (m[5]) {
      const [y, mo, d] = [Number(m[5]), Number(m[6]), Number(m[7])];
      if (valid(y, mo, d)) hit = { first: iso(y, mo, d), due: strict ? dayBefore(y, mo, d) : iso(y, mo, d), guessedYear: false };
    } else if (m[8]) {
      const mo = Number(m[8]);
      const mo2 = m[9] ? Number(m[9]) : mo;
      const y = m[10] ? Number(m[10]) : fallbackYear;
      if (mo >= 1 && mo <= 12 && mo2 >= mo && mo2 <= 12 && valid(y, mo, 1)) {
        const due = strict ? dayBefore(y, mo, 1) : iso(y, mo2, lastDay(y, mo2));
        hit = { first: iso(y, mo, 1), due, guessedYear: !m[10] };
      }
    } else if (m[11]) {
      const q = ROMAN[m[11]] ?? Number(m[11]);
      const y = m[12] ? Number(m[12]) : fallbackYear;
      const first = 3 * q - 2;
      hit = { first: iso(y, first, 1), due: strict ? dayBefore(y, first, 1) : iso(y, 3 * q, lastDay(y, 3 * q)), guessedYear: !m[12] };
    } else if (m[13]) {
      const y = Number(m[13]);
      if (y >= 1900 && y <= 2200) hit = { first: iso(y, 1, 1), due: strict ? iso(y - 1, 12, 31) : iso(y, 12, 31), guessedYear: false };
    } else if (m[14]) {
      const [d, mo] = [Number(m[14]), Number(m[15])];
      if (valid(fallbackYear, mo, d)) hit = { first: iso(fallbackYear, mo, d), due: strict ? dayBefore(fallbackYear, mo, d) : iso(fallbackYear, mo, d), guessedYear: true };
    } else if (m[16]) {
      const [y1, y2] = [Number(m[17]), Number(m[18])];
      // A school year runs September to June; a period of years to the end of its last year.
      if (y2 >= y1 && y1 >= 1900 && y2 <= 2200) {
        hit = m[16] === "giai đoạn"
          ? { first: iso(y1, 1, 1), due: strict ? iso(y1 - 1, 12, 31) : iso(y2, 12, 31), guessedYear: false }
          : { first: iso(y1, 9, 1), due: strict ? iso(y1, 8, 31) : iso(y2, 6, 30), guessedYear: false };
      }
    }
    const explicit = /^(?:trước|chậm nhất|muộn nhất|hạn chót|hạn|before|by|due|, due)$/u.test(m[1] ?? "");
    const cited = !explicit && CITED.test(p.low.slice(Math.max(0, m.index - 60), m.index));
    if (hit) out.push({ ...hit, explicit, cited, start: m.index, end: m.index + m[0].length });
    // A full date or a month with its year that does not exist ("31/02/2025", "tháng 13/2025") is an error, not text.
    else if (m[2] || m[5] || (m[8] && m[10])) bad.push({ start: m.index, end: m.index + m[0].length, text: p.src.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

/** Marks tokens inside date expressions as dates so they are never read as thresholds or shares. */
export function markDates(toks: Tok[], hits: DateHit[]): void {
  let h = 0;
  for (const t of toks) {
    while (h < hits.length && hits[h].end <= t.start) h++;
    if (h < hits.length && hits[h].start <= t.start && t.end <= hits[h].end) t.role = "date";
  }
}
