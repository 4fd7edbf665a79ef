// The adapter from a check to what the panes list: judged rows with cells, rows not judged and why (from the reader's coverage), rows judged off-plan.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import type { CheckedSheet } from "../sheet/types";
import type { SheetData } from "../sheet/model";
import { samplePlan } from "../sheet/fixtures";
import { resultsView } from "./results";

const sheet: SheetData = {
  name: "S",
  values: [
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", null, "63,2%"],
    [2, "Số trường mầm non", "trường", null, 22],
    [3, "Số phòng học", "phòng", null, 40],
    [4, "Số bếp ăn", "bếp", "ít nhất 10 bếp", 12],
  ] as CellValue[][],
  origin: { row: 2, col: 1 },
};

function checked(): CheckedSheet {
  const r = checkSheet(sheet, samplePlan(), { asOf: "2025-05-31" });
  if (!r.ok) throw new Error("check failed");
  return r;
}

describe("resultsView", () => {
  it("lists shortfalls first, every figure with its absolute cell", () => {
    const v = resultsView(sheet, checked());
    expect(v.rows[0]).toMatchObject({ status: "not_met", address: "F4" });
    expect(v.rows.map((r) => r.address).sort()).toEqual(["F4", "F5", "F7"]);
  });

  it("lists the reader's rows not judged at their figure's cell, the rows judged off-plan at their name, and that the check is incomplete", () => {
    const v = resultsView(sheet, checked());
    expect(v.notJudged.map((n) => [n.address, n.reason, n.judged])).toEqual([
      ["F6", "no_match", false],
      ["C7", "no_plan_match", true],
    ]);
    expect(v.notJudged.map((n) => n.text.vi)).toEqual([
      "«Số phòng học»: có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch.",
      "«Số bếp ăn»: không khớp chỉ tiêu nào của kế hoạch; đã đánh giá theo chỉ tiêu ghi trên trang.",
    ]);
    expect([v.complete, v.notJudgedTotal]).toEqual([false, 1]);
  });

  it("takes the reader's rows and reasons as given, offers an uncertain match, and keeps the rows judged off-plan", () => {
    const c = checked();
    c.coverage = {
      judged: 2,
      noData: 0,
      columns: [],
      notJudged: [{ row: 3, cell: { row: 3, col: 4 }, name: "Số phòng học", reason: "uncertain_match", candidate: { id: "mn.truong", name: "Số trường mầm non", score: 0.55 }, why: { vi: "x", en: "x" }, message: { vi: "x", en: "x" } }],
      notJudgedTotal: 1,
      complete: false,
      choice: { vi: "Trang có 2 bảng; dùng bảng ở dòng 3.", en: "Two tables; the one at row 3 is used." },
    };
    const v = resultsView(sheet, c);
    expect(v.notJudged.map((n) => [n.address, n.reason, n.candidate?.id])).toEqual([
      ["F6", "uncertain_match", "mn.truong"],
      ["C7", "no_plan_match", undefined],
    ]);
    expect(v.decisions[0].vi).toBe("Trang có 2 bảng; dùng bảng ở dòng 3.");
    expect(v.complete).toBe(false);
  });
});

describe("resultsView over a unit matrix", () => {
  it("says how many cells a column not judged holds, so the list adds up to the count the pane's line gives", () => {
    const m: SheetData = {
      name: "Theo xã",
      values: [
        ["TT", "Xã", "Tỷ lệ tiêm chủng", "Số tủ sách"],
        ["", "Chỉ tiêu", "ít nhất 95%", null],
        [1, "Xã Hòa Bình", 0.97, 12],
        [2, "Xã Hòa Lạc", 0.96, 9],
      ] as CellValue[][],
    };
    const r = checkSheet(m, null, { asOf: "2025-05-31" });
    if (!r.ok) throw new Error("check failed");
    const v = resultsView(m, r);
    expect(v.notJudged.map((n) => n.text.vi)).toEqual([expect.stringMatching(/^«Số tủ sách» \(2 ô\): /)]);
    expect(v.notJudged[0].text.en).toMatch(/^“Số tủ sách” \(2 cells\): /);
  });
});
