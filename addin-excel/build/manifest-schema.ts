// Microsoft's add-in-only (XML) manifest schema for task pane add-ins, as data: the element sequences, attributes and simple types the offline check enforces.
//
// Where this comes from. Microsoft's XSDs (MS-OWEMXML appendix A; copies once kept in OfficeDev/office-js-docs-pr under
// docs/overview/schemas/taskpane/: OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
// OfficeAppBasicTypesV1_0.xsd) cannot be used as they are: the published basic-types file declares the XML Schema
// namespace as https://www.w3.org/2001/XMLSchema, so schema processors reject it ("not a schema document"), and they
// predate <Runtimes>, which the shared runtime needs. So this module re-states, in our own words and as a table, the
// parts of those XSDs a task pane add-in with custom functions uses: for each complex type, its children in schema order
// with minOccurs/maxOccurs and their types, its attributes, and the facets of the simple types (lengths, patterns,
// enumerations). <Runtimes> follows Microsoft's manifest reference ("Runtimes element": first child of <Host>; <Runtime>
// with resid and lifetime "short"|"long"). A type or element not listed here is reported as unknown rather than passed,
// so a manifest using something new fails loudly until the table learns it.

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** A simple type: the facets of xs:restriction the XSDs give. */
export interface SimpleType {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  enumeration?: readonly string[];
  /** What the value must be, in words, for the error message. */
  describe: string;
}

const GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Simple types by name (basic types are shared by the three schemas). */
export const SIMPLE: Record<string, SimpleType> = {
  ShortString: { minLength: 1, maxLength: 125, describe: "1 to 125 characters" },
  LongString: { minLength: 1, maxLength: 250, describe: "1 to 250 characters" },
  NonEmptyString: { minLength: 1, describe: "not empty" },
  URL: { minLength: 1, maxLength: 2048, pattern: /^[^\s<>"]+$/, describe: "a URL of 1 to 2048 characters" },
  ReferenceId: { minLength: 1, maxLength: 32, describe: "a resource id of 1 to 32 characters" },
  UUID: { pattern: new RegExp(`^(?:(?:urn:uuid:)?${GUID}|\\{${GUID}\\})$`), describe: "a GUID" },
  Version: { pattern: /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/, describe: "up to four dot-separated numbers of 1 to 5 digits (1.0.0.0)" },
  ShortVersion: { pattern: /^[0-9]{1,5}\.[0-9]{1,5}$/, describe: "major.minor (1.1)" },
  CultureName: {
    pattern: /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/,
    describe: "a culture name (vi-VN, en-US)",
  },
  Integer: { pattern: /^[+-]?[0-9]+$/, describe: "an integer" },
  Permissions: { enumeration: ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"], describe: "one of the task pane permissions" },
  Lifetime: { enumeration: ["short", "long"], describe: '"short" or "long"' },
};

/** One child element of a sequence: its namespace and local name, occurrence bounds and type. */
export interface Particle {
  ns: string;
  name: string;
  min: number;
  /** Infinity for maxOccurs="unbounded". */
  max: number;
  /** A complex type key ("ns#Name"), or a simple type name prefixed "simple:". Abstract types need xsi:type. */
  type: string;
}

/** Elements from another namespace accepted at this point (xs:any), validated by that namespace's global declaration. */
export interface AnyParticle {
  any: string;
  min: number;
  max: number;
}

export interface Attribute {
  type: string;
  required: boolean;
}

export interface ComplexType {
  /** Needs xsi:type naming a concrete type that extends it. */
  abstract?: boolean;
  /** The type it extends: its sequence comes first, then this one's. */
  base?: string;
  sequence: Array<Particle | AnyParticle>;
  attributes?: Record<string, Attribute>;
  /** Simple content: the text of the element has this simple type. */
  text?: string;
  /** A resource reference: which <Resources> list its `resid` must name (ShortStrings for labels, Urls for pages…). */
  resource?: "Images" | "Urls" | "ShortStrings" | "LongStrings";
}

const U = Infinity;
const p = (ns: string, name: string, min: number, max: number, type: string): Particle => ({ ns, name, min, max, type });
const app = (name: string, min: number, max: number, type: string) => p(NS.app, name, min, max, type);
const ov = (name: string, min: number, max: number, type: string) => p(NS.ov, name, min, max, type);
const bt = (name: string, min: number, max: number, type: string) => p(NS.bt, name, min, max, type);
const A = (t: string) => `${NS.app}#${t}`;
const O = (t: string) => `${NS.ov}#${t}`;
const B = (t: string) => `${NS.bt}#${t}`;
const S = (t: string) => `simple:${t}`;
const req = (type: string): Attribute => ({ type, required: true });
const opt = (type: string): Attribute => ({ type, required: false });

/** Locale-aware settings: a default value attribute of the given simple type, and per-locale overrides of the same type. */
function localeAware(ns: string, valueType: string, override: string, withId?: string): ComplexType {
  return {
    sequence: [p(ns, "Override", 0, U, override)],
    attributes: { DefaultValue: req(valueType), ...(withId ? { id: req(withId) } : {}) },
  };
}

/**
 * The per-locale override types (`<Override Locale="vi-VN" Value="…"/>`), which both the manifest schema and the
 * basic-types schema declare in their own namespace, one per value type.
 */
function localeOverrides(key: (t: string) => string): Record<string, ComplexType> {
  const types: Array<[string, string]> = [["LocaleOverride", "NonEmptyString"], ["ShortLocaleOverride", "ShortString"], ["LongLocaleOverride", "LongString"], ["URLLocaleOverride", "URL"]];
  return Object.fromEntries(types.map(([name, value]) => [key(name), { sequence: [], attributes: { Locale: req("CultureName"), Value: req(value) } }]));
}

/** Complex types by "namespace#Name". */
export const COMPLEX: Record<string, ComplexType> = {
  // --- OfficeAppManifestV1_1 (namespace appforoffice/1.1)
  [A("OfficeApp")]: {
    abstract: true,
    sequence: [
      app("Id", 1, 1, S("UUID")),
      app("AlternateId", 0, 1, S("NonEmptyString")),
      app("Version", 1, 1, S("Version")),
      app("ProviderName", 1, 1, S("ShortString")),
      app("DefaultLocale", 1, 1, S("CultureName")),
      app("DisplayName", 1, 1, A("ShortLocaleAwareSetting")),
      app("Description", 1, 1, A("LongLocaleAwareSetting")),
      app("IconUrl", 0, 1, A("URLLocaleAwareSetting")),
      app("HighResolutionIconUrl", 0, 1, A("URLLocaleAwareSetting")),
      app("SupportUrl", 0, 1, A("URLLocaleAwareSetting")),
      app("AppDomains", 0, 1, A("AppDomains")),
      app("Hosts", 0, 1, A("Hosts")),
    ],
  },
  [A("TaskPaneApp")]: {
    base: A("OfficeApp"),
    sequence: [
      app("Requirements", 0, 1, A("Requirements")),
      app("DefaultSettings", 1, 1, A("TaskPaneAppSettings")),
      app("Permissions", 1, 1, S("Permissions")),
      { any: NS.ov, min: 0, max: 1 },
      { any: "http://www.w3.org/2000/09/xmldsig#", min: 0, max: 1 },
    ],
  },
  ...localeOverrides(A),
  [A("ShortLocaleAwareSetting")]: localeAware(NS.app, "ShortString", A("ShortLocaleOverride")),
  [A("LongLocaleAwareSetting")]: localeAware(NS.app, "LongString", A("LongLocaleOverride")),
  [A("URLLocaleAwareSetting")]: localeAware(NS.app, "URL", A("URLLocaleOverride")),
  [A("AppDomains")]: { sequence: [app("AppDomain", 1, U, S("LongString"))] },
  [A("Hosts")]: { sequence: [app("Host", 1, U, A("Host"))] },
  [A("Host")]: { sequence: [], attributes: { Name: req("ShortString") } },
  [A("Requirements")]: { sequence: [app("Sets", 0, 1, A("Sets")), app("Methods", 0, 1, A("Methods"))] },
  [A("Sets")]: { sequence: [app("Set", 1, U, A("VersionedRequirement"))], attributes: { DefaultMinVersion: opt("ShortVersion") } },
  [A("VersionedRequirement")]: { sequence: [], attributes: { Name: req("ShortString"), MinVersion: opt("ShortVersion") } },
  [A("Methods")]: { sequence: [app("Method", 1, U, A("Requirement"))] },
  [A("Requirement")]: { sequence: [], attributes: { Name: req("LongString") } },
  [A("TaskPaneAppSettings")]: { sequence: [app("SourceLocation", 1, 1, A("URLLocaleAwareSetting"))] },

  // --- OfficeAppBasicTypesV1_0 (namespace officeappbasictypes/1.0)
  ...localeOverrides(B),
  [B("ImageLocaleAwareSettingWithId")]: localeAware(NS.bt, "URL", B("URLLocaleOverride"), "ReferenceId"),
  [B("URLLocaleAwareSettingWithId")]: localeAware(NS.bt, "URL", B("URLLocaleOverride"), "ReferenceId"),
  [B("ShortLocaleAwareSettingWithId")]: localeAware(NS.bt, "ShortString", B("ShortLocaleOverride"), "ReferenceId"),
  [B("LongLocaleAwareSettingWithId")]: localeAware(NS.bt, "LongString", B("LongLocaleOverride"), "ReferenceId"),
  [B("ShortResourceReference")]: { sequence: [], attributes: { resid: req("ReferenceId") }, resource: "ShortStrings" },
  [B("LongResourceReference")]: { sequence: [], attributes: { resid: req("ReferenceId") }, resource: "LongStrings" },
  [B("URLResourceReference")]: { sequence: [], attributes: { resid: req("ReferenceId") }, resource: "Urls" },
  [B("ImageResourceReference")]: { sequence: [], attributes: { resid: req("ReferenceId"), size: req("Integer") }, resource: "Images" },
  [B("IconList")]: { sequence: [bt("Image", 1, U, B("ImageResourceReference"))] },
  [B("Resources")]: {
    sequence: [bt("Images", 0, 1, B("Images")), bt("Urls", 0, 1, B("Urls")), bt("ShortStrings", 0, 1, B("ShortStrings")), bt("LongStrings", 0, 1, B("LongStrings"))],
  },
  [B("Images")]: { sequence: [bt("Image", 1, U, B("ImageLocaleAwareSettingWithId"))] },
  [B("Urls")]: { sequence: [bt("Url", 1, U, B("URLLocaleAwareSettingWithId"))] },
  [B("ShortStrings")]: { sequence: [bt("String", 1, U, B("ShortLocaleAwareSettingWithId"))] },
  [B("LongStrings")]: { sequence: [bt("String", 1, U, B("LongLocaleAwareSettingWithId"))] },
  [B("Requirements")]: { sequence: [bt("Sets", 0, 1, B("Sets"))] },
  [B("Sets")]: { sequence: [bt("Set", 1, U, B("Set"))], attributes: { DefaultMinVersion: opt("ShortVersion") } },
  [B("Set")]: { sequence: [], attributes: { Name: req("ShortString"), MinVersion: opt("ShortVersion") } },

  // --- TaskPaneAppVersionOverridesV1_0 (namespace taskpaneappversionoverrides)
  [O("VersionOverridesV1_0")]: {
    sequence: [
      ov("Description", 0, 1, B("LongResourceReference")),
      ov("Requirements", 0, 1, B("Requirements")),
      ov("Hosts", 0, 1, O("Hosts")),
      ov("Resources", 0, 1, B("Resources")),
      ov("WebApplicationInfo", 0, 1, O("WebApplicationInfo")),
      ov("EquivalentAddins", 0, 1, O("EquivalentAddins")),
      { any: `${NS.ov}/1.1`, min: 0, max: 1 },
    ],
  },
  [O("Hosts")]: { sequence: [ov("Host", 1, U, O("Host"))] },
  // <Runtimes> first: Microsoft's manifest reference for the shared runtime (not in the 2020 XSD copies).
  [O("Host")]: { abstract: true, sequence: [ov("Runtimes", 0, 1, O("Runtimes")), ov("AllFormFactors", 0, 1, O("FormFactor"))] },
  [O("Workbook")]: { base: O("Host"), sequence: [ov("DesktopFormFactor", 0, 1, O("FormFactor"))] },
  [O("Runtimes")]: { sequence: [ov("Runtime", 1, U, O("Runtime"))] },
  [O("Runtime")]: { sequence: [ov("Override", 0, U, O("RuntimeOverride"))], attributes: { resid: req("ReferenceId"), lifetime: opt("Lifetime") }, resource: "Urls" },
  [O("RuntimeOverride")]: { sequence: [], attributes: { type: req("ShortString"), resid: req("ReferenceId") } },
  [O("FormFactor")]: {
    sequence: [ov("GetStarted", 0, 1, O("GetStarted")), ov("FunctionFile", 0, 1, B("URLResourceReference")), ov("ExtensionPoint", 1, U, O("ExtensionPoint"))],
  },
  [O("GetStarted")]: {
    sequence: [ov("Title", 1, 1, B("ShortResourceReference")), ov("Description", 1, 1, B("LongResourceReference")), ov("LearnMoreUrl", 1, 1, B("URLResourceReference"))],
  },
  [O("ExtensionPoint")]: { abstract: true, sequence: [] },
  [O("PrimaryCommandSurface")]: { base: O("ExtensionPoint"), sequence: [ov("OfficeTab", 0, U, O("OfficeTab")), ov("CustomTab", 0, U, O("CustomTab"))] },
  [O("ContextMenu")]: { base: O("ExtensionPoint"), sequence: [ov("OfficeMenu", 1, U, O("OfficeMenu"))] },
  [O("CustomFunctions")]: {
    base: O("ExtensionPoint"),
    sequence: [ov("Script", 1, 1, O("SourceHolder")), ov("Page", 1, 1, O("SourceHolder")), ov("Metadata", 0, 1, O("SourceHolder")), ov("Namespace", 0, 1, B("ShortResourceReference"))],
  },
  [O("SourceHolder")]: { sequence: [ov("SourceLocation", 1, 1, B("URLResourceReference"))] },
  [O("OfficeTab")]: { sequence: [ov("Group", 1, U, O("Group"))], attributes: { id: req("ShortString") } },
  [O("CustomTab")]: { sequence: [ov("Group", 1, U, O("Group")), ov("Label", 1, 1, B("ShortResourceReference"))], attributes: { id: req("ShortString") } },
  [O("OfficeMenu")]: { sequence: [ov("Control", 1, U, O("UIControl"))], attributes: { id: req("ShortString") } },
  [O("Group")]: { sequence: [ov("Label", 1, 1, B("ShortResourceReference")), ov("Icon", 1, 1, B("IconList")), ov("Control", 1, U, O("UIControl"))], attributes: { id: req("ShortString") } },
  [O("UIControl")]: { abstract: true, sequence: [ov("Label", 1, 1, B("ShortResourceReference")), ov("Supertip", 1, 1, O("Supertip"))], attributes: { id: req("ShortString") } },
  [O("Button")]: { base: O("UIControl"), sequence: [ov("Icon", 1, 1, B("IconList")), ov("Action", 1, 1, O("Action"))] },
  [O("Menu")]: { base: O("UIControl"), sequence: [ov("Icon", 1, 1, B("IconList")), ov("Items", 1, 1, O("MenuItems"))] },
  [O("MenuItems")]: { sequence: [ov("Item", 1, U, O("MenuItem"))] },
  [O("MenuItem")]: { base: O("UIControl"), sequence: [ov("Icon", 0, 1, B("IconList")), ov("Action", 1, 1, O("Action"))] },
  [O("Supertip")]: { sequence: [ov("Title", 1, 1, B("ShortResourceReference")), ov("Description", 1, 1, B("LongResourceReference"))] },
  [O("Action")]: { abstract: true, sequence: [] },
  [O("ShowTaskpane")]: {
    base: O("Action"),
    sequence: [ov("TaskpaneId", 0, 1, S("ShortString")), ov("SourceLocation", 1, 1, B("URLResourceReference")), ov("Title", 0, 1, B("ShortResourceReference"))],
  },
  [O("ExecuteFunction")]: { base: O("Action"), sequence: [ov("FunctionName", 1, 1, S("LongString"))] },
  [O("WebApplicationInfo")]: {
    sequence: [ov("Id", 1, 1, S("UUID")), ov("MsaId", 0, 1, S("LongString")), ov("Resource", 1, 1, S("LongString")), ov("Scopes", 1, 1, O("Scopes"))],
  },
  [O("Scopes")]: { sequence: [ov("Scope", 1, U, S("LongString"))] },
  [O("EquivalentAddins")]: { sequence: [ov("EquivalentAddin", 1, U, O("EquivalentAddin"))] },
  [O("EquivalentAddin")]: {
    sequence: [ov("ProgId", 0, 1, S("LongString")), ov("DisplayName", 0, 1, S("LongString")), ov("FileName", 0, 1, S("LongString")), ov("Type", 1, 1, S("ShortString"))],
  },
};

/** Global elements: what may be the root, and what an xs:any of a namespace admits. */
export const GLOBAL: Record<string, string> = {
  [`${NS.app}#OfficeApp`]: A("OfficeApp"),
  [`${NS.ov}#VersionOverrides`]: O("VersionOverridesV1_0"),
};
