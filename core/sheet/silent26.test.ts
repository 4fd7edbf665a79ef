// Never silent, round 2 (issue 11; classes found by scripts/mutate-layouts.ts on the spent layouts): a blank spacer
// column inside a table, a block heading over both a plan and a result column, and dates a host hands over as
// date-formatted serials. Every sheet here is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanOf, incompleteLine } from "./coverage";
import { datedSerials, type CellRange, type SheetData } from "./model";
import type { CheckedSheet } from "./types";
import { MemoryWorkbook } from "../host/memory";
import { Session } from "../session/session";

const check = (sheet: SheetData, asOf = "2025-06-30"): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};
const byCell = (r: CheckedSheet) => Object.fromEntries(r.items.map((it) => [`${it.cell.row},${it.cell.col}`, it.status]));

describe("a blank spacer column inside a table parts nothing", () => {
  it("reads a task table's result column past a blank column (it is no block beside the table)", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung kiểm tra", "Đối tượng", "Thời gian hoàn thành", null, "Kết quả thực hiện"],
      [1, "Kiểm tra hồ sơ chuyên môn", "Giáo viên", "Tháng 9/2024", null, "Đã kiểm tra ngày 28/8/2024"],
      [2, "Kiểm tra hoạt động sư phạm", "Giáo viên", "Tháng 11/2024", null, "Đã kiểm tra 4/6 tổ"],
      [3, "Kiểm tra việc dạy thêm, học thêm", "Tổ chuyên môn", "Tháng 11/2024", null, "Chưa kiểm tra"],
      [4, "Kiểm tra thu, chi tài chính", "Kế toán", "Tháng 12/2024", null, "Kiểm tra ngày 05/01/2025"],
    ];
    const r = check({ name: "S", values });
    expect(r.layout.shape === "list" && r.layout.columns.completion).toBe(5);
    expect(Object.values(byCell(r))).toEqual(["met", "overdue", "overdue", "not_met"]);
  });

  it("reads a unit matrix's result past a blank column inside its group, not the blank beside the target", () => {
    const values: CellValue[][] = [
      ["TT", "Tên trường", "Số lớp học 2 buổi/ngày", null, null, "Ghi chú"],
      [null, null, "Kế hoạch", null, "Thực hiện", null],
      [1, "Trường TH Sơn Ca", 12, null, 12, null],
      [2, "Trường TH Họa Mi", 15, null, 13, null],
      [3, "Trường TH Vàng Anh", 10, null, 11, null],
    ];
    const merges: CellRange[] = [
      { top: 0, bottom: 0, left: 2, right: 4 },
      { top: 0, bottom: 1, left: 0, right: 0 },
      { top: 0, bottom: 1, left: 1, right: 1 },
      { top: 0, bottom: 1, left: 5, right: 5 },
    ];
    const r = check({ name: "S", values, merges });
    expect(r.items.map((it) => it.cell.col)).toEqual([4, 4, 4]);
    expect(r.items.map((it) => it.status)).toEqual(["met", "not_met", "exceeded"]);
  });

  it("keeps an earlier year's plan and result a pair across a blank column", () => {
    const values: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", null, null, "Năm 2024", null],
      [null, null, null, "Kế hoạch", null, "Thực hiện", "Kế hoạch", "Thực hiện"],
      [1, "Số lao động được tạo việc làm mới", "người", 1200, null, 1100, 1300, 1350],
      [2, "Số xã đạt chuẩn nông thôn mới", "xã", 5, null, 6, 7, 7],
    ];
    const merges: CellRange[] = [
      { top: 0, bottom: 0, left: 3, right: 5 },
      { top: 0, bottom: 0, left: 6, right: 7 },
    ];
    const r = check({ name: "S", values, merges }, "2025-03-31");
    // The latest year's in H, each earlier year's result in F against its own plan in D.
    expect(byCell(r)).toMatchObject({ "2,7": "exceeded", "3,7": "met", "2,5": "not_met", "3,5": "exceeded" });
  });
});

describe("a block heading over both a plan and a result column names no role", () => {
  it("reads the plan under 'Kết quả thực hiện' as the plan, so the result is judged against it", () => {
    const values: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện năm học", null, "Ghi chú"],
      [null, null, null, "Năm học 2024-2025", null, null],
      [null, null, null, "Kế hoạch", "Thực hiện", null],
      [1, "Tỷ lệ trẻ được cân đo biểu đồ tăng trưởng", "%", "Ít nhất 98%", "96,2%", null],
      [2, "Số trẻ khuyết tật học hòa nhập", "trẻ", "12 trẻ", 12, null],
    ];
    const merges: CellRange[] = [
      { top: 0, bottom: 0, left: 3, right: 4 },
      { top: 1, bottom: 1, left: 3, right: 4 },
      { top: 0, bottom: 2, left: 0, right: 0 },
      { top: 0, bottom: 2, left: 1, right: 1 },
      { top: 0, bottom: 2, left: 2, right: 2 },
      { top: 0, bottom: 2, left: 5, right: 5 },
    ];
    const r = check({ name: "S", values, merges });
    expect(r.layout.shape === "list" && r.layout.columns).toMatchObject({ target: 3, actual: 4 });
    expect(r.shortfalls).toHaveLength(1);
    expect(cleanOf(r).kind).toBe("shortfalls");
  });

  it("still gives a heading over parts of one kind its role ('Thực hiện' over 'Số lượng | Tỷ lệ')", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", null],
      [null, null, null, "Số lượng", "Tỷ lệ (%)"],
      [1, "Trẻ 5 tuổi hoàn thành chương trình", "Ít nhất 98%", 118, 97.5],
    ];
    const merges: CellRange[] = [{ top: 0, bottom: 0, left: 3, right: 4 }];
    const r = check({ name: "S", values, merges });
    expect(r.items[0].status).toBe("not_met");
  });
});

describe("dates handed over as date-formatted serials are dates", () => {
  it("turns a serial under a date format into a Date, and leaves other numbers alone", () => {
    const s = datedSerials({ name: "S", values: [[45627, 45627, 0.5, "x"]], formats: [["dd/mm/yyyy", "0", "h:mm", "@"]] });
    expect(s.values[0][0]).toEqual(new Date(Date.UTC(2024, 11, 1)));
    expect(s.values[0].slice(1)).toEqual([45627, 0.5, "x"]);
    const same: SheetData = { name: "S", values: [[1, 2]], formats: [["0", "0%"]] };
    expect(datedSerials(same)).toBe(same);
  });

  it("judges a completion column of serials as the dates it shows (done on time, not 'no result')", () => {
    const values: CellValue[][] = [
      ["STT", "Báo cáo", "Thời hạn gửi", "Ngày gửi"],
      [1, "Báo cáo tháng 10", 45597, 45596],
      [2, "Báo cáo tháng 11", 45627, 45630],
    ];
    const formats = values.map((row, r) => row.map((_, c) => (r > 0 && c >= 2 ? "dd/mm/yyyy" : "General")));
    const r = check(datedSerials({ name: "S", values, formats }), "2025-01-15");
    expect(r.items.map((it) => it.status)).toEqual(["met", "not_met"]);
    expect(r.items[1].verdict.explanations.vi).toMatch(/04\/12\/2024/);
    expect(r.items[1].verdict.explanations.vi).not.toMatch(/4563\d/);
    expect(incompleteLine(cleanOf(r), "vi")).toBeNull();
  });

  it("reads serials as dates where the session reads a sheet, as the Excel pane hands them over", async () => {
    const cells: CellValue[][] = [
      ["STT", "Báo cáo", "Thời hạn gửi", "Ngày gửi"],
      [1, "Báo cáo tháng 10", 45597, 45596],
      [2, "Báo cáo tháng 11", 45627, 45630],
    ];
    const formats = cells.map((row, r) => row.map((_, c) => (r > 0 && c >= 2 ? "dd/mm/yyyy" : "General")));
    const s = new Session(new MemoryWorkbook([{ name: "S", cells, formats }]), { today: "2025-01-15" });
    await s.start();
    await s.choosePlan({ kind: "none" });
    await s.setOptions({ asOf: "2025-01-15", tolerance: 0 });
    s.toStep("sheet");
    await s.openSheet("S");
    expect(s.checked?.items.map((it) => it.status)).toEqual(["met", "not_met"]);
  });
});
