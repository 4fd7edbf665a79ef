// scripts/share-shapes.mjs: object literals of one key list built by one arrow function each, with the same objects.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { shareShapes } from "../scripts/share-shapes.mjs";

/** Runs a bundle that sets `var G` and returns G.run(), each object with its own keys in order and its prototype. */
function run(code: string): string {
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  const seen = (x: unknown): unknown => {
    if (typeof x === "function") return `fn:${x.name}`;
    if (!x || typeof x !== "object") return x;
    if (Array.isArray(x)) return x.map(seen);
    const proto = Object.getPrototypeOf(x);
    return { proto: proto === null ? "null" : proto.constructor?.name, own: Reflect.ownKeys(x).map((k) => [String(k), seen((x as Record<string, unknown>)[k as string]), Object.getOwnPropertyDescriptor(x, k)?.writable]) };
  };
  return JSON.stringify(seen((ctx as { G: { run: () => unknown } }).G.run()));
}

const rep = (s: string, n = 6) => Array.from({ length: n }, (_, i) => s.replaceAll("#", String(i))).join(",");

describe("shareShapes", () => {
  it("builds a key list written often through one function and gives the same objects, in the same key order", () => {
    const code = `"use strict";var G=(()=>{function f(n){return{label:"trường",count:n,share:n/28}}return{run:()=>[${rep("f(#)")},${rep('{label:"lớp",count:#,share:0}')},${rep('{"a b":#,"≥":1}')}]}})();`;
    const out = shareShapes(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out.match(/label:/g)).toHaveLength(1);
    expect(out).toContain("return ");
    expect(run(out)).toBe(run(code));
  });

  it("evaluates the values in order, once each, in the caller's scope", () => {
    const fn = (name: string, tag: number) => `function ${name}(){return{firstRead:(log.push(${tag}),this&&this.k),secondRead:(log.push(${tag + 1}),arguments.length)}}`;
    const code = `var G=(()=>{let log=[];${fn("o", 1)}${fn("q", 3)}${fn("w", 5)}return{run:()=>[${rep("o.call({k:#},#,#),q.call(null),w()")},log]}})();`;
    const out = shareShapes(code);
    expect(out.match(/firstRead:/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
  });

  it("rewrites nested literals from the inside out", () => {
    const code = `var G=(()=>{return{run:()=>[${rep("{rule:{kind:#,unit:#},used:{kind:#,unit:0}}")}]}})();`;
    const out = shareShapes(code);
    expect(out.match(/kind:/g)).toHaveLength(1);
    expect(out.match(/rule:/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
  });

  it("leaves destructuring targets, __proto__, spreads, methods, accessors, computed and repeated keys as written", () => {
    const body = [
      `let a,b;`,
      `function d(o){({head:a,tail:b}=o);[{head:a}]=[o];for({head:a,tail:b} of [o]);return a+b}`,
      `function p(){return{__proto__:null,head:1,tail:2}}`,
      `function s(o){return{...o,head:1,tail:2}}`,
      `function m(){return{head(){return 1},tail:2}}`,
      `function g(){return{get head(){return 1},tail:2}}`,
      `function c(){return{["head"]:1,tail:2}}`,
      `function r(){return{head:1,tail:2,head:3}}`,
    ].join("");
    const calls = ["d({head:1,tail:2})", "p()", "s({x:1})", "m().head()", "g().head", "c()", "r()"];
    const code = `var G=(()=>{${body}return{run:()=>[${calls.map((c) => rep(c)).join(",")}]}})();`;
    const out = shareShapes(code);
    expect(out).toContain("({head:a,tail:b}=o)");
    expect(out).toContain("[{head:a}]=[o]");
    expect(out).toContain("for({head:a,tail:b} of");
    expect(out).toContain("{__proto__:null,head:1,tail:2}");
    expect(out).toContain("{...o,head:1,tail:2}");
    expect(out).toContain("{head(){return 1},tail:2}");
    expect(out).toContain("{get head(){return 1},tail:2}");
    expect(out).toContain(`{["head"]:1,tail:2}`);
    expect(out).toContain("{head:1,tail:2,head:3}");
    expect(run(out)).toBe(run(code));
  });

  it("leaves a literal that names a function or class after its key (.name), and shares the one holding a named one", () => {
    const code = `var G=(()=>{function h(){}return{run:()=>[${rep("{fn:()=>#,tag:#}")},${rep("{fn:function(){},tag:#}")},${rep("{fn:class{},tag:#}")},${rep("{fn:h,tag:#}", 10)}]}})();`;
    const out = shareShapes(code);
    expect(out.match(/fn:\(\)=>/g)).toHaveLength(6);
    expect(out.match(/fn:function\(\)/g)).toHaveLength(6);
    expect(out.match(/fn:h,/g)).toBeNull();
    expect(run(out)).toBe(run(code));
    expect(run(out)).toContain("fn:fn");
  });

  it("writes nothing when no key list pays for its function, and names nothing the code already names", () => {
    const once = `var G=(()=>{return{run:()=>[{a:1},{b:2},{a:1,b:2}]}})();`;
    expect(shareShapes(once)).toBe(once);
    const taken = Array.from("abcdefghijklmnopqrstuvwxyz", (c) => `${c}b`);
    const code = `var G=(()=>{var ${taken.map((n, i) => `${n}=${i}`).join(",")};return{run:()=>[${taken.join("+")},${rep("{weight:#,height:#}")}]}})();`;
    const out = shareShapes(code);
    expect(out.length).toBeLessThan(code.length);
    expect(run(out)).toBe(run(code));
  });

  it("declares its functions among the IIFE's first var by how often each is used, after the more used names", () => {
    const code = `var G=(()=>{var t="kind",e="unit";function f(x){return[x[t],x[e],x[t],x[e],x[t],x[e],x[t],x[e],x[t],x[e],x[t],x[e],x[t],x[t]]}return{run:()=>[${rep("f({weight:#,height:#})", 5)}]}})();`;
    const out = shareShapes(code);
    expect(out).toMatch(/^var G=\(\(\)=>\{var t="kind",e="unit",\w+=\(p0,p1\)=>\(\{weight:p0,height:p1\}\);/);
    expect(run(out)).toBe(run(code));
  });
});
