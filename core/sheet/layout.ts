// Layout detection: turns the table reader's header bands into indicator lists, task tables and unit matrices.
import { isoToVi } from "../number/cell";
import type { Bilingual, CellValue } from "../types";
import { type ColumnHeading, type HeaderBand, headerCandidates, isFooterRow, isSignatureRow, isTitleLine, mergeCovering } from "../table/read";
import { combineTexts } from "../table/read";
import { ACTUAL_ROW_LABEL, DONE_WORDS, eachScope, SUBGROUP, LOWER_BOUND_ROW, NO_WORDS, RESULT_BY_UNIT, isTargetRow, TARGET_ROW_LABEL, TERM_ORDER, PART_START, TOTAL_ROW, UNIT_KIND_WORD, UPPER_BOUND_ROW, WHOLE_SCOPE, yearPartKey } from "../table/vocabulary";
import { headingDepth } from "../table/sections";
import { type HeaderReading, monthHeading, monthsBefore, readHeader, vietnamesePart } from "../table/header";
import { type Evidence, cellKind, columnEvidence, holdsFigures, holdsMarks, holdsTargets, rowEvidence } from "../table/evidence";
import { deadlineOf, sentenceTarget } from "../table/target";
import { ratioCells } from "../table/figure";
import { readCompletion } from "../table/completion";
import { todayIso } from "../rule/evaluate";
import { PERSONS } from "../rule/judge/quantity";
import type { Period } from "../period/period";
import { EXPLANATION_HEADER, STATUS_HEADER } from "./edits";
import { KEPT_PLAN, aloneOver, headingTarget, termEnd } from "./list";
import { NEGATIONS } from "./match";
import { colIndex } from "./a1";
import { type SheetData, columnLetters, isEmptyCell } from "./model";
import { ABBREVIATIONS, cellText, fold, foldMarks } from "./text";
import { normBlock } from "./norms";
import type {
  ColumnRole,
  ExcludedRow,
  Layout,
  LayoutOverrides,
  LayoutResult,
  ListLayout,
  MarkColumn,
  MatrixGroup,
  MatrixLayout,
  Unplaced,
} from "./types";

/** Header words the detector recognises, shown to the user when no header is found. */
export const EXPECTED_HEADERS = [
  "STT",
  "Nội dung / Chỉ tiêu / Tiêu chí / Nhiệm vụ",
  "ĐVT",
  "Kế hoạch / Chỉ tiêu giao",
  "Thực hiện / Kết quả",
  "Tỷ lệ (%)",
  "Thời gian hoàn thành (bảng nhiệm vụ)",
  "Ghi chú",
  "Tên trường / Đơn vị / Phường (bảng theo đơn vị)",
];

/** The headings of this tool's own columns, so a re-check reads them as ours. */
const OWN = { status: STATUS_HEADER, explanation: EXPLANATION_HEADER };

/** Roles a list judges with or shows; every other known role (lead, timing, ratio …) is read and left alone. */
const LIST_ROLES: ReadonlySet<string> = new Set<ColumnRole>([
  "stt", "id", "name", "level", "unit", "target", "baseline", "actual", "actualNumerator", "actualDenominator", "rate",
  "note", "deadline", "completion", "status", "explanation",
]);

const noHeader = (sheet: SheetData, scan: number): LayoutResult => ({
  ok: false,
  error: {
    code: "no_header",
    message: {
      vi: `Không tìm thấy dòng tiêu đề bảng trong ${scan} dòng đầu của trang "${sheet.name}". Cần các cột như: ${EXPECTED_HEADERS.join(", ")}.`,
      en: `No table header found in the first ${scan} rows of sheet "${sheet.name}". Expected columns such as: ${EXPECTED_HEADERS.join(", ")}.`,
    },
    expected: EXPECTED_HEADERS,
  },
});

/**
 * Finds the table on a sheet: header rows, data rows, and the role of every column. Indicator lists
 * (`STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%) | Ghi chú`, one to three header rows, merged header
 * cells, a title block above), task tables (`Nhiệm vụ | Thời gian hoàn thành | Kết quả`) and unit matrices (one
 * row per school/ward, one column or a numerator/denominator pair per indicator). Of several candidate tables the
 * strongest header with data under it is taken; `checkSheet` goes further and takes the one that judges most.
 * Never throws; a sheet without a recognisable header gives `ok: false` with the expected headers.
 * @example detectLayout({ name: "S", values: [["STT","Nội dung","Kế hoạch","Thực hiện"],[1,"Tỷ lệ trẻ ra lớp","ít nhất 65%",0.7]] })
 *   → { ok: true, layout: { shape: "list", headerRows: [0], firstDataRow: 1, columns: { stt: 0, name: 1, target: 2, actual: 3 }, ... } }
 */
export function detectLayout(sheet: SheetData): LayoutResult {
  if (sheet.values.length === 0 || sheet.values.every((r) => !r || r.length === 0)) {
    return {
      ok: false,
      error: {
        code: "empty_sheet",
        message: { vi: `Trang "${sheet.name}" không có dữ liệu.`, en: `Sheet "${sheet.name}" is empty.` },
        expected: EXPECTED_HEADERS,
      },
    };
  }
  const all = detectLayouts(sheet);
  if (all.length === 0) {
    const bands = headerCandidates(sheet, OWN);
    if (bands.length === 0) return noHeader(sheet, Math.min(sheet.values.length, 60));
    const top = bands[0].rows[0];
    return {
      ok: false,
      error: {
        code: "no_data",
        message: {
          vi: `Trang "${sheet.name}" có dòng tiêu đề (dòng ${top + 1 + (sheet.origin?.row ?? 0)}) nhưng không có dòng số liệu nào bên dưới.`,
          en: `Sheet "${sheet.name}" has a header (row ${top + 1 + (sheet.origin?.row ?? 0)}) but no data rows below it.`,
        },
        expected: EXPECTED_HEADERS,
      },
    };
  }
  return { ok: true, layout: all[0] };
}

/**
 * What detection may know of the check: the day it judges on, which decides between targets of several horizons,
 * and the period, which dates month headings without a year ("Tháng 11 | Tháng 12").
 */
export interface DetectOptions {
  /** ISO day; default today. */
  asOf?: string;
  /** The period the sheet reports on; with it, the month judged no longer depends on the day the check runs. */
  period?: Period | null;
}

/**
 * Every table the sheet could hold, strongest header first (only those with data rows under them).
 * @example detectLayouts(sheetWithInfoBlockThenTable).length → 2
 */
/**
 * A plan column's adjusted twin, folded: its heading names a plan ("Kế hoạch điều chỉnh", "Chỉ tiêu sau điều chỉnh") or
 * the council's sitting that changed it ("Điều chỉnh tại kỳ họp thứ 12"). Never a change said as an amount or a note
 * ("Điều chỉnh (+/-)", "… tăng, giảm", "… so với KH (%)", "… bổ sung", "… lần 1", "… (nếu có)").
 */
const ADJUSTED_PLAN = /^((chi tieu|ke hoach|kh|muc tieu)( (da|sau))? dieu chinh|dieu chinh (tai|o) (ky|ki|phien) hop)\b/;
const ADJUSTED_DELTA = /\b(tang|giam|so voi|bo sung|lan \d|neu co|chenh lech)\b|[+±]|\(-\)/;

export function detectLayouts(sheet: SheetData, opts: DetectOptions = {}): Layout[] {
  const bands = headerCandidates(sheet, OWN);
  const tops = bands.map((b) => b.rows[0]).sort((a, b) => a - b);
  const named = bands.filter((b) => !b.byStructure).map((b) => b.rows[0]).sort((a, b) => a - b);
  const out: Layout[] = [];
  const when: When = { asOf: opts.asOf ?? todayIso(), period: opts.period ?? null };
  for (let band of bands) {
    // A table ends where the next table's header starts. A header found by structure alone may be a row of the
    // table above it (two texts over figures): it ends no table whose header the vocabulary names, unless it repeats
    // two of that header's headings in their own columns ("TT", "Tỷ lệ đỗ (%)"), which no row of figures does.
    // Under a blank row, or under a blank row and a title ("II. Thống kê theo điểm trường"), a header found by
    // structure starts a block of its own ("Điểm trường | Nhóm lớp | Trẻ").
    const blank = (r: number) => (sheet.values[r] ?? []).every(isEmptyCell);
    const gap = (t: number) => blank(t - 1) || ((sheet.values[t - 1] ?? []).filter((v) => !isEmptyCell(v)).length === 1 && blank(t - 2));
    const stop = (band.byStructure ? tops : tops.filter((t) => named.includes(t) || repeatsHeadings(sheet, band, t) || gap(t))).find((t) => t > band.rows[band.rows.length - 1]) ?? sheet.values.length;
    const first = band.rows[band.rows.length - 1] + 1;
    // A name heading merged over the key column and the next ("Nội dung" over A:B): rows naming themselves in either are data.
    const next = band.columns.find((c) => c.col === band.keyCol + 1);
    const key = band.columns.find((c) => c.col === band.keyCol);
    const pair = next && key && !next.hidden && next.texts.join("\u0001") === key.texts.join("\u0001") ? next.col : undefined;
    const last = lastDataRow(sheet, first, stop, band.keyCol, pair);
    if (last < first) continue;
    const side = sideGap(sheet, band, first, last);
    if (side > 0) band = { ...band, columns: band.columns.slice(0, side) };
    band = withSpacers(sheet, band, last);
    const base: Base = { headerRows: band.rows, firstDataRow: first, lastDataRow: last };
    // "Khối | … | Nội dung" where "Nội dung" says "Đăng ký" / "Thực hiện": units of two rows, target then result.
    const units = band.keyRole === "name" ? band.columns.find((k) => k.reading.role === "unitName" && !k.hidden && k.col !== band.keyCol) : undefined;
    if (units && rowLabels(sheet, band.keyCol, base)) {
      const m = matrixLayout(sheet, { ...band, keyCol: units.col, keyRole: "unitName" }, base, band.keyCol, when);
      out.push(withRepeats(sheet, band, m));
      continue;
    }
    // "Chỉ tiêu | (Kế hoạch / Thực hiện) | … | Năm 2017": each indicator two rows, its plan over its result, labelled in a
    // column of their own beside the names: read as units of two rows, the plan row's figures the result row's targets.
    const roles = band.keyRole === "name" ? band.columns.find((k) => !k.hidden && k.col !== band.keyCol && rowLabels(sheet, k.col, base)) : undefined;
    if (roles) {
      const m = matrixLayout(sheet, { ...band, keyRole: "unitName" }, base, roles.col, when);
      out.push(withRepeats(sheet, band, m));
      continue;
    }
    out.push(withRepeats(sheet, band, band.keyRole === "name" ? listLayout(sheet, band, base, when.asOf, when.period) : matrixLayout(sheet, band, base, undefined, when)));
  }
  return out;
}

/** True when row `r` holds the texts of at least two of the band's headings, each in its own column. */
function repeatsHeadings(sheet: SheetData, band: HeaderBand, r: number): boolean {
  const row = sheet.values[r] ?? [];
  let n = 0;
  for (const c of band.columns) {
    if (c.hidden || isEmptyCell(row[c.col])) continue;
    const v = fold(cellText(row[c.col])).trim();
    if (v !== "" && c.texts.some((x) => fold(x).trim() === v) && ++n >= 2) return true;
  }
  return false;
}

/**
 * A layout with what its header band adds said: a key column found by its data ("Cột B là cột tên vì các ô là tên"),
 * and the header's repeats inside the data area left out as such.
 */
function withRepeats<L extends Layout>(sheet: SheetData, band: HeaderBand, layout: L): L {
  if (band.keyBy === "data") {
    const key = layout.shape === "list" ? (layout.columns.name ?? band.keyCol) : layout.unitColumn;
    const k = band.columns[key];
    const what = layout.shape === "list" ? { vi: "tên chỉ tiêu", en: "indicator names" } : { vi: `tên ${layout.unitNoun}`, en: "unit names" };
    const decision = {
      vi: `Cột ${k ? at(sheet, k) : columnLetters(key + (sheet.origin?.col ?? 0))} được đọc là cột ${what.vi} vì các ô bên dưới là tên (tiêu đề không gọi tên cột này).`,
      en: `Column ${k ? at(sheet, k) : columnLetters(key + (sheet.origin?.col ?? 0))} is read as the ${what.en}, as its cells are names (no heading names it).`,
    };
    layout = { ...layout, decisions: [decision, ...(layout.decisions ?? [])] };
  }
  const rows = (band.repeats ?? []).flat().filter((r) => r >= layout.firstDataRow && r <= layout.lastDataRow);
  if (rows.length === 0) return layout;
  const excluded = (layout.excludedRows ?? []).filter((e) => !rows.includes(e.row));
  for (const r of rows) excluded.push({ row: r, kind: "header", text: cellText(sheet.values[r]?.[band.keyCol]) });
  excluded.sort((a, b) => a.row - b.row);
  const first = (band.repeats ?? [])[0]?.[0] ?? rows[0];
  const line = first + 1 + (sheet.origin?.row ?? 0);
  const decision = { vi: `Tiêu đề bảng lặp lại ở dòng ${line}: các dòng bên dưới được đọc tiếp như cùng một bảng.`, en: `The table's header repeats at row ${line}: the rows under it are read as the same table.` };
  return { ...layout, excludedRows: excluded, decisions: [...(layout.decisions ?? []), decision] };
}

/** True when a column's cells say "target row" and "result row" (most of them, both kinds present). */
function rowLabels(sheet: SheetData, col: number, base: Base): boolean {
  let seen = 0;
  let target = 0;
  let actual = 0;
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    const v = sheet.values[r]?.[col];
    if (isEmptyCell(v)) continue;
    seen++;
    // (A number is no label: both lists are words.)
    if (typeof v === "number") continue;
    const f = fold(cellText(v));
    if (TARGET_ROW_LABEL.test(f)) target++;
    else if (ACTUAL_ROW_LABEL.test(f)) actual++;
  }
  return target > 0 && actual > 0 && (target + actual) * 5 >= seen * 4;
}

/**
 * The first column of a blank gap (no cell from the header's top to the last row, no merge over it) after which a
 * column of words starts another block beside the table ("Xếp loại | Số HS | Tỷ lệ" right of the indicators): the
 * table ends before the gap. -1 when there is none (a spacer between figure columns is no end).
 */
/**
 * A blank spacer column inside a table (no cell of its own from the header's top to the last row, only a heading merged
 * over it from a neighbour) is passed over as a hidden one is: "Kế hoạch | (blank) | Thực hiện" reads its figure from
 * "Thực hiện", not from the blank beside the target. A truly hidden column stays marked by the sheet.
 */
function withSpacers(sheet: SheetData, band: HeaderBand, last: number): HeaderBand {
  const blank = (c: number) => {
    for (let r = band.rows[0]; r <= last; r++) if (!isEmptyCell(sheet.values[r]?.[c])) return false;
    return true;
  };
  const spacers = band.columns.filter((k) => !k.hidden && k.col > band.keyCol && k.col < band.columns.length - 1 && blank(k.col)).map((k) => k.col);
  return spacers.length === 0 ? band : { ...band, columns: band.columns.map((k) => (spacers.includes(k.col) ? { ...k, hidden: true } : k)) };
}

const RESULT_ROLES: ReadonlySet<string> = new Set(["completion", "actual", "rate"]);
function sideGap(sheet: SheetData, band: HeaderBand, first: number, last: number): number {
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const blank = (c: number) => {
    if (hidden.has(c)) return false;
    for (let r = band.rows[0]; r <= last; r++) if (!isEmptyCell(sheet.values[r]?.[c]) || mergeCovering(sheet, r, c)) return false;
    return true;
  };
  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);
  for (let c = band.keyCol + 1; c < band.columns.length; c++) {
    if (!blank(c)) continue;
    let n = c + 1;
    while (n < band.columns.length && blank(n)) n++;
    // A column past the gap headed as a result of this table ("Kết quả thực hiện", "Tình hình thực hiện") is the table's own, however wordy its cells.
    if (RESULT_ROLES.has(band.columns[n]?.reading.role as string)) return -1;
    const e = columnEvidence(sheet, n, rows);
    return n < band.columns.length && e.text >= 2 && e.text * 5 >= e.filled * 3 ? c : -1;
  }
  return -1;
}

function lastDataRow(sheet: SheetData, first: number, stop: number, keyCol: number, pair?: number): number {
  let last = first - 1;
  for (let r = first; r < stop; r++) {
    const row = sheet.values[r];
    // A blank row, then a title line ("Thống kê theo trường"), or two blank rows, then a line of words only ("Xếp loại |
    // Số giáo viên"): the block under it is no row of this table. A numbered section ("II. Tiểu học") is one.
    if (!row || row.every(isEmptyCell)) {
      let n = r + 1;
      while (n < stop && (sheet.values[n] ?? []).every(isEmptyCell)) n++;
      const next = (sheet.values[n] ?? []).filter((v) => !isEmptyCell(v));
      if (r > first && (isTitleLine(next) || (n - r > 1 && next.length > 1 && next.every((v) => cellKind(v) === "text")))) break;
      continue;
    }
    // Footers: a signature or date block, a note line under the table.
    if (isFooterRow(row, keyCol) || isSignatureRow(sheet, r)) break;
    if (!isEmptyCell(row[keyCol]) || (pair !== undefined && !isEmptyCell(row[pair]))) last = r;
  }
  return last;
}

interface Base {
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
}

const ROLE_NAMES: Record<string, Bilingual> = {
  name: { vi: "tên chỉ tiêu (Nội dung)", en: "indicator name (Nội dung)" },
  actual: { vi: "số liệu thực hiện (Thực hiện)", en: "actual figures (Thực hiện)" },
  target: { vi: "kế hoạch (Kế hoạch) — sẽ dùng chỉ tiêu của kế hoạch", en: "target (Kế hoạch) — the plan's targets will be used" },
};

/** Figures (non-empty cells) in a column over the data rows, skipping hidden rows. */
function filled(sheet: SheetData, col: number, base: Base, hiddenRows: Set<number>): number {
  let n = 0;
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) if (!hiddenRows.has(r) && !isEmptyCell(sheet.values[r]?.[col])) n++;
  return n;
}

/** A data cell's plain figure ("12", "1.250", 12), or null. */
function plainFigure(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const t = typeof v === "string" ? v.trim() : "";
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(t)) return null;
  return Number(t.replace(/\./g, "").replace(",", "."));
}

/**
 * Whether a year's column holds the sums of its filled parts: on more rows than not where both are figures, the year's
 * figure is the parts' sum (up to rounding).
 */
function sumOfParts(sheet: SheetData, yearCol: number, parts: number[], base: Base, hiddenRows: Set<number>): boolean {
  let agree = 0;
  let differ = 0;
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    if (hiddenRows.has(r)) continue;
    const year = plainFigure(sheet.values[r]?.[yearCol]);
    const got = parts.map((c) => plainFigure(sheet.values[r]?.[c])).filter((x): x is number => x !== null);
    if (year === null || got.length === 0) continue;
    const sum = got.reduce((a, b) => a + b, 0);
    if (Math.abs(year - sum) <= Math.max(0.5, Math.abs(year) * 0.005)) agree++;
    else differ++;
  }
  return agree > differ;
}

/** How many of a column's data cells read as figures, yes/no or dates (not words, targets or blanks). */
function readable(sheet: SheetData, col: number, base: Base, hiddenRows: Set<number>): number {
  const rows: number[] = [];
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) if (!hiddenRows.has(r)) rows.push(r);
  const e = columnEvidence(sheet, col, rows);
  return e.figure + e.yesno + e.date;
}

const at = (sheet: SheetData, c: ColumnHeading) => `${columnLetters(c.col + (sheet.origin?.col ?? 0))} "${c.label}"`;

/**
 * How many target cells share a word with each candidate's own heading words (those no other candidate has): "Xếp thứ
 * 10/63 trở lên" and "Giữ vững thứ hạng" speak of "Thứ hạng (/63)", not of "Điểm TB". Zero for all when no target
 * column or no distinguishing word.
 */
function targetFit(sheet: SheetData, cands: ColumnHeading[], targets: ColumnHeading[], base: Base, hiddenRows: Set<number>): number[] {
  const zero = cands.map(() => 0);
  if (targets.length === 0) return zero;
  const words = (t: string) => new Set(fold(t).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !/^\d+$/.test(w)));
  const own = cands.map((c) => words(c.texts[c.texts.length - 1] ?? c.label));
  const shared = new Set([...own[0]].filter((w) => own.every((o) => o.has(w))));
  const marks = own.map((o) => [...o].filter((w) => !shared.has(w)));
  if (marks.every((m) => m.length === 0)) return zero;
  const out = [...zero];
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    if (hiddenRows.has(r)) continue;
    for (const t of targets) {
      const v = sheet.values[r]?.[t.col];
      if (typeof v !== "string") continue;
      const tw = words(v);
      marks.forEach((m, i) => {
        if (m.some((w) => tw.has(w))) out[i]++;
      });
    }
  }
  return out;
}

/**
 * True when a column holds, on every data row with figures (at least two), the sum of the given parts: a total of
 * categories ("Tổng" after "Nhất | Nhì | Ba | KK"), not a denominator they are counted out of.
 */
function sumsParts(sheet: SheetData, col: number, parts: number[], rows: number[]): boolean {
  if (parts.length < 2) return false;
  let seen = 0;
  for (const r of rows) {
    const row = sheet.values[r] ?? [];
    const total = row[col];
    if (typeof total !== "number") continue;
    let sum = 0;
    let any = false;
    for (const k of parts) {
      const v = row[k];
      if (typeof v === "number") {
        sum += v;
        any = true;
      } else if (!isEmptyCell(v) && v !== "-") return false;
    }
    if (!any) continue;
    if (Math.abs(sum - total) > 1e-9) return false;
    seen++;
  }
  return seen >= 2;
}

/**
 * Rank of an actual column: later years, then later terms first (one month alone last, unless the plan is a month's:
 * `monthly`), reported before estimated.
 */
const termRank = (h: HeaderReading, monthly = false) => (h.year ?? 0) * 100 + (h.month && !monthly ? 0 : h.term ? TERM_ORDER[h.term] : TERM_ORDER.year) * 2 + (h.estimate ? 0 : 1);

/**
 * A figure column's rank among its rivals: the later term first, except that an estimate of a year not yet over
 * ("Ước thực hiện cả năm 2023" in October 2023) is no result: the same year's reported figure ("Kết quả đến 30/9/2023")
 * is judged before it.
 */
function figureRank(h: HeaderReading, all: HeaderReading[], asOf: string, period: Period | null = null, monthly = false): number {
  const open = h.estimate && h.year !== undefined && `${h.year}-12-31` > asOf && all.some((o) => o !== h && !o.estimate && o.year === h.year);
  // Neither naming a year ("Thực hiện 6 tháng đầu năm | Ước thực hiện cả năm"): both are the sheet's period, and its
  // estimate is no result while that period runs.
  const unnamed = h.estimate && h.term === "year" && h.year === undefined && period !== null && period.end > asOf && all.some((o) => o !== h && !o.estimate && o.year === undefined && o.term !== undefined && o.term !== "year");
  return unnamed ? 0 : open ? h.year! * 100 : termRank(h, monthly);
}

/** True when at least one, and at least half, of a column's first 40 filled cells satisfy `says`. */
function mostCellsSay(sheet: SheetData, col: number, rows: number[], says: (v: CellValue) => boolean): boolean {
  let filled = 0;
  let said = 0;
  for (const r of rows) {
    if (filled >= 40) break;
    const v = sheet.values[r]?.[col];
    if (isEmptyCell(v)) continue;
    filled++;
    if (says(v!)) said++;
  }
  return said >= 1 && said * 2 >= filled;
}

/** True when most filled cells of a column read as a task's completion ("Đã hoàn thành ngày …", "Chưa", a date). */
function completions(sheet: SheetData, col: number, rows: number[]): boolean {
  return mostCellsSay(sheet, col, rows, (v) => {
    const c = readCompletion(v);
    return c.kind === "done" || c.kind === "notDone";
  });
}

/** True when most filled cells of a column state a deadline in words ("Trước ngày 18/6/2016", "Chậm nhất ngày 10/6"). */
function duePhrases(sheet: SheetData, col: number, rows: number[]): boolean {
  return mostCellsSay(sheet, col, rows, (v) => typeof v === "string" && /^(truoc|cham nhat|han|trong|khong qua|toi da) /.test(fold(v.trim())));
}

/**
 * Whether a column's cells are deadlines: at least half of its filled cells are date cells or texts naming a day,
 * month, quarter or term ("Ngày 28/8/2024", "Tháng 9-10/2024", "Quý I/2025"); plain numbers are no evidence (a
 * count is not a day).
 */
function deadlines(sheet: SheetData, col: number, rows: number[], asOf: string): boolean {
  let filled = 0;
  let dated = 0;
  for (const r of rows) {
    if (filled >= 40) break;
    const v = sheet.values[r]?.[col];
    if (isEmptyCell(v)) continue;
    filled++;
    if ((v instanceof Date || typeof v === "string") && deadlineOf(v, null, asOf) !== null) dated++;
  }
  return dated >= 2 && dated * 2 >= filled;
}

/** Words saying a target applies to every row alike: "mỗi tiêu chí", "từng trường", "tất cả", "các đơn vị". */
const EACH = /\b(moi|tung|tat ca|toan bo|cac|moi mot)\b/;

/** The level a mark column's heading names ("Mức 2" → 2, "Không đạt" → 0), or null ("Tốt", "Khá"). */
function markLevel(label: string): number | null {
  const f = fold(label);
  const m = /\b(muc do|muc|cap do|level|bac)\s*(\d{1,2})\b/.exec(f);
  if (m) return Number(m[2]);
  return NO_SET.has(label.trim().toLowerCase().replace(/\s+/g, " ")) ? 0 : null;
}
const NO_SET = new Set(NO_WORDS);

/** Roles a mark column's heading may have been given and lose to its marks ("Mức 1" reads as a norm). */
const MARKABLE: ReadonlySet<string> = new Set(["target", "actual", "rate", "completion", "assessment", "level"]);

function listLayout(sheet: SheetData, band: HeaderBand, base: Base, asOf: string, period: Period | null = null): ListLayout {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const percentHeaders: ColumnRole[] = [];
  const unplaced: Unplaced[] = [];
  const decisions: Bilingual[] = [];
  const headings: NonNullable<ListLayout["headings"]> = {};
  const timing = new Set<number>();
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const byRole = new Map<ColumnRole, ColumnHeading[]>();
  const add = (role: ColumnRole, c: ColumnHeading) => {
    const l = byRole.get(role);
    if (l) l.push(c);
    else byRole.set(role, [c]);
  };

  // The key column is the name; a second "Chỉ tiêu" is the target, "Đơn vị" beside a name is the ĐVT.
  const readings = new Map<number, HeaderReading>();
  for (const c of band.columns) {
    // The key column is the name even under a blank heading (a yearbook's row labels).
    if (c.label === "" && c.col !== band.keyCol) continue;
    let h = c.reading;
    if (c.col === band.keyCol) h = { ...h, role: "name" };
    else if (h.role === "name" && h.alt === "target") h = { ...h, role: "target" };
    else if (h.role === "unitName") h = { ...h, role: "unit" };
    readings.set(c.col, h);
  }
  // A time series ("2018-2019 | … | Sơ bộ 2022-2023" over indicator rows): with no figure column named, the period
  // columns hold the figures, the latest this period's, the earlier ones baselines; a breakdown's parts ("Năm 2020 ⟩
  // Chia ra ⟩ Công lập") are not: the whole beside them is the figure.
  const anyFigure = [...readings.values()].some((h) => h.role === "actual" || h.role === "rate" || h.role === "actualNumerator");
  if (!anyFigure) {
    for (const [c, h] of readings) if (h.role === null && h.year !== undefined && !h.part && c !== band.keyCol) readings.set(c, { ...h, role: "actual" });
  }
  // What the cells say (core/table/evidence.ts), where a heading says nothing or its data says otherwise.
  const dataRows: number[] = [];
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) if (!hiddenRows.has(r)) dataRows.push(r);
  const evidence = new Map<number, Evidence>();
  const ev = (col: number): Evidence => {
    let e = evidence.get(col);
    if (!e) evidence.set(col, (e = columnEvidence(sheet, col, dataRows)));
    return e;
  };
  const visible = band.columns.filter((c) => !c.hidden && c.col !== band.keyCol && readings.has(c.col));
  // Marks ("x" under "Không đạt | Mức 1 | Mức 2 | Mức 3"): the heading of the column marked is the row's figure, so
  // these columns are neither norms nor figures of their own.
  const markCols = visible.filter((c) => {
    const role = readings.get(c.col)!.role;
    return (role === null || MARKABLE.has(role)) && holdsMarks(ev(c.col));
  });
  let marks: MarkColumn[] | undefined;
  if (markCols.length >= 2) {
    marks = markCols.map((c) => {
      const label = c.texts[c.texts.length - 1] ?? c.label;
      return { col: c.col, label, level: markLevel(label) };
    });
    for (const c of markCols) readings.delete(c.col);
    const list = markCols.map((c) => `${columnLetters(c.col + (sheet.origin?.col ?? 0))} "${c.label}"`).join(", ");
    decisions.push({
      vi: `Các cột ${list} chứa dấu đánh dấu: kết quả mỗi dòng là tiêu đề cột được đánh dấu${marks.every((m) => m.level !== null) ? " (mức cao nhất)" : ""}.`,
      en: `Columns ${list} hold marks: each row's result is the heading of the column marked${marks.every((m) => m.level !== null) ? " (the highest level)" : ""}.`,
    });
  }
  // Answers by level ("Kết quả" over "Mức 1 | Mức 2 | Mức 3", each cell "Đạt" / "Không đạt"): the title names the
  // level aimed at ("phấn đấu đạt Mức 2"); that column's answer is each row's figure against it, the others not judged.
  let aimed: { text: string; row: number } | undefined;
  let below: number[] = [];
  const levelOf = (c: ColumnHeading) => markLevel(c.texts[c.texts.length - 1] ?? c.label) ?? 0;
  const answers = marks ? [] : visible.filter((c) => levelOf(c) > 0 && (readings.get(c.col)!.role === null || MARKABLE.has(readings.get(c.col)!.role!)));
  const aim = answers.length >= 2 ? titleLevel(sheet, band.rows[0]) : null;
  const own = aim ? answers.filter((c) => levelOf(c) === aim.level && ev(c.col).yesno >= 1 && ev(c.col).yesno * 5 >= ev(c.col).filled * 3) : [];
  if (aim && own.length === 1) {
    aimed = { text: `Mức ${aim.level}`, row: aim.row };
    below = answers.filter((c) => levelOf(c) < aim.level).map((c) => c.col);
    for (const c of answers) readings.delete(c.col);
    readings.set(own[0].col, { ...own[0].reading, role: "actual" });
    for (const c of answers) if (c !== own[0]) unplaced.push({ col: c.col, header: c.label, message: { vi: `Cột ${at(sheet, c)} là kết quả ở mức khác; không đánh giá.`, en: `Column ${at(sheet, c)} is another level's result; not judged.` } });
    decisions.push({ vi: `Cột ${at(sheet, own[0])} (đạt / không đạt) là kết quả, đối chiếu với mức ${aim.level} mà tiêu đề nêu (dòng ${aim.row + 1 + (sheet.origin?.row ?? 0)}).`, en: `Column ${at(sheet, own[0])} (met / not met) is the result, against level ${aim.level} the title names (row ${aim.row + 1 + (sheet.origin?.row ?? 0)}).` });
  }
  // A heading the vocabulary does not know ("Giai đoạn 2010-2015", "Tầm nhìn 2020") over target phrases is a target.
  for (const c of visible) {
    const h = readings.get(c.col);
    if (!h || h.role !== null) continue;
    if (holdsTargets(ev(c.col))) {
      readings.set(c.col, { ...h, role: "target" });
      decisions.push({ vi: `Cột ${at(sheet, c)} là cột chỉ tiêu vì các ô ghi chỉ tiêu (như "từ … trở lên", "ít nhất …").`, en: `Column ${at(sheet, c)} is a target column, as its cells state targets ("từ … trở lên", "ít nhất …").` });
    }
  }
  // Beside targets that are all horizons still ahead ("Mục tiêu đến năm 2025 | … 2030"), the period's own target may
  // bear a heading no vocabulary row holds ("Mốc đề ra"): the one unnamed column of figures with target phrases among
  // them ("Dưới 2,5", "≥ 95") is it, and the horizons are the roadmap, not due.
  const periodTarget = horizonTarget(visible, readings, ev, asOf);
  if (periodTarget) {
    readings.set(periodTarget.col, { ...readings.get(periodTarget.col)!, role: "target" });
    decisions.push({ vi: `Cột ${at(sheet, periodTarget)} là chỉ tiêu của kỳ này vì các ô ghi chỉ tiêu, bên cạnh các cột chỉ tiêu của mốc sau.`, en: `Column ${at(sheet, periodTarget)} is this period's target, as its cells state targets, beside targets of later horizons.` });
  }
  // A task table whose result column no word names: the column whose cells say done or not done, and when.
  const roleOf = (r: string) => [...readings.values()].some((h) => h.role === r);
  if ((roleOf("deadline") || roleOf("timing")) && !roleOf("completion") && !roleOf("actual")) {
    const said = visible.filter((c) => readings.get(c.col)?.role === null && completions(sheet, c.col, dataRows));
    if (said.length === 1) {
      readings.set(said[0].col, { ...readings.get(said[0].col)!, role: "completion" });
      decisions.push({ vi: `Cột ${at(sheet, said[0])} là kết quả thực hiện nhiệm vụ vì các ô ghi đã hay chưa hoàn thành.`, en: `Column ${at(sheet, said[0])} is the tasks' result, as its cells say whether they were done.` });
    }
  }
  // Two columns read as deadlines ("Thời hạn gửi" beside "Ngày nhận"): where one's cells state the deadline ("Trước
  // ngày 18/6/2016") and the other's, to its right, say when each was done ("16/06/2016", "Chưa gửi"), that one is the
  // result: the day a report was received, never a second deadline.
  if (!roleOf("completion") && !roleOf("actual")) {
    // (A progress heading, "Tiến độ thực hiện đến ngày 30/11/2025", reads as a timing: 191.)
    const due = visible.filter((c) => readings.get(c.col)?.role === "deadline" || readings.get(c.col)?.role === "timing");
    // (Or name months, quarters, years that read as no result: "Quý III/2025 | Đạt 85% khối lượng", 191.)
    // Where only one of the two is mostly days ("Từ 01/7 đến 03/7/2026" beside "Hoàn thành", "Đã gửi ngày 06/8"), that one
    // is the schedule, though a day alone may also read as the day a task was done.
    const dated = due.filter((c) => deadlines(sheet, c.col, dataRows, asOf));
    const phrased = due.filter((c) => duePhrases(sheet, c.col, dataRows) || (dated.includes(c) && (dated.length === 1 || !completions(sheet, c.col, dataRows))));
    const done = due.filter((c) => !phrased.includes(c) && c.col > (phrased[0]?.col ?? Infinity) && completions(sheet, c.col, dataRows));
    if (due.length === 2 && phrased.length === 1 && done.length === 1) {
      readings.set(done[0].col, { ...readings.get(done[0].col)!, role: "completion" });
      decisions.push({ vi: `Cột ${at(sheet, done[0])} là ngày thực hiện (không phải thời hạn) vì các ô ghi ngày đã làm hay chưa, bên cạnh cột ${at(sheet, phrased[0])} ghi thời hạn.`, en: `Column ${at(sheet, done[0])} is when each was done (not a deadline), as its cells say so, beside the deadlines in column ${at(sheet, phrased[0])}.` });
    }
  }
  // A task table whose schedule no word names ("Thời gian theo kế hoạch"): beside one result column whose cells say
  // done or not done, the one unnamed column whose cells are days, months or terms is the deadline.
  if (!roleOf("deadline") && !roleOf("timing") && !roleOf("target")) {
    const results = visible.filter((c) => ["completion", "actual"].includes(readings.get(c.col)?.role ?? "") && completions(sheet, c.col, dataRows));
    const dated = visible.filter((c) => readings.get(c.col)?.role === null && deadlines(sheet, c.col, dataRows, asOf));
    if (results.length === 1 && dated.length === 1) {
      readings.set(dated[0].col, { ...readings.get(dated[0].col)!, role: "timing" });
      decisions.push({ vi: `Cột ${at(sheet, dated[0])} là thời hạn của từng việc vì các ô ghi ngày, tháng hoặc kỳ.`, en: `Column ${at(sheet, dated[0])} is each task's deadline, as its cells give days, months or terms.` });
    }
  }
  const figureRoles = new Set(["actual", "rate", "actualNumerator", "actualDenominator", "baseline", "completion", "deadline", "timing"]);
  // A checklist whose only answers are the clerk's own ("Yêu cầu | Tự đánh giá: Đạt / Chưa đạt"): the answers are the
  // figures, judged against the requirement (an answer is never left as if the row had none).
  if (!marks && ![...readings.values()].some((h) => h.role !== null && figureRoles.has(h.role))) {
    // So are its levels ("Tự đánh giá đến 30/6/2025": "Mức 2" against "Mục tiêu năm 2025": "Mức 3") or scores.
    const answers = visible.filter((c) => readings.get(c.col)?.role === "assessment" && (ev(c.col).yesno + ev(c.col).figure) * 5 >= ev(c.col).filled * 3 && ev(c.col).yesno + ev(c.col).figure > 0);
    if (answers.length === 1) {
      readings.set(answers[0].col, { ...readings.get(answers[0].col)!, role: "actual" });
      decisions.push({ vi: `Bảng không có cột số liệu: cột ${at(sheet, answers[0])} (${ev(answers[0].col).yesno ? "đạt / chưa đạt" : "tự đánh giá"}) được dùng làm kết quả.`, en: `The table has no figure column: column ${at(sheet, answers[0])} (${ev(answers[0].col).yesno ? "met / not met" : "the self-assessment"}) is read as the result.` });
    }
  }
  // No column named as the figure: the one unnamed column of figures is. Several (a breakdown "Lớp 6 | Lớp 7 …")
  // are no evidence for any one of them.
  if (!marks && ![...readings.values()].some((h) => h.role !== null && figureRoles.has(h.role))) {
    // A heading opening with a plan word ("Kế hoạch dự giờ cả năm") is a plan the vocabulary did not read, never the result.
    const cands = visible.filter((c) => readings.get(c.col)?.role === null && readings.get(c.col)?.year === undefined && !c.reading.part && holdsFigures(ev(c.col)) && !PLAN_OF.test(fold(c.texts.at(-1) ?? "")));
    // Several under one parent told apart by their terms ("… / Học kỳ I | Học kỳ II | Cả năm"): the latest term.
    // Without a shared parent, only a term above all the others ("Quý I … Quý IV | Cả năm"): quarters alone are parts.
    const termed = cands.length > 1 && cands.every((c) => readings.get(c.col)!.term !== undefined);
    const ranked = [...cands].sort((a, b) => termRank(readings.get(b.col)!) - termRank(readings.get(a.col)!) || ev(b.col).filled - ev(a.col).filled || b.col - a.col);
    const shared = cands.every((c) => c.texts.length > 1 && c.texts[0] === cands[0].texts[0]);
    const above = termed && ranked.length > 1 && termRank(readings.get(ranked[0].col)!) > termRank(readings.get(ranked[1].col)!) && readings.get(ranked[0].col)!.term !== "quarter";
    // Several, but a share's formulas divide one of them by the target column ("Tỷ lệ so kế hoạch" = D/C on every row):
    // that one is the figure compared with the plan; the others ("Tổng chi trong năm") have no target.
    const rows: number[] = [];
    for (let r = base.firstDataRow; r <= base.lastDataRow; r++) rows.push(r);
    const planned = visible.filter((c) => readings.get(c.col)?.role === "target").flatMap((t) => visible.map((k) => dividedBy(sheet, k.col, t.col, rows)));
    const divided = cands.length > 1 ? cands.filter((c) => planned.includes(c.col)) : [];
    const pick = cands.length === 1 ? cands[0] : divided.length === 1 ? divided[0] : termed && (shared || above) ? ranked[0] : undefined;
    if (pick) {
      readings.set(pick.col, { ...readings.get(pick.col)!, role: "actual" });
      const others = cands.filter((c) => c !== pick);
      decisions.push({
        vi: `Cột ${at(sheet, pick)} là số liệu thực hiện vì các ô là số liệu${others.length ? ` của kỳ sau cùng, không dùng ${others.map((c) => at(sheet, c)).join(", ")}` : ""}.`,
        en: `Column ${at(sheet, pick)} is read as the actual, as its cells are figures${others.length ? ` of the latest term, not ${others.map((c) => at(sheet, c)).join(", ")}` : ""}.`,
      });
    }
  }
  // Columns naming an earlier year than the latest one on the sheet hold last year's figures.
  // A target's horizon ("đến năm 2025") is no figure's year; the latest actual or yearly target year is this period.
  // A yearly target after the as-of date's year ("Đăng ký năm 2024" in October 2023) is the next period's: this
  // year's figures beside it are this year's, not baselines.
  const asOfYear = Number(asOf.slice(0, 4));
  // An earlier year's count pair ("Năm học 2019-2020 ⟩ Tổng số" beside "Năm học 2020-2021 ⟩ Tổng số") is its baseline too.
  const counted = (r: string | null) => r === "actual" || r === "rate" || r === "actualNumerator" || r === "actualDenominator";
  // A round named by a month after the as-of date ("Đợt 2 (tháng 3/2012)" read in November 2011) is not yet held:
  // its year is no period's, so the round held beside it is this period's, not last year's.
  const ahead = new Set(band.columns.filter((c) => [...fold(c.label).matchAll(/\bthang (\d{1,2}) (?:nam )?((?:19|20)\d\d)\b/g)].some((m) => `${m[2]}-${m[1].padStart(2, "0")}` > asOf.slice(0, 7))).map((c) => c.col));
  const latest = Math.max(0, ...[...readings].filter(([col, h]) => (counted(h.role) && !ahead.has(col)) || (h.role === "target" && !h.horizon && !((h.year ?? 0) > asOfYear))).map(([, h]) => h.year ?? 0));
  for (const c of band.columns) {
    const h = readings.get(c.col);
    if (!h) continue;
    if (c.hidden) {
      if (h.role && sheet.hiddenColumns?.includes(c.col)) unplaced.push({ col: c.col, header: c.label, message: { vi: `Cột ẩn ${at(sheet, c)} không được đọc.`, en: `Hidden column ${at(sheet, c)} is not read.` } });
      continue;
    }
    let role = h.role as ColumnRole | null;
    // A schedule ("Thời gian thực hiện: Quý IV/2022") is a task's deadline when no column says "hạn" outright.
    if ((role as string) === "timing") {
      role = "deadline";
      timing.add(c.col);
    }
    if (role && !LIST_ROLES.has(role)) {
      // Known but not judged: a completion ratio is said, so nobody wonders why it was not taken as the figure.
      if (role === ("ratio" as ColumnRole)) {
        unplaced.push({ col: c.col, header: c.label, message: { vi: `Cột ${at(sheet, c)} là cột so sánh (so với kế hoạch hoặc tăng, giảm), không dùng làm số thực hiện.`, en: `Column ${at(sheet, c)} compares figures (with the plan, or a change), not used as the actual.` } });
      }
      continue;
    }
    if (counted(role) && h.year !== undefined && latest > h.year) role = "baseline";
    // A term of office's plan ("Chỉ tiêu cả nhiệm kỳ") is due at the term's end: the heading's years, else the title's.
    // With no end to read, or an end before the figures' year (last term's plan), it is no target for these figures.
    if (role === "target" && h.horizon && /\bnhiem ki\b/.test(fold(c.label))) {
      const end = h.year ?? termEnd(sheet, band.rows[0]);
      if (end === undefined || end < (latest || asOfYear)) {
        unplaced.push({ col: c.col, header: c.label, message: end === undefined ? { vi: `Cột ${at(sheet, c)} là chỉ tiêu cả nhiệm kỳ nhưng không rõ nhiệm kỳ kết thúc năm nào; không đánh giá.`, en: `Column ${at(sheet, c)} is a term's plan, but the term's end is not stated; not judged.` } : { vi: `Cột ${at(sheet, c)} là chỉ tiêu của nhiệm kỳ đã kết thúc năm ${end}; không đánh giá số liệu sau đó theo cột này.`, en: `Column ${at(sheet, c)} is the plan of a term that ended in ${end}; later figures are not judged against it.` } });
        continue;
      }
      readings.set(c.col, { ...h, year: end });
    }
    if (!role) {
      unplaced.push({ col: c.col, header: c.label, message: { vi: `Không rõ cột ${at(sheet, c)} dùng để làm gì; bỏ qua.`, en: `Column ${at(sheet, c)} has no known role; ignored.` }, reason: "unknown" });
      continue;
    }
    add(role, c);
  }

  // Norm columns by level ("Mức tối thiểu | Mức độ 1 | Mức độ 2"): the title says which level the sheet answers
  // ("nhà trường đăng ký đạt Mức độ 1"); the others are norms of other levels, not this sheet's targets.
  const level = titleLevel(sheet, band.rows[0])?.level ?? null;
  const targets = byRole.get("target");
  if (level !== null && targets && targets.length > 1) {
    const named = targets.filter((c) => new RegExp(`\\bmuc( do)? ${level}\\b`).test(fold(c.label)));
    if (named.length === 1) {
      for (const o of targets) {
        if (o === named[0]) continue;
        unplaced.push({ col: o.col, header: o.label, message: { vi: `Cột ${at(sheet, o)} là mức của cấp khác; dùng cột ${at(sheet, named[0])} theo tiêu đề (mức ${level}).`, en: `Column ${at(sheet, o)} is another level's norm; column ${at(sheet, named[0])} is used, as the title names level ${level}.` } });
      }
      decisions.push({ vi: `Dùng cột ${at(sheet, named[0])} làm chỉ tiêu vì tiêu đề nêu mức ${level}.`, en: `Column ${at(sheet, named[0])} is the target, as the title names level ${level}.` });
      byRole.set("target", named);
    }
  }

  // Targets of several horizons or years ("Giai đoạn 2010-2015 | Tầm nhìn 2020", "đến 2025 | đến 2030"): the one due.
  const dated = byRole.get("target");
  if (periodTarget && dated && dated.includes(periodTarget)) {
    for (const o of dated) {
      if (o === periodTarget) continue;
      unplaced.push({ col: o.col, header: o.label, message: { vi: `Cột ${at(sheet, o)} là chỉ tiêu của mốc sau, chưa đến hạn; dùng cột ${at(sheet, periodTarget)}.`, en: `Column ${at(sheet, o)} is a later horizon's target, not yet due; column ${at(sheet, periodTarget)} is used.` } });
    }
    byRole.set("target", [periodTarget]);
  } else if (dated && dated.length > 1) {
    const actualYear = Math.max(0, ...(byRole.get("actual") ?? []).map((c) => readings.get(c.col)?.year ?? 0));
    const due = dueTarget(dated.map((c) => ({ c, year: readings.get(c.col)?.year })), asOf, actualYear);
    if (due) {
      for (const o of dated) {
        if (o === due.c) continue;
        unplaced.push({ col: o.col, header: o.label, message: { vi: `Cột ${at(sheet, o)} là chỉ tiêu của mốc khác; dùng cột ${at(sheet, due.c)}.`, en: `Column ${at(sheet, o)} is another horizon's target; column ${at(sheet, due.c)} is used.` } });
      }
      decisions.push({ vi: `Dùng cột ${at(sheet, due.c)} làm chỉ tiêu vì ${due.why.vi}, không dùng ${dated.filter((o) => o !== due.c).map((o) => at(sheet, o)).join(", ")}.`, en: `Column ${at(sheet, due.c)} is the target, as ${due.why.en}, not ${dated.filter((o) => o !== due.c).map((o) => at(sheet, o)).join(", ")}.` });
      byRole.set("target", [due.c]);
    }
  }

  // "Số lượng | Tổng số | Thực tế của nhà trường": the count just left of the whole is the numerator of the share the
  // other figure column states, never its rival for the figure.
  const dens = byRole.get("actualDenominator");
  const acts = byRole.get("actual");
  const num = dens?.length === 1 && acts && acts.length > 1 && !byRole.has("actualNumerator") ? acts.find((c) => c.col + 1 === dens[0].col) : undefined;
  if (num) {
    byRole.set("actualNumerator", [num]);
    byRole.set("actual", acts!.filter((c) => c !== num));
  }
  let targetAlt: ListLayout["targetAlt"];
  let targetBoth: ListLayout["targetBoth"];
  let nameAlt: number | undefined;
  let earlier: number[] | undefined;
  let tied: number[] | undefined;
  let tiedDecision: Bilingual | undefined;
  let tiedUnits = false;
  // One column per role: the one with figures; among actual columns the latest term, reported before estimated.
  // The figure is chosen before the target, so that a plan and result paired under one period heading ("Quý I ⟩ KH |
  // TH | Quý II ⟩ KH | Ước TH" beside "Kế hoạch năm") stay a pair: the figure's plan is the one under its heading.
  let apart: number[] | undefined;
  for (const [role, cands] of [...byRole].sort((a, b) => Number(b[0] == "actual") - Number(a[0] == "actual"))) {
    let chosen = cands[0];
    const act = role == "target" && columns.actual !== undefined ? visible.find((c) => c.col === columns.actual) : undefined;
    const mate = act && act.texts.length > 1 ? cands.filter((c) => c.texts.length > 1 && c.texts[0] === act.texts[0]) : [];
    if (mate.length == 1 && cands.length > 1) {
      chosen = mate[0];
      const others = cands.filter((c) => c !== chosen);
      decisions.push({ vi: `Dùng cột ${at(sheet, chosen)} làm chỉ tiêu (cùng "${act!.texts[0]}" với số thực hiện), không dùng ${others.map((o) => at(sheet, o)).join(", ")}.`, en: `Column ${at(sheet, chosen)} is the target (under "${act!.texts[0]}" with the actual), not ${others.map((o) => at(sheet, o)).join(", ")}.` });
      // The other periods' results are figures not judged, counted so, never passed over in silence.
      apart = (byRole.get("actual") ?? []).filter((c) => c !== act && filled(sheet, c.col, base, hiddenRows) > 0).map((c) => c.col);
    } else if (cands.length > 1) {
      // Parts of one period told apart only by what they measure ("Năm 2024" over "Điểm TB | Thứ hạng (/63)"): the part
      // the targets speak of ("Xếp thứ 10/63 trở lên", "Giữ vững thứ hạng") is the figure they judge.
      // Terms of one result heading ("Thực hiện ⟩ Học kỳ I | Học kỳ II | Cả năm") are told apart by their term, never by
      // the targets' words ("học sinh" is no "học kỳ"): of two ranked alike, the later on the sheet closes the year.
      // Only where one of them is the whole year ("Cả năm"): quarters or terms alone are parts to add, none closes the year.
      const termOf = (c: ColumnHeading) => readHeader(c.texts[c.texts.length - 1]).term;
      const termed = role === "actual" && cands.every((c) => c.texts.length > 1 && c.texts[0] === cands[0].texts[0] && termOf(c) !== undefined) && cands.some((c) => termOf(c) === "year");
      const fits = (role === "actual" || role === "baseline") && !termed ? targetFit(sheet, cands, byRole.get("target") ?? [], base, hiddenRows) : null;
      // A month's plan ("Kế hoạch tháng 8") is the month's figure's: the month column is not ranked below the figure to date.
      const monthly = (byRole.get("target") ?? []).some((t) => readings.get(t.col)?.month);
      const scored = cands.map((c, i) => ({
        c,
        n: filled(sheet, c.col, base, hiddenRows),
        rank: role === "actual" || role === "rate" || role === "baseline" ? figureRank(readings.get(c.col)!, cands.map((o) => readings.get(o.col)!), asOf, period, monthly) : role === "deadline" && readings.get(c.col)?.planned ? 2 : role === "deadline" && !timing.has(c.col) ? 1 : 0,
        fit: fits?.[i] ?? 0,
        // Of two figure columns of one term ("Thực trạng của nhà trường | Số liệu"), the one whose cells read as
        // figures is the figure; the other describes it in words.
        figures: role === "actual" || role === "rate" || role === "baseline" ? readable(sheet, c.col, base, hiddenRows) : 0,
        // A plan for a whole term or stage ("Chỉ tiêu cả nhiệm kỳ") is met by the sum to date ("Lũy kế"), not by one year's part.
        cum: role === "actual" && (byRole.get("target") ?? []).some((t) => readings.get(t.col)?.horizon) && /\b(luy ke|cong don)\b/.test(fold(c.label)) ? 1 : 0,
      }));
      scored.sort((a, b) => Number(b.n > 0) - Number(a.n > 0) || b.cum - a.cum || b.rank - a.rank || (termed ? b.c.col - a.c.col : 0) || b.fit - a.fit || b.figures - a.figures || b.n - a.n || a.c.col - b.c.col);
      chosen = scored[0].c;
      const others = scored.slice(1);
      for (const o of others) {
        unplaced.push({
          col: o.c.col,
          header: o.c.label,
          message: {
            vi: `Cột ${at(sheet, o.c)} trùng vai trò với cột ${at(sheet, chosen)}; dùng cột ${columnLetters(chosen.col + (sheet.origin?.col ?? 0))}.`,
            en: `Column ${at(sheet, o.c)} repeats the role of column ${at(sheet, chosen)}; column ${columnLetters(chosen.col + (sheet.origin?.col ?? 0))} is used.`,
          },
        });
      }
      if ((role === "actual" || role === "target") && others.some((o) => o.n > 0)) {
        // Two target columns no reading ranks ("Nghị quyết HĐND xã | Kế hoạch UBND xã"): the figure is judged on both.
        const same = (o: (typeof scored)[number]) => o.n > 0 && o.rank === scored[0].rank && o.fit === scored[0].fit && o.figures === scored[0].figures && o.n === scored[0].n;
        // How many columns stand equal, the one read included: "hai cột", or ten districts' "10 cột".
        const k = 1 + others.filter(same).length;
        const why =
          scored[0].rank > others[0].rank || termed
            ? readings.get(others[0].c.col)!.estimate && !readings.get(chosen.col)!.estimate && readings.get(others[0].c.col)!.year === readings.get(chosen.col)!.year
              ? { vi: "số liệu đã báo cáo; cột kia chỉ ước tính cho năm chưa hết", en: "a reported figure; the other only estimates a year not yet over" }
              : monthly && readings.get(chosen.col)!.month
              ? { vi: "số liệu của tháng, như kế hoạch tháng", en: "the month's figure, as the plan is the month's" }
            : readings.get(others[0].c.col)!.month
                ? { vi: "số liệu cả kỳ; cột kia chỉ là một tháng", en: "the figure for the whole span; the other is one month alone" }
                : { vi: "kỳ sau hơn", en: "the later term" }
            : scored[0].fit > others[0].fit
              ? { vi: "các chỉ tiêu nói về cột này", en: "the targets speak of this column" }
              : scored[0].figures > others[0].figures
                ? { vi: "các ô đọc được là số liệu, cột kia ghi bằng lời", en: "its cells read as figures, the other's are words" }
              : scored[0].n > others[0].n
                ? { vi: "nhiều số liệu hơn", en: "more figures" }
                : { vi: `cột đứng trước; ${k > 2 ? `${k} cột` : "hai cột"} ngang nhau, chỉ lại bằng --map nếu sai`, en: `the first of ${k > 2 ? k : "two"} equal columns; map it with --map if wrong` };
        // Figure columns told apart by nothing but their place ("Thực hiện năm 2016 ⟩ TP Nam Định | Mỹ Lộc | …"): the
        // first is read, the others' figures are figures the check did not judge, never passed over in silence.
        // So are parts of one result heading each naming a unit and nothing else ("Kết quả thực hiện của thôn ⟩ Thôn Hòa
        // Bình | Thôn Tân Thành"): which one's cells read better or fit the targets' words says nothing of the others.
        // A parent naming the kind of unit ("Kết quả thực hiện theo lớp ⟩ Mầm 1 | Chồi 1 | Lá 1") makes each part a unit
        // whatever it is called, as long as the part names no role, year, term or share of its own.
        const byUnit = RESULT_BY_UNIT.test(fold(chosen.texts[0]));
        const unitPart = (c: ColumnHeading) => c.texts.length >= 2 && c.texts[0] === chosen.texts[0] && (isUnitName(c.texts[c.texts.length - 1]) || (byUnit && isBare(c.texts[c.texts.length - 1])));
        if (role === "actual" && unitPart(chosen) && others.every((o) => unitPart(o.c) && o.n > 0)) {
          tied = others.map((o) => o.c.col);
          tiedUnits = true;
        } else if (role === "actual" && same(others[0]) && !termed) {
          tied = others.filter(same).map((o) => o.c.col);
          // Equal columns each headed by a unit's name ("TP Nam Định | Mỹ Lộc"), not by what is measured ("Điểm TB | Thứ hạng").
          tiedUnits = [chosen, ...others.filter(same).map((o) => o.c)].every((c) => unitHeading(c.texts[c.texts.length - 1] ?? ""));
        }
        if (role === "target" && same(others[0]) && !others.slice(1).some(same)) {
          targetBoth = { col: others[0].c.col, percent: readings.get(others[0].c.col)!.percent };
          decisions.push({
            vi: `Cột ${at(sheet, chosen)} và cột ${at(sheet, others[0].c)} đều ghi chỉ tiêu, ngang nhau: số liệu được so với cả hai, hai kết quả khác nhau thì cần xác nhận.`,
            en: `Columns ${at(sheet, chosen)} and ${at(sheet, others[0].c)} both state targets, neither ranked first: figures are judged on both, and asked about where the two verdicts differ.`,
          });
        } else {
          const d = {
            vi: `Dùng cột ${at(sheet, chosen)} làm ${role === "actual" ? "số thực hiện" : "chỉ tiêu"} (${why.vi}), không dùng ${others.map((o) => at(sheet, o.c)).join(", ")}.`,
            en: `Column ${at(sheet, chosen)} is read as the ${role === "actual" ? "actual" : "target"} (${why.en}), not ${others.map((o) => at(sheet, o.c)).join(", ")}.`,
          };
          decisions.push(d);
          if (role === "actual" && tied) tiedDecision = d;
        }
      }
    }
    columns[role] = chosen.col;
    // "2010 | 2011 | … | 2017 | 2018": every year before the figure's is a baseline, the latest of them the one used.
    if (role === "baseline" && cands.length > 1) earlier = cands.filter((c) => c !== chosen).map((c) => c.col);
    // "Nội dung" merged over two columns: main items in one, sub-items in the other; a row names itself in either.
    if (role === "name" && cands.length === 2) {
      const other = cands.find((c) => c !== chosen)!;
      if (Math.abs(other.col - chosen.col) === 1 && other.texts.join("\u0001") === chosen.texts.join("\u0001") && filled(sheet, other.col, base, hiddenRows) > 0) nameAlt = other.col;
    }
    // "Kế hoạch" over "Số lượng | Tỷ lệ": the other part of the same target, for rows that fill only that one.
    if (role === "target" && cands.length === 2) {
      const other = cands.find((c) => c !== chosen)!;
      if (chosen.texts.length > 1 && other.texts.length > 1 && chosen.texts[0] === other.texts[0] && !readings.get(other.col)!.year && !readings.get(chosen.col)!.year) {
        targetAlt = { col: other.col, percent: readings.get(other.col)!.percent || /^(ti le|tl)\b/.test(fold(other.texts[other.texts.length - 1])) };
      }
    }
    const h = readings.get(chosen.col)!;
    if (h.percent) percentHeaders.push(role);
    if ((role === "target" || role === "actual" || role === "rate") && (h.term || h.year || h.horizon)) {
      // A quarter named with its year ("Quý II/2021"): the day it ends, when a plan of that quarter falls due.
      const q = h.term == "quarter" && h.year ? /\bquy (iv|i{1,3}|[1-4])\b/.exec(fold(chosen.label)) : null;
      const end = q ? new Date(Date.UTC(h.year!, 3 * (Number(q[1]) || { i: 1, ii: 2, iii: 3, iv: 4 }[q[1]]!), 0)).toISOString().slice(0, 10) : undefined;
      // The year's column beside its parts under one heading, a part filled and a later one still blank ("Thực hiện ⟩
      // Học kỳ I | Học kỳ II | Cả năm" with nothing under "Học kỳ II"): the year is not over, its figure is one to date.
      const sibs = role === "actual" && h.term === "year" && chosen.texts.length > 1 ? cands.filter((c) => c !== chosen && c.texts.length > 1 && c.texts[0] === chosen.texts[0]) : [];
      const partFilled = sibs.some((c) => (readings.get(c.col)!.term ?? "year") !== "year" && filled(sheet, c.col, base, hiddenRows) > 0);
      // Only where the year's figures are the sums of the filled parts: a year-end summary with the later part just
      // left untyped ("Học kỳ I 12 | Học kỳ II – | Cả năm 25") holds the year's own figure, final.
      const parts = sibs.filter((c) => (readings.get(c.col)!.term ?? "year") !== "year").map((c) => c.col);
      const term = partFilled && sibs.some((c) => filled(sheet, c.col, base, hiddenRows) === 0) && sumOfParts(sheet, chosen.col, parts, base, hiddenRows) ? "todate" : h.term;
      headings[role] = { ...(term ? { term } : {}), ...(h.year ? { year: h.year } : {}), ...(h.horizon ? { horizon: true } : {}), ...(end ? { end } : {}) };
    }
  }

  // A later year's plan is no target for an earlier year's figures ("Năm học 2013-2014 / Số đạt được" beside "Năm học
  // 2014-2015 (KH)"): nothing is judged against it, and that is said. (A horizon, "đến năm 2025", is a later year by
  // design and stays; a term of the same year, "HK I", is the same year.)
  if (columns.target !== undefined && columns.actual !== undefined) {
    const t = readings.get(columns.target);
    const a = readings.get(columns.actual);
    const col = visible.find((c) => c.col === columns.target)!;
    // A school year's plan ("Chỉ tiêu năm học 2011-2012") spans its first year: a round in it ("tháng 10/2011") is its own.
    // Only a school year (consecutive years) does, and only the months it holds (August on): "tháng 5/2024" is 2023-2024's.
    const span = /\bnam hoc ((?:19|20)\d\d) ((?:19|20)\d\d)\b/.exec(fold(col.label));
    const month = /\bthang (\d{1,2}) (?:nam )?((?:19|20)\d\d)\b/.exec(fold(visible.find((c) => c.col === columns.actual)!.label));
    const own = span && month && Number(span[2]) === Number(span[1]) + 1 && Number(month[2]) === Number(span[1]) && Number(month[1]) >= 8;
    if (t?.year && a?.year && !t.horizon && !t.prior && !a.prior && t.year > a.year && !own) {
      const act = visible.find((c) => c.col === columns.actual)!;
      unplaced.push({ col: col.col, header: col.label, message: { vi: `Cột ${at(sheet, col)} là kế hoạch năm ${t.year}, sau năm của số liệu (cột ${at(sheet, act)}, năm ${a.year}); không đánh giá theo cột này.`, en: `Column ${at(sheet, col)} is the ${t.year} plan, later than the figures' year (column ${at(sheet, act)}, ${a.year}); nothing is judged against it.` } });
      delete columns.target;
      delete headings.target;
    }
  }

  // "Thực hiện" over "Số đạt | Tổng số": a numerator without a denominator is just the actual.
  if (columns.actualNumerator !== undefined && columns.actualDenominator === undefined && columns.actual === undefined) {
    columns.actual = columns.actualNumerator;
    delete columns.actualNumerator;
    const i = percentHeaders.indexOf("actualNumerator");
    if (i >= 0) percentHeaders[i] = "actual";
  }
  // A lone "Tổng số" beside the names, with no figure column, is the figure itself (the school's total).
  if (columns.actualDenominator !== undefined && columns.actualNumerator === undefined && columns.actual === undefined && columns.rate === undefined) {
    columns.actual = columns.actualDenominator;
    delete columns.actualDenominator;
  }
  // "Thực hiện" over "Số lượng | Tổng số": the figure beside a denominator is its numerator, so the pair is
  // judged as a share and checked (numerator above denominator) instead of the count being read alone.
  if (columns.actualDenominator !== undefined && columns.actualNumerator === undefined && columns.actual !== undefined) {
    columns.actualNumerator = columns.actual;
    delete columns.actual;
    const i = percentHeaders.indexOf("actual");
    if (i >= 0) percentHeaders[i] = "actualNumerator";
  }
  // Task tables: with a deadline and no target column, the result column ("Kết quả") says what was done.
  if (columns.deadline !== undefined && columns.completion === undefined && columns.target === undefined && columns.actual !== undefined) {
    columns.completion = columns.actual;
    delete columns.actual;
  }

  let confidence = 0;
  if (columns.name !== undefined) confidence += 0.35;
  const figures = columns.actual !== undefined || columns.rate !== undefined || (columns.actualNumerator !== undefined && columns.actualDenominator !== undefined) || marks !== undefined;
  // A target said once above the table applies to the rows that have none.
  // Only for rows alike: a sentence that says it applies to each of them ("mỗi tiêu chí", "các trường"), or rows
  // answered by marks under the same levels. One threshold for a list of different indicators would be a guess.
  const said = columns.target === undefined && columns.deadline === undefined ? sentenceTarget(sheet, band.rows[0]) : null;
  const stated = columns.target === undefined && aimed ? aimed : said && (marks !== undefined || EACH.test(fold(said.text))) ? said : null;
  if (figures || columns.completion !== undefined) confidence += 0.35;
  if (columns.target !== undefined || columns.deadline !== undefined) confidence += 0.15;
  if (columns.stt !== undefined || columns.unit !== undefined) confidence += 0.15;
  confidence = Math.max(0, confidence - 0.05 * unplaced.filter((u) => u.message.vi.includes("trùng vai trò")).length);
  if (!figures && columns.completion === undefined) unplaced.push({ col: -1, header: "", message: { vi: `Không thấy cột ${ROLE_NAMES.actual.vi}.`, en: `No column for ${ROLE_NAMES.actual.en}.` } });
  if (columns.target === undefined && columns.deadline === undefined && !stated) unplaced.push({ col: -1, header: "", message: { vi: `Không thấy cột ${ROLE_NAMES.target.vi}.`, en: `No column for ${ROLE_NAMES.target.en}.` } });

  const layout: ListLayout = { shape: "list", ...base, columns, percentHeaders, confidence: Math.round(confidence * 100) / 100, unplaced };
  if (marks) layout.marks = marks;
  if (below.length && columns.actual !== undefined) layout.levelsBelow = below;
  if (nameAlt !== undefined) {
    layout.nameAlt = nameAlt;
    layout.unplaced = layout.unplaced.filter((u) => u.col !== nameAlt);
  }
  if (tied) layout.tied = tied;
  if (tied && tiedDecision) layout.tiedDecision = tiedDecision;
  if (tied && tiedUnits) layout.tiedUnits = true;
  if (apart?.length) layout.apart = apart;
  if (earlier) {
    layout.earlier = earlier;
    layout.unplaced = layout.unplaced.filter((u) => !earlier!.includes(u.col));
  }
  if (targetBoth && targetAlt === undefined) {
    layout.targetBoth = targetBoth;
    layout.unplaced = layout.unplaced.filter((u) => u.col !== targetBoth!.col);
  }
  if (targetAlt) {
    layout.targetAlt = targetAlt;
    layout.unplaced = layout.unplaced.filter((u) => u.col !== targetAlt!.col);
    decisions.push({ vi: `Cột ${at(sheet, band.columns[targetAlt.col])} là phần còn lại của chỉ tiêu, dùng cho dòng để trống cột ${columnLetters(columns.target! + (sheet.origin?.col ?? 0))}.`, en: `Column ${at(sheet, band.columns[targetAlt.col])} is the other part of the target, used on rows that leave column ${columnLetters(columns.target! + (sheet.origin?.col ?? 0))} blank.` });
  }
  // An adjusted plan beside the plan ("Nghị quyết HĐND xã | Điều chỉnh tại kỳ họp thứ 12", "Kế hoạch | KH điều chỉnh"):
  // where the council or the plan's owner changed a target, the changed one stands; a blank keeps the plan's.
  // Its filled cells must be plans too: unsigned numbers of the plan's size ("+50" beside 1200 is a change, not a plan).
  const plans = (c: number) => {
    for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
      const [a, p] = [sheet.values[r]?.[c], sheet.values[r]?.[columns.target!]];
      // A note keeping the row's plan ("Không điều chỉnh", "Giữ nguyên") is a blank.
      if (isEmptyCell(a) || /^\s*[-–]\s*$/.test(String(a)) || KEPT_PLAN.test(fold(String(a)))) continue;
      const v = typeof a === "number" ? a : /^\s*\d[\d.,]*\s*%?\s*$/.test(a as string) ? Number(String(a).replace(/[.,\s%]/g, "")) : NaN;
      if (!(v >= 0) || (typeof p === "number" && p > 0 && (v / p > 2 || v / p < 1 / 2))) return false;
    }
    return true;
  };
  const adjusted = columns.target === undefined || targetAlt || targetBoth ? undefined : band.columns.find((c) => c && !c.hidden && Math.abs(c.col - columns.target!) === 1 && readings.get(c.col)?.role === null && ADJUSTED_PLAN.test(fold(c.texts[c.texts.length - 1] ?? "")) && !ADJUSTED_DELTA.test(fold(c.texts.join(" "))) && plans(c.col));
  if (adjusted) {
    layout.targetAdjusted = { col: adjusted.col, percent: readings.get(adjusted.col)!.percent };
    layout.unplaced = layout.unplaced.filter((u) => u.col !== adjusted.col);
    decisions.push({ vi: `Cột ${at(sheet, adjusted)} là chỉ tiêu đã điều chỉnh: dòng có số ở đó dùng số đó thay cột ${columnLetters(columns.target! + (sheet.origin?.col ?? 0))}.`, en: `Column ${at(sheet, adjusted)} holds adjusted targets: a row filled there is judged on it instead of column ${columnLetters(columns.target! + (sheet.origin?.col ?? 0))}.` });
  }
  if (stated) {
    layout.sheetTarget = stated;
    const row = stated.row + 1 + (sheet.origin?.row ?? 0);
    decisions.push({ vi: `Chỉ tiêu "${stated.text}" (dòng ${row}) áp dụng cho các dòng không có chỉ tiêu riêng.`, en: `The target "${stated.text}" (row ${row}) applies to the rows without one of their own.` });
  }
  const excluded = excludedRows(sheet, base, band.keyCol, columns, null);
  // Among answers by level, a row whose cell is a count ("9/10" on "Tiêu chuẩn 1") sums the rows under it: no answer.
  if (aimed && columns.actual !== undefined) {
    for (const r of dataRows) {
      const v = sheet.values[r]?.[columns.actual];
      if (cellKind(v) === "figure" && !excluded.some((e) => e.row === r)) excluded.push({ row: r, kind: "total", text: cellText(sheet.values[r]?.[band.keyCol] ?? sheet.values[r]?.[columns.name ?? -1]) });
    }
    excluded.sort((a, b) => a.row - b.row);
  }
  if (excluded.length) layout.excludedRows = excluded;
  if (decisions.length) layout.decisions = decisions;
  if (Object.keys(headings).length) layout.headings = headings;
  return layout;
}

/**
 * Of target columns for several years or horizons, the one due at the as-of date: the one for the actual's year;
 * else the one whose year holds the as-of date; else the latest already ended (a review after the horizon); else the
 * earliest still ahead (its shortfalls are not yet due). Null when the columns name no distinct years.
 */
function dueTarget<T>(cands: Array<{ c: T; year: number | undefined }>, asOf: string, actualYear: number): { c: T; why: Bilingual } | null {
  const years = cands.filter((x): x is { c: T; year: number } => x.year !== undefined);
  if (new Set(years.map((x) => x.year)).size < 2 || years.length !== cands.length) return null;
  const one = (y: number) => {
    const hits = years.filter((x) => x.year === y);
    return hits.length === 1 ? hits[0] : null;
  };
  const sameAsActual = actualYear > 0 ? one(actualYear) : null;
  if (sameAsActual) return { c: sameAsActual.c, why: { vi: `cùng năm ${actualYear} với số liệu thực hiện`, en: `it is for ${actualYear}, the actual's year` } };
  const now = Number(asOf.slice(0, 4));
  const day = isoToVi(asOf);
  const current = one(now);
  if (current) return { c: current.c, why: { vi: `mốc ${now} chứa ngày đánh giá ${day}`, en: `its year ${now} holds the as-of date ${day}` } };
  const ended = years.filter((x) => x.year < now).sort((a, b) => b.year - a.year)[0];
  if (ended) return { c: ended.c, why: { vi: `mốc ${ended.year} đã đến hạn vào ngày đánh giá ${day}`, en: `the ${ended.year} horizon has fallen due by the as-of date ${day}` } };
  const ahead = [...years].sort((a, b) => a.year - b.year)[0];
  return { c: ahead.c, why: { vi: `mốc ${ahead.year} là mốc gần nhất chưa đến hạn vào ngày ${day}`, en: `the ${ahead.year} horizon is the nearest, not yet due on ${day}` } };
}

/**
 * The period's own target column under a heading no vocabulary row holds, beside target columns that are all horizons
 * still ahead of the as-of date: the one unnamed column whose cells are figures with at least one target phrase
 * among them. Null when there is none, or more than one.
 */
function horizonTarget(visible: ColumnHeading[], readings: Map<number, HeaderReading>, ev: (col: number) => Evidence, asOf: string): ColumnHeading | null {
  const targets = [...readings.values()].filter((h) => h.role === "target");
  const now = Number(asOf.slice(0, 4));
  if (targets.length === 0 || !targets.every((h) => h.horizon && h.year !== undefined && h.year > now)) return null;
  const found = visible.filter((c) => {
    const h = readings.get(c.col);
    if (!h || h.role !== null || h.horizon || (h.year !== undefined && h.year !== now)) return false;
    const e = ev(c.col);
    return e.target >= 1 && (e.target + e.figure) * 5 >= e.filled * 4;
  });
  if (found.length === 1) return found[0];
  // None or several: the unnamed column under the same year heading as the latest actual figures ("Năm 2017: Mốc đề ra
  // | Ước TH"), stating a target among its figures, is that year's; else none (asked, never guessed).
  const acts = visible.filter((c) => readings.get(c.col)?.role === "actual");
  const year = Math.max(0, ...acts.map((c) => readings.get(c.col)?.year ?? 0));
  const top = new Set(acts.filter((c) => (readings.get(c.col)?.year ?? 0) === year && c.texts.length > 1).map((c) => c.texts[0]));
  const same = top.size !== 1 ? [] : visible.filter((c) => {
    const h = readings.get(c.col);
    const e = ev(c.col);
    return h?.role === null && !h.horizon && c.texts.length > 1 && top.has(c.texts[0]) && e.target >= 1 && (e.target + e.figure) * 2 >= e.filled;
  });
  return same.length === 1 ? same[0] : null;
}

/** The level a sheet's title says it answers ("đăng ký đạt Mức độ 1", "phấn đấu đạt mức 2"), or null. */
function titleLevel(sheet: SheetData, headerTop: number): { level: number; row: number } | null {
  for (let r = 0; r < headerTop; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      const m = /\b(?:dat|dang ky|phan dau|cong nhan)( dat)? muc( do)? (\d)\b/.exec(fold(v));
      if (m) return { level: Number(m[3]), row: r };
    }
  }
  return null;
}

/** Hidden rows and note lines inside a list's data area; sections are told by the check, which knows the plan. */
function excludedRows(sheet: SheetData, base: Base, keyCol: number, columns: Partial<Record<ColumnRole, number>>, matrix: MatrixLayout | null): ExcludedRow[] {
  const out: ExcludedRow[] = [];
  const hidden = new Set(sheet.hiddenRows ?? []);
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const name = cellText(row[keyCol]);
    if (hidden.has(r)) {
      if (name !== "" || row.some((v) => !isEmptyCell(v))) out.push({ row: r, kind: "hidden", text: name });
      continue;
    }
    if (matrix) continue;
    // A total row inside a list ("Tổng cộng") sums the rows above; it is not an indicator.
    // Only a few words open a total row: test them on the raw text before folding it, as this runs on every row.
    if (name !== "" && name.length <= 60 && TOTAL_START.test(name) && TOTAL_ROW.test(fold(vietnamesePart(name))) && (columns.target === undefined || isEmptyCell(row[columns.target]))) {
      out.push({ row: r, kind: "total", text: name });
    }
  }
  return out;
}

/** The first words a total row can open with ("Tổng", "Cộng", "Toàn", "Chung", "Tính chung", "Bình quân", "Trung bình", "Tỷ lệ"). */
const TOTAL_START = /^\s*(t[oổ]ng|c[oộ]ng|to[aà]n|chung|t[iíì]nh|b[iì]nh|trung|t[yỷỉi])/iu;

const UNIT_NOUNS: Array<[RegExp, string]> = [
  [/phuong|xa/, "phường"],
  [/truong|co so|mam non|tieu hoc|trung hoc/, "trường"],
  [/lop/, "lớp"],
];

const PEOPLE_NOUNS: Array<[RegExp, string]> = [
  [/giao vien|\bgv\b/, "giáo viên"],
  [/hoc sinh|\bhs\b/, "học sinh"],
  [/can bo|nhan vien/, "cán bộ"],
];

/** Matrix columns that never hold an indicator. */
const NOT_INDICATOR: ReadonlySet<string> = new Set(["stt", "note", "status", "explanation", "unit", "id", "level", "lead", "partners", "scope", "direction", "distribution", "quote", "section", "unitName", "assessment", "ratio"]);

// Section rows among units: a group heading ("I. MẦM NON", "Khối Mầm non", "Trường công lập") with no figures.
export const SECTION_ROW = /^(([ivxl]+|[a-z])[.)-]? |khoi |cap |khu vuc|cum |truong cong lap|truong ngoai cong lap|ngoai cong lap|cong lap|he )/;

/** A column-number row's cell ("(4)", "4", "[4]"): no heading words. */
const COLUMN_NUMBER = /^[([]?\d{1,2}[)\]]?(?:\s*[=×x*+/-]\s*[([]?\d{1,2}[)\]]?)*$/;

/**
 * Registered/reached pairs side by side ("Mức độ đăng ký đầu năm học | … | Mức độ đạt được"): a single column whose
 * heading reads as a target is the unit's own target for the one single actual column whose heading opens with the
 * same two words (none: the one column of numbers beside it), not an indicator of its own. With no such column, or
 * two, nothing is paired (the target column is then listed as not judged, never guessed).
 */
/**
 * Parts of a block of registered targets ("Chỉ tiêu đăng ký đầu năm học" over "Số giải | Giải cao nhất | Xếp thứ"): each
 * is the unit's own target of the one indicator whose heading holds all its words ("Giải cao nhất", "Xếp thứ", "Số học
 * sinh đạt giải" for "Số giải"); a part naming none, or several, is left out and said.
 */
/**
 * Parts of a group that alternate a named part (a category: "Giỏi", "Nữ") and a rate right after it ("%", "Tỷ lệ"),
 * at least twice and nothing else: the [count, rate] pairs, or null.
 * @example headings "Giỏi | % | Khá | %" → [[6, 7], [8, 9]] · "Số đăng ký | Số đạt | Tỷ lệ (%)" → null
 */
function namedRatePairs(span: ColumnHeading[]): Array<[number, number]> | null {
  if (span.length < 4 || span.length % 2 !== 0 || span.some((k) => k.hidden || k.texts.length < 2)) return null;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < span.length; i += 2) {
    const name = combineTexts(span[i].texts.slice(1), OWN);
    const rate = combineTexts(span[i + 1].texts.slice(1), OWN);
    if (name.role !== null || rate.role !== "rate" || span[i + 1].col !== span[i].col + 1) return null;
    pairs.push([span[i].col, span[i + 1].col]);
  }
  return pairs;
}

function pairRegistered(sheet: SheetData, parts: ColumnHeading[], cols: ColumnHeading[], groups: MatrixGroup[], decisions: Bilingual[], unplaced: Unplaced[]): void {
  const words = (t: string) => fold(t).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  const headingOf = (g: MatrixGroup) => {
    const k = g.col ?? g.numerator ?? g.rate;
    const col = k === undefined ? undefined : cols.find((x) => x.col === k);
    return new Set(words(`${g.header} ${col ? col.texts.join(" ") : ""}`));
  };
  const open = groups.filter((g) => g.target === undefined && (g.col !== undefined || g.numerator !== undefined || g.rate !== undefined));
  const sets = open.map(headingOf);
  for (const p of parts) {
    const own = words(p.texts[p.texts.length - 1]);
    const mates = open.filter((_, i) => own.every((w) => sets[i].has(w)));
    if (mates.length === 1) {
      mates[0].target = p.col;
      decisions.push({
        vi: `Cột ${at(sheet, p)} là chỉ tiêu đăng ký của từng đơn vị cho chỉ tiêu "${mates[0].header}".`,
        en: `Column ${at(sheet, p)} is each unit's registered target for "${mates[0].header}".`,
      });
    } else {
      unplaced.push({
        col: p.col,
        header: p.label,
        message: {
          vi: `Cột ${at(sheet, p)} là chỉ tiêu đăng ký nhưng không rõ của chỉ tiêu nào${mates.length > 1 ? ` (khớp ${mates.length} cột)` : ""}; chỉ rõ bằng --map.`,
          en: `Column ${at(sheet, p)} is a registered target but for no one indicator${mates.length > 1 ? ` (${mates.length} match)` : ""}; name it with --map.`,
        },
      });
    }
  }
}

/**
 * The column a share column's formulas divide by column `den` on their own rows ("=ROUND(E9/C9*100,1)" on every row
 * of "Tỷ lệ so với chỉ tiêu"), or the column-number row says it ("5=4/3"): the figure compared with `den`. Formulas count
 * where at least two rows divide the same two columns and no row of it divides others. A difference ("8=6-7", "=F9-G9")
 * is no evidence: a plan less what was summoned, allocated, scheduled or done in one month is as common as a plan less
 * its result (round 43: pass43's difference route, held back after rereview43d's false passes).
 */
function dividedBy(sheet: SheetData, col: number, den: number, rows: readonly number[]): number | undefined {
  let num: number | undefined;
  let n = 0;
  for (const r of rows) {
    const f = sheet.formulas?.[r]?.[col];
    if (!f) continue;
    const src = ratioCells(f, sheet.origin);
    if (!src || src.num[0] !== r || src.den[0] !== r || src.den[1] !== den || src.num[1] === den || (num !== undefined && src.num[1] !== num)) return undefined;
    num = src.num[1];
    n++;
  }
  if (n >= 2) return num;
  // The number row just above the first unit ("1 | 2 | … | 5=4/3"): this column's "a=b/c" naming `den`'s number.
  for (let r = rows[0] - 1; r >= Math.max(0, rows[0] - 3); r--) {
    const numbers = (c: number) => { const t = cellText(sheet.values[r]?.[c]).trim(); return COLUMN_NUMBER.test(t) ? (t.match(/\d{1,2}/g) ?? []) : []; };
    const own = numbers(col);
    if (own.length !== 3 || !/[/:]/.test(cellText(sheet.values[r]?.[col]))) continue;
    if (own[2] !== numbers(den)[0]) return undefined;
    const mates = [...Array(sheet.values[r]?.length ?? 0).keys()].filter((c) => c !== col && numbers(c)[0] === own[1]);
    return mates.length === 1 ? mates[0] : undefined;
  }
  return undefined;
}

// A heading opening with a plan word, then what is planned ("Kế hoạch công nhận mới …", "Chỉ tiêu xây mới …"). Folded.
export const PLAN_OF = /^(?:ke hoach|kh|chi tieu) (.+)$/;
// The column summing its merged heading's parts ("Cộng", "Tổng số" under "Số học sinh đã học bơi ⟩ Đợt 1 | Đợt 2"). Folded.
const SUM_COLUMN = /^(cong|tong|tong cong|tong so|cong chung)$/;
// A part written under its whole as a kind of it ("Trong đó: Nữ", "Trđ: DTTS"), not a stage of it ("Trong đó: Đã tiêm",
// "Trúng tuyển"): a done part is the figure and its whole the population, applications or registrants.
// Every part must name such a kind, not only the first ("Trong đó: Nữ | Đã tiêm").
const kindPart = (text: string, first = true): boolean => (!first || PART_START.test(text)) && SUBGROUP.test(fold(text.replace(PART_START, "")).replace(/^[\s:,.]+/, "").trim());
// A one-word plan's figure says it is what was done ("Đã tiêm", "Số người đã khám", "Kết quả thu"): a remainder, a
// refusal, a postponement or an exemption divided by the plan is none ("Từ chối tiêm", "Hoãn tiêm", "Miễn thu",
// "Còn phải thu": rereview42e NB2).
const doneHeading = (text: string): boolean => {
  const w = fold(text).split(/\s+/);
  return RESULT_LEAD.test(w.join(" ")) || w.some((_, i) => DONE_WORDS.test(w.slice(i).join(" ")));
};
// A heading opening with a result word, then what is counted ("Kết quả công nhận …", "Thực hiện cấp mới …"). Folded.
const RESULT_LEAD = /^(ket qua|thuc hien) [a-z]/;
// Words that date a heading rather than name its topic ("năm học 2016-2017", "trong năm").
// A level's or a grade's number ("mức độ 3", "lớp 5") tells one column from its siblings: kept.
const PERIOD_WORD = /^(nam|hoc|trong|ca|\d{3,})$/;

function pairRegistrations(sheet: SheetData, cols: ColumnHeading[], groups: MatrixGroup[], decisions: Bilingual[], figures: (col: number) => boolean, rows: readonly number[]): void {
  const words = (k: ColumnHeading) => {
    const texts = k.texts.filter((t) => !COLUMN_NUMBER.test(t.trim()));
    return { reading: combineTexts(texts, OWN), stem: fold(texts[texts.length - 1] ?? "").split(" ").slice(0, 2).join(" ") };
  };
  const single = groups.filter((g) => g.col !== undefined && g.target === undefined && g.numerator === undefined && g.rate === undefined);
  const of = (g: MatrixGroup) => cols.find((k) => k.col === g.col)!;
  // A plan of the whole year ("Kế hoạch kiểm tra cả năm") is no plan of a term's figure ("Đã kiểm tra HK I") when a plan
  // of that term stands beside them ("Kế hoạch HK I"): each figure pairs with the plan of its own part of the year.
  const otherTerm = (p: HeaderReading, f: HeaderReading) => p.term !== undefined && f.term !== undefined && p.term !== f.term && single.some((o) => words(of(o)).reading.role === "target" && words(of(o)).reading.term === f.term);
  // A column's own heading words (not its parent's: "Số người" under "Kết quả giao quân" names no quota).
  // Abbreviations read as their words ("Chỉ tiêu số HS học bơi" plans "Số học sinh đã học bơi").
  const spelt = (ws: string[]) => ws.flatMap((w) => (ABBREVIATIONS[w] ?? w).split(" "));
  const bag = (k: ColumnHeading, all = false) => new Set(spelt(fold((all ? k.texts : k.texts.slice(-1)).filter((t) => !COLUMN_NUMBER.test(t.trim())).join(" ")).split(/[^a-z0-9]+/)));
  // The parent's words count where the column's own name a part of what is planned ("Số xã đạt chuẩn ⟩ Mức độ 3" for
  // "Kế hoạch: số xã đạt mức độ 3").
  // So does the sum of a merged heading's parts ("Số người được sàng lọc ⟩ Đợt 1 | Đợt 2 | Cộng" for "Kế hoạch sàng
  // lọc"): what is planned is the whole, and the parts each name only their round or month.
  const names = (k: ColumnHeading, topic: string[]) => topic.every((w) => bag(k, true).has(w)) && (topic.some((w) => bag(k).has(w)) || (k.texts.length > 1 && SUM_COLUMN.test(fold(k.texts.at(-1) ?? "").trim())));
  // A figure of what is not done ("Chưa tiêm", "Số HS chưa thu") is the remainder, never the plan's result.
  const negated = (k: ColumnHeading) => NEGATIONS.some((w) => bag(k, true).has(w));
  for (const t of [...single]) {
    const tw = words(of(t));
    // "Kế hoạch công nhận mới năm học 2016-2017" beside "Được công nhận mới trong năm học": a plan word before what is
    // planned (no role word reads the whole) is each unit's target for the one figure column naming all of it.
    // A source in brackets after the words ("… năm 2023 (NQ HĐND tỉnh)") names who set the plan, not what is planned.
    // So does a word of the plan's in them ("Chỉ tiêu số HS học bơi (giao)": assigned, what is planned is before it).
    const own = (of(t).texts[of(t).texts.length - 1] ?? "").replace(BRACKET_END, "");
    const planned = tw.reading.role === null || (tw.reading.role === "target" && of(t).texts.length === 1 && combineTexts([own], OWN).role === null);
    const topic = spelt(planned ? (PLAN_OF.exec(fold(own))?.[1] ?? "").split(/[^a-z0-9]+/).filter((w) => w && !PERIOD_WORD.test(w)) : []);
    let byFormula = false;
    if (topic.length >= 2) {
      // A level's own heading reads as a target alone ("Mức độ 3"); under a count ("Số xã đạt chuẩn") it is a figure.
      // A count adding words of its own after what is planned begins ("Số HS nghỉ học bơi giữa chừng", "Số trẻ được tiêm
      // bị phản ứng", "Số lao động có việc làm mới ngoài tỉnh" beside a plan of what they name) counts something else as
      // often as not: a part, the others, those who left. Only counting, period and unit words ("đã", "được",
      // "trong năm", "(người)") may be added there; before it, who is counted ("Số phòng được xây mới", "Số người được
      // khám sàng lọc" for "Kế hoạch khám sàng lọc"), no negation ("Số trẻ không được tiêm"), and where it is two words,
      // people or places (WHO_COUNTED: "trẻ em", "học sinh"): a verb or an adverb after who is counted says the count is
      // of something else done to what is planned ("Số người bỏ cai nghiện", "Số trẻ hoãn tiêm", "Số hộ từ chối
      // tiêm"). A level under a count ("Số xã đạt chuẩn ⟩ Mức độ 3") is a part its parent's words describe. None other
      // is paired.
      const phrase = spelt(fold(PLAN_OF.exec(fold(own))?.[1] ?? "").split(/[^a-z0-9]+/).filter(Boolean));
      // "mới" right after the plan's own verb ("Số đảng viên kết nạp mới", "Diện tích rừng trồng mới"): what was newly
      // done is what a plan of doing it counts. The verb is what the plan's phrase says before who it counts ("kết nạp ⟩
      // đảng viên"), or its first word where it names none ("trồng rừng"); a phrase opening with who it counts ("hộ
      // nghèo", "người nhiễm HIV") has none, and "mới" after a noun ("hộ nghèo mới", "ca mắc mới") counts other things.
      // Read unfolded: "mỗi", "mọi" are not "mới".
      const whoAt = phrase.findIndex((_, i) => WHO_COUNTED.some((re) => re.test(phrase.slice(i).join(" "))));
      const verb = whoAt === 0 ? [] : whoAt > 0 ? phrase.slice(0, whoAt) : phrase.slice(0, 1);
      const newly = (k: ColumnHeading) => {
        const raw = k.texts.join(" ").normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u);
        return raw.some((w, i) => w === "mới" && i > 0 && verb.includes(spelt([fold(raw[i - 1])])[0] ?? ""));
      };
      const adds = (k: ColumnHeading) => {
        if (LEVEL_PART.test(fold(k.texts.at(-1) ?? ""))) return [];
        const ws = k.texts.filter((x) => !COLUMN_NUMBER.test(x.trim()) && spelt(fold(x).split(/[^a-z0-9]+/)).some((w) => topic.includes(w))).flatMap((x) => spelt(fold(x.replace(/\(\s*[^()\s]+\s*\)/g, " ")).split(/[^a-z0-9]+/))).filter((w) => w && !PERIOD_WORD.test(w) && !COUNTING_WORD.test(w));
        const start = ws.findIndex((w) => topic.includes(w));
        const who = ws.slice(0, Math.max(start, 0)).filter((w) => !phrase.includes(w));
        const after = ws.slice(Math.max(start, 0)).filter((w) => !phrase.includes(w) && !(w === "moi" && newly(k)));
        return who.length > 2 || who.some((w) => NEGATIONS.includes(w)) || (who.length === 2 && !counted(who.join(" ")) && combineTexts([who.join(" ")]).role !== "actual") ? [...who, ...after] : after;
      };
      let mates = single.filter((a) => a !== t && (words(of(a)).reading.role !== "target" || LEVEL_PART.test(fold(of(a).texts.at(-1) ?? ""))) && PLAN_OF.exec(fold(of(a).label)) === null && names(of(a), topic) && !otherTerm(tw.reading, words(of(a)).reading)).filter((a) => adds(of(a)).length === 0);
      // Two columns holding all the words ("Số HS đã học bơi ⟩ … | Cộng", "Số HS biết bơi sau khóa học"): the one that
      // says them in the plan's order ("học bơi", never "biết bơi … khóa học") and adds the fewest words of its own, if
      // one does both; where one says more of the plan and the other adds less, neither is sure: none is paired.
      if (mates.length > 1) {
        const pairs = (ws: string[]) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
        const spoken = (k: ColumnHeading) => spelt(fold(k.texts.filter((x) => !COLUMN_NUMBER.test(x.trim())).join(" ")).split(/[^a-z0-9]+/)).filter(Boolean);
        const shared = (a: MatrixGroup) => pairs(phrase).filter((p) => ` ${spoken(of(a)).join(" ")} `.includes(` ${p} `)).length;
        const extra = (a: MatrixGroup) => spoken(of(a)).filter((w) => !phrase.includes(w)).length;
        const best = Math.max(...mates.map(shared));
        const fewest = Math.min(...mates.map(extra));
        const close = mates.filter((a) => shared(a) === best);
        mates = best > 0 && close.length === 1 && extra(close[0]) === fewest && mates.filter((a) => extra(a) === fewest).length === 1 ? close : [];
        if (mates.length === 0) continue;
      }
      // No lone column names it: the group whose share stands just left of the plan, its headings naming all that is
      // planned ("Chung ⟩ Dự thi | Đỗ TN | Tỷ lệ (%)" beside "Chỉ tiêu tỷ lệ đỗ TN năm 2015 (%)"; clusters before it
      // name the same words and stand apart).
      if (mates.length === 0 && tw.reading.percent) {
        const named = (g: MatrixGroup) => new Set(cols.filter((k) => k.col >= g.col! && k.col <= g.rate!).flatMap((k) => [...bag(k)]));
        mates = groups.filter((g) => g.col !== undefined && g.target === undefined && g.rate === t.col! - 1 && topic.every((w) => named(g).has(w.replace(/[^a-z0-9]/g, "")) || !/[a-z0-9]/.test(w)));
      }
      // No lone column names it: a count and its parts read as a share ("Kết nạp 6 tháng ⟩ Tổng số | Trong đó: Nữ | …")
      // whose whole is the merged heading's sum naming what is planned: the plan is that sum's; the part is not judged.
      if (mates.length === 0) {
        const sumOf = (g: MatrixGroup) => (g.denominator === undefined ? undefined : cols.find((k) => k.col === g.denominator));
        const wholes = groups.filter((g) => g.target === undefined && g.rate === undefined && g.col === undefined && g.numerator !== undefined && sumOf(g) !== undefined && names(sumOf(g)!, topic) && SUM_COLUMN.test(fold(sumOf(g)!.texts.at(-1) ?? "").trim()) && kindPart(cols.find((k) => k.col === g.numerator)?.texts.at(-1) ?? "") && cols.every((k) => k === sumOf(g) || k.texts.length < 2 || k.texts[0] !== sumOf(g)!.texts[0] || kindPart(k.texts.at(-1) ?? "", false)));
        if (wholes.length === 1 && figures(wholes[0].denominator!)) {
          const g = wholes[0];
          decisions.push({ vi: `Cột ${at(sheet, cols.find((k) => k.col === g.numerator)!)} là một phần của cột tổng, không đánh giá riêng.`, en: `Column ${at(sheet, cols.find((k) => k.col === g.numerator)!)} is a part of the total column, not judged on its own.` });
          g.col = g.denominator;
          delete g.numerator;
          delete g.denominator;
          mates = [g];
        }
      }
      if (mates.length === 1 && figures(mates[0].col!)) {
        const said = vietnamesePart(of(t).texts[of(t).texts.length - 1]).replace(/^\s*(?:kế hoạch|kh|chỉ tiêu)\s+/iu, "");
        mates[0].target = t.col;
        // A plan in "%" beside a group's share is the share's: the rate is judged, never the count ("Dự thi" 660 ≥ 92).
        if (mates[0].rate !== undefined && tw.reading.percent) mates[0].targetPercent = true;
        const shown = mates[0].targetPercent ? cols.find((k) => k.col === mates[0].rate)! : of(mates[0]);
        groups.splice(groups.indexOf(t), 1);
        decisions.push({
          vi: `Cột ${at(sheet, of(t))} là kế hoạch của từng đơn vị cho cột ${at(sheet, shown)} (cùng nói "${said}").`,
          en: `Column ${at(sheet, of(t))} is each unit's plan for column ${at(sheet, shown)} (both name "${said}").`,
        });
        continue;
      }
      // No count names it: a plan read only by its bracketed source ("Kế hoạch tuyển sinh (giao)") still pairs by the
      // older routes below (its stem, a share's formula, the one result beside it); one read only by its plan word
      // ("Chỉ tiêu điều khám cấp huyện") by a share's formulas alone (`dividedBy`).
      if (mates.length > 0) continue;
      byFormula = tw.reading.role !== "target";
    }
    // A plan word before one word of what is planned ("Kế hoạch tiêm", "KH thu") names too little to pair by words
    // alone: it pairs only with the figure naming that word which a share's formulas divide by it on every row.
    const oneWord = topic.length === 1;
    if (!oneWord && !byFormula && (tw.reading.role !== "target" || tw.stem.split(" ").length < 2)) continue;
    let mates = oneWord || byFormula ? [] : single.filter((a) => a !== t && words(of(a)).reading.role === "actual" && words(of(a)).stem === tw.stem);
    // No heading shares its words ("Số tiêu chí đạt | Chỉ tiêu đăng ký năm 2020"): the one column of numbers beside it
    // that reads as a result in the target's unit and year; a count of the whole ("Tổng số học sinh", "Số lớp"), a share
    // beside a count or another year's result ("Kết quả 2022-2023 (%)") is no figure of that target.
    // A share no role word names ("Tỷ lệ bao phủ (%)") beside a target in "%" ("Chỉ tiêu giao năm 2018 (%)") is one too.
    // A result word before what it counts ("Kết quả công nhận năm 2022 ⟩ Số trường" beside "Chỉ tiêu năm 2022 (trường)")
    // is a result of the target's own year, which no wording of the vocabulary reads whole.
    const fit = (r: HeaderReading, k: ColumnHeading) => (/^(actual|actualNumerator|rate)$/.test(r.role ?? "") || (r.role === null && (r.percent || (r.term !== undefined && r.term === tw.reading.term && (r.term !== "year" || (RESULT_LEAD.test(fold(k.texts[0])) && r.year !== undefined)))))) && r.percent === tw.reading.percent && !r.prior && (r.year ?? tw.reading.year) === tw.reading.year;
    // No heading shares its words, but a share's formulas say it: "Tỷ lệ so với chỉ tiêu" = E/C on every row makes E the
    // figure judged against the target C, wherever the two stand ("Kế hoạch | Kết quả ⟩ Nhân dân | Doanh nghiệp | Tổng"),
    // before any neighbour (a part of the result may stand next to the plan). An estimate's share ("Ước TH cả năm",
    // "Dự kiến") says only what is foreseen: an estimate ranks after a reported figure, so it pairs nothing here; nor does
    // another plan ("Chỉ tiêu năm 2031 − Chỉ tiêu năm 2030" compares two plans, neither a figure).
    if (mates.length === 0) {
      const num = cols.map((k) => (k.hidden ? undefined : dividedBy(sheet, k.col, t.col!, rows))).find((n) => n !== undefined);
      mates = num === undefined ? [] : single.filter((g) => g !== t && g.col === num && !words(of(g)).reading.estimate && words(of(g)).reading.role !== "target" && PLAN_OF.exec(fold(of(g).label)) === null && (!oneWord || (names(of(g), topic) && !negated(of(g)) && doneHeading(of(g).texts.at(-1) ?? ""))));
    }
    if (mates.length === 0 && !oneWord && !byFormula) mates = single.filter((a) => Math.abs(a.col! - t.col!) === 1 && fit(words(of(a)).reading, of(a)) && figures(a.col!));
    if (mates.length !== 1) continue;
    mates[0].target = t.col;
    groups.splice(groups.indexOf(t), 1);
    decisions.push({
      vi: `Cột ${at(sheet, of(t))} là chỉ tiêu (đăng ký) của từng đơn vị cho cột ${at(sheet, of(mates[0]))}.`,
      en: `Column ${at(sheet, of(t))} is each unit's own (registered) target for column ${at(sheet, of(mates[0]))}.`,
    });
  }
}

/** Words a count's heading adds to what it counts without changing it: "số", "tổng", "cộng", "đã", "được". Folded. */
const COUNTING_WORD = /^(so|tong|cong|da|duoc)$/;
// Who a count counts, folded as headings are: people (PERSONS: "người", "trẻ", "HS", "hộ", "đảng viên"; "người dân") or
// places and schools (UNIT_KIND_WORD: "xã", "trường", "lớp").
const WHO_COUNTED = [new RegExp(foldMarks(PERSONS.source).replace("\\p{l}", "[a-z]"), "u"), /^(nguoi )?dan(?![a-z])/, UNIT_KIND_WORD];
// Nouns of WHO_COUNTED one after another ("trẻ em") and nothing else; none at all (what is planned counts itself).
const counted = (who: string): boolean => {
  const m = WHO_COUNTED.map((re) => re.exec(who)?.[0]).find(Boolean);
  return who === "" || (m !== undefined && counted(who.slice(m.length).trim()));
};

// "Mức độ 2", "Mức 3": a level's own heading.
const LEVEL_PART = /^muc( do)? \d{1,2}$/;
// A heading that names a place or a school and nothing else a reading finds ("Thôn Tân Thành", "Mỹ Lộc"): no role, year,
// term or share. Folded words led by a unit's kind (UNIT_KIND_WORD), or a short proper name.
function isUnitName(text: string): boolean {
  const t = text.trim();
  if (!isBare(t) || /\d/.test(t)) return false;
  return UNIT_KIND_WORD.test(fold(t)) || writtenAsName(t);
}

/** Up to four words, each capitalised, no digit: written as a place or a school is ("Mỹ Lộc", "Nam Trực"). */
function writtenAsName(t: string): boolean {
  const words = t.split(/\s+/);
  return !/\d/.test(t) && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

// A column heading that names a unit: led by a kind of unit ("Phường Nam", though "Nam" alone reads as a share of men),
// or a unit's name ("Mỹ Lộc"); never what is measured ("Điểm TB", "Thứ hạng").
// A place name may fold to a word of the vocabulary ("Nam Trực" as "năm"), so a term read does not unmake a name here.
function unitHeading(text: string): boolean {
  const t = text.trim();
  if (UNIT_KIND_WORD.test(fold(t))) return true;
  const r = combineTexts([t], OWN);
  return r.role === null && !r.percent && writtenAsName(t);
}

// A heading that names no role, year, term or share ("Mầm 1", "Thôn Tân Thành").
function isBare(text: string): boolean {
  const r = combineTexts([text.trim()], OWN);
  return r.role === null && r.year === undefined && r.term === undefined && !r.percent;
}

/** The day a check judges on and the period it reports on (null when none is known). */
interface When {
  asOf: string;
  period: Period | null;
}

// "BÁO CÁO SỐ LƯỢNG TRẺ THÁNG 12 NĂM 2019": the month a title reports on. Not a dateline's month ("ngày 5 tháng 1
// năm 2020" is when it was signed), not a count of months ("6 tháng đầu năm") nor a span ("tháng 9-10"). Folded.
const TITLE_MONTH = /(?<!\bngay\s*(?:\d{1,2}\s*)?)\bthang (\d{1,2})\b(?!\s*[-–]\s*\d{1,2}(?!\d))/g;

/** The one month the lines above the table name, or null when they name none or several. */
function titleMonth(sheet: SheetData, headerTop: number): number | null {
  const found = new Set<number>();
  for (let r = 0; r < headerTop; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      for (const m of fold(v).matchAll(TITLE_MONTH)) {
        const n = Number(m[1]);
        if (n >= 1 && n <= 12) found.add(n);
      }
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The part of the year a text names, as a key ("6 tháng đầu năm" → "6", "Học kỳ II" → "hk2"), or null. */
const yearPart = (t: string): string | null => yearPartKey(fold(t));

/** The one part of the year the lines above the table name, or null when they name none or several. */
function titlePart(sheet: SheetData, headerTop: number): string | null {
  const found = new Set<string>();
  for (let r = 0; r < headerTop; r++) for (const v of sheet.values[r] ?? []) if (typeof v === "string" && v.length <= 300) found.add(yearPart(v) ?? "");
  found.delete("");
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "Kế hoạch năm 2019 | Thực hiện năm 2019 | Kế hoạch năm 2020", each over "MN | TH | THCS": the roles head the
 * blocks and the indicators repeat under each. One group per indicator, its figure in the result block and its
 * target in the plan block of the same year (a plan of another year is not judged, and said). Several result blocks,
 * or plan blocks no year tells apart, are left to the column-by-column reading. Returns the columns used.
 */
function rolesOverIndicators(sheet: SheetData, cols: ColumnHeading[], unitCol: number, groups: MatrixGroup[], decisions: Bilingual[], unplaced: Unplaced[]): Set<number> {
  type Block = { parent: string; h: HeaderReading; parts: ColumnHeading[] };
  const blocks: Block[] = [];
  for (const k of cols) {
    if (k.hidden || k.col === unitCol || k.texts.length < 2) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.parent === k.texts[0] && last.parts[last.parts.length - 1].col === k.col - 1) last.parts.push(k);
    else blocks.push({ parent: k.texts[0], h: combineTexts([k.texts[0]], OWN), parts: [k] });
  }
  const sub = (k: ColumnHeading) => fold(k.texts.slice(1).join(" "));
  // Sub-headings no role names; "TH" (tiểu học, or thực hiện) under a heading that already names the role is a level.
  const plain = (b: Block) => {
    const roles = b.parts.map((k) => combineTexts(k.texts.slice(1), OWN).role);
    return b.parts.length >= 2 && roles.includes(null) && roles.every((r) => r === null || r === "actual");
  };
  const done = blocks.filter((b) => b.h.role === "actual" && !b.h.prior && plain(b));
  if (done.length !== 1) return new Set();
  const act = done[0];
  const names = act.parts.map(sub);
  const plans = blocks.filter((b) => b.h.role === "target" && plain(b) && names.every((n) => b.parts.some((k) => sub(k) === n)));
  const same = plans.filter((b) => b.h.year === act.h.year);
  const plan = plans.length === 1 && (act.h.year === undefined || plans[0].h.year === undefined || plans[0].h.year === act.h.year) ? plans[0] : same.length === 1 && act.h.year !== undefined ? same[0] : undefined;
  if (!plan) return new Set();
  const used = new Set([...act.parts, ...plan.parts].map((k) => k.col));
  for (const k of act.parts) {
    const t = plan.parts.find((p) => sub(p) === sub(k))!;
    groups.push({ header: `${vietnamesePart(k.texts.slice(1).join(" "))} – ${act.parent}`, col: k.col, target: t.col, percentHeader: k.reading.percent || t.reading.percent });
  }
  const others = plans.filter((b) => b !== plan);
  for (const b of others) {
    for (const k of b.parts) {
      used.add(k.col);
      const y = b.h.year;
      unplaced.push({ col: k.col, header: k.label, message: y !== undefined ? { vi: `Cột ${at(sheet, k)} là kế hoạch năm ${y}, không phải năm của số liệu; không đánh giá.`, en: `Column ${at(sheet, k)} is the ${y} plan, not the figures' year; not judged.` } : { vi: `Cột ${at(sheet, k)} là kế hoạch không ghi năm, bên cạnh kế hoạch cùng năm với số liệu; không đánh giá.`, en: `Column ${at(sheet, k)} is a plan naming no year, beside the plan of the figures' year; not judged.` } });
    }
  }
  const not = others.length ? { vi: `; không dùng ${others.map((b) => `"${b.parent}"`).join(", ")}`, en: `; not ${others.map((b) => `"${b.parent}"`).join(", ")}` } : { vi: "", en: "" };
  decisions.push({
    vi: `Các cột dưới "${act.parent}" là số liệu, ghép theo tiêu đề con với chỉ tiêu dưới "${plan.parent}"${not.vi}.`,
    en: `The columns under "${act.parent}" are the figures, paired by sub-heading with the targets under "${plan.parent}"${not.en}.`,
  });
  return used;
}

/** A remark in brackets ending a row's label. */
const BRACKET_END = /\s*\([^()]*\)\s*$/u;

/**
 * A unit matrix's row of targets by its label ("Chỉ tiêu năm 2017", "Chỉ tiêu chung toàn trường"); a source in
 * brackets after the words ("Chỉ tiêu năm 2017 (NQ HĐND xã)") leaves it one.
 */
function isTargetRowLabel(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || v.length > 80) return false;
  return [vietnamesePart(v), vietnamesePart(v).replace(BRACKET_END, "")].some((t) => isTargetRow(fold(t).replace(WHOLE_SCOPE, " ").replace(/\s+/g, " ").trim()));
}

/**
 * A unit heading as a noun inside a sentence: lower case, but an abbreviation in capitals in a mixed-case heading stays
 * one ("Trường THCS" → "trường THCS", never "trường thcs"); a heading all in capitals is lowered whole.
 * @example nounCase("Trường THCS") → "trường THCS" · nounCase("XÃ, THỊ TRẤN") → "xã, thị trấn"
 */
export function nounCase(s: string): string {
  const low = s.toLocaleLowerCase("vi");
  return s === s.toLocaleUpperCase("vi") ? low : s.replace(/\p{L}+/gu, (w) => (w.length > 1 && w === w.toLocaleUpperCase("vi") ? w : w.toLocaleLowerCase("vi")));
}

function matrixLayout(sheet: SheetData, band: HeaderBand, base: Base, rowRoleColumn: number | undefined, when: When): MatrixLayout {
  const { asOf, period } = when;
  const named = titleMonth(sheet, base.headerRows[0]);
  const unplaced: Unplaced[] = [];
  const decisions: Bilingual[] = [];
  const groups: MatrixGroup[] = [];
  let sttColumn: number | undefined;
  let statusColumn: number | undefined;
  const unitCol = band.keyCol;
  const unitHeader = fold(band.columns[unitCol]?.label ?? "");
  // The heading names the units as the report will ("Xã, thị trấn" → "11/12 xã, thị trấn đạt"); else a known noun.
  const own = (band.columns[unitCol]?.texts[0] ?? "").replace(/^\s*(tên|các)\s+/iu, "").trim();
  // People ("Họ và tên", "Họ tên giáo viên") are counted as who they are, else as people: "4/6 giáo viên đạt".
  const people = /\bho (va )?ten\b/.test(unitHeader) ? (PEOPLE_NOUNS.find(([re]) => re.test(unitHeader))?.[1] ?? "người") : undefined;
  const listed = own !== "" && own.length <= 30 && !/\d/.test(own) && !/^(đơn vị|don vi)$/iu.test(own) ? nounCase(own) : undefined;
  const unitNoun = people ?? listed ?? UNIT_NOUNS.find(([re]) => re.test(unitHeader))?.[1] ?? "đơn vị";
  const cols = band.columns;
  const twoLevel = band.rows.length > 1;
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const dataRows: number[] = [];
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) if (!hiddenRows.has(r)) dataRows.push(r);
  const unitRows = dataRows.filter((r) => !isEmptyCell(sheet.values[r]?.[unitCol]) && !isTargetRowLabel(sheet.values[r]?.[unitCol]));
  // "Số xã đạt chuẩn ⟩ Mức độ 1 | Mức độ 2 | Mức độ 3" over plain counts: how many units stand at each level, a
  // breakdown, never a target ("Mức độ 1" over "Tối thiểu 5 phòng" is one) nor a level marked ("x", "Đạt").
  const levelCount = (k: number): boolean => {
    if (!LEVEL_PART.test(fold(cols[k]?.texts[cols[k].texts.length - 1] ?? "")) || (cols[k]?.texts.length ?? 0) < 2) return false;
    const e = columnEvidence(sheet, k, unitRows);
    return e.figure >= 1 && e.figure === e.filled;
  };
  const levelRun = (from: number, to: number): Set<number> => {
    const run = new Set<number>();
    for (let k = from; k <= to; k++) if (!cols[k].hidden && levelCount(k)) run.add(k);
    return run.size >= 2 ? run : new Set();
  };

  // Units by period ("Năm học 2022-2023 | Năm học 2023-2024" over the same sub-columns): the latest period's columns
  // are the indicators, the earlier period's column of the same name each one's baseline.
  const periodOf = (k: ColumnHeading) => {
    if (k.texts.length < 2) return undefined;
    const h = combineTexts([k.texts[0]], OWN);
    return h.role === null ? h.year : undefined;
  };
  const periods = [...new Set(cols.filter((k) => k.col !== unitCol && !k.hidden).map(periodOf).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  if (periods.length >= 2 && cols.every((k) => k.col === unitCol || k.label === "" || k.hidden || periodOf(k) !== undefined || combineTexts(k.texts, OWN).role === "note")) {
    const latest = periods[periods.length - 1];
    const before = periods[periods.length - 2];
    const label = (k: ColumnHeading) => vietnamesePart(k.texts[k.texts.length - 1]);
    for (const k of cols) {
      if (k.hidden || periodOf(k) !== latest) continue;
      const g: MatrixGroup = { header: label(k), col: k.col, percentHeader: k.reading.percent };
      const base = cols.find((b) => !b.hidden && periodOf(b) === before && fold(label(b)) === fold(label(k)));
      if (base) g.baseline = base.col;
      groups.push(g);
    }
    for (const k of cols) {
      const y = periodOf(k);
      if (y !== undefined && y !== latest && !groups.some((g) => g.baseline === k.col)) {
        unplaced.push({ col: k.col, header: k.label, message: { vi: `Cột ${at(sheet, k)} là số liệu kỳ trước; không đánh giá.`, en: `Column ${at(sheet, k)} holds an earlier period's figures; not judged.` } });
      }
    }
    decisions.push({
      vi: `Các cột năm ${latest} là số liệu đánh giá; các cột năm ${before} là số liệu năm trước để so sánh.`,
      en: `The ${latest} columns are judged; the ${before} columns are last period's figures to compare with.`,
    });
  }

  /** One indicator over columns [from, to]: its parts read from the heading rows below `depth`. */
  const unknownOf = new Map<MatrixGroup, number[]>();
  const groupOf = (from: number, to: number, header: string, depth: number, skip?: ReadonlySet<number>): MatrixGroup => {
    const hp = combineTexts([header], OWN);
    const g: MatrixGroup = { header, percentHeader: hp.percent };
    const id = /\[([a-z0-9][a-z0-9._-]*)\]/.exec(header)?.[1];
    if (id) g.indicatorId = id;
    if (to === from) {
      g.col = from;
      g.percentHeader ||= cols[from].reading.percent;
    } else {
      const unknown: number[] = [];
      let ratePercent = false;
      // "Đến 31/12/2022 | Kế hoạch năm 2023 | Thực hiện năm 2023 | Mục tiêu đến năm 2025": the year the plan and result
      // parts name is the period judged; a part no word names dated before it is an earlier figure, a goal for a later
      // horizon is not this period's target.
      const parts = new Map<number, HeaderReading>();
      const levels = levelRun(from, to);
      for (let k = from; k <= to; k++) if (!cols[k].hidden && !skip?.has(k)) parts.set(k, combineTexts(cols[k].texts.slice(depth), OWN));
      const judgedYears = [...parts.values()].filter((p) => (p.role === "actual" || p.role === "target") && !p.horizon && !p.prior && p.year !== undefined).map((p) => p.year!);
      const periodYear = judgedYears.length > 0 && judgedYears.every((y) => y === judgedYears[0]) ? judgedYears[0] : undefined;
      const periodTarget = [...parts.values()].some((p) => p.role === "target" && !p.horizon && p.year === periodYear);
      // A group of kinds: no result part, and two parts or more no word names beside the one a target word heads.
      const figured = [...parts.values()].some((p) => p.role === "actual" || p.role === "rate" || p.role === "actualNumerator" || p.role === "completion") || [...parts.values()].filter((p) => p.role === null).length < 2;
      for (let k = from; k <= to; k++) {
        if (cols[k].hidden || skip?.has(k)) continue;
        const ch = parts.get(k)!;
        if (periodYear !== undefined && ch.year !== undefined && ((ch.role === null && ch.year < periodYear) || (ch.role === "target" && ch.horizon && ch.year > periodYear && periodTarget))) {
          const earlier = ch.year < periodYear;
          unplaced.push({ col: k, header: cols[k].label, message: earlier ? { vi: `Cột ${at(sheet, cols[k])} là số liệu trước năm ${periodYear}; không đánh giá.`, en: `Column ${at(sheet, cols[k])} holds figures from before ${periodYear}; not judged.` } : { vi: `Cột ${at(sheet, cols[k])} là mục tiêu đến năm ${ch.year}, chưa đến hạn; chỉ tiêu năm ${periodYear} được dùng.`, en: `Column ${at(sheet, cols[k])} is the goal for ${ch.year}, not yet due; the ${periodYear} target is used.` } });
          continue;
        }
        // Under an indicator heading a bare "Chỉ tiêu" is the unit's own target; so is a part no word names whose
        // cells state targets ("Ít nhất 20 tiết").
        // In a group of kinds, a part named again under another group ("Đăng ký ⟩ Mới mức độ 1 | Công nhận lại | Mức độ
        // 2" beside "Đã công nhận ⟩ …") is a kind the groups share: its target word sets no plan inside this group.
        const child = fold(cols[k].texts[cols[k].texts.length - 1] ?? "");
        const shared = twoLevel && ch.role === "target" && !figured && cols.some((o) => (o.col < from || o.col > to) && !o.hidden && o.texts.length > 1 && fold(o.texts[o.texts.length - 1]) === child);
        let role = ch.role === "name" && ch.alt === "target" ? "target" : levels.has(k) || shared ? null : ch.role;
        if (role === null && g.target === undefined && holdsTargets(columnEvidence(sheet, k, dataRows))) {
          role = "target";
          decisions.push({ vi: `Cột ${at(sheet, cols[k])} là chỉ tiêu của từng ${unitNoun} vì các ô ghi chỉ tiêu.`, en: `Column ${at(sheet, cols[k])} holds each unit's target, as its cells state targets.` });
        }
        if (role === "rate") {
          g.rate = k;
          ratePercent ||= ch.percent;
        } else if (role === "actualDenominator") g.denominator = k;
        else if (role === "actualNumerator") g.numerator = k;
        else if (role === "target" && g.target === undefined) {
          g.target = k;
          if (hp.percent || ch.percent) g.targetPercent = true;
        }
        // "Kế hoạch | Thực hiện" under an indicator: the figure is the "Thực hiện" column.
        else if ((role === "actual" || role === "completion") && g.col === undefined && unknown.length === 0) g.col = k;
        else if (role === "ratio" || role === "baseline" || role === "note") continue;
        else unknown.push(k);
      }
      // "Chỉ tiêu giao | Tháng 11 | Tháng 12": of parts naming one month each, the latest up to the as-of date is the
      // figure; earlier months are past figures. A target beside them naming no month runs over the months.
      const months = unknown.map((k) => ({ k, m: monthHeading(cols[k].texts[cols[k].texts.length - 1] ?? "") })).filter((x) => x.m !== null);
      // Yearless months are dated inside the period and judged against its end once it is over, so the column does
      // not move with the day the check runs; the month the title reports on ("THÁNG 12 NĂM 2019") comes first.
      const ago = (x: (typeof months)[number]) => monthsBefore(x.m!, asOf, period);
      const inTitle = months.filter((x) => x.m!.month === named && x.m!.year === undefined);
      const due = inTitle.length === 1 ? inTitle : months.filter((x) => ago(x) >= 0).sort((a, b) => ago(a) - ago(b));
      if (due.length > 0 && g.col === undefined && g.numerator === undefined && g.denominator === undefined) {
        const pick = due[0].k;
        g.col = pick;
        // A target naming a month ("Chỉ tiêu tháng 12") is that month's: the figure is then final.
        if (g.target === undefined || !/\bthang \d/.test(fold(cols[g.target].label))) g.month = due[0].m!.month;
        for (const x of months) unknown.splice(unknown.indexOf(x.k), 1);
        const others = months.filter((x) => x.k !== pick);
        for (const x of others) unplaced.push({ col: x.k, header: cols[x.k].label, message: { vi: `Cột ${at(sheet, cols[x.k])} là số liệu tháng khác; không đánh giá.`, en: `Column ${at(sheet, cols[x.k])} holds another month's figures; not judged.` } });
        const not = { vi: others.length ? `, không dùng ${others.map((x) => at(sheet, cols[x.k])).join(", ")}` : "", en: others.length ? `, not ${others.map((x) => at(sheet, cols[x.k])).join(", ")}` : "" };
        decisions.push(
          inTitle.length === 1
            ? { vi: `Cột ${at(sheet, cols[pick])} là số liệu tháng ${named} mà tiêu đề báo cáo nêu${not.vi}.`, en: `Column ${at(sheet, cols[pick])} holds month ${named}, the month the title reports on${not.en}.` }
            : { vi: `Cột ${at(sheet, cols[pick])} là số liệu tháng gần nhất đến ngày báo cáo${not.vi}.`, en: `Column ${at(sheet, cols[pick])} is the latest month up to the as-of date${not.en}.` },
        );
      }
      // "Nhất | Nhì | Ba | KK | Tổng": a part read as the whole whose cells are the sum of the other parts on every row is
      // their total, the group's figure, not a denominator.
      if (g.denominator !== undefined) {
        const parts: number[] = [];
        for (let k = from; k <= to; k++) if (k !== g.denominator && !cols[k].hidden && !skip?.has(k)) parts.push(k);
        if (sumsParts(sheet, g.denominator, parts, dataRows)) {
          decisions.push({ vi: `Cột ${at(sheet, cols[g.denominator])} là tổng của các cột bên cạnh trên mọi dòng: dùng làm số liệu của "${header}".`, en: `Column ${at(sheet, cols[g.denominator])} is the sum of the parts beside it on every row: read as the figure of "${header}".` });
          g.col = g.denominator;
          delete g.denominator;
          delete g.numerator;
          unknown.length = 0;
        }
      }
      // "Số trẻ ra lớp | Tổng số trẻ": the unnamed part beside a denominator is the numerator.
      if (g.denominator !== undefined && g.numerator === undefined && unknown.length > 0) g.numerator = unknown.shift();
      if (g.numerator === undefined && g.denominator === undefined && g.col === undefined && unknown.length > 0) g.col = unknown.shift();
      if (g.numerator !== undefined && g.denominator === undefined) {
        if (g.col === undefined) g.col = g.numerator;
        delete g.numerator;
      }
      // "Số đăng ký | Số đạt | Tỷ lệ (%)": the rate's "%" says nothing of the counts beside it. Only a group whose
      // figure is the rate (no count column) reads its target and target row as percent from the rate's heading.
      if (g.col === undefined) g.percentHeader ||= ratePercent;
      unknownOf.set(g, unknown);
      for (const k of unknown) {
        unplaced.push({ col: k, header: cols[k].label, message: { vi: `Không rõ cột ${at(sheet, cols[k])} dùng để làm gì; bỏ qua.`, en: `Column ${at(sheet, cols[k])} has no known role; ignored.` }, reason: "unknown" });
      }
    }
    return g;
  };
  const registered: ColumnHeading[] = [];
  // Target headings over each unit's target in words ("Kế hoạch năm 2020" over "Duy trì 19 tiêu chí", "18 tiêu chí").
  const worded: ColumnHeading[] = [];
  let c = groups.length > 0 ? cols.length : 0;
  const taken = c === 0 && twoLevel ? rolesOverIndicators(sheet, cols, unitCol, groups, decisions, unplaced) : new Set<number>();
  while (c < cols.length) {
    const col = cols[c];
    if (c === unitCol || c === rowRoleColumn || col.label === "" || taken.has(c)) {
      c++;
      continue;
    }
    const parent = col.texts[0] ?? "";
    const ph = combineTexts([parent], OWN);
    if (col.hidden) {
      if ((ph.role !== null || parent !== "") && sheet.hiddenColumns?.includes(c)) unplaced.push({ col: c, header: col.label, message: { vi: `Cột ẩn ${at(sheet, col)} không được đọc.`, en: `Hidden column ${at(sheet, col)} is not read.` } });
      c++;
      continue;
    }
    if (ph.role === "stt") sttColumn = c;
    if (ph.role === "status") statusColumn ??= c;
    // "Kết quả xếp loại" over "Tốt | Khá | Đạt | Chưa đạt", each over "SL | %": a heading that names a clerk's verdict
    // column, merged over parts with headings of their own, is a breakdown of results, read as the groups below it.
    // So is a school level's name ("Tiểu học | Trung học cơ sở" over "Tổng số HS | Số HS bỏ học | Tỷ lệ (%)"): a group, no key.
    const spread = (ph.role === "assessment" || ph.role === "unitName") && twoLevel && col.texts.length > 1 && (mergeCovering(sheet, band.rows[0], c)?.right ?? c) > c;
    if (ph.role && NOT_INDICATOR.has(ph.role) && !spread) {
      c++;
      continue;
    }
    // A rate column right after a group ("Tỷ lệ (%)") belongs to that group.
    if (ph.role === "rate" && col.texts.length === 1 && groups.length > 0 && groups[groups.length - 1].rate === undefined) {
      groups[groups.length - 1].rate = c;
      groups[groups.length - 1].percentHeader ||= ph.percent;
      c++;
      continue;
    }
    // Columns sharing this parent heading (merged or carried) form one group.
    let end = c;
    if (twoLevel) {
      while (end + 1 < cols.length && end + 1 !== unitCol && !cols[end + 1].hidden && cols[end + 1].texts[0] === parent && cols[end + 1].texts.length > 1 && col.texts.length > 1) end++;
      const merge = mergeCovering(sheet, band.rows[0], c);
      if (merge && merge.left === c && col.texts.length > 1) end = Math.max(end, Math.min(merge.right, cols.length - 1));
    }
    // Named sub-headings each over their own parts ("Cân nặng theo tuổi" over "Phát triển bình thường | Suy dinh
    // dưỡng thể nhẹ cân", each over "SL | TL (%)"): each sub-heading is an indicator, its parts read below it.
    if (end > c && band.rows.length >= 3) {
      const span = cols.slice(c, end + 1).filter((k) => !k.hidden);
      const middles: Array<{ from: number; to: number; text: string }> = [];
      for (const k of span) {
        const m = k.texts[1];
        const last = middles[middles.length - 1];
        if (last && m !== undefined && last.text === m && k.col === last.to + 1) last.to = k.col;
        else middles.push({ from: k.col, to: k.col, text: m ?? "" });
      }
      // Sub-headings each over the same parts ("Tổng số" | "Trong đó: trẻ 5 tuổi", each over "Số trẻ điều tra | Số trẻ ra
      // lớp | Tỷ lệ (%)") are groups of their own however they are worded: one group would pair the first's whole with
      // the second's count and rate (5-year-olds enrolled over all children surveyed).
      const partsOf = (m: { from: number; to: number }) => span.filter((k) => k.col >= m.from && k.col <= m.to).map((k) => fold(k.texts[k.texts.length - 1] ?? "")).join("|");
      const alike = middles.length >= 2 && middles.every((m) => m.text !== "" && m.to > m.from && partsOf(m) === partsOf(middles[0]));
      const split = alike || (middles.length >= 2 && middles.every((m) => m.text !== "" && combineTexts([m.text], OWN).role === null) && middles.some((m) => m.to > m.from));
      if (split) {
        for (const m of middles) groups.push(groupOf(m.from, m.to, `${parent} – ${m.text}`, 2));
        c = end + 1;
        continue;
      }
    }
    // "Chỉ tiêu đăng ký đầu năm học" over "Số giải | Giải cao nhất | Xếp thứ": a block of each unit's own targets, one
    // part per indicator named elsewhere on the row; each part is paired with its indicator after all are read.
    if (end > c && ph.role === "target") {
      const parts = cols.slice(c, end + 1).filter((k) => !k.hidden && k.texts.length > 1);
      if (parts.length >= 2 && parts.every((k) => combineTexts(k.texts.slice(1), OWN).role === null)) {
        registered.push(...parts);
        c = end + 1;
        continue;
      }
    }
    // A heading over sub-headings that are indicators themselves ("Kết quả đánh giá theo tiêu chí" over "TC1 … TC4",
    // none of them a part such as "Số đạt", "Tỷ lệ", "Kế hoạch"): each sub-heading is its own indicator.
    if (end > c) {
      const parts = cols.slice(c, end + 1).filter((k) => !k.hidden);
      const levels = levelRun(c, end);
      const anyPart = parts.some((k) => !levels.has(k.col) && combineTexts(k.texts.slice(1), OWN).role !== null);
      if (!anyPart && parts.length >= 2 && parts.every((k) => k.texts.length > 1)) {
        for (const k of parts) {
          const header = k.texts[k.texts.length - 1];
          const sub: MatrixGroup = { header, col: k.col, percentHeader: k.reading.percent };
          const subId = /\[([a-z0-9][a-z0-9._-]*)\]/.exec(header)?.[1];
          if (subId) sub.indicatorId = subId;
          groups.push(sub);
        }
        c = end + 1;
        continue;
      }
    }
    // A column whose cells state targets ("Dưới 6%", "Ít nhất 10 trường") holds no unit's figure: no indicator.
    // Only rows naming a unit tell: a row of targets under the header with a blank key ("| | Trước ngày 15/10 | …")
    // is the targets of every column, not this column's cells.
    if (end === c && holdsTargets(columnEvidence(sheet, c, unitRows))) {
      if (col.texts.length === 1 && col.reading.role === "target") worded.push(col);
      unplaced.push({ col: c, header: col.label, message: { vi: `Cột ${at(sheet, col)} ghi chỉ tiêu, không phải số liệu của từng ${unitNoun}; bỏ qua.`, en: `Column ${at(sheet, col)} states targets, not each unit's figures; ignored.` } });
      c++;
      continue;
    }
    // A part whose own heading states its bar in brackets ("Sĩ số" over "Đầu năm | Cuối năm | Duy trì sĩ số (%)
    // (chỉ tiêu 100%)"): an indicator of its own, judged on that bar; the other parts stay the parent's.
    // "Xếp loại" over "Giỏi | % | Khá | % | TB | %": each named part with the rate right after it is an indicator of its
    // own (the count and its share); one group would pair the first count with the last rate.
    const pairs = end > c ? namedRatePairs(cols.slice(c, end + 1)) : null;
    if (pairs) {
      for (const [k, rate] of pairs) groups.push({ header: `${parent} – ${vietnamesePart(cols[k].texts[cols[k].texts.length - 1])}`, col: k, rate, percentHeader: false });
      c = end + 1;
      continue;
    }
    const stated = end > c ? cols.slice(c, end + 1).filter((k) => !k.hidden && k.texts.length > 1 && headingTarget(k.texts[k.texts.length - 1]) !== null) : [];
    if (stated.length > 0 && stated.length < end - c + 1) {
      groups.push(groupOf(c, end, parent, 1, new Set(stated.map((k) => k.col))));
      for (const k of stated) groups.push({ header: vietnamesePart(k.texts[k.texts.length - 1]), col: k.col, percentHeader: k.reading.percent });
      c = end + 1;
      continue;
    }
    groups.push(groupOf(c, end, parent, 1));
    c = end + 1;
  }

  pairRegistered(sheet, registered, cols, groups, decisions, unplaced);
  const figuresIn = (c: number) => {
    const e = columnEvidence(sheet, c, unitRows);
    return e.figure >= 1 && e.figure * 5 >= e.filled * 3;
  };
  pairRegistrations(sheet, cols, groups, decisions, figuresIn, unitRows);
  // Such a column beside one column of results of its year ("Kế hoạch năm 2020 | Số tiêu chí đạt đến 30/9/2020") is
  // each unit's target for it, as a registered plan is; so is one of shares ("≥ 98%") right after a group's share of
  // its part of the year ("Cuối năm học ⟩ SL | TL | Chỉ tiêu KH năm học"). Two such results beside it, or none, leave
  // it unread.
  const shares = (c: number) => {
    const said = unitRows.map((r) => cellText(sheet.values[r]?.[c]).trim()).filter((x) => x !== "");
    return said.length > 0 && said.filter((x) => x.includes("%")).length * 2 > said.length;
  };
  for (const t of worded) {
    const fit = (k: ColumnHeading) => /^(actual|actualNumerator)$/.test(k.reading.role ?? "") && !k.reading.prior && !k.reading.percent && (k.reading.year ?? t.reading.year) === t.reading.year;
    const ofTerm = (g: MatrixGroup) => {
      const h = combineTexts([g.header], OWN);
      // A part of the year's share ("Tiêm chủng đầy đủ 9 tháng") under the year's plan is judged as a part (asked or not yet due).
      return !h.prior && (h.term === undefined || h.term === "year" || h.term === t.reading.term || t.reading.term === "year") && (h.year ?? t.reading.year) === t.reading.year;
    };
    const single = groups.filter((g) => g.col !== undefined && g.target === undefined && g.numerator === undefined && g.rate === undefined && Math.abs(g.col - t.col) === 1 && fit(cols[g.col]) && figuresIn(g.col));
    // A hidden column between (last year's, "Cùng kỳ") leaves the plan right after the share.
    let before = t.col - 1;
    while (before > 0 && cols[before]?.hidden && sheet.hiddenColumns?.includes(before)) before--;
    const mates = single.length > 0 ? single : shares(t.col) ? groups.filter((g) => g.target === undefined && g.rate === before && ofTerm(g)) : [];
    if (mates.length !== 1) continue;
    mates[0].target = t.col;
    if (mates[0].rate !== undefined) mates[0].targetPercent = true;
    unplaced.splice(unplaced.findIndex((u) => u.col === t.col), 1);
    decisions.push({ vi: `Cột ${at(sheet, t)} là chỉ tiêu của từng ${unitNoun} cho cột ${at(sheet, cols[mates[0].col!])}.`, en: `Column ${at(sheet, t)} is each unit's target for column ${at(sheet, cols[mates[0].col!])}.` });
  }

  const layout: MatrixLayout = { shape: "matrix", ...base, unitColumn: unitCol, unitNoun, groups, confidence: 0, unplaced };
  if (rowRoleColumn !== undefined) layout.rowRoleColumn = rowRoleColumn;
  const excluded = excludedRows(sheet, base, unitCol, {}, layout);
  const hidden = new Set(excluded.map((e) => e.row));
  const totals: number[] = [];
  const grand: number[] = [];
  const figureCols = groups.flatMap((g) => [g.col, g.numerator, g.denominator, g.rate, g.target].filter((k): k is number => k !== undefined));
  const targetRows: Array<{ r: number; text: string }> = [];
  const lowerRows: number[] = [];
  const upperRows: number[] = [];
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    if (hidden.has(r)) continue;
    if (rowRoleColumn !== undefined && TARGET_ROW_LABEL.test(fold(cellText(sheet.values[r]?.[rowRoleColumn])))) {
      excluded.push({ row: r, kind: "target", text: cellText(sheet.values[r]?.[rowRoleColumn]) });
      continue;
    }
    const v = sheet.values[r]?.[unitCol];
    if (typeof v !== "string" || v.trim() === "") continue;
    const f = fold(vietnamesePart(v));
    if (v.length <= 60 && (LOWER_BOUND_ROW.test(f) || UPPER_BOUND_ROW.test(f))) {
      (LOWER_BOUND_ROW.test(f) ? lowerRows : upperRows).push(r);
      excluded.push({ row: r, kind: "target", text: v.trim() });
    } else if (isTargetRowLabel(v)) {
      // Every row of targets is left out of the units; which one applies is chosen below.
      targetRows.push({ r, text: v.trim() });
      excluded.push({ row: r, kind: "target", text: v.trim() });
    } else if (v.length <= 60 && (TOTAL_ROW.test(f) || TOTAL_ROW.test(fold(vietnamesePart(v).replace(BRACKET_END, ""))))) {
      // A remark in brackets after the words ("Toàn tỉnh (vùng khó khăn)") leaves a total a total.
      totals.push(r);
      grand.push(r);
      excluded.push({ row: r, kind: "total", text: v.trim() });
    } else if ((totals[totals.length - 1] === r - 1 && /^t[iy] le\W*$/.test(f)) || (v.length <= 80 && readHeader(v).role === "ratio")) {
      // "Tỷ lệ (%)" under "Toàn thành phố": the total's shares, not a unit; nor is a row of changes ("Tăng (+), giảm (-)
      // so với HK I năm học trước"), worded as a comparison column's heading is.
      excluded.push({ row: r, kind: "total", text: v.trim() });
    } else if (SECTION_ROW.test(f) && figureCols.every((k) => isEmptyCell(sheet.values[r]?.[k]))) {
      excluded.push({ row: r, kind: "section", text: v.trim() });
    } else if (sttColumn !== undefined && r < base.lastDataRow && aloneOver(sheet, r, (c) => c === unitCol, (c) => figureCols.includes(c))) {
      // Numbered units: a row with no number and nothing but its label, over a unit, heads a group of them.
      excluded.push({ row: r, kind: "section", text: v.trim() });
    } else if (headingDepth(cellText(sheet.values[r]?.[sttColumn ?? -1]), v) <= 1) {
      // "I. Khu vực đồng bằng": a group of units numbered apart from them; with figures it is their subtotal.
      const sub = figureCols.some((k) => !isEmptyCell(sheet.values[r]?.[k]));
      if (sub) totals.push(r);
      excluded.push({ row: r, kind: sub ? "total" : "section", text: v.trim() });
    }
  }
  if (targetRows.length === 0 && lowerRows.length === 1 && upperRows.length === 1) {
    // "Mức tối thiểu" / "Mức tối đa": each column's target is the band between the two rows.
    layout.targetRow = lowerRows[0];
    layout.targetRowMax = upperRows[0];
    decisions.push({
      vi: `Dòng ${lowerRows[0] + 1 + (sheet.origin?.row ?? 0)} và ${upperRows[0] + 1 + (sheet.origin?.row ?? 0)} là mức tối thiểu và tối đa: chỉ tiêu mỗi cột là khoảng giữa hai mức.`,
      en: `Rows ${lowerRows[0] + 1 + (sheet.origin?.row ?? 0)} and ${upperRows[0] + 1 + (sheet.origin?.row ?? 0)} are the lower and upper bounds: each column's target is the band between them.`,
    });
  } else if (targetRows.length === 0 && lowerRows.length + upperRows.length > 0) {
    // A lone bound row, or several: not one band per column. Refused rather than read as a floor or a cap.
    unplaced.push({ col: -1, header: "", message: { vi: "Có dòng mức tối thiểu/tối đa nhưng không thành cặp; chưa dùng làm chỉ tiêu (chỉ rõ bằng --map).", en: "Lower/upper bound rows do not form one pair; not used as targets (name them with --map)." } });
  }
  if (targetRows.length === 1) layout.targetRow = targetRows[0].r;
  else if (targetRows.length > 1) {
    // Target rows for several years ("Chỉ tiêu năm 2020", "Chỉ tiêu năm 2025"): the one due at the as-of date, said;
    // rows that do not tell their years apart leave the first one, as a sheet's own order does.
    const yearOf = (t: string) => {
      const ys = [...fold(t).matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
      return ys.length ? Math.max(...ys) : undefined;
    };
    // A row naming the part of the year the title reports on ("Chỉ tiêu 6 tháng đầu năm" under "… 6 THÁNG ĐẦU NĂM
    // 2020") is that part's, beside the year's: it applies.
    const part = titlePart(sheet, base.headerRows[0]);
    const same = part ? targetRows.filter((t) => yearPart(t.text) === part) : [];
    const due = same.length === 1 ? { c: same[0], why: { vi: "tiêu đề báo cáo cùng kỳ", en: "the title reports on that part of the year" } } : dueTarget(targetRows.map((t) => ({ c: t, year: yearOf(t.text) })), asOf, 0);
    const pick = due?.c ?? targetRows[0];
    layout.targetRow = pick.r;
    if (due) {
      const others = targetRows.filter((t) => t !== pick).map((t) => `"${t.text}"`).join(", ");
      decisions.push({ vi: `Dùng dòng "${pick.text}" làm chỉ tiêu vì ${due.why.vi}; không dùng ${others}.`, en: `Row "${pick.text}" holds the targets used, as ${due.why.en}; not ${others}.` });
    }
  }
  if (layout.targetRow === undefined) {
    // A row no word names as targets whose cells state them ("Yêu cầu tối thiểu | 100% | ≥ 80% | Ít nhất 2 trường"),
    // above the units or below the total: the targets of every unit.
    // Only one such row: where several rows state targets, they are no units' figures at all (a list read as units).
    // A unit's own target column ("KH 2020" beside "Ước TH 2020") states targets on every unit's row: not read here.
    const done = new Set(excluded.map((e) => e.row));
    const own = new Set(groups.map((g) => g.target));
    const stating = dataRows.filter((r) => !done.has(r) && holdsTargets(rowEvidence(sheet, r, figureCols.filter((k) => !own.has(k)))));
    if (stating.length === 1) {
      const r = stating[0];
      const text = cellText(sheet.values[r]?.[unitCol]);
      layout.targetRow = r;
      excluded.push({ row: r, kind: "target", text });
      decisions.push({ vi: `Dòng ${r + 1 + (sheet.origin?.row ?? 0)} "${text}" là dòng chỉ tiêu vì các ô ghi chỉ tiêu.`, en: `Row ${r + 1 + (sheet.origin?.row ?? 0)} "${text}" holds the targets, as its cells state them.` });
    }
  }
  if (layout.targetRow !== undefined && layout.targetRowMax === undefined) {
    // The target row states a group's level target over one part no word names ("≥ 50%" over "Tỷ lệ so KH năm") and
    // over neither its figure nor its rate: that part is the figure judged, the figure and plan beside it are not. A
    // change ("Giảm ≥ 0,5%" over "Mức giảm") is left: a difference column is no level, and no baseline is known.
    const tr = sheet.values[layout.targetRow] ?? [];
    for (const g of groups) {
      const vc = g.col ?? g.rate ?? g.numerator;
      const over = (unknownOf.get(g) ?? []).filter((k) => !isEmptyCell(tr[k]) && !/^(tang|giam)\b/.test(fold(cellText(tr[k]))));
      if (vc === undefined || !isEmptyCell(tr[vc]) || (g.rate !== undefined && !isEmptyCell(tr[g.rate])) || over.length !== 1) continue;
      const k = over[0];
      const left = [g.col, g.target, g.numerator, g.denominator, g.rate].filter((x): x is number => x !== undefined);
      for (const key of ["col", "target", "numerator", "denominator", "rate", "targetPercent"] as const) delete g[key];
      g.col = k;
      g.header = `${g.header} – ${cols[k].texts[cols[k].texts.length - 1]}`;
      g.percentHeader ||= cols[k].reading.percent;
      unplaced.splice(unplaced.findIndex((u) => u.col === k), 1);
      const list = left.map((x) => at(sheet, cols[x])).join(", ");
      decisions.push({ vi: `Dòng chỉ tiêu ghi chỉ tiêu ở cột ${at(sheet, cols[k])}: đánh giá cột đó, không đánh giá ${list}.`, en: `The target row states the target over column ${at(sheet, cols[k])}: that column is judged, not ${list}.` });
    }
  }
  if (layout.targetRow === undefined && groups.every((g) => g.target === undefined)) {
    // No target row in the table: norms above it, one row per kind of unit, picked by a column naming each unit's kind.
    const skip = new Set([...excluded.map((e) => e.row), ...totals]);
    const units = dataRows.filter((r) => !skip.has(r) && cellText(sheet.values[r]?.[unitCol]).trim() !== "");
    const norms = normBlock(sheet, band.rows[0], groups, unitCol, units);
    if (norms) {
      layout.norms = norms;
      const keyGroup = groups.findIndex((g) => [g.col, g.rate, g.numerator, g.denominator].includes(norms.keyColumn));
      if (keyGroup >= 0) groups.splice(keyGroup, 1);
      const key = at(sheet, band.columns.find((c) => c.col === norms.keyColumn) ?? { col: norms.keyColumn, label: "" } as ColumnHeading);
      const list = norms.rows.map((x) => `"${x.kind}" (dòng ${x.row + 1 + (sheet.origin?.row ?? 0)})`).join(", ");
      const listEn = norms.rows.map((x) => `"${x.kind}" (row ${x.row + 1 + (sheet.origin?.row ?? 0)})`).join(", ");
      decisions.push({
        vi: `Chỉ tiêu của mỗi ${unitNoun} lấy ở bảng mức phía trên theo cột ${key}: ${list}.`,
        en: `Each unit's targets come from the norm block above, by column ${key}: ${listEn}.`,
      });
    }
  }
  if (totals.length) {
    // The grand total is the last total row ("Toàn quận" after "Cộng khối MN", "Cộng khối TH"), not a group's subtotal.
    layout.totalRow = grand.length ? grand[grand.length - 1] : totals[totals.length - 1];
    layout.totalRows = totals;
  }
  // Targets "(toàn trường)": the whole's, judged on the total row alone; the units' rows are breakdowns under it.
  const targetLabel = layout.targetRow !== undefined ? cellText(sheet.values[layout.targetRow]?.[unitCol]).trim() : "";
  if (WHOLE_SCOPE.test(fold(targetLabel)) && !eachScope(targetLabel)) {
    layout.targetRowWhole = true;
    const total = layout.totalRow !== undefined ? `"${cellText(sheet.values[layout.totalRow]?.[unitCol]).trim()}"` : undefined;
    decisions.push(
      total
        ? { vi: `Dòng "${targetLabel}" là chỉ tiêu chung: chỉ dòng ${total} được đánh giá; các dòng ${unitNoun} không có chỉ tiêu riêng.`, en: `Row "${targetLabel}" holds the whole's targets: only row ${total} is judged; the ${unitNoun} rows have no target of their own.` }
        : { vi: `Dòng "${targetLabel}" là chỉ tiêu chung nhưng bảng không có dòng tổng; không đánh giá từng ${unitNoun} theo chỉ tiêu đó.`, en: `Row "${targetLabel}" holds the whole's targets but the table has no total row; no ${unitNoun} is judged against them.` },
    );
  }
  excluded.sort((a, b) => a.row - b.row);
  if (excluded.length) layout.excludedRows = excluded;
  let confidence = 0.5;
  if (groups.length > 0) confidence += 0.3;
  if (base.lastDataRow - base.firstDataRow >= 1) confidence += 0.2;
  layout.confidence = Math.round(Math.max(0, confidence - 0.05 * unplaced.length) * 100) / 100;
  if (groups.length === 0) {
    unplaced.push({ col: -1, header: "", message: { vi: "Không thấy cột chỉ tiêu nào bên cạnh cột tên đơn vị.", en: "No indicator columns next to the unit-name column." } });
  }
  if (sttColumn !== undefined) layout.sttColumn = sttColumn;
  if (statusColumn !== undefined) layout.statusColumn = statusColumn;
  if (decisions.length) layout.decisions = decisions;
  titleGroups(groups, cols);
  return layout;
}

/**
 * Names each group as its column's two-level heading reads, where its header keeps one level: the merged parent before,
 * joined by " – " as the reader's composite headers are ("Học lực – Giỏi"), so three age groups under one "Mẫu giáo"
 * are three columns a user can tell apart. A parent over every group names none of them; a child is added only where
 * another group has the same header; a level that is a role or a part ("Thực hiện", "SL") names no column.
 * @example header "3-4 tuổi" under "Mẫu giáo" beside "Nhà trẻ" → title "Mẫu giáo – 3-4 tuổi"
 */
function titleGroups(groups: MatrixGroup[], cols: ColumnHeading[]): void {
  const levels = groups.map((g) => ((k) => (k === undefined ? [] : (cols[k]?.texts ?? []).map(vietnamesePart)))(g.col ?? g.numerator ?? g.rate));
  const read = levels.filter((l) => l.length > 0);
  groups.forEach((g, i) => {
    const h = fold(g.header);
    const texts = levels[i];
    let at = texts.length - 1;
    while (at >= 0 && !h.includes(fold(texts[at]))) at--;
    const names = (t: string) => !h.includes(fold(t)) && ((r) => r.role === null && !r.part)(combineTexts([t], OWN));
    const before = texts.slice(0, Math.max(at, 0)).filter((t) => names(t) && !read.every((l) => l.includes(t)));
    const after = at >= 0 && groups.some((o) => o !== g && o.header === g.header) ? texts.slice(at + 1).filter(names) : [];
    if (before.length + after.length > 0) g.title = [...before, g.header, ...after].join(" – ");
  });
}

/**
 * The layout with the caller's corrections applied (a user confirming or fixing the proposed mapping).
 * Changing the shape keeps the rows and takes columns/groups from the overrides.
 * @example applyOverrides(listLayout, { columns: { target: null, actual: 5 } }) → target role removed, actual in column F
 */
export function applyOverrides(layout: Layout, ov: LayoutOverrides | undefined): Layout {
  if (!ov) return layout;
  const rows = {
    headerRows: ov.headerRows ?? layout.headerRows,
    firstDataRow: ov.firstDataRow ?? layout.firstDataRow,
    lastDataRow: ov.lastDataRow ?? layout.lastDataRow,
  };
  const shape = ov.shape ?? layout.shape;
  if (shape === "list") {
    const columns: Partial<Record<ColumnRole, number>> = layout.shape === "list" ? { ...layout.columns } : {};
    for (const [role, col] of Object.entries(ov.columns ?? {}) as [ColumnRole, number | null][]) {
      if (col === null) delete columns[role];
      else {
        // A column given a new role leaves its old one: "Chỉ tiêu = D" when D was read as the name.
        for (const [r, c] of Object.entries(columns) as [ColumnRole, number][]) if (c === col && r !== role) delete columns[r];
        columns[role] = col;
      }
    }
    const percentHeaders = layout.shape === "list" ? layout.percentHeaders : [];
    const out = { ...layout, ...rows, shape: "list", columns, percentHeaders, confidence: 1 } as ListLayout;
    // The user's map decides the plan: an adjusted column it names, or a plan it moves away from, is no longer read as the plan's twin.
    const adj = out.targetAdjusted;
    if (adj && (Object.values(ov.columns ?? {}).includes(adj.col) || (columns.target !== undefined && Math.abs(columns.target - adj.col) !== 1) || (ov.columns?.target !== undefined && ov.columns.target !== (layout.shape === "list" ? layout.columns.target : undefined)))) {
      delete out.targetAdjusted;
      out.decisions = out.decisions?.filter((d) => !d.en.includes("holds adjusted targets"));
    }
    return out;
  }
  const m: MatrixLayout =
    layout.shape === "matrix"
      ? { ...layout, ...rows, confidence: 1 }
      : { shape: "matrix", ...rows, unitColumn: 0, unitNoun: "đơn vị", groups: [], confidence: 1, unplaced: [] };
  if (ov.unitColumn !== undefined) m.unitColumn = ov.unitColumn;
  if (ov.unitNoun !== undefined) m.unitNoun = ov.unitNoun;
  if (ov.groups) m.groups = ov.groups;
  return m;
}
