// Writes the function declarations of a bundle's top level as values of one `var`, so terser can write each as an arrow:
// `function ab(t){return t+1}` costs 27 B where `ab=t=>t+1` inside a var costs 10. terser turns only function
// *expressions* into arrows (compress.unsafe_arrows), never declarations, whose hoisting an arrow in a var lacks; this
// gives it expressions whose values are set before any code that could call them runs. About 2.2 KB of Code.js and of
// functions.js (477 and 482 declarations).
import ts from "typescript";
import { applyEdits, scanBundle } from "./bundle-ast.mjs";

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs, whose first statement is a `var`: every function declaration
 * among the IIFE's own statements (not a generator, not one a class extends, `new` builds, `instanceof` tests or whose
 * `prototype` is read, by name anywhere in the bundle) becomes `name=function(…){…}` in a var written right after that
 * first one, or before it when that var's values read one of those names or call anything while the bundle loads.
 * The bindings are the same: a declaration and a var both make one binding of the function's scope, mutable, and every
 * value is set before the first statement that could read it runs (after the first var only when that var cannot reach
 * them). The function is the same too: a function expression keeps `this`, `arguments`, `new` and `prototype` as a
 * declaration does, and takes the var's name; terser then writes as arrows only those that read neither `this` nor
 * `arguments` (scripts/minify-hard.mjs), and the names `new`, `instanceof`, `extends` and `.prototype` meet are left
 * declarations, so no arrow is ever built or tested as a constructor. Returns the code unchanged when there is no such
 * var or no such declaration; throws when the code does not parse.
 * @example functionValues('var G=(()=>{var n="kind";function f(t){return t[n]}return{f}})();')
 *   → 'var G=(()=>{var n="kind";var f=function(t){return t[n]};return{f}})();'
 */
export function functionValues(code) {
  const constructed = new Set();
  const scan = scanBundle(code, "functionValues", (n) => {
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) constructed.add(n.expression.text);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && ts.isIdentifier(n.right)) constructed.add(n.right.text);
    else if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.name.text === "prototype") constructed.add(n.expression.text);
    else if (ts.isElementAccessExpression(n) && ts.isIdentifier(n.expression) && ts.isStringLiteral(n.argumentExpression) && n.argumentExpression.text === "prototype") constructed.add(n.expression.text);
    else if (ts.isHeritageClause(n)) for (const t of n.types) if (ts.isIdentifier(t.expression)) constructed.add(t.expression.text);
  });
  if (!scan) return code;
  const { sf, body, first } = scan;
  const funs = body.statements.filter((s) => ts.isFunctionDeclaration(s) && s.name && s.body && !s.asteriskToken && !constructed.has(s.name.text));
  if (funs.length === 0) return code;
  const names = new Set(funs.map((f) => f.name.text));
  const edits = funs.map((f) => [f.getStart(sf), f.end, ""]);
  // `async function f(…){…}` → `f=async function(…){…}`: the words before the name, then what follows it.
  const values = funs.map((f) => `${f.name.text}=${code.slice(f.getStart(sf), f.name.getStart(sf)).trimEnd()}${code.slice(f.name.end, f.end)}`);
  const at = loadsQuietly(first, names) ? first.end : first.getStart(sf);
  edits.push([at, at, `var ${values.join(",")};`]);
  return applyEdits(code, edits);
}

/**
 * Whether a var's values, as the bundle loads, neither read one of `names` nor run code that could: no call, `new`,
 * tagged template, property read (a getter), spread or assignment outside a function body. Nodes inside a function
 * or an arrow run only when it is called.
 */
function loadsQuietly(statement, names) {
  let quiet = true;
  const visit = (n) => {
    if (!quiet || ts.isFunctionLike(n) || ts.isClassLike(n)) {
      if (ts.isClassLike(n)) quiet = false; // a class's static parts and computed keys run as it is defined
      return;
    }
    if (ts.isIdentifier(n) ? names.has(n.text) : ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n) || ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isSpreadElement(n) || ts.isSpreadAssignment(n) || (ts.isBinaryExpression(n) && n.operatorToken.kind !== ts.SyntaxKind.CommaToken && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment)) {
      quiet = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  for (const d of statement.declarationList.declarations) if (d.initializer) visit(d.initializer);
  return quiet;
}
