// Targets by unit kept on another sheet of the workbook ("Chỉ tiêu giao": the same units and indicators as the results
// sheet, in another order, names written another way): each unit's own target, found by unit name and heading.
import { planHorizon } from "./planhorizon";
import type { Bilingual, CellValue } from "../types";
import type { Period } from "../period/period";
import { type SheetData, columnLetters, isEmptyCell } from "./model";
import { cellText, fold } from "./text";
import { detectLayouts } from "./layout";
export { headingBound } from "./list";
import type { Layout, MatrixLayout } from "./types";

/** A unit's target found on another sheet: the cell's value and number format, and where it stands. */
export interface SiblingTarget {
  value: CellValue;
  format?: string;
  /** "Chỉ tiêu giao!E14". */
  at: string;
  /** The heading of the line the target stands on there ("Tỷ lệ sinh con thứ 3 trở lên không quá (%)"). */
  heading?: string;
}

/** Per group (index in `layout.groups`), per unit row of the sheet checked: its target on the other sheet. */
export interface SiblingTargets {
  byGroup: Map<number, Map<number, SiblingTarget>>;
  /** The sheet the targets were taken from. */
  sheet: string;
  /** The targets run to a horizon their title names ("đến năm 2025"): its last day, ISO. */
  horizon?: string;
  decision: Bilingual;
}

/**
 * A sheet name or title line that says the table holds targets: "Chỉ tiêu giao …", "Kế hoạch …", "Biểu 1: Chỉ tiêu
 * …", "I. MỤC TIÊU ĐẾN NĂM 2025 …". Folded.
 */
export const TARGET_TITLE = /^((bieu (so )?\S+|[ivx]{1,4}|\d{1,2}|[a-d])\.?\s+)?(chi tieu|ke hoach|muc tieu|dang ki chi tieu)\b/;
/**
 * Kinds of unit written before a unit's name ("Xã Si Ma Cai" is "Si Ma Cai" on a list of communes); a school's level,
 * in full or short, is its kind too ("THCS Thọ Hải", "Trường TH Lũng Niêm", "Trường mầm non Hoa Mai").
 */
const UNIT_KIND = /^(xa|phuong|thi tran|thi xa|huyen|quan|thanh pho|tinh|trung tam|(truong )?(mn|mg|th|thcs|thpt|mam non|tieu hoc|trung hoc co so)|truong|thon|ban|to dan pho|khu pho|lop)\s+/;

/** Rows of a sheet's title block looked at for a title saying it holds targets. */
export const MAX_TITLE_ROWS = 20;

/** Whether a folded line names another sheet of the workbook ("chi tieu giao sheet giao chi tieu 2022"): it points there. */
export function pointsTo(line: string, names: readonly string[]): boolean {
  return names.some((n) => ` ${line} `.includes(` sheet ${fold(n)} `));
}

/**
 * Whether a sheet says it holds targets: its name, or a line of its title block that points to no other sheet of
 * the workbook ("(Chỉ tiêu giao: sheet "Giao chi tieu")" says where a results sheet's targets are, not that it holds any).
 */
export function titledTargets(sheet: SheetData, names: readonly string[]): boolean {
  if (TARGET_TITLE.test(fold(sheet.name))) return true;
  const others = names.filter((n) => n !== sheet.name);
  for (let r = 0; r < Math.min(sheet.values.length, MAX_TITLE_ROWS); r++) {
    const t = firstText(sheet, r);
    if (TARGET_TITLE.test(t) && !pointsTo(t, others)) return true;
  }
  return false;
}

/** The first text of a row, folded ("" for none). */
export function firstText(sheet: SheetData, r: number): string {
  const v = (sheet.values[r] ?? []).find((x) => typeof x === "string" && x.trim() !== "");
  return typeof v === "string" ? fold(v) : "";
}

/**
 * The title that says a table holds targets, or null: on another sheet its name or any title line above the table;
 * on the sheet checked, the line right above the table (the section title "I. MỤC TIÊU …" over it).
 */
function targetTitle(sheet: SheetData, headerTop: number, sameSheet: boolean): string | null {
  if (sameSheet) {
    for (let r = headerTop - 1; r >= 0 && r >= headerTop - 3; r--) {
      const t = firstText(sheet, r);
      if (t !== "") return TARGET_TITLE.test(t) ? t : null;
    }
    return null;
  }
  if (TARGET_TITLE.test(fold(sheet.name))) return fold(sheet.name);
  for (let r = 0; r < headerTop; r++) if (TARGET_TITLE.test(firstText(sheet, r))) return firstText(sheet, r);
  return null;
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
 * Whether two unit names name the same unit: the same words once the kind of unit is left off one of them ("Xã Si Ma
 * Cai" and "Si Ma Cai", never "Xã Tân Lập" and "Thị trấn Tân Lập"), a word written as its initial counting ("Xã Q.
 * Thần Sán" and "Quan Thần Sán").
 */
export function sameUnit(a: string, b: string): boolean {
  // The kind is left off or kept on either side: "Bản", "Quan" are also the first word of names ("Bản Mế", "Quan Thần Sán").
  // Only a letter written with its dot ("Q.") stands for a word; a one-letter name ("Lớp 5 A") is itself.
  const readings = (s: string) => {
    // A town's or city's kind written short is the same kind ("TT Yên Mỹ" is "Thị trấn Yên Mỹ", "TX", "TP" alike).
    // "TT" before an acronym or a common noun is a centre ("TT GDNN-GDTX", "TT Y tế"): a town's name capitalises
    // every word. A name in capitals ("TT YÊN MỸ", "TT GDTX HUYỆN") or with a lowercase word after a capitalised one ("TT
    // Nông trường Mộc Châu") is read both ways; one opening on a centre's common noun ("TT Y tế huyện") is a centre.
    const after = s.trim().split(/\s+/).slice(1).filter((w) => /\p{L}/u.test(w));
    const tt = /^\s*TT\.? /u.test(s);
    const centre = tt && (/^(?:y tế|giáo dục|văn hóa|dạy nghề|bồi dưỡng|học tập|dịch vụ|kỹ thuật|hỗ trợ)/iu.test(after.join(" ")) || (after.length === 1 && /^[\p{Lu}\d-]{2,}$/u.test(after[0])));
    const caps = tt && after.length > 1 && after.every((w) => /^[\p{Lu}\d-]+$/u.test(w));
    const town = !tt || (!centre && (caps || /^\p{Lu}\p{Ll}/u.test(after[0] ?? "")));
    const base = fold(s.normalize("NFC").replace(/(^|\s)(\p{L})\.\s*/gu, "$1$2zzinitial ")).replace(/\s+/g, " ").trim().replace(/^tp /, "thanh pho ");
    const kinds = (k: string) => (k === "x" ? ["thi xa "] : caps ? ["thi tran ", "trung tam "] : [town ? "thi tran " : "trung tam "]);
    const fs = /^t[tx] /.test(base) ? kinds(base[1]).map((w) => w + base.slice(3)) : [base];
    return fs.flatMap((f) => {
      const bare = f.replace(UNIT_KIND, "");
      return (bare === f || bare === "" ? [f] : [f, bare]).map((t, i) => ({ words: t.split(" "), kindDropped: i === 1 }));
    });
  };
  const initial = (w: string, full: string) => w.length === 10 && w.endsWith("zzinitial") && full.startsWith(w[0]) && !full.endsWith("zzinitial");
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, i) => w === y[i] || initial(w, y[i]) || initial(y[i], w));
  // A kind left off one side only: two names that each keep a kind of their own ("Xã Tân Lập", "Thị trấn Tân Lập")
  // are two units, however alike the rest.
  const ys = readings(b);
  return readings(a).some((x) => ys.some((y) => !(x.kindDropped && y.kindDropped) && same(x.words, y.words)));
}

/**
 * Each unit's target from a table of targets elsewhere in the workbook: another sheet whose name or title says it
 * holds targets, or another table on this sheet under a title that does ("I. MỤC TIÊU ĐẾN NĂM 2025"). The table may
 * list the units by row and the indicators by column, as this one does, or the other way round (indicators by row,
 * units by column). Each indicator takes the line whose heading shares most of its words (all but one at least, each
 * line once), each unit the one line naming it. A unit the table does not name, or names twice, gets none (listed as
 * not judged). A horizon in the title ("đến năm 2025") is kept: short figures before it are not yet due. Null when no
 * table fits.
 */
export function siblingTargets(sheet: SheetData, layout: MatrixLayout, siblings: readonly SheetData[], opts: { asOf?: string; period?: Period | null }): SiblingTargets | null {
  const unitRows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) if (typeof sheet.values[r]?.[layout.unitColumn] === "string") unitRows.push(r);
  const unitName = (r: number) => cellText(sheet.values[r]?.[layout.unitColumn]);
  const detect = { ...(opts.asOf ? { asOf: opts.asOf } : {}), period: opts.period ?? null };
  const sources: Array<{ src: SheetData; l: Layout; same: boolean }> = [];
  for (const l of detectLayouts(sheet, detect)) if (l.headerRows[0] !== layout.headerRows[0] && (l.lastDataRow < layout.headerRows[0] || l.headerRows[0] > layout.lastDataRow)) sources.push({ src: sheet, l, same: true });
  // A sheet that says it holds targets itself (its name, or the title right above its table: "CHỈ TIÊU GIAO …") is
  // not checked against another's: two sheets of targets (this year's, last year's) would judge each other.
  // A line naming another sheet of the workbook ("(Chỉ tiêu giao: sheet "Giao chi tieu 2021-2022")") points there.
  const own = targetTitle(sheet, layout.headerRows[0], true);
  const names = [sheet.name, ...siblings.map((o) => o.name)];
  const selfTargets = TARGET_TITLE.test(fold(sheet.name)) || (own !== null && !pointsTo(own, names.filter((n) => n !== sheet.name)));
  for (const other of selfTargets ? [] : siblings) {
    if (other === sheet || other.name === sheet.name) continue;
    // Only a sheet whose name or a line of its title block says targets is read: a workbook of many result sheets
    // is not read again for every one of them.
    if (!titledTargets(other, names)) continue;
    for (const l of detectLayouts(other, detect)) sources.push({ src: other, l, same: false });
  }
  const found: SiblingTargets[] = [];
  for (const { src, l, same } of sources) {
    const title = targetTitle(src, l.headerRows[0], same);
    if (title === null) continue;
    const key = l.shape === "matrix" ? l.unitColumn : l.columns.name;
    if (key === undefined) continue;
    const head = l.headerRows[l.headerRows.length - 1];
    // A total row of targets ("Cộng": the units' targets summed) sets nothing for the whole; a column of the whole's
    // own targets ("Toàn tỉnh" beside the districts) does.
    const excluded = new Set((l.excludedRows ?? []).map((e) => e.row));
    const rows: number[] = [];
    for (let r = l.firstDataRow; r <= l.lastDataRow; r++) if (!excluded.has(r) && typeof src.values[r]?.[key] === "string") rows.push(r);
    // A loop, not Math.max(...rows): a spread of a long table's rows (a sheet of every village) overflows the stack.
    let width = src.values[head]?.length ?? 0;
    for (const r of rows) width = Math.max(width, src.values[r]?.length ?? 0);
    const cols: number[] = [];
    for (let c = 0; c < width; c++) if (c !== key && !(src.hiddenColumns ?? []).includes(c) && cellText(src.values[head]?.[c]).trim() !== "") cols.push(c);
    const keyText = (r: number) => cellText(src.values[r]?.[key]);
    const headText = (c: number) => cellText(src.values[head]?.[c]);
    // Units by row and indicators by column, as here; or indicators by row and units by column.
    const byRow = pairUp(layout, cols.map((c) => ({ at: c, text: headText(c) })), rows.map((r) => ({ at: r, text: keyText(r) })), unitRows, unitName);
    const byCol = pairUp(layout, rows.map((r) => ({ at: r, text: keyText(r) })), cols.map((c) => ({ at: c, text: headText(c) })), unitRows, unitName);
    const size = (p: Paired) => p.indicators.size * p.units.size;
    const best = size(byCol) > size(byRow) ? { p: byCol, cell: (ind: number, unit: number) => [ind, unit] as const, heading: keyText } : { p: byRow, cell: (ind: number, unit: number) => [unit, ind] as const, heading: headText };
    if (size(best.p) === 0) continue;
    const byGroup = new Map<number, Map<number, SiblingTarget>>();
    for (const [g, ind] of best.p.indicators) {
      const m = new Map<number, SiblingTarget>();
      for (const [r, u] of best.p.units) {
        const [tr, tc] = best.cell(ind, u);
        const value = src.values[tr]?.[tc];
        if (isEmptyCell(value)) continue;
        const format = src.formats?.[tr]?.[tc];
        const heading = best.heading(ind);
        m.set(r, { value, ...(format ? { format } : {}), ...(heading ? { heading } : {}), at: `${same ? "" : `${src.name}!`}${columnLetters(tc + (src.origin?.col ?? 0))}${tr + 1 + (src.origin?.row ?? 0)}` });
      }
      if (m.size > 0) byGroup.set(g, m);
    }
    if (byGroup.size === 0) continue;
    const named = [...byGroup.keys()].map((g) => `"${layout.groups[g].header}"`).join(", ");
    const where = same ? { vi: `bảng chỉ tiêu ở dòng ${l.headerRows[0] + 1 + (src.origin?.row ?? 0)}`, en: `the targets table at row ${l.headerRows[0] + 1 + (src.origin?.row ?? 0)}` } : { vi: `trang "${src.name}"`, en: `sheet "${src.name}"` };
    const horizon = planHorizon(title);
    const out: SiblingTargets = {
      byGroup,
      sheet: src.name,
      decision: {
        vi: `Chỉ tiêu của từng ${layout.unitNoun} lấy ở ${where.vi} (ghép theo tên ${layout.unitNoun} và tên chỉ tiêu): ${named}; ${best.p.units.size}/${unitRows.length} ${layout.unitNoun} có tên ở đó.`,
        en: `Each unit's target is taken from ${where.en} (matched by unit name and indicator name): ${named}; ${best.p.units.size} of ${unitRows.length} units are named there.`,
      },
    };
    if (horizon) out.horizon = horizon;
    // The first table found on each sheet: two sheets of targets (last year's and this year's) are weighed below.
    if (!found.some((f) => f.sheet === out.sheet)) found.push(out);
  }
  if (found.length === 0) return null;
  // Two tables of targets giving one unit's indicator different targets, and nothing to say which is meant: none is
  // taken (the units are listed as not judged) and the decision names both, never the first in the workbook's order.
  const [first, ...others] = found;
  const text = (t: SiblingTarget) => cellText(t.value).trim();
  for (const other of others) {
    for (const [g, units] of first.byGroup) {
      const theirs = other.byGroup.get(g);
      if (!theirs) continue;
      for (const [r, t] of units) {
        const u = theirs.get(r);
        if (u === undefined || text(u) === text(t)) continue;
        const unit = cellText(sheet.values[r]?.[layout.unitColumn]).trim();
        const ind = layout.groups[g].header;
        return {
          byGroup: new Map(),
          sheet: first.sheet,
          decision: {
            vi: `Không lấy chỉ tiêu từ bảng chỉ tiêu nào: ${t.at} và ${u.at} ghi khác nhau cho "${unit}" – "${ind}" (${text(t)} và ${text(u)}); xóa hoặc đổi tên bảng không dùng, hoặc chọn kế hoạch.`,
            en: `No targets taken from a targets table: ${t.at} and ${u.at} differ for "${unit}" – "${ind}" (${text(t)} and ${text(u)}); remove or rename the table not meant, or choose a plan.`,
          },
        };
      }
    }
  }
  return first;
}

interface Paired {
  /** Group index → the source line (row or column) holding its targets. */
  indicators: Map<number, number>;
  /** Unit row → the source line naming it. */
  units: Map<number, number>;
}

/** Indicators to the source's indicator lines by heading words, units to its unit lines by name; each line once. */
function pairUp(layout: MatrixLayout, indicatorLines: Array<{ at: number; text: string }>, unitLines: Array<{ at: number; text: string }>, unitRows: number[], unitName: (r: number) => string): Paired {
  const pairs: Array<{ g: number; at: number; fit: number }> = [];
  layout.groups.forEach((g, gi) => {
    if (g.target !== undefined) return;
    for (const line of indicatorLines) {
      const fit = headingFit(g.header, line.text);
      if (fit >= 0.75) pairs.push({ g: gi, at: line.at, fit });
    }
  });
  pairs.sort((a, b) => b.fit - a.fit);
  const indicators = new Map<number, number>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (indicators.has(p.g) || taken.has(p.at)) continue;
    // Two columns naming one target alike, or one column two targets alike: neither is guessed.
    if (pairs.some((q) => q !== p && q.fit === p.fit && (q.at === p.at ? !indicators.has(q.g) : q.g === p.g && !taken.has(q.at)))) {
      taken.add(p.at);
      continue;
    }
    indicators.set(p.g, p.at);
    taken.add(p.at);
  }
  // (A looser fit — half the words of a heading written shorter on one sheet — was tried in round 40 and held back:
  // "thể thấp còi" took the target of all malnutrition, boys aged 5 the girls', a year's result the next year's target.)
  const units = new Map<number, number>();
  if (indicators.size === 0) return { indicators, units };
  for (const r of unitRows) {
    const hits = unitLines.filter((u) => sameUnit(unitName(r), u.text));
    if (hits.length === 1) units.set(r, hits[0].at);
  }
  return { indicators, units };
}
