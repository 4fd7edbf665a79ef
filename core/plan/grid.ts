// Plans as sheets: reads a clerk's plan grid (Mã | Chỉ tiêu | ĐVT | Kế hoạch | Cấp học | Phạm vi | Ghi chú) into a plan, and writes a plan back as such a grid.
import { formatNumber } from "../number/format";
import { headingUnit, unitSpelling } from "../number/units";
import { parseTarget } from "../rule/parse";
import { columnLetters } from "../sheet/a1";
import { foldMarks } from "../sheet/text";
import { readHeader } from "../table/header";
import { targetFromCell } from "../table/target";
import { columnScale, isPercentUnit } from "../table/scale";
import type { Role } from "../table/vocabulary";
import { isCellError, type Bilingual, type CellValue } from "../types";
import type { Indicator, Plan, SchoolLevel, Task } from "./schema";
import { validatePlan } from "./validate";

// The self-checking sheet lives in sheet.ts (it needs formulas and styles); re-exported here because hosts look for sheet forms of a plan in grid.
export { planToSheet } from "./sheet";

export interface GridIssue {
  /** Cell address ("D7") when the problem is in one cell; absent for problems with the whole grid. */
  cell?: string;
  message: Bilingual;
}

export interface PlanFromGridOptions {
  /** Plan fields used when the grid's metadata block does not give them. */
  id?: string;
  title?: string;
  issuer?: string;
  period?: string;
  /** 1-based row and column of values[0][0] in the sheet, so messages name real cells. Default 1, 1. */
  firstRow?: number;
  firstColumn?: number;
  /** Number formats per cell, as hosts read them: a target formatted as percent holds a fraction (0,95 → 95%). */
  formats?: (string | undefined)[][];
}

export type PlanFromGridResult = { ok: true; plan: Plan; warnings: GridIssue[] } | { ok: false; errors: GridIssue[] };

/** Removes diacritics and punctuation for header matching: "Kế hoạch (%)" → "ke hoach". */
export function headerKey(v: CellValue): string {
  return foldMarks(cellText(v))
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z0-9/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return "";
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "number") return formatNumber(v, "vi", 6);
  return String(v).trim();
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** "A1"-style address. @example cellAddress(6, 3) → "D7" (0-based row 6, column 3) */
export function cellAddress(row: number, col: number, firstRow = 1, firstColumn = 1): string {
  return `${columnLetters(col + firstColumn - 1)}${row + firstRow}`;
}

type IndicatorColumn = "id" | "name" | "unit" | "target" | "level" | "scope" | "notes" | "direction" | "distribution" | "quote" | "section";
type TaskColumn = "no" | "content" | "lead" | "partners" | "timing" | "start" | "end" | "quote";

// Grid columns from the one header vocabulary (core/table): each grid column is a role of the table reader.
const INDICATOR_ROLES: Record<IndicatorColumn, Role[]> = {
  id: ["id", "stt"],
  name: ["name"],
  unit: ["unit"],
  target: ["target"],
  level: ["level"],
  scope: ["scope"],
  notes: ["note"],
  direction: ["direction"],
  distribution: ["distribution"],
  quote: ["quote"],
  section: ["section"],
};
const TASK_ROLES: Record<TaskColumn, Role[]> = {
  no: ["stt", "id"],
  content: ["name"],
  lead: ["lead"],
  partners: ["partners"],
  timing: ["timing"],
  start: ["start"],
  end: ["deadline"],
  quote: ["quote"],
};

const REQUIRED: IndicatorColumn[] = ["name", "target"];
const LABEL_VI: Record<IndicatorColumn, string> = {
  id: "Mã",
  name: "Chỉ tiêu",
  unit: "ĐVT",
  target: "Kế hoạch",
  level: "Cấp học",
  scope: "Phạm vi",
  notes: "Ghi chú",
  direction: "Hướng",
  distribution: "Nhóm",
  quote: "Trích dẫn",
  section: "Mục",
};
const TASK_LABEL_VI: Record<TaskColumn, string> = {
  no: "STT",
  content: "Nội dung",
  lead: "Chủ trì",
  partners: "Phối hợp",
  timing: "Thời gian",
  start: "Bắt đầu",
  end: "Kết thúc",
  quote: "Trích dẫn",
};

/**
 * The grid's columns on one header row, read with the one header vocabulary: the first column of each role, a
 * second "Chỉ tiêu" beside an indicator name read as the target, "Đơn vị" beside one as the ĐVT.
 */
function matchColumns<K extends string>(row: CellValue[], table: Record<K, Role[]>): Partial<Record<K, number>> {
  const readings = row.map((v) => (typeof v === "string" ? readHeader(v) : null));
  const named = readings.some((h) => h?.role === "name" && !h.alt);
  const roles = new Map<Role, number>();
  readings.forEach((h, c) => {
    if (!h?.role) return;
    let role = h.role;
    if (role === "name" && h.alt === "target" && (named || roles.has("name"))) role = "target";
    if (role === "unitName" && h.alt === "unit") role = "unit";
    if (!roles.has(role)) roles.set(role, c);
  });
  const out: Partial<Record<K, number>> = {};
  for (const col of Object.keys(table) as K[]) {
    const c = table[col].map((r) => roles.get(r)).find((x) => x !== undefined);
    if (c !== undefined) out[col] = c;
  }
  return out;
}

const META_LABELS: Record<"id" | "title" | "issuer" | "number" | "date" | "place" | "period" | "source" | "notes", string[]> = {
  id: ["ma ke hoach", "plan id"],
  title: ["ten ke hoach", "ke hoach", "title"],
  issuer: ["co quan ban hanh", "co quan", "don vi ban hanh", "issuer"],
  number: ["so", "so hieu", "so van ban", "number"],
  date: ["ngay ban hanh", "ngay", "date"],
  place: ["dia danh", "place"],
  period: ["nam hoc", "giai doan", "period"],
  source: ["tep nguon", "nguon", "source"],
  notes: ["ghi chu ke hoach", "notes"],
};
const META_LABEL_VI: Record<keyof typeof META_LABELS, string> = {
  id: "Mã kế hoạch",
  title: "Tên kế hoạch",
  issuer: "Cơ quan ban hành",
  number: "Số hiệu",
  date: "Ngày ban hành",
  place: "Địa danh",
  period: "Năm học / giai đoạn",
  source: "Tệp nguồn",
  notes: "Ghi chú kế hoạch",
};

const LEVELS: Array<[SchoolLevel, string[]]> = [
  ["MN", ["mn", "mam non"]],
  ["TH", ["th", "tieu hoc"]],
  ["THCS", ["thcs", "trung hoc co so"]],
  ["THPT", ["thpt", "trung hoc pho thong"]],
  ["GDTX", ["gdtx", "giao duc thuong xuyen"]],
  ["all", ["all", "chung", "tat ca", "toan nganh", ""]],
];
const SCOPES: Array<["unit" | "district", string[]]> = [
  ["unit", ["unit", "tung don vi", "don vi", "moi don vi", "tung truong", "moi truong", "tung phuong"]],
  ["district", ["district", "toan quan", "quan", "toan huyen", "chung", ""]],
];
const DIRECTIONS: Array<["up" | "down" | "band", string[]]> = [
  ["up", ["up", "tang", "cang cao cang tot"]],
  ["down", ["down", "giam", "cang thap cang tot"]],
  ["band", ["band", "khoang", "trong khoang"]],
];

function lookup<T>(table: Array<[T, string[]]>, v: CellValue): T | undefined {
  const key = headerKey(v);
  return table.find(([, names]) => names.includes(key))?.[0];
}

/** A Date, ISO text, or dd/mm/yyyy text as ISO yyyy-mm-dd; undefined when empty, null when unreadable. */
function readDate(v: CellValue): string | undefined | null {
  if (v === null || v === undefined || v === "") return undefined;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v);
  const s = cellText(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return null;
}

function slugId(s: string): string {
  return headerKey(s).replace(/[ /]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * Reads a plan typed as a sheet. A title/metadata block may sit above the header row ("Tên kế hoạch: ...",
 * "Năm học | 2024-2025"); headers are matched without diacritics and with synonyms; a "NHIỆM VỤ" row below
 * the indicators starts an optional task table. Never throws.
 * @example planFromGrid([["Mã","Chỉ tiêu","ĐVT","Kế hoạch"],["mn.1","Tỷ lệ trẻ nhà trẻ ra lớp","%",65]], { id: "kh" })
 *   → { ok: true, plan: { id: "kh", indicators: [{ id: "mn.1", target: "65%", ... }], ... }, warnings: [] }
 */
export function planFromGrid(values: CellValue[][], opts: PlanFromGridOptions = {}): PlanFromGridResult {
  const addr = (r: number, c: number) => cellAddress(r, c, opts.firstRow ?? 1, opts.firstColumn ?? 1);
  const rows = values.map((r) => (Array.isArray(r) ? r : []));
  let headerRow = -1;
  let cols: Partial<Record<IndicatorColumn, number>> = {};
  let best: Partial<Record<IndicatorColumn, number>> = {};
  for (let r = 0; r < Math.min(rows.length, 40); r++) {
    const m = matchColumns(rows[r], INDICATOR_ROLES);
    if (Object.keys(m).length > Object.keys(best).length) best = m;
    if (REQUIRED.every((k) => m[k] !== undefined)) {
      headerRow = r;
      cols = m;
      break;
    }
  }
  if (headerRow < 0) {
    const expected = `Mã | Chỉ tiêu | ĐVT | Kế hoạch | Cấp học | Phạm vi | Ghi chú`;
    const missing = REQUIRED.filter((k) => best[k] === undefined).map((k) => LABEL_VI[k]);
    return {
      ok: false,
      errors: [
        {
          message: {
            vi: `không tìm thấy dòng tiêu đề có cột ${missing.map((m) => `"${m}"`).join(" và ")} (cần ít nhất "Chỉ tiêu" và "Kế hoạch"; các cột nhận biết: ${expected})`,
            en: `no header row with the column(s) ${missing.map((m) => `"${m}"`).join(" and ")} (at least "Chỉ tiêu" (indicator) and "Kế hoạch" (target) are needed; known columns: ${expected})`,
          },
        },
      ],
    };
  }

  // Metadata block above the header: "Label: value" in one cell, or label and value in neighbouring cells.
  const meta: Partial<Record<keyof typeof META_LABELS, string>> = {};
  let bareTitle: string | undefined;
  for (let r = 0; r < headerRow; r++) {
    const cells = rows[r].map((v, c) => ({ v, c })).filter((x) => cellText(x.v) !== "");
    if (cells.length === 0) continue;
    const first = cellText(cells[0].v);
    const colon = first.indexOf(":");
    const label = headerKey(colon >= 0 ? first.slice(0, colon) : first);
    const field = (Object.keys(META_LABELS) as Array<keyof typeof META_LABELS>).find(
      (k) => META_LABELS[k].includes(label) || headerKey(META_LABEL_VI[k]) === label,
    );
    const inline = colon >= 0 ? first.slice(colon + 1).trim() : "";
    const value = inline || (cells[1] ? (field === "date" ? readDate(cells[1].v) ?? cellText(cells[1].v) : cellText(cells[1].v)) : "");
    if (field && value) meta[field] = field === "date" ? readDate(value) ?? value : value;
    else if (!field && bareTitle === undefined) bareTitle = cellText(cells[0].v);
  }

  // The target column's percent cells, for the one percent-scale rule (65 beside 1 under "%": the column writes points).
  const targetScale = columnScale(
    rows.slice(headerRow + 1).flatMap((row, i) =>
      cols.unit !== undefined && isPercentUnit(cellText(row[cols.unit])) ? [[row[cols.target!], opts.formats?.[headerRow + 1 + i]?.[cols.target!]] as [CellValue, string | undefined]] : [],
    ),
  );
  const errors: GridIssue[] = [];
  const warnings: GridIssue[] = [];
  const indicators: Indicator[] = [];
  const tasks: Task[] = [];
  const seen = new Set<string>();
  let headingSection: string[] = [];
  const get = (row: CellValue[], k: IndicatorColumn) => (cols[k] === undefined ? undefined : row[cols[k]!]);
  let r = headerRow + 1;
  for (; r < rows.length; r++) {
    const row = rows[r];
    const texts = row.map(cellText);
    if (texts.every((t) => t === "")) continue;
    const firstText = texts.find((t) => t !== "") ?? "";
    if (/^nhiem vu\b/.test(headerKey(firstText)) && texts.filter((t) => t !== "").length === 1) break;
    const name = cellText(get(row, "name"));
    // The row's ĐVT, else the unit the target's heading gives ("Chỉ tiêu (triệu đồng)"), spelled as the sheet check reads it;
    // a share's row ("Tỷ lệ giải ngân") is in percent whatever the heading says.
    const unit = unitSpelling(cellText(get(row, "unit"))) || (/(?<!\p{L})t[ỷỉ] lệ(?!\p{L})/iu.test(name.normalize("NFC")) ? "" : headingUnit(cellText(rows[headerRow][cols.target!]))) || undefined;
    const rawTarget = get(row, "target");
    const targetCell = addr(r, cols.target!);
    if (isCellError(rawTarget)) {
      errors.push({ cell: targetCell, message: { vi: `ô ${targetCell} chứa lỗi ${rawTarget.error}`, en: `cell ${targetCell} holds the error ${rawTarget.error}` } });
      continue;
    }
    const cell = targetFromCell(rawTarget, { unit, format: opts.formats?.[r]?.[cols.target!], column: targetScale });
    if (cell.alt) {
      // 0,95 under "%" with nothing on the grid to say which: refuse rather than guess 0,95% or 95%.
      errors.push({
        cell: targetCell,
        message: {
          vi: `ô ${targetCell}: ${cell.text.replace(/%$/, "")} với ĐVT "%" có thể là ${cell.text} hay ${cell.alt}; ghi rõ "${cell.alt}" hoặc định dạng ô là %`,
          en: `cell ${targetCell}: ${cell.text.replace(/%$/, "")} under unit "%" could be ${cell.text} or ${cell.alt}; write "${cell.alt}" or format the cell as percent`,
        },
      });
      continue;
    }
    const target = cell.text;
    const idText = cellText(get(row, "id"));
    if (target === "") {
      // A row without a target is a heading inside the list ("1. Giáo dục mầm non"), in whichever column it was typed.
      headingSection = [name || firstText];
      continue;
    }
    if (name === "") {
      errors.push({ cell: addr(r, cols.name!), message: { vi: `dòng ${r + (opts.firstRow ?? 1)} có chỉ tiêu "${target}" nhưng thiếu tên chỉ tiêu`, en: `row ${r + (opts.firstRow ?? 1)} has a target but no indicator name` } });
      continue;
    }
    const parsed = parseTarget(target, { indicator: name });
    if (!parsed.ok) {
      errors.push({
        cell: targetCell,
        message: { vi: `ô ${targetCell}: ${parsed.error.message.vi}`, en: `cell ${targetCell}: ${parsed.error.message.en}` },
      });
    }
    let id = idText ? (/^[a-z0-9][a-z0-9._-]*$/.test(idText) ? idText : slugId(idText)) : "";
    if (!id) id = `dong-${r + (opts.firstRow ?? 1)}`;
    if (seen.has(id)) {
      errors.push({ cell: cols.id !== undefined ? addr(r, cols.id) : targetCell, message: { vi: `mã "${id}" bị trùng`, en: `duplicate id "${id}"` } });
    }
    seen.add(id);
    const levelCell = get(row, "level");
    const level = lookup(LEVELS, levelCell);
    if (level === undefined) {
      errors.push({
        cell: addr(r, cols.level!),
        message: { vi: `cấp học "${cellText(levelCell)}" không hợp lệ (MN, TH, THCS, THPT, GDTX hoặc để trống)`, en: `school level "${cellText(levelCell)}" is not one of MN, TH, THCS, THPT, GDTX or empty` },
      });
    }
    const scopeCell = get(row, "scope");
    const scope = lookup(SCOPES, scopeCell);
    if (scope === undefined) {
      errors.push({
        cell: addr(r, cols.scope!),
        message: { vi: `phạm vi "${cellText(scopeCell)}" không hợp lệ ("Toàn quận" hoặc "Từng đơn vị")`, en: `scope "${cellText(scopeCell)}" must be "Toàn quận" (district) or "Từng đơn vị" (each unit)` },
      });
    }
    const dirCell = get(row, "direction");
    const direction = cellText(dirCell) === "" ? undefined : lookup(DIRECTIONS, dirCell);
    if (cellText(dirCell) !== "" && direction === undefined) {
      errors.push({ cell: addr(r, cols.direction!), message: { vi: `hướng "${cellText(dirCell)}" không hợp lệ (Tăng, Giảm, Khoảng)`, en: `direction "${cellText(dirCell)}" must be Tăng (up), Giảm (down) or Khoảng (band)` } });
    }
    const sectionText = cellText(get(row, "section"));
    const ind: Indicator = {
      id,
      section: cols.section !== undefined ? (sectionText ? sectionText.split(" > ") : []) : headingSection,
      name,
      level: level ?? "all",
      target,
      scope: scope ?? "district",
    };
    if (unit) ind.unit = unit;
    const quote = cellText(get(row, "quote"));
    if (quote) ind.quote = quote;
    if (direction) ind.direction = direction;
    const distribution = cellText(get(row, "distribution"));
    if (distribution) ind.distribution = distribution;
    const notes = cellText(get(row, "notes"));
    if (notes) ind.notes = notes;
    indicators.push(ind);
  }

  // Optional task table after the "NHIỆM VỤ" marker row.
  if (r < rows.length) {
    let taskCols: Partial<Record<TaskColumn, number>> = {};
    let t = r + 1;
    for (; t < rows.length; t++) {
      if (rows[t].every((v) => cellText(v) === "")) continue;
      taskCols = matchColumns(rows[t], TASK_ROLES);
      break;
    }
    if (taskCols.content === undefined) {
      errors.push({ cell: addr(Math.min(t, rows.length - 1), 0), message: { vi: `bảng nhiệm vụ thiếu dòng tiêu đề có cột "Nội dung"`, en: `the task table has no header row with a "Nội dung" (content) column` } });
    } else {
      const tget = (row: CellValue[], k: TaskColumn) => (taskCols[k] === undefined ? undefined : row[taskCols[k]!]);
      for (let q = t + 1; q < rows.length; q++) {
        const row = rows[q];
        const content = cellText(tget(row, "content"));
        if (content === "") continue;
        const task: Task = { no: cellText(tget(row, "no")) || String(tasks.length + 1), content, partners: [] };
        const lead = cellText(tget(row, "lead"));
        if (lead) task.lead = lead;
        const partners = cellText(tget(row, "partners"));
        if (partners) task.partners = partners.split(/\s*;\s*/).filter(Boolean);
        for (const k of ["start", "end"] as const) {
          const d = readDate(tget(row, k) ?? null);
          if (d === null)
            errors.push({ cell: addr(q, taskCols[k]!), message: { vi: `ngày "${cellText(tget(row, k))}" không đọc được (dd/mm/yyyy)`, en: `date "${cellText(tget(row, k))}" cannot be read (dd/mm/yyyy)` } });
          else if (d) task[k] = d;
        }
        const timing = cellText(tget(row, "timing"));
        if (timing) task.timing = timing;
        const quote = cellText(tget(row, "quote"));
        if (quote) task.quote = quote;
        tasks.push(task);
      }
    }
  }

  if (indicators.length === 0 && errors.length === 0) {
    errors.push({ message: { vi: "bảng không có dòng chỉ tiêu nào dưới dòng tiêu đề", en: "the grid has no indicator rows below the header" } });
  }
  if (errors.length) return { ok: false, errors };

  const title = meta.title ?? opts.title ?? bareTitle ?? "Kế hoạch";
  const candidate: Record<string, unknown> = {
    id: meta.id ?? opts.id ?? (slugId(title) || "ke-hoach"),
    title,
    issuer: meta.issuer ?? opts.issuer ?? "(chưa ghi cơ quan ban hành)",
    period: meta.period ?? opts.period ?? "",
    indicators,
    tasks,
  };
  for (const k of ["number", "date", "place", "source", "notes"] as const) if (meta[k]) candidate[k] = meta[k];
  if (!meta.issuer && !opts.issuer) warnings.push({ message: { vi: "bảng không ghi cơ quan ban hành", en: "the grid does not name the issuing body" } });
  const v = validatePlan(candidate);
  if (!v.ok) return { ok: false, errors: v.errors.map((e) => ({ message: { vi: `${e.path}: ${e.message.vi}`, en: `${e.path}: ${e.message.en}` } })) };
  return { ok: true, plan: v.plan, warnings };
}

const LEVEL_OUT: Record<SchoolLevel, string> = { MN: "MN", TH: "TH", THCS: "THCS", THPT: "THPT", GDTX: "GDTX", all: "Chung" };
const SCOPE_OUT = { unit: "Từng đơn vị", district: "Toàn quận" } as const;
const DIRECTION_OUT = { up: "Tăng", down: "Giảm", band: "Khoảng" } as const;

/** Columns planToGrid writes, in order. */
export const GRID_COLUMNS: readonly string[] = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Cấp học", "Phạm vi", "Ghi chú", "Hướng", "Nhóm", "Mục", "Trích dẫn"];

/**
 * Writes a plan as a sheet grid that planFromGrid reads back to the same plan: a metadata block, the
 * indicator table, and the task table after a "NHIỆM VỤ" row (when the plan has tasks).
 * @example planToGrid(plan)[0] → ["Mã kế hoạch", "long-bien-2021-2025-qd2559"]
 */
export function planToGrid(plan: Plan): CellValue[][] {
  const out: CellValue[][] = [];
  const metaFields: Array<keyof typeof META_LABELS> = ["id", "title", "issuer", "number", "date", "place", "period", "source", "notes"];
  for (const k of metaFields) {
    const v = plan[k];
    if (v !== undefined && v !== "") out.push([META_LABEL_VI[k], v]);
  }
  out.push([]);
  out.push([...GRID_COLUMNS]);
  for (const ind of plan.indicators) {
    out.push([
      ind.id,
      ind.name,
      ind.unit ?? "",
      ind.target,
      LEVEL_OUT[ind.level],
      SCOPE_OUT[ind.scope],
      ind.notes ?? "",
      ind.direction ? DIRECTION_OUT[ind.direction] : "",
      ind.distribution ?? "",
      ind.section.join(" > "),
      ind.quote ?? "",
    ]);
  }
  if (plan.tasks.length) {
    out.push([]);
    out.push(["NHIỆM VỤ"]);
    out.push((["no", "content", "lead", "partners", "timing", "start", "end", "quote"] as TaskColumn[]).map((k) => TASK_LABEL_VI[k]));
    for (const t of plan.tasks) {
      out.push([t.no, t.content, t.lead ?? "", t.partners.join("; "), t.timing ?? "", t.start ?? "", t.end ?? "", t.quote ?? ""]);
    }
  }
  return out;
}
