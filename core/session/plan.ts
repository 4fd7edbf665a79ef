// Where the plan comes from and how it becomes a Plan, once for every host: a bundled id, a plan sheet, a JSON text, or none.
import type { Bilingual } from "../types";
import type { Plan } from "../plan/schema";
import { getBundledPlan, loadBundledPlans } from "../plan/bundled";
import { planFromGrid } from "../plan/grid";
import { validatePlan } from "../plan/validate";
import type { SheetData } from "../sheet/model";
import { fold } from "../sheet/text";

/**
 * The user's choice of plan. A JSON plan (from a file or pasted) is kept whole, so a re-check needs no file
 * again; "none" means the targets are written on the sheet, and is only ever chosen explicitly.
 */
export type PlanChoice =
  | { kind: "bundled"; id: string }
  | { kind: "sheet"; name: string }
  | { kind: "file"; plan: Plan; fileName?: string }
  | { kind: "none" };

/** A problem with a plan, one line in each language, with the cell when a plan sheet is at fault. */
export interface PlanProblem {
  message: Bilingual;
  cell?: { sheet: string; address: string };
}

export type ResolvedPlan = { ok: true; plan: Plan | null; warnings: PlanProblem[] } | { ok: false; problems: PlanProblem[] };

/** Most problems a plan reports at once; the rest are counted in one more line. */
const MAX_PROBLEMS = 8;

function capped(problems: PlanProblem[]): PlanProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS + 1;
  return [...problems.slice(0, MAX_PROBLEMS - 1), { message: { vi: `… và ${more} lỗi khác.`, en: `… and ${more} more problems.` } }];
}

/**
 * Levenshtein distance, for "ý bạn là …?" on a mistyped plan id.
 * @example editDistance("hai-an-2024", "hai-an-2025") → 1
 */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * Bundled plan ids close to a mistyped one, closest first: within a third of the id's length, or sharing its
 * beginning.
 * @example suggestPlanIds("hai-an-2024-2026") → ["hai-an-2024-2025"]
 */
export function suggestPlanIds(id: string, plans: Plan[] = loadBundledPlans()): string[] {
  const want = id.trim().toLowerCase();
  return plans
    .map((p) => ({ id: p.id, d: editDistance(want, p.id) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(want.length / 3)) || (want.length >= 4 && x.id.startsWith(want)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((x) => x.id);
}

/**
 * A plan from JSON text (a file's content or a paste), validated; problems name the JSON path.
 * @example planFromJson('{"id": 1}') → { ok: false, problems: [{ message: { vi: "Kế hoạch JSON không hợp lệ ở id: ...", ... } }, ...] }
 */
export function planFromJson(text: string, fileName?: string): { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] } {
  const what = fileName ? `Tệp ${fileName}` : "Nội dung dán vào";
  const whatEn = fileName ? `File ${fileName}` : "The pasted text";
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [{ message: { vi: `${what} không phải JSON hợp lệ; hãy chọn tệp kế hoạch .json do Chỉ tiêu xuất ra.`, en: `${whatEn} is not valid JSON; choose a plan .json file exported by Chỉ tiêu.` } }],
    };
  }
  const r = validatePlan(json);
  if (r.ok) return { ok: true, plan: r.plan };
  return {
    ok: false,
    problems: capped(
      r.errors.map((e) => ({
        message: { vi: `Kế hoạch JSON không hợp lệ ở ${e.path || "gốc"}: ${e.message.vi}`, en: `Plan JSON invalid at ${e.path || "root"}: ${e.message.en}` },
      })),
    ),
  };
}

/**
 * Turns a choice into a plan: a bundled plan by id (with near-miss suggestions when unknown), a plan sheet read
 * through `readSheet` (problems name the sheet's cells), a stored JSON plan, or no plan.
 * @example await resolvePlan({ kind: "bundled", id: "hai-an-2024-2025" }, host.readSheet) → { ok: true, plan: {...}, warnings: [] }
 * @example await resolvePlan({ kind: "bundled", id: "hai-an-2024" }, read) → { ok: false, problems: [{ message: { vi: 'Không có kế hoạch mẫu "hai-an-2024"; ý bạn là hai-an-2024-2025?', ... } }] }
 */
export async function resolvePlan(choice: PlanChoice, readSheet: (name: string) => Promise<SheetData | null>): Promise<ResolvedPlan> {
  if (choice.kind === "none") return { ok: true, plan: null, warnings: [] };
  if (choice.kind === "file") return { ok: true, plan: choice.plan, warnings: [] };
  if (choice.kind === "bundled") {
    const p = getBundledPlan(choice.id);
    if (p) return { ok: true, plan: p, warnings: [] };
    const near = suggestPlanIds(choice.id);
    const hint = near.length > 0 ? `; ý bạn là ${near.join(" hay ")}?` : "; hãy chọn một kế hoạch trong danh sách.";
    const hintEn = near.length > 0 ? `; did you mean ${near.join(" or ")}?` : "; choose a plan from the list.";
    return { ok: false, problems: [{ message: { vi: `Không có kế hoạch mẫu "${choice.id}"${hint}`, en: `No bundled plan "${choice.id}"${hintEn}` } }] };
  }
  const sheet = await readSheet(choice.name);
  if (!sheet || sheet.values.length === 0) {
    return {
      ok: false,
      problems: [{ message: { vi: `Trang "${choice.name}" không có hoặc trống; hãy chọn lại trang kế hoạch.`, en: `Sheet "${choice.name}" is missing or empty; choose the plan sheet again.` } }],
    };
  }
  const o = sheet.origin ?? { row: 0, col: 0 };
  const r = planFromGrid(sheet.values, { firstRow: o.row + 1, firstColumn: o.col + 1, id: "workbook-plan", title: choice.name });
  const where = (cell: string | undefined) => (cell ? { sheet: choice.name, address: cell } : undefined);
  const problem = (e: { cell?: string; message: Bilingual }): PlanProblem => {
    const p: PlanProblem = { message: { vi: `Trang kế hoạch "${choice.name}"${e.cell ? `, ô ${e.cell}` : ""}: ${e.message.vi}`, en: `Plan sheet "${choice.name}"${e.cell ? `, cell ${e.cell}` : ""}: ${e.message.en}` } };
    const c = where(e.cell);
    if (c) p.cell = c;
    return p;
  };
  if (!r.ok) return { ok: false, problems: capped(r.errors.map(problem)) };
  return { ok: true, plan: r.plan, warnings: r.warnings.map(problem) };
}

/**
 * The plans in which every word of the query starts a word of the title, issuer, period or id, ignoring accents and case.
 * @example searchPlans(plans, "hai an 2024").map((p) => p.id) → ["hai-an-2024-2025"]
 */
export function searchPlans<P extends Pick<Plan, "id" | "title" | "issuer" | "period">>(plans: P[], query: string): P[] {
  const words = fold(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return plans;
  // Each word of the query starts a word of the plan's text: "an" finds "Hải An", not every "Giang" and "ban".
  return plans.filter((p) => {
    const hay = fold(`${p.title} ${p.issuer} ${p.period} ${p.id.replace(/[-.]/g, " ")}`).split(" ");
    return words.every((w) => hay.some((x) => x.startsWith(w)));
  });
}
