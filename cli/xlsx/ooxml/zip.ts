// The zip container of an .xlsx: a bounded reader (central directory, inflate with size caps) and a writer that copies untouched entries' compressed bytes as they are.
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Limits checked before anything is inflated. A real workbook's XML compresses 5–30 times; a zip bomb
 * 1,000 times or more. Sizes are checked twice: as the directory declares them, and while inflating
 * (zlib's maxOutputLength), because a hostile file can lie in its directory.
 */
export interface ZipLimits {
  /** Most entries a package may list (Excel packages have tens; a thousand sheets is already odd). */
  maxEntries: number;
  /** Largest inflated size of one entry, bytes. */
  maxEntryBytes: number;
  /** Entries above `ratioFloor` bytes may not inflate to more than this many times their compressed size. */
  maxRatio: number;
  ratioFloor: number;
  /** Sum of every entry's inflated size that may be read, bytes. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/** Defaults: 400 MiB per part (a 1M-cell sheet is about 40 MiB of XML), ratio 200 above 16 MiB, 20,000 entries. */
export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: (Number(process.env.CHITIEU_MAX_PART_MB) > 0 ? Number(process.env.CHITIEU_MAX_PART_MB) : 400) * MiB,
  maxRatio: 200,
  ratioFloor: 16 * MiB,
  maxTotalBytes: 1024 * MiB,
};

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** DOS time and date fields, copied into the output so untouched entries keep them. */
  time: number;
  date: number;
}

/** Why a zip could not be read: "corrupt" (not a readable zip) or "limit" (a bound was hit), with an English detail. */
export class ZipError extends Error {
  constructor(
    readonly kind: "corrupt" | "limit",
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A zip file held in memory (an .xlsx is read whole once; its compressed bytes are what the writer copies).
 * @example const zip = new ZipReader(readFileSync("a.xlsx")); zip.text("xl/workbook.xml")
 */
export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  /** Entry names in the order the directory lists them (the writer keeps that order). */
  readonly order: string[] = [];
  private inflated = 0;

  constructor(
    readonly data: Buffer,
    readonly limits: ZipLimits = DEFAULT_LIMITS,
  ) {
    this.readDirectory();
  }

  private readDirectory(): void {
    const d = this.data;
    // The end record sits in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
    const from = Math.max(0, d.length - 22 - 65_535);
    let at = -1;
    for (let i = d.length - 22; i >= from; i--) {
      if (d.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError("corrupt", "no end of central directory");
    let count = d.readUInt16LE(at + 10);
    let dirSize = d.readUInt32LE(at + 12);
    let dirOffset = d.readUInt32LE(at + 16);
    if (count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) {
      const loc = at - 20;
      if (loc < 0 || d.readUInt32LE(loc) !== EOCD64_LOCATOR) throw new ZipError("corrupt", "zip64 locator missing");
      const e64 = Number(d.readBigUInt64LE(loc + 8));
      if (e64 + 56 > d.length || d.readUInt32LE(e64) !== EOCD64) throw new ZipError("corrupt", "zip64 end record missing");
      count = Number(d.readBigUInt64LE(e64 + 32));
      dirSize = Number(d.readBigUInt64LE(e64 + 40));
      dirOffset = Number(d.readBigUInt64LE(e64 + 48));
    }
    if (count > this.limits.maxEntries) throw new ZipError("limit", `${count} entries (limit ${this.limits.maxEntries})`);
    if (dirOffset + dirSize > d.length) throw new ZipError("corrupt", "central directory outside the file");
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > d.length || d.readUInt32LE(p) !== CENTRAL) throw new ZipError("corrupt", "bad central directory entry");
      const flags = d.readUInt16LE(p + 8);
      const nameLen = d.readUInt16LE(p + 28);
      const extraLen = d.readUInt16LE(p + 30);
      const commentLen = d.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: d.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen),
        method: d.readUInt16LE(p + 10),
        flags,
        time: d.readUInt16LE(p + 12),
        date: d.readUInt16LE(p + 14),
        crc: d.readUInt32LE(p + 16),
        compressedSize: d.readUInt32LE(p + 20),
        size: d.readUInt32LE(p + 24),
        localOffset: d.readUInt32LE(p + 42),
      };
      readZip64Extra(d, p + 46 + nameLen, extraLen, entry);
      if (entry.flags & 1) throw new ZipError("corrupt", `${entry.name} is encrypted`);
      // Package part names are case-insensitive (ECMA-376 Part 2): key by the name as written, look up folded.
      if (!this.entries.has(entry.name)) this.order.push(entry.name);
      this.entries.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** The entry for a part name, matched without regard to case and a leading "/". */
  entry(name: string): ZipEntry | undefined {
    const want = name.replace(/^\//, "");
    const hit = this.entries.get(want);
    if (hit) return hit;
    const folded = want.toLowerCase();
    for (const [n, e] of this.entries) if (n.toLowerCase() === folded) return e;
    return undefined;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The compressed bytes of an entry as stored (what the writer copies for an untouched part). */
  raw(e: ZipEntry): Buffer {
    const d = this.data;
    const p = e.localOffset;
    if (p + 30 > d.length || d.readUInt32LE(p) !== LOCAL) throw new ZipError("corrupt", `bad local header for ${e.name}`);
    const start = p + 30 + d.readUInt16LE(p + 26) + d.readUInt16LE(p + 28);
    const end = start + e.compressedSize;
    if (end > d.length) throw new ZipError("corrupt", `${e.name} runs past the end of the file`);
    return d.subarray(start, end);
  }

  /**
   * The inflated bytes of an entry, refusing before inflating when the directory declares too much and while
   * inflating when the data holds more than declared or allowed.
   * @example zip.bytes("xl/sharedStrings.xml").length → 10_482
   */
  bytes(name: string): Buffer {
    const e = this.entry(name);
    if (!e) throw new ZipError("corrupt", `missing part ${name}`);
    const cap = this.capFor(e);
    const raw = this.raw(e);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
          throw new ZipError("limit", `${e.name} inflates to more than ${Math.round(cap / MiB)} MiB (declared ${e.size} bytes from ${e.compressedSize})`);
        }
        throw new ZipError("corrupt", `${e.name}: ${(err as Error).message}`);
      }
    } else throw new ZipError("corrupt", `${e.name} uses compression method ${e.method}`);
    if (out.length !== e.size) throw new ZipError("corrupt", `${e.name} holds ${out.length} bytes, its directory says ${e.size}`);
    if ((crc32(out) >>> 0) !== e.crc >>> 0) throw new ZipError("corrupt", `${e.name} fails its checksum`);
    this.inflated += out.length;
    if (this.inflated > this.limits.maxTotalBytes) {
      throw new ZipError("limit", `parts read so far inflate to more than ${Math.round(this.limits.maxTotalBytes / MiB)} MiB`);
    }
    return out;
  }

  /** An entry's text (UTF-8, byte-order mark dropped). Small parts only; sheets go through the streaming XML reader. */
  text(name: string): string {
    const b = this.bytes(name);
    const s = b.toString("utf8");
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  /** The most an entry may inflate to, refusing at once when its declared size is already over. */
  private capFor(e: ZipEntry): number {
    const l = this.limits;
    const byRatio = Math.max(l.ratioFloor, e.compressedSize * l.maxRatio);
    const cap = Math.min(l.maxEntryBytes, byRatio);
    if (e.size > cap) {
      const why = e.size > l.maxEntryBytes ? `${Math.round(e.size / MiB)} MiB (limit ${Math.round(l.maxEntryBytes / MiB)} MiB)` : `${Math.round(e.size / Math.max(1, e.compressedSize))}× its compressed size (limit ${l.maxRatio}×)`;
      throw new ZipError("limit", `${e.name} would inflate to ${why}`);
    }
    return cap;
  }
}

function readZip64Extra(d: Buffer, start: number, len: number, e: ZipEntry): void {
  let p = start;
  while (p + 4 <= start + len) {
    const id = d.readUInt16LE(p);
    const size = d.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (e.size === 0xffffffff) (e.size = Number(d.readBigUInt64LE(q))), (q += 8);
      if (e.compressedSize === 0xffffffff) (e.compressedSize = Number(d.readBigUInt64LE(q))), (q += 8);
      if (e.localOffset === 0xffffffff) e.localOffset = Number(d.readBigUInt64LE(q));
      return;
    }
    p += 4 + size;
  }
}

/** Bytes handed to the deflater at a time: big enough to compress well, small enough to keep memory flat. */
const CHUNK = 1 * MiB;

/** Room left in a piece's buffer past CHUNK for the text that crosses it; longer texts are encoded on their own. */
const PIECE_ROOM = 256 * 1024;

/** One entry being written in pieces: text or bytes go in, deflated 1 MiB at a time. */
export interface PartSink {
  write(data: string | Buffer): void;
  end(): void;
}

interface Written {
  name: Buffer;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

/**
 * Writes a zip to a file descriptor, entry by entry. New entries are deflated at level 1 in 1 MiB pieces,
 * each ended with a sync flush, so a part of any size never sits whole in memory; the pieces form one valid
 * deflate stream (a final empty block closes it). Entries copied from a ZipReader keep their compressed
 * bytes, CRC and dates exactly.
 * @example const w = new ZipWriter(fd); w.copy(zip, entry); w.add("xl/new.xml", xml); w.finish()
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly now = dosDateTime(new Date());

  constructor(private readonly fd: number) {}

  private put(b: Buffer): void {
    let done = 0;
    while (done < b.length) done += writeSync(this.fd, b, done, b.length - done, this.offset + done);
    this.offset += b.length;
  }

  private localHeader(w: Written): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOCAL, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(w.flags, 6);
    h.writeUInt16LE(w.method, 8);
    h.writeUInt16LE(w.time, 10);
    h.writeUInt16LE(w.date, 12);
    h.writeUInt32LE(w.crc >>> 0, 14);
    h.writeUInt32LE(w.compressedSize, 18);
    h.writeUInt32LE(w.size, 22);
    h.writeUInt16LE(w.name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, w.name]);
  }

  /** Copies an entry of `from` with its stored bytes untouched. */
  copy(from: ZipReader, e: ZipEntry): void {
    const raw = from.raw(e);
    const w: Written = {
      name: Buffer.from(e.name, "utf8"),
      method: e.method,
      // Sizes go in the local header, so no data descriptor follows (bit 3 off); names are UTF-8 (bit 11).
      flags: (e.flags & ~0x0008) | 0x0800,
      crc: e.crc,
      compressedSize: raw.length,
      size: e.size,
      offset: this.offset,
      time: e.time,
      date: e.date,
    };
    this.checkSize(w);
    this.put(this.localHeader(w));
    this.put(raw);
    this.written.push(w);
  }

  /** Adds a whole entry from text or bytes. */
  add(name: string, data: string | Buffer): void {
    const sink = this.begin(name);
    sink.write(data);
    sink.end();
  }

  /**
   * Starts an entry written in pieces; its header is patched with the CRC and sizes at `end()`.
   * @example const s = w.begin("xl/worksheets/sheet1.xml"); s.write("<worksheet>"); …; s.end()
   */
  begin(name: string): PartSink {
    const w: Written = { name: Buffer.from(name, "utf8"), method: 8, flags: 0x0800, crc: 0, compressedSize: 0, size: 0, offset: this.offset, time: this.now.time, date: this.now.date };
    this.put(this.localHeader(w));
    // Text is encoded straight into one piece's buffer (no joined string, no Buffer per write, no concatenation):
    // a 100k-cell sheet is 15 MB of XML written in row-sized strings.
    let piece: Buffer | null = null;
    let used = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const deflate = (buf: Buffer) => {
      w.crc = crc32(buf, w.crc);
      w.size += buf.length;
      const z = deflateRawSync(buf, { level: 1, finishFlush: constants.Z_SYNC_FLUSH });
      w.compressedSize += z.length;
      this.put(z);
    };
    const flush = (last: boolean) => {
      if (used > 0) {
        deflate(piece!.subarray(0, used));
        used = 0;
      }
      if (pendingBytes > 0) {
        const buf = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        deflate(buf);
      }
      if (last) {
        // A final, empty fixed-Huffman block ends the stream the sync-flushed pieces started.
        const tail = Buffer.from([0x03, 0x00]);
        w.compressedSize += tail.length;
        this.put(tail);
      }
    };
    return {
      write: (data) => {
        // A UTF-16 unit is at most 3 bytes of UTF-8: text that surely fits goes into the piece.
        if (typeof data === "string" && pendingBytes === 0 && data.length * 3 <= PIECE_ROOM) {
          const need = used + data.length * 3;
          if (!piece || need > piece.length) {
            // Small parts (relationships, content types) keep a small buffer; a sheet's grows to a whole piece.
            const grown = Buffer.allocUnsafe(Math.min(CHUNK + PIECE_ROOM, Math.max(64 * 1024, 2 * need)));
            if (piece && used > 0) piece.copy(grown, 0, 0, used);
            piece = grown;
          }
          used += piece.write(data, used, "utf8");
          if (used >= CHUNK) flush(false);
          return;
        }
        if (used > 0) flush(false);
        const b = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        pending.push(b);
        pendingBytes += b.length;
        if (pendingBytes >= CHUNK) flush(false);
      },
      end: () => {
        flush(true);
        this.checkSize(w);
        const header = this.localHeader(w);
        writeSync(this.fd, header, 0, header.length, w.offset);
        this.written.push(w);
      },
    };
  }

  private checkSize(w: Written): void {
    if (w.size >= 0xffffffff || w.compressedSize >= 0xffffffff || this.offset >= 0xffffffff) {
      throw new ZipError("limit", `${w.name.toString()} would pass 4 GiB, which this writer does not produce`);
    }
  }

  /** Writes the central directory and the end record. */
  finish(): void {
    const start = this.offset;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(CENTRAL, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc >>> 0, 16);
      h.writeUInt32LE(w.compressedSize, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt32LE(w.offset, 42);
      this.put(Buffer.concat([h, w.name]));
    }
    if (this.written.length >= 0xffff) throw new ZipError("limit", "more than 65,534 entries");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
  }
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Writes a zip file with `fill` adding its entries; the file is closed on every path.
 * @example writeZipFile("out.xlsx", (w) => w.add("a.txt", "hi"))
 */
export function writeZipFile(path: string, fill: (w: ZipWriter) => void): void {
  const fd = openSync(path, "w");
  try {
    const w = new ZipWriter(fd);
    fill(w);
    w.finish();
  } finally {
    closeSync(fd);
  }
}
