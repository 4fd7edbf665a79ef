// Finding tables on a sheet: every candidate header band (one to three rows, merged cells), each column's heading and role.
import type { CellValue } from "../types";
import { type CellRange, type SheetData, isEmptyCell, sheetWidth } from "../sheet/model";
import { cellText, fold } from "../sheet/text";
import { type HeaderReading, type OwnHeaders, monthHeading, namesWholeYear, readHeader } from "./header";
import { cellKind, columnEvidence, holdsNames } from "./evidence";
import { isNumbered } from "./sections";
import { BREAKDOWN, FOOTER_LINE, INDEX_BLOCK, NOTE_LINE, PLACE_DATE_LINE, PLACE_DATE_START, type Role, type Term } from "./vocabulary";

/** One column of a candidate table. */
export interface ColumnHeading {
  col: number;
  /** Heading texts from the top header row down, merged and spanning headings carried, repeats dropped. */
  texts: string[];
  /** "Thực hiện / Tỷ lệ (%)": the texts joined, as the user reads them. */
  label: string;
  /** The role and modifiers the texts give together (parent over child). */
  reading: HeaderReading;
  /** The column is hidden: never read as data. */
  hidden: boolean;
}

/** A header band found on a sheet: the rows of headings and what every column holds. */
export interface HeaderBand {
  /** Header rows, top to bottom, including a numbering row ("(1) (2) (3)") under the headings. */
  rows: number[];
  /** The column naming each row: the indicator name (list, task table) or the unit name (matrix). */
  keyCol: number;
  keyRole: "name" | "unitName";
  columns: ColumnHeading[];
  /** Distinct roles read on the key row, the band's strength as a header. */
  score: number;
  /**
   * How the key column was found: by its heading, or by its data (a header no word of the vocabulary names, whose key
   * column is the one holding names): said to the user as the reader's choice.
   */
  keyBy?: "heading" | "data";
  /** Found by structure alone: no heading word named two roles on its row (a weaker header, chosen only by its data). */
  byStructure?: boolean;
  /** The same header repeated lower down over more rows of this table (one block per level): its rows, per repeat. */
  repeats?: number[][];
}

/** How far down a sheet headers are looked for: title blocks run 5–15 rows, general-information blocks more. */
export const MAX_HEADER_SCAN = 60;

const NUMBERING_CELL = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)?\.?$/;

/** Looks up cell text with merged areas resolved to their top-left value, for the rows asked for. */
export function mergedText(sheet: SheetData, rows: Iterable<number>): (row: number, col: number) => string {
  const want = new Set(rows);
  const cover = new Map<number, Map<number, [number, number]>>();
  for (const m of sheet.merges ?? []) {
    // A merge over a whole column or thousands of rows only matters on the rows asked for.
    for (const r of want) {
      if (r < m.top || r > m.bottom) continue;
      let row = cover.get(r);
      if (!row) cover.set(r, (row = new Map()));
      const right = Math.min(m.right, m.left + 512);
      for (let c = m.left; c <= right; c++) row.set(c, [m.top, m.left]);
    }
  }
  return (row, col) => {
    const at = cover.get(row)?.get(col);
    const [r, c] = at ?? [row, col];
    return cellText(sheet.values[r]?.[c]);
  };
}

/** The merge whose area holds (row, col), or null. */
export function mergeCovering(sheet: SheetData, row: number, col: number): CellRange | null {
  for (const m of sheet.merges ?? []) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return null;
}

/** True when a cell holds a year-like number only (a heading "2024" typed as a number). */
const isYear = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;

interface RowScore {
  row: number;
  score: number;
  /** Figures on the row (numbers, and texts that open with one: "22 trường"); a header row has none, or one. */
  numbers: number;
  /** Distinct roles the row's headings name. */
  roles: number;
  /** Cells holding only a small number ("6", 6): a data row's STT, or a numbering row. */
  marks: number;
  /**
   * The row heads its columns with periods only ("2018-2019 | 2019-2020 | …", "Năm học 2022-2023 | Năm học
   * 2023-2024") and leaves the key column blank: the rows below may be indicators or units, the check decides.
   */
  periods?: boolean;
  keyCol: number;
  keyRole: "name" | "unitName";
}

function scoreRow(sheet: SheetData, row: number, width: number, hidden: Set<number>, own?: OwnHeaders): RowScore | null {
  const roles = new Set<Role>();
  let numbers = 0;
  let texts = 0;
  let nameCol = -1;
  let unitCol = -1;
  let levelCol = -1;
  let altName = -1;
  let altKey = -1;
  let targets = 0;
  let marks = 0;
  // Period headings ("2018 | 2019 | Sơ bộ 2020"): beside a name heading, a time series' header.
  let dated = 0;
  const values = sheet.values[row];
  if (!values) return null;
  for (let c = 0; c < Math.min(width, values.length); c++) {
    if (hidden.has(c)) continue;
    const v = values[c];
    if (isYear(v)) dated++;
    if (typeof v === "number" && !isYear(v)) numbers++;
    if ((typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 100) || (typeof v === "string" && /^\s*\(?\d{1,2}\)?\.?\s*$/.test(v))) marks++;
    if (typeof v !== "string" || v.trim() === "" || v.length > 120) continue;
    if (/^\s*\d[\d.,]*(\s|%|$)/.test(v) && !/^\s*\(?\d{1,2}\)?\s*$/.test(v)) numbers++;
    // A numbering mark ("I", "a)", "1.") heads no column: a section row "I | Mầm non" is no header.
    if (NUMBERING_CELL.test(fold(v))) continue;
    texts++;
    const h = readHeader(v, own);
    if (!h.role) {
      if (h.year !== undefined) dated++;
      continue;
    }
    roles.add(h.role);
    if (h.role === "name" && !h.alt && nameCol < 0) nameCol = c;
    if (h.role === "name" && h.alt && altName < 0) altName = c;
    if (h.role === "unitName" && unitCol < 0) unitCol = c;
    if (h.role === "level" && levelCol < 0) levelCol = c;
    if (h.role === "target") targets++;
    if (h.role === "target" && h.alt === "name" && altKey < 0) altKey = c;
  }
  if (nameCol < 0) nameCol = altName;
  // "TT | Cấp học | Số HS được khám | …" with no other name or unit column: the levels are the rows, each a unit. (Held
  // back in round 38 for a fresh table's group of kinds read as a plan; read again once such a group sets none.)
  if (nameCol < 0 && unitCol < 0 && levelCol >= 0 && roles.size >= 2) unitCol = levelCol;
  // "Mục tiêu | Chỉ tiêu đến năm 2025": with two target-like headings and no name, the first names the goals.
  if (nameCol < 0 && unitCol < 0 && altKey >= 0 && targets >= 2) nameCol = altKey;
  // Headings naming at least two roles and no key column ("TT | Hạng mục | ĐVT | Chỉ tiêu đến năm 2025 | Thực hiện"):
  // a header all the same, whose key column the data under it tells (headerCandidates).
  if (nameCol < 0 && unitCol < 0 && roles.size >= 2 && numbers === 0 && [...roles].some((r) => KEYLESS_ROLES.has(r))) {
    return { row, score: roles.size, numbers, roles: roles.size, marks, keyCol: -1, keyRole: "name" };
  }
  if (nameCol < 0 && unitCol < 0) {
    // A row of period headings over a blank key column: a yearbook's time series or its units by year.
    let periods = 0;
    let first = -1;
    for (let c = 0; c < Math.min(width, values.length); c++) {
      const v = values[c];
      if (hidden.has(c) || isEmptyCell(v)) continue;
      const h = typeof v === "string" ? readHeader(v, own) : isYear(v) ? { role: null, year: v as number } : null;
      // A due day with its word ("Trước ngày 15/10/2015") names a year but heads no period: it is a target.
      if (h && h.role === null && h.year !== undefined && cellKind(v) !== "target") {
        periods++;
        if (first < 0) first = c;
        // The unit of each row's figures in a column of its own, between the labels and the periods ("ĐVT").
      } else if (h?.role !== "unit" || first >= 0) return null;
    }
    if (periods < 2 || first <= 0) return null;
    // The key is the column left of the periods holding the row labels below (a table need not start in column A).
    let key = 0;
    while (key < first && hidden.has(key)) key++;
    for (let c = key; c < first; c++) {
      if (hidden.has(c)) continue;
      let texts = 0;
      for (let r = row + 1; r < Math.min(sheet.values.length, row + 30) && texts < 2; r++) if (typeof sheet.values[r]?.[c] === "string" && String(sheet.values[r][c]).trim() !== "") texts++;
      if (texts >= 2) {
        key = c;
        break;
      }
    }
    return { row, score: 2, numbers: 0, roles: 0, marks: 0, keyCol: key, keyRole: "name", periods: true };
  }
  // A header row names its columns; a row of figures is data even if one cell happens to say "TH".
  if (numbers > 1) return null;
  // Two periods or more beside the name count once ("Chỉ tiêu | 2014 | 2015 | 2016").
  let score = roles.size + (nameCol >= 0 && dated > 1 ? 1 : 0);
  // A unit matrix names its indicators freely: beside "Tên trường", any other text heading counts once.
  if (nameCol < 0 && texts > roles.size) score += 1;
  const keyRole = nameCol >= 0 ? "name" : "unitName";
  // "Đơn vị" beside an indicator name is the ĐVT, not a unit column: the name wins the key.
  return score >= 2 ? { row, score, numbers, roles: roles.size, marks, keyCol: nameCol >= 0 ? nameCol : unitCol, keyRole } : null;
}

/**
 * The heading row over a row of sub-headings ("Tiết dạy tốt" over "Đăng ký | Kết quả"), or null: the row above
 * holds two texts or more and no figure, has a heading over a blank cell of this row (a name heading standing over
 * both rows) and leaves room for this row's sub-headings (blank or spanning above them).
 */
function parentRow(sheet: SheetData, row: number, width: number, hidden: Set<number>): number | null {
  const above = sheet.values[row - 1];
  const here = sheet.values[row] ?? [];
  if (row === 0 || !above) return null;
  let texts = 0;
  let over = false;
  let under = false;
  for (let c = 0; c < Math.min(width, Math.max(above.length, here.length)); c++) {
    if (hidden.has(c)) continue;
    const a = above[c];
    const h = here[c];
    if (!isEmptyCell(a)) {
      const k = cellKind(a);
      if (k !== "text" && k !== "yesno") return null;
      texts++;
      if (isEmptyCell(h)) over = true;
    }
    if (!isEmptyCell(h) && (isEmptyCell(a) || (mergeCovering(sheet, row - 1, c)?.right ?? c) > (mergeCovering(sheet, row - 1, c)?.left ?? c))) under = true;
  }
  return texts >= 2 && over && under && !isSignatureRow(sheet, row - 1) ? row - 1 : null;
}

/** Roles that make a row a header even when no heading names the key column: figures, targets, deadlines. */
const KEYLESS_ROLES: ReadonlySet<Role> = new Set<Role>(["target", "actual", "rate", "deadline", "completion", "actualNumerator", "actualDenominator", "baseline"]);

function isNumberingRow(sheet: SheetData, row: number, width: number): boolean {
  let n = 0;
  const values = sheet.values[row];
  if (!values) return false;
  for (let c = 0; c < Math.min(width, values.length); c++) {
    const v = values[c];
    if (isEmptyCell(v)) continue;
    const raw = cellText(v);
    // "(1)", "A", "5=4/1", "(6)=(5)/(4)": column numbers, some saying how a column is computed. Words after the
    // numbers make a heading ("3-4 tuổi", "25-36 tháng": age groups under "Mẫu giáo"), not a column number.
    if (!NUMBERING_CELL.test(fold(raw)) && !/^\(?\d{1,2}\)?(\s*[=×x*+/-]\s*\(?\d{1,3}\)?)+\s*%?$/.test(raw.trim())) return false;
    n++;
  }
  return n >= 3;
}

/**
 * Every place on the sheet that reads as a table header, best first: a row naming the key column ("Nội dung",
 * "Tên trường") and at least one more role, with the rows under it that continue the heading (sub-headings under
 * merged parents, a numbering row). Hidden columns are skipped. Never throws.
 * @example headerCandidates({ name: "S", values: [["STT","Nội dung","Kế hoạch","Thực hiện"],[1,"A","90%",0.9]] })[0].rows → [0]
 */
export function headerCandidates(sheet: SheetData, own?: OwnHeaders): HeaderBand[] {
  const width = sheetWidth(sheet);
  const scan = Math.min(sheet.values.length, MAX_HEADER_SCAN);
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const scores: RowScore[] = [];
  for (let r = 0; r < scan; r++) {
    if (hiddenRows.has(r) || isSignatureRow(sheet, r)) continue;
    const s = scoreRow(sheet, r, width, hidden, own);
    if (s) scores.push(s);
  }
  const bands: HeaderBand[] = [];
  const used = new Set<number>();
  // Best rows first, so a sub-heading row that also scores is absorbed into the band above it.
  const order = [...scores].sort((a, b) => b.score - a.score || a.row - b.row);
  for (const s of order) {
    if (used.has(s.row)) continue;
    if (s.periods) {
      // Indicators by year or units by year: both readings are offered; the check keeps the one that judges.
      const band = buildBand(sheet, s, width, hidden, own);
      for (const r of band.rows) used.add(r);
      bands.push(...bothReadings(band));
      continue;
    }
    // Only the strongest header may carry a stray figure; another table's header carries none and names two roles
    // at least (a data row such as "6 | Xây dựng … | Sở GDĐT | Các cơ sở giáo dục" names a unit, but it is numbered).
    if (bands.length > 0 && (s.numbers > 0 || s.marks > 0 || s.roles < 2)) continue;
    let band: HeaderBand;
    if (s.keyCol < 0) {
      // No heading names the key: the column whose cells under the header are names is the key, and its rows may be
      // indicators or units: both readings are offered, the check keeps the one that judges.
      const top = parentRow(sheet, s.row, width, hidden) ?? s.row;
      if (used.has(top)) continue;
      const found = bandByData(sheet, top, width, hidden, hiddenRows, own);
      if (!found) continue;
      band = { ...found, score: s.score, keyRole: "name" };
      for (const r of band.rows) used.add(r);
      bands.push(...bothReadings(band));
      continue;
    } else band = buildBand(sheet, s, width, hidden, own);
    for (const r of band.rows) used.add(r);
    // The same header again lower down ("I. Mầm non" block, then "II. Tiểu học" under the same headings): the table
    // goes on under it, so its rows are read as one table and none is left out.
    const same = bands.find((b) => b.keyCol === band.keyCol && !b.byStructure && sameHeadings(b, band));
    if (same) {
      if (band.rows[0] > same.rows[0]) (same.repeats ??= []).push(band.rows);
      else {
        // Scores tie on equal headings, so the upper one comes first; kept general all the same.
        bands[bands.indexOf(same)] = { ...band, repeats: [...(same.repeats ?? []), same.rows] };
      }
      continue;
    }
    bands.push(band);
  }
  // Headers the vocabulary does not name ("Tiêu chuẩn, tiêu chí | Không đạt | Đạt", "TT | Họ và tên | Tiết dạy
  // tốt"): found by structure, after every named one, both readings offered; the check keeps the one that judges.
  let found = 0;
  for (let r = 0; r < scan && found < MAX_STRUCTURAL; r++) {
    if (used.has(r) || hiddenRows.has(r)) continue;
    const band = structuralBand(sheet, r, width, hidden, hiddenRows, own);
    if (!band || band.rows.some((x) => used.has(x))) continue;
    for (const x of band.rows) used.add(x);
    bands.push(...bothReadings(band));
    found++;
  }
  return bands;
}

/** True when two bands head the same columns with the same words. */
function sameHeadings(a: HeaderBand, b: HeaderBand): boolean {
  const labels = (x: HeaderBand) => x.columns.filter((c) => !c.hidden && c.label !== "").map((c) => `${c.col}:${fold(c.label)}`).join("|");
  return labels(a) === labels(b);
}

/** Headers found by structure alone, per sheet: a title block holds at most a couple of rows that look like one. */
const MAX_STRUCTURAL = 2;
/** Columns looked at for a header found by structure (a table's columns, not a sheet's stray cells far right). */
const STRUCTURAL_WIDTH = 200;
/** Rows under a header read for evidence of its key column. */
const EVIDENCE_ROWS = 40;

/**
 * True for a signature row ("NGƯỜI LẬP BIỂU | HIỆU TRƯỞNG" over "(Ký, ghi rõ họ tên)"), never a header: every text
 * on it is a signature title or place-and-date line, or the row under it asks for a signature.
 * @example isSignatureRow({ name: "S", values: [["TỔ TRƯỞNG", null, "HIỆU TRƯỞNG"], ["(Ký, ghi rõ họ tên)"]] }, 0) → true
 */
export function isSignatureRow(sheet: SheetData, row: number): boolean {
  // "(Ký, ghi rõ họ tên)": no \b after "ý", which is no word character to \b.
  // A cell without "(" cannot ask: the test runs on every cell of every row a table's end is looked for on.
  const asksSignature = (r: number) => (sheet.values[r] ?? []).some((v) => typeof v === "string" && v.includes("(") && /^\s*\(\s*k[yý](?!\p{L})/iu.test(v));
  if (asksSignature(row) || asksSignature(row + 1)) return true;
  let texts = 0;
  let footers = 0;
  for (const v of sheet.values[row] ?? []) {
    if (typeof v !== "string" || v.trim() === "") continue;
    texts++;
    if (v.length <= 80 && (FOOTER_LINE.test(v) || PLACE_DATE_LINE.test(v))) footers++;
  }
  return texts > 0 && footers === texts;
}

/**
 * A header found by structure: a row of at least two short texts (no figures) over rows with figures, its sub-heading
 * rows (merged parents over parts) and, as key, the leftmost column whose cells under it are names. Null when the
 * row is no such header (a title line, a data row, a signature).
 */
function structuralBand(sheet: SheetData, row: number, width: number, hidden: Set<number>, hiddenRows: Set<number>, own?: OwnHeaders): HeaderBand | null {
  const values = sheet.values[row];
  if (!values || isSignatureRow(sheet, row)) return null;
  const w = Math.min(width, values.length, STRUCTURAL_WIDTH);
  let texts = 0;
  let first = -1;
  for (let c = 0; c < w; c++) {
    if (hidden.has(c)) continue;
    const v = values[c];
    if (isEmptyCell(v)) continue;
    if (typeof v !== "string" || v.length > 120) {
      if (isYear(v)) continue;
      return null;
    }
    const k = cellKind(v);
    // A heading is words: a figure, a mark or a target on the row makes it data.
    if (k !== "text" && k !== "yesno") return null;
    // A section row ("I | Quy mô trường lớp") numbers its text; a numbering mark is no heading.
    if (NUMBERING_CELL.test(fold(v))) continue;
    texts++;
    if (first < 0) {
      const role = readHeader(v, own).role;
      if (role !== "stt" && role !== "id") first = c;
    }
  }
  // Three headed columns at least: a key, a figure and one more (a section row holds one or two texts).
  if (texts < 3 || first < 0) return null;
  const band = bandByData(sheet, row, width, hidden, hiddenRows, own);
  return band ? { ...band, score: 1, byStructure: true } : null;
}

/**
 * The band headed at `row` with its key column found by data: sub-heading rows under it, then the rows below up to
 * a footer; at least two of them carry a figure, a mark or a target, the header names most columns holding them,
 * and the key is the leftmost column whose cells are names. Null when the rows under it are no such table.
 */
function bandByData(sheet: SheetData, row: number, width: number, hidden: Set<number>, hiddenRows: Set<number>, own?: OwnHeaders): HeaderBand | null {
  const values = sheet.values[row] ?? [];
  const w = Math.min(width, values.length, STRUCTURAL_WIDTH);
  let first = -1;
  for (let c = 0; c < w && first < 0; c++) {
    const v = values[c];
    if (hidden.has(c) || typeof v !== "string" || v.trim() === "") continue;
    const role = readHeader(v, own).role;
    if (role !== "stt" && role !== "id") first = c;
  }
  if (first < 0) return null;
  const provisional: RowScore = { row, score: 1, numbers: 0, roles: 0, marks: 0, keyCol: first, keyRole: "name" };
  let band = buildBand(sheet, provisional, width, hidden, own);
  const start = band.rows[band.rows.length - 1] + 1;
  // The rows under the header, to the first footer: at least two of them carry a figure, a mark or a target.
  const rows: number[] = [];
  let withFigures = 0;
  // Columns holding figures under the header, and how many of them it heads: a header names its figure columns.
  const figureCols = new Set<number>();
  for (let r = start; r < sheet.values.length && rows.length < EVIDENCE_ROWS; r++) {
    const line = sheet.values[r];
    if (hiddenRows.has(r)) continue;
    if (isFooterRow(line) || isSignatureRow(sheet, r)) break;
    if (!line || line.every((v) => isEmptyCell(v))) {
      if (rows.length > 0 && (sheet.values[r + 1] ?? []).every((v) => isEmptyCell(v))) break;
      continue;
    }
    rows.push(r);
    let figure = false;
    for (let c = 0; c < Math.min(w, line.length); c++) {
      if (hidden.has(c)) continue;
      const k = cellKind(line[c]);
      if (k === "figure" || k === "mark" || k === "target" || k === "yesno" || k === "date") {
        figure = true;
        figureCols.add(c);
      }
    }
    if (figure) withFigures++;
  }
  if (withFigures < 2) return null;
  let headed = 0;
  for (const c of figureCols) if ((band.columns[c]?.label ?? "") !== "") headed++;
  if (headed * 5 < figureCols.size * 3) return null;
  let key = -1;
  for (let c = 0; c < w && key < 0; c++) {
    if (hidden.has(c)) continue;
    const role = band.columns[c]?.reading.role;
    if (role === "note" || role === "stt" || role === "id" || role === "unit" || role === "level") continue;
    if (holdsNames(columnEvidence(sheet, c, rows))) key = c;
  }
  if (key < 0) return null;
  if (key !== first) band = buildBand(sheet, { ...provisional, keyCol: key }, width, hidden, own);
  const keyRole: "name" | "unitName" = band.columns[key]?.reading.role === "unitName" ? "unitName" : "name";
  return { ...band, keyRole, keyBy: "data" };
}

/**
 * A header whose rows may be indicators or units, with both readings (the check keeps the one that judges), except
 * where a column gives each row its unit of measure ("ĐVT", "Đơn vị tính"): rows measured each in its own unit are
 * indicators, never units of one matrix, whose figures would then be judged against one row's target.
 * @example bothReadings(bandWithDvtColumn) → [band as indicators] · bothReadings(bandWithout) → [band, band as units]
 */
function bothReadings(band: HeaderBand): HeaderBand[] {
  const other: HeaderBand = { ...band, keyRole: band.keyRole === "name" ? "unitName" : "name" };
  const measured = band.columns.some((c) => !c.hidden && c.reading.role === "unit");
  if (!measured) return [band, other];
  return [band.keyRole === "name" ? band : other];
}

function buildBand(sheet: SheetData, s: RowScore, width: number, hidden: Set<number>, own?: OwnHeaders): HeaderBand {
  const rows = [s.row];
  const probe = mergedText(sheet, [s.row, s.row + 1, s.row + 2, s.row + 3]);
  // Sub-heading rows: the key cell is empty or merged down from the key row, no figures, and some heading text.
  for (let next = s.row + 1; next < sheet.values.length && rows.length < 3; next++) {
    const values = sheet.values[next] ?? [];
    // The key cell is blank or the key's heading merged down. A text reaching it from a merge to its left ("Chỉ tiêu
    // giai đoạn 2017-2019" over "TT | Cơ sở Hội | Số hộ") labels a row of the table, not a sub-heading.
    const keyText = probe(next, s.keyCol);
    if (keyText !== "" && keyText !== probe(s.row, s.keyCol)) break;
    let numbers = 0;
    let texts = 0;
    let headingLike = 0;
    for (let c = 0; c < Math.min(width, values.length); c++) {
      if (hidden.has(c)) continue;
      const v = values[c];
      if (typeof v === "number" && !isYear(v)) numbers++;
      else if (typeof v === "string" && v.trim() !== "") {
        texts++;
        const above = probe(next - 1, c);
        const spanned = above !== "" && mergeCovering(sheet, next - 1, c)?.right !== mergeCovering(sheet, next - 1, c)?.left;
        if (readHeader(v, own).role || spanned || (above === "" && c > 0 && probe(next - 1, c - 1) !== "")) headingLike++;
      } else if (v instanceof Date) numbers++;
    }
    if (numbers > 0 || texts === 0 || headingLike === 0 || isNumberingRow(sheet, next, width)) break;
    rows.push(next);
  }
  const after = rows[rows.length - 1] + 1;
  if (after < sheet.values.length && isNumberingRow(sheet, after, width)) rows.push(after);
  const headingRows = rows.filter((r) => !isNumberingRow(sheet, r, width) || r === s.row);
  const text = mergedText(sheet, headingRows);

  // Each column's texts top to bottom. Without merge information a parent heading sits in the first column of its
  // group and the cells right of it are blank: carry it right while the row below has sub-headings.
  const grid: string[][] = headingRows.map(() => []);
  for (let i = 0; i < headingRows.length; i++) {
    for (let c = 0; c < width; c++) {
      let t = text(headingRows[i], c);
      const below = i + 1 < headingRows.length ? text(headingRows[i + 1], c) : "";
      if (t === "" && below !== "" && c > 0 && grid[i][c - 1] !== "" && cellText(sheet.values[headingRows[i]]?.[c]) === "" && !mergeCovering(sheet, headingRows[i], c)) {
        const leftBelow = text(headingRows[i + 1], c - 1);
        if (leftBelow !== "") t = grid[i][c - 1];
      }
      grid[i].push(t);
    }
  }
  const columns: ColumnHeading[] = [];
  for (let c = 0; c < width; c++) {
    const texts: string[] = [];
    for (let i = 0; i < headingRows.length; i++) {
      const t = grid[i][c];
      if (t !== "" && t !== texts[texts.length - 1]) texts.push(t);
    }
    columns.push({ col: c, texts, label: texts.join(" / "), reading: combineTexts(texts, own), hidden: hidden.has(c) });
  }
  blockHeadings(grid, columns, own);
  return { rows, keyCol: s.keyCol, keyRole: s.keyRole, columns, score: s.score };
}

/**
 * The role of a column from its stacked headings: the lowest heading with a role says what, a parent refines it
 * ("Thực hiện" over "Tỷ lệ" is the actual rate; "Kế hoạch" over "Số lượng" is the target); years, terms, "(%)",
 * "ước" and earlier periods are gathered from every level.
 * @example combineTexts(["Thực hiện", "Số lượng"]) → { role: "actual", ... }
 */
export function combineTexts(texts: string[], own?: OwnHeaders): HeaderReading {
  const readings = texts.map((t) => readHeader(t, own));
  let child: HeaderReading | undefined;
  let parent: HeaderReading | undefined;
  for (let i = readings.length - 1; i >= 0; i--) {
    if (!readings[i].role) continue;
    if (!child) child = readings[i];
    else if (!parent) parent = readings[i];
  }
  const mods = {
    percent: readings.some((r) => r.percent),
    prior: readings.some((r) => r.prior),
    estimate: readings.some((r) => r.estimate),
  };
  const years = readings.map((r) => r.year).filter((y): y is number => y !== undefined);
  // A part of the year named at any level wins over a bare "Năm 2014" at another: the bare year labels which year the
  // part belongs to ("Năm 2014 / Ước TH 6 tháng" is a half-year figure, not the year's).
  const named = readings.map((r, i) => (r.term === "year" && !namesWholeYear(texts[i]) ? undefined : r.term));
  const term = named.find((t) => t !== undefined) ?? readings.map((r) => r.term).find((t) => t !== undefined);
  const horizon = readings.some((r) => r.horizon);
  // The lowest heading naming one month and nothing else ("Ước thực hiện năm 2017 / Tháng 8"): the month's own figure,
  // a part of the year above it however that is named, shorter than any figure to date ("Lũy kế 8 tháng") beside it.
  const month = texts.length > 1 && monthHeading(texts[texts.length - 1]) !== null;
  const base: HeaderReading = { role: null, ...mods, ...(term ? { term } : {}), ...(years.length ? { year: Math.max(...years) } : {}), ...(horizon ? { horizon } : {}), ...(readings.some((r) => r.part) ? { part: true } : {}), ...(month ? { month: true as const } : {}) };
  if (!child) return base;
  const role = parent ? combineRoles(parent.role!, child.role!) : child.role;
  const out: HeaderReading = { ...base, role };
  // A plan of one month at any level ("Kế hoạch tháng 8", "Tháng 8 / KH"): the month's plan, not one to that month.
  if (role === "target" && !month && texts.some(namesOneMonth)) out.month = true;
  if (!parent && child.alt) out.alt = child.alt;
  // A figure of an earlier period is a baseline whatever its sub-heading says ("Năm học trước / Thực hiện").
  if (out.prior && (role === "actual" || role === "rate" || role === "actualNumerator")) out.role = "baseline";
  return out;
}

/**
 * A heading naming one month ("Kế hoạch tháng 8", "Tháng 8/2017"), not a span to it ("Lũy kế đến tháng 8", "Từ tháng 3")
 * nor when the plan was issued ("Kế hoạch năm 2037 (giao tháng 3)", "điều chỉnh tháng 6/2037", "theo QĐ … tháng 2").
 */
const namesOneMonth = (text: string): boolean => {
  const f = fold(text);
  return /\bthang \d/.test(f) && !/\b(den|luy ke|tu) thang \d/.test(f) && !/\b(giao|dieu chinh|ban hanh|phe duyet|duyet)( (vao|tu|tai|trong|hoi))? thang \d/.test(f) && !/\btheo (qd|quyet dinh|nq|nghi quyet)\b.*\bthang \d/.test(f);
};

/**
 * A top heading over both a plan and a result column of its span ("Kết quả thực hiện năm học" over "Năm 2017 ⟩ KH |
 * Ước TH") names the block, not a role: each column under it is read from its own headings below, so the plan stays
 * the plan. A heading over parts of one kind ("Thực hiện" over "Số lượng | Tỷ lệ") still gives them its role.
 */
function blockHeadings(grid: string[][], columns: ColumnHeading[], own?: OwnHeaders): void {
  const top = grid[0] ?? [];
  for (let c = 0; c < columns.length; ) {
    let end = c;
    while (end + 1 < columns.length && top[end + 1] === top[c]) end++;
    const span = columns.slice(c, end + 1);
    c = end + 1;
    if (top[span[0].col] === "" || span.length < 2 || !readHeader(top[span[0].col], own).role) continue;
    const below = span.map((k) => (k.texts[0] === top[k.col] ? combineTexts(k.texts.slice(1), own) : k.reading));
    const roles = new Set(below.map((b) => b.role));
    if (!roles.has("target") || !(roles.has("actual") || roles.has("rate") || roles.has("actualNumerator"))) continue;
    span.forEach((k, i) => {
      if (k.texts[0] === top[k.col] && below[i].role) k.reading = below[i];
    });
  }
}

/** Role under a two-level heading: the parent says what, the child which part. */
function combineRoles(parent: Role, child: Role): Role {
  if (parent === "actual") {
    if (child === "rate" || child === "actualNumerator" || child === "actualDenominator" || child === "ratio" || child === "baseline") return child;
    return "actual";
  }
  // "Kế hoạch / Số lượng", "Năm trước / Tỷ lệ": the part belongs to the target or the baseline.
  if (parent === "target" || parent === "baseline") return parent;
  if (parent === "ratio") return "ratio";
  if (parent === "completion") return "completion";
  return child;
}

/**
 * True when a row ends the table above it: a signature or date line, "Nơi nhận", a note line ("Ghi chú: …"), a
 * yearbook's index block. Looks at the first few cells only, where such lines start; a row whose key cell names
 * something else is a data row even when another cell says "Hiệu trưởng" (who carries out a task).
 * @example isFooterRow(["Người lập biểu", null, "Hiệu trưởng"], 1) → true
 * @example isFooterRow(["Tháng 10", "Kiểm tra hồ sơ", "Hiệu trưởng"], 1) → false
 */
export function isFooterRow(values: readonly unknown[] | undefined, keyCol = -1): boolean {
  if (!values) return false;
  const key = keyCol >= 0 ? values[keyCol] : undefined;
  const probe = Math.max(3, keyCol + 1);
  for (let c = 0; c < Math.min(values.length, probe); c++) {
    const v = values[c];
    if (typeof v !== "string" || v.length <= 2) continue;
    // Note and index lines open with a few words: test those on the raw text before folding, as this runs on every row.
    // (A place-and-date line opens with its place or "Ngày": "Hà Nội, ngày 05 tháng 11 năm 2024". A row naming a
    // document by its date, "Báo cáo theo Công văn ngày 05 tháng 11 năm 2024", is a row of the table.)
    const ends = FOOTER_LINE.test(v) || (v.length > 12 && PLACE_DATE_START.test(v) && PLACE_DATE_LINE.test(v)) ||
      (NOTE_START.test(v) && NOTE_LINE.test(fold(v.slice(0, 40))) && (v.slice(0, 24).includes(":") || nonEmpty(values) === 1)) ||
      (INDEX_START.test(v) && INDEX_BLOCK.test(fold(v.slice(0, 80))) && nonEmpty(values) === 1);
    if (ends && (c === keyCol || isEmptyCell(key as never) || keyCol < 0)) return true;
  }
  return false;
}

/**
 * True for a title line: one text cell on its row, no figure, not numbered ("Thống kê theo trường", "Số liệu bổ sung").
 * After a blank row it ends the table above; a numbered line ("I. Mầm non", "a) Công lập", "- Trong đó") is a section.
 * @example isTitleLine([null, "Thống kê theo trường"]) → true · isTitleLine(["II. Tiểu học"]) → false
 */
export function isTitleLine(values: readonly CellValue[] | undefined): boolean {
  const cells = (values ?? []).filter((v) => !isEmptyCell(v));
  return cells.length === 1 && cellKind(cells[0]) === "text" && !isNumbered(cellText(cells[0]).trim());
}

const NOTE_START = /^\s*(ghi|ch[uú]|l[uư]u|ngu[oồ]n|s[oố] li[eệ]u)/iu;
const INDEX_START = /ch[iỉ] s[oố]|tr[uư][oớ]c\s*=/iu;

function nonEmpty(values: readonly unknown[]): number {
  let n = 0;
  for (const v of values) if (!isEmptyCell(v as never)) n++;
  return n;
}

// Title-block lines that are not a table's title: issuer (an office, "VĂN PHÒNG ĐIỀU PHỐI …", too), national motto, document number, place and date.
// A statistical form's number and addressing lines ("Biểu số: 01-MN-ĐN", "Đơn vị báo cáo: …", "Thời điểm báo cáo: …")
// are no title either. A document's number is "Số: 125/BC-PGD", "Số 125/…" or "Số   /KH-UBND"; a title opening with
// "SỐ HỌC SINH BỎ HỌC HỌC KỲ I …", "SỐ VỤ TAI NẠN …" is a title (its term read by tableTerm).
const NOT_TITLE = /^(uy ban|ubnd|so giao duc|phong giao duc|phong gd\b|truong |cong hoa|doc lap|so(:| *\d| +\/)|s[oố]:|ban chi dao|van phong\b(?! pham)|\(kem theo|kem theo|ngay |hieu truong|nam hoc \d|giai doan|bieu so|bieu mau so|mau so|mau bieu|don vi (bao cao|nhan)|thoi diem)/;

/**
 * "SỞ …" (an issuer: "SỞ Y TẾ", "SỞ GD&ĐT HÀ TĨNH") and "SỐ …" (a title: "SỐ VỤ TAI NẠN …") fold to the same letters, so
 * the written form decides: "sở" is an issuer, and an unmarked "SO …" is taken as one too (it cannot be told apart).
 * @example issuerSo("SỞ NỘI VỤ TỈNH X") → true; issuerSo("SỐ HỌC SINH BỎ HỌC HỌC KỲ I") → false
 */
function issuerSo(v: string): boolean {
  return /^(sở|so)(\s|$)/u.test(v.normalize("NFC").trim().toLowerCase());
}

/**
 * The part of the period a table's title (or, failing it, its sheet's name) says the figures cover: "THỐNG KÊ … HỌC KỲ
 * I", a sheet named "Sơ kết HK I" → "half". Undefined when neither names a term.
 * @example tableTerm({ name: "HK I 2020-2021", values: [] }, 0) → "half"
 */
export function tableTerm(sheet: SheetData, headerTop: number): Term | undefined {
  const title = tableSubject(sheet, headerTop);
  return (title ? readHeader(title).term : undefined) ?? readHeader(sheet.name ?? "").term;
}

/**
 * The subject a table's title names, without its numbering and breakdown: "211. Số lớp mầm non phân theo huyện" →
 * "Số lớp mầm non". Empty when the rows above the header hold no title.
 * @example tableSubject(sheet, 7) → "Tổng hợp tỷ lệ huy động trẻ mầm non ra lớp"
 */
export function tableSubject(sheet: SheetData, headerTop: number): string {
  for (let r = 0; r < headerTop; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.trim().length < 8 || v.length > 300) continue;
      const f = fold(v);
      if (NOT_TITLE.test(f) || issuerSo(v) || PLACE_DATE_LINE.test(v)) continue;
      const text = v.split("\n")[0].replace(/^\s*[\dIVX]+[.)]\s*/, "").trim();
      return text.replace(BREAKDOWN, "").trim() || text;
    }
  }
  return "";
}
