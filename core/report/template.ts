// User report templates: a sheet with {{placeholders}} and rows repeated per indicator, read once and filled from a report.
import type { Bilingual, CellValue, Lang } from "../types";
import { isCellError } from "../types";
import { STATUS_CODES } from "../rule/verdict";
import { formatPercent } from "../number/format";
import { cellAddress } from "../sheet/model";
import type { CellRange } from "../sheet/model";
import type { NewSheet, OutCell } from "../sheet/output";
import type { CheckedSheet } from "../sheet/types";
import { cleanLine } from "../sheet/coverage";
import type { BuiltinTemplate, GridTemplate, ReportData, TemplateCell, TemplateError } from "./model";
import { SheetBuilder, a4Print } from "./sheet-builder";

type ListName = GridTemplate["repeats"][number]["list"];

/** Scalar placeholders, usable anywhere, with what they hold (documented in docs/report-templates.md). */
export const SCALAR_KEYS: Record<string, Bilingual> = {
  "plan.title": { vi: "tên kế hoạch", en: "plan title" },
  "plan.number": { vi: "số kế hoạch", en: "plan number" },
  "plan.period": { vi: "năm học / giai đoạn", en: "school year / period" },
  "plan.id": { vi: "mã kế hoạch", en: "plan id" },
  issuer: { vi: "cơ quan ban hành (một dòng)", en: "issuing body (one line)" },
  "issuer.1": { vi: "dòng 1 của cơ quan ban hành", en: "issuing body, line 1" },
  "issuer.2": { vi: "dòng 2 của cơ quan ban hành", en: "issuing body, line 2" },
  number: { vi: "số báo cáo", en: "report number" },
  placeDate: { vi: "dòng địa danh, ngày tháng", en: "place and date line" },
  date: { vi: "ngày báo cáo dd/mm/yyyy", en: "report date dd/mm/yyyy" },
  "date.day": { vi: "ngày", en: "day" },
  "date.month": { vi: "tháng", en: "month" },
  "date.year": { vi: "năm", en: "year" },
  title: { vi: "tiêu đề (BÁO CÁO)", en: "title" },
  subject: { vi: "trích yếu", en: "subject line" },
  sheet: { vi: "tên trang đã kiểm tra", en: "checked sheet name" },
  "summary.total": { vi: "tổng số chỉ tiêu", en: "number of indicators" },
  "summary.achieved": { vi: "số chỉ tiêu đạt và vượt", en: "met or exceeded" },
  "summary.percent": { vi: "tỷ lệ đạt và vượt", en: "share met or exceeded" },
  "summary.text": { vi: "câu tổng hợp", en: "summary sentence" },
  "summary.clean": { vi: "câu kết luận khi không có chỉ tiêu chưa đạt (trống khi có)", en: "the closing line when nothing is short (empty when something is)" },
  signer: { vi: "người ký", en: "signer" },
  ...Object.fromEntries(STATUS_CODES.map((s) => [`summary.${s}`, { vi: `số chỉ tiêu "${s}"`, en: `count of "${s}"` }])),
};

/** Fields of each repeated list's items. */
export const LIST_KEYS: Record<ListName, string[]> = {
  indicators: ["stt", "id", "name", "section", "unit", "target", "actual", "completion", "status", "symbol", "statusText", "explanation", "gap", "note", "rollUp"],
  shortfalls: ["stt", "name", "unitName", "target", "actual", "gap"],
  findings: ["stt", "text"],
};

const OPEN = /^#each\s+([A-Za-z]+)$/;
const CLOSE = /^\/each$/;
const KEY = /^[A-Za-z][A-Za-z0-9_.]*$/;

interface Token {
  kind: "text" | "open" | "close" | "key";
  value: string;
}

/** Splits a cell's text into literal text and `{{...}}` tokens; null when braces are unbalanced. */
function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const a = s.indexOf("{{", i);
    if (a < 0) {
      if (s.indexOf("}}", i) >= 0) return null;
      out.push({ kind: "text", value: s.slice(i) });
      break;
    }
    if (s.slice(i, a).includes("}}")) return null;
    if (a > i) out.push({ kind: "text", value: s.slice(i, a) });
    const b = s.indexOf("}}", a + 2);
    if (b < 0) return null;
    const inner = s.slice(a + 2, b).trim();
    if (OPEN.test(inner)) out.push({ kind: "open", value: OPEN.exec(inner)![1] });
    else if (CLOSE.test(inner)) out.push({ kind: "close", value: "" });
    else out.push({ kind: "key", value: inner });
    i = b + 2;
  }
  return out;
}

/**
 * Reads a template sheet (values as a host reads them, row-major). Placeholders are `{{key}}` inside any
 * text cell; a row repeated per item holds `{{#each indicators}}` in one cell and `{{/each}}` in the same or
 * a later cell of that row (lists: indicators, shortfalls, findings). Errors name the cell.
 * @example templateFromGrid([["{{plan.title}}"], ["{{#each indicators}}{{stt}}", "{{name}}", "{{status}}{{/each}}"]])
 *   → { ok: true, template: { rows: [...], repeats: [{ row: 1, list: "indicators" }], merges: [] } }
 * @example templateFromGrid([["{{ten}}"]]) → { ok: false, errors: [{ code: "unknown_placeholder", cell: "A1", ... }] }
 */
export function templateFromGrid(
  values: CellValue[][],
  merges: CellRange[] = [],
): { ok: true; template: GridTemplate } | { ok: false; errors: TemplateError[] } {
  const errors: TemplateError[] = [];
  const rows: TemplateCell[][] = [];
  const repeats: GridTemplate["repeats"] = [];
  const at = (r: number, c: number) => cellAddress({}, r, c);
  let any = false;
  values.forEach((row, r) => {
    const out: TemplateCell[] = [];
    let open = null as { list: ListName; cell: string } | null;
    let closed = false as boolean;
    (row ?? []).forEach((v, c) => {
      if (v === null || v === undefined || v === "") {
        out.push(null);
        return;
      }
      any = true;
      if (typeof v !== "string") {
        out.push(isCellError(v) ? { literal: v.error } : v instanceof Date ? { literal: v.toISOString().slice(0, 10) } : { literal: v });
        return;
      }
      const tokens = tokenize(v);
      const cell = at(r, c);
      if (!tokens) {
        errors.push({
          code: "bad_syntax",
          cell,
          message: { vi: `Ô ${cell}: dấu {{ }} không khớp trong "${v}".`, en: `Cell ${cell}: unbalanced {{ }} in "${v}".` },
        });
        out.push({ literal: v });
        return;
      }
      const parts: ({ text: string } | { key: string })[] = [];
      for (const t of tokens) {
        if (t.kind === "text") parts.push({ text: t.value });
        else if (t.kind === "open") {
          if (open || closed) {
            errors.push({
              code: "nested_repeat",
              cell,
              message: { vi: `Ô ${cell}: một dòng chỉ lặp theo một danh sách.`, en: `Cell ${cell}: a row repeats over one list only.` },
            });
          } else if (!(t.value in LIST_KEYS)) {
            errors.push({
              code: "unknown_list",
              cell,
              message: {
                vi: `Ô ${cell}: không có danh sách "${t.value}"; dùng một trong: ${Object.keys(LIST_KEYS).join(", ")}.`,
                en: `Cell ${cell}: no list "${t.value}"; use one of: ${Object.keys(LIST_KEYS).join(", ")}.`,
              },
            });
          } else open = { list: t.value as ListName, cell };
        } else if (t.kind === "close") {
          if (!open) {
            errors.push({
              code: "stray_close",
              cell,
              message: { vi: `Ô ${cell}: có {{/each}} mà không có {{#each ...}} trước đó trên cùng dòng.`, en: `Cell ${cell}: {{/each}} without a {{#each ...}} before it on the same row.` },
            });
          } else {
            repeats.push({ row: r, list: open.list });
            closed = true;
          }
        } else {
          const list = open?.list ?? (closed ? repeats[repeats.length - 1].list : null);
          const known = t.value in SCALAR_KEYS || (list !== null && LIST_KEYS[list].includes(t.value) && KEY.test(t.value));
          if (!known) {
            const inList = Object.entries(LIST_KEYS).find(([, ks]) => ks.includes(t.value))?.[0];
            errors.push({
              code: "unknown_placeholder",
              cell,
              message: inList
                ? {
                    vi: `Ô ${cell}: {{${t.value}}} chỉ dùng được trong dòng lặp {{#each ${inList}}} ... {{/each}}.`,
                    en: `Cell ${cell}: {{${t.value}}} only works inside a {{#each ${inList}}} ... {{/each}} row.`,
                  }
                : {
                    vi: `Ô ${cell}: không biết chỗ trống {{${t.value}}}. Xem docs/report-templates.md.`,
                    en: `Cell ${cell}: unknown placeholder {{${t.value}}}. See docs/report-templates.md.`,
                  },
            });
          }
          parts.push({ key: t.value });
        }
      }
      const merged = mergeTextParts(parts);
      out.push(merged.length === 0 ? null : merged.length === 1 && "text" in merged[0] ? { literal: merged[0].text } : { parts: merged });
    });
    if (open && !closed) {
      errors.push({
        code: "unclosed_repeat",
        cell: open.cell,
        message: {
          vi: `Ô ${open.cell}: dòng lặp {{#each ${open.list}}} thiếu {{/each}} ở cuối dòng ${r + 1}.`,
          en: `Cell ${open.cell}: the {{#each ${open.list}}} row lacks {{/each}} at the end of row ${r + 1}.`,
        },
      });
    }
    rows.push(out);
  });
  if (!any) errors.push({ code: "empty_template", cell: "A1", message: { vi: "Trang mẫu trống: từ ô A1 trở đi không có nội dung.", en: "The template sheet is empty: nothing from cell A1 on." } });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, template: { rows, repeats, merges } };
}

function mergeTextParts(parts: ({ text: string } | { key: string })[]): ({ text: string } | { key: string })[] {
  const out: ({ text: string } | { key: string })[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if ("text" in p && prev && "text" in prev) prev.text += p.text;
    else if (!("text" in p) || p.text !== "") out.push({ ...p });
  }
  return out;
}

type Value = string | number;

function scalars(data: ReportData, checked: CheckedSheet, lang: Lang): Record<string, Value> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(data.date);
  const s: Record<string, Value> = {
    "plan.title": data.plan.title,
    "plan.number": data.plan.number,
    "plan.period": data.plan.period,
    "plan.id": data.plan.id ?? "",
    issuer: data.issuer.join(" "),
    "issuer.1": data.issuer[0] ?? "",
    "issuer.2": data.issuer[1] ?? "",
    number: data.number,
    placeDate: data.placeDate,
    date: m ? `${m[3]}/${m[2]}/${m[1]}` : "",
    "date.day": m ? m[3] : "",
    "date.month": m ? m[2] : "",
    "date.year": m ? m[1] : "",
    title: data.title,
    subject: data.subject,
    sheet: checked.sheet,
    "summary.total": data.summary.total,
    "summary.achieved": data.summary.achieved,
    "summary.percent": data.summary.total > 0 ? formatPercent(data.summary.achieved / data.summary.total, lang, 1) : "",
    "summary.text": data.summaryText,
    // What the built-in layout says in part II when nothing is short: "no shortfalls" only when core's decision allows it.
    "summary.clean": data.clean.kind === "shortfalls" ? "" : cleanLine(data.clean, "report", lang),
    signer: data.signerName,
  };
  for (const k of STATUS_CODES) s[`summary.${k}`] = data.summary[k];
  return s;
}

function listItems(data: ReportData, list: ListName): Record<string, Value>[] {
  if (list === "indicators") {
    const out: Record<string, Value>[] = [];
    for (const sec of data.sections) {
      for (const r of sec.rows) {
        out.push({
          stt: r.stt,
          id: r.indicatorId ?? "",
          name: r.name,
          section: sec.title,
          unit: r.unit,
          target: r.target,
          actual: r.actual,
          completion: r.completion,
          status: r.statusText.replace(/^\S+\s/, ""),
          symbol: r.statusText.split(" ")[0],
          statusText: r.statusText,
          explanation: r.explanation,
          gap: r.gap,
          note: r.note,
          rollUp: r.rollUp ?? "",
        });
      }
    }
    return out;
  }
  if (list === "shortfalls") return data.shortfalls.map((s) => ({ stt: s.stt, name: s.name, unitName: s.unitName ?? "", target: s.target, actual: s.actual, gap: s.gap }));
  return data.findings.map((text, i) => ({ stt: String(i + 1), text }));
}

/** A filled cell: a lone numeric placeholder stays a number; everything else is text, never a formula. */
function fill(cell: TemplateCell, vars: Record<string, Value>): OutCell {
  if (cell === null) return null;
  if ("literal" in cell) {
    const v = cell.literal;
    if (typeof v === "number") return { number: v };
    if (typeof v === "boolean") return { bool: v };
    return { text: v };
  }
  if (cell.parts.length === 1 && "key" in cell.parts[0]) {
    const v = vars[cell.parts[0].key] ?? "";
    return typeof v === "number" ? { number: v } : v === "" ? null : { text: v };
  }
  let s = "";
  for (const p of cell.parts) s += "text" in p ? p.text : String(vars[p.key] ?? "");
  return s === "" ? null : { text: s };
}

/**
 * Fills a grid template: scalars everywhere, repeated rows once per item (none when the list is empty),
 * merges moved and copied with their rows. Values are written as text or numbers, never as formulas.
 * @example renderGridTemplate(templateFromGrid([["{{summary.total}} chỉ tiêu"]]).template, data, checked, "Báo cáo", DEFAULT_TEMPLATE, "vi", [])
 *   .cells → [[{ text: "97 chỉ tiêu" }]]
 */
export function renderGridTemplate(
  t: GridTemplate,
  data: ReportData,
  checked: CheckedSheet,
  name: string,
  spec: BuiltinTemplate,
  lang: Lang,
  warnings: Bilingual[],
): NewSheet {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  const b = new SheetBuilder(width, spec.font, []);
  const vars = scalars(data, checked, lang);
  const repeatOf = new Map(t.repeats.map((x) => [x.row, x.list] as const));
  const rowMap = new Map<number, number[]>();
  t.rows.forEach((row, r) => {
    const list = repeatOf.get(r);
    const targets: number[] = [];
    if (list) {
      const items = listItems(data, list);
      if (items.length === 0) warnings.push({ vi: `Danh sách "${list}" trống: dòng lặp ${r + 1} bị bỏ.`, en: `List "${list}" is empty: repeated row ${r + 1} left out.` });
      for (const it of items) {
        const out = b.addRow();
        const local = { ...vars, ...it };
        row.forEach((c, i) => b.set(out, i, fill(c, local)));
        targets.push(out);
      }
    } else {
      const out = b.addRow();
      row.forEach((c, i) => b.set(out, i, fill(c, vars)));
      targets.push(out);
    }
    rowMap.set(r, targets);
  });
  for (const m of t.merges) {
    const tops = rowMap.get(m.top) ?? [];
    const bottoms = rowMap.get(m.bottom) ?? [];
    if (m.top === m.bottom) for (const r of tops) b.merge(r, m.left, m.right);
    else if (tops.length === 1 && bottoms.length === 1) b.merge(tops[0], m.left, m.right, bottoms[0]);
  }
  return b.build(name, a4Print(spec.margins));
}
