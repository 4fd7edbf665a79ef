// Writes the ES2019 forms of `a?.b` and `a ?? b` once each: esbuild lowers them to `a==null?void 0:a.b` and
// `a!=null?a:b` (300 and 197 times in Code.js, often through a temporary: `(t=e.plan)==null?void 0:t.kind`); these
// become `O(a,"b")` and `D(a,b)` with one `var O=(a,b)=>a==null?void 0:a[b],D=(a,b)=>a!=null?a:b`.
import ts from "typescript";
import { freeNames, scanBundle } from "./bundle-ast.mjs";

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs (whose first `var` may name `null` and `void 0`):
 * - `X==null?void 0:X.p` and `X==null?void 0:X[k]` become `O(X,"p")` and `O(X,k)`;
 * - `X==null?void 0:X.f(a,…)` becomes `C(X,"f",a,…)` (called on X, as before);
 * - `X!=null?X:d` becomes `D(X,d)`;
 * where X is a name, or `(t=E)` with t a name the enclosing function reads nowhere else (then `O(E,…)`, `D(E,…)`, and
 * t, no longer read, is left to terser, which drops it). The result is the same: E is evaluated once, first, as before;
 * the member is read with the same receiver (`a[b]`, as `a.b`) only when the value is neither null nor undefined; but k,
 * d and a call's arguments are now evaluated whether or not they were needed, so each must be something whose reading
 * has no effect and cannot throw: a literal, `null`, `void 0`, a negated number or `!0`/`!1`, a name, or an array or object literal of
 * such values (`{row:0,col:0}`: a new object made whether or not it is used, which no code can tell). A name is read a
 * step earlier than before, which changes nothing unless it is a `let` read before its declaration (the code would throw
 * there on the other branch already). Left as written: a call whose arguments are anything else or spread, a longer
 * chain (`X==null?void 0:X.a.b`), `super`, and any other shape. The functions are declared
 * among the first var's names by how often each is used (terser gives the first-declared the shortest names); names
 * are ones no identifier of the file uses. Returns the code unchanged when there is no such var or nothing to gain;
 * throws when the code does not parse.
 * @example shareOptionals('var G=(()=>{var n=null,t;…e==n?t:e.w…(r=a.b)!=n?r:""…})();')
 *   → 'var G=(()=>{var n=null,t,ab=(a,b)=>a==n?t:a[b],ac=(a,b)=>a!=n?a:b;…ab(e,"w")…ac(a.b,"")…})();'
 */
export function shareOptionals(code) {
  const conds = [];
  const scan = scanBundle(code, "shareOptionals", (n) => {
    if (ts.isConditionalExpression(n)) conds.push(n);
  });
  if (!scan) return code;
  const { sf, first, used, assigned, declared, refs } = scan;
  // The first var's `null` and `void 0`, when alias-strings named them: declared once there and never given another value.
  let nul = null;
  let undef = null;
  for (const d of first.declarationList.declarations) {
    if (!ts.isIdentifier(d.name) || declared.get(d.name.text) !== 1 || assigned.has(d.name.text)) continue;
    if (d.initializer?.kind === ts.SyntaxKind.NullKeyword) nul ??= d.name.text;
    else if (!d.initializer) undef ??= d.name.text;
  }
  const bare = (e) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return e;
  };
  const isNull = (e) => ((e = bare(e)), e.kind === ts.SyntaxKind.NullKeyword || (nul !== null && ts.isIdentifier(e) && e.text === nul));
  const isUndef = (e) => ((e = bare(e)), (ts.isVoidExpression(e) && ts.isNumericLiteral(e.expression)) || (undef !== null && ts.isIdentifier(e) && e.text === undef));
  // What may be read a step early: its value cannot change in between and reading it has no effect.
  const still = (e) => {
    e = bare(e);
    if (ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isIdentifier(e) || isUndef(e)) return true;
    if (e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return true;
    // A new array or object of such values: made whether or not it is used, which no code can tell.
    if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && !ts.isOmittedExpression(x) && still(x));
    if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text !== "__proto__" && still(p.initializer));
    return ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.ExclamationToken || e.operator === ts.SyntaxKind.MinusToken) && ts.isNumericLiteral(e.operand);
  };
  /** The function, arrow or source file a node is in (where a temporary is declared). */
  const scopeOf = (n) => {
    for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return p;
    return sf;
  };
  /**
   * How many times the name `name` is read or written under `scope`: not as a property name (`a.t`, `{t:1}`), and not
   * inside a nested function that binds a `t` of its own as a parameter or a `var` (a block's `let t` counts, to be safe).
   */
  const countIn = (scope, name) => {
    let c = 0;
    const walk = (n) => {
      if (n !== scope && ts.isFunctionLike(n) && ownsName(n, name)) return;
      if (ts.isIdentifier(n) && n.text === name && !isPropertyName(n)) c++;
      ts.forEachChild(n, walk);
    };
    walk(scope);
    return c;
  };
  /**
   * The value tested, as [node to write, name read in the branch]: `X` → [X, X]; `(t=E)` → [E, t] when t is a name
   * the enclosing function holds only in one declaration, this assignment and the branch's one read.
   */
  const subject = (test, cond) => {
    const x = bare(test);
    if (ts.isIdentifier(x)) return [x, x.text];
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(x.left)) {
      const t = x.left.text;
      const scope = scopeOf(cond);
      if (countIn(scope, t) !== 3) return null;
      // The one declaration must be a `var t`/`let t` with no value in that function's own body, not a parameter.
      let decl = 0;
      const walk = (n) => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === t && !n.initializer && scopeOf(n) === scope) decl++;
        ts.forEachChild(n, walk);
      };
      walk(scope);
      return decl === 1 ? [x.right, t] : null;
    }
    return null;
  };

  const reads = []; // [cond, value node, key text, key is a node?]
  const defaults = []; // [cond, value node, default node]
  const calls = []; // [cond, value node, member, call]
  for (const c of conds) {
    const test = bare(c.condition);
    if (!ts.isBinaryExpression(test) || !isNull(test.right)) continue;
    const op = test.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsEqualsToken && isUndef(c.whenTrue)) {
      let m = bare(c.whenFalse);
      if (m !== c.whenFalse) continue;
      // `X==null?void 0:X.f(a,…)` (`X?.f(a,…)`) with arguments that may be read a step early: a call of the member.
      let call = null;
      if (ts.isCallExpression(m) && !m.questionDotToken && m.arguments.every((x) => !ts.isSpreadElement(x) && still(x))) {
        call = m;
        m = m.expression;
      }
      const member = ts.isPropertyAccessExpression(m) ? (ts.isIdentifier(m.name) ? m : null) : ts.isElementAccessExpression(m) && still(m.argumentExpression) ? m : null;
      if (!member || member.questionDotToken || !ts.isIdentifier(member.expression) || (ts.isCallExpression(c.parent) && c.parent.expression === c)) continue;
      const s = subject(test.left, c);
      if (!s || s[1] !== member.expression.text) continue;
      (call ? calls : reads).push([c, s[0], member, call]);
    } else if (op === ts.SyntaxKind.ExclamationEqualsToken && still(c.whenFalse)) {
      const w = bare(c.whenTrue);
      if (!ts.isIdentifier(w)) continue;
      const s = subject(test.left, c);
      if (!s || s[1] !== w.text) continue;
      defaults.push([c, s[0], c.whenFalse]);
    }
  }
  if (reads.length + defaults.length + calls.length === 0) return code;

  const names = freeNames(used);
  const word = (ch) => ch !== undefined && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(ch);
  const nulText = nul ?? "null";
  const undefText = undef ?? "void 0";
  const [a, b] = ["a", "b", "e"].includes(nulText) || ["a", "b", "e"].includes(undefText) ? ["c", "d"] : ["a", "b"];
  if (nulText === "e" || undefText === "e") return code; // the call's rest parameter is named e
  const fns = [];
  const readFn = names.next();
  fns.push([reads.length, `${readFn}=(${a},${b})=>${a}==${nulText}?${undefText}:${a}[${b}]`]);
  const defFn = names.next();
  fns.push([defaults.length, `${defFn}=(${a},${b})=>${a}!=${nulText}?${a}:${b}`]);
  const callFn = names.next();
  fns.push([calls.length, `${callFn}=(${a},${b},...e)=>${a}==${nulText}?${undefText}:${a}[${b}](...e)`]);

  const edits = [...reads.map((r) => [r[0], "read", r]), ...calls.map((r) => [r[0], "call", r]), ...defaults.map((d) => [d[0], "default", d])].sort((x, y) => x[0].getStart(sf) - y[0].getStart(sf));
  const emit = (from, to) => {
    let out = "";
    let at = from;
    for (const [n, kind, e] of edits) {
      const s = n.getStart(sf);
      if (s < at || n.end > to) continue;
      out += code.slice(at, s);
      const value = emit(e[1].getStart(sf), e[1].end);
      let rest;
      if (kind !== "default") {
        const m = e[2];
        rest = ts.isPropertyAccessExpression(m) ? JSON.stringify(m.name.text) : emit(m.argumentExpression.getStart(sf), m.argumentExpression.end);
        if (kind === "call") for (const x of e[3].arguments) rest += "," + emit(x.getStart(sf), x.end);
      } else rest = emit(e[2].getStart(sf), e[2].end);
      out += (word(code[s - 1]) ? " " : "") + `${kind === "read" ? readFn : kind === "call" ? callFn : defFn}(${value},${rest})`;
      at = n.end;
    }
    return out + code.slice(at, to);
  };
  const decls = first.declarationList.declarations;
  const list = decls.map((d) => [refs.get(d.name.text) ?? 0, code.slice(d.getStart(sf), d.end)]);
  for (const [count, decl] of fns) {
    if (count === 0) continue;
    const i = list.findIndex(([u]) => u < count);
    list.splice(i < 0 ? list.length : i, 0, [count, decl]);
  }
  const out = code.slice(0, decls.pos) + " " + list.map(([, d]) => d).join(",") + emit(decls.end, code.length);
  return out.length < code.length ? out : code;
}

/** An identifier that names a property, not a variable: `a.t`, `{t:1}`, `{t(){}}`, `class{t}`. */
function isPropertyName(n) {
  const p = n.parent;
  return (ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === n;
}

/** A function that binds `name` itself, as a parameter (destructured too) or a `var` of its own body (not one of a nested function). */
function ownsName(fn, name) {
  let owns = false;
  const binds = (b) => {
    if (ts.isIdentifier(b)) owns ||= b.text === name;
    else if (ts.isObjectBindingPattern(b) || ts.isArrayBindingPattern(b)) for (const e of b.elements) if (!ts.isOmittedExpression(e)) binds(e.name);
  };
  for (const p of fn.parameters ?? []) binds(p.name);
  const walk = (n) => {
    if (owns || (n !== fn && ts.isFunctionLike(n))) return;
    if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) for (const d of n.declarations) binds(d.name);
    ts.forEachChild(n, walk);
  };
  if (fn.body) walk(fn.body);
  return owns;
}
