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

describe("a list row's note giving a reason the gap may not count ('01 trẻ khuyết tật học hòa nhập') asks, as a unit's remark does", () => {
  // Invented: a preschool's year results, one child left out of the count by the note.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2033-2034"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "%", "100%", "99,1%", "01 trẻ khuyết tật học hòa nhập, đánh giá theo kế hoạch giáo dục cá nhân"],
    [2, "Trẻ đi học chuyên cần", "%", "Từ 95% trở lên", "93%", "01 trẻ khuyết tật học hòa nhập"],
    [3, "Trẻ 5 tuổi ra lớp", "%", "100%", "99%", "02 trẻ ốm dài ngày"],
  ];
  const r = checkSheet({ name: "Chi tieu", values }, null, { asOf: "2034-06-10" });
  const at = (row: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === 4) : undefined);
  it("asks where the figure is who is there against who should be, naming the note", () => {
    expect(at(3)?.status).toBe("review");
    expect(at(3)?.verdict.explanations.vi).toContain('nếu tính cả trường hợp ghi "01 trẻ khuyết tật học hòa nhập');
  });
  it("keeps the shortfall of a rate over those present, and one whose note gives no such reason", () => {
    expect(at(4)?.status).toBe("not_met");
    expect(at(5)?.status).toBe("not_met");
  });
});

describe("a remark on a school's row under the grade-1 intake ('Tỷ lệ trẻ 6 tuổi vào lớp 1') asks, as under enrolment", () => {
  // Invented: schools as rows, the share of six-year-olds entering grade 1 against 100%.
  const values: CellValue[][] = [
    ["THỐNG KÊ TRẺ 6 TUỔI VÀO LỚP 1 NĂM HỌC 2033-2034"],
    [],
    ["TT", "Trường", "Số trẻ 6 tuổi", "Tỷ lệ trẻ 6 tuổi vào lớp 1 (%)", "Ghi chú"],
    [null, "Chỉ tiêu", null, "100%", null],
    [1, "TH Đông", 120, 100, null],
    [2, "TH Tây", 98, 98, "02 trẻ khuyết tật học hòa nhập muộn 1 năm"],
    [3, "TH Nam", 90, 97.8, null],
  ];
  it("asks for the school whose remark names a child taught apart, and keeps the other's shortfall", () => {
    const r = checkSheet({ name: "Vao lop 1", values }, null, { asOf: "2034-10-10" });
    if (!r.ok) throw new Error("no table");
    const at = (row: number) => r.items.find((i) => i.cell.row === row && i.cell.col === 3);
    expect(at(5)?.status).toBe("review");
    expect(at(6)?.status).toBe("not_met");
  });
});
