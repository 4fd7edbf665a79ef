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

/**
 * Units under section titles: TT | name | count | passed | share (=ROUND(D/C*100,2)) | note. Each section is [title,
 * units as [name, count, passed]]; a title is merged over the row from column A (`merged`) or written in the name
 * column; a "Cộng" row closes each section.
 */
function sectionSheet(share: string, sections: Array<[string, Array<[string, number, number]>]>, merged = true): SheetData {
  const values: SheetData["values"] = [["TỔNG HỢP KẾT QUẢ NĂM HỌC 2036-2037"], [], ["TT", "Đơn vị", "Số học sinh", "Số đạt", share, "Ghi chú"]];
  const formulas: SheetData["formulas"] = [[], [], []];
  const merges: NonNullable<SheetData["merges"]> = [];
  for (const [title, units] of sections) {
    const r = values.length;
    values.push(merged ? [title, null, null, null, null, null] : [null, title, null, null, null, null]);
    formulas.push([]);
    if (merged) merges.push({ top: r, left: 0, bottom: r, right: 5 });
    let [c, d] = [0, 0];
    units.forEach(([name, n, k], i) => {
      const row = values.length;
      values.push([i + 1, name, n, k, Math.round((k / n) * 10000) / 100, null]);
      formulas.push([undefined, undefined, undefined, undefined, `=ROUND(D${row + 1}/C${row + 1}*100,2)`]);
      c += n;
      d += k;
    });
    values.push([null, "Cộng", c, d, Math.round((d / c) * 10000) / 100, null]);
    formulas.push([]);
  }
  return { name: "Theo khoi", values, formulas, merges };
}

const statusesOf = (r: R, col: number) => (r.ok ? r.items.filter((i) => i.cell.col === col).sort((x, y) => x.cell.row - y.cell.row).map((i) => [i.unitName, i.status]) : []);

describe("a section title stating a target is the target of the units under it and of the total closing them", () => {
  const a: Array<[string, number, number]> = [["Trường Một", 200, 196], ["Trường Hai", 100, 94]];
  const b: Array<[string, number, number]> = [["Trung tâm Ba", 50, 41], ["Trung tâm Bốn", 40, 30]];
  const wordings: Array<[string, string, string, boolean]> = [
    ["Tỷ lệ tốt nghiệp (%)", "A. KHỐI TRƯỜNG PHỔ THÔNG (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)", "B. KHỐI TRUNG TÂM (chỉ tiêu: tỷ lệ tốt nghiệp từ 80% trở lên)", true],
    ["Tỷ lệ lên lớp (%)", "I. Trường vùng thuận lợi - Mục tiêu: tỷ lệ lên lớp đạt 95% trở lên", "II. Trường vùng khó khăn - Mục tiêu: tỷ lệ lên lớp đạt 80% trở lên", false],
    ["Tỷ lệ chuyên cần (%)", "1. Khối nội thành: tỷ lệ chuyên cần phấn đấu đạt từ 95% trở lên", "2. Khối ngoại thành: tỷ lệ chuyên cần phấn đấu đạt từ 80% trở lên", true],
  ];
  for (const [share, ta, tb, merged] of wordings) {
    it(`"${ta}" / "${tb}"${merged ? " (merged)" : " (in the name column)"}`, () => {
      const r = checkSheet(sectionSheet(share, [[ta, a], [tb, b]], merged), null, { asOf: "2037-08-01" });
      expect(r.ok).toBe(true);
      // 98% and 94% against 95; 82% and 75% against 80; each section's total against its own title.
      expect(statusesOf(r, 4)).toEqual([
        ["Trường Một", "exceeded"],
        ["Trường Hai", "not_met"],
        ["Cộng", "exceeded"],
        ["Trung tâm Ba", "exceeded"],
        ["Trung tâm Bốn", "not_met"],
        ["Cộng", "not_met"],
      ]);
      // The titles are no units: never judged, never listed as units without figures.
      if (r.ok) expect(r.items.some((i) => i.unitName === ta || i.unitName === tb)).toBe(false);
    });
  }
  it("a title stating no target ends the one before: the units under it are not judged against it", () => {
    const r = checkSheet(sectionSheet("Tỷ lệ tốt nghiệp (%)", [["A. KHỐI PHỔ THÔNG (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)", a], ["B. KHỐI TRUNG TÂM (13 trung tâm)", b]]), null, { asOf: "2037-08-01" });
    expect(statusesOf(r, 4).filter(([n]) => n === "Trung tâm Ba" || n === "Trung tâm Bốn")).toEqual([]);
    expect(statusesOf(r, 4).filter(([n]) => n === "Trường Hai")).toEqual([["Trường Hai", "not_met"]]);
  });
  it("a title about other words is no column's target", () => {
    const r = checkSheet(sectionSheet("Tỷ lệ tốt nghiệp (%)", [["A. KHỐI PHỔ THÔNG (chỉ tiêu: tỷ lệ chuyên cần từ 95% trở lên)", a], ["B. KHỐI TRUNG TÂM (chỉ tiêu: tỷ lệ chuyên cần từ 80% trở lên)", b]]), null, { asOf: "2037-08-01" });
    expect(statusesOf(r, 4).filter(([, s]) => ["met", "exceeded", "not_met"].includes(s as string))).toEqual([]);
  });
  it("a title whose figures only describe the section ('trẻ từ 3 đến 5 tuổi') states no target", () => {
    const r = checkSheet(sectionSheet("Tỷ lệ tốt nghiệp (%)", [["A. Nhóm trẻ từ 3 đến 5 tuổi", a], ["B. Nhóm trẻ dưới 3 tuổi", b]]), null, { asOf: "2037-08-01" });
    expect(statusesOf(r, 4).filter(([, s]) => ["met", "exceeded", "not_met"].includes(s as string))).toEqual([]);
  });
});
