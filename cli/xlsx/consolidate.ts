// Consolidation: many schools' or wards' workbooks checked one by one, their figures laid out as one unit matrix that core rolls up.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CellValue, Lang } from "../../core/types";
import { dedupeUnits, unitDisplayName } from "../../core/consolidate/units";
import type { Plan } from "../../core/plan/schema";
import { checkSheet } from "../../core/sheet/check";
import type { SheetData } from "../../core/sheet/model";
import type { CheckedSheet } from "../../core/sheet/types";
import { cellText } from "../../core/sheet/text";
import { CliError, fileError } from "../errors";
import { ROLLUP_CREATOR } from "../guard/output";
import { chooseSheet, planEdits } from "./check";
import { WHOLE_SHEET } from "./ooxml/refs";
import { findSoffice } from "./pdf";
import { openWorkbook } from "./read";
import { reportSpec } from "./report";
import { applyEditsToSpec, SheetBuilder, specSheetData, WorkbookWriter, writeCellOf } from "./write";

export interface UnitResult {
  file: string;
  /** How the file was read: directly (.xlsx) or converted by LibreOffice first (.xls, .ods). */
  via: "xlsx" | "libreoffice";
  unit: string;
  sheet: string;
  result: CheckedSheet;
}

export interface ConsolidateOptions {
  lang?: Lang;
  asOf?: string;
  tolerance?: number;
  reportDate?: string;
  /** LibreOffice to convert .xls and .ods files with; null to use none (they are then listed as unreadable). Default: the one findSoffice finds. */
  soffice?: string | null;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface Consolidated {
  workbook: WorkbookWriter;
  matrix: CheckedSheet;
  units: UnitResult[];
  failed: { file: string; reason: string }[];
  /** Units reported by more than one file (core's dedupeUnits rule), one line each, in the run's language. */
  warnings: string[];
}

/** Spreadsheet files consolidation reads: .xlsx (and macro-enabled .xlsm) itself, .xls and .ods through LibreOffice. */
const READABLE = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/** A file or folder entry that was not read, and why (listed to the user, never dropped silently). */
export interface Skipped {
  file: string;
  reason: { vi: string; en: string };
}

/**
 * The spreadsheet files named on the command line, folders expanded (not recursively), sorted by name, with
 * every folder entry that is left out and why: Excel's lock files (~$...), this tool's own outputs
 * (*.chitieu.xlsx), subfolders and files that are not spreadsheets.
 * @example await collectInputs(["out/truong"]) → { files: ["out/truong/Truong MN Cat Bi.xlsx", …], skipped: [{ file: "out/truong/ghi-chu.txt", … }] }
 */
export async function collectInputs(args: string[], exclude: string[] = []): Promise<{ files: string[]; skipped: Skipped[] }> {
  const skip = new Set(exclude.map((p) => resolve(p)));
  const out: string[] = [];
  const skipped: Skipped[] = [];
  for (const a of args) {
    let st;
    try {
      st = await stat(a);
    } catch (e) {
      throw fileError(e, a, "read");
    }
    if (!st.isDirectory()) {
      out.push(a);
      continue;
    }
    const names = (await readdir(a, { withFileTypes: true })).sort((x, y) => x.name.localeCompare(y.name, "vi"));
    for (const d of names) {
      const p = join(a, d.name);
      const ext = extname(d.name).toLowerCase();
      if (d.isDirectory()) skipped.push({ file: p, reason: { vi: "thư mục con, không đọc (chỉ đọc tệp ngay trong thư mục)", en: "a subfolder, not read (only files directly in the folder are)" } });
      else if (d.name.startsWith("~$")) skipped.push({ file: p, reason: { vi: "tệp khóa tạm của Excel", en: "Excel's temporary lock file" } });
      else if (/\.chitieu\.xlsx$/i.test(d.name)) skipped.push({ file: p, reason: { vi: "kết quả kiểm tra do công cụ này ghi", en: "a check result this tool wrote" } });
      else if (READABLE.has(ext)) out.push(p);
      else skipped.push({ file: p, reason: { vi: "không phải sổ tính (.xlsx, .xls, .ods)", en: "not a spreadsheet (.xlsx, .xls, .ods)" } });
    }
  }
  const files = [...new Set(out.map((p) => resolve(p)))].filter((p) => !skip.has(p));
  if (files.length === 0) throw new CliError("không có tệp .xlsx, .xls hay .ods nào để tổng hợp", "no .xlsx, .xls or .ods files to consolidate");
  return { files, skipped };
}

/**
 * The spreadsheet files to consolidate (see collectInputs), without the list of what was left out.
 * @example await collectFiles(["out/truong"]) → ["out/truong/Truong MN Cat Bi.xlsx", ...]
 */
export async function collectFiles(args: string[], exclude: string[] = []): Promise<string[]> {
  return (await collectInputs(args, exclude)).files;
}

/**
 * Converts .xls and .ods files to .xlsx with LibreOffice headless in one run (a private profile, a time limit),
 * into `outDir`. Returns the converted path per input; inputs LibreOffice could not convert are absent.
 */
async function convertWithLibreOffice(soffice: string, inputs: string[], outDir: string, timeoutMs = 180_000): Promise<Map<string, string>> {
  // LibreOffice names outputs by stem, so "a.xls" and "a.ods" go to separate runs, each with its own folder; and one run
  // given a few hundred files stops without a word partway (245 of 247 converted, exit 0), so a run takes at most 100.
  const batches: string[][] = [];
  for (const f of inputs) {
    const stem = basename(f, extname(f));
    const batch = batches.find((b) => b.length < 100 && !b.some((x) => basename(x, extname(x)) === stem));
    if (batch) batch.push(f);
    else batches.push([f]);
  }
  const out = new Map<string, string>();
  for (let k = 0; k < batches.length; k++) {
    const dir = join(outDir, `run${k}`);
    const args = [`-env:UserInstallation=${pathToFileURL(join(outDir, "profile")).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "xlsx", "--outdir", dir, ...batches[k]];
    await new Promise<void>((done) => {
      const child = spawn(soffice, args, { detached: true, stdio: "ignore" });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
            child.kill("SIGKILL");
          }
        }
      }, timeoutMs);
      const end = () => {
        clearTimeout(timer);
        done();
      };
      child.on("error", end);
      child.on("close", end);
    });
    for (const f of batches[k]) {
      const converted = join(dir, `${basename(f, extname(f))}.xlsx`);
      if (existsSync(converted)) out.set(f, converted);
    }
  }
  return out;
}

// Title-block lines that name the reporting unit: "Đơn vị: Trường MN Cát Bi", "Trường MN Cát Bi", "UBND phường Cát Bi".
const UNIT_LINE = /^\s*(?:đơn vị(?: báo cáo)?\s*:\s*(.+)|((?:trường|ubnd phường|ủy ban nhân dân phường|phường|xã)\s.+))$/i;

/**
 * The unit a workbook reports for: a title-block line above the table naming it, else the file name.
 * @example unitNameOf(sheet, 4, "x/Cat Bi.xlsx") → "Trường MN Cát Bi" (from "Đơn vị: Trường MN Cát Bi")
 */
export function unitNameOf(sheet: SheetData, headerRow: number, file: string): string {
  for (let r = 0; r < Math.min(headerRow, 15); r++) {
    for (const v of sheet.values[r] ?? []) {
      const m = UNIT_LINE.exec(cellText(v));
      if (m) return (m[1] ?? m[2]).trim();
    }
  }
  return basename(file, extname(file));
}

/**
 * The unit column's header, naming what the units are so roll-ups read "5/6 trường đạt".
 * @example unitHeader(["Trường MN Cát Bi", "Trường MN Thành Tô"]) → "Tên trường"
 */
export function unitHeader(names: string[]): string {
  if (names.every((n) => /^trường\s/i.test(n))) return "Tên trường";
  if (names.every((n) => /^(ubnd |ủy ban nhân dân )?phường\s/i.test(n))) return "Tên phường";
  return "Tên đơn vị";
}

const FONT = { name: "Times New Roman", size: 12 };

/** A small styled table (header row + rows) from row 0. */
function table(name: string, header: string[], rows: (string | number | null)[][], widths: number[]): ReturnType<SheetBuilder["spec"]> {
  const b = new SheetBuilder(name, FONT);
  widths.forEach((w, i) => b.width(i, w));
  header.forEach((h, k) => b.set(0, k, { text: h }));
  b.style({ top: 0, left: 0, bottom: 0, right: header.length - 1 }, { bold: true, border: "thin", hAlign: "center", vAlign: "middle", wrap: true, fill: "#DDEBF7" });
  b.owned = [WHOLE_SHEET];
  rows.forEach((row, i) => row.forEach((v, k) => b.set(1 + i, k, v === null ? null : typeof v === "number" ? { number: v } : { text: v })));
  if (rows.length > 0) b.style({ top: 1, left: 0, bottom: rows.length, right: header.length - 1 }, { border: "thin", vAlign: "top", wrap: true });
  b.fitWrappedRows();
  return b.spec();
}

/**
 * Checks every file against the plan, lays the units' figures out as one matrix (a row per unit, a column per
 * indicator, a "Chỉ tiêu" row), lets core check and roll it up, and builds the district workbook: the matrix
 * with live status columns, the report, the per-unit summary and the files that could not be read.
 * @example const c = await consolidate(files, plan); c.matrix.rollUps[0].text.vi → "5/6 trường đạt"
 */
export async function consolidate(files: string[], plan: Plan, opts: ConsolidateOptions = {}): Promise<Consolidated> {
  const lang = opts.lang ?? "vi";
  const units: UnitResult[] = [];
  const failed: { file: string; reason: string }[] = [];
  const formats = new Map<string, string>();
  const sheets: SheetData[] = [];
  // Legacy .xls and .ods files are converted by LibreOffice when it is installed, else listed as unreadable.
  const legacy = files.filter((f) => /\.(xls|ods)$/i.test(f));
  const soffice = legacy.length === 0 ? null : opts.soffice !== undefined ? opts.soffice : findSoffice();
  const work = soffice ? await mkdtemp(join(tmpdir(), "chitieu-convert-")) : null;
  const converted = soffice && work ? await convertWithLibreOffice(soffice, legacy, work) : new Map<string, string>();
  try {
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      const isLegacy = /\.(xls|ods)$/i.test(file);
      if (isLegacy && !soffice) {
        const ext = extname(file).toLowerCase();
        throw new CliError(
          `${basename(file)}: cần LibreOffice để đọc tệp ${ext} mà máy này không có; cài LibreOffice hoặc mở tệp và lưu thành .xlsx`,
          `${basename(file)}: reading ${ext} files needs LibreOffice, which is not installed; install it or save the file as .xlsx`,
        );
      }
      if (isLegacy && !converted.has(file)) {
        throw new CliError(`${basename(file)}: LibreOffice không chuyển được tệp này sang .xlsx; mở tệp, sửa rồi lưu thành .xlsx`, `${basename(file)}: LibreOffice could not convert it to .xlsx; open it, repair it and save as .xlsx`);
      }
      const book = await openWorkbook(isLegacy ? converted.get(file)! : file);
      book.path = file;
      const { sheet, result } = chooseSheet(book, undefined, plan, { plan, lang, asOf: opts.asOf, tolerance: opts.tolerance });
      if (!result.items.some((it) => it.indicatorId)) {
        throw new CliError(`${basename(file)}: không có dòng nào khớp chỉ tiêu của kế hoạch ${plan.id}`, `${basename(file)}: no row matches an indicator of plan ${plan.id}`);
      }
      units.push({ file, via: isLegacy ? "libreoffice" : "xlsx", unit: unitDisplayName(unitNameOf(sheet, result.layout.headerRows[0], file)), sheet: sheet.name, result });
      sheets.push(sheet);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      failed.push({ file, reason: lang === "vi" ? e.vi : e.en });
    }
    opts.onProgress?.(i + 1, files.length, file);
  }
  } finally {
    if (work) await rm(work, { recursive: true, force: true });
  }
  // The same unit in two files is counted once when they agree and left out when they differ (core's rule).
  const dedup = dedupeUnits(units.map((u, k) => ({ ...u, sheetData: sheets[k], figures: new Map(u.result.items.filter((it) => it.indicatorId).map((it) => [it.indicatorId!, it.actual])) })));
  const warnings = dedup.warnings.map((w) => w[lang]);
  for (const c of dedup.conflicts) for (const r of c.reports) failed.push({ file: r.file, reason: c.message[lang] });
  units.splice(0, units.length, ...dedup.kept.map(({ sheetData: _s, figures: _f, ...u }) => u));
  sheets.splice(0, sheets.length, ...dedup.kept.map((u) => u.sheetData));
  if (units.length === 0) {
    throw new CliError(`không đọc được tệp nào trong ${files.length} tệp: ${failed[0]?.reason ?? ""}`, `none of ${files.length} files could be read: ${failed[0]?.reason ?? ""}`);
  }

  const used = new Set<string>();
  const actuals = new Map<string, CellValue>();
  units.forEach((u, k) => {
    for (const it of u.result.items) {
      if (!it.indicatorId) continue;
      // An indicator no unit gave a figure for (a section title matched by name, or one nobody reports) gets no column.
      if (it.actual !== null && it.actual !== undefined && it.actual !== "") used.add(it.indicatorId);
      actuals.set(`${k}|${it.indicatorId}`, it.actual);
      const f = sheets[k].formats?.[it.cell.row]?.[it.cell.col];
      if (f && !formats.has(it.indicatorId)) formats.set(it.indicatorId, f);
    }
  });
  const indicators = plan.indicators.filter((i) => used.has(i.id));

  const b = new SheetBuilder("Tổng hợp", FONT);
  const width = 2 + indicators.length;
  const title = [plan.issuer, "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO ĐƠN VỊ", `${plan.title} (${plan.period})`];
  title.forEach((line, i) => {
    b.merge({ top: i, left: 0, bottom: i, right: width - 1 });
    b.set(i, 0, { text: line }, { bold: true, hAlign: "center" });
  });
  if (warnings.length > 0) {
    // Right under the title, where whoever opens the roll-up reads first.
    b.merge({ top: title.length, left: 0, bottom: title.length, right: width - 1 });
    b.set(title.length, 0, { text: `⚠ ${warnings.join(" ")}` }, { bold: true, fontColor: "#9C0006", hAlign: "left", wrap: true });
    b.height(title.length, 16 * Math.min(6, warnings.length + 1));
  }
  const header = title.length + 1;
  const head = ["STT", unitHeader(units.map((u) => u.unit)), ...indicators.map((i) => `${i.name} [${i.id}]`)];
  head.forEach((h, k) => b.set(header, k, { text: h }));
  b.style({ top: header, left: 0, bottom: header, right: width - 1 }, { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: "thin", fill: "#DDEBF7" });
  b.height(header, 90);
  b.width(0, 6);
  b.width(1, 28);
  b.set(header + 1, 1, { text: "Chỉ tiêu" }, { bold: true, italic: true });
  indicators.forEach((ind, k) => {
    b.width(k + 2, 16);
    b.set(header + 1, k + 2, { text: ind.target }, { italic: true, hAlign: "center", wrap: true, border: "thin" });
  });
  units.forEach((u, i) => {
    const r = header + 2 + i;
    b.set(r, 0, { number: i + 1 });
    b.set(r, 1, { text: u.unit });
    b.style({ top: r, left: 0, bottom: r, right: width - 1 }, { border: "thin" });
    indicators.forEach((ind, k) => {
      const v = actuals.get(`${i}|${ind.id}`);
      const f = formats.get(ind.id);
      b.set(r, k + 2, writeCellOf(v === "" ? null : (v ?? null), f));
      if (f) b.style({ top: r, left: k + 2, bottom: r, right: k + 2 }, { numberFormat: f });
    });
  });
  b.freezeRows = header + 2;
  b.freezeCols = 2;
  b.fitWrappedRows();
  const spec = b.spec();

  const sheet = specSheetData(spec);
  const matrix = checkSheet(sheet, plan, { lang, asOf: opts.asOf, tolerance: opts.tolerance });
  if (!matrix.ok) throw new Error(`consolidated matrix not recognised: ${matrix.error.message.en}`);
  matrix.findings.unshift(...dedup.warnings.map((message) => ({ code: "duplicate_indicator" as const, severity: "warning" as const, cells: [], message })));
  const { edits, cached } = planEdits(sheet, matrix, { lang, asOf: opts.asOf, tolerance: opts.tolerance });
  applyEditsToSpec(spec, edits, cached);

  const wb = WorkbookWriter.fresh();
  wb.creator = ROLLUP_CREATOR;
  wb.addSheet(spec);
  wb.addSheet(reportSpec(matrix, plan, { lang, date: opts.reportDate }).spec);
  wb.addSheet(
    table(
      lang === "vi" ? "Theo đơn vị" : "By unit",
      lang === "vi" ? ["STT", "Đơn vị", "Tệp", "Đọc bằng", "Trang", "Số chỉ tiêu", "Đạt/vượt", "Chưa đạt"] : ["No.", "Unit", "File", "Read by", "Sheet", "Indicators", "Met/exceeded", "Short"],
      units.map((u, i) => [i + 1, u.unit, basename(u.file), u.via === "libreoffice" ? "LibreOffice" : ".xlsx", u.sheet, u.result.summary.total, u.result.summary.achieved, u.result.shortfalls.length]),
      [6, 30, 34, 12, 16, 12, 12, 12],
    ),
  );
  wb.addSheet(
    table(
      lang === "vi" ? "Không đọc được" : "Unreadable",
      lang === "vi" ? ["STT", "Tệp", "Lý do"] : ["No.", "File", "Reason"],
      failed.length > 0 ? failed.map((f, i) => [i + 1, basename(f.file), f.reason]) : [[null, lang === "vi" ? "(mọi tệp đều đọc được)" : "(every file was read)", null]],
      [6, 34, 90],
    ),
  );
  return { workbook: wb, matrix, units, failed, warnings };
}
