// A deadline counted in days from an event ("Chậm nhất 15 ngày kể từ ngày được giao dự toán", "Trong 10 ngày sau khi
// kết thúc quý") and a span that must last ("Ít nhất 30 ngày liên tục kể từ ngày niêm yết"): the due day is the
// event's day plus the days, and the event's day is read where the sheet writes it, never guessed.
import { fold } from "../sheet/text";

/** What a deadline counted from an event comes to. */
export type Relative =
  | { kind: "due"; days: number; base: string; due: string; working?: true }
  | { kind: "noBase"; days: number; event: string; base?: string }
  | { kind: "span"; days: number };

// Folded: "chậm nhất 15 ngày kể từ …", "trong vòng 10 ngày sau khi …", "15 ngày làm việc kể từ …".
const RELATIVE = /^(?:(?:cham nhat|muon nhat|trong vong|trong thoi han|trong|toi da|khong qua|han)(?: la)? )?(\d{1,3}) ngay( lam viec)? (?:ke tu|tinh tu|sau) (?:khi )?(.+)$/;
// "ít nhất 30 ngày liên tục": a span to last, not a day to meet.
const SPAN = /^(?:it nhat|toi thieu|trong|du) (\d{1,3}) ngay lien tuc\b/;
// A whole day, folded ("05 01 2024", "5 thang 1 nam 2024").
const DAY = /(?<!\d )\b(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d\d)\b/;
// The end of a named period: "kết thúc quý", "hết năm", "cuối tháng", "kết thúc học kỳ".
// (The school year, "kết thúc năm học", ends with no day of its own: not the calendar year.)
const PERIOD_END = /^(?:ngay )?(?:ket thuc|het|cuoi) (quy|thang|nam)\b(?! hoc)/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// Filler before an event's own word ("ngày được giao …", "khi có …").
const FILLER = new Set(["ngay", "duoc", "khi", "co", "da", "nhan", "van", "ban"]);

function iso(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const x = new Date(t);
  return m >= 1 && m <= 12 && x.getUTCDate() === d ? x.toISOString().slice(0, 10) : null;
}

function dayOf(f: string): string | null {
  const m = DAY.exec(f);
  return m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** The last day of the quarter, month or year `unit` that one of `texts` names ("quý I/2024", "tháng 3/2024"). */
function periodEnd(unit: string, texts: readonly string[]): string | null {
  const re = unit === "quy" ? /\bquy (iv|iii|ii|i|[1-4]) (?:nam )?((?:19|20)\d\d)\b/ : unit === "thang" ? /\bthang (\d{1,2}) (?:nam )?((?:19|20)\d\d)\b/ : /\bnam ((?:19|20)\d\d)\b(?! (?:19|20)\d\d)/;
  for (const t of texts) {
    const m = re.exec(t);
    if (!m) continue;
    if (unit === "nam") return `${m[1]}-12-31`;
    const month = unit === "quy" ? 3 * (ROMAN[m[1]] ?? Number(m[1])) : Number(m[1]);
    return month >= 1 && month <= 12 ? new Date(Date.UTC(Number(m[2]), month, 0)).toISOString().slice(0, 10) : null;
  }
  return null;
}

/**
 * Reads a deadline counted in days from an event. The event's day is the day written in the cell itself ("(giao ngày
 * 05/01/2024)"); else, for the end of a quarter, month or year, the one the indicator or the row names ("quý I/2024");
 * else a day the row writes after the event's own word ("Giao dự toán ngày 05/01/2024"). Without one the deadline has
 * no day ("noBase"), never the event's words read as a date; a receipt ("kể từ ngày nhận văn bản") is dated by the row's
 * "(nhận ngày 01/12/2025)". Working days skip weekends and the fixed holidays, and are left unread when the count may
 * meet a holiday whose day moves (`workingDays`). Null when the text is no such deadline.
 * @example relativeDeadline("Chậm nhất 15 ngày kể từ ngày được giao dự toán (giao ngày 05/01/2024)") → { kind: "due", days: 15, base: "2024-01-05", due: "2024-01-20" }
 * @example relativeDeadline("Chậm nhất 15 ngày kể từ ngày kết thúc quý", ["Tình hình thực hiện dự toán quý I/2024"]) → { kind: "due", …, due: "2024-04-15" }
 * @example relativeDeadline("Trong 15 ngày kể từ ngày được phê duyệt quyết toán") → { kind: "noBase", days: 15, event: "phê duyệt quyết toán" }
 * @example relativeDeadline("Ít nhất 30 ngày liên tục kể từ ngày niêm yết") → { kind: "span", days: 30 }
 */
export function relativeDeadline(text: string, context: readonly string[] = []): Relative | null {
  const f = fold(text);
  const span = SPAN.exec(f);
  if (span) return { kind: "span", days: Number(span[1]) };
  const m = RELATIVE.exec(f);
  if (!m) return null;
  const days = Number(m[1]);
  const words = m[3].split(" ");
  while (words.length > 1 && FILLER.has(words[0])) words.shift();
  // The event as written, for the message ("được phê duyệt quyết toán").
  const event = /(?:kể từ|tính từ|sau)\s+(?:khi\s+)?(?:ngày\s+)?([^()]+?)\s*(?:\(|$)/iu.exec(text.normalize("NFC"))?.[1] ?? words.join(" ");
  const ctx = context.map(fold);
  const end = PERIOD_END.exec(m[3]);
  let base = dayOf(m[3]) ?? (end ? periodEnd(end[1], [m[3], ...ctx]) : null);
  if (!base && !end && words[0]) {
    // The event's first two words, not one syllable ("ký quyết định" is no "Học kỳ I").
    const after = new RegExp(`\\b${words.slice(0, 2).join(" ")}\\b(?: [a-z]+){0,5}? (?:ngay )?(\\d{1,2} (?:thang )?\\d{1,2} (?:nam )?(?:19|20)\\d\\d)\\b`);
    for (const c of ctx) {
      const hit = after.exec(c);
      if (hit && (base = dayOf(hit[1]))) break;
    }
  }
  // "kể từ ngày nhận văn bản" beside "Công văn số … (nhận ngày 01/12/2025)": the day it was received.
  if (!base && /^(?:ngay )?(?:tiep )?nhan\b/.test(m[3])) {
    for (const c of ctx) {
      // (Not a recognition or a confirmation, "công nhận ngày …", "xác nhận ngày …": another day than the receipt.)
      const hit = /\b(?<!\b(?:xac|cong|chap|thua|ghi) )(?:tiep )?nhan(?: duoc)?(?: van ban| cong van| ho so)?(?: vao)? (?:ngay )?(\d{1,2} (?:thang )?\d{1,2} (?:nam )?(?:19|20)\d\d)\b/.exec(c);
      if (hit && (base = dayOf(hit[1]))) break;
    }
  }
  if (!base) return { kind: "noBase", days, event };
  if (!m[2]) return { kind: "due", days, base, due: new Date(Date.parse(base) + days * 86_400_000).toISOString().slice(0, 10) };
  // Working days: Saturdays, Sundays and the fixed holidays are skipped; a count that may cross a holiday whose day
  // moves (Tết, Giỗ Tổ, the days given with 30/4 and 2/9, New Year's swaps) is left unread, as before.
  const due = workingDays(base, days);
  return due ? { kind: "due", days, base, due, working: true } : { kind: "noBase", days, event, base };
}

// Days of the year (MM-DD) a working-day count skips for sure, and spans in which a holiday may fall or days be swapped.
const FIXED_OFF = new Set(["01-01", "04-30", "05-01", "09-02"]);
const MAYBE_OFF: ReadonlyArray<[string, string]> = [["12-29", "12-31"], ["01-02", "03-01"], ["03-28", "05-05"], ["08-29", "09-05"]];

/**
 * The day `n` working days after `base` (Monday to Friday, the fixed public holidays skipped), or null when the count
 * may meet a holiday whose day is not fixed (the sheet does not say which days were off).
 * @example workingDays("2025-12-01", 5) → "2025-12-08"
 */
export function workingDays(base: string, n: number): string | null {
  let t = Date.parse(`${base}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    t += 86_400_000;
    const d = new Date(t);
    const md = d.toISOString().slice(5, 10);
    if (MAYBE_OFF.some(([a, b]) => md >= a && md <= b)) return null;
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6 && !FIXED_OFF.has(md)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

// "Từ 01/6/2024 đến nay", "từ ngày 01/6/2024 đến ngày 05/7/2024" (folded): a span as written in a result cell.
const SPAN_DONE = /^(?:da niem yet |niem yet )?tu (?:ngay )?(\d{1,2} \d{1,2} (?:19|20)\d\d) (?:den|toi) (?:nay|hien nay|(?:ngay )?(\d{1,2} \d{1,2} (?:19|20)\d\d))$/;

/**
 * A span that must last `days` days ("Ít nhất 30 ngày liên tục") against the span a result cell gives, counted from its
 * first day: the day the span reaches its length is its due day; done on it when the span has lasted that long (by
 * `asOf` while it runs, by its last day once ended), not done while it runs short. Null when the cell gives no span or
 * one that ended short (judged no further here).
 * @example spanResult("Từ 01/6/2024 đến nay", 30, "2024-06-20") → { due: "2024-06-30", done: false }
 */
export function spanResult(cell: string, days: number, asOf: string): { due: string; done: string | false } | null {
  const m = SPAN_DONE.exec(fold(cell));
  const start = m ? dayOf(m[1]) : null;
  if (!m || !start) return null;
  const due = new Date(Date.parse(start) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const end = m[2] ? dayOf(m[2]) : asOf;
  if (!end) return null;
  if (end >= due) return { due, done: due };
  return m[2] ? null : { due, done: false };
}
