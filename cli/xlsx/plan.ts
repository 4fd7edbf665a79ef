// Finding the plan a command checks against: a bundled plan id, or a plan JSON file validated with core's rules.
import { basename } from "node:path";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import type { Plan } from "../../core/plan/schema";
import { validatePlan } from "../../core/plan/validate";
import { resolvePlan as resolveChoice, suggestPlanIds } from "../../core/session/plan";
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
 * A bundled plan by id, through the one plan resolver every host uses: an unknown id names the nearest ids ("ý bạn
 * là …?") and says how to list them all.
 * @example bundledPlan("hai-an-2024-2025") → Plan · bundledPlan("hai-an-2024") throws "không có kế hoạch mẫu "hai-an-2024"; ý bạn là hai-an-2024-2025? …"
 */
export async function bundledPlan(id: string): Promise<Plan> {
  const r = await resolveChoice({ kind: "bundled", id }, async () => null);
  if (r.ok && r.plan) return r.plan;
  const near = suggestPlanIds(id);
  const ids = loadBundledPlans().map((p) => p.id);
  // With no near miss, the ids themselves (there are few) say more than "see the list".
  const which =
    near.length > 0
      ? { vi: `ý bạn là ${near.join(" hay ")}? (xem tất cả: chitieu plan list)`, en: `did you mean ${near.join(" or ")}? (all of them: chitieu plan list)` }
      : { vi: `các kế hoạch có sẵn: ${ids.join(", ") || "(chưa có)"}`, en: `bundled plans: ${ids.join(", ") || "(none yet)"}` };
  throw new CliError(`không có kế hoạch "${id}"; ${which.vi}; hoặc đưa đường dẫn tệp .json`, `no plan "${id}"; ${which.en}; or give a .json file path`);
}

/**
 * Resolves `--plan`: a bundled id first, then a JSON file path. Unknown ids name the nearest bundled ones.
 * @example await resolvePlan("hai-an-2024-2025") → Plan · await resolvePlan("ke-hoach.json") → Plan
 */
export async function resolvePlan(arg: string): Promise<Plan> {
  if (!/\.json$/i.test(arg)) return bundledPlan(arg);
  const text = await readTextInput(arg, PLAN_FILE);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError(`${basename(arg)} không phải JSON hợp lệ (${msg}); chọn tệp kế hoạch .json do Chỉ tiêu xuất ra`, `${basename(arg)} is not valid JSON (${msg}); choose a plan .json file exported by Chỉ tiêu`);
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
