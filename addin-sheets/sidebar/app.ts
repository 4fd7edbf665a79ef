// The sidebar UI: plan choice, check with mapping confirmation, shortfall list, report, plan sheet and lint; the server does the work. Text via textContent only.
import type { Lang } from "../../core/types";
import type { ColumnRole, LayoutOverrides } from "../../core/sheet/types";
import { t, type TextKey } from "../../addin-excel/taskpane/i18n";
import type { CheckView, InitView, MappingView, ResultView } from "../shared/protocol";
import { st, type SheetsTextKey } from "../shared/text";
import type { Server } from "./server";

type Attrs = Record<string, string>;

/** Creates an element; children strings become text nodes, so workbook text can never become markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** Roles offered in the mapping of an indicator list, in the order a clerk reads the sheet. */
const LIST_ROLES: ColumnRole[] = ["id", "name", "unit", "target", "baseline", "actual", "actualNumerator", "actualDenominator", "rate"];
const ROLE_TEXT: Record<string, { vi: string; en: string }> = {
  id: { vi: "Mã chỉ tiêu", en: "Indicator id" },
  name: { vi: "Nội dung chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  target: { vi: "Kế hoạch (chỉ tiêu)", en: "Target" },
  baseline: { vi: "Số liệu gốc", en: "Baseline" },
  actual: { vi: "Thực hiện", en: "Actual" },
  actualNumerator: { vi: "Thực hiện: tử số", en: "Actual: numerator" },
  actualDenominator: { vi: "Thực hiện: mẫu số", en: "Actual: denominator" },
  rate: { vi: "Tỷ lệ (%)", en: "Rate (%)" },
};

type Source = "bundled" | "sheet" | "file" | "paste" | "none";

export class SidebarApp {
  private lang: Lang = "vi";
  private init: InitView | null = null;
  private source: Source = "bundled";
  private mapping: MappingView | null = null;
  private result: ResultView | null = null;
  private lint: { title: string; items: { severity: string; where: string; text: string }[] } | null = null;
  private busy = false;
  private statusEl!: HTMLElement;
  private resultsEl!: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Server,
  ) {}

  private tx(key: TextKey, vars?: Record<string, string | number>): string {
    return t(this.lang, key, vars);
  }

  private sx(key: SheetsTextKey, vars?: Record<string, string | number>): string {
    return st(this.lang, key, vars);
  }

  /** Loads the remembered state from the server and draws the panel. */
  async start(): Promise<void> {
    try {
      this.init = await this.server.init();
      this.lang = this.init.lang;
      this.source = this.init.planKind === "bundled" || this.init.planKind === "sheet" || this.init.planKind === "file" ? this.init.planKind : "bundled";
      if (this.init.planKind === "none") this.source = "none";
      this.render();
      if (this.init.planTitle) this.say(this.tx("planLoaded", { title: this.init.planTitle, n: this.init.planSize ?? 0 }), "ok");
    } catch (e) {
      this.root.replaceChildren(h("p", { class: "status error" }, this.tx("failed", { msg: e instanceof Error ? e.message : String(e) })));
    }
    this.root.setAttribute("aria-busy", "false");
  }

  private render(focusId?: string): void {
    const init = this.init;
    if (!init) return;
    this.root.replaceChildren();
    document.documentElement.lang = this.lang;
    const langBtn = h("button", { id: "lang", type: "button", "aria-label": this.tx("switchLangLabel") }, this.tx("switchLang"));
    langBtn.addEventListener("click", () => {
      this.lang = this.lang === "vi" ? "en" : "vi";
      void this.server.setLang(this.lang).catch(() => undefined);
      this.render("lang");
    });
    this.root.append(h("header", {}, h("h1", {}, this.tx("title")), langBtn), h("p", { class: "muted" }, this.tx("intro")));

    const source = h("select", { id: "plan-source" });
    const kinds: Array<[Source, string]> = [
      ["bundled", this.tx("sourceBundled")],
      ["sheet", this.tx("sourceSheet")],
      ["file", this.tx("sourceFile")],
      ["paste", this.sx("sourcePaste")],
      ["none", this.tx("sourceNone")],
    ];
    for (const [k, text] of kinds) source.append(h("option", { value: k }, text));
    source.value = this.source;
    this.root.append(h("label", { for: "plan-source" }, this.tx("planSource")), source);
    const detail = h("div", { id: "plan-detail" });
    this.root.append(detail);
    source.addEventListener("change", () => {
      this.source = source.value as Source;
      this.fillDetail(detail, true);
    });
    this.fillDetail(detail, false);

    const buttons: Array<[string, TextKey, () => Promise<void>, string]> = [
      ["btn-check", "check", () => this.check(false), "primary"],
      ["btn-report", "report", () => this.report(), ""],
      ["btn-insert", "insertPlan", () => this.insertPlan(), ""],
      ["btn-lint", "lintPlan", () => this.lintPlan(), ""],
    ];
    const actions = h("div", { class: "actions" });
    for (const [id, key, fn, cls] of buttons) {
      const b = h("button", { id, type: "button", class: cls }, this.tx(key));
      b.addEventListener("click", () => void this.guard(fn));
      actions.append(b);
    }
    this.root.append(actions);

    const tmpl = h("select", { id: "report-template" });
    tmpl.append(h("option", { value: "" }, this.tx("defaultTemplate")));
    for (const n of init.sheets) tmpl.append(h("option", { value: n }, n));
    this.root.append(h("label", { for: "report-template" }, this.tx("reportTemplate")), tmpl);

    this.statusEl = h("div", { id: "status", class: "status", role: "status", "aria-live": "polite" });
    this.resultsEl = h("div", { id: "results" });
    this.root.append(this.statusEl, this.resultsEl);
    if (this.result) this.renderResults(this.result);
    else if (this.mapping) this.renderMapping(this.mapping);
    else if (this.lint) this.renderLint();
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /** The controls of the chosen plan source; `choose` picks the shown plan at once (a fresh source choice). */
  private fillDetail(detail: HTMLElement, choose: boolean): void {
    const init = this.init!;
    detail.replaceChildren();
    if (this.source === "bundled") {
      const sel = h("select", { id: "bundled-plan" });
      for (const p of init.bundled) sel.append(h("option", { value: p.id }, `${p.title} (${p.period})`));
      if (init.bundledId) sel.value = init.bundledId;
      sel.addEventListener("change", () => void this.guard(() => this.choose({ kind: "bundled", id: sel.value })));
      detail.append(h("label", { for: "bundled-plan" }, this.tx("bundledPlan")), sel);
      if (choose && sel.value) void this.guard(() => this.choose({ kind: "bundled", id: sel.value }));
    } else if (this.source === "sheet") {
      const sel = h("select", { id: "plan-sheet" });
      for (const n of init.sheets) sel.append(h("option", { value: n }, n));
      if (init.planSheet) sel.value = init.planSheet;
      const reload = h("button", { type: "button", id: "reload-sheets" }, this.tx("refreshSheets"));
      reload.addEventListener("click", () =>
        void this.guard(async () => {
          init.sheets = await this.server.listSheets();
          this.say("");
          this.fillDetail(detail, false);
        }),
      );
      const use = h("button", { type: "button", id: "use-sheet" }, this.sx("usePasted"));
      use.addEventListener("click", () => void this.guard(() => this.choose({ kind: "sheet", name: sel.value })));
      detail.append(h("label", { for: "plan-sheet" }, this.tx("planSheet")), sel, h("div", { class: "row" }, use, reload));
    } else if (this.source === "file") {
      const input = h("input", { id: "plan-file", type: "file", accept: ".json,application/json" });
      input.addEventListener("change", () =>
        void this.guard(async () => {
          const file = input.files?.[0];
          if (file) await this.choose({ kind: "json", text: await file.text() });
        }),
      );
      detail.append(h("label", { for: "plan-file" }, this.tx("planFile")), input);
      if (init.planKind === "file") detail.append(h("p", { class: "muted" }, this.sx("storedFile")));
    } else if (this.source === "paste") {
      const area = h("textarea", { id: "plan-json", spellcheck: "false" });
      const use = h("button", { type: "button", id: "use-json" }, this.sx("usePasted"));
      use.addEventListener("click", () => void this.guard(() => this.choose({ kind: "json", text: area.value })));
      detail.append(h("label", { for: "plan-json" }, this.sx("pasteLabel")), area, h("div", { class: "row" }, use));
    } else if (choose) {
      void this.guard(() => this.choose({ kind: "none" }));
    }
  }

  private say(text: string, kind: "" | "error" | "ok" = ""): void {
    this.statusEl.className = `status ${kind}`.trim();
    this.statusEl.textContent = text;
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.setAttribute("aria-busy", "true");
    this.say(this.tx("working"));
    try {
      await fn();
    } catch (e) {
      this.say(this.tx("failed", { msg: e instanceof Error ? e.message : String(e) }), "error");
    } finally {
      this.busy = false;
      this.root.setAttribute("aria-busy", "false");
    }
  }

  private async choose(req: Parameters<Server["choosePlan"]>[0]): Promise<void> {
    const r = await this.server.choosePlan(req, this.lang);
    if (!r.ok) {
      this.say(`${this.tx("planInvalid")} ${r.errors.slice(0, 5).join(" · ")}`, "error");
      return;
    }
    const init = this.init!;
    init.planKind = req.kind === "json" ? "file" : req.kind;
    if (req.kind === "bundled") init.bundledId = req.id;
    if (req.kind === "sheet") init.planSheet = req.name;
    init.planTitle = r.title;
    init.planSize = r.size;
    this.say(req.kind === "none" ? "" : this.tx("planLoaded", { title: r.title, n: r.size }), "ok");
  }

  private async check(preview: boolean): Promise<void> {
    this.result = null;
    this.lint = null;
    this.show(await this.server.check(this.lang, preview));
  }

  /** Shows what a check, remap or write answered. */
  private show(v: CheckView): void {
    if (v.kind === "error") {
      this.say(v.message, "error");
      return;
    }
    if (v.kind === "refused") {
      this.say(`${this.tx("refused")} ${v.cells.join(", ")}`, "error");
      return;
    }
    if (v.kind === "mapping") {
      this.mapping = v.view;
      this.say("");
      this.renderMapping(v.view);
      return;
    }
    this.result = v.view;
    const notes = [v.remembered ? this.tx("remembered") : "", this.tx("written", { n: v.view.formulas })];
    if (v.view.fallbacks > 0) notes.push(this.sx("fallbacks", { n: v.view.fallbacks }));
    this.say(notes.filter((s) => s !== "").join(" "), "ok");
    this.renderResults(v.view);
  }

  private renderMapping(m: MappingView): void {
    this.resultsEl.replaceChildren();
    const L = this.lang;
    const box = h("section", { id: "mapping", "aria-labelledby": "mapping-title" });
    box.append(h("h2", { id: "mapping-title" }, this.tx("mappingTitle")), h("p", { class: "muted" }, this.tx("mappingHelp")));
    box.append(h("p", {}, `${this.tx("shape")}: ${m.shape === "list" ? this.tx("shapeList") : this.tx("shapeMatrix")} · ${this.tx("rows")}: ${m.rows}`));
    const table = h("table", { class: "mapping" });
    table.append(h("tr", {}, h("th", {}, this.tx("role")), h("th", {}, this.tx("column"))));
    const remap = (ov: LayoutOverrides, focus: string) =>
      void this.guard(async () => {
        this.show(await this.server.remap(this.lang, ov));
        document.getElementById(focus)?.focus();
      });
    if (m.shape === "list") {
      for (const role of LIST_ROLES) {
        const sel = h("select", { id: `map-${role}`, "aria-label": ROLE_TEXT[role][L] });
        for (const o of m.options) sel.append(h("option", { value: o.value }, o.text));
        sel.value = m.columns[role] ?? "";
        sel.addEventListener("change", () => {
          const cols = { ...(m.overrides.columns ?? {}) };
          cols[role] = sel.value === "" ? null : Number(sel.value);
          remap({ ...m.overrides, columns: cols }, `map-${role}`);
        });
        table.append(h("tr", {}, h("td", {}, ROLE_TEXT[role][L]), h("td", {}, sel)));
      }
    } else {
      const sel = h("select", { id: "map-unit", "aria-label": this.tx("column") });
      for (const o of m.options.slice(1)) sel.append(h("option", { value: o.value }, o.text));
      sel.value = m.unitColumn ?? "";
      sel.addEventListener("change", () => remap({ ...m.overrides, unitColumn: Number(sel.value) }, "map-unit"));
      table.append(h("tr", {}, h("td", {}, m.unitNoun ?? ""), h("td", {}, sel)));
      for (const g of m.groups ?? []) table.append(h("tr", {}, h("td", {}, g.header), h("td", {}, g.where)));
    }
    box.append(table);
    for (const u of m.unplaced) box.append(h("p", { class: "muted" }, u));
    const ok = h("button", { id: "btn-confirm", type: "button", class: "primary" }, this.tx("confirm"));
    ok.addEventListener("click", () => void this.guard(async () => this.show(await this.server.write(this.lang, m.overrides))));
    const cancel = h("button", { id: "btn-cancel", type: "button" }, this.tx("cancel"));
    cancel.addEventListener("click", () => {
      this.mapping = null;
      this.resultsEl.replaceChildren();
      this.say("");
    });
    box.append(h("div", { class: "row" }, ok, cancel));
    this.resultsEl.append(box);
    ok.focus();
  }

  private renderResults(res: ResultView): void {
    this.resultsEl.replaceChildren();
    const s = res.summary;
    this.resultsEl.append(h("p", { id: "summary", class: "summary" }, this.tx("summary", { total: s.total, achieved: s.achieved, short: s.short })));
    const edit = h("button", { id: "btn-edit-mapping", type: "button", class: "link" }, this.tx("editMapping"));
    edit.addEventListener("click", () => void this.guard(() => this.check(true)));
    this.resultsEl.append(edit, h("h2", { id: "shortfalls-title" }, this.tx("shortfalls")));
    if (res.shortfalls.length === 0) this.resultsEl.append(h("p", {}, this.tx("noShortfalls")));
    const list = h("ul", { class: "items", id: "shortfalls", "aria-labelledby": "shortfalls-title" });
    for (const sf of res.shortfalls) {
      const btn = h(
        "button",
        { type: "button", "data-address": sf.address },
        h("span", { class: "name" }, h("span", { class: sf.near ? "badge warn" : "badge" }, sf.label[this.lang]), sf.title),
        h("span", { class: "detail" }, sf.detail[this.lang]),
      );
      btn.addEventListener("click", () => void this.guard(() => this.goTo(res.sheet, sf.address)));
      list.append(h("li", {}, btn));
    }
    this.resultsEl.append(list);
    if (s.short > res.shortfalls.length) this.resultsEl.append(h("p", { class: "more" }, this.sx("moreShortfalls", { n: s.short - res.shortfalls.length })));
    if (res.findings.length > 0) {
      this.resultsEl.append(h("h2", {}, this.tx("findings")));
      const fl = h("ul", { class: "items", id: "findings" });
      for (const f of res.findings) {
        const btn = h("button", { type: "button" }, h("span", { class: "detail" }, f.text[this.lang]));
        const at = f.address;
        if (at) btn.addEventListener("click", () => void this.guard(() => this.goTo(res.sheet, at)));
        fl.append(h("li", {}, btn));
      }
      this.resultsEl.append(fl);
    }
  }

  private async goTo(sheet: string, address: string): Promise<void> {
    await this.server.selectCell(sheet, address);
    this.say(address);
  }

  private async report(): Promise<void> {
    const tmplSel = document.getElementById("report-template") as HTMLSelectElement | null;
    const r = await this.server.report(this.lang, tmplSel?.value || null);
    if (!r.ok) {
      this.say(r.errors.join(" · "), "error");
      return;
    }
    this.init!.sheets = [...this.init!.sheets, r.name];
    this.say([this.tx("reportDone", { name: r.name }), ...r.notes].join(" "), "ok");
  }

  private async insertPlan(): Promise<void> {
    const r = await this.server.insertPlan(this.lang);
    if (!r.ok) {
      this.say(r.errors.join(" · "), "error");
      return;
    }
    this.init!.sheets = [...this.init!.sheets, r.name];
    this.say(this.tx("reportDone", { name: r.name }), "ok");
  }

  private async lintPlan(): Promise<void> {
    const r = await this.server.lintPlan(this.lang);
    if ("errors" in r) {
      this.say(r.errors.join(" · "), "error");
      return;
    }
    this.result = null;
    this.mapping = null;
    this.lint = r;
    this.renderLint();
    this.say(r.items.length === 0 ? this.tx("lintClean") : this.sx("lintCount", { n: r.items.length, title: r.title }), r.items.length === 0 ? "ok" : "");
  }

  private renderLint(): void {
    const r = this.lint;
    if (!r) return;
    this.resultsEl.replaceChildren(h("h2", {}, this.tx("lintTitle")));
    if (r.items.length === 0) {
      this.resultsEl.append(h("p", {}, this.tx("lintClean")));
      return;
    }
    const ul = h("ul", { class: "items", id: "lint" });
    for (const i of r.items) ul.append(h("li", {}, h("span", { class: "detail" }, `${i.severity} · ${i.where} · ${i.text}`)));
    this.resultsEl.append(ul);
  }
}
