// Builds the report: content from a check result, laid out by the built-in Nghị định 30 template or a user's grid template.
import type { Bilingual, Lang } from "../types";
import { STATUS } from "../rule/verdict";
import type { Plan } from "../plan/schema";
import { STATUS_STYLES } from "../sheet/edits";
import type { NewSheet } from "../sheet/output";
import type { CheckedSheet } from "../sheet/types";
import defaultSpec from "../../templates/reports/default.json";
import { buildReportData } from "./data";
import type { BuiltinTemplate, ReportData, ReportMeta, ReportModel, ReportTemplate } from "./model";
import { SheetBuilder, a4Print } from "./sheet-builder";
import { renderGridTemplate } from "./template";

export { templateFromGrid } from "./template";

/** The bundled default template "Báo cáo kết quả thực hiện chỉ tiêu" (templates/reports/default.json). */
export const DEFAULT_TEMPLATE: BuiltinTemplate = defaultSpec as BuiltinTemplate;

/**
 * Builds the report for a checked sheet: its content (`data`) and the sheet to create (`sheet`), from the
 * default template unless a user template is given. Never throws.
 * @example buildReport(checked, plan, { lang: "vi", date: "2025-05-31", place: "Long Biên" })
 *   → { data: { title: "BÁO CÁO", summary: { total: 12, achieved: 9, ... }, ... }, sheet: { name: "Báo cáo", cells: [...], ... }, warnings: [] }
 */
export function buildReport(checked: CheckedSheet, plan: Plan | null, meta: ReportMeta = {}, template?: ReportTemplate): ReportModel {
  const spec = template?.kind === "builtin" ? template.spec : DEFAULT_TEMPLATE;
  const data = buildReportData(checked, plan, spec, meta);
  const warnings: Bilingual[] = [];
  const name = meta.sheetName ?? (meta.lang === "en" ? "Report" : "Báo cáo");
  if (template?.kind === "grid") {
    const sheet = renderGridTemplate(template.template, data, checked, name, spec, meta.lang ?? "vi", warnings);
    return { data, sheet, warnings };
  }
  return { data, sheet: renderBuiltin(data, spec, name, meta.lang ?? "vi"), warnings };
}

/**
 * The Nghị định 30/2020/NĐ-CP layout: issuing body and number top left, national motto top right, italic
 * place-date line, centred "BÁO CÁO" and subject, summary, table by section with status as symbol + word,
 * shortfalls with their gaps, "Nơi nhận:" bottom left and the signature block bottom right.
 */
function renderBuiltin(data: ReportData, spec: BuiltinTemplate, name: string, lang: Lang): NewSheet {
  const cols = spec.columns;
  const W = cols.length;
  const last = W - 1;
  const widths = cols.map((c) => c.width);
  const size = spec.font.size;
  const b = new SheetBuilder(W, spec.font, widths);
  // Header block: left three columns for the issuer, the rest for the motto.
  const leftEnd = 2;
  const rightStart = 3;
  const center = { hAlign: "center" as const, vAlign: "middle" as const };

  const headerLines = Math.max(data.issuer.length + 1, 3);
  const top = b.addRow();
  for (let i = 1; i < headerLines; i++) b.addRow();
  data.issuer.forEach((line, i) => {
    b.text(top + i, 0, line);
    b.merge(top + i, 0, leftEnd);
    b.style({ top: top + i, left: 0, bottom: top + i, right: leftEnd }, { ...center, bold: true, fontSize: size - 1 });
  });
  const numRow = top + data.issuer.length;
  b.text(numRow, 0, data.number);
  b.merge(numRow, 0, leftEnd);
  b.style({ top: numRow, left: 0, bottom: numRow, right: leftEnd }, { ...center, fontSize: size - 1 });
  b.text(top, rightStart, spec.motto[0]);
  b.merge(top, rightStart, last);
  b.style({ top, left: rightStart, bottom: top, right: last }, { ...center, bold: true, fontSize: size - 1 });
  b.text(top + 1, rightStart, spec.motto[1]);
  b.merge(top + 1, rightStart, last);
  b.style({ top: top + 1, left: rightStart, bottom: top + 1, right: last }, { ...center, bold: true, underline: true });
  b.text(top + 2, rightStart, data.placeDate);
  b.merge(top + 2, rightStart, last);
  b.style({ top: top + 2, left: rightStart, bottom: top + 2, right: last }, { ...center, italic: true });

  b.addRow();
  const titleRow = b.addRow();
  b.text(titleRow, 0, data.title);
  b.merge(titleRow, 0, last);
  b.style({ top: titleRow, left: 0, bottom: titleRow, right: last }, { ...center, bold: true, fontSize: size + 1 });
  const subjectRow = b.addRow();
  b.text(subjectRow, 0, data.subject);
  b.merge(subjectRow, 0, last);
  b.style({ top: subjectRow, left: 0, bottom: subjectRow, right: last }, { ...center, bold: true, wrap: true });
  b.fit(subjectRow, data.subject, b.span(0, last));
  b.addRow();

  const heading = (text: string) => {
    const r = b.addRow();
    b.text(r, 0, text);
    b.merge(r, 0, last);
    b.style({ top: r, left: 0, bottom: r, right: last }, { bold: true });
    return r;
  };
  const paragraph = (text: string, style: Parameters<SheetBuilder["style"]>[1] = {}) => {
    const r = b.addRow();
    b.text(r, 0, text);
    b.merge(r, 0, last);
    b.style({ top: r, left: 0, bottom: r, right: last }, { wrap: true, vAlign: "top", ...style });
    b.fit(r, text, b.span(0, last));
    return r;
  };

  heading(spec.headings.summary);
  paragraph(data.summaryText);

  heading(spec.headings.table);
  const headRow = b.addRow();
  cols.forEach((c, i) => b.text(headRow, i, c.header));
  b.style({ top: headRow, left: 0, bottom: headRow, right: last }, { ...center, bold: true, wrap: true, border: "thin", fill: "#F2F2F2" });
  for (let i = 0; i < W; i++) b.fit(headRow, cols[i].header, widths[i]);
  const tableTop = headRow + 1;
  const statusCol = cols.findIndex((c) => c.key === "status");
  const nameCol = cols.findIndex((c) => c.key === "name");
  const statusRows: number[] = [];
  for (const s of data.sections) {
    if (s.title) {
      const r = b.addRow();
      b.text(r, 0, s.title);
      b.merge(r, 0, last);
      b.style({ top: r, left: 0, bottom: r, right: last }, { bold: true, italic: true, wrap: true });
      b.fit(r, s.title, b.span(0, last));
    }
    for (const row of s.rows) {
      const r = b.addRow();
      statusRows.push(r);
      cols.forEach((c, i) => {
        const v = c.key === "status" ? row.statusText : c.key === "note" ? row.note || row.gap : row[c.key];
        b.text(r, i, v);
        b.fit(r, v, widths[i]);
      });
    }
  }
  const tableBottom = b.rows - 1;
  if (tableBottom >= tableTop) {
    const all = { top: tableTop, left: 0, bottom: tableBottom, right: last };
    b.style(all, { border: "thin", wrap: true, vAlign: "top" });
    b.style({ top: tableTop, left: 0, bottom: tableBottom, right: 0 }, { hAlign: "center" });
    b.style({ top: tableTop, left: 2, bottom: tableBottom, right: last }, { hAlign: "center" });
    if (nameCol >= 0) b.style({ top: tableTop, left: nameCol, bottom: tableBottom, right: nameCol }, { hAlign: "left" });
  }
  b.style({ top: headRow, left: 0, bottom: Math.max(headRow, tableBottom), right: last }, { border: "thin" });

  heading(spec.headings.shortfalls);
  const en = lang === "en";
  if (data.shortfalls.length === 0) paragraph(en ? "No indicator falls short." : "Không có chỉ tiêu nào chưa đạt.");
  for (const s of data.shortfalls) {
    const who = s.unitName ? `${s.unitName} – ` : "";
    const gap = s.gap ? `; ${s.gap}` : "";
    const actual = s.actual || (en ? "no data" : "chưa có số liệu");
    paragraph(en ? `${s.stt}. ${who}${s.name}: actual ${actual}, target ${s.target}${gap}.` : `${s.stt}. ${who}${s.name}: thực hiện ${actual}, kế hoạch ${s.target}${gap}.`);
  }
  if (data.findings.length > 0) {
    heading(spec.headings.findings);
    for (const f of data.findings) paragraph(`- ${f}`);
  }

  b.addRow();
  const sigTop = b.addRow();
  const sigLeftEnd = 2;
  const sigRight = 4;
  b.text(sigTop, 0, spec.headings.recipients);
  b.merge(sigTop, 0, sigLeftEnd);
  b.style({ top: sigTop, left: 0, bottom: sigTop, right: sigLeftEnd }, { bold: true, italic: true, fontSize: 12 });
  const recipientRows = data.recipients.length;
  const titleRows = data.signatureTitle.length;
  const height = Math.max(recipientRows + 1, titleRows + 5);
  for (let i = 1; i < height; i++) b.addRow();
  data.recipients.forEach((r, i) => {
    const row = sigTop + 1 + i;
    b.text(row, 0, `- ${r}`);
    b.merge(row, 0, sigLeftEnd);
    b.style({ top: row, left: 0, bottom: row, right: sigLeftEnd }, { fontSize: 11 });
  });
  data.signatureTitle.forEach((t, i) => {
    b.text(sigTop + i, sigRight, t);
    b.merge(sigTop + i, sigRight, last);
    b.style({ top: sigTop + i, left: sigRight, bottom: sigTop + i, right: last }, { ...center, bold: true });
  });
  const nameRow = sigTop + height - 1;
  b.text(nameRow, sigRight, data.signerName);
  b.merge(nameRow, sigRight, last);
  b.style({ top: nameRow, left: sigRight, bottom: nameRow, right: last }, { ...center, bold: true });

  const sheet = b.build(name, a4Print(spec.margins, { first: headRow, last: headRow }), undefined);
  if (statusRows.length > 0 && statusCol >= 0) {
    // Statuses carry symbol + word for paper; colours come on top for screens, matched on the exact cell text.
    sheet.conditionalFormats.push({
      range: { top: statusRows[0], left: statusCol, bottom: statusRows[statusRows.length - 1], right: statusCol },
      rules: STATUS_STYLES.map((s) => ({ ...s, label: `${s.symbol} ${STATUS[s.status][lang]}` })),
    });
  }
  return sheet;
}
