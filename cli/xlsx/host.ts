// The .xlsx file host: core's workbook interface over the patching package reader and writer, so the CLI drives the same session as the panes.
import type { Bilingual, CellValue } from "../../core/types";
import { changedCells, valuesIn, type ApplyOutcome, type SheetInfo, type SheetList, type WorkbookHost } from "../../core/host/host";
import type { SheetData } from "../../core/sheet/model";
import type { SheetEdits } from "../../core/sheet/edits";
import type { NewSheet, PrintSetup } from "../../core/sheet/output";
import { EXCEL_SHEET_NAMES } from "../../core/sheet/names";
import { WHOLE_SHEET } from "./ooxml/refs";
import { readSheets, type OpenedBook } from "./read";
import { notesOf, ownedOf, patchFromEdits, WorkbookWriter, type Cached, type SheetSpec } from "./write";

/**
 * The cached result of every formula cell of a status block, as the block itself carries it (core gives each
 * formula the engine's label or sentence), so a file opened without recalculation shows the engine's verdicts.
 * @example blockCached(edits)(5, 7) → "Đạt"
 */
export function blockCached(edits: Pick<SheetEdits, "block">): Cached {
  const { range, cells } = edits.block;
  return (r, c) => {
    const cell = cells[r - range.top]?.[c - range.left];
    return cell && "formula" in cell ? cell.cached : undefined;
  };
}

/**
 * A workbook file opened for one check: sheets are read from the input package (once each, cached), edits become
 * patches of the sheet they were read from and new sheets are added after the others; nothing reaches a disk
 * until the caller saves `writer` (atomically, beside the input and never over it: `cli/guard/output.ts`). Every
 * part the check does not change is copied byte for byte. Its memory is the caller's: `state` starts as given and
 * saves are kept, never written into the file.
 * @example const host = new FileHost(await openWorkbook("truong.xlsx")); const s = new Session(host); await s.start()
 */
export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  readonly sheetNames = EXCEL_SHEET_NAMES;
  /** A workbook opened without the add-in could not evaluate a custom function. */
  readonly customFunction = null;
  readonly definedNames = true;
  /** See `refuseInsertion` in ./write.ts: a file's references elsewhere cannot all be moved. */
  readonly insertsColumns = false;
  readonly writer: WorkbookWriter;
  /** What the writer wants the user told about the sheets it patched (printed by the caller). */
  readonly notices: Bilingual[] = [];
  /** The sheets added, as written (for printing one alone). */
  readonly added: SheetSpec[] = [];
  /** The first exception a host operation raised: the session words it as a pane would, the CLI rethrows it as it was. */
  error: unknown = null;
  private readonly patched = new Set<string>();

  constructor(
    readonly book: OpenedBook,
    private state: unknown = null,
  ) {
    this.writer = WorkbookWriter.patching(book.book);
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      this.error ??= e;
      return Promise.reject(e);
    }
  }

  listSheets(): Promise<SheetList> {
    return this.guard(() => ({
      sheets: this.book.book.worksheets.map((w): SheetInfo => ({ id: String(w.sheetId), name: w.name, visible: w.state === "visible" || w.state === "" })),
      active: null,
    }));
  }

  readSheet(name: string): Promise<SheetData | null> {
    return this.guard(() => (this.book.sheetNames.includes(name) ? readSheets(this.book, name)[0] : null));
  }

  applyEdits(edits: SheetEdits, expected: CellValue[][]): Promise<ApplyOutcome> {
    return this.guard((): ApplyOutcome => {
      // The package in memory holds the sheet as read; a second patch would be laid over the unpatched sheet.
      if (this.patched.has(edits.sheet)) throw new Error(`sheet ${edits.sheet} was already written in this run`);
      const now = this.book.sheetNames.includes(edits.sheet) ? readSheets(this.book, edits.sheet)[0] : null;
      if (!now) return { ok: false, kind: "changed", cells: [] };
      const changed = changedCells(valuesIn(now, edits.block.range), expected, edits.block.range);
      if (changed.length > 0) return { ok: false, kind: "changed", cells: changed };
      const said = this.writer.patchSheet(edits.sheet, patchFromEdits(edits, blockCached(edits)), { owned: ownedOf(edits), notes: notesOf(edits), clearNotes: edits.clearNotes ?? [], names: edits.names ?? [] });
      this.patched.add(edits.sheet);
      this.notices.push(...said);
      return { ok: true };
    });
  }

  addSheet(sheet: NewSheet): Promise<SheetInfo> {
    return this.guard(() => {
      // The tool's whole sheet, marked so: a re-check knows it is not the user's data.
      const spec: SheetSpec = { ...sheet, cells: sheet.cells.map((r) => [...r]), owned: [WHOLE_SHEET] };
      const name = this.writer.addSheet(spec);
      this.added.push({ ...spec, name });
      return { id: `new:${this.added.length}`, name, visible: true };
    });
  }

  /** A file has no window to select in. */
  select(): Promise<void> {
    return Promise.resolve();
  }

  /** Print setup reaches a file only with a sheet's edits (`edits.print`) or a new sheet. */
  setPageSetup(_sheet: string, _print: PrintSetup): Promise<boolean> {
    return Promise.resolve(false);
  }

  loadState(): Promise<unknown> {
    return Promise.resolve(this.state);
  }

  saveState(state: unknown): Promise<void> {
    this.state = state;
    return Promise.resolve();
  }
}
