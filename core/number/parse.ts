// Vietnamese number text: "7.910" is 7910, "85,7" is 85.7, "1.234,5" is 1234.5, "65%" is 0.65.
import type { Bilingual } from "../types";

export type NumberResult =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: Bilingual };

/** One number token inside a longer text, as the phrase lexer needs it. */
export interface NumberToken {
  value: number;
  percent: boolean;
  /** Index of the first character and one past the last (including "%" and any scale word). */
  start: number;
  end: number;
  /** The source text of the token. */
  text: string;
}

const SCALE_WORDS: Array<[RegExp, number]> = [
  // "tỷ"/"tỉ" before "triệu" does not matter (no shared prefix); listed largest first for readability.
  [/^\s*(tỷ|tỉ)(?![\p{L}])/u, 1e9],
  [/^\s*triệu(?![\p{L}])/u, 1e6],
  [/^\s*vạn(?![\p{L}])/u, 1e4],
  [/^\s*(nghìn|ngàn)(?![\p{L}])/u, 1e3],
];

/**
 * Reads the numeric body of a token: digits with Vietnamese grouping and decimal marks.
 * A dot followed by exactly three digits (and then no further digit) groups thousands;
 * any other dot is a decimal point ("IELTS 5.5", "1.5%"). A comma is always the decimal mark.
 */
function digitsValue(body: string): number | null {
  let s = body;
  const comma = s.indexOf(",");
  let intPart = comma >= 0 ? s.slice(0, comma) : s;
  const fracPart = comma >= 0 ? s.slice(comma + 1) : "";
  if (fracPart.includes(",") || fracPart.includes(".")) return null;
  if (intPart.includes(".")) {
    const groups = intPart.split(".");
    // A leading "0" group is never a thousands group: "0.125" is a decimal.
    const grouped = groups.slice(1).every((g) => g.length === 3) && groups[0].length >= 1 && groups[0].length <= 3 && !groups[0].startsWith("0");
    if (grouped) intPart = groups.join("");
    else if (groups.length === 2 && comma < 0) return Number(`${groups[0]}.${groups[1]}`);
    else return null;
  }
  if (intPart === "" || !/^\d+$/.test(intPart)) return null;
  s = fracPart ? `${intPart}.${fracPart}` : intPart;
  return Number(s);
}

// A digit run with optional "." groups and one "," decimal part; anchored use only (no nested quantifiers
// over the same characters, so matching stays linear).
const NUMBER_AT = /[+\-−]?\d+(?:[.,]\d+)*/y;

/**
 * Finds every number in a text, left to right, with "%" and scale words ("1,2 triệu") attached.
 * Footnote digits glued to a word ("2024-20251") are the caller's concern; this reads what it sees.
 * `limit` stops after that many numbers (the parser needs only the first few of a huge text).
 * @example scanNumbers("7.910 trẻ/9.232 (85,7%)") → values 7910, 9232, 0.857 (percent)
 */
export function scanNumbers(text: string, limit = Infinity): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < text.length && out.length < limit) {
    const c = text.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const next = text.charCodeAt(i + 1);
    const isSign = (c === 45 || c === 43 || c === 0x2212) && next >= 48 && next <= 57;
    // A sign only counts at the start or after a space/operator: "55-60" is a range, not 55 and −60.
    const signAllowed = isSign && (i === 0 || /[\s(≥≤<>=:]/.test(text[i - 1]));
    if (!isDigit && !signAllowed) {
      i++;
      continue;
    }
    // Digits glued to a preceding letter are part of a word or code ("THCS2", "m2"), not a figure.
    if (isDigit && i > 0 && isLetter(text.charCodeAt(i - 1), text[i - 1])) {
      while (i < text.length && isDigitOrMark(text.charCodeAt(i))) i++;
      continue;
    }
    NUMBER_AT.lastIndex = i;
    const m = NUMBER_AT.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let raw = m[0];
    // A trailing ".", "," belongs to the sentence ("đạt 95%." / "lớp 6,7" handled by callers).
    const signed = !isDigitOrMark(raw.charCodeAt(0));
    const sign = signed && raw[0] !== "+" ? -1 : 1;
    const body = signed ? raw.slice(1) : raw;
    let value = digitsValue(body);
    let end = i + raw.length;
    if (value === null) {
      // Unreadable grouping ("1.2.3", "6,7,8"): no number, and the whole run is skipped, so a long
      // "1.1.1.…" is looked at once (linear time) instead of once per dot.
      i = end;
      continue;
    }
    value *= sign;
    let percent = false;
    let j = end;
    while (text[j] === " ") j++;
    if (text[j] === "%") {
      percent = true;
      value /= 100;
      end = j + 1;
    } else if (/[tTnN]/.test(text[j] ?? "") || text.startsWith("vạn", j)) {
      for (const [re, mult] of SCALE_WORDS) {
        const sm = re.exec(text.slice(end, end + 8));
        if (sm) {
          value *= mult;
          end += sm[0].length;
          // "34 triệu 170 ngàn": a smaller scaled rest after a whole scaled number is part of it.
          for (let big = mult, rm, q: RegExpExecArray | null = null; Number.isInteger(value / big) && (rm = /^ +(\d{1,3})/.exec(text.slice(end, end + 5))); ) {
            const e = end + rm[0].length;
            const w = SCALE_WORDS.find(([r]) => (q = r.exec(text.slice(e, e + 8))));
            if (!w || w[1] >= big) break;
            value += +rm[1] * (big = w[1]);
            end = e + q![0].length;
          }
          break;
        }
      }
    }
    out.push({ value: roundFloat(value), percent, start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

function isLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

function isDigitOrMark(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46 || code === 44;
}

/** A number to 12 significant digits, dropping binary noise (0.857000000001 → 0.857); large integers round too. */
export const round12 = (v: number): number => Number(v.toPrecision(12));

/** Removes binary noise such as 0.857000000001 introduced by /100. */
export function roundFloat(v: number): number {
  // Integers need no rounding, and toPrecision is slow enough to dominate long texts full of counts.
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  return round12(v);
}

/** The digits in words ("không" 0 … "chín" 9, with "mốt", "tư", "lăm", "bẩy"); one table for every number-word reader. */
export const DIGIT_WORDS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};

const SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
/** The words of a run that are not digits. */
export const RUN_WORD = /^(?:mư[ơờ]i|trăm|linh|lẻ|nghìn|ngàn|triệu|t[ỷỉ]|rư[ỡở]i)$/u;

/**
 * Reads one run of Vietnamese number words from word i, whole: [value, words taken], or null when the run cannot be
 * read whole (never a prefix). "hai mươi mốt" 21, "một trăm linh năm" 105, "ba nghìn không trăm hai mươi" 3020,
 * "một nghìn rưỡi" 1500. The run ends before "năm" after "mười"/"mươi"/a scale ("mười năm" is ten years) and before
 * "tư" that starts a word ("tư thục"); a bare digit after "trăm"/"nghìn" ("một trăm hai", 102 or 120) is refused.
 */
export function wordRun(w: (k: number) => string | undefined, i: number): [value: number, len: number] | null {
  const is = (k: number, re: RegExp) => re.test(w(k) ?? "");
  const d = (k: number) => DIGIT_WORDS[w(k) ?? ""];
  // "mốt", "lăm" are digits only after "mươi"/"mười"; "rưỡi" is a half of what it follows.
  const inner = (k: number) => is(k, /^(?:mốt|lăm)$/u);
  const half = (k: number) => is(k, /^rư[ỡở]i$/u);
  let k = i;
  let total = 0;
  let last = 2e9;
  for (;;) {
    let g = -1;
    const h = d(k);
    if (h + total > 0 && w(k + 1) === "trăm") {
      g = h * 100;
      k += 2;
      if (half(k)) return [total + g + 50, k + 1 - i];
      if (is(k, /^(?:linh|lẻ)$/u)) {
        g += d(k + 1);
        if (!d(k + 1) || inner(k + 1)) return null;
        k += 2;
      }
    }
    if (g % 100 < 1) {
      const t = d(k);
      const tens = w(k) === "mười" ? 10 : t > 1 && w(k + 1) === "mươi" && !is(k, /^(?:mốt|lăm|tư)$/u) ? t * 10 : 0;
      if (tens) {
        k += tens > 10 ? 2 : 1;
        const u = d(k) && !is(k, /^(?:năm|không)$/u) && !(tens === 10 && w(k) === "mốt") && !(w(k) === "tư" && is(k + 1, /^(?:thục|vấn|nhân|liệu|pháp)$/u)) ? d(k) : 0;
        g = Math.max(g, 0) + tens + u;
        if (u) k++;
      } else if (g < 0) {
        // a lone digit starts a group only at the start of the run
        if (t === undefined || k > i || inner(k)) return k > i ? [total, k - i] : null;
        g = t;
        k++;
      } else if (t !== undefined && w(k) !== "năm") return null;
    }
    const s = SCALE[w(k) ?? ""];
    if (!s || s > 1e6 && is(k + 1, /^(?:lệ|số|suất|trọng)$/u)) return [total + g, k - i];
    if (s >= last || !g) return null;
    total += g * s;
    last = s;
    if (half(++k)) return [total + s / 2, k + 1 - i];
    // after a scale, a run goes on only with "mười", a digit before "trăm"/"mươi"/a scale, not a bare digit ("hai nghìn tư")
    const n = w(k + 1) ?? "";
    if (is(k, /^(?:linh|lẻ)$/u)) return null;
    if (d(k) === undefined && w(k) !== "mười" || w(k) === "năm" && !/^(?:trăm|mươi)$/u.test(n)) return [total, k - i];
    if (!/^(?:trăm|mươi)$/u.test(n) && w(k) !== "mười" && !SCALE[n]) return null;
  }
}

/**
 * Reads a whole text as Vietnamese number words: "hai" → 2, "mười lăm" → 15, "một trăm linh năm" → 105.
 * Returns null for anything else.
 */
export function numberWords(text: string): number | null {
  const w = text.trim().toLowerCase().normalize("NFC").split(/\s+/);
  const r = wordRun((k) => w[k], 0);
  return r && r[1] === w.length ? r[0] : null;
}

/**
 * Reads a whole text as one number, Vietnamese style.
 * @example readNumber("85,7%") → { ok: true, value: 0.857, percent: true }
 * @example readNumber("7.910") → { ok: true, value: 7910, percent: false }
 * @example readNumber("x") → { ok: false, reason: { vi: "…", en: "…" } }
 */
export function readNumber(text: string): NumberResult {
  const t = text.normalize("NFC").trim();
  if (t === "") return { ok: false, reason: { vi: "ô trống", en: "empty" } };
  if (t.length > 64) return { ok: false, reason: { vi: "chuỗi quá dài để là một số", en: "text too long to be a number" } };
  const w = numberWords(t);
  if (w !== null) return { ok: true, value: w, percent: false };
  const toks = scanNumbers(t);
  if (toks.length === 1 && toks[0].start === 0 && toks[0].end === t.length) {
    return { ok: true, value: toks[0].value, percent: toks[0].percent };
  }
  return { ok: false, reason: { vi: `"${t}" không phải là số`, en: `"${t}" is not a number` } };
}
