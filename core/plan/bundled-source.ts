// Where the bundled plans' JSON comes from: imported with the code here (Node, the CLI, tests); the add-in builds swap this module for one that reads it from the host on first use (scripts/plans-source.mjs).
import { BUNDLED_PLAN_JSON } from "../../templates/plans/index";

/**
 * The raw JSON of every bundled plan, keyed by file name; null when the host has not provided them yet (an add-in
 * bundle whose plans arrive with another script). Validate before use (core/plan/bundled.ts does).
 * @example Object.keys(bundledPlanJson() ?? {})[0] → "hai-an-2024-2025.json"
 */
export function bundledPlanJson(): Record<string, unknown> | null {
  return BUNDLED_PLAN_JSON;
}
