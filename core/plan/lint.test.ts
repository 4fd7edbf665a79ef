// lintPlan: finds a plan's own inconsistencies (the seeds' real ones) and nothing in a clean plan.
import { describe, expect, it } from "vitest";
import { getBundledPlan } from "./bundled";
import { fractionPercentPairs, lintPlan } from "./lint";
import { Plan, type Indicator } from "./schema";

const ind = (id: string, target: string, extra: Partial<Indicator> = {}) => ({ id, name: `Chỉ tiêu ${id}`, target, ...extra });

/** A hand-made plan that uses every shape the linter looks at, all consistent. */
const CLEAN = {
  id: "kh-sach",
  title: "Kế hoạch sạch",
  issuer: "ỦY BAN NHÂN DÂN QUẬN MẪU",
  date: "2024-09-15",
  period: "2024-2025",
  indicators: [
    ind("mn.huy-dong", "ít nhất 65%"),
    ind("th.cqg", "28/28 trường (100%)", { level: "TH" }),
    ind("th.cqg-md2", "7/28 trường (25%)", { level: "TH" }),
    ind("mn.tre", "7.910 trẻ/9.232 (85,7%)", { level: "MN" }),
    ind("chung.xmc", "14/14 phường"),
    ind("chung.pc-th", "14/14 phường", { level: "TH" }),
    ind("thcs.cqg", "22/22 trường", { level: "THCS" }),
    ind("th.xl.xs", "55-60%", { distribution: "th.xl", level: "TH" }),
    ind("th.xl.tot", "15-17%", { distribution: "th.xl", level: "TH" }),
    ind("th.xl.ht", "20-23%", { distribution: "th.xl", level: "TH" }),
    ind("th.xl.cht", "0,1-0,2%", { distribution: "th.xl", level: "TH", direction: "down" }),
    ind("thcs.xl.tot", "37,5%", { distribution: "thcs.xl", level: "THCS" }),
    ind("thcs.xl.kha", "62,4%", { distribution: "thcs.xl", level: "THCS" }),
    ind("thcs.xl.cd", "0,1%", { distribution: "thcs.xl", level: "THCS", direction: "down" }),
    ind("mn.si-so", "30 - 35 trẻ/nhóm lớp", { direction: "band" }),
    ind("thcs.clc.han", "chậm nhất tháng 6/2025"),
  ],
  tasks: [{ no: "1", content: "Tổng kết năm học", start: "2025-05-01", end: "2025-05-31", timing: "Tháng 5/2025" }],
};

function plan(patch: (p: any) => void = () => {}) {
  const p = structuredClone(CLEAN);
  patch(p);
  return Plan.parse(p);
}

/** [what is wrong, patch, expected code, expected path, words in the Vietnamese message]. */
const BROKEN: Array<[string, (p: any) => void, string, string, string]> = [
  ["a fraction disagreeing with its percent", (p) => (p.indicators[2].target = "8/28 trường (25%)"), "fraction-percent", "indicators[2].target", "28,6%"],
  ["a fraction disagreeing with the percent in its quote", (p) => (p.indicators.push({ ...ind("x", "100%"), quote: "đạt 6/22 trường – đạt tỷ lệ 25%" })), "fraction-percent", "indicators[16].quote", "27,3%"],
  ["a distribution whose minimums exceed 100%", (p) => (p.indicators[7].target = "65-70%"), "distribution-sum", "indicators[7].distribution", "> 100%"],
  ["a distribution whose maximums stay below 100%", (p) => (p.indicators[7].target = "45-50%"), "distribution-sum", "indicators[7].distribution", "< 100%"],
  ["point shares that do not add up to 100%", (p) => (p.indicators[12].target = "60%"), "distribution-points", "indicators[11].distribution", "97,6%"],
  ["13 wards in one place and 14 in another", (p) => (p.indicators[5].target = "13/13 phường"), "unit-count", "indicators[5].target", "13 phường"],
  ["a range written largest first", (p) => (p.indicators[14].target = "35 - 30 trẻ/nhóm lớp"), "range-swapped", "indicators[14].target", "đầu lớn trước"],
  ["a deadline before the plan's date", (p) => (p.indicators[15].target = "chậm nhất tháng 6/2024"), "deadline-before-plan", "indicators[15].target", "2024-06-30"],
  ["a task ending before the plan's date", (p) => Object.assign(p.tasks[0], { start: "2024-05-01", end: "2024-05-31" }), "deadline-before-plan", "tasks[0].end", "trước ngày ban hành"],
  ["a task ending before it starts", (p) => (p.tasks[0].start = "2025-06-01"), "task-dates", "tasks[0].end", "trước ngày bắt đầu"],
  ["a duplicate id", (p) => (p.indicators[1].id = "mn.huy-dong"), "duplicate-id", "indicators[1].id", "trùng"],
  ["a duplicate task number", (p) => p.tasks.push({ no: "1", content: "Việc khác" }), "duplicate-task-no", "tasks[1].no", "trùng"],
  ["a target with no threshold", (p) => (p.indicators[0].target = "phấn đấu"), "unreadable-target", "indicators[0].target", "phấn đấu"],
];

describe("lintPlan", () => {
  it("finds nothing in a clean hand-made plan", () => {
    expect(lintPlan(plan())).toEqual([]);
  });

  it.each(BROKEN)("reports %s", (_what, patch, code, path, words) => {
    const findings = lintPlan(plan(patch));
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0].location.path).toBe(path);
    expect(findings[0].message.vi).toContain(words);
    expect(findings[0].message.en.length).toBeGreaterThan(10);
  });

  it("skips the deadline check when the plan has no date", () => {
    expect(lintPlan(plan((p) => {
      delete p.date;
      p.tasks[0].end = "2020-01-31";
      p.tasks[0].start = "2020-01-01";
    }))).toEqual([]);
  });
});

describe("lintPlan on the seed plans", () => {
  it("reports seed 001's 8/28 and 6/22 schools stated as 25%, and its 2021 task dated before the plan (28/3/2022)", () => {
    const findings = lintPlan(getBundledPlan("long-bien-2021-2025-qd2559")!);
    expect(findings.map((f) => [f.code, f.location.indicator ?? f.location.task])).toEqual([
      ["fraction-percent", "th.cqg-md2"],
      ["fraction-percent", "thcs.cqg-md2"],
      ["deadline-before-plan", "10.2"],
    ]);
    expect(findings[0].message.vi).toBe('8/28 = 28,6%, nhưng văn bản ghi 25% ("8/28 trường (25%)")');
    expect(findings[1].message.en).toContain("6/22 is 27.3%");
  });

  it("reports seed 003's 13/13 wards against 14/14 elsewhere", () => {
    const findings = lintPlan(getBundledPlan("long-bien-2025-pho-cap")!).filter((f) => f.code === "unit-count");
    expect(findings).toHaveLength(1);
    expect(findings[0].message.vi).toMatch(/13 phường.*14 phường/);
  });

  it("finds nothing in seed 000 (it has no date, its fractions and distribution agree)", () => {
    expect(lintPlan(getBundledPlan("long-bien-2024-2025-nhiem-vu")!)).toEqual([]);
  });
});

describe("fractionPercentPairs", () => {
  it.each([
    ["28/28 trường – đạt 100%", [[28, 28, 1]]],
    ["7.910 trẻ/9.232 (85,7%)", [[7910, 9232, 0.857]]],
    ["thư viện theo Luật ngày 21/11/2019 đạt 100%", []],
    ["6/30 quận huyện", []],
    ["14/14 phường; 100% trường", []],
  ] as Array<[string, number[][]]>)("reads %j", (text, expected) => {
    expect(fractionPercentPairs(text).map((p) => [p.num, p.den, p.percent])).toEqual(expected);
  });
});
