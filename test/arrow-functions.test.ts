// scripts/arrow-functions.mjs: an IIFE bundle's function declarations written as arrows among its first var's names, with the same results.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { functionsAsArrows } from "../scripts/arrow-functions.mjs";

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

describe("functionsAsArrows", () => {
  it("moves each declaration into the first var as an arrow, called before its place as before", () => {
    const code = `"use strict";var G=(()=>{var nb="kind";let q=f(1);function f(t){return g(t)+1}function g(t){return t*2}let h=(t)=>f(t);return{run:()=>[q,f(2),h(3),f.name,g.length]}})();`;
    const out = functionsAsArrows(code);
    expect(out).toContain('var nb="kind",f=(t)=>{return g(t)+1},g=(t)=>{return t*2};let q=f(1);let h');
    expect(out).not.toContain("function");
    expect(out.length).toBeLessThan(code.length);
    expect(run(out)).toBe(run(code));
  });

  it("leaves a function that uses this, arguments or new.target, one called with new or whose prototype is read", () => {
    const body = [
      `function a(){return this===void 0}`,
      `function b(){return arguments.length}`,
      `function c(){return new.target===void 0}`,
      `function d(){this.x=1}`,
      `function e(){}e.prototype.y=2;`,
      `function f(){return[1,2].map(function(){return this})}`,
      `function g(){return()=>this}`,
    ].join("");
    const code = `"use strict";var G=(()=>{var nb="kind";${body}return{run:()=>[a(),b(1,2),c(),new d().x,new e().y,f(),g()()]}})();`;
    const out = functionsAsArrows(code);
    for (const kept of ["function a()", "function b()", "function c()", "function d()", "function e()", "function g()"]) expect(out).toContain(kept);
    expect(out).toContain("f=()=>{return[1,2].map(function(){return this})}");
    expect(run(out)).toBe(run(code));
  });

  it("leaves a name assigned or declared again, and finds an inner name of the same spelling harmless", () => {
    const code = `"use strict";var G=(()=>{var nb="kind";function f(){return 1}function g(){return 2}function k(){let f=3;f=4;return f}function w(){g=()=>5}return{run:()=>[f(),k(),w(),g()]}})();`;
    const out = functionsAsArrows(code);
    expect(out).toContain("function g()");
    expect(out).not.toContain("function f()");
    expect(out).not.toContain("function k()");
    expect(run(out)).toBe(run(code));
  });

  it("leaves async functions and generators, and a body with no var first", () => {
    const code = `"use strict";var G=(()=>{var nb="kind";async function a(){return 1}function*b(){yield 1}return{run:()=>[typeof a,[...b()]]}})();`;
    expect(functionsAsArrows(code)).toBe(code);
    const bare = `var G=(()=>{function f(){return 1}return{run:()=>f()}})();`;
    expect(functionsAsArrows(bare)).toBe(bare);
  });
});
