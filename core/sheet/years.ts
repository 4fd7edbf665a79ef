// Years side by side: a plan and a result column per year under one heading each ("Năm 2016 | KH | TH", "Năm 2017 |
// KH | Ước TH"). The reader keeps the latest year's pair; each earlier year's pair is judged as well, its result
// against its own year's plan, never against another year's.
import { combineTexts, mergedText } from "../table/read";
import { readHeader } from "../table/header";
import { type SheetData, isEmptyCell } from "./model";
import type { ListLayout } from "./types";

/** An earlier year's plan and result columns beside the pair the layout uses. */
export interface YearPair {
  target: number;
  actual: number;
  year: number;
}

/**
 * The earlier years' plan/result pairs of a list whose target and actual headings name the same year: a plan column
 * of an earlier year followed directly by that year's result column under the same top heading. A horizon ("Mục
 * tiêu đến năm 2020"), an earlier period ("TH 2015" alone) or a column with no partner is no pair.
 * @example yearPairs(sheet, layout) → [{ target: 3, actual: 4, year: 2016 }] (D "Năm 2016 / KH", E "Năm 2016 / TH")
 */
export function yearPairs(sheet: SheetData, layout: ListLayout): YearPair[] {
  const { target, actual } = layout.columns;
  const y0 = layout.headings?.actual?.year;
  if (target === undefined || actual === undefined || y0 === undefined || layout.headings?.target?.year !== y0) return [];
  const text = mergedText(sheet, layout.headerRows);
  const at = (c: number) => {
    const texts: string[] = [];
    for (const r of layout.headerRows) {
      const t = text(r, c);
      if (t !== "" && t !== texts[texts.length - 1]) texts.push(t);
    }
    return { texts, reading: combineTexts(texts) };
  };
  // (The previous year's result may be the baseline of the latest: it is still its own year's result.)
  const used = new Set(Object.entries(layout.columns).filter(([k]) => k !== "baseline").map(([, c]) => c));
  const out: YearPair[] = [];
  const width = Math.max(...layout.headerRows.map((r) => sheet.values[r]?.length ?? 0));
  // A blank spacer column between a year's plan and its result ("KH | (blank) | TH") parts no pair.
  const blank = (c: number) => {
    for (let r = layout.headerRows[0]; r <= layout.lastDataRow; r++) if (!isEmptyCell(sheet.values[r]?.[c])) return false;
    return true;
  };
  for (let c = 0; c + 1 < width; c++) {
    let n = c + 1;
    while (n + 1 < width && blank(n)) n++;
    if (used.has(c) || used.has(n)) continue;
    let t = at(c);
    let a = at(n);
    // A block heading over both ("Kết quả thực hiện ⟩ Năm 2016 ⟩ KH | TH") names no role: each is read from below it.
    if (t.texts.length >= 3 && a.texts.length >= 3 && t.texts[0] === a.texts[0] && readHeader(t.texts[0]).role) {
      const below = (x: typeof t) => ({ texts: x.texts.slice(1), reading: combineTexts(x.texts.slice(1)) });
      [t, a] = [below(t), below(a)];
    }
    const y = t.reading.year;
    if (t.reading.role !== "target" || a.reading.role !== "actual" || y === undefined || y >= y0 || a.reading.year !== y) continue;
    if (t.reading.horizon || a.reading.horizon || t.reading.prior || a.reading.prior || t.texts.length < 2 || t.texts[0] !== a.texts[0]) continue;
    // A result of part of the year ("KH năm | TH 6 tháng") is no answer to the year's plan.
    if (a.reading.term !== t.reading.term) continue;
    out.push({ target: c, actual: n, year: y });
    c = n;
  }
  return out;
}
