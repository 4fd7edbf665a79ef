// Looks up an indicator's target phrase in a bundled plan, for the PLAN_TARGET spreadsheet function.
import type { Bilingual } from "../types";
import { getBundledPlan } from "../plan/bundled";

function normalize(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The target phrase of the indicator whose id or name (case- and space-insensitive) is `key`.
 * @example findPlanTarget("long-bien-2021-2025-qd2559", "mn.huy-dong.nha-tre") → { ok: true, target: "ít nhất 65%" }
 */
export function findPlanTarget(planId: string, key: string): { ok: true; target: string } | { ok: false; reason: Bilingual } {
  const plan = getBundledPlan(planId.trim());
  if (!plan) {
    return {
      ok: false,
      reason: { vi: `Không có kế hoạch mẫu "${planId}".`, en: `No bundled plan "${planId}".` },
    };
  }
  const k = normalize(key);
  const hit = plan.indicators.find((i) => i.id === key.trim()) ?? plan.indicators.find((i) => normalize(i.name) === k);
  if (!hit) {
    return {
      ok: false,
      reason: {
        vi: `Kế hoạch "${planId}" không có chỉ số "${key}" (dùng mã hoặc tên đầy đủ).`,
        en: `Plan "${planId}" has no indicator "${key}" (use its id or full name).`,
      },
    };
  }
  return { ok: true, target: hit.target };
}
