// Consolidation: many schools' or wards' workbooks checked one by one, their figures laid out as one unit matrix that core rolls up.
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Bilingual, CellValue, Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import { checkSheet } from "../../core/sheet/check";
import type { SheetData } from "../../core/sheet/model";
import type { CheckedSheet } from "../../core/sheet/types";
import { cellText } from "../../core/sheet/text";
import { dedupeUnits, unitDisplayName } from "../../core/consolidate/units";
import { CliError, fileError } from "../errors";
import { ROLLUP_CREATOR } from "../guard/output";
import { annotate, chooseSheet } from "./check";
import { openWorkbook, sheetData } from "./read";
import { addReportSheet } from "./report";
import { uniqueSheetName } from "./write";

export interface UnitResult {
  file: string;
  unit: string;
  sheet: string;
  result: CheckedSheet;
}

export interface ConsolidateOptions {
  lang?: Lang;
  asOf?: string;
  tolerance?: number;
  reportDate?: string;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface Consolidated {
  workbook: ExcelJS.Workbook;
  matrix: CheckedSheet;
  units: UnitResult[];
  failed: { file: string; reason: string }[];
  /** Units reported by more than one file (core's dedupeUnits rule), one line each, in the run's language. */
  warnings: string[];
}

/**
 * The .xlsx files named on the command line, folders expanded (not recursively), sorted by name. Excel's lock
 * files (~$...) and this tool's own outputs (*.chitieu.xlsx) are left out; what a folder held that was left
 * out (subfolders, other files, check outputs) is pushed to `skipped` as one line per kind, so nothing is
 * dropped without a word.
 * @example await collectFiles(["out/truong"]) → ["out/truong/Truong MN Cat Bi.xlsx", ...]
 */
export async function collectFiles(args: string[], exclude: string[] = [], skipped: Bilingual[] = []): Promise<string[]> {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const out: string[] = [];
  for (const a of args) {
    let st;
    try {
      st = await stat(a);
    } catch (e) {
      throw fileError(e, a, "read");
    }
    if (st.isDirectory()) {
      const entries = await readdir(a, { withFileTypes: true });
      const take = (n: string) => extname(n).toLowerCase() === ".xlsx" && !n.startsWith("~$") && !/\.chitieu\.xlsx$/i.test(n);
      const names = entries.filter((e) => !e.isDirectory() && take(e.name)).map((e) => e.name).sort((x, y) => x.localeCompare(y, "vi"));
      out.push(...names.map((n) => join(a, n)));
      const list = (xs: string[]) => xs.slice(0, 3).map((x) => `"${x}"`).join(", ") + (xs.length > 3 ? ", …" : "");
      const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
      if (dirs.length) skipped.push({ vi: `bỏ qua ${dirs.length} thư mục con trong ${a} (${list(dirs)}): chỉ đọc tệp nằm ngay trong thư mục; ghi thêm thư mục con vào lệnh nếu cần`, en: `skipped ${dirs.length} subfolder(s) of ${a} (${list(dirs)}): only files directly inside are read; name the subfolders too if needed` });
      const checked = entries.filter((e) => !e.isDirectory() && /\.chitieu\.xlsx$/i.test(e.name)).map((e) => e.name);
      if (checked.length) skipped.push({ vi: `bỏ qua ${checked.length} tệp kết quả kiểm tra trong ${a} (${list(checked)}): đưa tệp gốc vào tổng hợp`, en: `skipped ${checked.length} check output(s) in ${a} (${list(checked)}): consolidate the original files` });
      const other = entries.filter((e) => !e.isDirectory() && !take(e.name) && !checked.includes(e.name) && !e.name.startsWith(".") && !e.name.startsWith("~$")).map((e) => e.name);
      if (other.length) skipped.push({ vi: `bỏ qua ${other.length} tệp không phải .xlsx trong ${a} (${list(other)})`, en: `skipped ${other.length} file(s) that are not .xlsx in ${a} (${list(other)})` });
    } else out.push(a);
  }
  const files = [...new Set(out.map((p) => resolve(p)))].filter((p) => !skip.has(p));
  if (files.length === 0) throw new CliError("không có tệp .xlsx nào để tổng hợp", "no .xlsx files to consolidate");
  return files;
}

// Title-block lines that name the reporting unit: "Đơn vị: Trường MN Cát Bi", "Trường MN Cát Bi", "UBND phường Cát Bi".
const UNIT_LINE = /^\s*(?:đơn vị(?: báo cáo)?\s*:\s*(.+)|((?:trường|ubnd phường|ủy ban nhân dân phường|phường|xã)\s.+))$/i;

/**
 * The unit a workbook reports for: a title-block line above the table naming it, else the file name.
 * @example unitNameOf(sheet, 4, "x/Cat Bi.xlsx") → "Trường MN Cát Bi" (from "Đơn vị: Trường MN Cát Bi")
 */
export function unitNameOf(sheet: SheetData, headerRow: number, file: string): string {
  for (let r = 0; r < Math.min(headerRow, 15); r++) {
    for (const v of sheet.values[r] ?? []) {
      const m = UNIT_LINE.exec(cellText(v));
      if (m) return (m[1] ?? m[2]).trim();
    }
  }
  return basename(file, extname(file));
}

/**
 * The unit column's header, naming what the units are so roll-ups read "5/6 trường đạt".
 * @example unitHeader(["Trường MN Cát Bi", "Trường MN Thành Tô"]) → "Tên trường"
 */
export function unitHeader(names: string[]): string {
  if (names.every((n) => /^trường\s/i.test(n))) return "Tên trường";
  if (names.every((n) => /^(ubnd |ủy ban nhân dân )?phường\s/i.test(n))) return "Tên phường";
  return "Tên đơn vị";
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: "Times New Roman", size: 12 };

/** Writes a small styled table (header row + rows) starting at row `top` (1-based). */
function table(ws: ExcelJS.Worksheet, top: number, header: string[], rows: (string | number | null)[][], widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  header.forEach((h, k) => {
    const c = ws.getCell(top, k + 1);
    c.value = h;
    c.font = { ...FONT, bold: true };
    c.border = BOX;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  rows.forEach((row, i) =>
    row.forEach((v, k) => {
      const c = ws.getCell(top + 1 + i, k + 1);
      c.value = v;
      c.font = FONT;
      c.border = BOX;
      c.alignment = { vertical: "top", wrapText: true };
    }),
  );
}

/**
 * Checks every file against the plan, lays the units' figures out as one matrix (a row per unit, a column per
 * indicator, a "Chỉ tiêu" row), lets core check and roll it up, and builds the district workbook: the matrix
 * with live status columns, the report, the per-unit summary and the files that could not be read.
 * @example const c = await consolidate(files, plan); c.matrix.rollUps[0].text.vi → "5/6 trường đạt"
 */
export async function consolidate(files: string[], plan: Plan, opts: ConsolidateOptions = {}): Promise<Consolidated> {
  const lang = opts.lang ?? "vi";
  const units: UnitResult[] = [];
  const failed: { file: string; reason: string }[] = [];
  const formats = new Map<string, string>();
  const sheets: SheetData[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      const book = await openWorkbook(file);
      const { sheet, result } = chooseSheet(book, undefined, plan, { plan, lang, asOf: opts.asOf, tolerance: opts.tolerance });
      if (!result.items.some((it) => it.indicatorId)) {
        throw new CliError(`${basename(file)}: không có dòng nào khớp chỉ tiêu của kế hoạch ${plan.id}`, `${basename(file)}: no row matches an indicator of plan ${plan.id}`);
      }
      units.push({ file, unit: unitDisplayName(unitNameOf(sheet, result.layout.headerRows[0], file)), sheet: sheet.name, result });
      sheets.push(sheet);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      failed.push({ file, reason: lang === "vi" ? e.vi : e.en });
    }
    opts.onProgress?.(i + 1, files.length, file);
  }
  // The same unit in two files is counted once when they agree and left out when they differ (core's rule).
  const dedup = dedupeUnits(units.map((u, k) => ({ ...u, sheetData: sheets[k], figures: new Map(u.result.items.filter((it) => it.indicatorId).map((it) => [it.indicatorId!, it.actual])) })));
  const warnings = dedup.warnings.map((w) => w[lang]);
  for (const c of dedup.conflicts) for (const r of c.reports) failed.push({ file: r.file, reason: c.message[lang] });
  units.splice(0, units.length, ...dedup.kept.map(({ sheetData: _s, figures: _f, ...u }) => u));
  sheets.splice(0, sheets.length, ...dedup.kept.map((u) => u.sheetData));
  if (units.length === 0) {
    throw new CliError(`không đọc được tệp nào trong ${files.length} tệp: ${failed[0]?.reason ?? ""}`, `none of ${files.length} files could be read: ${failed[0]?.reason ?? ""}`);
  }

  const used = new Set<string>();
  const actuals = new Map<string, CellValue>();
  units.forEach((u, k) => {
    for (const it of u.result.items) {
      if (!it.indicatorId) continue;
      // An indicator no unit gave a figure for (a section title matched by name, or one nobody reports) gets no column.
      if (it.actual !== null && it.actual !== undefined && it.actual !== "") used.add(it.indicatorId);
      actuals.set(`${k}|${it.indicatorId}`, it.actual);
      const f = sheets[k].formats?.[it.cell.row]?.[it.cell.col];
      if (f && !formats.has(it.indicatorId)) formats.set(it.indicatorId, f);
    }
  });
  const indicators = plan.indicators.filter((i) => used.has(i.id));

  const wb = new ExcelJS.Workbook();
  wb.creator = ROLLUP_CREATOR;
  const ws = wb.addWorksheet("Tổng hợp");
  const width = 2 + indicators.length;
  const title = [plan.issuer, "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO ĐƠN VỊ", `${plan.title} (${plan.period})`];
  title.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, width);
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: "center" };
  });
  if (warnings.length > 0) {
    // Right under the title, where whoever opens the roll-up reads first.
    ws.mergeCells(title.length + 1, 1, title.length + 1, width);
    const c = ws.getCell(title.length + 1, 1);
    c.value = `⚠ ${warnings.join(" ")}`;
    c.font = { ...FONT, bold: true, color: { argb: "FF9C0006" } };
    c.alignment = { horizontal: "left", wrapText: true };
    ws.getRow(title.length + 1).height = 16 * Math.min(6, warnings.length + 1);
  }
  const header = title.length + 2;
  const head = ["STT", unitHeader(units.map((u) => u.unit)), ...indicators.map((i) => `${i.name} [${i.id}]`)];
  head.forEach((h, k) => {
    const c = ws.getCell(header, k + 1);
    c.value = h;
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BOX;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  ws.getRow(header).height = 90;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 28;
  ws.getCell(header + 1, 2).value = "Chỉ tiêu";
  ws.getCell(header + 1, 2).font = { ...FONT, bold: true, italic: true };
  indicators.forEach((ind, k) => {
    ws.getColumn(k + 3).width = 16;
    const c = ws.getCell(header + 1, k + 3);
    c.value = ind.target;
    c.font = { ...FONT, italic: true };
    c.alignment = { horizontal: "center", wrapText: true };
    c.border = BOX;
  });
  units.forEach((u, i) => {
    const r = header + 2 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = u.unit;
    for (let k = 1; k <= width; k++) {
      const c = ws.getCell(r, k);
      c.font = FONT;
      c.border = BOX;
      if (k <= 2) continue;
      const ind = indicators[k - 3];
      const v = actuals.get(`${i}|${ind.id}`);
      if (v !== undefined && v !== null) c.value = typeof v === "object" && !(v instanceof Date) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
      const f = formats.get(ind.id);
      if (f) c.numFmt = f;
    }
  });
  ws.views = [{ state: "frozen", ySplit: header + 1, xSplit: 2 }];

  const sheet = sheetData(ws);
  const matrix = checkSheet(sheet, plan, { lang, asOf: opts.asOf, tolerance: opts.tolerance });
  if (!matrix.ok) throw new Error(`consolidated matrix not recognised: ${matrix.error.message.en}`);
  matrix.findings.unshift(...dedup.warnings.map((message) => ({ code: "duplicate_indicator" as const, severity: "warning" as const, cells: [], message })));
  annotate(ws, sheet, matrix, { lang, asOf: opts.asOf, tolerance: opts.tolerance });
  addReportSheet(wb, matrix, plan, { lang, date: opts.reportDate });

  const byUnit = wb.addWorksheet(uniqueSheetName(wb, lang === "vi" ? "Theo đơn vị" : "By unit"));
  table(
    byUnit,
    1,
    lang === "vi" ? ["STT", "Đơn vị", "Tệp", "Trang", "Số chỉ tiêu", "Đạt/vượt", "Chưa đạt"] : ["No.", "Unit", "File", "Sheet", "Indicators", "Met/exceeded", "Short"],
    units.map((u, i) => [i + 1, u.unit, basename(u.file), u.sheet, u.result.summary.total, u.result.summary.achieved, u.result.shortfalls.length]),
    [6, 30, 34, 16, 12, 12, 12],
  );
  const bad = wb.addWorksheet(uniqueSheetName(wb, lang === "vi" ? "Không đọc được" : "Unreadable"));
  table(
    bad,
    1,
    lang === "vi" ? ["STT", "Tệp", "Lý do"] : ["No.", "File", "Reason"],
    failed.length > 0 ? failed.map((f, i) => [i + 1, basename(f.file), f.reason]) : [[null, lang === "vi" ? "(mọi tệp đều đọc được)" : "(every file was read)", null]],
    [6, 34, 90],
  );
  return { workbook: wb, matrix, units, failed, warnings };
}
