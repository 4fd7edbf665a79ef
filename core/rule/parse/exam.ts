// Language tests named beside a figure ("IELTS 6.5", "TOEFL iBT ≥ 34"): which test a figure is a score of, and so which
// part of a compound target an indicator naming a test means (round 37, compound37; formerly evaluate's testPart).
import { LANGUAGE_TESTS } from "../../number/cell";
import type { Signal } from "./confidence";
import type { Ctx } from "./context";
import type { Cand } from "./recognisers";
import { isYear } from "./text";
import { READS_INDICATOR } from "./indicator-mode";
import { NUM, type Token } from "./tokens";

// A test's name as a phrase writes it, TOEFL with its form ("TOEFL iBT").
const TEST = new RegExp(`(?<![\\p{L}\\d])(?:${LANGUAGE_TESTS.join("|")})(?: (?:ibt|itp|pbt))?(?!\\p{L})`, "giu");

/**
 * The tests a text names, in lower case with where each stands. "SAT" only in capitals: "giam sat" is "giám sát" typed
 * without its marks.
 * @example testsIn("IELTS ≥ 4.5/ TOEFL iBT ≥ 34") → [{ name: "ielts", at: 0 }, { name: "toefl ibt", at: 13 }]
 */
export function testsIn(s: string): Array<{ name: string; at: number }> {
  const out: Array<{ name: string; at: number }> = [];
  for (const m of s.matchAll(TEST)) if (m[0] === "SAT" || m[0].toLowerCase() !== "sat") out.push({ name: m[0].toLowerCase(), at: m.index! });
  return out;
}

/** One test: the same name, or the bare name beside one with its form ("toefl", "toefl ibt"). */
function sameTest(a: string, b: string): boolean {
  return `${a} `.startsWith(`${b} `) || `${b} `.startsWith(`${a} `);
}

/** The test a figure is a score of: the last one named between the number before it and it; with where it stands. */
function examOf(c: Ctx, t: Token): { name: string; at: number } | undefined {
  let from = 0;
  for (const u of c.ts) {
    if (u === t) break;
    if (u.kind === NUM) from = u.end;
  }
  const found = testsIn(c.p.src.slice(from, t.start)).pop();
  return found && { name: found.name, at: from + found.at };
}

/** A score: a level, or a bound or band of plain figures (not a rate, a date, a count of a period). */
function scored(x: Cand): boolean {
  const r = x.rule;
  return r.kind === "level" || ((r.kind === "compare" || r.kind === "range") && r.unit.kind !== "percent");
}

/** The tests the indicator names; none when the phrase names none (the usual case, found at once). */
function namedTests(c: Ctx): string[] | null {
  if (!READS_INDICATOR || !c.opts.indicator || c.figs.length < 2 || !testsIn(c.p.src).length) return null;
  return testsIn(c.opts.indicator).map((x) => x.name);
}

/**
 * "IELTS ≥ 4.5/ TOEFL iBT ≥ 34/ TOEIC nghe-đọc ≥ 400" under "Điểm TOEIC nghe-đọc sơ tuyển": each figure is a score of
 * the test named before it, and the indicator names one, so the figure of that test is the part meant; it gains as
 * much as a unit column agreeing would (a part's words, 1.5 each, decide less surely than a test's own name). Only
 * where another figure is another test's: a name heading every part ("chứng chỉ IELTS tối thiểu 6.0 đối với …
 * và tối thiểu 6.5 đối với …") labels the first figure alone, and tells no part apart.
 */
export function examScores(c: Ctx, cands: Cand[]): void {
  const named = namedTests(c);
  if (!named?.length) return;
  const of = new Map<Token, boolean | undefined>();
  for (const x of cands) {
    const t = x.used[0];
    if (!t || of.has(t)) continue;
    const e = examOf(c, t);
    of.set(t, e && named.some((n) => sameTest(n, e.name)));
  }
  if (![...of.values()].includes(false)) return;
  for (const x of cands) if (x.used[0] && of.get(x.used[0])) x.score += EXAM;
}
const EXAM = 8;

/**
 * The doubt when the figure read is a test's score the indicator does not name ("… đạt từ 8.0 trở lên kết hợp chứng
 * chỉ IELTS 7.0" read as the IELTS figure under "Điểm trung bình cộng …"): the part meant may be another, so the rule
 * is unsure (asked about, naming the score read). Under an indicator naming another test, whenever other figures stand
 * beside it; under one naming none, only where another figure is measured as the one read (a share or not, not a
 * year): "IELTS 6.5 trở lên; … đạt chuẩn 100%" leaves a score nothing else.
 */
export function examDoubt(c: Ctx, best: Cand): Signal | null {
  const named = namedTests(c);
  const t = best.used[0];
  const e = named && t && scored(best) && examOf(c, t);
  if (!e || named!.some((n) => sameTest(n, e.name))) return null;
  if (!named!.length && !c.ts.some((u) => u.kind === NUM && u !== t && !isYear(u.value) && u.percent === t.percent)) return null;
  return { code: "exam", fragment: c.p.src.slice(e.at, t.end) };
}
