// Tests for the new-sheet name rule shared by the Excel and Sheets hosts.
import { describe, expect, it } from "vitest";
import { EXCEL_SHEET_NAMES, freeSheetName, SHEETS_SHEET_NAMES, type SheetNameRules } from "./names";

const LONG = "Báo cáo kết quả thực hiện các chỉ tiêu kinh tế xã hội năm 2025 của tỉnh, theo Nghị quyết số 12 của Hội đồng nhân dân tỉnh khoá XVI";

describe("freeSheetName", () => {
  it.each<[string, string, string[], SheetNameRules, string]>([
    ["keeps a free name as it is", "Báo cáo", ["Kế hoạch"], EXCEL_SHEET_NAMES, "Báo cáo"],
    ["numbers a taken name from 2", "Báo cáo", ["Báo cáo"], EXCEL_SHEET_NAMES, "Báo cáo (2)"],
    ["compares names without regard to case", "Báo cáo", ["BÁO CÁO", "báo cáo (2)"], SHEETS_SHEET_NAMES, "Báo cáo (3)"],
    ["replaces characters Excel refuses with spaces", "KH 2025/2026: [tỉnh]?", [], EXCEL_SHEET_NAMES, "KH 2025 2026   tỉnh"],
    ["keeps those characters for Sheets", "KH 2025/2026: [tỉnh]?", [], SHEETS_SHEET_NAMES, "KH 2025/2026: [tỉnh]?"],
    ["cuts a long name to Excel's 31 characters", LONG, [], EXCEL_SHEET_NAMES, LONG.slice(0, 31).trim()],
    ["cuts a long name to Sheets' 100 characters", LONG, [], SHEETS_SHEET_NAMES, LONG.slice(0, 100).trim()],
    ["shortens a long taken name so the number still fits", LONG, [LONG.slice(0, 31)], EXCEL_SHEET_NAMES, `${LONG.slice(0, 27)} (2)`],
    ["names an empty wish Sheet", "  ", [], EXCEL_SHEET_NAMES, "Sheet"],
  ])("%s", (_name, wanted, existing, rules, expected) => {
    const got = freeSheetName(wanted, existing, rules);
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(rules.maxLength);
  });
});
