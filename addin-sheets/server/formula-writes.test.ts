// planCellWrites: formulas reach Sheets only through setFormulas, in blocks whose number depends on columns, not rows.
import { describe, expect, it } from "vitest";
import type { OutCell } from "../../core/sheet/output";
import { planCellWrites } from "./formula-writes";

const F = (formula: string): OutCell => ({ formula });
const T = (text: string): OutCell => ({ text });
const N = (number: number): OutCell => ({ number });

describe("planCellWrites", () => {
  it.each<[string, OutCell[][], { values: unknown[][]; blocks: unknown[] }]>([
    ["no formula: one setValues, no block", [[T("a"), N(1)]], { values: [["a", 1]], blocks: [] }],
    [
      "a status column under a header, beside an explanation column",
      [
        [T("Đánh giá (Chỉ tiêu)"), T("Giải thích (Chỉ tiêu)")],
        [F("IF(E5>=0.65,1,0)"), T("✓ Đạt")],
        [null, null],
        [F("IF(E7<=0.03,1,0)"), T("=looks like a formula")],
      ],
      {
        // "✓ Đạt" does not start with a letter, so it goes in behind the apostrophe like any text a host might retype.
        values: [["Đánh giá (Chỉ tiêu)", "Giải thích (Chỉ tiêu)"], ["", "'✓ Đạt"], ["", ""], ["", "'=looks like a formula"]],
        blocks: [{ top: 1, left: 0, formulas: [["=IF(E5>=0.65,1,0)"], [""], ["=IF(E7<=0.03,1,0)"]] }],
      },
    ],
    [
      "a text cell between formulas stays typed text inside the block",
      [[F("A1")], [T("65%")], [F("A3")]],
      { values: [[""], ["'65%"], [""]], blocks: [{ top: 0, left: 0, formulas: [["=A1"], ["'65%"], ["=A3"]] }] },
    ],
    [
      "adjacent formula columns share one block; a separate one gets its own",
      [[F("A1"), F("B1"), T("x"), F("D1")]],
      { values: [["", "", "x", ""]], blocks: [{ top: 0, left: 0, formulas: [["=A1", "=B1"]] }, { top: 0, left: 3, formulas: [["=D1"]] }] },
    ],
    [
      "a number inside a formula column cuts the block (it would be read in the sheet's locale if typed)",
      [[F("A1")], [N(0.5)], [F("A3")]],
      { values: [[""], [0.5], [""]], blocks: [{ top: 0, left: 0, formulas: [["=A1"]] }, { top: 2, left: 0, formulas: [["=A3"]] }] },
    ],
  ])("%s", (_name, cells, expected) => {
    expect(planCellWrites(cells)).toEqual(expected);
  });

  it("writes 10 and 100,000 rows of a status column with the same number of blocks", () => {
    const column = (n: number): OutCell[][] => [[T("Đánh giá (Chỉ tiêu)"), T("Giải thích")], ...Array.from({ length: n }, (_, i) => [i % 7 === 3 ? null : F(`IF(E${i + 2}>=0.65,1,0)`), T("…")])];
    expect(planCellWrites(column(10)).blocks).toHaveLength(1);
    expect(planCellWrites(column(100_000)).blocks).toHaveLength(1);
  });
});
