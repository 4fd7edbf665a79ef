// Tests for the LibreOffice helper: CSV reading, clear errors, and that recalculation really happens.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert, libreOfficeAvailable, parseCsv, recalculate, recalculateToCsv } from "./libreoffice";
import { gridSheet, writeBook } from "./xlsx";

describe("parseCsv", () => {
  it.each<[string, string, string[][]]>([
    ["plain fields", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["quoted commas and doubled quotes", 'x,"a, ""b"""\n', [["x", 'a, "b"']]],
    ["a newline inside quotes", '"line 1\nline 2",z\n', [["line 1\nline 2", "z"]]],
    ["CRLF line ends and empty fields", "a,,c\r\n,,\r\n", [["a", "", "c"], ["", "", ""]]],
    ["no final newline", "Đạt,Gần đạt", [["Đạt", "Gần đạt"]]],
  ])("reads %s", (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe.skipIf(!libreOfficeAvailable())("LibreOffice helper", () => {
  it("says which file is missing", async () => {
    await expect(convert("/nonexistent/book.xlsx", "pdf")).rejects.toThrow(/input file not found: \/nonexistent\/book.xlsx/);
  });

  it("stops LibreOffice and says so when the time limit passes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lo-test-"));
    const file = join(dir, "t.csv");
    await writeFile(file, "1,2\n");
    await expect(convert(file, "pdf", { timeoutMs: 1 })).rejects.toThrow(/timed out after 1 ms/);
  });

  it("recalculates formulas whose cached results are wrong, in both read-back forms", async () => {
    const book = [
      gridSheet("S", [
        [5, { formula: 'IF(A1>=3,"Đạt","Chưa đạt")', result: "stale" }, { formula: "A1*2", result: 999 }],
        [{ error: "#N/A" }, { formula: 'IF(ISNA(A2),"không có","có")' }],
      ]),
    ];
    const viaXlsx = (await recalculate(book)).workbook;
    expect(viaXlsx.value("S", "B1")).toBe("Đạt");
    expect(viaXlsx.value("S", "C1")).toBe(10);
    expect(viaXlsx.value("S", "B2")).toBe("không có");
    const viaCsv = await recalculateToCsv(book);
    expect(viaCsv.sheets.get("S")).toEqual([["5", "Đạt", "10"], ["#N/A", "không có", ""]]);
    expect([...viaCsv.sheets.keys()]).toEqual(["S"]);
  });

  it("leaves an input file's bytes as they were", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lo-test-"));
    const file = join(dir, "input.xlsx");
    writeBook(file, [gridSheet("S", [[{ formula: "2*3", result: 0 }]])]);
    const before = await readFile(file);
    const { sheets } = await recalculateToCsv(file);
    expect(sheets.get("S")).toEqual([["6"]]);
    expect((await readFile(file)).equals(before)).toBe(true);
  });
});
