// Reads the as-of day a spreadsheet passes to a function, each form by the reader the cells already use: a serial or a Date as a plan's date cell (core/number/cell), text as the panes read a typed day (core/number/day).
import type { CellValue } from "../types";
import { dateToIso, MIN_DATE_SERIAL, serialToIso } from "../number/cell";
import { readDayInput, type DayInput } from "../number/day";

/**
 * The calendar day a cell value names, or why it names none.
 * Numbers are date serials from 1910 on (time of day ignored): a smaller one is far likelier a year ("2025") than a
 * day of 1900–1909, so it is refused, as in a plan's date cells. `Date` objects keep their day (`dateToIso`); text is
 * read as the panes read a typed day (`readDayInput`).
 * @example toIsoDate(45838) → { ok: true, iso: "2025-06-30" } · toIsoDate("30/06/2025") → { ok: true, iso: "2025-06-30" }
 */
export function toIsoDate(v: CellValue): DayInput {
  if (typeof v === "string") return readDayInput(v);
  const iso = typeof v === "number" ? (v >= MIN_DATE_SERIAL ? serialToIso(v) : null) : v instanceof Date ? dateToIso(v) : null;
  if (iso) return { ok: true, iso };
  return {
    ok: false,
    empty: false,
    reason: { vi: "Không phải ngày: dùng một ô ngày, số ngày của Excel (từ năm 1910) hoặc ngày/tháng/năm.", en: "Not a date: use a date cell, an Excel date serial (from 1910) or day/month/year." },
  };
}
