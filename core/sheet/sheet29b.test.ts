// Round 29 (sheet29b): rows and columns the reader found but did not judge.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

describe("the whole's column beside units across the top ('… theo đơn vị ⟩ A | B | C' then 'Toàn tỉnh')", () => {
  // Invented: three districts' results under one heading, the province's own figure in the next column, one target.
  const values: CellValue[][] = [
    ["TT", "Chỉ tiêu", "Chỉ tiêu năm 2041", "Kết quả thực hiện năm 2041 theo huyện", null, null, "Toàn tỉnh", "Ghi chú"],
    [null, null, null, "Huyện Bắc Sơn", "Huyện Nam Sơn", "Huyện Tây Sơn", null, null],
    [1, "Tỷ lệ trẻ được tiêm chủng đầy đủ (%)", "Từ 95% trở lên", 97.0, 96.0, 95.5, 96.2, ""],
    [2, "Tỷ lệ suy dinh dưỡng thể thấp còi (%)", "Dưới 10%", 8.0, 9.1, 7.5, 10.4, ""],
    [3, "Tỷ lệ trẻ sơ sinh được sàng lọc (%)", "Từ 50% trở lên", 61.0, 55.0, 52.0, "Đang tổng hợp", ""],
  ];
  const merges = [{ top: 0, left: 3, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 1, right: 6 }];
  const r = ok(checkSheet({ name: "Theo huyen", values, merges }, null, { asOf: "2042-01-20" }));
  const at = (row: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === 6).map((i) => [i.unitName, i.status]);

  it("judges the whole's figure on the row's target, under the whole's name", () => {
    expect(at(2)).toEqual([["Toàn tỉnh", "exceeded"]]);
    expect(at(3)).toEqual([["Toàn tỉnh", "not_met"]]);
  });

  it("says so, and no longer lists the column as one it could not place", () => {
    expect((r.layout.decisions ?? []).map((d) => d.vi).join(" ")).toMatch(/Cột G "Toàn tỉnh" ghi số của cả đơn vị/);
    expect(r.layout.unplaced.some((u) => u.col === 6)).toBe(false);
  });

  it("leaves the row's own status to the units: the whole is no unit the row weighs", () => {
    // Every district passes row 3's floor: the row's cell is theirs, whatever the whole's column says.
    expect(r.items.filter((i) => i.cell.row === 4 && i.cell.col === 3).map((i) => i.status)).toEqual(["exceeded"]);
  });

  it("takes no column that names more than the whole ('Toàn tỉnh năm 2040' is last year's)", () => {
    const v = values.map((row, i) => (i === 0 ? [...row.slice(0, 6), "Toàn tỉnh năm 2040", ...row.slice(7)] : row));
    const m = ok(checkSheet({ name: "Theo huyen", values: v, merges }, null, { asOf: "2042-01-20" }));
    expect(m.items.filter((i) => i.cell.col === 6 && i.unitName === "Toàn tỉnh năm 2040")).toEqual([]);
  });
});
