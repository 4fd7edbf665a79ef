// Blank self-checking workbooks for a plan: a form laid out as clerks keep it, whose status cells are core's live formulas.
import ExcelJS from "exceljs";
import type { Lang } from "../../core/types";
import type { Indicator, Plan } from "../../core/plan/schema";
import { checkSheet } from "../../core/sheet/check";
import type { CheckedSheet } from "../../core/sheet/types";
import { CliError } from "../errors";
import { annotate } from "./check";
import { sheetData } from "./read";
import { INPUT_FILL, blankFigure, listSample, ruleOf } from "./sample";

export interface TemplateOptions {
  lang?: Lang;
  /** Indicator ids to include (default: every indicator of a list; unit-scope ones of a matrix). */
  indicators?: string[];
}

const GUIDANCE = [
  "Nhập số liệu vào các ô màu vàng (tỷ lệ gõ 85,7% hoặc 85,7); cột \"Đánh giá (Chỉ tiêu)\" tự cập nhật, không cần cài thêm gì.",
  "Fill in the yellow cells (rates as 85.7% or 85.7); the \"Đánh giá (Chỉ tiêu)\" column updates by itself, no add-in needed.",
];

function pick(plan: Plan, ids: string[] | undefined, fallback: (i: Indicator) => boolean): Indicator[] {
  if (!ids) {
    const chosen = plan.indicators.filter(fallback);
    return chosen.length > 0 ? chosen : plan.indicators;
  }
  const byId = new Map(plan.indicators.map((i) => [i.id, i] as const));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new CliError(`kế hoạch ${plan.id} không có chỉ tiêu: ${missing.join(", ")}`, `plan ${plan.id} has no indicator: ${missing.join(", ")}`);
  }
  return ids.map((id) => byId.get(id)!);
}

function checked(ws: ExcelJS.Worksheet, plan: Plan, lang: Lang): CheckedSheet {
  const sheet = sheetData(ws);
  // "auto": a clerk may type 85,7 or 85,7% (or 0,857); all read as 85,7% where the readings agree.
  const result = checkSheet(sheet, plan, { lang, percentScale: "auto" });
  if (!result.ok) throw new CliError(`không dựng được biểu mẫu: ${result.error.message.vi}`, `cannot build the form: ${result.error.message.en}`);
  annotate(ws, sheet, result, { lang });
  return result;
}

/**
 * The indicator-list form: one row per indicator with its target, yellow input cells for the actual (and the
 * baseline where a target is a change), and a live status formula per row.
 * @example listTemplate(plan).workbook.worksheets[0].name → "Nhập số liệu"
 */
export function listTemplate(plan: Plan, opts: TemplateOptions = {}): { workbook: ExcelJS.Workbook; result: CheckedSheet } {
  const indicators = pick(plan, opts.indicators, () => true);
  const { workbook } = listSample({
    title: [plan.issuer, "BIỂU NHẬP SỐ LIỆU THỰC HIỆN CHỈ TIÊU", `${plan.title} (${plan.period})`],
    guidance: GUIDANCE,
    placeDate: `${plan.place ?? "......"}, ngày ... tháng ... năm ...`,
    indicators,
    blank: true,
    sheetName: "Nhập số liệu",
  });
  const result = checked(workbook.worksheets[0], plan, opts.lang ?? "vi");
  return { workbook, result };
}

/**
 * Unit names from a text or CSV file's contents: one per line (first CSV column), blank lines, "#" comments
 * and a header line ("Tên trường", "Đơn vị", "Phường") skipped.
 * @example unitNames("Tên trường\nTrường MN Cát Bi\n\nTrường MN Thành Tô") → ["Trường MN Cát Bi", "Trường MN Thành Tô"]
 */
export function unitNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const first = line.startsWith('"') ? (/^"((?:[^"]|"")*)"/.exec(line)?.[1] ?? line).replace(/""/g, '"') : line.split(/[,;\t]/)[0].trim();
    if (out.length === 0 && /^(tên )?(trường|đơn vị|phường|xã|cơ sở)$/i.test(first)) continue;
    if (first !== "") out.push(first);
  }
  return out;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The unit-matrix form: one row per school or ward, one column per indicator (id in brackets so matching is
 * exact), a "Chỉ tiêu" row with the targets, yellow input cells and a live status column per indicator.
 * @example matrixTemplate(plan, ["Trường MN Cát Bi", "Trường MN Thành Tô"]).result.layout.shape → "matrix"
 */
export function matrixTemplate(plan: Plan, units: string[], opts: TemplateOptions = {}): { workbook: ExcelJS.Workbook; result: CheckedSheet } {
  if (units.length === 0) throw new CliError("tệp đơn vị không có tên đơn vị nào", "the units file lists no units");
  const indicators = pick(plan, opts.indicators, (i) => i.scope === "unit");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nhập số liệu");
  const font = { name: "Times New Roman", size: 12 };
  const width = 2 + indicators.length;
  const title = [plan.issuer, "BIỂU TỔNG HỢP SỐ LIỆU THEO ĐƠN VỊ", `${plan.title} (${plan.period})`, ...GUIDANCE];
  title.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, width);
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = { ...font, bold: i < 3, italic: i >= 3, size: i >= 3 ? 11 : 12 };
    c.alignment = { horizontal: i < 3 ? "center" : "left" };
  });
  const header = title.length + 2;
  const head = ["STT", "Tên đơn vị", ...indicators.map((i) => `${i.name} [${i.id}]`)];
  head.forEach((h, k) => {
    const c = ws.getCell(header, k + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BOX;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  ws.getRow(header).height = 75;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 30;
  indicators.forEach((ind, k) => {
    ws.getColumn(k + 3).width = 18;
    const c = ws.getCell(header + 1, k + 3);
    c.value = ind.target;
    c.font = { ...font, italic: true };
    c.alignment = { horizontal: "center", wrapText: true };
    c.border = BOX;
  });
  ws.getCell(header + 1, 2).value = "Chỉ tiêu";
  ws.getCell(header + 1, 2).font = { ...font, bold: true, italic: true };
  const formats = indicators.map((ind) => blankFigure(ruleOf(ind)).format);
  units.forEach((u, i) => {
    const r = header + 2 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = u;
    for (let k = 1; k <= width; k++) {
      const c = ws.getCell(r, k);
      c.font = font;
      c.border = BOX;
      if (k > 2) {
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
        const fmt = formats[k - 3];
        if (fmt) c.numFmt = fmt;
      }
    }
  });
  ws.views = [{ state: "frozen", ySplit: header + 1, xSplit: 2 }];
  const result = checked(ws, plan, opts.lang ?? "vi");
  return { workbook: wb, result };
}
