// In-memory fakes of the Apps Script services the Sheets add-on uses, counting every service call.
//
// Real SpreadsheetApp cannot run here, so tests load the built Apps Script bundle into node:vm with
// these fakes as globals. Every method call on a service object (spreadsheet, sheet, range, UI,
// properties, lock) counts as one service call, because in Apps Script each is a round trip to
// Google's servers; builders (conditional-format rules, menus) are counted too. Tests compare the
// counts of an operation on a small and a large sheet: they must be equal.

import vm from "node:vm";

export type Cell = string | number | boolean | Date | null;

export interface CallLog {
  total: number;
  byMethod: Map<string, number>;
}

export interface FakeRule {
  ranges: string[];
  condition: { kind: "textEqualTo" | "textContains" | "formula"; value: string };
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface FakeSheetState {
  /** What getSheetId() answers: fixed when the sheet is made, so it survives renames and deletions of others. */
  id: number;
  name: string;
  values: Cell[][];
  formulas: string[][];
  formats: string[][];
  backgrounds: string[][];
  notes: string[][];
  fontWeights: string[][];
  merges: string[];
  rules: FakeRule[];
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Map<number, number>;
  /** Data validation by cell ("row,col", 0-based), as `getDataValidations` answers it (a rule object, else null). */
  validations: Set<string>;
  /** Columns (0-based) the user hid. */
  hiddenColumns: Set<number>;
  /** The grid's last column (1-based count), as `getMaxColumns` answers: writing past it throws, as in Sheets. */
  maxColumns: number;
  /** Font family and size by cell ("row,col"); others show `defaultFont`. */
  fonts: Map<string, { family?: string; size?: number }>;
  defaultFont: { family: string; size: number };
  /** Developer metadata keys on the sheet. */
  metadata: string[];
  /** Rows (1-based start, count) the script asked Sheets to fit to their content. */
  autoResized: Array<[number, number]>;
  /** Merges Sheets refused to freeze through, so a test can see the refusal happened. */
  refusedFreezes: number;
}

/** A named range as the spreadsheet keeps it: it moves with inserted columns, as Sheets' do. */
export interface FakeNamedRange {
  name: string;
  sheet: FakeSheetState;
  a1: string;
}

export interface FakeUiState {
  menus: Array<{ name: string; items: Array<{ label: string; fn: string } | "separator"> }>;
  sidebars: Array<{ title: string; html: string }>;
  alerts: string[];
}

export interface GasFakes {
  /** Globals to put into the vm context. */
  globals: Record<string, unknown>;
  calls: CallLog;
  /** Resets the call counters (not the data). */
  resetCalls(): void;
  sheets: FakeSheetState[];
  ui: FakeUiState;
  documentProperties: Map<string, string>;
  /** Adds a sheet holding `values` (row-major) with optional number formats. */
  addSheet(name: string, values: Cell[][], formats?: string[][], opts?: { maxColumns?: number }): FakeSheetState;
  /** Reads a sheet back as plain values (formulas as "=…" text where present). */
  snapshot(name: string): Array<Array<Cell | string>>;
  lock: { held: boolean; acquisitions: number };
  /** Every grid written with setValues or setFormulas, in order, to see what crossed the API. */
  writes: Array<{ method: "setValues" | "setFormulas"; data: unknown[][] }>;
  /** The spreadsheet's named ranges (the tool's mark lives here). */
  namedRanges: FakeNamedRange[];
}

/** The largest value Apps Script keeps in one property (9 KB, counted in UTF-8 bytes); larger values throw, as the real service does. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** The most one property store holds (500 KB); a write that would pass it throws. */
export const PROPERTY_STORE_LIMIT = 500 * 1024;

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(row: number, col: number, rows: number, cols: number): string {
  const start = `${colName(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? start : `${start}:${colName(col + cols - 1)}${row + rows}`;
}

/** Parses "B3", "B3:D10" into 0-based row/col and size. */
function parseA1(ref: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, "").toUpperCase());
  if (!m) throw new Error(`Range not found: ${ref}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
}

/** The RangeList setters the fake offers (those of the real RangeList that Range also has). */
const RANGE_LIST_SETTERS = [
  "setBackground",
  "setBorder",
  "setFontColor",
  "setFontFamily",
  "setFontLine",
  "setFontSize",
  "setFontStyle",
  "setFontWeight",
  "setHorizontalAlignment",
  "setNumberFormat",
  "setVerticalAlignment",
  "setWrap",
] as const;

/** Creates a fresh fake Apps Script environment. */
export function createGasFakes(opts: { timeZone?: string; spreadsheetName?: string } = {}): GasFakes {
  const calls: CallLog = { total: 0, byMethod: new Map() };
  // Calls made on behalf of one counted call (a RangeList applying to each of its ranges) are not counted again.
  let muted = false;
  const count = (name: string) => {
    if (muted) return;
    calls.total++;
    calls.byMethod.set(name, (calls.byMethod.get(name) ?? 0) + 1);
  };
  const sheets: FakeSheetState[] = [];
  const ui: FakeUiState = { menus: [], sidebars: [], alerts: [] };
  const documentProperties = new Map<string, string>();
  const lock = { held: false, acquisitions: 0 };
  const writes: GasFakes["writes"] = [];
  let active = 0;
  let nextId = 0;
  const namedRanges: FakeNamedRange[] = [];

  const newState = (name: string): FakeSheetState => ({
    id: nextId++,
    name,
    values: [],
    formulas: [],
    formats: [],
    backgrounds: [],
    notes: [],
    fontWeights: [],
    merges: [],
    rules: [],
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    validations: new Set(),
    hiddenColumns: new Set(),
    maxColumns: 26,
    fonts: new Map(),
    defaultFont: { family: "Arial", size: 10 },
    metadata: [],
    autoResized: [],
    refusedFreezes: 0,
  });

  /** Sheets' own refusal for a range past the grid. */
  const outOfBounds = () => new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");

  /** Inserts `count` columns before 0-based column `before`, moving every layer, merge, rule and named range as Sheets does. */
  const insertColumns = (s: FakeSheetState, before: number, count: number) => {
    const fills: Array<[unknown[][], unknown]> = [
      [s.values, ""],
      [s.formulas, ""],
      [s.formats, ""],
      [s.backgrounds, "#ffffff"],
      [s.notes, ""],
      [s.fontWeights, "normal"],
    ];
    for (const [layer, fill] of fills) for (const row of layer) if (row.length > before) row.splice(before, 0, ...Array(count).fill(fill));
    const moveA1 = (ref: string) => {
      const p = parseA1(ref);
      const left = p.col >= before ? p.col + count : p.col;
      const right = p.col + p.cols - 1 >= before ? p.col + p.cols - 1 + count : p.col + p.cols - 1;
      return a1(p.row, left, p.rows, right - left + 1);
    };
    s.merges = s.merges.map(moveA1);
    for (const r of s.rules) r.ranges = r.ranges.map(moveA1);
    for (const n of namedRanges) if (n.sheet === s) n.a1 = moveA1(n.a1);
    const moveKey = <T>(m: Map<string, T>) => new Map([...m].map(([k, v]) => {
      const [r, c] = k.split(",").map(Number);
      return [`${r},${c >= before ? c + count : c}`, v] as [string, T];
    }));
    s.fonts = moveKey(s.fonts);
    s.validations = new Set([...s.validations].map((k) => {
      const [r, c] = k.split(",").map(Number);
      return `${r},${c >= before ? c + count : c}`;
    }));
    s.hiddenColumns = new Set([...s.hiddenColumns].map((c) => (c >= before ? c + count : c)));
    s.maxColumns += count;
  };

  /** Grows every layer of a sheet to at least rows × cols. */
  const ensure = (s: FakeSheetState, rows: number, cols: number) => {
    const layers: Array<[unknown[][], unknown]> = [
      [s.values, ""],
      [s.formulas, ""],
      [s.formats, ""],
      [s.backgrounds, "#ffffff"],
      [s.notes, ""],
      [s.fontWeights, "normal"],
    ];
    for (const [layer, fill] of layers) {
      while (layer.length < rows) layer.push([]);
      for (const row of layer) while (row.length < cols) row.push(fill);
    }
  };

  const lastRow = (s: FakeSheetState) => {
    for (let r = s.values.length - 1; r >= 0; r--) {
      if (s.values[r].some((v, c) => v !== "" && v !== null) || s.formulas[r]?.some((f) => f !== "")) return r + 1;
    }
    return 0;
  };
  const lastCol = (s: FakeSheetState) => {
    let max = 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if ((v !== "" && v !== null) || s.formulas[r]?.[c]) max = Math.max(max, c + 1);
      }),
    );
    return max;
  };

  const makeRange = (s: FakeSheetState, row: number, col: number, rows: number, cols: number): Record<string, unknown> => {
    if (col + cols > s.maxColumns) throw outOfBounds();
    const read = <T>(layer: T[][], fill: T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => layer[row + r]?.[col + c] ?? fill));
    const checkShape = (data: unknown[][], what: string) => {
      if (!Array.isArray(data) || data.length !== rows)
        throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : "?"} but the range has ${rows}. (${what})`);
      for (const line of data)
        if (!Array.isArray(line) || line.length !== cols)
          throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(line) ? line.length : "?"} but the range has ${cols}. (${what})`);
    };
    const write = <T>(layer: T[][], data: T[][]) => {
      ensure(s, row + rows, col + cols);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) layer[row + r][col + c] = data[r][c];
    };
    const range: Record<string, unknown> = {
      getValues: () => (count("Range.getValues"), read<Cell>(s.values, "")),
      getDisplayValues: () => (count("Range.getDisplayValues"), read<Cell>(s.values, "").map((r) => r.map((v) => (v === null ? "" : String(v))))),
      getNumberFormats: () => (count("Range.getNumberFormats"), read(s.formats, "")),
      getFormulas: () => (count("Range.getFormulas"), read(s.formulas, "")),
      getBackgrounds: () => (count("Range.getBackgrounds"), read(s.backgrounds, "#ffffff")),
      getNotes: () => (count("Range.getNotes"), read(s.notes, "")),
      getDataValidations: () => {
        count("Range.getDataValidations");
        return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (s.validations.has(`${row + r},${col + c}`) ? { rule: "list" } : null)));
      },
      getFontFamily: () => (count("Range.getFontFamily"), s.fonts.get(`${row},${col}`)?.family ?? s.defaultFont.family),
      getFontSize: () => (count("Range.getFontSize"), s.fonts.get(`${row},${col}`)?.size ?? s.defaultFont.size),
      getVerticalAlignment: () => (count("Range.getVerticalAlignment"), "bottom"),
      getMergedRanges: () => {
        count("Range.getMergedRanges");
        return s.merges
          .map(parseA1)
          .filter((m) => m.row < row + rows && m.row + m.rows > row && m.col < col + cols && m.col + m.cols > col)
          .map((m) => makeRange(s, m.row, m.col, m.rows, m.cols));
      },
      setValues: (data: Cell[][]) => {
        count("Range.setValues");
        checkShape(data, "setValues");
        writes.push({ method: "setValues", data });
        // A leading apostrophe makes Sheets keep the rest as text and hide the apostrophe.
        write(s.values, data.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v))));
        // Writing a value clears a formula, as in Sheets; a value starting with "=" becomes a formula there too.
        write(s.formulas, data.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? v : ""))));
        return range;
      },
      setFormulas: (data: string[][]) => {
        count("Range.setFormulas");
        checkShape(data, "setFormulas");
        writes.push({ method: "setFormulas", data });
        // Like typing into each cell: "=…" becomes a formula; anything else is entered as a value (a leading
        // apostrophe keeps text as text and is hidden), and "" clears the cell.
        write(s.formulas, data.map((r) => r.map((v) => (v.startsWith("=") ? v : ""))));
        write(s.values, data.map((r) => r.map((v) => (v.startsWith("=") ? "" : v.startsWith("'") ? v.slice(1) : v))));
        return range;
      },
      setValue: (v: Cell) => {
        count("Range.setValue");
        write(s.values, grid(rows, cols, v));
        return range;
      },
      setFormula: (f: string) => {
        count("Range.setFormula");
        write(s.formulas, grid(rows, cols, f));
        return range;
      },
      setNumberFormats: (data: string[][]) => (count("Range.setNumberFormats"), checkShape(data, "setNumberFormats"), write(s.formats, data), range),
      setNumberFormat: (f: string) => (count("Range.setNumberFormat"), write(s.formats, grid(rows, cols, f)), range),
      setBackgrounds: (data: string[][]) => (count("Range.setBackgrounds"), checkShape(data, "setBackgrounds"), write(s.backgrounds, data), range),
      setBackground: (b: string) => (count("Range.setBackground"), write(s.backgrounds, grid(rows, cols, b)), range),
      setNotes: (data: string[][]) => (count("Range.setNotes"), checkShape(data, "setNotes"), write(s.notes, data), range),
      setFontWeights: (data: string[][]) => (count("Range.setFontWeights"), checkShape(data, "setFontWeights"), write(s.fontWeights, data), range),
      setFontWeight: (w: string) => (count("Range.setFontWeight"), write(s.fontWeights, grid(rows, cols, w)), range),
      setFontFamily: (f: string) => {
        count("Range.setFontFamily");
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s.fonts.set(`${row + r},${col + c}`, { ...s.fonts.get(`${row + r},${col + c}`), family: f });
        return range;
      },
      setFontColor: () => (count("Range.setFontColor"), range),
      setFontColors: () => (count("Range.setFontColors"), range),
      setFontSize: (n: number) => {
        count("Range.setFontSize");
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s.fonts.set(`${row + r},${col + c}`, { ...s.fonts.get(`${row + r},${col + c}`), size: n });
        return range;
      },
      setFontStyle: () => (count("Range.setFontStyle"), range),
      setFontStyles: () => (count("Range.setFontStyles"), range),
      setFontLine: () => (count("Range.setFontLine"), range),
      setFontLines: () => (count("Range.setFontLines"), range),
      setFontWeightsOrNull: () => (count("Range.setFontWeights"), range),
      setHorizontalAlignment: () => (count("Range.setHorizontalAlignment"), range),
      setHorizontalAlignments: () => (count("Range.setHorizontalAlignments"), range),
      setVerticalAlignment: () => (count("Range.setVerticalAlignment"), range),
      setWrap: () => (count("Range.setWrap"), range),
      setWraps: () => (count("Range.setWraps"), range),
      setBorder: () => (count("Range.setBorder"), range),
      merge: () => (count("Range.merge"), s.merges.push(a1(row, col, rows, cols)), range),
      mergeAcross: () => {
        count("Range.mergeAcross");
        if (cols > 1) for (let r = 0; r < rows; r++) s.merges.push(a1(row + r, col, 1, cols));
        return range;
      },
      activate: () => (count("Range.activate"), range),
      offset: (dr: number, dc: number, nr?: number, nc?: number) => (count("Range.offset"), makeRange(s, row + dr, col + dc, nr ?? rows, nc ?? cols)),
      clear: () => {
        count("Range.clear");
        write(s.values, grid(rows, cols, "" as Cell));
        write(s.formulas, grid(rows, cols, ""));
        return range;
      },
      getRow: () => (count("Range.getRow"), row + 1),
      getColumn: () => (count("Range.getColumn"), col + 1),
      getNumRows: () => (count("Range.getNumRows"), rows),
      getNumColumns: () => (count("Range.getNumColumns"), cols),
      getLastRow: () => (count("Range.getLastRow"), row + rows),
      getLastColumn: () => (count("Range.getLastColumn"), col + cols),
      getA1Notation: () => (count("Range.getA1Notation"), a1(row, col, rows, cols)),
      getSheet: () => (count("Range.getSheet"), makeSheet(s)),
      __a1: a1(row, col, rows, cols),
      __sheet: s,
    };
    return range;
  };

  const makeSheet = (s: FakeSheetState): Record<string, unknown> => {
    const sheet: Record<string, unknown> = {
      getName: () => (count("Sheet.getName"), s.name),
      setName: (n: string) => (count("Sheet.setName"), (s.name = n), sheet),
      getSheetId: () => (count("Sheet.getSheetId"), s.id),
      getLastRow: () => (count("Sheet.getLastRow"), lastRow(s)),
      getLastColumn: () => (count("Sheet.getLastColumn"), lastCol(s)),
      getMaxRows: () => (count("Sheet.getMaxRows"), Math.max(1000, s.values.length)),
      getMaxColumns: () => (count("Sheet.getMaxColumns"), s.maxColumns),
      getDataRange: () => {
        count("Sheet.getDataRange");
        return makeRange(s, 0, 0, Math.max(1, lastRow(s)), Math.max(1, lastCol(s)));
      },
      getRange: (a: number | string, b?: number, c?: number, d?: number) => {
        count("Sheet.getRange");
        if (typeof a === "string") {
          const p = parseA1(a);
          return makeRange(s, p.row, p.col, p.rows, p.cols);
        }
        if (!Number.isInteger(a) || a < 1 || (b !== undefined && b < 1)) throw new Error(`Invalid range coordinates (${a}, ${b})`);
        return makeRange(s, a - 1, (b ?? 1) - 1, c ?? 1, d ?? 1);
      },
      getConditionalFormatRules: () => (count("Sheet.getConditionalFormatRules"), s.rules.slice()),
      setConditionalFormatRules: (rules: FakeRule[]) => (count("Sheet.setConditionalFormatRules"), (s.rules = rules.slice()), sheet),
      setFrozenRows: (n: number) => {
        count("Sheet.setFrozenRows");
        if (s.merges.map(parseA1).some((m) => m.row < n && m.row + m.rows > n)) {
          s.refusedFreezes++;
          throw new Error("Exception: You can't freeze rows which contain only part of a merged cell.");
        }
        s.frozenRows = n;
        return sheet;
      },
      setFrozenColumns: (n: number) => {
        count("Sheet.setFrozenColumns");
        if (s.merges.map(parseA1).some((m) => m.col < n && m.col + m.cols > n)) {
          s.refusedFreezes++;
          throw new Error("Exception: You can't freeze columns which contain only part of a merged cell.");
        }
        s.frozenColumns = n;
        return sheet;
      },
      getFrozenRows: () => (count("Sheet.getFrozenRows"), s.frozenRows),
      getFrozenColumns: () => (count("Sheet.getFrozenColumns"), s.frozenColumns),
      autoResizeRows: (start: number, n: number) => (count("Sheet.autoResizeRows"), s.autoResized.push([start, n]), sheet),
      isColumnHiddenByUser: (c: number) => {
        count("Sheet.isColumnHiddenByUser");
        if (c < 1 || c > s.maxColumns) throw outOfBounds();
        return s.hiddenColumns.has(c - 1);
      },
      hideColumns: (c: number, n = 1) => {
        count("Sheet.hideColumns");
        for (let i = 0; i < n; i++) s.hiddenColumns.add(c - 1 + i);
      },
      insertColumnsBefore: (c: number, n: number) => (count("Sheet.insertColumnsBefore"), insertColumns(s, c - 1, n), sheet),
      insertColumnsAfter: (c: number, n: number) => (count("Sheet.insertColumnsAfter"), insertColumns(s, c, n), sheet),
      getNamedRanges: () => (count("Sheet.getNamedRanges"), namedRanges.filter((n) => n.sheet === s).map(makeNamedRange)),
      getDeveloperMetadata: () => (count("Sheet.getDeveloperMetadata"), s.metadata.map((k) => ({ getKey: () => (count("DeveloperMetadata.getKey"), k) }))),
      addDeveloperMetadata: (k: string) => (count("Sheet.addDeveloperMetadata"), s.metadata.push(k), sheet),
      getParent: () => (count("Sheet.getParent"), spreadsheet),
      setColumnWidth: (c: number, w: number) => (count("Sheet.setColumnWidth"), s.columnWidths.set(c, w), sheet),
      setColumnWidths: (c: number, n: number, w: number) => {
        count("Sheet.setColumnWidths");
        for (let i = 0; i < n; i++) s.columnWidths.set(c + i, w);
        return sheet;
      },
      setRowHeight: () => (count("Sheet.setRowHeight"), sheet),
      setRowHeights: () => (count("Sheet.setRowHeights"), sheet),
      setRowHeightsForced: () => (count("Sheet.setRowHeightsForced"), sheet),
      getRangeList: (refs: string[]) => {
        count("Sheet.getRangeList");
        const ranges = refs.map((ref) => {
          const p = parseA1(ref);
          return makeRange(s, p.row, p.col, p.rows, p.cols);
        });
        const list: Record<string, unknown> = { getRanges: () => (count("RangeList.getRanges"), ranges.slice()) };
        for (const m of RANGE_LIST_SETTERS) {
          list[m] = (...args: unknown[]) => {
            count(`RangeList.${m}`);
            muted = true;
            try {
              for (const r of ranges) (r[m] as (...a: unknown[]) => unknown)(...args);
            } finally {
              muted = false;
            }
            return list;
          };
        }
        return list;
      },
      hideSheet: () => (count("Sheet.hideSheet"), (s.hidden = true), sheet),
      isSheetHidden: () => (count("Sheet.isSheetHidden"), s.hidden),
      activate: () => (count("Sheet.activate"), (active = sheets.indexOf(s)), sheet),
      clear: () => {
        count("Sheet.clear");
        Object.assign(s, { ...newState(s.name), id: s.id, rules: [] });
        return sheet;
      },
    };
    return sheet;
  };

  const makeNamedRange = (n: FakeNamedRange): Record<string, unknown> => ({
    getName: () => (count("NamedRange.getName"), n.name),
    getRange: () => {
      count("NamedRange.getRange");
      const p = parseA1(n.a1);
      return makeRange(n.sheet, p.row, p.col, p.rows, p.cols);
    },
    remove: () => {
      count("NamedRange.remove");
      const i = namedRanges.indexOf(n);
      if (i >= 0) namedRanges.splice(i, 1);
    },
  });

  const spreadsheet: Record<string, unknown> = {
    getName: () => (count("Spreadsheet.getName"), opts.spreadsheetName ?? "Bảng chỉ tiêu"),
    getId: () => (count("Spreadsheet.getId"), "fake-spreadsheet-id"),
    getSpreadsheetTimeZone: () => (count("Spreadsheet.getSpreadsheetTimeZone"), opts.timeZone ?? "Asia/Ho_Chi_Minh"),
    getSpreadsheetLocale: () => (count("Spreadsheet.getSpreadsheetLocale"), "vi_VN"),
    getActiveSheet: () => (count("Spreadsheet.getActiveSheet"), sheets[active] ? makeSheet(sheets[active]) : null),
    getSheets: () => (count("Spreadsheet.getSheets"), sheets.map(makeSheet)),
    getSheetByName: (n: string) => {
      count("Spreadsheet.getSheetByName");
      const s = sheets.find((x) => x.name === n);
      return s ? makeSheet(s) : null;
    },
    insertSheet: (n?: string) => {
      count("Spreadsheet.insertSheet");
      const name = n ?? `Sheet${sheets.length + 1}`;
      if (sheets.some((x) => x.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
      const s = newState(name);
      sheets.push(s);
      active = sheets.length - 1;
      return makeSheet(s);
    },
    deleteSheet: (sh: { getName(): string }) => {
      count("Spreadsheet.deleteSheet");
      const i = sheets.findIndex((x) => x.name === sh.getName());
      if (i >= 0) sheets.splice(i, 1);
    },
    setActiveSheet: (sh: { getName(): string }) => {
      count("Spreadsheet.setActiveSheet");
      active = Math.max(0, sheets.findIndex((x) => x.name === sh.getName()));
      return sh;
    },
    toast: () => count("Spreadsheet.toast"),
    getNamedRanges: () => (count("Spreadsheet.getNamedRanges"), namedRanges.map(makeNamedRange)),
    setNamedRange: (name: string, r: { __a1: string; getSheet(): unknown }) => {
      count("Spreadsheet.setNamedRange");
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Exception: Invalid name: ${name}`);
      const owner = sheets.find((x) => x === (r as unknown as { __sheet: FakeSheetState }).__sheet);
      if (!owner) throw new Error("Exception: Range not found");
      const i = namedRanges.findIndex((n) => n.name === name);
      if (i >= 0) namedRanges.splice(i, 1);
      namedRanges.push({ name, sheet: owner, a1: r.__a1 });
    },
    removeNamedRange: (name: string) => {
      count("Spreadsheet.removeNamedRange");
      const i = namedRanges.findIndex((n) => n.name === name);
      if (i >= 0) namedRanges.splice(i, 1);
    },
  };

  const ruleBuilder = () => {
    count("SpreadsheetApp.newConditionalFormatRule");
    const rule: Partial<FakeRule> = {};
    let rangeObjects: unknown[] = [];
    const b: Record<string, unknown> = {
      whenTextEqualTo: (v: string) => (count("Builder.whenTextEqualTo"), (rule.condition = { kind: "textEqualTo", value: v }), b),
      whenTextContains: (v: string) => (count("Builder.whenTextContains"), (rule.condition = { kind: "textContains", value: v }), b),
      whenFormulaSatisfied: (v: string) => (count("Builder.whenFormulaSatisfied"), (rule.condition = { kind: "formula", value: v }), b),
      setBackground: (c: string) => (count("Builder.setBackground"), (rule.background = c), b),
      setFontColor: (c: string) => (count("Builder.setFontColor"), (rule.fontColor = c), b),
      setBold: (v: boolean) => (count("Builder.setBold"), (rule.bold = v), b),
      setRanges: (rs: Array<{ __a1: string }>) => {
        count("Builder.setRanges");
        rule.ranges = rs.map((r) => r.__a1);
        rangeObjects = rs.slice();
        return b;
      },
      build: () => {
        count("Builder.build");
        if (!rule.condition || !rule.ranges) throw new Error("Conditional format rule needs a condition and ranges.");
        // A built rule answers getRanges() like ConditionalFormatRule does (one call, the Range objects).
        const ranges = rangeObjects;
        Object.defineProperty(rule, "getRanges", { value: () => (count("ConditionalFormatRule.getRanges"), ranges.slice()), enumerable: false });
        return rule as FakeRule;
      },
    };
    return b;
  };

  const menuBuilder = (name: string) => {
    const menu: FakeUiState["menus"][number] = { name, items: [] };
    const m: Record<string, unknown> = {
      addItem: (label: string, fn: string) => (count("Menu.addItem"), menu.items.push({ label, fn }), m),
      addSeparator: () => (count("Menu.addSeparator"), menu.items.push("separator"), m),
      addToUi: () => (count("Menu.addToUi"), ui.menus.push(menu)),
    };
    return m;
  };

  const uiObj = {
    createMenu: (name: string) => (count("Ui.createMenu"), menuBuilder(name)),
    createAddonMenu: () => (count("Ui.createAddonMenu"), menuBuilder("Add-on")),
    showSidebar: (out: { __title: string; __html: string }) => {
      count("Ui.showSidebar");
      ui.sidebars.push({ title: out.__title, html: out.__html });
    },
    showModalDialog: () => count("Ui.showModalDialog"),
    alert: (msg: string) => {
      count("Ui.alert");
      ui.alerts.push(String(msg));
      return "OK";
    },
    ButtonSet: { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" },
    Button: { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" },
  };

  const htmlOutput = (html: string) => {
    const out: Record<string, unknown> = {
      __html: html,
      __title: "",
      setTitle: (t: string) => ((out.__title = t), out),
      setWidth: () => out,
      setHeight: () => out,
      setXFrameOptionsMode: () => out,
      getContent: () => out.__html,
      append: (s: string) => ((out.__html = String(out.__html) + s), out),
    };
    return out;
  };

  /** HTML files known to HtmlService by name; tests register the built sidebar here. */
  const htmlFiles = new Map<string, string>();

  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (count("SpreadsheetApp.getActiveSpreadsheet"), spreadsheet),
      getActive: () => (count("SpreadsheetApp.getActive"), spreadsheet),
      getActiveSheet: () => (count("SpreadsheetApp.getActiveSheet"), sheets[active] ? makeSheet(sheets[active]) : null),
      getUi: () => (count("SpreadsheetApp.getUi"), uiObj),
      newConditionalFormatRule: ruleBuilder,
      flush: () => count("SpreadsheetApp.flush"),
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        count("HtmlService.createHtmlOutputFromFile");
        const html = htmlFiles.get(name);
        if (html === undefined) throw new Error(`No HTML file named ${name} was found.`);
        return htmlOutput(html);
      },
      createHtmlOutput: (html = "") => (count("HtmlService.createHtmlOutput"), htmlOutput(html)),
      XFrameOptionsMode: { ALLOWALL: "ALLOWALL", DEFAULT: "DEFAULT" },
      SandboxMode: { IFRAME: "IFRAME" },
      __files: htmlFiles,
    },
    PropertiesService: {
      getDocumentProperties: () => {
        count("PropertiesService.getDocumentProperties");
        const props = {
          getProperty: (k: string) => (count("Properties.getProperty"), documentProperties.get(k) ?? null),
          setProperty: (k: string, v: string) => {
            count("Properties.setProperty");
            if (bytes(String(v)) > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: value (${bytes(String(v))} > ${PROPERTY_VALUE_LIMIT} bytes)`);
            documentProperties.set(k, String(v));
            return props;
          },
          setProperties: (o: Record<string, string>, deleteAllOthers = false) => {
            count("Properties.setProperties");
            for (const [k, v] of Object.entries(o)) {
              if (bytes(String(v)) > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: ${k}`);
            }
            const next = new Map(deleteAllOthers ? [] : documentProperties);
            for (const [k, v] of Object.entries(o)) next.set(k, String(v));
            let total = 0;
            for (const [k, v] of next) total += bytes(k) + bytes(v);
            if (total > PROPERTY_STORE_LIMIT) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
            documentProperties.clear();
            for (const [k, v] of next) documentProperties.set(k, v);
            return props;
          },
          getProperties: () => (count("Properties.getProperties"), Object.fromEntries(documentProperties)),
          deleteProperty: (k: string) => (count("Properties.deleteProperty"), documentProperties.delete(k), props),
        };
        return props;
      },
    },
    CacheService: {
      getDocumentCache: () => {
        count("CacheService.getDocumentCache");
        const m = new Map<string, string>();
        return {
          get: (k: string) => (count("Cache.get"), m.get(k) ?? null),
          put: (k: string, v: string) => (count("Cache.put"), void m.set(k, v)),
          remove: (k: string) => (count("Cache.remove"), void m.delete(k)),
        };
      },
      getScriptCache: () => (count("CacheService.getScriptCache"), { get: () => null, put: () => undefined, remove: () => undefined }),
    },
    LockService: {
      getDocumentLock: () => {
        count("LockService.getDocumentLock");
        return {
          tryLock: () => {
            count("Lock.tryLock");
            if (lock.held) return false;
            lock.held = true;
            lock.acquisitions++;
            return true;
          },
          waitLock: () => {
            count("Lock.waitLock");
            if (lock.held) throw new Error("Lock timeout: another process was holding the lock for too long.");
            lock.held = true;
            lock.acquisitions++;
          },
          releaseLock: () => {
            count("Lock.releaseLock");
            lock.held = false;
          },
          hasLock: () => lock.held,
        };
      },
    },
    Session: {
      getScriptTimeZone: () => (count("Session.getScriptTimeZone"), opts.timeZone ?? "Asia/Ho_Chi_Minh"),
      getActiveUserLocale: () => (count("Session.getActiveUserLocale"), "vi"),
    },
    Utilities: {
      formatDate: (d: Date, _tz: string, fmt: string) => {
        // Enough of SimpleDateFormat for the add-on: yyyy, MM, dd.
        const p = (n: number) => String(n).padStart(2, "0");
        return fmt.replace("yyyy", String(d.getUTCFullYear())).replace("MM", p(d.getUTCMonth() + 1)).replace("dd", p(d.getUTCDate()));
      },
    },
    Logger: { log: () => undefined },
    console,
  };

  return {
    globals,
    calls,
    resetCalls: () => {
      calls.total = 0;
      calls.byMethod.clear();
    },
    sheets,
    ui,
    documentProperties,
    lock,
    writes,
    namedRanges,
    addSheet(name, values, formats, opts = {}) {
      const s = newState(name);
      const rows = values.length;
      const cols = Math.max(0, ...values.map((r) => r.length));
      // A sheet typed by hand keeps room right of its data (a new sheet has 26 columns; a wider table gets 20 more).
      s.maxColumns = opts.maxColumns ?? Math.max(26, cols + 20);
      sheets.push(s);
      ensure(s, rows, cols);
      values.forEach((r, i) => r.forEach((v, j) => (s.values[i][j] = v ?? "")));
      formats?.forEach((r, i) => r.forEach((f, j) => (s.formats[i][j] = f ?? "")));
      return s;
    },
    snapshot(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s.values.map((r, i) => r.map((v, j) => (s.formulas[i][j] ? s.formulas[i][j] : v)));
    },
  };
}

/**
 * Loads a built Apps Script file into a fresh node:vm context whose globals are the fakes, the way Apps Script
 * evaluates a project's files in one global scope. `htmlFiles` registers HTML files for HtmlService by name.
 * Returns the context: its top-level functions are the script's globals.
 */
export function loadAppsScript(code: string, fakes: GasFakes, htmlFiles: Record<string, string> = {}): Record<string, any> {
  const files = (fakes.globals.HtmlService as { __files: Map<string, string> }).__files;
  for (const [name, html] of Object.entries(htmlFiles)) files.set(name, html);
  const ctx = vm.createContext({ ...fakes.globals });
  vm.runInContext(code, ctx, { filename: "Code.js" });
  return ctx as Record<string, any>;
}
