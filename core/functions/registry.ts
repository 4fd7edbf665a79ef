// The one table of spreadsheet functions as users meet them (ids, names, parameters, help, examples), joined with their implementations from call.ts; read by builds (stubs, metadata, docs) and tests, never by the add-in bundles.
import type { Bilingual, CellValue } from "../types";
import { IMPLEMENTATIONS, type FunctionId, type FunctionImpl } from "./call";

// What runs lives in call.ts so the add-in bundles carry no help text; it is re-exported here for builds and tests.
export { callFunction, cellScale, fail, isFunctionError, IMPLEMENTATIONS } from "./call";
export type { FunctionArg, FunctionError, FunctionId, FunctionImpl, FunctionResult, FunctionValue } from "./call";

export interface FunctionParam {
  /** Parameter names as shown in formula help; ASCII identifiers, `en` is the one in generated code. */
  name: Bilingual;
  description: Bilingual;
  optional?: boolean;
}

export interface FunctionExample {
  /** Arguments of the example call; the reference docs compute the result by calling the function. */
  args: CellValue[];
  /** What the example shows. */
  note: Bilingual;
}

export interface FunctionSpec extends FunctionImpl {
  /** Stable id: Excel's `functions.json` id and `CustomFunctions.associate` key, Apps Script's global name. Never changes. */
  id: FunctionId;
  /** Display names: `en` equals the id; `vi` is ASCII (Excel and Sheets accept only letters without marks safely). */
  name: Bilingual;
  description: Bilingual;
  params: FunctionParam[];
  returns: Bilingual;
  examples: FunctionExample[];
}

/** The namespace Excel shows before every function name (`=CHITIEU.TARGET_STATUS(...)`). */
export const FUNCTION_NAMESPACE = "CHITIEU";

/**
 * The names Google Sheets knows a function by (no namespace there): its id, which saved formulas use, then its
 * Vietnamese name when that differs. The Apps Script build declares exactly these; the docs list them.
 * @example sheetsFunctionNames(TARGET_STATUS) → [{ lang: "en", name: "TARGET_STATUS" }, { lang: "vi", name: "TRANG_THAI" }]
 */
export function sheetsFunctionNames(f: { id: string; name: Bilingual }): Array<{ lang: "en" | "vi"; name: string }> {
  return f.name.vi === f.id ? [{ lang: "en", name: f.id }] : [{ lang: "en", name: f.id }, { lang: "vi", name: f.name.vi }];
}

const P_ACTUAL: FunctionParam = {
  name: { vi: "thuc_hien", en: "actual" },
  description: { vi: "Số liệu thực hiện: một ô hoặc một vùng.", en: "The actual figure: a cell or a range." },
};
const P_TARGET: FunctionParam = {
  name: { vi: "chi_tieu", en: "target" },
  description: {
    vi: "Chỉ tiêu như trong kế hoạch, ví dụ \"ít nhất 65%\", \"28/28 trường\", \"chậm nhất tháng 6/2025\".",
    en: "The target as written in the plan, e.g. \"ít nhất 65%\", \"28/28 trường\", \"chậm nhất tháng 6/2025\".",
  },
};
const P_BASELINE: FunctionParam = {
  name: { vi: "goc", en: "baseline" },
  description: {
    vi: "Số liệu gốc (đầu năm, năm trước) hoặc giá trị so sánh (trung bình Thành phố...).",
    en: "Baseline for change targets (vs. start of year, last year), or the value compared with (city average...).",
  },
  optional: true,
};
const P_AS_OF: FunctionParam = {
  name: { vi: "ngay_xet", en: "as_of" },
  description: {
    vi: "Ngày xét hạn chót. Bỏ trống: hôm nay lúc tính. Đưa TODAY() vào sẽ làm hàm tính lại liên tục.",
    en: "Day deadlines are judged on. Empty: today when calculated. Passing TODAY() makes the function recalculate constantly.",
  },
  optional: true,
};
const P_LANG: FunctionParam = {
  name: { vi: "ngon_ngu", en: "lang" },
  description: { vi: "\"vi\" (mặc định) hoặc \"en\".", en: "\"vi\" (default) or \"en\"." },
  optional: true,
};

const P_UNIT: FunctionParam = {
  name: { vi: "don_vi", en: "unit" },
  description: {
    vi: "ĐVT của chỉ tiêu, ví dụ \"%\", \"trường\", \"phút\": giúp hiểu đúng chỉ tiêu.",
    en: "The indicator's unit (ĐVT), e.g. \"%\", \"trường\", \"phút\": helps choose how the target is read.",
  },
  optional: true,
};
const P_PERIOD: FunctionParam = {
  name: { vi: "ky_ke_hoach", en: "period" },
  description: {
    vi: "Kỳ kế hoạch, ví dụ năm học \"2024-2025\": năm của hạn không ghi năm (\"trước 30/4\").",
    en: "The plan period, e.g. the school year \"2024-2025\": the year of a day/month written without one (\"trước 30/4\").",
  },
  optional: true,
};

const VERDICT_PARAMS = [P_ACTUAL, P_TARGET, P_BASELINE, P_AS_OF];
// New optional arguments go last, so formulas saved with the earlier arguments keep their meaning.
const CONTEXT_PARAMS = [P_UNIT, P_PERIOD];

/**
 * Every spreadsheet function, in the order the docs list them: its implementation (call.ts) with the names, help and
 * examples users see. Examples are computed, not written: the reference docs call each one, so a changed result shows
 * up as a docs diff. Ids are part of saved workbooks: never rename one.
 * @example FUNCTIONS.find((f) => f.id === "TARGET_MET")!.cell([0.7, "ít nhất 65%"]) → true
 */
export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: "TARGET_STATUS",
    ...IMPLEMENTATIONS.TARGET_STATUS,
    name: { vi: "TRANG_THAI", en: "TARGET_STATUS" },
    description: {
      vi: "Trạng thái của số liệu so với chỉ tiêu: Vượt, Đạt, Gần đạt, Chưa đạt, Chưa đến hạn, Quá hạn, Chưa có số liệu...",
      en: "Status of a figure against its target, as the Vietnamese label: Vượt, Đạt, Gần đạt, Chưa đạt, Chưa đến hạn, Quá hạn...",
    },
    params: [...VERDICT_PARAMS, ...CONTEXT_PARAMS],
    returns: { vi: "Nhãn trạng thái (tiếng Việt).", en: "The status label (Vietnamese)." },
    examples: [
      { args: [0.632, "ít nhất 65%"], note: { vi: "63,2% so với ít nhất 65%", en: "63.2% against at least 65%" } },
      { args: [28, "28/28 trường"], note: { vi: "đủ 28 trường", en: "all 28 schools" } },
      { args: [null, "trên 75%"], note: { vi: "ô trống", en: "empty cell" } },
    ],
  },
  {
    id: "TARGET_MET",
    ...IMPLEMENTATIONS.TARGET_MET,
    name: { vi: "DAT_CHI_TIEU", en: "TARGET_MET" },
    description: {
      vi: "TRUE khi số liệu đạt hoặc vượt chỉ tiêu, FALSE khi chưa đạt hoặc quá hạn; #N/A khi chưa có số liệu hoặc chưa đến hạn.",
      en: "TRUE when the figure meets or exceeds the target, FALSE when not met or overdue; #N/A when there is no data yet or it is not yet due.",
    },
    params: [...VERDICT_PARAMS, ...CONTEXT_PARAMS],
    returns: { vi: "TRUE hoặc FALSE.", en: "TRUE or FALSE." },
    examples: [
      { args: [0.7, "ít nhất 65%"], note: { vi: "70% so với ít nhất 65%", en: "70% against at least 65%" } },
      { args: [46, "không quá 45 lớp"], note: { vi: "46 lớp khi tối đa 45", en: "46 classes with at most 45" } },
    ],
  },
  {
    id: "TARGET_GAP",
    ...IMPLEMENTATIONS.TARGET_GAP,
    name: { vi: "CHENH_LECH", en: "TARGET_GAP" },
    description: {
      vi: "Chênh lệch có dấu giữa số liệu và ngưỡng chỉ tiêu, theo đơn vị của chỉ tiêu (tỷ lệ tính bằng phần: -0,018 là thiếu 1,8 điểm %).",
      en: "Signed difference between the figure and the target's threshold, in the target's unit (rates as fractions: -0.018 is 1.8 points short).",
    },
    params: [...VERDICT_PARAMS, ...CONTEXT_PARAMS],
    returns: { vi: "Số (âm là thiếu với chỉ tiêu càng cao càng tốt).", en: "A number (negative is short for more-is-better targets)." },
    examples: [
      { args: [0.632, "ít nhất 65%"], note: { vi: "thiếu 1,8 điểm %", en: "1.8 points short" } },
      { args: [26, "28/28 trường"], note: { vi: "26 trên 28 trường", en: "26 of 28 schools" } },
    ],
  },
  {
    id: "TARGET_PROGRESS",
    ...IMPLEMENTATIONS.TARGET_PROGRESS,
    name: { vi: "TIEN_DO", en: "TARGET_PROGRESS" },
    description: {
      vi: "Tỷ lệ hoàn thành chỉ tiêu (1 là vừa đạt; với chỉ tiêu càng thấp càng tốt là chỉ tiêu/thực hiện).",
      en: "Completion ratio (1 is exactly met; for less-is-better targets it is target/actual).",
    },
    params: [...VERDICT_PARAMS, ...CONTEXT_PARAMS],
    returns: { vi: "Số, định dạng % để đọc.", en: "A number; format it as % to read it." },
    examples: [
      { args: [0.52, "ít nhất 65%"], note: { vi: "52% so với 65%", en: "52% against 65%" } },
      { args: [21, "28/28 trường"], note: { vi: "21 trên 28 trường", en: "21 of 28 schools" } },
    ],
  },
  {
    id: "TARGET_EXPLAIN",
    ...IMPLEMENTATIONS.TARGET_EXPLAIN,
    name: { vi: "GIAI_THICH", en: "TARGET_EXPLAIN" },
    description: {
      vi: "Một câu giải thích kết quả, ví dụ \"Chưa đạt: 63,2%, chỉ tiêu ít nhất 65%, thiếu 1,8 điểm %\".",
      en: "One sentence explaining the result, e.g. \"Not met: 63.2%, target at least 65%, 1.8 percentage points short\".",
    },
    params: [...VERDICT_PARAMS, P_LANG, ...CONTEXT_PARAMS],
    returns: { vi: "Câu giải thích.", en: "The sentence." },
    examples: [
      { args: [0.632, "ít nhất 65%"], note: { vi: "tiếng Việt", en: "in Vietnamese" } },
      { args: [0.632, "ít nhất 65%", null, null, "en"], note: { vi: "tiếng Anh", en: "in English" } },
    ],
  },
  {
    id: "TARGET_RULE",
    ...IMPLEMENTATIONS.TARGET_RULE,
    name: { vi: "DOC_CHI_TIEU", en: "TARGET_RULE" },
    description: {
      vi: "Chỉ tiêu ở dạng chuẩn (\"≥ 65%\") để kiểm tra máy đọc đúng, hoặc lý do không đọc được.",
      en: "The target in canonical form (\"≥ 65%\") to check how it was read, or the reason it cannot be read.",
    },
    params: [P_TARGET, P_LANG, ...CONTEXT_PARAMS],
    returns: { vi: "Chỉ tiêu dạng chuẩn hoặc lý do.", en: "The canonical target or the reason." },
    examples: [
      { args: ["từ 95% trở lên"], note: { vi: "ngưỡng dưới", en: "a lower bound" } },
      { args: ["55-60%"], note: { vi: "khoảng", en: "a range" } },
      { args: ["không quá 45 lớp", "en"], note: { vi: "tiếng Anh", en: "in English" } },
    ],
  },
  {
    id: "VN_NUMBER",
    ...IMPLEMENTATIONS.VN_NUMBER,
    name: { vi: "SO_VN", en: "VN_NUMBER" },
    description: {
      vi: "Đọc số viết kiểu Việt Nam: \"7.910\" là 7910, \"85,7%\" là 0,857, \"hai mươi\" là 20.",
      en: "Reads a number written Vietnamese style: \"7.910\" is 7910, \"85,7%\" is 0.857, \"hai mươi\" is 20.",
    },
    params: [{ name: { vi: "van_ban", en: "text" }, description: { vi: "Chữ chứa một số.", en: "Text holding one number." } }],
    returns: { vi: "Số.", en: "A number." },
    examples: [
      { args: ["7.910"], note: { vi: "dấu chấm ngăn nghìn", en: "dot groups thousands" } },
      { args: ["85,7%"], note: { vi: "phần trăm thành phần", en: "percent becomes a fraction" } },
      { args: ["1.234,5"], note: { vi: "dấu phẩy thập phân", en: "comma is the decimal mark" } },
    ],
  },
  {
    id: "PLAN_TARGET",
    ...IMPLEMENTATIONS.PLAN_TARGET,
    name: { vi: "CHI_TIEU_KE_HOACH", en: "PLAN_TARGET" },
    description: {
      vi: "Câu chỉ tiêu của một chỉ số trong kế hoạch mẫu có sẵn (theo mã kế hoạch và mã hoặc tên chỉ số).",
      en: "The target phrase of an indicator in a bundled plan (by plan id and indicator id or name).",
    },
    params: [
      { name: { vi: "ke_hoach", en: "plan" }, description: { vi: "Mã kế hoạch mẫu.", en: "Bundled plan id." } },
      { name: { vi: "chi_so", en: "indicator" }, description: { vi: "Mã hoặc tên chỉ số.", en: "Indicator id or name." } },
    ],
    returns: { vi: "Câu chỉ tiêu.", en: "The target phrase." },
    examples: [
      { args: ["long-bien-2021-2025-qd2559", "mn.huy-dong.nha-tre"], note: { vi: "theo mã chỉ số", en: "by indicator id" } },
      { args: ["long-bien-2021-2025-qd2559", "Tỷ lệ trẻ em độ tuổi nhà trẻ ra lớp"], note: { vi: "theo tên", en: "by name" } },
    ],
  },
];

/** The function with this id, or undefined. @example getFunction("VN_NUMBER")?.name.vi → "SO_VN" */
export function getFunction(id: string): FunctionSpec | undefined {
  return FUNCTIONS.find((f) => f.id === id);
}
