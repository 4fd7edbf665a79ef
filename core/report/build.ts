// Builds the report: content from a check result, laid out by the built-in Nghị định 30 template or a user's grid template.
import type { Bilingual, Lang } from "../types";
import type { StatusCode } from "../rule/verdict";
import type { Plan } from "../plan/schema";
import type { CellStyle, NewSheet } from "../sheet/output";
import type { CheckedSheet } from "../sheet/types";
import { cleanLine, incompleteLine } from "../sheet/coverage";
import defaultSpec from "../../templates/reports/default.json";
import { buildReportData } from "./data";
import type { BuiltinTemplate, ReportData, ReportMeta, ReportModel, ReportTemplate } from "./model";
import { SheetBuilder, a4Print, linesFor, wordWidth } from "./sheet-builder";
import { renderGridTemplate } from "./template";

export { templateFromGrid } from "./template";

/** The bundled default template "Báo cáo kết quả thực hiện chỉ tiêu" (templates/reports/default.json). */
export const DEFAULT_TEMPLATE: BuiltinTemplate = defaultSpec as BuiltinTemplate;

/** English column headers of the built-in layout, by column. */
const ENGLISH_HEADERS: Record<BuiltinTemplate["columns"][number]["key"], string> = {
  stt: "No.", name: "Indicator", unit: "Unit", target: "Target", actual: "Actual", completion: "Completion", status: "Assessment", note: "Notes",
};

/**
 * The built-in layout in English (--lang en): its words translated (the motto as official translations give it), its
 * measures the default's, so an English report is not Vietnamese headings over English sentences. The signer's title
 * and the issuer stay as the sheet or plan names them.
 */
export const ENGLISH_TEMPLATE: BuiltinTemplate = {
  ...DEFAULT_TEMPLATE,
  motto: ["SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness"],
  title: "REPORT",
  subject: "Results against the targets {plan}",
  columns: DEFAULT_TEMPLATE.columns.map((c) => ({ ...c, header: ENGLISH_HEADERS[c.key] })),
  headings: { summary: "SUMMARY OF RESULTS", table: "RESULTS OF EACH INDICATOR", shortfalls: "TARGETS NOT MET AND WHAT REMAINS", findings: "NOTES ON THE FIGURES", recipients: "Recipients:", appendix: "APPENDIX" },
  recipients: ["As above;", "Archives: VT."],
};

/**
 * Builds the report for a checked sheet: its content (`data`), the sheet to create (`sheet`, from the default
 * template unless a user template is given) and the "Ghi chú kỹ thuật" sheet (`notes`) that keeps what the
 * software did out of the official document. Never throws.
 * @example buildReport(checked, plan, { lang: "vi", date: "2025-05-31", place: "Long Biên" })
 *   → { data: { title: "BÁO CÁO", summary: { total: 12, achieved: 9, ... }, ... }, sheet: { name: "Báo cáo", cells: [...], ... }, warnings: [] }
 */
export function buildReport(checked: CheckedSheet, plan: Plan | null, meta: ReportMeta = {}, template?: ReportTemplate): ReportModel {
  const spec = template?.kind === "builtin" ? template.spec : meta.lang === "en" ? ENGLISH_TEMPLATE : DEFAULT_TEMPLATE;
  const data = buildReportData(checked, plan, spec, meta);
  const warnings: Bilingual[] = [];
  const name = meta.sheetName ?? (meta.lang === "en" ? "Report" : "Báo cáo");
  const lang = meta.lang ?? "vi";
  const notes = renderNotes(data, spec, lang === "en" ? "Technical notes" : "Ghi chú kỹ thuật", lang);
  if (template?.kind === "grid") {
    const sheet = renderGridTemplate(template.template, data, checked, name, spec, lang, warnings);
    return { data, sheet, notes, warnings };
  }
  return { data, sheet: renderBuiltin(data, spec, name, lang), notes, warnings };
}

/**
 * Status fills for the official table, told apart in grey print as well as in colour (shortfalls darkest, then
 * near, then no data; met and exceeded stay white), with shortfalls in bold: colour alone is not enough on paper,
 * and the symbol and word are there too.
 */
const REPORT_STATUS: Record<StatusCode, CellStyle> = {
  not_met: { fill: "#F4A6A6", bold: true },
  overdue: { fill: "#F4A6A6", bold: true },
  near: { fill: "#FFD966", bold: true },
  review: { fill: "#FFD966" },
  pending: { fill: "#EDEDED" },
  no_data: { fill: "#EDEDED" },
  invalid: { fill: "#EDEDED" },
  unreadable: { fill: "#EDEDED" },
  met: {},
  exceeded: {},
};

/** Roman numerals for the body's section headings. */
const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/** The first column of the header's right half (the motto, the place-date line); the issuer block is left of it. */
const RIGHT_START = 3;

/** Rows left blank between the signature title and the name: room for a signature and a seal (about 2 cm). */
const SIGNING_ROWS = 4;

/**
 * The template's column widths, each column right of the issuer block (from the fourth: target, actual, completion,
 * verdict) widened to hold its widest word on one line (a figure "89.310/92.760" is never broken at its dot, a verdict
 * "✗ Chưa đạt" never split in two): the figures first, then the verdict, the width given by the note column where none
 * of its cells needs it (down to three quarters of its width), the table a tenth wider at most for the rest (it prints
 * fitted to the page width). The issuer block and every other column keep their widths.
 * @example fitWords(defaultSpec, dataWithActual("89.310/92.760"))[4] → 82 (56 in the template)
 */
function fitWords(spec: BuiltinTemplate, data: ReportData): number[] {
  const cols = spec.columns;
  const widths = cols.map((c) => c.width);
  const need = (key: string) => {
    // The header's widest word too (bold: measured a tenth larger), never broken inside ("Complet|ion").
    let most = wordWidth(cols.find((c) => c.key === key)?.header ?? "", spec.font.size * 1.1);
    for (const s of data.sections) for (const row of s.rows) most = Math.max(most, wordWidth(key === "status" ? row.statusText : row[key as "actual"], spec.font.size, key === "status"));
    return Math.ceil(most);
  };
  // The note column gives only width none of its cells needs: down to three quarters, no cell on more lines.
  const note = cols.findIndex((c) => c.key === "note");
  // Each distinct text measured once, times how often it appears (the line counts are whole numbers: the same sum).
  const notes = new Map<string, number>([[note < 0 ? "" : cols[note].header, 1]]);
  for (const s of data.sections) for (const row of s.rows) {
    const t = `${row.gap} ${row.note}`.trim();
    notes.set(t, (notes.get(t) ?? 0) + 1);
  }
  const lines = (w: number) => {
    let n = 0;
    for (const [t, k] of notes) n += k * linesFor(t, w, spec.font.size);
    return n;
  };
  let to = note < RIGHT_START ? 0 : widths[note];
  const before = note < RIGHT_START ? 0 : lines(to);
  while (to - 1 >= widths[note] * 0.75 && lines(to - 1) <= before) to--;
  const given = note < RIGHT_START ? 0 : widths[note] - to;
  const room = given + widths.reduce((a, b) => a + b, 0) / 10;
  let took = 0;
  for (const key of ["actual", "target", "completion", "status"]) {
    const i = cols.findIndex((c) => c.key === key);
    if (i < RIGHT_START) continue;
    const add = Math.min(room - took, Math.max(0, need(key) - widths[i]));
    widths[i] += add;
    took += add;
  }
  if (note >= RIGHT_START) widths[note] -= Math.min(took, given);
  return widths;
}

/**
 * The Nghị định 30/2020/NĐ-CP layout: the superior body and the issuer top left with the number, the national
 * motto top right over the italic place-date line, centred "BÁO CÁO" with its subject and as-of date; then the
 * body (summary, shortfalls with their gaps), "Nơi nhận:" bottom left and the signature block bottom right with
 * room to sign and a name line; then the table of every indicator as an appendix, its header repeated on each
 * printed page (only the appendix's pages: print titles start where the header first appears).
 */
function renderBuiltin(data: ReportData, spec: BuiltinTemplate, name: string, lang: Lang): NewSheet {
  const en = lang === "en";
  const cols = spec.columns;
  const W = cols.length;
  const last = W - 1;
  const size = spec.font.size;
  const widths = fitWords(spec, data);
  const b = new SheetBuilder(W, spec.font, widths);
  const leftEnd = RIGHT_START - 1;
  const rightStart = RIGHT_START;
  const center = { hAlign: "center" as const, vAlign: "middle" as const };
  const line = (row: number, left: number, right: number, text: string, style: CellStyle) => {
    b.text(row, left, text);
    b.merge(row, left, right);
    b.style({ top: row, left, bottom: row, right }, { wrap: true, ...style });
    b.fit(row, text, b.span(left, right), style.fontSize ?? size);
  };

  // Header: who issues (left), the motto (right); the number and the place-date line on one row below them.
  const left: { text: string; style: CellStyle }[] = [];
  if (data.parent) left.push({ text: data.parent, style: { ...center, fontSize: size - 1 } });
  for (const l of data.issuer) left.push({ text: l, style: { ...center, bold: true, fontSize: size - 1 } });
  const numberRow = Math.max(left.length, 2);
  for (let i = 0; i <= numberRow; i++) b.addRow();
  left.forEach((l, i) => line(i, 0, leftEnd, l.text, l.style));
  line(0, rightStart, last, spec.motto[0], { ...center, bold: true, fontSize: size - 1 });
  line(1, rightStart, last, spec.motto[1], { ...center, bold: true, underline: true });
  line(numberRow, 0, leftEnd, data.number, { ...center, fontSize: size - 1 });
  line(numberRow, rightStart, last, data.placeDate, { ...center, italic: true });

  b.addRow();
  line(b.addRow(), 0, last, data.title, { ...center, bold: true, fontSize: size + 1 });
  line(b.addRow(), 0, last, data.subject, { ...center, bold: true });
  if (data.asOfLine) line(b.addRow(), 0, last, data.asOfLine, { ...center, italic: true });
  b.addRow();

  let part = 0;
  const heading = (text: string) => line(b.addRow(), 0, last, `${ROMAN[part++]}. ${text}`, { bold: true });
  const paragraph = (text: string) => line(b.addRow(), 0, last, text, { vAlign: "top" });

  heading(spec.headings.summary);
  paragraph(data.summaryText);
  paragraph(en ? "The result of each indicator is in the appendix attached to this report." : "Kết quả từng chỉ tiêu tại Phụ lục kèm theo báo cáo này.");
  heading(spec.headings.shortfalls);
  // "No shortfalls" in an official report is said plainly only when core's one decision allows it (cleanOf): rows asked
  // about, figures below target not yet due, rows left out here or on another sheet are counted where the reader looks.
  // Figures not judged come first, as on every surface: said once, in core's line.
  const incomplete = incompleteLine(data.clean, lang, "report");
  if (incomplete) paragraph(incomplete);
  if (data.clean.kind !== "shortfalls") paragraph(cleanLine(data.clean, "report", lang));
  for (const s of data.shortfalls) {
    const who = s.unitName ? `${s.unitName} – ` : "";
    const gap = s.gap ? `; ${s.gap}` : "";
    const actual = s.actual || (en ? "no data" : "chưa có số liệu");
    const target = midSentence(s.target);
    paragraph(en ? `${s.stt}. ${who}${s.name}: actual ${actual}, target ${target}${gap}.` : `${s.stt}. ${who}${s.name}: thực hiện ${actual}, kế hoạch ${target}${gap}.`);
  }

  // Signature: "Nơi nhận:" and its list on the left, the signing authority, room to sign and the name on the right.
  b.addRow();
  const sigTop = b.addRow();
  const sigRight = 4;
  const titleRows = data.signatureTitle.length;
  const height = Math.max(data.recipients.length + 1, titleRows + SIGNING_ROWS + 1);
  for (let i = 1; i < height; i++) b.addRow();
  line(sigTop, 0, leftEnd, spec.headings.recipients, { bold: true, italic: true, fontSize: size - 1 });
  data.recipients.forEach((r, i) => line(sigTop + 1 + i, 0, leftEnd, `- ${r}`, { fontSize: size - 2 }));
  data.signatureTitle.forEach((t, i) => line(sigTop + i, sigRight, last, t, { ...center, bold: true }));
  // Without a name, a dotted line to write it on.
  line(sigTop + height - 1, sigRight, last, data.signerName || "……………………………", { ...center, bold: true });

  // Appendix: the table of every indicator, with its own heading.
  b.addRow();
  b.addRow();
  const appendix = spec.headings.appendix ?? "PHỤ LỤC";
  // The appendix starts a page of its own: its title never left at the foot of the signature's page.
  const appendixRow = b.addRow();
  line(appendixRow, 0, last, appendix, { ...center, bold: true });
  line(b.addRow(), 0, last, spec.headings.table, { ...center, bold: true });
  const ref = data.number.replace(/^Số:?\s?/i, "");
  line(b.addRow(), 0, last, en ? `(Attached to report no. ${ref})` : `(Kèm theo Báo cáo số ${ref})`, { ...center, italic: true });
  b.addRow();
  const headRow = b.addRow();
  cols.forEach((c, i) => {
    b.text(headRow, i, c.header);
    b.fit(headRow, c.header, widths[i]);
  });
  b.style({ top: headRow, left: 0, bottom: headRow, right: last }, { ...center, bold: true, wrap: true, border: "thin", fill: "#F2F2F2" });
  const tableTop = headRow + 1;
  const statusCol = cols.findIndex((c) => c.key === "status");
  const nameCol = cols.findIndex((c) => c.key === "name");
  const runs: { status: StatusCode; top: number; bottom: number }[] = [];
  const sectionRows: { row: number; level: number }[] = [];
  for (const s of data.sections) {
    if (s.title) {
      const r = b.addRow();
      const indent = "   ".repeat(Math.min(3, s.level));
      line(r, 0, last, `${indent}${s.title}`, {});
      sectionRows.push({ row: r, level: s.level });
    }
    for (const row of s.rows) {
      const r = b.addRow();
      cols.forEach((c, i) => {
        const v = c.key === "status" ? row.statusText : c.key === "note" ? [row.gap, row.note].filter((x) => x !== "").join("; ") : row[c.key];
        b.text(r, i, v);
        b.fit(r, v, widths[i]);
      });
      const prev = runs[runs.length - 1];
      if (prev && prev.status === row.status && prev.bottom === r - 1) prev.bottom = r;
      else runs.push({ status: row.status, top: r, bottom: r });
    }
  }
  const tableBottom = b.rows - 1;
  if (tableBottom >= tableTop) {
    b.style({ top: tableTop, left: 0, bottom: tableBottom, right: last }, { border: "thin", wrap: true, vAlign: "top" });
    b.style({ top: tableTop, left: 0, bottom: tableBottom, right: 0 }, { hAlign: "center" });
    b.style({ top: tableTop, left: nameCol + 1, bottom: tableBottom, right: last - 1 }, { hAlign: "center" });
    // Section rows are merged across the table: their own style comes after the columns' alignment.
    for (const sr of sectionRows) b.style({ top: sr.row, left: 0, bottom: sr.row, right: last }, { bold: sr.level === 0, italic: true, hAlign: "left" });
    for (const run of runs) {
      const st = REPORT_STATUS[run.status];
      if (statusCol >= 0 && Object.keys(st).length > 0) b.style({ top: run.top, left: statusCol, bottom: run.bottom, right: statusCol }, st);
    }
  }
  return b.build(name, { ...a4Print(spec.margins, { first: headRow, last: headRow }), breakBefore: [appendixRow] }, undefined);
}

/**
 * The "Ghi chú kỹ thuật" sheet: how the check was made and what the software could not judge, one line per note
 * with the cell it concerns, grouped under headings. It is for the clerk, not part of the signed report.
 */
function renderNotes(data: ReportData, spec: BuiltinTemplate, name: string, lang: Lang): NewSheet {
  const widths = [48, 450];
  const b = new SheetBuilder(2, { name: spec.font.name, size: 12 }, widths);
  const wide = (text: string, style: CellStyle) => {
    const r = b.addRow();
    b.text(r, 0, text);
    b.merge(r, 0, 1);
    b.style({ top: r, left: 0, bottom: r, right: 1 }, { wrap: true, ...style });
    b.fit(r, text, b.span(0, 1), style.fontSize ?? 12);
  };
  wide(lang === "en" ? "TECHNICAL NOTES" : "GHI CHÚ KỸ THUẬT", { bold: true, hAlign: "center", fontSize: 13 });
  wide(
    lang === "en"
      ? "Not part of the signed report: what the software did and could not judge, for whoever prepared the figures."
      : "Không thuộc báo cáo trình ký: những gì phần mềm đã làm và chưa đánh giá được, để người lập biểu kiểm tra.",
    { italic: true, hAlign: "center" },
  );
  for (const sec of data.technical) {
    b.addRow();
    wide(sec.title, { bold: true });
    const top = b.rows;
    for (const l of sec.lines) {
      const r = b.addRow();
      b.text(r, 0, l.cell ?? "");
      b.text(r, 1, l.text);
      b.fit(r, l.text, widths[1], 12);
    }
    if (b.rows > top) b.style({ top, left: 0, bottom: b.rows - 1, right: 1 }, { wrap: true, vAlign: "top", border: "thin" });
  }
  return b.build(name, a4Print(spec.margins), undefined);
}

/**
 * A target typed as a sentence's start ("Trên 92%", "Ít nhất 65%") quoted inside the shortfall line reads
 * "kế hoạch trên 92%": a first word written capital-then-small is lowered. Acronyms ("THCS", "KH") and a word whose
 * later letters are capitals too are left as typed.
 */
export function midSentence(text: string): string {
  const first = /^(\p{Lu})(\p{Ll}*)(?=$|[\s\d.,;:%/()-])/u.exec(text);
  if (!first || !first[2]) return text;
  return first[1]!.toLocaleLowerCase("vi") + text.slice(1);
}
