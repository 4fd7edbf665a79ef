// scripts/share-optionals.mjs: the ES2019 forms of `a?.b` and `a ?? b` written once each as a function, with the same results.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { shareOptionals } from "../scripts/share-optionals.mjs";

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

/** The names alias-strings writes first in the IIFE: null, undefined (a var never assigned) and a property name. */
const head = `var zb=null,yb,nb="kind";`;
/** Enough uses of both forms for the two functions to pay for themselves. */
const many = `function pay(e){return[${Array.from({ length: 30 }, () => "e==zb?yb:e.w,e!=zb?e:0").join(",")}]}`;
/** The code after the shared names, where no lowered form should remain. */
const rest = (code: string) => code.slice(code.indexOf(";") + 1);

describe("shareOptionals", () => {
  it("writes X==null?void 0:X.p, X[k] and X!=null?X:d as calls, through a temporary too, with the same results", () => {
    const body = [
      `function f(e){return[e==zb?yb:e.w,e==zb?yb:e[nb],e==null?void 0:e[0],e!=zb?e:"",e!=null?e:zb,e==zb?yb:e.kind,e!=zb?e:1]}`,
      `function g(e){var t,u;return[(t=e.p)==zb?yb:t.w,(u=e.q)!=zb?u:{row:0,col:[1,"x"]}]}`,
    ].join("");
    const code = `var G=(()=>{${head}${body}return{run:()=>[f(null),f(void 0),f({w:1,kind:"percent",0:2}),f(0),f(""),g({p:{w:3},q:0}),g({}),g({p:null,q:null})]}})();`;
    const out = shareOptionals(code);
    expect(out.length).toBeLessThan(code.length);
    expect(rest(out)).not.toMatch(/[=!]=(zb|null)\?/);
    expect(out).toMatch(/^var G=\(\(\)=>\{var zb=null,yb,[^;]*\b(\w+)=\(a,b\)=>a==zb\?yb:a\[b\],(\w+)=\(a,b\)=>a!=zb\?a:b[,;]/);
    expect(run(out)).toBe(run(code));
  });

  it("reads the value once and the member with its receiver, only when the value is there", () => {
    const code = `var G=(()=>{${head}${many}let reads=0;const o={get p(){reads++;return{get w(){reads+=10;return this===o.q?1:2}}},q:null};function f(e){var t;return(t=e.p)==zb?yb:t.w}return{run:()=>[f(o),f({p:null}),reads]}})();`;
    const out = shareOptionals(code);
    expect(out).toContain('function f(e){var t;return aa(e.p,"w")}');
    expect(run(out)).toBe(run(code));
  });

  it("writes a call on the member with plain arguments; leaves one with an effect, a longer chain, a default with an effect and a temporary read elsewhere", () => {
    const body = [
      `function c(e){return[e==zb?yb:e.f(h()),e==zb?yb:e.f(1,nb)]}`,
      `function l(e){return e==zb?yb:e.a.b}`,
      `let k=0;function h(){return++k}function d(e){return e!=zb?e:h()}`,
      `function m(e){var t;return[(t=e.p)==zb?yb:t.w,t]}`,
      `function x(e,i){return e==zb?yb:e[i+1]}`,
    ].join("");
    const code = `var G=(()=>{${head}${many}${body}return{run:()=>[c(null),c({f(...a){return[this.g,a]},g:7}),l(null),l({a:{b:2}}),d(null),d(3),k,m({p:{w:1}}),x([1,2],0),x(null,0)]}})();`;
    const out = shareOptionals(code);
    expect(out).toMatch(/\w+\(e,"f",1,nb\)/);
    for (const kept of ["e==zb?yb:e.f(h())", "e==zb?yb:e.a.b", "e!=zb?e:h()", "(t=e.p)==zb?yb:t.w", "e==zb?yb:e[i+1]"]) expect(out).toContain(kept);
    expect(run(out)).toBe(run(code));
  });

  it("keeps a temporary whose name a nested function binds for itself apart from one it shares", () => {
    const body = `function f(e){var t;let r=(t=e.p)==zb?yb:t.w;return[r,(t=>t*2)(3)]}function g(e){var t;let r=(t=e.p)==zb?yb:t.w;return[r,(()=>t)()]}`;
    const code = `var G=(()=>{${head}${many}${body}return{run:()=>[f({p:{w:1}}),g({p:{w:1}}),f({}),g({})]}})();`;
    const out = shareOptionals(code);
    expect(out).not.toContain("function f(e){var t;let r=(t=e.p)");
    expect(out).toContain("function g(e){var t;let r=(t=e.p)==zb?yb:t.w");
    expect(run(out)).toBe(run(code));
  });

  it("returns the code unchanged without a var first in the IIFE", () => {
    const code = `var G=(()=>{function f(e){return e==null?void 0:e.w}return{run:()=>f(null)}})();`;
    expect(shareOptionals(code)).toBe(code);
  });
});
