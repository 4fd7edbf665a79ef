// The report's content from a check result and a plan: header texts, summary counts, rows by section, shortfalls.
import type { Lang } from "../types";
import type { Plan } from "../plan/schema";
import type { Rule } from "../rule/schema";
import { STATUS, STATUS_CODES, type StatusCode, type Verdict } from "../rule/verdict";
import { formatNumber, formatPercent, formatPoints } from "../number/format";
import { SHORT, needText } from "../sheet/check";
import type { CheckedSheet } from "../sheet/types";
import { cleanOf, incompleteLine, notJudgedTitle, withFigures } from "../sheet/coverage";
import { cellAddress } from "../sheet/model";
import { dmy, optionsLine } from "../session/options";
import { resultsView } from "../session/results";
import { unitHint } from "../rule/parse/context";
import type { BuiltinTemplate, ReportData, ReportMeta, ReportRow, ReportSection } from "./model";
import { reportDefaults } from "./issuer";

export { issuerLines } from "./issuer";

/** Shortfall lines beyond this many are summed up in one line (a matrix can have thousands of short cells). */
export const MAX_SHORTFALL_LINES = 200;
const MAX_FINDING_LINES = 50;
/** Lines per section of the technical notes; a sheet of thousands of notes helps nobody. */
const MAX_NOTE_LINES = 300;

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

/**
 * Whether "Tỷ lệ hoàn thành" (actual over target) means something for a rule: only where more is better and the
 * target is an amount to reach. For lower-is-better targets, ranks, levels, deadlines, yes/no, zero and change
 * rules a ratio such as 125% or 207% would read as over-achievement when it is not.
 * @example ratioMeaningful({ kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" }, intent: "plain" }) → true
 * @example ratioMeaningful({ kind: "rank", rank: 6, of: 30, top: false }) → false
 */
export function ratioMeaningful(rule: Rule | undefined): boolean {
  if (!rule) return false;
  switch (rule.kind) {
    case "compare":
      return (rule.op === ">=" || rule.op === ">") && rule.intent === "plain";
    case "fraction":
      return true;
    case "range":
      return rule.sense === "up";
    case "frequency":
      return rule.op === ">=" || rule.op === ">";
    case "level":
    case "rank":
    case "change":
    case "reference":
    case "deadline":
    case "zero":
    case "boolean":
      return false;
  }
}

function completionText(v: Verdict | undefined, lang: Lang): string {
  if (!v || v.ratio === null || !Number.isFinite(v.ratio) || !ratioMeaningful(v.rule)) return "";
  return formatPercent(v.ratio, lang, 1);
}

/** What a gap is counted in: percentage points for shares, else the rule's own noun or unit. */
function gapUnit(rule: Rule | undefined, fallback: string): { points: true } | { word: string } | null {
  if (!rule) return null;
  switch (rule.kind) {
    case "compare":
    case "range":
    case "change":
    case "reference":
    case "zero":
      return rule.unit.kind === "percent" ? { points: true } : { word: rule.unit.kind === "count" ? (rule.unit.noun ?? fallback) : rule.unit.unit };
    case "fraction":
      return { points: true };
    case "frequency":
      return { word: rule.noun ?? fallback };
    default:
      return null;
  }
}

/**
 * How far a shortfall is, from the verdict's numbers only (never from its explanation, whose brackets can hold
 * notes about how the target was read): what is still needed when countable, else the gap in the rule's unit.
 * @example gapText(verdictOf("ít nhất 65%", 0.632), "vi") → "thiếu 1,8 điểm %"
 */
export function gapText(v: Verdict, lang: Lang, unit = ""): string {
  if (!SHORT.has(v.status)) return "";
  const need = needText(v);
  if (need) return need[lang];
  const g = v.gap.value;
  // A deadline's gap is in days: past the due day (late, or still not done), or before a window's first day.
  if (v.rule?.kind === "deadline" && g !== null && Number.isFinite(g) && g !== 0) {
    const days = formatNumber(Math.abs(g), lang);
    if (g < 0) return lang === "en" ? `${days} days before the first day` : `sớm ${days} ngày so với ngày đầu`;
    if (v.status === "overdue") return lang === "en" ? `${days} days overdue` : `quá hạn ${days} ngày`;
    return lang === "en" ? `${days} days late` : `trễ ${days} ngày`;
  }
  const u = gapUnit(v.rule, unit);
  if (g === null || !Number.isFinite(g) || g === 0 || !u) return "";
  const over = g > 0;
  const amount = "points" in u ? (lang === "vi" ? `${formatPoints(g, lang)} điểm %` : `${formatPoints(g, lang)} percentage points`) : `${formatNumber(Math.abs(g), lang)}${u.word ? ` ${u.word}` : ""}`;
  if (lang === "en") return over ? `${amount} over the limit` : `${amount} short`;
  return over ? `vượt mức cho phép ${amount}` : `thiếu ${amount}`;
}

/**
 * The figure a report row shows: a task's bare yes/no (the sheet reader's "Có"/"Không" for "Chưa tổ chức", "Đã xong")
 * says what it means for a deadline, never "thực hiện Không".
 */
function shownActual(v: Verdict, lang: Lang): string {
  if (v.rule?.kind === "deadline" && (v.actualText === "Có" || v.actualText === "Không")) {
    const done = v.actualText === "Có";
    return lang === "en" ? (done ? "done" : "not done") : done ? "đã hoàn thành" : "chưa hoàn thành";
  }
  return v.actualText;
}

/**
 * A shortfall's figure as a sentence says it: a bare number typed under the row's unit (ĐVT) carries that unit, since
 * "thực hiện 48, kế hoạch 50 tỷ đồng" leaves the reader to guess what 48 counts. A percent ĐVT is left as typed: a
 * bare 0,65 there may be a fraction of one or 0,65 %, and the sentence must not decide which.
 * @example withUnit("48", "tỷ đồng") → "48 tỷ đồng"; withUnit("48", "%") → "48"; withUnit("0,65", "Tỷ lệ") → "0,65"
 */
export function withUnit(actual: string, unit: string): string {
  const u = unit.trim(), k = unitHint(u)?.kind;
  // (Only a unit: a ĐVT naming the measure, not what it counts in, "Tỷ lệ", "Mức", "Hạng", "Chỉ số", "Số lượng", would
  // make "0,65 Tỷ lệ", "3 Mức".)
  if ((k !== "count" && k !== "measure") || NOT_A_UNIT.test(u) || !/^[-−+]?\d[\d.,\s]*$/.test(actual.trim())) return actual;
  return `${actual.trim()} ${u}`;
}
const NOT_A_UNIT = /^(?:chỉ số|hệ số|số lượng|số|tổng số|giá trị|điểm số)$/iu;

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
export function summarySentence(s: ReportData["summary"], lang: Lang, tolerance = 0): string {
  const parts: string[] = [];
  const share = s.total > 0 ? ` (${formatPercent(s.achieved / s.total, lang, 1)})` : "";
  const kinds = ["near", "not_met", "review", "overdue", "pending", "no_data", "invalid", "unreadable"] as const;
  // "Gần đạt" is the tool's own band: say once how wide it is, where it is used.
  const band = s.near > 0 && tolerance > 0 ? formatPercent(tolerance, lang, 1) : "";
  if (lang === "en") {
    parts.push(`${s.achieved} met or exceeded${share}`);
    for (const k of kinds) if (s[k] > 0) parts.push(`${s[k]} ${STATUS[k].en.toLowerCase()}${k === "near" && band ? ` (short by at most ${band})` : ""}`);
    return `${s.total} indicators in all: ${parts.join(", ")}.`;
  }
  parts.push(`${s.achieved} chỉ tiêu đạt và vượt${share}`);
  for (const k of kinds) if (s[k] > 0) parts.push(`${s[k]} ${STATUS[k].vi.toLowerCase()}${k === "near" && band ? ` (thiếu không quá ${band})` : ""}`);
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
  const planNotes = new Map((plan?.indicators ?? []).filter((i) => i.notes).map((i) => [i.id, i.notes as string] as const));
  const rows: ReportRow[] = [];
  // Sections are told apart by their whole path: two plans parts may both have an "a) Phòng Giáo dục và Đào tạo".
  const sectionOf: string[][] = [];
  let n = 0;
  if (!matrix) {
    // Units across the top: the row's roll-up over its units ("6/10 đơn vị đạt") is said once, on the row's first line.
    const rollOf = new Map(checked.rollUps.map((r) => [r.group, r] as const));
    // A row's own note ("Hải Hậu: số liệu gửi bằng văn bản") is said once, on its first line, not on every unit's.
    const noted = new Set<string>();
    for (const it of checked.items) {
      const v = it.verdict;
      const row: ReportRow = {
        stt: String(++n),
        // A unit's verdict from a row read across units ("Mỹ Lộc – Tỷ số giới tính khi sinh") names its unit, as the
        // report's shortfalls and the CLI do: ten rows of one indicator are otherwise told apart by nothing.
        name: it.unitName ? `${it.unitName} – ${it.name}` : it.name,
        unit: it.unit ?? "",
        target: wrappable(it.target),
        actual: shownActual(v, lang),
        completion: completionText(v, lang),
        status: v.status,
        statusText: statusText(v, lang),
        explanation: v.explanations[lang],
        gap: gapText(v, lang, it.unit ?? ""),
        note: officialNote(it.note, it.indicatorId ? planNotes.get(it.indicatorId) : undefined),
      };
      if (it.indicatorId) row.indicatorId = it.indicatorId;
      if (row.note !== "") {
        const key = `${it.row}\u0000${row.note}`;
        if (noted.has(key)) row.note = "";
        else noted.add(key);
      }
      const roll = it.earlierYear === undefined ? rollOf.get(it.row) : undefined;
      if (roll) {
        rollOf.delete(it.row);
        row.rollUp = roll.text[lang];
        row.note = [row.rollUp, row.note].filter((x) => x !== "").join("; ");
      }
      rows.push(row);
      sectionOf.push(it.section);
    }
  } else {
    for (const r of checked.rollUps) {
      const first = checked.items.find((i) => i.group === r.group);
      // Without a district verdict the row's status comes from the units that were judged. None judged says what
      // stopped them (asked, a target not read, a figure not read, else no data), never a false "not met" over units
      // nobody judged nor "no data" over figures that are there.
      const judged = r.judged ?? r.units;
      // (The units' statuses are looked at only for a roll-up none of whose units was judged, not built for every one.)
      const held = (x: StatusCode) => checked.items.some((i) => i.group === r.group && i.status === x);
      const status: StatusCode = r.verdict
        ? r.verdict.status
        : judged === 0
          ? (["review", "unreadable", "invalid"] as const).find(held) ?? "no_data"
          : r.met === judged
            ? // Every judged unit met, but some were not judged: they could still fall short, so the district has not
              // met it yet — asked where a unit is asked about, else no data (never "Đạt" over 1 of 12 units judged).
              judged < r.units
              ? r.byStatus.review > 0
                ? "review"
                : "no_data"
              : "met"
            : // Some judged units fell short. Short only for now — every one not yet due ("Chưa đến hạn") — the district
              // is not yet due either, never "Chưa đạt" in the official appendix over units that still have time.
              r.byStatus.not_met + r.byStatus.near + r.byStatus.overdue === 0 && r.byStatus.pending > 0
              ? r.byStatus.review > 0
                ? "review"
                : "pending"
              : "not_met";
      const rollText = r.text[lang];
      const row: ReportRow = {
        stt: String(++n),
        name: r.name,
        unit: first?.unit ?? "",
        target: wrappable(r.target),
        actual: r.verdict ? `${r.verdict.actualText} (${rollText})` : rollText,
        completion: r.verdict ? completionText(r.verdict, lang) : judged > 0 ? formatPercent(r.met / r.units, lang, 1) : "",
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

  const sections = sectionsOf(rows, sectionOf);
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
      actual: withUnit(shownActual(it.verdict, lang), it.unit ?? ""),
      gap: sf.need ? sf.need[lang] : gapText(it.verdict, lang, it.unit ?? ""),
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
  const listed = (cov?.notJudged ?? []).slice(0, MAX_FINDING_LINES);
  const unjudged = listed.map((n) => n.message[lang]);
  // A matrix column not judged is one line for its units' cells (`count`).
  const beyond = (cov?.notJudgedTotal ?? 0) - listed.reduce((a, n) => a + (n.count ?? 1), 0);
  const more = withFigures(beyond, checked.layout.shape === "matrix", lang);
  if (beyond > 0) unjudged.push(lang === "en" ? `Also not judged: ${more}.` : `Còn ${more} khác chưa được đánh giá.`);
  // The notes start with what was not judged, here and on the other sheets (core's one line, as the CLI and the panes
  // start with it); until the report lays `unjudged` out in a part of its own, the notes carry the rows too.
  const clean = cleanOf(checked);
  const incomplete = cov ? incompleteLine(clean, lang, "report") : null;
  if (incomplete) findings.unshift(incomplete, ...unjudged);

  const summary = summaryOf(checked, rows, matrix);
  const d = reportDefaults(plan, meta.sheet ?? null, checked.layout.headerRows[0]);
  const place = meta.place ?? d.place;
  // The period is added only when the title does not already say it ("... năm học 2024-2025").
  const period = plan?.period && !plan.title.replace(/\s/g, "").includes(plan.period.replace(/\s/g, "")) ? ` (${plan.period})` : "";
  const en = meta.lang === "en";
  const planRef = plan ? `${plan.number ? (en ? `of plan no. ${plan.number}` : `theo Kế hoạch số ${plan.number}`) : `${en ? "of" : "theo"} ${plan.title}`}${period}` : `${en ? "on sheet" : "trang"} "${checked.sheet}"`;
  const number = meta.number ? (/^số/i.test(meta.number) ? meta.number : `Số: ${meta.number}`) : d.number;
  const asOfLine = meta.asOf ? (lang === "en" ? `(Figures as of ${dmy(meta.asOf)})` : `(Số liệu tính đến ngày ${dmy(meta.asOf)})`) : "";
  return {
    parent: meta.parent ?? d.parent,
    issuer: meta.issuer && meta.issuer.length > 0 ? meta.issuer : d.issuer,
    number,
    placeDate: placeDateLine(place, meta.date, lang),
    title: spec.title,
    subject: meta.subject ?? spec.subject.replace("{plan}", planRef),
    plan: { id: plan?.id ?? null, title: plan?.title ?? "", number: plan?.number ?? "", period: plan?.period ?? "" },
    date: meta.date ?? "",
    summary,
    summaryText: summarySentence(summary, lang, meta.tolerance),
    sections,
    shortfalls,
    findings,
    unjudged,
    unjudgedTotal: cov?.notJudgedTotal ?? 0,
    clean,
    recipients: meta.recipients ?? spec.recipients,
    signatureTitle: meta.signatureTitle && meta.signatureTitle.length > 0 ? meta.signatureTitle : d.signatureTitle,
    signerName: meta.signerName ?? "",
    asOfLine,
    technical: technicalNotes(checked, plan, meta, lang),
  };
}

/**
 * The sheet's own "Ghi chú" for the official table, unless it only repeats the plan's notes (which say how the
 * plan was transcribed and read: software notes, kept for the technical sheet).
 */
function officialNote(note: string | undefined, planNote: string | undefined): string {
  const n = (note ?? "").trim();
  if (n === "" || (planNote && planNote.replace(/\s+/g, " ").includes(n.replace(/\s+/g, " ")))) return "";
  return n;
}

/** Whether `path` ends with `tail`. */
function endsWith(path: string[], tail: string[]): boolean {
  if (tail.length > path.length) return false;
  const off = path.length - tail.length;
  return tail.every((t, i) => path[off + i] === t);
}

/**
 * Rows grouped under their sections, with each heading printed once: a short path read from the sheet's own
 * heading rows ("h) …") joins the plan's full path ending the same way, headings common to every row are left
 * out, and groups are ordered as a tree (by where each heading first appears) so a parent is never repeated.
 */
function sectionsOf(rows: ReportRow[], paths: string[][]): ReportSection[] {
  const fulls = [...new Map(paths.map((p) => [p.join("\u0001"), p])).values()].sort((a, b) => b.length - a.length);
  const norm = paths.map((p) => (p.length === 0 ? p : (fulls.find((f) => f.length > p.length && endsWith(f, p)) ?? p)));
  const nonEmpty = norm.filter((p) => p.length > 0);
  let prefix = 0;
  if (nonEmpty.length > 0) {
    const shortest = Math.min(...nonEmpty.map((p) => p.length));
    // The last heading of a path is always printed, so the common prefix stops one short of it.
    while (prefix < shortest - 1 && nonEmpty.every((p) => p[prefix] === nonEmpty[0][prefix])) prefix++;
  }
  const firstSeen = new Map<string, number>();
  const groups = new Map<string, { path: string[]; rows: ReportRow[] }>();
  norm.forEach((p, i) => {
    const levels = p.slice(prefix);
    for (let dpt = 1; dpt <= levels.length; dpt++) {
      const k = levels.slice(0, dpt).join("\u0001");
      if (!firstSeen.has(k)) firstSeen.set(k, i);
    }
    const key = levels.join("\u0001");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { path: levels, rows: [] }));
    g.rows.push(rows[i]);
  });
  const order = (g: { path: string[] }) => g.path.map((_, dpt) => firstSeen.get(g.path.slice(0, dpt + 1).join("\u0001")) ?? -1);
  const sorted = [...groups.values()].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
  const out: ReportSection[] = [];
  let printed: string[] = [];
  for (const g of sorted) {
    let same = 0;
    while (same < g.path.length && same < printed.length && g.path[same] === printed[same]) same++;
    for (let dpt = same; dpt < g.path.length - 1; dpt++) out.push({ title: g.path[dpt], level: dpt, rows: [] });
    if (g.path.length === 0 || same < g.path.length) out.push({ title: g.path[g.path.length - 1] ?? "", level: Math.max(0, g.path.length - 1), rows: g.rows });
    else out.push({ title: "", level: g.path.length, rows: g.rows });
    printed = g.path;
  }
  return out;
}

/**
 * The "Ghi chú kỹ thuật" sheet's content: how the check was made, how targets and figures were read, what was not
 * judged and why, plan indicators not on the sheet, and the data checks, each line with its cell where it has one.
 */
function technicalNotes(checked: CheckedSheet, plan: Plan | null, meta: ReportMeta, lang: Lang): ReportData["technical"] {
  const en = lang === "en";
  const sheet = { name: checked.sheet, values: [], origin: meta.sheet?.origin };
  const view = resultsView(sheet, checked);
  const about: { text: string; cell?: string }[] = [
    { text: en ? `Sheet checked: “${checked.sheet}”.` : `Trang số liệu đã kiểm tra: «${checked.sheet}».` },
    { text: plan ? (en ? `Plan: ${plan.title} (${plan.id}).` : `Kế hoạch: ${plan.title} (${plan.id}).`) : en ? "No plan: targets as written in the workbook." : "Không dùng kế hoạch: chỉ tiêu lấy từ sổ số liệu." },
  ];
  // How the sheet was chosen among others (what they hold), then the reader's close choices: the columns taken and
  // those left, targets from another sheet. The same sentences the CLI prints as "Chọn bảng" and its "·" lines.
  for (const d of view.decisions) about.push({ text: d[lang] });
  if (meta.asOf) about.push({ text: optionsLine({ asOf: meta.asOf, tolerance: meta.tolerance ?? 0, asOfSource: meta.asOfSource ?? "user" }, lang) });
  if (meta.fixedLabels) {
    about.push({ text: en ? meta.fixedLabels === 1 ? "1 status cell holds a fixed label (no formula could judge its rule); it does not update when a figure changes." : `${meta.fixedLabels} status cells hold a fixed label (no formula could judge their rule); they do not update when a figure changes.` : `${meta.fixedLabels} ô đánh giá ghi nhãn cố định (quy tắc chưa dịch được thành công thức); các ô này không tự cập nhật khi sửa số liệu.` });
  }
  const readings: { text: string; cell?: string }[] = [];
  const seen = new Set<string>();
  for (const it of checked.items) {
    for (const w of it.verdict.warnings) {
      const text = `${it.unitName ? `${it.unitName} · ` : ""}${it.name}: ${w.message[lang]}`;
      if (seen.has(text)) continue;
      seen.add(text);
      readings.push({ text, cell: cellAddress(sheet, it.cell.row, it.cell.col) });
      if (readings.length >= MAX_NOTE_LINES) break;
    }
    if (readings.length >= MAX_NOTE_LINES) break;
  }
  const notJudged = view.notJudged.slice(0, MAX_NOTE_LINES).map((r) => ({ text: r.text[lang], cell: r.address }));
  const missing = view.unmatchedIndicators.slice(0, MAX_NOTE_LINES).map((i) => ({ text: `${i.name} (${i.id})` }));
  const checks = view.findings.slice(0, MAX_NOTE_LINES).map((f) => ({ text: f.text[lang], ...(f.address ? { cell: f.address } : {}) }));
  const sections: ReportData["technical"] = [{ title: en ? "About this check" : "Thông tin về lần kiểm tra", lines: about }];
  if (readings.length) sections.push({ title: en ? "How targets and figures were read" : "Cách hiểu chỉ tiêu và số liệu", lines: readings });
  if (notJudged.length) sections.push({ title: notJudgedTitle(plan !== null)[lang], lines: notJudged });
  if (missing.length) sections.push({ title: en ? "Plan indicators not found on the sheet" : "Chỉ tiêu của kế hoạch không có trên trang", lines: missing });
  if (checks.length) sections.push({ title: en ? "Data checks" : "Kiểm tra số liệu", lines: checks });
  return sections;
}

/**
 * A target as the report's narrow "Kế hoạch" column prints it: a glued "=" gets spaces, so a long "a/b=c%" wraps at
 * the sign instead of inside a number ("2.348/2.348=1" over "00%"). Nothing else of the plan's wording changes.
 * @example wrappable("2.348/2.348=100%") → "2.348/2.348 = 100%"
 */
export function wrappable(target: string): string {
  return target.replace(/([^\s<>!=])=(?=[^\s=])/g, "$1 = ");
}
