// The report as data: what a "Báo cáo kết quả thực hiện chỉ tiêu" says (ReportData) and the sheet any host renders.
import type { Bilingual } from "../types";
import type { StatusCode } from "../rule/verdict";
import type { NewSheet } from "../sheet/output";
import type { SheetData } from "../sheet/model";
import type { Clean } from "../sheet/coverage";

/** Who issues the report and when; all optional, defaults come from the plan and today. */
export interface ReportMeta {
  /** Issuing body, upper case, one line per array item: ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"]. */
  issuer?: string[];
  /** Superior body printed above the issuer, not bold ("UBND QUẬN HẢI AN" over "TRƯỜNG MN CÁT BI"); "" for none. */
  parent?: string;
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
  /** The checked sheet: its title block names the unit that reports (a school, a ward) when meta gives no issuer. */
  sheet?: Pick<SheetData, "values" | "origin">;
  /** The day the check was judged on (ISO), and the "Gần đạt" tolerance: stated under the title and in the notes. */
  asOf?: string;
  tolerance?: number;
  /** Where the as-of date came from (the user, the end of the plan period, today), for the notes. */
  asOfSource?: "user" | "period" | "today";
  /** Status cells the check wrote as fixed labels (no formula could judge them), for the notes. */
  fixedLabels?: number;
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
  /** Depth under the headings common to the whole table (0 = top); a heading with no rows of its own opens deeper ones. */
  level: number;
  rows: ReportRow[];
}

/** The report's content, independent of layout; templates render it. */
export interface ReportData {
  /** Superior body line ("" for none), printed above the issuer. */
  parent: string;
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
  /** How many rows with figures the check did not judge in all (the list above may stop short). */
  unjudgedTotal: number;
  /** Whether part II may say "no shortfalls" plainly, and what stops it (core's one decision, `cleanOf`). */
  clean: Clean;
  recipients: string[];
  signatureTitle: string[];
  signerName: string;
  /** "Số liệu tính đến ngày 31/05/2025", under the subject; "" when the as-of date is not known. */
  asOfLine: string;
  /** What the software did and could not do, for the "Ghi chú kỹ thuật" sheet, never the official table. */
  technical: { title: string; lines: { text: string; cell?: string }[] }[];
}

/** The report: its content and the sheet to create from it. */
export interface ReportModel {
  data: ReportData;
  sheet: NewSheet;
  /** The "Ghi chú kỹ thuật" sheet: interpretations, rows not judged, data checks, options; kept out of the official report. */
  notes: NewSheet;
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
  /** Section headings without numbers (the layout numbers them); `appendix` heads the table attached after the signature. */
  headings: { summary: string; table: string; shortfalls: string; findings: string; recipients: string; appendix?: string };
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
