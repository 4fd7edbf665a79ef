// Choosing between columns by evidence, and saying why where the user looks.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

describe("two parts of one period told apart by what they measure", () => {
  const values: CellValue[][] = [
    ["TT", "Nội dung", "Năm 2023", null, "Năm 2024", null, "Chỉ tiêu năm 2024"],
    [null, null, "Điểm TB", "Thứ hạng", "Điểm TB", "Thứ hạng", null],
    [1, "Toán", 6.5, 12, 6.9, 8, "Xếp thứ 10 trở lên"],
    [2, "Vật lí", 6.8, 9, 6.7, 12, "Giữ vững thứ hạng tốp 10"],
  ];
  const merges = [
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
    { top: 0, left: 6, bottom: 1, right: 6 },
  ];
  it("takes the part the targets speak of ('Xếp thứ …', 'thứ hạng') as the figure, and says so", () => {
    const r = ok(checkSheet({ name: "S", values, merges }, null, { asOf: "2024-08-01" }));
    expect(r.layout.shape === "list" && r.layout.columns.actual).toBe(5);
    expect((r.layout.decisions ?? []).map((d) => d.vi).join(" ")).toMatch(/Dùng cột F .* \(các chỉ tiêu nói về cột này\), không dùng E/);
  });
  it("says plainly when two equal columns were told apart by nothing but their order", () => {
    const plain = values.map((row, i) => (i >= 2 ? [...row.slice(0, 6), "Từ 5 trở lên"] : row));
    const r = ok(checkSheet({ name: "S", values: plain, merges }, null, { asOf: "2024-08-01" }));
    expect((r.layout.decisions ?? []).map((d) => d.vi).join(" ")).toMatch(/hai cột ngang nhau, chỉ lại bằng --map nếu sai/);
  });
});
