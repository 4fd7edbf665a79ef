// Realistic sample workbooks for the demo and tests: a district's indicator list and schools' reports, with figures around a plan's targets.
import type { CellValue } from "../../core/types";
import type { Indicator, Plan } from "../../core/plan/schema";
import type { Rule } from "../../core/rule/schema";
import { parseTarget } from "../../core/rule/parse";
import { SheetBuilder, writeCellOf, type SheetSpec } from "./write";

/** How a sample figure relates to its target. */
export type Outcome = "met" | "near" | "short" | "empty";

/** One figure to put in a sample sheet: the actual, its number format, and a baseline for change rules. */
export interface SampleFigure {
  actual: CellValue;
  format?: string;
  baseline?: CellValue;
}

const PCT = "0.0%";

/** Deterministic 0..1 from a string and a seed (FNV-1a), so the demo prints the same figures every run. */
export function unitRandom(key: string, seed = 0): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % 10_000) / 10_000;
}

/** Pick an outcome: mostly met, some near, some short, a few empty. */
export function pickOutcome(key: string, seed = 0): Outcome {
  const u = unitRandom(key, seed);
  if (u < 0.72) return "met";
  if (u < 0.8) return "near";
  if (u < 0.95) return "short";
  return "empty";
}

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

function isoMinusDays(iso: string, days: number): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d;
}

/**
 * A figure for a rule with the wanted outcome, the way a clerk would type it (rates as percents, fractions
 * as the count achieved, levels as their number). "near" lands just under the threshold (within 2%).
 * @example sampleFigure({ kind: "compare", op: ">=", value: 0.95, unit: { kind: "percent" }, intent: "plain" }, "short").actual → 0.91
 */
export function sampleFigure(rule: Rule, outcome: Outcome, key = ""): SampleFigure {
  if (outcome === "empty") return { actual: null };
  const u = unitRandom(key, 7);
  switch (rule.kind) {
    case "compare": {
      const pct = rule.unit.kind === "percent";
      const up = rule.op === ">=" || rule.op === ">" || (rule.op === "=" && rule.intent !== "reduce");
      const v = rule.value;
      const step = pct ? Math.max(0.004, Math.min(0.03, (up ? 1 - v : v) / 2)) : Math.max(1, Math.round(v * 0.05));
      let x: number;
      if (up) x = outcome === "met" ? (rule.op === ">" || v < 1 ? v + step * (0.5 + u / 2) : v) : outcome === "near" ? v * 0.99 : v - step * (2 + 3 * u);
      else x = outcome === "met" ? v - step * (0.5 + u / 2) : outcome === "near" ? v * 1.01 : v + step * (2 + 3 * u);
      if (pct) x = Math.min(1, Math.max(0, round(x, 3)));
      else x = Math.max(0, Math.round(x));
      if (pct && up && rule.op === "=" && outcome === "met") x = v;
      return pct ? { actual: x, format: PCT } : { actual: x };
    }
    case "range": {
      const pct = rule.unit.kind === "percent";
      const width = rule.max - rule.min;
      let x: number;
      if (outcome === "met") x = rule.min + width * (0.25 + u / 2);
      else if (rule.sense === "down") x = rule.max + Math.max(width, pct ? 0.005 : 1) * (outcome === "near" ? 0.1 : 1.5);
      else x = rule.min - Math.max(width, pct ? 0.005 : 1) * (outcome === "near" ? 0.1 : 1.5);
      x = pct ? Math.max(0, round(x, 4)) : Math.max(0, Math.round(x));
      return pct ? { actual: x, format: x < 0.01 ? "0.00%" : PCT } : { actual: x };
    }
    case "fraction": {
      const d = rule.denominator;
      const shortBy = outcome === "met" ? 0 : outcome === "near" ? Math.max(1, Math.round(d * 0.003)) : Math.max(1, Math.round(d * 0.04));
      // The count achieved, as clerks fill a "Thực hiện" column; the denominator is the plan's.
      return { actual: Math.max(0, rule.numerator - shortBy), format: "#,##0" };
    }
    case "level":
      return { actual: outcome === "met" ? rule.level : Math.max(0, rule.level - 1) };
    case "rank": {
      const r = outcome === "met" ? Math.max(1, rule.rank - (u < 0.5 ? 0 : 1)) : rule.rank + 2 + Math.round(u * 3);
      return { actual: r };
    }
    case "change": {
      const pct = rule.unit.kind === "percent";
      const base = pct ? round(0.03 + u * 0.04, 3) : 10 + Math.round(u * 20);
      const amount = rule.amount ?? (pct ? 0.005 : 1);
      const by = rule.mode === "percent" ? base * amount : amount;
      const sign = rule.direction === "increase" ? 1 : -1;
      const moved = outcome === "met" ? by * 1.2 : outcome === "near" ? by * 0.95 : by * 0.3;
      const x = pct ? Math.max(0, round(base + sign * moved, 4)) : Math.max(0, Math.round(base + sign * moved));
      return pct ? { actual: x, format: "0.00%", baseline: base } : { actual: x, baseline: base };
    }
    case "reference":
      return { actual: null };
    case "frequency":
      return { actual: outcome === "met" ? rule.count + (u < 0.5 ? 0 : 1) : Math.max(0, rule.count - 1) };
    case "deadline":
      return outcome === "met" ? { actual: isoMinusDays(rule.due, 20 + Math.round(u * 60)), format: "dd/mm/yyyy" } : { actual: null };
    case "zero":
      return outcome === "met" ? { actual: 0 } : { actual: 1 + Math.round(u * 2) };
    case "boolean":
      return { actual: outcome === "met" ? "Đạt" : "Chưa đạt" };
  }
}

/** Shade of the cells a clerk fills in on a blank form. */
export const INPUT_FILL = "#FFF2CC";

/** An empty input cell formatted for the rule: percents as "0.0%", dates as dd/mm/yyyy, counts grouped. */
export function blankFigure(rule: Rule | null): SampleFigure {
  if (!rule) return { actual: null };
  const unit = "unit" in rule ? rule.unit : undefined;
  if (unit?.kind === "percent") return { actual: null, format: PCT };
  if (rule.kind === "deadline") return { actual: null, format: "dd/mm/yyyy" };
  if (rule.kind === "fraction" || unit?.kind === "count") return { actual: null, format: "#,##0" };
  return { actual: null };
}

/** The rule a plan indicator states, or null when the parser cannot read it. */
export function ruleOf(ind: Indicator): Rule | null {
  const opts: { indicator: string; direction?: "up" | "down" | "band" } = { indicator: ind.name };
  if (ind.direction) opts.direction = ind.direction;
  const r = parseTarget(ind.target, opts);
  return r.ok ? r.rule : null;
}

export interface ListSampleOptions {
  /** Title lines above the table (issuer, unit, title). */
  title: string[];
  /** Place and date line below the table. */
  placeDate: string;
  /** Indicators to include, in order. */
  indicators: Indicator[];
  /** Outcome per indicator id, winning over the seeded pick. */
  outcomes?: Record<string, Outcome>;
  /** Exact figures per indicator id, winning over everything. */
  figures?: Record<string, SampleFigure>;
  seed?: number;
  sheetName?: string;
  /** A blank form: no figures; input cells shaded and formatted for what each target expects. */
  blank?: boolean;
  /** Lines of guidance under the title (blank forms). */
  guidance?: string[];
}

const HEADERS = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Đầu năm", "Thực hiện", "Ghi chú"];
/** Column widths in Excel characters, as a clerk's form has them. */
const WIDTHS = [6, 60, 12, 26, 11, 16, 24];
const BOX = { border: "thin" as const };

/**
 * An indicator-list workbook as a district office or school keeps it: title block, one header row
 * (`STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Đầu năm | Thực hiện | Ghi chú`), section rows in bold,
 * one row per indicator, a signature block. Returns the sheet and the figure written per indicator.
 * @example listSample({ title: ["PHÒNG GDĐT QUẬN HẢI AN"], placeDate: "Hải An, ngày 30 tháng 5 năm 2025", indicators }).spec.name → "Chỉ tiêu"
 */
export function listSample(opts: ListSampleOptions): { spec: SheetSpec; figures: Map<string, SampleFigure> } {
  const b = new SheetBuilder(opts.sheetName ?? "Chỉ tiêu", { name: "Times New Roman", size: 12 });
  const last = HEADERS.length - 1;
  WIDTHS.forEach((w, i) => b.width(i, w));
  let r = 0;
  for (const line of opts.title) {
    b.merge({ top: r, left: 0, bottom: r, right: last });
    b.set(r, 0, { text: line }, { bold: true, fontSize: r === opts.title.length - 1 ? 13 : 12, hAlign: "center" });
    r++;
  }
  for (const line of opts.guidance ?? []) {
    b.merge({ top: r, left: 0, bottom: r, right: last });
    b.set(r, 0, { text: line }, { italic: true, fontSize: 11 });
    r++;
  }
  r++;
  const headerRow = r;
  HEADERS.forEach((h, i) => b.set(headerRow, i, { text: h }));
  b.style({ top: headerRow, left: 0, bottom: headerRow, right: last }, { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#DDEBF7" });
  r++;
  const figures = new Map<string, SampleFigure>();
  let section = "";
  let n = 0;
  for (const ind of opts.indicators) {
    const sec = ind.section[ind.section.length - 1] ?? "";
    if (sec !== section) {
      section = sec;
      b.merge({ top: r, left: 1, bottom: r, right: last });
      b.set(r, 1, { text: sec }, { bold: true, italic: true });
      b.style({ top: r, left: 0, bottom: r, right: last }, BOX);
      r++;
    }
    const rule = ruleOf(ind);
    const outcome = opts.outcomes?.[ind.id] ?? pickOutcome(ind.id, opts.seed ?? 0);
    const fig = opts.blank
      ? blankFigure(rule)
      : (opts.figures?.[ind.id] ?? (rule ? sampleFigure(rule, outcome, `${ind.id}#${opts.seed ?? 0}`) : { actual: null }));
    figures.set(ind.id, fig);
    const formatBase = fig.format !== undefined && (fig.baseline !== undefined || opts.blank) ? fig.format : undefined;
    const row: Array<ReturnType<typeof writeCellOf>> = [
      { number: ++n },
      { text: ind.name },
      ind.unit ? { text: ind.unit } : null,
      { text: ind.target },
      writeCellOf(fig.baseline ?? null, formatBase),
      writeCellOf(fig.actual ?? null, fig.format),
      null,
    ];
    row.forEach((v, i) => b.set(r, i, v));
    b.style({ top: r, left: 0, bottom: r, right: last }, { ...BOX, vAlign: "top" });
    b.style({ top: r, left: 1, bottom: r, right: 1 }, { wrap: true });
    b.style({ top: r, left: 3, bottom: r, right: 3 }, { wrap: true });
    b.style({ top: r, left: 0, bottom: r, right: 0 }, { hAlign: "center" });
    b.style({ top: r, left: 2, bottom: r, right: 2 }, { hAlign: "center" });
    // An empty input cell still carries the format a figure typed there should read with.
    if (fig.format && fig.actual === null) b.style({ top: r, left: 5, bottom: r, right: 5 }, { numberFormat: fig.format });
    if (formatBase && fig.baseline === undefined) b.style({ top: r, left: 4, bottom: r, right: 4 }, { numberFormat: formatBase });
    if (opts.blank) {
      const inputs = rule?.kind === "change" ? [4, 5] : [5];
      for (const k of inputs) b.style({ top: r, left: k, bottom: r, right: k }, { fill: INPUT_FILL });
    }
    r++;
  }
  r++;
  b.set(r, 4, { text: opts.placeDate }, { italic: true });
  b.set(r + 1, 1, { text: "Người lập biểu" }, { bold: true });
  b.set(r + 1, 4, { text: "Thủ trưởng đơn vị" }, { bold: true });
  b.freezeRows = headerRow + 1;
  b.fitWrappedRows();
  return { spec: b.spec(), figures };
}

/** Preschools of the Hải An sample, named after its wards (sample data, not real reports). */
export const SAMPLE_SCHOOLS = ["Trường MN Cát Bi", "Trường MN Thành Tô", "Trường MN Tràng Cát", "Trường MN Đằng Lâm", "Trường MN Đằng Hải", "Trường MN Nam Hải"];

/** Indicators a preschool reports on its own, by id, when the plan has them. */
export const SCHOOL_INDICATOR_IDS = [
  "mn.kiem-tra-suc-khoe",
  "mn.ky-nang-tu-phuc-vu",
  "mn.dat-muc-tieu-5-linh-vuc",
  "mn.kenh-binh-thuong",
  "chung.tu-danh-gia",
  "chung.y-te-truong-hoc",
  "chung.an-toan-pccc",
  "chung.kiem-tra-noi-bo.tan-suat",
  "chung.cds.tuyen-sinh-truc-tuyen",
];

/**
 * One school's report for consolidation: the school's name in the title block, the indicators it reports,
 * figures seeded by the school's name.
 * @example schoolSample(plan, "Trường MN Cát Bi", 1).spec
 */
export function schoolSample(plan: Plan, school: string, seed: number): { spec: SheetSpec; figures: Map<string, SampleFigure> } {
  const byId = new Map(plan.indicators.map((i) => [i.id, i] as const));
  const indicators = SCHOOL_INDICATOR_IDS.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
  return listSample({
    title: ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN", `Đơn vị: ${school}`, `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC ${plan.period}`],
    placeDate: `${plan.place ?? ""}, ngày 25 tháng 5 năm 2025`,
    indicators,
    seed,
  });
}
