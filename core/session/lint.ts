// Plan lint findings as sentences a clerk reads: the indicator or task by name instead of "tasks[1].end", and its cell when the plan lives in a sheet.
import type { Bilingual } from "../types";
import type { Plan } from "../plan/schema";
import { lintPlan, type LintSeverity } from "../plan/lint";
import { cellAddress, type SheetData } from "../sheet/model";
import { cellText } from "../sheet/text";
import { dmy } from "./options";

/** One finding, worded whole, with the cell to select when the plan is a sheet of this workbook. */
export interface LintLine {
  severity: LintSeverity;
  /** "Chỉ tiêu «Tỷ lệ trẻ ra lớp» (mục 1.1), ô Kế hoạch: 8/28 = 28,6%, nhưng văn bản ghi 25%." */
  text: Bilingual;
  cell?: { sheet: string; address: string };
}

/** What a field of the plan is called, by the last step of its JSON path. */
const FIELD: Record<string, Bilingual> = {
  target: { vi: "mức chỉ tiêu", en: "target" },
  id: { vi: "mã", en: "id" },
  no: { vi: "số thứ tự", en: "number" },
  start: { vi: "thời gian bắt đầu", en: "start" },
  end: { vi: "thời hạn", en: "deadline" },
  distribution: { vi: "nhóm phân bố", en: "distribution group" },
  name: { vi: "tên", en: "name" },
  unit: { vi: "đơn vị tính", en: "unit" },
};

const SEVERITY: Record<LintSeverity, Bilingual> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Mâu thuẫn", en: "Inconsistent" },
  info: { vi: "Lưu ý", en: "Note" },
};

/** Shortens long names for a sentence: the first 60 characters at a word boundary. */
function short(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= 60) return t;
  const cut = t.slice(0, 60);
  return `${cut.slice(0, Math.max(30, cut.lastIndexOf(" ")))}…`;
}

/**
 * How a clerk names the thing at a JSON path of the plan.
 * @example nameAt(plan, "tasks[1].end") → { vi: "nhiệm vụ số 2 «Tổ chức khai giảng»", en: "task 2 “Tổ chức khai giảng”" }
 */
export function nameAt(plan: Plan, path: string): Bilingual | null {
  const m = /^(indicators|tasks)\[(\d+)\]/.exec(path);
  if (!m) return null;
  const i = Number(m[2]);
  if (m[1] === "indicators") {
    const ind = plan.indicators[i];
    if (!ind) return null;
    const sec = ind.section[ind.section.length - 1];
    return { vi: `chỉ tiêu «${short(ind.name)}»${sec ? `, mục «${short(sec)}»` : ""}`, en: `indicator “${short(ind.name)}”${sec ? `, section “${short(sec)}”` : ""}` };
  }
  const t = plan.tasks[i];
  if (!t) return null;
  return { vi: `nhiệm vụ số ${t.no} «${short(t.content)}»`, en: `task ${t.no} “${short(t.content)}”` };
}

/**
 * Replaces every JSON path ("trùng với tasks[3]") and every indicator id ("13 phường: mn.pc.5-tuoi.phuong") inside
 * a message by the thing's name, so no finding points at something the clerk never sees; ISO dates as dd/mm/yyyy.
 */
function humanise(text: string, plan: Plan, lang: "vi" | "en"): string {
  const names = new Map(plan.indicators.map((i) => [i.id, lang === "vi" ? `«${short(i.name)}»` : `“${short(i.name)}”`] as const));
  return text
    .replace(/\b(indicators|tasks)\[(\d+)\](?:\.[a-z]+)?/g, (p) => nameAt(plan, p)?.[lang] ?? p)
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) => dmy(iso))
    .replace(/[a-z0-9][a-z0-9._-]*[a-z0-9]/g, (w) => names.get(w) ?? w);
}

/** The cell of the row whose id (or task number) cell equals `key` in a plan sheet, or null. */
function findRow(sheet: SheetData, key: string): string | null {
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c] ?? null) === key) return cellAddress(sheet, r, c);
  }
  return null;
}

/**
 * The plan's lint findings as sentences, errors first. With `planSheet` (the plan read from, or inserted as, a
 * sheet of this workbook) each line carries the cell of its indicator or task row.
 * @example lintLines(plan, null, "vi")[0].text.vi → "Mâu thuẫn — chỉ tiêu «Trường đạt chuẩn quốc gia» (2.2. Giáo dục tiểu học), chỉ tiêu: 8/28 = 28,6%, nhưng văn bản ghi 25%."
 */
export function lintLines(plan: Plan, planSheet: SheetData | null): LintLine[] {
  const order: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };
  const findings = lintPlan(plan).sort((a, b) => order[a.severity] - order[b.severity]);
  return findings.map((f) => {
    const who = nameAt(plan, f.location.path);
    const field = /\.([a-z]+)$/.exec(f.location.path)?.[1];
    const fieldName = field ? FIELD[field] : undefined;
    const line = (lang: "vi" | "en") => {
      const head = who ? `${who[lang]}${fieldName ? `, ${fieldName[lang]}` : ""}` : lang === "vi" ? "Kế hoạch" : "The plan";
      const msg = humanise(f.message[lang], plan, lang).replace(/\.$/, "");
      return `${SEVERITY[f.severity][lang]} — ${head}: ${msg}.`;
    };
    const out: LintLine = { severity: f.severity, text: { vi: line("vi"), en: line("en") } };
    const key = f.location.indicator ?? f.location.task;
    if (planSheet && key) {
      const address = findRow(planSheet, key);
      if (address) out.cell = { sheet: planSheet.name, address };
    }
    return out;
  });
}
