// The task pane UI: plan choice, check with mapping confirmation, shortfall list, report, plan sheet and lint. Text via textContent only.
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import type { CheckedSheet, LayoutOverrides, CheckResult } from "../../core/sheet/types";
import { cellAddress } from "../../core/sheet/model";
import { loadBundledPlans, getBundledPlan } from "../../core/plan/bundled";
import { t, type TextKey } from "../panel/text";
import { actionControls, h, oneAtATime, panelHeader, renderMapping } from "../panel/dom";
import { mappingView } from "../panel/mapping";
import { loadState, saveState, type PlanChoice, type SavedState, type SettingsLike } from "./settings";
import { addReport, insertPlanSheet } from "./sheet-flows";
import {
  goTo,
  lint,
  planFromJsonText,
  readAndCheck,
  readPlanSheet,
  recheck,
  writeStatus,
  type ExcelRun,
  type PendingCheck,
} from "./flows";

export interface AppDeps {
  run: ExcelRun;
  settings: SettingsLike | null;
  /** Initial UI language (Vietnamese unless the user chose English before). */
  lang: Lang;
  rememberLang?: (lang: Lang) => void;
}

export class App {
  private lang: Lang;
  private state: SavedState;
  private plan: Plan | null = null;
  private pending: PendingCheck | null = null;
  private overrides: LayoutOverrides = {};
  private checked: CheckedSheet | null = null;
  private sheetNames: string[] = [];
  /** Runs one action at a time with the busy mark and error line. */
  private readonly guard: (fn: () => Promise<void>) => Promise<void>;
  private statusEl: HTMLElement | null = null;
  private resultsEl!: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly deps: AppDeps,
  ) {
    this.lang = deps.lang;
    this.state = loadState(deps.settings);
    this.guard = oneAtATime(root, (text, kind) => this.say(text, kind), () => this.lang);
  }

  private tx(key: TextKey, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars);
  }

  /** Builds the pane and restores the remembered plan. */
  async start(): Promise<void> {
    await this.loadSheetNames();
    this.render();
    await this.resolvePlan(false);
    this.root.setAttribute("aria-busy", "false");
  }

  private render(focusId?: string): void {
    this.root.replaceChildren();
    document.documentElement.lang = this.lang;
    this.root.append(
      ...panelHeader(this.lang, (next) => {
        this.lang = next;
        this.deps.rememberLang?.(this.lang);
        this.render("lang");
      }),
    );

    const source = h("select", { id: "plan-source" });
    const kinds: Array<[PlanChoice["kind"], TextKey]> = [
      ["bundled", "sourceBundled"],
      ["sheet", "sourceSheet"],
      ["file", "sourceFile"],
      ["none", "sourceNone"],
    ];
    for (const [k, key] of kinds) source.append(h("option", { value: k }, this.tx(key)));
    source.value = this.state.plan.kind;
    this.root.append(h("label", { for: "plan-source" }, this.tx("planSource")), source);

    const detail = h("div", { id: "plan-detail" });
    this.root.append(detail);
    const fillDetail = () => {
      detail.replaceChildren();
      const kind = source.value as PlanChoice["kind"];
      if (kind === "bundled") {
        const sel = h("select", { id: "bundled-plan" });
        for (const p of loadBundledPlans()) sel.append(h("option", { value: p.id }, `${p.title} (${p.period})`));
        if (this.state.plan.kind === "bundled") sel.value = this.state.plan.id;
        sel.addEventListener("change", () => void this.choosePlan({ kind: "bundled", id: sel.value }));
        detail.append(h("label", { for: "bundled-plan" }, this.tx("bundledPlan")), sel);
        if (this.state.plan.kind !== "bundled" && sel.value) void this.choosePlan({ kind: "bundled", id: sel.value });
      } else if (kind === "sheet") {
        const sel = h("select", { id: "plan-sheet" });
        for (const n of this.sheetNames) sel.append(h("option", { value: n }, n));
        if (this.state.plan.kind === "sheet") sel.value = this.state.plan.name;
        const reload = h("button", { type: "button", id: "reload-sheets" }, this.tx("refreshSheets"));
        reload.addEventListener("click", () => void this.loadSheetNames().then(fillDetail));
        sel.addEventListener("change", () => void this.choosePlan({ kind: "sheet", name: sel.value }));
        detail.append(h("label", { for: "plan-sheet" }, this.tx("planSheet")), sel, h("div", { class: "row" }, reload));
      } else if (kind === "file") {
        const input = h("input", { id: "plan-file", type: "file", accept: ".json,application/json" });
        input.addEventListener("change", () => void this.readFile(input));
        detail.append(h("label", { for: "plan-file" }, this.tx("planFile")), input);
      } else if (this.state.plan.kind !== "none") {
        void this.choosePlan({ kind: "none" });
      }
    };
    source.addEventListener("change", fillDetail);
    fillDetail();

    const actions = { check: () => this.check(), report: () => this.report(), insertPlan: () => this.insertPlan(), lintPlan: () => this.lintPlan() };
    this.root.append(...actionControls(this.lang, { ...actions, run: (fn) => this.guard(fn) }, this.sheetNames));

    const previous = this.statusEl ? { text: this.statusEl.textContent ?? "", cls: this.statusEl.className } : null;
    this.statusEl = h("div", { id: "status", class: "status", role: "status", "aria-live": "polite" });
    if (previous) {
      this.statusEl.textContent = previous.text;
      this.statusEl.className = previous.cls;
    }
    this.resultsEl = h("div", { id: "results" });
    this.root.append(this.statusEl, this.resultsEl);
    if (this.pending && !this.checked) this.renderMapping();
    else if (this.checked) this.renderResults(this.checked);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private say(text: string, kind: "" | "error" | "ok" = ""): void {
    if (!this.statusEl) return;
    this.statusEl.className = `status ${kind}`.trim();
    this.statusEl.textContent = text;
  }

  private async loadSheetNames(): Promise<void> {
    this.sheetNames = await this.deps.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.load("items/name");
      await ctx.sync();
      return ws.items.map((s) => s.name);
    });
  }

  private async readFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    const r = planFromJsonText(text);
    if (!r.ok) {
      this.say(`${this.tx("planInvalid")} ${r.errors.slice(0, 5).join(" · ")}`, "error");
      return;
    }
    await this.choosePlan({ kind: "file", plan: r.plan });
  }

  private async choosePlan(choice: PlanChoice): Promise<void> {
    this.state = { ...this.state, plan: choice };
    await saveState(this.deps.settings, this.state);
    await this.resolvePlan(true);
  }

  /** Turns the remembered choice into a plan (reading the plan sheet when that is the source). */
  private async resolvePlan(announce: boolean): Promise<void> {
    const c = this.state.plan;
    this.plan = null;
    if (c.kind === "bundled") this.plan = getBundledPlan(c.id) ?? null;
    else if (c.kind === "file") this.plan = c.plan;
    else if (c.kind === "sheet") {
      const r = await readPlanSheet(this.deps.run, c.name, this.lang);
      if (!r.ok) {
        this.say(`${this.tx("planInvalid")} ${r.errors.slice(0, 5).join(" · ")}`, "error");
        return;
      }
      this.plan = r.plan;
    }
    if (announce && this.plan) this.say(this.tx("planLoaded", { title: this.plan.title, n: this.plan.indicators.length }), "ok");
  }

  private checkOptions() {
    return { lang: this.lang };
  }

  private async check(): Promise<void> {
    if (this.state.plan.kind === "sheet") await this.resolvePlan(false);
    this.checked = null;
    this.pending = await readAndCheck(this.deps.run, this.plan, this.checkOptions());
    const sheetName = this.pending.read.sheet.name;
    const saved = this.state.mappings[sheetName];
    this.overrides = saved ?? {};
    if (saved) this.pending = recheck(this.pending, this.plan, this.checkOptions(), saved);
    if (!this.pending.result.ok) {
      this.say(this.pending.result.error.message[this.lang], "error");
      this.resultsEl.replaceChildren();
      return;
    }
    if (saved) {
      // A remembered mapping makes a re-check one click: write at once, the mapping stays editable afterwards.
      this.say(this.tx("remembered"));
      await this.confirm();
      return;
    }
    this.say("");
    this.renderMapping();
  }

  private renderMapping(): void {
    const res = this.pending?.result;
    this.resultsEl.replaceChildren();
    if (!res || !res.ok) return;
    renderMapping(this.resultsEl, mappingView(this.pending!.read.sheet, res, this.overrides, this.lang), this.lang, {
      remap: (overrides, focusId) => {
        this.overrides = overrides;
        this.pending = recheck(this.pending!, this.plan, this.checkOptions(), this.overrides);
        this.renderMapping();
        document.getElementById(focusId)?.focus();
      },
      confirm: () => void this.guard(() => this.confirm()),
      cancel: () => {
        this.pending = null;
        this.resultsEl.replaceChildren();
        this.say("");
      },
    });
  }

  private async confirm(): Promise<void> {
    const pending = this.pending;
    if (!pending || !pending.result.ok) return;
    const res = pending.result;
    const out = await writeStatus(this.deps.run, pending, res, this.lang);
    if (!out.ok) {
      this.say(out.kind === "refused" ? this.tx("refused") : this.tx("changed"), "error");
      // Each blocking cell is a button that selects it, so the user can look before clearing or moving it.
      const list = h("ul", { class: "items", id: "blocked" });
      for (const address of out.cells.slice(0, 20)) {
        const b = h("button", { type: "button", "data-address": address }, address);
        b.addEventListener("click", () => void this.guard(() => goTo(this.deps.run, res.sheet, address).then(() => this.say(this.tx("selected", { address })))));
        list.append(h("li", {}, b));
      }
      this.resultsEl.replaceChildren(h("p", { id: "blocked-reason" }, out.kind === "refused" ? this.tx("refused") : this.tx("changed")), list);
      return;
    }
    this.checked = res;
    this.state = { ...this.state, mappings: { ...this.state.mappings, [res.sheet]: this.overrides } };
    await saveState(this.deps.settings, this.state);
    this.say(this.tx("written", { n: out.edits.formulaCount }), "ok");
    this.renderResults(res);
  }

  private renderResults(res: CheckedSheet): void {
    const L = this.lang;
    this.resultsEl.replaceChildren();
    const s = res.summary;
    const short = s.byStatus.not_met + s.byStatus.near + s.byStatus.overdue;
    this.resultsEl.append(h("p", { id: "summary", class: "summary" }, this.tx("summary", { total: s.total, achieved: s.achieved, short })));
    const edit = h("button", { id: "btn-edit-mapping", type: "button", class: "link" }, this.tx("editMapping"));
    edit.addEventListener("click", () => {
      this.checked = null;
      this.renderMapping();
    });
    this.resultsEl.append(edit);
    this.resultsEl.append(h("h2", { id: "shortfalls-title" }, this.tx("shortfalls")));
    if (res.shortfalls.length === 0) this.resultsEl.append(h("p", {}, this.tx("noShortfalls")));
    const list = h("ul", { class: "items", id: "shortfalls", "aria-labelledby": "shortfalls-title" });
    const sheet = this.pending?.read.sheet ?? { origin: { row: 0, col: 0 } };
    for (const sf of res.shortfalls) {
      const item = res.items[sf.item];
      const address = cellAddress(sheet, item.cell.row, item.cell.col);
      const title = item.unitName ? `${item.unitName} · ${item.name}` : item.name;
      const need = sf.need ? ` · ${sf.need[L]}` : "";
      const btn = h(
        "button",
        { type: "button", "data-address": address },
        h("span", { class: "name" }, h("span", { class: item.verdict.status === "near" ? "badge warn" : "badge" }, item.verdict.labels[L]), title),
        h("span", { class: "detail" }, `${address} · ${item.verdict.explanations[L]}${need}`),
      );
      btn.addEventListener("click", () => void this.guard(() => goTo(this.deps.run, res.sheet, address).then(() => this.say(this.tx("selected", { address })))));
      list.append(h("li", {}, btn));
    }
    this.resultsEl.append(list);
    if (res.findings.length > 0) {
      this.resultsEl.append(h("h2", {}, this.tx("findings")));
      const fl = h("ul", { class: "items", id: "findings" });
      for (const f of res.findings) {
        const cells = f.cells.map((c) => cellAddress(sheet, c.row, c.col));
        const btn = h("button", { type: "button" }, h("span", { class: "detail" }, `${cells.join(", ")} · ${f.message[L]}`));
        if (cells[0]) btn.addEventListener("click", () => void this.guard(() => goTo(this.deps.run, res.sheet, cells[0]).then(() => this.say(this.tx("selected", { address: cells[0] })))));
        fl.append(h("li", {}, btn));
      }
      this.resultsEl.append(fl);
    }
  }

  private async report(): Promise<void> {
    if (!this.checked) {
      this.say(this.tx("needCheck"), "error");
      return;
    }
    const tmplSel = document.getElementById("report-template") as HTMLSelectElement | null;
    const r = await addReport(this.deps.run, this.checked, this.plan, tmplSel?.value || null, this.lang);
    if (!r.ok) {
      this.say(r.errors.map((e) => e[this.lang]).join(" · "), "error");
      return;
    }
    this.sheetNames = [...this.sheetNames, r.name];
    const notes = r.warnings.map((w) => w[this.lang]).join(" · ");
    this.say(`${this.tx("reportDone", { name: r.name })}${notes ? ` ${notes}` : ""}`, "ok");
  }

  private async insertPlan(): Promise<void> {
    if (!this.plan) {
      this.say(this.tx("needPlan"), "error");
      return;
    }
    const name = await insertPlanSheet(this.deps.run, this.plan);
    this.sheetNames = [...this.sheetNames, name];
    this.say(this.tx("reportDone", { name }), "ok");
  }

  private async lintPlan(): Promise<void> {
    if (!this.plan) {
      this.say(this.tx("needPlan"), "error");
      return;
    }
    const issues = lint(this.plan);
    this.resultsEl.replaceChildren(h("h2", {}, this.tx("lintTitle")));
    if (issues.length === 0) {
      this.resultsEl.append(h("p", {}, this.tx("lintClean")));
    } else {
      const ul = h("ul", { class: "items", id: "lint" });
      for (const i of issues) ul.append(h("li", {}, h("span", { class: "detail" }, `${i.severity} · ${i.location.indicator ?? i.location.path} · ${i.message[this.lang]}`)));
      this.resultsEl.append(ul);
    }
    this.say(`${issues.length}`, issues.length === 0 ? "ok" : "");
  }

  /** For tests and the host page: the last check result. */
  lastResult(): CheckResult | null {
    return this.checked ?? this.pending?.result ?? null;
  }
}
