// Targets written as sentences on a sheet of targets, matched to a results table's indicators by their words.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { sentenceFor, sentenceTargets } from "./sentences";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

const plan = (name: string, lines: string[]): SheetData => ({ name, values: [["II. CHỈ TIÊU NĂM HỌC"], ...lines.map((l, i) => [`${i + 1}.`, l])] });
const results: SheetData = {
  name: "Ket qua",
  values: [
    ["BÁO CÁO KẾT QUẢ CUỐI NĂM"],
    ["TT", "Lớp", "Sĩ số", "Tiêm chủng đầy đủ", null, "Được kiểm tra răng miệng", null],
    [null, null, null, "SL", "TL (%)", "SL", "TL (%)"],
    [1, "Lớp 1A", 30, 30, 100, 27, 90],
    [2, "Lớp 1B", 32, 31, 96.9, 32, 100],
    [3, "Lớp 2A", 28, 28, 100, 25, 89.3],
  ],
};

describe("sentences on a sheet of targets", () => {
  it("judge each column whose heading's words one sentence holds", () => {
    const chiTieu = plan("Ke hoach", ["Phấn đấu 100% trẻ được tiêm chủng đầy đủ theo lịch.", "Ít nhất 90% học sinh được kiểm tra răng miệng định kỳ.", "Không có học sinh bị tai nạn thương tích."]);
    const r = ok(checkSheet(results, null, { siblings: [chiTieu, results] }));
    expect(statusAt(r, 3, 4)).toBe("met");
    expect(statusAt(r, 4, 4)).toBe("not_met");
    expect(statusAt(r, 3, 6)).toBe("met");
    expect(statusAt(r, 5, 6)).toBe("not_met");
    expect(r.layout.decisions?.some((d) => d.vi.includes("Ke hoach"))).toBe(true);
  });
  it("two sentences naming the same heading judge nothing there, and say so", () => {
    const chiTieu = plan("Chi tieu", ["100% trẻ được tiêm chủng đầy đủ.", "Trên 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.", "Ít nhất 90% học sinh được kiểm tra răng miệng định kỳ."]);
    const r = ok(checkSheet(results, null, { siblings: [chiTieu, results] }));
    expect(statusAt(r, 3, 4)).toBeUndefined();
    expect(statusAt(r, 5, 6)).toBe("not_met");
    expect(r.layout.decisions?.some((d) => d.vi.includes("nhiều câu"))).toBe(true);
  });
  it("a sheet whose name and title say nothing of targets is not read", () => {
    const other: SheetData = { name: "Ghi chep", values: [["Nhật ký"], ["100% trẻ được tiêm chủng đầy đủ."]] };
    expect(sentenceTargets(results, [other])).toEqual([]);
  });
  it("a heading of one word matches no sentence", () => {
    const s = sentenceTargets(results, [plan("Chi tieu", ["100% học sinh tham gia bảo hiểm y tế."])]);
    expect(sentenceFor(s, "Cộng")).toBeUndefined();
    expect(sentenceFor(s, "Tham gia BHYT")).not.toBe("ambiguous");
    expect(sentenceFor(s, "Tham gia BHYT")).toBeDefined();
  });
});

describe("a sentence of the whole and the total row", () => {
  const withTotal: SheetData = {
    name: "Ket qua",
    values: [
      ["TT", "Khối", "Số HS", "Được tiêm chủng đầy đủ", null, "HS thừa cân, béo phì", null],
      [null, null, null, "SL", "TL (%)", "SL", "TL (%)"],
      [1, "Khối 1", 100, 100, 100, 9, 9],
      [2, "Khối 2", 100, 98, 98, 4, 4],
      [null, "Tổng cộng", 200, 198, 99, 13, 6.5],
    ],
  };
  it("judges the total on a target for everyone, and only the total on one that names the whole", () => {
    const chiTieu = plan("Chi tieu", ["100% học sinh được tiêm chủng đầy đủ.", "Tỷ lệ HS thừa cân, béo phì toàn trường dưới 8%."]);
    const r = ok(checkSheet(withTotal, null, { siblings: [chiTieu, withTotal] }));
    expect(statusAt(r, 2, 4)).toBe("met");
    expect(statusAt(r, 3, 4)).toBe("not_met");
    expect(statusAt(r, 4, 4)).toBe("not_met");
    // "toàn trường": grade 1's 9% is no shortfall of its own; the school's 6,5% is met.
    expect(statusAt(r, 2, 6)).toBeUndefined();
    expect(statusAt(r, 4, 6)).toBe("met");
  });
});
