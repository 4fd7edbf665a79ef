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
