// Two-level unit headers (round 33, unit33): a merged parent over children each judged on its own ("Mẫu giáo" over
// "3-4 tuổi | 4-5 tuổi | 5-6 tuổi") names every status column by parent and child, on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { detectLayout } from "./layout";
import { planStatusColumn } from "./status";

describe("age groups under one merged 'Mẫu giáo' heading", () => {
  // Invented: schools as rows, children enrolled by age group against a target row, age groups as sub-headings.
  const values: CellValue[][] = [
    ["TỶ LỆ HUY ĐỘNG TRẺ RA LỚP (%) NĂM HỌC 2033-2034"],
    [],
    ["TT", "Trường", "Nhà trẻ", "Mẫu giáo", null, null],
    [null, null, "25-36 tháng", "3-4 tuổi", "4-5 tuổi", "5-6 tuổi"],
    [null, "Chỉ tiêu", "Từ 30% trở lên", "Từ 90% trở lên", "Từ 95% trở lên", "100%"],
    [1, "MN Hoa Mai", 35, 92, 96, 100],
    [2, "MN Hoa Sen", 28, 88, 97, 99],
    [3, "MN Sơn Ca", 31, 95, 94, 100],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }];
  const sheet = { name: "Huy dong", values, merges };
  it("reads the age groups as headings, not as a row numbering the columns", () => {
    const l = detectLayout(sheet);
    expect(l.ok && l.layout.shape === "matrix" && l.layout.groups.map((g) => g.header)).toEqual(["Nhà trẻ", "3-4 tuổi", "4-5 tuổi", "5-6 tuổi"]);
  });
  it("heads each status column with the parent and the child it judges, all apart", () => {
    const r = checkSheet(sheet, null, { asOf: "2034-05-31" });
    expect(r.ok).toBe(true);
    if (!r.ok || r.layout.shape !== "matrix") return;
    expect(r.layout.groups.map((g) => g.title ?? g.header)).toEqual(["Nhà trẻ", "Mẫu giáo – 3-4 tuổi", "Mẫu giáo – 4-5 tuổi", "Mẫu giáo – 5-6 tuổi"]);
    const p = planStatusColumn(sheet, r);
    if (!p.ok) throw new Error("no status block");
    const row = p.edits.block.cells[2 - p.edits.block.range.top];
    const headings = p.edits.statusColumns.map((c) => (row[c - p.edits.block.range.left] as { text?: string } | null)?.text);
    expect(headings).toEqual(["Đánh giá (Chỉ tiêu): Nhà trẻ", "Đánh giá (Chỉ tiêu): Mẫu giáo – 3-4 tuổi", "Đánh giá (Chỉ tiêu): Mẫu giáo – 4-5 tuổi", "Đánh giá (Chỉ tiêu): Mẫu giáo – 5-6 tuổi"]);
    // Verdicts and the report name the same column.
    expect(r.items.find((i) => i.cell.row === 6 && i.cell.col === 3)).toMatchObject({ name: "Mẫu giáo – 3-4 tuổi", status: "not_met" });
  });
  it("leaves out a parent over every group: it names none of them", () => {
    const all = values.map((row, i) => (i === 2 ? ["TT", "Trường", "Tỷ lệ huy động theo độ tuổi", null, null, null] : row));
    const r = checkSheet({ name: "Huy dong", values: all, merges: [{ top: 2, left: 2, bottom: 2, right: 5 }, ...merges.slice(1)] }, null, { asOf: "2034-05-31" });
    expect(r.ok && r.layout.shape === "matrix" && r.layout.groups.map((g) => g.title ?? g.header)).toEqual(["25-36 tháng", "3-4 tuổi", "4-5 tuổi", "5-6 tuổi"]);
  });
});
