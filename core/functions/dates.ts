// Reads the as-of day a spreadsheet passes to a function (date serial, Date, ISO or dd/mm/yyyy text) as ISO yyyy-mm-dd.
import type { CellValue } from "../types";

// Excel's 1900 date system counts 25569 days from 1899-12-30 to 1970-01-01 (it keeps Lotus' phantom 29/02/1900).
const SERIAL_1970 = 25569;
const DAY_MS = 86_400_000;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * The calendar day a cell value names, or null.
 * Numbers are Excel date serials (time of day ignored); `Date` objects use their local calendar day, as Apps
 * Script hands them in the script's time zone; text is yyyy-mm-dd or dd/mm/yyyy.
 * @example toIsoDate(45838) → "2025-06-30" · toIsoDate("30/06/2025") → "2025-06-30"
 */
export function toIsoDate(v: CellValue): string | null {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return null;
    const day = Math.floor(v);
    // Serial 60 is the phantom 29/02/1900; serials before it are one day later than the 1899-12-30 epoch gives.
    if (day === 60) return null;
    const t = new Date((day - SERIAL_1970 + (day < 60 ? 1 : 0)) * DAY_MS);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? null : iso(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  if (typeof v !== "string") return null;
  const s = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
