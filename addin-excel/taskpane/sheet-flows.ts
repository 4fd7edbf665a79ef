// Task pane operations that create sheets (report, plan sheet): core describes the sheet, the host adds it in a fixed number of round trips.
import type { Plan } from "../../core/plan/schema";
import type { CheckedSheet } from "../../core/sheet/types";
import type { Bilingual, Lang } from "../../core/types";
import { buildReport, templateFromGrid } from "../../core/report/build";
import { planToSheet } from "../../core/plan/sheet";
import { createSheet, readSheetValues } from "../host/excel-host";
import type { ExcelRun } from "./flows";

/**
 * Adds the report sheet: from the default template, or from a template sheet in the workbook (one extra
 * round trip to read it). Returns the created sheet's name or the template's errors.
 */
export async function addReport(
  run: ExcelRun,
  checked: CheckedSheet,
  plan: Plan | null,
  templateSheet: string | null,
  lang: Lang,
): Promise<{ ok: true; name: string; warnings: Bilingual[] } | { ok: false; errors: Bilingual[] }> {
  return run(async (ctx) => {
    let template = undefined;
    if (templateSheet) {
      const values = (await readSheetValues(ctx, templateSheet))?.values;
      if (!values) return { ok: false, errors: [{ vi: `Không có trang mẫu "${templateSheet}".`, en: `No template sheet "${templateSheet}".` }] };
      const t = templateFromGrid(values);
      if (!t.ok) return { ok: false, errors: t.errors.map((e) => ({ vi: `${e.cell}: ${e.message.vi}`, en: `${e.cell}: ${e.message.en}` })) };
      template = { kind: "grid" as const, template: t.template, name: templateSheet };
    }
    const model = buildReport(checked, plan, { lang }, template);
    const names = ctx.workbook.worksheets;
    names.load("items/name");
    await ctx.sync();
    const name = await createSheet(ctx, model.sheet, names.items.map((s) => s.name));
    return { ok: true, name, warnings: model.warnings };
  });
}

/** Adds a self-checking plan sheet (indicators, targets, an actual column and live status formulas). */
export async function insertPlanSheet(run: ExcelRun, plan: Plan): Promise<string> {
  return run(async (ctx) => {
    const names = ctx.workbook.worksheets;
    names.load("items/name");
    await ctx.sync();
    return createSheet(ctx, planToSheet(plan), names.items.map((s) => s.name));
  });
}

