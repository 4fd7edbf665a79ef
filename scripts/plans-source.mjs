// How each add-in bundle gets the bundled plans: an esbuild plugin swapping core/plan/bundled-source.ts, so the plans' 190 KB of JSON is not code every call evaluates.
import { join } from "node:path";

/**
 * Replaces core/plan/bundled-source.ts in one bundle with `contents` (a module exporting `bundledPlanJson()`).
 * The variants, by where the plans are needed:
 * - `appsScriptFile(name)`: Apps Script evaluates every script file of a project before each call (custom
 *   functions included), so the plans live in an HTML file of the project and are read with
 *   HtmlService.createHtmlOutputFromFile(name).getContent() only when a plan is looked up;
 * - `fromPage()`: Excel's functions share one page with the task pane, whose bundle carries the plans
 *   and hands them over on `globalThis.CHITIEU_PLANS` (`toPage()`);
 * - `toPage(root)`: the task pane's own copy, also set on the page for the functions.
 * @example build({ ..., plugins: [plansSource(appsScriptFile("Plans"))] })
 */
export function plansSource(contents) {
  return {
    name: "plans-source",
    setup(b) {
      b.onResolve({ filter: /[\\/]bundled-source$/ }, (a) => (fromBundled(a) ? { path: "bundled-source", namespace: "plans-source" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "plans-source" }, () => ({ contents, loader: "js", resolveDir: process.cwd() }));
    },
  };
}

const fromBundled = (a) => /[\\/]core[\\/]plan[\\/]bundled\.ts$/.test(a.importer);

/**
 * Makes core/plan/bundled.ts's `validatePlan` a pass-through, for bundles whose bundled plans the build itself has
 * validated (`checkedPlanJson` in scripts/plans-checked.ts, which refuses a plan that fails or that validation would
 * change): Code.js and functions.js, whose plans arrive from the host, and the CLI, which would otherwise validate
 * every bundled plan (and parse its ~900 targets) on each start. A plan file a user gives (`--plan x.json`) is still
 * validated: that path does not go through bundled.ts. Apps Script evaluates Code.js before every call, and zod with
 * the plan schema is about 27 KB of it.
 * @example build({ ..., plugins: [plansSource(fromPage()), checkedPlans()] })
 */
export function checkedPlans() {
  return {
    name: "plans-checked",
    setup(b) {
      b.onResolve({ filter: /[\\/]validate$/ }, (a) => (fromBundled(a) ? { path: "validate", namespace: "plans-checked" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "plans-checked" }, () => ({ contents: CHECKED_VALIDATE, loader: "js" }));
    },
  };
}

const CHECKED_VALIDATE = "export function validatePlan(json) { return { ok: true, plan: json }; }";

/** The Apps Script variant: the plans' JSON is the whole content of the project's HTML file `name`. */
export const appsScriptFile = (name) =>
  `export function bundledPlanJson() { return JSON.parse(HtmlService.createHtmlOutputFromFile(${JSON.stringify(name)}).getContent()); }`;

/** The Excel functions variant: the task pane's bundle, on the same page, sets them (null until it has run). */
export const fromPage = () => `export function bundledPlanJson() { return globalThis.CHITIEU_PLANS || null; }`;

/** The Excel task pane variant: its own import of the plans, shared with the functions on the same page. */
export const toPage = (root) =>
  `import { BUNDLED_PLAN_JSON } from ${JSON.stringify(join(root, "templates", "plans", "index.ts"))};\nglobalThis.CHITIEU_PLANS = BUNDLED_PLAN_JSON;\nexport function bundledPlanJson() { return BUNDLED_PLAN_JSON; }`;
