// Reading an actual as a quantity in a rule's unit: percent scales, counts, fractions, and measures converted within a dimension.
import { CELL_TESTS, type CellReading } from "../../number/cell";
import { formatNumber, formatPercent } from "../../number/format";
import { convert, SCALE_OF, unitSize } from "../../number/units";
import type { Bilingual, Lang } from "../../types";
import type { Rule, Unit } from "../schema";
import type { PercentScale, StatusCode } from "../verdict";
import { STATUS } from "../verdict";
import { EVERY_WORDS } from "../parse/lexicon";
import { EPS, fail, txt, type Facts, type Note } from "./facts";
import { round12 } from "../../number/parse";

/**
 * The actual as a quantity. Results go into one scratch record (no allocation per call); callers copy what they need
 * before the next read.
 */
export interface Quantity {
  value: number;
  /** The other percent reading in auto mode, or NaN when there is none. */
  alt: number;
  num: number;
  den: number;
  noun: string | null;
  /** A rate above 100%. */
  over: boolean;
  /** The unit the actual was written in, when it was converted to the rule's ("giờ" for "1 giờ 15 phút" vs phút). */
  from: string | null;
}
export const Q: Quantity = { value: 0, alt: NaN, num: NaN, den: NaN, noun: null, over: false, from: null };

export const R_EMPTY: Bilingual = { vi: "ô trống, chưa có số liệu", en: "the cell is empty" };
const R_NA: Bilingual = { vi: "#N/A: chưa có giá trị", en: "#N/A: value not available" };

/** Shared handling of non-figures: empty and #N/A are no data; other errors, yes/no and text are invalid. */
export function notAFigure(rule: Rule, r: CellReading, what: Bilingual): Facts {
  switch (r.kind) {
    case "empty":
      return fail("no_data", rule, r, r.text ? { vi: `"${r.text}" nghĩa là chưa có số liệu`, en: `"${r.text}" means no data yet` } : R_EMPTY);
    case "error":
      return r.code === "#N/A"
        ? fail("no_data", rule, r, R_NA)
        : fail("invalid", rule, r, () => ({ vi: `ô báo lỗi ${r.code}`, en: `the cell shows the error ${r.code}` }));
    case "text":
      return fail("invalid", rule, r, r.reason);
    default:
      return fail("invalid", rule, r, () => ({
        vi: `"${txt(r)}" không phải là ${what.vi}`,
        en: `"${txt(r)}" is not ${what.en}`,
      }));
  }
}

// The size words of a sum ("nghìn", "triệu", "tỷ" …), written once in SCALE_OF.
const SIZES = Object.keys(SCALE_OF).join("|");
const SCALED = new RegExp(`\\d\\s*(?:${SIZES})\\s*$`, "iu");

export const W_PERCENT: Bilingual = { vi: "một tỷ lệ", en: "a rate" };
export const W_COUNT: Bilingual = { vi: "một số lượng", en: "a count" };
export const W_NUMBER: Bilingual = { vi: "một số", en: "a number" };

/** Facts of a figure typed in a unit the reading cannot take: another reading of the target that can take it decides. */
export const IN_OTHER_UNIT = new WeakSet<Facts>();

/** Cần xác nhận for a figure in a unit other than the target's (`vi`/`en` say how), asking whether it is another part's. */
function otherPart(rule: Rule, r: CellReading, vi: string, en: string, ask = true): Facts {
  const f = fail("review", rule, r, () => ({ vi: `"${txt(r)}" ${vi}${ask ? "; số liệu có phải cho vế khác của chỉ tiêu?" : ""}`, en: `"${txt(r)}" ${en}${ask ? "; is the figure for another part of the target?" : ""}` }));
  IN_OTHER_UNIT.add(f);
  return f;
}

/** Facts of a question only the reading that asked it can answer: no other reading of the target judges the figure. */
export const ASKED = new WeakSet<Facts>();

/** Cần xác nhận that stands: the figure may be another measure the phrase names (a mark, a lower prize), never handed on. */
function ask(rule: Rule, r: CellReading, vi: string, en: string): Facts {
  const f = fail("review", rule, r, () => ({ vi: `"${txt(r)}" ${vi}`, en: `"${txt(r)}" ${en}` }));
  ASKED.add(f);
  return f;
}

const SIZED = new RegExp(`^(${SIZES})\\s+(.+)$`, "u");

// A plan's words: a share written after "%" with one of them ("98,4% kế hoạch", "105% dự toán") is of the plan.
const PLAN = String.raw`(?:kế hoạch|kh|dự toán|chỉ tiêu)(?!\p{L})`;
const OVER_PLAN = new RegExp(String.raw`(?<!\p{L})vượt(?: \p{L}+){0,2} \d+(?:[.,]\d+)? ?% (?:so (?:với )?)?` + PLAN, "u");
const PLAN_WORD = new RegExp(String.raw`(?<!\p{L})` + PLAN, "u");
const PLAN_SHARE = new RegExp(`^(?:so với |của )?${PLAN}`, "u");
const planShare = (r: CellReading) => r.kind === "number" && r.noun !== undefined && PLAN_SHARE.test(r.noun.toLowerCase());

// A prize and its grade ("giải Nhì", "huy chương vàng"), grades from the highest.
const GRADE = /(?<!\p{L})(giải|huy chương) (nhất|nhì|ba|tư|khuyến khích|vàng|bạc|đồng)(?!\p{L})/giu;
const RANKS = "nhất nhì ba tư khuyến khích vàng bạc đồng";

/** The target's grades of the typed prize's kind when the typed one ranks below them all ("giải Nhì"), else "". */
function otherGrade(noun: string, text: string): string {
  const [typed, more] = [...noun.matchAll(GRADE)];
  const rank = (m: RegExpMatchArray) => RANKS.indexOf(m[2].toLowerCase());
  const named = typed && !more ? [...text.matchAll(GRADE)].filter((m) => m[1].toLowerCase() === typed[1].toLowerCase()) : [];
  // (A higher grade than every one named counts: "1 giải Nhất" meets "1 giải Nhì".)
  return named.length && named.every((m) => rank(m) < rank(typed)) ? [...new Set(named.map((m) => m[0]))].join(", ") : "";
}

/** The typed unit word is the target's own, or its first part ("tiết" for "tiết/năm học"). */
function sameWord(noun: string, target: string): boolean {
  const n = noun.toLowerCase().trim();
  const t = target.toLowerCase().trim();
  return n === t || t.startsWith(`${n}/`) || t.startsWith(`${n} `) || n.startsWith(`${t.split("/")[0]}`);
}

/**
 * Two count nouns name the same things: a word in common ("trường" and "trường THPT"), or one the initials of the
 * other ("HS" and "học sinh", "GV" and "giáo viên").
 */
function relatedNouns(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const wb = b.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  if (wa.some((w) => wb.includes(w))) return true;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join("");
  // "HCV" against "huy chương" (the head of "huy chương vàng"): an abbreviation starting with the noun's initials.
  const abbr = (x: string[], y: string[]) => x.length === 1 && (x[0] === initials(y) || (y.length >= 2 && x[0].startsWith(initials(y))));
  return abbr(wa, wb) || abbr(wb, wa);
}

/** Nouns counting persons (or households of them). */
export const PERSONS = /^(?:học sinh|hs|trẻ|cháu|học viên|sinh viên|người|lao động|em|giáo viên|gv|cán bộ|nhân viên|hộ|đoàn viên|hội viên|đảng viên|thanh niên|công dân|phó|chị em|thí sinh)(?!\p{L})/iu;

/** Reads `r` as a value of `unit` into Q; returns a failing Facts when it cannot. */
const TIMES_PER_SPAN = /^lần\s*\/\s*(\d+)?\s*(\p{L}+)$/u;

/**
 * "1 lần/6 tháng", "2 lần/năm" against an interval ("không quá 3 tháng"): the span between times, in that span's unit.
 * Only against a bound from above or an exact span of calendar periods (a cycle, "theo chu kỳ 2 năm một lần"): "ít
 * nhất 1 năm", "diễn ra 90 phút" are durations, not intervals between times.
 * @example intervalOf(≤ 3 tháng, "2 lần/năm") → 0,5 năm
 */
function intervalOf(rule: Rule & { kind: "compare" }, r: CellReading & { kind: "number" }, target: string): CellReading & { kind: "number" } {
  if (rule.op[0] === ">" || (rule.op === "=" && !/^(?:tuần|tháng|quý|năm)/u.test(target)) || !(r.value > 0)) return r;
  const every = TIMES_PER_SPAN.exec(r.noun!);
  if (!every || unitSize(every[2])?.dim !== "time" || unitSize(target)?.dim !== "time") return r;
  const v = round12((every[1] ? Number(every[1]) : 1) / r.value);
  // ("2 lần/tháng" against "hai tuần một lần": a school month is planned as four weeks.)
  if (every[2] != "tháng" || target != "tuần") return { ...r, value: v, noun: every[2] };
  Q.from = "tháng";
  return { ...r, value: v * 4, noun: target };
}

/** The span a count is per ("lần/tháng" → "tháng", "lần/6 tháng" → "6 tháng"), or null when it is per none. */
function perPeriod(noun: string): string | null {
  const m = /\/\s*(\d+\s*)?(\p{L}+)\s*$/u.exec(noun.toLowerCase());
  return m && unitSize(m[2])?.dim === "time" ? `${m[1] ? `${m[1].trim()} ` : ""}${m[2]}` : null;
}

// A mark the phrase gives, on a scale of ten or less: a language test's ("IELTS 5.5", "TOEFL iBT ≥ 4"), an average or exam
// mark ("điểm trung bình từ 6,5", "điểm thi 5.0"), or a figure of marks ("đạt 7,0 điểm"; not "0,5 điểm %", points of a rate).
const MARK = new RegExp(String.raw`(?<!\p{L})(?:(?:${CELL_TESTS.join("|")}|điểm (?:trung bình|bình quân|thi|chuẩn)(?: \p{L}+){0,3})[^\d%;]{0,16}?(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]*\s*%)|(\d{1,2}(?:[.,]\d{1,2})?) ?điểm(?! ?%| ?phần trăm| ?trường)(?!\p{L}))`, "iu");
function markIn(text: string | undefined): string | null {
  const m = text ? MARK.exec(text) : null;
  return m && Number((m[1] ?? m[2]).replace(",", ".")) <= 10 ? m[0].trim() : null;
}

export function quantity(rule: Rule, r: CellReading, unit: Unit, scale: PercentScale, column?: string, stated?: boolean): Facts | null {
  Q.alt = NaN;
  Q.num = NaN;
  Q.den = NaN;
  Q.noun = null;
  Q.over = false;
  Q.from = null;
  if (r.kind === "number" && r.noun && unit.kind === "measure" && rule.kind === "compare") r = intervalOf(rule, r, unit.unit);
  if (r.kind === "number") {
    const v = r.value;
    Q.noun = r.noun ?? null;
    if (unit.kind === "percent") {
      // "3 m" against a rate: a measure, not a rate.
      // A relative change compares two levels of whatever is measured or counted: "520 hộ" from 1.000 hộ is −48%,
      // "13 ngày" from 20 ngày −35%.
      const levels = rule.kind === "change" && rule.mode !== "points";
      if (!r.percent && r.noun && unitSize(r.noun) && !levels) {
        return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}" là số đo, chỉ tiêu cần một tỷ lệ`, en: `"${txt(r)}" is a measure; the target needs a rate` }));
      }
      // "40 hộ" against a rate: a count of things, not a rate.
      if (!r.percent && r.noun && !levels) {
        return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}" là số lượng, chỉ tiêu cần một tỷ lệ`, en: `"${txt(r)}" is a count; the target needs a rate` }));
      }
      // "0,03%/ngày" against a rate whose phrase names no day ("9,8%/năm"): a rate per another span (Cần xác nhận).
      // (A rate per year is a plan's rate as it stands.) The span counts as named only as a rate's own ("%/ngày", "%
      // mỗi tháng", "hằng tuần"), not as a date or a part of the year ("ngày 30/6", "6 tháng đầu năm"): review30.
      const per = r.percent && r.noun ? /^\/(\p{L}+)$/u.exec(r.noun) : null;
      if (per && per[1] !== "năm" && !perSpan(per[1]).test((rule.text ?? "").toLowerCase())) return otherPart(rule, r, `là tỷ lệ mỗi ${per[1]}, chỉ tiêu không nói theo ${per[1]}; ghi tỷ lệ theo kỳ của chỉ tiêu`, `is a rate per ${per[1]}; the target names no ${per[1]}: type the rate for the target's period`, false);
      // "Đạt 98,4% kế hoạch" against a rate the phrase does not set against the plan: a share of the plan, not the rate.
      // So against a rate over the plan ("vượt trên 10% so kế hoạch"): 110% of the plan is 10% over it, not 110%.
      if (r.percent && planShare(r) && (!PLAN_WORD.test(`${rule.text ?? ""} ${column ?? ""}`.toLowerCase()) || OVER_PLAN.test((rule.text ?? "").toLowerCase()))) return otherPart(rule, r, "là phần trăm so với kế hoạch, chỉ tiêu là một tỷ lệ khác; ghi tỷ lệ của chỉ tiêu", "is a share of the plan, the target another rate: type the target's rate", false);
      // "6.5" typed under "đạt IELTS 5.5 trở lên; tỷ lệ có việc làm 90%" read as the rate: a bare figure of a mark's size
      // where the phrase gives a mark (a language test's, "điểm trung bình", "7,0 điểm") is as likely that mark as 6,5%
      // (Cần xác nhận). Only in the auto scale (a column formatted as rates says which), only above 1 (0,93 is 93%).
      // (Not under a unit column of rates, "%": it says which. The question stands: no other reading judges the figure.)
      const mark = scale === "auto" && !r.percent && !r.noun && v > 1 && v <= 10 && (rule.kind === "compare" || rule.kind === "range") && !/%|phần trăm/iu.test(column ?? "") ? markIn(rule.text) : null;
      if (mark) return ask(rule, r, `có thể là điểm ("${mark}") hay tỷ lệ?`, `may be a mark ("${mark}") or a rate?`);
      if (r.percent) Q.value = v;
      else if (scale === "fraction") Q.value = v;
      else if (scale === "points") Q.value = v / 100;
      else if (v > 1) Q.value = v / 100;
      else {
        Q.value = v;
        if (v > 0) Q.alt = v / 100;
      }
      // (A signed rate of change, "không giảm quá 30%" read as at least -30%, takes a fall typed "-12%".)
      if (Q.value < 0 && !(rule.kind === "compare" && rule.value < 0)) return negative(rule, r, W_PERCENT);
      Q.over = Q.value > 1 + EPS;
      return null;
    }
    // "Đạt 98,4% kế hoạch" against "ít nhất 20 trường": a share of the plan, which says nothing sure of the count.
    if (r.percent && planShare(r)) return otherPart(rule, r, `là phần trăm so với kế hoạch, chỉ tiêu cần ${unit.kind === "count" ? "số lượng" : "số đo"}; ghi số đạt được`, `is a share of the plan; the target needs ${unit.kind === "count" ? "a count" : "a measure"}: type the figure reached`, false);
    if (r.percent) {
      return fail("invalid", rule, r, () => ({
        vi: `"${txt(r)}" là tỷ lệ, chỉ tiêu cần ${unit.kind === "count" ? "số lượng" : "số đo"}`,
        en: `"${txt(r)}" is a rate; the target needs ${unit.kind === "count" ? "a count" : "a measure"}`,
      }));
    }
    if (unit.kind === "count" && v < 0 && !belowZero(rule, unit)) return negative(rule, r, W_COUNT);
    Q.value = v;
    if (!stated && bareSum(rule, r, unit, v)) return null;
    // "2 tỷ" typed against "tỷ đồng/năm": a sum of money with its scale word, so in đồng.
    // "1,3 tỷ USD", "1,3 tỷ" against a count in "tỷ USD" (a column's size, parse/resolve.ts inColumnUnit): restated in it.
    const sized = unit.kind === "count" && unit.noun ? SIZED.exec(unit.noun) : null;
    if (sized && (r.noun ? r.noun.toLowerCase() === sized[2].toLowerCase() : SCALED.test(r.text))) {
      Q.value = round12(v / SCALE_OF[sized[1]]);
      Q.noun = null;
      return null;
    }
    // A bare "0" under a unit column counting "khoa" where the target counts "học sinh": the row's figures count things,
    // the phrase's threshold persons (or the other way round), so it is no figure of it (Cần xác nhận, as "0 khoa" is).
    if (!r.noun && unit.kind === "count" && unit.noun && column && /^\p{L}+(?: \p{L}+)*$/u.test(column.trim()) && PERSONS.test(column.trim()) !== PERSONS.test(unit.noun) && !relatedNouns(column, unit.noun)) {
      return otherPart(rule, r, `đếm "${column.trim()}" (cột đơn vị), chỉ tiêu đếm "${unit.noun}"`, `counts "${column.trim()}" (the unit column) but the target counts "${unit.noun}"`);
    }
    const noun = r.noun ?? (unit.kind === "measure" && unitSize(unit.unit)?.dim === "money" && SCALED.test(r.text) ? "đồng" : undefined);
    // "1 giờ 15 phút" against "không quá 35 phút": the same dimension, converted; "2 giờ" against "m2" is no figure.
    if (noun) {
      const target = unit.kind === "measure" ? unit.unit : unit.noun;
      // "2 buổi" against "không quá 90 phút": a figure in a unit of its own that the target's measure has no measure
      // of is no figure of it; Cần xác nhận rather than judged on the bare number ("2 phút").
      // So too "23.000 tấn" against "ít nhất 68 tạ/ha": a measure against a measure the units table does not know.
      if (target && !sameWord(noun, target) && (unitSize(noun) ? unit.kind === "measure" && !unitSize(target.split("/")[0]) : unitSize(target.split("/")[0]))) {
        return otherPart(rule, r, `tính bằng "${noun}", chỉ tiêu tính bằng ${target}`, `is in "${noun}" but the target is in ${target}`);
      }
      // "90 phút" against "không quá 2 buổi/tuần": a measure (time, area, money …) is no count of things (Cần xác nhận).
      if (unit.kind === "count" && target && unitSize(noun) && !unitSize(target.split("/")[0])) {
        return otherPart(rule, r, `là số đo (${noun}), chỉ tiêu đếm "${target}"`, `is a measure (${noun}) but the target counts "${target}"`);
      }
      // "6 lớp" against "ít nhất 5 trường": a count of other things is no count of these (Cần xác nhận, as above).
      if (unit.kind === "count" && target && !unitSize(noun) && !unitSize(target) && !relatedNouns(noun, target)) {
        return otherPart(rule, r, `đếm "${noun}", chỉ tiêu đếm "${target}"`, `counts "${noun}" but the target counts "${target}"`);
      }
      // "1 giải Ba" against "1 giải Nhì", "2 huy chương bạc" against "huy chương vàng": a prize below the grade the target
      // names is no count of it (Cần xác nhận). Round 37 (refuse37).
      const grades = unit.kind === "count" ? otherGrade(noun, rule.text ?? "") : "";
      if (grades) return ask(rule, r, `dưới hạng ${grades}; có tính cho chỉ tiêu?`, `ranks below ${grades}; does it count for the target?`);
      // "1 lần/quý" against "ít nhất 1 lần" (the phrase's "một tháng … một lần" not read), "1 lần/tháng" against "lần/năm":
      // a count per period the target does not count over cannot be compared on the bare number (Cần xác nhận). The
      // target's period is its own, else the unit column's ("lần/tháng" for "ít nhất 1 lần").
      const over = noun.includes("/") ? perPeriod(noun) : null;
      // ("2 ngày/tháng" against "ngày/tuần": a measure per another period cannot be converted; asked about alike.)
      const measured = unit.kind === "measure" && !!target && perPeriod(target) !== null && convert(v, noun, target) === null;
      if ((unit.kind === "count" || measured) && target && over !== null && over !== (perPeriod(target) ?? (typeof column === "string" ? perPeriod(column) : null))) {
        return otherPart(rule, r, `đếm theo ${perPeriod(noun)}, chỉ tiêu "${target}" không tính theo kỳ đó; ghi rõ kỳ của chỉ tiêu`, `counts per ${perPeriod(noun)}, but the target "${target}" does not count over that period; state the target's period`, false);
      }
      // "6 giờ/ngày" against "giờ/ngày/giáo viên", "150.000 đồng/học sinh" against "đồng/học sinh/tháng": the figure in
      // the target's own unit with a trailing "per …" left unsaid, which the row already implies.
      if (target && noun.includes("/") && target.length > noun.length && target.toLowerCase().startsWith(`${noun.toLowerCase().replace(/\s+/gu, "")}/`)) return null;
      if (target && unitSize(noun)) {
        const c = convert(v, noun, target);
        if (c !== null) {
          if (c !== v || unitSize(noun)!.name !== unitSize(target)?.name) Q.from = noun;
          Q.value = c;
        } else if (unitSize(target)) {
          return fail("invalid", rule, r, () => ({
            vi: `"${txt(r)}" không đổi được sang ${target}`,
            en: `"${txt(r)}" cannot be converted to ${target}`,
          }));
        }
      }
    }
    return null;
  }
  if (r.kind === "fraction") {
    // ("80,5ha/22ha" against "trồng 22 ha", "789/785" against "785 công trình": over the target's own figure, against a
    // count or a measure, the cell is the result over its plan, which a result may pass. Round 42, phrases29. Only in
    // no unit or the target's own (or one it converts to), and under ten times the plan: "41/35 tấn" against "35 ha",
    // "12/10 trường" against "10 phòng học", "1.200/35" stay invalid; review42a.)
    const to = unit.kind === "measure" ? unit.unit : unit.kind === "count" && unit.noun;
    const bad = unit.kind !== "percent" && rule.kind === "compare" && r.denominator === rule.value && r.numerator <= 10 * rule.value && (!r.noun || (to && (relatedNouns(r.noun, to) || convert(1, r.noun, to) !== null))) ? null : badFraction(rule, r);
    if (bad) return bad;
    Q.num = r.numerator;
    Q.den = r.denominator;
    Q.noun = r.noun ?? null;
    if (unit.kind === "percent") {
      Q.value = r.numerator / r.denominator;
      return null;
    }
    // A figure per something ("máy tính/học sinh", "học sinh/máy") typed "1/30" could be either side first: asked.
    if (unit.kind === "measure" && /\/ *\D/u.test(unit.unit)) return fail("review", rule, r, () => ({ vi: `"${txt(r)}": hãy ghi một số theo ${unit.unit}`, en: `"${txt(r)}": enter one number in ${unit.unit}` }));
    // A count target met by "22/28": the numerator is the count.
    Q.value = r.numerator;
    return null;
  }
  return notAFigure(rule, r, unit.kind === "percent" ? W_PERCENT : unit.kind === "count" ? W_COUNT : W_NUMBER);
}

/**
 * A bare figure (no unit, no size word) against a sum of money written with a size word: "50" under "huy động 50 tỷ
 * đồng" is 50 tỷ đồng, not 50 đồng; "1.200.000.000" under a ĐVT "tỷ đồng" is 1,2 tỷ đồng. Money is reported now in đồng,
 * now in the size the plan wrote, so the reading whose size is near the target's (within 30 times either way; the sizes
 * stand 1.000 apart, so at most one is) is the one meant; when neither is, the figure is read as typed. Shown converted
 * ("50 (tức 50.000.000.000 đồng)"). Sets Q and says true when it rescaled.
 */
function bareSum(rule: Rule, r: CellReading, unit: Unit, v: number): boolean {
  if (r.kind !== "number" || r.noun || SCALED.test(r.text) || rule.kind !== "compare" || !(rule.value > 0) || !(v > 0)) return false;
  // Only when the sum is the phrase's one figure (years aside): "gấp 1,2 lần … (38,5 triệu đồng)" sets another level.
  if ((rule.text ?? "").match(/\d+(?:[.,]\d+)*/gu)?.filter((n) => !/^(?:19|20)\d\d$/u.test(n)).length !== 1) return false;
  const near = (x: number) => x / rule.value >= 1 / 30 && x / rule.value <= 30;
  let by = 0;
  const money = unit.kind === "measure" ? unitSize(unit.unit) : null;
  if (money?.dim === "money" && money.factor > 1) by = 1 / money.factor;
  else if (money?.dim === "money") {
    // The size words the phrase wrote before a sum ("50 tỷ đồng", "1,5 triệu đồng"): one size only, else nothing decides.
    const sizes = new Set([...(rule.text ?? "").toLowerCase().matchAll(WRITTEN_SIZE)].map((m) => SCALE_OF[m[1]]));
    if (sizes.size === 1) by = [...sizes][0];
  } else if (unit.kind === "count" && unit.noun) {
    const sized = SIZED.exec(unit.noun);
    if (sized && /^(?:đồng|vnđ|usd|đô la)/iu.test(sized[2])) by = 1 / SCALE_OF[sized[1]];
  }
  if (!by || near(v) || !near(v * by)) return false;
  Q.value = round12(v * by);
  Q.from = "size";
  return true;
}
const WRITTEN_SIZE = new RegExp(`\\d\\s*(${SIZES})\\s*(?:đồng|vnđ|usd|đô la|đ)(?!\\p{L})`, "gu");

export function negative(rule: Rule, r: CellReading, what: Bilingual): Facts {
  return fail("invalid", rule, r, () => ({ vi: `${what.vi} không thể âm ("${txt(r)}")`, en: `${what.en} cannot be negative ("${txt(r)}")` }));
}

/**
 * A figure no reading of any target can take: a negative number, a rate above 100% written with "%", n/d with n > d
 * or d ≤ 0. The one plausibility rule the judges and evaluate's "bad whatever the reading" share.
 * @example implausibleFigure({ kind: "fraction", numerator: 30, denominator: 28, text: "30/28" }) → true
 */
export function implausibleFigure(r: CellReading): boolean {
  if (r.kind === "number") return r.value < 0 || (r.percent && r.value > 1);
  if (r.kind === "fraction") return r.numerator < 0 || r.denominator <= 0 || r.numerator > r.denominator;
  return false;
}

export function badFraction(rule: Rule, r: Extract<CellReading, { kind: "fraction" }>): Facts | null {
  if (!implausibleFigure(r)) return null;
  if (r.denominator <= 0 || r.numerator < 0) {
    return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}": mẫu số phải dương, tử số không âm`, en: `"${txt(r)}": the denominator must be positive and the numerator not negative` }));
  }
  if (r.numerator > r.denominator) {
    return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}": tử số lớn hơn mẫu số`, en: `"${txt(r)}": the numerator is larger than the denominator` }));
  }
  return null;
}

/** The rate f.a is above 100%. */
export const OVER_100: Note = {
  code: "implausible_value",
  message: (f) => ({ vi: `tỷ lệ ${formatPercent(f.a, "vi")} lớn hơn 100%`, en: `the rate ${formatPercent(f.a, "en")} is above 100%` }),
};

/** A plain number read both as a fraction and as points: with the verdict each reading gives (`s1`, `s2`), or without. */
function ambiguous(plain: number, s1?: StatusCode, s2?: StatusCode): Bilingual {
  const said = (lang: Lang, s?: StatusCode) => (s ? ` (${STATUS[s][lang]})` : "");
  return {
    vi: `${formatNumber(plain, "vi", 6)} có thể là ${formatPercent(plain, "vi")}${said("vi", s1)} hoặc ${formatPercent(plain / 100, "vi", 4)}${s2 ? said("vi", s2) : ", hai cách đọc cho kết quả khác nhau"}; ghi rõ dấu % hoặc chọn thang tỷ lệ`,
    en: `${formatNumber(plain, "en", 6)} may mean ${formatPercent(plain, "en")}${said("en", s1)} or ${formatPercent(plain / 100, "en", 4)}${s2 ? said("en", s2) : ", and the two readings give different results"}; write the % sign or choose a percent scale`,
  };
}

/** The plain number f.a (or, for change and reference rules, f.b) reads differently as a fraction and as points. */
export const AMBIGUOUS_A: Note = { code: "percent_scale_ambiguous", message: (f) => ambiguous(f.a) };
export const AMBIGUOUS_B: Note = { code: "percent_scale_ambiguous", message: (f) => ambiguous(f.b) };

/**
 * A plain number whose fraction and points readings fall in different classes (met vs short) and nothing decides: the
 * verdict is "Cần xác nhận", never a confident one. `plain` is the number as typed; `s1`/`s2` the two verdicts.
 */
export function scaleReview(f: Facts, plain: number, s1: StatusCode, s2: StatusCode): Facts {
  f.status = "review";
  f.gap = NaN;
  f.need = NaN;
  f.ratio = NaN;
  f.reason = () => ambiguous(plain, s1, s2);
  return f;
}

/** A rate's own span in a target's text: "%/tháng", "% / 1 tháng", "mỗi tháng", "hằng tháng", "hàng tháng". */
function perSpan(span: string): RegExp {
  return new RegExp(`(?:%\\s*\\/\\s*(?:1 |một )?|(?<!\\S)(?:${EVERY_WORDS}) (?:một )?)${span}(?!\\p{L})`, "u");
}

/**
 * Whether a count's figure may lie below zero: a temperature ("-3 độ C"), or a target below zero ("từ -25 đến -15 độ"
 * takes "-20"). The status formulas (core/rule/formula.ts) ask the same.
 */
export function belowZero(rule: Rule, unit: Unit): boolean {
  return unit.kind === "count" && (unit.noun === "độ" || (rule.kind === "compare" && rule.value < 0) || (rule.kind === "range" && rule.min < 0));
}
