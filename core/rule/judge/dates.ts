// Date judges: deadlines, windows and exact days, with yearless dates placed in the plan period or the completion's year.
import { isoDay, isoToVi, readCell, yearlessToVi, type CellReading } from "../../number/cell";
import { yearFor } from "../../period/period";
import type { RuleOf } from "../schema";
import { lastDay } from "../parse/dates";
import { OPEN_END } from "../open-end";
import { facts, fail, txt, warn, type Facts } from "./facts";
import { notAFigure, R_EMPTY } from "./quantity";
import type { JudgeCtx } from "./numeric";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's date where the code runs, ISO: the one "today" of every entry point (eval, check, the custom functions).
 * @example todayIso(new Date(2025, 4, 31)) → "2025-05-31"
 */
export function todayIso(d: Date = new Date()): string {
  return isoDay(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * The day of the check when someone chose it. Today by default (no day given, or a check's default, `asOfToday`) is
 * not chosen: a blank is then read the same by `eval`, `check` and a status formula on TODAY(), one answer for one
 * input (review46d S4).
 */
export const chosenDay = (o: { asOf?: string; asOfToday?: boolean }): string | false | undefined => !o.asOfToday && o.asOf;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** "--MM-DD" placed in year y; 29 February of a common year is its 28th. */
function inYear(md: string, y: number): string {
  const m = Number(md.slice(2, 4));
  return isoDay(y, m, Math.min(Number(md.slice(5, 7)), lastDay(y, m)));
}

/**
 * The year a yearless target date takes: from the plan period when one is given (September–August for a school year),
 * else from the completion date (the date nearest to it); never from today's date. Null when neither is known.
 */
function dated(md: string, c: JudgeCtx, done: string | null): string | null {
  const y = yearFor(c.opts.period, Number(md.slice(2, 4)));
  if (y !== null) return inYear(md, y);
  if (done === null || done.startsWith("--")) return null;
  const dy = Number(done.slice(0, 4));
  // The same day of the year before or after may be nearer ("trước 10/1" done on 28/12).
  let best = inYear(md, dy);
  for (const yy of [dy - 1, dy + 1]) {
    const cand = inYear(md, yy);
    if (Math.abs(daysBetween(done, cand)) < Math.abs(daysBetween(done, best))) best = cand;
  }
  return best;
}

// A window an event is held, attended or enrolled in: a day before it missed it ("thi đấu từ 1/4", "tiếp nhận trẻ sinh từ
// …"). Work done before a window may have been finished early: asked.
export const EVENT_WINDOW = /(?<!\p{L})(?:diễn ra|thi(?! công)|tuyển|nhận|tổng kết|giảng|đăng ký|tham gia|tiêm|(?<!học )sinh|nhập học|đợt|hội|lễ|nghỉ)(?!\p{L})/iu;

// What a reading's own clause dates (between ";" or a full stop; the whole phrase when no clause holds the subject):
// "event" when it schedules the event itself, the event noun leading ("Kỳ thi … sẽ tổ chức vào ngày …", "Lễ khai giảng …")
// or after an opening "Tổ chức/Khai mạc" ("Tổ chức hội thi …"), or "khai giảng/tựu trường/nghỉ hè" as its predicate;
// "duty" for a task's word ("nộp", "thành lập", "kế hoạch") with no event word. A task's word with an event word ("Lập
// danh sách dự thi", "Chuyển kinh phí tổ chức hội thi"), a finding ("đã tổ chức"), or an event noun after another verb
// ("Bàn giao đề thi", "Đăng ký dự thi"): neither, as before. Round 46 (deadline46, mend46d); forecasts, round 47.
const EVENT = /(?<!\p{L})(?:(?:kỳ |cuộc )?thi(?! (?:công|đua|hành))|hội (?:thi|nghị|khỏe|diễn|giảng)|ngày hội|lễ|(khai giảng|tựu trường|nghỉ hè|khai mạc|bế mạc))(?!\p{L})/iu;
const TASK = /(?<!\p{L})(?:nộp|gửi|hoàn|cập nhật|báo cáo|ban hành|phê duyệt|xong|đăng ký|lập|trình|chuyển|thông báo|xây dựng|kiểm tra|chuẩn bị|tổng hợp|hồ sơ|danh sách|kinh phí|kế hoạch|khi|dự(?! kiến)|đã)(?!\p{L})/iu;
export function dayKind(rule: { text?: string; subject?: string | null }): "event" | "duty" | undefined {
  const text = rule.text ?? "", s = rule.subject?.trim();
  const w = (s && text.split(/;|\.(?=\s+\p{Lu})/u).find((c) => c.includes(s))) || text;
  const m = EVENT.exec(w), pre = m ? w.slice(0, m.index).trim() : "";
  if (TASK.test(w)) return m || /tổ chức|diễn ra|họp|tập huấn|tổng kết|công bố/iu.test(w) ? undefined : "duty";
  // (Or a forecast whose object is itself held: "sẽ tổ chức hoạt động hè", "dự kiến công bố điểm thi". A
  // forecast of other work, "sẽ tổ chức tập huấn/thu học phí", is a plan's duty in the future tense: review47d B1.)
  return (m && (!pre || m[1] || /(?:tổ chức|khai mạc)$/iu.test(pre))) || /(?:sẽ|dự kiến) (?:tổ chức hoạt động hè|công bố điểm thi)/i.test(w) ? "event" : undefined;
}

/**
 * Deadlines. A completion date (text, Date, serial) by the due day → met, later → not met; in a short window or on an
 * exact day ("từ 1/8 đến 5/8", "vào ngày 20/11") a date before it is not met either. Blank, "Chưa", FALSE → not done:
 * pending up to the due day, overdue after it. Words meaning "no figure yet" ("chưa có số liệu", "đang cập nhật", "?")
 * and #N/A → no data, never overdue.
 */
export function judgeDeadline(rule: RuleOf<"deadline">, r: CellReading, c: JudgeCtx): Facts {
  const asOfOpt = c.opts.asOf;
  if (asOfOpt !== undefined && (!ISO.test(asOfOpt) || Number.isNaN(Date.parse(asOfOpt)))) {
    return fail("invalid", rule, r, () => ({ vi: `ngày đánh giá "${asOfOpt}" không đúng dạng yyyy-mm-dd`, en: `the as-of date "${asOfOpt}" is not yyyy-mm-dd` }));
  }
  // "chưa báo cáo", "chưa tổng hợp" on a deadline say the task is not done; "chưa có số liệu", "đang cập nhật", "?" say
  // nothing is known yet.
  const notYet = r.kind === "empty" && /^chưa (?!có|cập nhật)/u.test(r.text.toLowerCase().replace(/\s+/gu, " "));
  if (!notYet && ((r.kind === "empty" && r.text !== "") || (r.kind === "error" && r.code === "#N/A"))) return notAFigure(rule, r, { vi: "một ngày hoàn thành", en: "a completion date" });
  const done = r.kind === "date" ? r.iso : null;
  let due = rule.due;
  let start = rule.start;
  const yearless = due.startsWith("--") || (start !== undefined && start.startsWith("--"));
  // (A day of no year that neither the period nor a completion date places cannot be judged.)
  const noYear = (day: string, vi: string, en: string) =>
    fail("no_data", rule, r, {
      vi: `${vi} ${yearlessToVi(day)} không ghi năm; cho biết kỳ kế hoạch (năm học) để đánh giá`,
      en: `the ${en} ${day.slice(2)} has no year; give the plan period (school year) to judge it`,
    });
  if (due.startsWith("--")) {
    const d = dated(due, c, done);
    if (d === null) return noYear(due, "hạn", "due date");
    due = d;
  }
  if (start?.startsWith("--")) {
    if (due === OPEN_END) {
      const d = dated(start, c, done);
      if (d === null) return noYear(start, "ngày", "day");
      start = d;
    } else {
      let s = inYear(start, Number(due.slice(0, 4)));
      if (s > due) s = inYear(start, Number(due.slice(0, 4)) - 1);
      start = s;
    }
  }
  const asOf = asOfOpt ?? todayIso();
  // "Từ ngày 31/12/2024 đến ngày 10/01/2024": a window whose years are written and whose last day comes before its first
  // is a slip in one of them; which one cannot be told, so it is asked (a window of days without years is placed by
  // the period above and never ends before it starts). Round 37 (refuse37).
  if (start !== undefined && due !== OPEN_END && start > due) {
    return fail("review", rule, r, { vi: `ngày cuối ${isoToVi(due)} trước ngày đầu ${isoToVi(start)}`, en: `ends ${isoToVi(due)}, before it starts ${isoToVi(start)}` });
  }
  // "đang tuyển sinh", "đang thực hiện": the task is under way, so not done yet ("đang cập nhật" is no data, above).
  const underWay = r.kind === "text" && /^đang\s+(?!cập nhật|tổng hợp|thống kê)\p{L}/u.test(r.text.toLowerCase().trim());
  const notDone = r.kind === "empty" || (r.kind === "boolean" && !r.value) || underWay;
  let f: Facts;
  // From a first day on, never late: once that day has come, a blank cell says nothing yet (no day, and none overdue).
  if (due === OPEN_END && r.kind === "empty" && !r.text && start && asOf >= start) {
    return fail("no_data", rule, r, R_EMPTY);
  }
  // A scheduled event's day or window has passed and the cell is blank: the clerk has not written when it was held, or
  // it was not held; nobody failed a task, so never overdue ("chưa báo cáo" too, as the formula's blank branch reads
  // it; "chưa tổ chức", not held, stays overdue).
  if (r.kind === "empty" && start !== undefined && due !== OPEN_END && asOf > due && dayKind(rule) === "event") {
    return chosenDay(c.opts) ? fail("review", rule, r, { vi: `ô trống, đã qua ${isoToVi(due)}: đã tổ chức?`, en: `blank, ${isoToVi(due)} passed: held?` }) : fail("no_data", rule, r, R_EMPTY);
  }
  if (notDone) {
    f = facts(asOf <= due ? "pending" : "overdue", rule, r);
    f.asOf = asOf;
    // (From a first day on, never late: the days left are those until it opens, and none once it has.)
    f.gap = due !== OPEN_END ? daysBetween(due, asOf) : start !== undefined && asOf < start ? daysBetween(start, asOf) : NaN;
  } else if (r.kind === "boolean") {
    f = facts("met", rule, r);
    f.asOf = asOf;
    // No quote: the sheet reader passes a sentence it read as done ("Đã hoàn thành") on as a bare yes, whose words
    // ("Có") are the reader's, not the clerk's.
    warn(f, "actual_interpreted", () => ({
      vi: "đã hoàn thành nhưng không ghi ngày, được hiểu là đúng hạn",
      en: "done with no completion date, read as on time",
    }));
  } else if (r.kind !== "date" || done === null) {
    if (ASK.has(r)) return fail("review", rule, r, { vi: `"${r.text}" là ngày hoàn thành?`, en: `is "${r.text}" the completion date?` });
    return notAFigure(rule, r, { vi: "một ngày hoàn thành", en: "a completion date" });
  } else {
    let doneIso = done;
    if (doneIso.startsWith("--")) doneIso = dated(doneIso, c, due) ?? inYear(doneIso, Number(due.slice(0, 4)));
    // Done before a window's first day: an event held, attended or enrolled in missed it; work may have been finished
    // early, so asked. (A window of days, not one exact day; nor a first day that is the earliest allowed, "sớm nhất".)
    // "tháng 5/2025", "5/2025": a month done in, read as its last day. Due on a day inside that month before its last,
    // the month does not say whether it was done by then: asked, not judged late.
    const month = /(?:^|[^\d/.-])\d{1,2}\s*[/.-]\s*\d{4}\s*$/u.test(r.text ?? "") && doneIso.endsWith(`-${lastDay(+doneIso.slice(0, 4), +doneIso.slice(5, 7))}`);
    if (month && due !== OPEN_END && due.slice(0, 7) === doneIso.slice(0, 7) && due < doneIso) {
      return fail("review", rule, r, () => ({ vi: `"${r.text}" chỉ ghi tháng, hạn ${isoToVi(due)} ở giữa tháng: xong trước hay sau hạn?`, en: `"${r.text}" gives only a month, and ${isoToVi(due)} falls inside it: done before or after?` }));
    }
    const early = start !== undefined && doneIso < start;
    // (One exact day for a duty, "thành lập Ban chỉ đạo … ngày 25/5/2026": "on" or "by" that day, the words do not say.)
    const ask = early && due !== OPEN_END && !rule.notBefore && (start! < due ? !EVENT_WINDOW.test([rule.text, c.opts.indicator].join(" ")) : dayKind(rule) === "duty");
    f = facts(ask ? "review" : doneIso <= due && !early ? "met" : "not_met", rule, r);
    if (ask) f.reason = () => ({ vi: `trước ngày đầu ${isoToVi(start!)}: làm sớm hay lỡ đợt?`, en: `before the first day ${isoToVi(start!)}: early or missed?` });
    f.done = doneIso;
    f.asOf = asOf;
    f.gap = early ? daysBetween(start!, doneIso) : daysBetween(due, doneIso);
    if (doneIso > asOf) {
      warn(f, "implausible_value", () => ({
        // Days as the clerk writes them, never the ISO form a date cell is read as.
        vi: `ngày hoàn thành ${isoToVi(doneIso)} sau ngày đánh giá ${isoToVi(asOf)}`,
        en: `the completion date ${isoToVi(doneIso)} is after the as-of date ${isoToVi(asOf)}`,
      }));
    }
  }
  f.due = due;
  f.start = start ?? null;
  if (yearless) {
    const fromPeriod = c.opts.period;
    warn(f, "actual_interpreted", () =>
      fromPeriod
        ? { vi: `hạn không ghi năm; năm lấy theo kỳ ${fromPeriod.label}`, en: `the due date has no year; the year comes from the period ${fromPeriod.label}` }
        : { vi: `hạn không ghi năm; năm lấy theo ngày hoàn thành ${txt(r)}`, en: `the due date has no year; the year comes from the completion date ${txt(r)}` },
    );
  }
  return f;
}

// "năm 2026", "vào năm 2022", "đến năm 2026": a statement placed in one calendar year (not a span "2021-2025", not a
// year counted from, "từ năm 2018", or compared with, "so với năm 2020").
const STATEMENT_YEAR = /(?<!(?:từ|với|kỳ|sau|trước)\s)năm\s+(\d{4})(?!\d|[.,]\d|\s*[-–—/]\s*\d)/gu;

/**
 * The day a yes/no statement placed in one year is due: "Phấn đấu đến năm 2026, phường … được công nhận" → the last day
 * of 2026. Null when the statement names no year, or more than one.
 * @example statementDue({ kind: "boolean", text: "đạt chuẩn nông thôn mới nâng cao vào năm 2022" }) → "2022-12-31"
 */
export function statementDue(rule: { statement?: string; text?: string }): string | null {
  const text = (rule.statement ?? rule.text ?? "").toLowerCase();
  if (!text.includes("năm")) return null;
  let year: string | null = null;
  for (const m of text.matchAll(STATEMENT_YEAR)) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2200 || (year !== null && year !== m[1])) return null;
    year = m[1];
  }
  return year === null ? null : `${year}-12-31`;
}

// Readings of a day after words the target does not name (readDeadlineActual): a day to ask about.
const ASK = new WeakSet<CellReading>();

// Words before a day that say the thing was done or reached ("Đạt ngày 20/11"), handed in, held or resumed, and words that only place the day.
const DONE_WORD = / (?:đạt|hoàn (?:thành|tất)|xong|công nhận|nộp|gửi|ban hành|tổ chức|(?:đi )?học lại|đã|được|ngày|vào|lúc|từ)(?= )/gu;

/**
 * Reads a deadline actual: dates, yes/no words and serials; "20/5" without a year is a yearless day. The words before
 * a day must say it was done ("Hoàn thành 20/5", "Đã nộp 16/3") or name the target's own event ("sinh 15/5/2018" under
 * "trẻ sinh từ …", "Nghỉ từ 27/5" under "nghỉ hè …"); a start, a pause, a receipt, a submission for approval is not.
 */
export function readDeadlineActual(actual: unknown, target = "", indicator = ""): CellReading {
  const r = readCell(actual as never, { expect: "date" });
  // "5/9" reads as a share elsewhere; against a date it is a day of the month. "Hoàn thành ngày 20/5", "sinh 15/5/2018",
  // "Đi học lại 12/10/2020", "Nghỉ từ 27/5/2024": a few words naming what happened, then the day it happened. Never
  // when a word says it has not happened, is only planned, or bounds the day ("chưa", "dự kiến", "sẽ", "hạn", "đến",
  // "sau", "khoảng": the day written is then not the day it was done).
  if ((r.kind === "text" || r.kind === "fraction") && typeof actual === "string") {
    // ("Hoàn thành (20/5/2025).", "Ngày 20 tháng 5 năm 2025": a day in brackets, or written out in words, is the same day.)
    const said = actual.normalize("NFC").toLowerCase().replace(/[()]|\.\s*$/gu, " ").replace(/\s+/gu, " ").trim();
    const m = /^((?:\p{L}+ ){0,5})(\d{1,2}) ?[/.-] ?(\d{1,2})(?:[/.-](\d{4}))?$/u.exec(said.replace(/(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?$/u, (_, d, mo, y) => `${d}/${mo}${y ? `/${y}` : ""}`));
    // (Other words must be the target's own; one that bounds or denies the day never.)
    // ("đến trường 4/10", "tới lớp 5/9": "đến", "tới" bound the day only right before it. Under "tính đến hết ngày 28/2",
    // content counted up to a day, the words name what was counted: "bài học ngày 26/02".)
    // (Under a stop from a day, "Đi học lại 15/2", "Mở cửa trở lại 20/3" say when the thing stopped resumed, not the
    // stop: unread ("Tạm dừng từ 14/5" is read). Under a pause through a day, the return is judged.)
    const low = target.toLowerCase();
    // (The indicator names the event too: "Giao quân 4/3/2026" under "Thời gian giao, nhận quân".)
    const own = `${low} ${indicator.toLowerCase()}`.split(/[^\p{L}]+/u);
    if (m && !(/(?:[dg]ừng|nghỉ).* từ /u.test(low) && m[1].includes("lại")) && !/ (?:chưa|không|đang|dự|kế|sẽ|hạn|chờ|sau|khoảng|trước) | (?:đến|tới) (?:ngày )?$/u.test(` ${m[1]}`)) {
      const [, , d, mo, y] = m.map(Number);
      const c = readCell(`${d}/${mo}/${y || 2000}`, { expect: "date" });
      if (c.kind === "date" && (/tính (?:đến|tới)/u.test(low) || ` ${m[1]}`.replace(DONE_WORD, "").split(" ").every((w) => !w || own.includes(w)))) return { kind: "date", iso: y ? c.iso : isoDay(0, mo, d), text: actual.trim() };
      // "Chi trả ngày 15/11/2021", "Giao quân 4/3/2026": a day after words that neither say it was done nor name the
      // target's own event may still be the day it was done; asked about, never called no figure.
      if (c.kind === "date" && m[1]) ASK.add(r);
    }
  }
  return r;
}
