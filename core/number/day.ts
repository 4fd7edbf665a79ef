// A day typed by hand (the panes' as-of and report dates, the CLI's --as-of, a function's as-of text): read day first whatever the browser's locale, said back in words, refused when unreadable.
import type { Bilingual, Lang } from "../types";
import { monthDays, readDateText } from "./cell";

/** A typed day: its ISO date, or why it is not one (`empty` when nothing was typed). */
export type DayInput = { ok: true; iso: string } | { ok: false; empty: boolean; reason: Bilingual };

const EXAMPLE = "3/6/2025";
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A refusal; `hint` adds how to type a day, `empty` says nothing was typed. */
function refuse(vi: string, en: string, hint = false, empty = false): DayInput {
  const [hv, he] = hint ? [`; ghi ngày/tháng/năm, ví dụ ${EXAMPLE}.`, `; type day/month/year, e.g. ${EXAMPLE}.`] : ["", ""];
  return { ok: false, empty, reason: { vi: vi + hv, en: en + he } };
}

/**
 * Reads a day as a Vietnamese clerk types it, the one reader of a typed day (the panes' days, the CLI's --as-of, a
 * function's as-of text): day, month, year (four digits) joined by "/", "-", "." or spaces, "ngày 3 tháng 6 năm 2025",
 * or ISO yyyy-mm-dd. Never month first, never a guessed year or day: "6/2025", "3/6/25" and "31/02/2025" are refused,
 * each with a one-line reason that says what to type instead.
 * @example readDayInput("03/06/2025") → { ok: true, iso: "2025-06-03" }
 * @example readDayInput("ngày 3 tháng 6 năm 2025") → { ok: true, iso: "2025-06-03" }
 * @example readDayInput("6/2025") → { ok: false, empty: false, reason: { vi: "Thiếu ngày: …", en: "No day: …" } }
 */
export function readDayInput(text: string): DayInput {
  const raw = text.normalize("NFC").trim();
  if (raw === "") return refuse("Chưa nhập ngày", "No date yet", true, true);
  if (raw.length > 40) return refuse("Quá dài để là một ngày", "Too long for a date", true);
  const low = raw.toLowerCase().replace(/\s+/g, " ");
  // "ngày 3 tháng 6 năm 2025", the words the pane says a day back in; spaces alone between the parts ("3 6 2025").
  const words = /^(?:ngày )?(\d{1,2})(?: tháng |[ ,]+)(\d{1,2})(?:,? năm |[ ,]+)(\d{4})$/u.exec(low);
  const plain = words ? `${words[1]}/${words[2]}/${words[3]}` : low;
  // A month alone is a cell's "by the end of June"; a day asked for is not guessed as its last.
  if (/^(?:tháng )?\d{1,2} ?[/.-] ?\d{4}$/u.test(low)) {
    return refuse(`Thiếu ngày: ghi cả ngày, tháng, năm, ví dụ 30/6/2025.`, `No day: type day, month and year, e.g. 30/6/2025.`);
  }
  const iso = readDateText(plain);
  if (iso) return { ok: true, iso };
  if (iso === false) {
    // Day/month/year or year-month-day in shape, yet no such day: say which part is wrong.
    const n = (plain.match(/\d+/g) ?? []).slice(0, 3);
    const ymd = n[0].length === 4;
    const [d, m, y] = (ymd ? [n[2], n[1], n[0]] : n).map(Number);
    if (m < 1 || m > 12) {
      // "06/30/2025": month first, as an en-US date reads; the day-first order is shown with the same figures.
      const swap = m > 12 && d <= 12 && !ymd;
      const [vi, en] = swap ? [`ghi ngày trước tháng, ví dụ ${m}/${d}/${y}`, `type the day before the month, e.g. ${m}/${d}/${y}`] : ["tháng ghi từ 1 đến 12", "months run from 1 to 12"];
      return refuse(`Không có tháng ${m}: ${vi}.`, `There is no month ${m}: ${en}.`);
    }
    if (y < 1900 || y > 9999) return refuse(`Năm ${y} ngoài khoảng đọc được: ghi năm từ 1900 đến 9999.`, `The year ${y} is out of range: type a year from 1900 to 9999.`);
    const last = monthDays(y, m);
    return refuse(`Không có ngày ${d} tháng ${m} năm ${y}: tháng này có ${last} ngày.`, `There is no day ${d} in month ${m} of ${y}: that month has ${last} days.`);
  }
  if (/^(?:ngày )?\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2}$/u.test(low)) {
    return refuse(`Ghi năm đủ bốn chữ số, ví dụ ${EXAMPLE}.`, `Type the year in four digits, e.g. ${EXAMPLE}.`);
  }
  return refuse(`Không đọc được «${raw}» thành ngày`, `Cannot read “${raw}” as a date`, true);
}

/**
 * A refused day's reason said after where the day was typed, as one line.
 * @example refusedAt({ vi: "--as-of", en: "--as-of" }, { vi: "Không có tháng 13: …", en: "There is no month 13: …" }) → { vi: "--as-of: không có tháng 13: …", en: "--as-of: there is no month 13: …" }
 */
export function refusedAt(where: Bilingual, reason: Bilingual): Bilingual {
  const say = (w: string, r: string) => `${w}: ${r.charAt(0).toLowerCase()}${r.slice(1)}`;
  return { vi: say(where.vi, reason.vi), en: say(where.en, reason.en) };
}

/**
 * An ISO day in words, so the day understood cannot be mistaken whichever way round it was typed.
 * @example dayWords("2025-06-03", "vi") → "ngày 3 tháng 6 năm 2025" · dayWords("2025-06-03", "en") → "3 June 2025"
 */
export function dayWords(iso: string, lang: Lang): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return lang === "vi" ? `ngày ${d} tháng ${m} năm ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}
