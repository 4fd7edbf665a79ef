// Finding the plan a command checks against: a bundled plan id, or a plan JSON file validated with core's rules.
import { basename } from "node:path";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import type { Plan } from "../../core/plan/schema";
import { validatePlan } from "../../core/plan/validate";
import { CliError } from "../errors";
import { PLAN_FILE, readTextInput } from "../guard/output";

/**
 * The plan file a `--plan` argument names, or null for a bundled plan id: commands add it to the files their
 * output may never overwrite.
 * @example planFileOf("ke-hoach.json") → "ke-hoach.json" · planFileOf("hai-an-2024-2025") → null
 */
export function planFileOf(arg: string | undefined): string | null {
  if (!arg || getBundledPlan(arg)) return null;
  return /\.json$/i.test(arg) ? arg : null;
}

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
  const text = await readTextInput(arg, PLAN_FILE);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError(`${basename(arg)} không phải JSON hợp lệ: ${msg}`, `${basename(arg)} is not valid JSON: ${msg}`);
  }
  const r = validatePlan(json);
  if (!r.ok) {
    const e = r.errors[0];
    const at = e.path ? `${e.path}: ` : "";
    const more = r.errors.length > 1 ? ` (+${r.errors.length - 1})` : "";
    throw new CliError(`${basename(arg)} không phải kế hoạch hợp lệ: ${at}${e.message.vi}${more}`, `${basename(arg)} is not a valid plan: ${at}${e.message.en}${more}`);
  }
  return r.plan;
}
