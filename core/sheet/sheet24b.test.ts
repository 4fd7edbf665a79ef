// Classes of table structure met in the headings corpus (test/headings, sheet24b), each on invented sheets: a run of
// period columns whose every earlier period is a baseline.
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
