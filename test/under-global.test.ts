// scripts/build-sheets.mjs underGlobal: Code.js's module bundle as the IIFE whose value is the stubs' global object.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { underGlobal } from "../scripts/build-sheets.mjs";

describe("underGlobal", () => {
  it("returns the module's exports as plain properties holding the same functions, in strict mode", () => {
    const esm = 'var n=0;function a(){return++n}const b=(x)=>x*2;function c(){return typeof this}export{a as bump,b as twice,c};';
    const code = underGlobal(esm, "Chi");
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    const g = (ctx as { Chi: Record<string, (...a: number[]) => unknown> }).Chi;
    expect(Object.keys(g).sort()).toEqual(["bump", "c", "twice"]);
    expect([g.bump(), g.bump(), g.twice(21)]).toEqual([1, 2, 42]);
    expect((0, g.c)()).toBe("undefined");
    expect(code.startsWith('"use strict";var Chi=(()=>{')).toBe(true);
  });

  it("refuses a bundle it cannot read rather than lose an entry point", () => {
    expect(() => underGlobal("function a(){}", "G")).toThrow(/export clause/);
    expect(() => underGlobal('import{x}from"y";function a(){}export{a};', "G")).toThrow(/another export or import/);
    expect(() => underGlobal('function a(){}export{a as "b c"};', "G")).toThrow(/cannot read/);
  });
});
