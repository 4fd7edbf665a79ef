// A conclusion judged from its parts: "Kết luận tiêu chí (Đạt / Không đạt)" beside "Chỉ số a | Chỉ số b | Chỉ số c"
// marked Đạt/Không đạt, where the sheet says a criterion is met only when all its indicators are ("Tiêu chí được đánh
// giá đạt khi tất cả các chỉ số trong tiêu chí đạt"). The row is met when every part is, not met when one is not,
// asked when a part is blank; the sheet's own conclusion is checked, never taken on its word.
import type { CellValue } from "../types";
import type { Rule } from "../rule/schema";
import { restated } from "../rule/verdict";
import { NO_WORDS, YES_WORDS } from "../table/vocabulary";
import { mergedText } from "../table/read";
import { type SheetData, columnLetters, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import { Item, Judged } from "./item";
import { type Ctx, judge, reviewVerdict } from "./judge";
import type { ListLayout } from "./types";
import type { Part } from "./list";
import { notJudged } from "./coverage";

const BOOLEAN_RULE: Rule = { kind: "boolean" };
const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
/** The sheet's sentence making a whole met only when all its parts are ("đạt khi cả 3 chỉ số đạt", "khi tất cả … đạt"). */
const ALL_PASS = /\bdat khi (tat ca|ca|moi|toan bo|du)\b.{0,60}\bdat\b/;
/** Its parts and its own words: not a negated rule, no exception, a count equal to the parts', the parts' own noun. */
const ALL_OF = /\b(khong |chua )?dat khi (?:tat ca|ca|moi|toan bo|du) (?:(\d+|hai|ba|bon|nam)(?:\/(\d+))? )?(?:cac |nhung )?([a-z]+ [a-z]+)(.*)$/;
const COUNTS: Record<string, number> = { hai: 2, ba: 3, bon: 4, nam: 5 };

/** Whether the sheet's all-pass sentence speaks of these parts, all of them, without exception; else it is not applied. */
export function allOf(sentence: string, labels: string[]): boolean {
  const m = ALL_OF.exec(fold(sentence));
  if (!m || m[1] || /\b(hoac|tru|nhung|neu|it nhat|tro len)\b/.test(m[5])) return false;
  const n = m[2] === undefined ? labels.length : (COUNTS[m[2]] ?? Number(m[2]));
  return n === labels.length && (m[3] === undefined || Number(m[3]) === n) && labels.every((l) => fold(l).includes(m[4]));
}
/** A heading of the row's own conclusion ("Kết luận tiêu chí", "Đánh giá chung"). */
const CONCLUSION = /^(ket luan|danh gia chung|ket qua chung|xep loai chung)\b/;

const answer = (v: CellValue | undefined): "yes" | "no" | "blank" | "other" => {
  if (isEmptyCell(v)) return "blank";
  if (typeof v === "boolean") return v ? "yes" : "no";
  const low = cellText(v).trim().toLowerCase().replace(/\s+/g, " ");
  return YES.has(low) ? "yes" : NO.has(low) ? "no" : "other";
};

/** The sheet's all-pass sentence, or null. */
function allPassSentence(sheet: SheetData): string | null {
  for (const row of sheet.values) for (const v of row ?? []) if (typeof v === "string" && v.length < 300 && ALL_PASS.test(fold(v))) return v.trim().replace(/^-\s*/, "");
  return null;
}

/** Mostly yes/no answers over the data rows. */
function marks(sheet: SheetData, col: number, rows: number[]): boolean {
  let seen = 0;
  let yn = 0;
  for (const r of rows) {
    const a = answer(sheet.values[r]?.[col]);
    if (a === "blank") continue;
    seen++;
    if (a !== "other") yn++;
  }
  return seen > 0 && yn * 2 > seen;
}

/**
 * Items for a list whose rows carry no target, judged by the all-pass rule the sheet states, or [] when the sheet has
 * no such rule, conclusion column or two part columns of marks before it.
 */
export function allPassItems(ctx: Ctx, layout: ListLayout, part?: Pick<Part, "notJudged" | "notJudgedTotal">): Item[] {
  const { sheet } = ctx;
  const nameCol = layout.columns.name;
  const heading = mergedText(sheet, layout.headerRows);
  const width = Math.max(0, ...layout.headerRows.map((r) => sheet.values[r]?.length ?? 0));
  // Cheap first: a conclusion heading, before any data row or the sheet's sentences are read.
  if (nameCol === undefined || !layout.headerRows.some((h) => { for (let c = 0; c < width; c++) if (CONCLUSION.test(fold(heading(h, c)))) return true; return false; })) return [];
  const sentence = allPassSentence(sheet);
  const rows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) rows.push(r);
  let concl = -1;
  for (let c = 0; c < width && concl < 0; c++) if (CONCLUSION.test(fold(layout.headerRows.map((h) => heading(h, c)).filter(Boolean)[0] ?? "")) && marks(sheet, c, rows)) concl = c;
  const parts: number[] = [];
  for (let c = concl - 1; c > nameCol && marks(sheet, c, rows); c--) parts.unshift(c);
  const label = (c: number) => heading(layout.headerRows[layout.headerRows.length - 1], c) || columnLetters(c);
  if (concl < 0 || parts.length < 2) return [];
  if (!sentence || !allOf(sentence, parts.map((c) => layout.headerRows.map((h) => heading(h, c)).join(" ")))) {
    // Conclusions beside their parts and no rule the sheet states for them: nothing judged, and said where the user
    // looks (never a check with nothing judged and nothing said).
    const said = rows.filter((r) => !isEmptyCell(sheet.values[r]?.[concl]));
    if (part && part.notJudgedTotal === 0 && said.length > 0) {
      part.notJudgedTotal += said.length;
      part.notJudged.push(notJudged(ctx, { row: said[0], cell: { row: said[0], col: concl }, name: layout.headerRows.map((h) => heading(h, concl)).filter(Boolean)[0] ?? label(concl), reason: "unstated_rule", units: { vi: `${said.length} dòng`, en: `rows: ${said.length}` }, detail: sentence ?? "" }));
    }
    return [];
  }
  const items: Item[] = [];
  for (const r of rows) {
    const row = sheet.values[r] ?? [];
    const said = answer(row[concl]);
    const name = cellText(row[nameCol]).trim();
    if (said === "blank" || said === "other" || name === "") continue;
    const got = parts.map((c) => answer(row[c]));
    const met = judge(ctx, BOOLEAN_RULE, true, "auto", name).verdict;
    const notMet = judge(ctx, BOOLEAN_RULE, false, "auto", name).verdict;
    const no = parts.filter((_, i) => got[i] === "no").map(label);
    const open = parts.filter((_, i) => got[i] === "blank" || got[i] === "other").map(label);
    const wrote = cellText(row[concl]).trim();
    let v;
    if (no.length > 0) {
      v = restated(ctx.lang, notMet, "not_met", { vi: `Chưa đạt: ${no.join(", ")} không đạt (ghi "${wrote}")`, en: `Not met: ${no.join(", ")} not met (written "${wrote}")` });
    } else if (open.length > 0) {
      v = reviewVerdict(ctx.lang, met, notMet, { vi: `nếu ${open.join(", ")} đạt`, en: `if ${open.join(", ")} is met` }, { vi: "nếu không", en: "if not" }, { vi: `đánh giá ${open.join(", ")}`, en: `assess ${open.join(", ")}` });
    } else {
      v = restated(ctx.lang, met, "met", { vi: `Đạt: ${parts.map(label).join(", ")} đều đạt`, en: `Met: ${parts.map(label).join(", ")} all met` });
    }
    items.push(new Item(Judged.beyondFormula(v), r, { row: r, col: concl }, name, [], sentence, "sheet", row[concl] ?? null, "auto", { by: "none", score: 0 }));
  }
  return items;
}
