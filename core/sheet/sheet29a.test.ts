// Classes of wrong verdicts holdout20's layouts showed (round 29, sheet29a), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { readCell } from "../number/cell";
import { figureDueIn } from "../table/target";

describe("a term's figure pairs with the term's plan, not the year's ('Kế hoạch cả năm | Kế hoạch HK I | Đã làm HK I')", () => {
  // Invented: a school's subject groups, the year's and the term's inspection plans, the term's inspections done.
  const values: CellValue[][] = [
    ["BIỂU SỐ LIỆU SƠ KẾT HỌC KỲ I NĂM HỌC 2033-2034"],
    [],
    ["TT", "Tổ chuyên môn", "Kế hoạch dự giờ cả năm (tiết)", "Kế hoạch HK I (tiết)", "Đã dự giờ HK I (tiết)", "Ghi chú"],
    [1, "Tổ Toán", 20, 10, 10, null],
    [2, "Tổ Văn", 16, 8, 6, "Chuyển 2 tiết sang HK II"],
    [3, "Tổ Anh", 12, 6, 7, null],
    [4, "Tổ Sử", 8, 4, 4, null],
  ];
  it("judges the term's work against the term's plan once the term is over (6 of 8 not met, 10 of 10 met)", () => {
    const r = checkSheet({ name: "So ket HKI", values }, null, { asOf: "2034-01-20" });
    if (!r.ok) throw new Error("no table");
    const at = (row: number) => r.items.find((i) => i.cell.row === row && i.cell.col === 4);
    expect(at(3)?.status).toBe("met");
    expect(at(4)?.status).toBe("not_met");
    expect(at(5)?.status).toBe("exceeded");
  });
});

describe("a table titled for a term ('… HỌC KỲ I SO VỚI CHỈ TIÊU NĂM HỌC') read against the year's targets", () => {
  // Invented: first-term counts under a title naming the term; the targets are the year's.
  const values: CellValue[][] = [
    ["CHẤT LƯỢNG GIÁO DỤC HỌC KỲ I SO VỚI CHỈ TIÊU NĂM HỌC 2033-2034"],
    [],
    ["TT", "Nội dung", "Số lượng", "Chỉ tiêu năm học", "Ghi chú"],
    [1, "Giải học sinh giỏi cấp huyện", 12, "Ít nhất 20 giải", null],
    [2, "Số tiết thao giảng", 40, "Ít nhất 30 tiết", null],
  ];
  it("holds a short count as not yet due while the year runs, and a count past its floor exceeded", () => {
    const r = checkSheet({ name: "HK I", values }, null, { asOf: "2034-01-20" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 3)?.status).toBe("pending");
    expect(r.items.find((i) => i.cell.row === 4)?.status).toBe("exceeded");
  });
  it("judges the short count once the year is over", () => {
    const r = checkSheet({ name: "HK I", values }, null, { asOf: "2034-09-10" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 3)?.status).toBe("not_met");
  });
});

describe("a group's own target heading a horizon ('Lũy kế ⟩ Đến 31/12/2031 | Mục tiêu đến năm 2035')", () => {
  // Invented: communes reached per district, the running total against each district's aim for a later year.
  const values: CellValue[][] = [
    ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2031 THEO HUYỆN"],
    [],
    ["TT", "Huyện", "Lũy kế xã đạt chuẩn", null],
    [null, null, "Đến 31/12/2031 (số xã)", "Mục tiêu đến năm 2035 (số xã)"],
    [1, "Huyện Đông", 13, 15],
    [2, "Huyện Tây", 12, 12],
    [3, "Huyện Nam", 9, 12],
  ];
  const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }];
  it("reads a running total short of a later aim as not yet due, and one already at it met", () => {
    const r = checkSheet({ name: "NTM", values, merges }, null, { asOf: "2032-01-10" });
    if (!r.ok) throw new Error("no table");
    const at = (row: number) => r.items.find((i) => i.cell.row === row && i.cell.col === 2);
    expect(at(4)?.status).toBe("pending");
    expect(at(5)?.status).toBe("met");
    expect(at(6)?.status).toBe("pending");
  });
  it("judges the shortfall once the horizon has passed", () => {
    const r = checkSheet({ name: "NTM", values, merges }, null, { asOf: "2036-02-01" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 4 && i.cell.col === 2)?.status).toBe("not_met");
  });
});

describe("a figure not taken yet ('Chưa chấm', 'Chưa cân', 'Chưa có số liệu ước') is no data, never an invalid figure", () => {
  it("reads the phrase, alone or with its reason in brackets, as no figure", () => {
    for (const t of ["Chưa chấm", "Chưa chấm (chờ đoàn kiểm tra của huyện)", "Chưa cân", "Chưa cân đo", "Chưa có số liệu ước"]) expect(readCell(t).kind).toBe("empty");
    expect(readCell("Chưa đạt").kind).not.toBe("empty");
  });
  it("dates a note saying when the figure comes ('Hội đồng chấm vào HK II') by that term's end", () => {
    const period = { kind: "schoolYear", start: "2033-09-01", end: "2034-08-31", label: "2033-2034" } as Parameters<typeof figureDueIn>[1];
    expect(figureDueIn("Hội đồng chấm vào HK II", period)).toBe("2034-05-31");
    expect(figureDueIn("Chuyển 2 tiết sang HK II", period)).toBeNull();
  });
});
