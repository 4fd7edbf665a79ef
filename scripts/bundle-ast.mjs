// What the bundle rewriters (alias-strings, share-shapes, share-compares) share: where an esbuild IIFE's body is, and
// names for new variables that no identifier of the bundle uses.
import ts from "typescript";

/** Characters a generated name may start with / continue with (esbuild's minified names use the same set). */
const FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
const REST = FIRST + "0123456789";
/** Short names a generated one may never be: keywords and globals of two or three letters. */
const RESERVED = new Set(["do", "if", "in", "for", "let", "new", "try", "var", "int", "NaN"]);

/** The block of `var G=(()=>{…})()` or `(()=>{…})()` at the top level, or null. */
export function iifeBody(sf) {
  for (const st of sf.statements) {
    const exprs = ts.isVariableStatement(st) ? st.declarationList.declarations.map((d) => d.initializer) : ts.isExpressionStatement(st) ? [st.expression] : [];
    for (let e of exprs) {
      while (e && ts.isParenthesizedExpression(e)) e = e.expression;
      if (!e || !ts.isCallExpression(e)) continue;
      let f = e.expression;
      while (ts.isParenthesizedExpression(f)) f = f.expression;
      if ((ts.isArrowFunction(f) || ts.isFunctionExpression(f)) && f.body && ts.isBlock(f.body)) return f.body;
    }
  }
  return null;
}

/**
 * Shortest-first names (two letters up) that no identifier in `used` has, nor any name `taken` refuses.
 * @example freeNames(new Set(["a"])).next() → "aa"
 */
export function freeNames(used, taken = () => false) {
  let len = 2;
  let i = 0;
  const nth = (k, l) => {
    let s = FIRST[k % FIRST.length];
    k = Math.floor(k / FIRST.length);
    for (let j = 1; j < l; j++) {
      s += REST[k % REST.length];
      k = Math.floor(k / REST.length);
    }
    return s;
  };
  const advance = () => {
    for (;;) {
      if (i >= FIRST.length * REST.length ** (len - 1)) {
        len++;
        i = 0;
      }
      const name = nth(i++, len);
      if (!used.has(name) && !RESERVED.has(name) && !taken(name)) return name;
    }
  };
  let current = advance();
  return {
    peek: () => current,
    next: () => {
      const n = current;
      current = advance();
      return n;
    },
  };
}
