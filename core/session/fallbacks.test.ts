// Custom-function fallbacks: the target goes in as a short text constant or by its cell, never as a constant over 255 characters.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import { planStatusColumn } from "../sheet/status";
import { formulaFits } from "../sheet/output";
import type { SheetData } from "../sheet/model";
import { withCustomFunctionFallbacks } from "./fallbacks";
import { firstTermSheet } from "../sheet/fixtures";

const LONG = `tăng so với năm học trước (${"theo hướng dẫn của Sở ".repeat(14)})`;

/** The first indicator's status formula after fallbacks, for a sheet of one header row and one indicator row. */
function fallbackFormula(header: CellValue[], row: CellValue[], insert = false): string {
  const sheet: SheetData = { name: "S", values: [header, row] };
  const checked = checkSheet(sheet, null);
  if (!checked.ok) throw new Error(checked.error.message.en);
  const planned = planStatusColumn(sheet, checked, { insertAtActual: insert });
  if (!planned.ok) throw new Error(planned.reason.en);
  const { edits } = withCustomFunctionFallbacks(planned.edits, checked, sheet, { name: "CHITIEU.TARGET_STATUS", max: 10 });
  const c = edits.block.cells[1][0];
  return c && "formula" in c ? c.formula : "";
}

const HEAD = ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"];
const NAME = "Tỷ lệ học sinh giỏi";

describe("withCustomFunctionFallbacks", () => {
  it.each<[string, CellValue[], CellValue[], boolean, string]>([
    ["quotes a short target", HEAD, [1, NAME, "tăng so với năm học trước", 0.45], false, 'CHITIEU.TARGET_STATUS(D2,"tăng so với năm học trước")'],
    ["points at the target's cell when the text is over 255 characters", HEAD, [1, NAME, LONG, 0.45], false, "CHITIEU.TARGET_STATUS(D2,C2)"],
    ["points at the target's new cell when columns are inserted before it", ["STT", "Nội dung chỉ tiêu", "Thực hiện", "Ghi chú", "Kế hoạch"], [1, NAME, 0.45, "đã họp", LONG], true, "CHITIEU.TARGET_STATUS(C2,G2)"],
  ])("%s", (_, header, row, insert, want) => {
    const f = fallbackFormula(header, row, insert);
    expect(f).toBe(want);
    expect(formulaFits(f)).toBe(true);
  });
});

describe("withCustomFunctionFallbacks where the sheet's period decides a short figure", () => {
  it("keeps the label of a first-term figure that meets: the function would call a short one typed later 'Chưa đạt'", () => {
    const sheet = firstTermSheet();
    const checked = checkSheet(sheet, null, { asOf: "2019-01-21", period: "2018-2019" });
    if (!checked.ok) throw new Error(checked.error.message.en);
    expect(checked.items[0].noFormula).toBe("period");
    const planned = planStatusColumn(sheet, checked);
    if (!planned.ok) throw new Error(planned.reason.en);
    const { edits, replaced } = withCustomFunctionFallbacks(planned.edits, checked, sheet, { name: "CHITIEU.TARGET_STATUS", max: 10 });
    // The two period-bound rows keep their labels; enrolment, settled when the year opens, has its native formula.
    expect(replaced).toBe(0);
    expect(edits.block.cells[1][0]).toEqual({ text: "Vượt" });
    expect(edits.block.cells[2][0]).toEqual({ text: "Vượt" });
  });

  it("gives a target read only in part to the function, which reads the whole target as the engine does", () => {
    expect(fallbackFormula(HEAD, [1, "Duy trì sĩ số", "đạt 98% và không có trẻ bỏ học", 0])).toBe('CHITIEU.TARGET_STATUS(D2,"đạt 98% và không có trẻ bỏ học")');
  });
});
