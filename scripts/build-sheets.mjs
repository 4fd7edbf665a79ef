// Builds dist/sheets, the Apps Script project `clasp -P dist/sheets push` uploads: Code.js, Sidebar.html, appsscript.json, .clasp.json.
import { build } from "esbuild";
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { ROOT, GEN_DIR, importTs } from "./build.mjs";
import { bundledPackages, renderNotices } from "./notices.mjs";

/**
 * Third-party notices as a block comment to append to a bundle. Apps Script keeps only the project's files, so the
 * licence texts of bundled packages travel inside the file that contains their code.
 * @example noticesComment([]) → "" · noticesComment([zod]) → "\n/*\nThird-party software in Code.js …\n*\/\n"
 */
function noticesComment(title, packages) {
  if (packages.length === 0) return "";
  return `\n/*\n${renderNotices(title, packages).replace(/\*\//g, "* /")}*/\n`;
}

/** Apps Script V8 documents ES2015-2019 support, so newer syntax (?., ??, class fields) is lowered; the sidebar runs in the user's browser inside Google's iframe. */
const SERVER_TARGET = "es2019";
const SIDEBAR_TARGET = ["es2019"];

/**
 * Builds the Apps Script project into `outDir` (default dist/sheets):
 * - Code.js: core + addin-sheets/server bundled by esbuild as an IIFE under one global object, then a
 *   generated footer of top-level declarations (entry points, custom functions with `@customfunction` JSDoc),
 *   which Apps Script needs and esbuild would not keep;
 * - Sidebar.html: the sidebar page with its bundle and the task pane's stylesheet (plus Sheets overrides) inlined;
 * - appsscript.json copied; .clasp.json with the script id and rootDir ".".
 * Throws when the bundle lacks an entry point the footer calls.
 */
export async function buildSheets({ outDir, genDir = GEN_DIR, scriptId = process.env.CHITIEU_SCRIPT_ID } = {}) {
  await mkdir(genDir, { recursive: true });
  const tools = await importTs("addin-sheets/build/index.ts", "sheets-tools", genDir);
  const out = outDir ?? join(ROOT, "dist", "sheets");
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  const footer = tools.appsScriptFooter(tools.FUNCTIONS, tools.ENTRY_POINTS, tools.GLOBAL_NAME);
  const server = await build({
    absWorkingDir: ROOT,
    metafile: true,
    entryPoints: [join(ROOT, "addin-sheets", "server", "main.ts")],
    bundle: true,
    format: "iife",
    globalName: tools.GLOBAL_NAME,
    target: SERVER_TARGET,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "error",
    banner: { js: "/** @OnlyCurrentDoc */\n// Chỉ tiêu for Google Sheets, built by scripts/build-sheets.mjs. Do not edit: edit addin-sheets/ and rebuild." },
    footer: { js: footer },
  });
  const code = server.outputFiles[0].text + noticesComment("Code.js (Chỉ tiêu for Google Sheets)", bundledPackages(server.metafile, ROOT));

  // Every stub must find its function on the global object, or Apps Script would fail at the first click.
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx, { filename: "Code.js" });
  const api = ctx[tools.GLOBAL_NAME] ?? {};
  const missing = [...tools.ENTRY_POINTS.map((e) => e.name), "runForSheets"].filter((n) => typeof api[n] !== "function");
  if (missing.length > 0) throw new Error(`Code.js: ${tools.GLOBAL_NAME} lacks ${missing.join(", ")}`);
  await writeFile(join(out, "Code.js"), code);

  const sidebar = await build({
    absWorkingDir: ROOT,
    metafile: true,
    entryPoints: [join(ROOT, "addin-sheets", "sidebar", "main.ts")],
    bundle: true,
    format: "iife",
    target: SIDEBAR_TARGET,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  const css = [
    await readFile(join(ROOT, "addin-excel", "taskpane", "taskpane.css"), "utf8"),
    await readFile(join(ROOT, "addin-sheets", "sidebar", "sidebar.css"), "utf8"),
  ].join("\n");
  const html = await readFile(join(ROOT, "addin-sheets", "sidebar", "sidebar.html"), "utf8");
  const sidebarJs = sidebar.outputFiles[0].text + noticesComment("Sidebar.html (Chỉ tiêu for Google Sheets)", bundledPackages(sidebar.metafile, ROOT));
  await writeFile(join(out, `${tools.SIDEBAR_FILE}.html`), tools.inlineSidebar(html, sidebarJs, css));

  await copyFile(join(ROOT, "addin-sheets", "appsscript.json"), join(out, "appsscript.json"));
  const clasp = tools.claspProject(await readFile(join(ROOT, "addin-sheets", ".clasp.json"), "utf8"), scriptId);
  await writeFile(join(out, ".clasp.json"), JSON.stringify(clasp, null, 2) + "\n");
  return { dir: out, codeBytes: Buffer.byteLength(code), footer };
}
