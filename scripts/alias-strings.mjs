// Shares a minified bundle's repeated string literals through variables: "percent" written 96 times in Code.js becomes one `var` and 96 two-letter names.
import ts from "typescript";
import { freeNames, iifeBody } from "./bundle-ast.mjs";

const VOID = "void 0";

/**
 * Rewrites an esbuild IIFE bundle (`var G=(()=>{…})();`, minified) so every string literal inside the IIFE that is
 * written often enough to pay for a variable is written once, in a `var` at the top of the IIFE body, and named
 * elsewhere; so is `null` (865 times in Code.js), and `void 0` becomes the name of a `var` never assigned. esbuild does not do this (gzip makes it pointless on the web), but Apps Script parses Code.js raw before
 * every call, and the rules' kind tags ("percent", "compare", "count" …) are about a tenth of the file.
 * With `props` (the default), a property read by name (`e.kind`, `s.length`, `t.toLowerCase()`) counts as a use of
 * its name's string and becomes `e[x]`: the same lookup, with the same `this` when called (`super.x` stays). That
 * took 13.7 KB off Code.js (`.kind` 749 times, `.length` 378 …). With `globals` (the default), a built-in global read
 * often (`Number` 142 times, `Math` 150 …) is read through a var set to it at the top, unless the file declares that name.
 * With `regexes` (the default), a regex literal without the g or y flag written alike more than once is one shared object.
 * A string is left where a literal is part of the syntax or its meaning: a property name (`{">=":…}`), a directive
 * ("use strict"), a tagged template's text. Generated names are ones no identifier of the file uses, so none shadows a
 * local or a global the code reads, and `var` hoisting gives every name its value before any other statement of the
 * IIFE runs. Returns the code unchanged when there is no IIFE or nothing to gain; throws when the code does not parse.
 * @example aliasStrings('var G=(()=>{f("percent");g("percent");…})();') → 'var G=(()=>{var ab="percent";f(ab);g(ab);…})();'
 * @example aliasStrings('var G=(()=>{a.kind;b.kind;…})();') → 'var G=(()=>{var ab="kind";a[ab];b[ab];…})();'
 */
export function aliasStrings(code, { props = true, globals = true, regexes = true } = {}) {
  const sf = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // A syntax the parser misread (a regex flag it does not know) could move a literal's bounds: refuse, never guess.
  const bad = sf.parseDiagnostics?.[0];
  if (bad) throw new Error(`aliasStrings: cannot parse the bundle at ${bad.start}: ${ts.flattenDiagnosticMessageText(bad.messageText, " ")}`);
  const body = iifeBody(sf);
  if (!body) return code;
  const used = new Set();
  const sites = new Map(); // raw literal text → [start, end, property?][]
  const site = (n) => {
    const raw = code.slice(n.getStart(sf), n.end);
    if (!sites.has(raw)) sites.set(raw, []);
    sites.get(raw).push([n.getStart(sf), n.end, false]);
  };
  const inside = (n) => n.pos >= body.pos && n.end <= body.end;
  const declared = new Set(); // names a declaration of the file binds: such a name may not be the global
  const globalUses = new Map(); // a built-in global's name → [start, end][]
  const visit = (n) => {
    if (ts.isIdentifier(n) || ts.isPrivateIdentifier(n)) {
      used.add(n.text);
      if (globals && ts.isIdentifier(n) && BUILTINS.has(n.text) && inside(n)) {
        if (bindsName(n)) declared.add(n.text);
        else if (readsGlobal(n)) {
          if (!globalUses.has(n.text)) globalUses.set(n.text, []);
          globalUses.get(n.text).push([n.getStart(sf), n.end, false]);
        }
      }
    }
    else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && inside(n) && aliasable(n)) site(n);
    // A regex written alike in several places (`/\d/u` 12 times in Code.js) is one object, made once, when it keeps no
    // state: without the g and y flags exec, test, match, replace and split neither use nor set its lastIndex.
    else if (regexes && n.kind === ts.SyntaxKind.RegularExpressionLiteral && inside(n) && !/[gy]/.test(n.text.slice(n.text.lastIndexOf("/")))) return site(n);
    // esbuild writes undefined as `void 0` (324 times in Code.js, most from lowering `?.` and `??` to ES2019).
    else if (ts.isVoidExpression(n) && ts.isNumericLiteral(n.expression) && n.expression.text === "0" && inside(n)) return site(n);
    // `null` is a literal only where an expression stands (as a property name it is an identifier).
    else if (n.kind === ts.SyntaxKind.NullKeyword && inside(n)) return site(n);
    // `a.length` is `a[x]` with x = "length": the same lookup, the same `this` for a call (378 `.length` in Code.js);
    // `a?.kind` is `a?.[x]` (functions.js, built for ES2020, keeps 70 `?.kind`): the site's mark is 1 for `.`, 2 for `?.`.
    else if (props && ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.name) && n.expression.kind !== ts.SyntaxKind.SuperKeyword && inside(n)) {
      const raw = JSON.stringify(n.name.text);
      if (!sites.has(raw)) sites.set(raw, []);
      sites.get(raw).push([n.expression.end, n.name.end, n.questionDotToken ? 2 : 1]);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // `Number`, `Math` … are read through a var set to them once at the top of the IIFE, unless the file declares one.
  for (const [g, at] of globalUses) if (!declared.has(g)) sites.set(g, at);

  const names = freeNames(used);
  const chosen = [];
  // Bytes saved: a literal's own bytes (UTF-8: most are Vietnamese) become the name; `.kind` becomes `[name]`.
  const gain = ([raw, at], name) => at.reduce((g, [s, e, prop]) => g + (prop ? Buffer.byteLength(code.slice(s, e)) - 2 * prop : Buffer.byteLength(raw)) - name.length, 0);
  const cost = (raw, name) => name.length + 1 + (raw === VOID ? 0 : Buffer.byteLength(raw) + 1);
  // Most used first: terser renames these vars anyway, and declaring them in that order measured shortest after it
  // (Code.js 233,212 B; 233,324 by bytes saved, 233,909 by bytes saved per use).
  const byUse = [...sites].sort((a, b) => b[1].length - a[1].length);
  for (const [raw, at] of byUse) {
    const name = names.peek();
    // Worth it when the uses saved exceed the declaration `name=raw,` (`name,` for undefined, a var never assigned).
    if (gain([raw, at], name) <= cost(raw, name)) continue;
    names.next();
    chosen.push([name, raw, at]);
  }
  if (chosen.length === 0) return code;
  const decl = `var ${chosen.map(([name, raw]) => (raw === VOID ? name : `${name}=${raw}`)).join(",")};`;
  const open = body.getStart(sf) + 1; // just inside the IIFE body's "{"
  // Minified code leaves no space beside a literal ('"formula"in e', 'return"x"', 'case"y":'); a name needs one.
  const word = (c) => c !== undefined && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(c);
  const edits = chosen.flatMap(([name, , at]) => at.map(([s, e, prop]) => [s, e, prop ? `${prop === 2 ? "?." : ""}[${name}]` : (word(code[s - 1]) ? " " : "") + name + (word(code[e]) ? " " : "")]));
  edits.push([open, open, decl]);
  edits.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let from = 0;
  for (const [s, e, text] of edits) {
    parts.push(code.slice(from, s), text);
    from = e;
  }
  parts.push(code.slice(from));
  return parts.join("");
}

/**
 * Built-in globals of ECMAScript that every engine defines before any script runs and no code here assigns: reading one
 * through a var set at the top of the IIFE gives the same value. Host services (SpreadsheetApp …) are not among them.
 */
const BUILTINS = new Set(["Number", "Math", "String", "Date", "Set", "Map", "RegExp", "Object", "Array", "JSON", "Boolean", "NaN", "Error", "WeakMap", "Infinity"]);

/** An identifier a declaration binds (a var, a parameter, a function or class name, a destructured name, a catch variable, a label). */
function bindsName(n) {
  const p = n.parent;
  if (ts.isBindingElement(p)) return p.name === n;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return true;
  return (ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) || ts.isClassDeclaration(p) || ts.isClassExpression(p) || ts.isImportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) && p.name === n;
}

/** An identifier read as a value: not a property name (`a.Math`, `{Math:1}`, `{Math}`), not a declaration, not assigned. */
function readsGlobal(n) {
  const p = n.parent;
  if (bindsName(n)) return false;
  if (ts.isShorthandPropertyAssignment(p) || ts.isExportSpecifier(p) || ts.isTypeOfExpression(p)) return false;
  if ("name" in p && p.name === n) return false;
  if (ts.isBinaryExpression(p) && p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return false;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return false;
  return true;
}

/** A literal whose place takes any expression: not a property name, a directive, a tagged template or a module name. */
function aliasable(n) {
  const p = n.parent;
  if (ts.isExpressionStatement(p)) return false;
  if (ts.isTaggedTemplateExpression(p)) return false;
  if ("name" in p && p.name === n) return false;
  if (ts.isBindingElement(p) && p.propertyName === n) return false;
  if ((ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) && p.moduleSpecifier === n) return false;
  if (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword) return false;
  return true;
}

