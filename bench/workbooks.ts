// Workbooks for the end-to-end bench, made once and kept in .tmp/bench: a styled 100k-cell indicator list and a 1M-row one.
import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Indicator, Plan } from "../core/plan/schema";
import { listSample, pickOutcome, ruleOf, sampleFigure } from "../cli/xlsx/sample";
import { CACHE_DIR } from "./harness";

/** Bumped whenever the generators below change, so stale cached files are not measured. */
const VERSION = 1;

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
  const { workbook } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    placeDate: "Hải An, ngày 20 tháng 5 năm 2025",
    indicators: repeatedIndicators(plan, cells),
    sheetName: "Tổng hợp",
  });
  await workbook.xlsx.writeFile(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
  return path;
}

/**
 * An indicator list of exactly `rows` rows (header included), streamed to disk with ExcelJS's writer: plain values,
 * no styles, the plan's indicators cycling with figures around their targets. Saved to .tmp/bench unless already there.
 * @example await tallWorkbook(plan, 1_000_000) → ".../.tmp/bench/tall-1000000-v1.xlsx"
 */
export async function tallWorkbook(plan: Plan, rows: number): Promise<string> {
  const path = join(CACHE_DIR, `tall-${rows}-v${VERSION}.xlsx`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${path}.tmp`, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Tổng hợp");
  ws.addRow(["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Đầu năm", "Thực hiện", "Ghi chú"]).commit();
  const rules = plan.indicators.map((ind) => ruleOf(ind));
  for (let r = 1; r < rows; r++) {
    const i = (r - 1) % plan.indicators.length;
    const ind = plan.indicators[i];
    const key = `${ind.id}#${Math.floor((r - 1) / plan.indicators.length)}`;
    const rule = rules[i];
    const fig = rule ? sampleFigure(rule, pickOutcome(key), key) : { actual: null };
    const row = ws.addRow([r, ind.name, ind.unit ?? "", ind.target, fig.baseline ?? null, (fig.actual ?? null) as ExcelJS.CellValue, ""]);
    if (fig.format) row.getCell(6).numFmt = fig.format;
    row.commit();
    // Let the zip stream reach the disk; a loop that never yields keeps the whole file in memory.
    if (r % 5_000 === 0) await new Promise((go) => setImmediate(go));
  }
  await wb.commit();
  renameSync(`${path}.tmp`, path);
  return path;
}
