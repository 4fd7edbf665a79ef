// Writes the function declarations of an IIFE bundle's body as arrows among its first var's names:
// `function ab(t,e){…}` (about 300 of them in Code.js) becomes `ab=(t,e)=>{…}`, 5-7 bytes less each.
import ts from "typescript";
import { iifeBody } from "./bundle-ast.mjs";
import { writes } from "./share-compares.mjs";

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs, whose first statement is a `var`: every function declared
 * directly in the IIFE's body becomes an arrow function assigned among that var's names, and its declaration goes.
 * The result is the same. A declaration's function exists from the start of the body; the var's names are given their
 * values first, before any other statement runs, and making an arrow runs nothing, so every call finds it as before.
 * An arrow has no `this`, `arguments`, `super` or `new.target` of its own and cannot be called with `new`; so a function
 * is left as written when its body (outside the ordinary functions nested in it) uses any of these, when the file uses
 * its name after `new` or reads a `prototype` anywhere, when it is async or a generator, or when its name is declared
 * again or assigned (a declaration is a binding that can be). An arrow's `name` is its var's name, as the declaration's
 * was; terser renames both alike. Returns the code unchanged when there is no such var or nothing to gain; throws when
 * the code does not parse.
 * @example functionsAsArrows('var G=(()=>{var n="kind";function f(t){return t[n]}return{f}})();')
 *   → 'var G=(()=>{var n="kind",f=(t)=>{return t[n]};return{f}})();'
 */
export function functionsAsArrows(code) {
  const sf = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const bad = sf.parseDiagnostics?.[0];
  if (bad) throw new Error(`functionsAsArrows: cannot parse the bundle at ${bad.start}: ${ts.flattenDiagnosticMessageText(bad.messageText, " ")}`);
  const body = iifeBody(sf);
  const first = body?.statements[0];
  if (!first || !ts.isVariableStatement(first) || first.declarationList.flags & ts.NodeFlags.BlockScoped) return code;

  const iife = body.parent;
  const scopeNames = new Map(); // a scope's node → the names it binds itself
  /** The names a scope binds: a function its parameters, own name (an expression's) and vars; a block its let, const, class and functions. */
  const bindsOf = (scope) => {
    if (scopeNames.has(scope)) return scopeNames.get(scope);
    const names = new Set();
    const add = (b) => {
      if (!b) return;
      if (ts.isIdentifier(b)) names.add(b.text);
      else if (ts.isObjectBindingPattern(b) || ts.isArrayBindingPattern(b)) for (const e of b.elements) if (!ts.isOmittedExpression(e)) add(e.name);
    };
    if (ts.isFunctionLike(scope)) {
      for (const p of scope.parameters ?? []) add(p.name);
      if (ts.isFunctionExpression(scope) || ts.isClassExpression(scope)) add(scope.name);
      const walk = (n) => {
        if (n !== scope.body && (ts.isFunctionLike(n) || ts.isClassLike(n))) return;
        if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) for (const d of n.declarations) add(d.name);
        ts.forEachChild(n, walk);
      };
      if (scope.body) walk(scope.body);
    }
    const lists = ts.isBlock(scope) || ts.isCaseBlock(scope) || ts.isSourceFile(scope) ? (ts.isCaseBlock(scope) ? scope.clauses.flatMap((c) => [...c.statements]) : scope.statements) : [];
    for (const st of lists) {
      if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.BlockScoped) for (const d of st.declarationList.declarations) add(d.name);
      else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && scope !== iife.body) add(st.name);
    }
    if ((ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) && scope.initializer && ts.isVariableDeclarationList(scope.initializer) && scope.initializer.flags & ts.NodeFlags.BlockScoped) for (const d of scope.initializer.declarations) add(d.name);
    if (ts.isCatchClause(scope) && scope.variableDeclaration) add(scope.variableDeclaration.name);
    if (ts.isClassLike(scope) && ts.isClassDeclaration(scope)) add(scope.name);
    scopeNames.set(scope, names);
    return names;
  };
  /** Whether the identifier names the IIFE body's own binding: no scope between them binds that name. */
  const topLevel = (n) => {
    for (let p = n.parent; p; p = p.parent) {
      if (p === iife) return true;
      if (bindsOf(p).has(n.text)) return false;
    }
    return false;
  };
  const newed = new Set(); // the body's names after `new` or before `.prototype`
  const written = new Set(); // the body's names assigned, updated or destructured into
  let prototype = false; // a prototype read some other way (`x["prototype"]`, `a.b.prototype`): leave every function
  const visit = (n) => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && n.text === "prototype") prototype = true;
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && topLevel(n.expression)) newed.add(n.expression.text);
    if (ts.isIdentifier(n)) {
      // `f.prototype` on a name of the body (not `Object.prototype` through a shared global): f keeps its prototype.
      if (n.text === "prototype" && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) {
        const on = n.parent.expression;
        if (ts.isIdentifier(on)) newed.add(on.text);
        else prototype = true;
      }
      if (writes(n) && !(ts.isFunctionDeclaration(n.parent) && n.parent.name === n) && topLevel(n)) written.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (prototype) return code;
  // The body's own declarations: a name declared twice there is left alone.
  const bound = new Map();
  const count = (name) => bound.set(name, (bound.get(name) ?? 0) + 1);
  const walkBody = (n) => {
    if (n !== body && (ts.isFunctionLike(n) || ts.isClassLike(n))) {
      if ((ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) && n.parent === body && n.name) count(n.name.text);
      return;
    }
    if (ts.isVariableDeclarationList(n) && (!(n.flags & ts.NodeFlags.BlockScoped) || n.parent.parent === body)) for (const d of n.declarations) if (ts.isIdentifier(d.name)) count(d.name.text);
    ts.forEachChild(n, walkBody);
  };
  walkBody(body);

  /** Whether a function's own body uses what an arrow would not give it: this, arguments, super, new.target. */
  const ownsContext = (fn) => {
    let uses = false;
    const walk = (n) => {
      if (uses) return;
      if (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword || ts.isMetaProperty(n) || (ts.isIdentifier(n) && n.text === "arguments")) {
        uses = true;
        return;
      }
      // An ordinary function (or a class) nested inside has its own; an arrow shares the outer one.
      if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n) || ts.isAccessor(n) || ts.isConstructorDeclaration(n) || ts.isClassLike(n))) return;
      ts.forEachChild(n, walk);
    };
    ts.forEachChild(fn, walk);
    return uses;
  };

  const moved = [];
  for (const st of body.statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name || !st.body || st.asteriskToken) continue;
    if (st.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) continue;
    const name = st.name.text;
    if (newed.has(name) || written.has(name) || bound.get(name) !== 1 || ownsContext(st)) continue;
    const params = code.slice(st.parameters.pos, st.parameters.end);
    moved.push([st, `${name}=(${params})=>${code.slice(st.body.getStart(sf), st.body.end)}`]);
  }
  if (moved.length === 0) return code;

  const decls = first.declarationList.declarations;
  const edits = [[decls.end, decls.end, moved.map(([, text]) => "," + text).join("")], ...moved.map(([st]) => [st.getStart(sf), st.end, ""])];
  edits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [s, e, text] of edits) {
    out += code.slice(at, s) + text;
    at = e;
  }
  out += code.slice(at);
  return out.length < code.length ? out : code;
}
