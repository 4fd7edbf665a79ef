// scripts/share-fragments.mjs: a piece of text many literals share written once, each literal a template naming it, with the same strings.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { shareFragments } from "../scripts/share-fragments.mjs";

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

const piece = "Cần xem lại chỉ tiêu: hiểu là";
const messages = Array.from({ length: 6 }, (_, i) => `"${piece} ${i}"`).join(",");

describe("shareFragments", () => {
  it("writes a piece many literals share once, in strings and template texts alike, with the same strings", () => {
    const code = `var G=(()=>{var nb="kind";function f(x){return[${messages},\`${piece} \${x} và ${piece}\`]}let l=["${piece} a","${piece} b"];return{run:()=>[f(1),l]}})();`;
    const out = shareFragments(code);
    expect(Buffer.byteLength(out)).toBeLessThan(Buffer.byteLength(code));
    // Written once in the var, once where it ends a template text (no space after it there: not worth a var of its own),
    // and twice in the list built while the bundle loads, which is left.
    expect(out.split(piece)).toHaveLength(5);
    expect(out).toContain(`let l=["${piece} a","${piece} b"]`);
    expect(out).toMatch(new RegExp(`^var G=\\(\\(\\)=>\\{var [^;]*\\w+="[^"]*${piece}`));
    expect(run(out)).toBe(run(code));
  });

  it("leaves the first var's own values, property names, directives, tagged templates and escaped text", () => {
    const body = [
      `var ab="${piece} 1",cb="${piece} 2";`,
      `function f(){"${piece} use";return{"${piece} key":1}}`,
      `function t(s,...v){return s.raw.join("|")}function g(){return t\`${piece} 3\`}`,
      `function h(){return["${piece}\\n","${piece}\\n"]}`,
      `function k(){return[${messages}]}`,
    ].join("");
    const code = `var G=(()=>{${body}return{run:()=>[ab,cb,f(),g(),h(),k()]}})();`;
    const out = shareFragments(code);
    for (const kept of [`ab="${piece} 1"`, `cb="${piece} 2"`, `"${piece} use"`, `"${piece} key":1`, `t\`${piece} 3\``, `"${piece}\\n"`]) expect(out).toContain(kept);
    expect(run(out)).toBe(run(code));
  });

  it("never cuts a character written as two UTF-16 units", () => {
    const code = `var G=(()=>{var nb="kind";function f(){return[${Array.from({ length: 8 }, (_, i) => `"😀😀😀😀 x${i}","y${i} 😀😀😀😀"`).join(",")}]}return{run:()=>f()}})();`;
    const out = shareFragments(code);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(out.length).toBeLessThan(code.length);
    expect(run(out)).toBe(run(code));
  });

  it("returns the code unchanged without a var first in the IIFE or with nothing shared", () => {
    const bare = `var G=(()=>{function f(){return[${messages}]}return{run:()=>f()}})();`;
    expect(shareFragments(bare)).toBe(bare);
    const few = `var G=(()=>{var nb="kind";function f(){return["a","b"]}return{run:()=>f()}})();`;
    expect(shareFragments(few)).toBe(few);
  });
});
