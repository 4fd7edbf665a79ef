// Custom-function fallbacks: the target goes in as a short text constant or by its cell, never as a constant over 255 characters.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import { planStatusColumn } from "../sheet/status";
import { formulaFits } from "../sheet/output";
import type { SheetData } from "../sheet/model";
import { withCustomFunctionFallbacks } from "./fallbacks";

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
