// Verdicts: the nine outcomes a judged figure can have, their stable codes, labels and symbols.
import type { Bilingual, CellValue, Lang } from "../types";
import type { Rule } from "./schema";
import type { Period } from "../period/period";

/** Stable status codes (used in JSON, formulas' lookups and tests). Order is the report's sort order. */
export const STATUS_CODES = [
  "exceeded",
  "met",
  "near",
  "not_met",
  "review",
  "pending",
  "overdue",
  "no_data",
  "invalid",
  "unreadable",
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/**
 * The label users see, in both languages, and a symbol so status survives black-and-white printing.
 * Formulas compiled for spreadsheets emit exactly `vi` labels, so these strings are part of the file format.
 */
export const STATUS: Record<StatusCode, Bilingual & { symbol: string }> = {
  exceeded: { vi: "Vượt", en: "Exceeded", symbol: "▲" },
  met: { vi: "Đạt", en: "Met", symbol: "✓" },
  near: { vi: "Gần đạt", en: "Near", symbol: "≈" },
  not_met: { vi: "Chưa đạt", en: "Not met", symbol: "✗" },
  /**
   * Two readings of the target (or of the figure: 0,3 as 0,3% or 30%) give different verdicts and nothing on the
   * sheet decides: never counted as met or short; the explanation names both readings and asks the user to choose.
   */
  review: { vi: "Cần xác nhận", en: "Needs review", symbol: "◇" },
  pending: { vi: "Chưa đến hạn", en: "Not yet due", symbol: "…" },
  overdue: { vi: "Quá hạn", en: "Overdue", symbol: "!" },
  no_data: { vi: "Chưa có số liệu", en: "No data", symbol: "–" },
  invalid: { vi: "Số liệu không hợp lệ", en: "Invalid value", symbol: "?" },
  unreadable: { vi: "Không đọc được chỉ tiêu", en: "Target not understood", symbol: "?" },
};

/** Machine-readable warning codes a verdict can carry. */
export type WarningCode =
  /** A plain number met a percent rule and the fraction/points readings give different verdicts. */
  | "percent_scale_ambiguous"
  /** The actual was read in a way worth stating (e.g. "13/14" taken as a share). */
  | "actual_interpreted"
  /** A baseline or reference the rule needs was not given. */
  | "missing_baseline"
  | "missing_reference"
  /** The target phrase was read but parts of it were ignored. */
  | "target_partly_read"
  /** The figure is out of its possible range (rate above 100%, negative count, numerator above denominator). */
  | "implausible_value"
  /** The two best readings of the target give different verdicts; the message names both ("hiểu là … hay …?"). */
  | "ambiguous_target"
  /** A note under the table decided which way the target runs (a bare figure read as a ceiling or a floor). */
  | "direction_from_note";

export interface Warning {
  code: WarningCode;
  message: Bilingual;
}

/** How far the actual is from the target. */
export interface Gap {
  /**
   * Signed distance actual − threshold in the rule's unit (fractions for percent rules:
   * 63,2% vs 65% gives −0.018). Negative means short for "more is better" rules; for "less is
   * better" rules a positive gap is the excess. For deadlines, days past the due day (negative: days before a
   * window's first day). `null` when no numeric gap applies (yes/no).
   */
  value: number | null;
  /** Units still needed to reach the target ("cần thêm 23 trẻ"), when a denominator or count makes it countable. */
  need?: { count: number; noun?: string };
}

export interface Verdict {
  status: StatusCode;
  /** Label in the requested language; `labels` holds both. */
  label: string;
  labels: Bilingual;
  symbol: string;
  gap: Gap;
  /**
   * Completion ratio actual/target for "more is better" rules (1 = exactly met), target/actual for
   * "less is better" ones; `null` where meaningless.
   */
  ratio: number | null;
  /** Canonical rule text in the requested language ("≥ 65%"); "" when the target could not be read. */
  canonical: string;
  /** One plain sentence in the requested language: "Chưa đạt: 85,68% (7.910/9.232), chỉ tiêu ít nhất 90%, thiếu 4,32 điểm %, cần thêm 399 trẻ". */
  explanation: string;
  explanations: Bilingual;
  warnings: Warning[];
  /** The rule judged (absent when unreadable). */
  rule?: Rule;
  /** The actual as understood, for display ("63,2%"), or "" when there was none. */
  actualText: string;
}

/**
 * How a plain number meets a percent rule.
 * `fraction`: 0.65 is 65%. `points`: 65 is 65%. `auto`: text with "%" as written, numbers above 1 as
 * points, numbers up to 1 as fractions, with a warning when the readings disagree on the verdict.
 */
export type PercentScale = "auto" | "fraction" | "points";

export interface EvaluateOptions {
  /** Baseline for change rules (same kinds of values as `actual`). */
  baseline?: CellValue;
  /** Reference value for comparison rules. */
  reference?: CellValue;
  /** The day deadlines are judged on, ISO yyyy-mm-dd; default today. */
  asOf?: string;
  /** `asOf` is today's date by default, not a day someone chose: judged as with no `asOf` (see judge/dates.ts chosenDay). */
  asOfToday?: boolean;
  /** Language of `label`, `canonical`, `explanation`; default "vi". */
  lang?: Lang;
  /** Relative tolerance for "Gần đạt": 0.05 means within 5% of the threshold. Off (0) unless set. */
  tolerance?: number;
  percentScale?: PercentScale;
  /** Indicator name, used by the parser for direction when the target is given as text. */
  indicator?: string;
  /** The indicator's unit (ĐVT), passed to the parser when the target is given as text. */
  unit?: string;
  /** The figure's unit is stated for it (a column heading's "(nghìn đồng)"): a plain figure is read in it, never resized. */
  stated?: boolean;
  /** The plan period, passed to the parser when the target is given as text (year of a day/month without one). */
  period?: Period;
}

/**
 * The verdict said again under another status, with its explanations in both languages (a copy; the verdict given is
 * never changed). Used where a sheet's context turns a judged figure ("Chưa đạt" on a total still missing units).
 * @example restated("vi", notMet, "no_data", { vi: "Chưa có số liệu: …", en: "No data yet: …" }).label → "Chưa có số liệu"
 */
export function restated(lang: Lang, v: Verdict, status: StatusCode, explanations: Bilingual): Verdict {
  const s = STATUS[status];
  return { ...v, status, label: s[lang], labels: { vi: s.vi, en: s.en }, symbol: s.symbol, explanation: explanations[lang], explanations };
}
