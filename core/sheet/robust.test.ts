// Arbitrary grids: detection, checking, status planning and reports never throw and keep their promises.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CellValue } from "../types";
import { buildReport } from "../report/build";
import { checkSheet } from "./check";
import { samplePlan } from "./fixtures";
import { detectLayout } from "./layout";
import type { SheetData } from "./model";
import { planStatusColumn } from "./status";

const words = ["STT", "Nội dung", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "ĐVT", "Ghi chú", "Tên trường", "Số đạt", "Tổng số", "Tổng cộng", "Đạt", "x", "ít nhất 65%", "28/28 trường", "=1+1", "Người lập biểu", "#N/A", ""];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 10000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ error: "#DIV/0!" }),
  fc.string({ maxLength: 12 }),
);
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });

describe("sheet core on arbitrary grids", () => {
  it("never throws, and every item sits inside the data rows", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (values, withPlan) => {
        const sheet: SheetData = { name: "S", values, merges: values.length > 2 ? [{ top: 0, left: 0, bottom: 1, right: 2 }] : [] };
        const l = detectLayout(sheet);
        const r = checkSheet(sheet, withPlan ? samplePlan() : null, { asOf: "2025-05-31" });
        expect(r.ok).toBe(l.ok);
        if (!r.ok) return;
        for (const it of r.items) {
          expect(it.row).toBeGreaterThanOrEqual(r.layout.firstDataRow);
          expect(it.row).toBeLessThanOrEqual(r.layout.lastDataRow);
          expect(it.verdict.status).toBe(it.status);
        }
        expect(Object.values(r.summary.byStatus).reduce((a, b) => a + b, 0)).toBe(r.items.length);
        const p = planStatusColumn(sheet, r);
        if (p.ok) expect(p.edits.block.cells).toHaveLength(r.layout.lastDataRow - r.layout.headerRows[0] + 1);
        const m = buildReport(r, null, {});
        expect(m.sheet.cells.every((row) => row.length === m.sheet.cells[0].length)).toBe(true);
      }),
      { numRuns: 300, seed: 20241123 },
    );
  });

  it("survives sparse rows", () => {
    const values: CellValue[][] = [["STT", "Nội dung", "Kế hoạch", "Thực hiện"]];
    values[3] = [1, "Số trường", "22 trường", 22];
    const r = checkSheet({ name: "S", values }, null);
    expect(r.ok && r.items.map((i) => i.status)).toEqual(["met"]);
  });
});
