// A unit table split into bands by rows that carry the band's targets under the judged columns ("Khối 4-5 tuổi (4
// lớp) | | Chỉ tiêu: ≥ 90% | | Dưới 3%" over its classes): each band row is no unit, its phrases the targets of the
// units under it until the next band row. Read only where the row holds no figure in any judged column, and at least
// one phrase that states a bar (a bound word or sign before a number), never a figure typed as text ("01 trẻ").
import { type SheetData, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import type { MatrixLayout } from "./types";

/** A phrase stating a bar: an optional "Chỉ tiêu:" then a bound word (folded) or sign before a number. */
const LEAD = /^(?:(?:chỉ tiêu|kế hoạch|mục tiêu)\s*:?\s*)?/;
const SIGN = /^(?:>=|<=|≥|≤|>|<)\s*\d/;
const WORD = /^(?:duoi|tren|toi thieu|toi da|khong qua|khong duoi|khong thap hon|it nhat|tu) \d/;
const isBar = (v: string) => {
  const t = v.normalize("NFC").trim().toLowerCase().replace(LEAD, "");
  return SIGN.test(t) || WORD.test(fold(t));
};

/**
 * The band rows of a unit table (see above), in order; [] when there are none or no unit follows one.
 * @example bandRows(sheet, layout) → [9, 13, 18] (rows "Khối 3-4 tuổi", "Khối 4-5 tuổi", "Khối 5-6 tuổi")
 */
export function bandRows(sheet: SheetData, layout: MatrixLayout): number[] {
  const cols = layout.groups.flatMap((g) => [g.col, g.rate, g.numerator, g.denominator]).filter((c): c is number => c !== undefined);
  if (cols.length === 0) return [];
  // Rows the layout already placed (a target row, its horizon's row, totals, sections) are never bands.
  const placed = new Set([...(layout.excludedRows ?? []).map((e) => e.row), ...(layout.totalRows ?? []), layout.targetRow, layout.targetRowMax, layout.totalRow]);
  const out: number[] = [];
  let units = 0;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (placed.has(r)) continue;
    const row = sheet.values[r];
    if (cellText(row?.[layout.unitColumn]).trim() === "") continue;
    let bar = false;
    let figure = false;
    for (const c of cols) {
      const v = row?.[c];
      if (isEmptyCell(v)) continue;
      if (typeof v === "string" && isBar(v)) bar = true;
      else figure = true;
    }
    if (bar && !figure && (layout.sttColumn === undefined || isEmptyCell(row?.[layout.sttColumn]))) out.push(r);
    else if (out.length > 0) units++;
  }
  return units > 0 ? out : [];
}
