// What a target measures, as the phrase names it ("tỷ lệ trẻ suy dinh dưỡng"), for explanations; worked out once per reading.
import type { Prepared } from "./text";

const LEAD_JUNK = /^[\s\-+•*·–:;,.]+/u;
const CLOSE_WORDS = /^(?:trở lên|trở xuống|trở lại)(?![\p{L}])/iu;
const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s+/u;
const TAIL_JUNK = /[\s:;,.\-–(]+$/u;
const TAIL_OPS = /(?:^|\s)(?:phấn đấu|(?<!chưa |không )đạt|là|có|chiếm|được|đạt được|tỷ lệ đạt|ít nhất|tối thiểu|trên|dưới|từ|không quá|tối đa)$/iu;
const HEAD_VERBS = /^(?:phấn đấu|có|đạt)\s+/iu;
const EVERY = /^(?:mỗi|hằng|hàng) (?:năm|tháng|quý|tuần)$/iu;

/**
 * Trims a subject: bullets, list numbers, leading verbs and trailing operator words.
 * @example cleanSubject("- Tỷ lệ trẻ ra lớp đạt") → "Tỷ lệ trẻ ra lớp"
 */
export function cleanSubject(s: string): string | undefined {
  let t = s.replace(LEAD_JUNK, "").replace(CLOSE_WORDS, "").replace(LEAD_JUNK, "").replace(NUMBERING, "").replace(TAIL_JUNK, "").trim();
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t.replace(TAIL_OPS, "").replace(HEAD_VERBS, "").replace(TAIL_JUNK, "").trim();
    if (t === before) break;
  }
  if (!/\p{L}{2,}/u.test(t) || EVERY.test(t)) return undefined;
  return t.length > 160 ? t.slice(0, 160).replace(/\s+\S*$/u, "") : t;
}

/** Subject of a reading: the words before `start` (its operator), or failing that the words after `end` (its unit). */
export function subjectOf(p: Prepared, start: number, end: number): string | undefined {
  const head = cleanSubject(p.src.slice(Math.max(0, start - 300), start));
  if (head) return head;
  const tail = p.src.slice(end, end + 300).replace(/^\s*(?:số\s+)?/u, "").split(/[;(]|(?:^|\s)so với\s/u)[0];
  return cleanSubject(tail);
}
