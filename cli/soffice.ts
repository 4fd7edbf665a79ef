// Finding LibreOffice (soffice) on Linux, macOS and Windows, and running it headless with its own profile and a time limit.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** What discovery looks at; tests pass their own to play another platform. */
export interface SofficeEnv {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** True when a regular file exists at the path. */
  isFile: (p: string) => boolean;
  /** Folder names inside a folder ([] when it cannot be read), to find versioned installs such as "LibreOffice 7". */
  list: (dir: string) => string[];
}

const here: SofficeEnv = {
  env: process.env,
  platform: process.platform,
  isFile: (p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
  list: (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
};

/**
 * Where LibreOffice usually lives, per platform, in the order tried. Windows installs per machine under Program Files
 * (64- and 32-bit), per user under %LOCALAPPDATA%\Programs, and older releases in a versioned folder ("LibreOffice 5").
 */
function installCandidates(s: SofficeEnv): string[] {
  if (s.platform === "win32") {
    const p = path.win32;
    const roots = [s.env.ProgramFiles, s.env["ProgramFiles(x86)"], s.env.ProgramW6432, s.env.LOCALAPPDATA && p.join(s.env.LOCALAPPDATA, "Programs"), "C:\\Program Files", "C:\\Program Files (x86)"].filter(
      (r): r is string => Boolean(r),
    );
    const out: string[] = [];
    for (const root of [...new Set(roots)]) {
      out.push(p.join(root, "LibreOffice", "program", "soffice.exe"));
      for (const d of s.list(root).filter((n) => /^LibreOffice\b/i.test(n) && n.toLowerCase() !== "libreoffice").sort().reverse()) {
        out.push(p.join(root, d, "program", "soffice.exe"));
      }
    }
    return out;
  }
  if (s.platform === "darwin") return ["/Applications/LibreOffice.app/Contents/MacOS/soffice", path.posix.join(s.env.HOME ?? "~", "Applications/LibreOffice.app/Contents/MacOS/soffice")];
  return ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/snap/bin/libreoffice"];
}

/** soffice on the PATH, as a shell would find it (PATHEXT decides the extension on Windows). */
function onPath(s: SofficeEnv): string[] {
  const p = s.platform === "win32" ? path.win32 : path.posix;
  const dirs = (s.env.PATH ?? s.env.Path ?? "").split(s.platform === "win32" ? ";" : ":").filter(Boolean);
  const names = s.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  return dirs.flatMap((d) => names.map((n) => p.join(d.replace(/^"(.*)"$/, "$1"), n)));
}

/**
 * The soffice program: `SOFFICE` first (a program, or the LibreOffice folder or its program folder), then the usual
 * install folders of the platform, then the PATH. Null when none exists, so callers can say LibreOffice is missing.
 * @example findSoffice() → "C:\\Program Files\\LibreOffice\\program\\soffice.exe" on a Windows clerk's PC
 */
export function findSoffice(s: SofficeEnv = here): string | null {
  const p = s.platform === "win32" ? path.win32 : path.posix;
  const exe = s.platform === "win32" ? "soffice.exe" : "soffice";
  const fromEnv = s.env.SOFFICE?.trim().replace(/^"(.*)"$/, "$1");
  const candidates = [
    ...(fromEnv ? [fromEnv, p.join(fromEnv, exe), p.join(fromEnv, "program", exe)] : []),
    ...installCandidates(s),
    ...onPath(s),
  ];
  return candidates.find((c) => s.isFile(c)) ?? null;
}

/** How a soffice run ended. */
export type SofficeRun = { ok: true } | { ok: false; reason: "timeout" | "exit"; code: number | null };

/**
 * Runs soffice headless in `workDir` with a throw-away profile (`workDir/profile`), so it never touches the user's own
 * LibreOffice settings nor waits on a running instance, and ends it (with the soffice.bin it starts) after `timeoutMs`.
 * Arguments go to the program directly, never through a shell, so paths with spaces and diacritics pass unchanged.
 * @example await runSoffice(exe, ["--convert-to", "pdf", "--outdir", dir, file], dir) → { ok: true }
 */
export function runSoffice(exe: string, args: string[], workDir: string, timeoutMs = 120_000): Promise<SofficeRun> {
  const profile = pathToFileURL(path.join(workDir, "profile")).href;
  const full = [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--nologo", ...args];
  // A process group on POSIX lets the timeout end soffice.bin too; Windows has no groups, and taskkill /T does that there.
  const group = process.platform !== "win32";
  return new Promise((done, fail) => {
    const child = spawn(exe, full, { detached: group, stdio: "ignore", windowsHide: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      if (group) process.kill(-child.pid, "SIGKILL");
      else spawn("taskkill", ["/PID", String(child.pid), "/T", "/F"], { stdio: "ignore", windowsHide: true });
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      done(timedOut ? { ok: false, reason: "timeout", code } : code === 0 ? { ok: true } : { ok: false, reason: "exit", code });
    });
  });
}
