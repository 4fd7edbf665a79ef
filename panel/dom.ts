// Building panel elements from text only, so workbook text (sheet names, indicator names) can never become markup.
type Attrs = Record<string, string | boolean | undefined>;

/**
 * Creates an element; children strings become text nodes. An attribute set to `false` or `undefined` is left
 * out, `true` sets it empty (for `disabled`, `checked`).
 * @example h("p", { class: "muted" }, "<b>x</b>").textContent → "<b>x</b>"
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined) continue;
    el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/**
 * A button that runs `fn` on click.
 * @example button("btn-read", "Đọc trang", () => session.openSheet(name), "primary")
 */
export function button(id: string, text: string, fn: () => void, cls = "", attrs: Attrs = {}): HTMLButtonElement {
  const b = h("button", { id, type: "button", class: cls || undefined, ...attrs }, text);
  b.addEventListener("click", fn);
  return b;
}

/** Text typed in a textarea as lines, blank lines dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}
