// scripts/share-compares.mjs: a property compared often with a fixed value written once as a function, with the same results.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { shareCompares } from "../scripts/share-compares.mjs";

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

const rep = (s: string, n = 8) => Array.from({ length: n }, () => s).join(",");
/** The shared names alias-strings writes first in the IIFE (two letters, as in a bundle): the property name and values. */
const head = `var nb="kind",cb="percent",db="count",zb=null;`;

describe("shareCompares", () => {
  it("writes X[n]===Y and X[n]!==Y as one function's call, with the same results", () => {
    const code = `var G=(()=>{${head}function f(e){return[${rep("e[nb]===cb,e[nb]!==cb,e[nb]===db,e[nb]===zb,e[nb]===1,e[nb]!==-1", 4)}]}return{run:()=>[${rep('f({kind:"percent"})')},${rep('f({kind:"count"})')},${rep("f({kind:null})")},${rep("f({})")}]}})();`;
    const out = shareCompares(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out).not.toContain("[nb]===cb");
    expect(out).not.toContain("[nb]!==cb");
    expect(out).toMatch(/^var G=\(\(\)=>\{var nb="kind",\w+=\(a,b\)=>a\[nb\]===b,cb="percent"/);
    expect(run(out)).toBe(run(code));
  });

  it("reads the property once, and throws as the comparison did on a missing object", () => {
    const code = `var G=(()=>{${head}let reads=0;const o={get kind(){reads++;return"percent"}};function f(e){return[${rep("e[nb]===cb||e[nb]!==db")}]}return{run:()=>{const r=[${rep("f(o)")}];try{f(null)}catch(e){r.push(e.constructor.name)}return[r,reads]}}})();`;
    const out = shareCompares(code);
    expect(out).not.toContain("[nb]===cb");
    expect(run(out)).toBe(run(code));
  });

  it("leaves an optional chain, super, a value that can change or has an effect, and a property read on the right", () => {
    const body = [
      `function o(e){return e?.[nb]===cb}`,
      `class A{get kind(){return"percent"}}class B extends A{t(){return super[nb]===cb}}`,
      `function v(e,w){return e[nb]===w}`,
      `function g(e){return e[nb]===h()}let k=0;function h(){return k++?"count":"percent"}`,
      `function r(e){return cb===e[nb]}`,
      `function s(e){return[${rep("e[nb]===cb", 16)}]}`,
    ].join("");
    const code = `var G=(()=>{${head}${body}return{run:()=>[o(null),o({kind:"percent"}),new B().t(),v({kind:1},1),g({kind:"percent"}),g({kind:"count"}),r({kind:"percent"}),s({kind:"percent"})]}})();`;
    const out = shareCompares(code);
    for (const kept of ["e?.[nb]===cb", "super[nb]===cb", "e[nb]===w", "e[nb]===h()", "cb===e[nb]"]) expect(out).toContain(kept);
    expect(out).not.toContain("e[nb]===cb,");
    expect(run(out)).toBe(run(code));
  });

  it("takes no name that is ever written again as fixed: neither the property's nor the value's", () => {
    const code = `var G=(()=>{var nb="kind",cb="percent",mb="unit";function f(e){return[${rep("e[nb]===cb", 16)},${rep("e[mb]===nb", 16)}]}function w(){cb="count";[mb]=["value"]}return{run:()=>[f({kind:"percent",unit:"kind"}),w(),f({kind:"count",value:"kind"})]}})();`;
    const out = shareCompares(code);
    expect(out).toContain("e[nb]===cb");
    expect(out).toContain("e[mb]===nb");
    expect(run(out)).toBe(run(code));
  });

  it("leaves a bundle without the shared names' var, or with too few comparisons to pay, as it was", () => {
    const bare = `var G=(()=>{function f(e){return e.kind==="percent"}return{run:()=>[${rep('f({kind:"percent"})')}]}})();`;
    expect(shareCompares(bare)).toBe(bare);
    const few = `var G=(()=>{${head}function f(e){return e[nb]===cb}return{run:()=>[f({kind:"percent"})]}})();`;
    expect(shareCompares(few)).toBe(few);
  });
});
