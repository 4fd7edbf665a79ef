// Writes the pieces of text that many string literals of a bundle share once: "chỉ tiêu" inside 53 messages of Code.js,
// "the target" inside 37, " số liệu" inside 22 … each becomes one var, and each literal holding it a template that
// names it (`Cần xem lại ${ab}: …`). alias-strings already writes a literal repeated whole once; this takes the
// repeats inside different literals (the messages, in both languages, and the lexicon's word lists).
import ts from "typescript";
import { freeNames, scanBundle } from "./bundle-ast.mjs";

/** A piece is shared when it saves more than this many bytes net; fewer is noise for the time it costs. */
const MIN_GAIN = 1;
/** Lengths (in characters) of the pieces looked for, longest text first when gains tie. */
const LENGTHS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 23, 26, 30, 35, 40, 50, 60, 80, 100];

/**
 * Rewrites an IIFE bundle after scripts/alias-strings.mjs, whose first statement is a `var`: a piece of text found in
 * several string literals and template texts inside functions is declared once among that var's names, and each literal
 * holding it becomes a template that names it. The strings made are the same, character for character: a template
 * with `${x}` where x holds a string gives that string's text at that place. Only literals whose written text is their
 * value are touched (no backslash, backtick or `${` in them), and only where any expression may stand (not a property
 * name, a directive, an import's module or a tagged template's text), and only inside functions: a literal read while
 * the bundle loads is left (no piece is read before its var holds it, and strings built then cost load time). The
 * pieces are chosen greedily by bytes saved, in UTF-8 (most are Vietnamese), against the cost of the var and of
 * `${x}` at each use. terser keeps them: it folds a template's constant back only where that is shorter. Returns the
 * code unchanged when there is no such var or nothing to gain; throws when the code does not parse.
 * @example shareFragments('var G=(()=>{var n="kind";function f(){return["chỉ tiêu 1","chỉ tiêu 2",…]}…})();')
 *   → 'var G=(()=>{var n="kind",ab="chỉ tiêu ";function f(){return[`${ab}1`,`${ab}2`,…]}…})();'
 */
export function shareFragments(code) {
  const sites = []; // { from, to, kind: "string" | "part", pieces: (string | {name})[] }
  /**
   * Inside a function (its body runs after the first var has its values). Not a literal the bundle reads while it loads:
   * built there at run time (the lexicon's word lists, split at "|"), the strings made Code.js's load 3 ms slower.
   */
  const inFunction = (n) => {
    for (let p = n.parent; p; p = p.parent) {
      if (p === iife) return false;
      if (ts.isFunctionLike(p)) return true;
    }
    return false;
  };
  const plain = (raw) => !/[\\`]|\$\{/.test(raw);
  let iife;
  const scan = scanBundle(code, "shareFragments", (n, { sf, body }) => {
    iife ??= body.parent;
    if (ts.isStringLiteral(n) && inFunction(n) && anyExpression(n)) {
      const s = n.getStart(sf);
      const raw = code.slice(s + 1, n.end - 1);
      if (plain(raw) && raw === n.text) sites.push({ from: s, to: n.end, kind: "string", pieces: [raw] });
    } else if ((ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) && inFunction(n) && !inTagged(n)) {
      const s = n.getStart(sf);
      const from = s + 1;
      const to = ts.isTemplateHead(n) || ts.isTemplateMiddle(n) ? n.end - 2 : n.end - 1;
      const raw = code.slice(from, to);
      if (plain(raw) && raw === n.text) sites.push({ from, to, kind: "part", pieces: [raw] });
    }
  });
  if (!scan) return code;
  const { sf, first, used, refs } = scan;

  const names = freeNames(used);
  const chosen = []; // [name, text, uses]
  const gainOf = (t, uses, name) => {
    const bytes = Buffer.byteLength(t);
    return uses * (bytes - name.length - 3) - (name.length + bytes + 4); // `${name}` at each use; `,name="t"` once
  };
  /** How many times a split at `t` would cut the literals' texts as they are now (occurrences that do not overlap). */
  const usesOf = (t) => {
    let c = 0;
    for (const site of sites)
      for (const piece of site.pieces) {
        if (typeof piece !== "string") continue;
        for (let i = piece.indexOf(t); i >= 0; i = piece.indexOf(t, i + t.length)) c++;
      }
    return c;
  };
  // Every piece of text of the lengths looked for, counted once at the start, best first. Writing one piece once only
  // takes occurrences from the others, never adds any, so each is counted again when it comes up (lazy greedy): taken
  // if it still beats the next, else put back where its new gain ranks.
  const first0 = names.peek();
  let queue = [];
  for (const len of LENGTHS) {
    const counts = new Map();
    for (const site of sites) {
      const piece = site.pieces[0];
      const seen = new Map();
      for (let i = 0; i + len <= piece.length; i++) {
        const t = piece.slice(i, i + len);
        const last = seen.get(t);
        if (last !== undefined && i < last + len) continue;
        seen.set(t, i);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    for (const [t, c] of counts) {
      // Never half of a surrogate pair at either end: the file is UTF-8, where a lone half cannot be written.
      if (c < 2 || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(t)) continue;
      const gain = gainOf(t, c, first0);
      if (gain > MIN_GAIN) queue.push([gain, t]);
    }
  }
  // Ascending, so the best is popped from the end (ties: the longer text last).
  queue.sort((a, b) => a[0] - b[0] || a[1].length - b[1].length);
  while (queue.length > 0) {
    const [, t] = queue.pop();
    const name = names.peek();
    const gain = gainOf(t, usesOf(t), name);
    if (gain <= MIN_GAIN) continue;
    if (queue.length > 0 && gain < queue[queue.length - 1][0]) {
      // Put back by its new gain (the queue is ascending from the front now).
      let lo = 0;
      let hi = queue.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (queue[mid][0] < gain) lo = mid + 1;
        else hi = mid;
      }
      queue.splice(lo, 0, [gain, t]);
      continue;
    }
    names.next();
    let uses = 0;
    for (const site of sites) {
      const next = [];
      for (const piece of site.pieces) {
        if (typeof piece !== "string") {
          next.push(piece);
          continue;
        }
        const parts = piece.split(t);
        uses += parts.length - 1;
        parts.forEach((p, i) => {
          if (i > 0) next.push({ name });
          if (p) next.push(p);
        });
      }
      site.pieces = next;
    }
    chosen.push([name, t, uses]);
  }
  if (chosen.length === 0) return code;

  const edits = [];
  for (const site of sites) {
    if (site.pieces.every((p) => typeof p === "string")) continue;
    const text = site.pieces.map((p) => (typeof p === "string" ? p : `\${${p.name}}`)).join("");
    edits.push([site.from, site.to, site.kind === "string" ? `\`${text}\`` : text]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  /** The code from `from` to `to` with the literals inside written anew. */
  const rewrite = (from, to) => {
    let out = "";
    let at = from;
    for (const [s, e, text] of edits) {
      if (s < from || e > to) continue;
      out += code.slice(at, s) + text;
      at = e;
    }
    return out + code.slice(at, to);
  };
  // Each piece's var among the first var's names by how often it is used (terser gives the first-declared the shortest
  // names); none of those values reads another, so the order changes no value.
  const decls = first.declarationList.declarations;
  const list = decls.map((d) => [refs.get(d.name.text) ?? 0, rewrite(d.getStart(sf), d.end)]);
  for (const [name, text, uses] of chosen) {
    const i = list.findIndex(([u]) => u < uses);
    list.splice(i < 0 ? list.length : i, 0, [uses, `${name}=${JSON.stringify(text)}`]);
  }
  const out = rewrite(0, decls.pos) + " " + list.map(([, d]) => d).join(",") + rewrite(decls.end, code.length);
  return Buffer.byteLength(out) < Buffer.byteLength(code) ? out : code;
}

/** A string literal where any expression may stand: not a property name, a directive, a module name or a tagged text. */
function anyExpression(n) {
  const p = n.parent;
  if (ts.isExpressionStatement(p)) return false;
  if ("name" in p && p.name === n) return false;
  if (ts.isBindingElement(p) && p.propertyName === n) return false;
  if ((ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) && p.moduleSpecifier === n) return false;
  if (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword) return false;
  if (ts.isLiteralTypeNode(p) || ts.isExternalModuleReference(p)) return false;
  return true;
}

/** A template's text inside a tagged template (`tag\`…\``), whose tag sees the raw pieces. */
function inTagged(n) {
  let t = n.parent;
  if (ts.isTemplateSpan(t)) t = t.parent;
  return ts.isTaggedTemplateExpression(t.parent ?? t) || ts.isTaggedTemplateExpression(t);
}
