// What an output workbook lost compared with its input (sheets, charts, links, pivots, macros…), read from both packages' zip directories, so no drop goes unsaid.
import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import type { Bilingual } from "../../core/types";

/** Entries read from one package at most, and the largest directory and XML part read (bounded work on any file). */
const MAX_ENTRIES = 20_000;
const MAX_DIRECTORY = 8 * 1024 * 1024;
const MAX_PART = 4 * 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** The zip central directory of a file: entry names and where their data is. Null when it is not a readable zip. */
async function zipEntries(path: string): Promise<{ entries: Entry[]; read: (e: Entry) => Promise<Buffer | null>; close: () => Promise<void> } | null> {
  const fh = await open(path, "r");
  const close = () => fh.close();
  try {
    const size = (await fh.stat()).size;
    const tailLen = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      await close();
      return null;
    }
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdSize > MAX_DIRECTORY || cdOffset + cdSize > size) {
      await close();
      return null;
    }
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: Entry[] = [];
    for (let p = 0; p + 46 <= cd.length && entries.length < MAX_ENTRIES; ) {
      if (cd.readUInt32LE(p) !== 0x02014b50) break;
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      entries.push({
        name: cd.toString("utf8", p + 46, p + 46 + nameLen),
        method: cd.readUInt16LE(p + 10),
        compressed: cd.readUInt32LE(p + 20),
        offset: cd.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    const read = async (e: Entry): Promise<Buffer | null> => {
      if (e.compressed > MAX_PART || e.offset + 30 > size) return null;
      const head = Buffer.alloc(30);
      await fh.read(head, 0, 30, e.offset);
      if (head.readUInt32LE(0) !== 0x04034b50) return null;
      const start = e.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
      const data = Buffer.alloc(e.compressed);
      await fh.read(data, 0, e.compressed, start);
      if (e.method === 0) return data;
      if (e.method !== 8) return null;
      try {
        return inflateRawSync(data, { maxOutputLength: MAX_PART });
      } catch {
        return null;
      }
    };
    return { entries, read, close };
  } catch {
    await close();
    return null;
  }
}

/** What a package holds that a user would miss: counts per kind of part, the sheet names, the defined names, the creator. */
export interface PackageSummary {
  sheets: string[];
  parts: Record<PartKind, number>;
  definedNames: number;
  creator: string | null;
}

/** Kinds of part an output can lose, with the part names that hold them (ECMA-376 package layout as Excel writes it). */
const PARTS = {
  chartsheet: /^xl\/chartsheets\/[^/]+\.xml$/,
  chart: /^xl\/charts\/chart[^/]*\.xml$/,
  pivot: /^xl\/pivotTables\/[^/]+\.xml$/,
  externalLink: /^xl\/externalLinks\/[^/]+\.xml$/,
  table: /^xl\/tables\/[^/]+\.xml$/,
  image: /^xl\/media\//,
  drawing: /^xl\/drawings\/[^/]+\.xml$/,
  comments: /^xl\/(comments[^/]*\.xml|threadedComments\/[^/]+\.xml)$/,
  macro: /^xl\/vbaProject\.bin$/,
  slicer: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\/[^/]+\.xml$/,
  connection: /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/,
  embedded: /^xl\/embeddings\//,
  customXml: /^customXml\/item\d+\.xml$/,
} as const;
export type PartKind = keyof typeof PARTS;

const LABELS: Record<PartKind | "sheet" | "definedName", Bilingual> = {
  sheet: { vi: "trang tính", en: "sheet(s)" },
  chartsheet: { vi: "trang biểu đồ", en: "chart sheet(s)" },
  chart: { vi: "biểu đồ", en: "chart(s)" },
  pivot: { vi: "bảng tổng hợp (PivotTable)", en: "pivot table(s)" },
  externalLink: { vi: "liên kết tới sổ khác", en: "external link(s)" },
  table: { vi: "bảng (Table)", en: "table(s)" },
  image: { vi: "hình ảnh", en: "image(s)" },
  drawing: { vi: "hình vẽ", en: "drawing(s)" },
  comments: { vi: "phần ghi chú/bình luận", en: "comment part(s)" },
  macro: { vi: "macro VBA", en: "VBA macros" },
  slicer: { vi: "bộ lọc slicer/timeline", en: "slicer(s)/timeline(s)" },
  connection: { vi: "kết nối/truy vấn dữ liệu", en: "data connection(s)/queries" },
  embedded: { vi: "đối tượng nhúng", en: "embedded object(s)" },
  customXml: { vi: "dữ liệu XML riêng", en: "custom XML part(s)" },
  definedName: { vi: "tên định nghĩa (Name)", en: "defined name(s)" },
};

function xmlText(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * A package's summary, or null when the file is not a zip this reader can list (then nothing is compared).
 * @example (await summarize("a.xlsx"))?.sheets → ["Chỉ tiêu", "Biểu đồ"]
 */
export async function summarize(path: string): Promise<PackageSummary | null> {
  let z: Awaited<ReturnType<typeof zipEntries>>;
  try {
    z = await zipEntries(path);
  } catch {
    return null;
  }
  if (!z) return null;
  try {
    return await summarizeEntries(z);
  } finally {
    await z.close();
  }
}

async function summarizeEntries(z: NonNullable<Awaited<ReturnType<typeof zipEntries>>>): Promise<PackageSummary> {
  const parts = Object.fromEntries(Object.keys(PARTS).map((k) => [k, 0])) as Record<PartKind, number>;
  for (const e of z.entries) {
    for (const [k, re] of Object.entries(PARTS) as [PartKind, RegExp][]) if (re.test(e.name)) parts[k]++;
  }
  const part = async (name: string) => {
    const e = z.entries.find((x) => x.name === name);
    return e ? (await z.read(e))?.toString("utf8") ?? null : null;
  };
  const workbook = (await part("xl/workbook.xml")) ?? "";
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => xmlText(m[1]));
  // Names Excel keeps for itself (print areas and titles) and the tool's own marks are rewritten by every writer; only the user's count.
  const definedNames = [...workbook.matchAll(/<(?:\w+:)?definedName\b[^>]*?\bname="([^"]*)"/g)].filter((m) => !/^(_xlnm\.|ChiTieu_)/.test(m[1])).length;
  const core = (await part("docProps/core.xml")) ?? "";
  const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
  return { sheets, parts, definedNames, creator: creator === undefined ? null : xmlText(creator) };
}

/**
 * One part of a package as text (at most a few megabytes), or null when absent or unreadable; for tests and checks
 * that look inside an output without a spreadsheet library.
 * @example await readPackagePart("a.xlsx", "xl/workbook.xml") → "<?xml …"
 */
export async function readPackagePart(path: string, name: string): Promise<string | null> {
  const z = await zipEntries(path).catch(() => null);
  if (!z) return null;
  try {
    const e = z.entries.find((x) => x.name === name);
    return e ? ((await z.read(e))?.toString("utf8") ?? null) : null;
  } finally {
    await z.close();
  }
}

/** Names of every part in a package (capped), or null when it is not a readable zip. */
export async function packagePartNames(path: string): Promise<string[] | null> {
  const z = await zipEntries(path).catch(() => null);
  if (!z) return null;
  await z.close();
  return z.entries.map((e) => e.name);
}

/**
 * One line naming what the output lacks that the input had (sheets by name, other parts by count), or null
 * when nothing was lost.
 * @example droppedParts(before, after)?.en → 'the output lacks: 2 sheet(s) ("Biểu đồ", "Dữ liệu gốc"), 1 chart(s)'
 */
export function droppedParts(before: PackageSummary, after: PackageSummary): Bilingual | null {
  const vi: string[] = [];
  const en: string[] = [];
  const have = new Set(after.sheets);
  const lost = before.sheets.filter((s) => !have.has(s));
  if (lost.length) {
    const names = lost.slice(0, 5).map((s) => `"${s}"`).join(", ") + (lost.length > 5 ? ", …" : "");
    vi.push(`${lost.length} ${LABELS.sheet.vi} (${names})`);
    en.push(`${lost.length} ${LABELS.sheet.en} (${names})`);
  }
  for (const k of Object.keys(PARTS) as PartKind[]) {
    const n = before.parts[k] - after.parts[k];
    if (n > 0) {
      vi.push(`${n} ${LABELS[k].vi}`);
      en.push(`${n} ${LABELS[k].en}`);
    }
  }
  const names = before.definedNames - after.definedNames;
  if (names > 0) {
    vi.push(`${names} ${LABELS.definedName.vi}`);
    en.push(`${names} ${LABELS.definedName.en}`);
  }
  if (vi.length === 0) return null;
  return {
    vi: `tệp kết quả không giữ được: ${vi.join(", ")}; chúng vẫn còn nguyên trong tệp gốc`,
    en: `the output lacks: ${en.join(", ")}; they are still in the original file`,
  };
}
