// Never a clean bill over figures left unjudged: every path by which rows with figures go unjudged (no target, a second
// table, another sheet with no table recognised) is counted, and one line says how many of how many, before any verdict.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanLine, cleanOf, fedCells, figureRowCount, incompleteLine, mostlyUnjudged, paneLine } from "./coverage";
import type { SheetData } from "./model";
import type { CheckedSheet } from "./types";
import { bestSheet } from "../session/choose";

const HEADER = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
const check = (sheet: SheetData): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf: "2025-05-31" });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};
const HINT = { vi: "chọn trang bằng --sheet", en: "choose with --sheet" };

describe("incompleteLine: the first line of a check that left rows with figures unjudged", () => {
  it("counts rows with figures and no target, of all the rows with figures, with why", () => {
    const r = check({ name: "S", values: [HEADER, [1, "Số phòng học", "12 phòng", 12], [2, "Số máy chiếu", null, 7], [3, "Số bàn ghế", null, 240]] });
    const c = cleanOf(r);
    expect(incompleteLine(c, "vi")).toBe("Chưa đánh giá được 2/3 dòng có số liệu (2 không có chỉ tiêu; xem dưới).");
    expect(incompleteLine(c, "en")).toBe("Not judged: 2/3 rows with figures (2 with no target; see below).");
    // One judged of three: fewer than half, which the CLI's exit code says too.
    expect(mostlyUnjudged(c)).toBe(true);
    expect(cleanLine(c, "cli", "vi")).not.toBe("Không có chỉ tiêu chưa đạt.");
  });

  it("is null when every row with a figure was judged, and when nothing was (that is an error of its own)", () => {
    expect(incompleteLine(cleanOf(check({ name: "S", values: [HEADER, [1, "Số phòng học", "12 phòng", 12]] })), "vi")).toBeNull();
    const none = cleanOf(check({ name: "S", values: [HEADER, [1, "Số máy chiếu", null, 7]] }));
    expect(none.kind).toBe("nothing");
    expect(incompleteLine(none, "vi")).toBeNull();
  });

  it("counts a second table on the sheet whose rows hold figures it could not judge, never the clean line", () => {
    const values: CellValue[][] = [
      HEADER,
      [1, "Số phòng học", "12 phòng", 12],
      [2, "Số giáo viên", "30 giáo viên", 31],
      [],
      [],
      ["STT", "Nội dung", "Số lượng", "Tỷ lệ"],
      [1, "Học sinh xếp loại Tốt", 120, "40%"],
      [2, "Học sinh xếp loại Khá", 150, "50%"],
    ];
    const r = check({ name: "S", values });
    const c = cleanOf(r);
    expect(c.kind).toBe("qualified");
    expect(r.coverage.notJudged.map((n) => n.name)).toEqual(["Học sinh xếp loại Tốt", "Học sinh xếp loại Khá"]);
    expect(incompleteLine(c, "vi")).toBe("Chưa đánh giá được 2/4 dòng có số liệu (2 không có chỉ tiêu; xem dưới).");
    // Half judged: said, but not the "fewer than half" exit.
    expect(mostlyUnjudged(c)).toBe(false);
  });

  it("names another sheet where no table was recognised but rows hold figures: a clean sheet is not a clean workbook", () => {
    const main = { name: "Chính", values: [HEADER, [1, "Số phòng học", "12 phòng", 12]] as CellValue[][] };
    const other = { name: "Xếp loại", values: [["Mức", "Số trường", "Tỷ lệ"], ["Tốt", 6, "60%"], ["Khá", "4", "40%"]] as CellValue[][] };
    const best = bestSheet([main, other].map((sheet) => ({ sheet, result: checkSheet(sheet, null) })), { named: false, hint: HINT });
    if (!best.ok) throw new Error(best.message.en);
    const c = cleanOf(best.result);
    expect(c.kind).toBe("qualified");
    expect(c.elsewhere).toEqual({ sheets: ["Xếp loại"], notJudged: 2, shortfalls: 0, bySheet: [["Xếp loại", 2, false, 0]] });
    expect(best.result.coverage.choice?.vi).toMatch(/"Xếp loại" \(không nhận ra bảng, 2 dòng có số liệu\)/);
    expect(incompleteLine(c, "vi")).toBe('Chưa đánh giá được 2 dòng có số liệu ở trang "Xếp loại" (xem dòng "Chọn bảng").');
    expect(incompleteLine(c, "vi", "pane")).toBe("Chưa đánh giá được 2 dòng có số liệu ở trang «Xếp loại» (chọn trang đó ở bước 2 để kiểm tra).");
    // Said once: the pane's line names the sheet in its first sentence only.
    expect(paneLine(c, "en")).toBe("Not judged: 2 rows with figures on sheet “Xếp loại” (choose it at step 2 to check it). No shortfalls among the 1 judged.");
    // This sheet was read whole: the exit code is this sheet's.
    expect(mostlyUnjudged(c)).toBe(false);
    // A sheet the user named alone is the check: the others are not read, nor counted.
    const named = bestSheet([{ sheet: main, result: checkSheet(main, null) }], { named: true, hint: HINT });
    expect(named.ok && cleanOf(named.result).kind).toBe("clean");
  });

  it("says both: this sheet's rows and the other sheets'", () => {
    const main = { name: "Chính", values: [HEADER, [1, "Số phòng học", "12 phòng", 12], [2, "Số máy chiếu", null, 7]] as CellValue[][] };
    const other = { name: "Phụ", values: [["Ghi nhận"], ["Đợt 1", 14]] as CellValue[][] };
    const best = bestSheet([main, other].map((sheet) => ({ sheet, result: checkSheet(sheet, null) })), { named: false, hint: HINT });
    if (!best.ok) throw new Error(best.message.en);
    const c = cleanOf(best.result);
    expect(incompleteLine(c, "en")).toBe('Not judged: 1/2 rows with figures (1 with no target; see below); 1 row with a figure on sheet "Phụ" (see "Table chosen").');
    // The report points both to its notes sheet: once, at the end.
    expect(incompleteLine(c, "vi", "report")).toBe('Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu); 1 dòng có số liệu ở trang "Phụ" (xem trang "Ghi chú kỹ thuật").');
    expect(cleanLine(c, "report", "vi")).toBe("Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá.");
  });
});

describe("figures a judged figure is computed from are judged through it", () => {
  it("drops the counts a judged rate's formula reads, keeps a count nothing reads", () => {
    const values: CellValue[][] = [HEADER, [1, "Tổng số học sinh", null, 450], [2, "Số học sinh chuyên cần", null, 432], [3, "Tỷ lệ chuyên cần", "Từ 98% trở lên", 96], [4, "Số phòng máy", null, 2]];
    const formulas = [[], [], [], [undefined, undefined, undefined, "=ROUND(D3/D2*100,1)"], []];
    const r = check({ name: "S", values, formulas });
    expect(r.coverage.notJudged.map((n) => n.name)).toEqual(["Số phòng máy"]);
    expect(incompleteLine(cleanOf(r), "vi")).toBe("Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem dưới).");
  });

  it("drops a unit matrix's count columns behind a judged ratio column, weighs a whole column by its units", () => {
    const values: CellValue[][] = [
      ["TT", "Xã", "Số lớp", "Số phòng học", "Số máy tính", "Tỷ lệ phòng học/lớp"],
      ["", "Chỉ tiêu", null, null, null, "1 phòng/lớp"],
      [1, "Xã Đông", 10, 10, 4, 1],
      [2, "Xã Tây", 12, 9, 5, 0.75],
      [3, "Xã Nam", 8, 9, 6, 1.13],
    ];
    const f = (r: number) => [undefined, undefined, undefined, undefined, undefined, `=ROUND(D${r}/C${r},2)`];
    const r = check({ name: "M", values, formulas: [[], [], f(3), f(4), f(5)] });
    expect(r.coverage.judged).toBe(3);
    expect(r.coverage.notJudgedTotal).toBe(3);
    // A matrix judges cells (unit × indicator): counted and said as cells.
    expect(incompleteLine(cleanOf(r), "vi")).toBe("Chưa đánh giá được 3/6 ô có số liệu (3 không có chỉ tiêu; xem dưới).");
    expect(incompleteLine(cleanOf(r), "en", "pane")).toBe("Not judged: 3/6 cells with figures (3 with no target; listed below).");
  });

  it("reads single cells only: a total's range is not its units' verdict, another sheet's cell is not this sheet's", () => {
    const sheet: SheetData = { name: "S", values: [[1, 2, 3]], formulas: [[undefined, undefined, "=SUM(A1:B1)+'Khác'!A1+Data!B1+A1"]] };
    const items = [{ cell: { row: 0, col: 2 }, status: "met" }] as unknown as CheckedSheet["items"];
    expect([...fedCells(sheet, items)]).toEqual([0]);
  });
});

describe("figureRowCount: the rows with figures of a sheet no table was recognised on", () => {
  it("counts a row by a number past its first filled cell, typed or as text, and never its label or number alone", () => {
    const values: CellValue[][] = [["THỐNG KÊ"], ["Mức", "Số trường"], ["Tốt", 6], ["Khá", "4"], [3], ["Ghi chú: số liệu tháng 5"], ["Đạt", "95,5%"]];
    expect(figureRowCount({ name: "P", values })).toBe(3);
    expect(figureRowCount({ name: "P", values, hiddenRows: [2] })).toBe(2);
  });
});
