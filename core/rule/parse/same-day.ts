// A same-day turnaround ("Ngay trong ngày tiếp nhận yêu cầu; … sau 15 giờ thì trả kết quả trong ngày làm việc tiếp
// theo"): a time limit of no whole working day, with the next working day as the case apart.
import type { Reading } from "../schema";

// "(ngay) trong (cùng) ngày (cơ quan) tiếp nhận / nhận hồ sơ": the result is due the day the request comes in (not
// "trong ngày làm việc tiếp theo kể từ khi nhận", the next day).
const SAME_DAY = /(?<!\p{L})trong (?:cùng )?ngày (?!làm việc)(?:[\p{L},]+ ){0,4}?(?:tiếp nhận|nhận)(?!\p{L})/u;
// "trong ngày làm việc tiếp theo": a request that comes in late is due the next working day.
const NEXT_DAY = /trong (?:0?1 |một )?ngày làm việc tiếp theo/u;
// The hour a late request comes in after ("sau 15 giờ", "sau 03 (ba) giờ chiều"): a time of day, no threshold.
const HOUR = /\d{1,2} (?:\(\p{L}+\) )?giờ/gu;

const days = (value: number): Reading => ({ kind: "compare", op: "<=", value, unit: { kind: "measure", unit: "ngày làm việc" }, intent: "plain" });

/**
 * The limit a same-day turnaround states (≤ 0 working days) and, when a late request may wait for the next working
 * day, that case's limit (≤ 1) as the runner-up: a day's wait is asked about, the same day or two days judged.
 * Null for any phrase with a figure other than the hour of day.
 * @example sameDay("ngay trong ngày tiếp nhận yêu cầu") → [≤ 0 ngày làm việc, null]
 */
export function sameDay(low: string): [Reading, Reading | null] | null {
  // (SAME_DAY needs "trong " and "nhận": plain looks first, as its look-behind keeps the regex from searching for them quickly.)
  if (!low.includes("trong ") || !low.includes("nhận") || !SAME_DAY.test(low) || /\d/u.test(low.replace(HOUR, ""))) return null;
  return [days(0), NEXT_DAY.test(low) ? days(1) : null];
}
