// Targets by unit kept on another sheet of the workbook ("Chỉ tiêu giao": the same units and indicators as the results
// sheet, in another order, names written another way): each unit's own target, found by unit name and heading.
import type { Bilingual, CellValue } from "../types";
import type { Period } from "../period/period";
import { type SheetData, columnLetters, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import { detectLayouts } from "./layout";
import type { MatrixLayout } from "./types";

/** A unit's target found on another sheet: the cell's value and number format, and where it stands. */
export interface SiblingTarget {
  value: CellValue;
  format?: string;
  /** "Chỉ tiêu giao!E14". */
  at: string;
}

/** Per group (index in `layout.groups`), per unit row of the sheet checked: its target on the other sheet. */
export interface SiblingTargets {
  byGroup: Map<number, Map<number, SiblingTarget>>;
  /** The sheet the targets were taken from. */
  sheet: string;
  decision: Bilingual;
}

/** A sheet or title line that says the table holds targets: "Chỉ tiêu giao …", "Kế hoạch …", "Biểu 1: Chỉ tiêu …". */
const TARGET_TITLE = /^(bieu (so )?\S+ )?(chi tieu|ke hoach|muc tieu|dang ki chi tieu)\b/;
/** Kinds of unit written before a unit's name ("Xã Si Ma Cai" is "Si Ma Cai" on a list of communes). */
const UNIT_KIND = /^(xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|tinh|truong|thon|ban|to dan pho|khu pho|lop)\s+/;

/** Whether the sheet holds targets by its name or the title line over its table. */
function holdsTargets(sheet: SheetData, headerTop: number): boolean {
  if (TARGET_TITLE.test(fold(sheet.name))) return true;
  for (let r = 0; r < headerTop; r++) {
    const row = sheet.values[r] ?? [];
    const first = row.find((v) => typeof v === "string" && v.trim() !== "");
    if (typeof first === "string" && TARGET_TITLE.test(fold(first))) return true;
  }
  return false;
}

/** Words of a heading, its bracketed remark left out ("Số học viên hoàn thành mức 3 (được công nhận biết chữ)"). */
function words(heading: string): string[] {
  return fold(heading.replace(/\([^()]*\)/g, " ")).split(/\s+/).filter(Boolean);
}

/** How far two headings name the same thing: shared words over the shorter heading's. */
function headingFit(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.length, wb.size);
}

/**
 * Whether two unit names name the same unit: the same words once the kind of unit is left off ("Xã Si Ma Cai" and
 * "Si Ma Cai"), a word written as its initial counting ("Xã Q. Thần Sán" and "Quan Thần Sán").
 */
export function sameUnit(a: string, b: string): boolean {
  // The kind is left off or kept on either side: "Bản", "Quan" are also the first word of names ("Bản Mế", "Quan Thần Sán").
  // Only a letter written with its dot ("Q.") stands for a word; a one-letter name ("Lớp 5 A") is itself.
  const readings = (s: string) => {
    const f = fold(s.normalize("NFC").replace(/(^|\s)(\p{L})\.\s*/gu, "$1$2zzinitial ")).replace(/\s+/g, " ").trim();
    const bare = f.replace(UNIT_KIND, "");
    return (bare === f || bare === "" ? [f] : [f, bare]).map((t) => t.split(" "));
  };
  const initial = (w: string, full: string) => w.length === 10 && w.endsWith("zzinitial") && full.startsWith(w[0]) && !full.endsWith("zzinitial");
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, i) => w === y[i] || initial(w, y[i]) || initial(y[i], w));
  const ys = readings(b);
  return readings(a).some((x) => ys.some((y) => same(x, y)));
}

/**
 * Each unit's target from another sheet of the workbook whose name or title says it holds targets and whose table
 * has the same kind of units and headings matching this table's indicators: each indicator takes the column whose
 * heading shares most of its words (all but one at least, one column per indicator), each unit the one row naming it.
 * A unit the other sheet does not name, or names twice, gets none (listed as not judged). Null when no sheet fits.
 */
export function siblingTargets(sheet: SheetData, layout: MatrixLayout, siblings: readonly SheetData[], opts: { asOf?: string; period?: Period | null }): SiblingTargets | null {
  const unitRows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) if (typeof sheet.values[r]?.[layout.unitColumn] === "string") unitRows.push(r);
  for (const other of siblings) {
    if (other === sheet || other.name === sheet.name) continue;
    const found = detectLayouts(other, { ...(opts.asOf ? { asOf: opts.asOf } : {}), period: opts.period ?? null }).find((l): l is MatrixLayout => l.shape === "matrix");
    if (!found || !holdsTargets(other, found.headerRows[0])) continue;
    // Indicators to the other sheet's columns: the best heading fit, each column taken once.
    const pairs: Array<{ g: number; col: number; fit: number }> = [];
    layout.groups.forEach((g, gi) => {
      if (g.target !== undefined) return;
      for (const og of found.groups) {
        const col = og.col ?? og.rate;
        if (col === undefined) continue;
        const fit = headingFit(g.header, og.header);
        if (fit >= 0.75) pairs.push({ g: gi, col, fit });
      }
    });
    pairs.sort((a, b) => b.fit - a.fit);
    const takenG = new Set<number>();
    const takenC = new Set<number>();
    const columns = new Map<number, number>();
    for (const p of pairs) {
      if (takenG.has(p.g) || takenC.has(p.col)) continue;
      takenG.add(p.g);
      takenC.add(p.col);
      columns.set(p.g, p.col);
    }
    if (columns.size === 0) continue;
    // Units to the other sheet's rows: the one row naming the same unit.
    const excluded = new Set((found.excludedRows ?? []).map((e) => e.row));
    const theirs: number[] = [];
    for (let r = found.firstDataRow; r <= found.lastDataRow; r++) if (!excluded.has(r) && typeof other.values[r]?.[found.unitColumn] === "string") theirs.push(r);
    const rowOf = new Map<number, number>();
    for (const r of unitRows) {
      const name = cellText(sheet.values[r]?.[layout.unitColumn]);
      const hits = theirs.filter((t) => sameUnit(name, cellText(other.values[t]?.[found.unitColumn])));
      if (hits.length === 1) rowOf.set(r, hits[0]);
    }
    if (rowOf.size === 0) continue;
    const byGroup = new Map<number, Map<number, SiblingTarget>>();
    for (const [g, col] of columns) {
      const m = new Map<number, SiblingTarget>();
      for (const [r, t] of rowOf) {
        const value = other.values[t]?.[col];
        if (isEmptyCell(value)) continue;
        const format = other.formats?.[t]?.[col];
        m.set(r, { value, ...(format ? { format } : {}), at: `${other.name}!${columnLetters(col + (other.origin?.col ?? 0))}${t + 1 + (other.origin?.row ?? 0)}` });
      }
      if (m.size > 0) byGroup.set(g, m);
    }
    if (byGroup.size === 0) continue;
    const named = [...byGroup.keys()].map((g) => `"${layout.groups[g].header}"`).join(", ");
    return {
      byGroup,
      sheet: other.name,
      decision: {
        vi: `Chỉ tiêu của từng ${layout.unitNoun} lấy ở trang "${other.name}" (ghép theo tên ${layout.unitNoun} và tiêu đề cột): ${named}; ${rowOf.size}/${unitRows.length} ${layout.unitNoun} có tên ở trang đó.`,
        en: `Each unit's target is taken from sheet "${other.name}" (matched by unit name and column heading): ${named}; ${rowOf.size} of ${unitRows.length} units are named there.`,
      },
    };
  }
  return null;
}
