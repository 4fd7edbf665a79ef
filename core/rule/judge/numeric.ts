// Numeric judges: one per rule kind that compares a figure with a threshold (compare, range, share, level, rank, change…).
import { GRADE_SCALE, readCell, readChange, type CellReading, type TypedChange } from "../../number/cell";
import { formatNumber } from "../../number/format";
import { EVERY_WORDS } from "../parse/lexicon";
import { convert, unitSize } from "../../number/units";
import type { Bilingual } from "../../types";
import type { Op, Rule, RuleOf, Unit } from "../schema";
import type { EvaluateOptions, PercentScale, StatusCode } from "../verdict";
import {
  compareStatus, EPS, facts, fail, gt, isGood, isUp, lt, needUnits, note, ratioOf, reasonOf, statusClass, txt, warn, type Facts,
} from "./facts";
import { AMBIGUOUS_A, AMBIGUOUS_B, badFraction, negative, notAFigure, OVER_100, Q, quantity, scaleReview } from "./quantity";
import { round12 } from "../../number/parse";

/** What every judge is given besides the rule and the reading. */
export interface JudgeCtx {
  scale: PercentScale;
  tol: number;
  opts: EvaluateOptions;
}

/** The two readings of a plain number disagree: review when their classes differ, else a note on the verdict. */
function scaleCheck(f: Facts, plain: number, alt: StatusCode): Facts {
  if (alt === f.status) return f;
  if (statusClass(alt) !== statusClass(f.status)) {
    note(f, AMBIGUOUS_A);
    return scaleReview(f, plain, f.status, alt);
  }
  note(f, AMBIGUOUS_A);
  return f;
}

/** The smallest change of a rate a plan states: a tenth of a percentage point. */
export const MIN_POINTS = 0.001;

/** How far short of "khoảng X" a figure may fall and still be asked about rather than judged short: a twentieth of X … */
export const ABOUT = 0.05;

/**
 * … or one unit of X's last written digit, whichever is more ("khoảng 50%": 48% is asked about, 45% is short;
 * "khoảng 0,9%": 1,0% is asked about; "khoảng 98%": 97% is asked about, 90% is short).
 */
export function aboutZone(t: number, unit: Unit): number {
  const shown = Math.abs(unit.kind === "percent" ? t * 100 : t);
  const s = String(round12(shown));
  const dot = s.indexOf(".");
  const decimals = s.includes("e") || dot < 0 ? 0 : s.length - dot - 1;
  const step = 10 ** -decimals;
  return Math.max(ABOUT * Math.abs(t), unit.kind === "percent" ? step / 100 : step);
}

export function judgeCompare(rule: RuleOf<"compare">, r: CellReading, c: JudgeCtx): Facts {
  // A cap on a change ("không giảm quá 10%") judges a change typed ("giảm 5%"); a level alone says no change.
  if (rule.intent === "change" && r.kind === "number" && !readChange(r.text)) {
    return fail("review", rule, r, () => ({ vi: `chỉ tiêu giới hạn mức thay đổi, còn "${txt(r)}" là một mức; ghi mức thay đổi như "giảm 5%"`, en: `the target caps a change and "${txt(r)}" is a level; type the change, such as "giảm 5%"` }));
  }
  const bad = quantity(rule, r, rule.unit, c.scale, c.opts.unit, c.opts.stated);
  if (bad) return bad;
  const f = thresholdFacts(rule, r, rule.op, rule.value, rule.unit, c);
  // A signed rate of change set as a fall ("giảm 5%" read as ≤ -5%) with a figure typed unsigned ("6%"): a rise, or the
  // size of the fall a clerk wrote under it. Where the two judge differently, asked.
  if (rule.unit.kind === "percent" && rule.value < 0 && f.a > 0 && !/\+|tăng/u.test(txt(r)) && (compareStatus(-f.a, rule.op, rule.value, c.tol) === "not_met") !== (f.status === "not_met")) {
    f.status = "review";
    f.reason = () => ({ vi: `"${txt(r)}" không ghi tăng hay giảm`, en: `"${txt(r)}" has no sign: a rise or a fall?` });
  }
  // "khoảng 50%": a figure a little short of a rough target is a question for the user, not a shortfall.
  if (rule.intent === "about" && (f.status === "not_met" || f.status === "near") && Math.abs(f.a - f.t) <= aboutZone(f.t, rule.unit) + EPS) {
    f.status = "review";
    f.reason = () => ({
      vi: `${rule.text ?? "chỉ tiêu"} là con số ước chừng ("khoảng"); số liệu gần ngưỡng, cần xác nhận có đạt không`,
      en: `the target is approximate ("khoảng"); the figure is close to it, so whether it is met needs confirming`,
    });
  }
  // "duy trì ổn định ở mức X": well above a level to hold is a question (more forest is welcome, more crop area not).
  if (rule.hold && isGood(f.status) && f.a - f.t > aboutZone(f.t, rule.unit) + EPS) {
    f.status = "review";
    f.reason = () => ({ vi: "chỉ tiêu giữ ổn định một mức; số liệu cao hơn nhiều", en: "the target holds a level; the figure is well above it" });
  }
  return f;
}

/** Shared by compare, reference and frequency: Q holds the actual; judge it against `op t`. */
export function thresholdFacts(rule: Rule, r: CellReading, op: Op, t: number, unit: Unit, c: JudgeCtx): Facts {
  const a = Q.value;
  const alt = Q.alt;
  const f = facts(compareStatus(a, op, t, c.tol), rule, r);
  f.a = a;
  f.t = t;
  f.gap = a - t;
  f.ratio = op === "=" ? ratioOf(a, t, true) : ratioOf(a, t, isUp(op));
  f.num = Q.num;
  f.den = Q.den;
  f.noun = Q.noun ?? (unit.kind === "count" ? (unit.noun ?? null) : null);
  if (Q.from) f.converted = Q.from;
  if (!isGood(f.status)) {
    if (f.den > 0 && unit.kind === "percent") f.need = needUnits(f.num, f.den, op, t);
    else if (unit.kind === "count") f.need = needUnits(a, 1, op, t);
  }
  if (Q.over) note(f, OVER_100);
  if (!Number.isNaN(alt)) return scaleCheck(f, a, compareStatus(alt, op, t, c.tol));
  return f;
}

export function judgeRange(rule: RuleOf<"range">, r: CellReading, c: JudgeCtx): Facts {
  const bad = quantity(rule, r, rule.unit, c.scale, c.opts.unit);
  if (bad) return bad;
  const a = Q.value;
  const f = rangeFacts(rule, a, c.tol);
  f.reading = r;
  f.num = Q.num;
  f.den = Q.den;
  f.noun = Q.noun ?? (rule.unit.kind === "count" ? (rule.unit.noun ?? null) : null);
  if (Q.from) f.converted = Q.from;
  if (!isGood(f.status)) {
    const op: Op = f.t === rule.min ? (rule.minInclusive ? ">=" : ">") : rule.maxInclusive ? "<=" : "<";
    if (f.den > 0 && rule.unit.kind === "percent") f.need = needUnits(f.num, f.den, op, f.t);
    else if (rule.unit.kind === "count") f.need = needUnits(a, 1, op, f.t);
  }
  if (Q.over) note(f, OVER_100);
  const alt = Q.alt;
  if (!Number.isNaN(alt)) scaleCheck(f, a, rangeFacts(rule, alt, c.tol).status);
  // "khoảng 98–100%": a little outside a rough band is a question, as for "khoảng X".
  if (rule.about && (f.status === "not_met" || f.status === "near") && Math.abs(f.a - f.t) <= aboutZone(f.t, rule.unit) + EPS) {
    f.status = "review";
    f.reason = () => ({
      vi: `${rule.text ?? "chỉ tiêu"} là khoảng ước chừng ("khoảng"); số liệu gần khoảng đó, cần xác nhận có đạt không`,
      en: `the target band is approximate ("khoảng"); the figure is close to it, so whether it is met needs confirming`,
    });
  }
  return f;
}

export function rangeFacts(rule: RuleOf<"range">, a: number, tol: number): Facts {
  const below = rule.minInclusive ? lt(a, rule.min) : !gt(a, rule.min);
  const above = rule.maxInclusive ? gt(a, rule.max) : !lt(a, rule.max);
  const sense = rule.sense;
  let status: StatusCode;
  let t: number;
  if (below) {
    t = rule.min;
    status = sense === "down" ? "met" : tol > 0 && rule.min !== 0 && rule.min - a <= tol * Math.abs(rule.min) + EPS ? "near" : "not_met";
  } else if (above) {
    t = rule.max;
    status = sense === "up" ? "exceeded" : tol > 0 && rule.max !== 0 && a - rule.max <= tol * Math.abs(rule.max) + EPS ? "near" : "not_met";
  } else {
    status = "met";
    t = sense === "down" ? rule.max : rule.min;
  }
  const f = facts(status, rule, null);
  f.a = a;
  f.t = t;
  if (sense === "up") {
    f.gap = a - rule.min;
    f.ratio = ratioOf(a, rule.min, true);
  } else if (sense === "down") {
    f.gap = a - rule.max;
    f.ratio = ratioOf(a, rule.max, false);
  } else {
    f.gap = below ? a - rule.min : above ? a - rule.max : 0;
    f.ratio = below ? ratioOf(a, rule.min, true) : above ? ratioOf(a, rule.max, false) : 1;
  }
  return f;
}

export function judgeFraction(rule: RuleOf<"fraction">, r: CellReading, c: JudgeCtx): Facts {
  const D = rule.denominator;
  if (!(D > 0) || !(rule.numerator >= 0) || rule.numerator > D) {
    return fail("unreadable", rule, r, { vi: "chỉ tiêu phân số không hợp lệ", en: "the fraction target is not valid" });
  }
  const t = rule.numerator / D;
  let share: number;
  let num = NaN;
  let den = NaN;
  let alt = NaN;
  let counted = false;
  if (r.kind === "fraction") {
    const bad = badFraction(rule, r);
    if (bad) return bad;
    num = r.numerator;
    den = r.denominator;
    share = num / den;
  } else if (c.scale === "auto" && r.kind === "number" && !r.percent && Number.isInteger(r.value) && r.value >= 0 && r.value <= D) {
    // A whole number up to the denominator counts units ("26" of 28 schools), not a rate; unless the caller
    // said the column holds rates (an explicit percent scale), which the branch below reads by that scale.
    num = r.value;
    den = D;
    share = num / D;
    counted = true;
  } else {
    const bad = quantity(rule, r, { kind: "percent" }, c.scale, c.opts.unit);
    if (bad) return bad;
    share = Q.value;
    alt = Q.alt;
    if (Q.over) {
      return fail("invalid", rule, r, () => ({ vi: `"${txt(r)}" lớn hơn 100%`, en: `"${txt(r)}" is above 100%` }));
    }
  }
  // "64/69 trường (92,75%)" met by a typed "92,75%": a rate written to so many decimals meets the share when the share
  // rounded to them is what was typed (64/69 is 92,7536…%, which no rate of two decimals reaches).
  if (r.kind === "number" && r.percent && share < t && sameWhenRounded(share, t, r.text)) share = t;
  const f = facts(compareStatus(share, ">=", t, c.tol), rule, r);
  f.a = share;
  f.t = t;
  f.gap = share - t;
  f.ratio = ratioOf(share, t, true);
  f.num = num;
  f.den = den;
  f.noun = rule.noun ?? (r.kind === "fraction" ? (r.noun ?? null) : null);
  if (!isGood(f.status) && den > 0) f.need = needUnits(num, den, ">=", t);
  if (counted && r.kind === "number" && r.value === 1 && D > 1) {
    warn(f, "actual_interpreted", () => ({
      vi: `1 được hiểu là 1/${formatNumber(D, "vi")}${rule.noun ? ` ${rule.noun}` : ""}, không phải 100%`,
      en: `1 was read as 1 of ${formatNumber(D, "en")}, not as 100%`,
    }));
  }
  if (!Number.isNaN(alt)) return scaleCheck(f, share, compareStatus(alt, ">=", t, c.tol));
  return f;
}

export function judgeLevel(rule: RuleOf<"level">, r: CellReading, c: JudgeCtx): Facts {
  let v: number;
  // "Đạt", "Chưa đạt" against "đạt chuẩn mức 2": the answer to whether the level was reached.
  if (r.kind === "boolean") {
    const f = facts(r.value ? "met" : "not_met", rule, r);
    warn(f, "actual_interpreted", () => ({
      vi: `"${txt(r)}" được hiểu là ${r.value ? "đã" : "chưa"} đạt mức ${formatNumber(rule.level, "vi")}`,
      en: `"${txt(r)}" was read as the level ${formatNumber(rule.level, "en")} ${r.value ? "reached" : "not reached"}`,
    }));
    return f;
  }
  if (r.kind === "level") v = r.value;
  // A grade target ("loại Khá trở lên") takes grade words, not numbers.
  else if (r.kind === "number" && !r.percent && rule.scale !== GRADE_SCALE) {
    // "12 xã" against "công nhận đạt chuẩn PCGD mức độ 3": a count of units (those at the level, maybe), not a level.
    const n = r.noun;
    if (n && !/^(?:mức|cấp|bậc|điểm|hạng|loại|chuẩn|trình)/u.test(n)) return fail("review", rule, r, () => ({ vi: `"${txt(r)}" đếm "${n}", chỉ tiêu là một mức`, en: `"${txt(r)}" counts "${n}", the target is a level` }));
    v = r.value;
  } else return notAFigure(rule, r, rule.scale === GRADE_SCALE ? { vi: "một xếp loại (Tốt, Khá, Trung bình…)", en: "a grade (Tốt, Khá, Trung bình…)" } : { vi: "một mức độ", en: "a level" });
  if (v < 0) return negative(rule, r, { vi: "mức độ", en: "a level" });
  const f = facts(compareStatus(v, ">=", rule.level, c.tol), rule, r);
  f.a = v;
  f.t = rule.level;
  f.gap = v - rule.level;
  f.ratio = ratioOf(v, rule.level, true);
  return f;
}

/** Ranks: a place at or better than the target meets it; with a band ("thứ 5–8"), better than its best place exceeds. */
export function judgeRank(rule: RuleOf<"rank">, r: CellReading, c: JudgeCtx): Facts {
  let v: number;
  if (r.kind === "rank") v = r.value;
  else if (r.kind === "number" && !r.percent) v = r.value;
  else return notAFigure(rule, r, { vi: "một thứ hạng", en: "a rank" });
  const of = r.kind === "rank" && r.of !== undefined ? r.of : rule.of;
  if (!Number.isInteger(v) || v < 1 || (of !== undefined && v > of)) {
    return fail("invalid", rule, r, () => ({
      vi: `"${txt(r)}" không phải là thứ hạng hợp lệ${of !== undefined ? ` (1–${of})` : ""}`,
      en: `"${txt(r)}" is not a valid rank${of !== undefined ? ` (1–${of})` : ""}`,
    }));
  }
  const best = rule.best ?? rule.rank;
  let status: StatusCode;
  if (v < best) status = rule.top ? "met" : "exceeded";
  else if (v <= rule.rank) status = "met";
  else status = c.tol > 0 && v - rule.rank <= c.tol * rule.rank + EPS ? "near" : "not_met";
  const f = facts(status, rule, r);
  f.a = v;
  f.t = rule.rank;
  f.gap = v - rule.rank;
  f.ratio = ratioOf(v, rule.rank, false);
  return f;
}

/**
 * Change targets, judged in one of two ways and saying which: on a change the clerk typed ("thêm 3 trường",
 * "giảm 4%", "tăng 0,8 điểm %"), or as actual − baseline when a baseline is given.
 */
export function judgeChange(rule: RuleOf<"change">, r: CellReading, c: JudgeCtx, raw: unknown): Facts {
  const typed = readChange(raw as never);
  if (typed) return judgeTypedChange(rule, r, typed, c);
  // "tăng bình quân 6%/năm" with "4,8%" typed under ĐVT "%/năm" and no baseline: a rate per year is the yearly change,
  // judged as typed ("Chưa đạt: ghi "4,8%", chỉ tiêu tăng ít nhất 6% mỗi năm").
  const o = c.opts;
  if (rule.perYear && r.kind === "number" && r.percent && r.value >= 0 && o.baseline === undefined && /%\s*\/\s*năm/u.test(o.unit || "")) return judgeTypedChange(rule, r, { direction: rule.direction, amount: r.value, percent: true, points: false, text: r.text }, c);
  const bad = quantity(rule, r, rule.unit, c.scale, c.opts.unit);
  if (bad) return bad;
  let a = Q.value;
  const aAlt = Q.alt;
  const aOver = Q.over;
  const num = Q.num;
  const den = Q.den;
  const aNoun = r.kind === "number" ? r.noun : undefined;
  const baseRaw = c.opts.baseline;
  const br = baseRaw === undefined ? null : readCell(baseRaw);
  if (br === null || br.kind === "empty" || (br.kind === "error" && br.code === "#N/A")) {
    // The cell holds a good figure (a level, quantity() read it): not "no data" but a question (Cần xác nhận).
    const f = fail("review", rule, r, () => ({
      vi: `chỉ tiêu là mức ${rule.direction === "increase" ? "tăng" : "giảm"}, còn "${txt(r)}" là một mức; cần số liệu gốc${rule.baselineLabel ? ` (${rule.baselineLabel})` : ""} để so sánh, hoặc ghi mức thay đổi như "${rule.direction === "increase" ? "thêm" : "giảm"} 1"`,
      en: `the target is ${rule.direction === "increase" ? "an increase" : "a decrease"} and "${txt(r)}" is a level; the baseline${rule.baselineLabel ? ` (${rule.baselineLabel})` : ""} is needed to compare, or type the change, such as "${rule.direction === "increase" ? "thêm" : "giảm"} 1"`,
    }));
    warn(f, "missing_baseline", () => ({
      vi: "chỉ tiêu thay đổi cần số liệu gốc (tùy chọn baseline) hoặc mức thay đổi ghi trong ô",
      en: "a change target needs a baseline value (baseline option) or the change typed in the cell",
    }));
    return f;
  }
  const badB = quantity(rule, br, rule.unit, c.scale, c.opts.unit);
  if (badB) {
    badB.reading = r;
    const why = reasonOf(badB);
    badB.reason = { vi: `số liệu gốc: ${why?.vi ?? ""}`, en: `baseline: ${why?.en ?? ""}` };
    return badB;
  }
  const b = Q.value;
  const bAlt = Q.alt;
  // Levels in two sizes of one unit ("12 giờ" from a baseline of "2 ngày"): the figure in the baseline's unit.
  const bNoun = br.kind === "number" ? br.noun : undefined;
  if (rule.mode !== "points" && aNoun && bNoun && aNoun !== bNoun) {
    const conv = convert(a, aNoun, bNoun);
    if (conv !== null) a = conv;
  }
  const amt = rule.amount ?? 0;
  // "giảm 20 điểm %" from a rate of 5%: no figure can do that, so this reading of "giảm 20%" is not the plan's.
  if (rule.mode === "points" && rule.unit.kind === "percent" && amt > 0) {
    const impossible = rule.direction === "decrease" ? amt > b + EPS : b + amt > 1 + EPS;
    if (impossible) {
      return fail("invalid", rule, r, () => ({
        vi: `không thể ${rule.direction === "decrease" ? "giảm" : "tăng"} ${formatNumber(amt * 100, "vi")} điểm % từ mức ${formatNumber(b * 100, "vi")}%`,
        en: `a change of ${formatNumber(amt * 100, "en")} percentage points from ${formatNumber(b * 100, "en")}% is impossible`,
      }));
    }
  }
  // "giảm 1,5%" of a 5% rate read as a share of it is 0,075 points: smaller than any plan sets (a tenth of a point),
  // so that reading is not the plan's (plans state rate changes in points).
  // (Not a rate per a round base, "2,5/100.000 lao động": no share written in %, so a share of it is no small change.)
  if (rule.mode === "percent" && rule.unit.kind === "percent" && b > 0 && b <= 1 && amt * b < MIN_POINTS - EPS && !(br.kind === "fraction" && br.denominator >= 1000)) {
    return fail("invalid", rule, r, () => ({
      vi: `${formatNumber(amt * 100, "vi")}% của ${formatNumber(b * 100, "vi")}% là một thay đổi quá nhỏ để là chỉ tiêu`,
      en: `${formatNumber(amt * 100, "en")}% of ${formatNumber(b * 100, "en")}% is too small a change to be a target`,
    }));
  }
  const status = (av: number, bv: number): StatusCode | Bilingual => {
    const delta = rule.direction === "increase" ? av - bv : bv - av;
    switch (rule.mode) {
      case "any":
        return compareStatus(delta, ">", 0, 0);
      case "absolute":
      case "points":
        return bandStatus(compareStatus(delta, ">=", amt, c.tol), delta, rule.amountMax);
      case "percent":
        if (bv === 0) return { vi: "số liệu gốc bằng 0, không tính được thay đổi theo %", en: "the baseline is 0, so a relative change cannot be computed" };
        return bandStatus(compareStatus(delta / Math.abs(bv), ">=", amt, c.tol), delta / Math.abs(bv), rule.amountMax);
      case "times":
        if (!(bv > 0) || (rule.direction === "decrease" && !(av > 0))) return { vi: "số liệu gốc và số liệu phải dương để tính số lần", en: "the baseline and the figure must be positive to compute a multiple" };
        return compareStatus(rule.direction === "increase" ? av / bv : bv / av, ">=", rule.amount ?? 1, c.tol);
    }
  };
  const s = status(a, b);
  if (typeof s !== "string") return fail("invalid", rule, r, s);
  const delta = rule.direction === "increase" ? a - b : b - a;
  const achieved = rule.mode === "percent" ? delta / Math.abs(b) : rule.mode === "times" ? (rule.direction === "increase" ? a / b : b / a) : delta;
  const required = rule.mode === "any" ? 0 : amt;
  const f = facts(s, rule, r);
  f.a = a;
  f.b = b;
  f.t = required;
  f.gap = achieved - required;
  f.ratio = rule.mode === "any" || required === 0 ? NaN : ratioOf(achieved, required, true);
  f.num = num;
  f.den = den;
  if (aOver) note(f, OVER_100);
  if (!Number.isNaN(aAlt) || !Number.isNaN(bAlt)) {
    const s2 = status(Number.isNaN(aAlt) ? a : aAlt, Number.isNaN(bAlt) ? b : bAlt);
    if (typeof s2 === "string" && s2 !== s) {
      const plain = Number.isNaN(aAlt) ? b : a;
      note(f, Number.isNaN(aAlt) ? AMBIGUOUS_B : AMBIGUOUS_A);
      if (statusClass(s2) !== statusClass(s)) return scaleReview(f, plain, s, s2);
    }
  }
  if (rule.perYear) {
    warn(f, "actual_interpreted", () => ({
      vi: "mức thay đổi mỗi năm được so với số liệu gốc của một năm",
      en: "the per-year change was compared with a one-year baseline",
    }));
  }
  return f;
}

/** A change typed in the cell: its direction and amount against the target's, in the target's terms. */
function judgeTypedChange(rule: RuleOf<"change">, r: CellReading, typed: TypedChange, c: JudgeCtx): Facts {
  // The amount in the rule's terms: a rate target ("points"/"percent") takes "4%" or "0,8 điểm %"; a count takes a count.
  let amount: number;
  let noun = typed.noun;
  if (rule.mode === "points") {
    if (!typed.percent && !typed.points) return typedMismatch(rule, r, { vi: "điểm %", en: "percentage points" });
    amount = typed.amount;
  } else if (rule.mode === "percent") {
    if (typed.points) return typedMismatch(rule, r, { vi: "phần trăm so với số liệu gốc", en: "a percentage of the baseline" });
    amount = typed.amount;
    // "giảm 2.000 hộ" from a baseline of 4.000 hộ, against "giảm 1/2 số hộ": that amount's share of the baseline.
    const b = typed.percent || c.opts.baseline === undefined ? null : readCell(c.opts.baseline);
    if (b && b.kind === "number" && !b.percent && b.value > 0 && (b.noun || "") === (typed.noun || "")) amount = typed.amount / b.value;
    else if (!typed.percent) return typedMismatch(rule, r, { vi: "phần trăm", en: "a percentage" });
  } else if (rule.mode === "times") {
    // "tăng 1,6 lần": the multiple itself, in the same direction only.
    if (typed.noun !== "lần" || typed.percent || typed.points || typed.direction !== rule.direction) return typedMismatch(rule, r, { vi: "số lần so với số liệu gốc", en: "a multiple of the baseline" });
    amount = typed.amount;
  } else if (rule.mode === "absolute") {
    if (typed.percent || typed.points) {
      if (rule.unit.kind !== "percent") return typedMismatch(rule, r, { vi: "số lượng", en: "a count" });
      amount = typed.amount;
    } else if (rule.unit.kind === "percent") amount = typed.amount / 100;
    else {
      // "tăng 1,2 triệu hội viên" against "tăng thêm 1 triệu hội viên", "tăng 2 tuần" against "tăng 3 ngày": the amount
      // read as a level would be (scale word, unit, what it counts), in the target's unit.
      const fr = readCell(typed.figure ?? "");
      amount = typed.amount;
      if (fr.kind === "number") {
        const bad = quantity(rule, fr, rule.unit, c.scale, c.opts.unit);
        if (bad) return bad;
        amount = Q.value;
        noun = undefined;
      }
    }
  } else amount = typed.amount;
  // A move the other way is a negative achievement ("giảm 2" against "tăng ≥ 3").
  const achieved = typed.direction === rule.direction ? amount : -amount;
  const required = rule.mode === "any" ? 0 : (rule.amount ?? 0);
  const s = rule.mode === "any" ? compareStatus(achieved, ">", 0, 0) : bandStatus(compareStatus(achieved, ">=", required, c.tol), achieved, rule.amountMax);
  const f = facts(s, rule, r);
  f.direct = true;
  f.a = achieved;
  f.t = required;
  f.gap = achieved - required;
  f.ratio = rule.mode === "any" || required === 0 ? NaN : ratioOf(achieved, required, true);
  f.noun = noun ?? (rule.unit.kind === "count" ? (rule.unit.noun ?? null) : null);
  return f;
}

// A verb of reaching ("đạt", "hoàn thành", "được công nhận") and its negations; no digits (a figure is not a yes/no).
const REACHED = /(?<!\S)(?:đạt|hoàn thành|được công nhận|đã công nhận|về đích)(?!\S)/u;
const NOT_REACHED = /(?<!\S)(?:chưa|không)\s+(?:được\s+)?(?:đạt|hoàn thành|công nhận|về đích)(?!\S)/u;

/** Whether a share typed as a rate ("92,75%") and a target share agree to the decimals the rate was written with. */
function sameWhenRounded(share: number, t: number, text: string): boolean {
  const m = /[.,](\d{1,4})\s*%\s*$/u.exec(text.trim());
  if (!m) return false;
  const k = 10 ** m[1].length;
  return Math.round(share * 100 * k) === Math.round(t * 100 * k);
}

/**
 * Whether a sentence typed as a yes/no answer says the target was reached (true), was not (false), or neither (null).
 * Under a target asking a task done on time or in full, "Đúng hạn", "Kịp thời", "Đầy đủ" say yes, "Trễ hạn", "Chậm",
 * "Chưa đầy đủ" no; elsewhere such words answer nothing asked.
 */
function saidReached(text: string, asked = ""): boolean | null {
  const low = text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
  if (low.length > 120 || /\d/u.test(low)) return null;
  if (NOT_REACHED.test(low)) return false;
  // The title the target names, typed as the answer ("Trường tiên tiến" for "giữ vững danh hiệu “Trường tiên tiến”").
  // ("Được huyện đề xuất công nhận đạt chuẩn", "đang chờ công nhận": asked for or awaited, not yet reached: neither.)
  if (/(?<!\S)(?:đề xuất|đề nghị|chờ|đang|dự kiến|sẽ|phấn đấu|chuẩn bị)(?!\S)/u.test(low)) return null;
  if (REACHED.test(low) || [`“${low}”`, `"${low}"`].some((q) => asked.includes(`danh hiệu ${q}`))) return true;
  // How a task was done, where the target asks it: on time ("đúng hạn", "kịp thời") or in full ("đầy đủ"), and the
  // words that deny it ("trễ hạn", "chậm", "chưa đầy đủ", "thiếu"): what the target asks (and a yes says), what says no.
  const how = [
    [/đúng (?:thời )?hạn|kịp thời|đúng tiến độ/u, /trễ|chậm|muộn|quá hạn|không kịp/u],
    [/đầy đủ/u, /thiếu/u],
  ].filter(([a]) => a.test(asked));
  // ("Không chậm trễ", "không thiếu" deny the lack: no "no"; "gần đầy đủ", "khá kịp thời" hedge: no "yes".)
  if (how.some(([a, no]) => RegExp(`(?<!(?:không|chưa) (?:bị |chậm )?)(?:${no.source})`, "u").test(low) || RegExp(`(?:không|chưa) (?:${a.source})`, "u").test(low))) return false;
  return how.some(([a]) => RegExp(`^(?:đã )?(?!(?:gần|khá|hơi|tương|cơ|hầu|ít|chưa|không) )(?:\\p{L}+ )?(?:${a.source})$`, "u").test(low)) || null;
}

/** A band of changes ("giảm 1–1,5%"): reaching the bottom meets it; only passing the top exceeds it. */
function bandStatus(s: StatusCode, achieved: number, max: number | undefined): StatusCode {
  if (max === undefined || s !== "exceeded") return s;
  return achieved > max + EPS * Math.max(1, Math.abs(max)) ? "exceeded" : "met";
}

function typedMismatch(rule: Rule, r: CellReading, want: Bilingual): Facts {
  return fail("invalid", rule, r, () => ({
    vi: `"${txt(r)}" không cùng cách tính với chỉ tiêu (cần ${want.vi})`,
    en: `"${txt(r)}" is not measured as the target is (it needs ${want.en})`,
  }));
}

export function judgeReference(rule: RuleOf<"reference">, r: CellReading, c: JudgeCtx): Facts {
  const refRaw = c.opts.reference;
  const rr = refRaw === undefined ? null : readCell(refRaw);
  // "cao hơn trung bình Thành phố" rarely names its unit: a "%" on either figure makes the comparison one of rates.
  const unit: Unit = rule.unit.kind !== "percent" && (isPercentText(r) || (rr !== null && isPercentText(rr))) ? { kind: "percent" } : rule.unit;
  const bad = quantity(rule, r, unit, c.scale, c.opts.unit);
  if (bad) return bad;
  const a = Q.value;
  const aAlt = Q.alt;
  const aOver = Q.over;
  if (rr === null || rr.kind === "empty" || (rr.kind === "error" && rr.code === "#N/A")) {
    // The cell holds a good figure: not "no data" but a question (Cần xác nhận) until the reference is given.
    const f = fail("review", rule, r, () => ({
      vi: `"${txt(r)}" cần so với ${rule.reference}, nhưng chưa có giá trị so sánh; cần ghi giá trị này`,
      en: `"${txt(r)}" is to be compared with ${rule.reference}, but the reference value is missing; give that value`,
    }));
    warn(f, "missing_reference", () => ({
      vi: "chỉ tiêu so sánh cần giá trị tham chiếu (tùy chọn reference)",
      en: "a comparison target needs a reference value (reference option)",
    }));
    return f;
  }
  const badR = quantity(rule, rr, unit, c.scale, c.opts.unit);
  if (badR) {
    badR.reading = r;
    const why = reasonOf(badR);
    badR.reason = { vi: `giá trị so sánh: ${why?.vi ?? ""}`, en: `reference: ${why?.en ?? ""}` };
    return badR;
  }
  const ref = Q.value;
  const refAlt = Q.alt;
  Q.value = a;
  Q.alt = NaN;
  Q.num = NaN;
  Q.den = NaN;
  Q.noun = null;
  Q.over = aOver;
  Q.from = null;
  const f = thresholdFacts(rule, r, rule.op, ref, unit, c);
  f.b = ref;
  if (unit !== rule.unit) f.unit = unit;
  if (!Number.isNaN(aAlt) || !Number.isNaN(refAlt)) {
    const s2 = compareStatus(Number.isNaN(aAlt) ? a : aAlt, rule.op, Number.isNaN(refAlt) ? ref : refAlt, c.tol);
    if (s2 !== f.status) {
      note(f, Number.isNaN(aAlt) ? AMBIGUOUS_B : AMBIGUOUS_A);
      if (statusClass(s2) !== statusClass(f.status)) return scaleReview(f, Number.isNaN(aAlt) ? ref : a, f.status, s2);
    }
  }
  return f;
}

function isPercentText(r: CellReading): boolean {
  return r.kind === "number" && r.percent;
}

// Period lengths in days, to restate "1 lần/quý" against a target per month.
const PERIOD_DAYS: Record<string, number> = {
  day: 1, week: 7, month: 365.25 / 12, quarter: 365.25 / 4, semester: 365.25 / 2, year: 365.25, schoolYear: 365.25,
  ngày: 1, tuần: 7, tháng: 365.25 / 12, quý: 365.25 / 4, "học kỳ": 365.25 / 2, "học kì": 365.25 / 2, năm: 365.25, "năm học": 365.25,
};

// "mỗi ngày 1 lần", "hằng tháng 2 buổi"; "1 lần mỗi tháng", "2 lần một năm": how often, written in words around the count.
// "2 năm 1 lần", "2 tuần một lần": once in a span of several periods, as clerks type an interval.
const EVERY_FIRST = /^(?:(?:mỗi|hằng|hàng)\s+)?(\d+\s+)?(\p{L}+)\s*,?\s*(\d+(?:[.,]\d+)?|một)\s*(\p{L}+)$/u;
const EACH_PERIOD = new RegExp(`^(?:định kỳ )?(?:${EVERY_WORDS}) (\\p{L}+)$`, "u");
const EVERY_LAST = /^(\d+(?:[.,]\d+)?)\s*(\p{L}+)\s+(?:mỗi|một|trong|trên)\s+(\d+\s+)?(\p{L}+)$/u;

/**
 * A frequency typed in words as the "N lần/kỳ" the frequency judge reads; the text as it is when it is none.
 * @example timesPer("mỗi ngày 1 lần") → "1 lần/ngày" · timesPer("2 lần một năm") → "2 lần/năm" · timesPer("2 năm 1 lần") → "1 lần/2 năm" · timesPer("hàng quý") → "1 lần/quý"
 */
export function timesPer(text: string): string {
  const t = text.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " ");
  const a = EVERY_FIRST.exec(t);
  if (a && unitSize(a[2])?.dim === "time" && !unitSize(a[4])) return `${a[3].replace("một", "1")} ${a[4]}/${a[1] ?? ""}${a[2]}`;
  const b = EVERY_LAST.exec(t);
  if (b && unitSize(b[4])?.dim === "time" && !unitSize(b[2])) return `${b[1]} ${b[2]}/${b[3] ?? ""}${b[4]}`;
  // "hàng quý", "định kỳ hằng tuần": once each such period.
  const e = EACH_PERIOD.exec(t);
  return e && unitSize(e[1])?.dim === "time" ? `1 lần/${e[1]}` : text;
}

export function judgeFrequency(rule: RuleOf<"frequency">, r: CellReading, c: JudgeCtx): Facts {
  const unit: Unit = { kind: "count", noun: rule.noun };
  // "1 lần/quý" typed against "hàng tháng": a third of a time a month.
  let read = r;
  if (r.kind === "number" && r.noun && r.noun.includes("/")) {
    const per = r.noun.slice(r.noun.lastIndexOf("/") + 1).trim().toLowerCase();
    // "1 lần/6 tháng": a span of several periods.
    const span = /^(\d+)\s+(\p{L}+)$/u.exec(per);
    let from = span ? Number(span[1]) * (PERIOD_DAYS[span[2]] ?? NaN) || undefined : PERIOD_DAYS[per];
    let to = PERIOD_DAYS[rule.period];
    // Weeks against a month: a school month is planned as four weeks ("2 lần/tháng" is every two weeks).
    if (from! % 7 === 0 && to === PERIOD_DAYS.month) to = 28;
    if (to % 7 === 0 && from === PERIOD_DAYS.month) from = 28;
    if (from && to && from !== to) read = { ...r, value: round12((r.value * to) / from), noun: r.noun.slice(0, r.noun.lastIndexOf("/")) };
    else if (from) read = { ...r, noun: r.noun.slice(0, r.noun.lastIndexOf("/")) };
  }
  const bad = quantity(rule, read, unit, c.scale, c.opts.unit);
  if (bad) return bad;
  return thresholdFacts(rule, read, rule.op, rule.count, unit, c);
}

export function judgeZero(rule: RuleOf<"zero">, r: CellReading, c: JudgeCtx): Facts {
  // "Không" (none happened) is zero; "Có" (it happened) is not. "Miễn", "Miễn phí", "Không thu" typed for a charge
  // waived: none charged.
  if (r.kind === "boolean" || (r.kind === "text" && /^\s*(?:miễn|không thu)(?!\p{L})/iu.test(r.text))) {
    const f = facts(r.kind === "boolean" && r.value ? "not_met" : "met", rule, r);
    f.t = 0;
    return f;
  }
  // "0,1%" typed for "không có học sinh bỏ học": a rate of the cases is zero exactly when their count is, so it answers
  // a count's zero target too (0% met, any share above it not met).
  const rate = r.kind === "number" && r.percent && rule.unit.kind !== "percent" && r.value >= 0;
  const bad = rate ? null : quantity(rule, r, rule.unit, c.scale, c.opts.unit);
  if (bad) return bad;
  const v = rate ? r.value : Q.value;
  const f = facts(Math.abs(v) <= EPS ? "met" : "not_met", rule, r);
  f.a = v;
  f.t = 0;
  f.gap = v;
  if (rate) f.unit = { kind: "percent" };
  else {
    f.num = Q.num;
    f.den = Q.den;
    if (rule.unit.kind === "count" && f.status === "not_met") f.need = Math.ceil(v - EPS);
  }
  return f;
}

const LEVEL_REACHED = /^\s*(?:đã\s+)?(?:đạt|được công nhận)(?!\S)/u;
const ALL_OF = /(?<!\S)(?:tất cả|toàn bộ)(?!\S)/u;

export function judgeBoolean(rule: RuleOf<"boolean">, r: CellReading): Facts {
  let v: boolean;
  const asked = (rule.statement ?? rule.text ?? "").toLowerCase();
  if (r.kind === "boolean") v = r.value;
  else if (r.kind === "number" && !r.percent && (r.value === 0 || r.value === 1)) v = r.value === 1;
  // "17/19 tiêu chí": a share of the criteria; done only when all are.
  else if (r.kind === "fraction" && r.denominator > 0 && r.numerator <= r.denominator && r.numerator >= 0) v = r.numerator === r.denominator;
  // "hoàn thành tất cả các chỉ tiêu", "toàn bộ nhiệm vụ": a statement of all; a share typed as a rate ("90%") is done
  // only at 100%, as a share "12/13" is. (Other statements leave a rate unread: it may answer another part.)
  else if (r.kind === "number" && r.percent && r.value >= 0 && r.value <= 1 && ALL_OF.test(asked)) v = r.value === 1;
  else {
    // "duy trì đạt", "đạt đô thị loại II", "Đã được công nhận": a sentence saying it was reached, with no figure in it;
    // "chưa đạt …", "không đạt …" say it was not. Read so, and said.
    // ("Đạt chuẩn mức độ 2" against "đạt chuẩn quốc gia": a level reached is the standard reached.)
    const said = r.kind === "text" ? saidReached(r.text, asked) : r.kind === "level" && LEVEL_REACHED.test(r.text.toLowerCase()) ? true : null;
    if (said === null) return notAFigure(rule, r, { vi: "câu trả lời có/không", en: "a yes/no answer" });
    const f = facts(said ? "met" : "not_met", rule, r);
    warn(f, "actual_interpreted", () => ({
      vi: `"${r.text}" được hiểu là ${said ? "đã đạt" : "chưa đạt"}`,
      en: `"${r.text}" was read as ${said ? "reached" : "not reached"}`,
    }));
    return f;
  }
  return facts(v ? "met" : "not_met", rule, r);
}
