// Resolver: scores whole readings in context (unit column, indicator, parentheses) and returns the best and a close runner-up.
import { CELL_TESTS } from "../../number/cell";
import { convert, SCALE_OF, unitSize } from "../../number/units";
import type { Reading, Unit } from "../schema";
import { indicatorWords, namedPair, shortForms, spaced, type Ctx, type UnitHint } from "./context";
import type { Fig } from "./figures";
import type { Cand } from "./recognisers";
import { examScores } from "./exam";
import { READS_INDICATOR } from "./indicator-mode";
import { BREAKDOWN, M } from "./lexicon";
import { sameJson } from "./same-json";
import { subjectOf } from "./subject";
import { WORD, type Token } from "./tokens";
import { measureChoice, measuresAlike, ownYear, partOfYear } from "./milestones";
import { round12 } from "../../number/parse";

/**
 * Two readings closer than this are a close call: the runner-up goes with the result so the judge can ask which was
 * meant when they would judge a figure differently. The weights of SCORE are spaced so that a reading that states
 * its own kind (a place, a frequency, a share) is never within this of a bare figure.
 */
export const MARGIN = 1;

/** Weights of the context features. */
// (A const enum: the weights are inlined where used.)
const enum CONTEXT {
  /** The reading's unit is the unit column's (ĐVT) kind and noun; or it is of another kind. */
  unitAgrees = 8,
  unitDisagrees = -8,
  /** A count of the same kind but another noun than the ĐVT's. */
  unitOtherNoun = -2,
  /** The counted noun appears in the indicator's name ("phòng bộ môn" in "Số phòng bộ môn"). */
  nounInIndicator = 2,
  /** The indicator names a rate and the reading is one (or is not). */
  rateAgrees = 2,
  rateDisagrees = -1,
  /** Per indicator word that only this part of a compound target has. */
  partWord = 1.5,
  /** A change that restates a level stated before it. */
  restatedChange = -5,
  /** A reading tied to the plan period's year (or to another year). */
  periodYear = 2,
}

function unitKind(u: Unit): string {
  return u.kind;
}

/** How well a reading's unit agrees with the unit column. */
function unitScore(rule: Reading, h: UnitHint): number {
  switch (rule.kind) {
    case "rank":
      return h.kind === "rank" ? CONTEXT.unitAgrees : 0;
    case "level":
      // A test score ("IELTS từ 6,5") is in points: ĐVT "điểm" names it.
      if (h.kind === "measure" && h.text === "điểm" && rule.scale && [...CELL_TESTS, "APTIS"].includes(rule.scale)) return CONTEXT.unitAgrees;
      return h.kind === "level" ? CONTEXT.unitAgrees : h.kind === "percent" ? CONTEXT.unitDisagrees : 0;
    case "deadline":
      // ĐVT "ngày" names a column of dates as often as one of days: half the agreement.
      return h.kind === "date" ? CONTEXT.unitAgrees : h.kind === "measure" && h.dim === "time" && h.per === null && h.text === "ngày" ? CONTEXT.unitAgrees / 2 : 0;
    case "fraction":
      // "34/95 đạt 35,8%" under ĐVT "trường": a share of the units the column counts.
      return h.kind === "percent" ? CONTEXT.unitAgrees / 2 : h.kind === "count" ? (rule.noun && sameNoun(rule.noun, h.noun) ? CONTEXT.unitAgrees : CONTEXT.unitAgrees / 2) : 0;
    case "frequency":
      // "8 tiết/ngày" under ĐVT "tiết/ngày", "1 lần/năm" under "lần/năm": what happens per the column's period.
      if (h.kind === "measure" && h.per && PER_PERIOD[h.per] === rule.period && sameNoun(rule.noun ?? "lần", h.text.split("/")[0].trim())) return CONTEXT.unitAgrees;
      // ("không quá 7 tiết/ngày" under ĐVT "phút": a count a day is no amount of minutes.)
      // (Unless it counts that very unit: "2 ngày/tuần" under ĐVT "ngày".)
      if (h.kind === "measure" && h.dim !== null && h.per === null && !(rule.noun && sameNoun(rule.noun, h.text))) return CONTEXT.unitDisagrees / 2;
      return h.kind === "count" && rule.noun && sameNoun(rule.noun, h.noun) ? CONTEXT.unitAgrees : h.kind === "percent" ? CONTEXT.unitDisagrees : 0;
    case "boolean":
    case "reference":
      return 0;
    case "change":
      if (rule.mode === "any") return 0;
      // "giảm 20% số hộ nghèo" under ĐVT "hộ": a share of the count is about that count, neither for nor against.
      if (rule.mode === "percent" && h.kind !== "percent") return 0;
      return unitOf(rule.mode === "absolute" ? rule.unit : { kind: "percent" }, h);
    case "zero":
      // "xã không còn hộ nghèo" under ĐVT "triệu đồng/người/năm": none of some things counted is no amount measured.
      if (h.kind === "measure" && h.dim && rule.unit.kind === "count" && !rule.unit.noun) return CONTEXT.unitDisagrees / 2;
      return unitOf(rule.unit, h);
    case "compare":
    case "range":
      return unitOf(rule.unit, h);
  }
}

/** The period a unit column names after "/" ("lần/năm", "tiết/ngày"), as a frequency's. */
const PER_PERIOD: Record<string, string> = { ngày: "day", tuần: "week", tháng: "month", quý: "quarter", "học kỳ": "semester", "học kì": "semester", năm: "year", "năm học": "schoolYear" };

function unitOf(u: Unit, h: UnitHint): number {
  switch (h.kind) {
    case "percent":
      return u.kind === "percent" ? CONTEXT.unitAgrees : CONTEXT.unitDisagrees;
    case "count":
      if (u.kind === "percent") return CONTEXT.unitDisagrees;
      if (u.kind === "count") return !u.noun ? CONTEXT.unitAgrees / 2 : sameNoun(u.noun, h.noun) ? CONTEXT.unitAgrees : CONTEXT.unitOtherNoun;
      // "20 trẻ" under ĐVT "trẻ/nhóm": the measure's head noun.
      return sameNoun(u.unit.split("/")[0], h.noun) ? CONTEXT.unitAgrees / 2 : -CONTEXT.unitAgrees / 2;
    case "measure":
      if (u.kind === "percent") return CONTEXT.unitDisagrees;
      // A bare figure ("từ 8.0 trở lên" under ĐVT "điểm") says nothing against the column; another noun does.
      if (u.kind === "count") return !u.noun ? 0 : sameNoun(u.noun, h.text.split("/")[0]) ? CONTEXT.unitAgrees / 2 : -CONTEXT.unitAgrees / 2;
      return sameMeasure(u.unit, h) ? CONTEXT.unitAgrees : CONTEXT.unitDisagrees / 2;
    case "rank":
      // A count of named things ("40–50 huy chương") under ĐVT "hạng" is no place.
      return u.kind === "percent" || (u.kind === "count" && !!u.noun) ? CONTEXT.unitDisagrees / 2 : 0;
    default:
      return u.kind === "percent" ? CONTEXT.unitDisagrees / 2 : 0;
  }
}

function sameNoun(a: string, b: string): boolean {
  // (A ĐVT "nghìn người" counts "người": its scale word is the figures' size, no noun.)
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim().replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn) /u, "");
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `) || sameWho(x, y);
}

// "35 em/lớp" under ĐVT "học sinh/lớp", "20 cháu" under "trẻ": pupils and small children are counted as "em", "cháu".
// Only under a unit naming pupils or children: under "người" (review39) "30 em học sinh" is no count of teachers.
const KID = /^(?:em|cháu)$/u;
const PUPIL = /^(?:học sinh|trẻ|học viên|cháu|em)(?: |$)/u;
const sameWho = (a: string, b: string) => (KID.test(a) ? PUPIL.test(b) : KID.test(b) && PUPIL.test(a));

function sameMeasure(unit: string, h: Extract<UnitHint, { kind: "measure" }>): boolean {
  const u = unit.toLowerCase().replace(/\s*\/\s*/gu, "/");
  if (u === h.text.replace(/\s*\/\s*/gu, "/")) return true;
  // Same dimension: "35 phút" under ĐVT "giờ" converts; "15kg gạo/tháng" is kg under ĐVT "kg/tháng/học sinh".
  const head = u.split("/")[0];
  if (h.dim !== null && unitSize(head)?.dim === h.dim) return true;
  // "20 học sinh/máy tính" under ĐVT "học sinh/máy tính": the same ratio written another way.
  const hh = h.text.split("/")[0].trim();
  return h.dim === null && (head === hh || sameWho(head, hh));
}

/**
 * Whether a reading cannot be a figure in the unit column at all: a date or yes/no for a numeric ĐVT, a rate for money
 * or time, a measure of another dimension. The reader refuses such a phrase rather than judge it in the wrong unit.
 */
export function contradicts(rule: Reading, h: UnitHint | null): boolean {
  if (!h || h.kind === "rank" || h.kind === "level" || h.kind === "date") return false;
  // ĐVT "ngày" (or "tháng", "năm") over a deadline names the column of dates, not a count of days.
  if (rule.kind === "deadline") return !(h.kind === "measure" && h.dim === "time" && h.per === null);
  if (rule.kind === "boolean") return true;
  if (rule.kind !== "compare" && rule.kind !== "range") return false;
  const u = rule.unit;
  if (h.kind === "measure" && h.dim !== null) {
    // "tối thiểu bằng ba lần mức học phí" under ĐVT "đồng/tháng": a multiple of another amount, as a share of it is.
    if (u.kind === "percent" || (u.kind === "count" && u.noun === "lần")) return true;
    if (u.kind === "measure") {
      const d = unitSize(u.unit.split("/")[0])?.dim;
      return !!d && d !== h.dim;
    }
  }
  return false;
}

const COLUMN_SCALE = SCALE_OF;

/**
 * A reading in a unit of the column's dimension but another size, restated in the column's unit ("1,2 triệu đồng"
 * under ĐVT "đồng" is 1.200.000 đồng), so plain figures typed in that column compare as they are.
 */
export function inColumnUnit(rule: Reading, h: UnitHint | null, low = ""): Reading {
  // "1,2 tỷ USD" under ĐVT "tỷ USD", "2 triệu lượt khách" under "triệu lượt khách": a count in thousands, millions or
  // billions of what the column names is restated in the column's size, so a plain "1,3" typed there is 1,3 tỷ USD.
  if (h && h.kind === "count" && (rule.kind === "compare" || rule.kind === "range") && rule.unit.kind === "count" && rule.unit.noun) {
    const m = /^(nghìn|ngàn|triệu|tỷ|tỉ)\s+(.+)$/u.exec(h.noun);
    const mult = m && m[2] === rule.unit.noun.toLowerCase() ? COLUMN_SCALE[m[1]] : 0;
    if (mult) {
      const down = (v: number) => round12(v / mult);
      const unit = { kind: "count" as const, noun: `${m![1]} ${rule.unit.noun}` };
      return rule.kind === "compare" ? { ...rule, value: down(rule.value), unit } : { ...rule, min: down(rule.min), max: down(rule.max), unit };
    }
  }
  // "95 - 100 triệu/năm" (read as plain đồng amounts) under ĐVT "triệu đồng/ha/năm": amounts in whole millions are
  // restated in the column's scale, so plain figures typed there compare as they are.
  if (h && h.kind === "measure" && h.dim === "money" && (rule.kind === "compare" || rule.kind === "range") && rule.unit.kind === "count" && !rule.unit.noun) {
    const m = /^(nghìn|ngàn|triệu|tỷ|tỉ)\s/u.exec(h.text);
    const mult = m ? COLUMN_SCALE[m[1]] : 0;
    const whole = (v: number) => v >= mult && Number.isInteger(v / mult);
    const unit = { kind: "measure" as const, unit: h.text };
    if (mult && (rule.kind === "compare" ? whole(rule.value) : whole(rule.min) && whole(rule.max))) {
      return rule.kind === "compare" ? { ...rule, value: rule.value / mult, unit } : { ...rule, min: rule.min / mult, max: rule.max / mult, unit };
    }
    // "125" under "nghìn đồng/học sinh/tháng": a plain figure below the column's scale is already in it (125 nghìn đồng,
    // so a typed "125.000 đồng" meets it).
    if (mult && (rule.kind === "compare" ? rule.value < mult : rule.max < mult)) return { ...rule, unit };
  }
  // ">80" under ĐVT "%": the column gives a bare figure its percent sign (not "con thứ 3" beside "2,83%").
  if (h && h.kind === "percent" && rule.kind === "compare" && rule.unit.kind === "count" && !rule.unit.noun && rule.value <= 100 && !low.includes("%")) return { ...rule, value: rule.value / 100, unit: { kind: "percent" } };
  // "10,5 – 11,0" under ĐVT "%" (a plan table's growth cell): a band of bare figures is a band of percents likewise.
  if (h && h.kind === "percent" && rule.kind === "range" && rule.unit.kind === "count" && !rule.unit.noun && rule.max <= 100 && !low.includes("%")) return { ...rule, min: round12(rule.min / 100), max: round12(rule.max / 100), unit: { kind: "percent" } };
  if (!h || h.kind !== "measure" || h.dim === null || (rule.kind !== "compare" && rule.kind !== "range") || rule.unit.kind !== "measure") return rule;
  const from = rule.unit.unit;
  const head = h.text.split("/")[0].trim();
  const size = unitSize(head);
  if (!size || unitSize(from.split("/")[0])?.dim !== h.dim || unitSize(from.split("/")[0])?.name === size.name) return rule;
  const conv = (v: number) => convert(v, from.split("/")[0], head);
  if (rule.kind === "compare") {
    const v = conv(rule.value);
    return v === null ? rule : { ...rule, value: v, unit: { kind: "measure", unit: h.text } };
  }
  const lo = conv(rule.min);
  const hi = conv(rule.max);
  return lo === null || hi === null ? rule : { ...rule, min: lo, max: hi, unit: { kind: "measure", unit: h.text } };
}


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

/** What a reading counts or measures: "trường" for "≥ 29 trường", "TC" for "≥ 10 TC/học kỳ", "m2" for "8 m2/trẻ". */
export function nounOf(rule: Reading): string | undefined {
  if ("unit" in rule) {
    const u = rule.unit;
    if (u.kind === "count") return u.noun;
    if (u.kind === "measure") return u.unit.split("/")[0];
  }
  if (rule.kind === "fraction" || rule.kind === "frequency") return rule.noun;
  return undefined;
}

// An indicator that names a plan, programme or field as a whole ("Chương trình chăm sóc mắt cho người cao tuổi",
// "Mục tiêu bảo vệ, chăm sóc trẻ em năm 2016"): its words are the heading's, not one part's.
// ("Chỉ tiêu/Kế hoạch/Công tác huy động trẻ mẫu giáo": a row's heading word only; the words after it may name a part.)
const WHOLE = /^(?:chương trình|mục tiêu|chiến lược|đề án)(?!\S)/u;
const HEADING_WORD = /^\s*(?:chỉ tiêu|kế hoạch|công tác)(?!\S)/u;

/** Whether the indicator heads every part of a compound target (see WHOLE); one listing its parts "(…; …)" names them. */
export function namesWhole(low: string): boolean {
  return (WHOLE.test(low.trimStart()) || BREAKDOWN.test(low)) && !low.includes("(");
}

/**
 * Where each given figure's part of a compound phrase starts and ends: parts are cut at the last ":" between one figure
 * and the operator of the next, else the last ",", "và", ";". Figures not given (a level qualifying a share) stay inside the parts.
 */
function partsOf(c: Ctx, figs: Fig[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    const n = figs[k + 1];
    let to = c.p.low.length;
    if (n) {
      const a = f.t.end;
      const b = c.ts[n.opAt].start;
      const seg = c.p.low.slice(a, b);
      let cut = Math.max(seg.lastIndexOf(", "), seg.lastIndexOf(" và "), seg.lastIndexOf(";"), seg.lastIndexOf(" còn "), seg.lastIndexOf(" riêng "));
      // "… đạt 93% vào năm 2030: phấn đấu giảm tỷ lệ trẻ em bỏ học … dưới 0,05%": a colon after a figure ends its part;
      // what follows is the next part's subject.
      const colon = seg.lastIndexOf(": ");
      if (colon >= 0) cut = colon + 1;
      // "… tư thục đạt 30%, số trẻ em … dân lập, tư thục đạt 35%": a figure whose unit a separator follows at once ends
      // its part there; the next part's subject may hold separators of its own.
      const ue = Math.max(a, c.ts[f.u.end - 1]?.end ?? a);
      const sep = /^\s*[,;]/u.exec(c.p.low.slice(ue, b));
      if (sep) cut = ue - a + sep[0].length - 1;
      to = cut >= 0 ? a + cut + 1 : b;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Compound targets ("tiểu học 24 học sinh/máy, THCS 16, THPT 12"): each reading's part of the phrase is matched against
 * the indicator's words; a word only some parts have decides. Only readings of the top reading's kind and of comparable
 * strength compete this way (a bare "mức 35%" does not overtake "lên mức 70%" because the indicator's subject stands
 * before both).
 */
function partScores(c: Ctx, cands: Cand[]): void {
  if (!READS_INDICATOR || !c.ind.low || c.figs.length < 2 || namesWhole(c.ind.low)) return;
  const words = indicatorWords(c.ind.low.replace(HEADING_WORD, ""), true);
  if (words.length === 0) return;
  let top: Cand | null = null;
  for (const x of cands) if (x.used.length > 0 && (!top || x.score > top.score)) top = x;
  if (!top) return;
  // "cần bổ sung 12.000 giáo viên …, 10.000 giáo viên …, đồng thời bồi dưỡng ít nhất 200.000 giáo viên …", "100% cán bộ,
  // trên 90% hội viên …": in a list of floors, an operator written in a later part is that part's own (it cannot reach
  // back); a bare floor of an earlier part (outside brackets, before a list separator) still competes, whatever the
  // operator added to the top. (Not a step, "có thêm 40 trường"; not one after it:
  // "ít nhất 20% …, 5% … và 3% …" may share the operator; not in a list matched "lần lượt", nor under a name listing
  // every part, which names none.)
  // Round 39: "trên 80% xã có hồ bơi (…), 100% xã có kế hoạch … phổ cập bơi …": a bare floor after the top keeps its own
  // operator (the corpus reads "100%" there as at least 100%, not above it) and competes too, but only when a pair of the
  // indicator's syllables names its part (namedPair over the parts as written). Not when the pair names the top's part:
  // the first part may hold the whole list's subject in full, the later ones in short ("ít nhất 20% số cơ sở giáo dục
  // đại học … đạt mức 1, 5% cơ sở đạt mức 2"), so the later figures stay rivals and a figure they judge otherwise is asked.
  const t0 = top;
  const floors = t0.rule.kind === "compare" && (t0.rule.op === ">=" || t0.rule.op === ">") && t0.used.length === 1 && t0.used[0].depth === 0 && !c.opts.indicator?.includes(";") && !c.p.low.includes("lần lượt");
  const listed = (x: Cand) => floors && x.rule.kind === "compare" && x.rule.op === ">=" && firmBase(c, x) < firmBase(c, t0) && x.used.length === 1 && !((c.ts[x.used[0].i - 1]?.endMask ?? 0) & M.change) && x.used[0].depth === 0 && sameUnitKind(x.rule, t0.rule) && x.score >= t0.score - 2 - FIRM.operator && apartInList(c, x.used[0], t0.used[0]);
  const figsOf = (g: Cand[]) => [...new Set(g.map((x) => c.figs.find((f) => f.t === x.used[0])).filter((f): f is Fig => !!f))].sort((a, b) => a.i - b.i);
  let group = cands.filter((x) => x.used.length > 0 && x.rule.kind === t0.rule.kind && (x.score >= t0.score - 2 || listed(x)));
  const wf = figsOf(group);
  const wt = partsOf(c, wf).map(([a, b]) => spaced(c.p.low.slice(a, b)));
  const k = namedPair(c.ind.low, wt, wt.map((t) => words.filter((w) => t.includes(` ${w} `)).length), true);
  // Kept after the pair is read: a listed floor written before the top's figure, or the figure of the part the pair names.
  const own = (x: Cand) => (listed(x) && x.used[0].start < t0.used[0].start) || wf[k]?.t === x.used[0];
  group = group.filter((x) => x.score >= t0.score - 2 || own(x));
  const figs = figsOf(group);
  if (figs.length < 2) return;
  const ps = partsOf(c, figs);
  // Words before the first figure are the whole phrase's subject unless every part has its own words before its
  // figure ("tiểu học đạt 24 …, THCS đạt 16 …, THPT đạt 12 …"); then they are the first part's.
  // ("Tỷ lệ hộ nghèo giảm 2%, riêng các huyện nghèo giảm 4%": a part singled out with "riêng" shares the subject.)
  const singled = figs.some((f, k) => k > 0 && /^\s*,?\s*riêng\s/u.test(c.p.low.slice(ps[k][0], c.ts[f.opAt].start)));
  // ("38% trẻ … nhà trẻ và 97% trẻ … mẫu giáo": a part opening with its figure after "và" has no subject before it.)
  const parallel = figs.every((f, k) => k === 0 || OWN_WORDS.test(c.p.low.slice(ps[k][0], c.ts[f.opAt].start).replace(JOINERS, " "))) && !singled;
  // The shared subject's words belong to every part ("Tỷ lệ hộ nghèo" in "… giảm 1-1,5%, riêng các huyện nghèo …").
  let subjectWords = singled ? spaced(c.p.low.slice(0, c.ts[figs[0].opAt].start)) : "";
  if (parallel) subjectWords = ` ${leadShared(c, figs, ps)} `;
  if (!parallel) ps[0] = [c.ts[figs[0].opAt].start, ps[0][1]];
  // "100% học sinh các trường tiên tiến được học và 50% đạt chứng chỉ …": a later part whose figure is followed at once
  // by its predicate ("đạt", "được") has no subject of its own; the first part's subject (its words between the figure
  // and its predicate) is its subject too. Round 40: so for one opening with a qualifier ("dưới 4% hộ nghèo ở thành thị,
  // 12% ở nông thôn"): the words it writes name it; what the last one says beyond the first's qualifier is every part's.
  const subject0 = subjectAfter(c, figs[0], ps[0][1]);
  const tail = singled ? "" : sharedTail(c, figs, ps, subject0 && QUALIFY.includes(c.ts[figs[figs.length - 1].u.end]?.w) ? subject0.split(" ").filter(Boolean).length : 0);
  // Each part's words, without the figures' measured units (they tell parts apart only by where the unit was written).
  const spans = new Map<Cand, string>();
  const full = new Map<Cand, string>();
  for (const x of group) {
    const k = figs.findIndex((f) => f.t === x.used[0]);
    const last = figs.findIndex((f) => f.t === x.used[x.used.length - 1]);
    const end = last >= 0 ? ps[last][1] : ps[k][1];
    const shared = k > 0 && subject0 && OPENS.has(c.ts[figs[k].u.end]?.w ?? "") ? ` ${subject0}` : "";
    const rest = `${shared}${subjectWords}${tail} `;
    spans.set(x, shortForms(` ${withoutUnits(c, figs, ps[k][0], end).replace(/[^\p{L}\d]+/gu, " ")}${rest}`));
    full.set(x, shortForms(` ${c.p.low.slice(ps[k][0], end).replace(/[^\p{L}\d]+/gu, " ")}${rest}`));
  }
  // A part that names none of the indicator's words is elliptical ("giảm 10% số trẻ em … vào năm 2025 và 20% vào năm
  // 2030"): it shares the first part's words, so they tell nothing apart.
  // The parts' predicates ("được học", "đạt chứng chỉ"): when the indicator names exactly one of them, that part is it.
  const preds = figs.map((f, k) => predicateOf(c, f, ps[k][1]));
  const named1 = preds.filter((pr, k) => pr && preds.indexOf(pr) === k && ` ${c.ind.low} `.includes(` ${pr} `));
  if (named1.length === 1 && preds.every((pr) => pr !== "") && new Set(preds).size === preds.length) {
    for (const x of group) {
      const k = figs.findIndex((f) => f.t === x.used[0]);
      if (preds[k] === named1[0]) x.score += 3 * CONTEXT.partWord;
    }
    return;
  }
  const named = new Map<Cand, boolean>();
  for (const [x, sp] of full) named.set(x, words.some((w) => sp.includes(` ${w} `)));
  // (The first part may name nothing once the shared subject is set aside: "… giảm 2%, riêng các huyện nghèo giảm 4%".)
  // Round 35x (part35): "Diện tích chôn cất tối đa 60%, giao thông tối thiểu 10%, cây xanh tối thiểu 25%" under "Tỷ
  // lệ giao thông": where every part opens with a label of its own, a part naming none of the indicator's words is
  // another part, not an ellipsis; the one part whose label names them is the one meant.
  const labels = figs.map((f, k) => c.p.low.slice(ps[k][0], c.ts[f.opAt].start));
  // (Not the first part when words follow its figure, "dưới 2% ở thành thị, nông thôn 3%": its label is there, and the
  // words before its figure are everyone's subject.)
  const after0 = /\p{L}{2}/u.test(c.p.low.slice(c.ts[figs[0].u.end]?.start ?? ps[0][1], ps[0][1]));
  const namedOnly = parallel && !c.p.low.includes("trong đó") && [...named.values()].filter(Boolean).length === 1 && labels.every(ownLabel) && group.some((x) => {
    const k = figs.findIndex((f) => f.t === x.used[0]);
    return named.get(x) && !(k === 0 && after0) && words.some((w) => labelNames(labels, k, w));
  });
  for (const [x, n] of named) if (!n && !namedOnly && (parallel || figs.findIndex((f) => f.t === x.used[0]) > 0)) return;
  const counts = new Map<string, number>();
  for (const w of words) {
    let n = 0;
    for (const sp of spans.values()) if (sp.includes(` ${w} `)) n++;
    counts.set(w, n);
  }
  let anyHit = false;
  const hitsOf = new Map<Cand, number>();
  let surer = false;
  for (const [x, sp] of spans) {
    let hits = 0;
    // A number the indicator names ("mức độ 3") tells parts apart more surely than a word.
    // A school level ("THPT", "tiểu học") names its part more surely than any other word.
    for (const w of words) {
      if (counts.get(w)! >= spans.size || !sp.includes(` ${w} `)) continue;
      const sure = /^\d+$/u.test(w) ? 2 : SCHOOL_LEVEL.has(w) ? 3 : 0;
      if (sure) surer = true;
      // A word fewer parts have tells them apart more: a word of one part only weighs most (1), a word all but one
      // part have little; a word all parts have nothing (above).
      hits += sure || (spans.size - counts.get(w)!) / (spans.size - 1);
    }
    hitsOf.set(x, hits);
    if (hits > 0) anyHit = true;
  }
  // "Diện tích phòng ngủ, vệ sinh, hiên chơi" over "phòng ngủ … 1,2m2/trẻ, vệ sinh 0,4m2/trẻ, hiên chơi 1,8m2/trẻ":
  // an indicator whose plain words name every part names them all; how many of its words each part repeats tells
  // nothing, so no part is preferred (the resolver then keeps another part as the runner-up and asks). A number or a
  // school level the indicator names still decides.
  if (!surer && hitsOf.size > 1 && [...hitsOf.values()].every((h) => h > 0)) return;
  // (A bare floor of an earlier part that the indicator's words name is given the operator the top's own part wrote:
  // as its own, not the context's, so the words alone decide as much as they would between equals.)
  // (So is one after it that a pair names, see above.) Round 39 (from compound38b): a part named by a pair of the
  // indicator's syllables no other part holds (namedPair, "gia đình" against "tham gia") gains two words more.
  const at = (x: Cand) => figs.findIndex((f) => f.t === x.used[0]);
  const texts: string[] = [];
  const most: number[] = [];
  for (const [x, h] of hitsOf) {
    const k = at(x);
    texts[k] = full.get(x)!;
    most[k] = Math.max(most[k] ?? 0, h);
  }
  // (Not where a name of the whole names every part: a whole and its breakdown, in brackets or after "trong đó"/"riêng";
  // a total ("nâng tổng số … lên", "tổng cộng"); a level beside its target ("chưa đạt mục tiêu 85%").)
  const paired = singled || figs.some((f) => f.t.depth > 0) || /(?<!\S)(?:trong đó|riêng|tổng|mục tiêu|chỉ tiêu)(?!\S)/u.test(c.p.low) ? -1 : namedPair(c.ind.low, texts, most, true);
  // (Nor a count or amount written with no operator but "là"/"đạt" ("cho 43 trường", "Phó đoàn 4,5 triệu đồng"): its
  // side is a guess, exactly or at least; with its part chosen by the words alone, two guesses stand, so it is asked.)
  const sided = (x: Cand) => { const f = figs[at(x)]; return x.used[0].percent || x.listed || f.after || (f.op && !f.op.weak); };
  for (const [x, hits] of hitsOf) {
    const back = hits > 0 && x.score < t0.score - 2 && own(x) ? FIRM.operator : 0;
    x.partGain = (Math.min(SCHOOL_LEVEL_CAP, hits) + (paired >= 0 && at(x) === paired && sided(x) ? 2 : 0)) * CONTEXT.partWord;
    x.score += x.partGain + back;
    if (x.base !== undefined) x.base += back;
  }
  // A part singled out with "riêng" applies only when the indicator names it; otherwise the general part leads.
  if (singled && !anyHit) for (const x of group) if (x.used[0] === figs[0].t) x.score += DECIDE;
}

// A plan's target named before a figure that follows a reported level: "(mục tiêu 30%)", "so với kế hoạch là 65%".
const NAMED_TARGET = /(?<![\p{L}\d])(?:mục tiêu|kế hoạch|khuyến nghị|chỉ tiêu)(?!\S)[^\d;]{0,40}$/u;

/**
 * "chỉ đạt 18,54% (mục tiêu 30%)", "64,5% so với kế hoạch là 65%", "đạt 16 máy/100 dân, vượt xa mục tiêu là 5 máy/100
 * dân": a report states a level, then the target it is measured against, named as such. The named figure is the target when a
 * figure measured alike stands before the name (in a plan, the name heads every figure: "Mục tiêu: 90% … 95% …").
 */
function namedTarget(c: Ctx, cands: Cand[]): void {
  // (NAMED_TARGET needs one of its four names, each holding "tiêu", "hoạch" or "nghị": a phrase with none is done at once.)
  if (!c.p.low.includes("tiêu") && !c.p.low.includes("hoạch") && !c.p.low.includes("nghị")) return;
  for (let k = 1; k < c.figs.length; k++) {
    const g = c.figs[k];
    const f = c.figs[k - 1];
    const seg = c.p.low.slice(f.t.end, g.t.start);
    // ("vượt mục tiêu Nghị quyết 0,36%" is the excess, see exceededBy; "vượt xa mục tiêu là 5" names the target.)
    if (!NAMED_TARGET.test(seg) || (seg.includes("vượt") && !/(?:là|:)\s*$/u.test(seg))) continue;
    if (f.t.percent !== g.t.percent || !sameJson(f.u.unit, g.u.unit)) continue;
    // (The name's brackets mark no aside; the level reported before it is no target.)
    for (const x of cands) x.score += x.used[0] === g.t ? FIRM.operator - (g.paren ? FIRM.paren : 0) : x.used[0] === f.t ? -FIRM.operator : 0;
  }
}

/** A list separator (",", ";", "và", "đồng thời") stands between two figures. */
function apartInList(c: Ctx, a: Token, b: Token): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return /,|;|(?<!\S)(?:và|đồng thời)(?!\S)/u.test(c.p.low.slice(x.end, y.start));
}

/**
 * "học sinh đoạt huy chương vàng Olympic … mức thưởng 300 triệu đồng, huy chương bạc là 200 triệu đồng, huy chương đồng
 * 150 …": in a list of parallel parts whose names open alike ("huy chương …", "khu vực …"), the first part's own name
 * starts at that word and is as long as the later parts' names; its other words before the figure are the subject
 * every part shares, elided after the first. "" when the names open differently.
 */
function leadShared(c: Ctx, figs: Fig[], ps: Array<[number, number]>): string {
  const wordsOf = (a: number, b: number): string[] => c.p.low.slice(a, b).replace(JOINERS, " ").split(/[^\p{L}\d]+/u).filter(Boolean);
  const later = figs.slice(1).map((f, k) => wordsOf(ps[k + 1][0], c.ts[f.opAt].start));
  const first = wordsOf(ps[0][0], c.ts[figs[0].opAt].start);
  const n = Math.max(...later.map((w) => w.length));
  if (n === 0 || first.length <= n) return "";
  const opens = new Map<string, number>();
  for (const w of later) if (w[0]) opens.set(w[0], (opens.get(w[0]) ?? 0) + 1);
  let head = "";
  for (const [w, m] of opens) if (m >= Math.min(2, later.length) && m > (opens.get(head) ?? 0)) head = w;
  const from = head ? first.lastIndexOf(head) : -1;
  if (from < 0) return "";
  return [...first.slice(0, from), ...first.slice(from + n)].join(" ");
}

/** The text of [a, b) without the figures' measured units ("triệu đồng" names what is measured, not which part). */
function withoutUnits(c: Ctx, figs: Fig[], a: number, b: number): string {
  let out = "";
  let at = a;
  for (const f of figs) {
    if (f.u.unit.kind === "count" || f.t.start < at || f.t.start >= b) continue;
    const e = Math.min(b, c.ts[f.u.end - 1]?.end ?? f.t.end);
    out += `${c.p.low.slice(at, f.t.start)} `;
    at = Math.max(at, e);
  }
  return out + c.p.low.slice(at, b);
}

// Words that join parts without naming anything; what else stands before a part's figure is that part's own subject.
const JOINERS = /(?:^|\s)(?:và|hoặc|còn|với|,|;)(?=\s|$)/gu;
// Words of a part's label that name no subject: links, operators, times ("đến năm 2020 là", "tỷ lệ này").
const NO_LABEL = /(?<!\S)(?:và|đạt|là|có|từ|trên|dưới|khoảng|ít nhất|tối thiểu|tối đa|không quá|đến|vào|năm|giai đoạn|vượt|mục tiêu)(?!\S)|\d+/gu;

/**
 * Whether part k's label names the indicator word w. The first label also holds the subject every part shares, so only
 * its last words count, as many as the longest later label has ("… đầu vào với bậc thạc sĩ tối thiểu 3/6, tiến sĩ …").
 */
function labelNames(labels: string[], k: number, w: string): boolean {
  const wordsOf = (l: string): string[] => l.replace(NO_LABEL, " ").match(/[\p{L}\d]+/gu) ?? [];
  let own = wordsOf(labels[k]);
  if (k === 0) own = own.slice(-Math.max(...labels.slice(1).map((l) => wordsOf(l).length)));
  return shortForms(` ${own.join(" ")} `).includes(` ${w} `);
}

/** A part's label is a subject of its own (2 words or more left, no "này" pointing back), not an ellipsis. */
function ownLabel(label: string): boolean {
  if (/(?<!\S)này(?!\S)/u.test(label)) return false;
  return (label.replace(NO_LABEL, " ").match(/\p{L}{2,}/gu) ?? []).length >= 2;
}
const OWN_WORDS = /\p{L}{2,}/u;

// Verbs that open a part's predicate right after its figure ("50% đạt chứng chỉ …"); words opening a qualifier ("ở nông thôn").
const PREDICATE = new Set(["đạt", "được", "hoàn", "tham", "có", "sử", "thực", "biết"]);
const QUALIFY = ["ở", "tại", "trên", "dưới", "thuộc"];
const OPENS = new Set([...PREDICATE, ...QUALIFY]);

/**
 * "100% trường tiểu học, 70% trường THCS, 80% trường THPT dạy học hai buổi/ngày": in a list of parallel parts, what the
 * last part says beyond the length of the earlier parts' own words (figure to separator) is the predicate they all
 * share, elided before; its words belong to every part and tell none apart. "" when the list is not elliptical.
 */
function sharedTail(c: Ctx, figs: Fig[], ps: Array<[number, number]>, skip = 0): string {
  const wordsAfter = (k: number): string[] => {
    const at = figs[k].u.end;
    if (at >= c.ts.length || c.ts[at].start >= ps[k][1]) return [];
    return c.p.low.slice(c.ts[at].start, ps[k][1]).replace(JOINERS, " ").split(/[^\p{L}\d]+/u).filter(Boolean);
  };
  // The shortest earlier part bounds the last part's own words (its nouns may be longer: "THPT" against "tiểu học");
  // sharing a word too many only leaves the parts less decided, which asks rather than guesses.
  let own = Infinity;
  for (let k = 0; k + 1 < figs.length; k++) own = Math.min(own, wordsAfter(k).length - (k ? 0 : skip));
  if (own === 0 || own === Infinity) return "";
  const last = wordsAfter(figs.length - 1);
  return last.length > own ? ` ${last.slice(own).join(" ")}` : "";
}

/** The words between a figure and its predicate ("học sinh các trường tiên tiến" in "100% học sinh … được học"). */
function subjectAfter(c: Ctx, f: Fig, end: number): string {
  let k = f.u.end;
  const from = k;
  while (k < c.ts.length && c.ts[k].start < end && !OPENS.has(c.ts[k].w)) k++;
  if (k === from || k >= c.ts.length || c.ts[k].start >= end) return "";
  return c.p.low.slice(c.ts[from].start, c.ts[k - 1].end).replace(/[^\p{L}\d]+/gu, " ");
}

/**
 * "bảo hiểm xã hội (BHXH), bảo hiểm thất nghiệp (BHTN) lần lượt đạt khoảng 45%, 35%": the items listed before
 * "lần lượt" take the figures after it in order; the item the indicator names gives its figure the lead.
 */
function respectively(c: Ctx, cands: Cand[]): void {
  if (!READS_INDICATOR || !c.ind.low || c.figs.length < 2 || !c.p.low.includes("lần lượt")) return;
  const ts = c.ts;
  let at = -1;
  for (let k = 0; k + 1 < ts.length; k++) if (ts[k].w === "lần" && ts[k + 1].w === "lượt") at = k;
  if (at < 1) return;
  const figs = c.figs.filter((f) => f.i > at);
  const items = c.p.low
    .slice(0, ts[at].start)
    .split(/,|;|\svà\s/u)
    .map((x) => x.replace(/[^\p{L}\d]+/gu, " ").trim().split(" ").filter(Boolean))
    .filter((x) => x.length > 0);
  if (items.length < 2 || items.length !== figs.length) return;
  // What the first item shares with all ("số người tham gia …") stands before it: keep as many words as the others have.
  const n = Math.max(...items.slice(1).map((x) => x.length));
  if (items[0].length > n) items[0] = items[0].slice(items[0].length - n);
  const words = indicatorWords(c.ind.low, true);
  const hits = items.map((it) => words.filter((w) => it.includes(w) && !items.every((o) => o.includes(w))).length);
  const best = Math.max(...hits);
  if (best === 0 || hits.filter((h) => h === best).length > 1) return;
  const f = figs[hits.indexOf(best)];
  for (const x of cands) if (x.used[0] === f.t) x.score += 3 * CONTEXT.partWord;
}

/** A part's predicate: its first predicate verb after the figure and the word after it ("được học", "đạt chứng"). */
function predicateOf(c: Ctx, f: Fig, end: number): string {
  for (let k = f.u.end; k + 1 < c.ts.length && c.ts[k + 1].start < end; k++) {
    if (PREDICATE.has(c.ts[k].w) && c.ts[k + 1].kind === WORD) return `${c.ts[k].w} ${c.ts[k + 1].w}`;
  }
  return "";
}

// Words naming a school level; see partScores.
export const SCHOOL_LEVEL = new Set(["thpt", "thcs", "gdtx", "tiểu", "mầm"]);
const SCHOOL_LEVEL_CAP = 4;

/** The years each figure's part names ("đạt 88% vào năm 2025 và 93% vào năm 2030": [2025], [2030]). */
function partYears(c: Ctx): number[][] {
  const ps = partsOf(c, c.figs);
  return c.figs.map((_, k) => c.dates.filter((d) => !d.day && c.ts[d.from].start >= ps[k][0] && c.ts[d.from].start < ps[k][1]).map((d) => Number(d.due.slice(0, 4))));
}

/**
 * "đạt 88% vào năm 2025 và 93% vào năm 2030" under "… năm 2030": the year the indicator names rules out each part naming
 * only other years (before the parts' words are weighed, so only the parts left compete by them). Whether it did.
 */
function namedYear(c: Ctx, cands: Cand[], past: number[]): number {
  const ys = partYears(c);
  // (Not a baseline's year: "… (gốc năm 2020)" names the level the aim is measured from, see baselines.)
  const out = READS_INDICATOR && c.ind.year && c.dates.length > 1 && !past.includes(c.ind.year) ? ruledOut(ys, c.ind.year) : null;
  for (const x of cands) if (out && x.used.length > 0) x.score -= out[c.figs.findIndex((f) => f.t === x.used[0])] ?? 0;
  if (!out) return -1;
  // Round 45: the period's year naming a part the indicator's year ruled out ("… (Chiến lược đến năm 2030)" in a row
  // for 2025): the two years disagree; both parts are asked about (-2, after the words are weighed: milestoneMeasures).
  const end = c.opts.period ? Number(c.opts.period.end.slice(0, 4)) : NaN;
  const k = partOfYear(ys, end);
  const named = partOfYear(ys, c.ind.year!);
  // (Only a year after the period, a horizon; one before it names a yearly plan's own part, "… (kế hoạch năm 2024)".)
  if (k >= 0 && out[k] && named >= 0 && c.ind.year! > end) {
    const top = (j: number) => cands.reduce<Cand | null>((b, x) => (x.used[0] === c.figs[j].t && (!b || x.score > b.score) ? x : b), null);
    const a = top(named);
    const b = top(k);
    if (a && b) {
      b.score = a.score;
      a.score += 0.01;
      return -2;
    }
  }
  return named >= 0 ? named : -2;
}

/**
 * Round 45: "Năm 2020 tỷ lệ hộ nghèo là 5,2%, đến năm 2025 giảm còn dưới 2%" in a row for 2021–2025 (or 2024, 2025): a
 * part whose one year is before the period, beside a later part measured alike, states where things stood; it is a
 * baseline, never the target, whatever words it names. The years of the baselines.
 */
function baselines(c: Ctx, cands: Cand[], stated: Array<[number, number]> = []): number[] {
  const start = c.opts.period ? Number(c.opts.period.start.slice(0, 4)) : NaN;
  // (Behind READS_INDICATOR: the spreadsheet functions' bundles leave it out for size; their rows name no indicator
  // whose words could pick the stated level.)
  if (!READS_INDICATOR || Number.isNaN(start) || c.figs.length < 2 || c.dates.length < 2) return [];
  const ys = partYears(c);
  const ps = partsOf(c, c.figs);
  const out: number[] = [];
  c.figs.forEach((f, k) => {
    const y = ys[k];
    // (A level stated, not aimed at: no firm operator, its year not reached for, "đến năm 2020", "phấn đấu … năm 2020".)
    const d = c.dates.find((e) => !e.day && Number(e.due.slice(0, 4)) === y[0]);
    if (y.length !== 1 || y[0] >= start || (f.op && !f.op.weak) || f.after || !d || AIMED.test(c.p.low.slice(ps[k][0], c.ts[d.from].start)) || AIMED.test(c.p.low.slice(ps[k][0], ps[k][1]).replace(/^.*?\d{4}/su, ""))) return;
    // (The indicator's own year, not marked as a base ("gốc", "so với"), names a yearly target: "Năm 2024 đạt 85%, năm
    // 2025 đạt 90% …" under "… (kế hoạch năm 2024)".)
    if (ownYear(c.ind, y[0])) return;
    const later = c.figs.map((g, j) => (j > k && ys[j].length > 0 && ys[j].every((z) => z >= start) && g.t.percent === f.t.percent && sameJson(g.u.unit, f.u.unit) ? j : -1)).filter((j) => j >= 0);
    if (!later.some((j) => measuresAlike(c.p.low.slice(ps[k][0], ps[k][1]), c.p.low.slice(ps[j][0], ps[j][1])))) {
      // (Beside an aim at another measure, a stated level is no target either: asked about against that aim, unless the
      // words give the aim its own win, milestoneMeasures' tie below.)
      if (later.length > 0) stated.push([k, later[0]]);
      return;
    }
    for (const x of cands) {
      if (x.used[0] !== f.t) continue;
      x.score -= 8;
      x.ofBase = true;
    }
    out.push(y[0]);
  });
  return out;
}

/** A level stated for a past year (figure k) that leads an aim at another measure (figure j): the two stand level, asked. */
function statedLevels(c: Ctx, cands: Cand[], stated: Array<[number, number]>): void {
  const top = (k: number) => cands.reduce<Cand | null>((b, x) => (x.used[0] === c.figs[k].t && !x.ofBase && (!b || x.score > b.score) ? x : b), null);
  for (const [k, j] of stated) {
    const a = top(k);
    const b = top(j);
    if (!a || !b || a.score < b.score) continue;
    b.score = a.score + 0.01;
  }
}

// Words that reach for a level (an aim), not state one.
const AIMED = /(?<!\p{L})(?:đến|tới|vào|trước|hết|cuối|phấn đấu|mục tiêu|chỉ tiêu|kế hoạch)(?!\p{L})/u;

/**
 * Round 45: "Đến năm 2025 số trường đạt chuẩn quốc gia 40 trường, đến năm 2030 có 12 trường đạt chuẩn mức độ 2" under
 * "… mức độ 2": dated parts each naming their own measure. The part the year picks (figure `yf`) gives way to the part
 * the indicator's own words name surely, and is asked about beside one they name less surely (measureChoice).
 */
function milestoneMeasures(c: Ctx, cands: Cand[], yf: number, named: boolean): void {
  if (!READS_INDICATOR || yf < 0 || !c.ind.low || namesWhole(c.ind.low)) return;
  const ys = partYears(c);
  const top = (k: number) => cands.reduce<Cand | null>((b, x) => (x.used[0] === c.figs[k].t && !x.ofBase && (!b || x.score > b.score) ? x : b), null);
  const dated = c.figs.map((_, k) => (ys[k].length > 0 && top(k) ? k : -1)).filter((k) => k >= 0);
  const y = dated.indexOf(yf);
  if (dated.length < 2 || y < 0) return;
  const ps = partsOf(c, c.figs);
  // (Each part without its figures' counted nouns: "năm 2025 có 20 xã" names no measure of its own.)
  let low = c.p.low;
  for (const f of c.figs) {
    const e = c.ts[f.u.end - 1]?.end ?? 0;
    if (e > f.t.end) low = low.slice(0, f.t.end) + " ".repeat(e - f.t.end) + low.slice(e);
  }
  const pick = measureChoice(c.ind.low, dated.map((k, i) => low.slice(ps[k][0], i + 1 < dated.length ? ps[dated[i + 1]][0] : low.length)), y, named);
  if (!pick) return;
  if ("sure" in pick) {
    const a = top(dated[pick.sure])!;
    let rival = -Infinity;
    for (const k of dated) if (k !== dated[pick.sure]) rival = Math.max(rival, top(k)!.score);
    const gain = rival + DECIDE - a.score;
    if (gain > 0) for (const x of cands) if (x.used[0] === a.used[0]) x.score += gain;
    return;
  }
  const a = top(dated[pick.ask[0]])!;
  const b = top(dated[pick.ask[1]])!;
  const m = Math.max(a.score, b.score);
  a.score = m + 0.01;
  b.score = m;
}

/**
 * What each part (its years given) loses to the year the indicator names: one naming only other years 8, more than its
 * words can give (4.5) and a clause's deciding lead (CLAUSE_DECIDES, 3), so it is ruled out; null when none or all are.
 */
export function ruledOut(ys: number[][], named: number | null): number[] | null {
  const out = ys.map((y) => (y.length && !y.includes(named!) ? 8 : 0));
  return named !== null && out.some(Boolean) && ys.some((y) => y.includes(named)) ? out : null;
}

/**
 * "70% giáo viên được tập huấn … và đạt 95% vào năm 2035" in a row for one year: a later milestone of the same measure
 * (its figure opened only by "và", "đạt", "tiến tới", "là", its year right after it) is the one its year names; a year
 * after parts of their own words ("5% ở nông thôn và 10% ở thành phố đến năm 2020") is every part's.
 */
function milestone(c: Ctx): boolean {
  const d = c.dates[0];
  const g = c.figs[c.figs.length - 1];
  const f = c.figs[c.figs.length - 2];
  const low = c.p.low;
  return c.opts.period!.kind !== "span" && !d.day && c.ts[d.from].start > g.t.end && /^\s*(?:vào|đến|tới|trong)?\s*$/u.test(low.slice(c.ts[g.u.end - 1]?.end ?? g.t.end, c.ts[d.from].start)) && /(?:,|\svà)(?:\s(?:đạt|tiến tới|là|lên|tỷ lệ))*\s*$/u.test(low.slice(f.t.end, c.ts[g.opAt].start));
}

/** The year a reading is tied to ("đạt 91,8% vào năm 2015, đến năm 2020 là 94%"): the plan period's year wins. */
function yearScores(c: Ctx, cands: Cand[]): number {
  const end = c.opts.period ? Number(c.opts.period.end.slice(0, 4)) : NaN;
  const startYear = c.opts.period ? Number(c.opts.period.start.slice(0, 4)) : NaN;
  if (Number.isNaN(end) || c.figs.length < 2 || !c.dates.length || (!c.dates[1] && !milestone(c))) return -1;
  const yearsOf = partYears(c);
  // A span holding several parts' years ("60% vào năm 2025 và 70% vào năm 2030" for 2022–2030) picks none of them.
  const inside = (y: number) => y >= startYear && y <= end;
  const within = yearsOf.filter((y) => y.some(inside));
  if (c.opts.period!.kind === "span" && within[1]) return -1;
  for (const x of cands) {
    if (x.used.length === 0) continue;
    const k = c.figs.findIndex((f) => f.t === x.used[0]);
    if (k < 0) continue;
    const years = yearsOf[k];
    if (years.length === 0) continue;
    // The period's last year; else a year inside the period ("2024" in 2021–2025); a year outside it is past or later.
    x.score += years.includes(end) ? CONTEXT.periodYear : years.some(inside) ? CONTEXT.periodYear * 0.75 : -CONTEXT.periodYear / 2;
  }
  // The part the period's year picks (its last year's, else the one part naming a year inside it).
  const k = partOfYear(yearsOf, end);
  return k >= 0 ? k : within.length === 1 ? yearsOf.indexOf(within[0]) : -1;
}

/**
 * "ít nhất 01 lần/tháng, khuyến khích 01 lần/tuần", "…, động viên 100% …": past what is required, a figure encouraged
 * in its own part of the sentence is a wish, not the target (the target is the floor before it).
 */
function encouraged(c: Ctx, cands: Cand[]): void {
  // (The pattern below needs one of its two words: a phrase with neither is done before any slice or regex.)
  if (!c.p.low.includes("khuyến khích") && !c.p.low.includes("động viên")) return;
  for (const x of cands) {
    const t = x.used[0];
    const m = t && /(?:khuyến khích|động viên)[^,;.]*$/u.exec(c.p.low.slice(0, t.start));
    if (m && c.figs.some((f) => f.t.start < m.index)) x.score -= 4;
  }
}

/** A change stated after the level it leads to ("nâng … lên 23 xã, tăng 7 xã so với năm 2016") restates it. */
function restatedChanges(c: Ctx, cands: Cand[]): void {
  for (const ch of cands) {
    if (ch.rule.kind !== "change" || ch.used.length === 0) continue;
    const level = cands.find((x) => isLevel(x) && x.used[0].end <= ch.used[0].start && x.score >= 7 && sameKind(x.rule, ch.rule));
    // "tăng thêm 8 trường, nâng tổng số trường … lên 213 trường": the level the change leads to, stated after it.
    const after = cands.find((x) => x.rule.kind === "compare" && x.by === "compare" && x.used.length > 0 && x.used[0].start > ch.used[0].end && c.ts[x.used[0].i - 1]?.w === "lên" && sameKind(x.rule, ch.rule));
    // "đạt 28% năm 2020 (tăng bình quân 1,5%/năm) … đạt 35,5%": a change in brackets beside a level of the same
    // measure outside them says how the level is reached.
    const aside = ch.used.every((t) => t.depth > 0) && cands.some((x) => isLevel(x) && x.used.every((t) => t.depth === 0) && sameKind(x.rule, ch.rule, true));
    if (level || after || aside) ch.score += CONTEXT.restatedChange;
  }
}

/** A level read from one figure ("lên 23 xã", "40 tiết/năm học"). */
function isLevel(x: Cand): boolean {
  return x.used.length > 0 && ((x.rule.kind === "compare" && x.by === "compare") || x.rule.kind === "frequency");
}

function sameKind(a: Reading, b: Reading, rates = false): boolean {
  // "40 tiết/năm học, giảm 20 tiết/năm học": a level per period and a change of it.
  if (a.kind === "frequency" && b.kind === "change" && b.mode === "absolute") return b.unit.kind === "measure" && b.unit.unit.split("/")[0].trim() === a.noun;
  const ua = "unit" in a ? a.unit : null;
  const ub = "unit" in b ? b.unit : null;
  // A rate and a change of it, where the caller has placed the change apart from the level (see restatedChanges).
  if (rates && ua?.kind === "percent" && ub?.kind === "percent") return true;
  // The same counted noun ("lên 23 xã, tăng 7 xã"): a rate qualifier ("trên 25% … giảm từ 4%") is no level.
  // So is the same measure ("tối đa 30 nhóm/lớp, tăng 10 nhóm/lớp so với hiện nay").
  if (ua?.kind === "measure" && ub?.kind === "measure") return ua.unit === ub.unit;
  return !!ua && !!ub && ua.kind === "count" && ub.kind === "count" && !!ua.noun && ua.noun === ub.noun;
}

/**
 * "Phấn đấu 100% các trường đạt chuẩn" under ĐVT "trường": a share of the very things the column counts is not in
 * another unit (a share typed "39/39" or "100%" answers it).
 */
function shareOfColumnNoun(c: Ctx, x: Cand, h: UnitHint): boolean {
  if (h.kind !== "count" || !h.noun || (x.rule.kind !== "compare" && x.rule.kind !== "range") || x.rule.unit.kind !== "percent" || x.used.length === 0) return false;
  let k = x.used[x.used.length - 1].i + 1;
  if (c.ts[k]?.w === "các" || c.ts[k]?.w === "số") k++;
  const t = c.ts[k];
  return !!t && c.p.low.startsWith(h.noun, t.start);
}

/**
 * "phải có từ 3 nhóm trẻ … trở lên … và có không nhiều hơn 20 nhóm trẻ": a floor and a ceiling of the same things,
 * stated apart, are one band; it is proposed above the better of the two.
 */
function pairBounds(cands: Cand[]): void {
  const n = cands.length;
  for (let i = 0; i < n; i++) {
    const lo = cands[i];
    if (lo.rule.kind !== "compare" || (lo.rule.op !== ">=" && lo.rule.op !== ">") || lo.rule.unit.kind !== "count" || !lo.rule.unit.noun || lo.used.length !== 1) continue;
    for (let j = 0; j < n; j++) {
      const hi = cands[j];
      if (hi.rule.kind !== "compare" || (hi.rule.op !== "<=" && hi.rule.op !== "<") || hi.rule.unit.kind !== "count" || hi.used.length !== 1) continue;
      if (hi.rule.unit.noun !== lo.rule.unit.noun || !(hi.rule.value > lo.rule.value) || hi.used[0] === lo.used[0]) continue;
      cands.push({
        rule: { kind: "range", min: lo.rule.value, max: hi.rule.value, minInclusive: lo.rule.op === ">=", maxInclusive: hi.rule.op === "<=", unit: lo.rule.unit, sense: "band" },
        used: lo.used[0].start < hi.used[0].start ? [lo.used[0], hi.used[0]] : [hi.used[0], lo.used[0]],
        score: Math.max(lo.score, hi.score) + MARGIN,
        by: "bounds",
        subject: lo.subject,
        subjectFn: lo.subjectFn,
      });
      return;
    }
  }
}

/**
 * The part of a reading's own score that decides it over another figure's: an explicit operator ("ít nhất", "trở
 * lên", "không quá", a verb of change, an interval, a band written with its bounds), less for a figure in brackets.
 * Everything else a recogniser gives (a weak "đạt", a percent sign, the kind of a bare figure) only prefers.
 */
function firmBase(c: Ctx, x: Cand): number {
  const t = x.used[0];
  const paren = t && t.depth > 0 ? FIRM.paren : 0;
  switch (x.by) {
    case "compare": {
      const f = c.figs.find((g) => g.t === t);
      const strong = !!x.listed || (!!f && ((!!f.op && !f.op.weak) || f.after !== null));
      return FIRM.figure + (strong ? FIRM.operator : 0) + paren;
    }
    case "range":
    case "fraction":
      return FIRM.figure + paren;
    case "band":
    case "bound":
    case "bounds":
    case "change":
    case "interval":
    case "frequency":
    case "everyPeriod":
      return FIRM.figure + FIRM.operator + paren;
    default:
      return x.score;
  }
}

const FIRM = { figure: 3, operator: 3, paren: -2 } as const;

/** Moves each candidate's score by what the context says. */
export function score(c: Ctx, cands: Cand[]): void {
  const h = c.unit;
  const ind = c.ind;
  for (const x of cands) {
    x.soft = x.score - firmBase(c, x);
    x.base = x.score;
  }
  const stated: Array<[number, number]> = [];
  const past = baselines(c, cands, stated);
  const byName = namedYear(c, cands, past);
  partScores(c, cands);
  namedTarget(c, cands);
  respectively(c, cands);
  milestoneMeasures(c, cands, byName >= 0 ? byName : byName === -2 ? -1 : yearScores(c, cands), byName >= 0);
  statedLevels(c, cands, stated);
  restatedChanges(c, cands);
  encouraged(c, cands);
  for (const x of cands) {
    if (x.by === "canonicalBoolean") continue;
    if (h) x.score += unitScore(x.rule, h) + (shareOfColumnNoun(c, x, h) ? -CONTEXT.unitDisagrees : 0);
    if (READS_INDICATOR && ind.low) {
      const rate = isRate(x.rule);
      if (ind.rate && rate === true) x.score += CONTEXT.rateAgrees;
      if (ind.rate && rate === false) x.score += CONTEXT.rateDisagrees;
      if (ind.count && !ind.rate && (rate === false || x.rule.kind === "fraction")) x.score += CONTEXT.rateAgrees;
      if (ind.count && !ind.rate && rate === true && x.rule.kind !== "fraction") x.score += CONTEXT.rateDisagrees;
      const noun = nounOf(x.rule);
      if (noun && noun.length > 1 && ind.low.includes(noun.toLowerCase())) x.score += CONTEXT.nounInIndicator;
    }
  }
  // (Last: it weighs the parts only where the reading the rest put first is another test's score.)
  examScores(c, cands);
  pairBounds(cands);
}

/** Two readings measured alike (both rates, counts of the same noun, or the same measure). */
export function sameUnitKind(a: Reading, b: Reading): boolean {
  const ua = "unit" in a && a.kind !== "change" ? a.unit : null;
  const ub = "unit" in b && b.kind !== "change" ? b.unit : null;
  if (!ua || !ub || ua.kind !== ub.kind) return false;
  if (ua.kind === "count" && ub.kind === "count") return !ua.noun || !ub.noun || ua.noun === ub.noun;
  if (ua.kind === "measure" && ub.kind === "measure") return ua.unit === ub.unit;
  return true;
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
      if (!sameJson(x, y)) return false;
    } else if (x !== y) return false;
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
    // "Từ 30.000 đến 50.000 (mức hiện hành: 4.000-20.000)": figures in brackets in the same unit as a reading outside
    // them state something beside the target (today's level, last year's), not another meaning of it.
    if (x.used.length > 0 && best.used.length > 0 && x.used.every((t) => t.depth > 0) && best.used.every((t) => t.depth === 0) && sameUnitKind(x.rule, best.rule)) continue;
    // A reading of figures the best reading already accounts for ("= 56,6%" restating "1.640/2.898") is the same
    // evidence read again, not a second meaning.
    if (x.used.length > 0 && x.used.length < best.used.length && x.used.every((t) => best!.used.includes(t))) continue;
    second = x;
  }
  if (second && best.rule.kind !== "boolean" && best.score - second.score < MARGIN) return { best, runnerUp: second };
  const rival = undecided(cands, best);
  if (rival) return { best, runnerUp: rival };
  // Another part measured in another unit ("450.000 đồng và 8kg gạo", "100 trường … trước ngày 30-8-2026") is kept
  // whatever its score: a figure typed in that unit ("8kg", "15/8/2026") is read by it; plain figures stay with the best.
  let other: Cand | null = null;
  for (const x of cands) {
    if (x === best || x.rule.kind === "boolean" || x.by === "canonicalBoolean" || x.ofBase || x.used.some((t) => best.used.includes(t))) continue;
    const apart = otherUnit(best.rule, x.rule, true);
    const re = !apart && restates(cands, best, x);
    if (!re && !apart) continue;
    // "giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ)": the count restates the change, so it is a change of that count.
    const y = re && best.rule.kind === "change" ? changeOf(best.rule, x) : x;
    if (!other || y.score > other.score) other = y;
  }
  return { best, runnerUp: other };
}

/** Readings a figure can be judged against as a threshold (a change with its amount counts). */
export function numeric(r: Reading): boolean {
  return r.kind === "compare" || r.kind === "range" || r.kind === "fraction" || (r.kind === "change" && r.mode !== "any");
}

/** A reading's score without what only prefers it (see firmBase). */
export function firm(x: Cand): number {
  return x.score - (x.soft ?? 0);
}

/**
 * Below this, nothing in the phrase or its context decides between two figures: an explicit operator (3), the unit
 * column (8), one indicator word only one part has (1.5), the plan period's year (2), brackets (2) each decide.
 */
export const DECIDE = 1.5;

/**
 * "đạt 38% trẻ … nhà trẻ và 97% trẻ … mẫu giáo" for an indicator naming neither: another figure that could be the
 * threshold just as well (a number of the same kind, read in a reading nothing ranks below the best by DECIDE) is the
 * runner-up, so a figure the two judge differently is sent for review instead of judged on a guess. Of several, the
 * one farthest from the best reading's threshold (whose disagreement covers the nearer ones').
 */
function undecided(cands: Cand[], best: Cand): Cand | null {
  if (!numeric(best.rule) || best.used.length === 0) return null;
  const top = firm(best);
  let pick: Cand | null = null;
  let far = -1;
  for (const x of cands) {
    if (x === best || !numeric(x.rule) || x.used.length === 0 || x.ofBase || top - firm(x) >= DECIDE) continue;
    if (x.used.some((t) => best.used.includes(t)) || sameReading(x.rule, best.rule)) continue;
    if (otherUnit(best.rule, x.rule, true) || restates(cands, best, x)) continue;
    const d = Math.abs(thresholdOf(x.rule) - thresholdOf(best.rule));
    if (!pick || firm(x) > firm(pick) + 1e-9 || (Math.abs(firm(x) - firm(pick)) < 1e-9 && d > far)) {
      pick = x;
      far = d;
    }
  }
  return pick;
}

/** The value a numeric reading is judged against (the lower end of a band, a share for a fraction). */
function thresholdOf(r: Reading): number {
  switch (r.kind) {
    case "compare":
      return r.value;
    case "range":
      return r.min;
    case "fraction":
      return r.denominator > 0 ? r.numerator / r.denominator : 0;
    case "change":
      return r.amount ?? 0;
    default:
      return 0;
  }
}

/**
 * "9 trường … mức độ 2 (5,32%)", "0,1-0,15% (32-48 hộ)": a rate in brackets after a count (or a count after a rate),
 * with no other count or rate read between them, restates it; a figure typed in the other form is judged by it.
 */
function restates(cands: Cand[], best: Cand, x: Cand): boolean {
  const b = best.rule;
  const r = x.rule;
  if ((b.kind !== "compare" && b.kind !== "range" && b.kind !== "change") || (r.kind !== "compare" && r.kind !== "range")) return false;
  // A count restated as a rate ("9 trường (5,32%)") or a rate as a count ("0,1-0,15% (32-48 hộ)").
  if (!(b.unit.kind === "count" && r.unit.kind === "percent") && !(b.unit.kind === "percent" && r.unit.kind === "count")) return false;
  const t = x.used[0];
  const end = best.used[best.used.length - 1];
  if (!t || !end || t.depth === 0 || t.start < end.end) return false;
  for (const y of cands) {
    if (y === x || y === best || (y.rule.kind !== "compare" && y.rule.kind !== "range")) continue;
    if (y.used.some((u) => u.start > end.end && u.start < t.start)) return false;
  }
  return true;
}

/** A change by the amount (or band of amounts) another reading states in its own unit. */
function changeOf(ch: Extract<Reading, { kind: "change" }>, x: Cand): Cand {
  const r = x.rule;
  const [amount, amountMax] = r.kind === "range" ? [r.min, r.max] : r.kind === "compare" ? [r.value, undefined] : [0, undefined];
  const unit = r.kind === "range" || r.kind === "compare" ? r.unit : ch.unit;
  return { ...x, rule: { kind: "change", direction: ch.direction, mode: "absolute", amount, ...(amountMax !== undefined && amountMax !== amount ? { amountMax } : {}), unit, baselineLabel: ch.baselineLabel, perYear: ch.perYear } };
}

function levelAndStep(a: Reading, b: Reading): boolean {
  return a.kind === "compare" && b.kind === "change" && b.mode === "absolute" && a.unit.kind === "count" && b.unit.kind === "count" && !!a.unit.noun && a.unit.noun === b.unit.noun;
}

/** What a reading measures, for `otherUnit`: "date", "count", "rate" (when rates count), a measure's dimension, or null. */
function dimOf(r: Reading, rates: boolean): string | null {
  if (r.kind === "deadline") return "date";
  // "không quá 2 buổi/tuần, mỗi buổi không quá 90 phút": sessions a week are counted, minutes measured.
  if (r.kind === "frequency") return "count";
  if ((r.kind === "compare" || r.kind === "range") && r.unit.kind === "count") return "count";
  // A rate against money ("10,5–11% mỗi năm, … khoảng 285 triệu đồng"); a rate beside a count of the same things
  // ("12 trường (7,1%)") stays a close call of its own.
  if (rates && (r.kind === "compare" || r.kind === "range") && r.unit.kind === "percent") return "rate";
  // (unitSize reads only the part before "/" itself, and keeps what it read of each unit text.)
  if ((r.kind === "compare" || r.kind === "range") && r.unit.kind === "measure") return unitSize(r.unit.unit)?.dim ?? null;
  return null;
}

/** Whether two readings are measured so differently that a figure's own unit tells which it answers. */
export function otherUnit(a: Reading, b: Reading, rates = false): boolean {
  // "1 lần/năm, hoàn thành trước 31/5": how often and by which day are one target, not two parts.
  if ((a.kind === "frequency" && b.kind === "deadline") || (a.kind === "deadline" && b.kind === "frequency")) return false;
  // "đạt mức độ 2 vào năm 2024": a date typed answers the deadline, a level typed the level.
  if ((a.kind === "deadline" && b.kind === "level") || (a.kind === "level" && b.kind === "deadline")) return true;
  // "tăng thêm 20 trường; … lên 213 trường": a change typed ("thêm 20 trường") answers the step, a count the level.
  if (levelAndStep(a, b) || levelAndStep(b, a)) return true;
  const da = dimOf(a, rates);
  const db = dimOf(b, rates);
  if (rates && (da === "rate" || db === "rate") && (da === "count" || db === "count")) return false;
  return da !== null && db !== null && da !== db;
}

/** The candidate's rule with its subject, without undefined fields. */
export function finish(c: Ctx, x: Cand): Reading {
  // A copy without the fields left undefined (the candidate's own rule may be another's runner-up).
  // (One pass in the rule's own key order; a rule is a plain literal, so for-in sees exactly its own keys.)
  const r = x.rule as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in r) {
    const v = r[k];
    if (v !== undefined) out[k] = v;
  }
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
