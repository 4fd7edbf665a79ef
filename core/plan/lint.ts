// Plan linter: finds inconsistencies inside one plan (its own numbers disagreeing with each other), each with a location and a sentence.
import { formatNumber, formatPercent } from "../number/format";
import { scanNumbers } from "../number/parse";
import type { ParseResult } from "../rule/parse";
import { readIndicator } from "./reading";
import type { Rule } from "../rule/schema";
import type { Bilingual } from "../types";
import type { Indicator, Plan } from "./schema";

export type LintCode =
  | "duplicate-id"
  | "duplicate-task-no"
  | "unreadable-target"
  | "range-swapped"
  | "fraction-percent"
  | "distribution-sum"
  | "distribution-points"
  | "unit-count"
  | "deadline-before-plan"
  | "task-dates";

/** `error`: the plan cannot be checked as written; `warning`: the document contradicts itself; `info`: worth a look. */
export type LintSeverity = "error" | "warning" | "info";

export interface LintFinding {
  code: LintCode;
  severity: LintSeverity;
  /** JSON path of the offending field (`indicators[3].target`) and, when there is one, the indicator id or task number. */
  location: { path: string; indicator?: string; task?: string };
  message: Bilingual;
}

/** Administrative units: a plan has one count of them whatever the school level ("14 phường" everywhere). */
const ADMIN_NOUNS = new Set(["phường", "xã", "quận", "huyện", "thị trấn", "tổ dân phố"]);

const pct = (f: number, lang: "vi" | "en") => formatPercent(f, lang, 1);

function parseIndicator(plan: Plan, ind: Indicator): ParseResult {
  return readIndicator(plan, ind);
}

/** Decimals written in a percent token's text ("28,6%" → 1), to judge how close a stated percent must be. */
function decimalsOf(tokenText: string): number {
  const m = /[.,](\d+)\s*%/.exec(tokenText);
  return m ? m[1].length : 0;
}

/**
 * Fractions "N/M" in a text and the first percent stated after each (before the next ";" or fraction).
 * Dates (21/11/2019) and shares above one are skipped: they are not parts of a whole.
 */
export function fractionPercentPairs(text: string): Array<{ num: number; den: number; percent: number; decimals: number; text: string }> {
  const out: Array<{ num: number; den: number; percent: number; decimals: number; text: string }> = [];
  const toks = scanNumbers(text);
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (a.percent || b.percent) continue;
    // "N/M" or "N trẻ/M": a slash between the two numbers, with at most a short noun before it.
    const between = text.slice(a.end, b.start);
    if (!/^\s*[\p{L}\s]{0,12}\/\s*$/u.test(between)) continue;
    // Part of a date either side ("21/11/2019"): not a share.
    if (text[b.end] === "/" || /\/\s*$/.test(text.slice(0, a.start)) || a.value > b.value || b.value <= 0) continue;
    for (let j = i + 2; j < toks.length; j++) {
      const gap = text.slice(b.end, toks[j].start);
      if (/[;]/.test(gap) || gap.length > 60) break;
      if (toks[j].percent) {
        // Keep a closing parenthesis so the excerpt reads as written: "8/28 trường (25%)".
        const end = text[toks[j].end] === ")" && text.lastIndexOf("(", toks[j].start) > a.start ? toks[j].end + 1 : toks[j].end;
        out.push({ num: a.value, den: b.value, percent: toks[j].value, decimals: decimalsOf(toks[j].text), text: text.slice(a.start, end) });
        break;
      }
      if (text.slice(toks[j].end).trimStart().startsWith("/")) break;
    }
  }
  return out;
}

/** Bounds of a percent rule's share of the whole, for distribution checks; null when the rule is not a share. */
function shareBounds(rule: Rule): { lo: number; hi: number; point?: number } | null {
  switch (rule.kind) {
    case "compare":
      if (rule.unit.kind !== "percent") return null;
      if (rule.op === ">=" || rule.op === ">") return { lo: rule.value, hi: 1, point: rule.value };
      if (rule.op === "<=" || rule.op === "<") return { lo: 0, hi: rule.value, point: rule.value };
      return { lo: rule.value, hi: rule.value, point: rule.value };
    case "range":
      if (rule.unit.kind !== "percent") return null;
      return { lo: Math.min(rule.min, rule.max), hi: Math.max(rule.min, rule.max) };
    case "zero":
      return { lo: 0, hi: 0, point: 0 };
    default:
      return null;
  }
}

/** Swapped ends written in the target text itself ("60-55%"), in case the parser reorders them. */
function swappedRangeInText(target: string): { a: number; b: number } | null {
  const toks = scanNumbers(target);
  for (let i = 0; i + 1 < toks.length; i++) {
    const between = target.slice(toks[i].end, toks[i + 1].start);
    if (/^\s*(-|–|—|đến)\s*$/u.test(between) && toks[i].value > toks[i + 1].value * (toks[i + 1].percent && !toks[i].percent ? 100 : 1)) {
      return { a: toks[i].value, b: toks[i + 1].value };
    }
  }
  return null;
}

/**
 * Finds inconsistencies inside a plan: duplicate ids, unreadable targets, swapped ranges, fractions that
 * disagree with the percent stated beside them, distributions that cannot sum to 100%, different counts
 * of the same units, deadlines before the plan's own date. Never throws.
 * @example lintPlan(plan) → [{ code: "fraction-percent", severity: "warning", location: { path: "indicators[37].target", indicator: "th.cqg-md2" },
 *   message: { vi: "8/28 = 28,6%, nhưng văn bản ghi 25%", en: "8/28 is 28.6%, but the document states 25%" } }]
 */
export function lintPlan(plan: Plan): LintFinding[] {
  const findings: LintFinding[] = [];
  const parsed = plan.indicators.map((ind) => parseIndicator(plan, ind));
  const at = (i: number, field: string) => ({ path: `indicators[${i}].${field}`, indicator: plan.indicators[i].id });

  // Duplicate ids: the second and later occurrences are the ones to rename.
  const firstIndex = new Map<string, number>();
  plan.indicators.forEach((ind, i) => {
    const first = firstIndex.get(ind.id);
    if (first === undefined) firstIndex.set(ind.id, i);
    else
      findings.push({
        code: "duplicate-id",
        severity: "error",
        location: at(i, "id"),
        message: {
          vi: `mã "${ind.id}" trùng với chỉ tiêu thứ ${first + 1} (indicators[${first}]); mỗi chỉ tiêu cần một mã riêng`,
          en: `id "${ind.id}" repeats indicators[${first}]; every indicator needs its own id`,
        },
      });
  });
  const firstTask = new Map<string, number>();
  plan.tasks.forEach((t, i) => {
    const first = firstTask.get(t.no);
    if (first === undefined) firstTask.set(t.no, i);
    else
      findings.push({
        code: "duplicate-task-no",
        severity: "warning",
        location: { path: `tasks[${i}].no`, task: t.no },
        message: { vi: `số thứ tự nhiệm vụ "${t.no}" trùng với tasks[${first}]`, en: `task number "${t.no}" repeats tasks[${first}]` },
      });
  });

  plan.indicators.forEach((ind, i) => {
    const r = parsed[i];
    if (!r.ok) {
      findings.push({
        code: "unreadable-target",
        severity: "error",
        location: at(i, "target"),
        message: r.error.message,
      });
    }
    const swapped = r.ok && r.rule.kind === "range" && r.rule.min > r.rule.max ? { a: r.rule.min, b: r.rule.max } : swappedRangeInText(ind.target);
    if (swapped) {
      findings.push({
        code: "range-swapped",
        severity: "error",
        location: at(i, "target"),
        message: {
          vi: `khoảng "${ind.target}" ghi đầu lớn trước đầu nhỏ; hãy viết từ nhỏ đến lớn`,
          en: `range "${ind.target}" puts the larger end first; write it smallest first`,
        },
      });
    }

    // Fraction vs the percent stated beside it: the target keeps the document's percent in parentheses
    // ("8/28 trường (25%)"); the quote is consulted only when the target carries no such pair.
    const pairs = fractionPercentPairs(ind.target);
    const source = pairs.length ? "target" : "quote";
    for (const p of pairs.length ? pairs : fractionPercentPairs(ind.quote ?? "")) {
      const share = p.num / p.den;
      const tolerance = 0.5 * 10 ** -(p.decimals + 2) + 1e-9;
      if (Math.abs(share - p.percent) > tolerance) {
        findings.push({
          code: "fraction-percent",
          severity: "warning",
          location: at(i, source),
          message: {
            vi: `${formatNumber(p.num)}/${formatNumber(p.den)} = ${pct(share, "vi")}, nhưng văn bản ghi ${pct(p.percent, "vi")} ("${p.text}")`,
            en: `${formatNumber(p.num, "en")}/${formatNumber(p.den, "en")} is ${pct(share, "en")}, but the document states ${pct(p.percent, "en")} ("${p.text}")`,
          },
        });
      }
    }

    if (plan.date && r.ok && r.rule.kind === "deadline" && r.rule.due < plan.date) {
      findings.push({
        code: "deadline-before-plan",
        severity: "warning",
        location: at(i, "target"),
        message: {
          vi: `hạn ${r.rule.due} ("${ind.target}") trước ngày ban hành kế hoạch ${plan.date}`,
          en: `deadline ${r.rule.due} ("${ind.target}") is before the plan's own date ${plan.date}`,
        },
      });
    }
  });

  plan.tasks.forEach((t, i) => {
    const loc = (field: string) => ({ path: `tasks[${i}].${field}`, task: t.no });
    if (t.start && t.end && t.start > t.end) {
      findings.push({
        code: "task-dates",
        severity: "error",
        location: loc("end"),
        message: { vi: `nhiệm vụ ${t.no}: ngày kết thúc ${t.end} trước ngày bắt đầu ${t.start}`, en: `task ${t.no}: end ${t.end} is before start ${t.start}` },
      });
    }
    if (plan.date && t.end && t.end < plan.date) {
      findings.push({
        code: "deadline-before-plan",
        severity: "warning",
        location: loc("end"),
        message: {
          vi: `nhiệm vụ ${t.no} kết thúc ${t.end}${t.timing ? ` ("${t.timing}")` : ""}, trước ngày ban hành kế hoạch ${plan.date}`,
          en: `task ${t.no} ends ${t.end}${t.timing ? ` ("${t.timing}")` : ""}, before the plan's own date ${plan.date}`,
        },
      });
    }
  });

  // Distributions: categories of one whole must be able to sum to 100%.
  const groups = new Map<string, number[]>();
  plan.indicators.forEach((ind, i) => {
    if (ind.distribution) groups.set(ind.distribution, [...(groups.get(ind.distribution) ?? []), i]);
  });
  for (const [key, members] of groups) {
    const bounds = members.map((i) => (parsed[i].ok ? shareBounds((parsed[i] as { rule: Rule }).rule) : null));
    if (bounds.some((b) => b === null)) continue;
    const bs = bounds as Array<{ lo: number; hi: number; point?: number }>;
    const lo = bs.reduce((s, b) => s + b.lo, 0);
    const hi = bs.reduce((s, b) => s + b.hi, 0);
    const first = members[0];
    const names = members.map((i) => plan.indicators[i].target).join(" + ");
    if (lo > 1 + 1e-9 || hi < 1 - 1e-9) {
      const over = lo > 1 + 1e-9;
      findings.push({
        code: "distribution-sum",
        severity: "error",
        location: { path: `indicators[${first}].distribution`, indicator: plan.indicators[first].id },
        message: over
          ? {
              vi: `phân bố "${key}" (${names}): các phần tối thiểu đã cộng được ${pct(lo, "vi")} > 100%`,
              en: `distribution "${key}" (${names}): the parts' minimums already sum to ${pct(lo, "en")} > 100%`,
            }
          : {
              vi: `phân bố "${key}" (${names}): các phần tối đa chỉ cộng được ${pct(hi, "vi")} < 100%`,
              en: `distribution "${key}" (${names}): the parts' maximums only sum to ${pct(hi, "en")} < 100%`,
            },
      });
    } else if (bs.every((b) => b.point !== undefined)) {
      // Every part is a single figure: they are meant to add up to the whole; allow rounding of each part to 0,05 point.
      const sum = bs.reduce((s, b) => s + (b.point ?? 0), 0);
      if (Math.abs(sum - 1) > 0.0005 * members.length + 1e-9) {
        findings.push({
          code: "distribution-points",
          severity: "warning",
          location: { path: `indicators[${first}].distribution`, indicator: plan.indicators[first].id },
          message: {
            vi: `phân bố "${key}" (${names}) cộng lại được ${pct(sum, "vi")}, không phải 100%`,
            en: `distribution "${key}" (${names}) adds up to ${pct(sum, "en")}, not 100%`,
          },
        });
      }
    }
  }

  // Unit counts: "13/13 phường" in one line and "14/14 phường" in another. Wards are counted once per
  // plan; schools only within one level and one noun ("trường" MN vs TH legitimately differ).
  const counts = new Map<string, Array<{ i: number; den: number; text: string }>>();
  plan.indicators.forEach((ind, i) => {
    const r = parsed[i];
    if (!r.ok || r.rule.kind !== "fraction" || !r.rule.noun) return;
    const noun = r.rule.noun.toLowerCase().normalize("NFC").trim();
    const admin = ADMIN_NOUNS.has(noun);
    const key = admin ? noun : `${noun}|${ind.level}`;
    counts.set(key, [...(counts.get(key) ?? []), { i, den: r.rule.denominator, text: ind.target }]);
  });
  for (const [key, list] of counts) {
    const dens = [...new Set(list.map((e) => e.den))];
    if (dens.length < 2) continue;
    const [noun, level] = key.split("|");
    const byDen = dens.map((d) => `${d} ${noun}: ${list.filter((e) => e.den === d).map((e) => plan.indicators[e.i].id).join(", ")}`).join("; ");
    const odd = list.find((e) => e.den !== list[0].den)!;
    findings.push({
      code: "unit-count",
      severity: ADMIN_NOUNS.has(noun) ? "warning" : "info",
      location: at(odd.i, "target"),
      message: {
        vi: `số ${noun}${level ? ` (${level})` : ""} không thống nhất trong kế hoạch: ${byDen}`,
        en: `the plan counts ${noun}${level ? ` (${level})` : ""} differently: ${byDen}`,
      },
    });
  }
  return findings;
}
