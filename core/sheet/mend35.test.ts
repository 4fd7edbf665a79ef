// Round 35 (mend35): the explanation quotes a typed result whole (/work/notes/closing28.md). Invented sheet.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { figureFor } from "../table/figure";

describe("a result word before a fraction and a noun of two words", () => {
  it("goes to the judge whole", () => {
    expect(figureFor("Đạt 8/10 tiêu chí", false)).toBe("Đạt 8/10 tiêu chí");
  });
  it("is quoted whole in the explanation", () => {
    const sheet: SheetData = {
      name: "So ket",
      values: [
        ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2034"],
        [],
        ["TT", "Chỉ tiêu", "Mục tiêu năm 2034", "Kết quả"],
        [1, "Xây dựng xã nông thôn mới kiểu mẫu", "Được công nhận trong năm 2034", "Đạt 8/10 tiêu chí"],
        [2, "Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ", "≥ 97%", "98,1%"],
        [3, "Số trường đạt chuẩn quốc gia", "Ít nhất 3 trường", "4 trường"],
      ],
    };
    const r = checkSheet(sheet, null, { asOf: "2034-12-31" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const item = r.items.find((i) => i.cell.row === 3 && i.cell.col === 3);
    expect(item).toBeDefined();
    const text = item!.verdict.explanations.vi;
    expect(text).toContain('"Đạt 8/10 tiêu chí"');
    expect(text).not.toContain('"8/10 tiêu"');
  });
});
