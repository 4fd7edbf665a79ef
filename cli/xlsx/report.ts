// The report sheets of a checked workbook: core builds the report model, this turns it and its technical notes into sheets for the package writer.
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
  /** The day deadlines were judged on (ISO) and the "Gần đạt" tolerance, stated under the title and in the notes. */
  asOf?: string;
  tolerance?: number;
}

/**
 * The "Báo cáo" sheet core builds for a check and its "Ghi chú kỹ thuật" sheet (how the check was made and what it
 * could not judge, which the panes add too and the official table leaves out), as sheets to add, with core's warnings.
 * @example reportSpec(result, plan, { lang: "vi", date: "2025-05-31" }).spec.name → "Báo cáo" · ….notes.name → "Ghi chú kỹ thuật"
 */
export function reportSpec(result: CheckedSheet, plan: Plan | null, opts: ReportOptions = {}): { spec: SheetSpec; notes: SheetSpec; warnings: string[] } {
  const meta: ReportMeta = { ...opts.meta };
  if (opts.lang) meta.lang = opts.lang;
  if (opts.date) meta.date = opts.date;
  if (opts.asOf) meta.asOf = opts.asOf;
  if (opts.tolerance !== undefined) meta.tolerance = opts.tolerance;
  const model = buildReport(result, plan, meta);
  // Both are the tool's whole sheets: marked so, a re-check knows they are not the user's data.
  const own = (s: typeof model.sheet): SheetSpec => ({ ...s, cells: s.cells.map((r) => [...r]), owned: [WHOLE_SHEET] });
  return { spec: own(model.sheet), notes: own(model.notes), warnings: model.warnings.map((w) => w[opts.lang ?? "vi"]) };
}
