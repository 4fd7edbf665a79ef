// Tables whose target the reader did not tie to its figure (round 39, layout39). Every sheet is invented, each class in
// several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Units as rows under a two-row header: TT | name | "<count head>" over three level parts | the plan column (merged
 * over both header rows) | note. Rows 3-5 (0-based) are the units: [name, level 1, level 2, level 3, plan].
 */
function levelSheet(countHead: string, parts: [string, string, string], plan: string, units: Array<[string, number, number, number, number]>): SheetData {
  const values: SheetData["values"] = [
    ["TT", "Đơn vị", countHead, null, null, plan, "Ghi chú"],
    [null, null, ...parts, null, null],
    ["1", "2", "3", "4", "5", "6", "7"],
  ];
  units.forEach(([name, a, b, c, p], i) => values.push([i + 1, name, a, b, c, p, null]));
  return {
    name: "Theo don vi",
    values,
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 1, right: 5 },
      { top: 0, left: 6, bottom: 1, right: 6 },
    ],
  };
}

describe("a plan column naming what is planned after a colon pairs with the one part its group and level name", () => {
  const units: Array<[string, number, number, number, number]> = [
    ["Huyện Bắc Sơn", 2, 5, 6, 6],
    ["Huyện Nam Sơn", 1, 4, 3, 5],
    ["Huyện Tây Sơn", 0, 2, 9, 7],
  ];
  const wordings: Array<[string, [string, string, string], string, number]> = [
    ["Số xã đạt chuẩn phổ cập", ["Mức độ 1", "Mức độ 2", "Mức độ 3"], "Kế hoạch năm 2037: số xã đạt mức độ 3", 4],
    ["Số trường đạt kiểm định", ["Mức 1", "Mức 2", "Mức 3"], "Chỉ tiêu năm 2037: số trường đạt mức 3", 4],
    ["Số xã đạt chuẩn xóa mù chữ", ["Mức độ 1", "Mức độ 2", "Mức độ 3"], "Kế hoạch: số xã đạt mức độ 2", 3],
  ];
  for (const [head, parts, plan, col] of wordings) {
    it(`"${plan}" over "${head}": judged on column ${col}, no other level`, () => {
      const r = checkSheet(levelSheet(head, parts, plan, units), null, { asOf: "2038-02-01" });
      expect(r.ok).toBe(true);
      const [a, b, c] = [3, 4, 5].map((row) => at(r, row, col)?.status);
      const expected = col === 4 ? ["met", "not_met", "exceeded"] : ["not_met", "not_met", "not_met"];
      expect([a, b, c]).toEqual(expected);
      if (r.ok) expect(r.items.some((i) => [2, 3, 4].includes(i.cell.col) && i.cell.col !== col && ["met", "exceeded", "not_met"].includes(i.status))).toBe(false);
    });
  }
  it("a plan naming no level is no level's plan: nothing is judged against it", () => {
    const r = checkSheet(levelSheet("Số xã đạt chuẩn phổ cập", ["Mức độ 1", "Mức độ 2", "Mức độ 3"], "Kế hoạch năm 2037: số xã đạt chuẩn", units), null, { asOf: "2038-02-01" });
    if (r.ok) expect(r.items.filter((i) => [2, 3, 4].includes(i.cell.col) && ["met", "exceeded", "not_met"].includes(i.status))).toEqual([]);
  });
  it("parts whose own headings name none of what is planned are not its figure, whatever their group says", () => {
    const r = checkSheet(levelSheet("Số xã đạt mức độ 3", ["Đồng bằng", "Miền núi", "Hải đảo"], "Kế hoạch năm 2037: số xã đạt mức độ 3", units), null, { asOf: "2038-02-01" });
    if (r.ok) expect(r.items.filter((i) => [2, 3, 4].includes(i.cell.col) && ["met", "exceeded", "not_met"].includes(i.status))).toEqual([]);
  });
});
