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
      const r = checked(file, json);
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

/** Each bundled file's validation, made once: by getBundledPlan for the file it needs, by load for the rest. */
const byFile = new Map<string, ReturnType<typeof validatePlan>>();
function checked(file: string, json: unknown): ReturnType<typeof validatePlan> {
  let r = byFile.get(file);
  if (!r) byFile.set(file, (r = validatePlan(json)));
  return r;
}

/**
 * One bundled plan by id, or undefined. Only the files stating that id are validated (the schema keeps an id as
 * written): a check against one plan does not read every bundled plan's targets first. The first valid one in file
 * order, as in loadBundledPlans.
 * @example getBundledPlan("long-bien-2021-2025-qd2559")?.period → "2021-2025"
 */
export function getBundledPlan(id: string): Plan | undefined {
  if (cache) return cache.plans.find((p) => p.id === id);
  const source = bundledPlanJson();
  if (source === null) return undefined;
  for (const [file, json] of Object.entries(source)) {
    if ((json as { id?: unknown } | null)?.id !== id) continue;
    const r = checked(file, json);
    if (r.ok) return r.plan;
  }
  return undefined;
}

/** Bundled files that fail validation (empty when the templates are sound; tests assert it). */
export function bundledPlanProblems(): Array<{ file: string; errors: PlanIssue[] }> {
  return load().problems;
}
