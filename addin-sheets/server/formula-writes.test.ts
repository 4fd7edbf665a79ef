// planCellWrites: formulas reach Sheets only through setFormulas, in blocks whose number depends on columns, not rows.
import { describe, expect, it } from "vitest";
import type { OutCell } from "../../core/sheet/output";
import { hostInput } from "../../core/sheet/output";
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
      { values: [[""], [""], [""]], blocks: [{ top: 0, left: 0, formulas: [["=A1"], ["'65%"], ["=A3"]] }] },
    ],
    [
      "formula columns with text or empty columns between share one block",
      [[F("A1"), F("B1"), T("x"), null, F("E1")]],
      { values: [["", "", "", "", ""]], blocks: [{ top: 0, left: 0, formulas: [["=A1", "=B1", "x", "", "=E1"]] }] },
    ],
    [
      "a column holding a number keeps formula columns on either side apart",
      [[F("A1"), N(2), F("C1")], [F("A2"), T("x"), F("C2")]],
      { values: [["", 2, ""], ["", "x", ""]], blocks: [{ top: 0, left: 0, formulas: [["=A1"], ["=A2"]] }, { top: 0, left: 2, formulas: [["=C1"], ["=C2"]] }] },
    ],
    [
      "a formula beside a number in a row still goes through setFormulas, in a block of its own",
      [[F("A1"), F("B1")], [F("A2"), N(3)], [F("A3"), F("B3")]],
      {
        values: [["", ""], ["", 3], ["", ""]],
        blocks: [{ top: 0, left: 0, formulas: [["=A1", "=B1"]] }, { top: 1, left: 0, formulas: [["=A2"]] }, { top: 2, left: 0, formulas: [["=A3", "=B3"]] }],
      },
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

  it("writes a school × indicator block with the same number of blocks whichever columns happen to hold only text", () => {
    // As the matrix's status block: a summary formula column, then per indicator a status that is a formula where a
    // figure was read and a fixed text where none was; with many units every indicator has some text, with few
    // some indicators are text in every row. Either way the block is one setFormulas.
    const block = (units: number): OutCell[][] => [
      Array.from({ length: 8 }, (_, c) => T(`Cột ${c}`)),
      ...Array.from({ length: units }, (_, u) => Array.from({ length: 8 }, (_, c) => (c === 0 ? F(`S${u}`) : c === 2 ? null : (u * 7 + c * 3) % (units > 50 ? 5 : 1) === 0 ? T("Chưa có số liệu") : F(`R${u}C${c}`)))),
    ];
    for (const units of [9, 1_201, 14_000]) expect(planCellWrites(block(units)).blocks).toHaveLength(1);
  });

  it("leaves every cell as writing it alone would, and sends no formula through setValues", () => {
    // Random grids of formulas, texts (some needing the apostrophe), numbers, booleans and blanks: replay the writes
    // as Sheets applies them (setValues over the grid, then each block) and compare cell by cell.
    let seed = 7;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const pick = (): OutCell => {
      const x = rand();
      if (x < 0.35) return F(`A${Math.floor(rand() * 99)}`);
      if (x < 0.55) return T(rand() < 0.5 ? "Đạt" : "=not a formula");
      if (x < 0.62) return N(Math.round(rand() * 100) / 10);
      if (x < 0.65) return { bool: rand() < 0.5 };
      return null;
    };
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rand() * 8);
      const cols = 1 + Math.floor(rand() * 6);
      const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, pick));
      const { values, blocks } = planCellWrites(cells);
      for (const row of values) for (const v of row) expect(typeof v === "string" && v.startsWith("=")).toBe(false);
      const sheet = values.map((r) => r.slice() as Array<string | number | boolean>);
      const via = values.map((r) => r.map(() => "setValues"));
      for (const b of blocks)
        b.formulas.forEach((line, r) =>
          line.forEach((f, c) => {
            sheet[b.top + r][b.left + c] = f;
            via[b.top + r][b.left + c] = "setFormulas";
          }),
        );
      cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          expect(sheet[r][c]).toEqual(hostInput(cell));
          // Numbers and booleans are never typed in; formulas always go as formulas.
          if (cell && ("number" in cell || "bool" in cell)) expect(via[r][c]).toBe("setValues");
          if (cell && "formula" in cell) expect(via[r][c]).toBe("setFormulas");
        }),
      );
    }
  });
});
