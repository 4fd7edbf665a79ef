// Reads the headings corpus (headings-design.md, headings-holdout.md) into typed tables and names every malformed line.
// The format is described in test/headings/README.md; nothing here runs the sheet reader.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The role a careful clerk gives a column in its table (the format's list, one word each). */
export const HEADING_ROLES = [
  "stt", "id", "name", "unitName", "level", "unit", "target", "baseline", "actual", "actualNumerator",
  "actualDenominator", "rate", "ratio", "deadline", "completion", "timing", "start", "lead", "partners", "assessment",
  "note", "other",
] as const;
export type HeadingRole = (typeof HEADING_ROLES)[number];

/** What one row of the table stands for: an indicator (list), a unit (matrix), a task, or a mixture. */
export const TABLE_KINDS = ["list", "matrix", "task", "mixed"] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** What a row label is. */
export const ROW_KINDS = ["section", "item", "part", "unit", "total", "targetRow", "actualRow", "note", "signature"] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** The words a `says` cell may hold besides a year and a note in words. */
export const SAYS_WORDS = ["%", "prior", "estimate", "year", "half", "quarter", "nine", "todate", "horizon"] as const;

/** Which half a file is, and the ids it may use. */
export type HeadingsHalf = "design" | "holdout";
const ID_RANGE: Record<HeadingsHalf, [number, number]> = { design: [1, 199], holdout: [201, 399] };

export interface HeadingColumn {
  /** The column letter in the source table ("A", "AB"). */
  col: string;
  /** The whole heading as written, levels joined with " ⟩ ". */
  heading: string;
  /** The heading's levels, top row first (one element for a one-row header). */
  levels: string[];
  role: HeadingRole;
  /** The `says` words (%, prior, estimate, a term, a year) and, after them, any note in words, one element each. */
  says: string[];
}

export interface HeadingRow {
  label: string;
  kind: RowKind;
}

export interface HeadingTable {
  id: string;
  /** The stable number of the id (t042 → 42). */
  num: number;
  kind: TableKind;
  /** The document's address as written (scheme and "www." already stripped by the gatherer). */
  source: string;
  /** The one line naming the document, issuer, year and which table. */
  description: string;
  columns: HeadingColumn[];
  rows: HeadingRow[];
  /** 1-based line of the block's "## " line, for messages. */
  line: number;
}

export interface HeadingsFile {
  tables: HeadingTable[];
  /** Every malformed line or block, as "line N: what is wrong"; empty for a well-formed file. */
  problems: string[];
}

const LEVEL_SEP = " ⟩ ";
const BLOCK = /^## (t\d{3}) · (\S+) ·(?: (.*))?$/;

/** A source address without scheme, "www."/"m."/"amp." or a trailing slash, so copies of one address compare equal. */
export function sourceKey(url: string): string {
  return url.trim().replace(/^https?:\/\//, "").replace(/^(?:www|m|amp)\./, "").replace(/\/$/, "");
}

/** The same key without its query string, for the looser "same page" comparison. */
export function pageKey(url: string): string {
  return sourceKey(url).replace(/\?.*$/, "");
}

/** Cells of one markdown table line ("| a | b |" → ["a", "b"]); undefined for a line that is not a table line. */
function cells(line: string): string[] | undefined {
  const t = line.trim();
  if (!t.startsWith("|") || !t.endsWith("|") || t.length < 2) return undefined;
  return t.slice(1, -1).split("|").map((c) => c.trim());
}

const isRule = (c: string[]): boolean => c.every((x) => /^:?-{3,}:?$/.test(x));

/** The `says` cell: leading words of each ";"-clause that are says-words or years stay words; the rest is one note. */
export function parseSays(cell: string): string[] {
  const out: string[] = [];
  for (const clause of cell.split(";").map((c) => c.trim()).filter(Boolean)) {
    const words = clause.split(/\s+/);
    let i = 0;
    while (i < words.length && ((SAYS_WORDS as readonly string[]).includes(words[i]) || /^(?:19|20)\d\d$/.test(words[i]))) out.push(words[i++]);
    if (i < words.length) out.push(words.slice(i).join(" "));
  }
  return out;
}

/** Column letters as numbers (A → 1, Z → 26, AA → 27), for order checks. */
function colNumber(col: string): number {
  return [...col].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** Parses a headings file; `half` decides which ids are allowed. */
export function parseHeadings(text: string, half: HeadingsHalf): HeadingsFile {
  const lines = text.split(/\r?\n/);
  const tables: HeadingTable[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const [lo, hi] = ID_RANGE[half];
  let table: HeadingTable | undefined;
  // Where the parser is inside a block: the description line, the column table, the rows table.
  let state: "none" | "description" | "columns" | "rowsIntro" | "rows" = "none";
  let headerSeen = false;

  const finish = (): void => {
    if (!table) return;
    if (!table.description) problems.push(`line ${table.line}: ${table.id} has no description line`);
    if (table.columns.length === 0) problems.push(`line ${table.line}: ${table.id} has no columns`);
    tables.push(table);
    table = undefined;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    const block = BLOCK.exec(line);
    if (block) {
      finish();
      const [, id, kind, source = ""] = block;
      const num = Number(id.slice(1));
      if (num < lo || num > hi) problems.push(`line ${n}: ${id} is outside ${half}'s ids t${String(lo).padStart(3, "0")}–t${hi}`);
      if (seen.has(id)) problems.push(`line ${n}: duplicate id ${id} (first at line ${seen.get(id)})`);
      seen.set(id, n);
      if (!(TABLE_KINDS as readonly string[]).includes(kind)) problems.push(`line ${n}: ${id} has unknown kind "${kind}"`);
      const src = source.trim();
      if (!src) problems.push(`line ${n}: ${id} has no source`);
      else if (/^https?:\/\//.test(src) || /\s/.test(src)) problems.push(`line ${n}: ${id} source "${src}" should be a bare address without scheme or spaces`);
      table = { id, num, kind: kind as TableKind, source: src, description: "", columns: [], rows: [], line: n };
      state = "description";
      headerSeen = false;
      return;
    }
    if (line.startsWith("## ")) {
      finish();
      problems.push(`line ${n}: a "## " line that is not "## tNNN · kind · address"`);
      state = "none";
      return;
    }
    if (!table) return; // the prose header
    if (state === "description") {
      if (!line.trim()) return;
      if (line.trim().startsWith("|")) problems.push(`line ${n}: ${table.id} starts its columns before a description line`);
      else {
        table.description = line.trim();
        state = "columns";
        return;
      }
      state = "columns";
    }
    if (state === "columns") {
      if (line.trim() === "rows:") {
        state = "rowsIntro";
        headerSeen = false;
        return;
      }
      if (!line.trim()) return;
      const c = cells(line);
      if (!c) {
        problems.push(`line ${n}: ${table.id} has a stray line in its column table: "${line.trim()}"`);
        return;
      }
      if (!headerSeen) {
        if (c.join("|") !== "col|heading|role|says") problems.push(`line ${n}: ${table.id} column table header should be "| col | heading | role | says |"`);
        headerSeen = true;
        return;
      }
      if (isRule(c)) return;
      if (c.length !== 4) {
        problems.push(`line ${n}: ${table.id} column line has ${c.length} cells, not 4`);
        return;
      }
      const [col, heading, role, says] = c;
      if (!/^[A-Z]{1,2}$/.test(col)) problems.push(`line ${n}: ${table.id} bad column letter "${col}"`);
      else {
        const prev = table.columns[table.columns.length - 1];
        if (prev && /^[A-Z]{1,2}$/.test(prev.col) && colNumber(col) <= colNumber(prev.col)) problems.push(`line ${n}: ${table.id} column ${col} does not come after ${prev.col}`);
      }
      const levels = heading.split(LEVEL_SEP).map((l) => l.trim());
      if (!heading) problems.push(`line ${n}: ${table.id} column ${col} has an empty heading`);
      else if (levels.some((l) => !l)) problems.push(`line ${n}: ${table.id} column ${col} has an empty level in "${heading}"`);
      if (!(HEADING_ROLES as readonly string[]).includes(role)) problems.push(`line ${n}: ${table.id} column ${col} has unknown role "${role}"`);
      table.columns.push({ col, heading, levels, role: role as HeadingRole, says: parseSays(says) });
      return;
    }
    if (state === "rowsIntro" || state === "rows") {
      if (!line.trim()) return;
      const c = cells(line);
      if (!c) {
        problems.push(`line ${n}: ${table.id} has a stray line in its rows table: "${line.trim()}"`);
        return;
      }
      if (state === "rowsIntro") {
        if (c.join("|") !== "label|kind") problems.push(`line ${n}: ${table.id} rows table header should be "| label | kind |"`);
        state = "rows";
        return;
      }
      if (isRule(c)) return;
      if (c.length !== 2) {
        problems.push(`line ${n}: ${table.id} row line has ${c.length} cells, not 2`);
        return;
      }
      const [label, kind] = c;
      if (!label) problems.push(`line ${n}: ${table.id} has a row with an empty label`);
      if (!(ROW_KINDS as readonly string[]).includes(kind)) problems.push(`line ${n}: ${table.id} row "${label}" has unknown kind "${kind}"`);
      table.rows.push({ label, kind: kind as RowKind });
    }
  });
  finish();
  return { tables, problems };
}

/** The file of one half, next to this module. */
export function headingsPath(half: HeadingsHalf): string {
  return fileURLToPath(new URL(half === "design" ? "./headings-design.md" : "./headings-holdout.md", import.meta.url));
}

/** Reads and parses one half. */
export function loadHeadings(half: HeadingsHalf): HeadingsFile {
  return parseHeadings(readFileSync(headingsPath(half), "utf8"), half);
}

/** Counts the corpus tests and the report use: tables, documents, headings, roles, row kinds. */
export function headingStats(tables: HeadingTable[]): {
  tables: number;
  documents: number;
  headings: number;
  withRows: number;
  roles: Partial<Record<HeadingRole, number>>;
  rowKinds: Partial<Record<RowKind, number>>;
  perDocument: Map<string, number>;
} {
  const perDocument = new Map<string, number>();
  const roles: Partial<Record<HeadingRole, number>> = {};
  const rowKinds: Partial<Record<RowKind, number>> = {};
  for (const t of tables) {
    const key = sourceKey(t.source);
    perDocument.set(key, (perDocument.get(key) ?? 0) + 1);
    for (const c of t.columns) roles[c.role] = (roles[c.role] ?? 0) + 1;
    for (const r of t.rows) rowKinds[r.kind] = (rowKinds[r.kind] ?? 0) + 1;
  }
  return {
    tables: tables.length,
    documents: perDocument.size,
    headings: tables.reduce((n, t) => n + t.columns.length, 0),
    withRows: tables.filter((t) => t.rows.length > 0).length,
    roles,
    rowKinds,
    perDocument,
  };
}
