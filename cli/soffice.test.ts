// LibreOffice discovery on each platform (simulated file systems), and a real headless run where soffice is installed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findSoffice, runSoffice, type SofficeEnv } from "./soffice";

/** A platform whose file system holds exactly `files` (folders are implied by them). */
function fakeEnv(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, files: string[]): SofficeEnv {
  const p = platform === "win32" ? path.win32 : path.posix;
  const norm = (f: string) => (platform === "win32" ? f.toLowerCase() : f);
  const set = new Set(files.map(norm));
  return {
    env,
    platform,
    isFile: (f) => set.has(norm(f)),
    list: (dir) => [...new Set(files.filter((f) => norm(p.dirname(p.dirname(p.dirname(f)))) === norm(dir)).map((f) => p.basename(p.dirname(p.dirname(f)))))],
  };
}

const WIN_ENV = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)", LOCALAPPDATA: "C:\\Users\\Kế toán\\AppData\\Local", PATH: "C:\\Windows\\system32" };

describe("findSoffice", () => {
  it.each([
    ["Windows, 64-bit install", "win32", WIN_ENV, ["C:\\Program Files\\LibreOffice\\program\\soffice.exe"], "C:\\Program Files\\LibreOffice\\program\\soffice.exe"],
    ["Windows, 32-bit install", "win32", WIN_ENV, ["C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"], "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"],
    ["Windows, per-user install under a Vietnamese user name", "win32", WIN_ENV, ["C:\\Users\\Kế toán\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe"], "C:\\Users\\Kế toán\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe"],
    ["Windows, old versioned folder", "win32", WIN_ENV, ["C:\\Program Files\\LibreOffice 5\\program\\soffice.exe"], "C:\\Program Files\\LibreOffice 5\\program\\soffice.exe"],
    ["Windows, on the PATH only", "win32", { ...WIN_ENV, PATH: "C:\\Windows;D:\\Phần mềm\\LO\\program" }, ["D:\\Phần mềm\\LO\\program\\soffice.exe"], "D:\\Phần mềm\\LO\\program\\soffice.exe"],
    ["Windows, SOFFICE names the LibreOffice folder", "win32", { ...WIN_ENV, SOFFICE: '"D:\\LibreOffice Portable"' }, ["D:\\LibreOffice Portable\\program\\soffice.exe", "C:\\Program Files\\LibreOffice\\program\\soffice.exe"], "D:\\LibreOffice Portable\\program\\soffice.exe"],
    ["Windows, none", "win32", WIN_ENV, [], null],
    ["Linux, distribution package", "linux", { PATH: "/usr/bin" }, ["/usr/bin/soffice"], "/usr/bin/soffice"],
    ["Linux, SOFFICE wins over the package", "linux", { SOFFICE: "/opt/lo/program/soffice", PATH: "/usr/bin" }, ["/opt/lo/program/soffice", "/usr/bin/soffice"], "/opt/lo/program/soffice"],
    ["Linux, only on the PATH", "linux", { PATH: "/home/u/bin:/usr/bin" }, ["/home/u/bin/soffice"], "/home/u/bin/soffice"],
    ["macOS, application bundle", "darwin", { PATH: "/usr/bin", HOME: "/Users/ke-toan" }, ["/Applications/LibreOffice.app/Contents/MacOS/soffice"], "/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    ["macOS, none", "darwin", { PATH: "/usr/bin", HOME: "/Users/ke-toan" }, [], null],
  ] as const)("%s", (_name, platform, env, files, expected) => {
    expect(findSoffice(fakeEnv(platform, env, [...files]))).toBe(expected);
  });

  it("finds this machine's LibreOffice, if any, without being told", () => {
    const found = findSoffice();
    if (found) expect(path.isAbsolute(found)).toBe(true);
  });
});

const soffice = findSoffice();

describe.skipIf(!soffice)("runSoffice (LibreOffice installed here)", () => {
  it("converts a file whose folder and name hold spaces and diacritics", async () => {
    // 76 is LibreOffice's code for UTF-8 in the CSV filter options; without it the text is read as Latin-1.
    const dir = mkdtempSync(path.join(tmpdir(), "chitieu soffice thư mục "));
    const src = path.join(dir, "Báo cáo quý 1.csv");
    writeFileSync(src, "Chỉ tiêu,Kế hoạch\nTrẻ ra lớp,95\n");
    const run = await runSoffice(soffice!, ["--infilter=CSV:44,34,76", "--convert-to", "html", "--outdir", dir, src], dir, 120_000);
    expect(run).toEqual({ ok: true });
    expect(readFileSync(path.join(dir, "Báo cáo quý 1.html"), "utf8")).toContain("Trẻ ra lớp");
    rmSync(dir, { recursive: true, force: true });
  });
});
