// Reading one column heading: its role from the vocabulary, and the modifiers around it (percent, term, year, earlier period, estimate).
import { fold, oncePerText } from "../sheet/text";
import { BARE_YEAR, ESTIMATE_WORDS, HEADER_WORDS, HORIZON_WORDS, PART_WORDS, PLANNED_TIME, PRIOR_WORDS, type Role, TERM_WORDS, type Term } from "./vocabulary";
import { type Period, yearFor } from "../period/period";

/** What a heading says. */
export interface HeaderReading {
  role: Role | null;
  /** The other meaning of an ambiguous heading ("Chỉ tiêu", "Đơn vị"); the table reader picks one. */
  alt?: Role;
  /** The heading says its figures are percent points ("Tỷ lệ (%)", "Thực hiện %"). */
  percent: boolean;
  /** The part of the year the figures cover ("HK I", "cả năm"). */
  term?: Term;
  /** The latest year the heading names ("Thực hiện năm 2024", "Năm học 2023-2024" → 2024). */
  year?: number;
  /** The heading names an earlier period ("năm trước", "cùng kỳ", "đầu năm"). */
  prior: boolean;
  /** "Ước thực hiện", "Dự kiến". */
  estimate: boolean;
  /** "đến năm 2025": the figures or targets run to a horizon, not to the year. */
  horizon?: boolean;
  /** A part of a breakdown ("Chia ra", "Phân theo …" at this level or above): never promoted to the figure. */
  part?: boolean;
  /** A deadline the heading says the plan set ("Thời điểm công khai (theo kế hoạch)"): ranked before other dated columns. */
  planned?: boolean;
  /**
   * Under its other headings, the column names one month and nothing else ("Ước thực hiện năm 2017 / Tháng 8"): that
   * month's figure alone. A plan naming one month at any level ("Kế hoạch tháng 8") is that month's plan.
   */
  month?: true;
}

/**
 * Whether a heading says its figures are percent points: a bare "%" does ("Tỷ lệ (%)", "Thực hiện %", "% KH"); a "%"
 * after a figure defines the column instead ("Chỉ tiêu (15%)" = 15 % of the year's plan, "4=3×15%"), unless the figure is a
 * year ("Năm 2024 %").
 * @example saysPercent("Tỷ lệ (%)") → true · saysPercent("Chỉ tiêu (15%)") → false
 */
export const saysPercent = (heading: string): boolean =>
  [...heading.matchAll(/(\d+(?:[.,]\d+)?)?\s?%/g)].some((m) => m[1] === undefined || /^(?:19|20)\d\d$/.test(m[1]));

const NONE: HeaderReading = { role: null, percent: false, prior: false, estimate: false };

/** Headings this tool writes on its own columns; recognised so a re-check does not read them as data. */
export interface OwnHeaders {
  status: string;
  explanation: string;
}

/**
 * What a column heading means. Diacritics, case, "tỷ/tỉ", a year ("năm học 2024-2025"), a term ("HK I", "cả năm"),
 * "ước" and "(%)" do not change the role; they are kept on the reading.
 * @example readHeader("Ước thực hiện cả năm 2024 (%)") → { role: "actual", percent: true, term: "year", year: 2024, estimate: true, prior: false }
 * @example readHeader("Chỉ tiêu đến năm 2025") → { role: "target", year: 2025, ... }
 * @example readHeader("Thực hiện cùng kỳ năm trước") → { role: "baseline", prior: true, ... }
 */
export function readHeader(text: string, own?: OwnHeaders, office = true): HeaderReading {
  const f = fold(text);
  if (f === "") return NONE;
  // A plan for a term of office no other word reads ("Chỉ tiêu cả nhiệm kỳ", "Chỉ tiêu nhiệm kỳ 2020-2025"): a target
  // whose horizon is the term's end. One the vocabulary reads ("Chỉ tiêu Nghị quyết nhiệm kỳ 2012-2017") stays as read.
  if (office && /\bnhiem ki\b/.test(f)) {
    const plain = readHeader(text, own, false);
    const r = plain.role === null ? readHeader(f.replace(/\b(ca )?nhiem ki\b/, " "), own, false) : plain;
    return r !== plain && (r.role === "target" || r.alt === "target") ? { ...r, role: "target", alt: undefined, horizon: true } : plain;
  }
  if (own) {
    const s = fold(own.status);
    // Matrix status columns carry the group after the marker ("Đánh giá (Chỉ tiêu): Trẻ ra lớp").
    if (f === s || f.startsWith(`${s} `)) return { ...NONE, role: "status" };
    if (f === fold(own.explanation)) return { ...NONE, role: "explanation" };
  }
  const percent = saysPercent(text);
  // "Việt Nam" names a country, never a year ("Kế hoạch BHXH Việt Nam giao").
  let core = f.replace(/%/g, " ").replace(/\bviet nam\b/g, "vn");
  // "đến 31/12/2017": a day inside the period, not a year of its own (the school year 2017-2018 runs past it).
  // With no other year in the heading, the day's own year is its year: "Năm 2018 | Đến 30/9/2019" ranks the later figure.
  let toDate = false;
  let dayYear: number | undefined;
  // So is a month with its year ("Đạt đến tháng 4/2014", "đến hết tháng 9/2023"): figures to that month's end.
  core = core.replace(/\b(den|tinh den)( het)?(?:( ngay)? \d{1,2} \d{1,2}( ((?:19|20)\d\d))?| thang \d{1,2}( nam)? ((?:19|20)\d\d))\b/, (...m: string[]) => {
    toDate = true;
    if (m[5] ?? m[7]) dayYear = Number(m[5] ?? m[7]);
    return " ";
  });
  // A span of months ("Thực hiện 7/2018-6/2020", "từ tháng 7/2018 đến tháng 6/2020"): figures to its last month.
  core = core.replace(/\b(?:tu )?(?:thang )?\d{1,2} (?:19|20)\d\d (?:den )?(?:thang )?\d{1,2} ((?:19|20)\d\d)\b/, (_m: string, y: string) => {
    toDate = true;
    dayYear = Number(y);
    return ` ${y} `;
  });
  const years = [...core.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 0 && dayYear !== undefined) years.push(dayYear);
  core = core.replace(/\b(19|20)\d\d\b/g, " ");
  // A horizon before terms: "đến năm 2025" is not a yearly figure; nor is a bare "Đến 2025" over a column.
  let horizon = HORIZON_WORDS.test(core);
  if (horizon) core = core.replace(HORIZON_WORDS, " ");
  else if (years.length > 0 && /^\s*(den|toi)( het)?\s*$/.test(core)) {
    horizon = true;
    core = " ";
  }
  // "từ đầu năm" (since the start of the year) sums to date: no earlier period, unlike a bare "đầu năm".
  // ("kể từ đầu năm" too; the "kế" of "lũy kế" stays with its word).
  core = core.replace(/\b(?:(?<!luy )ke )?tu dau (nam|ki)( hoc)?\b/, () => {
    toDate = true;
    return " ";
  });
  // Earlier periods first: "đầu năm", "năm học trước" contain the term word "năm".
  const prior = PRIOR_WORDS.test(core);
  if (prior) core = core.replace(PRIOR_WORDS, " ");
  let term: Term | undefined = toDate ? "todate" : undefined;
  for (const [re, t] of TERM_WORDS) {
    if (re.test(core)) {
      term ??= t;
      core = core.replace(re, " ");
    }
  }
  const estimate = ESTIMATE_WORDS.test(core);
  if (estimate) core = core.replace(ESTIMATE_WORDS, " ");
  core = core.replace(/\s+/g, " ").trim();
  const mods = { percent, prior, estimate, ...(term ? { term } : {}), ...(years.length ? { year: Math.max(...years) } : {}), ...(horizon ? { horizon } : {}) };

  if (core === "") {
    // "(%)" alone is a rate column; "Năm trước" alone a baseline; "Năm 2024" alone a period heading over sub-columns.
    if (percent) return { ...mods, role: "rate" };
    if (prior) return { ...mods, role: "baseline" };
    return { ...mods, role: null };
  }
  if (PART_WORDS.test(core)) return { ...mods, role: null, part: true };
  if (PLANNED_TIME.test(core)) return { ...mods, role: "deadline", planned: true };
  // "% hoàn thành", "% KH", "So KH (%)": the actual as a share of the plan.
  if (percent && /^(hoan thanh|ke hoach|kh|du toan|so voi ke hoach|so voi kh|so ke hoach|so kh|thuc hien ke hoach|hoan thanh ke hoach)$/.test(core)) return { ...mods, role: "ratio" };
  for (const w of HEADER_WORDS) {
    if (!w.re.test(core)) continue;
    let role = w.role;
    // A figure of an earlier period is a baseline, whatever it is called ("Thực hiện năm học trước").
    if (prior && (role === "actual" || role === "rate" || role === "actualNumerator")) role = "baseline";
    // A name column does not carry a year or horizon: "Chỉ tiêu năm 2025", "Chỉ tiêu đến năm 2030" are targets.
    if (role === "name" && w.alt === "target" && (years.length > 0 || horizon || term)) return { ...mods, role: "target" };
    // Nor does "Mục tiêu" with one ("Mục tiêu đến năm 2025", "Mục tiêu năm 2023"): a period's goals, never the rows'.
    if (role === "target" && w.alt === "name" && (years.length > 0 || horizon || term)) return { ...mods, role: "target" };
    return w.alt ? { ...mods, role, alt: w.alt } : { ...mods, role };
  }
  // A remark in brackets after the heading says what is counted ("Kế hoạch năm 2014 (số xã đạt)", "Thực hiện (số
  // trường)"): with no role for the whole, the words before it name the role.
  // A column-number row read into the heading ("Mục tiêu năm 2023 (đã đăng ký) / (6)") says nothing of its role.
  const unnumbered = text.replace(/\s*\/\s*\(\d{1,2}\)\s*$/u, "");
  if (unnumbered !== text && unnumbered.trim() !== "") return readHeader(unnumbered, own);
  const bare = text.replace(/\s*\([^()]*\)\s*$/u, "");
  if (bare !== text && bare.trim() !== "") {
    const r = readHeader(bare, own);
    if (r.role !== null) return { ...r, percent: r.percent || percent };
  }
  return { ...mods, role: null };
}

/**
 * The one month a heading names and nothing else ("Tháng 12", "Tháng 11/2019", "Tháng 12 năm 2019", "T12"): a
 * monthly report's figure columns. Null for anything more ("Tháng 9-10/2024", "Chuyên cần tháng 12", "12 tháng").
 * @example monthHeading("Tháng 12") → { month: 12 } · monthHeading("Tháng 11/2019") → { month: 11, year: 2019 }
 */
export function monthHeading(text: string): { month: number; year?: number } | null {
  const m = /^(?:thang|t) (\d{1,2})(?: (?:nam )?((?:19|20)\d\d))?$/.exec(fold(text));
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  return m[2] ? { month, year: Number(m[2]) } : { month };
}

/**
 * How many months before the day judged on a month heading lies: 0 for its own month, 1 for the one before;
 * negative: after it. With a period, the day judged on is the earlier of the as-of date and the period's end, and a
 * month without a year is dated inside the period (so a 2019 report reads the same whatever day it is checked); without
 * one, such a month is the latest of its name not after the as-of date.
 * @example monthsBefore({ month: 11 }, "2019-12-31") → 1 · monthsBefore({ month: 12, year: 2020 }, "2019-12-31") → -12
 * @example monthsBefore({ month: 11 }, "2026-12-02", periodFromText("2019-2020")) → 9 (the period ends 2020-08)
 */
export function monthsBefore(m: { month: number; year?: number }, asOf: string, period?: Period | null): number {
  const day = period && period.end < asOf ? period.end : asOf;
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  const year = m.year ?? yearFor(period, m.month);
  return year !== null ? y * 12 + mo - (year * 12 + m.month) : (mo - m.month + 12) % 12;
}

/**
 * The Vietnamese part of a bilingual label ("Công lập - Public", "Số trường học (Trường) Number of schools"): the
 * segments (split at line breaks and " - ") with Vietnamese letters, and without a trailing English gloss (plain
 * ASCII words, one of them an English word of such forms: "GV THCS" and "Kim Giang" are no gloss); the whole text
 * when nothing Vietnamese is left.
 * @example vietnamesePart("TỔNG SỐ - TOTAL") → "TỔNG SỐ" · vietnamesePart("Số phòng học (Phòng) Number of classrooms") → "Số phòng học (Phòng)"
 */
export function vietnamesePart(text: string): string {
  // A sheet repeats its names (one block per school): each distinct text is split once, as fold() folds it once.
  return viParts(text);
}

function vietnamesePartOnce(text: string): string {
  const parts = text.split(/\n|\s+-\s+/);
  let out = text;
  if (parts.length >= 2) {
    const vi = parts.filter((p) => /[^\x00-\x7F]/.test(p) || !/[A-Za-z]/.test(p));
    if (vi.length > 0 && vi.length < parts.length) out = vi.join(" ").trim();
  }
  const words = out.split(/\s+/);
  let k = words.length;
  while (k > 0 && !/[^\x00-\x7F]/.test(words[k - 1])) k--;
  const gloss = words.slice(k);
  if (k > 0 && gloss.some((w) => ENGLISH.has(w.toLowerCase().replace(/[^a-z]/g, "")))) out = words.slice(0, k).join(" ");
  return out;
}

const viParts = oncePerText(vietnamesePartOnce);

// English words of bilingual statistical forms: a trailing run of plain ASCII words with one of these is a gloss
// ("Tổng số Total", "Number of schools"); names of places ("Kim Giang") have none, and "non" is Vietnamese ("mầm non").
const ENGLISH = new Set([
  "of", "and", "the", "by", "in", "total", "public", "nonpublic", "private", "number", "school", "schools",
  "class", "classes", "classroom", "classrooms", "group", "groups", "children", "pupils", "students", "teachers",
  "rate", "year", "district", "districts", "preschool", "primary", "secondary", "which", "prel", "index", "unit",
  "plain", "mountain", "island", "previous", "enrolment", "enrollment", "percent",
]);

/**
 * Whether a heading names the whole year by a word of its own ("Cả năm", "Cuối năm học", "HK II"), not only by a bare
 * "Năm 2014" that may label which year a part in another heading belongs to.
 * @example namesWholeYear("Thực hiện cả năm 2024") → true
 * @example namesWholeYear("Năm 2014") → false
 */
export function namesWholeYear(text: string): boolean {
  const f = fold(text);
  return TERM_WORDS.some(([re, t]) => t === "year" && re !== BARE_YEAR && re.test(f));
}
