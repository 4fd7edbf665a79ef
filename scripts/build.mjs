// Builds the add-ins and generated docs: `node scripts/build.mjs` builds every target, `node scripts/build.mjs excel` one.
import { build } from "esbuild";
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSheets } from "./build-sheets.mjs";
import { buildCli } from "./build-cli.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Scratch output of the build (generated sources, Node bundles of build helpers); never committed. */
export const GEN_DIR = join(ROOT, "dist", ".gen");
/** Browser targets: the Office webviews (Edge WebView2, Safari WKWebView, browsers for Excel on the web). */
export const BROWSER_TARGET = ["es2019"];

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
  const common = { bundle: true, format: "iife", target: BROWSER_TARGET, minify: true, legalComments: "none", logLevel: "error", charset: "utf8" };
  await build({ ...common, entryPoints: [entry], outfile: join(out, "functions.js") });
  await build({ ...common, entryPoints: [join(ROOT, "addin-excel", "taskpane", "main.ts")], outfile: join(out, "taskpane.js") });
  await copyFile(join(ROOT, "addin-excel", "taskpane", "taskpane.css"), join(out, "taskpane.css"));
  await copyFile(join(ROOT, "addin-excel", "taskpane", "taskpane.html"), join(out, "taskpane.html"));

  for (const size of tools.ICON_SIZES) await writeFile(join(out, "assets", `icon-${size}.png`), tools.iconPng(size));

  const source = await readFile(join(ROOT, "manifest.xml"), "utf8");
  const m = tools.manifestFor(source, baseUrl ?? tools.DEV_BASE_URL);
  if (!m.ok) throw new Error(m.reason);
  await writeFile(join(out, "manifest.xml"), m.xml);
  return { dir: out, entry };
}

/** Build targets by name; `node scripts/build.mjs` runs them all in this order. */
export const TARGETS = { cli: buildCli, docs: buildDocs, excel: buildExcel, sheets: buildSheets };

async function main(names) {
  const chosen = names.length > 0 ? names : Object.keys(TARGETS);
  for (const n of chosen) {
    const run = TARGETS[n];
    if (!run) {
      console.error(`Không có mục tiêu "${n}" / unknown target "${n}". Có / available: ${Object.keys(TARGETS).join(", ")}`);
      return 2;
    }
    await mkdir(GEN_DIR, { recursive: true });
    await run();
    console.log(`✓ ${n}`);
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
