// Target reader: a Vietnamese plan target ("ít nhất 65%", "28/28 trường", "chậm nhất tháng 6/2025") → a Rule, proposing then choosing.
import type { Bilingual } from "../types";
import type { Reading, Rule } from "./schema";
import type { Warning } from "./verdict";
import { claimCodes, claimPopulation } from "./parse/claims";
import { FIGURE_WORDS, indicatorInfo, indicatorWords, namedPair, OTHER_YEAR, shortForms, spaced, unitHint, type Ctx, type IndicatorInfo, type ParseOptions, type UnitHint } from "./parse/context";
import { findDates, type BadDate } from "./parse/dates";
import { examDoubt } from "./parse/exam";
import type { Fig } from "./parse/figures";
import { directionSource, figures, permitted, RECOGNISER_FNS, type Cand } from "./parse/recognisers";
import { alike, CLAUSE_DECIDES, clauseSignals, doubtOf, ignoredKin, KIN, measureKey, rivalOf, type Signal } from "./parse/confidence";
import { choose, contradicts, DECIDE, finish, firm, inColumnUnit, MARGIN, namesWhole, nounOf, numeric, otherUnit, sameUnitKind, ruledOut, score, SCHOOL_LEVEL } from "./parse/resolve";
import { measureChoice, partOfYear, statedPast } from "./parse/milestones";
import { cleanSubject } from "./parse/subject";
import { leadLabelEnd, nfc, prepare } from "./parse/text";
import { NUM, SYM, WORD, tokenize } from "./parse/tokens";
import { sameDay } from "./parse/same-day";
import { sameJson } from "./parse/same-json";
import { READS_INDICATOR } from "./parse/indicator-mode";

import { AIMED, ALLOTTED, COST, COST_NAME, EACH_ONE, EVERY_PERIOD, GOAL, GRANTED, isReduceSubject, M, GRANT, MONEY_AIM, PAID_IN, QUOTA, RAISED, STATED, TWO_SIDED } from "./parse/lexicon";
export { isReduceSubject, isGoodSubject, REDUCE_WORDS } from "./parse/lexicon";
export type { ParseOptions } from "./parse/context";

/** `yesNo`: the yes/no reading a refusal set aside, by which a yes/no answer ("Đạt", "Chưa") is still judged. */
export type ParseError = { code: string; message: Bilingual; fragment: string; yesNo?: Rule };

/**
 * A reading of a target phrase. `runnerUp` is the second reading when the reader could not tell the two apart (it is
 * also on `rule.alternative`, so the rule carries it wherever it goes): the judge asks which was meant ("Cần xác nhận")
 * when they would judge a figure differently.
 */
export type ParseResult = { ok: true; rule: Rule; warnings: Warning[]; runnerUp?: Reading; signals?: Signal[] } | { ok: false; error: ParseError };

/** Markers the canonical printer appends; read back and removed before the phrase is read. */
const MARKS: Array<[RegExp, Ctx["marks"]]> = [
  [/\s*\((?:giữ ổn định|hold)\)\s*$/u, { hold: true }],
  [/\s*\((?:giảm|reduce)\)\s*$/u, { reduce: true }],
  [/\s*\((?:duy trì|maintain)\)\s*$/u, { maintain: true }],
  [/\s*\((?:tất cả|all)\)\s*$/u, { all: true }],
  [/\s*\((?:khoảng|about)\)\s*$/u, { about: true }],
  [/\s*\((?:mức thay đổi|change)\)\s*$/u, { change: true }],
  [/\s*\((?:cao hơn là vượt|above is exceeded)\)\s*$/u, { sense: "up" }],
  [/\s*\((?:thấp hơn vẫn đạt|lower is fine)\)\s*$/u, { sense: "down" }],
];
/**
 * Where a MARKS pattern matches, or -1. Its "(…)" holds no parenthesis and ends the text, so it can only be the last
 * "(" with the spaces before it: the pattern is tried on that tail alone, not from every position of the phrase.
 * @example markAt("ít nhất 5% (giảm)", MARKS[0][0]) → 10
 */
function markAt(low: string, re: RegExp): number {
  const open = low.lastIndexOf("(");
  if (open < 0) return -1;
  let from = open;
  while (from > 0 && SPACE.test(low[from - 1])) from--;
  return re.test(low.slice(from)) ? from : -1;
}
const SPACE = /\s/u;

// "≥ 12 trường (hay: ≥ 7,1%)": the canonical printer's way of writing a runner-up reading.
const ALTERNATIVE = /\s*\((?:hay|or):\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/u;

// No real target has more figures than this; the cap keeps pathological inputs fast.
const MAX_FIGURES = 64;

/** A clause refused: its code, the words that made it, and why in both languages. */
function refuse(code: string, fragment: string, vi: string, en: string): { error: ParseError } {
  return { error: { code, fragment, message: { vi, en } } };
}

function err(code: string, fragment: string, vi: string, en: string): ParseResult {
  return { ok: false, ...refuse(code, fragment, vi, en) };
}

/** Targets written as plans write them, the same in either language's message (written once). */
const EXAMPLES = `"ít nhất 65%", "28/28 trường", "55-60%", "chậm nhất tháng 6/2025"`;
const EXAMPLES_VI = `Ví dụ: ${EXAMPLES}`;
const EXAMPLES_EN = `Examples: ${EXAMPLES}`;

interface Shared {
  opts: ParseOptions;
  ind: IndicatorInfo;
  unit: UnitHint | null;
  split?: () => number[];
  sums?: () => number[];
}

type Clause = { rule: Reading; runnerUp: Reading | null; rivals: Reading[]; warnings: Warning[]; score: number; second: number; firm: number; signals: Signal[] } | { error: ParseError } | null;

/** Reads one clause: tokens, claims, dates, every recogniser's readings, then the resolver's choice. */
function readClause(text: string, sh: Shared, lowered?: string): Clause {
  let p = prepare(text, lowered);
  const marks: Ctx["marks"] = {};
  let alternative: Reading | null = null;
  let rivals: Reading[] = [];
  if (p.low.endsWith(")")) {
    const alt = p.src.includes("(hay:") || p.src.includes("(or:") ? ALTERNATIVE.exec(p.src) : null;
    if (alt) {
      // "(hay: ≥ 15% hay ≥ 10%)": the runner-up, then the parts nothing set apart from the chosen one (rivals).
      for (const part of alt[1].split(/ (?:hay|or) /u)) {
        const inner = readClause(part, sh);
        if (inner && "rule" in inner) rivals.push(inner.rule);
      }
      alternative = rivals.shift() || null;
      p = prepare(p.src.slice(0, alt.index));
    }
    for (const [re, mk] of MARKS) {
      const at = markAt(p.low, re);
      if (at >= 0) {
        Object.assign(marks, mk);
        p = prepare(p.src.slice(0, at));
      }
    }
  }
  const { tokens: ts, truncated } = tokenize(p);
  let content = false;
  for (const t of ts) {
    if (t.kind !== SYM) {
      content = true;
      break;
    }
  }
  if (!content) return null;
  claimCodes(p, ts);
  const bad: BadDate[] = [];
  const dates = findDates(p, ts, { period: sh.opts.period, year: sh.opts.year }, bad);
  if (bad.length > 0) {
    const d = bad[0].text.trim();
    return refuse("bad_date", d, `Ngày "${d}" không có thật; ghi ngày theo dạng dd/mm/yyyy, tháng từ 1 đến 12`, `The date "${d}" does not exist; write dates as dd/mm/yyyy with months 1 to 12`);
  }
  claimPopulation(p, ts, !(sh.unit?.kind === "count" && sh.unit.noun === "tuổi"), sh.unit?.kind === "measure" ? sh.unit.per : null, sh.unit?.kind === "rank" || sh.ind.low.includes("hạng"));
  let mask = 0;
  let reduceAny = false;
  for (const t of ts) {
    mask |= t.startMask;
    if (t.dir === 1) reduceAny = true;
  }
  const c: Ctx = { p, ts, opts: sh.opts, figs: [], dates, marks, ind: sh.ind, unit: sh.unit, reduceAny, mask, warnings: [], split: sh.split, sums: sh.sums };
  let figs = qualifiersNamed(c, figures(c));
  if (figs.length > MAX_FIGURES || truncated) {
    figs = figs.slice(0, MAX_FIGURES);
    c.warnings.push({
      code: "target_partly_read",
      message: { vi: `chỉ xét các số đầu tiên (tối đa ${MAX_FIGURES})`, en: `only the first figures (at most ${MAX_FIGURES}) were considered` },
    });
  }
  c.figs = figs;
  const cands: Cand[] = [];
  for (let k = 0; k < RECOGNISER_FNS.length; k++) RECOGNISER_FNS[k](c, cands);
  if (cands.length === 0) return vagueError(c);
  score(c, cands);
  const chosen = choose(cands);
  if (!chosen) return vagueError(c);
  const { best } = chosen;
  const or = orAlternative(c, cands, best);
  // "6 trẻ từ 3 - 12 tháng tuổi hoặc 8 trẻ từ 13 - 24 tháng tuổi": each figure is for its own group, and a figure typed
  // does not say which group it counts; refused, saying so.
  if (or && forGroup(c, best) && forGroup(c, or)) {
    const frag = c.p.src.length > 80 ? `${c.p.src.slice(0, 77)}…` : c.p.src;
    return refuse("per_group", frag, `Chỉ tiêu "${frag}" nêu mức riêng cho từng nhóm (… hoặc …); tách mỗi nhóm thành một chỉ tiêu`, `"${frag}" gives a figure for each group (… or …); make each group its own target`);
  }
  // A day dated by a two-year plan period keeps its other year as the runner-up (the completion date chooses, see
  // evaluate's reconcile), unless another deadline of the phrase is already the close second.
  let runnerUp = or ?? (best.otherYear && chosen.runnerUp?.rule.kind !== "deadline" ? best.otherYear : chosen.runnerUp);
  // An enrolment quota stated as a plain count: at most as well as at least (see QUOTA).
  // (It takes the place of a runner-up measured otherwise, kept as a rival: "… là 15.976 học sinh (chiếm tỷ lệ 75%)";
  // an amount a rule sets, of a bare count: "nhóm 1 có mức hỗ trợ 30.000 đồng/…".)
  // The cost of a project or a scheme is at most (COST): firmly for "tổng mức đầu tư", whichever reading takes it; else,
  // when chosen, with the amount itself as runner-up.
  const approved = cands.filter((x) => costOf(c, x) === 1);
  for (const x of approved) if (x.rule.kind === "compare") x.rule = { ...x.rule, op: "<=" };
  // (So are posts a rule allots, postsAllotted: at most, or exactly that many; at least or exactly where it may be an aim.)
  const cost = costOf(c, best) || postsAllotted(c, best);
  if (cost && best.rule.kind === "compare") {
    const r: Reading = cost < 0 ? best.rule : { ...best.rule, op: "<=" };
    best.rule = r;
    runnerUp = { ...best, rule: { ...r, op: "=" }, score: best.score - MARGIN };
  }
  const ow = cost || approved.includes(best) ? null : otherWay(c, best);
  const was = runnerUp && ow && !STATED_ONLY.has(ow) && (allots(c, best) ? measureKey(runnerUp.rule)?.[0] === "#" : runnerUp.rule.kind !== "deadline") && !sameMeasure(best.rule, runnerUp.rule) ? runnerUp : null;
  // A sum of money a rule sets for each one is that amount, not a least (test/corpus/README.md, "Reading policy").
  if (ow?.exact) best.rule = ow.rule;
  if (!runnerUp || was) runnerUp = ow ?? breachOtherWay(c, best) ?? eachNorm(c, best) ?? runnerUp;
  // "Người đủ 75 tuổi không có lương hưu …", "hồ sơ không có số hiệu thì … là 30 ngày": none of nothing counted, read
  // over a figure of the phrase nothing took; a figure typed may answer that figure instead (asked when they differ).
  if (!runnerUp && best.rule.kind === "zero" && (c.mask & M.zero) === 0 && !noneBeside(c, cands, best)) runnerUp = noneBeside(c, cands, best, true);
  // "55% học sinh lớp 5, 65% … lớp 9 và 75% … lớp 12": a list of levels alike, any of which a figure may answer.
  if (runnerUp) runnerUp = farthestAlike(cands, best, runnerUp);
  // "lọt vào tốp 3 khu vực và đạt từ 100 Huy chương vàng trở lên": a place and a count with its own operator are two
  // targets; a plain figure typed could answer either, so the count is the runner-up (review when they differ).
  if (!runnerUp && best.rule.kind === "rank") runnerUp = cands.find((x) => x.used.length > 0 && !x.used.some((t) => best.used.includes(t)) && statedCount(c, x)) ?? null;
  // An indicator naming several things ("Tỷ lệ trẻ nhà trẻ; trẻ mẫu giáo …") names every part of a compound target:
  // the figure may answer any of them, so a threshold left unread stands before a reading of another kind.
  if (!runnerUp || (severalParts(c.opts.indicator) && !sameMeasure(best.rule, runnerUp.rule))) runnerUp = residue(c, cands, best) ?? runnerUp;
  // A band whose outside was only guessed is also read as a band both of whose ends count (see pushBandToo).
  // (A runner-up counted in a unit the ĐVT's measure rules out, "(chia thành 2 ca)" beside "m2/chỗ", judges no figure typed
  // in that column: the band's other reading stands instead.)
  // (Nor does a rate beside a column of amounts, "(tương ứng 70% …)" beside "triệu đồng/người/năm", or the other way round.)
  if (best.bandToo && (!runnerUp || (sh.unit?.kind === "measure" && runnerUp.rule.kind === "compare" && runnerUp.rule.unit.kind !== "measure"))) runnerUp = best.bandToo;
  // "… năm học 2025-2026 thuộc top các trường dẫn đầu": the school year is context; the vague place is the target.
  if (c.vague && best.score <= 1) return vagueError(c);
  // "tựu trường sớm nhất trước 1 tuần so với ngày tổ chức khai giảng": a time counted from a day the target does not
  // state cannot be checked against a figure; refused, saying which day is missing.
  const relative = relativeDay(c, best);
  if (relative) {
    return refuse("relative_date", relative, `Chỉ tiêu tính từ "${relative}" nhưng không ghi ngày đó; ghi hạn bằng ngày cụ thể`, `The target counts from "${relative}" but does not give that day; write the deadline as a date`);
  }
  // "Trước ngày 03 hàng tháng, … phải gửi Thông báo", "báo cáo vào ngày 25 hằng tháng": a due day that comes back each
  // month (week, quarter, year) is a deadline in every period, not a count of "hàng"; no rule holds a repeating day,
  // so the reader refuses, saying which day, rather than judge a figure against the day's number.
  const recurring = recurringDay(c, best);
  if (recurring) {
    return refuse("recurring_date", recurring, `"${recurring}" là hạn lặp lại; ghi hạn bằng ngày cụ thể`, `"${recurring}" repeats; write the due date`);
  }
  // "xây dựng 248 trường trong 2-3 năm tới": a target over the coming years, not one period's; refused, saying so.
  // "đảm bảo lương … không thấp hơn so với các cơ sở công lập", "không vượt quá tốc độ tăng chỉ số giá tiêu dùng": a
  // bound set by another measure the phrase gives no figure of (not a past period) cannot be judged; refused, saying
  // which measure. Round 30 (fix30w).
  const rel = best.used.length === 0 && (best.rule.kind === "boolean" || best.rule.kind === "change") ? UNSTATED_BOUND.exec(p.low) : null;
  if (rel) {
    const m = p.src.slice(rel.index + rel[0].length - rel[1].length, rel.index + rel[0].length);
    const e = refuse("unstated_bound", m, `Chỉ tiêu so với "${m}" nhưng không nêu con số của nó; ghi chỉ tiêu bằng con số`, `The target is bounded by "${m}" but gives no figure for it; write the target as a figure`);
    // (A yes/no answer says whether the bound was kept: judged as one, review30.)
    if (best.rule.kind === "boolean") e.error.yesNo = finish(c, best);
    return e;
  }
  const horizon = comingYears(c);
  if (horizon) {
    return refuse("horizon", horizon, `Chỉ tiêu "${horizon}" là cho nhiều năm tới, không cho một kỳ; ghi chỉ tiêu của kỳ này`, `"${horizon}" is a target over the coming years, not one period's; write this period's target`);
  }
  // A reading the unit column rules out ("40% mức lương cơ sở" for ĐVT "đồng/học sinh/tháng", a year for ĐVT "%"):
  // refused, saying why, rather than judged in the wrong unit.
  if (contradicts(best.rule, sh.unit)) {
    const unitText = sh.opts.unit || "";
    const frag = p.src.length > 80 ? `${p.src.slice(0, 77)}…` : p.src;
    return refuse("unit_mismatch", frag, `Chỉ tiêu "${frag}" không nêu con số theo đơn vị tính "${unitText}"; ghi rõ chỉ tiêu theo đơn vị này`, `Target "${frag}" states no figure in the unit "${unitText}"; write the target in that unit`);
  }
  const warnings = best.warnings && best.warnings.length > 0 ? c.warnings.concat(best.warnings) : c.warnings;
  // Said where the user looks: the figure was a condition to avoid, read the other way round.
  const avoid = sanctioned(c, best);
  if (avoid) {
    const cond = c.p.src.slice(best.used[0].start, best.used[best.used.length - 1].end);
    warnings.push(partly(`"${cond}" là điều kiện bị xử lý; chỉ tiêu là phía ngược lại`, `"${cond}" is a condition to avoid; the target is its other side`));
  }
  if (best.rule.kind !== "boolean" && figs.length > best.used.length) {
    let rest = "";
    for (const f of figs) {
      if (f.t.word || f.t.role !== "figure" || best.used.includes(f.t) || (runnerUp && runnerUp.used.includes(f.t))) continue;
      rest += `${rest ? ", " : ""}${p.src.slice(f.t.start, f.t.end)}`;
    }
    if (rest) {
      warnings.push(partly(`bỏ qua số khác trong câu: ${rest}`, `other figures in the sentence ignored: ${rest}`));
    }
  }
  const rule = allOfRate(avoided(inColumnUnit(finish(c, best), sh.unit, p.low), avoid, bareIn(c, best)), p.low);
  // A runner-up written in canonical text ("(hay: …)") is the user's own; otherwise the resolver's close second.
  // (An exact amount's own reading holds the runner-up's place only to keep a rival out: it is no other reading.)
  let second = alternative ?? (runnerUp && !(ow?.exact && runnerUp === ow) ? avoided(inColumnUnit(finish(c, runnerUp), sh.unit, p.low), avoid && sanctioned(c, runnerUp), bareIn(c, runnerUp)) : null);
  // (Reaching the bare figure, or passing it? "đến muộn 15 phút": exactly 15 is asked about.)
  if (avoid && rule.kind === "compare" && rule.op === "<" && bareIn(c, best) && (!second || (second.kind === "compare" && second.value === rule.value))) second = { ...rule, op: "<=" };
  const signals = clauseSignals(c, cands, best, runnerUp);
  const exam = examDoubt(c, best);
  if (exam) signals.push(exam);
  if (!second) {
    const rival = rivalOf(signals);
    if (rival) second = inColumnUnit(finish(c, rival), sh.unit, p.low);
  }
  // Other figures measured alike to which the context (unit column, indicator words, year) gave as much: rivals.
  // ("… trên 22.500 lao động, nâng tỷ lệ … lên 69,5%": a threshold of its own operator measured otherwise is another
  // part; kept, so a figure typed in its unit is judged by it (evaluate's takenByRival) rather than sent back unread.)
  if (!alternative) for (const s of signals) if (s.reading && (s.code === "figure_unread" ? s.gap! <= 0 : s.code === "operator_unread" && measuredOtherwise(best.rule, s.reading.rule))) rivals.push(inColumnUnit(finish(c, s.reading), sh.unit, p.low));
  // Figures set aside that read as the chosen one's kind (the ignored-numbers gate): a figure they judge otherwise is asked about.
  // (One already kept, read the same, is marked rather than said twice.)
  if (!alternative) {
    for (const x of ignoredKin(c, cands, best, runnerUp)) {
      const r = inColumnUnit(finish(c, x), sh.unit, p.low);
      KIN.set(rivals.find((y) => sameRule(y, r)) ?? rivals[rivals.push(r) - 1], x.used[0].depth > best.used[0].depth);
    }
  }
  // Dated parts nothing set apart from the one read (each day its own target): a day any of them judges otherwise is asked about.
  if (!alternative && best.bandToo && runnerUp && runnerUp.rule.kind !== "deadline" && best.rule.kind === "deadline") rivals.push(finish(c, best.bandToo));
  // (So is a runner-up day's: "… học kỳ 1 (gv nộp đề cương vào ngày 15/12)" read as a count first.)
  // (And a runner-up first day's own day: "Từ ngày 1/10/2012, mức phí … là 40.000 đồng", a day the fee took effect on.)
  else if (!alternative && runnerUp?.bandToo?.rule.kind === "deadline" && best.rule.kind !== "deadline") rivals.push(finish(c, runnerUp.bandToo));
  if (!alternative && best.slip) rivals.push(finish(c, best.slip));
  // "đạt 6-8 m2/người vào năm 2025 và 8-10 m2/người vào năm 2030": a band read both ways whose runner-up's place another
  // part measured alike took keeps its other reading as a rival (a figure above the band: a band passed, or one missed?).
  // (Not beside a count of what the band is over, "Trẻ đạt mục tiêu 05 lĩnh vực phát triển: 88-96%".)
  // (A runner-up day, the plan's horizon in "Mục tiêu đến năm 2025, … đạt từ 8% đến 10%", leaves it a rival too: fresh33.)
  // (So does a cycle's exact interval, "4 năm một lần (cấp toàn quốc), 2 năm một lần (cấp tỉnh)".)
  // Round 44: so where another part's threshold measured otherwise took it, set apart in a list ("… 3,6 đến 3,7 triệu
  // ha, với sản lượng lúa đạt từ 40 đến 41 triệu tấn/năm") or in another unit ("giữ ổn định diện tích khoảng 50.000 ha,
  // sản lượng từ 600.000-700.000 tấn"; not a count, which may be of what the band is over, as above): the band's own two
  // readings are the doubt a figure above it raises, as they are when the band stands alone (compound44, phrases31).
  if (!alternative && best.bandToo && runnerUp && runnerUp !== best.bandToo && (best.rule.kind === "range" || best.by === "interval") && (sameMeasure(best.rule, runnerUp.rule) || runnerUp.rule.kind === "deadline" || listedApart(p.low, best, runnerUp) || (best.rule.kind === "range" && measuredOtherwise(best.rule, runnerUp.rule) && !(runnerUp.rule.kind === "compare" && runnerUp.rule.unit.kind === "count")))) rivals.push(inColumnUnit(finish(c, best.bandToo), sh.unit, p.low));
  if (!alternative && was && measureKey(was.rule) === "%") rivals.push(inColumnUnit(finish(c, was), sh.unit, p.low));
  // "mỗi học viên được hỗ trợ là 520.000 đồng/tháng và 10 kg gạo/tháng": an amount set (exactly its runner-up, otherWay)
  // whose runner-up's place another part took keeps exactly as a rival, so a figure above it is still asked about.
  if (!alternative && ow && ow !== runnerUp && ow.rule.kind === "compare" && ow.rule.op === "=" && best.rule.kind === "compare" && best.rule.op === ">=") rivals.push(inColumnUnit(finish(c, ow), sh.unit, p.low));
  if (!alternative && best.part !== undefined) for (const x of cands) if (x.part === best.part && x !== best && x !== runnerUp) rivals.push(finish(c, x));
  // "tăng tỷ lệ … lên 30% so với năm 2010": a rise of 30% on 2010, or the level of 30% the verb moves it up to ("lên");
  // a figure the level judges otherwise is asked about.
  if (!alternative && best.rule.kind === "change") {
    const up = cands.find((x) => x.rule.kind === "compare" && x.used[0] === best.used[0] && p.low.includes(" lên") && /(?<!trở) lên *$/u.test(p.low.slice(0, x.used[0].start)));
    if (up && up !== runnerUp) rivals.push(inColumnUnit(finish(c, up), sh.unit, p.low));
  }
  // "100% trẻ được bảo đảm an toàn …, không xảy ra dịch bệnh …", "đạt 15 tiêu chí/xã, … không còn xã dưới năm tiêu
  // chí": a part saying none beside a part with a figure is a part too; whichever was chosen, the other is kept.
  const other = alternative ? null : noneBeside(c, cands, best);
  if (other && !(runnerUp && (runnerUp === other || runnerUp.rule.kind === other.rule.kind))) rivals.push(inColumnUnit(finish(c, other), sh.unit, p.low));
  return { rule, runnerUp: second, rivals, warnings, score: best.score, second: runnerUp ? runnerUp.score : -Infinity, firm: firm(best), signals };
}

/** A list separator (", ", ";", "và", "đồng thời") stands between the first figures two readings use: parts of a list. */
function listedApart(low: string, a: Cand, b: Cand): boolean {
  const x = a.used[0]?.start, y = b.used[0]?.start;
  return x !== undefined && y !== undefined && /, |;| và | đồng thời /u.test(low.slice(Math.min(x, y), Math.max(x, y)));
}

/**
 * "100% taxi … sử dụng điện" read as a cap "≤ 100%" from words beside it, not a cap word of its own: every rate meets
 * it, so it says nothing; 100% of a rate is all of it.
 */
function allOfRate(r: Reading, low: string): Reading {
  return r.kind === "compare" && r.op === "<=" && r.value === 1 && r.unit.kind === "percent" && !/quá|tối đa|vượt|dưới|trần|nhiều nhất|cao nhất|hơn|[≤<]|most|max|more|less|below/u.test(low) ? { ...r, op: ">=" } : r;
}

/**
 * The other side of a phrase whose parts say none and state a figure: the none reading when a figure was chosen, the
 * strongest figure reading when none was; only when a "," or ";" lies between the negation and that figure (one part
 * "không có trường nào dưới 80%" is one target), or wherever it lies when `any`. Null otherwise.
 */
function noneBeside(c: Ctx, cands: Cand[], best: Cand, any = false): Cand | null {
  let at = -1;
  for (let i = 0; i < c.ts.length && at < 0; i++) if (c.ts[i].lex && (c.ts[i].lex!.mask & (M.zero | M.none)) !== 0) at = i;
  if (at < 0) return null;
  const apart = (x: Cand) => {
    const t = x.used[0];
    const [a, b] = t.start < c.ts[at].start ? [t.end, c.ts[at].start] : [c.ts[at].end, t.start];
    return /[,;]/u.test(c.p.low.slice(a, b));
  };
  const figure = (x: Cand) => x.used.length > 0 && (x.rule.kind === "compare" || x.rule.kind === "range") && (x.rule as { intent?: string }).intent !== "all";
  if (best.rule.kind === "zero") {
    if (best.used.length > 0) return null;
    let top: Cand | null = null;
    for (const x of cands) if (figure(x) && (any || apart(x)) && (!top || x.score > top.score)) top = x;
    return top;
  }
  if (!figure(best) || !apart(best)) return null;
  return cands.find((x) => x.rule.kind === "zero" && x.used.length === 0) ?? null;
}

// A sanction that follows a condition ("nếu … đạt từ 7 tiêu chí trở xuống sẽ bị đánh giá là …"), or an indicator that
// names avoiding one ("Điểm trung bình … để không bị cảnh báo").
const SANCTION_AFTER = /(?<!\S)(?:sẽ|thì) (?:bị|không được)(?!\S)/u;
const AVOIDS = /(?<!\S)không bị(?!\S)/u;
// A comparison whose other side is a measure named in words, not a period before ("năm trước", "cùng kỳ").
const UNSTATED_BOUND = /(?<!\S)(?:không (?:được )?(?:(?:thấp|cao|ít|nhiều|lớn|nhỏ) hơn|vượt quá|dưới)|(?:thấp|cao) hơn so với)(?: so với)? ((?!năm|cùng|kỳ|học kỳ|giai đoạn|tháng|quý|trước|đầu)\p{L}[^,.;:()]*)/u;
// "Thí sinh đến chậm quá 15 phút", "nếu quá 3 lần/1 kỳ không quẹt thẻ": exceeding, said of being late, or as a
// condition whose clause names a fault ("không …"), is the case that fails, sanction written or not. Round 30 (fix30w);
// a bare "nếu quá 80% giáo viên đạt chuẩn" (a reward's condition) is not (review30).
const LATE_OVER = /(?<!\S)(?:chậm|muộn|trễ) quá $/u;
const IF_OVER = /(?<!\S)nếu quá $/u;
const FAULT_AFTER = /^[^,.;:]*?(?<!\S)không(?!\S)/u;
// A sanction stated before its condition, which "nếu" or a colon opens ("… thì không được lên lớp: a) Nghỉ quá 45 buổi",
// "Bồi hoàn học phí … nếu không công tác … sau 02 năm"): the figure's clause is the condition.
const SANCTION_BEFORE = /(?<!\S)(?:(?:sẽ|thì) (?:bị|không được)|bồi hoàn|bị cấm)(?!\S)[^.;]*?(?:(?<!\S)nếu |: (?:\p{L}\) )?)[^.;:]*$/u;

/**
 * "nếu cơ sở đạt từ 7 tiêu chí trở xuống sẽ bị đánh giá là … không an toàn", "có điểm … đạt dưới 2,50 …" under the
 * indicator "… để không bị cảnh báo": the figure bounds the condition to avoid, so the target is the other side of it.
 * True when the reading's figure is such a condition.
 */
function sanctioned(c: Ctx, x: Cand): boolean {
  if ((x.rule.kind !== "compare" && x.rule.kind !== "frequency") || x.used.length === 0) return false;
  if (READS_INDICATOR && AVOIDS.test(c.ind.low)) return true;
  const t = x.used[0];
  if (SANCTION_BEFORE.test(c.p.low.slice(0, t.start)) || (x.rule.op === ">" && (LATE_OVER.test(c.p.low.slice(0, t.start)) || (IF_OVER.test(c.p.low.slice(0, t.start)) && FAULT_AFTER.test(c.p.low.slice(t.end)))))) return true;
  const at = c.p.low.lastIndexOf("nếu ", t.start);
  if (at >= 0 && !c.p.low.slice(at, t.start).includes(";") && SANCTION_AFTER.test(c.p.low.slice(t.end))) return true;
  // "Học sinh trả sách trễ hạn quá 03 ngày sẽ không được mượn …": a sanction right after the figure's own clause (no
  // "nếu") makes that clause the condition too.
  const after = c.p.low.slice(t.end, t.end + 40);
  const m = SANCTION_AFTER.exec(after);
  return !!m && !/[;.,:]/u.test(after.slice(0, m.index));
}

/**
 * A condition's figure with no operator written at it ("nếu vi phạm ở 3 học kỳ … sẽ bị buộc thôi học"): the condition is
 * reaching it, whatever side a harm word or the indicator ("… tối đa …") gave the figure.
 */
function bareIn(c: Ctx, x: Cand): boolean {
  const f = c.figs.find((g) => g.t === x.used[0]);
  return !!f && x.used.length === 1 && (!f.op || (!!f.op.weak && !f.op.from)) && !f.after;
}

/** The other side of a compare when `flip` ("≤ 7" → "> 7", "< 2,5" → "≥ 2,5"; a bare figure, "3" → "< 3"). */
function avoided(r: Reading, flip: boolean, bare = false): Reading {
  if (!flip || (r.kind !== "compare" && r.kind !== "frequency")) return r;
  const other = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "=" } as const;
  // "nếu quá 3 lần/1 kỳ … thì sẽ bị": a frequency as a condition is turned the same way (round 30, fix30w).
  if (r.kind === "frequency") return { ...r, op: bare ? "<" : other[r.op] };
  if (bare) return { ...r, op: "<", intent: "plain" };
  if (r.op === "=") return r;
  return { ...r, op: other[r.op], intent: "plain" };
}

/** A count or band of counts with an operator of its own ("từ 100 HCV trở lên", "từ 40 đến 50 huy chương"). */
function statedCount(c: Ctx, x: Cand): boolean {
  const r = x.rule;
  if ((r.kind !== "compare" && r.kind !== "range") || r.unit.kind !== "count") return false;
  if (x.by === "range" || x.by === "band") return true;
  const f = c.figs.find((g) => g.t === x.used[0]);
  return !!f && ((!!f.op && !f.op.weak) || f.after !== null);
}

/**
 * A bare figure read the other way as the runner-up (review when the two differ): "chỉ tiêu tuyển sinh … là 27.919 học
 * sinh", a count read as a cap too (QUOTA); "Tổng tỷ suất sinh: 2,1 con/phụ nữ", "Tỷ lệ tăng dân số tự nhiên: 1,1%", a
 * measure steered from either side (TWO_SIDED; most phrases name neither "suất sinh", "mức sinh" nor "dân số").
 */
function otherWay(c: Ctx, best: Cand): Cand | null {
  const r = best.rule;
  if (r.kind !== "compare" || (r.op !== ">=" && r.op !== "<=") || best.used.length !== 1) return null;
  const f = c.figs.find((g) => g.t === best.used[0]);
  if (!f || (f.op && !f.op.weak) || f.after) return null;
  const near = (t: string) => (t.includes("suất sinh") || t.includes("mức sinh") || t.includes("dân số")) && TWO_SIDED.test(t);
  const quota = r.op === ">=" && r.unit.kind === "count" && (QUOTA.test(c.p.low) || QUOTA.test(c.ind.low));
  // "Ngữ văn 120 phút", "khóa học 3 tháng": a span of time stated with no operator nor direction is as likely the
  // amount set as a least; exactly is the runner-up (a longer figure is asked about, a shorter one falls short both ways).
  // (So is an amount a rule sets for each one: see allots; and a part of a whole split into parts: see breakdown.)
  const only = r.op === ">=" && !quota && !near(c.p.low) && !near(c.ind.low) && stated(c, f);
  const set = r.op === ">=" && ((f.u.dim === "time" && !f.u.per && directionSource(c, f) === "default") || allots(c, best) || (f.u.dim === "money" && !!c.sums?.().some((v) => Math.abs(v - f.t.value) <= 1e-9 * Math.max(1, Math.abs(v)))) || !!c.split?.().some((v) => Math.abs(v - f.t.value) < 1e-9));
  const pair = r.op === ">=" && r.unit.kind === "measure" && pairRatio(r.unit.unit);
  // "được có 1 bảo tàng": a cap on what a rule permits, or the number each one is to have.
  if (r.op === "<=" && permitted(c, f)) return { ...best, rule: { ...r, op: "=" }, score: best.score - MARGIN };
  // (A bare figure under a ĐVT of money, "12.000" under "VNĐ/m3", is a sum in it: the ĐVT's "per" is its own.)
  const cell = !f.u.dim && !f.u.head && !f.t.percent && c.unit?.kind === "measure" && c.unit.dim === "money" ? /\/\s*(\p{L}[\p{L}\d ]*)/u.exec(c.opts.unit ?? "") : null;
  const exact = (f.u.dim === "money" || !!cell) && !c.sums?.().length && !GOAL.test(c.p.low) && EACH_ONE.test(`${c.ind.low} ${c.p.low}`) && (f.t.integer || f.t.grouped || f.t.scaled);
  // A sum per head, item or period that EACH_ONE names ("Mức chi bồi dưỡng 50.000 đồng/người/buổi", "nguồn hỗ trợ 2 tỷ
  // đồng/năm") is the sum set, whatever word names it, unless it is money the plan aims to earn or raise (MONEY_AIM).
  // ("07 đ/c" counts comrades, "đồng chí", no sum per "c".)
  const per = f.u.per ?? cell?.[1] ?? "";
  const each = exact && !c.ind.op && per.length > 1 && !MONEY_AIM.test(c.p.low) && !MONEY_AIM.test(c.ind.low);
  if (each) return { ...best, rule: { ...r, op: "=" }, score: best.score - MARGIN, exact: true };
  // A value stated (a copula or a grant before it, see stated): exactly is the runner-up too.
  if (only && !set && !pair) {
    // Exactly alone only for an amount per unit or one a grant gives: "Mỗi căn nhà trị giá 60 triệu đồng" (80 built) is asked.
    const x: Cand = { ...best, rule: { ...r, op: "=" }, score: best.score - MARGIN, exact: exact && (!!f.u.per || GRANT.test(c.p.low.slice(0, f.t.start))) };
    STATED_ONLY.add(x);
    return x;
  }
  if (!set && !pair && !quota && !near(c.p.low) && !near(c.ind.low)) return null;
  return { ...best, rule: { ...r, op: set ? "=" : r.op === ">=" ? "<=" : ">=" }, score: best.score - MARGIN, exact: set && exact };
}

/**
 * "phường loại I là 23 người" (under "Số cán bộ, công chức …"), "được bố trí bình quân 2 cấp phó", "Biên chế … được giao
 * là 11.716 người": the staff or deputies a rule allots a body, a bare count set by a copula or an allotment verb, is a
 * ceiling the body may not pass (a decree's staffing norm), or the number exactly; never a floor. Round 41-42.
 */
function postsAllotted(c: Ctx, best: Cand): 0 | 1 | -1 {
  const r = best.rule, f = bareFig(c, best);
  if (!f || r.kind !== "compare" || r.op !== ">=" || r.unit.kind !== "count") return 0;
  const own = c.p.low.slice(0, f.t.start).split(/[;:.]\s/u).pop()!;
  // (A copula or a verb of allotting right before the count; an order to assign, "bố trí 1 cán bộ phụ trách", is none,
  // and so is a bare "có": "Đến năm 2027, mỗi trường có 2 phó hiệu trưởng" may be an aim, eachNorm asks a body of a
  // kind.) Only a norm is capped: an average, a body sorted by class ("loại I", "hạng II"), or after "là" staff "được
  // giao" or a "định mức"; "Số cán bộ, công chức có trình độ đại học là 18 người" counts whom a plan aims at. "Mỗi trường
  // được bố trí 2 phó hiệu trưởng" may be an aim as well (review40a M1): at least or exactly is asked. Staff are named
  // before the count (in the indicator or the phrase: "biên chế thành 9 lớp" is no staff), deputies may be its noun.
  // People recruited, trained, cut or added, in the phrase or the indicator, are no posts allotted. A grade of people is
  // no class of body ("người làm việc hạng III", "giáo viên hạng II", "xếp loại", "thăng hạng", "chức danh nghề nghiệp
  // hạng II"), nor is a duty "được giao" ("nhiệm vụ được giao", "được giao phụ trách/quản lý") a staffing norm:
  // rereview42b N1.)
  const m = /(?<!\S)(là|được (?:bố trí|giao))( bình quân)?\s*$/u.exec(own), x = `${c.ind.low} | ${own}`;
  return !m || /tuyển|tăng|thêm|dưỡng|tập huấn|đào tạo|tinh giản|bổ sung/u.test(x) || !(/cấp phó|phó (?:chủ|hiệu|giám|trưởng)/u.test(x + c.p.low.slice(f.t.start, f.t.end + 20)) || /công chức|biên chế|người làm việc/u.test(x)) ? 0 : m[2] || /(?<!(?:\S|việc |chức |viên |xếp |thăng |nghiệp ))(?:loại|hạng) \S/u.test(own) ? 1 : m[1] == "là" ? +/định mức|(?<!vụ )được giao(?! (?:nhiệm|phụ|quản))/u.test(x) as 0 | 1 : -1;
}

/** The one figure of a compare reading, written bare (no operator firmer than a weak one, not after what it counts), in
 * a phrase that is no plan's aim: where a rule's norm may be read (postsAllotted, eachNorm). */
function bareFig(c: Ctx, best: Cand): Fig | undefined {
  const f = c.figs.find((g) => g.t === best.used[0]);
  return best.rule.kind === "compare" && best.used.length === 1 && f && !(f.op && !f.op.weak) && !f.after && !GOAL.test(c.p.low) ? f : undefined;
}

// Runners-up of a value stated (stated): kept beside a runner-up measured otherwise ("định mức là 7,5 kWh/… và 1,5m3
// nước/…", the other part), never in its place.
const STATED_ONLY = new WeakSet<Cand>();
/**
 * "số ngày nghỉ hằng năm là 14", "được hỗ trợ thêm 25% tiền lương/tháng": a bare figure with no operator nor direction
 * (an indicator saying only that more is good, "Mức hỗ trợ …", decides nothing of this), nothing that makes it an aim
 * (GOAL, AIMED, RAISED), and a copula (not before a rate or a score) or a grant right before it (STATED, GRANT).
 */
function stated(c: Ctx, f: Fig): boolean {
  const why = directionSource(c, f), before = c.p.low.slice(0, f.t.start);
  if (!(why === "default" || (why === "indicator" && !c.ind.op && !c.ind.reduce)) || [GOAL, AIMED, RAISED].some((x) => x.test(c.p.low) || x.test(c.ind.low))) return false;
  return GRANT.test(before) || (!f.t.percent && !/^\s*điểm/u.test(c.p.low.slice(f.t.end)) && STATED.test(before));
}

// A phrase about each one of a kind: "Mỗi thôn … được bố trí …", "Trường THCS có …" (not a school's own plan, below).
const EACH_KIND = /^[\s\-+•*\d.)]*(?:mỗi|trường)\s/u;

/**
 * "Trường THCS có 40 lớp/trường", "Mỗi thôn … được bố trí 1 Công an viên", "Trường hạng 3 có 1 phó hiệu trưởng": a
 * number a rule sets for each one of a kind, with no operator, may be a floor, a cap or the number exactly, so the
 * other side is the runner-up (a figure off the number is asked about). Not a plan's own goal ("phấn đấu", "đạt").
 */
function eachNorm(c: Ctx, best: Cand): Cand | null {
  const r = best.rule, f = bareFig(c, best);
  if (!f || r.kind !== "compare" || r.unit.kind === "percent" || !EACH_KIND.test(c.p.low.slice(leadLabelEnd(c.p.low))) || !/(?:có|bố trí)\s*$/u.test(c.p.low.slice(0, f.t.start))) return null;
  return { ...best, rule: { ...r, op: r.op === "<=" ? ">=" : "<=" }, score: best.score - MARGIN };
}

/**
 * "12 triệu đồng cho giải Nhất, 10 triệu đồng cho giải Nhì …", "10m3 đầu tiên … là 4.172 đồng/m3; trên 10m3 … là 4.930
 * đồng/m3": sums of money in one unit, two or more with no operator, side by side are a schedule of amounts (prizes,
 * tariffs, fees), so a bare one is the amount set as likely as a least (otherWay: exactly is its runner-up). Not a plan's
 * goal, nor money raised or spent. Their values as written.
 */
function schedule(low: string): number[] {
  if (/phấn đấu|mục tiêu|(?<!\S)đạt(?!\S)|kinh phí|chi phí|vốn|ngân sách|doanh thu|tổng thu|thu nhập|giá trị|huy động|vận động/u.test(low)) return [];
  const by = new Map<string, number[]>();
  for (const m of low.matchAll(SUM)) {
    if (m[1]) continue;
    const v = Number(m[2].replace(/\./gu, "").replace(",", "."));
    // (A figure read with its size word, "12 triệu đồng", is 12 or 12.000.000 as the reader scaled it: both are kept.)
    by.set(m[3], (by.get(m[3]) ?? []).concat(v, v * (SIZE[m[3].split(" ")[0]] ?? 1)));
  }
  return [...by.values()].filter((vs) => vs.length > 2).flat();
}
const SIZE: Record<string, number> = { tỷ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
// A sum of money and its unit, with the operator word before it if any ("không quá 30.000 đồng/tháng").
const SUM = /(?:(ít nhất|tối thiểu|tối đa|quá|trên|dưới|từ|đến|khoảng|hơn|gần|lên|xuống) )?(?<![\d.,])(\d+(?:\.\d{3})*(?:,\d+)?) ?((?:tỷ |triệu |nghìn |ngàn )?(?:đồng|vnđ|usd|đ)(?:\/[\p{L}\d]+)*)(?![\p{L}\d])/gu;

// A figure and the unit after it ("30%", "02 tiết", "80.000đ").
const AMOUNT = /(\d+(?:\.\d{3})*(?:,\d+)?) ?(%|\p{L}+)/gu;

/**
 * "ngân sách hỗ trợ 30%, doanh nghiệp 20%, phụ huynh 50%", "thi 02 tiết, trong đó 1 tiết tự chọn và 1 tiết bốc thăm":
 * parts adding up to their whole (shares to 100%, or amounts of one unit to the first of them) split it, so a bare one
 * is the share set as likely as a least (otherWay: exactly is its runner-up). Their values (shares as fractions).
 */
function breakdown(s: string): number[] {
  // (Not a plan's goal, "phấn đấu …", "… đạt 5.250.000 lượt, trong đó …": the parts of a total to reach are each a least.)
  if (/phấn đấu|mục tiêu|(?<!\S)đạt(?!\S)/iu.test(s)) return [];
  const by = new Map<string, number[]>();
  for (const m of s.matchAll(AMOUNT)) {
    const u = m[2].toLowerCase();
    const v = Number(m[1].split(".").join("").replace(",", "."));
    const vs = by.get(u);
    if (vs) vs.push(v);
    else by.set(u, [v]);
  }
  const out: number[] = [];
  for (const [u, vs] of by) {
    const sum = vs.reduce((a, b) => a + b, 0);
    // (Two halves, "50% trường … và 50% bệnh viện …", are as often two targets that happen to add up.)
    if (u === "%" ? vs.length > 1 && Math.abs(sum - 100) <= 0.5 && !vs.includes(100) && vs.some((v) => v !== vs[0]) : vs.length > 2 && sum === 2 * vs[0]) out.push(...vs.map((v) => (u === "%" ? v / 100 : v)));
  }
  return out;
}

/**
 * A bare sum of money (no operator, no "khoảng") in a clause a project's or a scheme's cost heads, wherever the name
 * stands in it ("Tổng vốn đầu tư xây dựng trường học 46 tỉ đồng" as "Xây dựng trường học, tổng vốn đầu tư 46 tỉ
 * đồng"), or named by the indicator when nothing stands before it (COST): 1 for the approved "tổng mức đầu tư", 2 for
 * another cost, else 0.
 */
function costOf(c: Ctx, best: Cand): 0 | 1 | 2 {
  const r = best.rule;
  const f = r.kind === "compare" && (r.op === ">=" || r.op === "=") && r.intent !== "about" && best.used.length === 1 ? c.figs.find((g) => g.t === best.used[0]) : null;
  if (!f || f.u.dim !== "money" || (f.op && !f.op.weak) || f.after) return 0;
  const before = c.p.low.slice(0, f.t.start);
  const own = before.split(/[;:,.]\s/u).pop()!;
  const m = COST.exec(own) ?? (before.trim() || !READS_INDICATOR ? null : COST_NAME.exec(c.ind.low)) ?? spendHead(own);
  // (A sum for each one, "kinh phí hỗ trợ … 120.000 đồng/cháu", "… mỗi học sinh 500.000 đồng", is no project's cost.)
  if (!m || f.u.per || /(?<!\S)mỗi(?!\S)/u.test(own) || RAISED.test(m.input) || GOAL.test(m.input)) return 0;
  return m[1] ? 1 : 2;
}

/**
 * "Kinh phí tổ chức hội thi 80 triệu đồng", "Dự toán chi sự nghiệp giáo dục 420 tỷ đồng": money to spend named at the
 * head of the clause, what it is spent on between it and the sum, is a cost as when right before it. Not when the words
 * between name money paid in (PAID_IN: "thu", "ủng hộ", "đóng góp" …) or a budget not said to be spent ("dự toán ngân
 * sách" without "chi"): it may be revenue.
 */
function spendHead(own: string): RegExpExecArray | null {
  const m = SPEND_HEAD.exec(own);
  if (!m || PAID_IN.test(m[2]) || (/ngân sách/u.test(m[2]) && !/(?<!\S)chi(?!\S)/u.test(m[2]))) return null;
  return m;
}
// (Group 1 is empty: no approved "tổng mức đầu tư"; group 2 the words between, which may count what the money builds:
// "Tổng kinh phí xây dựng 4 công trình trên là 29,6 tỷ đồng", round 42; or name its year, a cost still: "Tổng kinh phí
// năm 2026 là …"; money raised, "kinh phí xã hội hóa năm 2026", is RAISED whatever stands between.)
const SPEND_HEAD = /(?<!\S)()(?:tổng )?(?:kinh phí|chi phí|dự toán(?! thu))((?: (?:[^\s\d]+|\d+(?= \p{L})))+)\s*$/u;

/** A bare figure (not a rate) for an amount a rule sets for each one, named by the indicator or before it (ALLOTTED). */
function allots(c: Ctx, best: Cand): boolean {
  const t = best.used[0];
  if (best.rule.kind !== "compare" || best.rule.unit.kind === "percent" || !t) return false;
  const before = c.p.low.slice(0, t.start);
  return ALLOTTED.test(c.ind.low || before) || (best.rule.unit.kind === "measure" && GRANTED.test(before));
}

/**
 * "113 bé trai/100 bé gái", "98 nam/100 nữ trẻ": two groups of one kind per a round base of the other, a balance with no
 * side better by its words alone (more of the head is neither good nor bad).
 */
function pairRatio(unit: string): boolean {
  const m = /^(?:số )?(\p{L}+)( [\p{L} ]+)\/\d[\d.]* \1( [\p{L} ]+)$/u.exec(unit.toLowerCase());
  return !!m && m[2] !== m[3];
}

/**
 * "Tổng số tín chỉ … vượt quá 24 tín chỉ", "… vượt quá 50% khối lượng": "vượt quá" with no "không" names the breach a
 * rule warns of more often than a goal to pass, so staying within it is the runner-up (review when they differ).
 */
function breachOtherWay(c: Ctx, best: Cand): Cand | null {
  const r = best.rule;
  if (r.kind !== "compare" || r.op !== ">" || best.used.length !== 1) return null;
  const f = c.figs.find((g) => g.t === best.used[0]);
  if (!f || !f.op || f.opAt < 0 || c.ts[f.opAt]?.w !== "vượt" || c.ts[f.opAt + 1]?.w !== "quá") return null;
  return { ...best, rule: { ...r, op: "<=" }, score: best.score - MARGIN };
}

/** The reading's figure is followed by the group it is for ("8 trẻ từ 13 - 24 tháng tuổi"): ages right after its unit. */
function forGroup(c: Ctx, x: Cand): boolean {
  const t = x.used[x.used.length - 1];
  if (!t) return false;
  for (let k = t.i + 1; k < c.ts.length && k <= t.i + 6; k++) {
    const u = c.ts[k];
    if (u.kind === NUM && u.role === "population") return true;
    if (u.w === "hoặc" || u.w === "," || u.w === ";") return false;
  }
  return false;
}

/** "trước 1 tuần so với ngày tổ chức khai giảng": a span of time before or after a day named only by its event. */
/**
 * "hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó ít nhất 80% hoàn thành đúng tiến độ": all of them is a part of its
 * own, 100%, beside the lesser share read; a rate typed may answer either, so with no other runner-up the whole is it
 * (a figure the two judge differently is asked about). Only a statement of all in an earlier clause, or in the read
 * clause before its figure.
 */
function allRunner(clauses: string[], at: number, rule: Reading, runner: Reading | null, ind = ""): Reading | null {
  if (runner || rule.kind !== "compare" || rule.unit.kind !== "percent" || rule.value >= 1 || (rule.op !== ">=" && rule.op !== ">")) return runner;
  // (Both patterns below need "tất cả" or "toàn bộ": clauses without either, in any case, are done without lower-casing.
  // The clauses are cut from NFC text, so the NFC below cannot make these words appear.)
  let any = false;
  for (let k = 0; k <= at && !any; k++) any = ALL_WORDS.test(clauses[k]);
  if (!any) return runner;
  const own = clauses[at].toLowerCase();
  const before = clauses.slice(0, at).map((cl) => cl.toLowerCase()).concat(own.slice(0, Math.max(0, own.search(/\d/u))));
  // ("Tất cả các cơ sở … được kiểm tra, giám sát định kỳ, trong đó 85% số cơ sở đạt yêu cầu": an earlier clause whose
  // subject is all of them states the whole too.)
  if (!before.some((t, k) => ALL_DONE.test(t.normalize("NFC")))) {
    const all = before.findIndex((t, k) => k < at && ALL_SUBJECT.test(t.normalize("NFC")));
    if (all < 0) return runner;
    // (Unless the indicator names the share's own clause: words only it has, two more than only the whole's clause has.)
    const text = (t: string) => shortForms(spaced(t));
    const [a, b] = [text(own), text(before[all])];
    const words = indicatorWords(ind);
    if (words.filter((w) => a.includes(` ${w} `) && !b.includes(` ${w} `)).length - words.filter((w) => b.includes(` ${w} `) && !a.includes(` ${w} `)).length >= 2) return runner;
  }
  return { kind: "compare", op: ">=", value: 1, unit: { kind: "percent" }, intent: "plain" };
}
const ALL_WORDS = /tất cả|toàn bộ/iu;
const ALL_DONE = /(?<!\S)(?:hoàn thành|đạt|thực hiện)\s+(?:tất cả|toàn bộ)(?!\S)/u;
const ALL_SUBJECT = /^[\s\-+•*]*(?:tất cả|toàn bộ)\s+(?:các\s+|những\s+)?\p{L}[^\d]*$/u;

/** "ngày 03 hàng tháng", "ngày 25 hằng tháng": the words of a due day the best reading took as a figure, or "". */
function recurringDay(c: Ctx, best: Cand): string {
  const { ts, p } = c;
  for (const t of best.used) {
    if (ts[t.i - 1]?.w !== "ngày") continue;
    // The repeat right after the day ("ngày 25 hằng tháng") or anywhere before it ("Hằng tháng, trước ngày 25").
    for (const m of p.low.matchAll(EVERY)) {
      if (m.index < ts[t.i].start || p.low.slice(ts[t.i].end, m.index).trim() === "") return p.src.slice(Math.min(m.index, ts[t.i - 1].start), Math.max(m.index + m[0].length, ts[t.i].end));
    }
  }
  return "";
}
const EVERY = new RegExp(EVERY_PERIOD, "gu");

function relativeDay(c: Ctx, best: Cand): string {
  const r = best.rule;
  if (r.kind !== "compare" || r.unit.kind !== "measure" || best.used.length === 0) return "";
  const ts = c.ts;
  const t = best.used[0];
  // "nộp chứng chỉ trước thời điểm xét tốt nghiệp 1 tháng", "trước ngày khai giảng 2 tuần": a span of time before or
  // after an event named in words (no figure or date between) is counted from a day the phrase does not give.
  const f = c.figs.find((g) => g.t === t);
  // (Not a time allowed for a task: "sau khi nhận hồ sơ, trong 5 ngày làm việc" counts days taken.)
  if (f && !f.op && f.u.dim === "time" && !f.u.per && !f.u.working) {
    for (let k = t.i - 1; k >= 0 && k >= t.i - 10; k--) {
      const w = ts[k];
      if (w.kind !== WORD || w.lex?.op || w.lex?.change || w.w === "trong" || w.w === "hạn") break;
      if ((w.w === "trước" || w.w === "sau") && t.i - k >= 3) return c.p.src.slice(ts[k + 1].start, ts[t.i - 1].end);
    }
  }
  if (!c.p.low.includes("so với ngày")) return "";
  const before = ts[t.i - 1]?.w;
  if (before !== "trước" && before !== "sau") return "";
  for (let k = t.i + 1; k + 2 < ts.length && k <= t.i + 4; k++) {
    if (ts[k].w !== "so" || ts[k + 1].w !== "với" || ts[k + 2].w !== "ngày") continue;
    // A day written out ("so với ngày 5/9") is a date the reader has; only an event's day is missing.
    if (ts[k + 3]?.kind === NUM) return "";
    let e = k + 3;
    while (e < ts.length && ts[e].kind === WORD) e++;
    return c.p.src.slice(ts[k + 2].start, ts[e - 1].end);
  }
  return "";
}

/** "trong 2-3 năm tới", "trong 5 năm tới": the text of a horizon of coming years, or "". */
function comingYears(c: Ctx): string {
  if (!c.p.low.includes("năm tới")) return "";
  const ts = c.ts;
  for (let k = 1; k + 1 < ts.length; k++) {
    if (ts[k].w !== "năm" || ts[k + 1].w !== "tới" || ts[k - 1].kind !== NUM) continue;
    let a = k - 1;
    if (ts[a - 1]?.w === "-" && ts[a - 2]?.kind === NUM) a -= 2;
    if (ts[a - 1]?.w === "trong") a--;
    return c.p.src.slice(ts[a].start, ts[k + 1].end);
  }
  return "";
}

/**
 * "có 100% tuyến đường … quy mô từ 3 m trở lên được trồng cây xanh" for the indicator "Tỷ lệ tuyến đường có vỉa hè từ
 * 3 m trở lên …": a figure with its unit that the indicator's name itself holds describes what is counted; it is no
 * threshold (while another figure is left).
 */
function qualifiersNamed(c: Ctx, figs: Fig[]): Fig[] {
  if (!READS_INDICATOR || !c.ind.low || figs.length < 2) return figs;
  const ind = c.ind.low.replace(/\s+/gu, "");
  let out: Fig[] | null = null;
  for (const f of figs) {
    if (f.u.end <= f.i + 1 || f.t.percent) continue;
    const text = c.p.low.slice(f.t.start, c.ts[f.u.end - 1].end).replace(/\s+/gu, "");
    if (!ind.includes(text)) continue;
    out ??= figs.slice();
    f.t.role = "population";
    out.splice(out.indexOf(f), 1);
  }
  return out && out.length > 0 ? out : figs;
}

/**
 * "ít nhất 05 năm [hoặc 04 năm đối với miền núi …]", "6 trẻ … hoặc 8 trẻ …": a figure of the same kind joined to the
 * chosen one by "hoặc" is another target the phrase allows; it is the runner-up whatever its score, so a figure the
 * two judge differently is sent for review.
 */
function orAlternative(c: Ctx, cands: Cand[], best: Cand): Cand | null {
  if (best.used.length === 0 || (best.rule.kind !== "compare" && best.rule.kind !== "range") || !(c.p.low.includes("hoặc") || c.p.low.includes("đặc biệt"))) return null;
  const unitKey = (r: Reading) => (r.kind === "compare" || r.kind === "range" ? `${r.unit.kind}:${"noun" in r.unit ? r.unit.noun || "" : ""}:${"unit" in r.unit ? r.unit.unit : ""}` : "");
  const key = unitKey(best.rule);
  const a = best.used[0];
  const b = best.used[best.used.length - 1];
  const cased = CASE_CLAUSE.test(c.p.low);
  let pick: Cand | null = null;
  for (const x of cands) {
    if (x === best || x.rule.kind !== best.rule.kind || x.used.length === 0 || unitKey(x.rule) !== key) continue;
    // ("Đối với trường tại các xã vùng khó khăn … không quá 8 điểm trường, trường hợp đặc biệt tại các địa bàn hiểm trở …
    // không quá 12 điểm trường" under "… xã vùng khó khăn": two cases, each named, and the indicator's words name the first
    // and not the other, as a clause's would; that case is meant. Not where the first part is the rule itself, "Một lớp
    // ghép có không quá 02 nhóm …": its words are the subject the exception shares.)
    if (cased && (best.partGain ?? 0) - (x.partGain ?? 0) >= CLAUSE_DECIDES) continue;
    const y = x.used[0];
    const [from, to] = y.start > b.end ? [b.i, y.i] : x.used[x.used.length - 1].end < a.start ? [x.used[x.used.length - 1].i, a.i] : [-1, -1];
    if (from < 0) continue;
    let or = false;
    let between = false;
    for (let k = from + 1; k < to; k++) {
      // "… không quá 02 nhóm, trường hợp đặc biệt … nhưng không quá 03 nhóm": an exception allows the other.
      if (c.ts[k].w === "hoặc" || (c.ts[k].w === "đặc" && c.ts[k + 1]?.w === "biệt")) or = true;
      else if (c.ts[k].kind === NUM && c.ts[k].role === "figure") between = true;
    }
    if (or && !between && (!pick || x.score > pick.score)) pick = x;
  }
  return pick;
}

/** Nothing read; when a vague place was seen ("tốp đầu"), the refusal names it. */
function vagueError(c: Ctx): Clause {
  if (!c.vague) return null;
  const v = c.vague;
  return refuse("vague", v, `"${v}" không nêu thứ hạng cụ thể; ghi rõ, vd "top 10", "xếp thứ 5/30"`, `"${v}" names no place; state one, e.g. "top 10", "rank 5/30"`);
}

/**
 * A clause opening a case apart: "riêng …", "đối với … thì", "trường hợp cần phải xác minh thì …", "nếu …", "Hoặc 44
 * ngày đối với …" (after the one read; one before it heads what follows, "Đối với Trung học cơ sở: …").
 */
const CASE_CLAUSE = /^[\s,;.-]*(?:riêng|đối với|trường hợp|nếu|hoặc)(?!\p{L})/iu;

/**
 * Reads a target phrase, or a whole sentence pasted from a plan, into a typed rule. Never throws.
 * @example parseTarget("ít nhất 65%") → { ok: true, rule: { kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, … } }
 * @example parseTarget("28/28 trường – đạt 100%") → rule { kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }
 * @example parseTarget("12 trường (7,1%)", { unit: "%" }) → rule { kind: "compare", op: ">=", value: 0.071, … }
 * @example parseTarget("trước 30/4", { period: periodFromText("2024-2025") }) → rule { kind: "deadline", due: "2025-04-29" }
 * @example parseTarget("xyz") → { ok: false, error: { code: "unreadable", fragment: "xyz", … } }
 */
export function parseTarget(text: string, opts: ParseOptions = {}): ParseResult {
  // A build that reads no indicator's name (READS_INDICATOR: the spreadsheet functions) refuses one, saying what to do.
  if (!READS_INDICATOR && opts?.indicator) return err("indicator_unread", "", "Hàm trong ô không đọc tên chỉ tiêu: để trống đối số tên, hoặc dùng khung Kiểm tra chỉ tiêu", "Cell functions read no indicator name: leave that argument empty, or use the Kiểm tra chỉ tiêu pane");
  try {
    return parseTargetUnsafe(text, opts ?? {});
  } catch {
    const fragment = typeof text === "string" ? text.slice(0, 80) : "";
    return err("internal", fragment, `Lỗi khi đọc chỉ tiêu "${fragment}"`, `Error while reading target "${fragment}"`);
  }
}

// "≤ 8% (cần xem lại: 8%)": the canonical printer's way of writing an unsure rule (see the confidence gate).
const UNSURE_MARK = /\s*\((?:cần xem lại|check):\s*([^()]*)\)\s*$/u;

function parseTargetUnsafe(text: string, opts: ParseOptions): ParseResult {
  if (typeof text !== "string") return err("not_text", "", "Chỉ tiêu phải là chữ", "The target must be text");
  const whole = nfc(text).trim();
  const mark = whole.endsWith(")") && (whole.includes("(cần xem lại:") || whole.includes("(check:")) ? UNSURE_MARK.exec(whole) : null;
  if (!mark) return everyone(parseWhole(whole, opts), whole, opts);
  const r = parseWhole(whole.slice(0, mark.index), opts);
  if (r.ok) {
    r.rule.text = whole;
    r.rule.unsure ??= { code: "marked", part: mark[1].trim() };
  }
  return r;
}

/**
 * "tất cả HS từ lớp 3 đến lớp 5 đều được học tiếng Anh 4 tiết/tuần" under ĐVT "%": the amount read says what every one
 * gets; the share the column asks for is all of them (100%).
 */
function everyone(r: ParseResult, whole: string, opts: ParseOptions): ParseResult {
  const k = r.ok ? measureKey(r.rule) : r.error.code;
  // ("Tất cả cơ sở … tổ chức …": a phrase with no figure at all whose subject is all of them states the whole, "đều" or not;
  // not beside a clause of its own or a word for some: "Tất cả trường có nhà vệ sinh, phần lớn đạt chuẩn" says "most".)
  // (The cheap tests first: only under a unit column of "%" are the phrase's words looked at.)
  if (!k || k === "%" || k === "date" || (!r.ok && k !== "unit_mismatch") || unitHint(opts.unit)?.kind !== "percent") return r;
  const lower = whole.toLowerCase(), low = lower.slice(leadLabelEnd(lower)), ind = (opts.indicator || "").toLowerCase(), a = ALL_EACH.exec(low) ?? (/\d|[;:]|\.\s*\S|phần lớn|đa số|hầu hết|một số/u.test(low.replace(/năm \d{4}/gu, "")) ? null : ALL_HEAD.exec(low));
  if (!a) return r;
  // Not where the share may be another: of a harm ("Tỷ lệ bỏ học"), of others than the ones all ("Tỷ lệ học sinh đạt
  // giải" for "mọi trường"), a rate or change the target writes ("tỷ lệ … dưới 2", "đều giảm 10 …"), the whole's size
  // ("tất cả 12 trường": 12 may be typed), "không phải tất cả". Who is counted may be written by initials ("HS").
  if (/t[ỷỉ] lệ|tăng|giảm/u.test(whole.toLowerCase()) || isReduceSubject(`${whole}; ${ind}`) || (ind && !(ind.includes(a[1]) || ` ${ind} `.includes(` ${a[1][0]}${a[2][0]} `) || ind.split(" ").some((x, i, ws) => x[0] + (ws[i + 1] || " ")[0] == a[1])))) return r;
  return { ok: true, rule: { kind: "compare", op: ">=", value: 1, unit: { kind: "percent" }, text: whole } as Rule, warnings: r.ok ? r.warnings : [] };
}
const ALL_EACH = /(?<!không (?:phải )?)(?:tất cả|toàn bộ|mọi) (?:các |những )?(\p{L}+) ?(\p{L}*)[^.;]*đều /u;
// (Not when another clause aims at more or names another share: "Tất cả GV đạt chuẩn, phấn đấu đa số trên chuẩn".)
// (At the head, or after the aim or whom it is for: "mục tiêu toàn dân được dùng …", "triển khai cho tất cả trẻ"; a year
// is the only number allowed, "năm 2015, …". "Toàn dân" is every person.)
const ALL_HEAD = /^(?!.*(?:[,;] *(?:phấn đấu|trong đó|riêng)|đa số|phần lớn|hầu hết|một số|một phần))(?:.*?(?:cho|tiêu) )?(?:tất cả|toàn bộ|mọi|toàn(?= dân)) (?:các |những )?(\p{L}+) ?(\p{L}*)/u;

function parseWhole(whole: string, opts: ParseOptions): ParseResult {
  // (Clauses are cut by splitClauses below, one pass over the text.)
  if (whole === "") return err("empty", "", "Chỉ tiêu để trống", "The target is empty");
  // Markup and spreadsheet formulas are not targets, even when they hold digits ("<img … =1>", "=A1+1").
  if (whole.includes("<")) {
    const markup = /<\/?[a-z][^<>]{0,200}>/iu.exec(whole.replace(/<\/?su[pb]>/giu, ""));
    if (markup) {
      return err("unreadable", short(markup[0]), `Chỉ tiêu chứa mã HTML "${short(markup[0])}"; hãy dán chữ thường`, `The target holds HTML "${short(markup[0])}"; paste plain text`);
    }
  }
  if (whole.charCodeAt(0) === 61 /* = */ && FORMULA.test(whole)) {
    return err("unreadable", short(whole), `"${short(whole)}" là công thức bảng tính, không phải chỉ tiêu; hãy ghi chỉ tiêu bằng chữ`, `"${short(whole)}" is a spreadsheet formula, not a target; write the target as text`);
  }
  // "11h15 - 13h30 Ngủ trưa", "kết thúc trước 8 giờ": every figure a time of day is a timetable slot, not a target.
  const low = whole.toLowerCase();
  const same = sameDay(low);
  if (same) return result(same[0], whole, [], same[1]);
  // (Every CLOCK alternative starts with a digit, maybe a space, then ":", "giờ", or "h" or "g" before no letter: a
  // phrase without that shape is done by one cheap look, not by CLOCK's look-behind tried at every position. The scan
  // below marks a digit, maybe a space, then ":", "g" or "h" in either case, which every CLOCK_LIKE match starts with.)
  const seen = scanWhole(whole);
  const clock = seen & CLOCKISH && CLOCK_LIKE.test(whole) ? whole.match(CLOCK) : null;
  if (clock && !/\d/u.test(whole.replace(CLOCK, ""))) {
    return err("unreadable", short(whole), `chỉ ghi giờ trong ngày (${clock}), không nêu ngưỡng`, `only times of day (${clock}), no threshold`);
  }
  const long = seen & LONG_RUN ? overPrecise(whole) : "";
  if (long) {
    const n = long.replace(/[.,\s]/gu, "").replace(/^0+/u, "").length;
    return err(
      "too_many_digits",
      short(long),
      `Số "${short(long)}" có ${n} chữ số, quá 15 chữ số có nghĩa nên không so được chính xác; ghi ngưỡng ngắn hơn`,
      `The number "${short(long)}" has ${n} digits, past the 15 significant digits a spreadsheet keeps exactly; write a shorter threshold`,
    );
  }
  const whole100 = seen & SHARES ? distribution(whole) : "";
  if (whole100) {
    return err(
      "distribution",
      short(whole),
      `Câu "${short(whole)}" chia một tổng thành các phần (${whole100} cộng lại 100%), không nêu chỉ tiêu; ghi riêng chỉ tiêu của từng phần`,
      `"${short(whole)}" divides a whole into parts (${whole100} add up to 100%) and states no target; write each part's target on its own`,
    );
  }
  // "Không áp dụng tiêu chí … (từ 60% trở lên) …", "Bãi bỏ chỉ tiêu …": a sentence that withdraws a criterion sets
  // nothing to reach; its figures are the criterion withdrawn. Round 37 (refuse37).
  const off = WITHDRAWN.exec(low);
  if (off) {
    // The withdrawal is its own clause's: a later clause with a figure, where the withdrawn one names none, is the
    // target ("Không áp dụng đối với trường chuyên; các trường khác … đạt 98%", "Thôi áp dụng mức thu cũ, áp dụng mức
    // thu mới 200.000 đồng/tháng"), read alone and quoted whole. (Not beside a figure in brackets, the withdrawn
    // criterion's own level: "Không áp dụng tiêu chí về …, tái thẩm (từ 60% trở lên) …".)
    const cut = /[;,]/u.exec(whole.slice(off[0].length));
    const at = cut ? off[0].length + cut.index : whole.length;
    const r = !/\d/u.test(whole.slice(0, at)) && /\d/u.test(whole.slice(at)) && !BRACKETED.test(whole) ? parseWhole(whole.slice(at + 1).trim(), opts) : null;
    if (r?.ok) {
      r.rule.text = whole;
      return r;
    }
    const w = whole.slice(0, off[0].length).trim();
    return err("unreadable", short(w), `"${w}": bỏ một tiêu chí, không nêu chỉ tiêu`, `"${w}": a criterion withdrawn, no target`);
  }
  const rep = reported(low, whole);
  // (A figure told by someone, SAID, is called that in the message: it is no result reached.)
  const said = SAID(rep.toLowerCase());
  // (Quoted with no mark trailing, "98" not "98,", and past 80 characters cut at a space.)
  let q = rep.trim().replace(/[.,:;]+$/u, "");
  if (q.length > 80) q = `${q.slice(0, 78).replace(/\s+\S*$/u, "")} …`;
  // (A result: one reached, found or compared, or how things stand; the phrase states it, and sets no level to reach.)
  if (rep) return err("reported_result", q, `Câu này nêu ${said ? "lời kể, dự báo hay ý kiến" : "một kết quả"}, không phải chỉ tiêu: "${q}"; nếu đây là chỉ tiêu, ghi rõ mức phải đạt (vd. "Phấn đấu …", "Đến năm … đạt …")`, `This ${said ? "tells a figure, forecast or view" : "states a result"}, not a target: "${q}"; if it is a target, state the level to reach (e.g. "Phấn đấu …", "Đến năm … đạt …")`);
  // (The parts of a whole are looked for only when a bare floor asks, once a phrase: most phrases never do.)
  let parts: number[] | undefined;
  let sums: number[] | undefined;
  // (A build that reads no indicator's name, READS_INDICATOR, refuses one rather than ignore it: parseTarget says so
  // first; this guards any other way in.)
  if (!READS_INDICATOR && opts.indicator) throw Error();
  const sh: Shared = { opts, ind: indicatorInfo(opts.indicator), unit: unitHint(opts.unit), split: () => (parts ??= breakdown(whole)), sums: () => (sums ??= schedule(low)) };
  // A pasted sentence has a handful of clauses; looking at the first MAX_CLAUSES keeps huge inputs fast.
  const subs = new Set<number>();
  const clauses = splitClauses(whole, seen, subs, low).flatMap(nowThen);
  const past = described(clauses);
  let fallback: { rule: Reading; warnings: Warning[] } | null = null;
  // With an indicator or a unit column, every clause competes: "THCS đạt trên 99,4%; THPT đạt trên 99%" under the
  // indicator "… THPT" is read in its second clause, and a close second clause is kept as the runner-up.
  if (clauses.length > 1 && (sh.ind.low !== "" || sh.unit !== null)) {
    const read: Array<{ i: number; r: Extract<Clause, { rule: Reading }> }> = [];
    for (let i = 0; i < clauses.length && i < 16; i++) {
      if (past[i]) continue;
      const r = readClause(clauses[i], sh);
      if (!r) continue;
      if ("error" in r) {
        if (r.error.code === "bad_date") return { ok: false, error: r.error };
        continue;
      }
      if (r.rule.kind !== "boolean") read.push({ i, r });
      else fallback ??= { rule: r.rule, warnings: r.warnings };
    }
    if (read.length > 0) {
      // "…không quá 03 ngày làm việc. Trường hợp cần xác minh, thời hạn được kéo dài thêm không quá 05 ngày làm việc": an
      // extension adds to the bound before it (8 days in all).
      for (let k = 1; k < read.length; k++) {
        const a = read[k - 1].r.rule;
        const b = read[k].r.rule;
        if (a.kind === "compare" && b.kind === "compare" && a.op === b.op && measureKey(a) === measureKey(b) && /(?:kéo dài|gia hạn) thêm/iu.test(clauses[read[k].i])) b.value += a.value;
      }
      const before = read.map((x) => x.r.score);
      const paired = new Set<number>();
      const labelled = clauseWords(sh, clauses, read, subs, paired);
      clauseMeasures(sh, clauses, read, clauseYears(sh, clauses, read));
      // What the indicator's words and the period's year gave each clause: they decide between clauses.
      const decided = new Map(read.map((x, k) => [x, x.r.score - before[k]]));
      // "… tăng thêm 20 trường; … nâng tổng số trường … lên 213 trường": under an indicator of levels (not of changes),
      // a clause stating the level of the same things outranks one stating a step towards it.
      if (!sh.ind.changeDir) {
        const nounOf = (r: Reading) => (r.kind === "compare" || r.kind === "change") && r.unit.kind === "count" ? r.unit.noun || "" : "";
        for (const x of read) {
          if (x.r.rule.kind !== "change" || !nounOf(x.r.rule)) continue;
          if (read.some((y) => y !== x && y.r.rule.kind === "compare" && nounOf(y.r.rule) === nounOf(x.r.rule))) x.r.score -= 5;
        }
      }
      read.sort((a, b) => b.r.score - a.r.score || a.i - b.i);
      // "…đến trường, mẫu giáo đạt 98%; tiểu học 99,8%; …; trung học phổ thông 60% trở lên" under "… tiểu học …": in a
      // list of labels sharing one head, a clause the indicator's words put CLAUSE_DECIDES ahead of every other is the one
      // named, whatever operator another states. (Not where a head clause holds words the others lack: "100% xã … đúng
      // độ tuổi mức 1; 30% xã … mức 2" names its subject once, in the first clause.)
      const named = labelled && read.find((x) => read.every((y) => y === x || decided.get(x)! - decided.get(y)! >= CLAUSE_DECIDES));
      if (named) read.unshift(...read.splice(read.indexOf(named), 1));
      // A clause named by a pair of the indicator's syllables no other clause holds (namedPair) is the one read, and the
      // context decides it: a clause alike is no runner-up by the gate below. (Not where the unit column's words stand
      // in another clause only: "… 1 triệu đoàn viên; … 1 đoàn viên …" under "triệu đoàn viên" names that clause.)
      const pk = read.findIndex((x) => paired.has(x.i));
      // (Nor where the context gave another clause more, the year an indicator names: "Trang trại … năm 2022"; nor where
      // the unit column takes another clause's side between a share and an amount: "… tỷ lệ hộ nghèo … 3%; … 200 hộ"
      // under ĐVT "hộ".)
      const pc = sh.unit?.kind === "percent", pct = ({ r: { rule } }: (typeof read)[0]) => "unit" in rule && rule.unit?.kind === "percent";
      const byPair = pk >= 0 && !unitElsewhere(sh.opts.unit, clauses, read[pk].i, read.map((x) => x.i)) && !(sh.unit && pct(read[pk]) !== pc && read.some((y) => pct(y) === pc)) && read.every((y) => decided.get(y)! <= decided.get(read[pk])!);
      if (byPair) read.unshift(...read.splice(pk, 1));
      const top = read[0];
      if (byPair) decided.set(top, decided.get(top)! + CLAUSE_DECIDES);
      // "…; hầu hết … có câu lạc bộ thể thao cơ sở" under "Tỷ lệ xã … có câu lạc bộ thể thao cơ sở": a clause with no
      // figure that the indicator's words name clearly more than the one read is the part meant; it states no figure,
      // so it is refused rather than judged by a neighbour's (round 35x, part35).
      const bare = figureless(sh, clauses, top.i, read.map((x) => x.i));
      if (bare) return err("no_figure", short(bare), `Vế "${short(bare)}" mà tên chỉ tiêu nêu không có con số để so`, `The part "${short(bare)}" the indicator names has no figure to judge by`);
      let runner = top.r.runnerUp;
      let runnerScore = top.r.second;
      const other = read[1];
      if (other && other.r.score > runnerScore && top.r.score - other.r.score < MARGIN && named !== top && !sameRule(other.r.rule, top.r.rule)) {
        // (The clause's own runner-up it takes the place of stays a rival: a figure that reading judges otherwise is asked
        // about, one only it can take judged by it, not as if it were not written. Round 40, from compound39-rival. Not
        // between a "trong đó" head and its sub-target: they are one target broken down, weighed as whole against part
        // in clauseWords, and the clause's own runner-up there is a sibling sub-target or the same figure's other side.)
        if (runner && !subs.has(top.i) && !subs.has(other.i)) top.r.rivals.push(runner);
        runner = other.r.rule;
      }
      // "Tỷ lệ … sử dụng nước sạch trên 90%; hợp vệ sinh đạt 100%", "… 72 xã …; có 6 huyện …": another clause's
      // threshold of the same kind that nothing decides against (no operator, indicator word or year puts the read
      // clause DECIDE ahead) is the runner-up, so a figure the two judge differently is sent for review.
      // (A band read both ways, "65 - 70%" as a band or a floor, yields to another clause's threshold.)
      const t = top.r.rule;
      if (!runner || !competes(t, runner) || (t.kind === "range" && runner.kind === "range" && t.min === runner.min && t.max === runner.max)) {
        // (Under an indicator naming several things, "Tỷ lệ hộ nghèo; hộ cận nghèo", its words name every clause.)
        const several = severalParts(sh.opts.indicator);
        const rival = read.find((y) => y !== top && competes(top.r.rule, y.r.rule) && (several || decided.get(top)! - decided.get(y)! < DECIDE));
        // (The band's other reading whose place the other clause takes stays a rival, as one part's does (finish's
        // bandToo): "…hiện có 70.000 bản; hàng năm bổ sung từ 5.000 - 7.000 bản", 8.500 is a band passed or missed.
        // Round 44, phrases31.)
        if (rival && runner && t.kind === "range" && runner.kind === "range") top.r.rivals.push(runner);
        if (rival) runner = rival.r.rule;
      }
      // A clause stating a step towards the level read ("tăng thêm 20 trường"): a change typed in the cell answers it.
      if (!runner) runner = read.find((y) => y !== top && otherUnit(top.r.rule, y.r.rule, true))?.r.rule ?? null;
      // A told clause read over another clause with a figure ("Đến nay có 45 xã …; năm 2026 có 50 xã …") is a guess: the
      // other is the runner-up, so a figure the two judge differently is asked about (fix39c).
      if (!runner && told(clauses[top.i].toLowerCase())) runner = read[1]?.r.rule ?? null;
      // The confidence gate: another clause's threshold measured alike that the context put less than CLAUSE_DECIDES
      // behind is the runner-up, so a figure the two judge differently is asked about.
      if (!runner) runner = read.find((y) => y !== top && alikeRules(top.r.rule, y.r.rule) && decided.get(top)! - decided.get(y)! < CLAUSE_DECIDES)?.r.rule ?? null;
      // "…không quá 60 ngày; đối với vụ việc phức tạp thì … không quá 70 ngày": a clause stating the bound for a case
      // apart is the runner-up whatever the context gave, since the figure may be that case's.
      // (Only after the one read: "Đối với THPT: thành thị: …; nông thôn: …" opens with a heading for every clause.)
      if (!runner) runner = read.find((y) => y !== top && alikeRules(top.r.rule, y.r.rule) && (y.i > top.i || !HEADING.test(clauses[y.i].toLowerCase())) && CASE_CLAUSE.test(clauses[y.i]))?.r.rule ?? null;
      // "…đạt 99,9% và 100% …; 20% trường …" under "(trẻ 5 tuổi; …; trường đạt chuẩn)": the figure may answer any part,
      // so another clause's bound on the same side lying farther from the one read is the runner-up, not the near one.
      if (runner && severalParts(sh.opts.indicator)) runner = farthestBound(top.r.rule, runner, read.filter((y) => y !== top).map((y) => y.r.rule));
      const warnings = top.r.warnings;
      if (read.length > 1 || clauses.some((cl, j) => j !== top.i && /\d/u.test(cl))) {
        warnings.push(partlyRead(clauses[top.i]));
      }
      void runnerScore;
      runner = allRunner(clauses, top.i, top.r.rule, runner, sh.ind.low);
      // Other clauses measured alike to which the indicator's words and the period's year gave as much (or under an
      // indicator naming several parts): the clause was chosen by the phrase's own scores, a guess.
      // ("…không quá 45 ngày; đối với vụ việc phức tạp thì … không quá 60 ngày": a clause for a case of its own states
      // the same target for that case; the indicator's words name the target, not the case, so they do not rule it out.)
      const rivals = top.r.rivals.concat(read.filter((y) => y !== top && alikeRules(top.r.rule, y.r.rule) && (severalParts(sh.opts.indicator) || decided.get(top)! <= decided.get(y)! || (y.i > top.i && CASE_CLAUSE.test(clauses[y.i])))).map((y) => y.r.rule));
      // Other clauses' thresholds measured otherwise ("…; tổng thu đạt 10.800-11.200 tỷ đồng" beside a count of visits):
      // kept too, so a figure typed in their unit is judged by them (evaluate's takenByRival), not sent back unread.
      for (const y of read) if (y !== top && y.r.rule !== runner && measuredOtherwise(top.r.rule, y.r.rule)) rivals.push(y.r.rule);
      return result(top.r.rule, whole, warnings, runner, top.r.signals.concat(clausesUnread(top.r.rule, runner, read.filter((y) => y !== top).map((y) => ({ rule: y.r.rule, text: clauses[y.i] })))), rivals);
    }
  }
  for (let i = 0; i < clauses.length; i++) {
    if (past[i]) continue;
    // (A phrase of one clause is the whole: its lower case is already made.)
    const r = readClause(clauses[i], sh, clauses[i] === whole ? low : undefined);
    if (!r) continue;
    if ("error" in r) return { ok: false, error: r.error };
    if (r.rule.kind === "boolean") {
      fallback ??= { rule: r.rule, warnings: r.warnings };
      continue;
    }
    const warnings = r.warnings;
    const signals = r.signals;
    const rivals = r.rivals;
    if (clauses.length > 1) {
      const others = clauses.filter((_, j) => j !== i && /\d/u.test(clauses[j]));
      if (others.length > 0) {
        warnings.push(partlyRead(clauses[i]));
        // With neither indicator nor unit column nothing tells clauses apart: every other clause whose threshold is
        // measured alike is a rival (the first the runner-up when free), so a figure one of them judges differently is
        // asked about. (Only clauses that can hold such a threshold are read.)
        const key = measureKey(r.rule);
        if (key !== null) {
          for (const o of others) {
            if (past[clauses.indexOf(o)]) continue;
            if ((key === "%" && !o.includes("%")) || (key === "date" && !/[/.-]\d|ngày|tháng|quý/u.test(o))) continue;
            const x = readClause(o, sh);
            if (x && "rule" in x && alikeRules(r.rule, x.rule)) rivals.push(x.rule);
          }
        }
      }
    }
    return result(r.rule, whole, warnings, allRunner(clauses, i, r.rule, r.runnerUp, sh.ind.low), signals, rivals);
  }
  // "Đẩy mạnh công tác …", "Tăng cường …", "Khuyến khích …", "Giảm thiểu …", "… hiệu quả hơn nữa": with no figure, a
  // way of working with no end point, nothing a yes or no can answer. Round 38 (refuse38).
  const endless = fallback && ENDLESS.exec(low);
  if (endless) return err("unreadable", endless[0], `"${endless[0]}": không nêu mức đo được`, `"${endless[0]}": no measurable level`);
  if (fallback) return result(fallback.rule, whole, fallback.warnings, null);
  const fragment = short(whole);
  if (/(?:ít nhất|tối thiểu|tối đa|không quá|trên|dưới|[≥≤<>])\s*$/u.test(whole.toLowerCase())) {
    return err("missing_number", fragment, `Chỉ tiêu "${fragment}" thiếu con số sau toán tử. ${EXAMPLES_VI}`, `Target "${fragment}" has no figure after its operator. ${EXAMPLES_EN}`);
  }
  return err(
    "unreadable",
    fragment,
    `Không đọc được chỉ tiêu "${fragment}": không thấy ngưỡng (số, tỷ lệ, mức, hạn) nào. ${EXAMPLES_VI}`,
    `Cannot read target "${fragment}": no threshold (figure, rate, level, date) found. ${EXAMPLES_EN}`,
  );
}

/**
 * A clause after the one read (which holds a digit) that has no digit, no reading and no closing bracket of an aside,
 * whose indicator words (those not in every clause) outnumber the read clause's by 2 or more; "" if none.
 */
function figureless(sh: Shared, clauses: string[], at: number, read: number[]): string {
  if (!READS_INDICATOR || !sh.ind.low || namesWhole(sh.ind.low) || severalParts(sh.opts.indicator) || !/\d/u.test(clauses[at])) return "";
  const words = indicatorWords(sh.ind.low);
  const texts = clauses.map((cl) => shortForms(spaced(cl.toLowerCase())));
  const hits = (k: number) => words.filter((w) => texts[k].includes(` ${w} `) && !texts.every((t) => t.includes(` ${w} `))).length;
  const own = hits(at);
  // The clause read must name who or what it counts ("100% trường có thư viện"), not a bare figure ("Đạt 100%", "100% xã")
  // followed by what will be done to reach it (the integrator, after review35).
  if (texts[at].split(" ").filter((w) => w.length > 1 && !FIGURE_WORDS.has(w) && !/\d/u.test(w)).length < 3) return "";
  for (let k = at + 1; k < clauses.length; k++) if (!read.includes(k) && !/\d/u.test(clauses[k]) && !aside(clauses[k]) && hits(k) >= own + 2) return clauses[k];
  return "";
}


/** The end of an aside cut by ";" ("(không kể …; không kể …)"): more closing brackets than opening, no list mark "c)". */
function aside(cl: string): boolean {
  return cl.split(")").length > cl.split("(").length && !/^\s*[\p{L}\d]{1,2}\)/u.test(cl);
}

/** A note that part of the phrase was not read. */
function partly(vi: string, en: string): Warning {
  return { code: "target_partly_read", message: { vi, en } };
}

/** The note that only one part of the phrase was read. */
function partlyRead(clause: string): Warning {
  const t = short(clause);
  return partly(`chỉ đọc vế "${t}"`, `only the part "${t}" was read`);
}

/** Two thresholds of the same kind, either of which a figure could be judged against. */
function competes(a: Reading, b: Reading): boolean {
  const numeric = (r: Reading) => r.kind === "compare" || r.kind === "range" || r.kind === "fraction";
  return numeric(a) && numeric(b) && sameUnitKind(a, b) && !sameRule(a, b);
}

// "Đối với trung học cơ sở: vùng 1: 35 ngàn đồng/tháng": a heading and its colon, then a label of the clause's own and its colon.
const HEADING = /^([^\d:;]*\p{L}[^\d:;]*):\s+[^:;]*\p{L}[^:;]*:\s*\d/u;

/** A clause holding indicator words the other clauses lack ("…; 8 m2/trẻ đối với khu vực thành phố" for "(khu vực thành phố)"). */
function clauseWords(sh: Shared, clauses: string[], read: Array<{ i: number; r: { score: number; rule: Reading } }>, subs: Set<number>, paired: Set<number>): boolean {
  // (An indicator heading every clause, "… các cấp", tells none apart: see namesWhole.)
  if (!READS_INDICATOR || !sh.ind.low || read.length < 2 || namesWhole(sh.ind.low)) return false;
  const words = indicatorWords(sh.ind.low);
  const lows = read.map((x) => prepare(clauses[x.i]).low);
  // "Diện tích … tối thiểu 12 m2/trẻ đối với nông thôn; 8 m2/trẻ đối với thành phố": when a later clause opens with its
  // figure, what stands before the first clause's figure is the subject of all of them.
  // (So too "…; và không quá 25g/học sinh/ngày đối với …": only an operator before the figure.)
  if (lows.slice(1).some((l) => /^\s*(?:và )?(?:không quá |tối đa |tối thiểu |ít nhất |dưới |trên )?\d/u.test(l))) {
    const d = lows[0].search(/\d/u);
    if (d > 0) lows[0] = lows[0].slice(d);
  }
  // "Đối với trung học cơ sở: vùng 1: 35 ngàn đồng/tháng; vùng 2: 45 ngàn đồng/tháng": a heading closed by a colon
  // before a first clause with a label and colon of its own heads every clause; its words are everyone's.
  const head = HEADING.exec(lows[0]);
  if (head) lows[0] = lows[0].slice(head[1].length + 1);
  const labelled = elliptical(lows) === lows.length - 1;
  const shared = head ? ` ${head[1].replace(/[^\p{L}\d]+/gu, " ")}` : "";
  const texts = lows.map((l) => shortForms(spaced(l + shared)));
  // "Tỷ lệ duy trì sĩ số … THCS đạt trên 99,4%; học sinh THPT đạt trên 99%": a clause naming none of the indicator's
  // words is elliptical, sharing the first clause's subject, so the words tell the clauses nothing apart.
  // (A sub-target after "trong đó" is a part of the first, not a parallel clause: "…đạt 65%; trong đó, có bằng cấp …".)
  // (Steps of a schedule, "hiệp đồng … xong trước ngày 30-12-2019; phát lệnh gọi nhập ngũ xong trước ngày 23-01-2020",
  // each name their own task: a step naming the indicator's words is the one meant.)
  // (Days for groups, "cấp MN, TH: ngày 21-8; THCS, THPT: ngày 14-8", are parallel: only a chain holding a due day is one.)
  const steps = read.every((x) => x.r.rule.kind === "deadline") && read.some((x) => !(x.r.rule as { start?: string }).start);
  // (A head with a bare figure and a sub-target after it stays an ellipsis: "Không quá 6%, trong đó tỷ lệ học sinh bỏ học
  // không quá 1%" under "Tỷ lệ học sinh bỏ học và lưu ban" names the whole, not the part whose words it shares.)
  // ("– Toán, Ngữ văn: 90 phút; – Ngoại ngữ: 60 phút; – Các môn còn lại: 45 phút": a clause whose figure follows its own
  // label and a colon names its subject there; it is no ellipsis.)
  const colonLabel = (k: number) => /^[^\d:]*\p{L}[^\d:]*:\s*$/u.test(lows[k].slice(0, lows[k].search(/\d|$/u)));
  if (!steps && texts.some((t, k) => !subs.has(read[k].i) && !words.some((w) => t.includes(` ${w} `)) && !colonLabel(k))) return false;
  // "Tỷ lệ lao động qua đào tạo đạt 68%, trong đó có bằng cấp, chứng chỉ đạt 50%": a sub-target is counted among the
  // main clause's things, so it has the main clause's words too; only its own words tell it apart, and with none the
  // main clause leads — by less than DECIDE, so the sub-target stays the runner-up and a figure the two judge
  // differently ("40%" against 68% and 50%) is sent for review: an indicator naming the whole names the part too.
  // ("… nước sạch … đạt 85%, trong đó từ nước máy đạt 45%" under "Tỷ lệ … từ nước máy": an indicator naming words only
  // the sub-target has, and none that only another clause has, names the sub-target. One naming the head's words
  // names the part too, as said above.)
  const named = indicatorWords(sh.ind.low, true);
  const has = (t: string, w: string) => t.includes(` ${w} `);
  for (let k = 0; k < read.length; k++) {
    if (!subs.has(read[k].i)) continue;
    const main = read.findIndex((x) => x.i < read[k].i && !subs.has(x.i));
    if (main < 0) continue;
    const own = named.some((w) => has(texts[k], w) && !has(texts[main], w)) && !named.some((w) => !has(texts[k], w) && texts.some((t) => has(t, w)));
    texts[k] += texts[main];
    read[own ? k : main].r.score += DECIDE / (own ? 1 : 2);
  }
  const hitsOf: number[] = [];
  for (let k = 0; k < read.length; k++) {
    let hits = 0;
    for (const w of words) {
      const here = texts[k].includes(` ${w} `);
      const everywhere = texts.every((t) => t.includes(` ${w} `));
      // (A school level, "tiểu học", names its clause more surely than any other word, as it does a part; so does a
      // label's number, "vùng 2", "học kỳ II".)
      if (here && !everywhere) hits += SCHOOL_LEVEL.has(w) || w.includes(" ") ? 2 : 1;
    }
    read[k].r.score += Math.min(3, hits) * 1.5;
    hitsOf.push(hits);
  }
  // (Not among a head and its sub-targets, "…, trong đó …", which the words weigh above.)
  const k = read.some((x) => subs.has(x.i)) ? -1 : namedPair(sh.ind.low, texts, hitsOf);
  if (k >= 0) paired.add(read[k].i);
  return labelled;
}

/** Whether the unit column's words ("triệu đoàn viên") stand in one of the clauses `read` but not in clause `at`. */
function unitElsewhere(unit = "", clauses: string[], at: number, read: number[]): boolean {
  const u = ` ${spaced(unit.toLowerCase()).trim()} `;
  const has = (k: number) => spaced(clauses[k].toLowerCase()).includes(u);
  // (Not having its words in `at`, no clause `at` is among those having them.)
  return u !== "  " && !has(at) && read.some(has);
}



// Words that stand between a clause's label and its figure ("đạt", "từ", "trên", "ít nhất"): no part of the label.
const LINK_WORDS = /(?<!\S)(?:đạt|là|có|từ|trên|dưới|khoảng|ít nhất)(?!\S)/gu;

/**
 * "Tỷ lệ học sinh giỏi 25-30%; khá 45-50%": a later clause whose label before its figure is a few words (at most 3) that
 * the first clause does not hold shares the first clause's head: the first clause's words before its figure, less as
 * many words as the label has (its own label). The head is added to the later clause, so only the labels tell the
 * clauses apart. (In place, on the lower-cased clauses.)
 */
function elliptical(lows: string[]): number {
  const words = (t: string) => t.replace(LINK_WORDS, " ").split(/[^\p{L}]+/u).filter(Boolean);
  const d0 = lows[0].search(/\d/u);
  if (d0 <= 0) return 0;
  const first = words(lows[0].slice(0, d0));
  // "Tỷ lệ huy động học sinh trong độ tuổi đến trường, mẫu giáo đạt 98%; tiểu học 99,8%; trung học cơ sở 95%": the first
  // clause's own label follows its last comma (or colon), and the head is all before it.
  const m = /^(.+)[,:] /u.exec(lows[0].slice(0, d0));
  const head = m && words(m[1]);
  let n = 0;
  for (let k = 1; k < lows.length; k++) {
    const d = lows[k].search(/\d/u);
    const label = d <= 0 ? null : words(lows[k].slice(0, d));
    // (A label of up to 4 words, "trung học phổ thông", whose first word the first clause lacks: "học" in "tiểu học" is
    // no sign of a repeated subject.)
    if (!label || label.length > 4 || first.length <= label.length + 1 || first.includes(label[0]) || (label.length > 3 && !head)) continue;
    lows[k] = `${(head ?? first.slice(0, first.length - label.length)).join(" ")} ${lows[k]}`;
    n++;
  }
  return n;
}

/** "năm 2019 … tăng thêm 20 trường; năm 2020 … lên 213 trường" in the plan of 2019–2020: the clause of the period's last year. */
function clauseYears(sh: Shared, clauses: string[], read: Array<{ i: number; r: { score: number } }>): number {
  // (A year in another role names no clause's time: a baseline, "tăng 500 người so với năm 2020", or a document's date,
  // "theo Quyết định 1600/QĐ-TTg năm 2016", "Thông tư 13/2018/TT-BGDĐT", "Bộ tiêu chí 2016-2020".)
  const yearsOf = (t: string) => (t.replace(OTHER_YEAR, " ").match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? []).map(Number);
  // "Tổng thu … năm 2025" over "năm 2020 đạt 106 tỷ; năm 2025 đạt 242 tỷ; năm 2030 đạt 494 tỷ": an indicator naming one
  // year ("năm 2025", not a span or school year) rules out each clause that names only other years; a clause naming
  // no year may share another's and is left to the words.
  const years = read.map((x) => yearsOf(clauses[x.i]));
  const out = READS_INDICATOR && ruledOut(years, sh.ind.year);
  if (out) {
    read.forEach((x, k) => (x.r.score -= out[k]));
    return -2 - partOfYear(years, sh.ind.year!);
  }
  const period = sh.opts.period;
  if (!period || read.length < 2) return -1;
  const end = Number(period.end.slice(0, 4));
  const start = Number(period.start.slice(0, 4));
  // (Only when every clause names its own years: a school year stated once, "năm học 2019-2020 … ; …", is everyone's.)
  if (!years.some((ys) => ys.includes(end)) || years.some((ys) => ys.length === 0)) return -1;
  // ("…2025 đạt 34-36%; đến năm 2030 đạt 40-45%" in a row for 2021–2030: a span holding several parts' years picks none.)
  const many = period.kind === "span" && years.filter((ys) => ys.some((y) => y >= start && y <= end))[1];
  for (let k = 0; k < read.length; k++) {
    const ys = years[k];
    if (ys.length === 0) continue;
    read[k].r.score += ys.includes(end) && !many ? 2 : ys.some((y) => y >= start && y <= end) ? 0 : -1;
  }
  return many ? -1 : partOfYear(years, end);
}

/**
 * Round 45: "Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt 100%; đến năm 2030, có 15% số xã đạt chuẩn nông thôn mới
 * kiểu mẫu" under "… kiểu mẫu": what the indicator's own words decide between dated clauses against the clause the year
 * picks (`y`, as clauseYears returns it: -2 - k when the indicator's year picked clause k), as between parts
 * (resolve.ts, measureChoice). A clause named surely leads by CLAUSE_DECIDES; two asked about stand level.
 */
function clauseMeasures(sh: Shared, clauses: string[], read: Array<{ i: number; r: { score: number; rule: Reading } }>, y: number): void {
  const named = y < -2;
  const k = named ? -2 - y : y;
  if (!READS_INDICATOR || k < 0 || !sh.ind.low || namesWhole(sh.ind.low)) return;
  // (Each clause without its counted noun after a figure: "năm 2016, có 20 hộ" names no measure of its own.)
  const texts = read.map((x) => {
    const noun = nounOf(x.r.rule)?.toLowerCase().replace(/[^\p{L}\d ]/gu, "");
    const low = clauses[x.i].toLowerCase();
    return noun ? low.replace(new RegExp(`\\d[\\d.,]*\\s*(?:(?:nghìn|ngàn|triệu|tỷ)\\s+)?${noun}`, "gu"), " ") : low;
  });
  const pick = measureChoice(sh.ind.low, texts, k, named, true);
  if (!pick) return;
  // (A level stated for a past year, "Năm 2020, tỷ lệ hộ nghèo toàn xã là 5,2%; đến năm 2025, …", is no target the words
  // can pick: asked about beside the year's clause.)
  const start = sh.opts.period ? Number(sh.opts.period.start.slice(0, 4)) : NaN;
  const past = (j: number) => statedPast(texts[j], (clauses[read[j].i].replace(OTHER_YEAR, " ").match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? []).map(Number), start, sh.ind);
  if ("sure" in pick && past(pick.sure)) {
    const a = read[pick.sure].r;
    const b = read[k].r;
    b.score = a.score = Math.max(a.score, b.score);
    b.score += 0.01;
    return;
  }
  if ("sure" in pick) {
    const a = read[pick.sure].r;
    for (const x of read) if (x.r !== a) a.score = Math.max(a.score, x.r.score + CLAUSE_DECIDES);
    return;
  }
  const a = read[pick.ask[0]].r;
  const b = read[pick.ask[1]].r;
  a.score = b.score = Math.max(a.score, b.score);
  a.score += 0.01;
}

function sameRule(a: Reading, b: Reading): boolean {
  // Cheap refusals first (the JSON texts of two readings of different kinds or different finite figures differ).
  if (a === b) return true;
  const va = (a as { value?: unknown }).value;
  const vb = (b as { value?: unknown }).value;
  if (a.kind !== b.kind || (typeof va === "number" && typeof vb === "number" && va !== vb && Number.isFinite(va) && Number.isFinite(vb))) return false;
  return sameJson(a, b, "subject");
}

const UPPER = /\p{Lu}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The clauses of a pasted sentence, in one pass: cut at ";", a line break, "trong đó" (a sub-target follows), and a
 * sentence end (".", "!", "?" after a word, then a capital letter; "1. Tỷ lệ" is a list number, not an end).
 */
function splitClauses(s: string, seen: number, subs?: Set<number>, low = s.toLowerCase()): string[] {
  const out: string[] = [];
  let from = 0;
  // Whether "trong đó" occurs at all, looked up once rather than at every space (and only where scanWhole saw an "đ").
  // ("…từ 80% trở lên. Trong đó, tỷ lệ … từ 90% trở lên": a sentence opening with "Trong đó" is a part of the one before.)
  const sub = (seen & D_BAR) !== 0 && low.includes("trong đó");
  // Most targets are one clause: with none of the cut marks anywhere (scanWhole's CUTS), the loop below would cut nothing.
  if (!sub && (seen & CUTS) === 0) {
    pushClause(out, s, from, s.length);
    return out;
  }
  for (let i = 0; i < s.length && out.length < MAX_CLAUSES; i++) {
    const c = s.charCodeAt(i);
    if (c === 59 /* ; */ || c === 10 || c === 13) {
      pushClause(out, s, from, i);
      from = i + 1;
    } else if (c === 32 && sub && low.startsWith("trong đó", i + 1) && (i + 9 >= s.length || s[i + 9] === " " || s[i + 9] === ":" || s[i + 9] === ",")) {
      pushClause(out, s, from, i);
      subs?.add(out.length);
      from = i + 9 + (s[i + 9] === ":" || s[i + 9] === "," ? 1 : 0);
      i = from - 1;
    } else if ((c === 46 || c === 33 || c === 63) && s.charCodeAt(i + 1) === 32 && i > 0 && !/[\d\s]/u.test(s[i - 1]) && UPPER.test(s[i + 2] || "")) {
      pushClause(out, s, from, i + 1);
      from = i + 2;
    }
  }
  if (out.length < MAX_CLAUSES) pushClause(out, s, from, s.length);
  return out;
}

/** Adds `s[from..to)`, trimmed, to the clauses when it holds a letter or digit. */
function pushClause(out: string[], s: string, from: number, to: number): void {
  const part = s.slice(from, to).trim();
  if (part && WORDLIKE.test(part)) out.push(part);
}

function result(rule: Reading, text: string, warnings: Warning[], runnerUp: Reading | null, signals: Signal[] = [], rivals: Reading[] = []): ParseResult {
  // The rule is this parse's own object (made by the resolver): add the text in place.
  const r = rule as Rule;
  r.text = text;
  // The rivals (parts chosen between by position alone), apart from the rule and its runner-up, which is the first of
  // them when the reader has none.
  const own = rivals.filter((x) => !sameRule(x, rule) && !(runnerUp && sameRule(x, runnerUp)));
  // (A part measured otherwise, or saying none, is no runner-up: a figure's own unit tells it apart; it stays a rival.)
  const k = runnerUp ? -1 : own.findIndex((x) => !apartByUnit(rule, x));
  if (k >= 0) runnerUp = own.splice(k, 1)[0];
  // "470 trường … và hàng năm tăng từ 5 - 10% …": a change left unread beside a level stays a rival (never the runner-up),
  // so a change typed ("tăng 7%") is judged by it.
  for (const x of signals) if (rule.kind !== "change" && x.reading && x.reading.rule.kind === "change") own.push(x.reading.rule);
  if (own.length > 0) r.rivals = own;
  // The confidence gate: a part of the phrase the reader did not understand makes the rule unsure (review, naming it).
  const doubt = doubtOf(signals, warnings);
  if (doubt) r.unsure = { code: doubt.code, part: doubt.fragment };
  if (runnerUp) {
    (r as { alternative?: Reading }).alternative = runnerUp;
    return { ok: true, rule: r, warnings, runnerUp, signals };
  }
  return { ok: true, rule: r, warnings, signals };
}

/** Two readings of different thresholds measured alike (see the confidence gate's measureKey). */
/** Two thresholds a figure's own unit tells apart: both measured (a rate, a count of a named noun, a measure), unlike. */
function measuredOtherwise(a: Reading, b: Reading): boolean {
  // ("không quá 5 tiết học/ngày. Mỗi tiết học 45 phút": a count per day counts its noun, apart from minutes.)
  const key = (r: Reading) => (r.kind === "frequency" && r.noun ? `#${r.noun}` : measureKey(r));
  const ka = key(a);
  const kb = key(b);
  return ka !== null && kb !== null && ka !== "#" && kb !== "#" && ka !== "date" && kb !== "date" && !alike(ka, kb);
}


/** Two parts a figure's own unit tells apart: measured otherwise, or one saying none beside one with a figure. */
function apartByUnit(a: Reading, b: Reading): boolean {
  return measuredOtherwise(a, b) || (a.kind === "zero") !== (b.kind === "zero");
}

function alikeRules(a: Reading, b: Reading): boolean {
  const ka = measureKey(a);
  const kb = measureKey(b);
  return ka !== null && kb !== null && alike(ka, kb) && !sameRule(a, b);
}

/**
 * Other clauses read but not chosen whose threshold is measured like the chosen one's (and is not the runner-up): a
 * threshold of the same kind the reader set aside on the strength of its scores alone.
 */
function clausesUnread(rule: Reading, runner: Reading | null, others: Array<{ rule: Reading; text: string }>): Signal[] {
  const out: Signal[] = [];
  for (const o of others) if (alikeRules(rule, o.rule) && !(runner && sameRule(runner, o.rule))) out.push({ code: "clause_unread", fragment: short(o.text) });
  return out;
}

function short(s: string): string {
  const t = s.trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

const SHARE = /(\d{1,3}(?:[.,]\d+)?)\s*%/gu;
const BOUND_WORDS = /(?:ít nhất|tối thiểu|tối đa|không quá|không dưới|trở lên|trở xuống|trên|dưới|≥|≤|>|<|tăng|giảm)/u;

/**
 * "Thương mại-Dịch vụ chiếm 52%, Công nghiệp-Xây dựng chiếm 43%, Nông nghiệp chiếm 5%", "70% chi …; 15% chi …; 15%
 * hỗ trợ …": three or more plain shares adding up to a whole describe a structure or a split, not a threshold; the
 * shares as text ("52%, 43%, 5%"), or "".
 */
function distribution(s: string): string {
  // Three shares need three "%": most phrases have at most one, and are done before any lower-casing or regex.
  let percents = 0;
  for (let i = s.indexOf("%"); i >= 0 && percents < 3; i = s.indexOf("%", i + 1)) percents++;
  if (percents < 3) return "";
  const shares: string[] = [];
  let sum = 0;
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(s); m; m = SHARE.exec(s)) {
    shares.push(`${m[1]}%`);
    sum += Number(m[1].replace(",", "."));
    if (shares.length > 12) return "";
  }
  // (A bound word anywhere makes it a target after all: looked for only once the shares add up.)
  return shares.length >= 3 && Math.abs(sum - 100) <= 0.5 && !BOUND_WORDS.test(s.toLowerCase()) ? shares.join(", ") : "";
}

// "đạt 93,1% so với kế hoạch UBND tỉnh giao", "bình quân đạt 98,18%, vượt chỉ tiêu đề ra": a result set against a plan
// whose figure the phrase never gives (its figures are what was reached, no threshold), refused; not where it aims
// ("phấn đấu", "để", "sẽ" …) or gives the plan ("chỉ tiêu là 220", "(tiết kiệm 2%)"), nor "đạt 100% kế hoạch" (the
// plan itself), nor with no figure but an age and no "đã" ("giao quân đạt chỉ tiêu huyện giao"). Round 34 (noresult34).
// The plan is one somebody set ("… đề ra", "tỉnh giao", "của đề án") or ends the clause: "đạt mục tiêu giáo dục …",
// "kế hoạch vốn được giao", "chỉ tiêu được giao" name what is aimed at, and are targets. Round 35 (report35).
// An estimate of what was reached against a plan ("ước đạt 101,5% kế hoạch năm") is a report whatever the plan is
// called, and a plan set by a body named at length ("chỉ tiêu kế hoạch do Ban Chỉ đạo … giao") is one somebody set.
// Round 37 (refuse37).
// The plan may be named by its period, "vượt 231,3% chỉ tiêu năm 2020", "đạt gần 85% so với kế hoạch năm", "vượt 0,06%
// kế hoạch năm, …" (with "đã" or a figure of the result's own, see reported), and the share reached be rough,
// "gần/khoảng/hơn/trên"; a plan whose figure follows, "kế hoạch quý I/2021 (1,5 triệu tấn)", is still read. Round 44
// (phrases31).
const REPORTED = /(?<!\p{L})(?:ước (?:tính )?đạt (?:tỷ lệ )?\d[\d.,]*\s?%(?: so với)? (?:chỉ tiêu|kế hoạch|mục tiêu)()|(?:(?:đạt|vượt)|(?:đạt|(?<!%[^;]*)vượt|bằng) (?:(?:gần|khoảng|hơn|trên) )?(?:tỷ lệ )?(?!100\s?%)\d[\d.,]*\s?%)(?: so với)? (?:chỉ tiêu|kế hoạch|mục tiêu|kh(?!\p{L}))((?: kế hoạch| chỉ tiêu)?(?:(?: (?!được )[^\s.;,()]+){0,4}? (?:đề ra|giao|đặt ra)(?!\p{L})[^.;,]*| do(?: [^\s\d.;,()]+){1,10}? (?:đề ra|giao|đặt ra)(?!\p{L})[^.;,]*| của[^.;,]*|( (?:năm|quý|tháng|học kỳ)(?: học)?(?: [^\s.;,()]*\d[^\s.;,()]*)?)?(?=\s*(?:[.;,)]|$)))))/gu;
// ("cần" in "chuyên cần", diligence, is no aim: see NOT_FEE in parse/lexicon.ts on syllables of longer words.)
const AIM = "để|nhằm|phấn đấu|sẽ|(?<!chuyên )cần|phải|góp phần|quyết tâm|[bđ]ảm bảo";
const AIMS = new RegExp(`(?<!\\p{L})(?:${AIM})(?!\\p{L})|(?:chỉ tiêu|kế hoạch|mục tiêu)[^.;,\\d]{0,30} là \\d`, "u");
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)|\d+ tuổi/gu;
// Where things stand, with no aim: a rank reached ("xếp vị trí thứ 21/63", "đứng thứ 3/18"), a count as of a day or
// over a whole area ("tính đến tháng 10.2021, có 13/13 xã", "Toàn tỉnh hiện có", "cả nước đã có", "còn thiếu là
// 1.519"), a review after a while ("Qua 2 năm triển khai", "Qua đối chiếu"). Refused only with no aim word at all
// (STAND_AIMS; a plan noun counted or met, "3 mục tiêu", "vượt mức chỉ tiêu", is what was reported). Round 35 (report35).
// A whole area that "có" a count with neither "hiện" nor "đã" is a plan's own target cell as often ("Toàn huyện có 28/28
// trường đạt chuẩn quốc gia"), so it is read (the integrator, after review: holdout26 p6140 wrong again, h24 p5803 refused).
// Round 37 (refuse37): "hiện" before the area says so too, with the area's name between ("Hiện nay, toàn tỉnh Lai Châu
// có"); and a deed done, "đã" then a verb of up to four words then "được" and a count ("đã quyên góp được 140 quyển",
// "đã tuyển được 2.000"), is a result ("đã được công nhận", no verb between, is a state a target may name).
// A sentence that opens on the present, the past or the usual ("Hiện nay, …", "Những năm trước, …", "Năm học vừa qua,
// …", "Thông thường, …") describes how things are or were; with no aim word (STAND_AIMS) it sets nothing to reach.
// Round 38 (refuse38).
// Round 40 (refuse40): two more ways a sentence describes instead of aiming, refused likewise with no aim word: a
// finding opened by an inspection or a survey ("Qua kiểm tra, 4/30 bếp ăn chưa …"; only at the start, not "đạt yêu cầu
// qua kiểm tra"), and a gap to a reference the sentence never gives ("cao hơn cùng kỳ 2,3%", "thấp hơn năm học trước
// 45 cháu": read as a level it would judge 2,3% against a cell holding the level; "thấp hơn 3%", no reference, and
// "cao hơn mức 90%", the level itself, are bounds and are read). Round 41 (lexicon41, review40b M2): the reference may
// follow "so với" ("cao hơn so với cùng kỳ năm trước 2,3%", but not "so với mức 90%", the level itself) or be a whole
// area ("cao hơn toàn tỉnh 2%", "thấp hơn cả nước 1,5 điểm") or the common level ("cao hơn tỷ lệ chung 4%"); such a
// gap beside another figure is read as that level's comment (see reported). A definition ("được hiểu là") and a population
// counted then broken down ("có 46 trường, trong đó …") were tried and held back: one such clause refused the plan
// target beside it (review40b).
// In a sentence of several clauses such a clause is passed over for one that is not ("Hiện nay có 25/30 trường …; đến
// năm 2030 có 30/30 trường …" is read on its second clause, saying the first was not).
// Round 43 (findings43): a sentence opening on its result ("Kết quả cuối năm học, …", "Kết quả, …") or on a conclusion
// drawn from figures ("Như vậy, …") reports too; with no aim word in it, its later clauses (after ";") are the same
// report ("…, có 71% …; 92% … và 42% …"), so the opening governs up to the sentence's end, unless a later clause
// names its own year ("Hiện có 12 xã …; năm 2027 có 18 xã …" is read on its second clause) (with a ":" it is a
// label: a plan's "Kết quả rèn luyện: Tốt: 95-97%", a project's "Kết quả mong đợi: …"). A deadline's own words
// ("chậm/muộn nhất", beside the floors' "ít nhất", "trở lên") are aims: "Như vậy, học sinh … kết thúc năm học muộn
// nhất trước ngày 31/5" restates a rule.
const NOW_OPEN = "^\\P{L}*(?:hiện(?=,)|hiện (?:nay|tại|có|đang|mới|chỉ|vẫn|còn)|(?:(?:những|các) )?năm(?: học)? (?:trước|qua|ngoái|gần đây|vừa qua)|(?:thời gian|tháng) (?:vừa )?qua|trước đây|thông thường)(?!\\p{L})";
// ("Kết quả" opens a report bare or naming the period it reports, "Kết quả cuối năm học,", "Kết quả năm học 2022-2023,";
// a plan's heading names a kind of result instead, "Kết quả đầu ra,", "Kết quả mong đợi,", "Kết quả tuyển sinh,".)
const RESULT_OPEN = "^\\P{L}*(?:kết quả(?: [^,:;.]{0,20}(?<!\\p{L})(?:năm|học kỳ|quý|tháng|đợt)(?!\\p{L})[^,:;.]{0,20})?,(?!\\d)(?![^:]*:)|như vậy(?=,))";
const NOW = new RegExp(`${NOW_OPEN}(?![^;\\n]*(?:[;\\n]|[.!?] \\S))|${RESULT_OPEN}(?![^\\n]*(?:\\n|[.!?] \\S|; ?\\D*\\d{4}))`, "u");
const NOW_CLAUSE = new RegExp(`${NOW_OPEN}|${RESULT_OPEN}`, "u");
/** A place governed ("tỉnh", "huyện" …), which "toàn"/"cả" make the whole of (AREA), or a name follows ("tỉnh Sóc Trăng"). */
const PLACE = "(?:tỉnh|huyện|thành phố|thị xã|thị trấn|quận|xã|phường)";
const AREA = `(?:toàn|cả) (?:${PLACE}|nước|ngành|trường)`;
const STANDING = new RegExp(`(?<!\\p{L})(?:(?<=\\S )(?:xếp|đứng) (?:vị trí )?thứ \\d+|(?:tính đến(?=.*?(?<![\\d/.]|ngày )\\d+\\/(?!(?:19|20)\\d\\d)\\d+ \\p{L})|(?<!tất )${AREA}(?: \\p{L}+)? (?:hiện |đã |hiện đã )có|(?<=(?<!\\p{L})hiện(?: nay| tại)?,? )${AREA}(?: \\p{L}+){0,3} có)|đã(?: \\p{L}+){1,4} được \\d[\\d.,]*|còn thiếu là \\d[\\d.,]*|qua \\S+ (?:năm|tháng) (?:triển khai|thực hiện|hoạt động)|qua đối chiếu|(?<=^\\P{L}*)qua (?:kiểm tra|rà soát|khảo sát)|(?:cao|thấp|nhiều|ít) hơn (?:cùng|năm|bình|trung|mức(?= \\p{L})|(so với (?!mức \\d)(?=\\p{L})|${AREA}|\\p{L}+(?: \\p{L}+)? chung(?!\\p{L})))[^\\d;,]* \\d[\\d.,]* ?[%\\p{L}])`, "u");
// The words STANDING's readings start with ("xếp/đứng … thứ", "tính đến", an AREA's "toàn"/"cả", "đã", "còn thiếu",
// "qua"): a text with none of them (nine phrases in ten) is not scanned. A reading added to STANDING adds its word here.
const STANDING_WORDS = /thứ|tính đến|toàn|cả|đã|còn thiếu|qua|hơn/u;
const STAND_AIMS = new RegExp(`(?<!\\p{L})(?:${AIM}|duy trì|giữ vững|(?:đến|tới) (?:cuối |hết )?năm|vào năm|giai đoạn|ít nhất|tối thiểu|(?:chậm|muộn) nhất|dự kiến|nhiệm vụ|trở lên)(?!\\p{L})|(?<!(?:[\\d%]|đạt|vượt|mức|so với) )(?:chỉ tiêu|kế hoạch|mục tiêu)`, "u");

// A sentence opening by withdrawing a criterion, after any list mark: "Không áp dụng tiêu chí …", "Bãi bỏ …".
const BRACKETED = /\([^()]*\d[^()]*\)/u;
const WITHDRAWN = /^[\s\-+•*\d.)]*(?:(?:không (?:còn )?|thôi |ngừng )áp dụng|bãi bỏ)(?!\p{L})/u;

/** A view or a forecast among what was said: "cho rằng", "nhận định", "dự báo" (not "cho biết", "cho thấy"). */
const OPINION = /rằng|nhận|dự b/u;

/** The words of a result set against a plan it never states ("vượt chỉ tiêu đề ra") or of where things stand, or "". */
function reported(low: string, whole: string): string {
  // (Every REPORTED reading has "đạt" or "vượt" and names the plan, "chỉ tiêu", "kế hoạch" or "mục tiêu": a text without
  // them is done by a few looks.)
  if (/đạt|vượt|bằng/u.test(low) && /tiêu|hoạch|kh/u.test(low)) for (const m of low.matchAll(REPORTED)) {
    // (A result in brackets beside an aim outside them, "mục tiêu … 500.000 con (hiện chỉ đạt …, bằng 65% kế hoạch)",
    // comments on that aim; with none outside, "đạt 412,6 tỷ đồng (đạt 103,2% kế hoạch)", it is the result's own share.)
    // A figure of its own before the share in the bracket, "(hiện đạt 8.100 con, bằng 67% kế hoạch)", is such a comment too.
    const open = low.lastIndexOf("(", m.index);
    if (open > low.lastIndexOf(")", m.index) && (AIM_OUTSIDE.test(low.replace(/\([^()]*\)/gu, " ")) || /\d/u.test(low.slice(open, m.index)))) continue;
    // (A plan named by its period is one the phrase may aim at a share of, "Giải ngân … đạt 95% kế hoạch năm" (refuse37),
    // and so is a rough share, "đạt trên 95% kế hoạch": a result only where "đã" leads to the share's verb ("đã đạt", "đã
    // giải ngân đạt"; not "lao động đã qua đào tạo đạt") or after a figure of the result's own in its sentence, "là
    // 3.012, vượt 231,3% chỉ tiêu năm 2020" (a day or a year is not one; another aim after it, "…, bỏ học dưới 1%", neither). Round 44, mended by review44c.)
    if ((m[3] || / (?:gần|khoảng|hơn|trên) \d/u.test(m[0])) && !/(?<!\p{L})đã(?: \p{L}+){0,2} $/u.test(low.slice(Math.max(0, m.index - 24), m.index)) && !/\d/u.test(low.slice(Math.max(low.lastIndexOf(";", m.index), low.lastIndexOf(". ", m.index)) + 1, m.index).replace(YEARS, "").replace(/\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu, ""))) continue;
    if (!/\d/u.test((m[1] ?? m[2]).replace(YEARS, "")) && !AIMS.test(low) && /\d|(?<!\p{L})đã(?!\p{L})/u.test(low.replace(YEARS, ""))) return quote(whole, m.index, m.index + m[0].length);
  }
  // (A rank right after a label is at the start: "Thi đua: xếp thứ 3 trong cụm".)
  const from = leadLabelEnd(low);
  const t = low.slice(from);
  let s = STANDING_WORDS.test(low) ? STANDING.exec(t) : null;
  // (A gap to a reference named after "so với", an area or "chung" beside a level the sentence states, "đạt 98%, cao
  // hơn toàn tỉnh 2%", comments on that level, which is read; what STANDING finds past it still counts.)
  if (s?.[1] && /\d/u.test(t.replace(s[0], "").replace(YEARS, ""))) {
    const k = s.index + s[0].length;
    s = STANDING.exec(t.slice(k));
    if (s) s.index += k;
  }
  s ??= NOW.exec(t) ?? tally(t) ?? (/tiêu|hoạch/u.test(low) ? null : told(t));
  // (A view or a forecast is someone's even with an aim word in it, "… cho rằng … cần đạt …", "Dự báo năm tới … sẽ tăng
  // khoảng 5%": nothing tells their aim from the plan's, so it is refused too.)
  return s && (!STAND_AIMS.test(low) || OPINION.test(s[0])) ? quote(whole, from + s.index, from + s.index + s[0].length) : "";
}

// A count somebody has, part of a whole, with the share it makes worked out beside it ("toàn tỉnh có 14.520/16.921 thí
// sinh đỗ tốt nghiệp, đạt tỷ lệ 85,81%", "có … là 91.557/261.781, chiếm tỷ lệ 34,98%", "có 77/90 học sinh đoạt giải (đạt
// tỷ lệ 85,6%)"): a tally of what is, not a level to reach; a plan gives the whole reached ("28/28 trường, đạt 100%") or
// says it aims ("sẽ có … 34/95 đạt 35,8%", "đến năm 2025 có …"), and a label's "7.910 trẻ/9.232 (85,7%)" has no "có".
// The share must be the count's own, within one unit of its last decimal written (writers round and cut). Round 43 (findings43).
const TALLY = new RegExp(`(?<!\\p{L})(?:${AREA}|${PLACE}(?: \\p{L}+){0,3}) có [^;]*?(?<![\\d.,/]|ngày |tháng )(\\d[\\d.]*)(?: [^\\s\\d;,/]+){0,2} ?\\/ ?(\\d[\\d.]*)(?![\\d/])[^;%]{0,60}?(?<![\\d.,])(\\d+(?:,(\\d+))?) ?%`, "u");
/** A plan word or an aim outside a bracket, which a result in the bracket comments on. */
const AIM_OUTSIDE = new RegExp(`(?<!\\p{L})(?:mục tiêu|chỉ tiêu|kế hoạch|${AIM})(?!\\p{L})`, "u");
const count = (w: string) => Number(/^\d{1,3}(?:\.\d{3})+$/u.test(w) ? w.replace(/\./gu, "") : w.replace(",", "."));
/** How far c% is from the share a/b makes, in points. */
const share = (a: string, b: string, c: string) => Math.abs((100 * count(a)) / count(b) - count(c));
function tally(t: string): RegExpExecArray | null {
  const m = t.includes("/") && t.includes("%") ? TALLY.exec(t) : null;
  if (!m) return null;
  return count(m[1]) < count(m[2]) && share(m[1], m[2], m[3]) <= 10 ** -(m[4]?.length ?? 0) ? m : null;
}

/**
 * The words whole[a, b) for a refusal's quote, widened to the end of the word or figure they stop in ("thấp hơn bình
 * quân chung 1,5 điểm", never "… 1,5 đ"; "xếp thứ 21/63", never "… 21"), so a figure is never split (review40b M3).
 */
function quote(whole: string, a: number, b: number): string {
  return whole.slice(a, b) + /^(?:[\p{L}\p{M}\p{N}%]|[.,/](?=\d))*/u.exec(whole.slice(b))![0];
}

// A figure someone reports, finds, forecasts or judges ("Theo số liệu …", "X cho biết …", "Khảo sát cho thấy …", "Chuyên
// gia dự báo năm tới …", "Đến nay …"; not "tỷ lệ dự báo đúng"): with no aim word and no plan named, it says what is or
// may be, not what the plan sets. Round 39 (refuse39).
// A source or "đến nay" tells only the clause it opens ("Theo số liệu …, tỷ lệ … là 7%"; not "… theo báo cáo của huyện"),
// and never one past its own words that names a year or a school year ("Theo báo cáo, năm học 2026-2027 … đạt 99%") or a
// change to a level ("giảm … xuống", "tăng lên"): that is the plan's aim beside the source. Round 39 (fix39c, after review).
// A look back opened by "Qua" and a reading word ("Qua báo cáo của địa phương, có 9.938 xã …", "Qua tổng hợp, …") is such
// a source, with the same exception; "Qua đó", "Qua việc …", "Qua triển khai …" open an aim and are read. Round 41
// (phrases28b; "Qua kiểm tra/rà soát/khảo sát" stay in STANDING, refuse40).
// SAID is a view or forecast anywhere (VIEW) or a source or "đến nay" opening the text (SOURCE).
const VIEW = /(?<!\p{L})(?:cho (?:biết|rằng|thấy)|nhận định|dự báo(?:,| (?:sẽ|năm|đến|trong)))(?!\p{L})/u;
const SOURCE = /^\P{L}*(?:theo (?:số liệu|thống kê|báo cáo|khảo sát)|qua (?:báo cáo|tổng hợp|theo dõi|thống kê|sơ kết|tổng kết)|(?:tính )?đến (?:nay|thời điểm này))(?!\p{L})/u;
const SAID = (t: string) => SOURCE.test(t) || VIEW.test(t);
const AHEAD = /(?<!\p{L})(?:năm(?: học)? (?:\d|tới|sau)|(?:giảm|tăng)[^;]*? (?:xuống|lên))/u;
/** What a text (or clause) says someone told (SAID), but not a source or "đến nay" with a year or change past its words. */
function told(t: string): RegExpExecArray | null {
  // (A source opens the text, so no view can stand before it.)
  const source = SOURCE.exec(t);
  if (!source) return VIEW.exec(t);
  return AHEAD.test(t.slice(source[0].length).replace(/^[^;]*?[,:] /u, "")) ? null : source;
}
const ENDLESS = /(?<!\p{L})(?:đẩy mạnh|tăng cường|khuyến khích|giảm thiểu|hạn chế|chú trọng|quan tâm|hơn nữa)(?!\p{L})/u;
/** "Hiện có 12 trường, đến năm 2030 có 20": a clause opening on the present is cut at the comma before its aim. */
function nowThen(cl: string): string[] {
  const l = cl.toLowerCase();
  const m = NOW_CLAUSE.test(l) && STAND_AIMS.exec(l);
  // (With no aim, lastIndexOf from 0 finds no comma past the start.)
  const k = l.lastIndexOf(",", m ? m.index : 0);
  return k > 0 && /\d/u.test(l.slice(0, k)) ? [cl.slice(0, k), cl.slice(k + 1)] : [cl];
}

/** Which clauses describe how things are (NOW_OPEN, no aim), when another clause with a figure does not (so never a lone clause). */
function described(clauses: string[]): boolean[] {
  const d = clauses.map((cl) => (cl = cl.toLowerCase(), NOW_CLAUSE.test(cl) && !STAND_AIMS.test(cl)));
  return clauses.some((cl, j) => !d[j] && /\d/u.test(cl)) ? d : d.map(() => false);
}

// What scanWhole saw: a run of 16 or more digits and marks, three "%" or more, a clause mark (";", a line break, or
// ".", "!", "?" before a space), an "đ" (without one there is no "trong đó" to cut at), a digit before ":", "g" or "h"
// (maybe after a space: what CLOCK_LIKE starts with).
const LONG_RUN = 1;
const SHARES = 2;
const CUTS = 4;
const D_BAR = 8;
const CLOCKISH = 16;

/**
 * One look at every character of the whole text for the checks most phrases pass (overPrecise, distribution, the
 * clause cut): which of LONG_RUN, SHARES and CUTS can apply.
 * @example scanWhole("ít nhất 65%; 30% trường") → SHARES is not set (two "%"), CUTS is
 */
function scanWhole(s: string): number {
  let run = 0;
  let percents = 0;
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46) {
      if (++run >= 16) seen |= LONG_RUN;
      if (c === 46 && s.charCodeAt(i + 1) === 32) seen |= CUTS;
      if (c >= 48 && c <= 57) {
        const d = s.charCodeAt(s.charCodeAt(i + 1) === 32 ? i + 2 : i + 1);
        if (d === 58 || (d | 0x20) === 103 || (d | 0x20) === 104) seen |= CLOCKISH;
      }
    } else {
      run = 0;
      if (c === 37) {
        if (++percents >= 3) seen |= SHARES;
      } else if (c === 59 || c === 10 || c === 13 || ((c === 33 || c === 63) && s.charCodeAt(i + 1) === 32)) seen |= CUTS;
      else if (c === 0x111) seen |= D_BAR;
    }
  }
  return seen;
}

// One number with its thousands and decimal marks ("1.234.567,89"); a list "lớp 1,2,3,4,5" is several.
const DIGIT_RUN = /\d+(?:[.,]\d{3}(?!\d))*(?:[.,]\d+)?/gu;

/**
 * The first number with more than 15 significant digits ("ít nhất 999…9" of 400 digits), or "". A spreadsheet keeps
 * 15 digits exactly; past that the threshold is not the one written, so it is refused rather than rounded and judged.
 * @example overPrecise("ít nhất 11111111111111111111") → "11111111111111111111"
 */
function overPrecise(s: string): string {
  if (s.length < 16) return "";
  // Only a run of 16 or more digits and marks can hold such a number: one cheap look at the characters first.
  let run = 0;
  let longest = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 44 || c === 46) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  if (longest < 16) return "";
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(s); m; m = DIGIT_RUN.exec(s)) {
    if (m[0].length < 16) continue;
    // Leading zeros and the zeros that end a whole number carry no precision ("1.000.000.000.000.000.000" is exact).
    const digits = m[0].replace(/[.,]/gu, "").replace(/^0+/u, "").replace(/0+$/u, "");
    if (digits.length > 15) return m[0];
  }
  return "";
}

// "=A1+1", "=SUM(B2:B9)", "=1+1"; but "= 0" and "= 100%" are canonical targets.
// Times of day: a slot ("13h30 - 14h", "từ 7:30 đến 8 giờ") or one placed by a word ("trước 8 giờ", "lúc 14h15").
// (Not one alone: "1 giờ 30 phút", "1h30" may be how long.)
const HOUR = String.raw`\d{1,2} ?(?:h|giờ|:) ?(?:\d\d(?: ?phút)?)?(?![\p{L}/])`;
// ("6g30", "lúc 17g": a clerk's "g" after an hour is "giờ", no grams.)
const CLOCK = RegExp(`${HOUR} ?(?:-|–|đến|tới) ?${HOUR}|(?<=(?:trước|sau|lúc) )(?:${HOUR}|\\d{1,2}g(?![\\p{L}\\d]))|\\b\\d{1,2}g\\d\\d\\b`, "giu");
const CLOCK_LIKE = /\d ?(?::|giờ|[gh](?!\p{L}))/iu;
const FORMULA = /^=\s*(?:[a-z_][\w.]*\s*\(|\$?[a-z]{1,3}\$?\d+|[\d.,\s]*[+*/^])/iu;

const MAX_CLAUSES = 64;
const MAX_PARTS = 100;

const CACHE_LIMIT = 10_000;
const cache = new Map<string, ParseResult>();

/**
 * `parseTarget` with a bounded cache for repeated phrases (whole columns of one target). The result
 * is shared between callers: treat it as read-only.
 * @example parseTargetCached("≥ 65%") === parseTargetCached("≥ 65%") → true
 */
export function parseTargetCached(text: string, opts: ParseOptions = {}): ParseResult {
  if (typeof text !== "string" || text.length > 2000) return parseTarget(text, opts);
  const o = opts ?? {};
  const key = `${text}\u0000${o.indicator || ""}\u0000${o.direction || ""}\u0000${o.year ?? ""}\u0000${o.unit || ""}\u0000${o.period ? `${o.period.start}/${o.period.end}/${o.period.kind}` : ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const r = parseTarget(text, o);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, r);
  return r;
}

/** One target found in a compound statement. */
export interface StatementPart {
  /** Short name of the part ("Hoàn thành Tốt", "giải Nhất"). */
  label: string;
  /** The text parsed for this part. */
  target: string;
  result: ParseResult;
}

// Pieces of a statement: ";" and line breaks always cut; "trong đó" opens sub-targets; ", " cuts only
// between two pieces that each hold a figure (so "20 nhóm, lớp/trường" stays whole).
const HARD_CUT = /\s*;\s*|\s*\n+\s*|\s+trong đó:?\s*|(?<=[^\d\s][.!?])\s+(?=\p{Lu})/u;

/**
 * Splits a compound or distribution statement into its targets and parses each.
 * @example parseStatement("35 giải, trong đó ít nhất 2 giải Nhất, 20 giải Nhì").map((p) => p.label)
 *   → ["35 giải", "giải Nhất", "giải Nhì"]
 * @example parseStatement("Tốt: 95-97%; Chưa đạt: 0%").length → 2
 */
export function parseStatement(text: string, opts: ParseOptions = {}): StatementPart[] {
  if (typeof text !== "string") return [];
  try {
    return parseStatementUnsafe(text, opts ?? {});
  } catch {
    return [{ label: short(String(text)), target: String(text), result: parseTarget(String(text), opts) }];
  }
}

/** Whether a piece of text holds a figure that could be a threshold (not a year, date, age or code). */
function hasFigure(s: string): boolean {
  if (!/\d/u.test(s) && !/(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)/u.test(s)) return false;
  const p = prepare(s);
  const { tokens } = tokenize(p);
  claimCodes(p, tokens);
  findDates(p, tokens, {});
  claimPopulation(p, tokens);
  return tokens.some((t) => t.kind === NUM && t.role === "figure" && !t.word);
}

// The threshold phrase at either end of a part, so what is left names the part.
const LEAD_FIGURE = /^(?:(?:phấn đấu|đạt|có|ít nhất|tối thiểu|tối đa|không quá|trên|dưới|từ)\s+)*[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*%?\s*/iu;
const TAIL_FIGURE = /[\s:–-]*(?:(?:đạt|là|ít nhất|tối thiểu|trên|dưới|từ)\s+)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*%$/iu;

/**
 * A short name for a part: "Hoàn thành Tốt" for "Hoàn thành Tốt: 15-17%", "giải Nhất" for "ít nhất 2 giải Nhất";
 * the whole part when nothing but a bare noun would be left ("35 giải").
 */
function labelOf(target: string): string {
  const colon = /^([^:\d]{1,60}):\s*(?=\S)/u.exec(target);
  if (colon) return colon[1].trim();
  const t = target.slice(0, 200);
  const rest = t.replace(LEAD_FIGURE, "").replace(TAIL_FIGURE, "").trim();
  return rest && rest !== t && /\s/u.test(rest) && rest.length <= 60 ? rest : short(target);
}

function parseStatementUnsafe(text: string, opts: ParseOptions): StatementPart[] {
  // Every kind of space a space (core/spaces.ts), but a line break, which cuts the statement (HARD_CUT).
  const whole = text.normalize("NFC").replace(/[^\S\n]+/gu, " ").trim();
  if (!whole) return [];
  const pieces: string[] = [];
  let rest: string | null = null;
  // Each comma-separated bit is looked at once, and whether the piece being built holds a figure is remembered,
  // so a statement of many commas costs time linear in its length.
  outer: for (const hard of whole.split(HARD_CUT)) {
    if (rest !== null) {
      rest += `; ${hard}`;
      continue;
    }
    const bits = hard.split(", ");
    let cur = "";
    let curFig = false;
    for (let k = 0; k < bits.length; k++) {
      const b = bits[k];
      if (pieces.length >= MAX_PARTS) {
        rest = [cur, ...bits.slice(k)].filter(Boolean).join(", ");
        continue outer;
      }
      const fig = hasFigure(b);
      if (cur && curFig && fig) {
        pieces.push(cur);
        cur = b;
        curFig = fig;
      } else {
        cur = cur ? `${cur}, ${b}` : b;
        curFig ||= fig;
      }
    }
    if (cur.trim()) pieces.push(cur);
  }
  if (pieces.length > MAX_PARTS) rest = [pieces.splice(MAX_PARTS).join("; "), rest].filter((x) => x !== null).join("; ");
  const out: StatementPart[] = [];
  for (const raw of pieces) {
    const target = raw.replace(/^[\s\-+•*·–,:]+|[\s,.:]+$/gu, "");
    if (!/[\p{L}\p{N}]/u.test(target)) continue;
    const result = parseTarget(target, opts);
    if (!result.ok && !/\d/u.test(target)) continue;
    const label = labelOf(target);
    out.push({ label, target, result });
    // "14/14 phường ... mức độ 2": the share of units and the level they must reach are two checks.
    if (result.ok && result.rule.kind === "fraction") {
      const lv = /(?:mức độ|cấp độ)\s+(\d{1,2})(?![\d/])/u.exec(target.toLowerCase());
      if (lv) {
        const lt = `mức độ ${lv[1]}`;
        const sub = cleanSubject(target.slice(0, lv.index));
        const level = parseTarget(lt, opts);
        if (level.ok && level.rule.kind === "level") {
          const rule = { ...level.rule, text: target, ...(sub ? { subject: sub } : {}) };
          out.push({ label: lt, target: lt, result: { ok: true, rule, warnings: [] } });
        }
      }
    }
  }
  if (rest !== null && rest.trim() !== "") {
    const fragment = short(rest);
    out.push({
      label: fragment,
      target: rest,
      result: err("too_many_parts", fragment, `Câu có hơn ${MAX_PARTS} chỉ tiêu; phần còn lại chưa đọc`, `More than ${MAX_PARTS} targets in one statement; the rest was not read`),
    });
  }
  return out;
}

/**
 * The runner-up a level alike the best one: of three or more levels alike ("55% …, 65% … và 75% …"), the one farthest
 * from the best, so a figure between them, which the parts judge differently, is asked about rather than passed by the
 * nearer two. (A figure beyond all of them is judged alike by every part.)
 */
function farthestAlike(cands: Cand[], best: Cand, runnerUp: Cand): Cand {
  const b = best.rule;
  const r = runnerUp.rule;
  // (Bounds on the same side are alike: "xuống 8‰, … xuống dưới 10‰, … xuống dưới 15‰" is a list of ceilings.)
  if (b.kind !== "compare" || r.kind !== "compare" || sideOf(r.op) !== sideOf(b.op) || !sameUnitKind(b, r) || runnerUp.used.length === 0 || best.used.length === 0) return runnerUp;
  // Only among levels the context holds alike: one the indicator's words raised ("giải Nhì") stays the runner-up.
  // (Alike in what it counts, too: farthestBound leaves a count of another noun, another measure.)
  const pool = cands.filter((x) => x !== best && x !== runnerUp && !x.ofBase && x.used.length === 1 && !x.used.some((t) => t.depth > 0 || best.used.includes(t)) && x.score >= runnerUp.score - 0.5);
  const far = farthestBound(b, r, pool.map((x) => x.rule));
  return pool.find((x) => x.rule === far) ?? runnerUp;
}

/** -1 for an upper bound, 1 for a lower one, 0 for neither. */
const sideOf = (op: string) => (op === "<=" || op === "<" ? -1 : op === ">=" || op === ">" ? 1 : 0);

/** Among `others`, a bound on the same side and in the same unit as `read` lying farther from it than `runner`. */
function farthestBound(read: Reading, runner: Reading, others: Reading[]): Reading {
  if (read.kind !== "compare" || runner.kind !== "compare" || sideOf(read.op) !== sideOf(runner.op)) return runner;
  let pick = runner;
  for (const y of others) {
    if (y.kind === "compare" && sideOf(y.op) === sideOf(read.op) && sameJson(y.unit, read.unit) && Math.abs(y.value - read.value) > Math.abs(pick.value - read.value)) pick = y;
  }
  return pick;
}

/**
 * "có ít nhất 30% trẻ … nhà trẻ và 80% trẻ … mẫu giáo": a figure of the same kind as the threshold read, outside
 * brackets, that no reading accounts for is a threshold the reader could not place (the unexplained residue of the
 * sentence). Whatever ranked the read one first (an operator that may govern the whole list, one indicator word), the
 * residue stays the runner-up, so a figure the two would judge differently is asked about, never judged on a guess.
 * @example residue(c, cands, best) → the "80%" reading beside "ít nhất 30%"
 */
function residue(c: Ctx, cands: Cand[], best: Cand): Cand | null {
  if (!severalParts(c.opts.indicator) || !(numeric(best.rule) || best.rule.kind === "frequency") || best.used.length === 0) return null;
  let pick: Cand | null = null;
  for (const x of cands) {
    if (x === best || x.used.length === 0 || x.ofBase || !numeric(x.rule)) continue;
    if (x.used.some((t) => t.depth > 0 || best.used.includes(t))) continue;
    if (!sameMeasure(best.rule, x.rule)) continue;
    if (!pick || x.score > pick.score) pick = x;
  }
  return pick;
}

/** Whether an indicator's name lists several indicators ("Tỷ lệ hộ nghèo; hộ cận nghèo"). */
function severalParts(indicator: string | undefined): boolean {
  return READS_INDICATOR && !!indicator && indicator.includes(";");
}

/** Two threshold readings measured alike: both levels in the same unit, or both changes of the same mode and unit. */
function sameMeasure(a: Reading, b: Reading): boolean {
  if (a.kind === "change" || b.kind === "change") {
    return a.kind === "change" && b.kind === "change" && a.mode === b.mode && sameJson(a.unit, b.unit);
  }
  if (a.kind === "fraction" || b.kind === "fraction") return a.kind === b.kind;
  // ">=30 TC trong năm học và … mỗi học kỳ >=10 TC": a count per period and a count of the same noun; a plain "28 TC"
  // typed may answer either.
  if (a.kind === "frequency" || b.kind === "frequency") {
    const noun = (r: Reading) => nounOf(r)?.toLowerCase();
    return a.kind !== b.kind && !!noun(a) && noun(a) === noun(b);
  }
  return sameUnitKind(a, b);
}
