// DOM pieces the Excel task pane and the Sheets sidebar draw alike: elements from text only, the header, the action buttons, the mapping table.
import type { Lang } from "../../core/types";
import type { LayoutOverrides } from "../../core/sheet/types";
import { ROLE_TEXT, t, type TextKey } from "./text";
import { LIST_ROLES, type MappingView } from "./mapping";

type Attrs = Record<string, string>;

/**
 * Creates an element; children strings become text nodes, so workbook text can never become markup.
 * @example h("p", { class: "muted" }, "<b>x</b>").textContent → "<b>x</b>"
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c !== null) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** How a panel shows one line of status: plain, an error, or a success. */
export type Say = (text: string, kind?: "" | "error" | "ok") => void;

/**
 * Wraps actions so only one runs at a time (a second click while one runs does nothing): marks `root` busy,
 * says "Đang làm…", and turns a thrown error into the line "Lỗi: <message>" instead of a dead button.
 * @example const run = oneAtATime(root, say, () => "vi"); await run(() => check())
 */
export function oneAtATime(root: HTMLElement, say: Say, lang: () => Lang): (fn: () => Promise<void>) => Promise<void> {
  let busy = false;
  return async (fn) => {
    if (busy) return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    say(t(lang(), "working"));
    try {
      await fn();
    } catch (e) {
      say(t(lang(), "failed", { msg: e instanceof Error ? e.message : String(e) }), "error");
    } finally {
      busy = false;
      root.setAttribute("aria-busy", "false");
    }
  };
}

/** The title with the language switch, and the one-line introduction; `onSwitch` gets the other language. */
export function panelHeader(lang: Lang, onSwitch: (next: Lang) => void): HTMLElement[] {
  const langBtn = h("button", { id: "lang", type: "button", "aria-label": t(lang, "switchLangLabel") }, t(lang, "switchLang"));
  langBtn.addEventListener("click", () => onSwitch(lang === "vi" ? "en" : "vi"));
  return [h("header", {}, h("h1", {}, t(lang, "title")), langBtn), h("p", { class: "muted" }, t(lang, "intro"))];
}

/** What the four action buttons do; `run` wraps each (one at a time, errors shown). */
export interface PanelActions {
  check: () => Promise<void>;
  report: () => Promise<void>;
  insertPlan: () => Promise<void>;
  lintPlan: () => Promise<void>;
  run: (fn: () => Promise<void>) => Promise<void>;
}

/** Kiểm tra, Báo cáo, Chèn kế hoạch, Kiểm tra kế hoạch, then the report template choice (default or a sheet). */
export function actionControls(lang: Lang, a: PanelActions, sheetNames: readonly string[]): HTMLElement[] {
  const buttons: Array<[string, TextKey, () => Promise<void>, string]> = [
    ["btn-check", "check", a.check, "primary"],
    ["btn-report", "report", a.report, ""],
    ["btn-insert", "insertPlan", a.insertPlan, ""],
    ["btn-lint", "lintPlan", a.lintPlan, ""],
  ];
  const actions = h("div", { class: "actions" });
  for (const [id, key, fn, cls] of buttons) {
    const b = h("button", { id, type: "button", class: cls }, t(lang, key));
    b.addEventListener("click", () => void a.run(fn));
    actions.append(b);
  }
  const tmpl = h("select", { id: "report-template" });
  tmpl.append(h("option", { value: "" }, t(lang, "defaultTemplate")));
  for (const n of sheetNames) tmpl.append(h("option", { value: n }, n));
  return [actions, h("label", { for: "report-template" }, t(lang, "reportTemplate")), tmpl];
}

/** What the mapping table's controls ask for: a re-check with other columns (then focus `focusId`), the write, or nothing. */
export interface MappingHandlers {
  remap: (overrides: LayoutOverrides, focusId: string) => void;
  confirm: () => void;
  cancel: () => void;
}

/** Replaces `target`'s content with the mapping to confirm and focuses Ghi kết quả. */
export function renderMapping(target: HTMLElement, m: MappingView, L: Lang, on: MappingHandlers): void {
  target.replaceChildren();
  const box = h("section", { id: "mapping", "aria-labelledby": "mapping-title" });
  box.append(h("h2", { id: "mapping-title" }, t(L, "mappingTitle")), h("p", { class: "muted" }, t(L, "mappingHelp")));
  box.append(h("p", {}, `${t(L, "shape")}: ${m.shape === "list" ? t(L, "shapeList") : t(L, "shapeMatrix")} · ${t(L, "rows")}: ${m.rows}`));
  const table = h("table", { class: "mapping" });
  table.append(h("tr", {}, h("th", {}, t(L, "role")), h("th", {}, t(L, "column"))));
  if (m.shape === "list") {
    for (const role of LIST_ROLES) {
      const name = ROLE_TEXT[role][L];
      const sel = h("select", { id: `map-${role}`, "aria-label": name });
      for (const o of m.options) sel.append(h("option", { value: o.value }, o.text));
      sel.value = m.columns[role] ?? "";
      sel.addEventListener("change", () => {
        const cols = { ...(m.overrides.columns ?? {}) };
        cols[role] = sel.value === "" ? null : Number(sel.value);
        on.remap({ ...m.overrides, columns: cols }, `map-${role}`);
      });
      table.append(h("tr", {}, h("td", {}, name), h("td", {}, sel)));
    }
  } else {
    const sel = h("select", { id: "map-unit", "aria-label": t(L, "column") });
    for (const o of m.options.slice(1)) sel.append(h("option", { value: o.value }, o.text));
    sel.value = m.unitColumn ?? "";
    sel.addEventListener("change", () => on.remap({ ...m.overrides, unitColumn: Number(sel.value) }, "map-unit"));
    table.append(h("tr", {}, h("td", {}, m.unitNoun ?? ""), h("td", {}, sel)));
    for (const g of m.groups ?? []) table.append(h("tr", {}, h("td", {}, g.header), h("td", {}, g.where)));
  }
  box.append(table);
  for (const u of m.unplaced) box.append(h("p", { class: "muted" }, u));
  const ok = h("button", { id: "btn-confirm", type: "button", class: "primary" }, t(L, "confirm"));
  ok.addEventListener("click", () => on.confirm());
  const cancel = h("button", { id: "btn-cancel", type: "button" }, t(L, "cancel"));
  cancel.addEventListener("click", () => on.cancel());
  box.append(h("div", { class: "row" }, ok, cancel));
  target.append(box);
  ok.focus();
}
