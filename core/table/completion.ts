// Reading a task's completion cell ("Đã hoàn thành ngày 12/3/2025", "Chưa", "Đang thực hiện", a date) as the judge reads a deadline's actual.
import type { CellValue } from "../types";
import { dateToIso, NO_DATA_TEXTS } from "../number/cell";
import type { Period } from "../period/period";
import { fold, foldMarks } from "../sheet/text";
import { dayIn } from "./target";
import { FLOOR_WORDS } from "../rule/parse/lexicon";
import { DONE_WORDS, NOT_DONE_WORDS, NO_WORDS, YES_WORDS } from "./vocabulary";

/** What a completion cell says: done on a day, done (no day), not done, nothing yet, or unreadable text. */
export type Completion =
  | { kind: "done"; iso?: string }
  | { kind: "notDone"; partial?: true }
  | { kind: "empty" }
  | { kind: "text"; text: string };

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/**
 * Reads a completion cell. A date after a "done" word is the day it was done ("Hoàn thành tháng 4/2025" counts
 * as 30/04/2025, the latest day it may mean); a "done" word without a date is done, day unknown.
 * @example readCompletion("Đã hoàn thành ngày 12/3/2025") → { kind: "done", iso: "2025-03-12" }
 * @example readCompletion("Đang thực hiện") → { kind: "notDone" }
 * @example readCompletion(new Date(Date.UTC(2025, 2, 12))) → { kind: "done", iso: "2025-03-12" }
 * @example readCompletion("Đã kiểm tra 6/18 GV", null, 30) → { kind: "done" } (the task asks at least 30%: 6/18 is 33%)
 *
 * `need`: the share of the whole the task itself asks ("Kiểm tra … (ít nhất 30% giáo viên)", see `taskShare`); a count
 * of parts done ("6/18 GV") or a share ("Đạt 96%") is then done when it reaches it, not only when it is the whole.
 */
export function readCompletion(v: CellValue, period?: Period | null, need?: number): Completion {
  if (v === null || v === undefined) return { kind: "empty" };
  if (v instanceof Date) {
    const iso = dateToIso(v);
    return iso ? { kind: "done", iso } : { kind: "text", text: String(v) };
  }
  if (typeof v === "boolean") return v ? { kind: "done" } : { kind: "notDone" };
  if (typeof v === "number") return { kind: "text", text: String(v) };
  if (typeof v !== "string") return { kind: "text", text: "" };
  const text = v.replace(/\s+/g, " ").trim();
  const low = text.toLowerCase();
  const f = fold(text);
  // "Đang tổng hợp" said of a report to send is the task in progress; only words about the data itself
  // ("chưa có số liệu", "đang cập nhật") leave the cell without an answer.
  if (text === "" || (NO_DATA_TEXTS.has(low) && (!NOT_DONE_WORDS.test(f) || /\b(so lieu|du lieu|cap nhat)\b/.test(f)))) return { kind: "empty" };
  // "Chưa hoàn thành" starts with a not-done word: test those first.
  if (NOT_DONE_WORDS.test(f) || NO.has(low)) return { kind: "notDone" };
  // "Đã kiểm tra 4/6 giáo viên": a count of the parts done, before any date is looked for ("4/6" is no day here).
  const parts = PARTS_DONE.exec(text);
  // "21/23 xã đã gửi", "2/23 xã chưa gửi": the count first, then what those parts did (its own clause only: "23/23 xã
  // đã gửi, 0 xã chưa gửi"); "chưa có vi phạm" is none of a bad thing, not the parts undone.
  const after = (t: string) => (parts?.index === 0 ? fold(t.slice(parts[0].length - 1)).replace(/^\S+ /, "") : "");
  const tail = after(text);
  if (/\bchua\b(?! co\b)/.test(after(text.split(/[,;(]/)[0]))) return { kind: "notDone" };
  if (DONE_WORDS.test(f) || YES.has(low) || /\b(da|hoan thanh|xong)\b/.test(tail)) {
    // "Đạt 96% (còn 12 điểm trường …)": part of the work, not the task done.
    const share = /(\d+(?:[.,]\d+)?)\s*%/.exec(text);
    const whole = need ?? 100;
    if (share && Number(share[1].replace(",", ".")) < whole) return { kind: "notDone" };
    if (parts && Number(parts[1]) * 100 < Number(parts[2]) * whole) return { kind: "notDone" };
    const iso = dayIn(parts ? text.replace(parts[0], " ") : text, period);
    return iso ? { kind: "done", iso } : { kind: "done" };
  }
  // A bare date written as text ("12/3/2025") is the day it was done; so is the day a sentence says the work was
  // done on ("Kiểm tra ngày 05/01/2018", "Tổ chức ngày 20/11"), when no word says it was not.
  const iso = /^[\d/.\s-]+$/.test(text) ? dayIn(text, period) : DONE_ON.test(text) && !parts ? dayIn(text, period) : null;
  return iso ? { kind: "done", iso } : { kind: "text", text };
}

const FLOOR_SHARE = new RegExp(`(?<!\\p{L})(${FLOOR_WORDS.map(([p]) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length).join("|")})(?:\\s+(?:tới|đến))?\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*%`, "giu");
const FROM_WORDS = new Set(FLOOR_WORDS.filter(([, w]) => w.from).map(([p]) => p));

/**
 * The share of the whole a task's own name asks: "Kiểm tra hoạt động sư phạm (ít nhất 30% giáo viên)" → 30. A floor
 * word of the reader's (lexicon.ts) must stand before the share; a bare "30%" is no ask. "từ A lên B" is a change to
 * B: a floor word after the "từ" of a range or change wins over it ("từ 80% lên 95%" → 95).
 * @example taskShare("Dự giờ ít nhất 50% số tiết") → 50
 */
export function taskShare(name: string): number | undefined {
  const all = [...name.normalize("NFC").matchAll(FLOOR_SHARE)];
  const m = all.find((a) => !FROM_WORDS.has(a[1].toLowerCase())) ?? all[0];
  const x = m ? Number(m[2].replace(",", ".")) : NaN;
  return x > 0 && x <= 100 ? x : undefined;
}

// A share of the work done right after the words saying what was done ("da thu 62%", "dat 85% dien tich", "hoan thanh
// 80% khoi luong", folded). A share after a clause ("hoan thanh, 99,8% cu tri di bau") remarks on a task done; one after
// a word of change or of what is left ("vuot 5%", "con 38%") is no share done.
// The share ends the cell or names the work it measures: "Tổ chức cho 95% học sinh tham gia" tells who took part in a
// task done, not a part of it (review of round 34).
const SHARE_DONE = /^(?:(?!(?:vuot|tang|giam|tren|hon|con|so|bang|chi|it)\b)[a-z]+ ){0,3}?(\d{1,3}(?:[.,]\d+)?) ?%(?= ?(?:$|[.;,)]|(?:khoi luong|dien tich|ke hoach|tien do|cong viec|du toan|so tien|chi tieu|gia tri|von)\b))/;

/**
 * Whether a result cell tells a share of a task done short of the share it asks (`need`, default the whole): work under
 * way, which a deadline reads as not done yet, never as a bad date.
 * @example partShare("Đã thu 62%") → true · partShare("Hoàn thành, 99,8% cử tri đi bầu") → false
 */
export function partShare(v: CellValue, need = 100): boolean {
  if (typeof v !== "string") return false;
  // (foldMarks: fold() drops the commas and slashes of "98,4%" and "20/5".)
  const f = foldMarks(v);
  const m = SHARE_DONE.exec(f);
  // (A day written beside the share is the day readers' to judge: "Đạt 90% ngày 20/5".)
  return m !== null && Number(m[1].replace(",", ".")) < need && !/\d ?[/.-] ?\d/.test(f.replace(m[0], ""));
}

/**
 * A task row with a day column ("Ngày hoàn thành") beside a words column ("Kết quả"): whether a day is written there,
 * which then decides when the task was done whatever the words say, and whether the words say it is not done ("Đang
 * thi công", "Đã thu 62%"), which checkList asks about against the day.
 * @example readTaskDay("Đang thi công", "12/3/2025") → { dayWritten: true, wordsUndone: true }
 */
export function readTaskDay(words: CellValue, day: CellValue, period?: Period | null): { dayWritten: boolean; wordsUndone: boolean } {
  const d = readCompletion(day, period);
  const dayWritten = d.kind === "done" && d.iso !== undefined;
  return { dayWritten, wordsUndone: dayWritten && typeof words === "string" && (NOT_DONE_WORDS.test(fold(words)) || partShare(words)) };
}
export const NO_TASK_DAY = { dayWritten: false, wordsUndone: false } as const;

/** "4/6 giáo viên", "12/15 trường": parts done of a whole, a noun after the pair (a date is followed by none). */
const PARTS_DONE = /(?<![\d/])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/])\s+(?!n[aă]m\b)\p{L}/u;
/** "ngày 05/01/2018", "ngày 20/11": a day the sentence names, with "ngày" before it. */
const DONE_ON = /\bng[aà]y\s*\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

/**
 * A completion as the actual the deadline judge reads: an ISO day, true (done, day unknown), false, or null.
 * @example completionActual({ kind: "done", iso: "2025-03-12" }) → "2025-03-12"
 */
export function completionActual(c: Completion): CellValue {
  switch (c.kind) {
    case "done":
      return c.iso ?? true;
    case "notDone":
      return false;
    case "empty":
      return null;
    case "text":
      return c.text;
  }
}
