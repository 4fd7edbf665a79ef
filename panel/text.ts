// Panel wording (Excel task pane and Sheets sidebar alike) in Vietnamese (default) and English; workbook text never goes through here.
import type { Lang } from "../core/types";
import type { ColumnRole } from "../core/sheet/types";

const TEXT = {
  title: { vi: "Chỉ tiêu", en: "Plan targets" },
  switchLang: { vi: "English", en: "Tiếng Việt" },
  switchLangLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  stepOf: { vi: "Bước {n}/5", en: "Step {n} of 5" },
  stepPlan: { vi: "Kế hoạch", en: "Plan" },
  stepSheet: { vi: "Trang số liệu", en: "Data sheet" },
  stepMapping: { vi: "Cột", en: "Columns" },
  stepResults: { vi: "Kết quả", en: "Results" },
  stepReport: { vi: "Báo cáo", en: "Report" },
  stepsLabel: { vi: "Các bước", en: "Steps" },
  loading: { vi: "Đang tải…", en: "Loading…" },

  planIntro: { vi: "Chọn kế hoạch có các chỉ tiêu cần đối chiếu.", en: "Choose the plan whose targets the figures are checked against." },
  planSource: { vi: "Kế hoạch lấy từ", en: "Plan from" },
  sourceBundled: { vi: "Kế hoạch có sẵn", en: "A bundled plan" },
  sourceSheet: { vi: "Trang kế hoạch trong sổ này", en: "A plan sheet in this workbook" },
  sourceFile: { vi: "Tệp kế hoạch JSON", en: "A plan JSON file" },
  sourcePaste: { vi: "Dán nội dung JSON", en: "Paste plan JSON" },
  sourceNone: { vi: "Không dùng kế hoạch", en: "No plan" },
  search: { vi: "Tìm kế hoạch", en: "Search plans" },
  searchHint: { vi: "Tên, quận, năm học…", en: "Name, district, school year…" },
  noMatch: { vi: "Không có kế hoạch nào khớp «{q}».", en: "No plan matches “{q}”." },
  planFacts: { vi: "{issuer} · {period} · {n} chỉ tiêu", en: "{issuer} · {period} · {n} indicators" },
  planSheetPick: { vi: "Trang chứa kế hoạch", en: "Sheet holding the plan" },
  useSheet: { vi: "Dùng trang này", en: "Use this sheet" },
  noSheets: { vi: "Sổ chưa có trang nào.", en: "The workbook has no sheets." },
  planFile: { vi: "Chọn tệp .json", en: "Choose a .json file" },
  pasteLabel: { vi: "Nội dung JSON của kế hoạch", en: "Plan JSON text" },
  usePasted: { vi: "Dùng kế hoạch này", en: "Use this plan" },
  noneHelp: {
    vi: "Chỉ tiêu sẽ lấy từ cột Kế hoạch trên trang số liệu; dòng không có chỉ tiêu sẽ không được đánh giá.",
    en: "Targets will be read from the sheet's target column; rows without one are not judged.",
  },
  chooseNone: { vi: "Không dùng kế hoạch", en: "Use no plan" },
  current: { vi: "Đang dùng", en: "In use" },
  currentNone: { vi: "Không dùng kế hoạch (chỉ tiêu ghi trên trang).", en: "No plan (targets written on the sheet)." },
  lintPlan: { vi: "Kiểm tra kế hoạch", en: "Check the plan" },
  insertPlan: { vi: "Chèn kế hoạch thành trang", en: "Insert the plan as a sheet" },
  lintTitle: { vi: "Vấn đề trong kế hoạch ({n})", en: "Problems in the plan ({n})" },
  toSheet: { vi: "Tiếp: chọn trang số liệu", en: "Next: choose the data sheet" },

  sheetIntro: { vi: "Chọn trang có số liệu cần kiểm tra.", en: "Choose the sheet with the figures to check." },
  activeSheet: { vi: "đang mở", en: "open" },
  hiddenSheet: { vi: "ẩn", en: "hidden" },
  createdReport: { vi: "báo cáo do Chỉ tiêu tạo", en: "report made by Chỉ tiêu" },
  createdNotes: { vi: "ghi chú do Chỉ tiêu tạo", en: "notes made by Chỉ tiêu" },
  createdPlan: { vi: "kế hoạch do Chỉ tiêu chèn", en: "plan inserted by Chỉ tiêu" },
  reloadSheets: { vi: "Tải lại danh sách trang", en: "Reload the sheet list" },
  noDataSheets: { vi: "Sổ chưa có trang số liệu nào; hãy thêm trang có bảng chỉ tiêu rồi tải lại.", en: "No data sheet yet; add a sheet with the indicator table, then reload." },
  readSheet: { vi: "Đọc trang «{name}»", en: "Read “{name}”" },
  backToPlan: { vi: "Đổi kế hoạch", en: "Change the plan" },

  mappingIntro: { vi: "Xem lại cột nào là gì; sửa nếu sai. Cách đọc được nhớ cho trang này.", en: "Check which column is which; correct any. The mapping is remembered for this sheet." },
  remembered: { vi: "Dùng cách đọc cột đã lưu cho trang này.", en: "Using the mapping saved for this sheet." },
  shapeList: { vi: "Danh sách chỉ tiêu", en: "Indicator list" },
  shapeMatrix: { vi: "Bảng đơn vị × chỉ tiêu", en: "Unit × indicator table" },
  mappingFacts: { vi: "{shape} · dòng {rows} · {n} số liệu được đánh giá", en: "{shape} · rows {rows} · {n} figures judged" },
  role: { vi: "Vai trò", en: "Role" },
  column: { vi: "Cột", en: "Column" },
  noColumn: { vi: "(không có)", en: "(none)" },
  unitColumn: { vi: "Cột tên đơn vị", en: "Unit name column" },
  unmatchedTitle: { vi: "Dòng chưa khớp kế hoạch ({n})", en: "Rows not matched to the plan ({n})" },
  matchTo: { vi: "Khớp với chỉ tiêu", en: "Match to indicator" },
  resembles: { vi: "gần giống", en: "resembles" },
  noIndicator: { vi: "(không khớp)", en: "(no match)" },
  asOf: { vi: "Xét đến ngày", en: "As of" },
  asOfDefault: { vi: "Mặc định", en: "Default" },
  dayHint: { vi: "ngày/tháng/năm", en: "day/month/year" },
  tolerance: { vi: "“Gần đạt” khi thiếu không quá", en: "“Near” when short by at most" },
  toleranceOff: { vi: "không dùng", en: "off" },
  write: { vi: "Ghi kết quả vào trang", en: "Write the results" },
  writeHelp: { vi: "Chỉ ghi vào ô trống hoặc cột công cụ đã ghi lần trước; ô của bạn không bao giờ bị ghi đè.", en: "Only empty cells or the tool's own earlier columns are written; your cells are never overwritten." },
  insertAtActual: { vi: "Chèn cột đánh giá ngay sau cột Thực hiện (các cột bên phải dời sang, không ô nào bị ghi đè)", en: "Insert the status columns right after the actual (the columns to its right move over; no cell is overwritten)" },
  placeBeside: { vi: "Cột đánh giá sẽ ghi ngay sau cột Thực hiện.", en: "The status goes right after the actual." },
  placeInsert: { vi: "Cột đánh giá sẽ được chèn ngay sau cột Thực hiện.", en: "The status columns will be inserted right after the actual." },
  placeRight: { vi: "Cột đánh giá sẽ ghi bên phải bảng; cột tên chỉ tiêu được cố định để đối chiếu khi cuộn.", en: "The status goes right of the table; the name column is frozen so it stays in view." },
  placeNoInsert: { vi: "Không chèn được cột cạnh cột Thực hiện (một ô gộp hoặc xác thực dữ liệu sẽ bị nới rộng hoặc đẩy ra ngoài trang); cột đánh giá ghi bên phải bảng.", en: "Columns cannot be inserted next to the actual (a merged area or validation would be widened or pushed off the sheet); the status goes right of the table." },
  otherSheet: { vi: "Chọn trang khác", en: "Choose another sheet" },

  resultsFor: { vi: "Kết quả trang «{name}»", en: "Results for “{name}”" },
  filterAll: { vi: "Tất cả", en: "All" },
  filterShort: { vi: "Chưa đạt, gần đạt", en: "Short or near" },
  filterReview: { vi: "Cần xác nhận", en: "To confirm" },
  filterAchieved: { vi: "Đạt, vượt", en: "Met" },
  filterPending: { vi: "Chưa đến hạn", en: "Not due" },
  filterMissing: { vi: "Thiếu số liệu", en: "Missing" },
  filterLabel: { vi: "Lọc theo đánh giá", en: "Filter by verdict" },
  emptyFilter: { vi: "Không có số liệu nào ở mục này.", en: "Nothing under this filter." },
  moreRows: { vi: "… và {n} dòng khác (xem trên trang tính).", en: "… and {n} more rows (see the sheet)." },
  findingsTitle: { vi: "Số liệu cần xem lại ({n})", en: "Figures to review ({n})" },
  missingTitle: { vi: "Chỉ tiêu kế hoạch không có trên trang ({n})", en: "Plan indicators not on the sheet ({n})" },
  fixedOne: { vi: "1 ô ghi nhãn cố định vì quy tắc chưa dịch được thành công thức (không tự cập nhật).", en: "1 cell holds a fixed label: its rule has no formula (it does not update)." },
  fixed: { vi: "{n} ô ghi nhãn cố định vì quy tắc chưa dịch được thành công thức (không tự cập nhật).", en: "{n} cells hold a fixed label: their rule has no formula (they do not update)." },
  stale: { vi: "Ngày xét hoặc mức “Gần đạt” đã đổi; cột đánh giá trên trang vẫn theo lần ghi trước.", en: "The as-of date or tolerance changed; the sheet's status column still shows the last write." },
  rewrite: { vi: "Ghi lại cột đánh giá", en: "Write the status column again" },
  toReport: { vi: "Tiếp: lập báo cáo", en: "Next: make the report" },
  editMapping: { vi: "Sửa cách đọc cột", en: "Correct the columns" },

  reportIntro: { vi: "Kiểm tra phần đầu và chữ ký của báo cáo; các ô này được nhớ cho lần sau.", en: "Check the report's header and signature; they are remembered for next time." },
  fieldParent: { vi: "Cơ quan chủ quản (nếu có)", en: "Superior body (if any)" },
  fieldIssuer: { vi: "Cơ quan ban hành (mỗi dòng một dòng in)", en: "Issuing body (one printed line each)" },
  fieldNumber: { vi: "Số, ký hiệu", en: "Number" },
  fieldPlace: { vi: "Địa danh", en: "Place" },
  fieldDate: { vi: "Ngày báo cáo", en: "Report date" },
  fieldSignature: { vi: "Chức vụ người ký (mỗi dòng một dòng in)", en: "Signing authority (one printed line each)" },
  fieldSigner: { vi: "Họ tên người ký", en: "Signer's name" },
  fieldRecipients: { vi: "Nơi nhận (mỗi dòng một nơi)", en: "Recipients (one per line)" },
  fieldTemplate: { vi: "Mẫu báo cáo", en: "Report template" },
  defaultTemplate: { vi: "Mẫu mặc định (Nghị định 30/2020)", en: "Default (Decree 30/2020)" },
  reportStates: { vi: "Báo cáo ghi: {line}", en: "The report states: {line}" },
  makeReport: { vi: "Tạo trang báo cáo", en: "Make the report sheet" },
  openSheet: { vi: "Mở trang «{name}»", en: "Open “{name}”" },
  backToResults: { vi: "Quay lại kết quả", en: "Back to the results" },
  printSheets: { vi: "Trên Google Trang tính, chọn khổ A4 trong Tệp › In.", en: "In Google Sheets, choose A4 in File › Print." },
  printSet: { vi: "Trang đã đặt in khổ A4 {orientation}, vừa một trang bề ngang, lặp lại dòng tiêu đề: in bằng Tệp › In.", en: "The sheet prints on A4 {orientation}, one page wide, with the header repeated: print from File › Print." },
  landscape: { vi: "ngang", en: "landscape" },
  portrait: { vi: "dọc", en: "portrait" },
  printLink: { vi: "Tải bản in PDF (A4 {orientation}, vừa một trang bề ngang)", en: "Download the print as PDF (A4 {orientation}, one page wide)" },
  printReportLink: { vi: "Tải báo cáo «{name}» dạng PDF (A4)", en: "Download “{name}” as PDF (A4)" },
  writeNotices: { vi: "Lưu ý về chỗ ghi", en: "About where the results went" },
} as const satisfies Record<string, { vi: string; en: string }>;

export type TextKey = keyof typeof TEXT;

/**
 * Names of the column roles offered in the mapping table of an indicator list. Task tables' "deadline" and
 * "completion" come with the sheet reader's rebuild; where the reader does not know a role yet, offering it changes
 * nothing it reads.
 */
export const ROLE_TEXT = {
  id: { vi: "Mã chỉ tiêu", en: "Indicator id" },
  name: { vi: "Nội dung chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  target: { vi: "Kế hoạch (chỉ tiêu)", en: "Target" },
  baseline: { vi: "Số liệu gốc (năm trước, đầu năm)", en: "Baseline" },
  actual: { vi: "Thực hiện", en: "Actual" },
  actualNumerator: { vi: "Thực hiện: tử số", en: "Actual: numerator" },
  actualDenominator: { vi: "Thực hiện: mẫu số", en: "Actual: denominator" },
  rate: { vi: "Tỷ lệ (%)", en: "Rate (%)" },
  deadline: { vi: "Thời hạn (bảng nhiệm vụ)", en: "Deadline (task table)" },
  completion: { vi: "Kết quả thực hiện nhiệm vụ", en: "Task completion" },
  note: { vi: "Ghi chú", en: "Notes" },
} as const satisfies Partial<Record<ColumnRole | "deadline" | "completion", { vi: string; en: string }>>;

/**
 * Fills `{name}` placeholders; an unknown name stays as written, so a missing value shows instead of vanishing.
 * @example fillText("Đọc trang «{name}»", { name: "Số liệu" }) → "Đọc trang «Số liệu»"
 */
export function fillText(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/**
 * A panel text in `lang` with `{name}` placeholders filled.
 * @example t("en", "readSheet", { name: "Số liệu" }) → "Read “Số liệu”"
 */
export function t(lang: Lang, key: TextKey, vars: Record<string, string | number> = {}): string {
  return fillText(TEXT[key][lang], vars);
}
