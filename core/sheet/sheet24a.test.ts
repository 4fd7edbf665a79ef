// Round 24a of the sheet reader: every figure on the sheet that no verdict used is counted, wherever it sits (below the
// table after a gap, to its right, a block no header names), and a table ends at a blank row followed by a title line,
// at a blank column followed by a column of words, or at a footer. Every sheet here is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanLine, cleanOf, incompleteLine, mostlyUnjudged } from "./coverage";
import { isSignatureRow, isTitleLine } from "../table/read";
import type { SheetData } from "./model";
import type { CheckedSheet } from "./types";
import { resultsView } from "../session/results";

const HEADER = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];
const check = (sheet: SheetData): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf: "2025-05-31" });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};
const outside = (r: CheckedSheet) => r.coverage.notJudged.filter((n) => n.reason === "outside_table");

describe("figures outside the table read are rows with figures not judged", () => {
  it("counts a block under the table after a blank row and a title line, names it, and exits 4 when it outweighs the table", () => {
    const values: CellValue[][] = [
      ["BÁO CÁO CUỐI NĂM HỌC 2024-2025"],
      HEADER,
      [1, "Số lớp bán trú", "14 lớp", 15],
      [2, "Số giáo viên dạy giỏi cấp huyện", "6 giáo viên", 7],
      [],
      ["Thống kê theo điểm trường"],
      [null, "Điểm Bản Phố", 64, "88,2%"],
      [null, "Điểm Nà Hin", 41, "13/15"],
      [null, "Điểm Khuổi Nặm", 37, 91.5],
    ];
    const r = check({ name: "S", values });
    // The block is no row of the table: the table ends at the blank row.
    expect(r.layout.lastDataRow).toBe(3);
    expect(r.items.map((it) => it.status)).toEqual(["exceeded", "exceeded"]);
    expect(outside(r)).toMatchObject([{ name: "Thống kê theo điểm trường", rows: [7, 9], count: 3, cell: { row: 6, col: 2 } }]);
    const c = cleanOf(r);
    expect(incompleteLine(c, "vi")).toBe('Chưa đánh giá được 3/5 dòng có số liệu (3 ngoài bảng: "Thống kê theo điểm trường", dòng 7–9; xem dưới).');
    expect(incompleteLine(c, "en")).toBe('Not judged: 3/5 rows with figures (3 outside the table: "Thống kê theo điểm trường", rows 7–9; see below).');
    expect(incompleteLine(c, "vi", "pane")).toBe("Chưa đánh giá được 3/5 dòng có số liệu (3 ngoài bảng: «Thống kê theo điểm trường», dòng 7–9; xem danh sách bên dưới).");
    expect(mostlyUnjudged(c)).toBe(true);
    expect(cleanLine(c, "cli", "vi")).not.toBe("Không có chỉ tiêu chưa đạt.");
    expect(outside(r)[0].message.vi).toBe('Ô C7 ("Thống kê theo điểm trường") nằm ngoài bảng đã đọc (dòng 7–9), chưa được đánh giá; cho khối này dòng tiêu đề cột riêng, chuyển sang trang riêng, hoặc chỉ rõ bảng bằng --map.');
  });

  it("counts a notes block holding figures, and says it in the pane's list", () => {
    const values: CellValue[][] = [
      HEADER,
      [1, "Số trẻ được khám sức khỏe", "320 trẻ", 322],
      [2, "Số bếp ăn đạt an toàn thực phẩm", "3 bếp", 3],
      [3, "Số lớp có góc thư viện", "12 lớp", 12],
      [],
      ["Số liệu tham khảo"],
      [null, "Trẻ khuyết tật học hòa nhập", 4],
      [null, "Trẻ dân tộc thiểu số", 118],
    ];
    const sheet = { name: "S", values };
    const r = check(sheet);
    expect(r.items).toHaveLength(3);
    expect(incompleteLine(cleanOf(r), "vi")).toBe('Chưa đánh giá được 2/5 dòng có số liệu (2 ngoài bảng: "Số liệu tham khảo", dòng 7–8; xem dưới).');
    expect(mostlyUnjudged(cleanOf(r))).toBe(false);
    const pane = resultsView(sheet, r).notJudged.find((n) => n.reason === "outside_table");
    expect(pane).toMatchObject({ address: "C7", name: "Số liệu tham khảo" });
    expect(pane?.text.vi).toBe("«Số liệu tham khảo» (2 dòng): nằm ngoài bảng đã đọc (dòng 7–8), chưa được đánh giá; hãy tách thành bảng có tiêu đề cột hoặc chỉ rõ bằng bước ghép cột.");
  });

  it("counts a block to the right of the table past a blank column, never reading its columns as the table's", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung", "Kế hoạch", "Thực hiện", null, "Hạnh kiểm", "Số HS", "Tỷ lệ"],
      [1, "Tỷ lệ học sinh lên lớp", "Từ 97% trở lên", "98,4%", null, "Tốt", 301, "72,5%"],
      [2, "Số học sinh giỏi cấp tỉnh", "5 học sinh", 6, null, "Khá", 96, "23,1%"],
      [3, "Tỷ lệ học sinh bỏ học", "Dưới 0,5%", "0,2%", null, "Đạt", 18, "4,4%"],
    ];
    const r = check({ name: "S", values });
    // "Tỷ lệ" of the block beside is no rate of the indicators: each is judged on its own "Thực hiện".
    expect(r.items.map((it) => [it.cell.col, it.status])).toEqual([[3, "exceeded"], [3, "exceeded"], [3, "met"]]);
    expect(outside(r)).toMatchObject([{ name: "Hạnh kiểm", rows: [2, 4], count: 3 }]);
  });

  it("leaves out row numbers, rows of years or column numbers, totals of the table's own cells and figures a verdict read", () => {
    const values: CellValue[][] = [
      ["Thống kê năm", 2023, 2024, 2025],
      [],
      HEADER,
      [1, "Tổng số học sinh", null, 450],
      [2, "Số học sinh chuyên cần", null, 441],
      [3, "Tỷ lệ chuyên cần", "Từ 97% trở lên", 98],
      [],
      ["Cột", 1, 2, 3, 4],
      [null, "Cộng", null, 891],
    ];
    const formulas: (string | undefined)[][] = [];
    formulas[5] = [undefined, undefined, undefined, "=ROUND(D5/D4*100,1)"];
    formulas[8] = [undefined, undefined, undefined, "=D4+D5"];
    const r = check({ name: "S", values, formulas });
    expect(outside(r)).toEqual([]);
    expect(r.coverage.complete).toBe(true);
  });

  it("leaves out a yearbook's index block, which restates the table against last year", () => {
    const values: CellValue[][] = [
      ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024", "Năm 2024"],
      ["Số trường mầm non", "Trường", "40 trường", 41],
      ["Số lớp mầm non", "Lớp", "560 lớp", 566],
      [],
      ["Chỉ số phát triển (Năm trước = 100) - %"],
      ["Số trường mầm non", null, null, 102.5],
      ["Số lớp mầm non", null, null, 101.1],
    ];
    const r = check({ name: "S", values });
    expect(outside(r)).toEqual([]);
  });

  it("counts a second block of figures whose header gives no roles, by its first words", () => {
    const values: CellValue[][] = [
      HEADER,
      [1, "Số phòng học kiên cố", "20 phòng", 21],
      [],
      [],
      ["Xếp loại", "Số giáo viên"],
      ["Tốt", 12],
      ["Khá", 9],
    ];
    const r = check({ name: "S", values });
    expect(outside(r)).toMatchObject([{ name: "Xếp loại", rows: [6, 7], count: 2 }]);
    expect(mostlyUnjudged(cleanOf(r))).toBe(true);
  });
});

describe("where a table ends", () => {
  it("goes on over a blank row before a numbered section, and over sections with no blank row", () => {
    const values: CellValue[][] = [
      HEADER,
      ["I", "Mầm non"],
      [1, "Số trẻ 5 tuổi ra lớp", "300 trẻ", 301],
      [],
      ["II. Tiểu học"],
      [2, "Số học sinh lớp 1", "280 học sinh", 282],
      [],
      ["a) Công lập"],
      [3, "Số lớp 2 buổi/ngày", "40 lớp", 40],
      [],
      [],
      [4, "Số lớp học ngoại ngữ", "12 lớp", 12],
    ];
    const r = check({ name: "S", values });
    // Two blank rows, then a row of figures: the same table goes on.
    expect(r.layout.lastDataRow).toBe(11);
    expect(r.items).toHaveLength(4);
    expect(outside(r)).toEqual([]);
  });

  it("ends at a blank row over a header no word names, whose block is then its own table: its figures are never judged against the first table's targets", () => {
    const values: CellValue[][] = [
      HEADER,
      [1, "Tỷ lệ trẻ ra lớp", "Ít nhất 95%", "97%"],
      [2, "Số trường đạt chuẩn", "12 trường", 12],
      [],
      [null, "Điểm trường", "Nhóm lớp", "Trẻ"],
      [null, "Điểm Bản Phố chính", 12, 40],
      [null, "Điểm Nà Hin lẻ", 15, 50],
      [null, "Điểm Khuổi Nặm lẻ", 3, 10],
    ];
    const r = check({ name: "S", values });
    expect(r.layout.lastDataRow).toBe(2);
    expect(r.items.map((it) => it.name)).toEqual(["Tỷ lệ trẻ ra lớp", "Số trường đạt chuẩn"]);
    expect(incompleteLine(cleanOf(r), "vi")).toBe("Chưa đánh giá được 3/5 dòng có số liệu (3 không có chỉ tiêu; xem dưới).");
    // The same under a numbered title: a section line alone would not end the table, a header under it does.
    const titled = check({ name: "S", values: [...values.slice(0, 4), ["II. Thống kê theo điểm trường"], ...values.slice(4)] });
    expect(titled.layout.lastDataRow).toBe(2);
    expect(titled.items).toHaveLength(2);
  });

  it("reads a title line as one unnumbered text cell, and a signature row over '(Ký, ghi rõ họ tên)' as a footer", () => {
    expect(isTitleLine([null, "Kết quả theo khối lớp"])).toBe(true);
    expect(isTitleLine(["III. Trung học cơ sở"])).toBe(false);
    expect(isTitleLine(["b) Ngoài công lập"])).toBe(false);
    expect(isTitleLine(["- Trong đó: nữ"])).toBe(false);
    expect(isTitleLine([null, "Số liệu", 12])).toBe(false);
    const sheet: SheetData = { name: "S", values: [[null, "KẾ TOÁN", null, "THỦ QUỸ"], [null, "(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)"]] };
    expect(isSignatureRow(sheet, 0)).toBe(true);
  });

  it("ends the table above a signature line no footer word names, so the signers are no rows", () => {
    const values: CellValue[][] = [
      HEADER,
      [1, "Số buổi sinh hoạt chuyên môn", "8 buổi", 8],
      [],
      [null, "NHÂN VIÊN THƯ VIỆN", null, "TỔ TRƯỞNG"],
      [null, "(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên)"],
    ];
    const r = check({ name: "S", values });
    expect(r.layout.lastDataRow).toBe(1);
  });
});
