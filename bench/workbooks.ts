// Workbooks for the end-to-end bench, made once and kept in .tmp/bench: styled indicator lists and unit matrices of 10k, 100k and 1M cells.
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Indicator, Plan } from "../core/plan/schema";
import type { SheetData } from "../core/sheet/model";
import { listSample, pickOutcome, ruleOf, sampleFigure } from "../cli/xlsx/sample";
import { WorkbookWriter, writeCellOf, type WriteCell } from "../cli/xlsx/write";
import { listGrid, matrixGrid } from "./grids";
import { parseTarget } from "../core/rule/parse";
import { CACHE_DIR } from "./harness";

/** Bumped whenever the generators below change, so stale cached files are not measured. */
const VERSION = 2;

/** Columns listSample writes: STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Đầu năm | Thực hiện | Ghi chú. */
export const SAMPLE_COLUMNS = 7;

/**
 * The plan's indicators repeated school after school until the list has about `cells` cells: each school's block
 * is its own section ("Trường số 3 – 1.1. Giáo dục mầm non"), names and targets are the plan's, figures differ.
 */
function repeatedIndicators(plan: Plan, cells: number): Indicator[] {
  const out: Indicator[] = [];
  let rows = 8;
  for (let school = 1; rows * SAMPLE_COLUMNS < cells; school++) {
    let section = "";
    for (const ind of plan.indicators) {
      if (rows * SAMPLE_COLUMNS >= cells) break;
      const sec = `Trường số ${school} – ${ind.section[ind.section.length - 1] ?? ""}`;
      if (sec !== section) {
        section = sec;
        rows++;
      }
      out.push({ ...ind, id: `${ind.id}~${school}`, section: [...ind.section.slice(0, -1), sec] });
      rows++;
    }
  }
  return out;
}

/**
 * A styled indicator list of about `cells` cells written by the demo's own generator (title block, bordered
 * cells, section rows, signature block), saved to .tmp/bench unless already there. Returns the path.
 * @example await listWorkbook(plan, 100_000) → ".../.tmp/bench/list-100000-v1.xlsx"
 */
export async function listWorkbook(plan: Plan, cells: number): Promise<string> {
  const path = join(CACHE_DIR, `list-${cells}-v${VERSION}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const { spec } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    placeDate: "Hải An, ngày 20 tháng 5 năm 2025",
    indicators: repeatedIndicators(plan, cells),
    sheetName: "Tổng hợp",
  });
  const w = WorkbookWriter.fresh();
  w.addSheet(spec);
  w.save(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
  return path;
}

/** A core grid as a sheet to write: values with their number formats, merges kept. */
function gridSpec(sheet: SheetData) {
  const cells: WriteCell[][] = sheet.values.map((row, r) => (row ?? []).map((v, c) => writeCellOf(v, sheet.formats?.[r]?.[c])));
  return { name: sheet.name || "Tổng hợp", cells, styles: [], merges: sheet.merges ?? [], columnWidths: [], rowHeights: {}, conditionalFormats: [] };
}

/**
 * The bench's grid (bench/grids.ts: the Hải An list or the school × indicator matrix) of about `cells` cells as
 * an .xlsx, saved to .tmp/bench unless already there. Returns the path.
 * @example await gridWorkbook(plan, "matrix", 1_000_000) → ".../.tmp/bench/matrix-1000000-v2.xlsx"
 */
export async function gridWorkbook(plan: Plan, shape: "list" | "matrix", cells: number): Promise<string> {
  const path = join(CACHE_DIR, `${shape}-${cells}-v${VERSION}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const sheet = (shape === "matrix" ? matrixGrid : listGrid)(plan, cells);
  const w = WorkbookWriter.fresh();
  w.addSheet(gridSpec(sheet));
  w.save(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
  return path;
}

/**
 * An indicator list of exactly `rows` rows (header included): plain values, no styles, the plan's indicators
 * cycling with figures around their targets. Saved to .tmp/bench unless already there.
 * @example await tallWorkbook(plan, 1_000_000) → ".../.tmp/bench/tall-1000000-v2.xlsx"
 */
export async function tallWorkbook(plan: Plan, rows: number): Promise<string> {
  const path = join(CACHE_DIR, `tall-${rows}-v${VERSION}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const cells: WriteCell[][] = [["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Đầu năm", "Thực hiện", "Ghi chú"].map((text) => ({ text }))];
  const rules = plan.indicators.map((ind) => ruleOf(ind));
  for (let r = 1; r < rows; r++) {
    const i = (r - 1) % plan.indicators.length;
    const ind = plan.indicators[i];
    const key = `${ind.id}#${Math.floor((r - 1) / plan.indicators.length)}`;
    const rule = rules[i];
    const fig = rule ? sampleFigure(rule, pickOutcome(key), key) : { actual: null };
    cells.push([{ number: r }, { text: ind.name }, ind.unit ? { text: ind.unit } : null, { text: ind.target }, writeCellOf(fig.baseline ?? null), writeCellOf(fig.actual ?? null, fig.format), null]);
  }
  const w = WorkbookWriter.fresh();
  w.addSheet({ name: "Tổng hợp", cells, styles: [], merges: [], columnWidths: [], rowHeights: {}, conditionalFormats: [] });
  w.save(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
  return path;
}

/**
 * The bench's list of about `cells` cells (the same data as `gridWorkbook(plan, "list", cells)`) with the column a
 * user would write by hand instead of running the tool: one IF per indicator row comparing the figure with the
 * target's number (`IF(E9="","Chưa có số liệu",IF(E9>=0.95,"Đạt","Chưa đạt"))`), in column H. Saved to .tmp/bench.
 * @example await ifColumnWorkbook(plan, 100_000) → ".../.tmp/bench/list-if-100000-v2.xlsx"
 */
export async function ifColumnWorkbook(plan: Plan, cells: number): Promise<{ path: string; formulas: number }> {
  const path = join(CACHE_DIR, `list-if-${cells}-v${VERSION}.xlsx`);
  const sheet = listGrid(plan, cells);
  const spec = gridSpec(sheet);
  let formulas = 0;
  sheet.values.forEach((row, r) => {
    const target = row?.[3];
    if (typeof target !== "string" || typeof row?.[0] !== "number") return;
    const parsed = parseTarget(target);
    const rule = parsed.ok ? parsed.rule : null;
    // The figure's cell: "Tỷ lệ (%)" in points when filled, else "Số lượng" (a count or a 0.0%-formatted fraction).
    const points = typeof row[5] === "number";
    const x = points ? `F${r + 1}/100` : `E${r + 1}`;
    const blank = points ? `F${r + 1}` : `E${r + 1}`;
    const t = !rule ? null : rule.kind === "compare" ? rule.value : rule.kind === "fraction" ? rule.numerator / rule.denominator : rule.kind === "level" ? rule.level : rule.kind === "range" ? rule.min : null;
    const test = t === null ? `"Cần xem"` : `IF(${x}>=${t},"Đạt","Chưa đạt")`;
    (spec.cells[r] ??= [])[7] = { formula: `IF(${blank}="","Chưa có số liệu",${test})` };
    formulas++;
  });
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const w = WorkbookWriter.fresh();
    w.addSheet(spec);
    w.save(`${path}.tmp`);
    renameSync(`${path}.tmp`, path);
  }
  return { path, formulas };
}
