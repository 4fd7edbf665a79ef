// Every bundled plan template: valid, faithful to its seed document, fully readable by the rule engine, with stable ids.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { bundledPlanProblems, getBundledPlan, loadBundledPlans } from "../core/plan/bundled";
import { validatePlan } from "../core/plan/validate";
import { parseTarget } from "../core/rule/parse";
import { listPlanFiles, renderIds, renderIndex, PLANS_DIR } from "../templates/plans/generate";
import { SEEDS_DIR, seedsSkipNote } from "./helpers/seeds";

if (!SEEDS_DIR) console.warn(seedsSkipNote("templates: the checks against each plan's source document"));
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

const files = listPlanFiles();
const raw = files.map((f) => ({ file: f, json: JSON.parse(readFileSync(path.join(PLANS_DIR, f), "utf8")) as unknown }));

describe("templates/plans", () => {
  it("holds the five seed plans", () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    const sources = raw.map((r) => (r.json as { source?: string }).source);
    for (const seed of ["000_", "001_"]) expect(sources.some((s) => s?.startsWith(seed))).toBe(true);
  });

  it("index.ts imports exactly the JSON files of the folder (run generate.ts --write after adding one)", () => {
    expect(readFileSync(path.join(PLANS_DIR, "index.ts"), "utf8")).toBe(renderIndex(files));
  });

  it("ids.txt lists the current ids (a rename shows up as a diff; run generate.ts --write)", () => {
    expect(readFileSync(path.join(PLANS_DIR, "ids.txt"), "utf8")).toBe(renderIds());
  });

  it("every bundled file validates, so the registry leaves none out", () => {
    expect(bundledPlanProblems()).toEqual([]);
    expect(loadBundledPlans().length).toBe(files.length);
  });

  it("plan ids are unique across files", () => {
    const ids = loadBundledPlans().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(raw)("$file", ({ file, json }) => {
  const r = validatePlan(json);

  it("validates against the plan schema", () => {
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
  if (!r.ok) return;
  const plan = r.plan;
  const seedPath = plan.source && SEEDS_DIR ? path.join(SEEDS_DIR, plan.source) : "";
  const seed = seedPath && existsSync(seedPath) ? collapse(readFileSync(seedPath, "utf8")) : "";

  it("is named after its id", () => {
    expect(file).toBe(`${plan.id}.json`);
  });

  it.skipIf(!SEEDS_DIR)("names an existing seed file", () => {
    expect(seed.length).toBeGreaterThan(1000);
  });

  it.skipIf(!SEEDS_DIR)("quotes its seed verbatim (whitespace collapsed)", () => {
    const missing = [
      ...plan.indicators.filter((i) => i.quote && !seed.includes(collapse(i.quote))).map((i) => `${i.id}: ${i.quote}`),
      ...plan.tasks.filter((t) => t.quote && !seed.includes(collapse(t.quote))).map((t) => `task ${t.no}: ${t.quote}`),
    ];
    expect(missing).toEqual([]);
  });

  it("gives every indicator a quote", () => {
    expect(plan.indicators.filter((i) => !i.quote).map((i) => i.id)).toEqual([]);
  });

  it("has unique indicator ids and task numbers", () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(plan.indicators.map((i) => i.id))).toEqual([]);
    expect(dup(plan.tasks.map((t) => t.no))).toEqual([]);
  });

  it("has targets the rule engine reads (none unreadable)", () => {
    const year = Number(plan.period.match(/\b(19|20)\d\d\b/g)?.pop());
    const bad = plan.indicators
      .map((i) => ({ i, res: parseTarget(i.target, { indicator: i.name, direction: i.direction, year }) }))
      .filter(({ res }) => !res.ok)
      .map(({ i }) => `${i.id}: "${i.target}"`);
    expect(bad).toEqual([]);
  });

  it("gives tasks start dates no later than their end dates", () => {
    expect(plan.tasks.filter((t) => t.start && t.end && t.start > t.end).map((t) => t.no)).toEqual([]);
  });
});

/** [plan id, indicator id, what the parsed rule must contain]: the quote's meaning, spot-checked. */
const SPOT_CHECKS: Array<[string, string, Record<string, unknown>]> = [
  ["long-bien-2024-2025-nhiem-vu", "mn.huy-dong.nha-tre", { kind: "compare", op: ">=", value: 0.65 }],
  ["long-bien-2024-2025-nhiem-vu", "mn.chuyen-can.5-tuoi", { kind: "compare", op: ">=", value: 0.95 }],
  ["long-bien-2024-2025-nhiem-vu", "mn.sdd.nhe-can", { kind: "compare", op: "<=", value: 0.012 }],
  ["long-bien-2024-2025-nhiem-vu", "mn.can-do.duoi-24-thang", { kind: "frequency", count: 1, period: "month" }],
  ["long-bien-2024-2025-nhiem-vu", "mn.bmi", { kind: "frequency", op: ">=", count: 2, period: "schoolYear" }],
  ["long-bien-2024-2025-nhiem-vu", "th.xep-loai.chua-hoan-thanh", { kind: "compare", op: "<=", value: 0.001 }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.vao-10.thu-hang", { kind: "rank", rank: 6, of: 30 }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.vao-10.ty-le-do", { kind: "reference", op: ">" }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.hsg-tp.giai-nhat", { kind: "change", direction: "increase", mode: "any" }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.cva.hsg-tp", { kind: "compare", op: ">=", value: 35 }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.cva.hsg-tp.giai-nhat", { kind: "compare", op: ">=", value: 2 }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.cva.vao-10.top", { kind: "rank", rank: 5, top: true }],
  ["long-bien-2024-2025-nhiem-vu", "thcs.ngt.clc.han", { kind: "deadline", due: "2025-06-30" }],
  ["long-bien-2024-2025-nhiem-vu", "chung.xmc.phuong", { kind: "fraction", numerator: 14, denominator: 14 }],
  ["long-bien-2024-2025-nhiem-vu", "chung.xmc.muc-do", { kind: "level", level: 2 }],
  ["long-bien-2024-2025-nhiem-vu", "chung.ngo-doc-thuc-pham", { kind: "zero" }],
  ["long-bien-2024-2025-nhiem-vu", "chung.y-te-hoc-duong", { kind: "compare", op: ">=", value: 1 }],
  ["long-bien-2024-2025-nhiem-vu", "chung.gv-tieng-anh.ielts-5-5.muc", { kind: "level", level: 5.5, scale: "IELTS" }],
  ["long-bien-2024-2025-nhiem-vu", "mn.pc.3-5-tuoi.han", { kind: "deadline", due: "2030-12-31" }],
  ["long-bien-2021-2025-qd2559", "mn.suy-dinh-duong", { kind: "compare", op: "<", value: 0.03 }],
  ["long-bien-2021-2025-qd2559", "mn.quy-mo", { kind: "compare", op: "<=", value: 20 }],
  ["long-bien-2021-2025-qd2559", "mn.si-so", { kind: "range", min: 30, max: 35 }],
  ["long-bien-2021-2025-qd2559", "mn.dien-tich", { kind: "compare", op: ">=", value: 10, unit: { kind: "measure", unit: "m2/trẻ" } }],
  // The indicator names the additions ("Số trường … tăng thêm mỗi năm"): its figure is the year's additions, at least 1.
  ["long-bien-2021-2025-qd2559", "mn.truong-hoc-dien-tu.moi-nam", { kind: "compare", op: ">=", value: 1 }],
  ["long-bien-2021-2025-qd2559", "th.cqg-md2", { kind: "fraction", numerator: 8, denominator: 28 }],
  ["long-bien-2021-2025-qd2559", "th.truong-hoc-an-toan", { kind: "compare", op: ">=", value: 1 }],
  ["long-bien-2021-2025-qd2559", "th.si-so", { kind: "compare", op: "<=", value: 35 }],
  ["long-bien-2021-2025-qd2559", "th.cbql.thac-si", { kind: "range", min: 0.5, max: 0.6, sense: "up" }],
  ["long-bien-2021-2025-qd2559", "thcs.hoc-2-buoi", { kind: "compare", op: ">", value: 0.75 }],
  ["long-bien-2021-2025-qd2559", "thcs.quy-mo", { kind: "compare", op: "<=", value: 45 }],
  ["long-bien-2021-2025-qd2559", "chung.thieu-giao-vien", { kind: "zero" }],
  ["long-bien-2024-2025-nhiem-vu", "mn.can-do.24-thang-6-tuoi", { kind: "frequency", count: 1, period: "quarter" }],
  ["hai-an-2024-2025", "mn.huy-dong.mau-giao", { kind: "fraction", numerator: 6270, denominator: 6334 }],
  ["hai-an-2024-2025", "thcs.hoc-tap.chua-dat", { kind: "range", min: 0.005, max: 0.01, sense: "down" }],
  ["hai-an-2024-2025", "chung.kiem-tra-dot-xuat", { kind: "frequency", op: ">=", count: 1, period: "month" }],
  ["long-bien-2025-pho-cap", "mn.pc.5-tuoi.phuong", { kind: "fraction", numerator: 13, denominator: 13 }],
  ["thanh-xuan-2024-bcd-doi-moi", "chung.thi-tuyen-vien-chuc.han", { kind: "deadline", due: "2024-12-31" }],
];

describe("parsed rules agree with the quotes' meaning", () => {
  it.each(SPOT_CHECKS)("%s › %s reads as %j", (planId, indicatorId, expected) => {
    const plan = getBundledPlan(planId);
    const ind = plan?.indicators.find((i) => i.id === indicatorId);
    expect(ind, `${planId} › ${indicatorId}`).toBeDefined();
    const year = Number(plan!.period.match(/\b(19|20)\d\d\b/g)?.pop());
    const r = parseTarget(ind!.target, { indicator: ind!.name, direction: ind!.direction, year });
    expect(r.ok && r.rule).toMatchObject(expected);
  });
});

describe("a bundled plan by id", () => {
  it("is the very plan the full list holds, validated once, whichever is asked first", async () => {
    const ids = loadBundledPlans().map((p) => p.id);
    expect(ids.length).toBeGreaterThan(1);
    // A fresh module: one plan asked for before the full list is made.
    vi.resetModules();
    const { getBundledPlan: get, loadBundledPlans: all } = await import("../core/plan/bundled");
    const first = get(ids[1]);
    expect(first?.id).toBe(ids[1]);
    expect(get("khong-co-ke-hoach-nay")).toBeUndefined();
    expect(all().find((p) => p.id === ids[1])).toBe(first);
    for (const id of ids) expect(get(id)).toBe(all().find((p) => p.id === id));
    expect(get(ids[0])).toEqual(getBundledPlan(ids[0]));
  });
});
