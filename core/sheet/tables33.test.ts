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

describe("a later year named in the top rows never makes a closed year's figures not yet due (review43c)", () => {
  // The period read from the top rows may be a later year named by a subtitle, a row, a note or a heading; the figures
  // are of a year already over, and a short count of it stays short ("Chưa đạt"), never "Chưa đến hạn".
  const rows: CellValue[][] = [
    ["Số phòng học xây mới", "phòng", "Xây mới 14 phòng học", 10],
    ["Số cán bộ quản lý được bồi dưỡng", "người", "Ít nhất 60 người", 48],
  ];
  const list = (top: CellValue[][], head: string[], extra: CellValue[][] = []): SheetData => ({
    name: "Bao cao",
    values: [...top, [], head, ...[...rows, ...extra].map((r, i) => [i + 1, ...r])],
  });
  const H = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
  const cases: [string, string, SheetData][] = [
    ["a subtitle names the next school year", "2031-01-12", list([["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2030"], ["(Làm căn cứ xây dựng kế hoạch năm học 2031-2032)"]], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2030", "Thực hiện năm 2030"])],
    ["a row's target names a later school year", "2031-02-03", list([["TỔNG HỢP KẾT QUẢ CÁC CHỈ TIÊU NĂM 2030"]], H, [["Tỷ lệ phòng học bộ môn", "%", "Đến năm học 2031-2032 đạt 90%", 75]])],
    ["a heading names a later school year", "2031-01-20", list([["BÁO CÁO KẾT QUẢ PHỔ CẬP GIÁO DỤC NĂM 2030"]], [...H, "Dự kiến năm học 2031-2032"])],
    ["a plan of the next school year over last year's columns", "2030-08-22", list([["KẾ HOẠCH NĂM HỌC 2030-2031"]], ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm học 2029-2030", "Thực hiện năm học 2029-2030"])],
    ["a plan of the next calendar year over this year's columns", "2030-12-18", list([["KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC NĂM 2031"]], ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2030", "Thực hiện năm 2030"])],
  ];
  for (const [what, asOf, sheet] of cases) {
    it(`${what}: short counts stay "Chưa đạt"`, () => {
      const r = checkSheet(sheet, null, { asOf });
      const row = sheet.values.findIndex((v) => v[1] === "Số phòng học xây mới");
      expect([row, row + 1].map((k) => at(r, k, 4)?.status)).toEqual(["not_met", "not_met"]);
    });
  }
  it("a matrix of schools under a line naming the next school year: the same", () => {
    const s: SheetData = {
      name: "Truong",
      values: [
        ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CÁC TRƯỜNG NĂM 2030"],
        ["(Số liệu phục vụ xây dựng kế hoạch năm học 2031-2032)"],
        ["STT", "Trường", "Số phòng học xây mới", "Số giáo viên được bồi dưỡng"],
        [null, "Chỉ tiêu", 5, 24],
        [1, "Trường Hòa Bình", 5, 25],
        [2, "Trường Tân Lập", 3, 18],
        [3, "Trường Đông Hưng", 6, 24],
      ],
    };
    const r = checkSheet(s, null, { asOf: "2031-01-15" });
    expect([2, 3].map((c) => at(r, 5, c)?.status)).toEqual(["not_met", "not_met"]);
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
      expect(said(r)).toMatch(/Cột F "Năm 2032" cũng được đánh giá/);
    });
  }
});

describe("only a target of each year judges the closed years' columns (review43c)", () => {
  // "Năm 2031 | Năm 2032 | 6 tháng 2033" beside one target column: a target of one year, of the term's end, or an
  // average over the term is not each year's; a column of several years is not one year's.
  const sheet = (target: string, heads = ["Năm 2031", "Năm 2032", "6 tháng 2033"], values = [240, 265, 120]): SheetData => ({
    name: "Nhiem ky",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", ...heads.slice(1).map(() => null)],
      [null, null, null, null, ...heads],
      [1, "Kết nạp hội viên mới", "hội viên", target, ...values],
    ],
    merges: [span(0, 4, 0, 3 + heads.length), span(0, 0, 1, 0), span(0, 1, 1, 1), span(0, 2, 1, 2), span(0, 3, 1, 3)],
  });
  for (const target of [
    "Kết nạp mới năm 2033 đạt 300 hội viên",
    "Năm 2033 kết nạp 300 hội viên, cao hơn mọi năm",
    "Đến năm 2033 có 300 hội viên mới; hằng năm rà soát danh sách",
    "Bình quân mỗi năm kết nạp 300 hội viên",
    "Trung bình hàng năm kết nạp 300 hội viên",
    "Cả nhiệm kỳ kết nạp 900 hội viên (bình quân mỗi năm 300)",
  ]) {
    it(`"${target}": the closed years are not judged`, () => {
      const r = checkSheet(sheet(target), null, { asOf: "2033-06-30" });
      expect([at(r, 2, 4), at(r, 2, 5)]).toEqual([undefined, undefined]);
    });
  }
  for (const total of ["Tổng 2031-2032", "Lũy kế 2031-2032", "2031-2032", "Cộng dồn 2 năm"]) {
    it(`"${total}" is no year's column`, () => {
      const r = checkSheet(sheet("Hằng năm kết nạp ít nhất 300 hội viên", ["Năm 2031", "Năm 2032", total, "6 tháng 2033"], [240, 320, 560, 120]), null, { asOf: "2033-06-30" });
      expect(at(r, 2, 4)?.status).toBe("not_met");
      expect(at(r, 2, 5)?.status).toBe("exceeded");
      expect(at(r, 2, 6)).toBeUndefined();
    });
  }
});

describe("quarters alone are parts, never terms that close the year (review43c)", () => {
  for (const parts of [["Quý I", "Quý II", "Quý III", "Quý IV"], ["Quý 1", "Quý 2", "Quý 3", "Quý 4"], ["Quý I/2033", "Quý II/2033", "Quý III/2033", "Quý IV/2033"]]) {
    it(`${parts.join(" | ")} with no whole-year column: no later part is taken for the year`, () => {
      const s: SheetData = {
        name: "Quy",
        values: [
          ["KẾT QUẢ THỰC HIỆN NĂM 2033"],
          [],
          ["TT", "Nội dung", "ĐVT", "Kế hoạch năm 2033", "Thực hiện", ...parts.slice(1).map(() => null)],
          [null, null, null, null, ...parts],
          [1, "Lượt bạn đọc đến thư viện", "lượt", "Ít nhất 4.000 lượt", ...parts.map(() => 4000 / parts.length)],
        ],
        merges: [span(2, 4, 2, 3 + parts.length), span(2, 0, 3, 0), span(2, 1, 3, 1), span(2, 2, 3, 2), span(2, 3, 3, 3)],
      };
      expect(said(checkSheet(s, null, { asOf: "2034-01-20" }))).not.toMatch(/kỳ sau hơn/);
    });
  }
});
