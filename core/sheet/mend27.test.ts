// Words a clerk reads that are not true (round 27, mend27), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

describe("an explanation never quotes words the clerk did not write", () => {
  // Invented: a task list whose results are sentences read as done with no day ("Đã xong toàn bộ").
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2031"],
    [],
    ["TT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Kết quả thực hiện"],
    ["1", "Lắp đặt màn hình tương tác cho các phòng học", "Năm 2031", "Đã hoàn thành"],
    ["2", "Tập huấn sử dụng học liệu số cho giáo viên", "Tháng 9/2031", "Hoàn thành 12/8/2031"],
    ["3", "Rà soát thiết bị thư viện", "Quý IV/2031", "Đã xong toàn bộ"],
  ];
  for (const lang of ["vi", "en"] as const) {
    it(`a result read as done with no day says so without quoting "Có" (${lang})`, () => {
      const r = checkSheet({ name: "Nhiem vu", values }, null, { asOf: "2032-01-10", lang });
      if (!r.ok) throw new Error("no table");
      const done = r.items.filter((i) => i.cell.row === 3 || i.cell.row === 5);
      expect(done.length).toBeGreaterThan(0);
      for (const i of done) {
        expect(i.status).toBe("met");
        const said = [i.verdict!.explanations.vi, i.verdict!.explanations.en, i.verdict!.explanation].join(" | ");
        expect(said).not.toMatch(/"(Có|Yes|TRUE|true)"/u);
        expect(said).toMatch(lang === "vi" ? /không ghi ngày/u : /no completion date/u);
      }
    });
  }
});
