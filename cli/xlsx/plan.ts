// Finding the plan a command checks against: a bundled plan id, or a plan JSON file validated with core's rules.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import type { Plan } from "../../core/plan/schema";
import { formatPlanIssues, validatePlan } from "../../core/plan/validate";
import { CliError } from "../errors";

/**
 * Resolves `--plan`: a bundled id first, then a JSON file path. Unknown ids list the bundled ones.
 * @example await resolvePlan("hai-an-2024-2025") → Plan · await resolvePlan("ke-hoach.json") → Plan
 */
export async function resolvePlan(arg: string): Promise<Plan> {
  const bundled = getBundledPlan(arg);
  if (bundled) return bundled;
  if (!/\.json$/i.test(arg)) {
    const ids = loadBundledPlans().map((p) => p.id).join(", ");
    throw new CliError(
      `không có kế hoạch "${arg}"; các kế hoạch có sẵn: ${ids || "(chưa có)"}; hoặc đưa đường dẫn tệp .json`,
      `no plan "${arg}"; bundled plans: ${ids || "(none yet)"}; or give a .json file path`,
    );
  }
  let text: string;
  try {
    text = await readFile(arg, "utf8");
  } catch {
    throw new CliError(`không tìm thấy tệp kế hoạch ${arg}`, `plan file not found: ${arg}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError(`${basename(arg)} không phải JSON hợp lệ: ${msg}`, `${basename(arg)} is not valid JSON: ${msg}`);
  }
  const r = validatePlan(json);
  if (!r.ok) {
    const first = formatPlanIssues(r.errors)[0];
    const more = r.errors.length > 1 ? ` (+${r.errors.length - 1})` : "";
    throw new CliError(`${basename(arg)} không phải kế hoạch hợp lệ: ${first}${more}`, `${basename(arg)} is not a valid plan: ${first}${more}`);
  }
  return r.plan;
}
