// The sheet choice's words for figures left unjudged go through coverage's one sentence (withFigures): "ô" in a unit
// matrix, one row in the singular in English, thousands grouped.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import type { SheetData } from "../sheet/model";
import { bestSheet } from "./choose";

const HINT = { vi: "chọn trang bằng --sheet", en: "choose with --sheet" };
const choose = (sheets: SheetData[]) => bestSheet(sheets.map((sheet) => ({ sheet, result: checkSheet(sheet, null, { asOf: "2025-05-31" }) })), { named: false, hint: HINT });

describe("bestSheet's words for figures not judged", () => {
  // Invented: a list of fourteen judged rows, and a sheet with one row of figures and no table.
  const list: SheetData = { name: "Chính", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ...Array.from({ length: 14 }, (_, i): CellValue[] => [i + 1, `Số phòng học khối ${i + 1}`, `${10 + i} phòng`, 10 + i])] };
  const lone: SheetData = { name: "Phụ", values: [["Mức", "Số trường"], ["Tốt", 6]] };

  it("says one row in the singular, in English as in Vietnamese", () => {
    const best = choose([list, lone]);
    if (!best.ok) throw new Error(best.message.en);
    expect(best.result.coverage.choice?.vi).toMatch(/"Phụ" \(không nhận ra bảng, 1 dòng có số liệu\)/);
    expect(best.result.coverage.choice?.en).toMatch(/"Phụ" \(no table recognised, 1 row with a figure\)/);
    const none = choose([lone]);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message.en).toMatch(/^sheet "Phụ" \(1 row with a figure, none judged\)/);
  });

  it("counts a unit matrix's unjudged figures in cells", () => {
    // Invented: communes × three indicators, the middle one with no target: its six cells are not judged.
    const communes = ["An Phú", "Bình Lợi", "Cát Tiên", "Đông Sơn", "Hòa Bình", "Long Khánh"];
    const values: CellValue[][] = [
      ["TT", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", "Số trẻ khuyết tật học hòa nhập", "Tỷ lệ trẻ được cân đo (%)"],
      [null, "Chỉ tiêu", "≥ 99%", null, "100%"],
    ];
    communes.forEach((c, i) => values.push([i + 1, c, 97 + i * 0.6, 2 + i, 100]));
    const best = choose([list, { name: "Xã", values }]);
    if (!best.ok) throw new Error(best.message.en);
    expect(best.result.coverage.choice?.vi).toMatch(/"Xã" \(12, 4 chưa đạt, 6 ô có số liệu chưa đánh giá được\)/);
    expect(best.result.coverage.choice?.en).toMatch(/"Xã" \(12, 4 not met, 6 cells with figures not judged\)/);
  });
});
