// A target written once over several columns' heads ("Yếu, kém ≤ 3%" merged over the Yếu and Kém pairs of a rating
// table): the bar is on those parts together, as the phrase names each of them. Judging the first part alone passes a
// unit whose parts are each under the bar and together over it; so the parts are summed and judged once.
import type { CellValue } from "../types";
import type { PercentScale } from "../rule/verdict";
import { ratioCells } from "../table/figure";
import { type SheetData, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import { num } from "./findings";
import type { MatrixGroup, MatrixLayout } from "./types";

export interface Joint {
  /** Every part's group, the first (the one judged) included, left to right. */
  parts: MatrixGroup[];
  /** The parts named together ("Học lực – Yếu, Kém"). */
  header: string;
}

const leaf = (h: string) => h.split(" – ").pop()!.trim();
const words = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Targets merged on the target row over two or more groups whose heads the phrase names each: keyed by the first
 * group's index; `covered` holds the others (judged within the first, never on their own).
 * @example jointTargets(sheet, layout) → { joints: Map { 3 → { parts: [Yếu, Kém], header: "Học lực – Yếu, Kém" } }, covered: Set { 4 } }
 */
export function jointTargets(sheet: SheetData, layout: MatrixLayout): { joints: Map<number, Joint>; covered: Set<number> } {
  const joints = new Map<number, Joint>();
  const covered = new Set<number>();
  const tr = layout.targetRow;
  if (tr === undefined) return { joints, covered };
  for (const m of sheet.merges ?? []) {
    if (m.top > tr || m.bottom < tr || m.left === m.right) continue;
    const text = cellText(sheet.values[m.top]?.[m.left]);
    if (!/\d/.test(text)) continue;
    const inside = layout.groups.map((g, i) => ({ g, i })).filter(({ g }) => {
      const cols = [g.col, g.rate, g.numerator, g.denominator].filter((c): c is number => c !== undefined);
      return cols.length > 0 && cols.every((c) => c >= m.left && c <= m.right);
    });
    if (inside.length < 2) continue;
    // Each part named by the phrase ("Yếu, kém" names "Yếu" and "Kém"): otherwise the merge may be only the look of
    // the form, the phrase each column's.
    const said = new Set(words(text));
    if (!inside.every(({ g }) => words(leaf(g.header)).every((w) => said.has(w)))) continue;
    // Shares of one whole never sum past it: rates that do ("Nam, nữ ≥ 95%" over the boys' and the girls' own rates)
    // are each its own share, not parts of one; no joint (each column as before).
    if (overWhole(sheet, layout, inside.map((x) => x.g))) continue;
    joints.set(inside[0].i, { parts: inside.map((x) => x.g), header: `${inside[0].g.header}, ${inside.slice(1).map((x) => leaf(x.g.header)).join(", ")}` });
    for (const x of inside.slice(1)) covered.add(x.i);
    const names = inside.map((x) => leaf(x.g.header)).join(", ");
    (layout.decisions ??= []).push({ vi: `Chỉ tiêu "${text.trim()}" ghi chung cho các cột ${names}: so với tổng các cột đó.`, en: `The target "${text.trim()}" is written over the columns ${names}: judged on their sum.` });
  }
  // The same phrase in one part's own cell, unmerged ("Khá, giỏi ≥ 60%" over Giỏi's "%" beside Khá's blank): the bar is
  // on the parts it names under one heading, summed, as when merged; never on the part it happens to sit over.
  const cols = (g: MatrixGroup) => [g.col, g.rate, g.numerator, g.denominator].filter((c): c is number => c !== undefined);
  const parent = (g: MatrixGroup) => g.header.split(" – ").slice(0, -1).join(" – ");
  layout.groups.forEach((own, oi) => {
    if (joints.has(oi) || covered.has(oi) || !parent(own)) return;
    const at = cols(own).filter((c) => /\d/.test(cellText(sheet.values[tr]?.[c])));
    if (at.length !== 1 || sheet.merges?.some((m) => m.top <= tr && m.bottom >= tr && m.left <= at[0] && m.right >= at[0] && m.left !== m.right)) return;
    const text = cellText(sheet.values[tr]?.[at[0]]);
    // The names listed before the figure, each its own ("Khá, giỏi", "Giỏi và khá"): a part is named when one of them
    // holds its heading's words in a run, and two parts never by one name ("Chưa đạt ≤ 5%" names no "Đạt" too).
    const names = text.split(/\d/)[0].split(/[,;+/&]|(?<!\p{L})(?:và|hoặc)(?!\p{L})/iu).map((x) => ` ${words(x).join(" ")} `);
    const used = new Set<number>();
    const named = (g: MatrixGroup) => {
      const w = words(leaf(g.header)).join(" ");
      const k = w ? names.findIndex((n, j) => !used.has(j) && n.includes(` ${w} `)) : -1;
      return k >= 0 && (used.add(k), true);
    };
    if (!named(own)) return;
    const others = layout.groups.map((g, i) => ({ g, i })).filter(({ g, i }) => i !== oi && !joints.has(i) && !covered.has(i) && parent(g) === parent(own) && named(g));
    // (Each other part's own bar, written in its cell, stays its own.)
    if (others.length === 0 || others.some(({ g }) => cols(g).some((c) => !isEmptyCell(sheet.values[tr]?.[c])))) return;
    const inside = [{ g: own, i: oi }, ...others];
    if (overWhole(sheet, layout, inside.map((x) => x.g))) return;
    joints.set(oi, { parts: inside.map((x) => x.g), header: `${own.header}, ${others.map((x) => leaf(x.g.header)).join(", ")}` });
    for (const x of others) covered.add(x.i);
    const listed = inside.map((x) => leaf(x.g.header)).join(", ");
    (layout.decisions ??= []).push({ vi: `Chỉ tiêu "${text.trim()}" nêu các cột ${listed}: so với tổng các cột đó.`, en: `The target "${text.trim()}" names the columns ${listed}: judged on their sum.` });
  });
  return { joints, covered };
}

/** Whether on some data row the parts' rates sum past the whole (100 points, or 1 where every rate is a fraction). */
function overWhole(sheet: SheetData, layout: MatrixLayout, parts: MatrixGroup[]): boolean {
  const cols = parts.map((g) => g.rate).filter((c): c is number => c !== undefined);
  if (cols.length < parts.length) return false;
  const sums: number[] = [];
  let fraction = true;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const vals = cols.map((c) => num(sheet.values[r]?.[c])).filter((v): v is number => v !== null);
    if (vals.some((v) => v > 1)) fraction = false;
    sums.push(vals.reduce((a, b) => a + b, 0));
  }
  return sums.some((x) => x > (fraction ? 1 : 100) + 1e-9);
}

/**
 * One unit's parts summed: the counts over one whole when every part's rate divides by the same cell ("5/149"), else
 * the rates (or counts) as shown. A blank part beside figures is none of it; all blank is no figure yet.
 * @example jointActual(sheet, 14, joint, true) → { actual: "5/149", scale: "fraction" }
 */
export function jointActual(sheet: SheetData, r: number, joint: Joint, percent: boolean): { actual: CellValue; scale?: PercentScale } {
  const row = sheet.values[r];
  const cols = joint.parts.map((g) => (percent ? (g.rate ?? g.col) : (g.col ?? g.rate))!);
  const cells = cols.map((c) => row?.[c]);
  if (cells.every((v) => isEmptyCell(v))) return { actual: cells[0] ?? null };
  const odd = cells.find((v) => !isEmptyCell(v) && num(v) === null);
  if (odd !== undefined) return { actual: odd };
  if (percent) {
    const src = cols.map((c) => ratioCells(sheet.formulas?.[r]?.[c] ?? "", sheet.origin));
    const den = src[0]?.den;
    if (den && src.every((s) => s && s.den[0] === den[0] && s.den[1] === den[1])) {
      const tops = src.map((s) => num(sheet.values[s!.num[0]]?.[s!.num[1]]));
      const whole = num(sheet.values[den[0]]?.[den[1]]);
      if (tops.every((t) => t !== null) && whole !== null && whole > 0) return { actual: `${tops.reduce((a, b) => a! + b!, 0)}/${whole}`, scale: "fraction" };
    }
  }
  const sum = cells.reduce<number>((a, v) => a + (num(v) ?? 0), 0);
  return { actual: Math.round(sum * 1e6) / 1e6 };
}
