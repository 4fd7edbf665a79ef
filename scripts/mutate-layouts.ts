// Mutation harness for issue 11's "never a clean result over figures the check did not judge": each spent layout, changed one realistic way at a time, checked as the CLI checks it; flags silent results and expected figures neither judged nor counted.
// Usage:
//   npx tsx scripts/mutate-layouts.ts                    every spent layout (never a fresh set), every mutation
//   npx tsx scripts/mutate-layouts.ts --only hidden-rows  one mutation (comma-separated names)
//   npx tsx scripts/mutate-layouts.ts 07 121             only layouts whose id contains one of the words
//   npx tsx scripts/mutate-layouts.ts --list             every finding, one line each (default: the table and 3 examples a mutation)
//   npx tsx scripts/mutate-layouts.ts --json out.json    the findings as JSON
//   npx tsx scripts/mutate-layouts.ts --dump 21-vinh --only blank-column   each run's table, columns and rows not judged
//
// "silent" is score-layouts' definition, unchanged: the CLI would exit 0 with no shortfall and no row refused
// (review, unreadable) while the layout expects shortfalls. "uncounted": an expected figure (any status but no_data and
// refuse) that is neither an item of the check (nor fed to one through a formula) nor counted among the rows not
// judged (its cell, an outside block's rows, a matrix column's entry) nor on another sheet the incomplete line names.
// "verdicts changed": an expected figure judged both on the unchanged layout and after the change, differently (a
// change that keeps the sheet's meaning should keep its verdicts: dates as serials, a spacer column, a group heading).
// Each mutation reports only what its change adds over the unchanged layout (the layout's own gaps are the baseline).
import { writeFileSync } from "node:fs";
import type { CellValue } from "../core/types";
import type { CellRange, SheetData } from "../core/sheet/model";
import type { CheckedSheet } from "../core/sheet/types";
import type { WorkbookHost } from "../core/host/host";
import type { Plan } from "../core/plan/schema";
import { cleanOf, fedCells } from "../core/sheet/coverage";
import { checkExit } from "../cli/xlsx/check";
import { Session } from "../core/session/session";
import { SHEETS_SHEET_NAMES } from "../core/sheet/names";
import { openWorkbook, readSheets } from "../cli/xlsx/read";
import { resolvePlan } from "../cli/xlsx/plan";
import { parseA1 } from "../test/layouts/fods";
import { FRESH_SETS, SETS, loadLayouts, type ExpectedRow, type Layout } from "../test/layouts/layouts";

/** An expected cell's place after a mutation: sheet name and absolute 0-based cell, or null when the mutation removed it. */
type Place = { sheet: string; row: number; col: number } | null;
/** A workbook changed: its sheets and where each expected cell went. */
interface Mutated {
  sheets: SheetData[];
  at: (sheet: string, row: number, col: number) => Place;
  /** Figures the mutation added that the check must judge or count (absolute cells). */
  added?: Array<{ sheet: string; row: number; col: number }>;
}
/** Facts a mutation needs about the layout: its table's header rows, data rows and the expected cells. */
interface Table {
  sheet: string;
  header: [number, number];
  cells: Array<{ row: number; col: number; exp: ExpectedRow }>;
}
type Mutation = (book: SheetData[], t: Table) => Mutated | null;

const same = (sheet: string, row: number, col: number): Place => ({ sheet, row, col });
const clone = (s: SheetData): SheetData => structuredClone(s);
const get = (s: SheetData, r: number, c: number): CellValue => s.values[r - (s.origin?.row ?? 0)]?.[c - (s.origin?.col ?? 0)];
/** A sheet in absolute coordinates (origin 0,0), so mutations move whole rows and columns simply. */
function absolute(s: SheetData): SheetData {
  const o = s.origin ?? { row: 0, col: 0 };
  if (o.row === 0 && o.col === 0) return clone(s);
  const pad = <T>(rows: T[][] | undefined) => rows && [...Array.from({ length: o.row }, () => [] as T[]), ...rows.map((r) => [...Array<T>(o.col).fill(undefined as T), ...r])];
  const shift = (m: CellRange) => ({ top: m.top + o.row, bottom: m.bottom + o.row, left: m.left + o.col, right: m.right + o.col });
  const out: SheetData = { ...clone(s), origin: { row: 0, col: 0 }, values: pad(s.values)! };
  if (s.formats) out.formats = pad(s.formats);
  if (s.formulas) out.formulas = pad(s.formulas);
  if (s.merges) out.merges = s.merges.map(shift);
  if (s.hiddenRows) out.hiddenRows = s.hiddenRows.map((r) => r + o.row);
  if (s.hiddenColumns) out.hiddenColumns = s.hiddenColumns.map((c) => c + o.col);
  delete out.notes;
  delete out.validations;
  delete out.owned;
  return out;
}
const setCell = (s: SheetData, r: number, c: number, v: CellValue, fmt?: string, formula?: string) => {
  for (const [grid, x] of [[s.values, v], [(s.formats ??= []), fmt], [(s.formulas ??= []), formula]] as const) {
    while (grid.length <= r) (grid as unknown[][]).push([]);
    const row = (grid as unknown[][])[r];
    while (row.length <= c) row.push(undefined);
    row[c] = x;
  }
};
/** Inserts `n` rows before row `at` (absolute sheet). */
function insertRows(s: SheetData, at: number, n: number): void {
  for (const g of [s.values, s.formats, s.formulas]) if (g) g.splice(at, 0, ...Array.from({ length: n }, () => []));
  s.merges = (s.merges ?? []).map((m) => (m.top >= at ? { ...m, top: m.top + n, bottom: m.bottom + n } : m.bottom >= at ? { ...m, bottom: m.bottom + n } : m));
  s.hiddenRows = (s.hiddenRows ?? []).map((r) => (r >= at ? r + n : r));
  // Formulas keep pointing at their cells, as a spreadsheet moves them ("=ROUND(H11/D11,1)" → H12/D12 below the row).
  shiftRefs(s, (c, r) => [c, r >= at ? r + n : r]);
}
/** Rewrites the same-sheet A1 references of every formula (0-based column and row in, out). */
function shiftRefs(s: SheetData, to: (c: number, r: number) => [number, number]): void {
  const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
  const col = (t: string) => [...t].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  for (const row of s.formulas ?? []) {
    row?.forEach((f, i) => {
      if (typeof f !== "string" || f.includes("!")) return;
      row[i] = f.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)\b/g, (_, d1: string, c: string, d2: string, r: string) => {
        const [nc, nr] = to(col(c), Number(r) - 1);
        return `${d1}${letters(nc)}${d2}${nr + 1}`;
      });
    });
  }
}
/** Inserts an empty column before column `at`. */
function insertColumn(s: SheetData, at: number): void {
  for (const g of [s.values, s.formats, s.formulas]) if (g) for (const row of g) if (row && row.length > at) row.splice(at, 0, undefined as never);
  s.merges = (s.merges ?? []).map((m) => (m.left >= at ? { ...m, left: m.left + 1, right: m.right + 1 } : m.right >= at ? { ...m, right: m.right + 1 } : m));
  s.hiddenColumns = (s.hiddenColumns ?? []).map((c) => (c >= at ? c + 1 : c));
  shiftRefs(s, (c, r) => [c >= at ? c + 1 : c, r]);
}
const isNum = (v: CellValue): v is number => typeof v === "number" && Number.isFinite(v);
const viNum = (x: number) => String(Math.round(x * 1000) / 1000).replace(".", ",");
const actualCols = (t: Table) => [...new Set(t.cells.map((c) => c.col))];
const dataRows = (t: Table) => [...new Set(t.cells.map((c) => c.row))].sort((a, b) => a - b);
const bookWith = (book: SheetData[], t: Table, fn: (s: SheetData) => void): SheetData[] =>
  book.map((s) => {
    if (s.name !== t.sheet) return clone(s);
    const x = absolute(s);
    fn(x);
    return x;
  });
const serial = (d: Date) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);

export const MUTATIONS: Record<string, Mutation> = {
  // A cover sheet first ("Thông tin chung": the unit, its phone, the year) and the table on the second sheet.
  "cover-sheet-first": (book) => ({
    sheets: [{ name: "Thông tin chung", values: [["THÔNG TIN ĐƠN VỊ BÁO CÁO"], ["Đơn vị", "Phòng Giáo dục và Đào tạo"], ["Điện thoại", "0234 3822 111"], ["Năm học", "2024-2025"], ["Người lập biểu", "Nguyễn Văn A"]] }, ...book.map(clone)],
    at: same,
  }),
  // A summary sheet first whose figures (counts by kind of school) no target speaks of.
  "summary-sheet-first": (book) => ({
    sheets: [{ name: "Tổng hợp", values: [["TỔNG HỢP SỐ LIỆU"], [], ["Loại trường", "Số trường", "Số lớp", "Số học sinh"], ["Mầm non", 12, 96, 2710], ["Tiểu học", 14, 210, 6120], ["THCS", 9, 120, 4380]] }, ...book.map(clone)],
    at: same,
  }),
  // The table's data rows split over two sheets, each under the same header (one sheet per half of the units).
  "split-two-sheets": (book, t) => {
    const rows = dataRows(t);
    if (rows.length < 4) return null;
    const cut = rows[Math.floor(rows.length / 2)];
    const last = rows[rows.length - 1];
    const src = absolute(book.find((s) => s.name === t.sheet)!);
    const a = clone(src);
    for (let r = cut; r <= last; r++) a.values[r] = [];
    const b: SheetData = { name: `${t.sheet} (2)`.slice(0, 31), values: [], formats: [], formulas: [], merges: [] };
    const copyRow = (from: number, to: number) => {
      b.values[to] = (src.values[from] ?? []).slice();
      b.formats![to] = (src.formats?.[from] ?? []).slice();
      b.formulas![to] = [];
    };
    let out = 0;
    for (let r = 0; r <= t.header[1]; r++) copyRow(r, out++);
    b.merges = (src.merges ?? []).filter((m) => m.bottom <= t.header[1]);
    const shift = cut - out;
    for (let r = cut; r <= last; r++) copyRow(r, out++);
    for (let i = 0; i < out; i++) b.values[i] ??= [];
    const name = b.name;
    return {
      sheets: book.map((s) => (s.name === t.sheet ? a : clone(s))).concat([b]),
      at: (sh, r, c) => (sh === t.sheet && r >= cut && r <= last ? { sheet: name, row: r - shift, col: c } : same(sh, r, c)),
    };
  },
  // Figures typed as text as a clerk types them: "45", "88,2%" (a percent-formatted fraction typed out), "1.205".
  "text-figures": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      for (const { row, col } of t.cells) {
        const v = s.values[row]?.[col];
        if (!isNum(v)) continue;
        const pct = (s.formats?.[row]?.[col] ?? "").includes("%");
        setCell(s, row, col, pct ? `${viNum(v * 100)}%` : viNum(v), "@");
      }
    }),
    at: same,
  }),
  // Figures typed with their unit word taken from the target ("12 trường", "45 em") or a space before "%" ("88,2 %").
  "text-with-unit": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      for (const { row, col, exp } of t.cells) {
        const v = s.values[row]?.[col];
        if (!isNum(v)) continue;
        const pct = (s.formats?.[row]?.[col] ?? "").includes("%");
        const unit = /\d\s*([a-zà-ỹđ]+)/i.exec(exp.target)?.[1];
        setCell(s, row, col, pct ? `${viNum(v * 100)} %` : unit && !/^(nam|năm|tháng|ngày)$/i.test(unit) ? `${viNum(v)} ${unit}` : viNum(v), "@");
      }
    }),
    at: same,
  }),
  // Figures as formulas with their cached values ("=ROUND(x,2)"), as a sheet linked to a clerk's working copy.
  "formula-cached": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      for (const { row, col } of t.cells) {
        const v = s.values[row]?.[col];
        if (isNum(v)) setCell(s, row, col, v, s.formats?.[row]?.[col], `=ROUND(${v},4)`);
      }
    }),
    at: same,
  }),
  // Figures linked from a data sheet ("='Số liệu gốc'!B5"), that sheet holding the raw figures under its own words.
  "formula-linked-sheet": (book, t) => {
    const raw: SheetData = { name: "Số liệu gốc", values: [["Số liệu gốc (nhập tay)"], ["Ô", "Giá trị"]] };
    const sheets = bookWith(book, t, (s) => {
      for (const { row, col } of t.cells) {
        const v = s.values[row]?.[col];
        if (!isNum(v)) continue;
        raw.values.push([`${t.sheet}!${row},${col}`, v]);
        setCell(s, row, col, v, s.formats?.[row]?.[col], `='Số liệu gốc'!B${raw.values.length}`);
      }
    });
    return { sheets: [...sheets, raw], at: same };
  },
  // Label cells merged with the empty cell to their right (a name spread over two columns).
  "merged-labels": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      for (const r of dataRows(t)) {
        const row = s.values[r] ?? [];
        const c = row.findIndex((v) => typeof v === "string" && v.trim() !== "" && !/^\s*[-+]?\d/.test(v));
        if (c >= 0 && (row[c + 1] === null || row[c + 1] === undefined || row[c + 1] === "") && !(s.merges ?? []).some((m) => m.top <= r && r <= m.bottom && m.left <= c + 1 && c + 1 <= m.right)) (s.merges ??= []).push({ top: r, bottom: r, left: c, right: c + 1 });
      }
    }),
    at: same,
  }),
  // Every third data row hidden (rows a clerk hid while printing, their figures still there).
  "hidden-rows": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      s.hiddenRows = [...(s.hiddenRows ?? []), ...dataRows(t).filter((_, i) => i % 3 === 1)];
    }),
    at: same,
  }),
  // A column of the table holding no expected figure hidden (last year's, a code).
  "hidden-other-column": (book, t) => {
    const s0 = absolute(book.find((s) => s.name === t.sheet)!);
    const used = new Set(actualCols(t));
    const width = Math.max(...dataRows(t).map((r) => s0.values[r]?.length ?? 0));
    let c = width - 1;
    while (c >= 0 && (used.has(c) || !dataRows(t).some((r) => isNum(s0.values[r]?.[c])))) c--;
    if (c < 0) return null;
    return { sheets: bookWith(book, t, (s) => void (s.hiddenColumns = [...(s.hiddenColumns ?? []), c])), at: same };
  },
  // The first column of expected figures hidden (a clerk hid it while printing): its figures are still the sheet's.
  "hidden-actual-column": (book, t) => {
    const c = actualCols(t)[0];
    return { sheets: bookWith(book, t, (s) => void (s.hiddenColumns = [...(s.hiddenColumns ?? []), c])), at: same };
  },
  // A header row added above the header: a group heading merged over the figure columns, other headings merged down.
  // The heading spans whole top-level headings: it widens over every heading merged across its edge ("Nhà trẻ" over
  // C:F when the figures are D and H), as a clerk's group heading never cuts one (round 25a's cut ones did).
  "header-two-rows-merged": (book, t) => {
    const h = t.header[0];
    // Over every column an expected figure may be read from ("B-E together": the level marked).
    const found = [...new Set(t.cells.flatMap((x) => x.exp.cells.map((a) => parseA1(a).col)))].sort((a, b) => a - b);
    const src = absolute(book.find((s) => s.name === t.sheet)!);
    let [lo, hi] = [found[0], found[found.length - 1]];
    for (let moved = true; moved; ) {
      moved = false;
      for (const m of src.merges ?? []) {
        if (m.top > t.header[1] || m.bottom < h || m.right < lo || m.left > hi || (m.left >= lo && m.right <= hi)) continue;
        [lo, hi] = [Math.min(lo, m.left), Math.max(hi, m.right)];
        moved = true;
      }
    }
    return {
      sheets: bookWith(book, t, (s) => {
        insertRows(s, h, 1);
        const width = s.values[h + 1]?.length ?? 0;
        for (let c = 0; c < width; c++) {
          if (c >= lo && c <= hi) continue;
          const v = s.values[h + 1]?.[c];
          if (v === null || v === undefined || v === "") continue;
          if ((s.merges ?? []).some((m) => m.top <= h + 1 && h + 1 <= m.bottom && m.left <= c && c <= m.right && (m.left !== c || m.top !== h + 1))) continue;
          setCell(s, h, c, v);
          s.values[h + 1][c] = null;
          // Its own merge grows up by the new row, keeping its width ("Đạt" over "Mức 1 | Mức 2 | Mức 3" stays over
          // them); a heading with none reaches down to its sub-headings, or to the header's last row when it has none.
          const own = (s.merges ?? []).find((m) => m.top === h + 1 && m.left === c);
          let bottom = h + 1;
          while (bottom < t.header[1] + 1 && [s.values[bottom + 1]?.[c]].every((x) => x === null || x === undefined || x === "")) bottom++;
          if (own) own.top = h;
          else (s.merges ??= []).push({ top: h, bottom, left: c, right: c });
        }
        setCell(s, h, lo, "Kết quả thực hiện năm học");
        if (hi > lo) (s.merges ??= []).push({ top: h, bottom: h, left: lo, right: hi });
      }),
      at: (sh, r, c) => same(sh, sh === t.sheet && r >= h ? r + 1 : r, c),
    };
  },
  // An empty column inserted inside the table, before its first figure column.
  "blank-column": (book, t) => {
    const at = Math.min(...actualCols(t));
    return { sheets: bookWith(book, t, (s) => insertColumn(s, at)), at: (sh, r, c) => same(sh, r, sh === t.sheet && c >= at ? c + 1 : c) };
  },
  // The actual column left empty and the figures written in a "Ghi chú" column at the table's right.
  "actual-in-notes": (book, t) => {
    const src = absolute(book.find((s) => s.name === t.sheet)!);
    const col = actualCols(t)[0];
    const note = Math.max(...[t.header[1], ...dataRows(t)].map((r) => src.values[r]?.length ?? 0));
    return {
      sheets: bookWith(book, t, (s) => {
        setCell(s, t.header[1], note, "Ghi chú");
        for (const { row, col: c } of t.cells) {
          if (c !== col) continue;
          const v = s.values[row]?.[c];
          if (v === null || v === undefined || v === "") continue;
          setCell(s, row, note, typeof v === "number" && (s.formats?.[row]?.[c] ?? "").includes("%") ? `${viNum(v * 100)}%` : v);
          s.values[row][c] = null;
        }
      }),
      at: (sh, r, c) => same(sh, r, sh === t.sheet && c === col ? note : c),
    };
  },
  // Percent points stored as a fraction formatted "%" (96,5 under "(%)" becomes 0,965 shown 96,5%), and the reverse.
  "percent-as-fraction": (book, t) => ({
    sheets: bookWith(book, t, (s) => {
      for (const { row, col, exp } of t.cells) {
        const v = s.values[row]?.[col];
        if (!isNum(v) || !/%/.test(exp.actual + exp.target)) continue;
        const f = s.formats?.[row]?.[col] ?? "";
        if (f.includes("%")) continue;
        if (v > 1) setCell(s, row, col, v / 100, "0.0%");
      }
    }),
    at: same,
  }),
  // A title line straight above the header, no blank row between.
  "title-no-blank": (book, t) => {
    const h = t.header[0];
    return {
      sheets: bookWith(book, t, (s) => {
        insertRows(s, h, 1);
        setCell(s, h, 0, "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
      }),
      at: (sh, r, c) => same(sh, sh === t.sheet && r >= h ? r + 1 : r, c),
    };
  },
  // A total row first under the header ("Tổng cộng", each figure column's sum as a formula with its cached value).
  "total-row-first": (book, t) => {
    const first = dataRows(t)[0];
    return {
      sheets: bookWith(book, t, (s) => {
        insertRows(s, first, 1);
        const rows = dataRows(t).map((r) => r + 1);
        const name = (s.values[first + 1] ?? []).findIndex((v) => typeof v === "string" && !/^\s*[-+]?\d/.test(v));
        setCell(s, first, Math.max(0, name), "Tổng cộng");
        for (const c of actualCols(t)) {
          const nums = rows.map((r) => s.values[r]?.[c]).filter(isNum);
          if (nums.length === 0) continue;
          const pct = (s.formats?.[rows[0]]?.[c] ?? "").includes("%");
          const v = pct ? nums.reduce((a, b) => a + b, 0) / nums.length : nums.reduce((a, b) => a + b, 0);
          setCell(s, first, c, v, s.formats?.[rows[0]]?.[c], pct ? `=AVERAGE(${colName(c)}${rows[0] + 1}:${colName(c)}${rows[rows.length - 1] + 1})` : `=SUM(${colName(c)}${rows[0] + 1}:${colName(c)}${rows[rows.length - 1] + 1})`);
        }
      }),
      at: (sh, r, c) => same(sh, sh === t.sheet && r >= first ? r + 1 : r, c),
    };
  },
  // The whole sheet transposed: units down the columns, indicators across (as a form printed landscape).
  transposed: (book, t) => ({
    sheets: book.map((s0) => {
      if (s0.name !== t.sheet) return clone(s0);
      const s = absolute(s0);
      const tr = <T>(g: T[][] | undefined) => {
        if (!g) return g;
        const out: T[][] = [];
        g.forEach((row, r) => row?.forEach((v, c) => ((out[c] ??= [])[r] = v)));
        for (let i = 0; i < out.length; i++) out[i] ??= [];
        return out;
      };
      return { ...s, values: tr(s.values)!, formats: tr(s.formats), formulas: undefined, merges: (s.merges ?? []).map((m) => ({ top: m.left, bottom: m.right, left: m.top, right: m.bottom })), hiddenRows: s.hiddenColumns, hiddenColumns: s.hiddenRows };
    }),
    at: (sh, r, c) => (sh === t.sheet ? same(sh, c, r) : same(sh, r, c)),
  }),
  // Dates as the serial numbers a host's plain values give, with their date format ("dd/mm/yyyy") kept.
  "date-serials": (book) => ({
    sheets: book.map((s0) => {
      const s = clone(s0);
      s.values.forEach((row, r) => row?.forEach((v, c) => {
        if (v instanceof Date) {
          row[c] = serial(v);
          ((s.formats ??= [])[r] ??= [])[c] ||= "dd/mm/yyyy";
        }
      }));
      return s;
    }),
    at: same,
  }),
  // Dates as serial numbers whose format was lost ("General"): a bare 45838 where a date was.
  "date-serials-general": (book) => ({
    sheets: book.map((s0) => {
      const s = clone(s0);
      s.values.forEach((row, r) => row?.forEach((v, c) => {
        if (v instanceof Date) {
          row[c] = serial(v);
          if (s.formats?.[r]) s.formats[r][c] = "General";
        }
      }));
      return s;
    }),
    at: same,
  }),
  // The same table again under it, one blank row between and no title (last term's figures pasted below).
  "table-again-below": (book, t) => {
    const rows = dataRows(t);
    const last = rows[rows.length - 1];
    return {
      sheets: bookWith(book, t, (s) => {
        const at = last + 2;
        const n = last - t.header[0] + 1;
        insertRows(s, at, n + 1);
        for (let i = 0; i < n; i++) {
          s.values[at + i] = (s.values[t.header[0] + i] ?? []).map((v) => (isNum(v) && i > t.header[1] - t.header[0] ? Math.round(v * 0.9 * 1000) / 1000 : v));
          (s.formats ??= [])[at + i] = (s.formats?.[t.header[0] + i] ?? []).slice();
        }
      }),
      at: same,
    };
  },
  // A block under the table after a blank row and a title, its figures typed with their unit ("64 trẻ", "12 trường").
  "unit-figures-below": (book, t) => {
    const last = dataRows(t)[dataRows(t).length - 1];
    const at = last + 2;
    const rows: CellValue[][] = [["Thống kê theo điểm trường"], [null, "Điểm Bản Phố", "64 trẻ", "58 trẻ"], [null, "Điểm Nà Hin", "41 trẻ", "39 trẻ"], [null, "Điểm Khuổi Nặm", "37 trẻ", "30 trẻ"]];
    return {
      sheets: bookWith(book, t, (s) => {
        insertRows(s, at, rows.length + 1);
        rows.forEach((r, i) => (s.values[at + 1 + i] = r.slice()));
      }),
      at: same,
      added: [1, 2, 3].map((i) => ({ sheet: t.sheet, row: at + 1 + i, col: 2 })),
    };
  },
  // Two rows of figures below the table after a blank row and no title: a clerk's working sums ("Cộng trường công lập").
  "figures-below-no-title": (book, t) => {
    const rows = dataRows(t);
    const last = rows[rows.length - 1];
    return {
      sheets: bookWith(book, t, (s) => {
        insertRows(s, last + 1, 3);
        const c = actualCols(t)[0];
        setCell(s, last + 2, Math.max(0, c - 1), "Cộng trường công lập");
        setCell(s, last + 2, c, 37);
        setCell(s, last + 3, Math.max(0, c - 1), "Cộng trường tư thục");
        setCell(s, last + 3, c, 4);
      }),
      at: same,
    };
  },
};

const colName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

/** A host over sheets in memory: read-only, for the choice and the check (nothing is written). */
function dataHost(sheets: SheetData[]): WorkbookHost {
  const no = () => Promise.reject(new Error("read-only host"));
  return {
    kind: "file", sheetNames: SHEETS_SHEET_NAMES, customFunction: null, definedNames: true, insertsColumns: false,
    listSheets: async () => ({ sheets: sheets.map((s, i) => ({ id: String(i + 1), name: s.name, visible: true })), active: sheets[0]?.name ?? null }),
    readSheet: async (name) => sheets.find((s) => s.name === name) ?? null,
    applyEdits: no, addSheet: no, select: async () => {}, setPageSetup: async () => false, loadState: async () => null, saveState: async () => {},
  };
}

interface Run {
  code: number;
  result: CheckedSheet | null;
  sheet?: SheetData;
  error?: string;
}

/** The CLI's check over sheets: the same session calls as checkFile, and `chitieu check`'s exit decision itself (`checkExit`). */
async function runCheck(sheets: SheetData[], plan: Plan | null, asOf: string, among?: string[]): Promise<Run> {
  const session = new Session(dataHost(sheets), { lang: "vi" });
  await session.start();
  await session.choosePlan(plan ? { kind: "file", plan } : { kind: "none" });
  await session.setOptions({ asOf, tolerance: 0 });
  await session.openBestSheet({ ...(among ? { among } : {}), hint: { vi: "chọn trang khác bằng --sheet", en: "choose another with --sheet" } });
  if (session.thrown) throw session.thrown;
  if (session.problem) return { code: 2, result: null, error: session.problem.message.vi };
  const result = session.checked;
  if (!result) return { code: 2, result: null, error: "no sheet" };
  // The CLI's own exit decision (no --fail-on-shortfall, as score-layouts runs it).
  const exit = checkExit(result, false);
  if (exit.nothing) return { code: exit.code, result, error: exit.nothing.vi };
  return { code: exit.code, result, sheet: session.pending!.sheet };
}

const SHORT = new Set(["not_met", "overdue", "near"]);
const REFUSALS = new Set(["review", "unreadable"]);

/** Expected figures neither judged nor counted, by "sheet!row,col", for one run of a (mutated) workbook (a figure is judged when any of its accepted cells is). */
function uncounted(run: Run, rows: Array<{ exp: ExpectedRow; place: Place; alts: Place[] }>, sheets: SheetData[]): string[] {
  if (run.code === 2 || !run.result || !run.sheet) return [];
  const r = run.result;
  const s = run.sheet;
  const o = s.origin ?? { row: 0, col: 0 };
  const key = (row: number, col: number) => `${row},${col}`;
  const judged = new Set<string>();
  for (const it of r.items) {
    if (it.status === "no_data") continue;
    judged.add(key(it.cell.row, it.cell.col));
    if (it.denominatorCell) judged.add(key(it.denominatorCell.row, it.denominatorCell.col));
  }
  for (const k of fedCells(s, r.items)) judged.add(key(Math.floor(k / 16384), k % 16384));
  const counted = (row: number, col: number) =>
    r.coverage.notJudged.some((n) =>
      (n.cell.row === row && (n.cell.col === col || r.layout.shape === "list" || n.reason === "hidden_row")) ||
      (n.rows !== undefined && row + o.row + 1 >= n.rows[0] && row + o.row + 1 <= n.rows[1]) ||
      (n.rows === undefined && (n.count ?? 1) > 1 && n.cell.col === col && row >= n.cell.row));
  const named = new Set((r.coverage.elsewhere?.bySheet ?? []).filter(([, k, , sh]) => k > 0 || (sh ?? 0) > 0).map(([n]) => n));
  const out: string[] = [];
  for (const { exp, place, alts } of rows) {
    if (!place || exp.status === "no_data" || exp.status === "refuse") continue;
    const sheet = sheets.find((x) => x.name === place.sheet);
    const v = sheet && get(sheet, place.row, place.col);
    if (v === null || v === undefined || v === "") continue;
    const where = `${place.sheet}!${colName(place.col)}${place.row + 1}`;
    if (place.sheet !== s.name) {
      if (!named.has(place.sheet)) out.push(where);
      continue;
    }
    const seen = [place, ...alts].some((p) => p && p.sheet === s.name && (judged.has(key(p.row - o.row, p.col - o.col)) || counted(p.row - o.row, p.col - o.col)));
    if (!seen) out.push(where);
  }
  return out;
}

interface Finding {
  layout: string;
  mutation: string;
  code: number;
  silent: boolean;
  uncounted: string[];
  line?: string;
  /** The columns the check gave a role ("E actual"), for reading a finding. */
  roles?: string;
  /** Expected figures whose verdict the mutation changed ("Sheet!E12 met→overdue"): judged both times, differently. */
  changed?: string[];
  /** Each expected figure's status, by its place in the unmutated workbook (for `changed`). */
  statuses?: Map<string, string>;
}

export function tableOf(l: Layout, book: SheetData[]): Table | null {
  const sheet = l.facts.sheet;
  if (!book.some((s) => s.name === sheet)) return null;
  const hr = (l.facts.raw["header rows"] ?? "").match(/\d+/g)?.map(Number) ?? [];
  if (hr.length === 0) return null;
  const cells = l.rows.filter((x) => x.sheet === sheet).map((exp) => ({ ...parseA1(exp.cells[0]), exp }));
  if (cells.length === 0) return null;
  return { sheet, header: [hr[0] - 1, (hr[1] ?? hr[0]) - 1], cells };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : null;
  const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
  const list = args.includes("--list");
  const words = args.filter((a, i) => !a.startsWith("--") && !["--only", "--json"].includes(args[i - 1]));
  // Spent sets only: a fresh set is never loaded, let alone read.
  const layouts = SETS.filter((s) => !FRESH_SETS.has(s)).flatMap((s) => loadLayouts(s)).filter((l) => words.length === 0 || words.some((w) => l.id.includes(w)));
  const names = Object.keys(MUTATIONS).filter((m) => !only || only.includes(m));
  const findings: Finding[] = [];
  const tally = new Map<string, { applied: number; silent: number; uncounted: number; rows: number; changed: number; exit: Record<number, number> }>();
  for (const name of ["(none)", ...names]) tally.set(name, { applied: 0, silent: 0, uncounted: 0, rows: 0, changed: 0, exit: {} });
  for (const l of layouts) {
    const book = await openWorkbook(l.xlsx);
    const sheets = readSheets(book);
    const plan = l.plan ? await resolvePlan(l.plan) : null;
    const t = tableOf(l, sheets);
    const expectsShort = l.rows.some((x) => SHORT.has(x.status));
    const score = async (name: string, m: Mutated) => {
      const extra = (m.added ?? []).map((p) => ({ exp: { sheet: p.sheet, cells: [`${colName(p.col)}${p.row + 1}`], indicator: "(added)", target: "", actual: "", status: "met", why: "" } as ExpectedRow, place: p as Place, alts: [] as Place[] }));
      const rows = l.rows.map((exp) => {
        const p = parseA1(exp.cells[0]);
        const alts = exp.cells.slice(1).map((c) => {
          const q = parseA1(c);
          return m.at(exp.sheet, q.row, q.col);
        });
        return { exp, place: m.at(exp.sheet, p.row, p.col), alts };
      });
      let run: Run;
      try {
        run = await runCheck(m.sheets, plan, l.facts.asOf);
      } catch (e) {
        run = { code: 3, result: null, error: String(e) };
      }
      const silent = run.code === 0 && !!run.result && run.result.shortfalls.length === 0 && !run.result.items.some((i) => REFUSALS.has(i.status)) && expectsShort;
      const open = uncounted(run, [...rows, ...extra], m.sheets);
      const line = run.result ? (await import("../core/sheet/coverage")).incompleteLine(cleanOf(run.result), "vi") ?? undefined : run.error;
      if (args.includes("--elsewhere") && name === "(none)" && run.result?.coverage.elsewhere) {
        const c = cleanOf(run.result);
        const e = run.result.coverage.elsewhere;
        const would = c.judged * 2 < c.judged + c.notJudged + e.notJudged;
        console.log(`elsewhere ${l.set}/${l.id}: exit ${run.code}, judged ${c.judged}/${c.judged + c.notJudged} here, other sheets ${e.notJudged} not judged, ${e.shortfalls} short${would && run.code === 0 ? " → EXIT 4 if weighed" : ""}`);
      }
      const roles = run.result?.coverage.columns.filter((c) => c.role).map((c) => `${c.letter} ${c.role}`).join(", ");
      if (args.includes("--dump") && run.result) {
        const r = run.result;
        console.log(`-- ${name} ${l.set}/${l.id}: exit ${run.code}, header rows ${r.layout.headerRows.map((x) => x + 1).join(",")}, data ${r.layout.firstDataRow + 1}–${r.layout.lastDataRow + 1}, ${r.layout.shape}`);
        console.log(`   columns: ${r.coverage.columns.map((c) => `${c.letter} "${c.header.slice(0, 30)}"${c.role ? ` ${c.role}` : ""}`).join(" · ")}`);
        for (const n of r.coverage.notJudged.slice(0, 6)) console.log(`   not judged: ${n.message.vi.slice(0, 160)}`);
      }
      // Each expected figure's verdict, keyed by its place in the unmutated workbook (the first accepted cell judged).
      const statuses = new Map<string, string>();
      if (run.result && run.sheet) {
        const o = run.sheet.origin ?? { row: 0, col: 0 };
        const at = new Map(run.result.items.map((it) => [`${it.cell.row + o.row},${it.cell.col + o.col}`, it.status as string]));
        for (const { exp, place, alts } of rows) {
          const hit = [place, ...alts].find((q) => q && q.sheet === run.sheet!.name && at.has(`${q.row},${q.col}`));
          if (hit) statuses.set(`${exp.sheet}!${exp.cells[0]}`, at.get(`${hit.row},${hit.col}`)!);
        }
      }
      return { layout: `${l.set}/${l.id}`, mutation: name, code: run.code, silent, uncounted: open, line, roles, statuses } satisfies Finding;
    };
    const base = await score("(none)", { sheets, at: same });
    const add = (f: Finding) => {
      const k = tally.get(f.mutation)!;
      k.applied++;
      k.exit[f.code] = (k.exit[f.code] ?? 0) + 1;
      if (f.silent) k.silent++;
      if (f.uncounted.length) k.uncounted++;
      k.rows += f.uncounted.length;
      k.changed += f.changed?.length ?? 0;
    };
    add(base);
    if (args.includes("--exits")) console.log(`exit ${base.code} ${base.layout} · ${(base.line ?? "").slice(0, 160)}`);
    if (base.silent || base.uncounted.length) findings.push(base);
    if (!t) continue;
    for (const name of names) {
      const m = MUTATIONS[name](sheets, t);
      if (!m) continue;
      const f = await score(name, m);
      // Only what the mutation adds: silent where the layout was not, rows open that were counted or judged before.
      const baseOpen = new Set(base.uncounted);
      const moved = l.rows.map((exp) => {
        const p = parseA1(exp.cells[0]);
        const q = m.at(exp.sheet, p.row, p.col);
        return [`${exp.sheet}!${exp.cells[0]}`, q ? `${q.sheet}!${colName(q.col)}${q.row + 1}` : ""];
      });
      const was = new Set(moved.filter(([a]) => baseOpen.has(a)).map(([, b]) => b));
      const changed = [...(f.statuses ?? [])].filter(([k, v]) => base.statuses?.has(k) && base.statuses.get(k) !== v && v !== "no_data").map(([k, v]) => `${k} ${base.statuses!.get(k)}→${v}`);
      const g: Finding = { ...f, silent: f.silent && !base.silent, uncounted: f.uncounted.filter((x) => !was.has(x)), changed };
      add(g);
      if (g.silent || g.uncounted.length || g.changed?.length) findings.push(g);
    }
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  console.log(`layouts: ${layouts.length}`);
  console.log("| mutation | applied | silent | with uncounted rows | uncounted rows | verdicts changed | exits |");
  console.log("|---|---|---|---|---|---|---|");
  for (const [name, k] of tally) console.log(`| ${name} | ${k.applied} | ${k.silent} | ${k.uncounted} | ${k.rows} | ${k.changed} | ${Object.entries(k.exit).map(([c, n]) => `${c}:${n}`).join(" ")} |`);
  const shown = new Map<string, number>();
  for (const f of findings) {
    const n = shown.get(f.mutation) ?? 0;
    if (!list && n >= 3) continue;
    shown.set(f.mutation, n + 1);
    console.log(`${f.mutation} ${f.layout}: exit ${f.code}${f.silent ? " SILENT" : ""}${f.uncounted.length ? ` uncounted ${f.uncounted.length} (${f.uncounted.slice(0, 4).join(" ")})` : ""}${f.changed?.length ? ` changed ${f.changed.length} (${f.changed.slice(0, 3).join(" ")})` : ""} · ${(f.line ?? "").slice(0, 200)}${args.includes("--roles") ? ` [${f.roles ?? ""}]` : ""}`);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(findings.map(({ statuses, ...f }) => f), null, 1));
}

// Run as a script (not when a test or a probe imports the mutations).
if (process.argv[1]?.endsWith("mutate-layouts.ts")) await main();
