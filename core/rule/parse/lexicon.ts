// Word tables of the target parser: operators, reduce-indicators, nouns, periods. Order in each table matters.
import type { Op } from "../schema";
import { prepare } from "./text";

/** An operator phrase found just before a figure. `weak` ones ("đạt") give way to a direction from the subject. */
export interface OpWord {
  op: Op;
  reduce?: boolean;
  weak?: boolean;
  /** The range-opening "từ" (inclusive lower end). */
  from?: boolean;
}

/**
 * Operator phrases, matched against the end of the text before a figure (lower case). First match wins.
 * Each pattern ends with `$`, so it runs on a short window in constant time.
 */
export const OPS_BEFORE: Array<[RegExp, OpWord]> = [
  // Negated comparisons come before their positive words: "không quá" is ≤, not the ">" of "quá".
  [/(?:^|[^\p{L}])không (?:vượt )?quá$/u, { op: "<=" }],
  [/(?:^|[^\p{L}])(?:không (?:nhiều|cao|lớn) hơn|tối đa(?: là)?|nhiều nhất(?: là)?|≤|at most|no more than|not more than|maximum|max)$/u, { op: "<=" }],
  // English wordings, for targets typed by users of the English interface; "no less than" before "less than".
  [/(?:^|[^\p{L}])(?:at least|no less than|not less than|minimum|min)$/u, { op: ">=" }],
  [/(?:^|[^\p{L}])(?:more than|above|over|greater than)$/u, { op: ">" }],
  [/(?:^|[^\p{L}])(?:less than|below|under|fewer than)$/u, { op: "<" }],
  // "không dưới"/"không thấp hơn" flip "dưới"/"thấp hơn", so they must be tried first.
  [/(?:^|[^\p{L}])không (?:dưới|thấp hơn|ít hơn|nhỏ hơn|kém)$/u, { op: ">=" }],
  [/(?:^|[^\p{L}])(?:ít nhất(?: là)?|tối thiểu(?: là)?|bằng hoặc (?:cao |lớn |nhiều )?hơn|≥)$/u, { op: ">=" }],
  // "từ trên A" opens a range strictly above A; "từ" alone is inclusive ("từ 95% trở lên").
  [/(?:^|[^\p{L}])từ trên$/u, { op: ">" }],
  [/(?:^|[^\p{L}])(?:xuống còn|giảm còn|giảm xuống còn|giảm xuống|hạ xuống còn|chỉ còn|còn)$/u, { op: "<=", reduce: true }],
  [/(?:^|[^\p{L}])từ$/u, { op: ">=", from: true }],
  [/(?:^|[^\p{L}])(?:cao hơn|nhiều hơn|lớn hơn|vượt quá|vượt|trên|hơn|>)$/u, { op: ">" }],
  [/(?:^|[^\p{L}])(?:thấp hơn|ít hơn|nhỏ hơn|dưới|<)$/u, { op: "<" }],
  [/(?:^|[^\p{L}])(?:bằng|=)$/u, { op: "=" }],
  [/(?:^|[^\p{L}])(?:đạt|đạt được|là|chiếm|có|được)$/u, { op: ">=", weak: true }],
];

/**
 * Words that may sit between an operator and its figure and are skipped when looking for the
 * operator ("đạt tỷ lệ 95%", "ít nhất là 65%"), tried repeatedly from the end.
 */
export const FILLERS_BEFORE = /(?:^|[^\p{L}])(?:tỷ lệ|tỉ lệ|mức|khoảng|số lượng|tổng số|con số|bình quân|trung bình|phấn đấu|[:,])\s*$/u;

/** Words after a figure that set or confirm the operator ("từ 95% trở lên", "65%+"). */
export const OPS_AFTER: Array<[RegExp, Op]> = [
  [/^[^\d;.()]{0,40}?trở lên/u, ">="],
  [/^[^\d;.()]{0,40}?trở xuống/u, "<="],
  [/^\s*or (?:more|above|higher)(?![\p{L}])/u, ">="],
  [/^\s*or (?:less|fewer|below|lower)(?![\p{L}])/u, "<="],
  [/^\s*\+/u, ">="],
  [/^\s*(?:hoặc|hay) (?:cao |nhiều |lớn )?hơn/u, ">="],
];

/**
 * Indicators where less is better. A bare figure for one of these is an upper bound
 * ("Tỷ lệ trẻ suy dinh dưỡng 1,2%" means at most 1,2%).
 */
export const REDUCE_WORDS = [
  "suy dinh dưỡng", "thấp còi", "nhẹ cân", "béo phì", "thừa cân", "bỏ học", "lưu ban", "tái mù chữ",
  "chưa hoàn thành", "chưa đạt", "không đạt", "vi phạm", "ngộ độc", "tai nạn", "bạo lực", "yếu", "kém",
  "dưới chuẩn", "mù chữ", "tử vong", "đuối nước", "nghỉ học", "ở lại lớp", "khiếu nại",
];

/** Outcomes that are good, so a range for them counts values above the top as "Vượt". */
export const GOOD_WORDS = ["xuất sắc", "hoàn thành tốt", "tốt", "giỏi", "trên chuẩn", "chất lượng cao"];

function wordsRe(words: string[]): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+"));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alts.join("|")})(?![\\p{L}])`, "u");
}
const REDUCE_RE = wordsRe(REDUCE_WORDS);
const GOOD_RE = wordsRe(GOOD_WORDS);

/**
 * True when the text names something to bring down (less is better).
 * @example isReduceSubject("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi") → true
 * @example isReduceSubject("Tỷ lệ trẻ ra lớp") → false
 */
export function isReduceSubject(text: string | undefined): boolean {
  return !!text && reduceIn(prepare(text.slice(0, 2000)).low);
}

/** `isReduceSubject` for text already lower-cased by `prepare` (the parser's hot path). */
export function reduceIn(t: string): boolean {
  // A bad word after "xóa", "chống", "phòng chống" or "không" names the campaign against it or its
  // absence, a good thing ("xóa mù chữ", "phòng, chống tai nạn thương tích", "không vi phạm").
  const cleaned = t.replace(AGAINST_RE, " ");
  return REDUCE_RE.test(cleaned);
}

const AGAINST_RE = /(?:xóa|chống|phòng ngừa|ngăn ngừa|ngăn chặn|giảm thiểu|không|không để) (?:tái )?(?:mù chữ|tai nạn|bạo lực|đuối nước|ngộ độc|vi phạm|suy dinh dưỡng|thừa cân|béo phì|bỏ học)/gu;

/**
 * True when the text names a good outcome, so a range for it counts values above the top as "Vượt".
 * @example isGoodSubject("Hoàn thành xuất sắc") → true · isGoodSubject("Chưa hoàn thành") → false
 */
export function isGoodSubject(text: string | undefined): boolean {
  return !!text && goodIn(prepare(text.slice(0, 2000)).low);
}

/** `isGoodSubject` for text already lower-cased by `prepare`. */
export function goodIn(t: string): boolean {
  return GOOD_RE.test(t) && !reduceIn(t);
}

/**
 * Nouns counted by plans, longest first so "nhóm lớp" wins over "nhóm" and "cơ sở giáo dục" over "cơ sở".
 */
export const NOUNS = [
  "cơ sở giáo dục", "cán bộ quản lý", "nhóm, lớp", "câu lạc bộ", "điểm trường", "nhóm lớp", "nhóm trẻ", "phòng học",
  "học sinh", "giáo viên", "nhân viên", "cán bộ", "chuyên đề", "hoạt động", "công trình", "sáng kiến",
  "đề tài", "sản phẩm", "trường hợp", "đơn vị", "huy chương", "tập thể", "cá nhân", "lượt", "trường",
  "phường", "lớp", "nhóm", "giải", "lần", "trẻ", "người", "em", "cơ sở", "tiết", "buổi", "bài", "vụ",
  "đội", "phòng", "cbql", "gv", "hs", "clb", "xã", "quận", "huyện",
].sort((a, b) => b.length - a.length);

/** Units that make a figure a measure rather than a count. */
export const MEASURE_UNITS = ["m2", "m²", "km", "ha", "điểm", "giờ", "phút", "ngày", "tháng", "tuổi", "triệu đồng", "đồng", "kg"];

/** Period words ending a frequency ("lần/tháng"); "năm học" before "năm", "học kỳ" before "kỳ". */
export const PERIODS: Array<[RegExp, "day" | "week" | "month" | "quarter" | "semester" | "year" | "schoolYear"]> = [
  [/^(?:năm học|school year)/u, "schoolYear"],
  [/^(?:học kỳ|học kì|kỳ|kì|semester)/u, "semester"],
  [/^(?:năm|year)/u, "year"],
  [/^(?:quý|quarter)/u, "quarter"],
  [/^(?:tháng|month)/u, "month"],
  [/^(?:tuần|week)/u, "week"],
  [/^(?:ngày|day)/u, "day"],
];
