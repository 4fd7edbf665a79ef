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
  const layout = r.layout;
  const at = (row: number, col: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === col).map((i) => [i.unitName, i.status]);

  it("finds the table: the heading names the figure and each class, whatever it is called, is a unit tied to the others", () => {
    expect(layout.columns.actual).toBe(5); // the class with the most figures; the row's status asks where classes part
    expect([...(layout.tied ?? [])].sort()).toEqual([3, 4]);
    expect(at(4, 3)).toEqual([["Mầm 2", "exceeded"]]);
    expect(at(4, 4)).toEqual([["Chồi 3", "not_met"]]);
    expect(at(4, 5)).toEqual([[undefined, "review"]]); // the row's own cell asking for the row: no class named
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

describe("a unit's own target in '%' right after the group whose share it plans ('Chung ⟩ Dự thi | Đỗ | Tỷ lệ (%)' | 'Chỉ tiêu tỷ lệ đỗ (%)')", () => {
  // Invented: an exam by school in two sittings and combined; only the combined share has a target per school.
  const rate = (r: number, n: string, d: string) => ({ f: `=ROUND(${n}${r}/${d}${r}*100,2)` });
  const rows: Array<[string, number, number, number, number, number, string]> = [
    ["Toàn huyện", 1000, 930, 400, 330, 95, ""],
    ["Trường A", 300, 290, 100, 95, 95, ""],
    ["Trường B", 200, 170, 100, 80, 90, "05 bài thi đang phúc khảo"],
    ["Trường C", 150, 140, 50, 40, 92, ""],
  ];
  const values: CellValue[][] = [
    ["KẾT QUẢ THI NGHỀ PHỔ THÔNG NĂM 2043 THEO TRƯỜNG"],
    [],
    ["TT", "Trường", "Đợt 1", null, null, "Đợt 2", null, null, "Chung", null, null, "Chỉ tiêu tỷ lệ đỗ năm 2043 (%)", "Ghi chú"],
    [null, null, "Dự thi", "Đỗ", "Tỷ lệ (%)", "Dự thi", "Đỗ", "Tỷ lệ (%)", "Dự thi", "Đỗ", "Tỷ lệ (%)", null, null],
  ];
  const formulas: (string | undefined)[][] = [[], [], [], []];
  rows.forEach(([name, a1, p1, a2, p2, kh, note], i) => {
    const r = 4 + i;
    const x = r + 1;
    const r2 = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
    values.push([i === 0 ? "" : i, name, a1, p1, r2(p1, a1), a2, p2, r2(p2, a2), a1 + a2, p1 + p2, r2(p1 + p2, a1 + a2), kh, note]);
    formulas.push([undefined, undefined, undefined, undefined, rate(x, "D", "C").f, undefined, undefined, rate(x, "G", "F").f, `=C${x}+F${x}`, `=D${x}+G${x}`, rate(x, "J", "I").f]);
  });
  const merges = [
    { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 2, right: 7 }, { top: 2, left: 8, bottom: 2, right: 10 },
    { top: 2, left: 11, bottom: 3, right: 11 }, { top: 2, left: 12, bottom: 3, right: 12 },
  ];
  const r = checkSheet({ name: "Thi nghe", values, formulas, merges }, null, { asOf: "2043-06-20" });
  if (!r.ok) throw new Error("no check");
  const on = (row: number) => r.items.filter((i) => i.cell.row === row).map((i) => [i.cell.col, i.status]);

  it("judges the combined share of each school on its own target, never the count beside it or a sitting's share", () => {
    expect(on(5)).toEqual([[10, "exceeded"]]); // 385/400 = 96,25 against 95
    expect(on(7)).toEqual([[10, "not_met"]]); // 180/200 = 90,00 against 92
  });

  it("waits on papers being re-marked ('đang phúc khảo'): a short share is not yet final", () => {
    expect(on(6)).toEqual([[10, "pending"]]); // 250/300 = 83,33 under 90, five papers re-marked
  });

  it("judges the whole short when what its awaited school failed cannot lift it to its bar", () => {
    expect(on(4)).toEqual([[10, "not_met"]]); // 1260/1400 = 90,0; even 50 more passes give 93,57 < 95
  });
});
