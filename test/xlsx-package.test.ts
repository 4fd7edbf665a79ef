// The .xlsx package layer end to end: UTF-8 across chunk edges, references, styles, and patched outputs that keep every untouched part byte for byte, the user's notes, and Excel's structure rules.
import { mkdtemp } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundledPlan } from "../core/plan/bundled";
import { checkFile } from "../cli/xlsx/check";
import { patchFromEdits } from "../cli/xlsx/write";
import { checkSheet } from "../core/sheet/check";
import { planStatusColumn } from "../core/sheet/status";
import { XlsxBook, OWNED_NAME } from "../cli/xlsx/ooxml/book";
import { relativeKey, shiftFormula, sqrefRanges } from "../cli/xlsx/ooxml/refs";
import { StyleBook } from "../cli/xlsx/ooxml/styles";
import { movedDownOne, planShared } from "../cli/xlsx/ooxml/sheet-xml";
import { listGrid, matrixGrid } from "../bench/grids";
import { WorkbookWriter } from "../cli/xlsx/ooxml/writer";
import { XmlReader, findAll, xmlTree } from "../cli/xlsx/ooxml/xml";
import { writeZipFile, ZipReader } from "../cli/xlsx/ooxml/zip";
import { LIMITS, openWorkbook, readSheets } from "../cli/xlsx/read";
import { listSample } from "../cli/xlsx/sample";
import { convert, libreOfficeAvailable, recalculateToCsv } from "./helpers/libreoffice";
import { gridSheet, TestBook, validatePackage, writeBook } from "./helpers/xlsx";

const PLAN = "hai-an-2024-2025";
const LO = libreOfficeAvailable();
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-pkg-"));
});

describe("XmlReader", () => {
  const xml = `<?xml version="1.0"?><sst><si><t>Trường mầm non Đằng Hải đạt chuẩn quốc gia mức độ 2 &amp; kiểm định 💯</t></si><si><t xml:space="preserve"> Tỷ lệ &lt;95%&gt; </t></si></sst>`;
  const events = (chunks: Uint8Array[]) => {
    const out: string[] = [];
    const r = new XmlReader({ open: (n) => out.push(`<${n}`), close: (n) => out.push(`>${n}`), text: (t) => out.push(`"${t}`) });
    for (const c of chunks) r.write(c);
    r.end();
    // Text may arrive in pieces; join neighbours so a split changes nothing.
    return out.reduce<string[]>((acc, e) => (e[0] === '"' && acc.at(-1)?.[0] === '"' ? [...acc.slice(0, -1), acc.at(-1)! + e.slice(1)] : [...acc, e]), []);
  };
  const bytes = Buffer.from(xml, "utf8");
  const whole = events([bytes]);

  it("reads every multi-byte character intact whichever byte a piece ends on", () => {
    for (let i = 1; i < bytes.length; i++) {
      expect(events([bytes.subarray(0, i), bytes.subarray(i)]), `split at byte ${i}`).toEqual(whole);
    }
    expect(whole).toContain('"Trường mầm non Đằng Hải đạt chuẩn quốc gia mức độ 2 & kiểm định 💯');
  });

  it("reads the same in one-byte pieces", () => {
    expect(events([...bytes].map((b) => Uint8Array.of(b)))).toEqual(whole);
  });

  it.each([
    ["invalid UTF-8", Buffer.from([0x3c, 0x61, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]), /invalid UTF-8/],
    ["a DOCTYPE", Buffer.from('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'), /DOCTYPE/],
    ["an unknown entity", Buffer.from("<a>&x;</a>"), /unknown entity/],
    ["an unclosed element", Buffer.from("<a><b></b>"), /still open/],
  ])("refuses %s", (_n, input, err) => {
    expect(() => xmlTree(input)).toThrow(err);
  });
});

describe("references", () => {
  it.each([
    ["IF(E5>=0.65,\"E5\",$K$1)", 2, 0, 'IF(E7>=0.65,"E5",$K$1)'],
    ["SUM('Số liệu 2025'!B5:B9)/LOG10(C5)", 1, 1, "SUM('Số liệu 2025'!C6:C10)/LOG10(D6)"],
    ["A1+$A1+A$1", 3, 2, "C4+$A4+C$1"],
  ])("moves %s by (%i, %i)", (f, dr, dc, want) => {
    expect(shiftFormula(f, dr, dc)).toBe(want);
  });

  it("keys formulas that are one formula moved down alike, and whole-column ranges apart", () => {
    expect(relativeKey("E5*2", 4, 7)).toBe(relativeKey("E6*2", 5, 7));
    expect(relativeKey("E5*2", 4, 7)).not.toBe(relativeKey("E5*2", 5, 7));
    expect(relativeKey("SUM(A:A)", 0, 0)).toBeNull();
  });

  it.each([
    ['IF(E5>=0.65,"Đạt",$K$1)', 'IF(E6>=0.65,"Đạt",$K$1)', true],
    ["E9*LOG10(F9)+$A$3", "E10*LOG10(F10)+$A$3", true],
    ["SUM('Số liệu 2025'!B5:B9)", "SUM('Số liệu 2025'!B6:B10)", true],
    ['IF(E5="E5",1,0)', 'IF(E6="E6",1,0)', false],
    ["E5*0.65", "E6*0.66", false],
    ["E$5*2", "E$6*2", false],
    ["E5*2", "E7*2", false],
    ["E5*2", "F6*2", false],
  ])("tells whether %s moved down one row is %s: %s", (a, b, want) => {
    expect(movedDownOne(a, b)).toBe(want);
  });

  it("groups a status block into the same shared formulas with core's template hints as by comparing every formula", () => {
    const plan = getBundledPlan("hai-an-2024-2025")!;
    for (const make of [matrixGrid, listGrid]) {
      const sheet = make(plan, 6_000);
      const res = checkSheet(sheet, plan, { asOf: "2025-05-31" });
      if (!res.ok) throw new Error("check failed");
      const planned = planStatusColumn(sheet, res, { asOf: "2025-05-31", names: true, liveExplanations: true });
      if (!planned.ok) throw new Error("no room");
      const { cells, range, templates } = planned.edits.block;
      if (make === matrixGrid) expect(templates).toBeDefined();
      // Without the hint every pair is compared character by character.
      const hinted = planShared(cells, range.top, range.left, 0, templates);
      const full = planShared(cells, range.top, range.left, 0);
      expect(hinted.next).toBe(full.next);
      let shared = 0;
      cells.forEach((row, r) =>
        row.forEach((_, c) => {
          expect(hinted.plan.at(r, c)).toEqual(full.plan.at(r, c));
          if (full.plan.at(r, c)) shared++;
        }),
      );
      if (make === matrixGrid) expect(shared).toBeGreaterThan(1_000);
    }
  });

  it("reads sqref lists, skipping what is not a range", () => {
    expect(sqrefRanges("A1:B2 C:C 3:4 #REF!")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1_048_575, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 16_383 },
    ]);
  });
});

describe("StyleBook", () => {
  const input = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

  it("appends derived styles, keeps every original item in place and adds dxfs in schema order", () => {
    const book = new StyleBook(input);
    const bold = book.derive(0, { bold: true, fontName: "Times New Roman", numberFormat: "0.0%", fill: "#FFC7CE", hAlign: "center" });
    expect(book.derive(0, { bold: true, fontName: "Times New Roman", numberFormat: "0.0%", fill: "#FFC7CE", hAlign: "center" })).toBe(bold);
    book.addDxf({ fill: "#FFC7CE", fontColor: "#9C0006" });
    const out = book.toXml();
    expect(out.startsWith('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">')).toBe(true);
    expect(out).toContain("<font><sz val=\"11\"/><name val=\"Calibri\"/><scheme val=\"minor\"/></font><font>");
    const tree = xmlTree(out);
    expect(tree.children.map((c) => c.name)).toEqual(["numFmts", "fonts", "fills", "borders", "cellXfs", "cellStyles", "dxfs"]);
    const again = new StyleBook(out);
    expect(again.formatOf(bold)).toBe("0.0%");
    expect(again.fontOf(bold)).toEqual({ name: "Times New Roman", bold: true, italic: false, size: 11 });
    expect(again.fillOf(bold)).toBe("FFC7CE");
    expect(findAll(tree, "fonts")[0].attrs.count).toBe("2");
  });
});

/** Every entry of a package as stored: compressed bytes and CRC, by name. */
function entries(path: string): Map<string, { raw: Buffer; crc: number }> {
  const zip = new ZipReader(readFileSync(path));
  return new Map(zip.order.map((n) => [n, { raw: Buffer.from(zip.raw(zip.entries.get(n)!)), crc: zip.entries.get(n)!.crc }] as const));
}

describe("a checked workbook is the input patched", () => {
  let input = "";
  let output = "";
  beforeAll(async () => {
    const plan = getBundledPlan(PLAN)!;
    const { spec } = listSample({ title: ["PHÒNG GDĐT QUẬN HẢI AN"], placeDate: "Hải An, ngày 31 tháng 5 năm 2025", indicators: plan.indicators.slice(0, 30) });
    // The clerk's own things the output must keep: another sheet, a note, a formula.
    spec.notes = [{ cell: { row: 5, col: 6 }, text: "Số liệu tạm tính, chờ xác nhận" }];
    const plain = join(dir, "plain.xlsx");
    writeBook(plain, [spec, gridSheet("Ghi chú", [["Người lập", "Nguyễn Thị Lan"], [{ formula: "LEN(B1)", result: 14 }]])]);
    input = plain;
    if (LO) {
      // Through LibreOffice, so the input carries another program's parts: theme, settings, document properties.
      const ods = await convert(plain, "ods", { outDir: join(dir, "lo-a") });
      input = (await convert(ods.output, "xlsx", { outDir: join(dir, "lo-b") })).output;
    }
    const done = await checkFile(input, { plan, asOf: "2025-05-31" });
    output = join(dir, "checked.xlsx");
    await done.save(output);
  });

  it("copies every part it does not change with its stored bytes", () => {
    const a = entries(input);
    const b = entries(output);
    const book = XlsxBook.fromBytes(readFileSync(input), LIMITS);
    const checked = book.info.sheets[0].path;
    const changed = new Set(["[Content_Types].xml", book.info.path, "xl/_rels/workbook.xml.rels", book.info.styles, checked, `xl/worksheets/_rels/${checked.split("/").pop()}.rels`]);
    let same = 0;
    for (const [name, e] of a) {
      if (changed.has(name) || /calcChain/i.test(name) || /comments|vmlDrawing/i.test(name)) continue;
      expect(b.get(name)?.raw.equals(e.raw), name).toBe(true);
      expect(b.get(name)?.crc, name).toBe(e.crc);
      same++;
    }
    expect(same).toBeGreaterThan(1);
    // The other sheet is among the untouched parts.
    expect(b.get(book.info.sheets[1].path)?.raw.equals(a.get(book.info.sheets[1].path)!.raw)).toBe(true);
  });

  it("follows Excel's package rules", () => {
    expect(validatePackage(output)).toEqual([]);
  });

  it("keeps the user's note, other sheet and formula, and marks the status block as the tool's", () => {
    const t = new TestBook(output);
    expect(t.names).toEqual(["Chỉ tiêu", "Ghi chú", "Báo cáo", "Ghi chú kỹ thuật"]);
    expect(t.sheet("Chỉ tiêu").notes).toContainEqual({ row: 5, col: 6, text: "Chỉ tiêu:\nSố liệu tạm tính, chờ xác nhận" });
    expect(t.formula("Ghi chú", "A2")).toBe("LEN(B1)");
    const mark = t.book.info.definedNames.find((d) => d.name === OWNED_NAME && d.localSheetId === 0);
    expect(mark?.value).toMatch(/^'Chỉ tiêu'!\$H\$\d+:\$I\$\d+/);
    expect(t.sheet("Chỉ tiêu").owned?.length).toBeGreaterThan(0);
  });

  it("re-checks its own output in place: the same block, the mark kept, the package still sound", async () => {
    const plan = getBundledPlan(PLAN)!;
    const again = await checkFile(output, { plan, asOf: "2025-05-31", report: false });
    const second = join(dir, "checked-twice.xlsx");
    await again.save(second);
    expect(validatePackage(second)).toEqual([]);
    const a = new TestBook(output).formulaCells("Chỉ tiêu");
    const b = new TestBook(second).formulaCells("Chỉ tiêu");
    expect([...b.keys()]).toEqual([...a.keys()]);
    // The earlier check's colour rules and notes inside the block are replaced, not piled up.
    expect(new TestBook(second).conditionalRules("Chỉ tiêu").length).toBe(new TestBook(output).conditionalRules("Chỉ tiêu").length);
    expect(new TestBook(second).sheet("Chỉ tiêu").notes?.length).toBe(new TestBook(output).sheet("Chỉ tiêu").notes?.length);
  });

  it("marks the report as the tool's whole sheet", () => {
    const t = new TestBook(output);
    expect(t.sheet("Báo cáo").owned).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
    expect(t.sheet("Ghi chú kỹ thuật").owned).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
  });

  it.skipIf(!LO)("opens in LibreOffice, which recalculates it", async () => {
    const { sheets } = await recalculateToCsv(output);
    expect([...sheets.keys()].sort()).toEqual(["Báo cáo", "Chỉ tiêu", "Ghi chú", "Ghi chú kỹ thuật"]);
  });
});

describe("notes", () => {
  it("adds ours beside the user's: a note on the same cell keeps the user's text first", () => {
    const src = join(dir, "notes.xlsx");
    writeBook(src, [gridSheet("S", [["a", "b"], [1, 2]], { notes: [{ cell: { row: 0, col: 0 }, text: "của người dùng" }] })]);
    const book = XlsxBook.fromBytes(readFileSync(src), LIMITS);
    const w = WorkbookWriter.patching(book);
    w.patchSheet("S", { block: { range: { top: 0, left: 2, bottom: 1, right: 2 }, cells: [[{ text: "x" }], [{ text: "y" }]] }, styles: [], conditionalFormats: [], columnWidths: {} }, {
      notes: [
        { cell: { row: 0, col: 0 }, text: "của công cụ" },
        { cell: { row: 1, col: 2 }, text: "ghi chú mới" },
      ],
    });
    const out = join(dir, "notes-out.xlsx");
    w.save(out);
    expect(validatePackage(out)).toEqual([]);
    const notes = new TestBook(out).sheet("S").notes!;
    expect(notes.find((n) => n.row === 0 && n.col === 0)?.text).toMatch(/của người dùng[\s\S]*của công cụ/);
    expect(notes.find((n) => n.row === 1 && n.col === 2)?.text).toContain("ghi chú mới");
  });
});

describe("core's edits beyond the block, in a sheet with settings of its own", () => {
  const NAME = "Tổng hợp";
  const rows = [
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
    [1, "Tỷ lệ trẻ nhà trẻ ra lớp", "%", "ít nhất 65%", "63,2%", "tạm tính"],
    [2, "Số trường đạt chuẩn quốc gia mức độ 2", "trường", "ít nhất 20 trường", 18, null],
    [3, "Hoàn thành kiểm định chất lượng", "", "chậm nhất tháng 6/2025", "tháng 8/2025", null],
    [4, "Hoàn thành sửa chữa trường", "", "chậm nhất tháng 6/2025", "tháng 9/2025", null],
  ];
  const stale = { cell: { row: 2, col: 6 }, text: "Chỉ tiêu: B3 lần kiểm tra trước" };
  /**
   * A clerk's sheet in Times New Roman 13, its rows centred vertically, with its own frozen header row, row heights (row 3 taller than core asks,
   * row 4 lower), print titles repeating column A and rows 1–2, a print area over the table, the tool's columns G:H
   * marked from an earlier check holding that check's note on G3, and (unless left out) the user's note on B2.
   */
  function input(file: string, userNote: boolean): string {
    const plain = join(dir, `plain-${file}`);
    const spec = gridSheet(NAME, rows, {
      font: { name: "Times New Roman", size: 13 },
      styles: [{ range: { top: 1, left: 0, bottom: 4, right: 5 }, style: { vAlign: "middle" } }],
      freezeRows: 1,
      rowHeights: { 2: 60, 3: 20, 4: 80 },
      print: { paper: "A4", orientation: "portrait", margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 }, repeatRows: { first: 0, last: 1 }, fitToWidth: false },
      owned: [{ top: 0, left: 6, bottom: 4, right: 7 }],
      notes: userNote ? [{ cell: { row: 1, col: 1 }, text: "của người dùng" }, stale] : [stale],
    });
    writeBook(plain, [spec]);
    // Names the writer of new books does not make: the user's repeated column and print area.
    const zip = new ZipReader(readFileSync(plain));
    const out = join(dir, file);
    writeZipFile(out, (w) => {
      for (const n of zip.order) {
        if (n !== "xl/workbook.xml") w.copy(zip, zip.entries.get(n)!);
        else {
          const titles = `'${NAME}'!$A:$A,'${NAME}'!$1:$2`;
          const area = `<definedName name="_xlnm.Print_Area" localSheetId="0">'${NAME}'!$A$1:$F$5</definedName>`;
          w.add(n, zip.text(n).replace(/(<definedName name="_xlnm.Print_Titles" localSheetId="0">)[^<]*/, (_, open: string) => open + titles).replace("</definedNames>", () => `${area}</definedNames>`));
        }
      }
    });
    return out;
  }
  let t: TestBook;
  let out = "";
  beforeAll(async () => {
    const done = await checkFile(input("settings.xlsx", true), { plan: null, asOf: "2025-05-31", report: false });
    out = join(dir, "settings.chitieu.xlsx");
    await done.save(out);
    t = new TestBook(out);
  });

  it("writes the block in the tool's marked columns and follows Excel's package rules", () => {
    expect(t.value(NAME, "G1")).toBe("Đánh giá (Chỉ tiêu)");
    expect(validatePackage(out)).toEqual([]);
  });

  it("gives the block the table's font, its header bold over it", () => {
    for (const at of ["G1", "G2", "H2", "H5"]) expect(t.font(NAME, at), at).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(t.font(NAME, "G1").bold).toBe(true);
  });

  it("sets each verdict and explanation level with its row's figures: the table's vertical alignment, not a top of its own", () => {
    for (const at of ["G2", "H2", "G5", "H5", "E3"]) expect(t.vAlign(NAME, at), at).toBe("middle");
  });

  it("raises a wrapped row to core's height and keeps a taller one the user set", () => {
    const ht = (r: number) => findAll(t.sheetXml(NAME), "row").find((x) => x.attrs.r === String(r))?.attrs;
    expect(ht(3)).toMatchObject({ ht: "60" });
    expect(ht(4)).toMatchObject({ ht: "51", customHeight: "1" });
    expect(ht(5)).toMatchObject({ ht: "80" });
  });

  it("keeps the user's frozen panes", () => {
    expect(findAll(t.sheetXml(NAME), "pane").map((p) => p.attrs)).toEqual([expect.objectContaining({ ySplit: "1", state: "frozen" })]);
    expect(findAll(t.sheetXml(NAME), "pane")[0].attrs.xSplit).toBeUndefined();
  });

  it("prints A4 landscape one page wide, the header row repeated with the user's column, the print area taking in the block", () => {
    const tree = t.sheetXml(NAME);
    expect(findAll(tree, "pageSetUpPr")[0]?.attrs.fitToPage).toBe("1");
    expect(findAll(tree, "pageSetup")[0]?.attrs).toMatchObject({ paperSize: "9", orientation: "landscape", fitToWidth: "1", fitToHeight: "0" });
    expect(findAll(tree, "pageMargins")[0]?.attrs).toMatchObject({ left: "0.5", top: "0.6" });
    const names = t.book.info.definedNames.filter((d) => d.localSheetId === 0 && d.name.startsWith("_xlnm"));
    expect(names.map((d) => [d.name, d.value]).sort()).toEqual([
      ["_xlnm.Print_Area", `'${NAME}'!$A$1:$H$5`],
      ["_xlnm.Print_Titles", `'${NAME}'!$A:$A,'${NAME}'!$1:$1`],
    ]);
  });

  it("deletes the earlier check's note and keeps the user's", () => {
    expect(t.sheet(NAME).notes?.map((n) => [n.row, n.col])).toEqual([[1, 1]]);
  });

  it("drops the notes part and its drawing when the only note was the tool's stale one", async () => {
    const done = await checkFile(input("stale-only.xlsx", false), { plan: null, asOf: "2025-05-31", report: false });
    const only = join(dir, "stale-only.chitieu.xlsx");
    await done.save(only);
    expect(validatePackage(only)).toEqual([]);
    const b = new TestBook(only);
    expect(b.sheet(NAME).notes).toEqual([]);
    expect(b.book.zip.order.filter((n) => /comments|vmlDrawing/i.test(n))).toEqual([]);
    expect(findAll(b.sheetXml(NAME), "legacyDrawing")).toEqual([]);
    if (LO) expect((await recalculateToCsv(only)).sheets.get(NAME)?.[1]?.[6]).toBe("Chưa đạt");
  });

  it("refuses edits that insert columns, in one line, rather than move the user's references", () => {
    const sheet = t.sheet(NAME);
    const result = checkSheet(sheet, null, { asOf: "2025-05-31" });
    if (!result.ok) throw new Error(result.error.message.en);
    const planned = planStatusColumn(sheet, result, { insertAtActual: true });
    if (!planned.ok) throw new Error(planned.reason.en);
    expect(() => patchFromEdits({ ...planned.edits, insertColumns: { before: 5, count: 2 } })).toThrow(/không chèn cột vào tệp \.xlsx/);
  });
});

describe("a 10 MB workbook with Vietnamese text", () => {
  it("round-trips through a check with every string intact and every untouched part byte-identical", async () => {
    const syllables = "trường mầm non tiểu học trung cơ sở đạt chuẩn quốc gia mức độ kiểm định chất lượng giáo dục tỷ lệ trẻ được huy động ra lớp phổ cập xóa mù chữ học sinh giỏi cấp thành phố quận huyện phường xã giáo viên cán bộ quản lý nhân viên".split(" ");
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const phrase = (n: number) => Array.from({ length: n }, () => syllables[next() % syllables.length]).join(" ");
    const rows: Array<Array<string | number | null>> = [["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"]];
    const n = 82_000;
    for (let i = 1; i <= n; i++) rows.push([i, `Tỷ lệ ${phrase(6)} ${i}`, "%", "ít nhất 65%", (next() % 1000) / 1000, `${phrase(40)} — ${next().toString(36)}`]);
    const src = join(dir, "big-vi.xlsx");
    writeBook(src, [gridSheet("Số liệu", rows), gridSheet("Phụ lục", [["Ghi chú dài"], [phrase(2000)]])]);
    expect(statSync(src).size).toBeGreaterThan(10 * 1024 * 1024);
    const done = await checkFile(src, { plan: null, asOf: "2025-05-31", report: false });
    const out = join(dir, "big-vi.chitieu.xlsx");
    await done.save(out);
    const before = readSheets(await openWorkbook(src))[0];
    const after = readSheets(await openWorkbook(out))[0];
    let strings = 0;
    for (let r = 0; r < before.values.length; r++) {
      for (let c = 0; c < before.values[r].length; c++) {
        if (typeof before.values[r][c] === "string") strings++;
        if (after.values[r][c] !== before.values[r][c]) expect(after.values[r][c], `row ${r + 1} col ${c + 1}`).toEqual(before.values[r][c]);
      }
    }
    expect(strings).toBeGreaterThan(3 * n);
    const a = entries(src);
    const b = entries(out);
    for (const name of ["xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"]) expect(b.get(name)!.raw.equals(a.get(name)!.raw), name).toBe(true);
    expect(validatePackage(out)).toEqual([]);
  }, 300_000);
});

describe("a sheet as Excel 365 writes it", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  // Markup-compatibility namespaces, x14ac row attributes, spans, a selection, and an extLst after everything.
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    `<dimension ref="A1:E3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<cols><col min="1" max="3" width="12" customWidth="1"/><col min="4" max="16384" width="9.140625" style="1"/></cols><sheetData>` +
    `<row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>` +
    `<row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c><c r="E2" s="1"><v>0.6</v></c></row>` +
    `<row r="3" spans="1:5" x14ac:dyDescent="0.25"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>8</v></c><c r="C3" t="s"><v>6</v></c><c r="D3" t="s"><v>9</v></c><c r="E3" s="1"><v>0.97</v></c></row>` +
    `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/>` +
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings/></ext></extLst></worksheet>`;
  const strings = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ trẻ nhà trẻ ra lớp", "%", "ít nhất 65%", "Tỷ lệ trẻ mẫu giáo ra lớp", "từ 95% trở lên"];

  it("patches it with the status block, keeps its extensions after, and LibreOffice opens the result", async () => {
    const src = join(dir, "excel365.xlsx");
    writeZipFile(src, (w) => {
      w.add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`);
      w.add("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
      w.add("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/><extLst><ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}"/></extLst></workbook>`);
      w.add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`);
      w.add("xl/worksheets/sheet1.xml", sheet);
      w.add("xl/styles.xml", `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`);
      w.add("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`);
      w.add("xl/calcChain.xml", `<calcChain xmlns="${MAIN}"/>`);
    });
    const done = await checkFile(src, { plan: null, asOf: "2025-05-31" });
    const out = join(dir, "excel365.chitieu.xlsx");
    await done.save(out);
    expect(validatePackage(out)).toEqual([]);
    const t = new TestBook(out);
    const tree = t.sheetXml("Chỉ tiêu");
    expect(tree.children.map((c) => c.name)).toEqual(["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "conditionalFormatting", "pageMargins", "pageSetup", "extLst"]);
    // Core's print setup and panes: fit to one page wide, A4, the header row frozen with the user's selected cell kept.
    expect(findAll(tree, "pageSetUpPr")[0]?.attrs.fitToPage).toBe("1");
    expect(findAll(tree, "pageSetup")[0]?.attrs).toMatchObject({ paperSize: "9", fitToWidth: "1", fitToHeight: "0" });
    expect(findAll(tree, "pane")[0]?.attrs).toMatchObject({ ySplit: "1", topLeftCell: "A2", state: "frozen" });
    expect(findAll(tree, "selection").map((x) => x.attrs.activeCell)).toEqual(["B2"]);
    expect(t.book.info.definedNames.find((d) => d.name === "_xlnm.Print_Titles")).toMatchObject({ localSheetId: 0, value: "'Chỉ tiêu'!$1:$1" });
    expect(t.book.zip.has("xl/calcChain.xml")).toBe(false);
    expect(done.result.items.map((it) => it.verdict.labels.vi)).toEqual(["Chưa đạt", "Vượt"]);
    expect(t.formulaCells("Chỉ tiêu").get("F2")?.result).toBe("Chưa đạt");
    // The user's column spans keep their widths and style; ours are split out of the D:XFD span.
    const cols = findAll(tree, "col").map((c) => `${c.attrs.min}-${c.attrs.max}`);
    expect(cols[0]).toBe("1-3");
    expect(cols).toContain("6-6");
    expect(cols.at(-1)).toMatch(/-16384$/);
    if (LO) {
      const { sheets } = await recalculateToCsv(out);
      expect(sheets.get("Chỉ tiêu")?.[1]?.[5]).toBe("Chưa đạt");
    }
  });
});
