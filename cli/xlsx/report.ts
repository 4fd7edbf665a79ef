// The report sheet of a checked workbook: core builds the report model, this adds its sheet to the ExcelJS workbook.
import ExcelJS from "exceljs";
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import { buildReport } from "../../core/report/build";
import type { ReportMeta } from "../../core/report/model";
import type { CheckedSheet } from "../../core/sheet/types";
import { addNewSheet } from "./write";

export interface ReportOptions {
  lang?: Lang;
  /** Report date, ISO; default blanks to fill by hand ("ngày ... tháng ... năm ..."). */
  date?: string;
  /** Other report fields (issuer, number, recipients, signer). */
  meta?: ReportMeta;
}

/**
 * Adds the "Báo cáo" sheet core builds for a check; returns its name and core's warnings.
 * @example addReportSheet(wb, result, plan, { lang: "vi", date: "2025-05-31" }).name → "Báo cáo"
 */
export function addReportSheet(wb: ExcelJS.Workbook, result: CheckedSheet, plan: Plan | null, opts: ReportOptions = {}): { name: string; warnings: string[] } {
  const meta: ReportMeta = { ...opts.meta };
  if (opts.lang) meta.lang = opts.lang;
  if (opts.date) meta.date = opts.date;
  const model = buildReport(result, plan, meta);
  const ws = addNewSheet(wb, model.sheet);
  return { name: ws.name, warnings: model.warnings.map((w) => w[opts.lang ?? "vi"]) };
}
