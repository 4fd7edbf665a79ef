// The add-on's operations on the server side: read → core → write, each a fixed number of SpreadsheetApp calls, answering the sidebar in plain JSON.
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import type { CheckedSheet, CheckResult, LayoutOverrides } from "../../core/sheet/types";
import { checkSheet } from "../../core/sheet/check";
import { planStatusColumn } from "../../core/sheet/status";
import { cellAddress, type SheetData } from "../../core/sheet/model";
import { getBundledPlan, loadBundledPlans } from "../../core/plan/bundled";
import { planFromGrid, planToSheet } from "../../core/plan/grid";
import { lintPlan } from "../../core/plan/lint";
import { validatePlan, formatPlanIssues } from "../../core/plan/validate";
import { buildReport, templateFromGrid } from "../../core/report/build";
import { t } from "../../addin-excel/panel/text";
import type { PlanChoice } from "../../addin-excel/taskpane/settings";
import { mappingView } from "../../addin-excel/panel/mapping";
import type { CheckView, InitView, LintView, PlanRequest, PlanView, ResultView, SheetView } from "../shared/protocol";
import { applySheetEdits, createSheet, readSheet, readValues, selectRange, type ReadSheet } from "./host";
import { loadState, saveState, type SheetsState } from "./store";
import { withCustomFunctions } from "./live";
import { st } from "../shared/text";

/** Shortfalls sent to the sidebar at most; the report sheet lists them all. */
export const MAX_SHORTFALLS_SHOWN = 300;
/** How long a write waits for another user's write on the same spreadsheet, in ms. */
const LOCK_WAIT_MS = 10_000;

function lang(v: unknown): Lang {
  return v === "en" ? "en" : "vi";
}

/** Runs `fn` holding the document lock; another user's write in progress gives a message instead. */
function withLock<T>(busy: () => T, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

type Resolved = { ok: true; plan: Plan | null } | { ok: false; errors: string[] };

/** Turns the remembered choice into a plan, reading the plan sheet when that is the source (three calls). */
function resolvePlan(choice: PlanChoice, L: Lang): Resolved {
  if (choice.kind === "none") return { ok: true, plan: null };
  if (choice.kind === "file") return { ok: true, plan: choice.plan };
  if (choice.kind === "bundled") {
    const p = getBundledPlan(choice.id);
    return p ? { ok: true, plan: p } : { ok: false, errors: [st(L, "unknownPlan", { id: choice.id })] };
  }
  const values = readValues(SpreadsheetApp.getActiveSpreadsheet(), choice.name);
  if (!values) return { ok: false, errors: [t(L, "sheetMissing", { name: choice.name })] };
  const r = planFromGrid(values, { id: "workbook-plan", title: choice.name });
  return r.ok ? { ok: true, plan: r.plan } : { ok: false, errors: r.errors.map((e) => `${e.cell ? `${e.cell}: ` : ""}${e.message[L]}`) };
}

/** Everything the sidebar shows on opening: language, remembered plan, bundled plans and sheet names. */
export function init(): InitView {
  const state = loadState();
  const L = state.lang;
  const c = state.plan;
  const view: InitView = {
    lang: L,
    planKind: c.kind,
    bundled: loadBundledPlans().map((p) => ({ id: p.id, title: p.title, period: p.period })),
    sheets: listSheets(),
  };
  if (c.kind === "bundled") view.bundledId = c.id;
  if (c.kind === "sheet") view.planSheet = c.name;
  const r = resolvePlan(c, L);
  if (r.ok && r.plan) {
    view.planTitle = r.plan.title;
    view.planSize = r.plan.indicators.length;
  }
  return view;
}

/** Names of the spreadsheet's sheets (one call per sheet for its name). */
export function listSheets(): string[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((s) => s.getName());
}

/** Remembers the UI language for the menus and the next sidebar. */
export function setLang(l: string): void {
  const state = loadState();
  saveState({ ...state, lang: lang(l) });
}

/** Validates and remembers a plan choice; a JSON plan is stored whole so a re-check needs no file. */
export function choosePlan(req: PlanRequest, l: string): PlanView {
  const L = lang(l);
  let choice: PlanChoice;
  if (req.kind === "json") {
    let json: unknown;
    try {
      json = JSON.parse(req.text);
    } catch (e) {
      return { ok: false, errors: [t(L, "fileUnreadable", { msg: e instanceof Error ? e.message : String(e) })] };
    }
    const v = validatePlan(json);
    if (!v.ok) return { ok: false, errors: formatPlanIssues(v.errors).slice(0, 10) };
    choice = { kind: "file", plan: v.plan };
  } else {
    choice = req;
  }
  const r = resolvePlan(choice, L);
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, 10) };
  const state = loadState();
  saveState({ ...state, plan: choice, lang: L });
  return r.plan ? { ok: true, title: r.plan.title, size: r.plan.indicators.length } : { ok: true, title: "", size: 0 };
}

/** The written result for the sidebar: summary, shortfalls (largest gap first) and data findings, texts in both languages. */
export function resultView(sheet: SheetData, res: CheckedSheet, formulas: number, fallbacks: number): ResultView {
  const s = res.summary;
  const both = (f: (L: Lang) => string) => ({ vi: f("vi"), en: f("en") });
  const shortfalls = res.shortfalls.slice(0, MAX_SHORTFALLS_SHOWN).map((sf) => {
    const item = res.items[sf.item];
    const address = cellAddress(sheet, item.cell.row, item.cell.col);
    return {
      address,
      label: item.verdict.labels,
      near: item.verdict.status === "near",
      title: item.unitName ? `${item.unitName} · ${item.name}` : item.name,
      detail: both((L) => `${address} · ${item.verdict.explanations[L]}${sf.need ? ` · ${sf.need[L]}` : ""}`),
    };
  });
  return {
    sheet: res.sheet,
    formulas,
    fallbacks,
    summary: { total: s.total, achieved: s.achieved, short: s.byStatus.not_met + s.byStatus.near + s.byStatus.overdue },
    shortfalls,
    findings: res.findings.map((f) => {
      const cells = f.cells.map((c) => cellAddress(sheet, c.row, c.col));
      return { address: cells[0] ?? null, text: both((L) => `${cells.length ? `${cells.join(", ")} · ` : ""}${f.message[L]}`) };
    }),
  };
}

type Checked = { sheet: GoogleAppsScript.Spreadsheet.Sheet; read: ReadSheet; result: CheckResult; plan: Plan | null; state: SheetsState };

/** Reads the active sheet (fixed calls) and checks it with the remembered plan and the given overrides (no calls). */
function readAndCheck(L: Lang, overrides: LayoutOverrides | null, sheetName?: string): Checked | { error: string } {
  const state = loadState();
  const r = resolvePlan(state.plan, L);
  if (!r.ok) return { error: `${t(L, "planInvalid")} ${r.errors.slice(0, 5).join(" · ")}` };
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetName ? ss.getSheetByName(sheetName) : ss.getActiveSheet();
  if (!sheet) return { error: t(L, "sheetMissing", { name: sheetName ?? "" }) };
  const read = readSheet(sheet);
  const ov = overrides ?? state.mappings[read.sheet.name] ?? {};
  return { sheet, read, result: checkSheet(read.sheet, r.plan, { lang: L, overrides: ov }), plan: r.plan, state };
}

/**
 * Kiểm tra: checks the active sheet. With a mapping remembered for this sheet (and no `preview` asked) it
 * writes at once, so a re-check is one click; otherwise it returns the mapping to confirm.
 */
export function check(l: string, preview: boolean): CheckView {
  const L = lang(l);
  if (!preview) {
    const saved = loadState().mappings[SpreadsheetApp.getActiveSheet().getName()];
    if (saved) return write(L, saved, true);
  }
  const c = readAndCheck(L, null);
  if ("error" in c) return { kind: "error", message: c.error };
  if (!c.result.ok) return { kind: "error", message: c.result.error.message[L] };
  return { kind: "mapping", view: mappingView(c.read.sheet, c.result, c.state.mappings[c.read.sheet.name] ?? {}, L) };
}

/** The mapping again after the user changed a column (re-reads the sheet: the server keeps no state between calls). */
export function remap(l: string, overrides: LayoutOverrides): CheckView {
  const L = lang(l);
  const c = readAndCheck(L, overrides);
  if ("error" in c) return { kind: "error", message: c.error };
  if (!c.result.ok) return { kind: "error", message: c.result.error.message[L] };
  return { kind: "mapping", view: mappingView(c.read.sheet, c.result, overrides, L) };
}

/**
 * Ghi kết quả: under the document lock, reads the active sheet, checks it with the confirmed mapping, lets core
 * plan the status columns (it refuses rather than overwrite cells the tool did not create) and writes them,
 * with the add-on's TARGET_STATUS where core has no native formula; remembers the mapping. Reading and writing in one execution means the refusal always sees the current sheet.
 */
export function write(l: string, overrides: LayoutOverrides, remembered = false): CheckView {
  const L = lang(l);
  return withLock<CheckView>(
    () => ({ kind: "error", message: st(L, "busy") }),
    () => {
      const c = readAndCheck(L, overrides);
      if ("error" in c) return { kind: "error", message: c.error };
      if (!c.result.ok) return { kind: "error", message: c.result.error.message[L] };
      const planned = planStatusColumn(c.read.sheet, c.result, { lang: L });
      if (!planned.ok) return { kind: "refused", message: planned.reason[L], cells: planned.cells };
      const edits = withCustomFunctions(c.read.sheet, c.result, planned.edits);
      applySheetEdits(c.sheet, c.read, edits);
      saveState({ ...c.state, lang: L, lastChecked: c.read.sheet.name, mappings: { ...c.state.mappings, [c.read.sheet.name]: overrides } });
      const view = resultView(c.read.sheet, c.result, edits.formulaCount, edits.fallbacks.length);
      return { kind: "result", view, remembered };
    },
  );
}

/** Selects a cell the sidebar lists (a shortfall) and brings its sheet forward. */
export function selectCell(sheetName: string, address: string): boolean {
  return selectRange(SpreadsheetApp.getActiveSpreadsheet(), String(sheetName), String(address));
}

/**
 * Báo cáo: re-checks the last checked sheet with its remembered mapping and adds the report sheet from the default
 * template or a template sheet of this spreadsheet.
 */
export function report(l: string, templateSheet: string | null): SheetView {
  const L = lang(l);
  const state = loadState();
  if (!state.lastChecked) return { ok: false, errors: [t(L, "needCheck")] };
  return withLock<SheetView>(
    () => ({ ok: false, errors: [st(L, "busy")] }),
    () => {
      const c = readAndCheck(L, null, state.lastChecked);
      if ("error" in c) return { ok: false, errors: [c.error] };
      if (!c.result.ok) return { ok: false, errors: [c.result.error.message[L]] };
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      let template = undefined;
      if (templateSheet) {
        const values = readValues(ss, templateSheet);
        if (!values) return { ok: false, errors: [t(L, "sheetMissing", { name: templateSheet })] };
        const tg = templateFromGrid(values);
        if (!tg.ok) return { ok: false, errors: tg.errors.map((e) => `${e.cell}: ${e.message[L]}`) };
        template = { kind: "grid" as const, template: tg.template, name: templateSheet };
      }
      const model = buildReport(c.result, c.plan, { lang: L }, template);
      const name = createSheet(ss, model.sheet);
      return { ok: true, name, notes: model.warnings.map((w) => w[L]) };
    },
  );
}

/** Chèn kế hoạch: adds the chosen plan as a self-checking sheet (targets, a Thực hiện column, live status formulas). */
export function insertPlan(l: string): SheetView {
  const L = lang(l);
  const state = loadState();
  const r = resolvePlan(state.plan, L);
  if (!r.ok) return { ok: false, errors: r.errors };
  const plan = r.plan;
  if (!plan) return { ok: false, errors: [t(L, "needPlan")] };
  return withLock<SheetView>(
    () => ({ ok: false, errors: [st(L, "busy")] }),
    () => ({ ok: true, name: createSheet(SpreadsheetApp.getActiveSpreadsheet(), planToSheet(plan)), notes: [] }),
  );
}

/** Kiểm tra kế hoạch: the linter's findings on the chosen plan. */
export function lint(l: string): LintView | { errors: string[] } {
  const L = lang(l);
  const state = loadState();
  const r = resolvePlan(state.plan, L);
  if (!r.ok) return { errors: r.errors };
  if (!r.plan) return { errors: [t(L, "needPlan")] };
  return {
    title: r.plan.title,
    items: lintPlan(r.plan).map((i) => ({ severity: i.severity, where: i.location.indicator ?? i.location.task ?? i.location.path, text: i.message[L] })),
  };
}
