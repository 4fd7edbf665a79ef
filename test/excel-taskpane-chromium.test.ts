// The built task pane in headless Chromium over a stub Office.js with an in-memory workbook: plan, check, shortfalls, selection, report, text safety.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildExcel } from "../scripts/build.mjs";
import { FUNCTIONS } from "../core/functions/registry";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";
const BASE = "https://localhost:3000/";
const XSS = "<img src=x onerror=alert(1)>";
const SCREENSHOT = "/tmp/chitieu-excel-taskpane.png";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

/** The data sheet the clerk has open: an indicator list for the Long Biên 2021-2025 plan, plus a hostile name. */
const SHEET = [
  ["BÁO CÁO SỐ LIỆU NĂM HỌC 2024-2025"],
  [],
  ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
  [1, "Tỷ lệ trẻ em độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", 0.632],
  [2, "Tỷ lệ trẻ em độ tuổi mẫu giáo ra lớp", "%", "100%", 1],
  [3, "Tỷ lệ trẻ suy dinh dưỡng", "%", "dưới 3%", 0.021],
  [4, "Tỷ lệ trẻ đạt chuẩn phát triển", "%", "ít nhất 95%", 0.9],
  [5, XSS, "%", "ít nhất 90%", 0.5],
];

let browser: Browser;
let page: Page;
let dir = "";
const dialogs: string[] = [];
const blocked: string[] = [];

async function workbook<T>(fn: string): Promise<T> {
  return page.evaluate(`(() => { const wb = window.__workbook; return ${fn}; })()`) as Promise<T>;
}

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-excel-chromium-"));
  dir = (await buildExcel({ outDir: join(tmp, "excel"), genDir: join(tmp, "gen") })).dir;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const fake = readFileSync(join(__dirname, "excel-fake-office.js"), "utf8");
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    if (url.startsWith(BASE)) {
      const file = join(dir, url.slice(BASE.length).split("?")[0]);
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
    }
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript((sheet) => {
    (window as unknown as { __workbook: unknown }).__workbook = { sheets: [{ name: "Số liệu", cells: sheet }], active: 0 };
  }, SHEET);
  await page.goto(`${BASE}taskpane.html`);
  await page.waitForSelector("#app[aria-busy=false] #btn-check");
});

afterAll(async () => {
  await browser?.close();
});

describe("the task pane in Chromium", () => {
  it("loads the functions bundle in the same page and associates every registry id", async () => {
    expect((await workbook<string[]>("wb.associated")).sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });

  it("opens in Vietnamese with the four actions as keyboard-focusable buttons", async () => {
    expect(await page.textContent("#btn-check")).toBe("Kiểm tra");
    expect(await page.textContent("#btn-report")).toBe("Báo cáo");
    expect(await page.textContent("#btn-insert")).toBe("Chèn kế hoạch");
    expect(await page.textContent("#btn-lint")).toBe("Kiểm tra kế hoạch");
    await page.focus("#btn-check");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("btn-report");
  });

  it("picks a bundled plan and remembers it in the workbook settings", async () => {
    await page.selectOption("#plan-source", "bundled");
    await page.selectOption("#bundled-plan", "long-bien-2021-2025-qd2559");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.includes("Long Biên") || document.querySelector("#status")?.textContent?.includes("kế hoạch"));
    const saved = await workbook<string>("JSON.stringify(wb.settings)");
    expect(saved).toContain("long-bien-2021-2025-qd2559");
  });

  it("checks the sheet: shows the mapping, then writes the status column in a fixed number of syncs", async () => {
    const before = await workbook<number>("wb.syncs");
    await page.click("#btn-check");
    await page.waitForSelector("#mapping #btn-confirm");
    expect(await page.inputValue("#map-actual")).toBe("4");
    expect(await page.inputValue("#map-target")).toBe("3");
    await page.click("#btn-confirm");
    await page.waitForSelector("#shortfalls li");
    const syncs = (await workbook<number>("wb.syncs")) - before;
    expect(syncs).toBe(4);
    const header = await workbook<string>("wb.sheets[0].cells[2][5]");
    expect(header).toBe("Đánh giá (Chỉ tiêu)");
    expect(String(await workbook<string>("wb.sheets[0].cells[3][5]"))).toMatch(/^=IF\(/);
    expect(await workbook<number>("(wb.sheets[0].conditionalFormats || []).length")).toBeGreaterThan(0);
  });

  it("lists the shortfalls, the hostile indicator name as plain text", async () => {
    const text = (await page.textContent("#shortfalls")) ?? "";
    expect(text).toContain("Tỷ lệ trẻ em độ tuổi nhà trẻ ra lớp");
    expect(text).toContain(XSS);
    expect(await page.locator("#app img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: "/tmp/chitieu-excel-taskpane-vi.png", fullPage: true });
  });

  it("selects a shortfall's cell when it is clicked", async () => {
    const item = page.locator("#shortfalls button", { hasText: "nhà trẻ" });
    const address = await item.getAttribute("data-address");
    expect(address).toBe("E4");
    await item.click();
    await page.waitForFunction(() => (window as unknown as { __workbook: { selection: string | null } }).__workbook.selection !== null);
    expect(await workbook<string>("wb.selection")).toBe("Số liệu!E4");
  });

  it("adds the report sheet and leaves the data sheet's other cells untouched", async () => {
    await page.click("#btn-report");
    await page.waitForFunction(() => /Báo cáo/.test(document.querySelector("#status")?.textContent ?? ""));
    const names = await workbook<string[]>("wb.sheets.map((s) => s.name)");
    expect(names).toContain("Báo cáo");
    const report = await workbook<string>("JSON.stringify(wb.sheets.find((s) => s.name === 'Báo cáo').cells)");
    expect(report).toContain("BÁO CÁO");
    const data = await workbook<unknown[][]>("wb.sheets[0].cells.map((r) => r.slice(0, 5))");
    expect(data).toEqual(SHEET);
    expect(await workbook<number>("wb.sheets[0].cells[0].length + wb.sheets[0].cells[1].length")).toBe(1);
  });

  it("re-checks in one click with the remembered mapping, rewriting its own columns instead of adding new ones", async () => {
    // The report sheet is active after it is created; the clerk goes back to the data sheet.
    await workbook("(wb.active = 0)");
    const before = await workbook<number>("wb.syncs");
    await page.click("#btn-check");
    await page.waitForFunction(() => /công thức|Dừng|thay đổi|Lỗi/.test(document.querySelector("#status")?.textContent ?? ""));
    expect(await page.textContent("#status")).toMatch(/công thức/);
    expect(await page.locator("#mapping").count()).toBe(0);
    expect((await workbook<number>("wb.syncs")) - before).toBe(4);
    expect(await workbook<number>("Math.max(...wb.sheets[0].cells.map((r) => r.length))")).toBe(7);
  });

  it("inserts a self-checking plan sheet and lints the plan", async () => {
    await page.click("#btn-insert");
    await page.waitForFunction(() => /Kế hoạch/.test(document.querySelector("#status")?.textContent ?? ""));
    const names = await workbook<string[]>("wb.sheets.map((s) => s.name)");
    expect(names.some((n) => n.startsWith("Kế hoạch"))).toBe(true);
    const formulas = await workbook<number>(
      "wb.sheets.find((s) => s.name.startsWith('Kế hoạch')).cells.flat().filter((v) => typeof v === 'string' && v.startsWith('=')).length",
    );
    expect(formulas).toBeGreaterThan(10);
    await page.click("#btn-lint");
    await page.waitForSelector("#results h2");
    expect(await page.textContent("#results h2")).toBe("Kết quả kiểm tra kế hoạch");
  });

  it("keeps the user's words typed into its old columns and writes the results in new columns right of them", async () => {
    await workbook("(wb.active = 0, wb.sheets[0].cells[2][6] = 'Ý kiến của tôi', wb.sheets[0].cells[4][6] = 'đã xác minh', 0)");
    await page.click("#btn-check");
    await page.waitForFunction(() => /công thức|Dừng|thay đổi|Lỗi/.test(document.querySelector("#status")?.textContent ?? ""));
    expect(await page.textContent("#status")).toMatch(/công thức/);
    expect(await workbook<unknown[]>("[wb.sheets[0].cells[2][6], wb.sheets[0].cells[4][6], wb.sheets[0].cells[2][7]]")).toEqual(["Ý kiến của tôi", "đã xác minh", "Đánh giá (Chỉ tiêu)"]);
    await page.screenshot({ path: "/tmp/chitieu-excel-taskpane-moved.png", fullPage: true });
  });

  it("switches to English and back", async () => {
    await page.click("#lang");
    expect(await page.textContent("#btn-check")).toBe("Check");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("lang");
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.click("#lang");
    expect(await page.textContent("#btn-check")).toBe("Kiểm tra");
  });

  it("made no network request outside the add-in's own files and Office.js", () => {
    expect(blocked.filter((u) => !u.startsWith("data:"))).toEqual([]);
  });
});
