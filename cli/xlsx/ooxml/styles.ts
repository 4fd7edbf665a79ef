// styles.xml: number formats by cell style (for reading), and appending the fonts, fills, borders and cell styles an edit needs without touching the rest.
import type { CellStyle, VAlign } from "../../../core/sheet/output";
import { escapeXml, localName, parseAttrs, tagEnd, type Attrs } from "./xml";

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30). Ids 5–8 and 23–44 not listed vary by locale; the
 * East Asian date ids (27–36, 50–58) are dates whatever their locale text, so they read as dd/mm/yyyy here.
 */
const BUILTIN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN[id] = "dd/mm/yyyy";

// The rule for which formats show dates is core's (the panes' hosts read serials with it too).
export { isDateFormat } from "../../../core/number/cell";

/** A style part's top-level sections, in the order the schema requires (CT_Stylesheet). */
const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = (typeof SECTIONS)[number];

/** A minimal styles part for a new workbook: one font, the two fills every package needs, one border, one cell style. */
const NEW_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/></styleSheet>`;

interface Xf {
  attrs: Attrs;
  /** Children as written (alignment, protection, extLst). */
  inner: string;
}

/** Splits the inside of an element into its top-level child elements, each as written. */
export function topElements(raw: string): string[] {
  const out: string[] = [];
  let i = 0;
  let depth = 0;
  let start = -1;
  while (i < raw.length) {
    const lt = raw.indexOf("<", i);
    if (lt < 0) break;
    const gt = tagEnd(raw, lt + 1);
    if (gt < 0) break;
    const closing = raw[lt + 1] === "/";
    const self = raw[gt - 1] === "/";
    const skip = raw[lt + 1] === "?" || raw[lt + 1] === "!";
    if (!skip) {
      if (closing) {
        depth--;
        if (depth === 0 && start >= 0) {
          out.push(raw.slice(start, gt + 1));
          start = -1;
        }
      } else {
        if (depth === 0) start = lt;
        if (self) {
          if (depth === 0) {
            out.push(raw.slice(start, gt + 1));
            start = -1;
          }
        } else depth++;
      }
    }
    i = gt + 1;
  }
  return out;
}

/** Where a section sits in the text: its whole span and its inside. */
interface Span {
  start: number;
  end: number;
  openEnd: number;
  closeStart: number;
  self: boolean;
}

/**
 * The styles of a workbook: reads the number format of every cell style, and appends new styles derived from
 * existing ones (a status cell keeps its font family and borders when given a colour). The serialised part is
 * the original text with only the new items and their counts spliced in.
 * @example const book = new StyleBook(zip.text("xl/styles.xml")); const s = book.derive(3, { bold: true }); book.toXml()
 */
export class StyleBook {
  private text: string;
  private readonly prefix: string;
  readonly numFmts = new Map<number, string>();
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly xfs: Xf[] = [];
  private dxfCount = 0;
  private readonly added: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs", string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly index = { fonts: new Map<string, number>(), fills: new Map<string, number>(), borders: new Map<string, number>(), xfs: new Map<string, number>() };
  private readonly derived = new Map<string, number>();
  private nextFmt = 164;

  /** `text` is the input's styles.xml, or null for a new workbook. */
  constructor(text: string | null) {
    this.text = text ?? NEW_STYLES;
    const root = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(this.text);
    this.prefix = root?.[1] ?? "";
    for (const el of this.items("numFmts")) {
      const a = parseAttrs(el.slice(el.indexOf(" "), el.lastIndexOf(">")));
      const id = Number(a.numFmtId);
      if (Number.isFinite(id) && a.formatCode !== undefined) {
        this.numFmts.set(id, a.formatCode);
        if (id >= this.nextFmt) this.nextFmt = id + 1;
      }
    }
    this.fonts.push(...this.items("fonts"));
    this.fills.push(...this.items("fills"));
    this.borders.push(...this.items("borders"));
    for (const el of this.items("cellXfs")) {
      const gt = tagEnd(el, 1);
      const self = el[gt - 1] === "/";
      const head = el.slice(1, self ? gt - 1 : gt);
      const sp = head.search(/\s/);
      this.xfs.push({ attrs: sp < 0 ? {} : parseAttrs(head.slice(sp)), inner: self ? "" : el.slice(gt + 1, el.lastIndexOf("<")) });
    }
    this.dxfCount = this.items("dxfs").length;
    this.fonts.forEach((f, i) => this.index.fonts.has(f) || this.index.fonts.set(f, i));
    this.fills.forEach((f, i) => this.index.fills.has(f) || this.index.fills.set(f, i));
    this.borders.forEach((f, i) => this.index.borders.has(f) || this.index.borders.set(f, i));
  }

  private span(name: Section): Span | null {
    const re = new RegExp(`<${this.prefix.replace(/[.]/g, "\\.")}${name}(?=[\\s/>])`, "g");
    const m = re.exec(this.text);
    if (!m) return null;
    const gt = tagEnd(this.text, m.index + 1);
    if (gt < 0) return null;
    if (this.text[gt - 1] === "/") return { start: m.index, end: gt + 1, openEnd: gt + 1, closeStart: gt + 1, self: true };
    const close = `</${this.prefix}${name}>`;
    const c = this.text.indexOf(close, gt);
    if (c < 0) return null;
    return { start: m.index, end: c + close.length, openEnd: gt + 1, closeStart: c, self: false };
  }

  private items(name: Section): string[] {
    const s = this.span(name);
    if (!s || s.self) return [];
    return topElements(this.text.slice(s.openEnd, s.closeStart));
  }

  /** Number of cell styles (xf records); a cell's `s` must be below it. */
  get xfCount(): number {
    return this.xfs.length;
  }

  /**
   * The number format code of a cell style, or undefined for General.
   * @example book.formatOf(3) → "0.0%"
   */
  formatOf(xf: number): string | undefined {
    const x = this.xfs[xf];
    if (!x) return undefined;
    const id = Number(x.attrs.numFmtId ?? 0);
    const code = this.numFmts.get(id) ?? BUILTIN[id];
    return code === undefined || code === "General" ? undefined : code;
  }

  /** Font name of a cell style (tests and the report check it). */
  fontOf(xf: number): { name?: string; bold: boolean; italic: boolean; size?: number } {
    const f = this.fonts[Number(this.xfs[xf]?.attrs.fontId ?? 0)] ?? "";
    const val = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}\\s+val="([^"]*)"`).exec(f)?.[1];
    const on = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}(\\s+val="(1|true)")?\\s*/>`).test(f);
    const size = val("sz");
    return { name: val("name"), bold: on("b"), italic: on("i"), size: size === undefined ? undefined : Number(size) };
  }

  /**
   * The vertical alignment of a cell style as core names it; "bottom" (the spreadsheet default) when it sets none.
   * @example book.vAlignOf(7) → "middle"
   */
  vAlignOf(xf: number): VAlign {
    const v = /<(?:\w+:)?alignment\b[^>]*\svertical="(\w+)"/.exec(this.xfs[xf]?.inner ?? "")?.[1];
    return v === "center" ? "middle" : v === "top" ? "top" : "bottom";
  }

  /** Fill colour (RRGGBB) of a cell style, if a solid fill. */
  fillOf(xf: number): string | undefined {
    const f = this.fills[Number(this.xfs[xf]?.attrs.fillId ?? 0)] ?? "";
    return /fgColor\s+rgb="(?:FF)?([0-9A-Fa-f]{6})"/.exec(f)?.[1]?.toUpperCase();
  }

  private numFmtId(code: string): number {
    for (const [id, c] of this.numFmts) if (c === code) return id;
    for (const [id, c] of Object.entries(BUILTIN)) if (c === code && Number(id) < 50 && !(Number(id) >= 27 && Number(id) <= 36)) return Number(id);
    const id = this.nextFmt++;
    this.numFmts.set(id, code);
    this.added.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private addItem(kind: "fonts" | "fills" | "borders", raw: string): number {
    const hit = this.index[kind].get(raw);
    if (hit !== undefined) return hit;
    const list = this[kind];
    list.push(raw);
    this.added[kind].push(raw);
    this.index[kind].set(raw, list.length - 1);
    return list.length - 1;
  }

  /**
   * The cell style that is `base` with `style` laid over it (font fields, fill, alignment, borders, number
   * format), added once and reused for every cell asking for the same.
   * @example book.derive(0, { bold: true, fill: "#DDEBF7" }) → 12
   */
  derive(base: number, style: CellStyle): number {
    const key = `${base}|${JSON.stringify(style)}`;
    const hit = this.derived.get(key);
    if (hit !== undefined) return hit;
    const from = this.xfs[base] ?? this.xfs[0] ?? { attrs: {}, inner: "" };
    const attrs: Attrs = { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0", xfId: "0", ...from.attrs };
    const p = this.prefix;
    if (style.bold !== undefined || style.italic !== undefined || style.underline !== undefined || style.fontName || style.fontSize || style.fontColor) {
      attrs.fontId = String(this.addItem("fonts", this.font(this.fonts[Number(attrs.fontId)] ?? "", style)));
      attrs.applyFont = "1";
    }
    if (style.fill) {
      const rgb = argb(style.fill);
      attrs.fillId = String(this.addItem("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`));
      attrs.applyFill = "1";
    }
    if (style.border === "thin" || style.border === "none") {
      const edge = (e: string) => (style.border === "thin" ? `<${p}${e} style="thin"><${p}color rgb="FF000000"/></${p}${e}>` : `<${p}${e}/>`);
      attrs.borderId = String(this.addItem("borders", `<${p}border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${p}diagonal/></${p}border>`));
      attrs.applyBorder = "1";
    }
    if (style.numberFormat) {
      attrs.numFmtId = String(this.numFmtId(style.numberFormat));
      attrs.applyNumberFormat = "1";
    }
    let inner = from.inner;
    if (style.hAlign || style.vAlign || style.wrap !== undefined) {
      const parts = topElements(inner);
      const old = parts.find((e) => localName(e.slice(1, e.search(/[\s/>]/))) === "alignment");
      const a: Attrs = old ? parseAttrs(old.slice(old.search(/\s/), old.lastIndexOf("/"))) : {};
      if (style.hAlign) a.horizontal = style.hAlign;
      if (style.vAlign) a.vertical = style.vAlign === "middle" ? "center" : style.vAlign;
      if (style.wrap !== undefined) a.wrapText = style.wrap ? "1" : "0";
      const align = `<${p}alignment${attrText(a)}/>`;
      // alignment comes first in CT_Xf (then protection, extLst).
      inner = [align, ...parts.filter((e) => e !== old)].join("");
      attrs.applyAlignment = "1";
    }
    const raw = inner ? `<${p}xf${attrText(attrs)}>${inner}</${p}xf>` : `<${p}xf${attrText(attrs)}/>`;
    let id = this.index.xfs.get(raw);
    if (id === undefined) {
      this.xfs.push({ attrs, inner });
      this.added.cellXfs.push(raw);
      id = this.xfs.length - 1;
      this.index.xfs.set(raw, id);
    }
    this.derived.set(key, id);
    return id;
  }

  /** A font record with the style's fields set, keeping the base font's other children (charset, family, colour …). */
  private font(base: string, s: CellStyle): string {
    const p = this.prefix;
    const inner = base ? base.slice(tagEnd(base, 1) + 1, base.lastIndexOf("<")) : "";
    const kids = base && base[tagEnd(base, 1) - 1] !== "/" ? topElements(inner) : [];
    const nameOf = (e: string) => localName(e.slice(1, e.search(/[\s/>]/)));
    const set = new Map<string, string>();
    for (const k of kids) set.set(nameOf(k), k);
    const flag = (tag: string, on: boolean | undefined) => {
      if (on === undefined) return;
      if (on) set.set(tag, `<${p}${tag}/>`);
      else set.delete(tag);
    };
    flag("b", s.bold);
    flag("i", s.italic);
    if (s.underline !== undefined) {
      if (s.underline) set.set("u", `<${p}u/>`);
      else set.delete("u");
    }
    if (s.fontSize) set.set("sz", `<${p}sz val="${s.fontSize}"/>`);
    if (s.fontColor) set.set("color", `<${p}color rgb="${argb(s.fontColor)}"/>`);
    if (s.fontName) {
      set.set("name", `<${p}name val="${escapeXml(s.fontName)}"/>`);
      // A theme scheme ("minor") makes Excel show the theme's font instead of the named one.
      set.delete("scheme");
    }
    // Excel writes a font's children in this order; the schema allows any, but some readers expect it.
    const order = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];
    const body = [...set.entries()].sort((a, b) => rank(order, a[0]) - rank(order, b[0])).map(([, v]) => v).join("");
    return `<${p}font>${body}</${p}font>`;
  }

  /**
   * Adds a differential style (conditional formats): font colour and a solid fill. Returns its index.
   * @example book.addDxf({ fill: "#FFC7CE", fontColor: "#9C0006" }) → 0
   */
  addDxf(d: { fill?: string; fontColor?: string; bold?: boolean }): number {
    const p = this.prefix;
    let body = "";
    if (d.fontColor || d.bold) body += `<${p}font>${d.bold ? `<${p}b/>` : ""}${d.fontColor ? `<${p}color rgb="${argb(d.fontColor)}"/>` : ""}</${p}font>`;
    // A conditional format's solid fill takes its colour from bgColor (unlike a cell fill, which uses fgColor).
    if (d.fill) body += `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(d.fill)}"/></${p}patternFill></${p}fill>`;
    this.added.dxfs.push(`<${p}dxf>${body}</${p}dxf>`);
    return this.dxfCount++;
  }

  /** True when nothing was added (the part can be copied as it was). */
  get unchanged(): boolean {
    return Object.values(this.added).every((a) => a.length === 0);
  }

  /** The styles part with the new items spliced in, sections created where missing, counts updated. */
  toXml(): string {
    let text = this.text;
    const counts: Record<string, number> = {
      numFmts: this.numFmts.size,
      fonts: this.fonts.length,
      fills: this.fills.length,
      borders: this.borders.length,
      cellXfs: this.xfs.length,
      dxfs: this.dxfCount,
    };
    // Splice from the last section backwards so earlier offsets stay valid.
    const order = (["dxfs", "cellXfs", "borders", "fills", "fonts", "numFmts"] as const).filter((s) => this.added[s].length > 0);
    for (const name of order) {
      this.text = text;
      const span = this.span(name);
      const items = this.added[name].join("");
      const p = this.prefix;
      if (span && !span.self) {
        const open = setCount(text.slice(span.start, span.openEnd), counts[name]);
        text = text.slice(0, span.start) + open + text.slice(span.openEnd, span.closeStart) + items + text.slice(span.closeStart);
      } else if (span && span.self) {
        text = `${text.slice(0, span.start)}<${p}${name} count="${counts[name]}">${items}</${p}${name}>${text.slice(span.end)}`;
      } else {
        // Insert before the first section that must follow it, or before the end of the part.
        const after = SECTIONS.slice(SECTIONS.indexOf(name) + 1);
        let at = -1;
        for (const next of after) {
          const s = this.span(next);
          if (s) {
            at = s.start;
            break;
          }
        }
        if (at < 0) at = text.lastIndexOf(`</${p}styleSheet>`);
        text = `${text.slice(0, at)}<${p}${name} count="${counts[name]}">${items}</${p}${name}>${text.slice(at)}`;
      }
    }
    this.text = text;
    for (const k of Object.keys(this.added) as (keyof typeof this.added)[]) this.added[k] = [];
    return text;
  }
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

function setCount(openTag: string, n: number): string {
  if (/\scount="[^"]*"/.test(openTag)) return openTag.replace(/\scount="[^"]*"/, ` count="${n}"`);
  return openTag.replace(/(\/?>)$/, ` count="${n}"$1`);
}

function attrText(a: Attrs): string {
  let s = "";
  for (const [k, v] of Object.entries(a)) s += ` ${k}="${escapeXml(v)}"`;
  return s;
}

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
