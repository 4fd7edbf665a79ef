// Builds the hostile-input suite's files from code (no binary fixtures): minimal .xlsx packages written part by part, and the traps a careless user or a hostile file sets.
// Run alone to look at them: node --import tsx test/hostile/build.ts <folder>
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** One file inside a zip: its name, its bytes, and whether to store it uncompressed (an .ods `mimetype` must be). */
export interface ZipEntry {
  name: string;
  data: Buffer | string;
  store?: boolean;
  /** Already deflated bytes with the uncompressed size and CRC they stand for (a zip bomb's sheet). */
  deflated?: { bytes: Buffer; size: number; crc: number };
}

/**
 * A zip archive (PKWARE APPNOTE 4.3: local headers, central directory, end record; no zip64). Enough for every
 * package here, and small enough to read in full.
 * @example zip([{ name: "a.txt", data: "hi" }]).subarray(0, 4) → <50 4b 03 04>
 */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const method = e.store ? 0 : 8;
    const body = e.deflated ? e.deflated.bytes : e.store ? raw : deflateRawSync(raw);
    const size = e.deflated ? e.deflated.size : raw.length;
    const crc = e.deflated ? e.deflated.crc : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function col(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A cell to write: text, a number, or a formula with its cached text result. */
export type Cell = string | number | null | { f: string; v?: string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges?: string[];
  /** Data validations: a list over `sqref`. */
  validations?: string[];
  /** Notes (legacy comments) by A1 address. */
  notes?: Record<string, string>;
  /** Raw XML put before <sheetData> (a DOCTYPE with entities, for the entity-expansion trap). */
  prolog?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  creator?: string;
  /** Extra package parts (a chart, an external link) with their content type, referenced from nowhere. */
  extraParts?: { name: string; type: string; data: string }[];
  /** Replace one part's bytes after the package is laid out (a corrupt shared-strings table). */
  override?: Record<string, string>;
  /** Use a shared-strings table for text (as Excel does) instead of inline strings. */
  sharedStrings?: boolean;
  /** Parts given already deflated (a zip bomb's sheet), by part name. */
  deflated?: Record<string, ZipEntry["deflated"]>;
  /** Extra zip entries with any name (a zip-slip "../../x"). */
  rawEntries?: ZipEntry[];
}

function cellXml(ref: string, v: Cell, sst: Map<string, number> | null): string {
  if (v === null || v === "") return "";
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "object") return `<c r="${ref}" t="str"><f>${esc(v.f)}</f><v>${esc(v.v ?? "")}</v></c>`;
  if (sst) {
    let i = sst.get(v);
    if (i === undefined) sst.set(v, (i = sst.size));
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  }
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/**
 * The bytes of a minimal .xlsx as ECMA-376 lays it out: content types, relationships, workbook, one part per
 * sheet, notes as comments parts, optional shared strings and core properties.
 * @example xlsx({ sheets: [{ name: "S", rows: [["STT", "Nội dung"]] }] }) → <Buffer 50 4b 03 04 …>
 */
export function xlsx(spec: BookSpec): Buffer {
  const sst = spec.sharedStrings ? new Map<string, number>() : null;
  const parts: ZipEntry[] = [];
  const types: string[] = [];
  const wbRels: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = i + 1;
    const rows = s.rows
      .map((row, r) => {
        const cells = row.map((v, c) => cellXml(`${col(c)}${r + 1}`, v, sst)).join("");
        return cells ? `<row r="${r + 1}">${cells}</row>` : "";
      })
      .join("");
    const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
    const dv = s.validations?.length
      ? `<dataValidations count="${s.validations.length}">${s.validations.map((q) => `<dataValidation type="list" allowBlank="1" sqref="${q}"><formula1>"Đạt,Chưa đạt"</formula1></dataValidation>`).join("")}</dataValidations>`
      : "";
    const notes = Object.entries(s.notes ?? {});
    const legacy = notes.length ? `<legacyDrawing r:id="rIdVml"/>` : "";
    parts.push({
      name: `xl/worksheets/sheet${n}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s.prolog ?? ""}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData>${merges}${dv}${legacy}</worksheet>`,
    });
    types.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    wbRels.push(`<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    if (notes.length) {
      parts.push({
        name: `xl/comments${n}.xml`,
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Người dùng</author></authors><commentList>${notes
          .map(([ref, text]) => `<comment ref="${ref}" authorId="0"><text><t xml:space="preserve">${esc(text)}</t></text></comment>`)
          .join("")}</commentList></comments>`,
      });
      parts.push({
        name: `xl/drawings/vmlDrawing${n}.vml`,
        data: `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">${notes
          .map(([ref]) => {
            const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
            const c = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
            return `<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>${Number(m[2]) - 1}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`;
          })
          .join("")}</xml>`,
      });
      parts.push({
        name: `xl/worksheets/_rels/sheet${n}.xml.rels`,
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments${n}.xml"/><Relationship Id="rIdVml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/></Relationships>`,
      });
      types.push(`<Override PartName="/xl/comments${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
    }
  });
  const sheetsXml = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  if (sst) {
    const items = [...sst.keys()].map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join("");
    parts.push({ name: "xl/sharedStrings.xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.size}" uniqueCount="${sst.size}">${items}</sst>` });
    types.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
    wbRels.push(`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  for (const p of spec.extraParts ?? []) {
    parts.push({ name: p.name, data: p.data });
    types.push(`<Override PartName="/${p.name}" ContentType="${p.type}"/>`);
  }
  const head: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${types.join("")}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    },
    {
      name: "docProps/core.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${esc(spec.creator ?? "Kế toán trường")}</dc:creator></cp:coreProperties>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetsXml}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`,
    },
  ];
  const all = [...head, ...parts, ...(spec.rawEntries ?? [])].map((e) =>
    spec.deflated?.[e.name] ? { ...e, deflated: spec.deflated[e.name] } : spec.override?.[e.name] !== undefined ? { ...e, data: spec.override[e.name] } : e,
  );
  return zip(all);
}

/** The indicator list clerks keep (title, header, rows with Hải An's plan figures), as cell rows. */
export function listRows(extra: Cell[][] = []): Cell[][] {
  return [
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN"],
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ trẻ nhà trẻ ra lớp", "%", "ít nhất 65%", 0.7],
    [2, "Tỷ lệ trẻ mẫu giáo ra lớp", "%", "ít nhất 98%", 0.95],
    [3, "Số trường đạt chuẩn quốc gia", "trường", "22 trường", 22],
    ...extra,
  ];
}

/** A unit's report for consolidation against the Hải An plan: its title names the school, two of the plan's rows carry its rates. */
export function schoolRows(school: string, nhaTre: number, mauGiao = 0.99): Cell[][] {
  return [
    [`Đơn vị: ${school}`],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Số trẻ nhà trẻ ra lớp / dân số độ tuổi nhà trẻ", "%", "56,6%", nhaTre],
    [2, "Số trẻ mẫu giáo ra lớp / dân số độ tuổi mẫu giáo", "%", "99%", mauGiao],
  ];
}

/**
 * A sheet part that inflates to `mb` megabytes of rows from a few hundred kilobytes (the zip bomb), deflated as a
 * stream so building it never holds the whole text.
 */
export async function bombSheet(mb: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`);
  const row = `<row><c t="inlineStr"><is><t>${"x".repeat(200)}</t></is></c></row>`;
  const chunk = Buffer.from(row.repeat(Math.ceil((1024 * 1024) / row.length)));
  const tail = Buffer.from(`</sheetData></worksheet>`);
  const d = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((res) => d.on("end", () => res()));
  let crc = crc32(head);
  let size = head.length;
  d.write(head);
  for (let i = 0; i < mb; i++) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!d.write(chunk)) await new Promise((r) => d.once("drain", r));
  }
  crc = crc32(tail, crc);
  size += tail.length;
  d.end(tail);
  await done;
  return { bytes: Buffer.concat(out), size, crc };
}

/** The package of an .ods spreadsheet (what LibreOffice saves): a stored `mimetype` first, then its content. */
export function ods(): Buffer {
  return zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
    {
      name: "content.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Chỉ tiêu"><table:table-row><table:table-cell><text:p>STT</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
    },
    { name: "META-INF/manifest.xml", data: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
  ]);
}

// node --import tsx test/hostile/build.ts <folder>: writes a sample of each kind for a look in a spreadsheet program.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? "hostile-samples";
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "list.xlsx"), xlsx({ sheets: [{ name: "Chỉ tiêu", rows: listRows() }] }));
  writeFileSync(join(dir, "huge-merge.xlsx"), xlsx({ sheets: [{ name: "Chỉ tiêu", rows: listRows(), merges: ["A20:XFD1048576"] }] }));
  writeFileSync(join(dir, "ods.ods"), ods());
  process.stdout.write(`written to ${dir}\n`);
}
