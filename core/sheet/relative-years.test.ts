// Judgement inside found tables (issue 11): deadlines counted from an event, spans that must last, years side by side.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const sheet = (values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name: "S", values, ...extra });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a deadline counted in days from an event", () => {
  const values: CellValue[][] = [
    ["TT", "Nội dung công khai", "Thời điểm công khai theo quy định", "Ngày thực hiện", "Ghi chú"],
    [1, "Cam kết chất lượng giáo dục", "Tháng 9/2023", day("2023-09-15"), null],
    [2, "Dự toán ngân sách năm 2024", "Chậm nhất 15 ngày kể từ ngày được giao dự toán (giao ngày 05/01/2024)", day("2024-01-18"), null],
    [3, "Tình hình thực hiện dự toán quý I/2024", "Chậm nhất 15 ngày kể từ ngày kết thúc quý", "Chưa thực hiện", null],
    [4, "Quyết toán ngân sách năm 2023", "Trong 15 ngày kể từ ngày được phê duyệt quyết toán", null, "Chờ phê duyệt quyết toán"],
    [5, "Quyết toán ngân sách năm 2022", "Trong 15 ngày kể từ ngày được phê duyệt quyết toán", day("2023-04-20"), "Đã phê duyệt ngày 10/4/2023"],
    [6, "Niêm yết công khai các nội dung năm học", "Ít nhất 30 ngày liên tục kể từ ngày niêm yết", "Từ 01/6/2024 đến nay", null],
    [7, "Niêm yết công khai tài chính", "Ít nhất 30 ngày liên tục kể từ ngày niêm yết", "Từ 01/4/2024 đến nay", null],
  ];
  const r = ok(checkSheet(sheet(values), null, { asOf: "2024-06-20" }));
  const status = (n: number) => r.items.find((i) => i.cell.row === n)?.status;
  it("is due on the day the cell, the name's quarter or the row gives the event, plus the days", () => {
    expect(status(2)).toBe("met");
    expect(r.items.find((i) => i.cell.row === 2)?.verdict.warnings.map((w) => w.message.vi).join(" ")).toMatch(/05\/01\/2024 \+ 15 ngày, hạn 20\/01\/2024/);
    expect(status(3)).toBe("overdue");
    expect(status(5)).toBe("met");
  });
  it("is refused, naming the event, when the sheet writes no day for it", () => {
    expect(status(4)).toBe("unreadable");
    expect(r.items.find((i) => i.cell.row === 4)?.verdict.explanations.vi).toMatch(/phê duyệt quyết toán mà bảng không ghi/);
  });
  it("a span to last is pending while it runs short, met once it has lasted", () => {
    expect(status(6)).toBe("pending");
    expect(status(7)).toBe("met");
  });
});

describe("a count of days against 'trong N ngày kể từ …'", () => {
  it("is judged as the count it is: no day is needed", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"],
      [1, "Thời gian giải quyết hồ sơ chuyển trường", "Trong 15 ngày kể từ ngày nhận đủ hồ sơ", "12 ngày"],
      [2, "Thời gian cấp bản sao văn bằng", "Trong 5 ngày kể từ ngày nhận đủ hồ sơ", "7 ngày"],
    ];
    const r = ok(checkSheet(sheet(values), null, { asOf: "2024-06-20" }));
    expect(r.items.map((i) => i.status)).toEqual(["met", "not_met"]);
  });
});

describe("years side by side", () => {
  const values: CellValue[][] = [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2016", null, "Năm 2017", null, "Mục tiêu đến năm 2020"],
    [null, null, null, "KH", "TH", "KH", "Ước TH", null],
    ["1", "Tốc độ tăng trưởng GRDP", "%", 10.5, 10.6, 11, 10.8, 11],
    ["2", "Tỷ lệ hộ nghèo giảm", "%", "Giảm 4", 4.2, "Giảm 4", 3.8, "Giảm 4"],
    ["3", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 94.1, "Duy trì trên 95", 96.5, "Trên 95"],
  ];
  const merges = [{ top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 6 }, ...[0, 1, 2, 7].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))];
  const r = ok(checkSheet(sheet(values, { merges }), null, { asOf: "2017-12-05" }));
  const at = (row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;
  it("judges each year's result against its own year's plan, and says so", () => {
    expect([at(2, 6), at(3, 6), at(4, 6)]).toEqual(["not_met", "not_met", "met"]);
    expect([at(2, 4), at(3, 4), at(4, 4)]).toEqual(["exceeded", "exceeded", "not_met"]);
    expect(r.layout.decisions?.some((d) => /Năm 2016 cũng được đánh giá: cột E theo chỉ tiêu cột D/.test(d.vi))).toBe(true);
  });
});

describe("an earlier year's part-year result beside its year's plan", () => {
  it("is not judged against the whole year's plan", () => {
    for (const sub of [["KH năm", "TH 6 tháng đầu năm"], ["Kế hoạch", "Ước TH 9 tháng"]]) {
      const values: CellValue[][] = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2016", null, "Năm 2017", null],
        [null, null, null, ...sub, "KH", "Ước TH"],
        ["1", "Số xã đạt chuẩn nông thôn mới", "xã", 10, 6, 14, 15],
        ["2", "Giải quyết việc làm", "người", 20000, 11000, 21000, 22000],
      ];
      const merges = [{ top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 6 }, ...[0, 1, 2].map((c) => ({ top: 0, left: c, bottom: 1, right: c }))];
      const r = ok(checkSheet(sheet(values, { merges }), null, { asOf: "2017-12-05" }));
      expect(r.items.filter((i) => i.cell.col === 4)).toEqual([]);
      expect(r.items.filter((i) => i.cell.col === 6).map((i) => i.status)).toEqual(["exceeded", "exceeded"]);
    }
  });
});
