// Realistic sheets of any size for the benchmarks: an indicator list (Hải An shape) and a school × indicator matrix.
import type { CellValue } from "../core/types";
import type { Indicator, Plan } from "../core/plan/schema";
import type { CellRange, SheetData } from "../core/sheet/model";
import { pickOutcome, ruleOf, sampleFigure, unitRandom } from "../cli/xlsx/sample";
import { haiAnListHead } from "../core/sheet/fixtures";

/** Columns of the list: STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Thực hiện: Số lượng | Tỷ lệ (%) | Ghi chú. */
export const LIST_COLUMNS = 7;

const NOTES = ["", "", "", "", "Thiếu 2 GV", "Số liệu tạm tính", "", "Theo báo cáo tháng 5"];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * An indicator list of about `cells` cells (rows × 7 columns), laid out as the Hải An summary: a title block,
 * a two-row header with "Thực hiện" merged over "Số lượng | Tỷ lệ (%)", then one block per school (a section
 * row naming it, every plan indicator with the plan's target text and a figure typed the way clerks type it:
 * counts in "Số lượng", rates either as points in "Tỷ lệ (%)" or as a 0.0%-formatted fraction), and a
 * signature footer. Figures are deterministic: mostly met, some near, some short, a few empty.
 * @example listGrid(plan, 10_000).values.length → 1,429 rows
 */
export function listGrid(plan: Plan, cells: number): SheetData {
  const values: CellValue[][] = haiAnListHead();
  const formats: (string | undefined)[][] = values.map(() => []);
  const rules = plan.indicators.map((ind) => ruleOf(ind));
  const footer: CellValue[][] = [
    [null, null, null, null, null, null, null],
    ["Người lập biểu", null, null, null, "Hải An, ngày 20 tháng 5 năm 2025", null, null],
  ];
  const want = Math.max(1, Math.ceil(cells / LIST_COLUMNS) - values.length - footer.length);
  let block = 0;
  while (values.length - 6 < want) {
    values.push([ROMAN[block % ROMAN.length], `TRƯỜNG SỐ ${block + 1}`, null, null, null, null, null]);
    formats.push([]);
    for (let i = 0; i < plan.indicators.length && values.length - 6 < want; i++) {
      const ind = plan.indicators[i];
      const rule = rules[i];
      const key = `${ind.id}#${block}`;
      const fig = rule ? sampleFigure(rule, pickOutcome(key), key) : { actual: null };
      const row: CellValue[] = [i + 1, ind.name, ind.unit ?? "", ind.target, null, null, NOTES[(i + block) % NOTES.length]];
      const fr: (string | undefined)[] = [];
      const pct = fig.format?.includes("%") && typeof fig.actual === "number";
      if (pct && (i + block) % 2 === 0) row[5] = Math.round((fig.actual as number) * 1000) / 10;
      else {
        row[4] = fig.actual ?? null;
        if (fig.format) fr[4] = fig.format;
      }
      values.push(row);
      formats.push(fr);
    }
    block++;
  }
  values.push(...footer);
  formats.push([], []);
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: 6 },
    { top: 1, left: 0, bottom: 1, right: 6 },
    { top: 2, left: 0, bottom: 2, right: 6 },
    { top: 4, left: 4, bottom: 4, right: 5 },
    { top: 4, left: 0, bottom: 5, right: 0 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 4, left: 3, bottom: 5, right: 3 },
    { top: 4, left: 6, bottom: 5, right: 6 },
  ];
  return { name: "Tổng hợp", values, formats, merges };
}

/** One indicator of the matrix: a column (yes/no, count or rate) or a numerator/denominator/rate triple. */
interface MatrixColumn {
  ind: Indicator;
  kind: "yesno" | "count" | "rate" | "pair";
}

/** The plan's indicators a school reports on, in the kinds a district's matrix uses for them. */
function matrixColumns(plan: Plan): MatrixColumn[] {
  const out: MatrixColumn[] = [];
  for (const ind of plan.indicators) {
    const rule = ruleOf(ind);
    if (!rule) continue;
    if (ind.scope === "unit" && ind.unit === "%") out.push({ ind, kind: "yesno" });
    else if (ind.scope === "unit") out.push({ ind, kind: "count" });
    else if (ind.unit === "%" && (rule.kind === "compare" || rule.kind === "range")) out.push({ ind, kind: out.length % 3 === 0 ? "pair" : "rate" });
  }
  return out;
}

/** Width of `matrixGrid` for a plan: STT, school name, then one or three columns per indicator. */
export function matrixWidth(plan: Plan): number {
  return 2 + matrixColumns(plan).reduce((n, c) => n + (c.kind === "pair" ? 3 : 1), 0);
}

/**
 * A school × indicator matrix of about `cells` cells: a title, a two-row header ("STT | Tên trường | <indicator>…",
 * pairs as "Số đạt | Tổng số | Tỷ lệ (%)" under their merged indicator name), one row per school and a total row.
 * Yes/no indicators hold "Đạt"/"Chưa đạt", counts small integers, rates points with one decimal; pairs a
 * numerator, a denominator and the typed rate. Deterministic.
 * @example matrixGrid(plan, 100_000).values[3][1] → "Trường số 1"
 */
export function matrixGrid(plan: Plan, cells: number): SheetData {
  const cols = matrixColumns(plan);
  const width = matrixWidth(plan);
  const title: CellValue[] = ["TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CÁC TRƯỜNG NĂM HỌC 2024-2025"];
  const head: CellValue[] = ["STT", "Tên trường"];
  const sub: CellValue[] = [null, null];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
  ];
  for (const c of cols) {
    const at = head.length;
    if (c.kind === "pair") {
      head.push(c.ind.name, null, null);
      sub.push("Số đạt", "Tổng số", "Tỷ lệ (%)");
      merges.push({ top: 1, left: at, bottom: 1, right: at + 2 });
    } else {
      head.push(c.kind === "rate" ? `${c.ind.name} (%)` : c.ind.name);
      sub.push(null);
      merges.push({ top: 1, left: at, bottom: 2, right: at });
    }
  }
  const values: CellValue[][] = [title, head, sub];
  const units = Math.max(2, Math.ceil(cells / width) - 4);
  const totals = new Array<number>(width).fill(0);
  for (let u = 0; u < units; u++) {
    const row: CellValue[] = [u + 1, `Trường số ${u + 1}`];
    for (const c of cols) {
      const key = `${c.ind.id}#${u}`;
      const r = unitRandom(key, 3);
      const outcome = pickOutcome(key);
      if (c.kind === "yesno") row.push(outcome === "empty" ? null : outcome === "met" || outcome === "near" ? "Đạt" : "Chưa đạt");
      else if (c.kind === "count") row.push(outcome === "empty" ? null : outcome === "short" ? 0 : 1 + Math.floor(r * 3));
      else {
        const rule = ruleOf(c.ind)!;
        const fig = sampleFigure(rule, outcome, key);
        const share = typeof fig.actual === "number" ? (fig.format?.includes("%") ? fig.actual : fig.actual / 100) : null;
        if (c.kind === "rate") row.push(share === null ? null : Math.round(share * 1000) / 10);
        else {
          const den = 20 + Math.floor(r * 60);
          const numer = share === null ? null : Math.min(den, Math.round(share * den));
          row.push(numer, share === null ? null : den, numer === null ? null : Math.round((numer / den) * 1000) / 10);
        }
      }
    }
    row.forEach((v, i) => {
      if (i >= 2 && typeof v === "number") totals[i] += v;
    });
    values.push(row);
  }
  const total: CellValue[] = [null, "Tổng cộng"];
  cols.forEach((c) => {
    const at = total.length;
    if (c.kind === "pair") total.push(totals[at], totals[at + 1], null);
    else total.push(c.kind === "count" ? totals[at] : null);
  });
  values.push(total);
  return { name: "Các trường", values, merges };
}

/** Cells of a sheet: rows × width of the widest row. */
export function cellCount(sheet: SheetData): number {
  let w = 0;
  for (const r of sheet.values) w = Math.max(w, r.length);
  return sheet.values.length * w;
}
