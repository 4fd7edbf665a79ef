// What surrounds a figure: its operator before or after, and its unit (percent, count noun, measure, per-unit ratio).
import { unitSize } from "../../number/units";
import type { Op, Unit } from "../schema";
import { M, type Dimension, type OpWord, type PeriodKind } from "./lexicon";
import { NUM, SYM, WORD, type Token } from "./tokens";
import type { Prepared } from "./text";

/** The unit written after a figure, and where it ends. */
export interface UnitRead {
  unit: Unit;
  /** Token index one past the unit. */
  end: number;
  /** Percentage points ("0,8 điểm %"). */
  points?: boolean;
  /** The dimension and size of a measure ("phút" time ×1, "giờ" time ×60). */
  dim?: Dimension;
  factor?: number;
  /** The counted noun counts persons ("học sinh", "trẻ"). */
  people?: boolean;
  /** "N noun/period": the last part of the unit is a period (a frequency). */
  period?: PeriodKind;
  /** The first word(s) of the unit ("lần" in "lần/tháng"), and the parts after each "/". */
  head?: string;
  parts: string[];
  /** The per-part of a ratio ("lớp" in "học sinh/lớp"), and whether it is a container people are counted per. */
  per?: string;
  perContainer?: boolean;
  /** Working days ("ngày làm việc"). */
  working?: boolean;
}

export interface Fig {
  t: Token;
  i: number;
  /** Operator before the figure (skipping fillers), and the index of its first token. */
  op: OpWord | null;
  opAt: number;
  /** Operator confirmed after the figure ("trở lên", "+"). */
  after: Op | null;
  u: UnitRead;
  /** Inside parentheses. */
  paren: boolean;
}

const STOP = new Set([
  "trở", "đạt", "và", "trong", "của", "được", "có", "là", "so", "với", "tại", "theo", "đến", "từ", "các", "những", "mỗi", "đối",
  "trên", "dưới", "thuộc", "ra", "vào", "hoặc", "hay", "thì", "để", "khi", "đã", "sẽ", "đang", "cho", "về", "năm", "tháng",
  "ngày", "hoàn", "tăng", "giảm", "trước", "sau", "chậm", "or", "and", "the", "of",
  // Adverbs and "tính (đến)" open a clause, they count nothing ("từ 15 đến 62 chưa biết chữ", "6 đến 14 tính đến …").
  "chưa", "tính",
]);

// "không … quá": the negated "quá" bound.
const AT_MOST: OpWord = { op: "<=" };
const AT_LEAST: OpWord = { op: ">=" };

/** The operator written before token i, skipping fillers ("đạt tỷ lệ 95%", "ít nhất là 65%"); a strong one wins over "đạt". */
export function opBefore(ts: Token[], i: number, floor = 0): { op: OpWord; at: number } | null {
  let k = i - 1;
  let weak: { op: OpWord; at: number } | null = null;
  for (let steps = 0; steps < 6 && k >= floor; steps++) {
    // The lexicon phrase that ends at k.
    const e = ts[k];
    let found: { op?: OpWord; filler?: boolean; at: number } | null = null;
    if ((e.endMask & M.opOrFiller) !== 0 && e.endLex && e.endFrom >= floor && (e.endLex.op || e.endLex.filler)) {
      found = { op: e.endLex.op, filler: e.endLex.filler, at: e.endFrom };
    }
    if (!found) {
      // ",": "ít nhất: 1 lần", "đạt, 95%"
      if (ts[k].kind === SYM && (ts[k].w === ":" || ts[k].w === ",")) {
        k--;
        continue;
      }
      break;
    }
    if (found.op && !found.op.weak) {
      // "không học thêm quá 5 môn", "không được vượt quá", "không được phép nhận trẻ quá 15 nhóm": a "không" a few words
      // before "quá" in the same run of words (a modal, a verb and its object) bounds from above; so does a ban ("Cấm dạy
      // thêm quá 2 buổi/tuần").
      if (found.op.op === ">" && ts[k].w === "quá") {
        for (let j = found.at - 1; j >= floor && j >= found.at - 6; j--) {
          if (ts[j].w === "không" || ts[j].w === "cấm") return { op: AT_MOST, at: j };
          if (ts[j].kind !== WORD) break;
        }
      }
      // "Không để tỷ lệ học sinh bỏ học quá 2%", "không cho sĩ số lớp vượt quá 35", "không để tỷ lệ trẻ suy dinh dưỡng
      // dưới 90%": "không để/cho" forbids what its object does, however long the object (one run of words): the
      // opposite bound including its end. Not after "không để xảy ra", where the figure describes what must not happen.
      if (found.op.op === ">" || found.op.op === "<") {
        for (let j = found.at - 1; j >= floor && j >= found.at - 12 && ts[j].kind === WORD; j--) {
          // So does a modal "không nên/không được" ("không nên xếp lịch kiểm tra kéo dài quá 2 tuần", "không được tổ chức
          // thi kéo dài quá 3 ngày"): what its verb phrase must not do, however long the phrase.
          if (ts[j].w === "không" && /^(?:để|cho|nên|được)$/u.test(ts[j + 1]?.w) && ts[j + 2]?.w !== "xảy" && ts[j + 2]?.w !== "xẩy") {
            return { op: found.op.op === ">" ? AT_MOST : AT_LEAST, at: j };
          }
        }
      }
      // "có thể vào học … ở độ tuổi cao hơn 3 tuổi so với …", "được phép vượt 10%": what is allowed above a norm (a
      // permission before the comparison, one run of words) is the most allowed.
      if (found.op.op === ">") {
        // (A grade's number is part of the run: "có thể vào lớp 1 ở độ tuổi cao hơn 2 tuổi".)
        for (let j = found.at - 1; j >= floor + 1 && j >= found.at - 12 && (ts[j].kind === WORD || (ts[j].kind === NUM && ts[j].role !== "figure")); j--) {
          if ((ts[j - 1].w === "có" && ts[j].w === "thể") || (ts[j - 1].w === "được" && ts[j].w === "phép")) {
            if (ts[j - 2]?.w !== "không") return { op: AT_MOST, at: found.at };
            break;
          }
        }
      }
      // "không quá" etc.; a weak op found nearer still yields to this strong one ("ít nhất đạt 84%").
      return { op: found.op, at: found.at };
    }
    if (found.op && !weak) weak = { op: found.op, at: found.at };
    else if (!found.filler && !found.op) break;
    k = found.at - 1;
  }
  // "mỗi thí sinh chỉ được đăng ký ở 01 vị trí", "chỉ dành cho 3 đối tượng": what one is only allowed, or what is kept
  // only for some (a verb and its object between, one run of words), is a ceiling. (Not "không chỉ": not only.)
  if (!weak) {
    for (let j = i - 1; j > floor && ts[j].kind === WORD; j--) if ((ts[j].w === "được" || ts[j].w === "dành") && ts[j - 1].w === "chỉ" && ts[j - 2]?.w !== "không") return { op: AT_MOST, at: j - 1 };
  }
  return weak;
}

/** An operator confirmed after a figure and its unit ("từ 95% trở lên", "65%+", "từ Đại học trở lên" is not ours). */
export function opAfter(ts: Token[], from: number): Op | null {
  for (let k = from; k < ts.length && k < from + 8; k++) {
    const t = ts[k];
    if (t.kind === NUM) return null;
    if (t.kind === SYM && (t.w === ";" || t.w === "." || t.w === "(" || t.w === ")")) return null;
    // "có trình độ thạc sĩ trở lên": the "trở lên" closes the qualification, not the figure.
    if ((t.startMask & M.level) !== 0) return null;
    if (t.lex?.after) {
      // "+" only right after the figure.
      if (t.w === "+" && k !== from) return null;
      // "trở lên" closing another "từ … trở lên" is not ours.
      for (let j = from; j < k; j++) if (ts[j].w === "từ") return null;
      return t.lex.after;
    }
  }
  return null;
}

/** Is token k a word (not a number or symbol)? */
const word = (t: Token | undefined) => !!t && t.kind === WORD;

/** The longest noun or unit phrase at token k, or its first plain word; with the number of tokens it spans. */
function nounAt(ts: Token[], k: number): { len: number; people: boolean; container: boolean; unit: boolean; period: PeriodKind | undefined; known: boolean } | null {
  const t = ts[k];
  if (!t) return null;
  if (t.kind === SYM && t.w === "%") return null;
  if (t.kind !== WORD) return null;
  if (t.lex && (t.lex.noun || t.lex.unit || t.lex.period)) {
    return { len: t.lexLen, people: !!t.lex.people, container: !!t.lex.container, unit: !!t.lex.unit, period: t.lex.period, known: true };
  }
  if (STOP.has(t.w) || t.lex?.op || t.lex?.change || t.lex?.after) return null;
  return { len: 1, people: false, container: false, unit: false, period: undefined, known: false };
}

/**
 * The unit written after the figure at token i: percent, points, a measure ("phút", "m2/trẻ", "học sinh/lớp",
 * "đồng/học sinh/tháng"), or a counted noun ("trường", "nhóm, lớp").
 */
export function unitAfter(p: Prepared, ts: Token[], i: number): UnitRead {
  const t = ts[i];
  if (t.percent) return { unit: { kind: "percent" }, end: (ts[i + 1]?.startMask ?? 0) & M.percentWord ? i + 1 + ts[i + 1].lexLen : i + 1, parts: NONE };
  let k = i + 1;
  // "3/4 số trường", "90% tổng số giáo viên": a quantity word before a noun the lexicon knows counts that noun.
  const q = ts[k]?.w === "tổng" && ts[k + 1]?.w === "số" ? 2 : ts[k]?.w === "số" ? 1 : 0;
  if (q > 0 && nounAt(ts, k + q)?.known) k += q;
  const n = ts[k];
  // "Bảy (07) ngày làm việc", "03 (ba) ngày": digits and a number word restating each other in brackets share the unit
  // written after the pair.
  const numWord = (x: Token | undefined) => x?.kind === WORD && x.w1?.num !== undefined;
  if (n?.w === ")" && ts[i - 1]?.w === "(" && numWord(ts[i - 2])) return unitAfter(p, ts, k);
  if (n?.w === "(" && numWord(ts[k + 1]) && ts[k + 2]?.w === ")") return unitAfter(p, ts, k + 2);
  if (n && n.lex && (n.startMask & M.percentWord) !== 0) return { unit: { kind: "percent" }, end: k + n.lexLen, parts: NONE };
  // "10‰": per mille, a measure of its own ("tỷ suất chết … 10‰").
  if (n && n.kind === SYM && n.w === "‰") return { unit: { kind: "measure", unit: "‰" }, end: k + 1, parts: NONE };
  if (n && n.lex && (n.startMask & M.points) !== 0) return { unit: { kind: "percent" }, end: k + n.lexLen, points: true, parts: NONE };
  const first = nounAt(ts, k);
  if (!first) return { unit: { kind: "count" }, end: i + 1, parts: NONE };
  const head = ts[k];
  let len = first.len;
  // "113 bé trai/100 bé gái", "10 bác sĩ/10.000 dân": plain words up to a "/" name the head of a ratio together.
  if (!first.known) for (let x = 1; x <= 2; x++) if (word(ts[k + x]) && nounAt(ts, k + x)?.known === false && ts[k + x + 1]?.w === "/") len = x + 1;
  // "20 nhóm, lớp/trường": a second noun after a comma still belongs to the unit when a "/" follows.
  if (ts[k + len]?.w === "," && word(ts[k + len + 1]) && ts[k + len + 2]?.w === "/") len += 2;
  const firstEnd = k + len;
  const headText = p.src.slice(head.start, ts[firstEnd - 1].end);
  // A chain of "/part": "m2/trẻ", "học sinh/lớp", "đồng/học sinh/tháng", "lần/tháng", "học sinh/1 máy tính".
  let j = firstEnd;
  const pers: Array<{ text: string; container: boolean; period?: PeriodKind }> = [];
  // ("01 ngày trong 01 tuần": "trong" before the one period claimed as the unit's is a "/".)
  while (((ts[j]?.kind === SYM && ts[j].w === "/") || (ts[j]?.w === "trong" && ts[j + 1]?.role === "unit")) && pers.length < 3) {
    let q = j + 1;
    // ("/100 bé gái": a round base other than 1 is part of the unit's name.)
    const base = ts[q]?.kind === NUM && (ts[q].role === "unit" || (ts[q].value >= 10 && Number.isInteger(Math.log10(ts[q].value)))) ? q : -1;
    if (base >= 0) q++;
    const part = nounAt(ts, q);
    if (!part) break;
    let plen = part.len;
    // ("đồng/kế hoạch", "đồng/đề thi": two words the lexicon does not know name the part together, as a head's do.)
    if (!part.known && word(ts[q + 1]) && nounAt(ts, q + 1)?.known === false) plen = 2;
    const n = base >= 0 && ts[base].value !== 1;
    // ("2 lần/6 tháng": a span of several periods is a period only when it is one by name, "/3 tháng" a quarter.)
    const text = p.src.slice(ts[n ? base : q].start, ts[q + plen - 1].end);
    pers.push({ text, container: part.container, period: n ? PERIOD_SPANS[text] : part.period });
    j = q + plen;
  }
  let unitWord = head.lex?.unit && first.len === head.lexLen ? head.lex.unit : undefined;
  if (pers.length > 0) {
    // ("15g/học sinh/ngày": a rate's head may be a unit the lexicon leaves out.)
    unitWord = unitWord || unitSize(headText) || undefined;
    const last = pers[pers.length - 1];
    const text = [headText, ...pers.map((x) => x.text)].join("/").replace(/\s*\/\s*/gu, "/");
    return {
      unit: { kind: "measure", unit: text },
      end: j,
      people: first.people,
      period: last.period,
      head: headText,
      parts: pers.map((x) => x.text),
      per: pers[0].text,
      perContainer: pers[0].container,
      dim: unitWord?.dim,
      factor: unitWord?.factor,
    };
  }
  if (unitWord) return { unit: { kind: "measure", unit: headText }, end: firstEnd, dim: unitWord.dim, factor: unitWord.factor, working: unitWord.working, head: headText, parts: NONE };
  return { unit: { kind: "count", noun: headText }, end: firstEnd, people: first.people, head: headText, parts: NONE };
}

const NONE: string[] = [];

export const PERIOD_SPANS: Record<string, PeriodKind> = {
  "1 ngày": "day", "1 tuần": "week", "7 ngày": "week", "1 tháng": "month", "3 tháng": "quarter", "1 quý": "quarter", "12 tháng": "year", "1 năm": "year",
};

/** Builds the facts around a free figure. */
export function figOf(p: Prepared, ts: Token[], i: number, floor = 0): Fig {
  const t = ts[i];
  let ob = opBefore(ts, i, floor);
  if (t.depth > 0 && (!ob || ob.op.weak)) ob = levelOpBefore(ts, i, floor) ?? ob;
  const u = unitAfter(p, ts, i);
  // A grant's "tới/đến" caps an amount given (money, a duration, a measure); a share or a head count reached is a floor.
  if (ob?.op.grant && (t.percent || !u.dim)) ob = { op: AT_LEAST, at: ob.at };
  return { t, i, op: ob?.op ?? null, opAt: ob ? ob.at : i, after: opAfter(ts, u.end), u, paren: t.depth > 0 };
}

/**
 * "ở dưới mức giảm trừ gia cảnh … (hiện tại là 4,4 triệu đồng/tháng)": a figure in brackets that states a level named
 * before them ("mức …") takes the operator written before that level.
 */
function levelOpBefore(ts: Token[], i: number, floor: number): { op: OpWord; at: number } | null {
  let q = i - 1;
  while (q >= floor && !(ts[q].kind === SYM && ts[q].w === "(")) {
    if (ts[q].kind === NUM) return null;
    q--;
  }
  if (q < floor) return null;
  for (let k = q - 1; k >= floor && k >= q - 20; k--) {
    const x = ts[k];
    if (x.kind === NUM || (x.kind === SYM && (x.w === ";" || x.w === ")"))) return null;
    if (x.w === "mức") {
      const ob = opBefore(ts, k, floor);
      if (ob) return ob;
    }
  }
  return null;
}
