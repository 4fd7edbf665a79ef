// Writes once a regex literal with the g flag that a bundle writes alike in several `.replace(…, text)` calls:
// `/[^\p{L}\d]+/gu` 10 times in Code.js, `/\s+/gu` 12 times. (alias-strings shares only regexes without g or y.)
import ts from "typescript";
import { applyEdits, freeNames, scanBundle } from "./bundle-ast.mjs";

/** The String methods that, given a regex with the g flag, set its lastIndex to 0 first and leave it 0 when done. */
const RESETTING = new Set(["replace", "replaceAll", "match"]);

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs, whose first `var` names its shared literals: a regex
 * literal with the g flag, written alike more than once, where every one of them is the first argument of a call of
 * `replace`, `replaceAll` or `match` (by name, or through a shared name holding that method's name) whose second
 * argument, if any, is text (a string literal or a shared name holding one), becomes one object declared among that
 * var's names. The result is the same: such a call sets the regex's lastIndex to 0 before it starts and leaves it 0
 * when it ends, so no call sees what another left, and with text as the replacement no other code runs in between
 * that could use the same object. A regex anywhere else (exec, test, a callback, stored) is left as written. Returns
 * the code unchanged when there is no such var or nothing to gain; throws when the code does not parse.
 * @example shareRegexes('var G=(()=>{var r="replace",s=" ";function f(t){return[t[r](/\\s+/gu,s),t[r](/\\s+/gu,s),…]}…})();')
 *   → 'var G=(()=>{var r="replace",s=" ",ab=/\\s+/gu;function f(t){return[t[r](ab,s),t[r](ab,s),…]}…})();'
 */
export function shareRegexes(code) {
  const regexes = new Map(); // literal text → nodes
  const scan = scanBundle(code, "shareRegexes", (n) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral && /g/.test(n.text.slice(n.text.lastIndexOf("/")))) {
      if (!regexes.has(n.text)) regexes.set(n.text, []);
      regexes.get(n.text).push(n);
    }
  });
  if (!scan) return code;
  const { sf, first, used, assigned, declared } = scan;
  // The first var's names that hold a string and are never given another value, with that string.
  const text = new Map();
  for (const d of first.declarationList.declarations)
    if (ts.isIdentifier(d.name) && d.initializer && ts.isStringLiteral(d.initializer) && declared.get(d.name.text) === 1 && !assigned.has(d.name.text)) text.set(d.name.text, d.initializer.text);
  const isText = (e) => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || (ts.isIdentifier(e) && text.has(e.text));
  const methodOf = (callee) => {
    if (ts.isPropertyAccessExpression(callee) && !callee.questionDotToken) return callee.name.text;
    if (ts.isElementAccessExpression(callee) && !callee.questionDotToken) {
      const k = callee.argumentExpression;
      if (ts.isStringLiteral(k)) return k.text;
      if (ts.isIdentifier(k)) return text.get(k.text);
    }
    return undefined;
  };
  const safe = (n) => {
    const p = n.parent;
    return ts.isCallExpression(p) && p.arguments[0] === n && p.arguments.length <= 2 && RESETTING.has(methodOf(p.expression)) && (p.arguments.length < 2 || isText(p.arguments[1]));
  };

  const names = freeNames(used);
  const chosen = [];
  for (const [raw, nodes] of [...regexes].sort((a, b) => b[1].length - a[1].length)) {
    if (nodes.length < 2 || !nodes.every(safe)) continue;
    const name = names.peek();
    if (nodes.length * (raw.length - name.length) <= name.length + raw.length + 1) continue;
    names.next();
    chosen.push([name, raw, nodes]);
  }
  if (chosen.length === 0) return code;
  const edits = chosen.flatMap(([name, , nodes]) => nodes.map((n) => [n.getStart(sf), n.end, name]));
  // The regexes' vars go last in the first var: its values are all set before any other statement runs.
  const decls = first.declarationList.declarations;
  edits.push([decls.end, decls.end, chosen.map(([name, raw]) => `,${name}=${raw}`).join("")]);
  return applyEdits(code, edits);
}
