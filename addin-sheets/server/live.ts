// Keeps the status column live in Sheets where core could not compile a native formula: the cell calls the add-on's own TARGET_STATUS instead of holding a fixed label.
import { callFunction } from "../../core/functions/registry";
import type { SheetEdits } from "../../core/sheet/edits";
import { cellAddress, type SheetData } from "../../core/sheet/model";
import type { OutCell } from "../../core/sheet/output";
import type { CheckedSheet } from "../../core/sheet/types";

/**
 * Most custom-function cells one check writes. Each is its own Apps Script execution on every recalculation, and
 * Sheets refuses many at once ("too many scripts running simultaneously"), so past this the labels stay fixed.
 */
export const MAX_CUSTOM_FUNCTION_CELLS = 100;

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The edits with each fixed-label status cell (a rule core could not turn into a native formula, or a
 * numerator/denominator pair) replaced by `=TARGET_STATUS(actual, "target"[, baseline])`, when that call gives
 * the engine's verdict on the current figures (so the sheet shows the same colours either way). Unreadable
 * targets keep their label: no function could read them either.
 * @example withCustomFunctions(sheet, checked, edits).block.cells[1][0] → { formula: 'TARGET_STATUS(E2&"/"&F2,"100% trường")' }
 */
export function withCustomFunctions(sheet: SheetData, result: CheckedSheet, edits: SheetEdits, max = MAX_CUSTOM_FUNCTION_CELLS): SheetEdits {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const top = edits.block.range.top;
  const cells = edits.block.cells.map((row) => row.slice());
  const baselineCol = result.layout.shape === "list" ? result.layout.columns.baseline : undefined;
  let added = 0;
  for (const it of result.items) {
    if (added >= max) break;
    const i = it.row + o.row - top;
    const j = result.layout.shape === "list" ? 0 : it.group;
    if (j === undefined || !cells[i]) continue;
    const cell: OutCell = cells[i][j];
    if (cell === null || !("text" in cell) || it.verdict.status === "unreadable" || it.target.trim() === "") continue;
    const actual = cellAddress(sheet, it.cell.row, it.cell.col);
    const actualExpr = it.denominatorCell ? `${actual}&"/"&${cellAddress(sheet, it.denominatorCell.row, it.denominatorCell.col)}` : actual;
    const args = [actualExpr, quote(it.target)];
    const baselineValue = baselineCol !== undefined ? sheet.values[it.row]?.[baselineCol] ?? null : null;
    if (baselineCol !== undefined) args.push(cellAddress(sheet, it.row, baselineCol));
    // The same call the formula will make, on today's figures (core hands a pair over as "num/den" text too).
    if (callFunction("TARGET_STATUS", [it.actual ?? null, it.target, baselineValue]) !== it.verdict.labels.vi) continue;
    cells[i][j] = { formula: `TARGET_STATUS(${args.join(",")})` };
    added++;
  }
  if (added === 0) return edits;
  const statusCols = edits.statusColumns.map((c) => c - edits.block.range.left);
  const stillFixed = (row: number) => statusCols.some((j) => {
    const c = cells[row - top]?.[j];
    return c !== null && c !== undefined && "text" in c;
  });
  return {
    ...edits,
    block: { range: edits.block.range, cells },
    fallbacks: edits.fallbacks.filter((f) => stillFixed(f.row)),
    formulaCount: edits.formulaCount + added,
  };
}
