// The report sheet of a checked workbook: core builds the report model, this adds its sheet to the ExcelJS workbook.
import ExcelJS from "exceljs";
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import type { CheckedSheet } from "../../core/sheet/types";

/**
 * Adds the "Báo cáo" sheet built by core for a check; returns its name.
 * @example addReportSheet(wb, result, plan, { lang: "vi" }) → "Báo cáo"
 */
export function addReportSheet(_wb: ExcelJS.Workbook, _result: CheckedSheet, _plan: Plan | null, _opts: { lang?: Lang; asOf?: string }): string | undefined {
  return undefined;
}
