// Patching one worksheet part: rows stream through as written except the cells an edit touches; widths, row heights, conditional formats, panes, page setup and a notes drawing are spliced in schema order.
import type { CellRange } from "../../../core/sheet/model";
import type { CellStyle, ConditionalFormat, PrintSetup, StyledRange } from "../../../core/sheet/output";
import { pointsToExcelChars } from "../../../core/sheet/output";
import { columnLetters } from "../../../core/sheet/a1";
import { colIndex, MAX_SHEET_COLS, rangeRef, sqrefRanges } from "./refs";
import { cellStyleAt, fitToPageHead, freezeHead, insertInOrder, printTail, rowAtLeast, topChild } from "./sheet-setup";
import { cellXml, conditionalXml, ownStyle, planShared, rangeText, StyleIndex, TextSink, type Cached, type SharedPlan, type WriteCell } from "./sheet-xml";
import type { StyleBook } from "./styles";
import { parseAttrs, READ_CHUNK, tagEnd, XmlError } from "./xml";

/** What to change in a worksheet, in absolute 0-based coordinates. */
export interface SheetPatch {
  /** A dense block of cells to write (null clears a cell's value, keeping its style). */
  block: { range: CellRange; cells: WriteCell[][]; templates?: { ids: Int32Array; width: number } };
  styles: StyledRange[];
  conditionalFormats: ConditionalFormat[];
  /** Column → width in points. */
  columnWidths: Record<number, number>;
  cached?: Cached;
  /** Single cells to write outside the block (row → column → cell), e.g. figures typed into a form. */
  cellsAt?: Map<number, Map<number, WriteCell>>;
  /** Relationship id of a notes drawing to reference when the sheet has no legacyDrawing yet. */
  legacyDrawingRid?: string;
  /** Relationship id of a notes drawing the writer removed (every note in it was the tool's and is cleared): its reference goes too. */
  dropLegacyDrawingRid?: string;
  /** The cell whose font family and size and vertical alignment every cell of the block takes, laid under the block's own styles. */
  fontFrom?: { row: number; col: number };
  /** Row → the height in points it needs at least; a taller stored height is kept. */
  rowHeights?: Record<number, number>;
  /** Panes to freeze when no view of the sheet has panes of its own. */
  freeze?: { rows: number; columns: number };
  /** Paper, orientation, margins and fit to width (print titles are a defined name, which the workbook writer sets). */
  print?: PrintSetup;
}

/** A cell of the input row: where its XML sits and its column and style. */
interface RawCell {
  col: number;
  xml: string;
  style: number;
}

/** What the patch writes on one row: cells from the block and cells that only take a style. */
interface RowWork {
  row: number;
  cols: number[];
}

/**
 * Streams a worksheet part from `input` to `out`, applying the patch. Rows the patch does not touch are copied
 * as written; in touched rows, only the touched cells are rewritten (their existing style is the base the
 * patch's style is laid over). Throws when the part is not a worksheet it can follow.
 * @example patchSheet(zip.bytes("xl/worksheets/sheet1.xml"), patch, styles, (s) => part.write(s))
 */
export function patchSheet(input: Uint8Array, patch: SheetPatch, styles: StyleBook, out: (s: string) => void): void {
  const sink = new TextSink(out);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const { range, cells } = patch.block;
  // The table's font goes under the block's own styles, so a header's bold or a verdict's colour still applies over it.
  const font = patch.fontFrom ? fontAt(input, patch.fontFrom, styles) : null;
  const ranged: StyledRange[] = font && range.bottom >= range.top ? [{ range, style: font }, ...patch.styles] : patch.styles;
  const index = new StyleIndex(ranged);
  // Shared-formula indices are per sheet: ours start above the highest the input uses.
  const shared = planShared(cells, range.top, range.left, maxSharedIndex(input) + 1, patch.block.templates);
  // Derived style per (ranges' merged style, base style, own number format): the merged style object is shared by
  // every cell the same ranges cover (StyleIndex), so a status cell costs map look-ups, no key string.
  const derived = new Map<object | null, Map<number | string, number>>();

  // Rows the patch touches, in order: the block's rows and rows any style range covers.
  // Spans of rows, merged in order: a block's 100,000 rows covered by several ranges are walked once, not set per range.
  const spans: Array<[number, number]> = [[range.top, range.bottom]];
  for (const s of ranged) spans.push([s.range.top, s.range.bottom]);
  for (const r of Object.keys(patch.rowHeights ?? {})) spans.push([Number(r), Number(r)]);
  for (const r of patch.cellsAt?.keys() ?? []) spans.push([r, r]);
  spans.sort((a, b) => a[0] - b[0]);
  const rows: number[] = [];
  let upTo = -Infinity;
  for (const [top, bottom] of spans) for (let r = Math.max(top, upTo + 1); r <= bottom; r++) rows.push((upTo = r));
  let nextRow = 0;
  // A row's columns depend only on whether the block covers it, the styled ranges over it (shared per kind of row by
  // StyleIndex) and single cells: rows alike share one sorted list instead of building a set each.
  const blockCols: number[] = [];
  for (let c = range.left; c <= range.right; c++) blockCols.push(c);
  const colsMemo = [new Map<number[], number[]>(), new Map<number[], number[]>()];
  const work = (r: number): RowWork => {
    const inBlock = r >= range.top && r <= range.bottom;
    const styled = index.columns(r);
    const singles = patch.cellsAt?.get(r);
    const memo = colsMemo[inBlock ? 1 : 0];
    if (!singles) {
      const hit = memo.get(styled);
      if (hit) return { row: r, cols: hit };
    }
    const cols = new Set<number>();
    if (inBlock) for (const c of blockCols) cols.add(c);
    for (const c of styled) cols.add(c);
    for (const c of singles?.keys() ?? []) cols.add(c);
    const sorted = [...cols].sort((a, b) => a - b);
    if (!singles) memo.set(styled, sorted);
    return { row: r, cols: sorted };
  };

  let prefix = "";
  let phase: "head" | "rows" | "tail" = "head";
  let buf = "";
  let head = "";
  // Everything the patch may write: the block and every styled range (the dimension must cover them).
  const covered: CellRange = { ...range };
  for (const [r, cols] of patch.cellsAt ?? []) {
    for (const c of cols.keys()) Object.assign(covered, { top: Math.min(covered.top, r), left: Math.min(covered.left, c), bottom: Math.max(covered.bottom, r), right: Math.max(covered.right, c) });
  }
  for (const s of ranged) {
    covered.top = Math.min(covered.top, s.range.top);
    covered.left = Math.min(covered.left, s.range.left);
    covered.bottom = Math.max(covered.bottom, s.range.bottom);
    covered.right = Math.max(covered.right, s.range.right);
  }
  const body: string[] = [];
  // Rows are written to `body` until the head is final (its dimension depends on every row); big sheets flush
  // the head early with the dimension computed from the input's own and the patch's extent.
  let headWritten = false;
  const emit = (s: string) => {
    if (headWritten) sink.write(s);
    else body.push(s);
  };

  const cellFor = (r: number, c: number, existing: RawCell | undefined): string => {
    const inBlock = r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
    const ranged = index.at(r, c);
    const single = patch.cellsAt?.get(r)?.get(c);
    const value: WriteCell | undefined = single !== undefined ? single : inBlock ? (cells[r - range.top][c - range.left] ?? null) : undefined;
    const own = value !== undefined ? ownStyle(value) : null;
    const base = existing?.style ?? 0;
    let style = base;
    if (ranged || own) {
      let byBase = derived.get(ranged);
      if (!byBase) derived.set(ranged, (byBase = new Map()));
      const key = own ? `${base}|${own.numberFormat ?? ""}` : base;
      let s = byBase.get(key);
      if (s === undefined) {
        s = styles.derive(base, { ...(ranged?.style ?? {}), ...(own ?? {}) });
        byBase.set(key, s);
      }
      style = s;
    }
    if (value === undefined) {
      // Style only: keep the cell's content, change its s attribute.
      if (existing) return setStyle(existing.xml, style, prefix);
      return `<${prefix}c r="${colName(c)}${r + 1}"${style > 0 ? ` s="${style}"` : ""}/>`;
    }
    if (existing) {
      // A shared formula's first cell holds the text its other cells borrow: replace it only when every cell of
      // its range is being replaced too (the tool's own earlier status column), never leave borrowers orphaned.
      const ref = /<(?:\w+:)?f\b[^>]*\bt="shared"[^>]*\bref="([^"]+)"/.exec(existing.xml)?.[1] ?? /<(?:\w+:)?f\b[^>]*\bref="([^"]+)"[^>]*\bt="shared"/.exec(existing.xml)?.[1];
      const span = ref ? rangeRef(ref) : null;
      if (ref && !(span && inBlock && span.top >= range.top && span.bottom <= range.bottom && span.left >= range.left && span.right <= range.right)) {
        throw new PatchError(`the cell ${colName(c)}${r + 1} holds a shared formula other cells depend on`);
      }
    }
    const plan: SharedPlan | undefined = inBlock && single === undefined ? shared.plan.at(r - range.top, c - range.left) : undefined;
    return cellXml(r, c, value, style, value && "formula" in value ? patch.cached?.(r, c) : undefined, null, plan, prefix);
  };

  const writeRow = (w: RowWork, openTag: string | null, inner: string | null) => {
    let out = "";
    // The block usually sits right of every cell the row holds (free columns): the row's cells then stay as written
    // and ours follow, without splitting the row into cells.
    const after = inner ? lastCellColumn(inner, prefix) : -1;
    if (inner && after !== undefined && w.cols.length > 0 && w.cols[0] > after) {
      out = inner;
      for (const c of w.cols) out += cellFor(w.row, c, undefined);
    } else {
      const existing = inner ? splitCells(inner, prefix) : [];
      let i = 0;
      for (const c of w.cols) {
        while (i < existing.length && existing[i].col < c) out += existing[i++].xml;
        const hit = i < existing.length && existing[i].col === c ? existing[i++] : undefined;
        out += cellFor(w.row, c, hit);
      }
      while (i < existing.length) out += existing[i++].xml;
    }
    let open = openTag ? dropSpans(openTag) : `<${prefix}row r="${w.row + 1}">`;
    const height = patch.rowHeights?.[w.row];
    if (height !== undefined) open = rowAtLeast(open, height);
    if (out === "") emit(open.replace(/\s*\/?>$/, "/>"));
    else emit(`${open.endsWith("/>") ? open.replace(/\s*\/>$/, ">") : open}${out}</${prefix}row>`);
  };

  const flushRowsBefore = (r: number) => {
    while (nextRow < rows.length && rows[nextRow] < r) writeRow(work(rows[nextRow++]), null, null);
  };

  let lastRow = -1;
  const scanRows = (final: boolean) => {
    let i = 0;
    // The tags looked for on every row, made once per piece rather than once per row.
    const rowOpen = `<${prefix}row`;
    const rowClose = `</${prefix}row>`;
    const dataClose = `</${prefix}sheetData`;
    for (;;) {
      const lt = buf.indexOf("<", i);
      if (lt < 0) {
        i = buf.length;
        break;
      }
      if (buf.startsWith(dataClose, lt)) {
        const gt = buf.indexOf(">", lt);
        if (gt < 0) break;
        if (lt > i) emit(buf.slice(i, lt));
        flushRowsBefore(Infinity);
        phase = "tail";
        buf = buf.slice(lt);
        return;
      }
      if (!buf.startsWith(rowOpen, lt) || !/[\s/>]/.test(buf[lt + rowOpen.length] ?? "")) {
        // Whitespace or comments between rows: copy.
        const gt = buf.indexOf(">", lt);
        if (gt < 0) break;
        emit(buf.slice(i, gt + 1));
        i = gt + 1;
        continue;
      }
      const gt = tagEnd(buf, lt + 1);
      if (gt < 0) break;
      const openTag = buf.slice(lt, gt + 1);
      const self = buf[gt - 1] === "/";
      let end = gt + 1;
      let inner = "";
      if (!self) {
        const close = buf.indexOf(rowClose, gt);
        if (close < 0) break;
        inner = buf.slice(gt + 1, close);
        end = close + rowClose.length;
      }
      if (lt > i) emit(buf.slice(i, lt));
      const rAttr = rowNumber(openTag, rowOpen.length);
      const r = rAttr !== undefined ? rAttr - 1 : lastRow + 1;
      lastRow = r;
      flushRowsBefore(r);
      if (nextRow < rows.length && rows[nextRow] === r) {
        nextRow++;
        writeRow(work(r), openTag, inner);
      } else emit(buf.slice(lt, end));
      i = end;
    }
    if (final && phase === "rows") throw new XmlError("the worksheet ends inside its rows");
    buf = buf.slice(i);
  };

  const finishHead = (headText: string): string => {
    const m = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(headText);
    if (!m) throw new PatchError("not a worksheet part");
    prefix = m[1] ?? "";
    return headText;
  };

  const feed = (s: string, final: boolean) => {
    buf += s;
    if (phase === "head") {
      const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?sheetData(?=[\\s/>])`);
      const m = re.exec(buf);
      if (!m) {
        if (final) throw new PatchError("no sheetData in the worksheet");
        return;
      }
      const gt = tagEnd(buf, m.index + 1);
      if (gt < 0) return;
      head = finishHead(buf.slice(0, m.index));
      const open = buf.slice(m.index, gt + 1);
      if (open.endsWith("/>")) {
        // An empty sheet: every row written is new.
        body.push(`${open.slice(0, -2).trimEnd()}>`);
        buf = `</${prefix}sheetData>${buf.slice(gt + 1)}`;
      } else {
        body.push(open);
        buf = buf.slice(gt + 1);
      }
      phase = "rows";
    }
    if (phase === "rows") {
      scanRows(final);
      if (!headWritten && body.length > 2048) {
        // Big sheet: settle the head now so rows stream out instead of piling up.
        writeHead();
      }
    }
  };

  // Shared formula indices in the input must not collide with ours: scan cheaply as rows pass.
  const writeHead = () => {
    headWritten = true;
    sink.write(patchHead(head, patch, prefix, covered));
    for (const b of body) sink.write(b);
    body.length = 0;
  };

  for (let i = 0; i < input.length; i += READ_CHUNK) {
    let s: string;
    try {
      s = decoder.decode(input.subarray(i, Math.min(input.length, i + READ_CHUNK)), { stream: true });
    } catch {
      throw new XmlError("invalid UTF-8");
    }
    feed(s, false);
  }
  feed(decoder.decode(), true);
  if ((phase as string) !== "tail") throw new PatchError("the worksheet has no end of sheetData");
  if (!headWritten) writeHead();
  sink.write(patchTail(buf, patch, styles, prefix));
  sink.flush();
}

/**
 * The `r` attribute of a row's start tag, read without building every attribute (it runs for every row); a tag
 * whose `r` is not plain digits (an entity, spaces around "=") goes through the full attribute reader.
 * @example rowNumber('<row r="12" spans="1:7">', 4) → 12
 */
function rowNumber(openTag: string, from: number): number | undefined {
  const at = openTag.indexOf(' r="', from - 1);
  if (at >= 0) {
    let n = 0;
    let k = at + 4;
    while (k < openTag.length) {
      const d = openTag.charCodeAt(k);
      if (d < 48 || d > 57) break;
      n = n * 10 + (d - 48);
      k++;
    }
    if (k > at + 4 && openTag.charCodeAt(k) === 34) return n;
  }
  const a = parseAttrs(openTag.slice(from, openTag.endsWith("/>") ? -2 : -1));
  return a.r !== undefined ? Number(a.r) : undefined;
}

/** The highest shared-formula index (si="N") in a worksheet part, -1 when none; found on the bytes, without decoding. */
function maxSharedIndex(input: Uint8Array): number {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const needle = Buffer.from(' si="');
  let max = -1;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 5)) {
    let n = 0;
    let k = at + 5;
    while (k < bytes.length && bytes[k] >= 48 && bytes[k] <= 57) n = n * 10 + (bytes[k++] - 48);
    if (k > at + 5 && n > max) max = n;
  }
  return max;
}

/** The head (everything before sheetData) with the dimension widened and column widths set. */
function patchHead(head: string, patch: SheetPatch, p: string, want: CellRange): string {
  let out = head;
  // Dimension: the input's, widened to the block (a reader uses it as a hint only, but it must cover the cells).
  const dim = new RegExp(`<${esc(p)}dimension\\s+ref="([^"]*)"\\s*/>`).exec(out);
  if (dim) {
    const [a, b = a] = dim[1].split(":");
    const ra = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""));
    const rb = /^([A-Z]+)(\d+)$/.exec(b.replace(/\$/g, ""));
    if (ra && rb) {
      const top = Math.min(Number(ra[2]) - 1, want.top);
      const left = Math.min(colIndex(ra[1]), want.left);
      const bottom = Math.max(Number(rb[2]) - 1, want.bottom);
      const right = Math.max(colIndex(rb[1]), want.right);
      out = out.replace(dim[0], `<${p}dimension ref="${rangeText({ top, left, bottom, right })}"/>`);
    }
  }
  const widths = Object.entries(patch.columnWidths).map(([c, w]) => [Number(c), w] as const);
  if (widths.length > 0) out = setColumnWidths(out, new Map(widths), p);
  if (patch.freeze) out = freezeHead(out, patch.freeze, p);
  if (patch.print?.fitToWidth) out = fitToPageHead(out, p);
  return out;
}

/** Sets widths for some columns, splitting any existing `<col min max>` span that covers them and keeping its other attributes. */
function setColumnWidths(head: string, widths: Map<number, number>, p: string): string {
  const colsRe = new RegExp(`<${esc(p)}cols(?:\\s[^>]*)?>([\\s\\S]*?)</${esc(p)}cols>`);
  const m = colsRe.exec(head);
  type Span = { min: number; max: number; attrs: Record<string, string> };
  const spans: Span[] = [];
  if (m) {
    const re = new RegExp(`<${esc(p)}col\\s([^>]*?)/?>`, "g");
    for (let c = re.exec(m[1]); c; c = re.exec(m[1])) {
      const a = parseAttrs(c[1]);
      spans.push({ min: Number(a.min) || 1, max: Math.min(MAX_SHEET_COLS, Number(a.max) || Number(a.min) || 1), attrs: a });
    }
  }
  // Split spans around every column we set, then set.
  const out: Span[] = [];
  const targets = [...widths.keys()].map((c) => c + 1).sort((a, b) => a - b);
  for (const s of spans) {
    let start = s.min;
    for (const t of targets) {
      if (t < start || t > s.max) continue;
      if (t > start) out.push({ ...s, min: start, max: t - 1, attrs: { ...s.attrs } });
      out.push({ min: t, max: t, attrs: { ...s.attrs } });
      start = t + 1;
    }
    if (start <= s.max) out.push({ ...s, min: start, max: s.max, attrs: { ...s.attrs } });
  }
  for (const t of targets) if (!out.some((s) => s.min <= t && s.max >= t)) out.push({ min: t, max: t, attrs: {} });
  for (const s of out) {
    const w = s.min === s.max ? widths.get(s.min - 1) : undefined;
    if (w !== undefined) {
      s.attrs.width = String(pointsToExcelChars(w));
      s.attrs.customWidth = "1";
    }
    s.attrs.min = String(s.min);
    s.attrs.max = String(s.max);
  }
  out.sort((a, b) => a.min - b.min);
  const xml = `<${p}cols>${out.map((s) => `<${p}col${attrs(s.attrs, ["min", "max"])}/>`).join("")}</${p}cols>`;
  if (m) return head.replace(m[0], xml);
  return insertInOrder(head, xml, "cols", p);
}

/** The tail (from </sheetData> on) with conditional formats and the notes drawing inserted in schema order. */
function patchTail(tail: string, patch: SheetPatch, styles: StyleBook, p: string): string {
  // The tail opens with </sheetData>: everything inserted goes after it, among the worksheet's children.
  const endData = tail.indexOf(">") + 1;
  return tail.slice(0, endData) + patchAfterData(tail.slice(endData), patch, styles, p);
}

function patchAfterData(after: string, patch: SheetPatch, styles: StyleBook, p: string): string {
  let out = after;
  if (patch.conditionalFormats.length > 0) {
    // Conditional formats lying wholly inside the block are the tool's from an earlier check (the block holds
    // only free cells and the tool's own): replaced, not piled up.
    const b = patch.block.range;
    out = out.replace(new RegExp(`<${esc(p)}conditionalFormatting\\b[^>]*>[\\s\\S]*?</${esc(p)}conditionalFormatting>`, "g"), (m) => {
      const sq = /\bsqref="([^"]*)"/.exec(m)?.[1] ?? "";
      const ranges = sqrefRanges(sq);
      const inside = ranges.length > 0 && ranges.every((r) => r.top >= b.top && r.bottom <= b.bottom && r.left >= b.left && r.right <= b.right);
      return inside ? "" : m;
    });
    let max = 0;
    for (const m of out.matchAll(/\bpriority="(\d+)"/g)) max = Math.max(max, Number(m[1]));
    const cf = conditionalXml(patch.conditionalFormats, styles, max + 1, p).xml;
    out = insertInOrder(out, cf, "conditionalFormatting", p);
  }
  if (patch.print) out = printTail(out, patch.print, p);
  if (patch.dropLegacyDrawingRid) {
    const old = topChild(out, "legacyDrawing");
    if (old && old.xml.includes(`"${patch.dropLegacyDrawingRid}"`)) out = out.slice(0, old.start) + out.slice(old.end);
  }
  if (patch.legacyDrawingRid && !topChild(out, "legacyDrawing")) {
    const rel = relPrefix(out) ?? "r";
    const decl = relPrefix(out) ? "" : ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
    out = insertInOrder(out, `<${p}legacyDrawing${decl} ${rel}:id="${patch.legacyDrawingRid}"/>`, "legacyDrawing", p);
  }
  return out;
}

/** The prefix the part binds to the relationships namespace, if it declares one in this text. */
function relPrefix(s: string): string | null {
  return /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(s)?.[1] ?? null;
}

/**
 * The font family and size and the vertical alignment of a cell of the input (its style's), as a style to lay over
 * other cells; null when the part does not name the cell.
 */
function fontAt(input: Uint8Array, at: { row: number; col: number }, styles: StyleBook): CellStyle | null {
  const s = cellStyleAt(input, at.row, at.col);
  if (s === undefined) return null;
  const f = styles.fontOf(s);
  const out: CellStyle = { vAlign: styles.vAlignOf(s) };
  if (f.name) out.fontName = f.name;
  if (f.size) out.fontSize = f.size;
  return out;
}

/**
 * The column of a row's last cell, read from its `r` attribute; -1 for a row with no cell, undefined when the row
 * holds anything but cells and whitespace after its last cell's start (an extension list) or the last cell names no
 * column: the caller then splits the row.
 * @example lastCellColumn('<c r="A5"><v>1</v></c><c r="F5" t="s"><v>2</v></c>', "") → 5
 */
export function lastCellColumn(inner: string, p: string): number | undefined {
  const open = `<${p}c`;
  let lt = inner.lastIndexOf(open);
  // A later element whose name starts with the cell's ("<cx…") is not a cell: look further back.
  while (lt >= 0) {
    const next = inner[lt + open.length];
    if (next === " " || next === ">" || next === "/" || next === "\t" || next === "\n" || next === "\r") break;
    lt = lt > 0 ? inner.lastIndexOf(open, lt - 1) : -1;
  }
  if (lt < 0) return inner.trim() === "" ? -1 : undefined;
  const gt = tagEnd(inner, lt + 1);
  if (gt < 0) return undefined;
  const self = inner[gt - 1] === "/";
  const close = `</${p}c>`;
  const end = self ? gt + 1 : inner.indexOf(close, gt) + close.length;
  if (!self && end < close.length) return undefined;
  if (inner.slice(end).trim() !== "") return undefined;
  // Anything before this cell that is not a cell (an extension list) is left to the full split as well.
  if (inner.indexOf("<", 0) !== inner.indexOf(open, 0)) return undefined;
  const r = /\br="\$?([A-Za-z]{1,3})\$?\d+"/.exec(inner.slice(lt + open.length, self ? gt - 1 : gt));
  return r ? colIndex(r[1]) : undefined;
}

/** Splits a row's inside into its cells, in order, with column and style. */
export function splitCells(inner: string, p: string): RawCell[] {
  const out: RawCell[] = [];
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let i = 0;
  let col = -1;
  for (;;) {
    const lt = inner.indexOf(open, i);
    if (lt < 0) break;
    const next = inner[lt + open.length];
    if (next !== " " && next !== ">" && next !== "/" && next !== "\t" && next !== "\n" && next !== "\r") {
      i = lt + open.length;
      continue;
    }
    const gt = tagEnd(inner, lt + 1);
    if (gt < 0) throw new XmlError("a cell tag is cut short");
    const self = inner[gt - 1] === "/";
    const end = self ? gt + 1 : inner.indexOf(close, gt) + close.length;
    if (!self && end < close.length) throw new XmlError("a cell is not closed");
    const tag = inner.slice(lt + open.length, self ? gt - 1 : gt);
    const r = /\br="\$?([A-Za-z]{1,3})\$?\d+"/.exec(tag);
    col = r ? colIndex(r[1]) : col + 1;
    const s = /\bs="(\d+)"/.exec(tag);
    out.push({ col, xml: inner.slice(lt, end), style: s ? Number(s[1]) : 0 });
    i = end;
  }
  return out;
}

function setStyle(cellXmlText: string, style: number, p: string): string {
  const gt = tagEnd(cellXmlText, 1);
  let tag = cellXmlText.slice(0, gt + 1);
  if (/\ss="\d+"/.test(tag)) tag = tag.replace(/\ss="\d+"/, style > 0 ? ` s="${style}"` : "");
  else if (style > 0) tag = tag.replace(new RegExp(`^<${esc(p)}c`), `<${p}c s="${style}"`);
  return tag + cellXmlText.slice(gt + 1);
}

function dropSpans(openTag: string): string {
  return openTag.includes("spans=") ? openTag.replace(/\sspans="[^"]*"/, "") : openTag;
}

/** Column letters by index, made once per column: every written cell names its column. */
const COL_NAMES: string[] = [];

function colName(c: number): string {
  return (COL_NAMES[c] ??= columnLetters(c));
}


function attrs(a: Record<string, string>, first: string[]): string {
  const keys = [...first.filter((k) => k in a), ...Object.keys(a).filter((k) => !first.includes(k))];
  return keys.map((k) => ` ${k}="${a[k].replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`).join("");
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The worksheet cannot be patched safely (the caller says so in one line instead of writing a broken file). */
export class PatchError extends Error {}
