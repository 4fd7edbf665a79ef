// Matching sheet rows (or matrix columns) to plan indicators: by id, else by name similarity on folded, expanded tokens.
import type { Indicator } from "../plan/schema";
import { ABBREVIATIONS, fold, levelNumerals, nameTokens } from "./text";
import { vietnamesePart } from "../table/header";
import type { MatchInfo } from "./types";

/** What a name alone tells the matcher, worked out once per distinct name (matchIndicators). */
interface NameFacts {
  own: Set<string>;
  ownArr: string[];
  ownLevel: string | undefined;
  cf: string;
  rawFold: string;
  ownNumbers: string[];
  /** `weight` of each word of `ownArr`, in order. */
  ownWeights: number[];
  /** Indicators sharing a telling word with the name (or any word, when it has no telling one), in first-seen order. */
  seen: number[];
  /**
   * What scoring the name depends on, as text: its level, its words in order with every word no indicator uses
   * written as its kind (a number, else a word: each weighs the same and matches nothing), and the indicators whose
   * plan wording it is exactly. Names with the same `sig` score alike against every indicator under any context
   * ("Trường số 12 – Số trẻ …" and "Trường số 13 – Số trẻ …"), so they are scored once.
   */
  sig: string;
}

/** One thing on the sheet to match: a row of a list or a group of a matrix. */
export interface MatchCandidate {
  /** Caller's key (row index or group index). */
  key: number;
  name: string;
  /** Id as written on the sheet (an id column, or "[id]" in the name), if any. */
  id?: string;
  /** School level the row sits under (its section heading "I. GIÁO DỤC MẦM NON"), when its name does not say. */
  level?: string;
  /**
   * The heading the row sits under ("Số học sinh chia theo hạnh kiểm" above "Tốt") and the table's subject: words
   * that can only help a match ("Tốt" is the share of pupils with conduct "Tốt").
   */
  context?: string;
  /** The row this one is a part of ("Số trường học" above "Công lập"): read as the front of the name. */
  partOf?: string;
  /**
   * The table's subject from its title ("Số trường, lớp/nhóm trẻ và phòng học mầm non"): only its words shared by
   * most of the plan's indicators ("mầm non") help; a word that tells indicators apart must come from the row.
   */
  subject?: string;
  /**
   * The row heads the rows under it ("I | Số học sinh chia theo hạnh kiểm | 483"): it is the whole, so it is not
   * taken for an indicator about one of its parts just because its words are all in that indicator's name.
   */
  heading?: boolean;
}



// Phrases naming a school level, folded and expanded; "trung hoc co so" must be tried before "trung hoc".
const LEVEL_WORDS: Array<[string, string]> = [
  ["mam non", "MN"],
  ["nha tre", "MN"],
  ["mau giao", "MN"],
  ["tieu hoc", "TH"],
  ["trung hoc co so", "THCS"],
  ["trung hoc pho thong", "THPT"],
  ["giao duc thuong xuyen", "GDTX"],
];

/**
 * The school level a name speaks of, or undefined when it names none or several.
 * @example levelOf("Tỷ lệ GV THCS đạt chuẩn") → "THCS" · levelOf("Tỷ lệ trẻ nhà trẻ ra lớp") → "MN"
 */
export function levelOf(name: string): string | undefined {
  // Abbreviations expanded but no filler word dropped: "trung học cơ sở" ends in "sở", which matching ignores.
  const t = ` ${levelNumerals(fold(name))
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ")} `;
  const found = new Set<string>();
  for (const [w, l] of LEVEL_WORDS) if (t.includes(` ${w} `)) found.add(l);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Similarity of two names, 0..1: Dice coefficient over folded tokens with abbreviations expanded
 * (MN, TH, THCS, CBQL, GV, NV, HS, PCGD ...), so word order and diacritics do not matter.
 * @example nameScore("Tỷ lệ GV đạt chuẩn", "tỉ lệ giáo viên đạt chuẩn") → 1
 */
export function nameScore(a: string, b: string): number {
  return dice(new Set(nameTokens(a)), new Set(nameTokens(b)), () => 1);
}

/** Weighted Dice: shared rare words count for more than shared common ones ("ti le", "giao vien"). */
function dice(a: Set<string>, b: Set<string>, w: (t: string) => number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  let total = 0;
  for (const t of a) {
    const x = w(t);
    total += x;
    if (b.has(t)) common += x;
  }
  for (const t of b) total += w(t);
  return (2 * common) / total;
}

const BRACKET_ID = /\[([a-z0-9][a-z0-9._-]*)\]/;
/** Numbering, bullets and "Trong đó:"/"Trong số:" at the start of a name, repeated ("Trong đó: - Trẻ em 5 tuổi"). */
const LEADING_MARKS = /^(\s*((([IVXL]+|\d+(\.\d+)*|[a-zđ])\s*[.):]|[-–—•+*])\s+|trong (đó|do|số|so)\s*:?\s*))+/iu;

/** Words that turn a name round ("Chưa đạt", "Không đạt"): containment must keep them on both sides or neither. */
export const NEGATIONS = ["chua", "khong"];

/** A period in a name: "giai đoạn 2013 - 2015", "đến năm 2020", "2021-2025". */
const PERIOD = /((giai đoạn|đến năm|trong năm|năm học|năm)\s*)?\b(19|20)\d\d(\s*[-–]\s*(19|20)\d\d)?\b/giu;
const YEAR = /^(19|20)\d\d$/;

/** The score of a name whose words all appear in the other name. */
const CONTAINED = 0.8;

/** The score of names that differ in a number: below what a check takes a match on alone (coverage.ts). */
const NUMBER_MISMATCH = 0.7;

/** True when both names hold the same numbers (ages, grades, levels), or none. */
function sameNumbers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/**
 * Ties each candidate to at most one plan indicator and each indicator to at most one candidate:
 * exact ids first (an id column or "[mn.ra-lop]" in the name), then the best name scores at or above
 * `minScore`, best pairs first. Linear in the number of candidates times the indicators sharing a word.
 * @example matchIndicators([{ key: 5, name: "Tỷ lệ trẻ nhà trẻ ra lớp" }], plan.indicators)
 *   → Map { 5 → { indicatorId: "mn.huy-dong.nha-tre", by: "name", score: 0.83 } }
 */
export function matchIndicators(candidates: MatchCandidate[], indicators: Indicator[], minScore = 0.5): Map<number, MatchInfo> {
  const out = new Map<number, MatchInfo>();
  const byId = new Map<string, Indicator>();
  for (const ind of indicators) byId.set(ind.id, ind);
  const taken = new Set<string>();

  const rest: MatchCandidate[] = [];
  for (const c of candidates) {
    const id = (c.id && c.id.trim().toLowerCase()) || BRACKET_ID.exec(c.name)?.[1];
    if (id && byId.has(id) && !taken.has(id)) {
      out.set(c.key, { indicatorId: id, by: "id", score: 1 });
      taken.add(id);
    } else rest.push(c);
  }

  const tokens = indicators.map((ind) => new Set(nameTokens(ind.name)));
  // A name that states a level wins over the indicator's field ("thi vào lớp 10 THPT" is filed under THCS).
  const levels = indicators.map((ind) => levelOf(ind.name) ?? (ind.level && ind.level !== "all" ? ind.level : undefined));
  const folded = indicators.map((ind) => fold(ind.name));
  const index = new Map<string, number[]>();
  tokens.forEach((set, i) => {
    for (const t of set) {
      const l = index.get(t);
      if (l) l.push(i);
      else index.set(t, [i]);
    }
  });
  // Words shared by most indicators ("ti", "le", "tre") say little: skip them when gathering candidates,
  // and weigh every word by its rarity among the plan's names when scoring.
  const common = Math.max(8, Math.ceil(indicators.length / 2));
  const n = indicators.length;
  // Weights are fixed per plan: work them out once, not once per word per scored pair.
  const weights = new Map<string, number>();
  for (const [t, l] of index) weights.set(t, Math.log(1 + n / l.length));
  // A word no indicator uses does not tell indicators apart: it weighs like a middling word, not like the rarest
  // ("Số học sinh đạt giải các kỳ thi học sinh giỏi" still finds "Số giải học sinh giỏi các cấp").
  const known = [...weights.values()].sort((a, b) => a - b);
  const unseen = known.length > 0 ? known[Math.floor(known.length / 2)] : Math.log(2);
  // A number no indicator names is a population the row is about ("trẻ 5 tuổi", "lớp 9"): it tells rows apart as
  // strongly as the rarest word.
  const rare = Math.log(1 + n / 0.5);
  const weight = (t: string) => weights.get(t) ?? (/^\d+$/.test(t) ? rare : unseen);

  // A note in brackets ("Tốt (tỷ lệ so với tổng số)") says how the figure is written, not what it is; an English
  // gloss after the Vietnamese ("Công lập - Public") is a translation, not more words.
  // A row's numbering and the words that open a part ("2.", "a)", "Trong đó:", "- ") are no words of its name: "2" in
  // "2. Số nhóm, lớp" is no population.
  const clean = (raw: string) => vietnamesePart(raw).replace(BRACKET_ID, " ").replace(/\([^()]*\)/g, " ").replace(LEADING_MARKS, "").trim() || raw;
  // Only words some indicator uses can move a score: a context is kept as those, so rows under "TRƯỜNG SỐ 1", "TRƯỜNG
  // SỐ 2", … share one scoring of each name.
  const knownByText = new Map<string, string[]>();
  const knownWords = (text: string, common: boolean) => {
    const key = `${common ? 1 : 0}\u0000${text}`;
    let out = knownByText.get(key);
    if (!out) {
      out = [...new Set(nameTokens(clean(text)))].filter((t) => {
        const k = index.get(t)?.length ?? 0;
        return k > 0 && (!common || k * 2 >= n);
      });
      knownByText.set(key, out);
    }
    return out;
  };
  const numbersOf = tokens.map((set) => [...set].filter((t) => /^\d+$/.test(t)));
  // What a name alone decides (its words, level, folded forms, the indicators sharing a word), worked out once per
  // distinct name: the same name under other headings or in other blocks is scored again only against its context.
  const byName = new Map<string, NameFacts | null>();
  const factsOf = (raw: string): NameFacts | null => {
    let f = byName.get(raw);
    if (f !== undefined) return f;
    const name = clean(raw);
    const own = new Set(nameTokens(name));
    if (own.size === 0) f = null;
    else {
      const ownArr = [...own];
      const seen = new Set<number>();
      for (const t of own) {
        const l = index.get(t);
        if (!l || l.length > common) continue;
        for (const i of l) seen.add(i);
      }
      if (seen.size === 0) for (const t of own) for (const i of index.get(t) ?? []) seen.add(i);
      const ownLevel = levelOf(name);
      const cf = fold(name);
      const rawFold = fold(raw);
      const exact: number[] = [];
      for (let i = 0; i < n; i++) if (cf === folded[i] || rawFold === folded[i]) exact.push(i);
      const words = ownArr.map((t) => (index.has(t) ? t : YEAR.test(t) ? "\u0002y" : /^\d+$/.test(t) ? "\u0002#" : "\u0002?")).join(" ");
      const sig = `${ownLevel ?? ""}\u0001${words}\u0001${exact.join(",")}`;
      f = { own, ownArr, ownLevel, cf, rawFold, ownNumbers: ownArr.filter((t) => /^\d+$/.test(t)), ownWeights: ownArr.map(weight), seen: [...seen], sig };
    }
    byName.set(raw, f);
    return f;
  };
  const tokenArrs = tokens.map((set) => [...set]);
  const tokenWeights = tokenArrs.map((arr) => arr.map(weight));
  // A period in a plan's name ("… giai đoạn 2013 - 2015", "… đến năm 2020") says when, not what: against a name that
  // states no year it is left out, so a column "Quận, huyện đạt chuẩn chống mù chữ" is that indicator, and the same
  // indicator at two periods ties (asked, never chosen).
  const timeless = indicators.map((ind, i) => {
    const set = new Set(nameTokens(ind.name.replace(PERIOD, " ")));
    return set.size > 0 ? set : tokens[i];
  });
  const timelessArrs = timeless.map((set) => [...set]);
  const timelessWeights = timelessArrs.map((arr) => arr.map(weight));
  const timelessNumbers = timelessArrs.map((arr) => arr.filter((t) => /^\d+$/.test(t)));
  // The indicators' words as the name being scored sees them: with their years when it names one, else without.
  let tk = tokens;
  let ta = tokenArrs;
  let tw = tokenWeights;
  let nums = numbersOf;
  /**
   * dice(facts.own, tk[i], weight) with every weight looked up once per name and per indicator: the same sums in
   * the same order (a Set iterates in insertion order, as the arrays were made), so the same score to the last bit.
   */
  const diceOwn = (facts: NameFacts, i: number): number => {
    const b = tk[i];
    if (facts.ownArr.length === 0 || b.size === 0) return 0;
    let common = 0;
    let total = 0;
    const { ownArr, ownWeights } = facts;
    for (let k = 0; k < ownArr.length; k++) {
      const x = ownWeights[k];
      total += x;
      if (b.has(ownArr[k])) common += x;
    }
    const w = tw[i];
    for (let k = 0; k < w.length; k++) total += w[k];
    return (2 * common) / total;
  };
  /**
   * dice(own ∪ the helpers indicator i has, tk[i], weight), the union in that order (the name's words, then the
   * helpers as listed), without making it.
   */
  const diceWith = (facts: NameFacts, i: number, helpers: string[], helperWeights: number[]): number => {
    const b = tk[i];
    if (b.size === 0) return 0;
    let common = 0;
    let total = 0;
    const { ownArr, ownWeights } = facts;
    for (let k = 0; k < ownArr.length; k++) {
      const x = ownWeights[k];
      total += x;
      if (b.has(ownArr[k])) common += x;
    }
    for (let k = 0; k < helpers.length; k++) {
      if (!b.has(helpers[k])) continue;
      const x = helperWeights[k];
      total += x;
      common += x;
    }
    const w = tw[i];
    for (let k = 0; k < w.length; k++) total += w[k];
    return (2 * common) / total;
  };
  const plainScores = new Map<NameFacts, Map<string, Float64Array>>();
  const scoreName = (raw: string, givenLevel: string | undefined, contextWords: string[], subjectWords: string[], heading = false) => {
    const found: { ind: number; score: number }[] = [];
    const facts = factsOf(raw);
    if (facts === null) return found;
    const { own, ownArr, ownLevel, cf, rawFold, ownNumbers } = facts;
    const dated = ownNumbers.some((t) => YEAR.test(t));
    [tk, ta, tw, nums] = dated ? [tokens, tokenArrs, tokenWeights, numbersOf] : [timeless, timelessArrs, timelessWeights, timelessNumbers];
    const level = ownLevel ?? givenLevel;
    // Words of the heading above and the table's title: they can only help ("Công lập" under "Số trường học" in a
    // table of "… mầm non" is "Số trường mầm non công lập"), never count against an indicator that lacks them.
    const helpers = contextWords.filter((t) => !own.has(t));
    // A heading's telling words ("hạnh kiểm") an indicator lacks speak against it ("Yếu" under "… hạnh kiểm" is not
    // "học lực Yếu"): no containment then, only the plain overlap.
    const telling = helpers.filter((t) => (index.get(t)?.length ?? 0) * 2 < n);
    for (const t of subjectWords) if (!own.has(t) && !helpers.includes(t)) helpers.push(t);
    // The context's words the name lacks: only these can make a match "through the heading" below.
    const fromContext = contextWords.filter((t) => !own.has(t));
    const helperWeights = helpers.map(weight);
    const helperSet = new Set(helpers);
    // An indicator sharing no helper word scores on the name alone (its telling heading words only bar containment,
    // all alike): one score per name, level, heading flag and indicator, kept for the name's other contexts.
    const plainKey = `${level ?? ""}\u0001${heading ? 1 : 0}${telling.length === 0 ? 1 : 0}`;
    let byKey = plainScores.get(facts);
    if (!byKey) plainScores.set(facts, (byKey = new Map()));
    let plain = byKey.get(plainKey);
    if (!plain) byKey.set(plainKey, (plain = new Float64Array(n).fill(NaN)));
    for (const i of facts.seen) {
      // The plan's own wording, brackets and all, is an exact match too.
      const exact = cf === folded[i] || rawFold === folded[i];
      const conflict = level !== undefined && levels[i] !== undefined && level !== levels[i];
      // Same words, different school level (GV mầm non vs GV THCS): never the same indicator when the name says
      // so. A level taken from the heading above is weaker than the plan's own wording: an exact name still
      // matches under a heading that names another level, just below an exact match without the conflict.
      if (conflict && (ownLevel !== undefined || !exact)) continue;
      // The name's words with the helpers this indicator shares (own ∪ added), never built as a set: the Dice sums
      // run over the same words in the same order as over that set, so the same score to the last bit.
      const b = tk[i];
      let added = 0;
      for (const t of helpers) if (b.has(t)) added++;
      if (added === 0 && !Number.isNaN(plain[i])) {
        if (plain[i] >= minScore) found.push({ ind: i, score: plain[i] });
        continue;
      }
      const s = added === 0 ? diceOwn(facts, i) : diceWith(facts, i, helpers, helperWeights);
      const ctSize = own.size + added;
      // A word of the indicator is in own ∪ added when it is the name's or a helper's.
      const inCt = (t: string) => own.has(t) || (added > 0 && helperSet.has(t));
      // Every word of one name found in the other ("Trẻ 5 tuổi hoàn thành chương trình GDMN" in "Tỷ lệ trẻ 5 tuổi
      // hoàn thành chương trình giáo dục mầm non"): as good as a strong overlap, and two such indicators tie.
      // The plan's words missing from the sheet's name must be common ones, used by half the plan's names at least
      // ("tỷ lệ", "xếp loại"): "Học sinh giỏi" is in "Số giải học sinh giỏi các cấp" but lacks its telling word "giải".
      const contained =
        s < CONTAINED &&
        telling.every((t) => tk[i].has(t)) &&
        // "Chưa"/"không" turn a name round: "Đạt" is in "Chưa đạt" by its words, never by its meaning.
        NEGATIONS.every((t) => tk[i].has(t) === inCt(t)) &&
        Math.min(ctSize, tk[i].size) >= 2 &&
        // The plan's whole name inside a row's name that says at most as much again ("Trường đạt chuẩn quốc gia mức
        // độ 1"); a two-word name such as "Hoàn thành" inside a long one says nothing.
        ((subset(tk[i], own) && own.size <= 2 * tk[i].size) ||
          (!heading && subset(own, tk[i]) && ta[i].every((t) => inCt(t) || (index.get(t)?.length ?? 0) * 2 >= n)));
      // Among contained names the larger overlap still wins ("Tốt" under its heading over the heading alone).
      let score = exact ? (conflict ? 0.95 : 1) : contained ? CONTAINED + 0.15 * s : s;
      // A number on one side only is another population ("trẻ 5 tuổi" is not "trẻ độ tuổi nhà trẻ", "học sinh lớp 9"
      // is not all pupils): however alike the words, such a match is only offered, never taken on its own.
      if (!exact && (ownNumbers.length > 0 || nums[i].length > 0) && !sameNumbers(ownNumbers, nums[i])) score = Math.min(score, NUMBER_MISMATCH);
      // A part matched through its heading's words ("Cấp huyện" under "Số học sinh đạt giải …") whose own telling
      // word the indicator lacks ("huyện" in "Số giải học sinh giỏi các cấp") is one part of it, not it: offered only.
      if (!exact && fromContext.some((t) => b.has(t)) && own.size <= 5 && ownArr.some((t) => !tk[i].has(t) && (index.get(t)?.length ?? 0) * 2 < n)) {
        score = Math.min(score, NUMBER_MISMATCH);
      }
      if (added === 0) plain[i] = score;
      if (score >= minScore) found.push({ ind: i, score });
    }
    return found;
  };
  // Big sheets repeat names (one row per unit, the same indicators in every file of a consolidation): each scoring
  // (a name's `sig` under a context) is worked out once, and the rows sharing it share its list of indicators: one
  // group per cache key, its rows' keys in ascending order.
  // Pairs are never made one per row and indicator (a long sheet repeats each name in every block).
  const groups = new Map<string, { found: { ind: number; score: number }[]; keys: number[] }>();
  // Each list of words joined once for the cache key: a long sheet's rows share a handful of contexts.
  const joined = new Map<string[], string>();
  const join = (words: string[]) => {
    let j = joined.get(words);
    if (j === undefined) joined.set(words, (j = words.join(" ")));
    return j;
  };
  const none: string[] = [];
  for (const c of rest) {
    const name = c.partOf ? `${clean(c.partOf)} ${clean(c.name)}` : c.name;
    const contextWords = c.context ? knownWords(c.context, false) : none;
    const subjectWords = c.subject ? knownWords(c.subject, true) : none;
    const facts = factsOf(name);
    const cacheKey = `${c.level ?? ""}\u0000${facts ? facts.sig : "\u0003"}\u0000${join(contextWords)}\u0000${join(subjectWords)}\u0000${c.heading ? 1 : 0}`;
    let g = groups.get(cacheKey);
    if (!g) {
      // `taken` holds only id matches here: filtered once per group, as it was once per row.
      const found = scoreName(name, c.level, contextWords, subjectWords, c.heading).filter((f) => !taken.has(indicators[f.ind].id));
      groups.set(cacheKey, (g = { found, keys: [] }));
    }
    if (g.found.length > 0) g.keys.push(c.key);
  }
  const live = [...groups.values()].filter((g) => g.found.length > 0 && g.keys.length > 0);
  for (const g of live) g.keys.sort((a, b) => a - b);
  // Best pairs first (score, then key, then indicator), each row and indicator taken once. Every (group, indicator)
  // is a cursor over its group's keys, whose pairs come in that order already; a heap merges the cursors, so the
  // pairs are met in the order a sort of them all would give, without making them. A cursor whose indicator is
  // taken is dropped (its other pairs would all be passed over), one whose key is taken moves to its next key.
  type Cursor = { g: number; ind: number; score: number; pos: number };
  const keyOf = (c: Cursor) => live[c.g].keys[c.pos];
  const before = (a: Cursor, b: Cursor) => b.score < a.score || (b.score === a.score && (keyOf(a) < keyOf(b) || (keyOf(a) === keyOf(b) && a.ind < b.ind)));
  const heap: Cursor[] = [];
  const up = (i: number) => {
    const x = heap[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(x, heap[p])) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = x;
  };
  const down = (i: number) => {
    const x = heap[i];
    for (;;) {
      let k = 2 * i + 1;
      if (k >= heap.length) break;
      if (k + 1 < heap.length && before(heap[k + 1], heap[k])) k++;
      if (!before(heap[k], x)) break;
      heap[i] = heap[k];
      i = k;
    }
    heap[i] = x;
  };
  live.forEach((g, gi) => {
    for (const f of g.found) {
      heap.push({ g: gi, ind: f.ind, score: f.score, pos: 0 });
      up(heap.length - 1);
    }
  });
  while (heap.length > 0) {
    const c = heap[0];
    const key = keyOf(c);
    const id = indicators[c.ind].id;
    let drop = taken.has(id);
    if (!drop && out.has(key)) {
      c.pos++;
      drop = c.pos >= live[c.g].keys.length;
      if (!drop) {
        down(0);
        continue;
      }
    } else if (!drop) {
      out.set(key, { indicatorId: id, by: "name", score: Math.round(c.score * 100) / 100 });
      taken.add(id);
      drop = true;
    }
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
  }
  // The next best indicator for each name match, and the next best row for its indicator, so a caller can tell a
  // clear match from a close call ("Cấp huyện", "Cấp tỉnh" under one heading fit the heading's indicator alike).
  // Both are the first such pair in the order above: the runner-up among the row's own group's indicators, the rival
  // among the indicator's groups, each group offering its first key that is not the owner's.
  const better = (s: number, k: number, i: number, t: { score: number; key: number; ind: number }) => s > t.score || (s === t.score && (k < t.key || (k === t.key && i < t.ind)));
  const groupOf = new Map<number, number>();
  live.forEach((g, gi) => {
    for (const k of g.keys) groupOf.set(k, gi);
  });
  const owner = new Map<string, number>();
  const byKey = new Map<number, MatchInfo>();
  for (const [k, m] of out) {
    if (m.by !== "name") continue;
    byKey.set(k, m);
    owner.set(m.indicatorId!, k);
  }
  const runners = new Map<number, { score: number; key: number; ind: number }>();
  for (const [k, m] of byKey) {
    const g = live[groupOf.get(k)!];
    let best: { score: number; key: number; ind: number } | null = null;
    for (const f of g.found) {
      if (indicators[f.ind].id === m.indicatorId) continue;
      if (!best || better(f.score, k, f.ind, best)) best = { score: f.score, key: k, ind: f.ind };
    }
    if (best) runners.set(k, best);
  }
  const rivals = new Map<string, { score: number; key: number; ind: number }>();
  for (const g of live) {
    for (const f of g.found) {
      const id = indicators[f.ind].id;
      const k0 = owner.get(id);
      if (k0 === undefined) continue;
      const k = g.keys[0] !== k0 ? g.keys[0] : g.keys[1];
      if (k === undefined) continue;
      const r = rivals.get(id);
      if (!r || better(f.score, k, f.ind, r)) rivals.set(id, { score: f.score, key: k, ind: f.ind });
    }
  }
  // Set in the order the pairs come, as a caller reading the match's fields sees them.
  for (const [k, m] of byKey) {
    const ru = runners.get(k);
    const rv = rivals.get(m.indicatorId!);
    const setRunner = () => ru && (m.runnerUp = { indicatorId: indicators[ru.ind].id, score: Math.round(ru.score * 100) / 100 });
    const setRival = () => rv && (m.rival = { key: rv.key, score: Math.round(rv.score * 100) / 100 });
    if (ru && rv && better(rv.score, rv.key, rv.ind, ru)) {
      setRival();
      setRunner();
    } else {
      setRunner();
      setRival();
    }
  }
  for (const c of candidates) if (!out.has(c.key)) out.set(c.key, { by: "none", score: 0 });
  return out;
}
