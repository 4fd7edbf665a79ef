// An in-memory workbook implementing the host interface: the reference a new host is measured against, and the session's test double.
import type { CellValue } from "../types";
import type { CellRange, SheetData } from "../sheet/model";
import { NOTE_MARK, type SheetEdits } from "../sheet/edits";
import type { NewSheet, OutCell, PrintSetup, StyledRange } from "../sheet/output";
import { hostInput } from "../sheet/output";
import { ownedInSheet, WHOLE_SHEET } from "../sheet/owned";
import { freeSheetName, SHEETS_SHEET_NAMES, type SheetNameRules } from "../sheet/names";
import { changedCells, type ApplyOutcome, type CustomFunctionSpec, type SheetInfo, type SheetList, type WorkbookHost } from "./host";

/** One sheet of the memory workbook: cells as a host's plain write leaves them ("=…" for formulas). Coordinates are absolute. */
export interface MemorySheet {
  id: string;
  name: string;
  visible: boolean;
  cells: CellValue[][];
  formats: (string | undefined)[][];
  styles: StyledRange[];
  /** Notes by "row,col": the user's and the tool's alike. */
  notes: Map<string, string>;
  validations: CellRange[];
  merges: CellRange[];
  hiddenColumns: Set<number>;
  /** The tool's mark: what a host's defined name or named ranges hold. */
  owned: CellRange[];
  frozen: { rows: number; columns: number } | null;
  /** Font name and size per "row,col" where the tool set one. */
  fonts: Map<string, { name: string; size: number }>;
  /** The font a cell shows when none was set: the sheet's own body font. */
  defaultFont: { name: string; size: number };
  /** Rows whose height the host fitted to their content. */
  fittedRows: number[];
  print?: PrintSetup;
  /** Every write made to the sheet, in order, for tests to assert what was touched. */
  writes: { range: { top: number; left: number; bottom: number; right: number } }[];
}

/** What a memory sheet starts with; every part but the cells is optional. */
export interface MemorySheetInit {
  name: string;
  cells: CellValue[][];
  formats?: (string | undefined)[][];
  visible?: boolean;
  notes?: Record<string, string>;
  validations?: CellRange[];
  merges?: CellRange[];
  hiddenColumns?: number[];
  font?: { name: string; size: number };
}

const key = (r: number, c: number) => `${r},${c}`;

/**
 * A workbook in memory. Reads give the used range from A1 (origin 0,0) with formulas, notes, validations, merges,
 * hidden columns and the tool's mark (`owned`, always set); writes apply `hostInput`, so a formula cell holds "=…"
 * text and text is kept as typed, as Office.js `formulas` and SpreadsheetApp `setValues` do. After writing it
 * replaces the sheet's mark with `edits.owned`, as every host must.
 * @example const wb = new MemoryWorkbook([{ name: "Số liệu", cells: [["STT", "Nội dung chỉ tiêu"]] }]); await wb.readSheet("Số liệu")
 */
export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "memory" as const;
  readonly sheets: MemorySheet[] = [];
  active = 0;
  state: unknown = null;
  selection: string | null = null;
  /** Host operations made, by name, so tests can count round trips. */
  readonly calls: string[] = [];
  private nextId = 1;

  constructor(
    sheets: MemorySheetInit[] = [],
    readonly customFunction: CustomFunctionSpec | null = null,
    readonly sheetNames: SheetNameRules = SHEETS_SHEET_NAMES,
  ) {
    for (const s of sheets) {
      const m = this.push(s.name, s.cells.map((r) => r.slice()), s.formats ?? [], s.visible ?? true);
      for (const [k, v] of Object.entries(s.notes ?? {})) m.notes.set(k, v);
      m.validations = s.validations ?? [];
      m.merges = s.merges ?? [];
      m.hiddenColumns = new Set(s.hiddenColumns ?? []);
      if (s.font) m.defaultFont = s.font;
    }
  }

  private push(name: string, cells: CellValue[][], formats: (string | undefined)[][], visible: boolean): MemorySheet {
    const s: MemorySheet = {
      id: String(this.nextId++), name, visible, cells, formats, styles: [], notes: new Map(), validations: [], merges: [],
      hiddenColumns: new Set(), owned: [], frozen: null, fonts: new Map(), defaultFont: { name: "Calibri", size: 11 }, fittedRows: [], writes: [],
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The font a cell shows. */
  fontAt(s: MemorySheet, row: number, col: number): { name: string; size: number } {
    return s.fonts.get(key(row, col)) ?? s.defaultFont;
  }

  async listSheets(): Promise<SheetList> {
    this.calls.push("listSheets");
    return { sheets: this.sheets.map((s): SheetInfo => ({ id: s.id, name: s.name, visible: s.visible })), active: this.sheets[this.active]?.name ?? null };
  }

  async readSheet(name: string): Promise<SheetData | null> {
    this.calls.push("readSheet");
    const s = this.sheet(name);
    if (!s) return null;
    let rows = 0;
    let cols = 0;
    s.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    const values: CellValue[][] = [];
    const formulas: (string | undefined)[][] = [];
    const formats: (string | undefined)[][] = [];
    for (let r = 0; r < rows; r++) {
      const v: CellValue[] = [];
      const f: (string | undefined)[] = [];
      const nf: (string | undefined)[] = [];
      for (let c = 0; c < cols; c++) {
        const x = s.cells[r]?.[c];
        const formula = typeof x === "string" && x.startsWith("=");
        v.push(formula ? "" : (x ?? ""));
        f.push(formula ? (x as string) : undefined);
        nf.push(s.formats[r]?.[c]);
      }
      values.push(v);
      formulas.push(f);
      formats.push(nf);
    }
    const notes = [...s.notes].map(([k, text]) => {
      const [row, col] = k.split(",").map(Number);
      return { row, col, text };
    });
    return {
      name: s.name, values, formulas, formats, notes,
      validations: s.validations.map((r) => ({ ...r })),
      merges: s.merges.map((r) => ({ ...r })),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      owned: ownedInSheet(s.owned),
      origin: { row: 0, col: 0 },
    };
  }

  private block(s: MemorySheet, range: SheetEdits["block"]["range"]): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const x = s.cells[r]?.[c];
        row.push(typeof x === "string" && x.startsWith("=") ? "" : (x ?? ""));
      }
      out.push(row);
    }
    return out;
  }

  private write(s: MemorySheet, top: number, left: number, cells: OutCell[][]): void {
    cells.forEach((row, i) =>
      row.forEach((c, j) => {
        while (s.cells.length <= top + i) s.cells.push([]);
        const v = hostInput(c);
        // The apostrophe only tells a host to keep text as text; the cell holds the text itself.
        s.cells[top + i][left + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      }),
    );
    s.writes.push({ range: { top, left, bottom: top + cells.length - 1, right: left + Math.max(0, ...cells.map((r) => r.length)) - 1 } });
  }

  /** Inserts whole columns as a spreadsheet does: cells, notes, formats move right; ranges starting at or after the place move, ranges across it widen. */
  private insertColumns(s: MemorySheet, before: number, count: number): void {
    const move = <T>(row: T[]) => {
      if (row.length > before) row.splice(before, 0, ...(Array(count).fill(undefined) as T[]));
    };
    s.cells.forEach(move);
    s.formats.forEach(move);
    const moveKeys = <T>(m: Map<string, T>) => {
      const next = new Map<string, T>();
      for (const [k, v] of m) {
        const [r, c] = k.split(",").map(Number);
        next.set(key(r, c >= before ? c + count : c), v);
      }
      return next;
    };
    s.notes = moveKeys(s.notes);
    s.fonts = moveKeys(s.fonts);
    const widen = (r: CellRange): CellRange => ({ ...r, left: r.left >= before ? r.left + count : r.left, right: r.right >= before ? r.right + count : r.right });
    s.validations = s.validations.map(widen);
    s.merges = s.merges.map(widen);
    s.owned = s.owned.map(widen);
    s.hiddenColumns = new Set([...s.hiddenColumns].map((c) => (c >= before ? c + count : c)));
  }

  async applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome> {
    this.calls.push("applyEdits");
    const s = this.sheet(edits.sheet);
    if (!s) return { ok: false, kind: "changed", cells: [] };
    // The block is compared where it was read: with an insertion, those are the cells that move right.
    const changed = changedCells(this.block(s, edits.block.range), expected, edits.block.range);
    if (changed.length > 0) return { ok: false, kind: "changed", cells: changed };
    if (edits.insertColumns) this.insertColumns(s, edits.insertColumns.before, edits.insertColumns.count);
    for (const n of edits.clearNotes ?? []) s.notes.delete(key(n.row, n.col));
    this.write(s, edits.block.range.top, edits.block.range.left, edits.block.cells);
    s.styles.push(...edits.styles);
    // Every note core plans sits on the tool's own cells, so none replaces a user's.
    for (const n of edits.notes) s.notes.set(key(n.cell.row, n.cell.col), NOTE_MARK + n.text);
    if (edits.fontFrom) {
      const f = this.fontAt(s, edits.fontFrom.row, edits.fontFrom.col);
      const r = edits.block.range;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) s.fonts.set(key(row, col), f);
    }
    for (let row = edits.block.range.top; row <= edits.block.range.bottom; row++) if (!s.fittedRows.includes(row)) s.fittedRows.push(row);
    if (edits.freeze && !s.frozen) s.frozen = { ...edits.freeze };
    if (edits.print) s.print = edits.print;
    s.owned = edits.owned.map((r) => ({ ...r }));
    return { ok: true };
  }

  async addSheet(ns: NewSheet): Promise<SheetInfo> {
    this.calls.push("addSheet");
    const name = freeSheetName(ns.name, this.sheets.map((x) => x.name), this.sheetNames);
    const s = this.push(name, [], [], true);
    this.write(s, 0, 0, ns.cells);
    s.styles.push(...ns.styles);
    s.print = ns.print;
    s.owned = [WHOLE_SHEET];
    this.active = this.sheets.length - 1;
    return { id: s.id, name: s.name, visible: true };
  }

  async select(sheet: string, address: string): Promise<void> {
    this.calls.push("select");
    const i = this.sheets.findIndex((s) => s.name === sheet);
    if (i >= 0) this.active = i;
    this.selection = `${sheet}!${address}`;
  }

  async setPageSetup(sheet: string, print: PrintSetup): Promise<boolean> {
    this.calls.push("setPageSetup");
    const s = this.sheet(sheet);
    if (s) s.print = print;
    return s !== undefined;
  }

  async loadState(): Promise<unknown> {
    this.calls.push("loadState");
    return this.state === null ? null : JSON.parse(JSON.stringify(this.state));
  }

  async saveState(state: unknown): Promise<void> {
    this.calls.push("saveState");
    this.state = JSON.parse(JSON.stringify(state));
  }
}
