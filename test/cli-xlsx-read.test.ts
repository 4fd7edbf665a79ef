// Reading .xlsx into SheetData: values of every kind, formats, merges, hidden rows, and one-line refusals of bad files.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../cli/errors";
import { isEmptySheet, openWorkbook, readCellValue, readSheets, sniff } from "../cli/xlsx/read";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-read-"));
});

async function book(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void, name = "b.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Chỉ tiêu"), wb);
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

describe("readCellValue", () => {
  it.each([
    ["a number", 7910, { value: 7910 }],
    ["rich text as its joined text", { richText: [{ text: "Tỷ lệ " }, { text: "trẻ", font: { bold: true } }] }, { value: "Tỷ lệ trẻ" }],
    ["a formula as its cached result and text", { formula: "B2/C2", result: 0.857 }, { value: 0.857, formula: "=B2/C2" }],
    ["a formula without cached result as empty", { formula: "B2/C2" }, { value: null, formula: "=B2/C2" }],
    ["an error cell as a CellError", { error: "#N/A" }, { value: { error: "#N/A" } }],
    ["a formula whose result is an error", { formula: "1/0", result: { error: "#DIV/0!" } }, { value: { error: "#DIV/0!" }, formula: "=1/0" }],
    ["a hyperlink as its text", { text: "trang", hyperlink: "http://x" }, { value: "trang" }],
  ])("reads %s", (_n, input, want) => {
    expect(readCellValue(input as ExcelJS.CellValue)).toEqual(want);
  });
});

describe("sniff", () => {
  const cfb = (name: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(name, "utf16le")]);
  it.each([
    ["a zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), "zip"],
    ["an encrypted xlsx", cfb("EncryptedPackage"), "encrypted"],
    ["a legacy xls", cfb("Workbook"), "xls"],
    ["a CSV", Buffer.from("STT,Nội dung\n1,a"), "other"],
    ["nothing", Buffer.alloc(0), "empty"],
  ])("tells %s by its first bytes", (_n, head, want) => {
    expect(sniff(head)).toBe(want);
  });
});

describe("openWorkbook and readSheets", () => {
  it("reads values, dates, formulas, number formats, merges and hidden rows", async () => {
    const p = await book((ws) => {
      ws.getCell("A1").value = "BÁO CÁO";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = { richText: [{ text: "Thực " }, { text: "hiện" }] };
      ws.getCell("B2").value = 0.857;
      ws.getCell("B2").numFmt = "0.0%";
      ws.getCell("C2").value = new Date(Date.UTC(2025, 5, 30));
      ws.getCell("C2").numFmt = "dd/mm/yyyy";
      ws.getCell("D2").value = { formula: "B2*2", result: 1.714 };
      ws.getCell("A3").value = "ẩn";
      ws.getRow(3).hidden = true;
      ws.getCell("B4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    });
    const opened = await openWorkbook(p);
    const [s] = readSheets(opened, "chỉ tiêu");
    expect(s.name).toBe("Chỉ tiêu");
    expect(s.values[0][0]).toBe("BÁO CÁO");
    expect(s.values[0][1]).toBeUndefined();
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.values[1][0]).toBe("Thực hiện");
    expect(s.values[1][1]).toBe(0.857);
    expect(s.formats?.[1][1]).toBe("0.0%");
    expect(s.values[1][2]).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(s.values[1][3]).toBe(1.714);
    expect(s.formulas?.[1][3]).toBe("=B2*2");
    expect(s.hiddenRows).toEqual([2]);
    expect(s.values[3][1]).toEqual({ error: "#N/A" });
  });

  it("reads the same values through the streaming reader", async () => {
    const p = await book((ws) => {
      ws.addRow(["STT", "Nội dung", "Thực hiện"]);
      for (let i = 1; i <= 50; i++) ws.addRow([i, `Chỉ tiêu ${i}`, i / 100]);
    }, "stream.xlsx");
    const whole = readSheets(await openWorkbook(p))[0];
    const streamed = await openWorkbook(p, { stream: true });
    expect(streamed.workbook).toBeNull();
    expect(readSheets(streamed)[0].values).toEqual(whole.values);
  });

  it("says an empty sheet is empty", async () => {
    const p = await book(() => undefined, "empty.xlsx");
    expect(isEmptySheet(readSheets(await openWorkbook(p))[0])).toBe(true);
  });
});

describe("bad files give one bilingual line naming the file", () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ["a missing file", async () => join(dir, "khong-co.xlsx"), /không tìm thấy tệp .*khong-co\.xlsx \/ file not found/],
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
  ];
  it.each(cases)("refuses %s", async (_n, make, message) => {
    const p = await make();
    const err = await openWorkbook(p).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toMatch(message);
    expect((err as CliError).message).not.toContain("\n");
  });

  it("lists the sheet names when --sheet names none of them", async () => {
    const p = await book((ws) => void (ws.getCell("A1").value = 1), "names.xlsx");
    const opened = await openWorkbook(p);
    expect(() => readSheets(opened, "Tổng hợp")).toThrow(/không có trang tính "Tổng hợp"; các trang có: "Chỉ tiêu"/);
  });
});
