// One plain sentence per verdict, in Vietnamese or English: "Chưa đạt: 63,2% < 65% (thiếu 1,8 điểm %, cần thêm 23 trẻ)".
import { GRADE_NAMES, GRADE_SCALE, isoToVi } from "../number/cell";
import { formatNumber, formatPercent, formatPoints } from "../number/format";
import type { Lang } from "../types";
import { has, reasonOf, txt, type Facts } from "./judge/facts";
import type { Rule, Unit } from "./schema";
import { STATUS } from "./verdict";

// The judge's facts are defined in judge/facts.ts, which knows nothing of wording: explain depends on the judge's
// data, evaluate on explain, and nothing depends back on evaluate.
export { has, reasonOf, txt };

/**
 * Nouns units are counted in, with their English plural. Longer names first: "cán bộ quản lý" must win over
 * "cán bộ", "học sinh" over a later "sinh". Used for "cần thêm 23 trẻ" / "23 more children needed".
 */
const NOUNS: Array<[vi: string, plural: string, singular: string]> = [
  ["cán bộ quản lý", "managers", "manager"], ["giáo viên", "teachers", "teacher"], ["học sinh", "pupils", "pupil"],
  ["nhân viên", "staff", "staff member"], ["cơ sở giáo dục", "schools", "school"], ["nhóm lớp", "classes", "class"],
  ["nhóm, lớp", "classes", "class"], ["chuyên đề", "topics", "topic"], ["trường", "schools", "school"],
  ["phường", "wards", "ward"], ["trẻ", "children", "child"], ["lớp", "classes", "class"], ["giải", "prizes", "prize"],
  ["người", "people", "person"], ["lần", "times", "time"], ["cơ sở", "facilities", "facility"], ["đơn vị", "units", "unit"],
  ["học viên", "learners", "learner"],
];

/** The same nouns by lower-cased Vietnamese word, for English wording: [plural, singular]. */
const ENGLISH_NOUN: ReadonlyMap<string, readonly [plural: string, singular: string]> = new Map(NOUNS.map(([v, plural, one]) => [v, [plural, one]]));

/**
 * The English for a counted noun; a noun outside the list stays as written ("28/28 xã", "2 more xã needed"), since
 * a Vietnamese word the reader knows says more than none.
 * @example englishNoun("trường", 1) → "school" · englishNoun("xã") → "xã"
 */
function englishNoun(vi: string | null, count = 2): string | null {
  if (!vi) return null;
  const en = ENGLISH_NOUN.get(vi) ?? ENGLISH_NOUN.get(vi.toLowerCase());
  if (!en) return vi;
  return count === 1 ? en[1] : en[0];
}

/** The counted noun: as read from the actual or rule, else the first known noun in the rule's subject ("tỷ lệ trẻ …"). */
function nounOf(f: Facts): string | null {
  if (f.noun) return f.noun;
  const rule = f.rule;
  if (!rule) return null;
  if (rule.kind === "fraction" && rule.noun) return rule.noun;
  const src = (rule.subject ?? rule.text ?? "").toLowerCase();
  if (!src) return null;
  let best: string | null = null;
  let at = Infinity;
  for (const [v] of NOUNS) {
    const i = src.indexOf(v);
    if (i >= 0 && i < at) {
      at = i;
      best = v;
    }
  }
  return best;
}

type Kind = "percent" | "count" | "measure" | "plain";

function kindOf(unit: Unit | undefined): Kind {
  return unit ? unit.kind : "plain";
}

/** A value in its unit: "65%", "45", "10 m2/trẻ". */
function show(v: number, unit: Unit | undefined, lang: Lang, decimals = 2): string {
  switch (kindOf(unit)) {
    case "percent": return formatPercent(v, lang, decimals);
    case "measure": return `${formatNumber(v, lang, decimals)} ${(unit as { unit: string }).unit}`;
    default: return formatNumber(v, lang, decimals);
  }
}

/** Two values with enough decimals that different values never print the same ("64,999%" vs "65%"). */
function pair(a: number, t: number, unit: Unit | undefined, lang: Lang): [string, string] {
  for (let d = 2; d <= 6; d++) {
    const sa = show(a, unit, lang, d);
    const st = show(t, unit, lang, d);
    if (sa !== st || a === t) return [sa, st];
  }
  return [show(a, unit, lang, 6), show(t, unit, lang, 6)];
}

/** A difference in the unit: "1,8 điểm %" / "1.8 percentage points", "2 trường", "0,5 m2/trẻ". */
function amount(diff: number, unit: Unit | undefined, lang: Lang, noun: string | null): string {
  switch (kindOf(unit)) {
    case "percent":
      return `${fine(formatPoints, diff, lang)} ${lang === "vi" ? "điểm %" : "percentage points"}`;
    case "measure":
      return `${fine(formatNumber, Math.abs(diff), lang)} ${(unit as { unit: string }).unit}`;
    default: {
      const n = fine(formatNumber, Math.abs(diff), lang);
      const word = lang === "vi" ? noun : englishNoun(noun, Math.abs(diff));
      return word ? `${n} ${word}` : n;
    }
  }
}

/** Prints a non-zero difference with enough decimals not to show as "0" (64,999% vs 65%: "0,001 điểm %"). */
function fine(fmt: (n: number, lang: Lang, d: number) => string, n: number, lang: Lang): string {
  for (let d = 2; d < 6; d++) {
    const s = fmt(n, lang, d);
    if (n === 0 || hasNonZeroDigit(s)) return s;
  }
  return fmt(n, lang, 6);
}

function hasNonZeroDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 48 && c <= 57) return true;
  }
  return false;
}

/** The actual without a measure's unit word, which the threshold beside it already shows: "36 > 35 trẻ/nhóm lớp". */
function bare(shown: string, unit: Unit | undefined): string {
  if (unit?.kind !== "measure") return shown;
  const tail = ` ${unit.unit}`;
  return shown.endsWith(tail) ? shown.slice(0, -tail.length) : shown;
}

function rel(a: number, t: number, shownA: string, shownT: string): string {
  if (shownA === shownT || a === t) return "=";
  return a < t ? "<" : ">";
}

function needText(f: Facts, lang: Lang, up: boolean): string | null {
  if (!has(f.need)) return null;
  const noun = nounOf(f);
  const n = formatNumber(f.need, lang);
  if (lang === "vi") return `${up ? "cần thêm" : "cần giảm"} ${n}${noun ? ` ${noun}` : ""}`;
  const en = englishNoun(noun, f.need);
  return up ? `${n} more${en ? ` ${en}` : ""} needed` : `${n} fewer${en ? ` ${en}` : ""} needed`;
}

/** Gap words for a threshold comparison; `up` says which side is better. */
function gapWords(f: Facts, lang: Lang, unit: Unit | undefined, up: boolean | null, countNeed: boolean): string[] {
  const out: string[] = [];
  if (!has(f.a) || !has(f.t) || f.status === "met") return out;
  const diff = f.a - f.t;
  const noun = kindOf(unit) === "count" ? nounOf(f) : null;
  const amt = amount(diff, unit, lang, noun);
  if (f.status === "exceeded") {
    out.push(lang === "vi" ? `vượt ${amt}` : `${amt} above`);
  } else if (f.status === "not_met" || f.status === "near") {
    if (up === null) out.push(lang === "vi" ? `lệch ${amt}` : `off by ${amt}`);
    else if (up) out.push(lang === "vi" ? `thiếu ${amt}` : `${amt} short`);
    else out.push(lang === "vi" ? `vượt ngưỡng ${amt}` : `${amt} over the limit`);
    if (countNeed) {
      const nt = needText(f, lang, up ?? diff < 0);
      if (nt) out.push(nt);
    }
    if (f.status === "near") out.push(lang === "vi" ? "trong mức gần đạt" : "within the tolerance");
  }
  return out;
}

function warningWords(f: Facts, lang: Lang): string | null {
  const ws = f.warnings;
  if (!ws || ws.length === 0) return null;
  let out = lang === "vi" ? "lưu ý: " : "note: ";
  for (let i = 0; i < ws.length; i++) out += i === 0 ? ws[i].message[lang] : "; " + ws[i].message[lang];
  return out;
}

/** "Label: body (detail, detail; warnings)", leaving out empty details and the brackets when nothing is left. */
function sentence(label: string, body: string, details: string[], f: Facts, lang: Lang): string {
  let inside = "";
  for (const d of details) if (d !== "") inside = inside === "" ? d : inside + ", " + d;
  const w = warningWords(f, lang);
  if (w) inside = inside === "" ? w : inside + "; " + w;
  return inside === "" ? label + ": " + body : label + ": " + body + " (" + inside + ")";
}

function unitOf(rule: Rule): Unit | undefined {
  return "unit" in rule ? rule.unit : undefined;
}

/** A threshold with its count noun or unit: "20 trường", "65%". */
function thresholdText(shownT: string, t: number, unit: Unit | undefined, noun: string | null, lang: Lang): string {
  if (kindOf(unit) !== "count" || !noun) return shownT;
  const word = lang === "vi" ? noun : englishNoun(noun, t);
  return word ? `${shownT} ${word}` : shownT;
}

function dateText(iso: string, lang: Lang): string {
  return lang === "vi" ? isoToVi(iso) : iso;
}

/**
 * One plain sentence explaining the verdict.
 * @example explain(judgeFacts(rule("≥ 65%"), "63,2%"), "vi", "≥ 65%") → "Chưa đạt: 63,2% < 65% (thiếu 1,8 điểm %)"
 * @example same in "en" → "Not met: 63.2% < 65% (1.8 percentage points short)"
 */
export function explain(f: Facts, lang: Lang, canon: string): string {
  const label = STATUS[f.status][lang];
  const rule = f.rule;
  const why = reasonOf(f);
  if (why || !rule) {
    const reason = why ? why[lang] : lang === "vi" ? "không có chỉ tiêu" : "no target";
    // Parser messages already open with the label's words ("Không đọc được chỉ tiêu …"); do not say it twice.
    const lead = lang === "vi" ? label : "Cannot read target";
    return reason.toLowerCase().startsWith(lead.toLowerCase()) ? reason : `${label}: ${reason}`;
  }
  const target = lang === "vi" ? "chỉ tiêu" : "target";
  switch (rule.kind) {
    case "compare":
    case "frequency":
    case "reference": {
      if (!has(f.a) || !has(f.t)) return `${label}: ${canon}`;
      const unit: Unit = rule.kind === "frequency" ? { kind: "count", noun: rule.noun } : (f.unit ?? rule.unit);
      const op = rule.op;
      const [sa, st] = pair(f.a, f.t, unit, lang);
      const actual = has(f.num) && has(f.den) ? `${sa} (${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)})` : bare(sa, unit);
      // A frequency counts times ("lần"), whatever its subject names.
      const noun = rule.kind === "frequency" ? (rule.noun ?? (lang === "vi" ? "lần" : "times")) : kindOf(unit) === "count" ? nounOf(f) : null;
      const details = gapWords(f, lang, unit, op === "=" ? null : op === ">=" || op === ">", kindOf(unit) !== "count");
      if (rule.kind === "reference") details.unshift(rule.reference);
      if (f.converted && f.reading) details.unshift(lang === "vi" ? `"${txt(f.reading)}" đổi ra ${show(f.a, unit, lang)}` : `"${txt(f.reading)}" converted to ${show(f.a, unit, lang)}`);
      if (rule.kind === "compare" && rule.intent === "all") {
        const low = op === ">=" || op === ">";
        details.unshift(lang === "vi" ? `mọi đơn vị: số liệu là giá trị ${low ? "thấp" : "cao"} nhất` : `every unit: the figure is the ${low ? "lowest" : "highest"} value`);
      }
      return sentence(label, `${actual} ${rel(f.a, f.t, sa, st)} ${thresholdText(st, f.t, unit, noun, lang)}`, details, f, lang);
    }
    case "range": {
      if (!has(f.a) || !has(f.t)) return `${label}: ${canon}`;
      const [sa, st] = pair(f.a, f.t, rule.unit, lang);
      const actual = has(f.num) && has(f.den) ? `${sa} (${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)})` : bare(sa, rule.unit);
      const inside = f.status === "met" && !(rule.sense === "down" && f.a < rule.min);
      if (inside) return sentence(label, `${actual} ${lang === "vi" ? "nằm trong" : "is within"} ${canon}`, [], f, lang);
      const up = f.t === rule.min;
      const gaps = rule.sense === "down" && f.status === "met" ? [] : gapWords(f, lang, rule.unit, up, kindOf(rule.unit) !== "count");
      return sentence(label, `${actual} ${rel(f.a, f.t, sa, st)} ${st}`, [`${target} ${canon}`, ...gaps], f, lang);
    }
    case "fraction": {
      if (!has(f.a) || !has(f.t)) return `${label}: ${canon}`;
      const noun = nounOf(f);
      const word = noun ? (lang === "vi" ? noun : englishNoun(noun)) : null;
      const tt = `${formatNumber(rule.numerator, lang)}/${formatNumber(rule.denominator, lang)}${word ? ` ${word}` : ""}`;
      const [sa] = pair(f.a, f.t, { kind: "percent" }, lang);
      const actual = has(f.num) && has(f.den) ? `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}` : sa;
      const r = eqShare(f.a, f.t) ? "=" : f.a < f.t ? "<" : ">";
      const details: string[] = [];
      if (f.status === "not_met" || f.status === "near") {
        const nt = needText(f, lang, true);
        details.push(nt ?? (lang === "vi" ? `thiếu ${formatPoints(f.a - f.t, lang)} điểm %` : `${formatPoints(f.a - f.t, lang)} percentage points short`));
        if (f.status === "near") details.push(lang === "vi" ? "trong mức gần đạt" : "within the tolerance");
      }
      return sentence(label, `${actual} ${r} ${tt}`, details, f, lang);
    }
    case "level": {
      if (!has(f.a) || !has(f.t)) return `${label}: ${canon}`;
      const name = rule.scale ?? (lang === "vi" ? "mức độ" : "level");
      // Grades by name: "loại Tốt > loại Khá".
      const show = (v: number) => (rule.scale === GRADE_SCALE && GRADE_NAMES[v] ? `${name} ${GRADE_NAMES[v]}` : `${name} ${formatNumber(v, lang)}`);
      const sa = show(f.a);
      const st = show(f.t);
      return sentence(label, `${sa} ${f.a === f.t ? "=" : f.a < f.t ? "<" : ">"} ${st}`, [], f, lang);
    }
    case "rank": {
      if (!has(f.a) || !has(f.t)) return `${label}: ${canon}`;
      const places = Math.abs(f.a - f.t);
      const details: string[] = [];
      if (f.a > f.t) details.push(lang === "vi" ? `kém ${places} bậc` : `${places} place${places === 1 ? "" : "s"} behind`);
      else if (f.a < f.t && f.status === "exceeded") details.push(lang === "vi" ? `hơn ${places} bậc` : `${places} place${places === 1 ? "" : "s"} ahead`);
      if (f.status === "near") details.push(lang === "vi" ? "trong mức gần đạt" : "within the tolerance");
      const body = lang === "vi" ? `hạng ${formatNumber(f.a, lang)}, ${target} ${canon}` : `rank ${formatNumber(f.a, lang)}, ${target} ${canon}`;
      return sentence(label, body, details, f, lang);
    }
    case "change": {
      if (f.direct && has(f.a) && has(f.t)) {
        const unit = rule.unit;
        const typed = f.reading ? `"${txt(f.reading)}"` : "";
        const details = [lang === "vi" ? "mức thay đổi ghi trong ô, không so với số liệu gốc" : "the change typed in the cell, not computed from a baseline", `${target} ${canon}`];
        if ((f.status === "not_met" || f.status === "near") && rule.mode !== "any" && has(f.gap)) {
          const short = rule.mode === "percent" ? formatPercent(Math.abs(f.gap), lang) : amount(f.gap, rule.mode === "points" ? { kind: "percent" } : unit, lang, kindOf(unit) === "count" ? nounOf(f) : null);
          details.push(lang === "vi" ? `thiếu ${short}` : `${short} short`);
        }
        return sentence(label, typed, details, f, lang);
      }
      if (!has(f.a) || !has(f.b) || !has(f.t)) return `${label}: ${canon}`;
      const unit = rule.unit;
      const moved = f.a - f.b;
      const dir = moved === 0 ? (lang === "vi" ? "không đổi" : "unchanged") : moved > 0 ? (lang === "vi" ? "tăng" : "up") : lang === "vi" ? "giảm" : "down";
      const by = moved === 0 ? "" : rule.mode === "times" && f.b !== 0
        ? ` ${formatNumber(f.a / f.b, lang)} ${lang === "vi" ? "lần" : "times"}`
        : rule.mode === "percent" && f.b !== 0
        ? ` ${formatPercent(Math.abs(moved / f.b), lang)}`
        : ` ${amount(moved, unit, lang, kindOf(unit) === "count" ? nounOf(f) : null)}`;
      // "số liệu gốc"/"baseline" says the change was computed, not typed in the cell.
      const fromTo = lang === "vi" ? `từ ${show(f.b, unit, lang)} (số liệu gốc) ${moved >= 0 ? "lên" : "xuống"} ${show(f.a, unit, lang)}` : `from ${show(f.b, unit, lang)} (baseline) to ${show(f.a, unit, lang)}`;
      const details = [fromTo, `${target} ${canon}`];
      if ((f.status === "not_met" || f.status === "near") && rule.mode !== "any" && has(f.gap)) {
        const short = rule.mode === "percent" ? formatPercent(Math.abs(f.gap), lang) : rule.mode === "times" ? `${formatNumber(Math.abs(f.gap), lang)} ${lang === "vi" ? "lần" : "times"}` : amount(f.gap, unit, lang, kindOf(unit) === "count" ? nounOf(f) : null);
        details.push(lang === "vi" ? `thiếu ${short}` : `${short} short`);
      }
      if (f.status === "near") details.push(lang === "vi" ? "trong mức gần đạt" : "within the tolerance");
      return sentence(label, `${dir}${by}`, details, f, lang);
    }
    case "deadline": {
      const due = dateText(f.due ?? rule.due, lang);
      const start = f.start ?? rule.start;
      const window = start ? (start === (f.due ?? rule.due) ? (lang === "vi" ? `đúng ngày ${due}` : `on ${due}`) : lang === "vi" ? `từ ${dateText(start, lang)} đến ${due}` : `from ${dateText(start, lang)} to ${due}`) : null;
      const days = has(f.gap) ? Math.abs(f.gap) : 0;
      const dd = lang === "vi" ? `${days} ngày` : `${days} day${days === 1 ? "" : "s"}`;
      if (f.done) {
        const done = dateText(f.done, lang);
        if (window) {
          const where = f.status === "met" ? (lang === "vi" ? "trong thời gian" : "within") : f.gap < 0 ? (lang === "vi" ? `sớm ${dd} so với` : `${dd} before`) : lang === "vi" ? `trễ ${dd} so với` : `${dd} after`;
          return sentence(label, lang === "vi" ? `thực hiện ${done}, ${where} ${window}` : `done ${done}, ${where} ${window}`, [], f, lang);
        }
        if (f.status === "met") return sentence(label, lang === "vi" ? `hoàn thành ${done}, hạn ${due}` : `completed ${done}, due ${due}`, [], f, lang);
        return sentence(label, lang === "vi" ? `hoàn thành ${done}, trễ ${dd} so với hạn ${due}` : `completed ${done}, ${dd} after the due date ${due}`, [], f, lang);
      }
      if (f.status === "met") return sentence(label, lang === "vi" ? `đã hoàn thành, hạn ${due}` : `completed, due ${due}`, [], f, lang);
      if (f.status === "pending") {
        const left = days === 0 ? (lang === "vi" ? "hạn là hôm nay" : "due today") : lang === "vi" ? `còn ${dd}` : `${dd} left`;
        return sentence(label, lang === "vi" ? `chưa hoàn thành, hạn ${due}` : `not completed, due ${due}`, [left], f, lang);
      }
      return sentence(label, lang === "vi" ? `chưa hoàn thành, hạn ${due}` : `not completed, due ${due}`, [lang === "vi" ? `quá ${dd}` : `${dd} late`], f, lang);
    }
    case "zero": {
      const r = f.reading;
      const shown = has(f.a) ? (has(f.num) && has(f.den) ? `${formatNumber(f.num, lang)}/${formatNumber(f.den, lang)}` : show(f.a, rule.unit, lang)) : `"${r ? txt(r) : ""}"`;
      return sentence(label, `${shown}${has(f.a) && f.status === "not_met" ? " > 0" : ""}`, [`${target} ${canon}`], f, lang);
    }
    case "boolean":
      return sentence(label, `"${f.reading ? txt(f.reading) : ""}"`, [`${target} ${canon}`], f, lang);
    default: {
      const never: never = rule;
      return `${label}: ${String((never as { kind?: unknown }).kind)}`;
    }
  }
}

function eqShare(a: number, t: number): boolean {
  return Math.abs(a - t) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(t));
}
