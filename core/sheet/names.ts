// Choosing a name for a new sheet (report, plan sheet) that the host accepts and the workbook does not use yet.

/** What a host allows in a sheet name: the longest name, and characters it refuses (replaced by spaces). */
export interface SheetNameRules {
  maxLength: number;
  forbidden?: RegExp;
}

/** Excel: at most 31 characters, none of \ / ? * [ ] :. */
export const EXCEL_SHEET_NAMES: SheetNameRules = { maxLength: 31, forbidden: /[\\/?*[\]:]/g };

/** Google Sheets: at most 100 characters, any character. */
export const SHEETS_SHEET_NAMES: SheetNameRules = { maxLength: 100 };

/**
 * A sheet name not yet used: `wanted`, then "wanted (2)", "wanted (3)", ... Both hosts compare names
 * case-insensitively, so "báo cáo" counts as taken when "Báo cáo" exists. Lengths count UTF-16 units, as both
 * hosts do (no TextEncoder: Apps Script has none).
 * @example freeSheetName("Báo cáo", ["báo cáo"], EXCEL_SHEET_NAMES) → "Báo cáo (2)"
 */
export function freeSheetName(wanted: string, existing: string[], rules: SheetNameRules): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const cleaned = rules.forbidden ? wanted.replace(rules.forbidden, " ") : wanted;
  const base = cleaned.slice(0, rules.maxLength).trim() || "Sheet";
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, rules.maxLength - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
