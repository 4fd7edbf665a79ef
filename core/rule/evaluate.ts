// Verdict assembly: a rule (or target phrase) and an actual cell value → a Verdict with status, gap, ratio and a reason.
import { CLOCK, GRADES, isoDay, isoToVi, readCell, readChange, type CellReading } from "../number/cell";
import { formatNumber, formatPercent } from "../number/format";
import type { Bilingual, CellValue, Lang } from "../types";
import { canonical } from "./canonical";
import { explain, levelActual } from "./explain";
import { chosenDay, judgeDeadline, readDeadlineActual, statementDue } from "./judge/dates";
import { fail, has, isVerdict, leavesUnread, reasonOf, statusClass, txt, warn, warningsOf, type Facts, type Judgement } from "./judge/facts";
import { deniedVerb, echoedBan, isBan, noneFor } from "./judge/none";
import { ASKED, IN_OTHER_UNIT, implausibleFigure } from "./judge/quantity";
import { unitSize } from "../number/units";
import {
  judgeBoolean, judgeChange, judgeCompare, judgeFraction, judgeFrequency, judgeLevel, judgeRange, judgeRank, judgeReference, judgeZero,
  timesPer, type JudgeCtx,
} from "./judge/numeric";
import { parseTargetCached, type ParseOptions, type ParseResult } from "./parse";
import { unitHint } from "./parse/context";
import { alike, DOUBT_TEXT, KIN, measureKey } from "./parse/confidence";
import { otherUnit } from "./parse/resolve";
import { lastDay } from "./parse/dates";
import type { Reading, Rule } from "./schema";
import { OPEN_END } from "./open-end";
import { STATUS, type EvaluateOptions, type StatusCode, type Verdict, type Warning } from "./verdict";

export { has, reasonOf, txt, warningsOf };
export type { Facts, Judgement };
export { todayIso } from "./judge/dates";

/*
 * Decisions (the spreadsheet formulas in core/rule/formula.ts follow the same ones):
 *
 * Vượt (exceeded) — only for "more is better" targets with an inclusive threshold: ≥ compare/reference/frequency
 *   rules, level, fraction, a stated rank ("hạng 6": place 4 exceeds; a band "thứ 5–8": better than 5 exceeds), change
 *   by an amount, and ranges with sense "up" above their top. Strictly better than the threshold → Vượt; equal → Đạt.
 *   Strict wordings ("trên 75%", "cao hơn trung bình", "tăng so với năm trước", "top 5") make "better than the
 *   threshold" the target itself, so they give Đạt, never Vượt. "Less is better" rules (≤, <, reduce, zero, ranges
 *   with sense "down") never give Vượt, so "vượt" is never read as "over the cap". A 100% or n/n target cannot be
 *   exceeded by a plausible figure.
 * Equality uses a relative epsilon of 1e-9, so 0.65 stored as 0.6499999999 still meets 65%.
 * Gần đạt (near) — off unless `tolerance` > 0: a figure that misses its threshold t by at most tolerance × |t|.
 *   Thresholds of 0, deadlines and yes/no rules are never "near".
 * No data — null, "", whitespace, the placeholders in NO_DATA_TEXTS ("—", "-", "chưa có", "N/A", "?"…) and the error
 *   value #N/A (Excel's "not available"). Other error values (#DIV/0!, #VALUE!, #REF!…) and unreadable text are
 *   invalid: the cell holds something, and it is wrong.
 * Cần xác nhận (review) — never counted as met or short. (1) Two readings of the target (rule.alternative, from the
 *   reader's runner-up) judge the figure into different classes (met/exceeded vs not met/near, or one judges and the
 *   other cannot): the explanation names both readings. When one reading cannot take the figure at all (a rate
 *   typed for a count target) and the other can, the figure's own form decides and the other reading's verdict stands,
 *   with a note. (2) A plain number meets a percent rule in the auto scale and its fraction and points readings fall
 *   in different classes (0,7 for ≥ 65%: 70% or 0,7%?). (3) The reader marked the rule unsure (rule.unsure, from the
 *   confidence gate in core/rule/parse/confidence.ts): any verdict becomes review, naming the part not understood and
 *   what the reading would have given; no data and invalid figures stay as they are.
 * Percent scale — text with "%" is taken as written. A plain number meeting a percent rule: `fraction` (0.65 = 65%),
 *   `points` (65 = 65%), `auto` (above 1 → points, up to 1 → fraction, and review when the two readings disagree
 *   as in (2) above; a different verdict within one class carries percent_scale_ambiguous). Above 1 the fraction
 *   reading (over 100%) is not a plausible rate, so it is not offered.
 * Units — a figure written with a unit of the rule's dimension is converted ("1 giờ 15 phút" against "không quá 35
 *   phút" is 75 phút; "1,5 triệu đồng" against "đồng"); a unit of another dimension is invalid.
 * Missing baseline/reference — a change rule with neither a baseline nor a change typed in the cell ("thêm 3 trường",
 *   "giảm 4%", "tăng 0,8 điểm %") and a plain level typed is "review" with missing_baseline (missing_reference for a
 *   reference rule): the cell holds a figure, so it is not "no data", but it cannot be judged without the baseline or
 *   the change; a blank cell or "chưa có số liệu" stays no data. A typed change is judged directly, and the
 *   explanation says so ("mức thay đổi ghi trong ô"). A change typed against a level, where the phrase speaks of change
 *   ("tăng", "giảm", "thêm", "mới", "nâng", "cải thiện"), is asked about (otherKind), not invalid.
 * Target read only in part (the parser's target_partly_read) — a figure the part read cannot judge (another unit or
 *   kind, unreadable text with a figure in it) may answer the part not read: "review", saying what was read and what
 *   was typed (partlyRead, applied where the parser's warnings are known). A figure bad whatever the reading (an
 *   error cell, a negative number, n/d with n > d, a rate above 100%, words with no figure) stays invalid.
 * Implausible figures — negative counts or rates and n/d with n > d or d = 0 are invalid; a rate above 100% is
 *   judged but carries implausible_value (gross enrolment rates can pass 100%).
 * Gap — actual − threshold in the rule's unit (fractions for percent rules and for fraction rules' shares, days for
 *   deadlines, places for ranks, achieved − required change for change rules). `need` counts units still to add
 *   (or remove, for "less is better" rules) when a denominator or count makes them countable.
 * Fraction targets ("28/28 trường") — "26/28" and "13/13" compare as shares. With the default `auto` scale a plain
 *   whole number up to the denominator counts units ("26" = 26/28, "1" is 1 school, with actual_interpreted); other
 *   numbers are rates. An explicit `percentScale` says the column holds rates, so every plain number is a rate on
 *   that scale: under `fraction` 1 is 100% (met) and 0,93 is 93%; under `points` 26 is 26% and 100 is 100%. A rate
 *   above 100% is invalid for a fraction target.
 * Deadlines — blank, "Chưa" or FALSE means not done: pending up to the due day, overdue after it. Words meaning no
 *   figure yet ("chưa có số liệu", "đang cập nhật", "?") and #N/A are no data, never overdue. A date (text, Date, or an
 *   Excel serial) is the completion date: by the due day → met, later → not_met; in a window of a month or less or on
 *   an exact day, before the start is not met either. A bare yes ("x", "Hoàn thành") is met with actual_interpreted (no
 *   date to check); a completion date after asOf is judged but carries implausible_value. A target day without a year
 *   takes its year from the plan period (September–August for a school year), else from the completion date; never
 *   from today's date (with neither, no data). A blank checked on a given day, under a target naming a day, month or
 *   quarter by its word ("trước ngày 30-8", "vào quý II/2031") or whole that was not read as its due day, is asked
 *   about (not due yet, or late?), not no data.
 * Zero targets — "Không" (nothing happened) meets them, "Có" does not.
 * Speed — `judge()` is the allocation-light path (status, gap, need, ratio, no text); `evaluate()` adds canonical
 *   text (cached per rule object) and both explanations.
 */

/**
 * One reading judged. A cell denying the target's own verb ("chưa có" under "có tối thiểu 01 phòng", "chưa tổ chức"
 * under "tổ chức thực tập … hàng năm") answers it: none (0 of a count or a frequency, no for a yes/no, a level or a
 * zero target), said in a note; for a rate it stays what it was (no figure yet). See core/rule/judge/none.ts.
 */
function judgeOne(reading: Rule | Reading, c: JudgeCtx, actual: CellValue, denied: string | null, text = reading.text): Facts {
  const none = denied === null ? null : noneFor(reading);
  // (A runner-up day has no text of its own: the phrase's words say whether a day before its window fails it.)
  if (reading.kind === "deadline" && !reading.text && text) reading = { ...reading, text };
  if (none === null) return reading.kind === "boolean" ? judgeStatement(reading, c, actual, text) : judgeReading(reading, readFor(reading, actual, c), c, actual);
  const f = reading.kind === "boolean" ? judgeStatement(reading, c, none, text) : judgeReading(reading, readFor(reading, none, c), c, none);
  const typed = String(actual).trim();
  warn(f, "actual_interpreted", () => ({
    vi: `"${typed}" được hiểu là không có (${none === 0 ? "0" : "không"}), vì chỉ tiêu nêu "${denied}"`,
    en: `"${typed}" was read as none (${none === 0 ? "0" : "no"}), as the target says "${denied}"`,
  }));
  return f;
}

/**
 * A yes/no statement placed in one year ("Phấn đấu đến năm 2026, phường … được công nhận", "đạt chuẩn … vào năm 2022")
 * is due by that year's end: a completion date or month typed ("15/11/2026", "10/2022") is judged against it, and on a
 * given day of the check an empty or not-done cell is not done yet (pending up to then, overdue after). Without a day
 * of the check, and for any other answer ("Đạt", "Chưa đạt"), the yes/no reading judges as before. The formula does
 * the same (core/rule/formula.ts, boolean).
 */
function judgeStatement(rule: Extract<Reading, { kind: "boolean" }>, c: JudgeCtx, actual: CellValue, text: string | undefined): Facts {
  const due = typeof actual === "number" ? null : dueOfStatement(rule, text);
  if (due !== null) {
    const r = readDeadlineActual(actual, rule.text ?? text);
    const dated = r.kind === "date" && !r.iso.startsWith("--");
    const open = c.opts.asOf !== undefined && ((r.kind === "empty") || (r.kind === "boolean" && !r.value));
    if (dated || open) {
      const deadline = { kind: "deadline", due, text: rule.text ?? text } as Rule;
      const f = judgeDeadline(deadline as Extract<Rule, { kind: "deadline" }>, r, c);
      if (f.rule === deadline) {
        warn(f, "actual_interpreted", () => ({
          vi: `câu chỉ tiêu đặt mốc năm ${due.slice(0, 4)}: xét theo hạn ${isoToVi(due)}`,
          en: `the target sentence is set in ${due.slice(0, 4)}: judged against the due date ${isoToVi(due)}`,
        }));
      }
      return f;
    }
  }
  return judgeReading(rule, readFor(rule, actual, c), c, actual);
}

const STATEMENT_DUE = new WeakMap<object, string | null>();

/** statementDue once per rule object (the judge's hot path meets the same rule for every row). */
function dueOfStatement(rule: Extract<Reading, { kind: "boolean" }>, text: string | undefined): string | null {
  let due = STATEMENT_DUE.get(rule);
  if (due === undefined) {
    due = statementDue({ statement: rule.statement, text: rule.text ?? text });
    STATEMENT_DUE.set(rule, due);
  }
  return due;
}

/** The exhaustive switch over rule kinds: a new kind in schema.ts fails to compile here until it is judged. */
function judgeReading(rule: Rule | Reading, r: CellReading, c: JudgeCtx, raw: CellValue): Facts {
  switch (rule.kind) {
    case "compare":
    case "range": {
      const a = typedAmount(rule, r, raw, c.opts.indicator);
      const f = rule.kind === "compare" ? judgeCompare(rule, a, c) : judgeRange(rule, a, c);
      // (A figure read out of words is shown as typed, then as read: "Lịch sử 7,0 (tức 7)".)
      if ((a as { typed?: 1 }).typed) f.converted = "text";
      return f;
    }
    case "fraction": return judgeFraction(rule, r, c);
    case "level": return judgeLevel(rule, r, c);
    case "rank": return judgeRank(rule, r, c);
    case "change": return judgeChange(rule, r, c, raw);
    case "reference": return judgeReference(rule, r, c);
    case "frequency": return judgeFrequency(rule, r, c);
    case "deadline": return judgeDeadline(rule, r, c);
    case "zero": return judgeZero(rule, r, c);
    case "boolean": return judgeBoolean(rule, r);
    default: {
      const never: never = rule;
      return fail("unreadable", null, r, () => ({ vi: `loại chỉ tiêu lạ: ${String((never as { kind?: unknown }).kind)}`, en: `unknown target kind: ${String((never as { kind?: unknown }).kind)}` }));
    }
  }
}

/**
 * "thêm 7 xã" typed for "phấn đấu thêm 7 xã đạt chuẩn", "giảm 0,12%" for "Tỷ lệ hộ nghèo … giảm: 0,1–0,15%": when the
 * target itself is worded as a change in the same direction, the amount typed is the figure.
 */
function typedAmount(rule: Reading, r: CellReading, raw: CellValue, indicator?: string): CellReading {
  if (r.kind !== "text" || typeof raw !== "string") return r;
  const t = readChange(raw);
  const words = ` ${rule.text || ""} ${rule.subject || ""} ${(indicator || "").slice(0, 300)} `.toLowerCase();
  if (!t) return sentenceFigure(r, raw, words, rule.kind === "compare" && rule.unit.kind === "percent");
  // A signed rate of change ("≥ -30%" read from "không giảm quá 30%"): "giảm 12%" is -12%, "tăng 5%" is 5%.
  if (rule.kind === "compare" && rule.value < 0 && t.percent) return { kind: "number", value: t.direction === "decrease" ? -t.amount : t.amount, percent: true, text: r.text };
  if (!(t.direction === "increase" ? /\s(?:thêm|tăng|increase)\s/u : /\s(?:giảm|cắt giảm|bớt|decrease)\s/u).test(words)) return r;
  // "… nâng tổng số trường lên 213 trường": the target is the level reached, which a typed amount cannot be.
  if (rule.kind === "compare" && /\slên\s+[\d.,]+\s/u.test(` ${(rule.text || "").toLowerCase()} `)) return r;
  // ("thêm 3 triệu đoàn viên", "tăng 1,2 nghìn hội viên": the amount read with its size word, as a level would be.)
  const fr = t.percent || t.points ? null : readCell(t.figure ?? "");
  if (fr?.kind === "number" && !fr.percent) return { ...fr, text: r.text };
  return { kind: "number", value: t.amount, percent: t.percent || t.points, ...(t.noun ? { noun: t.noun } : {}), text: r.text };
}

/**
 * "giảm 6%" typed for "giảm tỷ lệ hộ nghèo 4-5%" judged as a level to bring down to: the fall typed may be
 * the amount to reach (more is better) or the level left (less is better). Where the two judge it apart, ask.
 */
function fallOrLeft(f: Facts, c: JudgeCtx, raw: CellValue): Facts {
  const a = f.reading, rule = f.rule;
  if (!rule || !isVerdict(f.status) || a?.kind !== "number" || typeof raw !== "string" || readChange(raw)?.direction !== "decrease") return f;
  // (Not a cap on the fall itself, "không giảm quá 5%": the fall typed is what it caps.)
  if (rule.kind === "compare" ? rule.op[0] !== "<" || rule.intent === "change" : rule.kind !== "range" || rule.sense !== "down") return f;
  const up = (rule.kind === "compare" ? { ...rule, op: rule.op === "<" ? ">" : ">=", intent: "plain" } : { ...rule, sense: "up" }) as Rule;
  const g = up.kind === "compare" ? judgeCompare(up, a, c) : judgeRange(up as Extract<Rule, { kind: "range" }>, a, c);
  if (!isVerdict(g.status) || statusClass(g.status) === statusClass(f.status)) return f;
  const t = canonicalOf(rule);
  return fail("review", rule, a, () => ({
    vi: `"${raw.trim()}" là mức giảm; chỉ tiêu hiểu là ${t.vi}: là mức giảm cần đạt thì ${STATUS[g.status].vi}, là mức còn lại thì ${STATUS[f.status].vi}`,
    en: `"${raw.trim()}" is a fall; the target was read as ${t.en}: as the fall to reach it is ${STATUS[g.status].en}, as the level left ${STATUS[f.status].en}`,
  }));
}

/**
 * "trong vòng 10 phút", "chu kỳ … là 30 tháng", "thời hạn là 5 ngày": a bare span (read "≥ N", runner-up "= N") framed
 * as a limit may be a most, so a shorter span typed is met that way and short the other: ask.
 */
const LIMIT_SPAN = /trong vòng|thời hạn|chu kỳ/iu;
function spanOrLimit(f: Facts, rule: Rule): Facts {
  const alt = rule.alternative;
  if (f.status !== "not_met" || rule.kind !== "compare" || rule.op !== ">=" || alt?.kind !== "compare" || alt.op !== "=" || alt.value !== rule.value) return f;
  if (rule.unit.kind !== "measure" || !/^(?:phút|giờ|ngày|tuần|tháng|năm)$/u.test(rule.unit.unit) || !LIMIT_SPAN.test(rule.text ?? "")) return f;
  return fail("review", rule, f.reading, { vi: "ngắn hơn mức ghi: là thời hạn tối đa thì đạt, là thời lượng cần đủ thì chưa đạt", en: "shorter than the figure: met as a most, short as a span to fill" });
}

/**
 * "Lịch sử 7,0", "không thu 2 tháng" for "Không thu học phí 4 tháng …": one figure typed after words. The figure is read
 * when those words are a school subject (the figure's label) or are written, as they stand, in the target or its
 * indicator; any other words ("không đạt 7,0" for "đạt 7,0") leave the cell unread. The explanation quotes what was typed.
 */
function sentenceFigure(r: CellReading, raw: string, words: string, share: boolean): CellReading {
  // (Not a date's number: "sinh năm 2015" is a year.)
  const m = /^([\p{L} ]+?)(?<!năm|ngày|tháng) *:? *(\d[\d.,]*) *(.*)/u.exec(raw.trim().toLowerCase());
  if (!m) return r;
  const [, lead, n, rest] = m;
  // Never words naming the plan ("chỉ tiêu 450") or a bound ("dưới 1"), nor the target's words without the negation it
  // writes ("thu 2 tháng" for "Không thu học phí"); after the figure, its "%" or words the target writes ("Toán 8 học sinh
  // giỏi" is a count); a bare number for a share only after "tỷ lệ" ("học sinh 95" may be 95 pupils); a subject only
  // where the target names ("môn …") none or that one ("Văn 7,0" is not the score of "môn Toán").
  const c = !PLAN.test(lead) && (SUBJECT.test(lead) && !NAMED.test(words) || RegExp(`(?<!không) ${lead} `).test(words)) &&
    (rest ? rest == "%" || words.includes(` ${rest} `) : !share || /t[ỷỉ] lệ/u.test(lead)) && readCell(`${n} ${rest}`);
  return c && c.kind === "number" ? { ...c, text: r.text, typed: 1 } as CellReading : r;
}
const PLAN = /(?:chỉ|mục) tiêu|kế hoạch|giao|phấn đấu|(?:^| )(?:kh|dưới|trên|hơn|khoảng|gần|từ|đến|quá|nhất|thiểu|đa)$/u;
const SUBJECT = /^(?:môn )?(?:toán|(?:ngữ )?văn|tiếng anh|lịch sử|địa l[íý]|(?:sinh|hóa|tin) học|vật l[íý]|gdcd)$/u;
// ("môn" written: "văn hóa" names no subject. slice(10) drops SUBJECT's "^(?:môn )?".)
const NAMED = RegExp(` môn ${SUBJECT.source.slice(10, -1)} `);

function readFor(rule: Rule | Reading, actual: CellValue, c: JudgeCtx): CellReading {
  // Numbers skip readCell's text rendering: the judge formats numbers itself.
  if (typeof actual === "number" && rule.kind !== "deadline") {
    return Number.isFinite(actual)
      ? { kind: "number", value: actual, percent: false, text: "" }
      : { kind: "text", text: String(actual), reason: { vi: "số không hữu hạn", en: "not a finite number" } };
  }
  if (rule.kind === "deadline") return readDeadlineActual(actual, rule.text, c.opts.indicator);
  // "mỗi ngày 1 lần" against "mỗi ngày một lần": how often, in words.
  if (rule.kind === "frequency" && typeof actual === "string") return readCell(timesPer(actual));
  if (rule.kind === "rank") return readCell(actual, { expect: "rank" });
  if (rule.kind === "level") {
    // "3/6", "bậc 3/6": a level of the six-level framework written over 6.
    const six = rule.scale === "bậc" && typeof actual === "string" ? /^\s*(?:bậc\s*)?([1-6])\s*\/\s*6\s*$/iu.exec(actual) : null;
    return readCell(six ? `bậc ${six[1]}` : actual, rule.scale ? { expect: "level", scale: rule.scale } : { expect: "level" });
  }
  return readCell(actual, rule.kind === "fraction" ? { whole: rule.denominator } : undefined);
}

const DEFAULT_CTX: JudgeCtx = { scale: "auto", tol: 0, opts: {} };

function ctxOf(opts: EvaluateOptions | undefined): JudgeCtx {
  if (opts === undefined) return DEFAULT_CTX;
  const tol = opts.tolerance;
  const scale = opts.percentScale;
  return {
    scale: scale === "fraction" || scale === "points" ? scale : "auto",
    tol: typeof tol === "number" && tol > 0 && Number.isFinite(tol) ? tol : 0,
    opts,
  };
}

/** The unit column names the kind (count or rate) of the best reading and not of the other. */
function columnDecides(rule: Reading, alt: Reading, unit: string | undefined): boolean {
  if (typeof unit !== "string" || unit.trim() === "") return false;
  // "xếp nhất toàn đoàn" beside "140-150 HCV" under ĐVT "hạng": a plain figure in a column of places is a place.
  if (rule.kind === "rank" && alt.kind !== "rank") return unitHint(unit)?.kind === "rank";
  const kindOf = (r: Reading) => (r.kind === "compare" || r.kind === "range" || r.kind === "change" ? r.unit.kind : null);
  const a = kindOf(rule);
  const b = kindOf(alt);
  if (!a || !b || a === b || (a !== "count" && a !== "percent") || (b !== "count" && b !== "percent")) return false;
  return unitHint(unit)?.kind === a;
}

/**
 * The two readings of an ambiguous target, judged: one verdict when they agree (or when only one of them can take the
 * figure at all), "Cần xác nhận" naming both when they would judge it differently.
 */
function reconcile(f: Facts, g: Facts, rule: Rule, alt: Reading, unit?: string, asOfGiven = false): Facts {
  if (statusClass(f.status) === statusClass(g.status)) return f;
  // "… tuyển chọn 210 vận động viên … tổ chức từ ngày 11 đến 15/12", an empty cell checked on a given day: nothing is
  // done, and one reading says when it is due, so the cell is not done yet (pending, or overdue past that day) rather
  // than a figure missing. Without a day of the check, an empty cell stays no data; so too under "từ ngày 1/9" (from
  // that day on, never late: judge/dates.ts), whose exact-day reading does not make a blank overdue.
  if (f.status === "no_data" && f.reading?.kind === "empty" && f.reading.text === "" && (g.status === "pending" || g.status === "overdue") && alt.kind === "deadline") {
    if (!asOfGiven || (rule.kind === "deadline" && rule.due === OPEN_END)) return f;
    g.rule = { ...(g.rule ?? alt), text: rule.text } as Rule;
    return g;
  }
  // "trước 30/4" in the school year 2024-2025: the same day of either calendar year. A completion date decides: the
  // day nearer to it is the one meant (a task is not done a year early or a year late), and the verdict says so.
  // (Not when the phrase writes the chosen day's year: "Ngày 31/07/2020 … năm học 2021-2022" is a slip or another year, asked.)
  const wy = rule.kind === "deadline" ? +(rule.due === OPEN_END ? rule.start! : rule.due).slice(0, 4) : 0;
  if (rule.kind === "deadline" && alt.kind === "deadline" && sameDayOtherYear(rule, alt) && !yearWritten(rule.text ?? "", wy, wy)) {
    // With no completion date (not done yet, or no date), the period's convention stands (September–August).
    if (typeof f.done !== "string" || typeof g.done !== "string") return f;
    const pick = Math.abs(daysApart(g.due, g.done, g.start)) < Math.abs(daysApart(f.due, f.done, f.start)) ? g : f;
    if (pick === g) g.rule = { ...(g.rule ?? alt), text: rule.text } as Rule;
    return yearNearDone(pick);
  }
  // Two parts measured differently ("450.000 đồng và 8kg gạo"): a figure typed in the other part's unit is read by it;
  // any other figure by the best reading. So too a count and its rate ("12 trường (7,1%)") when the unit column names
  // the best reading's: a plain figure in a "trường" column is a count.
  // ("1 năm/lần; … 2 năm/lần": how often, written either way, is one measure, so "1 lần/2 năm" is asked about.)
  if ((otherUnit(rule, alt, true) && `${measureKey(rule)}${measureKey(alt)}` !== "oftenoften") || columnDecides(rule, alt, unit)) {
    // (A figure only the runner-up can take, which it asks about, "khoảng 85.000 ha" with "84.500 ha": its question.)
    if ((f.status === "invalid" || IN_OTHER_UNIT.has(f)) && g.status === "review" && !IN_OTHER_UNIT.has(g)) return g;
    if ((f.status !== "invalid" && !IN_OTHER_UNIT.has(f) && !awaitsBaseline(f)) || !isVerdict(g.status)) return f;
    g.rule = { ...(g.rule ?? alt), text: rule.text } as Rule;
    return g;
  }
  // The figure's own form decides: a rate typed for a count target, a date for a figure, is read by the reading that takes it.
  // (By its noun only where the sentence says that noun only counting figures: see countedNoun.)
  if ((f.status === "invalid" || IN_OTHER_UNIT.has(f)) && isVerdict(g.status) && !(IN_OTHER_UNIT.has(f) && f.reading?.kind === "number" && f.reading.noun && !countedNoun(f, rule))) {
    g.rule = { ...(g.rule ?? alt), text: rule.text } as Rule;
    warn(g, "actual_interpreted", () => ({
      vi: `chỉ tiêu được hiểu là ${canonicalOf(alt as Rule).vi} theo cách ghi số liệu`,
      en: `the target was read as ${canonicalOf(alt as Rule).en} from how the figure is written`,
    }));
    return g;
  }
  if (g.status === "invalid" && isVerdict(f.status)) return f;
  // ("ít nhất 2.000 bản sách, trong đó ít nhất 500 đầu tài liệu số" with "1.850 bản": the noun only the best reading counts.)
  if (IN_OTHER_UNIT.has(g) && isVerdict(f.status) && countedNoun(g, rule)) return f;
  // A rate's change runner-up that cannot judge for want of a baseline does not contest the level: "giảm tỷ lệ trẻ suy
  // dinh dưỡng … 1,2%" reduces the rate to 1,2% by the house rule (docs/domain.md, "reduce to"), asked about only where a
  // baseline lets the change judge too. A count ("giảm 20 tiết") is reduced by its figure as often as to it: still asked.
  if (awaitsBaseline(g) && isVerdict(f.status) && isRateLevel(f.rule)) return f;
  if (!isVerdict(f.status) && !isVerdict(g.status)) return f;
  return askBoth(f, g, rule, alt);
}

/** "Cần xác nhận": the figure judged by two readings of the target that give different verdicts, both named. */
function askBoth(f: Facts, g: Facts, rule: Rule, alt: Reading, name = rule): Facts {
  const r = fail("review", rule, f.reading, () => {
    const a = canonicalOf(name);
    const b = canonicalOf(alt as Rule);
    return {
      vi: `chỉ tiêu hiểu là ${a.vi} (${STATUS[f.status].vi}) hay ${b.vi} (${STATUS[g.status].vi})?`,
      en: `is the target ${a.en} (${STATUS[f.status].en}) or ${b.en} (${STATUS[g.status].en})?`,
    };
  });
  warn(r, "ambiguous_target", () => {
    const a = canonicalOf(name);
    const b = canonicalOf(alt as Rule);
    return { vi: `Cần xem lại chỉ tiêu: hiểu là ${a.vi} hay ${b.vi}?`, en: `Check the target: ${a.en} or ${b.en}?` };
  });
  r.a = f.a;
  return r;
}

/**
 * "tăng thêm 12 trường … có 202 trường" with a plain "195" typed and no baseline: a change reading that only waits for
 * its baseline has not taken the figure, so a reading in another form that judges it (the level) does, as a change
 * typed ("thêm 10") is taken by the change.
 */
/** A level of a rate ("≤ 1,2%"): the reading "giảm tỷ lệ … X%" takes by the house rule. */
function isRateLevel(r: Rule | null | undefined): boolean {
  return !!r && r.kind === "compare" && r.unit?.kind === "percent";
}

function awaitsBaseline(f: Facts): boolean {
  return f.status === "review" && f.rule?.kind === "change" && !!f.notes?.some((n) => n.code === "missing_baseline");
}

// A day or month written in a target phrase: "11 và 12/6", "ngày 26", "tháng 6", "1/2 và 2/2".
const DAY_IN_TEXT = /(?:^|[^\d/.,])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/.,]*\d{3})|(?<!\S)(?:ngày|tháng)\s+\d/u;

// (Named by its word, "ngày 30-8", "tháng 12.2031", "quý II/2031", or written whole, "07/02/2031": not "19/19", "5-6%".)
const DAY_OR_QUARTER = /(?<!\S)(?:ngày|tháng|quý)\s+[\dIV]|\d[/.-]\d{1,2}[/.-]\d{4}/u;

/**
 * "Thời gian thi trong 2 ngày 11 và 12/6" read as a count, and a completion date typed: the phrase names a day the
 * reader did not take as the target, so the date may be what was meant. Not "invalid" on a guess: Cần xác nhận,
 * saying both.
 */
function dateForDay(f: Facts, rule: Rule, actual: CellValue): Facts {
  if (rule.kind === "deadline" || rule.alternative?.kind === "deadline" || typeof actual !== "string" || !rule.text || !DAY_IN_TEXT.test(rule.text)) return f;
  const r = readDeadlineActual(actual, rule.text);
  if (r.kind !== "date" || r.iso.startsWith("--")) return f;
  const a = canonicalOf(rule);
  const g = fail("review", rule, f.reading, () => ({
    vi: `số liệu là một ngày (${actual.trim()}) nhưng chỉ tiêu được hiểu là ${a.vi}; chỉ tiêu có phải là một hạn hay ngày trong câu?`,
    en: `the figure is a date (${actual.trim()}) but the target was read as ${a.en}; is the target a deadline or day in the sentence?`,
  }));
  warn(g, "ambiguous_target", () => ({
    vi: `Cần xem lại chỉ tiêu: hiểu là ${a.vi} hay một ngày trong câu?`,
    en: `Check the target: ${a.en} or a day in the sentence?`,
  }));
  return g;
}

/**
 * A share read off a day or a month written bare, "(30/11 và 1/12)", "3, 4, 5/9", "6/2025": its two numbers name a day
 * of a month (up to 31 / up to 12) or a month of a year (up to 12 / 1900–2099), and it counts no noun. A blank checked
 * on a given day under it is asked about (not due yet, or late?) as under a day named by its word, not "no data".
 */
function calendarShare(rule: Rule): boolean {
  if (rule.kind !== "fraction" || rule.noun) return false;
  const n = rule.numerator;
  const d = rule.denominator;
  return Number.isInteger(n) && Number.isInteger(d) && n >= 1 && ((n <= 31 && d >= 1 && d <= 12) || (n <= 12 && d >= 1900 && d <= 2099));
}

/**
 * "6/2025", "kế hoạch đề ra (12/2017)": a month of a year written bare (calendarShare), alone or closing the sentence
 * in brackets, with no other day, month or quarter named, is that month when the cell holds a completion date, a not-done word or a blank checked on a given
 * day: due by its last day, as "tháng 6/2025". Null where the deadline judges nothing.
 */
function monthDue(rule: Rule, c: JudgeCtx, actual: CellValue): Facts | null {
  // (Standing alone or closing the sentence in brackets: never after a word that bounds it, "từ 6/2025", "trước 6/2025".)
  const a = /(?:^|\()\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)?[\s.]*$/u.exec(rule.text ?? "");
  if (rule.kind !== "fraction" || !calendarShare(rule) || rule.denominator < 1900 || !a || DAY_OR_QUARTER.test(rule.text!)) return null;
  const [m, y] = [+a[1], +a[2]];
  const g = judgeOne({ kind: "deadline", due: isoDay(y, m, lastDay(y, m)), text: rule.text } as Rule, c, actual, null);
  return isVerdict(g.status) ? g : null;
}

/** A whole date typed ("15/8/2022"), not a day without its year. */
function typedDate(raw: string): boolean {
  const r = readDeadlineActual(raw);
  return r.kind === "date" && !r.iso.startsWith("--");
}

// A figure typed as a change ("giảm 5%", "tăng 3 trường", "thêm 2").
const CHANGE_TYPED = /^\s*(?:tăng|giảm|thêm|bớt)\s/iu;

/** The unit kind a rule's threshold is stated in, where it has one ("percent", "count", "measure"). */
const unitKind = (rule: Rule) => (rule as { unit?: { kind?: string } }).unit?.kind;

/**
 * What a figure typed says it answers, and what in a target phrase shows the phrase asks for that too: a rate ("65%")
 * where the phrase holds a rate; a change ("giảm 5%") where it holds a verb of change; a place ("thứ 2") where it
 * holds a rank word; a yes/no or a named grade ("Đạt", "Hoàn thành xuất sắc nhiệm vụ") where it holds its words.
 * Each row: [the figure's kind in words (vi, en), test on the figure, test on the phrase, whether the rule read already
 * asks for that kind — then the figure answers the part read and "invalid" stands (a rate of -5% against "ít nhất
 * 65%"), never "another part of the sentence"].
 */
const OTHER_KINDS: ReadonlyArray<readonly [string, string, (cell: CellReading, raw: string) => boolean, RegExp, (rule: Rule) => boolean]> = [
  // A rate typed for a count or measure, in a phrase stating a rate somewhere.
  ["một tỷ lệ", "a rate", (cell) => cell.kind === "number" && cell.percent, /\d\s*%/u, (r) => unitKind(r) === "percent" || r.kind === "fraction"],
  // A change typed ("giảm 5%", "tăng 3%", "thêm 2 trường") for a level, in a phrase with a verb of change.
  ["một mức thay đổi", "a change", (_, raw) => CHANGE_TYPED.test(raw), /(?<!\S)(?:tăng|giảm|thêm|mới|nâng|cải thiện)(?!\S)/iu, (r) => r.kind === "change"],
  // A place ("thứ 2", "hạng 3", "nhất") typed for a count, in a phrase naming a place.
  ["một thứ hạng", "a place", (cell, raw) => cell.kind === "rank" || /^\s*(?:thứ|hạng|xếp thứ)\s*\d/iu.test(raw), /(?<!\S)(?:top|tốp|thứ|hạng|xếp|dẫn đầu|tốp đầu)(?:\s|$|\d)/iu, (r) => r.kind === "rank"],
  // A completion date ("15/8/2022") for a level or a count, in a phrase placing the target in time ("trong quý III").
  ["một ngày", "a date", (_, raw) => typedDate(raw), /(?<!\S)(?:quý|tháng|ngày|hạn|trước|chậm nhất|muộn nhất)(?!\S)/iu, (r) => r.kind === "deadline"],
  // A yes/no or a named result ("Đạt", "Không đạt", "Hoàn thành xuất sắc nhiệm vụ") in a phrase with such words.
  ["một kết quả bằng lời", "a result in words", (cell, raw) => cell.kind === "boolean" || (cell.kind === "text" && /^\s*\p{L}/u.test(raw) && !/\d/u.test(raw)), /(?<!\S)(?:đạt|hoàn thành|công nhận|danh hiệu|xếp loại)(?!\S)/iu, () => false],
];

/**
 * "giới thiệu 210 ngàn đoàn viên …, trong đó 65% … được kết nạp" read as the count, and "65%" typed: the figure answers
 * a part of the phrase the reader did not take as the target. Not "invalid" on a guess: Cần xác nhận, saying both.
 */
function otherKind(f: Facts, rule: Rule, actual: CellValue): Facts {
  if (f.status === "invalid" && rule.kind === "boolean") return unreadInStatement(f, rule, actual);
  if (f.status !== "invalid" || typeof actual !== "string" || !rule.text || rule.kind === "boolean") return f;
  const cell = readCell(actual);
  const row = OTHER_KINDS.find(([, , isKind, inPhrase, asked]) => isKind(cell, actual) && inPhrase.test(rule.text!) && !asked(rule));
  if (!row) return f;
  const a = canonicalOf(rule);
  const figure = actual.trim();
  const g = fail("review", rule, f.reading, () => ({
    vi: `số liệu là ${row[0]} (${figure}) nhưng chỉ tiêu được hiểu là ${a.vi}; số liệu có phải cho vế khác của câu?`,
    en: `the figure is ${row[1]} (${figure}) but the target was read as ${a.en}; is the figure for another part of the sentence?`,
  }));
  warn(g, "ambiguous_target", () => ({
    vi: `Cần xem lại chỉ tiêu: hiểu là ${a.vi} hay vế khác của câu (${row[0]})?`,
    en: `Check the target: ${a.en} or another part of the sentence (${row[1]})?`,
  }));
  return g;
}


/**
 * "Phấn đấu … trong nhóm có chỉ số CCHC cao nhất nước" read as yes/no, and "thứ 5" typed: the figure answers something
 * the sentence names that the yes/no reading left unread (a place, a grade, a count). Not "invalid" on a guess: Cần
 * xác nhận, saying what was typed and what was read. A statement with nothing unread keeps "invalid".
 * @example unreadInStatement(invalid, rule("… trong nhóm … cao nhất nước"), "thứ 5").status → "review"
 */
function unreadInStatement(f: Facts, rule: Rule, actual: CellValue): Facts {
  const text = rule.kind === "boolean" ? (rule.statement ?? rule.text ?? "") : "";
  if (typeof actual !== "string" || !actual.trim() || !leavesUnread(text)) return f;
  const figure = actual.trim();
  const g = fail("review", rule, f.reading, () => ({
    vi: `số liệu "${figure}" không phải câu trả lời có/không, còn câu chỉ tiêu nêu một mức, hạng hoặc con số chưa đọc được; cần xác nhận số liệu ứng với phần nào`,
    en: `"${figure}" is not a yes/no answer, and the target sentence names a level, place or figure that was not read; confirm what the figure answers`,
  }));
  warn(g, "ambiguous_target", () => ({
    vi: `Cần xem lại chỉ tiêu: hiểu là có/không hay theo mức, hạng, con số nêu trong câu?`,
    en: `Check the target: a yes/no, or the level, place or figure the sentence names?`,
  }));
  return g;
}

/**
 * A rule the reader was not sure of (see core/rule/parse/confidence.ts): the verdict it would give is not given;
 * Cần xác nhận, naming the part of the phrase not understood and the verdict the reading would have given.
 */
function unsureReview(f: Facts, rule: Rule): Facts {
  const u = rule.unsure!;
  const why = DOUBT_TEXT[u.code as keyof typeof DOUBT_TEXT] ?? DOUBT_TEXT.marked;
  // The reading as read, without the printer's "(cần xem lại: …)" marker, which the sentence says in words.
  const a = canonicalOf({ ...rule, unsure: undefined } as Rule);
  const st = STATUS[f.status];
  const r = fail("review", rule, f.reading, () => ({
    vi: `chỉ tiêu hiểu là ${a.vi} (${st.vi.toLowerCase()}) nhưng chưa chắc ở phần "${u.part}": ${why.vi}`,
    en: `the target was read as ${a.en} (${st.en.toLowerCase()}) but "${u.part}" is unclear: ${why.en}`,
  }));
  warn(r, "ambiguous_target", () => ({
    vi: `Cần xem lại chỉ tiêu: chưa hiểu chắc phần "${u.part}" (${why.vi}); ghi rõ chỉ tiêu`,
    en: `Check the target: "${u.part}" is unclear (${why.en}); state the target plainly`,
  }));
  r.a = f.a;
  return r;
}

/**
 * "thi trong 2 ngày 11 và 12/6", "tổ chức vào tháng 6" in the school year 2016-2017: a day the phrase gives no year for
 * was placed by the plan period, and either of its two calendar years may be meant (an admission exam falls in the June
 * before the school year, a final one in the June at its end). When the runner-up slot went to another reading, the
 * other year is not there to compete (see reconcile), so the completion date chooses here as it does there: the day
 * nearer to it is the one meant, and the verdict says so. A year written in the phrase ("20-7-2020") leaves it be.
 */
function nearerYear(f: Facts, reading: Rule | Reading, top: Rule, c: JudgeCtx, actual: CellValue): Facts {
  const period = c.opts.period;
  if (reading.kind !== "deadline" || typeof f.done !== "string" || typeof f.due !== "string" || !period) return f;
  const y0 = Number(period.start.slice(0, 4));
  const y1 = Number(period.end.slice(0, 4));
  if (y1 !== y0 + 1 || yearWritten(top.text || "", y0, y1, [reading.start, reading.due])) return f;
  const swap = (iso: string | undefined) => {
    if (iso === undefined || iso === OPEN_END || iso.startsWith("--")) return iso;
    const y = Number(iso.slice(0, 4));
    return y === y0 ? `${y1}${iso.slice(4)}` : y === y1 ? `${y0}${iso.slice(4)}` : iso;
  };
  const { alternative: _runnerUp, ...own } = reading as Rule & { kind: "deadline" };
  void _runnerUp;
  const other: Extract<Reading, { kind: "deadline" }> = { ...own, text: own.text || top.text, due: swap(reading.due)!, start: swap(reading.start) };
  if (other.due === reading.due && other.start === reading.start) return f;
  if (other.start && other.due !== OPEN_END && other.start > other.due) return f;
  const g = judgeReading(other, readFor(other, actual, c), c, actual);
  if (typeof g.done !== "string" || Math.abs(daysApart(g.due, g.done, g.start)) >= Math.abs(daysApart(f.due, f.done, f.start))) return f;
  g.rule = { ...other, text: reading.text } as Rule;
  return yearNearDone(g);
}

/** Says which of the period's years a day without one was judged in: the one nearer the completion date. */
function yearNearDone(f: Facts): Facts {
  const y = String(f.start && f.due === OPEN_END ? f.start : f.due).slice(0, 4);
  warn(f, "actual_interpreted", () => ({
    vi: `ngày không ghi năm; lấy năm ${y} của kỳ kế hoạch, gần ngày hoàn thành nhất`,
    en: `the day has no year; taking ${y}, the plan period's year nearest the completion date`,
  }));
  return f;
}

/** The phrase writes one of the period's two years itself, outside a span of years ("năm học 2016-2017"). */
function yearWritten(text: string, y0: number, y1: number, days?: Array<string | undefined>): boolean {
  // (A year written only in another day's full date, "ngày 21-8; …; ngày 4-9-2017", leaves this day's year open; the
  // reading's own days count to a day, which a strict "trước 31/7/2024" is due before.)
  const own = (d: string, m: string, y: string) => !days || days.some((x) => Math.abs(Date.UTC(+y, +m - 1, +d) - Date.parse(x!)) <= 864e5);
  const full = /(?<!\d)(\d{1,2})\s*(?:[-/.]|tháng)\s*(\d{1,2})\s*(?:[-/.,]|năm)\s*(\d{4})(?!\d)/gu;
  const bare = text.replace(full, (w, d: string, m: string, y: string) => (own(d, m, y) ? w : " ")).replace(/\d{4}\s*[-–—/]\s*\d{4}/gu, " ");
  return new RegExp(`(?<!\\d)(?:${y0}|${y1})(?!\\d)`, "u").test(bare);
}

/** Two deadlines whose days differ only by their calendar year. */
function sameDayOtherYear(a: Extract<Reading, { kind: "deadline" }>, b: Extract<Reading, { kind: "deadline" }>): boolean {
  const md = (x: string | undefined) => (x === undefined || x === OPEN_END ? x : x.slice(4));
  return md(a.due) === md(b.due) && md(a.start) === md(b.start) && (a.due !== b.due || a.start !== b.start);
}

/** Days from a target day (its start when it has no end) to the completion date. */
function daysApart(due: unknown, done: string, start: unknown): number {
  const day = due === OPEN_END && typeof start === "string" ? start : String(due);
  return (Date.parse(`${done}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
}

const EXTREME = /^\s*(?:(thấp)|cao) nhất:?\s+(?=\d)/iu;

/**
 * Judges a pre-parsed rule against an actual and returns the facts explanations are made from. Never throws.
 * Hosts that judge many cells keep these and call toVerdict() only for what they show.
 * @example judgeFacts(rule("≥ 90%"), "7.910/9.232") → { status: "not_met", need: 399, a: 0.8568…, t: 0.9, … }
 */
export function judgeFacts(rule: Rule, actual: CellValue, opts?: EvaluateOptions): Facts {
  try {
    if (rule === null || typeof rule !== "object") {
      return fail("unreadable", null, null, { vi: "không có chỉ tiêu", en: "no target given" });
    }
    // "thấp nhất 4,5", "cao nhất 38 trẻ": the lowest (highest) of several units' figures, judged as that figure where it
    // tells every unit's side of the bound (the lowest above a floor, the highest below a cap; any side when the target
    // is every one's); asked where the others could lie either side.
    const ext = typeof actual === "string" && rule.kind === "compare" ? EXTREME.exec(actual) : null;
    if (ext) {
      const f = judgeFacts(rule, (actual as string).slice(ext[0].length), opts);
      const { op, intent } = rule as { op: string; intent?: string };
      // (The lowest on a floor's side, or the highest on a cap's: met tells; otherwise a miss tells.)
      const side = op[0] === (ext[1] ? ">" : "<");
      const tells = statusClass(f.status) === "good" ? side : !side || intent === "all";
      return !isVerdict(f.status) || tells ? f : fail("review", rule, f.reading, { vi: "chỉ là mức của một đơn vị", en: "one unit's figure only" });
    }
    const c = ctxOf(opts);
    // ("không sử dụng" typed under the yes/no "Cả nước không sử dụng đồ nhựa …": the cell repeats the ban, so it was kept.)
    const echo = rule.kind === "boolean" ? echoedBan(rule, actual) : null;
    // (A 0 or a bare "Không" under it is "no" to a checkbox, or none of the banned act: the two verdicts differ, so it is
    // asked about.)
    if (rule.kind === "boolean" && (actual === 0 || (typeof actual === "string" && /^\s*(?:0|không)\s*\.?\s*$/iu.test(actual))) && isBan(rule)) {
      const a = String(actual).trim();
      return fail("review", rule, readCell(actual), { vi: `"${a}": "không" cho câu hỏi, hay không có trường hợp nào?`, en: `"${a}": "no" to the question, or no case at all?` });
    }
    const denied = !echo && typeof actual === "string" && (noneFor(rule) !== null || (rule.alternative !== undefined && noneFor(rule.alternative) !== null)) ? deniedVerb(rule, actual) : null;
    // (Most rules are figures judged as they are: the plain path first.)
    const alt = rule.alternative;
    const f = denied === null && rule.kind !== "boolean" ? judgeReading(rule, readFor(rule, actual, c), c, actual) : judgeOne(rule, c, echo ? true : actual, denied);
    if (echo) warn(f, "actual_interpreted", () => ({ vi: `"${echo}": đúng như chỉ tiêu`, en: `"${echo}": as the target says` }));
    // (A reading with a runner-up has no formula, so the completion date may choose a day's year here: core/rule/formula.ts.)
    let out = spanOrLimit(fallOrLeft(alt ? reconcileBoth(f, rule, alt, c, actual, denied) : f, c, actual), rule);
    if (c.opts.baseline !== undefined && isVerdict(out.status)) out = addedOnBase(out, c, actual);
    // A change typed ("tăng 8 nhóm/lớp") beside a change kept as a rival ("tối đa 30 nhóm/lớp, tăng 10 nhóm/lớp so với
    // hiện nay"): the change judges it, as a change runner-up does (reconcileBoth).
    const chRival = rule.kind !== "change" && alt?.kind !== "change" && rule.rivals && changeTyped(rule, actual) ? rule.rivals.find((x) => x.kind === "change") : undefined;
    if (chRival) {
      const g = judgeOne(chRival, c, actual, denied, rule.text);
      if (isVerdict(g.status)) {
        g.rule = { ...chRival, text: rule.text } as Rule;
        out = g;
      }
    }
    // "… 22 - 23 triệu lượt khách …, tổng thu đạt 980.000 - 1.050.000 tỷ đồng" with "1.000.000 tỷ đồng" typed: a figure
    // neither the chosen part nor the runner-up can take is the other parts' (rule.rivals) that can; when those that
    // judge it agree, that is the verdict (they differ: asked below); the figure's unit told the parts apart.
    if ((out.status === "invalid" || IN_OTHER_UNIT.has(out)) && rule.rivals && !badWhateverRead(out.reading)) out = takenByRival(out, rule, c, actual, denied);
    else if (awaitsBaseline(out) && rule.rivals) out = endLevel(out, rule, c, actual, denied);
    // "giảm 2%" typed where the sentence holds a change part: the change judges it, not a level part beside it.
    const typed = (out.rule || rule).kind === "change" && changeTyped(rule, actual);
    // Other parts of a compound target chosen between by position alone (rule.rivals, from the reader): one that can
    // take the figure and judges it otherwise is asked about, naming the part judged and that one.
    if (rule.rivals && isVerdict(out.status)) {
      // (A part measured otherwise takes only figures the chosen part cannot, above; a rate typed, "100%", is the rate
      // part's, not one counting none.)
      const own = measureKey(out.rule || rule);
      const rate = own === "%" && out.reading?.kind === "number" && out.reading.percent;
      // (Counts of other nouns, "700.000 chủ hộ …, ít nhất 400.000 hộ": a bare figure may count either; one naming a
      // part's noun is that part's.)
      const noun = countedNoun(out, rule);
      const names = (key: string | null) => !!noun && !!key && (key === `#${noun}` || noun.startsWith(`${key.slice(1)} `));
      for (const x of rule.rivals) {
        const k = measureKey(x);
        const counts = KIN.has(x) && own?.[0] === "#" && k?.[0] === "#" && (!noun || (names(k) && !names(own)));
        if ((x.kind === "zero" ? rate : own !== null && k !== null && !alike(own, k) && !counts) || (typed && x.kind !== "change")) continue;
        // (A rival day without a year of its own is placed in the period's year nearer the completion date, as the rule's is.)
        const g = nearerYear(judgeOne(x, c, actual, denied, rule.text), x, { ...x, text: undefined } as Rule, c, actual);
        if (counts && noun && !KIN.get(x) && isVerdict(g.status)) return { ...g, rule: { ...x, text: rule.text } as Rule };
        if (isVerdict(g.status) && statusClass(g.status) !== statusClass(out.status)) {
          const { alternative: _a, rivals: _r, ...own } = (out.rule || rule) as Rule;
          return askBoth(out, g, rule, x, own as Rule);
        }
      }
    }
    // A reading the reader doubts judges nothing confidently: a verdict, or an "invalid" that comes from the doubtful
    // reading itself (a figure bad whatever the reading stays invalid), is asked about.
    // (A figure at the very threshold of a non-strict bound whose side was guessed meets it on either side.)
    // (So does a figure within a cap on an extension: within the whole time too, whatever it adds up to.)
    const u = rule.unsure?.code;
    if (u && !(out.status === "met" && (u === "extension" || (u === "direction_guessed" && out.a === out.t))) && (isVerdict(out.status) || (out.status === "invalid" && !badWhateverRead(out.reading)))) return unsureReview(out, rule);
    if (!isVerdict(out.status) && (c.opts.asOf || `${actual ?? ""}`.trim())) {
      const g = monthDue(rule, c, actual);
      if (g) return g;
    }
    // A blank checked on a chosen day (chosenDay: not a check's default today, as eval with no day), beside a day the target names but the reader did not take as its due day
    // ("… vào quý II/2031", "trước ngày 30-8" with no year): not done yet, or late? Asked, not "no data".
    // (Never from a first day on, "Áp dụng từ ngày 1/9", read as such: never late, so a blank is no data: judge/dates.ts.)
    if (out.status === "no_data" && out.reading?.text === "" && chosenDay(c.opts) && (DAY_OR_QUARTER.test(rule.text ?? "") || calendarShare(rule)) && (rule as { due?: string }).due !== OPEN_END) {
      return fail("review", rule, out.reading, () => ({ vi: "ô trống, còn chỉ tiêu nêu một ngày, tháng hay quý: chưa đến hạn hay đã quá hạn?", en: "the cell is blank and the target names a day, month or quarter: not due yet, or overdue?" }));
    }
    return out.status === "invalid" ? otherKind(dateForDay(shareOfBase(out, c, actual), rule, actual), rule, actual) : out;
  } catch (e) {
    return fail("invalid", rule ?? null, null, () => ({
      vi: `lỗi khi đánh giá: ${e instanceof Error ? e.message : String(e)}`,
      en: `error while judging: ${e instanceof Error ? e.message : String(e)}`,
    }));
  }
}

/**
 * "Giảm số vị thành niên có thai ngoài ý muốn: 15% so năm 2020", "được giảm 70% học phí" read as a rate, and a figure
 * typed in its own unit with its baseline ("1.700 người" from "2.000 người"): the rate is how much the figure moved, a
 * share of the baseline, in the direction the phrase says (one of "tăng", "giảm"). A figure and a baseline the change
 * cannot judge stay invalid; so does a band of rates ("tăng thêm 10%-15%"), whose top may be a cap or a reach.
 */
function shareOfBase(f: Facts, c: JudgeCtx, actual: CellValue): Facts {
  const r = f.rule;
  const t = r?.text ?? "";
  const down = /giảm/iu.test(t);
  if (c.opts.baseline === undefined || r?.kind !== "compare" || r.unit.kind !== "percent" || r.op[0] === "<" || down === /tăng/iu.test(t)) return f;
  const g = judgeOne({ kind: "change", direction: down ? "decrease" : "increase", mode: "percent", amount: r.value, unit: { kind: "count" }, perYear: false }, c, actual, null);
  return isVerdict(g.status) ? g : f;
}

/**
 * "có thêm 01 sản phẩm được công nhận" under "Số sản phẩm … được công nhận thêm", a plain "8" typed with a baseline of 8:
 * the figure counts what was added, or the new level the baseline tells the addition of. Where the two judge it
 * otherwise, asked, naming both.
 */
function addedOnBase(f: Facts, c: JudgeCtx, actual: CellValue): Facts {
  const r = f.rule;
  const t = `${r?.text}`;
  if (r?.kind !== "compare" || r.op[0] !== ">" || r.unit.kind !== "count" || !/tăng|thêm|nâng/u.test(t) || changeTyped(r, actual)) return f;
  // ("tăng hơn gấp đôi từ 63 huy chương kỳ trước" with a baseline of 63: the figure read is where the rise starts, not
  // its target.)
  const b = readCell(c.opts.baseline!);
  if (b.kind === "number" && b.value === r.value) return fail("review", r, f.reading, { vi: `${b.text} là số liệu gốc`, en: `${b.text} is the baseline` });
  const ch = { kind: "change", direction: "increase", mode: "absolute", amount: r.value, unit: r.unit } as Reading;
  const g = /thêm/u.test(t) ? judgeOne(ch, c, actual, null) : f;
  return isVerdict(g.status) && statusClass(g.status) !== statusClass(f.status) ? askBoth(f, g, r, ch) : f;
}

/** The rivals that judge a figure the chosen reading could not: the first of them when all agree, else `f`. */
function takenByRival(f: Facts, rule: Rule, c: JudgeCtx, actual: CellValue, denied: string | null): Facts {
  let first: Facts | null = null;
  for (const x of rule.rivals!) {
    if (KIN.has(x) && (KIN.get(x) || !countedNoun(f, rule))) continue;
    const g = judgeOne(x, c, actual, denied, rule.text);
    if (!isVerdict(g.status)) continue;
    if (first && statusClass(g.status) !== statusClass(first.status)) return f;
    if (!first) {
      first = g;
      first.rule = { ...x, text: rule.text } as Rule;
    }
  }
  return first ?? f;
}

/**
 * The figure's noun when the sentence says it only counting a figure ("04 tiết dạy …, 18 tiết dự giờ"): a part set aside
 * (the ignored-numbers gate) naming it may take the figure. Said otherwise too, "Số học sinh …: 1.200 em (năm trước 950
 * học sinh)", "15 triệu lượt khách", it may be the chosen part's subject: asked.
 */
function countedNoun(f: Facts, rule: Rule): string | undefined {
  const n = f.reading?.kind === "number" ? f.reading.noun?.toLowerCase() : undefined;
  return n && (rule.text ?? "").toLowerCase().split(n).slice(0, -1).every((s) => /\d\s*(nghìn |triệu |tỷ )?$/u.test(s)) ? n : undefined;
}

/**
 * "hộ cận nghèo mỗi năm giảm 3% … xuống dưới 20%" with a level typed and no baseline: the change cannot judge it, the
 * level the change brings the rate down to can (the one such part, said).
 */
function endLevel(f: Facts, rule: Rule, c: JudgeCtx, actual: CellValue, denied: string | null): Facts {
  // (Not where a later clause names a subject of its own: "giảm 0,2%/năm; trường vùng khó khăn xuống dưới 2%".)
  const own = (rule.text || "").split(/;|,(?!\d)/u).slice(1).some((t) => /\d/.test(t) && !/^\s*(?:phấn|đến|xuống|còn)/iu.test(t));
  const ends = rule.kind === "change" && rule.direction === "decrease" && !own ? rule.rivals!.filter((x) => x.kind === "compare" && x.intent === "reduce" && alike(measureKey(x)!, measureKey(rule)!)) : [];
  const g = ends.length === 1 ? judgeOne(ends[0], c, actual, denied, rule.text) : f;
  if (!isVerdict(g.status)) return f;
  // (The explanation names the level judged: "Đạt: 19,2%, chỉ tiêu dưới 20%".)
  g.rule = { ...ends[0], text: rule.text } as Rule;
  return g;
}

// (Not where the change may be a case apart's: "…còn 1-1,5%, riêng các huyện nghèo giảm 4%".)
const changeTyped = (rule: Rule, actual: CellValue) => typeof actual === "string" && !!readChange(actual) && !/(?:^|[,;.:]\s*)(?:riêng|đối với|trường hợp|nếu)\s/iu.test(rule.text || "");

/** The runner-up judged too, each reading's day in the year nearer the completion date, and the two reconciled. */
function reconcileBoth(f: Facts, rule: Rule, alt: Reading, c: JudgeCtx, actual: CellValue, denied: string | null): Facts {
  const g = judgeOne(alt, c, actual, denied, rule.text);
  // A change typed ("giảm 2%") is the change reading's, not a level's beside it; not where the change may be a case
  // apart's ("…còn 1-1,5%, riêng các huyện nghèo giảm 4%"), nor past the top of a band of changes (band or floor?).
  const ch = rule.kind === "change";
  if (ch !== (alt.kind === "change") && changeTyped(rule, actual)) {
    const h = ch ? f : g;
    const r = (ch ? rule : alt) as Rule & { amountMax?: number };
    if (isVerdict(h.status) && !(r.amountMax !== undefined && h.status === "exceeded")) {
      h.rule = { ...r, text: rule.text } as Rule;
      return h;
    }
  }
  // "6.5" under "đạt 7,0 điểm trở lên chiếm tỷ lệ 90%": a mark or a rate, asked; the runner-up judges only where the
  // figure read as a rate gets the same verdict (then either reading says it), never in place of the question.
  if (ASKED.has(f)) {
    const h = c.scale === "auto" ? judgeOne(rule, { ...c, scale: "points" }, actual, denied) : f;
    if (!isVerdict(g.status) || statusClass(h.status) !== statusClass(g.status)) return f;
    g.rule = { ...(g.rule ?? alt), text: rule.text } as Rule;
    return g;
  }
  return reconcile(nearerYear(f, rule, rule, c, actual), nearerYear(g, alt, rule, c, actual), rule, alt, c.opts.unit, c.opts.asOf !== undefined);
}

/**
 * Fast path without any text: status, gap, need and ratio for a pre-parsed rule.
 * @example judge({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }, 0.7).status → "exceeded"
 */
export function judge(rule: Rule, actual: CellValue, opts?: EvaluateOptions): Judgement {
  return judgeFacts(rule, actual, opts);
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts with text.

const CANON = new WeakMap<Rule, Bilingual>();

/** Canonical text of a rule in both languages, cached per rule object. */
function canonicalOf(rule: Rule): Bilingual {
  let c = CANON.get(rule);
  if (!c) {
    c = { vi: safeCanonical(rule, "vi"), en: safeCanonical(rule, "en") };
    CANON.set(rule, c);
  }
  return c;
}

function safeCanonical(rule: Rule, lang: Lang): string {
  try {
    return canonical(rule, lang);
  } catch {
    return rule.text ?? rule.kind;
  }
}

/** The parser's options from the judge's: the indicator, its unit and the plan period go with the phrase. */
function parseCached(text: string, opts: EvaluateOptions | undefined): ParseResult {
  if (!opts) return parseTargetCached(text);
  const po: ParseOptions = {};
  if (opts.indicator !== undefined) po.indicator = opts.indicator;
  if (opts.unit !== undefined) po.unit = opts.unit;
  if (opts.period !== undefined) po.period = opts.period;
  return parseTargetCached(text, po);
}

/**
 * Turns facts into the public Verdict, with labels, canonical text and explanations in both languages.
 * @example toVerdict(judgeFacts(rule("≥ 65%"), "70%"), "en").explanation → "Exceeded: 70% > 65% (5 percentage points above)"
 */
export function toVerdict(f: Facts, lang: Lang = "vi"): Verdict {
  const st = STATUS[f.status];
  const canon = f.rule ? canonicalOf(f.rule) : { vi: "", en: "" };
  const warnings = warningsOf(f);
  const explanations = explainedIn(f, lang);
  const gap: Verdict["gap"] = { value: has(f.gap) ? f.gap : null };
  if (f.need === f.need) gap.need = f.noun ? { count: f.need, noun: f.noun } : { count: f.need };
  const v: Verdict = {
    status: f.status,
    label: st[lang],
    labels: { vi: st.vi, en: st.en },
    symbol: st.symbol,
    gap,
    ratio: has(f.ratio) ? f.ratio : null,
    canonical: canon[lang],
    explanation: explanations[lang],
    explanations,
    warnings,
    actualText: actualText(f, lang),
  };
  if (f.rule) v.rule = f.rule;
  return v;
}

/**
 * Both languages' explanations: the verdict's own worded now, the other when first read (a check writes one language;
 * a JSON result, a spread or a copy still finds both, as own enumerable keys in the order vi, en). A list of 14,000
 * figures has about 3,000 distinct verdicts, each worded once.
 */
function explainedIn(f: Facts, lang: Lang): Bilingual {
  let other: string | undefined;
  const later = () => (other ??= explain(f, lang === "vi" ? "en" : "vi"));
  return lang === "vi" ? { vi: explain(f, "vi"), get en() { return later(); } } : { get vi() { return later(); }, en: explain(f, "en") };
}

/** The actual as understood, for display: "63,2%", "7.910/9.232", "mức độ 3" ("chưa có chu kỳ nào" for none), "30/06/2025". */
export function actualText(f: Facts, lang: Lang): string {
  const r = f.reading;
  if (!r || r.kind === "empty") return "";
  const rule = f.rule;
  if (r.kind === "fraction") return `${formatNumber(r.numerator, lang)}/${formatNumber(r.denominator, lang)}`;
  // A date as the explanation words it (dd/mm/yyyy), however the cell held it ("2023-09-15" from a workbook's date cell).
  if (r.kind === "date") return isoToVi(r.iso);
  if (rule && has(f.a) && (r.kind === "number" || r.kind === "level" || r.kind === "rank")) {
    const unit = f.unit ?? ("unit" in rule ? rule.unit : null);
    if (rule.kind === "fraction" && f.den > 0) return `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}`;
    if (rule.kind === "level") return levelActual(rule, f.a, lang);
    if (unit?.kind === "percent" || rule.kind === "fraction") return formatPercent(f.a, lang);
    return formatNumber(f.a, lang);
  }
  return txt(r);
}

/**
 * A figure that is bad whatever the target means: an error cell, a negative number, n/d with n > d or d ≤ 0, a rate
 * above 100%, or words with no figure in them.
 */
function badWhateverRead(r: CellReading | null): boolean {
  if (!r) return true;
  switch (r.kind) {
    case "error":
    case "empty":
      return true;
    case "number":
    case "fraction":
      return implausibleFigure(r);
    // Words with no figure in them ("abc"): nothing any part of the target could take.
    case "text":
      return !/\d/u.test(r.text);
    default:
      return false;
  }
}

// A length of time ("thời lượng", "số giờ", "4 giờ/ngày", "thời gian chờ") and a time of day ("buổi sáng", "lúc", "trễ
// hơn", "giờ kết thúc", a date) named by a target or its indicator: what tells "3 giờ 10" as a duration from a clock
// time (partlyRead). "tối đa" is no evening. A bare "thời gian" names a point as often as a length ("thời gian tổ chức",
// "thời gian hoàn thành"): only the nouns of a span after it count.
const DURATION = /thời lượng|thời gian (?:chờ|xử lý|giải quyết|học|làm việc|lao động|nghỉ|tập|khám|đi lại)|số giờ|kéo dài|giờ ?\/ ?(?:ngày|tuần|tháng|năm|buổi|tiết)/u;
// A grade the phrase writes as a target: "học lực giỏi", "từ trung bình trở lên".
const GRADE_WORDS = [...GRADES.keys()].join("|");
const GRADE_IN = new RegExp(`(?:học lực|hạnh kiểm|loại) (?:${GRADE_WORDS})(?!\\p{L})|(?<!\\p{L})(?:${GRADE_WORDS}) trở lên`, "u");
const TIME_OF_DAY = /sáng|chiều|trưa|đêm|tối(?! ?(?:đa|thiểu))|lúc|trước|trễ|muộn|sớm|đúng|có mặt|vào lớp|mở cửa|đóng cửa|kết thúc|bắt đầu|\d ?\/ ?\d/u;

/**
 * "1,17 triệu đồng … 15kg gạo …" read as the money only, and "15 kg" typed: the target was read only in part
 * (target_partly_read), so a figure the part read cannot judge may answer the part not read. Not "invalid" on a
 * guess: Cần xác nhận, saying what was read and what was typed. A figure bad whatever the reading stays invalid.
 * Pass the parser's warnings for the rule; hosts that judge pre-parsed rules with judgeFacts call this the same way.
 * @example partlyRead(judgeFacts(rule("≥ 1.170.000 đồng"), "15 kg"), [{ code: "target_partly_read", … }]).status → "review"
 */
export function partlyRead(f: Facts, parseWarnings: readonly Warning[], indicator?: string): Facts {
  // (So is a clock figure, "8 giờ 15", judged at all where the target names hours as a window, "từ 7 giờ … không trễ
  // hơn 8 giờ", and was read in part or as one bound: the bound read may be half of it. "3 giờ 10" is also 3 hours 10
  // minutes: where the target or indicator names a length of time and no time of day, it is judged as one.)
  // (The words are read only for a clock figure: this runs on every verdict, and most are not one.)
  const r = f.reading;
  let tod = false, clock = false;
  if (isVerdict(f.status) && r?.kind === "number" && r.noun === "giờ" && CLOCK.test(r.text.toLowerCase())) {
    const w = ` ${f.rule?.text} ${f.rule?.subject} ${indicator} `.toLowerCase();
    tod = TIME_OF_DAY.test(w);
    // A length judged as one only where it falls on the same side of every hour the target names: "16 giờ 30" under "7
    // giờ/ngày; tan học không quá 17 giờ" may answer either, and the two give different verdicts.
    const hours = [...(f.rule?.text ?? "").matchAll(/(\d+(?:[.,]\d+)?) ?(?:giờ|h)(?!\p{L})/gu)].map((m) => Number(m[1].replace(",", ".")));
    const v = r.value;
    const oneSide = hours.every((h) => h < v) || hours.every((h) => h > v);
    clock = tod || !DURATION.test(w) || !oneSide;
  }
  // (So is a measure, "25 phút", judged against none: a zero target counts what happened, and under "không để xảy ra
  // ùn tắc kéo dài trên 30 phút" the figure answers the phrase's own figure, not a count. Not "điểm": it counts places.)
  const measured = f.rule?.kind === "zero" && f.rule.unit.kind === "count" && isVerdict(f.status) && r?.kind === "number" && !r.percent && (unitSize(r.noun)?.dim ?? "score") !== "score" && /\d/u.test((f.rule.text ?? "").replace(/\d+\/\d+(?:\/\d+)?|\b(?:19|20)\d\d\b/gu, ""));
  // (So is a grade, "Khá", typed against a target read as a figure where the phrase writes a grade, "học lực giỏi", "từ
  // trung bình trở lên": it may answer that part, not read — round 36x, compound36.)
  const word = f.status === "invalid" && r?.kind === "text" && f.rule?.kind !== "level" && GRADES.has(r.text.trim().toLowerCase()) && GRADE_IN.test((f.rule?.text ?? "").toLowerCase());
  if ((f.status !== "invalid" && !clock && !measured) || !f.rule || (badWhateverRead(r) && !word)) return f;
  const partly = parseWarnings.some((w) => w.code === "target_partly_read");
  // (So is a figure called invalid where the phrase holds another number than the one read: the reading, not the
  // clerk's cell, may be what is wrong — round 30's gate study found such "invalid" verdicts wrong 4 times in 5. Not a
  // deadline's: a text around a day there is read by the date rules, judge/dates.ts.)
  const others = !clock && f.rule.kind !== "deadline" && (f.rule.text?.match(/\d+(?:[.,]\d+)*/gu)?.length ?? 0) > 1;
  if (!word && !partly && !others && !measured && !(clock && f.rule.kind !== "range" && (f.rule.text?.match(/\d ?(?:giờ|h)(?!\p{L})/gu)?.length ?? 0) > 1)) return f;
  const a = canonicalOf(f.rule);
  const figure = txt(r!).trim();
  const g = fail("review", f.rule, r, () => ({
    vi: word ? `"${figure}" không so được với ${a.vi}; có thể ứng với phần xếp loại của chỉ tiêu: nhập con số theo ${a.vi}, hoặc tách phần xếp loại thành chỉ tiêu riêng` : clock ? `chỉ tiêu nêu ${tod ? "khung giờ" : "nhiều mốc giờ"}, chỉ đọc được ${a.vi}; "${figure}" cần xác nhận theo cả khung` : partly ? `chỉ tiêu chỉ đọc được một phần (${a.vi}); số liệu "${figure}" không so được với phần đã đọc, có thể ứng với phần chưa đọc` : `chỉ tiêu được hiểu là ${a.vi}; số liệu "${figure}" không so được với mức này, có thể ứng với số khác trong chỉ tiêu`,
    en: word ? `"${figure}" does not compare with ${a.en}; it may answer the target's grade: type a figure for ${a.en}, or give the grade a target of its own` : clock ? `the target names ${tod ? "a window of" : "several"} hours and only ${a.en} was read; check "${figure}" against the whole window` : partly ? `only part of the target was read (${a.en}); "${figure}" does not fit the part read and may answer the part not read` : `the target was read as ${a.en}; "${figure}" does not compare with it and may answer another figure in the target`,
  }));
  return g;
}

/**
 * Judges an actual value against a target (a Rule, or target text parsed with parseTarget). Never throws.
 * @example evaluate("ít nhất 65%", "63,2%").explanation → "Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%, thiếu 1,8 điểm %"
 * @example evaluate("ít nhất 65%", 0.7, { lang: "en" }).status → "exceeded"
 */
export function evaluate(target: Rule | string, actual: CellValue, opts?: EvaluateOptions): Verdict {
  const lang: Lang = opts?.lang === "en" ? "en" : "vi";
  try {
    let rule: Rule;
    let parseWarnings: Warning[] = [];
    if (typeof target === "string") {
      const p = parseCached(target, opts);
      // (A refusal that kept a yes/no reading judges a yes/no answer by it: "Đạt" for a bound set by another measure.)
      if (!p.ok && p.error.yesNo && readCell(actual).kind === "boolean") return toVerdict(judgeFacts(p.error.yesNo, actual, opts), lang);
      if (!p.ok) {
        const { message, fragment } = p.error;
        const quote = (m: string) => (fragment && !m.includes(fragment) ? `${m} ("${fragment}")` : m);
        // (The figure as typed is kept: the report's appendix shows what the clerk wrote beside a target it could not read.)
        const f = fail("unreadable", null, readCell(actual), { vi: quote(message.vi), en: quote(message.en) });
        return toVerdict(f, lang);
      }
      rule = p.rule;
      parseWarnings = p.warnings;
    } else {
      rule = target;
    }
    const f = partlyRead(judgeFacts(rule, actual, opts), parseWarnings, opts?.indicator);
    if (parseWarnings.length > 0) f.warnings = [...parseWarnings, ...(f.warnings ?? [])];
    return toVerdict(f, lang);
  } catch (e) {
    const st = STATUS.invalid;
    const msg = e instanceof Error ? e.message : String(e);
    return {
      status: "invalid",
      label: st[lang],
      labels: { vi: st.vi, en: st.en },
      symbol: st.symbol,
      gap: { value: null },
      ratio: null,
      canonical: "",
      explanation: lang === "vi" ? `${st.vi}: lỗi khi đánh giá (${msg})` : `${st.en}: error while judging (${msg})`,
      explanations: { vi: `${st.vi}: lỗi khi đánh giá (${msg})`, en: `${st.en}: error while judging (${msg})` },
      warnings: [],
      actualText: "",
    };
  }
}
