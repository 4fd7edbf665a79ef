// A day typed by hand (the panes' as-of and report dates): read day first whatever the browser's locale, said back in words, refused when unreadable.
import type { Bilingual, Lang } from "../types";
import { readDateText } from "./cell";

/** A typed day: its ISO date, or why it is not one (`empty` when nothing was typed). */
export type DayInput = { ok: true; iso: string } | { ok: false; empty: boolean; reason: Bilingual };

const EXAMPLE = "3/6/2025";
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function refuse(vi: string, en: string, empty = false): DayInput {
  return { ok: false, empty, reason: { vi, en } };
}

/**
 * Reads a day as a Vietnamese clerk types it: day, month, year (four digits) joined by "/", "-", "." or spaces,
 * "ngày 3 tháng 6 năm 2025", or ISO yyyy-mm-dd. Never month first, never a guessed year or day: "6/2025",
 * "3/6/25" and "31/02/2025" are refused, each with a one-line reason.
 * @example readDayInput("03/06/2025") → { ok: true, iso: "2025-06-03" }
 * @example readDayInput("ngày 3 tháng 6 năm 2025") → { ok: true, iso: "2025-06-03" }
 * @example readDayInput("6/2025") → { ok: false, empty: false, reason: { vi: "Thiếu ngày: …", en: "No day: …" } }
 */
export function readDayInput(text: string): DayInput {
  const raw = text.normalize("NFC").trim();
  if (raw === "") return refuse(`Chưa nhập ngày; ghi ngày/tháng/năm, ví dụ ${EXAMPLE}.`, `No date yet; type day/month/year, e.g. ${EXAMPLE}.`, true);
  if (raw.length > 40) return refuse("Không đọc được thành ngày: quá dài.", "Not a date: too long.");
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
  const dmy = /^(?:ngày )?(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})$/u.exec(plain);
  if (iso === false && dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), dmy[3]];
    if (m > 12 && d <= 12) return refuse(`Không có tháng ${m}: ghi ngày trước tháng, ví dụ ${m}/${d}/${y}.`, `There is no month ${m}: type the day before the month, e.g. ${m}/${d}/${y}.`);
    if (m < 1 || m > 12) return refuse(`Không có tháng ${m}.`, `There is no month ${m}.`);
    return refuse(`Không có ngày ${d} tháng ${m} năm ${y}.`, `There is no day ${d} in month ${m} of ${y}.`);
  }
  if (iso === false) return refuse(`Không có ngày «${raw}».`, `No such date “${raw}”.`);
  if (/^(?:ngày )?\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2}$/u.test(low)) {
    return refuse(`Ghi năm đủ bốn chữ số, ví dụ ${EXAMPLE}.`, `Type the year in four digits, e.g. ${EXAMPLE}.`);
  }
  return refuse(`Không đọc được «${raw}» thành ngày; ghi ngày/tháng/năm, ví dụ ${EXAMPLE}.`, `Cannot read “${raw}” as a date; type day/month/year, e.g. ${EXAMPLE}.`);
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
