// The output guard every command writes through: an output is never an input, a device, a FIFO or a folder; an existing file is replaced only when it is the tool's own, unchanged, or with --overwrite.
import { link, lstat, open, realpath, rename, rm, stat, unlink } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Bilingual } from "../../core/types";
import { CliError, fileError } from "../errors";
import { isOursUnchanged, remember, writtenKind, type OutputKind } from "./ledger";
import { sweepTemps, tempPathIn, trackTemp, untrackTemp } from "./temp";

/** Longest file name most file systems take, in UTF-8 bytes (ext4, NTFS, APFS: 255; Vietnamese letters take 2-3 bytes). */
export const MAX_NAME_BYTES = 255;
/** Numbered alternatives tried before giving up ("a (2).xlsx" … "a (999).xlsx"). */
const MAX_NUMBER = 999;

/** A file a command reads, and how to name it in a refusal ("tệp kế hoạch", "the plan file"). */
export interface InputFile {
  path: string;
  what: Bilingual;
}

export const INPUT = { vi: "tệp đầu vào", en: "the input file" };
export const PLAN_FILE = { vi: "tệp kế hoạch", en: "the plan file" };

export interface OutputRequest {
  /** The path asked for (-o) or chosen by default. */
  path: string;
  /** What the command writes, recorded so later runs know the file is the tool's. */
  kind: OutputKind;
  /** Every file the command reads: the output may be none of them. */
  inputs: InputFile[];
  /** --overwrite: replace an existing file even if it is not the tool's or was edited. */
  overwrite?: boolean;
  /** The name was chosen by the tool, not typed: it may be shortened to fit. */
  defaulted?: boolean;
}

/** Where an output will go, decided before any work is done. */
export interface PlannedOutput {
  /** Path to write, as the user would type it (relative stays relative). */
  path: string;
  kind: OutputKind;
  /** "new": nothing there now; "replace": the tool's own unchanged output, or --overwrite. */
  mode: "new" | "replace";
  overwrite: boolean;
  /** Said on stderr when the output is not where it was asked for (a numbered name, a shortened name). */
  notice?: Bilingual;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** Cuts `s` to at most `bytes` UTF-8 bytes on a character boundary. */
function cutBytes(s: string, bytes: number): string {
  let out = "";
  for (const ch of s) {
    if (utf8Bytes(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * `stem` + `suffix` + `ext` within MAX_NAME_BYTES, shortening the stem (never the ".chitieu" tag, the number or
 * the extension).
 * @example fitName("truong", ".chitieu", ".xlsx") → "truong.chitieu.xlsx"
 */
export function fitName(stem: string, suffix: string, ext: string): string {
  const room = MAX_NAME_BYTES - utf8Bytes(suffix + ext);
  const cut = utf8Bytes(stem) > room ? `${cutBytes(stem, room - 3).trimEnd()}…` : stem;
  return `${cut}${suffix}${ext}`;
}

/** Splits a file name into the part to shorten, the tool's ".chitieu" tag and the extension. */
function nameParts(name: string): { stem: string; tag: string; ext: string } {
  const ext = extname(name);
  const rest = name.slice(0, name.length - ext.length);
  const tag = /\.chitieu$/i.test(rest) ? rest.slice(-8) : "";
  return { stem: rest.slice(0, rest.length - tag.length), tag, ext };
}

async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return await lstat(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw fileError(e, p, "write");
  }
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

/** What a non-regular file is, for the refusal. */
function kindOf(st: Stats): Bilingual | null {
  if (st.isDirectory()) return { vi: "là thư mục", en: "is a folder" };
  if (st.isFIFO()) return { vi: "là ống dẫn (FIFO)", en: "is a pipe (FIFO)" };
  if (st.isSocket()) return { vi: "là socket", en: "is a socket" };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { vi: "là thiết bị", en: "is a device" };
  return null;
}

/** The same file, whatever the name: same device and inode (hard links, case-insensitive names, "./a" and "a"). */
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.ino !== 0;
}

/**
 * Decides where an output goes before anything is computed, so a refusal costs nothing:
 * - refused (exit 2): a folder, device, FIFO or socket; a broken link; any input (same real path or same file
 *   through a hard link — the plan and every consolidated file included); a name too long when the user typed it;
 * - an existing regular file is replaced only when the tool wrote it and nobody changed it since, or with
 *   --overwrite; otherwise the output goes to the first free numbered name ("a.chitieu (2).xlsx") and `notice`
 *   says so.
 * @example await planOutput({ path: "a.chitieu.xlsx", kind: "check", inputs: [{ path: "a.xlsx", what: INPUT }] }) → { path: "a.chitieu.xlsx", mode: "new", … }
 */
export async function planOutput(req: OutputRequest): Promise<PlannedOutput> {
  if (req.path.trim() === "" || /[\\/]$/.test(req.path)) {
    throw new CliError(`tên tệp kết quả "${req.path}" không hợp lệ; cho một tên tệp, ví dụ -o ket-qua.xlsx`, `output name "${req.path}" is not a file name; give one, e.g. -o result.xlsx`);
  }
  let path = req.path;
  let notice: Bilingual | undefined;
  if (utf8Bytes(basename(path)) > MAX_NAME_BYTES) {
    if (!req.defaulted) throw fileError(Object.assign(new Error("name too long"), { code: "ENAMETOOLONG" }), basename(path), "write");
    const p = nameParts(basename(path));
    path = join(dirname(path), fitName(p.stem, p.tag, p.ext));
    notice = { vi: `tên tệp quá dài nên được rút gọn: ${basename(path)}`, en: `the file name was too long and was shortened: ${basename(path)}` };
  }
  const folder = dirname(resolve(path));
  const dirSt = await statOrNull(folder);
  if (!dirSt || !dirSt.isDirectory()) {
    throw new CliError(`không có thư mục ${dirname(path)} để ghi ${basename(path)}; tạo thư mục trước hoặc chọn nơi khác`, `folder ${dirname(path)} does not exist for ${basename(path)}; create it first or choose another place`);
  }

  const inputs = await Promise.all(req.inputs.map(async (i) => ({ ...i, st: await statOrNull(i.path), real: await realpath(i.path).catch(() => resolve(i.path)) })));
  const refuseIfInput = (st: Stats | null, real: string, shown: string) => {
    for (const i of inputs) {
      if (real === i.real || (st && i.st && sameFile(st, i.st))) {
        const same = resolve(shown) === resolve(i.path) ? "" : ` (${shown} là cùng một tệp)`;
        const sameEn = resolve(shown) === resolve(i.path) ? "" : ` (${shown} is the same file)`;
        throw new CliError(
          `không ghi đè ${i.what.vi} ${basename(i.path)}${same}; chọn tên khác cho -o`,
          `will not overwrite ${i.what.en} ${basename(i.path)}${sameEn}; choose another name for -o`,
        );
      }
    }
  };

  const lst = await lstatOrNull(path);
  if (!lst) {
    const real = join(await realpath(folder).catch(() => folder), basename(path));
    refuseIfInput(null, real, path);
    return { path, kind: req.kind, mode: "new", overwrite: !!req.overwrite, notice };
  }
  const st = lst.isSymbolicLink() ? await statOrNull(path) : lst;
  if (!st) throw new CliError(`${path} là liên kết tới tệp không còn; xóa liên kết hoặc chọn tên khác cho -o`, `${path} is a link to a file that is gone; remove the link or choose another name for -o`);
  const kind = kindOf(st);
  if (kind) throw new CliError(`không ghi vào ${path}: ${kind.vi}, không phải tệp; chọn tên tệp khác cho -o`, `will not write to ${path}: it ${kind.en}, not a file; choose another file name for -o`);
  const real = await realpath(path);
  refuseIfInput(st, real, path);
  if (req.overwrite || (await isOursUnchanged(real))) return { path, kind: req.kind, mode: "replace", overwrite: !!req.overwrite, notice };

  // Someone's file (or ours, edited since): keep it, and write beside it under the first free number.
  const p = nameParts(basename(path));
  for (let n = 2; n <= MAX_NUMBER; n++) {
    const alt = join(dirname(path), fitName(p.stem, `${p.tag} (${n})`, p.ext));
    if (await lstatOrNull(alt)) continue;
    return {
      path: alt,
      kind: req.kind,
      mode: "new",
      overwrite: false,
      notice: {
        vi: `${path} đã có và không phải tệp công cụ vừa ghi lần trước (hoặc đã được sửa) nên được giữ nguyên; kết quả ghi vào ${alt} (thêm --overwrite để ghi đè)`,
        en: `${path} exists and is not the tool's unchanged earlier output, so it was kept; the result goes to ${alt} (add --overwrite to replace it)`,
      },
    };
  }
  throw new CliError(`đã có ${MAX_NUMBER} bản ${basename(path)}; dọn bớt hoặc chọn tên khác cho -o`, `${MAX_NUMBER} copies of ${basename(path)} exist already; clear some or choose another name for -o`);
}

/** Link failures that mean "this file system has no hard links" (FAT/exFAT drives, some network shares), not "name taken". */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EINVAL"]);

/**
 * Writes a planned output: `write(tmp)` fills a temporary file beside it (removed on any failure, exit or
 * signal), then it takes its place — a new name without ever replacing a file that appeared meanwhile (hard
 * link, which fails on an existing name), a replaced one only if it is still the tool's unchanged output
 * (or --overwrite). The result is recorded as the tool's. Every failure is one CliError naming the output.
 * @example await writeOutput(await planOutput({ … }), (tmp) => done.save(tmp))
 */
export async function writeOutput(out: PlannedOutput, write: (tmp: string) => Promise<void>): Promise<Bilingual[]> {
  const notes: Bilingual[] = [];
  const target = resolve(out.path);
  await sweepTemps(dirname(target));
  const tmp = tempPathIn(dirname(target));
  trackTemp(tmp);
  try {
    await write(tmp);
    if (out.mode === "new") {
      try {
        await link(tmp, target);
        await unlink(tmp);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "";
        if (code === "EEXIST") throw new CliError(`${out.path} vừa được tạo trong lúc chạy; chạy lại`, `${out.path} appeared while this ran; run again`);
        if (!NO_LINKS.has(code)) throw e;
        if (await lstatOrNull(target)) throw new CliError(`${out.path} vừa được tạo trong lúc chạy; chạy lại`, `${out.path} appeared while this ran; run again`);
        await rename(tmp, target);
      }
    } else {
      if (!out.overwrite && !(await isOursUnchanged(await realpath(target).catch(() => target)))) {
        throw new CliError(`${out.path} vừa bị sửa trong lúc chạy nên được giữ nguyên; chạy lại`, `${out.path} was changed while this ran, so it was kept; run again`);
      }
      await rename(tmp, target);
    }
  } catch (e) {
    await rm(tmp, { force: true });
    // A writer that failed on the temporary file said so naming it; say it again naming the output.
    const raw = e instanceof CliError && e.cause !== undefined ? e.cause : e;
    const mapped = fileError(raw, out.path, "write");
    if (mapped instanceof CliError) throw mapped;
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(`không ghi được ${out.path}: ${msg}`, `cannot write ${out.path}: ${msg}`);
  } finally {
    untrackTemp(tmp);
  }
  if (!(await remember(await realpath(target).catch(() => target), out.kind))) {
    notes.push({
      vi: `không lưu được dấu tệp đã ghi nên lần sau ${out.path} sẽ được giữ nguyên và kết quả ghi tên mới`,
      en: `could not record the output, so the next run will keep ${out.path} and write a new name`,
    });
  }
  return notes;
}

/**
 * Checks that an input names a regular file before anything opens it: a FIFO would block a reader forever, a
 * device never end, a folder is a mistake. Every refusal is one line naming the file.
 * @example await regularInput("ong.xlsx", INPUT) → throws "tệp đầu vào ong.xlsx là ống dẫn (FIFO), không phải tệp"
 */
export async function regularInput(path: string, what: Bilingual): Promise<void> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (e) {
    throw fileError(e, path, "read");
  }
  const kind = kindOf(st);
  if (kind) throw new CliError(`${what.vi} ${path} ${kind.vi}, không phải tệp`, `${what.en} ${path} ${kind.en}, not a file`);
}

/** Largest plan or list file read whole (a plan of a thousand indicators is under 1 MB). */
export const MAX_TEXT_INPUT = 10 * 1024 * 1024;

/**
 * Reads a small text input (a plan JSON, a list of units): refuses anything but a regular file before opening
 * it (a FIFO would block forever, a device never end) and anything larger than MAX_TEXT_INPUT; every failure is
 * one line naming the file.
 * @example await readTextInput("ke-hoach.json", PLAN_FILE) → "{ … }"
 */
export async function readTextInput(path: string, what: Bilingual): Promise<string> {
  let st: Stats;
  try {
    st = await stat(path);
  } catch (e) {
    const m = fileError(e, path, "read");
    if (m instanceof CliError) throw new CliError(`${what.vi}: ${m.vi}`, `${what.en}: ${m.en}`);
    throw m;
  }
  const kind = kindOf(st);
  if (kind) throw new CliError(`${what.vi} ${path} ${kind.vi}, không phải tệp`, `${what.en} ${path} ${kind.en}, not a file`);
  if (st.size > MAX_TEXT_INPUT) throw new CliError(`${what.vi} ${path} quá lớn (${Math.round(st.size / 1048576)} MB); kiểm tra lại tệp`, `${what.en} ${path} is too large (${Math.round(st.size / 1048576)} MB); check the file`);
  try {
    // O_NONBLOCK would not help a FIFO swapped in after the check; opening read-only and reading at most the size seen keeps it bounded.
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(Math.min(st.size, MAX_TEXT_INPUT));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead).toString("utf8");
    } finally {
      await fh.close();
    }
  } catch (e) {
    const m = fileError(e, path, "read");
    if (m instanceof CliError) throw new CliError(`${what.vi}: ${m.vi}`, `${what.en}: ${m.en}`);
    throw m;
  }
}

/** The creator written into every roll-up's document properties (docProps/core.xml), so a later consolidation can tell it from a unit's report. */
export const ROLLUP_CREATOR = "chitieu consolidate";

/**
 * Whether `path` is a check's or a consolidation's output of this tool, which a consolidation must not read as a
 * unit's report (it would count every unit again): the tool recorded writing it there, or its document creator is
 * the roll-up's.
 */
export async function isToolOutput(path: string, creator: string | null): Promise<boolean> {
  if (creator === ROLLUP_CREATOR) return true;
  const kind = await writtenKind(await realpath(path).catch(() => resolve(path)));
  return kind === "check" || kind === "consolidate";
}
