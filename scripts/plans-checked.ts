// Validates the bundled plans at build time, so the add-in bundles that read them from the host can take them as checked and carry no validator (zod) of their own.
import { isDeepStrictEqual } from "node:util";
import { BUNDLED_PLAN_JSON } from "../templates/plans/index";
import { validatePlan } from "../core/plan/validate";

/**
 * The bundled plans' JSON when every file passes `validatePlan` unchanged (no default to fill in, nothing dropped),
 * so a bundle that skips validation sees exactly what a validating one would; otherwise why not, naming each file.
 * @example checkedPlanJson() → { ok: true, json: { "hai-an-2024-2025.json": {…}, … } }
 */
export function checkedPlanJson(source: Record<string, unknown> = BUNDLED_PLAN_JSON): { ok: true; json: Record<string, unknown> } | { ok: false; reason: string } {
  const problems: string[] = [];
  for (const [file, json] of Object.entries(source)) {
    const r = validatePlan(json);
    if (!r.ok) problems.push(`${file}: ${r.errors.map((e) => `${e.path || "(tệp)"} ${e.message.vi}`).join("; ")}`);
    else if (!isDeepStrictEqual(r.plan, json)) problems.push(`${file}: hợp lệ nhưng khác sau khi kiểm (thiếu giá trị mặc định?) / valid but changed by validation (a default filled in?): write it out in full`);
  }
  if (problems.length > 0) return { ok: false, reason: `Kế hoạch mẫu không qua kiểm tra / bundled plans fail validation:\n  ${problems.join("\n  ")}` };
  return { ok: true, json: source };
}
