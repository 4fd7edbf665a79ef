// Reads the as-of day a spreadsheet passes to a function: a date serial or a Date here, text by the one reader of a typed day (core/number/day).
import type { CellValue } from "../types";
import { isoDate } from "../number/cell";
import { readDayInput, type DayInput } from "../number/day";

// Excel's 1900 date system counts 25569 days from 1899-12-30 to 1970-01-01 (it keeps Lotus' phantom 29/02/1900).
const SERIAL_1970 = 25569;
const DAY_MS = 86_400_000;

/**
 * The calendar day a cell value names, or why it names none.
 * Numbers are Excel date serials (time of day ignored); `Date` objects use their local calendar day, as Apps
 * Script hands them in the script's time zone; text is read as the panes read a typed day (`readDayInput`).
 * @example toIsoDate(45838) → { ok: true, iso: "2025-06-30" } · toIsoDate("30/06/2025") → { ok: true, iso: "2025-06-30" }
 */
export function toIsoDate(v: CellValue): DayInput {
  if (typeof v === "string") return readDayInput(v);
  let iso: string | false = false;
  // Serial 60 is the phantom 29/02/1900; serials before it are one day later than the 1899-12-30 epoch gives.
  if (typeof v === "number" && v >= 1 && v <= 2_958_465 && Math.floor(v) !== 60) {
    const day = Math.floor(v);
    iso = new Date((day - SERIAL_1970 + (day < 60 ? 1 : 0)) * DAY_MS).toISOString().slice(0, 10);
  } else if (v instanceof Date && !Number.isNaN(v.getTime())) {
    iso = isoDate(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  if (iso) return { ok: true, iso };
  return {
    ok: false,
    empty: false,
    reason: { vi: "Không phải ngày: dùng một ô ngày, số ngày của Excel hoặc ngày/tháng/năm.", en: "Not a date: use a date cell, an Excel date serial or day/month/year." },
  };
}
