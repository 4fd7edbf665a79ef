// Judging figures for a sheet check: targets parsed once with their unit and period, verdicts shared, and "Cần xác nhận" where two readings differ.
import { isoToVi } from "../number/cell";
import type { Bilingual, CellValue, Lang } from "../types";
import type { Indicator } from "../plan/schema";
import type { Period } from "../period/period";
import type { Rule } from "../rule/schema";
import { type EvaluateOptions, type PercentScale, STATUS, type Verdict, type Warning, restated } from "../rule/verdict";
import { parseTarget } from "../rule/parse";
import { todayIso } from "../rule/evaluate";
import { formatNumber } from "../number/format";
import { type ColumnScale, cellScale, isPercentUnit } from "../table/scale";
import { type CellRef, type SheetData, isEmptyCell } from "./model";
import { Judged } from "./item";
import { FOOTNOTED } from "../table/figure";
import { AWAITING, DECIDED, EVENT_COUNT, GROWS_OVER_PERIOD, NOT_SUMMED, PERIOD_RATE, LEVEL_FIGURE, MEASURED_LATER, LEVEL_TARGET, awaitsDecision, NO_WORDS, PRIZE_FIGURE, PRIZE_LEVELS, PRIZE_TARGET, SETTLED_AT_OPENING, YES_WORDS } from "../table/vocabulary";
import { fold } from "./text";
import type { CheckOptions, Finding, FindingCode } from "./types";
import { type NoteDirection, noteFor } from "../table/notes";

/** Findings of one kind beyond this many are summed up in one last finding, so a broken column cannot flood the list. */
export const MAX_FINDINGS_PER_CODE = 50;

/** Everything one check shares: the sheet, options, parse and verdict caches, findings. */
export interface Ctx {
  sheet: SheetData;
  lang: Lang;
  opts: CheckOptions;
  /** The plan's or the sheet title's period: the year of a day/month without one. */
  period: Period | null;
  rules: Record<string, Rule | null>;
  ruleCache: Map<string, Rule | string>;
  verdictCache: Map<Rule | string, Map<PercentScale, Map<unknown, Judged>>>;
  cached: number;
  parseWarnings: WeakMap<Rule, Warning[]>;
  findings: Finding[];
  findingCounts: Map<FindingCode, number>;
  /** Notes under the table saying which way a target runs ("…: chỉ tiêu kế hoạch là mức tối đa"). */
  notes: NoteDirection[];
  /** What the check decided that the layout does not say (a note turning a target), added to the layout's decisions. */
  decisions: Bilingual[];
}

export function newCtx(sheet: SheetData, opts: CheckOptions, period: Period | null, notes: NoteDirection[] = []): Ctx {
  return {
    notes,
    decisions: [],
    sheet,
    lang: opts.lang ?? "vi",
    opts,
    period,
    rules: {},
    ruleCache: new Map(),
    verdictCache: new Map(),
    cached: 0,
    parseWarnings: new WeakMap(),
    findings: [],
    findingCounts: new Map(),
  };
}

export function addFinding(ctx: Ctx, f: Finding): void {
  addFindingOf(ctx, f.code, () => f);
}

/**
 * `addFinding` for a finding that is costly to word: `make` runs only while findings of `code` are still kept (a long
 * list repeating every indicator in every block counts thousands of duplicates and keeps MAX_FINDINGS_PER_CODE).
 */
export function addFindingOf(ctx: Ctx, code: FindingCode, make: () => Finding): void {
  const n = (ctx.findingCounts.get(code) ?? 0) + 1;
  ctx.findingCounts.set(code, n);
  if (n <= MAX_FINDINGS_PER_CODE) ctx.findings.push(make());
}

export function formatAt(sheet: SheetData, r: number, c: number): string {
  return sheet.formats?.[r]?.[c] ?? "";
}

const BARE_SHARE = /^\s*\d+([.,]\d+)?\s*%\s*$/;

/** Beyond this many distinct (target, name) pairs, unmatched rows' targets are parsed once per text, without the row's name. */
const PARSE_CONTEXT_LIMIT = 2000;

/**
 * Parses a target once per (text, indicator, direction, unit); failures keep the text so the judge reports them.
 * The name and ĐVT help the parser ("tỷ lệ bỏ học 1%" is an upper bound; "12 trường (7,1%)" under "trường" is a
 * count); the period dates a day/month without a year. For very long lists of rows with their own targets the
 * name is dropped after PARSE_CONTEXT_LIMIT distinct pairs, so parsing stays bounded.
 */
export function ruleFor(ctx: Ctx, target: string, ind: Indicator | undefined, name: string, unit?: string): Rule | string {
  const context = ind?.name ?? (ctx.ruleCache.size < PARSE_CONTEXT_LIMIT ? name : "");
  const u = unit ?? ind?.unit ?? "";
  // The plan's direction first; else one a note under the table gives this indicator ("…: mức tối đa").
  const note = ind?.direction ? undefined : noteFor(ctx.notes, ind?.name ?? name);
  const direction = ind?.direction ?? note?.direction;
  const counted = countsNegatedBand(name, target);
  const key = `${note ? "n" : ""}${counted ? "z" : ""}${direction ?? ""}\u0001${context}\u0001${u}\u0001${target}`;
  const hit = ctx.ruleCache.get(key);
  if (hit !== undefined) return hit;
  const opts: { indicator?: string; direction?: "up" | "down" | "band"; unit?: string; period?: Period } = {};
  if (context) opts.indicator = context;
  if (direction) opts.direction = direction;
  if (u) opts.unit = u;
  if (ctx.period) opts.period = ctx.period;
  let res = target === "" ? null : parseTarget(target, opts);
  // A bare "100%" read as a cap passes every share of a whole: no bar a clerk writes, but a name read as
  // less-is-better ("Duy trì sĩ số" holds "sĩ số", a class size). The one bar it can be is reaching it: read without
  // the name. ("Không quá 100% dự toán" says its cap in words and stays one.)
  if (res?.ok && res.rule.kind === "compare" && res.rule.op === "<=" && res.rule.unit.kind === "percent" && res.rule.value >= 1 && BARE_SHARE.test(target)) {
    const { indicator: _name, ...bare } = opts;
    res = parseTarget(target, bare);
  }
  let rule: Rule | string = res && res.ok ? res.rule : target;
  // "Giữ vững", "Tiếp tục giữ vững" alone in a target cell: keep what the row names, a yes/no as "Duy trì" is.
  if (typeof rule === "string" && KEEP.test(fold(target))) rule = { kind: "boolean", statement: target.trim(), text: target.trim() } as Rule;
  // "Không còn xã dưới 6 tiêu chí" over a column counting those communes ("Dưới 6", "Số xã dưới 6 tiêu chí"): the figure
  // is how many are left, so "none left" is the reading, not "every commune at 6 or more".
  if (counted && typeof rule !== "string" && rule.kind === "compare" && rule.intent === "all" && rule.subject) {
    rule = { kind: "zero", unit: { kind: "count", noun: rule.subject }, subject: rule.subject, text: rule.text } as Rule;
  }
  if (res?.ok && note) noteDecided(ctx, note, ind?.name ?? name, target, opts, res);
  if (res && res.ok && res.warnings.length > 0) ctx.parseWarnings.set(res.rule, res.warnings);
  ctx.ruleCache.set(key, rule);
  if (!(target in ctx.rules)) ctx.rules[target] = typeof rule === "string" ? null : rule;
  return rule;
}

/**
 * Whether a column heading counts the things a "none left below …" target names: the heading is the band the target
 * rules out ("Dưới 6" under "Không còn xã dưới 6 tiêu chí") or counts that band ("Số xã dưới 6 tiêu chí").
 * @example countsNegatedBand("Dưới 6", "Không còn xã dưới 6 tiêu chí") → true · countsNegatedBand("Bình quân", "Không còn xã dưới 6 tiêu chí") → false
 */
export function countsNegatedBand(name: string, target: string): boolean {
  const t = /\bkhong (?:con|co|de) (\S+(?: \S+)?) ((?:duoi|it hon|thap hon) \d+(?:[.,]\d+)?)\b/.exec(fold(target));
  if (!t) return false;
  const n = fold(name).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  return n === t[2] || n.endsWith(` ${t[2]}`) || new RegExp(`^(?:so|tong so) ${t[1]} ${t[2]}\\b`).test(n);
}

/**
 * A note under the table that turned how a target reads (a bare "40" a ceiling): said on the verdict and once among
 * the check's decisions, naming the note, so a verdict it decided is never unexplained. A note the target's own words
 * already agree with ("không quá 40") decided nothing and is not said.
 */
function noteDecided(ctx: Ctx, note: NoteDirection, name: string, target: string, opts: { direction?: unknown }, res: { rule: Rule; warnings: Warning[] }): void {
  const { direction: _d, ...own } = opts;
  const plain = parseTarget(target, own as Parameters<typeof parseTarget>[1]);
  if (plain.ok && JSON.stringify(plain.rule) === JSON.stringify(res.rule)) return;
  const row = note.row + 1 + (ctx.sheet.origin?.row ?? 0);
  const down = note.direction === "down";
  const message: Bilingual = {
    vi: `Theo ghi chú dưới bảng (dòng ${row}, "${note.subject}"), chỉ tiêu của "${name}" là mức ${down ? "tối đa: không vượt chỉ tiêu là đạt" : "tối thiểu: từ chỉ tiêu trở lên là đạt"}.`,
    en: `By the note under the table (row ${row}, "${note.subject}"), the target of "${name}" is a ${down ? "ceiling: at or under it is met" : "floor: at or above it is met"}.`,
  };
  res.warnings = [...res.warnings, { code: "direction_from_note", message }];
  if (!ctx.decisions.some((d) => d.vi === message.vi)) ctx.decisions.push(message);
}

/** The judgement with one more thing said on its verdict (a shared judgement is never changed: a copy). */
export function withWarning(j: Judged, w: Warning): Judged {
  const v = j.verdict;
  return Judged.fixed({ ...v, warnings: [...v.warnings, w] });
}

/** "Hoàn thành 11/11 đơn vị ngày 25/10/2017", "Đã hoàn thành 19/20 xã; …": the done word, done/all, their noun, the rest. */
const UNITS_DONE = /^((?:đã\s+)?hoàn thành)\s+(\d{1,4})\s*\/\s*(\d{1,4})\s+((?:đơn vị|xã|phường|thị trấn|trường|huyện|thôn|lớp|cơ sở|ấp|bản|tổ)(?=$|[\s,;.]))(.*)$/iu;

// A heading saying its counts are written as a whole and a part of it ("Chia ra (Tổng số/Nữ)", "TS/Nữ", "Tổng/DT").
const COUNT_AND_PART_HEADING = /(?:^|[\s(])(?:tổng(?: số)?|ts)\s*\/\s*(?:nữ|dân tộc|dt|dtts)(?!\p{L})/iu;
const countAndPartSheets = new WeakMap<SheetData, boolean>();
/**
 * Whether the sheet's top rows (its title and headings) say counts are written "whole/part" ("Tổng số/Nữ"): then
 * "402/214" is 402 pupils, 214 of them girls, never a share; without it n > d stays an invalid share, a slip.
 */
function writesCountAndPart(sheet: SheetData): boolean {
  let known = countAndPartSheets.get(sheet);
  if (known === undefined) {
    known = sheet.values.slice(0, 30).some((row) => (row ?? []).some((v) => typeof v === "string" && v.length < 200 && COUNT_AND_PART_HEADING.test(v)));
    countAndPartSheets.set(sheet, known);
  }
  return known;
}

/** Two whole numbers written "a/b" and nothing else ("402/214", "3/1"). */
const COUNT_AND_PART = /^(\d{1,7})\s*\/\s*(\d{1,7})$/;

const VERDICT_CACHE_LIMIT = 200_000;

/**
 * Judges one figure. Judgements for the same rule object, scale and primitive value are shared (unit
 * matrices and long lists repeat values); their sentences are worded only when a verdict is read.
 */
export function judge(ctx: Ctx, rule: Rule | string, actual: CellValue, scale: PercentScale, name: string, baseline?: CellValue, unit?: string, stated?: boolean): Judged {
  const cacheable = baseline === undefined && !stated && (actual === null || actual === undefined || typeof actual !== "object");
  let byValue: Map<unknown, Judged> | undefined;
  if (cacheable) {
    let byScale = ctx.verdictCache.get(rule);
    if (!byScale) ctx.verdictCache.set(rule, (byScale = new Map()));
    byValue = byScale.get(scale);
    if (!byValue) byScale.set(scale, (byValue = new Map()));
    const hit = byValue.get(actual);
    if (hit) return hit;
  }
  const opts: EvaluateOptions = { lang: ctx.lang, percentScale: scale, indicator: name };
  if (ctx.opts.asOf) opts.asOf = ctx.opts.asOf;
  if (ctx.opts.asOfToday) opts.asOfToday = true;
  if (ctx.opts.tolerance !== undefined) opts.tolerance = ctx.opts.tolerance;
  if (baseline !== undefined && !isEmptyCell(baseline)) opts.baseline = baseline;
  if (unit) opts.unit = unit;
  if (stated) opts.stated = true;
  if (ctx.period) opts.period = ctx.period;
  const warnings = typeof rule === "string" ? [] : (ctx.parseWarnings.get(rule) ?? []);
  const j = new Judged(rule, actual, opts, ctx.lang, warnings);
  if (byValue && ctx.cached < VERDICT_CACHE_LIMIT) {
    byValue.set(actual, j);
    ctx.cached++;
  }
  return j;
}

/** True for rules judged on a percent figure, where the scale of a plain number matters. */
export function isPercentRule(rule: Rule | string): boolean {
  if (typeof rule === "string") return false;
  switch (rule.kind) {
    case "compare":
    case "range":
    case "zero":
    case "reference":
    case "change":
      return rule.unit.kind === "percent";
    case "fraction":
      return true;
    default:
      return false;
  }
}

/** The share a percent rule is about (0,65 for "ít nhất 65%", the middle of a range), or null for other kinds. */
function threshold(rule: Rule | string): number | null {
  if (typeof rule === "string") return null;
  switch (rule.kind) {
    case "compare":
      return rule.unit.kind === "percent" ? rule.value : null;
    case "range":
      return rule.unit.kind === "percent" ? (rule.min + rule.max) / 2 : null;
    case "fraction":
      return rule.denominator > 0 ? rule.numerator / rule.denominator : null;
    default:
      return null;
  }
}

/** A figure to judge with what the sheet says about its scale. */
export interface Figure {
  actual: CellValue;
  cell: CellRef;
  /** Caller-forced scale, a decided scale, or undefined to apply the one percent-scale rule. */
  scale?: PercentScale;
  /** The column's other percent cells. */
  column?: ColumnScale;
  baseline?: CellValue;
  /** The share a count and its total on the same row give, when the row has them. */
  rowShare?: number;
  /** The figure's unit is its column heading's ("Thực hiện (nghìn đồng)"): read in it, never resized. */
  stated?: boolean;
}

/** A target with the other reading of an ambiguous plain number ("0,95%" or "95%"), already parsed. */
export interface Target {
  text: string;
  rule: Rule | string;
  alt?: { text: string; rule: Rule | string; todo?: Bilingual | undefined };
}

export interface Judgement {
  judged: Judged;
  scale: PercentScale;
}

/**
 * Judges a figure against a target on the one percent-scale rule. Where a plain number could be a fraction or
 * points (or the target cell could), both readings are judged, a row's plain target and figure sharing one scale;
 * when the verdicts differ the status is "Cần xác nhận" and the explanation names both, never a confident verdict.
 */
export function judgeFigure(ctx: Ctx, target: Target, fig: Figure, name: string, unit?: string): Judgement {
  const { actual } = fig;
  const prize = typeof actual === "string" ? ladderJudged(ctx, target, actual, name, unit) : null;
  if (prize) return { judged: prize, scale: "auto" };
  // "Chờ Sở kiểm tra": the result awaits another's check, nothing known yet: not yet due before the period ends, asked after.
  // Not when the cell says what decides (DECIDED); the row's own deadline, when set, bounds the wait.
  // So is an answer saying when the figure will be made ("Bình xét cuối năm"): not yet known. And one saying the work
  // done before it waits ("Đã đánh giá ngoài (tháng 4/2022), chờ quyết định công nhận"), where nothing else in it reads.
  const waits = (a: string) => AWAITING.test(fold(a)) || MEASURED_LATER.test(fold(a)) || (!/^\s*\d/.test(a) && awaitsDecision(a) && ["invalid", "unreadable"].includes(judge(ctx, target.rule, a, "auto", name, undefined, unit).status));
  if (typeof actual === "string" && !DECIDED.test(fold(actual)) && waits(actual)) {
    const { rule } = target;
    const v = judge(ctx, rule, actual, "auto", name, undefined, unit).verdict;
    const due = typeof rule !== "string" && rule.kind === "deadline" && /^\d/.test(rule.due) ? rule.due : undefined;
    const end = due && !(ctx.period && ctx.period.end < due) ? due : ctx.period?.end;
    const said = { vi: `${STATUS.review.vi}: "${actual.trim()}", đã quá hạn mà chưa có kết quả; ghi kết quả`, en: `${STATUS.review.en}: "${actual.trim()}", past due with no result; write it` };
    return { judged: Judged.beyondFormula(end && (ctx.opts.asOf ?? todayIso()) <= end ? notYetDue(ctx.lang, v, end, actual.trim()) : restated(ctx.lang, v, "review", said)), scale: "auto" };
  }
  // "Duy trì (công nhận lại năm 2019)" under "Duy trì": an answer opening with the keep word of a keep target says it
  // was kept, a remark after it or not; "Không duy trì", "Chưa giữ vững" open with no and stay as they are.
  if (typeof actual === "string" && typeof target.rule !== "string" && target.rule.kind === "boolean" && KEEP.test(fold(target.text)) && KEPT.test(actual.trim().toLowerCase())) {
    const v = judge(ctx, target.rule, "đạt", "auto", name, undefined, unit).verdict;
    return { judged: Judged.beyondFormula(restated(ctx.lang, v, v.status, { vi: `${STATUS[v.status].vi}: "${actual.trim()}", chỉ tiêu ${target.text}`, en: `${STATUS[v.status].en}: "${actual.trim()}", target ${target.text}` })), scale: "auto" };
  }
  // "Đạt 112% dự toán" under "Hoàn thành kế hoạch": a share of the plan, judged against all of it (100%); a yes/no
  // reading of the share would call it no answer.
  if (typeof actual === "string" && typeof target.rule !== "string" && target.rule.kind === "boolean" && PLAN_DONE.test(fold(target.text))) {
    const share = PLAN_SHARE.exec(actual.trim());
    if (share) return judgeFigure(ctx, { text: `${target.text} (100%)`, rule: ruleFor(ctx, "Hoàn thành 100% kế hoạch", undefined, name, "%") }, { ...fig, actual: `${share[1]}%` }, name, "%");
  }
  // "258 trẻ/08 lớp" against "255 trẻ": two counts of different things, the first of what the target counts; the
  // second (the classes they are in) is no denominator.
  const two = typeof actual === "string" ? TWO_COUNTS.exec(actual.trim()) : null;
  const tr = target.rule;
  if (two && typeof tr !== "string" && tr.kind === "compare" && tr.unit.kind === "count" && tr.unit.noun && fold(tr.unit.noun).split(" ")[0] === fold(two[2]) && fold(two[4]) !== fold(two[2])) {
    return judgeFigure(ctx, target, { ...fig, actual: `${two[1]} ${two[2]}` }, name, unit);
  }
  if (noThenYes(target.rule, actual)) {
    const [no, yes] = [0, 1].map((n) => judge(ctx, target.rule, n, "auto", name, undefined, unit).verdict);
    return { judged: Judged.beyondFormula(reviewVerdict(ctx.lang, no, yes, { vi: "hiểu là chưa", en: "read as no" }, { vi: "là đã đạt", en: "as yes" }, { vi: "ghi rõ kết quả", en: "write the result plainly" })), scale: "auto" };
  }
  // "19" under "Đạt chuẩn": a count is no yes/no answer, nor a slip; it may be the figure of another part (criteria
  // met towards the standard). Asked, never called invalid.
  if (typeof actual === "number" && actual !== 0 && actual !== 1 && typeof target.rule !== "string" && target.rule.kind === "boolean") {
    const v = judge(ctx, target.rule, actual, "auto", name, undefined, unit).verdict;
    const n = formatNumber(actual, "vi", 6);
    return { judged: Judged.beyondFormula(restated(ctx.lang, v, "review", { vi: `${STATUS.review.vi}: số liệu ${n} là một con số, chỉ tiêu "${target.text}" là đạt/chưa đạt; số liệu có phải của phần khác?`, en: `${STATUS.review.en}: the figure ${formatNumber(actual, "en", 6)} is a number, the target "${target.text}" a yes/no; is the figure another part's?` })), scale: "auto" };
  }
  // "Từ 08/5 đến 11/5/2018" against a deadline: a span of days, judged on its first and its last; one verdict when both
  // agree, both said when they differ (begun before the window opens, say).
  const span = typeof actual === "string" && typeof target.rule !== "string" && target.rule.kind === "deadline" ? SPAN.exec(actual.trim()) : null;
  if (span) {
    const year = /\/((?:19|20)\d\d)$/.exec(span[2]);
    const [first, last] = [year && !/\/(?:19|20)\d\d$/.test(span[1]) ? `${span[1]}/${year[1]}` : span[1], span[2]].map((d) => judgeFigure(ctx, target, { ...fig, actual: d }, name, unit));
    // The cell holds two days, which no status formula reads: the verdict is written as a value.
    if (first.judged.status === last.judged.status) return { ...last, judged: Judged.beyondFormula(last.judged.verdict) };
    const read = (d: string) => ({ vi: `tính theo ngày ${d}`, en: `taken on ${d}` });
    return { judged: Judged.beyondFormula(reviewVerdict(ctx.lang, first.judged.verdict, last.judged.verdict, read(span[1]), read(span[2]), { vi: "ghi ngày hoàn thành", en: "write the day it was done" })), scale: "auto" };
  }
  // "8.500 - 9.000" (an estimate given as a band) against a bar: judged on both ends; one verdict when both agree, both
  // said when they differ.
  const band = typeof actual === "string" && typeof target.rule !== "string" && target.rule.kind === "compare" ? FIGURE_BAND.exec(actual.trim()) : null;
  if (band && Number(band[1].replace(/\./g, "").replace(",", ".")) < Number(band[2].replace(/\./g, "").replace(",", "."))) {
    const [low, high] = [band[1], band[2]].map((x) => judgeFigure(ctx, target, { ...fig, actual: `${x}${band[3] ?? ""}` }, name, unit));
    // Both reach the bar (one meets, one passes it): reached, said as the less of the two; both short: short.
    const reached = (j: typeof low) => j.judged.status === "met" || j.judged.status === "exceeded";
    const same = low.judged.status === high.judged.status || (reached(low) && reached(high));
    const less = reached(low) && reached(high) && high.judged.status === "met" ? high : low;
    if (same && low.judged.status !== "invalid") {
      const w: Warning = { code: "actual_interpreted", message: { vi: `"${band[0]}" là một khoảng; cả hai đầu cho cùng kết quả.`, en: `"${band[0]}" is a range; both ends give the same result.` } };
      return { ...less, judged: Judged.beyondFormula({ ...less.judged.verdict, warnings: [...less.judged.verdict.warnings, w] }) };
    }
    const read = (x: string) => ({ vi: `tính theo ${x}`, en: `taken as ${x}` });
    if (low.judged.status !== "invalid" && high.judged.status !== "invalid") return { judged: Judged.beyondFormula(reviewVerdict(ctx.lang, low.judged.verdict, high.judged.verdict, read(band[1]), read(band[2]), { vi: "ghi một số liệu", en: "write one figure" })), scale: "auto" };
  }
  // "119/118" enrolled ("huy động", "vào lớp 1"): children from outside the area count against the area's own, so a
  // share above 100% is a figure, judged as the rate (with its note), not a slip of n and d.
  const over = typeof actual === "string" ? /^(\d+)\/(\d+)$/.exec(actual.trim()) : null;
  if (over && +over[1] > +over[2] && +over[2] > 0 && isPercentRule(target.rule) && SETTLED_AT_OPENING.test(fold(name))) {
    return { judged: Judged.beyondFormula(judge(ctx, target.rule, +over[1] / +over[2], "fraction", name, fig.baseline, unit).verdict), scale: "fraction" };
  }
  // "Hoàn thành 11/11 đơn vị ngày 25/10/2017" against a deadline: a count of the units done over all of them, then
  // the day. All done: the day is judged, as "Hoàn thành ngày 25/10/2017" is. Some not done ("Hoàn thành 19/20 đơn
  // vị"): the step is not finished, short once the deadline has passed and not yet due before it; never a bad figure.
  const unitsDone = typeof actual === "string" ? UNITS_DONE.exec(actual.trim()) : null;
  if (unitsDone && typeof target.rule !== "string" && target.rule.kind === "deadline" && Number(unitsDone[3]) > 0) {
    const [done, all] = [Number(unitsDone[2]), Number(unitsDone[3])];
    const rest = unitsDone[5].replace(/^[\s,;:.-]+/, "");
    if (done === all) {
      const day = judgeFigure(ctx, target, { ...fig, actual: `${unitsDone[1]}${rest ? ` ${rest}` : ""}` }, name, unit);
      // Judged on a text the cell does not hold: written as a value, never a formula reading the whole sentence.
      return { judged: Judged.beyondFormula(day.judged.verdict), scale: day.scale };
    }
    if (done < all) {
      const v = judge(ctx, target.rule, actual, "auto", name, undefined, unit).verdict;
      const due = /^\d{4}-\d\d-\d\d$/.test(target.rule.due) ? target.rule.due : null;
      const part = `${done}/${all} ${unitsDone[4]}`;
      if (due && (ctx.opts.asOf ?? todayIso()) <= due) return { judged: Judged.beyondFormula(notYetDue(ctx.lang, v, due, unitsDone[0])), scale: "auto" };
      if (due) {
        // (Unfinished past its due day is overdue, as a blank or a part-done task in a list is: docs/sheet-reader.md.)
        const said = { vi: `${STATUS.overdue.vi}: mới hoàn thành ${part}, hạn ${isoToVi(due)} đã qua`, en: `${STATUS.overdue.en}: only ${part} done, the deadline ${isoToVi(due)} has passed` };
        return { judged: Judged.beyondFormula(restated(ctx.lang, v, "overdue", said)), scale: "auto" };
      }
    }
  }
  // "1 (TH Điện Biên 2 đã kiểm tra, chờ Quyết định công nhận)": a count whose own bracket says a further case waits on
  // another's decision. Short on the count alone, it is not final: not yet due before the period ends, asked after it
  // (as a remark on the row is in a unit matrix); met on the count alone, it stands.
  const withWait = typeof actual === "string" ? /^(\d{1,6}(?:[.,]\d+)?)\s*\((.{4,200})\)$/su.exec(actual.trim()) : null;
  if (withWait && awaitsDecision(withWait[2])) {
    const bare = judgeFigure(ctx, target, { ...fig, actual: withWait[1] }, name, unit);
    const st = bare.judged.status;
    if (st === "not_met" || st === "near") {
      const v = bare.judged.verdict;
      const end = ctx.period?.end;
      const ahead = end !== undefined && (ctx.opts.asOf ?? todayIso()) <= end;
      const [vi, en] = [v.explanations.vi, v.explanations.en].map((t) => t.replace(/^[^:]*:\s*/, ""));
      const said = ahead
        ? { vi: `${STATUS.pending.vi}: ${vi}; còn chờ quyết định ("${withWait[2].trim()}"), kỳ kết thúc ${isoToVi(end)}`, en: `${STATUS.pending.en}: ${en}; a decision is awaited ("${withWait[2].trim()}"), the period ends on ${isoToVi(end)}` }
        : { vi: `${STATUS.review.vi}: ${vi}; còn chờ quyết định ("${withWait[2].trim()}"); ghi kết quả đã quyết định`, en: `${STATUS.review.en}: ${en}; a decision is still awaited ("${withWait[2].trim()}"); write the decided result` };
      return { judged: Judged.beyondFormula(restated(ctx.lang, v, ahead ? "pending" : "review", said)), scale: bare.scale };
    }
    // The cell's formula would read the whole text (a number and words): the verdict is written as a value.
    return { judged: Judged.beyondFormula(bare.judged.verdict), scale: bare.scale };
  }
  // "402/214" under a share ("100%", "Dưới 1%"): the first number larger than the second is no share of a whole; it is
  // likely a count and a part of it ("tổng số/nữ": 402 pupils, 214 girls), whose share needs the whole it is taken of.
  // Asked, saying what could not be read, never called an invalid figure (the clerk's figure is not wrong).
  const countPart = typeof actual === "string" ? COUNT_AND_PART.exec(actual.trim()) : null;
  if (countPart && Number(countPart[1]) > Number(countPart[2]) && typeof target.rule !== "string" && target.rule.kind !== "fraction" && isPercentRule(target.rule) && writesCountAndPart(ctx.sheet)) {
    const v = judge(ctx, target.rule, actual, "auto", name, undefined, unit).verdict;
    const said = {
      vi: `${STATUS.review.vi}: "${countPart[0]}" không phải một tỷ lệ (số trước lớn hơn số sau); nếu là số lượng và một phần của nó (tổng số/nữ) thì cần tổng số chung để tính tỷ lệ so với chỉ tiêu ${target.text}; ghi tỷ lệ hoặc số trên tổng số`,
      en: `${STATUS.review.en}: "${countPart[0]}" is no share (the first number is larger); if it is a count and a part of it (total/girls), the share against ${target.text} needs the whole it is taken of; write the rate or the count over the whole`,
    };
    return { judged: Judged.beyondFormula(restated(ctx.lang, v, "review", said)), scale: "auto" };
  }
  // "8 (*)", "12*": a figure a footnote qualifies ("(*) 02 xã chờ Quyết định công nhận"). Its number is judged, and a
  // verdict on it is asked about: the note may say another figure counts.
  const foot = typeof actual === "string" ? FOOTNOTED.exec(actual.trim()) : null;
  // "-" where nothing meets the target ("Không có phòng học tạm", "dưới 1%"): a statistical form's dash is "none
  // happened" (0) as often as "no figure"; when the two differ both are said, never one guessed.
  if (typeof actual === "string" && /^[-–—−]$/.test(actual.trim())) {
    const zero = judgeFigure(ctx, target, { ...fig, actual: 0 }, name, unit);
    const none = judge(ctx, target.rule, actual, "auto", name, fig.baseline, unit);
    if ((zero.judged.status === "met" || zero.judged.status === "exceeded") && none.status === "no_data") {
      const read = (vi: string, en: string) => ({ vi, en });
      return { judged: Judged.fixed(reviewVerdict(ctx.lang, zero.judged.verdict, none.verdict, read(`"${actual}" hiểu là không có (0)`, `"${actual}" read as none (0)`), read("là chưa có số liệu", "as no figure yet"), read("ghi 0 nếu không có", "write 0 if there were none"))), scale: zero.scale };
    }
  }
  if (foot) {
    const j = judgeFigure(ctx, target, { ...fig, actual: foot[1] }, name, unit);
    const v = j.judged.status === "review" || !FOOTNOTE_ASKS.has(j.judged.status) ? null : j.judged.verdict;
    if (!v) return j;
    const explanations = {
      vi: `${STATUS.review.vi}: "${actual}" có chú thích; không kể chú thích thì ${v.labels.vi} (${v.explanations.vi.replace(/^[^:]*:\s*/, "")}); đọc chú thích, ghi số được tính`,
      en: `${STATUS.review.en}: "${actual}" has a footnote; without it, ${v.labels.en} (${v.explanations.en.replace(/^[^:]*:\s*/, "")}); read the note, write the figure that counts`,
    };
    return { judged: Judged.fixed(restated(ctx.lang, v, "review", explanations)), scale: j.scale };
  }
  // "Trên 97%", "Hơn 1.200 lượt", "Dưới 2%": a figure known only by a bound. Where every figure past the bound takes
  // one verdict (above a floor that the bound meets, below a cap, above a cap the bound misses) that is the verdict;
  // else asked, saying both, never called an invalid figure.
  const bound = typeof actual === "string" ? BOUNDED.exec(actual.trim().toLowerCase().normalize("NFC")) : null;
  if (bound && typeof actual === "string" && typeof target.rule !== "string" && judge(ctx, target.rule, actual, "auto", name, fig.baseline, unit).status === "invalid") {
    const v = judgeFigure(ctx, target, { ...fig, actual: bound[2] }, name, unit).judged.verdict;
    const op = target.rule.kind === "compare" ? target.rule.op : "=";
    const above = /^(trên|hơn|vượt)$/.test(bound[1]);
    const floor = op === ">=" || op === ">";
    const sure = op !== "=" && (above === floor ? v.status === "met" || v.status === "exceeded" : v.status === "not_met" || v.status === "near");
    if (LEAD_ASKS.has(v.status)) {
      const said = sure
        ? { vi: `${v.labels.vi}: "${actual.trim()}", chỉ tiêu ${target.text}`, en: `${v.labels.en}: "${actual.trim()}", target ${target.text}` }
        : { vi: `${STATUS.review.vi}: "${actual.trim()}" chỉ cho biết một mốc; tính theo "${bound[2]}" thì ${v.labels.vi}, số thật có thể khác; ghi số liệu cụ thể`, en: `${STATUS.review.en}: "${actual.trim()}" gives only a bound; taken as "${bound[2]}" it is ${v.labels.en}, the real figure may differ; write the figure` };
      return { judged: Judged.fixed(restated(ctx.lang, v, sure ? v.status : "review", said)), scale: "auto" };
    }
  }
  // "01 xã (Bình Dương); xã Bình Trị chưa đủ hồ sơ", "9/9 (đạt 100%)", "19/19 TC - 49/49 CT": a figure with more
  // written after it. Its lead is judged and asked about (the rest may change it), never called an invalid figure.
  const lead = typeof actual === "string" ? LEAD.exec(actual.trim()) : null;
  if (lead && judge(ctx, target.rule, actual, "auto", name, fig.baseline, unit).status === "invalid") {
    const v = judgeFigure(ctx, target, { ...fig, actual: lead[1] }, name, unit).judged.verdict;
    const rest = `${lead[2] === "(" ? "(" : ""}${lead[3]}`;
    if (LEAD_ASKS.has(v.status)) return { judged: Judged.fixed(restated(ctx.lang, v, "review", { vi: `${STATUS.review.vi}: tính theo "${lead[1]}" thì ${v.labels.vi} (${v.explanations.vi.replace(/^[^:]*:\s*/, "")}); phần ghi thêm "${rest}" có thể đổi kết quả; ghi số liệu riêng, ghi chú sang cột Ghi chú`, en: `${STATUS.review.en}: taken as "${lead[1]}" it is ${v.labels.en} (${v.explanations.en.replace(/^[^:]*:\s*/, "")}); what follows, "${rest}", may change it; write the figure alone, the remark in the notes` })), scale: "auto" };
  }
  const percent = isPercentRule(target.rule) || (target.alt !== undefined && isPercentRule(target.alt.rule));
  let scale: PercentScale | "either" = fig.scale ?? "auto";
  // A fraction target ("7.910 trẻ/9.232", "28/28 trường") under a count ĐVT reads a whole number as a count of
  // units (the judge's own reading); only a percent figure takes the percent-scale rule.
  const countOfUnits = typeof target.rule !== "string" && target.rule.kind === "fraction" && !isPercentUnit(unit);
  if (!fig.scale && percent && typeof actual === "number" && !countOfUnits) {
    const t = threshold(target.rule);
    scale = cellScale(actual, {
      format: formatAt(ctx.sheet, fig.cell.row, fig.cell.col),
      ...(fig.column ? { column: fig.column } : {}),
      ...(t !== null ? { threshold: t } : {}),
      ...(fig.rowShare !== undefined ? { rowShare: fig.rowShare } : {}),
    });
  }
  if (ctx.opts.percentScale) scale = ctx.opts.percentScale;
  if (scale !== "either" && !target.alt) return { judged: judge(ctx, target.rule, actual, scale, name, fig.baseline, unit, fig.stated), scale };
  // Two readings: points (the ĐVT's own reading, shown first) and fraction.
  const pointsScale: PercentScale = scale === "either" ? "points" : scale;
  const fractionScale: PercentScale = scale === "either" ? "fraction" : scale;
  const a = judge(ctx, target.rule, actual, pointsScale, name, fig.baseline, unit, fig.stated);
  const b = judge(ctx, target.alt?.rule ?? target.rule, actual, fractionScale, name, fig.baseline, unit, fig.stated);
  if (a.status === b.status) return { judged: a, scale: pointsScale };
  const va = a.verdict;
  const vb = b.verdict;
  const figure = typeof actual === "number" ? formatNumber(actual, "vi", 6) : String(actual ?? "");
  const figureEn = typeof actual === "number" ? formatNumber(actual, "en", 6) : String(actual ?? "");
  const readA = scale === "either" ? { vi: `${figure} hiểu là ${figure}%`, en: `${figureEn} read as ${figureEn}%` } : { vi: `chỉ tiêu hiểu là ${target.text}`, en: `the target read as ${target.text}` };
  const pct = typeof actual === "number" ? formatNumber(Number((actual * 100).toPrecision(12)), "vi", 6) : "";
  const pctEn = typeof actual === "number" ? formatNumber(Number((actual * 100).toPrecision(12)), "en", 6) : "";
  const readB = scale === "either" ? { vi: `là ${pct}%`, en: `as ${pctEn}%` } : { vi: `là ${target.alt?.text ?? ""}`, en: `as ${target.alt?.text ?? ""}` };
  return { judged: Judged.fixed(reviewVerdict(ctx.lang, va, vb, readA, readB, target.alt?.todo ?? { vi: "ghi rõ ĐVT hoặc định dạng ô là %", en: "state the unit or format the cell as percent" })), scale: "auto" };
}

// A lead figure or answer ("01 xã", "9/9", "Chưa đạt") and what the clerk wrote after it, from the first bracket,
// semicolon, comma or spaced dash; and the lead's verdicts that are asked about.
const LEAD = /^((?:[^(;,:]|[,:](?=\S)){1,40}?)\s*([(;]|[,:]\s|\s[-–]\s)\s*(.+)$/su;
// A figure written as a bound: above ("Trên 97%", "Hơn 1.200 lượt", "Vượt 100%") or below ("Dưới 2%", "Gần 100%",
// "Chưa đến 50 hộ"), then the number. Lower-case NFC text.
const BOUNDED = /^(trên|hơn|vượt|dưới|gần|chưa đến|chưa tới)\s+(\d[\d.,]*\s*\S*)$/u;
const LEAD_ASKS: ReadonlySet<string> = new Set(["met", "exceeded", "not_met", "near", "pending", "overdue"]);
// A target asking to keep what is held ("Duy trì", "Tiếp tục giữ vững"), folded, and an answer saying it was kept.
const KEEP = /^(?:tiep tuc )?(?:duy tri|giu vung)$/;
const KEPT = /^(?:đã |vẫn |tiếp tục )?(?:duy trì|giữ vững)(?:$|\s*[(,;:-])/u;

// A target asking to complete the plan ("Hoàn thành kế hoạch", "Đạt dự toán"), folded; a figure stating a share of it
// ("Đạt 112% dự toán", "105% KH", "98,5%"), the share in group 1.
const PLAN_DONE = /^(?:hoan thanh|dat)(?: \d+ ?%)? (?:ke hoach|kh|du toan|chi tieu)(?: (?:duoc )?giao)?$/;
const PLAN_SHARE = /^(?:(?:đạt|hoàn thành|bằng)\s+)?(\d+(?:[.,]\d+)?)\s*%(?:\s+\p{L}+){0,4}$/iu;

// "258 trẻ/08 lớp": a count and its noun, then a count of other things after the slash.
const TWO_COUNTS = /^(\d[\d.]*)\s+(\p{L}+)\s*\/\s*(\d[\d.]*)\s+(\p{L}+)$/u;

/** Verdicts a footnote on the figure may overturn. */
const FOOTNOTE_ASKS: ReadonlySet<string> = new Set(["met", "exceeded", "not_met", "near"]);
const YES_START = new Set(YES_WORDS);
const NO_ANSWER = new Set(NO_WORDS);

/**
 * An answer against a target of one ("1 sáng kiến", "01 chuyên đề"): "Đạt", "Đạt cấp trường", "Có", "Hoàn thành" say
 * the one was achieved (1); a no word says it was not (0). Other targets and figures are left as they are.
 * @example answerAsCount(rule("1"), "Đạt cấp trường") → 1 · answerAsCount(rule("20"), "Đạt") → "Đạt"
 */
export function answerAsCount(rule: Rule | string, actual: CellValue): CellValue {
  if (typeof actual !== "string" || typeof rule === "string" || rule.kind !== "compare" || rule.op !== ">=" || rule.unit.kind === "percent") return actual;
  const low = actual.trim().toLowerCase().replace(/\s+/g, " ");
  // "Chưa tổ chức" under "05 GV": the event that would count them was not held, so none is counted yet (0); the
  // checks after it say whether that is short or not yet due.
  if (rule.unit.kind === "count" && NOT_HELD.test(low)) return 0;
  if (rule.value !== 1) return actual;
  if (NO_ANSWER.has(low)) return 0;
  if (YES_START.has(low)) return 1;
  // "Đạt cấp trường", "Hoàn thành tốt": a yes word opening the answer, a qualifier after it.
  const first = /^(đạt|đã đạt|hoàn thành|đã hoàn thành|có|được công nhận|đã được công nhận)(?=\s)/u.exec(low);
  if (first && !/\d/.test(low)) return 1;
  // "Chưa đạt chuẩn mức 2", "Chưa có QĐ công nhận": a no opening the answer, the one not achieved (never "Chưa báo cáo").
  // Not when the cell says yes too (noThenYes): asked in judgeFigure.
  return NO_OPEN.test(low) && !/\d/.test(low) && !noThenYes(rule, actual) ? 0 : actual;
}

const NO_OPEN = /^(chưa|không) (đạt|được công nhận|có (qđ|quyết định))(?=[\s,;(]|$)/u;
// An answer saying the event itself did not take place: "Chưa tổ chức", "Không tổ chức", "Chưa triển khai".
const NOT_HELD = /^(chưa|không) (tổ chức|triển khai|diễn ra)$/u;
/**
 * A no opening an answer to a target of one that the same cell contradicts: "Chưa có QĐ nhưng đã được Sở kiểm tra
 * đạt", "Chưa có quyết định (đã đạt, chờ Sở ký)". Neither 0 nor 1: asked.
 * @example noThenYes(rule("1"), "Chưa có QĐ, đã đạt") → true · noThenYes(rule("1"), "Không đạt do chưa đạt tiêu chí 3") → false
 */
export function noThenYes(rule: Rule | string, actual: CellValue): boolean {
  if (typeof actual !== "string" || typeof rule === "string" || rule.kind !== "compare" || rule.op !== ">=" || rule.value !== 1 || rule.unit.kind === "percent") return false;
  const low = actual.trim().toLowerCase();
  const m = NO_OPEN.exec(low);
  const rest = low.slice(m?.[0].length);
  return !!m && (/\b(nhung|tuy nhien|da (duoc )?(cong nhan|hoan thanh|co))\b|(?<!(chua|khong) )\bdat\b/.test(fold(rest)) || /\([^)]*(?<!(chưa|không) )có\s/u.test(rest));
}

/**
 * A "Cần xác nhận" verdict naming two readings and what each would give.
 * @example reviewVerdict("vi", met, notMet, { vi: "0,3 hiểu là 0,3%" }, { vi: "là 30%" }, { vi: "ghi rõ ĐVT" }).explanation
 *   → "Cần xác nhận: 0,3 hiểu là 0,3% thì Đạt, là 30% thì Chưa đạt; ghi rõ ĐVT."
 */
export function reviewVerdict(lang: Lang, a: Verdict, b: Verdict | null, readA: Bilingual, readB: Bilingual, todo: Bilingual): Verdict {
  const bVi = b ? `thì ${b.labels.vi}` : "thì không có chỉ tiêu để đánh giá";
  const bEn = b ? `it is ${b.labels.en}` : "there is no target to judge against";
  const explanations: Bilingual = {
    vi: `${STATUS.review.vi}: ${readA.vi} thì ${a.labels.vi}, ${readB.vi} ${bVi}; ${todo.vi}.`,
    en: `${STATUS.review.en}: ${readA.en} it is ${a.labels.en}, ${readB.en} ${bEn}; ${todo.en}.`,
  };
  const message: Bilingual = { vi: explanations.vi, en: explanations.en };
  return {
    status: "review",
    label: STATUS.review[lang],
    labels: { vi: STATUS.review.vi, en: STATUS.review.en },
    symbol: STATUS.review.symbol,
    gap: { value: null },
    ratio: null,
    canonical: a.canonical,
    explanation: explanations[lang],
    explanations,
    warnings: [{ code: "ambiguous_target", message }, ...a.warnings],
    actualText: a.actualText,
  };
}

/**
 * A short figure whose target is not yet due, as "Chưa đến hạn": the figure and the day the target falls due.
 * @example notYetDue("vi", notMetVerdict, "2016-08-31").explanation → "Chưa đến hạn: 20 < 22 trường, chỉ tiêu tính đến 31/08/2016"
 */
export function notYetDue(lang: Lang, v: Verdict, due: string, actualText?: string): Verdict {
  const day = isoToVi(due);
  // The judge's sentence after its label ("Chưa đạt: 20 < 22 trường (thiếu 2 trường)") keeps the figures.
  const body = (t: string) => t.replace(/^[^:]*:\s*/, "").replace(/\s*\([^()]*\)\s*$/, "");
  const vi = actualText !== undefined ? `"${actualText}"` : body(v.explanations.vi);
  const en = actualText !== undefined ? `"${actualText}"` : body(v.explanations.en);
  const explanations = {
    vi: `${STATUS.pending.vi}: ${vi}, chỉ tiêu tính đến ${day}`,
    en: `${STATUS.pending.en}: ${en}, the target falls due on ${day}`,
  };
  return restated(lang, v, "pending", explanations);
}

/**
 * A rate short of a target for the whole period, on figures for part of it ("Kết quả học kỳ I" against "Chỉ tiêu năm
 * học"): some clerks judge the term's rate on the year's bar, others wait for the year's. Nothing on the sheet decides,
 * so neither "Chưa đạt" nor "Chưa đến hạn" is said with confidence: "Cần xác nhận" with both. (A count builds up over
 * the period and is plainly not yet due; a figure already at its bar is met either way.)
 * @example partialShort("vi", notMet, "2019-05-31").explanation
 *   → "Cần xác nhận: tính trên số liệu của kỳ này (13,8% < 15%) thì Chưa đạt, chỉ tiêu tính cho cả kỳ đến 31/05/2019 thì Chưa đến hạn; …"
 */
export function partialShort(lang: Lang, v: Verdict, due: string): Verdict {
  const day = isoToVi(due);
  const body = (t: string) => t.replace(/^[^:]*:\s*/, "").replace(/\s*\([^()]*\)\s*$/, "");
  return reviewVerdict(
    lang,
    v,
    notYetDue(lang, v, due),
    { vi: `tính trên số liệu của kỳ này (${body(v.explanations.vi)})`, en: `judged on this part of the period's figure (${body(v.explanations.en)})` },
    { vi: `chỉ tiêu tính cho cả kỳ đến ${day}`, en: `with the target due for the whole period on ${day}` },
    { vi: "ghi rõ chỉ tiêu có áp dụng cho số liệu giữa kỳ không, hoặc kiểm tra lại khi có số liệu cả kỳ", en: "say whether the target applies to mid-period figures, or check again with the full period's figures" },
  );
}

/** A count of events (EVENT_COUNT), not a rate, share, average or figure per a base ("/100.000 dân", "bình quân/tháng"). */
export const isEventCount = (name: string, n = fold(name)): boolean => EVENT_COUNT.test(n) && !NOT_SUMMED.test(n) && !/[/%]/.test(name);

/**
 * A figure for part of the period against the whole period's target, as lists, matrices and level tables read it alike
 * (`name` the figure's own name, `about` the words around it: the table's title, a target sentence):
 * "pending" (not yet due) for a growth rate either way (PERIOD_RATE), a short count, and a figure within a cap on what
 * builds up until the period ends (GROWS_OVER_PERIOD: drop-outs "dưới 0,05%" after term one may still pass it);
 * "final" for a count of events already past its cap (missed for good) and any other figure at its bar;
 * "ask" for a short rate (judged on the part, or not yet due: partialShort).
 */
export function partReading(rule: Rule, status: string, name: string, about = ""): "pending" | "ask" | "final" {
  const n = fold(name);
  const short = status === "not_met" || status === "near";
  if ((short || status === "met" || status === "exceeded") && PERIOD_RATE.test(n)) return "pending";
  const cap = rule.kind === "zero" || (rule.kind === "compare" && (rule.op === "<" || rule.op === "<="));
  // A count of events by the figure's name ("Số vụ …") or by the target's own noun ("Không quá 1 vụ"), whatever the heading.
  const events = isEventCount(name, n) || (rule.kind === "compare" && rule.unit.kind === "count" && /^(vu|ca|truong hop|lan|luot)$/.test(fold(rule.unit.noun ?? "")));
  if (short) return cap && events ? "final" : isCountRule(rule) ? "pending" : "ask";
  return (status === "met" || status === "exceeded") && cap && GROWS_OVER_PERIOD.test(fold(`${name} ${about}`)) ? "pending" : "final";
}

/**
 * No figure yet in a report on part of the period, against a target due at its end: "Chưa đến hạn", not "no data".
 * @example noFigureYet("vi", noDataVerdict, "2019-05-31").explanation → "Chưa đến hạn: chưa có số liệu, chỉ tiêu tính đến 31/05/2019"
 */
export function noFigureYet(lang: Lang, v: Verdict, due: string): Verdict {
  const day = isoToVi(due);
  const explanations = {
    vi: `${STATUS.pending.vi}: chưa có số liệu, chỉ tiêu tính đến ${day}`,
    en: `${STATUS.pending.en}: no figure yet, the target falls due on ${day}`,
  };
  return { ...notYetDue(lang, v, due), explanation: explanations[lang], explanations };
}

/** True for targets on a quantity that builds up over the year (counts, measures), not a rate. */
export function isCountRule(rule: Rule | string): boolean {
  if (typeof rule === "string") return false;
  switch (rule.kind) {
    case "compare":
    case "range":
      return rule.unit.kind !== "percent";
    case "frequency":
      return true;
    default:
      return false;
  }
}

/** "Từ 08/5 đến 11/5/2018", "08/5 - 11/5/2018": a span of days, its first and last. */
// Two figures for one ("8.500 - 9.000", "12 – 13 %"): the low end, the high end, the unit they share.
const FIGURE_BAND = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*[-–]\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(\s*%|\s+\p{L}[\p{L} ]{0,20})?$/u;
const SPAN = /^(?:từ\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}(?:\/\d{4})?)\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(\d{1,2}\/\d{1,2}(?:\/\d{4})?)$/iu;

/** A prize level's rank, 1 for Nhất to 4 for Khuyến khích; a standard's level N as −N (higher better); else null. */
function rank(folded: string, pattern: RegExp): number | null {
  const m = pattern.exec(folded);
  if (!m) return null;
  if (/\d/.test(m[1])) return -Number(m[1]);
  const i = PRIZE_LEVELS.findIndex((p) => p.split("|").includes(m[1]));
  return i < 0 ? null : i + 1;
}

/**
 * A rung of a ladder against a rung to reach: a best prize ("Nhì", "Giải Khuyến khích") against a prize level
 * ("Giải Ba trở lên", "Có giải Nhất"), or a standard's level reached ("Đạt mức 1") against the level registered
 * ("Mức 1", "Duy trì mức 1"). The rung reached is met, a better one exceeded, a lower one not met. Null unless both
 * are rungs of the same ladder.
 * @example ladderJudged(ctx, { text: "Giải Ba trở lên", rule }, "KK", name) → not_met ("Khuyến khích" is below Ba)
 */
function ladderJudged(ctx: Ctx, target: Target, actual: string, name: string, unit?: string): Judged | null {
  const t = fold(target.text.replace(/\s*\(.*\)\s*$/, ""));
  const prize = PRIZE_TARGET.test(t);
  const want = prize ? rank(t, PRIZE_TARGET) : rank(t, LEVEL_TARGET);
  // The figure is folded only under a ladder target: most typed figures ("13/28", "64,9%") meet none.
  const got = want === null ? null : rank(fold(actual), prize ? PRIZE_FIGURE : LEVEL_FIGURE);
  if (want === null || got === null) return null;
  const status = got < want ? "exceeded" : got === want ? "met" : "not_met";
  const base = judge(ctx, target.rule, actual, "auto", name, undefined, unit);
  const relation = { vi: got < want ? "cao hơn" : got === want ? "bằng" : "thấp hơn", en: got < want ? "above" : got === want ? "at" : "below" };
  const ladder = prize ? { vi: "Nhất > Nhì > Ba > Khuyến khích", en: "first > second > third > consolation" } : { vi: "mức 3 > mức 2 > mức 1", en: "level 3 > level 2 > level 1" };
  const explanations = {
    vi: `${STATUS[status].vi}: "${actual.trim()}" ${relation.vi} mức "${target.text}" (${ladder.vi})`,
    en: `${STATUS[status].en}: "${actual.trim()}" is ${relation.en} "${target.text}" (${ladder.en})`,
  };
  return Judged.beyondFormula({ ...restated(ctx.lang, base.verdict, status, explanations), warnings: [] });
}

/**
 * A task whose deadline cell names no day ("Khi có thay đổi", "Trong 15 ngày kể từ ngày được giao dự toán"): nothing
 * to judge its result by. Said as a target that cannot be read, never as "no data" or a verdict on the result.
 * @example undatedDeadline("vi", v, "Khi có thay đổi").explanation → 'Không đọc được chỉ tiêu: thời hạn "Khi có thay đổi" không nêu ngày nào; ghi ngày hoặc tháng phải xong.'
 */
export function undatedDeadline(lang: Lang, v: Verdict, text: string, noYear?: boolean, event?: string, from?: string): Verdict {
  // "Trong 15 ngày kể từ ngày được phê duyệt quyết toán": counted from a day the sheet does not write.
  // "05 ngày làm việc kể từ ngày nhận văn bản" received 28/4: the days off around then are not known.
  const explanations = from
    ? { vi: `${STATUS.unreadable.vi}: thời hạn "${text}" tính theo ngày làm việc từ ${isoToVi(from)}, qua những ngày có thể là ngày nghỉ lễ; ghi ngày phải xong.`, en: `${STATUS.unreadable.en}: the deadline "${text}" counts working days from ${isoToVi(from)} over days that may be holidays; write the day it is due.` }
    : event
    ? { vi: `${STATUS.unreadable.vi}: thời hạn "${text}" tính từ ngày ${event} mà bảng không ghi; ghi ngày đó.`, en: `${STATUS.unreadable.en}: the deadline "${text}" counts from the day of "${event}", which the sheet does not give; write that day.` }
    : noYear
    ? { vi: `${STATUS.unreadable.vi}: thời hạn "${text}" không nói Tết năm nào và bảng không ghi năm học; ghi năm hoặc ngày phải xong.`, en: `${STATUS.unreadable.en}: the deadline "${text}" names no year and the sheet no period; write the year or the day it is due.` }
    : {
        vi: `${STATUS.unreadable.vi}: thời hạn "${text}" không nêu ngày nào; ghi ngày hoặc tháng phải xong.`,
        en: `${STATUS.unreadable.en}: the deadline "${text}" names no day; write the day or month it is due.`,
      };
  return restated(lang, v, "unreadable", explanations);
}

/**
 * A total summed over units some of which have no figure yet: the sum is short by what is missing, so the whole has
 * no figure to judge ("Chưa có số liệu", naming how many units are missing), never "Chưa đạt".
 * @example incompleteTotal("vi", notMetVerdict, 1).explanation → "Chưa có số liệu: dòng tổng còn thiếu số liệu của 1 đơn vị"
 */
export function incompleteTotal(lang: Lang, v: Verdict, missing: number): Verdict {
  const explanations = {
    vi: `${STATUS.no_data.vi}: dòng tổng còn thiếu số liệu của ${missing} đơn vị`,
    en: `${STATUS.no_data.en}: the total lacks ${missing} ${missing === 1 ? "unit's figure" : "units' figures"}`,
  };
  return restated(lang, v, "no_data", explanations);
}
