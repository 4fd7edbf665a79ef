// Classes of wrong verdicts the layouts showed in round 30 (sheet30b), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

describe("a figure with more written after it ('01 lớp (5A); lớp 5B chưa đủ hồ sơ') is asked about, never an invalid figure", () => {
  // Invented: a school's year targets, the counts typed with names and remarks after them.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2033-2034"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Lớp học thân thiện được công nhận", "lớp", 2, "01 lớp (3A); lớp 3B chưa đủ hồ sơ", null],
    [2, "Trường đạt chuẩn xanh", "trường", 2, "02 trường (Đông, Tây) đang thẩm định", null],
    [3, "Giáo viên dạy giỏi cấp huyện", "giáo viên", 1, "1/1 (đạt 100%)", null],
    [4, "Chuyên đề cấp trường", "chuyên đề", 2, "2 chuyên đề - 4 tiết mẫu", null],
    [5, "Hội thi cấp trường", "hội thi", 2, 2, null],
    [6, "Câu lạc bộ", "câu lạc bộ", 2, "nhiều câu lạc bộ", null],
  ];
  const r = checkSheet({ name: "Chi tieu", values }, null, { asOf: "2034-06-10" });
  const at = (row: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === 4) : undefined);
  it("judges the lead figure and asks, naming it and what follows", () => {
    for (const row of [3, 4, 5, 6]) expect(at(row)?.status).toBe("review");
    expect(at(3)?.verdict.explanations.vi).toContain('tính theo "01 lớp" thì Chưa đạt');
    expect(at(3)?.verdict.explanations.vi).toContain('"(3A); lớp 3B chưa đủ hồ sơ"');
    expect(at(4)?.verdict.explanations.vi).toContain('tính theo "02 trường" thì Đạt');
    expect(at(7)?.status).toBe("met");
  });
  it("keeps a text with no figure to lead it an invalid figure", () => {
    expect(at(8)?.status).toBe("invalid");
  });
});
