// Tables keyed by school level ("Cấp học | …", round 45): a level per row is a unit of the table; a total row is a
// roll-up; a group of kinds repeated under a registration and a done heading sets no plan; a share never judges a
// count. Every sheet is invented (core/sheet/levels45.fixtures.ts); each probe checks the verdict is a safe one.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { capsByLevel, levelsAsColumns, planByLevel, schoolAndLevel, sentenceAbove, sharedKinds, shareOverCount, threeKinds, twoYears } from "./levels45.fixtures";

type R = ReturnType<typeof checkSheet>;
const run = (s: SheetData, asOf: string): R => checkSheet(s, null, { asOf });
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status : undefined);
const PASS = ["met", "exceeded"];

describe("a plan and a result per level, a total row", () => {
  it("each level judged on its own plan; the total row on the total plan", () => {
    const r = run(planByLevel("Cấp học", "Tổng cộng", [["Mầm non", 500, 480], ["Tiểu học", 900, 900], ["Trung học cơ sở", 700, 710]]), "2038-06-20");
    expect(r.ok).toBe(true);
    expect(at(r, 3, 3)).toBe("not_met");
    expect(at(r, 4, 3)).toBe("met");
    expect(at(r, 5, 3)).toBe("exceeded");
    // 2.090 of 2.100: short, never a pass.
    expect(PASS).not.toContain(at(r, 6, 3));
  });
  it("a level with no figure is no data, never met nor short", () => {
    const r = run(planByLevel("Bậc học", "Toàn huyện", [["Nhà trẻ", 120, 100], ["Mẫu giáo", 480, null], ["Tiểu học", 900, 905]]), "2038-06-20");
    expect(r.ok).toBe(true);
    expect(at(r, 3, 3)).toBe("not_met");
    expect(["no_data", undefined]).toContain(at(r, 4, 3));
    expect(PASS).toContain(at(r, 5, 3));
  });
  it("\"Cấp\" as the heading, a total row: nothing judged wrongly", () => {
    const r = run(planByLevel("Cấp", "Cộng", [["Nhà trẻ", 100, 90], ["Mẫu giáo", 300, 310]]), "2038-06-20");
    expect(r.ok).toBe(true);
    expect(at(r, 3, 3)).toBe("not_met");
    expect(PASS).toContain(at(r, 4, 3));
    expect(PASS).toContain(at(r, 5, 3));
  });
  it("a school's name beside its level: the name keys the rows", () => {
    const r = run(schoolAndLevel(), "2038-06-20");
    expect(r.ok).toBe(true);
    expect(at(r, 3, 4)).toBe("not_met");
    expect(at(r, 4, 4)).toBe("met");
    expect(at(r, 5, 4)).toBe("exceeded");
  });
});

describe("caps by level on a target row over count/rate pairs", () => {
  const r = run(capsByLevel("Dưới 6%", "Không quá 15%"), "2038-06-10");
  it("each level and the district judged on their shares, the counts never against the cap", () => {
    expect(r.ok).toBe(true);
    const got = (row: number, cols: number[]) => (r.ok ? r.items.find((i) => i.cell.row === row && cols.includes(i.cell.col))?.status : undefined);
    expect(got(5, [3, 4])).toBe("met");
    expect(got(6, [3, 4])).toBe("not_met");
    expect(got(7, [3, 4])).toBe("met");
    expect(got(5, [5, 6])).toBe("met");
    // 15% under "không quá 15%": inclusive.
    expect(got(6, [5, 6])).toBe("met");
    expect(got(7, [5, 6])).toBe("not_met");
    expect(PASS).toContain(got(8, [3, 4]));
  });
});

describe("pairings the reader must not guess", () => {
  it("two school years side by side: no year's plan judges the other year's result", () => {
    const r = run(twoYears(), "2038-06-20");
    if (!r.ok) return;
    // The later year, where judged, is judged on its own plan (540/500, 910/910, 720/760).
    const later = (row: number) => r.items.find((i) => i.cell.row === row && i.cell.col === 5)?.status;
    for (const [row, want] of [[4, "not_met"], [5, "met"], [6, "exceeded"]] as const) if (later(row) !== undefined) expect(PASS.includes(later(row)!)).toBe(PASS.includes(want));
    // No verdict pairs a 2037-2038 plan (column 4) with a 2036-2037 result (column 3), or the reverse.
    for (const i of r.items) {
      if (i.cell.col === 3) expect(["540", "910", "720"]).not.toContain(String(i.target ?? ""));
      if (i.cell.col === 5) expect(["500", "900", "700"]).not.toContain(String(i.target ?? ""));
    }
  });
  it("the same two kinds under a registration and a done group: nothing judged", () => {
    const r = run(sharedKinds(), "2038-01-15");
    expect(r.ok ? r.items.filter((i) => i.cell.col >= 3).length : 0).toBe(0);
  });
  it("three kinds under a registration and a done group (283's shape): no kind judged against another", () => {
    const r = run(threeKinds(), "2038-01-15");
    expect(r.ok ? r.items.filter((i) => PASS.includes(i.status) || i.status === "not_met").length : 0).toBe(0);
  });
  it("levels as columns: whatever is judged is right", () => {
    const r = run(levelsAsColumns(), "2038-06-20");
    expect(r.ok).toBe(true);
    const thcs = at(r, 3, 5);
    if (thcs !== undefined) expect(thcs).toBe("not_met");
    const all = at(r, 4, 5);
    if (all !== undefined) expect(all).toBe("met");
  });
});

describe("a share never judges a count", () => {
  it("a target sentence above a level table of counts judges no count", () => {
    const r = run(sentenceAbove(), "2038-06-20");
    expect(r.ok ? r.items.filter((i) => i.cell.col === 3 && i.status !== "review").length : 0).toBe(0);
  });
  it("a percent plan per level beside a count of pupils is asked, never passed", () => {
    const r = run(shareOverCount(), "2038-06-20");
    for (const row of [3, 4]) expect(PASS).not.toContain(at(r, row, 3));
  });
});
