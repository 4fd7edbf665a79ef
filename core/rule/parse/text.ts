// Phrase text preparation for the target parser: normalisation and the figure tokens it reasons about.
import { scanNumbers } from "../../number/parse";

/**
 * The two views of one phrase the parser works on, always the same length so an index into one
 * is an index into the other: `src` keeps the user's letters (for subjects and nouns), `low` is
 * lower-cased with old-style tone marks moved ("hoà" → "hòa") so word tables need one spelling.
 */
export interface Prepared {
  src: string;
  low: string;
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2007\u202F\uFEFF]+/g;

// Old and new tone placement both occur in the seeds ("xoá"/"xóa", "thuỷ"/"thủy"); match tables use the new one.
const TONE_SWAP: Record<string, string> = {
  "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
  "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
  "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
};

/**
 * Normalises a phrase: NFC, one kind of dash and space, symbolic operators in one spelling
 * (">=" → "≥"), HTML superscripts from pasted plans ("m<sup>2</sup>" → "m2").
 * @example prepare("Từ  95 % trở lên").low → "từ 95 % trở lên"
 */
export function prepare(text: string): Prepared {
  const src = text
    .normalize("NFC")
    .replace(/<\/?su[pb]>/gi, "")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .replace(/>=|=>|≧|⩾/g, "≥")
    .replace(/<=|=<|≦|⩽/g, "≤")
    .replace(/²/g, "2")
    .trim();
  // Lower-casing never shortens a character, so equal total length means every index still lines up.
  let low = src.toLowerCase();
  if (low.length !== src.length) {
    low = "";
    for (const ch of src) {
      const l = ch.toLowerCase();
      low += l.length === ch.length ? l : ch;
    }
  }
  // Only an open syllable moves its mark ("hoà" → "hòa", but "hoàn" stays); after "q" the "u" belongs to
  // the consonant ("quý"), so the mark stays on "y".
  low = low.replace(/(q?)([ou][àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu, (m, q: string, v: string) => (q ? m : TONE_SWAP[v] ?? v));
  return { src, low };
}

/** What a number in a phrase is, as far as context tells. Only `figure`s can be thresholds. */
export type Role = "figure" | "year" | "date" | "population" | "reference" | "numbering";

export interface Tok {
  value: number;
  percent: boolean;
  start: number;
  end: number;
  text: string;
  role: Role;
  /** Written as a word ("hai", "mười"), not digits. */
  word?: boolean;
  /** Digits without a thousands dot or decimal comma (so "6,7" after "lớp" may be a list). */
  integer: boolean;
}

// Unit words that may follow a number word; "năm" and "một" are too common as ordinary words
// ("năm" is also "year", "một số" is "some"), so they count only right after an operator.
const WORD_NUMBERS: Record<string, number> = {
  hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
};
const WORD_AFTER_OP: Record<string, number> = { một: 1, năm: 5 };
const UNIT_WORDS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };
const OP_TAIL = /(?:ít nhất|tối thiểu|tối đa|không quá|trên|dưới|thêm|đạt|có|từ|≥|≤|>|<)\s*$/;

/** Number words as tokens: "hai giải", "mười trường", "mười lăm", "hai mươi mốt"; "năm"/"một" only after an operator. */
const ANY_NUMBER_WORD = /(?:^|[^\p{L}])(?:hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười|một|năm)(?![\p{L}])/u;

function wordTokens(p: Prepared): Tok[] {
  const out: Tok[] = [];
  if (!ANY_NUMBER_WORD.test(p.low)) return out;
  const re = /\p{L}+/gu;
  const words: Array<{ w: string; s: number; e: number }> = [];
  for (let m = re.exec(p.low); m; m = re.exec(p.low)) words.push({ w: m[0], s: m.index, e: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    const { w, s } = words[i];
    let v: number | undefined = WORD_NUMBERS[w];
    if (v === undefined && w in WORD_AFTER_OP && OP_TAIL.test(p.low.slice(Math.max(0, s - 14), s))) v = WORD_AFTER_OP[w];
    if (v === undefined) continue;
    let j = i;
    // "mười" must be read with the word after it ("mười lăm" is 15), and "hai mươi" before single "hai".
    if (w === "mười" && words[i + 1] && words[i + 1].s === words[i].e + 1 && words[i + 1].w in UNIT_WORDS && words[i + 1].w !== "tư") {
      v = 10 + UNIT_WORDS[words[i + 1].w];
      j = i + 1;
    } else if (v >= 2 && v <= 9 && words[i + 1]?.w === "mươi" && words[i + 1].s === words[i].e + 1) {
      v *= 10;
      j = i + 1;
      const n = words[i + 2];
      if (n && n.s === words[j].e + 1 && n.w in UNIT_WORDS && n.w !== "năm") {
        v += UNIT_WORDS[n.w];
        j = i + 2;
      }
    }
    // A number word is a count only when a noun follows ("hai giải"), not inside names or at the end.
    const after = p.low.slice(words[j].e, words[j].e + 2);
    if (!/^ \p{L}/u.test(after)) continue;
    out.push({ value: v, percent: false, start: s, end: words[j].e, text: p.src.slice(s, words[j].e), role: "figure", word: true, integer: true });
    i = j;
  }
  return out;
}

/**
 * All numbers of a phrase, digits and words, in order, each with a first guess at its role.
 * Footnote digits glued to a school year ("2024-20251") are cut back to the year.
 */
export function tokenize(p: Prepared, limit = Infinity): Tok[] {
  const toks: Tok[] = scanNumbers(p.src, limit).map((t) => ({
    value: t.value,
    percent: t.percent,
    start: t.start,
    end: t.end,
    text: t.text,
    role: "figure" as Role,
    integer: /^[+-]?\d+$/.test(t.text.replace(/\s*%$/, "")),
  }));
  for (let i = 1; i < toks.length; i++) {
    const a = toks[i - 1];
    const b = toks[i];
    const between = p.src.slice(a.end, b.start);
    // "2024-20251": the fifth digit is a footnote mark; the school year is 2024-2025.
    if (isYear(a.value) && /^\s*-\s*$/.test(between) && /^\d{5,6}$/.test(b.text)) {
      const y = Number(b.text.slice(0, 4));
      if (y === a.value + 1 || y === a.value) {
        b.value = y;
        b.text = b.text.slice(0, 4);
      }
    }
  }
  const words = wordTokens(p);
  return words.length === 0 ? toks : [...toks, ...words].sort((x, y) => x.start - y.start);
}

export function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1945 && v <= 2100;
}

/** Lower-case text just before a position, at most `n` characters, not crossing `floor`. */
export function before(p: Prepared, pos: number, n = 48, floor = 0): string {
  return p.low.slice(Math.max(floor, pos - n), pos);
}

/** Lower-case text just after a position, at most `n` characters. */
export function after(p: Prepared, pos: number, n = 48): string {
  return p.low.slice(pos, pos + n);
}
