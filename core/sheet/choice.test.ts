// Choosing between columns by evidence, and saying why where the user looks.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

/** A merged range, rows and columns from 0. */
const span = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
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
  const merges = [span(0, 2, 0, 3), span(0, 4, 0, 5), span(0, 6, 1, 6)];
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

describe("a block of registered targets to the right of the figures", () => {
  // "Số học sinh đạt giải" over "Nhất | Nhì | Ba | Tổng" (Tổng the sum of the others), "Xếp thứ", then "Chỉ tiêu đăng
  // ký đầu năm học" over "Số giải | Xếp thứ": each registered part is the unit's own target of the indicator it names.
  const values: CellValue[][] = [
    ["TT", "Đơn vị", "Số học sinh đạt giải", null, null, null, "Xếp thứ", "Chỉ tiêu đăng ký đầu năm học", null],
    [null, null, "Nhất", "Nhì", "Ba", "Tổng", null, "Số giải", "Xếp thứ"],
    [1, "THCS A", 2, 3, 5, 10, 1, "Ít nhất 8 giải", "Tốp 3"],
    [2, "THCS B", 0, 1, 2, 3, 4, "05 giải trở lên", "Tốp 3"],
    [3, "THCS C", 1, 1, 1, 3, 2, "Ít nhất 2 giải", "Tốp 3"],
  ];
  const merges = [span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 0, 5), span(0, 6, 1, 6), span(0, 7, 0, 8)];
  it("pairs each registered part with its indicator, reads 'Tổng' as the sum (the figure), and says both", () => {
    const r = ok(checkSheet({ name: "S", values, merges }, null, { asOf: "2015-05-20" }));
    const got = Object.fromEntries(r.items.map((i) => [`${i.unitName} · ${i.name}`, i.status]));
    expect(got["THCS A · Số học sinh đạt giải"]).toMatch(/^(met|exceeded)$/);
    expect(got["THCS B · Số học sinh đạt giải"]).toBe("not_met");
    expect(got["THCS B · Xếp thứ"]).toBe("not_met");
    expect(got["THCS C · Xếp thứ"]).toBe("met");
    const said = (r.layout.decisions ?? []).map((d) => d.vi).join(" ");
    expect(said).toMatch(/Cột F "Số học sinh đạt giải \/ Tổng" là tổng của các cột bên cạnh trên mọi dòng/);
    expect(said).toMatch(/Cột I .* là chỉ tiêu đăng ký của từng đơn vị cho chỉ tiêu "Xếp thứ"/);
  });
});

describe("a verdict heading merged over a breakdown", () => {
  it("reads 'Kết quả xếp loại' over 'Tốt | Chưa đạt' (each 'SL | %') as groups, so their figures are judged or listed, never skipped unsaid", () => {
    const values: CellValue[][] = [
      ["TT", "Trường", "Kết quả xếp loại", null, null, null],
      [null, null, "Tốt", null, "Chưa đạt", null],
      [null, null, "SL", "%", "SL", "%"],
      [1, "THCS A", 10, 50, 1, 5],
      [2, "THCS B", 8, 40, 0, 0],
    ];
    const merges = [span(0, 0, 2, 0), span(0, 1, 2, 1), span(0, 2, 0, 5), span(1, 2, 1, 3), span(1, 4, 1, 5)];
    const r = checkSheet({ name: "S", values, merges }, null, { asOf: "2024-06-25" });
    const cols = r.ok ? r.coverage.notJudged.map((n) => n.name) : [r.error.message.vi];
    expect(cols.join(" | ")).toMatch(/Kết quả xếp loại – Tốt.*Kết quả xếp loại – Chưa đạt|Kết quả xếp loại – Tốt/);
  });
});

describe("a blank figure of a unit of another age", () => {
  it("is not 'no data' where the indicator names an age the unit is not ('Lớp 3 tuổi A' under 'Trẻ 5 tuổi …'); a 5-year class's blank still is", () => {
    const values: CellValue[][] = [
      ["TT", "Nhóm, lớp", "Trẻ 5 tuổi hoàn thành chương trình GDMN (%)"],
      [null, "Chỉ tiêu", "100%"],
      [1, "Nhóm trẻ 24-36 tháng", null],
      [2, "Lớp 3 tuổi A", null],
      [3, "Lớp 5 tuổi A", 100],
      [4, "Lớp 5 tuổi B", null],
    ];
    const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2025-06-01" }));
    const got = Object.fromEntries(r.items.map((i) => [i.unitName, i.status]));
    expect(got).toEqual({ "Lớp 5 tuổi A": "met", "Lớp 5 tuổi B": "no_data" });
    expect(r.rollUps[0]?.notApplicable).toEqual(["Nhóm trẻ 24-36 tháng", "Lớp 3 tuổi A"]);
  });
});

describe("a total row with targets of its own", () => {
  const head: CellValue[][] = [
    ["TT", "Đội tuyển", "Số giải", null, "Số HS dự thi cấp thành phố", null],
    [null, null, "Đăng ký", "Kết quả", "Đăng ký", "Kết quả"],
    [1, "Toán", "03 giải", 4, "02 HS", 2],
    [2, "Ngữ văn", "02 giải", 1, "01 HS", 1],
    [3, "Tiếng Anh", "02 giải", 2, "01 HS", 0],
  ];
  const merges = [span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 0, 3), span(0, 4, 0, 5)];
  it("is judged against the phrase it registers ('Toàn trường | Ít nhất 8 giải'), outside the units' roll-up", () => {
    const values = [...head, [null, "Toàn trường", "Ít nhất 8 giải", 7, "Ít nhất 3 HS", 3]];
    const r = ok(checkSheet({ name: "S", values, merges }, null, { asOf: "2025-12-10" }));
    const total = r.items.filter((i) => i.unitName === "Toàn trường").map((i) => i.status);
    expect(total).toEqual(["not_met", "met"]);
    expect(r.rollUps.map((x) => x.units)).toEqual([3, 3]);
  });
  it("leaves a summed number on the total row to the roll-up", () => {
    const values = [...head, [null, "Toàn trường", 7, 7, 4, 3]];
    const r = ok(checkSheet({ name: "S", values, merges }, null, { asOf: "2025-12-10" }));
    expect(r.items.some((i) => i.unitName === "Toàn trường")).toBe(false);
  });
});
