// The judging options a check states where the user looks: the as-of date (from the plan period) and the "Gần đạt" tolerance.
import type { Lang } from "../types";
import { periodFromText, type Period } from "../period/period";
import type { Plan } from "../plan/schema";
import type { SheetData } from "../sheet/model";
import { cellText } from "../sheet/text";
import { formatPercent } from "../number/format";

/**
 * "Gần đạt" within 2% of the threshold unless the user chooses otherwise: the panes, the demo and the report
 * agree on it, so the same figures never get "Gần đạt" in one place and "Chưa đạt" in another.
 */
export const DEFAULT_TOLERANCE = 0.02;

/** Tolerances offered in the panes (relative to the threshold); 0 turns "Gần đạt" off. */
export const TOLERANCE_CHOICES: readonly number[] = [0, 0.01, 0.02, 0.05, 0.1];

/** The options a check was judged with. `asOf` is ISO yyyy-mm-dd. */
export interface JudgeOptions {
  asOf: string;
  tolerance: number;
  /** Where the as-of date came from, to say so beside it. */
  asOfSource: "user" | "period" | "today";
}

/**
 * The plan's period, or one named in the sheet's title block (rows above the header: "NĂM HỌC 2024-2025").
 * @example periodOf(null, { name: "S", values: [["BÁO CÁO NĂM HỌC 2024-2025"], ["STT", "Nội dung"]] }, 1)?.end → "2025-08-31"
 */
export function periodOf(plan: Plan | null, sheet: Pick<SheetData, "values"> | null, headerRow?: number): Period | null {
  const fromPlan = plan ? periodFromText(plan.period) : null;
  if (fromPlan) return fromPlan;
  if (!sheet) return null;
  const last = Math.min(headerRow ?? 8, sheet.values.length, 12);
  for (let r = 0; r < last; r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v ?? null);
      if (t.length < 4 || t.length > 200) continue;
      const p = periodFromText(t);
      if (p) return p;
    }
  }
  return null;
}

/**
 * The as-of date a check uses: the user's, else the end of the period once it is over, else today. A period
 * still running is judged on today, since judging it on its last day would call tasks overdue that are not due yet.
 * @example judgeOptions({}, { kind: "schoolYear", start: "2024-09-01", end: "2025-08-31", label: "2024-2025" }, "2026-01-10") → { asOf: "2025-08-31", tolerance: 0.02, asOfSource: "period" }
 */
export function judgeOptions(chosen: { asOf?: string; tolerance?: number }, period: Period | null, today: string): JudgeOptions {
  const tolerance = chosen.tolerance ?? DEFAULT_TOLERANCE;
  if (chosen.asOf && /^\d{4}-\d{2}-\d{2}$/.test(chosen.asOf)) return { asOf: chosen.asOf, tolerance, asOfSource: "user" };
  if (period && period.end < today) return { asOf: period.end, tolerance, asOfSource: "period" };
  return { asOf: today, tolerance, asOfSource: "today" };
}

/**
 * An ISO date as clerks write it.
 * @example dmy("2025-05-31") → "31/05/2025"
 */
export function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

// (One today for every entry point: the engine's.)
export { todayIso } from "../rule/judge/dates";

/**
 * One line stating the options, for the results header and the report's notes.
 * @example optionsLine({ asOf: "2025-08-31", tolerance: 0.02, asOfSource: "period" }, "vi") → "Xét đến ngày 31/08/2025 (hết kỳ kế hoạch); “Gần đạt”: thiếu không quá 2% so với chỉ tiêu."
 */
export function optionsLine(o: JudgeOptions, lang: Lang): string {
  const src = { user: { vi: "do bạn chọn", en: "chosen by you" }, period: { vi: "hết kỳ kế hoạch", en: "end of the plan period" }, today: { vi: "hôm nay", en: "today" } }[o.asOfSource][lang];
  const tol = o.tolerance > 0 ? formatPercent(o.tolerance, lang, 1) : "";
  if (lang === "en") return `As of ${dmy(o.asOf)} (${src}); ${tol ? `“Near”: short by at most ${tol} of the target.` : "“Near” is off."}`;
  return `Xét đến ngày ${dmy(o.asOf)} (${src}); ${tol ? `“Gần đạt”: thiếu không quá ${tol} so với chỉ tiêu.` : "không dùng mức “Gần đạt”."}`;
}
