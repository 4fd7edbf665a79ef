// What the tool wrote, remembered outside the user's folders: an output is replaced later only while it is still byte for byte what was written.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/** What kind of file a command wrote: a check's copy of the user's workbook, a roll-up, a blank form, a demo file, a PDF. */
export type OutputKind = "check" | "consolidate" | "template" | "demo" | "pdf";

interface Record {
  path: string;
  size: number;
  sha256: string;
  kind: OutputKind;
  written: string;
}

/**
 * Where records live: $CHITIEU_STATE_DIR, else the platform's per-user state folder (%LOCALAPPDATA%\chitieu on
 * Windows, $XDG_STATE_HOME/chitieu or ~/.local/state/chitieu elsewhere). Never beside the user's files: a
 * clerk's folders stay as they were, apart from the outputs asked for.
 */
export function stateDir(): string {
  if (process.env.CHITIEU_STATE_DIR) return process.env.CHITIEU_STATE_DIR;
  if (process.platform === "win32") return join(process.env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "chitieu");
  return join(process.env.XDG_STATE_HOME ?? join(homedir(), ".local", "state"), "chitieu");
}

/** One small file per output (named by a hash of its real path), so two runs writing different outputs never race on one ledger. */
function recordFile(realPath: string): string {
  const key = process.platform === "win32" || process.platform === "darwin" ? realPath.toLowerCase() : realPath;
  return join(stateDir(), "outputs", `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.json`);
}

/** SHA-256 of a file, streamed (outputs can be tens of megabytes). */
export function hashFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const h = createHash("sha256");
    createReadStream(path)
      .on("data", (d) => h.update(d))
      .on("error", fail)
      .on("end", () => done(h.digest("hex")));
  });
}

async function readRecord(realPath: string): Promise<Record | null> {
  try {
    const r = JSON.parse(await readFile(recordFile(realPath), "utf8")) as Record;
    return r.path === realPath ? r : null;
  } catch {
    return null;
  }
}

/**
 * The kind of output the tool wrote at `realPath`, whether or not it was edited since; null when it never
 * wrote there (or the record is gone).
 * @example await writtenKind("/home/a/out/tong-hop.xlsx") → "consolidate"
 */
export async function writtenKind(realPath: string): Promise<OutputKind | null> {
  return (await readRecord(realPath))?.kind ?? null;
}

/**
 * Whether the file at `realPath` is an output the tool wrote and nobody changed since: same size and same
 * SHA-256 as recorded. Opening and saving it in Excel changes it, and then it is the user's.
 */
export async function isOursUnchanged(realPath: string): Promise<boolean> {
  const r = await readRecord(realPath);
  if (!r) return false;
  try {
    const st = await stat(realPath);
    if (!st.isFile() || st.size !== r.size) return false;
    return (await hashFile(realPath)) === r.sha256;
  } catch {
    return false;
  }
}

/**
 * Records what was just written at `realPath`. Returns false when the record could not be kept (read-only home,
 * no space): the output is fine, but the next run will treat it as the user's and write beside it.
 */
export async function remember(realPath: string, kind: OutputKind): Promise<boolean> {
  try {
    const st = await stat(realPath);
    const rec: Record = { path: realPath, size: st.size, sha256: await hashFile(realPath), kind, written: new Date().toISOString() };
    const file = recordFile(realPath);
    await mkdir(join(stateDir(), "outputs"), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(rec));
    await rename(tmp, file);
    return true;
  } catch {
    return false;
  }
}
