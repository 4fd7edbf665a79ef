// Never silent: what a check judged, which rows with figures it did not and why, the columns it saw, and the one-line error for a check that judged nothing.
import type { Bilingual, CellValue, Lang } from "../types";
import type { StatusCode } from "../rule/verdict";
import { formatNumber } from "../number/format";
import { type CellRef, type SheetData, cellAddress, columnLetters, columnSpan, isEmptyCell, sheetWidth } from "./model";
import type { Ctx } from "./judge";
import type { CheckedItem, CheckedSheet, ColumnRole, Coverage, Layout, MatchInfo, NotJudged, NotJudgedReason, SeenColumn } from "./types";
import { cellText, fold } from "./text";
import { INDEX_BLOCK } from "../table/vocabulary";
import { formulaRefs } from "./a1";
import { combineTexts } from "../table/read";
import { PLAN_OF } from "./layout";

/**
 * A name match is confident when made by id or by the user, when the names fold to the same words, or when the
 * words agree strongly and no other indicator (nor another row for the same indicator) comes close. Anything looser
 * is listed for the user, not taken.
 */
export const CONFIDENT_MATCH = 0.75;
/** A runner-up this close to the best makes the best uncertain, however high. */
export const MATCH_MARGIN = 0.1;

/**
 * True when a name match is too loose to take a plan's target on it without asking.
 * @example isUncertain({ by: "name", score: 0.6 }) → true · isUncertain({ by: "id", score: 1 }) → false
 */
export function isUncertain(m: MatchInfo): boolean {
  if (m.by !== "name") return false;
  if (m.score >= 1) return false;
  if (m.score < CONFIDENT_MATCH) return true;
  if (m.runnerUp !== undefined && m.score - m.runnerUp.score < MATCH_MARGIN) return true;
  return m.rival !== undefined && m.score - m.rival.score < MATCH_MARGIN;
}

const REASONS: Record<NotJudgedReason, { vi: (d: string) => string; en: (d: string) => string; todo: Bilingual }> = {
  no_target: {
    vi: () => "có số liệu nhưng không có chỉ tiêu để so",
    en: () => "has a figure but no target to compare with",
    todo: { vi: "ghi chỉ tiêu vào cột kế hoạch, chọn kế hoạch (--plan) hoặc chỉ cột (--map)", en: "write the target in the target column, choose a plan (--plan) or map the columns (--map)" },
  },
  sentence_refused: {
    vi: (d) => `không so với câu chỉ tiêu ${d}`,
    en: (d) => `is not compared with the target sentence ${d}`,
    todo: { vi: "ghi chỉ tiêu riêng cho cột này, chọn kế hoạch (--plan) hoặc chỉ cột (--map)", en: "write this column's own target, choose a plan (--plan) or map the columns (--map)" },
  },
  no_match: {
    vi: () => "có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch",
    en: () => "has a figure but matches no indicator of the plan",
    todo: { vi: "sửa tên cho giống kế hoạch hoặc ghi chỉ tiêu vào dòng", en: "name it as the plan does or write the target on the row" },
  },
  uncertain_match: {
    vi: (d) => `chỉ gần giống chỉ tiêu ${d} của kế hoạch`,
    en: (d) => `only resembles the plan's indicator ${d}`,
    todo: { vi: "xác nhận ở bước ghép cột hoặc ghi chỉ tiêu vào dòng", en: "confirm it in the mapping step or write the target on the row" },
  },
  unreadable_target: {
    vi: (d) => `có chỉ tiêu "${d}" không đọc được`,
    en: (d) => `has a target "${d}" that cannot be read`,
    todo: { vi: 'ghi lại chỉ tiêu, ví dụ "ít nhất 95%"', en: 'write the target again in words the plan uses, such as "ít nhất 95%"' },
  },
  unread_figure: {
    vi: (d) => `có số liệu ở cột ${d} nhưng không rõ cột nào là số thực hiện`,
    en: (d) => `has figures in column${/[–,]/.test(d) ? "s" : ""} ${d} but no column is known to hold the actual`,
    // The example names the column the figures are in ("{c}"), not a fixed letter.
    todo: { vi: 'chỉ rõ cột thực hiện, ví dụ --map "thực hiện={c}", hoặc sửa tiêu đề cột', en: 'name the actual column, as in --map "thực hiện={c}", or fix the column heading' },
  },
  unstated_rule: {
    vi: (d) => (d ? `ghi kết luận nhưng câu "${d}" không nói kết luận đạt khi tất cả các cột trước nó đạt` : "ghi kết luận nhưng trang không nêu khi nào kết luận là đạt"),
    en: (d) => (d ? `holds conclusions but "${d}" does not make one met when all the columns before it are` : "holds conclusions but the sheet states no rule for them"),
    todo: { vi: 'kiểm các kết luận bằng tay, hoặc ghi dưới bảng "đạt khi tất cả các chỉ số đạt" nếu đúng như vậy', en: 'check the conclusions by hand, or write "đạt khi tất cả các chỉ số đạt" under the table if that is the rule' },
  },
  outside_table: {
    vi: (d) => `nằm ngoài bảng đã đọc (dòng ${d}), chưa được đánh giá`,
    en: (d) => `lies outside the table read (rows ${d}), not judged`,
    todo: { vi: "cho khối này dòng tiêu đề cột riêng, chuyển sang trang riêng, hoặc chỉ rõ bảng bằng --map", en: "give the block a header row of its own, move it to a sheet of its own, or name the table with --map" },
  },
  hidden_row: {
    vi: () => "nằm ở dòng bị ẩn, chưa được đánh giá",
    en: () => "is on a hidden row, not judged",
    todo: { vi: "bỏ ẩn dòng để kiểm tra", en: "unhide the row to check it" },
  },
  invalid_figure: {
    vi: (d) => `có số liệu "${d}" không đọc được`,
    en: (d) => `has a figure "${d}" that cannot be read`,
    // The example is written as each reader's numbers are: 7.910 in Vietnamese is 7,910 in English.
    todo: { vi: "ghi số, ví dụ 95% hoặc 7.910/9.232", en: "type a number, such as 95% or 7,910/9,232" },
  },
};

/** What a check knows about a row it did not judge; `notJudged` words the message. */
export interface NotJudgedInput extends Omit<NotJudged, "message" | "why"> {
  /** The unreadable text, for the two "cannot be read" reasons. */
  detail?: string;
  detailEn?: string;
  /** A whole matrix column not judged: how many units have figures there ("7 lớp", "classes: 7"). */
  units?: Bilingual;
}

/**
 * One not-judged row with its one-line message: what, where, what to do.
 * @example notJudged(ctx, { row: 11, cell: { row: 11, col: 5 }, name: "Tỷ lệ trẻ ra lớp", reason: "no_match" }).message.vi
 *   → 'Ô F12 ("Tỷ lệ trẻ ra lớp") có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch; sửa tên cho giống kế hoạch hoặc ghi chỉ tiêu vào dòng.'
 */
export function notJudged(ctx: Pick<Ctx, "sheet">, n: NotJudgedInput): NotJudged {
  const where = cellAddress(ctx.sheet, n.cell.row, n.cell.col);
  const reason = REASONS[n.reason];
  const d = n.candidate ? `"${n.candidate.name}" (${formatNumber(Math.round(n.candidate.score * 100))}%)` : (n.detail ?? "");
  const dEn = n.candidate ? `"${n.candidate.name}" (${Math.round(n.candidate.score * 100)}%)` : (n.detailEn ?? n.detail ?? "");
  // A whole column of a unit matrix is said once, from its first figure; a row by its cell.
  const what = n.units
    ? { vi: `Cột "${n.name}" (từ ô ${where}, ${n.units.vi})`, en: `Column "${n.name}" (from cell ${where}, ${n.units.en})` }
    : { vi: `Ô ${where} ("${n.unitName ? `${n.unitName} – ${n.name}` : n.name}")`, en: `Cell ${where} ("${n.unitName ? `${n.unitName} – ${n.name}` : n.name}")` };
  // What happened, one wording for every surface: the CLI's line, the panes' list and the report's notes.
  const why = { vi: reason.vi(d), en: reason.en(dEn) };
  // The column to name in an example: the first of a span ("F–N" → F, "E, G" → E).
  const c = d.split(/–|, /)[0];
  const out: NotJudged = {
    row: n.row,
    cell: n.cell,
    name: n.name,
    reason: n.reason,
    why,
    message: { vi: `${what.vi} ${why.vi}; ${reason.todo.vi.replace("{c}", c)}.`, en: `${what.en} ${why.en}; ${reason.todo.en.replace("{c}", c)}.` },
  };
  if (n.unitName) out.unitName = n.unitName;
  if (n.candidate) out.candidate = n.candidate;
  if (n.count !== undefined && n.count > 1) out.count = n.count;
  if (n.rows) out.rows = n.rows;
  return out;
}

const NOT_JUDGED_STATUS: ReadonlySet<StatusCode> = new Set(["no_data", "invalid", "unreadable"]);

/** Roles of a layout per column, for the columns a check saw. */
function rolesOf(layout: Layout): Map<number, ColumnRole> {
  const out = new Map<number, ColumnRole>();
  if (layout.shape === "list") {
    for (const [role, c] of Object.entries(layout.columns) as [ColumnRole, number][]) out.set(c, role);
    // Marks: the figure is read from the heading of the column marked.
    for (const m of layout.marks ?? []) out.set(m.col, "actual");
    for (const c of layout.earlier ?? []) out.set(c, "baseline");
  } else {
    out.set(layout.unitColumn, "name");
    for (const g of layout.groups) {
      if (g.col !== undefined) out.set(g.col, "actual");
      if (g.numerator !== undefined) out.set(g.numerator, "actualNumerator");
      if (g.denominator !== undefined) out.set(g.denominator, "actualDenominator");
      if (g.rate !== undefined) out.set(g.rate, "rate");
      if (g.target !== undefined) out.set(g.target, "target");
    }
  }
  return out;
}

/**
 * The columns of a table's header as the reader saw them: letter, heading, role.
 * @example seenColumns(sheet, layout)[3] → { col: 3, letter: "D", header: "Kế hoạch", role: "target" }
 */
export function seenColumns(sheet: SheetData, layout: Layout): SeenColumn[] {
  const roles = rolesOf(layout);
  const out: SeenColumn[] = [];
  const width = Math.max(0, ...layout.headerRows.map((r) => sheet.values[r]?.length ?? 0));
  const hidden = new Set(sheet.hiddenColumns ?? []);
  for (let c = 0; c < width; c++) {
    if (hidden.has(c)) continue;
    const texts: string[] = [];
    for (const r of layout.headerRows) {
      const t = cellText(sheet.values[r]?.[c]);
      if (t !== "" && !texts.includes(t)) texts.push(t);
    }
    if (texts.length === 0 && !roles.has(c)) continue;
    const s: SeenColumn = { col: c, letter: columnLetters(c + (sheet.origin?.col ?? 0)), header: texts.join(" / ") };
    const role = roles.get(c);
    if (role) s.role = role;
    out.push(s);
  }
  return out;
}

/**
 * The coverage of a check from its items and the rows it could not judge.
 * Judged items are every item but "no data", "invalid" and "target not understood"; a check is complete when no
 * row with a figure went unjudged and nothing waits for review.
 */
export function coverageOf(sheet: SheetData, layout: Layout, items: CheckedItem[], notJudged: NotJudged[], notJudgedTotal: number, review: number): Coverage {
  let judged = 0;
  let noData = 0;
  for (const it of items) {
    if (it.status === "no_data") noData++;
    else if (!NOT_JUDGED_STATUS.has(it.status)) judged++;
  }
  // A figure a judged figure is computed from ("=ROUND(H11/D11,1)" reads D11, the count behind a judged ratio) is judged
  // through it: not a row left open.
  const fed = fedCells(sheet, items);
  if (fed.size > 0) {
    const kept = notJudged.filter((n) => !fed.has(cellKey(n.cell.row, n.cell.col)));
    notJudgedTotal -= notJudged.reduce((a, n) => a + (kept.includes(n) ? 0 : (n.count ?? 1)), 0);
    notJudged = kept;
  }
  const unseen = unseenRows(sheet, layout, items, notJudged);
  notJudged = [...notJudged, ...unseen];
  notJudgedTotal += unseen.reduce((a, n) => a + (n.count ?? 1), 0);
  return { judged, noData, notJudged, notJudgedTotal, columns: seenColumns(sheet, layout), complete: notJudgedTotal === 0 && review === 0 };
}

/** Roles whose figures are never a row's result: its number, code, unit, target, last year's, deadline, level. */
const NOT_RESULT: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["stt", "id", "name", "unit", "target", "baseline", "deadline", "level"]);

/**
 * A table's rows the check passed over while they hold a figure: a hidden row, and an indicator row whose figure
 * cell is blank (its items all "no data", nothing listed) while a column the reader skips by design holds a figure
 * ("Ghi chú"; a hidden column when no row was judged or no column was read as the figures', so the table read as blank). A figure is a number or a typed figure past the row's first filled cell, outside the
 * columns that never hold a result (`NOT_RESULT`). One entry per row; a unit matrix's hidden row counts its figures as
 * cells (its columns given a role only).
 * @example unseenRows(sheet, layout, items, [])[0] → { row: 12, reason: "hidden_row", … } for a hidden "Trường B | 90%"
 */
export function unseenRows(sheet: SheetData, layout: Layout, items: readonly CheckedItem[], listed: readonly NotJudged[]): NotJudged[] {
  const roles = rolesOf(layout);
  // A hidden column is passed over by design (last year's, next year's plan) unless the table reads as blank without
  // it: no row judged, or no column read as the figures'.
  const read = [...roles.values()].some((x) => x === "actual" || x === "rate" || x === "actualNumerator" || x === "completion");
  const hiddenCols = new Set(read && items.some((it) => it.status !== "no_data") ? [] : (sheet.hiddenColumns ?? []));
  const hidden = new Set((layout.excludedRows ?? []).filter((e) => e.kind === "hidden").map((e) => e.row));
  const key = layout.shape === "list" ? (layout.columns.name ?? 0) : layout.unitColumn;
  // A row is open when each of its items has no data and a blank figure cell (or none: no figure column was found).
  const open = new Map<number, boolean>();
  for (const it of items) open.set(it.cell.row, (open.get(it.cell.row) ?? true) && it.status === "no_data" && (it.cell.col === key || isEmptyCell(sheet.values[it.cell.row]?.[it.cell.col])));
  for (const n of listed) open.set(n.row, false);
  const out: NotJudged[] = [];
  const tied = layout.shape === "list" ? [...(layout.tied ?? []), ...(layout.apart ?? [])] : [];
  const judged = new Set(items.map((it) => it.cell.row * 16_384 + it.cell.col));
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const isHidden = hidden.has(r);
    // A judged row's figures in columns equal to the one read but for their place: each a figure not judged.
    const beside = isHidden || open.get(r) ? [] : tied.filter((c) => holdsFigure(sheet.values[r]?.[c]) && !judged.has(r * 16_384 + c));
    if (beside.length > 0) {
      // Said with every column it stands for ("F–N", or "E, G" for columns apart), not only the first.
      out.push(notJudged({ sheet }, { row: r, cell: { row: r, col: beside[0] }, name: cellText(sheet.values[r]?.[key]).trim(), reason: "unread_figure", detail: columnSpan(beside.map((c) => c + (sheet.origin?.col ?? 0))), count: beside.length }));
      continue;
    }
    if (!isHidden && (!open.get(r) || layout.shape === "matrix")) continue;
    const row = sheet.values[r] ?? [];
    const first = row.findIndex((v) => !isEmptyCell(v));
    const figs = row.flatMap((v, c) => {
      const role = roles.get(c);
      // A hidden row's result cell holds its figure whatever it is (a date, "Đã hoàn thành 12/10"). On a row read as
      // blank, only the columns the reader passes over by design count: hidden ones and notes.
      if (isHidden && c > first && (role === "completion" || role === "actual") && !isEmptyCell(v)) return [c];
      return c > first && holdsFigure(v) && !(role && NOT_RESULT.has(role)) && (isHidden ? layout.shape === "list" || role : hiddenCols.has(c) || role === "note") ? [c] : [];
    });
    if (figs.length === 0) continue;
    const cells = layout.shape === "matrix";
    out.push(notJudged({ sheet }, { row: r, cell: { row: r, col: figs[0] }, name: cellText(row[key]).trim() || cellText(row[first]).trim(), reason: isHidden ? "hidden_row" : "unread_figure", detail: columnLetters(figs[0] + (sheet.origin?.col ?? 0)), count: cells ? figs.length : 1 }));
  }
  return out;
}

const cellKey = (r: number, c: number) => r * 16384 + c;

/**
 * The cells judged figures are read from: each single cell a judged item's formula names on its own sheet
 * ("=ROUND(H11/D11,1)" → H11, D11; ranges such as a total's "=SUM(D11:D24)" are left out, the units they add up are
 * figures of their own), and the other half of a judged pair. Keys are `cellKey(row, col)` in `values` coordinates.
 * @example fedCells(sheet, items) → Set { cellKey(10, 3), cellKey(10, 7) } for a judged I11 "=ROUND(H11/D11,1)"
 */
export function fedCells(sheet: SheetData, items: readonly CheckedItem[], every = false): Set<number> {
  const out = new Set<number>();
  const origin = sheet.origin ?? { row: 0, col: 0 };
  for (const it of items) {
    // `every`: the cells each item read (its own, its pair's), judged or not: what no block outside the table holds.
    if (every) out.add(cellKey(it.cell.row, it.cell.col));
    else if (it.status === "no_data" || NOT_JUDGED_STATUS.has(it.status)) continue;
    if (it.denominatorCell) out.add(cellKey(it.denominatorCell.row, it.denominatorCell.col));
    const f = sheet.formulas?.[it.cell.row]?.[it.cell.col];
    if (!f) continue;
    for (const r of formulaRefs(f, origin, true)) if (!r.range) out.add(cellKey(r.r1, r.c1));
  }
  return out;
}

/**
 * A figure not yet at its target (below a floor, above a cap) or a task not done, not yet due: no shortfall today, but
 * no clean bill either, so whatever sums a check up (CLI, report, panes) names these before saying "no shortfalls".
 * Every pending row is one, whatever the sign of its gap: pending is given to nothing else.
 * @example isPending(item) → true for "12 trường" against "20 trường đến năm 2030", or "4,5%" against "Dưới 3%", checked in 2026
 */
export function isPending(item: CheckedItem): boolean {
  return item.status === "pending";
}

/**
 * Whether a check may end on "Không có chỉ tiêu chưa đạt." and, when it may not, why: the one decision the CLI
 * summary, the report's shortfalls part and the panes' coverage line print from (`cleanLine` words it).
 */
export interface Clean {
  /**
   * "shortfalls": some figure is short (each surface lists them) · "clean": every row with a figure judged, none short,
   * asked about or below a target not yet due, and no other sheet left open · "qualified": no shortfall among those
   * judged, but something counted below keeps the line from being clean · "blank": a form with no figure yet ·
   * "nothing": rows with figures, none of them judged.
   */
  kind: "shortfalls" | "clean" | "qualified" | "blank" | "nothing";
  judged: number;
  noData: number;
  shortfalls: number;
  /** Rows asked about ("Cần xác nhận": two readings judge differently). */
  asked: number;
  /**
   * Rows not yet due ("Chưa đến hạn", `isPending`): figures not yet at their target and tasks not done. When they are
   * every row judged, nothing is concluded, so never "no shortfalls" (`undecided`).
   */
  pending: number;
  /** Of `pending`, tasks not done before their deadline: said "chưa hoàn thành", never "chưa đạt mức". */
  tasks?: number;
  /** Rows of this sheet with figures that got no verdict. */
  notJudged: number;
  /** Other sheets of the workbook holding shortfalls or figures not judged (`sheets` empty when not known by name). */
  elsewhere: NonNullable<Coverage["elsewhere"]> | null;
  /** This sheet's rows not judged, by reason (from the rows listed; `notJudged` counts them all). */
  reasons: Array<[NotJudgedReason, number]>;
  /** Blocks of figures outside the tables read: each one's title (its first words) and its rows. */
  outside: Array<[string, [number, number]]>;
  /** The counts are cells, not rows (a unit matrix judges each unit × indicator cell): worded "ô", "cells". */
  cells?: boolean;
}

/**
 * Figures a target sentence the clerk wrote was set aside for (`sentence_refused`), and with `totals` the total rows' a
 * sentence for each unit is not asked of: a sheet's pick weighs them as judged, so neither hands the check to another
 * sheet or reading.
 */
export const setAside = (c: Coverage, totals = true): number => c.notJudged.reduce((n, x) => n + (x.reason === "sentence_refused" ? (x.count ?? 1) : 0), totals ? (c.totalsAside ?? 0) : 0);

/** What a check weighs when tables, readings or sheets compete: the figures it judged and those set aside (setAside). */
export const weightOf = (c: Coverage): number => c.judged + setAside(c);

/**
 * The clean-line decision for a check, with the counts that word it.
 * @example cleanOf(result) → { kind: "qualified", judged: 12, noData: 0, shortfalls: 0, asked: 0, pending: 1, notJudged: 0, elsewhere: null }
 */
export function cleanOf(result: CheckedSheet): Clean {
  const c = result.coverage;
  let asked = 0;
  let pending = 0;
  let tasks = 0;
  for (const it of result.items) {
    if (it.status === "review") asked++;
    else if (isPending(it)) {
      pending++;
      if (it.verdict.rule?.kind === "deadline") tasks++;
    }
  }
  let elsewhere = c.elsewhere ?? null;
  // Not complete with nothing on this sheet to show for it: only another sheet can have made it so. Never clean then.
  if (!elsewhere && !c.complete && c.notJudgedTotal === 0 && asked === 0) elsewhere = { sheets: [], notJudged: 0, shortfalls: 0, bySheet: [] };
  const shortfalls = result.shortfalls.length;
  const kind: Clean["kind"] =
    shortfalls > 0 ? "shortfalls"
    : c.judged === 0 ? (c.notJudgedTotal > 0 ? "nothing" : "blank")
    : asked > 0 || pending > 0 || c.notJudgedTotal > 0 || elsewhere ? "qualified"
    : "clean";
  const reasons = new Map<NotJudgedReason, number>();
  const outside: Clean["outside"] = [];
  for (const n of c.notJudged) {
    reasons.set(n.reason, (reasons.get(n.reason) ?? 0) + (n.count ?? 1));
    if (n.rows) outside.push([n.name, n.rows]);
  }
  return { kind, judged: c.judged, noData: c.noData, shortfalls, asked, pending, tasks, notJudged: c.notJudgedTotal, elsewhere, reasons: [...reasons], outside, cells: result.layout.shape === "matrix" || (result.layout.shape === "list" && !!(result.layout.tied ?? result.layout.apart)) };
}

/**
 * True when every row judged against its target is not yet due (a date on the sheet or the as-of day before the
 * period's end): the check concluded nothing, so the CLI exits as for a check mostly not judged (EXIT.incomplete), never 0.
 * @example undecided(cleanOf(result)) → true for 8 rows judged, all "Chưa đến hạn"
 */
export function undecided(c: Clean): boolean {
  return c.shortfalls === 0 && c.judged > 0 && c.pending === c.judged;
}

/** Rows with figures on the sheet checked: judged, and not judged (the other sheets' are counted apart). */
export function figureRows(c: Clean): number {
  return c.judged + c.notJudged;
}

/**
 * True when fewer than half the sheet's rows with figures were judged (`figureRows`): the CLI exits with its own code
 * then (EXIT.incomplete), whatever the verdicts of the rows it did judge. A check that judged nothing is an error instead.
 * @example mostlyUnjudged(cleanOf(result)) → true for 2 rows judged of 5 with figures
 */
export function mostlyUnjudged(c: Clean): boolean {
  return c.judged > 0 && c.judged * 2 < figureRows(c);
}

// Each reason as it reads after its count: "2 không có chỉ tiêu", "2 with no target".
const REASON_SHORT: Record<NotJudgedReason, Bilingual> = {
  no_target: { vi: "không có chỉ tiêu", en: "with no target" },
  sentence_refused: { vi: "câu chỉ tiêu không dùng được", en: "with a target sentence not used" },
  no_match: { vi: "không khớp kế hoạch", en: "not in the plan" },
  uncertain_match: { vi: "chỉ gần giống kế hoạch", en: "only resembling the plan" },
  unreadable_target: { vi: "chỉ tiêu không đọc được", en: "with an unreadable target" },
  invalid_figure: { vi: "số liệu không đọc được", en: "with an unreadable figure" },
  unread_figure: { vi: "không rõ cột thực hiện", en: "with no known actual column" },
  unstated_rule: { vi: "kết luận không nêu quy tắc", en: "conclusions with no stated rule" },
  outside_table: { vi: "ngoài bảng", en: "outside the table" },
  hidden_row: { vi: "ở dòng ẩn", en: "on hidden rows" },
};

/**
 * "2 dòng có số liệu", "2 rows with figures"; cells for a unit matrix ("2 ô có số liệu", "1 cell with a figure").
 * `of` counts them out of a total first ("2/7 dòng có số liệu").
 */
export function withFigures(x: number, cells: boolean | undefined, lang: Lang, of = ""): string {
  const n = formatNumber(x, lang);
  if (lang === "vi") return `${of}${n} ${cells ? "ô" : "dòng"} có số liệu`;
  return `${of}${n} ${cells ? "cell" : "row"}${x === 1 && !of ? " with a figure" : "s with figures"}`;
}

/** The other sheets holding figures not judged, with how many (a matrix's in cells). */
const openSheets = (c: Clean) => c.elsewhere?.bySheet.filter(([, k]) => k > 0) ?? [];

/** This sheet's figures not judged are `incompleteLine`'s to say, unless nothing was judged (the clean line's head then). */
const saysHere = (c: Clean) => c.notJudged > 0 && c.kind !== "nothing";

/**
 * The one warning of a check that left figures unjudged, on every surface, before any verdict: how many of how many
 * and why on this sheet, how many on which other sheets (a matrix's counted as cells), each followed by where its
 * reader finds them; null when every figure was judged. This sheet's are left out when nothing was judged (that is
 * `cleanLine`'s "nothing", or the CLI's error). The clean line leaves these counts out: said once.
 * @example incompleteLine(cleanOf(result), "vi") → 'Chưa đánh giá được 2/7 dòng có số liệu (2 không có chỉ tiêu; xem dưới); 1 dòng có số liệu ở trang "Phụ" (xem dòng "Chọn bảng").'
 */
export function incompleteLine(c: Clean, lang: Lang, surface: CleanSurface = "cli"): string | null {
  const vi = lang === "vi";
  const see = SEE[surface];
  const sheets = openSheets(c);
  const parts: string[] = [];
  if (saysHere(c)) {
    // Blocks outside the table are said where they are: their title and rows.
    const blocks = c.outside.map(([t, [a, b]]) => `${t ? `${quoted(t, surface, lang)}, ` : ""}${vi ? "dòng" : a < b ? "rows" : "row"} ${a < b ? `${a}–${b}` : a}`).join("; ");
    const why = c.reasons.map(([r, k]) => `${formatNumber(k, lang)} ${REASON_SHORT[r][lang]}${r === "outside_table" && blocks ? `: ${blocks}` : ""}`);
    const listed = c.reasons.reduce((a, [, k]) => a + k, 0);
    if (c.notJudged > listed) why.push(`${formatNumber(c.notJudged - listed, lang)} ${vi ? "khác" : "more"}`);
    // One pointer for both when they point to the same place (the report's notes sheet).
    const here = sheets.length > 0 && see.notJudged[lang] === see.elsewhere[lang] ? "" : `; ${see.notJudged[lang]}`;
    parts.push(`${withFigures(figureRows(c), c.cells, lang, `${formatNumber(c.notJudged, lang)}/`)} (${why.join(", ")}${here})`);
  }
  if (sheets.length > 0) {
    const names = sheets.map(([s, k, cells]) => `${withFigures(k, cells, lang)} ${vi ? "ở trang" : "on sheet"} ${quoted(s, surface, lang)}`);
    parts.push(`${names.join(", ")} (${see.elsewhere[lang]})`);
  }
  return parts.length > 0 ? `${vi ? "Chưa đánh giá được" : "Not judged:"} ${parts.join("; ")}.` : null;
}

/**
 * True when the line counts something left open (rows asked about, below target not yet due, not judged here or on
 * another sheet): a host shows it as a warning.
 */
export function leftOpen(c: Clean): boolean {
  return c.asked > 0 || c.pending > 0 || c.notJudged > 0 || c.elsewhere !== null || c.kind === "blank";
}

/**
 * Where a clean line is printed: each points to where its reader finds the rows it counts ("json": the CLI's stderr
 * beside --json, whose rows are in the JSON).
 */
export type CleanSurface = "cli" | "report" | "pane" | "json";

type Counted = "asked" | "pending" | "notJudged" | "elsewhere";
// The CLI prints the incomplete line first and the clean line last: rows not judged are listed below the one, the
// rows asked about and not yet due above the other.
const SEE: Record<CleanSurface, Record<Counted, Bilingual>> = {
  cli: {
    asked: { vi: "xem trên", en: "see above" },
    pending: { vi: "xem trên", en: "see above" },
    notJudged: { vi: "xem dưới", en: "see below" },
    elsewhere: { vi: 'xem dòng "Chọn bảng"', en: 'see "Table chosen"' },
  },
  json: {
    asked: { vi: "xem result.items", en: "see result.items" },
    pending: { vi: "xem result.items", en: "see result.items" },
    notJudged: { vi: "xem result.coverage.notJudged", en: "see result.coverage.notJudged" },
    elsewhere: { vi: "xem result.coverage.choice", en: "see result.coverage.choice" },
  },
  report: {
    asked: { vi: "xem Phụ lục", en: "see the appendix" },
    pending: { vi: "xem Phụ lục", en: "see the appendix" },
    notJudged: { vi: 'xem trang "Ghi chú kỹ thuật"', en: 'see the "Technical notes" sheet' },
    elsewhere: { vi: 'xem trang "Ghi chú kỹ thuật"', en: 'see the "Technical notes" sheet' },
  },
  pane: {
    asked: { vi: "lọc «Cần xác nhận»", en: "filter “To confirm”" },
    pending: { vi: "lọc «Chưa đến hạn»", en: "filter “Not due”" },
    notJudged: { vi: "xem danh sách bên dưới", en: "listed below" },
    elsewhere: { vi: "chọn trang đó ở bước 2 để kiểm tra", en: "choose it at step 2 to check it" },
  },
};

/** A sheet name as `surface` quotes it: "T" in the CLI and the report, «T» or “T” in the panes. */
export function quoted(name: string, surface: CleanSurface, lang: Lang): string {
  return surface !== "pane" ? `"${name}"` : lang === "vi" ? `«${name}»` : `“${name}”`;
}

/** 'trang "T"', 'các trang "T", "U"', or "trang khác của tệp" when the sheets are not known by name. */
function otherSheets(sheets: string[], surface: CleanSurface, lang: Lang): string {
  const names = sheets.map((s) => quoted(s, surface, lang)).join(", ");
  if (lang === "en") return sheets.length === 0 ? "another sheet of the file" : `${sheets.length > 1 ? "sheets" : "sheet"} ${names}`;
  return sheets.length === 0 ? "trang khác của tệp" : `${sheets.length > 1 ? "các trang" : "trang"} ${names}`;
}

/**
 * The counted reasons a line is not clean, in the order a reader acts on them, each followed by where to look; parts
 * in a row pointing to the same place say it once, after the last. Figures not judged are `incompleteLine`'s, here
 * only when it says nothing (another sheet known to hold figures not judged, not by how many).
 */
function countedParts(c: Clean, surface: CleanSurface, lang: Lang): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const vi = lang === "vi";
  const parts: { text: string; see: Counted }[] = [];
  if (c.asked > 0) parts.push({ text: vi ? `${n(c.asked)} chỉ tiêu cần xác nhận` : `${n(c.asked)} to confirm`, see: "asked" });
  // A figure below its target and a task not done yet are not yet due alike, each in its own words.
  const tasks = undecided(c) ? c.pending : c.tasks ?? 0;
  if (c.pending > tasks) parts.push({ text: vi ? `${n(c.pending - tasks)} chỉ tiêu chưa đạt mức, chưa đến hạn` : `${n(c.pending - tasks)} not yet at target, not yet due`, see: "pending" });
  if (tasks > 0 && !undecided(c)) parts.push({ text: vi ? `${n(tasks)} nhiệm vụ chưa hoàn thành, chưa đến hạn` : `${n(tasks)} ${tasks === 1 ? "task" : "tasks"} not done yet, not yet due`, see: "pending" });
  const e = c.elsewhere;
  const said = openSheets(c).length > 0;
  if (e && (e.shortfalls > 0 || !said)) {
    // Once the incomplete line has named the sheets with figures not judged, only those with shortfalls are named here.
    const sheets = said ? e.bySheet.filter((s) => s[3]).map((s) => s[0]) : e.sheets;
    const held = e.shortfalls > 0
      ? vi ? `${n(e.shortfalls)} chỉ tiêu chưa đạt` : `${n(e.shortfalls)} ${e.shortfalls === 1 ? "shortfall" : "shortfalls"}`
      : vi ? "số liệu chưa được đánh giá" : "figures not judged";
    parts.push({ text: vi ? `${otherSheets(sheets, surface, lang)} còn ${held}` : `${otherSheets(sheets, surface, lang)} holds ${held}`, see: "elsewhere" });
  }
  const where = (k: Counted) => SEE[surface][k][lang];
  return parts.map((p, i) => (i + 1 < parts.length && where(parts[i + 1].see) === where(p.see) ? p.text : `${p.text} (${where(p.see)})`));
}

/**
 * The one line that sums up a check's shortfalls (or why "none" cannot be said plainly), worded for where it is
 * printed; figures not judged are left to `incompleteLine`, printed before it. For "shortfalls" it is the pane's
 * coverage line (the CLI and the report list the shortfalls instead).
 * @example cleanLine({ kind: "qualified", judged: 5, pending: 1, … }, "cli", "vi") → "Không có chỉ tiêu chưa đạt đã đến hạn; 1 chỉ tiêu chưa đạt mức, chưa đến hạn (xem trên)."
 */
export function cleanLine(c: Clean, surface: CleanSurface, lang: Lang): string {
  const vi = lang === "vi";
  const n = (x: number) => formatNumber(x, lang);
  const parts = countedParts(c, surface, lang);
  const allJudged = vi ? "mọi dòng có số liệu đều đã được đánh giá" : "every row with a figure was judged";
  const line = (head: string, rest: string[]) => `${[head, ...rest].join("; ")}.`;
  switch (c.kind) {
    case "clean":
      return surface === "pane" ? line(vi ? "Không có chỉ tiêu chưa đạt" : "No shortfalls", [allJudged]) : vi ? "Không có chỉ tiêu chưa đạt." : "No shortfalls.";
    case "shortfalls":
      // Worded as the panes' filter of the same rows ("Chưa đạt, gần đạt"): a near miss is short too.
      return line(vi ? `Chưa đạt, gần đạt: ${n(c.shortfalls)}` : `Short or near: ${n(c.shortfalls)}`, parts.length > 0 || saysHere(c) || openSheets(c).length > 0 ? parts : [allJudged]);
    case "qualified": {
      // The strongest claim the counts allow: "none certain" over rows asked about, "none due" over figures not yet due.
      const head = undecided(c)
        ? vi ? `Chưa kết luận được: cả ${n(c.judged)} chỉ tiêu đã so với mức đều chưa đến hạn (${SEE[surface].pending.vi})` : `Nothing concluded: all ${n(c.judged)} judged are not yet due (${SEE[surface].pending.en})`
        : c.asked > 0
        ? vi ? "Không có chỉ tiêu chưa đạt chắc chắn" : "No certain shortfalls"
        : c.pending > 0 && c.notJudged === 0 && !c.elsewhere
          ? vi ? "Không có chỉ tiêu chưa đạt đã đến hạn" : "No shortfalls that are due"
          : vi ? `Không có chỉ tiêu chưa đạt trong ${n(c.judged)} chỉ tiêu đã đánh giá` : `No shortfalls among the ${n(c.judged)} judged`;
      return line(head, parts);
    }
    case "nothing": {
      // The CLI's clean line is its last: the rows are listed above it.
      const see = (surface === "cli" ? SEE.cli.asked : SEE[surface].notJudged)[lang];
      return line(vi ? `Không đánh giá được chỉ tiêu nào: ${withFigures(c.notJudged, c.cells, lang)} chưa đánh giá được (${see})` : `Nothing could be judged: ${withFigures(c.notJudged, c.cells, lang)} ${c.notJudged === 1 ? "was" : "were"} not judged (${see})`, parts);
    }
    case "blank": {
      const head = c.noData > 0
        ? vi ? `Chưa có số liệu để đánh giá: cả ${n(c.noData)} chỉ tiêu đều chưa có số liệu` : `Nothing to judge yet: none of the ${n(c.noData)} indicators has a figure`
        : vi ? "Chưa có chỉ tiêu nào để đánh giá" : "Nothing to judge";
      return line(head, parts);
    }
  }
}

/**
 * The heading over the rows not judged, for the report and the panes alike: rows "not in the plan" only when a plan
 * was used (without one, nothing can fail to match it).
 * @example notJudgedTitle(false).vi → "Dòng chưa được đánh giá"
 */
export function notJudgedTitle(plan: boolean): Bilingual {
  return plan ? { vi: "Dòng chưa được đánh giá hoặc không khớp kế hoạch", en: "Rows not judged, or judged without a plan indicator" } : { vi: "Dòng chưa được đánh giá", en: "Rows not judged" };
}

/**
 * The panes' one line over a check's results: the figures not judged (`incompleteLine`), then the clean line, shown as
 * a warning when `leftOpen`.
 * @example paneLine(c, "vi") → "Chưa đánh giá được 1/6 dòng có số liệu (1 không khớp kế hoạch; xem danh sách bên dưới). Chưa đạt, gần đạt: 3."
 */
export function paneLine(c: Clean, lang: Lang): string {
  const first = incompleteLine(c, lang, "pane");
  return `${first ? `${first} ` : ""}${cleanLine(c, "pane", lang)}`;
}

/**
 * The one-line error for a check that judged nothing, naming the columns it saw and how to map them; null when
 * something was judged, or when the table simply has no figures yet (a blank form).
 * @example nothingJudged(result)?.vi → 'Trang "S": không đánh giá được dòng nào (12 dòng có số liệu); đã thấy các cột B "Nội dung", D "Chỉ tiêu" …; chỉ rõ cột, ví dụ --map "chỉ tiêu=D,thực hiện=F".'
 */
export function nothingJudged(result: CheckedSheet): Bilingual | null {
  const c = result.coverage;
  if (c.judged > 0) return null;
  // A blank form (targets, no figures yet) is no failure; targets nobody can read are one, and so is a blank sheet
  // chosen while another sheet of the workbook holds figures nobody judged (`complete` is false then, see bestSheet).
  if (c.notJudgedTotal === 0 && c.complete && result.items.length > 0 && result.items.some((it) => it.status === "no_data")) return null;
  // A unit matrix's plan column left unpaired is one of its figure columns to the reader, but its heading says plan
  // ("Chỉ tiêu điều khám cấp huyện"): listed, and offered for --map, as the target it is (rereview42c).
  const seen = c.columns.map((s) => (s.role === "actual" && result.layout.shape === "matrix" && (combineTexts(s.header.split(" / ")).role === "target" || PLAN_OF.test(fold(s.header.split(" / ").filter((t) => /\p{L}/u.test(t)).at(-1) ?? ""))) ? { ...s, role: "target" as const } : s));
  const cols = seen.map((s) => `${s.letter} "${s.header || "(trống)"}"${s.role ? ` (${ROLE_VI[s.role] ?? s.role})` : ""}`).join(", ");
  const colsEn = seen.map((s) => `${s.letter} "${s.header || "(blank)"}"${s.role ? ` (${s.role})` : ""}`).join(", ");
  const target = seen.find((s) => s.role === "target")?.letter ?? seen.find((s) => !s.role)?.letter ?? "D";
  // Its figure is none of the others (none names what is planned): the example leaves the figure for the user to name,
  // and the first column given as an example is not the plan's own.
  const plans = new Set(seen.filter((s, i) => s !== c.columns[i]).map((s) => s.col));
  const actual = plans.size > 0 ? undefined : seen.find((s) => s.role === "actual" || s.role === "rate")?.letter ?? seen.filter((s) => !s.role)[1]?.letter ?? "F";
  const example = `--map "chỉ tiêu=${target},thực hiện=${actual ?? "<cột số liệu>"}"`;
  const exampleEn = `--map "chỉ tiêu=${target},thực hiện=${actual ?? "<figure column>"}"`;
  const cells = result.layout.shape === "matrix";
  const rows = c.notJudgedTotal > 0 ? ` (${withFigures(c.notJudgedTotal, cells, "vi")})` : c.noData > 0 ? ` (${c.noData} chỉ tiêu chưa có số liệu)` : "";
  const rowsEn = c.notJudgedTotal > 0 ? ` (${withFigures(c.notJudgedTotal, cells, "en")})` : c.noData > 0 ? ` (${c.noData} with no figure yet)` : "";
  // A sentence set aside says more than a column with none: it is the example when there is one.
  const first = c.notJudged.find((n) => n.reason === "sentence_refused") ?? c.notJudged.find((n) => !plans.has(n.cell.col));
  // The other sheets, with what they hold, when the sheet taken was chosen among several (bestSheet's note).
  const why = `${first ? ` Ví dụ: ${first.message.vi}` : ""}${c.choice ? ` ${c.choice.vi}` : ""}`;
  const whyEn = `${first ? ` For example: ${first.message.en}` : ""}${c.choice ? ` ${c.choice.en}` : ""}`;
  return {
    vi: `trang "${result.sheet}": không đánh giá được dòng nào${rows}; đã thấy các cột ${cols}; chỉ rõ cột chỉ tiêu và cột thực hiện, ví dụ ${example}, hoặc chọn kế hoạch bằng --plan.${why}`,
    en: `sheet "${result.sheet}": no row could be judged${rowsEn}; columns seen: ${colsEn}; name the target and actual columns, as in ${exampleEn}, or choose a plan with --plan.${whyEn}`,
  };
}

const ROLE_VI: Partial<Record<ColumnRole, string>> = {
  stt: "STT",
  id: "mã",
  name: "tên",
  unit: "ĐVT",
  target: "chỉ tiêu",
  baseline: "năm trước",
  actual: "thực hiện",
  actualNumerator: "tử số",
  actualDenominator: "mẫu số",
  rate: "tỷ lệ",
  note: "ghi chú",
  deadline: "thời hạn",
  completion: "kết quả",
  level: "cấp học",
};

/** A figure typed as text: "95", "64,9%", "1.205", "-3", "13/28", and with its unit, as clerks type a count ("64 trẻ", "12 trường", "3 phòng học"). */
const FIGURE_TEXT = /^\s*[-+]?\d[\d.,]*\s*(%|\/\s*\d[\d.,]*)?(\s+\p{L}+){0,2}\s*$/u;

/** A column heading over targets or limits, not results ("Số trẻ tối đa", "Định mức", "Kế hoạch"): its cells are no figures left open. */
const TARGET_HEADING = /\b(toi da|toi thieu|khong qua|khong duoi|dinh muc|chi tieu|ke hoach)\b/;

/** A cell holding a figure: a finite number, or a figure typed as text (`FIGURE_TEXT`). */
const holdsFigure = (v: CellValue) => (typeof v === "number" ? Number.isFinite(v) : typeof v === "string" && FIGURE_TEXT.test(v));

/**
 * Rows of a sheet holding a figure past their first filled cell (a number, or a number typed as text): what a sheet
 * where no table was recognised leaves unread. The first filled cell is the row's number or label, never its figure.
 * @example figureRowCount({ name: "Phụ", values: [["Xếp loại", "Số trường"], ["Tốt", 10], ["Khá", "8"]] }) → 2
 */
export function figureRowCount(sheet: SheetData): number {
  const hidden = new Set(sheet.hiddenRows ?? []);
  let n = 0;
  sheet.values.forEach((row, r) => {
    if (!row || hidden.has(r)) return;
    const first = row.findIndex((v) => cellText(v).trim() !== "");
    if (first >= 0 && row.some((v, c) => c > first && holdsFigure(v))) n++;
  });
  return n;
}

/**
 * The blocks of figures on a sheet outside every table read (`boxes`: each table's header top to its last data row,
 * from column A to the first column blank over all those rows): below a table after a gap, to its right past a blank
 * column, a second block no header names. A cell counts when it holds a number or a typed figure ("64,9%", "13/28")
 * that no verdict used or read through a formula, is not its row's first filled cell (a row's number or label), not in
 * a row of years or of running numbers ("1 | 2 | 3", column numbers), and not a formula over the tables' own cells (a
 * total or count of them). One entry per block (rows run to a blank one), counted by its rows with figures and named
 * by its first words.
 * @example outsideBlocks(sheet, [layout], items)[0] → { name: "Thống kê theo trường", rows: [9, 11], count: 3, reason: "outside_table", … }
 */
export function outsideBlocks(sheet: SheetData, boxes: readonly Layout[], items: readonly CheckedItem[]): NotJudged[] {
  const v = sheet.values;
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const width = Math.min(sheetWidth(sheet), 1024);
  const edge: number[] = [];
  for (const l of boxes) {
    const top = l.headerRows[0];
    const filled = (c: number) => {
      if (hidden.has(c) || (sheet.merges ?? []).some((m) => m.left <= c && c <= m.right && m.top <= top && l.headerRows.includes(m.bottom))) return true;
      for (let r = top; r <= l.lastDataRow; r++) if (!isEmptyCell(v[r]?.[c])) return true;
      return false;
    };
    // Past the last column given a role, while the columns right of it hold something in the table's rows.
    let c = Math.max(0, ...rolesOf(l).keys()) + 1;
    while (c < width && filled(c)) c++;
    for (let r = top; r <= l.lastDataRow; r++) edge[r] = Math.max(edge[r] ?? -1, c - 1);
  }
  const inside = (r: number, c: number) => r >= 0 && c <= (edge[r] ?? -1);
  const used = fedCells(sheet, items, true);
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const out: NotJudged[] = [];
  let block: { name: string; first: CellRef | null; last: number; rows: number; index: boolean } | null = null;
  // Within a block, whether each column's heading says it holds targets (`TARGET_HEADING`).
  const targets = new Map<number, boolean>();
  const close = () => {
    targets.clear();
    if (block?.first) {
      const [a, b] = [block.first.row, block.last].map((r) => r + 1 + origin.row);
      const d = a < b ? `${a}–${b}` : `${a}`;
      out.push(notJudged({ sheet }, { row: block.first.row, cell: block.first, name: block.name, reason: "outside_table", detail: d, count: block.rows, rows: [a, b] }));
    }
    block = null;
  };
  for (let r = 0; r < v.length; r++) {
    if (hiddenRows.has(r)) continue;
    const row = v[r] ?? [];
    let label = true;
    let text = "";
    const figs: number[] = [];
    for (let c = (edge[r] ?? -1) + 1; c < Math.min(row.length, width); c++) {
      const x = row[c];
      if (hidden.has(c) || isEmptyCell(x)) continue;
      const fig = holdsFigure(x);
      if (label || !fig) {
        if (!fig) text ||= cellText(x).trim().slice(0, 60);
        if (!label && !fig) targets.set(c, TARGET_HEADING.test(fold(cellText(x))));
        label = false;
        continue;
      }
      if (targets.get(c)) continue;
      const f = sheet.formulas?.[r]?.[c];
      const refs = f ? formulaRefs(f, origin, true) : [];
      if (used.has(cellKey(r, c)) || (refs.length > 0 && refs.every((q) => inside(q.r1, q.c2) && inside(q.r2, q.c2)))) continue;
      figs.push(c);
    }
    if (label) {
      close();
      continue;
    }
    const nums = figs.map((c) => row[c]);
    // A row of years ("2023 | 2024 | 2025") or column numbers ("1 | 2 | 3 | 4") heads columns: no figures.
    const years = nums.every((x) => Number.isInteger(x) && (x as number) >= 1900 && (x as number) <= 2100);
    const running = nums.length > 2 && nums.every((x, i) => x === (nums[0] as number) + i);
    // A yearbook's index block ("Chỉ số phát triển (Năm trước = 100)") restates the table's figures against last year.
    block ??= { name: text, first: null, last: r, rows: 0, index: INDEX_BLOCK.test(fold(text)) };
    if (figs.length === 0 || years || running || block.index) continue;
    block.first ??= { row: r, col: figs[0] };
    block.last = r;
    block.rows++;
  }
  close();
  return out;
}
