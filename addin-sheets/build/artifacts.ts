// Generates the Apps Script project's text artefacts from the function registry and the entry-point list: top-level stubs, the inlined sidebar, the clasp project file.
import { sheetsFunctionNames, type FunctionSpec } from "../../core/functions/registry";
import type { EntryPoint } from "../server/entry-points";

function jsdocText(s: string): string {
  // A "*/" inside a description would end the comment early.
  return s.replace(/\*\//g, "* /").replace(/\s+/g, " ").trim();
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The one top-level function the custom-function stubs call, which hands their id and arguments to the bundle. */
const RUN_STUB = "run_";

/**
 * The custom functions of the registry as top-level declarations with `@customfunction` JSDoc (what Sheets'
 * autocomplete reads), each forwarding to `runForSheets` in the bundle. Every function is declared under its id
 * (what saved formulas use) and under its Vietnamese name when that differs. esbuild drops comments, so this
 * text goes into the bundle's footer verbatim.
 * @example customFunctionStubs(FUNCTIONS, "ChiTieu") contains 'function TARGET_STATUS(actual,target,baseline,as_of,unit,period){return run_("TARGET_STATUS",arguments)}'
 *   and 'function run_(id,args){return ChiTieu.runForSheets(id,[...args])}'
 */
export function customFunctionStubs(functions: readonly FunctionSpec[], globalName: string): string {
  const out: string[] = [];
  for (const f of functions) {
    const names = sheetsFunctionNames(f);
    const viName = names.find((n) => n.lang === "vi")?.name;
    for (const { lang, name } of names) {
      const params = f.params.map((p) => p.name[lang]);
      for (const p of [name, ...params]) if (!IDENTIFIER.test(p)) throw new Error(`not an identifier: ${p} (${f.id})`);
      // The help is written once, on the Vietnamese name; the English name (what saved formulas and Excel use) points
      // to it and lists its parameters bare. Apps Script evaluates Code.js before every call, so each byte counts
      // (issue 15's 250 KB), and these descriptions were in Vietnamese under either name.
      const bare = lang !== "vi" && viName !== undefined;
      out.push("/**");
      // (The bare stub's first line is the pointer to its twin, whose description it repeated word for word in
      // Vietnamese until round 39: 0.8 KB of Code.js.)
      if (!bare) out.push(` * ${jsdocText(f.description.vi)}`);
      if (lang === "vi") out.push(` * Tên tiếng Anh: ${f.id}.`);
      // (The bare stub names its Vietnamese twin, whose parameters carry the help: round 38 dropped the words saying
      // so, 0.3 KB of a Code.js at its 250,000-byte goal.)
      else if (bare) out.push(` * Tên tiếng Việt: ${viName}.`);
      for (const p of f.params) out.push(` * @param {*} ${p.optional ? `[${p.name[lang]}]` : p.name[lang]}${bare ? "" : ` ${jsdocText(p.description.vi)}`}`);
      out.push(` * @return ${jsdocText(f.returns.vi)}`);
      out.push(" * @customfunction");
      out.push(" */");
      // One line each: Apps Script parses every byte of Code.js before each call (issue 15's 250 KB). The call passes
      // `arguments` rather than the parameters again (0.4 KB): an argument left out is then missing rather than
      // undefined, which runForSheets reads alike (undefined is null there, and callFunction pads to the arity with null).
      // It goes through RUN_STUB, written once, rather than naming the global object's runForSheets in each (0.3 KB).
      out.push(`function ${name}(${params.join(",")}){return ${RUN_STUB}(${JSON.stringify(f.id)},arguments)}`);
    }
  }
  // A name ending in "_" is private to Apps Script: no menu, google.script.run or cell formula can call it.
  out.push(`function ${RUN_STUB}(id,args){return ${globalName}.runForSheets(id,[...args])}`);
  return out.join("\n");
}

/**
 * Top-level declarations for menu items, triggers and google.script.run targets, each forwarding to the bundle.
 * Names ending in "_" would be private to Apps Script, so they are refused.
 * @example entryPointStubs([{ name: "onOpen", params: ["e"] }], "ChiTieu") → "function onOpen(a){return ChiTieu.onOpen(a)}"
 */
export function entryPointStubs(entries: readonly EntryPoint[], globalName: string): string {
  return entries
    .map((e) => {
      for (const p of [e.name, ...e.params]) if (!IDENTIFIER.test(p) || p.endsWith("_")) throw new Error(`bad entry point name: ${p}`);
      // (The parameters are passed on by position, so one letter each names them: 0.1 KB of Code.js.)
      const ps = e.params.map((_, i) => String.fromCharCode(97 + i)).join(",");
      return `function ${e.name}(${ps}){return ${globalName}.${e.name}(${ps})}`;
    })
    .join("\n");
}

/** The whole footer appended after the bundle: `@OnlyCurrentDoc`, entry points, then custom functions. */
export function appsScriptFooter(functions: readonly FunctionSpec[], entries: readonly EntryPoint[], globalName: string): string {
  return [
    // The banner at the top says @OnlyCurrentDoc and where Code.js comes from; the stubs are made from
    // addin-sheets/server/entry-points.ts and core/functions/registry.ts.
    entryPointStubs(entries, globalName),
    customFunctionStubs(functions, globalName),
    "",
  ].join("\n");
}

/**
 * The sidebar page with its script and style inlined (HtmlService serves one file). A "</script" or "</style"
 * inside the code would close the element early, so it is escaped; `<!--` is escaped as it changes HTML parsing
 * of script text.
 * @example inlineSidebar('<head><link rel="stylesheet" href="sidebar.css"></head><script src="sidebar.js"></script>', "a()", "p{}")
 *   → '<head><style>p{}</style></head><script>a()</script>'
 */
export function inlineSidebar(html: string, js: string, css: string): string {
  const safeJs = js.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
  const safeCss = css.replace(/<\/style/gi, "<\\/style");
  const link = /<link rel="stylesheet" href="sidebar\.css">/;
  const script = /<script src="sidebar\.js"><\/script>/;
  if (!link.test(html) || !script.test(html)) throw new Error("sidebar.html must hold the sidebar.css link and the sidebar.js script tag");
  return html.replace(link, () => `<style>${safeCss}</style>`).replace(script, () => `<script>${safeJs}</script>`);
}

/**
 * The clasp project file written next to the built files: the script id from addin-sheets/.clasp.json (or the
 * CHITIEU_SCRIPT_ID environment variable) and rootDir "." — clasp 3 refuses a rootDir outside the folder that
 * holds .clasp.json, so the project file must live in dist/sheets itself.
 * @example claspProject('{"scriptId":"abc","rootDir":"../dist/sheets"}') → { scriptId: "abc", rootDir: ".", ... }
 */
export function claspProject(sourceJson: string, scriptId?: string): Record<string, unknown> {
  const src = JSON.parse(sourceJson) as Record<string, unknown>;
  const id = scriptId || src.scriptId;
  if (typeof id !== "string" || id.trim() === "") throw new Error("addin-sheets/.clasp.json needs a scriptId");
  return {
    scriptId: id,
    rootDir: ".",
    scriptExtensions: [".js", ".gs"],
    htmlExtensions: [".html"],
    filePushOrder: ["Code.js"],
  };
}
