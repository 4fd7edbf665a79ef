// Plans the status and explanation columns for a checked sheet: live formulas where the rule compiles, colours, and a refusal instead of overwriting user cells.
import type { Bilingual, Lang } from "../types";
import { compileFormula, formulaReads } from "../rule/formula";
import { STATUS, STATUS_CODES } from "../rule/verdict";
import { formatNumber } from "../number/format";
import { EXPLANATION_HEADER, STATUS_HEADER, STATUS_STYLES, type SheetEdits, type StatusColumnPlan } from "./edits";
import { type CellRange, type SheetData, absoluteRange, cellAddress, cellAt, isEmptyCell } from "./model";
import type { OutCell, StyledRange } from "./output";
import type { CheckedItem, CheckedSheet } from "./types";

export interface StatusColumnOptions {
  lang?: Lang;
  /** Fixed as-of date for deadline formulas; default TODAY() in the formula, so verdicts stay live. */
  asOf?: string;
  /** Relative tolerance for "Gần đạt", as used for the check. */
  tolerance?: number;
}

const ACTUAL_SLOT = "XFD1048576";
const BASELINE_SLOT = "XFC1048576";
const STATUS_WIDTH = 95;
const EXPLANATION_WIDTH = 280;
const MAX_REFUSED_CELLS = 20;
const MAX_NOTES = 50;

/** Whether a header cell was written by this tool (exact marker text, so a user's own "Đánh giá" column is never taken). */
function isOwnHeader(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  return t === STATUS_HEADER || t.startsWith(`${STATUS_HEADER}: `) || t === EXPLANATION_HEADER;
}

const LABELS = new Set(STATUS_CODES.map((s) => STATUS[s].vi));
const SYMBOLS = new Set(STATUS_CODES.map((s) => STATUS[s].symbol));

/**
 * Whether a cell under one of the tool's headers still holds what the tool wrote: a formula or a verdict
 * label in a status column, a sentence starting with a verdict symbol in the explanation column.
 * Anything else was typed by the user and is not overwritten.
 */
function isOwnCell(v: unknown, formula: string | undefined, explanation: boolean): boolean {
  if (typeof v !== "string") return !explanation && !!formula;
  if (explanation) return SYMBOLS.has(v.split(" ")[0]);
  return LABELS.has(v.trim()) || !!formula;
}

/**
 * Plans what to write beside a checked table: a status column (matrix: one per indicator) holding live
 * formulas compiled from each item's rule, or the engine's label where no formula can judge it; an
 * explanation column; verdict colours as conditional formats; notes for data-check findings. The block sits
 * in the first free columns right of the table, or over the columns this tool wrote before (found by
 * their exact header text). If any cell of the block is non-empty and not the tool's (a user's text in
 * those columns, a merged area reaching in), nothing is planned and the cells are named.
 * @example planStatusColumn(sheet, checked) → { ok: true, edits: { block: { range: { top: 3, left: 7, ... } }, statusColumns: [7], explanationColumn: 8, ... } }
 * @example planStatusColumn(sheetWithNotesInH, checked) → { ok: false, reason: { vi: "Cột định ghi ... không trống ...", en: ... }, cells: ["H5"] }
 */
export function planStatusColumn(sheet: SheetData, result: CheckedSheet, opts: StatusColumnOptions = {}): StatusColumnPlan {
  const lang = opts.lang ?? "vi";
  const layout = result.layout;
  const top = layout.headerRows[0];
  const bottom = layout.lastDataRow;
  const headerRow = top;
  const matrix = layout.shape === "matrix";
  const nStatus = matrix ? Math.max(1, layout.groups.length) : 1;
  const n = nStatus + 1;

  // Columns the tool wrote before, found by their exact header text; else the first free column right of the table.
  let own = -1;
  for (const hr of layout.headerRows) {
    const row = sheet.values[hr] ?? [];
    for (let c = 0; c < row.length; c++) if (isOwnHeader(row[c]) && (own < 0 || c < own)) own = c;
  }
  let start = own;
  if (start < 0) {
    let last = -1;
    for (let r = top; r <= bottom; r++) {
      const row = sheet.values[r];
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (!isEmptyCell(row[c])) {
          last = c;
          break;
        }
      }
    }
    start = last + 1;
  }
  const block: CellRange = { top, left: start, bottom, right: start + n - 1 };

  // Refuse rather than overwrite: every non-empty cell in the block must sit under one of the tool's headers.
  const ownCols = new Set<number>();
  for (const hr of layout.headerRows) {
    const row = sheet.values[hr] ?? [];
    for (let c = block.left; c <= block.right; c++) if (isOwnHeader(row[c])) ownCols.add(c);
  }
  const blocked: string[] = [];
  let blockedCount = 0;
  const headerSet = new Set(layout.headerRows);
  const explAt = block.right;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = block.left; c <= block.right && c < row.length; c++) {
      if (isEmptyCell(row[c])) continue;
      if (ownCols.has(c) && (headerSet.has(r) || isOwnCell(row[c], sheet.formulas?.[r]?.[c], c === explAt))) continue;
      blockedCount++;
      if (blocked.length < MAX_REFUSED_CELLS) blocked.push(cellAddress(sheet, r, c));
    }
  }
  for (const m of sheet.merges ?? []) {
    const hits = m.left <= block.right && m.right >= block.left && m.top <= block.bottom && m.bottom >= block.top;
    if (hits && !ownCols.has(m.left)) {
      blockedCount++;
      if (blocked.length < MAX_REFUSED_CELLS) blocked.push(cellAddress(sheet, m.top, m.left));
    }
  }
  if (blockedCount > 0) {
    const more = blockedCount > blocked.length ? ` (+${blockedCount - blocked.length})` : "";
    return {
      ok: false,
      cells: blocked,
      reason: {
        vi: `Các ô định ghi kết quả đánh giá không trống và không do công cụ tạo: ${blocked.join(", ")}${more}. Hãy dọn các ô đó hoặc chọn cột khác; công cụ không ghi đè dữ liệu của bạn.`,
        en: `The cells for the verdicts are not empty and were not written by this tool: ${blocked.join(", ")}${more}. Clear them or choose other columns; the tool never overwrites your data.`,
      },
    };
  }

  const height = bottom - top + 1;
  const cells: OutCell[][] = new Array(height);
  for (let i = 0; i < height; i++) cells[i] = new Array<OutCell>(n).fill(null);
  const explCol = n - 1;
  if (matrix) {
    layout.groups.forEach((g, gi) => (cells[headerRow - top][gi] = { text: `${STATUS_HEADER}: ${g.header}` }));
    if (layout.groups.length === 0) cells[headerRow - top][0] = { text: STATUS_HEADER };
  } else {
    cells[headerRow - top][0] = { text: STATUS_HEADER };
  }
  cells[headerRow - top][explCol] = { text: EXPLANATION_HEADER };

  const fallbacks: SheetEdits["fallbacks"] = [];
  let formulaCount = 0;
  const baselineCol = layout.shape === "list" ? layout.columns.baseline : undefined;
  // Compiling is the costly part: compile once per rule and scale against placeholder cells, then put each
  // row's own addresses in. The placeholders are the last cells of a sheet, which no formula here mentions.
  const compiled = new Map<object, Map<string, ReturnType<typeof compileFormula>>>();
  const compile = (rule: NonNullable<CheckedItem["verdict"]["rule"]>, scale: CheckedItem["percentScale"]) => {
    let byScale = compiled.get(rule);
    if (!byScale) compiled.set(rule, (byScale = new Map()));
    let f = byScale.get(scale);
    if (!f) {
      const refs: { actual: string; baseline?: string } = { actual: ACTUAL_SLOT };
      if (baselineCol !== undefined) refs.baseline = BASELINE_SLOT;
      const fo: { percentScale: typeof scale; tolerance?: number; asOf?: string } = { percentScale: scale };
      if (opts.tolerance !== undefined) fo.tolerance = opts.tolerance;
      if (opts.asOf) fo.asOf = opts.asOf;
      f = compileFormula(rule, refs, fo);
      byScale.set(scale, f);
    }
    return f;
  };
  const statusCell = (it: CheckedItem): OutCell => {
    const rule = it.verdict.rule;
    let reason: Bilingual | null = null;
    // Two readings that judge differently: the label stays fixed until the user says which is meant.
    if (it.status === "review") reason = { vi: "cần xác nhận cách hiểu số liệu hoặc chỉ tiêu", en: "the reading of the figure or target needs confirming" };
    else if (!rule) reason = { vi: "chỉ tiêu không đọc được", en: "target not understood" };
    else if (it.denominatorCell) reason = { vi: "số liệu là cặp tử số/mẫu số", en: "the figure is a numerator/denominator pair" };
    // Text figures such as "64,9%" or "13/14" are read by the engine but not the same way by every
    // spreadsheet's native functions, so a live formula there would disagree with the verdict.
    else if (!formulaReads(rule, it.actual)) reason = { vi: "số liệu nhập dạng chữ, công thức không đọc được như bộ kiểm tra", en: "the figure is typed as text, which a formula cannot read as the checker does" };
    else if (baselineCol !== undefined && !formulaReads(rule, cellAt(sheet, it.row, baselineCol), "baseline"))
      reason = { vi: "số liệu gốc nhập dạng chữ", en: "the baseline is typed as text" };
    else {
      const f = compile(rule, it.percentScale);
      if (f.ok) {
        formulaCount++;
        let text = f.formula.split(ACTUAL_SLOT).join(cellAddress(sheet, it.cell.row, it.cell.col));
        if (baselineCol !== undefined) text = text.split(BASELINE_SLOT).join(cellAddress(sheet, it.row, baselineCol));
        return { formula: text };
      }
      reason = f.reason;
    }
    fallbacks.push({ row: it.row + (sheet.origin?.row ?? 0), reason });
    return { text: it.verdict.labels.vi };
  };

  if (layout.shape === "list") {
    for (const it of result.items) {
      const i = it.row - top;
      if (i < 0 || i >= height) continue;
      cells[i][0] = statusCell(it);
      cells[i][explCol] = { text: `${it.verdict.symbol} ${it.verdict.explanations[lang]}` };
    }
  } else {
    const perRow = new Map<number, CheckedItem[]>();
    for (const it of result.items) {
      const i = it.row - top;
      if (i < 0 || i >= height || it.group === undefined) continue;
      cells[i][it.group] = statusCell(it);
      const l = perRow.get(it.row);
      if (l) l.push(it);
      else perRow.set(it.row, [it]);
    }
    for (const [r, its] of perRow) cells[r - top][explCol] = { text: rowSummary(its, lang) };
  }

  const abs = (r: CellRange) => absoluteRange(sheet, r);
  const dataTop = layout.firstDataRow;
  const statusRange = abs({ top: dataTop, left: start, bottom, right: start + nStatus - 1 });
  const headerRange = abs({ top: headerRow, left: start, bottom: headerRow, right: block.right });
  const styles: StyledRange[] = [
    { range: headerRange, style: { bold: true, wrap: true, hAlign: "center", vAlign: "middle", fill: "#F2F2F2", border: "thin" } },
    { range: abs({ top: dataTop, left: start + explCol, bottom, right: start + explCol }), style: { wrap: true, vAlign: "top" } },
    { range: statusRange, style: { hAlign: "center", vAlign: "top" } },
  ];
  const columnWidths: Record<number, number> = {};
  const o = sheet.origin?.col ?? 0;
  for (let k = 0; k < nStatus; k++) columnWidths[start + k + o] = STATUS_WIDTH;
  columnWidths[start + explCol + o] = EXPLANATION_WIDTH;

  const notes: SheetEdits["notes"] = [];
  for (const f of result.findings) {
    if (notes.length >= MAX_NOTES) break;
    const c = f.cells[0];
    if (!c) continue;
    notes.push({ cell: { row: c.row + (sheet.origin?.row ?? 0), col: c.col + o }, text: f.message[lang] });
  }

  const edits: SheetEdits = {
    sheet: sheet.name,
    block: { range: abs(block), cells },
    statusColumns: Array.from({ length: nStatus }, (_, k) => start + k + o),
    explanationColumn: start + explCol + o,
    styles,
    conditionalFormats: [{ range: statusRange, rules: STATUS_STYLES }],
    notes,
    columnWidths,
    fallbacks,
    formulaCount,
  };
  return { ok: true, edits };
}

/** One line per matrix row: "✓ 4/5 chỉ tiêu đạt" or "✗ 3/5 chỉ tiêu đạt; chưa đạt: Trẻ ra lớp, ...". */
function rowSummary(its: CheckedItem[], lang: Lang): string {
  let met = 0;
  const short: string[] = [];
  for (const it of its) {
    const s = it.verdict.status;
    if (s === "met" || s === "exceeded") met++;
    else if (s === "not_met" || s === "near" || s === "overdue") short.push(it.name);
  }
  const all = formatNumber(its.length, lang);
  if (lang === "en") {
    const head = `${short.length ? "✗" : "✓"} ${met}/${all} indicators met`;
    return short.length ? `${head}; not met: ${short.join(", ")}` : head;
  }
  const head = `${short.length ? "✗" : "✓"} ${met}/${all} chỉ tiêu đạt`;
  return short.length ? `${head}; chưa đạt: ${short.join(", ")}` : head;
}
