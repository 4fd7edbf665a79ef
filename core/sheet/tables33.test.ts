// Round 43 (tables33): four readings of how report tables are written. Every sheet is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const span = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);
const said = (r: R) => (r.ok ? (r.layout.decisions ?? []).map((d) => d.vi).join(" ") : "");

describe("a part of a year naming a later year than the columns before it", () => {
  // "Năm 2031 | Năm 2032 | 6 tháng 2033" under one result heading: the top rows' first year is no period; the half
  // year is of 2033, not over on 30/6/2033.
  const sheet = (part: string, target: string, values: number[]): SheetData => ({
    name: "Ket qua",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", null, null],
      [null, null, null, null, "Năm 2031", "Năm 2032", part],
      [1, "Kết nạp hội viên mới", "hội viên", target, ...values],
      [2, "Thành lập câu lạc bộ sở thích", "câu lạc bộ", "Mỗi năm thành lập ít nhất 4 câu lạc bộ", 5, 4, 1],
    ],
    merges: [span(0, 4, 0, 6), span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 1, 2), span(0, 3, 1, 3)],
  });
  for (const [part, target] of [["6 tháng 2033", "Hằng năm kết nạp từ 300 đến 400 hội viên"], ["9 tháng năm 2033", "Mỗi năm kết nạp ít nhất 300 hội viên"], ["Quý I/2033", "Hằng năm kết nạp trên 300 hội viên"]]) {
    it(`"${part}" short against a yearly target before the year ends is not yet due`, () => {
      const r = checkSheet(sheet(part, target, [320, 360, 140]), null, { asOf: "2033-06-30" });
      expect(at(r, 2, 6)?.status).toBe("pending");
      expect(at(r, 3, 6)?.status).toBe("pending");
    });
  }
  it("once that year is over, the short part stays short", () => {
    const r = checkSheet(sheet("6 tháng 2033", "Hằng năm kết nạp từ 300 đến 400 hội viên", [320, 360, 140]), null, { asOf: "2034-01-15" });
    expect(at(r, 2, 6)?.status).toBe("not_met");
  });
});

describe("terms of one result heading are told apart by their term, never by the targets' words", () => {
  // "Thực hiện ⟩ Học kỳ I | Học kỳ II | Cả năm": a target speaking of "học sinh" names no "học kỳ".
  const sheet = (terms: string[]): SheetData => ({
    name: "Thu vien",
    values: [
      ["TT", "Nội dung", "ĐVT", "Chỉ tiêu năm học 2033-2034", "Thực hiện", null, null],
      [null, null, null, null, ...terms],
      [1, "Học sinh đọc sách tại thư viện", "lượt", "Ít nhất 5.000 lượt học sinh", 2600, 2500, 5100],
      [2, "Bổ sung sách cho học sinh", "bản", "Từ 200 bản trở lên", 120, 90, 210],
      [3, "Học sinh tham gia ngày hội đọc sách", "%", "100% học sinh", 96, 100, 100],
    ],
    merges: [span(0, 4, 0, 6), span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 1, 2), span(0, 3, 1, 3)],
  });
  for (const terms of [["Học kỳ I", "Học kỳ II", "Cả năm"], ["HK I", "HK II", "Cả năm học"], ["Kỳ I", "Kỳ II", "Tổng kết năm học"]]) {
    it(`${terms.join(" | ")}: the whole year is the figure`, () => {
      const r = checkSheet(sheet(terms), null, { asOf: "2034-06-01" });
      expect(r.ok && r.layout.shape === "list" && r.layout.columns.actual).toBe(6);
      expect([2, 3, 4].map((row) => at(r, row, 6)?.status)).toEqual(["exceeded", "exceeded", "met"]);
      expect(said(r)).toMatch(/kỳ sau hơn/);
    });
  }
});

describe("a plan for a school year read before the year opens", () => {
  // Rows and a quota beside the count so far, read in August before the year opens in September: none is final yet.
  const list = (title: string, head: string, noun: string, plan: string): SheetData => ({
    name: "Tuyen sinh",
    values: [[title], [], ["TT", noun, plan, head], [1, `${noun} A`, 40, 40], [2, `${noun} B`, 35, 31], [3, `${noun} C`, 20, 22]],
  });
  for (const [title, head, noun, plan] of [
    ["KẾT QUẢ TUYỂN SINH NĂM HỌC 2036-2037", "Số đã đăng ký", "Độ tuổi", "Kế hoạch"],
    ["TIẾN ĐỘ TUYỂN SINH VÀO LỚP 6 NĂM HỌC 2036-2037", "Số học sinh đã nhập học", "Nhóm đối tượng", "Chỉ tiêu giao"],
    ["SỐ HỌC SINH ĐĂNG KÝ HỌC BÁN TRÚ NĂM HỌC 2036-2037", "Số đã nhập học", "Đối tượng", "Chỉ tiêu giao"],
  ]) {
    it(`"${title}" on 15/8: short is not yet due; filled and over as read; short once the year has opened`, () => {
      const r = checkSheet(list(title, head, noun, plan), null, { asOf: "2036-08-15" });
      expect([3, 4, 5].map((row) => at(r, row, 3)?.status)).toEqual(["met", "pending", "exceeded"]);
      expect(at(checkSheet(list(title, head, noun, plan), null, { asOf: "2036-09-20" }), 4, 3)?.status).toBe("not_met");
    });
  }
  it("age groups as units with a whole-school row: the same", () => {
    const s: SheetData = {
      name: "Tuyen sinh",
      values: [
        ["KẾ HOẠCH TUYỂN SINH NĂM HỌC 2036-2037"],
        [],
        ["TT", "Độ tuổi", "Số nhóm, lớp", "Chỉ tiêu tuyển mới", "Đã tuyển mới", "Ghi chú"],
        [1, "Nhà trẻ 24-36 tháng", 2, 40, 40, null],
        [2, "Mẫu giáo 3-4 tuổi", 3, 35, 31, null],
        [3, "Mẫu giáo 4-5 tuổi", 3, 20, 22, null],
        [null, "Toàn trường", 8, 95, 93, null],
      ],
    };
    expect([3, 4, 5, 6].map((row) => at(checkSheet(s, null, { asOf: "2036-08-15" }), row, 4)?.status)).toEqual(["met", "pending", "exceeded", "pending"]);
    expect([4, 6].map((row) => at(checkSheet(s, null, { asOf: "2036-09-20" }), row, 4)?.status)).toEqual(["not_met", "not_met"]);
  });
});

describe("a schedule and a progress column both read as times", () => {
  // "Thời gian | Tiến độ thực hiện": the one whose cells are days is the schedule, the other says what was done.
  const sheet = (sched: string, prog: string, days: string[], done: CellValue[]): SheetData => ({
    name: "Lich",
    values: [
      ["TT", "Nội dung công việc", sched, prog, "Ghi chú"],
      ...days.map((d, i) => [i + 1, `Việc số ${i + 1} của kế hoạch`, d, done[i] ?? null, null]),
    ],
  });
  const days = ["Từ 01/7 đến 03/7/2038", "Từ 08/7 đến 10/7/2038", "Trước ngày 05/8/2038", "Chậm nhất ngày 05/8/2038", "Đến hết ngày 31/8/2038"];
  const done: CellValue[] = ["Hoàn thành", "Đã xong", "Đã gửi ngày 06/8/2038", null, "Đang thực hiện"];
  for (const [sched, prog] of [["Thời gian", "Tiến độ thực hiện"], ["Thời gian thực hiện", "Tiến độ"], ["Lộ trình", "Tiến độ thực hiện"]]) {
    it(`"${sched} | ${prog}": done, late, overdue and still running`, () => {
      const r = checkSheet(sheet(sched, prog, days, done), null, { asOf: "2038-08-15" });
      expect([1, 2, 3, 4, 5].map((row) => at(r, row, 3)?.status)).toEqual(["met", "met", "not_met", "overdue", "pending"]);
    });
  }
});

describe("a target for each year beside a column per year", () => {
  const sheet = (yearly: string, term: string): SheetData => ({
    name: "Nhiem ky",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", null, null],
      [null, null, null, null, "Năm 2031", "Năm 2032", "6 tháng 2033"],
      [1, "Kết nạp hội viên mới", "hội viên", yearly, 320, 280, 140],
      [2, "Giới thiệu hội viên ưu tú", "hội viên", term, 100, 110, 40],
    ],
    merges: [span(0, 4, 0, 6), span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 1, 2), span(0, 3, 1, 3)],
  });
  for (const [yearly, term] of [["Hằng năm kết nạp ít nhất 300 hội viên", "Cả nhiệm kỳ giới thiệu 300 - 400 hội viên"], ["Mỗi năm kết nạp từ 300 hội viên trở lên", "Trong nhiệm kỳ giới thiệu ít nhất 300 hội viên"], ["Hàng năm kết nạp trên 300 hội viên", "Đến hết nhiệm kỳ giới thiệu 300 hội viên"]]) {
    it(`"${yearly.slice(0, 20)}…": each closed year judged; the term's row only on the latest figure`, () => {
      const r = checkSheet(sheet(yearly, term), null, { asOf: "2033-06-30" });
      expect(at(r, 2, 4)?.status).toMatch(/^(met|exceeded)$/);
      expect(at(r, 2, 5)?.status).toBe("not_met");
      expect(at(r, 2, 6)?.status).toBe("pending");
      expect(at(r, 3, 4)).toBeUndefined();
      expect(at(r, 3, 5)).toBeUndefined();
      expect(said(r)).toMatch(/Năm 2032 cũng được đánh giá/);
    });
  }
});
