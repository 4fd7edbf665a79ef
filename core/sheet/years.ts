// Years side by side: a plan and a result column per year under one heading each ("Năm 2016 | KH | TH", "Năm 2017 |
// KH | Ước TH"). The reader keeps the latest year's pair; each earlier year's pair is judged as well, its result
// against its own year's plan, never against another year's.
import { combineTexts, mergedText } from "../table/read";
import type { SheetData } from "./model";
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
  for (let c = 0; c + 1 < width; c++) {
    if (used.has(c) || used.has(c + 1)) continue;
    const t = at(c);
    const a = at(c + 1);
    const y = t.reading.year;
    if (t.reading.role !== "target" || a.reading.role !== "actual" || y === undefined || y >= y0 || a.reading.year !== y) continue;
    if (t.reading.horizon || a.reading.horizon || t.reading.prior || a.reading.prior || t.texts.length < 2 || t.texts[0] !== a.texts[0]) continue;
    // A result of part of the year ("KH năm | TH 6 tháng") is no answer to the year's plan.
    if (a.reading.term !== t.reading.term) continue;
    out.push({ target: c, actual: c + 1, year: y });
    c++;
  }
  return out;
}
