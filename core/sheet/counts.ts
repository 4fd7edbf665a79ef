// Status groups a check counts by: achieved, short of the target, and a zeroed count per status.
import { STATUS_CODES, type StatusCode } from "../rule/verdict";

/**
 * Zero counts for every status.
 * @example emptyCounts().not_met → 0
 */
export function emptyCounts(): Record<StatusCode, number> {
  const o = {} as Record<StatusCode, number>;
  for (const s of STATUS_CODES) o[s] = 0;
  return o;
}

/** Statuses that count as short of the target, for shortfall lists. */
export const SHORT: ReadonlySet<StatusCode> = new Set(["not_met", "near", "overdue"]);
/** Statuses that count as reaching the target. */
export const ACHIEVED: ReadonlySet<StatusCode> = new Set(["met", "exceeded"]);
