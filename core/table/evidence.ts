// What the cells under a heading hold, read without the heading: figures, targets, marks, names. A column or row is given a role by this evidence when its heading says nothing, or says something its data contradicts.
import type { CellValue } from "../types";
import { isCellError } from "../types";
import { NO_DATA_TEXTS, readCell } from "../number/cell";
import { parseTargetCached } from "../rule/parse";
import type { SheetData } from "../sheet/model";
import { fold } from "../sheet/text";
import { MARKS, NO_WORDS, TARGET_PHRASE, YES_WORDS } from "./vocabulary";

/** What one cell holds, as far as its role in a table goes. */
export type CellKind =
  /** Blank, or a placeholder ("-", "Chưa có số liệu"). */
  | "empty"
  /** A number, a share, a count with its noun, a level or rank ("85,7%", "22 trường", "Cấp độ 2"). */
  | "figure"
  /** A target phrase: words a figure is never written with ("Từ 45% trở lên", "Ít nhất 15 giải"). */
  | "target"
  /** A mark whose column heading is the value ("x", "✓"). */
  | "mark"
  /** A yes/no word ("Đạt", "Chưa đạt", "Hoàn thành"). */
  | "yesno"
  /** A date. */
  | "date"
  /** Any other text: a name, a sentence. */
  | "text";

const YES_NO = new Set([...YES_WORDS, ...NO_WORDS]);
// "≥ 95%", "> 80%": comparison signs make a target (fold drops them, so they are tested on the raw text).
const SIGNS = /^\s*[≥≤<>]=?\s*\d/;

/**
 * The kind of one cell. Text is tested for target words before it is read as a figure, so "Từ 45% trở lên" is a
 * target although it holds a share; a mark is a mark before it is a yes word.
 * @example cellKind("Từ 45% trở lên") → "target" · cellKind("47,3%") → "figure" · cellKind("x") → "mark" · cellKind("Nguyễn Văn An") → "text"
 */
export function cellKind(v: CellValue): CellKind {
  if (v === null || v === undefined) return "empty";
  if (typeof v === "number") return Number.isFinite(v) ? "figure" : "empty";
  if (typeof v === "boolean") return "yesno";
  if (v instanceof Date) return "date";
  if (isCellError(v)) return "figure";
  if (typeof v !== "string") return "empty";
  const text = v.replace(/\s+/g, " ").trim();
  if (text === "") return "empty";
  const low = text.toLowerCase();
  if (MARKS.has(low)) return "mark";
  if (NO_DATA_TEXTS.has(low)) return "empty";
  if (YES_NO.has(low)) return "yesno";
  if (text.length <= 120 && /\d/.test(text) && (SIGNS.test(text) || TARGET_PHRASE.test(fold(text))) && parseTargetCached(text).ok) return "target";
  const r = readCell(text);
  switch (r.kind) {
    case "number":
    case "fraction":
    case "level":
    case "rank":
    case "error":
      return "figure";
    case "date":
      return "date";
    case "boolean":
      return "yesno";
    case "empty":
      return "empty";
    default:
      return "text";
  }
}

/** Counts of each kind of cell in a column (or row), and how the texts look. */
export interface Evidence {
  filled: number;
  figure: number;
  target: number;
  mark: number;
  yesno: number;
  date: number;
  text: number;
  /** Distinct texts among the "text" cells. */
  distinct: number;
  /** Mean length of the "text" cells. */
  textLength: number;
}

/** Cells looked at per column: enough to tell a column's kind, bounded so a big sheet costs no more. */
export const EVIDENCE_SAMPLE = 40;

/**
 * The evidence of the cells of column `col` over `rows` (hidden rows skipped by the caller), at most EVIDENCE_SAMPLE
 * filled cells.
 * @example columnEvidence(sheet, 2, [9, 10, 11]) → { filled: 3, target: 3, figure: 0, … }
 */
export function columnEvidence(sheet: SheetData, col: number, rows: Iterable<number>): Evidence {
  return evidenceOf((function* () {
    for (const r of rows) yield sheet.values[r]?.[col];
  })());
}

/**
 * The evidence of a row's cells at the given columns.
 * @example rowEvidence(sheet, 19, [2, 3, 4, 5]) → { filled: 4, target: 1, figure: 3, … }
 */
export function rowEvidence(sheet: SheetData, row: number, cols: Iterable<number>): Evidence {
  const values = sheet.values[row] ?? [];
  return evidenceOf((function* () {
    for (const c of cols) yield values[c];
  })());
}

function evidenceOf(cells: Iterable<CellValue>): Evidence {
  const e: Evidence = { filled: 0, figure: 0, target: 0, mark: 0, yesno: 0, date: 0, text: 0, distinct: 0, textLength: 0 };
  const texts = new Set<string>();
  let length = 0;
  for (const v of cells) {
    if (e.filled >= EVIDENCE_SAMPLE) break;
    const k = cellKind(v);
    if (k === "empty") continue;
    e.filled++;
    e[k]++;
    if (k === "text") {
      const t = String(v).trim();
      texts.add(t);
      length += t.length;
    }
  }
  e.distinct = texts.size;
  e.textLength = e.text > 0 ? length / e.text : 0;
  return e;
}

/**
 * True when a column's (or row's) cells are mostly targets: at least two in five filled cells are target phrases
 * and they outnumber the yes/no answers. "80%" and "6 phòng" are targets or figures alike; the phrases decide.
 * @example holdsTargets({ filled: 7, target: 4, figure: 3, … }) → true
 */
export function holdsTargets(e: Evidence): boolean {
  return e.target >= 1 && e.target * 5 >= e.filled * 2 && e.target > e.yesno && e.target >= e.text;
}

/**
 * True when a column's cells are mostly marks ("x", "✓"): its heading is the value of the rows marked.
 * @example holdsMarks({ filled: 9, mark: 9, … }) → true
 */
export function holdsMarks(e: Evidence): boolean {
  return e.mark >= 1 && e.mark * 5 >= e.filled * 4;
}

/**
 * True when a column's cells are mostly figures (numbers, shares, levels, yes/no answers, dates): a column of results.
 * @example holdsFigures({ filled: 7, figure: 6, text: 1, … }) → true
 */
export function holdsFigures(e: Evidence): boolean {
  const figures = e.figure + e.yesno + e.date;
  return figures >= 1 && figures * 5 >= e.filled * 3;
}

/**
 * True when a column's cells are names: mostly texts that are neither figures nor targets, nearly all different,
 * long enough to name something ("Tiêu chí 1.1", "Nguyễn Văn An", "Huyện Phú Vang").
 * @example holdsNames({ filled: 6, text: 6, distinct: 6, textLength: 13, … }) → true
 */
export function holdsNames(e: Evidence): boolean {
  return e.text >= 2 && e.text * 5 >= e.filled * 3 && e.distinct * 5 >= e.text * 4 && e.textLength >= 4;
}
