// Checking a whole sheet: the table chosen by evidence, every figure judged, roll-ups, shortfalls, data checks, and what was not judged.
import type { Rule } from "../rule/schema";
import type { Bilingual } from "../types";
import { isCellError } from "../types";
import type { Plan } from "../plan/schema";
import type { Verdict } from "../rule/verdict";
import { type Period, periodFromText } from "../period/period";
import { formatNumber } from "../number/format";
import { type SheetData, columnLetters, columnSpan, isEmptyCell, sheetWidth } from "./model";
import { cellText, fold, notApplicableCell } from "./text";
import { titledTargets } from "./siblings";
import { formulaRefs } from "./a1";
import { applyOverrides, detectLayout, detectLayouts } from "./layout";
import type { Item } from "./item";
import { MAX_FINDINGS_PER_CODE, newCtx } from "./judge";
import { checkList } from "./list";
import { yearPairs } from "./years";
import { noteDirections } from "../table/notes";
import { PLACE_DATE_LINE, PLACE_DATE_START, WHOLE_SCOPE } from "../table/vocabulary";
import { readHeader } from "../table/header";
import { todayIso } from "../rule/evaluate";
import { EVERY_WORDS } from "../rule/parse/lexicon";

import { checkMatrix } from "./matrix";
import { allPassItems } from "./allpass";
import { acrossRollUps, unitVerdict } from "./across";
import { coverageOf, outsideBlocks, weightOf } from "./coverage";
import { SHORT, emptyCounts } from "./counts";
import type { CheckOptions, CheckResult, CheckedSheet, Layout, ListLayout, Shortfall } from "./types";

export { SHORT, emptyCounts };

/** A target for each year in the lexicon's words ("Hằng năm …", "100% mỗi năm"; lower case, not folded: "mới năm" is no "mỗi năm"). */
const EVERY_YEAR = new RegExp(`(?:^|[^\\p{L}])(?:${EVERY_WORDS}) năm(?![\\p{L}])`, "u");

/** Sheets above this many cells are checked on their strongest header only, so choosing stays linear. */
const CHOOSE_CELL_LIMIT = 200_000;
/** At most this many candidate tables of one sheet are checked to choose between them. */
const MAX_CANDIDATES = 6;

/**
 * Checks a whole sheet against a plan (or against the sheet's own target column when `plan` is null).
 * Finds every candidate table (unless a layout is given) and keeps the one that judges the most rows, ties each
 * row or column to a plan indicator, judges every figure with the rule engine (the unit and the plan's or the
 * sheet title's period passed to the parser), rolls unit matrices up ("13/14 phường đạt"), orders shortfalls by
 * relative gap, counts verdicts, runs data checks, and says what it did not judge and why (`coverage`).
 * Linear in the number of cells; never throws.
 * @example checkSheet(sheet, plan) → { ok: true, items: [...], summary: { total: 12, ... }, coverage: { judged: 12, notJudged: [], complete: true, ... } }
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

function checkSheetUnsafe(input: SheetData, plan: Plan | null, opts: CheckOptions): CheckResult {
  // A formula over cells nobody filled in shows 0 (or "", an error): no figure. It is read as blank, and its item's
  // status cell holds a fixed label (a live formula on the cell would read the 0).
  const blanked = blankFormulas(input);
  const sheet = blanked.size > 0 ? { ...input, values: input.values.map((row, r) => (row ?? []).map((v, c) => (blanked.has(key(r, c)) ? null : v))) } : input;
  const result = checkSheetRead(sheet, plan, opts);
  if (result.ok && blanked.size > 0) {
    for (const it of result.items) if (blanked.has(key(it.cell.row, it.cell.col))) it.noFormula = true;
  }
  return result;
}

const key = (r: number, c: number) => r * 16384 + c;
/** Cells a formula may read before it is not worth looking through (a SUM over a whole column). */
const MAX_REFERENCED = 400;

/**
 * Formula cells showing 0, "" or an error whose every referenced cell on the same sheet is blank (or such a formula
 * itself): "=D20+F20" before anyone typed D20 or F20. References to other sheets, names or whole columns keep the
 * cell as it is. Keys are `key(row, col)` in `values` coordinates.
 * @example blankFormulas({ name: "S", values: [[null, null, 0]], formulas: [[undefined, undefined, "=A1+B1"]] }) → Set { 2 }
 */
export function blankFormulas(sheet: SheetData): Set<number> {
  const out = new Set<number>();
  const f = sheet.formulas;
  if (!f) return out;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const cands: Array<{ r: number; c: number; refs: Array<[number, number]>; guards: Array<[number, number]> }> = [];
  for (let r = 0; r < f.length; r++) {
    for (let c = 0; c < (f[r]?.length ?? 0); c++) {
      const text = f[r]?.[c];
      if (!text) continue;
      const v = sheet.values[r]?.[c];
      const shows = v === 0 || v === "" || v === null || v === undefined || isCellError(v);
      if (!shows || /!|\b[A-Z]{1,3}:[A-Z]{1,3}\b|\d+:\d+/.test(text)) continue;
      const refs = referencedCells(text, origin);
      // 'IF(L20="","",…)', 'ISBLANK(L20)': the clerk's own formula says it is blank when that cell is.
      const guards: Array<[number, number]> = [];
      for (const m of text.matchAll(/ISBLANK\(\s*(\$?[A-Z]{1,3}\$?\d+)\s*\)|(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}\$?\d+)\s*=\s*""/g)) guards.push(...(referencedCells(m[1] ?? m[2], origin) ?? []));
      if (refs && refs.length > 0) cands.push({ r, c, refs, guards });
    }
  }
  // A formula over such formulas ("=IF(L20=0,…)" over "=D20+F20") is blank too: a few passes reach a fixed point.
  for (let pass = 0; pass < 4; pass++) {
    let added = false;
    for (const x of cands) {
      if (out.has(key(x.r, x.c))) continue;
      const blank = ([rr, cc]: [number, number]) => out.has(key(rr, cc)) || (isEmptyCell(sheet.values[rr]?.[cc]) && !sheet.formulas?.[rr]?.[cc]);
      if (x.refs.every(blank) || x.guards.some(([rr, cc]) => out.has(key(rr, cc)))) {
        out.add(key(x.r, x.c));
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

/** The cells a formula reads ("=D20+F20", "=SUM(D20:K20)"), in `values` coordinates; null past MAX_REFERENCED. */
function referencedCells(text: string, origin: { row: number; col: number }): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  for (const { r1, c1, r2, c2 } of formulaRefs(text, origin)) {
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        out.push([r, c]);
        if (out.length > MAX_REFERENCED) return null;
      }
    }
  }
  return out;
}


function checkSheetRead(sheet: SheetData, plan: Plan | null, opts: CheckOptions): CheckResult {
  // The period first: it dates the month headings detection chooses between.
  const period = periodOf(sheet, plan, opts);
  let layouts: Layout[];
  if (opts.layout) layouts = [opts.layout];
  else {
    layouts = detectLayouts(sheet, { ...(opts.asOf ? { asOf: opts.asOf } : {}), period });
    if (layouts.length === 0 && opts.overrides?.columns) layouts = [mappedLayout(sheet, opts)];
    if (layouts.length === 0) {
      const d = detectLayout(sheet);
      return { ok: false, sheet: sheet.name, error: d.ok ? { code: "no_data", message: { vi: "Không có bảng.", en: "No table." }, expected: [] } : d.error };
    }
    if (sheet.values.length * sheetWidth(sheet) > CHOOSE_CELL_LIMIT) layouts = layouts.slice(0, 1);
    else layouts = layouts.slice(0, MAX_CANDIDATES);
  }
  let results = layouts.map((l) => checkLayout(sheet, plan, opts, l, period));
  // No plan, no target read on this sheet, and another sheet of the workbook lists the targets by name ("Chỉ tiêu NH
  // 2022-2023": TT | Nội dung | Chỉ tiêu): that list is the plan, matched by name as a plan is, and said so.
  // A sheet whose own target sentence was set aside takes no other sheet's list in its place.
  if (!plan && !opts.layout && opts.siblings?.length && results.every((r) => weightOf(r.coverage) === 0)) {
    const listed = siblingPlan(sheet, opts.siblings, opts, period);
    if (listed && "refused" in listed) {
      const names = listed.refused.map((n) => `"${n}"`).join(", ");
      for (const r of results) r.layout.decisions = [...(r.layout.decisions ?? []), { vi: `Trang không có cột chỉ tiêu; các trang ${names} đều ghi chỉ tiêu, không rõ trang nào của kỳ này nên không lấy: ghi năm học vào tên hoặc tiêu đề trang.`, en: `The sheet has no target column; sheets ${names} all list targets and nothing tells which is this period's, so none is taken: write the school year in the sheet's name or title.` }];
    } else if (listed) {
      const again = layouts.map((l) => checkLayout(sheet, listed.plan, opts, l, period));
      if (again.some((r) => r.coverage.judged > 0)) {
        results = again;
        for (const r of results) {
          r.layout.targetsFrom = listed.from;
          r.layout.decisions = [...(r.layout.decisions ?? []), {
            vi: `Trang không có cột chỉ tiêu; lấy chỉ tiêu từ trang "${listed.from}"${listed.column ? `, cột ${listed.column} (cùng kỳ với trang này)` : ""} (${listed.plan.indicators.length} chỉ tiêu), ghép theo tên từng dòng.`,
            en: `The sheet has no target column; the targets are taken from sheet "${listed.from}"${listed.column ? `, column ${listed.column} (this sheet's period)` : ""} (${listed.plan.indicators.length} targets), matched by each row's name.`,
          }];
        }
      }
    }
  }
  if (results.length === 1) return withOutside(sheet, results[0], [results[0]]);
  // The table that judges the most figures wins; then the one leaving fewer figures unjudged; then the strongest header.
  const order = results.map((r, i) => ({ r, i })).sort((a, b) => weightOf(b.r.coverage) - weightOf(a.r.coverage) || a.r.coverage.notJudgedTotal - b.r.coverage.notJudgedTotal || a.i - b.i);
  let best = order[0].r;
  // Two tables one under the other (a report log, then the indicators): each judges its own rows, both are kept.
  const span = (r: CheckedSheet) => [r.layout.headerRows[0], r.layout.lastDataRow];
  const apart = (a: CheckedSheet, b: CheckedSheet) => span(a)[1] < span(b)[0] || span(b)[1] < span(a)[0];
  const joined: CheckedSheet[] = [];
  for (const o of order.slice(1)) if (o.r.coverage.judged > 0 && [best, ...joined].every((j) => apart(j, o.r))) joined.push(o.r);
  // A table apart from those judged, whose rows hold figures it could not judge (no target column, say): its rows are
  // the sheet's rows with figures not judged, counted and listed as the judged table's own are.
  const unjudged: CheckedSheet[] = [];
  for (const o of order.slice(1)) if (o.r.coverage.judged === 0 && o.r.coverage.notJudgedTotal > 0 && [best, ...joined, ...unjudged].every((j) => apart(j, o.r))) unjudged.push(o.r);
  // Tables that read their rows as holding nothing to judge (a table of targets, a blank form) are read all the same:
  // their figures are no block outside the tables.
  const read = [best, ...joined, ...unjudged];
  for (const o of order) if (o.r.coverage.judged + o.r.coverage.notJudgedTotal === 0 && read.every((j) => apart(j, o.r))) read.push(o.r);
  if (joined.length > 0) best = joinTables(best, joined, sheet.origin?.row ?? 0);
  if (unjudged.length > 0) {
    const c = best.coverage;
    best.coverage = { ...c, notJudged: [...c.notJudged, ...unjudged.flatMap((r) => r.coverage.notJudged)], notJudgedTotal: c.notJudgedTotal + unjudged.reduce((n, r) => n + r.coverage.notJudgedTotal, 0), complete: false };
  }
  const others = order.slice(1).filter((o) => !joined.includes(o.r) && (o.r.coverage.judged > 0 || o.r.coverage.notJudgedTotal > 0));
  // What decided, said only when something was judged: "the most (0)" is no reason.
  const [a, b] = [order[0].r.coverage, order[1].r.coverage];
  if (a.judged > 0 && (others.length > 0 || (order[0].i !== 0 && joined.length === 0))) {
    const row = (r: CheckedSheet) => r.layout.headerRows[0] + 1 + (sheet.origin?.row ?? 0);
    // The same header read two ways (indicators by row, or units by row) is told apart by what the rows are.
    const what = (r: CheckedSheet) => (r.layout.shape === "list" ? { vi: "mỗi dòng một chỉ tiêu", en: "one indicator per row" } : { vi: "mỗi dòng một đơn vị", en: "one unit per row" });
    const alt = order.slice(1).filter((o) => !joined.includes(o.r)).map((o) =>
      row(o.r) === row(best)
        ? { vi: `đọc ${what(o.r).vi} (${o.r.coverage.judged})`, en: `reading it as ${what(o.r).en} (${o.r.coverage.judged})` }
        : joined.some((j) => row(j) === row(o.r))
          ? { vi: `bảng ở dòng ${row(o.r)} đọc ${what(o.r).vi} (${o.r.coverage.judged})`, en: `the table at row ${row(o.r)} read as ${what(o.r).en} (${o.r.coverage.judged})` }
          : { vi: `bảng ở dòng ${row(o.r)} (${o.r.coverage.judged})`, en: `the table at row ${row(o.r)} (${o.r.coverage.judged})` },
    );
    const why = a.judged > b.judged
      ? { vi: `đánh giá được nhiều chỉ tiêu nhất (${best.coverage.judged})`, en: `it judges the most (${best.coverage.judged})` }
      : a.notJudgedTotal < b.notJudgedTotal
        ? { vi: `cùng đánh giá được ${a.judged} chỉ tiêu mà ít dòng chưa đánh giá được hơn`, en: `it judges as many (${a.judged}) and leaves fewer rows not judged` }
        : { vi: `đứng trước (cùng đánh giá được ${a.judged} chỉ tiêu)`, en: `it comes first (judging as many, ${a.judged})` };
    best.coverage.choice = {
      vi: `Trang có ${results.length} bảng; dùng bảng có tiêu đề ở dòng ${row(best)} vì ${why.vi}, không dùng ${alt.map((a) => a.vi).join(", ")}.`,
      en: `The sheet holds ${results.length} tables; the one headed at row ${row(best)} is used, as ${why.en}, not ${alt.map((a) => a.en).join(", ")}.`,
    };
  }
  return withOutside(sheet, best, read);
}

/** The check with the sheet's blocks of figures outside the tables read counted as rows not judged (`outsideBlocks`): a new value, `r` untouched. */
function withOutside(sheet: SheetData, r: CheckedSheet, read: CheckedSheet[]): CheckedSheet {
  const more = outsideBlocks(sheet, read.map((x) => x.layout), r.items);
  if (more.length === 0) return r;
  const c = r.coverage;
  return { ...r, coverage: { ...c, notJudged: [...c.notJudged, ...more], notJudgedTotal: c.notJudgedTotal + more.reduce((n, x) => n + (x.count ?? 1), 0), complete: false } };
}

/**
 * A table's check with the verdicts of the other tables on its sheet added, and said. The status block is written
 * beside every table when they are read alike (both lists whose formulas name the same baseline column, or both
 * matrices: an indicator of a later table takes the status column of the first's indicator with the same heading, or
 * a column of its own); otherwise beside the first table only, and the user is told where the others' verdicts are.
 */
function joinTables(a: CheckedSheet, more: CheckedSheet[], origin: number): CheckedSheet {
  const all = [a, ...more];
  const la = a.layout;
  const alike = more.every((r) =>
    r.layout.shape === la.shape && (r.layout.shape !== "list" || la.shape !== "list" || r.layout.columns.baseline === la.columns.baseline),
  );
  let layout: Layout = la;
  let rollUps = a.rollUps;
  if (alike) {
    layout = { ...la, alsoTables: more.map((r) => ({ headerRow: r.layout.headerRows[0], lastDataRow: r.layout.lastDataRow })) };
    if (layout.shape === "matrix") {
      const groups = (layout.groups = [...layout.groups]);
      const key = (h: string) => fold(h).replace(/\s+/g, " ").trim();
      for (const r of more) {
        if (r.layout.shape !== "matrix") continue;
        const to = r.layout.groups.map((g) => {
          const k = groups.findIndex((x) => key(x.header) === key(g.header));
          return k >= 0 ? k : groups.push(g) - 1;
        });
        for (const it of r.items) if (it.group !== undefined) it.group = to[it.group];
        // The same indicator rolled up over another table's units is told apart by what those units are, or by its row.
        const noun = r.layout.unitNoun !== layout.unitNoun ? r.layout.unitNoun : `dòng ${r.layout.headerRows[0] + 1 + origin}`;
        rollUps = [...rollUps, ...r.rollUps.map((u) => ({ ...u, group: to[u.group], name: rollUps.some((x) => x.name === u.name) ? `${u.name} (${noun})` : u.name }))];
      }
    } else rollUps = all.flatMap((r) => r.rollUps);
  } else rollUps = all.flatMap((r) => r.rollUps);
  const items = all.flatMap((r) => r.items);
  const byStatus = emptyCounts();
  for (const it of items) byStatus[it.status]++;
  const rows = more.map((r) => `${r.layout.headerRows[0] + 1 + origin}`).join(", ");
  const c = a.coverage;
  return {
    ...a,
    layout: {
      ...layout,
      decisions: [
        ...(la.decisions ?? []),
        alike
          ? { vi: `Trang có ${all.length} bảng; đánh giá cả bảng ở dòng ${rows}, cột đánh giá ghi cạnh từng bảng.`, en: `The sheet holds ${all.length} tables; the one at row ${rows} is judged too, with the status columns beside each table.` }
          : { vi: `Trang có ${all.length} bảng; đánh giá cả bảng ở dòng ${rows} (cột đánh giá chỉ ghi cạnh bảng ở dòng ${la.headerRows[0] + 1 + origin}).`, en: `The sheet holds ${all.length} tables; the one at row ${rows} is judged too (the status column is written beside the table at row ${la.headerRows[0] + 1 + origin} only).` },
      ],
    },
    items,
    rollUps,
    shortfalls: shortfalls(items as Item[]),
    summary: { total: items.length, byStatus, achieved: byStatus.met + byStatus.exceeded },
    findings: all.flatMap((r) => r.findings),
    unmatchedRows: all.flatMap((r) => r.unmatchedRows),
    unmatchedIndicators: a.unmatchedIndicators.filter((i) => more.every((r) => r.unmatchedIndicators.some((j) => j.id === i.id))),
    rules: Object.assign({}, ...all.map((r) => r.rules)),
    coverage: { ...c, judged: c.judged + more.reduce((n, r) => n + r.coverage.judged, 0), totalsAside: all.reduce((n, r) => n + (r.coverage.totalsAside ?? 0), 0) || undefined, noData: c.noData + more.reduce((n, r) => n + r.coverage.noData, 0), notJudged: all.flatMap((r) => r.coverage.notJudged), notJudgedTotal: all.reduce((n, r) => n + r.coverage.notJudgedTotal, 0), complete: all.every((r) => r.coverage.complete) },
  };
}

/**
 * A list layout built from the user's mapping alone, for a sheet whose header the reader did not recognise:
 * the header row given (default the first), data to the last row with a value.
 */
function mappedLayout(sheet: SheetData, opts: CheckOptions): ListLayout {
  const ov = opts.overrides!;
  const headerRows = ov.headerRows ?? [0];
  const firstDataRow = ov.firstDataRow ?? headerRows[headerRows.length - 1] + 1;
  let lastDataRow = ov.lastDataRow ?? firstDataRow - 1;
  if (ov.lastDataRow === undefined) {
    for (let r = sheet.values.length - 1; r >= firstDataRow; r--) {
      if ((sheet.values[r] ?? []).some((v) => !isEmptyCell(v))) {
        lastDataRow = r;
        break;
      }
    }
  }
  return { shape: "list", headerRows, firstDataRow, lastDataRow, columns: {}, percentHeaders: [], confidence: 1, unplaced: [] };
}

/**
 * The period dating a day/month without a year: the caller's, else the plan's, else one named in the sheet's
 * title ("BÁO CÁO … NĂM HỌC 2024-2025"). Never today's date.
 */
function periodOf(sheet: SheetData, plan: Plan | null, opts: CheckOptions): Period | null {
  if (opts.period) return typeof opts.period === "string" ? periodFromText(opts.period) : opts.period;
  if (plan?.period) {
    const p = periodFromText(plan.period);
    if (p) return p;
  }
  let year: Period | null = null;
  let signed: Period | null = null;
  for (let r = 0; r < Math.min(sheet.values.length, 15); r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.length > 200 || !/n[aă]m/i.test(v)) continue;
      const p = periodFromText(v.replace(/^.*?(n[aă]m h[oọ]c|giai đo[aạ]n|đ[eế]n n[aă]m|n[aă]m)/iu, "$1"));
      if (p?.kind === "schoolYear") return p;
      // "Hòa An, ngày 08 tháng 01 năm 2020" is the day the sheet was signed, not the period it reports on ("quý IV
      // năm 2019" in the title): its year dates bare days only when no other line names one.
      if (PLACE_DATE_START.test(v) && PLACE_DATE_LINE.test(v) && v.length <= 80) signed ??= p;
      else year ??= p;
    }
  }
  return year ?? signed;
}

function checkLayout(sheet: SheetData, plan: Plan | null, opts: CheckOptions, given: Layout, period: Period | null): CheckedSheet {
  // A copy: the check adds the section rows it finds, and a caller's layout is never changed.
  const own = applyOverrides({ ...given }, opts.overrides);
  const ctx = newCtx(sheet, opts, period, noteDirections(sheet, own.firstDataRow, own.lastDataRow));
  const l = own as ListLayout;
  const heads = (c: number) => cellText([...l.headerRows].reverse().map((r) => sheet.values[r]?.[c]).find((v) => !isEmptyCell(v))).trim();
  // Only columns each named for a unit: equal columns told apart by nothing but place ("Kết quả | Kết quả") stay not judged.
  const tiedCols = own.shape === "list" && !opts.overrides?.columns && own.tiedUnits ? (own.tied ?? []) : [];
  const across = tiedCols.length > 0 && new Set([l.columns.actual!, ...tiedCols].map(heads)).size === tiedCols.length + 1 ? tiedCols : [];
  if (across.length > 0) {
    // Said as it is done: every unit judged, the row's own cell asking where they differ — not "column E, not F–N".
    l.unitsAcross = true;
    const cols = [l.columns.actual!, ...across];
    const letter = (c: number) => columnLetters(c + (sheet.origin?.col ?? 0));
    const span = columnSpan(cols.map((c) => c + (sheet.origin?.col ?? 0)));
    const names = [...cols].sort((a, b) => a - b).map(heads);
    const shown = names.length > 4 ? `${names.slice(0, 3).join(", ")}, …, ${names[names.length - 1]}` : names.join(", ");
    const said: Bilingual = {
      vi: `Các cột ${span} ghi số thực hiện của ${cols.length} đơn vị (${shown}): mỗi đơn vị được đánh giá theo chỉ tiêu của dòng; ô đánh giá của dòng theo cột ${letter(cols[0])}, cần xác nhận khi các đơn vị khác nhau.`,
      en: `Columns ${span} hold the results of ${cols.length} units (${shown}): each unit is judged on the row's target; the row's own status follows column ${letter(cols[0])} and asks where the units differ.`,
    };
    const was = l.tiedDecision;
    l.decisions = was && l.decisions?.includes(was) ? l.decisions.map((d) => (d === was ? said : d)) : [...(l.decisions ?? []), said];
  }
  // The whole beside its units ("… theo đơn vị ⟩ Nha Trang | … | Trường Sa" then "Toàn tỉnh"): the column next to the
  // units, headed by the whole's name alone and read for no role, is the whole's figure against the row's one target.
  // Judged as a unit is, under its name; never one of the units the row's own status weighs.
  const wholes = across.length > 0 ? wholeBeside(l, [l.columns.actual!, ...across], heads) : [];
  if (wholes.length > 0) {
    l.unplaced = l.unplaced.filter((u) => !wholes.includes(u.col));
    for (const c of wholes) {
      const at = columnLetters(c + (sheet.origin?.col ?? 0));
      l.decisions = [...(l.decisions ?? []), { vi: `Cột ${at} "${heads(c)}" ghi số của cả đơn vị: cũng được đánh giá theo chỉ tiêu của dòng.`, en: `Column ${at} "${heads(c)}" holds the whole's figure: it is judged on the row's target too.` }];
    }
  }
  const part = own.shape === "list" ? checkList(ctx, own, plan) : checkMatrix(ctx, own, plan);
  // No row with a target: a conclusion column judged from its parts by the rule the sheet states (core/sheet/allpass.ts).
  const byParts = own.shape === "list" && part.items.length === 0 && !plan ? allPassItems(ctx, own, part) : [];
  if (byParts.length > 0) {
    const done = new Set(byParts.map((it) => it.row));
    part.items.push(...byParts);
    const kept = part.notJudged.filter((n) => !done.has(n.row));
    part.notJudgedTotal -= part.notJudged.length - kept.length;
    part.notJudged = kept;
  }
  // Years side by side: each earlier year's result against its own year's plan (core/sheet/years.ts).
  for (const y of own.shape === "list" && !opts.overrides?.columns ? yearPairs(sheet, own) : []) {
    const l = own as ListLayout;
    const more = checkList(ctx, { ...l, columns: { ...l.columns, target: y.target, actual: y.actual, baseline: undefined }, headings: { target: { term: "year", year: y.year }, actual: { term: "year", year: y.year } } }, plan);
    for (const it of more.items) it.earlierYear = y.year;
    part.items.push(...more.items);
    part.notJudged.push(...more.notJudged);
    part.notJudgedTotal += more.notJudgedTotal;
    const [t, a] = [y.target, y.actual].map((c) => columnLetters(c + (sheet.origin?.col ?? 0)));
    ctx.decisions.push({ vi: `Năm ${y.year} cũng được đánh giá: cột ${a} theo chỉ tiêu cột ${t}.`, en: `${y.year} is judged too: column ${a} against the target in column ${t}.` });
  }

  // A column per year beside one target column whose target holds for each year ("Hằng năm kết nạp ít nhất 300 hội
  // viên", "100% hằng năm", "300 hội viên/năm") over "Năm 2031 | Năm 2032 | 6 tháng 2033": each year already over is
  // judged on it too. The rule judged must be the year's own: read per year by the phrase reader, or written with the
  // lexicon's every-year words and read whole. Never a target naming a year of its own ("Đến năm 2033 …; hằng năm rà
  // soát", "Kết nạp mới năm 2033"), an average over the term ("Bình quân mỗi năm …": a short year may be made up), a
  // change from year to year, nor a column of several years ("Tổng 2031-2032", "Lũy kế …", "2031-2032").
  if (own.shape === "list" && !opts.overrides?.columns && !plan) {
    const lay = own as ListLayout;
    const asOf = opts.asOf ?? todayIso();
    for (const c of [...(lay.earlier ?? []), ...(lay.columns.baseline !== undefined && lay.earlier?.length ? [lay.columns.baseline] : [])]) {
      const h = readHeader(heads(c));
      const f = fold(heads(c));
      if (h.year === undefined || (h.term ?? "year") !== "year" || h.prior || h.horizon || `${h.year}-12-31` > asOf) continue;
      if (/^(tong|cong|luy ke|cong don|binh quan|trung binh)\b/.test(f) || (/\d{4} +\d{4}/.test(f) && !/\bnam hoc\b/.test(f))) continue;
      const more = checkList(ctx, { ...lay, columns: { ...lay.columns, actual: c, baseline: undefined }, headings: { ...lay.headings, actual: { term: "year", year: h.year } } }, plan);
      const yearly = more.items.filter((it) => {
        const r = it.verdict.rule;
        const perYear = (r?.kind === "frequency" && (r.period === "year" || r.period === "schoolYear")) || EVERY_YEAR.test(it.target.toLowerCase().normalize("NFC"));
        return perYear && r?.kind !== "change" && it.noFormula !== "partlyRead" && !/\b(19|20)\d\d\b|\b(binh quan|trung binh)\b/.test(fold(it.target)) && ["met", "exceeded", "not_met", "near", "review"].includes(it.status);
      });
      for (const it of yearly) it.earlierYear = h.year;
      part.items.push(...yearly);
      const col = columnLetters(c + (sheet.origin?.col ?? 0));
      if (yearly.length) ctx.decisions.push({ vi: `Cột ${col} "${heads(c)}" cũng được đánh giá theo chỉ tiêu hằng năm.`, en: `Column ${col} "${heads(c)}" is judged too, against the yearly target.` });
    }
  }

  // Units across the top under one result heading ("Thực hiện năm 2016 ⟩ TP Nam Định | Mỹ Lộc | …") against the row's
  // one target: each unit's column is judged on that target too (`across`, found before the rows are read), its verdicts
  // in the results under the unit's name; the row's status column keeps the first column's, asked about where a unit's
  // verdict differs (list.ts).
  if (across.length > 0) {
    // The first column's items are its unit's, but for a question: that is the row's own cell asking (the units differ,
    // or the target reads two ways for every unit), and naming the first unit would pin the row's doubt on it.
    for (const it of part.items) if (it.cell.col === l.columns.actual && it.earlierYear === undefined && it.status !== "review") it.unitName ??= heads(l.columns.actual!);
    // The first unit's dash is its own "does not apply", never the row's "no data".
    part.items = part.items.filter((it) => it.cell.col !== l.columns.actual || !notApplicableCell(sheet.values[it.cell.row]?.[it.cell.col]));
    // Each unit's own verdicts by row, the first unit's too (its column judged alone: the row's own cell may ask where
    // the units differ), for the row's roll-up over the units ("6/10 đơn vị đạt").
    const perUnit = new Map<number, Array<{ unit: string; it: Item | null }>>();
    for (const c of [l.columns.actual!, ...across, ...wholes]) {
      const one: ListLayout = { ...l, columns: { ...l.columns, actual: c }, tied: undefined, earlier: undefined };
      const more = checkList(ctx, one, plan);
      // The row's note ("Cân tháng 5/2013", "Lớp Chồi 2 chưa đo") may speak of one unit only: read without it too.
      const bare = l.columns.note !== undefined ? new Map(checkList(ctx, { ...one, columns: { ...one.columns, note: undefined } }, plan).items.map((it) => [it.row, it])) : null;
      // A unit's figure the judge cannot read ("Chưa triển khai" under a floor) is said as not judged (its note), never
      // a status of its own: a unit's column has no status cell to ask in.
      // A unit's dash ("-" under a target for the Lá classes only) says the row does not apply to it: left out, as a
      // unit's dash in a matrix. A verdict stands only where the row's target was read one way and the unit's figure is
      // alone in its cell (across.ts).
      const applies = more.items.filter((it) => it.cell.col === c && it.earlierYear === undefined && !notApplicableCell(sheet.values[it.cell.row]?.[c]));
      const mine = applies.filter((it) => it.status !== "invalid" && it.status !== "unreadable").map((it) => unitVerdict(ctx, it as Item, bare?.get(it.row) as Item | undefined));
      const asJudged = new Map(mine.map((it) => [it.row, it]));
      // The whole's column is judged as a unit is but counted in no roll-up over the units.
      if (!wholes.includes(c)) for (const it of applies) perUnit.set(it.row, [...(perUnit.get(it.row) ?? []), { unit: heads(c), it: asJudged.get(it.row) ?? (it as Item) }]);
      // The first unit's items are the row's own (above); its column was judged alone only for the roll-up.
      if (c === l.columns.actual) continue;
      for (const it of mine) {
        it.unitName = heads(c);
        it.beside = true;
      }
      part.items.push(...mine);
      const notes = more.notJudged.filter((n) => n.cell.col === c);
      part.notJudged.push(...notes);
      part.notJudgedTotal += notes.length;
    }
    // A unit whose cell is blank on a row the others answer has no figure yet: counted as such, never left out.
    const unitCols = [l.columns.actual!, ...across].map((c) => ({ c, unit: heads(c) }));
    for (const units of perUnit.values()) {
      const r = units[0].it!.cell.row;
      for (const { c, unit } of unitCols) if (!units.some((u) => u.unit === unit) && isEmptyCell(sheet.values[r]?.[c])) units.push({ unit, it: null });
    }
    part.rollUps.push(...acrossRollUps(perUnit));
  }

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
  hiddenRowFinding(sheet, own, ctx.findings);
  if (ctx.decisions.length) own.decisions = [...(own.decisions ?? []), ...ctx.decisions];

  const byStatus = emptyCounts();
  for (const it of part.items) byStatus[it.status]++;
  const summary = { total: part.items.length, byStatus, achieved: byStatus.met + byStatus.exceeded };
  const matched = new Set<string>();
  for (const it of part.items) if (it.indicatorId) matched.add(it.indicatorId);
  for (const r of part.rollUps) if (r.indicatorId) matched.add(r.indicatorId);
  const unmatchedIndicators = plan ? plan.indicators.filter((i) => !matched.has(i.id)).map((i) => ({ id: i.id, name: i.name })) : [];
  return {
    ok: true,
    sheet: sheet.name,
    layout: own,
    planId: plan?.id ?? null,
    items: part.items,
    rollUps: part.rollUps,
    shortfalls: shortfalls(part.items),
    summary,
    findings: ctx.findings,
    unmatchedRows: part.unmatchedRows,
    unmatchedIndicators,
    rules: ctx.rules,
    coverage: { ...coverageOf(sheet, own, part.items, part.notJudged, part.notJudgedTotal, byStatus.review), ...(part.totalsAside ? { totalsAside: part.totalsAside } : {}) },
  };
}

/** The whole's name alone ("Toàn tỉnh", "Toàn trường (%)"), folded, its brackets left out. */
const WHOLE_ALONE = new RegExp(`^(?:${WHOLE_SCOPE.source})$`);

/**
 * Columns right beside units across whose heading names the whole alone and that the reader gave no role.
 * @example wholeBeside(layout, [5, 6, …, 13], heads) → [14] (O "Toàn tỉnh" after F–N)
 */
function wholeBeside(l: ListLayout, units: number[], heads: (c: number) => string): number[] {
  const [lo, hi] = [Math.min(...units), Math.max(...units)];
  return l.unplaced.filter((u) => u.reason === "unknown" && (u.col === hi + 1 || u.col === lo - 1) && WHOLE_ALONE.test(fold(heads(u.col).replace(/\([^()]*\)/g, " ")).replace(/\s+/g, " ").trim())).map((u) => u.col);
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
function needWords(count: number, noun: string | null | undefined, gap: number | null, rule?: Rule): Bilingual | undefined {
  if (!(count > 0)) return undefined;
  const n = noun ? ` ${noun}` : "";
  // A positive gap is an excess on a "less is better" rule: the count must come down, not up. At the bound itself (no
  // gap) of a strict cap ("Dưới 115" at 115) it must come down too.
  const cap = rule?.kind === "compare" && (rule.op === "<" || rule.op === "<=");
  if (gap !== null && (gap > 0 || (gap === 0 && cap))) return { vi: `cần giảm ${formatNumber(count, "vi")}${n}`, en: `${formatNumber(count, "en")}${n} fewer needed` };
  return { vi: `cần thêm ${formatNumber(count, "vi")}${n}`, en: `${formatNumber(count, "en")}${n} more needed` };
}

/**
 * "cần thêm 23 trẻ" (or "cần giảm 5 lớp" for an excess) from a verdict's countable need.
 * @example needText(evaluate("7.910 trẻ/9.232", "7.887/9.232")) → { vi: "cần thêm 23 trẻ", en: "23 trẻ more needed" }
 */
export function needText(v: Verdict): Bilingual | undefined {
  const need = v.gap.need;
  return need ? needWords(need.count, need.noun, v.gap.value, v.rule) : undefined;
}

function shortfalls(items: Item[]): Shortfall[] {
  const out: Shortfall[] = [];
  items.forEach((it, i) => {
    if (!SHORT.has(it.status)) return;
    const j = it.judged;
    const s: Shortfall = { item: i, relativeGap: Math.round(relativeGap(j) * 1e6) / 1e6 };
    const need = needWords(j.need, j.noun, Number.isNaN(j.gap) ? null : j.gap, j.gap === 0 ? it.verdict.rule : undefined);
    if (need) s.need = need;
    out.push(s);
  });
  // Largest relative gap first; ties keep sheet order so the list is stable.
  out.sort((a, b) => b.relativeGap - a.relativeGap || a.item - b.item);
  return out;
}

/** Hidden rows with figures are left out of the check (often last year's rows): said once, with the rows. */
function hiddenRowFinding(sheet: SheetData, layout: Layout, findings: CheckedSheet["findings"]): void {
  const rows = (layout.excludedRows ?? []).filter((e) => e.kind === "hidden");
  if (rows.length === 0) return;
  const key = layout.shape === "list" ? (layout.columns.name ?? 0) : layout.unitColumn;
  const shown = rows.slice(0, MAX_FINDINGS_PER_CODE);
  const list = shown.map((e) => e.row + 1 + (sheet.origin?.row ?? 0)).join(", ");
  findings.push({
    code: "hidden_row",
    severity: "warning",
    cells: shown.map((e) => ({ row: e.row, col: key })),
    message: {
      vi: `${rows.length} dòng bị ẩn không được kiểm tra (dòng ${list}${rows.length > shown.length ? ", …" : ""}); bỏ ẩn nếu cần kiểm tra.`,
      en: `${rows.length} hidden rows were not checked (rows ${list}${rows.length > shown.length ? ", …" : ""}); unhide them to check them.`,
    },
  });
}

/**
 * The columns of a table of targets by period, each heading naming one school year or year alone ("2021-2022" under
 * "Năm học").
 * @example periodColumns(chiTieu, layout) → [{ col: 3, at: "D", label: "2019-2020", p }, …, { col: 7, at: "H", label: "2023-2024", p }]
 */
function periodColumns(sheet: SheetData, l: ListLayout): Array<{ col: number; at: string; label: string; p: Period }> {
  const head = l.headerRows[l.headerRows.length - 1];
  const named: Array<{ col: number; at: string; label: string; p: Period }> = [];
  (sheet.values[head] ?? []).forEach((v, col) => {
    const label = cellText(v).trim();
    const p = label.length <= 30 ? periodFromText(label) : null;
    if (p && (p.kind === "schoolYear" || p.kind === "year") && fold(label).replace(/\b(nam hoc|nam)\b|\d+/g, " ").trim() === "") named.push({ col, at: columnLetters(col + (sheet.origin?.col ?? 0)), label, p });
  });
  return named;
}

/**
 * Another sheet whose name or title says it holds targets ("Chỉ tiêu …", "Kế hoạch …") and whose table is a list of
 * names and targets with no figures: read as a plan of one indicator per row, for a sheet that has the figures only.
 * @example siblingPlan(results, [chiTieu], {}, null) → { plan: { indicators: [{ name: "Số học sinh học 2 buổi/ngày", target: "100%", … }] }, from: "Chỉ tiêu NH 2022-2023" }
 */
function siblingPlan(sheet: SheetData, siblings: readonly SheetData[], opts: CheckOptions, period: Period | null): { plan: Plan; from: string; column?: string } | { refused: string[] } | null {
  // The year decides between lists: one of the sheet's own year (its title's or name's) wins; one of another year is
  // never taken; two left that nothing tells apart are refused, named, never the first taken.
  const own = period ?? periodFromText(sheet.name);
  const found: Array<{ plan: Plan; from: string; column?: string; same: boolean }> = [];
  for (const other of siblings) {
    if (other === sheet || other.name === sheet.name) continue;
    if (!titledTargets(other, [sheet.name, ...siblings.map((o) => o.name)])) continue;
    const l = detectLayouts(other, { ...(opts.asOf ? { asOf: opts.asOf } : {}), period }).find((x): x is ListLayout => x.shape === "list");
    const c = l?.columns;
    if (!l || !c || c.name === undefined) continue;
    // Targets by period, a column each ("Năm học ⟩ 2019-2020 | … | 2023-2024", read as this year's figure and earlier
    // years'): the column of this sheet's own period, when every figure column read there is one of those periods.
    const periods = c.target === undefined && own ? periodColumns(other, l) : [];
    const hits = periods.filter((n) => n.p.start === own!.start && n.p.end === own!.end);
    const column = periods.length >= 2 && hits.length === 1 && [c.actual, c.baseline, ...(l.earlier ?? [])].every((k) => k === undefined || periods.some((n) => n.col === k)) ? hits[0] : null;
    if (c.rate !== undefined || c.actualNumerator !== undefined || c.actualDenominator !== undefined || c.completion !== undefined || (c.actual !== undefined && !column)) continue;
    const tc = c.target ?? column?.col;
    if (tc === undefined) continue;
    const indicators: Plan["indicators"] = [];
    for (let r = l.firstDataRow; r <= l.lastDataRow; r++) {
      const row = other.values[r] ?? [];
      const name = cellText(row[c.name]).trim();
      const target = cellText(row[tc]).trim();
      if (name === "" || target === "") continue;
      const unit = c.unit !== undefined ? cellText(row[c.unit]).trim() : "";
      indicators.push({ id: `dong-${r + 1 + (other.origin?.row ?? 0)}`, section: [], name, level: "all", target, scope: "district", ...(unit ? { unit } : {}) });
    }
    const p = column ? own : (periodOf(other, null, {}) ?? periodFromText(other.name));
    if (indicators.length === 0 || (own && p && (p.start !== own.start || p.end !== own.end))) continue;
    found.push({ plan: { id: "trang-chi-tieu", title: other.name, issuer: other.name, period: "", indicators, tasks: [] }, from: other.name, ...(column ? { column: `${column.at} "${column.label}"` } : {}), same: !!(own && p) });
  }
  const same = found.filter((f) => f.same);
  const pick = same.length > 0 ? same : found;
  return pick.length === 1 ? pick[0] : pick.length > 1 ? { refused: pick.map((f) => f.from) } : null;
}
