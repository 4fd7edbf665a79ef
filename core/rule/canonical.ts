// Canonical printer: every rule back to one short text in Vietnamese or English that parses to the same rule.
import type { Lang } from "../types";
import { GRADE_NAMES, GRADE_SCALE, yearlessToVi } from "../number/cell";
import { roundFloat } from "../number/parse";
import type { Op, Reading, Rule, Unit } from "./schema";
import { OPEN_END } from "./open-end";

const SYMBOL: Record<Op, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/**
 * A number as canonical text. Vietnamese: "7.910", "1,2". English: "7910", "1.2" (no grouping, so the
 * Vietnamese reader cannot take a grouping comma for a decimal mark). An English decimal with exactly
 * three digits after the point gets a fourth ("1.1250"), because "1.125" reads as 1125 in Vietnamese.
 * @example canonicalNumber(7910, "vi") → "7.910" · canonicalNumber(0.5, "en") → "0.5"
 */
export function canonicalNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const v = roundFloat(n);
  const neg = v < 0;
  const abs = Math.abs(v);
  let [int, frac = ""] = abs.toFixed(6).split(".");
  frac = frac.replace(/0+$/u, "");
  if (abs >= 1e15) [int, frac] = [String(Math.round(abs)), ""];
  if (lang === "vi") {
    const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/gu, ".") : int;
    return `${neg ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
  }
  if (frac.length === 3 && int !== "0") frac += "0";
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

function amount(value: number, unit: Unit, lang: Lang): string {
  switch (unit.kind) {
    case "percent":
      return `${canonicalNumber(roundFloat(value * 100), lang)}%`;
    case "count":
      return canonicalNumber(value, lang) + (unit.noun ? ` ${unit.noun}` : "");
    case "measure":
      return `${canonicalNumber(value, lang)} ${unit.unit}`;
  }
}

/** A frequency's period in [Vietnamese, English]; the explanations take it too (explain.ts). */
export const PERIOD: Record<Extract<Reading, { kind: "frequency" }>["period"], [string, string]> = {
  day: ["ngày", "day"],
  week: ["tuần", "week"],
  month: ["tháng", "month"],
  quarter: ["quý", "quarter"],
  semester: ["học kỳ", "semester"],
  year: ["năm", "year"],
  schoolYear: ["năm học", "school year"],
};

function vn(lang: Lang, vi: string, en: string): string {
  return lang === "vi" ? vi : en;
}

/** "30/06/2025"; a yearless "--04-29" prints as "29/04" (and reads back yearless). */
function viDate(iso: string): string {
  if (iso.startsWith("--")) return yearlessToVi(iso);
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function enDate(iso: string): string {
  return iso.startsWith("--") ? yearlessToVi(iso) : iso;
}

/**
 * Prints a rule as short canonical text; `parseTarget` reads it back to the same rule.
 * @example canonical({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }) → "≥ 65%"
 * @example canonical({ kind: "range", min: 0.55, max: 0.6, minInclusive: true, maxInclusive: true, unit: { kind: "percent" }, sense: "band" }) → "55–60%"
 * @example canonical({ kind: "deadline", due: "2025-06-30" }, "en") → "due 2025-06-30"
 */
export function canonical(rule: Rule, lang: Lang = "vi"): string {
  const main = canonicalReading(rule, lang);
  // A runner-up reading the reader could not rule out: "≥ 12 trường (hay: ≥ 7,1%)".
  // Parts chosen between by position alone follow it: "≥ 20% (hay: ≥ 15% hay ≥ 10%)".
  const or = vn(lang, "hay", "or");
  const both = rule.alternative ? `${main} (${or}: ${[rule.alternative].concat(rule.rivals || []).map((x) => canonicalReading(x, lang)).join(` ${or} `)})` : main;
  // A part the reader did not understand (the confidence gate): "≤ 8% (cần xem lại: 8%)"; read back as unsure.
  if (rule.unsure) return `${both} (${vn(lang, "cần xem lại", "check")}: ${rule.unsure.part.replace(/[()]/gu, " ").replace(/\s+/gu, " ").trim()})`;
  return both;
}

function canonicalReading(rule: Rule | Reading, lang: Lang): string {
  switch (rule.kind) {
    case "compare": {
      // "duy trì ổn định ở mức X": a level to hold, marked last so the text reads back as one ("≥ 12.000 ha (giữ ổn định)").
      const s = compareText(rule, lang);
      return rule.hold ? `${s} ${vn(lang, "(giữ ổn định)", "(hold)")}` : s;
    }
    case "range": {
      const inclusive = rule.minInclusive && rule.maxInclusive;
      let base: string;
      if (inclusive && rule.unit.kind === "percent") {
        base = `${canonicalNumber(roundFloat(rule.min * 100), lang)}–${canonicalNumber(roundFloat(rule.max * 100), lang)}%`;
      } else if (inclusive) {
        base = `${canonicalNumber(rule.min, lang)}–${amount(rule.max, rule.unit, lang)}`;
      } else {
        const lo = `${rule.minInclusive ? "≥" : ">"} ${amount(rule.min, rule.unit, lang)}`;
        const hi = `${rule.maxInclusive ? "≤" : "<"} ${amount(rule.max, rule.unit, lang)}`;
        base = `${lo} ${vn(lang, "và", "and")} ${hi}`;
      }
      const rough = rule.about ? ` ${vn(lang, "(khoảng)", "(about)")}` : "";
      if (rule.sense === "up") return `${base} ${vn(lang, "(cao hơn là Vượt)", "(above is exceeded)")}${rough}`;
      if (rule.sense === "down") return `${base} ${vn(lang, "(thấp hơn vẫn đạt)", "(lower is fine)")}${rough}`;
      return `${base}${rough}`;
    }
    case "fraction":
      return `${canonicalNumber(rule.numerator, lang)}/${canonicalNumber(rule.denominator, lang)}${rule.noun ? ` ${rule.noun}` : ""}`;
    case "level":
      // A grade prints its name: "loại ≥ Khá" (read back by the reader's grade words).
      if (rule.scale === GRADE_SCALE && Number.isInteger(rule.level) && GRADE_NAMES[rule.level]) return `loại ≥ ${GRADE_NAMES[rule.level]}`;
      return `${rule.scale ?? vn(lang, "mức độ", "level")} ≥ ${canonicalNumber(rule.level, lang)}`;
    case "rank": {
      if (rule.top) return `top ${canonicalNumber(rule.rank, lang)}${rule.field ? ` ${rule.field}` : ""}`;
      const of = rule.of !== undefined ? `/${canonicalNumber(rule.of, lang)}` : "";
      // A band of places: "hạng 5–8/30".
      if (rule.best !== undefined && rule.best < rule.rank) {
        return `${vn(lang, "hạng", "rank")} ${canonicalNumber(rule.best, lang)}–${canonicalNumber(rule.rank, lang)}${of}${rule.field ? ` ${rule.field}` : ""}`;
      }
      return `${vn(lang, "hạng", "rank")} ≤ ${canonicalNumber(rule.rank, lang)}${of}${rule.field ? ` ${rule.field}` : ""}`;
    }
    case "change": {
      const parts = [vn(lang, rule.direction === "increase" ? "tăng" : "giảm", rule.direction)];
      if (rule.mode !== "any" && rule.amount !== undefined && rule.amountMax !== undefined) {
        // A band of changes: "giảm 1–1,5 điểm %".
        const lo = rule.mode === "absolute" ? canonicalNumber(rule.amount, lang) : canonicalNumber(roundFloat(rule.amount * 100), lang);
        const hi = rule.mode === "absolute" ? amount(rule.amountMax, rule.unit.kind === "percent" ? { kind: "count" } : rule.unit, lang) : canonicalNumber(roundFloat(rule.amountMax * 100), lang);
        parts.push(rule.mode === "points" ? `${lo}–${hi} ${vn(lang, "điểm %", "pp")}` : rule.mode === "percent" ? `${lo}–${hi}%` : `${lo}–${hi}`);
      } else if (rule.mode !== "any" && rule.amount !== undefined) {
        if (rule.mode === "points") parts.push(`≥ ${canonicalNumber(roundFloat(rule.amount * 100), lang)} ${vn(lang, "điểm %", "pp")}`);
        else if (rule.mode === "percent") parts.push(`≥ ${canonicalNumber(roundFloat(rule.amount * 100), lang)}%`);
        else if (rule.mode === "times") parts.push(`≥ ${canonicalNumber(rule.amount, lang)} ${vn(lang, "lần", "times")}`);
        else parts.push(`≥ ${amount(rule.amount, rule.unit.kind === "percent" ? { kind: "count" } : rule.unit, lang)}`);
      }
      if (rule.perYear) parts.push(vn(lang, "mỗi năm", "per year"));
      if (rule.baselineLabel) parts.push(`${vn(lang, "so với", "vs")} ${rule.baselineLabel}`);
      return parts.join(" ");
    }
    case "reference":
      return `${SYMBOL[rule.op]} ${rule.reference}`;
    case "frequency": {
      const noun = rule.noun ?? vn(lang, "lần", "times");
      const per = rule.per ? `/${rule.per}` : "";
      return `${SYMBOL[rule.op]} ${canonicalNumber(rule.count, lang)} ${noun}${per}/${PERIOD[rule.period][lang === "vi" ? 0 : 1]}`;
    }
    case "deadline": {
      // One exact day: "vào ngày 20/11/2025"; not before a day: "sớm nhất ngày 22/08/2025"; a window that may not start
      // early: "bắt đầu từ 01/09/2025, hạn chót 31/12/2025".
      if (rule.notBefore && rule.start && rule.due !== OPEN_END) {
        return lang === "vi" ? `bắt đầu từ ${viDate(rule.start)}, hạn chót ${viDate(rule.due)}` : `not before ${enDate(rule.start)}, due ${enDate(rule.due)}`;
      }
      if (rule.start === rule.due) return lang === "vi" ? `vào ngày ${viDate(rule.due)}` : `on ${enDate(rule.due)}`;
      if (rule.due === OPEN_END && rule.start) return lang === "vi" ? `sớm nhất ngày ${viDate(rule.start)}` : `not before ${enDate(rule.start)}`;
      const due = lang === "vi" ? `hạn chót ${viDate(rule.due)}` : `due ${enDate(rule.due)}`;
      if (!rule.start) return due;
      return lang === "vi" ? `từ ${viDate(rule.start)}, ${due}` : `from ${enDate(rule.start)}, ${due}`;
    }
    case "zero": {
      const u = rule.unit;
      const tail = u.kind === "percent" ? "%" : u.kind === "count" ? (u.noun ? ` ${u.noun}` : "") : ` ${u.unit}`;
      return `= 0${tail}`;
    }
    case "boolean":
      return `${vn(lang, "có/không", "yes/no")}${rule.statement ? ` — ${rule.statement}` : ""}`;
  }
}

/** A comparison and the intent the reader gave it, as canonical() prints it. */
function compareText(rule: Reading & { kind: "compare" }, lang: Lang): string {
  const base = `${SYMBOL[rule.op]} ${amount(rule.value, rule.unit, lang)}`;
  if (rule.intent === "reduce") return `${base} ${vn(lang, "(giảm)", "(reduce)")}`;
  if (rule.intent === "maintain") return `${base} ${vn(lang, "(duy trì)", "(maintain)")}`;
  if (rule.intent === "all") return `${base} ${vn(lang, "(tất cả)", "(all)")}`;
  if (rule.intent === "about") return `${base} ${vn(lang, "(khoảng)", "(about)")}`;
  if (rule.intent === "change") {
    // The verb the cap bounds, kept so the text reads back the same ("giảm ≤ 10% (mức thay đổi)").
    const verbs = [...` ${rule.text ?? ""} `.toLowerCase().matchAll(/(?<=\s)(tăng|giảm|increase|decrease)(?=\s)/gu)];
    const v = verbs.length ? verbs[verbs.length - 1][1] : "";
    const dir = v ? (v === "giảm" || v === "decrease" ? vn(lang, "giảm ", "decrease ") : vn(lang, "tăng ", "increase ")) : "";
    return `${dir}${base} ${vn(lang, "(mức thay đổi)", "(change)")}`;
  }
  return base;
}
