// Keeps status cells live where no native formula can judge the rule: Excel calls the add-in's own TARGET_STATUS instead of a frozen label.
import type { SheetEdits } from "../../core/sheet/edits";
import type { CheckedSheet } from "../../core/sheet/types";
import { cellAddress, type SheetData } from "../../core/sheet/model";
import { callFunction, FUNCTION_NAMESPACE } from "../../core/functions/registry";

function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Replaces each fixed-label status cell core planned (its `{ text }` fallback) by
 * `CHITIEU.TARGET_STATUS(actual, "target"[, baseline])` when the target was read: the custom function judges
 * with the same engine and recalculates when the figure changes. Unreadable targets keep the label, since the
 * function could only say the same. A numerator/denominator pair is passed as `num&"/"&den`, which the judge
 * reads as a share, as the check did. The call is used only where it gives the check's verdict today: the function
 * knows neither the column's percent scale nor the indicator's name, so where those decide, the label stays.
 * @example status cell { text: "Chưa đạt" } for a reference rule → { formula: 'CHITIEU.TARGET_STATUS(E5,"cao hơn trung bình",C5)' }
 */
export function withCustomFunctionFallbacks(edits: SheetEdits, checked: CheckedSheet, sheet: Pick<SheetData, "origin" | "values">): { edits: SheetEdits; replaced: number } {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const { range } = edits.block;
  const cells = edits.block.cells.map((row) => [...row]);
  const baselineCol = checked.layout.shape === "list" ? checked.layout.columns.baseline : undefined;
  let replaced = 0;
  for (const it of checked.items) {
    if (!it.verdict.rule || it.target === "") continue;
    const i = it.row + o.row - range.top;
    const j = checked.layout.shape === "matrix" ? (it.group ?? 0) : 0;
    const current = cells[i]?.[j];
    if (!current || !("text" in current)) continue;
    const actual = it.denominatorCell
      ? `${cellAddress(sheet, it.cell.row, it.cell.col)}&"/"&${cellAddress(sheet, it.denominatorCell.row, it.denominatorCell.col)}`
      : cellAddress(sheet, it.cell.row, it.cell.col);
    const args = [actual, quoted(it.target)];
    const baseline = baselineCol === undefined ? null : (sheet.values[it.row]?.[baselineCol] ?? null);
    if (callFunction("TARGET_STATUS", [it.actual ?? null, it.target, baseline]) !== it.verdict.labels.vi) continue;
    if (baselineCol !== undefined) args.push(cellAddress(sheet, it.row, baselineCol));
    cells[i][j] = { formula: `${FUNCTION_NAMESPACE}.TARGET_STATUS(${args.join(",")})` };
    replaced++;
  }
  return { edits: { ...edits, block: { range, cells }, formulaCount: edits.formulaCount + replaced }, replaced };
}
