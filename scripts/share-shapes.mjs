// Writes an object literal's keys once for each shape a minified bundle builds often: `{vi:a,en:b}` 123 times in Code.js
// becomes `s(a,b)` with one `var s=(vi,en)=>({vi:vi,en:en})` at the top of the bundle's IIFE.
import ts from "typescript";
import { freeNames, iifeBody } from "./bundle-ast.mjs";

/**
 * Rewrites an esbuild IIFE bundle (`var G=(()=>{…})();`, minified) so every object literal whose keys (in order) recur
 * often enough to pay for a function is a call to one arrow function per key list that returns that literal:
 * `{kind:"count",value:n,unit:u}` → `F("count",n,u)` with `var F=(a,b,c)=>({kind:a,value:b,unit:c})`. The call gives
 * the same object: a fresh plain object whose own data properties have the same names, in the same order, the same
 * values and the same attributes (the same literal builds it), and its values are evaluated in the same order and in
 * the caller's scope (`this`, `arguments` unchanged), since they are the call's arguments; nothing can see the object
 * before it is complete. A literal is left as it is when this would not hold: a key computed, numeric or `__proto__`
 * (which sets the prototype), a spread, a method or accessor, a key twice, a literal that is an assignment target
 * (`({a:b}=c)` destructures), or a value that is an anonymous function or class (the literal names it after its key,
 * `.name` "subjectFn"; an argument would leave it unnamed). Names are ones no identifier of the file uses, and `var`
 * hoisting with the declaration first in the IIFE body gives each its value before any other statement runs.
 * Returns the code unchanged when there is no IIFE or nothing to gain; throws when the code does not parse.
 * @example shareShapes('var G=(()=>{f({vi:"a",en:"b"});g({vi:"c",en:"d"});…})();')
 *   → 'var G=(()=>{var ab=(a,b)=>({vi:a,en:b});f(ab("a","b"));g(ab("c","d"));…})();'
 */
export function shareShapes(code, { minUses = 2 } = {}) {
  const sf = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const bad = sf.parseDiagnostics?.[0];
  if (bad) throw new Error(`shareShapes: cannot parse the bundle at ${bad.start}: ${ts.flattenDiagnosticMessageText(bad.messageText, " ")}`);
  const body = iifeBody(sf);
  if (!body) return code;
  const used = new Set();
  const shapes = new Map(); // key list ("vi,en") → object literal nodes
  const visit = (n) => {
    if (ts.isIdentifier(n)) used.add(n.text);
    else if (ts.isObjectLiteralExpression(n) && n.pos >= body.pos && n.end <= body.end) {
      const keys = plainKeys(n, sf);
      if (keys) {
        const k = keys.join(",");
        if (!shapes.has(k)) shapes.set(k, []);
        shapes.get(k).push(n);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);

  // The factories' own parameters are named p0, p1, … (paramName): no shared name may be one of them.
  const names = freeNames(used, (name) => /^p\d+$/.test(name));
  const chosen = new Map(); // node → factory name
  const decls = [];
  // Most used first: terser renames these vars anyway; the gain is counted with the name they get here.
  for (const [k, nodes] of [...shapes].sort((a, b) => b[1].length - a[1].length)) {
    if (nodes.length < minUses) continue;
    const keys = k.split(",");
    const name = names.peek();
    const params = keys.map((_, i) => paramName(i));
    const decl = `${name}=(${params.join(",")})=>({${keys.map((key, i) => `${key}:${params[i]}`).join(",")}})`;
    // Each use writes `name(…)` for `{key:…,…}`: the keys and their colons and the braces, less the name and parentheses.
    const perUse = keys.reduce((s, key) => s + Buffer.byteLength(key) + 1, 0) - name.length;
    // The parameters are written twice each; terser names them with one letter (two past the 54th).
    const params1 = params.reduce((s, p, i) => s + p.length - (i < 54 ? 1 : 2), 0);
    if (perUse * nodes.length <= Buffer.byteLength(decl) - 2 * params1 + 1) continue;
    names.next();
    decls.push([nodes.length, decl]);
    for (const n of nodes) chosen.set(n, name);
  }
  if (decls.length === 0) return code;

  // Literals can nest ({rule:{kind:…},used:…}): each chosen literal is rewritten from its values' rewritten text.
  const word = (c) => c !== undefined && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(c);
  const sorted = [...chosen.keys()].sort((a, b) => a.getStart(sf) - b.getStart(sf));
  /** The text of [from, to) with every chosen literal inside it rewritten. */
  const emit = (from, to) => {
    let out = "";
    let at = from;
    for (const n of sorted) {
      const s = n.getStart(sf);
      if (s < at || n.end > to) continue;
      out += code.slice(at, s);
      const args = n.properties.map((p) => (ts.isShorthandPropertyAssignment(p) ? p.name.text : emit(p.initializer.getStart(sf), p.initializer.end)));
      out += (word(code[s - 1]) ? " " : "") + `${chosen.get(n)}(${args.join(",")})`;
      at = n.end;
    }
    return out + code.slice(at, to);
  };
  // Declared in the order of use among the IIFE's first `var` (aliasStrings' shared literals, most used first), since
  // terser gives its shortest names to a scope's variables in the order they are declared.
  const first = body.statements[0];
  if (first && ts.isVariableStatement(first) && !(first.declarationList.flags & ts.NodeFlags.BlockScoped)) {
    const refs = new Map();
    const count = (n) => {
      if (ts.isIdentifier(n)) refs.set(n.text, (refs.get(n.text) ?? 0) + 1);
      ts.forEachChild(n, count);
    };
    count(body);
    const list = first.declarationList.declarations.map((d) => [refs.get(d.name.text) - 1, code.slice(d.getStart(sf), d.end)]);
    for (const [uses, decl] of decls) {
      const i = list.findIndex(([u]) => u < uses);
      list.splice(i < 0 ? list.length : i, 0, [uses, decl]);
    }
    const at = first.declarationList.declarations;
    return code.slice(0, at.pos) + " " + list.map(([, d]) => d).join(",") + emit(at.end, code.length);
  }
  const open = body.getStart(sf) + 1;
  return code.slice(0, open) + `var ${decls.map(([, d]) => d).join(",")};` + emit(open, code.length);
}

/** The literal's keys as written, in order, or null when a call could not build the same object (see shareShapes). */
function plainKeys(n, sf) {
  if (n.properties.length === 0 || isAssignmentTarget(n)) return null;
  const keys = [];
  const names = new Set();
  for (const p of n.properties) {
    const plain = ts.isShorthandPropertyAssignment(p)
      ? !p.objectAssignmentInitializer
      : ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && !namedByKey(p.initializer);
    // `__proto__:` sets the prototype instead of a property; a key twice keeps the first place and the last value.
    if (!plain || p.name.text === "__proto__" || names.has(p.name.text)) return null;
    names.add(p.name.text);
    keys.push(p.name.getText(sf));
  }
  return keys;
}

/** An anonymous function or class, which a literal names after its key (`{f:()=>1}.f.name` is "f"). */
function namedByKey(e) {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isArrowFunction(e) || ((ts.isFunctionExpression(e) || ts.isClassExpression(e)) && !e.name);
}

/** An object literal that is a destructuring target: `({a}=b)`, `for({a} of b)`, or nested in one (`[{a}]=b`, `({a:{b}}=c)`). */
function isAssignmentTarget(n) {
  let e = n;
  for (;;) {
    const p = e.parent;
    if (ts.isParenthesizedExpression(p)) e = p;
    else if (ts.isBinaryExpression(p) && p.left === e) return p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
    else if ((ts.isForOfStatement(p) || ts.isForInStatement(p)) && p.initializer === e) return true;
    else if (ts.isArrayLiteralExpression(p) || ts.isSpreadElement(p)) e = p;
    else if (ts.isPropertyAssignment(p) && p.initializer === e && ts.isObjectLiteralExpression(p.parent)) e = p.parent;
    else if (ts.isSpreadAssignment(p)) e = p.parent;
    else if (ts.isBinaryExpression(p) && p.right === e && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isArrayLiteralExpression(p.parent) || ts.isPropertyAssignment(p.parent))) e = p; // a default: [{a}={}]=b
    else return false;
  }
}

/** A factory's parameter names: local to the arrow, so any will do (terser renames them). */
function paramName(i) {
  return `p${i}`;
}

