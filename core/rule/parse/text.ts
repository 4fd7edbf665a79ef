// Phrase text preparation for the target reader: one normalised copy for matching, index-aligned with the user's text.

/**
 * The two views of one phrase the reader works on, always the same length so an index into one
 * is an index into the other: `src` keeps the user's letters (for subjects and nouns), `low` is
 * lower-cased with old-style tone marks moved ("hoà" → "hòa") so word tables need one spelling.
 */
export interface Prepared {
  src: string;
  low: string;
}

// One pass over the text for every rewrite that changes the user's characters: dashes to "-", odd or repeated
// spaces to one space, symbolic operators to one spelling, "²", "³" to "2", "3" ("m³"), HTML superscripts from pasted plans.
// Every kind of space is a space (core/spaces.ts): "[^\S ]" is any white space but the plain one (no-break, thin,
// ideographic U+3000, …).
const REWRITE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]|\s{2,}|[^\S ]|>=|=>|≧|⩾|<=|=<|≦|⩽|[²³]|<\/?su[pb]>/giu;

function rewrite(m: string): string {
  const c = m.charCodeAt(0);
  if (m.length === 1) {
    if (c === 0xb2 || c === 0xb3) return c === 0xb2 ? "2" : "3";
    if (c === 0x2267 || c === 0x2a7e) return "≥";
    if (c === 0x2266 || c === 0x2a7d) return "≤";
    if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return "-";
    return " ";
  }
  if (m === ">=" || m === "=>") return "≥";
  if (m === "<=" || m === "=<") return "≤";
  if (m.charCodeAt(0) === 60 /* < */ && /^<\/?su[pb]>$/iu.test(m)) return "";
  return " ";
}

// Old and new tone placement both occur ("xoá"/"xóa", "thuỷ"/"thủy"); word tables use the new one.
const TONE_SWAP: Record<string, string> = {
  "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
  "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
  "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
};
const OLD_TONE = /(q?)([ou][àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu;
const MAY_HAVE_OLD_TONE = /[ou][àáảãạèéẻẽẹỳýỷỹỵ]/u;
// The vowels OLD_TONE moves a mark from, in either case, marked by code: the preparation's scan raises `tone` only
// for one of them after an "o" or "u", so the pattern is searched only in text that can hold it ("quốc", "hoạt",
// "người" cannot).
const TONED = new Uint8Array(0x1f00);
for (const ch of "àáảãạèéẻẽẹỳýỷỹỵ") {
  TONED[ch.charCodeAt(0)] = 1;
  TONED[ch.toUpperCase().charCodeAt(0)] = 1;
}
// Letters: ASCII, Latin-1 and Latin Extended (Vietnamese lives in U+00C0–U+024F and U+1E00–U+1EFF), and the combining
// marks U+0300–U+036F (a word's letter for the tokenizer, tokens.ts); other scripts are tested with \p{L} one character
// at a time (rare in targets). One table for both readers.
export const LETTER = new Uint8Array(0x2000);
for (let c = 65; c <= 90; c++) LETTER[c] = 1;
for (let c = 97; c <= 122; c++) LETTER[c] = 1;
for (let c = 0xc0; c <= 0x24f; c++) if (c !== 0xd7 && c !== 0xf7) LETTER[c] = 1;
for (let c = 0x300; c <= 0x36f; c++) LETTER[c] = 1;
for (let c = 0x1e00; c <= 0x1eff; c++) LETTER[c] = 1;

const GLUED_WORDS = "dưới|trên|đạt|còn|xuống|khoảng|tối thiểu|tối đa|ít nhất|không quá";
const GLUED_TEST = new RegExp(`(?<!\\p{L})(?:${GLUED_WORDS})\\d`, "iu");
const GLUED = new RegExp(`(?<!\\p{L})(${GLUED_WORDS})(\\d)`, "giu");
const PER_MILLE = /(\d)\s?%(?:0(?!\d)|o(?![\p{L}\d]))/giu;
const ARROW_A = /(\d) à (?=\d)/gu;

/**
 * Normalises a phrase: NFC, one kind of dash and space, symbolic operators in one spelling
 * (">=" → "≥"), HTML superscripts from pasted plans ("m<sup>2</sup>" → "m2").
 * @example prepare("Từ  95 % trở lên").low → "từ 95 % trở lên"
 * @param lowered `text.toLowerCase()` when the caller has it already (saves folding the text twice).
 */
export function prepare(text: string, lowered?: string): Prepared {
  // One look at every character decides whether the slower normalisations are needed at all, and whether the
  // glued-operator and old-tone patterns can occur: a digit right after a letter, an "o" or "u" before a
  // vowel whose mark OLD_TONE moves, at the end of a word. (NFC and the rewrites can make either appear, so those texts are always tested.)
  let nfc = false;
  let rw = false;
  let glued = false;
  let tone = false;
  // A "<" may open a "<sup>" the rewrite deletes, joining the letters around it; every other rewrite puts one
  // non-letter in place of another, so it cannot bring an "o" or "u" next to a marked vowel.
  let tag = false;
  // " à " and "%0", the shapes the arrow and per-mille rewrites below look for (or text NFC and REWRITE change).
  let arrow = false;
  let mille = false;
  let prev = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (c === 0xe0 && prev === 32) arrow = true;
      if (c >= 0x300 && c <= 0x36f) nfc = true;
      // (Only characters REWRITE matches, as before: "≥", "≤", "…", "“", "‰" and the like leave the text as it is.)
      else if (c === 0xa0 || c === 0xb2 || c === 0xb3 || c === 0x1680 || (c >= 0x2000 && c <= 0x2015) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x2266 || c === 0x2267 || c === 0x2a7d || c === 0x2a7e || c === 0x3000 || c >= 0xfe00) rw = true;
      else if (c < 0x1f00 && TONED[c] === 1 && ((prev | 0x20) === 111 /* o */ || (prev | 0x20) === 117) /* u */) {
        const next = text.charCodeAt(i + 1);
        // Letters for OLD_TONE's "(?!\p{L})", as far as LETTER says for sure (its combining marks are no \p{L}): a marked
        // vowel followed by one ("hoàn", "khoảng", "toàn") is not moved; any other following character (or none) raises `tone`.
        if (!(next < 0x1f00 && LETTER[next] === 1 && (next < 0x300 || next > 0x36f))) tone = true;
      }
    } else if (c >= 48 && c <= 57) {
      // (Only after the last letter of a GLUED_WORDS word, in either case: "i", "n", "t", "g", "u", "a" or "á"; "m2",
      // "≥95" and "THCS2" are not looked at again.)
      const l = prev | 0x20;
      if (l === 105 || l === 110 || l === 116 || l === 103 || l === 117 || l === 97 || prev === 0xe1 || prev === 0xc1) glued = true;
    } else if (c === 37) {
      // ("%0", "%o": a zero or the letter o after it.)
      const n = text.charCodeAt(i + 1);
      if (n === 48 || n === 111 || n === 79) mille = true;
    } else if (c < 32 || c === 61 || c === 60 || (c === 32 && text.charCodeAt(i + 1) === 32)) {
      rw = true;
      if (c === 60) tag = true;
    }
    prev = c;
  }
  let src = nfc ? text.normalize("NFC") : text;
  if (rw) src = src.replace(REWRITE, rewrite);
  src = src.trim();
  // "xuống dưới18,5‰", "đạt95%": an operator word glued to its figure (a typing slip in pasted plans) is two words.
  if ((glued || nfc || rw) && GLUED_TEST.test(src)) src = src.replace(GLUED, "$1 $2");
  // "từ 07/12 à 19/12/2020": an arrow typed in a symbol font (Wingdings "à" is "→") between two figures is a dash.
  if ((arrow || nfc || rw) && src.includes(" à ")) src = src.replace(ARROW_A, "$1 - ");
  // "0,5%0", "0,7 – 1%o": per mille typed as a percent sign and a zero or an "o".
  if ((mille || nfc || rw) && src.includes("%")) src = src.replace(PER_MILLE, "$1‰");
  // Lower-casing never shortens a character, so equal total length means every index still lines up.
  // (`lowered` is the caller's text.toLowerCase(), done once for the whole phrase: it is src's own when nothing above
  // changed the text, the usual case.)
  let low = lowered !== undefined && src === text ? lowered : src.toLowerCase();
  if (low.length !== src.length) {
    low = "";
    for (const ch of src) {
      const l = ch.toLowerCase();
      low += l.length === ch.length ? l : ch;
    }
  }
  // Only an open syllable moves its mark ("hoà" → "hòa", but "hoàn" stays); after "q" the "u" belongs to
  // the consonant ("quý"), so the mark stays on "y".
  if ((tone || nfc || tag) && MAY_HAVE_OLD_TONE.test(low)) low = low.replace(OLD_TONE, (m, q: string, v: string) => (q ? m : TONE_SWAP[v] ?? v));
  return { src, low };
}

/** NFC, skipping the work for text with no combining marks (Vietnamese typed on a normal keyboard is already NFC). */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return text.normalize("NFC");
  }
  return text;
}

/**
 * A label before the target and its colon ("Thi đua: xếp thứ 3 trong cụm", "Mục tiêu: Giảm tỷ lệ …"): a few words, no
 * figure. A recogniser that reads a target by its first words reads them after it, so a label changes no reading.
 * Not a label that names a time or a result ("Hiện nay:", "Kết quả:", "Năm học trước:"): what follows it is where things
 * stand (fix36a). Round 36 (mend36). @example "thi đua: xếp thứ 3".replace(LEAD_LABEL, "") → "xếp thứ 3"
 */
export const LEAD_LABEL = /^[\s\-+•*]*(?![^:]*?(?<!\p{L})(?:hiện (?:nay|tại|trạng)|thực trạng|kết quả|tình hình|đạt được|trước|đã)(?!\p{L}))[^\d\s:;,.()][^\d:;,.()]{0,40}:\s+/u;

/**
 * How long the LEAD_LABEL at the start of `low` is, 0 when there is none. The label needs a ":"; a text without one (most
 * phrases) is done by one cheap look, not by the label's look-ahead tried over the whole text.
 * @example leadLabelEnd("thi đua: xếp thứ 3") → 9
 */
export function leadLabelEnd(low: string): number {
  return low.includes(":") ? (LEAD_LABEL.exec(low)?.[0].length ?? 0) : 0;
}

export function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1945 && v <= 2100;
}
