// Round 38's review of the sheet reader (fix38a): an estimate's share pairs no plan, a row for part of a year is the
// year's only in a table of years, and a plan heading's due day is the plan's own and is met by the figure's own day.
// Every sheet is invented, each class in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const status = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status : undefined);

/** TT | unit | plan | reported | estimate | share = estimate / plan (formulas) | note. Units on rows 3-5 (0-based). */
function estimateSheet(heads: [string, string, string, string], units: Array<[string, number, number, number]>): SheetData {
  const values: SheetData["values"] = [["BÁO CÁO SƠ KẾT"], [], ["TT", heads[0], heads[1], heads[2], heads[3], "Tỷ lệ so kế hoạch (%)", "Ghi chú"]];
  const formulas: SheetData["formulas"] = [[], [], []];
  units.forEach(([name, plan, done, guess], i) => {
    const r = values.length + 1;
    values.push([i + 1, name, plan, done, guess, Math.round((guess / plan) * 1000) / 10, null]);
    formulas.push([undefined, undefined, undefined, undefined, undefined, `=ROUND(E${r}/C${r}*100,1)`]);
  });
  return { name: "So ket", values, formulas };
}

describe("an estimate's share names no figure to judge: the reported figure keeps its plan", () => {
  const units: Array<[string, number, number, number]> = [["Xã Bình An", 900, 350, 900], ["Xã Bình Hòa", 700, 300, 760], ["Xã Bình Minh", 500, 150, 420]];
  const wordings: Array<[string, string, string, string]> = [
    ["Đơn vị", "Kế hoạch năm 2037", "Thực hiện 6 tháng", "Ước thực hiện cả năm"],
    ["Xã, phường", "KH năm 2037", "TH 6 tháng đầu năm", "Ước TH năm 2037"],
    ["Đơn vị", "Kế hoạch giao năm 2037", "Kết quả 6 tháng", "Dự kiến thực hiện cả năm"],
  ];
  for (const heads of wordings) {
    it(`"${heads[3]}" beside "${heads[2]}": no estimate is judged as final on 12/7`, () => {
      const r = checkSheet(estimateSheet(heads, units), null, { asOf: "2037-07-12" });
      expect(r.ok).toBe(true);
      for (const row of [3, 4, 5]) {
        expect(["met", "exceeded", "not_met", "near"]).not.toContain(status(r, row, 4));
        // The half-year's figure, if judged, is short of the year's plan only for now.
        expect(["met", "exceeded", "not_met"]).not.toContain(status(r, row, 3));
      }
    });
  }
});

/** TT | name | plan | figure | share (=D/C) | note, one row per name. */
function listSheet(heads: [string, string, string], rows: Array<[string, number, number]>): SheetData {
  const values: SheetData["values"] = [["KẾT QUẢ THỰC HIỆN"], [], ["TT", heads[0], heads[1], heads[2], "Tỷ lệ so kế hoạch", "Ghi chú"]];
  const formulas: SheetData["formulas"] = [[], [], []];
  rows.forEach(([name, plan, done], i) => {
    const r = values.length + 1;
    values.push([i + 1, name, plan, done, Math.round((done / plan) * 10000) / 10000, null]);
    formulas.push([undefined, undefined, undefined, undefined, `=ROUND(D${r}/C${r},4)`]);
  });
  return { name: "Ky", values, formulas };
}

describe("a row for part of a year is the year's only in a table of years", () => {
  it("a list of quarters: a quarter that has ended and fell short is not met", () => {
    const r = checkSheet(listSheet(["Kỳ báo cáo", "Kế hoạch", "Thực hiện"], [["Quý I năm 2037", 600, 450], ["Quý II năm 2037", 700, 720], ["Quý III năm 2037", 800, 500]]), null, { asOf: "2037-11-05" });
    expect(status(r, 3, 3)).toBe("not_met");
    expect(status(r, 5, 3)).toBe("not_met");
  });
  it("half-years as rows: the first half of 2037, over by 20/8, is not met", () => {
    const r = checkSheet(listSheet(["Kỳ báo cáo", "Kế hoạch", "Thực hiện"], [["6 tháng đầu năm 2036", 400, 380], ["6 tháng cuối năm 2036", 500, 520], ["6 tháng đầu năm 2037", 500, 410]]), null, { asOf: "2037-08-20" });
    expect(status(r, 5, 3)).toBe("not_met");
  });
  for (const last of ["8 tháng năm 2037 (đến 31/8/2037)", "6 tháng đầu năm 2037", "Quý I/2037"]) {
    it(`years as rows, then "${last}": the running year's short figure is not final`, () => {
      const r = checkSheet(listSheet(["Năm", "Kế hoạch thu được giao", "Kết quả thu"], [["Năm 2035", 1000, 980], ["Năm 2036", 1100, 1150], [last, 1200, 700]]), null, { asOf: "2037-09-10" });
      expect(status(r, 3, 3)).toBe("not_met");
      expect(status(r, 5, 3)).toBe("pending");
    });
  }
});

/** Units as rows under one header row: TT | unit | plan | figure | share (=D/C*100) | note. */
function dueSheet(plan: string, figure: string): SheetData {
  const values: SheetData["values"] = [["TỔNG HỢP TIẾN ĐỘ"], [], ["TT", "Đơn vị", plan, figure, "Tỷ lệ so với chỉ tiêu (%)", "Ghi chú"]];
  const formulas: SheetData["formulas"] = [[], [], []];
  ([["Phường Đông", 500, 380], ["Phường Tây", 400, 420], ["Phường Bắc", 300, 300]] as const).forEach(([n, p, d], i) => {
    const r = values.length + 1;
    values.push([i + 1, n, p, d, Math.round((d / p) * 1000) / 10, null]);
    formulas.push([undefined, undefined, undefined, undefined, `=ROUND(D${r}/C${r}*100,1)`]);
  });
  return { name: "Tien do", values, formulas };
}

describe("a plan heading's due day is met by the figure's own day, not by the day of the check", () => {
  const cases: Array<[string, string]> = [
    ["Chỉ tiêu giao (hoàn thành trước ngày 30/6/2037)", "Số hồ sơ đã tiếp nhận đến ngày 25/5/2037"],
    ["Kế hoạch (chậm nhất ngày 15/6/2037)", "Số cây đã trồng đến ngày 31/5/2037"],
    ["Chỉ tiêu được giao (hạn chót 30/9/2037)", "Số hộ đã đăng ký tính đến ngày 20/8/2037"],
  ];
  for (const [plan, figure] of cases) {
    it(`"${plan}" / "${figure}": checked after the due day, a short figure of an earlier day is no shortfall`, () => {
      const r = checkSheet(dueSheet(plan, figure), null, { asOf: "2037-10-15" });
      expect(r.ok).toBe(true);
      expect(status(r, 3, 3)).not.toBe("not_met");
      expect(status(r, 4, 3)).toBe("exceeded");
    });
  }
  it("a figure dated on the due day is final after it", () => {
    const r = checkSheet(dueSheet("Chỉ tiêu giao (hoàn thành trước ngày 30/6/2037)", "Số hồ sơ đã tiếp nhận đến ngày 30/6/2037"), null, { asOf: "2037-07-15" });
    expect(status(r, 3, 3)).toBe("not_met");
  });
  it("an impossible day (31/2) is no due day", () => {
    const r = checkSheet(dueSheet("Chỉ tiêu giao (hoàn thành trước ngày 31/2/2037)", "Số hồ sơ đã tiếp nhận"), null, { asOf: "2037-02-20" });
    expect(status(r, 3, 3)).not.toBe("pending");
  });
});

describe("a result heading merged over plan and figures dates the figures, not the plan", () => {
  for (const [result, plan] of [["Kết quả thực hiện đến ngày 30/6/2037", "Kế hoạch năm 2037"], ["Kết quả đến hết ngày 31/5/2037", "Chỉ tiêu năm 2037"]]) {
    it(`"${result}" over "${plan}": a short figure is pending until the year's end`, () => {
      const values: SheetData["values"] = [["BÁO CÁO"], [], ["TT", "Đơn vị", result, null, null, "Ghi chú"], [null, null, plan, "Thực hiện", "Tỷ lệ (%)", null]];
      const formulas: SheetData["formulas"] = [[], [], [], []];
      ([["Xã Đông", 600, 350], ["Xã Tây", 500, 520], ["Xã Nam", 400, 400]] as const).forEach(([n, p, d], i) => {
        const r = values.length + 1;
        values.push([i + 1, n, p, d, Math.round((d / p) * 1000) / 10, null]);
        formulas.push([undefined, undefined, undefined, undefined, `=ROUND(D${r}/C${r}*100,1)`]);
      });
      const merges = [{ top: 2, left: 2, bottom: 2, right: 4 }, ...[0, 1, 5].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];
      const r = checkSheet({ name: "Gop", values, formulas, merges }, null, { asOf: "2037-07-20" });
      expect(status(r, 4, 3)).toBe("pending");
    });
  }
});
