// Reads the real-phrase corpus tables (targets.md, targets-holdout*.md) into typed rows and names every malformed line.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The status words a check may expect (see the tables' header). */
export const CHECK_STATUSES = ["met", "exceeded", "not_met", "pending", "overdue", "no_data", "invalid", "review", "refuse"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** The class words that follow the number in an id (see the tables' header). */
export const PHRASE_CLASSES = [
  "atleast", "bare", "strict", "atmost", "reduce", "band", "fraction", "count", "level", "rank", "ratio", "duration",
  "harm", "money", "area", "numword", "population", "restated", "qualifier", "deadline", "change", "compound",
  "negation", "freq", "yesno", "refuse",
] as const;
export type PhraseClass = (typeof PHRASE_CLASSES)[number];

/**
 * The tables: the development set, the first held-out set, and a second, third, fourth and fifth held-out set gathered
 * later from other documents. The later four are loaded only by name, so a default or "all" load never shows them to
 * someone tuning a reader.
 */
export type CorpusSet = "dev" | "holdout" | "holdout2" | "holdout3" | "holdout4" | "holdout5" | "holdout6" | "holdout7" | "holdout8" | "holdout9" | "holdout10" | "holdout11" | "holdout12" | "holdout13" | "holdout14" | "holdout15" | "holdout16" | "holdout17" | "holdout18" | "holdout19" | "holdout20" | "holdout21" | "holdout22" | "holdout23" | "holdout24" | "holdout25" | "holdout26" | "holdout27" | "holdout28" | "holdout29" | "holdout30" | "holdout31" | "holdout32" | "holdout33";

/** One judged figure of a row: what the clerk typed, the context it is judged in, and the expected status. */
export interface CorpusCheck {
  /** The cell as typed ("64,9%", "Hoàn thành ngày 20/5/2025"); "" for an empty cell, written `(blank)`. */
  actual: string;
  status: CheckStatus;
  /** The date of the check (`[asOf 2025-07-01]`), ISO. */
  asOf?: string;
  /** The base-year figure as typed (`[baseline 20%]`). */
  baseline?: string;
  /** Which reading of a compound target the figure is judged against (`[part 2]`), 1-based. */
  part?: number;
}

/** One line of a table. */
export interface CorpusRow {
  id: string;
  /** The stable number of the id (p0042 → 42). */
  num: number;
  cls: PhraseClass;
  phrase: string;
  indicator: string;
  unit: string;
  period: string;
  /** The expected reading in the tables' notation, e.g. `>= 65 %` or `by 2025-06-30; >= 2 trường`. */
  expected: string;
  checks: CorpusCheck[];
  /** The whole source cell; `url` is its first word. */
  source: string;
  url: string;
  /** Which table the row came from. */
  set: CorpusSet;
  line: number;
}

/** A line that could not be read, with the id when one was found. */
export interface CorpusProblem {
  set: CorpusSet;
  line: number;
  id?: string;
  message: string;
}

export interface Corpus {
  rows: CorpusRow[];
  problems: CorpusProblem[];
}

const FILES: Record<CorpusSet, string> = {
  dev: "targets.md",
  holdout: "targets-holdout.md",
  holdout2: "targets-holdout2.md",
  holdout3: "targets-holdout3.md",
  holdout4: "targets-holdout4.md",
  holdout5: "targets-holdout5.md",
  holdout6: "targets-holdout6.md",
  holdout7: "targets-holdout7.md",
  holdout8: "targets-holdout8.md",
  holdout9: "targets-holdout9.md",
  holdout10: "targets-holdout10.md",
  holdout11: "targets-holdout11.md",
  holdout12: "targets-holdout12.md",
  holdout13: "targets-holdout13.md",
  holdout14: "targets-holdout14.md",
  holdout15: "targets-holdout15.md",
  holdout16: "targets-holdout16.md",
  holdout17: "targets-holdout17.md",
  holdout18: "targets-holdout18.md",
  holdout19: "targets-holdout19.md",
  holdout20: "targets-holdout20.md",
  holdout21: "targets-holdout21.md",
  holdout22: "targets-holdout22.md",
  holdout23: "targets-holdout23.md",
  holdout24: "targets-holdout24.md",
  holdout25: "targets-holdout25.md",
  holdout26: "targets-holdout26.md",
  holdout27: "targets-holdout27.md",
  holdout28: "targets-holdout28.md",
  holdout29: "targets-holdout29.md",
  holdout30: "targets-holdout30.md",
  holdout31: "targets-holdout31.md",
  holdout32: "targets-holdout32.md",
  holdout33: "targets-holdout33.md",
};

/** Every table by name, in the order they were gathered. */
export const CORPUS_SETS = Object.keys(FILES) as CorpusSet[];

// A number in the notation: `.` decimal mark, optional sign, optional `/N` for a fraction of units.
const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
// Every reading form of the `expected` column, one regular expression each; a reading must match one in full.
const READING_FORMS: RegExp[] = [
  new RegExp(String.raw`^(?:>=|>|<=|<|=) ${NUM}(?:/${NUM})?(?: \S.*)?$`), // compare, with an optional unit
  new RegExp(String.raw`^in [\[(]${NUM}, ${NUM}[\])](?: \S.*)?$`), // band
  // a numbered level, a CEFR level (B2), or a named grade on a known scale (Khá, Nhì, Hoàn thành tốt)
  new RegExp(String.raw`^level (?:>=|=|<=) (?:${NUM}|[ABC][12]|\p{Lu}\p{Ll}*(?: \p{Ll}+)*)$`, "u"),
  new RegExp(String.raw`^rank (?:<=|=) ${NUM}(?: of ${NUM})?$`),
  new RegExp(String.raw`^rank in \[${NUM}, ${NUM}\](?: of ${NUM})?$`),
  // absolute or relative change, any increase/decrease, a band of changes, or a multiple (`x1.5` = "tăng 1,5 lần")
  new RegExp(String.raw`^change (?:[+-]${NUM}|[+-] any|in \[${NUM}, ${NUM}\]|x${NUM})(?: \S.*)?$`),
  new RegExp(String.raw`^(?:by|from|on) ${DATE}$`),
  new RegExp(String.raw`^window ${DATE}\.\.${DATE}$`),
  new RegExp(String.raw`^freq (?:>=|=|<=) ${NUM} per \S.*$`),
  new RegExp(String.raw`^all (?:>=|>|<=|<) ${NUM}(?: \S.*)?$`),
  new RegExp(String.raw`^about ${NUM}(?: \S.*)?$`),
  new RegExp(String.raw`^hold (?:about )?${NUM}(?: \S.*)?$`), // a level to hold (README.md, "Reading policy")
  /^(?:zero|yes|refuse)$/,
];

/**
 * Whether an `expected` cell is written in the tables' notation.
 * @example validExpected(">= 65 %") // true
 * @example validExpected("review <= 2 % or change -2 pp since 2024") // true
 * @example validExpected("at least 65") // false
 */
export function validExpected(expected: string): boolean {
  const review = /^review (.+) or (.+)$/.exec(expected);
  // each alternative of a review may itself be a compound (`review A; B or C; D`)
  const readings = (review ? [review[1], review[2]] : [expected]).flatMap((r) => r.split(";").map((s) => s.trim()));
  return readings.every((r) => r !== "" && READING_FORMS.some((f) => f.test(r)));
}

/** Splits a table line into cells; `\|` inside a cell is a literal pipe. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}

/**
 * Reads one check, e.g. `[asOf 2025-07-01] chưa hoàn thành → overdue`.
 * @example parseCheck("64,9% → not_met") // { actual: "64,9%", status: "not_met" }
 */
export function parseCheck(text: string): CorpusCheck | string {
  const arrow = text.lastIndexOf("→");
  if (arrow < 0) return `check without "→": ${text}`;
  const status = text.slice(arrow + 1).trim();
  if (!(CHECK_STATUSES as readonly string[]).includes(status)) return `unknown status "${status}" in: ${text}`;
  let rest = text.slice(0, arrow).trim();
  const check: CorpusCheck = { actual: "", status: status as CheckStatus };
  for (let m = /^\[([^\]]*)\]\s*/.exec(rest); m; m = /^\[([^\]]*)\]\s*/.exec(rest)) {
    const [key, ...value] = m[1].trim().split(/\s+/);
    const v = value.join(" ");
    if (key === "asOf" && new RegExp(`^${DATE}$`).test(v)) check.asOf = v;
    else if (key === "baseline" && v) check.baseline = v;
    else if (key === "part" && /^\d+$/.test(v)) check.part = Number(v);
    else return `bad context [${m[1]}] in: ${text}`;
    rest = rest.slice(m[0].length);
  }
  if (rest === "") return `check without a figure: ${text}`;
  check.actual = rest === "(blank)" ? "" : rest;
  return check;
}

/**
 * Parses one table's text. Header lines and prose are skipped; every line that starts with `| p` is a row.
 * @example parseCorpus("| p0001-bare | đạt 95% |  | % | 2025 | >= 95 % | 95% → met; 94% → not_met | https://x.vn |", "dev").rows[0].cls // "bare"
 */
export function parseCorpus(text: string, set: CorpusSet): Corpus {
  const rows: CorpusRow[] = [];
  const problems: CorpusProblem[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    if (!/^\|\s*p\d/.test(raw)) return;
    const c = cells(raw);
    const idMatch = /^p(\d{4})-([a-z]+)$/.exec(c[0] ?? "");
    const id = c[0];
    const bad = (message: string) => problems.push({ set, line, id, message });
    if (c.length !== 8) return bad(`${c.length} cells, expected 8`);
    if (!idMatch) return bad(`id "${id}" is not pNNNN-class`);
    if (!(PHRASE_CLASSES as readonly string[]).includes(idMatch[2])) return bad(`unknown class "${idMatch[2]}"`);
    const [, phrase, indicator, unit, period, expected, checkText, source] = c;
    if (!phrase) return bad("empty phrase");
    if (!validExpected(expected)) return bad(`expected "${expected}" is not in the notation`);
    if (period && !/^\d{4}(?:-\d{4})?$/.test(period)) return bad(`period "${period}" is not YYYY or YYYY-YYYY`);
    const url = source.split(/\s+/)[0];
    if (!/^https?:\/\//.test(url)) return bad(`source "${source}" does not start with an address`);
    const checks: CorpusCheck[] = [];
    for (const part of checkText.split(";").map((s) => s.trim()).filter(Boolean)) {
      const parsed = parseCheck(part);
      if (typeof parsed === "string") return bad(parsed);
      checks.push(parsed);
    }
    rows.push({
      id, num: Number(idMatch[1]), cls: idMatch[2] as PhraseClass, phrase, indicator, unit, period, expected, checks,
      source, url, set, line,
    });
  });
  return { rows, problems };
}

/**
 * Loads one table, or "all" = the development and first held-out sets, from beside this file. The second, third,
 * fourth and fifth held-out sets are loaded only when named.
 * @example loadCorpus("dev").rows.length // ≈ 70% of the first two tables' rows
 * @example loadCorpus("holdout2").rows[0].set // "holdout2"
 * @example loadCorpus("holdout3").rows[0].set // "holdout3"
 * @example loadCorpus("holdout4").rows[0].set // "holdout4"
 * @example loadCorpus("holdout5").rows[0].set // "holdout5"
 * @example loadCorpus("holdout6").rows[0].set // "holdout6"
 * @example loadCorpus("holdout7").rows[0].set // "holdout7"
 */
export function loadCorpus(which: CorpusSet | "all" = "all"): Corpus {
  const sets: readonly CorpusSet[] = which === "all" ? ["dev", "holdout"] : [which];
  const out: Corpus = { rows: [], problems: [] };
  for (const set of sets) {
    const text = readFileSync(fileURLToPath(new URL(FILES[set], import.meta.url)), "utf8");
    const { rows, problems } = parseCorpus(text, set);
    out.rows.push(...rows);
    out.problems.push(...problems);
  }
  return out;
}
