// What the bundle rewriters (alias-strings, share-shapes, share-compares, share-optionals, share-regexes,
// share-fragments) share: where an esbuild IIFE's body is, the one walk over the bundle each starts with, and names for
// new variables that no identifier of the bundle uses.
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

/**
 * The scan a rewriter of an IIFE bundle after scripts/alias-strings.mjs starts with: the bundle parsed (throwing,
 * named `who`, where it does not parse), the IIFE's first statement if it is a `var` (else null: nothing to rewrite),
 * and one walk over every node gathering the identifiers used (private names too), how often each appears, those
 * given a value (`writes`) and how many declarations each has; every other node goes to `each` (with the scan so far),
 * in source order.
 * @example scanBundle('var G=(()=>{var n="kind";…})();', "shareCompares", (n) => …) → { sf, body, first, used, … }
 */
export function scanBundle(code, who, each) {
  const sf = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const bad = sf.parseDiagnostics?.[0];
  if (bad) throw new Error(`${who}: cannot parse the bundle at ${bad.start}: ${ts.flattenDiagnosticMessageText(bad.messageText, " ")}`);
  const body = iifeBody(sf);
  const first = body?.statements[0];
  if (!first || !ts.isVariableStatement(first) || first.declarationList.flags & ts.NodeFlags.BlockScoped) return null;
  const used = new Set();
  const assigned = new Set(); // names given a value anywhere but a var declaration: assigned, ++/--, bound, destructured
  const declared = new Map(); // name → how many var/let/const declarations
  const refs = new Map(); // name → how often it appears
  const scan = { sf, body, first, used, assigned, declared, refs };
  const visit = (n) => {
    if (ts.isIdentifier(n)) {
      used.add(n.text);
      refs.set(n.text, (refs.get(n.text) ?? 0) + 1);
      if (writes(n)) assigned.add(n.text);
      if (ts.isVariableDeclaration(n.parent) && n.parent.name === n) declared.set(n.text, (declared.get(n.text) ?? 0) + 1);
    } else if (ts.isPrivateIdentifier(n)) used.add(n.text);
    else each(n, scan);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return scan;
}

/** An identifier given a value other than by a declaration with no value: assigned, incremented, bound, destructured into. */
export function writes(n) {
  const p = n.parent;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  if (ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p) || ts.isCatchClause(p)) return p.name === n;
  // Every declaration counts, the shared name's own too: the caller takes the first var's names that have one declaration.
  if (ts.isVariableDeclaration(p)) return false;
  return inPattern(n);
}

/** A name inside an assignment pattern: `[a]=…`, `({k:a}=…)`, `({a}=…)`, `[...a]=…`, `for([a] of …)`. */
function inPattern(n) {
  let e = n;
  for (;;) {
    const p = e.parent;
    if (ts.isParenthesizedExpression(p) || ts.isArrayLiteralExpression(p) || ts.isObjectLiteralExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p) || ts.isShorthandPropertyAssignment(p)) e = p;
    else if (ts.isPropertyAssignment(p) && p.initializer === e) e = p;
    else if (ts.isBinaryExpression(p) && p.left === e && e !== n) return p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
    else if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === e) return true;
    else return false;
  }
}

/**
 * The code with each edit `[from, to, text]` made: the text in place of code.slice(from, to). Edits do not overlap; at the
 * same start, an insertion (from === to) comes before the edit that replaces what follows it.
 * @example applyEdits("abcd", [[1, 2, "X"], [3, 3, "Y"]]) → "aXcYd"
 */
export function applyEdits(code, edits) {
  const sorted = [...edits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = "";
  let at = 0;
  for (const [s, e, t] of sorted) {
    out += code.slice(at, s) + t;
    at = e;
  }
  return out + code.slice(at);
}
