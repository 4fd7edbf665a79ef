// Where a section title's target stops (review39 items 3 and 4): it reaches only the unit rows with figures that follow
// it; any row of text with no figures ends it; a total takes it only when closing that section alone; a unit's name is
// never a title. Every sheet is invented, each case in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

/** A row: a title merged over the row from column A, a title or a bare label in the name column (TT optional), a
 * unit with its count and passed, or a total. */
type Row =
  | { merged: string }
  | { label: string; tt?: string | number }
  | { unit: string; n: number; k: number; tt?: string | number }
  | { total: string; n: number; k: number };

/** TT | Đơn vị | Số học sinh | Số đạt | Tỷ lệ tốt nghiệp (%) (=ROUND(D/C*100,2)) | Ghi chú. */
function sheetOf(rows: Row[]): SheetData {
  const values: SheetData["values"] = [["TỔNG HỢP KẾT QUẢ NĂM HỌC 2036-2037"], [], ["TT", "Đơn vị", "Số học sinh", "Số đạt", "Tỷ lệ tốt nghiệp (%)", "Ghi chú"]];
  const formulas: SheetData["formulas"] = [[], [], []];
  const merges: NonNullable<SheetData["merges"]> = [];
  let i = 0;
  for (const x of rows) {
    const r = values.length;
    formulas.push([]);
    if ("merged" in x) {
      values.push([x.merged, null, null, null, null, null]);
      merges.push({ top: r, left: 0, bottom: r, right: 5 });
    } else if ("label" in x) values.push([x.tt ?? null, x.label, null, null, null, null]);
    else {
      const name = "unit" in x ? x.unit : x.total;
      const tt = "unit" in x ? (x.tt ?? ++i) : null;
      values.push([tt, name, x.n, x.k, Math.round((x.k / x.n) * 10000) / 100, null]);
      formulas[r] = [undefined, undefined, undefined, undefined, `=ROUND(D${r + 1}/C${r + 1}*100,2)`];
    }
  }
  return { name: "Theo khoi", values, formulas, merges };
}

/** The share column's verdicts, by unit name, in row order. */
function judged(rows: Row[]): Array<[string, string]> {
  const r = checkSheet(sheetOf(rows), null, { asOf: "2037-08-01" });
  expect(r.ok).toBe(true);
  if (!r.ok) return [];
  return r.items
    .filter((i) => i.cell.col === 4 && ["met", "exceeded", "not_met"].includes(i.status))
    .sort((x, y) => x.cell.row - y.cell.row)
    .map((i) => [i.unitName ?? "", i.status]);
}

const A: Row[] = [{ unit: "Trường Một", n: 200, k: 196 }, { unit: "Trường Hai", n: 100, k: 94 }];
const B: Row[] = [{ unit: "Trung tâm Ba", n: 50, k: 41 }, { unit: "Trung tâm Bốn", n: 40, k: 30 }];
const titleA = "A. KHỐI PHỔ THÔNG (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)";
const aJudged: Array<[string, string]> = [["Trường Một", "exceeded"], ["Trường Hai", "not_met"]];

describe("a row of text with no figures ends the section before it", () => {
  // The review's repro: B's title merged from column A, listed as no section by the layout, no "Cộng" rows.
  for (const b of ["B. KHỐI TRUNG TÂM GDTX", "B. KHỐI TRUNG TÂM (13 trung tâm)", "II. Trung tâm GDTX", "Các trung tâm giáo dục thường xuyên"]) {
    it(`merged title "${b}" stating no target: its units are not judged against A's`, () => {
      expect(judged([{ merged: titleA }, ...A, { merged: b }, ...B])).toEqual(aJudged);
    });
  }
  it("the same with a grand total only: neither the centres nor the total of both sections take A's target", () => {
    expect(judged([{ merged: titleA }, ...A, { merged: "B. KHỐI TRUNG TÂM GDTX" }, ...B, { total: "Tổng cộng", n: 390, k: 361 }])).toEqual(aJudged);
  });
  it("a note merged over the row inside the section ends it", () => {
    expect(judged([{ merged: titleA }, ...A, { merged: "Ghi chú: các trung tâm báo cáo riêng" }, ...B])).toEqual(aJudged);
  });
  it("a unit not yet reported (no figures) ends it: the units after it are not judged", () => {
    expect(judged([{ merged: titleA }, ...A, { label: "Trường Chín", tt: 3 }, ...B])).toEqual(aJudged);
    expect(judged([{ merged: titleA }, ...A, { label: "Trường Chín (chưa báo cáo)" }, ...B])).toEqual(aJudged);
  });
});

describe("a total takes a section's target only when it closes that section alone", () => {
  const titleB = "B. KHỐI TRUNG TÂM (chỉ tiêu: tỷ lệ tốt nghiệp từ 80% trở lên)";
  it("a grand total over two titled sections with no subtotals takes neither target", () => {
    expect(judged([{ merged: titleA }, ...A, { merged: titleB }, ...B, { total: "Tổng cộng", n: 390, k: 361 }])).toEqual([
      ...aJudged,
      ["Trung tâm Ba", "exceeded"],
      ["Trung tâm Bốn", "not_met"],
    ]);
  });
  it("a total after units outside any title takes the title's target of none", () => {
    const before: Row[] = [{ unit: "Trường Năm", n: 80, k: 79 }];
    expect(judged([...before, { merged: titleA }, ...A, { total: "Toàn huyện", n: 380, k: 369 }])).toEqual(aJudged);
  });
  it("the total of the one section there is takes its target", () => {
    expect(judged([{ merged: titleA }, ...A, { total: "Tổng cộng", n: 300, k: 290 }])).toEqual([...aJudged, ["Tổng cộng", "exceeded"]]);
  });
});

describe("a unit's name is never a section title, even one holding a target", () => {
  // The review's repro: a unit with no figures yet whose name carries its target.
  for (const [name, tt] of [
    ["Trường Năm (chỉ tiêu: tỷ lệ tốt nghiệp 95%)", undefined],
    ["Trường Năm - mục tiêu: tỷ lệ tốt nghiệp đạt 95% trở lên", undefined],
    ["Trường Năm (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)", 3],
  ] as Array<[string, number | undefined]>) {
    it(`"${name}"${tt ? " numbered" : ""}: lends no target to the unit after it`, () => {
      const rows: Row[] = [...A, tt === undefined ? { label: name } : { label: name, tt }, { unit: "Trường Sáu", n: 40, k: 37 }];
      expect(judged(rows)).toEqual([]);
    });
  }
  it("a title in the name column marked as one ('Khối …', 'II.') still states its section's target", () => {
    for (const t of ["Khối trung học (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)", "II. Trường vùng khó khăn (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)"]) {
      expect(judged([{ label: t }, ...A])).toEqual(aJudged);
    }
  });
});
