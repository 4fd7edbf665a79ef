// File arguments with wildcards (`truong\*.xlsx`, `out/*/bao-cao.xlsx`) expanded by the CLI itself, because cmd.exe and PowerShell pass them through untouched.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./errors";

/** How to read a pattern: which characters separate folders, and whether names compare without case (Windows, macOS). */
export interface GlobStyle {
  separators: RegExp;
  ignoreCase: boolean;
}

/**
 * The pattern style of a platform. Backslash separates folders only on Windows: elsewhere it is a legal file-name
 * character, and a shell has already expanded what the user meant as a pattern.
 * @example globStyle("win32").separators.test("\\") → true
 */
export function globStyle(platform: NodeJS.Platform = process.platform): GlobStyle {
  return platform === "win32" ? { separators: /[\\/]+/, ignoreCase: true } : { separators: /\/+/, ignoreCase: platform === "darwin" };
}

const WILDCARD = /[*?[]/;

/** True when a file argument holds a wildcard (`*`, `?` or a `[…]` class). */
export function hasWildcard(arg: string): boolean {
  return WILDCARD.test(arg);
}

/**
 * One path segment as a regular expression: `*` any run of characters, `?` one character, `[abc]`/`[!abc]` a class;
 * everything else literal. Names compare in NFC, so a pattern typed in NFC matches a macOS file name stored in NFD.
 * @example segmentMatcher("Trường*.xlsx", false).test("Trường MN Cát Bi.xlsx") → true
 */
export function segmentMatcher(segment: string, ignoreCase: boolean): RegExp {
  let re = "";
  const s = segment.normalize("NFC");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "*") re += "[^]*";
    else if (c === "?") re += "[^]";
    else if (c === "[") {
      const end = s.indexOf("]", i + 2);
      if (end < 0) {
        re += "\\[";
        continue;
      }
      let body = s.slice(i + 1, end);
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      re += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, ignoreCase ? "iu" : "u");
}

/** The literal start of a pattern (drive, UNC share or "/"), so that splitting on separators does not lose it. */
function rootOf(pattern: string, style: GlobStyle): { root: string; rest: string } {
  const win = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+[\\/]?)/.exec(pattern);
  if (win && style.separators.test("\\")) return { root: win[0], rest: pattern.slice(win[0].length) };
  if (/^[\\/]/.test(pattern) && style.separators.test(pattern[0])) return { root: pattern[0], rest: pattern.slice(1) };
  return { root: "", rest: pattern };
}

/**
 * Every existing path a pattern names, sorted in Vietnamese order. Folders are walked only where a segment has a
 * wildcard; a leading "." must be matched explicitly, as shells do, so `*` skips hidden and lock files.
 * @example await expandPattern("truong\\*.xlsx", globStyle("win32")) → ["truong/Trường MN Cát Bi.xlsx", ...]
 */
export async function expandPattern(pattern: string, style: GlobStyle = globStyle()): Promise<string[]> {
  const { root, rest } = rootOf(pattern, style);
  const segments = rest.split(style.separators).filter((s) => s !== "" && s !== ".");
  let bases = [root];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (!hasWildcard(seg)) {
      bases = bases.map((b) => (b === "" ? seg : path.join(b, seg)));
      continue;
    }
    const match = segmentMatcher(seg, style.ignoreCase);
    const next: string[] = [];
    for (const base of bases) {
      let entries;
      try {
        entries = await readdir(base === "" ? "." : base, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.name.startsWith(".") && !seg.startsWith(".")) continue;
        if (!match.test(e.name.normalize("NFC"))) continue;
        if (!last && !e.isDirectory() && !e.isSymbolicLink()) continue;
        next.push(base === "" ? e.name : path.join(base, e.name));
      }
    }
    bases = next;
  }
  const found: string[] = [];
  for (const p of bases) if (await stat(p).then(() => true, () => false)) found.push(p);
  return [...new Set(found)].sort((a, b) => a.localeCompare(b, "vi"));
}

/**
 * File arguments as the user meant them: an argument that exists is kept as typed (a file may really be named
 * "a[1].xlsx"); one with a wildcard is replaced by what it matches; a pattern matching nothing is a usage error
 * naming it, so a mistyped pattern never turns into "0 files" silently. Other arguments pass through for the
 * command to report.
 * @example await expandFileArgs(["truong\\*.xlsx"]) → ["truong/Trường A.xlsx", "truong/Trường B.xlsx"] (on Windows)
 */
export async function expandFileArgs(args: string[], style: GlobStyle = globStyle()): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (!hasWildcard(a) || (await stat(a).then(() => true, () => false))) {
      out.push(a);
      continue;
    }
    const found = await expandPattern(a, style);
    if (found.length === 0) throw new CliError(`không có tệp nào khớp với mẫu "${a}"`, `no file matches the pattern "${a}"`);
    out.push(...found);
  }
  return out;
}
