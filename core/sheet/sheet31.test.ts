// Classes of wrong or unread verdicts the layouts of holdout22 showed in round 31 (sheet31), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { readHeader } from "../table/header";

describe("a figure to a month's end ('Đạt đến tháng 4/2014') covers part of the year, as one to a day does", () => {
  it("reads the month with its year as a figure to date", () => {
    expect(readHeader("Đạt đến tháng 4/2034").term).toBe("todate");
    expect(readHeader("Kết quả đến hết tháng 9/2034")).toMatchObject({ role: "actual", term: "todate", year: 2034 });
    expect(readHeader("Số liệu đến tháng 4 năm 2034").year).toBe(2034);
  });
  // Invented: districts as rows, each district's year plan in its own column, the count reached by April beside it.
  const values: CellValue[][] = [
    ["TÌNH HÌNH PHỔ CẬP GIÁO DỤC THEO HUYỆN"],
    ["Số liệu đến tháng 4 năm 2034"],
    [],
    ["TT", "Huyện", "Số xã đạt chuẩn", null, "Tỷ lệ biết chữ (%)"],
    [null, null, "Kế hoạch năm 2034", "Đạt đến tháng 4/2034", null],
    [null, "Chỉ tiêu năm 2034", null, null, "≥ 99%"],
    [1, "Huyện Đông", 12, 8, 98.2],
    [2, "Huyện Tây", 9, 9, 99.4],
    [3, "Huyện Nam", 7, 8, 99.1],
  ];
  const r = checkSheet({ name: "PCGD T4", values, merges: [{ top: 3, left: 2, bottom: 3, right: 3 }, { top: 3, left: 4, bottom: 4, right: 4 }, { top: 3, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 4, right: 1 }] }, null, { asOf: "2034-04-20" });
  const at = (row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);
  it("calls a count short of the year's plan in April not yet due, and one at or past it met or exceeded", () => {
    expect(at(6, 3)?.status).toBe("pending");
    expect(at(7, 3)?.status).toBe("met");
    expect(at(8, 3)?.status).toBe("exceeded");
  });
  it("asks about a rate short of the year's floor on figures to April, never calls it not met", () => {
    expect(at(6, 4)?.status).toBe("review");
    expect(at(7, 4)?.status).toBe("exceeded");
  });
});

describe("an estimate of the whole year naming no year beside six months' results naming none is no result yet", () => {
  // Invented: a commune's council targets, six months' results and the year's estimate, the year only in the title.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2034"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết HĐND xã", "Thực hiện 6 tháng đầu năm", "Ước thực hiện cả năm", "Ghi chú"],
    [1, "Thu ngân sách trên địa bàn", "triệu đồng", 400, 210, 420, null],
    [2, "Trồng rừng tập trung", "ha", 100, 30, 100, null],
    [3, "Giao quân", "thanh niên", 10, 10, 10, null],
  ];
  it("judges the six months' column while the year runs", () => {
    const r = checkSheet({ name: "NQ 6T", values }, null, { asOf: "2034-07-10" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 3)?.cell.col).toBe(4);
    expect(r.items.find((i) => i.cell.row === 3)?.status).toBe("pending");
    expect(r.items.find((i) => i.cell.row === 5)?.status).toBe("met");
  });
});

describe("a crop season harvested by mid-year ('vụ Đông Xuân') is final in a six- or nine-month report", () => {
  // Invented: a commune's nine months against the year's plan; the winter-spring season is over.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2034"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", "Thực hiện 9 tháng", "Ghi chú"],
    [1, "Diện tích lúa vụ Đông Xuân 2033-2034", "ha", 500, 480, null],
    [2, "Tổng diện tích gieo trồng cả năm", "ha", 1200, 900, null],
    [3, "Diện tích vụ Mùa", "ha", 700, 420, null],
  ];
  const r = checkSheet({ name: "9 thang", values }, null, { asOf: "2034-10-05" });
  const at = (row: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === 4) : undefined);
  it("calls the harvested season's shortfall not met", () => {
    expect(at(3)?.status).toBe("not_met");
  });
  it("keeps the year's total and a later season not yet due", () => {
    expect(at(4)?.status).toBe("pending");
    expect(at(5)?.status).toBe("pending");
  });
});

describe("each unit's target in words under a target heading ('Kế hoạch năm 2034' over 'Duy trì 19 tiêu chí') is that unit's target for the result beside it", () => {
  // Invented: communes as rows, each commune's plan for the year in words, the criteria met by September beside it.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI 9 THÁNG NĂM 2034"],
    [],
    ["TT", "Xã", "Kế hoạch năm 2034", "Số tiêu chí đạt đến 30/9/2034", "Ghi chú"],
    [1, "Xã Đông", "Duy trì 19 tiêu chí", 19, null],
    [2, "Xã Tây", "16 tiêu chí", 17, null],
    [3, "Xã Nam", "15 tiêu chí", 13, null],
    [4, "Xã Bắc", "18 tiêu chí", 18, null],
  ];
  const r = checkSheet({ name: "NTM", values }, null, { asOf: "2034-10-06" });
  const at = (row: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === 3) : undefined);
  it("judges every commune against its own plan, a shortfall before the year's end not yet due", () => {
    expect(at(3)?.status).toBe("met");
    expect(at(4)?.status).toBe("exceeded");
    expect(at(5)?.status).toBe("pending");
    expect(at(6)?.status).toBe("met");
  });
});

describe("each grade's target in shares ('≥ 98%') right after the year-end group's share is that group's target, never the term's", () => {
  // Invented: grades as rows, term one and year end each as a count and a share, the year's target per grade after them.
  const values: CellValue[][] = [
    ["KẾT QUẢ HOÀN THÀNH CHƯƠNG TRÌNH LỚP HỌC NĂM HỌC 2033-2034"],
    [],
    ["TT", "Khối lớp", "Tổng số HS", "Cuối học kỳ I", null, "Cuối năm học", null, "Chỉ tiêu KH năm học"],
    [null, null, null, "SL", "TL", "SL", "TL", null],
    [1, "Khối 1", 50, 46, 0.92, 49, 0.98, "≥ 97%"],
    [2, "Khối 2", 40, 38, 0.95, 38, 0.95, "≥ 99%"],
    [3, "Khối 3", 60, 57, 0.95, 60, 1, "100%"],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 6 },
    ...[0, 1, 2, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];
  const formats = values.map((row) => row.map((v) => (typeof v === "number" && v <= 1 ? "0.00%" : undefined)));
  it("judges the year-end share of every grade against its own target", () => {
    const r = checkSheet({ name: "Cuoi nam", values, merges, formats }, null, { asOf: "2034-05-30" });
    if (!r.ok) throw new Error("no table");
    const at = (row: number) => r.items.find((i) => i.cell.row === row && i.cell.col === 6);
    expect(at(4)?.status).toBe("exceeded");
    expect(at(5)?.status).toBe("not_met");
    expect(at(6)?.status).toBe("met");
    expect(r.items.some((i) => i.cell.col === 4 || i.cell.col === 3)).toBe(false);
  });
});
