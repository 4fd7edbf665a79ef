// scripts/function-values.mjs: a bundle's top-level function declarations written as values of one var, with the same results.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { functionValues } from "../scripts/function-values.mjs";
import { minifyHard } from "../scripts/minify-hard.mjs";

/** Runs a bundle that sets `var G` and returns G.run() as JSON, or the error it threw. */
function run(code: string): string {
  const ctx = vm.createContext({});
  try {
    vm.runInContext(code, ctx);
    return JSON.stringify((ctx as { G: { run: () => unknown } }).G.run());
  } catch (e) {
    return `threw ${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}

/** The shared names alias-strings writes first: a property's name, a text. */
const head = `var n="kind",s=" ";`;

describe("functionValues", () => {
  it("writes each top-level declaration as a value of one var after the first, which terser then writes as arrows", async () => {
    const body = [
      // Called before its declaration, while the bundle loads: the var is set before any statement but the first runs.
      `var early=twice(2);`,
      `function twice(t){return t*2}`,
      `function kindOf(t){return t[n]+s+twice(t.n)}`,
      // Recursion through its own name, and a reassignment of that name later on, as a declaration allows.
      `function count(t){return t<=0?0:1+count(t-1)}`,
      `function later(){return"first"}`,
      `var swapped=later();later=function(){return"second"};`,
    ].join("");
    const code = `var G=(()=>{${head}${body}return{run:()=>[early,kindOf({kind:"a",n:3}),count(4),swapped,later(),typeof twice,twice.length]}})();`;
    const out = functionValues(code);
    expect(out).toMatch(/^var G=\(\(\)=>\{var n="kind",s=" ";var twice=function\(t\)\{return t\*2\},kindOf=function\(t\)/);
    expect(out).not.toMatch(/function (twice|kindOf|count|later)\(/);
    expect(run(out)).toBe(run(code));
    const min = await minifyHard(out);
    expect(min).not.toContain("function");
    expect(run(min)).toBe(run(code));
  });

  it("keeps `this` and `arguments` as a declaration has them: terser leaves those functions as functions", async () => {
    const body = [
      `function self(){return this===undefined?"strict":"bound"}`,
      `function all(){return arguments.length}`,
      `function method(){return this.v}`,
    ].join("");
    const code = `"use strict";var G=(()=>{${head}${body}return{run:()=>[self(),self.call(1),all(1,2,3),method.call({v:7}),({v:8,m:method}).m()]}})();`;
    const out = functionValues(code);
    expect(out).toContain("var self=function(){");
    expect(run(out)).toBe(run(code));
    expect(run(await minifyHard(out))).toBe(run(code));
  });

  it("leaves a function that `new` builds, `instanceof` tests, a class extends or whose prototype is read a declaration", async () => {
    const body = [
      `function Made(t){this.t=t}`,
      `function Tested(){}`,
      `function Base(){this.b=1}`,
      `function Proto(){}Proto.prototype.p=5;`,
      `class Sub extends Base{}`,
      `function plain(){return 1}`,
    ].join("");
    const code = `var G=(()=>{${head}${body}return{run:()=>[new Made(2).t,{} instanceof Tested,new Sub().b,plain()]}})();`;
    const out = functionValues(code);
    for (const f of ["Made(t)", "Tested()", "Base()", "Proto()"]) expect(out).toContain(`function ${f}`);
    expect(out).toContain("var plain=function(){return 1};");
    expect(run(out)).toBe(run(code));
    expect(run(await minifyHard(out))).toBe(run(code));
  });

  it("puts the var before the first when that var's values read a declared function or run code as the bundle loads", () => {
    for (const first of [`var n="kind",f=twice;`, `var n="kind",k=String(1);`, `var n="kind",m=Math.max;`]) {
      const code = `var G=(()=>{${first}function twice(t){return t*2}return{run:()=>[twice(3)]}})();`;
      const out = functionValues(code);
      expect(out.startsWith(`var G=(()=>{var twice=function(t){return t*2};${first}`)).toBe(true);
      expect(run(out)).toBe(run(code));
    }
  });

  it("keeps async functions async, leaves generators, and returns the code unchanged without a first var", () => {
    const code = `var G=(()=>{${head}async function later(t){return t}function*gen(){yield 1}return{run:()=>[later(1)instanceof Promise,[...gen()]]}})();`;
    const out = functionValues(code);
    expect(out).toContain("var later=async function(t){return t};");
    expect(out).toContain("function*gen()");
    expect(run(out)).toBe(run(code));
    const noVar = `var G=(()=>{function f(){return 1}return{run:()=>[f()]}})();`;
    expect(functionValues(noVar)).toBe(noVar);
  });
});
