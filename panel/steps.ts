// The five steps of the panel, drawn from the session: plan, data sheet, columns, results, report. One primary action each.
import type { Lang } from "../core/types";
import { STATUS } from "../core/rule/verdict";
import type { Session } from "../core/session/session";
import type { ReportFields } from "../core/session/state";
import { searchPlans } from "../core/session/plan";
import { STATUS_GROUPS, type StatusGroup } from "../core/session/results";
import { TOLERANCE_CHOICES, optionsLine } from "../core/session/options";
import { formatPercent } from "../core/number/format";
import { isoToVi } from "../core/number/cell";
import { dayWords, readDayInput } from "../core/number/day";
import { leftOpen, notJudgedTitle, paneLine, quoted } from "../core/sheet/coverage";
import type { Plan } from "../core/plan/schema";
import { button, h, lines } from "./dom";
import { LIST_ROLES, mappingView } from "./mapping";
import { ROLE_TEXT, type TextKey } from "./text";

type Source = "bundled" | "sheet" | "file" | "paste" | "none";

/** What the user is typing, filtering or choosing before an action: kept across redraws, never stored. */
export interface PanelUi {
  source: Source | null;
  query: string;
  sheetChoice?: string;
  filter: StatusGroup | "all" | null;
  paste: string;
  draft: Record<keyof ReportFields, string> | null;
  template: string;
  date: string | null;
  /** Day fields (by id) holding text typed but not yet taken: kept, with its reason, until it reads as a day. */
  dayText: Record<string, string>;
}

/** What every step drawer gets. */
export interface StepCtx {
  s: Session;
  ui: PanelUi;
  lang: Lang;
  tx: (key: TextKey, vars?: Record<string, string | number>) => string;
  host: "excel" | "sheets";
  redraw: () => void;
}

/** Most result rows drawn at once; the sheet itself shows them all. */
const MAX_ROWS_SHOWN = 200;

function footer(...buttons: (HTMLElement | null)[]): HTMLElement {
  return h("div", { class: "footer" }, ...buttons);
}

function section(id: string, title: string, ...children: Node[]): HTMLElement {
  return h("section", { id, "aria-labelledby": `${id}-title` }, h("h2", { id: `${id}-title` }, title), ...children);
}

/** A cell link: selects the cell on its sheet. */
function cellButton(c: StepCtx, sheet: string, address: string, id: string): HTMLElement {
  return button(id, address, () => void c.s.goTo(sheet, address), "cell", { "data-address": address });
}

function planFacts(c: StepCtx, p: Pick<Plan, "issuer" | "period" | "indicators">): string {
  return c.tx("planFacts", { issuer: p.issuer, period: p.period, n: p.indicators.length });
}

// ——— Step 1: the plan ———

const SOURCES: [Source, TextKey][] = [
  ["bundled", "sourceBundled"],
  ["sheet", "sourceSheet"],
  ["file", "sourceFile"],
  ["paste", "sourcePaste"],
  ["none", "sourceNone"],
];

function currentSource(c: StepCtx): Source {
  if (c.ui.source) return c.ui.source;
  const k = c.s.state.plan?.kind;
  return k ?? "bundled";
}

/** The bundled plans matching the search, each a choice showing its whole title. */
function planList(c: StepCtx): HTMLElement {
  const list = h("div", { id: "plan-list", class: "cards", role: "radiogroup", "aria-label": c.tx("sourceBundled") });
  const chosen = c.s.state.plan?.kind === "bundled" ? c.s.state.plan.id : null;
  const found = searchPlans(c.s.bundled, c.ui.query);
  if (found.length === 0) list.append(h("p", { class: "empty" }, c.tx("noMatch", { q: c.ui.query })));
  for (const p of found) {
    const card = h(
      "button",
      { type: "button", id: `plan-${p.id}`, class: `card${p.id === chosen ? " chosen" : ""}`, role: "radio", "aria-checked": p.id === chosen ? "true" : "false", "data-plan": p.id },
      h("span", { class: "name" }, p.title),
      h("span", { class: "detail" }, planFacts(c, p)),
    );
    card.addEventListener("click", () => void c.s.choosePlan({ kind: "bundled", id: p.id }));
    list.append(card);
  }
  return list;
}

export function planStep(c: StepCtx): Node[] {
  const { s, tx, ui } = c;
  const out: Node[] = [h("p", { class: "intro" }, tx("planIntro"))];
  const source = currentSource(c);
  const radios = h("div", { class: "choices" });
  for (const [k, key] of SOURCES) {
    const input = h("input", { type: "radio", name: "plan-source", id: `src-${k}`, value: k, checked: source === k });
    input.addEventListener("change", () => {
      ui.source = k;
      c.redraw();
    });
    radios.append(h("label", { class: "choice", for: `src-${k}` }, input, tx(key)));
  }
  out.push(h("fieldset", { class: "sources" }, h("legend", {}, tx("planSource")), radios));

  const detail = h("div", { id: "plan-detail" });
  if (source === "bundled") {
    const search = h("input", { type: "search", id: "plan-search", value: ui.query, placeholder: tx("searchHint"), "aria-label": tx("search"), autocomplete: "off" });
    const holder = h("div", {}, planList(c));
    // Typing filters the list in place, so the search box keeps its focus and caret.
    search.addEventListener("input", () => {
      ui.query = search.value;
      holder.replaceChildren(planList(c));
    });
    detail.append(h("label", { for: "plan-search" }, tx("search")), search, holder);
  } else if (source === "sheet") {
    const usable = s.sheets.filter((x) => x.created !== "report" && x.created !== "notes");
    if (usable.length === 0) detail.append(h("p", { class: "empty" }, tx("noSheets")));
    const chosen = s.state.plan?.kind === "sheet" ? s.state.plan.name : (ui.sheetChoice ?? usable[0]?.name);
    const select = h("select", { id: "plan-sheet" });
    for (const x of usable) select.append(h("option", { value: x.name, selected: x.name === chosen }, x.name));
    detail.append(h("label", { for: "plan-sheet" }, tx("planSheetPick")), select, h("div", { class: "row" }, button("use-sheet", tx("useSheet"), () => void s.choosePlan({ kind: "sheet", name: select.value }))));
  } else if (source === "file") {
    const input = h("input", { id: "plan-file", type: "file", accept: ".json,application/json" });
    input.addEventListener("change", () => {
      const f = input.files?.[0];
      if (f) void f.text().then((text) => s.choosePlanJson(text, f.name));
    });
    detail.append(h("label", { for: "plan-file" }, tx("planFile")), input);
  } else if (source === "paste") {
    const area = h("textarea", { id: "plan-json", spellcheck: "false", rows: "6", "aria-label": tx("pasteLabel") });
    area.value = ui.paste;
    area.addEventListener("input", () => (ui.paste = area.value));
    detail.append(h("label", { for: "plan-json" }, tx("pasteLabel")), area, h("div", { class: "row" }, button("use-json", tx("usePasted"), () => void s.choosePlanJson(ui.paste))));
  } else {
    detail.append(h("p", { class: "muted" }, tx("noneHelp")), h("div", { class: "row" }, button("use-none", tx("chooseNone"), () => void s.choosePlan({ kind: "none" }))));
  }
  out.push(detail);

  if (s.planReady) {
    const box = h("div", { id: "plan-current", class: "current" }, h("span", { class: "label" }, tx("current")));
    if (s.plan) {
      box.append(h("strong", { class: "name" }, s.plan.title), h("span", { class: "detail" }, planFacts(c, s.plan)));
      box.append(h("div", { class: "row" }, button("btn-lint", tx("lintPlan"), () => void s.lint(), "link"), button("btn-insert", tx("insertPlan"), () => void s.insertPlanSheet(), "link")));
    } else {
      box.append(h("span", { class: "detail" }, tx("currentNone")));
    }
    out.push(box);
  }
  if (s.lintResult && s.lintResult.length > 0) {
    const ul = h("ul", { class: "items", id: "lint" });
    s.lintResult.forEach((l, i) => {
      const text = h("span", { class: "detail" }, l.text[c.lang]);
      ul.append(h("li", { class: `lint-${l.severity}` }, l.cell ? h("div", { class: "with-cell" }, cellButton(c, l.cell.sheet, l.cell.address, `lint-cell-${i}`), text) : text));
    });
    out.push(section("lint-box", tx("lintTitle", { n: s.lintResult.length }), ul));
  }
  out.push(footer(button("btn-next", tx("toSheet"), () => s.toStep("sheet"), "primary", { disabled: !s.planReady })));
  return out;
}

// ——— Step 2: the data sheet ———

export function sheetStep(c: StepCtx): Node[] {
  const { s, tx, ui } = c;
  const out: Node[] = [h("p", { class: "intro" }, tx("sheetIntro"))];
  const usable = s.sheets.filter((x) => !x.created);
  const choice = ui.sheetChoice && usable.some((x) => x.name === ui.sheetChoice) ? ui.sheetChoice : s.suggestedSheet;
  if (usable.length === 0) out.push(h("p", { class: "empty", id: "no-sheets" }, tx("noDataSheets")));
  const list = h("div", { class: "choices sheets", id: "sheet-list" });
  const createdText: Record<string, TextKey> = { report: "createdReport", notes: "createdNotes", plan: "createdPlan" };
  s.sheets.forEach((x, i) => {
    const id = `sheet-${i}`;
    const input = h("input", { type: "radio", name: "sheet", id, value: x.name, checked: x.name === choice && !x.created, disabled: x.created !== undefined });
    input.addEventListener("change", () => {
      ui.sheetChoice = x.name;
      c.redraw();
    });
    const tags: string[] = [];
    if (x.name === s.activeSheet) tags.push(tx("activeSheet"));
    if (!x.visible) tags.push(tx("hiddenSheet"));
    if (x.created) tags.push(tx(createdText[x.created]));
    list.append(h("label", { class: `choice${x.created ? " refused" : ""}`, for: id }, input, h("span", { class: "name" }, x.name), tags.length ? h("span", { class: "tag" }, tags.join(" · ")) : null));
  });
  out.push(list);
  out.push(h("div", { class: "row" }, button("reload-sheets", tx("reloadSheets"), () => void s.refreshSheets(), "link")));
  out.push(
    footer(
      button("btn-read", choice ? tx("readSheet", { name: choice }) : tx("readSheet", { name: "…" }), () => choice && void s.openSheet(choice), "primary", { disabled: !choice }),
      button("btn-back", tx("backToPlan"), () => s.toStep("plan"), "link"),
    ),
  );
  return out;
}

// ——— A day typed as Vietnamese write it ———

/**
 * A text field for a day, shown and typed day/month/year whatever the browser's locale (a date input would show an
 * en-US browser's month/day order), the day understood said beside it in words. Text that is not a day is kept with
 * its one-line reason and blocks the step's action (see `waitsForDay`); nothing falls back to today unsaid.
 */
function dayField(c: StepCtx, id: string, iso: string, take: (iso: string) => void): { input: HTMLInputElement; said: HTMLElement } {
  const draft = c.ui.dayText[id];
  const input = h("input", { type: "text", id, class: "day", value: draft ?? isoToVi(iso), placeholder: c.tx("dayHint"), autocomplete: "off", spellcheck: "false", "aria-describedby": `${id}-said` });
  const said = h("p", { id: `${id}-said`, class: "day-said", "aria-live": "polite" });
  const show = (text: string, refused: boolean) => {
    const r = readDayInput(text);
    // The day understood in the text's own colour (it is the answer to check); the format hint muted.
    said.className = r.ok ? "day-said" : refused ? "day-said day-refused" : "day-said muted";
    said.textContent = r.ok ? dayWords(r.iso, c.lang) : refused ? r.reason[c.lang] : c.tx("dayHint");
    if (refused && !r.ok) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };
  show(input.value, draft !== undefined);
  input.addEventListener("input", () => {
    c.ui.dayText[id] = input.value;
    show(input.value, false);
    // The actions waiting on this day follow what it reads as now, so a corrected day can be acted on at once.
    const ok = readDayInput(input.value).ok;
    document.querySelectorAll<HTMLButtonElement>(`button[data-day="${id}"]`).forEach((b) => (b.disabled = !ok));
  });
  // Enter and the change that may follow it take the text once.
  let taken: string | null = null;
  const commit = () => {
    if (input.value === taken) return;
    taken = input.value;
    const r = readDayInput(input.value);
    if (!r.ok) {
      c.ui.dayText[id] = input.value;
      c.redraw();
      return;
    }
    delete c.ui.dayText[id];
    if (r.iso !== iso) take(r.iso);
    else c.redraw();
  };
  input.addEventListener("change", commit);
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") commit();
  });
  return { input, said };
}

/**
 * Attributes of an action using the day in field `id`: disabled while that field holds text that is not a day (or
 * when `off` for another reason), and marked so the field can enable it as soon as the day typed reads.
 */
function waitsForDay(c: StepCtx, id: string, off = false): Record<string, string | boolean | undefined> {
  const t = c.ui.dayText[id];
  return { disabled: off || (t !== undefined && !readDayInput(t).ok), "data-day": off ? undefined : id };
}

// ——— Options shown before the write and in the results header ———

function optionsBar(c: StepCtx): HTMLElement {
  const { s, tx } = c;
  const o = s.pending!.options;
  const date = dayField(c, "as-of", o.asOf, (iso) => void s.setOptions({ asOf: iso }));
  const reset = o.asOfSource === "user" || c.ui.dayText["as-of"] !== undefined
    ? button("as-of-reset", tx("asOfDefault"), () => {
      delete c.ui.dayText["as-of"];
      void s.setOptions({ asOf: null });
    }, "link")
    : null;
  const tol = h("select", { id: "tolerance" });
  for (const v of TOLERANCE_CHOICES) tol.append(h("option", { value: String(v), selected: Math.abs(v - o.tolerance) < 1e-9 }, v === 0 ? tx("toleranceOff") : formatPercent(v, c.lang, 1)));
  tol.addEventListener("change", () => void s.setOptions({ tolerance: Number(tol.value) }));
  return h(
    "div",
    { class: "options", id: "options" },
    h("div", { class: "field" }, h("label", { for: "as-of" }, tx("asOf")), h("div", { class: "row" }, date.input, reset), date.said),
    h("div", { class: "field" }, h("label", { for: "tolerance" }, tx("tolerance")), tol),
    h("p", { class: "muted", id: "options-line" }, optionsLine(o, c.lang)),
  );
}

/**
 * Where the status goes, and the choice to insert it right after the actual: offered before the first write, only
 * where the columns there are taken and inserting is possible (elsewhere the answer is fixed, and said). Once
 * written, the status stays in the tool's marked columns, so the results step does not offer it.
 */
function placementField(c: StepCtx): HTMLElement | null {
  const { s, tx } = c;
  const p = s.placement;
  if (!p || p.besideActual === null) return null;
  const box = h("div", { class: "field", id: "placement" });
  if (!p.freeBesideActual && p.canInsert) {
    const input = h("input", { type: "checkbox", id: "insert-at-actual", checked: p.insert });
    input.addEventListener("change", () => void s.setInsert(input.checked));
    box.append(h("label", { class: "choice", for: "insert-at-actual" }, input, tx("insertAtActual")));
  }
  const where: TextKey = p.freeBesideActual ? "placeBeside" : !p.canInsert ? "placeNoInsert" : p.insert ? "placeInsert" : "placeRight";
  box.append(h("p", { class: "muted", id: "placement-line" }, tx(where)));
  return box;
}

/** How the checked sheet prints: a link where the host prints through one (Sheets), else what was set up (Excel). */
function printLine(c: StepCtx): HTMLElement | null {
  const w = c.s.written;
  if (!w?.print) return null;
  const orientation = c.tx(w.print.orientation);
  if (w.printUrl) return h("p", { id: "print" }, h("a", { href: w.printUrl, target: "_blank", rel: "noopener", id: "print-link" }, c.tx("printLink", { orientation })));
  if (c.host === "sheets") return null;
  return h("p", { class: "muted", id: "print" }, c.tx("printSet", { orientation }));
}

// ——— Step 3: the columns ———

export function mappingStep(c: StepCtx): Node[] {
  const { s, tx, lang } = c;
  const p = s.pending;
  if (!p || !p.result.ok) return [footer(button("btn-back", tx("otherSheet"), () => s.toStep("sheet"), "link"))];
  const res = p.result;
  const m = mappingView(p.sheet, res, p.overrides, lang);
  const out: Node[] = [h("p", { class: "intro" }, tx("mappingIntro"))];
  out.push(h("p", { class: "facts", id: "mapping-facts" }, h("strong", {}, quoted(p.info.name, "pane", lang)), " ", tx("mappingFacts", { shape: tx(m.shape === "list" ? "shapeList" : "shapeMatrix"), rows: m.rows, n: m.judged })));
  if (p.remembered) out.push(h("p", { class: "muted", id: "remembered" }, tx("remembered")));
  for (const d of s.results?.decisions ?? []) out.push(h("p", { class: "muted decision" }, d[lang]));

  const table = h("table", { class: "mapping", id: "mapping" });
  table.append(h("tr", {}, h("th", { scope: "col" }, tx("role")), h("th", { scope: "col" }, tx("column"))));
  const columnSelect = (id: string, label: string, value: string, options: { value: string; text: string }[], onChange: (v: string) => void) => {
    const sel = h("select", { id, "aria-label": label });
    for (const o of options) sel.append(h("option", { value: o.value, selected: o.value === value }, o.text));
    sel.addEventListener("change", () => onChange(sel.value));
    return sel;
  };
  if (m.shape === "list") {
    for (const role of LIST_ROLES) {
      const name = ROLE_TEXT[role][lang];
      const sel = columnSelect(`map-${role}`, name, m.columns[role] ?? "", m.options, (v) => {
        const cols = { ...(p.overrides.columns ?? {}), [role]: v === "" ? null : Number(v) };
        s.remap({ ...p.overrides, columns: cols });
      });
      table.append(h("tr", {}, h("td", {}, name), h("td", {}, sel)));
    }
  } else {
    const sel = columnSelect("map-unit", tx("unitColumn"), m.unitColumn ?? "", m.options.slice(1), (v) => s.remap({ ...p.overrides, unitColumn: Number(v) }));
    table.append(h("tr", {}, h("td", {}, `${tx("unitColumn")} (${m.unitNoun ?? ""})`), h("td", {}, sel)));
    for (const g of m.groups ?? []) table.append(h("tr", {}, h("td", {}, g.header), h("td", {}, g.where)));
  }
  out.push(table);
  for (const u of m.unplaced) out.push(h("p", { class: "muted" }, u));

  const unmatched = (s.results?.notJudged ?? []).filter((r) => r.reason !== "unreadable_target");
  if (unmatched.length > 0) {
    const ul = h("ul", { class: "items", id: "unmatched" });
    unmatched.slice(0, MAX_ROWS_SHOWN).forEach((r, i) => {
      const li = h("li", {}, h("div", { class: "with-cell" }, cellButton(c, p.info.name, r.address, `unmatched-cell-${i}`), h("span", { class: "detail" }, r.text[lang])));
      if (s.plan && m.shape === "list") {
        const ids = p.overrides.indicatorIds ?? {};
        const sel = h("select", { id: `match-${r.row}`, "aria-label": `${tx("matchTo")}: ${r.name}` });
        sel.append(h("option", { value: "" }, tx("noIndicator")));
        // The indicator the reader found the name close to comes first, named as such; it is never chosen for the user.
        const near = r.candidate ? s.plan.indicators.filter((ind) => ind.id === r.candidate!.id) : [];
        for (const ind of [...near, ...s.plan.indicators.filter((x) => !near.includes(x))]) {
          sel.append(h("option", { value: ind.id, selected: ids[r.row] === ind.id }, near.includes(ind) ? `${ind.name} (${tx("resembles")})` : ind.name));
        }
        sel.addEventListener("change", () => {
          const next = { ...ids };
          if (sel.value) next[r.row] = sel.value;
          else delete next[r.row];
          s.remap({ ...p.overrides, indicatorIds: next });
        });
        li.append(h("label", { class: "sub", for: `match-${r.row}` }, tx("matchTo")), sel);
      }
      ul.append(li);
    });
    out.push(section("unmatched-box", tx("unmatchedTitle", { n: unmatched.length }), ul));
  }
  out.push(optionsBar(c));
  const placement = placementField(c);
  if (placement) out.push(placement);
  out.push(
    footer(
      button("btn-write", tx("write"), () => void s.write(), "primary", waitsForDay(c, "as-of", m.judged === 0)),
      h("p", { class: "muted" }, tx("writeHelp")),
      button("btn-back", tx("otherSheet"), () => s.toStep("sheet"), "link"),
    ),
  );
  return out;
}

// ——— Step 4: the results ———

const GROUP_TEXT: Record<StatusGroup, TextKey> = { short: "filterShort", review: "filterReview", achieved: "filterAchieved", pending: "filterPending", missing: "filterMissing" };

export function resultsStep(c: StepCtx): Node[] {
  const { s, tx, ui, lang } = c;
  const r = s.results;
  const p = s.pending;
  if (!r || !p) return [];
  const out: Node[] = [h("h2", { id: "results-title" }, tx("resultsFor", { name: p.info.name }))];
  out.push(optionsBar(c));
  if (s.stale) out.push(h("p", { class: "warn", id: "stale" }, tx("stale")));
  // Where the results went when it was not where the user would look first: said until the next write.
  if (s.written && s.written.notices.length > 0) {
    const ul = h("ul", { class: "plain" });
    for (const n of s.written.notices) ul.append(h("li", {}, n[lang]));
    out.push(h("div", { class: "warn", id: "write-notices", role: "note", "aria-label": tx("writeNotices") }, ul));
  }
  // Never a clean bill over figures not judged here or on another sheet, rows asked about, or not yet due: core's one
  // decision, in one line that starts with what was not judged, as the CLI summary and the report say it.
  out.push(h("p", { class: leftOpen(r.clean) ? "warn" : "muted", id: "coverage" }, paneLine(r.clean, lang)));

  const filter = ui.filter ?? (r.groups.short > 0 ? "short" : "all");
  const chips = h("div", { class: "chips", id: "filters", role: "group", "aria-label": tx("filterLabel") });
  const chip = (key: StatusGroup | "all", text: string, n: number) => {
    const b = button(`chip-${key}`, `${text} ${n}`, () => {
      ui.filter = key;
      c.redraw();
    }, `chip chip-${key}`, { "aria-pressed": filter === key ? "true" : "false" });
    chips.append(b);
  };
  chip("all", tx("filterAll"), r.total);
  for (const g of Object.keys(STATUS_GROUPS) as StatusGroup[]) if (r.groups[g] > 0 || g === "short") chip(g, tx(GROUP_TEXT[g]), r.groups[g]);
  out.push(chips);

  const allowed = filter === "all" ? null : new Set<string>(STATUS_GROUPS[filter]);
  const rows = r.rows.filter((x) => !allowed || allowed.has(x.status));
  const ul = h("ul", { class: "items", id: "result-list" });
  for (const row of rows.slice(0, MAX_ROWS_SHOWN)) {
    // The explanation already says how far off the figure is and what is still needed; adding `need` said it twice.
    const detail = `${row.address} · ${row.explanation[lang]}`;
    const b = h(
      "button",
      { type: "button", class: "item", "data-address": row.address, "data-status": row.status },
      h("span", { class: "name" }, h("span", { class: `badge s-${row.status}` }, `${STATUS[row.status].symbol} ${row.label[lang]}`), row.name),
      h("span", { class: "detail" }, detail),
    );
    b.addEventListener("click", () => void s.goTo(p.info.name, row.address));
    ul.append(h("li", {}, b));
  }
  out.push(ul);
  if (rows.length === 0) out.push(h("p", { class: "empty", id: "empty-filter" }, tx("emptyFilter")));
  if (rows.length > MAX_ROWS_SHOWN) out.push(h("p", { class: "muted" }, tx("moreRows", { n: rows.length - MAX_ROWS_SHOWN })));

  if (r.notJudged.length > 0) {
    const nj = h("ul", { class: "items", id: "not-judged" });
    r.notJudged.slice(0, MAX_ROWS_SHOWN).forEach((x, i) => nj.append(h("li", {}, h("div", { class: "with-cell" }, cellButton(c, p.info.name, x.address, `nj-cell-${i}`), h("span", { class: "detail" }, x.text[lang])))));
    out.push(section("not-judged-box", `${notJudgedTitle(s.plan !== null)[lang]} (${r.notJudged.length})`, nj));
  }
  if (r.findings.length > 0) {
    const fl = h("ul", { class: "items", id: "findings" });
    r.findings.slice(0, MAX_ROWS_SHOWN).forEach((f, i) => {
      const text = h("span", { class: "detail" }, f.text[lang]);
      fl.append(h("li", {}, f.address ? h("div", { class: "with-cell" }, cellButton(c, p.info.name, f.address, `finding-cell-${i}`), text) : text));
    });
    out.push(section("findings-box", tx("findingsTitle", { n: r.findings.length }), fl));
  }
  if (r.unmatchedIndicators.length > 0) {
    const ml = h("ul", { class: "plain", id: "missing" });
    for (const m of r.unmatchedIndicators.slice(0, MAX_ROWS_SHOWN)) ml.append(h("li", {}, m.name));
    out.push(h("details", { id: "missing-box" }, h("summary", {}, tx("missingTitle", { n: r.unmatchedIndicators.length })), ml));
  }
  if (s.written && s.written.fixed.length > 0) out.push(h("p", { class: "muted", id: "fixed" }, tx(s.written.fixed.length === 1 ? "fixedOne" : "fixed", { n: s.written.fixed.length })));
  const print = printLine(c);
  if (print) out.push(print);

  out.push(
    footer(
      s.stale
        ? button("btn-rewrite", tx("rewrite"), () => void s.write(), "primary", waitsForDay(c, "as-of"))
        : button("btn-report", tx("toReport"), () => s.toStep("report"), "primary", waitsForDay(c, "as-of")),
      button("btn-edit-mapping", tx("editMapping"), () => s.toStep("mapping"), "link"),
      button("btn-other", tx("otherSheet"), () => s.toStep("sheet"), "link"),
    ),
  );
  return out;
}

// ——— Step 5: the report ———

/** `multi`: one printed line per typed line; `wrap`: one printed line that may be long (an agency's full name), shown wrapped. */
const FIELDS: { key: keyof ReportFields; label: TextKey; multi: boolean; wrap?: boolean }[] = [
  { key: "parent", label: "fieldParent", multi: false, wrap: true },
  { key: "issuer", label: "fieldIssuer", multi: true },
  { key: "number", label: "fieldNumber", multi: false },
  { key: "place", label: "fieldPlace", multi: false },
  { key: "signatureTitle", label: "fieldSignature", multi: true },
  { key: "signerName", label: "fieldSigner", multi: false },
  { key: "recipients", label: "fieldRecipients", multi: true },
];

function draftOf(s: Session): Record<keyof ReportFields, string> {
  const f = s.reportFields();
  const out = {} as Record<keyof ReportFields, string>;
  for (const { key } of FIELDS) {
    const v = f[key];
    out[key] = Array.isArray(v) ? v.join("\n") : (v ?? "");
  }
  return out;
}

function fieldsOf(d: Record<keyof ReportFields, string>): ReportFields {
  return {
    parent: d.parent.replace(/\s*\n\s*/g, " ").trim(),
    issuer: lines(d.issuer),
    number: d.number.trim(),
    place: d.place.trim(),
    signatureTitle: lines(d.signatureTitle),
    signerName: d.signerName.trim(),
    recipients: lines(d.recipients).map((r) => r.replace(/^-\s*/, "")),
  };
}

export function reportStep(c: StepCtx): Node[] {
  const { s, tx, ui } = c;
  const p = s.pending;
  if (!p) return [];
  const draft = (ui.draft ??= draftOf(s));
  const out: Node[] = [h("p", { class: "intro" }, tx("reportIntro"))];
  const form = h("div", { class: "form", id: "report-form" });
  for (const f of FIELDS) {
    const id = `rf-${f.key}`;
    const input = f.multi || f.wrap ? h("textarea", { id, rows: "2" }) : h("input", { id, type: "text" });
    input.value = draft[f.key];
    input.addEventListener("input", () => (draft[f.key] = input.value));
    // One printed line: Enter does not break it (a pasted break becomes a space).
    if (f.wrap) input.addEventListener("keydown", (e) => e instanceof KeyboardEvent && e.key === "Enter" && e.preventDefault());
    form.append(h("div", { class: "field" }, h("label", { for: id }, tx(f.label)), input));
  }
  const date = dayField(c, "rf-date", ui.date ?? s.today, (iso) => {
    ui.date = iso;
    c.redraw();
  });
  form.append(h("div", { class: "field" }, h("label", { for: "rf-date" }, tx("fieldDate")), date.input, date.said));
  const tmpl = h("select", { id: "rf-template" });
  tmpl.append(h("option", { value: "" }, tx("defaultTemplate")));
  for (const x of s.sheets.filter((y) => !y.created && y.name !== p.info.name)) tmpl.append(h("option", { value: x.name, selected: ui.template === x.name }, x.name));
  tmpl.addEventListener("change", () => (ui.template = tmpl.value));
  form.append(h("div", { class: "field" }, h("label", { for: "rf-template" }, tx("fieldTemplate")), tmpl));
  out.push(form);
  out.push(h("p", { class: "muted", id: "report-states" }, tx("reportStates", { line: optionsLine(p.options, c.lang) })));
  if (c.host === "sheets") out.push(h("p", { class: "muted" }, tx("printSheets")));
  if (s.reportSheets.length > 0) {
    const made = h("div", { class: "row", id: "made" });
    s.reportSheets.forEach((x, i) => made.append(button(`open-made-${i}`, tx("openSheet", { name: x.name }), () => void s.goTo(x.name, "A1"), "link")));
    out.push(made);
    const report = s.reportSheets[0];
    if (report.printUrl) out.push(h("p", { id: "report-print" }, h("a", { href: report.printUrl, target: "_blank", rel: "noopener", id: "report-print-link" }, tx("printReportLink", { name: report.name }))));
  }
  out.push(
    footer(
      button("btn-make-report", tx("makeReport"), () => void s.makeReport(fieldsOf(draft), { templateSheet: ui.template || null, date: ui.date ?? s.today }), "primary", waitsForDay(c, "rf-date")),
      button("btn-back-results", tx("backToResults"), () => s.toStep("results"), "link"),
    ),
  );
  return out;
}
