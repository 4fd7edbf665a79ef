// Builds dist/sheets, the Apps Script project `clasp -P dist/sheets push` uploads: Code.js, Host.html, Plans.html, Sidebar.html, appsscript.json, .clasp.json.
import { build } from "esbuild";
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { ROOT, GEN_DIR, importTs, assignedFields } from "./build.mjs";
import { bundledPackages, renderNotices } from "./notices.mjs";
import { appsScriptFile, checkedPlans, plansSource } from "./plans-source.mjs";
import { aliasStrings } from "./alias-strings.mjs";
import { minifyHard } from "./minify-hard.mjs";
import { shareShapes } from "./share-shapes.mjs";
import { shareCompares } from "./share-compares.mjs";
import { shareOptionals } from "./share-optionals.mjs";
import { shareRegexes } from "./share-regexes.mjs";
import { shareFragments } from "./share-fragments.mjs";
import { withoutIndicator } from "./without-indicator.mjs";
import { functionValues } from "./function-values.mjs";

/** The project's HTML file holding the bundled plans' JSON, read by Code.js only when a plan is looked up. */
export const PLANS_FILE = "Plans";

/** The name Host.html's bundle gives its object of functions, which the file's body returns. */
const HOST_GLOBAL = "ChiTieuHost";

/**
 * Third-party notices as a block comment to append to a bundle. Apps Script keeps only the project's files, so the
 * licence texts of bundled packages travel inside the file that contains their code.
 * @example noticesComment([]) → "" · noticesComment([zod]) → "\n/*\nThird-party software in Code.js …\n*\/\n"
 */
function noticesComment(title, packages) {
  if (packages.length === 0) return "";
  return `\n/*\n${renderNotices(title, packages).replace(/\*\//g, "* /")}*/\n`;
}

/**
 * zod's classic entry re-exports every one of its ~40 message locales as `z.locales` (about 200 KB minified), and
 * nothing here uses them: core words its own messages, and zod keeps its English default (imported directly by its
 * schemas). Both bundles get an empty `locales` instead. Apps Script evaluates Code.js before every server call and
 * the sidebar is sent whole each time it opens, so the bytes cost on every call and every opening.
 */
const withoutZodLocales = {
  name: "without-zod-locales",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) => (/[\\/]zod[\\/]/.test(a.importer) ? { path: "zod-locales", namespace: "empty-zod-locales" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "empty-zod-locales" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

/**
 * An ES module bundle as the IIFE whose value is the global object the footer's stubs call: the module's code inside the
 * function, its closing `export{a as b,…}` as the object returned, `{b:a,…}`. esbuild's own `iife` with a `globalName`
 * returns the module namespace instead (a getter per export, `__esModule`, and the helpers that build them: 344 B of
 * Code.js); every export here is a function declared once and never reassigned, so a plain property holds the same
 * function a getter would return. Strict mode, implicit in a module, is kept by "use strict" at the top.
 * Throws when the bundle does not end in one export clause or has another `export`/`import`.
 * @example underGlobal('function f(){return 1}export{f as run};', "G") → '"use strict";var G=(()=>{function f(){return 1}return{run:f}})();\n'
 */
export function underGlobal(esm, globalName) {
  const m = /export\s*\{([^{}]*)\};?\s*$/.exec(esm);
  if (!m) throw new Error("Code.js: the server bundle does not end in one export clause");
  const body = esm.slice(0, m.index);
  if (/(?:^|[;}])\s*(?:export|import)\s*[\s{*]/.test(body)) throw new Error("Code.js: the server bundle has another export or import");
  const props = m[1].split(",").map((part) => {
    const [local, name = local] = part.trim().split(/\s+as\s+/);
    if (!/^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(local) || !/^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(name)) throw new Error(`Code.js: cannot read the export "${part}"`);
    return local === name ? name : `${name}:${local}`;
  });
  return `"use strict";var ${globalName}=(()=>{${body}return{${props.join(",")}}})();\n`;
}

/** Apps Script V8 documents ES2015-2019 support, so newer syntax (?., ??, class fields) is lowered; the sidebar runs in the user's browser inside Google's iframe. */
const SERVER_TARGET = "es2019";
const SIDEBAR_TARGET = ["es2019"];

/**
 * Builds the Apps Script project into `outDir` (default dist/sheets):
 * - Code.js: core + addin-sheets/server bundled by esbuild as an IIFE under one global object, minified again by
 *   terser (scripts/minify-hard.mjs) after its repeated string literals are written once (scripts/alias-strings.mjs)
 *   and its object literals' repeated key lists and property comparisons written once each (scripts/share-shapes.mjs,
 *   scripts/share-compares.mjs), then a
 *   generated footer of top-level declarations (entry points, custom functions with `@customfunction` JSDoc),
 *   which Apps Script needs and esbuild would not keep; the sidebar's and the menu items' server code is left out (Host.html);
 * - Host.html: that code (addin-sheets/server/host-main.ts), built and squeezed alike, as a function body returning its
 *   functions, which Code.js reads and evaluates on the first call that needs it (addin-sheets/server/main.ts);
 * - Plans.html: the bundled plans' JSON, checked here;
 * - Sidebar.html: the sidebar page with its bundle, the panel's layout (panel/panel.css) and Google's add-on look
 *   (sidebar.css) inlined;
 * - appsscript.json copied; .clasp.json with the script id and rootDir ".".
 * Throws when the bundle (or Host.html, for those it hands on) lacks an entry point the footer calls. `shareLiterals: false` keeps every literal and object literal where
 * esbuild wrote it (for the test that compares both bundles' answers).
 */
export async function buildSheets({ outDir, genDir = GEN_DIR, scriptId = process.env.CHITIEU_SCRIPT_ID, shareLiterals = true } = {}) {
  await mkdir(genDir, { recursive: true });
  const tools = await importTs("addin-sheets/build/index.ts", "sheets-tools", genDir);
  const out = outDir ?? join(ROOT, "dist", "sheets");
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });

  // The plans are validated here, once, so Code.js can take Plans.html as checked and carry no validator.
  const plans = await importTs("scripts/plans-checked.ts", "plans-checked", genDir);
  const checked = plans.checkedPlanJson();
  if (!checked.ok) throw new Error(checked.reason);
  const footer = tools.appsScriptFooter(tools.FUNCTIONS, tools.ENTRY_POINTS, tools.GLOBAL_NAME);
  const serverOptions = {
    absWorkingDir: ROOT,
    metafile: true,
    bundle: true,
    format: "esm",
    target: SERVER_TARGET,
    tsconfigRaw: await assignedFields(),
    plugins: [withoutZodLocales, plansSource(appsScriptFile(PLANS_FILE)), checkedPlans()],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "error",
  };
  // (Code.js runs the custom functions, which read no indicator's name; Host.html reads sheets, which do.)
  const server = await build({ ...serverOptions, plugins: [...serverOptions.plugins, withoutIndicator()], entryPoints: [join(ROOT, "addin-sheets", "server", "main.ts")] });
  // Apps Script parses Code.js raw before every call: repeated strings (the rules' kind tags) are written once, so are
  // the keys of object literals built often alike (scripts/share-shapes.mjs: `{vi:…,en:…}` 123 times, 2.5 KB) and a
  // shared property compared with a fixed value (scripts/share-compares.mjs: `e.kind===…` 360 times, 0.9 KB), the
  // ES2019 forms of `a?.b` and `a ?? b` (scripts/share-optionals.mjs: `a==null?void 0:a.b` 300 times, `a!=null?a:b` 197,
  // often through a temporary; 4.0 KB), a regex with the g flag written alike in replace calls is one object
  // (scripts/share-regexes.mjs: 0.2 KB), and a piece of text the functions' literals share is written once and named in
  // templates (scripts/share-fragments.mjs: "chỉ tiêu" inside dozens of messages …; 1.9 KB), the top level's function
  // declarations become values of one var that terser writes as arrows (scripts/function-values.mjs: 477, 2.2 KB), then
  // terser's three passes take about 16 KB more than esbuild's minifier (scripts/minify-hard.mjs; in this order, as
  // terser also shortens the shared literals' names). The banner and the footer (top-level stubs whose JSDoc Apps
  // Script reads) go around the result untouched.
  const squeeze = async (bundle) => minifyHard(shareLiterals ? functionValues(shareFragments(shareRegexes(shareCompares(shareShapes(shareOptionals(aliasStrings(bundle))))))) : bundle);
  const banner = "/** @OnlyCurrentDoc */\n// Chỉ tiêu for Google Sheets, built by scripts/build-sheets.mjs. Do not edit: edit addin-sheets/ and rebuild.\n";
  const code = banner + (await squeeze(underGlobal(server.outputFiles[0].text, tools.GLOBAL_NAME))) + "\n" + footer + "\n" + noticesComment("Code.js (Chỉ tiêu for Google Sheets)", bundledPackages(server.metafile, ROOT));

  // Host.html: the sidebar's and the menu items' server code (addin-sheets/server/host-main.ts), which Code.js reads
  // through HtmlService and evaluates as a function body on the first call that needs it, so custom-function calls do
  // not evaluate it. Built and squeezed as Code.js is; its body ends by returning its functions.
  const hostBuild = await build({ ...serverOptions, entryPoints: [join(ROOT, "addin-sheets", "server", "host-main.ts")] });
  const hostCode = (await squeeze(underGlobal(hostBuild.outputFiles[0].text, HOST_GLOBAL))).trimEnd() + `\nreturn ${HOST_GLOBAL}\n` + noticesComment("Host.html (Chỉ tiêu for Google Sheets)", bundledPackages(hostBuild.metafile, ROOT));

  // Every stub must find its function on the global object, or Apps Script would fail at the first click; the entry
  // points Code.js hands to Host.html must be there too.
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx, { filename: "Code.js" });
  const api = ctx[tools.GLOBAL_NAME] ?? {};
  const missing = [...tools.ENTRY_POINTS.map((e) => e.name), "runForSheets"].filter((n) => typeof api[n] !== "function");
  if (missing.length > 0) throw new Error(`Code.js: ${tools.GLOBAL_NAME} lacks ${missing.join(", ")}`);
  const hostApi = vm.runInContext(`Function(${JSON.stringify(hostCode)})()`, vm.createContext({}), { filename: "Host.html" }) ?? {};
  const onlyInCode = new Set(["runForSheets", "onOpen", "onInstall"]);
  const hostMissing = tools.ENTRY_POINTS.map((e) => e.name).filter((n) => !onlyInCode.has(n) && typeof hostApi[n] !== "function");
  if (hostMissing.length > 0) throw new Error(`${tools.HOST_FILE}.html lacks ${hostMissing.join(", ")}`);
  await writeFile(join(out, "Code.js"), code);
  await writeFile(join(out, `${tools.HOST_FILE}.html`), hostCode);
  await writeFile(join(out, `${PLANS_FILE}.html`), JSON.stringify(checked.json));

  const sidebar = await build({
    absWorkingDir: ROOT,
    metafile: true,
    entryPoints: [join(ROOT, "addin-sheets", "sidebar", "main.ts")],
    bundle: true,
    format: "iife",
    target: SIDEBAR_TARGET,
    plugins: [withoutZodLocales],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  // The panel's shared layout, then Google's add-on look over it: nothing of the Excel pane's Fluent look.
  const css = [
    await readFile(join(ROOT, "panel", "panel.css"), "utf8"),
    await readFile(join(ROOT, "addin-sheets", "sidebar", "sidebar.css"), "utf8"),
  ].join("\n");
  const html = await readFile(join(ROOT, "addin-sheets", "sidebar", "sidebar.html"), "utf8");
  const sidebarJs = sidebar.outputFiles[0].text + noticesComment("Sidebar.html (Chỉ tiêu for Google Sheets)", bundledPackages(sidebar.metafile, ROOT));
  await writeFile(join(out, `${tools.SIDEBAR_FILE}.html`), tools.inlineSidebar(html, sidebarJs, css));

  await copyFile(join(ROOT, "addin-sheets", "appsscript.json"), join(out, "appsscript.json"));
  const clasp = tools.claspProject(await readFile(join(ROOT, "addin-sheets", ".clasp.json"), "utf8"), scriptId);
  await writeFile(join(out, ".clasp.json"), JSON.stringify(clasp, null, 2) + "\n");
  return { dir: out, codeBytes: Buffer.byteLength(code), hostBytes: Buffer.byteLength(hostCode), sidebarBytes: Buffer.byteLength(sidebarJs), footer, plansFile: PLANS_FILE };
}
