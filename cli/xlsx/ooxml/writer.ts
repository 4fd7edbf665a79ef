// Writing a workbook package: a patched copy of an input (untouched parts copied byte for byte) or a new workbook, with sheets, styles, notes and defined names.
import type { Bilingual } from "../../../core/types";
import type { CellRange } from "../../../core/sheet/model";
import { columnLetters } from "../../../core/sheet/model";
import type { XlsxBook } from "./book";
import { OWNED_NAME } from "./book";
import { CT, NS, readContentTypes, readRels, REL, relativeTarget, relIs, relsPath, type Relationship } from "./package";
import { patchSheet, type SheetPatch } from "./patch-sheet";
import { definedRanges } from "./read-sheet";
import { absoluteRef, addressOf, cellRef, MAX_SHEET_COLS, MAX_SHEET_ROWS, quoteSheet } from "./refs";
import { SharedStringTable, tText, uniqueName, writeNewSheet, type SheetSpec } from "./sheet-xml";
import { StyleBook } from "./styles";
import { escapeXml } from "./xml";
import { writeZipFile, type ZipWriter } from "./zip";

/** A note to put on a cell; a cell that already has one keeps it and gets ours after it. */
export interface NoteToAdd {
  cell: { row: number; col: number };
  text: string;
}

/** The author our notes carry. */
export const NOTE_AUTHOR = "Chỉ tiêu";

interface PatchJob {
  name: string;
  path: string;
  patch: SheetPatch;
  owned?: CellRange[];
  notes: NoteToAdd[];
  /** Cells whose notes are the tool's own from an earlier check, deleted before `notes` are added. */
  clearNotes: Array<{ row: number; col: number }>;
  /** Defined names of this sheet to set (print titles, a widened print area), replacing the input's of the same name. */
  names: Array<{ name: string; value: string }>;
}

interface NewJob {
  spec: SheetSpec;
  name: string;
  path: string;
  rid: string;
  sheetId: number;
}

/**
 * Builds the output package. For an input workbook every part the writer does not change is copied with its
 * compressed bytes as they were; changed parts are the patched sheet, styles.xml (new styles appended),
 * workbook.xml (new sheets, defined names), relationships, content types and notes. calcChain.xml, a cache of
 * formula order Excel rebuilds, is dropped because new formulas would make it stale.
 * @example const w = WorkbookWriter.patching(book); w.patchSheet("Chỉ tiêu", patch, { owned }); w.addSheet(report); w.save(tmp)
 */
export class WorkbookWriter {
  readonly styles: StyleBook;
  private readonly patches: PatchJob[] = [];
  private readonly added: NewJob[] = [];
  private readonly taken: Set<string>;
  private readonly sst: SharedStringTable | null;
  /**
   * The author written into a new workbook's document properties (docProps/core.xml); a roll-up carries
   * "chitieu consolidate" there so a later consolidation can tell it from a unit's report. Patched workbooks keep theirs.
   */
  creator: string | null = null;

  private constructor(private readonly input: XlsxBook | null) {
    this.styles = input ? (input.styles ?? new StyleBook(null)) : new StyleBook(null);
    this.taken = new Set(input ? input.info.sheets.map((s) => s.name) : []);
    // New workbooks keep their text in a shared table as Excel does; patched ones write inline strings so the
    // input's shared strings part stays byte for byte.
    this.sst = input ? null : new SharedStringTable();
  }

  static patching(book: XlsxBook): WorkbookWriter {
    return new WorkbookWriter(book);
  }

  static fresh(): WorkbookWriter {
    return new WorkbookWriter(null);
  }

  get date1904(): boolean {
    return this.input?.info.date1904 ?? false;
  }

  /** Sheet names in the output so far. */
  get sheetNames(): string[] {
    return [...(this.input?.info.sheets.map((s) => s.name) ?? []), ...this.added.map((a) => a.name)];
  }

  /**
   * Patches an input worksheet: the block, styles, conditional formats, widths, row heights, panes and page setup;
   * marks `owned` as the tool's own cells (the ChiTieu_Owned defined name), deletes the tool's stale notes
   * (`clearNotes`) and adds notes beside any the user has. With `patch.print`, the header rows repeat on every page
   * (the user's repeated columns kept) and a print area the user set is widened to take in the block. Returns what
   * the user should be told: a print area of several parts that leaves the block out is not guessed at.
   * @example w.patchSheet("Chỉ tiêu", patch, { owned, notes, clearNotes }) → []
   */
  patchSheet(name: string, patch: SheetPatch, opts: { owned?: CellRange[]; notes?: NoteToAdd[]; clearNotes?: Array<{ row: number; col: number }> } = {}): Bilingual[] {
    const entry = this.input?.info.sheets.find((s) => s.name === name);
    if (!entry || !entry.path) throw new Error(`no worksheet ${name} to patch`);
    const index = this.input!.info.sheets.indexOf(entry);
    const own = (n: string) => this.input!.info.definedNames.find((d) => d.name.toLowerCase() === n.toLowerCase() && d.localSheetId === index)?.value;
    const names: PatchJob["names"] = [];
    const notices: Bilingual[] = [];
    const rr = patch.print?.repeatRows;
    if (rr) names.push({ name: PRINT_TITLES, value: printTitles(own(PRINT_TITLES), name, rr) });
    const area = own(PRINT_AREA);
    const block = patch.block.range;
    if (patch.print && area !== undefined && block.bottom >= block.top) {
      const widened = printAreaWith(area, name, block);
      if (widened === null) {
        notices.push({
          vi: `Vùng in của trang "${name}" gồm nhiều phần và không có cột đánh giá; muốn in cả kết quả, hãy đặt lại vùng in (Bố trí Trang › Vùng In).`,
          en: `The print area of sheet "${name}" has several parts and leaves out the status columns; to print the results, set the print area again (Page Layout › Print Area).`,
        });
      } else if (widened !== area) names.push({ name: PRINT_AREA, value: widened });
    }
    this.patches.push({ name, path: entry.path, patch, owned: opts.owned, notes: opts.notes ?? [], clearNotes: opts.clearNotes ?? [], names });
    return notices;
  }

  /**
   * Adds a new sheet after the others; its name is made unique ("Báo cáo (2)"). Returns the name used.
   * @example w.addSheet({ name: "Báo cáo", … }) → "Báo cáo"
   */
  addSheet(spec: SheetSpec): string {
    const name = uniqueName(spec.name, this.taken);
    this.taken.add(name);
    this.added.push({ spec: { ...spec, name }, name, path: "", rid: "", sheetId: 0 });
    return name;
  }

  /** Writes the package to `path` (the caller writes to a temporary file and renames it). */
  save(path: string): void {
    writeZipFile(path, (zip) => (this.input ? this.savePatched(zip, this.input) : this.saveFresh(zip)));
  }

  private saveFresh(zip: ZipWriter): void {
    const sheets = this.added.map((a, i) => ({ ...a, path: `xl/worksheets/sheet${i + 1}.xml`, rid: `rId${i + 1}`, sheetId: i + 1 }));
    const n = sheets.length;
    const overrides = [
      `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/>`,
      `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>`,
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT.sharedStrings}"/>`,
      ...sheets.map((s) => `<Override PartName="/${s.path}" ContentType="${CT.worksheet}"/>`),
    ];
    const parts = new Map<string, string>();
    const sheetXml = new Map<string, string[]>();
    for (const s of sheets) {
      const chunks: string[] = [];
      writeNewSheet(s.spec, this.styles, this.sst, (x) => chunks.push(x), false);
      sheetXml.set(s.path, chunks);
    }
    // Notes on new sheets (none of ours today, but the writer handles them the same way as on patched ones).
    let vmlCount = 0;
    for (const s of sheets) {
      if (!s.spec.notes?.length) continue;
      vmlCount++;
      const made = newNotesParts(s.path, s.spec.notes, vmlCount, "rIdNotes", "rIdComments");
      for (const [p, x] of made.parts) parts.set(p, x);
      overrides.push(`<Override PartName="/${made.commentsPath}" ContentType="${CT.comments}"/>`);
    }
    const rootRels: Array<{ id: string; type: string; target: string }> = [{ id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" }];
    if (this.creator !== null) {
      overrides.push(`<Override PartName="/docProps/core.xml" ContentType="${CT.core}"/>`);
      rootRels.push({ id: "rId2", type: REL.coreProperties, target: "docProps/core.xml" });
      zip.add(
        "docProps/core.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${escapeXml(this.creator)}</dc:creator></cp:coreProperties>`,
      );
    }
    const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="${CT.xml}"/>${vmlCount ? `<Default Extension="vml" ContentType="${CT.vml}"/>` : ""}${overrides.join("")}</Types>`;
    zip.add("[Content_Types].xml", types);
    zip.add("_rels/.rels", relsXml(rootRels));
    const names = this.definedNamesFor(sheets.map((s, i) => ({ ...s, index: i })));
    zip.add(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" r:id="${s.rid}"/>`)
        .join("")}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    );
    zip.add(
      "xl/_rels/workbook.xml.rels",
      relsXml([
        ...sheets.map((s) => ({ id: s.rid, type: REL.worksheet, target: `worksheets/sheet${s.sheetId}.xml` })),
        { id: `rId${n + 1}`, type: REL.styles, target: "styles.xml" },
        { id: `rId${n + 2}`, type: REL.sharedStrings, target: "sharedStrings.xml" },
      ]),
    );
    for (const s of sheets) {
      const part = zip.begin(s.path);
      for (const c of sheetXml.get(s.path)!) part.write(c);
      part.end();
    }
    for (const [p, x] of parts) zip.add(p, x);
    zip.add("xl/styles.xml", this.styles.toXml());
    zip.add("xl/sharedStrings.xml", this.sst!.toXml());
  }

  private definedNamesFor(sheets: Array<{ name: string; index: number; spec: SheetSpec }>): string[] {
    const out: string[] = [];
    for (const s of sheets) {
      if (s.spec.owned && s.spec.owned.length > 0) {
        const value = s.spec.owned.map((r) => absoluteRef(s.name, r)).join(",");
        out.push(`<definedName name="${OWNED_NAME}" localSheetId="${s.index}" hidden="1">${escapeXml(value)}</definedName>`);
      }
      const rr = s.spec.print?.repeatRows;
      if (rr) out.push(`<definedName name="${PRINT_TITLES}" localSheetId="${s.index}">${escapeXml(printTitles(undefined, s.name, rr))}</definedName>`);
    }
    return out;
  }

  private savePatched(zip: ZipWriter, book: XlsxBook): void {
    const input = book.zip;
    const info = book.info;
    const replaced = new Map<string, string | ((w: ZipWriter, name: string) => void)>();
    const removed = new Set<string>();
    const newParts: Array<[string, string]> = [];
    const ct = readContentTypes(input);
    const ctAdd: string[] = [];
    const ctRemove = new Set<string>();
    let needVmlDefault = false;

    // calcChain lists formula cells in calculation order; new formulas make it stale, and Excel rebuilds it.
    const calc = info.rels.find((r) => relIs(r.type, REL.calcChain) && !r.external);
    const wbRelsRemove = new Set<string>();
    if (calc && this.patches.length > 0) {
      removed.add(calc.target);
      ctRemove.add(calc.target.toLowerCase());
      wbRelsRemove.add(calc.id);
    }

    // Part names and ids not yet used.
    const used = new Set(input.order.map((n) => n.toLowerCase()));
    const freshPath = (make: (k: number) => string) => {
      for (let k = 1; ; k++) {
        const p = make(k);
        if (!used.has(p.toLowerCase())) {
          used.add(p.toLowerCase());
          return p;
        }
      }
    };
    const relIds = new Set(info.rels.map((r) => r.id));
    const freshRid = () => {
      for (let k = 1; ; k++) {
        const id = `rIdCT${k}`;
        if (!relIds.has(id)) {
          relIds.add(id);
          return id;
        }
      }
    };
    let maxSheetId = info.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0);
    for (const a of this.added) {
      a.path = freshPath((k) => `xl/worksheets/sheet${k}.xml`);
      a.rid = freshRid();
      a.sheetId = ++maxSheetId;
      ctAdd.push(`<Override PartName="/${a.path}" ContentType="${CT.worksheet}"/>`);
    }

    // Notes: the tool's stale ones deleted, new ones into the sheet's comments part and drawing if it has them, else new
    // ones. A comments part left with no note is dropped with its drawing (when the drawing holds nothing else).
    let vmlBlock = 1 + input.order.filter((n) => /\.vml$/i.test(n)).length;
    for (const job of this.patches) {
      if (job.notes.length === 0 && job.clearNotes.length === 0) continue;
      const rels = readRels(input, job.path);
      const commentsRel = rels.find((r) => relIs(r.type, REL.comments) && !r.external);
      const vmlRel = rels.find((r) => relIs(r.type, REL.vmlDrawing) && !r.external);
      const existing = commentsRel && input.has(commentsRel.target) ? input.text(commentsRel.target) : null;
      if (existing === null && job.notes.length === 0) continue;
      const { xml: comments, newCells, cleared, left } = existing ? appendComments(existing, job.notes, job.clearNotes) : { xml: newCommentsXml(job.notes), newCells: job.notes.map((n) => n.cell), cleared: [], left: job.notes.length };
      const relsAdd: Relationship[] = [];
      const relsDrop = new Set<string>();
      const drop = (rel: Relationship) => {
        removed.add(rel.target);
        ctRemove.add(rel.target.toLowerCase());
        relsDrop.add(rel.id);
      };
      let commentsPath = commentsRel?.target;
      if (commentsRel && existing && left === 0) drop(commentsRel);
      else if (commentsPath && existing) replaced.set(commentsPath, comments);
      else {
        commentsPath = freshPath((k) => `xl/comments${k}.xml`);
        newParts.push([commentsPath, comments]);
        ctAdd.push(`<Override PartName="/${commentsPath}" ContentType="${CT.comments}"/>`);
        relsAdd.push({ id: "", type: REL.comments, target: commentsPath, external: false });
      }
      if (vmlRel && input.has(vmlRel.target)) {
        const vml = appendVmlShapes(dropVmlShapes(input.text(vmlRel.target), cleared), newCells);
        // A drawing with no shape left (no note, no form control) goes, and the sheet's reference to it.
        if (left === 0 && !/<v:shape\b/.test(vml)) {
          drop(vmlRel);
          job.patch.dropLegacyDrawingRid = vmlRel.id;
        } else replaced.set(vmlRel.target, vml);
      } else if (newCells.length > 0) {
        const vmlPath = freshPath((k) => `xl/drawings/vmlDrawing${k}.vml`);
        newParts.push([vmlPath, newVmlXml(newCells, vmlBlock++)]);
        needVmlDefault = true;
        relsAdd.push({ id: "", type: REL.vmlDrawing, target: vmlPath, external: false });
      }
      if (relsAdd.length > 0 || relsDrop.size > 0) {
        const kept = rels.filter((r) => !relsDrop.has(r.id));
        const ids = new Set(rels.map((r) => r.id));
        let k = 1;
        for (const r of relsAdd) {
          while (ids.has(`rIdCT${k}`)) k++;
          r.id = `rIdCT${k}`;
          ids.add(r.id);
          if (relIs(r.type, REL.vmlDrawing)) job.patch.legacyDrawingRid = r.id;
        }
        const rp = relsPath(job.path);
        const all = [...kept, ...relsAdd].map((r) => ({ id: r.id, type: r.type, target: r.external ? r.target : relativeTarget(job.path, r.target), external: r.external }));
        if (input.has(rp)) replaced.set(rp, relsXml(all));
        else newParts.push([rp, relsXml(all)]);
      }
    }
    if (needVmlDefault && !ct.defaults.has("vml")) ctAdd.unshift(`<Default Extension="vml" ContentType="${CT.vml}"/>`);

    for (const job of this.patches) {
      replaced.set(job.path, (w, name) => {
        const part = w.begin(name);
        patchSheet(input.bytes(job.path), job.patch, this.styles, (s) => part.write(s));
        part.end();
      });
    }

    // New sheets are written before styles.xml so every style they ask for is in it.
    const newSheetParts: Array<[string, string[]]> = [];
    for (const a of this.added) {
      const chunks: string[] = [];
      writeNewSheet(a.spec, this.styles, null, (x) => chunks.push(x), info.date1904);
      newSheetParts.push([a.path, chunks]);
    }

    // workbook.xml: new sheet entries, defined names (owned cells, print titles), recalculation on open.
    const indexOfSheet = new Map(info.sheets.map((s, i) => [s.name, i] as const));
    this.added.forEach((a, i) => indexOfSheet.set(a.name, info.sheets.length + i));
    const names: Array<{ name: string; index: number; xml: string }> = [];
    for (const job of this.patches) {
      if (!job.owned || job.owned.length === 0) continue;
      const value = job.owned.map((r) => absoluteRef(job.name, r)).join(",");
      names.push({ name: OWNED_NAME, index: indexOfSheet.get(job.name)!, xml: `<definedName name="${OWNED_NAME}" localSheetId="${indexOfSheet.get(job.name)}" hidden="1">${escapeXml(value)}</definedName>` });
    }
    for (const job of this.patches) {
      const index = indexOfSheet.get(job.name)!;
      for (const n of job.names) names.push({ name: n.name, index, xml: `<definedName name="${n.name}" localSheetId="${index}">${escapeXml(n.value)}</definedName>` });
    }
    for (const x of this.definedNamesFor(this.added.map((a) => ({ name: a.name, index: indexOfSheet.get(a.name)!, spec: a.spec })))) {
      // New sheets' names are new: nothing of the input's to replace.
      names.push({ name: "", index: -1, xml: x });
    }
    replaced.set(info.path, patchWorkbookXml(input.text(info.path), this.added, names, this.patches.length > 0));
    // Workbook relationships: new sheets in, calcChain out.
    const wbRels = info.rels.filter((r) => !wbRelsRemove.has(r.id));
    const wbRelsOut = [...wbRels, ...this.added.map((a) => ({ id: a.rid, type: REL.worksheet, target: a.path, external: false }))].map((r) => ({
      id: r.id,
      type: r.type,
      target: r.external ? r.target : relativeTarget(info.path, r.target),
      external: r.external,
    }));
    if (this.added.length > 0 || wbRelsRemove.size > 0) replaced.set(relsPath(info.path), relsXml(wbRelsOut));
    if (ctAdd.length > 0 || ctRemove.size > 0) replaced.set("[Content_Types].xml", patchContentTypes(input.text("[Content_Types].xml"), ctAdd, ctRemove));

    // Write: input order, changed parts in place, then new parts; styles last among the changed (patches add to it).
    const stylesPath = info.styles;
    for (const name of input.order) {
      if (removed.has(name)) continue;
      if (stylesPath && name.toLowerCase() === stylesPath.toLowerCase()) continue;
      const rep = replaced.get(name);
      if (rep === undefined) zip.copy(input, input.entries.get(name)!);
      else if (typeof rep === "string") zip.add(name, rep);
      else rep(zip, name);
    }
    for (const [p, chunks] of newSheetParts) {
      const part = zip.begin(p);
      for (const c of chunks) part.write(c);
      part.end();
    }
    for (const [p, x] of newParts) zip.add(p, x);
    if (stylesPath && input.has(stylesPath)) {
      const e = input.entry(stylesPath)!;
      if (this.styles.unchanged) zip.copy(input, e);
      else zip.add(e.name, this.styles.toXml());
    }
  }
}

function relsXml(rels: Array<{ id: string; type: string; target: string; external?: boolean }>): string {
  const body = rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${body}</Relationships>`;
}

/** Adds overrides and defaults before </Types> and removes overrides for dropped parts. */
function patchContentTypes(text: string, add: string[], remove: Set<string>): string {
  let out = text;
  if (remove.size > 0) {
    out = out.replace(/<(?:\w+:)?Override\b[^>]*\/>/g, (m) => {
      const p = /PartName="\/?([^"]*)"/.exec(m)?.[1]?.toLowerCase();
      return p && remove.has(p) ? "" : m;
    });
  }
  const prefix = /<([\w.-]+:)?Types[\s>]/.exec(out)?.[1] ?? "";
  const close = out.lastIndexOf(`</${prefix}Types>`);
  const adds = prefix ? add.map((a) => a.replace(/^<(Default|Override)/, `<${prefix}$1`)) : add;
  return out.slice(0, close) + adds.join("") + out.slice(close);
}

/**
 * workbook.xml with new `<sheet>` entries, our defined names replacing earlier ones of the same name and sheet,
 * and calcPr asking for a full recalculation on load (so Excel shows its own results for the new formulas).
 */
function patchWorkbookXml(text: string, added: NewJob[], names: Array<{ name: string; index: number; xml: string }>, recalc: boolean): string {
  let out = text;
  const p = /<([\w.-]+:)?workbook[\s>]/.exec(out)?.[1] ?? "";
  const relPrefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(out)?.[1];
  if (added.length > 0) {
    const entries = added
      .map((a) => (relPrefix ? `<${p}sheet name="${escapeXml(a.name)}" sheetId="${a.sheetId}" ${relPrefix}:id="${a.rid}"/>` : `<${p}sheet xmlns:r="${NS.rel}" name="${escapeXml(a.name)}" sheetId="${a.sheetId}" r:id="${a.rid}"/>`))
      .join("");
    const close = out.indexOf(`</${p}sheets>`);
    if (close < 0) throw new Error("workbook.xml has no sheet list");
    out = out.slice(0, close) + entries + out.slice(close);
  }
  if (names.length > 0) {
    const prefixed = names.map((n) => ({ ...n, xml: p ? n.xml.replace(/<definedName/g, `<${p}definedName`).replace(/<\/definedName>/g, `</${p}definedName>`) : n.xml }));
    const block = new RegExp(`<${p}definedNames(?:\\s[^>]*)?>([\\s\\S]*?)</${p}definedNames>`).exec(out);
    if (block) {
      let inner = block[1];
      for (const n of prefixed) {
        inner = inner.replace(new RegExp(`<${p}definedName\\b[^>]*>[\\s\\S]*?</${p}definedName>`, "g"), (m) => {
          const name = /\bname="([^"]*)"/.exec(m)?.[1] ?? "";
          const local = /\blocalSheetId="(\d+)"/.exec(m)?.[1];
          return name.toLowerCase() === n.name.toLowerCase() && n.index >= 0 && Number(local) === n.index ? "" : m;
        });
      }
      out = out.replace(block[0], block[0].replace(block[1], inner + prefixed.map((n) => n.xml).join("")));
    } else {
      const xml = `<${p}definedNames>${prefixed.map((n) => n.xml).join("")}</${p}definedNames>`;
      // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook).
      const after = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
      let at = -1;
      for (const n of after) {
        const m = new RegExp(`<${p}${n}(?=[\\s/>])`).exec(out);
        if (m && (at < 0 || m.index < at)) at = m.index;
      }
      if (at < 0) at = out.lastIndexOf(`</${p}workbook>`);
      out = out.slice(0, at) + xml + out.slice(at);
    }
  }
  if (recalc) {
    const calc = new RegExp(`<${p}calcPr(?=[\\s/>])[^>]*?/?>`).exec(out);
    if (calc) {
      if (!/fullCalcOnLoad=/.test(calc[0])) out = out.replace(calc[0], calc[0].replace(/(\s*\/?>)$/, ` fullCalcOnLoad="1"$1`));
    } else {
      const after = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
      let at = -1;
      for (const n of after) {
        const m = new RegExp(`<${p}${n}(?=[\\s/>])`).exec(out);
        if (m && (at < 0 || m.index < at)) at = m.index;
      }
      if (at < 0) at = out.lastIndexOf(`</${p}workbook>`);
      out = `${out.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${out.slice(at)}`;
    }
  }
  return out;
}

const COMMENTS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}">`;

function commentXml(n: NoteToAdd, author: number, p = ""): string {
  return `<${p}comment ref="${addressOf(n.cell.row, n.cell.col)}" authorId="${author}"><${p}text><${p}r><${p}rPr><${p}b/><${p}sz val="9"/></${p}rPr>${tText(`${NOTE_AUTHOR}:`, p)}</${p}r><${p}r><${p}rPr><${p}sz val="9"/></${p}rPr>${tText(`\n${n.text}`, p)}</${p}r></${p}text></${p}comment>`;
}

function newCommentsXml(notes: NoteToAdd[]): string {
  return `${COMMENTS_HEAD}<authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${notes.map((n) => commentXml(n, 0)).join("")}</commentList></comments>`;
}

/**
 * The user's comments part with ours added: a cell that already has a note keeps every run of it and gets our
 * text appended after a blank line; other notes are new comments by our author.
 */
export function appendComments(text: string, notes: NoteToAdd[], clear: Array<{ row: number; col: number }> = []): { xml: string; newCells: Array<{ row: number; col: number }>; cleared: Array<{ row: number; col: number }>; left: number } {
  let out = text;
  // The tool's own notes from an earlier check (core lists them: notes in its marked cells) go before ours are written.
  const cleared: Array<{ row: number; col: number }> = [];
  if (clear.length > 0) {
    const gone = new Set(clear.map((c) => `${c.row}:${c.col}`));
    out = out.replace(/<(?:[\w.-]+:)?comment\b[^>]*\bref="([A-Z]+\d+)"[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?comment>/g, (m, ref: string) => {
      const at = cellRef(ref);
      if (at && gone.has(`${at.row}:${at.col}`)) {
        cleared.push(at);
        return "";
      }
      return m;
    });
  }
  const p = /<([\w.-]+:)?comments[\s>]/.exec(out)?.[1] ?? "";
  // Our author: reuse it if present, else add it.
  const authors = new RegExp(`<${p}authors(?:\\s[^>]*)?>([\\s\\S]*?)</${p}authors>`).exec(out);
  const list = authors ? [...authors[1].matchAll(new RegExp(`<${p}author(?:\\s[^>]*)?>([\\s\\S]*?)</${p}author>`, "g"))].map((m) => m[1]) : [];
  let author = list.indexOf(escapeXml(NOTE_AUTHOR));
  if (author < 0) {
    author = list.length;
    if (authors) out = out.replace(authors[0], authors[0].replace(`</${p}authors>`, `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author></${p}authors>`));
    else out = out.replace(new RegExp(`(<${p}comments[^>]*>)`), `$1<${p}authors><${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author></${p}authors>`);
  }
  const newCells: Array<{ row: number; col: number }> = [];
  let added = "";
  for (const n of notes) {
    const ref = addressOf(n.cell.row, n.cell.col);
    const re = new RegExp(`<${p}comment\\b[^>]*\\bref="${ref}"[^>]*>[\\s\\S]*?</${p}comment>`);
    const hit = re.exec(out);
    if (hit) {
      const run = `<${p}r><${p}rPr><${p}sz val="9"/></${p}rPr>${tText(`\n\n${NOTE_AUTHOR}: ${n.text}`, p)}</${p}r>`;
      const close = hit[0].lastIndexOf(`</${p}text>`);
      let body = hit[0];
      // A plain-text note (<text><t>…</t></text>) becomes runs so ours can follow it.
      const plain = new RegExp(`<${p}text>\\s*(<${p}t\\b[^>]*>[\\s\\S]*?</${p}t>)\\s*</${p}text>`).exec(body);
      if (plain) body = body.replace(plain[0], `<${p}text><${p}r>${plain[1]}</${p}r>${run}</${p}text>`);
      else if (close >= 0) body = body.slice(0, close) + run + body.slice(close);
      out = out.replace(hit[0], body);
    } else {
      added += commentXml(n, author, p);
      newCells.push(n.cell);
    }
  }
  if (added) {
    const close = out.lastIndexOf(`</${p}commentList>`);
    if (close >= 0) out = out.slice(0, close) + added + out.slice(close);
    else out = out.replace(`</${p}comments>`, `<${p}commentList>${added}</${p}commentList></${p}comments>`);
  }
  const left = (out.match(new RegExp(`<${p}comment\\b`, "g")) ?? []).length;
  return { xml: out, newCells, cleared, left };
}

/** The defined names Excel prints by: rows or columns repeated on every page, and the area printed. */
const PRINT_TITLES = "_xlnm.Print_Titles";
const PRINT_AREA = "_xlnm.Print_Area";

/**
 * The print titles of a sheet repeating rows `rows`, keeping the columns the user repeats (Excel writes the columns first).
 * @example printTitles("'S'!$A:$A,'S'!$1:$2", "S", { first: 4, last: 4 }) → "'S'!$A:$A,'S'!$5:$5"
 */
export function printTitles(old: string | undefined, sheet: string, rows: { first: number; last: number }): string {
  const columns = (old ? definedRanges(old, sheet) : []).filter((r) => r.top === 0 && r.bottom === MAX_SHEET_ROWS - 1 && !(r.left === 0 && r.right === MAX_SHEET_COLS - 1));
  const parts = columns.map((c) => `${quoteSheet(sheet)}!$${columnLetters(c.left)}:$${columnLetters(c.right)}`);
  parts.push(`${quoteSheet(sheet)}!$${rows.first + 1}:$${rows.last + 1}`);
  return parts.join(",");
}

/**
 * A print area that takes in `block`: unchanged when it already does, widened when it is one rectangle (the block sits
 * beside the table it prints), null when it has several parts none of which holds the block (which part to widen is
 * the user's choice, not the tool's).
 * @example printAreaWith("'S'!$A$1:$F$40", "S", { top: 4, left: 7, bottom: 39, right: 8 }) → "'S'!$A$1:$I$40"
 */
export function printAreaWith(old: string, sheet: string, block: CellRange): string | null {
  const areas = definedRanges(old, sheet);
  const inside = (a: CellRange) => a.top <= block.top && a.left <= block.left && a.bottom >= block.bottom && a.right >= block.right;
  if (areas.some(inside)) return old;
  if (areas.length !== 1) return null;
  const a = areas[0];
  return absoluteRef(sheet, { top: Math.min(a.top, block.top), left: Math.min(a.left, block.left), bottom: Math.max(a.bottom, block.bottom), right: Math.max(a.right, block.right) });
}

/** The drawing without the note shapes of cleared comments (a shape names its cell in x:Row and x:Column). */
function dropVmlShapes(text: string, cells: Array<{ row: number; col: number }>): string {
  if (cells.length === 0) return text;
  const gone = new Set(cells.map((c) => `${c.row}:${c.col}`));
  return text.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (m) => {
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(m)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(m)?.[1];
    return /ObjectType="Note"/.test(m) && gone.has(`${row}:${col}`) ? "" : m;
  });
}

/** One note shape of the legacy (VML) drawing that shows a comment, hidden until hovered, anchored beside its cell. */
function vmlShape(cell: { row: number; col: number }, id: number): string {
  const { row, col } = cell;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:70pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const SHAPETYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

function newVmlXml(cells: Array<{ row: number; col: number }>, block: number): string {
  // Shape ids come in blocks of 1,024 per drawing (o:idmap); a drawing with more notes claims more blocks.
  const blocks = Math.max(1, Math.ceil((cells.length + 1) / 1024));
  const data = Array.from({ length: blocks }, (_, i) => block * 8 + i).join(",");
  const first = (block * 8) * 1024 + 1;
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${data}"/></o:shapelayout>${SHAPETYPE}${cells.map((c, i) => vmlShape(c, first + i)).join("")}</xml>`
  );
}

/** The user's VML drawing with note shapes for our new comments appended (their ids after the highest in use). */
function appendVmlShapes(text: string, cells: Array<{ row: number; col: number }>): string {
  if (cells.length === 0) return text;
  let max = 1024;
  for (const m of text.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  let out = text;
  if (!/id="_x0000_t202"/.test(out)) out = out.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
  const close = out.lastIndexOf("</xml>");
  return out.slice(0, close) + cells.map((c, i) => vmlShape(c, max + 1 + i)).join("") + out.slice(close);
}

/** Comments and drawing parts (with the sheet's relationships) for a new sheet's notes. */
function newNotesParts(sheetPath: string, notes: NoteToAdd[], block: number, vmlRid: string, commentsRid: string): { parts: Map<string, string>; commentsPath: string } {
  const commentsPath = `xl/comments${block}.xml`;
  const vmlPath = `xl/drawings/vmlDrawing${block}.vml`;
  const parts = new Map<string, string>();
  parts.set(commentsPath, newCommentsXml(notes));
  parts.set(vmlPath, newVmlXml(notes.map((n) => n.cell), block));
  parts.set(
    relsPath(sheetPath),
    relsXml([
      { id: commentsRid, type: REL.comments, target: relativeTarget(sheetPath, commentsPath) },
      { id: vmlRid, type: REL.vmlDrawing, target: relativeTarget(sheetPath, vmlPath) },
    ]),
  );
  return { parts, commentsPath };
}

