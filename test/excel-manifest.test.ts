// The Excel manifest, offline: schema element order, resids, shared-runtime wiring, namespace, and URLs that match the build.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";
import { buildExcel } from "../scripts/build.mjs";
import { FUNCTION_NAMESPACE } from "../core/functions/registry";
import { DEV_BASE_URL, manifestFor } from "../addin-excel/build/artifacts";

const ROOT = join(__dirname, "..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
/** Ordered parse: each element is { tagName: children[], ":@": attributes }. */
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", commentPropName: "#comment" });
const plain = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: () => false });

function tag(n: Node): string {
  return Object.keys(n).find((k) => k !== ":@") ?? "";
}
function children(n: Node): Node[] {
  return (n[tag(n)] as Node[]) ?? [];
}
function childTags(n: Node): string[] {
  return children(n)
    .map(tag)
    .filter((t) => t !== "#text" && t !== "#comment");
}
function child(n: Node, name: string): Node {
  const c = children(n).find((x) => tag(x) === name);
  if (!c) throw new Error(`no <${name}> in <${tag(n)}>`);
  return c;
}
function attrs(n: Node): Record<string, string> {
  return (n[":@"] as Record<string, string>) ?? {};
}
function all(n: Node, out: Node[] = []): Node[] {
  out.push(n);
  for (const c of children(n)) if (typeof c === "object" && tag(c) !== "#text") all(c, out);
  return out;
}

const root = (ordered.parse(SOURCE) as Node[]).find((n) => tag(n) === "OfficeApp")!;
const overrides = child(root, "VersionOverrides");
const host = child(child(overrides, "Hosts"), "Host");
const resources = child(overrides, "Resources");

/** Schema order of OfficeApp's children (task pane app, manifest 1.1), per the element-ordering page. */
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
];

function inSchemaOrder(actual: string[], order: string[]): boolean {
  const idx = actual.map((t) => order.indexOf(t));
  return idx.every((i) => i >= 0) && idx.every((i, k) => k === 0 || i > idx[k - 1]);
}

describe("manifest.xml structure", () => {
  it("keeps OfficeApp's children in schema order", () => {
    expect(inSchemaOrder(childTags(root), OFFICEAPP_ORDER)).toBe(true);
  });

  it("puts Runtimes first in the Host, then AllFormFactors, then DesktopFormFactor", () => {
    expect(childTags(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  it("orders the custom-functions extension point Script, Page, Metadata, Namespace", () => {
    const ep = child(child(host, "AllFormFactors"), "ExtensionPoint");
    expect(attrs(ep)["xsi:type"]).toBe("CustomFunctions");
    expect(childTags(ep)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
  });

  it("orders DesktopFormFactor GetStarted, FunctionFile, ExtensionPoint and Resources images, urls, short, long strings", () => {
    expect(childTags(child(host, "DesktopFormFactor"))).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(childTags(resources)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  it("resolves every resid to exactly one resource", () => {
    const ids = all(resources)
      .map((n) => attrs(n).id)
      .filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = all(overrides)
      .map((n) => attrs(n).resid)
      .filter(Boolean);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids, r).toContain(r);
  });

  it("wires the shared runtime: a long-lived Runtime whose resid the functions Page and the FunctionFile share", () => {
    const runtime = child(child(host, "Runtimes"), "Runtime");
    expect(attrs(runtime).lifetime).toBe("long");
    const ep = child(child(host, "AllFormFactors"), "ExtensionPoint");
    const page = attrs(child(child(ep, "Page"), "SourceLocation")).resid;
    const ff = attrs(child(child(host, "DesktopFormFactor"), "FunctionFile")).resid;
    expect(page).toBe(attrs(runtime).resid);
    expect(ff).toBe(attrs(runtime).resid);
    const sets = children(child(child(root, "Requirements"), "Sets")).map(attrs);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  });

  it("names the CHITIEU namespace the functions and docs use", () => {
    const ep = child(child(host, "AllFormFactors"), "ExtensionPoint");
    const resid = attrs(child(ep, "Namespace")).resid;
    const s = all(resources).find((n) => attrs(n).id === resid)!;
    expect(attrs(s).DefaultValue).toBe(FUNCTION_NAMESPACE);
    expect(FUNCTION_NAMESPACE).toBe("CHITIEU");
  });

  it("asks for ReadWriteDocument, lists no extra app domains and no task pane id", () => {
    const doc = plain.parse(SOURCE).OfficeApp;
    expect(doc.Permissions).toBe("ReadWriteDocument");
    expect(doc.AppDomains).toBeUndefined();
    expect(SOURCE).not.toMatch(/TaskpaneId/);
  });

  it("has a Vietnamese override for every user-visible string and the functions metadata", () => {
    const strings = all(resources).filter((n) => tag(n) === "bt:String" && attrs(n).id !== "Functions.Namespace");
    for (const s of strings) expect(children(s).map(attrs).map((a) => a.Locale), attrs(s).id).toContain("vi-VN");
    const meta = all(resources).find((n) => attrs(n).id === "Functions.Metadata.Url")!;
    expect(children(meta).map(attrs)).toContainEqual({ Locale: "vi-VN", Value: `${DEV_BASE_URL}functions-vi.json` });
    for (const name of ["DisplayName", "Description"]) expect(children(child(root, name)).map(attrs).map((a) => a.Locale)).toContain("vi-VN");
  });

  it("uses only development URLs under https://localhost:3000/", () => {
    const urls = SOURCE.match(/https:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith("https://schemas") && !u.includes("w3.org"));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(DEV_BASE_URL), u).toBe(true);
  });
});

describe("built manifest", () => {
  let dir = "";
  let prodDir = "";
  beforeAll(async () => {
    const tmp = mkdtempSync(join(tmpdir(), "chitieu-excel-manifest-"));
    dir = (await buildExcel({ outDir: join(tmp, "dev"), genDir: join(tmp, "gen-dev") })).dir;
    prodDir = (await buildExcel({ outDir: join(tmp, "prod"), genDir: join(tmp, "gen-prod"), baseUrl: "https://addin.example.vn/chitieu/" })).dir;
  });

  it("points every URL at a file the build produced", () => {
    const xml = readFileSync(join(dir, "manifest.xml"), "utf8");
    const urls = xml.match(/https:\/\/localhost:3000\/[^"<\s]*/g)!;
    for (const u of urls) expect(existsSync(join(dir, u.slice(DEV_BASE_URL.length))), u).toBe(true);
  });

  it("rewrites every URL for CHITIEU_BASE_URL and keeps no localhost", () => {
    const xml = readFileSync(join(prodDir, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(/https:\/\/addin\.example\.vn\/chitieu\/functions\.js/);
  });

  it("refuses a base URL that is not https or does not end in a slash", () => {
    expect(manifestFor(SOURCE, "http://x.vn/").ok).toBe(false);
    expect(manifestFor(SOURCE, "https://x.vn/app").ok).toBe(false);
  });

  it("loads Office.js from Microsoft's CDN, then the functions and task pane bundles, under a CSP that allows no network calls", () => {
    const html = readFileSync(join(dir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js", "functions.js", "taskpane.js"]);
    expect(html).toMatch(/connect-src 'none'/);
    for (const s of scripts.slice(1)) expect(existsSync(join(dir, s))).toBe(true);
  });

  it("passes `office-addin-manifest info` offline", () => {
    const bin = join(ROOT, "node_modules", ".bin", "office-addin-manifest");
    const r = spawnSync(bin, ["info", join(dir, "manifest.xml")], { encoding: "utf8", timeout: 60_000, env: { ...process.env, OFFICE_ADDIN_USAGE_DATA: "false" } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/08d014ff-1b0d-40c8-9c6c-f2dc206db840/);
  });
});
