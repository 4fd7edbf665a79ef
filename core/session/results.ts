// The one adapter from core/sheet's CheckedSheet to what the panes and the report's notes list: judged rows, rows not judged and why, findings with cells.
import type { Bilingual } from "../types";
import { STATUS, STATUS_CODES, type StatusCode } from "../rule/verdict";
import { cellAddress, type SheetData } from "../sheet/model";
import type { CheckedSheet, NotJudgedReason as CoverageReason } from "../sheet/types";
import { type Clean, cleanOf } from "../sheet/coverage";

/** One judged figure as listed: where it is, what it is, its verdict in both languages. */
export interface ResultRow {
  /** Index into `CheckedSheet.items`. */
  item: number;
  /** The actual's cell (absolute A1): what a click selects. */
  address: string;
  /** Indicator name; "unit · indicator" in a unit matrix. */
  name: string;
  target: string;
  status: StatusCode;
  label: Bilingual;
  symbol: string;
  explanation: Bilingual;
  /** "cần thêm 23 trẻ", when countable. */
  need?: Bilingual;
}

/**
 * Why a row with something on it got no verdict (the sheet reader's reasons, `Coverage.notJudged`), or why a judged
 * row is listed anyway: "no_plan_match", judged on the sheet's own target but tied to no indicator of the chosen plan.
 */
export type NotJudgedReason = CoverageReason | "no_plan_match";

export interface NotJudgedRow {
  /** Data row, 0-based in `values` coordinates. */
  row: number;
  /** Cell to select, absolute A1: the figure's cell the reader names, or the name cell of a row judged off-plan. */
  address: string;
  name: string;
  reason: NotJudgedReason;
  /** Whether the row still got a verdict (on the sheet's own target). */
  judged: boolean;
  text: Bilingual;
  /** The plan indicator the row's name resembles, for an uncertain match: offered, never taken. */
  candidate?: { id: string; name: string };
}

/** A data check as listed: its message and the cell it points at. */
export interface FindingRow {
  address: string | null;
  severity: "error" | "warning";
  text: Bilingual;
}

/** Groups of statuses the panes filter by, in the order they are offered. */
export const STATUS_GROUPS = {
  short: ["not_met", "near", "overdue"],
  review: ["review"],
  achieved: ["exceeded", "met"],
  pending: ["pending"],
  missing: ["no_data", "invalid", "unreadable"],
} as const satisfies Record<string, readonly StatusCode[]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;

export interface ResultsView {
  sheet: string;
  total: number;
  counts: Record<StatusCode, number>;
  groups: Record<StatusGroup, number>;
  /** Shortfalls first (largest gap first), then every other judged figure in sheet order. */
  rows: ResultRow[];
  notJudged: NotJudgedRow[];
  /** Plan indicators no row of the sheet was tied to. */
  unmatchedIndicators: { id: string; name: string }[];
  findings: FindingRow[];
  /** Rows with figures not judged, in all (the list may hold fewer). */
  notJudgedTotal: number;
  /** True only when every row with a figure was judged and nothing waits for review: only then is a clean result said. */
  complete: boolean;
  /** Whether "no shortfalls" may be said plainly and what stops it: the panes' coverage line is worded from it (`cleanLine`). */
  clean: Clean;
  /** How the table was chosen when another was close, and the reader's other close choices, one sentence each. */
  decisions: Bilingual[];
}

// What happened is core's wording (`NotJudged.why`, as the CLI says it); the panes add what to do where a step of
// theirs does it. A row judged on the sheet's target but tied to no plan indicator is listed here only.
const TODO: Partial<Record<NotJudgedReason, Bilingual>> = {
  uncertain_match: { vi: "hãy chọn chỉ tiêu khớp", en: "choose the one it is" },
  unread_figure: { vi: "hãy chỉ cột thực hiện", en: "name the actual column" },
  outside_table: { vi: "hãy tách thành bảng có tiêu đề cột hoặc chỉ rõ bằng bước ghép cột", en: "give it a table header of its own or map it in the mapping step" },
  hidden_row: { vi: "hãy bỏ ẩn dòng", en: "unhide the row" },
};
const NO_PLAN_MATCH: Bilingual = { vi: "không khớp chỉ tiêu nào của kế hoạch; đã đánh giá theo chỉ tiêu ghi trên trang", en: "matches no plan indicator; judged on the target written on the sheet" };

/** The cell that names a row of an indicator list (its name column, else its id column). */
function nameCell(sheet: SheetData, checked: CheckedSheet, row: number): string {
  const l = checked.layout;
  return l.shape === "list" ? cellAddress(sheet, row, l.columns.name ?? l.columns.id ?? 0) : cellAddress(sheet, row, l.unitColumn);
}

/**
 * What a check found, listed for the panes: every judged figure with its cell, the rows that were not judged (or
 * tied to no plan indicator) and why, and the data checks with the cell each points at.
 * @example resultsView(sheet, checked).notJudged[0] → { row: 7, address: "E8", name: "Số phòng học", reason: "no_match", judged: false, text: { vi: "«Số phòng học»: có số liệu nhưng không khớp ...", ... } }
 */
export function resultsView(sheet: SheetData, checked: CheckedSheet): ResultsView {
  const counts = {} as Record<StatusCode, number>;
  for (const s of STATUS_CODES) counts[s] = checked.summary.byStatus[s] ?? 0;
  const groups = {} as Record<StatusGroup, number>;
  for (const [g, codes] of Object.entries(STATUS_GROUPS) as [StatusGroup, readonly StatusCode[]][]) groups[g] = codes.reduce((n, s) => n + counts[s], 0);

  const rowOf = (i: number): ResultRow => {
    const it = checked.items[i];
    const v = it.verdict;
    const r: ResultRow = {
      item: i,
      address: cellAddress(sheet, it.cell.row, it.cell.col),
      name: it.unitName ? `${it.unitName} · ${it.name}` : it.name,
      target: it.target,
      status: it.status,
      label: v.labels,
      symbol: v.symbol,
      explanation: v.explanations,
    };
    return r;
  };
  const rows: ResultRow[] = [];
  const listed = new Set<number>();
  for (const sf of checked.shortfalls) {
    const r = rowOf(sf.item);
    if (sf.need) r.need = sf.need;
    rows.push(r);
    listed.add(sf.item);
  }
  checked.items.forEach((_, i) => {
    if (!listed.has(i)) rows.push(rowOf(i));
  });

  const judgedRows = new Set(checked.items.map((it) => it.row));
  const notJudged: NotJudgedRow[] = [];
  // A matrix column is one entry for its units' cells, a block outside the table one for its rows: how many, so the
  // list adds up to the count above it.
  const say = (name: string, reason: NotJudgedReason, why: Bilingual, k = 0): Bilingual => {
    const rows = reason === "outside_table";
    const todo = TODO[reason];
    return {
      vi: `«${name}»${k ? ` (${k} ${rows ? "dòng" : "ô"})` : ""}: ${why.vi}${todo ? `; ${todo.vi}` : ""}.`,
      en: `“${name}”${k ? ` (${k} ${rows ? "rows" : "cells"})` : ""}: ${why.en}${todo ? `; ${todo.en}` : ""}.`,
    };
  };
  // The reader's own list (docs/sheet-reader.md): rows with figures it did not judge, each with the figure's cell.
  const coverage = checked.coverage;
  for (const n of coverage.notJudged) {
    const name = n.unitName ? `${n.unitName} · ${n.name}` : n.name;
    const row: NotJudgedRow = { row: n.row, address: cellAddress(sheet, n.cell.row, n.cell.col), name, reason: n.reason, judged: false, text: say(name, n.reason, n.why, n.count) };
    if (n.candidate) row.candidate = { id: n.candidate.id, name: n.candidate.name };
    notJudged.push(row);
  }
  // Rows the reader judged on the sheet's own target though the chosen plan has no indicator for them: listed, so
  // a user who meant the plan's target sees which rows did not use it. (A matrix lists only groups it did not judge.)
  if (checked.layout.shape === "list") {
    const inCoverage = new Set(notJudged.map((n) => n.row));
    for (const u of checked.unmatchedRows) {
      if (!judgedRows.has(u.row) || inCoverage.has(u.row)) continue;
      notJudged.push({ row: u.row, address: nameCell(sheet, checked, u.row), name: u.name, reason: "no_plan_match", judged: true, text: say(u.name, "no_plan_match", NO_PLAN_MATCH) });
    }
  }
  notJudged.sort((a, b) => a.row - b.row);
  const decisions: Bilingual[] = [];
  if (coverage.choice) decisions.push(coverage.choice);
  decisions.push(...((checked.layout as { decisions?: Bilingual[] }).decisions ?? []));

  const findings: FindingRow[] = checked.findings.map((f) => ({
    address: f.cells[0] ? cellAddress(sheet, f.cells[0].row, f.cells[0].col) : null,
    severity: f.severity,
    text: f.message,
  }));
  return {
    sheet: checked.sheet,
    total: checked.summary.total,
    counts,
    groups,
    rows,
    notJudged,
    unmatchedIndicators: checked.unmatchedIndicators,
    findings,
    notJudgedTotal: coverage.notJudgedTotal,
    complete: coverage.complete,
    clean: cleanOf(checked),
    decisions,
  };
}

/**
 * The status word with its symbol, for badges and the report.
 * @example statusWord("not_met", "vi") → "✗ Chưa đạt"
 */
export function statusWord(s: StatusCode, lang: "vi" | "en"): string {
  return `${STATUS[s].symbol} ${STATUS[s][lang]}`;
}
