// Targets written as sentences on a sheet of targets ("100% học sinh tham gia bảo hiểm y tế."), matched by their words
// to the indicators of a results table ("Tham gia BHYT"): one sentence naming every word of the heading, or none.
import type { Bilingual } from "../types";
import { parseTargetCached } from "../rule/parse";
import { isEmptyCell, type SheetData } from "./model";
import { cellText, fold, nameTokens } from "./text";
import { SECTION_ROW } from "./layout";
import { headingDepth } from "../table/sections";
import { titledTargets } from "./siblings";
import { eachScope } from "../table/vocabulary";
import { lineTarget, sentenceTarget } from "../table/target";
import type { MatrixLayout } from "./types";

export interface SentenceTarget {
  text: string;
  /** "Chi tieu!B6". */
  sheet: string;
  row: number;
  tokens: Set<string>;
  /** The line's words before the clause ("Chỉ tiêu năm 2026"): its period is the clause's. */
  label?: string;
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
  if (!said) return [];
  const line = (sheet.values[said.row] ?? []).map((v) => cellText(v).replace(/\s+/g, " ")).find((v) => v.includes(said.text)) ?? "";
  return [{ text: said.text, sheet: sheet.name, row: said.row, tokens: new Set(nameTokens(said.text)), label: labelOf(line, said.text) }];
}

/** The words of a line before its clause, back to the last sentence's end: "Chỉ tiêu năm 2026:" of "…; Chỉ tiêu năm 2026: tỷ lệ …". */
function labelOf(line: string, clause: string): string {
  const n = line.replace(/\s+/g, " ");
  const i = n.indexOf(clause);
  return i > 0 ? n.slice(0, i).split(/[;.]/).pop()! : "";
}

/**
 * A heading or its bracket saying the column holds a plan, not a result ("Số hộ (chỉ tiêu giao)", "Mức thu dự kiến",
 * "KH 2025"): words with their marks, so "chi tiêu" (spending), "kế hoạch hoá", "được giao đất" and "KHTN" are not.
 */
const planHeading = (h: string): boolean =>
  /(?<!\p{L})(chỉ tiêu|mục tiêu|kế hoạch(?! h(oá|óa))|dự kiến|được giao(?! +(?!năm|kỳ|quý|tháng)\p{L}))(?!\p{L})/u.test(h.normalize("NFC").toLowerCase()) || /(?<!\p{L})KH(?!\p{L})/u.test(h);
/** A heading of a share ("Tỷ lệ (%)", "TL", "phần trăm"), folded. */
export const SHARE = /%|\b(ti le|tl|phan tram)\b/;
/**
 * "đ", "đồng", "VNĐ": one unit; its scale said one way ("triệu đồng", "tr.đ"; "nghìn", "ngàn", "1000đ"; "tỷ", "tỉ"),
 * folded: "trieu dong". Another scale, or a scale on one side only, stays another unit.
 */
const unitWord = (x: string) =>
  fold(x)
    .replace(/^(?:(trieu|tr(?= ?d(ong)?$))|(nghin|ngan|1 ?000(?= ?d))|ti(?= )) ?/, (_, m, _d, k) => (m ? "trieu " : k ? "nghin " : "ti "))
    .replace(/(^| )(d|vnd)$/, "$1dong");

/**
 * Why a sentence naming every word of a column's heading must still not judge it, or null: the column holds a plan;
 * another column's heading fits the clause too and is not contained in this one's ("Số giáo viên" beside "Số giáo viên
 * tin học": the clause is the longer one's), unless this column is the share a share clause sets and the other counts;
 * the clause sets a share and the column holds counts (`counts`); its unit differs from the heading's ("đồng/khẩu"
 * over "đồng/hộ/tháng"), or it counts what another column counts ("thôn có trên 200 hộ" over "Số tổ"); or its label's
 * period starts after the sheet's ends ("Chỉ tiêu năm 2026:" over November 2025), or is a horizon not reached ("Mục
 * tiêu đến năm 2030:").
 * @example sentenceRefusal(s, "Số giáo viên", ["Số giáo viên tin học"], "2025-11-30")?.vi → 'câu cũng nêu cột "Số giáo viên tin học"'
 */
export function sentenceRefusal(s: SentenceTarget, heading: string, others: readonly string[], end: string, all: readonly SentenceTarget[] = [s], counts = false): Bilingual | null {
  const h = fold(heading);
  if (planHeading(heading)) return { vi: "cột ghi kế hoạch, không phải kết quả", en: "the column holds a plan, not a result" };
  const res = parseTargetCached(s.text, {});
  const rule = res.ok ? (res.rule as { kind: string; unit?: { kind: string; unit?: string; noun?: string } }) : undefined;
  const unit = rule?.unit;
  // "tỷ lệ … đạt từ 98%", "80% số hộ …", "Tỷ lệ học sinh …": a share, set on a share column, never on a count.
  const share = ((rule?.kind === "compare" || rule?.kind === "range") && unit?.kind === "percent") || /^ti le\b/.test(fold(s.text));
  if (share && counts) return { vi: "câu nêu tỷ lệ, cột ghi số lượng", en: "the sentence sets a share, the column holds counts" };
  const words = new Set(nameTokens(heading.replace(/\([^()]*\)/g, " ")));
  for (const o of others) {
    if (planHeading(o) || (share && SHARE.test(h) && !SHARE.test(fold(o)))) continue;
    const ow = nameTokens(o.replace(/\([^()]*\)/g, " "));
    // A heading several sentences name ("Số HS" in every "… học sinh …") is about none of them.
    if (ow.length < 2 || !ow.every((w) => s.tokens.has(w)) || all.some((t) => t !== s && ow.every((w) => t.tokens.has(w)))) continue;
    if (!(ow.length < words.size && ow.every((w) => words.has(w)))) return { vi: `câu cũng nêu cột "${o}"`, en: `the sentence also names column "${o}"` };
  }
  // "số hộ thu gom là số hộ được thu gom ít nhất 1 lần": a clause saying what the figure is sets no target for it.
  if (/(?<!\p{L})là (?!\d|(ít nhất|tối thiểu|không (quá|dưới)|tối đa|từ|trên|dưới|đạt)(?!\p{L}))/iu.test(s.text)) return { vi: "câu định nghĩa, không nêu chỉ tiêu", en: "the sentence defines, it sets no target" };
  const said = (unit?.unit ?? unit?.noun ?? "").split("/").map(unitWord);
  const own = /\(([^()]*\/[^()]*)\)/.exec(heading)?.[1]!.split("/").map(unitWord);
  const other = (n: string) => n !== "" && !words.has(n) && others.some((o) => nameTokens(o.replace(/\([^()]*\)/g, " ")).includes(n));
  // The parser keeps the unit without its scale, the value scaled ("60 triệu đồng/…" → 60000000 đồng/…): under a
  // heading's scale ("(triệu đồng/…)") the sentence must say the same one before the unit.
  const scale = new RegExp(`\\d ((trieu|tr|nghin|ngan|ti) ${fold((unit?.unit ?? "").split("/")[0]!) || "-"})(?![a-z0-9])`).exec(fold(s.text));
  const first = /^(trieu|nghin|ti) /.test(own?.[0] ?? "") && scale ? unitWord(scale[1]!) : said[0];
  if (unit?.unit && own && (first !== own[0] || said.slice(1).some((x) => !own.includes(x))) || (!own && other(said[0]!)))
    return { vi: `đơn vị của câu (${unit?.unit ?? unit?.noun}) không phải của cột`, en: `the sentence's unit (${unit?.unit ?? unit?.noun}) is not the column's` };
  const l = fold(s.label ?? "");
  const y = /\bden (nam )?(\d{4})\b/.exec(l);
  const m = /\bthang (\d{1,2}) (nam )?(\d{4})\b/.exec(l);
  const from = y ? `${y[2]}-12-31` : m ? `${m[3]}-${m[1]!.padStart(2, "0")}-01` : /\b(\d{4})\b/.exec(l)?.[1]?.concat("-01-01");
  if (from && from > end) return { vi: `nhãn "${s.label!.trim()}" nêu kỳ sau kỳ của trang`, en: `its label "${s.label!.trim()}" names a later period than the sheet's` };
  return null;
}

/** A clause setting each unit's figure ("mỗi thôn", "100 hộ/thôn"): never the total's. */
export const perUnit = (text: string, noun: string): boolean => eachScope(text) || new RegExp(`/ ?${noun}(?!\\p{L})`, "iu").test(text);

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
    cur = said ? { text: said, sheet: sheet.name, row: r, tokens: new Set(nameTokens(said)), label: labelOf(texts[0]!, said) } : null;
    alone = seen === 0;
    seen++;
    units = 0;
    if (said) titles.push(r);
  }
  return { of, titles };
}
