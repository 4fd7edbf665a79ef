// Round 28 (sheet28b): units across the top, each judged on the row's one target only where that is safe.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

describe("a unit column's verdict stands only where the row's target was read one way and the figure is alone", () => {
  // Invented: a commune's hamlets across the top under one result heading, one target column.
  const values: CellValue[][] = [
    ["KẾT QUẢ XÂY DỰNG THÔN VĂN HÓA NĂM 2041"],
    [],
    ["TT", "Tiêu chí", "Yêu cầu", "Kết quả thực hiện của thôn", null, null],
    [null, null, null, "Thôn Bến Đò", "Thôn Gò Găng", "Thôn Cầu Tre"],
    [1, "Tỷ lệ hộ có thùng rác phân loại (%)", "Từ 85% trở lên", 90.0, 80.0, 86.5],
    // Two readings: a multiple of a stated reference, or the reference itself (the reader keeps a runner-up).
    [2, "Thu nhập bình quân đầu người (triệu đồng)", "Gấp 1,5 lần trở lên so với bình quân chung của xã (năm 2040: 40 triệu đồng)", 62.0, 55.0, 48.0],
    // A figure with a remark in brackets that may take a case out of the count.
    [3, "Số hộ nghèo (hộ)", "Không có hộ nghèo", 0, "2 hộ (mới tách hộ)", 0],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }];
  const r = checkSheet({ name: "Thon van hoa", values, merges }, null, { asOf: "2042-01-15" });
  if (!r.ok) throw new Error("no check");
  const at = (row: number, col: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === col).map((i) => i.status);

  it("judges a hamlet's plain figure on a target read one way", () => {
    expect(at(4, 4)).toEqual(["not_met"]);
    expect(at(4, 5)).toEqual(["exceeded"]);
  });

  it("asks where the target's two readings judge the hamlet differently, never a pass on the multiple alone", () => {
    expect(at(5, 4)).toEqual(["review"]);
    expect(at(5, 5)).toEqual(["review"]);
    expect(r.items.find((i) => i.cell.row === 5 && i.cell.col === 5)!.verdict.explanation).toMatch(/Cần xác nhận/);
  });

  it("asks where the hamlet's figure carries a remark in brackets, naming it", () => {
    expect(at(6, 4)).toEqual(["review"]);
    expect(r.items.find((i) => i.cell.row === 6 && i.cell.col === 4)!.verdict.explanation).toContain("(mới tách hộ)");
    expect(at(6, 5)).toEqual(["met"]);
  });
});

describe("units across under a result heading naming the kind of unit ('Kết quả thực hiện theo lớp ⟩ Mầm 1 | Chồi 1 | Lá 1')", () => {
  // Invented: a kindergarten's classes across the top, named by age group and number, one target column.
  const values: CellValue[][] = [
    ["TỔNG HỢP KẾT QUẢ CHỈ TIÊU NĂM HỌC 2040-2041 THEO LỚP"],
    [],
    ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu năm học", "Kết quả thực hiện theo lớp (%)", null, null, "Ghi chú"],
    [null, null, null, "Mầm 2", "Chồi 3", "Lá 4", null],
    [1, "Tỷ lệ trẻ đi học đều", "Từ 90% trở lên", 91.0, 88.5, 95.0, ""],
    [2, "Tỷ lệ trẻ 5 tuổi được đánh giá đạt chuẩn phát triển", "Từ 95% trở lên", "-", "-", 96.4, "Chỉ tính lớp Lá"],
    [3, "Tỷ lệ trẻ thừa cân, béo phì", "Dưới 3%", 2.0, 4.1, 1.5, "Cân đo tháng 4/2041"],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }];
  const r = checkSheet({ name: "Theo lop", values, merges }, null, { asOf: "2041-04-20" });
  if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
  const at = (row: number, col: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === col).map((i) => [i.unitName, i.status]);

  it("finds the table: the heading names the figure and each class, whatever it is called, is a unit tied to the others", () => {
    expect(r.layout.columns.actual).toBe(5); // the class with the most figures; the row's status asks where classes part
    expect([...(r.layout.tied ?? [])].sort()).toEqual([3, 4]);
    expect(at(4, 3)).toEqual([["Mầm 2", "exceeded"]]);
    expect(at(4, 4)).toEqual([["Chồi 3", "not_met"]]);
    expect(at(4, 5)).toEqual([["Lá 4", "review"]]);
  });

  it("leaves a class's dash out (the row does not apply to it), never 'no data'", () => {
    expect(at(5, 3)).toEqual([]);
    expect(at(5, 4)).toEqual([]);
    expect(at(5, 5)).toEqual([["Lá 4", "exceeded"]]);
  });

  it("asks where the row's note alone makes a class's figure not yet due: the note may speak of one class", () => {
    expect(at(6, 4)).toEqual([["Chồi 3", "review"]]);
    expect(r.items.find((i) => i.cell.row === 6 && i.cell.col === 4)!.verdict.explanation).toContain("ghi chú");
    expect(at(6, 3)).toEqual([["Mầm 2", "met"]]);
  });

  it("reads 'Thực hiện theo kế hoạch' as no unit heading (a plan is no kind of unit)", () => {
    const v = values.map((row) => [...row]);
    v[2][3] = "Thực hiện theo kế hoạch";
    const s = checkSheet({ name: "Theo lop", values: v, merges }, null, { asOf: "2041-04-20" });
    expect(s.ok && s.layout.shape === "list" ? s.layout.tied : undefined).toBeUndefined();
  });
});
