// User report templates: placeholder syntax, errors that name the cell, filling and repeating rows.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import { samplePlan } from "../sheet/fixtures";
import type { CheckedSheet } from "../sheet/types";
import { buildReport } from "./build";
import { templateFromGrid } from "./template";

const plan = samplePlan();
const checked = (() => {
  const r = checkSheet(
    {
      name: "Số liệu",
      values: [
        ["STT", "Nội dung", "Thực hiện"],
        [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "63,2%"],
        [2, "Số trường mầm non", 22],
        [3, "=Tỷ lệ giáo viên THCS đạt chuẩn", "100%"],
      ],
    },
    plan,
  );
  if (!r.ok) throw new Error("check failed");
  return r as CheckedSheet;
})();

describe("templateFromGrid errors", () => {
  it.each<[string, CellValue[][], string, string]>([
    ["an unknown placeholder", [["Báo cáo"], [null, "{{ten_ke_hoach}}"]], "unknown_placeholder", "B2"],
    ["a list field outside its repeated row", [["{{name}}"]], "unknown_placeholder", "A1"],
    ["a repeated row without {{/each}}", [["{{#each indicators}}{{stt}}", "{{name}}"]], "unclosed_repeat", "A1"],
    ["{{/each}} without an opening", [["Tổng", "{{/each}}"]], "stray_close", "B1"],
    ["two lists on one row", [["{{#each indicators}}", "{{#each shortfalls}}", "{{/each}}"]], "nested_repeat", "B1"],
    ["an unknown list", [[null, null, "{{#each truong}}{{/each}}"]], "unknown_list", "C1"],
    ["unbalanced braces", [["{{plan.title}"]], "bad_syntax", "A1"],
    ["an empty sheet", [[null]], "empty_template", "A1"],
  ])("reports %s at the cell", (_, grid, code, cell) => {
    const r = templateFromGrid(grid);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code, cell });
    expect(r.errors[0].message.vi).toContain(cell);
    expect(r.errors[0].message.en).toContain(cell);
  });

  it("reports every error, not just the first", () => {
    const r = templateFromGrid([["{{a}}", "{{b}}"]]);
    expect(r.ok ? [] : r.errors.map((e) => e.cell)).toEqual(["A1", "B1"]);
  });
});

describe("templateFromGrid and rendering", () => {
  const grid: CellValue[][] = [
    ["{{issuer.1}}", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Báo cáo {{plan.title}} năm học {{plan.period}}", null, null],
    ["Đạt: {{summary.achieved}}/{{summary.total}}", "{{summary.not_met}}", "{{summary.percent}}"],
    ["STT", "Chỉ tiêu", "Đánh giá"],
    ["{{#each indicators}}{{stt}}", "{{name}}", "{{symbol}} {{status}}{{/each}}"],
    ["Tổng", 3, null],
    ["{{#each shortfalls}}{{stt}}. {{name}}: {{gap}}{{/each}}", null, null],
    ["{{#each findings}}{{text}}{{/each}}"],
  ];
  const t = templateFromGrid(grid, [{ top: 4, left: 1, bottom: 4, right: 1 }, { top: 1, left: 0, bottom: 1, right: 2 }]);
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  const m = buildReport(checked, plan, { date: "2025-05-31" }, { kind: "grid", template: t.template });
  const cells = m.sheet.cells;

  it("records the repeated rows and their lists", () => {
    expect(t.template.repeats).toEqual([
      { row: 4, list: "indicators" },
      { row: 6, list: "shortfalls" },
      { row: 7, list: "findings" },
    ]);
  });

  it("fills scalars inside text", () => {
    expect(cells[0][0]).toEqual({ text: "ỦY BAN NHÂN DÂN" });
    expect(cells[1][0]).toEqual({ text: "Báo cáo Kế hoạch thử năm học 2024-2025" });
    expect(cells[2][0]).toEqual({ text: "Đạt: 2/3" });
  });

  it("keeps a lone count a number and literal cells as they were", () => {
    expect(cells[2][1]).toEqual({ number: 1 });
    expect(cells[2][2]).toEqual({ text: "66,7%" });
    expect(cells[7][1]).toEqual({ number: 3 });
  });

  it("repeats a row per indicator and drops an empty list's row", () => {
    expect(cells.slice(4, 7).map((r) => [r[0], r[2]])).toEqual([
      [{ text: "1" }, { text: "✗ Chưa đạt" }],
      [{ text: "2" }, { text: "✓ Đạt" }],
      [{ text: "3" }, { text: "✓ Đạt" }],
    ]);
    expect(cells[7][0]).toEqual({ text: "Tổng" });
    expect(cells[8][0]).toMatchObject({ text: expect.stringMatching(/^1\. Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp: thiếu/) });
    expect(cells).toHaveLength(9);
    expect(m.warnings.map((w) => w.en)).toEqual(['List "findings" is empty: repeated row 8 left out.']);
  });

  it("keeps text that looks like a formula as text", () => {
    expect(cells[6][1]).toEqual({ text: "=Tỷ lệ giáo viên THCS đạt chuẩn" });
  });

  it("copies a repeated row's merges to every copy and moves the others", () => {
    expect(m.sheet.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
    const t2 = templateFromGrid(grid, [{ top: 4, left: 1, bottom: 4, right: 2 }, { top: 5, left: 0, bottom: 5, right: 1 }]);
    if (!t2.ok) throw new Error("template");
    const m2 = buildReport(checked, plan, {}, { kind: "grid", template: t2.template });
    expect(m2.sheet.merges).toEqual([
      { top: 4, left: 1, bottom: 4, right: 2 },
      { top: 5, left: 1, bottom: 5, right: 2 },
      { top: 6, left: 1, bottom: 6, right: 2 },
      { top: 7, left: 0, bottom: 7, right: 1 },
    ]);
  });

  it("prints on A4 portrait", () => {
    expect(m.sheet.print).toMatchObject({ paper: "A4", orientation: "portrait" });
  });
});

describe("the closing line a template may print ({{summary.clean}})", () => {
  const t = templateFromGrid([["{{summary.clean}}"]]);
  if (!t.ok) throw new Error(JSON.stringify(t.errors));
  const line = (values: CellValue[][]) => {
    const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...values] }, null);
    if (!r.ok) throw new Error(r.error.message.en);
    return buildReport(r, null, { date: "2025-05-31" }, { kind: "grid", template: t.template }).sheet.cells[0][0];
  };
  it("is the built-in layout's line: plain only when every row with a figure was judged", () => {
    expect(line([[1, "Số lớp", "16 lớp", 16]])).toEqual({ text: "Không có chỉ tiêu chưa đạt." });
    // The rows not judged are counted once, at the head of the notes ({{#each findings}}), not again here.
    const rows = [[1, "Số lớp", "16 lớp", 16], [2, "Kinh phí", null, 120]];
    expect(line(rows)).toEqual({ text: "Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá." });
    const notes = templateFromGrid([["{{#each findings}}{{text}}{{/each}}"]]);
    if (!notes.ok) throw new Error(JSON.stringify(notes.errors));
    const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...rows] }, null);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(buildReport(r, null, { date: "2025-05-31" }, { kind: "grid", template: notes.template }).sheet.cells[0][0]).toEqual({ text: 'Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem trang "Ghi chú kỹ thuật").' });
  });
  it("is empty when something is short (the shortfalls list says it)", () => {
    expect(line([[1, "Số lớp", "16 lớp", 14]])).toEqual(null);
  });
});
