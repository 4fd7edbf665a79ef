// The report sheet of a checked workbook: core builds the report model, this turns it into a sheet for the package writer.
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import { buildReport } from "../../core/report/build";
import type { ReportMeta } from "../../core/report/model";
import type { CheckedSheet } from "../../core/sheet/types";
import { WHOLE_SHEET } from "./ooxml/refs";
import type { SheetSpec } from "./write";

export interface ReportOptions {
  lang?: Lang;
  /** Report date, ISO; default blanks to fill by hand ("ngày ... tháng ... năm ..."). */
  date?: string;
  /** Other report fields (issuer, number, recipients, signer). */
  meta?: ReportMeta;
}

/**
 * The "Báo cáo" sheet core builds for a check, as a sheet to add, with core's warnings.
 * @example reportSpec(result, plan, { lang: "vi", date: "2025-05-31" }).spec.name → "Báo cáo"
 */
export function reportSpec(result: CheckedSheet, plan: Plan | null, opts: ReportOptions = {}): { spec: SheetSpec; warnings: string[] } {
  const meta: ReportMeta = { ...opts.meta };
  if (opts.lang) meta.lang = opts.lang;
  if (opts.date) meta.date = opts.date;
  const model = buildReport(result, plan, meta);
  // The report is the tool's whole sheet: marked so, a re-check knows it is not the user's data.
  return { spec: { ...model.sheet, cells: model.sheet.cells.map((r) => [...r]), owned: [WHOLE_SHEET] }, warnings: model.warnings.map((w) => w[opts.lang ?? "vi"]) };
}
