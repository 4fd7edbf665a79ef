// Classes of table structure met in the headings corpus (test/headings, sheet24b), each on invented sheets: a run of
// period columns whose every earlier period is a baseline; a row alone in its row (its label and nothing else) over
// rows with figures heads a block.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { seenColumns } from "./coverage";
import { detectLayout } from "./layout";
import type { SheetData } from "./model";
import type { ListLayout } from "./types";

const list = (s: SheetData): ListLayout => {
  const r = detectLayout(s);
  if (!r.ok || r.layout.shape !== "list") throw new Error(JSON.stringify(r));
  return r.layout;
};

describe("a run of period columns ('2027 | 2028 | 2029 | 2030')", () => {
  const values: CellValue[][] = [
    ["MỘT SỐ CHỈ TIÊU VĂN HÓA XÃ HỘI"],
    [],
    ["Chỉ tiêu", "Đơn vị tính", 2027, 2028, 2029, 2030],
    ["Số thôn có nhà văn hóa", "thôn", 30, 33, 35, 38],
    ["Số câu lạc bộ thể thao", "câu lạc bộ", 12, 12, 14, 15],
  ];
  it("reads the last as the figure and every earlier one as a baseline, the latest of them the one used", () => {
    const l = list({ name: "VH", values });
    expect(l.columns).toMatchObject({ name: 0, unit: 1, actual: 5, baseline: 4 });
    expect(l.earlier).toEqual([2, 3]);
    // Earlier periods are no columns left unexplained, and the mapping step shows their role.
    expect(l.unplaced.filter((u) => u.col >= 0)).toEqual([]);
    expect(seenColumns({ name: "VH", values }, l).map((c) => c.role)).toEqual(["name", "unit", "baseline", "baseline", "baseline", "actual"]);
  });

  it("judges nothing in the earlier columns and leaves no figure unread", () => {
    const r = checkSheet({ name: "VH", values: values.map((row, i) => (i === 3 ? [...row.slice(0, 5), null] : row)) }, null, { asOf: "2030-12-31" });
    expect(r.ok && r.coverage.notJudged.filter((n) => n.reason === "unread_figure")).toEqual([]);
  });

  it("keeps a single earlier year the one baseline, with nothing more", () => {
    const l = list({ name: "VH", values: values.map((row) => [...row.slice(0, 2), ...row.slice(4)]) });
    expect(l.columns).toMatchObject({ actual: 3, baseline: 2 });
    expect(l.earlier).toBeUndefined();
  });
});

describe("a row holding nothing but its label over rows with figures ('Văn hóa' over its indicators)", () => {
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN NĂM 2031"],
    [],
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [null, "Văn hóa", null, null],
    [1, "Số thôn có nhà văn hóa", "40 thôn", 41],
    [2, "Số câu lạc bộ thể thao", "15 câu lạc bộ", 12],
    [null, "Môi trường", null, null],
    [3, "Tỷ lệ hộ dùng nước sạch", "Từ 90% trở lên", "92%"],
  ];
  it("heads a block: left out as a section, the rows under it judged", () => {
    const r = checkSheet({ name: "KQ", values }, null, { asOf: "2031-12-31" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.excludedRows?.filter((e) => e.kind === "section").map((e) => e.text)).toEqual(["Văn hóa", "Môi trường"]);
    expect(r.items.map((i) => i.row)).toEqual([4, 5, 7]);
  });

  it("stays a row when it carries its number, a target, or nothing follows it", () => {
    const numbered = values.map((row, i) => (i === 3 ? [4, "Số thôn văn hóa kiểu mẫu", null, null] : row));
    const a = checkSheet({ name: "KQ", values: numbered }, null, { asOf: "2031-12-31" });
    expect(a.ok && (a.layout.excludedRows ?? []).some((e) => e.row === 3)).toBe(false);
    const targeted = values.map((row, i) => (i === 3 ? [null, "Số thôn văn hóa kiểu mẫu", "5 thôn", null] : row));
    const b = checkSheet({ name: "KQ", values: targeted }, null, { asOf: "2031-12-31" });
    expect(b.ok && b.items.find((i) => i.row === 3)?.status).toBe("no_data");
    // Under "Chỉ tiêu | Thực hiện" alone, a blank item over a row holding only its figure is an item awaiting its own.
    const plain = [values[0], values[1], ["Chỉ tiêu", "Thực hiện"], ["Số thôn có nhà văn hóa", null], ["Số câu lạc bộ thể thao", 12], ["Số nhà văn hóa xã", 3]];
    const d = checkSheet({ name: "KQ", values: plain }, null, { asOf: "2031-12-31" });
    expect(d.ok && (d.layout.excludedRows ?? []).some((e) => e.row === 3)).toBe(false);
    const last = [...values, [null, "Số xã đạt chuẩn nông thôn mới", null, null]];
    const c = checkSheet({ name: "KQ", values: last }, null, { asOf: "2031-12-31" });
    expect(c.ok && (c.layout.excludedRows ?? []).some((e) => e.row === 8)).toBe(false);
  });

  it("in a matrix of numbered units, a label with no number and no figures heads the units under it", () => {
    const m: CellValue[][] = [
      ["TỶ LỆ HUY ĐỘNG TRẺ RA LỚP NĂM HỌC 2031-2032"],
      [],
      ["STT", "Tên trường", "Trẻ 5 tuổi ra lớp (%)", "Trẻ 3-4 tuổi ra lớp (%)"],
      [null, "Chỉ tiêu", "Từ 99% trở lên", "Từ 90% trở lên"],
      [null, "Vùng thấp", null, null],
      [1, "MN Hoa Sen", 99.5, 92],
      [2, "MN Sao Mai", 100, 88],
      [null, "Vùng cao", null, null],
      [3, "MN Tuổi Thơ", 98, 91],
      [4, "MN Ban Mai", null, null],
    ];
    const r = checkSheet({ name: "MN", values: m }, null, { asOf: "2032-06-30" });
    if (!r.ok || r.layout.shape !== "matrix") throw new Error("no matrix");
    expect(r.layout.excludedRows?.filter((e) => e.kind === "section").map((e) => e.text)).toEqual(["Vùng thấp", "Vùng cao"]);
    // A numbered unit with no figures yet stays a unit (no data), never a heading.
    expect(r.items.filter((i) => i.row === 9).map((i) => i.status)).toEqual(["no_data", "no_data"]);
  });
});
