// An in-memory workbook implementing the host interface: the reference a new host is measured against, and the session's test double.
import type { CellValue } from "../types";
import type { SheetData } from "../sheet/model";
import type { SheetEdits } from "../sheet/edits";
import type { NewSheet, OutCell, PrintSetup, StyledRange } from "../sheet/output";
import { hostInput } from "../sheet/output";
import { freeSheetName, SHEETS_SHEET_NAMES, type SheetNameRules } from "../sheet/names";
import { changedCells, type ApplyOutcome, type CustomFunctionSpec, type SheetInfo, type SheetList, type WorkbookHost } from "./host";

/** One sheet of the memory workbook: cells as a host's plain write leaves them ("=…" for formulas). */
export interface MemorySheet {
  id: string;
  name: string;
  visible: boolean;
  cells: CellValue[][];
  formats: (string | undefined)[][];
  styles: StyledRange[];
  notes: Map<string, string>;
  print?: PrintSetup;
  /** Every write made to the sheet, in order, for tests to assert what was touched. */
  writes: { range: { top: number; left: number; bottom: number; right: number } }[];
}

/**
 * A workbook in memory. Reads give the used range from A1 (origin 0,0); writes apply `hostInput`, so a formula
 * cell holds "=…" text and text is kept as typed, as Office.js `formulas` and SpreadsheetApp `setValues` do.
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
    sheets: { name: string; cells: CellValue[][]; formats?: (string | undefined)[][]; visible?: boolean }[] = [],
    readonly customFunction: CustomFunctionSpec | null = null,
    readonly sheetNames: SheetNameRules = SHEETS_SHEET_NAMES,
  ) {
    for (const s of sheets) this.push(s.name, s.cells.map((r) => r.slice()), s.formats ?? [], s.visible ?? true);
  }

  private push(name: string, cells: CellValue[][], formats: (string | undefined)[][], visible: boolean): MemorySheet {
    const s: MemorySheet = { id: String(this.nextId++), name, visible, cells, formats, styles: [], notes: new Map(), writes: [] };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
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
    return { name: s.name, values, formulas, formats, notes, origin: { row: 0, col: 0 } };
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

  async applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome> {
    this.calls.push("applyEdits");
    const s = this.sheet(edits.sheet);
    if (!s) return { ok: false, kind: "changed", cells: [] };
    const changed = changedCells(this.block(s, edits.block.range), expected, edits.block.range);
    if (changed.length > 0) return { ok: false, kind: "changed", cells: changed };
    this.write(s, edits.block.range.top, edits.block.range.left, edits.block.cells);
    s.styles.push(...edits.styles);
    for (const n of edits.notes) {
      const k = `${n.cell.row},${n.cell.col}`;
      // A user's note stays; ours goes beside it.
      const old = s.notes.get(k);
      s.notes.set(k, old && !old.startsWith("Chỉ tiêu: ") ? `${old}\n\nChỉ tiêu: ${n.text}` : `Chỉ tiêu: ${n.text}`);
    }
    return { ok: true };
  }

  async addSheet(ns: NewSheet): Promise<SheetInfo> {
    this.calls.push("addSheet");
    const name = freeSheetName(ns.name, this.sheets.map((x) => x.name), this.sheetNames);
    const s = this.push(name, [], [], true);
    this.write(s, 0, 0, ns.cells);
    s.styles.push(...ns.styles);
    s.print = ns.print;
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
