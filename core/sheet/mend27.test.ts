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

describe("a choice between tables is never said to judge 'the most (0)'", () => {
  // Invented: two tables of figures with no target anywhere and no plan: neither judges anything, so nothing decided
  // on what was judged, and no reason citing it is given; the rows with figures are still counted as not judged.
  const values: CellValue[][] = [
    ["SỐ LIỆU CƠ SỞ VẬT CHẤT NĂM HỌC 2032-2033"],
    [],
    ["STT", "Nội dung", "Đơn vị tính", "Thực hiện"],
    [1, "Số phòng học kiên cố", "phòng", 42],
    [2, "Số phòng bộ môn", "phòng", 9],
    [3, "Số máy chiếu", "chiếc", 30],
    [],
    [],
    ["TT", "Tên trường", "Số lớp", "Số học sinh"],
    [1, "Trường TH Hòa Bình", 12, 410],
    [2, "Trường TH Tân Lập", 15, 520],
    [3, "Trường TH Đồng Tâm", 9, 300],
  ];
  for (const lang of ["vi", "en"] as const) {
    it(`says no 'nhiều chỉ tiêu nhất (0)' / 'the most (0)' (${lang})`, () => {
      const r = checkSheet({ name: "CSVC", values }, null, { asOf: "2033-05-31", lang });
      if (!r.ok) throw new Error("no table");
      expect(r.coverage.judged).toBe(0);
      expect(r.coverage.notJudgedTotal).toBeGreaterThan(0);
      const said = `${r.coverage.choice?.vi ?? ""} ${r.coverage.choice?.en ?? ""}`;
      expect(said).not.toMatch(/nhất \(0\)|the most \(0\)/u);
    });
  }
});
