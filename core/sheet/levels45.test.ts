// Tables keyed by school level ("Cấp học | …", round 45): a level per row is a unit of the table; a total row is a
// roll-up; a group of kinds repeated under a registration and a done heading sets no plan; a share never judges a
// count. Every sheet is invented (core/sheet/levels45.fixtures.ts); each probe checks the verdict is a safe one.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
type Row = SheetData["values"][number];
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

// mend45l (after review45l): a share never judges whole-number counts with no share heading, even at or under 100;
// a sentence naming a school level judges only that level's rows of a level-keyed table. Invented sheets.
describe("mend45l: shares over small counts, a sentence naming one level", () => {
  const mk = (sentence: string | null, head: Row, rows: Row[]): SheetData => ({ name: "Probe", merges: [], values: [["BÁO CÁO NĂM HỌC 2037-2038"], ...(sentence ? [[sentence]] : [[]]), head, ...rows] });
  const CONFIDENT = ["met", "exceeded", "not_met"];
  const statuses = (r: R) => (r.ok ? r.items.map((i) => [cellText(r, i), i.status] as const) : []);
  const cellText = (r: R, i: { unitName?: string }) => i.unitName ?? "";
  const confidentOn = (r: R, unit: string) => statuses(r).filter(([u, s]) => u.includes(unit) && CONFIDENT.includes(s));
  it("a cap sentence over counts under 100 (3 of 40 is 7.5%, never 'Đạt 3%')", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 5%.", ["TT", "Cấp học", "Trẻ được khám", "Trẻ suy dinh dưỡng thể thấp còi"], [[1, "Nhà trẻ", 40, 3], [2, "Mẫu giáo", 50, 4]]), "2038-06-20");
    expect(statuses(r).filter(([, s]) => CONFIDENT.includes(s))).toEqual([]);
  });
  it("the same keyed by school: no confident verdict either", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 5%.", ["TT", "Tên trường", "Trẻ được khám", "Trẻ suy dinh dưỡng thể thấp còi"], [[1, "Trường MN Hoa Sen", 40, 3], [2, "Trường MN Sơn Ca", 50, 4]]), "2038-06-20");
    expect(statuses(r).filter(([, s]) => CONFIDENT.includes(s))).toEqual([]);
  });
  it("a mobilisation sentence over counts of children (62 of 62 is never 'thiếu 38 điểm %')", () => {
    const r = run(mk("Chỉ tiêu: huy động 100% trẻ 5 tuổi và học sinh trong độ tuổi ra lớp.", ["TT", "Cấp học", "Trẻ trong độ tuổi", "Trẻ ra lớp"], [[1, "Mẫu giáo 5 tuổi", 62, 62], [2, "Tiểu học", 98, 97], [3, "THCS", 85, 80]]), "2038-06-20");
    expect(statuses(r).filter(([, s]) => CONFIDENT.includes(s))).toEqual([]);
  });
  it("a level's own share plan beside a count of children under 100 is asked, never judged", () => {
    const r = run(mk(null, ["TT", "Cấp học", "Chỉ tiêu giao", "Số trẻ ra lớp"], [[1, "Nhà trẻ", "Từ 35% trở lên", 42], [2, "Mẫu giáo", "Từ 95% trở lên", 88], [3, "Tiểu học", "100%", 97]]), "2038-06-20");
    expect(statuses(r).filter(([, s]) => CONFIDENT.includes(s))).toEqual([]);
  });
  it("a sentence naming mẫu giáo judges only Mẫu giáo; Tiểu học is never 'Vượt' against it", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 95% trở lên.", ["TT", "Cấp học", "Kế hoạch giao", "Tỷ lệ huy động (%)"], [[1, "Nhà trẻ", "35%", 32], [2, "Mẫu giáo", "95%", 96], [3, "Tiểu học", "100%", 99.9]]), "2038-06-20");
    expect(confidentOn(r, "Nhà trẻ")).toEqual([]);
    expect(confidentOn(r, "Tiểu học")).toEqual([]);
    expect(confidentOn(r, "Mẫu giáo").every(([, s]) => s === "exceeded")).toBe(true);
  });
  it("a sentence naming THCS: Tiểu học, THPT and GDTX are not held to it", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ học sinh THCS bỏ học dưới 1%.", ["TT", "Cấp học", "Số học sinh", "Tỷ lệ bỏ học (%)"], [[1, "Tiểu học", 900, 0.2], [2, "THCS", 700, 0.9], [3, "THPT", 500, 1.5], [4, "GDTX", 100, 3]]), "2038-06-20");
    for (const u of ["Tiểu học", "THPT", "GDTX"]) expect(confidentOn(r, u)).toEqual([]);
    expect(PASS).toContain(confidentOn(r, "THCS")[0]?.[1]);
  });
  it("a sentence naming mầm non covers Nhà trẻ and Mẫu giáo, not Tiểu học", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ huy động trẻ mầm non ra lớp đạt 90% trở lên.", ["TT", "Cấp học", "Số trẻ", "Tỷ lệ huy động (%)"], [[1, "Nhà trẻ", 300, 85.5], [2, "Mẫu giáo", 900, 96.5], [3, "Tiểu học", 1200, 99.9]]), "2038-06-20");
    expect(confidentOn(r, "Tiểu học")).toEqual([]);
    expect(confidentOn(r, "Nhà trẻ")[0]?.[1]).toBe("not_met");
    expect(PASS).toContain(confidentOn(r, "Mẫu giáo")[0]?.[1]);
  });
  it("a sentence naming THPT reaches the row written in full ('Trung học phổ thông')", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ học sinh THPT bỏ học dưới 1,5%.", ["TT", "Cấp học", "Số học sinh", "Tỷ lệ bỏ học (%)"], [[1, "Trung học cơ sở", 700, 0.9], [2, "Trung học phổ thông", 500, 1.8]]), "2038-06-20");
    expect(confidentOn(r, "Trung học cơ sở")).toEqual([]);
    expect(confidentOn(r, "Trung học phổ thông")[0]?.[1]).toBe("not_met");
  });
  it("near miss: communes as rows, the mẫu giáo sentence is every commune's target", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 95% trở lên.", ["TT", "Xã", "Số trẻ", "Tỷ lệ huy động (%)"], [[1, "Xã An Hòa", 300, 92.5], [2, "Xã An Tân", 400, 96.5]]), "2038-06-20");
    expect(confidentOn(r, "An Hòa")[0]?.[1]).toBe("not_met");
    expect(PASS).toContain(confidentOn(r, "An Tân")[0]?.[1]);
  });
  it("near miss: a share heading with whole numbers is still judged against the sentence", () => {
    const r = run(mk("Chỉ tiêu: tỷ lệ huy động trẻ ra lớp đạt 95% trở lên.", ["TT", "Xã", "Số trẻ", "Tỷ lệ huy động (%)"], [[1, "Xã An Hòa", 300, 92], [2, "Xã An Tân", 400, 97]]), "2038-06-20");
    expect(confidentOn(r, "An Hòa")[0]?.[1]).toBe("not_met");
    expect(PASS).toContain(confidentOn(r, "An Tân")[0]?.[1]);
  });
  it("counts past 100 under a plain heading stay not compared with a share sentence", () => {
    const r = run(mk("Chỉ tiêu: huy động 100% trẻ ra lớp.", ["TT", "Xã", "Trẻ trong độ tuổi", "Trẻ ra lớp"], [[1, "Xã An Hòa", 460, 455], [2, "Xã An Tân", 960, 960]]), "2038-06-20");
    expect(statuses(r).filter(([, s]) => CONFIDENT.includes(s))).toEqual([]);
  });
  it("a level's own share plan over its rate column is still judged", () => {
    const r = run(mk(null, ["TT", "Cấp học", "Chỉ tiêu giao (%)", "Tỷ lệ huy động (%)"], [[1, "Nhà trẻ", 35, 32.5], [2, "Mẫu giáo", 95, 96.1]]), "2038-06-20");
    expect(r.ok).toBe(true);
    expect(statuses(r).some(([, s]) => s === "exceeded" || s === "met")).toBe(true);
  });
});
