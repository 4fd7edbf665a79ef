// Legends under a table ("Đ: Đạt; CĐ: Chưa đạt", "x: có"): short marks a sheet defines for yes/no answers.
import type { CellValue } from "../types";
import type { SheetData } from "../sheet/model";
import { NO_WORDS, YES_WORDS } from "./vocabulary";

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
/** How far below the table a legend is looked for. */
const LEGEND_ROWS = 15;
// "Đ: Đạt", "CĐ = Chưa đạt", "(x) Có": a short mark, a colon or equals sign, words up to the next separator.
const ENTRY = /(?:^|[\s;,(–-])\(?([\p{L}\p{N}✓✔×]{1,4})\)?\s*[:=]\s*([\p{L} ]{2,30}?)\s*(?=[;,.)]|$|\s[-–]\s)/gu;

/**
 * Marks a legend under the table defines as yes or no ("- Đ: Đạt; CĐ: Chưa đạt."), lower case, with the words they
 * stand for. Only marks whose meaning is a word of the one yes/no vocabulary are taken.
 * @example legendOf(sheet, 17).get("cđ") → "Chưa đạt"
 */
export function legendOf(sheet: SheetData, afterRow: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = afterRow + 1; r < Math.min(sheet.values.length, afterRow + 1 + LEGEND_ROWS); r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      for (const m of v.normalize("NFC").matchAll(ENTRY)) {
        const mark = m[1].toLowerCase();
        const meaning = m[2].trim().toLowerCase().replace(/\s+/g, " ");
        if (YES.has(mark) || NO.has(mark)) continue;
        if (YES.has(meaning) || NO.has(meaning)) out.set(mark, m[2].trim());
      }
    }
  }
  return out;
}

/**
 * A cell with a legend's mark replaced by the words it stands for; other cells unchanged.
 * @example withLegend("CĐ", new Map([["cđ", "Chưa đạt"]])) → "Chưa đạt"
 */
export function withLegend(v: CellValue, legend: Map<string, string>): CellValue {
  if (legend.size === 0 || typeof v !== "string") return v;
  const hit = legend.get(v.trim().toLowerCase());
  return hit === undefined ? v : hit;
}
