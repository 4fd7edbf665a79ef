// Tables the sheet reader misread in round 36 (table36), each class on invented sheets.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

const actualCol = (r: ReturnType<typeof checkSheet>) => (r.ok && r.layout.shape === "list" ? r.layout.columns.actual : undefined);
const itemAt = (r: ReturnType<typeof checkSheet>, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

describe("one month alone beside the figure to date under one year heading ('Tháng 5 | Lũy kế 5 tháng')", () => {
  // Invented: a district's five-month report on farming, the month's estimate beside the cumulative.
  const sheet = (month: string, todate: string): SheetData => ({
    name: "T5-2036",
    values: [
      ["BÁO CÁO KẾT QUẢ SẢN XUẤT THÁNG 5 VÀ 5 THÁNG NĂM 2036"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2036", "Ước thực hiện năm 2036", null, "Ghi chú"],
      [null, null, null, null, month, todate, null],
      [1, "Sản lượng lúa", "tấn", 5000, 300, 2100, null],
      [2, "Diện tích trồng rừng", "ha", 40, 2, 42, null],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 3, right: 6 },
    ],
  });
  it("judges the figure to date, not the month, and says why", () => {
    const r = checkSheet(sheet("Tháng 5", "Lũy kế 5 tháng"), null, { asOf: "2036-05-25" });
    expect(actualCol(r)).toBe(5);
    expect(itemAt(r, 4, 5)?.status).toBe("pending");
    expect(itemAt(r, 5, 5)?.status).toBe("exceeded");
    expect(itemAt(r, 4, 4)).toBeUndefined();
    expect(r.ok && r.layout.decisions?.some((d) => d.vi.includes("cột kia chỉ là một tháng"))).toBe(true);
  });
  it("whichever side the month stands", () => {
    const swapped = sheet("Lũy kế 5 tháng", "Tháng 5");
    for (const row of swapped.values.slice(4)) [row[4], row[5]] = [row[5], row[4]];
    const r = checkSheet(swapped, null, { asOf: "2036-05-25" });
    expect(actualCol(r)).toBe(4);
  });
});
