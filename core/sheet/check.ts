// Checking a whole sheet: every actual judged against its target, matrix roll-ups, shortfalls, summary and data checks.
import type { Bilingual, CellValue, Lang } from "../types";
import { isCellError } from "../types";
import type { Indicator, Plan } from "../plan/schema";
import type { Rule } from "../rule/schema";
import { STATUS_CODES, type EvaluateOptions, type PercentScale, type StatusCode, type Verdict, type Warning } from "../rule/verdict";
import { parseTarget } from "../rule/parse";
import { formatNumber } from "../number/format";
import { isoToVi } from "../number/cell";
import { type CellRef, type SheetData, cellAddress, isEmptyCell } from "./model";
import { applyOverrides, detectLayout } from "./layout";
import { type MatchCandidate, levelOf, matchIndicators } from "./match";
import { unitKey } from "../consolidate/units";
import { cellText, fold } from "./text";
import { Item, Judged } from "./item";
import type {
  CheckOptions,
  CheckResult,
  CheckedItem,
  CheckedSheet,
  Finding,
  FindingCode,
  ListLayout,
  MatchInfo,
  MatrixLayout,
  RollUp,
  Shortfall,
} from "./types";

/** Findings of one kind beyond this many are summed up in one last finding, so a broken column cannot flood the list. */
const MAX_FINDINGS_PER_CODE = 50;

/**
 * Zero counts for every status.
 * @example emptyCounts().not_met → 0
 */
export function emptyCounts(): Record<StatusCode, number> {
  const o = {} as Record<StatusCode, number>;
  for (const s of STATUS_CODES) o[s] = 0;
  return o;
}

/** Statuses that count as short of the target, for shortfall lists. */
export const SHORT: ReadonlySet<StatusCode> = new Set(["not_met", "near", "overdue"]);
const ACHIEVED: ReadonlySet<StatusCode> = new Set(["met", "exceeded"]);

interface Ctx {
  sheet: SheetData;
  lang: Lang;
  opts: CheckOptions;
  rules: Record<string, Rule | null>;
  ruleCache: Map<string, Rule | string>;
  verdictCache: Map<Rule | string, Map<PercentScale, Map<unknown, Judged>>>;
  cached: number;
  parseWarnings: WeakMap<Rule, Warning[]>;
  findings: Finding[];
  findingCounts: Map<FindingCode, number>;
}

function addFinding(ctx: Ctx, f: Finding): void {
  const n = (ctx.findingCounts.get(f.code) ?? 0) + 1;
  ctx.findingCounts.set(f.code, n);
  if (n <= MAX_FINDINGS_PER_CODE) ctx.findings.push(f);
}

function formatAt(sheet: SheetData, r: number, c: number): string {
  return sheet.formats?.[r]?.[c] ?? "";
}

/**
 * Percent scale of a figure: forced by the caller, else "fraction" when the cell's number format shows
 * a percent (the cell holds 0.65 for 65%), else "points" when the header says "(%)" (85.7 means 85.7%),
 * else "auto" (the judge warns when the two readings disagree).
 */
function scaleFor(ctx: Ctx, r: number, c: number, headerPercent: boolean): PercentScale {
  if (ctx.opts.percentScale) return ctx.opts.percentScale;
  if (formatAt(ctx.sheet, r, c).includes("%")) return "fraction";
  if (headerPercent && typeof ctx.sheet.values[r]?.[c] === "number") return "points";
  return "auto";
}

/** A target cell as target text: text as written; numbers with "%" when the format, header or ĐVT says so. */
function targetText(v: CellValue, format: string, percentHint: boolean, unit: string): string {
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number" && Number.isFinite(v)) {
    if (format.includes("%")) return `${formatNumber(Number((v * 100).toPrecision(12)), "vi", 6)}%`;
    if (percentHint || unit.trim() === "%") return `${formatNumber(v, "vi", 6)}%`;
    return unit ? `${formatNumber(v, "vi", 6)} ${unit}` : formatNumber(v, "vi", 6);
  }
  if (v instanceof Date) return `chậm nhất ngày ${isoToVi(v.toISOString().slice(0, 10))}`;
  return "";
}

/** Beyond this many distinct (target, name) pairs, unmatched rows' targets are parsed once per text, without the row's name. */
const PARSE_CONTEXT_LIMIT = 2000;

/**
 * Parses a target once per (text, indicator, direction); failures keep the text so the judge reports them.
 * The name helps the parser with direction ("tỷ lệ bỏ học 1%"); for very long lists of rows with their own
 * targets it is dropped after PARSE_CONTEXT_LIMIT distinct pairs, so parsing stays bounded.
 */
function ruleFor(ctx: Ctx, target: string, ind: Indicator | undefined, name: string): Rule | string {
  const context = ind?.name ?? (ctx.ruleCache.size < PARSE_CONTEXT_LIMIT ? name : "");
  const key = `${ind?.direction ?? ""}\u0001${context}\u0001${target}`;
  const hit = ctx.ruleCache.get(key);
  if (hit !== undefined) return hit;
  const opts: { indicator?: string; direction?: "up" | "down" | "band" } = {};
  if (context) opts.indicator = context;
  if (ind?.direction) opts.direction = ind.direction;
  const res = target === "" ? null : parseTarget(target, opts);
  const rule: Rule | string = res && res.ok ? res.rule : target;
  if (res && res.ok && res.warnings.length > 0) ctx.parseWarnings.set(res.rule, res.warnings);
  ctx.ruleCache.set(key, rule);
  if (!(target in ctx.rules)) ctx.rules[target] = typeof rule === "string" ? null : rule;
  return rule;
}

const VERDICT_CACHE_LIMIT = 200_000;

/**
 * Judges one figure. Judgements for the same rule object, scale and primitive value are shared (unit
 * matrices and long lists repeat values); their sentences are worded only when a verdict is read.
 */
function judge(ctx: Ctx, rule: Rule | string, actual: CellValue, scale: PercentScale, name: string, baseline?: CellValue): Judged {
  const cacheable = baseline === undefined && (actual === null || actual === undefined || typeof actual !== "object");
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
  if (ctx.opts.tolerance !== undefined) opts.tolerance = ctx.opts.tolerance;
  if (baseline !== undefined && !isEmptyCell(baseline)) opts.baseline = baseline;
  const warnings = typeof rule === "string" ? [] : (ctx.parseWarnings.get(rule) ?? []);
  const j = new Judged(rule, actual, opts, ctx.lang, warnings);
  if (byValue && ctx.cached < VERDICT_CACHE_LIMIT) {
    byValue.set(actual, j);
    ctx.cached++;
  }
  return j;
}

function isPercentRule(rule: Rule | string): boolean {
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

const num = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A rate cell as a fraction of the whole (0.857), given its scale. */
function asFraction(v: number, scale: PercentScale): number {
  if (scale === "fraction") return v;
  if (scale === "points") return v / 100;
  return v > 1 ? v / 100 : v;
}

/**
 * Checks a whole sheet against a plan (or against the sheet's own target column when `plan` is null).
 * Detects the layout unless given, ties rows or columns to indicators, judges every figure with the
 * rule engine, rolls unit matrices up ("13/14 phường đạt"), orders shortfalls by relative gap, counts
 * verdicts and runs data checks. Linear in the number of cells; never throws.
 * @example checkSheet(sheet, plan) → { ok: true, items: [...], summary: { total: 12, byStatus: { met: 9, not_met: 3, ... } }, ... }
 */
export function checkSheet(sheet: SheetData, plan: Plan | null, opts: CheckOptions = {}): CheckResult {
  try {
    return checkSheetUnsafe(sheet, plan, opts);
  } catch (e) {
    // A bug must not take the host down with it: say what happened in one line, as every failure does.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      sheet: sheet?.name ?? "",
      error: {
        code: "internal",
        message: { vi: `Lỗi nội bộ khi kiểm tra trang: ${msg}`, en: `Internal error while checking the sheet: ${msg}` },
        expected: [],
      },
    };
  }
}

function checkSheetUnsafe(sheet: SheetData, plan: Plan | null, opts: CheckOptions): CheckResult {
  let layout = opts.layout;
  if (!layout) {
    const detected = detectLayout(sheet);
    if (!detected.ok) return { ok: false, sheet: sheet.name, error: detected.error };
    layout = detected.layout;
  }
  layout = applyOverrides(layout, opts.overrides);
  const ctx: Ctx = {
    sheet,
    lang: opts.lang ?? "vi",
    opts,
    rules: {},
    ruleCache: new Map(),
    verdictCache: new Map(),
    cached: 0,
    parseWarnings: new WeakMap(),
    findings: [],
    findingCounts: new Map(),
  };
  const part = layout.shape === "list" ? checkList(ctx, layout, plan) : checkMatrix(ctx, layout, plan);

  for (const [code, n] of ctx.findingCounts) {
    if (n > MAX_FINDINGS_PER_CODE) {
      const more = n - MAX_FINDINGS_PER_CODE;
      ctx.findings.push({
        code,
        severity: "warning",
        cells: [],
        message: { vi: `... và ${more} trường hợp tương tự khác.`, en: `... and ${more} more of the same kind.` },
      });
    }
  }
  hiddenRowFinding(ctx, part.items);

  const byStatus = emptyCounts();
  for (const it of part.items) byStatus[it.status]++;
  const summary = { total: part.items.length, byStatus, achieved: byStatus.met + byStatus.exceeded };
  const matched = new Set<string>();
  for (const it of part.items) if (it.indicatorId) matched.add(it.indicatorId);
  for (const r of part.rollUps) if (r.indicatorId) matched.add(r.indicatorId);
  const unmatchedIndicators = plan ? plan.indicators.filter((i) => !matched.has(i.id)).map((i) => ({ id: i.id, name: i.name })) : [];

  const result: CheckedSheet = {
    ok: true,
    sheet: sheet.name,
    layout,
    planId: plan?.id ?? null,
    items: part.items,
    rollUps: part.rollUps,
    shortfalls: shortfalls(part.items),
    summary,
    findings: ctx.findings,
    unmatchedRows: part.unmatchedRows,
    unmatchedIndicators,
    rules: ctx.rules,
  };
  return result;
}

interface Part {
  items: Item[];
  rollUps: RollUp[];
  unmatchedRows: { row: number; name: string }[];
}

/**
 * How far short an item is, 0..1: 1 − completion ratio (capped), or 1 when no ratio applies
 * (overdue deadlines, zero-tolerance rules, yes/no).
 * @example relativeGap({ ratio: 0.972 }) → 0.028 · relativeGap({ ratio: null }) → 1
 */
export function relativeGap(v: { ratio: number | null }): number {
  if (v.ratio === null || !Number.isFinite(v.ratio)) return 1;
  return Math.min(1, Math.max(0, 1 - v.ratio));
}

/** "cần thêm 23 trẻ" (or "cần giảm 5 lớp" for an excess) from a countable need. */
function needWords(count: number, noun: string | null | undefined, gap: number | null): Bilingual | undefined {
  if (!(count > 0)) return undefined;
  const n = noun ? ` ${noun}` : "";
  // A positive gap is an excess on a "less is better" rule: the count must come down, not up.
  if (gap !== null && gap > 0) return { vi: `cần giảm ${formatNumber(count, "vi")}${n}`, en: `${formatNumber(count, "en")}${n} fewer needed` };
  return { vi: `cần thêm ${formatNumber(count, "vi")}${n}`, en: `${formatNumber(count, "en")}${n} more needed` };
}

/**
 * "cần thêm 23 trẻ" (or "cần giảm 5 lớp" for an excess) from a verdict's countable need.
 * @example needText(evaluate("7.910 trẻ/9.232", "7.887/9.232")) → { vi: "cần thêm 23 trẻ", en: "23 trẻ more needed" }
 */
export function needText(v: Verdict): Bilingual | undefined {
  const need = v.gap.need;
  return need ? needWords(need.count, need.noun, v.gap.value) : undefined;
}

function shortfalls(items: Item[]): Shortfall[] {
  const out: Shortfall[] = [];
  items.forEach((it, i) => {
    if (!SHORT.has(it.status)) return;
    const j = it.judged;
    const s: Shortfall = { item: i, relativeGap: Math.round(relativeGap(j) * 1e6) / 1e6 };
    const need = needWords(j.need, j.noun, Number.isNaN(j.gap) ? null : j.gap);
    if (need) s.need = need;
    out.push(s);
  });
  // Largest relative gap first; ties keep sheet order so the list is stable.
  out.sort((a, b) => b.relativeGap - a.relativeGap || a.item - b.item);
  return out;
}

function hiddenRowFinding(ctx: Ctx, items: CheckedItem[]): void {
  if (!ctx.sheet.hiddenRows || ctx.sheet.hiddenRows.length === 0) return;
  const hidden = new Set(ctx.sheet.hiddenRows);
  const cells: CellRef[] = [];
  let n = 0;
  for (const it of items) {
    if (!hidden.has(it.row)) continue;
    n++;
    if (cells.length < MAX_FINDINGS_PER_CODE) cells.push(it.cell);
  }
  if (n === 0) return;
  const rows = [...new Set(cells.map((c) => c.row + 1 + (ctx.sheet.origin?.row ?? 0)))].join(", ");
  ctx.findings.push({
    code: "hidden_row",
    severity: "warning",
    cells,
    message: {
      vi: `${n} số liệu nằm trên dòng bị ẩn (dòng ${rows}); vẫn được kiểm tra.`,
      en: `${n} figures are on hidden rows (rows ${rows}); they were still checked.`,
    },
  });
}

// ---------------------------------------------------------------- indicator list

function checkList(ctx: Ctx, layout: ListLayout, plan: Plan | null): Part {
  const { sheet } = ctx;
  const col = layout.columns;
  const pct = new Set(layout.percentHeaders);
  const items: Item[] = [];
  const unmatchedRows: { row: number; name: string }[] = [];
  const indicators = plan?.indicators ?? [];
  const byId = new Map(indicators.map((i) => [i.id, i] as const));

  const candidates: MatchCandidate[] = [];
  let headingLevel: string | undefined;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const name = col.name !== undefined ? cellText(row[col.name]) : "";
    if (name === "") continue;
    const c: MatchCandidate = { key: r, name };
    if (col.id !== undefined && !isEmptyCell(row[col.id])) c.id = cellText(row[col.id]);
    // Rows under "I. GIÁO DỤC MẦM NON" speak of that level even when their own names do not say so.
    const sttText = col.stt !== undefined ? cellText(row[col.stt]) : "";
    if (/^[IVXLA-Z]{1,4}\.?$/.test(sttText) || (col.target !== undefined && isEmptyCell(row[col.target]) && ![col.actual, col.rate].some((k) => k !== undefined && !isEmptyCell(row[k])))) {
      headingLevel = levelOf(name) ?? headingLevel;
    } else if (headingLevel) c.level = headingLevel;
    candidates.push(c);
  }
  const matches: Map<number, MatchInfo> = plan ? matchIndicators(candidates, indicators, ctx.opts.minMatchScore ?? 0.5) : new Map();
  const forced = ctx.opts.overrides?.indicatorIds ?? {};

  let section: string[] = [];
  const seenNames = new Map<string, number>();
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? undefined : row[c]);

  for (const cand of candidates) {
    const r = cand.key;
    const row = sheet.values[r];
    let match: MatchInfo = matches.get(r) ?? { by: "none", score: 0 };
    if (forced[r] && byId.has(forced[r])) match = { indicatorId: forced[r], by: "override", score: 1 };
    const ind = match.indicatorId ? byId.get(match.indicatorId) : undefined;
    const rawTarget = get(row, col.target);
    const unitText = col.unit !== undefined ? cellText(row[col.unit]) : "";
    const sheetTarget = col.target !== undefined ? targetText(rawTarget, formatAt(sheet, r, col.target), pct.has("target"), unitText) : "";
    const valueCols = [col.actual, col.actualNumerator, col.actualDenominator, col.rate];
    const hasValue = valueCols.some((c) => c !== undefined && !isEmptyCell(row[c]));

    if (!ind && sheetTarget === "") {
      // A named row with neither a target nor a figure is a section heading ("I. Giáo dục mầm non").
      if (!hasValue) section = [cand.name];
      else unmatchedRows.push({ row: r, name: cand.name });
      continue;
    }
    if (plan && !ind) unmatchedRows.push({ row: r, name: cand.name });
    const target = sheetTarget !== "" ? sheetTarget : (ind?.target ?? "");
    const targetSource: CheckedItem["targetSource"] = sheetTarget !== "" ? "sheet" : ind ? "plan" : "none";
    const rule = ruleFor(ctx, target, ind, cand.name);
    const percentRule = isPercentRule(rule);

    const actualV = get(row, col.actual);
    const numV = get(row, col.actualNumerator);
    const denV = get(row, col.actualDenominator);
    const rateV = get(row, col.rate);
    const pairOk = col.actualNumerator !== undefined && col.actualDenominator !== undefined && !isEmptyCell(numV) && !isEmptyCell(denV);

    let actual: CellValue = undefined;
    let cell: CellRef = { row: r, col: col.actual ?? col.rate ?? col.actualNumerator ?? col.name! };
    let scale: PercentScale = "auto";
    let denominatorCell: CellRef | undefined;
    // A pair is the source a rate is computed from, and it gives a countable need: it wins over a typed rate.
    const useRate = col.rate !== undefined && !isEmptyCell(rateV) && !pairOk && (percentRule || isEmptyCell(actualV));
    if (useRate) {
      actual = rateV;
      cell = { row: r, col: col.rate! };
      scale = scaleFor(ctx, r, col.rate!, pct.has("rate"));
    } else if (pairOk && (percentRule || isEmptyCell(actualV))) {
      actual = pairActual(numV, denV);
      cell = { row: r, col: col.actualNumerator! };
      denominatorCell = { row: r, col: col.actualDenominator! };
      scale = "fraction";
    } else if (col.actual !== undefined) {
      actual = actualV;
      cell = { row: r, col: col.actual };
      scale = scaleFor(ctx, r, col.actual, pct.has("actual"));
    }
    if (!percentRule && scale === "auto" && unitText === "%" && typeof actual === "number") scale = actual > 1 ? "points" : "auto";

    const baseline = col.baseline !== undefined ? row[col.baseline] : undefined;
    const judged = judge(ctx, rule, actual, scale, ind?.name ?? cand.name, baseline);

    const item = new Item(judged, r, cell, cand.name, ind?.section.length ? ind.section : section, target, targetSource, actual, scale, match);
    if (denominatorCell) item.denominatorCell = denominatorCell;
    if (ind) item.indicatorId = ind.id;
    const note = col.note !== undefined ? cellText(row[col.note]) : "";
    if (note) item.note = note;
    const unit = unitText || ind?.unit;
    if (unit) item.unit = unit;
    items.push(item);

    pairChecks(ctx, r, col.actualNumerator, col.actualDenominator, col.rate, pct.has("rate"), cand.name);
    if (isCellError(actual)) errorFinding(ctx, cell, cand.name, actual.error);
    const key = fold(cand.name);
    const prev = seenNames.get(key);
    if (prev !== undefined) {
      addFinding(ctx, {
        code: "duplicate_indicator",
        severity: "warning",
        cells: [{ row: prev, col: col.name! }, { row: r, col: col.name! }],
        message: {
          vi: `Chỉ tiêu "${cand.name}" xuất hiện hai lần (dòng ${prev + 1 + (sheet.origin?.row ?? 0)} và ${r + 1 + (sheet.origin?.row ?? 0)}).`,
          en: `Indicator "${cand.name}" appears twice (rows ${prev + 1 + (sheet.origin?.row ?? 0)} and ${r + 1 + (sheet.origin?.row ?? 0)}).`,
        },
      });
    } else seenNames.set(key, r);
  }
  if (col.stt !== undefined) partsChecks(ctx, items, col.stt);
  distributionChecks(ctx, items, byId);
  return { items, rollUps: [], unmatchedRows };
}

/** A numerator/denominator pair as the judge reads it: "7910/9232" (a share, with a countable need). */
function pairActual(n: CellValue, d: CellValue): CellValue {
  const a = num(n);
  const b = num(d);
  if (a === null || b === null) return isCellError(n) ? n : isCellError(d) ? d : `${cellText(n)}/${cellText(d)}`;
  return `${a}/${b}`;
}

function errorFinding(ctx: Ctx, cell: CellRef, name: string, code: string): void {
  addFinding(ctx, {
    code: "error_value",
    severity: "warning",
    cells: [cell],
    message: {
      vi: `Ô ${cellAddress(ctx.sheet, cell.row, cell.col)} (${name}) có lỗi ${code}.`,
      en: `Cell ${cellAddress(ctx.sheet, cell.row, cell.col)} (${name}) holds the error ${code}.`,
    },
  });
}

/** Numerator above denominator; a rate column that disagrees with its pair. */
function pairChecks(ctx: Ctx, r: number, nc: number | undefined, dc: number | undefined, rc: number | undefined, ratePct: boolean, name: string): void {
  if (nc === undefined || dc === undefined) return;
  const row = ctx.sheet.values[r];
  const n = num(row?.[nc]);
  const d = num(row?.[dc]);
  if (n === null || d === null) return;
  const at = (c: number) => cellAddress(ctx.sheet, r, c);
  if (n > d) {
    addFinding(ctx, {
      code: "numerator_above_denominator",
      severity: "error",
      cells: [{ row: r, col: nc }, { row: r, col: dc }],
      message: {
        vi: `${name}: tử số ${formatNumber(n)} (ô ${at(nc)}) lớn hơn mẫu số ${formatNumber(d)} (ô ${at(dc)}).`,
        en: `${name}: numerator ${formatNumber(n, "en")} (cell ${at(nc)}) is above the denominator ${formatNumber(d, "en")} (cell ${at(dc)}).`,
      },
    });
    return;
  }
  if (rc === undefined || d === 0) return;
  const rate = num(row?.[rc]);
  if (rate === null) return;
  const share = asFraction(rate, scaleFor(ctx, r, rc, ratePct));
  // Half a percentage point: rates are usually typed rounded to one decimal.
  if (Math.abs(share - n / d) > 0.005) {
    addFinding(ctx, {
      code: "rate_mismatch",
      severity: "warning",
      cells: [{ row: r, col: rc }],
      message: {
        vi: `${name}: tỷ lệ ở ô ${at(rc)} là ${formatNumber(share * 100)}% nhưng ${formatNumber(n)}/${formatNumber(d)} = ${formatNumber((n / d) * 100)}%.`,
        en: `${name}: the rate in cell ${at(rc)} is ${formatNumber(share * 100, "en")}% but ${formatNumber(n, "en")}/${formatNumber(d, "en")} = ${formatNumber((n / d) * 100, "en")}%.`,
      },
    });
  }
}

/** Counts of sub-items ("1.1", "1.2") adding up to more than their parent ("1"), same non-percent ĐVT. */
function partsChecks(ctx: Ctx, items: CheckedItem[], sttCol: number): void {
  const bySttNo = new Map<string, CheckedItem>();
  const children = new Map<string, CheckedItem[]>();
  for (const it of items) {
    const stt = cellText(ctx.sheet.values[it.row]?.[sttCol]).replace(/\.$/, "");
    if (!/^\d+(\.\d+)*$/.test(stt)) continue;
    bySttNo.set(stt, it);
    const dot = stt.lastIndexOf(".");
    if (dot > 0) {
      const p = stt.slice(0, dot);
      const l = children.get(p);
      if (l) l.push(it);
      else children.set(p, [it]);
    }
  }
  for (const [p, kids] of children) {
    const parent = bySttNo.get(p);
    if (!parent || kids.length < 2) continue;
    const pv = num(parent.actual);
    if (pv === null || !parent.unit || parent.unit.includes("%") || parent.percentScale === "fraction") continue;
    let sum = 0;
    let ok = true;
    for (const k of kids) {
      const v = num(k.actual);
      if (v === null || k.unit !== parent.unit) {
        ok = false;
        break;
      }
      sum += v;
    }
    if (!ok || sum <= pv + 1e-9) continue;
    addFinding(ctx, {
      code: "parts_exceed_total",
      severity: "warning",
      cells: [parent.cell, ...kids.map((k) => k.cell)],
      message: {
        vi: `Các mục ${kids.map((k) => cellText(ctx.sheet.values[k.row]?.[sttCol])).join(", ")} cộng lại ${formatNumber(sum)} ${parent.unit}, lớn hơn tổng ${formatNumber(pv)} ở mục ${p} (${parent.name}).`,
        en: `Items ${kids.map((k) => cellText(ctx.sheet.values[k.row]?.[sttCol])).join(", ")} add up to ${formatNumber(sum, "en")} ${parent.unit}, more than the total ${formatNumber(pv, "en")} of item ${p} (${parent.name}).`,
      },
    });
  }
}

/** A figure as a share of the whole, or null when it is not a plain share. */
function shareOf(it: CheckedItem): number | null {
  const v = it.actual;
  if (typeof v === "number") return asFraction(v, it.percentScale);
  if (typeof v === "string") {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(v);
    if (m) return Number(m[1].replace(",", ".")) / 100;
    const f = /^(-?[\d.]+)\/([\d.]+)$/.exec(v);
    if (f && Number(f[2]) > 0) return Number(f[1]) / Number(f[2]);
  }
  return null;
}

/** Categories of one distribution (plan `distribution` key) whose shares do not sum to 100%. */
function distributionChecks(ctx: Ctx, items: CheckedItem[], byId: Map<string, Indicator>, unitName?: string): void {
  const groups = new Map<string, CheckedItem[]>();
  for (const it of items) {
    const key = it.indicatorId ? byId.get(it.indicatorId)?.distribution : undefined;
    if (!key) continue;
    const l = groups.get(key);
    if (l) l.push(it);
    else groups.set(key, [it]);
  }
  for (const [key, its] of groups) {
    const expected = [...byId.values()].filter((i) => i.distribution === key).length;
    if (its.length < 2 || its.length < expected) continue;
    let sum = 0;
    for (const it of its) {
      const s = shareOf(it);
      if (s === null) return;
      sum += s;
    }
    if (Math.abs(sum - 1) <= 0.005) continue;
    const where = unitName ? ` (${unitName})` : "";
    addFinding(ctx, {
      code: "distribution_not_100",
      severity: "error",
      cells: its.map((i) => i.cell),
      message: {
        vi: `Các loại ${its.map((i) => `"${i.name}"`).join(", ")}${where} cộng lại ${formatNumber(sum * 100)}%, không phải 100%.`,
        en: `Categories ${its.map((i) => `"${i.name}"`).join(", ")}${where} add up to ${formatNumber(sum * 100, "en")}%, not 100%.`,
      },
    });
  }
}

// ---------------------------------------------------------------- unit matrix

const BOOLEAN_RULE: Rule = { kind: "boolean" };
/** Shared by every item without a section, so a 1,000,000-cell matrix does not allocate a million empty arrays. */
const NO_SECTION: string[] = [];

/** A yes/no cell for a per-unit yes/no judgement (1/0 count as yes/no). */
function asYesNo(v: CellValue): CellValue {
  if (v === 1) return true;
  if (v === 0) return false;
  return v;
}

function looksYesNo(sheet: SheetData, col: number, first: number, last: number): boolean {
  let seen = 0;
  let yesNo = 0;
  for (let r = first; r <= last && seen < 20; r++) {
    const v = sheet.values[r]?.[col];
    if (isEmptyCell(v)) continue;
    seen++;
    if (typeof v === "boolean") yesNo++;
    else if (typeof v === "string" && /^(x|có|co|không|khong|đạt|dat|chưa đạt|chua dat|✓|✔|rồi|chưa|yes|no)$/i.test(v.trim())) yesNo++;
  }
  return seen > 0 && yesNo === seen;
}

function checkMatrix(ctx: Ctx, layout: MatrixLayout, plan: Plan | null): Part {
  const { sheet } = ctx;
  const items: Item[] = [];
  const rollUps: RollUp[] = [];
  const unmatchedRows: { row: number; name: string }[] = [];
  const indicators = plan?.indicators ?? [];
  const byId = new Map(indicators.map((i) => [i.id, i] as const));
  const forced = ctx.opts.overrides?.indicatorIds ?? {};
  const matches = plan
    ? matchIndicators(
        layout.groups.map((g, i) => {
          const c: { key: number; name: string; id?: string } = { key: i, name: g.header };
          if (g.indicatorId) c.id = g.indicatorId;
          return c;
        }),
        indicators,
        ctx.opts.minMatchScore ?? 0.5,
      )
    : new Map<number, MatchInfo>();

  const unitRows: number[] = [];
  const unitNames: string[] = [];
  const seenUnits = new Map<string, number>();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (r === layout.targetRow || r === layout.totalRow) continue;
    const name = cellText(sheet.values[r]?.[layout.unitColumn]);
    if (name === "") continue;
    unitRows.push(r);
    unitNames.push(name);
    // One key for a unit everywhere (NFC, case, spaces): a name typed with combining accents is the same unit.
    const key = unitKey(name);
    const prev = seenUnits.get(key);
    if (prev !== undefined) {
      addFinding(ctx, {
        code: "duplicate_indicator",
        severity: "warning",
        cells: [{ row: prev, col: layout.unitColumn }, { row: r, col: layout.unitColumn }],
        message: { vi: `Đơn vị "${name}" xuất hiện hai lần.`, en: `Unit "${name}" appears twice.` },
      });
    } else seenUnits.set(key, r);
  }

  const perRow = new Map<number, CheckedItem[]>();
  const distributions = indicators.some((i) => i.distribution);
  layout.groups.forEach((g, gi) => {
    let match: MatchInfo = matches.get(gi) ?? { by: "none", score: 0 };
    if (forced[gi] && byId.has(forced[gi])) match = { indicatorId: forced[gi], by: "override", score: 1 };
    const ind = match.indicatorId ? byId.get(match.indicatorId) : undefined;
    const valueCol = g.col ?? g.rate ?? g.numerator;
    let target = "";
    let targetSource: CheckedItem["targetSource"] = "none";
    if (layout.targetRow !== undefined && valueCol !== undefined) {
      const tc = g.col ?? g.rate ?? g.numerator!;
      target = targetText(sheet.values[layout.targetRow]?.[tc], formatAt(sheet, layout.targetRow, tc), g.percentHeader, ind?.unit ?? "");
      if (target !== "") targetSource = "sheet";
    }
    if (target === "" && ind) {
      target = ind.target;
      targetSource = "plan";
    }
    if (!ind && target === "" && g.target === undefined) {
      unmatchedRows.push({ row: layout.headerRows[0], name: g.header });
      return;
    }
    const rule = ruleFor(ctx, target, ind, g.header);
    const percentRule = isPercentRule(rule);
    // Targets on the count of units ("14/14 phường", "100% trường ...") judge each unit yes/no and the district on the share.
    const overUnits =
      typeof rule !== "string" &&
      g.col !== undefined &&
      looksYesNo(sheet, g.col, layout.firstDataRow, layout.lastDataRow) &&
      (rule.kind === "fraction" || (percentRule && rule.kind !== "zero"));
    const unitRule: Rule | string = overUnits ? BOOLEAN_RULE : rule;
    const byStatus = emptyCounts();
    const shortUnits: string[] = [];
    let met = 0;
    let sumNum = 0;
    let sumDen = 0;
    const name = ind?.name ?? g.header;

    for (let u = 0; u < unitRows.length; u++) {
      const r = unitRows[u];
      const row = sheet.values[r];
      const unitName = unitNames[u];
      let actual: CellValue;
      let cell: CellRef;
      let scale: PercentScale;
      let denominatorCell: CellRef | undefined;
      const pairOk = g.numerator !== undefined && g.denominator !== undefined && !isEmptyCell(row?.[g.numerator]) && !isEmptyCell(row?.[g.denominator]);
      if (g.rate !== undefined && !isEmptyCell(row?.[g.rate]) && (percentRule || g.col === undefined) && !pairOk) {
        actual = row?.[g.rate];
        cell = { row: r, col: g.rate };
        scale = scaleFor(ctx, r, g.rate, g.percentHeader);
      } else if (g.numerator !== undefined && g.denominator !== undefined) {
        actual = pairOk ? pairActual(row?.[g.numerator], row?.[g.denominator]) : undefined;
        cell = { row: r, col: g.numerator };
        denominatorCell = { row: r, col: g.denominator };
        scale = "fraction";
        const n = num(row?.[g.numerator]);
        const d = num(row?.[g.denominator]);
        if (n !== null && d !== null) {
          sumNum += n;
          sumDen += d;
        }
        pairChecks(ctx, r, g.numerator, g.denominator, g.rate, g.percentHeader, `${unitName} – ${name}`);
      } else {
        const c = g.col ?? g.rate!;
        actual = row?.[c];
        cell = { row: r, col: c };
        scale = scaleFor(ctx, r, c, g.percentHeader);
      }
      if (overUnits) actual = asYesNo(actual);
      let unitTarget = target;
      let unitSource = targetSource;
      let ruleHere = unitRule;
      if (g.target !== undefined) {
        const own = targetText(row?.[g.target], formatAt(sheet, r, g.target), g.percentHeader, ind?.unit ?? "");
        if (own !== "") {
          unitTarget = own;
          unitSource = "sheet";
          ruleHere = ruleFor(ctx, own, ind, g.header);
        }
      }
      const judged = judge(ctx, ruleHere, actual, scale, name);
      byStatus[judged.status]++;
      if (ACHIEVED.has(judged.status)) met++;
      else if (SHORT.has(judged.status)) shortUnits.push(unitName);
      if (isCellError(actual)) errorFinding(ctx, cell, `${unitName} – ${name}`, actual.error);
      const item = new Item(judged, r, cell, name, ind?.section ?? NO_SECTION, unitTarget, unitSource, actual, scale, match);
      item.unitName = unitName;
      item.group = gi;
      if (denominatorCell) item.denominatorCell = denominatorCell;
      if (ind) item.indicatorId = ind.id;
      if (ind?.unit) item.unit = ind.unit;
      items.push(item);
      if (distributions) {
        const l = perRow.get(r);
        if (l) l.push(item);
        else perRow.set(r, [item]);
      }
    }

    const units = unitRows.length;
    const noun = layout.unitNoun;
    const nounEn = noun === "phường" ? "wards" : noun === "trường" ? "schools" : "units";
    const roll: RollUp = {
      group: gi,
      name,
      target,
      units,
      met,
      byStatus,
      text: { vi: `${met}/${units} ${noun} đạt`, en: `${met}/${units} ${nounEn} met` },
      shortUnits,
    };
    if (ind) roll.indicatorId = ind.id;
    if (overUnits && typeof rule !== "string") {
      roll.verdict = judge(ctx, rule, rule.kind === "fraction" ? `${met}/${units}` : units > 0 ? met / units : null, "fraction", name).verdict;
    } else if (percentRule && sumDen > 0) {
      // District figure of a rate indicator: total numerator over total denominator, not the mean of the units' rates.
      roll.verdict = judge(ctx, rule, `${sumNum}/${sumDen}`, "fraction", name).verdict;
    }
    rollUps.push(roll);
    if (layout.totalRow !== undefined) totalChecks(ctx, layout, g.col !== undefined && !g.percentHeader && !percentRule ? [g.col] : [g.numerator, g.denominator], unitRows, name);
  });

  for (const [r, its] of perRow) {
    distributionChecks(ctx, its, byId, cellText(sheet.values[r]?.[layout.unitColumn]));
  }
  return { items, rollUps, unmatchedRows };
}

/** A total row whose figures differ from the sum of the units' figures. */
function totalChecks(ctx: Ctx, layout: MatrixLayout, cols: (number | undefined)[], unitRows: number[], name: string): void {
  const tr = layout.totalRow!;
  for (const c of cols) {
    if (c === undefined) continue;
    if (formatAt(ctx.sheet, tr, c).includes("%")) continue;
    const total = num(ctx.sheet.values[tr]?.[c]);
    if (total === null) continue;
    let sum = 0;
    for (const r of unitRows) sum += num(ctx.sheet.values[r]?.[c]) ?? 0;
    if (Math.abs(sum - total) <= 1e-6 * Math.max(1, Math.abs(total))) continue;
    const at = cellAddress(ctx.sheet, tr, c);
    addFinding(ctx, {
      code: "parts_not_summing",
      severity: "warning",
      cells: [{ row: tr, col: c }],
      message: {
        vi: `${name}: dòng tổng (ô ${at}) ghi ${formatNumber(total)} nhưng các đơn vị cộng lại ${formatNumber(sum)}.`,
        en: `${name}: the total row (cell ${at}) says ${formatNumber(total, "en")} but the units add up to ${formatNumber(sum, "en")}.`,
      },
    });
  }
}
