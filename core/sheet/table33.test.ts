// Tables the sheet reader did not find in unseen workbooks (round 33, table33), each class on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

describe("a title line naming another sheet ('Chỉ tiêu giao: sheet \"…\"') points to the targets, it does not make this sheet one of targets", () => {
  // Invented: each district's assigned rates on one sheet, the results on another in another order.
  const targets: SheetData = {
    name: "Giao chi tieu 2034",
    values: [
      ["CHỈ TIÊU HUY ĐỘNG TRẺ RA LỚP NĂM HỌC 2033-2034"],
      [],
      ["STT", "Đơn vị", "Nhà trẻ (%)", "Mẫu giáo (%)"],
      [1, "Huyện Đông Sơn", 30, 96],
      [2, "Huyện Tây Sơn", 28, 95],
      [3, "Huyện Nam Sơn", 25, 97],
    ],
  };
  const results = (pointer: string): SheetData => ({
    name: "Ket qua 2034",
    values: [
      ["KẾT QUẢ HUY ĐỘNG TRẺ RA LỚP NĂM HỌC 2033-2034"],
      [pointer],
      [],
      ["TT", "Huyện", "Nhà trẻ", null, "Mẫu giáo", null],
      [null, null, "Số trẻ", "Tỷ lệ (%)", "Số trẻ", "Tỷ lệ (%)"],
      [1, "Nam Sơn", 410, 26.2, 1510, 97.5],
      [2, "Đông Sơn", 520, 30.5, 1980, 95.5],
      [3, "Tây Sơn", 300, 27, 1200, 95.1],
    ],
    merges: [{ top: 3, left: 2, bottom: 3, right: 3 }, { top: 3, left: 4, bottom: 3, right: 5 }, { top: 3, left: 0, bottom: 4, right: 0 }, { top: 3, left: 1, bottom: 4, right: 1 }],
  });
  const check = (pointer: string) => checkSheet(results(pointer), null, { asOf: "2034-06-30", siblings: [targets] });
  it("takes each district's targets from the sheet the line names, matched by name", () => {
    const r = check('(Chỉ tiêu giao: sheet "Giao chi tieu 2034")');
    if (!r.ok) throw new Error("no table");
    expect(r.layout.targetsFrom).toBe("Giao chi tieu 2034");
    const at = (row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;
    expect(at(5, 3)).toBe("exceeded"); // 26,2% against Nam Sơn's 25%
    expect(at(6, 3)).toBe("exceeded"); // 30,5% against Đông Sơn's 30%
    expect(at(7, 3)).toBe("not_met"); // 27,0% against Tây Sơn's 28%
  });
  it("never judges the targets sheet against a note on the results sheet the line marks", () => {
    const res = results('(Chỉ tiêu giao: sheet "Giao chi tieu 2034")');
    res.values.push([], [null, "Ghi chú: Nhà trẻ tăng 0,5% so với năm học trước."]);
    const r = checkSheet(targets, null, { asOf: "2034-06-30", siblings: [res] });
    expect(r.ok ? r.coverage.judged : 0).toBe(0);
  });
  it("still reads a line of targets naming no other sheet as this sheet's own title", () => {
    const r = check("(Chỉ tiêu giao theo Quyết định số 12/QĐ-UBND)");
    expect(r.ok && r.layout.targetsFrom).toBeFalsy();
  });
});

describe("one target merged down the units' rows, after a hidden column, beside a share of part of the year", () => {
  // Invented: nine months of immunisation by district; the year's "≥ 95%" once in a cell merged over every row; last
  // year's column hidden between the share and the target.
  const values: CellValue[][] = [
    ["KẾT QUẢ TIÊM CHỦNG 9 THÁNG NĂM 2034"],
    [],
    ["TT", "Đơn vị", "Số trẻ (KH năm 2034)", "Tiêm chủng đầy đủ 9 tháng", null, "Cùng kỳ 2033", "Chỉ tiêu năm 2034"],
    [null, null, null, "Số trẻ", "Tỷ lệ (%)", null, null],
    [1, "Huyện Đông", 1000, 700, 70, 71, "≥ 95%"],
    [2, "Huyện Tây", 800, 780, 97.5, 70, null],
    [3, "Huyện Nam", 600, 420, 70, 69, null],
  ];
  const merges = [
    { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 3, right: 5 }, { top: 2, left: 6, bottom: 3, right: 6 },
    { top: 4, left: 6, bottom: 6, right: 6 },
  ];
  const r = checkSheet({ name: "TCMR 9T", values, merges, hiddenColumns: [5] }, null, { asOf: "2034-09-30" });
  const at = (row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status : undefined);
  it("judges every district's share on the merged target, a share already past it exceeded", () => {
    expect(at(5, 4)).toBe("exceeded");
  });
  it("asks about a share short of the year's target after nine months, never calls it not met", () => {
    expect(at(4, 4)).toBe("review");
    expect(at(6, 4)).toBe("review");
  });
});
