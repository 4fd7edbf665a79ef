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

// mend46l (review46l's blocking findings): the issuer block is never the title; a roll-up of all levels takes no one
// level's sentence; "Cấp I/II/III" are levels; one scale per percent column; a cap's words read from the plan cells.
const named = (r: R, name: string) => (r.ok ? r.items.find((i) => (i.unitName ?? i.name) === name)?.status : undefined);
const list = (top: Row[], title: string): SheetData =>
  sheet("Bao cao", [...top, [], [title], [], ["TT", "Chỉ tiêu", "Kế hoạch năm học", "Thực hiện"], [1, "Số sáng kiến kinh nghiệm được công nhận", "Ít nhất 10", 4], [2, "Số trường đạt chuẩn quốc gia được công nhận mới", "Ít nhất 5", 2]]);
describe("mend46l: an issuer line 'SỞ …' is never the title", () => {
  for (const issuer of ["SỞ GD&ĐT HÀ TĨNH", "SỞ Y TẾ TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "Sở Tài chính", "SO GD&DT HA TINH"]) {
    it(`'${issuer}' above a term's title: the term is read, short counts not yet due`, () => {
      const r = run(list([["UBND TỈNH HÀ TĨNH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [issuer, null, "Độc lập - Tự do - Hạnh phúc"]], "KẾT QUẢ THỰC HIỆN CHỈ TIÊU HỌC KỲ I NĂM HỌC 2037-2038"), MID);
      expect(statuses(r)).toEqual(["pending", "pending"]);
    });
  }
  it("six months in the title under 'SỞ Y TẾ': not yet due", () => {
    const r = run(list([["UBND TỈNH HÀ TĨNH"], ["SỞ Y TẾ"]], "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2038"), "2038-07-10");
    for (const st of statuses(r)) expect(st).not.toBe("not_met");
  });
  it("a title 'SỐ VỤ TAI NẠN … HỌC KỲ I' is still the title: 2 accidents past 'Không quá 1 vụ' missed for good, 0 not yet due", () => {
    const r = run(sheet("Tai nan", [["SỐ VỤ TAI NẠN THƯƠNG TÍCH HỌC KỲ I NĂM HỌC 2037-2038"], [], ["TT", "Tên trường", "Kế hoạch giao", "Thực hiện"], [1, "Trường MN Hoa Sen", "Không quá 1 vụ", 0], [2, "Trường TH An Hòa", "Không quá 1 vụ", 2], [3, "Trường THCS An Hòa", "Không quá 2 vụ", 1]]), MID);
    expect(named(r, "Trường MN Hoa Sen")).toBe("pending");
    expect(named(r, "Trường TH An Hòa")).toBe("not_met");
    expect(named(r, "Trường THCS An Hòa")).toBe("pending");
  });
  it("a floor on events ('Ít nhất 3 lượt') short mid-year is not missed for good", () => {
    const r = run(sheet("Tham quan", [["SỐ LƯỢT THAM QUAN HỌC KỲ I NĂM HỌC 2037-2038"], [], ["TT", "Tên trường", "Kế hoạch giao", "Thực hiện"], [1, "Trường TH An Hòa", "Ít nhất 3 lượt", 1], [2, "Trường THCS An Hòa", "Ít nhất 4 lượt", 2]]), MID);
    for (const st of statuses(r)) expect(st).not.toBe("not_met");
  });
});

const levelTable = (sentence: string, rows: Row[], key = "Cấp học"): SheetData =>
  sheet("Cap hoc", [["TỶ LỆ HỌC SINH NĂM HỌC 2037-2038"], [`Chỉ tiêu: ${sentence}`], ["TT", key, "Tổng số học sinh", "Số học sinh", "Tỷ lệ (%)"], ...rows.map((r, i): Row => [i + 1, r[0], r[1], Math.round(((r[1] as number) * (r[2] as number)) / 100), r[2]])]);
describe("mend46l: a sentence on one level judges that level only", () => {
  it("'Toàn huyện' beside Tiểu học/THCS/THPT is not judged against THCS's cap", () => {
    const r = run(levelTable("tỷ lệ học sinh THCS bỏ học dưới 1%.", [["Tiểu học", 10000, 0.2], ["THCS", 8000, 0.5], ["THPT", 5000, 2.5], ["Toàn huyện", 23000, 1.15]]), END);
    expect(named(r, "THCS")).toBe("met");
    expect(named(r, "Toàn huyện")).toBeUndefined();
    expect(named(r, "THPT")).toBeUndefined();
  });
  it("'Cộng' under schools of the sentence's level only keeps the sentence", () => {
    const r = run(levelTable("tỷ lệ học sinh THCS bỏ học dưới 1%.", [["Trường THCS An Hòa", 800, 0.5], ["Trường THCS An Tân", 700, 1.2], ["Cộng", 1500, 0.83]], "Tên trường"), END);
    expect(named(r, "Cộng")).toBe("met");
    expect(named(r, "Trường THCS An Tân")).toBe("not_met");
  });
  it("'Cộng' under TH and THCS schools is no THCS figure", () => {
    const r = run(levelTable("tỷ lệ học sinh THCS bỏ học dưới 1%.", [["Trường TH An Hòa", 900, 1.5], ["Trường THCS An Hòa", 800, 0.5], ["Cộng", 1700, 1.03]], "Tên trường"), END);
    expect(named(r, "Cộng")).toBeUndefined();
    expect(named(r, "Trường TH An Hòa")).toBeUndefined();
  });
  for (const [i, ii, iii] of [["Cấp I", "Cấp II", "Cấp III"], ["Cấp 1", "Cấp 2", "Cấp 3"], ["cấp I", "cấp II", "cấp III"]]) {
    it(`'${i}/${ii}/${iii}' are tiểu học, THCS and THPT: only '${i}' takes the tiểu học sentence`, () => {
      const r = run(levelTable("tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học đạt 98% trở lên.", [[i, 10000, 99], [ii, 8000, 95], [iii, 5000, 94]]), END);
      expect(named(r, i)).toBe("exceeded");
      expect(named(r, ii)).toBeUndefined();
      expect(named(r, iii)).toBeUndefined();
    });
  }
  it("a THCS sentence over 'Cấp II' rows judges them", () => {
    const r = run(levelTable("tỷ lệ học sinh THCS lên lớp đạt 95% trở lên.", [["Cấp I", 10000, 99], ["Cấp II", 8000, 96]]), END);
    expect(named(r, "Cấp II")).toBe("exceeded");
    expect(named(r, "Cấp I")).toBeUndefined();
  });
});

describe("mend46l: one scale for a percent column", () => {
  const rates = (vals: number[]) => sheet("Bo hoc", [["TỶ LỆ HỌC SINH BỎ HỌC NĂM HỌC 2037-2038"], ["Chỉ tiêu: tỷ lệ học sinh bỏ học của mỗi cấp học dưới 1%."], ["TT", "Cấp học", "Tổng số HS", "Số HS bỏ học", "Tỷ lệ bỏ học (%)"], ...vals.map((v, i): Row => [i + 1, ["Tiểu học", "THCS", "THPT"][i], 10000, Math.round(v * 100), v])]);
  it("0,02 among 0,375 and 0,8 under 'dưới 1%' is never 'Chưa đạt: 2%'", () => {
    const r = run(rates([0.02, 0.375, 0.8]), END);
    expect(named(r, "Tiểu học")).not.toBe("not_met");
    for (const st of statuses(r)) expect(st).not.toBe("not_met");
  });
  it("0,3, 0,4 and 0,6 read alike: judged", () => {
    expect(statuses(run(rates([0.3, 0.4, 0.6]), END))).toEqual(["met", "met", "met"]);
  });
  it("a column with a figure above 1 is points: 1,2 is over 'dưới 1%'", () => {
    const r = run(rates([0.02, 0.375, 1.2]), END);
    expect(named(r, "Tiểu học")).not.toBe("not_met");
    expect(named(r, "THPT")).toBe("not_met");
  });
});

describe("mend46l: a cap's words in the plan cells, term one in the figure's heading", () => {
  const plan = (title: string, cells: [string, number][], head = "Thực hiện học kỳ I") =>
    sheet("Duy tri", [[title], [], ["TT", "Cấp học", "Chỉ tiêu năm học", head], ...cells.map(([t, v], i): Row => [i + 1, ["Tiểu học", "THCS", "THPT"][i], t, v])]);
  it("'Không có học sinh bỏ học' and 'Không quá 0,3%' under 'DUY TRÌ SĨ SỐ': none 'Đạt' after term one", () => {
    const r = run(plan("KẾT QUẢ THỰC HIỆN CHỈ TIÊU DUY TRÌ SĨ SỐ NĂM HỌC 2037-2038", [["Không có học sinh bỏ học", 0], ["Không quá 0,3%", 0.1], ["Không quá 1%", 0.5]]), MID);
    expect(statuses(r).length).toBeGreaterThan(0);
    for (const st of statuses(r)) expect(PASS).not.toContain(st);
  });
  it("'Tỷ lệ bỏ học không quá 0,3%' in each cell: not yet due", () => {
    const r = run(plan("KẾT QUẢ THỰC HIỆN CHỈ TIÊU DUY TRÌ SĨ SỐ NĂM HỌC 2037-2038", [["Tỷ lệ bỏ học không quá 0,2%", 0.1], ["Tỷ lệ bỏ học không quá 0,3%", 0.1]]), MID);
    expect(statuses(r)).toEqual(["pending", "pending"]);
  });
  it("repeaters ('lưu ban', decided at the year's end) under their cap stay judged", () => {
    const r = run(plan("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2037-2038", [["Tỷ lệ lưu ban không quá 0,5%", 0.2], ["Tỷ lệ lưu ban không quá 1%", 0.4]]), MID);
    for (const st of statuses(r)) expect(st).not.toBe("pending");
  });
  it("the same drop-out caps under the year's figures at the year's end are judged", () => {
    const r = run(plan("KẾT QUẢ THỰC HIỆN CHỈ TIÊU DUY TRÌ SĨ SỐ NĂM HỌC 2037-2038", [["Không có học sinh bỏ học", 0], ["Không quá 0,3%", 0.5]], "Thực hiện cả năm"), END);
    expect(statuses(r)).toEqual(["met", "not_met"]);
  });
});
