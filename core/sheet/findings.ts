// Data checks of a sheet check: figures that contradict each other (numerator above denominator, parts above their total, shares not summing to 100%).
import type { CellValue } from "../types";
import type { Indicator } from "../plan/schema";
import type { PercentScale } from "../rule/verdict";
import { formatNumber } from "../number/format";
import { cellScale } from "../table/scale";
import { type CellRef, cellAddress } from "./model";
import { cellText, fold } from "./text";
import { type Ctx, MAX_FINDINGS_PER_CODE, addFinding, formatAt } from "./judge";
import type { CheckedItem, MatrixLayout } from "./types";

export const num = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A rate cell as a fraction of the whole (0.857), given its scale. */
export function asFraction(v: number, scale: PercentScale): number {
  if (scale === "fraction") return v;
  if (scale === "points") return v / 100;
  return v > 1 ? v / 100 : v;
}


export function errorFinding(ctx: Ctx, cell: CellRef, name: string, code: string): void {
  addFinding(ctx, {
    code: "error_value",
    severity: "warning",
    cells: [cell],
    message: {
      vi: `Ô ${cellAddress(ctx.sheet, cell.row, cell.col)} (${name}) có lỗi ${code}.`,
      en: `Cell ${cellAddress(ctx.sheet, cell.row, cell.col)} (${name}) holds the error ${code}.`,
    },
  });
}

/** Numerator above denominator; a rate column that disagrees with its pair. */
export function pairChecks(ctx: Ctx, r: number, nc: number | undefined, dc: number | undefined, rc: number | undefined, ratePct: boolean, name: string): void {
  if (nc === undefined || dc === undefined) return;
  const row = ctx.sheet.values[r];
  const n = num(row?.[nc]);
  const d = num(row?.[dc]);
  if (n === null || d === null) return;
  const at = (c: number) => cellAddress(ctx.sheet, r, c);
  if (n > d) {
    addFinding(ctx, {
      code: "numerator_above_denominator",
      severity: "error",
      cells: [{ row: r, col: nc }, { row: r, col: dc }],
      message: {
        vi: `${name}: tử số ${formatNumber(n)} (ô ${at(nc)}) lớn hơn mẫu số ${formatNumber(d)} (ô ${at(dc)}).`,
        en: `${name}: numerator ${formatNumber(n, "en")} (cell ${at(nc)}) is above the denominator ${formatNumber(d, "en")} (cell ${at(dc)}).`,
      },
    });
    return;
  }
  if (rc === undefined || d === 0) return;
  const rate = num(row?.[rc]);
  if (rate === null) return;
  // The one percent-scale rule; a rate that could be either scale disagrees only if it fits neither.
  const s = cellScale(rate, { format: formatAt(ctx.sheet, r, rc) });
  const readings = s === "either" ? (ratePct ? [rate / 100, rate] : [rate, rate / 100]) : [asFraction(rate, s === "auto" ? "points" : s)];
  const share = readings[0];
  // Half a percentage point: rates are usually typed rounded to one decimal.
  if (readings.every((x) => Math.abs(x - n / d) > 0.005)) {
    addFinding(ctx, {
      code: "rate_mismatch",
      severity: "warning",
      cells: [{ row: r, col: rc }],
      message: {
        vi: `${name}: tỷ lệ ở ô ${at(rc)} là ${formatNumber(share * 100)}% nhưng ${formatNumber(n)}/${formatNumber(d)} = ${formatNumber((n / d) * 100)}%.`,
        en: `${name}: the rate in cell ${at(rc)} is ${formatNumber(share * 100, "en")}% but ${formatNumber(n, "en")}/${formatNumber(d, "en")} = ${formatNumber((n / d) * 100, "en")}%.`,
      },
    });
  }
}

/** Counts of sub-items ("1.1", "1.2") adding up to more than their parent ("1"), same non-percent ĐVT. */
export function partsChecks(ctx: Ctx, items: CheckedItem[], sttCol: number): void {
  const bySttNo = new Map<string, CheckedItem>();
  const children = new Map<string, CheckedItem[]>();
  for (const it of items) {
    const stt = cellText(ctx.sheet.values[it.row]?.[sttCol]).replace(/\.$/, "");
    if (!/^\d+(\.\d+)*$/.test(stt)) continue;
    bySttNo.set(stt, it);
    const dot = stt.lastIndexOf(".");
    if (dot > 0) {
      const p = stt.slice(0, dot);
      const l = children.get(p);
      if (l) l.push(it);
      else children.set(p, [it]);
    }
  }
  for (const [p, kids] of children) {
    const parent = bySttNo.get(p);
    if (!parent || kids.length < 2) continue;
    const pv = num(parent.actual);
    if (pv === null || !parent.unit || parent.unit.includes("%") || parent.percentScale === "fraction") continue;
    let sum = 0;
    let ok = true;
    for (const k of kids) {
      const v = num(k.actual);
      if (v === null || k.unit !== parent.unit) {
        ok = false;
        break;
      }
      sum += v;
    }
    if (!ok || sum <= pv + 1e-9) continue;
    addFinding(ctx, {
      code: "parts_exceed_total",
      severity: "warning",
      cells: [parent.cell, ...kids.map((k) => k.cell)],
      message: {
        vi: `Các mục ${kids.map((k) => cellText(ctx.sheet.values[k.row]?.[sttCol])).join(", ")} cộng lại ${formatNumber(sum)} ${parent.unit}, lớn hơn tổng ${formatNumber(pv)} ở mục ${p} (${parent.name}).`,
        en: `Items ${kids.map((k) => cellText(ctx.sheet.values[k.row]?.[sttCol])).join(", ")} add up to ${formatNumber(sum, "en")} ${parent.unit}, more than the total ${formatNumber(pv, "en")} of item ${p} (${parent.name}).`,
      },
    });
  }
}

/** A figure as a share of the whole, or null when it is not a plain share. */
function shareOf(it: CheckedItem): number | null {
  const v = it.actual;
  if (typeof v === "number") return asFraction(v, it.percentScale);
  if (typeof v === "string") {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(v);
    if (m) return Number(m[1].replace(",", ".")) / 100;
    const f = /^(-?[\d.]+)\/([\d.]+)$/.exec(v);
    if (f && Number(f[2]) > 0) return Number(f[1]) / Number(f[2]);
  }
  return null;
}

/** Categories of one distribution (plan `distribution` key) whose shares do not sum to 100%. */
export function distributionChecks(ctx: Ctx, items: CheckedItem[], byId: Map<string, Indicator>, unitName?: string): void {
  const groups = new Map<string, CheckedItem[]>();
  for (const it of items) {
    const key = it.indicatorId ? byId.get(it.indicatorId)?.distribution : undefined;
    if (!key) continue;
    const l = groups.get(key);
    if (l) l.push(it);
    else groups.set(key, [it]);
  }
  for (const [key, its] of groups) {
    const expected = [...byId.values()].filter((i) => i.distribution === key).length;
    if (its.length < 2 || its.length < expected) continue;
    let sum = 0;
    for (const it of its) {
      const s = shareOf(it);
      if (s === null) return;
      sum += s;
    }
    if (Math.abs(sum - 1) <= 0.005) continue;
    const where = unitName ? ` (${unitName})` : "";
    addFinding(ctx, {
      code: "distribution_not_100",
      severity: "error",
      cells: its.map((i) => i.cell),
      message: {
        vi: `Các loại ${its.map((i) => `"${i.name}"`).join(", ")}${where} cộng lại ${formatNumber(sum * 100)}%, không phải 100%.`,
        en: `Categories ${its.map((i) => `"${i.name}"`).join(", ")}${where} add up to ${formatNumber(sum * 100, "en")}%, not 100%.`,
      },
    });
  }
}


/** A total row whose figures differ from the sum of the units' figures. */
export function totalChecks(ctx: Ctx, layout: MatrixLayout, cols: (number | undefined)[], unitRows: number[], name: string): void {
  const tr = layout.totalRow!;
  for (const c of cols) {
    if (c === undefined) continue;
    if (formatAt(ctx.sheet, tr, c).includes("%")) continue;
    const total = num(ctx.sheet.values[tr]?.[c]);
    if (total === null) continue;
    let sum = 0;
    let n = 0;
    let lo = Infinity;
    let hi = -Infinity;
    let whole = true;
    for (const r of unitRows) {
      const v = num(ctx.sheet.values[r]?.[c]);
      if (v === null) continue;
      sum += v;
      n++;
      whole &&= Number.isInteger(v);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (Math.abs(sum - total) <= 1e-6 * Math.max(1, Math.abs(total))) continue;
    // A "Toàn huyện" row within the units' own range may be their average, not a sum ("Bình quân 17,5 tiêu chí/xã"): so
    // it is where its row or column says so ("bình quân", "trung bình"), or where it carries decimals no unit's figure
    // does and every unit's figure was read; then it is held to the mean, to the rounding it shows (where every figure
    // was read). Else a figure within the range is still checked as a sum: an AVERAGE typed for a SUM is flagged.
    const decimals = (String(total).split(".")[1] ?? "").length;
    const said = /binh quan|trung binh/.test(fold(`${(ctx.sheet.values[tr] ?? []).map((x) => cellText(x)).join(" ")} ${(ctx.sheet.values.slice(0, unitRows[0] ?? 0).map((row) => cellText(row?.[c])).join(" "))}`));
    const mean = n >= 2 && lo <= total && total <= hi && (said || (decimals > 0 && whole && n === unitRows.length));
    if (mean && (n < unitRows.length || Math.abs(sum / n - total) <= 0.5 * 10 ** -decimals + 1e-9)) continue;
    const at = cellAddress(ctx.sheet, tr, c);
    const other = mean ? sum / n : sum;
    addFinding(ctx, {
      code: "parts_not_summing",
      severity: "warning",
      cells: [{ row: tr, col: c }],
      message: {
        vi: `${name}: dòng tổng (ô ${at}) ghi ${formatNumber(total)} nhưng ${mean ? "trung bình các đơn vị là" : "các đơn vị cộng lại"} ${formatNumber(other)}.`,
        en: `${name}: the total row (cell ${at}) says ${formatNumber(total, "en")} but the units ${mean ? "average" : "add up to"} ${formatNumber(other, "en")}.`,
      },
    });
  }
}
