// The one adapter from core/sheet's CheckedSheet to what the panes and the report's notes list: judged rows, rows not judged and why, findings with cells.
import type { Bilingual } from "../types";
import { STATUS, STATUS_CODES, type StatusCode } from "../rule/verdict";
import { cellAddress, type SheetData } from "../sheet/model";
import type { CheckedSheet } from "../sheet/types";

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

/** Why a row with something on it got no verdict (or no plan indicator). */
export type NotJudgedReason =
  /** A figure but no target on the sheet and no plan indicator: nothing to judge it against. */
  | "no_target"
  /** A plan was chosen and no indicator of it matches the row's name. */
  | "no_match"
  /** A plan indicator resembles the row's name only loosely: listed with it, not guessed. */
  | "uncertain_match"
  /** The target text could not be read. */
  | "unreadable_target"
  /** The figure could not be read. */
  | "invalid_figure"
  /** Judged on the sheet's own target, but tied to no plan indicator (a plan was chosen). */
  | "no_plan_match";

/**
 * What core/sheet says about rows it did not judge, when its check reports it (`CheckedSheet.coverage`, from the
 * sheet reader): the only shape this adapter reads it through, so a change there is met here alone.
 */
interface CoverageLike {
  notJudged: { row: number; cell: { row: number; col: number }; name: string; unitName?: string; reason: string; candidate?: { id: string; name: string; score: number }; message: Bilingual }[];
  notJudgedTotal: number;
  complete: boolean;
  choice?: Bilingual;
}

export interface NotJudgedRow {
  /** Data row, 0-based in `values` coordinates. */
  row: number;
  /** Cell to select (the row's name cell), absolute A1. */
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
  /** How the table was chosen when another was close, and the reader's other close choices, one sentence each. */
  decisions: Bilingual[];
}

const REASON_TEXT: Record<NotJudgedReason, Bilingual> = {
  no_target: { vi: "có số liệu nhưng không có chỉ tiêu trên trang và không khớp chỉ tiêu nào của kế hoạch", en: "has a figure but no target on the sheet and matches no plan indicator" },
  no_match: { vi: "có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch", en: "has a figure but matches no plan indicator" },
  uncertain_match: { vi: "tên chỉ gần giống một chỉ tiêu của kế hoạch; hãy chọn chỉ tiêu khớp", en: "the name only resembles a plan indicator; choose the one it is" },
  invalid_figure: { vi: "không đọc được số liệu", en: "the figure could not be read" },
  unreadable_target: { vi: "không đọc được chỉ tiêu", en: "the target could not be read" },
  no_plan_match: { vi: "không khớp chỉ tiêu nào của kế hoạch; đã đánh giá theo chỉ tiêu ghi trên trang", en: "matches no plan indicator; judged on the target written on the sheet" },
};

/**
 * The cell that names a data row: the name column of a list, the unit column of a matrix (or the group's
 * column for a matrix indicator the plan does not know).
 */
function nameCell(sheet: SheetData, checked: CheckedSheet, row: number, name: string): string {
  const l = checked.layout;
  if (l.shape === "list") return cellAddress(sheet, row, l.columns.name ?? l.columns.id ?? 0);
  const g = l.groups.find((x) => x.header === name);
  const col = g ? (g.col ?? g.numerator ?? g.denominator) : undefined;
  return cellAddress(sheet, row, col ?? l.unitColumn);
}

/**
 * What a check found, listed for the panes: every judged figure with its cell, the rows that were not judged (or
 * tied to no plan indicator) and why, and the data checks with the cell each points at.
 * @example resultsView(sheet, checked).notJudged[0] → { row: 7, address: "B8", name: "Số phòng học", reason: "no_target", judged: false, text: { vi: "«Số phòng học»: có số liệu nhưng ...", ... } }
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
  const say = (name: string, reason: NotJudgedReason): Bilingual => ({
    vi: `«${name}»: ${REASON_TEXT[reason].vi}.`,
    en: `“${name}”: ${REASON_TEXT[reason].en}.`,
  });
  const coverage = (checked as CheckedSheet & { coverage?: CoverageLike }).coverage;
  if (coverage) {
    // The reader's own list: rows with figures it did not judge, each with its cell and a sentence.
    for (const n of coverage.notJudged) {
      const reason = (n.reason in REASON_TEXT ? n.reason : "no_target") as NotJudgedReason;
      const name = n.unitName ? `${n.unitName} · ${n.name}` : n.name;
      const row: NotJudgedRow = { row: n.row, address: cellAddress(sheet, n.cell.row, n.cell.col), name, reason, judged: false, text: say(name, reason) };
      if (n.candidate) row.candidate = { id: n.candidate.id, name: n.candidate.name };
      notJudged.push(row);
    }
  }
  const inCoverage = new Set(notJudged.map((n) => n.row));
  for (const u of checked.unmatchedRows) {
    const judged = checked.layout.shape === "list" ? judgedRows.has(u.row) : false;
    if (coverage && (!judged || inCoverage.has(u.row))) continue;
    const reason: NotJudgedReason = judged || (checked.layout.shape === "matrix" && checked.planId !== null) ? "no_plan_match" : "no_target";
    const address = nameCell(sheet, checked, u.row, u.name);
    notJudged.push({ row: u.row, address, name: u.name, reason, judged, text: say(u.name, reason) });
  }
  if (!coverage) {
    checked.items.forEach((it) => {
      if (it.status !== "unreadable") return;
      const address = cellAddress(sheet, it.cell.row, it.cell.col);
      const name = it.unitName ? `${it.unitName} · ${it.name}` : it.name;
      notJudged.push({ row: it.row, address, name, reason: "unreadable_target", judged: false, text: say(name, "unreadable_target") });
    });
  }
  notJudged.sort((a, b) => a.row - b.row);
  const decisions: Bilingual[] = [];
  if (coverage?.choice) decisions.push(coverage.choice);
  decisions.push(...((checked.layout as { decisions?: Bilingual[] }).decisions ?? []));
  const unjudged = notJudged.filter((n) => !n.judged).length;

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
    notJudgedTotal: coverage ? Math.max(coverage.notJudgedTotal, unjudged) : unjudged,
    complete: coverage ? coverage.complete : unjudged === 0 && counts.review === 0 && counts.unreadable === 0,
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
