// Classes of heading met in the headings corpus (test/headings, sheet23b), each on invented headings or sheets: a
// breakdown's parts under "Chia ra" / "Phân theo" beside their whole, an earlier year's count pair beside this year's,
// "Ước tính" as one estimate word, a figure compared with anything ("… so với …") as a comparison.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { detectLayout } from "./layout";
import type { SheetData } from "./model";
import type { ListLayout } from "./types";
import { readHeader } from "../table/header";
import { combineTexts } from "../table/read";

const list = (s: SheetData): ListLayout => {
  const r = detectLayout(s);
  if (!r.ok || r.layout.shape !== "list") throw new Error(JSON.stringify(r));
  return r.layout;
};

describe("a breakdown's parts ('Chia ra ⟩ Nam | Nữ') beside their whole", () => {
  it("reads the parent as a part marker and carries it to the parts", () => {
    expect(readHeader("Chia ra")).toMatchObject({ role: null, part: true });
    expect(readHeader("Phân theo giới tính")).toMatchObject({ role: null, part: true });
    expect(combineTexts(["Năm 2031", "Chia ra", "Nam"])).toMatchObject({ role: null, part: true, year: 2031 });
    // Not a part: a plain heading, and a part word inside a name ("Số trẻ chia theo độ tuổi" names the rows).
    expect(readHeader("Nam").part).toBeUndefined();
    expect(readHeader("Số trẻ chia theo độ tuổi").part).toBeUndefined();
  });

  it("keeps the whole of each year as the figure, the earlier year's as the baseline, and the parts unread", () => {
    const values: CellValue[][] = [
      ["SỐ GIÁO VIÊN THEO XÃ"],
      [],
      ["Chỉ tiêu", "Năm 2030", null, null, "Năm 2031", null, null],
      [null, "Tổng số", "Phân theo giới tính", null, "Tổng số", "Phân theo giới tính", null],
      [null, null, "Nam", "Nữ", null, "Nam", "Nữ"],
      ["Giáo viên mầm non", 50, 2, 48, 54, 3, 51],
      ["Giáo viên tiểu học", 80, 20, 60, 83, 21, 62],
    ];
    const merges = [
      { top: 2, left: 1, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 6 },
      { top: 3, left: 2, bottom: 3, right: 3 }, { top: 3, left: 5, bottom: 3, right: 6 },
      { top: 3, left: 1, bottom: 4, right: 1 }, { top: 3, left: 4, bottom: 4, right: 4 }, { top: 2, left: 0, bottom: 4, right: 0 },
    ];
    const l = list({ name: "GV", values, merges });
    expect(l.columns).toMatchObject({ name: 0, actual: 4, baseline: 1 });
    expect(l.columns.actualNumerator).toBeUndefined();
    expect(l.columns.actualDenominator).toBeUndefined();
  });
});

describe("an earlier year's count pair ('Năm 2030 ⟩ Số đạt | Tổng số') beside this year's", () => {
  it("judges this year's pair, the earlier one a baseline", () => {
    const values: CellValue[][] = [
      ["STT", "Nội dung", "Năm 2030", null, "Năm 2031", null, "Kế hoạch"],
      [null, null, "Số đạt", "Tổng số", "Số đạt", "Tổng số", null],
      [1, "Trường đạt chuẩn quốc gia", 7, 12, 9, 12, "10 trường"],
      [2, "Thôn có nhà văn hóa", 30, 41, 35, 41, "38 thôn"],
    ];
    const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }];
    const l = list({ name: "KQ", values, merges });
    expect(l.columns).toMatchObject({ actualNumerator: 4, actualDenominator: 5, target: 6 });
    expect([2, 3]).toContain(l.columns.baseline);
  });
});

describe("an estimate's words ('Ước tính năm 2031') are taken off whole", () => {
  it("leaves no 'tính' behind to be read as a province", () => {
    expect(readHeader("Ước tính cả năm 2031")).toMatchObject({ role: null, estimate: true, year: 2031 });
    expect(readHeader("Ước tính thực hiện năm 2031")).toMatchObject({ role: "actual", estimate: true });
    expect(readHeader("Tỉnh").role).toBe("unitName");
  });
});

describe("a figure compared with another ('Lũy kế so với cùng kỳ', 'Thực hiện tháng 4 so với tháng trước')", () => {
  it("is a comparison whatever it is compared with, never the figure", () => {
    for (const h of ["Lũy kế so với cùng kỳ (%)", "Thực hiện tháng 4 so với tháng trước", "Ước tính năm 2031 so với năm 2030 (%)", "So sánh với kế hoạch năm", "Kết quả so với năm học trước", "Chênh lệch"]) {
      expect([h, readHeader(h).role]).toEqual([h, "ratio"]);
    }
  });
  it("leaves a plan whose bracket compares it a plan, and a count's own heading alone", () => {
    expect(readHeader("Kế hoạch năm 2032 (tăng so với 2031)").role).toBe("target");
    expect(readHeader("Lũy kế").role).toBe("actual");
  });
});

describe("a time series' header: a name heading, or a unit column, beside period headings", () => {
  const rows: CellValue[][] = [
    ["Số hộ nghèo", "Hộ", 410, 388, 352],
    ["Số xã đạt chuẩn nông thôn mới", "Xã", 4, 6, 9],
  ];
  it("reads 'Chỉ tiêu | 2031 | 2032 | 2033' as a list, the latest year the figure, an earlier one the baseline", () => {
    const l = list({ name: "S", values: [["SỐ LIỆU KINH TẾ - XÃ HỘI"], [], ["Chỉ tiêu", 2031, 2032, 2033], ...rows.map((r) => [r[0], ...r.slice(2)])] });
    expect(l.headerRows).toEqual([2]);
    expect(l.columns).toMatchObject({ name: 0, actual: 3 });
    expect([1, 2]).toContain(l.columns.baseline);
  });
  it("reads '(blank) | ĐVT | 2031 | 2032 | Sơ bộ 2033' the same, the unit column kept", () => {
    const l = list({ name: "S", values: [["SỐ LIỆU KINH TẾ - XÃ HỘI"], [], [null, "ĐVT", 2031, 2032, "Sơ bộ 2033"], ...rows] });
    expect(l.headerRows).toEqual([2]);
    expect(l.columns).toMatchObject({ name: 0, unit: 1, actual: 4 });
  });
  it("leaves a lone name heading with one year no header of its own", () => {
    expect(detectLayout({ name: "S", values: [["Nội dung", 2031], ["Số hộ nghèo", 410]] }).ok).toBe(false);
  });
});

describe("a breakdown's lead-in row ('Phân theo giới tính') without figures", () => {
  it("is a section heading over its parts, not an indicator", () => {
    const r = checkSheet({ name: "S", values: [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Số lao động được đào tạo nghề", 500, 520],
      [null, "Chia theo giới tính", null, null],
      [null, "Nam", 250, 240],
      [null, "Nữ", 250, 280],
    ] }, null, { asOf: "2031-12-31" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.layout.excludedRows).toContainEqual({ row: 2, kind: "section", text: "Chia theo giới tính" });
    expect(r.items.map((i) => i.row)).toEqual([1, 3, 4]);
  });
});
