// Planning the status column: where it goes, live formulas or values, colours, and refusing to overwrite user cells.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { EXPLANATION_HEADER, STATUS_HEADER, STATUS_STYLES } from "./edits";
import { firstTermSheet, haiAnList, samplePlan, wardMatrix } from "./fixtures";
import type { CellRange, SheetData } from "./model";
import { MAX_COLUMNS } from "./owned";
import { Item } from "./item";
import { checkedSheetPrint, planStatusColumn, rowSummary, STALE_EXPLANATION, STALE_NAME, statusPlacement, wrapLines } from "./status";
import type { CheckedSheet } from "./types";

const checked = (s: SheetData, plan = samplePlan()): CheckedSheet => {
  const r = checkSheet(s, plan);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const plan = (s: SheetData) => {
  const p = planStatusColumn(s, checked(s, null as never));
  if (!p.ok) throw new Error(p.reason.en);
  return p.edits;
};

describe("planStatusColumn on a list", () => {
  const s = haiAnList();
  const e = plan(s);
  it("writes one block right of the table, from the header to the last data row", () => {
    expect(e.block.range).toEqual({ top: 4, left: 7, bottom: 12, right: 8 });
    expect(e.statusColumns).toEqual([7]);
    expect(e.explanationColumn).toBe(8);
    expect(e.block.cells).toHaveLength(9);
    expect(e.block.cells[0]).toEqual([{ text: STATUS_HEADER }, { text: EXPLANATION_HEADER }]);
  });
  it("puts a live formula on the actual's cell for every rule that compiles", () => {
    const row = e.block.cells[7 - 4];
    expect(row[0]).toMatchObject({ formula: expect.stringContaining("E8") });
    expect(e.formulaCount).toBe(5);
  });
  it("explains each row with the verdict's symbol first, for black-and-white print", () => {
    expect(e.block.cells[8 - 4][1]).toMatchObject({ text: expect.stringMatching(/^✗ Chưa đạt/) });
  });
  it("leaves section heading rows empty", () => {
    expect(e.block.cells[6 - 4]).toEqual([null, null]);
  });
  it("colours the status column by verdict", () => {
    expect(e.conditionalFormats).toEqual([{ range: { top: 6, left: 7, bottom: 12, right: 7 }, rules: STATUS_STYLES }]);
    const byStatus = Object.fromEntries(STATUS_STYLES.map((r) => [r.status, r.fill]));
    expect(byStatus.not_met).toBe("#FFC7CE");
    expect(byStatus.near).toBe("#FFEB9C");
    expect(byStatus.met).toBe(byStatus.exceeded);
    expect(byStatus.no_data).toBe("#E7E6E6");
  });
});

describe("planStatusColumn and text figures", () => {
  it("writes the verdict as a value, not a formula, where the figure is typed as text like '98,2%'", () => {
    const s = haiAnList();
    s.values[8] = [2, "Tỷ lệ GV MN công lập đạt chuẩn trình độ", "%", "99-99,5%", "98,2%", null, null];
    const e = plan(s);
    const cell = e.block.cells[8 - 4][0];
    expect(cell).not.toHaveProperty("formula");
    expect(cell).toEqual({ text: expect.stringMatching(/^(Chưa đạt|Đạt|Vượt|Gần đạt)$/) });
    expect(e.fallbacks).toContainEqual({ row: 8, reason: expect.objectContaining({ en: expect.stringContaining("typed as text") }) });
  });
  // The compiler rejects day serials before 1910 as the engine does (the LibreOffice differential test recalculates
  // 58, 2024 and 3653 against deadlines), so the cell stays live: a real date typed over it is judged at once.
  it("keeps a live formula where the checker finds the figure invalid (58 against a deadline), one that rejects it too", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"], [1, "Hạn trường đạt chuẩn quốc gia mức 2", "năm 2024", 58]] };
    const r = planStatusColumn(s, checked(s, null as never));
    // Its cached result is the engine's verdict, what a file shows until a spreadsheet recalculates.
    expect(r.ok && r.edits.block.cells[1][0]).toEqual({ formula: expect.stringContaining("D2<3654"), cached: "Số liệu không hợp lệ" });
    expect(r.ok && r.edits.fallbacks).toEqual([]);
  });
  it("keeps a live formula where the same row holds a number", () => {
    const e = plan(haiAnList());
    expect(e.block.cells[7 - 4][0]).toHaveProperty("formula");
  });
  // Live explanations (issue 12 item 4): the sentence while the figure is the one checked, the stale notice after.
  it.each([
    [true, { formula: expect.stringMatching(/^IF\(IFERROR\(.*Số liệu đã đổi/u), cached: expect.stringMatching(/\S/u) }],
    [false, { text: expect.stringMatching(/\S/u) }],
  ])("writes the explanation beside a live status as a formula only when asked (liveExplanations: %s)", (live, cell) => {
    const s = haiAnList();
    const r = planStatusColumn(s, checked(s), { liveExplanations: live });
    expect(r.ok && r.edits.block.cells[7 - 4][1]).toEqual(cell);
  });
});

describe("planStatusColumn where the engine's verdict hangs on what a formula cannot know", () => {
  const edits = (s: SheetData, opts: Parameters<typeof checkSheet>[2]) => {
    const r = checkSheet(s, null, opts);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const p = planStatusColumn(s, r);
    if (!p.ok) throw new Error(p.reason.en);
    return { r, e: p.edits };
  };
  const term = firstTermSheet();
  it("writes the label of a first-term figure that meets the bar, not a formula that would call a short one typed later 'Chưa đạt'", () => {
    const { r, e } = edits(term, { asOf: "2019-01-21", period: "2018-2019" });
    expect(r.items.map((i) => [i.status, i.noFormula])).toEqual([["exceeded", "period"], ["exceeded", "period"], ["exceeded", undefined]]);
    expect(e.block.cells[1][0]).toEqual({ text: "Vượt" });
    expect(e.block.cells[2][0]).toEqual({ text: "Vượt" });
    expect(e.fallbacks.map((f) => f.row)).toEqual([1, 2]);
    expect(e.fallbacks[0].reason.vi).toMatch(/phụ thuộc kỳ báo cáo/);
    // Enrolment is settled when the year opens: its term figure is the year's, so the formula agrees and stays live.
    expect(e.block.cells[3][0]).toHaveProperty("formula");
  });
  it("keeps the formulas once the period is over (the same figures checked in June are the year's)", () => {
    const values = term.values.map((r) => r.slice());
    values[0][3] = "Kết quả năm học";
    const { r, e } = edits({ name: "Năm", values }, { asOf: "2019-06-21", period: "2018-2019" });
    expect(r.items.every((i) => i.noFormula === undefined)).toBe(true);
    expect(e.block.cells.slice(1).every((row) => row[0] !== null && "formula" in row[0])).toBe(true);
  });
  it("writes the label where a note says the figure becomes final later, even when today's figure meets", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú"], [1, "Tỷ lệ học sinh hoàn thành chương trình", "Từ 98% trở lên", 0.99, "Xét vào cuối năm học"]] };
    const { r, e } = edits(s, { asOf: "2019-01-21", period: "2018-2019" });
    expect([r.items[0].status, r.items[0].noFormula]).toEqual(["exceeded", "period"]);
    expect(e.block.cells[1][0]).toEqual({ text: "Vượt" });
  });
  it("writes the label where the target was read only in part: a formula from the part read cannot ask about the rest", () => {
    // (A ban, "không để": since round 27 "… và không có trẻ bỏ học" keeps the 98% as its runner-up, so it is read whole.)
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Duy trì sĩ số", "đạt 98% và không để trẻ bỏ học", 0], [2, "Số lớp", "16 lớp", 16]] };
    const { r, e } = edits(s, {});
    expect(r.items.map((i) => i.noFormula)).toEqual(["partlyRead", undefined]);
    expect(e.block.cells[1][0]).toEqual({ text: r.items[0].verdict.labels.vi });
    expect(e.fallbacks[0].reason.en).toMatch(/read only in part/);
    expect(e.block.cells[2][0]).toHaveProperty("formula");
  });
});

describe("planStatusColumn never writes over the user's cells", () => {
  // The Hải An list's block goes to H:I (columns 7-8) over rows 5-13. Each row puts one kind of user content in
  // H10 (row 9, col 7) and says where the block must go instead.
  const at = { row: 9, col: 7 };
  const cases: [string, (s: SheetData) => void, number][] = [
    ["a value", (s) => (s.values[at.row][at.col] = "ghi chú riêng"), 8],
    ["a formula whose value is empty", (s) => ((s.formulas ??= [])[at.row] = Object.assign([], { [at.col]: '=IF(E10>0,"","x")' })), 8],
    ["a note on an empty cell", (s) => (s.notes = [{ row: at.row, col: at.col, text: "hỏi lại trường" }]), 8],
    ["data validation on an empty cell", (s) => (s.validations = [{ top: at.row, left: at.col, bottom: at.row, right: at.col }]), 8],
    ["a validation over the whole column", (s) => (s.validations = [{ top: 0, left: at.col, bottom: 1_048_575, right: at.col }]), 8],
    ["a merged area reaching in", (s) => (s.merges = [...(s.merges ?? []), { top: 5, left: 6, bottom: 5, right: 7 }]), 8],
    ["a hidden empty column", (s) => (s.hiddenColumns = [at.col]), 8],
    ["a validation on the next column too", (s) => (s.validations = [{ top: 9, left: 7, bottom: 9, right: 8 }]), 9],
  ];
  it.each(cases)("moves right of %s", (_, put, left) => {
    const s = haiAnList();
    put(s);
    const r = planStatusColumn(s, checked(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits.block.range.left).toBe(left);
    expect(r.edits.owned).toEqual([r.edits.block.range]);
  });

  it("refuses, naming the cells, when validation runs to the sheet's last column", () => {
    const s = haiAnList();
    s.validations = [{ top: 9, left: 7, bottom: 9, right: MAX_COLUMNS - 1 }];
    const r = planStatusColumn(s, checked(s));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.cells).toEqual(["H10"]);
    expect(r.reason.vi).toContain("H10");
    expect(r.reason.en).toMatch(/never overwrites/);
  });

  it("puts findings on its own status cells, never on a cell holding the user's note", () => {
    const s = wardMatrix();
    s.notes = [{ row: 17, col: 4, text: "ghi chú của phường" }];
    const r = planStatusColumn(s, checked(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { range } = r.edits.block;
    for (const n of r.edits.notes) {
      expect(n.cell.row).toBeGreaterThanOrEqual(range.top);
      expect(n.cell.row).toBeLessThanOrEqual(range.bottom);
      expect(n.cell.col).toBeGreaterThanOrEqual(range.left);
      expect(n.cell.col).toBeLessThanOrEqual(range.right);
    }
    expect(r.edits.notes.map((n) => n.text)).toEqual([expect.stringMatching(/^E18: /)]);
  });
});

describe("planStatusColumn and the tool's mark", () => {
  /** The sheet as a host reads it back after writing the first plan's block and its mark. */
  const written = (s: SheetData, first: ReturnType<typeof plan>, owned?: CellRange[]): SheetData => {
    const values: CellValue[][] = s.values.map((row, r) => {
      const out = [...row];
      const i = r - first.block.range.top;
      if (i >= 0 && i < first.block.cells.length) {
        first.block.cells[i].forEach((c, k) => {
          out[first.block.range.left + k] = c === null ? null : "text" in c ? c.text : "Đạt";
        });
      }
      return out;
    });
    const formulas = values.map((_, r) => {
      const i = r - first.block.range.top;
      const row: (string | undefined)[] = [];
      first.block.cells[i]?.forEach((c, k) => {
        if (c && "formula" in c) row[first.block.range.left + k] = `=${c.formula}`;
      });
      return row;
    });
    return { ...s, values, formulas, owned };
  };

  it("rewrites its marked columns on a re-check instead of adding new ones", () => {
    const s = haiAnList();
    const first = plan(s);
    const s2 = written(s, first, first.owned);
    const second = planStatusColumn(s2, checked(s2));
    expect(second.ok && second.edits.block.range).toEqual(first.block.range);
    expect(second.ok && second.edits.notices).toEqual([]);
  });

  it("keeps marked cells the user typed over, writes new columns right of them and says so", () => {
    const s = haiAnList();
    const first = plan(s);
    const s2 = written(s, first, first.owned);
    s2.values[9][8] = "đã rà soát lại";
    const r = planStatusColumn(s2, checked(s2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits.block.range.left).toBe(9);
    expect(r.edits.notices[0].vi).toContain("I10");
  });

  it("takes no column for its own by header text once the host reads marks", () => {
    const s = haiAnList();
    const first = plan(s);
    const s2 = written(s, first, []);
    const r = planStatusColumn(s2, checked(s2));
    expect(r.ok && r.edits.block.range.left).toBe(9);
  });

  it("with defined names, ends each live explanation with the stale sentence's name, defines it, and knows those formulas as its own without marks", () => {
    const s = haiAnList();
    const r = planStatusColumn(s, checked(s), { names: true, liveExplanations: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const live = r.edits.block.cells.map((row) => row[1]).filter((c): c is { formula: string; cached: string } => c !== null && "formula" in c);
    expect(live.length).toBeGreaterThan(3);
    for (const c of live) expect(c.formula).toMatch(new RegExp(`,${STALE_NAME}\\)$`, "u"));
    expect(r.edits.names).toContainEqual({ name: STALE_NAME, value: `"${STALE_EXPLANATION.vi}"` });
    // A host that reads no marks re-checks the written sheet: the block is still the tool's, rewritten in place.
    const s2 = written(s, r.edits, undefined);
    const again = planStatusColumn(s2, checked(s2), { names: true, liveExplanations: true });
    expect(again.ok && again.edits.block.range).toEqual(r.edits.block.range);
  });

  it("without marks (a host that cannot read them yet) reuses columns under its exact headers holding its own output", () => {
    const s = haiAnList();
    const first = plan(s);
    const s2 = written(s, first, undefined);
    const r = planStatusColumn(s2, checked(s2));
    expect(r.ok && r.edits.block.range).toEqual(first.block.range);
  });

  it("without marks, treats a user's formula under its header as the user's", () => {
    const s = haiAnList();
    const first = plan(s);
    const s2 = written(s, first, undefined);
    s2.formulas![10][7] = "=E11*2";
    const r = planStatusColumn(s2, checked(s2));
    expect(r.ok && r.edits.block.range.left).toBe(9);
  });

  it("does not take a user's own 'Đánh giá' column for the tool's", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Đánh giá"], [1, "A", "65%", 0.7, "tốt"]] };
    const e = plan(s);
    expect(e.block.range.left).toBe(5);
  });
});

describe("planStatusColumn details", () => {
  it("falls back to the verdict's label where the figure is a pair, and says why", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện", null], [null, null, null, "Số đạt", "Tổng số"], [1, "A", "65%", 7, 10]] };
    const e = plan(s);
    expect(e.block.cells[2][0]).toEqual({ text: "Vượt" });
    expect(e.fallbacks).toEqual([{ row: 2, reason: expect.objectContaining({ en: expect.stringContaining("pair") }) }]);
    expect(e.formulaCount).toBe(0);
  });

  it("writes absolute addresses when the read range does not start at A1", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "A", "65%", 0.7]], origin: { row: 2, col: 1 } };
    const e = plan(s);
    expect(e.block.range).toEqual({ top: 2, left: 5, bottom: 3, right: 6 });
    expect(e.block.cells[1][0]).toMatchObject({ formula: expect.stringContaining("E4") });
    expect(e.columnWidths).toEqual({ 5: 95, 6: 280 });
  });

  it("gives a unit matrix one status column per indicator and a summary per unit", () => {
    const s = wardMatrix();
    const r = planStatusColumn(s, checked(s));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.edits;
    expect(e.statusColumns).toEqual([6, 7]);
    expect(e.block.cells[0][0]).toEqual({ text: `${STATUS_HEADER}: Xóa mù chữ mức độ 2` });
    // "Đánh giá (Chỉ tiêu): Xóa mù chữ mức độ 2" wraps to three lines of its status column: the header row holds them.
    expect(e.rowHeights?.[e.block.range.top]).toBeGreaterThanOrEqual(3 * 17);
    const ngocLam = e.block.cells[9 - 1];
    expect(ngocLam[2]).toEqual({ text: "✗ 1/2 chỉ tiêu đạt; chưa đạt: Phường đạt chuẩn xóa mù chữ mức độ 2" });
  });

  it("wraps a status label longer than its column and makes its row tall enough for it", () => {
    // Invented: a target no rule reads, so the row's status is "Không đọc được chỉ tiêu", wider than the status column.
    const s: SheetData = {
      name: "KQ",
      values: [
        ["STT", "Nội dung", "Kế hoạch", "Thực hiện"],
        [1, "Số phòng học", "ít nhất 12 phòng", 12],
        [2, "Công tác tuyên truyền", "làm tốt công tác tuyên truyền", "Tốt"],
      ],
    };
    const r = planStatusColumn(s, checked(s, null as never));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.edits;
    const status = e.block.cells[2][0];
    const label = status && "text" in status ? status.text : status && "formula" in status ? status.cached : "";
    expect((label ?? "").length).toBeGreaterThan(17);
    expect(e.styles.find((x) => x.range.left === e.statusColumns[0] && x.range.right === e.statusColumns[0] && x.range.top > e.block.range.top)?.style).toMatchObject({ wrap: true });
    // Ruled like the header over them, so the printed table's grid runs through the tool's columns.
    for (const col of [e.statusColumns[0], e.explanationColumn]) expect(e.styles.find((x) => x.range.left === col && x.range.top > e.block.range.top)?.style, `${col}`).toMatchObject({ border: "thin" });
    expect(e.rowHeights?.[e.block.range.top + 2]).toBeGreaterThanOrEqual(2 * 15);
    expect(e.rowHeights?.[e.block.range.top + 1]).toBeUndefined();
  });

  it("leaves out the status column of an indicator no unit could be judged on, rather than write it empty", () => {
    // Invented: three indicators per commune, the middle one with no target in the target row.
    const communes = ["An Phú", "Bình Lợi", "Cát Tiên", "Đông Sơn", "Hòa Bình", "Long Khánh"];
    const values: CellValue[][] = [
      ["KẾT QUẢ HUY ĐỘNG TRẺ THEO XÃ NĂM HỌC 2025-2026", null, null, null, null, null],
      ["TT", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", "Số trẻ khuyết tật học hòa nhập", "Tỷ lệ trẻ được cân đo (%)", "Ghi chú"],
      [null, "Chỉ tiêu", "≥ 99%", null, "100%", null],
    ];
    communes.forEach((c, i) => values.push([i + 1, c, 97 + i * 0.6, 2 + i, i === 2 ? 98 : 100, null]));
    const s: SheetData = { name: "Xã", values, merges: [] };
    const r = planStatusColumn(s, checked(s, null as never));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.edits;
    expect(e.statusColumns).toEqual([6, 7]);
    expect(e.block.cells[0].slice(0, 2)).toEqual([{ text: `${STATUS_HEADER}: Tỷ lệ trẻ 5 tuổi ra lớp (%)` }, { text: `${STATUS_HEADER}: Tỷ lệ trẻ được cân đo (%)` }]);
    // Every commune's row has a verdict in both columns written: none of them is a column of nothing.
    for (let i = 2; i < 8; i++) for (const j of [0, 1]) expect(e.block.cells[i][j], `${i},${j}`).not.toBeNull();
    expect(e.block.cells[4][1]).toMatchObject({ cached: "Chưa đạt" });
  });

  it("with live explanations, a unit's summary follows the live status cells of its row", () => {
    const s = wardMatrix();
    const c = checked(s);
    const r = planStatusColumn(s, c, { liveExplanations: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = r.edits.block.cells[9 - 1];
    const cell = row[2] as { formula: string; cached: string };
    expect(cell.cached).toBe("✗ 1/2 chỉ tiêu đạt; chưa đạt: Phường đạt chuẩn xóa mù chữ mức độ 2");
    // One IFERROR over one AND: each live status cell of the row still shows the label it was written with.
    expect(cell.formula.match(/IFERROR\(/g)).toHaveLength(1);
    expect(cell.formula).toContain("Số liệu đã đổi");
    const { left, top } = r.edits.block.range;
    const live = [0, 1].filter((g) => row[g] !== null && "formula" in row[g]!);
    expect(live.length).toBeGreaterThan(0);
    for (const g of live) {
      const ref = `${String.fromCharCode(65 + left + g)}${top + 9}`;
      expect(cell.formula).toContain(`${ref}="${(row[g] as { cached: string }).cached}"`);
    }
    // The figures themselves are not compared: the sentence rests on the statuses alone.
    expect(cell.formula).not.toContain("ISNUMBER(");
  });


  it("attaches data-check findings as notes on the status cell of their row, naming the cell", () => {
    const s = wardMatrix();
    const r = planStatusColumn(s, checked(s));
    expect(r.ok && r.edits.notes.map((n) => n.cell)).toEqual([{ row: 17, col: 6 }]);
  });
});

describe("planStatusColumn places the status next to the actual", () => {
  const officeSheet = (): SheetData => ({
    name: "S",
    values: [
      ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Số trường mầm non", "trường", "22 trường", 22],
      [2, "Tỷ lệ trẻ ra lớp", "%", "ít nhất 65%", 0.6],
    ],
  });
  const withBaselineRight = (): SheetData => ({
    name: "S",
    values: [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú", "Năm học trước"],
      [1, "Tỷ lệ học sinh giỏi", "tăng so với năm học trước", 0.5, "đã họp", 0.45],
    ],
  });
  // [case, sheet, insert allowed, block left, inserted before, frozen columns]
  const cases: [string, () => SheetData, boolean, number, number | undefined, number][] = [
    ["nothing right of the actual: right after it, nothing inserted", officeSheet, false, 5, undefined, 0],
    ["'Ghi chú' right of the actual, insert not allowed: right of the table, name column frozen", haiAnList, false, 7, undefined, 2],
    ["'Ghi chú' right of the actual, insert allowed: columns inserted after the rate column", haiAnList, true, 6, 6, 0],
  ];
  it.each(cases)("%s", (_, make, insert, left, before, frozenCols) => {
    const s = make();
    const r = planStatusColumn(s, checked(s), { insertAtActual: insert });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits.block.range.left).toBe(left);
    expect(r.edits.insertColumns?.before).toBe(before);
    expect(r.edits.freeze?.columns ?? 0).toBe(frozenCols);
  });

  it("names the moved cells after inserting: a baseline right of the insertion point is read from its new column", () => {
    const s = withBaselineRight();
    const r = planStatusColumn(s, checked(s, null as never), { insertAtActual: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits.insertColumns).toEqual({ before: 4, count: 2 });
    const f = r.edits.block.cells[1][0];
    expect(f && "formula" in f ? f.formula : "").toContain("H2");
    expect(f && "formula" in f ? f.formula : "").not.toContain("F2");
  });

  it("does not insert where a merged area of the table's rows spans the place, and says so", () => {
    const s = haiAnList();
    s.merges = [...(s.merges ?? []), { top: 7, left: 5, bottom: 7, right: 6 }];
    const r = planStatusColumn(s, checked(s), { insertAtActual: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits.insertColumns).toBeUndefined();
    expect(r.edits.block.range.left).toBe(7);
    expect(r.edits.notices[0].vi).toMatch(/^Không chèn được cột cạnh cột Thực hiện .* F8/);
  });

  it("does not insert where a validation runs to the sheet's last column: it would be pushed off the sheet", () => {
    const s = haiAnList();
    s.validations = [{ top: 0, left: 9, bottom: 0, right: MAX_COLUMNS - 1 }];
    const r = planStatusColumn(s, checked(s), { insertAtActual: true });
    expect(r.ok && r.edits.insertColumns).toBeUndefined();
    expect(r.ok && r.edits.notices[0].vi).toMatch(/^Không chèn được cột cạnh cột Thực hiện/);
    expect(statusPlacement(s, checked(s)).canInsert).toBe(false);
  });

  it("tells a pane what to offer: insert on by default only when nothing of the user's is right of the actual", () => {
    const office = officeSheet();
    const list = haiAnList();
    expect(statusPlacement(office, checked(office))).toEqual({ besideActual: 5, freeBesideActual: true, canInsert: true, defaultInsert: true });
    expect(statusPlacement(list, checked(list))).toEqual({ besideActual: 6, freeBesideActual: false, canInsert: true, defaultInsert: false });
  });
});

describe("planStatusColumn describes a printable checked sheet", () => {
  const s = haiAnList();
  const e = plan(s);
  it("prints on A4, one page wide, landscape for a wide table, with the header rows repeated", () => {
    expect(e.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 4, last: 5 } });
  });
  it("keeps a narrow table portrait", () => {
    expect(checkedSheetPrint(400, { first: 0, last: 0 }).orientation).toBe("portrait");
  });
  it("takes the table's font from the first indicator's name cell", () => {
    expect(e.fontFrom).toEqual({ row: 7, col: 1 });
  });
  it("freezes the header rows", () => {
    expect(e.freeze?.rows).toBe(6);
  });
  it("makes the header row as tall as its tallest heading wrapped in its column", () => {
    // "Đánh giá (Chỉ tiêu)" in bold takes two lines of a 95-point status column.
    expect(e.block.cells[0][0]).toEqual({ text: STATUS_HEADER });
    expect(e.rowHeights?.[e.block.range.top]).toBe(34);
  });
  it("gives rows whose explanation wraps a height that holds every line", () => {
    const heights = Object.entries(e.rowHeights ?? {});
    expect(heights.length).toBeGreaterThan(0);
    for (const [row, h] of heights) {
      if (Number(row) === e.block.range.top) continue; // the header row: the next test
      const c = e.block.cells[Number(row) - e.block.range.top][1];
      const text = c && "text" in c ? c.text : "";
      expect(text.length).toBeGreaterThan(45);
      expect(h).toBeGreaterThanOrEqual(30);
    }
  });
  it("clears the tool's own earlier notes inside its marked block, and no other note", () => {
    const s2: SheetData = { ...haiAnList(), owned: [e.block.range], notes: [{ row: 9, col: 7, text: "Chỉ tiêu: E10: cũ" }, { row: 9, col: 4, text: "của người dùng" }] };
    const r = planStatusColumn(s2, checked(s2));
    expect(r.ok && r.edits.clearNotes).toEqual([{ row: 9, col: 7 }]);
  });
});

describe("status cells without wording the verdicts", () => {
  it("take the rule and label each item's verdict holds, read before the verdict is worded", () => {
    for (const sheet of [haiAnList(), wardMatrix()]) {
      const res = checkSheet(sheet, samplePlan(), { asOf: "2025-05-31" });
      if (!res.ok) throw new Error("check failed");
      const before = res.items.map((it) => (it instanceof Item ? { rule: it.judged.rule, label: it.judged.labelVi } : null));
      expect(before.every((x) => x !== null)).toBe(true);
      const plan = planStatusColumn(sheet, res, { asOf: "2025-05-31", liveExplanations: true, names: true });
      expect(plan.ok).toBe(true);
      res.items.forEach((it, k) => {
        expect(before[k]!.rule).toBe(it.verdict.rule);
        expect(before[k]!.label).toBe(it.verdict.labels.vi);
      });
    }
  });
});

describe("a matrix row's summary", () => {
  const item = (name: string, status: string) => ({ name, verdict: { status } }) as unknown as Parameters<typeof rowSummary>[0][number];
  it("names at most three shortfalls and counts the rest, each having its own status cell in the row", () => {
    const its = [item("A", "met"), item("B", "not_met"), item("C", "overdue"), item("D", "near"), item("E", "not_met"), item("F", "not_met"), item("G", "no_data")];
    expect(rowSummary(its, "vi")).toBe("✗ 1/7 chỉ tiêu đạt; chưa đạt: B, C, D và 2 chỉ tiêu khác");
    expect(rowSummary(its, "en")).toBe("✗ 1/7 indicators met; not met: B, C, D and 2 more");
    expect(rowSummary(its.slice(0, 4), "vi")).toBe("✗ 1/4 chỉ tiêu đạt; chưa đạt: B, C, D");
    expect(rowSummary([item("A", "exceeded")], "vi")).toBe("✓ 1/1 chỉ tiêu đạt");
  });
  it("ticks only when every indicator met: pending, no data or asked is no success", () => {
    const none = [item("A", "pending"), item("B", "no_data"), item("C", "review")];
    expect(rowSummary(none, "vi")).toBe("… 0/3 chỉ tiêu đạt; 3 chỉ tiêu chưa có kết luận");
    expect(rowSummary(none, "en")).toBe("… 0/3 indicators met; 3 not settled yet");
    expect(rowSummary([item("A", "met"), item("B", "pending")], "vi")).toBe("… 1/2 chỉ tiêu đạt; 1 chỉ tiêu chưa có kết luận");
    expect(rowSummary([item("A", "met"), item("B", "met")], "vi")).toBe("✓ 2/2 chỉ tiêu đạt");
  });
});

describe("wrapLines", () => {
  it.each<[string, number, number]>([
    ["Đánh giá (Chỉ tiêu): Gia đình văn hóa", 14, 3],
    ["Đánh giá (Chỉ tiêu)", 14, 2],
    ["Giải thích (Chỉ tiêu)", 40, 1],
    ["a\nb", 10, 2],
    ["Chữcựcdàikhôngcókhoảngtrắng", 10, 3],
  ])("%j in lines of %i characters takes %i", (text, perLine, lines) => {
    expect(wrapLines(text, perLine)).toBe(lines);
  });
});
