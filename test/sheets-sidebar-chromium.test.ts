// The built sidebar in headless Chromium at 300 px, google.script.run forwarding to the built Code.js in node:vm over the SpreadsheetApp fakes: every step, the menu, text safety.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { LOCALES, openPane, type PaneDriver } from "./helpers/pane";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { getBundledPlan } from "../core/plan/bundled";
import { STATUS_HEADER } from "../core/sheet/edits";
import { createGasFakes, loadAppsScript, type Cell, type GasFakes } from "./helpers/gas-fakes";

const XSS = "<img src=x onerror=alert(1)>";
const SHEET = "Tổng hợp";
const URL = "https://sidebar.test/Sidebar.html";

let pane: PaneDriver;
let page: Page;
const idle = () => pane.idle();
const act = (selector: string) => pane.act(selector);
const shot = (name: string) => pane.shot(name);
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

async function open(): Promise<void> {
  await page.goto(URL);
  await idle();
}

let built: { code: string; html: string; plans: string; host: string };

/** A preschool's own report: its title block names the school under the district office. */
function schoolSheet(): Cell[][] {
  return [
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN"],
    ["Đơn vị: Trường MN Cát Bi"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Tỷ lệ trẻ kênh bình thường", "%", "94-97%", 0.95, ""],
    [2, "Tỷ lệ trẻ đạt mục tiêu 05 lĩnh vực phát triển", "%", "88-96%", 0.8, ""],
    [3, XSS, "trường", "28/28 trường", 26, ""],
    [4, "Số cuộc thi cấp trường", "cuộc", "", 3, ""],
  ];
}

/** Serves the built sidebar to `p`, its google.script.run calls answered by `vm` (a fresh spreadsheet's server). */
async function wire(p: Page, vm: () => Record<string, any>): Promise<void> {
  p.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.exposeFunction("__gasCall", (name: string, args: unknown[]) => {
    calls.push(name);
    const fn = vm()[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    const out = fn(...args);
    return out === undefined ? null : JSON.parse(JSON.stringify(out));
  });
  await p.addInitScript(RUN_SHIM);
  await p.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === URL) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: built.html });
    return route.abort();
  });
}

beforeAll(async () => {
  pane = await openPane("sheets");
  const tmp = pane.tmp;
  const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
  built = { code: readFileSync(join(dir, "Code.js"), "utf8"), html: readFileSync(join(dir, "Sidebar.html"), "utf8"), plans: readFileSync(join(dir, "Plans.html"), "utf8"), host: readFileSync(join(dir, "Host.html"), "utf8") };
  fakes = createGasFakes();
  fakes.addSheet(SHEET, schoolSheet());
  server = loadAppsScript(built.code, fakes, { Sidebar: built.html, Plans: built.plans, Host: built.host });
  page = pane.page;
  await wire(page, () => server);
  await open();
});

afterAll(async () => {
  await pane?.browser.close();
});

describe("the sidebar in Chromium over the vm server, step by step at 300 px", () => {
  it("1 · plan: opens in Google's look, in Vietnamese, with no plan chosen", async () => {
    expect(calls[0]).toBe("sidebarLoadState");
    expect(await page.evaluate(() => document.body.className)).toBe("gaddon");
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Arial/);
    expect(await page.textContent("h1")).toBe("Chỉ tiêu");
    expect(await page.isDisabled("#btn-next")).toBe(true);
    await shot("1-plan");
  });

  it("1 · plan: finds the plan by search and stores the choice with the spreadsheet", async () => {
    await page.fill("#plan-search", "hải an 2024");
    expect(await page.locator("#plan-list .card").count()).toBe(1);
    await act("#plan-hai-an-2024-2025");
    expect(await page.textContent("#plan-current .name")).toBe(getBundledPlan("hai-an-2024-2025")!.title);
    expect(JSON.parse(fakes.documentProperties.get("chitieu.state.0") ?? "{}").plan).toEqual({ kind: "bundled", id: "hai-an-2024-2025" });
    await shot("1-plan-chosen");
  });

  it("2 · sheet: names the sheet to check", async () => {
    await act("#btn-next");
    expect(await page.textContent("#btn-read")).toBe(`Đọc trang «${SHEET}»`);
    await shot("2-sheet");
  });

  it("3 · columns: the mapping with the row the plan does not know, and the as-of date", async () => {
    await act("#btn-read");
    expect(calls.at(-1)).toBe("sidebarReadSheet");
    expect(await page.inputValue("#map-actual")).toBe("4");
    // The row the plan does not know is named at its figure's cell, as the sheet reader gives it.
    expect(await page.locator("#unmatched [data-address=E9]").count()).toBe(1);
    // Shown day first and said in words, whatever the browser's locale (this page runs en-US).
    expect(await page.inputValue("#as-of")).toBe("31/08/2025");
    expect(await page.textContent("#as-of-said")).toBe("ngày 31 tháng 8 năm 2025");
    await shot("3-mapping");
  });

  it("4 · results: writes under the lock, then lists shortfalls with workbook text as text", async () => {
    await act("#btn-write");
    expect(calls.at(-2)).toBe("sidebarApplyEdits");
    expect(fakes.snapshot(SHEET)[4][6]).toBe(STATUS_HEADER);
    expect(fakes.lock.held).toBe(false);
    expect(await page.locator("#result-list .item").count()).toBe(2);
    expect(await page.textContent("#result-list")).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
    // Sheets stores no page setup: the pane offers the print as a PDF link carrying A4 and fit to width.
    const href = (await page.getAttribute("#print-link", "href")) ?? "";
    expect(new globalThis.URL(href).searchParams.get("size")).toBe("A4");
    expect(new globalThis.URL(href).searchParams.get("fitw")).toBe("true");
    expect(await page.getAttribute("#print-link", "target")).toBe("_blank");
    expect(fakes.namedRanges.map((n) => [n.name, n.a1])).toEqual([["ChiTieu_Owned_0_1", "G5:H9"]]);
    // One warning, said once, as in the Excel pane (the same panel).
    expect(await page.textContent("#coverage")).toBe("Chưa đánh giá được 1/4 dòng có số liệu (1 không khớp kế hoạch; xem danh sách bên dưới). Chưa đạt, gần đạt: 2.");
    expect(await page.locator(".warn").count()).toBe(1);
    await shot("4-results");
    await act("#lang");
    expect(await page.textContent("#coverage")).toBe("Not judged: 1/4 rows with figures (1 not in the plan; listed below). Short or near: 2.");
    await shot("4-results-en");
    await act("#lang");
  });

  it("4 · results: a click selects the cell on the sheet", async () => {
    fakes.resetCalls();
    await act("#result-list .item[data-address=E7]");
    expect(calls.at(-1)).toBe("sidebarSelect");
    expect(fakes.calls.byMethod.get("Range.activate")).toBe(1);
    expect(await page.textContent("#status")).toBe(`Đã chọn ô E7 trên trang «${SHEET}».`);
  });

  it("5 · report: the school issues and its principal signs; the report and its notes sheet are added", async () => {
    await act("#btn-report");
    expect(await page.inputValue("#rf-parent")).toBe("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN");
    expect(await page.inputValue("#rf-issuer")).toBe("TRƯỜNG MN CÁT BI");
    expect(await page.inputValue("#rf-signatureTitle")).toBe("HIỆU TRƯỞNG");
    expect(await page.textContent("#app")).toContain("Tệp › In");
    await page.fill("#rf-signerName", "Lê Thị Hoa");
    await shot("5-report");
    await act("#btn-make-report");
    expect(fakes.sheets.map((s) => s.name)).toEqual([SHEET, "Báo cáo", "Ghi chú kỹ thuật"]);
    const text = fakes.snapshot("Báo cáo").flat().join(" ");
    expect(text).toContain("TRƯỜNG MN CÁT BI");
    expect(text).toContain("Lê Thị Hoa");
    expect(text).toContain(XSS);
    expect(text).not.toContain("ỦY BAN NHÂN DÂN QUẬN HẢI AN");
    await shot("5-report-made");
  });

  it("the menu's Kiểm tra never writes: it opens the panel at the sheet step, offering the data sheet, not the report", async () => {
    const before = JSON.stringify(fakes.snapshot(SHEET));
    const sheetsBefore = fakes.sheets.length;
    server.menuCheck();
    expect(fakes.ui.sidebars.length).toBeGreaterThan(0);
    expect(fakes.ui.alerts).toEqual([]);
    expect(JSON.stringify(fakes.snapshot(SHEET))).toBe(before);
    expect(fakes.sheets.length).toBe(sheetsBefore);
    await open();
    expect(await page.locator("#step-sheet").getAttribute("aria-current")).toBe("step");
    expect(await page.textContent("#btn-read")).toBe(`Đọc trang «${SHEET}»`);
    expect(await page.isDisabled("#sheet-list input[value='Báo cáo']")).toBe(true);
    await shot("2-sheet-from-menu");
  });

  it("3 · keeps the user's words typed into the tool's columns, moves the results right and says why", async () => {
    const s = fakes.sheets.find((x) => x.name === SHEET)!;
    // Typed over the tool's cells, as in Sheets: a typed value replaces the cell's formula (the explanation is live).
    s.values[4][7] = "Ý kiến";
    s.values[6][7] = "ghi chú riêng";
    s.formulas[4][7] = "";
    s.formulas[6][7] = "";
    await act("#btn-read");
    await act("#btn-write");
    expect(await page.textContent("#status")).toMatch(/^Đã ghi cột đánh giá vào trang «Tổng hợp» \(từ cột I\)/);
    expect(await page.textContent("#write-notices")).toContain("H5, H7");
    const snap = fakes.snapshot(SHEET);
    expect([snap[4][7], snap[6][7], snap[4][8]]).toEqual(["Ý kiến", "ghi chú riêng", STATUS_HEADER]);
    expect(fakes.namedRanges.map((n) => n.a1)).toEqual(["I5:J9"]);
    await shot("4-results-moved-right");
  });

  it("3 · refuses, naming the column as a button and writing nothing, when a column of the block was hidden since the read", async () => {
    await act("#step-sheet");
    await act("#btn-read");
    const s = fakes.sheets.find((x) => x.name === SHEET)!;
    s.hiddenColumns.add(9);
    const before = JSON.stringify(fakes.snapshot(SHEET));
    await act("#btn-write");
    expect(await page.textContent("#status")).toMatch(/^Cột J của trang «Tổng hợp» đang bị ẩn; chưa ghi gì/);
    expect(await page.locator("#problem-cells [data-address=J5]").count()).toBe(1);
    expect(JSON.stringify(fakes.snapshot(SHEET))).toBe(before);
    s.hiddenColumns.delete(9);
    await shot("3-refused");
  });

  it.each(LOCALES)("dates are typed day first in a %s browser: 03/06/2025 is judged as 3 June, and unreadable text blocks the write, said", async (locale) => {
    const own = createGasFakes();
    own.addSheet(SHEET, schoolSheet());
    const vm = loadAppsScript(built.code, own, { Sidebar: built.html, Plans: built.plans, Host: built.host });
    const p = await pane.newPage(locale);
    try {
      await wire(p, () => vm);
      await p.goto(URL);
      const step = async (selector: string) => {
        await p.click(selector);
        await p.locator("#app[aria-busy=false]").waitFor();
      };
      await p.locator("#app[aria-busy=false]").waitFor();
      expect(await p.evaluate(() => navigator.language)).toBe(locale);
      await step("#plan-hai-an-2024-2025");
      await step("#btn-next");
      await step("#btn-read");
      expect(await p.getAttribute("#as-of", "type")).toBe("text");
      await p.fill("#as-of", "06/30/2025");
      await p.press("#as-of", "Enter");
      expect(await p.textContent("#as-of-said")).toBe("Không có tháng 30: ghi ngày trước tháng, ví dụ 30/6/2025.");
      expect(await p.isDisabled("#btn-write")).toBe(true);
      expect(await p.textContent("#options-line")).toContain("31/08/2025");
      await p.fill("#as-of", "3-6-2025");
      expect(await p.textContent("#as-of-said")).toBe("ngày 3 tháng 6 năm 2025");
      expect(await p.isDisabled("#btn-write")).toBe(false);
      await p.press("#as-of", "Tab");
      await p.locator("#app[aria-busy=false]").waitFor();
      expect(await p.inputValue("#as-of")).toBe("03/06/2025");
      expect(await p.textContent("#options-line")).toMatch(/^Xét đến ngày 03\/06\/2025 \(do bạn chọn\)/);
      expect(JSON.parse(own.documentProperties.get("chitieu.state.0") ?? "{}").options).toMatchObject({ asOf: "2025-06-03" });
      await pane.shot(`3-as-of-typed-${locale}`, p);
      await step("#btn-write");
      expect(await p.textContent("#options-line")).toMatch(/^Xét đến ngày 03\/06\/2025/);
      await step("#btn-report");
      await p.fill("#rf-date", "03.06.2025");
      await p.press("#rf-date", "Enter");
      expect(await p.textContent("#rf-date-said")).toBe("ngày 3 tháng 6 năm 2025");
      await step("#btn-make-report");
      expect(own.snapshot("Báo cáo").flat().join(" ")).toContain("ngày 03 tháng 6 năm 2025");
    } finally {
      await p.close();
    }
  });

  it("switches to English and back, and made no network request of its own", async () => {
    await act("#lang");
    expect(await page.textContent("#btn-write")).toBe("Write the results");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await shot("3-mapping-en");
    await act("#lang");
    expect(await page.textContent("#btn-write")).toBe("Ghi kết quả vào trang");
    expect(requests.every((u) => u === URL)).toBe(true);
    expect(dialogs).toEqual([]);
  });
});
