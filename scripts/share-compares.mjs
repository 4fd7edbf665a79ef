// Writes a property comparison a minified bundle makes often once: `e[n]===c` (n the shared "kind", 360 times in Code.js)
// becomes `K(e,c)` with one `var K=(a,b)=>a[n]===b`, and `e[n]!==c` becomes `!K(e,c)`.
import ts from "typescript";
import { freeNames, scanBundle } from "./bundle-ast.mjs";

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs, whose first `var` names each shared literal once and never
 * assigns it. For each such name `n` compared often enough to pay for a function, `X[n]===Y` becomes `F(X,Y)` and
 * `X[n]!==Y` becomes `!F(X,Y)`, with `var F=(a,b)=>a[n]===b` among those names. The result is the same: X is evaluated
 * first, then Y, then the property is read, where the comparison read it before Y; so Y must be something whose value
 * nothing can change and whose reading has no effect: a literal, or another of those never-assigned names. Left as
 * written: an optional chain (`X?.[n]===Y` gives false for a null X, where `a[n]` would throw), `super[n]`, and a
 * property read on the right (`Y===X[n]`). Names are ones no identifier of the file uses. Returns the code unchanged
 * when there is no such `var` or nothing to gain; throws when the code does not parse.
 * @example shareCompares('var G=(()=>{var n="kind",c="percent";…e[n]===c…t[n]!==c…})();')
 *   → 'var G=(()=>{var n="kind",ab=(a,b)=>a[n]===b,c="percent";…ab(e,c)…!ab(t,c)…})();'
 */
export function shareCompares(code) {
  const compares = new Map(); // shared name → binary expressions X[name] (===|!==) Y
  const scan = scanBundle(code, "shareCompares", (n) => {
    if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken || n.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken)) {
      const l = n.left;
      if (ts.isElementAccessExpression(l) && ts.isIdentifier(l.argumentExpression) && !(l.flags & ts.NodeFlags.OptionalChain) && l.expression.kind !== ts.SyntaxKind.SuperKeyword) {
        const name = l.argumentExpression.text;
        if (!compares.has(name)) compares.set(name, []);
        compares.get(name).push(n);
      }
    }
  });
  if (!scan) return code;
  const { sf, first, used, assigned, declared, refs } = scan;
  // The shared names: declared once (in the first var, with a value), never given another.
  const shared = new Set();
  for (const d of first.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && declared.get(d.name.text) === 1 && !assigned.has(d.name.text)) shared.add(d.name.text);
  const still = (e) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isStringLiteral(e) || ts.isNumericLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || (ts.isIdentifier(e) && shared.has(e.text)) || (ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.ExclamationToken || e.operator === ts.SyntaxKind.MinusToken) && ts.isNumericLiteral(e.operand));
  };

  const names = freeNames(used);
  const chosen = []; // [fn name, prop name, nodes]
  for (const [prop, all] of [...compares].sort((a, b) => b[1].length - a[1].length)) {
    if (!shared.has(prop)) continue;
    const nodes = all.filter((n) => still(n.right));
    const name = names.peek();
    // `X[p]===Y` (p's length + 5 besides X and Y) becomes `F(X,Y)` (F's length + 3); `!==` becomes `!F(X,Y)`, one more.
    const gain = nodes.reduce((g, n) => g + prop.length + 2 - name.length - (n.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ? 1 : 0), 0);
    const [a, b] = prop === "a" || prop === "b" ? ["c", "d"] : ["a", "b"];
    const decl = `${name}=(${a},${b})=>${a}[${prop}]===${b}`;
    if (gain <= decl.length + 1) continue;
    names.next();
    chosen.push([name, prop, nodes, decl]);
  }
  if (chosen.length === 0) return code;

  // X may hold another comparison (`a[b[n]===c?0:1][n]===d`): each is rewritten from its parts' rewritten text.
  const edits = [];
  for (const [name, , nodes] of chosen) for (const n of nodes) edits.push([n, name]);
  const byStart = edits.sort((a, b) => a[0].getStart(sf) - b[0].getStart(sf));
  const word = (c) => c !== undefined && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(c);
  const emit = (from, to) => {
    let out = "";
    let at = from;
    for (const [n, name] of byStart) {
      const s = n.getStart(sf);
      if (s < at || n.end > to) continue;
      out += code.slice(at, s);
      const not = n.operatorToken.kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ? "!" : "";
      const l = n.left;
      out += (word(code[s - 1]) ? " " : "") + `${not}${name}(${emit(l.expression.getStart(sf), l.expression.end)},${emit(n.right.getStart(sf), n.right.end)})`;
      at = n.end;
    }
    return out + code.slice(at, to);
  };
  // Each function right after the name it reads, so it stands among the shared names by its own uses (terser gives the
  // first-declared the shortest names).
  const decls = first.declarationList.declarations;
  const list = decls.map((d) => [refs.get(d.name.text) ?? 0, code.slice(d.getStart(sf), d.end)]);
  for (const [, , nodes, decl] of chosen) {
    const i = list.findIndex(([u]) => u < nodes.length);
    list.splice(i < 0 ? list.length : i, 0, [nodes.length, decl]);
  }
  return code.slice(0, decls.pos) + " " + list.map(([, d]) => d).join(",") + emit(decls.end, code.length);
}
