// Units of measure and their sizes within a dimension (phút/giờ/ngày, tháng/năm, m2/ha, đồng/nghìn đồng/triệu đồng).
import { round12, roundFloat } from "./parse";

/** Dimensions a measure can be converted within. */
export type Dimension = "time" | "area" | "money" | "length" | "mass" | "score" | "volume" | "energy" | "power" | "data";

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
 * Rows of one dimension written as "word:factor[:name]" and split at "|" (the name defaults to the word): Code.js is
 * parsed before every call, and a row of brackets and an object each cost about thirty bytes.
 * @example units("time", "phút:1|tiếng:60:giờ") → [["phút", {dim:"time", factor:1, name:"phút"}], ["tiếng", {…60, name:"giờ"}]]
 */
function units(dim: Dimension, rows: string): Array<readonly [string, UnitSize]> {
  return rows.split("|").map((r) => {
    const [word, factor, name = word] = r.split(":");
    return [word, { dim, factor: Number(factor), name }];
  });
}

/**
 * Every unit word as written (lower case), with its size. Months and years are average lengths, so "18 tháng" is
 * 1,5 năm. ("tiết", a lesson, is counted, not measured: "2 tiết/tuần" is a frequency.)
 */
export const UNITS: ReadonlyArray<readonly [string, UnitSize]> = [
  ...units("time", "phút:1|giờ:60|tiếng:60:giờ|h:60:giờ|ngày:1440"),
  ["ngày làm việc", { dim: "time", factor: 1440, name: "ngày làm việc", working: true }],
  ...units("time", "tuần:10080|tháng:43830|quý:131490|năm:525960"),
  ...units("area", "m2:1|m²:1:m2|mét vuông:1:m2|ha:1e4|hécta:1e4:ha|héc ta:1e4:ha|km2:1e6"),
  ...units("money", "đồng:1|đ:1:đồng|vnđ:1:đồng|vnd:1:đồng|nghìn đồng:1000|ngàn đồng:1000:nghìn đồng|triệu đồng:1e6|tỷ đồng:1e9"),
  ...units("length", "km:1000|m:1|cm:0.01|mm:0.001"),
  ...units("mass", "kg:1|tấn:1000|g:0.001"),
  ...units("volume", "m3:1|m³:1:m3|lít:0.001|l:0.001:lít|ml:0.000001"),
  ...units("energy", "kwh:1:kWh|mwh:1e3:MWh|gwh:1e6:GWh"),
  // Power of plants and panels ("điện gió 7GW", "500 kWp").
  ...units("power", "kw:1:kW|kwp:1:kWp|mw:1e3:MW|mwp:1e3:MWp|gw:1e6:GW"),
  // Storage ("dung lượng trên 80Gb"). (Not "TB": it is "trung bình" as often.)
  ...units("data", "kb:1e-6:KB|mb:0.001:MB|gb:1:GB"),
  // Marks on a grading scale ("điểm trung bình 6,5 điểm"); converts to nothing else.
  ...units("score", "điểm:1"),
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

// A week's size in minutes.
const WEEK = 10080;

/**
 * Converts a value between two units of one dimension; null when they cannot be converted (different dimensions,
 * hours to working days) or when what they are counted per differs ("m2/trẻ" and "m2/lớp").
 * @example convert(75, "phút", "giờ") → 1.25 · convert(1, "giờ", "m2") → null
 */
export function convert(value: number, from: string, to: string): number | null {
  const a = unitSize(from);
  const b = unitSize(to);
  if (!a || !b || a.dim !== b.dim) return null;
  const pa = perPart(from);
  const pb = perPart(to);
  if (pa && pb && pa !== pb) return null;
  // A working week is five working days (public offices work Monday to Friday): "1 tuần" against "7 ngày làm việc" is 5.
  // Round 37 (refuse37).
  if (!!a.working !== !!b.working && (a.working ? b : a).factor === WEEK) return round12(a.working ? value / 5 : value * 5);
  if (!!a.working !== !!b.working && !(a.factor === b.factor)) return null;
  if (a.factor === b.factor) return value;
  const v = (value * a.factor) / b.factor;
  return roundFloat(v);
}

/** Scale words before a unit ("tỷ USD", "triệu đồng"): the size they multiply by. */
export const SCALE_OF: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/**
 * A unit as a sheet writes it, in the spelling `unitSize` reads: a scale of money said by figures or short forms
 * ("1000đ", "1.000 đồng", "Tr.đ", "trđ", "nghìn đ", "tỉ VNĐ") as "nghìn đồng", "triệu đồng", "tỷ đồng"; what it is
 * per ("/HS/tháng") kept. Any other text as written.
 * @example unitSpelling("1.000đ/HS") → "nghìn đồng/HS" · unitSpelling("Tr.đ") → "triệu đồng" · unitSpelling("trẻ") → "trẻ"
 */
export function unitSpelling(text: string): string {
  const m = /^\s*(1[.,]?000([.,]?000)?|nghìn|ngàn|triệu|tr|tỷ|tỉ)\s*\.?\s*(đồng|đ|vnđ|vnd)(?!\p{L})/iu.exec(text.normalize("NFC"));
  if (!m) return text;
  const k = m[1].toLowerCase();
  return `${m[2] || k[1] === "r" ? "triệu" : /^[tỷỉ]/u.test(k) ? "tỷ" : "nghìn"} đồng${text.normalize("NFC").slice(m[0].length)}`;
}

/**
 * The unit a column heading gives its figures, in brackets or after "ĐVT:" ("Kinh phí (nghìn đồng)", "Số tiền
 * (1.000đ)", "Tổng thu, ĐVT: triệu đồng", "Mức thu (nghìn đồng/HS/tháng)", "Thời gian (giờ)"), spelled as
 * `unitSpelling`; only a unit with a size (money, area, hours …), never a count, a share or a period ("(tháng)").
 * @example headingUnit("Kinh phí (1.000đ)") → "nghìn đồng" · headingUnit("Số HS (người)") → undefined
 */
export function headingUnit(text: string): string | undefined {
  for (const m of text.matchAll(/\(([^()]+)\)|(?:đvt|đơn vị tính)\s*:\s*([^()]+)/giu)) {
    const u = unitSpelling((m[1] ?? m[2]).replace(/^\s*(đvt|đơn vị tính)\s*:\s*/iu, "").trim());
    const s = unitSize(u);
    if (s && !(s.dim === "time" && s.factor > 60)) return u;
  }
  return undefined;
}
