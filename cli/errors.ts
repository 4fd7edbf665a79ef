// The CLI's one failure type and the one place failures become what users read: a single line in one language (Vietnamese, English with --lang en) and an exit code.
import type { Bilingual, Lang } from "../core/types";
import { version } from "../package.json";

/**
 * Exit codes: 0 done, 1 shortfalls found (only with --fail-on-shortfall), 2 bad usage or input the user can fix
 * (unreadable file, no permission, disk full), 3 an internal error — a bug to report, 4 a check that judged fewer than
 * half of the rows with figures it saw (`chitieu check`: the output is written, its summary starts with what was not judged).
 */
export const EXIT = { ok: 0, shortfall: 1, usage: 2, internal: 3, incomplete: 4 } as const;

export class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly code: number = EXIT.usage,
    /** The system error behind it, so an outer writer can say it again naming its own file instead of a temporary one. */
    override readonly cause?: unknown,
  ) {
    super(`${vi} / ${en}`);
  }
}

/** A Node system error: what `fs` throws (EACCES, ENOSPC, …), with the path and the call when known. */
type SystemError = Error & { code: string; path?: string; dest?: string; syscall?: string };

function isSystemError(e: unknown): e is SystemError {
  return e instanceof Error && typeof (e as SystemError).code === "string" && /^E[A-Z0-9]+$/.test((e as SystemError).code);
}

/** Calls that change the disk: a failure there is a failure to write. */
const WRITING = new Set(["write", "rename", "link", "unlink", "mkdir", "rmdir", "copyfile", "symlink", "chmod", "utime", "ftruncate", "fsync", "close"]);

/**
 * What each system error means to a clerk and what to do about it, for a file being read or written.
 * Windows reports a file held open by Excel as EBUSY or EPERM; elsewhere EPERM is a permission refusal.
 */
function systemMessage(code: string, file: string, writing: boolean): Bilingual {
  const name = file === "" ? "" : ` ${file}`;
  const windowsLocked = process.platform === "win32" && code === "EPERM";
  switch (code) {
    case "ENOENT":
      return writing
        ? { vi: `không có thư mục để ghi${name}; kiểm tra đường dẫn`, en: `no folder to write${name} into; check the path` }
        : { vi: `không tìm thấy tệp${name}; kiểm tra tên và đường dẫn`, en: `file not found:${name}; check the name and path` };
    case "EBUSY":
    case "ETXTBSY":
      return { vi: `tệp${name} đang được chương trình khác dùng; đóng tệp trong Excel rồi chạy lại`, en: `${file || "the file"} is in use by another program; close it in Excel and run again` };
    case "EACCES":
    case "EPERM":
      if (windowsLocked) return { vi: `tệp${name} đang mở hoặc bị khóa; đóng tệp trong Excel rồi chạy lại`, en: `${file || "the file"} is open or locked; close it in Excel and run again` };
      return writing
        ? { vi: `không có quyền ghi${name}; chọn thư mục khác bằng -o hoặc xin quyền ghi`, en: `no permission to write${name}; choose another folder with -o or ask for write access` }
        : { vi: `không có quyền đọc${name}; xin quyền đọc hoặc chép tệp sang thư mục của bạn`, en: `no permission to read${name}; ask for read access or copy the file to your own folder` };
    case "EROFS":
      return { vi: `ổ đĩa chỉ đọc, không ghi được${name}; chọn thư mục khác bằng -o`, en: `read-only drive, cannot write${name}; choose another folder with -o` };
    case "ENOSPC":
    case "EDQUOT":
      return { vi: `ổ đĩa đầy, không ghi được${name}; giải phóng chỗ trống hoặc chọn ổ khác bằng -o`, en: `disk full, cannot write${name}; free some space or choose another drive with -o` };
    case "ENAMETOOLONG":
      return { vi: `tên hoặc đường dẫn quá dài${name ? ` (${[...file].length} ký tự)` : ""}; đặt tên ngắn hơn hoặc dùng thư mục gần gốc ổ đĩa`, en: `name or path too long${name ? ` (${[...file].length} characters)` : ""}; use a shorter name or a folder nearer the drive's root` };
    case "EISDIR":
      return { vi: `${file || "đường dẫn"} là thư mục, không phải tệp; cho tên tệp`, en: `${file || "the path"} is a folder, not a file; give a file name` };
    case "ENOTDIR":
      return { vi: `một phần của đường dẫn${name} không phải thư mục; kiểm tra đường dẫn`, en: `part of the path${name} is not a folder; check the path` };
    case "ELOOP":
      return { vi: `đường dẫn${name} là liên kết vòng; kiểm tra liên kết`, en: `the path${name} loops through links; check the links` };
    case "EMFILE":
    case "ENFILE":
      return { vi: "quá nhiều tệp đang mở; đóng bớt chương trình rồi chạy lại", en: "too many open files; close some programs and run again" };
    case "EIO":
      return { vi: `lỗi ổ đĩa khi ${writing ? "ghi" : "đọc"}${name}; kiểm tra ổ đĩa hoặc chép tệp sang ổ khác`, en: `disk error while ${writing ? "writing" : "reading"}${name}; check the drive or copy the file elsewhere` };
    default:
      return { vi: `lỗi hệ thống ${code} khi ${writing ? "ghi" : "đọc"}${name}`, en: `system error ${code} while ${writing ? "writing" : "reading"}${name}` };
  }
}

/**
 * A system error from reading or writing `file` as one CliError (exit 2); anything else is returned as is.
 * @example fileError(Object.assign(new Error("x"), { code: "ENOSPC" }), "out/a.xlsx", "write").vi → "ổ đĩa đầy, không ghi được out/a.xlsx; …"
 */
export function fileError(e: unknown, file: string, action: "read" | "write"): unknown {
  if (e instanceof CliError || !isSystemError(e)) return e;
  const m = systemMessage(e.code, file, action === "write");
  return new CliError(m.vi, m.en, EXIT.usage, e);
}

/**
 * Text safe to print on a terminal: control characters (ANSI escapes, bells, carriage returns that overwrite the
 * line) shown as "�", so a file name or plan text cannot recolour, move or clear the user's screen. With
 * `keepNewlines`, line breaks and tabs of a multi-line printout stay.
 * @example terminalSafe("a\u001b[2Jb") → "a�[2Jb"
 */
export function terminalSafe(s: string, keepNewlines = false): string {
  return s.replace(keepNewlines ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g, "\ufffd");
}

/**
 * A message as printed: in Vietnamese, or in English with --lang en (never both: a clerk reads one language); safe
 * for the terminal.
 * @example say({ vi: "Đã ghi", en: "Written" }) → "Đã ghi" · say({ vi: "Đã ghi", en: "Written" }, "en") → "Written"
 */
export function say(m: Bilingual, lang: Lang = "vi"): string {
  return terminalSafe(m[lang]);
}

/**
 * Prints a command's help in the language its command line asks for (`chitieu check --help --lang en`).
 * @example printHelp({ vi: "Cách dùng: …", en: "Usage: …" }, ["--help"]) → writes "Cách dùng: …" to stdout
 */
export function printHelp(help: Bilingual, argv: string[]): void {
  process.stdout.write(`${help[langOf(argv) ?? "vi"]}\n`);
}

/** The first line of a message, without the stack, at most 300 characters. */
function oneLine(s: string): string {
  const first = s.split("\n")[0].trim();
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}

/**
 * The --lang a command line asks for ("--lang en" or "--lang=en"), or undefined; read here so a failure before
 * the command parsed its options still speaks the user's language.
 * @example langOf(["a.xlsx", "--lang", "en"]) → "en"
 */
export function langOf(argv: string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--lang" && (argv[i + 1] === "en" || argv[i + 1] === "vi")) return argv[i + 1] as Lang;
    if (a === "--lang=en" || a === "--lang=vi") return a.slice(7) as Lang;
  }
  return undefined;
}

/**
 * What a failed command prints (one line) and the exit code it ends with: a CliError as it is; a system error
 * (EACCES, ENOSPC, EBUSY, ENAMETOOLONG …) that escaped, translated, naming its file (exit 2); anything else is
 * a bug: "please report" with its first line (exit 3), the stack only with CHITIEU_DEBUG=1.
 * @example failure(new CliError("thiếu --plan", "missing --plan"), "consolidate") → { line: "chitieu consolidate: thiếu --plan", code: 2 }
 */
export function failure(e: unknown, command: string, lang?: Lang): { line: string; code: number } {
  let err = e;
  if (isSystemError(err)) {
    err = fileError(err, err.dest ?? err.path ?? "", WRITING.has(err.syscall ?? "") ? "write" : "read");
  }
  let msg: Bilingual;
  let code: number;
  if (err instanceof CliError) {
    msg = { vi: err.vi, en: err.en };
    code = err.code;
  } else {
    const raw = oneLine(err instanceof Error ? `${err.name === "Error" ? "" : `${err.name}: `}${err.message}` : String(err));
    // The version and platform are in the line, so a pasted line is enough to start looking.
    const where = `chitieu ${version}, Node ${process.versions.node}, ${process.platform}`;
    msg = {
      vi: `lỗi nội bộ (${raw}) — không phải lỗi của tệp của bạn; xin gửi dòng này cho người hỗ trợ chitieu (${where})`,
      en: `internal error (${raw}) — not a problem with your files; please report this line to whoever supports chitieu for you (${where})`,
    };
    code = EXIT.internal;
  }
  return { line: `chitieu ${terminalSafe(command)}: ${say(msg, lang)}`, code };
}
