// Pieces every official Vietnamese form repeats (Nghị định 30/2020 title block, signature block, notes), written onto a layout sheet.
import { a1, parseA1, type CellStyle, type Sheet } from "./fods";

export interface TitleBlock {
  /** Issuing body lines, top left ("UBND HUYỆN NGA SƠN", "BAN CHỈ ĐẠO PCGD, XMC"). The last is bold. */
  left: string[];
  /** Document number line under the issuer ("Số: 255/BC-BCĐ"); omitted when absent. */
  number?: string;
  /** Place-and-date line, right, italic ("Nga Sơn, ngày 13 tháng 11 năm 2020"). */
  date?: string;
  /** Centred title lines (first bold upper case, then the subject). */
  title: string[];
  /** Columns the left block spans and where the right block starts (letters). */
  leftSpan: [string, string];
  rightSpan: [string, string];
  /** Columns the title spans. */
  titleSpan: [string, string];
}

const center: CellStyle = { align: "center", bold: true };

/**
 * Writes the national title block from row 1: issuer left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc"
 * right, number and date under them, then the centred title. Returns the first free row (1-based).
 * @example titleBlock(s, { left: ["UBND QUẬN A", "PHÒNG GDĐT"], title: ["BÁO CÁO"], … }) → 7
 */
export function titleBlock(s: Sheet, t: TitleBlock): number {
  const span = (row: number, [from, to]: [string, string], v: string, style: CellStyle) => s.merge(`${from}${row}:${to}${row}`, v, style);
  let row = 1;
  t.left.forEach((line, i) => span(row + i, t.leftSpan, line, { align: "center", bold: i === t.left.length - 1 }));
  span(1, t.rightSpan, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", center);
  span(2, t.rightSpan, "Độc lập - Tự do - Hạnh phúc", { ...center, underline: true });
  row = Math.max(t.left.length, 2) + 1;
  if (t.number) span(row, t.leftSpan, t.number, { align: "center" });
  if (t.date) span(row, t.rightSpan, t.date, { align: "center", italic: true });
  row += 2;
  t.title.forEach((line, i) => span(row + i, t.titleSpan, line, { align: "center", bold: true, size: i === 0 ? 14 : 12 }));
  return row + t.title.length + 1;
}

/**
 * Writes a signature block from `row`: the preparer left ("Người lập biểu"), the head right ("THỦ TRƯỞNG ĐƠN VỊ"),
 * "(Ký, ghi rõ họ tên)" under both, names four rows below. Returns the row after the names.
 */
export function signature(s: Sheet, row: number, left: { col: string; title: string; name: string }, right: { col: string; title: string; name: string; place?: string }): number {
  let r = row;
  if (right.place) s.set(`${right.col}${r++}`, right.place, { italic: true, align: "center" });
  s.set(`${left.col}${r}`, left.title, { bold: true, align: "center" });
  s.set(`${right.col}${r}`, right.title, { bold: true, align: "center" });
  r++;
  s.set(`${left.col}${r}`, "(Ký, ghi rõ họ tên)", { italic: true, align: "center" });
  s.set(`${right.col}${r}`, "(Ký tên, đóng dấu)", { italic: true, align: "center" });
  r += 4;
  s.set(`${left.col}${r}`, left.name, { bold: true, align: "center" });
  s.set(`${right.col}${r}`, right.name, { bold: true, align: "center" });
  return r + 1;
}

/** Writes lines of notes under a table ("Ghi chú: …", "- …"), italic, in column `col`. Returns the next row. */
export function notes(s: Sheet, row: number, col: string, lines: string[]): number {
  lines.forEach((l, i) => s.set(`${col}${row + i}`, l, { italic: i > 0 || !/^Ghi chú/.test(l), bold: /^Ghi chú/.test(l) }));
  return row + lines.length;
}

/** Writes a table body: one array per row from `at`, every cell bordered. Returns the next free row (1-based). */
export function table(s: Sheet, at: string, rows: Parameters<Sheet["row"]>[1][], style: CellStyle = {}): number {
  const { row, col } = parseA1(at);
  rows.forEach((cells, i) => s.row(a1(row + i, col), cells, { border: true, ...style }));
  return row + rows.length + 1;
}
