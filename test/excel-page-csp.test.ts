// The built task pane page under its real Content-Security-Policy in Chromium, with an Office.js stand-in that does what Office.js is documented or reported to do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildExcel } from "../scripts/build.mjs";
import { OFFICE_JS_URL } from "../addin-excel/build/page";

const BASE = "https://addin.example.vn/chitieu/";
const CDN = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

/**
 * What Office.js does in the page, one row each, with where that is written down. The stand-in performs every row; the
 * policy must let all of them through, or the pane would stay at "Đang tải…" in real Excel.
 */
const OFFICE_BEHAVIOURS: Array<[what: string, source: string, code: string]> = [
  ["loads its host-specific script from its own CDN folder", "Office docs: office.js plus host files such as Excel-15.js", `load(${JSON.stringify(`${CDN}excel-web-16.00.js`)})`],
  ["loads its localized strings from the CDN", "Office docs: localized office_strings.js beside office.js", `load(${JSON.stringify(`${CDN}vi-vn/office_strings.js`)})`],
  ["loads MicrosoftAjax from ajax.aspnetcdn.com", "OfficeDev/office-js#1005", `load("https://ajax.aspnetcdn.com/ajax/4.0/1/MicrosoftAjax.js")`],
  ["applies inline styles (Excel on the web host script)", "OfficeDev/office-js#1687", `(() => { const s = document.createElement("style"); s.textContent = ".osf-hidden{display:none}"; document.head.appendChild(s); done("inline style"); })()`],
  ["sends telemetry to aria", "OfficeDev/office-js#1005", `fetch("https://browser.pipe.aria.microsoft.com/Collector/3.0/", { method: "POST", body: "{}" }).then(() => done("telemetry aria"), () => done("telemetry aria failed"))`],
  ["sends telemetry to events.data", "Microsoft 365 endpoints for Office telemetry", `fetch("https://self.events.data.microsoft.com/OneCollector/1.0/", { method: "POST", body: "{}" }).then(() => done("telemetry events"), () => done("telemetry events failed"))`],
];

/** The stand-in: the behaviours above, then the in-memory Office/Excel objects the pane's own test uses. */
function officeStandIn(extra: string[] = []): string {
  const fake = readFileSync(join(__dirname, "excel-fake-office.js"), "utf8");
  const prelude = `(function () {
    window.__office = [];
    const done = (what) => window.__office.push(what);
    const load = (src) => { const s = document.createElement("script"); s.src = src; s.onload = () => done(src); s.onerror = () => done("failed " + src); document.head.appendChild(s); };
    ${[...OFFICE_BEHAVIOURS.map((b) => b[2]), ...extra].join(";\n    ")};
  })();`;
  return `${prelude}\n${fake}`;
}

let browser: Browser;
let dir = "";

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-excel-csp-"));
  dir = (await buildExcel({ outDir: join(tmp, "excel"), genDir: join(tmp, "gen"), baseUrl: BASE })).dir;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the built page with Office.js answered by `office` (null: the request fails, as behind a firewall). */
async function open(office: string | null): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) return office === null ? route.abort("internetdisconnected") : route.fulfill({ status: 200, contentType: "text/javascript", body: office });
    if (url.startsWith(CDN) || url.startsWith("https://ajax.aspnetcdn.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* Office.js part */" });
    if (url.includes("aria.microsoft.com") || url.includes("events.data.microsoft.com")) return route.fulfill({ status: 204, body: "" });
    if (url.startsWith(BASE)) {
      const file = join(dir, url.slice(BASE.length).split("?")[0]);
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
    }
    if (url.startsWith("https://evil.example/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: "window.__evil = true" });
    return route.abort();
  });
  await page.goto(`${BASE}taskpane.html`);
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, violations: await violations() };
}

describe("the task pane page's Content-Security-Policy", () => {
  it("lets everything Office.js is documented or reported to do through, and the pane starts", async () => {
    const { page } = await open(officeStandIn());
    await page.waitForSelector("#app[aria-busy=false]");
    await page.waitForFunction((n) => (window as unknown as { __office: string[] }).__office.length >= n, OFFICE_BEHAVIOURS.length);
    const done = await page.evaluate(() => (window as unknown as { __office: string[] }).__office);
    expect(done.filter((d) => d.includes("failed"))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(await page.$(".load-problem")).toBeNull();
    await page.close();
  });

  it("still blocks what it should: a script from any other host is refused and reported", async () => {
    const { page } = await open(officeStandIn([`load("https://evil.example/x.js")`]));
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __evil?: boolean }).__evil)).toBeUndefined();
    expect((await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).join()).toMatch(/script-src.* https:\/\/evil\.example\/x\.js/);
    await page.close();
  });
});

describe("the load guard", () => {
  it("says in the pane, in Vietnamese then English, that Office.js did not load and what to check", async () => {
    const { page } = await open(null);
    const box = await page.waitForSelector(".load-problem[role=alert]");
    const lines = await box.$$eval("p", (ps) => ps.map((p) => p.textContent ?? ""));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Chỉ tiêu không chạy được: không tải được .*office\.js.*officeapis\.public\.onecdn\.static\.microsoft/);
    expect(lines[1]).toMatch(/^Chỉ tiêu cannot start: .*office\.js did not load/);
    expect(await page.getAttribute("#app", "aria-busy")).toBe("false");
    await page.close();
  });
});
