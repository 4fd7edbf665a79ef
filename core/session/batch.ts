// The check flow without a person at each step: the same session, driven through in one call (the CLI's check over a file host).
import type { Lang } from "../types";
import type { WorkbookHost } from "../host/host";
import type { PlanChoice } from "./plan";
import type { ReportFields } from "./state";
import { Session, type Problem, type Step } from "./session";

export interface BatchOptions {
  plan: PlanChoice;
  /** The sheet to check; default the first sheet (not one this tool made) whose table judges something. */
  sheet?: string;
  asOf?: string;
  tolerance?: number;
  lang?: Lang;
  today?: string;
  /** Add the report and its notes sheet, with these header and signature fields (false: no report). */
  report?: ReportFields | false;
  /** Report date, ISO; default today, null for blanks to fill by hand. */
  reportDate?: string | null;
}

export type BatchResult =
  | { ok: true; session: Session }
  /** What stopped the flow, in one line, and the sheets tried when none was named (each with why it was passed over). */
  | { ok: false; problem: Problem; tried: { sheet: string; why: Problem }[] };

/**
 * Runs plan → sheet → write → report with no one to confirm: the mapping the sheet remembers (or the detected
 * one) is used, and anything the panes would show as a problem stops the run and is returned.
 * @example const r = await checkWorkbook(fileHost, { plan: { kind: "bundled", id: "hai-an-2024-2025" }, asOf: "2025-05-31" });
 *   r.ok ? r.session.results!.groups.short : r.problem.message.vi
 */
export async function checkWorkbook(host: WorkbookHost, opts: BatchOptions): Promise<BatchResult> {
  const s = new Session(host, { ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.today ? { today: opts.today } : {}) });
  const fail = (problem: Problem | null, tried: { sheet: string; why: Problem }[] = []): BatchResult => ({
    ok: false,
    problem: problem ?? { message: { vi: "Không kiểm tra được sổ này.", en: "This workbook could not be checked." }, cells: [] },
    tried,
  });
  await s.start();
  if (s.problem) return fail(s.problem);
  await s.choosePlan(opts.plan);
  if (!s.planReady) return fail(s.problem);
  const options: { asOf?: string; tolerance?: number } = {};
  if (opts.asOf) options.asOf = opts.asOf;
  if (opts.tolerance !== undefined) options.tolerance = opts.tolerance;
  await s.setOptions(options);
  s.toStep("sheet");

  const tried: { sheet: string; why: Problem }[] = [];
  const candidates = opts.sheet ? [opts.sheet] : s.sheets.filter((x) => !x.created && x.visible).map((x) => x.name);
  for (const name of candidates) {
    await s.openSheet(name);
    if (s.step === "mapping" && !s.problem) break;
    if (s.problem) tried.push({ sheet: name, why: s.problem });
  }
  if (s.step !== "mapping" || s.problem) {
    const none = { message: { vi: "Không trang nào có bảng chỉ tiêu đánh giá được.", en: "No sheet has an indicator table that could be judged." }, cells: [] };
    return fail(opts.sheet ? s.problem : (tried.length === 1 ? tried[0].why : none), tried);
  }
  await s.write();
  // The write moves the session on; TypeScript still remembers the step checked before it.
  if ((s.step as Step) !== "results") return fail(s.problem, tried);
  if (opts.report !== false) {
    await s.makeReport(opts.report ?? {}, { date: opts.reportDate === undefined ? s.today : opts.reportDate });
    if (s.problem) return fail(s.problem, tried);
  }
  return { ok: true, session: s };
}
