// Tables the sheet reader did not find in round 32 (sheet32): classes seen in holdout17 (192) and holdout23 (244),
// each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { detectLayout } from "./layout";
import { readHeader } from "../table/header";

describe("each indicator a plan row over a result row, labelled in a column beside the names", () => {
  // Invented: a commune's year, "Kế hoạch" over "Thực hiện" in column C, the name merged down both rows.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2033"],
    [],
    ["TT", "Chỉ tiêu", null, "ĐVT", "Năm 2033", "So KH (%)", "Ghi chú"],
    [1, "Sản lượng lúa", "Kế hoạch", "Tấn", 500, null, null],
    [null, null, "Thực hiện", null, 480, 96, null],
    [2, "Tỷ lệ hộ dùng nước sạch", "Kế hoạch", "%", "≥ 95", null, null],
    [null, null, "Thực hiện", null, 96.5, null, null],
    [3, "Số thôn văn hóa", "Kế hoạch", "Thôn", 8, null, null],
    [null, null, "Thực hiện", null, 8, 100, null],
  ];
  const merges = [3, 5, 7].flatMap((r) => [0, 1, 3, 6].map((c) => ({ top: r, left: c, bottom: r + 1, right: c })));
  merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
  const sheet = { name: "KT-XH", values, merges };
  it("reads the label column as the row roles and the plan rows as no indicators", () => {
    const l = detectLayout(sheet);
    expect(l.ok && l.layout.shape === "matrix" && l.layout.rowRoleColumn).toBe(2);
  });
  const r = checkSheet(sheet, null, { asOf: "2034-01-10" });
  const at = (row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);
  it("judges each result against the plan in the row above, same column", () => {
    expect(at(4, 4)?.status).toBe("not_met");
    expect(at(6, 4)?.status).toBe("exceeded");
    expect(at(8, 4)?.status).toBe("met");
    expect(r.ok && r.items.some((i) => i.cell.row === 3 || i.cell.row === 5 || i.cell.row === 7)).toBe(false);
  });
  it("reads a percent-of-plan column as a comparison, not a figure of its own", () => {
    expect(readHeader("So KH (%)").role).toBe("ratio");
    expect(r.ok && r.items.some((i) => i.cell.col === 5)).toBe(false);
  });
});
