// A plan column beside a merged heading whose parts are rounds, months or quarters and whose last part sums them
// (round 40, tables28). Every sheet is invented, in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Units as rows under a two-row header: TT | name | the plan (merged over both header rows) | "<group>" over two
 * parts and their sum | note. Rows 3-5 (0-based) are the units: [name, plan, part 1, part 2].
 */
function roundSheet(plan: string, group: string, parts: [string, string, string], units: Array<[string, number, number, number]>): SheetData {
  const values: SheetData["values"] = [
    ["TT", "Đơn vị", plan, group, null, null, "Ghi chú"],
    [null, null, null, ...parts, null],
    ["1", "2", "3", "4", "5", "6", "7"],
  ];
  units.forEach(([name, p, a, b], i) => values.push([i + 1, name, p, a, b, a + b, null]));
  return {
    name: "Theo dot",
    values,
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 1, right: 6 },
    ],
  };
}

const units: Array<[string, number, number, number]> = [
  ["Xã Đông Phong", 400, 210, 230],
  ["Xã Tây Phong", 300, 140, 160],
  ["Thị trấn Nam Phong", 500, 200, 180],
];
const judged = (r: R, cols: number[]) => (r.ok ? r.items.filter((i) => cols.includes(i.cell.col) && ["met", "exceeded", "not_met"].includes(i.status)) : []);

describe("a plan naming what is planned is the plan of the sum column under the group that names it", () => {
  const wordings: Array<[string, string, [string, string, string]]> = [
    ["Kế hoạch khám sàng lọc (người)", "Số người được khám sàng lọc", ["Đợt 1 (tháng 4)", "Đợt 2 (tháng 9)", "Cộng"]],
    ["Chỉ tiêu tiêm chủng mở rộng", "Số trẻ được tiêm chủng mở rộng", ["Quý I", "Quý II", "Tổng số"]],
    ["KH cấp thẻ bảo hiểm y tế", "Số người được cấp thẻ bảo hiểm y tế", ["Tháng 5", "Tháng 6", "Tổng cộng"]],
  ];
  for (const [plan, group, parts] of wordings) {
    it(`"${plan}" beside "${group} ⟩ … | ${parts[2]}": judged on the sum only`, () => {
      const r = checkSheet(roundSheet(plan, group, parts, units), null, { asOf: "2038-02-01" });
      expect(r.ok).toBe(true);
      expect([3, 4, 5].map((row) => at(r, row, 5)?.status)).toEqual(["exceeded", "met", "not_met"]);
      expect(judged(r, [3, 4])).toEqual([]);
    });
  }
  it("a group naming something else is not the plan's: nothing is judged against it", () => {
    const r = checkSheet(roundSheet("Kế hoạch khám sàng lọc (người)", "Số người được tư vấn dinh dưỡng", ["Đợt 1", "Đợt 2", "Cộng"], units), null, { asOf: "2038-02-01" });
    expect(judged(r, [3, 4, 5])).toEqual([]);
  });
  it("parts with no sum among them are no single figure of the plan", () => {
    const r = checkSheet(roundSheet("Kế hoạch khám sàng lọc (người)", "Số người được khám sàng lọc", ["Đợt 1", "Đợt 2", "Đợt 3"], units), null, { asOf: "2038-02-01" });
    expect(judged(r, [3, 4, 5])).toEqual([]);
  });
});
