// Recognisers: each looks at the tokens of one clause and proposes every reading it sees, with a score; the resolver chooses.
import type { Op, Reading, Unit } from "../schema";
import { OPEN_END } from "../open-end";
import type { Warning } from "../verdict";
import { GRADE_SCALE } from "../../number/cell";
import { indicatorWords, shortForms, spaced, type Ctx } from "./context";
import type { DateHit } from "./dates";
import { figOf, opBefore, PERIOD_SPANS, type Fig } from "./figures";
import { BAN_VERBS, EVERY_WORDS, M, NOT_FEE, PRESCRIBED_WORDS, SET_TERMS, TWO_SIDED, WAIVED, type Marker, type OpWord, type PeriodKind } from "./lexicon";
import { sameJson } from "./same-json";
import { cleanSubject } from "./subject";
import { leadLabelEnd } from "./text";
import { isSym, isWord, marked, NUM, SYM, WORD, type Token } from "./tokens";
import { READS_INDICATOR } from "./indicator-mode";
import { round12 } from "../../number/parse";

/** One proposed reading of a clause. */
export interface Cand {
  rule: Reading;
  /** The figures it reads (so the others can be reported as left aside). */
  used: Token[];
  score: number;
  /** Which recogniser proposed it (for tests and debugging). */
  by: string;
  /** Where its subject is looked for: the text before `subject[0]`, else after `subject[1]` (char offsets). */
  subject: [number, number] | null;
  /** Works the subject out when this reading is chosen (ranks, zero tolerance, deadlines). */
  subjectFn?: () => string | undefined;
  /** Works a yes/no statement out when this reading is chosen. */
  statementFn?: () => string | undefined;
  warnings?: Warning[];
  /** A share of another amount ("150% mức học bổng"): never kept as the reading of figures typed as rates. */
  ofBase?: boolean;
  /**
   * The part of `score` that prefers this reading without deciding it over another figure's: a weak "đạt", a percent
   * sign, the bonus of a kind over a bare figure. Set by the resolver; see `undecided` there.
   */
  soft?: number;
  /** The recogniser's own score, before the context moved it (set by the resolver; see the confidence gate). */
  base?: number;
  /** A day whose written year lies outside the school year or span the phrase names (or before the period): in its nearest year. */
  slip?: Cand;
  /** A deadline dated by a two-year plan period: the same day in the period's other calendar year. */
  otherYear?: Cand;
  /** The same figure read otherwise, the runner-up when no other is: a band whose outside was guessed, or a bound stacked on a strict one. */
  bandToo?: Cand;
  /** The figure takes its operator from the head of its list ("ít nhất 30% … và 80% …"): as firm as its own. */
  listed?: boolean;
  /** A sum of money a rule sets for each one, read as the amount itself (otherWay). */
  exact?: boolean;
  /**
   * One dated part of several ("tựu trường ngày 28/8, riêng lớp 1 … ngày 21/8 và … khai giảng ngày 5/9"): how many of
   * the indicator's words it alone names (parts naming as many are not told apart).
   */
  part?: number;
  /** What the indicator's words gave this reading's part of a compound phrase (set by the resolver's partScores). */
  partGain?: number;
}

/**
 * Base scores. A reading that states its own kind of target outranks a bare figure: a place after "xếp thứ", a
 * frequency with its period, a change after its verb, a share "n/N", a band. Context then moves scores (see the
 * resolver): the unit column, the indicator's words, parentheses, qualifiers.
 */
export const SCORE = {
  canonicalBoolean: 100,
  negation: 21,
  zero: 20,
  rank: 12,
  frequency: 11,
  interval: 11,
  change: 10.5,
  band: 9.5,
  everyPeriod: 9.5,
  /** "cân đo hàng tháng" with no figure: at least once a month. */
  everyBare: 3,
  fraction: 9,
  range: 8.5,
  reference: 8,
  deadlineAlone: 7.5,
  /** A level to reach by a year ("đạt mức độ 2 vào năm 2024"): above the level, below a unit column's word. */
  levelByYear: 7,
  lead: 6,
  level: 4.5,
  /** A named grade ("loại Khá trở lên"). */
  grade: 4.5,
  /** A level after a count or rate it qualifies ("35 trường đạt Mức 1"). */
  levelQualifier: 2,
  /** compare = base + operator (strong 4, weak 2.5, none 1) + percent 1.5; a number word without operator 0.2. */
  compare: 3,
  changeAny: 1.5,
  /** A recognition in a year, beating the year as a deadline. */
  recognition: 2.5,
  /** An explicit deadline beside bare counts: within the margin of a bare count, so the figure decides. */
  deadlineBesideCount: 4.2,
  deadline: 1,
  span: 0.8,
  /** A date with its own word beside figures of another kind: a reading a date typed is judged by. */
  dateBesideFigures: 0.5,
  /** The later of several separate deadlines, just below the first (within the margin: both are read). */
  nextPart: 0.3,
  /** Each indicator word that one deadline's own part has and the others lack. */
  partWord: 1.5,
  /** The other calendar year of a two-year plan period for a day written without one (within the margin). */
  otherYear: 0.4,
  boolean: 0.1,
} as const;


/** The lexicon phrase ending at token k that carries marker m: its first index, or -1. */
function phraseEndingAt(ts: Token[], k: number, m: Marker, floor = 0): number {
  if (k < 0 || k >= ts.length || (ts[k].endMask & M[m]) === 0) return -1;
  const bit = M[m];
  for (let j = Math.max(floor, k - 5); j <= k; j++) {
    const t = ts[j];
    if (t.lex && j + t.lexLen - 1 === k && (t.lex.mask & bit) !== 0) return j;
  }
  // A shorter phrase (not the longest at its start) ends here: "thứ" inside "xếp thứ".
  return ts[k].endFrom >= 0 ? ts[k].endFrom : k;
}

/** The text of tokens [a, b) in the user's letters. */
function src(c: Ctx, a: number, b: number): string {
  if (a >= b) return "";
  return c.p.src.slice(c.ts[a].start, c.ts[b - 1].end);
}

function warn(code: Warning["code"], vi: string, en: string): Warning {
  return { code, message: { vi, en } };
}

/**
 * Is less better around this point? A reduce phrase within 200 characters before or 80 after, or the indicator. (Not one
 * after a colon that follows the figure: "… đạt 93% vào năm 2030: phấn đấu giảm tỷ lệ bỏ học …" is the next part's.)
 */
function reduceNear(c: Ctx, pos: number): boolean {
  if (READS_INDICATOR && c.ind.reduce) return true;
  if (!c.reduceAny) return false;
  // "hỗ trợ nhà ở cho khoảng 350.000 hộ nghèo", "chuyển đổi 126.333 ha đất lúa kém hiệu quả": a harm after the figure
  // names what a good action before it counts (the households helped, the land converted), not what is brought down.
  let goodBefore = false;
  for (const t of c.ts) if (t.dir === 2 && t.start < pos && t.start >= pos - 200) goodBefore = true;
  for (const t of c.ts) if (t.dir === 1 && t.start >= pos - 200 && t.start < pos + 80 && !(goodBefore && t.start > pos) && !noneOf(c, t, pos) && !(t.start > pos && c.p.low.slice(pos, t.start).includes(": "))) return true;
  return false;
}

/**
 * "100% trẻ được an toàn, không để xảy ra tai nạn", "Không có lớp vượt sĩ số, 95% học sinh lên lớp": a harm another
 * part (a "," or ";" away from the figure at `pos`) says none of is that part's, not the figure's.
 */
function noneOf(c: Ctx, harm: Token, pos: number): boolean {
  for (let k = harm.i; k >= 0; k--) {
    const t = c.ts[k];
    if (t.kind === SYM && (t.w === "," || t.w === ";")) return false;
    if (t.lex && (t.lex.mask & (M.zero | M.none)) !== 0) return /[,;]/u.test(pos < t.start ? c.p.low.slice(pos, t.start) : c.p.low.slice(harm.end, pos));
  }
  return false;
}

/** Less is better because of what the figure measures: persons per container, working days, a size norm. */
function downByUnit(c: Ctx, f: Fig): boolean {
  const u = f.u;
  if (u.working) return true;
  if (u.people && u.perContainer) return true;
  // "Nhóm trẻ 24-36 tháng tuổi: 20 trẻ", "Lớp mẫu giáo 5-6 tuổi: 35 trẻ": persons counted in a group or class.
  if (u.people && u.unit.kind === "count") {
    const first = c.ts.find((t) => t.kind === WORD);
    if (first?.lex?.container && first.i < f.i && !c.figs.some((g) => g.t.percent)) return true;
    // "mỗi phòng rộng 56,9m2 cho 8 sinh viên": learners for each container named before them (staff per class,
    // "mỗi lớp 2 giáo viên", is a staffing floor, not this).
    if (LEARNERS.test(u.unit.noun ?? "") && !c.figs.some((g) => g.t.percent)) {
      for (let k = Math.max(0, f.i - 12); k + 1 < f.i; k++) if (c.ts[k].w === "mỗi" && c.ts[k + 1].lex?.container) return true;
    }
  }
  // "Thời gian chấm phúc khảo 2 tuần", "thời hạn … 15 ngày", an indicator "Thời gian …": a span of time allowed for
  // a task is at most that (a duration with its own operator, "nghỉ ít nhất 45 ngày", never reaches here).
  // (Not a figure sharing another's written operator: "ít nhất 05 năm [hoặc 04 năm …]"; one on a figure measured
  // otherwise is that part's own: "Mỗi lần mượn không quá 4 bản, thời hạn 1 tuần".)
  // (A cycle is capped only where the figure is its own length, "Chu kỳ kiểm định … là 30 tháng", or the indicator is
  // the cycle, "Chu kỳ …": not a time given in or per one, "mỗi chu kỳ … 3 ngày", nor a span of use or warranty, where
  // longer is better. A bare figure, "03", takes the ĐVT's time unit only under such a head. A span "trước" an event,
  // "hạn chót … là 5 ngày trước khi khai giảng", is how early to act (leadTime), no time allowed. Round 42.)
  // (A cycle's own length is a span of the calendar, months or years: "Chu kỳ bồi dưỡng … là 120 giờ" counts the work
  // done in one, rereview42a N3.)
  const head = READS_INDICATOR && HEAD_CAP.test(c.ind.low), allowed = TIME_ALLOWED.exec(c.p.low.slice(0, f.t.start))?.[0] ?? "";
  const span = u.dim === "time" && u.unit.kind === "measure" ? u.unit.unit : c.unit?.kind === "measure" ? c.unit.text : "";
  if ((u.dim === "time" || (head && !u.dim && !u.head && c.unit?.kind === "measure" && c.unit.dim === "time")) && !u.per && !leadTime(c, f.t.start, u, true) && (allowed || head || (READS_INDICATOR && TIME_ALLOWED.test(c.ind.low))) && (/^(?:tháng|năm)/u.test(span) || !/chu kỳ/u.test(allowed + (head ? c.ind.low : ""))) && !c.figs.some((g) => g !== f && g.op && !g.op.weak && g.u.dim === "time")) return true;
  // The unit column says persons per container ("học sinh/máy tính", "trẻ/nhóm").
  const h = c.unit;
  // (Persons per a span of time, "người/năm", are a flow to reach, not a size norm.)
  if (h && h.kind === "measure" && h.per && !PER_TIME.test(h.per) && /^(?:học sinh|hs|trẻ|cháu|người|học viên)/u.test(h.text)) return true;
  return false;
}

const PER_TIME = /^(?:năm|tháng|tuần|ngày|quý|học kỳ|năm học|khóa)(?:\s|\/|$)/u;
const LEARNERS = /^(?:học sinh|hs|sinh viên|sv|trẻ|cháu|học viên)(?!\S)/iu;
// An indicator or ĐVT that writes the thing first and the learners after "/" ("Tỷ lệ máy tính/học sinh", "máy/học
// sinh") states the ratio's direction itself.
const PER_LEARNER = RegExp(`\\/\\s*${LEARNERS.source.slice(1)}`, "iu");
// The time a task or a process is allowed: "thời hạn …", "thời gian chấm phúc khảo", "thời gian giải quyết", "thời gian
// trong 1 tuần", "thời gian kể từ ngày cấp". (Not how long an action lasts: "thời gian ngâm …", "trong thời gian hai năm".)
// Round 40: so is the time an office takes to act on a request or an event ("thời gian xét duyệt / phê duyệt /
// xác minh / tiếp cận / bàn giao …"); not a window open to others ("tiếp nhận hồ sơ trong 30 ngày") nor a
// time to be early by ("có mặt trước 15 phút").
// Round 42 (phrases29): a cycle ("chu kỳ kiểm định … là 30 tháng", "Chu kỳ đầu: 36 tháng") is the longest gap allowed
// before the act comes round again, and a time limit ("thời gian giới hạn … là 07 giờ") the longest time allowed.
// HEAD_CAP: an indicator that is such a cycle or limit.
const HEAD_CAP = /^\P{L}*(?:chu kỳ(?! (?:sử |khai|bảo h))|thời gian giới hạn)/u;
const TIME_ALLOWED = /(?<!\S)(?:thời hạn|(?<!(?:trong|mỗi) )chu kỳ(?! (?:sử |khai|bảo h))[^\d,;]*(?:là|:) *$|thời gian (?:trong|kể từ|chấm|giải quyết|xử lý|trả|cấp|thẩm định|phúc khảo|hoàn thành|xét duyệt|phê duyệt|duyệt|xác minh|tiếp cận|bàn giao|hoàn trả|giới hạn))(?!\p{L})/u;

/** Area per person ("6-10 m2/học sinh", "m2/trẻ"): a floor, so more is better. */
function areaPerPerson(c: Ctx, f: Fig): boolean {
  const h = c.unit;
  if (h && h.kind === "measure" && h.dim === "area" && h.per && PEOPLE_PER.test(h.per)) return true;
  return f.u.dim === "area" && !!f.u.per && PEOPLE_PER.test(f.u.per.toLowerCase());
}
const PEOPLE_PER = /^(?:học sinh|hs|trẻ|cháu|người|học viên|sinh viên|giáo viên|chỗ)/u;

// ---------------------------------------------------------------------------------------------------------------

/** "có/không — …": the canonical yes/no form. */
function canonicalBoolean(c: Ctx, out: Cand[]): void {
  if (!c.p.low.startsWith("có/không") && !c.p.low.startsWith("yes/no")) return;
  const m = /^(?:có\/không|yes\/no)(?:\s*[-—:]\s*)?/u.exec(c.p.low);
  if (!m) return;
  const statement = c.p.src.slice(m[0].length).trim() || undefined;
  out.push({ rule: { kind: "boolean", statement }, used: [], score: SCORE.canonicalBoolean, by: "canonicalBoolean", subject: null });
}

// (A ban is also "không" before a verb it names, BAN_VERBS: "không sử dụng đồ nhựa dùng một lần", "không tinh giản biên
// chế giáo viên" — the use or cut that must not happen.)
// Round 37's verbs past "không được / không tổ chức / cấm" make a ban only as the phrase's own main clause (BANNED):
// after frames ("Đến năm 2025,", "Theo kế hoạch này,", "Dạy thêm:") and a subject with no verb of its own ("Các trường",
// "Học sinh"), the phrase opens with the ban (a subject may list nouns: "cán bộ, giáo viên, nhân viên không sử dụng …"). Not the means of another act
// ("Các trường thu học phí không dùng tiền mặt", "Tiếp nhận hồ sơ trực tuyến, không nhận hồ sơ giấy"), nor a charge
// waived for someone ("Không thu học phí đối với trẻ 5 tuổi"): those stay unread.
const BOUND_NEXT = " (?!(?:quá|vượt|thấp|cao|ít|nhiều|dưới|trên|hơn)(?!\\p{L}))";
const FORBID = new RegExp(`(?:^|\\s)(?:(?:không (?:được|tổ chức)|cấm)${BOUND_NEXT}|an toàn tuyệt đối|nếu .*còn có)`, "u");
const BANNED = new RegExp(`^(?:(?:(?:theo|căn cứ|trong|từ|đến|kể từ)(?!\\p{L})[^,;:]*|[^,;:]*\\d{4}[^,;:]*)[,:] *|[^,;:]*: *)*((?:\\p{L}+,? )*?)không (${BAN_VERBS})${BOUND_NEXT}(.*)`, "u");
// (Verbs that make the words before the ban a clause of their own: the ban is then the means, "thu … không dùng tiền mặt".)
const ACTS = new RegExp(`(?<!\\p{L})(?:${BAN_VERBS}|thực hiện|triển khai|tăng cường|đẩy mạnh|áp dụng|chuyển|tiếp nhận|thanh toán|giao dịch|quản lý|nộp|mua|đăng ký|tham gia|hoàn thành|bảo đảm|đảm bảo|xây dựng|ứng dụng|tiếp tục)(?!\\p{L})`, "u");
function banned(low: string): boolean {
  if (FORBID.test(low)) return true;
  const m = BANNED.exec(low);
  return !!m && !ACTS.test(m[1]) && !(m[2] === "thu" && /(?<!\p{L})đối với(?!\p{L})/u.test(m[3]));
}

/** A date written as a year or a school year with no lead that makes it due ("đến năm 2025", "từ năm học 2019-2020"). */
function yearFrame(c: Ctx, d: DateHit): boolean {
  const ws = c.ts.slice(d.from, d.to);
  return !d.day && (d.lead === null || d.lead === "to" || d.lead === "from") && ws.some((t) => t.w === "năm") && !ws.some((t) => t.w === "tháng" || t.w === "ngày" || t.w === "quý");
}

/**
 * Zero tolerance: "không để xảy ra ngộ độc thực phẩm", "tuyệt đối không lạm thu", "không có học sinh bỏ học", "= 0".
 * Negation of a bound: "Không có lớp nào có điểm trung bình dưới 5,0" is every class at 5,0 or above.
 */
function zero(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  if ((c.mask & (M.zero | M.none)) === 0) {
    // "Các trường không được nhận trẻ thiếu tuổi", "Không tổ chức dạy thêm …", "an toàn tuyệt đối": a ban with no figure
    // (not even a bare count beside it: "xét tuyển 450 học sinh" is the target, not a case), rate or day of its own,
    // under a unit column counting cases, is met by none of them. ("không được quá 35", "không được … trước ngày 22/8"
    // keep their own threshold.)
    // "học sinh … được miễn học phí", "Miễn lệ phí đối với …": a charge waived, under a money unit column and with no
    // sum of money of its own, is a charge of nothing.
    const u = c.unit;
    // (A year or school year that only places the ban, "Đến năm 2025, …", "từ năm học 2019-2020 …", is no day of its own.)
    const m = u?.kind === "count" && c.dates.every((d) => yearFrame(c, d)) && !c.figs.length && banned(c.p.low);
    const w = u?.kind === "measure" && u.dim === "money" && WAIVED.test(c.p.low) && !c.figs.some((f) => f.u.dim === "money");
    if (m || w) out.push({ rule: { kind: "zero", unit: u.kind === "count" ? { kind: "count", noun: u.noun } : { kind: "measure", unit: u.text } }, used: [], score: SCORE.zero, by: "zero", subject: null });
    if (m || w || !(isSym(ts[0], "=") && ts.length <= 3)) return;
  }
  let at = -1;
  let len = 0;
  let none = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.lex && (t.lex.mask & (M.zero | M.none)) !== 0) {
      at = i;
      len = t.lexLen;
      none = (t.lex.mask & M.none) !== 0;
      break;
    }
  }
  const canonicalZero = isSym(ts[0], "=") && ts[1]?.kind === NUM && ts[1].value === 0 && !ts[1].percent && ts.length <= 3;
  if (at < 0 && !canonicalZero) return;
  // "không có … nào … dưới X": the negation of "some below X" is "all at least X".
  if (at >= 0 && none) {
    for (const f of c.figs) {
      if (f.i <= at || !f.op || f.op.weak || f.op.from) continue;
      const any = ts.slice(at + len, f.i).some((t) => t.w === "nào") || f.op.op === "<" || f.op.op === ">";
      if (!any) continue;
      const flip: Record<Op, Op> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "=" };
      if (f.op.op === "=") continue;
      // "không còn xã dưới 15 tiêu chí" may also count the communes below (zero of them): the unit column decides.
      const counted = ts[at + len];
      if (counted?.kind === WORD && counted.w1?.noun) {
        out.push({ rule: { kind: "zero", unit: { kind: "count", noun: src(c, at + len, at + len + counted.lexLen) } }, used: [f.t], score: SCORE.negation - 0.5, by: "zero", subject: null });
      }
      out.push({
        rule: { kind: "compare", op: flip[f.op.op], value: f.t.value, unit: f.u.unit, intent: "all" },
        used: [f.t],
        score: SCORE.negation,
        by: "negation",
        subject: null,
        subjectFn: () => cleanSubject(src(c, at + len, f.opAt)),
      });
      return;
    }
  }
  // "không có bài thi nào bị điểm 0": every one above zero.
  if (at >= 0 && none && ts.slice(at + len).some((t) => t.w === "nào")) {
    const z0 = c.figs.find((f) => f.i > at && f.t.value === 0 && !f.op);
    if (z0) {
      out.push({ rule: { kind: "compare", op: ">", value: 0, unit: z0.u.unit, intent: "all" }, used: [z0.t], score: SCORE.negation, by: "negation", subject: null });
      return;
    }
  }
  // A figure with its own strong operator is the target ("không để tỷ lệ bỏ học quá 2%" is ≤ 2%); but after "không để
  // xảy ra", "tuyệt đối không" a figure describes what must not happen ("ùn tắc kéo dài trên 30 phút").
  const strongMarker = at >= 0 && !none && ts.slice(at, at + len).some((t) => t.w === "xảy" || t.w === "xẩy" || t.w === "tuyệt" || t.w === "xóa");
  const own = c.figs.filter((f) => f.t.value !== 0 && f.op && !f.op.weak && !(strongMarker && f.i > at));
  // "Không có giáo viên không đúng văn bằng, 100% đạt chuẩn, 70% … trở lên": figures with operators of their own in
  // other parts (a "," or ";" between) are those parts' targets; the none part is still read, below them.
  const apart = at >= 0 && own.every((f) => /[,;]/u.test(f.i > at ? c.p.low.slice(ts[at + len - 1].end, f.t.start) : c.p.low.slice(f.t.end, ts[at].start)));
  if (own.length > 0 && !apart) return;
  const z = c.figs.find((f) => f.t.value === 0);
  let unit: Unit = { kind: "count" };
  if (z) unit = z.u.unit;
  else if (at >= 0) {
    const n = ts[at + len];
    if (n && (n.w === "vụ" || n.w === "ca" || (n.w === "trường" && ts[at + len + 1]?.w === "hợp"))) unit = { kind: "count", noun: n.w === "trường" ? "trường hợp" : n.w };
  }
  const from = at >= 0 ? ts[at + len - 1].end : 0;
  const subjectFn = () => (at >= 0 ? (cleanSubject(c.p.src.slice(from)) ?? cleanSubject(c.p.src.slice(0, ts[at].start))) : undefined);
  out.push({ rule: { kind: "zero", unit }, used: z ? [z.t] : [], score: own.length > 0 ? SCORE.boolean : SCORE.zero, by: "zero", subject: null, subjectFn });
}

/** "thứ hạng 6/30", "Xếp thứ: 12/30", "đạt thứ 5–8/30", "top 5 Thành phố", "nằm trong 3 đơn vị dẫn đầu", "tốp đầu". */
function rank(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  if ((c.mask & (M.rank | M.top | M.group | M.lead)) === 0) return;
  const firstTarget = c.figs.find((f) => f.t.percent || (f.op && !f.op.weak));
  for (const f of c.figs) {
    const t = f.t;
    if (t.percent || !t.integer || t.value < 1) continue;
    let k = f.i - 1;
    while (k >= 0 && (isSym(ts[k], "≤", ":") || isWord(ts[k], "thứ", "là", "đạt"))) {
      if (isWord(ts[k], "thứ") && phraseEndingAt(ts, k, "rank") >= 0) break;
      k--;
    }
    let j = phraseEndingAt(ts, k, "rank");
    // "đến hết tuần học thứ 27": "thứ" after a unit of time and "đến", "hết", "tới" counts that unit, it is no place: the
    // last one allowed (≤ 27 tuần).
    const seq = j === k && isWord(ts[k], "thứ") ? (isWord(ts[k - 1], "học") ? k - 2 : k - 1) : -1;
    // (With another figure it only says by when: "Đến năm thứ 3, 100% sinh viên …" is no span to judge.)
    if (seq > 0 && isWord(ts[seq], "tuần", "tháng", "ngày", "năm") && isWord(ts[seq - 1], "đến", "hết", "tới")) {
      if (c.figs.length < 2) out.push({ rule: { kind: "compare", op: "<=", value: t.value, unit: { kind: "measure", unit: ts[seq].w }, intent: "plain" }, used: [t], score: SCORE.rank, by: "rank", subject: null });
      continue;
    }
    let top = false;
    if (j < 0) {
      j = phraseEndingAt(ts, k, "top");
      top = j >= 0;
    }
    let group = false;
    let oneOf = -1;
    if (j < 0) {
      // "nhóm 5 quận dẫn đầu", "nằm trong 3 đơn vị dẫn đầu", "trong nhóm 10 trường đứng đầu".
      // ("trở thành 1 trong 3 đầu tàu", "là một trong 10 trường dẫn đầu": one of the N leaders is a top N.)
      oneOf = isWord(ts[f.i - 1], "trong") && (isWord(ts[f.i - 2], "một") || (ts[f.i - 2]?.kind === NUM && ts[f.i - 2].value === 1)) ? f.i - 1 : -1;
      const g = oneOf >= 0 ? oneOf : phraseEndingAt(ts, f.i - 1, "group");
      if (g >= 0 && ts.slice(f.i + 1, f.i + 12).some((u) => (u.startMask & M.lead) !== 0)) {
        j = g;
        top = true;
        group = true;
      }
    }
    if (j < 0) continue;
    // (The "1" of "1 trong 3" is part of the wording, not another target.)
    const used = oneOf >= 0 && ts[oneOf - 1].kind === NUM ? [ts[oneOf - 1], t] : [t];
    let of: number | undefined;
    let best: number | undefined;
    let place = t.value;
    let end = f.i + 1;
    // "5–8/30", "thứ hạng 25 đến 30": a band of places; not one whose upper end counts time ("xếp thứ 5 tới 10 năm
    // tiếp theo": 5th place held for ten years).
    const n1 = ts[end];
    const n2 = ts[end + 1];
    if ((isSym(n1, "-") || isWord(n1, "đến", "tới")) && n2?.kind === NUM && n2.integer && n2.value > t.value && n2.role === "figure" && !isWord(ts[end + 2], "năm", "tháng", "ngày", "tuần", "quý", "kỳ")) {
      best = t.value;
      place = n2.value;
      used.push(n2);
      end += 2;
    }
    if (isSym(ts[end], "/") && ts[end + 1]?.kind === NUM && ts[end + 1].integer && ts[end + 1].value >= place) {
      of = ts[end + 1].value;
      used.push(ts[end + 1]);
      end += 2;
    }
    if (group && best === undefined && oneOf < 0) end = f.u.end;
    const field = fieldAfter(c, end);
    const from = ts[j].start;
    // "30% giảng viên … thuộc top 500": a top after the real target describes who is counted; one in a clause of its
    // own ("giành từ 40 đến 50 HCV, phấn đấu xếp trong nhóm 4–5 quốc gia dẫn đầu") is a target beside it.
    const qualifier = top && !!firstTarget && firstTarget.i < f.i && !ts.slice(firstTarget.u.end, j).some((u) => isSym(u, ",", ";"));
    const score = qualifier ? SCORE.deadline : SCORE.rank;
    const subjectFn = () => cleanSubject(c.p.src.slice(0, from));
    // "lọt vào nhóm 20-50 trường tốt nhất", "nhóm 4–5 quốc gia dẫn đầu": a top of either size, nothing saying which; both
    // are proposed alike, so a place between them is asked about.
    const tops = top && best !== undefined ? [best, place] : [place];
    for (const rank of tops) out.push({ rule: { kind: "rank", rank, best: tops.length > 1 ? undefined : best, of, top, field }, used, score, by: "rank", subject: null, subjectFn });
  }
  // "tốp đầu", "top các trường dẫn đầu", "dẫn đầu Quận" (no number).
  if (c.figs.length > 0 && out.some((x) => x.by === "rank")) return;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (!t.lex) continue;
    const topWord = (t.lex.mask & M.top) !== 0 || ((t.lex.mask & M.group) !== 0 && t.w === "nhóm");
    if (topWord || ((t.lex.mask & M.lead) !== 0 && t.w === "tốp")) {
      // A few words may sit between: "top các trường dẫn đầu".
      let lead = -1;
      if ((t.lex.mask & M.lead) !== 0) lead = i;
      else for (let k = i + t.lexLen; k < ts.length && k <= i + t.lexLen + 3; k++) if (ts[k].lex && (ts[k].lex!.mask & M.lead) !== 0) lead = k;
      if (lead < 0 && !(isWord(ts[i + t.lexLen], "đầu"))) continue;
      const endTok = lead >= 0 ? lead + ts[lead].lexLen : i + t.lexLen + 1;
      const said = src(c, i, endTok);
      if (t.w === "nhóm") {
        // "vươn lên nhóm đầu" names no place: refused rather than guessed, and the refusal says what is missing.
        c.vague = said;
        return;
      }
      // "tốp đầu", "top các trường dẫn đầu": the plans' established reading is top 10, said in a warning so the
      // clerk can write the number (bundled plans carry it; a refusal would stop them loading from a sheet).
      const field = fieldAfter(c, endTok);
      out.push({
        rule: { kind: "rank", rank: 10, top: true, field },
        used: [],
        score: SCORE.lead,
        by: "rank",
        subject: null,
        subjectFn: () => cleanSubject(c.p.src.slice(0, t.start).replace(/(?:đứng|thuộc|nằm trong|trong)\s*$/iu, "")),
        warnings: [warn("target_partly_read", `"${said}" được hiểu là top 10; nên ghi rõ số`, `"${said}" read as top 10; state a number`)],
      });
      return;
    }
    if ((t.lex.mask & M.lead) !== 0 && (t.w === "dẫn" || t.w === "đứng" || t.w === "xếp")) {
      const field = fieldAfter(c, i + t.lexLen);
      out.push({ rule: { kind: "rank", rank: 1, top: false, field }, used: [], score: SCORE.lead, by: "rank", subject: null, subjectFn: () => cleanSubject(c.p.src.slice(0, t.start)) });
      return;
    }
  }
}

/** "quận huyện" in "thứ hạng 6/30 quận huyện", "Thành phố" in "top 5 Thành phố". */
function fieldAfter(c: Ctx, k: number): string | undefined {
  const t = c.ts[k];
  if (!t) return undefined;
  const s = c.p.src.slice(t.start, t.start + 60).split(/[;,.(]/u)[0];
  const f = s.replace(/^\s*(?:của|trong|toàn|các|trên|khối)\s+/iu, "").replace(/\s+(?:và|trong|năm|về).*$/iu, "").replace(/\s*trở (?:lên|xuống)$/iu, "").trim();
  return /\p{L}{2,}/u.test(f) ? f : undefined;
}

const LEVEL_SKIP = new Set(["≥", "từ", "đạt", "là", ":"]);

/** Whether a figure is a level ("mức độ 3", "IELTS từ 5.5"), and its scale. */
function levelOf(c: Ctx, f: Fig): { scale?: string; at: number } | null {
  if (f.t.cefr) return { scale: "bậc", at: f.i };
  if (f.t.percent || (c.mask & M.level) === 0) return null;
  let k = f.i - 1;
  if (k >= 0 && LEVEL_SKIP.has(c.ts[k].w)) k--;
  const j = phraseEndingAt(c.ts, k, "level");
  if (j < 0) return null;
  const w = c.ts.slice(j, k + 1).map((t) => t.w).join(" ");
  // "định mức là 7,5 kWh", "mức lương": a bare "mức" names a level only right before its number ("đạt mức 2").
  if (w === "mức" && (k !== f.i - 1 && c.ts[k + 1]?.w !== "≥" || c.ts[j - 1]?.w === "định")) return null;
  // "xuống dưới mức 0,46 điểm phần trăm/năm": levels are whole numbers; a fraction after "mức" is an amount, and so is
  // a figure in a unit of measure ("đạt mức 150 tỷ đồng").
  if ((w === "mức" || w === "mức độ" || w === "cấp độ") && (!f.t.integer || (f.u.dim && f.u.dim !== "time"))) return null;
  if (w === "mức độ" || w === "mức" || w === "cấp độ" || w === "level" || w === "trình độ") return { at: j };
  if (w === "khung năng lực ngoại ngữ") return { scale: "bậc", at: j };
  return { scale: w === "bậc" || w === "chu kỳ" ? w : w.toUpperCase(), at: j };
}

/** "phổ cập giáo dục tiểu học mức độ 3", "IELTS từ 5.5 trở lên", "chuẩn quốc gia mức độ 2". */
function level(c: Ctx, out: Cand[]): void {
  if ((c.mask & M.level) === 0) return;
  for (const f of c.figs) {
    const lv = levelOf(c, f);
    if (!lv) continue;
    const from = c.ts[lv.at].start;
    // "35 trường đã đạt … Mức 1": a level after a count or a rate says what the counted units reach.
    const qualifier = c.figs.some((g) => g.i < f.i && !levelOf(c, g));
    out.push({ rule: { kind: "level", level: f.t.value, scale: lv.scale }, used: [f.t], score: qualifier ? SCORE.levelQualifier : SCORE.level, by: "level", subject: null, subjectFn: () => cleanSubject(c.p.src.slice(0, from)) });
  }
}

// Grade words ("loại Khá trở lên"), one or two words long, with their place on the grade scale (see GRADES).
const GRADE_WORDS: Array<[string[], number]> = [
  [["xuất", "sắc"], 5], [["trung", "bình"], 2], [["chưa", "đạt"], 1], [["kém"], 0], [["yếu"], 1], [["khá"], 3], [["tốt"], 4], [["giỏi"], 4], [["đạt"], 2],
];
const GRADE_FIRST = new Set(GRADE_WORDS.map(([ws]) => ws[0]));
const GRADE_CONTEXT = /hạnh kiểm|học lực|xếp loại|rèn luyện|kết quả học tập|kết quả giáo dục|đánh giá/u;

/** "Hạnh kiểm xếp từ loại khá trở lên", "học lực giỏi trở lên", "loại ≥ Khá": a grade on the conduct/learning scale. */
function grade(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  const loai = c.p.low.includes("loại");
  if (!loai && !c.p.low.includes("trở lên")) return;
  for (let k = 1; k < ts.length; k++) {
    if (!GRADE_FIRST.has(ts[k].w)) continue;
    const hit = GRADE_WORDS.find(([ws]) => ws.every((w, j) => ts[k + j]?.w === w));
    if (!hit) continue;
    const len = hit[0].length;
    let p = k - 1;
    if (ts[p]?.w === "≥" || ts[p]?.w === "từ") p--;
    const afterLoai = ts[p]?.w === "loại";
    const up = ts[k + len]?.w === "trở" && ts[k + len + 1]?.w === "lên";
    // "đạt" and "chưa đạt" are grades only after "loại"; other words need "loại" or "trở lên" in a grading context.
    if (!afterLoai && (len === 1 && hit[0][0] === "đạt" || hit[0][0] === "chưa" || !up || !GRADE_CONTEXT.test(c.p.low))) continue;
    const from = ts[Math.max(0, p)].start;
    out.push({ rule: { kind: "level", level: hit[1], scale: GRADE_SCALE }, used: [], score: SCORE.grade, by: "grade", subject: null, subjectFn: () => cleanSubject(c.p.src.slice(0, from).replace(/(?:(?:xếp|đạt|từ)\s*)+$/iu, "")) });
    return;
  }
}

/** Spans of time that are one named period ("3 tháng" is a quarter); others ("6 tháng") stay intervals. */

/** "1 lần/tháng", "ít nhất 01 chuyên đề/cơ sở giáo dục/năm", "mỗi tháng 1 lần", "6 tháng một lần" (an interval). */
function frequency(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  for (const f of c.figs) {
    const u = f.u;
    const t = f.t;
    if (t.percent) continue;
    // "1 máy tính/25 học sinh", "bình quân 1 giáo viên/20 trẻ", "ít nhất 1 chỗ rửa tay/30 học sinh": one thing for so
    // many learners is at most that many per thing, "25 học sinh/máy tính" written the other way round. (A round base,
    // "1 bác sĩ/1.000 dân", is a rate of the thing: a floor, as before.)
    const per = u.per?.replace(/^\S+ /u, "") ?? "";
    // An indicator or ĐVT that counts the thing per learner ("Tỷ lệ máy tính/học sinh") reads it as that share, at least
    // 1/25 = 0,04 (review40a, review40b).
    const n = t.value === 1 && !u.people && LEARNERS.test(per) && (!f.op || f.op.weak || f.op.op === ">=") ? ts.slice(f.i + 1, u.end).find((x) => x.kind === NUM) : null;
    if (n && n.value > 1 && !Number.isInteger(Math.log10(n.value))) {
      const share = PER_LEARNER.test(`${c.ind.low} ${c.opts.unit ?? ""}`);
      out.push({ rule: { kind: "compare", op: share ? ">=" : "<=", value: share ? 1 / n.value : n.value, unit: { kind: "measure", unit: share ? `${u.head}/${per}` : `${per}/${u.head}` }, intent: "plain" }, used: [t, n], score: SCORE.interval, by: "interval", subject: [ts[f.opAt].start, ts[u.end - 1].end] });
      continue;
    }
    // "6 tháng một lần", "6 tháng/lần", "định kỳ 3 tháng 1 lần": an interval, at most that long.
    if (u.unit.kind === "measure" && u.dim === "time") {
      const n = ts[u.end];
      // "1 năm 2 lần", "mỗi tháng 2 lần": several times in one named period.
      const times = n?.kind === NUM && n.integer && n.value > 1 && isWord(ts[u.end + 1], "lần") && u.unit.kind === "measure" && t.value === 1 ? PERIOD_SPANS[`1 ${u.unit.unit}`] : undefined;
      if (times && (!f.op || f.op.weak)) {
        n.role = "unit";
        out.push({ rule: { kind: "frequency", op: ">=", count: n.value, noun: "lần", period: times }, used: [t, n], score: SCORE.interval, by: "interval", subject: [ts[f.opAt].start, ts[u.end - 1].end] });
        continue;
      }
      // ("6 tháng/lần" may come as one unit, "tháng/lần".)
      const glued = u.unit.kind === "measure" && u.unit.unit.endsWith("/lần");
      const once = glued || (n?.kind === NUM && n.value === 1 && isWord(ts[u.end + 1], "lần")) || (isSym(n, "/") && isWord(ts[u.end + 1], "lần"));
      if (once) {
        if (n?.kind === NUM) n.role = "unit";
        // "ít nhất sáu tháng/lần", "tối thiểu 3 tháng một lần": the bound is on how often ("at least once every six
        // months"), so the interval is at most that long, as with no word or "không quá"; only "trên"/"dưới" stay.
        const iop: Op | null = !f.op || f.op.weak ? null : f.op.op === ">=" ? "<=" : f.op.op;
        // "ba tháng một lần", "mỗi năm một lần": an interval one named period long is once each period, and a figure
        // typed per period ("1 lần/quý", "2 lần/năm") is judged against it.
        const every = u.unit.kind === "measure" ? PERIOD_SPANS[`${t.value} ${u.unit.unit.replace(/\/lần$/u, "")}`] : undefined;
        if (every && (iop === null || iop === "<=")) {
          out.push({ rule: { kind: "frequency", op: ">=", count: 1, noun: "lần", period: every }, used: [t], score: SCORE.interval, by: "interval", subject: [ts[f.opAt].start, ts[u.end - 1].end] });
          continue;
        }
        const cand: Cand = { rule: { kind: "compare", op: iop ?? "<=", value: t.value, unit: u.unit, intent: "plain" }, used: [t], score: SCORE.interval, by: "interval", subject: [ts[f.opAt].start, ts[u.end - 1].end] };
        // "theo chu kỳ 04 năm một lần": an interval no bound governs, named a cycle (in the phrase or the indicator), may
        // be the cycle itself, so one held more often is asked about (at most that long, or exactly?). ("định kỳ 2
        // tuần/lần" is at most that long.)
        if (!iop && /chu kỳ/u.test(`${c.p.low} ${c.ind.low}`)) cand.bandToo = { ...cand, rule: { ...cand.rule, op: "=" } as Reading };
        out.push(cand);
        continue;
      }
    }
    // "1 lần/6 tháng": once per a span of time.
    if (t.value === 1 && isWord(ts[f.i + 1], "lần") && isSym(ts[f.i + 2], "/") && ts[f.i + 3]?.kind === NUM && ts[f.i + 4]?.lex?.unit?.dim === "time") {
      const span = ts[f.i + 3];
      // ("1 lần/01 tháng": once per one named period is at least once each period.)
      const every = PERIOD_SPANS[`${span.value} ${ts[f.i + 4].w}`];
      // ("không quá 1 lần/01 tháng", "tối đa 1 lần/6 tháng": a ceiling on how often; never read as a floor.)
      const cap = f.op && !f.op.weak && f.op.op[0] == "<";
      if (cap && !every) continue;
      out.push({ rule: every ? { kind: "frequency", op: cap ? f.op!.op : ">=", count: 1, noun: "lần", period: every } : { kind: "compare", op: "<=", value: span.value, unit: { kind: "measure", unit: ts[f.i + 4].w }, intent: "plain" }, used: [t, span], score: SCORE.interval, by: "interval", subject: [ts[f.opAt].start, ts[f.i + 4].end] });
      continue;
    }
    if (u.period && u.head && !u.dim && u.unit.kind === "measure" && !rangeEnd(ts, f.i)) {
      const op: Op = f.op && !f.op.weak ? f.op.op : ">=";
      const noun = u.head === "times" ? undefined : u.head;
      const per = u.parts.length >= 2 ? u.parts[0] : undefined;
      out.push({ rule: { kind: "frequency", op, count: t.value, noun, period: u.period, per }, used: [t], score: SCORE.frequency, by: "frequency", subject: [ts[f.opAt].start, ts[u.end - 1].end] });
    }
  }
  // "mỗi tháng 1 lần", "mỗi tuần hai buổi", "Phấn đấu mỗi năm thực hiện chuyển đổi 3 trường".
  if ((c.mask & M.every) === 0) return;
  // "giáo viên theo dõi và cân đo hàng tháng": no figure at all, so at least once each period.
  // ("tăng mỗi năm" is a change each year, not a count of times.)
  if (c.figs.length === 0 && (c.mask & M.change) === 0) {
    for (let i = 0; i + 1 < ts.length; i++) {
      const pw = ts[i + 1];
      if (!marked(ts[i], "every") || !pw.lex?.period) continue;
      out.push({ rule: { kind: "frequency", op: ">=", count: 1, period: pw.lex.period }, used: [], score: SCORE.everyBare, by: "frequency", subject: [ts[i].start, pw.end] });
      break;
    }
  }
  for (let i = 0; i < ts.length; i++) {
    if (!marked(ts[i], "every")) continue;
    const pw = ts[i + 1];
    const period: PeriodKind | undefined = pw?.lex?.period;
    if (!period) continue;
    const after = i + 1 + pw.lexLen;
    for (const f of c.figs) {
      // "70 tiết mỗi năm, tương đương 2 tiết mỗi tuần": a figure's own period written after it is its period.
      const own = marked(ts[f.u.end], "every") ? ts[f.u.end + 1]?.lex?.period : undefined;
      if ((f.i < after && !own) || f.t.percent || !f.t.integer) continue;
      if (changeVerbBefore(ts, f.i) >= 0) continue;
      if (f.u.unit.kind !== "count" || !f.u.unit.noun) continue;
      if (rangeEnd(ts, f.i)) continue;
      const op: Op = f.op && !f.op.weak ? f.op.op : ">=";
      const opAt = f.opAt;
      out.push({
        rule: { kind: "frequency", op, count: f.t.value, noun: f.u.unit.noun, period: own ?? period },
        used: [f.t],
        score: SCORE.everyPeriod,
        by: "everyPeriod",
        subject: null,
        subjectFn: () => cleanSubject(src(c, 0, opAt).replace(EVERY_SPAN, " ")),
      });
      break;
    }
    break;
  }
}

// "mỗi năm", "hằng năm", "hàng năm", "một năm": the word before "năm" (tested on the two tokens, no text built).
const PER_YEAR_BEFORE = new Set(["mỗi", "hằng", "hàng", "một"]);

/** The index where a change verb right before token i starts ("tăng thêm ít nhất 5", "giảm ≥ 1,5"), or -1. */
function changeVerbBefore(ts: Token[], i: number): number {
  let k = i - 1;
  // Skip an operator between the verb and its amount.
  for (let j = Math.max(0, k - 2); j <= k; j++) {
    const t = ts[j];
    if (t.lex?.op && !t.lex.op.weak && (t.lex.op.op === ">=" || t.lex.op.op === ">") && j + t.lexLen - 1 === k && !t.lex.op.from) {
      k = j - 1;
      break;
    }
  }
  // "giảm bình quân mỗi năm 2,1%", "tăng hằng năm 5%": an average or a period between the verb and its amount.
  for (let n = 0; n < 2 && k >= 1; n++) {
    if (ts[k].w === "năm" && PER_YEAR_BEFORE.has(ts[k - 1].w)) k -= 2;
    else if (ts[k].w === "quân" && ts[k - 1].w === "bình") k -= 2;
  }
  if (k < 0) return -1;
  if ((ts[k].endMask & M.change) === 0) return -1;
  for (let j = Math.max(0, k - 3); j <= k; j++) {
    const t = ts[j];
    // "học thêm", "dạy thêm": extra classes, a noun, not "add".
    if (t.w === "thêm" && (ts[j - 1]?.w === "học" || ts[j - 1]?.w === "dạy")) continue;
    if (t.lex?.change && j + t.lexLen - 1 === k) return j;
  }
  return -1;
}

/** The last change verb before token i in the clause: "giảm tỷ lệ bỏ học 0,5% so với năm trước". */
function lastChangeVerb(ts: Token[], i: number): Token | null {
  let last: Token | null = null;
  for (let j = 0; j < i; j++) if (ts[j].lex?.change) last = ts[j];
  return last;
}

/**
 * "giảm 1,5% so với đầu năm", "tăng ≥ 1,5 điểm %", "mỗi năm phát triển thêm ít nhất 01 trường", "tăng thêm 5 trường",
 * "giảm từ 3% trở lên", a band of changes "giảm 1-1,5%/năm". "giảm từ 7% xuống 5%" is a level to reach (compare).
 */
function change(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  if ((c.mask & M.change) === 0) return;
  // The last change read: "giảm 15% … so với đầu năm 2024 (21 hộ)" restates its amount in brackets.
  let last: { rule: Reading & { kind: "change" }; end: number; at: number } | null = null;
  for (let x = 0; x < c.figs.length; x++) {
    const f = c.figs[x];
    const t = f.t;
    if (last && f.paren && !f.op && !t.percent && isSym(ts[f.i - 1], "(") && f.i - last.end <= 16 && f.u.unit.kind !== "percent" && last.rule.mode !== "any") {
      const rule: Reading = { kind: "change", direction: last.rule.direction, mode: "absolute", amount: t.value, unit: f.u.unit, baselineLabel: last.rule.baselineLabel, perYear: last.rule.perYear };
      out.push({ rule, used: [t], score: SCORE.change, by: "change", subject: [t.start, ts[f.u.end - 1]?.end ?? t.end] });
      last = null;
      continue;
    }
    let vAt = changeVerbBefore(ts, f.i);
    // "giảm từ 3% trở lên", "giảm từ 0,8-1%": "từ" between the verb and its amount.
    const next = c.figs[x + 1];
    // "0,8-1%": the "%" at the end is both ends'.
    const pct = !!next && (next.t.percent === t.percent || (!t.percent && next.t.percent));
    const rising = pct && next.t.value > (t.percent || !next.t.percent ? t.value : t.value / 100);
    const dashed = pct && isSym(ts[f.i + 1], "-") && next.i === f.i + 2;
    // "giảm từ 5 đến 10%", "tăng từ 2 đến 3 điểm %": a band of changes written with words. Percentage points measure
    // only changes; otherwise only a fall whose ends rise is one ("giảm từ 10% đến 5%" goes from one level to another,
    // and "tăng từ 80% đến 85%" may too).
    const worded = !dashed && pct && !!f.op?.from && isSepWord(ts[f.u.end] ?? ts[f.i]) && ts[f.u.end]?.w !== "và" && next.i === f.u.end + 1;
    // "giảm 7% đến 10%", "tăng 5 đến 8 điểm": the verb right before a rising pair joined by "đến" (no "từ", so no level
    // to go from) changes by an amount in that band, whichever the direction.
    const verbBand = !dashed && pct && !f.op && !next.op && vAt >= 0 && next.i === f.u.end + 1 && /^(?:đến|tới)$/u.test(ts[f.u.end].w) && rising;
    const pointsBand = (dashed || worded) && !!(f.u.points || next?.u.points);
    const band = dashed || verbBand || (worded && (pointsBand || (rising && lastChangeVerb(ts, f.i)?.lex?.change === "decrease")));
    // "giảm từ 20% số hộ nghèo hiện có": "từ" right after a fall verb with no later figure (no "từ 7% xuống 5%") is
    // "from 20% up", how much to cut; a floor on what is being cut says nothing, so no level is meant.
    const fromAlone = !next && ts[f.opAt - 1]?.lex?.change === "decrease" && !/ (?:xuống|còn|đến|tới) /u.test(`${c.p.low.slice(t.end)} `);
    if (vAt < 0 && f.op?.from && (f.after === ">=" || band || fromAlone)) vAt = changeVerbBefore(ts, f.opAt);
    // "giảm từ 7% xuống 5%": from one level to another; the second is the target.
    if (f.op?.from && next && next.op?.reduce && next.opAt <= f.u.end + 1) continue;
    // "giảm tỷ lệ … xuống còn 5% … so với đầu kỳ": a figure after "còn" (what remains) is the level to reach, never the
    // amount. ("xuống 2% so với năm 2024" alone may be either: both stay.)
    if (f.op?.reduce && ts.slice(f.opAt, f.i).some((x) => x.w === "còn")) continue;
    const soVoi = baselineAfter(c, band ? next.u.end : f.u.end);
    // "chỉ tiêu giảm nghèo … là 1%/năm": a rate per year under a change verb is a change per year.
    const perYearRate = (t.percent || (band && next.t.percent)) && isSym(ts[(band ? next.u.end : f.u.end)], "/") && ts[(band ? next.u.end : f.u.end) + 1]?.w1?.period === "year";
    // "giảm tỷ lệ trẻ suy dinh dưỡng 1,2%" (a level to get under) or "giảm tỉ lệ hộ nghèo 0,08%" (by how much): both are
    // written; nothing in the words decides, so this change stands just under the level, as its runner-up.
    // "giảm 10% trẻ em tử vong … năm 2025 và 20% vào năm 2030": the next item of a list after a change read from its
    // verb is a change by the same verb.
    const series: boolean = vAt < 0 && !f.op && f.after === null && last !== null && last.at === x - 1 && listJoin(c, x) !== null;
    const bare = vAt < 0 && !soVoi && !perYearRate && !series;
    // ("giảm tỷ lệ hộ nghèo từ 1-1,5%": "từ" opening a band of amounts after the verb's object is no level of its own;
    // the verb governs it as it would right before it.)
    const fromBand = bare && band && !!f.op?.from && verbObjectAmount(ts, f, true);
    // "giảm tỷ lệ hộ nghèo từ 2,5% trở lên", "giảm tỷ lệ trẻ thấp còi ít nhất 1%": "at least" on a figure after a fall
    // verb's object is how much to cut (a floor on what is being cut says nothing).
    const lv = lastChangeVerb(ts, f.i);
    const cutFloor = bare && !band && (f.op?.op === ">=" && !f.op.weak || f.after === ">=") && lv?.lex?.change === "decrease" && verbObjectAmount(ts, f, true) && !ts.slice(lv.i, f.i).some((t) => t.kind === SYM);
    if (bare && !fromBand && !cutFloor && !verbObjectAmount(ts, f)) continue;
    const verb = vAt >= 0 ? ts[vAt] : lastChangeVerb(ts, f.i);
    if (!verb?.lex?.change) continue;
    // The indicator is itself a rate of change ("Tốc độ tăng trưởng"): "tăng 10%" states the rate (a compare).
    if (READS_INDICATOR && c.ind.growth && (t.percent || (band && next.t.percent))) continue;
    // "học phí tăng không quá 15%", "không giảm quá 10%": a cap on the change, which no change reading holds (it reaches
    // its amount); the compare reading stands, judging a typed change by its amount.
    if (!band && cappedChange(c, f)) continue;
    // The indicator names the change itself ("Số tháng hỗ trợ thêm", "Tỷ lệ quy định được cắt giảm", "Tỷ lệ hộ nghèo …
    // giảm"): the amount is that indicator's figure, read as a compare (a typed "giảm 0,12%" still judges it).
    if (READS_INDICATOR && c.ind.adds && (vAt < 0 || ts[vAt].lex?.change === c.ind.changeDir || addsVerb(ts, vAt))) continue;
    const direction = verb.lex.change;
    let mode: "absolute" | "points" | "percent" | "times";
    let amount = t.value;
    let unit: Unit;
    // "giảm 1/2 số hộ nghèo": a share of the baseline.
    const over = ts[f.i + 1];
    const den = ts[f.i + 2];
    // (So is a half said in words, "giảm ít nhất một nửa tỷ lệ nghèo".)
    const half = vAt >= 0 && t.word && t.value === 0.5;
    if (half || (vAt >= 0 && !t.percent && isSym(over, "/") && den?.kind === NUM && den.value > t.value && over.start === t.end && den.start === over.end)) {
      const share = half ? 0.5 : round12(t.value / den.value);
      out.push({ rule: { kind: "change", direction, mode: "percent", amount: share, unit: { kind: "percent" }, baselineLabel: soVoi?.label, perYear: perYearIn(c) }, used: half ? [t] : [t, den], score: SCORE.change + 0.5, by: "change", subject: [ts[vAt].start, (half ? t : den).end] });
      continue;
    }
    const end = band ? next.u.end : f.u.end;
    let rate = false;
    if (f.u.points || pointsBand) {
      mode = "points";
      amount = t.percent ? t.value : t.value / 100;
      unit = { kind: "percent" };
    } else if (t.percent || (band && next.t.percent)) {
      // A change of a rate ("tỷ lệ hộ nghèo giảm 1%") is in points; of anything else ("giảm 30% thời gian giải quyết")
      // relative. The unit column says "%" for both, so it does not decide.
      // ("giảm 6% tỷ lệ hộ nghèo": the rate may be the verb's object written right after its amount.)
      rate = /tỷ lệ|tỉ lệ|tỷ suất/u.test(c.p.low.slice(0, ts[end + 1]?.end ?? t.end)) || c.ind.rate;
      mode = rate ? "points" : "percent";
      unit = { kind: "percent" };
      if (!t.percent) amount = t.value / 100;
    } else if (f.u.unit.kind === "count" && f.u.unit.noun?.toLowerCase() === "lần" && !f.u.period) {
      // "tăng ít nhất 1,5 lần so với năm 2020": a multiple of the baseline.
      mode = "times";
      unit = { kind: "count" };
    } else {
      mode = "absolute";
      // "tăng 5-8 trường": a band's unit is written once, after its upper end.
      unit = band && f.u.unit.kind === "count" && !f.u.unit.noun ? next.u.unit : f.u.unit;
    }
    const perYear = perYearIn(c) || perYearRate;
    if (perYear && unit.kind === "measure" && /\/năm$/u.test(unit.unit)) unit = { kind: "count", noun: unit.unit.replace(/\/năm$/u, "") };
    const start = vAt >= 0 ? ts[vAt].start : t.start;
    const amountMax = band ? (unit.kind === "percent" && !next.t.percent ? round12(next.t.value / 100) : next.t.value) : undefined;
    const rule: Reading = { kind: "change", direction, mode, amount: round12(amount), amountMax, unit, baselineLabel: soVoi?.label, perYear };
    const used = band ? [t, next.t] : [t];
    // A band of changes accounts for both its figures.
    const base = bare && !fromBand && !cutFloor ? SCORE.compare + 1 + (t.percent ? 1.5 : 0) - 0.25 : SCORE.change + (band ? 0.5 : 0);
    out.push({ rule, used, score: base, by: "change", subject: [start, ts[end - 1]?.end ?? t.end] });
    last = { rule: rule as Reading & { kind: "change" }, end, at: vAt >= 0 || series ? x : -1 };
    // "tỷ lệ … tăng thêm 10%": ten percentage points, or ten percent of the baseline? Both are offered; the judge
    // asks only when they disagree and the baseline allows both.
    if (rate && mode === "points") {
      out.push({ rule: { ...rule, mode: "percent" } as Reading, used, score: (bare ? base : SCORE.change) - 0.5, by: "change", subject: [start, ts[end - 1]?.end ?? t.end] });
    }
    if (band) x++;
  }
}

/**
 * "giảm tỉ lệ hộ nghèo 0,08%", "Giảm số vị thành niên có thai ngoài ý muốn: 15%": a change verb, then what changes, then
 * a figure with no operator of its own. A level would be written with one ("giảm tỷ lệ hộ nghèo còn 3%", "xuống dưới
 * 5%"); bare, the figure is how much the verb changes it. Only the first figure after the verb, with no operator,
 * other verb, date or clause break in between ("giảm … ; tỷ lệ … 95%" is a level of something else).
 */
function verbObjectAmount(ts: Token[], f: Fig, fromBand = false): boolean {
  if ((f.op && !fromBand) || f.paren) return false;
  // "nâng cao trình độ … cho khoảng 1,5 triệu lao động": a figure after "cho" counts whom the act is for.
  const b = ts[f.i - 1]?.w === "khoảng" ? f.i - 2 : f.i - 1;
  if (ts[b]?.w === "cho") return false;
  let v = -1;
  for (let j = (f.op ? f.opAt : f.i) - 1; j >= 0; j--) {
    const t = ts[j];
    if (t.lex?.change) {
      v = j;
      break;
    }
    // "Giảm tỷ lệ hộ nghèo (theo chuẩn hiện nay) mỗi năm 2%": an aside in brackets, words only, is passed over.
    if (t.kind === SYM && t.w === ")") {
      let k = j - 1;
      while (k > 0 && ts[k].kind === WORD && !ts[k].lex?.change) k--;
      if (k > 0 && ts[k].w === "(") {
        j = k;
        continue;
      }
    }
    if (t.kind === NUM || (t.lex?.op && !t.lex.op.weak) || (t.kind === SYM && (t.w === ";" || t.w === "(" || t.w === ")"))) return false;
  }
  // The verb must have an object: a word (not the figure) right after it.
  if (v < 0 || v + ts[v].lexLen >= f.i || ts[v + ts[v].lexLen].kind !== WORD) return false;
  // "Tỷ lệ tăng dân số tự nhiên: 1,1%", "tốc độ tăng …": a rate named after a change is a level, not a verb.
  if (RATE_NOUNS.has(ts[v - 1]?.w ?? "") || RATE_NOUNS.has(`${ts[v - 2]?.w} ${ts[v - 1]?.w}`)) return false;
  // "Nâng mức phụ cấp … 35% … lên mức 70%": an operator further on states the level the change reaches.
  // ("trở lên" closes the figure: no level reached.)
  for (let j = f.u.end; j < ts.length && !(ts[j].kind === SYM && ts[j].w === ";"); j++) if (ts[j].lex?.op?.reduce || (ts[j].w === "lên" && ts[j - 1]?.w !== "trở")) return false;
  return true;
}

/** Nouns that make the change verb after them part of a name ("tỷ lệ tăng dân số", "tốc độ tăng trưởng"). */
const RATE_NOUNS = new Set(["tỷ lệ", "tỉ lệ", "tốc độ", "tỷ suất", "tỉ suất", "chỉ số"]);

function addsVerb(ts: Token[], vAt: number): boolean {
  return vAt >= 0 && !!ts[vAt].lex?.adds;
}

function perYearIn(c: Ctx): boolean {
  return PER_YEAR.test(c.p.low);
}
// (Made once: esbuild writes this pattern as a RegExp constructor call, which in the function would build it every call.)
const PER_YEAR = new RegExp(String.raw`(?:${EVERY_WORDS}) năm|\/\s*năm(?!\p{L})|per year`, "u");
const EACH_YEAR = new RegExp(`(?:${EVERY_WORDS}) năm|per year`, "u");
// "mỗi năm", "hằng tuần": the period a frequency repeats in, taken out of its subject.
const EVERY_SPAN = new RegExp(`(?:${EVERY_WORDS}) (?:năm học|năm|học kỳ|học kì|quý|tháng|tuần|ngày)`, "iu");

/** "so với đầu năm": the baseline named after a figure (within a few words, same clause). */
function baselineAfter(c: Ctx, k: number): { label: string; at: number } | null {
  const ts = c.ts;
  for (let j = k; j < ts.length && j < k + 24; j++) {
    const t = ts[j];
    if (t.kind === SYM && t.w === ";") return null;
    if (t.kind === NUM && t.role === "figure") return null;
    if ((t.startMask & M.baseline) !== 0 && t.lex) {
      const from = ts[j + t.lexLen];
      if (!from) return null;
      const label = c.p.src.slice(from.start, from.start + 60).split(/[;,.(]/u)[0].trim();
      return label ? { label, at: j } : null;
    }
  }
  return null;
}

/** "tăng so với năm học trước" (no amount), "Khống chế tỷ lệ trẻ thừa cân béo phì" (hold: no increase). */
function changeAny(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  // (The first word after a label: "Mục tiêu: Giảm tỷ lệ trẻ suy dinh dưỡng".)
  const lead = leadLabelEnd(c.p.low) > 0 ? ts.findIndex((t) => t.kind === SYM && t.w === ":") + 1 : 0;
  if ((c.mask & (M.hold | M.baseline)) === 0 && !ts[lead]?.lex?.change) return;
  const low = c.p.low;
  const hold = ts.findIndex((t) => marked(t, "hold"));
  if (hold >= 0) {
    const rate = /tỷ lệ|tỉ lệ|%/u.test(low) || c.ind.rate;
    const subjectFn = () => cleanSubject(c.p.src.slice(ts[hold].end));
    const rule: Reading = rate
      ? { kind: "change", direction: "decrease", mode: "points", amount: 0, unit: { kind: "percent" }, perYear: false }
      : { kind: "change", direction: "decrease", mode: "absolute", amount: 0, unit: { kind: "count" }, perYear: false };
    out.push({ rule, used: [], score: SCORE.changeAny, by: "changeAny", subject: null, subjectFn });
    return;
  }
  const sv = ts.findIndex((t) => marked(t, "baseline"));
  // "tăng cường" (strengthen) is no change of a figure; the lexicon reads it as one phrase without a verb.
  const first = ts[lead]?.lex?.change ? ts[lead] : null;
  if (sv < 0 && !first) return;
  let verb: Token | null = first;
  if (!verb) for (let j = sv - 1; j >= 0 && ts[sv].start - ts[j].start < 160; j--) if (ts[j].lex?.change) { verb = ts[j]; break; }
  if (!verb?.lex?.change) return;
  // "Giảm tối thiểu số vụ …" with no figure: "minimise", as "giảm thiểu" — no amount nor direction to check.
  if (c.figs.length === 0 && ts[verb.i + verb.lexLen + 1]?.w === "thiểu") return;
  const baseline = sv >= 0 ? baselineAfter(c, sv) : null;
  const unit: Unit = /tỷ lệ|tỉ lệ/u.test(low) ? { kind: "percent" } : { kind: "count" };
  const subjectFn = () => cleanSubject(c.p.src.slice(first ? first.end : 0, sv >= 0 ? ts[sv].start : c.p.src.length));
  const perYear = EACH_YEAR.test(low);
  // "không giảm so với năm học trước": a negated change verb is a change of at least nothing the other way (equal
  // meets, more exceeds), as "khống chế" is no increase; read as the bare verb it passed every fall.
  if (/(?<!\S)(?:không|not|no)\s+$/u.test(c.p.src.slice(0, verb.start).toLowerCase())) {
    const direction = verb.lex.change === "increase" ? "decrease" : "increase";
    const rule: Reading = { kind: "change", direction, mode: unit.kind === "percent" ? "points" : "absolute", amount: 0, unit, baselineLabel: baseline?.label, perYear };
    out.push({ rule, used: [], score: SCORE.changeAny, by: "changeAny", subject: null, subjectFn });
    return;
  }
  out.push({
    rule: { kind: "change", direction: verb.lex.change, mode: "any", unit, baselineLabel: baseline?.label, perYear },
    used: [],
    score: SCORE.changeAny,
    by: "changeAny",
    subject: null,
    subjectFn,
  });
}

// Round bases a rate is stated per ("… trên 100.000 trẻ"); a share of units is rarely out of exactly these.
const PER_BASE = new Set([1000, 10000, 100000, 1000000]);
const MARGIN_RATE = 0.5;
const SIX_LEVELS = /(?<!\S)(?:bậc|ngoại ngữ|khung năng lực)(?!\S)/u;
const RATE_NAMED = /(?<!\S)t[ỷỉ] (?:lệ|suất)(?!\S)/u;

/** "28/28 trường – đạt 100%", "14/14 phường", "7.910 trẻ/9.232 (85,7%)". */
function fraction(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  const figs = c.figs;
  for (let x = 0; x + 1 < figs.length; x++) {
    const A = figs[x];
    const B = figs[x + 1];
    const a = A.t;
    const b = B.t;
    if (a.percent || b.percent || !(a.integer || a.grouped) || !(b.integer || b.grouped) || a.word || b.word) continue;
    if (a.value < 0 || b.value <= 0 || a.value > b.value) continue;
    // "giảm 1/2 số hộ nghèo": a share after a change verb is the amount of change.
    if (changeVerbBefore(ts, A.i) >= 0) continue;
    // Between them: optional words, then "/".
    let k = a.i + 1;
    // "5 trong 7 thôn": A of B counted things, as "5/7 thôn" (not of a span: "2 trong 3 năm").
    const of = ts[k].w === "trong" && k + 1 === b.i && B.u.unit.kind === "count" && !!B.u.unit.noun && !B.u.period;
    while (!of && k < b.i && ts[k].kind === WORD) k++;
    if (k !== b.i - 1 || !(of || isSym(ts[k], "/"))) continue;
    if (isSym(ts[b.i + 1], "/") && ts[b.i + 2]?.kind === NUM) continue;
    // "500/100.000 trẻ", "10/100.000 dân": a count per a round thousand, ten thousand… is a rate on that base, not a
    // share of units; judged as the count, in the direction the phrase gives (down for injuries and deaths).
    // (Only where a rate is named, "tỷ lệ", "tỷ suất", or bounded, "≤ 500 /100.000 trẻ": "5/10.000 trường" alone is a
    // share of units.)
    if (k === a.i + 1 && PER_BASE.has(b.value) && b.grouped && (RATE_NAMED.test(c.p.low) || RATE_NAMED.test(c.ind.low) || (!!A.op && !A.op.weak))) {
      const unitText = `/${src(c, b.i, B.u.unit.kind === "count" && B.u.unit.noun ? B.u.end : b.i + 1)}`;
      const op = A.op && !A.op.weak ? A.op.op : defaultOp(c, A);
      out.push({ rule: { kind: "compare", op, value: a.value, unit: { kind: "measure", unit: unitText }, intent: op === "<=" || op === "<" ? "reduce" : "plain" }, used: [a, b], score: SCORE.fraction + MARGIN_RATE, by: "perBase", subject: [a.start, b.end] });
      continue;
    }
    // "bậc 3/6", "tối thiểu 3/6" of a foreign-language standard: a level on the six-level framework, written over 6.
    if (k === a.i + 1 && b.value === 6 && a.value >= 1 && a.value <= 6 && SIX_LEVELS.test(`${c.p.low} ${c.ind.low} ${c.opts.unit ?? ""}`.toLowerCase())) {
      out.push({ rule: { kind: "level", level: a.value, scale: "bậc" }, used: [a, b], score: SCORE.fraction + MARGIN_RATE, by: "level", subject: null, subjectFn: () => cleanSubject(c.p.src.slice(0, a.start)) });
      continue;
    }
    let noun = k > a.i + 1 && !of ? src(c, a.i + 1, k) : undefined;
    let end = b.i + 1;
    if (!noun && B.u.unit.kind === "count" && B.u.unit.noun) {
      noun = B.u.unit.noun;
      end = B.u.end;
    }
    const used = [a, b];
    const warnings: Warning[] = [];
    // A percent restating the share ("– đạt 100%", "(85,7%)") belongs to the fraction; flag when it disagrees.
    const P = figs[x + 2];
    if (P && P.t.percent && P.t.start - b.end <= 30 && !c.p.low.slice(b.end, P.t.start).includes(";")) {
      used.push(P.t);
      const share = a.value / b.value;
      if (Math.abs(share - P.t.value) > 0.006) {
        warnings.push(warn("implausible_value", `${a.w}/${b.w} là ${(share * 100).toFixed(1).replace(".", ",")}%, không phải ${P.t.w}`, `${a.w}/${b.w} is ${(share * 100).toFixed(1)}%, not ${P.t.w}`));
      }
    }
    // "trên 3/4 học sinh", "không quá 1/3 số giờ", "dưới 1/2": a share with an operator other than "at least" is that
    // bound on the share (a fraction reads as at least its share).
    const op = A.op && !A.op.weak && !A.op.from ? A.op.op : null;
    if (op && op !== ">=" && k === a.i + 1) {
      const value = round12(a.value / b.value);
      out.push({ rule: { kind: "compare", op, value, unit: { kind: "percent" }, intent: op === "<=" || op === "<" ? "reduce" : "plain" }, used, score: SCORE.fraction, by: "fraction", subject: [a.start, ts[end - 1].end], warnings });
      continue;
    }
    out.push({ rule: { kind: "fraction", numerator: a.value, denominator: b.value, noun }, used, score: SCORE.fraction, by: "fraction", subject: [a.start, ts[end - 1].end], warnings });
  }
}

const LOWER_OPS = new Set<Op>([">=", ">"]);
const UPPER_OPS = new Set<Op>(["<=", "<"]);

/** "55-60%", "30 - 35 trẻ/nhóm lớp", "từ trên A đến dưới B", "> 50% và ≤ 60%", "tối thiểu 8 nhóm và tối đa 25 nhóm". */
function range(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  const figs = c.figs;
  for (let x = 0; x + 1 < figs.length; x++) {
    const A = figs[x];
    const B = figs[x + 1];
    let a = { value: A.t.value, percent: A.t.percent, w: A.t.w };
    let b = { value: B.t.value, percent: B.t.percent, w: B.t.w };
    // What sits between the two figures (after A's unit, before B): a separator, maybe an operator on B.
    let k = a === null ? 0 : A.i + 1;
    // A unit may sit on both ends ("8 nhóm … 25 nhóm"); skip A's unit words.
    if (!A.t.percent) k = Math.max(k, A.u.end);
    let sep: string | null = null;
    let closeOp: Op | null = null;
    let band = false;
    const opA = opBefore(ts, A.i, x > 0 ? figs[x - 1].i + 1 : 0);
    const opB = B.op && B.opAt >= k ? B.op : null;
    const mid = ts.slice(k, opB ? B.opAt : B.i);
    if (opA && !opA.op.weak && opB && !opB.weak && LOWER_OPS.has(opA.op.op) && UPPER_OPS.has(opB.op) && mid.every((t) => t.w === "và" || t.w === "," || t.w === "and" || t.w === "đến" || t.w === "-" || t.w === "tới")) {
      band = true;
      closeOp = opB.op;
    } else if (opA && !opA.op.weak && opB && !opB.weak && UPPER_OPS.has(opA.op.op) && LOWER_OPS.has(opB.op) && (mid.every((t) => t.w === "và" || t.w === "," || t.w === "and") || restOfNouns(mid))) {
      // "tối đa 25, tối thiểu 8": the same band written the other way round.
      out.push(bandCand(c, B, A, opB.op, opA.op.op, x));
      continue;
    } else {
      const m2 = ts.slice(k, B.i);
      // "1 hoặc 2 lớp phó", "3 hoặc 4 buổi": one unit after both figures and no operator of their own: any count
      // from one to the other is allowed. (With a unit and operator each, "ít nhất 05 năm hoặc 04 năm …" is two
      // targets the phrase allows; see orAlternative.)
      const either = m2.length === 1 && m2[0].w === "hoặc" && (!opA || opA.op.weak) && (!B.op || B.op.weak) && A.t.value < B.t.value && A.t.percent === B.t.percent;
      // Words may sit before the separator ("30 trẻ - 35 trẻ").
      let q = 0;
      while (!either && q < m2.length && m2[q].kind === WORD && !isSepWord(m2[q]) && q < 4) q++;
      const s = m2[q];
      if (!s || !(isSym(s, "-", "~", "÷") || isSepWord(s) || either)) continue;
      sep = s.w;
      // "từ đủ 18 tuổi đến hết 25 tuổi": "hết" (through the end of) keeps the upper end inclusive, as "đến" alone.
      const rest = m2.slice(q + 1).filter((t, n) => n || t.w !== "hết");
      if (rest.length === 1 && (rest[0].w === "dưới" || rest[0].w === "<" || rest[0].w === "≤" || rest[0].w === "trên" || rest[0].w === ">" || rest[0].w === "≥")) {
        closeOp = rest[0].w === "dưới" || rest[0].w === "<" ? "<" : rest[0].w === "≤" ? "<=" : null;
      } else if (rest.length > 0) continue;
      if ((sep === "và" || sep === "and") && !(opA && LOWER_OPS.has(opA.op.op) && !opA.op.weak && closeOp)) continue;
    }
    // "tối thiểu là 10-12 m2", "ít nhất phải đạt từ 14-18 điểm": a minimum that is one end or the other (it depends on
    // something the phrase does not say): at least the lower end, or at least the upper one.
    const bound = opA && !opA.op.weak && !closeOp && (sep === "-" || sep === "đến") ? minimumOrMaximum(c, opA) : null;
    if (bound) {
      const unit: Unit = b.percent || a.percent ? { kind: "percent" } : B.u.unit;
      const av = a.percent || !b.percent ? a.value : round12(a.value / 100);
      const [first, second] = bound === ">=" ? [av, b.value] : [b.value, av];
      const subject: [number, number] = [ts[opA!.at].start, ts[Math.max(B.u.end, B.i + 1) - 1].end];
      out.push({ rule: { kind: "compare", op: bound, value: first, unit, intent: "plain" }, used: [A.t, B.t], score: SCORE.band, by: "bound", subject });
      // "đăng ký tối thiểu 12 đến 18 tín chỉ": a span written in words may equally be the band itself (the minimum
      // and the most allowed); "tối thiểu là 10-12 m2" (a dash) is one floor or the other.
      const lo = Math.min(av, b.value);
      const hi = Math.max(av, b.value);
      if (sep === "đến" || sep === "tới") out.push({ rule: { kind: "range", min: lo, max: hi, minInclusive: true, maxInclusive: true, unit, sense: "band" }, used: [A.t, B.t], score: SCORE.band - 0.5, by: "band", subject });
      else out.push({ rule: { kind: "compare", op: bound, value: second, unit, intent: "plain" }, used: [A.t, B.t], score: SCORE.band - 0.5, by: "bound", subject });
      continue;
    }
    // "1-1,5 điểm %": percentage points measure changes, so a band of them is a band of changes (see change()).
    if (B.u.points || A.u.points) continue;
    if (a.percent && !b.percent && !B.u.points) {
      if (B.u.unit.kind === "percent") b = { ...b, percent: true };
      else b = { ...b, value: round12(b.value / 100), percent: true };
    } else if (b.percent && !a.percent) {
      a = { ...a, value: round12(a.value / 100), percent: true };
    }
    const warnings: Warning[] = [];
    // "từ 60 đến 50%": the ends are written the wrong way round; read the band and say so.
    if (a.value > b.value) {
      if (band || sep === "và" || sep === "and" || a.value - b.value > Math.max(Math.abs(a.value), Math.abs(b.value))) continue;
      warnings.push(warn("implausible_value", `khoảng ghi ngược (${a.w} đến ${b.w}); đã đọc từ số nhỏ đến số lớn`, `range written backwards (${a.w} to ${b.w}); read from the smaller to the larger`));
      [a, b] = [b, a];
    }
    const minInclusive = !(opA && opA.op.op === ">" && !opA.op.weak);
    const maxInclusive = !(closeOp === "<");
    const unit: Unit = b.percent ? { kind: "percent" } : B.u.unit.kind === "count" && !B.u.unit.noun && A.u.unit.kind === "count" ? A.u.unit : B.u.unit;
    const sense = senseOf(c, A.t.start, B);
    const about = aboutBefore(c, A);
    const cand: Cand = {
      rule: { kind: "range", min: a.value, max: b.value, minInclusive, maxInclusive, unit, sense, ...(c.marks.about || about ? { about: true } : {}) },
      used: [A.t, B.t],
      score: band ? SCORE.band : SCORE.range,
      by: band ? "band" : "range",
      subject: [opA ? ts[opA.at].start : A.t.start, ts[Math.max(B.u.end, B.i + 1) - 1].end],
      warnings,
    };
    out.push(cand);
    // ("đạt 42 - 43%": a dashed band right after a weak "đạt" is to reach as well: above it is asked about.)
    // (Only a band written in a sentence, to reach ("phấn đấu", "đạt … từ 96 đến 97%"; "đạt chuẩn" names), dashed
    // of persons reached or "about", is a guess: "từ 35 đến 40 tiết", "tối thiểu 10 lớp và tối đa 40 lớp", "chiếm
    // 40 - 41%", a canonical "20–25 người" state both ends.)
    // A band opened by "từ" ("from") that nothing marks as a norm held from both sides (see normBand) may be a floor
    // whose top is only hoped for ("từ 75 - 85% trường học có sân chơi", "huy động từ 95 đến 98 trẻ"): above it is
    // asked about too. (A band stated bare after a label, "Khá: 30-33%", states both ends.)
    const open = !band && !!opA?.op.from && !closeOp && !normBand(c, A, B);
    // ("đạt khoảng 9% - 11%": a weak "đạt" before "about" states no side either.)
    // A band of growth ("tốc độ tăng trưởng … là 11,5%-12%/năm", a plan table's "10,5 – 11,0" under "Tăng trưởng GRDP"):
    // faster growth than the band may be its aim passed, or the band missed; above it is asked about.
    // (Round 33, fresh33: so may any bare band nothing decides, "sản lượng … đạt từ 40 đến 41 triệu tấn": above it is
    // asked about. Not one both of whose ends a bound word states, a norm, a size per unit, "mỗi đơn vị 3-5 thí sinh", nor
    // a band alone, "55–60%", as canonical text states it.)
    const free = sense === "band" && !normBand(c, A, B);
    const growth = (c.ind.growth || GROWTH.test(c.p.low.slice(0, A.t.start))) && free;
    pushBandToo(c, cand, B, (free && !band && A.i > 0 && !PER_UNIT.test(c.p.low.slice(0, A.t.start))) || growth || open || (!band && A.i > 0 && (!opA || !!opA.op.from || (!!opA.op.weak && (!!about || ts[opA.at].w === "đạt"))) && ((sep === "-" && ((B.u.people && !B.u.per) || about)) || ts.some((t) => t.i < A.i && ((t.w === "đạt" && ts[t.i + 1].w !== "chuẩn") || t.w === "phấn" || AIM[t.w] === ts[t.i + 1].w)))));
  }
}

/** "đặt mục tiêu đón 22-23 triệu lượt", "dự kiến: 200 – 300 đơn vị": an aim, as "phấn đấu" is (round 30, fix30w). */
const AIM: Record<string, string> = { mục: "tiêu", dự: "kiến" };

/** "mỗi lớp", "mỗi đơn vị" before a band: a size per unit, held from both sides (not "mỗi năm", a rate per period). */
const PER_UNIT = /mỗi (?!năm|tháng|quý)/u;

/** Words naming a growth rate before a band (the indicator's are IndicatorInfo.growth). */
const GROWTH = /(?<!\S)(?:tăng trưởng|tốc độ tăng)(?!\S)/u;

/** Token `i` is the upper end of a range ("từ 16 đến 18 tiết mỗi tuần", "2-3 buổi/tháng"): the count per period is the
 *  band range() reads, never a floor at its upper end. */
function rangeEnd(ts: Token[], i: number): boolean {
  return i >= 2 && ts[i - 2].kind === NUM && rangeJoint(ts, i - 1, i);
}

/** Only one joint of a range ("đến", "tới", "-", "÷", "~") stands between tokens `from` and `to`. */
function rangeJoint(ts: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = ts[from];
  return t.w === "đến" || t.w === "tới" || isSym(t, "-", "÷", "~");
}

/** First words of the operators that name a level to move up to ("lên", "tăng lên", "nâng lên"). */
const REACH_UP = new Set(["lên", "tăng", "nâng"]);

/** A bound word ("tối thiểu", "ít nhất", "tối đa", "không quá") before a range, looking past "đạt từ". */
function minimumOrMaximum(c: Ctx, op: { op: OpWord; at: number }): Op | null {
  // "tăng lên 10 - 12m2/người": a level to rise to is the band, no floor at one of its ends. ("giảm còn 2,5-3,5%" is
  // one ceiling or the other: the corpus reads a level to fall to so.)
  if (REACH_UP.has(c.ts[op.at].w)) return null;
  const strongOf = (o: OpWord) => (o.from || o.weak ? null : o.op === ">=" || o.op === ">" ? ">=" : o.op === "<=" || o.op === "<" ? "<=" : null);
  if (!op.op.from) return strongOf(op.op);
  const before = opBefore(c.ts, op.at, Math.max(0, op.at - 5));
  return before ? strongOf(before.op) : null;
}

/**
 * "tối đa 23 cán bộ, công chức, tối thiểu 19 người": the rest of the first figure's list of counted nouns, then a comma,
 * stands between a cap and the floor of one band (a few plain words, no figure, operator or clause word).
 */
function restOfNouns(mid: Token[]): boolean {
  if (mid.length < 3 || mid.length > 6 || mid[0].w !== "," || mid[mid.length - 1].w !== ",") return false;
  for (let k = 1; k < mid.length - 1; k++) if (mid[k].kind !== WORD || mid[k].lex?.op || !/^\p{L}+$/u.test(mid[k].w) || mid[k].w === "trong" || mid[k].w === "riêng") return false;
  return true;
}

function isSepWord(t: Token): boolean {
  return t.kind === WORD && (t.w === "đến" || t.w === "tới" || t.w === "to" || t.w === "và" || t.w === "and");
}

function bandCand(c: Ctx, lo: Fig, hi: Fig, loOp: Op, hiOp: Op, x: number): Cand {
  void x;
  // ("tối đa 23 cán bộ, công chức, tối thiểu 19 người": "người" counts persons of every kind, so it names the band.)
  const person = lo.u.unit.kind === "count" && lo.u.unit.noun === "người" && hi.u.unit.kind === "count";
  const unit: Unit = lo.t.percent || hi.t.percent ? { kind: "percent" } : person ? lo.u.unit : hi.u.unit.kind !== "count" || hi.u.unit.noun ? hi.u.unit : lo.u.unit;
  return {
    rule: { kind: "range", min: lo.t.value, max: hi.t.value, minInclusive: loOp === ">=", maxInclusive: hiOp === "<=", unit, sense: senseOf(c, Math.min(lo.t.start, hi.t.start)) },
    used: [lo.t, hi.t],
    score: SCORE.band,
    by: "band",
    subject: [c.ts[Math.min(lo.opAt, hi.opAt)].start, c.ts[Math.max(lo.u.end, hi.u.end) - 1].end],
  };
}

/**
 * "một lớp có từ 20 đến 25 trẻ", "kéo giảm … từ 5 - 10%", "Sĩ số … 30 - 35 học sinh/lớp": a band whose outside was only
 * guessed from words around it (the indicator, a harm or good word before it) may equally be a band both of whose ends
 * count: the two-sided band is the runner-up when no other reading is (parse.ts), so a figure outside the band on the side the guess forgives is
 * asked about ("Cần xác nhận"), never passed on the guess. (A sense the phrase or the caller states, "(thấp hơn vẫn
 * đạt)" or a direction given, is not a guess; nor is area per person, a floor.)
 */
function pushBandToo(c: Ctx, cand: Cand, f?: Fig, guess?: boolean): void {
  const r = cand.rule;
  if (r.kind !== "range" || c.marks.sense || c.opts.direction) return;
  // A band nothing decides ("giải quyết việc làm cho 1,5-1,6 triệu lao động", "khoảng 100 - 120g/bữa") may equally be
  // a floor whose upper end is only hoped for: a figure above it is asked about. Natural levels are bands.
  const band = r.sense === "band";
  if (!band || (guess && !TWO_SIDED.test(`${c.p.low} ${c.ind.low}`))) cand.bandToo = { ...cand, rule: { ...r, sense: band ? "up" : "band" }, warnings: [] };
}

/**
 * Words that make a band a norm held from both sides (the indicator's only for a share, a rule): a make-up ("gồm", "mỗi tổ có", "một lớp có"), a share of a whole
 * ("chiếm", "cơ cấu", "tỷ trọng"), a rule or normal range ("định mức", "bình thường", a body
 * measure "cân nặng từ 12 đến 15 kg"), a load per week or day ("số tiết mỗi tuần từ 25 đến 30 tiết").
 */
const NORM_BAND = /(?<!\S)(?:gồm|chiếm|cân nặng|chiều cao|cơ cấu|t[ỷỉ] trọng|định mức|bình thường|(?:mỗi|một) (?:lớp|nhóm|tổ|ban|đội)(?: \S+)? có|(?:mỗi|h[aằ]ng) (?:tuần|ngày|buổi|tiết))(?!\S)/u;
/** Time, age, score and scheduled amounts, size per container and prescribed fees are held inside their band. */
function normBand(c: Ctx, A: Fig, B: Fig): boolean {
  const u = B.u.dim || B.u.per ? B.u : A.u;
  return !!(NORM_BAND.test(c.p.low) || (READS_INDICATOR && (/(?<!\S)(?:chiếm|cơ cấu|t[ỷỉ] trọng|định mức)(?!\S)/u.test(c.ind.low) || c.ind.prescribed)) || c.mask & M.prescribed || u.dim === "time" || u.dim === "score" || (u.people && u.per) || /tuổi/u.test(JSON.stringify(B.u.unit) + c.opts.unit));
}

/** What lies outside a range: up (good outcome), down (bad outcome) or band. */
function senseOf(c: Ctx, pos: number, f?: Fig): "up" | "down" | "band" {
  if (c.marks.sense) return c.marks.sense;
  if (c.opts.direction) return c.opts.direction;
  if (f && areaPerPerson(c, f)) return "up";
  // A measure held at a natural level (fertility, the sex ratio at birth): a band of it is the level, both ends counting.
  if (TWO_SIDED.test(`${c.p.low} ${c.ind.low}`)) return "band";
  let good = false;
  for (const t of c.ts) {
    if (t.start >= pos) break;
    if (t.dir === 1) return "down";
    if (t.dir === 2) good = true;
  }
  if (READS_INDICATOR && c.ind.reduce) return "down";
  if (good || (READS_INDICATOR && c.ind.good)) return "up";
  return "band";
}

/** "cao hơn trung bình chung Thành phố và khu vực", "> trung bình chung Thành phố". */
function reference(c: Ctx, out: Cand[]): void {
  const ts = c.ts;
  let at = -1;
  let op: Op | null = null;
  if ((c.mask & M.reference) === 0 && !(ts[0]?.kind === SYM && ts[0].lex?.op)) return;
  const m = ts.findIndex((t) => marked(t, "reference"));
  if (m >= 0) {
    // The operator right before the reference word, maybe across "mức".
    let k = m - 1;
    if (isWord(ts[k], "mức")) k--;
    for (let j = Math.max(0, k - 3); j <= k; j++) {
      const t = ts[j];
      if (t.lex?.op && !t.lex.op.weak && j + t.lexLen - 1 === k) {
        op = t.lex.op.op;
        break;
      }
    }
    at = ts[m].start;
  }
  if (!op) {
    // Symbolic canonical form: an operator followed by words, no figure ("> trung bình chung Thành phố").
    const s = ts[0];
    if (!s || s.kind !== SYM || !s.lex?.op || ts[1]?.kind !== WORD || c.figs.length > 0) return;
    op = s.lex.op.op;
    at = ts[1].start;
  }
  if (m >= 0) {
    // A figure with its own operator, or a share other than "100%" of units, is the threshold instead.
    if (c.figs.some((f) => (f.op && !f.op.weak) || (f.t.percent && f.t.value !== 1))) return;
  }
  const refText = c.p.src.slice(at).split(/[;(]/u)[0].replace(/[\s.,:]+$/u, "").trim();
  if (!refText) return;
  const subjectFn = () => cleanSubject(c.p.src.slice(0, at).replace(/(?:không )?(?:cao hơn|thấp hơn|bằng hoặc cao hơn|vượt|trên|dưới|bằng|[≥≤<>=])\s*(?:mức\s*)?$/iu, ""));
  out.push({ rule: { kind: "reference", op, reference: refText, unit: /tỷ lệ|tỉ lệ|%/u.test(c.p.low) ? { kind: "percent" } : { kind: "count" } }, used: [], score: SCORE.reference, by: "reference", subject: null, subjectFn });
}

// A cap named, then raised: "quy mô tối đa được nâng từ 30", "mức trần học phí tăng" (the words before "lên" in its part).
// A latest time written as a span before a day ("chậm nhất là 3 ngày làm việc, trước ngày …"): how long ahead. "Trước"
// names an event or a day after it, not the past ("trước đây/đó/kia là 10 ngày": formerly) nor an order ("trước hết").
const LATEST = /(?:chậm|muộn) nhất(?: là)? *$/u;
// Without "chậm nhất" (`bare`), a span right before "trước" an event ("thời hạn chót … là 5 ngày trước khi bắt đầu") is
// as early as that, no time allowed; not after a comma nor before a date, a month, a quarter or a year ("24 tháng trước ngày
// 31/12/2026", "2 năm, trước năm 2030": the time allowed, and when by). Round 42.
const leadTime = (c: Ctx, at: number, u: { end: number; unit: Unit }, bare?: boolean) => {
  // (Nor before a day written bare or a quarter: "6 tháng trước 31/12/2025", "24 tháng trước quý IV/2027", rereview42a N2.)
  const m = u.unit.kind === "measure" && /^(?:phút|giờ|ngày|tuần|tháng|năm)/u.test(u.unit.unit) && (bare || LATEST.test(c.p.low.slice(0, at))) && /^ *(,?) *trước *(?!(?:đây|đó|kia|nay|hết|tiên)(?!\p{L}))(năm |tháng |ngày \d|quý |\d|)[\p{L}\d/]/u.exec(c.p.low.slice(c.ts[u.end - 1].end));
  return !!m && !(bare && m[1] + m[2]);
};
const RAISED_CAP = /(?<!\S)(?:tối đa|mức trần)(?!\S).*(?<!\S)(?:nâng|tăng|điều chỉnh)(?!\S)/u;

/** Thresholds read from one figure: at least / above / at most / below, or zero for a figure of 0. */
function compare(c: Ctx, out: Cand[]): void {
  for (let x = 0; x < c.figs.length; x++) {
    const f = c.figs[x];
    const t = f.t;
    if (levelOf(c, f)) continue;
    // "tăng … từ 7,5 m2/người lên 10 m2/người": the figure after "từ" is where it starts from, the one after "lên" the target.
    const n = c.figs[x + 1];
    // ("từ 12 trường hiện nay lên 20 trường": the start's "hiện …" may come between.)
    if (f.op?.from && n?.op && !n.op.from && (n.op.reduce || n.op.op === ">=") && n.opAt <= f.u.end + 1 + +(c.ts[f.u.end].w === "hiện") && !n.op.weak) continue;
    const u = f.u;
    // "tăng ít nhất 1,5 lần so với năm 2020": a multiple of a change, which the change recogniser reads.
    if (u.unit.kind === "count" && u.unit.noun === "lần" && !t.percent && changeVerbBefore(c.ts, f.i) >= 0) continue;
    // "1 lần/tháng" is a frequency, not a measure "lần/tháng"; the frequency recogniser reads it.
    if (u.period && !u.dim && u.head && u.unit.kind === "measure" && !t.percent) continue;
    // "tối đa 10 thí sinh ở mỗi môn, riêng Hà Nội là 20": a part singled out with "riêng" and only a weak "là" or "đạt"
    // keeps the bound of the part it is set apart from.
    const singled = !!f.op?.weak && !f.after && x > 0 && /(?:^|[,;]\s*)riêng\s/u.test(c.p.low.slice(c.ts[Math.max(c.figs[x - 1].u.end, c.figs[x - 1].i + 1) - 1].end, t.start));
    const listed = (!f.op || singled) && !f.after ? listOperator(c, x) : null;
    // "giành từ 90 đến 110 huy chương": "từ" opens a band (the range recogniser reads it), it is no floor of its own.
    const opensBand = !!f.op?.from && !f.after && !!n && (!n.op || n.op.weak) && rangeJoint(c.ts, Math.max(u.end, f.i + 1), n.i);
    const ow = (singled && listed) || (f.op ?? listed);
    const oa = f.after;
    const strong = (ow && !ow.weak) || oa !== null;
    let score = SCORE.compare + (opensBand ? 1 : strong ? 4 : ow ? 2.5 : 1);
    if (t.percent) score += 1.5;
    if (t.word && !ow) score = SCORE.compare + 0.2;
    if (f.paren) score -= 2;
    let op: Op;
    if (oa && (!ow || ow.weak || ow.from)) op = oa;
    else if (ow && !ow.weak) op = ow.op;
    else op = defaultOp(c, f);
    // "hơn 500 ĐVTN, giới thiệu cho 100 ĐVTN": an item whose own verb follows the joiner states its own target; a strict
    // list operator ranks it but is not its bound. Its way still carries: "dưới 2% ở thành thị, nông thôn 3%" is below 3%.
    const d = listed && op.length < 2 && c.ts[f.opAt - 1]?.kind === WORD && c.ts[f.opAt - 1].w !== "và" && defaultOp(c, f);
    if (d && d[0] === op[0]) op = d;
    // "trên 70% doanh nghiệp lớn và 30% doanh nghiệp vừa và nhỏ": whether a strict list operator reaches a bare item is
    // not written; exactly 30% is asked about (the item's own "at least 30%" is the runner-up). Round 39.
    const strict = listed && op === listed.op && op.length < 2;
    // "giảm tỷ số giới tính là 108 …": a weak "là"/"đạt" after a decrease verb of its own clause is where it is brought
    // down to (or by how much, the change recogniser's reading), never a floor. Unless the indicator is the amount of
    // the decrease ("Mức giảm …", "Giảm tỷ lệ … (điểm %)"): then that amount is to reach.
    if (op === ">=" && ow?.weak && !oa && decreaseOwn(c, f) && !c.ind.changeDir) op = "<=";
    // "quy mô tối đa được nâng từ 30 lên 40 lớp", "mức thu tối đa tăng lên 300.000 đồng": a cap raised to a figure is still
    // a cap; the figure is the new most, not a level to pass.
    if (op === ">=" && ow === f.op && f.opAt > 0 && c.ts[f.opAt].w === "lên" && RAISED_CAP.test(c.p.low.slice(0, c.ts[f.opAt].start).split(/[,;:]/u).pop()!)) op = "<=";
    // "gửi giấy mời chậm nhất 5 ngày trước ngày họp": the latest it may be done is that long before a day, so it is done
    // at least that long ahead (a span after a day, "chậm nhất 5 ngày sau khi nhận hồ sơ", stays at most). Round 37.
    if (op === "<=" && ow === f.op && leadTime(c, t.start, u)) op = ">=";
    const subject: [number, number] = [c.ts[f.opAt].start, c.ts[Math.max(u.end, f.i + 1) - 1].end];
    if (t.value === 0 && (op === "=" || op === "<=" || !strong)) {
      out.push({ rule: { kind: "zero", unit: u.unit }, used: [t], score, by: "compare", subject });
      continue;
    }
    let intent: "plain" | "reduce" | "maintain" | "all" | "about" | "change" = "plain";
    if (c.marks.change || (!c.ind.growth && cappedChange(c, f))) intent = "change";
    else if (c.marks.all) intent = "all";
    else if (c.marks.about || aboutBefore(c, f)) intent = "about";
    else if (c.marks.reduce || ow?.reduce || ((op === "<=" || op === "<") && reduceVerbBefore(c, t.start))) intent = "reduce";
    else if (c.marks.maintain || ((c.mask & M.maintain) !== 0 && markedBefore(c, M.maintain, t.start, 120))) intent = "maintain";
    // "bằng 150% mức học bổng thông thường": a share of another amount, which the phrase states beside it.
    const ofBase = u.unit.kind === "percent" && c.ts[u.end]?.w === "mức";
    // "dưới mức 0,46 điểm phần trăm/năm": percentage points are hundredths, as a rate's value is.
    let value = u.points && !t.percent && u.unit.kind === "percent" ? round12(t.value / 100) : t.value;
    // "Tỷ lệ biến động quy mô …: không giảm quá 30%": where the indicator is itself a signed rate of change, a fall verb
    // governing the rate states a negative one, the bound turned round: at least -30%.
    if (READS_INDICATOR && c.ind.growth && t.percent && fallGoverns(c, f)) {
      value = -value;
      op = FLIP[op];
      if (intent === "reduce") intent = "plain";
    }
    // (And its unit, when it writes none: "riêng Hà Nội là 20" counts thí sinh too.)
    const unit = singled && listed && u.unit.kind === "count" && !u.unit.noun && !t.percent ? c.figs[x - 1].u.unit : u.unit;
    // "duy trì ổn định ở mức 50.000 ha", "giữ ổn định diện tích … 500.000 ha": a level to hold (test/corpus/README.md).
    const hold = op === ">=" && (c.marks.hold || HOLD.test((t.start > 80 ? "…" : "") + c.p.low.slice(Math.max(0, t.start - 80), t.start)));
    const cand: Cand = { rule: { kind: "compare", op, value, unit, intent, ...(hold ? { hold } : {}) }, used: [t], score, by: "compare", subject, ...(ofBase ? { ofBase } : {}), ...(listed ? { listed: true } : {}) };
    out.push(cand);
    if (strict) cand.bandToo = { ...cand, rule: { ...cand.rule, op: `${op}=` } as Reading };
    // "tối thiểu trên 80%", "tối đa dưới 5%": a bound that takes its threshold stacked on a strict one; the threshold
    // itself is met by one and not the other, so the other stands as the runner-up (see pushBandToo).
    for (let j = f.opAt - 3; strong && !oa && op.length < 2 && j < f.opAt; j++) {
      const o = c.ts[j]?.lex?.op;
      if (o && !o.weak && !o.reduce && j + c.ts[j].lexLen === f.opAt && o.op === `${op}=`) cand.bandToo = { ...cand, rule: { ...cand.rule, op: o.op } as Reading };
    }
  }
}

// "ổn định" governs the figure after a verb of keeping ("duy trì/giữ ổn định … X"), as a clause's verb (", ổn định diện
// tích khoảng X") or right before it ("ổn định ở mức X", "ổn định khoảng X"); after a noun ("có việc làm ổn định đạt 70%")
// it describes the noun.
const HOLD = /(?:(?:^|[,;:(]\s*|(?<!\p{L})(?:duy trì|giữ(?: vững)?)\s+)ổn định[^\d,;]{0,40}|ổn định(?:\s+(?:ở|mức|khoảng|là|quanh))*\s*)$/u;

/** "tăng không quá 15%", "không giảm quá 10%", "giảm tối đa 2%": a ceiling on how much a change verb moves the figure. */
// (A rate only, and not "thêm": "kéo dài thêm không quá 02 ngày", "học thêm không quá 6 tiết" state the amount added.)
function cappedChange(c: Ctx, f: Fig): boolean {
  if (!f.t.percent || f.op?.op !== "<=" || f.op.weak || f.op.reduce) return false;
  const verb = lastChangeVerb(c.ts, f.i);
  return !!verb && f.opAt >= verb.i - 1 && f.i - verb.i <= 6 && !/thêm/u.test(c.p.low.slice(verb.start, c.ts[verb.i + Math.max(1, verb.lexLen) - 1].end + 5));
}

const FLIP: Record<Op, Op> = { "<=": ">=", ">=": "<=", "<": ">", ">": "<", "=": "=" };

/** A fall verb right before the figure, with only bound words between ("giảm không quá 30%", "không giảm quá 30%"). */
function fallGoverns(c: Ctx, f: Fig): boolean {
  const v = lastChangeVerb(c.ts, f.i);
  if (!v || v.lex?.change !== "decrease") return false;
  const between = c.p.low.slice(v.end, f.t.start);
  return /^(?:\s*(?:không|quá|ít nhất|tối đa|tối thiểu|nhiều nhất|hơn|trên|bình quân|khoảng))*\s*$/u.test(between);
}

/**
 * "có ít nhất 30% trẻ … nhà trẻ và 80% trẻ … mẫu giáo", "tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9": an operator
 * before the first item of a list governs the later items that state none, so its firmness does not rank the first
 * item above them (what the indicator or the period names still can). The list runs back over figures of the same
 * kind joined by "," or "và", with no operator, verb of change or date between them.
 * @example listOperator(c, 1) → the "ít nhất" of "ít nhất 30% … và 80% …"
 */
function listOperator(c: Ctx, x: number): OpWord | null {
  for (let k = x; k > 0; k--) {
    const j = listJoin(c, k);
    if (j === null) return null;
    const g = c.figs[k - 1];
    if (g.after) return null;
    if (g.op) return !g.op.weak && !g.op.from && (!g.op.reduce || j.yearly) ? g.op : null;
  }
  return null;
}

/**
 * Whether figure k is the next item of a list after figure k - 1: figures of the same kind, neither in brackets nor in
 * words, joined by "," or "và" with no other figure, operator, verb of change or day between them (at most 12 tokens).
 * `yearly` when a year stands between them ("giảm còn 7% vào năm 2005 và 6% vào năm 2010"): a series by year.
 */
function listJoin(c: Ctx, k: number): { yearly: boolean } | null {
  const f = c.figs[k];
  const g = c.figs[k - 1];
  if (g.t.percent !== f.t.percent || g.paren || f.paren || g.t.word || f.t.word) return null;
  const gu = g.u.unit;
  const fu = f.u.unit;
  if (gu.kind !== fu.kind || (gu.kind === "count" && fu.kind === "count" && gu.noun && fu.noun && gu.noun !== fu.noun)) return null;
  // ("tối đa 11 buổi/tuần, mỗi tiết 45 phút": sessions a week and minutes are measured apart; no list.)
  if (gu.kind === "measure" && (g.u.dim !== f.u.dim || !g.u.per !== !f.u.per)) return null;
  const from = g.u.end;
  const to = f.opAt;
  if (to - from > 12 || to <= from) return null;
  let joined = false;
  for (let j = from; j < to; j++) {
    const t = c.ts[j];
    if ((t.kind === NUM && t.role === "figure") || t.lex?.op || t.lex?.change) return null;
    if (t.w === "," || t.w === "và") joined = true;
  }
  if (!joined) return null;
  // A year between the items makes them a series by year; any other date stops the list.
  let yearly = false;
  for (const d of c.dates) {
    if (d.from < from || d.from >= to) continue;
    if (d.day || d.span) return null;
    yearly = true;
  }
  return { yearly };
}

// A measure's own head before "tối đa" ("số lượng trẻ", "thời gian", "mức giá"), the last in the sentence before the
// figure; not "phát huy tối đa", "tối đa hóa".
const CAP_SUBJECT = /^.*(?<!\S)(?:số|thời (?:gian|hạn)|mức|quy mô|tuổi|diện tích|giá)(?: \p{L}+){0,3} tối đa(?! hóa)(?!\S)/su;
function capSubject(c: Ctx, f: Fig): boolean {
  if (!c.p.low.includes("tối đa")) return false;
  const b = c.p.low.slice(0, f.t.start).split(/\. |;|\n/u).pop()!, m = CAP_SUBJECT.exec(b);
  return !!m && !c.figs.some((g) => g !== f && g.t.start >= f.t.start - b.length + m[0].length && g.t.start < f.t.start);
}

/** "giảm tỷ lệ … dưới 3%", "khống chế … dưới 5%": a decrease verb before the figure makes an upper bound a reduction. */
/**
 * The operator of a figure that states none: the caller's direction, then the indicator's own words ("Bán kính phục vụ
 * tối đa" ≤; "Mức học bổng" ≥ whatever a fee nearby says), then the phrase's (what is brought down, persons per
 * container, working days), else at least.
 */
function defaultOp(c: Ctx, f: Fig): Op {
  const why = directionSource(c, f);
  if (why === "option") return c.opts.direction === "up" ? ">=" : c.opts.direction === "down" ? "<=" : "=";
  if (READS_INDICATOR && why === "indicator") return c.ind.op ?? (c.ind.reduce ? "<=" : ">=");
  return why === "prescribed" ? "=" : why === "default" ? ">=" : "<=";
}

/**
 * Where the operator of a figure written without one comes from: the caller's direction ("option"), the indicator's
 * own operator or mood ("indicator"), the figure's unit ("unit": working days, persons per container, at most), a
 * prescribed fee ("prescribed", exactly), something to bring down written near the figure ("lexicon", at most), or
 * nothing ("default", at least). The confidence gate weighs the guesses (see confidence.ts).
 */
export function directionSource(c: Ctx, f: Fig): DirectionSource {
  if (c.opts.direction) return "option";
  if (READS_INDICATOR && (c.ind.op || c.ind.reduce)) return "indicator";
  // "Số lượng trẻ tối đa trong một lớp … khoảng 30 bé", "Thời gian tối đa … là 2 lần": the subject's "tối đa", as the
  // indicator's, when no other figure stands between.
  if (capSubject(c, f)) return "unit";
  // A span of time set by rule, named by the indicator or before the figure ("Nhiệm kỳ … là 5 năm"): exactly that.
  if (f.u.dim === "time" && !f.u.per && !f.u.working && ((READS_INDICATOR && SET_TERM_RE.test(c.ind.low)) || SET_TERM_RE.test(c.p.low.slice(0, f.t.start)))) return "prescribed";
  // What the figure measures comes before the indicator's mood: working days stay a processing time ("Xét, duyệt chính
  // sách hỗ trợ … 8 ngày làm việc"), persons per container a size norm.
  if (downByUnit(c, f)) return "unit";
  // "Mỗi xã được có 1 trạm", "được phép thành lập 2 phân hiệu": what a rule permits is a cap (exactly is the runner-up).
  if (permitted(c, f)) return "unit";
  // A staffing norm for a class of units: "Trường hạng 3 có 1 phó hiệu trưởng" sets how many posts each such unit has.
  // Anything else counted in a class ("đơn vị hạng 1 có 15 trường", "xã hạng 2 có 90% hộ") is a plain target.
  if (!f.t.percent && POSTS.test(c.p.low.slice(f.t.end).trimStart()) && c.ts.some((t) => t.role === "population" && t.start < f.t.start && c.ts[t.i - 1]?.w === "hạng")) return "prescribed";
  // A fee is set: "Nộp lệ phí 10.000 đồng/1 bản" is exactly that. (A share of the plan collected, "Thu học phí đạt 100%
  // kế hoạch", is a completion rate, not the fee.) So is a sum of money the phrase names a fee of under an indicator
  // that names only a part ("giai đoạn 2") or no count or rate: feeOf.
  // (With no indicator, a sum after "kinh phí" or "chi phí" only, money to spend, is no fee: spentOnly.)
  if ((c.ind.prescribed || (((!c.ind.low && !spentOnly(c, f)) || feeOf(c, f)) && markedBefore(c, M.prescribed, f.t.start, 80))) && !(f.t.percent && OF_PLAN.test(c.p.low.slice(f.t.end)))) return "prescribed";
  // Points awarded ("giải nhất được cộng 1,5 điểm", "Điểm khuyến khích: Nhất (0,75), Nhì (0,5)"): a scale of exact values.
  // (Only a figure in points or bare: "xây mới cộng thêm 10 phòng", "được cộng thêm phụ cấp … 8 triệu đồng" are no scale.)
  const u = f.u.unit as { unit?: string; noun?: string };
  if (!f.t.percent && (u.unit ?? u.noun ?? "điểm") === "điểm" && BONUS.test(`${c.ind.low} ${c.p.low.slice(0, f.t.start)}`)) return "prescribed";
  if (READS_INDICATOR && c.ind.good) return "indicator";
  if (reduceNear(c, f.t.start)) return "lexicon";
  return "default";
}

/**
 * "…; giai đoạn 2, sau khi …, mức thu phí 50.000 đồng/lượt/khách" under "giai đoạn 2": a sum of money after a fee's name
 * in its own clause, under an indicator that counts or rates nothing, is the fee. (Not "kinh phí", "chi phí", money
 * spent; nor a goal to reach, "phấn đấu doanh thu đạt 3 tỷ đồng".) Round 29 (fix29c): three wrong verdicts, three sets.
 */
function feeOf(c: Ctx, f: Fig): boolean {
  if (c.ind.count || c.ind.rate) return false;
  const own = moneyClause(c, f);
  return own !== null && FEE_NAMED.test(own) && !/phấn đấu|mục tiêu|(?<!\S)(?:đạt|thu được|doanh thu|tổng thu)(?!\S)/u.test(own);
}
/** A sum of money whose clause names no fee but "kinh phí", "chi phí" or "lãng phí" (their "phí" marks a fee in the lexicon). */
function spentOnly(c: Ctx, f: Fig): boolean {
  const own = moneyClause(c, f);
  return own !== null && /(?<!\S)(?:kinh|chi|lãng) phí(?!\S)/u.test(own) && !FEE_NAMED.test(own);
}
/** The words before a sum of money in its own clause (up to 80 characters back, from the last ";" or ". "); null for no sum of money. */
function moneyClause(c: Ctx, f: Fig): string | null {
  return f.u.dim === "money" ? c.p.low.slice(Math.max(0, f.t.start - 80), f.t.start).split(/;|\.\s/u).pop()! : null;
}
const FEE_NAMED = new RegExp(`(?<!\\S)${NOT_FEE}(?:${PRESCRIBED_WORDS.join("|")})(?!\\S)`, "u");

/** A figure right after a permission ("được có", "được phép (có|thành lập)", "được thành lập"): a cap on what may be had. */
export function permitted(c: Ctx, f: Fig): boolean {
  // (PERMIT needs "được " before the figure: a phrase without it, or a rate, is done before any slice or regex.)
  if (f.t.percent || !c.p.low.includes("được ")) return false;
  const before = c.p.low.slice(0, f.t.start);
  const m = PERMIT.exec(before);
  // ("Trong năm được thành lập 2 trường": what is set up, a target; a permission says "phép", "có", or whom, "mỗi …".)
  // (Whom "mỗi" names may follow the figure: "được cử 40 em mỗi đội" is a quota per team.)
  return !!m && (/phép| có/u.test(m[0]) || /(?<!\S)(?:mỗi|chỉ)(?!\S)/u.test(before) || /^[^,;.\d]{0,20}(?<!\S)mỗi(?!\S)/u.test(c.p.low.slice(f.t.end)));
}
// ("được cử": whom a unit may send to a contest or a course, a quota.)
const PERMIT = /(?<!\S)được(?: phép)? (?:có|thành lập|lập|cử)(?: thêm)? *$/u;

/** Posts a staffing norm counts: "1 phó hiệu trưởng", "2 nhân viên kế toán". */
const POSTS = /^(?:phó |tổ )?(?:hiệu trưởng|giám đốc|trưởng|phó|giáo viên|gv|nhân viên|cán bộ|kế toán|văn thư|thủ quỹ|bảo vệ|y tế)(?!\S)/u;

/** Words after a percentage that make it a share of the plan done ("đạt 100% kế hoạch", "95% dự toán giao"). */
// ("kh" alone: "50% khối tiểu học" is no plan.)
const OF_PLAN = /^\s*(?:kế hoạch|kh(?!\p{L})|dự toán|chỉ tiêu)/u;

const BONUS = /điểm (?:ưu tiên|khuyến khích|thưởng|cộng)|được cộng|cộng thêm/u;

const SET_TERM_RE = new RegExp(`(?:^|\\s)(?:${SET_TERMS.join("|")})(?=\\s|$)`, "u");

export type DirectionSource = "option" | "indicator" | "unit" | "prescribed" | "lexicon" | "default";

function reduceVerbBefore(c: Ctx, pos: number): boolean {
  if ((c.mask & (M.change | M.hold)) === 0) return false;
  for (const t of c.ts) {
    if (t.start >= pos) break;
    if (t.start < pos - 200 || !t.lex) continue;
    if (t.lex.change === "decrease" || (t.lex.mask & M.hold) !== 0 || t.w === "hạn" && c.ts[t.i + 1]?.w === "chế") return true;
  }
  return false;
}

/** A decrease verb between figure f and the clause's start (a ",", ";" or the figure before it). */
function decreaseOwn(c: Ctx, f: Fig): boolean {
  for (let k = f.opAt; k--; ) {
    const t = c.ts[k];
    if (t.lex?.change === "decrease") return true;
    if (t.w === "," || t.w === ";" || (t.kind === NUM && t.role === "figure")) return false;
  }
  return false;
}

/** "khoảng 50%", "ở mức khoảng 1%": a figure given roughly. */
function aboutBefore(c: Ctx, f: Fig): boolean {
  let i = f.i;
  // "khoảng 45%, 35%": a list of figures shares the word before its first.
  for (let n = 0; n < 8 && c.ts[i - 1]?.w === "," && c.ts[i - 2]?.kind === NUM && c.ts[i - 2].percent === f.t.percent; n++) i -= 2;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = c.ts[k].w;
    if (w === "khoảng" || w === "chừng" || w === "xấp" || w === "gần" && c.ts[k + 1]?.w !== "đạt") return true;
    if (c.ts[k].kind === NUM) return false;
  }
  return false;
}

/** A phrase with these marker bits starts within `span` characters before `pos`. */
function markedBefore(c: Ctx, bits: number, pos: number, span: number): boolean {
  for (const t of c.ts) {
    if (t.start >= pos) break;
    if (t.start >= pos - span && (t.startMask & bits) !== 0) return true;
  }
  return false;
}

/** A date with a word that makes it a deadline, a window's end, an exact day or an earliest day. */
const leads = (d: DateHit) => d.lead === "strict" || d.lead === "due" || d.lead === "notBefore" || d.lead === "from" || d.lead === "to" || (d.lead === "on" && (d.day || monthOnly(d)));

/** Written as a whole year ("năm 2020"). */
const yearOnly = (d: DateHit) => !d.day && d.first.endsWith("-01-01") && d.due.endsWith("-12-31");

// An event the clause says is held (not a task handed in or finished).
const HELD = /(?<!\p{L})(?:diễn ra|tổ chức|thi|họp|lễ|khai mạc|đại hội|hội nghị)(?!\p{L})/u;

/** Written as one month ("tháng 6", "tháng 6/2022"). */
function monthOnly(d: DateHit): boolean {
  return !d.day && d.first.slice(0, -3) === d.due.slice(0, -3);
}

/** The plan period spans two calendar years (a school year "2023-2024"). */
function twoYears(c: Ctx): boolean {
  const p = c.opts.period;
  return !!p && Number(p.end.slice(0, 4)) === Number(p.start.slice(0, 4)) + 1;
}

/** Words placing work inside a span of years ("trong giai đoạn 2021-2025", "đến hết giai đoạn"). */
const SPAN_LEADS = new Set(["trong", "đến", "hết", "cuối", "suốt"]);

/** "chậm nhất tháng 6/2025", "trước 30/4", "từ 1/8 đến 5/8", "vào ngày 20/11/2025", "trong năm 2025". */
function deadline(c: Ctx, out: Cand[]): void {
  if (c.dates.length === 0) return;
  let own = c.dates.filter((d) => !d.cited);
  if (own.length === 0) return;
  // "hoàn thành tuyển sinh … (năm học 2024-2025) trước ngày 31/7/2024": a school year or span beside a stated day or
  // month is context; so is a date with no word of its own beside one with a deadline word ("năm 2022 xã … vào cuối năm 2022").
  if (own.some((d) => !d.span)) own = own.filter((d) => !d.span);
  if (own.length > 1 && own.some(leads)) own = own.filter(leads);
  // "vào ngày 20/11" is an exact day; "vào năm 2030" only places the target in a year.
  const explicit = own.some((d) => d.lead === "strict" || d.lead === "due" || (d.lead === "on" && (d.day || monthOnly(d))) || d.lead === "notBefore");
  const onlyLevels = c.figs.every((f) => levelOf(c, f));
  let score: number;
  // "ở mức trung bình cao … vào năm 2020": a level named in words is the target, and no figure can be checked.
  if (c.figs.length === 0 && !explicit && levelInWords(c)) return;
  // "Đến năm 2030, Tuyên Quang là tỉnh phát triển khá …", "Phấn đấu đến năm 2020, Hà Giang thoát khỏi …": nothing to
  // count and no deadline word ("chậm nhất", "trước") but a calendar year it is placed in: a state to reach, a yes/no
  // statement whose year is its time. A date typed, or a day of the check, still judges it as by that year's end
  // (evaluate.ts, judgeStatement); without either, "Chưa đạt" is not met and a blank is no data, never judged against
  // the clock of the day the sheet happens to be opened. (A school year or span, "trong năm học 2024-2025", ends on a
  // day the statement's year cannot give: it stays a deadline.)
  // So is a task over the plan period itself ("giai đoạn 2025-2030, ngành giáo dục phải xây dựng …" in 2025-2030), and
  // a span of years named with no word placing the work in it ("trong", "đến hết"): the programme's name, as a bare year
  // is; but a task to finish in a span ("Hoàn thành sáp nhập … giai đoạn 2021-2025") is due at its end: "Chưa hoàn
  // thành" in 2023 is not due yet, not a failure.
  const period = c.opts.period;
  const finish = () => c.ts.some((t, i) => t.w === "hoàn" && (c.ts[i + 1]?.w === "thành" || c.ts[i + 1]?.w === "tất"));
  // (A school year's span ends in June, its period in August: the years tell.)
  // (A school year, or a stage, names no title when the phrase finishes something in it: "Hoàn thành xây dựng … trong năm
  // học 2022-2023" is due by its end; the plan's own period, "hoàn thành nhiệm vụ … giai đoạn 2021–2025", stays yes/no.)
  const named = (d: DateHit) => d.span && ((d.first.slice(0, 4) === period?.start.slice(0, 4) && d.due.slice(0, 4) === period.end.slice(0, 4)) || (c.ts[d.from].w === "giai" && !SPAN_LEADS.has(c.ts[d.from - 1]?.w ?? ""))) && (d.due === period?.end || !finish());
  if (c.figs.length === 0 && !explicit && own.every((d) => (yearOnly(d) && !d.span) || named(d)) && statementWords(c) >= 4) {
    out.push({ rule: { kind: "boolean" }, used: [], score: SCORE.deadline, by: "boolean", subject: null, statementFn: wholeStatement(c) });
    return;
  }
  if (c.figs.length === 0) score = explicit ? SCORE.deadlineAlone : own.every((d) => d.span) ? SCORE.span : SCORE.deadline;
  else if (explicit && onlyLevels) score = SCORE.deadlineAlone;
  // A stated day with a deadline word beside bare counts ("Hoàn tất … trước 30/6/2025: bao gồm 307 TTHC"): as likely.
  // So is a window of days ("Giai đoạn 1 tại 5 khu vực, thi đấu từ ngày 1/4 đến 20/6/2024": both ends written as days).
  else if ((explicit || (own.some((d) => d.lead === "from" && d.day) && own.some((d) => d.lead === "to"))) && own.some((d) => d.day)) score = SCORE.deadlineBesideCount;
  // "phấn đấu đạt mức độ 2 vào năm 2024": a level reached by a year; a date typed answers it (the level is the other reading).
  else if (onlyLevels && own.some((d) => !d.day && (d.lead === "on" || d.lead === "to" || d.lead === "due"))) score = SCORE.levelByYear;
  // "Tổng mức đầu tư hơn 122 tỷ đồng, thời gian thực hiện từ nay đến năm 2016", "vào tháng 6 với 3 môn thi": a date with
  // its own word beside figures of another kind is a reading of its own, far below them; a date typed is judged by it.
  // (Not a span of years "từ năm 2018 đến năm 2020", which dates the whole plan.)
  else if (own.some((d) => leads(d) && !d.span) && !(own.length > 1 && own.every(yearOnly))) score = SCORE.dateBesideFigures;
  else return;
  const last = own[own.length - 1];
  // A level by a year: only the year of the last level counts ("mức độ 1 năm 2014" is a past fact).
  const first = score === SCORE.levelByYear ? last : own[0];
  // Several days each with its own deadline word ("Kết thúc học kỳ I trước 15/1/2024, … hoàn thành tuyển sinh trước
  // 31/7/2024", "tựu trường ngày 28/8, … khai giảng ngày 5/9") are several targets, not one window: the first and the
  // last compete, so a day the two judge differently is sent for review.
  // Two opening days ("lớp 1 … từ ngày 20/8, các khối còn lại từ ngày 25/8", "sớm nhất vào ngày 1/9 … Riêng lớp 1 …
  // sớm nhất từ ngày 23/8") each open their own part, and a window that would end before it starts is never one window.
  const opens = (d: DateHit) => d.lead === "from" || d.lead === "notBefore";
  const back = (a: DateHit, b: DateHit) => a.yearless === b.yearless && a.first > b.due;
  const window = first === last || last.lead === "to" || (opens(first) && !opens(last) && !back(first, last));
  // More days than two: an opening day and the day right after it that closes it ("từ ngày 22-29/4/2016. Lễ Khai mạc
  // diễn ra vào ngày 26/4/2016") are one window, and the other days parts of their own.
  const groups: DateHit[][] = [];
  for (let k = 0; own.length > 2 && score !== SCORE.levelByYear && k < own.length; k++) {
    const n = own[k + 1];
    groups.push(n && opens(own[k]) && (n.lead === "to" || n.lead === "due" || n.lead === "strict") && !back(own[k], n) ? [own[k], own[++k]] : [own[k]]);
  }
  if (groups.length > 1) {
    partsOf(c, out, groups, score);
    return;
  }
  if (!window) {
    partsOf(c, out, own.map((d) => [d]), score);
    return;
  }
  pushDeadline(c, out, first === last ? [last] : [first, last], score);
}

/**
 * Several dated parts, each a target of its own ("Kết thúc học kỳ I trước 15/1/2024, … hoàn thành tuyển sinh trước
 * 31/7/2024"): each part's own words ("… và kết thúc năm học trước ngày 15/7" for the indicator "Kết thúc năm học")
 * decide; with none, the first leads, the last is just below it and the rest below that.
 */
function partsOf(c: Ctx, out: Cand[], parts: DateHit[][], score: number): void {
  const words = indicatorWords(c.ind.low);
  let at = 0;
  const texts = parts.map((g) => shortForms(spaced(c.p.low.slice(at, (at = c.ts[g[g.length - 1].to - 1].end, c.ts[g[0].from].start)))));
  // ("…lớp 1, 9 và 12 tựu trường từ ngày 20/8, các khối còn lại từ ngày 25/8": a part naming none of the indicator's
  // words shares the first part's subject, so the words tell the parts nothing apart.)
  if (texts.some((t) => !words.some((w) => t.includes(` ${w} `)))) words.length = 0;
  const hits = texts.map((x) => Math.min(3, words.filter((w) => x.includes(` ${w} `) && !texts.every((t) => t.includes(` ${w} `))).length));
  // (An indicator naming every part, "Học kỳ I, học kỳ II, kết thúc năm học", tells none apart: each is a rival.)
  const all = hits.every((h) => h > 0);
  parts.forEach((g, k) => {
    const order = k === 0 ? 0 : k === parts.length - 1 ? SCORE.nextPart : 2 * SCORE.nextPart;
    pushDeadline(c, out, g, score - order + hits[k] * SCORE.partWord, false);
    out[out.length - 1].part = all ? 0 : hits[k];
  });
}

function pushDeadline(c: Ctx, out: Cand[], own: DateHit[], score: number, alone = true): void {
  const first = own[0];
  const last = own[own.length - 1];
  let due = last.due;
  let start: string | undefined;
  if (own.length > 1) start = first.first;
  // An exact day: "vào ngày 20/11/2025", "tổ chức ngày 20/11" (one day, not a deadline before it); a month "vào tháng 6".
  if (own.length === 1 && last.lead === "on" && (last.day || monthOnly(last) || last.held)) start = last.first;
  // Not before a day ("sớm nhất", "không được … trước"): from that day on, never late. So is a day that only opens
  // ("áp dụng từ ngày 1/7/2021", "đến trường từ ngày 24/9"): no day closes it, so it is the first day, not a deadline.
  // A stop ordered from a day ("yêu cầu … tạm dừng đến trường kể từ ngày 12/05") is on that day, or by it (a later stop
  // breaks it; an earlier one, asked); a stop or start allowed from a day ("cho phép … được nghỉ học từ 29/01", "đồng ý
  // cho … đến trường … từ ngày 01/10") is from it on, never late.
  const before = c.p.low.slice(0, c.ts[first.from].start);
  // ("không cho phép", "xin phép", "nghỉ phép" grant nothing; "sau kỳ nghỉ Tết", "thời gian nghỉ" name a time, and a stop
  // a return follows ("… học sinh đi học trở lại từ") orders none: the day opens, as any "từ ngày".)
  const permit = /(?<!(?:không|chưa|xin|nghỉ) (?:được |cho )?)(?:phép|đồng ý)/u.test(before);
  const stop = !/phép|đồng ý/u.test(before) && last.lead === "from" && /(?<!(?:sau|kỳ|gian) )(?:[dg]ừng|nghỉ|đóng cửa)(?!.*(?:lại|tựu|mở))/u.test(before);
  if (own.length === 1 && (last.lead === "notBefore" || (last.lead === "from" && last.day))) {
    start = last.first;
    due = stop ? start : OPEN_END;
  }
  // "cho học sinh nghỉ học đến ngày 10/10": a pause through that day, so what it pauses resumes the day after, or on the
  // first weekday after a weekend; resuming later is not met (never open-ended). The day itself is the runner-up (below).
  if (own.length === 1 && last.until) {
    let t = Date.parse(last.due) + 864e5;
    start = new Date(t).toISOString().slice(0, 10);
    while (new Date(t).getUTCDay() % 6 === 0) t += 864e5;
    due = new Date(t).toISOString().slice(0, 10);
  }
  // "bắt đầu … từ ngày 4/3/2026, … kéo dài trong 3 ngày": a first day and how long it lasts close a window.
  const lasts = own.length === 1 && last.day && start === last.first && !start.startsWith("--") ? /^[^.;]*?kéo dài (?:trong )?(\d{1,2}) ngày/u.exec(c.p.low.slice(c.ts[last.to - 1].end)) : null;
  if (lasts) due = new Date(Date.parse(start!) + (+lasts[1] - 1) * 864e5).toISOString().slice(0, 10);
  // "diễn ra vào cuối tháng 4/2021", "tổ chức vào cuối quý IV/2023": an event held late in a month (its last ten days)
  // or quarter (its last month), not a task due by its last day; the whole month or quarter is the runner-up (below),
  // so a day earlier in it is asked about.
  const held = alone && own.length === 1 && !last.day && !due.startsWith("--") && isWord(c.ts[last.from - 1], "cuối") && HELD.test(before);
  if (held) start = `${due.slice(0, 8)}${isWord(c.ts[last.from], "quý") ? "01" : "21"}`;
  // "bắt đầu từ ngày 1/9 đến hết năm": a window whose start is the earliest day allowed.
  const notBefore = own.length > 1 && first.lead === "notBefore" ? true : undefined;
  // A window "từ 1/8 đến 5/8" where the second date has no year of its own takes the first's.
  if (start && due !== OPEN_END && !due.startsWith("--") && start.startsWith("--")) {
    // (A start after the end in that year is in the year before: "20/12-5/1/2025".)
    start = `${due.slice(0, 4)}${start.slice(1)}`;
    if (start > due) start = `${Number(due.slice(0, 4)) - 1}${start.slice(4)}`;
  }
  const warnings: Warning[] = [];
  const shown = due === OPEN_END ? (start ?? due) : due;
  if (own.some((d) => d.yearless)) {
    warnings.push(warn("target_partly_read", "không ghi năm và không biết kỳ kế hoạch; năm được lấy theo ngày hoàn thành", "no year written and no plan period known; the year is taken from the completion date"));
  } else if (own.some((d) => d.datedByPeriod) && twoYears(c)) {
    const y = shown.slice(0, 4);
    const label = c.opts.period!.label;
    warnings.push(warn("target_partly_read", `không ghi năm; năm lấy trong kỳ ${label} theo ngày hoàn thành (không có ngày thì năm ${y})`, `no year written; the year within ${label} follows the completion date (${y} without one)`));
  } else if (own.some((d) => d.datedByPeriod)) {
    const y = shown.slice(0, 4);
    const by = c.opts.period ? ` (kỳ ${c.opts.period.label})` : "";
    warnings.push(warn("target_partly_read", `không ghi năm; dùng năm ${y} theo kỳ kế hoạch${by}`, `no year written; using ${y} from the plan period${c.opts.period ? ` (${c.opts.period.label})` : ""}`));
  }
  const head = c.p.src.slice(0, c.ts[first.from].start);
  const tailAt = c.ts[last.to - 1].end;
  const subjectFn = () =>
    cleanSubject(head.replace(/(?:chậm nhất|muộn nhất|hạn chót|trước|trong|đến|hoàn thành|from|từ|vào|ngày|due|by|before|on)\s*$/iu, "").replace(/(?:chậm nhất|muộn nhất|hạn chót|trước|trong|đến|hoàn thành|from|từ|vào)\s*$/iu, "")) ??
    cleanSubject(c.p.src.slice(tailAt));
  const cand: Cand = { rule: { kind: "deadline", due, start, notBefore }, used: [], score, by: "deadline", subject: null, subjectFn, warnings };
  out.push(cand);
  if (held) out.push((cand.bandToo = { ...cand, rule: { kind: "deadline", due, start: last.first }, score: score - SCORE.nextPart }));
  // "tựu trường từ ngày 12/8", "nghỉ Tết bắt đầu từ ngày 5.2.2024" may also name the one day it happens on: that day is the runner-up, so a later day is
  // asked about (an earlier one fails both, the day itself meets both); a stop ordered from a day is due by it too.
  // So may "bắt đầu từ tháng 9-2014" name the month it starts in: a start after that month is asked about.
  if (alone && own.length === 1 && (last.lead === "from" || (last.lead === "notBefore" && last.begins)) && (last.day || (monthOnly(last) && last.begins && !stop)) && !permit && !lasts) {
    out.push((cand.bandToo = { ...cand, rule: last.day ? { kind: "deadline", due: last.first, start: stop ? undefined : last.first } : { kind: "deadline", due: last.due, start: last.first, notBefore: true }, score: score - SCORE.nextPart }));
  }
  // "nộp … vào ngày 16/3/2012": the day it is handed in on, or the day it is due by (a day before it meets only that).
  // (Either is kept as a rival when a figure takes the runner-up slot: "bắt đầu từ ngày 27/2 … tại 21 tỉnh".)
  if (alone && own.length === 1 && (last.until || last.task)) out.push((cand.bandToo = { ...cand, rule: { kind: "deadline", due, start: last.until ? last.due : undefined }, score: score - SCORE.nextPart }));
  // "Ngày 31/07/2020 thông báo kết quả tuyển sinh lớp 1 năm học 2021-2022": a year written outside the school year (or
  // span) the phrase names may be a slip: the day in the nearest year of it is a rival.
  const sp = c.dates.find((d) => d.span);
  const ya = +(due === OPEN_END ? start! : due).slice(0, 4);
  const to = sp ? Math.min(Math.max(ya, +sp.first.slice(0, 4)), +sp.due.slice(0, 4)) - ya : 0;
  // (A day's year moved by what `by` says of it.)
  const shift = (iso: string | undefined, by: (y: number) => number) => (iso && iso !== OPEN_END ? `${+iso.slice(0, 4) + by(+iso.slice(0, 4))}${iso.slice(4)}` : iso);
  if (alone && to && own.every((d) => !d.datedByPeriod && !d.yearless && !d.span)) cand.slip = { ...cand, rule: { kind: "deadline", due: shift(due, () => to)!, start: shift(start, () => to), notBefore }, score: score - SCORE.nextPart };
  // A day or month dated by a plan period of two calendar years ("trước 30/4", "sớm nhất là ngày 28/8" in 2023-2024)
  // could be in either year: the other year is a reading just below, and the judge lets the completion date choose.
  if (!twoYears(c) || !own.every((d) => d.datedByPeriod)) return;
  const y0 = +c.opts.period!.start.slice(0, 4);
  const swap = (iso: string | undefined) => shift(iso, (y) => (y === y0 ? 1 : y === y0 + 1 ? -1 : 0));
  const alt = { kind: "deadline" as const, due: swap(due)!, start: swap(start), notBefore };
  if (alt.start && alt.due !== OPEN_END && alt.start > alt.due) return;
  cand.otherYear = { rule: alt, used: [], score: score - SCORE.otherYear, by: "deadline", subject: null, subjectFn, warnings: [] };
}

/**
 * How many words of the clause say what is to be reached, outside its dates and the words that only frame a target
 * ("mục tiêu", "phấn đấu", "đến năm", "giai đoạn"): "trong năm 2024" has none, "Mục tiêu cụ thể đến năm 2030" none,
 * "Phấn đấu đến năm 2020, Hà Giang thoát khỏi tình trạng đặc biệt khó khăn" nine.
 */
function statementWords(c: Ctx): number {
  let n = 0;
  for (const t of c.ts) {
    if (t.kind !== WORD || FRAMING.has(t.w) || c.dates.some((d) => t.i >= d.from && t.i < d.to)) continue;
    n++;
  }
  return n;
}
const FRAMING = new Set(["mục", "tiêu", "cụ", "thể", "chung", "phấn", "đấu", "đến", "trong", "vào", "cuối", "hoàn", "thành", "thực", "hiện"]);

/** "ở mức trung bình cao", "đạt mức khá": a level named in words, not a number. */
function levelInWords(c: Ctx): boolean {
  for (let k = 1; k + 1 < c.ts.length; k++) {
    const t = c.ts[k];
    if (t.w === "mức" && (c.ts[k - 1].w === "ở" || c.ts[k - 1].w === "đạt") && c.ts[k + 1].kind === WORD && c.ts[k + 1].w !== "độ") return true;
  }
  return false;
}

/**
 * Qualitative targets with a yes/no outcome: "được công nhận", "duy trì đạt chuẩn" (the lexicon's yes/no words). A
 * recognition placed in a year ("xã Sơn Viên cán đích nông thôn mới năm 2020") is a yes/no target, the year its time.
 */
function yesNo(c: Ctx, out: Cand[]): void {
  if ((c.mask & M.yesNo) === 0) return;
  // "Khi có yêu cầu", "Nếu có thay đổi": a condition alone says when, not what is to be achieved.
  if (/^(?:khi|nếu) /.test(c.p.low)) return;
  // "năm 2019 … đạt chuẩn", "vào năm 2030": in that year; "đến năm 2030 đạt chuẩn" is by then (a deadline).
  const yearOnly = c.dates.length > 0 && c.dates.every((d) => !d.day && d.lead !== "strict" && d.lead !== "due" && d.lead !== "to");
  // "Xã phấn đấu đến năm 2025 đạt chuẩn …" in a plan for 2020-2025: by the period's own last year restates the period
  // the sheet reports on, so the yes/no typed for the period answers it (not a deadline already due at its end).
  const endYear = c.opts.period ? c.opts.period.end.slice(0, 4) : "";
  const periodEnd = !!endYear && c.dates.length > 0 && c.dates.every((d) => !d.day && !d.span && d.first === `${endYear}-01-01` && d.due === `${endYear}-12-31`);
  const score = c.figs.length === 0 && (periodEnd || ((c.mask & M.recognition) !== 0 && yearOnly)) ? SCORE.recognition : SCORE.boolean;
  out.push({ rule: { kind: "boolean" }, used: [], score, by: "boolean", subject: null, statementFn: wholeStatement(c) });
}

/** The whole clause as a statement, worked out only when the reading is chosen. */
function wholeStatement(c: Ctx): () => string | undefined {
  return () => cleanSubject(c.p.src);
}

// What a report says a level passed: the plan's target ("vượt 2,97% so với chỉ tiêu", "vượt mục tiêu Nghị quyết 0,36%").
const PLAN_TARGET = /(?<!\S)(?:chỉ tiêu|kế hoạch|nghị quyết|mục tiêu)(?![^\s,.;)])/u;

/**
 * "đạt 8,42%, vượt 0,1% so với Nghị quyết", "tăng 7,36% … (vượt mục tiêu Nghị quyết 0,36%)", "đạt 14.504/18.600 hộ (tỷ lệ
 * 77,97%), vượt 2,97% so với chỉ tiêu": a level reported with how far it passed the plan's target states that target,
 * the level less the excess (8,32%, 7%, 75%), at least. The level is the nearest figure before of the same kind.
 */
function exceededBy(c: Ctx, out: Cand[]): void {
  if (!c.p.low.includes("vượt")) return;
  const ts = c.ts;
  for (let x = 1; x < c.figs.length; x++) {
    const g = c.figs[x];
    let v = -1;
    for (let k = g.i - 1; k >= 0 && k >= g.i - 5; k--) {
      if (ts[k].kind === NUM) break;
      if (ts[k].w === "vượt") {
        v = k;
        break;
      }
    }
    if (v < 0) continue;
    const to = ts[Math.min(g.u.end + 5, ts.length - 1)];
    if (!PLAN_TARGET.test(c.p.low.slice(ts[v].start, to.end))) continue;
    // "vượt xa mục tiêu là 5 máy/100 dân": the figure the target is said to be is that target, not the excess.
    if (ts[g.i - 1]?.w === "là" || isSym(ts[g.i - 1], ":")) continue;
    let f: Fig | null = null;
    for (let k = x - 1; k >= 0 && !f; k--) {
      const h = c.figs[k];
      if (h.i < v && h.t.percent === g.t.percent && sameJson(h.u.unit, g.u.unit)) f = h;
    }
    if (!f) continue;
    const value = round12(f.t.value - g.t.value);
    if (!(value > 0)) continue;
    out.push({ rule: { kind: "compare", op: ">=", value, unit: f.u.unit, intent: "plain" }, used: [f.t, g.t], score: SCORE.change, by: "bound", subject: [ts[f.opAt].start, ts[Math.max(f.u.end, f.i + 1) - 1].end] });
  }
}

/** Every recogniser, in no particular order: the resolver ranks what they propose. [name, recogniser] pairs. */
export const RECOGNISERS: ReadonlyArray<readonly [string, (c: Ctx, out: Cand[]) => void]> = [
  ["canonicalBoolean", canonicalBoolean],
  ["zero", zero],
  ["rank", rank],
  ["level", level],
  ["grade", grade],
  ["frequency", frequency],
  ["change", change],
  ["changeAny", changeAny],
  ["fraction", fraction],
  ["range", range],
  ["reference", reference],
  ["compare", compare],
  ["exceededBy", exceededBy],
  ["deadline", deadline],
  ["boolean", yesNo],
];

/** The recognisers alone, for the hot loop. */
export const RECOGNISER_FNS: ReadonlyArray<(c: Ctx, out: Cand[]) => void> = RECOGNISERS.map(([, f]) => f);

/** The free figures of a clause with their surroundings. */
export function figures(c: Pick<Ctx, "p" | "ts">): Fig[] {
  const out: Fig[] = [];
  for (let i = 0; i < c.ts.length; i++) {
    const t = c.ts[i];
    if (t.kind === NUM && t.role === "figure") out.push(figOf(c.p, c.ts, i));
  }
  return out;
}

export type { DateHit };
