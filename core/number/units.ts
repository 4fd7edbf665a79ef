// Units of measure and their sizes within a dimension (phút/giờ/ngày, tháng/năm, m2/ha, đồng/nghìn đồng/triệu đồng).

/** Dimensions a measure can be converted within. */
export type Dimension = "time" | "area" | "money" | "length" | "mass" | "score" | "volume" | "energy";

/** A unit of measure: its dimension and its size in the dimension's base unit (minutes, m2, đồng, metres, kg, điểm). */
export interface UnitSize {
  dim: Dimension;
  factor: number;
  /** The spelling printed in rules and explanations ("phút", "m2", "đồng"). */
  name: string;
  /** Working days: counted in days, never converted to or from hours (a working day is not 24 hours). */
  working?: boolean;
}

/**
 * Every unit word as written (lower case), with its size. Months and years are average lengths, so "18 tháng" is
 * 1,5 năm. ("tiết", a lesson, is counted, not measured: "2 tiết/tuần" is a frequency.)
 */
export const UNITS: ReadonlyArray<readonly [string, UnitSize]> = [
  ["phút", { dim: "time", factor: 1, name: "phút" }],
  ["giờ", { dim: "time", factor: 60, name: "giờ" }],
  ["tiếng", { dim: "time", factor: 60, name: "giờ" }],
  ["h", { dim: "time", factor: 60, name: "giờ" }],
  ["ngày", { dim: "time", factor: 1440, name: "ngày" }],
  ["ngày làm việc", { dim: "time", factor: 1440, name: "ngày làm việc", working: true }],
  ["tuần", { dim: "time", factor: 10080, name: "tuần" }],
  ["tháng", { dim: "time", factor: 43830, name: "tháng" }],
  ["quý", { dim: "time", factor: 131490, name: "quý" }],
  ["năm", { dim: "time", factor: 525960, name: "năm" }],
  ["m2", { dim: "area", factor: 1, name: "m2" }],
  ["m²", { dim: "area", factor: 1, name: "m2" }],
  ["mét vuông", { dim: "area", factor: 1, name: "m2" }],
  ["ha", { dim: "area", factor: 10_000, name: "ha" }],
  ["hécta", { dim: "area", factor: 10_000, name: "ha" }],
  ["héc ta", { dim: "area", factor: 10_000, name: "ha" }],
  ["km2", { dim: "area", factor: 1_000_000, name: "km2" }],
  ["đồng", { dim: "money", factor: 1, name: "đồng" }],
  ["đ", { dim: "money", factor: 1, name: "đồng" }],
  ["vnđ", { dim: "money", factor: 1, name: "đồng" }],
  ["vnd", { dim: "money", factor: 1, name: "đồng" }],
  ["nghìn đồng", { dim: "money", factor: 1000, name: "nghìn đồng" }],
  ["ngàn đồng", { dim: "money", factor: 1000, name: "nghìn đồng" }],
  ["triệu đồng", { dim: "money", factor: 1_000_000, name: "triệu đồng" }],
  ["tỷ đồng", { dim: "money", factor: 1e9, name: "tỷ đồng" }],
  ["km", { dim: "length", factor: 1000, name: "km" }],
  ["m", { dim: "length", factor: 1, name: "m" }],
  ["cm", { dim: "length", factor: 0.01, name: "cm" }],
  ["mm", { dim: "length", factor: 0.001, name: "mm" }],
  ["kg", { dim: "mass", factor: 1, name: "kg" }],
  ["tấn", { dim: "mass", factor: 1000, name: "tấn" }],
  ["g", { dim: "mass", factor: 0.001, name: "g" }],
  ["m3", { dim: "volume", factor: 1, name: "m3" }],
  ["lít", { dim: "volume", factor: 0.001, name: "lít" }],
  ["l", { dim: "volume", factor: 0.001, name: "lít" }],
  ["ml", { dim: "volume", factor: 0.000001, name: "ml" }],
  ["kwh", { dim: "energy", factor: 1, name: "kWh" }],
  // Marks on a grading scale ("điểm trung bình 6,5 điểm"); converts to nothing else.
  ["điểm", { dim: "score", factor: 1, name: "điểm" }],
];

const BY_WORD: ReadonlyMap<string, UnitSize> = new Map(UNITS.map(([w, u]) => [w, u]));

/**
 * The size of a unit written as text: the part before any "/" ("phút", "m2/trẻ" → m2, "đồng/học sinh/tháng" → đồng).
 * Null for counted nouns and unknown words.
 * @example unitSize("giờ") → { dim: "time", factor: 60, name: "giờ" } · unitSize("m2/trẻ") → { dim: "area", … }
 */
export function unitSize(text: string | null | undefined): UnitSize | null {
  if (!text) return null;
  // A sheet's rules name a handful of units, asked about for every figure judged: each text is read once.
  const hit = SIZES.get(text);
  if (hit !== undefined) return hit;
  const t = text.toLowerCase().normalize("NFC");
  const slash = t.indexOf("/");
  const head = (slash >= 0 ? t.slice(0, slash) : t).trim().replace(/\s+/gu, " ");
  // "nghìn tỷ đồng", "triệu m3": a scale word before a unit multiplies its size.
  const m = /^(nghìn|ngàn|triệu|tỷ|tỉ) (.+)$/u.exec(head);
  const inner = m && BY_WORD.get(m[2]);
  const size = BY_WORD.get(head) || (inner ? { ...inner, factor: inner.factor * SCALE_OF[m![1]], name: head } : null);
  if (SIZES.size >= 4096) SIZES.clear();
  SIZES.set(text, size);
  return size;
}
const SIZES = new Map<string, UnitSize | null>();

/** The part after the first "/" of a unit ("trẻ" of "m2/trẻ"), lower case, or "" when none. */
export function perPart(text: string): string {
  const i = text.indexOf("/");
  return i < 0 ? "" : text.slice(i + 1).trim().toLowerCase().replace(/\s+/gu, " ");
}

/**
 * Converts a value between two units of one dimension; null when they cannot be converted (different dimensions,
 * hours to working days) or when what they are counted per differs ("m2/trẻ" and "m2/lớp").
 * @example convert(75, "phút", "giờ") → 1.25 · convert(1, "giờ", "m2") → null
 */
export function convert(value: number, from: string, to: string): number | null {
  const a = unitSize(from);
  const b = unitSize(to);
  if (!a || !b || a.dim !== b.dim) return null;
  if (!!a.working !== !!b.working && !(a.factor === b.factor)) return null;
  const pa = perPart(from);
  const pb = perPart(to);
  if (pa && pb && pa !== pb) return null;
  if (a.factor === b.factor) return value;
  const v = (value * a.factor) / b.factor;
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** Scale words before a unit ("tỷ USD", "triệu đồng"): the size they multiply by. */
export const SCALE_OF: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
