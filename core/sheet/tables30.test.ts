// Round 41 (tables30): a target row's own due day, written in another of its cells, bounds its targets. Every sheet is
// invented.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
/** Merged ranges as [top, left, bottom, right]. */
const spans = (...m: Array<[number, number, number, number]>) => m.map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Units as rows under a two-row header: TT | name | "<group>" over "Đối tượng | Đã làm | Tỷ lệ (%)" | note; row 2 the
 * target row ("<label>" with "≥ 95" in the rate column and `due` in the note column); rows 3-5 the units.
 */
function dueRowSheet(label: string, group: string, due: string, dueElsewhere?: string): SheetData {
  const unit = (i: number, name: string, whole: number, done: number) => [i, name, whole, done, Math.round((done / whole) * 10000) / 100, null];
  const values: SheetData["values"] = [
    ["TT", "Xã, thị trấn", group, null, null, "Ghi chú"],
    [null, null, "Đối tượng", "Đã thực hiện", "Tỷ lệ (%)", null],
    [null, label, dueElsewhere ?? null, null, "≥ 95", due],
    unit(1, "Xã Đông Sơn", 400, 300),
    unit(2, "Xã Tây Sơn", 200, 190),
    unit(3, "Thị trấn Nam Sơn", 300, 297),
  ];
  return {
    name: "Tien do",
    values,
    merges: spans([0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5]),
  };
}

describe("a target row's own due day, written in another of its cells, bounds its targets", () => {
  const wordings: Array<[string, string, string, string]> = [
    ["Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037", "2037-04-23"],
    ["Chỉ tiêu giao", "Khám sức khỏe người cao tuổi", "Chậm nhất ngày 15/11/2037", "2037-10-31"],
    ["Kế hoạch", "Cấp thẻ bảo hiểm y tế", "Hạn chót: 31/5/2037", "2037-05-02"],
  ];
  for (const [label, group, due, asOf] of wordings) {
    it(`"${label} … ${due}", read on ${asOf}: short is not yet due, 95% and above as before`, () => {
      const r = checkSheet(dueRowSheet(label, group, due), null, { asOf });
      expect(r.ok).toBe(true);
      expect([3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["pending", "met", "exceeded"]);
    });
  }
  it("once the day has passed a short figure is short", () => {
    const r = checkSheet(dueRowSheet("Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037"), null, { asOf: "2037-05-10" });
    expect(at(r, 3, 4)?.status).toBe("not_met");
  });
  it("two cells of the row naming different days bind no target to either", () => {
    const r = checkSheet(dueRowSheet("Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037", "trước 15/4/2037"), null, { asOf: "2037-04-23" });
    expect(at(r, 3, 4)?.status).not.toBe("pending");
  });
});
