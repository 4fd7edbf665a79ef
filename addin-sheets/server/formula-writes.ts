// How a grid of output cells is written through SpreadsheetApp: values with setValues, formulas with setFormulas, in a fixed number of calls.
import { hostInput, literalText, type OutCell } from "../../core/sheet/output";

/** One rectangle written with `Range.setFormulas`, relative to the grid's top-left cell. */
export interface FormulaBlock {
  top: number;
  left: number;
  /** "=…" for formula cells; for the other cells inside the rectangle, what typing them would enter ("" clears). */
  formulas: string[][];
}

/** The writes for a grid: one setValues over all of it, then one setFormulas per block. */
export interface CellWrites {
  /** Every cell as setValues takes it, with "" where a formula goes (the formula comes in a block). */
  values: Array<Array<string | number | boolean>>;
  blocks: FormulaBlock[];
}

/**
 * Splits a grid into the writes Sheets reads safely. `setValues` reads a string as if the user typed it, in the
 * spreadsheet's locale, so a formula with a decimal literal can change meaning or fail in a decimal-comma locale
 * (vi_VN); formulas therefore go through `setFormulas`, the API for formulas (Apps Script reference, Range.setFormulas:
 * "Sets a rectangular grid of formulas … in A1 notation"). Each block is a run of adjacent columns that hold formulas,
 * from their first to their last formula row, so the number of blocks depends on the columns, never on the number of
 * rows. Inside a block a text cell is given as typed text (apostrophe-guarded) and an empty one as ""; a number or a
 * boolean cannot be given that way without the locale reading it, so a block is cut at such a row.
 * @example planCellWrites([[{ text: "Đánh giá" }], [{ formula: "IF(E5>=0.65,\"Đạt\",\"Chưa đạt\")" }]])
 *   → { values: [["Đánh giá"], [""]], blocks: [{ top: 1, left: 0, formulas: [['=IF(E5>=0.65,"Đạt","Chưa đạt")']] }] }
 */
export function planCellWrites(cells: OutCell[][]): CellWrites {
  const width = Math.max(0, ...cells.map((r) => r.length));
  const at = (r: number, c: number): OutCell => cells[r]?.[c] ?? null;
  const isFormula = (c: OutCell) => c !== null && "formula" in c;
  const values = cells.map((row) => Array.from({ length: width }, (_, c) => (isFormula(row[c] ?? null) ? "" : hostInput(row[c] ?? null))));
  const formulaColumn = Array.from({ length: width }, (_, c) => cells.some((row) => isFormula(row[c] ?? null)));
  const blocks: FormulaBlock[] = [];
  for (let left = 0; left < width; left++) {
    if (!formulaColumn[left]) continue;
    let right = left;
    while (right + 1 < width && formulaColumn[right + 1]) right++;
    const rows = cells.map((_, r) => r).filter((r) => cells[r].slice(left, right + 1).some((c) => isFormula(c ?? null)));
    // Rows between the first and last formula row, cut where a number or boolean would have to be typed.
    let start = -1;
    const flush = (end: number) => {
      const used = rows.filter((r) => r >= start && r <= end);
      if (start < 0 || used.length === 0) return;
      const top = used[0];
      const bottom = used[used.length - 1];
      const formulas: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const line: string[] = [];
        for (let c = left; c <= right; c++) {
          const cell = at(r, c);
          line.push(cell === null ? "" : "formula" in cell ? `=${cell.formula}` : "text" in cell ? literalText(cell.text) : "");
        }
        formulas.push(line);
      }
      blocks.push({ top, left, formulas });
    };
    for (let r = 0; r < cells.length; r++) {
      const typed = cells[r].slice(left, right + 1).some((c) => c !== null && c !== undefined && ("number" in c || "bool" in c));
      if (typed) {
        flush(r - 1);
        start = -1;
      } else if (start < 0) start = r;
    }
    flush(cells.length - 1);
    left = right;
  }
  return { values, blocks };
}
