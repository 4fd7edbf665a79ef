// Checking a workbook file end to end: read a sheet, hand it to core's checkSheet, apply core's status edits and report sheet.
import { basename } from "node:path";
import type { Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import { checkSheet } from "../../core/sheet/check";
import { planStatusColumn } from "../../core/sheet/status";
import type { SheetData } from "../../core/sheet/model";
import { isOwnSheet } from "../../core/sheet/owned";
import type { CheckedSheet, CheckFailure, CheckOptions, LayoutOverrides } from "../../core/sheet/types";
import { CliError } from "../errors";
import type { SheetEdits } from "../../core/sheet/edits";
import { isEmptySheet, openWorkbook, readSheets, type OpenedBook } from "./read";
import { reportSpec } from "./report";
import { notesOf, ownedOf, patchFromEdits, saveAtomic, WorkbookWriter, type Cached, type SheetSpec } from "./write";

export interface CheckFileOptions {
  plan: Plan | null;
  sheet?: string;
  lang?: Lang;
  asOf?: string;
  tolerance?: number;
  /** Add the report sheet: true always, false never; default only up to REPORT_MAX_ITEMS figures. */
  report?: boolean;
  /** Date printed on the report, ISO; default blanks to fill by hand. */
  reportDate?: string;
  /** The user's column mapping (`--map "chỉ tiêu=D,thực hiện=F"`), applied on top of what the reader found. */
  overrides?: LayoutOverrides;
}

export interface CheckedFile {
  path: string;
  sheet: SheetData;
  result: CheckedSheet;
  /** The output package: the input patched with the status columns, plus the report sheet. */
  workbook: WorkbookWriter;
  /** The report sheet as written (for printing it alone), when there is one. */
  report?: SheetSpec;
  /** Writes the result atomically to `path`. */
  save: (path: string) => Promise<void>;
  /** Live formulas written, and status cells that hold a fixed label because no formula could be compiled. */
  formulas: number;
  fallbacks: number;
  reportSheet?: string;
  /** Things the user should know about the output (printed on stderr). */
  notes: string[];
}

/**
 * Figures above which the report sheet is left out unless asked for: a report table of 5.000 rows is about a
 * hundred printed pages.
 */
export const REPORT_MAX_ITEMS = 5_000;

/** Names of the report sheets this tool wrote before sheets carried its mark. */
const OWN_SHEETS = /^(báo cáo|bao cao|report)( \(\d+\))?$/i;

/**
 * Sheets this tool wrote itself (the report), skipped when looking for the table to check: by the tool's mark
 * (core/sheet/owned.ts) when the reader reads marks, so a user's data sheet named "Báo cáo" is checked like any
 * other; by name only from a reader that cannot read marks.
 */
function isToolSheet(s: SheetData): boolean {
  return s.owned !== undefined ? isOwnSheet(s) : OWN_SHEETS.test(s.name.trim());
}

/**
 * Picks the sheet to check: the named one, else the sheet whose table judges the most figures (a general-information
 * sheet before the table, or a sheet of last year's figures, loses to the one that can be checked). When another
 * sheet came close, `result.coverage.choice` says which was taken and why. A workbook where no sheet has a
 * recognisable header fails with the headers core expected, naming the sheets.
 * @example chooseSheet(book, undefined, plan, opts) → { sheet, result }
 */
export function chooseSheet(book: OpenedBook, name: string | undefined, plan: Plan | null, opts: CheckFileOptions): { sheet: SheetData; result: CheckedSheet } {
  const file = basename(book.path);
  const sheets = readSheets(book, name).filter((s) => name !== undefined || !isToolSheet(s));
  const nonEmpty = sheets.filter((s) => !isEmptySheet(s));
  if (nonEmpty.length === 0) {
    const where = name !== undefined ? `trang "${sheets[0]?.name ?? name}"` : "mọi trang";
    const whereEn = name !== undefined ? `sheet "${sheets[0]?.name ?? name}"` : "every sheet";
    throw new CliError(`${file}: ${where} đều trống, không có số liệu để kiểm tra`, `${file}: ${whereEn} is empty, nothing to check`);
  }
  const checkOpts: CheckOptions = { lang: opts.lang, asOf: opts.asOf, tolerance: opts.tolerance };
  if (opts.overrides) checkOpts.overrides = opts.overrides;
  const results: Array<{ sheet: SheetData; result: CheckedSheet }> = [];
  let firstFailure: CheckFailure | null = null;
  for (const sheet of nonEmpty) {
    const result = checkSheet(sheet, plan, checkOpts);
    if (result.ok) results.push({ sheet, result });
    else firstFailure ??= result;
  }
  if (results.length === 0) {
    const f = firstFailure!;
    const expected = f.error.expected.join("; ");
    const others = name === undefined && nonEmpty.length > 1 ? `; các trang: ${nonEmpty.map((s) => `"${s.name}"`).join(", ")}` : "";
    const othersEn = name === undefined && nonEmpty.length > 1 ? `; sheets: ${nonEmpty.map((s) => `"${s.name}"`).join(", ")}` : "";
    throw new CliError(
      `${file}, trang "${f.sheet}": ${f.error.message.vi.replace(/\.$/, "")}; cần các tiêu đề cột: ${expected}${others}`,
      `${file}, sheet "${f.sheet}": ${f.error.message.en.replace(/\.$/, "")}; expected column headers: ${expected}${othersEn}`,
    );
  }
  // The sheet that judges the most; then the one whose targets stand in a column of their own (a sheet judged only on
  // targets written into its row names is often the published plan itself, its counts commitments, not results);
  // then the one leaving fewer figures unjudged; then the first.
  const hasTargetColumn = (r: CheckedSheet) => (r.coverage.columns.some((c) => c.role === "target") ? 1 : 0);
  const order = results
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => b.result.coverage.judged - a.result.coverage.judged || hasTargetColumn(b.result) - hasTargetColumn(a.result) || a.result.coverage.notJudgedTotal - b.result.coverage.notJudgedTotal || a.i - b.i);
  const best = order[0];
  const rivals = order.slice(1).filter((o) => o.result.coverage.judged > 0 || o.result.coverage.notJudgedTotal > 0);
  if (rivals.length > 0 || best.i !== 0) {
    // Other sheets' shortfalls and unjudged figures are said: a clean bill on one sheet is not one for the workbook.
    const short = (o: (typeof order)[number]) => o.result.shortfalls.length;
    const list = order.slice(1).map((o) => `"${o.sheet.name}" (${o.result.coverage.judged}${short(o) ? `, ${short(o)} chưa đạt` : ""}${o.result.coverage.notJudgedTotal ? `, ${o.result.coverage.notJudgedTotal} chưa đánh giá được` : ""})`).join(", ");
    const listEn = order.slice(1).map((o) => `"${o.sheet.name}" (${o.result.coverage.judged}${short(o) ? `, ${short(o)} not met` : ""}${o.result.coverage.notJudgedTotal ? `, ${o.result.coverage.notJudgedTotal} not judged` : ""})`).join(", ");
    const tiedOnColumn = order[1] !== undefined && order[1].result.coverage.judged === best.result.coverage.judged && hasTargetColumn(best.result) > hasTargetColumn(order[1].result);
    const because = tiedOnColumn
      ? { vi: `vì có cột chỉ tiêu riêng (trang "${order[1].sheet.name}" chỉ có chỉ tiêu ghi trong tên dòng)`, en: `as its targets stand in a column (sheet "${order[1].sheet.name}" only states them in row names)` }
      : { vi: `vì đánh giá được nhiều chỉ tiêu nhất (${best.result.coverage.judged})`, en: `as it judges the most (${best.result.coverage.judged})` };
    const why = {
      vi: `Kiểm tra trang "${best.sheet.name}" ${because.vi}; các trang khác: ${list}; chọn trang khác bằng --sheet.`,
      en: `Checked sheet "${best.sheet.name}" ${because.en}; other sheets: ${listEn}; choose another with --sheet.`,
    };
    if (rivals.some((o) => short(o) > 0 || o.result.coverage.notJudgedTotal > 0)) best.result.coverage.complete = false;
    const own = best.result.coverage.choice;
    best.result.coverage.choice = own ? { vi: `${why.vi} ${own.vi}`, en: `${why.en} ${own.en}` } : why;
  }
  return { sheet: best.sheet, result: best.result };
}

/** The key of a cell in `cachedLabels`. */
export function labelKey(row: number, col: number): number {
  return row * 16_384 + col;
}

/**
 * The engine's verdict label for every status cell, keyed by `labelKey(row, col)` (absolute, 0-based), written as the
 * formulas' cached results so a file opened without recalculation still shows the engine's verdicts.
 */
export function cachedLabels(result: CheckedSheet, statusColumns: number[], origin = { row: 0, col: 0 }): Map<number, string> {
  // Keyed by a number (row × 16,384 + column): a matrix has a label per figure, and string keys cost ten times more.
  const out = new Map<number, string>();
  for (const it of result.items) {
    const col = statusColumns[result.layout.shape === "matrix" ? (it.group ?? 0) : 0];
    if (col !== undefined) out.set(labelKey(it.row + origin.row, col), it.verdict.labels.vi);
  }
  return out;
}

/**
 * Plans core's status edits for a checked sheet (refusing, in one line, where they would cover the user's cells),
 * with the engine's label for every formula cell as its cached result.
 * @example planEdits(sheet, result, { lang: "vi" }) → { edits, cached, formulas: 12, fallbacks: 2 }
 */
export function planEdits(sheet: SheetData, result: CheckedSheet, opts: Pick<CheckFileOptions, "lang" | "asOf" | "tolerance">, file = ""): { edits: SheetEdits; cached: Cached; formulas: number; fallbacks: number; notices: string[] } {
  // Never insert columns into a file (see refuseInsertion in ./write.ts): the block goes in free columns instead.
  // An .xlsx file holds defined names: the formulas refer to the word lists by name (a third of their length).
  // Explanations follow the figure: a file's formula cells carry their checked text as the cached result.
  const planned = planStatusColumn(sheet, result, { lang: opts.lang, asOf: opts.asOf, tolerance: opts.tolerance, insertAtActual: false, names: true, liveExplanations: true });
  if (!planned.ok) {
    const name = file ? `${file}: ` : "";
    throw new CliError(`${name}${planned.reason.vi}`, `${name}${planned.reason.en}`);
  }
  const labels = cachedLabels(result, planned.edits.statusColumns, sheet.origin);
  const block = planned.edits.block;
  block.cells.forEach((row, i) => row.forEach((c, j) => c && "formula" in c && c.cached !== undefined && labels.set(labelKey(block.range.top + i, block.range.left + j), c.cached)));
  return { edits: planned.edits, cached: (r, c) => labels.get(labelKey(r, c)), formulas: planned.edits.formulaCount, fallbacks: planned.edits.fallbacks.length, notices: planned.edits.notices.map((n) => n[opts.lang ?? "vi"]) };
}

/**
 * Writes core's status edits into the input sheet `sheet` was read from: the package writer patches that sheet
 * only (the block, its font, row heights, panes and page setup), marks the written area as the tool's, deletes the
 * tool's stale notes and adds core's notes beside the user's.
 * @example annotate(writer, sheet, result, { lang: "vi" }) → { formulas: 12, fallbacks: 2, notices: [] }
 */
export function annotate(writer: WorkbookWriter, sheet: SheetData, result: CheckedSheet, opts: Pick<CheckFileOptions, "lang" | "asOf" | "tolerance">, file = ""): { formulas: number; fallbacks: number; notices: string[] } {
  const { edits, cached, formulas, fallbacks, notices } = planEdits(sheet, result, opts, file);
  const said = writer.patchSheet(sheet.name, patchFromEdits(edits, cached), { owned: ownedOf(edits), notes: notesOf(edits), clearNotes: edits.clearNotes ?? [], names: edits.names ?? [] });
  return { formulas, fallbacks, notices: [...notices, ...said.map((n) => n[opts.lang ?? "vi"])] };
}

/**
 * Checks one .xlsx: picks the sheet, runs core, and prepares the output: the input's package with the status
 * columns patched into the checked sheet and the report sheet added (the input file itself is never written).
 * @example const done = await checkFile("truong.xlsx", { plan }); await done.save("truong.chitieu.xlsx")
 */
export async function checkFile(path: string, opts: CheckFileOptions): Promise<CheckedFile> {
  const book = await openWorkbook(path);
  const { sheet, result } = chooseSheet(book, opts.sheet, opts.plan, opts);
  const notes: string[] = [];
  const workbook = WorkbookWriter.patching(book.book);
  const { formulas, fallbacks, notices } = annotate(workbook, sheet, result, opts, basename(path));
  notes.push(...notices);
  let reportSheet: string | undefined;
  let report: SheetSpec | undefined;
  const wantReport = opts.report ?? (result.items.length <= REPORT_MAX_ITEMS ? true : "auto");
  if (wantReport === true) {
    const made = reportSpec(result, opts.plan, { lang: opts.lang, date: opts.reportDate, asOf: opts.asOf, tolerance: opts.tolerance });
    report = made.spec;
    reportSheet = workbook.addSheet(report);
    report = { ...report, name: reportSheet };
    // What the software read and could not judge goes beside the report, never into the official table.
    workbook.addSheet(made.notes);
  } else if (wantReport === "auto") {
    notes.push(
      opts.lang === "en"
        ? `no report sheet: ${result.items.length} figures is more than a printed report holds (${REPORT_MAX_ITEMS}); use --report to add it anyway`
        : `không tạo trang báo cáo: ${result.items.length} số liệu, quá nhiều cho một báo cáo in (${REPORT_MAX_ITEMS}); thêm --report nếu vẫn cần`,
    );
  }
  return { path, sheet, result, workbook, report, formulas, fallbacks, reportSheet, notes, save: (out) => saveAtomic(workbook, out) };
}
