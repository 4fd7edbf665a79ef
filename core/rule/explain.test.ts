// Explanations: a golden table (explain.golden.md) of every rule kind × outcome in both languages, plus rules every sentence keeps.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { evaluate } from "./evaluate";
import { amount, quantity, sentence, targetPhrase } from "./explain";
import { RULE_KINDS, type Rule, type Unit } from "./schema";
import { STATUS, type EvaluateOptions } from "./verdict";

const P: Unit = { kind: "percent" };
const count = (noun?: string): Unit => (noun ? { kind: "count", noun } : { kind: "count" });
const cmp = (op: ">=" | ">" | "<=" | "<" | "=", value: number, unit: Unit = P, extra: Partial<Rule> = {}): Rule =>
  ({ kind: "compare", op, value, unit, intent: "plain", ...extra }) as Rule;
const band = (min: number, max: number, sense: "up" | "down" | "band", unit: Unit = P): Rule => ({
  kind: "range", min, max, minInclusive: true, maxInclusive: true, unit, sense,
});
const deadline: Rule = { kind: "deadline", due: "2025-06-30" };
const window: Rule = { kind: "deadline", start: "2025-08-01", due: "2025-08-05" };
const drop: Rule = { kind: "change", direction: "decrease", mode: "points", amount: 0.015, unit: P, perYear: false, baselineLabel: "đầu năm" };
const grow: Rule = { kind: "change", direction: "increase", mode: "percent", amount: 0.1, unit: count("trẻ"), perYear: false };
const anyRise: Rule = { kind: "change", direction: "increase", mode: "any", unit: P, perYear: false };
const reference: Rule = { kind: "reference", op: ">", reference: "trung bình chung Thành phố", unit: P };
const topics: Rule = { kind: "frequency", op: ">=", count: 1, noun: "chuyên đề", period: "year" };
const cycle: Rule = { kind: "level", level: 1, scale: "chu kỳ" };

/** One case: the rule, the cell as typed, the options, and what the case shows (the golden table's second column). */
type Row = [rule: Rule, actual: CellValue, opts: EvaluateOptions, what: string];

/** Every rule kind × the outcomes it can have. A new case is one line. */
const ROWS: Row[] = [
  [cmp(">=", 0.65), "63,2%", {}, "short of a lower bound"],
  [cmp(">=", 0.65), "65%", {}, "exactly at a lower bound"],
  [cmp(">=", 0.65), "70%", {}, "above a lower bound"],
  [cmp(">=", 0.65), "63,2%", { tolerance: 0.05 }, "short, within the tolerance"],
  [cmp(">=", 0.9, P, { subject: "tỷ lệ trẻ đến trường" }), "7.910/9.232", {}, "a rate typed as a count pair: children still needed"],
  [cmp(">=", 0.65), "64,999%", {}, "a tiny gap still shows"],
  [cmp(">", 0.75), "75%", {}, "exactly at a strict lower bound"],
  [cmp("<", 0.03), "3,5%", {}, "over an upper bound"],
  [cmp("<", 0.03), "2%", {}, "under an upper bound"],
  [cmp("<", 20, count("trường")), 20, {}, "exactly at a strict upper bound"],
  [cmp("<=", 45, count("lớp")), 47, {}, "a count over its limit"],
  [cmp(">=", 20, count("trường")), 19, {}, "a count one short"],
  [cmp(">=", 5, count("điểm trường")), 3, {}, "a noun with no English"],
  [cmp(">=", 10, { kind: "measure", unit: "m2/trẻ" }), 9.5, {}, "a measure short"],
  [cmp("=", 100, count("trẻ")), 98, {}, "an exact count missed"],
  [cmp(">=", 0.98, P, { intent: "maintain" }), "99%", {}, "a level to keep"],
  [cmp(">=", 5, { kind: "measure", unit: "điểm" }, { intent: "all" }), 4.5, {}, "every unit: the lowest one judged"],
  [cmp("<=", 0.012), 0.5, {}, "a plain number, two readings"],
  [cmp(">=", 0.9), "102%", {}, "a rate above 100%"],
  [band(0.55, 0.6, "band"), "57%", {}, "inside a band"],
  [band(0.55, 0.6, "band"), "50%", {}, "below a band"],
  [band(0.55, 0.6, "band"), "62%", {}, "above a band"],
  [band(0.71, 0.72, "up"), "71,61%", {}, "inside a good outcome's band"],
  [band(0.55, 0.6, "up"), "65%", {}, "above a good outcome's band"],
  [band(0.001, 0.002, "down"), "0,05%", {}, "below a bad outcome's band"],
  [band(30, 35, "band", { kind: "measure", unit: "trẻ/nhóm lớp" }), 36, {}, "a measure over its band"],
  [{ kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }, "26/28", {}, "a share short"],
  [{ kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }, 28, {}, "a share met by a count"],
  [{ kind: "fraction", numerator: 14, denominator: 14, noun: "phường" }, "13/14", {}, "one ward short"],
  [{ kind: "fraction", numerator: 15, denominator: 15, noun: "xã" }, "13/15", {}, "a noun with no English"],
  [{ kind: "fraction", numerator: 28, denominator: 28 }, "90%", {}, "a share typed as a percent"],
  [{ kind: "level", level: 3 }, "mức độ 2", {}, "a level below"],
  [{ kind: "level", level: 3 }, "mức độ 3", {}, "a level reached"],
  [{ kind: "level", level: 5.5, scale: "IELTS" }, "IELTS 6.5", {}, "a level above"],
  [cycle, 0, {}, "nothing reached yet"],
  [{ kind: "rank", rank: 6, of: 30, top: false }, 8, {}, "a rank behind"],
  [{ kind: "rank", rank: 6, of: 30, top: false }, "hạng 5", {}, "a rank ahead"],
  [{ kind: "rank", rank: 5, top: true }, 3, {}, "inside the top"],
  [drop, "3,8%", { baseline: "5%" }, "a fall short of its target"],
  [drop, "3,5%", { baseline: "5%" }, "a fall that meets its target"],
  [drop, "3,8%", {}, "no baseline"],
  [anyRise, "6,5%", { baseline: "6,5%" }, "no change at all"],
  [grow, 105, { baseline: 100 }, "a rise short, in percent"],
  [{ kind: "change", direction: "increase", mode: "times", amount: 1.5, unit: count("trẻ"), perYear: false }, 140, { baseline: 100 }, "a rise short, in times"],
  [{ kind: "change", direction: "increase", mode: "absolute", amount: 15, unit: count("trẻ"), perYear: false }, "thêm 12 trẻ", {}, "the change typed in the cell"],
  [reference, "92%", { reference: "90%" }, "above the reference"],
  [reference, "88%", { reference: "90%" }, "below the reference"],
  [reference, "92%", {}, "no reference value"],
  [topics, 0, {}, "none held"],
  [topics, 1, {}, "held once"],
  [{ kind: "frequency", op: ">=", count: 1, noun: "lần", period: "quarter" }, "2 lần", {}, "more often than asked"],
  [deadline, "", { asOf: "2025-06-20" }, "not done, days left"],
  [deadline, "", { asOf: "2025-06-30" }, "not done, due today"],
  [deadline, "", { asOf: "2025-07-01" }, "not done, overdue"],
  [deadline, "15/06/2025", { asOf: "2025-07-01" }, "done on time"],
  [deadline, "10/07/2025", { asOf: "2025-08-01" }, "done late"],
  [deadline, "x", { asOf: "2025-08-01" }, "done, no date"],
  [window, "03/08/2025", { asOf: "2025-09-01" }, "done inside a window"],
  [window, "20/07/2025", { asOf: "2025-09-01" }, "done before a window"],
  [{ kind: "zero", unit: count("vụ") }, 0, {}, "none, as asked"],
  [{ kind: "zero", unit: count("vụ") }, 2, {}, "some, where none is asked"],
  [{ kind: "zero", unit: count() }, "Không", {}, "none, in words"],
  [{ kind: "boolean", statement: "công nhận đạt chuẩn" }, "Đạt", {}, "yes"],
  [{ kind: "boolean", statement: "công nhận đạt chuẩn" }, "Chưa", {}, "no"],
  [cmp(">=", 0.65), "", {}, "an empty cell"],
  [cmp(">=", 0.65), "—", {}, "a dash"],
  [cmp(">=", 0.65), { error: "#N/A" }, {}, "#N/A"],
  [cmp(">=", 0.65), "#DIV/0!", {}, "an error value"],
  [cmp(">=", 0.65), "abc", {}, "text that is no figure"],
  [cmp(">=", 0.65), "15/14", {}, "a pair above its whole"],
  [cmp(">=", 20, count("trường")), "80%", {}, "a rate where a count is asked"],
];

const LANGS = ["vi", "en"] as const;

/** The golden table: one row per case, the verdict's sentence in each language. */
function goldenTable(): string {
  const cell = (s: string) => s.replaceAll("|", "\\|");
  const lines = [
    "# Explanations: every rule kind × outcome",
    "",
    "Generated by `core/rule/explain.test.ts`; regenerate with `npx vitest run core/rule/explain.test.ts -u` and read the diff.",
    "",
    "| kind | case | cell | Tiếng Việt | English |",
    "|---|---|---|---|---|",
  ];
  for (const [rule, actual, opts, what] of ROWS) {
    const [vi, en] = LANGS.map((lang) => evaluate(rule, actual, { ...opts, lang }).explanation);
    lines.push(`| ${rule.kind} | ${cell(what)} | ${cell(JSON.stringify(actual))} | ${cell(vi)} | ${cell(en)} |`);
  }
  return lines.join("\n") + "\n";
}

/** Words no clerk should read: operators, software markers, ISO dates, empty values, tautologies. */
const NEVER: Array<[name: string, pattern: RegExp]> = [
  ["a comparison sign between figures", /\d\S* [<>=≥≤] \S/u],
  ["an ISO date", /\b\d{4}-\d{2}-\d{2}\b/u],
  ["a program value", /\b(undefined|null|NaN|Infinity)\b|\[object/u],
  ["a zero gap", /(thiếu|vượt ngưỡng|vượt|cần thêm|cần giảm) 0 |\b0 (percentage points|more|fewer)\b/u],
  ["the same gap said twice", /(thiếu|cần thêm) (\S+ \S+).*(thiếu|cần thêm) \2/u],
  ["a change from a figure to itself", /từ (\S+) (lên|xuống) \1|from (\S+) to \3\b/u],
  ["a level zero", /(chu kỳ|mức độ|level) 0\b/u],
  ["the label's words repeated", /^Chưa có số liệu: .*chưa có số liệu/u],
  ["a bracket inside a bracket", /\([^)]*\(/u],
];

describe("explain", () => {
  it("matches the golden table (every rule kind × outcome, vi and en)", async () => {
    await expect(goldenTable()).toMatchFileSnapshot("./explain.golden.md");
  });

  it("has a golden case for every rule kind", () => {
    const kinds = new Set(ROWS.map((r) => r[0].kind));
    for (const k of RULE_KINDS) expect(kinds.has(k), k).toBe(true);
  });

  it.each(ROWS.map((r, i) => [i, ...r] as const))("row %i (%s): one plain sentence in each language", (_i, rule, actual, opts) => {
    const v = evaluate(rule, actual, { ...opts, lang: "vi" });
    const e = evaluate(rule, actual, { ...opts, lang: "en" });
    expect(v.explanations).toEqual({ vi: v.explanation, en: e.explanation });
    for (const [lang, text, label] of [["vi", v.explanation, v.label], ["en", e.explanation, e.label]] as const) {
      expect(text.startsWith(`${label}: `) || text === label, `${lang}: ${text}`).toBe(true);
      for (const [name, re] of NEVER) expect(re.test(text), `${lang} has ${name}: ${text}`).toBe(false);
      expect(text.includes("\n"), text).toBe(false);
    }
  });

  /** The sentences issue 12 quoted, and what each now says. */
  const QUOTED: Array<[rule: Rule, actual: CellValue, opts: EvaluateOptions, vi: string]> = [
    [band(0.71, 0.72, "up"), "71,61%", {}, "Đạt: 71,61%, chỉ tiêu từ 71% đến 72%"],
    [cycle, 0, {}, "Chưa đạt: chưa có chu kỳ nào, chỉ tiêu chu kỳ 1 trở lên"],
    [anyRise, "6,5%", { baseline: "6,5%" }, "Chưa đạt: không đổi, vẫn 6,5%, chỉ tiêu tăng"],
    [topics, 0, {}, "Chưa đạt: 0 chuyên đề, chỉ tiêu ít nhất 1 chuyên đề/năm, thiếu 1 chuyên đề"],
    [cmp("<", 20, count("trường")), 20, {}, "Chưa đạt: 20 trường, chỉ tiêu dưới 20 trường, bằng đúng ngưỡng"],
    [cmp(">=", 0.65), "", {}, "Chưa có số liệu: ô còn trống"],
  ];
  it.each(QUOTED)("says %j with %j plainly", (rule, actual, opts, vi) => {
    expect(evaluate(rule, actual, { ...opts, lang: "vi" }).explanation).toBe(vi);
  });

  it("starts an unreadable target's sentence with the part that could not be read", () => {
    const v = evaluate("xyz không rõ", 1);
    expect(v.status).toBe("unreadable");
    expect(v.explanation).toContain("xyz");
    expect(v.canonical).toBe("");
  });

  it("keeps its sentence pieces callable for the live-formula compiler", () => {
    expect(targetPhrase(cmp(">=", 0.65), "vi")).toBe("ít nhất 65%");
    expect(targetPhrase(cmp("<=", 45, count("lớp")), "en")).toBe("at most 45 classes");
    expect(quantity(0.65, P, "en")).toBe("65%");
    expect(amount(-0.018, P, "vi", null)).toBe("1,8 điểm %");
    expect(sentence(STATUS.not_met.vi, ["63,2%", "", "chỉ tiêu ít nhất 65%"], "", "vi")).toBe("Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%");
  });
});
