// Which reports in a consolidation are the same school or ward: one name key, and the rule that counts a unit once or not at all.
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";

/**
 * The key two unit names share when they name the same unit: Unicode NFC (a title typed with combining accents,
 * as some keyboards and Macs produce, is the same name), Vietnamese lower case, and runs of spaces (including
 * non-breaking ones) as one. Nothing else is folded: "Trường MN Cát Bi" and "Trường MN Cát Bi 2" stay two units.
 * @example unitKey("  Trường MN  Cát\u00a0Bi ") === unitKey("trường mn cát bi".normalize("NFD")) → true
 */
export function unitKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();
}

/**
 * A unit name as it is shown and written: NFC, single spaces, trimmed.
 * @example unitDisplayName("Trường  MN Cát Bi ") → "Trường MN Cát Bi"
 */
export function unitDisplayName(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** One unit's report in a consolidation: its name, the file it came from, and its figures by indicator id. */
export interface UnitReport {
  unit: string;
  file: string;
  figures: ReadonlyMap<string, CellValue>;
}

/** A figure as compared between two reports: "7.910" typed as text and 7910 are not silently equal; only the same value is. */
function figureKey(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `d:${v.getTime()}`;
  if (isCellError(v)) return `e:${v.error}`;
  if (typeof v === "string") return v.trim() === "" ? "" : `s:${v.normalize("NFC").trim()}`;
  return `${typeof v}:${String(v)}`;
}

function sameFigures(a: UnitReport, b: UnitReport): boolean {
  const ids = new Set([...a.figures.keys(), ...b.figures.keys()]);
  for (const id of ids) if (figureKey(a.figures.get(id)) !== figureKey(b.figures.get(id))) return false;
  return true;
}

export interface UnitDedup<T extends UnitReport> {
  /** Reports to roll up, each unit once, in input order. */
  kept: T[];
  /** Files left out because another file of the same unit carries the same figures (counted once). */
  merged: { unit: string; files: string[]; kept: string; message: Bilingual }[];
  /** Units whose files disagree: none of their reports is rolled up, since nothing says which is right. */
  conflicts: { unit: string; files: string[]; reports: T[]; message: Bilingual }[];
  /** One line per merge or conflict, for the console and the top of the report. */
  warnings: Bilingual[];
}

const baseName = (f: string) => f.split(/[\\/]/).pop() ?? f;

/**
 * The explicit rule for a unit reported more than once (the same school's file sent twice, or by two people):
 * names are compared by `unitKey`; files with the same figures are counted once (the first kept); files whose
 * figures differ are all left out of the roll-up and listed, because counting both doubles the unit and keeping
 * one is a guess. Either way a warning names the unit and its files.
 * @example dedupeUnits([{ unit: "Trường A", file: "a.xlsx", figures }, { unit: "TRƯỜNG A", file: "a (1).xlsx", figures }]).merged
 *   → [{ unit: "Trường A", files: ["a (1).xlsx"], kept: "a.xlsx" }]
 */
export function dedupeUnits<T extends UnitReport>(reports: T[]): UnitDedup<T> {
  const groups = new Map<string, T[]>();
  for (const r of reports) {
    const k = unitKey(r.unit);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: UnitDedup<T> = { kept: [], merged: [], conflicts: [], warnings: [] };
  const dropped = new Set<T>();
  for (const g of groups.values()) {
    if (g.length === 1) continue;
    const unit = unitDisplayName(g[0].unit);
    const files = g.map((r) => baseName(r.file));
    const list = files.join(", ");
    if (g.every((r) => sameFigures(g[0], r))) {
      g.slice(1).forEach((r) => dropped.add(r));
      const message = {
        vi: `Đơn vị "${unit}" có ${g.length} tệp cùng số liệu (${list}): chỉ tính một lần (${files[0]}).`,
        en: `Unit "${unit}" has ${g.length} files with the same figures (${list}): counted once (${files[0]}).`,
      };
      out.merged.push({ unit, files: files.slice(1), kept: files[0], message });
      out.warnings.push(message);
    } else {
      g.forEach((r) => dropped.add(r));
      const message = {
        vi: `Đơn vị "${unit}" có ${g.length} tệp với số liệu khác nhau (${list}): không đưa vào tổng hợp; giữ lại một tệp đúng rồi chạy lại.`,
        en: `Unit "${unit}" has ${g.length} files with different figures (${list}): left out of the roll-up; keep the right file only and run again.`,
      };
      out.conflicts.push({ unit, files, reports: g, message });
      out.warnings.push(message);
    }
  }
  out.kept = reports.filter((r) => !dropped.has(r));
  return out;
}
