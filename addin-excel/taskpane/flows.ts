// Task pane operations without the DOM: read → core → write, each a fixed number of Excel round trips.
import type { Plan } from "../../core/plan/schema";
import type { CellValue } from "../../core/types";
import type { CheckedSheet, CheckOptions, CheckResult, LayoutOverrides } from "../../core/sheet/types";
import type { SheetEdits } from "../../core/sheet/edits";
import type { Bilingual, Lang } from "../../core/types";
import { checkSheet } from "../../core/sheet/check";
import { planStatusColumn } from "../../core/sheet/status";
import { planFromGrid } from "../../core/plan/grid";
import { lintPlan } from "../../core/plan/lint";
import { validatePlan, formatPlanIssues } from "../../core/plan/validate";
import { withCustomFunctionFallbacks } from "./fallbacks";
import { applySheetEdits, changedSince, readActiveSheet, readSheetValues, selectRange, type ReadSheet } from "../host/excel-host";

/** `Excel.run`, or a test double with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A check that has read the sheet and judged it, waiting for the user to confirm the mapping before writing. */
export interface PendingCheck {
  read: ReadSheet;
  result: CheckResult;
}

/** Reads the active sheet (2 round trips up to 200,000 cells) and checks it against the plan (no round trip). */
export async function readAndCheck(run: ExcelRun, plan: Plan | null, opts: CheckOptions): Promise<PendingCheck> {
  const read = await run((ctx) => readActiveSheet(ctx));
  return { read, result: checkSheet(read.sheet, plan, opts) };
}

/** Re-checks already-read data with the user's corrections to the mapping (no round trip). */
export function recheck(pending: PendingCheck, plan: Plan | null, opts: CheckOptions, overrides: LayoutOverrides): PendingCheck {
  return { read: pending.read, result: checkSheet(pending.read.sheet, plan, { ...opts, overrides }) };
}

export type WriteOutcome =
  | { ok: true; edits: SheetEdits }
  | { ok: false; kind: "refused"; reason: Bilingual; cells: string[] }
  | { ok: false; kind: "changed"; cells: string[] };

/** The values the check read inside `range` (absolute coordinates), to compare with the sheet just before writing. */
function valuesIn(read: ReadSheet, range: SheetEdits["block"]["range"]): CellValue[][] {
  const o = read.sheet.origin ?? { row: 0, col: 0 };
  const out: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(read.sheet.values[r - o.row]?.[c - o.col] ?? "");
    out.push(row);
  }
  return out;
}

/**
 * Writes the status column for a confirmed check: core plans the edits and refuses when they would overwrite
 * non-empty cells it did not create; rules no native formula can judge call CHITIEU.TARGET_STATUS; the host then verifies in one round trip that the block is unchanged since
 * the read and writes it in one more (calculation suspended).
 */
export async function writeStatus(run: ExcelRun, pending: PendingCheck, checked: CheckedSheet, lang: Lang): Promise<WriteOutcome> {
  const planned = planStatusColumn(pending.read.sheet, checked, { lang });
  if (!planned.ok) return { ok: false, kind: "refused", reason: planned.reason, cells: planned.cells };
  const { edits } = withCustomFunctionFallbacks(planned.edits, checked, pending.read.sheet);
  return run(async (ctx) => {
    const changed = await changedSince(ctx, edits.sheet, edits.block.range, valuesIn(pending.read, edits.block.range));
    if (changed.length > 0) return { ok: false, kind: "changed", cells: changed } as WriteOutcome;
    await applySheetEdits(ctx, edits);
    return { ok: true, edits } as WriteOutcome;
  });
}

/** Reads a plan from a plan sheet in the workbook (one round trip). */
export async function readPlanSheet(run: ExcelRun, sheetName: string, lang: Lang): Promise<{ ok: true; plan: Plan } | { ok: false; errors: string[] }> {
  const read = await run((ctx) => readSheetValues(ctx, sheetName));
  if (!read) return { ok: false, errors: [lang === "vi" ? `Không tìm thấy trang "${sheetName}" hoặc trang trống.` : `Sheet "${sheetName}" not found or empty.`] };
  const r = planFromGrid(read.values, { firstRow: read.origin.row + 1, firstColumn: read.origin.col + 1, id: "workbook-plan", title: sheetName });
  return r.ok ? { ok: true, plan: r.plan } : { ok: false, errors: r.errors.map((e) => `${e.cell ? `${e.cell}: ` : ""}${e.message[lang]}`) };
}

/** Validates a plan JSON text from a file. */
export function planFromJsonText(text: string): { ok: true; plan: Plan } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [String(e instanceof Error ? e.message : e)] };
  }
  const r = validatePlan(json);
  return r.ok ? { ok: true, plan: r.plan } : { ok: false, errors: formatPlanIssues(r.errors) };
}

/** Lints a plan (no round trip). */
export function lint(plan: Plan) {
  return lintPlan(plan);
}

/** Selects a cell of the checked sheet (one round trip). */
export async function goTo(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run((ctx) => selectRange(ctx, sheet, address));
}
