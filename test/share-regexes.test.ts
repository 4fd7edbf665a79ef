// scripts/share-regexes.mjs: a regex with the g flag written alike in several replace calls written once, with the same results.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { shareRegexes } from "../scripts/share-regexes.mjs";

/** Runs a bundle that sets `var G` and returns G.run() as JSON, or the error it threw. */
function run(code: string): string {
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  try {
    return JSON.stringify((ctx as { G: { run: () => unknown } }).G.run());
  } catch (e) {
    return `threw ${(e as Error).constructor.name}`;
  }
}

/** The shared names alias-strings writes first: a method's name, a text, another method's name. */
const head = `var rb="replace",sb=" ",xb="exec";`;

describe("shareRegexes", () => {
  it("writes a g regex used only by replace, replaceAll and match with text once, with the same results", () => {
    const body = `function f(t){return[t[rb](/[^\\p{L}\\d]+/gu,sb),t.replace(/[^\\p{L}\\d]+/gu,""),t.replaceAll(/[^\\p{L}\\d]+/gu,sb),t.match(/[^\\p{L}\\d]+/gu),t[rb](/[^\\p{L}\\d]+/gu,sb)]}`;
    const code = `var G=(()=>{${head}${body}return{run:()=>[f("a, b;; c"),f("x--y"),f("")]}})();`;
    const out = shareRegexes(code);
    expect(out.split("/[^\\p{L}\\d]+/gu")).toHaveLength(2);
    expect(out).toMatch(/^var G=\(\(\)=>\{var rb="replace",sb=" ",xb="exec",\w+=\/\[\^\\p\{L\}\\d\]\+\/gu;/);
    expect(run(out)).toBe(run(code));
  });

  it("leaves a regex also used by exec or test, with a callback, stored, or without the g flag", () => {
    const body = [
      `function a(t){return[t[rb](/x+/gu,sb),t[rb](/x+/gu,sb),/x+/gu[xb](t)]}`,
      `function b(t,g){return[t[rb](/y+/gu,g),t[rb](/y+/gu,sb),t[rb](/y+/gu,sb)]}`,
      `function c(t){let r=/z+/gu;return[t[rb](/z+/gu,sb),t[rb](/z+/gu,sb),r.test(t),r.lastIndex]}`,
      `function d(t){return[t[rb](/w+/yu,sb),t[rb](/w+/yu,sb),t[rb](/w+/yu,sb)]}`,
    ].join("");
    const code = `var G=(()=>{${head}${body}return{run:()=>[a("axxb"),b("ayyb",()=>"Q"),c("zz"),d("wwa")]}})();`;
    const out = shareRegexes(code);
    expect(out).toBe(code);
    expect(run(out)).toBe(run(code));
  });
});
