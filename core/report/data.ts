// The report's content from a check result and a plan: header texts, summary counts, rows by section, shortfalls.
import type { Lang } from "../types";
import type { Plan } from "../plan/schema";
import { STATUS, STATUS_CODES, type StatusCode, type Verdict } from "../rule/verdict";
import { formatNumber, formatPercent } from "../number/format";
import { SHORT, needText } from "../sheet/check";
import type { CheckedSheet } from "../sheet/types";
import type { BuiltinTemplate, ReportData, ReportMeta, ReportRow, ReportSection } from "./model";

/** Shortfall lines beyond this many are summed up in one line (a matrix can have thousands of short cells). */
export const MAX_SHORTFALL_LINES = 200;
const MAX_FINDING_LINES = 50;

/**
 * The issuing body as the header of an official document sets it: the body's kind over its place.
 * @example issuerLines("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN") → ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"]
 */
export function issuerLines(issuer: string): string[] {
  const s = issuer.replace(/\s+/g, " ").trim().toLocaleUpperCase("vi");
  for (const head of ["ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]) {
    if (s.startsWith(`${head} `)) return [head, s.slice(head.length + 1)];
  }
  return [s];
}

/**
 * The place-and-date line of Nghị định 30/2020: day below 10 and months 1-2 written with a leading zero.
 * @example placeDateLine("Long Biên", "2025-02-05") → "Long Biên, ngày 05 tháng 02 năm 2025"
 * @example placeDateLine("Long Biên", undefined) → "Long Biên, ngày      tháng      năm       "
 */
export function placeDateLine(place: string, iso: string | undefined, lang: Lang = "vi"): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return lang === "en" ? `${place}, date ........` : `${place}, ngày      tháng      năm       `;
  const [, y, mo, d] = m;
  if (lang === "en") return `${place}, ${d}/${mo}/${y}`;
  const day = Number(d) < 10 ? d : String(Number(d));
  const month = Number(mo) <= 2 ? mo : String(Number(mo));
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

function statusText(v: Verdict | { status: StatusCode }, lang: Lang): string {
  const s = STATUS[v.status];
  return `${s.symbol} ${s[lang]}`;
}

function completionText(v: Verdict | undefined, lang: Lang): string {
  if (!v || v.ratio === null || !Number.isFinite(v.ratio)) return "";
  return formatPercent(v.ratio, lang, 1);
}

function gapText(v: Verdict, lang: Lang): string {
  if (!SHORT.has(v.status)) return "";
  const need = needText(v);
  if (need) return need[lang];
  // Without a countable need, the explanation's bracket says how far ("thiếu 1,8 điểm %").
  const m = /\(([^()]*)\)\s*$/.exec(v.explanations[lang]);
  return m ? m[1] : "";
}

/** Counts as the report prints them. */
function summaryOf(checked: CheckedSheet, rows: ReportRow[], matrix: boolean): ReportData["summary"] {
  const out = { total: 0, achieved: 0 } as ReportData["summary"];
  for (const s of STATUS_CODES) out[s] = 0;
  if (matrix) {
    for (const r of rows) out[r.status]++;
    out.total = rows.length;
  } else {
    for (const s of STATUS_CODES) out[s] = checked.summary.byStatus[s];
    out.total = checked.summary.total;
  }
  out.achieved = out.met + out.exceeded;
  return out;
}

/**
 * One sentence of counts; zero counts are left out.
 * @example summarySentence({ total: 30, achieved: 22, not_met: 5, no_data: 3, ... }, "vi")
 *   → "Tổng số 30 chỉ tiêu: 22 chỉ tiêu đạt và vượt (73,3%), 5 chưa đạt, 3 chưa có số liệu."
 */
export function summarySentence(s: ReportData["summary"], lang: Lang): string {
  const parts: string[] = [];
  const share = s.total > 0 ? ` (${formatPercent(s.achieved / s.total, lang, 1)})` : "";
  if (lang === "en") {
    parts.push(`${s.achieved} met or exceeded${share}`);
    for (const k of ["near", "not_met", "overdue", "pending", "no_data", "invalid", "unreadable"] as const) {
      if (s[k] > 0) parts.push(`${s[k]} ${STATUS[k].en.toLowerCase()}`);
    }
    return `${s.total} indicators in all: ${parts.join(", ")}.`;
  }
  parts.push(`${s.achieved} chỉ tiêu đạt và vượt${share}`);
  for (const k of ["near", "not_met", "overdue", "pending", "no_data", "invalid", "unreadable"] as const) {
    if (s[k] > 0) parts.push(`${s[k]} ${STATUS[k].vi.toLowerCase()}`);
  }
  return `Tổng số ${s.total} chỉ tiêu: ${parts.join(", ")}.`;
}

/**
 * Builds the report's content. Lists give one row per judged indicator; unit matrices one row per
 * indicator with its roll-up ("13/14 phường đạt") and district verdict, and shortfalls per unit.
 * @example buildReportData(checked, plan, DEFAULT_TEMPLATE, { date: "2025-05-31" }).summaryText
 *   → "Tổng số 97 chỉ tiêu: 67 chỉ tiêu đạt và vượt (69,1%), 12 gần đạt, ..."
 */
export function buildReportData(
  checked: CheckedSheet,
  plan: Plan | null,
  spec: BuiltinTemplate,
  meta: ReportMeta,
): ReportData {
  const lang = meta.lang ?? "vi";
  const matrix = checked.layout.shape === "matrix";
  const rows: ReportRow[] = [];
  // Sections are told apart by their whole path: two plans parts may both have an "a) Phòng Giáo dục và Đào tạo".
  const sectionOf: string[][] = [];
  let n = 0;
  if (!matrix) {
    for (const it of checked.items) {
      const v = it.verdict;
      const row: ReportRow = {
        stt: String(++n),
        name: it.name,
        unit: it.unit ?? "",
        target: it.target,
        actual: v.actualText,
        completion: completionText(v, lang),
        status: v.status,
        statusText: statusText(v, lang),
        explanation: v.explanations[lang],
        gap: gapText(v, lang),
        note: it.note ?? "",
      };
      if (it.indicatorId) row.indicatorId = it.indicatorId;
      rows.push(row);
      sectionOf.push(it.section);
    }
  } else {
    for (const r of checked.rollUps) {
      const first = checked.items.find((i) => i.group === r.group);
      // Without a district verdict the row's status comes from the units that were judged: none judged is no data,
      // never a false "not met" over units nobody judged.
      const judged = r.judged ?? r.units;
      const status: StatusCode = r.verdict
        ? r.verdict.status
        : judged === 0
          ? "no_data"
          : r.met === judged
            ? "met"
            : "not_met";
      const rollText = r.text[lang];
      const row: ReportRow = {
        stt: String(++n),
        name: r.name,
        unit: first?.unit ?? "",
        target: r.target,
        actual: r.verdict ? `${r.verdict.actualText} (${rollText})` : rollText,
        completion: r.verdict ? completionText(r.verdict, lang) : r.units > 0 ? formatPercent(r.met / r.units, lang, 1) : "",
        status,
        statusText: statusText({ status }, lang),
        explanation: r.verdict ? r.verdict.explanations[lang] : rollText,
        gap: r.verdict ? gapText(r.verdict, lang) : "",
        note: r.shortUnits.length > 0 ? `${lang === "en" ? "Not met" : "Chưa đạt"}: ${r.shortUnits.slice(0, 10).join(", ")}${r.shortUnits.length > 10 ? ", ..." : ""}` : "",
        rollUp: rollText,
      };
      if (r.indicatorId) row.indicatorId = r.indicatorId;
      rows.push(row);
      sectionOf.push(first?.section ?? []);
    }
  }

  const sections: ReportSection[] = [];
  const index = new Map<string, ReportSection>();
  rows.forEach((row, i) => {
    const path = sectionOf[i];
    const key = path.join("\u0001");
    let s = index.get(key);
    if (!s) {
      s = { title: path[path.length - 1] ?? "", rows: [] };
      index.set(key, s);
      sections.push(s);
    }
    s.rows.push(row);
  });
  // Numbering follows the printed order (sections grouped), not the sheet's order.
  let k = 0;
  for (const s of sections) for (const r of s.rows) r.stt = String(++k);

  const shortfalls: ReportData["shortfalls"] = [];
  for (const sf of checked.shortfalls.slice(0, MAX_SHORTFALL_LINES)) {
    const it = checked.items[sf.item];
    const e: ReportData["shortfalls"][number] = {
      stt: String(shortfalls.length + 1),
      name: it.name,
      target: it.target,
      actual: it.verdict.actualText,
      gap: sf.need ? sf.need[lang] : gapText(it.verdict, lang),
    };
    if (it.unitName) e.unitName = it.unitName;
    shortfalls.push(e);
  }
  const findings = checked.findings.slice(0, MAX_FINDING_LINES).map((f) => f.message[lang]);
  if (checked.shortfalls.length > MAX_SHORTFALL_LINES) {
    const more = checked.shortfalls.length - MAX_SHORTFALL_LINES;
    findings.unshift(lang === "en" ? `${more} more shortfalls are not listed.` : `Còn ${formatNumber(more)} trường hợp chưa đạt khác không liệt kê.`);
  }

  // Rows with figures that were not judged are said in the report too, each with its cell and why.
  const cov = checked.coverage;
  const unjudged = (cov?.notJudged ?? []).slice(0, MAX_FINDING_LINES).map((n) => n.message[lang]);
  const beyond = (cov?.notJudgedTotal ?? 0) - unjudged.length;
  if (beyond > 0) unjudged.push(lang === "en" ? `${beyond} more rows with figures were not judged.` : `Còn ${formatNumber(beyond)} dòng có số liệu khác chưa được đánh giá.`);
  if (cov && cov.notJudgedTotal > 0) {
    // Until the report lays `unjudged` out in a part of its own, the notes carry it.
    findings.unshift(
      lang === "en" ? `${cov.notJudgedTotal} rows with figures were not judged:` : `${formatNumber(cov.notJudgedTotal)} dòng có số liệu chưa được đánh giá:`,
      ...unjudged,
    );
  }

  const summary = summaryOf(checked, rows, matrix);
  const issuer = meta.issuer ?? (plan ? issuerLines(plan.issuer) : ["ỦY BAN NHÂN DÂN", "................"]);
  const place = meta.place ?? plan?.place ?? "..........";
  // The period is added only when the title does not already say it ("... năm học 2024-2025").
  const period = plan?.period && !plan.title.replace(/\s/g, "").includes(plan.period.replace(/\s/g, "")) ? ` (${plan.period})` : "";
  const planRef = plan ? `${plan.number ? `theo Kế hoạch số ${plan.number}` : `theo ${plan.title}`}${period}` : `trang "${checked.sheet}"`;
  const number = meta.number ? (/^số/i.test(meta.number) ? meta.number : `Số: ${meta.number}`) : "Số:        /BC-UBND";
  return {
    issuer,
    number,
    placeDate: placeDateLine(place, meta.date, lang),
    title: spec.title,
    subject: meta.subject ?? spec.subject.replace("{plan}", planRef),
    plan: { id: plan?.id ?? null, title: plan?.title ?? "", number: plan?.number ?? "", period: plan?.period ?? "" },
    date: meta.date ?? "",
    summary,
    summaryText: summarySentence(summary, lang),
    sections,
    shortfalls,
    findings,
    unjudged,
    recipients: meta.recipients ?? spec.recipients,
    signatureTitle: meta.signatureTitle ?? spec.signatureTitle,
    signerName: meta.signerName ?? "",
  };
}
