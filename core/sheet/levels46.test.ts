// Round 46 (issue 11): a part of the period read alike on every route (partReading in judge.ts). A figure within a cap on
// what builds up until the period ends (drop-outs, accidents, violations, counts of events) is not yet due, never "Đạt",
// in a list, a matrix keyed by school or by level, a caps row or under a sentence; a year-end table is judged. And a
// plan column computed by formulas is read as it shows. Every sheet is invented; each probe checks a safe verdict.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type Row = SheetData["values"][number];
type R = ReturnType<typeof checkSheet>;
const run = (s: SheetData, asOf: string): R => checkSheet(s, null, { asOf });
const statusAt = (r: R, row: number) => (r.ok ? r.items.find((i) => i.cell.row === row)?.status : undefined);
const statuses = (r: R) => (r.ok ? r.items.map((i) => i.status) : []);
const PASS = ["met", "exceeded"];
const MID = "2038-01-20";
const END = "2038-06-20";
const sheet = (name: string, values: Row[], extra: Partial<SheetData> = {}): SheetData => ({ name, values, merges: [], ...extra });

/** TT | key | Kế hoạch giao | Thực hiện: drop-out rates by level (or by school), a "Cộng" row with its own cap. */
const dropouts = (title: string, heads = ["Kế hoạch giao", "Thực hiện"], key = "Cấp học", rows: Row[] = [["Tiểu học", "Dưới 0,05%", 0.02], ["THCS", "Không quá 0,3%", 0.375], ["THPT", "Không quá 1%", 0.4]]): SheetData =>
  sheet("Bo hoc", [[title], [], ["TT", key, ...heads], ...rows.map((r, i): Row => [i + 1, ...r]), [null, "Cộng", "Dưới 0,5%", 0.226]]);

describe("drop-outs by level for part of the school year, against the year's caps", () => {
  for (const [what, s] of [
    ["the term in the title", dropouts("TỶ LỆ HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038")],
    ["six months in the title", dropouts("TỶ LỆ HỌC SINH BỎ HỌC 6 THÁNG ĐẦU NĂM HỌC 2037-2038")],
    ["the term in the figure's heading", dropouts("TỶ LỆ HỌC SINH BỎ HỌC NĂM HỌC 2037-2038", ["Chỉ tiêu giao", "Thực hiện học kỳ I"])],
  ] as const) {
    it(`${what}: under the cap not yet due, over it never a pass, the total row too`, () => {
      const r = run(s, MID);
      expect(r.ok).toBe(true);
      expect(statusAt(r, 3)).toBe("pending");
      expect(PASS).not.toContain(statusAt(r, 4));
      expect(statusAt(r, 5)).toBe("pending");
      expect(statusAt(r, 6)).toBe("pending");
    });
  }
  it("by school, the term in the title: no school under its cap is 'Đạt' yet", () => {
    const r = run(dropouts("TỶ LỆ HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038", undefined, "Tên trường", [["Trường TH An Hòa", "Dưới 0,05%", 0], ["Trường THCS An Hòa", "Không quá 0,3%", 0.5], ["Trường THCS An Tân", "Không quá 0,3%", 0.25]]), MID);
    expect(statusAt(r, 3)).toBe("pending");
    expect(PASS).not.toContain(statusAt(r, 4));
    expect(statusAt(r, 5)).toBe("pending");
  });
  it("the year's table at the year's end is judged", () => {
    const r = run(dropouts("TỶ LỆ HỌC SINH BỎ HỌC NĂM HỌC 2037-2038"), END);
    expect(statusAt(r, 3)).toBe("met");
    expect(statusAt(r, 4)).toBe("not_met");
    expect(statusAt(r, 5)).toBe("met");
    expect(statusAt(r, 6)).toBe("met");
  });
  it("no part of the year named: judged as before, whatever the day", () => {
    const r = run(dropouts("TỶ LỆ HỌC SINH BỎ HỌC NĂM HỌC 2037-2038"), MID);
    expect(statusAt(r, 3)).toBe("met");
    expect(statusAt(r, 4)).toBe("not_met");
  });
  it("a caps row over count/rate pairs, term one: no level and not the district judged a pass", () => {
    const s = sheet("Bo hoc", [
      ["HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038"], [],
      ["TT", "Cấp học", "Tổng số HS", "Bỏ học", null],
      [null, null, null, "SL", "TL"],
      ["Chỉ tiêu năm học", null, null, "Dưới 0,3%", null],
      [1, "Tiểu học", 1000, 1, 0.001], [2, "THCS", 800, 4, 0.005], [3, "THPT", 500, 1, 0.002], [null, "Toàn huyện", 2300, 6, 0.0026],
    ], {
      merges: [{ top: 2, left: 3, bottom: 2, right: 4 }, { top: 4, left: 0, bottom: 4, right: 2 }, { top: 4, left: 3, bottom: 4, right: 4 }],
      formats: [[], [], [], [], [], ...Array(4).fill([null, null, null, null, "0.0%"])] as SheetData["formats"],
    });
    const r = run(s, MID);
    expect(statuses(r).length).toBeGreaterThan(0);
    for (const st of statuses(r)) expect(PASS).not.toContain(st);
    expect(statusAt(r, 5)).toBe("pending");
  });
  it("a sentence above a term's table: no level under it is 'Đạt' yet", () => {
    const s = sheet("Bo hoc", [["HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038"], ["Chỉ tiêu: tỷ lệ học sinh bỏ học của mỗi cấp học dưới 1%."], ["TT", "Cấp học", "Tổng số học sinh", "Số học sinh bỏ học", "Tỷ lệ bỏ học (%)"], [1, "Tiểu học", 10000, 2, 0.02], [2, "THCS", 8000, 30, 0.375], [3, "THPT", 5000, 60, 1.2]]);
    const r = run(s, MID);
    for (const st of statuses(r)) expect(PASS).not.toContain(st);
  });
  it("no drop-out at all against 'Không có học sinh bỏ học' after term one: not yet due", () => {
    const r = run(sheet("Bo hoc", [["HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038"], [], ["TT", "Cấp học", "Kế hoạch giao", "Thực hiện"], [1, "Tiểu học", "Không có học sinh bỏ học", 0], [2, "THCS", "Không quá 0,3%", 0.1]]), MID);
    for (const st of statuses(r)) expect(PASS).not.toContain(st);
  });
});

describe("the same reading in a list", () => {
  const s = sheet("Chi tieu", [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU HỌC KỲ I NĂM HỌC 2037-2038"], [],
    ["TT", "Chỉ tiêu", "Kế hoạch năm học", "Thực hiện HK I"],
    [1, "Tỷ lệ học sinh bỏ học cấp tiểu học", "Dưới 0,05%", "0,02%"],
    [2, "Tỷ lệ học sinh bỏ học cấp THCS", "Không quá 0,3%", "0,375%"],
    [3, "Tỷ lệ học sinh lên lớp", "Trên 95%", "96%"],
    [4, "Số vụ tai nạn thương tích", "Không quá 2", "1"],
    [5, "Số vụ tai nạn giao thông", "Không quá 2", "3"],
    [6, "Số vụ học sinh vi phạm luật giao thông", "Không quá 5", "2"],
    [7, "Tỷ lệ trẻ suy dinh dưỡng", "Dưới 5%", "4%"],
  ]);
  const r = run(s, MID);
  it("drop-outs under the cap not yet due; over it asked, never met", () => {
    expect(statusAt(r, 3)).toBe("pending");
    expect(statusAt(r, 4)).toBe("review");
  });
  it("accidents and violations under the cap not yet due; accidents past it missed for good", () => {
    expect(statusAt(r, 6)).toBe("pending");
    expect(statusAt(r, 7)).toBe("not_met");
    expect(statusAt(r, 8)).toBe("pending");
  });
  it("a floor already reached and a state under its cap stay judged", () => {
    expect(statusAt(r, 5)).toBe("met");
    expect(statusAt(r, 9)).toBe("met");
  });
});

describe("near misses on the matrix route, term one", () => {
  it("a floor ('Trên 95%') mid-year: reached is met, short is asked, never 'Chưa đạt'", () => {
    const r = run(sheet("Chuyen can", [["TỶ LỆ CHUYÊN CẦN HỌC KỲ I NĂM HỌC 2037-2038"], [], ["TT", "Cấp học", "Kế hoạch giao", "Thực hiện"], [1, "Mầm non", "Trên 95%", 96], [2, "Tiểu học", "Trên 95%", 94], [3, "THCS", "Trên 95%", 97.5]]), MID);
    expect(statusAt(r, 3)).toBe("met");
    expect(statusAt(r, 4)).toBe("review");
    expect(statusAt(r, 5)).toBe("met");
  });
  it("accidents by level: under the cap not yet due, over it never a pass", () => {
    const r = run(sheet("TNTT", [["SỐ VỤ TAI NẠN THƯƠNG TÍCH HỌC KỲ I NĂM HỌC 2037-2038"], [], ["TT", "Cấp học", "Kế hoạch giao", "Thực hiện"], [1, "Mầm non", "Không quá 2", 1], [2, "Tiểu học", "Không quá 2", 3]]), MID);
    if (statusAt(r, 3) !== undefined) expect(statusAt(r, 3)).toBe("pending");
    expect(PASS).not.toContain(statusAt(r, 4));
  });
  it("a growth rate for half the year: no verdict either way", () => {
    const r = run(sheet("Tang truong", [["TỐC ĐỘ TĂNG TRƯỞNG 6 THÁNG ĐẦU NĂM 2038"], [], ["TT", "Đơn vị", "Kế hoạch giao", "Tốc độ tăng trưởng (%)"], [1, "Xã An Hòa", "Trên 7%", 8.1], [2, "Xã An Tân", "Trên 7%", 6.2]]), "2038-07-10");
    for (const st of statuses(r)) expect(["pending", "review"]).toContain(st);
  });
});

describe("a plan column computed by formulas is read as it shows", () => {
  const district = (plan: Row[3][], formulas: (string | undefined)[], format?: string, heads = ["Kế hoạch giao", "Thực hiện"]): SheetData =>
    sheet("Tuyen sinh", [
      ["KẾT QUẢ TUYỂN SINH THEO HUYỆN NĂM HỌC 2037-2038"], [],
      ["TT", "Huyện", "Dân số độ tuổi", ...heads],
      [1, "Huyện A", 1453, plan[0], 230], [2, "Huyện B", 1000, plan[1], 140], [3, "Huyện C", 2000, plan[2], 300],
    ], {
      formulas: [[], [], [], [, , , formulas[0]], [, , , formulas[1]], [, , , formulas[2]]],
      ...(format ? { formats: [[], [], [], [, , , format], [, , , format], [, , , format]] } : {}),
    });
  const F = ["=ROUND(15%*C4;0)", "=ROUND(15%*C5;0)", "=ROUND(15%*C6;0)"];
  it("'=ROUND(15%*C4;0)' showing 218: a count plan, each district judged, none asked", () => {
    const r = run(district([218, 150, 300], F), END);
    expect(statusAt(r, 3)).toBe("exceeded");
    expect(statusAt(r, 4)).toBe("not_met");
    expect(statusAt(r, 5)).toBe("met");
  });
  it("the same with a whole-number format: the same verdicts", () => {
    const r = run(district([218, 150, 300], F, "#,##0"), END);
    expect(statuses(r)).toEqual(["exceeded", "not_met", "met"]);
  });
  it("a formula showing a share ('0%'): never judged as a count plan", () => {
    const r = run(district([0.15, 0.15, 0.15], ["=15%", "=15%", "=15%"], "0%"), END);
    for (const st of statuses(r)) expect(PASS).not.toContain(st);
  });
  it("a plan typed as the text '15%' beside counts: never judged as 230%", () => {
    const r = run(district(["15%", "15%", "15%"], [undefined, undefined, undefined]), END);
    for (const st of statuses(r)) expect(["review", undefined]).toContain(st);
  });
});

describe("a target naming the part itself", () => {
  it("'bỏ học trong học kỳ I … dưới 1%' over term one's table: its figures are final, judged both ways", () => {
    const s = sheet("Bo hoc", [["HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2037-2038"], ["Chỉ tiêu: tỷ lệ học sinh bỏ học trong học kỳ I của mỗi cấp học dưới 1%."], ["TT", "Cấp học", "Tổng số học sinh", "Số học sinh bỏ học", "Tỷ lệ bỏ học (%)"], [1, "Tiểu học", 10000, 20, 0.2], [2, "THCS", 8000, 30, 0.38], [3, "THPT", 5000, 60, 1.2]]);
    const r = run(s, MID);
    expect(statusAt(r, 3)).toBe("met");
    expect(statusAt(r, 4)).toBe("met");
    expect(statusAt(r, 5)).toBe("not_met");
  });
});
