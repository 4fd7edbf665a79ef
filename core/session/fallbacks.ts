// Keeps status cells live where core has no native formula: the host's own custom function judges them instead of a fixed label.
import { callFunction } from "../functions/registry";
import type { SheetEdits } from "../sheet/edits";
import { cellAddress, type SheetData } from "../sheet/model";
import type { CheckedSheet } from "../sheet/types";
import type { CustomFunctionSpec } from "../host/host";

function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Replaces each fixed-label status cell core planned (its `{ text }` fallback) by `NAME(actual, "target"[, baseline])`
 * with the host's custom function, at most `spec.max` cells, and only where that call gives the check's verdict on
 * today's figures: the function knows neither the column's percent scale nor the as-of date, so where those decide,
 * the label stays. Unreadable targets keep the label (no function could read them either). A numerator/denominator
 * pair is passed as `num&"/"&den`, which the judge reads as a share, as the check did. Rows no longer fixed leave
 * `fallbacks`. Without a spec (a file host), the edits come back unchanged.
 * @example withCustomFunctionFallbacks(edits, checked, sheet, { name: "CHITIEU.TARGET_STATUS", max: Infinity })
 *   → status cell { text: "Chưa đạt" } of a reference rule becomes { formula: 'CHITIEU.TARGET_STATUS(E5,"cao hơn trung bình",C5)' }
 */
export function withCustomFunctionFallbacks(
  edits: SheetEdits,
  checked: CheckedSheet,
  sheet: Pick<SheetData, "origin" | "values">,
  spec: CustomFunctionSpec | null,
): { edits: SheetEdits; replaced: number } {
  if (!spec || spec.max <= 0) return { edits, replaced: 0 };
  const o = sheet.origin ?? { row: 0, col: 0 };
  const top = edits.block.range.top;
  const cells = edits.block.cells.map((row) => row.slice());
  const baselineCol = checked.layout.shape === "list" ? checked.layout.columns.baseline : undefined;
  let replaced = 0;
  for (const it of checked.items) {
    if (replaced >= spec.max) break;
    if (!it.verdict.rule || it.target.trim() === "" || it.verdict.status === "unreadable") continue;
    const i = it.row + o.row - top;
    const j = checked.layout.shape === "matrix" ? it.group : 0;
    if (j === undefined) continue;
    const current = cells[i]?.[j];
    if (!current || !("text" in current)) continue;
    const actual = cellAddress(sheet, it.cell.row, it.cell.col);
    const args = [it.denominatorCell ? `${actual}&"/"&${cellAddress(sheet, it.denominatorCell.row, it.denominatorCell.col)}` : actual, quoted(it.target)];
    const baseline = baselineCol === undefined ? null : (sheet.values[it.row]?.[baselineCol] ?? null);
    // The same call the formula will make, on today's figures (core hands a pair over as "num/den" text too).
    if (callFunction("TARGET_STATUS", [it.actual ?? null, it.target, baseline]) !== it.verdict.labels.vi) continue;
    if (baselineCol !== undefined) args.push(cellAddress(sheet, it.row, baselineCol));
    cells[i][j] = { formula: `${spec.name}(${args.join(",")})` };
    replaced++;
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
