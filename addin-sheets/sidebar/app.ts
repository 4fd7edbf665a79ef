// The sidebar UI: plan choice, check with mapping confirmation, shortfall list, report, plan sheet and lint; the server does the work. Text via textContent only.
import type { Lang } from "../../core/types";
import { t, type TextKey } from "../../addin-excel/panel/text";
import { actionControls, h, oneAtATime, panelHeader, renderMapping } from "../../addin-excel/panel/dom";
import type { CheckView, InitView, MappingView, ResultView } from "../shared/protocol";
import { st, type SheetsTextKey } from "../shared/text";
import type { Server } from "./server";

type Source = "bundled" | "sheet" | "file" | "paste" | "none";

export class SidebarApp {
  private lang: Lang = "vi";
  private init: InitView | null = null;
  private source: Source = "bundled";
  private mapping: MappingView | null = null;
  private result: ResultView | null = null;
  private lint: { title: string; items: { severity: string; where: string; text: string }[] } | null = null;
  /** Runs one action at a time with the busy mark and error line. */
  private readonly guard: (fn: () => Promise<void>) => Promise<void>;
  private statusEl!: HTMLElement;
  private resultsEl!: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly server: Server,
  ) {
    this.guard = oneAtATime(root, (text, kind) => this.say(text, kind), () => this.lang);
  }

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
    this.root.append(
      ...panelHeader(this.lang, (next) => {
        this.lang = next;
        void this.server.setLang(this.lang).catch(() => undefined);
        this.render("lang");
      }),
    );

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

    const actions = { check: () => this.check(false), report: () => this.report(), insertPlan: () => this.insertPlan(), lintPlan: () => this.lintPlan() };
    this.root.append(...actionControls(this.lang, { ...actions, run: (fn) => this.guard(fn) }, init.sheets));

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
    renderMapping(this.resultsEl, m, this.lang, {
      remap: (overrides, focusId) =>
        void this.guard(async () => {
          this.show(await this.server.remap(this.lang, overrides));
          document.getElementById(focusId)?.focus();
        }),
      confirm: () => void this.guard(async () => this.show(await this.server.write(this.lang, m.overrides))),
      cancel: () => {
        this.mapping = null;
        this.resultsEl.replaceChildren();
        this.say("");
      },
    });
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
