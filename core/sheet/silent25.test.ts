// Never a clean result over figures the check passed by (issue 11; classes found by scripts/mutate-layouts.ts on the
// spent layouts): a hidden row holding figures, and an indicator row whose figure cell is blank while its "Ghi chú"
// (or, on a table that reads as blank, a hidden column) holds the figure. Both are counted as rows not judged, said in
// the one incomplete line, and weighed for exit 4 and for "nothing judged". Every sheet here is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanOf, incompleteLine, mostlyUnjudged, nothingJudged, outsideBlocks } from "./coverage";
import type { SheetData } from "./model";
import type { CheckedSheet } from "./types";

const check = (sheet: SheetData): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf: "2025-06-30" });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};

describe("hidden rows with figures are counted, not passed over", () => {
  const values: CellValue[][] = [
    ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ trẻ được cân đo", "Ít nhất 95%", "97,1%"],
    [2, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 95%", "90,4%"],
    [3, "Tỷ lệ chuyên cần", "Ít nhất 95%", "96,0%"],
  ];
  it("says the hidden row in the incomplete line (vi, en) and never the clean line", () => {
    const r = check({ name: "S", values, hiddenRows: [2] });
    expect(r.shortfalls).toHaveLength(0);
    const c = cleanOf(r);
    expect(c.kind).toBe("qualified");
    expect(incompleteLine(c, "vi")).toBe("Chưa đánh giá được 1/3 dòng có số liệu (1 ở dòng ẩn; xem dưới).");
    expect(incompleteLine(c, "en")).toBe("Not judged: 1/3 rows with figures (1 on hidden rows; see below).");
    expect(r.coverage.notJudged[0].message.vi).toBe('Ô D3 ("Tỷ lệ trẻ ăn bán trú") nằm ở dòng bị ẩn, chưa được đánh giá; bỏ ẩn dòng để kiểm tra.');
  });
  it("weighs hidden rows for exit 4 when they outweigh the rows judged", () => {
    const r = check({ name: "S", values: [...values, [4, "Tỷ lệ trẻ suy dinh dưỡng", "Dưới 5%", "6%"]], hiddenRows: [2, 3, 4] });
    expect(mostlyUnjudged(cleanOf(r))).toBe(true);
  });
  it("counts a hidden task row by its result cell, a date or words ('Đã hoàn thành ngày 12/10')", () => {
    const tasks: CellValue[][] = [
      ["STT", "Nhiệm vụ", "Thời hạn", "Kết quả thực hiện"],
      [1, "Rà soát danh sách trẻ trong độ tuổi", "Tháng 9/2024", "Đã hoàn thành ngày 20/9/2024"],
      [2, "Kiểm tra nội bộ tổ chuyên môn", "Tháng 11/2024", "Chưa thực hiện"],
      [3, "Tổng kết năm học", "Tháng 5/2025", "Đã hoàn thành ngày 28/5/2025"],
    ];
    const r = checkSheet({ name: "S", values: tasks, hiddenRows: [2] }, null, { asOf: "2025-06-30" });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.coverage.notJudged.map((n) => [n.reason, n.row])).toEqual([["hidden_row", 2]]);
  });
  it("leaves a hidden row with no figure (a heading, a blank) uncounted", () => {
    const r = check({ name: "S", values: [...values.slice(0, 2), [2, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 95%", null], ...values.slice(3)], hiddenRows: [2] });
    expect(r.coverage.notJudged).toHaveLength(0);
  });
});

describe("a figure in the notes column of a row whose figure cell is blank", () => {
  const values: CellValue[][] = [
    ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", null, "96,5%"],
    [2, "Số lớp học 2 buổi/ngày", "12 lớp", null, 11],
  ];
  it("is no blank form: nothing was judged, and the one-line error says the rows with figures", () => {
    const r = check({ name: "S", values });
    const e = nothingJudged(r);
    expect(e?.vi).toMatch(/^trang "S": không đánh giá được dòng nào \(2 dòng có số liệu\)/);
    expect(e?.en).toMatch(/^sheet "S": no row could be judged \(2 rows with figures\)/);
    expect(r.coverage.notJudged[0].message.vi).toBe('Ô E2 ("Tỷ lệ trẻ ăn bán trú") có số liệu ở cột E nhưng không rõ cột nào là số thực hiện; chỉ rõ cột thực hiện, ví dụ --map "thực hiện=E", hoặc sửa tiêu đề cột.');
  });
  it("is counted beside rows judged", () => {
    const r = check({ name: "S", values: [...values, [3, "Số giáo viên dạy giỏi", "6 giáo viên", 7, null]] });
    expect(incompleteLine(cleanOf(r), "vi")).toBe("Chưa đánh giá được 2/3 dòng có số liệu (2 không rõ cột thực hiện; xem dưới).");
  });
  it("leaves a row alone whose figure cell says why it is blank, or whose note holds words", () => {
    const r = check({ name: "S", values: [values[0], [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", "Đang tổng hợp", "96,5%"], [2, "Số lớp học 2 buổi/ngày", "12 lớp", 12, "Đủ phòng học"]] });
    expect(r.coverage.notJudged).toHaveLength(0);
  });
});

describe("a hidden column", () => {
  it("holding the only figures of a table that reads as blank: counted, so never a blank form", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", "96,5%"],
      [2, "Số lớp học 2 buổi/ngày", "12 lớp", 11],
    ];
    const r = checkSheet({ name: "S", values, hiddenColumns: [3] }, null, { asOf: "2025-06-30" });
    if (!r.ok) return; // no table at all is an error already, never a clean line
    expect(r.coverage.judged).toBe(0);
    expect(nothingJudged(r)).not.toBeNull();
  });
  it("beside rows judged (next year's plan, last year's): passed over as before", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện", "KH năm sau"],
      [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", "98,5%", "99%"],
      [2, "Số lớp học 2 buổi/ngày", "12 lớp", null, 14],
    ];
    const r = check({ name: "S", values, hiddenColumns: [4] });
    expect(r.coverage.notJudged).toHaveLength(0);
  });
});

describe("outsideBlocks reads every cell a verdict used once, and withOutside returns a new check", () => {
  it("never counts a pair's denominator beside the table as a figure outside it", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch", "Số đạt", "Tổng số"],
      [1, "Số trường đạt chuẩn quốc gia", "Ít nhất 80%", 13, 28],
    ];
    const r = check({ name: "S", values });
    expect(outsideBlocks({ name: "S", values }, [r.layout], r.items)).toHaveLength(0);
  });
});

describe("figures typed with their unit outside the table", () => {
  const table: CellValue[][] = [
    ["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ trẻ ăn bán trú", "Ít nhất 98%", "98,5%"],
    [2, "Số lớp học 2 buổi/ngày", "12 lớp", 12],
  ];
  it("are figures: a block of '64 trẻ' under a title is counted and named", () => {
    const r = check({ name: "S", values: [...table, [], ["Thống kê theo điểm trường"], [null, "Điểm Bản Phố", "64 trẻ", "58 trẻ"], [null, "Điểm Nà Hin", "41 trẻ", "39 trẻ"]] });
    expect(incompleteLine(cleanOf(r), "vi")).toBe('Chưa đánh giá được 2/4 dòng có số liệu (2 ngoài bảng: "Thống kê theo điểm trường", dòng 6–7; xem dưới).');
    expect(incompleteLine(cleanOf(r), "en")).toBe('Not judged: 2/4 rows with figures (2 outside the table: "Thống kê theo điểm trường", rows 6–7; see below).');
  });
  it("under a heading of limits or targets ('Số trẻ tối đa') are targets, not figures left open", () => {
    const r = check({ name: "S", values: [...table, [], ["Quy định"], [null, "Nhóm, lớp", "Số trẻ tối đa"], [null, "Lớp mẫu giáo 3-4 tuổi", "25 trẻ"], [null, "Lớp mẫu giáo 5-6 tuổi", "35 trẻ"]] });
    expect(r.coverage.notJudged).toHaveLength(0);
  });
});
