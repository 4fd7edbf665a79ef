// A small streaming XML reader for OOXML parts: bytes in any chunks, UTF-8 decoded across chunk edges, SAX-style events, DTDs refused.

/** Attributes of one start tag, by qualified name as written ("r", "r:id", "xml:space"). */
export type Attrs = Record<string, string>;

/** What the reader calls; names are local (prefix dropped), attributes keep their qualified names. */
export interface XmlHandler {
  open?(name: string, attrs: Attrs, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A part that is not well-formed enough to read, or uses something OOXML forbids (a DTD). */
export class XmlError extends Error {}

/** Longest single tag or text run buffered while waiting for the rest of it (a hostile part cannot grow it past this). */
const MAX_PENDING = 64 * 1024 * 1024;

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Replaces XML's five entities and numeric character references; an unknown entity is an error (no DTD can define one).
 * @example decodeEntities("a &lt; b &#x1EA1;") → "a < b ạ"
 */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (_m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new XmlError(`bad character reference &${e};`);
      return String.fromCodePoint(code);
    }
    const v = ENTITY[e];
    if (v === undefined) throw new XmlError(`unknown entity &${e};`);
    return v;
  });
}

/**
 * Escapes text for element content or a double-quoted attribute, and drops characters XML 1.0 cannot hold
 * (control characters other than tab and line ends), which would make the part unreadable.
 * @example escapeXml('a < "b"') → "a &lt; &quot;b&quot;"
 */
export function escapeXml(s: string): string {
  return escapeWith(s, true);
}

/**
 * Escapes text for element content only (quotes need no escape there, and status formulas are full of them),
 * dropping characters XML 1.0 cannot hold.
 * @example escapeText('IF(A1<1,"Đạt")') → 'IF(A1&lt;1,"Đạt")'
 */
export function escapeText(s: string): string {
  return escapeWith(s, false);
}

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const NOT_XML_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Every formula and cached result a big sheet writes goes through here, and a status formula holds a dozen "<" or
 * ">": a replace with a callback per character was most of a cell's cost. Each special character is replaced by
 * the engine's own replaceAll instead ("&" first, so no entity is escaped twice); text with none comes back as it was.
 */
function escapeWith(s: string, quotes: boolean): string {
  let out = NOT_XML.test(s) ? s.replace(NOT_XML_ALL, "") : s;
  if (out.indexOf("&") >= 0) out = out.replaceAll("&", "&amp;");
  if (out.indexOf("<") >= 0) out = out.replaceAll("<", "&lt;");
  if (out.indexOf(">") >= 0) out = out.replaceAll(">", "&gt;");
  if (quotes && out.indexOf('"') >= 0) out = out.replaceAll('"', "&quot;");
  if (out.indexOf("\r") >= 0) out = out.replaceAll("\r", "&#13;");
  return out;
}

/** The local part of a qualified name: "x:row" → "row". */
export function localName(q: string): string {
  const i = q.indexOf(":");
  return i < 0 ? q : q.slice(i + 1);
}

/**
 * The attributes of a start tag's inside ("c r=\"A1\" s=\"3\"" → { r: "A1", s: "3" }), entities decoded.
 * A hand-written scan: it runs for every cell of a sheet, where a regular expression was the reader's main cost.
 * @example parseAttrs(' r="A1" t="s"') → { r: "A1", t: "s" }
 */
export function parseAttrs(s: string): Attrs {
  const out: Attrs = {};
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 61 /* = */ || isSpace(c) || c === 47 || c === 62) break;
      i++;
    }
    if (i === start) break;
    const name = s.slice(start, i);
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 61) continue;
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 34 && q !== 39) break;
    const end = s.indexOf(q === 34 ? '"' : "'", i + 1);
    if (end < 0) throw new XmlError(`an attribute value is not closed`);
    const v = s.slice(i + 1, end);
    out[name] = v.indexOf("&") < 0 ? v : decodeEntities(v);
    i = end + 1;
  }
  return out;
}

/**
 * Reads XML fed in pieces. Bytes are decoded by a streaming UTF-8 decoder (a character split between two
 * pieces is joined, never garbled; invalid UTF-8 is an error), and a tag or text cut by a piece's end waits
 * for the next piece. Comments and processing instructions are skipped; CDATA is text; a DOCTYPE is refused
 * (OOXML parts never have one, and entity expansion is how "billion laughs" files blow up).
 * @example const r = new XmlReader({ open: (n) => names.push(n) }); r.write(bytes); r.end()
 */
export class XmlReader {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  private rest = "";
  private textBuf = "";
  private depth = 0;

  constructor(private readonly h: XmlHandler) {}

  /** Feeds bytes (decoded here) or already-decoded text. */
  write(chunk: Uint8Array | string): void {
    let s: string;
    if (typeof chunk === "string") s = chunk;
    else {
      try {
        s = this.decoder.decode(chunk, { stream: true });
      } catch {
        throw new XmlError("invalid UTF-8");
      }
    }
    this.scan(this.rest.length > 0 ? this.rest + s : s);
  }

  /** Ends the input; throws when a tag or element was left open. */
  end(): void {
    let tail = "";
    try {
      tail = this.decoder.decode();
    } catch {
      throw new XmlError("invalid UTF-8 at the end");
    }
    if (tail) this.scan(this.rest + tail);
    if (this.rest.trim() !== "") throw new XmlError("the part ends inside a tag");
    this.flushText();
    if (this.depth !== 0) throw new XmlError("the part ends with elements still open");
  }

  private flushText(): void {
    if (this.textBuf === "") return;
    const t = this.textBuf;
    this.textBuf = "";
    if (this.h.text && this.depth > 0) this.h.text(decodeEntities(t));
  }

  private scan(buf: string): void {
    const h = this.h;
    let i = 0;
    const n = buf.length;
    while (i < n) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        this.textBuf += buf.slice(i);
        i = n;
        break;
      }
      if (lt > i) this.textBuf += buf.slice(i, lt);
      if (this.textBuf.length > MAX_PENDING) throw new XmlError("a text run is too long");
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end < 0) return this.keep(buf, lt);
          i = end + 3;
          continue;
        }
        if (buf.startsWith("<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end < 0) return this.keep(buf, lt);
          // CDATA is literal: escape its ampersands so flushText's decoding gives them back unchanged.
          this.textBuf += buf.slice(lt + 9, end).replace(/&/g, "&amp;");
          i = end + 3;
          continue;
        }
        if (n - lt < 9) return this.keep(buf, lt);
        throw new XmlError("a DOCTYPE or declaration, which OOXML parts may not have");
      }
      if (c1 === 63 /* ? */) {
        const end = buf.indexOf("?>", lt + 2);
        if (end < 0) return this.keep(buf, lt);
        i = end + 2;
        continue;
      }
      if (lt + 1 >= n) return this.keep(buf, lt);
      const gt = tagEnd(buf, lt + 1);
      if (gt < 0) return this.keep(buf, lt);
      this.flushText();
      if (c1 === 47 /* / */) {
        const name = buf.slice(lt + 2, gt).trim();
        this.depth--;
        if (this.depth < 0) throw new XmlError(`unexpected </${name}>`);
        if (h.close) h.close(localName(name));
      } else {
        const self = buf.charCodeAt(gt - 1) === 47;
        const inner = buf.slice(lt + 1, self ? gt - 1 : gt);
        let sp = 0;
        while (sp < inner.length && !isSpace(inner.charCodeAt(sp))) sp++;
        const qname = inner.slice(0, sp);
        if (qname === "") throw new XmlError("an empty tag name");
        const name = localName(qname);
        if (h.open) h.open(name, sp < inner.length ? parseAttrs(inner.slice(sp)) : {}, self);
        if (self) {
          if (h.close) h.close(name);
        } else this.depth++;
      }
      i = gt + 1;
    }
    this.rest = "";
  }

  /** Keeps an incomplete tag for the next piece. */
  private keep(buf: string, from: number): void {
    this.rest = buf.slice(from);
    if (this.rest.length > MAX_PENDING) throw new XmlError("a tag is too long");
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index of the ">" closing the tag that starts before `from`, skipping ">" inside quoted attribute values; -1 if not in `s`. */
export function tagEnd(s: string, from: number): number {
  const gt = s.indexOf(">", from);
  if (gt < 0) return -1;
  // Look for a quote only up to that ">" (a search to the end of the buffer per tag would be quadratic).
  let quoted = false;
  for (let i = from; i < gt; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) {
      quoted = true;
      break;
    }
  }
  if (!quoted) return gt;
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}

/** Bytes handed to the reader at a time when a whole part is in memory. */
export const READ_CHUNK = 1024 * 1024;

/**
 * Reads a whole part held in memory, feeding it in 1 MiB pieces so no string of the whole part is ever made.
 * @example readXml(zip.bytes("xl/workbook.xml"), { open: (n, a) => n === "sheet" && sheets.push(a.name) })
 */
export function readXml(bytes: Uint8Array | string, h: XmlHandler): void {
  const r = new XmlReader(h);
  if (typeof bytes === "string") r.write(bytes);
  else for (let i = 0; i < bytes.length; i += READ_CHUNK) r.write(bytes.subarray(i, Math.min(bytes.length, i + READ_CHUNK)));
  r.end();
}

/** A small element tree, for the few parts read whole (relationships, content types, workbook). */
export interface XmlNode {
  name: string;
  attrs: Attrs;
  children: XmlNode[];
  text: string;
}

/**
 * Builds a tree of a small part (never used for sheets or shared strings, which stream).
 * @example xmlTree('<a x="1"><b>t</b></a>').children[0].text → "t"
 */
export function xmlTree(bytes: Uint8Array | string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack: XmlNode[] = [root];
  readXml(bytes, {
    open(name, attrs) {
      const node: XmlNode = { name, attrs, children: [], text: "" };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text(t) {
      stack[stack.length - 1].text += t;
    },
  });
  const top = root.children[0];
  if (!top) throw new XmlError("no root element");
  return top;
}

/** Every descendant element with the given local name, in document order. */
export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}
