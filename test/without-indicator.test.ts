// The spreadsheet functions' bundles are built with core/rule/parse/indicator-mode.ts saying false
// (scripts/without-indicator.mjs): the steps only an indicator's name reaches are dropped there, and such a parse
// refuses a name rather than ignore it (parseTarget's "internal" error). Core itself (the CLI, the sheet reader, the task pane) reads names.
import { build } from "esbuild";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { READS_INDICATOR } from "../core/rule/parse/indicator-mode";
import { withoutIndicator } from "../scripts/without-indicator.mjs";

/** core/rule/parse.ts bundled with the plugin, as an object with parseTarget. */
async function bundledParse(): Promise<{ parseTarget: (t: string, o?: object) => { ok: boolean; error?: { code: string } } }> {
  const out = await build({ entryPoints: [join(__dirname, "..", "core", "rule", "parse.ts")], bundle: true, format: "iife", globalName: "P", write: false, logLevel: "error", plugins: [withoutIndicator()] });
  const ctx = vm.createContext({});
  vm.runInContext(`${out.outputFiles[0].text};globalThis.P=P;`, ctx);
  return ctx.P;
}

describe("without-indicator", () => {
  it("leaves core reading indicators' names", () => expect(READS_INDICATOR).toBe(true));

  it("reads targets alike without a name, and refuses one outright (parseTarget's internal error, never a silent reading)", async () => {
    const p = await bundledParse();
    expect(p.parseTarget("ít nhất 65%").ok).toBe(true);
    expect(p.parseTarget("không quá 45 lớp", { unit: "lớp" }).ok).toBe(true);
    expect(p.parseTarget("ít nhất 65%", { indicator: "Tỷ lệ trẻ đến trường" })).toMatchObject({ ok: false, error: { code: "internal" } });
  }, 60_000);
});
