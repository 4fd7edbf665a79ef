// Failures as users read them: one line per system error naming the file and what to do, exit 2 for the user's problems and 3 for bugs.
import { version } from "../package.json";
import { describe, expect, it } from "vitest";
import { CliError, EXIT, failure, fileError, langOf, say, terminalSafe } from "./errors";

const sys = (code: string, syscall = "open", path = "/truong/a.xlsx") => Object.assign(new Error(`${code}: raw`), { code, syscall, path });

describe("fileError and failure", () => {
  // [code, syscall, words the Vietnamese line holds, words the English line holds]
  it.each([
    ["ENOENT", "open", "không tìm thấy tệp /truong/a.xlsx", "file not found"],
    ["EACCES", "open", "không có quyền đọc /truong/a.xlsx", "no permission to read"],
    ["EACCES", "rename", "không có quyền ghi /truong/a.xlsx; chọn thư mục khác bằng -o", "no permission to write"],
    ["EBUSY", "rename", "đóng tệp trong Excel rồi chạy lại", "close it in Excel"],
    ["ENOSPC", "write", "ổ đĩa đầy, không ghi được /truong/a.xlsx", "disk full"],
    ["EDQUOT", "write", "ổ đĩa đầy", "disk full"],
    ["EROFS", "open", "ổ đĩa chỉ đọc", "read-only drive"],
    ["ENAMETOOLONG", "open", "quá dài", "too long"],
    ["EISDIR", "open", "là thư mục, không phải tệp", "is a folder"],
    ["ENOTDIR", "open", "không phải thư mục", "not a folder"],
    ["ELOOP", "open", "liên kết vòng", "loops"],
    ["EMFILE", "open", "quá nhiều tệp đang mở", "too many open files"],
    ["EIO", "read", "lỗi ổ đĩa khi đọc", "disk error while reading"],
    ["EXDEV", "rename", "lỗi hệ thống EXDEV khi ghi", "system error EXDEV while writing"],
  ])("%s from %s: one line, exit 2", (code, syscall, vi, en) => {
    const f = failure(sys(code, syscall), "check");
    expect(f.code).toBe(EXIT.usage);
    expect(f.line).toContain(vi);
    expect(f.line).not.toContain(en);
    expect(f.line).not.toMatch(/raw|\n/);
    const english = failure(sys(code, syscall), "check", "en").line;
    expect(english).toContain(en);
    expect(english).not.toContain(vi);
  });

  it("leaves other errors to the caller and keeps the system error behind the message", () => {
    const t = new TypeError("x");
    expect(fileError(t, "a", "read")).toBe(t);
    const e = fileError(sys("ENOSPC"), "kq.xlsx", "write") as CliError;
    expect(e).toBeInstanceOf(CliError);
    expect((e.cause as { code: string }).code).toBe("ENOSPC");
  });

  it("calls anything else a bug: exit 3, please report, the first line of the message, no stack", () => {
    const f = failure(new RangeError("16385 is out of bounds\n    at Object.<anonymous>"), "check");
    expect(f.code).toBe(EXIT.internal);
    expect(f.line).toBe(
      `chitieu check: lỗi nội bộ (RangeError: 16385 is out of bounds) — không phải lỗi của tệp của bạn; xin gửi dòng này cho người hỗ trợ chitieu (chitieu ${version}, Node ${process.versions.node}, ${process.platform})`,
    );
  });

  it("prints a CliError as it is, and its exit code", () => {
    expect(failure(new CliError("thiếu --plan", "missing --plan"), "consolidate")).toEqual({ line: "chitieu consolidate: thiếu --plan", code: 2 });
    expect(failure(new CliError("a", "b", 7), "x").code).toBe(7);
  });
});

describe("terminal and language", () => {
  it.each([
    ["\u001b[2J\u001b[31mĐỎ", "�[2J�[31mĐỎ"],
    ["a\rb\u0007", "a�b�"],
    ["dòng 1\ndòng 2", "dòng 1�dòng 2"],
    ["Trường MN Cát Bi", "Trường MN Cát Bi"],
  ])("shows control characters of %j as �", (s, out) => expect(terminalSafe(s)).toBe(out));

  it("keeps newlines and tabs when asked", () => expect(terminalSafe("a\nb\tc\u001b", true)).toBe("a\nb\tc�"));

  it.each([
    [["a.xlsx", "--lang", "en"], "en"],
    [["--lang=en", "a.xlsx"], "en"],
    [["--lang", "vi"], "vi"],
    [["--lang", "fr"], undefined],
    [["a.xlsx"], undefined],
  ])("reads --lang from %j", (argv, lang) => expect(langOf(argv)).toBe(lang));

  it("says a message in one language: Vietnamese, or English with --lang en", () => {
    expect(say({ vi: "Đã ghi", en: "Written" })).toBe("Đã ghi");
    expect(say({ vi: "Đã ghi", en: "Written" }, "en")).toBe("Written");
  });
});
