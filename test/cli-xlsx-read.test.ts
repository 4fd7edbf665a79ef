// Reading .xlsx into SheetData: values of every kind, formats, merges, hidden rows and columns, notes, validations, the tool's mark, and one-line refusals of bad and hostile files.
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../cli/errors";
import { writeZipFile } from "../cli/xlsx/ooxml/zip";
import { openWorkbook, readSheets, sniff } from "../cli/xlsx/read";
import { isBlankSheet } from "../core/session/choose";
import type { SheetData } from "../core/sheet/model";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";
import { gridSheet, writeBook } from "./helpers/xlsx";
import { ods } from "./hostile/build";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-read-"));
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A package assembled part by part: one worksheet (its XML given), optional shared strings, styles, comments and
 * workbook extras. For reader cases a writer would not produce (rich text, phonetic runs, prefixes, 1904 dates).
 */
function rawBook(name: string, p: { sheet: string; strings?: string[]; styles?: string; comments?: string; workbookPr?: string; definedNames?: string; raw?: Record<string, Buffer | string> }): string {
  const path = join(dir, name);
  const sst = p.strings ? `<sst xmlns="${MAIN}" count="${p.strings.length}" uniqueCount="${p.strings.length}">${p.strings.join("")}</sst>` : null;
  writeZipFile(path, (w) => {
    w.add(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    );
    w.add("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    w.add("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${R}">${p.workbookPr ?? ""}<sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets>${p.definedNames ?? ""}</workbook>`);
    w.add(
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>${sst ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${p.styles ? `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/>` : ""}</Relationships>`,
    );
    w.add("xl/worksheets/sheet1.xml", p.sheet);
    if (sst) w.add("xl/sharedStrings.xml", sst);
    if (p.styles) w.add("xl/styles.xml", p.styles);
    if (p.comments) {
      w.add("xl/worksheets/_rels/sheet1.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`);
      w.add("xl/comments1.xml", p.comments);
    }
    for (const [k, v] of Object.entries(p.raw ?? {})) w.add(k, v);
  });
  return path;
}

const sheetXml = (data: string, tail = "", head = "") => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${R}">${head}<sheetData>${data}</sheetData>${tail}</worksheet>`;
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>`;

async function read(path: string): Promise<SheetData> {
  return readSheets(await openWorkbook(path))[0];
}

describe("sniff", () => {
  const cfb = (name: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(name, "utf16le")]);
  it.each([
    ["a zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), "zip"],
    ["an .ods (its stored mimetype entry first)", ods(), "ods"],
    ["an encrypted xlsx", cfb("EncryptedPackage"), "encrypted"],
    ["a legacy xls", cfb("Workbook"), "xls"],
    ["a CSV", Buffer.from("STT,Nội dung\n1,a"), "other"],
    ["nothing", Buffer.alloc(0), "empty"],
  ])("tells %s by its first bytes", (_n, head, want) => {
    expect(sniff(head)).toBe(want);
  });
});

describe("a workbook this tool writes reads back as written", () => {
  it("keeps text, numbers with formats, dates, booleans, errors, formulas with results and merges", async () => {
    const p = join(dir, "own.xlsx");
    writeBook(p, [
      gridSheet(
        "Chỉ tiêu",
        [
          ["BÁO CÁO"],
          ["Thực hiện", { value: 0.857, format: "0.0%" }, new Date(Date.UTC(2025, 5, 30)), { formula: "B2*2", result: 1.714 }, true],
          ["=1+1 là chữ", { error: "#N/A" }, "  khoảng trắng  ", "_x000D_ giữ nguyên"],
        ],
        { merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
      ),
    ]);
    const s = await read(p);
    expect(s.values[0][0]).toBe("BÁO CÁO");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.values[1].slice(0, 5)).toEqual(["Thực hiện", 0.857, new Date(Date.UTC(2025, 5, 30)), 1.714, true]);
    expect(s.formats?.[1][1]).toBe("0.0%");
    expect(s.formulas?.[1][3]).toBe("=B2*2");
    expect(s.values[2]).toEqual(["=1+1 là chữ", { error: "#N/A" }, "  khoảng trắng  ", "_x000D_ giữ nguyên"]);
    expect(s.formulas?.[2][0]).toBeUndefined();
  });

  it("says an empty sheet is empty", async () => {
    const p = join(dir, "empty.xlsx");
    writeBook(p, [gridSheet("Trống", [])]);
    expect(isBlankSheet(await read(p))).toBe(true);
  });
});

describe("parts as other programs write them", () => {
  const cases: Array<[string, Parameters<typeof rawBook>[1], (s: SheetData) => void]> = [
    [
      "rich text runs joined, phonetic runs left out",
      { sheet: sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), strings: [`<si><r><t>Tỷ lệ </t></r><r><rPr><b/></rPr><t>trẻ</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`] },
      (s) => expect(s.values[0][0]).toBe("Tỷ lệ trẻ"),
    ],
    [
      "inline strings and formula strings, with _xHHHH_ escapes and entities",
      { sheet: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b &amp; &lt;c&gt;</t></is></c><c r="B1" t="str"><f>"Đạt"</f><v>Đạt</v></c></row>`) },
      (s) => {
        expect(s.values[0]).toEqual(["a\rb & <c>", "Đạt"]);
        expect(s.formulas?.[0][1]).toBe('="Đạt"');
      },
    ],
    [
      "shared formulas expanded per cell",
      { sheet: sheetXml(`<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*$B$1</f><v>1</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>2</v></c></row><row r="3"><c r="C3"><f t="shared" si="0"/><v>3</v></c></row>`) },
      (s) => expect(s.formulas?.map((r) => r[2])).toEqual(["=A1*$B$1", "=A2*$B$1", "=A3*$B$1"]),
    ],
    [
      "a prefixed namespace (x:row, x:c), cells without addresses, a number typed as text",
      { sheet: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>STT</x:t></x:is></x:c><x:c><x:v>7910</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>7.910</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>` },
      (s) => expect(s.values).toEqual([["STT", 7910], ["7.910"]]),
    ],
    [
      "number formats by style, dates by format and in the 1904 system, ISO date cells",
      { sheet: sheetXml(`<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0</v></c><c r="C1" s="3"><v>1.5</v></c><c r="D1" t="d"><v>2025-06-30</v></c><c r="E1" s="1"/></row>`), styles: STYLES, workbookPr: `<workbookPr date1904="1"/>` },
      (s) => {
        expect(s.values[0].slice(0, 4)).toEqual([0.5, new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(1904, 0, 2, 12)), new Date(Date.UTC(2025, 5, 30))]);
        expect(s.formats?.[0][0]).toBe("0.0%");
        expect(s.formats?.[0][4]).toBe("0.0%");
        expect(s.values[0][4]).toBeUndefined();
      },
    ],
    [
      "hidden rows and columns, validations and merges over whole columns clipped to the rows that hold data",
      {
        sheet: sheetXml(
          `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`,
          `<mergeCells count="2"><mergeCell ref="A1:XFD1"/><mergeCell ref="A5:B6"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="C:C E1:E2"><formula1>"Đạt,Chưa đạt"</formula1></dataValidation></dataValidations>`,
          `<cols><col min="2" max="3" width="0" hidden="1"/></cols>`,
        ),
      },
      (s) => {
        expect(s.hiddenRows).toEqual([1]);
        expect(s.hiddenColumns).toEqual([1, 2]);
        expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 16383 }]);
        expect(s.validations).toEqual([{ top: 0, left: 2, bottom: 2, right: 2 }, { top: 0, left: 4, bottom: 1, right: 4 }]);
      },
    ],
    [
      "notes with their whole text, and the tool's own mark",
      {
        sheet: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="H9"><v>1</v></c></row>`),
        comments: `<comments xmlns="${MAIN}"><authors><author>Lan</author></authors><commentList><comment ref="G7" authorId="0"><text><r><t>Lan:</t></r><r><t xml:space="preserve">
số liệu tạm</t></r></text></comment></commentList></comments>`,
        definedNames: `<definedNames><definedName name="ChiTieu_Owned" localSheetId="0" hidden="1">'Chỉ tiêu'!$H$5:$I$9,'Chỉ tiêu'!$H$3</definedName><definedName name="ChiTieu_Owned">'Khác'!$A$1</definedName></definedNames>`,
      },
      (s) => {
        expect(s.notes).toEqual([{ row: 6, col: 6, text: "Lan:\nsố liệu tạm" }]);
        expect(s.owned).toEqual([{ top: 4, left: 7, bottom: 8, right: 8 }, { top: 2, left: 7, bottom: 2, right: 7 }]);
      },
    ],
  ];
  it.each(cases)("reads %s", async (name, parts, check) => {
    check(await read(rawBook(`${name.replace(/\W+/g, "-").slice(0, 40)}.xlsx`, parts)));
  });
});

describe("bad and hostile files give one bilingual line naming the file, fast", () => {
  const zipOf = (entries: Record<string, Buffer | string>) => {
    const p = join(dir, `z-${Object.keys(entries).length}-${Math.random().toString(36).slice(2)}.xlsx`);
    writeZipFile(p, (w) => Object.entries(entries).forEach(([k, v]) => w.add(k, v)));
    return p;
  };
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ["a missing file", async () => join(dir, "khong-co.xlsx"), /không tìm thấy tệp .*khong-co\.xlsx \/ file not found/],
    ["a folder", async () => dir, /là thư mục, không phải tệp \.xlsx/],
    ["a corrupt zip", async () => {
      const p = join(dir, "hong.xlsx");
      await writeFile(p, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
      return p;
    }, /hong\.xlsx bị hỏng.* \/ hong\.xlsx is corrupt/],
    ["a legacy .xls", async () => {
      const p = join(dir, "cu.xlsx");
      await writeFile(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]));
      return p;
    }, /cu\.xlsx là tệp Excel cũ \(\.xls\).*soffice --headless --convert-to xlsx/],
    ["an encrypted workbook", async () => {
      const p = join(dir, "mat-khau.xlsx");
      await writeFile(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]));
      return p;
    }, /mat-khau\.xlsx được đặt mật khẩu.*password-protected/],
    ["a CSV renamed .xlsx", async () => {
      const p = join(dir, "csv.xlsx");
      await writeFile(p, "STT,Nội dung\n1,a\n");
      return p;
    }, /csv\.xlsx không phải tệp \.xlsx/],
    ["a zip with no workbook in it", async () => zipOf({ "a.txt": "x" }), /z-.*\.xlsx bị hỏng/],
    ["a sheet with a DOCTYPE (entity expansion)", async () => rawBook("dtd.xlsx", { sheet: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }), /dtd\.xlsx bị hỏng/],
    ["a shared-string index past the table", async () => rawBook("sst.xlsx", { sheet: sheetXml(`<row r="1"><c r="A1" t="s"><v>16385</v></c></row>`), strings: ["<si><t>a</t></si>"] }), /sst\.xlsx bị hỏng/],
    ["a zip bomb (a part 1,000× its compressed size)", async () => {
      const bomb = join(dir, "bom2.xlsx");
      // Replace the sheet with 64 MiB of spaces inside the XML: tiny compressed, huge inflated.
      writeZipFile(bomb, (w) => {
        w.add("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
        w.add("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
        w.add("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
        w.add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
        const s = w.begin("xl/worksheets/sheet1.xml");
        s.write(`<worksheet xmlns="${MAIN}"><sheetData>`);
        const spaces = Buffer.alloc(1024 * 1024, 32);
        for (let i = 0; i < 64; i++) s.write(spaces);
        s.write("</sheetData></worksheet>");
        s.end();
      });
      return bomb;
    }, /bom2\.xlsx có phần nén bất thường .*would inflate to \d+× its compressed size/],
    ["a shared-string table declaring ten million strings", async () => {
      const q = join(dir, "nhieu2.xlsx");
      writeZipFile(q, (w) => {
        w.add("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
        w.add("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
        w.add("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
        w.add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
        w.add("xl/worksheets/sheet1.xml", sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`));
        w.add("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" uniqueCount="10000000"><si><t>a</t></si></sst>`);
      });
      return q;
    }, /nhieu2\.xlsx quá lớn \(bảng chuỗi có 10\.000\.000 chuỗi\)/],
  ];
  it.each(cases)("refuses %s", async (_n, make, message) => {
    const p = await make();
    const t0 = performance.now();
    const err = await openWorkbook(p).then((b) => readSheets(b), (e: unknown) => e).then((x) => (x instanceof Error ? x : null), (e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toMatch(message);
    expect((err as CliError).message).not.toContain("\n");
    // Refusals come from bounds checked before building anything, so they are quick even for bombs.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it.skipIf(process.platform === "win32")("refuses a FIFO named .xlsx without waiting for a writer", async () => {
    const p = join(dir, "ong.xlsx");
    execFileSync("mkfifo", [p]);
    const err = await openWorkbook(p).then(() => null, (e: unknown) => e);
    expect((err as CliError).message).toMatch(/ong\.xlsx không phải tệp thường .*FIFO/);
  });

  it("reads a 2 KB workbook with one merged range over the whole sheet at once, the merge clipped to its rows", async () => {
    const p = rawBook("gop.xlsx", { sheet: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>`, `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`) });
    const s = await read(p);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 16383 }]);
  });

  it("lists the sheet names when --sheet names none of them", async () => {
    const p = join(dir, "names.xlsx");
    writeBook(p, [gridSheet("Chỉ tiêu", [[1]])]);
    const opened = await openWorkbook(p);
    expect(() => readSheets(opened, "Tổng hợp")).toThrow(/không có trang tính "Tổng hợp"; các trang có: "Chỉ tiêu"/);
  });
});

describe.skipIf(!libreOfficeAvailable())("a workbook LibreOffice wrote", () => {
  it("reads the same values as the workbook it was made from", async () => {
    const src = join(dir, "goc.xlsx");
    writeBook(src, [gridSheet("Chỉ tiêu", [["STT", "Nội dung chỉ tiêu", "Thực hiện"], [1, "Tỷ lệ trẻ được kiểm tra sức khỏe", { value: 0.957, format: "0.0%" }], [2, "Ngày hoàn thành", { value: new Date(Date.UTC(2025, 4, 20)), format: "dd/mm/yyyy" }]])]);
    const ods = await convert(src, "ods", { outDir: join(dir, "lo1") });
    const back = await convert(ods.output, "xlsx", { outDir: join(dir, "lo2") });
    const a = await read(src);
    const b = await read(back.output);
    expect(b.values).toEqual(a.values);
    expect(b.formats?.[1][2]).toMatch(/0\.0%/);
  });
});

describe("the zip writer", () => {
  it("writes big parts in sync-flushed pieces that inflate back to the same bytes", async () => {
    const p = join(dir, "big.zip");
    const text = "Trường mầm non Cát Bi đạt chuẩn quốc gia mức độ 2; ".repeat(100_000);
    writeZipFile(p, (w) => {
      const s = w.begin("a.txt");
      for (let i = 0; i < text.length; i += 100_003) s.write(text.slice(i, i + 100_003));
      s.end();
    });
    const { ZipReader } = await import("../cli/xlsx/ooxml/zip");
    const { readFileSync } = await import("node:fs");
    expect(new ZipReader(readFileSync(p)).text("a.txt")).toBe(text);
    expect(deflateRawSync(Buffer.from("x")).length).toBeGreaterThan(0);
  });
});
