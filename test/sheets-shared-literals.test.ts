// Code.js with its repeated literals written once (scripts/alias-strings.mjs) answers every custom function exactly as the bundle esbuild wrote.
import { beforeAll, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { FUNCTIONS } from "../core/functions/registry";
import { loadCorpus } from "./corpus/corpus";
import { createGasFakes, loadAppsScript } from "./helpers/gas-fakes";

type Run = (id: string, args: unknown[]) => string;
let shared: Run;
let plain: Run;
let plans = "";

/** Loads a built Code.js as Apps Script does; each answer as JSON, or the error it threw. */
function runner(dir: string): Run {
  const api = loadAppsScript(readFileSync(join(dir, "Code.js"), "utf8"), createGasFakes(), { Plans: plans }).ChiTieu;
  return (id, args) => {
    try {
      return JSON.stringify(api.runForSheets(id, args));
    } catch (e) {
      return `threw ${String(e)}`;
    }
  };
}

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-literals-"));
  const a = await buildSheets({ outDir: join(tmp, "shared"), genDir: join(tmp, "gen") });
  const b = await buildSheets({ outDir: join(tmp, "plain"), genDir: join(tmp, "gen"), shareLiterals: false });
  expect(a.codeBytes).toBeLessThan(b.codeBytes - 10_000);
  plans = readFileSync(join(a.dir, "Plans.html"), "utf8");
  shared = runner(a.dir);
  plain = runner(b.dir);
}, 120_000);

it("gives the same answer, value or error, for every function over a sample of the dev corpus", () => {
  const ids = FUNCTIONS.map((f) => f.id);
  const rows = loadCorpus("dev").rows.filter((_, i) => i % 4 === 0);
  let calls = 0;
  const same = (id: string, args: unknown[]) => {
    expect(shared(id, args), `${id} ${JSON.stringify(args)}`).toBe(plain(id, args));
    calls++;
  };
  for (const r of rows) {
    for (const c of r.checks) {
      const verdict = [c.actual, r.phrase, c.baseline ?? "", c.asOf ?? "2025-06-01"];
      for (const id of ["TARGET_STATUS", "TARGET_MET", "TARGET_GAP", "TARGET_PROGRESS"]) same(id, [...verdict, r.unit, r.period]);
      for (const lang of ["vi", "en"]) same("TARGET_EXPLAIN", [...verdict, lang, r.unit, r.period]);
      same("VN_NUMBER", [c.actual]);
    }
    for (const lang of ["vi", "en"]) same("TARGET_RULE", [r.phrase, lang, r.unit, r.period]);
  }
  for (const plan of Object.keys(JSON.parse(plans)).slice(0, 2)) for (const ind of ["1", "2", "x"]) same("PLAN_TARGET", [plan.replace(/\.json$/, ""), ind]);
  // Every function of the registry was called, so a new one is compared too once it is added above.
  expect(ids.filter((id) => !["TARGET_STATUS", "TARGET_MET", "TARGET_GAP", "TARGET_PROGRESS", "TARGET_EXPLAIN", "VN_NUMBER", "TARGET_RULE", "PLAN_TARGET"].includes(id))).toEqual([]);
  expect(calls).toBeGreaterThan(1000);
});
