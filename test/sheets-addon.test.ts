// The built Apps Script project as an editor add-on: add-on menu, onInstall, nothing authorized in AuthMode.NONE, two scopes, formulas through setFormulas.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { createGasFakes, loadAppsScript, type Cell } from "./helpers/gas-fakes";
import { Session } from "../core/session/session";
import { RemoteWorkbook } from "../addin-sheets/sidebar/remote-host";
import type { Call } from "../addin-sheets/sidebar/server";
import { EXPLANATION_HEADER, STATUS_HEADER } from "../core/sheet/edits";
import { STALE_EXPLANATION } from "../core/sheet/status";
import type { CellValue } from "../core/types";
import { libreOfficeAvailable } from "./helpers/libreoffice";
import { typedAfterCheck } from "./helpers/live";

/** Crosses the vm boundary as plain data (arrays made in the context are not this realm's arrays). */
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

let code = "";
let sidebar = "";
/** The project's HTML file with the bundled plans, which Code.js reads when a plan is looked up. */
let plans = "";
/** The project's HTML file with the sidebar's and the menu items' server code, which Code.js evaluates on their first call. */
let host = "";
let manifest: { oauthScopes: string[] } = { oauthScopes: [] };

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-sheets-addon-"));
  const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
  code = readFileSync(join(dir, "Code.js"), "utf8");
  sidebar = readFileSync(join(dir, "Sidebar.html"), "utf8");
  plans = readFileSync(join(dir, "Plans.html"), "utf8");
  host = readFileSync(join(dir, "Host.html"), "utf8");
  manifest = JSON.parse(readFileSync(join(dir, "appsscript.json"), "utf8"));
});

const SHEET: Cell[][] = [
  ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
  [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", 0.6],
  [2, "Tỷ lệ trẻ suy dinh dưỡng", "%", "dưới 3%", 0.021],
  [3, "Số lớp tiểu học", "lớp", "không quá 45 lớp", 46],
];

function env() {
  const fakes = createGasFakes();
  fakes.addSheet("Số liệu", SHEET);
  const ctx = loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans, Host: host });
  return { fakes, ctx };
}

describe("editor add-on conventions", () => {
  it.each([
    ["onOpen in AuthMode.NONE (installed, not yet used in this file)", (ctx: Record<string, any>) => ctx.onOpen({ authMode: "NONE" })],
    ["onOpen in AuthMode.LIMITED", (ctx: Record<string, any>) => ctx.onOpen({ authMode: "LIMITED" })],
    ["onInstall (AuthMode.FULL)", (ctx: Record<string, any>) => ctx.onInstall({ authMode: "FULL" })],
  ])("%s builds the add-on menu and calls nothing but the menu", (_name, run) => {
    const { fakes, ctx } = env();
    fakes.calls.total = 0;
    fakes.calls.byMethod.clear();
    run(ctx);
    const services = [...fakes.calls.byMethod.keys()].filter((m) => !/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(m));
    expect(services).toEqual([]);
    expect(fakes.calls.byMethod.get("Ui.createAddonMenu")).toBe(1);
    expect(fakes.calls.byMethod.get("Ui.createMenu")).toBeUndefined();
    const first = fakes.ui.menus[0].items[0];
    expect(first).toEqual({ label: "Mở bảng điều khiển", fn: "showSidebar" });
  });

  it("asks for only this spreadsheet and its menu and sidebar (no Drive, no network)", () => {
    expect([...manifest.oauthScopes].sort()).toEqual(["https://www.googleapis.com/auth/script.container.ui", "https://www.googleapis.com/auth/spreadsheets.currentonly"]);
    expect(code.startsWith("/** @OnlyCurrentDoc */")).toBe(true);
  });
});

describe("writing the status column", () => {
  it("sends formulas only through setFormulas and never a formula string through setValues", async () => {
    const { fakes, ctx } = env();
    const sheet = fakes.sheets[0];
    // The write the sidebar asks for, through the server's host calls (each crossing as JSON, as google.script.run does).
    const call = ((fn: string, ...args: unknown[]) => Promise.resolve().then(() => plain(ctx[fn](...(plain(args) as unknown[]))))) as unknown as Call;
    const session = new Session(new RemoteWorkbook(call), { today: "2026-01-15" });
    await session.start();
    await session.choosePlan({ kind: "none" });
    session.toStep("sheet");
    await session.openSheet("Số liệu");
    await session.write();
    expect(session.problem).toBeNull();
    const of = (method: string) => fakes.writes.filter((w) => w.method === method).flatMap((w) => w.data.flat());
    const formulas = of("setFormulas").filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    expect(of("setValues").filter((v) => typeof v === "string" && v.startsWith("="))).toEqual([]);
    // The cells hold live formulas afterwards.
    expect(sheet.formulas.flat().filter((f) => f.startsWith("=")).length).toBeGreaterThanOrEqual(3);
  });
});

describe.skipIf(!libreOfficeAvailable())("the explanation the sidebar writes", () => {
  it("follows the figure: typed after the check, it changes the status and turns the explanation to 'check again'", async () => {
    const { fakes, ctx } = env();
    const call = ((fn: string, ...args: unknown[]) => Promise.resolve().then(() => plain(ctx[fn](...(plain(args) as unknown[]))))) as unknown as Call;
    const session = new Session(new RemoteWorkbook(call), { today: "2026-01-15" });
    await session.start();
    await session.choosePlan({ kind: "none" });
    session.toStep("sheet");
    await session.openSheet("Số liệu");
    await session.write();
    expect(session.problem).toBeNull();
    // The sheet as Sheets holds it after the write, formulas as "=…".
    const cells = plain(fakes.snapshot("Số liệu")) as CellValue[][];
    const status = cells[0].indexOf(STATUS_HEADER);
    const expl = cells[0].indexOf(EXPLANATION_HEADER);
    expect(Math.min(status, expl)).toBeGreaterThan(0);
    // Row 1: 60% against "ít nhất 65%" is short; 65% meets it. Row 2 is left as checked.
    const { before, after } = await typedAfterCheck("Số liệu", cells, [1, 4, 0.65]);
    expect(before.value("Số liệu", [1, status])).toBe("Chưa đạt");
    expect(before.value("Số liệu", [1, expl])).not.toBe(STALE_EXPLANATION.vi);
    expect(after.value("Số liệu", [1, status])).toBe("Đạt");
    expect(after.value("Số liệu", [1, expl])).toBe(STALE_EXPLANATION.vi);
    expect(after.value("Số liệu", [2, expl])).toBe(before.value("Số liệu", [2, expl]));
  }, 180_000);
});
