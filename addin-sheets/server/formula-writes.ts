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
 * "Sets a rectangular grid of formulas … in A1 notation"). Each block spans a run of columns from a formula column to
 * a formula column, taking in the columns between that hold only text or nothing (a text is given to setFormulas as
 * typed text, apostrophe-guarded, exactly as setValues is given it; an empty cell as ""), and its rows from the run's
 * first to its last formula row. A number or a boolean cannot be given that way without the locale reading it, so a
 * column holding one is never taken in between runs, and a block is cut at a row holding one. Which columns hold a
 * formula, a text or a number depends on what the status block shows, not on how many rows it has, so neither does
 * the number of blocks (a row holding a formula beside a number, which no status block has, costs a block of its
 * own). Cells a block writes are "" in `values`, so nothing is sent twice.
 * @example planCellWrites([[{ text: "Đánh giá" }], [{ formula: "IF(E5>=0.65,\"Đạt\",\"Chưa đạt\")" }]])
 *   → { values: [["Đánh giá"], [""]], blocks: [{ top: 1, left: 0, formulas: [['=IF(E5>=0.65,"Đạt","Chưa đạt")']] }] }
 */
export function planCellWrites(cells: OutCell[][]): CellWrites {
  const width = Math.max(0, ...cells.map((r) => r.length));
  const at = (r: number, c: number): OutCell => cells[r]?.[c] ?? null;
  const isFormula = (c: OutCell | undefined) => c !== null && c !== undefined && "formula" in c;
  const isTyped = (c: OutCell | undefined) => c !== null && c !== undefined && ("number" in c || "bool" in c);
  const values = cells.map((row) => Array.from({ length: width }, (_, c) => hostInput(row[c] ?? null)));
  const formulaColumn = Array.from({ length: width }, (_, c) => cells.some((row) => isFormula(row[c])));
  const typedColumn = Array.from({ length: width }, (_, c) => cells.some((row) => isTyped(row[c])));
  const blocks: FormulaBlock[] = [];
  const emit = (left: number, right: number, top: number, bottom: number) => {
    const formulas: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = at(r, c);
        line.push(cell === null ? "" : "formula" in cell ? `=${cell.formula}` : "text" in cell ? literalText(cell.text) : "");
        if (r < values.length) values[r][c] = "";
      }
      formulas.push(line);
    }
    blocks.push({ top, left, formulas });
  };
  for (let left = 0; left < width; left++) {
    if (!formulaColumn[left]) continue;
    // The run: up to the last formula column reached through formula, text or empty columns only.
    let right = left;
    for (let c = left + 1; c < width; c++) {
      if (formulaColumn[c]) right = c;
      else if (typedColumn[c]) break;
    }
    const formulaRow = (r: number) => cells[r].slice(left, right + 1).some((c) => isFormula(c));
    const typedRow = (r: number) => cells[r].slice(left, right + 1).some((c) => isTyped(c));
    // Rows from each first to last formula row, cut where a number or boolean would have to be typed.
    let top = -1;
    let bottom = -1;
    for (let r = 0; r <= cells.length; r++) {
      if (r === cells.length || typedRow(r)) {
        if (top >= 0) emit(left, right, top, bottom);
        top = -1;
        // A row holding both: its formulas still go through setFormulas, a block per stretch between typed cells.
        if (r < cells.length) for (let c = left; c <= right; c++) {
          if (!isFormula(at(r, c))) continue;
          let e = c;
          for (let k = c + 1; k <= right && !isTyped(at(r, k)); k++) if (isFormula(at(r, k))) e = k;
          emit(c, e, r, r);
          c = e;
        }
      } else if (formulaRow(r)) {
        if (top < 0) top = r;
        bottom = r;
      }
    }
    left = right;
  }
  return { values, blocks };
}
