// Blank self-checking workbooks for a plan: a form laid out as clerks keep it, whose status cells are core's live formulas.
import type { Lang } from "../../core/types";
import type { Indicator, Plan } from "../../core/plan/schema";
import { checkSheet } from "../../core/sheet/check";
import { formatAt } from "../../core/sheet/judge";
import type { CheckedSheet } from "../../core/sheet/types";
import { CliError } from "../errors";
import { planEdits } from "./check";
import { INPUT_FILL, blankFigure, listSample, ruleOf } from "./sample";
import { applyEditsToSpec, SheetBuilder, specSheetData, type SheetSpec } from "./write";

export interface TemplateOptions {
  lang?: Lang;
  /** Indicator ids to include (default: every indicator of a list; unit-scope ones of a matrix). */
  indicators?: string[];
}

const GUIDANCE = [
  "Nhập số liệu vào các ô màu vàng (tỷ lệ gõ kèm dấu %, vd 85,7%); cột \"Đánh giá (Chỉ tiêu)\" tự cập nhật, không cần cài thêm gì.",
  "Fill in the yellow cells (rates with the % sign, e.g. 85.7%); the \"Đánh giá (Chỉ tiêu)\" column updates by itself, no add-in needed.",
];

function pick(plan: Plan, ids: string[] | undefined, fallback: (i: Indicator) => boolean): Indicator[] {
  if (!ids) {
    const chosen = plan.indicators.filter(fallback);
    return chosen.length > 0 ? chosen : plan.indicators;
  }
  const byId = new Map(plan.indicators.map((i) => [i.id, i] as const));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new CliError(`kế hoạch ${plan.id} không có chỉ tiêu: ${missing.join(", ")}`, `plan ${plan.id} has no indicator: ${missing.join(", ")}`);
  }
  return ids.map((id) => byId.get(id)!);
}

/** Checks the form as core would read it once saved, and lays the live status columns over it. */
function checked(spec: SheetSpec, plan: Plan, lang: Lang): CheckedSheet {
  const sheet = specSheetData(spec);
  // "auto": a clerk may type 85,7 or 85,7% (or 0,857); all read as 85,7% where the readings agree.
  const result = checkSheet(sheet, plan, { lang, percentScale: "auto" });
  if (!result.ok) throw new CliError(`không dựng được biểu mẫu: ${result.error.message.vi}`, `cannot build the form: ${result.error.message.en}`);
  // An input cell formatted as a percent holds a fraction whatever is typed ("85,7%" is 0,857), as the checker reads
  // it once filled; its live formula reads it so too, rather than asking whether 0,857 meant 0,857%.
  for (const it of result.items) if (it.cell && /%/u.test(formatAt(sheet, it.cell.row, it.cell.col))) it.percentScale = "fraction";
  const { edits, cached } = planEdits(sheet, result, { lang });
  applyEditsToSpec(spec, edits, cached);
  return result;
}

/**
 * The indicator-list form: one row per indicator with its target, yellow input cells for the actual (and the
 * baseline where a target is a change), and a live status formula per row.
 * @example listTemplate(plan).spec.name → "Nhập số liệu"
 */
export function listTemplate(plan: Plan, opts: TemplateOptions = {}): { spec: SheetSpec; result: CheckedSheet } {
  const indicators = pick(plan, opts.indicators, () => true);
  const { spec } = listSample({
    title: [plan.issuer, "BIỂU NHẬP SỐ LIỆU THỰC HIỆN CHỈ TIÊU", `${plan.title} (${plan.period})`],
    guidance: GUIDANCE,
    placeDate: `${plan.place ?? "......"}, ngày ... tháng ... năm ...`,
    indicators,
    blank: true,
    sheetName: "Nhập số liệu",
  });
  const result = checked(spec, plan, opts.lang ?? "vi");
  return { spec, result };
}

/**
 * Unit names from a text or CSV file's contents: one per line (first CSV column), blank lines, "#" comments
 * and a header line ("Tên trường", "Đơn vị", "Phường") skipped.
 * @example unitNames("Tên trường\nTrường MN Cát Bi\n\nTrường MN Thành Tô") → ["Trường MN Cát Bi", "Trường MN Thành Tô"]
 */
export function unitNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const first = line.startsWith('"') ? (/^"((?:[^"]|"")*)"/.exec(line)?.[1] ?? line).replace(/""/g, '"') : line.split(/[,;\t]/)[0].trim();
    if (out.length === 0 && /^(tên )?(trường|đơn vị|phường|xã|cơ sở)$/i.test(first)) continue;
    if (first !== "") out.push(first);
  }
  return out;
}

/**
 * The unit-matrix form: one row per school or ward, one column per indicator (id in brackets so matching is
 * exact), a "Chỉ tiêu" row with the targets, yellow input cells and a live status column per indicator.
 * @example matrixTemplate(plan, ["Trường MN Cát Bi", "Trường MN Thành Tô"]).result.layout.shape → "matrix"
 */
export function matrixTemplate(plan: Plan, units: string[], opts: TemplateOptions = {}): { spec: SheetSpec; result: CheckedSheet } {
  if (units.length === 0) throw new CliError("tệp đơn vị không có tên đơn vị nào", "the units file lists no units");
  const indicators = pick(plan, opts.indicators, (i) => i.scope === "unit");
  const b = new SheetBuilder("Nhập số liệu", { name: "Times New Roman", size: 12 });
  const width = 2 + indicators.length;
  const title = [plan.issuer, "BIỂU TỔNG HỢP SỐ LIỆU THEO ĐƠN VỊ", `${plan.title} (${plan.period})`, ...GUIDANCE];
  title.forEach((line, i) => {
    b.merge({ top: i, left: 0, bottom: i, right: width - 1 });
    b.set(i, 0, { text: line }, { bold: i < 3, italic: i >= 3, fontSize: i >= 3 ? 11 : 12, hAlign: i < 3 ? "center" : "left" });
  });
  const header = title.length + 1;
  const head = ["STT", "Tên đơn vị", ...indicators.map((i) => `${i.name} [${i.id}]`)];
  head.forEach((h, k) => b.set(header, k, { text: h }));
  b.style({ top: header, left: 0, bottom: header, right: width - 1 }, { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#DDEBF7" });
  b.height(header, 75);
  b.width(0, 6);
  b.width(1, 30);
  indicators.forEach((ind, k) => {
    b.width(k + 2, 18);
    b.set(header + 1, k + 2, { text: ind.target }, { italic: true, hAlign: "center", wrap: true, border: "thin" });
  });
  b.set(header + 1, 1, { text: "Chỉ tiêu" }, { bold: true, italic: true });
  const formats = indicators.map((ind) => blankFigure(ruleOf(ind)).format);
  units.forEach((u, i) => {
    const r = header + 2 + i;
    b.set(r, 0, { number: i + 1 });
    b.set(r, 1, { text: u });
    b.style({ top: r, left: 0, bottom: r, right: width - 1 }, { border: "thin" });
    b.style({ top: r, left: 2, bottom: r, right: width - 1 }, { fill: INPUT_FILL });
    formats.forEach((fmt, k) => fmt && b.style({ top: r, left: k + 2, bottom: r, right: k + 2 }, { numberFormat: fmt }));
  });
  b.freezeRows = header + 2;
  b.freezeCols = 2;
  b.fitWrappedRows();
  const spec = b.spec();
  const result = checked(spec, plan, opts.lang ?? "vi");
  return { spec, result };
}
