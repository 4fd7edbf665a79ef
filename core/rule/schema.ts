// Typed target rules: the one shape every parser produces and every judge, printer and compiler consumes.
import * as z from "zod/mini";

/**
 * The unit a threshold is measured in.
 * - `percent`: values are fractions of the whole (65% is stored as 0.65).
 * - `count`: a number of things; `noun` is what is counted ("trẻ", "trường", "giải").
 * - `measure`: a quantity with a physical or composite unit ("m2/trẻ", "trẻ/nhóm lớp", "điểm").
 * @example { kind: "percent" } · { kind: "count", noun: "trường" } · { kind: "measure", unit: "m2/trẻ" }
 */
export const Unit = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent") }),
  z.object({ kind: z.literal("count"), noun: z.optional(z.string()) }),
  z.object({ kind: z.literal("measure"), unit: z.string() }),
]);
export type Unit = z.infer<typeof Unit>;

/** Comparison operators, as printed in canonical text. */
export const Op = z.enum([">=", ">", "<=", "<", "="]);
export type Op = z.infer<typeof Op>;

/** Whether more is better (`up`), less is better (`down`), or being inside a band is what counts (`band`). */
export const Sense = z.enum(["up", "down", "band"]);
export type Sense = z.infer<typeof Sense>;

/** Where a rule came from, kept so explanations can quote it. Optional on hand-built rules. */
const Source = {
  /** The exact phrase (or sentence) the rule was read from. */
  text: z.optional(z.string()),
  /** What is measured, when the phrase names it ("tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân"). */
  subject: z.optional(z.string()),
};

/** "ít nhất 65%", "trên 75%", "dưới 3%", "không quá 45 lớp", "giảm ... còn 1,2%", "≥ 65%". */
export const CompareRule = z.object({
  kind: z.literal("compare"),
  op: Op,
  value: z.number(),
  unit: Unit,
  /**
   * `reduce` marks "giảm/khống chế ... còn X" wordings: an upper bound reached by bringing a bad figure down.
   * `all` marks a negated bound: "không có lớp nào có điểm trung bình dưới 5,0" is every class at 5,0 or above
   * (the figure judged is the lowest one). `about` marks "khoảng 50%": a figure short of it by less than a quarter of
   * the threshold is asked about ("Cần xác nhận"), not judged short. `change` marks a cap on a change ("tăng không
   * quá 15%", "không giảm quá 10%"): a change typed ("giảm 5%") is judged by its amount; a level alone is asked about.
   */
  intent: z._default(z.enum(["plain", "reduce", "maintain", "all", "about", "change"]), "plain"),
  /** "duy trì ổn định ở mức X": a level to hold; a figure well above it is asked about (more may be a departure). */
  hold: z.optional(z.boolean()),
  ...Source,
});

/**
 * "55-60%", "30 - 35 trẻ/nhóm lớp", "từ trên A đến dưới B".
 * `sense` says what lies outside: `up` (good outcome, above max is "Vượt"), `down` (bad outcome,
 * below min is fine), `band` (both sides matter).
 */
export const RangeRule = z.object({
  kind: z.literal("range"),
  min: z.number(),
  max: z.number(),
  minInclusive: z._default(z.boolean(), true),
  maxInclusive: z._default(z.boolean(), true),
  unit: Unit,
  sense: z._default(Sense, "band"),
  /** "khoảng 98–100%": a figure a little outside is asked about ("Cần xác nhận"), not judged short. */
  about: z.optional(z.boolean()),
  ...Source,
});

/** "28/28 trường", "14/14 phường", "7.910 trẻ/9.232". Met when the actual share reaches numerator/denominator. */
export const FractionRule = z.object({
  kind: z.literal("fraction"),
  numerator: z.number(),
  denominator: z.number(),
  /** What the units are ("trường", "phường", "trẻ"). */
  noun: z.optional(z.string()),
  ...Source,
});

/** "mức độ 3", "chuẩn quốc gia mức độ 2", "IELTS từ 5.5 trở lên" (scale: "IELTS"). Met at or above the level. */
export const LevelRule = z.object({
  kind: z.literal("level"),
  level: z.number(),
  /** The scale's name when not the default "mức độ" ("IELTS", "bậc", "chuẩn"). */
  scale: z.optional(z.string()),
  ...Source,
});

/**
 * "thứ hạng 6/30 quận huyện", "top 5 Thành phố", "tốp đầu", "thứ 5–8/30". Met when the actual rank is at or better
 * than `rank`; with `best`, a band of places ("thứ 5–8": 5 to 8 meets, better than 5 exceeds).
 */
export const RankRule = z.object({
  kind: z.literal("rank"),
  rank: z.number(),
  /** The best place of a band ("5" in "thứ 5–8/30"). */
  best: z.optional(z.number()),
  /** Size of the field ranked, when stated (30 in "6/30"). */
  of: z.optional(z.number()),
  /** "top"/"tốp" wording (any place up to `rank`) as opposed to a stated place. */
  top: z._default(z.boolean(), false),
  /** The field ranked in ("quận huyện", "Thành phố"). */
  field: z.optional(z.string()),
  ...Source,
});

/**
 * Change against a baseline: "giảm 1,5% so với đầu năm", "tăng so với năm học trước",
 * "mỗi năm phát triển thêm ít nhất 01 trường".
 * `mode`: `absolute` (in the indicator's own unit), `points` (percentage points), `percent` (relative
 * to the baseline), `times` (a multiple of the baseline: "tăng ít nhất 1,5 lần so với năm 2020"), `any` (direction only).
 */
export const ChangeRule = z.object({
  kind: z.literal("change"),
  direction: z.enum(["increase", "decrease"]),
  mode: z.enum(["absolute", "points", "percent", "times", "any"]),
  /** Amount of change; for `points` and `percent` a fraction (1,5% is 0.015). Absent when mode is `any`. */
  amount: z.optional(z.number()),
  /** The top of a band of changes ("giảm 1–1,5%/năm"): reaching `amount` meets, passing `amountMax` exceeds. */
  amountMax: z.optional(z.number()),
  unit: Unit,
  /** "đầu năm", "năm học trước", "năm 2020". */
  baselineLabel: z.optional(z.string()),
  /** Amount is per year ("mỗi năm"). */
  perYear: z._default(z.boolean(), false),
  ...Source,
});

/** "cao hơn trung bình chung Thành phố và khu vực", "không thấp hơn bình quân toàn quốc". Needs a reference value. */
export const ReferenceRule = z.object({
  kind: z.literal("reference"),
  op: Op,
  /** What the actual is compared with ("trung bình chung Thành phố"). */
  reference: z.string(),
  unit: Unit,
  ...Source,
});

/** "ít nhất 01 chuyên đề/cơ sở giáo dục/năm", "1 lần/tháng", "01 lần/quý". */
export const FrequencyRule = z.object({
  kind: z.literal("frequency"),
  op: z._default(Op, ">="),
  count: z.number(),
  /** What happens ("chuyên đề", "lần"). */
  noun: z.optional(z.string()),
  period: z.enum(["day", "week", "month", "quarter", "semester", "year", "schoolYear"]),
  /** Per whom, when stated ("cơ sở giáo dục", "trường"). */
  per: z.optional(z.string()),
  ...Source,
});

// OPEN_END lives in open-end.ts (no zod there) and is re-exported for the schema's readers.
export { OPEN_END } from "./open-end";

/** An ISO date, or "--MM-DD" (ISO 8601's day of any year) when the phrase gave no year and no period dated it. */
const DayText = z.string().check(z.regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/));

/**
 * "chậm nhất tháng 6/2025" (due 2025-06-30), "trước tháng 6/2025" (2025-05-31), "trước năm 2025"
 * (2024-12-31), "năm 2024" (2024-12-31). `due` is the last day that still counts, ISO yyyy-mm-dd.
 * With `start`, a window: "từ 1/8 đến 5/8/2025" (done from `start` to `due`), "vào ngày 20/11/2025" (start = due).
 * "trước 30/4" with no year and no plan period is "--04-29": the judge dates it by the completion date's year.
 * "không được … trước ngày 22/8" is start 22/8 with due OPEN_END: not before, never late.
 */
export const DeadlineRule = z.object({
  kind: z.literal("deadline"),
  due: DayText,
  /** First day of the window, when the phrase or a task table gives one. */
  start: z.optional(DayText),
  /** The window's start is the earliest day allowed ("bắt đầu từ ngày 1/9 đến hết năm"): done before it is not met. */
  notBefore: z.optional(z.boolean()),
  ...Source,
});

/** "không để xảy ra ngộ độc thực phẩm", "Chưa đạt: 0%", "không có học sinh bỏ học". Met only by zero. */
export const ZeroRule = z.object({
  kind: z.literal("zero"),
  unit: Unit,
  ...Source,
});

/** Qualitative recognitions with a yes/no outcome: "được công nhận", "duy trì đạt chuẩn", "hoàn thành". */
export const BooleanRule = z.object({
  kind: z.literal("boolean"),
  /** What must hold ("công nhận đạt chuẩn xanh - sạch - đẹp - an toàn"). */
  statement: z.optional(z.string()),
  ...Source,
});

/** A rule without a runner-up reading: what `alternative` holds. */
export const Reading = z.discriminatedUnion("kind", [
  CompareRule,
  RangeRule,
  FractionRule,
  LevelRule,
  RankRule,
  ChangeRule,
  ReferenceRule,
  FrequencyRule,
  DeadlineRule,
  ZeroRule,
  BooleanRule,
]);
export type Reading = z.infer<typeof Reading>;

/**
 * The runner-up reading of the same phrase, when the reader could not decide between two ("12 trường (7,1%)" with no
 * unit given: at least 12 schools, or at least 7,1%). The judge gives "Cần xác nhận" (review) when the two readings
 * would judge a figure differently, and formulas are not compiled for such a rule (the engine's verdict is written).
 */
const Alternative = {
  alternative: z.optional(Reading),
  /**
   * What the reader did not understand in the phrase (the confidence gate, core/rule/parse/confidence.ts): `part` is the
   * words as written, `code` the kind of doubt. The judge gives "Cần xác nhận" (review) instead of a verdict, naming
   * the part, and formulas are not compiled for such a rule.
   */
  unsure: z.optional(z.object({ code: z.string(), part: z.string() })),
  /**
   * Other parts of a compound target measured like the chosen one (both rates, both counts of the same noun, both
   * dates) that nothing but position or the phrase's own scores set aside: neither the indicator's words, the unit
   * column nor the figure's own unit chose between them. Present only then (and beside `alternative`, which holds the
   * first such part): the judge asks (review, naming both parts) when one of them judges a figure differently.
   */
  rivals: z.optional(z.array(Reading)),
};

export const Rule = z.discriminatedUnion("kind", [
  z.extend(CompareRule, Alternative),
  z.extend(RangeRule, Alternative),
  z.extend(FractionRule, Alternative),
  z.extend(LevelRule, Alternative),
  z.extend(RankRule, Alternative),
  z.extend(ChangeRule, Alternative),
  z.extend(ReferenceRule, Alternative),
  z.extend(FrequencyRule, Alternative),
  z.extend(DeadlineRule, Alternative),
  z.extend(ZeroRule, Alternative),
  z.extend(BooleanRule, Alternative),
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule["kind"];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** Every rule kind, in schema order; tests iterate it so a new kind cannot be forgotten. */
export const RULE_KINDS: readonly RuleKind[] = Rule.def.options.map((o) => o.shape.kind.def.values[0] as RuleKind);
