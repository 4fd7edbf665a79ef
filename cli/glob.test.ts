// File-argument wildcards: Windows and POSIX pattern styles over real folders whose names hold diacritics and spaces.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandFileArgs, expandPattern, globStyle, segmentMatcher } from "./glob";
import { CliError } from "./errors";

const FILES = [
  "Trường MN Cát Bi.xlsx",
  "Trường MN Thành Tô.xlsx",
  "Trường TH Đằng Lâm.XLSX",
  "~$Trường MN Cát Bi.xlsx",
  ".an.xlsx",
  "ghi chú.txt",
  "a[1].xlsx",
  "quận 2/Trường MN Hoa Sen.xlsx",
  "quận 2/bao cao.xlsx",
  "quận 3/Trường MN Sao Mai.xlsx",
];

let root = "";
let cwd = "";
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "chitieu glob thư mục "));
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "x");
  }
  cwd = process.cwd();
  process.chdir(root);
});
afterAll(() => process.chdir(cwd));

const names = (ps: string[]) => ps.map((p) => p.split(path.sep).join("/"));

describe("segmentMatcher", () => {
  it.each([
    ["*.xlsx", "Trường MN Cát Bi.xlsx", false, true],
    ["Trường*", "Trường MN Cát Bi.xlsx", false, true],
    ["Trường*", "Trường MN".normalize("NFD"), false, true],
    ["*.xlsx", "Trường TH Đằng Lâm.XLSX", false, false],
    ["*.xlsx", "Trường TH Đằng Lâm.XLSX", true, true],
    ["a?.xlsx", "ab.xlsx", false, true],
    ["[ab].xlsx", "b.xlsx", false, true],
    ["[!ab].xlsx", "b.xlsx", false, false],
    ["a.b", "axb", false, false],
    ["(x)+*", "(x)+y", false, true],
  ])("%s against %s (ignore case %s) → %s", (pattern, name, ignoreCase, expected) => {
    expect(segmentMatcher(pattern, ignoreCase).test(name.normalize("NFC"))).toBe(expected);
  });
});

describe("expandPattern", () => {
  it.each([
    ["win32", "*.xlsx", ["a[1].xlsx", "Trường MN Cát Bi.xlsx", "Trường MN Thành Tô.xlsx", "Trường TH Đằng Lâm.XLSX", "~$Trường MN Cát Bi.xlsx"]],
    ["linux", "*.xlsx", ["a[1].xlsx", "Trường MN Cát Bi.xlsx", "Trường MN Thành Tô.xlsx", "~$Trường MN Cát Bi.xlsx"]],
    ["win32", "quận 2\\*.xlsx", ["quận 2/bao cao.xlsx", "quận 2/Trường MN Hoa Sen.xlsx"]],
    ["win32", "quận ?\\Trường*.xlsx", ["quận 2/Trường MN Hoa Sen.xlsx", "quận 3/Trường MN Sao Mai.xlsx"]],
    ["linux", "quận */Trường*.xlsx", ["quận 2/Trường MN Hoa Sen.xlsx", "quận 3/Trường MN Sao Mai.xlsx"]],
    ["linux", "quận 2\\*.xlsx", []],
    ["linux", ".*.xlsx", [".an.xlsx"]],
    ["linux", "*.pdf", []],
  ] as const)("%s: %s", async (platform, pattern, expected) => {
    const found = names(await expandPattern(pattern, globStyle(platform)));
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it("expands an absolute pattern", async () => {
    const found = await expandPattern(path.join(root, "quận 3", "*.xlsx"), globStyle("linux"));
    expect(found).toEqual([path.join(root, "quận 3", "Trường MN Sao Mai.xlsx")]);
  });
});

describe("expandFileArgs", () => {
  it("keeps an existing file whose name looks like a pattern, and a folder, as typed", async () => {
    expect(await expandFileArgs(["a[1].xlsx", "quận 2"], globStyle("linux"))).toEqual(["a[1].xlsx", "quận 2"]);
  });

  it("expands a Windows pattern in place, between plain arguments", async () => {
    const out = await expandFileArgs(["ghi chú.txt", "quận 3\\*.xlsx", "missing.xlsx"], globStyle("win32"));
    expect(names(out)).toEqual(["ghi chú.txt", "quận 3/Trường MN Sao Mai.xlsx", "missing.xlsx"]);
  });

  it("refuses a pattern that matches nothing, naming it", async () => {
    const err = await expandFileArgs(["truong\\*.xlsx"], globStyle("win32")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).vi).toContain('"truong\\*.xlsx"');
  });
});
