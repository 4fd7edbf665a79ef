// The one percent-scale rule: whether a plain number in a cell is a fraction (0,65 = 65%) or percent points (65 = 65%).
import type { CellValue } from "../types";
import type { PercentScale } from "../rule/verdict";
import { fold } from "../sheet/text";

/** What the sheet says about one cell's scale (the caller has already decided the cell is a percent figure). */
export interface ScaleEvidence {
  /** The cell's number format ("0.0%", "General"). */
  format?: string;
  /** Other percent cells of the same column: plain numbers above 1 (points), percent-formatted cells (fractions). */
  column?: ColumnScale;
  /** The share the target asks for (0,65 for "ít nhất 65%"), when the target is a share. */
  threshold?: number;
  /** The share a count and its total on the same row give (3 of 308 → 0,0097), when the row has them. */
  rowShare?: number;
}

/** What the other percent cells of a column show; see `columnScale`. */
export interface ColumnScale {
  /** A plain number above 1 in a percent row: the column writes percent points. */
  points: boolean;
  /** A cell formatted as percent, and no plain number above 1: the column holds fractions. */
  fractions: boolean;
  /** The smallest and largest plain number in (0, 1] of the column, when it has any: the column's figures are read at one scale. */
  low?: number;
  high?: number;
}

/** How far (a factor either way) a reading may sit from its target and still be a reading of it. */
export const PLAUSIBLE = 20;

/**
 * The scale of a percent cell (under ĐVT "%", a "(%)" heading, or judged against a percent target), or "either"
 * when both readings are honest and the sheet does not decide:
 * - a percent number format decides "fraction" (the cell holds 0,003 for 0,3%);
 * - a plain number above 1 is "points" (95 is 95%: no share of one is above 1), 0 is 0 either way;
 * - for a plain number up to 1, the row decides first: a count and its total beside it that give the same share
 *   (0,97 beside 3 of 308 is 0,97%); then the column (0,3 among 95 and 98 is 0,3%; among percent-formatted cells a
 *   fraction) and the target (a reading a hundred times off the target is no reading: 0,7 against 65% is 70%).
 *   When the column and the target point different ways, or neither says anything, it is "either".
 * The caller judges "either" both ways and asks the user ("Cần xác nhận") only when the verdicts differ.
 * Text figures ("85,7%") carry their own scale: "auto".
 * @example cellScale(0.3, { column: { points: true, fractions: false }, threshold: 0.01 }) → "points"
 * @example cellScale(0.93, { column: { points: true, fractions: false }, threshold: 0.88 }) → "either"
 * @example cellScale(0.632, { format: "0.0%" }) → "fraction"
 */
export function cellScale(value: CellValue, ev: ScaleEvidence): PercentScale | "either" {
  if (ev.format && ev.format.includes("%") && !/"[^"]*%[^"]*"/.test(ev.format)) return "fraction";
  if (typeof value !== "number" || !Number.isFinite(value)) return "auto";
  // 0 is 0 in both readings; negatives are changes, read as points ("-0,5" điểm %).
  if (value <= 0) return "points";
  if (value > 1) return "points";
  if (ev.rowShare !== undefined && Number.isFinite(ev.rowShare)) {
    const p = Math.abs(value / 100 - ev.rowShare) <= 0.0005;
    const f = Math.abs(value - ev.rowShare) <= 0.005;
    if (p && !f) return "points";
    if (f && !p) return "fraction";
  }
  const byColumn = ev.column?.points ? "points" : ev.column?.fractions ? "fraction" : undefined;
  let byTarget: "points" | "fraction" | undefined;
  if (ev.threshold !== undefined && ev.threshold > 0) {
    const byT = (v: number): "points" | "fraction" | undefined => {
      const near = (x: number) => x / ev.threshold! >= 1 / PLAUSIBLE && x / ev.threshold! <= PLAUSIBLE;
      const p = near(v / 100);
      const f = near(v);
      return p && !f ? "points" : f && !p ? "fraction" : undefined;
    };
    byTarget = byT(value);
    // One scale for the column: the target reads the column's other plain figures the same way, or it decides
    // nothing (0,02 among 0,375 and 0,8 under "dưới 1%" is not 2% while they are 0,375% and 0,8%).
    const { low, high } = ev.column ?? {};
    const other = byTarget === "points" ? "fraction" : "points";
    if (!byColumn && byTarget && low !== undefined && high !== undefined && (byT(low) === other || byT(high) === other)) return "either";
  }
  if (byColumn && byTarget && byColumn !== byTarget) return "either";
  return byColumn ?? byTarget ?? "either";
}

/**
 * True for units that mean "percent": "%", "Tỷ lệ", "tỉ lệ %", "phần trăm".
 * @example isPercentUnit("%") → true · isPercentUnit("Tỷ lệ (%)") → true · isPercentUnit("trẻ") → false
 */
export function isPercentUnit(unit: string | undefined): boolean {
  if (!unit) return false;
  if (unit === "%") return true;
  // Units are few and repeat on every row: fold each once.
  let hit = PERCENT_UNITS.get(unit);
  if (hit === undefined) {
    const f = fold(unit).replace(/\s+/g, " ").trim();
    hit = f === "%" || f === "ti le" || f === "ti le %" || f === "phan tram" || f === "% %";
    if (PERCENT_UNITS.size < 1000) PERCENT_UNITS.set(unit, hit);
  }
  return hit;
}
const PERCENT_UNITS = new Map<string, boolean>();

/**
 * Reads the percent cells of one column (the cells of rows whose unit is "%", or all when the heading says "(%)")
 * into column evidence. `cells` are [value, format] pairs.
 * @example columnScale([[95, "General"], [0.3, "General"]]) → { points: true, fractions: false }
 */
export function columnScale(cells: Iterable<[CellValue, string | undefined]>): ColumnScale {
  const pairs = [...cells];
  return columnScaleOf(pairs.keys(), (i) => pairs[i][0], (i) => pairs[i][1]);
}

/**
 * The one rule of a column's percent scale, over column `col` of `rows`, each cell read in place (no [value, format] pair per row): a big sheet's
 * every checked row, once per column. `spread`: also the smallest and largest plain figure up to 1, for a column judged
 * against one target (a sentence, a target row), where one figure's reading must not contradict another's.
 * @example columnScaleOf([4, 5], (r) => sheet.values[r]?.[2], (r) => formatAt(sheet, r, 2)) → { points: false, fractions: true }
 */
export function columnScaleOf(rows: Iterable<number>, value: (r: number) => CellValue, format: (r: number) => string | undefined, spread = false): ColumnScale {
  let formatted = false;
  let low = Infinity;
  let high = -Infinity;
  for (const r of rows) {
    const f = format(r);
    if (f && f.includes("%")) {
      formatted = true;
      continue;
    }
    const v = value(r);
    if (typeof v === "number" && Number.isFinite(v) && Math.abs(v) > 1) return { points: true, fractions: false };
    if (typeof v === "number" && v > 0) [low, high] = [Math.min(low, v), Math.max(high, v)];
  }
  return { points: false, fractions: formatted, ...(!spread || formatted || low > high ? {} : { low, high }) };
}

/**
 * A plain number as a percent figure under a decided scale: the value in percent points.
 * @example asPoints(0.65, "fraction") → 65 · asPoints(0.3, "points") → 0.3
 */
export function asPoints(v: number, scale: "fraction" | "points"): number {
  return scale === "fraction" ? Number((v * 100).toPrecision(12)) : v;
}
