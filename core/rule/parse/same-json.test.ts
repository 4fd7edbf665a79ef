// sameJson must say what comparing the two JSON texts said, on the data readings hold: invented values, nested, with
// members in other orders, undefined members, non-finite numbers and the top-level member left out.
import { describe, expect, it } from "vitest";
import { sameJson } from "./same-json";

const PRIMS: unknown[] = [0, -0, 1, 1.5, NaN, Infinity, -Infinity, null, undefined, "", "a", "1", "null", true, false];

/** Invented JSON data from a fixed seed: primitives, arrays, objects whose members come in either order. */
function values(n: number): unknown[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const gen = (d: number): unknown => {
    const r = rnd();
    if (d > 3 || r < 0.5) return PRIMS[Math.floor(rnd() * PRIMS.length)];
    if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 3) }, () => gen(d + 1));
    const o: Record<string, unknown> = {};
    for (const k of ["kind", "value", "subject", "unit"]) if (rnd() < 0.5) o[k] = gen(d + 1);
    return rnd() < 0.2 ? Object.fromEntries(Object.entries(o).reverse()) : o;
  };
  return Array.from({ length: n }, () => gen(0));
}

describe("sameJson says what JSON.stringify(a) === JSON.stringify(b) says", () => {
  it("on invented data, and with the top-level subject left out as the spread copy did", () => {
    const vs = values(4000);
    let same = 0;
    for (let i = 0; i < vs.length; i++) {
      const a = vs[i];
      const b = i % 3 === 0 ? structuredClone(a) : vs[(i * 7919) % vs.length];
      const want = JSON.stringify(a) === JSON.stringify(b);
      if (want) same++;
      expect(sameJson(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(want);
      if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
        expect(sameJson(a, b, "subject")).toBe(JSON.stringify({ ...a, subject: undefined }) === JSON.stringify({ ...b, subject: undefined }));
      }
    }
    expect(same).toBeGreaterThan(1000);
  });

  it("key order counts; undefined members print nothing, in an array null; non-finite numbers print null", () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, undefined], [1, null])).toBe(true);
    expect(sameJson([1, undefined], [1])).toBe(false);
    expect(sameJson({ v: NaN }, { v: null })).toBe(true);
    expect(sameJson({ v: Infinity }, { v: -Infinity })).toBe(true);
    expect(sameJson({ v: 0 }, { v: -0 })).toBe(true);
    expect(sameJson({ v: 1 }, { v: "1" })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ kind: "a", subject: "x" }, { subject: "y", kind: "a" }, "subject")).toBe(true);
  });
});
