// A worksheet's view and page settings spliced into its XML as written: top-level children in schema order, frozen panes, fit to page, margins, paper, row heights, and the style of one cell found without reading the sheet.
import type { PrintSetup } from "../../../core/sheet/output";
import { addressOf, cellRef } from "./refs";
import { tagEnd } from "./xml";

/**
 * Children of a worksheet in the order CT_Worksheet requires. mc:AlternateContent (which wraps controls and
 * OLE objects) ranks with oleObjects, after everything this writer inserts.
 */
const ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];
const rankOf = (name: string) => (name === "AlternateContent" ? ORDER.indexOf("oleObjects") : ORDER.indexOf(name));

/** One top-level child of a worksheet as it sits in the text: its local name and span (the whole element). */
interface Child {
  name: string;
  start: number;
  end: number;
}

/**
 * The worksheet's top-level children in `text`, which is either the head (from the XML declaration up to sheetData)
 * or the tail after </sheetData>. Elements nested inside them (a custom view's own pageSetup, an extension's
 * x14:conditionalFormatting) are not children: only the worksheet's own are listed.
 */
function children(text: string): Child[] {
  const out: Child[] = [];
  const head = /<(?:[A-Za-z_][\w.-]*:)?worksheet[\s>]/.test(text);
  let depth = head ? 0 : 1;
  let open: Child | null = null;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    const gt = tagEnd(text, lt + 1);
    if (gt < 0) break;
    const c1 = text[lt + 1];
    i = gt + 1;
    if (c1 === "?" || c1 === "!") continue;
    if (c1 === "/") {
      depth--;
      if (depth === 1 && open) {
        open.end = gt + 1;
        out.push(open);
        open = null;
      }
      if (depth <= 0) break;
      continue;
    }
    const qname = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/.exec(text.slice(lt + 1, lt + 200))?.[0] ?? "";
    const local = qname.slice(qname.indexOf(":") + 1);
    const self = text[gt - 1] === "/";
    if (depth === 1) {
      if (self) out.push({ name: local, start: lt, end: gt + 1 });
      else open = { name: local, start: lt, end: -1 };
    }
    if (!self) depth++;
  }
  return out;
}

/**
 * The first top-level child of the worksheet named `name` in `text` (head or tail), or null.
 * @example topChild('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageSetup/></worksheet>', "pageSetup") → { xml: "<pageSetup/>", start: 59, end: 71 }
 */
export function topChild(text: string, name: string): { xml: string; start: number; end: number } | null {
  const c = children(text).find((x) => x.name === name);
  return c ? { xml: text.slice(c.start, c.end), start: c.start, end: c.end } : null;
}

/**
 * Inserts `xml` before the first top-level element of the worksheet that must come after `name` (ORDER), or
 * after every element that may precede it. Works on the head or the tail text of a worksheet.
 * @example insertInOrder('<worksheet><dimension ref="A1"/>', '<sheetPr/>', "sheetPr", "") → '<worksheet><sheetPr/><dimension ref="A1"/>'
 */
export function insertInOrder(text: string, xml: string, name: string, p: string): string {
  const want = rankOf(name);
  const later = children(text).find((c) => rankOf(c.name) > want);
  if (later) return text.slice(0, later.start) + xml + text.slice(later.start);
  // After the last child: before </worksheet> when the text holds it (the tail), else at the end (the head, which sheetData follows).
  const close = text.lastIndexOf(`</${p}worksheet>`);
  return close >= 0 ? text.slice(0, close) + xml + text.slice(close) : text + xml;
}

/** Replaces the top-level child `name` with `xml`, or inserts `xml` in schema order when there is none. */
function putChild(text: string, name: string, p: string, make: (old: string | null) => string): string {
  const c = topChild(text, name);
  if (c) return text.slice(0, c.start) + make(c.xml) + text.slice(c.end);
  return insertInOrder(text, make(null), name, p);
}

/**
 * A start tag (or empty element) with attributes set (string) or removed (null), others kept as written.
 * @example setAttrs('<pageSetup r:id="rId1" paperSize="1"/>', { paperSize: "9" }) → '<pageSetup r:id="rId1" paperSize="9"/>'
 */
export function setAttrs(tag: string, set: Record<string, string | null>): string {
  let out = tag;
  for (const [k, v] of Object.entries(set)) {
    const re = attrPattern(k);
    if (v === null) out = out.replace(re, "");
    else if (re.test(out)) out = out.replace(re, ` ${k}="${v}"`);
    else out = out.replace(/\s*(\/?>)$/, ` ${k}="${v}"$1`);
  }
  return out;
}

/** The value of an attribute in a start tag, or undefined. */
function attrOf(tag: string, k: string): string | undefined {
  let re = valuePatterns.get(k);
  if (!re) valuePatterns.set(k, (re = new RegExp(`\\s${k}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** An attribute's pattern in a start tag, made once per name: rows' heights are set on every wrapped row of a block. */
function attrPattern(k: string): RegExp {
  let re = setPatterns.get(k);
  if (!re) setPatterns.set(k, (re = new RegExp(`\\s${k.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`)));
  return re;
}

const setPatterns = new Map<string, RegExp>();
const valuePatterns = new Map<string, RegExp>();

/**
 * The head with the panes frozen (`rows` above, `columns` left), unless a view of the sheet already has panes: the
 * user's frozen or split panes stay as they are. The view then opens at the top-left so the frozen header is what shows.
 * @example freezeHead('<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews>', { rows: 5, columns: 0 }, "")
 *   → '<worksheet><sheetViews><sheetView workbookViewId="0"><pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A6" sqref="A6"/></sheetView></sheetViews>'
 */
export function freezeHead(head: string, f: { rows: number; columns: number }, p: string): string {
  if (f.rows <= 0 && f.columns <= 0) return head;
  const views = topChild(head, "sheetViews");
  if (views && new RegExp(`<${esc(p)}pane[\\s/>]`).test(views.xml)) return head;
  const active = f.rows > 0 && f.columns > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = addressOf(f.rows, f.columns);
  const pane = `<${p}pane${f.columns > 0 ? ` xSplit="${f.columns}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>`;
  // The user's selected cell stays selected when it lies in the pane that scrolls; otherwise that pane's first cell.
  const selection = (old: string | undefined) => {
    const at = old ? cellRef(attrOf(old, "activeCell") ?? "") : null;
    const keep = at !== null && at.row >= f.rows && at.col >= f.columns;
    const cell = keep ? addressOf(at.row, at.col) : topLeft;
    const sqref = keep ? (attrOf(old!, "sqref") ?? cell) : cell;
    return `<${p}selection pane="${active}" activeCell="${cell}" sqref="${sqref}"/>`;
  };
  const view = (tag: string, inner: string) => {
    const old = new RegExp(`<${esc(p)}selection\\b[^>]*>`).exec(inner)?.[0];
    // A view may hold selections (one per pane), pivot selections and extensions: the pane goes first, one selection after it.
    const rest = inner.replace(new RegExp(`<${esc(p)}selection\\b[^>]*?(?:/>|>[\\s\\S]*?</${esc(p)}selection>)`, "g"), "");
    return `${setAttrs(tag.replace(/\s*\/>$/, ">"), { topLeftCell: null })}${pane}${selection(old)}${rest}</${p}sheetView>`;
  };
  if (!views || views.xml.endsWith("/>")) {
    return putChild(head, "sheetViews", p, () => `<${p}sheetViews>${view(`<${p}sheetView workbookViewId="0"/>`, "")}</${p}sheetViews>`);
  }
  const xml = views.xml.replace(new RegExp(`(<${esc(p)}sheetView\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${esc(p)}sheetView>)`, "g"), (m, open: string, inner: string | undefined) =>
    view(`${open}${m.startsWith(`${open}/>`) ? "/>" : ">"}`, inner ?? ""),
  );
  return head.slice(0, views.start) + xml + head.slice(views.end);
}

/**
 * The head with the sheet set to fit its printout to pages (`<sheetPr><pageSetUpPr fitToPage="1"/>`), keeping the
 * sheet's other properties (tab colour, outline, code name). Without it Excel ignores pageSetup's fitToWidth.
 * @example fitToPageHead('<worksheet><sheetPr codeName="Sheet1"/>', "") → '<worksheet><sheetPr codeName="Sheet1"><pageSetUpPr fitToPage="1"/></sheetPr>'
 */
export function fitToPageHead(head: string, p: string): string {
  const pr = `<${p}pageSetUpPr fitToPage="1"/>`;
  return putChild(head, "sheetPr", p, (old) => {
    if (old === null) return `<${p}sheetPr>${pr}</${p}sheetPr>`;
    if (old.endsWith("/>")) return `${old.slice(0, -2).trimEnd()}>${pr}</${p}sheetPr>`;
    const had = new RegExp(`<${esc(p)}pageSetUpPr\\b[^>]*?/>`).exec(old);
    if (had) return old.replace(had[0], setAttrs(had[0], { fitToPage: "1" }));
    // pageSetUpPr is the last child of CT_SheetPr (after tabColor and outlinePr).
    const close = old.lastIndexOf("</");
    return old.slice(0, close) + pr + old.slice(close);
  });
}

/**
 * The tail (after </sheetData>) with the page set up as `print` says: A4 in its orientation, its margins, fit to one
 * page wide and any number tall, centred when asked. The user's other page settings (printer, headers and footers,
 * first page number, print quality) are kept; a custom paper size gives way to A4.
 * @example printTail('<pageSetup r:id="rId2"/></worksheet>', checkedSheetPrint(900, header), "")
 *   → '<pageMargins left="0.5" … footer="0.3"/><pageSetup r:id="rId2" paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
 */
export function printTail(tail: string, print: PrintSetup, p: string): string {
  let out = tail;
  if (print.centerHorizontally) out = putChild(out, "printOptions", p, (old) => setAttrs(old ?? `<${p}printOptions/>`, { horizontalCentered: "1" }));
  const m = print.margins;
  out = putChild(out, "pageMargins", p, () => `<${p}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  const fit: Record<string, string> = print.fitToWidth ? { fitToWidth: "1", fitToHeight: "0" } : {};
  out = putChild(out, "pageSetup", p, (old) => setAttrs(old ?? `<${p}pageSetup/>`, { paperSize: "9", paperHeight: null, paperWidth: null, orientation: print.orientation, ...fit }));
  return out;
}

/**
 * A row's start tag with at least `height` points: a taller stored height is kept, a lower one or none raised (and marked
 * custom, since Excel and LibreOffice fit rows only when told to, never on opening a file).
 * @example rowAtLeast('<row r="6" ht="15">', 34) → '<row r="6" ht="34" customHeight="1">'
 */
export function rowAtLeast(open: string, height: number): string {
  // Most rows given a height had none ("<row r=\"9\" spans=\"1:7\">"): both attributes go before the tag's end, as
  // setAttrs would put them one after the other, without reading the tag three times.
  if (!open.includes("ht")) return open.replace(/\s*(\/?>)$/, ` ht="${height}" customHeight="1"$1`);
  const had = Number(attrOf(open, "ht"));
  if (Number.isFinite(had) && had >= height) return open;
  return setAttrs(open, { ht: String(height), customHeight: "1" });
}

/**
 * The style index (`s`) of one cell of a worksheet part, found by its address without reading the sheet: 0 when the
 * cell is written with no style, undefined when the part does not name the cell (a cell absent, or a writer that
 * leaves out cell addresses). Runs once per write, over bytes already in memory.
 * @example cellStyleAt(bytes, 5, 1) → 7
 */
export function cellStyleAt(bytes: Uint8Array, row: number, col: number): number | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(` r="${addressOf(row, col)}"`);
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) {
    // The attribute must sit in a cell's start tag (<c …> or <x:c …>), not in a row's or in text.
    const lt = buf.lastIndexOf(0x3c, at);
    if (lt < 0) continue;
    const tag = buf.subarray(lt, Math.min(buf.length, at + 4096)).toString("utf8");
    const gt = tagEnd(tag, 1);
    if (gt < 0 || !/^<(?:[A-Za-z_][\w.-]*:)?c\s/.test(tag) || gt < at - lt) continue;
    const s = attrOf(tag.slice(0, gt + 1), "s");
    return s === undefined ? 0 : Number(s) || 0;
  }
  return undefined;
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
