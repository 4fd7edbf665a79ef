// Round 44 (tables34): a requirement line merged across a unit table right under its header, one clause per column
// ("Yêu cầu: thu gom 01 lần/tuần …; mức thu bình quân …, không quá 30.000 đồng/hộ."). Invented sheets only.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

const at = (r: ReturnType<typeof checkSheet>, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Communes as rows under a header; `line` merged across row 3 (0-based) right under it, then a group's title row (row
 * 4: "I | Cụm phía Bắc", as the weekday clusters of a collection calendar), so the line is the whole table's, not a
 * section's. Units from row 5.
 */
function sheet(line: string | null, heads: string[], rows: Array<Array<string | number | null>>, extra: Array<string | null> | null = null): SheetData {
  const values: SheetData["values"] = [["BÁO CÁO KẾT QUẢ THÁNG 3 NĂM 2036"], [], ["TT", "Xã", ...heads, "Ghi chú"]];
  if (extra) values.push(extra);
  else values.push(line === null ? [] : [line]);
  values.push(["I", "Cụm phía Bắc"]);
  rows.forEach((r, i) => values.push([i + 1, ...r, null]));
  const merges = line !== null && !extra ? [{ top: 3, left: 0, bottom: 3, right: heads.length + 2 }] : [];
  return { name: "T3-2036", values, merges };
}
const communes = (figs: Array<Array<number | null>>) => figs.map((f, i) => [["Xã An Hòa", "Xã Bình Minh", "Xã Tân Phú", "Xã Đông Sơn"][i], ...f]);

describe("a requirement line under the header, one clause per column", () => {
  const heads = ["Số hộ", "Số lần thu gom trong tháng", "Mức thu bình quân (đồng/hộ/tháng)"];
  const line = "Yêu cầu: thu gom 01 lần/tuần vào ngày quy định; mức thu bình quân 6.000 đồng/khẩu/tháng, không quá 30.000 đồng/hộ (hộ không kinh doanh).";
  const figs = communes([[200, 4, 24000], [150, 5, 31000], [180, 3, 30000], [90, 4, 29000]]);
  const r = checkSheet(sheet(line, heads, figs), null, { asOf: "2036-04-05" });
  it("judges the column a clause names against that clause: a cap, equal within", () => {
    expect(at(r, 5, 4)?.status).toBe("met");
    expect(at(r, 6, 4)?.status).toBe("not_met");
    expect(at(r, 7, 4)?.status).toBe("met");
  });
  it("leaves a per-week frequency unmatched against a count for the month (never 4 > 1 exceeded)", () => {
    for (const row of [5, 6, 7, 8]) expect(at(r, row, 3)).toBeUndefined();
  });
  it("says where the target came from", () => {
    expect(r.ok && r.layout.decisions?.some((d) => d.vi.includes("không quá 30.000 đồng/hộ"))).toBe(true);
  });
});

describe("near misses: no requirement line, nothing read", () => {
  const heads = ["Số hộ", "Mức thu bình quân (đồng/hộ/tháng)"];
  const figs = communes([[200, 24000], [150, 31000], [180, 30000]]);
  const judged = (s: SheetData) => {
    const r = checkSheet(s, null, { asOf: "2036-04-05" });
    return [5, 6, 7].map((row) => at(r, row, 3)?.status);
  };
  it("a note line, not a requirement ('Ghi chú: …')", () => {
    expect(judged(sheet("Ghi chú: mức thu bình quân không quá 30.000 đồng/hộ", heads, figs))).toEqual([undefined, undefined, undefined]);
  });
  it("a label with no colon ('Yêu cầu mức thu bình quân …')", () => {
    expect(judged(sheet("Yêu cầu mức thu bình quân không quá 30.000 đồng/hộ", heads, figs))).toEqual([undefined, undefined, undefined]);
  });
  it("a row of two cells (a unit's own row, not one merged line)", () => {
    expect(judged(sheet(null, heads, figs, [null, "Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ", 5]))).toEqual([undefined, undefined, undefined]);
  });
  it("a clause that names another column ('mức thu tối thiểu …' for 'Mức thu bình quân')", () => {
    expect(judged(sheet("Yêu cầu: mức thu tối thiểu 6.000 đồng/khẩu", heads, figs))).toEqual([undefined, undefined, undefined]);
  });
});

describe("other labels, other units, other periods", () => {
  it("'Chỉ tiêu năm 2036:' with a share clause over a share column", () => {
    const s = sheet("Chỉ tiêu năm 2036: tỷ lệ học sinh ra lớp đạt từ 98% trở lên.", ["Số học sinh", "Tỷ lệ học sinh ra lớp (%)"], communes([[300, 99.1], [250, 96.4], [280, 98]]));
    const r = checkSheet(s, null, { asOf: "2037-01-10" });
    expect([5, 6, 7].map((row) => at(r, row, 3)?.status)).toEqual(["exceeded", "not_met", "met"]);
  });
  it("a share clause never judges a count column ('ít nhất 90% số xã đạt chuẩn' over 'Số xã đạt chuẩn')", () => {
    const s = sheet("Yêu cầu: huyện đạt chuẩn khi có ít nhất 90% số xã đạt chuẩn.", ["Số xã", "Số xã đạt chuẩn"], communes([[10, 9], [12, 12], [8, 5]]));
    const r = checkSheet(s, null, { asOf: "2036-12-31" });
    for (const row of [5, 6, 7]) expect(["met", "exceeded", "not_met"]).not.toContain(at(r, row, 3)?.status);
  });
  it("two clauses naming the same column: none chosen", () => {
    const s = sheet("Yêu cầu: mức thu bình quân không quá 30.000 đồng/hộ; mức thu bình quân không quá 25.000 đồng/hộ", ["Số hộ", "Mức thu bình quân"], communes([[200, 24000], [150, 27000]]));
    const r = checkSheet(s, null, { asOf: "2036-04-05" });
    expect([5, 6].map((row) => at(r, row, 3)?.status)).toEqual([undefined, undefined]);
  });
  it("a clause with a deadline not yet reached: a short figure is not judged short", () => {
    const s = sheet("Yêu cầu: số hộ đăng ký đạt ít nhất 100 hộ trước ngày 30/6/2036", ["Số hộ đăng ký"], communes([[120], [80]]));
    const r = checkSheet(s, null, { asOf: "2036-04-05" });
    expect(at(r, 6, 2)?.status).not.toBe("not_met");
  });
});
