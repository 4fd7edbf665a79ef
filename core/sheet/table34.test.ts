// Tables the sheet reader did not find in unseen workbooks (round 34, table34), each class on invented sheets.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { readHeader } from "../table/header";

const statusAt = (r: ReturnType<typeof checkSheet>, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status : undefined);

describe("a result word before what it counts ('Kết quả công nhận năm 2034 ⟩ Số trường') beside the same year's target", () => {
  // Invented: schools recognised by district at the year's end, names and decision numbers beside the count.
  const sheet = (result: string): SheetData => ({
    name: "Chuan QG 2034",
    values: [
      ["KẾT QUẢ CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN QUỐC GIA NĂM 2034"],
      [],
      ["TT", "Huyện", "Chỉ tiêu năm 2034 (trường)", result, null, null],
      [null, null, null, "Số trường", "Tên trường", "Quyết định số"],
      [1, "Huyện Đông Sơn", 3, 4, "TH A; TH B; TH C; TH D", "12/QĐ-UBND"],
      [2, "Huyện Tây Sơn", 2, 1, "TH E", "12/QĐ-UBND"],
      [3, "Huyện Nam Sơn", 1, 1, "TH G", "40/QĐ-UBND"],
    ],
    merges: [{ top: 2, left: 3, bottom: 2, right: 5 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 }],
  });
  it("judges each district's count against its own target, the year being over", () => {
    const r = checkSheet(sheet("Kết quả công nhận năm 2034"), null, { asOf: "2034-12-30" });
    expect(statusAt(r, 4, 3)).toBe("exceeded");
    expect(statusAt(r, 5, 3)).toBe("not_met");
    expect(statusAt(r, 6, 3)).toBe("met");
  });
  it("never pairs a result of another year, nor a heading with no result word", () => {
    for (const other of ["Kết quả công nhận năm 2033", "Năm 2034"]) {
      const r = checkSheet(sheet(other), null, { asOf: "2034-12-30" });
      expect(statusAt(r, 5, 3)).toBeUndefined();
    }
  });
});

describe("a count of months to date ('Lũy kế 10 tháng') is a part of the year", () => {
  it("reads the heading as the figure to date, never a date, an age or the last months", () => {
    expect(readHeader("Lũy kế 10 tháng")).toMatchObject({ role: "actual", term: "todate" });
    expect(readHeader("Thực hiện 11 tháng năm 2034")).toMatchObject({ role: "actual", term: "todate", year: 2034 });
    expect(readHeader("Số liệu đến ngày 10 tháng 10").term).toBeUndefined();
    expect(readHeader("Trẻ 3 tháng tuổi").term).toBeUndefined();
    expect(readHeader("Trẻ 1-3 tháng").term).toBeUndefined();
    expect(readHeader("Thực hiện 6 tháng").term).toBe("half");
  });
  it("judges the cumulative column beside one column per month: short of the year's plan is pending", () => {
    // Invented: ten months of a commune's year, one column per month, the cumulative SUM the result.
    const r = checkSheet(
      {
        name: "10 thang",
        values: [
          ["TÌNH HÌNH THỰC HIỆN CHỈ TIÊU 10 THÁNG NĂM 2034"],
          [],
          ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", "Thực hiện theo tháng", null, "Lũy kế 10 tháng"],
          [null, null, null, null, "Tháng 9", "Tháng 10", null],
          [1, "Thu ngân sách", "triệu đồng", 800, 60, 70, 640],
          [2, "Cấp thẻ BHYT", "thẻ", 300, 20, 25, 305],
        ],
        merges: [{ top: 2, left: 4, bottom: 2, right: 5 }, ...[0, 1, 2, 3, 6].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
      },
      null,
      { asOf: "2034-11-05" },
    );
    expect(statusAt(r, 4, 6)).toBe("pending");
    expect(statusAt(r, 5, 6)).toBe("exceeded");
  });
});

describe("a dash in the whole's column ('Tổng số HS' = '-') makes the row a count, never 'count/-'", () => {
  it("judges the count against a count target", () => {
    // Invented: a school's year-end table; counts of teachers and prizes have no pupils' total beside them.
    const r = checkSheet(
      {
        name: "Chi tieu",
        values: [
          ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2033-2034"],
          [],
          ["TT", "Chỉ tiêu", "Chỉ tiêu năm học", "Tổng số HS", "Số đạt", "Tỷ lệ"],
          [1, "Học sinh hoàn thành chương trình", 0.98, 500, 495, 0.99],
          [2, "Giáo viên dạy giỏi cấp huyện", "04 GV", "-", 3, null],
          [3, "Học sinh đạt giải cấp huyện", "10 giải", "-", 12, null],
        ],
      },
      null,
      { asOf: "2034-05-26" },
    );
    expect(statusAt(r, 4, 4)).toBe("not_met");
    expect(statusAt(r, 5, 4)).toBe("exceeded");
  });
});
