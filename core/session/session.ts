// The one check flow, host-free: plan → sheet → mapping → results → report, driven by the Excel pane, the Sheets sidebar and (through a file host) the CLI.
import type { Bilingual, CellValue, Lang } from "../types";
import type { Plan } from "../plan/schema";
import { loadBundledPlans } from "../plan/bundled";
import { planToSheet } from "../plan/sheet";
import { checkSheet } from "../sheet/check";
import { planStatusColumn, statusPlacement, type StatusPlacement } from "../sheet/status";
import { columnLetters, datedSerials, type SheetData } from "../sheet/model";
import type { PrintSetup } from "../sheet/output";
import { isOwnSheet } from "../sheet/owned";
import type { CheckResult, CheckedSheet, LayoutOverrides } from "../sheet/types";
import { weightOf } from "../sheet/coverage";
import { buildReport, ENGLISH_TEMPLATE, templateFromGrid } from "../report/build";
import { reportDefaults } from "../report/issuer";
import type { ReportMeta, ReportTemplate } from "../report/model";
import { valuesIn, type SheetInfo, type WorkbookHost } from "../host/host";
import { withCustomFunctionFallbacks } from "./fallbacks";
import { bestSheet, isBlankSheet } from "./choose";
import { lintLines, type LintLine } from "./lint";
import { judgeOptions, periodOf, todayIso, type JudgeOptions } from "./options";
import { planFromJson, resolvePlan, type PlanChoice, type PlanProblem } from "./plan";
import { resultsView, type ResultsView } from "./results";
import { emptyState, readState, type CreatedKind, type ReportFields, type SavedState } from "./state";

export type Step = "plan" | "sheet" | "mapping" | "results" | "report";
export const STEPS: readonly Step[] = ["plan", "sheet", "mapping", "results", "report"];

/** A sheet as the sheet step lists it: refused when this tool created it. */
export interface SheetEntry extends SheetInfo {
  created?: CreatedKind;
}

/** A one-line problem shown where the user looks, with the cells it is about (each can be selected). */
export interface Problem {
  message: Bilingual;
  cells: { sheet: string; address: string }[];
  /** The sheet the message is about, where it names one (a caller naming the file puts it before the sheet). */
  sheet?: string;
}

/** A sheet read and checked, waiting for the mapping to be confirmed and the results written. */
export interface Pending {
  info: SheetInfo;
  sheet: SheetData;
  result: CheckResult;
  overrides: LayoutOverrides;
  /** The overrides came from the mapping remembered for this sheet. */
  remembered: boolean;
  options: JudgeOptions;
}

/** What the last write put on the sheet. */
export interface Written {
  sheet: string;
  options: JudgeOptions;
  formulas: number;
  /** Status cells holding a fixed label (no formula could judge them), with why. */
  fixed: { row: number; reason: Bilingual }[];
  customFunctionCells: number;
  /** What the user must know about where the block went (core's notices), shown until the next write. */
  notices: Bilingual[];
  /** Whether the user allowed inserting columns next to the actual for this write. */
  insert: boolean;
  /** Columns were inserted next to the actual. */
  inserted: boolean;
  /** How the sheet prints, when core described it. */
  print: PrintSetup | null;
  /** Where the host offers a print of the checked sheet with that setup (Sheets), else null. */
  printUrl: string | null;
}

/** Where the status block can go for the sheet being checked, and what the user chose. */
export interface Placement extends StatusPlacement {
  /** Insert columns next to the actual when its neighbours are taken: the user's choice, else the default. */
  insert: boolean;
}

export interface SessionOptions {
  lang?: Lang;
  /** Today, ISO; injectable so tests do not depend on the clock. */
  today?: string;
  /**
   * The day a check is judged on when none is chosen: "today" for the CLI (its documented default), so its notes say
   * "hôm nay" rather than "do bạn chọn"; else (the panes) the plan period's end once it is over, then today.
   */
  asOfDefault?: "today";
}

const WORDS = {
  reading: { vi: "Đang đọc trang «{name}»…", en: "Reading sheet “{name}”…" },
  checking: { vi: "Đang kiểm tra {n} dòng…", en: "Checking {n} rows…" },
  choosing: { vi: "Đang tìm trang có bảng chỉ tiêu…", en: "Looking for the sheet with the indicator table…" },
  writing: { vi: "Đang ghi cột đánh giá…", en: "Writing the status column…" },
  loading: { vi: "Đang mở sổ…", en: "Opening the workbook…" },
  plan: { vi: "Đang nạp kế hoạch…", en: "Loading the plan…" },
  report: { vi: "Đang lập báo cáo…", en: "Making the report…" },
  insert: { vi: "Đang chèn trang kế hoạch…", en: "Inserting the plan sheet…" },
  select: { vi: "Đang chọn ô…", en: "Selecting the cell…" },
} as const satisfies Record<string, Bilingual>;

function fill(b: Bilingual, vars: Record<string, string | number>): Bilingual {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return { vi: f(b.vi), en: f(b.en) };
}

/** Text of an unexpected exception for the one-line error; hosts' own messages are kept, with what to do next. */
function failure(e: unknown): Bilingual {
  const msg = e instanceof Error ? e.message : String(e);
  return { vi: `Lỗi khi làm việc với sổ tính: ${msg}. Hãy thử lại; nếu vẫn lỗi, đóng rồi mở lại bảng điều khiển.`, en: `Error while working with the workbook: ${msg}. Try again; if it persists, close and reopen the panel.` };
}

/**
 * The check flow for one workbook, host-free. Each action runs one at a time (a second call while one runs is
 * ignored), says what it is doing in `busy`, and ends in a new step, a `notice`, or a `problem` in one line — never
 * an exception. Listeners registered with `onChange` hear every change; the panes redraw from the fields.
 * @example const s = new Session(host); await s.start(); await s.choosePlan({ kind: "bundled", id: "hai-an-2024-2025" });
 *   s.toStep("sheet"); await s.openSheet("Số liệu"); await s.write(); await s.makeReport({});
 */
export class Session {
  step: Step = "plan";
  lang: Lang;
  state: SavedState = emptyState();
  /** The resolved plan; null with "no plan" or before a choice. */
  plan: Plan | null = null;
  planProblems: PlanProblem[] = [];
  sheets: SheetEntry[] = [];
  activeSheet: string | null = null;
  pending: Pending | null = null;
  written: Written | null = null;
  /** Sheets the last report created, in order (report first); `printUrl` where the host offers one. */
  reportSheets: SheetInfo[] = [];
  busy: Bilingual | null = null;
  problem: Problem | null = null;
  /**
   * The exception behind `problem` when an action threw (null when the problem is one the session said itself): a
   * pane shows `problem`, a command-line host rethrows this so a bug inside core stays an internal error with its stack.
   */
  thrown: unknown = null;
  notice: Bilingual | null = null;
  lintResult: LintLine[] | null = null;
  /**
   * Every bundled plan, for the panes' plan search. Read when asked, not when the session starts: validating every
   * bundled plan parses all their targets, and a check against one plan (the CLI's) never needs the others.
   * loadBundledPlans keeps what it read, so each call hands back the same list.
   */
  get bundled(): Plan[] {
    return loadBundledPlans();
  }
  /** Today, ISO (the default report date; a running period is judged on it). */
  readonly today: string;
  private listeners: (() => void)[] = [];
  /** The host gave the language (Excel keeps it per user); otherwise the workbook's stored one wins. */
  private readonly langGiven: boolean;

  constructor(
    readonly host: WorkbookHost,
    opts: SessionOptions = {},
  ) {
    this.lang = opts.lang ?? "vi";
    this.langGiven = opts.lang !== undefined;
    this.today = opts.today ?? todayIso();
    this.asOfToday = opts.asOfDefault === "today";
  }

  private readonly asOfToday: boolean;

  /** A sheet as the host gives it, date-formatted serials read as dates (`datedSerials`): every reader sees one kind of date. */
  private async read(name: string): Promise<SheetData | null> {
    const s = await this.host.readSheet(name);
    return s && datedSerials(s);
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  private emit(): void {
    for (const f of this.listeners) f();
  }

  /**
   * Runs one action: marks the session busy with `what`, lets the pane draw it, and turns an exception into the
   * one-line problem. Returns false when another action was running.
   */
  private async run(what: Bilingual, fn: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = what;
    this.problem = null;
    this.thrown = null;
    this.notice = null;
    this.emit();
    // Let the pane paint "Đang…" before a long synchronous check starts.
    await new Promise((r) => setTimeout(r, 0));
    try {
      await fn();
    } catch (e) {
      this.problem = { message: failure(e), cells: [] };
      this.thrown = e;
    } finally {
      this.busy = null;
      this.emit();
    }
    return true;
  }

  private say(problem: Problem | null, notice: Bilingual | null = null): void {
    this.problem = problem;
    this.notice = notice;
  }

  /** The id of a sheet by name, from the last listing. */
  private info(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Loads what the workbook remembers and its sheets, and resolves the remembered plan. */
  async start(): Promise<void> {
    await this.run(WORDS.loading, async () => {
      this.state = readState(await this.host.loadState());
      if (this.state.lang && !this.langGiven) this.lang = this.state.lang;
      await this.listSheets();
      // A remembered plan that no longer resolves (its sheet deleted) is said at once, on the plan step.
      if (this.state.plan && !(await this.resolve(this.state.plan))) this.say({ message: this.planProblems[0].message, cells: [] });
      const intent = this.state.intent;
      // A menu's request to open at a step holds for ten minutes; the report needs a check first, so it opens at the sheet.
      const fresh = intent !== undefined && Date.now() - intent.at < 10 * 60_000;
      this.step = this.planReady && !(fresh && intent?.step === "plan") ? "sheet" : "plan";
      if (fresh && intent?.step === "report" && this.step === "sheet") {
        this.notice = { vi: "Hãy đọc lại trang số liệu rồi lập báo cáo.", en: "Read the data sheet again, then make the report." };
      }
      if (intent) {
        delete this.state.intent;
        await this.save();
      }
    });
  }

  private async save(): Promise<void> {
    await this.host.saveState(this.state);
  }

  private async listSheets(): Promise<void> {
    const list = await this.host.listSheets();
    this.activeSheet = list.active;
    this.sheets = list.sheets.map((s) => {
      const c = this.state.created[s.id];
      return c ? { ...s, created: c.kind } : { ...s };
    });
    // Forget created sheets the user has deleted.
    const ids = new Set(list.sheets.map((s) => s.id));
    for (const id of Object.keys(this.state.created)) if (!ids.has(id)) delete this.state.created[id];
  }

  /** Re-reads the sheet list (after the user added or renamed sheets). */
  async refreshSheets(): Promise<void> {
    await this.run(WORDS.loading, () => this.listSheets());
  }

  /** Resolves a choice into `plan`; on failure the problems are kept and, unless `keep`, the plan is gone too. */
  private async resolve(choice: PlanChoice, keep = false): Promise<boolean> {
    const r = await resolvePlan(choice, (n) => this.read(n));
    if (!r.ok) {
      this.planProblems = r.problems;
      if (!keep) this.plan = null;
      return false;
    }
    this.planProblems = r.warnings;
    this.plan = r.plan;
    return true;
  }

  /** Chooses the plan (or explicitly none) and remembers the choice; stays on the plan step. */
  async choosePlan(choice: PlanChoice): Promise<void> {
    await this.run(WORDS.plan, async () => {
      this.lintResult = null;
      if (!(await this.resolve(choice, true))) {
        this.say({ message: this.planProblems[0].message, cells: this.planProblems.flatMap((p) => (p.cell ? [p.cell] : [])) });
        return;
      }
      this.state.plan = choice;
      // A new plan changes every verdict: the check waits to be redone.
      this.pending = null;
      this.written = null;
      await this.save();
      const p = this.plan;
      this.say(null, p ? { vi: `Đã chọn kế hoạch «${p.title}» (${p.indicators.length} chỉ tiêu).`, en: `Plan “${p.title}” chosen (${p.indicators.length} indicators).` } : { vi: "Không dùng kế hoạch: chỉ tiêu lấy từ cột Kế hoạch trên trang.", en: "No plan: targets come from the sheet’s target column." });
    });
  }

  /** Chooses a plan given as JSON text (a file's content or a paste); a broken one is a problem and changes nothing. */
  async choosePlanJson(text: string, fileName?: string): Promise<void> {
    const r = planFromJson(text, fileName);
    if (!r.ok) {
      this.say({ message: r.problems[0].message, cells: [] });
      this.planProblems = r.problems;
      this.emit();
      return;
    }
    await this.choosePlan(fileName ? { kind: "file", plan: r.plan, fileName } : { kind: "file", plan: r.plan });
  }

  /** Whether a plan choice is made and usable, so the flow can go on to the sheet. */
  get planReady(): boolean {
    return this.state.plan !== null && (this.state.plan.kind === "none" || this.plan !== null);
  }

  /** Goes to a step the flow has reached (back to an earlier one, or on when its prerequisites are met). */
  toStep(step: Step): void {
    if (this.busy) return;
    const ok =
      step === "plan" ||
      (step === "sheet" && this.planReady) ||
      (step === "mapping" && this.pending !== null) ||
      (step === "results" && this.pending?.result.ok === true) ||
      (step === "report" && this.pending?.result.ok === true && this.written !== null);
    if (!ok) return;
    this.step = step;
    this.problem = null;
    this.notice = null;
    this.emit();
  }

  /** Lints the chosen plan; lines carry cells when the plan lives in a sheet of this workbook. */
  async lint(): Promise<void> {
    await this.run(WORDS.plan, async () => {
      const plan = this.plan;
      if (!plan) return;
      let sheet: SheetData | null = null;
      const c = this.state.plan;
      if (c?.kind === "sheet") sheet = await this.read(c.name);
      else {
        // A plan inserted into this workbook earlier: its rows are where the findings point.
        const id = Object.entries(this.state.created).find(([, v]) => v.kind === "plan" && v.planId === plan.id)?.[0];
        const name = id ? this.sheets.find((s) => s.id === id)?.name : undefined;
        if (name) sheet = await this.read(name);
      }
      this.lintResult = lintLines(plan, sheet);
      this.notice = this.lintResult.length === 0 ? { vi: "Kế hoạch không có vấn đề nào.", en: "The plan has no problems." } : null;
    });
  }

  /** Inserts the chosen plan as a self-checking sheet and remembers it as the tool's. */
  async insertPlanSheet(): Promise<void> {
    await this.run(WORDS.insert, async () => {
      const plan = this.plan;
      if (!plan) return;
      const info = await this.host.addSheet(planToSheet(plan));
      this.state.created[info.id] = { kind: "plan", planId: plan.id };
      await this.save();
      await this.listSheets();
      this.notice = { vi: `Đã chèn trang «${info.name}»: nhập số liệu vào cột Thực hiện, cột Đánh giá tự cập nhật.`, en: `Inserted sheet “${info.name}”: type figures in Thực hiện and the status updates itself.` };
    });
  }

  /** The sheet the sheet step offers first: the last checked, else the active one, never one the tool made. */
  get suggestedSheet(): string | null {
    const usable = (s: SheetEntry | undefined) => s !== undefined && !s.created;
    const last = this.sheets.find((s) => s.id === this.state.lastSheet);
    if (usable(last) && last) return last.name;
    const active = this.activeSheet ? this.info(this.activeSheet) : undefined;
    if (usable(active) && active?.visible) return active.name;
    return this.sheets.find((s) => !s.created && s.visible)?.name ?? null;
  }

  /** The options this check is judged with (the user's, else the plan period's end or today). */
  judgeOptions(sheet: SheetData | null = this.pending?.sheet ?? null): JudgeOptions {
    const header = this.pending?.result.ok ? this.pending.result.layout.headerRows[0] : undefined;
    return judgeOptions(this.state.options, this.asOfToday ? null : periodOf(this.plan, sheet, header), this.today);
  }

  /** The sheets read when the sheet was chosen among them: where a unit matrix may find its units' targets. */
  private siblings: SheetData[] = [];

  private check(sheet: SheetData, overrides: LayoutOverrides, options: JudgeOptions): CheckResult {
    const siblings = this.siblings.filter((s) => s.name !== sheet.name);
    return checkSheet(sheet, this.plan, { lang: this.lang, overrides, asOf: options.asOf, asOfToday: options.asOf === this.today, tolerance: options.tolerance, ...(siblings.length ? { siblings } : {}) });
  }

  /**
   * Checks the open sheet again (a remap, new options, another language, a rewrite), keeping what the check of the
   * whole workbook found on the other sheets (`coverage.elsewhere`, from openBestSheet): those sheets are not read
   * again, and a clean line must not come back because this one was re-judged.
   */
  private recheck(prev: CheckResult, sheet: SheetData, overrides: LayoutOverrides, options: JudgeOptions): CheckResult {
    const next = this.check(sheet, overrides, options);
    const elsewhere = prev.ok ? prev.coverage.elsewhere : undefined;
    if (next.ok && elsewhere) {
      next.coverage.elsewhere = elsewhere;
      next.coverage.complete = false;
    }
    return next;
  }

  /**
   * Reads and checks a sheet with its remembered mapping, then shows the mapping to confirm. A sheet this tool
   * created (a report, its notes, a plan sheet) is refused: checking it would write status columns into it.
   */
  async openSheet(name: string): Promise<void> {
    const entry = this.info(name);
    if (entry?.created) {
      this.say({ message: refusedSheet(name, entry.created), cells: [] });
      this.emit();
      return;
    }
    await this.run(fill(WORDS.reading, { name }), async () => {
      if (this.state.plan?.kind === "sheet" && !(await this.resolve(this.state.plan))) {
        this.say({ message: this.planProblems[0].message, cells: [] });
        return;
      }
      const sheet = await this.read(name);
      if (!sheet) {
        await this.listSheets();
        this.say({ message: { vi: `Không có trang «${name}» trong sổ; hãy chọn trang khác.`, en: `There is no sheet “${name}” in the workbook; choose another.` }, cells: [] });
        return;
      }
      // A sheet carrying the tool's whole-sheet mark is one it made, even when this workbook's memory of it was lost.
      if (isOwnSheet(sheet)) {
        this.say({ message: refusedSheet(name, entry?.created ?? "marked"), cells: [] });
        return;
      }
      const info = entry ?? { id: name, name, visible: true };
      // Sheets read for an earlier choice may have changed since: the others are read again when this one needs them.
      this.siblings = [];
      const saved = this.state.mappings[info.id];
      const options = this.judgeOptions(sheet);
      const result = await this.withSiblings(sheet, this.check(sheet, saved ?? {}, options), saved ?? {}, options);
      this.pending = { info, sheet, result, overrides: saved ?? {}, remembered: saved !== undefined, options };
      this.written = null;
      this.reportSheets = [];
      if (!result.ok) {
        this.say({ message: noTable(name, result.error.message, result.error.expected), cells: [] });
        return;
      }
      this.step = "mapping";
      this.problem = judgedNothing(name, result);
    });
  }

  /**
   * Reads and checks every listed sheet (or those of `among`, which the user named) and opens the one whose table
   * judges the most (see `bestSheet`), with `overrides` as the mapping of each: how a file is checked when the user
   * names no sheet. Sheets this tool made are left out unless named; empty ones are skipped. `hint` says how to
   * choose another sheet, in the words of the caller (a CLI option, a picker).
   */
  async openBestSheet(opts: { among?: string[]; overrides?: LayoutOverrides; hint: Bilingual }): Promise<void> {
    await this.run(WORDS.choosing, async () => {
      if (this.state.plan?.kind === "sheet" && !(await this.resolve(this.state.plan))) {
        this.say({ message: this.planProblems[0].message, cells: [] });
        return;
      }
      const named = opts.among !== undefined;
      const entries = named ? opts.among!.map((n) => this.info(n) ?? { id: n, name: n, visible: true }) : this.sheets.filter((s) => !s.created);
      const overrides = opts.overrides ?? {};
      const read: { info: SheetInfo; sheet: SheetData }[] = [];
      for (const info of entries) {
        const sheet = await this.read(info.name);
        if (!sheet || (!named && isOwnSheet(sheet))) continue;
        read.push({ info, sheet });
      }
      // Every sheet read is one another may take its units' targets from ("Chỉ tiêu giao" beside the results).
      this.siblings = read.map((x) => x.sheet);
      const candidates: { info: SheetInfo; sheet: SheetData; result: CheckResult | null }[] = read.map(({ info, sheet }) => ({ info, sheet, result: isBlankSheet(sheet) ? null : this.check(sheet, overrides, this.judgeOptions(sheet)) }));
      const best = bestSheet(candidates, { named, hint: opts.hint });
      if (!best.ok) {
        this.say(best.sheet ? { message: best.message, cells: [], sheet: best.sheet } : { message: best.message, cells: [] });
        return;
      }
      const c = candidates[best.index];
      // A sheet the user named was read without the others ("--sheet"): read them where its units' targets may be there.
      const result = named ? await this.withSiblings(c.sheet, best.result, overrides, this.judgeOptions(c.sheet)) : best.result;
      this.pending = { info: c.info, sheet: c.sheet, result, overrides, remembered: false, options: this.judgeOptions(c.sheet) };
      this.written = null;
      this.reportSheets = [];
      this.step = "mapping";
      this.problem = judgedNothing(c.info.name, result);
    });
  }

  /**
   * A unit matrix that judged nothing for want of targets when checked alone may take them from another sheet of the
   * workbook ("Chỉ tiêu giao"): the other listed sheets (not this tool's) are read and the sheet checked again with
   * them, so a sheet the user names is judged as it is when chosen among all. Otherwise `result` stands.
   */
  private async withSiblings<R extends CheckResult>(sheet: SheetData, result: R, overrides: LayoutOverrides, options: JudgeOptions): Promise<R | CheckedSheet> {
    // Only a matrix that judged nothing for want of targets (core/sheet/matrix.ts reads other sheets only then): a big
    // workbook is not read again for a sheet that has its own targets.
    // Nor one whose own target sentence was set aside: another sheet's targets do not stand in for it.
    if (!result.ok || result.layout.shape !== "matrix" || weightOf(result.coverage) > 0 || !result.coverage.notJudged.some((n) => n.reason === "no_target")) return result;
    const others: SheetData[] = [];
    for (const info of this.sheets) {
      if (info.created || info.name === sheet.name) continue;
      const other = await this.read(info.name);
      if (other && !isOwnSheet(other)) others.push(other);
    }
    if (others.length === 0) return result;
    this.siblings = others;
    const next = this.recheck(result, sheet, overrides, options);
    return next.ok ? next : result;
  }

  /** Re-checks the read sheet with the user's correction to the mapping (no host call). */
  remap(overrides: LayoutOverrides): void {
    const p = this.pending;
    if (!p || this.busy) return;
    const result = this.recheck(p.result, p.sheet, overrides, p.options);
    this.pending = { ...p, overrides, remembered: false, result };
    this.problem = result.ok ? judgedNothing(p.info.name, result) : { message: noTable(p.info.name, result.error.message, result.error.expected), cells: [] };
    this.emit();
  }

  /** Changes the as-of date or tolerance: re-judges in memory; the column on the sheet waits for `write`. */
  async setOptions(o: { asOf?: string | null; tolerance?: number }): Promise<void> {
    if (this.busy) return;
    if (o.asOf !== undefined) {
      if (o.asOf === null || o.asOf === "") delete this.state.options.asOf;
      else this.state.options.asOf = o.asOf;
    }
    if (o.tolerance !== undefined) this.state.options.tolerance = o.tolerance;
    const p = this.pending;
    if (p) {
      const options = this.judgeOptions(p.sheet);
      this.pending = { ...p, options, result: this.recheck(p.result, p.sheet, p.overrides, options) };
    }
    await this.save();
    this.emit();
  }

  /** True when the verdicts shown differ from what the sheet's status column was written with. */
  get stale(): boolean {
    const w = this.written;
    const p = this.pending;
    // The insert choice is not part of it: once written, the block stays in the tool's marked columns.
    return !!w && !!p && (w.options.asOf !== p.options.asOf || w.options.tolerance !== p.options.tolerance);
  }

  /** Where the status block can go for the sheet read, with the user's choice about inserting; null before a check. */
  get placement(): Placement | null {
    const p = this.pending;
    if (!p || !p.result.ok) return null;
    // The pane asks on every redraw; the answer changes only with a new read or mapping (a new `pending`).
    if (this.placementOf?.pending !== p) this.placementOf = { pending: p, where: statusPlacement(p.sheet, p.result) };
    const where = this.placementOf.where;
    if (this.host.insertsColumns === false) return { ...where, insert: false };
    return { ...where, insert: this.state.insert[p.info.id] ?? where.defaultInsert };
  }

  private placementOf: { pending: Pending; where: StatusPlacement } | null = null;

  /** Allows or forbids inserting columns next to the actual for this sheet; remembered with the workbook. */
  async setInsert(on: boolean): Promise<void> {
    const p = this.pending;
    if (!p || this.busy) return;
    this.state.insert[p.info.id] = on;
    await this.save();
    this.emit();
  }

  /**
   * Writes the status and explanation columns for the confirmed mapping: core plans them (and refuses rather
   * than overwrite the user's cells), the host's custom function keeps rules with no native formula live, and
   * the host writes only if the block still holds what was read. A second write (after new options) reads the
   * sheet again first, since the first write changed it.
   */
  async write(): Promise<void> {
    const p0 = this.pending;
    if (!p0 || !p0.result.ok) return;
    await this.run(WORDS.writing, async () => {
      let p = p0;
      if (this.written) {
        const again = await this.read(p.info.name);
        if (!again) {
          this.say({ message: { vi: `Không còn trang «${p.info.name}»; hãy chọn lại trang.`, en: `Sheet “${p.info.name}” is gone; choose the sheet again.` }, cells: [] });
          return;
        }
        p = { ...p, sheet: again, result: this.recheck(p.result, again, p.overrides, p.options) };
        this.pending = p;
      }
      const res = p.result;
      if (!res.ok) return;
      const nothing = judgedNothing(p.info.name, res);
      if (nothing) {
        this.say(nothing);
        return;
      }
      // The formulas stay live (TODAY()) unless the check is judged on another day than today.
      const insert = this.host.insertsColumns !== false && (this.placement?.insert ?? false);
      // Explanations follow the figure in every host: a formula over the cells the status reads (see `liveExplanations`).
      const planned = planStatusColumn(p.sheet, res, {
        lang: this.lang, tolerance: p.options.tolerance, insertAtActual: insert, names: this.host.definedNames === true, liveExplanations: true,
        ...(p.options.asOf !== this.today ? { asOf: p.options.asOf } : {}),
      });
      if (!planned.ok) {
        this.say({ message: planned.reason, cells: planned.cells.map((address) => ({ sheet: p.info.name, address })) });
        return;
      }
      const { edits, replaced } = withCustomFunctionFallbacks(planned.edits, res, p.sheet, this.host.customFunction, this.lang);
      const expected: CellValue[][] = valuesIn(p.sheet, edits.block.range);
      const out = await this.host.applyEdits(edits, expected);
      if (!out.ok) {
        const hiddenAt = (c: string) => ({ sheet: p.info.name, address: `${c}${edits.block.range.top + 1}` });
        this.say(
          out.kind === "busy"
            ? { message: { vi: "Một người khác đang ghi vào sổ này; chưa ghi gì. Hãy thử lại sau ít giây.", en: "Someone else is writing to this workbook; nothing was written. Try again in a few seconds." }, cells: [] }
            : out.kind === "hidden"
              ? {
                  message: {
                    vi: `Cột ${out.columns.join(", ")} của trang «${p.info.name}» đang bị ẩn; chưa ghi gì. Hãy hiện cột đó, hoặc xóa nó nếu không dùng, rồi ghi lại.`,
                    en: `Column ${out.columns.join(", ")} of “${p.info.name}” is hidden; nothing was written. Unhide it, or delete it if unused, then write again.`,
                  },
                  cells: out.columns.map(hiddenAt),
                }
              : {
                  message: { vi: `Trang «${p.info.name}» đã thay đổi từ lúc đọc (${out.cells.slice(0, 5).join(", ")}); chưa ghi gì. Hãy đọc lại trang.`, en: `Sheet “${p.info.name}” changed since it was read (${out.cells.slice(0, 5).join(", ")}); nothing was written. Read the sheet again.` },
                  cells: out.cells.slice(0, 20).map((address) => ({ sheet: p.info.name, address })),
                },
        );
        return;
      }
      this.written = {
        sheet: p.info.name, options: p.options, formulas: edits.formulaCount, fixed: edits.fallbacks, customFunctionCells: replaced,
        notices: edits.notices, insert, inserted: edits.insertColumns !== undefined, print: edits.print ?? null, printUrl: out.printUrl ?? null,
      };
      this.state.mappings[p.info.id] = p.overrides;
      this.state.lastSheet = p.info.id;
      await this.save();
      this.step = "results";
      const where = wroteWhere(edits.block.range.left, edits.insertColumns !== undefined);
      const extra = edits.notices.map((n) => ` ${n.vi}`).join("");
      const extraEn = edits.notices.map((n) => ` ${n.en}`).join("");
      this.notice = {
        vi: `Đã ghi cột đánh giá vào trang «${p.info.name}» ${where.vi}: ${edits.formulaCount} công thức tự cập nhật${edits.fallbacks.length ? `, ${edits.fallbacks.length} ô ghi nhãn cố định` : ""}.${extra}`,
        en: `Wrote the status column on “${p.info.name}” ${where.en}: ${edits.formulaCount} live formula${edits.formulaCount === 1 ? "" : "s"}${edits.fallbacks.length ? `, ${edits.fallbacks.length} fixed label${edits.fallbacks.length === 1 ? "" : "s"}` : ""}.${extraEn}`,
      };
    });
  }

  /** The results of the current check, for the results step. */
  get results(): ResultsView | null {
    const p = this.pending;
    return p && p.result.ok ? resultsView(p.sheet, p.result) : null;
  }

  get checked(): CheckedSheet | null {
    return this.pending?.result.ok ? this.pending.result : null;
  }

  /** Selects a cell in the workbook (a result, a refused cell, a lint finding). */
  async goTo(sheet: string, address: string): Promise<void> {
    await this.run(WORDS.select, async () => {
      await this.host.select(sheet, address);
      this.notice = { vi: `Đã chọn ô ${address} trên trang «${sheet}».`, en: `Selected ${address} on “${sheet}”.` };
    });
  }

  /** The report's issuer and signature fields: what the user confirmed before, else read from the sheet or plan. */
  reportFields(): Required<ReportFields> {
    const p = this.pending;
    const d = reportDefaults(this.plan, p?.sheet ?? null, p?.result.ok ? p.result.layout.headerRows[0] : undefined);
    const s = this.state.report;
    return {
      parent: s.parent ?? d.parent,
      issuer: s.issuer ?? d.issuer,
      number: s.number ?? d.number,
      place: s.place ?? d.place,
      signatureTitle: s.signatureTitle ?? d.signatureTitle,
      signerName: s.signerName ?? d.signerName,
      // (Recipients in the report's language: the Vietnamese defaults under an English "Recipients:" read as untranslated.)
      recipients: s.recipients ?? (this.lang === "en" ? ENGLISH_TEMPLATE.recipients : d.recipients),
    };
  }

  /**
   * Adds the report sheet and its "Ghi chú kỹ thuật" sheet for the current check, from the default template or
   * a template sheet of this workbook, and remembers both as the tool's own (never checked as data).
   */
  async makeReport(fields: ReportFields, opts: { templateSheet?: string | null; date?: string | null } = {}): Promise<void> {
    const res = this.checked;
    const p = this.pending;
    if (!res || !p) return;
    await this.run(WORDS.report, async () => {
      let template: ReportTemplate | undefined;
      if (opts.templateSheet) {
        const t = await this.read(opts.templateSheet);
        if (!t) {
          this.say({ message: { vi: `Không có trang mẫu «${opts.templateSheet}».`, en: `No template sheet “${opts.templateSheet}”.` }, cells: [] });
          return;
        }
        const g = templateFromGrid(t.values);
        if (!g.ok) {
          const e = g.errors[0];
          this.say({ message: { vi: `Trang mẫu «${opts.templateSheet}», ô ${e.cell}: ${e.message.vi}`, en: `Template sheet “${opts.templateSheet}”, cell ${e.cell}: ${e.message.en}` }, cells: g.errors.map((x) => ({ sheet: opts.templateSheet!, address: x.cell })) });
          return;
        }
        template = { kind: "grid", template: g.template, name: opts.templateSheet };
      }
      this.state.report = { ...this.state.report, ...fields };
      const all = { ...this.reportFields(), ...fields };
      const meta: ReportMeta = {
        lang: this.lang,
        issuer: all.issuer,
        parent: all.parent,
        number: all.number,
        place: all.place,
        signatureTitle: all.signatureTitle,
        signerName: all.signerName,
        recipients: all.recipients,
        asOf: p.options.asOf,
        tolerance: p.options.tolerance,
        asOfSource: p.options.asOfSource,
        sheetName: this.lang === "en" ? "Report" : "Báo cáo",
      };
      const date = opts.date === undefined ? this.today : opts.date;
      if (date) meta.date = date;
      if (this.written) meta.fixedLabels = this.written.fixed.length;
      const model = buildReport(res, this.plan, meta, template);
      const made: SheetInfo[] = [];
      const report = await this.host.addSheet(model.sheet);
      this.state.created[report.id] = { kind: "report" };
      made.push(report);
      const notes = await this.host.addSheet(model.notes);
      this.state.created[notes.id] = { kind: "notes" };
      made.push(notes);
      // The report is the sheet the user wants to look at; the notes sheet was activated last.
      await this.host.select(report.name, "A1");
      await this.save();
      await this.listSheets();
      this.reportSheets = made;
      const warn = model.warnings.map((w) => w[this.lang]).join(" ");
      this.notice = {
        vi: `Đã tạo trang «${report.name}» và «${notes.name}».${warn ? ` ${warn}` : ""}`,
        en: `Created sheets “${report.name}” and “${notes.name}”.${warn ? ` ${warn}` : ""}`,
      };
    });
  }

  /** Switches the language of every text the session words (verdicts are re-worded without reading again). */
  async setLang(lang: Lang): Promise<void> {
    this.lang = lang;
    this.state.lang = lang;
    const p = this.pending;
    if (p) this.pending = { ...p, result: this.recheck(p.result, p.sheet, p.overrides, p.options) };
    await this.save();
    this.emit();
  }
}

/** Where the block went, in words for the notice: its first column, and whether columns were inserted for it. */
function wroteWhere(left: number, inserted: boolean): Bilingual {
  const col = columnLetters(left);
  return inserted ? { vi: `(chèn cột ${col} ngay sau cột Thực hiện)`, en: `(column ${col} inserted right after the actual)` } : { vi: `(từ cột ${col})`, en: `(from column ${col})` };
}

/** Why a sheet the tool made cannot be checked, naming it. */
function refusedSheet(name: string, kind: CreatedKind | "marked"): Bilingual {
  const what = {
    report: { vi: "trang báo cáo", en: "a report sheet" },
    notes: { vi: "trang ghi chú kỹ thuật", en: "a technical notes sheet" },
    plan: { vi: "trang kế hoạch", en: "a plan sheet" },
    marked: { vi: "trang", en: "a sheet" },
  }[kind];
  return {
    vi: `Trang «${name}» là ${what.vi} do Chỉ tiêu tạo, không phải trang số liệu; hãy chọn trang có số liệu để kiểm tra.`,
    en: `Sheet “${name}” is ${what.en} made by Chỉ tiêu, not a data sheet; choose the sheet with the figures.`,
  };
}

/**
 * A check that judged no row is never shown as a clean result: it is a problem naming the columns to map.
 * Null when something was judged.
 */
function judgedNothing(name: string, result: CheckedSheet): Problem | null {
  if (result.items.some((it) => it.status !== "unreadable")) return null;
  return {
    message: {
      vi: `Trang «${name}»: chưa đánh giá được dòng nào với cách đọc cột này; hãy chọn đúng cột Nội dung chỉ tiêu, Kế hoạch và Thực hiện.`,
      en: `Sheet “${name}”: no row could be judged with these columns; choose the indicator, target and actual columns.`,
    },
    cells: [],
  };
}

/** A sheet with no table the checker recognises: what it saw and which headings to add or map. */
function noTable(name: string, message: Bilingual, expected: string[]): Bilingual {
  const words = expected.slice(0, 6).join(", ");
  return {
    vi: `Trang «${name}»: ${message.vi.replace(/\.$/, "")}. Cần các tiêu đề cột như: ${words}; hoặc chọn trang khác.`,
    en: `Sheet “${name}”: ${message.en.replace(/\.$/, "")}. Expected column headings such as: ${words}; or choose another sheet.`,
  };
}
