// Contracts of sheet checking: the detected layout (with caller overrides), the check options and the check result.
import type { Bilingual, CellValue, Lang } from "../types";
import type { PercentScale, StatusCode, Verdict } from "../rule/verdict";
import type { Rule } from "../rule/schema";
import type { CellRef, SheetData } from "./model";
import type { Period } from "../period/period";

/** What a column of an indicator list holds. */
export type ColumnRole =
  | "stt"
  | "id"
  | "name"
  | "level"
  | "unit"
  | "target"
  | "baseline"
  | "actual"
  | "actualNumerator"
  | "actualDenominator"
  | "rate"
  | "note"
  /** Task tables: the day a task falls due ("Thời gian hoàn thành", "Thời hạn"; a schedule "Tháng 9/2024 - 5/2025"). */
  | "deadline"
  /** Task tables: what was done ("Đã hoàn thành ngày 12/3/2025", "Chưa", "Đang thực hiện"). */
  | "completion"
  /** A status column written earlier by this tool (header "Đánh giá (Chỉ tiêu)"). */
  | "status"
  /** An explanation column written earlier by this tool (header "Giải thích (Chỉ tiêu)"). */
  | "explanation";

/** Something the detector saw but could not give a role, or a role it expected and did not find. */
export interface Unplaced {
  /** Column (0-based, `values` coordinates) or -1 when it is about a missing role. */
  col: number;
  /** Header text as read ("" for a missing role). */
  header: string;
  message: Bilingual;
  /** "unknown": a column no heading word and no evidence gave a role; its figures are never read as the actual. */
  reason?: "unknown";
}

interface LayoutBase {
  /** Header rows, 0-based, top to bottom (one or two; more when headers are stacked). */
  headerRows: number[];
  /** First and last data rows, 0-based inclusive. Title blocks above and signature blocks below are outside. */
  firstDataRow: number;
  lastDataRow: number;
  /** 0..1: how sure the detector is (1 = every expected header found, no ambiguity). */
  confidence: number;
  unplaced: Unplaced[];
  /**
   * Rows inside the data area that are not data: section headings ("I. GIÁO DỤC MẦM NON", "a)", "- …"), total rows,
   * a target row, note lines, hidden rows. Never judged; listed so the user sees what was left out.
   */
  excludedRows?: ExcludedRow[];
  /** Choices the reader made where another was close ("cột F 'Thực hiện cả năm' thay vì E 'HK I'"), one sentence each. */
  decisions?: Bilingual[];
  /** Another sheet of the workbook the units' targets were taken from ("Chỉ tiêu giao", core/sheet/siblings.ts). */
  targetsFrom?: string;
  /**
   * The other tables of the sheet judged with this one (core/sheet/check.ts joinTables): each one's first header row
   * and last data row, 0-based. The status block spans them all and names its columns on each header row.
   */
  alsoTables?: { headerRow: number; lastDataRow: number }[];
}

/** A row of the data area that is not a figure to judge, and what it is. */
export interface ExcludedRow {
  row: number;
  /** "header": the table's header repeated over a later block of its rows (one block per school level). */
  kind: "section" | "total" | "target" | "note" | "hidden" | "footer" | "header";
  text: string;
}

/** One row per indicator: `STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%) | Ghi chú`. */
export interface ListLayout extends LayoutBase {
  shape: "list";
  /** Column (0-based) per role; a role absent from the sheet is absent here. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Roles whose header says the column holds percent points ("Tỷ lệ (%)"): plain 85.7 means 85.7%. */
  percentHeaders: ColumnRole[];
  /**
   * What the headings of the target and actual columns say about time: the term a figure covers ("HK I": a figure
   * for part of the year), the year, a horizon ("Chỉ tiêu đến năm 2025"). A short figure before the target falls due
   * is "not yet due", not "not met".
   */
  headings?: Partial<Record<ColumnRole, { term?: "quarter" | "todate" | "half" | "nine" | "year"; year?: number; horizon?: boolean; end?: string }>>;
  /**
   * Columns of marks ("x" under "Không đạt | Mức 1 | Mức 2 | Mức 3"): a row's figure is the heading of the column it
   * marks (the highest level when marks run cumulatively), not a cell's value.
   */
  marks?: MarkColumn[];
  /**
   * Answers by level ("Mức 1 | Mức 2 | Mức 3", each "Đạt" / "Không đạt"), the figure one level's answer: the columns
   * of the levels below it. A "no" there beside a "yes" at the level judged is asked, as a level presupposes the one below.
   */
  levelsBelow?: number[];
  /**
   * A target stated once above the table ("(… mỗi tiêu chí đạt từ Mức 2 trở lên)"), for the rows that carry none of
   * their own and match no plan indicator.
   */
  sheetTarget?: { text: string; row: number };
  /**
   * The other half of a target split under one heading ("Kế hoạch" over "Số lượng | Tỷ lệ"): read on a row whose
   * target cell in `columns.target` is blank. `percent` when its heading says "Tỷ lệ"/"%".
   */
  targetAlt?: { col: number; percent: boolean };
  /**
   * A second target column no reading ranks below `columns.target` ("Nghị quyết HĐND xã | Kế hoạch UBND xã"): each
   * figure is judged on both, one verdict when they agree, "Cần xác nhận" naming both when not.
   */
  targetBoth?: { col: number; percent: boolean };
  /** The plan's adjusted twin beside it ("Điều chỉnh tại kỳ họp …", "KH điều chỉnh"): where filled, it replaces `columns.target`. */
  targetAdjusted?: { col: number; percent: boolean };
  /**
   * The other column under the name heading merged over two ("Nội dung" over A:B: main items written in A, merged
   * across, sub-items in B): read on a row whose name cell in `columns.name` is blank.
   */
  nameAlt?: number;
  /**
   * Earlier periods' figure columns beside `columns.baseline` ("2010 | … | 2016" before "2017 | 2018"): baselines too,
   * never judged, shown with that role.
   */
  earlier?: number[];
  /**
   * Figure columns equal to `columns.actual` by every reading but their place ("Thực hiện ⟩ Xã A | Xã B | Xã C"): the
   * first is read; a row's figures in these are not judged and are counted so (`unread_figure`, one per cell).
   */
  tied?: number[];
  /** Each of `tied` (and the column read) is headed by a unit's name, not by what is measured: units across the top. */
  tiedUnits?: boolean;
  /** The decision said about `tied` ("Dùng cột E làm số thực hiện …, không dùng F, G"): reworded where each is judged. */
  tiedDecision?: Bilingual;
  /**
   * Set by the check where each of `tied` names a unit and is judged on the row's target (check.ts, units across): the
   * row's own cell then asks where units differ, pointing to each unit's verdict, not to `--map`.
   */
  unitsAcross?: boolean;
  /**
   * Other periods' figure columns, each paired with a plan of its own ("Quý I ⟩ KH | TH | Quý II ⟩ KH | Ước TH"), beside
   * the pair read: not judged, a row's figures in them counted so (`unread_figure`).
   */
  apart?: number[];
}

/** One column of a block of marks: its heading, and the level it stands for (0 for "Không đạt"), when it names one. */
export interface MarkColumn {
  col: number;
  label: string;
  level: number | null;
}

/** One indicator of a unit matrix: one column, or a numerator/denominator pair (with an optional rate column). */
export interface MatrixGroup {
  /** Header text as read (group header over a pair, or the column's own header). */
  header: string;
  /** The name shown (status heading, verdicts) where `header` keeps one level of a two-level heading: "Mẫu giáo – 3-4 tuổi". */
  title?: string;
  /** A single figure per unit (count, rate, level, yes/no). */
  col?: number;
  numerator?: number;
  denominator?: number;
  /** A rate column beside the pair ("Tỷ lệ"), used for the live formula when present. */
  rate?: number;
  /** Each unit's own target ("Kế hoạch" under the group header), winning over the target row and the plan. */
  target?: number;
  /**
   * The figure is one month's of the period ("Chỉ tiêu giao | Tháng 11 | Tháng 12"): the latest month up to the as-of
   * date, beside a target no month names. Such a target runs over the months: a short count is not yet due.
   */
  month?: number;
  /** Each unit's figure of the earlier period ("Năm học 2022-2023" beside "2023-2024"), for change targets. */
  baseline?: number;
  /** The header says the values are percent points ("Tỷ lệ (%)"). */
  percentHeader: boolean;
  /** The unit's own target column's heading says percent ("Chỉ tiêu giao (%)"): its plain numbers are points. */
  targetPercent?: boolean;
  /** Plan indicator id given in the header, e.g. "[mn.ra-lop]" or a caller override. */
  indicatorId?: string;
}

/** One row per school or ward, one column or column pair per indicator. */
export interface MatrixLayout extends LayoutBase {
  shape: "matrix";
  /** Column holding the unit (school/ward) names. */
  unitColumn: number;
  sttColumn?: number;
  /** What a unit is, from the unit column's header ("trường", "phường"); "đơn vị" when unknown. */
  unitNoun: string;
  groups: MatrixGroup[];
  /** A row inside the data area that holds per-indicator targets ("Chỉ tiêu", "Kế hoạch"), excluded from units. */
  targetRow?: number;
  /**
   * A row of upper bounds paired with `targetRow` as lower bounds ("Mức tối thiểu" / "Mức tối đa"): each column's
   * target is the band between the two.
   */
  targetRowMax?: number;
  /**
   * The target row names the whole as its scope ("Chỉ tiêu … (toàn trường)"): only the total row is judged against it;
   * the units' figures are listed as having no target of their own, never judged against the whole's target.
   */
  targetRowWhole?: boolean;
  /** A total row ("Tổng", "Cộng", "Toàn quận"), excluded from units and used for data checks (the first, when several). */
  totalRow?: number;
  /** Every total and subtotal row ("Cộng khối MN", "Toàn quận"); none is ever a unit. */
  totalRows?: number[];
  /** Column where this tool's status block already sits (re-check), if found. */
  statusColumn?: number;
  /**
   * A column saying which row of a unit is its target ("Đăng ký", "Kế hoạch") and which its result ("Thực hiện"):
   * each unit spans two rows, the target row's figures are the unit's targets.
   */
  rowRoleColumn?: number;
  /**
   * Norms above the table, one row per kind of unit, picked for each unit by the kind its key column names
   * ("Khu vực: Miền núi"): see core/sheet/norms.ts.
   */
  norms?: { headerRow: number; keyColumn: number; rows: Array<{ kind: string; row: number }> };
}

export type Layout = ListLayout | MatrixLayout;

export type LayoutResult =
  | { ok: true; layout: Layout }
  | {
      ok: false;
      error: {
        code: "no_header" | "empty_sheet" | "no_data";
        message: Bilingual;
        /** Header words the detector looks for, to tell the user what to add. */
        expected: string[];
      };
    };

/** What a caller (the user confirming the mapping) may change. `null` removes a role. */
export interface LayoutOverrides {
  shape?: "list" | "matrix";
  headerRows?: number[];
  firstDataRow?: number;
  lastDataRow?: number;
  columns?: Partial<Record<ColumnRole, number | null>>;
  unitColumn?: number;
  unitNoun?: string;
  groups?: MatrixGroup[];
  /** Plan indicator id per data row (list) or per group index (matrix), winning over matching. */
  indicatorIds?: Record<number, string>;
}

/** How a row (list) or group (matrix) was tied to a plan indicator. */
export interface MatchInfo {
  indicatorId?: string;
  by: "id" | "name" | "override" | "none";
  /** 0..1 name similarity (1 for id and override matches). */
  score: number;
  /** For name matches: the next most similar indicator, when one came within reach (a close one makes the match uncertain). */
  runnerUp?: { indicatorId: string; score: number };
  /** For name matches: the next most similar row (list) or group (matrix) for the same indicator. */
  rival?: { key: number; score: number };
}

export interface CheckOptions {
  /** Use this layout instead of detecting one. */
  layout?: Layout;
  /** Applied on top of the detected (or given) layout. */
  overrides?: LayoutOverrides;
  lang?: Lang;
  /** Day deadlines are judged on, ISO; default today. */
  asOf?: string;
  /** `asOf` is today's date by default (a check with no day chosen): judged as evaluate() with no day. */
  asOfToday?: boolean;
  /** Relative tolerance for "Gần đạt"; default 0 (off). */
  tolerance?: number;
  /** Forces the percent scale for every figure; default: from the cell format, the header, else "auto". */
  percentScale?: PercentScale;
  /** Minimum name-match score to accept a match (0..1); default 0.5. */
  minMatchScore?: number;
  /**
   * The period dating a day/month without a year ("2024-2025" or a Period); default the plan's period, else one
   * named in the sheet's title ("NĂM HỌC 2024-2025"). Never today's year.
   */
  period?: string | Period;
  /**
   * The workbook's other sheets: a unit matrix with no target of its own takes each unit's from a sheet whose name or
   * title says it holds targets ("Chỉ tiêu giao"), by unit name and heading (core/sheet/siblings.ts).
   */
  siblings?: readonly SheetData[];
}

/** One judged figure: an indicator row of a list, or one unit × indicator cell of a matrix. */
export interface CheckedItem {
  /** Data row, 0-based in `values` coordinates. */
  row: number;
  /** Cell holding the actual (for a numerator/denominator pair: the numerator). */
  cell: CellRef;
  /** Denominator cell when the actual is a pair. */
  denominatorCell?: CellRef;
  /** Matrix: the unit (school/ward) name of the row; list: the unit column's name when units run across the top. */
  unitName?: string;
  /**
   * List only, years side by side (core/sheet/years.ts): the earlier year whose own plan and result columns this item
   * judges. The row's status column shows the latest year's verdict; an earlier year's is in the results and report.
   */
  earlierYear?: number;
  /**
   * List only, units across the top (`ListLayout.tied`): a unit's verdict in a column beside the one the row's status
   * column shows; in the results and report, not in the status column.
   */
  beside?: boolean;
  /** Matrix only: index into `layout.groups`. */
  group?: number;
  indicatorId?: string;
  /** Indicator name as on the sheet (or the plan's when the sheet has none). */
  name: string;
  /** Plan sections of the matched indicator, for grouping in reports. */
  section: string[];
  /** ĐVT as on the sheet, else the plan's. */
  unit?: string;
  /** Target text judged against ("" when none was found: verdict "unreadable"). */
  target: string;
  targetSource: "sheet" | "plan" | "none";
  /** The actual as handed to the judge (a pair becomes "7910/9232" text, read by the judge as a share). */
  actual: CellValue;
  percentScale: PercentScale;
  /** Same as `verdict.status`, available without wording the verdict. */
  status: StatusCode;
  /**
   * The verdict. On items made by `checkSheet` it is worded on first read (a getter) and shared by items with
   * the same rule and value; `JSON.stringify` writes it out. Treat it as read-only.
   */
  verdict: Verdict;
  match: MatchInfo;
  /** The row's "Ghi chú" text (lists), for reports. */
  note?: string;
  /**
   * A formula on the figure's cell alone would give another verdict: the figure judged is not the cell's own value
   * (the heading of a marked column, "96,5%" in "Đạt 96,5%", a task's result sentence, an answer counted as one), or
   * the verdict depends on more than the cell and its target (a target not yet due, a task with no result written).
   * The status stays a fixed label. Two causes are named, as they hold for any figure a clerk may type later:
   * "period": the figure is for part of the period, or the target is due later, so a short figure would be not yet
   * due or asked about (the sheet's period, which no formula on the cell knows; nor does a host's custom function);
   * "partlyRead": the target was read only in part (target_partly_read), so a figure the part read cannot take may
   * answer the part not read, which the formula compiled from the part read cannot ask.
   */
  noFormula?: true | "period" | "partlyRead";
}

/** District roll-up of one matrix indicator: "13/14 phường đạt". */
export interface RollUp {
  group: number;
  indicatorId?: string;
  name: string;
  target: string;
  /** Units judged (rows of the matrix, excluding target and total rows). */
  units: number;
  /** Units meeting the target (met or exceeded). */
  met: number;
  /** Units with a verdict (not "no data", "invalid", "target not understood" or "review"): the N of "met/N". */
  judged?: number;
  byStatus: Record<StatusCode, number>;
  /** "13/14 phường đạt" / "13/14 wards met". */
  text: Bilingual;
  /**
   * The district verdict when the plan states one on the count of units ("14/14 phường", "100% trường"):
   * the share of units that met, judged against it. Absent for district-scope indicators.
   */
  verdict?: Verdict;
  /** Units that did not meet (not met, near, overdue), by name. */
  shortUnits: string[];
  /** Units left out because their own target cell says nothing applies ("-"), by name: not among `units`. */
  notApplicable?: string[];
}

/** A shortfall, ordered by how far it falls short (largest relative gap first). */
export interface Shortfall {
  /** Index into `CheckedSheet.items`. */
  item: number;
  /** 0..1 relative gap: 1 − completion ratio, capped at 1; 1 for no-ratio failures (overdue, zero rules). */
  relativeGap: number;
  /** "cần thêm 23 trẻ" / "23 more trẻ needed", when the verdict gives a countable need. */
  need?: Bilingual;
}

export type FindingCode =
  | "numerator_above_denominator"
  | "parts_exceed_total"
  | "parts_not_summing"
  | "distribution_not_100"
  | "rate_mismatch"
  | "error_value"
  | "hidden_row"
  | "duplicate_indicator";

/** A data check: a figure that contradicts another on the sheet. Findings never change verdicts. */
export interface Finding {
  code: FindingCode;
  severity: "error" | "warning";
  cells: CellRef[];
  message: Bilingual;
}

export interface CheckSummary {
  /** Judged items. */
  total: number;
  byStatus: Record<StatusCode, number>;
  /** met + exceeded. */
  achieved: number;
}

/** A successful check of a sheet. */
export interface CheckedSheet {
  ok: true;
  sheet: string;
  layout: Layout;
  /** Plan id checked against, null when the sheet was checked on its own targets only. */
  planId: string | null;
  items: CheckedItem[];
  /** Matrix only: one per group. */
  rollUps: RollUp[];
  shortfalls: Shortfall[];
  summary: CheckSummary;
  findings: Finding[];
  /** Data rows (list) or groups (matrix) tied to no plan indicator. */
  unmatchedRows: { row: number; name: string }[];
  /** Plan indicators no row or group was tied to. */
  unmatchedIndicators: { id: string; name: string }[];
  /** Rules per target text, parsed once; hosts reuse them for formulas. */
  rules: Record<string, Rule | null>;
  /** What was judged and what was not, and why: no check reports "no shortfalls" over rows it did not judge. */
  coverage: Coverage;
}

/** Why a row with a figure got no verdict. */
export type NotJudgedReason =
  /** Neither the sheet nor a plan gives a target for the row. */
  | "no_target"
  /** A target sentence names the column but must not judge it (another column's, a plan column, another unit or period). */
  | "sentence_refused"
  /** A plan was given and no indicator of it matches the row's name. */
  | "no_match"
  /** A plan indicator matches the row's name only loosely: listed with it, not guessed. */
  | "uncertain_match"
  /** The target text could not be read. */
  | "unreadable_target"
  /** The figure could not be read ("Số liệu không hợp lệ"). */
  | "invalid_figure"
  /** The row's figures sit in columns the reader gave no role (the figure column was not recognised). */
  | "unread_figure"
  /** A conclusion column (Đạt / Không đạt) beside its parts, with no rule of the sheet's that says how they decide it. */
  | "unstated_rule"
  /** Figures in a block of the sheet outside every table read (below it after a gap, to its right, a block no header names). */
  | "outside_table"
  /** A hidden row of the table holding figures: left out of the check, counted here. */
  | "hidden_row";

/** A row (list) or a unit's cell (matrix) holding a figure that was not judged. */
export interface NotJudged {
  row: number;
  /** The figure's cell. */
  cell: CellRef;
  name: string;
  unitName?: string;
  reason: NotJudgedReason;
  /** For uncertain matches: the plan indicator the name resembles, and how much (0..1). */
  candidate?: { id: string; name: string; score: number };
  /** Figures the entry stands for when more than one (a unit matrix's whole column, said once). */
  count?: number;
  /** A block outside the tables (`outside_table`): its first and last rows with figures, as the user numbers them. */
  rows?: [number, number];
  /** What happened, without where or what to do ("có số liệu nhưng không có chỉ tiêu để so"): what the panes and the report's notes say. */
  why: Bilingual;
  /** One line: what, where, what to do. */
  message: Bilingual;
}

/** A column as the reader saw it: where, its heading, and the role given (none when unplaced). */
export interface SeenColumn {
  col: number;
  /** Column letters on the sheet ("F"), origin included. */
  letter: string;
  header: string;
  role?: ColumnRole;
}

/** The honest count of a check. */
export interface Coverage {
  /** Items with a verdict on a figure (every status but "no data", "invalid" and "target not understood"). */
  judged: number;
  /** Items with no figure yet. */
  noData: number;
  /** Rows with figures that got no verdict, each with its cell and why (at most MAX_NOT_JUDGED listed). */
  notJudged: NotJudged[];
  /** How many rows with figures got no verdict in all (when more than the list holds). */
  notJudgedTotal: number;
  /** Every column of the table with the role it was given: what to name in `--map` when the reading is wrong. */
  columns: SeenColumn[];
  /**
   * True when every row with a figure was judged and nothing needs review (false too when `elsewhere` is set). Whether a
   * host may say "no shortfalls" is `cleanOf` (coverage.ts), which also weighs figures below target not yet due.
   */
  complete: boolean;
  /** How the table (sheet, header, columns) was chosen when another choice was close. */
  choice?: Bilingual;
  /** Figures of total rows a target sentence for each unit ("mỗi thôn", "/thôn") is not asked of: left unjudged, weighed as judged when a sheet or reading is picked. */
  totalsAside?: number;
  /**
   * The other sheets of the workbook, checked too when the sheet was chosen among them (bestSheet), that hold
   * shortfalls or figures not judged: a clean sheet is not a clean workbook.
   */
  elsewhere?: { sheets: string[]; notJudged: number; shortfalls: number; /** Per sheet, in `sheets` order: rows not judged (cells, when the sheet is a unit matrix), shortfalls. */ bySheet: Array<[string, number, cells?: boolean, shortfalls?: number]> };
}

/** A check that could not start (no header, empty sheet): says why and which headers were expected. */
export interface CheckFailure {
  ok: false;
  sheet: string;
  error: { code: string; message: Bilingual; expected: string[] };
}

export type CheckResult = CheckedSheet | CheckFailure;

/** Re-exported so hosts import everything about checking from one place. */
export type { CellValue };
