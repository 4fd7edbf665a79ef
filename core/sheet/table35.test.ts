// Cells and tables the sheet reader misread in unseen workbooks (round 35, table35), each class on invented sheets.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { readCell } from "../number/cell";

const itemAt = (r: ReturnType<typeof checkSheet>, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

describe("a column giving each row's as-of day ('Số liệu đến ngày')", () => {
  // Invented: a commune's year review in early December, each figure dated, some the year's estimate.
  const sheet = (head: string): SheetData => ({
    name: "KQ 2034",
    values: [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2034"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", "Kết quả thực hiện", head],
      [1, "Giải ngân vốn đầu tư công", "triệu đồng", 5000, 3800, new Date(Date.UTC(2034, 9, 31))],
      [2, "Số thôn đạt chuẩn văn hóa", "thôn", 9, 8, new Date(Date.UTC(2034, 10, 30))],
      [3, "Thu ngân sách", "triệu đồng", 900, 850, "Ước cả năm"],
      [4, "Cấp thẻ BHYT", "thẻ", 300, 320, new Date(Date.UTC(2034, 10, 30))],
    ],
  });
  it("reads a figure dated before the year's end as a figure to date: short is not yet due, past it is judged", () => {
    const r = checkSheet(sheet("Số liệu đến ngày"), null, { asOf: "2034-12-06" });
    expect(itemAt(r, 3, 4)?.status).toBe("pending");
    expect(itemAt(r, 4, 4)?.status).toBe("pending");
    expect(itemAt(r, 5, 4)?.status).toBe("not_met");
    expect(itemAt(r, 6, 4)?.status).toBe("exceeded");
    expect(r.ok && r.layout.decisions?.some((d) => d.vi.includes('Cột F "Số liệu đến ngày" là ngày số liệu'))).toBe(true);
  });
  it("judges as before once the year is over, and never reads a deadline column so", () => {
    const after = checkSheet(sheet("Số liệu đến ngày"), null, { asOf: "2035-01-20" });
    expect(itemAt(after, 3, 4)?.status).toBe("not_met");
    const other = checkSheet(sheet("Cơ quan theo dõi"), null, { asOf: "2034-12-06" });
    expect(itemAt(other, 3, 4)?.status).toBe("not_met");
  });
});

describe("a figure cell saying when its figure comes ('Công bố cuối năm')", () => {
  const sheet = (typed: string): SheetData => ({
    name: "7 thang",
    values: [
      ["KẾT QUẢ 7 THÁNG NĂM 2034"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", "Thực hiện 7 tháng"],
      [1, "Trồng rừng tập trung", "ha", 500, 320],
      [2, "Tỷ lệ che phủ rừng", "%", "39,5%", typed],
    ],
  });
  it("is no figure yet, due then, and says the words", () => {
    const it35 = itemAt(checkSheet(sheet("Công bố cuối năm"), null, { asOf: "2034-07-22" }), 4, 4);
    expect(it35?.status).toBe("pending");
    expect(it35?.verdict.explanations.vi).toContain('"Công bố cuối năm"');
  });
  it("keeps words saying the figure falls short, and a time already past, as they were", () => {
    expect(itemAt(checkSheet(sheet("Không đạt, cuối năm"), null, { asOf: "2034-07-22" }), 4, 4)?.status).not.toBe("pending");
    expect(itemAt(checkSheet(sheet("Công bố cuối năm"), null, { asOf: "2035-02-01" }), 4, 4)?.status).not.toBe("pending");
  });
});

describe("'Chờ rà soát' in a figure cell, a note saying when", () => {
  const sheet = (note: string): SheetData => ({
    name: "NQ 2034",
    values: [
      ["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2034"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết 2034", "Ước thực hiện năm 2034", "Ghi chú"],
      [1, "Tỷ lệ hộ nghèo", "%", "Dưới 2,5%", "Chờ rà soát", note],
      [2, "Trồng cây phân tán", "cây", 5000, 5200, ""],
    ],
  });
  it("is no figure yet until the note's time, never an invalid figure", () => {
    expect(readCell("Chờ rà soát").kind).toBe("text");
    expect(itemAt(checkSheet(sheet("Rà soát hộ nghèo tháng 12/2034"), null, { asOf: "2034-11-27" }), 3, 4)?.status).toBe("pending");
  });
});

describe("a dash in the first of two target columns of equal standing", () => {
  // Invented: the province set no target on two rows, the district council did.
  const sheet: SheetData = {
    name: "Chi tieu 2034",
    values: [
      ["CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2034"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", null, "Ước thực hiện năm 2034"],
      [null, null, null, "Tỉnh giao", "NQ HĐND huyện", null],
      [1, "Thu nhập bình quân đầu người", "triệu đồng", "-", 66, 67.2],
      [2, "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", "-", 5, 4],
      [3, "Tỷ lệ che phủ rừng", "%", "40%", "41%", "40,5%"],
      [4, "Trồng rừng tập trung", "ha", 500, 520, 530],
    ],
    merges: [{ top: 2, left: 3, bottom: 2, right: 4 }, ...[0, 1, 2, 5].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))],
  };
  it("takes the other column's target on that row, and says so once", () => {
    const r = checkSheet(sheet, null, { asOf: "2035-01-20" });
    expect(itemAt(r, 4, 5)?.status).toBe("exceeded");
    expect(itemAt(r, 5, 5)?.status).toBe("not_met");
    expect(itemAt(r, 6, 5)?.status).toBe("review");
    expect(itemAt(r, 7, 5)?.status).toBe("exceeded");
    expect(r.ok && r.layout.decisions?.filter((d) => d.vi.includes('Dòng ghi "-" ở cột D lấy chỉ tiêu ở cột E')).length).toBe(1);
  });
});

describe("a target sentence above a matrix's header on the same sheet", () => {
  // Invented: pupils in class by commune, the year's target said once above the table, the as-of day in the notes.
  const sheet = (line: string, note: string): SheetData => ({
    name: "Ra lop",
    values: [
      ["THỐNG KÊ HỌC SINH RA LỚP THEO XÃ", null, null, null, null],
      ["(năm học 2034-2035)"],
      [line],
      [],
      ["TT", "Xã", "Tổng số HS phải huy động", "Số HS ra lớp", "Tỷ lệ", "Bỏ học"],
      [1, "Xã Đông", 500, 498, 99.6, 2],
      [2, "Xã Tây", 400, 392, 98, 8],
      [3, "Xã Nam", 300, 299, 99.7, 1],
      [null, "Toàn huyện", 1200, 1189, 99.1, 11],
      [],
      ["Ghi chú:"],
      [note],
    ],
  });
  it("judges the column whose every word the sentence names, the total too; a share kept over the year short mid-year is asked", () => {
    const r = checkSheet(sheet("Chỉ tiêu năm học 2034-2035: tỷ lệ học sinh ra lớp, duy trì sĩ số đạt 99% trở lên.", "- Số liệu tính đến ngày 15/11/2034."), null, { asOf: "2034-11-20" });
    expect(r.ok && r.items.filter((i) => i.cell.col === 3 || i.cell.col === 4).map((i) => i.status)).toEqual(["exceeded", "review", "exceeded", "exceeded"]);
    expect(r.ok && r.items.some((i) => i.cell.col === 5)).toBe(false);
    expect(r.ok && r.layout.decisions?.some((d) => d.vi.includes("lấy từ câu"))).toBe(true);
  });
  it("reads no sentence that states no threshold", () => {
    const r = checkSheet(sheet("Biểu kèm theo Báo cáo số 212/BC-PGDĐT.", ""), null, { asOf: "2034-11-20" });
    expect(r.ok ? r.items.length : 0).toBe(0);
  });
});
