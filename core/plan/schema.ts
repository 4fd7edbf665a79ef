// Plans as data: the schema every bundled template, plan JSON file and plan sheet is validated against.
import { z } from "zod";

/** School levels a target can apply to. `all` = the whole district system. */
export const SchoolLevel = z.enum(["MN", "TH", "THCS", "THPT", "GDTX", "all"]);
export type SchoolLevel = z.infer<typeof SchoolLevel>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày dạng YYYY-MM-DD / date as YYYY-MM-DD");
/** An ASCII id: lower case letters, digits, dots, dashes and underscores. Stable across versions. */
const asciiId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "mã chỉ gồm a-z, 0-9, . _ - / id must be ASCII a-z, 0-9, . _ -");

export const Indicator = z.object({
  id: asciiId,
  /** Section titles from the plan's outline down to this indicator, e.g. ["II. Mục tiêu", "2. Chỉ tiêu cụ thể", "2.1. Giáo dục mầm non"]. */
  section: z.array(z.string()).default([]),
  /** What is measured, in Vietnamese ("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp"). */
  name: z.string().min(1),
  level: SchoolLevel.default("all"),
  /** Đơn vị tính as a clerk writes it: "%", "trường", "trẻ", "m2/trẻ", "lần/năm". */
  unit: z.string().optional(),
  /** The target phrase as written, the part the rule engine reads ("ít nhất 65%"). */
  target: z.string().min(1),
  /** Verbatim text from the source document that states the target (whitespace may differ). */
  quote: z.string().optional(),
  /** Whether more is better, set only where the phrase alone does not settle it. */
  direction: z.enum(["up", "down", "band"]).optional(),
  /** `unit`: every school/ward must meet it; `district`: the district figure as a whole. */
  scope: z.enum(["unit", "district"]).default("district"),
  /** Key shared by the categories of one distribution ("th.xep-loai"): their shares of one whole must be able to sum to 100%. */
  distribution: z.string().optional(),
  /** Free notes: inconsistencies in the source, interpretation choices. */
  notes: z.string().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Task = z.object({
  /** Row number as in the plan's table ("1", "12"). */
  no: z.string(),
  content: z.string().min(1),
  lead: z.string().optional(),
  partners: z.array(z.string()).default([]),
  /** Start and end, ISO dates (first/last day of the month when the plan gives months). */
  start: isoDate.optional(),
  end: isoDate.optional(),
  /** The timing as written ("Tháng 9/2024", "Thường xuyên"). */
  timing: z.string().optional(),
  quote: z.string().optional(),
});
export type Task = z.infer<typeof Task>;

export const Plan = z.object({
  id: asciiId,
  title: z.string().min(1),
  /** Issuing body, upper case as in the header ("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN"). */
  issuer: z.string().min(1),
  /** Document number ("123/KH-UBND") and date, when the document gives them. */
  number: z.string().optional(),
  date: isoDate.optional(),
  /** Place for the report's date line ("Long Biên"). */
  place: z.string().optional(),
  /** School year ("2024-2025") or horizon ("2021-2025", "đến năm 2030"). */
  period: z.string(),
  /** File name of the source document in shared/seeds (for bundled plans). */
  source: z.string().optional(),
  notes: z.string().optional(),
  indicators: z.array(Indicator),
  tasks: z.array(Task).default([]),
});
export type Plan = z.infer<typeof Plan>;
