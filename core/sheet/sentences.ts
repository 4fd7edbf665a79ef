// Targets written as sentences on a sheet of targets ("100% học sinh tham gia bảo hiểm y tế."), matched by their words
// to the indicators of a results table ("Tham gia BHYT"): one sentence naming every word of the heading, or none.
import type { Bilingual } from "../types";
import { parseTargetCached } from "../rule/parse";
import { isEmptyCell, type SheetData } from "./model";
import { fold, nameTokens } from "./text";
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
 * figure on the row): each unit under the title, and the total closing them, takes its sentence; a title stating none
 * ends the one before. `titles` are the rows holding such sentences (never units).
 * @example sectionSentences(sheet, layout).of.get(11)?.text → "tỷ lệ tốt nghiệp từ 95% trở lên"
 */
export function sectionSentences(sheet: SheetData, layout: MatrixLayout): { of: Map<number, SentenceTarget>; titles: number[] } {
  const cols = layout.groups.flatMap((g) => [g.col, g.rate, g.numerator, g.denominator]).filter((c): c is number => c !== undefined);
  const totals = new Set(layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : []));
  const sections = new Set((layout.excludedRows ?? []).filter((e) => e.kind === "section").map((e) => e.row));
  const of = new Map<number, SentenceTarget>();
  const titles: number[] = [];
  let cur: SentenceTarget | null = null;
  let units = 0;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const row = sheet.values[r] ?? [];
    if (totals.has(r)) {
      // A total after the section's units is theirs and closes it.
      if (cur && units > 0) of.set(r, cur);
      if (units > 0) cur = null;
      continue;
    }
    const texts = cols.every((c) => isEmptyCell(row[c])) ? row.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
    const said = texts.length === 1 ? lineTarget(texts[0]) : null;
    if (said || sections.has(r)) {
      cur = said ? { text: said, sheet: sheet.name, row: r, tokens: new Set(nameTokens(said)) } : null;
      units = 0;
      if (said) titles.push(r);
    } else if (cur && !isEmptyCell(row[layout.unitColumn])) {
      of.set(r, cur);
      units++;
    }
  }
  return { of, titles };
}
