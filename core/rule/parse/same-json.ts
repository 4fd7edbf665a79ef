// Whether two values print as the same JSON text, compared in place: what `JSON.stringify(a) === JSON.stringify(b)`
// says, without making either text (the reader compares readings and units this way many times a phrase).

/** A value as JSON prints it: a non-finite number as null, a function or symbol as nothing (undefined). */
function shown(v: unknown): unknown {
  return typeof v === "number" ? (Number.isFinite(v) ? v : null) : typeof v === "function" || typeof v === "symbol" ? undefined : v;
}

/** The members JSON prints, in its order: own enumerable keys whose value prints, `skip` left out. */
function printed(o: Record<string, unknown>, skip?: string): string[] {
  return Object.keys(o).filter((k) => k !== skip && shown(o[k]) !== undefined);
}

/**
 * `JSON.stringify(a) === JSON.stringify(b)`, the top-level member `skip` left out (as in `{ ...a, [skip]: undefined }`):
 * key order counts, members that print nothing are left out, an array's print as null. Anything but plain objects,
 * arrays and primitives (a toJSON, a class) is compared by its text.
 * @example sameJson({ a: 1, b: undefined }, { a: 1 }) → true; sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }) → false
 */
export function sameJson(a: unknown, b: unknown, skip?: string): boolean {
  a = shown(a);
  b = shown(b);
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const arr = Array.isArray(a);
  if (arr !== Array.isArray(b)) return false;
  if (!arr && (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype)) return JSON.stringify(a) === JSON.stringify(b);
  if (arr) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(shown(x[i]) ?? null, shown(y[i]) ?? null)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const kx = printed(x, skip);
  const ky = printed(y, skip);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !sameJson(x[kx[i]], y[ky[i]])) return false;
  return true;
}
