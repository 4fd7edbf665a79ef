// planToSheet: the plan as a sheet with a "Thực hiện" column and one live status formula per indicator.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { STATUS_HEADER } from "../sheet/edits";
import { getBundledPlan } from "./bundled";
import { planFromGrid } from "./grid";
import { ACTUAL_HEADER, PLAN_SHEET_COLUMNS, planToSheet } from "./sheet";

const plan = getBundledPlan("long-bien-2021-2025-qd2559")!;
const sheet = planToSheet(plan);
const head = sheet.cells.findIndex((r) => r[0] && "text" in r[0] && r[0].text === "Mã");
const actualCol = PLAN_SHEET_COLUMNS.indexOf(ACTUAL_HEADER);
const statusCol = PLAN_SHEET_COLUMNS.indexOf(STATUS_HEADER);

describe("planToSheet", () => {
  it("lists every indicator below one header row, frozen and repeated on print", () => {
    expect(head).toBeGreaterThan(0);
    expect(sheet.cells.length - head - 1).toBe(plan.indicators.length);
    expect(sheet.freezeRows).toBe(head + 1);
    expect(sheet.print.repeatRows).toEqual({ first: head, last: head });
  });

  it("gives each row a status formula that reads its own Thực hiện cell", () => {
    const letter = String.fromCharCode(65 + actualCol);
    plan.indicators.forEach((ind, i) => {
      const row = head + 1 + i;
      const cell = sheet.cells[row][statusCol];
      if (cell && "formula" in cell) expect(cell.formula, ind.id).toContain(`${letter}${row + 1}`);
    });
    const formulas = plan.indicators.filter((_, i) => {
      const c = sheet.cells[head + 1 + i][statusCol];
      return c !== null && "formula" in c;
    });
    expect(formulas.length).toBeGreaterThan(plan.indicators.length * 0.9);
  });

  it("leaves the Thực hiện column empty for the clerk", () => {
    expect(sheet.cells.slice(head + 1).every((r) => r[actualCol] === null)).toBe(true);
  });

  it("colours the status column by verdict", () => {
    expect(sheet.conditionalFormats[0].range).toMatchObject({ top: head + 1, left: statusCol, right: statusCol });
  });

  it("reads back as the same indicators with planFromGrid", () => {
    const values: CellValue[][] = sheet.cells.map((r) => r.map((c) => (c && "text" in c ? c.text : null)));
    const r = planFromGrid(values);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.plan.id).toBe(plan.id);
    expect(r.plan.indicators.map((i) => [i.id, i.target, i.level, i.scope])).toEqual(plan.indicators.map((i) => [i.id, i.target, i.level, i.scope]));
  });
});
