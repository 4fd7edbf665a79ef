// scripts/alias-strings.mjs: repeated string literals of a minified IIFE written once, with the same results and valid syntax wherever a literal stood.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { aliasStrings } from "../scripts/alias-strings.mjs";

/** Runs a bundle that sets `var G` and returns G.run(). */
function run(code: string): unknown {
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  return JSON.stringify((ctx as { G: { run: () => unknown } }).G.run());
}

const rep = (s: string, n = 12) => Array.from({ length: n }, () => s).join(",");

describe("aliasStrings", () => {
  it("writes a string used many times once and keeps every result", () => {
    const code = `"use strict";var G=(()=>{function k(e){return e.kind==="percent"?1:e.kind==="compare"?2:0}return{run:()=>[${rep('k({kind:"percent"})')},${rep('k({kind:"compare"})')},[${rep('"percent"')}]]}})();`;
    const out = aliasStrings(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out.match(/"percent"/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
  });

  it("puts a space where the minifier left none beside a literal: in, return, case, typeof", () => {
    const body = [
      `function a(e){return"formula"in e}`,
      `function b(e){switch(e){case"formula":return"formula";default:return typeof e=="formula"}}`,
      `function c(e){if(e)return 1;else return"formula"in{formula:1}}`,
    ].join("");
    const code = `var G=(()=>{${body}return{run:()=>[a({formula:1}),b("formula"),b("x"),c(0),${rep('"formula"')}]}})();`;
    const out = aliasStrings(code);
    expect(out.match(/"formula"/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
  });

  it("leaves literals whose place is syntax or meaning: property names, directives, tagged templates, code outside the IIFE", () => {
    const code = `var G=(()=>{function d(){"use strict";return this}const t=(s)=>s.raw[0];const o={"a-b":1,["a-b"]:2};const {"a-b":x}=o;return{run:()=>[o["a-b"],x,t\`a-b\`,d()===void 0,${rep('"a-b"')}]}})();function f(){return"a-b"+"a-b"+"a-b"+"a-b"}`;
    const out = aliasStrings(code);
    expect(out).toContain(`"use strict"`);
    expect(out).toContain(`{"a-b":1,[`);
    expect(out).toContain(`const {"a-b":x}`);
    expect(out).toContain("t`a-b`");
    expect(out).toContain(`function f(){return"a-b"+"a-b"+"a-b"+"a-b"}`);
    expect(run(out)).toBe(run(code));
  });

  it("names undefined and null once: `void 0` becomes a var never assigned, `null` a var, a property named null stays", () => {
    const code = `var G=(()=>{function f(e){var t;return(t=e==null?void 0:e.a)!=null?t:void 0}function g(e){return e===null?{null:1}.null:typeof null}return{run:()=>[${rep("f(void 0)")},${rep("f({a:1})")},${rep("void 0===f(null)")},${rep("g(null)")},g(0)]}})();`;
    const out = aliasStrings(code);
    expect(out).not.toContain("void 0");
    expect(out).toContain("{null:1}.null");
    expect(out.match(/null/g)).toHaveLength(3);
    expect(run(out)).toBe(run(code));
  });

  it("names nothing the code already names, so no local or global is shadowed", () => {
    // Every two-character name starting with a-z followed by 'b' is taken: the aliases must skip them.
    const taken = Array.from("abcdefghijklmnopqrstuvwxyz", (c) => `${c}b`);
    const code = `var G=(()=>{var ${taken.map((n, i) => `${n}=${i}`).join(",")};return{run:()=>[${taken.join("+")},${rep('"percent"')}]}})();`;
    const out = aliasStrings(code);
    expect(out.match(/"percent"/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
  });

  it("names a property read often as `a[x]`: calls keep their `this`, assignments, delete, new and number literals work, super stays", () => {
    const body = [
      `class A{constructor(){this.counter=0}bump(){return++this.counter}}`,
      `class B extends A{bump(){return super.bump()+super.bump()}}`,
      `function f(){const a=new A;const o={counter:1,C:A};o.counter=a.bump()+a.bump();delete o.counter;return[a.counter,"counter"in o,new o.C().counter,1..toFixed(2),"abc".toUpperCase().toLowerCase().length]}`,
    ].join("");
    const uses = rep("f()", 4) + "," + rep('new B().bump()+"x".length+"y".length+"z".length', 4);
    const code = `"use strict";var G=(()=>{${body}return{run:()=>[${uses},${rep('"counter"', 3)}]}})();`;
    const out = aliasStrings(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out).not.toContain(".counter");
    expect(out).not.toContain(".length");
    expect(out).toContain("super.bump()");
    expect(out.match(/"counter"/g)).toHaveLength(1);
    expect(run(out)).toBe(run(code));
    expect(aliasStrings(code, { props: false })).toContain(".counter");
  });


  it("makes a regex written alike in several places one object, unless its g or y flag gives it a lastIndex", () => {
    const re = "/(\\d+)\\s*(?:quyển|cuốn)/u";
    const body = [
      `function a(s){return ${re}.exec(s)?.[1]}`,
      `function b(s){return s.replace(${re},"#").split(${re}).length+(${re}.test(s)?1:0)}`,
      `function c(s){const r=/\\d/gy;return[r.test(s),r.test(s),r.test(s),s.replace(/\\d/gu,"x")]}`,
    ].join("");
    const uses = rep('a("có 12 quyển sách")', 3) + "," + rep('b("3 cuốn và 4 quyển")', 3) + "," + rep('c("12a")', 3) + "," + rep('c("12a".replace(/\\d/gu,"9"))', 2);
    const code = `"use strict";var G=(()=>{${body}return{run:()=>[${uses}]}})();`;
    const out = aliasStrings(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out.split("quyển|cuốn")).toHaveLength(2);
    expect(out).toContain("/\\d/gy");
    expect(out.match(/\/\\d\/gu/g)).toHaveLength(3);
    expect(run(out)).toBe(run(code));
    expect(aliasStrings(code, { regexes: false }).split("quyển|cuốn")).toHaveLength(5);
  });

  it("names a property read through `?.` as `a?.[x]`: a missing object still gives undefined, a call keeps its `this`", () => {
    const body = `function f(o){return[o?.quantity,o?.quantity?.toFixed(1),o?.count?.(),o?.quantity??"none"]}`;
    const uses = rep("f({quantity:2,count(){return this.quantity}})", 4) + "," + rep("f(null)", 4) + "," + rep("f({})", 4);
    const code = `"use strict";var G=(()=>{${body}return{run:()=>[${uses},${rep('"quantity"', 3)},${rep('"count"', 3)}]}})();`;
    const out = aliasStrings(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out).not.toContain("?.quantity");
    expect(out).toMatch(/\?\.\[\w+\]/);
    expect(run(out)).toBe(run(code));
  });
  it("reads a built-in global used often through one var, unless the file declares that name or uses it as a key", () => {
    const body = `function f(e){return[Math.max(e,1),Math.min(e,2),Math.round(e),Math.floor(e),Math.ceil(e),Math.abs(e),Number.isFinite(e),new Set([e]).size,Math===globalThis.Math]}function g(Number){return{Number,Math:Number}}`;
    const code = `"use strict";var G=(()=>{${body}return{run:()=>[${rep("f(2.5)", 8)},${rep("g(1).Math", 8)}]}})();`;
    const out = aliasStrings(code);
    expect(out.length).toBeLessThan(code.length);
    expect(out).not.toMatch(/[^.]Math\./); // every read of the global goes through the var
    expect(out).toContain("globalThis.Math");
    expect(out).toContain("{Number,Math:Number}"); // a declared name and keys stay
    expect(out).toContain("Number.isFinite");
    expect(run(out)).toBe(run(code));
    expect(aliasStrings(code, { globals: false })).toContain("[Math.max(");
  });

  it("returns the code unchanged when nothing pays for a variable or there is no IIFE", () => {
    const few = `var G=(()=>({run:()=>["percent","percent"]}))();`;
    expect(aliasStrings(few)).toBe(few);
    const flat = `function f(){return["percent","percent","percent","percent","percent","percent"]}`;
    expect(aliasStrings(flat)).toBe(flat);
  });

  it("refuses code it cannot parse rather than move literals it may have misread", () => {
    expect(() => aliasStrings(`var G=(()=>{return["percent",`)).toThrow(/cannot parse/);
  });
});
