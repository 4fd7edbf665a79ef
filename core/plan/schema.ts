// Plans as data: the schema every bundled template, plan JSON file and plan sheet is validated against.
import * as z from "zod/mini";

/** School levels a target can apply to. `all` = the whole district system. */
export const SchoolLevel = z.enum(["MN", "TH", "THCS", "THPT", "GDTX", "all"]);
export type SchoolLevel = z.infer<typeof SchoolLevel>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "ngày dạng YYYY-MM-DD / date as YYYY-MM-DD"));
/** An ASCII id: lower case letters, digits, dots, dashes and underscores. Stable across versions. */
const asciiId = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "mã chỉ gồm a-z, 0-9, . _ - / id must be ASCII a-z, 0-9, . _ -"));

export const Indicator = z.object({
  id: asciiId,
  /** Section titles from the plan's outline down to this indicator, e.g. ["II. Mục tiêu", "2. Chỉ tiêu cụ thể", "2.1. Giáo dục mầm non"]. */
  section: z._default(z.array(z.string()), []),
  /** What is measured, in Vietnamese ("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp"). */
  name: z.string().check(z.minLength(1)),
  level: z._default(SchoolLevel, "all"),
  /** Đơn vị tính as a clerk writes it: "%", "trường", "trẻ", "m2/trẻ", "lần/năm". */
  unit: z.optional(z.string()),
  /** The target phrase as written, the part the rule engine reads ("ít nhất 65%"). */
  target: z.string().check(z.minLength(1)),
  /** Verbatim text from the source document that states the target (whitespace may differ). */
  quote: z.optional(z.string()),
  /** Whether more is better, set only where the phrase alone does not settle it. */
  direction: z.optional(z.enum(["up", "down", "band"])),
  /** `unit`: every school/ward must meet it; `district`: the district figure as a whole. */
  scope: z._default(z.enum(["unit", "district"]), "district"),
  /** Key shared by the categories of one distribution ("th.xep-loai"): their shares of one whole must be able to sum to 100%. */
  distribution: z.optional(z.string()),
  /** Free notes: inconsistencies in the source, interpretation choices. */
  notes: z.optional(z.string()),
});
export type Indicator = z.infer<typeof Indicator>;

export const Task = z.object({
  /** Row number as in the plan's table ("1", "12"). */
  no: z.string(),
  content: z.string().check(z.minLength(1)),
  lead: z.optional(z.string()),
  partners: z._default(z.array(z.string()), []),
  /** Start and end, ISO dates (first/last day of the month when the plan gives months). */
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  /** The timing as written ("Tháng 9/2024", "Thường xuyên"). */
  timing: z.optional(z.string()),
  quote: z.optional(z.string()),
});
export type Task = z.infer<typeof Task>;

export const Plan = z.object({
  id: asciiId,
  title: z.string().check(z.minLength(1)),
  /** Issuing body, upper case as in the header ("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN"). */
  issuer: z.string().check(z.minLength(1)),
  /** Document number ("123/KH-UBND") and date, when the document gives them. */
  number: z.optional(z.string()),
  date: z.optional(isoDate),
  /** Place for the report's date line ("Long Biên"). */
  place: z.optional(z.string()),
  /** School year ("2024-2025") or horizon ("2021-2025", "đến năm 2030"). */
  period: z.string(),
  /** File name of the source document in shared/seeds (for bundled plans). */
  source: z.optional(z.string()),
  notes: z.optional(z.string()),
  indicators: z.array(Indicator),
  tasks: z._default(z.array(Task), []),
});
export type Plan = z.infer<typeof Plan>;
