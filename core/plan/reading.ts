// How a plan's indicator target is read: its name, unit (ĐVT) and the plan's period go with the phrase, every time.
import { periodFromText } from "../period/period";
import { parseTarget, type ParseOptions, type ParseResult } from "../rule/parse";
import type { Indicator, Plan } from "./schema";

/**
 * The reader's options for one indicator of a plan: its name (direction words), unit (chooses between readings) and
 * direction, and the plan's period (the year of "trước 30/4"). A period that cannot be read falls back to its last year.
 * @example planParseOptions({ period: "2024-2025", … }, { name: "Tỷ lệ trẻ ra lớp", unit: "%", … })
 *   → { indicator: "Tỷ lệ trẻ ra lớp", unit: "%", period: { kind: "schoolYear", start: "2024-09-01", … } }
 */
export function planParseOptions(plan: Pick<Plan, "period">, ind: Pick<Indicator, "name" | "unit" | "direction">): ParseOptions {
  const opts: ParseOptions = { indicator: ind.name };
  if (ind.unit) opts.unit = ind.unit;
  if (ind.direction) opts.direction = ind.direction;
  const period = periodFromText(plan.period);
  if (period) opts.period = period;
  else {
    const years = plan.period.match(/\b(19|20)\d\d\b/g);
    if (years) opts.year = Number(years[years.length - 1]);
  }
  return opts;
}

/** An indicator's target read with its plan's context. */
export function readIndicator(plan: Pick<Plan, "period">, ind: Pick<Indicator, "name" | "unit" | "direction" | "target">): ParseResult {
  return parseTarget(ind.target, planParseOptions(plan, ind));
}
