// Panel texts (Excel task pane and Sheets sidebar) in Vietnamese (default) and English; workbook text never goes through here, only UI wording.
import type { Lang } from "../../core/types";
import type { ColumnRole } from "../../core/sheet/types";

const TEXT = {
  title: { vi: "Chỉ tiêu", en: "Plan targets" },
  switchLang: { vi: "English", en: "Tiếng Việt" },
  switchLangLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  intro: {
    vi: "Chọn kế hoạch, mở trang tính số liệu rồi bấm Kiểm tra.",
    en: "Choose a plan, open the sheet with the figures, then press Check.",
  },
  planSource: { vi: "Kế hoạch", en: "Plan" },
  sourceBundled: { vi: "Kế hoạch mẫu có sẵn", en: "Bundled plan" },
  sourceSheet: { vi: "Trang tính kế hoạch trong sổ này", en: "A plan sheet in this workbook" },
  sourceFile: { vi: "Tệp kế hoạch JSON", en: "Plan JSON file" },
  sourceNone: { vi: "Không dùng kế hoạch (chỉ tiêu ghi trên trang tính)", en: "No plan (targets written on the sheet)" },
  bundledPlan: { vi: "Kế hoạch mẫu", en: "Bundled plan" },
  planSheet: { vi: "Trang tính kế hoạch", en: "Plan sheet" },
  planFile: { vi: "Tệp JSON", en: "JSON file" },
  refreshSheets: { vi: "Tải lại danh sách trang", en: "Reload sheet list" },
  check: { vi: "Kiểm tra", en: "Check" },
  report: { vi: "Báo cáo", en: "Report" },
  insertPlan: { vi: "Chèn kế hoạch", en: "Insert plan" },
  lintPlan: { vi: "Kiểm tra kế hoạch", en: "Lint plan" },
  reportTemplate: { vi: "Mẫu báo cáo", en: "Report template" },
  defaultTemplate: { vi: "Mẫu mặc định (Nghị định 30/2020)", en: "Default template (Decree 30/2020)" },
  working: { vi: "Đang làm…", en: "Working…" },
  mappingTitle: { vi: "Cột được nhận ra", en: "Columns found" },
  mappingHelp: {
    vi: "Xem lại từng cột rồi bấm Ghi kết quả. Chỉ ghi vào cột đánh giá mới bên phải bảng.",
    en: "Review the columns, then press Write results. Only the new status column right of the table is written.",
  },
  role: { vi: "Vai trò", en: "Role" },
  column: { vi: "Cột", en: "Column" },
  noColumn: { vi: "(không có)", en: "(none)" },
  confirm: { vi: "Ghi kết quả", en: "Write results" },
  cancel: { vi: "Thôi", en: "Cancel" },
  shape: { vi: "Dạng bảng", en: "Table shape" },
  shapeList: { vi: "Danh sách chỉ tiêu", en: "Indicator list" },
  shapeMatrix: { vi: "Bảng đơn vị × chỉ tiêu", en: "Unit × indicator matrix" },
  rows: { vi: "Dòng số liệu", en: "Data rows" },
  shortfalls: { vi: "Chỉ tiêu chưa đạt", en: "Shortfalls" },
  noShortfalls: { vi: "Không có chỉ tiêu chưa đạt.", en: "No shortfalls." },
  findings: { vi: "Số liệu cần xem lại", en: "Figures to review" },
  lintTitle: { vi: "Kết quả kiểm tra kế hoạch", en: "Plan lint" },
  lintClean: { vi: "Kế hoạch không có vấn đề.", en: "The plan has no problems." },
  refused: {
    vi: "Dừng lại: cột đánh giá sẽ ghi đè lên ô có dữ liệu của bạn. Hãy xoá hoặc dời các ô này rồi kiểm tra lại:",
    en: "Stopped: the status column would overwrite your non-empty cells. Clear or move these cells and check again:",
  },
  changed: {
    vi: "Trang tính đã thay đổi từ lúc kiểm tra; chưa ghi gì. Hãy bấm Kiểm tra lại.",
    en: "The sheet changed since the check; nothing was written. Press Check again.",
  },
  written: { vi: "Đã ghi cột đánh giá với {n} công thức.", en: "Wrote the status column with {n} formulas." },
  reportDone: { vi: "Đã tạo trang \"{name}\".", en: "Created sheet \"{name}\"." },
  needPlan: { vi: "Hãy chọn một kế hoạch trước.", en: "Choose a plan first." },
  needCheck: { vi: "Hãy bấm Kiểm tra trước.", en: "Press Check first." },
  planLoaded: { vi: "Đã nạp kế hoạch \"{title}\" ({n} chỉ tiêu).", en: "Loaded plan \"{title}\" ({n} indicators)." },
  planInvalid: { vi: "Kế hoạch không hợp lệ:", en: "The plan is not valid:" },
  fileUnreadable: { vi: "Không đọc được tệp JSON: {msg}", en: "Cannot read the JSON file: {msg}" },
  sheetMissing: { vi: "Không tìm thấy trang \"{name}\" hoặc trang trống.", en: "Sheet \"{name}\" not found or empty." },
  summary: { vi: "{total} chỉ tiêu: {achieved} đạt/vượt, {short} chưa đạt", en: "{total} figures: {achieved} met/exceeded, {short} short" },
  remembered: { vi: "Dùng lại cách đọc cột đã lưu cho trang này.", en: "Using the column mapping saved for this sheet." },
  editMapping: { vi: "Sửa cột", en: "Edit columns" },
  failed: { vi: "Lỗi: {msg}", en: "Error: {msg}" },
  selected: { vi: "Đã chọn ô {address}.", en: "Selected cell {address}." },
} as const satisfies Record<string, { vi: string; en: string }>;

export type TextKey = keyof typeof TEXT;

/** Names of the column roles offered in the mapping table of an indicator list. */
export const ROLE_TEXT = {
  id: { vi: "Mã chỉ tiêu", en: "Indicator id" },
  name: { vi: "Nội dung chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  target: { vi: "Kế hoạch (chỉ tiêu)", en: "Target" },
  baseline: { vi: "Số liệu gốc", en: "Baseline" },
  actual: { vi: "Thực hiện", en: "Actual" },
  actualNumerator: { vi: "Thực hiện: tử số", en: "Actual: numerator" },
  actualDenominator: { vi: "Thực hiện: mẫu số", en: "Actual: denominator" },
  rate: { vi: "Tỷ lệ (%)", en: "Rate (%)" },
} as const satisfies Partial<Record<ColumnRole, { vi: string; en: string }>>;

/**
 * Fills `{name}` placeholders; an unknown name stays as written, so a missing value shows instead of vanishing.
 * @example fillText("Đã tạo trang \"{name}\".", { name: "Báo cáo" }) → 'Đã tạo trang "Báo cáo".'
 */
export function fillText(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/**
 * A UI text in `lang` with `{name}` placeholders filled.
 * @example t("en", "reportDone", { name: "Báo cáo" }) → 'Created sheet "Báo cáo".'
 */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return fillText(TEXT[key][lang], vars);
}
