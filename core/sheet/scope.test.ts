// A target row naming each unit and the whole ("Chỉ tiêu (từng lớp và toàn trường)") judges every unit and the total;
// one naming the whole alone judges the total only.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CellValue } from "../types";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

const classes = (label: string): SheetData => ({
  name: "S",
  values: [
    ["TT", "Lớp", "Sĩ số", "Hoàn thành tốt", null, "Chưa hoàn thành", null],
    [null, null, null, "SL", "TL (%)", "SL", "TL (%)"],
    [null, label, null, null, "Từ 30% trở lên", 0, null],
    [1, "3A", 30, 12, 40, 0, 0],
    [2, "3B", 32, 8, 25, 1, 3.1],
    [null, "Toàn trường", 62, 20, 32.3, 1, 1.6],
  ],
});

describe("scope of a target row", () => {
  it("each unit and the whole: every class and the school are judged", () => {
    // Any unit named by "từng/mỗi" before "và toàn …", listed or not ("độ tuổi", "chi đoàn"), is each unit's.
    for (const label of ["Chỉ tiêu (từng lớp và toàn trường)", "Chỉ tiêu mỗi lớp và toàn trường", "Chỉ tiêu (giao cho từng độ tuổi và toàn trường)", "Chỉ tiêu giao từng chi đoàn và cả trường"]) {
      const r = ok(checkSheet(classes(label), null));
      expect(statusAt(r, 3, 4)).toBe("exceeded");
      expect(statusAt(r, 4, 4)).toBe("not_met");
      expect(statusAt(r, 5, 4)).toBe("exceeded");
      expect(statusAt(r, 4, 5)).toBe("not_met");
      expect(statusAt(r, 5, 5)).toBe("not_met");
    }
  });
  it("the whole alone: only the school is judged", () => {
    // "môi trường" (environment) folds as "mỗi trường" (each school) would: read as written, it names no unit.
    for (const label of ["Chỉ tiêu toàn trường", "Chỉ tiêu toàn trường (lớp học xanh, môi trường sạch)"]) {
      const r = ok(checkSheet(classes(label), null));
      expect(statusAt(r, 4, 4)).toBeUndefined();
      expect(statusAt(r, 5, 4)).toBe("exceeded");
    }
  });
});

describe("a group's own year plan beside a part's figure", () => {
  const communes = (targetHead: string, actualHead: string): SheetData => ({
    name: "S",
    values: [
      ["TT", "Xã, thị trấn", "Bê tông hóa giao thông nông thôn (km)", null],
      [null, null, targetHead, actualHead],
      [1, "Xã A", 3, 1.7],
      [2, "Xã B", 2, 2.4],
    ],
  });
  it("a year's plan read on six months' figures in July: short is not yet due, reached is judged", () => {
    const r = ok(checkSheet(communes("KH năm 2015", "TH 6 tháng"), null, { asOf: "2015-07-15", period: "2015" }));
    expect(statusAt(r, 2, 3)).toBe("pending");
    expect(statusAt(r, 3, 3)).toBe("exceeded");
  });
  it("a season's plan or a year's figure is due now", () => {
    expect(statusAt(ok(checkSheet(communes("KH vụ", "Thực hiện"), null, { asOf: "2015-07-15", period: "2015" })), 2, 3)).toBe("not_met");
    expect(statusAt(ok(checkSheet(communes("KH năm 2015", "TH năm 2015"), null, { asOf: "2015-07-15", period: "2015" })), 2, 3)).toBe("not_met");
    // After the year's end, the six months' figure is judged on the year's plan as it stands.
    expect(statusAt(ok(checkSheet(communes("KH năm 2015", "TH 6 tháng"), null, { asOf: "2016-01-10", period: "2015" })), 2, 3)).toBe("not_met");
  });
  it("a group's plan for a year after the sheet's period falls due at that year's end (round 36)", () => {
    // Years side by side, the sheet's period read as the first: the last year's figure to a day is not final yet.
    const years: SheetData = {
      name: "S",
      values: [
        ["TT", "Đơn vị", "Năm 2018", null, "Năm 2020", null],
        [null, null, "Kế hoạch", "Đã thu", "Kế hoạch", "Đã thu đến 31/8"],
        [1, "Xã A", 40, 31, 65, 6.1],
        [2, "Xã B", 20, 24, 20, 12.3],
      ],
    };
    const r = ok(checkSheet(years, null, { asOf: "2020-09-21", period: "2018" }));
    expect(statusAt(r, 2, 3)).toBe("not_met");
    expect(statusAt(r, 2, 5)).toBe("pending");
    expect(statusAt(ok(checkSheet(years, null, { asOf: "2021-01-10", period: "2018" })), 2, 5)).toBe("not_met");
  });
});

describe("a total row's own plan in the target column", () => {
  const districts = (total: [CellValue, CellValue], b: CellValue): SheetData => ({
    name: "S",
    values: [
      ["TT", "Huyện", "Công trình cấp nước hoàn thành", null],
      [null, null, "KH 2013", "TH 2013"],
      [null, "Toàn tỉnh", total[0], total[1]],
      [1, "Huyện A", 2, 2],
      [2, "Huyện B", 3, b],
      [3, "Huyện C", "-", "-"],
    ],
    formulas: [[], [], [undefined, undefined, undefined, "=SUM(D4:D6)"]],
  });
  it("is judged on it, typed or summed from the units' targets ('-' adds nothing)", () => {
    expect(statusAt(ok(checkSheet(districts([5, 4], 2), null, { asOf: "2014-01-20", period: "2013" })), 2, 3)).toBe("not_met");
  });
  it("a summed figure while a unit's figure is blank: no figure of the whole yet, never 'not met'", () => {
    const r = ok(checkSheet(districts([5, 2], null), null, { asOf: "2014-01-20", period: "2013" }));
    expect(statusAt(r, 2, 3)).toBe("no_data");
  });
});

describe("a done word with no day among the days units sent", () => {
  it("'Đã gửi' past the due day where the others wrote their days: asked about, never met on the word", () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const values: CellValue[][] = [
      ["TT", "Đơn vị", "Báo cáo quý I/2024"],
      [null, null, "Chậm nhất ngày 18/3/2024"],
      [1, "Huyện A", d("2024-03-15")],
      [2, "Huyện B", d("2024-03-22")],
      [3, "Huyện C", "Đã gửi"],
      [4, "Huyện D", d("2024-03-18")],
    ];
    const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2024-07-01" }));
    expect(statusAt(r, 2, 2)).toBe("met");
    expect(statusAt(r, 3, 2)).toBe("not_met");
    expect(statusAt(r, 4, 2)).toBe("review");
  });
});
