// Layout detection: finds the header, the data rows and what every column holds, for indicator lists and unit matrices.
import type { Bilingual } from "../types";
import { EXPLANATION_HEADER, STATUS_HEADER } from "./edits";
import { type CellRange, type SheetData, isEmptyCell, sheetWidth } from "./model";
import { cellText, fold } from "./text";
import type { ColumnRole, Layout, LayoutOverrides, LayoutResult, ListLayout, MatrixGroup, MatrixLayout, Unplaced } from "./types";

/** Header words the detector recognises, shown to the user when no header is found. */
export const EXPECTED_HEADERS = [
  "STT",
  "Nội dung / Chỉ tiêu / Tiêu chí",
  "ĐVT",
  "Kế hoạch / Chỉ tiêu giao",
  "Thực hiện / Kết quả",
  "Tỷ lệ (%)",
  "Ghi chú",
  "Tên trường / Đơn vị / Phường (bảng theo đơn vị)",
];

/** A header cell's meaning: a list column role, the unit-name column of a matrix, or a sub-header kind. */
type HeaderKind = ColumnRole | "unitName";

// Ordered: "đơn vị tính" must be tried before the unit-name column "đơn vị"; the target wordings
// "chỉ tiêu giao/kế hoạch" before the bare "chỉ tiêu", which names the indicator column.
const HEADER_PATTERNS: Array<[RegExp, HeaderKind]> = [
  [/^(stt|tt|so tt|so thu tu)$/, "stt"],
  [/^(ma|ma so|ma chi tieu|ma ct|id)$/, "id"],
  [/^(dvt|don vi tinh|don vi do|dv tinh)$/, "unit"],
  [/^ghi chu/, "note"],
  [/^(cap hoc|bac hoc|cap)$/, "level"],
  [/^(nam truoc|nam hoc truoc|cung ki( nam truoc)?|dau nam|dau nam hoc|ki truoc|thuc hien nam (hoc )?truoc|ket qua nam (hoc )?truoc)$/, "baseline"],
  [/^(ke hoach|kh|muc tieu|chi tieu (giao|duoc giao|ke hoach|kh|nam|nam hoc|dat ra|de ra|phan dau)|ke hoach nam( hoc)?)( \d{4}( \d{4})?)?$/, "target"],
  [/^(ti le|ti le hoan thanh|ti le dat|% hoan thanh|muc do hoan thanh|so sanh( voi)? (ke hoach|kh))$/, "rate"],
  [/^(thuc hien|ket qua|ket qua thuc hien|ket qua dat duoc|dat duoc|uoc thuc hien|uoc th|so lieu thuc hien|thuc te|th|so lieu)( nam( hoc)?)?( \d{4}( \d{4})?)?$/, "actual"],
  [/^(noi dung|noi dung chi tieu|chi tieu|cac chi tieu|tieu chi|ten chi tieu|ten tieu chi|noi dung tieu chi|danh muc|chi tieu nhiem vu|noi dung nhiem vu)$/, "name"],
  [/^(ten )?(truong|truong hoc|don vi|phuong|xa phuong|xa|co so|co so giao duc|don vi truong)$/, "unitName"],
  [/^(so luong|sl)$/, "actual"],
  [/^(tu so|so dat|so dat chuan|so hoan thanh)$/, "actualNumerator"],
  [/^(mau so|tong so|tong|so phai dat)\b/, "actualDenominator"],
];

const STATUS_FOLD = fold(STATUS_HEADER);
const EXPLANATION_FOLD = fold(EXPLANATION_HEADER);

interface HeaderReading {
  kind: HeaderKind | null;
  percent: boolean;
}

/** What a header text means, and whether it says its values are percent points ("(%)"). */
function readHeader(text: string): HeaderReading {
  const f = fold(text);
  if (f === "") return { kind: null, percent: false };
  // Matrix status columns carry the group after the marker ("Đánh giá (Chỉ tiêu): Trẻ ra lớp").
  if (f === STATUS_FOLD || f.startsWith(`${STATUS_FOLD} `)) return { kind: "status", percent: false };
  if (f === EXPLANATION_FOLD) return { kind: "explanation", percent: false };
  const percent = f.includes("%");
  const bare = f.replace(/%/g, " ").replace(/\s+/g, " ").trim();
  if (bare === "") return { kind: "rate", percent: true };
  for (const [re, kind] of HEADER_PATTERNS) if (re.test(bare)) return { kind, percent };
  return { kind: null, percent };
}

// Rows below the table: signature and date lines, "Người lập biểu", "Thủ trưởng đơn vị". Matched on the raw
// text (with or without diacritics) rather than folded, since this runs on every data row.
const FOOTER = /^\s*(ng[uư][oờ]i l[aậ]p|th[uủ] tr[uư][oở]ng|hi[eệ]u tr[uư][oở]ng|tm\.|kt\.|x[aá]c nh[aậ]n|n[oơ]i nh[aậ]n|tr[uư][oở]ng ph[oò]ng|ph[oó] tr[uư][oở]ng|ch[uủ] t[iị]ch)/i;
const PLACE_DATE = /\bng[aà]y\b.*\bth[aá]ng\b.*\bn[aă]m\b/i;
const SPECIAL_ROW_START = /^\s*(ch[iỉ]|k[eế]|kh|m[uụ]c|t[oổ]|c[oộ]ng|to[aà]n)/i;
const TARGET_ROW = /^(chi tieu|chi tieu giao|ke hoach|kh|muc tieu)$/;
const TOTAL_ROW = /^(tong|tong cong|cong|toan quan|toan huyen|toan phuong|toan thi xa|toan thanh pho|tong so|chung)$/;
const NUMBERING_CELL = /^\(?(\d{1,2}|[a-z])\)?$/;

/** Header text at (row, col), taking a merged area's value from its top-left cell. */
function mergedLookup(sheet: SheetData, rows: Set<number>): (row: number, col: number) => string {
  const cover = new Map<string, [number, number]>();
  for (const m of sheet.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) {
      if (!rows.has(r)) continue;
      for (let c = m.left; c <= m.right; c++) cover.set(`${r},${c}`, [m.top, m.left]);
    }
  }
  return (row, col) => {
    const at = cover.get(`${row},${col}`);
    const [r, c] = at ?? [row, col];
    return cellText(sheet.values[r]?.[c]);
  };
}

/** Horizontal span of the merge whose top-left is (row, col), or null. */
function mergeAt(sheet: SheetData, row: number, col: number): CellRange | null {
  for (const m of sheet.merges ?? []) if (m.top === row && m.left === col) return m;
  return null;
}

const MAX_HEADER_SCAN = 60;

interface Candidate {
  row: number;
  kinds: Map<number, HeaderReading>;
  score: number;
}

// Raw cells, not merged lookups: a second header row under vertically merged "STT"/"Nội dung" must not outscore the first.
function scoreRow(sheet: SheetData, row: number, width: number): Candidate {
  const kinds = new Map<number, HeaderReading>();
  const seen = new Set<HeaderKind>();
  let numbers = 0;
  for (let c = 0; c < width; c++) {
    const v = sheet.values[row]?.[c];
    if (typeof v === "number") numbers++;
    const h = typeof v === "string" ? readHeader(v) : { kind: null, percent: false };
    if (h.kind) {
      kinds.set(c, h);
      seen.add(h.kind);
    }
  }
  const key = seen.has("name") || seen.has("unitName");
  // A unit matrix names its indicators freely: beside "Tên trường", any other text header counts once.
  let extra = 0;
  if (seen.has("unitName") && !seen.has("name")) {
    for (let c = 0; c < width; c++) {
      const v = sheet.values[row]?.[c];
      if (typeof v === "string" && v.trim() !== "" && !kinds.has(c)) extra = 1;
    }
  }
  // A header row names its columns; a row of figures is data even if one cell happens to say "TH".
  const score = key && numbers <= 1 ? seen.size + extra : 0;
  return { row, kinds, score };
}

function isNumberingRow(sheet: SheetData, row: number, width: number): boolean {
  let n = 0;
  for (let c = 0; c < width; c++) {
    const v = sheet.values[row]?.[c];
    if (isEmptyCell(v)) continue;
    const t = fold(cellText(v));
    if (!NUMBERING_CELL.test(t)) return false;
    n++;
  }
  return n >= 3;
}

/**
 * Finds the table on a sheet: header rows, data rows, and the role of every column.
 * Indicator lists (`STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%) | Ghi chú`, one or two header rows,
 * merged header cells, a title block above) and unit matrices (one row per school/ward, one column or a
 * numerator/denominator pair per indicator). Never throws; a sheet without a recognisable header gives
 * `ok: false` with the expected headers.
 * @example detectLayout({ name: "S", values: [["STT","Nội dung","Kế hoạch","Thực hiện"],[1,"Tỷ lệ trẻ ra lớp","ít nhất 65%",0.7]] })
 *   → { ok: true, layout: { shape: "list", headerRows: [0], firstDataRow: 1, columns: { stt: 0, name: 1, target: 2, actual: 3 }, ... } }
 */
export function detectLayout(sheet: SheetData): LayoutResult {
  const rows = sheet.values.length;
  const width = sheetWidth(sheet);
  if (rows === 0 || width === 0) {
    return {
      ok: false,
      error: {
        code: "empty_sheet",
        message: { vi: `Trang "${sheet.name}" không có dữ liệu.`, en: `Sheet "${sheet.name}" is empty.` },
        expected: EXPECTED_HEADERS,
      },
    };
  }
  const scan = Math.min(rows, MAX_HEADER_SCAN);
  const scanRows = new Set<number>();
  for (let r = 0; r < scan + 1; r++) scanRows.add(r);
  const text = mergedLookup(sheet, scanRows);

  let best: Candidate | null = null;
  for (let r = 0; r < scan; r++) {
    const cand = scoreRow(sheet, r, width);
    if (cand.score >= 2 && (!best || cand.score > best.score)) best = cand;
  }
  if (!best) {
    return {
      ok: false,
      error: {
        code: "no_header",
        message: {
          vi: `Không tìm thấy dòng tiêu đề bảng trong ${scan} dòng đầu của trang "${sheet.name}". Cần các cột như: ${EXPECTED_HEADERS.join(", ")}.`,
          en: `No table header found in the first ${scan} rows of sheet "${sheet.name}". Expected columns such as: ${EXPECTED_HEADERS.join(", ")}.`,
        },
        expected: EXPECTED_HEADERS,
      },
    };
  }

  const top = best.row;
  const keyKind: HeaderKind = [...best.kinds.values()].some((h) => h.kind === "name") ? "name" : "unitName";
  const keyCol = [...best.kinds.entries()].find(([, h]) => h.kind === keyKind)![0];

  // A second header row: the key column's cell is empty (merged down or blank) and the row holds text only.
  const headerRows = [top];
  const next = top + 1;
  if (next < rows && isEmptyCell(text(next, keyCol) === text(top, keyCol) ? null : sheet.values[next]?.[keyCol])) {
    let texts = 0;
    let numbers = 0;
    for (let c = 0; c < width; c++) {
      const v = sheet.values[next]?.[c];
      if (typeof v === "number") numbers++;
      else if (!isEmptyCell(v)) texts++;
    }
    if (texts > 0 && numbers === 0 && !isNumberingRow(sheet, next, width)) headerRows.push(next);
  }
  let firstDataRow = headerRows[headerRows.length - 1] + 1;
  if (firstDataRow < rows && isNumberingRow(sheet, firstDataRow, width)) {
    headerRows.push(firstDataRow);
    firstDataRow++;
  }

  // Column headers: parent (top row, merges and spans carried right) and child (second row).
  const parents: string[] = [];
  const children: string[] = [];
  const two = headerRows.length > 1 && headerRows[1] === top + 1;
  for (let c = 0; c < width; c++) {
    let p = text(top, c);
    const ch = two ? text(top + 1, c) : "";
    if (p === "" && ch !== "" && c > 0 && children[c - 1] !== "" && cellText(sheet.values[top]?.[c]) === "") p = parents[c - 1];
    parents.push(p);
    children.push(ch === p ? "" : ch);
  }

  const lastDataRow = findLastDataRow(sheet, firstDataRow, keyCol, width);
  if (lastDataRow < firstDataRow) {
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

  const base = { headerRows, firstDataRow, lastDataRow };
  const layout = keyKind === "name" ? listLayout(parents, children, base) : matrixLayout(sheet, parents, children, keyCol, base, text, top);
  return { ok: true, layout };
}

function findLastDataRow(sheet: SheetData, first: number, keyCol: number, width: number): number {
  let last = first - 1;
  const probe = Math.min(width, 3);
  for (let r = first; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    // Footers: only the first cells and the key column can start a signature or date block.
    let footer = false;
    for (let c = 0; c < probe && !footer; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > 2) footer = FOOTER.test(v) || (v.length > 12 && PLACE_DATE.test(v));
    }
    if (footer) break;
    if (!isEmptyCell(row[keyCol])) last = r;
  }
  return last;
}

interface Base {
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
}

/** Role of a column under a two-row header: the parent says what, the child says which part. */
function combine(parent: HeaderReading, child: HeaderReading): HeaderReading {
  const percent = parent.percent || child.percent;
  if (!child.kind) return { kind: parent.kind, percent };
  if (!parent.kind) return { kind: child.kind, percent };
  if (parent.kind === "actual") {
    if (child.kind === "rate") return { kind: "rate", percent };
    if (child.kind === "actualNumerator" || child.kind === "actualDenominator") return { kind: child.kind, percent };
    return { kind: "actual", percent };
  }
  if (parent.kind === "target" || parent.kind === "baseline") return { kind: parent.kind, percent };
  return { kind: child.kind, percent };
}

const ROLE_NAMES: Record<string, Bilingual> = {
  name: { vi: "tên chỉ tiêu (Nội dung)", en: "indicator name (Nội dung)" },
  actual: { vi: "số liệu thực hiện (Thực hiện)", en: "actual figures (Thực hiện)" },
  target: { vi: "kế hoạch (Kế hoạch) — sẽ dùng chỉ tiêu của kế hoạch", en: "target (Kế hoạch) — the plan's targets will be used" },
};

function listLayout(parents: string[], children: string[], base: Base): ListLayout {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const percentHeaders: ColumnRole[] = [];
  const unplaced: Unplaced[] = [];
  let duplicates = 0;
  for (let c = 0; c < parents.length; c++) {
    const label = children[c] ? `${parents[c]} / ${children[c]}` : parents[c];
    if (label === "") continue;
    const h = children[c] ? combine(readHeader(parents[c]), readHeader(children[c])) : readHeader(parents[c]);
    const kind = h.kind === "unitName" ? null : h.kind;
    if (!kind) {
      unplaced.push({ col: c, header: label, message: { vi: `Không rõ cột "${label}" dùng để làm gì; bỏ qua.`, en: `Column "${label}" has no known role; ignored.` } });
      continue;
    }
    if (columns[kind] !== undefined) {
      duplicates++;
      unplaced.push({
        col: c,
        header: label,
        message: { vi: `Cột "${label}" trùng vai trò với một cột trước; dùng cột trước.`, en: `Column "${label}" repeats an earlier column's role; the earlier one is used.` },
      });
      continue;
    }
    columns[kind] = c;
    if (h.percent) percentHeaders.push(kind);
  }
  // "Thực hiện" over "Số đạt | Tổng số": a numerator without a denominator is just the actual.
  if (columns.actualNumerator !== undefined && columns.actualDenominator === undefined && columns.actual === undefined) {
    columns.actual = columns.actualNumerator;
    delete columns.actualNumerator;
  }
  // "Thực hiện" over "Số lượng | Tổng số": the figure beside a denominator is its numerator, so the pair is
  // judged as a share and checked (numerator above denominator) instead of the count being read alone.
  if (columns.actualDenominator !== undefined && columns.actualNumerator === undefined && columns.actual !== undefined) {
    columns.actualNumerator = columns.actual;
    delete columns.actual;
    const i = percentHeaders.indexOf("actual");
    if (i >= 0) percentHeaders[i] = "actualNumerator";
  }
  let confidence = 0;
  if (columns.name !== undefined) confidence += 0.35;
  if (columns.actual !== undefined || columns.rate !== undefined || (columns.actualNumerator !== undefined && columns.actualDenominator !== undefined)) confidence += 0.35;
  if (columns.target !== undefined) confidence += 0.15;
  if (columns.stt !== undefined || columns.unit !== undefined) confidence += 0.15;
  confidence = Math.max(0, confidence - 0.05 * duplicates);
  for (const role of ["actual", "target"] as const) {
    const has = role === "actual" ? confidence >= 0.7 || columns.actual !== undefined || columns.rate !== undefined : columns.target !== undefined;
    if (!has) unplaced.push({ col: -1, header: "", message: { vi: `Không thấy cột ${ROLE_NAMES[role].vi}.`, en: `No column for ${ROLE_NAMES[role].en}.` } });
  }
  return { shape: "list", ...base, columns, percentHeaders, confidence: Math.round(confidence * 100) / 100, unplaced };
}

const UNIT_NOUNS: Array<[RegExp, string]> = [
  [/phuong|xa/, "phường"],
  [/truong|co so/, "trường"],
];

function matrixLayout(
  sheet: SheetData,
  parents: string[],
  children: string[],
  unitCol: number,
  base: Base,
  text: (r: number, c: number) => string,
  top: number,
): MatrixLayout {
  const unplaced: Unplaced[] = [];
  const groups: MatrixGroup[] = [];
  let sttColumn: number | undefined;
  let statusColumn: number | undefined;
  const unitHeader = fold(parents[unitCol]);
  const unitNoun = UNIT_NOUNS.find(([re]) => re.test(unitHeader))?.[1] ?? "đơn vị";

  let c = 0;
  while (c < parents.length) {
    if (c === unitCol) {
      c++;
      continue;
    }
    const parent = parents[c];
    const ph = readHeader(parent);
    if (ph.kind === "stt") sttColumn = c;
    if (ph.kind === "status") statusColumn ??= c;
    if (ph.kind === "stt" || ph.kind === "note" || ph.kind === "status" || ph.kind === "explanation" || ph.kind === "unit" || ph.kind === "id" || ph.kind === "level") {
      c++;
      continue;
    }
    if (parent === "") {
      c++;
      continue;
    }
    // A rate column right after a group ("Tỷ lệ (%)") belongs to that group.
    if (ph.kind === "rate" && !children[c] && groups.length > 0 && groups[groups.length - 1].rate === undefined) {
      groups[groups.length - 1].rate = c;
      groups[groups.length - 1].percentHeader ||= ph.percent;
      c++;
      continue;
    }
    // Columns sharing this parent (merged or carried) form one group.
    let end = c;
    while (end + 1 < parents.length && end + 1 !== unitCol && parents[end + 1] === parent && children[end + 1] !== "") end++;
    const merge = mergeAt(sheet, top, c);
    if (merge) end = Math.max(end, Math.min(merge.right, parents.length - 1));
    const g: MatrixGroup = { header: parent, percentHeader: ph.percent };
    const id = /\[([a-z0-9][a-z0-9._-]*)\]/.exec(parent)?.[1];
    if (id) g.indicatorId = id;
    if (end === c) {
      g.col = c;
    } else {
      const unknown: number[] = [];
      for (let k = c; k <= end; k++) {
        const ch = readHeader(children[k] || text(top + 1, k));
        if (ch.kind === "rate") {
          g.rate = k;
          g.percentHeader ||= ch.percent;
        } else if (ch.kind === "actualDenominator") g.denominator = k;
        else if (ch.kind === "actualNumerator") g.numerator = k;
        else if (ch.kind === "target" && g.target === undefined) g.target = k;
        // "Kế hoạch | Thực hiện" under an indicator: the figure is the "Thực hiện" column.
        else if (ch.kind === "actual" && g.col === undefined && unknown.length === 0) g.col = k;
        else unknown.push(k);
      }
      // "Số trẻ ra lớp | Tổng số trẻ": the unnamed part beside a denominator is the numerator.
      if (g.denominator !== undefined && g.numerator === undefined && unknown.length > 0) g.numerator = unknown.shift();
      if (g.numerator === undefined && g.denominator === undefined && g.col === undefined && unknown.length > 0) g.col = unknown.shift();
      if (g.numerator !== undefined && g.denominator === undefined) {
        g.col = g.numerator;
        delete g.numerator;
      }
      for (const k of unknown) {
        const label = `${parent} / ${children[k]}`;
        unplaced.push({ col: k, header: label, message: { vi: `Không rõ cột "${label}" dùng để làm gì; bỏ qua.`, en: `Column "${label}" has no known role; ignored.` } });
      }
    }
    groups.push(g);
    c = end + 1;
  }

  let targetRow: number | undefined;
  let totalRow: number | undefined;
  for (let r = base.firstDataRow; r <= base.lastDataRow; r++) {
    const v = sheet.values[r]?.[unitCol];
    // Only a few words can name a target or total row; test them on the raw text before folding it.
    if (typeof v !== "string" || v.length > 40 || !SPECIAL_ROW_START.test(v)) continue;
    const f = fold(v);
    if (targetRow === undefined && r < base.firstDataRow + 3 && TARGET_ROW.test(f)) targetRow = r;
    else if (TOTAL_ROW.test(f)) totalRow = r;
  }
  let confidence = 0.5;
  if (groups.length > 0) confidence += 0.3;
  if (base.lastDataRow - base.firstDataRow >= 1) confidence += 0.2;
  confidence = Math.max(0, confidence - 0.05 * unplaced.length);
  if (groups.length === 0) {
    unplaced.push({ col: -1, header: "", message: { vi: "Không thấy cột chỉ tiêu nào bên cạnh cột tên đơn vị.", en: "No indicator columns next to the unit-name column." } });
  }
  const layout: MatrixLayout = {
    shape: "matrix",
    ...base,
    unitColumn: unitCol,
    unitNoun,
    groups,
    confidence: Math.round(confidence * 100) / 100,
    unplaced,
  };
  if (sttColumn !== undefined) layout.sttColumn = sttColumn;
  if (targetRow !== undefined) layout.targetRow = targetRow;
  if (totalRow !== undefined) layout.totalRow = totalRow;
  if (statusColumn !== undefined) layout.statusColumn = statusColumn;
  return layout;
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
      else columns[role] = col;
    }
    const percentHeaders = layout.shape === "list" ? layout.percentHeaders : [];
    return { ...layout, ...rows, shape: "list", columns, percentHeaders, confidence: 1 } as ListLayout;
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
