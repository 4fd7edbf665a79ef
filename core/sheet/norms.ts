import { holdsTargets, rowEvidence } from "../table/evidence";
import { type SheetData, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import type { MatrixGroup } from "./types";

/**
 * A block of norms above a unit table, one row per kind of unit, over the same columns as the table's indicators:
 *
 *   Khu vực   | Hộ gia đình đạt chuẩn … | Thôn … đạt chuẩn văn hóa
 *   Đồng bằng | Hơn 90%                 | Hơn 90%
 *   Miền núi  | Hơn 90%                 | 88%
 *   …
 *   TT | Huyện | Khu vực   | Tỷ lệ hộ gia đình đạt chuẩn … (%) | Tỷ lệ thôn … đạt chuẩn văn hóa (%)
 *   1  | A     | Miền núi  | 90,7                              | 88,0
 *
 * A column of the table (the key) names each unit's kind; the norm row of that kind holds the unit's targets, in the
 * column of the same indicator. Only taken when the block's headings say the same indicators as the table's, column by
 * column, and every kind the key column names has exactly one norm row: otherwise nothing here decides which norm is a
 * unit's, and the units stay without targets (said, never guessed).
 */
export interface NormBlock {
  /** Row of the block's headings. */
  headerRow: number;
  /** The table's column naming each unit's kind ("Khu vực"). */
  keyColumn: number;
  /** The kinds as written, each with its norm row, in the block's order. */
  rows: Array<{ kind: string; row: number }>;
}

/** The norm row for a unit whose key cell says `kind`, or undefined. */
export function normRowOf(block: Pick<NormBlock, "rows">, kind: string): number | undefined {
  const k = fold(kind.trim());
  return k === "" ? undefined : block.rows.find((x) => fold(x.kind) === k)?.row;
}

/** How far above the table's header a norm block may start. */
const REACH = 15;

const words = (s: string) => fold(s).replace(/\([^()]*\)/g, " ").split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/**
 * The block's heading says the table's indicator when almost all its words are the indicator's ("Hộ gia đình đạt chuẩn
 * gia đình văn hóa" in "Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa (%)"): at least two words, at most one missing in
 * four.
 */
export function sameIndicator(blockHeading: string, tableHeading: string): boolean {
  const a = words(blockHeading);
  if (a.length < 2) return false;
  const b = new Set(words(tableHeading));
  const hit = a.filter((w) => b.has(w)).length;
  return hit * 4 >= a.length * 3;
}

/**
 * The norm block above a unit table (see NormBlock), or null.
 * @param units the table's unit rows (targets, totals and sections left out)
 */
export function normBlock(sheet: SheetData, headerTop: number, groups: MatrixGroup[], unitColumn: number, units: number[]): NormBlock | null {
  const indicatorCols = groups.map((g) => ({ g, k: [g.col, g.rate, g.numerator].filter((c): c is number => c !== undefined) }));
  for (let h = headerTop - 1; h >= Math.max(0, headerTop - REACH); h--) {
    const row = sheet.values[h] ?? [];
    // The block's headings: each filled cell over an indicator column says that indicator, two at least, none other.
    const agreeing: number[] = [];
    let disagree = false;
    for (const { g, k } of indicatorCols) {
      for (const c of k) {
        const v = row[c];
        if (typeof v !== "string" || v.trim() === "") continue;
        if (sameIndicator(v, g.header)) agreeing.push(c);
        else disagree = true;
      }
    }
    if (disagree || agreeing.length < 2) continue;
    const first = Math.min(...agreeing);
    // Norm rows: under the headings, each naming its kind left of the norms and stating targets in their columns.
    const rows = new Map<string, number>();
    const kinds: string[] = [];
    for (let r = h + 1; r < headerTop; r++) {
      if (agreeing.every((c) => isEmptyCell(sheet.values[r]?.[c]))) break;
      let kind = "";
      for (let c = 0; c < first && kind === ""; c++) kind = cellText(sheet.values[r]?.[c]).trim();
      const e = rowEvidence(sheet, r, agreeing);
      if (kind === "" || kind.length > 40 || !(holdsTargets(e) || (e.filled > 0 && e.figure + e.target === e.filled))) return null;
      const key = fold(kind);
      if (rows.has(key)) return null;
      rows.set(key, r);
      kinds.push(kind);
    }
    if (rows.size === 0) return null;
    // The key column: one of the table's own columns, not an indicator's, whose filled unit cells are kinds of the
    // block (three in four at least: a unit of a kind the block lacks has no norm), on two units and half of them.
    const taken = new Set(agreeing);
    const width = Math.max(0, ...units.map((r) => sheet.values[r]?.length ?? 0));
    const keys: number[] = [];
    for (let c = 0; c < width; c++) {
      if (c === unitColumn || taken.has(c)) continue;
      let filled = 0;
      let known = 0;
      for (const r of units) {
        const t = cellText(sheet.values[r]?.[c]).trim();
        if (t === "") continue;
        filled++;
        if (rows.has(fold(t))) known++;
      }
      if (known >= 2 && known * 4 >= filled * 3 && known * 2 >= units.length) keys.push(c);
    }
    return keys.length === 1 ? { headerRow: h, keyColumn: keys[0], rows: kinds.map((kind) => ({ kind, row: rows.get(fold(kind))! })) } : null;
  }
  return null;
}
