// Targets written as sentences on a sheet of targets ("100% học sinh tham gia bảo hiểm y tế."), matched by their words
// to the indicators of a results table ("Tham gia BHYT"): one sentence naming every word of the heading, or none.
import type { Bilingual } from "../types";
import { parseTargetCached } from "../rule/parse";
import { isEmptyCell, type SheetData } from "./model";
import { cellText, fold, nameTokens } from "./text";
import { SECTION_ROW } from "./layout";
import { headingDepth } from "../table/sections";
import { titledTargets } from "./siblings";
import { lineTarget, sentenceTarget } from "../table/target";
import type { MatrixLayout } from "./types";

export interface SentenceTarget {
  text: string;
  /** "Chi tieu!B6". */
  sheet: string;
  row: number;
  tokens: Set<string>;
}

/** Sentences shorter than this are headings or labels, longer ones pasted paragraphs. */
const MIN_SENTENCE = 15;
const MAX_SENTENCE = 300;
/** Sentences read from one sheet at most: a sheet of targets is a page, not a register. */
const MAX_SENTENCES = 200;

/**
 * The target sentences of the workbook's other sheets whose name or title says they hold targets ("Chi tieu", "C.
 * MỤC TIÊU, CHỈ TIÊU"): each text cell the target reader reads as a target.
 * @example sentenceTargets(sheet, [chiTieu]) → [{ text: "100% học sinh tham gia bảo hiểm y tế.", sheet: "Chi tieu", row: 5, … }]
 */
export function sentenceTargets(sheet: SheetData, siblings: readonly SheetData[]): SentenceTarget[] {
  const out: SentenceTarget[] = [];
  for (const other of siblings) {
    if (other === sheet || other.name === sheet.name) continue;
    if (!titledTargets(other, [sheet.name, ...siblings.map((o) => o.name)])) continue;
    let n = 0;
    for (let r = 0; r < other.values.length && n < MAX_SENTENCES; r++) {
      for (const v of other.values[r] ?? []) {
        if (typeof v !== "string" || v.length < MIN_SENTENCE || v.length > MAX_SENTENCE) continue;
        const text = v.replace(/\s+/g, " ").trim();
        // A sentence with a figure or a "không" (a zero target), read as a target.
        if (!/\d|không|khong/iu.test(text)) continue;
        const res = parseTargetCached(text, {});
        if (!res.ok) continue;
        out.push({ text, sheet: other.name, row: r, tokens: new Set(nameTokens(text)) });
        n++;
      }
    }
  }
  return out;
}

/**
 * The target sentence written on the sheet itself above a table's header ("Chỉ tiêu năm học 2018-2019: tỷ lệ học sinh
 * ra lớp đạt 99% trở lên." over communes as rows): the same reading as the list's sentence above (`sentenceTarget`),
 * offered to a matrix's columns as a sheet of targets' sentences are, matched by every word of a column's heading.
 * @example ownSentences(sheet, 8) → [{ text: "tỷ lệ học sinh ra lớp, duy trì sĩ số đạt 99% trở lên.", sheet: "Ra lop theo xa", row: 6, … }]
 */
export function ownSentences(sheet: SheetData, headerTop: number): SentenceTarget[] {
  const said = sentenceTarget(sheet, headerTop);
  return said ? [{ text: said.text, sheet: sheet.name, row: said.row, tokens: new Set(nameTokens(said.text)) }] : [];
}

/**
 * The one sentence holding every word of an indicator's heading (its bracketed remark left out); undefined when none
 * does, and `ambiguous` when two do (never guessed).
 * @example sentenceFor(sentences, "Tham gia BHYT") → { text: "100% học sinh tham gia bảo hiểm y tế.", … }
 */
export function sentenceFor(sentences: readonly SentenceTarget[], heading: string): SentenceTarget | "ambiguous" | undefined {
  if (sentences.length === 0) return undefined;
  const words = nameTokens(heading.replace(/\([^()]*\)/g, " "));
  // One word ("Cộng", "SL") names no indicator.
  if (words.length < 2) return undefined;
  const hits = sentences.filter((s) => words.every((w) => s.tokens.has(w)));
  if (hits.length === 0) return undefined;
  return hits.length === 1 ? hits[0] : "ambiguous";
}

/** What the check says it did with a sentence. */
export function sentenceDecision(heading: string, s: SentenceTarget): Bilingual {
  return {
    vi: `Chỉ tiêu của "${heading}" lấy từ câu "${s.text}" (trang ${s.sheet}, dòng ${s.row + 1}).`,
    en: `The target of "${heading}" is the sentence "${s.text}" (sheet ${s.sheet}, row ${s.row + 1}).`,
  };
}

/**
 * Targets written in a units table's section titles ("A. HỆ THPT (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)", no
 * figure on the row): each unit row with figures that follows the title, up to the next row that is not one, takes its
 * sentence. Any row of text with no figures ends the section (a title stating none, a unit not yet reported, a note),
 * as does a total, which takes the sentence only when it closes that section alone (never a grand total over several).
 * A title in the name column must be marked as one ("II.", "Khối …"): a unit's name there is never a title, even one
 * holding a target. `titles` are the rows holding such sentences (never units).
 * @example sectionSentences(sheet, layout).of.get(11)?.text → "tỷ lệ tốt nghiệp từ 95% trở lên"
 */
export function sectionSentences(sheet: SheetData, layout: MatrixLayout): { of: Map<number, SentenceTarget>; titles: number[] } {
  const cols = layout.groups.flatMap((g) => [g.col, g.rate, g.numerator, g.denominator]).filter((c): c is number => c !== undefined);
  const totals = new Set(layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : []));
  const u = layout.unitColumn;
  const stt = layout.sttColumn;
  const of = new Map<number, SentenceTarget>();
  const titles: number[] = [];
  let cur: SentenceTarget | null = null;
  let units = 0;
  // Rows of text since the last total, before the current title: some, and a total closes more than its section.
  let seen = 0;
  let alone = false;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const row = sheet.values[r] ?? [];
    if (totals.has(r)) {
      if (cur && units > 0 && alone) of.set(r, cur);
      cur = null;
      seen = 0;
      continue;
    }
    const named = !isEmptyCell(row[u]);
    if (!cols.every((c) => isEmptyCell(row[c]))) {
      if (cur && named) {
        of.set(r, cur);
        units++;
      }
      if (named) seen++;
      continue;
    }
    const texts = row.filter((v): v is string => typeof v === "string" && v.trim() !== "");
    if (texts.length === 0) continue;
    const name = cellText(row[u]).trim();
    const marked = !named || headingDepth(stt === undefined ? "" : cellText(row[stt]), name) <= 1 || SECTION_ROW.test(fold(name));
    const said = texts.length === 1 && marked ? lineTarget(texts[0]) : null;
    cur = said ? { text: said, sheet: sheet.name, row: r, tokens: new Set(nameTokens(said)) } : null;
    alone = seen === 0;
    seen++;
    units = 0;
    if (said) titles.push(r);
  }
  return { of, titles };
}
