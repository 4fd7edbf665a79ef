// Writes layout workbooks as Flat ODS (one XML file LibreOffice opens and converts to .xlsx), plus the expected verdicts beside them.
//
// A layout's `book.ts` describes its sheets with `Book`/`Sheet` (cells, merges, hidden rows and columns, number formats,
// formulas, notes) and marks every figure a careful clerk would judge with `expect`. `scripts/build-layouts.mjs` turns
// that into `book.fods` and `expected.md`, then has LibreOffice write `book.xlsx`, so every .xlsx is a real program's file.

/** A cell's value as typed: text, a number, a date ("2025-05-20" with `date: true`), or a formula ("=D9/E9"). */
export type Raw = string | number | null | undefined;

/** Number formats a clerk's sheet uses; the key picks an ODF data style. */
export type Fmt =
  | "general"
  | "0"
  | "0.0"
  | "0.00"
  | "#,##0"
  | "0%"
  | "0.0%"
  | "0.00%"
  | "dd/mm/yyyy"
  | "@";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  border?: boolean;
  size?: number;
  fmt?: Fmt;
}

export interface CellSpec extends CellStyle {
  v: Raw;
  /** The value is an ISO date ("2025-05-20"), written as a real date cell. */
  date?: boolean;
  /** A number shown as percent: `v` is the fraction (0.952 shows "95,2%"). */
  pct?: boolean;
  /** A formula's result as the sheet shows it, for expected.md only (LibreOffice computes the real one). */
  result?: number | string;
  /** A user's comment on the cell. */
  note?: string;
  /** Merge this cell over `rows` × `cols` (1 = no merge in that direction). */
  span?: [number, number];
}

export type CellInput = Raw | CellSpec;

/** One judged figure, as a careful clerk reads it from the Vietnamese (never from our checker). */
export type Status = "met" | "exceeded" | "not_met" | "pending" | "overdue" | "no_data" | "invalid" | "review" | "refuse";

export interface Expectation {
  sheet: string;
  /** A1 address of the cell holding the figure (the numerator of a count pair); alternatives after "|" ("E12|G12"). */
  cell: string;
  indicator: string;
  target: string;
  /** The figure as the sheet shows it; derived from the cell when absent. */
  actual?: string;
  status: Status;
  /** Why, when the verdict needs a word (percent scale, baseline, wording). */
  why?: string;
}

const COL_RE = /^([A-Z]+)(\d+)$/;

/** "B7" → { col: 1, row: 6 } (0-based). */
export function parseA1(a1: string): { row: number; col: number } {
  const m = COL_RE.exec(a1.trim().toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 0-based column → letters: 0 → "A", 27 → "AB". */
export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → "B7". */
export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

function spec(input: CellInput): CellSpec {
  if (input !== null && typeof input === "object") return input;
  return { v: input };
}

/** Vietnamese display of a number: 1234.5 → "1.234,5" (decimals as given, up to 4). */
export function viNumber(n: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(Math.round(n * 10000) / 10000) : n.toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const neg = int.startsWith("-");
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${neg ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** How a cell reads on screen, roughly as a Vietnamese-locale spreadsheet shows it (for expected.md's "actual"). */
export function display(c: CellSpec): string {
  const v = c.v;
  if (v === null || v === undefined || v === "") return "(trống)";
  if (typeof v === "string" && v.startsWith("=")) {
    const r = c.result;
    const shown = r === undefined ? "" : typeof r === "number" ? display({ ...c, v: r }) : r;
    return `${v}${shown ? ` (${shown})` : ""}`;
  }
  if (c.date && typeof v === "string") {
    const [y, m, d] = v.split("-");
    return `${d}/${m}/${y}`;
  }
  if (typeof v === "number") {
    const fmt = c.fmt ?? (c.pct ? "0.0%" : "general");
    if (c.pct || fmt.endsWith("%")) {
      const dec = fmt === "0%" ? 0 : fmt === "0.00%" ? 2 : 1;
      return `${viNumber(v * 100, dec)}%`;
    }
    if (fmt === "0.0") return viNumber(v, 1);
    if (fmt === "0.00") return viNumber(v, 2);
    if (fmt === "0" || fmt === "#,##0") return viNumber(v, 0);
    return viNumber(v);
  }
  return String(v);
}

interface StoredCell extends CellSpec {
  covered?: boolean;
}

/** One sheet of a layout workbook. Addresses are A1 strings; rows and columns can be hidden; cells can merge. */
export class Sheet {
  readonly cells = new Map<string, StoredCell>();
  readonly widths = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly expectations: Expectation[] = [];
  /** Base style every written cell gets unless it says otherwise (font size, border inside the table). */
  defaults: CellStyle = {};

  constructor(readonly name: string) {}

  /** Sets one cell; `span` merges it over rows × cols. */
  set(at: string, input: CellInput, style: CellStyle = {}): this {
    const { row, col } = parseA1(at);
    const c: StoredCell = { ...this.defaults, ...style, ...spec(input) };
    this.cells.set(`${row}:${col}`, c);
    if (c.span) {
      const [rs, cs] = c.span;
      for (let r = row; r < row + rs; r++) {
        for (let k = col; k < col + cs; k++) {
          if (r === row && k === col) continue;
          this.cells.set(`${r}:${k}`, { v: null, covered: true, border: c.border });
        }
      }
    }
    return this;
  }

  /** Writes a row of cells from `at` to the right; `undefined` skips a cell (keeps what a merge covers). */
  row(at: string, inputs: CellInput[], style: CellStyle = {}): this {
    const { row, col } = parseA1(at);
    inputs.forEach((input, i) => {
      if (input === undefined) return;
      const key = `${row}:${col + i}`;
      if (this.cells.get(key)?.covered) return;
      this.set(a1(row, col + i), input, style);
    });
    return this;
  }

  /** Merges `from:to` keeping the top-left value (written with `set` before or after). */
  merge(range: string, input?: CellInput, style: CellStyle = {}): this {
    const [from, to] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    const existing = this.cells.get(`${a.row}:${a.col}`);
    const base: CellSpec = input === undefined ? (existing ?? { v: null }) : spec(input);
    return this.set(from, { ...base, span: [b.row - a.row + 1, b.col - a.col + 1] }, style);
  }

  /** Column widths in characters, from column A (or `fromCol`). */
  cols(widths: number[], fromCol = "A"): this {
    const start = parseA1(`${fromCol}1`).col;
    widths.forEach((w, i) => this.widths.set(start + i, w));
    return this;
  }

  hideCols(...letters: string[]): this {
    for (const l of letters) this.hiddenCols.add(parseA1(`${l}1`).col);
    return this;
  }

  hideRows(...rows: number[]): this {
    for (const r of rows) this.hiddenRows.add(r - 1);
    return this;
  }

  /** The cell as stored (for expectations that read it back). */
  get(at: string): CellSpec | undefined {
    const { row, col } = parseA1(at);
    return this.cells.get(`${row}:${col}`);
  }

  /** Text of a cell as shown ("" when empty). */
  text(at: string): string {
    const c = this.get(at);
    return c ? (display(c) === "(trống)" ? "" : display(c)) : "";
  }

  /** Records the verdict a careful clerk gives the figure in `cell`. */
  expect(cell: string, e: Omit<Expectation, "sheet" | "cell">): this {
    const first = cell.split("|")[0];
    const c = this.get(first);
    if (!c && e.actual === undefined) throw new Error(`${this.name}!${first}: expectation on a cell never written`);
    this.expectations.push({ sheet: this.name, cell, ...e, actual: e.actual ?? display(c ?? { v: null }) });
    return this;
  }

  /**
   * The roll-up line a district report would print for one matrix indicator, counted from the expectations whose
   * indicator ends with `suffix`: "Tỷ lệ trẻ nhà trẻ ra lớp: 9/14 quận, huyện đạt (1 chưa có số liệu)".
   */
  rollUp(suffix: string, noun: string, label = suffix.replace(/^ · /, "")): string {
    // A total row ("Toàn huyện", "Tổng cộng", "Cộng", "Chung toàn xã") is the roll-up's check, not one of its units,
    // whether its expectations were written before or after the call.
    const es = this.expectations.filter((e) => e.indicator.endsWith(suffix) && !/^(toàn|tổng|cộng|chung)(\s|$)/iu.test(e.indicator.trim()));
    if (es.length === 0) throw new Error(`${this.name}: no expectations end with "${suffix}"`);
    const met = es.filter((e) => e.status === "met" || e.status === "exceeded").length;
    const words: Partial<Record<Status, string>> = { no_data: "chưa có số liệu", review: "cần xác nhận", invalid: "không hợp lệ", refuse: "không đánh giá được", pending: "chưa đến hạn" };
    const extra = Object.entries(words)
      .map(([k, w]) => [es.filter((e) => e.status === k).length, w] as const)
      .filter(([n]) => n > 0)
      .map(([n, w]) => `${n} ${w}`);
    return `${label}: ${met}/${es.length} ${noun} đạt${extra.length ? ` (${extra.join(", ")})` : ""}`;
  }

  get usedRows(): number {
    let max = -1;
    for (const k of this.cells.keys()) max = Math.max(max, Number(k.split(":")[0]));
    return max + 1;
  }

  get usedCols(): number {
    let max = -1;
    for (const k of this.cells.keys()) max = Math.max(max, Number(k.split(":")[1]));
    for (const k of this.widths.keys()) max = Math.max(max, k);
    return max + 1;
  }
}

/** Facts a reader must get right, written in the header of expected.md. */
export interface Facts {
  /** Sheet holding the judged table. */
  sheet: string;
  /** Header rows, 1-based as on screen ("7-8"). */
  headerRows: string;
  nameColumn: string;
  /** Where each figure's target comes from: "column D", "row 9 (Chỉ tiêu)", "plan.json", "column D; plan.json for rows …". */
  target: string;
  actualColumns: string;
  /** Columns a reader must not judge: hidden, last year, notes (letter and why). */
  ignoreColumns?: string;
  /** Rows that are not indicators/units: totals, target rows, signature and note blocks, sections. */
  totalRows?: string;
  targetRows?: string;
  otherRows?: string;
  /** As-of date, ISO. */
  asOf: string;
  /** The plan's period ("2024-2025"). */
  period?: string;
  /** Expected district roll-ups for matrices, one per line: "PCGD tiểu học mức độ 3: 11/12 xã đạt". */
  rollUps?: string[];
  notes?: string;
}

/** A layout workbook: sheets in order, the facts and the plan (when the sheet is checked against one). */
export class Book {
  readonly sheets: Sheet[] = [];
  facts?: Facts;
  plan?: unknown;

  constructor(readonly title: string) {}

  sheet(name: string): Sheet {
    const s = new Sheet(name);
    this.sheets.push(s);
    return s;
  }

  get expectations(): Expectation[] {
    return this.sheets.flatMap((s) => s.expectations);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Flat ODS output

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** ODF data styles for the formats above. */
const DATA_STYLES: Record<Exclude<Fmt, "general">, { name: string; xml: string }> = {
  "0": { name: "N0", xml: `<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>` },
  "0.0": { name: "N1", xml: `<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>` },
  "0.00": { name: "N2", xml: `<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>` },
  "#,##0": { name: "N3", xml: `<number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>` },
  "0%": { name: "P0", xml: `<number:percentage-style style:name="P0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>` },
  "0.0%": { name: "P1", xml: `<number:percentage-style style:name="P1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>` },
  "0.00%": { name: "P2", xml: `<number:percentage-style style:name="P2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>` },
  "dd/mm/yyyy": { name: "D1", xml: `<number:date-style style:name="D1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>` },
  "@": { name: "T1", xml: `<number:text-style style:name="T1"><number:text-content/></number:text-style>` },
};

/**
 * "=D9/E9" → "of:=[.D9]/[.E9]"; "=SUM(D9:D20)" → "of:=SUM([.D9:.D20])"; "=ROUND(D9/E9*100,1)" → "of:=ROUND([.D9]/[.E9]*100;1)".
 * Only what layout formulas use: same-sheet references, ranges, functions, "," between arguments.
 */
export function toOpenFormula(f: string): string {
  let out = "";
  let inStr = false;
  const body = f.replace(/^=/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') {
      inStr = !inStr;
      out += ch;
      continue;
    }
    if (inStr) {
      out += ch;
      continue;
    }
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/.exec(body.slice(i));
    const prev = i > 0 ? body[i - 1] : "";
    if (m && !/[A-Za-z0-9_.]/.test(prev) && !/^[A-Z]+\(/.test(body.slice(i, i + m[0].length + 1))) {
      out += m[3] ? `[.${m[1]}${m[2]}:.${m[3]}${m[4]}]` : `[.${m[1]}${m[2]}]`;
      i += m[0].length - 1;
      continue;
    }
    out += ch === "," ? ";" : ch;
  }
  return `of:=${out}`;
}

class StyleTable {
  private readonly byKey = new Map<string, string>();
  readonly xml: string[] = [];

  name(c: CellStyle & { date?: boolean; pct?: boolean }): string {
    const fmt: Fmt | undefined = c.fmt ?? (c.date ? "dd/mm/yyyy" : c.pct ? "0.0%" : undefined);
    const key = JSON.stringify([c.bold, c.italic, c.underline, c.align, c.wrap, c.border, c.size, fmt]);
    const known = this.byKey.get(key);
    if (known) return known;
    const name = `ce${this.byKey.size + 1}`;
    this.byKey.set(key, name);
    const data = fmt && fmt !== "general" ? ` style:data-style-name="${DATA_STYLES[fmt].name}"` : "";
    const cell = [
      c.border ? `fo:border="0.5pt solid #000000"` : "",
      c.wrap ? `fo:wrap-option="wrap"` : "",
      `style:vertical-align="middle"`,
    ].filter(Boolean).join(" ");
    const para = c.align ? `<style:paragraph-properties fo:text-align="${c.align === "left" ? "start" : c.align === "right" ? "end" : "center"}"/>` : "";
    const text = [
      `style:font-name="Times New Roman"`,
      `fo:font-size="${c.size ?? 12}pt"`,
      c.bold ? `fo:font-weight="bold"` : "",
      c.italic ? `fo:font-style="italic"` : "",
      c.underline ? `style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"` : "",
    ].filter(Boolean).join(" ");
    this.xml.push(
      `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${data}><style:table-cell-properties ${cell}/>${para}<style:text-properties ${text}/></style:style>`,
    );
    return name;
  }
}

function cellXml(c: StoredCell | undefined, styles: StyleTable): string {
  if (!c) return `<table:table-cell/>`;
  const style = ` table:style-name="${styles.name(c)}"`;
  if (c.covered) return `<table:covered-table-cell${style}/>`;
  const span = c.span ? ` table:number-rows-spanned="${c.span[0]}" table:number-columns-spanned="${c.span[1]}"` : "";
  const note = c.note ? `<office:annotation><dc:date>2025-01-01T00:00:00</dc:date><text:p>${esc(c.note)}</text:p></office:annotation>` : "";
  const v = c.v;
  const para = (s: string) => s.split("\n").map((line) => `<text:p>${esc(line)}</text:p>`).join("");
  if (v === null || v === undefined || v === "") return `<table:table-cell${style}${span}>${note}</table:table-cell>`;
  if (typeof v === "string" && v.startsWith("=")) {
    // No cached value: LibreOffice keeps a cached value it is given instead of recalculating, so it computes every formula itself.
    return `<table:table-cell${style}${span} table:formula="${esc(toOpenFormula(v))}">${note}</table:table-cell>`;
  }
  if (c.date && typeof v === "string") {
    return `<table:table-cell${style}${span} office:value-type="date" office:date-value="${v}">${note}${para(display(c))}</table:table-cell>`;
  }
  if (typeof v === "number") {
    const type = c.pct || (c.fmt ?? "").endsWith("%") ? "percentage" : "float";
    return `<table:table-cell${style}${span} office:value-type="${type}" office:value="${v}">${note}${para(display(c))}</table:table-cell>`;
  }
  return `<table:table-cell${style}${span} office:value-type="string">${note}${para(v)}</table:table-cell>`;
}

/** The whole workbook as a Flat ODS document. */
export function toFods(book: Book): string {
  const styles = new StyleTable();
  const colStyles = new Map<number, string>();
  const colStyleXml: string[] = [];
  const colStyle = (w: number) => {
    const key = Math.round(w * 10);
    let name = colStyles.get(key);
    if (!name) {
      name = `co${colStyles.size + 1}`;
      colStyles.set(key, name);
      // About 0.21 cm per character of Times New Roman 12 pt.
      colStyleXml.push(`<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.21).toFixed(2)}cm"/></style:style>`);
    }
    return name;
  };
  const tables = book.sheets.map((s) => {
    const cols: string[] = [];
    for (let c = 0; c < s.usedCols; c++) {
      const hidden = s.hiddenCols.has(c) ? ` table:visibility="collapse"` : "";
      cols.push(`<table:table-column table:style-name="${colStyle(s.widths.get(c) ?? 10)}"${hidden}/>`);
    }
    const rows: string[] = [];
    for (let r = 0; r < s.usedRows; r++) {
      const hidden = s.hiddenRows.has(r) ? ` table:visibility="collapse"` : "";
      const cells: string[] = [];
      let last = -1;
      for (let c = 0; c < s.usedCols; c++) if (s.cells.has(`${r}:${c}`)) last = c;
      for (let c = 0; c <= last; c++) cells.push(cellXml(s.cells.get(`${r}:${c}`), styles));
      rows.push(`<table:table-row table:style-name="ro1"${hidden}>${cells.join("") || "<table:table-cell/>"}</table:table-row>`);
    }
    return `<table:table table:name="${esc(s.name)}">${cols.join("")}${rows.join("\n")}</table:table>`;
  });
  const dataStyles = Object.values(DATA_STYLES).map((d) => d.xml).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>${esc(book.title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style></office:styles>
<office:automatic-styles>
${dataStyles}
${colStyleXml.join("\n")}
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
${styles.xml.join("\n")}
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join("\n")}
</office:spreadsheet></office:body></office:document>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// expected.md output

const cellText = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The expected verdicts as markdown: the facts a reader must get, then one line per judged figure. */
export function toExpectedMd(id: string, book: Book): string {
  const f = book.facts;
  if (!f) throw new Error(`${id}: no facts`);
  const lines = [
    `# Expected verdicts: ${id}`,
    "",
    `${book.title}. Every verdict below was decided by reading the Vietnamese on the sheet as a careful clerk would,`,
    "never by running the checker. Statuses: met, exceeded, not_met, pending, overdue, no_data, invalid, review, refuse.",
    "",
    `- sheet: ${f.sheet}`,
    `- header rows: ${f.headerRows}`,
    `- name column: ${f.nameColumn}`,
    `- target: ${f.target}`,
    `- actual columns: ${f.actualColumns}`,
  ];
  if (f.ignoreColumns) lines.push(`- ignore columns: ${f.ignoreColumns}`);
  if (f.totalRows) lines.push(`- total rows: ${f.totalRows}`);
  if (f.targetRows) lines.push(`- target rows: ${f.targetRows}`);
  if (f.otherRows) lines.push(`- other rows: ${f.otherRows}`);
  lines.push(`- as-of: ${f.asOf}`);
  if (f.period) lines.push(`- period: ${f.period}`);
  lines.push(`- plan: ${book.plan ? "plan.json" : "none"}`);
  for (const r of f.rollUps ?? []) lines.push(`- roll-up: ${r}`);
  if (f.notes) lines.push(`- notes: ${f.notes}`);
  lines.push("", "| sheet | cell | indicator | target | actual | expected | why |", "|---|---|---|---|---|---|---|");
  for (const e of book.expectations) {
    lines.push(`| ${cellText(e.sheet)} | ${cellText(e.cell)} | ${cellText(e.indicator)} | ${cellText(e.target)} | ${cellText(e.actual ?? "")} | ${e.status} | ${cellText(e.why ?? "")} |`);
  }
  return lines.join("\n") + "\n";
}
