// A plan as a self-checking sheet: the plan grid plus a "Thực hiện" column to fill in and live status formulas beside it.
import { SheetBuilder, a4Print } from "../report/sheet-builder";
import { compileFormula } from "../rule/formula";
import { columnLetters } from "../sheet/a1";
import { readIndicator } from "./reading";
import { STATUS, type PercentScale } from "../rule/verdict";
import { STATUS_HEADER, STATUS_STYLES } from "../sheet/edits";
import type { NewSheet } from "../sheet/output";
import type { Plan } from "./schema";

/** Header of the column a clerk fills in; core/sheet's layout detection reads it as the actual figure. */
export const ACTUAL_HEADER = "Thực hiện";

/** Columns of the plan sheet, in order; planFromGrid reads it back (it ignores the two check columns). */
export const PLAN_SHEET_COLUMNS = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Cấp học", "Phạm vi", ACTUAL_HEADER, STATUS_HEADER, "Ghi chú"] as const;
const COL = { id: 0, name: 1, unit: 2, target: 3, level: 4, scope: 5, actual: 6, status: 7, notes: 8 } as const;
/** Widths in points, chosen so the sheet prints on one A4 landscape page width. */
const WIDTHS = [120, 260, 55, 130, 50, 75, 70, 95, 160];

const LEVEL_OUT = { MN: "MN", TH: "TH", THCS: "THCS", THPT: "THPT", GDTX: "GDTX", all: "Chung" } as const;
const SCOPE_OUT = { unit: "Từng đơn vị", district: "Toàn quận" } as const;

export interface PlanSheetOptions {
  /** Sheet name; default "Kế hoạch". */
  name?: string;
  /** How a plain number in "Thực hiện" meets a percent target (default "auto"). */
  percentScale?: PercentScale;
}


/**
 * Describes a new sheet listing the plan's indicators with an empty "Thực hiện" column and, beside it,
 * a formula per row that shows the verdict label as soon as a figure is typed. Targets no native
 * formula can judge (a reference or baseline the sheet does not hold) get an empty status cell and
 * the reason in "Ghi chú". Host-neutral: every host writes the NewSheet the same way.
 * @example planToSheet(plan).cells[5][7] → { formula: 'IF(ISERROR(G6),"Số liệu không hợp lệ",...)' }
 */
export function planToSheet(plan: Plan, opts: PlanSheetOptions = {}): NewSheet {
  const b = new SheetBuilder(PLAN_SHEET_COLUMNS.length, { name: "Times New Roman", size: 12 }, WIDTHS);
  const last = PLAN_SHEET_COLUMNS.length - 1;
  const title = b.addRow();
  b.text(title, 0, plan.title);
  b.merge(title, 0, last);
  b.style({ top: title, left: 0, bottom: title, right: last }, { bold: true, fontSize: 14, hAlign: "center", wrap: true });
  b.fit(title, plan.title, b.span(0, last), 14);
  const meta: Array<[string, string | undefined]> = [
    ["Mã kế hoạch", plan.id],
    ["Cơ quan ban hành", plan.issuer],
    ["Số hiệu", plan.number],
    ["Ngày ban hành", plan.date],
    ["Năm học / giai đoạn", plan.period],
  ];
  for (const [label, value] of meta) {
    if (!value) continue;
    const r = b.addRow();
    b.text(r, 0, label);
    b.text(r, 1, value);
  }
  b.addRow();
  const head = b.addRow();
  PLAN_SHEET_COLUMNS.forEach((h, c) => b.text(head, c, h));
  b.style({ top: head, left: 0, bottom: head, right: last }, { bold: true, hAlign: "center", vAlign: "middle", wrap: true, fill: "#D9E1F2", border: "thin" });
  for (const ind of plan.indicators) {
    const r = b.addRow();
    b.text(r, COL.id, ind.id);
    b.text(r, COL.name, ind.name);
    b.text(r, COL.unit, ind.unit ?? "");
    b.text(r, COL.target, ind.target);
    b.text(r, COL.level, LEVEL_OUT[ind.level]);
    b.text(r, COL.scope, SCOPE_OUT[ind.scope]);
    const notes: string[] = ind.notes ? [ind.notes] : [];
    const parsed = readIndicator(plan, ind);
    if (parsed.ok) {
      const f = compileFormula(parsed.rule, { actual: `${columnLetters(COL.actual)}${r + 1}` }, { percentScale: opts.percentScale ?? "auto" });
      if (f.ok) b.set(r, COL.status, { formula: f.formula });
      else notes.push(`${f.reason.vi} / ${f.reason.en}`);
    } else {
      b.text(r, COL.status, STATUS.unreadable.vi);
      notes.push(parsed.error.message.vi);
    }
    b.text(r, COL.notes, notes.join(" · "));
    b.fit(r, ind.name, WIDTHS[COL.name]);
  }
  const first = head + 1;
  const lastRow = Math.max(first, b.rows - 1);
  b.style({ top: first, left: 0, bottom: lastRow, right: last }, { border: "thin", vAlign: "top", wrap: true });
  b.style({ top: first, left: COL.actual, bottom: lastRow, right: COL.actual }, { fill: "#FFF2CC" });
  const sheet = b.build(opts.name ?? "Kế hoạch", { ...a4Print({ top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 }, { first: head, last: head }), orientation: "landscape" }, head + 1);
  sheet.conditionalFormats = [{ range: { top: first, left: COL.status, bottom: lastRow, right: COL.status }, rules: STATUS_STYLES }];
  return sheet;
}
