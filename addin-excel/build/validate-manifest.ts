// Offline check of an add-in-only manifest: the schema table of manifest-schema.ts (order, occurrences, types, attributes) plus the rules Microsoft documents outside the XSDs.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { COMPLEX, GLOBAL, NS, SIMPLE, type AnyParticle, type ComplexType, type Particle } from "./manifest-schema";

/** One problem: where (an element path such as OfficeApp/VersionOverrides/Hosts/Host[1]) and what. */
export interface ManifestProblem {
  path: string;
  message: string;
}

/** A parsed element with its namespace resolved. */
interface El {
  ns: string;
  name: string;
  /** Attributes without a prefix (the schema's own), by name. */
  attrs: Record<string, string>;
  /** xsi:type resolved to "namespace#Type", when given. */
  xsiType?: string;
  children: El[];
  text: string;
  path: string;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  commentPropName: "#comment",
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

function tagOf(n: Node): string {
  return Object.keys(n).find((k) => k !== ":@") ?? "";
}

/** Builds the element tree, resolving prefixes with the xmlns declarations in scope. */
function toElement(n: Node, scope: Record<string, string>, parentPath: string, index: number, problems: ManifestProblem[]): El {
  const qname = tagOf(n);
  const raw = (n[":@"] as Record<string, string>) ?? {};
  const inScope = { ...scope };
  for (const [k, v] of Object.entries(raw)) {
    if (k === "xmlns") inScope[""] = v;
    else if (k.startsWith("xmlns:")) inScope[k.slice(6)] = v;
  }
  const [prefix, local] = qname.includes(":") ? [qname.slice(0, qname.indexOf(":")), qname.slice(qname.indexOf(":") + 1)] : ["", qname];
  const path = parentPath ? `${parentPath}/${local}${index > 0 ? `[${index}]` : ""}` : local;
  const ns = inScope[prefix] ?? "";
  if (prefix && !(prefix in inScope)) problems.push({ path, message: `prefix "${prefix}" is not declared` });
  const attrs: Record<string, string> = {};
  let xsiType: string | undefined;
  for (const [k, v] of Object.entries(raw)) {
    if (k === "xmlns" || k.startsWith("xmlns:")) continue;
    if (k.includes(":")) {
      const p = k.slice(0, k.indexOf(":"));
      if (inScope[p] === NS.xsi && k.endsWith(":type")) {
        const [tp, tl] = v.includes(":") ? [v.slice(0, v.indexOf(":")), v.slice(v.indexOf(":") + 1)] : ["", v];
        xsiType = `${inScope[tp] ?? ""}#${tl}`;
      } else problems.push({ path, message: `attribute ${k} is not in the schema` });
      continue;
    }
    attrs[k] = v;
  }
  const kids = ((n[qname] as Node[]) ?? []).filter((c) => typeof c === "object" && !("#comment" in c));
  const text = kids
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  const elementKids = kids.filter((c) => !("#text" in c));
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const c of elementKids) totals.set(tagOf(c), (totals.get(tagOf(c)) ?? 0) + 1);
  const children = elementKids.map((c) => {
    const t = tagOf(c);
    const k = (counts.get(t) ?? 0) + 1;
    counts.set(t, k);
    return toElement(c, inScope, path, (totals.get(t) ?? 0) > 1 ? k : 0, problems);
  });
  return { ns, name: local, attrs, xsiType, children, text, path };
}

function simpleProblem(value: string, typeName: string): string | null {
  const t = SIMPLE[typeName];
  if (!t) return `unknown simple type ${typeName}`;
  const len = [...value].length;
  if (t.minLength !== undefined && len < t.minLength) return `must be ${t.describe} (is empty)`;
  if (t.maxLength !== undefined && len > t.maxLength) return `must be ${t.describe} (has ${len})`;
  if (t.pattern && !t.pattern.test(value)) return `must be ${t.describe} (is "${value}")`;
  if (t.enumeration && !t.enumeration.includes(value)) return `must be ${t.describe}: ${t.enumeration.join(", ")} (is "${value}")`;
  return null;
}

/** The type and its bases, most basic first. */
function chain(key: string): ComplexType[] {
  const out: ComplexType[] = [];
  for (let k: string | undefined = key; k; k = COMPLEX[k]?.base) {
    const t = COMPLEX[k];
    if (!t) break;
    out.unshift(t);
  }
  return out;
}

function extendsType(key: string, base: string): boolean {
  for (let k: string | undefined = key; k; k = COMPLEX[k]?.base) if (k === base) return true;
  return false;
}

const shortName = (key: string) => key.slice(key.indexOf("#") + 1);
const isAny = (p: Particle | AnyParticle): p is AnyParticle => "any" in p;

/** What the walk collects for the documented rules. */
interface Facts {
  references: { path: string; resid: string; kind: string }[];
  resources: Map<string, { kind: string; path: string }>;
  urls: { path: string; value: string }[];
  iconLists: { path: string; sizes: string[] }[];
}

function validateElement(el: El, declared: string, problems: ManifestProblem[], facts: Facts): void {
  if (declared.startsWith("simple:")) {
    const typeName = declared.slice(7);
    if (el.children.length > 0) problems.push({ path: el.path, message: `holds text only, not <${el.children[0].name}>` });
    for (const a of Object.keys(el.attrs)) problems.push({ path: el.path, message: `attribute ${a} is not in the schema` });
    const p = simpleProblem(el.text, typeName);
    if (p) problems.push({ path: el.path, message: p });
    if (typeName === "URL") facts.urls.push({ path: el.path, value: el.text });
    return;
  }
  let key = declared;
  if (el.xsiType) {
    if (!COMPLEX[el.xsiType]) {
      problems.push({ path: el.path, message: `xsi:type "${shortName(el.xsiType)}" is not a type the schema (as encoded here) knows` });
      return;
    }
    if (!extendsType(el.xsiType, declared)) {
      problems.push({ path: el.path, message: `xsi:type "${shortName(el.xsiType)}" does not extend ${shortName(declared)}` });
      return;
    }
    key = el.xsiType;
  }
  const types = chain(key);
  const type = COMPLEX[key];
  if (!type) {
    problems.push({ path: el.path, message: `type ${shortName(key)} is not in the schema table` });
    return;
  }
  if (type.abstract) {
    problems.push({ path: el.path, message: `needs xsi:type: ${shortName(key)} is abstract` });
    return;
  }
  // Attributes.
  const attrDecl = Object.assign({}, ...types.map((t) => t.attributes ?? {})) as NonNullable<ComplexType["attributes"]>;
  for (const [name, a] of Object.entries(attrDecl)) {
    const v = el.attrs[name];
    if (v === undefined) {
      if (a.required) problems.push({ path: el.path, message: `attribute ${name} is required` });
      continue;
    }
    const p = simpleProblem(v, a.type);
    if (p) problems.push({ path: el.path, message: `${name} ${p}` });
    if (a.type === "URL") facts.urls.push({ path: `${el.path}@${name}`, value: v });
  }
  for (const name of Object.keys(el.attrs)) if (!(name in attrDecl)) problems.push({ path: el.path, message: `attribute ${name} is not allowed on <${el.name}>` });
  if (el.text.trim() !== "" && !type.text) problems.push({ path: el.path, message: "holds text where the schema allows only elements" });
  // Resource facts.
  const resource = types.map((t) => t.resource).find(Boolean);
  if (resource && el.attrs.resid) facts.references.push({ path: el.path, resid: el.attrs.resid, kind: resource });
  if (el.ns === NS.bt && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(el.name)) {
    for (const c of el.children) {
      const id = c.attrs.id;
      if (!id) continue;
      if (facts.resources.has(id)) problems.push({ path: c.path, message: `resource id "${id}" is already used at ${facts.resources.get(id)!.path}` });
      else facts.resources.set(id, { kind: el.name, path: c.path });
    }
  }
  if (key === `${NS.bt}#IconList`) facts.iconLists.push({ path: el.path, sizes: el.children.map((c) => c.attrs.size) });
  // Children against the sequence: each particle takes as many matching children as it may, in order.
  const sequence = types.flatMap((t) => t.sequence);
  let i = 0;
  for (const part of sequence) {
    let n = 0;
    while (i < el.children.length && n < part.max) {
      const c = el.children[i];
      if (isAny(part)) {
        if (c.ns !== part.any) break;
        const global = GLOBAL[`${c.ns}#${c.name}`];
        // xs:any processContents="lax": validate what the schema knows, accept the rest.
        if (global) validateElement(c, global, problems, facts);
      } else {
        if (c.ns !== part.ns || c.name !== part.name) break;
        validateElement(c, part.type, problems, facts);
      }
      i++;
      n++;
    }
    if (n < part.min) {
      const what = isAny(part) ? `an element of ${part.any}` : `<${part.name}>`;
      problems.push({ path: el.path, message: `${what} is required${i < el.children.length ? ` before <${el.children[i].name}>` : ""}` });
    }
  }
  if (i < el.children.length) {
    const c = el.children[i];
    const allowed = sequence.map((x) => (isAny(x) ? `any ${x.any}` : x.name)).join(", ");
    problems.push({ path: c.path, message: `<${c.name}> is not allowed here: wrong parent, wrong place or repeated (the children of <${el.name}> go in this order: ${allowed})` });
  }
}

/** The documented rules the XSDs do not express (Microsoft's manifest and shared-runtime pages). */
function documentedRules(root: El, facts: Facts, problems: ManifestProblem[]): void {
  for (const r of facts.references) {
    const res = facts.resources.get(r.resid);
    if (!res) problems.push({ path: r.path, message: `resid "${r.resid}" names no resource` });
    else if (res.kind !== r.kind) problems.push({ path: r.path, message: `resid "${r.resid}" is in ${res.kind}, but this element needs one from ${r.kind}` });
  }
  // Add-in pages must be served over HTTPS (SourceLocation and every URL Office loads).
  for (const u of facts.urls) if (!/^https:\/\//i.test(u.value)) problems.push({ path: u.path, message: `must be an https:// URL (is "${u.value}")` });
  // Icons: sizes 16, 32 and 80 are mandatory wherever an icon list appears.
  for (const l of facts.iconLists) {
    const missing = ["16", "32", "80"].filter((s) => !l.sizes.includes(s));
    if (missing.length > 0) problems.push({ path: l.path, message: `icon sizes ${missing.join(", ")} are mandatory` });
  }
  // Shared runtime: a long-lived Runtime whose resid the custom-functions Page and the FunctionFile also use, and the
  // SharedRuntime requirement set, or Office loads the functions and the task pane in two runtimes.
  const all: El[] = [];
  const walk = (e: El) => {
    all.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  const runtimes = all.filter((e) => e.name === "Runtime" && e.ns === NS.ov);
  for (const rt of runtimes.filter((r) => r.attrs.lifetime === "long")) {
    const sets = all.filter((e) => e.name === "Set" && (e.ns === NS.app || e.ns === NS.bt));
    if (!sets.some((s) => s.attrs.Name === "SharedRuntime")) problems.push({ path: rt.path, message: 'a long-lived Runtime needs <Set Name="SharedRuntime" MinVersion="1.1"/> in <Requirements>' });
    const pages = all.filter((e) => e.name === "Page" && e.ns === NS.ov).map((p) => p.children[0]?.attrs.resid);
    const files = all.filter((e) => e.name === "FunctionFile" && e.ns === NS.ov).map((f) => f.attrs.resid);
    for (const [what, ids] of [["the custom-functions <Page>", pages], ["<FunctionFile>", files]] as const) {
      for (const id of ids) if (id !== rt.attrs.resid) problems.push({ path: rt.path, message: `${what} uses "${id}", not the shared runtime's "${rt.attrs.resid}": they must be the same page` });
    }
    if (all.some((e) => e.name === "TaskpaneId")) problems.push({ path: rt.path, message: "with a shared runtime no action may name a TaskpaneId (one task pane per runtime)" });
  }
}

/**
 * Every problem in a manifest: not well-formed XML, a schema violation (element order, occurrences, simple types,
 * attributes, xsi:type) or a documented rule broken (resids, https, icon sizes, shared-runtime wiring). Empty when
 * the manifest passes.
 * @example validateManifest(readFileSync("dist/excel/manifest.xml", "utf8")) → []
 */
export function validateManifest(xml: string): ManifestProblem[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [{ path: `line ${wellFormed.err.line}`, message: `not well-formed XML: ${wellFormed.err.msg}` }];
  const problems: ManifestProblem[] = [];
  const nodes = (parser.parse(xml) as Node[]).filter((n) => !tagOf(n).startsWith("?") && !("#comment" in n));
  if (nodes.length !== 1) return [{ path: "/", message: "expected one root element" }];
  const root = toElement(nodes[0], {}, "", 0, problems);
  const declared = GLOBAL[`${root.ns}#${root.name}`];
  if (!declared) return [{ path: root.path, message: `root must be <OfficeApp> in ${NS.app} (is <${root.name}> in "${root.ns}")` }];
  const facts: Facts = { references: [], resources: new Map(), urls: [], iconLists: [] };
  validateElement(root, declared, problems, facts);
  documentedRules(root, facts, problems);
  return problems;
}
