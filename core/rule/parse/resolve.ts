// Resolver: scores whole readings in context (unit column, indicator, parentheses) and returns the best and a close runner-up.
import type { Reading, Unit } from "../schema";
import type { Ctx, UnitHint } from "./context";
import type { Cand } from "./recognisers";
import { subjectOf } from "./subject";

/**
 * Two readings closer than this are a close call: the runner-up goes with the result so the judge can ask which was
 * meant when they would judge a figure differently. The weights of SCORE are spaced so that a reading that states
 * its own kind (a place, a frequency, a share) is never within this of a bare figure.
 */
export const MARGIN = 1;

/** Weights of the context features. */
export const CONTEXT = {
  /** The reading's unit is the unit column's (ĐVT) kind and noun; or it is of another kind. */
  unitAgrees: 8,
  unitDisagrees: -8,
  /** A count of the same kind but another noun than the ĐVT's. */
  unitOtherNoun: -2,
  /** The counted noun appears in the indicator's name ("phòng bộ môn" in "Số phòng bộ môn"). */
  nounInIndicator: 2,
  /** The indicator names a rate and the reading is one (or is not). */
  rateAgrees: 2,
  rateDisagrees: -1,
} as const;

function unitKind(u: Unit): string {
  return u.kind;
}

/** How well a reading's unit agrees with the unit column. */
function unitScore(rule: Reading, h: UnitHint): number {
  const C = CONTEXT;
  switch (rule.kind) {
    case "rank":
      return h.kind === "rank" ? C.unitAgrees : 0;
    case "level":
      return h.kind === "level" ? C.unitAgrees : h.kind === "percent" ? C.unitDisagrees : 0;
    case "deadline":
      return h.kind === "date" ? C.unitAgrees : 0;
    case "fraction":
      return h.kind === "percent" ? C.unitAgrees / 2 : h.kind === "count" && rule.noun && sameNoun(rule.noun, h.noun) ? C.unitAgrees : 0;
    case "frequency":
      return h.kind === "count" && rule.noun && sameNoun(rule.noun, h.noun) ? C.unitAgrees : h.kind === "percent" ? C.unitDisagrees : 0;
    case "boolean":
    case "reference":
      return 0;
    case "change":
      if (rule.mode === "any") return 0;
      return unitOf(rule.mode === "absolute" ? rule.unit : { kind: "percent" }, h);
    case "compare":
    case "range":
    case "zero":
      return unitOf(rule.unit, h);
  }
}

function unitOf(u: Unit, h: UnitHint): number {
  const C = CONTEXT;
  switch (h.kind) {
    case "percent":
      return u.kind === "percent" ? C.unitAgrees : C.unitDisagrees;
    case "count":
      if (u.kind === "percent") return C.unitDisagrees;
      if (u.kind === "count") return !u.noun ? C.unitAgrees / 2 : sameNoun(u.noun, h.noun) ? C.unitAgrees : C.unitOtherNoun;
      // "20 trẻ" under ĐVT "trẻ/nhóm": the measure's head noun.
      return sameNoun(u.unit.split("/")[0], h.noun) ? C.unitAgrees / 2 : -C.unitAgrees / 2;
    case "measure":
      if (u.kind === "percent") return C.unitDisagrees;
      if (u.kind === "count") return u.noun && sameNoun(u.noun, h.text.split("/")[0]) ? C.unitAgrees / 2 : -C.unitAgrees / 2;
      return sameMeasure(u.unit, h) ? C.unitAgrees : C.unitDisagrees / 2;
    default:
      return u.kind === "percent" ? C.unitDisagrees / 2 : 0;
  }
}

function sameNoun(a: string, b: string): boolean {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function sameMeasure(unit: string, h: Extract<UnitHint, { kind: "measure" }>): boolean {
  const u = unit.toLowerCase().replace(/\s*\/\s*/gu, "/");
  if (u === h.text.replace(/\s*\/\s*/gu, "/")) return true;
  // Same dimension: "35 phút" under ĐVT "giờ" converts.
  const head = u.split("/")[0];
  return h.dim !== null && DIMS[head] === h.dim && !!h.per === u.includes("/");
}

const DIMS: Record<string, string> = {
  phút: "time", giờ: "time", tiếng: "time", ngày: "time", "ngày làm việc": "time", tuần: "time", tháng: "time", năm: "time", quý: "time",
  m2: "area", ha: "area", km2: "area", đồng: "money", "nghìn đồng": "money", "triệu đồng": "money", đ: "money", km: "length", m: "length", kg: "mass",
};

function isRate(rule: Reading): boolean | null {
  switch (rule.kind) {
    case "compare":
    case "range":
    case "zero":
      return rule.unit.kind === "percent";
    case "fraction":
      return true;
    case "change":
      return rule.mode === "any" ? null : rule.mode !== "absolute";
    default:
      return null;
  }
}

function nounOf(rule: Reading): string | undefined {
  if ("unit" in rule) {
    const u = rule.unit;
    if (u.kind === "count") return u.noun;
    if (u.kind === "measure") return u.unit.split("/")[0];
  }
  if (rule.kind === "fraction" || rule.kind === "frequency") return rule.noun;
  return undefined;
}

/** Moves each candidate's score by what the context says. */
export function score(c: Ctx, cands: Cand[]): void {
  const h = c.unit;
  const ind = c.ind;
  for (const x of cands) {
    if (x.by === "canonicalBoolean") continue;
    if (h) x.score += unitScore(x.rule, h);
    if (ind.low) {
      const rate = isRate(x.rule);
      if (ind.rate && rate === true) x.score += CONTEXT.rateAgrees;
      if (ind.rate && rate === false) x.score += CONTEXT.rateDisagrees;
      if (ind.count && !ind.rate && rate === false) x.score += CONTEXT.rateAgrees;
      if (ind.count && !ind.rate && rate === true && x.rule.kind !== "fraction") x.score += CONTEXT.rateDisagrees;
      const noun = nounOf(x.rule);
      if (noun && noun.length > 1 && ind.low.includes(noun.toLowerCase())) x.score += CONTEXT.nounInIndicator;
    }
  }
}

/** A key that is equal for readings that judge every figure alike (subjects and texts aside). */
export function sameReading(a: Reading, b: Reading): boolean {
  if (a.kind !== b.kind) return false;
  const ra = a as Record<string, unknown>;
  for (const k of Object.keys(ra)) {
    if (k === "subject" || k === "text" || k === "field" || k === "statement") continue;
    const x = ra[k];
    const y = (b as Record<string, unknown>)[k];
    if (typeof x === "object" && x !== null) {
      if (JSON.stringify(x) !== JSON.stringify(y)) return false;
    } else if (x !== y && !(x === undefined && y === undefined)) return false;
  }
  return true;
}

/** The best candidate and, when one is within MARGIN and reads differently, the runner-up. */
export function choose(cands: Cand[]): { best: Cand; runnerUp: Cand | null } | null {
  let best: Cand | null = null;
  for (const x of cands) if (!best || x.score > best.score) best = x;
  if (!best) return null;
  let second: Cand | null = null;
  const floor = best.score - MARGIN;
  for (const x of cands) {
    if (x === best || x.score <= floor || x.rule.kind === "boolean" || x.by === "canonicalBoolean") continue;
    if (second && x.score <= second.score) continue;
    if (sameReading(x.rule, best.rule)) continue;
    // A reading of figures the best reading already accounts for ("= 56,6%" restating "1.640/2.898") is the same
    // evidence read again, not a second meaning.
    if (x.used.length > 0 && x.used.every((t) => best!.used.includes(t))) continue;
    second = x;
  }
  if (!second || best.rule.kind === "boolean" || best.score - second.score >= MARGIN) return { best, runnerUp: null };
  return { best, runnerUp: second };
}

/** The candidate's rule with its subject, without undefined fields. */
export function finish(c: Ctx, x: Cand): Reading {
  const out: Record<string, unknown> = {};
  const r = x.rule as Record<string, unknown>;
  for (const k in r) if (r[k] !== undefined) out[k] = r[k];
  if (x.statementFn) {
    const statement = x.statementFn();
    if (statement) out.statement = statement;
  } else if (out.subject === undefined) {
    const subject = x.subjectFn ? x.subjectFn() : x.subject ? subjectOf(c.p, x.subject[0], x.subject[1]) : undefined;
    if (subject) out.subject = subject;
  }
  return out as Reading;
}

export { unitKind };
