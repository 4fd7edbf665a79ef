// What a target measures, as the phrase names it ("tỷ lệ trẻ suy dinh dưỡng"), for explanations; worked out once per reading.
import { EVERY_PERIOD } from "./lexicon";
import { LETTER as LETTERS, type Prepared } from "./text";
import { isDigit } from "./tokens";

// Characters trimmed from either end of a subject: bullets, dashes and punctuation (and spaces).
const LEAD = new Set([" ", "\t", "\n", "\u00a0", "-", "+", "•", "*", "·", "–", ":", ";", ",", "."]);
const TAIL = new Set([" ", "\t", "\n", "\u00a0", ":", ";", ",", ".", "-", "–", "("]);
// Words an operator leaves at the end of a subject ("Tỷ lệ trẻ ra lớp đạt"); "chưa đạt", "không đạt" are names.
const TAIL_OPS = new Set(["phấn đấu", "đạt", "là", "có", "chiếm", "được", "đạt được", "tỷ lệ đạt", "ít nhất", "tối thiểu", "trên", "dưới", "từ", "không quá", "tối đa"]);
// First letter and length of each TAIL_OPS word: the text is cut out and looked up only when both fit one.
const TAIL_OP_SHAPES = new Set([...TAIL_OPS].map((w) => w.charCodeAt(0) * 16 + w.length));
// Verbs that open a subject without naming it.
const HEAD_VERBS = ["phấn đấu ", "có ", "đạt "];
// A subject that is only "mỗi năm" names a period, not what is measured.
const EVERY = new RegExp(`^${EVERY_PERIOD}$`, "u");
const CLOSE_WORDS = ["trở lên", "trở xuống", "trở lại"];
const LETTER = /\p{L}/u;

// ASCII, Latin-1 and Latin Extended letters (Vietnamese), looked up in the tokenizer's table; other scripts by \p{L}.
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2000) return LETTERS[c] === 1;
  return LETTER.test(s[i]);
}

/**
 * Trims a subject: bullets, list numbers, leading verbs and trailing operator words. Works on indices into the text
 * and its lower-case copy (same length), so trimming costs no regular expression and no copies until the end.
 * @example cleanSubject("- Tỷ lệ trẻ ra lớp đạt") → "Tỷ lệ trẻ ra lớp"
 */
export function cleanSubject(s: string, lower?: string): string | undefined {
  let low = lower ?? s.toLowerCase();
  if (low.length !== s.length) low = s;
  let a = 0;
  let b = s.length;
  while (a < b && LEAD.has(s[a])) a++;
  for (const w of CLOSE_WORDS) {
    if (low.startsWith(w, a) && !(a + w.length < b && isLetterAt(s, a + w.length))) {
      a += w.length;
      break;
    }
  }
  while (a < b && LEAD.has(s[a])) a++;
  // "1. ", "3.1) ", "a) ": a list number.
  if (a < b && isDigit(s.charCodeAt(a))) {
    let k = a;
    while (k < b && (isDigit(s.charCodeAt(k)) || (s[k] === "." && isDigit(s.charCodeAt(k + 1))))) k++;
    if ((s[k] === "." || s[k] === ")") && s[k + 1] === " ") a = k + 2;
  } else if (a + 2 < b && s[a + 1] === ")" && s[a + 2] === " " && /[a-zđ]/u.test(low[a])) a += 3;
  while (b > a && TAIL.has(s[b - 1])) b--;
  for (let k = 0; k < 4; k++) {
    const a0 = a;
    const b0 = b;
    b = dropTailOp(low, a, b);
    for (const v of HEAD_VERBS) {
      if (low.startsWith(v, a)) {
        a += v.length;
        break;
      }
    }
    while (a < b && s[a] === " ") a++;
    while (b > a && TAIL.has(s[b - 1])) b--;
    if (a === a0 && b === b0) break;
  }
  let pair = false;
  for (let k = a; k + 1 < b && !pair; k++) if (isLetterAt(s, k) && isLetterAt(s, k + 1)) pair = true;
  if (!pair || EVERY.test(low.slice(a, b))) return undefined;
  if (b - a > 160) {
    const cut = s.lastIndexOf(" ", a + 160);
    b = cut > a ? cut : a + 160;
  }
  return s.slice(a, b);
}

/** The end of [a, b) without one trailing operator word ("đạt", "tỷ lệ đạt", "không quá"), if it ends with one. */
function dropTailOp(low: string, a: number, b: number): number {
  let best = -1;
  let at = b;
  for (let n = 0; n < 3; n++) {
    at = low.lastIndexOf(" ", at - 1);
    const from = at < a ? a : at + 1;
    if (b - from <= 10 && TAIL_OP_SHAPES.has(low.charCodeAt(from) * 16 + b - from) && TAIL_OPS.has(low.slice(from, b))) {
      if (b - from === 3 && low.slice(from, b) === "đạt" && (low.endsWith("chưa ", from) || low.endsWith("không ", from))) break;
      best = at < a ? a : at;
    }
    if (at < a) break;
  }
  return best < 0 ? b : best;
}

/** Subject of a reading: the words before `start` (its operator), or failing that the words after `end` (its unit). */
export function subjectOf(p: Prepared, start: number, end: number): string | undefined {
  const from = Math.max(0, start - 300);
  const head = cleanSubject(p.src.slice(from, start), p.low.slice(from, start));
  if (head) return head;
  // After the unit, up to ";", "(" or "so với" (a baseline is no subject); "số" opening it is a filler.
  let a = end;
  while (p.low[a] === " ") a++;
  if (p.low.startsWith("số ", a)) a += 3;
  let b = Math.min(p.low.length, a + 300);
  for (const stop of [";", "(", " so với "]) {
    const k = p.low.indexOf(stop, a);
    if (k >= 0 && k < b) b = k;
  }
  if (p.low.startsWith("so với ", a)) return undefined;
  return cleanSubject(p.src.slice(a, b), p.low.slice(a, b));
}
