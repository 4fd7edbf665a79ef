// Checking a workbook file end to end: the CLI's drive of core's session over the .xlsx file host, and status edits planned for sheets it describes.
import { basename } from "node:path";
import type { Bilingual, Lang } from "../../core/types";
import type { Plan } from "../../core/plan/schema";
import { type Clean, cleanOf, mostlyUnjudged, nothingJudged, undecided } from "../../core/sheet/coverage";
import { planStatusColumn } from "../../core/sheet/status";
import type { SheetData } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import { checkSheet } from "../../core/sheet/check";
import { isOwnSheet } from "../../core/sheet/owned";
import type { CheckedSheet, CheckOptions, LayoutOverrides } from "../../core/sheet/types";
import { bestSheet, isBlankSheet } from "../../core/session/choose";
import { Session } from "../../core/session/session";
import { CliError, EXIT } from "../errors";
import { blockCached, FileHost } from "./host";
import { findSheetName, openWorkbook, readSheets, type OpenedBook } from "./read";
import { saveAtomic, type Cached, type SheetSpec, type WorkbookWriter } from "./write";

/**
 * The exit of `chitieu check` over a checked sheet, decided in one place for the CLI and whatever measures it
 * (scripts/mutate-layouts.ts): 2 with the one-line error when no row could be judged (`nothingJudged`), 4 when fewer
 * than half the rows with figures were (`mostlyUnjudged`) or every row judged is not yet due (`undecided`), 1 with --fail-on-shortfall when this sheet or another one
 * holds shortfalls, else 0.
 * @example checkExit(result, false) → { code: 4, nothing: null, clean } for 2 rows judged of 5 with figures
 */
export function checkExit(result: CheckedSheet, failOnShortfall: boolean): { code: number; nothing: Bilingual | null; clean: Clean } {
  const clean = cleanOf(result);
  const nothing = nothingJudged(result);
  if (nothing) return { code: EXIT.usage, nothing, clean };
  if (mostlyUnjudged(clean) || undecided(clean)) return { code: EXIT.incomplete, nothing, clean };
  const short = result.shortfalls.length + (result.coverage.elsewhere?.shortfalls ?? 0);
  return { code: failOnShortfall && short > 0 ? EXIT.shortfall : EXIT.ok, nothing, clean };
}

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

/** How a CLI user picks another sheet, in the session's sentence about the sheet it chose. */
const SHEET_HINT = { vi: "chọn trang khác bằng --sheet", en: "choose another with --sheet" };

/**
 * Picks the sheet of a workbook to read without writing to it (each file of a consolidation): the named one, else
 * the one that judges the most, by core's one rule (`bestSheet`), which `checkFile` applies through the session.
 * A workbook where no sheet has a recognisable header fails with the headers core expected, naming the sheets.
 * @example chooseSheet(book, undefined, plan, { plan }) → { sheet, result }
 */
export function chooseSheet(book: OpenedBook, name: string | undefined, plan: Plan | null, opts: CheckFileOptions): { sheet: SheetData; result: CheckedSheet } {
  const sheets = readSheets(book, name).filter((s) => name !== undefined || !isOwnSheet(s));
  const checkOpts: CheckOptions = { lang: opts.lang, asOf: opts.asOf, tolerance: opts.tolerance, ...(opts.overrides ? { overrides: opts.overrides } : {}) };
  // Each sheet may take its units' targets from another ("Chỉ tiêu giao"), as the session's check does.
  const withSiblings = (sheet: SheetData): CheckOptions => (sheets.length > 1 ? { ...checkOpts, siblings: sheets.filter((s) => s !== sheet) } : checkOpts);
  const best = bestSheet(sheets.map((sheet) => ({ sheet, result: isBlankSheet(sheet) ? null : checkSheet(sheet, plan, withSiblings(sheet)) })), { named: name !== undefined, hint: SHEET_HINT });
  if (!best.ok) throw fileError(basename(book.path), { message: best.message, ...(best.sheet ? { sheet: best.sheet } : {}) });
  return { sheet: sheets[best.index], result: best.result };
}

/** A session's problem as the CLI's one line, the file first: "truong.xlsx, trang …" about a sheet, "truong.xlsx: …" else. */
function fileError(file: string, p: { message: { vi: string; en: string }; sheet?: string }): CliError {
  const sep = p.sheet ? ", " : ": ";
  return new CliError(`${file}${sep}${p.message.vi}`, `${file}${sep}${p.message.en}`);
}

/**
 * Plans core's status edits for a sheet the CLI describes itself (a template, a consolidation), refusing in one
 * line where they would cover the user's cells. Every formula cell carries its cached result (the engine's label or
 * sentence), which `blockCached` hands the writer.
 * @example planEdits(sheet, result, { lang: "vi" }) → { edits, cached, formulas: 12, fallbacks: 2 }
 */
export function planEdits(sheet: SheetData, result: CheckedSheet, opts: Pick<CheckFileOptions, "lang" | "asOf" | "tolerance">, file = ""): { edits: SheetEdits; cached: Cached; formulas: number; fallbacks: number } {
  // Never insert columns into a file (see refuseInsertion in ./write.ts); the word lists go in defined names.
  const planned = planStatusColumn(sheet, result, { lang: opts.lang, asOf: opts.asOf, tolerance: opts.tolerance, insertAtActual: false, names: true, liveExplanations: true });
  if (!planned.ok) {
    const name = file ? `${file}: ` : "";
    throw new CliError(`${name}${planned.reason.vi}`, `${name}${planned.reason.en}`);
  }
  return { edits: planned.edits, cached: blockCached(planned.edits), formulas: planned.edits.formulaCount, fallbacks: planned.edits.fallbacks.length };
}

/**
 * Checks one .xlsx through the same session the panes drive, over the file host: picks the sheet (the named one,
 * else the one that judges the most), writes the status columns into it and adds the report sheets, all in the
 * input's package in memory (the input file itself is never written). Whatever the session refuses becomes the
 * CLI's one-line error, the file named first.
 * @example const done = await checkFile("truong.xlsx", { plan }); await done.save("truong.chitieu.xlsx")
 */
export async function checkFile(path: string, opts: CheckFileOptions): Promise<CheckedFile> {
  const file = basename(path);
  const lang = opts.lang ?? "vi";
  const book = await openWorkbook(path);
  // Read up front: a damaged sheet is the reader's one-line error (and a wrong --sheet lists the names); the session
  // then reads from the cache.
  const among = opts.sheet !== undefined ? [findSheetName(book, opts.sheet)] : undefined;
  readSheets(book, among?.[0]);
  const host = new FileHost(book);
  const session = new Session(host, { lang, asOfDefault: "today" });
  const settle = () => {
    if (host.error) throw host.error;
    // An exception inside an action is a bug (or the host's own failure), not the user's file: the CLI's failure
    // handler makes it an internal error with its stack, never the pane's "close and reopen the panel" advice.
    if (session.thrown !== null) throw session.thrown;
    const p = session.problem;
    if (p) throw fileError(file, p);
  };
  await session.start();
  settle();
  await session.choosePlan(opts.plan ? { kind: "file", plan: opts.plan } : { kind: "none" });
  settle();
  // The CLI judges on the day given, else today (asOfDefault, so the notes say "hôm nay", not "do bạn chọn"), with
  // "Gần đạt" off unless asked (its documented defaults); a date a workbook remembers from a pane is not used.
  await session.setOptions({ asOf: opts.asOf ?? null, tolerance: opts.tolerance ?? 0 });
  await session.openBestSheet({ ...(among ? { among } : {}), ...(opts.overrides ? { overrides: opts.overrides } : {}), hint: SHEET_HINT });
  const result = session.checked;
  const pending = session.pending;
  if (host.error) throw host.error;
  if (!result || !pending) {
    settle();
    throw new Error("the session opened no sheet and said nothing");
  }
  // A check that judged nothing is an error, never "no shortfalls": say which columns were seen and how to map them.
  const nothing = nothingJudged(result);
  if (nothing) throw new CliError(`${file}, ${nothing.vi}`, `${file}, ${nothing.en}`);
  await session.write();
  settle();
  const written = session.written!;
  const notes = [...written.notices, ...host.notices].map((n) => n[lang]);
  const wantReport = opts.report ?? (result.items.length <= REPORT_MAX_ITEMS ? true : "auto");
  if (wantReport === true) {
    await session.makeReport({}, { date: opts.reportDate ?? null });
    settle();
  } else if (wantReport === "auto") {
    notes.push(
      lang === "en"
        ? `no report sheet: ${result.items.length} figures is more than a printed report holds (${REPORT_MAX_ITEMS}); use --report to add it anyway`
        : `không tạo trang báo cáo: ${result.items.length} số liệu, quá nhiều cho một báo cáo in (${REPORT_MAX_ITEMS}); thêm --report nếu vẫn cần`,
    );
  }
  const out: CheckedFile = {
    path, sheet: pending.sheet, result, workbook: host.writer, formulas: written.formulas, fallbacks: written.fixed.length, notes,
    save: (to) => saveAtomic(host.writer, to),
  };
  if (host.added[0]) {
    out.report = host.added[0];
    out.reportSheet = host.added[0].name;
  }
  return out;
}
