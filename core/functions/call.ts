// What runs when a spreadsheet function is called: the host-free implementations, range broadcasting and error values; no help text, so the add-in bundles carry only this.
import type { Bilingual, CellValue, Lang } from "../types";
import { isCellError } from "../types";
import { evaluate } from "../rule/evaluate";
import { parseTarget } from "../rule/parse";
import { canonical } from "../rule/canonical";
import { readNumber } from "../number/parse";
import type { PercentScale, Verdict } from "../rule/verdict";
import { findPlanTarget } from "./plan-target";
import { toIsoDate } from "./dates";
import { refusedAt } from "../number/day";
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
    if (!d.ok) return fail("#VALUE!", refusedAt({ vi: `Ngày xét "${String(asOf)}"`, en: `The as-of date "${String(asOf)}"` }, d.reason));
    iso = d.iso;
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

/**
 * The verdict a numeric function reads its answer from, or the error it returns: unreadable targets and bad figures
 * are #VALUE!, missing data #N/A (so are a pending or review verdict's yes/no, which `open` says).
 */
function numeric(args: CellValue[], answer: (v: Verdict) => FunctionValue): FunctionValue {
  const v = judge(args, "vi", { unit: args[4], period: args[5] });
  if (isFunctionError(v)) return v;
  if (v.status === "unreadable" || v.status === "invalid") return fail("#VALUE!", v.explanations);
  if (v.status === "no_data") return fail("#N/A", v.explanations);
  return answer(v);
}

/** #N/A for a target with no figure of that kind: `what` is "chênh lệch bằng số" / "numeric gap". */
function noFigure(v: Verdict, what: Bilingual): FunctionError {
  return fail("#N/A", { vi: `Chỉ tiêu "${v.canonical}" không có ${what.vi}.`, en: `The target "${v.canonical}" has no ${what.en}.` });
}

/** How one function runs: how many arguments it takes (omitted ones arrive as `null`) and what one cell computes. */
export interface FunctionImpl {
  /** The number of parameters, optional ones included; registry.ts documents each (a test checks they agree). */
  arity: number;
  /** Computes one cell of the result from one cell of each argument (`null` for omitted ones). */
  cell: (args: CellValue[]) => FunctionValue;
  /**
   * Reads the bundled plans, which an add-in may receive after its functions load (Excel's functions take them from
   * the task pane's bundle, or fetch plans.json): the host makes sure they are there before calling.
   */
  plans?: true;
}

/**
 * Every function's implementation by id, in the order the docs list them. Ids are part of saved workbooks: never
 * rename one. Names, parameters, help and examples are in registry.ts, which only builds and tests read.
 * @example IMPLEMENTATIONS.TARGET_MET.cell([0.7, "ít nhất 65%"]) → true
 */
export const IMPLEMENTATIONS = {
  TARGET_STATUS: {
    arity: 6,
    cell: (args) => {
      const v = judge(args, "vi", { unit: args[4], period: args[5] });
      return isFunctionError(v) ? v : v.label;
    },
  },
  TARGET_MET: {
    arity: 6,
    cell: (args) => numeric(args, (v) => (v.status === "pending" || v.status === "review" ? fail("#N/A", v.explanations) : v.status === "met" || v.status === "exceeded")),
  },
  TARGET_GAP: {
    arity: 6,
    cell: (args) => numeric(args, (v) => v.gap.value ?? noFigure(v, { vi: "chênh lệch bằng số", en: "numeric gap" })),
  },
  TARGET_PROGRESS: {
    arity: 6,
    cell: (args) => numeric(args, (v) => v.ratio ?? noFigure(v, { vi: "tỷ lệ hoàn thành", en: "completion ratio" })),
  },
  TARGET_EXPLAIN: {
    arity: 7,
    cell: (args) => {
      const v = judge(args, langArg(args[4] ?? null), { unit: args[5], period: args[6] });
      return isFunctionError(v) ? v : v.explanation;
    },
  },
  TARGET_RULE: {
    arity: 4,
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
  VN_NUMBER: {
    arity: 1,
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
  PLAN_TARGET: {
    arity: 2,
    plans: true,
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
} satisfies Record<string, FunctionImpl>;

/** The id of a function (a key of IMPLEMENTATIONS). */
export type FunctionId = keyof typeof IMPLEMENTATIONS;

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

function safeCell(impl: FunctionImpl, args: CellValue[]): FunctionValue {
  // The core promises not to throw; this guard keeps a host from seeing an exception if that promise is ever broken.
  try {
    return impl.cell(args);
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
  const impl = Object.prototype.hasOwnProperty.call(IMPLEMENTATIONS, id) ? IMPLEMENTATIONS[id as FunctionId] : undefined;
  if (!impl) return fail("#N/A", { vi: `Không có hàm ${id}.`, en: `No function ${id}.` });
  const padded: FunctionArg[] = Array.from({ length: impl.arity }, (_, i) => (i < args.length ? args[i] : null));
  const shapes = padded.map(shapeOf);
  if (shapes.every((s) => s === null)) return safeCell(impl, padded as CellValue[]);
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
      row.push(missing ? OUT_OF_SHAPE : safeCell(impl, cellArgs));
    }
    out.push(row);
  }
  return out;
}
