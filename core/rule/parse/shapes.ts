// Target shapes: ordered recognisers that turn one prepared clause into a typed rule.
import type { Warning } from "../verdict";
import type { Op, Rule, Unit } from "../schema";
import { after, before, type Prepared, type Tok } from "./text";
import type { DateHit } from "./dates";
import type { Period } from "../../period/period";
import {
  FILLERS_BEFORE,
  MEASURE_UNITS,
  NOUNS,
  OPS_AFTER,
  OPS_BEFORE,
  PERIODS,
  goodIn,
  reduceIn,
  type OpWord,
} from "./lexicon";

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

/** Everything a recogniser may look at for one clause. */
export interface Ctx {
  p: Prepared;
  toks: Tok[];
  opts: ParseOptions;
  warnings: Warning[];
  /** Markers read from canonical text ("(giảm)", "(cao hơn là Vượt)") and removed from `p`. */
  marks: { reduce?: boolean; maintain?: boolean; sense?: "up" | "down" };
  /** Date expressions found in the clause. */
  dates: DateHit[];
  /** What the indicator name says about direction, worked out once per parse. */
  indicator: { reduce: boolean; good: boolean; rate: boolean };
  /** Memo: the figures, and each figure's operator (recognisers ask for them again and again). */
  memo?: { figs?: Tok[]; ops: Map<Tok, (OpWord & { at: number }) | null> };
}

export type Found = { rule: Rule; used: Tok[] };

// ---------------------------------------------------------------------------------------------
// Small readers

/** The operator written just before a figure, skipping fillers ("đạt tỷ lệ 95%"), and where it starts. */
export function opBefore(c: Ctx, t: Tok, floor = 0): (OpWord & { at: number }) | null {
  if (floor !== 0) return readOpBefore(c, t, floor);
  c.memo ??= { ops: new Map() };
  if (!c.memo.ops.has(t)) c.memo.ops.set(t, readOpBefore(c, t, 0));
  return c.memo.ops.get(t)!;
}

function readOpBefore(c: Ctx, t: Tok, floor: number): (OpWord & { at: number }) | null {
  let w = before(c.p, t.start, 48, floor);
  const base = Math.max(floor, t.start - 48);
  for (let k = 0; k < 5; k++) {
    w = w.replace(/\s+$/u, "");
    for (const [re, ow] of OPS_BEFORE) {
      const m = re.exec(w);
      if (m) {
        const lead = /^[^\p{L}≥≤<>=]/u.test(m[0]) ? 1 : 0;
        return { ...ow, at: base + m.index + lead };
      }
    }
    const f = FILLERS_BEFORE.exec(w);
    if (!f) break;
    w = w.slice(0, f.index + (/^[^\p{L}:,]/u.test(f[0]) ? 1 : 0));
  }
  return null;
}

/** An operator confirmed after a figure ("từ 95% trở lên", "65%+"). */
export function opAfter(c: Ctx, t: Tok): Op | null {
  const a = after(c.p, t.end, 40);
  for (const [re, op] of OPS_AFTER) {
    const m = re.exec(a);
    // "trở lên" that closes another "từ ... trở lên" ("có trình độ từ Đại học trở lên") is not ours.
    if (m && !/(?:^|\s)từ\s/u.test(m[0])) return op;
  }
  return null;
}

const STOP_AFTER = /^(?:trở|đạt|và|trong|của|được|có|là|so|với|tại|theo|đến|từ|các|những|mỗi|đối|trên|dưới|thuộc|ra|vào|hoặc|hay)(?![\p{L}])/u;

/** The longest known noun at the start of `s`, else its first plain word (not a stop word). */
function nounAt(s: string): string | null {
  for (const n of NOUNS) if (s.startsWith(n) && !/^\p{L}/u.test(s.slice(n.length))) return n;
  for (const n of MEASURE_UNITS) if (s.startsWith(n) && !/^\p{L}/u.test(s.slice(n.length))) return n;
  const m = /^\p{L}+/u.exec(s);
  if (!m || STOP_AFTER.test(s)) return null;
  return m[0];
}

/**
 * The unit written after a figure: "trường" (count), "m2/trẻ", "trẻ/nhóm lớp", "nhóm, lớp/trường" (measure).
 * Returns the unit and where it ends.
 */
export function unitAfter(c: Ctx, t: Tok): { unit: Unit; end: number } {
  if (t.percent) return { unit: { kind: "percent" }, end: t.end };
  const low = c.p.low;
  let i = t.end;
  while (low[i] === " ") i++;
  const s = low.slice(i, i + 60);
  const first = nounAt(s);
  if (!first) return { unit: { kind: "count" }, end: t.end };
  let len = first.length;
  // "20 nhóm, lớp/trường": a second noun after a comma still belongs to the unit when a "/" follows.
  const more = /^, \p{L}+(?=\s*\/)/u.exec(s.slice(len));
  if (more) len += more[0].length;
  let rest = s.slice(len);
  const slash = /^\s*\/\s*/u.exec(rest);
  if (slash) {
    const perStart = len + slash[0].length;
    const per = nounAt(s.slice(perStart)) ?? PERIODS.map(([re]) => re.exec(s.slice(perStart))?.[0]).find(Boolean) ?? null;
    if (per) {
      const unitText = c.p.src.slice(i, i + len).trim() + "/" + c.p.src.slice(i + perStart, i + perStart + per.length);
      return { unit: { kind: "measure", unit: unitText.replace(/\s*\/\s*/g, "/") }, end: i + perStart + per.length };
    }
  }
  rest = c.p.src.slice(i, i + len).trim();
  if (MEASURE_UNITS.includes(first)) return { unit: { kind: "measure", unit: rest }, end: i + len };
  return { unit: { kind: "count", noun: rest }, end: i + len };
}

/** Trims a subject: bullets, list numbers, leading verbs and trailing operator words. */
export function cleanSubject(s: string): string | undefined {
  let t = s
    .replace(/^[\s\-+•*·–:;,.]+/u, "")
    .replace(/^(?:trở lên|trở xuống|trở lại)(?![\p{L}])/iu, "")
    .replace(/^[\s\-+•*·–:;,.]+/u, "")
    .replace(/^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s+/u, "")
    .replace(/[\s:;,.\-–(]+$/u, "")
    .trim();
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t
      .replace(/(?:^|\s)(?:phấn đấu|(?<!chưa |không )đạt|là|có|chiếm|được|đạt được|tỷ lệ đạt|ít nhất|tối thiểu|trên|dưới|từ|không quá|tối đa)$/iu, "")
      .replace(/^(?:phấn đấu|có|đạt)\s+/iu, "")
      .replace(/[\s:;,.\-–(]+$/u, "")
      .trim();
    if (t === before) break;
  }
  if (!/\p{L}{2,}/u.test(t) || /^(?:mỗi|hằng|hàng) (?:năm|tháng|quý|tuần)$/iu.test(t)) return undefined;
  return t.length > 160 ? t.slice(0, 160).replace(/\s+\S*$/u, "") : t;
}

/** Subject of a figure: the words before its operator, or failing that the words after its unit. */
export function subjectOf(c: Ctx, start: number, end: number): string | undefined {
  const head = cleanSubject(c.p.src.slice(Math.max(0, start - 300), start));
  if (head) return head;
  const tail = c.p.src.slice(end, end + 300).replace(/^\s*(?:số\s+)?/u, "").split(/[;(]|(?:^|\s)so với\s/u)[0];
  return cleanSubject(tail);
}

function reduceContext(c: Ctx, pos: number): boolean {
  const head = c.p.low.slice(Math.max(0, pos - 200), pos);
  return /(?:^|[^\p{L}])(?:giảm|khống chế|hạ|kéo giảm|hạn chế)(?![\p{L}])/u.test(head);
}

function maintainContext(c: Ctx, pos: number): boolean {
  return /(?:^|[^\p{L}])duy trì(?![\p{L}])/u.test(c.p.low.slice(Math.max(0, pos - 120), pos));
}

function isReduce(c: Ctx, pos: number): boolean {
  return reduceIn(c.p.low.slice(Math.max(0, pos - 200), Math.min(c.p.low.length, pos + 80))) || c.indicator.reduce;
}

function between(c: Ctx, a: Tok, b: Tok): string {
  return c.p.low.slice(a.end, b.start);
}

function warn(c: Ctx, code: Warning["code"], vi: string, en: string): void {
  c.warnings.push({ code, message: { vi, en } });
}

function figs(c: Ctx): Tok[] {
  c.memo ??= { ops: new Map() };
  return (c.memo.figs ??= c.toks.filter((t) => t.role === "figure"));
}

// ---------------------------------------------------------------------------------------------
// Recognisers. Each returns a rule or null; `recognise` tries them in order.

const ZERO_PHRASE =
  /(?:^|[^\p{L}])tuyệt đối không(?! để)(?![\p{L}])|(?:^|[^\p{L}])(?:tuyệt đối )?không để (?:xảy ra|xẩy ra|có|phát sinh|trẻ|học sinh|cho|ai|tình trạng)|(?:^|[^\p{L}])không (?:có|xảy ra|phát sinh) (?:trường hợp|vụ|ca|học sinh|trẻ|tình trạng|sự cố)|^= ?0(?![\d,.])/u;

/** "không để xảy ra ngộ độc thực phẩm", "= 0", "Chưa đạt: 0%". */
function zero(c: Ctx): Found | null {
  const m = c.p.low.includes("không") || c.p.low.startsWith("=") ? ZERO_PHRASE.exec(c.p.low) : null;
  const fs = figs(c);
  if (m) {
    const strong = fs.find((t) => t.value !== 0 && opBefore(c, t) && !opBefore(c, t)!.weak);
    if (strong) return null;
    const zeroTok = fs.find((t) => t.value === 0);
    const unit: Unit = zeroTok?.percent ? { kind: "percent" } : zeroTok ? unitAfter(c, zeroTok).unit : nounUnit(c, m.index + m[0].length);
    const subject = cleanSubject(c.p.src.slice(m.index + m[0].length)) ?? cleanSubject(c.p.src.slice(0, m.index));
    return { rule: { kind: "zero", unit, subject }, used: zeroTok ? [zeroTok] : [] };
  }
  return null;
}

function nounUnit(c: Ctx, pos: number): Unit {
  const s = c.p.low.slice(pos).replace(/^\s+/u, "");
  const n = /^(vụ|trường hợp|ca)(?![\p{L}])/u.exec(s);
  return n ? { kind: "count", noun: n[1] } : { kind: "count" };
}

const RANK_BEFORE = /(?:^|[^\p{L}])(?:thứ hạng|xếp hạng|hạng|xếp thứ|đứng thứ|rank)\s*(?:≤|thứ)?\s*$/u;
const TOP_BEFORE = /(?:^|[^\p{L}])(?:top|tốp|nhóm)\s*$/u;

/** "thứ hạng 6/30 quận huyện", "hạng ≤ 6/30", "top 5 Thành phố", "tốp đầu". */
function rank(c: Ctx): Found | null {
  const fs = figs(c);
  for (let i = 0; i < fs.length; i++) {
    const t = fs[i];
    if (t.percent || !t.integer) continue;
    const w = before(c.p, t.start, 24);
    const isRank = RANK_BEFORE.test(w);
    const isTop = !isRank && TOP_BEFORE.test(w) && !/nhóm\s*$/u.test(w);
    if (!isRank && !isTop) continue;
    const used = [t];
    let of: number | undefined;
    let end = t.end;
    const n = fs[i + 1];
    if (n && /^\s*\/\s*$/u.test(between(c, t, n)) && n.integer && n.value >= t.value) {
      of = n.value;
      end = n.end;
      used.push(n);
    }
    const field = fieldAfter(c, end);
    const subject = cleanSubject(c.p.src.slice(0, t.start).replace(/(?:thứ hạng|xếp hạng|hạng|xếp thứ|đứng thứ|rank|top|tốp)\s*≤?\s*$/iu, ""));
    return { rule: { kind: "rank", rank: t.value, of, top: isTop, field, subject }, used };
  }
  // "tốp đầu", and "top các trường dẫn đầu" with a few words between.
  const m = /(?:^|[^\p{L}])(?:tốp|top|nhóm)(?: \p{L}+){0,3}? (?:đầu|dẫn đầu)(?![\p{L}])/u.exec(c.p.low);
  if (m) {
    warn(c, "target_partly_read", `"${c.p.src.slice(m.index, m.index + m[0].length).trim()}" được hiểu là top 10; nên ghi rõ số`, `"${c.p.src.slice(m.index, m.index + m[0].length).trim()}" read as top 10; state a number`);
    const field = fieldAfter(c, m.index + m[0].length);
    return { rule: { kind: "rank", rank: 10, top: true, field, subject: cleanSubject(c.p.src.slice(0, m.index).replace(/(?:đứng|thuộc|nằm trong|trong)\s*$/iu, "")) }, used: [] };
  }
  const lead = /(?:^|[^\p{L}])(?:dẫn đầu|đứng đầu|đứng thứ nhất|xếp thứ nhất)(?![\p{L}])/u.exec(c.p.low);
  if (lead) {
    const field = fieldAfter(c, lead.index + lead[0].length);
    return { rule: { kind: "rank", rank: 1, top: false, field, subject: cleanSubject(c.p.src.slice(0, lead.index)) }, used: [] };
  }
  return null;
}

/** "quận huyện" in "thứ hạng 6/30 quận huyện", "Thành phố" in "top 5 Thành phố". */
function fieldAfter(c: Ctx, pos: number): string | undefined {
  const s = c.p.src.slice(pos, pos + 60).split(/[;,.(]/u)[0];
  const t = s.replace(/^\s*(?:của|trong|toàn|các|trên|khối)\s+/iu, "").replace(/\s+(?:và|trong|năm|về).*$/iu, "").trim();
  return /\p{L}{2,}/u.test(t) ? t : undefined;
}

const LEVEL_BEFORE = /(?:^|[^\p{L}])(mức độ|cấp độ|trình độ|mức|bậc|chu kỳ|level|ielts|toefl|toeic|vstep|aptis)\s*(?:≥|từ|đạt|là)?\s*$/u;

/** Whether a figure is a level ("mức độ 3", "IELTS từ 5.5"), and its scale. */
function levelOf(c: Ctx, t: Tok): { scale?: string } | null {
  if (t.percent) return null;
  const m = LEVEL_BEFORE.exec(before(c.p, t.start, 24));
  if (!m) return null;
  const w = m[1];
  if (w === "mức độ" || w === "mức" || w === "cấp độ" || w === "level") return {};
  if (w === "trình độ") return {};
  return { scale: w === "bậc" || w === "chu kỳ" ? w : w.toUpperCase() };
}

const CHANGE_BEFORE = /(?:^|[^\p{L}])(tăng thêm|tăng|giảm thêm|giảm|phát triển thêm|thêm|nâng|hạ|increase|decrease)\s*(?:(?:ít nhất|tối thiểu|≥|>)\s*)?$/u;

/** "giảm 1,5% so với đầu năm", "tăng ≥ 1,5 điểm %", "mỗi năm phát triển thêm ít nhất 01 trường", "tăng so với năm học trước". */
function change(c: Ctx): Found | null {
  const low = c.p.low;
  for (const t of figs(c)) {
    const m = CHANGE_BEFORE.exec(before(c.p, t.start, 40));
    const soVoi = /^[^;]{0,60}?(?:so với|vs)/u.exec(after(c.p, t.end, 70));
    if (!m && !soVoi) continue;
    // Without a change verb right before it, "so với" alone needs a verb earlier in the clause.
    const verb = m?.[1] ?? lastChangeVerb(low.slice(0, t.start));
    if (!verb) continue;
    const direction = /^(?:giảm|hạ|decrease)/u.test(verb) ? "decrease" : "increase";
    const a = after(c.p, t.end, 30);
    const pts = /^\s*(?:điểm\s*%|điểm phần trăm|pp)(?![\p{L}])/u.exec(a);
    let mode: "absolute" | "points" | "percent";
    let amount = t.value;
    let unit: Unit;
    let end = t.end;
    if (pts) {
      mode = "points";
      amount = t.percent ? t.value : t.value / 100;
      unit = { kind: "percent" };
      end = t.end + pts[0].length;
    } else if (t.percent) {
      const rate = /tỷ lệ|tỉ lệ/u.test(low.slice(0, t.start)) || c.indicator.rate || isReduce(c, t.start);
      mode = rate ? "points" : "percent";
      unit = { kind: "percent" };
    } else {
      mode = "absolute";
      const u = unitAfter(c, t);
      unit = u.unit;
      end = u.end;
    }
    const perYear = /(?:mỗi|hằng|hàng) năm|\/\s*năm(?![\p{L}])|per year/u.test(low);
    if (perYear && unit.kind === "measure" && /\/năm$/u.test(unit.unit)) unit = { kind: "count", noun: unit.unit.replace(/\/năm$/u, "") };
    const baselineLabel = baselineAfter(c, end);
    const subject = subjectOf(c, Math.max(0, (m ? t.start - m[0].length : t.start)), end);
    return { rule: { kind: "change", direction, mode, amount: Number(amount.toPrecision(12)), unit, baselineLabel, perYear, subject }, used: [t] };
  }
  return null;
}

function lastChangeVerb(s: string): string | null {
  const re = /(?:^|[^\p{L}])(tăng|giảm|nâng cao|nâng|hạ|increase|decrease)(?![\p{L}]| cường)/gu;
  let last: string | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m[1];
  return last;
}

function baselineAfter(c: Ctx, pos: number): string | undefined {
  const s = c.p.low.slice(pos, pos + 90);
  const i = s.search(/(?:so với|vs)\s/u);
  if (i < 0) return undefined;
  const start = pos + i + (s.startsWith("vs", i) ? 3 : 7);
  const label = c.p.src.slice(start, start + 60).split(/[;,.(]/u)[0].trim();
  return label || undefined;
}

/** "tăng so với năm học trước" (no amount): direction only. */
function changeAny(c: Ctx): Found | null {
  const low = c.p.low;
  // "Khống chế tỷ lệ trẻ thừa cân béo phì" (no figure): hold it, i.e. no increase on the baseline.
  const hold = /(?:^|[^\p{L}])khống chế(?![\p{L}])/u.exec(low);
  if (hold) {
    const rate = /tỷ lệ|tỉ lệ|%/u.test(low) || c.indicator.rate;
    const subject = cleanSubject(c.p.src.slice(hold.index + hold[0].length));
    const rule: Rule = rate
      ? { kind: "change", direction: "decrease", mode: "points", amount: 0, unit: { kind: "percent" }, perYear: false, subject }
      : { kind: "change", direction: "decrease", mode: "absolute", amount: 0, unit: { kind: "count" }, perYear: false, subject };
    return { rule, used: [] };
  }
  const i = low.search(/(?:^|[^\p{L}])(?:so với|vs)\s/u);
  // "tăng cường" (strengthen) is no change of a figure.
  const en = /^(increase|decrease|tăng|giảm)(?![\p{L}]| cường)/u.exec(low);
  if (i < 0 && !en) return null;
  const verb = en ? en[1] : lastChangeVerb(low.slice(Math.max(0, i - 160), i + 1));
  if (!verb) return null;
  const direction = /^(?:giảm|hạ|decrease)/u.test(verb) ? "decrease" : "increase";
  const baselineLabel = i >= 0 ? baselineAfter(c, i) : undefined;
  const unit: Unit = /tỷ lệ|tỉ lệ/u.test(low) ? { kind: "percent" } : { kind: "count" };
  const perYear = /(?:mỗi|hằng|hàng) năm|per year/u.test(low);
  const subject = cleanSubject(c.p.src.slice(en ? en[0].length : 0, i >= 0 ? i : low.length));
  return { rule: { kind: "change", direction, mode: "any", unit, baselineLabel, perYear, subject }, used: [] };
}

const REFERENCE_AT = /(?:^|[^\p{L}])(?:trung bình|bình quân|mức chung|mặt bằng chung)(?![\p{L}])/u;

/** "cao hơn trung bình chung Thành phố và khu vực", "> trung bình chung Thành phố". */
function reference(c: Ctx): Found | null {
  const low = c.p.low;
  const m = /trung bình|bình quân|mức chung|mặt bằng chung/u.test(low) ? REFERENCE_AT.exec(low) : null;
  let at = -1;
  let op: Op | null = null;
  if (m) {
    at = m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
    const pseudo: Tok = { value: 0, percent: false, start: at, end: at, text: "", role: "figure", integer: true };
    const ow = opBefore(c, pseudo, Math.max(0, at - 30));
    if (ow && !ow.weak) op = ow.op;
  }
  if (!op) {
    // Symbolic canonical form: an operator followed by words, no figure ("> trung bình chung Thành phố").
    const s = /^([≥≤<>=])\s*(?=\p{L})/u.exec(low);
    if (!s || figs(c).length > 0) return null;
    op = s[1] === "≥" ? ">=" : s[1] === "≤" ? "<=" : (s[1] as Op);
    at = s[0].length;
  }
  if (m && op) {
    // A figure with its own operator, or a share other than "100%" of units, is the threshold instead.
    const own = figs(c).find((t) => (opBefore(c, t) && !opBefore(c, t)!.weak) || (t.percent && t.value !== 1));
    if (own) return null;
  }
  const refText = c.p.src.slice(at).split(/[;(]/u)[0].replace(/[\s.,:]+$/u, "").trim();
  if (!refText) return null;
  const subject = cleanSubject(c.p.src.slice(0, at).replace(/(?:không )?(?:cao hơn|thấp hơn|bằng hoặc cao hơn|vượt|trên|dưới|bằng|[≥≤<>=])\s*(?:mức\s*)?$/iu, ""));
  return { rule: { kind: "reference", op, reference: refText, unit: /tỷ lệ|tỉ lệ|%/u.test(low) ? { kind: "percent" } : { kind: "count" }, subject }, used: [] };
}

/** "ít nhất 01 chuyên đề/cơ sở giáo dục/năm", "1 lần/ tháng", "01 lần/quý", "≥ 1 lần/tháng". */
function frequency(c: Ctx): Found | null {
  for (const t of figs(c)) {
    if (t.percent) continue;
    const a = c.p.low.slice(t.end, t.end + 90);
    const segs = a.split("/");
    if (segs.length < 2) continue;
    const noun = segs[0].trim();
    if (!/^[\p{L} ,]{0,30}$/u.test(noun)) continue;
    let per: string | undefined;
    let period = periodOf(segs[1]);
    if (!period && segs.length >= 3 && /^[\p{L} ]{1,40}$/u.test(segs[1].trim())) {
      period = periodOf(segs[2]);
      per = segs[1].trim();
    }
    if (!period) continue;
    const ow = opBefore(c, t);
    const op: Op = ow && !ow.weak ? ow.op : ">=";
    const offset = t.end + segs[0].length + 1;
    const perSrc = per ? c.p.src.slice(offset, offset + segs[1].length).trim() : undefined;
    const nounSrc = noun ? c.p.src.slice(t.end, t.end + segs[0].length).trim() : undefined;
    const subject = cleanSubject(c.p.src.slice(0, ow ? ow.at : t.start));
    return {
      rule: { kind: "frequency", op, count: t.value, noun: nounSrc && nounSrc !== "times" ? nounSrc : undefined, period, per: perSrc, subject },
      used: [t],
    };
  }
  return null;
}

const EVERY_PERIOD = /(?:^|[^\p{L}])(?:mỗi|hằng|hàng) (năm học|năm|học kỳ|học kì|quý|tháng|tuần|ngày)(?![\p{L}])/u;

/** "Phấn đấu mỗi năm thực hiện chuyển đổi 3 trường": a count per period, with no change verb before it. */
function everyPeriod(c: Ctx): Found | null {
  const m = EVERY_PERIOD.exec(c.p.low);
  if (!m) return null;
  const period = periodOf(m[1]);
  if (!period) return null;
  for (const t of figs(c)) {
    if (t.percent || !t.integer || CHANGE_BEFORE.test(before(c.p, t.start, 40))) continue;
    const u = unitAfter(c, t);
    if (u.unit.kind !== "count" || !u.unit.noun) continue;
    const ow = opBefore(c, t);
    const subject = cleanSubject(c.p.src.slice(0, ow ? ow.at : t.start).replace(EVERY_PERIOD, " "));
    return { rule: { kind: "frequency", op: ow && !ow.weak ? ow.op : ">=", count: t.value, noun: u.unit.noun, period, subject }, used: [t] };
  }
  return null;
}

function periodOf(seg: string): (typeof PERIODS)[number][1] | null {
  const s = seg.trimStart();
  for (const [re, p] of PERIODS) {
    const m = re.exec(s);
    if (m && !/^\p{L}/u.test(s.slice(m[0].length))) return p;
  }
  return null;
}

/** "28/28 trường – đạt 100%", "14/14 phường", "7.910 trẻ/9.232 (85,7%)". */
function fraction(c: Ctx): Found | null {
  const fs = figs(c);
  for (let i = 0; i + 1 < fs.length; i++) {
    const a = fs[i];
    const b = fs[i + 1];
    if (a.percent || b.percent || !a.integer && !/^\d{1,3}(?:\.\d{3})+$/.test(a.text) || !b.integer && !/^\d{1,3}(?:\.\d{3})+$/.test(b.text)) continue;
    const mid = /^\s*(\p{L}[\p{L} ]{0,24}?)?\s*\/\s*$/u.exec(between(c, a, b));
    if (!mid || a.value < 0 || b.value <= 0 || a.value > b.value) continue;
    if (/^\s*\/\s*\d/u.test(after(c.p, b.end, 4))) continue;
    let noun = mid[1] ? c.p.src.slice(a.end, b.start).replace(/\s*\/\s*$/u, "").trim() : undefined;
    let end = b.end;
    if (!noun) {
      const u = unitAfter(c, b);
      if (u.unit.kind === "count" && u.unit.noun) {
        noun = u.unit.noun;
        end = u.end;
      }
    }
    const used = [a, b];
    // A percent restating the share ("– đạt 100%", "(85,7%)") belongs to the fraction; flag when it disagrees.
    const p = fs[i + 2];
    if (p && p.percent && p.start - b.end <= 30 && !/[;]/u.test(c.p.low.slice(b.end, p.start))) {
      used.push(p);
      const share = a.value / b.value;
      if (Math.abs(share - p.value) > 0.006) {
        warn(c, "implausible_value", `${a.text}/${b.text} là ${(share * 100).toFixed(1).replace(".", ",")}%, không phải ${p.text}`, `${a.text}/${b.text} is ${(share * 100).toFixed(1)}%, not ${p.text}`);
      }
    }
    const subject = subjectOf(c, a.start, end);
    return { rule: { kind: "fraction", numerator: a.value, denominator: b.value, noun, subject }, used };
  }
  return null;
}

const RANGE_SEP = /^\s*(?:\p{L}[\p{L} ]{0,20}?\s*)?(-|~|đến|tới|to|và|and)\s*(dưới|trên|[<≤>≥])?\s*$/u;

/** "55-60%", "0,1-0,2%", "30 - 35 trẻ/nhóm lớp", "từ trên A đến dưới B", "> 50% và ≤ 60%". */
function range(c: Ctx): Found | null {
  const fs = figs(c);
  for (let i = 0; i + 1 < fs.length; i++) {
    let a = fs[i];
    let b = fs[i + 1];
    const m = RANGE_SEP.exec(between(c, a, b));
    if (!m) continue;
    const sep = m[1];
    const opA = opBefore(c, a, i > 0 ? fs[i - 1].end : 0);
    const closeOp = m[2];
    if ((sep === "và" || sep === "and") && !(opA && (opA.op === ">" || opA.op === ">=") && !opA.weak && closeOp && /[<≤]|dưới/u.test(closeOp))) continue;
    if (a.percent && !b.percent && !/%/u.test(c.p.low.slice(b.end, b.end + 2))) {
      b = { ...b, value: Number((b.value / 100).toPrecision(12)), percent: true };
    } else if (b.percent && !a.percent) {
      a = { ...a, value: Number((a.value / 100).toPrecision(12)), percent: true };
    }
    // "từ 60 đến 50%": the ends are written the wrong way round; read the band and say so.
    if (a.value > b.value) {
      if (sep === "và" || sep === "and" || a.value - b.value > Math.max(Math.abs(a.value), Math.abs(b.value))) continue;
      warn(c, "implausible_value", `khoảng ghi ngược (${a.text} đến ${b.text}); đã đọc từ số nhỏ đến số lớn`, `range written backwards (${a.text} to ${b.text}); read from the smaller to the larger`);
      [a, b] = [b, a];
    }
    const minInclusive = !(opA && opA.op === ">");
    const maxInclusive = !(closeOp === "dưới" || closeOp === "<");
    const u = b.percent ? { unit: { kind: "percent" } as Unit, end: b.end } : unitAfter(c, b);
    let sense: "up" | "down" | "band" = "band";
    const ctxText = c.p.low.slice(0, a.start);
    if (c.marks.sense) sense = c.marks.sense;
    else if (c.opts.direction) sense = c.opts.direction;
    else if (reduceIn(ctxText) || c.indicator.reduce) sense = "down";
    else if (goodIn(ctxText) || c.indicator.good) sense = "up";
    const subject = subjectOf(c, opA ? opA.at : a.start, u.end);
    return {
      rule: { kind: "range", min: a.value, max: b.value, minInclusive, maxInclusive, unit: u.unit, sense, subject },
      used: [fs[i], fs[i + 1]],
    };
  }
  return null;
}

/** Score of a figure as the threshold: an explicit operator beats a percent, which beats a bare count. */
function score(c: Ctx, t: Tok): number {
  const ow = opBefore(c, t);
  const strong = (ow && !ow.weak) || opAfter(c, t) !== null;
  let s = strong ? 4 : ow ? 2.5 : 1;
  if (t.percent) s += 1.5;
  if (t.word && !ow) s = 0.2;
  if (levelOf(c, t)) s -= 3;
  return s;
}

/** The single-figure shapes: level, compare, and zero for a figure of 0. */
function single(c: Ctx): Found | null {
  const fs = figs(c);
  if (fs.length === 0) return null;
  let best = fs[0];
  let bestScore = score(c, best);
  for (const t of fs.slice(1)) {
    const s = score(c, t);
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  const t = best;
  const lv = levelOf(c, t);
  if (lv) {
    const m = LEVEL_BEFORE.exec(before(c.p, t.start, 24))!;
    const subject = cleanSubject(c.p.src.slice(0, t.start - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0)));
    return { rule: { kind: "level", level: t.value, scale: lv.scale, subject }, used: [t] };
  }
  const ow = opBefore(c, t);
  const oa = opAfter(c, t);
  const u = unitAfter(c, t);
  let op: Op;
  let intent: "plain" | "reduce" | "maintain" = "plain";
  const explicit = (ow && !ow.weak) || oa !== null;
  if (oa && (!ow || ow.weak || ow.from)) op = oa;
  else if (ow && !ow.weak) op = ow.op;
  else if (c.opts.direction) op = c.opts.direction === "up" ? ">=" : c.opts.direction === "down" ? "<=" : "=";
  else if (isReduce(c, t.start)) op = "<=";
  else op = ">=";
  if (t.value === 0 && (op === "=" || op === "<=" || !explicit)) {
    const subject = subjectOf(c, ow ? ow.at : t.start, u.end);
    return { rule: { kind: "zero", unit: u.unit, subject }, used: [t] };
  }
  if (c.marks.reduce || ow?.reduce || ((op === "<=" || op === "<") && reduceContext(c, t.start))) intent = "reduce";
  else if (c.marks.maintain || maintainContext(c, t.start)) intent = "maintain";
  const subject = subjectOf(c, ow ? ow.at : t.start, u.end);
  return { rule: { kind: "compare", op, value: t.value, unit: u.unit, intent, subject }, used: [t] };
}

/** "chậm nhất tháng 6/2025", "trước năm 2025", "hạn chót 30/06/2025", "từ tháng 9/2024 đến tháng 5/2025". */
function deadline(c: Ctx): Found | null {
  if (!c.dates.some((d) => !d.cited) || figs(c).length > 0) return null;
  return deadlineRule(c);
}

/**
 * "… công nhận trường đạt Chuẩn quốc gia mức độ 2 … chậm nhất tháng 6/2025": an explicit deadline word
 * ("chậm nhất", "trước", "hạn chót") makes the date the target when the only figures are levels.
 */
function deadlineExplicit(c: Ctx): Found | null {
  if (!c.dates.some((d) => d.explicit)) return null;
  const fs = figs(c);
  if (fs.length === 0 || !fs.every((t) => levelOf(c, t))) return null;
  return deadlineRule(c);
}

function deadlineRule(c: Ctx): Found {
  const own = c.dates.filter((d) => !d.cited);
  const last = own[own.length - 1];
  const first = own[0];
  if (last.guessedYear) {
    warn(c, "target_partly_read", `không ghi năm; dùng năm ${last.due.slice(0, 4)}`, `no year written; using ${last.due.slice(0, 4)}`);
  }
  const start = own.length > 1 && first !== last ? first.first : undefined;
  const head = c.p.src.slice(0, first.start);
  const subject = cleanSubject(head.replace(/(?:chậm nhất|muộn nhất|hạn chót|trước|trong|đến|hoàn thành|from|từ)\s*$/iu, "")) ?? cleanSubject(c.p.src.slice(last.end));
  return { rule: { kind: "deadline", due: last.due, start, subject }, used: [] };
}

const BOOL_CANON = /^(?:có\/không|yes\/no)(?:\s*[-—:]\s*)?/u;
const BOOL_WORDS =
  /(?:^|[^\p{L}])(?:công nhận|đạt chuẩn|danh hiệu|duy trì|hoàn thành|xây dựng|tổ chức|triển khai|thực hiện|đảm bảo|bảo đảm|kiện toàn|ban hành|phổ cập|tham gia|ứng dụng|đạt|được|có)(?![\p{L}])/u;

/** Qualitative targets with a yes/no outcome: "được công nhận", "duy trì đạt chuẩn", "có/không — ...". */
function yesNo(c: Ctx): Found | null {
  const canon = BOOL_CANON.exec(c.p.low);
  if (canon) {
    const statement = c.p.src.slice(canon[0].length).trim() || undefined;
    return { rule: { kind: "boolean", statement }, used: [] };
  }
  if (!BOOL_WORDS.test(c.p.low)) return null;
  const statement = cleanSubject(c.p.src);
  return statement ? { rule: { kind: "boolean", statement }, used: [] } : null;
}

/** Shapes tried in order; the first that matches wins. */
export const SHAPES: Array<[string, (c: Ctx) => Found | null]> = [
  // Zero tolerance first: "Chưa đạt: 0%" would otherwise read as "≤ 0%".
  // Canonical yes/no first: its statement may hold any words.
  ["booleanCanonical", (c) => (BOOL_CANON.test(c.p.low) ? yesNo(c) : null)],
  ["zero", zero],
  // Rank before fraction: "6/30" after "thứ hạng" is a place, not a share.
  ["rank", rank],
  // Frequency before fraction and range: "1 lần/tháng" has a "/" but is not a share.
  ["frequency", frequency],
  // Change before compare: "giảm 1,5%" is an amount of change, not a level.
  ["change", change],
  // After change: "mỗi năm phát triển thêm 01 trường" is a change; "mỗi năm chuyển đổi 3 trường" a count per year.
  ["everyPeriod", everyPeriod],
  // Fraction before range: "7.910 trẻ/9.232" must not be split at the "/".
  ["fraction", fraction],
  ["range", range],
  // Reference before single: in "100% các trường ... cao hơn trung bình chung" the 100% only quantifies.
  ["reference", reference],
  ["deadlineExplicit", deadlineExplicit],
  ["single", single],
  // Change without an amount only when no figure was usable; before deadlines, since "so với năm 2020"
  // names a baseline, not a due date.
  ["changeAny", changeAny],
  // Deadlines only when no figure is left: "đến năm 2025 có 11 trường" is a count, the year is context.
  ["deadline", deadline],
  ["boolean", yesNo],
];
