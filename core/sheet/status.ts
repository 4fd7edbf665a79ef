// Plans the status and explanation columns for a checked sheet: live formulas where the rule compiles, colours, and a refusal instead of overwriting user cells.
import type { Bilingual, CellValue, Lang } from "../types";
import { compileFormula, FORMULA_NAMES, formulaAsks, formulaReads, stillHoldsAll, textLiteral } from "../rule/formula";
import { STATUS, STATUS_CODES } from "../rule/verdict";
import { formatNumber } from "../number/format";
import { EXPLANATION_HEADER, STATUS_HEADER, STATUS_STYLES, type SheetEdits, type StatusColumnPlan } from "./edits";
import { type CellRange, type SheetData, absoluteRange, cellAddress, cellAt, columnLetters, isEmptyCell } from "./model";
import { FORMULA_MAX, formulaFits, type OutCell, type PrintSetup, type StyledRange } from "./output";
import { MAX_COLUMNS } from "./owned";
import { cellText } from "./text";
import { Item } from "./item";
import type { CheckedItem, CheckedSheet, Layout } from "./types";

export interface StatusColumnOptions {
  lang?: Lang;
  /** Fixed as-of date for deadline formulas; default TODAY() in the formula, so verdicts stay live. */
  asOf?: string;
  /** Relative tolerance for "Gần đạt", as used for the check. */
  tolerance?: number;
  /**
   * The user allows inserting whole columns right after the actual when the cells there are taken (a "Ghi chú"
   * column): the user's columns move right, none is written over. Default false: the block then goes right of the
   * table, with the name column frozen beside it.
   */
  insertAtActual?: boolean;
  /**
   * The host can define names on the sheet (an .xlsx file): formulas then refer to the word lists by name
   * (`FORMULA_NAMES`, about 330 bytes less each), live explanations to the stale sentence (`STALE_NAME`, 95 bytes
   * less each), and the edits carry the names to define. Default false: each formula
   * holds its lists, as Google Sheets needs (it names only ranges).
   */
  names?: boolean;
  /**
   * Explanations that follow the figure (list layouts): where the status is a live formula, the explanation cell is
   * a formula too, showing the engine's sentence while the figure (and baseline) are the ones checked and
   * `STALE_EXPLANATION` once either is changed, so it never explains a verdict the status no longer shows. Its text
   * as checked is the formula cell's `cached` value. With `names`, the formulas say the stale sentence by the
   * defined name STALE_NAME, which the edits carry. Default false: fixed text (a host that cannot give a formula
   * cell a cached result shows nothing until the spreadsheet recalculates).
   */
  liveExplanations?: boolean;
}

/** What a live explanation says once the figure differs from the one checked: the status is live, the sentence is not. */
export const STALE_EXPLANATION = { vi: "? Số liệu đã đổi sau lần kiểm tra: cần kiểm tra lại để có giải thích.", en: "? The figure changed after the check: check again for an explanation." };

/** STALE_EXPLANATION as formula literals, made once: every live explanation ends with one. */
const STALE_LITERAL = { vi: textLiteral(STALE_EXPLANATION.vi), en: textLiteral(STALE_EXPLANATION.en) };

/**
 * The defined name a host that defines names (`StatusColumnOptions.names`) gives STALE_EXPLANATION on the sheet: its
 * live explanations end with the name instead of the sentence (95 bytes of a 230-byte explanation formula, 1.3 MB of
 * a 100k-cell list's sheet), and show the same text. Like the word lists' names, "_" keeps it from reading as a cell.
 */
export const STALE_NAME = "CT_DOI";

const ACTUAL_SLOT = "XFD1048576";
const BASELINE_SLOT = "XFC1048576";

/**
 * A status cell's formula: the compiled formula's pieces joined with the row's own addresses when the formula is
 * read, not when the cell is made. A matrix's status block holds a formula per judged figure (hundreds of
 * thousands, each some 600 characters of two-byte text), and a file host writes most of them as one shared
 * formula: joined up front they were most of a big check's memory. `formula` is an own, enumerable property as in
 * any other OutCell (spread, compared and serialised alike); it is made again on each read.
 * @example rowFormula(['IF(ISNUMBER(', '),"Đạt","Chưa đạt")'], "E5", null, "Đạt").formula → 'IF(ISNUMBER(E5),"Đạt","Chưa đạt")'
 */
function rowFormula(pieces: string[], actual: string, baseline: string | null, cached: string): OutCell {
  return new RowFormula(pieces, actual, baseline, cached) as unknown as OutCell;
}

/**
 * rowFormula's cell. A getter in an object literal is a new function per cell, which leaves the object in dictionary
 * mode (about 450 bytes and a microsecond each, against 90 bytes); every cell here shares one getter, defined on it
 * before `cached` so the keys stay in the same order (formula, cached).
 */
class RowFormula {
  readonly #pieces: string[];
  readonly #actual: string;
  readonly #baseline: string | null;
  declare readonly cached: string;
  constructor(pieces: string[], actual: string, baseline: string | null, cached: string) {
    this.#pieces = pieces;
    this.#actual = actual;
    this.#baseline = baseline;
    Object.defineProperty(this, "formula", FORMULA);
    (this as { cached: string }).cached = cached;
  }
  static text(c: RowFormula, f?: (s: string) => string): string {
    let pieces = c.#pieces;
    if (f) {
      let m = THROUGH.get(pieces);
      if (m?.f !== f) THROUGH.set(pieces, (m = { f, pieces: pieces.map(f) }));
      pieces = m.pieces;
    }
    const text = pieces.join(f ? f(c.#actual) : c.#actual);
    return c.#baseline === null ? text : text.split(BASELINE_SLOT).join(f ? f(c.#baseline) : c.#baseline);
  }
}
/** Each compiled formula's pieces through formulaThrough's transform, made once per compiled formula (and transform). */
const THROUGH = new WeakMap<string[], { f: (s: string) => string; pieces: string[] }>();

/**
 * A formula cell's text through `f`, a transform of each character on its own that keeps letters and digits (a
 * file format's escaping): equal to f(cell.formula), but a status cell's compiled pieces go through `f` once per
 * compiled formula, not once per row (a file host escapes every one of a big sheet's formulas).
 * @example formulaThrough(rowFormula(['IF(', '<0,"x","y")'], "E5", null, "y"), escapeText) → 'IF(E5&lt;0,"x","y")'
 */
export function formulaThrough(cell: { formula: string }, f: (s: string) => string): string {
  return cell instanceof RowFormula ? RowFormula.text(cell, f) : f(cell.formula);
}
const FORMULA: PropertyDescriptor = { get: function (this: RowFormula) { return RowFormula.text(this); }, enumerable: true, configurable: true };
const STATUS_WIDTH = 95;
const EXPLANATION_WIDTH = 280;
const MAX_REFUSED_CELLS = 20;
const MAX_NOTES = 50;
/** Typed texts whose formulaReads answer planStatusColumn keeps, per plan. */
const READS_CACHED = 10_000;

/**
 * An explanation cell that follows the figure: the sentence while every cell it rests on (the actual, a baseline, a
 * denominator) still holds what was checked, `STALE_EXPLANATION` once one changes; fixed text where no formula can say it. Its cached result is
 * the sentence. Any host whose status cell is live uses it (core's formulas, a host's custom function).
 * @example explanationFollowing("✗ Chưa đạt: …", [{ ref: "E5", value: 0.6 }], "vi") → { formula: 'IF(IFERROR(AND(ISNUMBER(E5),…),FALSE),"✗ Chưa đạt: …","? Số liệu đã đổi …")', cached: "✗ Chưa đạt: …" }
 */
export function explanationFollowing(text: string, figures: { ref: string; value: CellValue }[], lang: Lang, staleByName = false): OutCell {
  const cond = stillHoldsAll(figures);
  if (cond === null) return { text };
  const formula = `IF(${cond},${literalOf(text)},${staleByName ? STALE_NAME : STALE_LITERAL[lang]})`;
  // formulaFits(formula), scanning only the condition for long constants: textLiteral cuts the sentence into
  // constants Excel takes, and the stale sentence is one (a whole explanation column is scanned otherwise).
  return formula.length + 1 <= FORMULA_MAX && formulaFits(cond) ? { formula, cached: text } : { text };
}

/**
 * textLiteral of an explanation, made once per sentence: the rows of a long list share a few thousand sentences
 * (one per judgement). Long sentences (a matrix row's summary, seldom repeated) are made each time and not kept.
 */
function literalOf(text: string): string {
  if (text.length > LITERAL_TEXT_MAX) return textLiteral(text);
  let lit = literals.get(text);
  if (lit === undefined) {
    if (literals.size >= LITERALS_MAX) literals.clear();
    literals.set(text, (lit = textLiteral(text)));
  }
  return lit;
}
const literals = new Map<string, string>();
const LITERAL_TEXT_MAX = 400;
const LITERALS_MAX = 20_000;

/** Whether a header cell holds a header the tool writes. */
function isOwnHeader(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  return t === STATUS_HEADER || t.startsWith(`${STATUS_HEADER}: `) || t === EXPLANATION_HEADER;
}

const LABELS = new Set([...STATUS_CODES.map((s) => STATUS[s].vi), STALE_EXPLANATION.vi, STALE_EXPLANATION.en]);
const SYMBOLS = new Set(STATUS_CODES.map((s) => STATUS[s].symbol));
/** Every formula the tool writes returns a verdict label, so it quotes at least one, or says the stale sentence by its name (a file's live explanations); a live custom-function fallback calls TARGET_STATUS. */
const OWN_FORMULA = new RegExp(`TARGET_STATUS\\(|\\b${STALE_NAME}\\b|${[...LABELS].map((l) => `"${l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).join("|")}`, "i");

/**
 * Whether a cell inside the tool's area still holds something the tool writes: nothing, one of its headers, a
 * verdict label, a sentence opening with a verdict symbol, or a formula (in a marked area any formula, since the
 * mark says the cell is the tool's; by header alone only one quoting a verdict label). Anything else — a number,
 * a user's words, a date — was typed by the user, and the cell is theirs again.
 */
function looksOwn(v: unknown, formula: string | undefined, marked: boolean): boolean {
  if (formula && formula.trim() !== "") return marked || OWN_FORMULA.test(formula);
  if (isEmptyCell(v as never)) return true;
  if (typeof v !== "string") return false;
  const t = v.trim();
  return isOwnHeader(t) || LABELS.has(t) || SYMBOLS.has(t.split(" ")[0]);
}

/** Row intervals of one column covered by some of `ranges`, answered for rows asked in increasing order. */
function coverage(ranges: CellRange[], col: number, top: number, bottom: number): (row: number) => boolean {
  const spans = ranges.filter((r) => r.left <= col && r.right >= col && r.bottom >= top && r.top <= bottom).sort((a, b) => a.top - b.top);
  let i = 0;
  let reach = -1;
  return (row) => {
    while (i < spans.length && spans[i].top <= row) reach = Math.max(reach, spans[i++].bottom);
    return row <= reach;
  };
}

/**
 * Who a cell belongs to, for the one rule of where the tool may write (every host plans through it):
 * - "free": nothing in it — no value, no formula (even one showing ""), no note, no data validation, not part
 *   of a merged area, not in a hidden column;
 * - "own": inside the tool's marked area and still holding what the tool writes;
 * - "user": anything else.
 */
type Owner = "free" | "own" | "user";

interface Occupancy {
  /** Owner of every row top..bottom of column `col`, in order. */
  column(col: number): Owner[];
  /** Last column (values coordinates) holding a value, formula or note in rows top..bottom; -1 when none. */
  lastUsed: number;
}

function occupancy(sheet: SheetData, top: number, bottom: number, owned: CellRange[], marked: boolean): Occupancy {
  // Keyed by row and column as one number (a sheet has at most 16,384 columns): asked for every row of every column tried.
  const notes = new Set((sheet.notes ?? []).filter((n) => n.text !== "").map((n) => n.row * 16_384 + n.col));
  const hidden = new Set(sheet.hiddenColumns ?? []);
  let lastUsed = -1;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.values[r] ?? [];
    const frow = sheet.formulas?.[r] ?? [];
    for (let c = Math.max(row.length, frow.length) - 1; c > lastUsed; c--) {
      if (!isEmptyCell(row[c]) || (frow[c] ?? "") !== "") {
        lastUsed = c;
        break;
      }
    }
  }
  for (const n of sheet.notes ?? []) if (n.text !== "" && n.row >= top && n.row <= bottom) lastUsed = Math.max(lastUsed, n.col);
  return {
    lastUsed,
    column(col) {
      const inValidation = coverage(sheet.validations ?? [], col, top, bottom);
      const inMerge = coverage(sheet.merges ?? [], col, top, bottom);
      const inOwned = coverage(owned, col, top, bottom);
      const out: Owner[] = [];
      for (let r = top; r <= bottom; r++) {
        const v = sheet.values[r]?.[col];
        const f = sheet.formulas?.[r]?.[col];
        const note = notes.size > 0 && notes.has(r * 16_384 + col);
        const validated = inValidation(r);
        const merged = inMerge(r);
        if (inOwned(r)) {
          // A note in the tool's area is the tool's own (it writes notes nowhere else); without a mark, by header alone, it is the user's.
          const own = !validated && !merged && !hidden.has(col) && (marked || !note) && looksOwn(v, f, marked);
          out.push(own ? "own" : "user");
        } else {
          const free = isEmptyCell(v) && (f ?? "") === "" && !note && !validated && !merged && !hidden.has(col);
          out.push(free ? "free" : "user");
        }
      }
      return out;
    },
  };
}

/**
 * The tool's areas when the host gives no mark (`owned` undefined: a host that cannot read marks yet): the
 * columns under its exact header texts, from the first header row down. Kept so files checked before marks
 * existed are re-checked in place; a host that reads marks always sets `owned` (to [] when there is none), and
 * then only marked cells are the tool's.
 */
function ownedByHeader(sheet: SheetData, headerRows: number[], bottom: number): CellRange[] {
  const out: CellRange[] = [];
  const top = Math.min(...headerRows);
  for (const hr of headerRows) {
    const row = sheet.values[hr] ?? [];
    for (let c = 0; c < row.length; c++) if (isOwnHeader(row[c])) out.push({ top, left: c, bottom, right: c });
  }
  return out;
}

type Placement =
  | {
      ok: true;
      left: number;
      notices: Bilingual[];
      /** Columns are inserted at `left` first. */
      insert: boolean;
      /** The block sits right after the actual (no other column between). */
      adjacent: boolean;
    }
  | { ok: false; reason: Bilingual; cells: string[] };

/** Where "next to the actual" is for a layout: the column right of the last actual-figure column (values coordinates), or null. */
function besideActual(layout: Layout): number | null {
  if (layout.shape !== "list") return null;
  const c = layout.columns;
  const cols = [c.actual, c.actualNumerator, c.actualDenominator, c.rate].filter((x): x is number => x !== undefined);
  return cols.length === 0 ? null : Math.max(...cols) + 1;
}

/**
 * What forbids inserting columns left of column `at`: a merged area or validation over the block's rows that spans
 * that boundary (it would widen over the new cells, so the tool's cells would be merged or validated), or one on any
 * row that runs to the sheet's last column (inserting would push it off the sheet; Excel refuses). The first, or null.
 */
function spansBoundary(sheet: SheetData, at: number, top: number, bottom: number): CellRange | null {
  const edge = MAX_COLUMNS - 1 - (sheet.origin?.col ?? 0);
  for (const r of [...(sheet.merges ?? []), ...(sheet.validations ?? [])]) {
    if (r.left < at && r.right >= at && r.bottom >= top && r.top <= bottom) return r;
    if (r.right >= edge) return r;
  }
  return null;
}

/**
 * Where the block of `n` columns over rows top..bottom goes: over the tool's own area when every cell of it is
 * still free or the tool's; else right after the actual (`next`) when those columns are free, or when the caller
 * allows inserting columns there; else in the first `n` columns right of the table whose cells are all free.
 * Never over a user's value, formula, note, validation or merged area.
 */
function placeBlock(sheet: SheetData, top: number, bottom: number, headerRow: number, n: number, next: { at: number; insert: boolean } | null): Placement {
  const marked = sheet.owned !== undefined;
  const owned = marked ? sheet.owned! : ownedByHeader(sheet, [headerRow], bottom);
  const occ = occupancy(sheet, top, bottom, owned, marked);
  const width = MAX_COLUMNS - (sheet.origin?.col ?? 0);
  const notices: Bilingual[] = [];
  const cache = new Map<number, Owner[]>();
  const col = (c: number) => {
    let o = cache.get(c);
    if (!o) cache.set(c, (o = occ.column(c)));
    return o;
  };
  const allFree = (left: number) => {
    for (let c = left; c < left + n; c++) if (c >= width || col(c).some((o) => o !== "free")) return false;
    return true;
  };

  // 1. The tool's own columns: the leftmost owned column that reaches the header row.
  const ownLeft = owned.filter((r) => r.top <= headerRow && r.bottom >= headerRow && r.left >= 0).reduce((m, r) => Math.min(m, r.left), Infinity);
  if (Number.isFinite(ownLeft) && ownLeft + n <= width) {
    const taken: string[] = [];
    for (let c = ownLeft; c < ownLeft + n; c++) {
      col(c).forEach((o, i) => {
        if (o === "user" && taken.length < MAX_REFUSED_CELLS) taken.push(cellAddress(sheet, top + i, c));
      });
    }
    if (taken.length === 0) {
      const adjacent = next !== null && ownLeft === next.at;
      if (next?.insert && !adjacent) {
        const at = cellAddress(sheet, headerRow, ownLeft);
        notices.push({
          vi: `Cột đánh giá vẫn ghi ở chỗ cũ (từ ô ${at}) vì đó là cột của công cụ; muốn đặt cạnh cột Thực hiện, hãy xóa các cột đó rồi ghi lại.`,
          en: `The status columns stay where they were (from ${at}), since those are the tool's columns; to have them next to the actual, delete those columns and write again.`,
        });
      }
      return { ok: true, left: ownLeft, notices, insert: false, adjacent };
    }
    const at = taken.join(", ");
    notices.push({
      vi: `Các cột kết quả lần trước có ô bạn đã sửa hoặc thêm (${at}) nên được giữ nguyên; kết quả mới ghi ở cột mới bên phải.`,
      en: `The previous result columns hold cells you edited or added (${at}), so they were left as they are; the new results go in new columns to the right.`,
    });
  }

  // 2. Right after the actual: in free columns there, or in columns inserted there when the user allows it.
  if (next && next.at + n <= width) {
    if (allFree(next.at)) return { ok: true, left: next.at, notices, insert: false, adjacent: true };
    if (next.insert) {
      const across = spansBoundary(sheet, next.at, top, bottom);
      if (!across) return { ok: true, left: next.at, notices, insert: true, adjacent: true };
      const at = cellAddress(sheet, Math.max(across.top, top), across.left);
      notices.push({
        vi: `Không chèn được cột cạnh cột Thực hiện vì ô gộp hoặc xác thực dữ liệu từ ô ${at} sẽ bị nới rộng hoặc đẩy ra ngoài trang; kết quả ghi bên phải bảng.`,
        en: `Columns could not be inserted next to the actual, since the merged area or data validation from ${at} would be widened or pushed off the sheet; the results go right of the table.`,
      });
    }
  }

  // 3. The first n free columns right of everything in the block's rows (values, formulas, notes, the tool's old columns).
  const ownRight = owned.filter((r) => r.top <= bottom && r.bottom >= top && r.right < width).reduce((m, r) => Math.max(m, r.right), -1);
  let start = Math.max(occ.lastUsed, ownRight) + 1;
  // A validation or merged area over the block's rows that runs to the sheet's last column blocks every column
  // from its left edge on: stop there instead of scanning thousands of columns row by row.
  const edgeRange = [...(sheet.validations ?? []), ...(sheet.merges ?? [])]
    .filter((r) => r.bottom >= top && r.top <= bottom && r.right >= width - 1)
    .reduce<CellRange | null>((m, r) => (m === null || r.left < m.left ? r : m), null);
  const edge = edgeRange ? Math.max(edgeRange.left, 0) : width;
  const obstacles: string[] = [];
  let c = start;
  const kinds = new Set<BlockerKind>();
  for (; c < edge && c - start < n; c++) {
    const blocked = col(c).findIndex((o) => o !== "free");
    if (blocked >= 0) {
      if (obstacles.length < MAX_REFUSED_CELLS) obstacles.push(cellAddress(sheet, top + blocked, c));
      kinds.add(blockerKind(sheet, top + blocked, c));
      start = c + 1;
    }
  }
  if (c - start >= n) return { ok: true, left: start, notices, insert: false, adjacent: next !== null && start === next.at };
  if (edgeRange) {
    if (obstacles.length < MAX_REFUSED_CELLS) obstacles.push(cellAddress(sheet, Math.max(edgeRange.top, top), Math.max(edge, start)));
    kinds.add(blockerKind(sheet, Math.max(edgeRange.top, top), edgeRange.left));
  }
  return { ok: false, cells: obstacles, reason: noRoomReason(obstacles, kinds) };
}

/** What keeps a column right of the table from taking the results: the user's merged cells, a drop-down list (data validation), or entries. */
type BlockerKind = "merge" | "validation" | "entry";

function blockerKind(sheet: SheetData, row: number, col: number): BlockerKind {
  const inside = (r: CellRange) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  if ((sheet.merges ?? []).some(inside)) return "merge";
  if ((sheet.validations ?? []).some(inside)) return "validation";
  return "entry";
}

/**
 * The refusal when no column right of the table is free, in a clerk's words: what is in the way (only the kinds
 * found), where, and the one thing to do about each. Excel's Vietnamese menus call data validation "Xác thực dữ liệu".
 */
function noRoomReason(cells: string[], kinds: Set<BlockerKind>): Bilingual {
  const lead = { vi: "Không còn cột trống bên phải bảng để ghi kết quả", en: "No free column is left right of the table for the results" };
  if (cells.length === 0) {
    return {
      vi: `${lead.vi}: bảng đã dùng tới cột cuối cùng của trang tính. Hãy chép bảng sang một trang mới rồi kiểm tra lại.`,
      en: `${lead.en}: the table reaches the sheet's last column. Copy the table to a new sheet and check again.`,
    };
  }
  const words: Record<BlockerKind, { what: Bilingual; fix: Bilingual }> = {
    merge: { what: { vi: "ô gộp", en: "merged cells" }, fix: { vi: "bỏ gộp các ô đó", en: "unmerge those cells" } },
    validation: {
      what: { vi: "danh sách thả xuống (xác thực dữ liệu)", en: "a drop-down list (data validation)" },
      fix: { vi: "xóa xác thực dữ liệu ở các cột trống sau bảng", en: "clear the data validation from the empty columns after the table" },
    },
    entry: { what: { vi: "nội dung của bạn", en: "your entries" }, fix: { vi: "chuyển các ô đó sang chỗ khác", en: "move those cells elsewhere" } },
  };
  const found = (["merge", "validation", "entry"] as const).filter((k) => kinds.has(k));
  const list = (lang: "vi" | "en", part: "what" | "fix") => found.map((k) => words[k][part][lang]).join(lang === "vi" ? " và " : " and ");
  const at = cells.join(", ");
  return {
    vi: `${lead.vi}: ${list("vi", "what")} ở ô ${at} chiếm hết các cột còn lại của trang. Hãy ${list("vi", "fix")} rồi kiểm tra lại; Chỉ tiêu không ghi đè lên ô của bạn.`,
    en: `${lead.en}: the rest of the sheet's columns are taken by ${list("en", "what")} at ${at}. Please ${list("en", "fix")}, then check again; Chỉ tiêu never overwrites your cells.`,
  };
}

/** Where the status block can go for a checked sheet, for a pane to offer the choice before anything is written. */
export interface StatusPlacement {
  /** The column right after the actual (absolute), or null when the layout has none (a unit matrix). */
  besideActual: number | null;
  /** The columns right after the actual are free: the block goes there without inserting anything. */
  freeBesideActual: boolean;
  /** Inserting columns there is possible (no merged area or validation of the table's rows spans the place). */
  canInsert: boolean;
  /** What the pane's "insert next to the actual" option starts as: on when nothing of the user's is right of the actual. */
  defaultInsert: boolean;
}

/**
 * Where the block could go, before planning it: whether the columns after the actual are free, and whether columns
 * can be inserted there. The insert option defaults to on only for a sheet with nothing of the user's right of
 * the actual, where it moves nothing.
 * @example statusPlacement(sheetWithGhiChuRightOfActual, checked) → { besideActual: 6, freeBesideActual: false, canInsert: true, defaultInsert: false }
 */
export function statusPlacement(sheet: SheetData, result: CheckedSheet): StatusPlacement {
  const at = besideActual(result.layout);
  const o = sheet.origin?.col ?? 0;
  if (at === null) return { besideActual: null, freeBesideActual: false, canInsert: false, defaultInsert: false };
  const { top, bottom } = blockRows(result.layout);
  const marked = sheet.owned !== undefined;
  const occ = occupancy(sheet, top, bottom, marked ? sheet.owned! : ownedByHeader(sheet, [result.layout.headerRows[0]], bottom), marked);
  let free = true;
  for (let c = at; c < at + 2; c++) if (occ.column(c).some((x) => x !== "free")) free = false;
  // The tool's own earlier columns do not count as the user's content; a validation, merge or hidden column does.
  let userRight = [...(sheet.validations ?? []), ...(sheet.merges ?? [])].some((r) => r.right >= at && r.bottom >= top && r.top <= bottom) || (sheet.hiddenColumns ?? []).some((c) => c >= at);
  for (let c = at; c <= occ.lastUsed && !userRight; c++) userRight = occ.column(c).includes("user");
  return { besideActual: at + o, freeBesideActual: free, canInsert: spansBoundary(sheet, at, top, bottom) === null, defaultInsert: !userRight };
}

/**
 * A unit matrix's status column (in the block, from 0) for each indicator group, -1 for a group no item was judged in:
 * a column the check could not judge (no target, no known actual) is left out rather than written empty, as the
 * summary and the notes already say why; a list's one column is not counted here.
 * @example groupColumns(checkedWithThreeGroupsTheMiddleUnjudged) → [0, -1, 1]
 */
export function groupColumns(result: CheckedSheet): number[] {
  const used: boolean[] = result.layout.shape === "matrix" ? result.layout.groups.map(() => false) : [];
  for (const it of result.items) if (it.group !== undefined) used[it.group] = true;
  let k = 0;
  return used.map((u) => (u ? k++ : -1));
}

/**
 * Plans what to write beside a checked table: a status column (matrix: one per indicator) holding live
 * formulas compiled from each item's rule, or the engine's label where no formula can judge it; an
 * explanation column; verdict colours as conditional formats; notes for data-check findings. This is the one
 * rule of where the tool may write, shared by every host: the block goes over the tool's own marked area when
 * all of it is still the tool's, else into the first free columns right of the table. A cell holding a value,
 * a formula (even one showing ""), a note, data validation or part of a merged area is the user's and is never
 * written; findings go as notes on the tool's own status cells, naming the cell they are about. When no free
 * columns are left, nothing is planned and the obstacles are named.
 * @example planStatusColumn(sheet, checked) → { ok: true, edits: { block: { range: { top: 3, left: 7, ... } }, statusColumns: [7], explanationColumn: 8, owned: [...], ... } }
 * @example planStatusColumn(sheetValidatedToTheEdge, checked) → { ok: false, reason: { vi: "Không còn cột trống ...", en: ... }, cells: ["H5", ...] }
 */
export function planStatusColumn(sheet: SheetData, result: CheckedSheet, opts: StatusColumnOptions = {}): StatusColumnPlan {
  const lang = opts.lang ?? "vi";
  const layout = result.layout;
  // Several tables judged together (core/sheet/check.ts joinTables): one block spans them all.
  const { top, bottom } = blockRows(layout);
  const headerRow = layout.headerRows[0];
  const headerRowsAll = [headerRow, ...(layout.alsoTables ?? []).map((t) => t.headerRow)];
  const matrix = layout.shape === "matrix";
  const colOf = groupColumns(result);
  const nStatus = matrix ? Math.max(1, ...colOf.map((c) => c + 1)) : 1;
  const n = nStatus + 1;

  const beside = besideActual(layout);
  const place = placeBlock(sheet, top, bottom, headerRow, n, beside === null ? null : { at: beside, insert: opts.insertAtActual === true });
  if (!place.ok) return place;
  const start = place.left;
  const block: CellRange = { top, left: start, bottom, right: start + n - 1 };
  // After an insertion every user column from `start` on sits n columns further right: addresses the block names move with it.
  const shift = (c: number) => (place.insert && c >= start ? c + n : c);
  // cellAddress, with each column's letters made once: every status and explanation formula names its cells.
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const letters = new Map<number, string>();
  const addr = (r: number, c: number) => {
    const col = shift(c) + origin.col;
    let l = letters.get(col);
    if (l === undefined) letters.set(col, (l = columnLetters(col)));
    return `${l}${r + origin.row + 1}`;
  };
  // The block's own cells: they sit where the block is planned, an insertion included.
  // Letters made once per column: a matrix's row summaries name every live status cell of their row.
  const blockLetters = new Map<number, string>();
  const blockAddr = (r: number, c: number) => {
    const col = c + origin.col;
    let l = blockLetters.get(col);
    if (l === undefined) blockLetters.set(col, (l = columnLetters(col)));
    return `${l}${r + origin.row + 1}`;
  };

  const height = bottom - top + 1;
  const cells: OutCell[][] = new Array(height);
  for (let i = 0; i < height; i++) cells[i] = new Array<OutCell>(n).fill(null);
  const explCol = n - 1;
  if (matrix) {
    layout.groups.forEach((g, gi) => colOf[gi] >= 0 && (cells[headerRow - top][colOf[gi]] = { text: `${STATUS_HEADER}: ${g.title ?? g.header}` }));
    if (!colOf.some((c) => c >= 0)) cells[headerRow - top][0] = { text: STATUS_HEADER };
  } else {
    cells[headerRow - top][0] = { text: STATUS_HEADER };
  }
  cells[headerRow - top][explCol] = { text: EXPLANATION_HEADER };
  // Each other table's header row names the same columns: its rows' verdicts sit under them.
  for (const h of headerRowsAll) if (h !== headerRow) cells[h - top] = cells[headerRow - top].slice();

  const fallbacks: SheetEdits["fallbacks"] = [];
  let formulaCount = 0;
  const baselineCol = layout.shape === "list" ? layout.columns.baseline : undefined;
  // Compiling is the costly part: compile once per rule and scale against placeholder cells, then put each
  // row's own addresses in. The placeholders are the last cells of a sheet, which no formula here mentions.
  // Each compiled formula is split at its actual-cell slot once and checked against Excel's limits once (the slot is
  // the longest address there is, so a formula that fits with it fits with any row's own): rows only join the pieces.
  type Compiled = { f: ReturnType<typeof compileFormula>; pieces: string[]; fits: boolean; templates: Map<number, number> };
  // A matrix's status cells name the compiled formula and column they were made from (edits.block.templates).
  let nextTemplate = 0;
  let lastTemplate = -1;
  const compiled = new Map<object, Map<string, Compiled>>();
  const compile = (rule: NonNullable<CheckedItem["verdict"]["rule"]>, scale: CheckedItem["percentScale"]) => {
    let byScale = compiled.get(rule);
    if (!byScale) compiled.set(rule, (byScale = new Map()));
    let f = byScale.get(scale);
    if (!f) {
      const refs: { actual: string; baseline?: string } = { actual: ACTUAL_SLOT };
      if (baselineCol !== undefined) refs.baseline = BASELINE_SLOT;
      const fo: { percentScale: typeof scale; tolerance?: number; asOf?: string; names?: boolean } = { percentScale: scale, names: opts.names === true };
      if (opts.tolerance !== undefined) fo.tolerance = opts.tolerance;
      if (opts.asOf) fo.asOf = opts.asOf;
      const c = compileFormula(rule, refs, fo);
      f = { f: c, pieces: c.ok ? c.formula.split(ACTUAL_SLOT) : [], fits: c.ok && formulaFits(c.formula), templates: new Map() };
      byScale.set(scale, f);
    }
    return f;
  };
  // formulaReads once per rule and typed text: a matrix's yes/no columns repeat "Đạt" and "Chưa đạt" in every row.
  // (At most READS_CACHED texts kept: a column of distinct sentences is read each time, without holding them.)
  const readsText = new Map<object, Map<string, boolean>>();
  let readsKept = 0;
  const reads = (rule: NonNullable<CheckedItem["verdict"]["rule"]>, value: CellValue): boolean => {
    if (typeof value !== "string") return formulaReads(rule, value);
    let byText = readsText.get(rule);
    if (!byText) readsText.set(rule, (byText = new Map()));
    let ok = byText.get(value);
    if (ok === undefined) {
      ok = formulaReads(rule, value);
      if (readsKept++ < READS_CACHED) byText.set(value, ok);
    }
    return ok;
  };
  // An item of this check answers its rule, label and status without wording its verdict (Judged); another's verdict is read.
  const judgedOf = (it: CheckedItem) => (it instanceof Item ? it.judged : null);
  const labelOf = (it: CheckedItem) => judgedOf(it)?.labelVi ?? it.verdict.labels.vi;
  const statusCell = (it: CheckedItem): OutCell => {
    lastTemplate = -1;
    const j = judgedOf(it);
    const rule = j ? j.rule : it.verdict.rule;
    let reason: Bilingual | null = null;
    // Two readings that judge differently: the label stays fixed until the user says which is meant.
    // (A review the rule's own formula computes, a passed event's blank or a day before the first, stays live.)
    if (it.status === "review" && !(j && !j.worded && formulaAsks(rule, it.actual, opts.asOf))) reason = { vi: "cần xác nhận cách hiểu số liệu hoặc chỉ tiêu", en: "the reading of the figure or target needs confirming" };
    else if (!rule) reason = { vi: "chỉ tiêu không đọc được", en: "target not understood" };
    else if (it.denominatorCell) reason = { vi: "số liệu là cặp tử số/mẫu số", en: "the figure is a numerator/denominator pair" };
    // The reader judged something a formula on the cell cannot see (the heading of a marked column, "96,5%" in
    // "Đạt 96,5%", a result sentence, a target not yet due): the label says what the checker found.
    // A verdict that hangs on the period or on the part of the target not read: a figure typed later could be judged
    // otherwise by the engine than by any formula on the cell, so the label stays and says why.
    else if (it.noFormula === "period") reason = { vi: "kết quả phụ thuộc kỳ báo cáo (số liệu một phần kỳ hoặc chỉ tiêu chưa đến hạn), công thức không biết điều đó; kiểm tra lại sau khi sửa số liệu", en: "the verdict depends on the reporting period (figures for part of it, or a target not yet due), which a formula cannot know; check again after editing the figure" };
    else if (it.noFormula === "partlyRead") reason = { vi: "chỉ tiêu chỉ đọc được một phần, công thức không so được với phần chưa đọc; kiểm tra lại sau khi sửa số liệu", en: "the target was read only in part, and a formula cannot judge against the part not read; check again after editing the figure" };
    else if (it.noFormula) reason = { vi: "kết quả dựa vào nội dung công thức không đọc được (tiêu đề cột đánh dấu, chữ quanh số, chỉ tiêu chưa đến hạn)", en: "the verdict rests on what a formula cannot read (a marked column's heading, words around the figure, a target not yet due)" };
    // Text figures such as "64,9%" or "13/14" are read by the engine but not the same way by every
    // spreadsheet's native functions, so a live formula there would disagree with the verdict.
    else if (!reads(rule, it.actual)) reason = { vi: "số liệu nhập dạng chữ, công thức không đọc được như bộ kiểm tra", en: "the figure is typed as text, which a formula cannot read as the checker does" };
    else if (baselineCol !== undefined && !formulaReads(rule, cellAt(sheet, it.row, baselineCol), "baseline"))
      reason = { vi: "số liệu gốc nhập dạng chữ", en: "the baseline is typed as text" };
    else {
      const { f, pieces, fits, templates } = compile(rule, it.percentScale);
      if (f.ok && fits) {
        formulaCount++;
        let id = templates.get(it.cell.col);
        if (id === undefined) templates.set(it.cell.col, (id = nextTemplate++));
        lastTemplate = id;
        // The engine's label as the formula's result until a spreadsheet recalculates (a file host stores it).
        return rowFormula(pieces, addr(it.cell.row, it.cell.col), baselineCol !== undefined ? addr(it.row, baselineCol) : null, labelOf(it));
      }
      reason = f.ok ? { vi: "công thức vượt giới hạn độ dài của Excel", en: "the formula would pass Excel's length limits" } : f.reason;
    }
    fallbacks.push({ row: it.row + (sheet.origin?.row ?? 0), reason });
    return { text: labelOf(it) };
  };

  const staleByName = opts.names === true;
  let templateIds: Int32Array | null = null;
  if (layout.shape === "list") {
    // One sentence per verdict: items judged alike share their verdict object (Judged).
    const sentences = new Map<object, string>();
    for (const it of result.items) {
      const i = it.row - top;
      // One status column: an earlier year's verdict on the same row (years side by side) stays in the results.
      if (i < 0 || i >= height || it.earlierYear !== undefined || it.beside) continue;
      const status = statusCell(it);
      cells[i][0] = status;
      const v = it.verdict;
      let text = sentences.get(v);
      if (text === undefined) sentences.set(v, (text = `${v.symbol} ${v.explanations[lang]}`));
      cells[i][explCol] = opts.liveExplanations && status !== null && "formula" in status ? liveExplanation(it, text) : { text };
    }
  } else {
    // A matrix's status columns are runs of one formula moved down (a list's rows mostly judge different targets).
    templateIds = new Int32Array(height * n).fill(-1);
    const perRow = new Map<number, CheckedItem[]>();
    for (const it of result.items) {
      const i = it.row - top;
      if (i < 0 || i >= height || it.group === undefined) continue;
      cells[i][colOf[it.group]] = statusCell(it);
      // The hint holds for references on the cell's own row, which is the block row it sits in.
      templateIds[i * n + colOf[it.group]] = it.cell.row === it.row ? lastTemplate : -1;
      const l = perRow.get(it.row);
      if (l) l.push(it);
      else perRow.set(it.row, [it]);
    }
    // With live explanations, the row's summary follows the row's live status cells: it says only what they say
    // (how many met, which fell short), so while each still shows the label it was written with the sentence holds,
    // and once one changes it says "cần kiểm tra lại". A label is a short text to compare, where the figures behind
    // it (often two a status, a count and its whole) would make a wide matrix's summaries most of the output. Fixed
    // text where no status of the row is live, or the formula would not fit a spreadsheet's limit.
    for (const [r, its] of perRow) {
      const shown: { ref: string; value: CellValue }[] = [];
      for (const it of its) {
        const status = cells[r - top][colOf[it.group!]];
        if (status !== null && "formula" in status) shown.push({ ref: blockAddr(it.row, start + colOf[it.group!]), value: labelOf(it) });
      }
      const summary = rowSummary(its, lang);
      cells[r - top][explCol] = opts.liveExplanations && shown.length > 0 ? explanationFollowing(summary, shown, lang, staleByName) : { text: summary };
    }
  }

  const abs = (r: CellRange) => absoluteRange(sheet, r);
  const dataTop = Math.min(layout.firstDataRow, ...(layout.alsoTables ?? []).map((t) => t.headerRow + 1));
  function liveExplanation(it: CheckedItem, text: string): OutCell {
    const figures = [{ ref: addr(it.cell.row, it.cell.col), value: it.actual }];
    if (baselineCol !== undefined) figures.push({ ref: addr(it.row, baselineCol), value: cellAt(sheet, it.row, baselineCol) ?? null });
    return explanationFollowing(text, figures, lang, staleByName);
  }
  const statusRange = abs({ top: dataTop, left: start, bottom, right: start + nStatus - 1 });
  const headerStyle: StyledRange["style"] = { bold: true, wrap: true, hAlign: "center", vAlign: "middle", fill: "#F2F2F2", border: "thin" };
  const styles: StyledRange[] = [
    { range: abs({ top: headerRow, left: start, bottom: headerRow, right: block.right }), style: headerStyle },
    // (No vertical alignment of their own: the block takes the table's, with its font, from `fontFrom`.)
    { range: abs({ top: dataTop, left: start + explCol, bottom, right: start + explCol }), style: { wrap: true, border: "thin" } },
    { range: statusRange, style: { hAlign: "center", wrap: true, border: "thin" } },
  ];
  // Another table's header row inside the data rows' ranges: styled as a header again, last.
  for (const h of headerRowsAll) if (h !== headerRow) styles.push({ range: abs({ top: h, left: start, bottom: h, right: block.right }), style: headerStyle });
  const columnWidths: Record<number, number> = {};
  const o = sheet.origin?.col ?? 0;
  for (let k = 0; k < nStatus; k++) columnWidths[start + k + o] = STATUS_WIDTH;
  columnWidths[start + explCol + o] = EXPLANATION_WIDTH;

  // Findings go on the tool's own status cell of the row they are about, naming their cell: a note on the
  // user's cell would replace theirs, and could not be told apart from theirs on the next check.
  // Keyed by row and column as one number (a sheet has at most 16,384 columns), and only when there are findings.
  const cellKey = (row: number, col: number) => row * 16_384 + col;
  const groupAt = new Map<number, number>();
  if (result.findings.length > 0) {
    // Only the cells findings name: a matrix has tens of thousands of items and a few findings.
    const named = new Set<number>();
    for (const f of result.findings) if (f.cells[0]) named.add(cellKey(f.cells[0].row, f.cells[0].col));
    for (const it of result.items) {
      if (it.group === undefined) continue;
      const k = cellKey(it.cell.row, it.cell.col);
      if (named.has(k)) groupAt.set(k, colOf[it.group]);
    }
  }
  const noteText = new Map<string, { cell: { row: number; col: number }; lines: string[] }>();
  let noted = 0;
  for (const f of result.findings) {
    if (noted >= MAX_NOTES) break;
    const c = f.cells[0];
    if (!c) continue;
    const row = c.row >= top && c.row <= bottom ? c.row : headerRow;
    const colAt = start + Math.min(nStatus - 1, groupAt.get(cellKey(c.row, c.col)) ?? 0);
    const key = `${row},${colAt}`;
    let entry = noteText.get(key);
    if (!entry) noteText.set(key, (entry = { cell: { row: row + (sheet.origin?.row ?? 0), col: colAt + o }, lines: [] }));
    entry.lines.push(`${addr(c.row, c.col)}: ${f.message[lang]}`);
    noted++;
  }
  const notes: SheetEdits["notes"] = [...noteText.values()].map((e) => ({ cell: e.cell, text: e.lines.join("\n") }));

  const o0 = sheet.origin ?? { row: 0, col: 0 };
  // The tool's own notes from an earlier check sit in its marked cells; no cell inserted just now holds one.
  const clearNotes = place.insert
    ? []
    : (sheet.notes ?? []).filter((x) => x.text !== "" && x.row >= top && x.row <= bottom && x.col >= start && x.col <= block.right).map((x) => ({ row: x.row + o0.row, col: x.col + o0.col }));
  const lastHeader = Math.max(...layout.headerRows);
  const nameCol = layout.shape === "list" ? (layout.columns.name ?? layout.columns.id) : layout.unitColumn;
  const first = result.items[0];
  const fontCell = first ? { row: first.row, col: nameCol ?? first.cell.col } : { row: headerRow, col: nameCol ?? 0 };
  // A title merged across the table splits at a frozen column: Excel shows the split, Sheets refuses to freeze
  // there (its host then leaves the panes as they are), so the name column is still asked for.
  const freezeRows = lastHeader + o0.row + 1;
  const freezeCols = !place.adjacent && nameCol !== undefined ? shift(nameCol) + o0.col + 1 : 0;
  // The block's own columns hold the tool's earlier output (counted below at their widths), unless they were just inserted.
  const widths = tableWidths(sheet, top, bottom, place.insert ? null : block);
  const printed = widths + nStatus * STATUS_WIDTH + EXPLANATION_WIDTH;

  const edits: SheetEdits = {
    sheet: sheet.name,
    block: withTemplates({ range: abs(block), cells }, templateIds, n),
    statusColumns: Array.from({ length: nStatus }, (_, k) => start + k + o),
    explanationColumn: start + explCol + o,
    styles,
    conditionalFormats: [{ range: statusRange, rules: STATUS_STYLES }],
    notes,
    columnWidths,
    fallbacks,
    formulaCount,
    owned: [abs(block)],
    notices: place.notices,
    clearNotes,
    fontFrom: { row: fontCell.row + o0.row, col: shift(fontCell.col) + o0.col },
    rowHeights: wrappedHeights(cells, explCol, top + o0.row, headerRowsAll.map((h) => h - top)),
    print: checkedSheetPrint(printed, { first: Math.min(...layout.headerRows) + o0.row, last: lastHeader + o0.row }),
  };
  if (place.insert) edits.insertColumns = { before: start + o0.col, count: n };
  if (opts.names && formulaCount > 0) edits.names = FORMULA_NAMES.map((x) => ({ ...x }));
  // The stale sentence's name, where a live explanation says it by name (a matrix's row summaries are live without a live status).
  if (staleByName && cells.some((row) => { const c = row[explCol]; return c !== null && "formula" in c; })) (edits.names ??= []).push({ name: STALE_NAME, value: STALE_LITERAL[lang] });
  // Frozen panes past the first screen would hide more than they keep in view, so only a short header and a name column near the left edge are frozen.
  const frozen = { rows: freezeRows <= MAX_FROZEN_ROWS ? freezeRows : 0, columns: freezeCols <= MAX_FROZEN_COLUMNS ? freezeCols : 0 };
  if (frozen.rows > 0 || frozen.columns > 0) edits.freeze = frozen;
  return { ok: true, edits };
}

/** The rows a status block spans: from the first header row of the table (or of the first of several tables judged together) to the last data row of the last. */
function blockRows(layout: Layout): { top: number; bottom: number } {
  let top = layout.headerRows[0];
  let bottom = layout.lastDataRow;
  for (const t of layout.alsoTables ?? []) {
    top = Math.min(top, t.headerRow);
    bottom = Math.max(bottom, t.lastDataRow);
  }
  return { top, bottom };
}

/** Frozen rows and columns beyond these would fill a laptop screen; the panes are then left as they are. */
const MAX_FROZEN_ROWS = 12;
const MAX_FROZEN_COLUMNS = 4;

/** A4 is 8.27 × 11.69 inches; the checked sheet prints with half-inch side margins. */
const A4_WIDTH_IN = 8.27;
const CHECKED_MARGINS: PrintSetup["margins"] = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 };

/**
 * The checked sheet's print setup: A4, one page wide (any number tall), the header rows repeated on every page,
 * landscape when the printed columns are wider than a portrait page.
 * @example checkedSheetPrint(900, { first: 4, last: 5 }).orientation → "landscape"
 */
export function checkedSheetPrint(widthPt: number, header: { first: number; last: number }): PrintSetup {
  const portrait = (A4_WIDTH_IN - CHECKED_MARGINS.left - CHECKED_MARGINS.right) * 72;
  return { paper: "A4", orientation: widthPt > portrait ? "landscape" : "portrait", margins: { ...CHECKED_MARGINS }, repeatRows: header, fitToWidth: true };
}

/**
 * Points per character and per line of a 13-point body font (Nghị định 30's size, the largest clerks use), on
 * average over Vietnamese text: a sheet in 11 points gets a little more room than it needs, never less.
 */
const CHAR_PT = 5.5;
const LINE_PT = 17;
const MIN_COLUMN_PT = 24;
const MAX_COLUMN_PT = 250;
/** The text length at which a column is as wide as it gets (MAX_COLUMN_PT): its other cells need not be measured. */
const WIDEST_CHARS = Math.ceil((MAX_COLUMN_PT - 8) / CHAR_PT);

/**
 * The printed width of the table left of the block, estimated from the longest text of each visible column over the
 * table's rows (hosts hand over no column widths): enough to choose the page's orientation.
 */
function tableWidths(sheet: SheetData, top: number, bottom: number, skip: CellRange | null): number {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  let total = 0;
  let right = 0;
  for (let r = top; r <= bottom; r++) right = Math.max(right, sheet.values[r]?.length ?? 0);
  for (let c = 0; c < right; c++) {
    if (hidden.has(c) || (skip && c >= skip.left && c <= skip.right)) continue;
    let longest = 0;
    for (let r = top; r <= bottom && longest < WIDEST_CHARS; r++) {
      const v = cellAt(sheet, r, c) ?? null;
      // A number writes at most 24 characters ("-1.7976931348623157e+308"): not spelt out once a longer text is seen.
      if (typeof v === "number" && longest >= 24) continue;
      longest = Math.max(longest, cellText(v).length);
    }
    if (longest === 0) continue;
    total += Math.min(MAX_COLUMN_PT, Math.max(MIN_COLUMN_PT, longest * CHAR_PT + 8));
  }
  return total;
}

/**
 * The block with its template hint (SheetEdits.block.templates) as a property that is not enumerable: edits sent
 * elsewhere as data (the Sheets sidebar to its server, a structured clone) go without it, as they need nothing of it.
 */
function withTemplates(block: SheetEdits["block"], ids: Int32Array | null, width: number): SheetEdits["block"] {
  if (ids) Object.defineProperty(block, "templates", { value: { ids, width }, enumerable: false });
  return block;
}

/**
 * Heights (absolute rows) for block rows whose explanation wraps to more than one line at the explanation column's
 * width, for a body font up to 13 points; rows that fit on one line are left to the host's default.
 */
function wrappedHeights(cells: OutCell[][], explCol: number, absTop: number, headerIndexes: number[]): Record<number, number> {
  const perLine = Math.max(1, Math.floor((EXPLANATION_WIDTH - 8) / CHAR_PT));
  const out: Record<number, number> = {};
  // The header row: each of the tool's headings wraps in its own column ("Đánh giá (Chỉ tiêu): Gia đình văn hóa" in a
  // status column takes three lines), in bold, so the row is made as tall as its tallest heading; a user's header row
  // of fixed height would otherwise print the headings cut off.
  for (const headerIndex of headerIndexes) {
    const header = cells[headerIndex] ?? [];
    let headerLines = 1;
    header.forEach((c, k) => {
      const text = c && "text" in c ? c.text : undefined;
      if (!text) return;
      const width = k === explCol ? EXPLANATION_WIDTH : STATUS_WIDTH;
      headerLines = Math.max(headerLines, wrapLines(text, Math.max(1, Math.floor((width - 8) / (CHAR_PT * BOLD_FACTOR)))));
    });
    if (headerLines > 1) out[absTop + headerIndex] = headerLines * LINE_PT;
  }
  // A status label wraps in its column too ("Không đọc được chỉ tiêu", "Số liệu không hợp lệ" take two lines).
  const perStatus = Math.max(1, Math.floor((STATUS_WIDTH - 8) / CHAR_PT));
  cells.forEach((row, i) => {
    if (headerIndexes.includes(i)) return;
    let lines = 1;
    row.forEach((c, k) => {
      const text = !c ? undefined : "text" in c ? c.text : "formula" in c ? c.cached : undefined;
      if (text === undefined) return;
      if (k !== explCol) {
        if (text.length > perStatus) lines = Math.max(lines, wrapLines(text, perStatus));
        return;
      }
      // One line for sure (no more characters than a line holds, no line break): most short verdicts.
      if (text.length <= perLine && text.indexOf("\n") < 0) return;
      lines = Math.max(lines, text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(codePoints(part) / perLine)), 0));
    });
    if (lines > 1) out[absTop + i] = lines * LINE_PT;
  });
  return out;
}

/** Bold text is about a tenth wider than the body font CHAR_PT measures. */
const BOLD_FACTOR = 1.1;

/**
 * Lines a text takes when wrapped at word breaks into lines of `perLine` characters, as a spreadsheet wraps a cell (a
 * word longer than a line is broken).
 * @example wrapLines("Đánh giá (Chỉ tiêu): Gia đình văn hóa", 14) → 3
 */
export function wrapLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split("\n")) {
    let used = -1;
    let n = 1;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const len = codePoints(word);
      if (used >= 0 && used + 1 + len <= perLine) {
        used += 1 + len;
        continue;
      }
      if (used >= 0) n++;
      n += Math.max(0, Math.ceil(len / perLine) - 1);
      used = len % perLine === 0 ? perLine : len % perLine;
    }
    lines += n;
  }
  return lines;
}

/** Characters as a reader counts them ([...s].length), without making an array of them: it runs for every explanation. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Shortfalls a matrix row's summary names; the rest are counted (each has its own status cell in the row). */
const ROW_SUMMARY_NAMES = 3;

/**
 * One line per matrix row: "✓ 5/5 chỉ tiêu đạt", "… 4/5 chỉ tiêu đạt; 1 chỉ tiêu chưa có kết luận" or "✗ 3/5 chỉ tiêu
 * đạt; chưa đạt: Trẻ ra lớp, …". At most
 * ROW_SUMMARY_NAMES shortfalls are named and the others counted ("và 9 chỉ tiêu khác"): every one has its status cell
 * in the same row, and a cell listing thirty long names is read by no one yet made a wide matrix's output several
 * times larger (and its live formula past what one Excel request carries).
 */
export function rowSummary(its: Pick<CheckedItem, "name" | "verdict">[], lang: Lang): string {
  let met = 0;
  const short: string[] = [];
  for (const it of its) {
    const s = it instanceof Item ? it.judged.status : it.verdict.status;
    if (s === "met" || s === "exceeded") met++;
    else if (s === "not_met" || s === "near" || s === "overdue") short.push(it.name);
  }
  const all = formatNumber(its.length, lang);
  const named = short.slice(0, ROW_SUMMARY_NAMES).join(", ");
  const more = short.length - ROW_SUMMARY_NAMES;
  // The tick only when every indicator met: pending, no data or asked is no success ("… 0/3", never "✓ 0/3").
  const open = its.length - met - short.length;
  const mark = short.length ? "✗" : open > 0 ? "…" : "✓";
  if (lang === "en") {
    const head = `${mark} ${met}/${all} indicators met${!short.length && open > 0 ? `; ${formatNumber(open, lang)} not settled yet` : ""}`;
    return short.length ? `${head}; not met: ${named}${more > 0 ? ` and ${formatNumber(more, lang)} more` : ""}` : head;
  }
  const head = `${mark} ${met}/${all} chỉ tiêu đạt${!short.length && open > 0 ? `; ${formatNumber(open, lang)} chỉ tiêu chưa có kết luận` : ""}`;
  return short.length ? `${head}; chưa đạt: ${named}${more > 0 ? ` và ${formatNumber(more, lang)} chỉ tiêu khác` : ""}` : head;
}
