// The one table of spreadsheet functions (ids, names, parameters, help, examples) and their host-free implementations.
import type { Bilingual, CellValue, Lang } from "../types";
import { isCellError } from "../types";
import { evaluate } from "../rule/evaluate";
import { parseTarget } from "../rule/parse";
import { canonical } from "../rule/canonical";
import { readNumber } from "../number/parse";
import type { PercentScale, Verdict } from "../rule/verdict";
import { findPlanTarget } from "./plan-target";
import { toIsoDate } from "./dates";
import { periodFromText } from "../period/period";

/**
 * An error a function returns as a cell value. Hosts map it: Excel to `CustomFunctions.Error`
 * (`#VALUE!` → invalidValue, `#N/A` → notAvailable) with the message in the user's language;
 * Apps Script to a thrown message or an error text.
 */
export interface FunctionError {
  error: "#VALUE!" | "#N/A";
  message: Bilingual;
}

/** What one cell of a function's result can be. */
export type FunctionValue = number | string | boolean | FunctionError;

/** An argument as hosts pass it: one cell's value, or a range as rows of cells. */
export type FunctionArg = CellValue | CellValue[][];

/** The result of a call: one value for scalar arguments, rows of values (spilling) when any argument is a range. */
export type FunctionResult = FunctionValue | FunctionValue[][];

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

export interface FunctionSpec {
  /** Stable id: Excel's `functions.json` id and `CustomFunctions.associate` key, Apps Script's global name. Never changes. */
  id: string;
  /** Display names: `en` equals the id; `vi` is ASCII (Excel and Sheets accept only letters without marks safely). */
  name: Bilingual;
  description: Bilingual;
  params: FunctionParam[];
  returns: Bilingual;
  examples: FunctionExample[];
  /** Computes one cell of the result from one cell of each argument (`null` for omitted ones). */
  cell: (args: CellValue[]) => FunctionValue;
}

/** The namespace Excel shows before every function name (`=CHITIEU.TARGET_STATUS(...)`). */
export const FUNCTION_NAMESPACE = "CHITIEU";

/**
 * The names Google Sheets knows a function by (no namespace there): its id, which saved formulas use, then its
 * Vietnamese name when that differs. The Apps Script build declares exactly these; the docs list them.
 * @example sheetsFunctionNames(TARGET_STATUS) → [{ lang: "en", name: "TARGET_STATUS" }, { lang: "vi", name: "TRANG_THAI" }]
 */
export function sheetsFunctionNames(f: Pick<FunctionSpec, "id" | "name">): Array<{ lang: "en" | "vi"; name: string }> {
  return f.name.vi === f.id ? [{ lang: "en", name: f.id }] : [{ lang: "en", name: f.id }, { lang: "vi", name: f.name.vi }];
}

/** Builds a function error value. @example fail("#N/A", {vi:"Không có", en:"None"}) → { error: "#N/A", message: … } */
export function fail(error: FunctionError["error"], message: Bilingual): FunctionError {
  return { error, message };
}

/** True for a value returned by `fail`. */
export function isFunctionError(v: unknown): v is FunctionError {
  return isCellError(v) && typeof (v as FunctionError).message === "object";
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function langArg(v: CellValue): Lang {
  return typeof v === "string" && v.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}

/** Reads an optional argument as text, or null when it is empty. */
function textArg(v: CellValue): string | null {
  if (isEmpty(v)) return null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return v;
  return null;
}

/**
 * The percent scale of a figure handed to a spreadsheet function. A spreadsheet passes the stored value of a cell, and a
 * cell showing 70% holds 0.7: so a number up to 1 is a stored fraction and a larger one points. Text ("0,7") keeps the
 * engine's own rule (asking when its two readings disagree).
 * @example cellScale(0.7) → "fraction" · cellScale(70) → "points" · cellScale("0,7") → "auto"
 */
export function cellScale(actual: CellValue): PercentScale {
  return typeof actual === "number" ? (actual > 1 ? "points" : "fraction") : "auto";
}

const TARGET_REQUIRED: Bilingual = {
  vi: "Thiếu chỉ tiêu: hãy đưa câu chỉ tiêu (ví dụ \"ít nhất 65%\") hoặc ô chứa nó.",
  en: "Missing target: give the target phrase (e.g. \"ít nhất 65%\") or the cell that holds it.",
};

/**
 * Judges one actual against one target with the shared optional arguments; an error value when the arguments cannot be
 * used. `context` holds the optional unit (ĐVT) and plan period cells, which the reader uses to choose between readings
 * and to date a day/month without a year.
 */
function judge(args: CellValue[], lang: Lang = "vi", context: { unit?: CellValue; period?: CellValue } = {}): Verdict | FunctionError {
  const [actual, target, baseline, asOf] = args;
  const targetText = textArg(target ?? null);
  if (targetText === null) return fail("#VALUE!", TARGET_REQUIRED);
  let iso: string | undefined;
  if (!isEmpty(asOf ?? null)) {
    const d = toIsoDate(asOf ?? null);
    if (d === null) {
      return fail("#VALUE!", {
        vi: `Ngày xét "${String(asOf)}" không đọc được: dùng một ô ngày, số ngày của Excel hoặc dd/mm/yyyy.`,
        en: `The as-of date "${String(asOf)}" cannot be read: use a date cell, an Excel date serial or dd/mm/yyyy.`,
      });
    }
    iso = d;
  }
  const base = isEmpty(baseline ?? null) ? undefined : baseline;
  const unit = textArg(context.unit ?? null) ?? undefined;
  const periodText = textArg(context.period ?? null);
  const period = periodText === null ? undefined : (periodFromText(periodText) ?? undefined);
  if (periodText !== null && period === undefined) {
    return fail("#VALUE!", {
      vi: `Kỳ kế hoạch "${periodText}" không đọc được: ghi năm học "2024-2025" hoặc năm "2025".`,
      en: `The plan period "${periodText}" cannot be read: write a school year "2024-2025" or a year "2025".`,
    });
  }
  const percentScale = cellScale(actual ?? null);
  // One optional argument serves both rule kinds that need a second figure: change rules read it as the
  // baseline, reference rules as the value compared with; no rule needs both.
  return evaluate(targetText, actual ?? null, { baseline: base, reference: base, asOf: iso, lang, unit, period, percentScale });
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
    vi: "Số liệu gốc cho chỉ tiêu so với đầu năm/năm trước, hoặc giá trị so sánh (trung bình Thành phố...).",
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
    vi: "Đơn vị tính (ĐVT) của chỉ tiêu, ví dụ \"%\", \"trường\", \"phút\": giúp chọn đúng cách hiểu chỉ tiêu.",
    en: "The indicator's unit (ĐVT), e.g. \"%\", \"trường\", \"phút\": helps choose how the target is read.",
  },
  optional: true,
};
const P_PERIOD: FunctionParam = {
  name: { vi: "ky_ke_hoach", en: "period" },
  description: {
    vi: "Kỳ kế hoạch, ví dụ năm học \"2024-2025\": cho năm của hạn ghi ngày/tháng không có năm (\"trước 30/4\").",
    en: "The plan period, e.g. the school year \"2024-2025\": the year of a day/month written without one (\"trước 30/4\").",
  },
  optional: true,
};

const VERDICT_PARAMS = [P_ACTUAL, P_TARGET, P_BASELINE, P_AS_OF];
// New optional arguments go last, so formulas saved with the earlier arguments keep their meaning.
const CONTEXT_PARAMS = [P_UNIT, P_PERIOD];

/** A verdict that carries no number: unreadable targets and bad figures become #VALUE!, missing data #N/A. */
function noNumber(v: Verdict): FunctionError | null {
  if (v.status === "unreadable" || v.status === "invalid") return fail("#VALUE!", v.explanations);
  if (v.status === "no_data") return fail("#N/A", v.explanations);
  return null;
}

/**
 * Every spreadsheet function, in the order the docs list them. Examples are computed, not written: the reference
 * docs call each one, so a changed result shows up as a docs diff. Ids are part of saved workbooks: never rename one.
 * @example FUNCTIONS.find((f) => f.id === "TARGET_MET")!.cell([0.7, "ít nhất 65%"]) → true
 */
export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: "TARGET_STATUS",
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
    cell: (args) => {
      const v = judge(args, "vi", { unit: args[4], period: args[5] });
      return isFunctionError(v) ? v : v.label;
    },
  },
  {
    id: "TARGET_MET",
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
    cell: (args) => {
      const v = judge(args, "vi", { unit: args[4], period: args[5] });
      if (isFunctionError(v)) return v;
      const none = noNumber(v);
      if (none) return none;
      if (v.status === "pending" || v.status === "review") return fail("#N/A", v.explanations);
      return v.status === "met" || v.status === "exceeded";
    },
  },
  {
    id: "TARGET_GAP",
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
    cell: (args) => {
      const v = judge(args, "vi", { unit: args[4], period: args[5] });
      if (isFunctionError(v)) return v;
      const none = noNumber(v);
      if (none) return none;
      if (v.gap.value === null) {
        return fail("#N/A", {
          vi: `Chỉ tiêu "${v.canonical}" không có chênh lệch bằng số.`,
          en: `The target "${v.canonical}" has no numeric gap.`,
        });
      }
      return v.gap.value;
    },
  },
  {
    id: "TARGET_PROGRESS",
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
    cell: (args) => {
      const v = judge(args, "vi", { unit: args[4], period: args[5] });
      if (isFunctionError(v)) return v;
      const none = noNumber(v);
      if (none) return none;
      if (v.ratio === null) {
        return fail("#N/A", {
          vi: `Chỉ tiêu "${v.canonical}" không có tỷ lệ hoàn thành.`,
          en: `The target "${v.canonical}" has no completion ratio.`,
        });
      }
      return v.ratio;
    },
  },
  {
    id: "TARGET_EXPLAIN",
    name: { vi: "GIAI_THICH", en: "TARGET_EXPLAIN" },
    description: {
      vi: "Một câu giải thích kết quả, ví dụ \"Chưa đạt: 63,2% < 65% (thiếu 1,8 điểm %)\".",
      en: "One sentence explaining the result, e.g. \"Not met: 63.2% < 65% (1.8 points short)\".",
    },
    params: [...VERDICT_PARAMS, P_LANG, ...CONTEXT_PARAMS],
    returns: { vi: "Câu giải thích.", en: "The sentence." },
    examples: [
      { args: [0.632, "ít nhất 65%"], note: { vi: "tiếng Việt", en: "in Vietnamese" } },
      { args: [0.632, "ít nhất 65%", null, null, "en"], note: { vi: "tiếng Anh", en: "in English" } },
    ],
    cell: (args) => {
      const v = judge(args, langArg(args[4] ?? null), { unit: args[5], period: args[6] });
      return isFunctionError(v) ? v : v.explanation;
    },
  },
  {
    id: "TARGET_RULE",
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
    cell: (args) => {
      const text = textArg(args[0] ?? null);
      if (text === null) return fail("#VALUE!", TARGET_REQUIRED);
      const lang = langArg(args[1] ?? null);
      const periodText = textArg(args[3] ?? null);
      const r = parseTarget(text, { unit: textArg(args[2] ?? null) ?? undefined, period: periodText === null ? undefined : (periodFromText(periodText) ?? undefined) });
      if (r.ok) return canonical(r.rule, lang);
      // The parser's message already names the phrase and says what is missing; returned as text so it shows in the cell.
      return r.error.message[lang];
    },
  },
  {
    id: "VN_NUMBER",
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
    cell: ([text]) => {
      if (typeof text === "number") return text;
      if (isEmpty(text ?? null)) return fail("#N/A", { vi: "Ô trống.", en: "Empty cell." });
      if (typeof text !== "string") {
        return fail("#VALUE!", { vi: "Giá trị không phải chữ hay số.", en: "The value is neither text nor a number." });
      }
      const r = readNumber(text);
      return r.ok ? r.value : fail("#VALUE!", r.reason);
    },
  },
  {
    id: "PLAN_TARGET",
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
    cell: ([plan, indicator]) => {
      const planId = textArg(plan ?? null);
      const key = textArg(indicator ?? null);
      if (planId === null || key === null) {
        return fail("#VALUE!", { vi: "Cần mã kế hoạch và chỉ số.", en: "A plan id and an indicator are needed." });
      }
      const r = findPlanTarget(planId, key);
      return r.ok ? r.target : fail("#N/A", r.reason);
    },
  },
];

/** The function with this id, or undefined. @example getFunction("VN_NUMBER")?.name.vi → "SO_VN" */
export function getFunction(id: string): FunctionSpec | undefined {
  return FUNCTIONS.find((f) => f.id === id);
}

type Shape = { rows: number; cols: number };

function shapeOf(a: FunctionArg): Shape | null {
  if (!Array.isArray(a)) return null;
  const rows = a.length;
  const cols = rows === 0 ? 0 : Math.max(...a.map((r) => (Array.isArray(r) ? r.length : 0)));
  return { rows, cols };
}

const OUT_OF_SHAPE: FunctionError = fail("#N/A", {
  vi: "Các vùng có kích thước khác nhau: ô này không có giá trị tương ứng.",
  en: "The ranges differ in size: this cell has no matching value.",
});

function safeCell(spec: FunctionSpec, args: CellValue[]): FunctionValue {
  // The core promises not to throw; this guard keeps a host from seeing an exception if that promise is ever broken.
  try {
    return spec.cell(args);
  } catch (e) {
    return fail("#VALUE!", { vi: `Lỗi nội bộ: ${String(e)}`, en: `Internal error: ${String(e)}` });
  }
}

/**
 * Calls a function by id. Scalar arguments give one value; when any argument is a range the result is a range
 * of the broadcast shape (a 1×1 range or a single row/column is repeated, as spreadsheets do for arrays).
 * Never throws: unknown ids and bad inputs give error values.
 * @example callFunction("VN_NUMBER", [[["7.910"], ["85,7%"]]]) → [[7910], [0.857]]
 */
export function callFunction(id: string, args: FunctionArg[]): FunctionResult {
  const spec = getFunction(id);
  if (!spec) return fail("#N/A", { vi: `Không có hàm ${id}.`, en: `No function ${id}.` });
  const padded: FunctionArg[] = spec.params.map((_, i) => (i < args.length ? args[i] : null));
  const shapes = padded.map(shapeOf);
  if (shapes.every((s) => s === null)) return safeCell(spec, padded as CellValue[]);
  let rows = 1;
  let cols = 1;
  for (const s of shapes) {
    if (!s) continue;
    if (s.rows !== 1) rows = Math.max(rows, s.rows);
    if (s.cols !== 1) cols = Math.max(cols, s.cols);
  }
  const out: FunctionValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: FunctionValue[] = [];
    for (let c = 0; c < cols; c++) {
      const cellArgs: CellValue[] = [];
      let missing = false;
      padded.forEach((a, i) => {
        const s = shapes[i];
        if (!s) {
          cellArgs.push(a as CellValue);
          return;
        }
        const rr = s.rows === 1 ? 0 : r;
        const cc = s.cols === 1 ? 0 : c;
        const line = (a as CellValue[][])[rr];
        if (!line || cc >= line.length) missing = true;
        cellArgs.push(line ? line[cc] : null);
      });
      row.push(missing ? OUT_OF_SHAPE : safeCell(spec, cellArgs));
    }
    out.push(row);
  }
  return out;
}
