// Builds the add-ins and generated docs: `node scripts/build.mjs` builds every target, `node scripts/build.mjs excel` one.
import { build } from "esbuild";
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { aliasStrings } from "./alias-strings.mjs";
import { buildSheets } from "./build-sheets.mjs";
import { minifyHard } from "./minify-hard.mjs";
import { shareShapes } from "./share-shapes.mjs";
import { shareCompares } from "./share-compares.mjs";
import { shareRegexes } from "./share-regexes.mjs";
import { shareFragments } from "./share-fragments.mjs";
import { withoutIndicator } from "./without-indicator.mjs";
import { functionValues } from "./function-values.mjs";
import { buildCli } from "./build-cli.mjs";
import { bundledPackages, renderNotices } from "./notices.mjs";
import { checkedPlans, fromPage, plansSource, toPage } from "./plans-source.mjs";

/**
 * tsconfig.json with class fields set by assignment (`this.x = v`), as TypeScript does with useDefineForClassFields
 * false, for the bundles whose size costs at run time (Code.js, functions.js): ES2019 has no class fields, and esbuild
 * lowers each one to a `__publicField(this, "x", v)` call otherwise. No class of core has a setter or a base-class
 * accessor a field would shadow, so the two forms set the same own properties.
 * @example await assignedFields() → { compilerOptions: { target: "ES2022", …, useDefineForClassFields: false } }
 */
export async function assignedFields() {
  const ts = JSON.parse(await readFile(join(ROOT, "tsconfig.json"), "utf8"));
  return { ...ts, compilerOptions: { ...ts.compilerOptions, useDefineForClassFields: false } };
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Scratch output of the build (generated sources, Node bundles of build helpers); never committed. */
export const GEN_DIR = join(ROOT, "dist", ".gen");
/** Browser targets: the Office webviews (Edge WebView2, Safari WKWebView, browsers for Excel on the web). */
export const BROWSER_TARGET = ["es2019"];
/**
 * functions.js alone is built for ES2020, so `?.` and `??` stay as written instead of esbuild's `(t=a)==null?void 0:t.b`
 * (6.3 KB of the 222 KB Excel parses before the first calculation). No engine that runs functions.js today loses it:
 * its regex literals already need lookbehind (`(?<!\p{L})`, a syntax error at load without it), which Safari has only
 * from 16.4 (ES2020 from 13.1), EdgeHTML and IE never had, and Chromium from 62 (ES2020 from 80). The only engines
 * in that gap are Chrome/Edge 62-79 (before February 2020) in Excel on the web, which Microsoft 365 no longer supports;
 * Excel on Windows runs WebView2 (Chromium 86 and later). Code.js stays ES2019 (build-sheets.mjs: Apps Script's V8
 * page does not list `?.`), and the pane with it, since its size costs nothing at calculation.
 */
export const FUNCTIONS_TARGET = ["es2020"];

/**
 * Bundles a TypeScript module for Node into dist/.gen and imports it, so build steps can use the TS registry.
 * @example const tools = await importTs("addin-excel/build/index.ts", "excel-tools")
 */
export async function importTs(entry, name, genDir = GEN_DIR) {
  const outfile = join(genDir, `${name}.mjs`);
  await build({ entryPoints: [join(ROOT, entry)], outfile, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "error" });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

async function writeIfChanged(file, text) {
  const old = await readFile(file, "utf8").catch(() => null);
  if (old !== text) await writeFile(file, text);
}

/** Writes docs/functions.md from the function registry (committed; a test checks it is current). */
export async function buildDocs() {
  const tools = await importTs("addin-excel/build/index.ts", "excel-tools");
  await writeIfChanged(join(ROOT, "docs", "functions.md"), tools.renderFunctionReference());
  return { files: ["docs/functions.md"] };
}

/**
 * Builds dist/excel: functions.js + functions.json (+ functions-vi.json) from the registry, taskpane.html/js/css,
 * icons and manifest.xml. `baseUrl` (env CHITIEU_BASE_URL) is where the files will be served; default the dev server.
 * `outDir`/`genDir` let tests build into their own folders. Throws when custom-functions-metadata reports any
 * error or the metadata and registry disagree.
 */
export async function buildExcel({ baseUrl = process.env.CHITIEU_BASE_URL, outDir, genDir = GEN_DIR } = {}) {
  await mkdir(genDir, { recursive: true });
  const tools = await importTs("addin-excel/build/index.ts", "excel-tools", genDir);
  const out = outDir ?? join(ROOT, "dist", "excel");
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "assets"), { recursive: true });

  // 1. The functions entry, generated (never hand-written) so JSDoc, associate calls and registry cannot drift.
  const entry = join(genDir, "excel-functions.ts");
  const runModule = relative(genDir, join(ROOT, "addin-excel", "functions", "run")).split("\\").join("/");
  await writeFile(entry, tools.excelFunctionsEntry(tools.FUNCTIONS, runModule));

  // 2. Metadata through the library's API: its CLI exits 0 on errors and writes nothing.
  const { generateCustomFunctionsMetadata } = (await import("custom-functions-metadata")).default ?? (await import("custom-functions-metadata"));
  const gen = await generateCustomFunctionsMetadata(entry);
  if (gen.errors.length > 0) throw new Error(`custom-functions-metadata: ${gen.errors.join("; ")}`);
  const ids = tools.FUNCTIONS.map((f) => f.id).sort().join(",");
  const associated = gen.associate.map((a) => a.id).sort().join(",");
  if (associated !== ids) throw new Error(`associate ids (${associated}) differ from the registry (${ids})`);
  for (const [lang, file] of [["en", "functions.json"], ["vi", "functions-vi.json"]]) {
    const { metadata, errors } = tools.localizeMetadata(gen.metadataJson, tools.FUNCTIONS, lang);
    if (errors.length > 0) throw new Error(`${file}: ${errors.join("; ")}`);
    await writeFile(join(out, file), JSON.stringify(metadata, null, 2) + "\n");
  }

  // 3. Bundles: the functions and the task pane share one page and one runtime, but stay separate files so the
  //    manifest's functions Script URL points at the functions alone.
  // Licence texts go into THIRD-PARTY-NOTICES.txt beside the bundles (from the metafile), so the bundles stay small.
  const common = { absWorkingDir: ROOT, bundle: true, format: "iife", target: BROWSER_TARGET, minify: true, legalComments: "none", metafile: true, logLevel: "error", charset: "utf8" };
  // The plans travel in the pane's bundle, which hands them to the functions on the page they share (plans-source.mjs).
  // They are validated here, once, so functions.js takes them as checked and carries no validator.
  const plans = (await importTs("scripts/plans-checked.ts", "plans-checked", genDir)).checkedPlanJson();
  if (!plans.ok) throw new Error(plans.reason);
  const pane = await build({ ...common, plugins: [plansSource(toPage(ROOT))], entryPoints: [join(ROOT, "addin-excel", "taskpane", "main.ts")], outfile: join(out, "taskpane.js") });
  const fns = await build({ ...common, target: FUNCTIONS_TARGET, tsconfigRaw: await assignedFields(), plugins: [plansSource(fromPage()), checkedPlans(), withoutIndicator()], entryPoints: [entry], outfile: join(out, "functions.js") });
  // As in Code.js: each repeated literal written once (scripts/alias-strings.mjs; about 15 KB of a bundle Excel parses
  // before the first calculation), each key list of object literals built often alike once (scripts/share-shapes.mjs,
  // 2.5 KB), each property comparison made often with a fixed value once (scripts/share-compares.mjs, 0.9 KB), g
  // regexes written alike in replace calls (scripts/share-regexes.mjs, 0.2 KB) and pieces of text the functions'
  // literals share (scripts/share-fragments.mjs, 1.8 KB), the top level's function declarations as values of one var
  // terser writes as arrows (scripts/function-values.mjs, 2.2 KB), then terser's second pass (scripts/minify-hard.mjs, about 6 KB more). The pane is
  // left as esbuild writes it: gzip on the web makes the saving moot there.
  await writeFile(join(out, "functions.js"), await minifyHard(functionValues(shareFragments(shareRegexes(shareCompares(shareShapes(aliasStrings(await readFile(join(out, "functions.js"), "utf8")))))))));
  await build({ ...common, metafile: false, entryPoints: [join(ROOT, "addin-excel", "load-guard", "main.ts")], outfile: join(out, tools.GUARD_FILE) });
  // The panel's shared layout, then Excel's own look over it (the Sheets build inlines the same layout under Google's look).
  await copyFile(join(ROOT, "panel", "panel.css"), join(out, "panel.css"));
  await copyFile(join(ROOT, "addin-excel", "taskpane", "taskpane.css"), join(out, "taskpane.css"));
  // The page's CSP and Office.js address come from addin-excel/build/page.ts; the build refuses a page without their slots.
  const page = tools.pageHtml(await readFile(join(ROOT, "addin-excel", "taskpane", "taskpane.html"), "utf8"));
  if (!page.ok) throw new Error(page.reason);
  await writeFile(join(out, "taskpane.html"), page.html);
  // The same plans as a file beside functions.js, which fetches it when Excel calculates before the pane has loaded.
  await writeFile(join(out, "plans.json"), JSON.stringify(plans.json));
  const packages = bundledPackages({ outputs: { ...pane.metafile.outputs, ...fns.metafile.outputs } }, ROOT);
  await writeFile(join(out, "THIRD-PARTY-NOTICES.txt"), renderNotices("Chỉ tiêu for Excel (functions.js, taskpane.js)", packages));

  for (const size of tools.ICON_SIZES) await writeFile(join(out, "assets", `icon-${size}.png`), tools.iconPng(size));

  const source = await readFile(join(ROOT, "manifest.xml"), "utf8");
  const m = tools.manifestFor(source, baseUrl ?? tools.DEV_BASE_URL);
  if (!m.ok) throw new Error(m.reason);
  // Offline, against the schema table and documented rules (addin-excel/build/manifest-schema.ts): a manifest Office
  // would reject never leaves the build.
  const problems = tools.validateManifest(m.xml);
  if (problems.length > 0) throw new Error(`manifest.xml does not pass the schema check:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  await writeFile(join(out, "manifest.xml"), m.xml);
  return { dir: out, entry, baseUrl: baseUrl ?? tools.DEV_BASE_URL };
}

/** Build targets by name; `node scripts/build.mjs` runs them all in this order. */
export const TARGETS = { cli: buildCli, docs: buildDocs, excel: buildExcel, sheets: buildSheets };

/**
 * Splits the command line into target names and options: `excel --base-url https://host/path/` (or `--base-url=…`).
 * A base URL without a final "/" gets one: it names the folder the files are served from.
 * @example parseBuildArgs(["excel", "--base-url", "https://a.vn/x"]) → { names: ["excel"], baseUrl: "https://a.vn/x/" }
 */
export function parseBuildArgs(argv) {
  const names = [];
  let baseUrl;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--base-url") baseUrl = argv[++i];
    else if (a.startsWith("--base-url=")) baseUrl = a.slice("--base-url=".length);
    else if (a.startsWith("-")) throw new Error(`Tùy chọn không rõ "${a}" / unknown option "${a}": chỉ có / only --base-url <https://…/>`);
    else names.push(a);
  }
  if (baseUrl !== undefined && !baseUrl) throw new Error("--base-url cần một địa chỉ https://…/ / --base-url needs an https://…/ address");
  if (baseUrl && !baseUrl.endsWith("/")) baseUrl += "/";
  return { names, baseUrl };
}

async function main(argv) {
  const { names, baseUrl } = parseBuildArgs(argv);
  const chosen = names.length > 0 ? names : Object.keys(TARGETS);
  for (const n of chosen) {
    const run = TARGETS[n];
    if (!run) {
      console.error(`Không có mục tiêu "${n}" / unknown target "${n}". Có / available: ${Object.keys(TARGETS).join(", ")}`);
      return 2;
    }
    await mkdir(GEN_DIR, { recursive: true });
    const result = await (n === "excel" ? buildExcel({ baseUrl }) : run());
    if (n === "excel") console.log(`✓ excel: dist/excel/manifest.xml cho / for ${result.baseUrl} (đã kiểm theo lược đồ / schema-checked)`);
    else console.log(`✓ ${n}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
