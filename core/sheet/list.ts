// Checking an indicator list or a task table: each row tied to a plan indicator, its target read, its figure judged, what was not judged said.
import { planHorizon } from "./planhorizon";
import { dateToIso, isoToVi, readCell } from "../number/cell";
import { headingUnit, unitSize, unitSpelling } from "../number/units";
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";
import type { Indicator, Plan } from "../plan/schema";
import type { Rule } from "../rule/schema";
import { type PercentScale, STATUS, restated } from "../rule/verdict";
import { formatNumber } from "../number/format";
import { type TargetText, columnYear, dayIn, dayInTaskName, figureDueIn, nearestYear, quarterDue, targetFromCell, deadlineOf, lunarNewYearWindow, monthlyDue, statedTermEnds, strictDeadline, type TermEnds, weekDue, weekTarget } from "../table/target";
import { type Completion, readCompletion, completionActual, NO_TASK_DAY, partShare, readTaskDay, taskShare } from "../table/completion";
import { type ColumnScale, PLAUSIBLE, columnScaleOf, isPercentUnit } from "../table/scale";
import { SectionStack, headingDepth } from "../table/sections";
import { figureFor, perUnitFigure } from "../table/figure";
import { tableSubject, tableTerm } from "../table/read";
import { readHeader } from "../table/header";
import { type CellRef, type SheetData, cellAddress, columnLetters, isEmptyCell } from "./model";
import { cellKind } from "../table/evidence";
import { type MatchCandidate, levelOf, matchIndicators } from "./match";
import { cellText, fold, notApplicableCell } from "./text";
import { Item } from "./item";
import { type Ctx, type Figure, type Target, addFinding, addFindingOf, answerAsCount, formatAt, isCountRule, isPercentRule, judgeFigure, noFigureYet, notYetDue, undatedDeadline, partReading, partialShort, reviewVerdict, ruleFor, withWarning } from "./judge";
import { excusedRemark } from "./remarks";
import { todayIso } from "../rule/evaluate";
import { type Period, periodFromText } from "../period/period";
import { AS_OF_COLUMN, AVERAGE_HEADING, DUE_WORDS, FORECAST_TARGET, MARKS, NO_WORDS, NOT_DONE_WORDS, PART_START, OVER_PART, OVER_SAID, OVER_WHEN, PART_NOT_DONE, PART_WORDS, RECURRING, SEASON_BY_MIDYEAR, SETTLED_AT_OPENING } from "../table/vocabulary";
import { parseTargetCached } from "../rule/parse";
import { relativeDeadline, spanResult } from "../rule/relative";
import { Judged } from "./item";

const NO_SET: ReadonlySet<string> = new Set(NO_WORDS.map(fold));
import { distributionChecks, errorFinding, pairChecks, partsChecks, num } from "./findings";
import { isUncertain, notJudged } from "./coverage";
import type { CheckedItem, ListLayout, MarkColumn, MatchInfo, NotJudged, RollUp } from "./types";

/** What checking the rows of a table gives. */
export interface Part {
  items: Item[];
  rollUps: RollUp[];
  unmatchedRows: { row: number; name: string }[];
  notJudged: NotJudged[];
  /** Rows with figures that got no verdict, in all (notJudged may be capped). */
  notJudgedTotal: number;
  /** Total rows' figures a clause for each unit is not asked of (matrix.ts): weighed as judged when a sheet is picked. */
  totalsAside?: number;
}

/** Rows worth listing one by one; beyond this the count says the rest. */
export const MAX_NOT_JUDGED = 200;

// A heading row without figures: numbered as a section, in capitals, a short name of a school level ("Mầm non"), or
// the lead-in of a breakdown ("Phân theo giới tính", "Chia theo loại hình") over its parts.
const INDICATOR_START = /^(ti le|so |so luong|muc |diem |chi so|thu hang|xep hang|hoan thanh|dat |tong so)/;

function headingLike(stt: string, name: string): boolean {
  const d = headingDepth(stt, name);
  if (d <= 1 || d === 4) return true;
  if (d === 2 && stt === "" && !INDICATOR_START.test(fold(name).replace(/^\d+\s*/, ""))) return true;
  if (name.length >= 4 && name === name.toLocaleUpperCase("vi") && /\p{Lu}/u.test(name)) return true;
  const f = fold(name);
  return (f.split(" ").length <= 5 && levelOf(name) !== undefined && !INDICATOR_START.test(f)) || PART_WORDS.test(f);
}

/**
 * A block's heading told by being alone in its row: the row holds its label and nothing else (no number, unit, target
 * or figure) over a row that holds more than a label and figures ("Kinh tế" over "1 | Tốc độ tăng trưởng (%) | 7,2"): an
 * item left blank under "Nội dung | Thực hiện" is no heading.
 */
export function aloneOver(sheet: SheetData, r: number, key: (c: number) => boolean, figure: (c: number) => boolean): boolean {
  return (sheet.values[r] ?? []).every((v, c) => key(c) || isEmptyCell(v)) && (sheet.values[r + 1] ?? []).some((v, c) => !key(c) && !figure(c) && !isEmptyCell(v));
}

/**
 * A numerator/denominator pair as the judge reads it: "7910/9232" (a share, with a countable need). A worded
 * placeholder for the count ("Chưa báo cáo", "Đang tổng hợp" over 1730 families) is the pair's figure: nothing reported
 * yet, never an unreadable "Chưa báo cáo/1730".
 */
export function pairActual(n: CellValue, d: CellValue): CellValue {
  const a = num(n);
  const b = num(d);
  if (a === null && typeof n === "string" && /\p{L}/u.test(n) && cellKind(n) === "empty") return n;
  if (a === null || b === null) return isCellError(n) ? n : isCellError(d) ? d : `${cellText(n)}/${cellText(d)}`;
  return `${a}/${b}`;
}

/** Cells that are figures a check would judge (not names, notes or targets). */
const FIGURE_KINDS: ReadonlySet<string> = new Set(["figure", "mark", "yesno", "date"]);

/** Rule kinds a row's name may state for itself: a threshold or a level. */
const NAME_KINDS: ReadonlySet<string> = new Set(["compare", "range", "level"]);
// A threshold said in words a name uses only for a target: a share, "đạt 12", "mức độ 3" right after a verb, "ít
// nhất", "từ … trở lên". A bare "trên 35 học sinh", "dưới 6 tuổi" says who is counted, never a target.
const NAME_THRESHOLD = /%|\b(dat|phan dau|giu vung|duy tri) (tu |tren |it nhat )?\d|\b(dat|giu vung|duy tri)( chuan)? (muc do|muc|cap do) \d|\b(tu .{1,20} tro (len|xuong)|it nhat|toi thieu|toi da|khong qua|khong duoi|khong vuot qua) \d/;

/**
 * The target a row's name states ("Tỷ lệ trẻ 5 tuổi ra lớp đạt 100%" → itself), or null when the name only names
 * ("Tỷ lệ trẻ 5 tuổi ra lớp": its 5 is who is counted, no threshold).
 * @example nameTarget("Tỷ lệ học sinh bỏ học dưới 1%") → "Tỷ lệ học sinh bỏ học dưới 1%" · nameTarget("Số lớp") → null
 */
function nameTarget(name: string): string | null {
  if (name.length > 200) return null;
  const f = fold(name);
  if (!NAME_THRESHOLD.test(f)) return null;
  const p = parseTargetCached(name);
  return p.ok && NAME_KINDS.has(p.rule.kind) ? name : null;
}

// A heading's closing brackets holding nothing but a threshold: "(từ 5,0 trở lên)", "(trên 1,0)", "(≥ 90%)".
// Folded text: "5,0" reads "5 0".
const BARE_THRESHOLD = /^(tu|tren|duoi|it nhat|toi thieu|toi da|khong qua|khong duoi|khong vuot qua|>=?|<=?|≥|≤)\s*\d+( \d+)?\s*(%|diem|tiet|bai|lan)?( tro (len|xuong))?$/;

// A heading's brackets opening with a target word ("(chỉ tiêu 100%)", "(Kế hoạch: ≥ 95%)"), raw text; and a bare
// share after it ("100%", "98,5 %"), folded.
const SAID_TARGET = /^(?:chỉ tiêu|kế hoạch|KH|mục tiêu|yêu cầu|phấn đấu)(?: đạt)?\s*:?\s*(.+)$/iu;
const BARE_SHARE_FOLDED = /^\d+( \d+)? ?%$/;

// A heading's closing brackets holding nothing but a due day: "(trước 31/5/2024)", "(chậm nhất ngày 15/6)".
const BARE_DEADLINE = new RegExp(`^(${DUE_WORDS})( ngay)? \\d{1,2} \\d{1,2}( (19|20)\\d\\d)?$`);

/**
 * The target a column heading states in its closing brackets, or null: a bare "trên 1,0" names who is counted in a
 * row's name, but alone in a heading's brackets over a column of figures it is the bar each figure must clear.
 * @example headingTarget("Điểm xét tốt nghiệp (từ 5,0 trở lên)") → "từ 5,0 trở lên" · headingTarget("Tỷ lệ (%)") → null
 * @example headingTarget("Duy trì sĩ số (%) (chỉ tiêu 100%)") → "100%"
 */
export function headingTarget(header: string): string | null {
  let inner = /\(([^()]*)\)\s*$/.exec(header)?.[1]?.trim();
  if (!inner) return null;
  // "(chỉ tiêu 100%)", "(kế hoạch: từ 98% trở lên)": the words name what follows a target; a bare share after
  // them is the bar too, as it is in a target column.
  const said = SAID_TARGET.exec(inner);
  if (said) {
    const rest = said[1].trim();
    if (BARE_SHARE_FOLDED.test(fold(rest))) return rest;
    inner = rest;
  }
  const f = fold(inner);
  const p = BARE_THRESHOLD.test(f) || BARE_DEADLINE.test(f) ? parseTargetCached(inner) : null;
  return p?.ok && (NAME_KINDS.has(p.rule.kind) || (p.rule.kind === "deadline" && BARE_DEADLINE.test(f))) ? inner : null;
}

/**
 * Whether a later clause of a result cell says part of the task is not done. "Không có/còn … nào" before it says none is
 * left undone ("Đã hoàn thành, không có học sinh nào chưa được khám"): the clause confirms the task, it does not deny it.
 */
function partNotDone(clause: string): boolean {
  const folded = fold(clause);
  const m = PART_NOT_DONE.exec(folded);
  return m !== null && !/\bkhong (co|con)\b.*\bnao\b/.test(folded.slice(0, m.index));
}

/**
 * Whether a row's note says what the row counts is over ("Hội thi đã kết thúc", "Đã tổ chức xong tháng 11"): one clause
 * with the word, no no anywhere in the note (PART_NOT_DONE, "Chưa xét xong", "Không thi xong"), about no part of the
 * event or of the year (OVER_PART: "Vòng 1 đã kết thúc", "Học kỳ I đã kết thúc"), and nothing after the word but when
 * (OVER_WHEN): "Đã hoàn tất kiểm kê thư viện" says another task is done, not that the row's event is over.
 */
function overSaid(note: string): boolean {
  const folded = fold(note);
  if (PART_NOT_DONE.test(folded) || /\b(chua|khong|chang|dang)\b/.test(folded)) return false;
  return folded.split(/[,;.:()]/).some((clause) => {
    const m = OVER_SAID.exec(clause);
    return m !== null && !OVER_PART.test(clause) && OVER_WHEN.test(clause.slice(m.index + m[0].length).trim());
  });
}

/**
 * A task's result as the deadline judge reads it, from what its cell says (`read`, core/table/completion.ts) and the
 * day it was due: a later clause saying part of it is not done ("Đã cân đo ngày 18/9; khám sức khỏe chưa thực hiện")
 * makes it not done; a day written without a year ("Hoàn thành ngày 30/8") is the one nearest its deadline, not the
 * one the school year gives its month (August of a 2019-2020 timetable is 2019's when the task was due 31/8/2019),
 * when that puts it within a quarter of the deadline.
 * (Both are readings of the completion cell; they sit here because they need the row's deadline.)
 * @example taskResult("Hoàn thành ngày 30/8", { kind: "done", iso: "2020-08-30" }, "2019-08-31") → { kind: "done", iso: "2019-08-30" }
 */
export function taskResult(cell: CellValue, read: Completion, due: string | null): Completion {
  if (read.kind !== "done" || typeof cell !== "string") return read;
  // (Part done, part not: not done, and marked so, as a shortfall once due rather than nothing done.)
  if (cell.split(/[;,]|\snhưng\s|(?<!không)\scòn\s/u).slice(1).some(partNotDone)) return { kind: "notDone", partial: true };
  if (read.iso && due && !/(?:19|20)\d\d/.test(cell)) {
    const moved = nearestYear(read.iso, due);
    // Only a day within a quarter of its deadline is moved: "15/3" against a deadline in August is no evidence either way.
    if (moved !== read.iso && Math.abs(Date.parse(moved) - Date.parse(due)) <= 92 * 86_400_000) return { kind: "done", iso: moved };
  }
  return read;
}

// An hour of the day in a deadline ("Trước 17h ngày 11/6", "trước 17 giờ 00"), folded.
const DUE_HOUR = /\b\d{1,2} ?(h|gio)( ?\d{2})?\b/;

/**
 * A window whose last day alone names its year ("Từ ngày 12/7 đến 14/7/2021"): its first day is of that year too, when
 * it falls before the last in it (a window over the new year, "20/12 đến 10/1/2019", is left to the reader).
 * @example windowYear("Từ ngày 12/7 đến 14/7/2021") → "Từ ngày 12/7/2021 đến 14/7/2021"
 */
export function windowYear(text: string): string {
  const m = /(\d{1,2})\/(\d{1,2})(?![/\d])(.*?\d{1,2}\/(\d{1,2})\/((?:19|20)\d\d))/u.exec(text);
  return m && Number(m[2]) <= Number(m[4]) ? text.replace(m[0], `${m[1]}/${m[2]}/${m[5]}${m[3]}`) : text;
}

// The middle grade of a distribution, folded ("Trung bình", "Loại TB"), and a target that is a bare figure ("9,5%", "50").
const MIDDLE_GRADE = /^(?:(?:xep )?loai |hoc luc |hanh kiem )?(?:trung binh|tb)$/;
const BARE_FIGURE = /^\d+(?: \d+)? ?%?$/;


/** A heading that asks for the day something was done or sent ("Ngày đã gửi", "Ngày hoàn thành", "Ngày nộp"), folded. */
const DAY_HEADING = /^(ngay|thoi gian) (da )?(gui|nop|hoan thanh|thuc hien|bao cao)\b/;

/** Whether the heading of column `c` over the header rows asks for a day. */
function dayColumn(sheet: Ctx["sheet"], headerRows: number[], c: number): boolean {
  return headerRows.some((r) => DAY_HEADING.test(fold(cellText(sheet.values[r]?.[c]))));
}

/** The ISO day after `iso`. */
function dayAfter(iso: string): string {
  return new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A row whose figure per something stands in more than one unlabelled column (two years' "m2/trẻ"): judged on the
 * first, and on each other (`others`: each other column and its figure). Where they judge differently the row asks, naming both
 * columns; where alike the verdict stays and says which column it was judged on.
 */
function perUnitChoice(ctx: Ctx, target: Target, fig: Figure, name: string, unit: string, judged: Judged, others: ReadonlyArray<{ col: number; figure: number }>): Judged {
  const at = (c: number) => columnLetters(c + (ctx.sheet.origin?.col ?? 0));
  const used = at(fig.cell.col);
  for (const o of others) {
    const other = judgeFigure(ctx, target, { actual: o.figure, cell: { row: fig.cell.row, col: o.col } }, name, unit).judged;
    if (other.status === judged.status) continue;
    const b = at(o.col);
    return Judged.fixed(
      reviewVerdict(
        ctx.lang,
        judged.verdict,
        other.verdict,
        { vi: `theo cột ${used}`, en: `by column ${used}` },
        { vi: `theo cột ${b}`, en: `by column ${b}` },
        { vi: `hai cột ${used} và ${b} đều ghi số liệu bình quân; ghi rõ cột nào là số liệu của kỳ này`, en: `columns ${used} and ${b} both hold figures per unit; say which is this period's` },
      ),
    );
  }
  const all = [used, ...others.map((o) => at(o.col))].join(", ");
  const message = { vi: `Đánh giá theo cột ${used}; các cột ${all} đều ghi số liệu bình quân và cho cùng kết quả.`, en: `Judged on column ${used}; columns ${all} all hold figures per unit and give the same result.` };
  return withWarning(judged, { code: "actual_interpreted", message });
}

export function checkList(ctx: Ctx, layout: ListLayout, plan: Plan | null): Part {
  const { sheet } = ctx;
  const col = layout.columns;
  const pct = new Set(layout.percentHeaders);
  // A plan heading that says its bound ("Mức khống chế", "Chỉ tiêu tối đa", "Kế hoạch (tối thiểu)"): its bare numbers are caps or floors, as in a matrix.
  const planBound = col.target === undefined ? null : headingBound(layout.headerRows.map((h) => cellText(sheet.values[h]?.[col.target!])).filter((t) => t.trim()).at(-1) ?? "");
  // The unit the headings give a column's figures ("Kinh phí (nghìn đồng)", also merged over "Kế hoạch | Thực hiện"):
  // a row's own ĐVT comes first; a bare target takes its own heading's, else the figures'.
  const headUnit = (c?: number) => c === undefined ? undefined : layout.headerRows.map((h) => headingUnit(cellText(sheet.values[h]?.[c]) || spanningTitle(sheet, h, c))).reverse().find(Boolean);
  const actualUnit = headUnit(col.actual);
  const planUnit = headUnit(col.target);
  const items: Item[] = [];
  const unmatchedRows: { row: number; name: string }[] = [];
  const out: NotJudged[] = [];
  let notJudgedTotal = 0;
  const indicators = plan?.indicators ?? [];
  const byId = new Map(indicators.map((i) => [i.id, i] as const));
  const excluded = new Set((layout.excludedRows ?? []).map((e) => e.row));
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? undefined : row[c]);
  const markCols = (layout.marks ?? []).map((m) => m.col);
  const valueCols = [col.actual, col.actualNumerator, col.actualDenominator, col.rate, col.completion, ...markCols].filter((c): c is number => c !== undefined);
  // Columns the reader gave no role, where a figure per something may stand beside the total (see below).
  const perCols = layout.unplaced.filter((u) => u.reason === "unknown" && u.col >= 0).map((u) => u.col);
  // "Số lượng | Bình quân" (the facilities disclosure forms): the average per pupil, class or school beside the count.
  const averages = new Set(layout.unplaced.filter((u) => u.reason === "unknown" && u.col >= 0 && AVERAGE_HEADING.test(fold(u.header.split(" / ").at(-1) ?? ""))).map((u) => u.col));
  // Figures in columns the check does not judge (no role, another grade's or an earlier period's): a row holding one
  // is a row of the table, never a heading over the rows below ("1. Tiếng Việt | 420 | 350" under unread headings).
  const aside = [...layout.unplaced.filter((u) => u.col >= 0).map((u) => u.col), ...(layout.earlier ?? []), ...(col.baseline !== undefined ? [col.baseline] : [])];
  // The row's name; under a name heading merged over two columns, the inner (right) one where the row writes it
  // ("Trong tổng số | - Nhóm học 2 buổi/ngày": the left is a label over the parts), else the outer.
  const inner = layout.nameAlt !== undefined && col.name !== undefined ? Math.max(col.name, layout.nameAlt) : col.name;
  const outer = layout.nameAlt !== undefined && col.name !== undefined ? Math.min(col.name, layout.nameAlt) : undefined;
  const nameOf = (row: CellValue[] | undefined): string => {
    const n = inner !== undefined ? cellText(row?.[inner]) : "";
    return n === "" && outer !== undefined ? cellText(row?.[outer]) : n;
  };

  // Pass 1: named rows, the headings above each (for the school level a row speaks of), and which rows are blank.
  // A name repeated down the table ("Công lập - Public" under each block) is a part of the row above it.
  const subject = tableSubject(sheet, layout.headerRows[0]);
  // Raw names are compared as written: a repeat is typed the same way, and folding every row would cost the most.
  const counts = new Map<string, number>();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const n = nameOf(sheet.values[r]);
    if (n !== "") counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const levels = new Map<string, string | undefined>();
  const levelOfHeading = (t: string) => {
    if (!levels.has(t)) levels.set(t, levelOf(t));
    return levels.get(t);
  };
  // Rows answered by a mark under a line heading two columns "Có | Không" (a facility block of a form).
  const blocks = yesNoBlocks(sheet, layout, nameOf);
  const markedIn = (r: number, row: CellValue[]): MarkColumn[] | undefined => {
    const b = blocks.get(r);
    return b?.some((m) => MARKS.has(cellText(row[m.col]).trim().toLowerCase())) ? b : undefined;
  };
  let parent = "";
  const candidates: MatchCandidate[] = [];
  const paths = new Map<number, string[]>();
  // "Trong đó: - Trẻ em 5 tuổi" under "3. Số trẻ em": a part and the row it is a part of (its whole).
  const wholeOf = new Map<number, number>();
  let whole = -1;
  const headings = new Set<number>();
  const rateBelow = new Map<number, number>();
  const stack = new SectionStack();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (excluded.has(r) || blocks.get(r)?.length === 0) continue;
    const row = sheet.values[r];
    if (!row) continue;
    let name = nameOf(row);
    if (name === "") {
      // A section title merged across the row from a column left of the names ("III. Số học sinh chia theo phẩm chất"
      // over A:H): it heads the rows below it as a heading in the name column would.
      const title = col.name !== undefined ? spanningTitle(sheet, r, col.name) : "";
      if (title !== "" && valueCols.every((c) => isEmptyCell(row[c]))) {
        headings.add(r);
        stack.push(headingDepth("", title), title);
      }
      continue;
    }
    // A share row named only by a note, under a count ("(tỷ lệ so với tổng số)"): part of that row's figure, no
    // indicator of its own (read with the count below) unless it sets its own target ("98%" under a count's "400").
    if (RATE_NOTE.test(name.trim()) && candidates.at(-1)?.key === r - 1 && col.actual !== undefined && typeof sheet.values[r - 1]?.[col.actual] === "number" && (col.target === undefined || isEmptyCell(row[col.target]))) {
      rateBelow.set(r - 1, r);
      continue;
    }
    if (RATE_NOTE.test(name.trim()) && candidates.at(-1)?.key === r - 1) name = `${candidates.at(-1)!.name} ${name.trim()}`;
    const sttText = col.stt !== undefined ? cellText(row[col.stt]) : "";
    const noTarget = (col.target === undefined || isEmptyCell(row[col.target])) && (col.deadline === undefined || isEmptyCell(row[col.deadline])) && (layout.targetAlt === undefined || isEmptyCell(row[layout.targetAlt.col])) && (layout.targetAdjusted === undefined || isEmptyCell(row[layout.targetAdjusted.col]));
    const noFigure = valueCols.every((c) => isEmptyCell(row[c])) && !markedIn(r, row);
    const depth = headingDepth(sttText, name);
    const repeated = (counts.get(name) ?? 0) > 1;
    // The nearest context speaks for the row: its heading, else the table's subject; a repeated name is read with
    // the row it is a part of in front ("Số trường học · Công lập").
    const context = stack.path().at(-1);
    // Under a heading the heading says what a repeated label is a part of ("Khá" under "… theo hạnh kiểm"); without
    // one, the row above the run of repeated labels does ("Công lập" under "Số trường học").
    const partOf = repeated && parent !== "" && context === undefined ? parent : undefined;
    if (!repeated) parent = name;
    if (noTarget && noFigure && !aside.some((c) => cellKind(row[c]) === "figure")) {
      if (headingLike(sttText, name) || (r < layout.lastDataRow && aloneOver(sheet, r, (c) => c === inner || c === outer, (c) => valueCols.includes(c)))) {
        headings.add(r);
        stack.push(depth, name);
        continue;
      }
    }
    const c: MatchCandidate = { key: r, name };
    if (PART_START.test(name)) {
      if (whole >= 0) wholeOf.set(r, whole);
    } else if (!noFigure) whole = r;
    if (noTarget && !noFigure && depth <= 1) {
      // "II | Số học sinh chia theo học lực | 483": a part's heading carrying its total opens a section, and is
      // still a row a plan may name ("IV | Số học sinh đạt giải … | 27").
      stack.push(depth, name);
      c.heading = true;
    }
    if (context) c.context = context;
    if (partOf) c.partOf = partOf;
    if (subject) c.subject = subject;
    if (col.id !== undefined && !isEmptyCell(row[col.id])) c.id = cellText(row[col.id]);
    // Rows under "I. GIÁO DỤC MẦM NON" speak of that level even when their own names do not say so.
    const level = stack.find(levelOfHeading);
    if (level) c.level = level;
    paths.set(r, stack.path());
    candidates.push(c);
  }
  const matches: Map<number, MatchInfo> = plan ? matchIndicators(candidates, indicators, ctx.opts.minMatchScore ?? 0.5) : new Map();
  const forced = ctx.opts.overrides?.indicatorIds ?? {};
  const matchOf = (r: number): MatchInfo => {
    if (forced[r] && byId.has(forced[r])) return { indicatorId: forced[r], by: "override", score: 1 };
    return matches.get(r) ?? { by: "none", score: 0 };
  };

  // Each candidate's match, and whether its unit or target cell says percent, worked out once per row: the scales
  // below ask it for every figure column, and the row's check once more.
  const matchAt: MatchInfo[] = new Array(candidates.length);
  const percentAt: boolean[] = new Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i].key;
    const m = (matchAt[i] = matchOf(r));
    const row = sheet.values[r];
    const own = col.unit !== undefined ? cellText(row?.[col.unit]) : "";
    const unit = own || (m.indicatorId && byId.get(m.indicatorId)?.unit) || "";
    const t = col.target !== undefined ? row?.[col.target] : undefined;
    percentAt[i] = isPercentUnit(unit) || (typeof t === "string" && t.includes("%"));
  }
  // The percent cells of each figure column, for the one percent-scale rule (0,3 among 95 and 98 is 0,3%).
  const scales = new Map<number, ColumnScale>();
  const allRows = candidates.map((cand) => cand.key);
  // A table of years ("Năm 2018", "2019") with one row for part of a year: only there is that row's plan the year's.
  const termOf = (c: MatchCandidate) => readHeader(c.name).term;
  const yearTable = candidates.filter((c) => /^(nam )?(19|20)\d\d$/.test(fold(c.name.replace(/\(.*\)/g, "")).trim())).length >= 2 && candidates.filter((c) => termOf(c) && termOf(c) !== "year").length === 1;
  const percentRows = allRows.filter((_, i) => percentAt[i]);
  for (const c of [col.actual, col.rate, col.target]) {
    if (c === undefined) continue;
    const percentColumn = pct.has(c === col.rate ? "rate" : c === col.target ? "target" : "actual");
    scales.set(c, columnScaleOf(percentColumn ? allRows : percentRows, (r) => sheet.values[r]?.[c], (r) => formatAt(sheet, r, c)));
  }

  // Columns no heading word and no evidence gave a role: a figure there is one the check did not read.
  const unknownCols = layout.unplaced.filter((u) => u.reason === "unknown" && u.col >= 0 && !Object.values(col).includes(u.col)).map((u) => u.col);
  // Of those, the ones whose heading says what was done ("Số GV đã bồi dưỡng", "Kết quả đạt được"): a figure there may
  // be the task's result, so a blank result cell beside it is never read as nothing done.
  const doneCols = new Set(layout.unplaced.filter((u) => unknownCols.includes(u.col) && /\b(?:da|thuc hien|hoan thanh|ket qua|dat duoc)\b/.test(fold(u.header))).map((u) => u.col));
  const interimAll = interimOf(ctx, layout);
  const asOfNow = ctx.opts.asOf ?? todayIso();
  let dashNoted = false;
  // A column giving each row's as-of day ("Số liệu đến ngày": 31/10/2023 on one row, "Ước cả năm" on another): a row
  // dated before the period's end holds a figure to date, so against the period's target it is a part, as under a
  // title "Số liệu đến ngày 31/5" (interimOf); a row with no day there is the period's figure.
  const asOfCol = interimAll === null && ctx.period && asOfNow < ctx.period.end ? rowAsOfColumn(sheet, layout) : undefined;
  if (asOfCol !== undefined && ctx.period) {
    const letter = columnLetters(asOfCol + (sheet.origin?.col ?? 0));
    const head = layout.unplaced.find((u) => u.col === asOfCol)?.header ?? "";
    layout.unplaced = layout.unplaced.filter((u) => u.col !== asOfCol);
    const end = isoToVi(ctx.period.end);
    layout.decisions = [...(layout.decisions ?? []), {
      vi: `Cột ${letter} "${head}" là ngày số liệu của từng dòng: số liệu ghi ngày trước ${end} là số liệu đến ngày đó, thấp hơn chỉ tiêu cả kỳ thì chưa đến hạn.`,
      en: `Column ${letter} "${head}" dates each row's figure: a figure dated before ${end} is a figure to that day, and short of the whole period's target it is not yet due.`,
    }];
  }
  const seenNames = new Map<string, number>();
  let namedTargets = 0;
  // Days written without a year in a deadline column take the one year its dated rows share, before the title's period.
  const dueYear = col.deadline !== undefined ? columnYear(candidates.map((c) => sheet.values[c.key]?.[col.deadline!]), ctx.period) : null;
  // A deadline cell merged down over several tasks (a month, a teaching week) is the window of every task under it.
  const blockDue = new Map<number, CellValue>();
  if (col.deadline !== undefined) {
    for (const m of sheet.merges ?? []) {
      if (m.bottom <= m.top || m.left > col.deadline || m.right < col.deadline) continue;
      const v = sheet.values[m.top]?.[m.left];
      if (isEmptyCell(v)) continue;
      for (let k = m.top; k <= m.bottom; k++) blockDue.set(k, v);
    }
  }
  // A month heading over tasks ("THÁNG 10/2020" across the row) is the window of each task under it whose own deadline
  // cell is blank, as a month merged down the deadline column is; a task's own cell says its day outright.
  if (col.deadline !== undefined) {
    const tasks = new Set(candidates.map((c) => c.key));
    let month: string | null = null;
    for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
      const row = sheet.values[r];
      if (tasks.has(r)) {
        if (month !== null && !blockDue.has(r) && isEmptyCell(row?.[col.deadline])) blockDue.set(r, month);
      } else if (excluded.has(r) || headings.has(r)) {
        const text = cellText(row?.find((v) => !isEmptyCell(v))).trim();
        month = MONTH_HEADING.test(fold(text)) ? text : null;
      }
    }
  }
  const asOfDay = ctx.opts.asOf ?? todayIso();
  let terms: TermEnds | undefined;
  for (let ci = 0; ci < candidates.length; ci++) {
    const cand = candidates[ci];
    const r = cand.key;
    const row = sheet.values[r];
    const match = matchAt[ci];
    const ind = match.indicatorId ? byId.get(match.indicatorId) : undefined;
    const uncertain = ind !== undefined && isUncertain(match);
    const unitText = col.unit !== undefined ? unitSpelling(unitAt(sheet, r, col.unit)) : "";
    // A share's row ("Tỷ lệ giải ngân" in a money table) is in percent whatever the headings' unit.
    const share = /\bti le\b/.test(fold(cand.name));
    const [headU, planU] = share ? [] : [actualUnit, planUnit];
    const unit = unitText || headU || ind?.unit || "";
    // Under a line of its own heading two columns "Có | Không", a row answers by its mark, wherever the columns stand.
    const yesNo = markedIn(r, row);
    const hasValue = yesNo !== undefined || valueCols.some((c) => !isEmptyCell(row[c]));

    // The row's own target: the target cell, else a task's deadline.
    let sheetTarget: TargetText = { text: "" };
    // A deadline cell that gives no day ("Khi có thay đổi", "Trong 15 ngày kể từ ngày được giao dự toán").
    let undated = false;
    // The deadline is not the row's own deadline cell (its block's, or a day in its text): no live formula reads it.
    let dueFromName = false;
    // A day in the task's text after the end of the block it is listed under ("( chiều 28/9 )" among August's tasks).
    let blockAfter: { own: string; due: string; text: string } | undefined;
    // A day due every month, read on the month the row names: the reading by the next month's day.
    let monthlyNext: string | undefined;
    const alt = layout.targetAlt;
    // "-" as both the plan and the figure ("Quý I ⟩ KH | TH" on a harvest of quarter II): nothing applies to the row in
    // that period, no target left unread. (A figure beside a "-" plan is still listed, as a target not read.)
    if (notApplicableCell(row[col.target ?? -1]) && (notApplicableCell(row[col.actual ?? -1]) || isEmptyCell(row[col.actual ?? -1]))) continue;
    // A dash in the first of two target columns of equal standing ("Tỉnh giao: -", "NQ HĐND huyện: 66"): nothing is set
    // there, so the row's target is the other column's, as a blank there is read (targetAlt).
    const dashFirst = layout.targetBoth !== undefined && notApplicableCell(row[col.target ?? -1]) && !isEmptyCell(row[layout.targetBoth.col]) && !notApplicableCell(row[layout.targetBoth.col]);
    if (dashFirst) {
      const b = layout.targetBoth!;
      sheetTarget = targetFromCell(row[b.col], { format: formatAt(sheet, r, b.col), unit, headerPercent: b.percent });
      if (!dashNoted) {
        dashNoted = true;
        const [a, c] = [col.target!, b.col].map((k) => columnLetters(k + (sheet.origin?.col ?? 0)));
        layout.decisions = [...(layout.decisions ?? []), { vi: `Dòng ghi "-" ở cột ${a} lấy chỉ tiêu ở cột ${c}.`, en: `A row with "-" in column ${a} takes its target from column ${c}.` }];
      }
    } else if (layout.targetAdjusted && !isEmptyCell(row[layout.targetAdjusted.col]) && !notApplicableCell(row[layout.targetAdjusted.col]) && !KEPT_PLAN.test(fold(cellText(row[layout.targetAdjusted.col])))) {
      const a = layout.targetAdjusted;
      // The adjusted figure keeps the plan's words ("≤ 4 lần", "Giảm còn 4 lần" adjusted to 5: the same, of 5), the phrase
      // reader reading their direction. A plan of no one number ("Từ 3 đến 5 lần") gives none: both directions, asked where they differ.
      const plan = col.target === undefined ? { text: "" } : targetFromCell(row[col.target], { format: formatAt(sheet, r, col.target), unit, headerPercent: pct.has("target") });
      const adj = targetFromCell(row[a.col], { format: formatAt(sheet, r, a.col), unit, headerPercent: a.percent || pct.has("target") });
      // The adjusted cell's one number, its unit from the ĐVT after it ("5 lần"); a cell saying more is read as written.
      const figure = /^\d/.test(adj.text.trim()) && adj.text.match(NUMBER_TOKEN)?.length === 1 ? adj.text.match(NUMBER_TOKEN)![0] : undefined;
      // A year is the plan's time, never its figure ("Giảm 1,5% so với năm 2032" adjusted to 1: "Giảm 1% so với năm 2032").
      const numbers = (plan.text.match(NUMBER_TOKEN) ?? []).filter((n) => !YEAR_TOKEN.test(n));
      sheetTarget =
        figure === undefined || plan.text === "" ? rowBound(adj, planBound)
        : numbers.length === 1 && !plan.alt ? rowBound({ text: plan.text.replace(NUMBER_TOKEN, (n) => (YEAR_TOKEN.test(n) ? n : figure)) }, planBound)
        : { text: adj.text, alt: bounded(adj, "không quá").text, todo: { vi: "ghi rõ chỉ tiêu điều chỉnh là mức tối thiểu hay tối đa", en: "say whether the adjusted target is a floor or a cap" } };
    } else if (col.target !== undefined && !isEmptyCell(row[col.target])) {
      const t = targetFromCell(row[col.target], { format: formatAt(sheet, r, col.target), unit: unitText || planU || unit, headerPercent: pct.has("target"), ...(scales.get(col.target) ? { column: scales.get(col.target)! } : {}) });
      // "ít nhất 1,5" under "Kế hoạch (tỷ đồng)" beside "Thực hiện (triệu đồng)": a bound's bare number is in its own
      // column's unit, as a bare number is.
      if (!unitText && planU && unitSize(planU)?.factor !== unitSize(unit)?.factor && BOUND_NUMBER.test(t.text)) t.text = t.text.replace(/\d[\d.,]*/, `$& ${planU}`);
      sheetTarget = rowBound(t, planBound);
    } else if (alt && !isEmptyCell(row[alt.col])) {
      sheetTarget = targetFromCell(row[alt.col], { format: formatAt(sheet, r, alt.col), unit: alt.percent ? "%" : unit, headerPercent: alt.percent });
    } else if (col.deadline !== undefined && (!isEmptyCell(row[col.deadline]) || blockDue.has(r))) {
      const block = blockDue.get(r);
      const raw = block ?? row[col.deadline];
      // "Tuần 1 tháng 10/2023": the week's latest end (a late task is at least that late), its earliest the other
      // reading, asked about when they differ.
      const week = weekDue(raw, dueYear ?? ctx.period);
      // (A term, "Học kỳ I", ends on the day the sheet's notes say, when they say one: read once per sheet.)
      if (terms === undefined && typeof raw === "string" && /\b(?:hoc ki|hk)\b/.test(fold(raw))) terms = statedTermEnds(sheet.values.flatMap((x) => x.filter((v): v is string => typeof v === "string")));
      const due = week ? week[1] : deadlineOf(raw, dueYear ?? ctx.period, asOfDay, terms);
      // The day the task's own text sets ("… ( ngày 6/9)") comes before its block's; a duty that recurs ("… hằng
      // ngày") has no day in a block that only says when it is listed.
      // Only under a block: a row's own deadline cell says its day outright, whatever its text adds.
      const own = block !== undefined ? dayInTaskName(cand.name, due, ctx.period) : null;
      const recurs = block !== undefined && !own ? RECURRING.exec(fold(cand.name)) : null;
      const monthly = due === null && !own ? monthlyDue(raw, cand.name) : null;
      // "Trước ngày 18 của tháng cuối quý" on "Báo cáo … quý IV năm 2019": that quarter's month's day.
      const quarterly = due === null && !own && !monthly ? quarterDue(raw, cand.name) : null;
      if (quarterly) {
        sheetTarget = { text: `${quarterly.strict ? "trước" : "chậm nhất"} ngày ${isoToVi(quarterly.day)}` };
      } else if (monthly) {
        // "Ngày 20 hằng tháng" on "Báo cáo … tháng 11/2025": judged by that month's day, and by the next month's below.
        const word = monthly.strict ? "trước" : "chậm nhất";
        sheetTarget = { text: `${word} ngày ${isoToVi(monthly.days[0])}` };
        monthlyNext = `${word} ngày ${isoToVi(monthly.days[1])}`;
      } else if (own) {
        sheetTarget = { text: `chậm nhất ngày ${isoToVi(own)}` };
        if (block !== undefined && due && own > due) blockAfter = { own, due, text: cellText(block) };
        dueFromName = true;
      } else if (recurs) {
        // The words as written ("hằng ngày"), for the message; the folded match when they are spelled otherwise.
        sheetTarget = { text: /(h[aằà]ng|m[ỗo]i)\s+(ng[aà]y|tu[aầ]n|th[aá]ng)|th[uư][oờ]ng\s+xuy[eê]n/iu.exec(cand.name)?.[0] ?? recurs[0] };
        undated = true;
        dueFromName = true;
      } else {
        // "Trước ngày 18/6" keeps its strict word: sent on the 18th is late.
        // "Sớm nhất ngày 01/8", "Từ ngày 07/5 đến ngày 12/5": a first day the due day alone would lose, read as written.
        const opens = typeof raw === "string" && (() => {
          const p = parseTargetCached(raw);
          return p.ok && p.rule.kind === "deadline" && p.rule.start !== undefined && p.rule.start !== p.rule.due;
        })();
        sheetTarget = week ? weekTarget(week) : { text: opens ? windowYear(cellText(raw)) : due ? `${strictDeadline(raw) ? "trước" : "chậm nhất"} ngày ${isoToVi(due)}` : cellText(raw) };
        undated = due === null;
        dueFromName = block !== undefined && isEmptyCell(row[col.deadline]);
      }
    }
    // A deadline counted in days from an event ("Chậm nhất 15 ngày kể từ ngày kết thúc quý"): the day it comes to, from
    // the day the cell, the name or the row writes for the event; none written, no day (core/rule/relative.ts). A span
    // to last ("Ít nhất 30 ngày liên tục") is due the day the result's span reaches it.
    let spanDone: string | false | undefined;
    let noBase: string | undefined;
    // Working days counted from a day the row gives, over days that may be holidays: unread, said so.
    let holidayFrom: string | undefined;
    let relFrom: Bilingual | undefined;
    const rawDue = col.target !== undefined && !isEmptyCell(row[col.target]) ? row[col.target] : col.deadline !== undefined ? (blockDue.get(r) ?? row[col.deadline]) : undefined;
    // (A count of days for a result, "12 ngày", answers "trong 15 ngày" itself: no day is needed.)
    const result = row[col.completion ?? col.actual ?? -1];
    const rel = typeof rawDue === "string" && typeof result !== "number" && !/^\s*\d+(?:[.,]\d+)?\s*(?:ngày)?\s*$/iu.test(cellText(result)) ? relativeDeadline(rawDue, [cand.name, ...row.filter((v, c) => typeof v === "string" && c !== col.completion && c !== col.actual) as string[]]) : null;
    if (rel?.kind === "due") {
      sheetTarget = { text: `chậm nhất ngày ${isoToVi(rel.due)}` };
      undated = false;
      const wd = rel.working ? [" làm việc", " working"] : ["", ""];
      relFrom = { vi: `"${cellText(rawDue)}": ${isoToVi(rel.base)} + ${rel.days} ngày${wd[0]}, hạn ${isoToVi(rel.due)}`, en: `"${cellText(rawDue)}": ${isoToVi(rel.base)} + ${rel.days}${wd[1]} days, due ${isoToVi(rel.due)}` };
    } else if (rel?.kind === "noBase") {
      sheetTarget = { text: cellText(rawDue) };
      undated = true;
      noBase = rel.event;
      holidayFrom = rel.base;
    } else if (rel) {
      const res = spanResult(cellText(result), rel.days, asOfDay);
      if (res) {
        sheetTarget = { text: `chậm nhất ngày ${isoToVi(res.due)}` };
        spanDone = res.done;
        relFrom = { vi: `"${cellText(rawDue)}": đủ ${rel.days} ngày vào ${isoToVi(res.due)}`, en: `"${cellText(rawDue)}": ${rel.days} days on ${isoToVi(res.due)}` };
      }
    }
    // A target said once above the table, for a row with none of its own and no plan indicator; a row with nothing
    // written beside its name under such a target is a heading ("Tiêu chuẩn 1: …"), not a figure waiting.
    if (sheetTarget.text === "" && !ind && layout.sheetTarget) {
      const noted = col.note !== undefined && !isEmptyCell(row[col.note]);
      if (!hasValue && !noted) continue;
      sheetTarget = { text: layout.sheetTarget.text };
    }
    // No target column, no plan indicator, no sentence above: a name that states its own threshold ("Tỷ lệ trẻ 5
    // tuổi ra lớp đạt 100%", "Tỷ lệ học sinh bỏ học dưới 1%") is judged on it, and the reading is said.
    if (sheetTarget.text === "" && !ind && !layout.sheetTarget && col.target === undefined && col.deadline === undefined && hasValue) {
      const own = nameTarget(cand.name);
      if (own) {
        sheetTarget = { text: own };
        namedTargets++;
      }
    }
    // A forecast in the target's place is no target: refused, and listed when a figure waits beside it.
    if (sheetTarget.text !== "" && FORECAST_TARGET.test(fold(sheetTarget.text))) {
      if (hasValue) {
        notJudgedTotal++;
        if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell: firstValueCell(r, valueCols, row), name: cand.name, reason: "unreadable_target", detail: sheetTarget.text }));
      }
      continue;
    }
    const section = ind?.section.length ? ind.section : (paths.get(r) ?? []);

    // No figure where the figures are read, but figures in columns given no role ("Trường MN Hoa Sen | Trường MN Họa
    // Mi" beside the target): not "no data", a row the reader could not read. Said, never judged as blank.
    // (A task with its deadline and a result column: a blank result is not done, whatever figures the other columns
    // hold, "03 giáo viên" under "Đối tượng", unless the column's heading says what was done.)
    const task = col.completion !== undefined && col.deadline !== undefined && col.target === undefined && sheetTarget.text !== "";
    const unread = hasValue ? undefined : unknownCols.find((c) => (!task || doneCols.has(c)) && FIGURE_KINDS.has(cellKind(row[c])));
    if (unread !== undefined) {
      notJudgedTotal++;
      unmatchedRows.push({ row: r, name: cand.name });
      if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell: { row: r, col: unread }, name: cand.name, reason: "unread_figure", detail: columnLetters(unread + (sheet.origin?.col ?? 0)) }));
      continue;
    }
    if (sheetTarget.text === "" && (!ind || (uncertain && !hasValue))) {
      if (!hasValue) continue; // a heading or a row waiting for both target and figure
      const cell = firstValueCell(r, valueCols, row);
      notJudgedTotal++;
      unmatchedRows.push({ row: r, name: cand.name });
      if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell, name: cand.name, reason: plan ? "no_match" : "no_target" }));
      continue;
    }
    if (plan && !ind) unmatchedRows.push({ row: r, name: cand.name });
    const targetText = sheetTarget.text !== "" ? sheetTarget.text : (ind?.target ?? "");
    const targetSource: CheckedItem["targetSource"] = sheetTarget.text !== "" ? "sheet" : ind ? "plan" : "none";
    let rule = ruleFor(ctx, targetText, ind, cand.name, unit);
    // What stands in the deadline column and names no day is no bar on the result: a count of days from a day the
    // sheet does not give ("trong 15 ngày kể từ …" read as "≤ 15 ngày"), a condition ("Khi có thay đổi" read as a
    // yes/no) would judge a date or a blank as something it is not. Only a deadline or a frequency ("02 lần/tháng")
    // read from it stands; anything else is a target that cannot be read, listed, never "no data" or "met".
    if (undated && typeof rule !== "string" && rule.kind !== "deadline" && rule.kind !== "frequency") rule = targetText;
    if (undated && dueFromName) rule = targetText;
    const target: Target = { text: targetText, rule };
    if (sheetTarget.alt) target.alt = { text: sheetTarget.alt, rule: ruleFor(ctx, sheetTarget.alt, ind, cand.name, unit), todo: sheetTarget.todo };
    const percentRule = isPercentRule(rule);

    const actualV = get(row, col.actual);
    const numV = get(row, col.actualNumerator);
    const denV = get(row, col.actualDenominator);
    const rateV = get(row, col.rate);
    // A dash in the whole's column ("-" beside "04 GV") says the row is a count with no whole: no pair.
    const pairOk = col.actualNumerator !== undefined && col.actualDenominator !== undefined && !isEmptyCell(numV) && !isEmptyCell(denV) && !notApplicableCell(denV);

    let actual: CellValue = undefined;
    let judgedActual: CellValue = undefined;
    // (A deadline among figures "Số đạt | Tổng số | Tỷ lệ" is answered where the count is written, never in the rate.)
    const dueRow = typeof rule !== "string" && rule.kind === "deadline";
    let cell: CellRef = { row: r, col: col.actual ?? (dueRow ? (col.actualNumerator ?? col.rate) : (col.rate ?? col.actualNumerator)) ?? col.completion ?? col.name! };
    let scale: PercentScale | undefined;
    let column: ColumnScale | undefined;
    let denominatorCell: CellRef | undefined;
    // A pair is the source a rate is computed from, and it gives a countable need: it wins over a typed rate.
    // So is a norm per unit ("Tối thiểu 6 m2/học sinh", "Không quá 35 học sinh/lớp"): judged on the average or ratio
    // beside the count ("Số lượng | Bình quân", "Số lượng | Trên tổng số | Tỷ lệ") when that is a plain number, never on
    // the count itself; a count written per count ("18/18") is its own quotient, and an average typed with a unit of its
    // own ("1,52 m2/HS" beside rooms per class) may be another measure.
    const perUnit = perUnitRule(rule) && typeof rateV === "number" && !(typeof actualV === "string" && /\d\s*\/\s*\d/.test(actualV));
    const useRate = col.rate !== undefined && !isEmptyCell(rateV) && !pairOk && (percentRule || isEmptyCell(actualV) || perUnit);
    const deadlineRule = typeof rule !== "string" && rule.kind === "deadline";
    // A result saying part of the task was done and part not ("Đã kiểm tra tổ Toán; tổ Văn chưa kiểm tra").
    let partDone = false;
    // A task table with a day column ("Ngày hoàn thành") beside a words column ("Kết quả"): a day written there decides
    // when the task was done, whatever the words say ("Đã nghiệm thu" gives no day); words saying it is not done
    // ("Đang thi công", "Đã thu 62%") against a day are both readings, asked below.
    const { dayWritten, wordsUndone } = deadlineRule && col.completion !== undefined && col.actual !== undefined ? readTaskDay(actualV, get(row, col.completion), ctx.period) : NO_TASK_DAY;
    if (yesNo) {
      const m = markedFigure(row, yesNo, false);
      actual = m.shown;
      judgedActual = m.judged;
      cell = { row: r, col: m.col };
    } else if ((deadlineRule || (undated && typeof rule === "string")) && col.completion !== undefined && (isEmptyCell(actualV) || col.actual === undefined || dayWritten)) {
      // A task: the completion cell says whether and when it was done. The item keeps the cell as written, so a
      // live formula is only compiled where the spreadsheet can read the cell as the judge does.
      actual = get(row, col.completion);
      const res = taskResult(actual, readCompletion(actual, ctx.period, taskShare(cand.name)), deadlineRule ? (rule as { due: string }).due : null);
      judgedActual = completionActual(res);
      partDone = res.kind === "notDone" && res.partial === true;
      cell = { row: r, col: col.completion };
    } else if (useRate) {
      actual = rateV;
      cell = { row: r, col: col.rate! };
      if (pct.has("rate") && typeof rateV === "number" && !formatAt(sheet, r, col.rate!).includes("%")) column = { points: true, fractions: false };
      column ??= scales.get(col.rate!);
    } else if (pairOk && (percentRule || isEmptyCell(actualV))) {
      actual = pairActual(numV, denV);
      cell = { row: r, col: col.actualNumerator! };
      denominatorCell = { row: r, col: col.actualDenominator! };
      scale = "fraction";
    } else if (col.actual === undefined && notApplicableCell(denV) && !isEmptyCell(numV)) {
      actual = numV;
      cell = { row: r, col: col.actualNumerator! };
    } else if (col.actual !== undefined) {
      actual = actualV;
      cell = { row: r, col: col.actual };
      column = scales.get(col.actual);
      if (pct.has("actual") && typeof actualV === "number" && !formatAt(sheet, r, col.actual).includes("%")) column = { points: true, fractions: false };
      // A count with its share in the row below, named only by a note ("412" over "(tỷ lệ so với tổng số) | 100,0%"):
      // one figure; a share target is judged on the share, and the share row is no row of its own.
      const below = rateBelow.get(r);
      if (below !== undefined) {
        const v = sheet.values[below]?.[col.actual];
        if (percentRule && typeof v === "number" && formatAt(sheet, below, col.actual).includes("%")) {
          actual = v;
          cell = { row: below, col: col.actual };
          column = { points: false, fractions: true };
        }
      }
    } else if (layout.marks) {
      const m = markedFigure(row, layout.marks, typeof rule !== "string" && rule.kind === "level");
      actual = m.shown;
      judgedActual = m.judged;
      cell = { row: r, col: m.col };
    }
    // A norm per something ("Tối thiểu 12 m2/trẻ") measures the row's figure per that thing: where the figure column
    // holds a bare total (the area in m2) and a column the reader gave no role ("Bình quân") holds the figure per child
    // ("14,7 m2/trẻ"), that one is judged, never the total against the norm per child. A figure column that holds a
    // figure per child itself is the row's figure: another column's ("Năm trước") is never taken over it.
    // Two such columns (two years, unlabelled) are both judged below: the first is never taken silently.
    const perOther: Array<{ col: number; figure: number }> = [];
    if (judgedActual === undefined && cell.col === col.actual && perCols.length > 0 && typeof rule !== "string" && rule.kind === "compare" && rule.unit.kind === "measure" && rule.unit.unit.includes("/") && !(typeof actual === "string" && perUnitFigure(actual, rule.unit.unit) !== null)) {
      for (const c of perCols) {
        const v = row[c];
        // A plain number under an average's heading beside a plain count is that average, per the target's unit.
        const x = typeof v === "string" ? perUnitFigure(v, rule.unit.unit) : typeof v === "number" && averages.has(c) && typeof actual === "number" ? v : null;
        if (x === null) continue;
        if (judgedActual !== undefined) {
          perOther.push({ col: c, figure: x });
          continue;
        }
        actual = v;
        judgedActual = x;
        cell = { row: r, col: c };
        column = undefined;
      }
    }
    // A count per count in the figure's own cell under a norm per unit ("24 phòng/24 lớp", "24/26" under "Đủ 01
    // phòng/lớp"): their quotient, never the first count (24 rooms are not 24 a class).
    if (judgedActual === undefined && typeof actual === "string" && typeof rule !== "string" && rule.kind === "compare" && rule.unit.kind === "measure" && rule.unit.unit.includes("/")) {
      const bare = /^\s*(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)\s*$/.exec(actual);
      const q = perUnitFigure(actual, rule.unit.unit) ?? (bare && Number(bare[2].replace(",", ".")) > 0 ? Number((Number(bare[1].replace(",", ".")) / Number(bare[2].replace(",", "."))).toPrecision(12)) : null);
      if (q !== null) judgedActual = q;
    }
    if (spanDone !== undefined) judgedActual = spanDone;
    // A share of a task done against its deadline ("Đã thu 62%", "Đạt 85% diện tích"): under way, not yet due before
    // the day and overdue after it, never a bad date.
    if (judgedActual === undefined && deadlineRule && partShare(actual, taskShare(cand.name))) {
      judgedActual = false;
      partDone = true;
    }
    if (judgedActual === undefined) judgedActual = answerAsCount(rule, figureFor(actual, percentRule));
    // What a formula on the cell cannot see: a figure read from marks or words around it, or a verdict set below.
    const derived = (judgedActual !== actual && !(actual instanceof Date)) || (layout.marks !== undefined && cell.col !== col.actual && cell.col !== col.completion) || yesNo !== undefined;
    const w = wholeOf.get(r);
    if (percentRule && w !== undefined && cell.col === col.actual && !denominatorCell && typeof actual === "number" && !isPercentUnit(unitText) && !pct.has("actual") && !formatAt(sheet, r, cell.col).includes("%")) {
      // A count in a part row against a share ("100% số trẻ"): the share of its whole, the row it is part of.
      const all = sheet.values[w]?.[cell.col];
      if (typeof all === "number" && all > 0 && actual > 1 && actual <= all) {
        judgedActual = `${actual}/${all}`;
        scale = "fraction";
        denominatorCell = { row: w, col: cell.col };
      }
    }
    // A whole number of the row's own ĐVT ("92" trẻ) against a share ("100%"), with no whole on the sheet: the count
    // read as percent points is a guess, so said, never judged ("Trẻ 5 tuổi học 2 buổi/ngày | Trẻ | 100% | 92"). A
    // target that writes its own whole ("28/28 trường") judges the count against it: nothing to ask.
    const countShare = percentRule && typeof rule !== "string" && rule.kind !== "fraction" && !denominatorCell && scale !== "fraction" && cell.col === col.actual && typeof actual === "number" && Number.isInteger(actual) && actual > 1 && (unitText ? !isPercentUnit(unitText) : !headU && (actual > 2 * 100 || COUNT_NAME.test(cand.name.normalize("NFC")))) && !pct.has("actual") && !formatAt(sheet, r, cell.col).includes("%") && !/\bti le\b/.test(fold(cand.name));

    let baseline = col.baseline !== undefined ? row[col.baseline] : undefined;
    // "12 trẻ (đầu năm: 15 trẻ)" with no baseline column: the cell gives the start figure in its brackets.
    const said = isEmptyCell(baseline) && typeof actual === "string" ? BASE_IN_CELL.exec(actual.trim()) : null;
    if (said) {
      judgedActual = said[1].trim();
      baseline = said[2].trim();
    }
    const name = ind?.name ?? cand.name;
    // Built field by field (same fields, same order as before): spreads cost an object each on every row.
    const fig: Figure = { actual: judgedActual, cell };
    if (scale) fig.scale = scale;
    if (column) fig.column = column;
    if (baseline !== undefined) fig.baseline = baseline;
    // A figure under a heading's unit ("Thực hiện (nghìn đồng)") is in it: never resized as if typed in đồng.
    if (headU && (!unitText || unitSize(unitText)?.factor === unitSize(headU)?.factor)) fig.stated = true;
    let { judged, scale: used } = judgeFigure(ctx, target, fig, name, unit);
    if (wordsUndone) {
      const undone = judgeFigure(ctx, target, { ...fig, actual: false }, name, unit).judged;
      if (undone.status !== judged.status) {
        const [a, b] = [col.completion!, col.actual!].map((k) => columnLetters(k + (sheet.origin?.col ?? 0)));
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, undone.verdict, { vi: `theo ngày ở cột ${a}`, en: `by the day in column ${a}` }, { vi: `theo "${cellText(actualV)}" ở cột ${b}`, en: `by "${cellText(actualV)}" in column ${b}` }, { vi: "ghi ngày hoàn thành và kết quả cho khớp nhau", en: "make the completion day and the result agree" }));
      }
    }
    if (perOther.length) judged = perUnitChoice(ctx, target, fig, name, unit, judged, perOther);
    // A second target column of equal standing: judged on it too; verdicts that differ (beyond met and exceeded) are
    // both said, never one chosen.
    const both = layout.targetBoth;
    if (both && sheetTarget.text !== "" && !isEmptyCell(row[both.col]) && JUDGED_BOTH.has(judged.status)) {
      const second = targetFromCell(row[both.col], { format: formatAt(sheet, r, both.col), unit, headerPercent: both.percent });
      const j2 = second.text !== "" && second.text !== targetText ? judgeFigure(ctx, { text: second.text, rule: ruleFor(ctx, second.text, ind, cand.name, unit) }, fig, name, unit).judged : null;
      const pass = (s: string) => s === "met" || s === "exceeded";
      if (j2 && JUDGED_BOTH.has(j2.status) && j2.status !== judged.status && !(pass(j2.status) && pass(judged.status))) {
        const [a, b] = [col.target!, both.col].map((k) => columnLetters(k + (sheet.origin?.col ?? 0)));
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, j2.verdict, { vi: `theo cột ${a} (${targetText})`, en: `by column ${a} (${targetText})` }, { vi: `theo cột ${b} (${second.text})`, en: `by column ${b} (${second.text})` }, { vi: "ghi rõ chỉ tiêu nào áp dụng", en: "say which target holds" }));
      }
    }
    // Figure columns told apart by nothing but their place (layout.tied: "Thực hiện ⟩ Xã A | Xã B | …" against one
    // target): the row's verdict is the first column's only while every other one agrees; where one differs (beyond
    // met and exceeded), both readings are said, never the first column's verdict given for the whole row.
    if (layout.tied && cell.col === col.actual && JUDGED_BOTH.has(judged.status)) {
      const pass = (s: string) => s === "met" || s === "exceeded";
      for (const t of layout.tied) {
        const v = row[t];
        if (isEmptyCell(v) || isCellError(v)) continue;
        const j2 = judgeFigure(ctx, target, { ...fig, actual: v, cell: { row: r, col: t } }, name, unit).judged;
        if (!JUDGED_BOTH.has(j2.status) || j2.status === judged.status || (pass(j2.status) && pass(judged.status))) continue;
        const [a, b] = [col.actual!, t].map((k) => columnLetters(k + (sheet.origin?.col ?? 0)));
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, j2.verdict, { vi: `theo cột ${a}`, en: `by column ${a}` }, { vi: `theo cột ${b}`, en: `by column ${b}` }, layout.unitsAcross ? { vi: "các đơn vị khác nhau, xem kết quả từng đơn vị", en: "the units differ: see each unit's verdict" } : { vi: "chỉ cột thực hiện bằng --map, hoặc tách mỗi cột một dòng", en: "map the actual column with --map, or give each column its own row" }));
        break;
      }
    }
    if (countShare && judged.status !== "review" && judged.status !== "unreadable") {
      const [v, u] = [judged.verdict, unitText.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())];
      judged = Judged.fixed(restated(ctx.lang, v, "review", {
        vi: `${STATUS.review.vi}: ${formatNumber(actual as number)} là số ${u || "lượng"}, chỉ tiêu là tỷ lệ; ghi tỷ lệ hoặc tổng số để so (nếu là điểm % thì ${v.labels.vi}).`,
        en: `${STATUS.review.en}: ${formatNumber(actual as number)} is a count${u && ` of ${u}`}, the target a share; write the share or the whole to compare (read as percent points it is ${v.labels.en}).`,
      }));
    }
    // The row's ĐVT and its column's heading naming two sizes of one unit ("đồng" under "Thực hiện (nghìn đồng)"): asked.
    // A plain figure with no unit anywhere, a thousandfold or more below a target in money, which a scale word brings
    // near it ("480.000" against "500 triệu đồng"): read both ways, asked where the verdicts differ.
    const [us, hs] = [unitSize(unitText), unitSize(headU)];
    const ru = typeof rule !== "string" && rule.kind === "compare" && rule.unit.kind === "measure" ? rule : undefined;
    const base = ru && unitSize(ru.unit.kind === "measure" ? ru.unit.unit : "")?.dim === "money" && !unit && typeof actual === "number" && actual > 0 ? (ru.value * unitSize((ru.unit as { unit: string }).unit)!.factor) / actual : 0;
    const k = base >= PLAUSIBLE ? [1e3, 1e6, 1e9].find((f) => base / f <= PLAUSIBLE && f / base <= PLAUSIBLE) : undefined;
    if (us && hs && us.dim === hs.dim && us.factor !== hs.factor && JUDGED_BOTH.has(judged.status)) {
      judged = Judged.fixed(restated(ctx.lang, judged.verdict, "review", { vi: `${STATUS.review.vi}: ĐVT ghi "${unitText}", tiêu đề cột ghi "${actualUnit}"; ghi một đơn vị.`, en: `${STATUS.review.en}: the unit column says "${unitText}", the heading "${actualUnit}"; state one unit.` }));
    } else if (k && JUDGED_BOTH.has(judged.status)) {
      const b = judgeFigure(ctx, target, { ...fig, actual: (actual as number) * k }, name, unit).judged;
      const n = formatNumber(actual as number);
      const w = unitSize(`${k < 1e6 ? "nghìn" : k < 1e9 ? "triệu" : "tỷ"} đồng`)!.name;
      if (b.status !== judged.status) judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, b.verdict, { vi: `${n} hiểu là đồng`, en: `${n} read as đồng` }, { vi: `là ${n} ${w}`, en: `as ${n} ${w}` }, { vi: "ghi ĐVT của số liệu", en: "state the figure's unit" }));
    }
    const plain = judged;
    // (A task past its deadline with no result written is overdue, "chưa ghi kết quả": the engine's verdict stands.)
    // Part of it done by the time it fell due: still not done, past due (as layouts 98 and 125 decide), and said so,
    // naming what the cell says was done. Before the due day it is not yet due, as any task under way.
    // (Layout 171 F15 decides "not met" for the same case: left for the integrator to settle, see the round-19 report.)
    if (partDone && judged.status === "overdue") {
      const due = (rule as { due: string }).due;
      judged = Judged.fixed(restated(ctx.lang, judged.verdict, "overdue", {
        vi: `${STATUS.overdue.vi}: "${cellText(actual)}" — mới làm một phần, hạn ${isoToVi(due)} đã qua`,
        en: `${STATUS.overdue.en}: "${cellText(actual)}" — only part done, due ${isoToVi(due)} has passed`,
      }));
    }
    // (The same when the words stand beside the row's own day column, left blank: "Đã nghiệm thu" | "Ngày hoàn thành" empty.)
    const blankDay = cell.col === col.actual && col.completion !== undefined && isEmptyCell(get(row, col.completion)) && dayColumn(sheet, layout.headerRows, col.completion);
    if (deadlineRule && (judged.status === "met" || judged.status === "exceeded") && (cell.col === col.actual || cell.col === col.completion) && (dayColumn(sheet, layout.headerRows, cell.col) || blankDay)) {
      // "Đã gửi" with no day in a column whose heading asks for the day ("Ngày đã gửi"): on time and late are both
      // readings; said, never taken as on time.
      const read = readCompletion(actual, ctx.period);
      if (read.kind === "done" && !read.iso) {
        const due = (rule as { due: string }).due;
        const late = judgeFigure(ctx, target, { ...fig, actual: dayAfter(due) }, name, unit).judged;
        if (late.status !== judged.status) {
          judged = Judged.fixed(
            reviewVerdict(
              ctx.lang,
              judged.verdict,
              late.verdict,
              { vi: "nếu gửi đúng hạn", en: "if sent on time" },
              { vi: "nếu gửi sau hạn", en: "if sent after the deadline" },
              { vi: "ghi ngày đã gửi vào ô", en: "write the day it was sent in the cell" },
            ),
          );
        }
      }
    }
    // "Trước Tết Nguyên đán": judged by the earliest and the latest day the lunar new year can fall on; one verdict
    // when both agree (said so), both readings when they differ, never a guessed day.
    const tet = undated && typeof rule === "string" ? lunarNewYearWindow(targetText, ctx.period, asOfDay) : null;
    if (tet === "year") judged = Judged.fixed(undatedDeadline(ctx.lang, judged.verdict, targetText, true));
    else if (tet) {
      const by = (iso: string) => {
        const text = `trước ngày ${isoToVi(iso)}`;
        return judgeFigure(ctx, { text, rule: ruleFor(ctx, text, ind, cand.name, unit) }, fig, name, unit).judged;
      };
      const [early, late] = [by(tet[0]), by(tet[1])];
      if (tet[0] === tet[1]) judged = withWarning(late, { code: "actual_interpreted", message: { vi: `Tết Dương lịch là ${isoToVi(tet[0])}`, en: `New Year's Day is ${isoToVi(tet[0])}` } });
      else {
        const span = { vi: `Tết Nguyên đán rơi vào khoảng ${isoToVi(tet[0])} đến ${isoToVi(tet[1])}`, en: `the lunar new year falls between ${isoToVi(tet[0])} and ${isoToVi(tet[1])}` };
        judged =
          early.status === late.status
            ? withWarning(late, { code: "actual_interpreted", message: { vi: `${span.vi}; kết quả như nhau với mọi ngày Tết trong khoảng đó.`, en: `${span.en}; the result is the same for any day of it.` } })
            : Judged.fixed(reviewVerdict(ctx.lang, early.verdict, late.verdict, { vi: `${span.vi}: nếu Tết là ${isoToVi(tet[0])}`, en: `${span.en}: if it is ${isoToVi(tet[0])}` }, { vi: `nếu là ${isoToVi(tet[1])}`, en: `if it is ${isoToVi(tet[1])}` }, { vi: "ghi ngày cụ thể của thời hạn", en: "write the deadline's day" }));
      }
    } else if (undated && typeof rule === "string") judged = Judged.fixed(undatedDeadline(ctx.lang, judged.verdict, targetText, false, noBase, holidayFrom));
    if (relFrom) judged = withWarning(judged, { code: "target_partly_read", message: relFrom });
    if (monthlyNext && deadlineRule) {
      // Both readings of "Ngày 20 hằng tháng" (the month's own 20th, the next month's): one verdict when they agree,
      // both said when they differ.
      const other = judgeFigure(ctx, { text: monthlyNext, rule: ruleFor(ctx, monthlyNext, ind, cand.name, unit) }, fig, name, unit).judged;
      const raw = cellText(col.deadline !== undefined ? row[col.deadline] : "");
      const readA = { vi: `"${raw}" hiểu là ${targetText}`, en: `"${raw}" read as ${targetText}` };
      const readB = { vi: `là ${monthlyNext} (tháng sau)`, en: `as ${monthlyNext} (the next month)` };
      judged = other.status === judged.status
        ? withWarning(judged, { code: "actual_interpreted", message: { vi: `${readA.vi} hay ${readB.vi}: kết quả như nhau.`, en: `${readA.en} or ${readB.en}: the same result.` } })
        : Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, other.verdict, readA, readB, { vi: "ghi ngày phải gửi của từng kỳ", en: "write each period's due day" }));
    }
    if (blockAfter && deadlineRule) {
      // The sheet says two things: the day in the text, and the block (month, week) it is listed under, which ends
      // first. Judged on each; where they differ both readings are said, never one taken.
      const blockText = `chậm nhất ngày ${isoToVi(blockAfter.due)}`;
      const other = judgeFigure(ctx, { text: blockText, rule: ruleFor(ctx, blockText, ind, cand.name, unit) }, fig, name, unit).judged;
      if (other.status !== judged.status) {
        judged = Judged.fixed(
          reviewVerdict(
            ctx.lang,
            judged.verdict,
            other.verdict,
            { vi: `theo ngày ghi trong nội dung (${isoToVi(blockAfter.own)})`, en: `by the day in the task's text (${isoToVi(blockAfter.own)})` },
            { vi: `theo khung "${blockAfter.text}" mà việc được xếp vào`, en: `by the block "${blockAfter.text}" it is listed under` },
            { vi: "sửa ngày trong nội dung hoặc xếp việc vào đúng tháng, tuần", en: "correct the day in the text or list the task under its month or week" },
          ),
        );
      }
    }
    // A bare share for the middle grade of a distribution ("Trung bình: 9,5%"): neither more nor fewer is better on its
    // own (fewer average pupils may be more good ones). Judged both ways; when the two differ, both are said.
    if (MIDDLE_GRADE.test(fold(cand.name)) && BARE_FIGURE.test(fold(targetText)) && (judged.status === "met" || judged.status === "exceeded" || judged.status === "not_met")) {
      const capText = `không quá ${targetText}`;
      const cap = judgeFigure(ctx, { text: capText, rule: ruleFor(ctx, capText, ind, cand.name, unit) }, fig, name, unit).judged;
      const pass = (x: string) => x === "met" || x === "exceeded";
      if (pass(cap.status) !== pass(judged.status)) judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, cap.verdict, { vi: `"${targetText}" là mức tối thiểu`, en: `"${targetText}" as a floor` }, { vi: "là mức tối đa", en: "as a ceiling" }, { vi: "ghi rõ chỉ tiêu là tối thiểu hay tối đa", en: "say whether the target is a floor or a ceiling" }));
    }
    let askPartial: string | null = null;
    // Whether a short figure on this row would be judged by the period rather than by the cell and its target (not
    // yet due, or asked about): true even when today's figure meets, as a clerk may type a short one later.
    let periodBound = false;
    const rowDay = asOfCol !== undefined ? asOfDayOf(sheet, r, asOfCol) : null;
    const interim = interimAll ?? (rowDay !== null && ctx.period && rowDay < ctx.period.end && asOfDay < ctx.period.end ? { due: ctx.period.end, horizon: false, partial: true, subject: "" } : null);
    // A row naming part of a year ("8 tháng năm 2020 (đến 31/8/2020)", "6 tháng đầu năm 2021") in a table of years
    // (yearTable), against a plan naming no part of it: before that year ends its figure is not final. A short count
    // is not yet due, a short rate asked. In a list of quarters or of tasks each row's plan is its own period's.
    if (yearTable && !interim && col.target !== undefined && typeof rule !== "string" && rule.kind !== "deadline" && (judged.status === "not_met" || judged.status === "near")) {
      const h = readHeader(cand.name);
      const planTerm = readHeader(layout.headerRows.map((h) => cellText(sheet.values[h]?.[col.target!])).join(" ")).term;
      const due = h.year !== undefined ? `${h.year}-12-31` : "";
      if (h.term !== undefined && h.term !== "year" && !h.prior && (planTerm === undefined || planTerm === "year") && asOfDay < due) {
        periodBound = true;
        judged = Judged.fixed(isCountRule(rule) ? notYetDue(ctx.lang, judged.verdict, due) : partialShort(ctx.lang, judged.verdict, due));
      }
    }
    // A note saying the event is over ("Cuộc thi đã kết thúc") makes the figure final: no interim reading.
    const over = col.note !== undefined && overSaid(cellText(row[col.note]));
    if (interim && typeof rule !== "string" && rule.kind !== "deadline" && !over && !ownEarlierPeriod(cand.name, ctx.period)) {
      // Before the target falls due: a figure for part of the period that has not yet reached a count, or any
      // short figure against a target "đến năm 2025", is not yet due; "Chưa tổ chức" is not yet done. A short rate for
      // part of the period is asked: judged on the term, or not yet due (partialShort).
      const short = judged.status === "not_met" || judged.status === "near";
      // A figure still being compiled or checked ("Đang rà soát", "Đang tổng hợp") is no figure yet, never a task not done.
      const notYet = typeof judgedActual === "string" && judged.status !== "no_data" && NOT_DONE_WORDS.test(fold(judgedActual));
      // Enrolment is settled when the year opens: a term's figure of it is the year's (SETTLED_AT_OPENING).
      const partial = interim.partial && !SETTLED_AT_OPENING.test(fold(`${cand.name} ${interim.subject}`)) && !seasonOver(cand.name, layout, ctx.period);
      periodBound = interim.horizon || partial;
      // The part's reading, as a matrix reads it (partReading): a growth rate, a short count or a figure within a cap on
      // what still builds up is not yet due; a count of events past its cap is missed for good; a short rate is asked.
      const reading = partial ? partReading(rule, judged.status, cand.name, `${interim.subject} ${targetText}`) : null;
      if (reading === "pending" && !short) judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, interim.due));
      else if (notYet && (interim.horizon || interim.partial)) judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, interim.due, cellText(judgedActual)));
      else if (short && reading !== "final" && (interim.horizon || reading === "pending")) judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, interim.due));
      else if (short && reading === "ask") askPartial = interim.due;
    }
    // A note saying when the figure comes or becomes final ("Xét vào cuối năm học", "Tuyển sinh tháng 8/2022", "Rà
    // soát … quý IV", "xếp loại chính thức vào cuối năm"), a time still ahead: a blank figure is not yet due, never a
    // missing report; a short one is not yet final, so not yet due either (listed as short, never a pass).
    // A worded placeholder ("Chưa bình xét", "Chưa tổng hợp") is a blank with a reason: the note's time applies to it
    // too. A bare dash is not: it may mean "not applicable".
    // So is a figure cell awaiting something, no figure in it ("Chờ rà soát", "Chờ phê duyệt"): no figure yet, never an
    // invalid one, where a note says when it comes. Read before folding, which makes "Cho nghỉ học" look the same.
    const awaiting = judged.status === "invalid" && typeof judgedActual === "string" && /^chờ [\p{L} ]+$/u.test(judgedActual.trim().toLowerCase().normalize("NFC"));
    const blankNow = awaiting || (judged.status === "no_data" && (isEmptyCell(judgedActual) || (typeof judgedActual === "string" && /\p{L}/u.test(judgedActual) && cellKind(judgedActual) === "empty")));
    const shortNow = judged.status === "not_met" || judged.status === "near";
    // Read on every row with a note, not only a blank or short one: a figure that meets today may be edited short.
    if (col.note !== undefined && !isEmptyCell(row[col.note]) && !(typeof rule !== "string" && rule.kind === "deadline")) {
      // The plan's deadline bounds the note: a promise past the period's end ("Dự kiến hoàn thành tháng 12/2025" in a
      // 2024-2025 plan) does not move it, and once the period is over no figure is still to come.
      const said = figureDueIn(cellText(row[col.note]), ctx.period);
      const end = ctx.period?.end;
      const when = said && end && end < said ? end : said;
      if (when && when > (ctx.opts.asOf ?? todayIso())) {
        periodBound = true;
        if (blankNow || shortNow) judged = Judged.fixed(blankNow ? noFigureYet(ctx.lang, judged.verdict, when) : notYetDue(ctx.lang, judged.verdict, when));
      }
    }
    // The figure cell itself saying when its figure comes ("Công bố cuối năm", "Có số liệu quý IV"), a time still ahead:
    // no figure yet, as a note saying so beside a blank is; words saying the figure falls short ("Không đạt") are not.
    if (judged.status === "invalid" && typeof judgedActual === "string" && /\p{L}/u.test(judgedActual) && !/\b(khong|chua dat)\b/.test(fold(judgedActual))) {
      const said = figureDueIn(judgedActual, ctx.period);
      const end = ctx.period?.end;
      const when = said && end && end < said ? end : said;
      if (when && when > asOfNow) {
        periodBound = true;
        const v = noFigureYet(ctx.lang, judged.verdict, when);
        const explanations = { vi: v.explanations.vi.replace(": ", `: "${judgedActual.trim()}", `), en: v.explanations.en.replace(": ", `: "${judgedActual.trim()}", `) };
        judged = Judged.fixed({ ...v, explanation: explanations[ctx.lang], explanations });
      }
    }
    // A note moving the task ("Lùi sang tháng 3/2021 theo Công văn của Phòng"): not done, the later day still ahead, it
    // is not yet due; done between the two days, both readings are said (the plan's day, the moved one).
    const planDay = typeof rule !== "string" && rule.kind === "deadline" && /^\d/.test(rule.due) ? rule.due : null;
    const moved = col.note !== undefined && planDay && (judged.status === "overdue" || judged.status === "not_met") ? MOVED.exec(cellText(row[col.note])) : null;
    const movedTo = moved ? figureDueIn(moved[1], ctx.period) : null;
    if (moved && movedTo && planDay && movedTo > planDay) {
      const doneDay = judged.status === "not_met" ? readCompletion(judgedActual, ctx.period) : null;
      const by = { vi: `theo thời hạn đã dời ("${moved[0].trim()}")`, en: `by the moved deadline ("${moved[0].trim()}")` };
      if (judged.status === "overdue" && movedTo > (ctx.opts.asOf ?? todayIso())) {
        const [d0, d1] = [isoToVi(planDay), isoToVi(movedTo)];
        judged = Judged.fixed(restated(ctx.lang, judged.verdict, "pending", { vi: `${STATUS.pending.vi}: chưa hoàn thành; hạn ${d0} đã dời ("${moved[0].trim()}") đến ${d1}`, en: `${STATUS.pending.en}: not done; the deadline ${d0} was moved ("${moved[0].trim()}") to ${d1}` }));
      }
      else if (doneDay?.kind === "done" && doneDay.iso && doneDay.iso <= movedTo) {
        const ok = restated(ctx.lang, judged.verdict, "met", { vi: `${STATUS.met.vi}: ${by.vi}`, en: `${STATUS.met.en}: ${by.en}` });
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, ok, { vi: "theo thời hạn của kế hoạch", en: "by the plan's deadline" }, by, { vi: "ghi rõ thời hạn nào áp dụng", en: "say which deadline holds" }));
      }
    }
    // "Đạt" at the level judged beside "Không đạt" at a level below: a level presupposes the one below, so asked.
    const lower = judged.status === "met" || judged.status === "exceeded" ? layout.levelsBelow?.find((k) => NO_SET.has(fold(cellText(row[k])))) : undefined;
    if (lower !== undefined) {
      const no = judgeFigure(ctx, target, { ...fig, actual: row[lower] }, name, unit).judged;
      judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, no.verdict, { vi: "theo ô này", en: "by this cell" }, { vi: `theo mức dưới (${addr(ctx, { row: r, col: lower })} "${cellText(row[lower])}")`, en: `by the level below (${addr(ctx, { row: r, col: lower })} "${cellText(row[lower])}")` }, { vi: "kiểm tra lại kết quả các mức", en: "check the results of each level" }));
    }
    // The plan indicator's own horizon still ahead ("… đến năm 2025") for its target: a short figure is not yet due.
    const planDue = ind && targetSource === "plan" && !periodBound ? planHorizon(ind.name) : null;
    if (planDue && planDue > (ctx.opts.asOf ?? todayIso())) {
      periodBound = true;
      if (judged.status === "not_met" || judged.status === "near") {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, planDue));
        askPartial = null;
      }
    }
    // A short rate for part of the period that no note made final or not yet due: asked.
    if (askPartial && (judged.status === "not_met" || judged.status === "near")) judged = Judged.fixed(partialShort(ctx.lang, judged.verdict, askPartial));
    // A note giving a reason the gap may not count ("01 trẻ khuyết tật học hòa nhập"), as on a unit's row in a matrix.
    const excuse = col.note !== undefined && (judged.status === "not_met" || judged.status === "near") ? excusedRemark([row[col.note]], -1, name) : null;
    if (excuse) judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, restated(ctx.lang, judged.verdict, "met", { vi: STATUS.met.vi, en: STATUS.met.en }), { vi: `nếu tính cả trường hợp ghi "${excuse}"`, en: `if the case noted "${excuse}" counts` }, { vi: "nếu không tính", en: "if it does not" }, { vi: "ghi rõ chỉ tiêu có tính trường hợp này hay không", en: "say whether the target counts it" }));
    if (judged.status === "invalid" && typeof judgedActual === "string") {
      // "Hội thi tổ chức tháng 3" written in January: no figure yet because the event is still ahead. Not yet due.
      const when = dayIn(judgedActual, ctx.period);
      const asOf = ctx.opts.asOf ?? todayIso();
      if (when && when > asOf) judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, ctx.period && ctx.period.end > when ? ctx.period.end : when, cellText(judgedActual)));
    }
    // A result written in words where the target counts times ("Đã thực hiện" under "02 lần/tháng"): the engine finds
    // no figure in it, but the row is not blank. Asked, never "no data".
    const written = cellText(row[cell.col]);
    if (judged.status === "no_data" && written.trim() !== "" && typeof rule !== "string" && rule.kind === "frequency") {
      const asked = reviewVerdict(ctx.lang, judged.verdict, null, { vi: "", en: "" }, { vi: "", en: "" }, { vi: "", en: "" });
      const explanations = {
        vi: `${asked.labels.vi}: kết quả "${written}" không ghi số lần, chỉ tiêu "${targetText}" cần số lần; ghi số lần đã thực hiện.`,
        en: `${asked.labels.en}: the result "${written}" gives no count, the target "${targetText}" needs one; write how many times it was done.`,
      };
      judged = Judged.fixed({ ...asked, explanation: explanations[ctx.lang], explanations, warnings: [{ code: "ambiguous_target", message: explanations }, ...asked.warnings.slice(1)] });
    }
    // A deadline with an hour ("Trước 17h ngày 11/6/2021") met on its very day, no hour written: done before or after
    // the hour, the day cannot tell. Both readings are said, never a pass.
    if (deadlineRule && col.deadline !== undefined && judged.status === "met" && typeof judgedActual === "string" && judgedActual === (rule as { due?: string }).due && DUE_HOUR.test(fold(cellText(row[col.deadline])))) {
      const d = new Date(`${judgedActual}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - 1);
      const dayBefore = `chậm nhất ngày ${isoToVi(d.toISOString().slice(0, 10))}`;
      const late = judgeFigure(ctx, { text: dayBefore, rule: ruleFor(ctx, dayBefore, ind, cand.name, unit) }, fig, name, unit).judged;
      judged = Judged.fixed(
        reviewVerdict(
          ctx.lang,
          judged.verdict,
          late.verdict,
          { vi: `nếu xong trước giờ hạn "${cellText(row[col.deadline])}"`, en: `if done before the hour of "${cellText(row[col.deadline])}"` },
          { vi: "nếu xong sau giờ đó", en: "if done after it" },
          { vi: "ghi giờ hoàn thành", en: "write the hour it was done" },
        ),
      );
    }
    if (uncertain && sheetTarget.text === "" && ind) {
      // The target comes from a plan indicator the row only resembles: say both readings, never guess.
      const pctScore = formatNumber(Math.round(match.score * 100));
      judged = Judged.fixed(
        reviewVerdict(
          ctx.lang,
          judged.verdict,
          null,
          { vi: `nếu dòng này là chỉ tiêu "${ind.name}" của kế hoạch (giống ${pctScore}%)`, en: `if this row is the plan's "${ind.name}" (${pctScore}% alike)` },
          { vi: "nếu không phải", en: "if not" },
          { vi: "xác nhận chỉ tiêu ở bước ghép cột hoặc ghi chỉ tiêu vào dòng", en: "confirm the indicator in the mapping step or write the target on the row" },
        ),
      );
      used = "auto";
      notJudgedTotal++;
      if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell, name: cand.name, reason: "uncertain_match", candidate: { id: ind.id, name: ind.name, score: match.score } }));
    } else if (hasValue && (judged.status === "unreadable" || judged.status === "invalid")) {
      notJudgedTotal++;
      if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell, name: cand.name, reason: judged.status === "unreadable" ? "unreadable_target" : "invalid_figure", detail: judged.status === "unreadable" ? targetText : cellText(actual) }));
    }

    const item = new Item(judged, r, cell, cand.name, section, targetText, targetSource, actual, used, match);
    // A formula reads the cell it points at: where the engine judged no figure although that cell holds one (a done
    // word in a result column under a target that is no deadline), a live formula would judge what the engine did not.
    const unseen = isEmptyCell(judgedActual) && !isEmptyCell(sheet.values[cell.row]?.[cell.col]);
    if (derived || unseen || dueFromName || judged !== plain) item.noFormula = true;
    // A formula would judge a short figure typed later "Chưa đạt" where the engine says not yet due or asks.
    else if (periodBound) item.noFormula = "period";
    if (denominatorCell) item.denominatorCell = denominatorCell;
    if (ind) item.indicatorId = ind.id;
    const note = col.note !== undefined ? cellText(row[col.note]) : "";
    if (note) item.note = note;
    if (unit) item.unit = unit;
    items.push(item);

    pairChecks(ctx, r, col.actualNumerator, col.actualDenominator, col.rate, pct.has("rate"), cand.name);
    if (isCellError(actual)) errorFinding(ctx, cell, cand.name, actual.error);
    const key = fold(cand.name);
    const prev = seenNames.get(key);
    if (prev !== undefined) {
      addFindingOf(ctx, "duplicate_indicator", () => ({
        code: "duplicate_indicator",
        severity: "warning",
        cells: [{ row: prev, col: col.name! }, { row: r, col: col.name! }],
        message: {
          vi: `Chỉ tiêu "${cand.name}" xuất hiện hai lần (dòng ${prev + 1 + (sheet.origin?.row ?? 0)} và ${r + 1 + (sheet.origin?.row ?? 0)}).`,
          en: `Indicator "${cand.name}" appears twice (rows ${prev + 1 + (sheet.origin?.row ?? 0)} and ${r + 1 + (sheet.origin?.row ?? 0)}).`,
        },
      }));
    } else seenNames.set(key, r);
  }
  if (namedTargets > 0) {
    const said = { vi: `Bảng không có cột chỉ tiêu: ${namedTargets} dòng được đánh giá theo chỉ tiêu ghi trong tên dòng.`, en: `The table has no target column: ${namedTargets} rows are judged on the target their names state.` };
    layout.decisions = [...(layout.decisions ?? []), said];
  }
  // Section headings are said as such, so the user sees every row the check left out.
  if (headings.size) {
    layout.excludedRows = [...(layout.excludedRows ?? []), ...[...headings].map((r) => ({ row: r, kind: "section" as const, text: cellText(sheet.values[r]?.[col.name!]) }))].sort((a, b) => a.row - b.row);
  }
  if (col.stt !== undefined) partsChecks(ctx, items, col.stt);
  distributionChecks(ctx, items, byId as Map<string, Indicator>);
  return { items, rollUps: [], unmatchedRows, notJudged: out, notJudgedTotal };
}

/** A norm per unit of something: "m2/học sinh", "học sinh/lớp", "GV/lớp" (a measure whose unit is one per another). */
function perUnitRule(rule: Rule | string): boolean {
  return typeof rule !== "string" && (rule.kind === "compare" || rule.kind === "range") && rule.unit.kind === "measure" && /\S\s*\/\s*\S/.test(rule.unit.unit);
}

/**
 * A row's figure in a block of marks: the heading of the column marked, the highest level when the headings are
 * levels (marks run cumulatively: "x" under Mức 1, 2 and 3 is Mức 3). "Không đạt" marked is level 0 for a level
 * target. Two answers marked where the headings are no levels give both, which the judge cannot read: said, not guessed.
 * @example markedFigure(["Tiêu chí 1.4", "", "x", "", ""], marks, true) → { shown: "Mức 1", judged: "Mức 1", col: 2 }
 */
function markedFigure(row: CellValue[], marks: MarkColumn[], levelRule: boolean): { shown: CellValue; judged: CellValue; col: number } {
  const marked = marks.filter((m) => {
    const v = row[m.col];
    return typeof v === "string" && MARKS.has(v.trim().toLowerCase());
  });
  if (marked.length === 0) return { shown: undefined, judged: undefined, col: marks[0].col };
  if (marked.every((m) => m.level !== null)) {
    const top = marked.reduce((a, b) => ((b.level ?? 0) > (a.level ?? 0) ? b : a));
    const shown = top.level! > 0 ? `Mức ${top.level}` : top.label;
    return { shown, judged: top.level === 0 && levelRule ? "Mức 0" : shown, col: top.col };
  }
  if (marked.length === 1) return { shown: marked[0].label, judged: marked[0].label, col: marked[0].col };
  const both = marked.map((m) => m.label).join(" + ");
  return { shown: both, judged: both, col: marked[marked.length - 1].col };
}

/** A line heading a block of yes/no answers: each filled cell but a heading is "Có" or "Không", at least one of each. */
const YES_NO_HEADING = new Set(["co", "khong"]);

/**
 * Rows answered by a mark under a line of the table that heads two of its columns "Có | Không" (a form's facility
 * block, "Kết nối internet | | x" under "| Có | Không"): each row below that line, to the next such line or the
 * table's end, maps to the columns of the yes/no answers, whatever roles the table's own header gave them; the
 * heading line itself maps to no column (it is no row).
 * @example yesNoBlocks(sheet, layout, nameOf).get(38) → [{ col: 2, label: "Có", level: null }, { col: 3, label: "Không", level: null }]
 */
function yesNoBlocks(sheet: SheetData, layout: ListLayout, nameOf: (row: CellValue[] | undefined) => string): Map<number, MarkColumn[]> {
  const out = new Map<number, MarkColumn[]>();
  // The line may repeat the name column's heading ("Nội dung | Có | Không"): a heading, never a row's name.
  const headings = new Set(["", "noi dung", ...layout.headerRows.map((h) => fold(nameOf(sheet.values[h])).trim())]);
  let current: MarkColumn[] | null = null;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const row = sheet.values[r] ?? [];
    const name = nameOf(row);
    // Only a row named as a heading can be one: its cells are read only then (the name is tested first, as it was).
    if (headings.has(fold(name).trim())) {
      const filled = row.map((v, c) => ({ c, t: cellText(v).trim() })).filter((x) => x.t !== "" && x.t !== name);
      const words = new Set(filled.map((x) => fold(x.t)));
      if (filled.length >= 2 && words.size === 2 && [...words].every((w) => YES_NO_HEADING.has(w))) {
        current = filled.map((x) => ({ col: x.c, label: x.t, level: null }));
        // The heading line itself is no row: an empty list marks it.
        out.set(r, []);
        continue;
      }
    }
    if (current) out.set(r, current);
  }
  return out;
}

function firstValueCell(r: number, cols: number[], row: CellValue[]): CellRef {
  for (const c of cols) if (!isEmptyCell(row[c])) return { row: r, col: c };
  return { row: r, col: cols[0] ?? 0 };
}

/** Cell address for messages, origin included. */
export const addr = (ctx: Ctx, cell: CellRef): string => cellAddress(ctx.sheet, cell.row, cell.col);

export type { Bilingual };

/**
 * A row naming a period of its own that began before the sheet's and ends before it ("Tỷ lệ học sinh hoàn thành
 * chương trình lớp học (năm học 2021-2022)" in a report on the first half of 2022): its figure is that period's result,
 * not part of the sheet's period still building up.
 */
function ownEarlierPeriod(name: string, period: Period | null): boolean {
  const own = period ? /(?:năm học|năm|niên khóa)\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?/iu.exec(name) : null;
  const p = own ? periodFromText(own[0]) : null;
  return p !== null && period !== null && p.start < period.start && p.end < period.end;
}

/**
 * True when a row names a season harvested by mid-year (SEASON_BY_MIDYEAR) of the sheet's year or an earlier one, and
 * the figures are for six or nine months of that year: the season is over, its figure final.
 * @example seasonOver("Diện tích gieo trồng vụ Đông Xuân 2020-2021", layoutWith6Months, periodFromText("năm 2021")) → true
 */
function seasonOver(name: string, layout: ListLayout, period: Period | null): boolean {
  const term = layout.headings?.actual?.term;
  if (period?.kind !== "year" || (term !== "half" && term !== "nine") || !SEASON_BY_MIDYEAR.test(fold(name))) return false;
  const years = [...name.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return years.every((y) => y <= Number(period.end.slice(0, 4)));
}

/** When the targets fall due, and whether the figures are for part of the period or the targets run to a horizon. */
interface Interim {
  due: string;
  /** The target column runs to a horizon ("Chỉ tiêu đến năm 2025") that the as-of date has not reached. */
  horizon: boolean;
  /** The figures cover part of the period ("Thực hiện HK I", "6 tháng") and the period has not ended. */
  partial: boolean;
  /** What the table's title says its figures are ("Tổng hợp tỷ lệ huy động trẻ ra lớp"), "" when none. */
  subject: string;
}

/** A term that is part of the period ("half", "quarter", …), not the whole year. */
const isPart = (t: string | undefined) => t !== undefined && t !== "year";

/**
 * Whether the sheet is judged before its targets fall due: the target heading's horizon (end of its year) or the
 * period's end, after the as-of date. Null when the targets are due (or nothing says when they are).
 */
function interimOf(ctx: Ctx, layout: ListLayout): Interim | null {
  const t = layout.headings?.target;
  const a = layout.headings?.actual ?? layout.headings?.rate;
  const asOf = ctx.opts.asOf ?? todayIso();
  const horizonDue = t?.horizon ? (t.year ? `${t.year}-12-31` : ctx.period?.end) : undefined;
  // Figures headed by the horizon's own last year ("Mục tiêu giai đoạn 2018-2020" beside "Năm học 2019-2020") are the
  // stage's final figures: the target is due on them, whatever day of that year the check runs.
  const finalYear = t?.horizon && t.year !== undefined && a?.year !== undefined && a.year >= t.year;
  if (horizonDue && asOf < horizonDue && !finalYear) return { due: horizonDue, horizon: true, partial: false, subject: "" };
  // A quarter's own plan beside that quarter's figure ("Quý I/2021 ⟩ KH | TH"): due when the quarter ends, not the year.
  if (t?.end && t.end === a?.end) return asOf < t.end ? { due: t.end, horizon: false, partial: true, subject: "" } : null;
  // A term's own plan beside that term's figure ("Kế hoạch HK I | Đã kiểm tra HK I"): judged on the term, as in a matrix.
  if (t?.term !== undefined && t.term !== "year" && t.term === a?.term) return null;
  // A part of a year naming a later year than the period read from the top rows ("6 tháng 2017" after "Năm 2013 | …
  // | Năm 2016"): that year is the one not yet over.
  // Only a calendar year's part: a school year's term ("HK I năm học 2032-2033") ends with that school year, kept as before.
  const head = fold(cellText([...layout.headerRows].reverse().map((r) => ctx.sheet.values[r]?.[layout.columns.actual ?? -1]).find((v) => !isEmptyCell(v))));
  const later = isPart(a?.term) && a?.year !== undefined && ctx.period && a.year > Number(ctx.period.end.slice(0, 4)) && !/\bnam hoc\b|\d{4} +\d{4}/.test(head);
  const due = later ? `${a!.year}-12-31` : ctx.period?.end;
  // Figures as of a day in the first half of the period ("Thời điểm báo cáo: 30/9/2023" for 2023-2024) are partial too.
  const reported = reportDate(ctx, layout.headerRows[0]);
  // So are a round's figures headed by a month in that half ("Đợt 1 (tháng 10/2011)" in 2011-2012).
  const round = layout.headerRows.map((r) => /\bthang (\d{1,2})[ /]+((?:19|20)\d\d)\b/.exec(fold(cellText(ctx.sheet.values[r]?.[layout.columns.actual ?? layout.columns.actualNumerator ?? -1])))).find(Boolean);
  const early = ctx.period !== null && [reported, round && `${round[2]}-${round[1].padStart(2, "0")}-28`].some((d) => d && d < midpoint(ctx.period!.start, ctx.period!.end));
  // A figure column naming no term under a title naming one ("CHẤT LƯỢNG HỌC KỲ I SO VỚI CHỈ TIÊU NĂM HỌC") beside the
  // year's target: a part of the period, as a matrix reads its title (partialDue).
  const titled = a?.term === undefined && (t?.term === undefined || t.term === "year") && isPart(tableTerm(ctx.sheet, layout.headerRows[0]));
  const partial = (a?.term !== undefined && a.term !== "year") || early || titled;
  if (partial && due && asOf < due) return { due, horizon: false, partial: true, subject: tableSubject(ctx.sheet, layout.headerRows[0]) };
  return null;
}

// "Thời điểm báo cáo: 30/9/2023", "Số liệu tính đến ngày 31/12/2023", "(tính đến 15/01/2024)": the day the figures are as of.
// A month with its year ("Số liệu đến tháng 4 năm 2014", "tính đến hết tháng 9/2019") is its last day.
const AS_OF_LINE = /(th[oờ]i [dđ]i[eể]m b[aá]o c[aá]o|t[ií]nh [dđ][eế]n|s[oố] li[eệ]u [dđ][eế]n|t[aạ]i th[oờ]i [dđ]i[eể]m)\s*:?\s*(?:(ng[aà]y\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(19|20)\d\d)|(?:h[eế]t\s*)?th[aá]ng\s*(\d{1,2})\s*(?:[/.-]|n[aă]m)\s*((?:19|20)\d\d)(?!\d))/iu;

/** The day a note under the table says the figures are as of ("- Số liệu tính đến ngày 15/11/2018"), within eight rows, ISO, or null. */
export function notesDate(ctx: Ctx, lastDataRow: number): string | null {
  return asOfLine(ctx, lastDataRow + 1, Math.min(ctx.sheet.values.length, lastDataRow + 9));
}

/** The day the first line of rows `from` to `to` (not included) that says so gives the figures as of (AS_OF_LINE), ISO, or null. */
function asOfLine(ctx: Ctx, from: number, to: number): string | null {
  for (let r = from; r < to; r++) {
    for (const v of ctx.sheet.values[r] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      const m = AS_OF_LINE.exec(v);
      if (m) return dayIn(m[3] ?? `${m[5]}/${m[6]}`, ctx.period);
    }
  }
  return null;
}

/** The column, among those with no role, whose heading says each row's as-of day and which holds two days or more. */
function rowAsOfColumn(sheet: SheetData, layout: ListLayout): number | undefined {
  for (const u of layout.unplaced) {
    if (u.col < 0 || u.reason !== "unknown" || !AS_OF_COLUMN.test(fold(u.header))) continue;
    let days = 0;
    for (let r = layout.firstDataRow; r <= layout.lastDataRow && days < 2; r++) if (asOfDayOf(sheet, r, u.col) !== null) days++;
    if (days >= 2) return u.col;
  }
  return undefined;
}

/** A row's as-of day in that column, ISO: a date cell, a date-formatted serial or a written "31/10/2023"; else null. */
function asOfDayOf(sheet: SheetData, r: number, c: number): string | null {
  const v = sheet.values[r]?.[c];
  if (v instanceof Date) return dateToIso(v);
  if (typeof v === "number" && /[dy]/i.test(formatAt(sheet, r, c) ?? "")) {
    const d = readCell(v, { expect: "date" });
    return d.kind === "date" ? d.iso : null;
  }
  const m = typeof v === "string" ? /^(?:đến\s+(?:ngày\s+)?)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d)$/iu.exec(v.trim()) : null;
  return m ? dayIn(m[1]) : null;
}

/** The day a line above the table says the figures are as of, ISO, or null. */
export function reportDate(ctx: Ctx, headerTop: number): string | null {
  return asOfLine(ctx, 0, headerTop);
}

/** The middle day of a period, ISO. */
export function midpoint(start: string, end: string): string {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  return new Date((a + b) / 2).toISOString().slice(0, 10);
}

// A figure with the start of the period's in brackets: "12 trẻ (đầu năm: 15 trẻ)", "8 (năm trước 11)". The figure in
// group 1, the earlier one in group 2.
const BASE_IN_CELL = /^(\d[\d.,]*(?:\s*(?:%|\p{L}+))?)\s*\(\s*(?:đầu năm(?: học)?|năm trước|năm học trước|cùng kỳ(?: năm trước)?|kỳ trước)\s*:?\s*(\d[\d.,]*(?:\s*(?:%|\p{L}+))?)\s*\)$/iu;

// Verdicts a second target column is weighed against: judged ones, not "no data" or a refusal.
const JUDGED_BOTH: ReadonlySet<string> = new Set(["met", "exceeded", "not_met", "near", "pending", "overdue"]);

// A note moving a task to a later time: "Lùi sang tháng 3/2021", "Dời đến ngày 15/4", "hoãn đến quý II". The time after
// the verb in group 1.
const MOVED = /(?<!\p{L})(?:lùi|dời|hoãn|chuyển)(?:\s+(?:lại|thời gian))?\s+(?:sang|đến|tới|vào)\s+(.{3,40}?)(?=\s+(?:theo|do|vì)(?!\p{L})|[,;.(]|$)/iu;

// A heading naming a month and nothing else: "THÁNG 10/2020", "Tháng 9 năm 2020", "Tháng 11". Folded.
const MONTH_HEADING = /^thang \d{1,2}(?: (?:nam )?(?:19|20)\d\d)?$/;

/** The text of a merge that starts left of column `c` on row `r` and runs over it (a section title across the table). */
function spanningTitle(sheet: SheetData, r: number, c: number): string {
  const m = sheet.merges?.find((x) => x.top === r && x.left < c && x.right >= c);
  return m ? cellText(sheet.values[r]?.[m.left]).trim() : "";
}

/** A row named only by a note that it is a share ("(tỷ lệ so với tổng số)", "(%)"). */
const RATE_NOTE = /^\(\s*(t[ỷỉ] l[ệe]|%)[^()]*\)$/iu;

/** A ditto mark in a ĐVT column ("〃", '"', "nt", "như trên"): the unit written above it again. */
const DITTO = /^(["'“”″〃]+|-?\s*nt\s*-?|như trên)$/iu;

/** The row's ĐVT, a ditto mark read as the unit of the nearest row above that writes one. */
function unitAt(sheet: SheetData, r: number, c: number): string {
  for (let k = r; k >= 0; k--) {
    const t = cellText(sheet.values[k]?.[c]).trim();
    if (!DITTO.test(t)) return t;
  }
  return "";
}

/**
 * A list's row under a plan heading saying its bound ("Chỉ tiêu khống chế", "Kế hoạch (không quá)"): the rows are of many
 * indicators, and a row's own name may say the other way ("Tỷ lệ trẻ được tiêm chủng đầy đủ" 95 under a cap heading).
 * Its bare number is read both as the heading says and as its name says: one verdict where they agree, asked where not.
 */
function rowBound(t: TargetText, bound: string | null): TargetText {
  const b = bounded(t, bound);
  return b === t || t.alt ? b : { ...b, alt: t.text, todo: { vi: "ghi rõ chiều của chỉ tiêu ở dòng này (tối thiểu hay tối đa)", en: "say this row's direction (a floor or a cap)" } };
}

/** A name saying it counts ("Số học sinh", "Tổng số hộ"), by its marks ("Sổ điểm", "Sở" count nothing), and not "số" in a
 * word of its own ("Số hóa hồ sơ", "Số liệu", "so với"). */
const COUNT_NAME = /^\s*(?:tổng )?số (?!(?:với|hóa|hoá|liệu)(?!\p{L}))/iu;
/** A bound word or sign and one bare number, no unit ("ít nhất 1,5", "≤ 300", "1.000 trở lên"). */
const BOUND_NUMBER = /^(?:(?:≥|≤|>=|<=|>|<|=|từ|trên|dưới|tối thiểu|tối đa|không quá|không vượt|không dưới|không thấp hơn|ít nhất|đạt)\s*)?\d+(?:[.,]\d+)*(?:\s+(?:trở lên|trở xuống))?$/iu;
/** A number as written in a target ("4", "2,5", "1.200"). */
const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;
/** A year among a target's numbers ("năm 2032"). */
const YEAR_TOKEN = /^(?:19|20)\d\d$/;
/** A note in an adjusted plan's column keeping the row's plan ("Không điều chỉnh", "Giữ nguyên"). Folded. */
export const KEPT_PLAN = /^(khong dieu chinh|giu nguyen)\b/;

/**
 * The bound a target column's heading closes with ("… không quá (%)", "… tối thiểu"): the cells under it are bare
 * numbers whose direction only the heading gives. A bound word inside the name ("con thứ 3 trở lên") is not one.
 * @example headingBound("Tỷ lệ sinh con thứ 3 trở lên không quá (%)") → "không quá"
 */
export function headingBound(heading: string): string | null {
  // "Khống chế" is a cap only straight after a plan noun, closing the heading ("Chỉ tiêu khống chế", "Mức khống chế"):
  // "Tỷ lệ ổ dịch được khống chế", "Số ổ dịch khống chế được" count what was brought under control, a floor.
  const bound = /\b(khong qua|khong vuot qua|toi da|toi thieu|it nhat|khong duoi|khong thap hon|(?<=\b(?:chi tieu|muc|ke hoach|kh) )khong che(?= %$|$))(?: %| \S{1,6})?$/;
  // The bound may close the heading in brackets of its own ("Chỉ tiêu khống chế (không quá)", "Mức giao (tối đa)").
  const aside = /\(([^()]*)\)\s*$/.exec(heading);
  const m = (aside ? new RegExp(`^${bound.source}`).exec(fold(aside[1]).trim()) : null) ?? bound.exec(fold(heading.replace(/\([^()]*\)/g, " % ").replace(/\s+/g, " ").trim()).trim());
  if (!m) return null;
  const words: Record<string, string> = { "khong qua": "không quá", "khong vuot qua": "không vượt quá", "toi da": "tối đa", "toi thieu": "tối thiểu", "it nhat": "ít nhất", "khong duoi": "không dưới", "khong thap hon": "không thấp hơn", "khong che": "không quá" };
  return words[m[1]];
}

/** A bare number's target under a bound ("không quá" + "15" → "không quá 15"); a target saying its own direction is kept. */
export function bounded(t: TargetText, bound: string | null): TargetText {
  if (!bound || !/^\d/.test(t.text) || /\d\s*%?\s*(tro len|tro xuong|tro lai)\b/.test(fold(t.text))) return t;
  return { ...t, text: `${bound} ${t.text}`, ...(t.alt ? { alt: `${bound} ${t.alt}` } : {}) };
}

/** The last year of the term of office a title names above the header ("SƠ KẾT GIỮA NHIỆM KỲ 2020-2025" → 2025). */
export function termEnd(sheet: SheetData, headerRow: number): number | undefined {
  return Number(/\bnhiem ki (?:19|20)\d\d ((?:19|20)\d\d)\b/.exec(fold(sheet.values.slice(0, headerRow).flat().map(cellText).join(" ")))?.[1]) || undefined;
}
