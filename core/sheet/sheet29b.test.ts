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

describe("targets by period on another sheet ('Năm học ⟩ 2039-2040 | 2040-2041 | 2041-2042'): the column of the sheet's own period", () => {
  // Invented: a strategy's targets one column per school year, and this year's results on a sheet with no target column.
  const chiTieu = {
    name: "Chi tieu 2039-2042",
    values: [
      ["CHỈ TIÊU KẾ HOẠCH CHIẾN LƯỢC GIAI ĐOẠN 2039 - 2042"],
      [],
      ["TT", "Chỉ tiêu", "Năm học", null, null],
      [null, null, "2039-2040", "2040-2041", "2041-2042"],
      [1, "Tỷ lệ học sinh học 2 buổi/ngày", "80", "85", "90"],
      [2, "Tỷ lệ học sinh hoàn thành chương trình lớp học", "98,5", "98,8", "99,0"],
      [3, "Kiểm định chất lượng giáo dục", "Duy trì", "Duy trì", "Đạt KĐCL cấp độ 2"],
    ] as CellValue[][],
    merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
  };
  const results = {
    name: "KQ 2040-2041",
    values: [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2040 - 2041"],
      [],
      ["TT", "Nội dung", "Kết quả năm học 2039-2040", "Kết quả năm học 2040-2041"],
      [1, "Tỷ lệ học sinh học 2 buổi/ngày", 81.0, 84.0],
      [2, "Tỷ lệ học sinh hoàn thành chương trình lớp học", 98.6, 98.9],
      [3, "Kiểm định chất lượng giáo dục", "Duy trì", "Đã đánh giá ngoài (tháng 4/2041), chờ quyết định công nhận"],
    ] as CellValue[][],
  };
  const r = ok(checkSheet(results, null, { siblings: [chiTieu, results], asOf: "2041-05-20" }));
  const at = (row: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === 3).map((i) => i.status);

  it("judges each figure against the year's own column, never another year's", () => {
    expect(at(3)).toEqual(["not_met"]); // 84 under 2040-2041's 85 (it would pass 2039-2040's 80)
    expect(at(4)).toEqual(["exceeded"]); // 98,9 above 98,8
    expect((r.layout.decisions ?? []).map((d) => d.vi).join(" ")).toMatch(/lấy chỉ tiêu từ trang "Chi tieu 2039-2042", cột D "2040-2041"/);
  });

  it("reads a result awaiting its decision as not yet due before the year ends, never as an unreadable figure", () => {
    expect(at(5)).toEqual(["pending"]);
    const after = ok(checkSheet(results, null, { siblings: [chiTieu, results], asOf: "2041-10-01" }));
    expect(after.items.filter((i) => i.cell.row === 5 && i.cell.col === 3).map((i) => i.status)).toEqual(["review"]);
  });

  it("takes no column when none names the sheet's period", () => {
    const other = { ...results, name: "KQ 2043-2044", values: results.values.map((row, i) => (i === 0 ? ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2043 - 2044"] : row)) };
    const x = checkSheet(other, null, { siblings: [chiTieu, other], asOf: "2044-05-20" });
    expect(x.ok ? x.items.filter((i) => i.status !== "no_data").length : 0).toBe(0);
  });
});
