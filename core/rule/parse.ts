// Target-phrase parser: reads a Vietnamese plan target ("ít nhất 65%", "28/28 trường", "chậm nhất tháng 6/2025") into a Rule.
import type { Bilingual } from "../types";
import type { Rule } from "./schema";
import type { Warning } from "./verdict";
import { findDates, markDates, type BadDate } from "./parse/dates";
import { MEASURE_UNITS, NOUNS, goodIn, reduceIn } from "./parse/lexicon";
import { SHAPES, cleanSubject, type Ctx, type ParseOptions } from "./parse/shapes";
import { isYear, prepare, tokenize, type Prepared, type Tok } from "./parse/text";

export { isReduceSubject, isGoodSubject, REDUCE_WORDS } from "./parse/lexicon";
export type { ParseOptions } from "./parse/shapes";

export type ParseError = { code: string; message: Bilingual; fragment: string };
export type ParseResult = { ok: true; rule: Rule; warnings: Warning[] } | { ok: false; error: ParseError };

/** Markers the canonical printer appends; read back and removed before the phrase is parsed. */
const MARKS: Array<[RegExp, Ctx["marks"]]> = [
  [/\s*\((?:giảm|reduce)\)\s*$/u, { reduce: true }],
  [/\s*\((?:duy trì|maintain)\)\s*$/u, { maintain: true }],
  [/\s*\((?:cao hơn là vượt|above is exceeded)\)\s*$/u, { sense: "up" }],
  [/\s*\((?:thấp hơn vẫn đạt|lower is fine)\)\s*$/u, { sense: "down" }],
];

// "độ tuổi 15 đến 60": numbers right after an age word are ages.
const AGE_BEFORE = /(?:^|[^\p{L}])(?:độ tuổi|lứa tuổi)(?: từ)?\s*$/u;
const POPULATION_AFTER = /^\s*(?:tháng tuổi|năm tuổi|tuổi|buổi\s*\/\s*ngày)(?![\p{L}])/u;
// Numbers right after these words name a class, an article or a document, never a threshold ("lớp 6,7", "khu vực 5").
const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(?:lớp|khối|lần thứ|khóa|khoá|điều|khoản|mục|phụ lục|chương|bước|số|giai đoạn|khu vực|tầng|thông tư|nghị định|nghị quyết|quyết định|công văn|kế hoạch|chỉ thị|đề án)\s*$/u;
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:năm học|năm|giai đoạn|nhiệm kỳ|nhiệm kì|niên khóa|khóa|từ|đến|tới|trước|sau)\s*$|[-/]\s*$/u;

// Document numbers: "22/KH-UBND", "02/2023/NQ-HĐND", "29-NQ/TW", "39/2024/QH15" (an upper-case code after "/" or "-").
const DOC_NUMBER = /(?<![\p{L}\d])\d+(?:[/.]\d+)*[/-]\p{Lu}[\p{L}\d]*(?:[/-][\p{L}\d]+)*/gu;

/** Gives each number its role: figure (a possible threshold), year, date, population or reference. */
function classify(p: Prepared, toks: Tok[]): void {
  const docs: Array<[number, number]> = [];
  if (toks.length > 0) {
    const upto = Math.min(p.src.length, toks[toks.length - 1].end + 40);
    for (const m of p.src.slice(0, upto).matchAll(DOC_NUMBER)) docs.push([m.index, m.index + m[0].length]);
  }
  let d = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (d < docs.length && docs[d][1] <= t.start) d++;
    if (d < docs.length && docs[d][0] <= t.start && t.end <= docs[d][1] && !t.word) {
      t.role = "reference";
      continue;
    }
    if (t.role !== "figure" || t.word) continue;
    // "Covid-19", "H5N1": digits hung on a word by a hyphen are part of its name.
    if (/\p{L}-$/u.test(p.src.slice(Math.max(0, t.start - 2), t.start))) {
      t.role = "reference";
      continue;
    }
    // "nhân dịp 27/7", "20/11": day/month without a year (a share would have the smaller number first).
    const n = toks[i + 1];
    if (n && !t.percent && !n.percent && t.integer && n.integer && /^\/$/u.test(p.src.slice(t.end, n.start)) && t.value > n.value && t.value <= 31 && n.value >= 1 && n.value <= 12 && !/^\s*\/\s*\d/u.test(p.src.slice(n.end, n.end + 3))) {
      t.role = "date";
      n.role = "date";
      continue;
    }
    // A "-" opening the text is a bullet ("-100% trường"), not a minus sign.
    if (t.value < 0 && t.text.startsWith("-") && p.low.slice(0, t.start).trim() === "") {
      t.value = -t.value;
      t.text = t.text.slice(1);
    }
    const w = p.low.slice(Math.max(0, t.start - 24), t.start);
    const a = p.low.slice(t.end, t.end + 24);
    if (!t.percent && /^\d+(?:\.\d+)*$/u.test(t.text) && isNumbering(p, t, i === 0, i === toks.length - 1)) {
      t.role = "numbering";
    } else if (!t.percent && /^\p{L}/u.test(a) && !MEASURE_UNITS.some((u) => a.startsWith(u))) {
      // Digits glued to the letters after them are a code ("03b", "2a"), not a figure.
      t.role = "reference";
    } else if (!t.percent && (POPULATION_AFTER.test(a) || AGE_BEFORE.test(w))) {
      t.role = "population";
    } else if (!t.percent && REFERENCE_BEFORE.test(w)) {
      t.role = "reference";
    } else if (/\d\s*\/\s*$/u.test(w) || /^\s*\/\s*\d/u.test(a)) {
      // Either side of a "/" between numbers (dates were marked before): a share such as "0/1945", not a year.
    } else if (!t.percent && /^\d{4}$/u.test(t.text) && isYear(t.value) && !nounFollows(a)) {
      t.role = "year";
    } else if (!t.percent && /^\d{4}$/u.test(t.text) && isYear(t.value) && (YEAR_BEFORE.test(w) || /^\s*-\s*\d{4}/u.test(a))) {
      t.role = "year";
    }
  }
  // "(11-14 tuổi)", "15 đến 18 tuổi", "độ tuổi 15 đến 60": both ends of an age span are ages.
  const span = (a: Tok, b: Tok) => !a.percent && !b.percent && /^\s*(?:-|đến|tới)\s*$/u.test(p.low.slice(a.end, b.start));
  for (let i = toks.length - 2; i >= 0; i--) {
    if (toks[i + 1].role === "population" && toks[i].role === "figure" && span(toks[i], toks[i + 1])) toks[i].role = "population";
  }
  for (let i = 1; i < toks.length; i++) {
    if (toks[i - 1].role === "population" && toks[i].role === "figure" && span(toks[i - 1], toks[i])) toks[i].role = "population";
  }
}

// No real target has more figures than this; the cap keeps pathological inputs (100 KB of "1/1/1…") fast.
const MAX_FIGURES = 64;
const MAX_TOKENS = 4 * MAX_FIGURES;

function capFigures(toks: Tok[]): Tok[] {
  let n = 0;
  const out: Tok[] = [];
  for (const t of toks) {
    if (t.role === "figure" && ++n > MAX_FIGURES) break;
    out.push(t);
  }
  return out;
}

/**
 * A list or heading number: "1. Tỷ lệ …", "3.1." at the start, or the next heading's number left at the end of
 * a pasted sentence ("… GIẢI PHÁP CHỦ YẾU 1.").
 */
function isNumbering(p: Prepared, t: Tok, first: boolean, last: boolean): boolean {
  const tail = p.low.slice(t.end, t.end + 2);
  // A footnote's number before the figure it explains: "1 11 trường: MN …", "2 03 trường đúng thời hạn".
  if (first && /^\s\d/u.test(tail) && p.low.slice(0, t.start).trim() === "") return true;
  if (!/^[.)](?:\s|$)/u.test(tail)) return false;
  if (first && /^[\s\-+•*]*$/u.test(p.low.slice(0, t.start))) return true;
  const w = p.low.slice(Math.max(0, t.start - 16), t.start);
  return last && p.low.slice(t.end).trim().length <= 1 && /[\p{L}\d]\s+$/u.test(w) && !/(?:đạt|là|có|nhất|thiểu|đa|trên|dưới|quá|từ|còn|thêm|tăng|giảm|mức|độ|hạng|thứ|top|tốp)\s+$/u.test(w);
}

function nounFollows(a: string): boolean {
  const s = a.replace(/^\s+/u, "");
  return NOUNS.some((n) => s.startsWith(n) && !/^\p{L}/u.test(s.slice(n.length)));
}

function err(code: string, fragment: string, vi: string, en: string): ParseResult {
  return { ok: false, error: { code, fragment, message: { vi, en } } };
}

const EXAMPLES_VI = `Ví dụ: "ít nhất 65%", "28/28 trường", "55-60%", "chậm nhất tháng 6/2025"`;
const EXAMPLES_EN = `Examples: "ít nhất 65%", "28/28 trường", "55-60%", "chậm nhất tháng 6/2025"`;

/** Parses one clause; returns null when no shape fits. */
function parseClause(src: string, opts: ParseOptions, warnings: Warning[], indicator: Ctx["indicator"], errors: ParseError[]): Rule | null {
  let p = prepare(src);
  const marks: Ctx["marks"] = {};
  for (const [re, mk] of p.low.endsWith(")") ? MARKS : []) {
    const m = re.exec(p.low);
    if (m) {
      Object.assign(marks, mk);
      p = prepare(p.src.slice(0, m.index));
    }
  }
  if (!/[\p{L}\p{N}]/u.test(p.low)) return null;
  const all = tokenize(p, MAX_TOKENS + 1);
  const toks = all.length > MAX_TOKENS ? all.slice(0, MAX_TOKENS) : all;
  const bad: BadDate[] = [];
  const dates = findDates(p, opts.year, bad);
  if (bad.length > 0) {
    const d = bad[0].text.trim();
    errors.push({
      code: "bad_date",
      fragment: d,
      message: { vi: `Ngày "${d}" không có thật; ghi ngày theo dạng dd/mm/yyyy, tháng từ 1 đến 12`, en: `The date "${d}" does not exist; write dates as dd/mm/yyyy with months 1 to 12` },
    });
    return null;
  }
  markDates(toks, dates);
  classify(p, toks);
  const ctx: Ctx = { p, toks: capFigures(toks), opts, warnings: [], marks, dates, indicator };
  if (ctx.toks.length < all.length) {
    ctx.warnings.push({
      code: "target_partly_read",
      message: { vi: `chỉ xét các số đầu tiên (tối đa ${MAX_FIGURES})`, en: `only the first figures (at most ${MAX_FIGURES}) were considered` },
    });
  }
  for (const [, shape] of SHAPES) {
    const found = shape(ctx);
    if (found) {
      const left = toks.filter((t) => t.role === "figure" && !found.used.includes(t) && !t.word);
      if (left.length > 0 && found.rule.kind !== "boolean") {
        const rest = left.map((t) => t.text).join(", ");
        ctx.warnings.push({
          code: "target_partly_read",
          message: { vi: `bỏ qua số khác trong câu: ${rest}`, en: `other figures in the sentence ignored: ${rest}` },
        });
      }
      warnings.push(...ctx.warnings);
      return found.rule;
    }
  }
  return null;
}

// Clauses a whole pasted sentence is cut into; the first one holding a target wins. "trong đó" opens a sub-target.
// A sentence end is a mark after a word, not after a list number ("1. Tỷ lệ ...").
const CLAUSE_CUT = /\s*;\s*|\s+trong đó:?\s+|(?<=[^\d\s][.!?])\s+(?=\p{Lu})|\n+/u;

/**
 * Reads a target phrase, or a whole sentence pasted from a plan, into a typed rule. Never throws.
 * @example parseTarget("ít nhất 65%") → { ok: true, rule: { kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, … } }
 * @example parseTarget("28/28 trường – đạt 100%") → rule { kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }
 * @example parseTarget("giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân 1,2%") → rule { kind: "compare", op: "<=", value: 0.012, intent: "reduce" }
 * @example parseTarget("xyz") → { ok: false, error: { code: "unreadable", fragment: "xyz", … } }
 */
export function parseTarget(text: string, opts: ParseOptions = {}): ParseResult {
  try {
    return parseTargetUnsafe(text, opts ?? {});
  } catch (e) {
    const fragment = typeof text === "string" ? text.slice(0, 80) : "";
    return err("internal", fragment, `Lỗi khi đọc chỉ tiêu "${fragment}"`, `Error while reading target "${fragment}"`);
  }
}

function parseTargetUnsafe(text: string, opts: ParseOptions): ParseResult {
  if (typeof text !== "string") return err("not_text", "", "Chỉ tiêu phải là chữ", "The target must be text");
  const whole = text.normalize("NFC").trim();
  if (whole === "") return err("empty", "", "Chỉ tiêu để trống", "The target is empty");
  // Markup and spreadsheet formulas are not targets, even when they hold digits ("<img … =1>", "=A1+1").
  const markup = /<\/?[a-z][^<>]{0,200}>/iu.exec(whole.replace(/<\/?su[pb]>/giu, ""));
  if (markup) {
    return err("unreadable", short(markup[0]), `Chỉ tiêu chứa mã HTML "${short(markup[0])}"; hãy dán chữ thường`, `The target holds HTML "${short(markup[0])}"; paste plain text`);
  }
  if (FORMULA.test(whole)) {
    return err("unreadable", short(whole), `"${short(whole)}" là công thức bảng tính, không phải chỉ tiêu; hãy ghi chỉ tiêu bằng chữ`, `"${short(whole)}" is a spreadsheet formula, not a target; write the target as text`);
  }
  // A pasted sentence has a handful of clauses; looking at the first MAX_CLAUSES keeps huge inputs fast.
  const clauses = whole.split(CLAUSE_CUT, MAX_CLAUSES).filter((s) => /[\p{L}\p{N}]/u.test(s));
  let fallback: { rule: Rule; warnings: Warning[] } | null = null;
  const ind = typeof opts.indicator === "string" ? prepare(opts.indicator.slice(0, 2000)).low : "";
  const indicator = { reduce: reduceIn(ind), good: goodIn(ind), rate: /tỷ lệ|tỉ lệ|%/u.test(ind) };
  const errors: ParseError[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const warnings: Warning[] = [];
    const rule = parseClause(clauses[i], opts, warnings, indicator, errors);
    if (errors.length > 0) return { ok: false, error: errors[0] };
    if (!rule) continue;
    if (rule.kind === "boolean") {
      fallback ??= { rule, warnings };
      continue;
    }
    if (clauses.length > 1) {
      const others = clauses.filter((_, j) => j !== i && /\d/u.test(clauses[j]));
      if (others.length > 0) {
        warnings.push({
          code: "target_partly_read",
          message: { vi: `chỉ đọc vế "${short(clauses[i])}"`, en: `only the part "${short(clauses[i])}" was read` },
        });
      }
    }
    return { ok: true, rule: withText(rule, whole), warnings };
  }
  if (fallback) return { ok: true, rule: withText(fallback.rule, whole), warnings: fallback.warnings };
  const fragment = short(whole);
  if (/(?:ít nhất|tối thiểu|tối đa|không quá|trên|dưới|[≥≤<>])\s*$/u.test(whole.toLowerCase())) {
    return err("missing_number", fragment, `Chỉ tiêu "${fragment}" thiếu con số sau toán tử. ${EXAMPLES_VI}`, `Target "${fragment}" has no figure after its operator. ${EXAMPLES_EN}`);
  }
  return err(
    "unreadable",
    fragment,
    `Không đọc được chỉ tiêu "${fragment}": không thấy ngưỡng (số, tỷ lệ, mức, hạn) nào. ${EXAMPLES_VI}`,
    `Cannot read target "${fragment}": no threshold (figure, rate, level, date) found. ${EXAMPLES_EN}`,
  );
}

function short(s: string): string {
  const t = s.trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

/** The rule with its source text and without undefined fields (so results compare and print cleanly). */
function withText(rule: Rule, text: string): Rule {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rule)) if (v !== undefined) out[k] = v;
  out.text = text;
  return out as Rule;
}

// "=A1+1", "=SUM(B2:B9)", "=1+1"; but "= 0" and "= 100%" are canonical targets.
const FORMULA = /^=\s*(?:[a-z_][\w.]*\s*\(|\$?[a-z]{1,3}\$?\d+|[\d.,\s]*[+*/^])/iu;

const MAX_CLAUSES = 64;
const MAX_PARTS = 100;

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParseResult>();

/**
 * `parseTarget` with a bounded cache for repeated phrases (whole columns of one target). The result
 * is shared between callers: treat it as read-only.
 * @example parseTargetCached("≥ 65%") === parseTargetCached("≥ 65%") → true
 */
export function parseTargetCached(text: string, opts: ParseOptions = {}): ParseResult {
  if (typeof text !== "string" || text.length > 2000) return parseTarget(text, opts);
  const key = `${text}\u0000${opts.indicator ?? ""}\u0000${opts.direction ?? ""}\u0000${opts.year ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = parseTarget(text, opts);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, r);
  return r;
}

/** One target found in a compound statement. */
export interface StatementPart {
  /** Short name of the part ("Hoàn thành Tốt", "giải Nhất"). */
  label: string;
  /** The text parsed for this part. */
  target: string;
  result: ParseResult;
}

// Pieces of a statement: ";" and line breaks always cut; "trong đó" opens sub-targets; ", " cuts only
// between two pieces that each hold a figure (so "20 nhóm, lớp/trường" stays whole).
const HARD_CUT = /\s*;\s*|\s*\n+\s*|\s+trong đó:?\s*|(?<=[^\d\s][.!?])\s+(?=\p{Lu})/u;

/**
 * Splits a compound or distribution statement into its targets and parses each.
 * @example parseStatement("35 giải, trong đó ít nhất 2 giải Nhất, 20 giải Nhì").map((p) => p.label)
 *   → ["35 giải", "giải Nhất", "giải Nhì"]
 * @example parseStatement("Tốt: 95-97%; Chưa đạt: 0%").length → 2
 */
export function parseStatement(text: string, opts: ParseOptions = {}): StatementPart[] {
  if (typeof text !== "string") return [];
  try {
    return parseStatementUnsafe(text, opts ?? {});
  } catch {
    return [{ label: short(String(text)), target: String(text), result: parseTarget(String(text), opts) }];
  }
}

function hasFigure(s: string): boolean {
  const p = prepare(s);
  const toks = tokenize(p);
  markDates(toks, findDates(p, undefined));
  classify(p, toks);
  return toks.some((t) => t.role === "figure" && !t.word);
}

// The threshold phrase at either end of a part, so what is left names the part.
const LEAD_FIGURE = /^(?:(?:phấn đấu|đạt|có|ít nhất|tối thiểu|tối đa|không quá|trên|dưới|từ)\s+)*[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*%?\s*/iu;
const TAIL_FIGURE = /[\s:–-]*(?:(?:đạt|là|ít nhất|tối thiểu|trên|dưới|từ)\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*%$/iu;

/**
 * A short name for a part: "Hoàn thành Tốt" for "Hoàn thành Tốt: 15-17%", "giải Nhất" for "ít nhất 2 giải Nhất";
 * the whole part when nothing but a bare noun would be left ("35 giải").
 */
function labelOf(target: string): string {
  const colon = /^([^:\d]{1,60}):\s*(?=\S)/u.exec(target);
  if (colon) return colon[1].trim();
  const t = target.slice(0, 200);
  const rest = t.replace(LEAD_FIGURE, "").replace(TAIL_FIGURE, "").trim();
  return rest && rest !== t && /\s/u.test(rest) && rest.length <= 60 ? rest : short(target);
}

function parseStatementUnsafe(text: string, opts: ParseOptions): StatementPart[] {
  const whole = text.normalize("NFC").replace(/[ \t\u00A0]+/gu, " ").trim();
  if (!whole) return [];
  const pieces: string[] = [];
  for (const hard of whole.split(HARD_CUT)) {
    if (pieces.length > MAX_PARTS) {
      pieces.push(hard);
      continue;
    }
    const bits = hard.split(/,\s+/u);
    let cur = "";
    for (const [k, b] of bits.entries()) {
      if (pieces.length >= MAX_PARTS) {
        cur = [cur, ...bits.slice(k)].filter(Boolean).join(", ");
        break;
      }
      if (cur && hasFigure(cur) && hasFigure(b)) {
        pieces.push(cur);
        cur = b;
      } else cur = cur ? `${cur}, ${b}` : b;
    }
    if (cur.trim()) pieces.push(cur);
  }
  const out: StatementPart[] = [];
  if (pieces.length > MAX_PARTS) {
    const rest = pieces.slice(MAX_PARTS).join("; ");
    pieces.length = MAX_PARTS;
    pieces.push(rest);
  }
  for (const [n, raw] of pieces.entries()) {
    if (n === MAX_PARTS) {
      const fragment = short(raw);
      out.push({
        label: fragment,
        target: raw,
        result: err("too_many_parts", fragment, `Câu có hơn ${MAX_PARTS} chỉ tiêu; phần còn lại chưa đọc`, `More than ${MAX_PARTS} targets in one statement; the rest was not read`),
      });
      break;
    }
    const target = raw.replace(/^[\s\-+•*·–,:]+|[\s,.:]+$/gu, "");
    if (!/[\p{L}\p{N}]/u.test(target)) continue;
    const result = parseTarget(target, opts);
    if (!result.ok && !/\d/u.test(target)) continue;
    const label = labelOf(target);
    out.push({ label, target, result });
    // "14/14 phường ... mức độ 2": the share of units and the level they must reach are two checks.
    if (result.ok && result.rule.kind === "fraction") {
      const lv = /(?:mức độ|cấp độ)\s+(\d{1,2})(?![\d/])/u.exec(target.toLowerCase());
      if (lv) {
        const lt = `mức độ ${lv[1]}`;
        const sub = cleanSubject(target.slice(0, lv.index));
        const level = parseTarget(lt, opts);
        if (level.ok && level.rule.kind === "level") {
          const rule = { ...level.rule, text: target, ...(sub ? { subject: sub } : {}) };
          out.push({ label: lt, target: lt, result: { ok: true, rule, warnings: [] } });
        }
      }
    }
  }
  return out;
}
