// Choosing the sheet of a workbook to check: the one that judges the most, and every other sheet's shortfalls and unjudged figures said, so a clean sheet is never a clean workbook.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseSheet } from "../cli/xlsx/check";
import { openWorkbook } from "../cli/xlsx/read";
import { gridSheet, writeBook, type GridCell } from "./helpers/xlsx";

const HEADER: GridCell[] = ["STT", "Nội dung", "Kế hoạch", "Thực hiện"];

describe("chooseSheet", () => {
  it.each<{ what: string; other: GridCell[][]; says: RegExp | null; complete: boolean }>([
    { what: "another sheet with a shortfall", other: [HEADER, [1, "Số lớp", "16 lớp", 14]], says: /"Khác" \(1, 1 chưa đạt\)/, complete: false },
    { what: "another sheet with figures it could not judge", other: [HEADER, [1, "Số lớp", null, 14], [2, "Số phòng", null, 9]], says: /"Khác" \(0, 2 dòng có số liệu chưa đánh giá được\)/, complete: false },
    { what: "another sheet all met", other: [HEADER, [1, "Số lớp", "16 lớp", 16]], says: /"Khác" \(1\)/, complete: true },
  ])("says $what, and no clean bill for the workbook when it holds more", async ({ other, says, complete }) => {
    const path = join(mkdtempSync(join(tmpdir(), "chitieu-choose-")), "book.xlsx");
    const main: GridCell[][] = [HEADER, [1, "Số trường", "5 trường", 5], [2, "Số giáo viên", "40 giáo viên", 41]];
    writeBook(path, [gridSheet("Chính", main), gridSheet("Khác", other)]);
    const { sheet, result } = chooseSheet(await openWorkbook(path), undefined, null, { plan: null, asOf: "2025-05-31" });
    expect(sheet.name).toBe("Chính");
    if (says) expect(result.coverage.choice?.vi).toMatch(says);
    expect(result.coverage.complete).toBe(complete);
  });

  it("on a tie, takes the sheet whose targets stand in a column over one judged on targets written in row names", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "chitieu-choose-")), "book.xlsx");
    // The published commitment first (its counts are the plan's), then the year's results against it.
    const commitment: GridCell[][] = [["STT", "Nội dung", "Tổng số"], [1, "Lên lớp (tỉ lệ so với tổng số) 92%", 96], [2, "Lưu ban (tỉ lệ so với tổng số) 1,5%", 1]];
    const results: GridCell[][] = [["STT", "Nội dung", "Cam kết", "Thực hiện"], [1, "Lên lớp", "92%", "90%"], [2, "Lưu ban", "1,5%", "1%"]];
    writeBook(path, [gridSheet("Cam kết", commitment), gridSheet("Thực hiện", results)]);
    const { sheet, result } = chooseSheet(await openWorkbook(path), undefined, null, { plan: null, asOf: "2025-05-31" });
    expect(sheet.name).toBe("Thực hiện");
    expect(result.coverage.choice?.vi).toMatch(/vì có cột chỉ tiêu riêng/);
  });
});
