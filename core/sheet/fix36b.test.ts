// Round 36 (fix36b): defects review36 found in round 36's sheet-side rules.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import { isPending, cleanLine, cleanOf, leftOpen, paneLine, undecided } from "./coverage";
import { checkExit } from "../../cli/xlsx/check";
import { summaryLines } from "../../cli/xlsx/summary";

const H = ["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"];
const check = (rows: unknown[][]) => {
  const r = checkSheet({ name: "S", values: [H, ...rows] as never }, null, { asOf: "2026-06-01" });
  if (!r.ok) throw new Error("no table");
  return r;
};

describe("a figure over its cap and not yet due is no clean bill", () => {
  it("every row over its cap, not yet due: nothing concluded, never 'no shortfalls', on every surface", () => {
    const r = check([[1, "Tỷ lệ hộ nghèo", "Dưới 3%", "4,5%"], [2, "Tỷ lệ trẻ suy dinh dưỡng", "Dưới 10%", "12%"]]);
    expect(r.items.map((i) => i.status)).toEqual(["pending", "pending"]);
    const c = cleanOf(r);
    expect(c.kind).toBe("qualified");
    expect(c.pending).toBe(2);
    expect(undecided(c)).toBe(true);
    expect(leftOpen(c)).toBe(true);
    expect(checkExit(r, false).code).toBe(4);
    for (const s of ["cli", "report", "pane", "json"] as const) expect(cleanLine(c, s, "vi")).not.toMatch(/^Không có chỉ tiêu chưa đạt/);
    expect(paneLine(c, "vi")).toBe("Chưa kết luận được: cả 2 chỉ tiêu đã so với mức đều chưa đến hạn (lọc «Chưa đến hạn»).");
    expect(cleanLine(c, "cli", "vi")).toBe("Chưa kết luận được: cả 2 chỉ tiêu đã so với mức đều chưa đến hạn (xem trên).");
    expect(summaryLines(r, "vi")).toContain("Chưa đạt mức nhưng chưa đến hạn (2):");
  });
  it("one over its cap beside one met: no shortfall that is due, one not yet at its mark", () => {
    const r = check([[1, "Tỷ lệ hộ nghèo", "Dưới 3%", "4,5%"], [2, "Tỷ lệ trẻ đến trường", "Tối thiểu 95%", "96%"]]);
    const c = cleanOf(r);
    expect(c.kind).toBe("qualified");
    expect(c.pending).toBe(1);
    expect(cleanLine(c, "cli", "vi")).toBe("Không có chỉ tiêu chưa đạt đã đến hạn; 1 chỉ tiêu chưa đạt mức, chưa đến hạn (xem trên).");
    expect(cleanLine(c, "pane", "en")).toBe("No shortfalls that are due; 1 not yet at target, not yet due (filter “Not due”).");
    expect(checkExit(r, false).code).toBe(0);
  });
  it("a cap and a floor, both not yet at their mark, are counted alike", () => {
    const r = check([[1, "Tỷ lệ hộ nghèo", "Dưới 3%", "4,5%"], [2, "Số lớp", "16 lớp", 9]]);
    expect(r.items.filter(isPending)).toHaveLength(2);
    expect(cleanOf(r).pending).toBe(2);
  });
  it("a cap already kept is met, not pending, and the line stays clean", () => {
    const r = check([[1, "Tỷ lệ hộ nghèo", "Dưới 3%", "2,5%"], [2, "Tỷ lệ trẻ đến trường", "Tối thiểu 95%", "96%"]]);
    expect(r.items.some((i) => i.status === "pending")).toBe(false);
    expect(cleanOf(r).kind).toBe("clean");
  });
});

describe("a year group's plan falls due at its own year's end whichever side of the period that year lies", () => {
  const years = (h2: string, h4: string) => ({ name: "S", values: [
    ["TT", "Đơn vị", h2, null, h4, null],
    [null, null, "Kế hoạch", "Đã thu đến 31/8", "Kế hoạch", "Đã thu đến 31/8"],
    [1, "Xã A", 40, 31, 65, 6.1],
    [2, "Xã B", 20, 14, 20, 12.3],
  ] });
  const run = (h2: string, h4: string, period: string) => {
    const r = checkSheet(years(h2, h4) as never, null, { asOf: "2020-09-21", period });
    if (!r.ok) throw new Error("no table");
    return r.items.map((i) => `${i.cell.col}:${i.status}`);
  };
  it("an earlier year's plan is judged once that year is over, the period's own one waits for its end", () => {
    expect(run("Năm 2018", "Năm 2020", "2020")).toEqual(["3:not_met", "3:not_met", "5:pending", "5:pending"]);
    expect(run("Năm 2019", "Năm 2020", "2020")).toEqual(["3:not_met", "3:not_met", "5:pending", "5:pending"]);
  });
  it("a later year's plan still waits for that year's end (the direction that worked before)", () => {
    expect(run("Năm 2018", "Năm 2020", "2018")).toEqual(["3:not_met", "3:not_met", "5:pending", "5:pending"]);
    const r = checkSheet(years("Năm 2020", "Năm 2021") as never, null, { asOf: "2020-09-21", period: "2020" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.map((i) => i.status)).toEqual(["pending", "pending", "pending", "pending"]);
    expect(r.items[2].verdict.explanation).toContain("31/12/2021");
  });
});

describe("a month's plan is judged on the month's figure, not the figure to date beside it", () => {
  const sheet = (plan: string, p: number) => ({ name: "S", values: [
    ["TT", "Chỉ tiêu", "ĐVT", plan, "Thực hiện năm 2024", null],
    [null, null, null, null, "Tháng 8", "Lũy kế 8 tháng"],
    [1, "Số lượt khám bệnh", "lượt", p, 1100, 9000],
    [2, "Số trẻ được tiêm chủng", "trẻ", p / 4, 280, 2300],
    [3, "Số hộ được hỗ trợ", "hộ", p / 24, 45, 380],
  ] });
  const run = (plan: string, p: number) => {
    const r = checkSheet(sheet(plan, p) as never, null, { asOf: "2024-09-05", period: "2024" });
    if (!r.ok) throw new Error("no table");
    return r;
  };
  it("a plan naming the month takes the month column ('Kế hoạch tháng 8', 'KH tháng 8/2024')", () => {
    for (const plan of ["Kế hoạch tháng 8", "KH tháng 8/2024"]) {
      const r = run(plan, 1200);
      expect(r.items.map((i) => `${i.cell.col}:${i.status}`)).toEqual(["4:not_met", "4:not_met", "4:not_met"]);
      expect(r.layout.decisions?.map((d) => d.vi).join(" ")).toContain("số liệu của tháng, như kế hoạch tháng");
    }
  });
  it("a plan for the year or for the span to date still takes the figure to date", () => {
    expect(run("Kế hoạch năm 2024", 14000).items.map((i) => `${i.cell.col}:${i.status}`)).toEqual(["5:pending", "5:pending", "5:pending"]);
    expect(run("Kế hoạch 8 tháng", 9600).items.map((i) => `${i.cell.col}:${i.status}`)).toEqual(["5:not_met", "5:not_met", "5:not_met"]);
  });
});
