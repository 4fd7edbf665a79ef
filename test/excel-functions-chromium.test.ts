// The built custom functions in headless Chromium on the built page, without the task pane's bundle: PLAN_TARGET fetches plans.json from the add-in's own folder under the page's CSP, once per runtime, and says so when it cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Page } from "playwright-core";
import { openPane, type PaneDriver } from "./helpers/pane";
import { buildExcel } from "../scripts/build.mjs";
import { OFFICE_JS_URL } from "../addin-excel/build/page";
import { getBundledPlan } from "../core/plan/bundled";

const BASE = "https://localhost:3000/";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

/** Just what functions.js needs of Office.js: CustomFunctions keeping each associated function where the test can call it. */
const FAKE_OFFICE = `
window.__fns = {};
window.CustomFunctions = {
  associate: function (id, fn) { window.__fns[id] = fn; },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
window.Office = { context: { displayLanguage: "vi-VN" }, onReady: function () { return Promise.resolve({}); } };
`;

let pane: PaneDriver;
let page: Page;
let dir = "";
/** Requests for plans.json the page made, and whether the server answers them. */
let plansRequests = 0;
let servePlans = true;
const violations: string[] = [];

/** PLAN_TARGET as Excel calls it (each argument a 1×1 matrix), awaited in the page; errors as { code, message }. */
async function planTarget(plan: string, indicator: string): Promise<unknown> {
  return page.evaluate(
    async ([p, i]) => {
      const r = await (window as unknown as { __fns: Record<string, (...a: unknown[]) => unknown> }).__fns.PLAN_TARGET([[p]], [[i]]);
      return JSON.parse(JSON.stringify(r));
    },
    [plan, indicator],
  );
}

beforeAll(async () => {
  pane = await openPane("excel-functions");
  dir = (await buildExcel({ outDir: join(pane.tmp, "excel"), genDir: join(pane.tmp, "gen") })).dir;
  page = pane.page;
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE });
    const path = url.startsWith(BASE) ? url.slice(BASE.length).split("?")[0] : "";
    // The task pane's bundle never arrives: the functions are on their own, as when Excel calculates first.
    if (path === "taskpane.js") return route.abort();
    if (path === "plans.json") {
      plansRequests++;
      if (!servePlans) return route.fulfill({ status: 404, body: "" });
    }
    const file = join(dir, path);
    if (path && existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
    return route.abort();
  });
  await page.goto(`${BASE}taskpane.html`);
  await page.waitForFunction(() => typeof (window as unknown as { __fns: Record<string, unknown> }).__fns?.PLAN_TARGET === "function");
});

afterAll(async () => {
  await pane?.browser.close();
});

describe("PLAN_TARGET before the task pane has loaded", () => {
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const ind = plan.indicators[0];

  it("says the plans could not be fetched (#N/A naming plans.json), not that the plan does not exist", async () => {
    servePlans = false;
    const got = (await planTarget(plan.id, ind.id)) as Array<Array<{ code: string; message: string }>>;
    expect(got[0][0].code).toBe("#N/A");
    expect(got[0][0].message).toContain("plans.json");
    expect(got[0][0].message).toContain("404");
    expect(plansRequests).toBe(1);
  });

  it("fetches plans.json from its own folder once the server has it, then answers from the page without asking again", async () => {
    servePlans = true;
    const before = plansRequests;
    expect(await planTarget(plan.id, ind.id)).toEqual([[ind.target]]);
    expect(await planTarget(plan.id, plan.indicators[1].id)).toEqual([[plan.indicators[1].target]]);
    expect(plansRequests - before).toBe(1);
    expect(await page.evaluate(() => typeof (window as unknown as { CHITIEU_PLANS?: unknown }).CHITIEU_PLANS)).toBe("object");
  });

  it("stays within the page's Content-Security-Policy (connect-src 'self')", () => {
    expect(violations).toEqual([]);
  });
});
