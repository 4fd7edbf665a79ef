// Layout detection on realistic sheets: lists with title blocks and two-row headers, unit matrices, sheets without a header.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { haiAnList, wardMatrix } from "./fixtures";
import { EXPECTED_HEADERS, applyOverrides, detectLayout } from "./layout";
import type { SheetData } from "./model";
import type { ListLayout, MatrixLayout } from "./types";

const sheet = (values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name: "S", values, ...extra });

function list(s: SheetData): ListLayout {
  const r = detectLayout(s);
  if (!r.ok || r.layout.shape !== "list") throw new Error(`expected a list layout, got ${JSON.stringify(r)}`);
  return r.layout;
}
function matrix(s: SheetData): MatrixLayout {
  const r = detectLayout(s);
  if (!r.ok || r.layout.shape !== "matrix") throw new Error(`expected a matrix layout, got ${JSON.stringify(r)}`);
  return r.layout;
}

describe("detectLayout on indicator lists", () => {
  const cases: Array<{ name: string; header: CellValue[]; columns: Record<string, number>; percent?: string[] }> = [
    {
      name: "reads the domain's standard header",
      header: ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"],
      columns: { stt: 0, name: 1, unit: 2, target: 3, actual: 4, rate: 5, note: 6 },
      percent: ["rate"],
    },
    {
      name: "matches headers without diacritics and in upper case",
      header: ["TT", "NOI DUNG", "DVT", "KE HOACH", "THUC HIEN", "GHI CHU"],
      columns: { stt: 0, name: 1, unit: 2, target: 3, actual: 4, note: 5 },
    },
    {
      name: "reads 'Chỉ tiêu giao' as the target and bare 'Chỉ tiêu' as the name",
      header: ["Số TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao", "Kết quả"],
      columns: { stt: 0, name: 1, unit: 2, target: 3, actual: 4 },
    },
    {
      name: "reads 'Tiêu chí', 'Kết quả thực hiện' and an id column",
      header: ["Mã", "Tiêu chí", "Kế hoạch năm học 2024-2025", "Kết quả thực hiện", "Cùng kỳ năm trước"],
      columns: { id: 0, name: 1, target: 2, actual: 3, baseline: 4 },
    },
    {
      name: "spells 'Tỉ lệ' either way",
      header: ["STT", "Nội dung", "Thực hiện", "Tỉ lệ (%)"],
      columns: { stt: 0, name: 1, actual: 2, rate: 3 },
      percent: ["rate"],
    },
  ];
  it.each(cases)("$name", ({ header, columns, percent }) => {
    const l = list(sheet([header, [1, "Tỷ lệ trẻ ra lớp", "%", "ít nhất 65%", 0.7, 70, null]]));
    expect(l.columns).toEqual(columns);
    expect(l.headerRows).toEqual([0]);
    expect(l.firstDataRow).toBe(1);
    if (percent) expect(l.percentHeaders).toEqual(percent);
  });

  it("skips a title block, takes two header rows under merged cells, and stops before the signature footer", () => {
    const l = list(haiAnList());
    expect(l.headerRows).toEqual([4, 5]);
    expect(l.firstDataRow).toBe(6);
    expect(l.lastDataRow).toBe(12);
    expect(l.columns).toEqual({ stt: 0, name: 1, unit: 2, target: 3, actual: 4, rate: 5, note: 6 });
    expect(l.percentHeaders).toEqual(["rate"]);
    expect(l.confidence).toBe(1);
  });

  it("carries a parent header right over its sub-headers when the sheet has no merge information", () => {
    const l = list(
      sheet([
        ["STT", "Nội dung", "Thực hiện", null, null, "Ghi chú"],
        [null, null, "Số đạt", "Tổng số", "Tỷ lệ (%)", null],
        [1, "Trẻ 5 tuổi ra lớp", 2348, 2348, 100, null],
      ]),
    );
    expect(l.headerRows).toEqual([0, 1]);
    expect(l.columns).toMatchObject({ actualNumerator: 2, actualDenominator: 3, rate: 4, note: 5 });
  });

  it("treats a row of column numbers under the header as part of the header", () => {
    const l = list(
      sheet([
        ["STT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "Số trường", "trường", "22 trường", 22],
      ]),
    );
    expect(l.headerRows).toEqual([0, 1]);
    expect(l.firstDataRow).toBe(2);
  });

  it("does not take a data row for a second header row", () => {
    const l = list(sheet([["STT", "Nội dung", "Thực hiện"], [1, "Số trường", 22], [2, "Số lớp", 291]]));
    expect(l.headerRows).toEqual([0]);
    expect(l.lastDataRow).toBe(2);
  });

  it("says which roles it could not find and which columns it could not place", () => {
    const l = list(sheet([["STT", "Nội dung", "Thực hiện", "Mã vùng"], [1, "Số trường", 22, "A"]]));
    expect(l.unplaced.some((u) => u.col === 3 && u.header === "Mã vùng")).toBe(true);
    expect(l.unplaced.some((u) => u.col === -1 && u.message.en.includes("target"))).toBe(true);
    expect(l.confidence).toBeLessThan(1);
  });

  it("recognises the tool's own status and explanation columns on a re-check", () => {
    const l = list(sheet([["STT", "Nội dung", "Thực hiện", "Đánh giá (Chỉ tiêu)", "Giải thích (Chỉ tiêu)"], [1, "Số trường", 22, "Đạt", "✓ Đạt"]]));
    expect(l.columns).toMatchObject({ status: 3, explanation: 4 });
  });
});

describe("detectLayout on unit matrices", () => {
  it("finds wards, a yes/no column and a numerator/denominator pair with its rate under a merged group header", () => {
    const m = matrix(wardMatrix());
    expect(m.unitColumn).toBe(1);
    expect(m.sttColumn).toBe(0);
    expect(m.unitNoun).toBe("phường");
    expect(m.headerRows).toEqual([1, 2]);
    expect(m.groups).toEqual([
      { header: "Xóa mù chữ mức độ 2", col: 2, percentHeader: false },
      { header: "Trẻ 5 tuổi hoàn thành chương trình GDMN", numerator: 3, denominator: 4, rate: 5, percentHeader: true },
    ]);
    expect(m.totalRow).toBe(17);
  });

  it("reads one column per indicator, a target row and a rate column attached to the indicator before it", () => {
    const m = matrix(
      sheet([
        ["Tên trường", "Số lớp", "Tỷ lệ HS hoàn thành chương trình", "Tỷ lệ (%)"],
        ["Chỉ tiêu", "không quá 45 lớp", null, null],
        ["TH Ái Mộ", 40, 0.99, 99],
        ["TH Bồ Đề", 46, 0.98, 98],
      ]),
    );
    expect(m.unitNoun).toBe("trường");
    expect(m.targetRow).toBe(1);
    expect(m.groups.map((g) => [g.header, g.col, g.rate])).toEqual([
      ["Số lớp", 1, undefined],
      ["Tỷ lệ HS hoàn thành chương trình", 2, 3],
    ]);
  });

  it("takes an indicator id written in brackets in a group header", () => {
    const m = matrix(sheet([["Đơn vị", "Trẻ ra lớp [mn.huy-dong]"], ["MN Hoa Sen", 0.9]]));
    expect(m.groups[0].indicatorId).toBe("mn.huy-dong");
  });
});

describe("detectLayout on sheets it cannot read", () => {
  it("names the expected headers when no header row is found", () => {
    const r = detectLayout(sheet([["Danh sách"], ["a", "b"], [1, 2]]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("no_header");
    expect(r.error.expected).toEqual(EXPECTED_HEADERS);
    expect(r.error.message.vi).toContain("Nội dung");
    expect(r.error.message.en).toContain("Expected columns");
  });

  it("reports an empty sheet", () => {
    const r = detectLayout(sheet([]));
    expect(r.ok ? "" : r.error.code).toBe("empty_sheet");
  });

  it("reports a header with no data rows under it", () => {
    const r = detectLayout(sheet([["STT", "Nội dung", "Thực hiện"]]));
    expect(r.ok ? "" : r.error.code).toBe("no_data");
  });
});

describe("applyOverrides", () => {
  it("moves and removes roles as the user confirms the mapping", () => {
    const l = list(sheet([["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Số liệu"], [1, "Số trường", "22 trường", 20, 22]]));
    const o = applyOverrides(l, { columns: { target: null, actual: 4 }, lastDataRow: 1 });
    expect(o.shape).toBe("list");
    if (o.shape !== "list") return;
    expect(o.columns.target).toBeUndefined();
    expect(o.columns.actual).toBe(4);
    expect(o.confidence).toBe(1);
  });

  it("turns a list into a matrix when the user says so", () => {
    const l = list(sheet([["STT", "Nội dung", "Thực hiện"], [1, "Số trường", 22]]));
    const o = applyOverrides(l, { shape: "matrix", unitColumn: 1, groups: [{ header: "Thực hiện", col: 2, percentHeader: false }] });
    expect(o.shape).toBe("matrix");
    if (o.shape === "matrix") expect(o.groups).toHaveLength(1);
  });
});

describe("a shares row under the total (sheet18b)", () => {
  it("reads 'Tỷ lệ (%)' right under 'Toàn huyện' as the total's shares, not a unit", () => {
    const l = matrix(sheet([
      ["TT", "Xã", "Tổng số trẻ", "Số trẻ ra lớp", "Đạt chuẩn"],
      [1, "Xã A", 120, 118, "Đạt"],
      [2, "Xã B", 90, 85, "Chưa đạt"],
      [3, "Xã C", 75, 75, "Đạt"],
      ["", "Toàn huyện", 285, 278, ""],
      ["", "Tỷ lệ (%)", "", 97.5, ""],
    ]));
    expect(l.totalRow).toBe(4);
    expect(l.excludedRows?.find((e) => e.row === 5)?.kind).toBe("total");
  });
  it("keeps a unit named 'Tỷ lệ …' that is no total's shares", () => {
    const l = matrix(sheet([
      ["TT", "Xã", "Tổng số trẻ", "Số trẻ ra lớp", "Đạt chuẩn"],
      [1, "Xã A", 120, 118, "Đạt"],
      [2, "Tỷ lệ (%)", 90, 85, "Chưa đạt"],
      [3, "Xã C", 75, 75, "Đạt"],
    ]));
    expect(l.excludedRows?.find((e) => e.row === 2)).toBeUndefined();
  });
});
