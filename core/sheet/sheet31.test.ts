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
