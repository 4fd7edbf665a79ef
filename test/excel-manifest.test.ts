// The Excel manifest, offline: the schema check against a table of mistakes, namespace, Vietnamese strings, URLs that match the build, the page Office loads.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";
import { buildExcel, parseBuildArgs } from "../scripts/build.mjs";
import { FUNCTION_NAMESPACE } from "../core/functions/registry";
import { DEV_BASE_URL, manifestFor } from "../addin-excel/build/artifacts";
import { validateManifest } from "../addin-excel/build/validate-manifest";
import { cspText, OFFICE_JS_URL } from "../addin-excel/build/page";

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

/** A manifest edit and the problem the offline check must report for it. */
type Mutation = [what: string, edit: (xml: string) => string, expected: RegExp];

const swap = (xml: string, a: RegExp, b: RegExp) => {
  const ma = a.exec(xml)![0];
  const mb = b.exec(xml)![0];
  return xml.replace(ma, "\u0000").replace(mb, ma).replace("\u0000", mb);
};

/** One row per class of mistake the schema or Microsoft's documented rules catch (a new class is one line here). */
const MUTATIONS: Mutation[] = [
  ["elements out of schema order", (x) => swap(x, /<Version>[^<]*<\/Version>/, /<ProviderName>[^<]*<\/ProviderName>/), /<ProviderName> is not allowed here|<Version> is required/],
  ["a required element missing", (x) => x.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""), /<DefaultSettings> is required/],
  ["an element the schema does not know", (x) => x.replace("<Permissions>", "<Colour>blue</Colour><Permissions>"), /<Colour> is not allowed here/],
  ["an attribute the schema does not know", (x) => x.replace('<Runtime resid="Taskpane.Url"', '<Runtime colour="x" resid="Taskpane.Url"'), /attribute colour is not allowed/],
  ["a short string over 125 characters", (x) => x.replace(/<DisplayName DefaultValue="[^"]*"/, `<DisplayName DefaultValue="${"x".repeat(126)}"`), /1 to 125 characters \(has 126\)/],
  ["an Id that is not a GUID", (x) => x.replace(/<Id>[^<]*<\/Id>/, "<Id>chitieu</Id>"), /must be a GUID/],
  ["a version with five parts", (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.1</Version>"), /up to four dot-separated numbers/],
  ["a permission Office does not have", (x) => x.replace("ReadWriteDocument", "ReadWriteEverything"), /one of the task pane permissions/],
  ["a culture name that is not one", (x) => x.replace('Locale="vi-VN"', 'Locale="Vietnamese"'), /culture name/],
  ["a resource id over 32 characters", (x) => x.replaceAll("Taskpane.Url", "Taskpane.Url.Of.The.Chi.Tieu.Add.In"), /resource id of 1 to 32 characters/],
  ["a resid that names nothing", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>'), /resid "Group.Labl" names no resource/],
  ["a label pointing at a URL", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), /is in Urls, but this element needs one from ShortStrings/],
  ["two resources with one id", (x) => x.replace('<bt:String id="Group.Label"', '<bt:String id="GetStarted.Title"'), /resource id "GetStarted.Title" is already used/],
  ["a control without xsi:type", (x) => x.replace('<Control xsi:type="Button"', "<Control"), /needs xsi:type: UIControl is abstract/],
  ["an xsi:type with a typo", (x) => x.replace('<Control xsi:type="Button"', '<Control xsi:type="Buton"'), /xsi:type "Buton" is not a type/],
  ["Runtimes after AllFormFactors", (x) => swap(x, /<Runtimes>[\s\S]*?<\/Runtimes>/, /<AllFormFactors>[\s\S]*?<\/AllFormFactors>/), /<Runtimes> is not allowed here/],
  ["a page served over http", (x) => x.replace('DefaultValue="https://localhost:3000/assets/icon-80.png"', 'DefaultValue="http://localhost:3000/assets/icon-80.png"'), /must be an https:\/\/ URL/],
  ["a mandatory icon size missing", (x) => x.replace(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ""), /icon sizes 80 are mandatory/],
  ["the functions page outside the shared runtime", (x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /<FunctionFile> uses "Functions.Script.Url", not the shared runtime's "Taskpane.Url"/],
  ["a shared runtime without the SharedRuntime set", (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'), /needs <Set Name="SharedRuntime"/],
  ["a TaskpaneId with a shared runtime", (x) => x.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>Pane</TaskpaneId>'), /no action may name a TaskpaneId/],
  ["text that is not XML", (x) => x.replace("</Hosts>", ""), /not well-formed XML/],
];

describe("the offline manifest check (schema table + documented rules)", () => {
  it("passes the source manifest", () => {
    expect(validateManifest(SOURCE)).toEqual([]);
  });

  it.each(MUTATIONS)("catches %s", (_what, edit, expected) => {
    const xml = edit(SOURCE);
    expect(xml).not.toBe(SOURCE);
    const problems = validateManifest(xml).map((p) => `${p.path}: ${p.message}`);
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("manifest.xml", () => {
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

  it("rewrites every URL for the production base URL, keeps no localhost and still passes the check", () => {
    const xml = readFileSync(join(prodDir, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toMatch(/https:\/\/addin\.example\.vn\/chitieu\/functions\.js/);
    expect(validateManifest(xml)).toEqual([]);
  });

  it("takes the base URL from `npm run build:excel -- --base-url …`, adding the final slash", () => {
    expect(parseBuildArgs(["excel", "--base-url", "https://so-gd.vn/chitieu"])).toEqual({ names: ["excel"], baseUrl: "https://so-gd.vn/chitieu/" });
    expect(parseBuildArgs(["excel", "--base-url=https://so-gd.vn/"])).toEqual({ names: ["excel"], baseUrl: "https://so-gd.vn/" });
    expect(() => parseBuildArgs(["excel", "--baseurl", "x"])).toThrow(/--base-url/);
  });

  it("refuses a base URL that is not https or does not end in a slash", () => {
    expect(manifestFor(SOURCE, "http://x.vn/").ok).toBe(false);
    expect(manifestFor(SOURCE, "https://x.vn/app").ok).toBe(false);
  });

  it("loads the load guard, Office.js from Microsoft's current CDN in <head>, then the two bundles, under the documented CSP", () => {
    const html = readFileSync(join(dir, "taskpane.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const scripts = [...head.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["guard.js", OFFICE_JS_URL, "functions.js", "taskpane.js"]);
    expect(OFFICE_JS_URL).toBe("https://officeapis.public.onecdn.static.microsoft/1/office.js");
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${cspText()}">`);
    expect(html).not.toMatch(/\{\{/);
    for (const s of ["guard.js", "functions.js", "taskpane.js"]) expect(existsSync(join(dir, s))).toBe(true);
  });

  it("ships the licence of every bundled package beside the bundles", () => {
    const notices = readFileSync(join(dir, "THIRD-PARTY-NOTICES.txt"), "utf8");
    expect(notices).toMatch(/^zod \d+\.\d+\.\d+ \(MIT\)$/m);
    expect(notices).toMatch(/Permission is hereby granted/);
  });

  it("passes `office-addin-manifest info` offline", () => {
    const bin = join(ROOT, "node_modules", ".bin", "office-addin-manifest");
    const r = spawnSync(bin, ["info", join(dir, "manifest.xml")], { encoding: "utf8", timeout: 60_000, env: { ...process.env, OFFICE_ADDIN_USAGE_DATA: "false" } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/08d014ff-1b0d-40c8-9c6c-f2dc206db840/);
  });
});
