// What a pane left on a sheet, recalculated by LibreOffice before and after a clerk types a figure: the proof that its cells are live.
import type { CellValue } from "../../core/types";
import { recalculate } from "./libreoffice";
import { gridSheet, type GridCell } from "./xlsx";
import type { TestBook } from "./xlsx";

/** A sheet as a host left it ("=…" text for formulas) as cells a workbook file holds. */
function asGrid(cells: CellValue[][]): GridCell[][] {
  return cells.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : v)));
}

/**
 * The sheet recalculated as written, and again with `value` typed at (row, col) (0-based), as a clerk would after
 * the check; both read back with the CLI's reader.
 * @example const { before, after } = await typedAfterCheck("S", cells, [1, 4, 0.7]); after.value("S", [1, 5]) → "Đạt"
 */
export async function typedAfterCheck(sheet: string, cells: CellValue[][], typed: [number, number, CellValue]): Promise<{ before: TestBook; after: TestBook }> {
  const [r, c, value] = typed;
  const changed = cells.map((row) => row.slice());
  changed[r][c] = value;
  // One LibreOffice at a time: the machine is shared.
  const before = await recalculate([gridSheet(sheet, asGrid(cells))]);
  const after = await recalculate([gridSheet(sheet, asGrid(changed))]);
  return { before: before.workbook, after: after.workbook };
}
