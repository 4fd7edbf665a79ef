// One plain sentence per verdict, in Vietnamese or English: "Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%, thiếu 1,8 điểm %, cần thêm 23 trẻ".
import { GRADE_NAMES, GRADE_SCALE, isoToVi, yearlessToVi } from "../number/cell";
import { formatNumber, formatPercent, formatPoints } from "../number/format";
import type { Lang } from "../types";
import { has, reasonOf, txt, type Facts } from "./judge/facts";
import type { Op, Rule, RuleOf, Unit } from "./schema";
import { OPEN_END } from "./open-end";
import { PERIOD } from "./canonical";
import { STATUS } from "./verdict";

// The judge's facts are defined in judge/facts.ts, which knows nothing of wording: explain depends on the judge's
// data, evaluate on explain, and nothing depends back on evaluate.
export { has, reasonOf, txt };

/**
 * Every piece of wording an explanation is made of, one table per language. A sentence is
 * "Label: figure, target, gap, need; note": the figure first as the clerk typed it, then the target in words (never
 * the canonical "≥ 65%" with its markers), then how far off it is in the indicator's own unit. Pieces are functions
 * of already formatted text, so the formula compiler can build the same sentence with live cell values in them.
 */
export interface Words {
  /** "chỉ tiêu ít nhất 65%" */
  target: (t: string) => string;
  atLeast: (x: string) => string;
  above: (x: string) => string;
  atMost: (x: string) => string;
  below: (x: string) => string;
  exactly: (x: string) => string;
  about: (x: string) => string;
  /** A target held, not only reached ("duy trì"). */
  maintain: (x: string) => string;
  /** "từ 55% đến 60%" */
  between: (lo: string, hi: string) => string;
  /** Bounds that are not both inclusive: "trên 5% và dưới 10%". */
  both: (lo: string, hi: string) => string;
  /** Gaps, `x` being an amount in the unit ("1,8 điểm %", "2 trường"). */
  short: (x: string) => string;
  /** Above a lower bound (exceeded) or above an exact / upper one, for percents and measures. */
  higher: (x: string) => string;
  /** The same for counts. */
  more: (x: string) => string;
  /** Exactly at a strict bound ("dưới 20 trường" with 20). */
  atLimit: string;
  /** A bad outcome below its band ("0,1–0,2%" with 0,05%): lower is fine. */
  lowerFine: string;
  /** "cần thêm 23 trẻ" / "cần giảm 5 lớp"; `what` is "23 trẻ". */
  needMore: (what: string) => string;
  needFewer: (what: string) => string;
  /** "tỷ lệ" gaps in percentage points: "1,8 điểm %". */
  points: (n: string) => string;
  /** The actual of a "for every unit" target is the lowest (or highest) of them. */
  lowestOfAll: string;
  highestOfAll: string;
  /** "1 giờ 15 phút (tức 75 phút)" */
  converted: (typed: string, value: string) => string;
  /** A share written as a count pair: "85,68% (7.910/9.232)". */
  share: (pct: string, pair: string) => string;
  /** A value the cell's text spelled out: `ghi "Đạt"`. */
  typed: (x: string) => string;
  /** Levels and grades. */
  level: (scale: string | undefined, n: string) => string;
  noLevel: (scale: string | undefined) => string;
  grade: (name: string) => string;
  levelTarget: (shown: string) => string;
  /** Ranks. */
  rank: (n: string) => string;
  rankTarget: (n: string, of: string | undefined, field: string | undefined) => string;
  rankBand: (best: string, worst: string, of: string | undefined, field: string | undefined) => string;
  top: (n: string, field: string | undefined) => string;
  behind: (n: number) => string;
  ahead: (n: number) => string;
  /** Changes against a baseline. */
  changed: (dir: "increase" | "decrease", from: string, to: string, by: string) => string;
  unchanged: (value: string) => string;
  /** "gấp 1,5 lần" (how much a figure grew), and "1,5 lần" as an amount ("ít nhất 1,5 lần", "thiếu 0,2 lần"). */
  times: (n: string) => string;
  timesAmount: (n: string) => string;
  changeTarget: (dir: "increase" | "decrease", amount: string | null, perYear: boolean, baseline: string | undefined) => string;
  /** Comparisons with a reference value: "cao hơn trung bình chung Thành phố (90%)". */
  reference: (op: Op, what: string, value: string) => string;
  /** Frequencies: "ít nhất 1 chuyên đề/năm". */
  every: (count: string, per: string | undefined, period: RuleOf<"frequency">["period"]) => string;
  /** Deadlines. */
  due: (day: string) => string;
  window: (start: string, due: string) => string;
  onDay: (day: string) => string;
  notBefore: (day: string) => string;
  notDone: string;
  /** A blank past its due day. */
  notRecorded: string;
  done: (day: string) => string;
  doneUndated: string;
  daysLeft: (n: number) => string;
  dueToday: string;
  daysLate: (n: number) => string;
  late: (n: number, what: string) => string;
  early: (n: number, what: string) => string;
  /** Zero tolerance. */
  none: string;
  /** No data and bad cells, worded from the reading. */
  emptyCell: string;
  noFigureWord: (x: string) => string;
  notAvailable: string;
  /** The lead of the notes after a sentence. */
  note: string;
  noTarget: string;
}

const REF_VI: Record<Op, string> = { ">": "cao hơn", ">=": "không thấp hơn", "<": "thấp hơn", "<=": "không cao hơn", "=": "bằng" };
const REF_EN: Record<Op, string> = { ">": "above", ">=": "not below", "<": "below", "<=": "not above", "=": "equal to" };
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * Each piece in Vietnamese and in English, side by side (one key each: the two tables of WORDS are built from it, and
 * its keys are written once in the bundles rather than once per language).
 */
const PIECES: { [K in keyof Words]: [vi: Words[K], en: Words[K]] } = {
  target: [(t) => `chỉ tiêu ${t}`, (t) => `target ${t}`],
  atLeast: [(x) => `ít nhất ${x}`, (x) => `at least ${x}`],
  above: [(x) => `trên ${x}`, (x) => `above ${x}`],
  atMost: [(x) => `không quá ${x}`, (x) => `at most ${x}`],
  below: [(x) => `dưới ${x}`, (x) => `below ${x}`],
  exactly: [(x) => `đúng ${x}`, (x) => `exactly ${x}`],
  about: [(x) => `khoảng ${x}`, (x) => `about ${x}`],
  maintain: [(x) => `duy trì ${x}`, (x) => `${x} (sustained)`],
  between: [(lo, hi) => `từ ${lo} đến ${hi}`, (lo, hi) => `${lo} to ${hi}`],
  both: [(lo, hi) => `${lo} và ${hi}`, (lo, hi) => `${lo} and ${hi}`],
  short: [(x) => `thiếu ${x}`, (x) => `${x} short`],
  higher: [(x) => `cao hơn ${x}`, (x) => `${x} above`],
  more: [(x) => `nhiều hơn ${x}`, (x) => `${x} over`],
  atLimit: ["bằng đúng ngưỡng", "exactly at the limit"],
  lowerFine: ["thấp hơn mức này vẫn đạt", "lower is fine"],
  needMore: [(w) => `cần thêm ${w}`, (w) => `${w} still needed`],
  needFewer: [(w) => `cần giảm ${w}`, (w) => `${w} too many`],
  points: [(n) => `${n} điểm %`, (n) => `${n} percentage point${n === "1" ? "" : "s"}`],
  lowestOfAll: ["số liệu là mức thấp nhất của các đơn vị", "the figure is the lowest among the units"],
  highestOfAll: ["số liệu là mức cao nhất của các đơn vị", "the figure is the highest among the units"],
  converted: [(typed, value) => `${typed} (tức ${value})`, (typed, value) => `${typed} (${value})`],
  share: [(pct, pair) => `${pct} (${pair})`, (pct, pair) => `${pct} (${pair})`],
  typed: [(x) => `ghi "${x}"`, (x) => `marked "${x}"`],
  level: [(scale, n) => `${scale ?? "mức độ"} ${n}`, (scale, n) => `${scale ?? "level"} ${n}`],
  noLevel: [(scale) => `chưa có ${scale ?? "mức độ"} nào`, (scale) => `no ${scale ?? "level"} yet`],
  grade: [(name) => `loại ${name}`, (name) => `grade ${name}`],
  levelTarget: [(shown) => `${shown} trở lên`, (shown) => `${shown} or above`],
  rank: [(n) => `hạng ${n}`, (n) => `rank ${n}`],
  rankTarget: [
    (n, of, field) => `hạng ${n}${of ? `/${of}` : ""}${field ? ` ${field}` : ""} trở lên`,
    (n, of, field) => `rank ${n}${of ? ` of ${of}` : ""}${field ? ` ${field}` : ""} or better`,
  ],
  rankBand: [
    (best, worst, of, field) => `hạng ${best}–${worst}${of ? `/${of}` : ""}${field ? ` ${field}` : ""}`,
    (best, worst, of, field) => `rank ${best}–${worst}${of ? ` of ${of}` : ""}${field ? ` ${field}` : ""}`,
  ],
  top: [(n, field) => `top ${n}${field ? ` ${field}` : ""}`, (n, field) => `top ${n}${field ? ` ${field}` : ""}`],
  behind: [(n) => `kém ${n} bậc`, (n) => `${n} place${n === 1 ? "" : "s"} behind`],
  ahead: [(n) => `hơn ${n} bậc`, (n) => `${n} place${n === 1 ? "" : "s"} ahead`],
  changed: [
    (dir, from, to, by) => `${dir === "increase" ? "tăng" : "giảm"} từ ${from} ${dir === "increase" ? "lên" : "xuống"} ${to} (${by})`,
    (dir, from, to, by) => `${dir === "increase" ? "up" : "down"} from ${from} to ${to} (${by})`,
  ],
  unchanged: [(v) => `không đổi, vẫn ${v}`, (v) => `unchanged at ${v}`],
  times: [(n) => `gấp ${n} lần`, (n) => `${n} times`],
  timesAmount: [(n) => `${n} lần`, (n) => `${n} times`],
  changeTarget: [
    (dir, amount, perYear, baseline) => `${dir === "increase" ? "tăng" : "giảm"}${amount ? ` ${amount}` : ""}${perYear ? " mỗi năm" : ""}${baseline ? ` so với ${baseline}` : ""}`,
    (dir, amount, perYear, baseline) => `${dir === "increase" ? "a rise" : "a fall"}${amount ? ` of ${amount}` : ""}${perYear ? " each year" : ""}${baseline ? ` from ${baseline}` : ""}`,
  ],
  reference: [
    (op, what, value) => `${REF_VI[op]} ${what}${value ? ` (${value})` : ""}`,
    (op, what, value) => `${REF_EN[op]} ${what}${value ? ` (${value})` : ""}`,
  ],
  every: [
    (count, per, period) => `${count}${per ? `/${per}` : ""}/${PERIOD[period][0]}`,
    (count, per, period) => `${count}${per ? ` per ${per}` : ""} a ${PERIOD[period][1]}`,
  ],
  due: [(d) => `hạn ${d}`, (d) => `due ${d}`],
  window: [(s, d) => `thời gian thực hiện từ ${s} đến ${d}`, (s, d) => `window ${s} to ${d}`],
  onDay: [(d) => `đúng ngày ${d}`, (d) => `on ${d}`],
  notBefore: [(d) => `không trước ngày ${d}`, (d) => `not before ${d}`],
  notDone: ["chưa hoàn thành", "not done"],
  notRecorded: ["chưa ghi kết quả", "no result written"],
  done: [(d) => `hoàn thành ${d}`, (d) => `done ${d}`],
  doneUndated: ["đã hoàn thành", "done"],
  daysLeft: [(n) => `còn ${n} ngày`, (n) => `${days(n)} left`],
  dueToday: ["hạn là hôm nay", "due today"],
  daysLate: [(n) => `đã quá ${n} ngày`, (n) => `${days(n)} late`],
  late: [(n, what) => `trễ ${n} ngày so với ${what}`, (n, what) => `${days(n)} late (${what})`],
  early: [(n, what) => `sớm ${n} ngày so với ${what}`, (n, what) => `${days(n)} early (${what})`],
  none: ["không để xảy ra", "none"],
  emptyCell: ["ô còn trống", "the cell is empty"],
  noFigureWord: [(x) => `ô ghi "${x}"`, (x) => `the cell says "${x}"`],
  notAvailable: ["ô báo #N/A", "the cell shows #N/A"],
  note: ["lưu ý", "note"],
  noTarget: ["không có chỉ tiêu", "no target given"],
};

const wordsIn = (lang: 0 | 1) => Object.fromEntries(Object.entries(PIECES).map(([k, both]) => [k, both[lang]])) as unknown as Words;

export const WORDS: Record<Lang, Words> = { vi: wordsIn(0), en: wordsIn(1) };

/**
 * Nouns units are counted in, with their English plural. Longer names first: "cán bộ quản lý" must win over
 * "cán bộ", "học sinh" over a later "sinh". Used for "cần thêm 23 trẻ" / "23 more children needed".
 */
const NOUNS: Array<[vi: string, plural: string, singular: string]> = [
  ["cán bộ quản lý", "managers", "manager"], ["giáo viên", "teachers", "teacher"], ["học sinh", "pupils", "pupil"],
  ["nhân viên", "staff", "staff member"], ["cơ sở giáo dục", "schools", "school"], ["nhóm lớp", "classes", "class"],
  ["nhóm, lớp", "classes", "class"], ["chuyên đề", "topics", "topic"], ["trường", "schools", "school"],
  ["phường", "wards", "ward"], ["trẻ", "children", "child"], ["lớp", "classes", "class"], ["giải", "prizes", "prize"],
  ["người", "people", "person"], ["lần", "times", "time"], ["cơ sở", "facilities", "facility"], ["đơn vị", "units", "unit"],
  ["học viên", "learners", "learner"],
];

/** The same nouns by lower-cased Vietnamese word, for English wording: [plural, singular]. */
const ENGLISH_NOUN: ReadonlyMap<string, readonly [plural: string, singular: string]> = new Map(NOUNS.map(([v, plural, one]) => [v, [plural, one]]));

/**
 * The English for a counted noun; a noun outside the list stays as written ("28/28 xã", "2 more xã needed"), since
 * a Vietnamese word the reader knows says more than none.
 * @example englishNoun("trường", 1) → "school" · englishNoun("xã") → "xã"
 */
export function englishNoun(vi: string | null, count = 2): string | null {
  if (!vi) return null;
  const en = ENGLISH_NOUN.get(vi) ?? ENGLISH_NOUN.get(vi.toLowerCase());
  if (!en) return vi;
  return count === 1 ? en[1] : en[0];
}

/** A counted noun in the sentence's language. */
function nounIn(noun: string | null, count: number, lang: Lang): string | null {
  return lang === "vi" ? noun : englishNoun(noun, count);
}

/** The counted noun: as read from the actual, the rule's unit, else the first known noun in the rule's subject ("tỷ lệ trẻ …"). */
function nounOf(f: Facts): string | null {
  if (f.noun) return f.noun;
  const rule = f.rule;
  if (!rule) return null;
  // The rule's own unit noun ("tăng 15 trẻ"), else the first known noun its subject names.
  const own = ruleNoun(rule);
  if (own) return own;
  const src = (rule.subject ?? rule.text ?? "").toLowerCase();
  if (!src) return null;
  let best: string | null = null;
  let at = Infinity;
  for (const [v] of NOUNS) {
    const i = src.indexOf(v);
    if (i >= 0 && i < at) {
      at = i;
      best = v;
    }
  }
  return best;
}

type Kind = "percent" | "count" | "measure" | "plain";

function kindOf(unit: Unit | undefined | null): Kind {
  return unit ? unit.kind : "plain";
}

/**
 * A value in its unit: "65%", "45 lớp", "10 m2/trẻ", "45".
 * @example quantity(0.65, { kind: "percent" }, "vi") → "65%" · quantity(45, { kind: "count" }, "en", 2, "lớp") → "45 classes"
 */
export function quantity(v: number, unit: Unit | undefined | null, lang: Lang, decimals = 2, noun: string | null = null): string {
  switch (kindOf(unit)) {
    case "percent":
      return formatPercent(v, lang, decimals);
    case "measure":
      return `${formatNumber(v, lang, decimals)} ${(unit as { unit: string }).unit}`;
    default: {
      const n = formatNumber(v, lang, decimals);
      const word = nounIn(noun, v, lang);
      return word ? `${n} ${word}` : n;
    }
  }
}

/** Two values with enough decimals that different values never print the same ("64,999%" vs "65%"). */
function pair(a: number, t: number, unit: Unit | undefined | null, lang: Lang, noun: string | null): [string, string] {
  for (let d = 2; d <= 6; d++) {
    const sa = quantity(a, unit, lang, d, noun);
    const st = quantity(t, unit, lang, d, noun);
    if (sa !== st || a === t) return [sa, st];
  }
  return [quantity(a, unit, lang, 6, noun), quantity(t, unit, lang, 6, noun)];
}

/**
 * A non-negative difference in the unit, with enough decimals not to print as "0": "1,8 điểm %", "2 trường", "0,5 m2/trẻ".
 * @example amount(0.018, { kind: "percent" }, "vi", null) → "1,8 điểm %"
 */
export function amount(diff: number, unit: Unit | undefined | null, lang: Lang, noun: string | null): string {
  const d = Math.abs(diff);
  switch (kindOf(unit)) {
    case "percent":
      return WORDS[lang].points(fine(formatPoints, d, lang));
    case "measure":
      return `${fine(formatNumber, d, lang)} ${(unit as { unit: string }).unit}`;
    default: {
      const word = nounIn(noun, d, lang);
      const n = fine(formatNumber, d, lang);
      return word ? `${n} ${word}` : n;
    }
  }
}

/** Prints a non-zero difference with enough decimals not to show as "0" (64,999% vs 65%: "0,001 điểm %"). */
function fine(fmt: (n: number, lang: Lang, d: number) => string, n: number, lang: Lang): string {
  for (let d = 2; d < 6; d++) {
    const s = fmt(n, lang, d);
    if (n === 0 || hasNonZeroDigit(s)) return s;
  }
  return fmt(n, lang, 6);
}

function hasNonZeroDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 48 && c <= 57) return true;
  }
  return false;
}

/** A bound in words: "ít nhất 65%", "dưới 3%", "không quá 45 lớp". */
function bound(op: Op, x: string, w: Words): string {
  switch (op) {
    case ">=": return w.atLeast(x);
    case ">": return w.above(x);
    case "<=": return w.atMost(x);
    case "<": return w.below(x);
    case "=": return w.exactly(x);
  }
}

/** A day as clerks write it, in both languages: "30/06/2025"; a day of any year ("--04-29") as "29/04". */
function day(iso: string): string {
  return iso.startsWith("--") ? yearlessToVi(iso) : isoToVi(iso);
}

/** The counted noun of a rule's unit, from the rule alone. */
function ruleNoun(rule: Rule): string | null {
  if (rule.kind === "fraction") return rule.noun ?? null;
  if (rule.kind === "frequency") return rule.noun ?? null;
  if ("unit" in rule && rule.unit.kind === "count") return rule.unit.noun ?? null;
  return null;
}

/**
 * The target in words, with no software markers: what a clerk would write in the plan's column.
 * @example targetPhrase({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }, "vi") → "ít nhất 65%"
 * @example targetPhrase({ kind: "range", min: 0.71, max: 0.72, ... sense: "up" }, "vi") → "từ 71% đến 72%"
 */
export function targetPhrase(rule: Rule, lang: Lang, noun: string | null = ruleNoun(rule)): string {
  const w = WORDS[lang];
  switch (rule.kind) {
    case "compare": {
      const x = quantity(rule.value, rule.unit, lang, 6, noun);
      if (rule.intent === "about") return w.about(x);
      const b = bound(rule.op, x, w);
      return rule.intent === "maintain" ? w.maintain(b) : b;
    }
    case "range": {
      // The unit once, after the upper figure ("từ 30 đến 35 trẻ/nhóm lớp"); a percent keeps its sign on both.
      const lo = rule.unit.kind === "percent" ? quantity(rule.min, rule.unit, lang, 6) : formatNumber(rule.min, lang, 6);
      const hi = quantity(rule.max, rule.unit, lang, 6, noun);
      const b = rule.minInclusive && rule.maxInclusive ? w.between(lo, hi) : w.both(bound(rule.minInclusive ? ">=" : ">", lo, w), bound(rule.maxInclusive ? "<=" : "<", hi, w));
      return rule.about ? w.about(b) : b;
    }
    case "fraction": {
      const word = nounIn(noun, rule.denominator, lang);
      return `${formatNumber(rule.numerator, lang)}/${formatNumber(rule.denominator, lang)}${word ? ` ${word}` : ""}`;
    }
    case "level":
      return w.levelTarget(levelText(rule, rule.level, lang));
    case "rank": {
      const of = rule.of !== undefined ? formatNumber(rule.of, lang) : undefined;
      if (rule.top) return w.top(formatNumber(rule.rank, lang), rule.field);
      if (rule.best !== undefined && rule.best < rule.rank) return w.rankBand(formatNumber(rule.best, lang), formatNumber(rule.rank, lang), of, rule.field);
      return w.rankTarget(formatNumber(rule.rank, lang), of, rule.field);
    }
    case "change":
      return w.changeTarget(rule.direction, changeAmount(rule, lang), rule.perYear, rule.baselineLabel);
    case "reference":
      return w.reference(rule.op, rule.reference, "");
    case "frequency": {
      const n = rule.noun ?? (lang === "vi" ? "lần" : "times");
      const word = lang === "vi" ? n : (englishNoun(n, rule.count) ?? n);
      return bound(rule.op, w.every(`${formatNumber(rule.count, lang)} ${word}`, rule.per, rule.period), w);
    }
    case "deadline":
      return deadlineTarget(rule, rule.due, rule.start, lang);
    case "zero":
      // (A charge waived is a sum of nothing, "0 đồng", not a thing that must not happen.)
      return rule.unit.kind === "percent" ? "0%" : rule.unit.kind === "measure" ? `0 ${rule.unit.unit}` : w.none;
    case "boolean":
      return rule.statement || "";
  }
}

/** How much change a change rule asks for: "ít nhất 1,5 điểm %", "1–1,5%", "ít nhất 1,5 lần"; null for a direction only. */
function changeAmount(rule: RuleOf<"change">, lang: Lang): string | null {
  if (rule.mode === "any" || rule.amount === undefined) return null;
  const w = WORDS[lang];
  const unit: Unit = rule.mode === "points" || rule.mode === "percent" ? { kind: "percent" } : rule.unit.kind === "percent" ? { kind: "count" } : rule.unit;
  const noun = rule.mode === "absolute" && rule.unit.kind === "count" ? (rule.unit.noun ?? null) : null;
  const one = (v: number, withNoun: boolean) => {
    if (rule.mode === "points") return w.points(formatNumber(v * 100, lang, 6));
    if (rule.mode === "times") return w.timesAmount(formatNumber(v, lang, 6));
    return quantity(v, unit, lang, 6, withNoun ? noun : null);
  };
  if (rule.amountMax !== undefined) {
    if (rule.mode === "points") return w.points(`${formatNumber(rule.amount * 100, lang, 6)}–${formatNumber(rule.amountMax * 100, lang, 6)}`);
    return `${quantity(rule.amount, rule.mode === "percent" ? unit : { kind: "count" }, lang, 6).replace(/%$/u, "")}–${one(rule.amountMax, true)}`;
  }
  return w.atLeast(one(rule.amount, true));
}

/** A deadline's target: "hạn 30/06/2025", "thời gian từ 01/08/2025 đến 05/08/2025", "đúng ngày 20/11/2025". */
function deadlineTarget(rule: RuleOf<"deadline">, due: string, start: string | null | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (due === OPEN_END && start) return w.notBefore(day(start));
  if (start && start === due) return w.onDay(day(due));
  if (start) return w.window(day(start), day(due));
  return w.due(day(due));
}

/**
 * The level a figure reached, in words, wherever it is shown (the sentence, the report's "thực hiện"): nothing
 * reached yet is said so, never "chu kỳ 0".
 * @example levelActual({ kind: "level", scale: "chu kỳ", level: 1, … }, 0, "vi") → "chưa có chu kỳ nào" · (…, 2, "vi") → "chu kỳ 2"
 */
export function levelActual(rule: RuleOf<"level">, a: number, lang: Lang): string {
  return a === 0 && rule.scale !== GRADE_SCALE ? WORDS[lang].noLevel(rule.scale) : levelText(rule, a, lang);
}

/** A level's name and number: "mức độ 3", "IELTS 6,5", "loại Khá". */
function levelText(rule: RuleOf<"level">, v: number, lang: Lang): string {
  const w = WORDS[lang];
  if (rule.scale === GRADE_SCALE && GRADE_NAMES[v]) return w.grade(GRADE_NAMES[v]);
  return w.level(rule.scale, formatNumber(v, lang));
}

/** How far the actual is from the threshold, worded for which side is better; "" when nothing needs saying. */
function gapPhrase(f: Facts, a: number, t: number, unit: Unit | undefined | null, noun: string | null, op: Op, lang: Lang): string {
  const w = WORDS[lang];
  if (f.status === "met" || f.status === "review") return "";
  const diff = a - t;
  const count = kindOf(unit) === "count";
  const x = amount(diff, unit, lang, count ? noun : null);
  if (diff === 0 || eqShare(a, t)) return f.status === "not_met" || f.status === "near" ? w.atLimit : "";
  if (diff > 0) {
    // Above the threshold: exceeded for a lower bound, too high for an upper or exact one.
    if (op === ">=" || op === ">") return f.status === "exceeded" ? (count ? w.more(x) : w.higher(x)) : "";
    return count ? w.more(x) : w.higher(x);
  }
  if (op === ">=" || op === ">") return w.short(x);
  return op === "=" ? w.short(x) : "";
}

/** "cần thêm 23 trẻ" when the verdict counts what is missing in another unit than the gap's (a rate's children). */
function needPhrase(f: Facts, lang: Lang, up: boolean): string {
  if (!has(f.need)) return "";
  const noun = nounOf(f);
  const word = nounIn(noun, f.need, lang);
  const what = `${formatNumber(f.need, lang)}${word ? ` ${word}` : ""}`;
  return up ? WORDS[lang].needMore(what) : WORDS[lang].needFewer(what);
}

function notesOf(f: Facts, lang: Lang): string {
  const ws = f.warnings;
  if (!ws || ws.length === 0) return "";
  let out = "";
  for (let i = 0; i < ws.length; i++) out += i === 0 ? ws[i].message[lang] : "; " + ws[i].message[lang];
  return out;
}

/**
 * "Label: part, part, part; lưu ý: note", leaving out empty parts.
 * @example sentence("Chưa đạt", ["63,2%", "chỉ tiêu ít nhất 65%", "thiếu 1,8 điểm %"], "", "vi") → "Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%, thiếu 1,8 điểm %"
 */
export function sentence(label: string, parts: string[], notes: string, lang: Lang): string {
  let body = "";
  for (const p of parts) if (p !== "") body = body === "" ? p : body + ", " + p;
  const out = body === "" ? label : label + ": " + body;
  return notes === "" ? out : `${out}; ${WORDS[lang].note}: ${notes}`;
}

/** The actual as shown: its share and count pair, as converted, or in its unit. */
function actualShown(f: Facts, shown: string, lang: Lang): string {
  const w = WORDS[lang];
  if (has(f.num) && has(f.den)) return w.share(shown, `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}`);
  if (f.converted && f.reading) return w.converted(txt(f.reading), shown);
  return shown;
}

/**
 * One plain sentence explaining the verdict: the figure, the target in words, and the gap in the indicator's unit.
 * `canon` (the canonical target text) is no longer part of the sentence; it stays for callers that pass it.
 * @example explain(judgeFacts(rule("≥ 65%"), "63,2%"), "vi") → "Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%, thiếu 1,8 điểm %"
 * @example same in "en" → "Not met: 63.2%, target at least 65%, 1.8 percentage points short"
 */
export function explain(f: Facts, lang: Lang, _canon?: string): string {
  const label = STATUS[f.status][lang];
  const w = WORDS[lang];
  const rule = f.rule;
  const r = f.reading;
  // A cell with no figure says so from the reading itself, not by repeating the label ("ô trống, chưa có số liệu").
  if (f.status === "no_data" && r && (r.kind === "empty" || (r.kind === "error" && r.code === "#N/A"))) {
    const why = r.kind === "error" ? w.notAvailable : r.text.trim() === "" ? w.emptyCell : w.noFigureWord(r.text.trim());
    return sentence(label, [why], "", lang);
  }
  const why = reasonOf(f);
  if (why || !rule) {
    const reason = why ? why[lang] : w.noTarget;
    // Parser messages already open with the label's words ("Không đọc được chỉ tiêu …"); do not say it twice.
    const lead = lang === "vi" ? label : "Cannot read target";
    return reason.toLowerCase().startsWith(lead.toLowerCase()) ? reason : `${label}: ${reason}`;
  }
  const notes = notesOf(f, lang);
  const target = (t: string) => (t === "" ? "" : w.target(t));
  // Without the figure or the threshold (or the baseline of a change), the sentence says only what the target is.
  const targetOnly = () => sentence(label, [target(targetPhrase(rule, lang))], notes, lang);
  // (Every kind but these three compares the figure with the threshold.)
  if ((!has(f.a) || !has(f.t)) && rule.kind !== "deadline" && rule.kind !== "zero" && rule.kind !== "boolean") return targetOnly();
  switch (rule.kind) {
    case "compare":
    case "frequency":
    case "reference": {
      const unit: Unit = rule.kind === "frequency" ? { kind: "count", noun: rule.noun } : (f.unit ?? rule.unit);
      const op = rule.op;
      // A frequency counts times ("lần"), whatever its subject names.
      const noun = rule.kind === "frequency" ? (rule.noun ?? (lang === "vi" ? "lần" : "times")) : kindOf(unit) === "count" ? nounOf(f) : null;
      const [sa, st] = pair(f.a, f.t, unit, lang, noun);
      const goal =
        rule.kind === "reference" ? w.reference(op, rule.reference, st) : rule.kind === "frequency" ? targetPhrase(rule, lang) : rule.intent === "about" ? w.about(st) : rule.intent === "maintain" ? w.maintain(bound(op, st, w)) : bound(op, st, w);
      const parts = [actualShown(f, sa, lang), target(goal), gapPhrase(f, f.a, f.t, unit, noun, op, lang)];
      // The count still missing, when the gap is in another unit (points of a rate of children).
      if ((f.status === "not_met" || f.status === "near") && kindOf(unit) !== "count") parts.push(needPhrase(f, lang, op === "=" ? f.a < f.t : op === ">=" || op === ">"));
      if (rule.kind === "compare" && rule.intent === "all") parts.push(op === ">=" || op === ">" ? w.lowestOfAll : w.highestOfAll);
      return sentence(label, parts, notes, lang);
    }
    case "range": {
      const noun = rule.unit.kind === "count" ? nounOf(f) : null;
      const [sa] = pair(f.a, f.t, rule.unit, lang, noun);
      const parts = [actualShown(f, sa, lang), target(targetPhrase(rule, lang, noun))];
      const belowBand = f.a < rule.min && !eqShare(f.a, rule.min);
      if (f.status === "met" && rule.sense === "down" && belowBand) parts.push(w.lowerFine);
      else if (f.status !== "met") {
        const up = f.t === rule.min;
        parts.push(gapPhrase(f, f.a, f.t, rule.unit, noun, up ? (rule.minInclusive ? ">=" : ">") : rule.maxInclusive ? "<=" : "<", lang));
        if (rule.unit.kind !== "count") parts.push(needPhrase(f, lang, up));
      }
      return sentence(label, parts, notes, lang);
    }
    case "fraction": {
      const noun = nounOf(f);
      const asPair = has(f.num) && has(f.den);
      const word = nounIn(noun, asPair ? f.den : rule.denominator, lang);
      const actual = asPair ? `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}${word ? ` ${word}` : ""}` : pair(f.a, f.t, { kind: "percent" }, lang, null)[0];
      // A share typed as a percent is compared with the target's share, which the target then shows too.
      const goal = asPair ? targetPhrase(rule, lang, noun) : `${targetPhrase(rule, lang, noun)} (${formatPercent(f.t, lang)})`;
      const parts = [actual, target(goal)];
      if (f.status === "not_met" || f.status === "near") {
        const need = needPhrase(f, lang, true);
        parts.push(need !== "" ? need : w.short(amount(f.a - f.t, { kind: "percent" }, lang, null)));
      }
      return sentence(label, parts, notes, lang);
    }
    case "level": {
      const actual = levelActual(rule, f.a, lang);
      return sentence(label, [actual, target(targetPhrase(rule, lang))], notes, lang);
    }
    case "rank": {
      const places = Math.abs(f.a - f.t);
      const parts = [w.rank(formatNumber(f.a, lang)), target(targetPhrase(rule, lang))];
      if (f.a > f.t && f.status !== "met") parts.push(w.behind(places));
      else if (f.a < f.t && f.status === "exceeded") parts.push(w.ahead(places));
      return sentence(label, parts, notes, lang);
    }
    case "change": {
      const unit = rule.unit;
      const noun = kindOf(unit) === "count" ? nounOf(f) : null;
      const shortBy = (): string => {
        if ((f.status !== "not_met" && f.status !== "near") || rule.mode === "any" || !has(f.gap)) return "";
        if (rule.mode === "percent") return w.short(formatPercent(Math.abs(f.gap), lang));
        if (rule.mode === "times") return w.short(w.timesAmount(formatNumber(Math.abs(f.gap), lang)));
        return w.short(amount(f.gap, rule.mode === "points" ? { kind: "percent" } : unit, lang, noun));
      };
      if (f.direct) return sentence(label, [f.reading ? w.typed(txt(f.reading)) : "", target(targetPhrase(rule, lang)), shortBy()], notes, lang);
      if (!has(f.b)) return targetOnly();
      const moved = f.a - f.b;
      const [sb, sa] = pair(f.b, f.a, unit, lang, noun);
      let body: string;
      if (moved === 0) body = w.unchanged(sa);
      else {
        const by =
          rule.mode === "times" && f.b !== 0
            ? w.times(formatNumber(f.a / f.b, lang))
            : rule.mode === "percent" && f.b !== 0
              ? formatPercent(Math.abs(moved / f.b), lang)
              : amount(moved, unit, lang, noun);
        body = w.changed(moved > 0 ? "increase" : "decrease", bare(sb, noun, lang), sa, by);
      }
      return sentence(label, [body, target(targetPhrase(rule, lang)), shortBy()], notes, lang);
    }
    case "deadline": {
      const due = f.due ?? rule.due;
      const start = f.start ?? rule.start ?? null;
      const what = deadlineTarget(rule, due, start, lang);
      const n = has(f.gap) ? Math.abs(f.gap) : 0;
      if (f.done) {
        const done = w.done(day(f.done));
        if (f.status === "met") return sentence(label, [done, what], notes, lang);
        const early = start !== null && f.done < start;
        return sentence(label, [done, early ? w.early(n, what) : w.late(n, what)], notes, lang);
      }
      if (f.status === "met") return sentence(label, [w.doneUndated, what], notes, lang);
      if (f.status === "pending") return sentence(label, [w.notDone, what, !has(f.gap) ? "" : n === 0 ? w.dueToday : w.daysLeft(n)].filter(Boolean), notes, lang);
      // A blank past its due day: nothing recorded, so overdue (one convention for phrases and sheets), said as such.
      return sentence(label, [r?.kind === "empty" && !r.text ? w.notRecorded : w.notDone, what, w.daysLate(n)], notes, lang);
    }
    case "zero": {
      // (A rate typed for a count's zero target, "0,1%", is shown as the rate: f.unit.)
      const unit = f.unit ?? rule.unit;
      const noun = unit.kind === "count" ? (rule.unit.kind === "count" ? (rule.unit.noun ?? null) : null) : null;
      const shown = has(f.a) ? (has(f.num) && has(f.den) ? `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}` : quantity(f.a, unit, lang, 2, noun)) : w.typed(r ? txt(r) : "");
      return sentence(label, [shown, target(targetPhrase(rule, lang))], notes, lang);
    }
    case "boolean":
      return sentence(label, [w.typed(r ? txt(r) : ""), target(targetPhrase(rule, lang))], notes, lang);
    default: {
      const never: never = rule;
      return `${label}: ${String((never as { kind?: unknown }).kind)}`;
    }
  }
}

/** A baseline shown before the figure in a change leaves out the noun the figure repeats: "từ 20 lên 22 trường". */
function bare(shown: string, noun: string | null, lang: Lang): string {
  const word = nounIn(noun, 2, lang);
  if (!word) return shown;
  const tail = ` ${word}`;
  return shown.endsWith(tail) ? shown.slice(0, -tail.length) : shown;
}

function eqShare(a: number, t: number): boolean {
  return Math.abs(a - t) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(t));
}
