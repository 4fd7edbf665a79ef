// Writing worksheet XML: one cell as OOXML, runs of equal formulas as shared formulas, and whole new sheets from core's NewSheet description.
import type { CellRange } from "../../../core/sheet/model";
import { columnLetters } from "../../../core/sheet/model";
import type { CellStyle, ConditionalFormat, NewSheet, OutCell, PrintSetup, StyledRange } from "../../../core/sheet/output";
import { pointsToExcelChars } from "../../../core/sheet/output";
import { formulaThrough } from "../../../core/sheet/status";
import { dateToSerial } from "./read-sheet";
import { addressOf, relativeKey } from "./refs";
import type { StyleBook } from "./styles";
import { escapeText, escapeXml } from "./xml";

/** A cell the writers take: core's OutCell, plus dates and error values (sample and consolidated figures carry them). */
export type WriteCell = OutCell | { date: Date; format?: string } | { error: string };

/** What a formula cell shows before any recalculation: the engine's result. */
export type Cached = (row: number, col: number) => string | number | boolean | undefined;

/** A sheet to create: core's NewSheet with the writer's wider cells, frozen columns and notes. */
export interface SheetSpec extends Omit<NewSheet, "cells" | "print" | "font"> {
  cells: WriteCell[][];
  /** Font for every cell of the grid (default: the workbook's). */
  font?: { name: string; size: number };
  print?: PrintSetup;
  freezeCols?: number;
  notes?: { cell: { row: number; col: number }; text: string }[];
  /** Areas to mark as the tool's (the ChiTieu_Owned defined name): the status block of a form, the whole of a report. */
  owned?: CellRange[];
  /** Cached results of formula cells (absolute, 0-based). */
  cached?: Cached;
  /** Sheet-scoped defined names (value without "="), such as the word lists status formulas refer to. */
  names?: Array<{ name: string; value: string }>;
}

/** Strings of new workbooks go to one shared table (as Excel writes them); patched sheets use inline strings. */
export class SharedStringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;

  id(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  toXml(): string {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.list.length}">`;
    for (const s of this.list) out += `<si>${tText(s)}</si>`;
    return `${out}</sst>`;
  }
}

/** Excel refuses a file whose cell holds more than 32,767 characters. */
export const MAX_CELL_TEXT = 32_767;

/** Text cut to what a cell may hold, marked with "…" where cut (only the tool's own long texts ever reach this). */
function cellText(s: string): string {
  return s.length <= MAX_CELL_TEXT ? s : `${s.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/** A `<t>` element keeping spaces and line ends exactly (xml:space="preserve" where they matter). */
export function tText(s: string, prefix = ""): string {
  const keep = /^\s|\s$|\n|\t/.test(s) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${keep}>${escapeText(escapeX(s))}</${prefix}t>`;
}

/** Escapes a literal "_xHHHH_" in text so readers do not decode it as a character (OOXML's ST_Xstring rule). */
function escapeX(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_");
}

/** Style fields a cell asks for itself (a number's or date's format) on top of its range styles. */
export function ownStyle(c: WriteCell): CellStyle | null {
  if (c === null) return null;
  if ("number" in c && c.format) return formatStyle(c.format);
  if ("date" in c) return formatStyle(c.format ?? "dd/mm/yyyy");
  return null;
}

/** One style object per number format, shared by every cell asking for it (read only): no object per cell. */
const FORMAT_STYLES = new Map<string, Readonly<CellStyle>>();
function formatStyle(numberFormat: string): CellStyle {
  let s = FORMAT_STYLES.get(numberFormat);
  if (!s) {
    s = Object.freeze({ numberFormat });
    if (FORMAT_STYLES.size < 1000) FORMAT_STYLES.set(numberFormat, s);
  }
  return s;
}

/** Position of a cell inside a run of shared formulas. */
export interface SharedPlan {
  si: number;
  /** The master cell carries the formula text and the run's range. */
  master: boolean;
  ref?: string;
}

/** Where each cell of a block stands in the shared-formula runs: compact, since a matrix block has a cell per figure. */
export class SharedLayout {
  constructor(
    private readonly width: number,
    /** si per cell (row-major), -1 for a plain cell. */
    private readonly si: Int32Array,
    /** The range of each run, by its first cell's index. */
    private readonly masters: Map<number, string>,
  ) {}

  /** The cell's place in a run, or undefined when it is plain. */
  at(r: number, c: number): SharedPlan | undefined {
    const k = r * this.width + c;
    const si = this.si[k];
    if (si === undefined || si < 0) return undefined;
    const ref = this.masters.get(k);
    if (ref !== undefined) return { si, master: true, ref };
    // Every other cell of a run is the same follower: one object per run, not one per cell (read only).
    let f = this.followers.get(si);
    if (!f) this.followers.set(si, (f = Object.freeze({ si, master: false })));
    return f;
  }

  private readonly followers = new Map<number, SharedPlan>();
}

/**
 * Groups runs of formulas that are one formula moved down a column (equal `relativeKey`) into shared formulas:
 * the first cell of a run keeps the text, the others point at it, so a 100,000-row status column stores its
 * formula once. Runs shorter than 3 stay plain.
 * @example planShared([[{formula:"E5*2"}],[{formula:"E6*2"}],[{formula:"E7*2"}]], 4, 7, 0) → Map{"4:7"→{si:0,master:true,ref:"H5:H7"}, …}
 */
export function planShared(cells: WriteCell[][], top: number, left: number, firstSi: number, templates?: { ids: Int32Array; width: number }): { plan: SharedLayout; next: number } {
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const siOf = new Int32Array(width * cells.length).fill(-1);
  const masters = new Map<number, string>();
  let si = firstSi;
  // Cells core made from one compiled formula one row apart answer alike (SheetEdits' block.templates): one
  // comparison per formula. Only called for a formula right below another (row r - 1 holds `fa`).
  const byTemplate = new Map<number, boolean>();
  const movedDown = (r: number, c: number, fa: string, fb: string): boolean => {
    const ta = templates && c < templates.width && r > 0 ? (templates.ids[(r - 1) * templates.width + c] ?? -1) : -1;
    const tb = templates && c < templates.width ? (templates.ids[r * templates.width + c] ?? -1) : -1;
    if (ta < 0 || ta !== tb) return movedDownOne(fa, fb);
    let known = byTemplate.get(ta);
    if (known === undefined) byTemplate.set(ta, (known = movedDownOne(fa, fb)));
    return known;
  };
  // A row whose number gains a digit (10, 100, 1000…): formulas moved onto it grow longer than the one above.
  const digitStep = (r: number) => {
    let n = top + r + 1;
    while (n % 10 === 0) n /= 10;
    return n === 1;
  };
  type FormulaCell = { formula: string };
  for (let c = 0; c < width; c++) {
    let runStart = -1;
    // The run's key is computed only once a third cell joins it (undefined until then).
    let runKey: string | null | undefined;
    let runCell: FormulaCell | null = null;
    // The formula cell above, and its text once read: a cell's text is read only when the template hint does not
    // already answer (core may make a status cell's text on each read, and most of a matrix's never need it).
    let prev: FormulaCell | null = null;
    let prevText: string | null = null;
    const close = (end: number) => {
      if (runStart >= 0 && end - runStart >= 3 && runKey !== null && runKey !== undefined) {
        const ref = `${addressOf(top + runStart, left + c)}:${addressOf(top + end - 1, left + c)}`;
        for (let r = runStart; r < end; r++) siOf[r * width + c] = si;
        masters.set(runStart * width + c, ref);
        si++;
      }
      runStart = -1;
      runKey = undefined;
    };
    for (let r = 0; r < cells.length; r++) {
      const cell = cells[r][c];
      const isFormula = cell !== null && cell !== undefined && "formula" in cell;
      let text: string | null = null;
      // A formula moved down one row differs from the one above only in row numbers: most neighbours in a list
      // differ in more (another target) and never pay for the full key.
      if (isFormula && runStart >= 0 && prev !== null) {
        const ta = templates && c < templates.width ? (templates.ids[(r - 1) * templates.width + c] ?? -1) : -1;
        const tb = templates && c < templates.width ? (templates.ids[r * templates.width + c] ?? -1) : -1;
        const known = ta >= 0 && ta === tb && !digitStep(r) ? byTemplate.get(ta) : undefined;
        let joins: boolean;
        if (known !== undefined) joins = known;
        else {
          const fa = prevText ?? prev.formula;
          text = cell.formula;
          joins = Math.abs(text.length - fa.length) <= 16 && movedDown(r, c, fa, text);
        }
        if (joins) {
          // The run's first formula must be one whose references can be moved (no whole-row or -column ranges). It
          // is keyed only when a third cell joins: shorter runs stay plain whatever the key, and a list's status
          // column has thousands of pairs (two rows with the same explanation) that never reach three.
          if (runKey === undefined && r - runStart >= 2) runKey = relativeKey(runCell!.formula, top + runStart, left + c);
          if (runKey !== null) {
            prev = cell;
            prevText = text;
            continue;
          }
        }
      }
      close(r);
      if (isFormula) {
        runStart = r;
        runCell = cell;
      }
      prev = isFormula ? cell : null;
      prevText = text;
    }
    close(cells.length);
  }
  return { plan: new SharedLayout(width, siOf, masters), next: si };
}

/**
 * True when `b` is `a` moved down one row: equal except that each relative row number (digits right after a
 * column's letters) is one more; absolute rows ("$5"), constants and text in quotes stay equal. One pass, no
 * allocation: it runs for every status cell of a big sheet. Equivalent to equal `relativeKey`s one row apart
 * for formulas relativeKey accepts (the run's first formula is keyed once to make sure of that).
 * @example movedDownOne('IF(E5>=0.65,"Đạt",$K$1)', 'IF(E6>=0.65,"Đạt",$K$1)') → true
 */
export function movedDownOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let quote = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const dx = x >= 48 && x <= 57;
    if (quote === 0 && dx && y >= 48 && y <= 57) {
      const prevA = i > 0 ? a.charCodeAt(i - 1) : 0;
      const letterBefore = (prevA >= 65 && prevA <= 90) || (prevA >= 97 && prevA <= 122);
      let na = 0;
      let nb = 0;
      while (i < a.length && a.charCodeAt(i) >= 48 && a.charCodeAt(i) <= 57) na = na * 10 + (a.charCodeAt(i++) - 48);
      while (j < b.length && b.charCodeAt(j) >= 48 && b.charCodeAt(j) <= 57) nb = nb * 10 + (b.charCodeAt(j++) - 48);
      if (nb === na) {
        // Only a number that is not a relative row may stay: a relative row must move.
        if (letterBefore && !isInsideName(a, i)) return false;
        continue;
      }
      if (nb !== na + 1 || !letterBefore) return false;
      continue;
    }
    if (x !== y) return false;
    if (x === 34 || x === 39) quote = quote === 0 ? x : quote === x ? 0 : quote;
    i++;
    j++;
  }
  return i === a.length && j === b.length;
}

/**
 * True when the digits ending at `end` belong to a name rather than a cell reference ("LOG10(", "ATAN2(",
 * "DAYS360("): more than three letters before them, or "(" or a name character right after.
 */
function isInsideName(s: string, end: number): boolean {
  let k = end;
  while (k > 0 && s.charCodeAt(k - 1) >= 48 && s.charCodeAt(k - 1) <= 57) k--;
  let letters = 0;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      k--;
    } else break;
  }
  const before = k > 0 ? s.charCodeAt(k - 1) : 0;
  const after = end < s.length ? s.charCodeAt(end) : 0;
  const nameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
  return letters > 3 || after === 40 || nameChar(after) || nameChar(before);
}

/**
 * One cell as worksheet XML. Text is written inline (patched sheets) or through the shared table (new
 * workbooks); text is never read as a formula, whatever it starts with. A formula carries its cached result.
 * @example cellXml(4, 7, { formula: 'IF(E5="","Chưa có số liệu","Đạt")' }, 3, "Đạt", null, undefined, "") → '<c r="H5" s="3" t="str"><f>…</f><v>Đạt</v></c>'
 */
export function cellXml(row: number, col: number, c: WriteCell, style: number, cached: string | number | boolean | undefined, sst: SharedStringTable | null, shared: SharedPlan | undefined, p: string, date1904 = false): string {
  const r = `${lettersOf(col)}${row + 1}`;
  const s = style > 0 ? (STYLE_ATTRS[style] ??= ` s="${style}"`) : "";
  if (c === null) return style > 0 ? `<${p}c r="${r}"${s}/>` : "";
  if ("text" in c) {
    if (sst) return `<${p}c r="${r}"${s} t="s"><${p}v>${sst.id(cellText(c.text))}</${p}v></${p}c>`;
    return `<${p}c r="${r}"${s} t="inlineStr"><${p}is>${tText(cellText(c.text), p)}</${p}is></${p}c>`;
  }
  if ("number" in c) return Number.isFinite(c.number) ? `<${p}c r="${r}"${s}><${p}v>${c.number}</${p}v></${p}c>` : `<${p}c r="${r}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
  if ("bool" in c) return `<${p}c r="${r}"${s} t="b"><${p}v>${c.bool ? 1 : 0}</${p}v></${p}c>`;
  if ("date" in c) return `<${p}c r="${r}"${s}><${p}v>${dateToSerial(c.date, date1904)}</${p}v></${p}c>`;
  if ("error" in c) return `<${p}c r="${r}"${s} t="e"><${p}v>${escapeXml(c.error)}</${p}v></${p}c>`;
  let f: string;
  if (shared && !shared.master) f = p === "" ? (FOLLOWERS[shared.si] ??= `<f t="shared" si="${shared.si}"/>`) : `<${p}f t="shared" si="${shared.si}"/>`;
  else if (shared) f = `<${p}f t="shared" ref="${shared.ref}" si="${shared.si}">${formulaThrough(c, escapeText)}</${p}f>`;
  else f = `<${p}f>${formulaThrough(c, escapeText)}</${p}f>`;
  if (cached === undefined) return `<${p}c r="${r}"${s}>${f}</${p}c>`;
  if (typeof cached === "number") return `<${p}c r="${r}"${s}>${f}<${p}v>${cached}</${p}v></${p}c>`;
  if (typeof cached === "boolean") return `<${p}c r="${r}"${s} t="b">${f}<${p}v>${cached ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${s} t="str">${f}<${p}v>${escapeText(escapeX(cellText(cached)))}</${p}v></${p}c>`;
}

/** A cell's style attribute and a shared formula's follower element, made once per style and per run, not per cell. */
const STYLE_ATTRS: string[] = [];
const FOLLOWERS: string[] = [];

/** Column letters by index, made once per column: cellXml runs for every cell written. */
const LETTERS: string[] = [];

function lettersOf(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/**
 * The style ranges covering each row, so a writer looks at a few ranges per row instead of all of them per cell.
 * Rows covered by the same ranges share one list, and each (list, column) answer is worked out once: a status
 * block's 100,000 rows have a handful of distinct answers, not one merged style object per cell.
 */
export class StyleIndex {
  /** Rows where the covering ranges change, ascending, and the list from each such row down to the next. */
  private readonly starts: number[] = [];
  private readonly lists: number[][] = [];
  /** One answer of `at` per distinct list of ranges and column. */
  private readonly atMemo = new Map<number[], Map<number, { style: CellStyle; key: string } | null>>();
  private readonly columnsMemo = new Map<number[], number[]>();

  constructor(private readonly styles: StyledRange[]) {
    // The lists change only at a range's top and below its bottom: one list per stretch of rows between such cuts,
    // never one per row (a status block's ranges cover 100,000 rows alike). Equal lists are one array (ranges are
    // added in index order), so callers may key caches by the list.
    const used: number[] = [];
    styles.forEach((s, i) => s.range.bottom >= s.range.top && used.push(i));
    const byTop = [...used].sort((a, b) => styles[a].range.top - styles[b].range.top);
    const byEnd = [...used].sort((a, b) => styles[a].range.bottom - styles[b].range.bottom);
    const cuts = [...new Set(used.flatMap((i) => [styles[i].range.top, styles[i].range.bottom + 1]))].sort((a, b) => a - b);
    const interned = new Map<string, number[]>();
    let active: number[] = [];
    let t = 0;
    let e = 0;
    for (const cut of cuts) {
      let changed = false;
      while (e < byEnd.length && styles[byEnd[e]].range.bottom + 1 <= cut) {
        const gone = byEnd[e++];
        active = active.filter((i) => i !== gone);
        changed = true;
      }
      while (t < byTop.length && styles[byTop[t]].range.top <= cut) {
        active.push(byTop[t++]);
        changed = true;
      }
      if (!changed) continue;
      active.sort((a, b) => a - b);
      const k = active.join(",");
      let shared = active.length === 0 ? NO_RANGES : interned.get(k);
      if (!shared) interned.set(k, (shared = [...active]));
      this.starts.push(cut);
      this.lists.push(shared);
    }
  }

  /** Indices of the ranges covering row `r`, in order (later wins). */
  rowRanges(r: number): number[] {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      if (starts[m] <= r) {
        at = m;
        lo = m + 1;
      } else hi = m - 1;
    }
    return at < 0 ? NO_RANGES : this.lists[at];
  }

  /** Columns any range touches on row `r`, ascending (the same array for rows covered alike: do not modify). */
  columns(r: number): number[] {
    const list = this.rowRanges(r);
    let out = this.columnsMemo.get(list);
    if (!out) {
      const set = new Set<number>();
      for (const i of list) for (let c = this.styles[i].range.left; c <= this.styles[i].range.right; c++) set.add(c);
      out = [...set].sort((a, b) => a - b);
      this.columnsMemo.set(list, out);
    }
    return out;
  }

  /** The merged style of cell (r, c), and a key naming which ranges made it (for caching derived styles); shared, do not modify. */
  at(r: number, c: number): { style: CellStyle; key: string } | null {
    const list = this.rowRanges(r);
    let byCol = this.atMemo.get(list);
    if (!byCol) this.atMemo.set(list, (byCol = new Map()));
    const hit = byCol.get(c);
    if (hit !== undefined) return hit;
    const style: CellStyle = {};
    let key = "";
    for (const i of list) {
      const rg = this.styles[i].range;
      if (c < rg.left || c > rg.right) continue;
      Object.assign(style, this.styles[i].style);
      key += `${i},`;
    }
    const out = key === "" ? null : { style, key };
    byCol.set(c, out);
    return out;
  }
}

const NO_RANGES: number[] = [];

/** Sheet name rules: at most 31 characters, none of []:*?/\, not blank. */
export function cleanSheetName(want: string): string {
  const clean = want.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31);
  return clean === "" ? "Sheet" : clean;
}

/**
 * A name not already taken (compared without case), "Báo cáo (2)" style.
 * @example uniqueName("Báo cáo", ["báo cáo"]) → "Báo cáo (2)"
 */
export function uniqueName(want: string, taken: Iterable<string>): string {
  const clean = cleanSheetName(want);
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase("vi")));
  if (!used.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let i = 2; ; i++) {
    const name = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!used.has(name.toLocaleLowerCase("vi"))) return name;
  }
}

/** `<cols>` for widths in points (undefined: default). */
export function colsXml(widths: Map<number, number>, p = ""): string {
  if (widths.size === 0) return "";
  const cols = [...widths.entries()].sort((a, b) => a[0] - b[0]);
  return `<${p}cols>${cols.map(([c, w]) => `<${p}col min="${c + 1}" max="${c + 1}" width="${pointsToExcelChars(w)}" customWidth="1"/>`).join("")}</${p}cols>`;
}

/** Conditional formats as expression rules (`H5="Chưa đạt"`), each with its differential style; priorities from `firstPriority`. */
export function conditionalXml(formats: ConditionalFormat[], styles: StyleBook, firstPriority: number, p = ""): { xml: string; next: number } {
  let pr = firstPriority;
  let xml = "";
  for (const cf of formats) {
    const top = addressOf(cf.range.top, cf.range.left);
    const ref = rangeText(cf.range);
    xml += `<${p}conditionalFormatting sqref="${ref}">`;
    for (const rule of cf.rules) {
      const dxf = styles.addDxf({ fill: rule.fill, fontColor: rule.fontColor });
      // Exact equality, not "contains": "Chưa đạt" and "Gần đạt" both contain "đạt".
      xml += `<${p}cfRule type="expression" dxfId="${dxf}" priority="${pr++}"><${p}formula>${escapeXml(`${top}="${rule.label.replace(/"/g, '""')}"`)}</${p}formula></${p}cfRule>`;
    }
    xml += `</${p}conditionalFormatting>`;
  }
  return { xml, next: pr };
}

/** "A1:B2", or "A1" for one cell. */
export function rangeText(r: CellRange): string {
  const a = addressOf(r.top, r.left);
  const b = addressOf(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Print setup elements in schema order (printOptions, pageMargins, pageSetup, rowBreaks), A4. */
export function printXml(pr: PrintSetup, p = ""): string {
  const m = pr.margins;
  const opts = pr.centerHorizontally ? `<${p}printOptions horizontalCentered="1"/>` : "";
  const fit = pr.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  // A break's id is the last row (1-based) above it: the 0-based row a page starts at.
  const n = pr.breakBefore?.length ?? 0;
  const breaks = n ? `<${p}rowBreaks count="${n}" manualBreakCount="${n}">${pr.breakBefore!.map((r) => `<${p}brk id="${r}" max="16383" man="1"/>`).join("")}</${p}rowBreaks>` : "";
  return `${opts}<${p}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/><${p}pageSetup paperSize="9" orientation="${pr.orientation}"${fit}/>${breaks}`;
}

/**
 * Characters a TextSink gathers before handing them on: joins small enough to stay short-lived strings, which the zip
 * writer encodes straight into its piece (ZipWriter.begin).
 */
const TEXT_PIECE = 32_768;

/** A buffer of text pieces handed on in large joins (many small Buffer conversions would dominate a big sheet's write). */
export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: (s: string) => void) {}

  write(s: string): void {
    if (s === "") return;
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= TEXT_PIECE) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.out(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * Writes a whole new worksheet part from a SheetSpec: views (frozen panes), widths, rows with styled cells
 * (the sheet's font on every cell of the grid), merges, conditional formats, print setup.
 * @example writeNewSheet(spec, styles, sst, (s) => part.write(s))
 */
export function writeNewSheet(spec: SheetSpec, styles: StyleBook, sst: SharedStringTable | null, out: (s: string) => void, date1904 = false): void {
  const sink = new TextSink(out);
  const height = spec.cells.length;
  // A loop, not Math.max(...rows): a million-row sheet would overflow the call stack with a spread.
  let width = Math.max(spec.columnWidths.length, 1);
  for (const r of spec.cells) if (r && r.length > width) width = r.length;
  const index = new StyleIndex(spec.styles);
  // Derived style per (ranges' merged style, own number format): StyleIndex gives every cell the same ranges cover one
  // shared object, so a cell costs two map look-ups and no key string.
  const derived = new Map<object | null, Map<string, number>>();
  const base: CellStyle = spec.font ? { fontName: spec.font.name, fontSize: spec.font.size } : {};
  const { plan } = planShared(spec.cells, 0, 0, 0);
  const fitToPage = spec.print?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
  sink.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`);
  sink.write(fitToPage);
  sink.write(`<dimension ref="A1:${addressOf(Math.max(0, height - 1), width - 1)}"/>`);
  const fr = spec.freezeRows ?? 0;
  const fc = spec.freezeCols ?? 0;
  if (fr > 0 || fc > 0) {
    const pane = fr > 0 && fc > 0 ? "bottomRight" : fr > 0 ? "bottomLeft" : "topRight";
    sink.write(`<sheetViews><sheetView workbookViewId="0"><pane${fc > 0 ? ` xSplit="${fc}"` : ""}${fr > 0 ? ` ySplit="${fr}"` : ""} topLeftCell="${addressOf(fr, fc)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`);
  } else sink.write(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  sink.write(`<sheetFormatPr defaultRowHeight="15"/>`);
  const widths = new Map<number, number>();
  spec.columnWidths.forEach((w, c) => w !== undefined && widths.set(c, w));
  sink.write(colsXml(widths));
  sink.write("<sheetData>");
  for (let r = 0; r < height; r++) {
    const row = spec.cells[r] ?? [];
    const ht = spec.rowHeights[r];
    let cells = "";
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      const ranged = index.at(r, c);
      const own = ownStyle(cell);
      let style = 0;
      if (spec.font || ranged || own) {
        let byOwn = derived.get(ranged);
        if (!byOwn) derived.set(ranged, (byOwn = new Map()));
        const key = own?.numberFormat ?? "";
        let s = byOwn.get(key);
        if (s === undefined) {
          s = styles.derive(0, { ...base, ...(ranged?.style ?? {}), ...(own ?? {}) });
          byOwn.set(key, s);
        }
        style = s;
      }
      cells += cellXml(r, c, cell, style, cell && "formula" in cell ? spec.cached?.(r, c) : undefined, sst, plan.at(r, c), "", date1904);
    }
    if (cells === "" && ht === undefined) continue;
    sink.write(`<row r="${r + 1}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ""}>${cells}</row>`);
  }
  sink.write("</sheetData>");
  if (spec.merges.length > 0) sink.write(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${rangeText(m)}"/>`).join("")}</mergeCells>`);
  sink.write(conditionalXml(spec.conditionalFormats, styles, 1).xml);
  if (spec.print) sink.write(printXml(spec.print));
  else sink.write(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (spec.notes && spec.notes.length > 0) sink.write(`<legacyDrawing r:id="rIdNotes"/>`);
  sink.write("</worksheet>");
  sink.flush();
}
