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
type Result = { ok: boolean; error?: { code: string; message: { vi: string; en: string } } };
async function bundledParse(): Promise<{ parseTarget: (t: string, o?: object) => Result; parseStatement: (t: string, o?: object) => Array<{ result: Result }> }> {
  const out = await build({ entryPoints: [join(__dirname, "..", "core", "rule", "parse.ts")], bundle: true, format: "iife", globalName: "P", write: false, logLevel: "error", plugins: [withoutIndicator()] });
  const ctx = vm.createContext({});
  vm.runInContext(`${out.outputFiles[0].text};globalThis.P=P;`, ctx);
  return ctx.P;
}

describe("without-indicator", () => {
  it("leaves core reading indicators' names", () => expect(READS_INDICATOR).toBe(true));

  it("reads targets alike without a name, and refuses one outright, saying why and what to do (never a silent reading)", async () => {
    const p = await bundledParse();
    expect(p.parseTarget("ít nhất 65%").ok).toBe(true);
    expect(p.parseTarget("không quá 45 lớp", { unit: "lớp" }).ok).toBe(true);
    for (const [phrase, indicator] of [["ít nhất 65%", "Tỷ lệ trẻ đến trường"], ["Phấn đấu 100% trường đạt chuẩn", "Số trường đạt chuẩn"], ["xyz", "Tỷ lệ"]]) {
      const r = p.parseTarget(phrase, { indicator });
      expect(r).toMatchObject({ ok: false, error: { code: "indicator_unread" } });
      expect(r.error!.message.vi).toMatch(/không đọc tên chỉ tiêu: để trống đối số tên, hoặc dùng khung Kiểm tra chỉ tiêu/u);
      expect(r.error!.message.en).toMatch(/read no indicator name: leave that argument empty, or use the Kiểm tra chỉ tiêu pane/u);
      expect(r.error!.message.vi).not.toContain("Lỗi khi đọc");
    }
    // parseStatement, the other way in, refuses the same way (one part, the whole text, that refusal).
    const parts = p.parseStatement("Tỷ lệ trẻ ra lớp đạt 98%", { indicator: "Tỷ lệ trẻ ra lớp" });
    expect(parts.map((x) => x.result.error?.code)).toEqual(["indicator_unread"]);
  }, 60_000);
});
