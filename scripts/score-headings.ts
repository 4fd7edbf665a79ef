// Scores the sheet reader's column roles and row kinds on the headings corpus (test/headings/*.md): each table is laid
// out as a clerk's small sheet and read by the same core check `chitieu check` runs. Usage:
//   npx tsx scripts/score-headings.ts              the design half (test/headings/headings-design.md)
//   npx tsx scripts/score-headings.ts --design     the same
//   npx tsx scripts/score-headings.ts --holdout    the held-out half (the integrator's measure, at the end of a session only)
//   npx tsx scripts/score-headings.ts --verbose    also lists every column and row the reader got wrong or left without a role
//   npx tsx scripts/score-headings.ts t004 t011    only tables whose id is one of the words
// Per column: role right / wrong / none (the reader gave no role); per row label: kind right / wrong; per table: found or
// not (the reader's header band holds the table's last header row). Totals, then per role and per kind.
import { pathToFileURL } from "node:url";
import { checkSheet } from "../core/sheet/check";
import { headerCandidates } from "../core/table/read";
import type { Layout } from "../core/sheet/types";
import type { SheetData } from "../core/sheet/model";
import type { CellValue } from "../core/types";
import type { Role } from "../core/table/vocabulary";
import { loadHeadings, type HeadingColumn, type HeadingRole, type HeadingTable, type HeadingsHalf, type RowKind } from "../test/headings/headings";

/**
 * The corpus role → the reader roles that count as right for it, in one table. A role's own name is right unless said.
 * - `name`: the list's name column, or the other half of a name merged over two (`nameAlt`).
 * - `unitName`: a matrix's unit column.
 * - `actual`: the figure column; a breakdown of a total ("Chia ra ⟩ Công lập", a `part …` note) is also right as a
 *   numerator or with no role (see PART_OK), as is a part of any figure role.
 * - `actualNumerator`: also right as the actual when the reader found no denominator in the table (a count printed
 *   beside its share, the whole not printed: the count is the figure, as the reader reads a lone numerator).
 * - `timing`: a schedule the reader keeps as timing (a list reads it as the task's deadline: still timing here).
 * - `other`: right whenever the reader gives no figure role (FIGURE below), none included.
 * Every role not listed is right only as itself.
 */
const RIGHT: Partial<Record<HeadingRole, readonly string[]>> = {
  name: ["name", "nameAlt"],
  unitName: ["unitName"],
  target: ["target", "targetAlt", "targetBoth"],
  actualNumerator: ["actualNumerator"],
  actualDenominator: ["actualDenominator"],
  timing: ["timing"],
};
/** Roles that make a column's cells judged figures: a wrong one gives confident wrong verdicts. */
const FIGURE: ReadonlySet<string> = new Set(["target", "targetAlt", "targetBoth", "actual", "baseline", "rate", "actualNumerator", "actualDenominator"]);
/** A part of a figure ("part of B", "part: splits Tổng số"): also right as a numerator, or with no role. */
const PART_OK = ["actualNumerator", "none"];

/** Row kinds: the corpus kind → the reader kinds that are right. "data" is a row judged as a row of the table. */
const ROW_RIGHT: Record<RowKind, readonly string[]> = {
  section: ["section"],
  item: ["data"],
  part: ["data"],
  unit: ["data"],
  total: ["total"],
  targetRow: ["targetRow"],
  actualRow: ["data", "actualRow"],
  note: ["note", "outside"],
  signature: ["note", "outside"],
};

/** An empty heading cell written out (the corpus's convention): the cell is blank. */
const EMPTY = "(trống)";
/** The month and year a report template's placeholders are filled with, as the page fills them when run. */
const FILL = { month: 9, year: 2024 };
/**
 * A template's placeholder filled in ("Tháng {{month}}/{{year-1}}" → "Tháng 9/2023"): names, numbers, + - == ?: only.
 * @example fill("Tháng {{month-1==0?12:month-1}}") → "Tháng 8"
 */
export function fill(text: string): string {
  return text.replace(/\{\{([a-z0-9 +\-=?:]+)\}\}/g, (_, e: string) => String(new Function("month", "year", `return (${e});`)(FILL.month, FILL.year)));
}
const colIndex = (col: string): number => [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export interface BuiltSheet {
  sheet: SheetData;
  /** Header rows (0-based), top to bottom. */
  headerRows: number[];
  /** Sheet column of each corpus column, in the corpus's order. */
  cols: number[];
  /** Sheet row of each corpus row label, in the corpus's order. */
  rows: number[];
  /** The column the row labels are written in. */
  keyCol: number;
  asOf: string;
}

/** A plausible figure for a row and column (no meaning in the value: the heading is what is scored). */
function figure(role: HeadingRole, r: number, c: number, pct: boolean): number {
  if (role === "rate" || role === "ratio" || pct) return 80 + ((r * 7 + c * 3) % 19) + 0.5;
  const base = 20 + ((r * 13 + c * 7) % 60);
  return role === "actualDenominator" ? base * 3 : base;
}

/** What a clerk writes in a column of a given role on an ordinary row. */
function cellFor(col: HeadingColumn, label: string, r: number, c: number, n: number): CellValue {
  const pct = col.says.includes("%") || /%|t[ỷỉ] l[ệe]/iu.test(col.heading);
  switch (col.role) {
    case "stt": return n;
    case "id": return `CT${String(n).padStart(2, "0")}`;
    case "name": return label;
    case "unitName": return label;
    case "level": return "THCS";
    case "unit": return /t[ỷỉ] l[ệe]|%/iu.test(label) ? "%" : "người";
    case "note": return null;
    case "timing": return "Tháng 9/2024";
    case "start": return "01/9/2024";
    case "deadline": return "31/5/2025";
    case "completion": return "Đã hoàn thành";
    case "lead": return "Tổ chuyên môn";
    case "partners": return "Các đoàn thể";
    case "assessment": return "Đạt";
    default: return figure(col.role, r, c, pct);
  }
}

/** Invented rows when the corpus gives fewer than two data rows: a list's indicators, a matrix's units. */
const EXTRA_ITEMS = ["Số trường đạt chuẩn quốc gia", "Số học sinh được khám sức khỏe"];
const EXTRA_UNITS = ["Phường Hòa Minh", "Xã Hòa Bắc"];
const DATA_KINDS: ReadonlySet<RowKind> = new Set(["item", "part", "unit", "actualRow"]);
const BLANK_KINDS: ReadonlySet<RowKind> = new Set(["section", "note", "signature"]);

/**
 * A table as a clerk's workbook holds it: a title, a blank line, the header rows (each level in its row, a column's
 * last level merged down to the bottom header row, equal parents merged across), then the row labels in the key column
 * (the name column; else the unit-name column; else the first column the corpus leaves out, a yearbook's unheaded row
 * labels; else A), a heading of digits alone as a number (as a spreadsheet stores "2018" typed in), with figures on
 * their rows (none on section, note and signature rows), then invented rows when the
 * corpus gives fewer than two data rows, before any note row.
 */
export function buildSheet(t: HeadingTable): BuiltSheet {
  const cols = t.columns.map((c) => colIndex(c.col));
  const given = new Set(cols);
  const named = t.columns.findIndex((c) => c.role === "name");
  const unit = t.columns.findIndex((c) => c.role === "unitName");
  let keyCol = named >= 0 ? cols[named] : unit >= 0 ? cols[unit] : -1;
  if (keyCol < 0) for (let c = 0; c <= Math.max(...cols) && keyCol < 0; c++) if (!given.has(c)) keyCol = c;
  if (keyCol < 0) keyCol = 0;
  const width = Math.max(keyCol, ...cols) + 1;
  const levels = t.columns.map((c) => c.levels.map((l) => (l === EMPTY ? "" : fill(l))));
  const depth = Math.max(1, ...levels.map((l) => l.length));
  const top = 2;
  const values: CellValue[][] = [["BẢNG TỔNG HỢP SỐ LIỆU", ...Array(width - 1).fill(null)], Array(width).fill(null)];
  const merges: NonNullable<SheetData["merges"]> = [{ top: 0, left: 0, bottom: 0, right: width - 1 }];
  const head: (string | null)[][] = Array.from({ length: depth }, () => Array(width).fill(null));
  const owner: (string | null)[][] = Array.from({ length: depth }, () => Array(width).fill(null));
  t.columns.forEach((c, i) => {
    const l = levels[i];
    const col = cols[i];
    for (let k = 0; k < l.length; k++) {
      head[k][col] = l[k];
      // Which merge a cell belongs to: the path to it (a parent level), or a column of its own (its last level).
      owner[k][col] = k < l.length - 1 ? JSON.stringify(l.slice(0, k + 1)) : `own:${col}`;
    }
    if (l.length < depth) merges.push({ top: top + l.length - 1, left: col, bottom: top + depth - 1, right: col });
  });
  for (let k = 0; k < depth; k++) {
    const row: CellValue[] = Array(width).fill(null);
    for (let c = 0; c < width; c++) {
      const o = owner[k][c];
      if (o === null) continue;
      if (c > 0 && owner[k][c - 1] === o) continue;
      let right = c;
      while (right + 1 < width && owner[k][right + 1] === o && !o.startsWith("own:")) right++;
      // A heading typed as a number ("2018") is a number in the workbook, as a spreadsheet stores it.
      const h = head[k][c];
      row[c] = h === "" || h === null ? null : /^\d{1,6}$/.test(h) ? Number(h) : h;
      if (right > c) merges.push({ top: top + k, left: c, bottom: top + k, right });
    }
    values.push(row);
  }
  const headerRows = Array.from({ length: depth }, (_, k) => top + k);
  const keyHeading = t.columns.findIndex((_, i) => cols[i] === keyCol);
  const rowsOut: number[] = [];
  let n = 0;
  const put = (label: string, kind: RowKind | null): number => {
    const r = values.length;
    const row: CellValue[] = Array(width).fill(null);
    if (kind === null || !BLANK_KINDS.has(kind)) {
      if (kind === null || DATA_KINDS.has(kind)) n++;
      t.columns.forEach((c, i) => {
        if (cols[i] !== keyCol) row[cols[i]] = cellFor(c, label, r, cols[i], n);
      });
    }
    row[keyCol] = label;
    sumParts(row);
    values.push(row);
    return r;
  };
  // A breakdown's whole holds the sum of its parts ("Tổng số" = "Chia ra ⟩ Công lập" + "… ⟩ Ngoài công lập"); a
  // whole over parts "of which" ("Trong đó ⟩ …") holds more than they do.
  const parts = new Map<number, number[]>();
  t.columns.forEach((c, i) => {
    const ref = c.says.map((x) => /^part(?: of|:? splits) (.+)$/.exec(x)?.[1]?.trim()).find(Boolean);
    if (!ref) return;
    const whole = /^[A-Z]{1,2}$/.test(ref) ? cols[t.columns.findIndex((o) => o.col === ref)] : [...cols.keys()].reverse().map((k) => (k < i && t.columns[k].levels[t.columns[k].levels.length - 1] === ref ? cols[k] : -1)).find((k) => k >= 0);
    if (whole !== undefined && whole >= 0) parts.set(whole, [...(parts.get(whole) ?? []), cols[i]]);
  });
  const sumParts = (row: CellValue[]) => {
    for (const [whole, of] of parts) {
      if (typeof row[whole] !== "number" || !of.every((k) => typeof row[k] === "number")) continue;
      const sum = of.reduce((a, k) => a + (row[k] as number), 0);
      const exact = of.every((k) => /chia ra/i.test(t.columns[cols.indexOf(k)].heading));
      row[whole] = exact ? sum : sum + 3;
    }
  };
  const notes = t.rows.filter((x) => x.kind === "note" || x.kind === "signature");
  const body = t.rows.filter((x) => !notes.includes(x));
  const at = new Map<(typeof t.rows)[number], number>();
  for (const x of body) at.set(x, put(x.label, x.kind));
  const dataRows = body.filter((x) => DATA_KINDS.has(x.kind)).length;
  const extra = t.kind === "matrix" || (keyHeading >= 0 && t.columns[keyHeading].role === "unitName") ? EXTRA_UNITS : EXTRA_ITEMS;
  for (let i = dataRows; i < 2; i++) put(extra[i], null);
  for (const x of notes) at.set(x, put(x.label, x.kind));
  for (const x of t.rows) rowsOut.push(at.get(x)!);
  // A check is read on the day after the latest year the table names: its figures are in, its targets due.
  const years = [t.description, ...t.columns.map((c) => fill(c.heading))].flatMap((s) => [...s.matchAll(/\b(?:19|20)(\d\d)\b/g)].map((m) => Number(m[0])));
  const asOf = years.length ? `${Math.max(...years)}-12-31` : "2025-06-30";
  return { sheet: { name: t.id, values, merges }, headerRows, cols, rows: rowsOut, keyCol, asOf };
}

export type ColumnOutcome = "right" | "wrong" | "none";

export interface ColumnScore {
  col: HeadingColumn;
  /** The reader's role: a layout role, a role read and left alone (timing, lead, ratio …), or "none". */
  got: string;
  outcome: ColumnOutcome;
}

export interface RowScore {
  label: string;
  kind: RowKind;
  got: string;
  right: boolean;
}

export interface TableScore {
  table: HeadingTable;
  found: boolean;
  /** The shape the reader gave the table, when found. */
  shape?: "list" | "matrix";
  error?: string;
  columns: ColumnScore[];
  rows: RowScore[];
}

/** The role of every column of a layout, with the roles the header band read that the layout leaves alone. */
function layoutRoles(sheet: SheetData, layout: Layout): Map<number, string> {
  const out = new Map<number, string>();
  // Roles read from the headings and not used by the layout (timing, lead, ratio …): the band the layout came from.
  const band = headerCandidates(sheet).find((b) => b.rows.join() === layout.headerRows.join());
  const read = new Map<number, Role | null>((band?.columns ?? []).map((c) => [c.col, c.reading.role]));
  if (layout.shape === "list") {
    for (const [role, c] of Object.entries(layout.columns)) out.set(c, role === "deadline" && read.get(c) === "timing" ? "timing" : role);
    for (const m of layout.marks ?? []) out.set(m.col, "actual");
    if (layout.nameAlt !== undefined) out.set(layout.nameAlt, "nameAlt");
    for (const c of layout.earlier ?? []) out.set(c, "baseline");
    if (layout.targetAlt) out.set(layout.targetAlt.col, "targetAlt");
    if (layout.targetBoth) out.set(layout.targetBoth.col, "targetBoth");
  } else {
    out.set(layout.unitColumn, "unitName");
    if (layout.sttColumn !== undefined) out.set(layout.sttColumn, "stt");
    for (const g of layout.groups) {
      const set = (c: number | undefined, role: string) => c !== undefined && out.set(c, role);
      // A group's one figure is its rate when its heading reads as one or says percent ("Tỷ lệ hộ nghèo (%)").
      set(g.col, g.col !== undefined && (g.percentHeader || read.get(g.col) === "rate") ? "rate" : "actual");
      set(g.numerator, "actualNumerator");
      set(g.denominator, "actualDenominator");
      set(g.rate, "rate");
      set(g.target, "target");
      set(g.baseline, "baseline");
    }
  }
  // A column the layout gives no role keeps a role its heading has only when it is no figure (a figure heading left
  // out of the layout, a second "Thực hiện", is not read: no role).
  for (const [c, role] of read) if (!out.has(c) && role && !FIGURE.has(role) && role !== "name" && role !== "unitName") out.set(c, role);
  return out;
}

/** The reader's kind of every row of a layout's data area; rows outside it are "outside". */
function rowKinds(layout: Layout): Map<number, string> {
  const out = new Map<number, string>();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) out.set(r, "data");
  const KIND: Record<string, string> = { section: "section", total: "total", target: "targetRow", note: "note", footer: "note", header: "header", hidden: "hidden" };
  for (const e of layout.excludedRows ?? []) out.set(e.row, KIND[e.kind] ?? e.kind);
  if (layout.shape === "matrix") {
    for (const r of layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : [])) out.set(r, "total");
    if (layout.targetRow !== undefined) out.set(layout.targetRow, "targetRow");
    if (layout.targetRowMax !== undefined) out.set(layout.targetRowMax, "targetRow");
  }
  return out;
}

const isPart = (c: HeadingColumn): boolean => c.says.some((s) => /^part\b/.test(s));

/** Whether the reader's role is right for the corpus column. */
export function columnOutcome(c: HeadingColumn, got: string, denominator = false): ColumnOutcome {
  if (c.role === "other") return FIGURE.has(got) ? "wrong" : "right";
  const ok = RIGHT[c.role] ?? [c.role];
  if (ok.includes(got)) return "right";
  if (c.role === "actualNumerator" && got === "actual" && !denominator) return "right";
  if (isPart(c) && FIGURE.has(c.role) && PART_OK.includes(got)) return "right";
  return got === "none" ? "none" : "wrong";
}

/** Reads one table's sheet with the core check (no plan: the sheet's own targets) and scores it. */
export function scoreTable(t: HeadingTable): TableScore {
  const b = buildSheet(t);
  const res = checkSheet(b.sheet, null, { asOf: b.asOf });
  const last = b.headerRows[b.headerRows.length - 1];
  const layout = res.ok ? res.layout : undefined;
  const found = layout !== undefined && layout.headerRows.includes(last);
  const roles = found ? layoutRoles(b.sheet, layout) : new Map<number, string>();
  const kinds = found ? rowKinds(layout) : new Map<number, string>();
  const denominator = [...roles.values()].includes("actualDenominator");
  const columns = t.columns.map((col, i): ColumnScore => {
    const got = roles.get(b.cols[i]) ?? "none";
    return { col, got, outcome: columnOutcome(col, got, denominator) };
  });
  const rows = t.rows.map((x, i): RowScore => {
    const got = found ? (kinds.get(b.rows[i]) ?? "outside") : "not found";
    return { label: x.label, kind: x.kind, got, right: ROW_RIGHT[x.kind].includes(got) };
  });
  return { table: t, found, ...(layout ? { shape: layout.shape } : {}), ...(res.ok ? {} : { error: res.error.code }), columns, rows };
}

export function scoreAll(tables: HeadingTable[]): TableScore[] {
  return tables.map(scoreTable);
}

export interface HeadingTotals {
  tables: number;
  found: number;
  columns: number;
  right: number;
  wrong: number;
  none: number;
  /** Wrong answers that give a figure role ("Số quyết định" read as the actual): the harmful kind. */
  wrongFigure: number;
  rows: number;
  rowsRight: number;
  rowsWrong: number;
  perRole: Record<string, { right: number; wrong: number; none: number }>;
  perKind: Record<string, { right: number; wrong: number }>;
}

export function totals(scores: TableScore[]): HeadingTotals {
  const t: HeadingTotals = { tables: scores.length, found: 0, columns: 0, right: 0, wrong: 0, none: 0, wrongFigure: 0, rows: 0, rowsRight: 0, rowsWrong: 0, perRole: {}, perKind: {} };
  for (const s of scores) {
    if (s.found) t.found++;
    for (const c of s.columns) {
      t.columns++;
      t[c.outcome]++;
      if (c.outcome === "wrong" && FIGURE.has(c.got)) t.wrongFigure++;
      (t.perRole[c.col.role] ??= { right: 0, wrong: 0, none: 0 })[c.outcome]++;
    }
    for (const r of s.rows) {
      t.rows++;
      if (r.right) t.rowsRight++;
      else t.rowsWrong++;
      (t.perKind[r.kind] ??= { right: 0, wrong: 0 })[r.right ? "right" : "wrong"]++;
    }
  }
  return t;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

function main(): void {
  const args = process.argv.slice(2);
  const half: HeadingsHalf = args.includes("--holdout") ? "holdout" : "design";
  const verbose = args.includes("--verbose");
  const only = args.filter((a) => !a.startsWith("--"));
  const file = loadHeadings(half);
  if (file.problems.length) {
    console.error(`${half}: ${file.problems.length} malformed lines:\n  ${file.problems.join("\n  ")}`);
    process.exitCode = 1;
  }
  const tables = only.length ? file.tables.filter((t) => only.includes(t.id)) : file.tables;
  const scores = scoreAll(tables);
  for (const s of scores) {
    const c = s.columns;
    const line = `${s.table.id} ${s.table.kind}: ${s.found ? `found (${s.shape})` : `NOT FOUND${s.error ? ` (${s.error})` : s.shape ? ` (${s.shape} elsewhere)` : ""}`}; columns right ${c.filter((x) => x.outcome === "right").length}/${c.length}, wrong ${c.filter((x) => x.outcome === "wrong").length}, none ${c.filter((x) => x.outcome === "none").length}; rows right ${s.rows.filter((r) => r.right).length}/${s.rows.length}`;
    console.log(line);
    if (!verbose) continue;
    for (const x of c) if (x.outcome !== "right") console.log(`    ${x.outcome.padEnd(5)} ${x.col.col} "${x.col.heading}": ${x.col.role}, got ${x.got}${x.col.says.length ? `  [${x.col.says.join("; ")}]` : ""}`);
    for (const r of s.rows) if (!r.right) console.log(`    row   "${r.label}": ${r.kind}, got ${r.got}`);
  }
  const t = totals(scores);
  console.log(`\n== ${half}: ${t.tables} tables, found ${t.found}/${t.tables}`);
  console.log(`columns ${t.columns}: right ${t.right} (${pct(t.right, t.columns)}), wrong ${t.wrong} (${pct(t.wrong, t.columns)}; ${t.wrongFigure} as a figure role), none ${t.none} (${pct(t.none, t.columns)})`);
  console.log(`row labels ${t.rows}: right ${t.rowsRight} (${pct(t.rowsRight, t.rows)}), wrong ${t.rowsWrong}`);
  console.log("per role:");
  for (const [role, v] of Object.entries(t.perRole).sort((a, b) => b[1].right + b[1].wrong + b[1].none - (a[1].right + a[1].wrong + a[1].none))) {
    console.log(`  ${role.padEnd(18)} right ${String(v.right).padStart(3)}  wrong ${String(v.wrong).padStart(3)}  none ${String(v.none).padStart(3)}`);
  }
  console.log("per row kind:");
  for (const [kind, v] of Object.entries(t.perKind).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
    console.log(`  ${kind.padEnd(18)} right ${String(v.right).padStart(3)}  wrong ${String(v.wrong).padStart(3)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
