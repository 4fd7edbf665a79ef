// Bundled plan registry: the plan templates shipped with the tool, validated once and looked up by id.
import { bundledPlanJson } from "./bundled-source";
import type { Plan } from "./schema";
import { validatePlan, type PlanIssue } from "./validate";

let cache: { plans: Plan[]; problems: Array<{ file: string; errors: PlanIssue[] }> } | undefined;

function load() {
  if (!cache) {
    // The add-in bundles read the plans from the host on first use (bundled-source.ts); until the host has them
    // there are none, and nothing is cached so the next call looks again.
    const source = bundledPlanJson();
    if (source === null) return { plans: [], problems: [] };
    const plans: Plan[] = [];
    const problems: Array<{ file: string; errors: PlanIssue[] }> = [];
    for (const [file, json] of Object.entries(source)) {
      const r = validatePlan(json);
      if (r.ok) plans.push(r.plan);
      else problems.push({ file, errors: r.errors });
    }
    cache = { plans, problems };
  }
  return cache;
}

/**
 * Every valid bundled plan, in file-name order (invalid files are left out; see bundledPlanProblems).
 * @example loadBundledPlans().map((p) => p.id) → ["long-bien-2021-2025-qd2559", "long-bien-2024-2025-nhiem-vu", ...]
 */
export function loadBundledPlans(): Plan[] {
  return load().plans;
}

/** One bundled plan by id, or undefined. @example getBundledPlan("long-bien-2021-2025-qd2559")?.period → "2021-2025" */
export function getBundledPlan(id: string): Plan | undefined {
  return load().plans.find((p) => p.id === id);
}

/** Bundled files that fail validation (empty when the templates are sound; tests assert it). */
export function bundledPlanProblems(): Array<{ file: string; errors: PlanIssue[] }> {
  return load().problems;
}
