// The panel both add-ins show: a header, the five steps, one status line, and the current step drawn from the session.
import type { Lang } from "../core/types";
import { STEPS, type Session, type Step } from "../core/session/session";
import { button, h } from "./dom";
import { t, type TextKey } from "./text";
import { mappingStep, planStep, reportStep, resultsStep, sheetStep, type PanelUi, type StepCtx } from "./steps";

export interface PanelOptions {
  /** Which host draws the panel: a few words differ (Sheets prints from File › Print). */
  host: "excel" | "sheets";
  /** Remembers the language where the host keeps user preferences (Excel: localStorage). */
  rememberLang?: (lang: Lang) => void;
}

const STEP_TEXT: Record<Step, TextKey> = { plan: "stepPlan", sheet: "stepSheet", mapping: "stepMapping", results: "stepResults", report: "stepReport" };

/**
 * Draws the session into `root` and redraws on every change. Every action goes through the session (one at a
 * time, its progress and its one-line outcome shown in the status line); the panel keeps only what the user is
 * typing or filtering.
 * @example await new PanelApp(document.getElementById("app")!, new Session(host), { host: "excel" }).start()
 */
export class PanelApp {
  private ui: PanelUi = { source: null, query: "", filter: null, paste: "", draft: null, template: "", date: null, dayText: {} };

  constructor(
    private readonly root: HTMLElement,
    private readonly session: Session,
    private readonly opts: PanelOptions,
  ) {}

  /** A pointer is down in the panel: a redraw now would replace the button under it and swallow its click. */
  private pressed = false;
  private deferred = false;

  async start(): Promise<void> {
    // A field that takes its text on the way out (a day) changes the session between a button's press and its click:
    // the redraw waits until the click has reached the button that was pressed.
    this.root.addEventListener("pointerdown", () => (this.pressed = true), true);
    const release = () => setTimeout(() => {
      this.pressed = false;
      if (this.deferred) this.render();
    }, 0);
    // The click's path is fixed when it is dispatched: redrawing as it starts still lets it reach the pressed button,
    // whose action then redraws at once (marking the panel busy) as without the wait.
    document.addEventListener("click", () => {
      this.pressed = false;
      if (this.deferred) this.render();
    }, true);
    document.addEventListener("pointerup", release, true);
    document.addEventListener("pointercancel", release, true);
    window.addEventListener("blur", release);
    this.session.onChange(() => this.render());
    this.render();
    await this.session.start();
    this.root.setAttribute("aria-busy", "false");
  }

  private get lang(): Lang {
    return this.session.lang;
  }

  private tx = (key: TextKey, vars?: Record<string, string | number>): string => t(this.lang, key, vars);

  /** Redraws everything, keeping the focused control (by id) and its caret. */
  render(): void {
    if (this.pressed) {
      // Never held for long: a release the pane did not see (the pointer let go outside it) must not freeze it.
      if (!this.deferred) setTimeout(() => {
        this.pressed = false;
        if (this.deferred) this.render();
      }, 1000);
      this.deferred = true;
      return;
    }
    this.deferred = false;
    const active = document.activeElement as HTMLInputElement | null;
    const focusId = active && this.root.contains(active) ? active.id : "";
    const caret = active && "selectionStart" in active ? active.selectionStart : null;
    const s = this.session;
    document.documentElement.lang = this.lang;
    this.root.replaceChildren();
    this.root.setAttribute("aria-busy", s.busy ? "true" : "false");

    const langBtn = button("lang", this.tx("switchLang"), () => {
      const next: Lang = this.lang === "vi" ? "en" : "vi";
      this.opts.rememberLang?.(next);
      void s.setLang(next);
    }, "link", { "aria-label": this.tx("switchLangLabel") });
    this.root.append(h("header", { class: "top" }, h("h1", {}, this.tx("title")), langBtn));
    this.root.append(this.stepper());
    this.root.append(this.statusLine());

    const ctx: StepCtx = { s, ui: this.ui, lang: this.lang, tx: this.tx, host: this.opts.host, redraw: () => this.render() };
    const body = h("fieldset", { class: "body", disabled: s.busy !== null });
    const draw = { plan: planStep, sheet: sheetStep, mapping: mappingStep, results: resultsStep, report: reportStep }[s.step];
    body.append(...draw(ctx));
    this.root.append(body);

    if (focusId) {
      const el = document.getElementById(focusId) as HTMLInputElement | null;
      if (el && !el.disabled) {
        el.focus();
        if (caret !== null && typeof el.setSelectionRange === "function" && el.type !== "date") el.setSelectionRange(caret, caret);
      }
    }
  }

  /** Five numbered steps; the ones the flow has reached are buttons, the current one is marked. */
  private stepper(): HTMLElement {
    const s = this.session;
    const i = STEPS.indexOf(s.step);
    const nav = h("nav", { class: "steps", "aria-label": this.tx("stepsLabel") });
    const list = h("ol", {});
    STEPS.forEach((step, k) => {
      const name = this.tx(STEP_TEXT[step]);
      const reachable = k <= i || (step === "sheet" && s.planReady) || (step === "mapping" && s.pending !== null) || (step === "results" && s.written !== null) || (step === "report" && s.written !== null);
      const cls = `dot${k === i ? " current" : ""}${k < i ? " done" : ""}`;
      const item = reachable && k !== i
        ? button(`step-${step}`, String(k + 1), () => s.toStep(step), cls, { "aria-label": name, title: name })
        : h("span", { class: cls, id: `step-${step}`, "aria-current": k === i ? "step" : undefined, title: name }, String(k + 1));
      list.append(h("li", {}, item));
    });
    nav.append(list, h("p", { class: "step-name" }, `${this.tx("stepOf", { n: i + 1 })} · ${this.tx(STEP_TEXT[s.step])}`));
    return nav;
  }

  /** The one status line: progress while busy, else the problem (with its cells) or the notice. */
  private statusLine(): HTMLElement {
    const s = this.session;
    const box = h("div", { id: "status", class: "status", role: "status", "aria-live": "polite" });
    if (s.busy) {
      box.classList.add("busy");
      box.append(h("span", { class: "progress", "aria-hidden": "true" }), h("span", {}, s.busy[this.lang]));
      return box;
    }
    if (s.problem) {
      box.classList.add("error");
      box.setAttribute("role", "alert");
      box.append(h("p", {}, s.problem.message[this.lang]));
      if (s.problem.cells.length > 0) {
        const ul = h("ul", { class: "cells", id: "problem-cells" });
        for (const c of s.problem.cells) ul.append(h("li", {}, button(`cell-${c.sheet}-${c.address}`, c.address, () => void s.goTo(c.sheet, c.address), "cell", { "data-address": c.address })));
        box.append(ul);
      }
      return box;
    }
    if (s.notice) {
      box.classList.add("ok");
      box.append(h("p", {}, s.notice[this.lang]));
      return box;
    }
    box.classList.add("empty");
    return box;
  }
}
