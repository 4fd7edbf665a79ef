// The built sidebar in headless Chromium, with google.script.run forwarding to the built Code.js running in node:vm over the SpreadsheetApp fakes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { loadBundledPlans } from "../core/plan/bundled";
import { STATUS_HEADER } from "../core/sheet/edits";
import { STATUS } from "../core/rule/verdict";
import { createGasFakes, loadAppsScript, type GasFakes } from "./helpers/gas-fakes";

const XSS = "<img src=x onerror=alert(1)>";
const SHEET = "Tổng hợp";
const URL = "https://sidebar.test/Sidebar.html";
const SCREENSHOT = "/tmp/chitieu-sheets-sidebar.png";

let browser: Browser;
let page: Page;
let fakes: GasFakes;
let server: Record<string, any>;
const dialogs: string[] = [];
const calls: string[] = [];
const requests: string[] = [];

/** Replaces google.script.run: a Proxy whose every method forwards to the vm server through an exposed binding. */
const RUN_SHIM = `
(() => {
  const runner = (success, failure) =>
    new Proxy({}, {
      get(_, name) {
        if (name === "withSuccessHandler") return (f) => runner(f, failure);
        if (name === "withFailureHandler") return (f) => runner(success, f);
        return (...args) => {
          window.__gasCall(String(name), JSON.parse(JSON.stringify(args))).then(
            (v) => success && success(v),
            (e) => failure && failure(new Error(String(e && e.message ? e.message : e))),
          );
        };
      },
    });
  window.google = { script: { run: runner(null, null) } };
})();
`;

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-sheets-ui-"));
  const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
  const code = readFileSync(join(dir, "Code.js"), "utf8");
  const html = readFileSync(join(dir, "Sidebar.html"), "utf8");
  fakes = createGasFakes();
  fakes.addSheet(SHEET, [
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", 0.6, ""],
    [2, XSS, "trường", "28/28 trường", 26, ""],
    [3, "Số lớp tiểu học", "lớp", "không quá 45 lớp", 45, ""],
    [4, "Tỷ lệ học sinh hoàn thành chương trình", "%", "từ 98% trở lên", 0.991, ""],
  ]);
  server = loadAppsScript(code, fakes, { Sidebar: html });

  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction("__gasCall", (name: string, args: unknown[]) => {
    calls.push(name);
    const fn = server[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    const out = fn(...args);
    return out === undefined ? null : JSON.parse(JSON.stringify(out));
  });
  await page.addInitScript(RUN_SHIM);
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === URL) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    return route.abort();
  });
  await page.goto(URL);
  await page.locator("#app[aria-busy=false]").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

/** Clicks and waits until the sidebar is idle again. */
async function act(selector: string): Promise<void> {
  await page.click(selector);
  await page.locator("#app[aria-busy=false]").waitFor();
}

describe("the sidebar in Chromium over the vm server", () => {
  it("opens in Vietnamese with the remembered state from the server", async () => {
    expect(calls[0]).toBe("sidebarInit");
    await expect(page.locator("h1").textContent()).resolves.toBe("Chỉ tiêu");
    await expect(page.locator("#btn-check").textContent()).resolves.toBe("Kiểm tra");
    expect(await page.locator("#plan-source").inputValue()).toBe("none");
  });

  it("picks a bundled plan and stores it with the spreadsheet", async () => {
    const plan = loadBundledPlans()[1];
    await page.selectOption("#plan-source", "bundled");
    await page.locator("#app[aria-busy=false]").waitFor();
    expect(await page.locator("#bundled-plan option").count()).toBe(loadBundledPlans().length);
    await page.selectOption("#bundled-plan", plan.id);
    await page.locator("#app[aria-busy=false]").waitFor();
    await page.locator("#status.ok").waitFor();
    await expect(page.locator("#status").textContent()).resolves.toContain(plan.title);
    expect(JSON.parse(fakes.documentProperties.get("chitieu.state.0") ?? "{}").plan).toEqual({ kind: "bundled", id: plan.id });
  });

  it("checks with no plan: shows the mapping, then writes the status column on confirmation", async () => {
    await page.selectOption("#plan-source", "none");
    await page.locator("#app[aria-busy=false]").waitFor();
    await act("#btn-check");
    await page.locator("#mapping").waitFor();
    expect(await page.locator("#map-actual").inputValue()).toBe("4");
    await page.screenshot({ path: "/tmp/chitieu-sheets-mapping.png", fullPage: true });
    expect(fakes.snapshot(SHEET)[0]).toHaveLength(6);
    // A correction goes to the server, which re-checks with it and answers the new mapping.
    await page.selectOption("#map-unit", "");
    await page.locator("#app[aria-busy=false]").waitFor();
    expect(calls.at(-1)).toBe("sidebarRemap");
    expect(await page.locator("#map-unit").inputValue()).toBe("");
    await act("#btn-confirm");
    await page.locator("#shortfalls").waitFor();
    expect(fakes.snapshot(SHEET)[0][6]).toBe(STATUS_HEADER);
    expect(JSON.parse(fakes.documentProperties.get("chitieu.state.0") ?? "{}").mappings[SHEET]).toEqual({ columns: { unit: null } });
    await expect(page.locator("#summary").textContent()).resolves.toBe("4 chỉ tiêu: 2 đạt/vượt, 2 chưa đạt");
  });

  it("lists the shortfalls with workbook text shown as text, never as markup", async () => {
    const items = page.locator("#shortfalls li");
    expect(await items.count()).toBe(2);
    await expect(page.locator("#shortfalls").textContent()).resolves.toContain(XSS);
    expect(await page.locator("#shortfalls img").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("selects a shortfall's cell on the sheet when clicked", async () => {
    fakes.resetCalls();
    const first = page.locator("#shortfalls li button").first();
    const address = await first.getAttribute("data-address");
    expect(address).toMatch(/^E\d+$/);
    await first.click();
    await page.locator("#app[aria-busy=false]").waitFor();
    await expect(page.locator("#status").textContent()).resolves.toBe(address);
    expect(calls.at(-1)).toBe("sidebarSelectCell");
    expect(fakes.calls.byMethod.get("Range.activate")).toBe(1);
  });

  it("generates the report sheet", async () => {
    await act("#btn-report");
    await expect(page.locator("#status").textContent()).resolves.toBe('Đã tạo trang "Báo cáo".');
    expect(fakes.sheets.map((s) => s.name)).toContain("Báo cáo");
    expect(fakes.snapshot("Báo cáo").flat().join(" ")).toContain(XSS);
  });

  it("switches to English and back, and made no network request of its own", async () => {
    await act("#lang");
    await expect(page.locator("#btn-check").textContent()).resolves.toBe("Check");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator("#shortfalls .badge").first().textContent()).resolves.toBe(STATUS.not_met.en);
    await expect(page.locator("#shortfalls").textContent()).resolves.toContain(XSS);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await act("#lang");
    await expect(page.locator("#btn-check").textContent()).resolves.toBe("Kiểm tra");
    expect(requests).toEqual([URL]);
    expect(dialogs).toEqual([]);
  });

  it("takes a pasted plan JSON, stores it whole, and lints it", async () => {
    const plan = loadBundledPlans()[0];
    await page.selectOption("#plan-source", "paste");
    await page.fill("#plan-json", JSON.stringify(plan));
    await act("#use-json");
    await expect(page.locator("#status").textContent()).resolves.toContain(plan.title);
    expect(fakes.documentProperties.size).toBeGreaterThan(2);
    await act("#btn-lint");
    const lint = await page.locator("#results").textContent();
    expect(lint).toMatch(/Kết quả kiểm tra kế hoạch/);
  });

  it("takes a plan JSON file and inserts it as a self-checking sheet", async () => {
    const plan = loadBundledPlans()[2];
    await page.selectOption("#plan-source", "file");
    await page.setInputFiles("#plan-file", { name: "plan.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(plan)) });
    await page.locator("#status.ok").waitFor();
    await expect(page.locator("#status").textContent()).resolves.toContain(plan.title);
    await act("#btn-insert");
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Đã tạo trang "/);
    expect(fakes.sheets.length).toBe(3);
  });

  it("says what is wrong with a bad pasted plan and keeps the stored one", async () => {
    const before = [...fakes.documentProperties];
    await page.selectOption("#plan-source", "paste");
    await page.fill("#plan-json", '{"id": 1}');
    await act("#use-json");
    await page.locator("#status.error").waitFor();
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Kế hoạch không hợp lệ:/);
    expect([...fakes.documentProperties]).toEqual(before);
    await page.selectOption("#plan-source", "none");
    await page.locator("#app[aria-busy=false]").waitFor();
  });

  it("keeps a user's cell among its old columns and writes the results right of it", async () => {
    const s = fakes.sheets.find((x) => x.name === SHEET)!;
    s.values[0][7] = "";
    s.values[2][7] = "ghi chú riêng";
    server.SpreadsheetApp.getActiveSpreadsheet().setActiveSheet(server.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET));
    await act("#btn-check");
    await page.locator("#app[aria-busy=false]").waitFor();
    expect(fakes.snapshot(SHEET)[2][7]).toBe("ghi chú riêng");
    expect(fakes.snapshot(SHEET)[0].slice(8)).toContain("Đánh giá (Chỉ tiêu)");
  });
});
