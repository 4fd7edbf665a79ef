// The report as data: what a "Báo cáo kết quả thực hiện chỉ tiêu" says (ReportData) and the sheet any host renders.
import type { Bilingual } from "../types";
import type { StatusCode } from "../rule/verdict";
import type { NewSheet } from "../sheet/output";

/** Who issues the report and when; all optional, defaults come from the plan and today. */
export interface ReportMeta {
  /** Issuing body, upper case, one line per array item: ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"]. */
  issuer?: string[];
  /** Document number ("Số: 45/BC-UBND"); default "Số:      /BC-UBND". */
  number?: string;
  /** Place for the date line ("Long Biên"). */
  place?: string;
  /** Report date, ISO yyyy-mm-dd; default: blanks ("ngày ... tháng ... năm ..."). */
  date?: string;
  /** Subject line under "BÁO CÁO". */
  subject?: string;
  /** "Nơi nhận:" lines. */
  recipients?: string[];
  /** Signature block lines above the name: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  signatureTitle?: string[];
  signerName?: string;
  /** Name of the sheet to create; default "Báo cáo". */
  sheetName?: string;
  lang?: "vi" | "en";
}

/** One line of the report table. */
export interface ReportRow {
  /** "1", "2", ... within the whole table. */
  stt: string;
  indicatorId?: string;
  name: string;
  /** ĐVT. */
  unit: string;
  /** Target as written ("ít nhất 65%"). */
  target: string;
  /** Actual as understood ("63,2%"), or "" when none. */
  actual: string;
  /** Completion ratio as text ("97,2%"), or "". */
  completion: string;
  status: StatusCode;
  /** "✗ Chưa đạt". */
  statusText: string;
  /** Explanation sentence. */
  explanation: string;
  /** Gap, when short: "cần thêm 23 trẻ" or "thiếu 1,8 điểm %". */
  gap: string;
  note: string;
  /** Matrix roll-up text ("13/14 phường đạt") when the row is an indicator of a unit matrix. */
  rollUp?: string;
}

export interface ReportSection {
  /** Section title ("2.1. Giáo dục mầm non"), "" for indicators without a section. */
  title: string;
  rows: ReportRow[];
}

/** The report's content, independent of layout; templates render it. */
export interface ReportData {
  issuer: string[];
  number: string;
  placeDate: string;
  title: string;
  subject: string;
  plan: { id: string | null; title: string; number: string; period: string };
  date: string;
  summary: { total: number; achieved: number } & Record<StatusCode, number>;
  /** One line summing up counts ("Tổng số 30 chỉ tiêu: 22 đạt/vượt, 5 chưa đạt, ..."). */
  summaryText: string;
  sections: ReportSection[];
  /** Shortfalls, largest gap first. */
  shortfalls: { stt: string; name: string; target: string; actual: string; gap: string; unitName?: string }[];
  findings: string[];
  /**
   * Rows with figures the check did not judge, one line each with the cell and why ("Ô F12 (…) có số liệu nhưng không
   * khớp chỉ tiêu nào của kế hoạch; …"), and a last line counting any beyond the list: never left out of a report.
   */
  unjudged: string[];
  recipients: string[];
  signatureTitle: string[];
  signerName: string;
}

/** The report: its content and the sheet to create from it. */
export interface ReportModel {
  data: ReportData;
  sheet: NewSheet;
  /** Non-fatal notes for the user (e.g. a placeholder with no value). */
  warnings: Bilingual[];
}

/** An error in a user's template sheet, naming the cell (A1) where it is. */
export interface TemplateError {
  code: "unknown_placeholder" | "unclosed_repeat" | "stray_close" | "nested_repeat" | "unknown_list" | "empty_template" | "bad_syntax";
  cell: string;
  message: Bilingual;
}

/** The built-in layout's texts and measures, as stored in templates/reports/*.json. */
export interface BuiltinTemplate {
  id: string;
  name: string;
  font: { name: string; size: number };
  motto: [string, string];
  title: string;
  /** Subject line; `{plan}` and `{period}` are replaced. */
  subject: string;
  /** Table column headers, in order: STT, Chỉ tiêu, ĐVT, Kế hoạch, Thực hiện, Tỷ lệ hoàn thành, Đánh giá, Ghi chú. */
  columns: { key: "stt" | "name" | "unit" | "target" | "actual" | "completion" | "status" | "note"; header: string; width: number }[];
  headings: { summary: string; table: string; shortfalls: string; findings: string; recipients: string };
  recipients: string[];
  signatureTitle: string[];
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

/** A user template read from a sheet by `templateFromGrid`: literal cells, placeholders, one repeated row. */
export interface GridTemplate {
  /** Cells as parsed: literal text/number, or parts mixing text and placeholders. */
  rows: TemplateCell[][];
  /** Repeated rows (indices in `rows`), each with the list it repeats over; the markers are removed from `rows`. */
  repeats: { row: number; list: "indicators" | "shortfalls" | "findings" }[];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

export type TemplateCell =
  | null
  | { literal: string | number | boolean }
  | { parts: ({ text: string } | { key: string })[] };

export type ReportTemplate = { kind: "builtin"; spec: BuiltinTemplate } | { kind: "grid"; template: GridTemplate; name?: string };
