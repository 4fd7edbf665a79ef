// The column mapping a user confirms before anything is written, as plain data in the user's language: what the mapping step draws.
import type { Lang } from "../core/types";
import type { CheckedSheet, ColumnRole, LayoutOverrides } from "../core/sheet/types";
import { columnLetters, type SheetData } from "../core/sheet/model";
import { cellText } from "../core/sheet/text";
import { t, type ROLE_TEXT } from "./text";

/** Roles offered in the mapping table of an indicator list, in the order a clerk reads the sheet. */
export const LIST_ROLES: readonly (keyof typeof ROLE_TEXT)[] = ["id", "name", "unit", "target", "baseline", "actual", "actualNumerator", "actualDenominator", "rate", "deadline", "completion", "note"];

/** The detected (or corrected) mapping, for the user to confirm before anything is written. */
export interface MappingView {
  sheet: string;
  shape: "list" | "matrix";
  /** "6–13": first and last data rows as row numbers. */
  rows: string;
  /** List: column per role as an option value ("" for none). */
  columns: Partial<Record<(typeof LIST_ROLES)[number], string>>;
  /** Choices for a column: value is the 0-based column, text "E: Thực hiện / Số lượng". */
  options: { value: string; text: string }[];
  /** Matrix: the unit column and the indicator groups found. */
  unitColumn?: string;
  unitNoun?: string;
  groups?: { header: string; where: string }[];
  /** Detector notes about columns it could not place. */
  unplaced: string[];
  /** The overrides this view reflects. */
  overrides: LayoutOverrides;
  /** Figures judged with this mapping. */
  judged: number;
}

function headerText(sheet: SheetData, headerRows: number[], col: number): string {
  return headerRows.map((r) => cellText(sheet.values[r]?.[col] ?? null)).filter((s) => s !== "").join(" / ");
}

/**
 * The mapping to confirm, in `L`: columns named by letter (counting from the sheet's origin) and header text.
 * @example mappingView(sheet, checked, {}, "vi").options[1] → { value: "0", text: "A: STT" }
 */
export function mappingView(sheet: SheetData, res: CheckedSheet, overrides: LayoutOverrides, L: Lang): MappingView {
  const layout = res.layout;
  const o = sheet.origin ?? { row: 0, col: 0 };
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const options = [{ value: "", text: t(L, "noColumn") }];
  for (let c = 0; c < width; c++) options.push({ value: String(c), text: `${columnLetters(c + o.col)}: ${headerText(sheet, layout.headerRows, c)}` });
  const view: MappingView = {
    sheet: res.sheet,
    shape: layout.shape,
    rows: `${layout.firstDataRow + o.row + 1}–${layout.lastDataRow + o.row + 1}`,
    columns: {},
    options,
    unplaced: layout.unplaced.map((u) => u.message[L]),
    overrides,
    judged: res.items.length,
  };
  if (layout.shape === "list") {
    for (const role of LIST_ROLES) {
      const c = (layout.columns as Partial<Record<string, number>>)[role];
      view.columns[role] = c === undefined ? "" : String(c);
    }
  } else {
    view.unitColumn = String(layout.unitColumn);
    view.unitNoun = layout.unitNoun;
    view.groups = layout.groups.map((g) => {
      const cols = [g.col, g.numerator, g.denominator].filter((c): c is number => c !== undefined);
      const where = cols.map((c) => columnLetters(c + o.col)).join("/");
      return { header: g.header, where: `${where}${g.indicatorId ? ` → ${g.indicatorId}` : ""}` };
    });
  }
  return view;
}
