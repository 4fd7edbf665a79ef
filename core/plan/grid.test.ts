// planFromGrid / planToGrid: a clerk's plan sheet becomes a plan and back, with errors that name cells.
import { describe, expect, it } from "vitest";
import { parseTarget } from "../rule/parse";
import type { CellValue } from "../types";
import { loadBundledPlans } from "./bundled";
import { cellAddress, headerKey, planFromGrid, planToGrid } from "./grid";

/** A plan sheet as a clerk types it: a title block, two blank rows, headers in their own words. */
const CLERK: CellValue[][] = [
  ["KẾ HOẠCH THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
  ["Cơ quan ban hành:", "ỦY BAN NHÂN DÂN QUẬN MẪU"],
  ["Năm học", "2024-2025"],
  ["Ngày ban hành", new Date(Date.UTC(2024, 8, 15))],
  [],
  ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu KH", "Cấp học", "Phạm vi", "Ghi chú"],
  ["1. Giáo dục mầm non", null, null, null, null, null, null],
  ["mn.nha-tre", "Tỷ lệ trẻ nhà trẻ ra lớp", "%", 65, "Mầm non", "", ""],
  ["mn.mau-giao", "Tỷ lệ trẻ mẫu giáo ra lớp", "%", 1, "MN", "Toàn quận", ""],
  ["th.cqg", "Số trường đạt chuẩn quốc gia", "trường", "28/28 trường", "Tiểu học", "Từng đơn vị", "Cả 28 trường"],
  ["thcs.lop", "Quy mô trường", "lớp", "không quá 45 lớp", "THCS", "từng trường", null],
];

describe("planFromGrid", () => {
  it("reads a clerk's sheet: title block, synonyms, numbers with their unit, headings as sections", () => {
    // "1. Giáo dục mầm non" was typed in the STT column: a row without a target is still a heading.
    const r = planFromGrid(CLERK, { id: "kh-mau" });
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
    if (!r.ok) return;
    expect(r.plan).toMatchObject({ id: "kh-mau", title: "KẾ HOẠCH THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025", issuer: "ỦY BAN NHÂN DÂN QUẬN MẪU", period: "2024-2025", date: "2024-09-15" });
    expect(r.plan.indicators.map((i) => [i.id, i.target, i.level, i.scope])).toEqual([
      ["mn.nha-tre", "65%", "MN", "district"],
      // One cell-to-target rule with sheet checks: 1 in a "%" column that writes 65 for 65% is 1%, not 100%.
      ["mn.mau-giao", "1%", "MN", "district"],
      ["th.cqg", "28/28 trường", "TH", "unit"],
      ["thcs.lop", "không quá 45 lớp", "THCS", "unit"],
    ]);
    expect(r.plan.indicators[2].notes).toBe("Cả 28 trường");
    expect(r.plan.indicators[0].section).toEqual(["1. Giáo dục mầm non"]);
  });

  it.each([
    { name: "a percent format says the cell holds a fraction", values: [0.95], formats: ["0%"], target: "95%" },
    { name: "a plain number above 1 under % is points", values: [95], formats: [undefined], target: "95%" },
    { name: "a plain share beside points in the same column is points", values: [95, 0.3], formats: [undefined, undefined], target: "0,3%" },
  ])("reads numeric targets with the one percent-scale rule: $name", ({ values, formats, target }) => {
    const rows: CellValue[][] = [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ...values.map((v, i) => [`a${i}`, `Tỷ lệ ${i}`, "%", v])];
    const r = planFromGrid(rows, { id: "x", formats: [[], ...formats.map((f) => [undefined, undefined, undefined, f])] });
    expect(r.ok && r.plan.indicators.at(-1)!.target).toBe(target);
  });

  it("refuses a plain share under % that nothing on the grid decides, naming both readings", () => {
    const r = planFromGrid([["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["a", "Tỷ lệ", "%", 0.95]], { id: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].cell).toBe("D2");
    expect(r.errors[0].message.vi).toContain("0,95% hay 95%");
  });

  it("matches headers without diacritics and in capitals", () => {
    const r = planFromGrid([["MA", "NOI DUNG", "DVT", "KE HOACH NAM HOC 2024-2025"], ["a1", "Tỷ lệ", "%", "ít nhất 95%"]], { id: "x" });
    expect(r.ok && r.plan.indicators[0]).toMatchObject({ id: "a1", unit: "%", target: "ít nhất 95%" });
  });

  it("turns a name-only row into the section of the rows below it", () => {
    const r = planFromGrid([["Chỉ tiêu", "Kế hoạch"], ["Giáo dục tiểu học", null], ["Tỷ lệ HS 2 buổi/ngày", "100%"]], { id: "x" });
    expect(r.ok && r.plan.indicators[0]).toMatchObject({ id: "dong-3", section: ["Giáo dục tiểu học"] });
  });

  it("says which columns it needs when the header is missing", () => {
    const r = planFromGrid([["STT", "Nội dung chỉ tiêu", "ĐVT", "Thực hiện"], ["1", "Tỷ lệ", "%", 0.9]]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message.vi).toContain('"Kế hoạch"');
    expect(r.errors[0].message.vi).toContain("Mã | Chỉ tiêu | ĐVT | Kế hoạch");
    expect(r.errors[0].message.en).toContain("target");
  });

  it.each([
    ["an unreadable target", ["x1", "Tỷ lệ", "%", "phấn đấu", "", ""], "D3", "phấn đấu"],
    ["an unknown school level", ["x1", "Tỷ lệ", "%", "95%", "Đại học", ""], "E3", "Đại học"],
    ["an unknown scope", ["x1", "Tỷ lệ", "%", "95%", "TH", "cả nước"], "F3", "cả nước"],
    ["an error value as target", ["x1", "Tỷ lệ", "%", { error: "#N/A" }, "TH", ""], "D3", "#N/A"],
  ] as Array<[string, CellValue[], string, string]>)("names the cell of %s", (_what, row, cell, words) => {
    const r = planFromGrid([["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Cấp học", "Phạm vi"], ["x0", "Tỷ lệ khác", "%", "90%", "", ""], row], { id: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].cell).toBe(cell);
    expect(r.errors[0].message.vi).toContain(words);
  });

  it("names real cells when the grid starts below and right of A1", () => {
    const r = planFromGrid([["Chỉ tiêu", "Kế hoạch"], ["Tỷ lệ", "???"]], { id: "x", firstRow: 5, firstColumn: 3 });
    expect(!r.ok && r.errors[0].cell).toBe("D6");
  });

  it("reports duplicate ids at their cell", () => {
    const r = planFromGrid([["Mã", "Chỉ tiêu", "Kế hoạch"], ["a", "X", "90%"], ["a", "Y", "95%"]], { id: "x" });
    expect(!r.ok && r.errors.map((e) => e.cell)).toEqual(["A3"]);
  });
});

describe("planToGrid ↔ planFromGrid", () => {
  // Plans with unreadable targets cannot come back from a sheet (planFromGrid refuses them);
  // test/templates.test.ts reports those targets.
  const readable = loadBundledPlans().filter((p) => p.indicators.every((i) => parseTarget(i.target, { indicator: i.name }).ok));

  it("round-trips at least the two seed-000/001 plans", () => {
    expect(readable.map((p) => p.id)).toEqual(expect.arrayContaining(["long-bien-2021-2025-qd2559", "long-bien-2024-2025-nhiem-vu"]));
  });

  it.each(readable.map((p) => [p.id, p] as const))("plan %s → sheet → plan gives the same plan", (_id, plan) => {
    const r = planFromGrid(planToGrid(plan));
    expect(r.ok && r.plan).toEqual(plan);
  });

  it("sheet → plan → sheet gives the same sheet", () => {
    const first = planFromGrid(CLERK, { id: "kh-mau" });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const grid = planToGrid(first.plan);
    const again = planFromGrid(grid);
    expect(again.ok && planToGrid(again.plan)).toEqual(grid);
  });

  it("writes the task table under a NHIỆM VỤ row", () => {
    const plan = loadBundledPlans().find((p) => p.tasks.length > 0)!;
    const grid = planToGrid(plan);
    const marker = grid.findIndex((row) => row[0] === "NHIỆM VỤ");
    expect(marker).toBeGreaterThan(0);
    expect(grid[marker + 1].slice(0, 3)).toEqual(["STT", "Nội dung", "Chủ trì"]);
    expect(grid.length - marker - 2).toBe(plan.tasks.length);
  });
});

describe("helpers", () => {
  it.each([
    [0, 0, "A1"],
    [6, 3, "D7"],
    [0, 26, "AA1"],
  ] as Array<[number, number, string]>)("cellAddress(%i, %i) is %s", (r, c, a) => expect(cellAddress(r, c)).toBe(a));

  it.each([
    ["Kế hoạch (%)", "ke hoach"],
    ["ĐVT", "dvt"],
    ["  Nội dung   chỉ tiêu: ", "noi dung chi tieu"],
  ])("headerKey(%j) is %j", (h, k) => expect(headerKey(h)).toBe(k));
});
