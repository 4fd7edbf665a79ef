// The built Apps Script project as clasp sees it: exactly the files to push, least-privilege scopes, a project file clasp 3 accepts.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSheets } from "../scripts/build-sheets.mjs";

let dir = "";
let tmp = "";

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "chitieu-sheets-project-"));
  dir = (await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") })).dir;
});

const json = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8"));

describe("dist/sheets", () => {
  it("holds exactly appsscript.json, Code.js, Sidebar.html, Plans.html (the bundled plans, read only when a plan is looked up), Host.html (the sidebar's and menu items' server code, evaluated on their first call) and .clasp.json", () => {
    expect(readdirSync(dir).sort()).toEqual([".clasp.json", "Code.js", "Host.html", "Plans.html", "Sidebar.html", "appsscript.json"]);
  });

  it("asks for exactly the two least-privilege scopes, on V8, in Vietnam's time zone", () => {
    const m = json("appsscript.json");
    expect([...m.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
    expect(m.runtimeVersion).toBe("V8");
    expect(m.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("has a .clasp.json with the source's script id and rootDir '.'", () => {
    const c = json(".clasp.json");
    const src = JSON.parse(readFileSync(resolve("addin-sheets/.clasp.json"), "utf8"));
    expect(c.scriptId).toBe(src.scriptId);
    expect(typeof c.scriptId).toBe("string");
    expect(c.scriptId.length).toBeGreaterThan(0);
    expect(c.rootDir).toBe(".");
    expect(c.filePushOrder).toEqual(["Code.js"]);
  });

  it("takes the script id given to the build (CHITIEU_SCRIPT_ID) over the placeholder", async () => {
    const other = (await buildSheets({ outDir: join(tmp, "other"), genDir: join(tmp, "gen2"), scriptId: "1AbC-test-id" })).dir;
    expect(JSON.parse(readFileSync(join(other, ".clasp.json"), "utf8")).scriptId).toBe("1AbC-test-id");
  });

  it("is what the real clasp would push: the five project files and nothing else (offline, no login)", () => {
    // show-file-status reads only local files; a fresh HOME guarantees no stored credentials are used.
    const out = execFileSync(resolve("node_modules/.bin/clasp"), ["show-file-status", "--json"], {
      cwd: dir,
      env: { ...process.env, HOME: mkdtempSync(join(tmp, "home-")) },
      encoding: "utf8",
      timeout: 30_000,
    });
    const status = JSON.parse(out.slice(out.indexOf("{")));
    expect([...status.filesToPush].sort()).toEqual(["Code.js", "Host.html", "Plans.html", "Sidebar.html", "appsscript.json"]);
  });

  it("is pushed by npm run push:sheets from inside dist/sheets (clasp 3.4 rejects a relative -P path)", () => {
    const pkg = JSON.parse(readFileSync(resolve("package.json"), "utf8"));
    expect(pkg.scripts["push:sheets"]).toBe("npm run build:sheets && cd dist/sheets && clasp push");
    expect(pkg.scripts["build:sheets"]).toBe("node scripts/build.mjs sheets");
  });

  it("inlines the sidebar's script and style and loads nothing from the network", () => {
    const html = readFileSync(join(dir, "Sidebar.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'none'/);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});
