// The built Apps Script project in node:vm over in-memory SpreadsheetApp fakes: globals, custom functions, menu, check, storage and service-call counts.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { FUNCTIONS, callFunction, isFunctionError, type FunctionArg } from "../core/functions/registry";
import { loadBundledPlans } from "../core/plan/bundled";
import { STATUS_HEADER } from "../core/sheet/edits";
import { createGasFakes, loadAppsScript, PROPERTY_VALUE_LIMIT, type Cell, type GasFakes } from "./helpers/gas-fakes";

let code = "";
let sidebar = "";

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-sheets-"));
  const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
  code = readFileSync(join(dir, "Code.js"), "utf8");
  sidebar = readFileSync(join(dir, "Sidebar.html"), "utf8");
});

const HEADER: Cell[] = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"];
const ROWS: Cell[][] = [
  [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", 0.6, ""],
  [2, "Số trường đạt chuẩn quốc gia", "trường", "28/28 trường", 28, ""],
  [3, "Số lớp tiểu học", "lớp", "không quá 45 lớp", 46, ""],
  [4, "Tỷ lệ học sinh hoàn thành chương trình", "%", "từ 98% trở lên", 0.991, ""],
];

/**
 * An indicator list of at least `cells` cells: the four rows above repeated with distinct names, and `extra`
 * columns of evidence text the check reads but does not judge (so a large sheet stays quick for the core).
 */
function listSheet(cells: number, extra = 0): Cell[][] {
  const width = HEADER.length + extra;
  const rows = Math.max(ROWS.length, Math.ceil(cells / width) - 1);
  const out: Cell[][] = [[...HEADER, ...Array.from({ length: extra }, (_, j) => `Minh chứng ${j + 1}`)]];
  for (let i = 0; i < rows; i++) {
    const base = ROWS[i % ROWS.length];
    const evidence = Array.from({ length: extra }, (_, j) => `Văn bản ${i + 1}.${j + 1}`);
    out.push([i + 1, `${base[1]} (đơn vị ${Math.floor(i / ROWS.length) + 1})`, base[2], base[3], base[4], "", ...evidence]);
  }
  return out;
}

function env(values: Cell[][], name = "Tổng hợp"): { fakes: GasFakes; ctx: Record<string, any> } {
  const fakes = createGasFakes();
  fakes.addSheet(name, values);
  const ctx = loadAppsScript(code, fakes, { Sidebar: sidebar });
  return { fakes, ctx };
}

/** Crosses the vm boundary as plain data (arrays made in the context are not this realm's arrays). */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** What the Sheets wrapper should give for these arguments: the registry's result with error cells as text. */
function expected(id: string, args: FunctionArg[]): { value?: unknown; thrown?: string } {
  const r = callFunction(id, args);
  if (Array.isArray(r)) return { value: r.map((row) => row.map((v) => (isFunctionError(v) ? `${v.error} ${v.message.vi}` : v))) };
  if (isFunctionError(r)) return { thrown: `${r.error} ${r.message.vi}` };
  return { value: r };
}

describe("the built Code.js", () => {
  it("declares every registry function at top level with @customfunction JSDoc right before it", () => {
    for (const f of FUNCTIONS) {
      for (const name of new Set([f.id, f.name.vi])) {
        const jsdoc = new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\nfunction ${name}\\(`);
        expect(code, name).toMatch(jsdoc);
        expect(code, name).toMatch(new RegExp(`^function ${name}\\(`, "m"));
      }
    }
  });

  it("makes every registry function and every entry point a callable global", () => {
    const { ctx } = env([["x"]]);
    for (const f of FUNCTIONS) {
      expect(typeof ctx[f.id], f.id).toBe("function");
      expect(typeof ctx[f.name.vi], f.name.vi).toBe("function");
    }
    for (const n of ["onOpen", "onInstall", "showSidebar", "menuCheck", "menuReport", "menuInsertPlan", "menuLintPlan", "sidebarInit", "sidebarCheck", "sidebarWrite", "sidebarSelectCell", "sidebarReport"]) {
      expect(typeof ctx[n], n).toBe("function");
      expect(code).toMatch(new RegExp(`^function ${n}\\(`, "m"));
    }
  });

  it("carries @OnlyCurrentDoc so Apps Script limits it to the bound spreadsheet", () => {
    expect(code.startsWith("/** @OnlyCurrentDoc */")).toBe(true);
  });

  it("calls no service while loading (Apps Script evaluates the file before every call)", () => {
    const fakes = createGasFakes();
    loadAppsScript(code, fakes);
    expect(fakes.calls.total).toBe(0);
  });
});

const plan = loadBundledPlans()[0];
const CASES: Array<{ name: string; id: string; args: FunctionArg[] }> = [
  { name: "a status for one cell", id: "TARGET_STATUS", args: [0.632, "ít nhất 65%"] },
  { name: "a status column for a range (one call)", id: "TARGET_STATUS", args: [[[0.7], [0.5], [""], ["abc"]], "ít nhất 65%"] },
  { name: "statuses for a range of targets too", id: "TARGET_STATUS", args: [[[28], [20]], [["28/28 trường"], ["ít nhất 25 trường"]]] },
  { name: "met or not as booleans", id: "TARGET_MET", args: [[[0.7], [0.5]], "ít nhất 65%"] },
  { name: "a signed gap", id: "TARGET_GAP", args: [0.632, "ít nhất 65%"] },
  { name: "progress for a count", id: "TARGET_PROGRESS", args: [21, "28/28 trường"] },
  { name: "an English explanation", id: "TARGET_EXPLAIN", args: [0.632, "ít nhất 65%", "", "", "en"] },
  { name: "a change against a baseline", id: "TARGET_STATUS", args: [120, "tăng ít nhất 10% so với năm trước", 100] },
  { name: "the canonical form of a target", id: "TARGET_RULE", args: ["từ 95% trở lên"] },
  { name: "Vietnamese numbers in a column", id: "VN_NUMBER", args: [[["7.910"], ["85,7%"], ["1.234,5"]]] },
  { name: "an error cell inside a spilled column as text", id: "VN_NUMBER", args: [[["7.910"], ["không phải số"]]] },
  { name: "a bundled plan's target", id: "PLAN_TARGET", args: [plan.id, plan.indicators[0].id] },
];

describe("custom functions through the bundle", () => {
  it.each(CASES)("give the registry's result for $name", ({ id, args }) => {
    const { ctx } = env([["x"]]);
    const want = expected(id, args);
    expect(want.thrown).toBeUndefined();
    expect(plain(ctx[id](...args))).toEqual(plain(want.value));
  });

  it("throw the registry's message for an error in a single cell, so the cell shows #ERROR! with it", () => {
    const { ctx } = env([["x"]]);
    const want = expected("VN_NUMBER", ["không phải số"]);
    expect(want.thrown).toMatch(/^#VALUE! /);
    expect(() => ctx.VN_NUMBER("không phải số")).toThrow(want.thrown);
    expect(() => ctx.TARGET_STATUS(0.5, "")).toThrow(expected("TARGET_STATUS", [0.5, ""]).thrown);
  });

  it("read dates handed over from another realm the way Apps Script hands them (local calendar day)", () => {
    const { ctx } = env([["x"]]);
    const asOf = new Date(2025, 0, 15);
    const inside = vm.runInContext("new Date(2025, 0, 15)", ctx as vm.Context);
    const args: FunctionArg[] = [null, "chậm nhất 30/6/2025", null, asOf];
    const want = expected("TARGET_STATUS", args).value;
    expect(ctx.TARGET_STATUS(null, "chậm nhất 30/6/2025", null, asOf)).toBe(want);
    expect(ctx.TARGET_STATUS(null, "chậm nhất 30/6/2025", null, inside)).toBe(want);
  });

  it("answer to their Vietnamese names with the same results", () => {
    const { ctx } = env([["x"]]);
    expect(plain(ctx.TRANG_THAI([[0.7], [0.5]], "ít nhất 65%"))).toEqual(plain(ctx.TARGET_STATUS([[0.7], [0.5]], "ít nhất 65%")));
  });
});

describe("the menu", () => {
  it("onOpen builds the Chỉ tiêu menu whose items call global functions", () => {
    const { fakes, ctx } = env([["x"]]);
    ctx.onOpen({});
    expect(fakes.ui.menus).toHaveLength(1);
    const menu = fakes.ui.menus[0];
    expect(menu.name).toBe("Chỉ tiêu");
    const items = menu.items.filter((i): i is { label: string; fn: string } => i !== "separator");
    expect(items.map((i) => i.label)).toEqual(["Kiểm tra", "Báo cáo", "Chèn kế hoạch", "Kiểm tra kế hoạch", "Mở bảng điều khiển"]);
    for (const i of items) expect(typeof ctx[i.fn], i.fn).toBe("function");
  });

  it("Mở bảng điều khiển shows the built sidebar", () => {
    const { fakes, ctx } = env([["x"]]);
    ctx.showSidebar();
    expect(fakes.ui.sidebars).toHaveLength(1);
    expect(fakes.ui.sidebars[0].title).toBe("Chỉ tiêu");
    expect(fakes.ui.sidebars[0].html).toBe(sidebar);
  });

  it("Kiểm tra writes the status column in one click and says what fell short", () => {
    const { fakes, ctx } = env(listSheet(0));
    ctx.menuCheck();
    expect(fakes.snapshot("Tổng hợp")[0][6]).toBe(STATUS_HEADER);
    expect(fakes.ui.alerts[0]).toContain("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp");
  });
});

/** Counts the service calls of `fn`. */
function counted(fakes: GasFakes, fn: () => unknown): { calls: number; byMethod: Record<string, number>; result: any } {
  fakes.resetCalls();
  const result = fn();
  return { calls: fakes.calls.total, byMethod: Object.fromEntries(fakes.calls.byMethod), result: plain(result) };
}

describe("checking a sheet", () => {
  it("makes the same number of service calls on a small and on a 100,000-cell sheet", () => {
    const small = env(listSheet(0));
    const big = env(listSheet(100_000, 44));
    const cells = big.fakes.sheets[0].values.length * big.fakes.sheets[0].values[0].length;
    expect(cells).toBeGreaterThanOrEqual(100_000);
    const figures: Record<string, { small: number; big: number }> = {};
    for (const [step, run] of [
      ["preview", (c: Record<string, any>) => c.sidebarCheck("vi", false)],
      ["write", (c: Record<string, any>) => c.sidebarWrite("vi", {})],
      ["re-check", (c: Record<string, any>) => c.sidebarCheck("vi", false)],
      ["report", (c: Record<string, any>) => c.sidebarReport("vi", null)],
    ] as const) {
      const s = counted(small.fakes, () => run(small.ctx));
      const t0 = Date.now();
      const b = counted(big.fakes, () => run(big.ctx));
      const ms = Date.now() - t0;
      console.log(`sheets ${step}: ${s.calls} calls on ${small.fakes.sheets[0].values.length * HEADER.length} cells, ${b.calls} calls on ${cells} cells (${ms} ms in the fakes)`);
      expect(b.result.kind ?? (b.result.ok ? "ok" : "not ok"), step).toBe(step === "preview" ? "mapping" : step === "report" ? "ok" : "result");
      expect(b.byMethod, step).toEqual(s.byMethod);
      expect(b.calls, step).toBe(s.calls);
      figures[step] = { small: s.calls, big: b.calls };
    }
    expect(figures.write.small).toBeLessThan(120);
  });

  it("writes live formulas, one exact-text colour rule per verdict and symbol + word explanations", () => {
    const { fakes, ctx } = env(listSheet(0));
    const r = plain(ctx.sidebarWrite("vi", {})) as any;
    expect(r.kind).toBe("result");
    const s = fakes.sheets[0];
    expect(s.formulas[1][6]).toMatch(/^=IF\(/);
    expect(s.values[1][7]).toMatch(/^✗ Chưa đạt/);
    expect(s.values[2][7]).toMatch(/^✓ Đạt/);
    expect(s.rules.map((x) => x.condition.kind)).toEqual(s.rules.map(() => "textEqualTo"));
    expect(s.rules.map((x) => x.condition.value)).toContain("Chưa đạt");
    expect(new Set(s.rules.flatMap((x) => x.ranges))).toEqual(new Set(["G2:G5"]));
    expect(r.view.shortfalls.map((x: any) => x.address)).toEqual(["E2", "E4"]);
  });

  it("keeps a numerator/denominator pair live with the add-on's own TARGET_STATUS, agreeing with the check", () => {
    const { fakes, ctx } = env([
      ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Tử số", "Mẫu số"],
      [1, "Tỷ lệ trường đạt chuẩn", "%", "ít nhất 80%", 21, 28],
      [2, "Tỷ lệ lớp học 2 buổi/ngày", "%", "100%", 30, 30],
    ]);
    const r = plain(ctx.sidebarWrite("vi", {})) as any;
    const s = fakes.sheets[0];
    expect(s.formulas[1][6]).toBe('=TARGET_STATUS(E2&"/"&F2,"ít nhất 80%")');
    expect(s.formulas[2][6]).toBe('=TARGET_STATUS(E3&"/"&F3,"100%")');
    expect(r.view.fallbacks).toBe(0);
    expect(ctx.TARGET_STATUS("21/28", "ít nhất 80%")).toBe("Chưa đạt");
    expect(ctx.TARGET_STATUS("30/30", "100%")).toBe("Đạt");
    expect(r.view.summary).toEqual({ total: 2, achieved: 1, short: 1 });
  });

  it("does not duplicate the status column or its colour rules on a re-check", () => {
    const { fakes, ctx } = env(listSheet(0));
    ctx.sidebarWrite("vi", {});
    const first = plain(fakes.snapshot("Tổng hợp"));
    const rules = fakes.sheets[0].rules.length;
    const again = plain(ctx.sidebarCheck("vi", false)) as any;
    expect(again.kind).toBe("result");
    expect(again.remembered).toBe(true);
    expect(plain(fakes.snapshot("Tổng hợp"))).toEqual(first);
    expect(fakes.snapshot("Tổng hợp")[0].filter((v) => v === STATUS_HEADER)).toHaveLength(1);
    expect(fakes.sheets[0].rules.length).toBe(rules);
  });

  it("keeps a user's own colour rule elsewhere on the sheet", () => {
    const { fakes, ctx } = env(listSheet(0));
    const userRule = ctx.SpreadsheetApp.newConditionalFormatRule().whenTextContains("x").setBackground("#000000").setRanges([ctx.SpreadsheetApp.getActiveSheet().getRange("B2:B5")]).build();
    ctx.SpreadsheetApp.getActiveSheet().setConditionalFormatRules([userRule]);
    ctx.sidebarWrite("vi", {});
    ctx.sidebarWrite("vi", {});
    expect(fakes.sheets[0].rules.filter((r) => r.ranges.includes("B2:B5"))).toHaveLength(1);
  });

  it("keeps a user's cell among its old columns: new columns go right of it, every user cell stays as it was", () => {
    const values = listSheet(0);
    // The tool's status column is there from an earlier check, but its explanation header was deleted and the
    // user typed a note where explanations go.
    values[0][6] = STATUS_HEADER;
    values[2][7] = "ghi chú riêng";
    const { fakes, ctx } = env(values);
    const r = plain(ctx.sidebarWrite("vi", {})) as any;
    expect(r.kind).toBe("result");
    const after = fakes.snapshot("Tổng hợp");
    expect(after[2][7]).toBe("ghi chú riêng");
    expect(after[0][6]).toBe(STATUS_HEADER);
    expect(after[0][8]).toBe(STATUS_HEADER);
    expect(fakes.lock.held).toBe(false);
  });

  it("keeps the user's cell when Kiểm tra comes from the menu too", () => {
    const values = listSheet(0);
    values[0][6] = STATUS_HEADER;
    values[2][7] = "ghi chú riêng";
    const { fakes, ctx } = env(values);
    ctx.menuCheck();
    expect(fakes.snapshot("Tổng hợp")[2][7]).toBe("ghi chú riêng");
  });

  it("holds the document lock while writing and gives a message when another write holds it", () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.lock.held = true;
    const r = plain(ctx.sidebarWrite("vi", {})) as any;
    expect(r.kind).toBe("error");
    expect(r.message).toMatch(/người khác/);
    expect(fakes.snapshot("Tổng hợp")[0]).toHaveLength(HEADER.length);
    fakes.lock.held = false;
    ctx.sidebarWrite("vi", {});
    expect(fakes.lock.acquisitions).toBe(1);
    expect(fakes.lock.held).toBe(false);
  });

  it("notes a data finding on its own status cell of that row naming the cell, keeps the user's own notes and clears its stale ones", () => {
    const values = listSheet(0);
    values[3][1] = values[2][1];
    const { fakes, ctx } = env(values);
    fakes.sheets[0].notes[1][1] = "ghi chú của người dùng";
    const r = plain(ctx.sidebarWrite("vi", {})) as any;
    expect(r.view.findings[0].address).toBe("B3");
    const status = HEADER.length;
    expect(fakes.sheets[0].notes[2][status]).toMatch(/^Chỉ tiêu: B3: .*hai lần/);
    expect(fakes.sheets[0].notes[2][1]).toBe("");
    expect(fakes.sheets[0].notes[1][1]).toBe("ghi chú của người dùng");
    fakes.sheets[0].values[3][1] = "Số lớp tiểu học khác";
    ctx.sidebarWrite("vi", {});
    expect(fakes.sheets[0].notes[2][status]).toBe("");
    expect(fakes.sheets[0].notes[1][1]).toBe("ghi chú của người dùng");
  });

  it("selects a shortfall's cell on request", () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.resetCalls();
    expect(ctx.sidebarSelectCell("Tổng hợp", "E4")).toBe(true);
    expect(fakes.calls.byMethod.get("Range.activate")).toBe(1);
    expect(ctx.sidebarSelectCell("Tổng hợp", "not an address")).toBe(false);
  });
});

describe("plans and reports", () => {
  it("stores a pasted plan beyond 9 KB in chunks under the limit and reads it back whole", () => {
    const { fakes, ctx } = env(listSheet(0));
    const big = loadBundledPlans().reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    const text = JSON.stringify(big);
    expect(Buffer.byteLength(text)).toBeGreaterThan(PROPERTY_VALUE_LIMIT);
    const r = plain(ctx.sidebarChoosePlan({ kind: "json", text }, "vi")) as any;
    expect(r).toEqual({ ok: true, title: big.title, size: big.indicators.length });
    const values = [...fakes.documentProperties.values()];
    expect(fakes.documentProperties.size).toBeGreaterThan(2);
    for (const v of values) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const fresh = loadAppsScript(code, fakes, { Sidebar: sidebar });
    const init = plain(fresh.sidebarInit()) as any;
    expect(init.planKind).toBe("file");
    expect(init.planTitle).toBe(big.title);
    const n = Number(fakes.documentProperties.get("chitieu.state.n"));
    const joined = Array.from({ length: n }, (_, i) => fakes.documentProperties.get(`chitieu.state.${i}`)).join("");
    expect(JSON.parse(joined).plan.plan).toEqual(plain(big));
  });

  it("replaces every old chunk when a smaller plan is chosen", () => {
    const { fakes, ctx } = env(listSheet(0));
    const big = loadBundledPlans()[0];
    ctx.sidebarChoosePlan({ kind: "json", text: JSON.stringify(big) }, "vi");
    ctx.sidebarChoosePlan({ kind: "none" }, "vi");
    expect([...fakes.documentProperties.keys()].sort()).toEqual(["chitieu.state.0", "chitieu.state.n"]);
  });

  it("reports bad plan JSON instead of storing it", () => {
    const { fakes, ctx } = env(listSheet(0));
    const r = plain(ctx.sidebarChoosePlan({ kind: "json", text: "{ not json" }, "en")) as any;
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/Cannot read the JSON file/);
    expect(fakes.documentProperties.size).toBe(0);
  });

  it("adds the report sheet for the last checked sheet", () => {
    const { fakes, ctx } = env(listSheet(0));
    expect((plain(ctx.sidebarReport("vi", null)) as any).ok).toBe(false);
    ctx.sidebarWrite("vi", {});
    const r = plain(ctx.sidebarReport("vi", null)) as any;
    expect(r).toMatchObject({ ok: true, name: "Báo cáo" });
    const text = fakes.snapshot("Báo cáo").flat().join(" ");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp");
    expect((plain(ctx.sidebarReport("vi", null)) as any).name).toBe("Báo cáo (2)");
  });

  it("inserts the chosen bundled plan as a self-checking sheet and lints it", () => {
    const { fakes, ctx } = env(listSheet(0));
    expect((plain(ctx.sidebarChoosePlan({ kind: "bundled", id: plan.id }, "vi")) as any).ok).toBe(true);
    const r = plain(ctx.sidebarInsertPlan("vi")) as any;
    expect(r.ok).toBe(true);
    const s = fakes.sheets.find((x) => x.name === r.name)!;
    expect(s.formulas.flat().filter((f) => f.startsWith("=")).length).toBeGreaterThan(0);
    const lint = plain(ctx.sidebarLintPlan("vi")) as any;
    expect(lint.title).toBe(plan.title);
    expect(Array.isArray(lint.items)).toBe(true);
  });

  it("reads a plan from a plan sheet of the spreadsheet", () => {
    const { fakes, ctx } = env(listSheet(0));
    ctx.sidebarChoosePlan({ kind: "bundled", id: plan.id }, "vi");
    const inserted = (plain(ctx.sidebarInsertPlan("vi")) as any).name;
    const r = plain(ctx.sidebarChoosePlan({ kind: "sheet", name: inserted }, "vi")) as any;
    expect(r.ok).toBe(true);
    expect(r.size).toBe(plan.indicators.length);
    expect(fakes.documentProperties.size).toBe(2);
  });
});
