// Temporary files beside an output: short names that always fit, removed on every way out (error, exit, Ctrl+C, kill), and swept when a killed run left one.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError, fileError } from "../errors";

const live = new Set<string>();
let installed = false;

/** Signals that end a run: the temporary files go first, then the process ends with the shell's 128 + signal code. */
const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
  ["SIGBREAK", 149],
];

function cleanup(): void {
  for (const p of live) {
    try {
      rmSync(p, { force: true, recursive: true });
    } catch {
      // Best effort: the sweep of a later run removes what could not be removed now.
    }
  }
  live.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", cleanup);
  for (const [sig, code] of SIGNALS) {
    try {
      process.once(sig, () => {
        cleanup();
        process.exit(code);
      });
    } catch {
      // SIGBREAK exists on Windows only.
    }
  }
}

/** Registers a temporary path to remove on every way out of the process. */
export function trackTemp(path: string): void {
  install();
  live.add(path);
}

/** Forgets a temporary path (it was renamed into place or removed). */
export function untrackTemp(path: string): void {
  live.delete(path);
}

/** Temporary files of this tool: `.chitieu-<pid>-<12 hex>.tmp`, short enough for any folder whatever the output's name. */
const TEMP = /^\.chitieu-(\d+)-[0-9a-f]{12}\.tmp$/;

/**
 * A fresh temporary path in `dir` (the output's folder, so the final rename stays on one drive).
 * @example tempPathIn("out") → "out/.chitieu-4242-0123456789ab.tmp"
 */
export function tempPathIn(dir: string): string {
  return join(dir, `.chitieu-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files a killed run (kill -9, power cut) left in `dir`: only this tool's names, only when
 * the process that made them is gone and they are older than ten minutes (a folder shared between machines
 * may hold another machine's live run).
 */
export async function sweepTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const n of names) {
    const m = TEMP.exec(n);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    try {
      const st = await stat(join(dir, n));
      if (now - st.mtimeMs > 10 * 60_000) await rm(join(dir, n), { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * A fault-injection point for the hostile suite: with `CHITIEU_FAILPOINT_HOLD_TEMP_MS` set, a finished temporary file
 * waits that long before its rename, so a test can interrupt the run while the file exists even on a machine too busy
 * to catch the usual few milliseconds. Unset (every real run), it returns at once.
 */
async function holdForTests(): Promise<void> {
  const ms = Number(process.env.CHITIEU_FAILPOINT_HOLD_TEMP_MS);
  if (Number.isFinite(ms) && ms > 0) await new Promise((r) => setTimeout(r, Math.min(ms, 60_000)));
}

/**
 * Runs `write(tmp)` for a temporary file beside `path`, then renames it over `path`, so a crash never leaves
 * half a file and readers never see one; the temporary file is removed on failure and on any exit. This is the
 * bare primitive (no check of what `path` is): commands write their outputs through `writeOutput`.
 * @example await atomicFile("out/a.xlsx", (tmp) => wb.xlsx.writeFile(tmp))
 */
export async function atomicFile(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const target = resolve(path);
  try {
    const st = await stat(dirname(target));
    if (!st.isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
  } catch (e) {
    throw fileError(e, dirname(target), "write");
  }
  const tmp = tempPathIn(dirname(target));
  trackTemp(tmp);
  try {
    await write(tmp);
    await holdForTests();
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    const mapped = fileError(e, path, "write");
    if (mapped instanceof CliError) throw mapped;
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(`không ghi được ${path}: ${msg}`, `cannot write ${path}: ${msg}`);
  } finally {
    untrackTemp(tmp);
  }
}
