// Whether two readings (or units) print as the same JSON text, compared in place without printing either: the reader
// compares them many times a phrase.

/** A number as JSON prints it: a non-finite one as null. */
const shown = (v: unknown) => (typeof v == "number" && !isFinite(v) ? null : v);

/**
 * `JSON.stringify(a) === JSON.stringify(b)` for JSON data (objects, arrays, strings, numbers, booleans, null and
 * undefined: what readings hold), the top-level member `skip` left out as `{ ...a, [skip]: undefined }` would: members
 * in their order, undefined ones left out (in an array, null).
 * @example sameJson({ a: 1, b: undefined }, { a: 1 }) → true; sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }) → false
 */
export function sameJson(a: unknown, b: unknown, skip?: string): boolean {
  const x = shown(a) as Record<string, unknown>;
  const y = shown(b) as Record<string, unknown>;
  if (x === y || !x || !y || typeof x != "object" || typeof y != "object" || Array.isArray(x) != Array.isArray(y)) return x === y;
  const keys = (o: Record<string, unknown>) => (Array.isArray(o) ? [...o.keys()] : Object.keys(o).filter((k) => k !== skip && o[k] !== undefined));
  const kx = keys(x);
  const ky = keys(y);
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !sameJson(shown(x[kx[i]]) ?? null, shown(y[ky[i]]) ?? null)) return false;
  return kx.length == ky.length;
}
