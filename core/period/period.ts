// The period a plan covers (a school year, a calendar year, a horizon): where a day/month without a year takes its year.
/**
 * A plan period as first and last day (ISO yyyy-mm-dd), with the text it was read from.
 * - `schoolYear`: "2024-2025" runs 2024-09-01 … 2025-08-31 (a day/month from September to December takes the
 *   first year, January to August the second).
 * - `year`: "năm 2025" runs 2025-01-01 … 2025-12-31.
 * - `span`: a horizon such as "2021-2025" or "đến năm 2030" (start may be unknown: then it equals `end`'s year start).
 */
export interface Period {
  kind: "schoolYear" | "year" | "span";
  start: string;
  end: string;
  label: string;
}

/**
 * Reads a period as plans and sheets write it; null when the text names none.
 * @example periodFromText("2024-2025") → { kind: "schoolYear", start: "2024-09-01", end: "2025-08-31", label: "2024-2025" }
 * @example periodFromText("năm học 2024 - 2025") → same as above
 * @example periodFromText("2021-2025") → { kind: "span", start: "2021-01-01", end: "2025-12-31", label: "2021-2025" }
 * @example periodFromText("năm 2025") → { kind: "year", start: "2025-01-01", end: "2025-12-31", label: "năm 2025" }
 * @example periodFromText("đến năm 2030") → { kind: "span", start: "2030-01-01", end: "2030-12-31", label: "đến năm 2030" }
 */
export function periodFromText(text: string | undefined | null): Period | null {
  if (typeof text !== "string") return null;
  const t = text.normalize("NFC").trim().slice(0, 200);
  const label = t;
  const pair = /(?<!\d)((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)(?!\d)/u.exec(t);
  if (pair) {
    const a = Number(pair[1]);
    const b = Number(pair[2]);
    if (b === a + 1) return { kind: "schoolYear", start: `${a}-09-01`, end: `${b}-08-31`, label };
    if (b > a) return { kind: "span", start: `${a}-01-01`, end: `${b}-12-31`, label };
    return null;
  }
  const one = /(?<!\d)((?:19|20)\d\d)(?!\d)/u.exec(t);
  if (!one) return null;
  const y = Number(one[1]);
  const kind = /đến|tới|giai đoạn|by|until/iu.test(t) ? "span" : "year";
  return { kind, start: `${y}-01-01`, end: `${y}-12-31`, label };
}

/**
 * The year a day/month without a year falls in, within `period`: for a school year, months 9–12 take the first
 * year and 1–8 the second; for a year or span, the last year. Null without a period.
 * @example yearFor(periodFromText("2024-2025"), 4) → 2025 · yearFor(periodFromText("2024-2025"), 11) → 2024
 */
export function yearFor(period: Period | null | undefined, month: number): number | null {
  if (!period) return null;
  const y0 = Number(period.start.slice(0, 4));
  const y1 = Number(period.end.slice(0, 4));
  if (period.kind === "schoolYear") return month >= 9 ? y0 : y1;
  return y1;
}
