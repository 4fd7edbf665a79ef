// Plan validation: checks any JSON value against the plan schema and explains each problem by JSON path, in Vietnamese and English.
import * as z from "zod/mini";
import type { Bilingual } from "../types";
import { parseTarget } from "../rule/parse";
import { Indicator, Plan, Task } from "./schema";

export interface PlanIssue {
  /** Where the problem is, as a JSON path: `indicators[3].target`; "" for the whole document. */
  path: string;
  message: Bilingual;
}

export type ValidatePlanResult = { ok: true; plan: Plan } | { ok: false; errors: PlanIssue[] };

// Strict copies of the schema objects: an unknown key in a plan file is almost always a typo ("qoute")
// that would otherwise be dropped silently.
const StrictIndicator = z.strictObject(Indicator.shape);
const StrictTask = z.strictObject(Task.shape);
const StrictPlan = z.strictObject({
  ...Plan.shape,
  indicators: z.array(StrictIndicator),
  tasks: z._default(z.array(StrictTask), []),
});

/** Field names in Vietnamese, for messages ("trường `target` (chỉ tiêu)"). */
const FIELD_VI: Record<string, string> = {
  id: "mã",
  title: "tên kế hoạch",
  issuer: "cơ quan ban hành",
  number: "số hiệu",
  date: "ngày ban hành",
  place: "địa danh",
  period: "giai đoạn/năm học",
  source: "tệp nguồn",
  notes: "ghi chú",
  indicators: "danh sách chỉ tiêu",
  tasks: "danh sách nhiệm vụ",
  section: "mục",
  name: "tên chỉ tiêu",
  level: "cấp học",
  unit: "đơn vị tính",
  target: "chỉ tiêu",
  quote: "trích dẫn",
  direction: "hướng",
  scope: "phạm vi",
  distribution: "nhóm phân bố",
  no: "số thứ tự",
  content: "nội dung",
  lead: "đơn vị chủ trì",
  partners: "đơn vị phối hợp",
  start: "ngày bắt đầu",
  end: "ngày kết thúc",
  timing: "thời gian",
};

const TYPE_VI: Record<string, string> = {
  string: "chuỗi văn bản",
  number: "số",
  boolean: "đúng/sai",
  array: "danh sách",
  object: "đối tượng",
  null: "null",
  undefined: "không có",
};

/** Formats a zod path as a JSON path. @example formatPath(["indicators", 3, "target"]) → "indicators[3].target" */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function fieldLabel(path: ReadonlyArray<PropertyKey>): { vi: string; en: string } {
  const last = [...path].reverse().find((k) => typeof k === "string") as string | undefined;
  if (!last) return { vi: "tài liệu", en: "document" };
  const vi = FIELD_VI[last];
  return { vi: vi ? `\`${last}\` (${vi})` : `\`${last}\``, en: `\`${last}\`` };
}

function describe(issue: z.core.$ZodIssue, input: unknown): Bilingual {
  const f = fieldLabel(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const got = valueAt(input, issue.path);
      const received = kindOf(got);
      if (got === undefined)
        return { vi: `thiếu trường bắt buộc ${f.vi}`, en: `required field ${f.en} is missing` };
      return {
        vi: `${f.vi} phải là ${TYPE_VI[issue.expected] ?? issue.expected}, đang là ${TYPE_VI[received] ?? received}`,
        en: `${f.en} must be ${issue.expected === "array" ? "an array" : `a ${issue.expected}`}, got ${received}`,
      };
    }
    case "too_small":
      if (issue.origin === "string")
        return { vi: `${f.vi} không được để trống`, en: `${f.en} must not be empty` };
      return { vi: `${f.vi} quá nhỏ (tối thiểu ${String(issue.minimum)})`, en: `${f.en} is too small (minimum ${String(issue.minimum)})` };
    case "invalid_format": {
      const got = JSON.stringify(valueAt(input, issue.path));
      const last = issue.path[issue.path.length - 1];
      if (last === "date" || last === "start" || last === "end")
        return { vi: `${f.vi} phải có dạng YYYY-MM-DD, đang là ${got}`, en: `${f.en} must be a date as YYYY-MM-DD, got ${got}` };
      if (last === "id")
        return {
          vi: `mã ${got} chỉ được gồm a-z, 0-9, dấu chấm, gạch ngang, gạch dưới (không dấu, chữ thường)`,
          en: `id ${got} may only contain a-z, 0-9, dots, dashes and underscores (lower case ASCII)`,
        };
      return { vi: `${f.vi} sai định dạng: ${got}`, en: `${f.en} has the wrong format: ${got}` };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const got = JSON.stringify(valueAt(input, issue.path));
      return { vi: `${f.vi} phải là một trong ${allowed}, đang là ${got}`, en: `${f.en} must be one of ${allowed}, got ${got}` };
    }
    case "unrecognized_keys": {
      const keys = issue.keys.map((k) => `\`${k}\``).join(", ");
      return { vi: `trường không có trong lược đồ: ${keys} (gõ nhầm?)`, en: `unknown field(s): ${keys} (typo?)` };
    }
    default:
      return { vi: `${f.vi} không hợp lệ: ${issue.message}`, en: `${f.en} is invalid: ${issue.message}` };
  }
}

/**
 * Validates a parsed JSON value as a plan. Never throws.
 * @example validatePlan({ id: "x" }) → { ok: false, errors: [{ path: "title", message: { vi: "thiếu trường bắt buộc `title` (tên kế hoạch)", en: "required field `title` is missing" } }, ...] }
 */
export function validatePlan(json: unknown): ValidatePlanResult {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return {
      ok: false,
      errors: [
        {
          path: "",
          message: {
            vi: `kế hoạch phải là một đối tượng JSON ({...}), đang là ${TYPE_VI[kindOf(json)] ?? kindOf(json)}`,
            en: `a plan must be a JSON object ({...}), got ${kindOf(json)}`,
          },
        },
      ],
    };
  }
  const r = StrictPlan.safeParse(json);
  if (!r.success) return { ok: false, errors: r.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue, json) })) };
  const errors = figureIssues(r.data);
  return errors.length ? { ok: false, errors } : { ok: true, plan: r.data };
}

/**
 * Longest target phrase a plan may hold. Real targets are a line or two ("Hoàn thành xuất sắc 55-60%; Hoàn
 * thành Tốt: 15-17%; …" is about 100 characters); a page-long one is a pasted paragraph, and reading it would
 * cost time for nothing.
 */
export const MAX_TARGET_CHARS = 1_000;
/** Significant digits a spreadsheet number holds exactly (IEEE double: 15); a longer threshold cannot be compared honestly. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Significant digits of each number written in a text, Vietnamese or English style ("1.234,5", "0,05", "7.910").
 * @example significantDigits("từ 1.234.567,5 trở lên") → [8]
 */
export function significantDigits(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const digits = m[0].replace(/[.,]/g, "").replace(/^0+/, "");
    out.push(digits.length);
  }
  return out;
}

function numbersIn(v: unknown, out: number[] = [], depth = 0): number[] {
  if (typeof v === "number") out.push(v);
  else if (v && typeof v === "object" && depth < 20) for (const x of Object.values(v)) numbersIn(x, out, depth + 1);
  return out;
}

/**
 * What schema checks cannot see but would put wrong figures in a report: two indicators sharing an id (their
 * figures would cross), and thresholds no spreadsheet can hold (a 400-digit number read as ∞, so "5 < ∞" is
 * judged met). Each issue names the indicator.
 */
function figureIssues(plan: Plan): PlanIssue[] {
  const errors: PlanIssue[] = [];
  const first = new Map<string, number>();
  plan.indicators.forEach((ind, i) => {
    const name = ind.name.length > 60 ? `${ind.name.slice(0, 59)}…` : ind.name;
    const seen = first.get(ind.id);
    if (seen !== undefined) {
      errors.push({
        path: `indicators[${i}].id`,
        message: {
          vi: `mã "${ind.id}" của chỉ tiêu "${name}" trùng với chỉ tiêu thứ ${seen + 1} (indicators[${seen}]); số liệu hai chỉ tiêu sẽ lẫn vào nhau, hãy đặt mã riêng`,
          en: `id "${ind.id}" of indicator "${name}" repeats indicators[${seen}]; their figures would cross, give each its own id`,
        },
      });
    } else first.set(ind.id, i);
    if (ind.target.length > MAX_TARGET_CHARS) {
      errors.push({
        path: `indicators[${i}].target`,
        message: {
          vi: `chỉ tiêu "${ind.id}" (${name}) dài ${ind.target.length} ký tự, quá ${MAX_TARGET_CHARS}; chỉ ghi câu nêu mức cần đạt`,
          en: `the target of "${ind.id}" (${name}) is ${ind.target.length} characters long, over ${MAX_TARGET_CHARS}; keep only the phrase stating the threshold`,
        },
      });
      return;
    }
    const longest = Math.max(0, ...significantDigits(ind.target));
    const rule = longest > MAX_SIGNIFICANT_DIGITS ? null : parseTarget(ind.target, { indicator: ind.name, direction: ind.direction });
    const infinite = rule?.ok ? numbersIn(rule.rule).some((n) => !Number.isFinite(n)) : false;
    if (longest > MAX_SIGNIFICANT_DIGITS || infinite) {
      errors.push({
        path: `indicators[${i}].target`,
        message: {
          vi: `chỉ tiêu "${ind.id}" (${name}) có ngưỡng không dùng được (${longest > MAX_SIGNIFICANT_DIGITS ? `số ${longest} chữ số, bảng tính chỉ giữ đúng ${MAX_SIGNIFICANT_DIGITS}` : "vô hạn"}); sửa lại số trong kế hoạch`,
          en: `the target of "${ind.id}" (${name}) has an unusable threshold (${longest > MAX_SIGNIFICANT_DIGITS ? `a ${longest}-digit number; spreadsheets hold ${MAX_SIGNIFICANT_DIGITS} exactly` : "infinite"}); fix the number in the plan`,
        },
      });
    }
  });
  return errors;
}

/** One line per issue, for CLIs and logs. @example "indicators[3].target: thiếu trường bắt buộc ... / required field ..." */
export function formatPlanIssues(errors: PlanIssue[]): string[] {
  return errors.map((e) => `${e.path || "(gốc/root)"}: ${e.message.vi} / ${e.message.en}`);
}
