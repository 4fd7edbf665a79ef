// Finding the plan a command checks against: a bundled plan id, or a plan JSON file validated with core's rules.
import { basename, sep } from "node:path";
import type { Lang } from "../../core/types";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import type { Plan } from "../../core/plan/schema";
import { planFromJson, resolvePlan as resolveChoice, suggestPlanIds } from "../../core/session/plan";
import { CliError, terminalSafe } from "../errors";
import { PLAN_FILE, readTextInput } from "../guard/output";

/**
 * The plan file a `--plan` argument names, or null for a bundled plan id: commands add it to the files their
 * output may never overwrite.
 * @example planFileOf("ke-hoach.json") → "ke-hoach.json" · planFileOf("hai-an-2024-2025") → null
 */
export function planFileOf(arg: string | undefined): string | null {
  if (!arg || getBundledPlan(arg)) return null;
  return isPlanFile(arg) ? arg : null;
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

/** Whether a plan argument names a file rather than a bundled id: a .json name or a path. */
function isPlanFile(arg: string): boolean {
  return /\.json$/i.test(arg) || arg.includes("/") || arg.includes(sep);
}

/** Line and column of a character offset, 1-based. */
function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, pos).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** JSON the parser refuses, as one line naming the file, line and column; null when it parses. */
function badJson(file: string, text: string): CliError | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const where = m ? lineCol(text, Number(m[1])) : undefined;
    const at = where ? `:${where.line}:${where.col}` : "";
    return new CliError(`${file}${at}: JSON không hợp lệ; sửa tệp ở vị trí này rồi chạy lại`, `${file}${at}: invalid JSON (${msg})`);
  }
}

/**
 * Resolves a plan argument (`--plan`, `plan show`): a bundled id, else a JSON file read by the panes' reader so a
 * plan file is judged by the same words in every host. Unknown ids name the nearest bundled ones; bad JSON names
 * its line and column; a schema failure is one line (the first problem and how many more), or with `listAll` every
 * problem on stderr first, as `plan lint` and `plan show` need.
 * @example await resolvePlan("hai-an-2024-2025") → Plan · await resolvePlan("ke-hoach.json") → Plan
 */
export async function resolvePlan(arg: string, opts: { listAll?: boolean; lang?: Lang } = {}): Promise<Plan> {
  if (!isPlanFile(arg)) return bundledPlan(arg);
  const text = (await readTextInput(arg, PLAN_FILE)).replace(/^\uFEFF/, "");
  const bad = badJson(arg, text);
  if (bad) throw bad;
  const r = planFromJson(text, basename(arg));
  if (r.ok) return r.plan;
  if (opts.listAll) {
    const lang = opts.lang ?? "vi";
    process.stderr.write(r.problems.map((p) => terminalSafe(`${arg}: ${p.message[lang]}`)).join("\n") + "\n");
    throw new CliError(`${arg}: không đúng lược đồ kế hoạch (${r.problems.length} lỗi, xem trên)`, `${arg}: not a valid plan (${r.problems.length} error(s) above)`);
  }
  const first = r.problems[0].message;
  const more = r.problems.length > 1 ? { vi: ` (và ${r.problems.length - 1} lỗi khác; xem hết bằng chitieu plan lint ${arg})`, en: ` (and ${r.problems.length - 1} more; see them all with chitieu plan lint ${arg})` } : { vi: "", en: "" };
  // Schema problems name the JSON path but not the file: the file goes first.
  const lead = (m: string) => (m.includes(basename(arg)) ? m : `${basename(arg)}: ${m}`);
  throw new CliError(`${lead(first.vi.replace(/\.$/, ""))}${more.vi}`, `${lead(first.en.replace(/\.$/, ""))}${more.en}`);
}
