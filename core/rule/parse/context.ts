// What the reader knows about one phrase besides its words: the caller's options, the indicator and its unit (ĐVT).
import type { Period } from "../../period/period";
import type { Warning } from "../verdict";
import type { DateHit } from "./dates";
import type { Fig } from "./figures";
import { goodIn, helpedIn, LEXICON, PRESCRIBED_WORDS, reduceIn, wordsOf, type Dimension, type Node } from "./lexicon";
import { prepare, type Prepared } from "./text";
import { unitSize } from "../../number/units";
import type { Token } from "./tokens";
import { READS_INDICATOR } from "./indicator-mode";

export interface ParseOptions {
  /** Indicator name; takes part in the direction decision ("Tỷ lệ trẻ suy dinh dưỡng" makes a bare figure an upper bound). */
  indicator?: string;
  /** Overrides the implicit direction of a bare figure and the sense of a range. */
  direction?: "up" | "down" | "band";
  /** Year for dates written without one ("tháng 6"). Prefer `period`; kept for callers that only know a year. */
  year?: number;
  /**
   * The indicator's unit as the sheet or plan gives it (the ĐVT column: "%", "trường", "phút", "m2/trẻ").
   * Decides between readings whose units differ ("12 trường (7,1%)" under ĐVT "trường" is a count).
   */
  unit?: string;
  /** The plan period (school year or plan year): the year of a day/month written without one. See core/period. */
  period?: Period;
}

/** What the indicator name says, worked out once per parse. */
export interface IndicatorInfo {
  /** Lower-case prepared text ("" when none). */
  low: string;
  reduce: boolean;
  good: boolean;
  /** Names a rate ("Tỷ lệ …", "%"). */
  rate: boolean;
  /** Names a count ("Số …", "Số lượng …"). */
  count: boolean;
  /** The indicator's own operator word: "Số trẻ tối đa …", "Bán kính phục vụ tối đa" (≤), "… tối thiểu" (≥). */
  op: ">=" | "<=" | null;
  /** Names a rate of change itself ("Tốc độ tăng trưởng"): "tăng 10%" then states the rate, not a change of it. */
  growth: boolean;
  /** Names a prescribed amount ("Lệ phí chứng thực", "Học phí THCS"). */
  prescribed: boolean;
  /** Names the change itself ("Số tháng hỗ trợ thêm", "Tỷ lệ quy định được cắt giảm"): "thêm 1 tháng" is the figure. */
  adds: boolean;
  /** The direction of the change the indicator names. */
  changeDir: "increase" | "decrease" | null;
  /** The one year the name gives its figure ("… năm 2025"; not a span or a school year): it picks a compound's part. */
  year: number | null;
}

/** What the ĐVT says a figure is measured in. */
export type UnitHint =
  | { kind: "percent" }
  | { kind: "count"; noun: string; people: boolean }
  | { kind: "measure"; dim: Dimension | null; text: string; per: string | null }
  | { kind: "rank" }
  | { kind: "level" }
  | { kind: "date" };

/** Everything a recogniser may look at for one clause. */
export interface Ctx {
  p: Prepared;
  ts: Token[];
  opts: ParseOptions;
  /** Free figures with their surroundings, in order. */
  figs: Fig[];
  dates: DateHit[];
  /** Markers read from canonical text ("(giảm)", "(cao hơn là Vượt)") and removed from `p`. */
  marks: { reduce?: boolean; maintain?: boolean; all?: boolean; about?: boolean; sense?: "up" | "down"; change?: boolean; hold?: boolean };
  /** A vague place ("tốp đầu") seen and refused: said in the error when nothing else is read. */
  vague?: string;
  ind: IndicatorInfo;
  unit: UnitHint | null;
  /** The clause names something to bring down somewhere (checked once; recognisers then look near each figure). */
  reduceAny: boolean;
  /** Marker bits of every phrase in the clause: a recogniser whose words are absent returns at once. */
  mask: number;
  warnings: Warning[];
  /** Values of parts that add up to their whole somewhere in the phrase (parse.ts breakdown), found when first asked. */
  split?: () => number[];
  /** Values of a schedule of sums of money in the phrase (parse.ts schedule), found when first asked. */
  sums?: () => number[];
}

// An indicator naming an amount set by rule ("Học phí THCS", "Giá thuê chỗ ở"): the lexicon's list, as whole words.
const PRESCRIBED_RE = new RegExp(`(?:^|\\s)(?:${PRESCRIBED_WORDS.join("|")})(?:\\s|$)`, "u");

/**
 * A year in another role than the figure's time: a baseline ("so với năm 2020", "gấp 1,5 lần năm 2020") or a document's
 * date ("Quyết định 1600/QĐ-TTg năm 2016", "Thông tư 13/2018/TT-BGDĐT", "Bộ tiêu chí 2016-2020").
 */
export const OTHER_YEAR = /(?<!\p{L})(?:(?:so với|gấp)(?:\s+[\d.,]+\s+lần)?(?:\s+(?:cùng kỳ|đầu|cuối))?\s+(?:năm\s+)?|(?:quyết định|nghị quyết|nghị định|thông tư|luật|bộ tiêu chí)(?!\p{L})[^,;:]{0,30}?)(?<!\d)(?:19|20)\d\d(?!\d)(?:\s*[-–]\s*\d{4})?/giu;

const NO_INDICATOR: IndicatorInfo = { low: "", reduce: false, good: false, rate: false, count: false, op: null, growth: false, prescribed: false, adds: false, changeDir: null, year: null };
const INDICATORS = new Map<string, IndicatorInfo>();

/** Reads the indicator name once (never in a build that reads none, READS_INDICATOR: parse refuses a name there). */
export function indicatorInfo(text: string | undefined): IndicatorInfo {
  if (!READS_INDICATOR || typeof text !== "string" || text.trim() === "") return NO_INDICATOR;
  // Sheets judge a column of rows under one indicator: read it once.
  const hit = INDICATORS.get(text);
  if (hit) return hit;
  const low = prepare(text.slice(0, 2000)).low;
  const info: IndicatorInfo = {
    low,
    reduce: reduceIn(low),
    // ("Tỷ lệ hộ nghèo … được vay vốn": the share of the harmed a service reaches; more is better.)
    good: goodIn(low) || helpedIn(low),
    rate: /tỷ lệ|tỉ lệ|%|phần trăm|tỷ suất/u.test(low),
    count: /^[\s\-+•*\d.)]*(?:tổng )?số(?: lượng)?\s/u.test(low) && !/^[\s\-+•*\d.)]*số (?:lần|giờ|ngày|tháng|năm|phút)\b/u.test(low),
    op: indicatorBound(low),
    // ("Tỷ lệ biến động quy mô …": a signed rate of change too.)
    growth: /tốc độ tăng|tăng trưởng|tốc độ phát triển|tỷ lệ biến động|tỉ lệ biến động/u.test(low),
    // ("Tỷ lệ thư viện cung cấp dịch vụ internet miễn phí": a share of what is given free names no fee.)
    prescribed: PRESCRIBED_RE.test(low.replace(/^(t[ỷỉ] lệ.*)miễn( \S+)? phí/u, "$1")),
    adds: /(?<!\S)(?:tăng thêm|thêm|xây mới|mới|cắt giảm|giảm|tăng)(?:\s|$|,)/u.test(low) && !/tăng trưởng|tốc độ tăng/u.test(low),
    changeDir: /(?<!\S)(?:cắt giảm|giảm)(?:\s|$|,)/u.test(low) ? "decrease" : /(?<!\S)(?:tăng thêm|thêm|tăng)(?:\s|$|,)/u.test(low) ? "increase" : null,
    // The one year the name gives ("… năm 2025"), or null (none, several, a span "năm 2021-2025"). (Not a year in
    // another role: "tăng so với năm 2020", "gấp 1,5 lần năm 2020"; see OTHER_YEAR.)
    year: ((ys) => (ys.size === 1 ? [...ys][0] : null))(new Set([...low.replace(OTHER_YEAR, " ").matchAll(/(?<!\S)năm ((?:19|20)\d\d)(?!\d|\s*[-–/]\s*\d)/gu)].map((m) => Number(m[1])))),
  };
  // An indicator that names the change ("Tỷ lệ hộ nghèo … giảm", "Số xã tăng thêm") measures its amount: more is better.
  if (info.changeDir && info.adds) {
    info.reduce = false;
    info.good = true;
  }
  if (INDICATORS.size > 2000) INDICATORS.clear();
  INDICATORS.set(text, info);
  return info;
}

/**
 * Reads a ĐVT (unit column) as a hint: "%" → percent, "trường" → a count of schools, "phút" → time,
 * "học sinh/máy tính" → a ratio, "thứ hạng" → a rank. Null for an empty or unknown unit.
 * @example unitHint("Tỷ lệ %") → { kind: "percent" } · unitHint("Trường") → { kind: "count", noun: "trường", people: false }
 */
export function unitHint(text: string | undefined): UnitHint | null {
  if (typeof text !== "string") return null;
  const low = prepare(text.slice(0, 200)).low.replace(/^[\s(]+|[\s)]+$/gu, "");
  if (low === "") return null;
  // ("điểm phần trăm/năm", "điểm %": percentage points, a change of a rate, measured as rates are.)
  if (low.includes("%") || /^(?:tỷ lệ|tỉ lệ|phần trăm|percent|điểm phần trăm)/u.test(low)) return { kind: "percent" };
  if (/^(?:thứ hạng|hạng|thứ|xếp hạng|vị trí|rank)$/u.test(low)) return { kind: "rank" };
  if (/^(?:mức|mức độ|cấp độ|bậc|level|loại|xếp loại|hạnh kiểm|học lực)$/u.test(low)) return { kind: "level" };
  if (/^(?:ngày\/tháng\/năm|ngày tháng|thời hạn|thời gian hoàn thành|dd\/mm\/yyyy|hạn)$/u.test(low)) return { kind: "date" };
  const slash = low.indexOf("/");
  const head = slash >= 0 ? low.slice(0, slash).trim() : low;
  const per = slash >= 0 ? low.slice(slash + 1).trim() : null;
  const e = entryOf(head);
  if (per) return { kind: "measure", dim: e?.unit?.dim ?? null, text: low, per };
  const u = (e && e.unit) || unitSize(head);
  if (u) return { kind: "measure", dim: u.dim, text: low, per: null };
  if (/^điểm$/u.test(low)) return { kind: "measure", dim: null, text: "điểm", per: null };
  return { kind: "count", noun: head, people: !!e?.people };
}

/** The lexicon entry of a whole phrase. */
function entryOf(phrase: string) {
  let n: Node | undefined = LEXICON;
  for (const w of wordsOf(phrase)) {
    n = n?.next?.get(w);
    if (!n) return null;
  }
  return n?.entry ?? null;
}

// Words of an indicator that say nothing about which part of a compound target it names.
const COMMON = new Set([
  "tỷ", "tỉ", "lệ", "suất", "số", "lượng", "các", "của", "và", "đạt", "có", "được", "trong", "năm", "học", "sinh", "trẻ", "người",
  "mức", "chỉ", "tiêu", "bình", "quân", "trên", "dưới", "từ", "đến", "theo", "với", "cho", "là", "một", "những", "tổng",
]);

// Long names a plan writes out that indicators (or phrases) often write by initials, each with its short form: words
// compared between an indicator and a part of a target are compared in the short form, so "THCS" in the indicator
// names the part "75% trường trung học cơ sở" and "NCT" the part "… người cao tuổi …". (Lower case, whole words.)
const SHORT_FORMS: Array<[string, string]> = [
  ["trung học cơ sở", "thcs"], // lower secondary school
  ["trung học phổ thông", "thpt"], // upper secondary school
  ["giáo dục thường xuyên", "gdtx"], // continuing education
  ["người cao tuổi", "nct"], // the elderly
  ["bảo hiểm y tế", "bhyt"], // health insurance
  ["bảo hiểm xã hội", "bhxh"], // social insurance
  ["an toàn thực phẩm", "attp"], // food safety
  ["an toàn vệ sinh thực phẩm", "attp"], // food hygiene and safety, written ATVSTP or ATTP
  ["cán bộ quản lý", "cbql"], // school managers
];
const SHORT_RE = new RegExp(`(?<!\\p{L})(?:${SHORT_FORMS.map(([l]) => l).join("|")})(?!\\p{L})`, "gu");
const SHORT_OF = new Map(SHORT_FORMS);

/**
 * Lower-case text with the long names of SHORT_FORMS written as their initials, for comparing words only.
 * @example shortForms("75% trường trung học cơ sở") → "75% trường thcs"
 */
export function shortForms(low: string): string {
  return low.includes(" ") ? low.replace(SHORT_RE, (m) => SHORT_OF.get(m)!) : low;
}

/**
 * The words of an indicator that can name a part of a target: its dates ("năm học 2019-2020", "năm 2020", "ngày 5/9")
 * and the bare date words every dated part has ("Ngày tựu trường": "ngày") name none; "Kết thúc năm học" keeps "năm".
 * With `level`, words every kind of part has ("tỷ lệ", "số", "năm") name none either, and a level's digit does,
 * however short ("mức độ 3" against "mức độ 2"), so compared parts are told apart by what they count.
 * @example indicatorWords("ngày tựu trường năm học 2017-2018") → ["tựu", "trường"]
 * @example indicatorWords("tỷ lệ trường đạt mức độ 3", true) → ["trường", "độ", "3"]
 */
export function indicatorWords(low: string, level = false): string[] {
  low = shortForms(low);
  // ("Học phí vùng 1", "Số tuần học kỳ II": a label's number names its part as surely as a word, "vùng 1" against "vùng
  // 2"; kept with its word, since a bare number could be any figure. Not a date's: "tháng 6", "năm 2025".)
  const labels = level ? [] : [...low.matchAll(/(?<!\p{L})(\p{L}+) (\d{1,2}|i{1,3}|iv|v)(?![\p{L}\d/.,-])/gu)].filter((m) => !/^(?:ngày|tháng|quý|năm)$/u.test(m[1])).map((m) => `${m[1]} ${m[2]}`);
  const undated = level ? low : low.replace(/(?:năm học|giai đoạn|năm)\s+\d{4}\S*|(?:ngày|tháng|quý)\s+[\divx]\S*/gu, " ");
  return undated.split(/[^\p{L}\d]+/u).filter((w) => (level ? (w.length >= 2 || /\d/u.test(w)) && !COMMON.has(w) : w.length >= 2 && !/^(?:ngày|tháng|quý|\d+)$/u.test(w))).concat(labels);
}

/** Words spaced for whole-word search: " 75 trường thcs " (`includes(" thcs ")`). */
export const spaced = (t: string) => ` ${t.replace(/[^\p{L}\d]+/gu, " ")} `;

/** Words about a figure, not about what it counts (the parser's figureless, namedPair). */
export const FIGURE_WORDS = new Set("đạt trở lên ít nhất tối thiểu đa trên dưới khoảng từ thêm tăng giảm còn có là và mỗi năm hằng hàng phấn đấu".split(" "));

/**
 * "Tỷ lệ gia đình thể thao" over "trên 25% gia đình đạt danh hiệu …; trên 30% người dân tham gia …": Vietnamese writes
 * most words in two syllables, so two of the indicator's syllables standing together in one clause ("gia đình") name
 * that clause's subject more surely than single syllables ("gia" in "tham gia"); words about a figure ("tối đa", "ít
 * nhất": FIGURE_WORDS) make no pair, nor do a measure's head and other words naming no part ("tỷ lệ", "tổng số": COMMON),
 * which a clause on another subject opens with as well. The one clause holding such a pair
 * (that not every clause holds) while no other clause holds one, and holding more of the indicator's single words than
 * any other, is the clause the indicator names; its index, or -1. (`texts`: the clauses' words, spaced; `hits`: the
 * single words each holds.)
 * @example namedPair("tỷ lệ gia đình thể thao", [" gia đình thể thao ", " người dân tham gia thể thao "], [1, 0]) → 0
 */
export function namedPair(ind: string, texts: string[], hits: number[], lone?: boolean): number {
  // (Not across the indicator's punctuation or a conjunction: "sữa dê, cừu", "cố định hoặc di động" hold no word "dê
  // cừu", "hoặc di"; never a measure's head, both words COMMON: "tỷ lệ", "tổng số".)
  const pairs = ind.split(/[,;()/]/u).flatMap((seg) => {
    const syl = indicatorWords(seg).filter((w) => !w.includes(" "));
    return syl.slice(1).map((w, j) => [syl[j], w]);
  }).filter((ab) => !ab.some((w) => FIGURE_WORDS.has(w) || /^(?:hoặc|hay|với|của)$/u.test(w)) && !ab.every((w) => COMMON.has(w))).map(([a, b]) => ` ${a} ${b} `).filter((p) => !texts.every((t) => t.includes(p)));
  const holders = texts.map((t) => pairs.some((p) => t.includes(p)));
  const k = holders.indexOf(true);
  // No clause holds a pair, or more than one does.
  if (k < 0 || holders.lastIndexOf(true) !== k) return -1;
  // Another clause holds as many of the indicator's single words.
  if (hits.some((h, j) => j !== k && h >= hits[k])) return -1;
  // (`lone`, parts of one clause: nor where another part holds a word of the indicator the named one lacks, "95% học sinh
  // tiểu học hoàn thành chương trình, 99% lên lớp" under "… học sinh tiểu học lên lớp": the pair may be the list's
  // subject, written in full in the first part only.)
  const ws = indicatorWords(ind).filter((w) => !COMMON.has(w) && !FIGURE_WORDS.has(w)).map((w) => ` ${w} `);
  return lone && texts.some((t) => ws.some((w) => t.includes(w) && !texts[k].includes(w))) ? -1 : k;
}

/**
 * The bound an indicator's name says ("Sĩ số tối đa, khối 6", "Khối lượng cặp (tối đa)"): a qualifier or a bracket may
 * follow the bound word. None where it names both ("tối thiểu/tối đa"), where the word bounds a figure of its own ("(tối
 * đa 40 em/CLB)": a club's size, not the row's target), or means "to the fullest" ("tối đa hóa").
 */
function indicatorBound(low: string): "<=" | ">=" | null {
  const cap = /(?<![\p{L}\p{N}])(?:tối đa|không quá|nhiều nhất)(?![\p{L}\p{N}]|\s*\d|\s+hóa)/u.test(low);
  const floor = /(?<![\p{L}\p{N}])(?:tối thiểu|ít nhất)(?![\p{L}\p{N}]|\s*\d|\s+hóa)/u.test(low);
  return cap === floor ? null : cap ? "<=" : ">=";
}
