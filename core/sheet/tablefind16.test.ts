// Tables the reader did not find (issue 11, sheet16a): roles heading the blocks of a unit matrix with the indicators
// repeated under each, a target row whose label ends in its source in brackets, and answers by level with the level
// aimed at in the title.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { answerAsCount } from "./judge";
import { parseTargetCached } from "../rule/parse";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult, ListLayout, MatrixLayout } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const byCell = (r: CheckedSheet) => Object.fromEntries(r.items.map((i) => [`${i.cell.row},${i.cell.col}`, i.status]));
const said = (r: CheckedSheet) => (r.layout.decisions ?? []).map((d) => d.vi).join(" ");

describe("roles heading the blocks of a unit matrix, the indicators repeated under each", () => {
  const values: CellValue[][] = [
    ["STT", "Phường", "Chỉ tiêu năm 2023", null, "Kết quả năm 2023", null, "Chỉ tiêu năm 2024", null],
    [null, null, "Nhà trẻ", "Mẫu giáo", "Nhà trẻ", "Mẫu giáo", "Nhà trẻ", "Mẫu giáo"],
    [1, "Phường An Lạc", 3, 5, 3, 4, 9, 9],
    [2, "Phường Bình Trị", 2, 4, 2, 6, 9, 9],
    [3, "Phường Tân Tạo", 1, "-", 0, 2, 9, 9],
  ];
  const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 0, right: 7 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }];
  const r = ok(checkSheet({ name: "Theo phuong", values, merges }, null, { asOf: "2024-01-15" }));

  it("pairs each result column with the target of the same sub-heading in the plan block of its year", () => {
    const groups = (r.layout as MatrixLayout).groups;
    expect(groups.map((g) => [g.col, g.target])).toEqual([[4, 2], [5, 3]]);
    expect(byCell(r)).toMatchObject({ "2,4": "met", "2,5": "not_met", "3,4": "met", "3,5": "exceeded", "4,4": "not_met" });
  });
  it("never judges against next year's plan, and says so", () => {
    expect(r.items.some((i) => i.status !== "no_data" && [6, 7].includes(i.cell.col))).toBe(false);
    expect(r.layout.unplaced.filter((u) => u.col === 6 || u.col === 7).every((u) => /kế hoạch năm 2024, không phải năm của số liệu/.test(u.message.vi))).toBe(true);
    expect(said(r)).toMatch(/ghép theo tiêu đề con với chỉ tiêu dưới "Chỉ tiêu năm 2023"; không dùng "Chỉ tiêu năm 2024"/);
  });
  it("leaves two plan blocks no year tells apart to the column-by-column reading (no pairing guessed)", () => {
    const two = values.map((row, i) => (i === 0 ? ["STT", "Phường", "Chỉ tiêu", null, "Kết quả", null, "Chỉ tiêu", null] : row));
    const q = checkSheet({ name: "S", values: two, merges }, null, { asOf: "2024-01-15" });
    const groups = q.ok && q.layout.shape === "matrix" ? q.layout.groups : [];
    expect(groups.some((g) => g.col === 4 && g.target !== undefined)).toBe(false);
  });
});

describe("a target row whose label ends in its source in brackets", () => {
  const values: CellValue[][] = [
    ["TT", "Thôn", "Hộ dùng nước sạch (%)", "Trẻ được tiêm chủng đầy đủ"],
    [null, "Chỉ tiêu năm 2022 (NQ HĐND xã)", "≥ 90%", "≥ 95%"],
    [null, "Mục tiêu đến năm 2025 (NQ Đại hội)", "100%", "≥ 98%"],
    [1, "Thôn Đông", 92, 96],
    [2, "Thôn Tây", 88, 97],
    [null, "Toàn xã", 90, 96.5],
  ];
  const r = ok(checkSheet({ name: "Theo thon", values }, null, { asOf: "2023-03-01" }));

  it("reads both rows as targets and uses the one due, saying which", () => {
    const m = r.layout as MatrixLayout;
    expect(m.targetRow).toBe(1);
    expect(m.excludedRows?.filter((e) => e.kind === "target").map((e) => e.row)).toEqual([1, 2]);
    expect(said(r)).toMatch(/Dùng dòng "Chỉ tiêu năm 2022 \(NQ HĐND xã\)" làm chỉ tiêu/);
    expect(byCell(r)).toMatchObject({ "3,2": "exceeded", "4,2": "not_met", "4,3": "exceeded" });
  });
});

describe("answers by level with the level aimed at in the title", () => {
  const values: CellValue[][] = [
    ["KẾT QUẢ TỰ ĐÁNH GIÁ TRƯỜNG TIỂU HỌC"],
    ["(Nhà trường phấn đấu đạt Mức 3)"],
    ["TT", "Tiêu chí", "Kết quả", null, null, "Ghi chú"],
    [null, null, "Mức 1", "Mức 2", "Mức 3"],
    [null, "Tiêu chuẩn 1", "3/3", "3/3", "2/3"],
    ["1.1", "Kế hoạch phát triển", "Đạt", "Đạt", "Đạt"],
    ["1.2", "Tổ chuyên môn", "Đạt", "Đạt", "Không đạt", "Thiếu sinh hoạt chuyên đề"],
    ["1.3", "Thư viện", "Không đạt", "Đạt", "Đạt"],
    ["1.4", "Phòng học bộ môn", "Đạt", "Đạt", null],
    ["1.5", "Tủ sách lớp học", "Đạt", "Đạt", "Chưa đánh giá"],
  ];
  const merges = [{ top: 2, left: 2, bottom: 2, right: 4 }];
  const r = ok(checkSheet({ name: "TDG", values, merges }, null, { asOf: "2023-06-30" }));
  const status = (name: string) => r.items.find((i) => i.name === name)?.status;

  it("judges the named level's column, 'Đạt' met and 'Không đạt' not met, the other levels not judged", () => {
    const l = r.layout as ListLayout;
    expect(l.columns.actual).toBe(4);
    expect(l.sheetTarget?.text).toBe("Mức 3");
    expect(status("Kế hoạch phát triển")).toBe("met");
    expect(status("Tổ chuyên môn")).toBe("not_met");
    expect(l.unplaced.filter((u) => u.col === 2 || u.col === 3).length).toBe(2);
  });
  it("asks where a level below says 'Không đạt' beside 'Đạt' at the level judged", () => {
    expect(status("Thư viện")).toBe("review");
  });
  it("leaves the standards' count rows ('2/3') out as totals, never judged as criteria", () => {
    expect(r.items.some((i) => i.name === "Tiêu chuẩn 1")).toBe(false);
    // Words in the cell are no count: the row stays a criterion, not judged as met.
    expect(r.items.find((i) => i.name === "Tủ sách lớp học")?.status).not.toBe("met");
    expect(r.items.some((i) => i.name === "Tủ sách lớp học")).toBe(true);
  });
  it("without a level in the title, takes no level column as the figure", () => {
    const bare = values.map((row, i) => (i === 1 ? ["(Năm học 2022-2023)"] : row));
    const q = checkSheet({ name: "TDG", values: bare, merges }, null, { asOf: "2023-06-30" });
    if (q.ok) expect((q.layout as ListLayout).levelsBelow).toBeUndefined();
  });
});

describe("a no opening the answer against a target of one", () => {
  const one = parseTargetCached("1");
  const rule = one.ok ? one.rule : "";
  it("reads 'Chưa có QĐ', 'Chưa đạt chuẩn', 'Không được công nhận' as 0, never 'Chưa báo cáo' or 'Chưa tổng hợp'", () => {
    expect(answerAsCount(rule, "Chưa có QĐ")).toBe(0);
    expect(answerAsCount(rule, "Chưa có quyết định công nhận")).toBe(0);
    expect(answerAsCount(rule, "Chưa đạt chuẩn")).toBe(0);
    expect(answerAsCount(rule, "Không được công nhận")).toBe(0);
    expect(answerAsCount(rule, "Chưa báo cáo")).toBe("Chưa báo cáo");
    expect(answerAsCount(rule, "Chưa tổng hợp")).toBe("Chưa tổng hợp");
    expect(answerAsCount(rule, "Chưa có QĐ (2 trường)")).toBe("Chưa có QĐ (2 trường)");
  });
});
