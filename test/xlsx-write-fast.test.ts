// The writer's fast paths give what the general ones give: escaping in one pass, a row's cells kept as written when the block lies right of them, shared formulas keyed only for runs of three.
import { describe, expect, it } from "vitest";
import { escapeText, escapeXml } from "../cli/xlsx/ooxml/xml";
import { lastCellColumn, splitCells } from "../cli/xlsx/ooxml/patch-sheet";
import { planShared, StyleIndex } from "../cli/xlsx/ooxml/sheet-xml";
import { getBundledPlan } from "../core/plan/bundled";
import { checkSheet } from "../core/sheet/check";
import { formulaThrough, planStatusColumn } from "../core/sheet/status";
import { listGrid, matrixGrid } from "../bench/grids";

/** The escaping rules written the plain way: drop what XML 1.0 cannot hold, then replace each special character. */
function reference(s: string, quotes: boolean): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
  const map: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "\r": "&#13;", ...(quotes ? { '"': "&quot;" } : {}) };
  return clean.replace(quotes ? /[<>&"\r]/g : /[<>&\r]/g, (c) => map[c]);
}

describe("escaping in one pass", () => {
  it("matches the plain rules on formulas, Vietnamese text and every character class", () => {
    const samples = [
      'IF(E8<0,"Số liệu không hợp lệ",CHOOSE(SIGN(ROUND(E8-22,8))+2,"Chưa đạt","Đạt","Vượt"))',
      'IF(IFERROR(LEN(TRIM(E8&""))=0,FALSE),"– Chưa có số liệu: ô còn trống",CT_DOI)',
      "✓ Đạt: 96,5%, chỉ tiêu ≥ 95%",
      "",
      "a\u0000b\u0001c\u000bd\te\nf\rg\ufffeh\uffffi 😀 \ud800",
      '<>&"\'',
    ];
    const alphabet = ["a", "<", ">", "&", '"', "\r", "\n", "\t", "\u0000", "\u001f", "\ufffe", "\uffff", "Đ", "😀", "\u007f"];
    for (let k = 0; k < 2000; k++) {
      let s = "";
      for (let i = 0; i < k % 9; i++) s += alphabet[(k * 7 + i * 13) % alphabet.length];
      samples.push(s);
    }
    for (const s of samples) {
      expect(escapeXml(s)).toBe(reference(s, true));
      expect(escapeText(s)).toBe(reference(s, false));
    }
  });

  it("returns text with nothing to escape as it was", () => {
    const s = "Tỷ lệ trẻ em 5 tuổi hoàn thành chương trình";
    expect(escapeText(s)).toBe(s);
  });
});

describe("a row's last cell", () => {
  it("names the column of the last cell, as splitting the row does", () => {
    const inner = '<c r="A5"><v>1</v></c><c r="F5" t="s"><v>2</v></c><c r="G5" s="3"/>';
    expect(lastCellColumn(inner, "")).toBe(6);
    expect(lastCellColumn(inner, "")).toBe(splitCells(inner, "").at(-1)!.col);
    expect(lastCellColumn('<x:c r="B2"><x:v>1</x:v></x:c>', "x:")).toBe(1);
    expect(lastCellColumn("", "")).toBe(-1);
  });

  it("leaves the row to the full split when it cannot tell: no column named, an extension list after the cells", () => {
    expect(lastCellColumn('<c r="A5"><v>1</v></c><c><v>2</v></c>', "")).toBeUndefined();
    expect(lastCellColumn('<c r="A5"><v>1</v></c><extLst><ext uri="x"/></extLst>', "")).toBeUndefined();
  });
});

describe("shared formulas", () => {
  const f = (formula: string) => ({ formula });
  it("keeps runs of two plain and shares runs of three, the same as keying every pair", () => {
    const cells = [[f("E5*2")], [f("E6*2")], [f("A1+1")], [f("E8*2")], [f("E9*2")], [f("E10*2")], [f("SUM(1:1)+E11")], [f("SUM(2:2)+E12")], [f("SUM(3:3)+E13")]];
    const { plan, next } = planShared(cells, 4, 7, 5);
    expect(plan.at(0, 0)).toBeUndefined();
    expect(plan.at(1, 0)).toBeUndefined();
    expect(plan.at(3, 0)).toEqual({ si: 5, master: true, ref: "H8:H10" });
    expect(plan.at(4, 0)).toEqual({ si: 5, master: false });
    expect(plan.at(5, 0)).toEqual({ si: 5, master: false });
    // Whole-row ranges do not move as cell references do: never shared.
    for (const r of [6, 7, 8]) expect(plan.at(r, 0)).toBeUndefined();
    expect(next).toBe(6);
  });
});

describe("status formulas made when read", () => {
  it("behave as plain cells: the same text on every read, kept by a spread and by JSON (what google.script.run carries)", () => {
    const plan = getBundledPlan("hai-an-2024-2025")!;
    for (const make of [matrixGrid, listGrid]) {
      const sheet = make(plan, 3_000);
      const res = checkSheet(sheet, plan, { asOf: "2025-05-31" });
      if (!res.ok) throw new Error("check failed");
      const planned = planStatusColumn(sheet, res, { asOf: "2025-05-31", names: true, liveExplanations: true });
      if (!planned.ok) throw new Error("no room");
      let formulas = 0;
      for (const row of planned.edits.block.cells) {
        for (const cell of row) {
          if (!cell || !("formula" in cell)) continue;
          formulas++;
          const text = cell.formula;
          expect(text).toMatch(/^IF\(/);
          expect(cell.formula).toBe(text);
          expect(Object.keys(cell)).toContain("formula");
          expect({ ...cell }).toEqual({ formula: text, cached: cell.cached });
          expect(JSON.parse(JSON.stringify(cell))).toEqual({ formula: text, cached: cell.cached });
          // Escaped piece by piece (once per compiled formula) as the whole text is escaped, twice over (kept pieces).
          expect(formulaThrough(cell, escapeText)).toBe(escapeText(text));
          expect(formulaThrough(cell, escapeText)).toBe(escapeText(text));
        }
      }
      expect(formulas).toBeGreaterThan(100);
    }
  });
});

describe("a formula through a transform of each character", () => {
  it("is the transform of the whole text, for any cell holding a formula and for another transform", () => {
    expect(formulaThrough({ formula: 'IF(E5<0,"a&b",">")' }, escapeText)).toBe('IF(E5&lt;0,"a&amp;b","&gt;")');
    const upper = (s: string) => s.toUpperCase();
    const plan = getBundledPlan("hai-an-2024-2025")!;
    const sheet = listGrid(plan, 1_000);
    const res = checkSheet(sheet, plan, { asOf: "2025-05-31" });
    if (!res.ok) throw new Error("check failed");
    const planned = planStatusColumn(sheet, res, { asOf: "2025-05-31", names: true, liveExplanations: true });
    if (!planned.ok) throw new Error("no room");
    for (const row of planned.edits.block.cells) for (const cell of row) if (cell && "formula" in cell) {
      expect(formulaThrough(cell, escapeText)).toBe(escapeText(cell.formula));
      expect(formulaThrough(cell, upper)).toBe(cell.formula.toUpperCase());
    }
  });
});

describe("style ranges by row", () => {
  it("lists the ranges covering each row in index order, one array per distinct list, as a look at every range would", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 30; round++) {
      const ranges = Array.from({ length: 1 + rnd(8) }, () => {
        const top = rnd(40);
        const bottom = top - 1 + rnd(30);
        const left = rnd(5);
        return { range: { top, bottom, left, right: left + rnd(3) }, style: { bold: rnd(2) === 0 } };
      });
      const index = new StyleIndex(ranges);
      const byContent = new Map<string, number[]>();
      for (let r = -2; r < 80; r++) {
        const want = ranges.flatMap((s, i) => (s.range.top <= r && r <= s.range.bottom ? [i] : []));
        const got = index.rowRanges(r);
        expect(got).toEqual(want);
        const k = want.join(",");
        if (!byContent.has(k)) byContent.set(k, got);
        expect(got).toBe(byContent.get(k));
        for (let c = 0; c < 9; c++) expect(index.at(r, c)?.key ?? "").toBe(want.filter((i) => ranges[i].range.left <= c && c <= ranges[i].range.right).map((i) => `${i},`).join(""));
      }
    }
  });
});
