// Keeps status cells live where core has no native formula: the host's own custom function judges them instead of a fixed label.
import { callFunction } from "../functions/call";
import type { SheetEdits } from "../sheet/edits";
import { columnLetters, type SheetData } from "../sheet/model";
import { formulaFits, formulaString } from "../sheet/output";
import { cellText } from "../sheet/text";
import type { CheckedItem, CheckedSheet } from "../sheet/types";
import type { CustomFunctionSpec } from "../host/host";
import { explanationFollowing, groupColumns } from "../sheet/status";
import type { Lang } from "../types";

/**
 * The cell (values coordinates) holding exactly the target text judged, or null when the target came from the plan
 * or the cell says something else: a formula may point there instead of quoting a long target.
 */
function targetCell(checked: CheckedSheet, it: CheckedItem, sheet: Pick<SheetData, "values">): { row: number; col: number } | null {
  if (it.targetSource !== "sheet") return null;
  const layout = checked.layout;
  const candidates: { row: number; col: number }[] = [];
  if (layout.shape === "list" && layout.columns.target !== undefined) candidates.push({ row: it.row, col: layout.columns.target });
  if (layout.shape === "matrix" && it.group !== undefined) {
    const g = layout.groups[it.group];
    if (g?.target !== undefined) candidates.push({ row: it.row, col: g.target });
    const col = g?.col ?? g?.numerator;
    if (layout.targetRow !== undefined && col !== undefined) candidates.push({ row: layout.targetRow, col });
  }
  const want = cellText(it.target);
  return candidates.find((c) => cellText(sheet.values[c.row]?.[c.col] ?? null) === want) ?? null;
}

/**
 * Replaces each fixed-label status cell core planned (its `{ text }` fallback) by `NAME(actual, "target"[, baseline])`
 * with the host's custom function, at most `spec.max` cells, and only where that call gives the check's verdict on
 * today's figures: the function knows neither the column's percent scale nor the as-of date, so where those decide,
 * the label stays, as it does where the sheet's period decides a short figure (`noFormula` "period"). The target
 * goes in as `formulaString` (never a text constant over 255 characters); a longer one is read from its cell on the
 * sheet, and one only the plan states keeps the label. Addresses follow the columns
 * core plans to insert. Unreadable targets keep the label (no function could read them either). A numerator/denominator
 * pair is passed as `num&"/"&den`, which the judge reads as a share, as the check did. Rows no longer fixed leave
 * `fallbacks`, and a list row's explanation becomes live with it (`explanationFollowing`, in `lang`). Without a spec
 * (a file host), the edits come back unchanged.
 * @example withCustomFunctionFallbacks(edits, checked, sheet, { name: "CHITIEU.TARGET_STATUS", max: Infinity })
 *   → status cell { text: "Chưa đạt" } of a reference rule becomes { formula: 'CHITIEU.TARGET_STATUS(E5,"cao hơn trung bình",C5)' }
 */
export function withCustomFunctionFallbacks(
  edits: SheetEdits,
  checked: CheckedSheet,
  sheet: Pick<SheetData, "origin" | "values">,
  spec: CustomFunctionSpec | null,
  lang: Lang = "vi",
): { edits: SheetEdits; replaced: number } {
  if (!spec || spec.max <= 0) return { edits, replaced: 0 };
  const o = sheet.origin ?? { row: 0, col: 0 };
  const ins = edits.insertColumns;
  // Addresses as they stand after the columns core planned to insert (the block's cells are written after it).
  const at = (r: number, c: number) => {
    const abs = c + o.col;
    return `${columnLetters(ins && abs >= ins.before ? abs + ins.count : abs)}${r + o.row + 1}`;
  };
  const top = edits.block.range.top;
  const cells = edits.block.cells.map((row) => row.slice());
  const baselineCol = checked.layout.shape === "list" ? checked.layout.columns.baseline : undefined;
  let replaced = 0;
  const colOf = groupColumns(checked);
  for (const it of checked.items) {
    if (replaced >= spec.max) break;
    if (!it.verdict.rule || it.target.trim() === "" || it.verdict.status === "unreadable") continue;
    // The function knows neither the period a figure is for: a short one typed later would be "Chưa đạt" to it.
    if (it.noFormula === "period") continue;
    const i = it.row + o.row - top;
    const j = checked.layout.shape === "matrix" ? (it.group === undefined ? undefined : colOf[it.group]) : 0;
    if (j === undefined) continue;
    const current = cells[i]?.[j];
    if (!current || !("text" in current)) continue;
    const actual = at(it.cell.row, it.cell.col);
    // A target too long for a formula's text constant is read from its cell; one only the plan states stays a label.
    const tc = targetCell(checked, it, sheet);
    const target = formulaString(it.target) ?? (tc ? at(tc.row, tc.col) : null);
    if (target === null) continue;
    const args = [it.denominatorCell ? `${actual}&"/"&${at(it.denominatorCell.row, it.denominatorCell.col)}` : actual, target];
    const baseline = baselineCol === undefined ? null : (sheet.values[it.row]?.[baselineCol] ?? null);
    // The same call the formula will make, on today's figures (core hands a pair over as "num/den" text too).
    if (callFunction("TARGET_STATUS", [it.actual ?? null, it.target, baseline]) !== it.verdict.labels.vi) continue;
    if (baselineCol !== undefined) args.push(at(it.row, baselineCol));
    const formula = `${spec.name}(${args.join(",")})`;
    if (!formulaFits(formula)) continue;
    cells[i][j] = { formula };
    replaced++;
    // The status is live now, so its explanation follows the same cells (a list's explanation is its block's last column).
    const expl = cells[i][cells[i].length - 1];
    if (checked.layout.shape === "list" && expl && "text" in expl) {
      // The cells as read (a pair's `it.actual` is the "num/den" text the function was handed, not a cell's value).
      const figures = [{ ref: at(it.cell.row, it.cell.col), value: sheet.values[it.cell.row]?.[it.cell.col] ?? null }];
      if (it.denominatorCell) figures.push({ ref: at(it.denominatorCell.row, it.denominatorCell.col), value: sheet.values[it.denominatorCell.row]?.[it.denominatorCell.col] ?? null });
      if (baselineCol !== undefined) figures.push({ ref: at(it.row, baselineCol), value: baseline });
      cells[i][cells[i].length - 1] = explanationFollowing(expl.text, figures, lang);
    }
  }
  if (replaced === 0) return { edits, replaced };
  const statusCols = edits.statusColumns.map((c) => c - edits.block.range.left);
  const stillFixed = (row: number) =>
    statusCols.some((j) => {
      const c = cells[row - top]?.[j];
      return c !== null && c !== undefined && "text" in c;
    });
  return {
    edits: { ...edits, block: { range: edits.block.range, cells }, fallbacks: edits.fallbacks.filter((f) => stillFixed(f.row)), formulaCount: edits.formulaCount + replaced },
    replaced,
  };
}
