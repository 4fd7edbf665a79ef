// Round 45 (milestones45): a phrase of dated parts ("Đến năm 2025 … 40 trường, đến năm 2030 có 12 trường đạt chuẩn mức
// độ 2") whose parts each name their own measure. The year (the period's, or the one the indicator names) picks one
// part; the indicator's words may name another. One rule for the parts of a clause (resolve.ts) and for clauses
// (parse.ts): what the words and the year decide between the parts.
import { FIGURE_WORDS, indicatorWords } from "./context";
// (A school level names its part more surely than any word: resolve.ts, SCHOOL_LEVEL.)
const SCHOOL_LEVEL = new Set(["thpt", "thcs", "gdtx", "tiểu", "mầm"]);

// Words that name no measure of their own: a passive or tense mark, a verb of moving a level, a time's head.
const NO_MEASURE = new Set(["bị", "đã", "sẽ", "đang", "vào", "tới", "lên", "xuống", "nâng", "hết", "cuối", "phấn", "đấu", "nay", "hiện", "tại", "ít", "nhất", "thiểu", "đa", "quá", "không", "hơn", "khoảng", "gần", "tổng"]);

/** A part's words that can name what it measures: no figure, year or word about a figure ("mức độ 2" keeps its 2). */
function measureWords(text: string): Set<string> {
  const bare = text.replace(/(?<!(?:độ|hạng|loại|vùng|khối|lớp|cấp) )\d[\d.,]*\s*%?/gu, " ");
  return new Set(indicatorWords(bare, true).filter((w) => !FIGURE_WORDS.has(w) && !NO_MEASURE.has(w)));
}

/** What the words decide between dated parts against the year's pick: one part surely, two to ask between, or nothing. */
export type MeasureChoice = { sure: number } | { ask: [number, number] } | null;

/**
 * `texts`: each dated part's words; `year`: the part the year picks (the period's, or the indicator's). Parts that each
 * name some of the indicator's words measure what their own words (those no other part has) say:
 * - the indicator names the own words of one part only: that part, whatever the year, when the year's part measures
 *   something of its own the indicator does not name, or the part's own words hold a level's number or a school
 *   level ("mức độ 2", "THPT"); else (the year's part may be the same measure written shorter) the two are asked about;
 * - it names the own words of several: the year's part when it holds as many as any; else one holding a level's
 *   number or a school level when only one does; else asked about (the indicator fits neither surely), unless the
 *   year is the indicator's own (`named`);
 * - it names none while the year's part has words of its own (a qualifier, "nặng", "kiểu mẫu"): asked about.
 * A part naming none of the indicator's words shares the others' (an ellipsis, "… 90% và năm 2030 đạt trên 95% dân
 * số …"): the year decides, as before.
 */
export function measureChoice(ind: string, texts: string[], year: number, named = false, lead = false): MeasureChoice {
  if (texts.length < 2 || year < 0) return null;
  const w = measureWords(ind);
  // (`lead`, clauses: words before the first clause's figure are every clause's subject unless every later clause writes
  // its own before its figure, "Sản lượng trứng, sữa đến năm 2025 đạt …; đến năm 2030 đạt …": they tell none apart.)
  const at = (t: string) => Math.max(0, t.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/u));
  const head = lead && !texts.every((t, k) => k === 0 || measureWords(t.slice(0, at(t))).size > 0) ? texts[0].slice(0, at(texts[0])) : "";
  const parts = texts.map((t) => measureWords(`${head} ${t}`));
  if (parts.some((p) => ![...p].some((x) => w.has(x)))) return null;
  const own = parts.map((p, k) => [...p].filter((x) => parts.every((q, j) => j === k || !q.has(x))));
  const hits = own.map((o) => o.filter((x) => w.has(x)));
  const sureWord = (k: number) => hits[k].some((x) => /\d/u.test(x) || SCHOOL_LEVEL.has(x));
  const hitters = hits.map((h, k) => (h.length > 0 ? k : -1)).filter((k) => k >= 0);
  if (hitters.length === 0) {
    // (Words deciding nothing, the year the indicator names as its own decides: "… phủ sóng 5G năm 2025".)
    if (own[year].length === 0 || named) return null;
    const other = own.findIndex((o, k) => k !== year && o.length === 0);
    return { ask: [other >= 0 ? other : year === 0 ? 1 : 0, year] };
  }
  if (hitters.length === 1) {
    const a = hitters[0];
    if (a === year) return null;
    // (The indicator naming the year's part as its own, "… năm 2025", against its words naming another: asked about.)
    return !named && (own[year].length > 0 || sureWord(a)) ? { sure: a } : { ask: [a, year] };
  }
  const most = Math.max(...hits.map((h) => h.length));
  if (hits[year].length === most) return null;
  const sure = hitters.filter(sureWord);
  if (sure.length === 1) return sure[0] === year ? null : named ? { ask: [sure[0], year] } : { sure: sure[0] };
  // (The indicator naming the year's part, "… năm 2020", names it more surely than its words split between parts.)
  if (named) return null;
  const a = hits.findIndex((h) => h.length === most);
  return { ask: [a, year] };
}

/** The part a year picks among parts naming years (`ys`): the one naming `year`, when exactly one does; else -1. */
export function partOfYear(ys: number[][], year: number): number {
  const k = ys.findIndex((y) => y.includes(year));
  return k >= 0 && ys.findIndex((y, j) => j > k && y.includes(year)) < 0 ? k : -1;
}

/**
 * Whether a later part `b` measures what an earlier part `a` states: it moves that level ("giảm còn", "tăng lên"), one
 * of the two names nothing of its own (an ellipsis, "Năm 2020 đạt 62%, đến năm 2025 đạt 75% dân số …"), or `b` names
 * nothing `a` does not.
 */
export function measuresAlike(a: string, b: string): boolean {
  const wa = measureWords(a);
  const wb = measureWords(b);
  // (The verb before the later figure, "tăng huyết áp" after it names a measure, and only when the words before it name
  // nothing `a` lacks: "thu nhập … tăng lên 70 triệu" beside "GRDP … 60 triệu" moves another measure.)
  const lead = b.slice(0, Math.max(0, b.search(/(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/u)));
  if (/(?<!\p{L})(?:giảm|tăng|nâng|lên|xuống|còn)(?!\p{L})/u.test(lead) && [...measureWords(lead)].every((w) => wa.has(w) || /^(?:giảm|tăng|còn)$/u.test(w))) return true;
  return wa.size === 0 || wb.size === 0 || [...wb].every((w) => wa.has(w));
}

/** Whether the indicator names `year` as its own (a yearly plan's part), not as a base ("gốc", "so với năm 2020"). */
export function ownYear(ind: { low: string; year: number | null }, year: number): boolean {
  return ind.year === year && !/gốc|so với/u.test(ind.low);
}

/**
 * A clause stating a level as a fact for a past year ("Năm 2020, tỷ lệ hộ nghèo là 5,2%"): every year it names is before
 * the period's `start`, it reaches for nothing ("đến", "phấn đấu", "mục tiêu") and holds no firm bound ("dưới", "trên"),
 * and the indicator does not name that year as its own. Never the target the words pick (parse.ts, clauseMeasures).
 */
export function statedPast(text: string, years: number[], start: number, ind: { low: string; year: number | null }): boolean {
  return years.length > 0 && years.every((y) => y < start && !ownYear(ind, y)) && !/(?<!\p{L})(?:đến|tới|vào|trước|hết|cuối|phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dưới|trên|tối thiểu|tối đa|ít nhất|không quá|vượt)(?!\p{L})/u.test(text);
}
