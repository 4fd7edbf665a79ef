// The parts of an .xlsx package and how they point at each other: content types, relationships, the workbook's sheet list, defined names.
import { posix } from "node:path";
import { findAll, xmlTree, type XmlNode } from "./xml";
import type { ZipReader } from "./zip";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** Relationship types this layer follows or writes (the strict namespace variant is matched by suffix). */
export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  styles: `${NS.rel}/styles`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  calcChain: `${NS.rel}/calcChain`,
  theme: `${NS.rel}/theme`,
  /** The package-level relationship to docProps/core.xml (not under the office-document namespace). */
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

/** True when a relationship's type is `want`, in the transitional or the strict namespace. */
export function relIs(type: string, want: string): boolean {
  return type === want || type.endsWith(want.slice(want.lastIndexOf("/")));
}

export interface Relationship {
  id: string;
  type: string;
  /** Package path of the target ("xl/worksheets/sheet1.xml"), or the raw target when external. */
  target: string;
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPath(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", `${posix.basename(part)}.rels`);
}

/**
 * A relationship target resolved against its source part; package paths have no leading "/".
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") → "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return posix.normalize(target.slice(1));
  const dir = posix.dirname(source);
  return posix.normalize(posix.join(dir === "." ? "" : dir, target));
}

/**
 * A target written relative to the source part's folder, as Excel writes them.
 * @example relativeTarget("xl/worksheets/sheet1.xml", "xl/comments1.xml") → "../comments1.xml"
 */
export function relativeTarget(source: string, part: string): string {
  const dir = posix.dirname(source);
  return posix.relative(dir === "." ? "" : dir, part);
}

/** Relationships of a part (none when it has no .rels part). */
export function readRels(zip: ZipReader, part: string): Relationship[] {
  const path = relsPath(part);
  if (!zip.has(path)) return [];
  const tree = xmlTree(zip.bytes(path));
  return findAll(tree, "Relationship").map((r) => {
    const external = r.attrs.TargetMode === "External";
    const target = r.attrs.Target ?? "";
    return { id: r.attrs.Id ?? "", type: r.attrs.Type ?? "", target: external ? target : resolveTarget(part, target), external };
  });
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** Relationship id from the workbook part. */
  rid: string;
  /** "visible" (default), "hidden" or "veryHidden". */
  state: string;
  /** Package path of the sheet part; empty when the relationship is missing. */
  path: string;
  /** "worksheet", or "chartsheet"/"dialogsheet"/"macrosheet"/"other" (not readable as a grid). */
  kind: string;
}

export interface DefinedName {
  name: string;
  /** Index into the sheet list when sheet-scoped. */
  localSheetId?: number;
  value: string;
}

/** The workbook as a package: where each sheet, the shared strings and the styles live. */
export interface WorkbookInfo {
  /** Package path of the workbook part ("xl/workbook.xml"). */
  path: string;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
  rels: Relationship[];
}

/** Finds the workbook part from the package relationships and reads its sheet list, date system and defined names. */
export function readWorkbookInfo(zip: ZipReader): WorkbookInfo {
  const top = readRels(zip, "");
  const doc = top.find((r) => relIs(r.type, REL.officeDocument));
  const path = doc?.target ?? "xl/workbook.xml";
  if (!zip.has(path)) throw new PackageError(`no workbook part (${path})`);
  const tree = xmlTree(zip.bytes(path));
  const rels = readRels(zip, path);
  const byId = new Map(rels.map((r) => [r.id, r] as const));
  const sheets: SheetEntry[] = [];
  for (const s of findAll(tree, "sheet")) {
    const rid = ridOf(s);
    const rel = byId.get(rid);
    const kind = !rel ? "other" : rel.type.endsWith("/worksheet") ? "worksheet" : rel.type.endsWith("/chartsheet") ? "chartsheet" : rel.type.endsWith("/dialogsheet") ? "dialogsheet" : rel.type.endsWith("/xlMacrosheet") || rel.type.endsWith("/macrosheet") ? "macrosheet" : "other";
    sheets.push({ name: s.attrs.name ?? "", sheetId: Number(s.attrs.sheetId) || 0, rid, state: s.attrs.state ?? "visible", path: rel && !rel.external ? rel.target : "", kind });
  }
  const pr = findAll(tree, "workbookPr")[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(pr.attrs.date1904 ?? "");
  const definedNames = findAll(tree, "definedName").map((d) => ({
    name: d.attrs.name ?? "",
    localSheetId: d.attrs.localSheetId !== undefined ? Number(d.attrs.localSheetId) : undefined,
    value: d.text,
  }));
  return {
    path,
    sheets,
    definedNames,
    date1904,
    sharedStrings: rels.find((r) => relIs(r.type, REL.sharedStrings) && !r.external)?.target,
    styles: rels.find((r) => relIs(r.type, REL.styles) && !r.external)?.target,
    rels,
  };
}

/** The relationship id attribute of an element, whatever prefix the file binds to the relationships namespace. */
export function ridOf(n: XmlNode): string {
  for (const [k, v] of Object.entries(n.attrs)) if (k.endsWith(":id") && k !== "xml:id") return v;
  return "";
}

/** A package whose structure is broken (missing workbook, dangling relationship). */
export class PackageError extends Error {}

/** Content types: default by extension and override by part name. */
export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function readContentTypes(zip: ZipReader): ContentTypes {
  const tree = xmlTree(zip.bytes("[Content_Types].xml"));
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of findAll(tree, "Default")) defaults.set((d.attrs.Extension ?? "").toLowerCase(), d.attrs.ContentType ?? "");
  for (const o of findAll(tree, "Override")) overrides.set((o.attrs.PartName ?? "").replace(/^\//, "").toLowerCase(), o.attrs.ContentType ?? "");
  return { defaults, overrides };
}

/** The content type a part has under the package's rules, or undefined. */
export function contentTypeOf(ct: ContentTypes, part: string): string | undefined {
  const o = ct.overrides.get(part.toLowerCase());
  if (o !== undefined) return o;
  const ext = posix.extname(part).slice(1).toLowerCase();
  return ct.defaults.get(ext);
}
