// Figures written with their share beside them ("431 (89,2%)", "117 (99,2%)"): which part a target judges.
import type { CellValue } from "../types";

// A count, optional words, then a share in brackets: "431 (89,2%)", "27 giải (90%)", "1 (0,2%)".
const COUNT_SHARE = /^\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*([\p{L} ]{0,20}?)\s*\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)\s*$/u;

/**
 * The part of a "count (share%)" cell a target judges: the share for a percent target, the count (with its
 * noun) otherwise; other cells unchanged.
 * @example figureFor("431 (89,2%)", true) → "89,2%" · figureFor("431 (89,2%)", false) → "431"
 */
export function figureFor(v: CellValue, percentTarget: boolean): CellValue {
  if (typeof v !== "string" || v.length > 60) return v;
  const m = COUNT_SHARE.exec(v);
  if (!m) return v;
  return percentTarget ? `${m[3]}%` : `${m[1]}${m[2] ? ` ${m[2].trim()}` : ""}`;
}
