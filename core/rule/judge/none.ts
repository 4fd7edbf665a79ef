// A cell that denies the target's own verb ("chưa có" for "có tối thiểu 01 phòng", "chưa tổ chức" for "tổ chức thực
// tập … hàng năm"): an answer, none, not a figure missing.
import type { CellValue } from "../../types";
import type { Reading, Rule } from "../schema";
import { BAN_VERBS } from "../parse/lexicon";

// "chưa có", "không tổ chức", "chưa thành lập": a not-yet or not word, then the verb (one to three words).
const DENIAL = /^(?:chưa hề|chưa từng|không hề|chưa|không)\s+(\p{L}+(?:\s+\p{L}+){0,2})\s*[.!]?$/u;
// Verbs about the figures themselves ("chưa có số liệu", "chưa báo cáo", "chưa đánh giá"): nothing known yet, so no
// data whatever the target says; and the yes/no words the cell readers already answer ("chưa đạt", "chưa hoàn thành").
const ABOUT_DATA = /^(?:có số|có dữ|số liệu|dữ liệu|báo cáo|cập nhật|tổng hợp|thống kê|đánh giá|xét|bình xét|xếp loại|rõ|biết|xác định|đạt|hoàn thành|xong)(?!\S)/u;

/**
 * The verb a cell denies, when the target phrase says that verb itself ("chưa có" under "Xã có Ban Chỉ đạo …"), else
 * null. Words about the figures ("chưa có số liệu", "chưa báo cáo") deny no verb of the target.
 * @example deniedVerb({ text: "Phòng học bộ môn Tin học: có tối thiểu 01 phòng" }, "chưa có") → "có"
 * @example deniedVerb({ text: "Tỷ lệ trẻ 5 tuổi ra lớp đạt 99%" }, "chưa có") → null
 */
export function deniedVerb(target: { text?: string }, actual: CellValue): string | null {
  if (typeof actual !== "string" || !target.text || actual.length > 40 || actual.length < 6) return null;
  // (Most cells are figures: only one starting "c"/"k" (chưa, không) can be a denial.)
  const c0 = actual.charCodeAt(0) | 0x20;
  if (c0 !== 0x63 && c0 !== 0x6b && c0 !== 0x20) return null;
  const m = DENIAL.exec(actual.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " "));
  if (!m || ABOUT_DATA.test(m[1])) return null;
  return wordsOf(target as { text: string }).includes(` ${m[1]} `) ? m[1] : null;
}

const BAN_OF = (verb: string) => new RegExp(` (?:không|cấm)(?: được)? ${verb} `, "u");
const BAN = BAN_OF(`(?:${BAN_VERBS})`);

/** The target is a ban ("Các trường không sử dụng túi ni lông"): a 0 typed may be "no" or "none happened". */
export function isBan(target: { text?: string }): boolean {
  // (Not the canonical yes/no's own lead, "có/không — tổ chức …": that "không" is the question's.)
  return !!target.text && BAN.test(wordsOf({ text: target.text.replace(/^\s*(?:có|yes)\/(?:không|no)/iu, "") }));
}

/**
 * The verb of a ban the cell repeats ("không sử dụng" under "các trường không sử dụng túi ni lông"): the ban kept, a
 * yes. Else null.
 * @example echoedBan({ text: "Cả nước không sử dụng đồ nhựa dùng một lần" }, "không sử dụng") → "không sử dụng"
 */
export function echoedBan(target: { text?: string }, actual: CellValue): string | null {
  if (typeof actual !== "string" || !target.text || actual.length > 40 || actual.length < 6) return null;
  const m = DENIAL.exec(actual.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, " "));
  return m && m[0].startsWith("không") && !ABOUT_DATA.test(m[1]) && BAN_OF(m[1]).test(wordsOf(target as { text: string })) ? m[0].replace(/[.!]$/u, "").trim() : null;
}

// A target's words, padded with spaces, worked out once per rule object (every row judged against it reuses them).
const WORDS = new WeakMap<object, string>();

function wordsOf(target: { text: string }): string {
  let w = WORDS.get(target);
  if (w === undefined) {
    w = ` ${target.text.normalize("NFC").toLowerCase().replace(/[^\p{L}\d]+/gu, " ")} `;
    WORDS.set(target, w);
  }
  return w;
}

/**
 * What "none" is for a reading: no for a yes/no, a level or a zero target ("chưa có" chứng chỉ bậc 1 is short of it;
 * "chưa có" vụ nào meets "không để xảy ra"); 0 for a count or measure of things or a frequency; nothing for a rate
 * or a share, where "chưa có" still means no figure yet (null: read the cell as it is).
 */
export function noneFor(reading: Rule | Reading): false | 0 | null {
  switch (reading.kind) {
    case "boolean":
    case "level":
    case "zero":
      return false;
    case "frequency":
      return 0;
    case "compare":
    case "range":
      return reading.unit.kind === "count" || reading.unit.kind === "measure" ? 0 : null;
    default:
      return null;
  }
}
