// Tokenizer of the target reader: numbers, number words, words and symbols with their spans, and lexicon hits, once per phrase.
import { LEXICON, M, OWED, RECOVER, WORD_HASH_SEED, WORDS, wordHashStep, type Entry, type Marker, type Node } from "./lexicon";
import { LETTER, type Prepared } from "./text";
import { unitSize } from "../../number/units";
import { DIGIT_WORDS, RUN_WORD, roundFloat, wordRun } from "../../number/parse";

/** What a number is, as far as context tells. Only `figure`s can be thresholds. */
export type Role =
  | "figure"
  | "year"
  | "date"
  /** Describes who is counted: ages, grades, "2 buổi/ngày", a per-capita denominator. */
  | "population"
  /** Names a document, article, region or code. */
  | "reference"
  /** A list or heading number ("1.", "3.1."). */
  | "numbering"
  /** Part of another figure's unit ("1" in "20 học sinh/1 máy tính"). */
  | "unit";

export const NUM = 0;
export const WORD = 1;
export const SYM = 2;
export type Kind = typeof NUM | typeof WORD | typeof SYM;

/** One token of a phrase. A class, so every token has one shape (the reader's loops stay monomorphic). */
export class Token {
  /** Index in the token list. */
  i = 0;
  /** A number's value (a fraction when `percent`); NaN for words and symbols. */
  value = NaN;
  percent = false;
  /** Digits only, no thousands dot or decimal comma (so "6,7" after "lớp" may be a list). */
  integer = false;
  /** Written with thousands dots ("7.910"). */
  grouped = false;
  /** A number written as words ("hai", "mười lăm"). */
  word = false;
  /** Multiplied by a scale word ("1,2 triệu"), its own or that of the band it opens ("95 - 100 triệu"). */
  scaled = false;
  role: Role = "figure";
  /** The longest grammar phrase of the lexicon starting here, and how many tokens it spans. */
  lex: Entry | null = null;
  lexLen = 0;
  /** Marker bits of every lexicon phrase starting here, and of every phrase ending here. */
  startMask = 0;
  endMask = 0;
  /** The longest grammar phrase ending here: its entry and the index where it starts (-1 when none). */
  endLex: Entry | null = null;
  endFrom = -1;
  /** A word some lexicon phrase holds (at any place in it): only such a word can continue a phrase. */
  known = false;
  /** This word's node in the lexicon trie, and its entry alone (number words, single-word units). */
  node: Node | null = null;
  w1: Entry | null = null;
  /** A CEFR level written as such ("B2" after "chứng chỉ tiếng Anh"): a number on the six-level scale (bậc). */
  cefr = false;
  /** Direction: 1 when a phrase naming something to bring down starts here (not after "xóa", "phòng chống"…), 2 a good outcome. */
  dir = 0;
  constructor(
    public kind: Kind,
    /** Span in the prepared text (`src` and `low` share indices). */
    public start: number,
    public end: number,
    /** Lower-case text: the word, the symbol, or the number as written. */
    public w: string,
    /** Whitespace precedes the token (false when glued: "10m2", "150.000đ", "(7,1%)"). */
    public spaced: boolean,
    /** Parenthesis depth (inside "(…)"). */
    public depth: number,
  ) {}
}

/** The token is one of the symbols (words) named; `marked`: a lexicon phrase of the marker starts at it. (One copy each for the reader's files.) */
export const isSym = (t: Token | undefined, ...cs: string[]) => !!t && t.kind === SYM && cs.includes(t.w);
/** An hour's "h" with its minutes glued on or none ("7h", "7h30", "14h05"): one test for every clock reader. */
export const HOUR_H = /^h(?:[0-5]?\d)?$/u;
export const isWord = (t: Token | undefined, ...ws: string[]) => !!t && t.kind === WORD && ws.includes(t.w);
export const marked = (t: Token | undefined, m: Marker) => !!t && (t.startMask & M[m]) !== 0;

const OTHER_LETTER = /\p{L}/u;

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x2000) return LETTER[c] === 1;
  return c >= 0xd800 ? false : OTHER_LETTER.test(s[i]);
}

const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d$/;
// "ngày 25,26,27,28/12/2017", "ngày 3,4/6/2021": days glued by commas before the month and year they share.
const DAY_LIST = /^\d{1,2}(?:,\d{1,2})+$/;
// Characters after which a "-" or "+" before digits is a sign: start of text, a space, a bracket or an operator.
const SIGN_BEFORE = " (≥≤<>=:";
export const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32;

// No real target has more tokens than this; the cap keeps pathological inputs (100 KB of "1/1/1…") fast.
export const MAX_TOKENS = 400;

function tok(kind: Kind, start: number, end: number, w: string, spaced: boolean, depth: number): Token {
  return new Token(kind, start, end, w, spaced, depth);
}

/**
 * Reads the numeric body at `low[i..j)`: Vietnamese grouping and decimal marks. A dot followed by exactly three digits
 * groups thousands; any other single dot is a decimal point ("IELTS 5.5", "1.5%"); a comma is the decimal mark.
 * Returns NaN for unreadable groupings ("1.2.3", "6,7,8").
 */
function numberValue(s: string, i: number, j: number, t: Token): number {
  let comma = -1;
  let dots = 0;
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    if (c === 44) {
      if (comma >= 0) return NaN;
      comma = k;
    } else if (c === 46) {
      if (comma >= 0) return NaN;
      dots++;
    }
  }
  const intEnd = comma >= 0 ? comma : j;
  if (dots === 0) {
    t.integer = comma < 0;
    return comma < 0 ? toInt(s, i, j) : Number(`${s.slice(i, comma)}.${s.slice(comma + 1, j)}`);
  }
  // Dots: all groups after the first exactly three digits, the first 1–3 digits not starting with "0" → thousands.
  let grouped = s.charCodeAt(i) !== 48;
  let first = 0;
  let run = 0;
  let firstDone = false;
  for (let k = i; k < intEnd; k++) {
    if (s.charCodeAt(k) === 46) {
      if (!firstDone) {
        first = run;
        firstDone = true;
      } else if (run !== 3) grouped = false;
      run = 0;
    } else run++;
  }
  if (run !== 3 || first < 1 || first > 3) grouped = false;
  if (grouped) {
    t.grouped = true;
    const digits = s.slice(i, intEnd).split(".").join("");
    const int = toInt(digits, 0, digits.length);
    return comma < 0 ? int : Number(`${int}.${s.slice(comma + 1, j)}`);
  }
  if (dots === 1 && comma < 0) return Number(s.slice(i, j));
  return NaN;
}

function allDigits(s: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!isDigit(s.charCodeAt(k))) return false;
  return true;
}

function toInt(s: string, i: number, j: number): number {
  if (j - i > 15) return Number(s.slice(i, j));
  let v = 0;
  for (let k = i; k < j; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
}


/**
 * Splits a prepared phrase into tokens and matches the lexicon once. Stops after `MAX_TOKENS` (and says so through
 * the returned flag): the first tokens of a huge paste are all a target can use.
 * @example tokenize(prepare("ít nhất 65%")).tokens.map((t) => t.w) → ["ít", "nhất", "65%"]
 */
export function tokenize(p: Prepared): { tokens: Token[]; truncated: boolean } {
  const root = LEXICON.next!;
  const s = p.low;
  const n = s.length;
  const out: Token[] = [];
  let depth = 0;
  let i = 0;
  let truncated = false;
  // A word shaped like a CEFR level ("b2") was seen: only then are cefrLevels' neighbours looked at.
  let cefrLike = false;
  while (i < n) {
    if (out.length >= MAX_TOKENS) {
      truncated = true;
      break;
    }
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const spaced = i === 0 || s.charCodeAt(i - 1) === 32;
    // A sign belongs to a number only at the start or after a space or an operator, and never right after another
    // number ("55-60" is a range, not 55 and −60).
    // Nor after a number's unit ("từ 1,65m -1,7m", "5 kg -6 kg": a range, as "1,65-1,7m" is).
    const last = out[out.length - 1];
    const signed = (c === 45 || c === 43) && i + 1 < n && isDigit(s.charCodeAt(i + 1)) && (i === 0 || SIGN_BEFORE.includes(s[i - 1])) && !(last && last.end >= i - 1 && (last.kind === NUM || ((out[out.length - 2] || last).kind === NUM && !!unitSize(last.w))));
    if ((c >= 48 && c <= 57) || signed) {
      const start = i;
      let j = signed ? i + 1 : i;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44) && j + 1 < n && isDigit(s.charCodeAt(j + 1))) j++;
        else break;
      }
      // Digits glued to the letters before them belong to the word ("thcs2", "m2" are handled as words below).
      // (Its text is cut once, below, when its end is known.)
      const t = tok(NUM, start, j, "", spaced, depth);
      const body = signed ? start + 1 : start;
      let v = numberValue(s, body, j, t);
      const run = s.slice(start, j);
      // (Only before a month and year: "3,4/6/2021" is no decimal then. DAY_LIST needs a comma: looked for first.)
      const days = !signed && run.includes(",") && DAY_LIST.test(run) && /^[/.-]\d\d?[/.-]\d{4}/.test(s.slice(j, j + 9));
      // "cuối tháng 8.2024": a month and its year written with a dot after "tháng", no decimal 8,2024.
      const monthYear = !signed && last?.kind === WORD && last.w === "tháng" && MONTH_YEAR.test(run);
      if (Number.isNaN(v) || days || monthYear) {
        // "20.8.2025" is a date written with dots: its parts are numbers for the date reader.
        if (days || monthYear || (!signed && j - start <= 10 && DOTTED_DATE.test(run))) {
          for (const m of run.matchAll(/\d+|[.,]/g)) {
            const a = start + m.index;
            const part = tok(m[0] < "0" ? SYM : NUM, a, a + m[0].length, m[0], a === start ? spaced : false, depth);
            if (part.kind === NUM) {
              part.value = toInt(m[0], 0, m[0].length);
              part.integer = true;
            }
            out.push(part);
          }
        }
        // Otherwise an unreadable grouping: skip the whole run once (linear time on "1.1.1.…").
        i = j;
        continue;
      }
      if (signed && c === 45) v = -v;
      let end = j;
      let k = j;
      if (s.charCodeAt(k) === 32) k++;
      if (s.charCodeAt(k) === 37 /* % */) {
        t.percent = true;
        // A whole number over 100 is rounded right by one division; a decimal is read as written ("85,7e-2"), so
        // 85,7% is exactly the double nearest 0.857.
        // (A number JavaScript writes with an exponent, "1e-18", is divided.)
        // (Written out only when it is not whole: most shares typed are.)
        if (Number.isInteger(v)) v /= 100;
        else {
          const sv = String(v);
          v = sv.includes("e") ? v / 100 : Number(`${sv}e-2`);
        }
        end = k + 1;
      }
      t.value = v;
      t.end = end;
      t.w = s.slice(start, end);
      out.push(t);
      i = end;
      continue;
    }
    if (c < 0x2000 ? LETTER[c] === 1 : isLetter(s, i)) {
      // The word's hash is taken while its letters are scanned, so the lexicon is searched without cutting it out.
      let h = wordHashStep(WORD_HASH_SEED, c);
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d < 0x2000 ? LETTER[d] !== 1 : !isLetter(s, j)) break;
        h = wordHashStep(h, d);
      }
      const letters = j;
      const hLetters = h;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (!(d >= 48 && d <= 57) && !(d < 0x2000 ? LETTER[d] === 1 : isLetter(s, j))) break;
        h = wordHashStep(h, d);
      }
      const at = WORDS.find(s, i, j, h);
      // A lexicon word takes the table's string (its hash already known to every later lookup).
      const w = at >= 0 ? WORDS.keys[at] : s.slice(i, j);
      let nd = at >= 0 ? WORDS.roots[at] ?? undefined : undefined;
      const stem = letters < j && !nd && letters - i >= 2 && j - letters <= 2 && allDigits(s, letters, j) ? WORDS.find(s, i, letters, hLetters) : -1;
      // A footnote digit glued to a known word ("trường2", "năm học1") is not part of it; "m2", "h5n1" stay whole.
      const prevNum = out[out.length - 1];
      const glued = letters < j && at < 0 && j - letters <= 3 && prevNum?.kind === NUM && prevNum.end === i && !prevNum.percent && allDigits(s, letters, j) ? WORDS.find(s, i, letters, hLetters) : -1;
      const dim = glued >= 0 ? unitSize(WORDS.keys[glued])?.dim : undefined;
      if (dim === "mass" || dim === "length") {
        // "11kg1", "1m75", "2kg500": digits glued after a unit of weight or length are its decimals (11,1 kg; 1,75 m).
        prevNum.value = roundFloat(prevNum.value + toInt(s, letters, j) / 10 ** (j - letters));
        prevNum.integer = false;
        const word = tok(WORD, i, letters, WORDS.keys[glued], false, depth);
        word.known = true;
        nd = WORDS.roots[glued]!;
        word.node = nd ?? null;
        word.w1 = nd?.entry ?? null;
        out.push(word);
      } else if (stem >= 0 && WORDS.roots[stem] !== null) {
        const word = tok(WORD, i, letters, WORDS.keys[stem], spaced, depth);
        word.known = true;
        nd = WORDS.roots[stem]!;
        word.node = nd ?? null;
        word.w1 = nd?.entry ?? null;
        out.push(word);
        const f = tok(NUM, letters, j, s.slice(letters, j), false, depth);
        f.value = toInt(s, letters, j);
        f.integer = true;
        f.role = "reference";
        out.push(f);
      } else {
        const t = tok(WORD, i, j, w, spaced, depth);
        t.known = at >= 0;
        if (j - i === 2 && CEFR_LIKE(w)) cefrLike = true;
        if (nd) {
          t.node = nd;
          t.w1 = nd.entry;
        }
        out.push(t);
      }
      i = j;
      continue;
    }
    // A surrogate pair is one symbol.
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? s.slice(i, i + 2) : s[i];
    if (c === 40 || c === 91) depth++;
    const t = tok(SYM, i, i + w.length, w, spaced, depth);
    if ((c === 41 || c === 93) && depth > 0) depth--;
    const nd = root.get(w);
    if (nd) {
      t.node = nd;
      t.w1 = nd.entry;
    }
    out.push(t);
    i += w.length;
  }
  let any = 0;
  for (let k = 0; k < out.length; k++) {
    const e = out[k].w1;
    if (e !== null) {
      if (e.num !== undefined) any |= 1;
      if (e.scale !== undefined) any |= 2;
    }
  }
  if (any & 1) wordsToNumbers(out);
  if (any & 2) scales(out);
  for (let k = 0; k < out.length; k++) out[k].i = k;
  // (Roman numerals are read only after a level word, which only the lexicon marks.)
  const marks = matchLexicon(out);
  if (marks & M.level) romans(out);
  // "80 phần trăm" is 80%: a rate, held as a fraction like "80%" (it was read as 80 whole rates, 8.000%).
  if (marks & M.percentWord) {
    for (let k = 0; k + 1 < out.length; k++) {
      const t = out[k];
      if (t.kind === NUM && !t.percent && (out[k + 1].startMask & M.percentWord) !== 0) {
        t.percent = true;
        t.value = roundFloat(t.value / 100);
        t.integer = Number.isInteger(t.value);
      }
    }
  }
  if (cefrLike) cefrLevels(out);
  return { tokens: out, truncated };
}

/** The number a run of number words starts, read whole by the one reader (wordRun); null when it cannot be. */
function readWords(ts: Token[], i: number): [value: number, len: number] | null {
  if (ts[i].w === "nửa") return [0.5, 1];
  return wordRun((k) => (k === i || (ts[k]?.kind === WORD && ts[k].spaced) ? ts[k]?.w : undefined), i);
}

const NUMWORD: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10, một: 1, năm: 5, nửa: 0.5 };
// "năm" and "một" are too common as words ("năm" is also "year", "một số" is "some"): they count only after an
// operator, after "/", or (for "một") before "lần" ("6 tháng một lần").
const OP_BEFORE_WORD = new Set(["nhất", "thiểu", "đa", "quá", "trên", "dưới", "thêm", "đạt", "có", "từ", "≥", "≤", ">", "<", "/", "còn", "là", "tăng", "giảm", "được"]);

/** Number words become number tokens where a noun or unit follows them ("hai giải", "ba tháng", "nửa giờ"; not "nửa cuối năm", a time). */
function wordsToNumbers(ts: Token[]): void {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind !== WORD || t.w1?.num === undefined || NUMWORD[t.w] === undefined) continue;
    if (t.w === "năm" || t.w === "một" || t.w === "nửa") {
      const prev = ts[i - 1];
      const next = ts[i + 1];
      const afterOp = prev !== undefined && OP_BEFORE_WORD.has(prev.w);
      const nounNext = next?.kind === WORD && !!next.w1?.noun;
      // "năm mươi", "một trăm": a run of number words is a number.
      const scaleNext = next?.kind === WORD && (next.w1?.scale !== undefined || next.w === "mươi" || next.w === "trăm");
      const ok = t.w === "nửa" ? next?.kind === WORD && !/^(?:cuối|đầu)$/u.test(next.w) : t.w === "một" ? afterOp || next?.w === "lần" || next?.w === "phần" || scaleNext : afterOp && (nounNext || scaleNext);
      if (!ok) continue;
    }
    // "giảm một nửa số hộ nghèo": "một nửa" is one half, not one and a half of the next word.
    const r: [number, number] | null = t.w === "một" && ts[i + 1]?.w === "nửa" ? [0.5, 2] : readWords(ts, i);
    if (!r) {
      // A run that cannot be read whole ("một trăm hai") gives no number at all: none of its words is read alone.
      while (ts[i + 1] && (DIGIT_WORDS[ts[i + 1].w] !== undefined || RUN_WORD.test(ts[i + 1].w))) i++;
      continue;
    }
    let [value, len] = r;
    // "hai phần ba số trường", "một phần tư": a share said in words; "(quá/một) nửa số đại biểu": half of a whole. A share.
    const den = ts[i + len]?.w === "phần" && value >= 1 ? DIGIT_WORDS[ts[i + len + 1]?.w] : 0;
    if (den) [value, len] = [value / den, len + 2];
    const share = !!den || (value === 0.5 && ts[i + len]?.w === "số");
    const last = ts[i + len - 1];
    // A number word is a count only when a word follows ("hai giải"), not inside names or at the end.
    const after = ts[i + len];
    if (!share && (!after || after.kind !== WORD || !after.spaced)) continue;
    // "một tỷ cây xanh", "hai triệu đồng": a number word with a scale word is a number too.
    if (!share && t.w === "một" && len < 2 && after.w1?.scale === undefined && !(ts[i - 1] && OP_BEFORE_WORD.has(ts[i - 1].w)) && after.w !== "lần") continue;
    const merged = tok(NUM, t.start, last.end, t.w, t.spaced, t.depth);
    merged.value = value;
    merged.percent = share;
    merged.integer = Number.isInteger(value);
    merged.word = true;
    ts.splice(i, len, merged);
  }
}

/** Scale words after digits: "1,2 triệu" → 1.200.000; "tỷ lệ", "tỷ số", "tỷ suất", "tỷ trọng" are words ("Năm 2024 tỷ số …"), not a scale. */
function scales(ts: Token[]): void {
  // The last number scaled: its index and scale ("34 triệu" before "170 ngàn").
  let lastAt = -1;
  let lastMult = 0;
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    const m = ts[i + 1];
    if (t.kind !== NUM || t.percent || m.kind !== WORD || !m.spaced) continue;
    const mult = m.w1?.scale;
    if (mult === undefined || (m.w === "tỷ" || m.w === "tỉ") && /^(?:lệ|số|suất|trọng)$/u.test(ts[i + 2]?.w)) continue;
    const raw = t.value;
    t.value = roundFloat(t.value * mult);
    t.end = m.end;
    t.integer = Number.isInteger(t.value);
    ts.splice(i + 1, 1);
    // "34 triệu 170 ngàn", "2 tỷ 500 triệu": a smaller scaled number right after a larger one is its rest (one amount).
    const big = ts[i - 1];
    if (lastAt === i - 1 && t.spaced && raw < 1000 && t.value < lastMult && Number.isInteger(big.value / lastMult)) {
      big.value = roundFloat(big.value + t.value);
      big.end = t.end;
      ts.splice(i--, 1);
      lastMult = mult;
      continue;
    }
    lastAt = i;
    lastMult = mult;
    // "95 - 100 triệu", "từ 2 đến 3 tỷ đồng": the scale word after a band's upper end scales its lower end too (when
    // that end is written smaller and has no scale of its own: "500.000 - 1 triệu" stays as written).
    const sep = ts[i - 1];
    const lo = ts[i - 2];
    if (sep && lo && lo.kind === NUM && !lo.percent && !lo.scaled && lo.value <= raw && (sep.w === "-" || sep.w === "–" || sep.w === "đến" || sep.w === "tới")) {
      lo.value = roundFloat(lo.value * mult);
      lo.integer = Number.isInteger(lo.value);
      lo.scaled = true;
    }
    t.scaled = true;
  }
}

/**
 * Marks each word or symbol with the longest grammar phrase starting at it, and every token with the marker bits of
 * the phrases starting and ending at it. Then direction: a phrase naming something to bring down counts unless a
 * campaign against it ends right before ("xóa mù chữ", "phòng, chống tai nạn thương tích", "không vi phạm").
 * Returns the marker bits of every phrase found.
 */
function matchLexicon(ts: Token[]): number {
  let ends = 0;
  let dirs = false;
  // The last token of a word that holds a harm syllable but names no harm ("dịch vụ thiết yếu", "yếu tố").
  let notHarmTo = -1;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind === NUM || t.node === null) continue;
    let nd: Node = t.node;
    let len = 1;
    let reduceLen = 0;
    let notHarmLen = 0;
    for (;;) {
      const e = nd.entry;
      if (e) {
        t.startMask |= e.mask;
        const last = ts[i + len - 1];
        last.endMask |= e.mask;
        ends |= e.mask;
        if (e.grammar) {
          t.lex = e;
          t.lexLen = len;
          if (last.endFrom < 0 || last.endFrom > i) {
            last.endFrom = i;
            last.endLex = e;
          }
        }
        if (e.mask & M.reduce) reduceLen = len;
        if (e.notHarm) notHarmLen = len;
        if (e.mask & (M.reduce | M.good)) dirs = true;
      }
      const u = ts[i + len];
      // (A word no lexicon phrase holds cannot continue one: no need to look it up.)
      if (!nd.next || !u || u.kind === NUM || (u.kind === WORD && !u.known)) break;
      const nx = nd.next.get(u.w);
      if (!nx) break;
      nd = nx;
      len++;
    }
    if (reduceLen && i > notHarmTo && notHarmLen <= reduceLen) t.dir = reduceLen;
    if (notHarmLen) notHarmTo = Math.max(notHarmTo, i + notHarmLen - 1);
  }
  if (!dirs) return ends;
  // The last token of a harm a campaign is against: a harm right after it is the same harm named more closely.
  let cancelTo = -2;
  let whoTo = -9;
  // After "thu hồi" or "truy thu", to a clause mark or "để"/"nhằm": what is recovered, no harm when owed (RECOVER, OWED).
  let recovered = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if ((t.kind === SYM && ";,.".includes(t.w)) || t.w === "để" || t.w === "nhằm") recovered = false;
    else if (i > 0 && RECOVER.includes(`${ts[i - 1].w} ${t.w}`)) recovered = true;
    const reduceLen = t.dir;
    t.dir = 0;
    if (reduceLen) {
      const p = ts[i - 1];
      // "xóa mù chữ", "phòng chống tai nạn", "không sử dụng ma túy": one word may sit between the campaign and the harm.
      // ("phòng, chống tai nạn đuối nước": the campaign is against the whole chain of harms, "đuối nước" too.)
      // "trẻ em thuộc hộ nghèo, hộ cận nghèo đi học": a harm after "thuộc (diện, hộ)" and the harms listed with it say who
      // is counted, not what, unless households are what is counted ("số hộ thuộc diện nghèo").
      const sep = (ts[whoTo + 1] || t).w;
      const q = p && (p.w === "diện" || p.w === "hộ") ? i - 2 : i - 1;
      const who = (i <= whoTo + 3 && /^(?:,|và|hoặc)$/.test(sep)) || ((ts[q] || t).w === "thuộc" && (ts[q - 1] || t).w !== "hộ");
      if (who) whoTo = i + reduceLen - 1;
      const cancelled = who || (recovered && OWED.includes(ts.slice(i, i + reduceLen).map((x) => x.w).join(" "))) || i === cancelTo + 1 || (!!p && ((p.endMask & M.against) !== 0 || (i >= 2 && p.kind === WORD && (ts[i - 2].endMask & M.against) !== 0) || (i >= 3 && p.kind === WORD && ts[i - 2].kind === WORD && ts[i - 3].w === "không")));
      if (cancelled) {
        for (let k = i + 1; k < i + reduceLen && k < ts.length; k++) ts[k].dir = 0;
        i += reduceLen - 1;
        if (!who) cancelTo = i;
        continue;
      }
      t.dir = 1;
    } else if (t.startMask & M.good) t.dir = 2;
  }
  return ends;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** "mức độ III", "chuẩn mức độ II": a Roman numeral after a level word is that level. */
function romans(ts: Token[]): void {
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k];
    // Cheap tests first: most words are not "i", "ii", "iii", "iv", "v", "vi" after a level word.
    if (t.kind !== WORD || t.w.length > 3 || (ts[k - 1].endMask & M.level) === 0 || ROMAN[t.w] === undefined) continue;
    t.kind = NUM;
    t.value = ROMAN[t.w];
    t.integer = true;
    t.lex = null;
    t.lexLen = 0;
  }
}

const CEFR: Record<string, number> = { a1: 1, a2: 2, b1: 3, b2: 4, c1: 5, c2: 6 };
const CEFR_LIKE = (w: string) => w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 99 && (w.charCodeAt(1) === 49 || w.charCodeAt(1) === 50);
// Words of a foreign-language certificate before its level: "chứng chỉ tiếng Anh B2", "ngoại ngữ B1", "trình độ C1".
const CEFR_BEFORE = new Set(["anh", "ngữ", "chỉ", "cefr", "độ", "bậc", "pháp", "nhật", "hàn", "trung", "đức", "nga"]);

/** "Chứng chỉ Tiếng Anh B2": a CEFR level after certificate or language words is a level on the six-level scale. */
function cefrLevels(ts: Token[]): void {
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k];
    // Letter and digit first: a lookup by a word's text costs more than two character tests.
    if (t.kind !== WORD || t.w.length !== 2 || !CEFR_LIKE(t.w) || CEFR[t.w] === undefined) continue;
    let near = false;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (CEFR_BEFORE.has(ts[j].w)) near = true;
    if (!near) continue;
    t.kind = NUM;
    t.value = CEFR[t.w];
    t.integer = true;
    t.cefr = true;
    t.lex = null;
    t.lexLen = 0;
    t.startMask |= M.level;
  }
}

/** The text between two tokens (exclusive), lower case. */
export function gap(p: Prepared, a: Token, b: Token): string {
  return p.low.slice(a.end, b.start);
}
