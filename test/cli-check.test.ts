// `chitieu check` on real .xlsx files: new workbook with live verdicts LibreOffice agrees with, input untouched, bad input refused in one line.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundledPlan } from "../core/plan/bundled";
import type { Plan } from "../core/plan/schema";
import { STATUS_HEADER } from "../core/sheet/edits";
import type { CheckedSheet } from "../core/sheet/types";
import { listSample } from "../cli/xlsx/sample";
import { cellResult, convert, libreOfficeAvailable, recalculate } from "./helpers/libreoffice";
import { formulaCells, loadBook, runCli, sha256, type CliRun } from "./cli-run";

const PLAN = "hai-an-2024-2025";
const AS_OF = "2025-05-31";
const LO = libreOfficeAvailable();

let dir = "";
let plan: Plan;
let input = "";
let inputHash = "";
let jsonRun: CliRun;
let textRun: CliRun;
let result: CheckedSheet;
const out = () => join(dir, "checked.xlsx");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "chitieu-check-"));
  plan = getBundledPlan(PLAN)!;
  const { workbook } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU"],
    placeDate: "Hải An, ngày 31 tháng 5 năm 2025",
    indicators: plan.indicators,
    figures: { "mn.huy-dong": { actual: 7887, format: "#,##0" } },
  });
  // A user's note that looks like a formula must stay text in the output.
  workbook.worksheets[0].getCell("G7").value = "=1+1 là ghi chú";
  input = join(dir, "so-lieu.xlsx");
  await workbook.xlsx.writeFile(input);
  inputHash = await sha256(input);
  [jsonRun, textRun] = await Promise.all([
    runCli(["check", input, "--plan", PLAN, "--as-of", AS_OF, "-o", out(), "--json"]),
    runCli(["check", input, "--plan", PLAN, "--as-of", AS_OF, "--fail-on-shortfall"]),
  ]);
  result = JSON.parse(jsonRun.stdout).result;
});

describe("chitieu check on the Hải An sample", () => {
  it("exits 0 and leaves the input file's bytes unchanged", async () => {
    expect(jsonRun.stderr.trim()).toBe("");
    expect(jsonRun.code).toBe(0);
    expect(await sha256(input)).toBe(inputHash);
  });

  it("judges every plan indicator and says the children figure needs 23 more", () => {
    expect(result.summary.total).toBe(plan.indicators.length);
    const headline = result.items.find((i) => i.indicatorId === "mn.huy-dong")!;
    expect(headline.verdict.status).toBe("not_met");
    expect(headline.verdict.explanation).toContain("cần thêm 23 trẻ");
  });

  it("writes <book>.chitieu.xlsx beside the input by default and prints the summary", () => {
    expect(existsSync(join(dir, "so-lieu.chitieu.xlsx"))).toBe(true);
    expect(textRun.stdout).toMatch(/✓ Đạt\s+\d+/);
    expect(textRun.stdout).toContain("Chưa đạt nhiều nhất:");
    expect(textRun.stdout).toMatch(/Tổng số: 97 · đạt\/vượt: \d+/);
  });

  it("exits 1 with --fail-on-shortfall when a figure falls short", () => {
    expect(result.shortfalls.length).toBeGreaterThan(0);
    expect(textRun.code).toBe(1);
  });

  it("writes a live formula for every status cell with the engine's label as its cached result", async () => {
    const wb = await loadBook(out());
    const ws = wb.getWorksheet(result.sheet)!;
    const header = result.layout.headerRows[0] + 1;
    const col = ws.getRow(header).values as unknown[];
    const statusCol = col.findIndex((v) => v === STATUS_HEADER);
    expect(statusCol).toBeGreaterThan(0);
    const formulas = formulaCells(ws);
    for (const it of result.items) {
      const cell = ws.getCell(it.row + 1, statusCol);
      expect(formulas.get(cell.address)?.result, cell.address).toBe(it.verdict.labels.vi);
    }
    expect(formulas.size).toBe(result.items.length);
  });

  it("keeps a note that starts with '=' as text", async () => {
    const wb = await loadBook(out());
    expect(wb.getWorksheet(result.sheet)!.getCell("G7").value).toBe("=1+1 là ghi chú");
  });

  it("colours verdicts by exact label: red not met, amber near, green met, grey no data", async () => {
    const wb = await loadBook(out());
    const ws = wb.getWorksheet(result.sheet)! as ExcelJS.Worksheet & { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] };
    const rules = ws.conditionalFormattings.flatMap((c) => c.rules);
    const fillFor = (label: string) => rules.find((r) => r.formulae?.[0]?.endsWith(`="${label}"`))?.style?.fill?.bgColor?.argb;
    expect(fillFor("Chưa đạt")).toBe("FFFFC7CE");
    expect(fillFor("Gần đạt")).toBe("FFFFEB9C");
    expect(fillFor("Đạt")).toBe("FFC6EFCE");
    expect(fillFor("Chưa có số liệu")).toBe("FFE7E6E6");
  });

  it("adds the report sheet in Times New Roman, A4, fitted to width, with repeated header rows", async () => {
    const wb = await loadBook(out());
    const ws = wb.getWorksheet("Báo cáo")!;
    expect(ws).toBeDefined();
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(ws.getCell("A1").font?.name).toBe("Times New Roman");
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it.skipIf(!LO)("gives, once LibreOffice recalculates it, exactly the engine's verdict in every status cell", async () => {
    const { workbook } = await recalculate(out());
    const ws = workbook.getWorksheet(result.sheet)!;
    const header = ws.getRow(result.layout.headerRows[0] + 1).values as unknown[];
    const statusCol = header.findIndex((v) => v === STATUS_HEADER);
    const mismatches = result.items
      .map((it) => ({ at: ws.getCell(it.row + 1, statusCol).address, lo: cellResult(ws.getCell(it.row + 1, statusCol).value), engine: it.verdict.labels.vi }))
      .filter((m) => m.lo !== m.engine);
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!LO)("prints a report PDF with the motto, the title and the shortfall line", async () => {
    const wb = await loadBook(out());
    for (const ws of [...wb.worksheets]) if (ws.name !== "Báo cáo") wb.removeWorksheet(ws.id);
    const only = join(dir, "bao-cao.xlsx");
    await wb.xlsx.writeFile(only);
    const { output } = await convert(only, "pdf", { outDir: dir });
    const { execFileSync } = await import("node:child_process");
    const text = execFileSync("pdftotext", ["-layout", output, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("BÁO CÁO");
    expect(text).toMatch(/Số trẻ huy động ra lớp.*cần thêm 23 trẻ/);
  });
});

describe("bad input: exit 2 and one line naming the problem", () => {
  const cases: Array<{ name: string; make: () => Promise<string[]>; says: RegExp }> = [
    { name: "a missing file", make: async () => ["check", join(dir, "khong-co.xlsx")], says: /không tìm thấy tệp .*khong-co\.xlsx/ },
    {
      name: "a corrupt zip",
      make: async () => {
        const p = join(dir, "hong.xlsx");
        await writeFile(p, (await import("node:fs")).readFileSync(input).subarray(0, 1500));
        return ["check", p];
      },
      says: /hong\.xlsx bị hỏng, không mở được.* \/ hong\.xlsx is corrupt/,
    },
    {
      name: "an encrypted workbook (OLE file with an EncryptedPackage stream)",
      make: async () => {
        const p = join(dir, "mat-khau.xlsx");
        const header = Buffer.alloc(1536);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
        header.writeUInt16LE(9, 0x1e);
        header.writeUInt32LE(1, 0x30);
        Buffer.from("EncryptedPackage", "utf16le").copy(header, 1024);
        await writeFile(p, header);
        return ["check", p];
      },
      says: /mat-khau\.xlsx được đặt mật khẩu/,
    },
    {
      name: "a workbook whose only sheet is empty",
      make: async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Trang 1");
        const p = join(dir, "trong.xlsx");
        await wb.xlsx.writeFile(p);
        return ["check", p, "--plan", PLAN];
      },
      says: /trong\.xlsx: mọi trang đều trống/,
    },
    {
      name: "a sheet with no recognisable header, naming the headers expected",
      make: async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Dữ liệu");
        ws.addRow(["Họ tên", "Ngày sinh", "Lớp"]);
        ws.addRow(["Nguyễn Văn A", "01/01/2019", "Mầm 1"]);
        const p = join(dir, "khong-tieu-de.xlsx");
        await wb.xlsx.writeFile(p);
        return ["check", p, "--plan", PLAN];
      },
      // "Lớp" reads as a unit column, so the table is found and judges nothing: the refusal names the columns and --map.
      says: /khong-tieu-de\.xlsx, trang "Dữ liệu": .*(cần các tiêu đề cột: STT; .*Thực hiện|không đánh giá được dòng nào.*đã thấy các cột A "Họ tên".*--map)/,
    },
    { name: "an unknown plan, listing the bundled ones", make: async () => ["check", input, "--plan", "khong-co-ke-hoach"], says: /không có kế hoạch "khong-co-ke-hoach"; các kế hoạch có sẵn: .*hai-an-2024-2025/ },
    { name: "-o naming the input itself", make: async () => ["check", input, "--plan", PLAN, "-o", input], says: /không ghi đè tệp đầu vào so-lieu\.xlsx/ },
    { name: "a sheet that is not there, listing the sheets", make: async () => ["check", input, "--sheet", "Tổng hợp", "-o", join(dir, "x.xlsx")], says: /không có trang tính "Tổng hợp"; các trang có: "Chỉ tiêu"/ },
    {
      name: "a table that judges nothing, naming the columns it saw and how to map them",
      make: async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Số liệu");
        ws.addRow(["STT", "Nội dung", "Con số A", "Con số B"]);
        ws.addRow([1, "Số lớp", "16 lớp", 16]);
        const p = join(dir, "khong-danh-gia.xlsx");
        await wb.xlsx.writeFile(p);
        return ["check", p, "-o", join(dir, "khong-danh-gia.out.xlsx")];
      },
      says: /^chitieu check: khong-danh-gia\.xlsx, trang "Số liệu": không đánh giá được dòng nào.*C "Con số A", D "Con số B".*--map "chỉ tiêu=C,thực hiện=D"/,
    },
    { name: "a malformed --map, naming the roles", make: async () => ["check", input, "--map", "màu=D"], says: /không hiểu "màu=D" trong --map; viết dạng "chỉ tiêu=D, thực hiện=F"/ },
    { name: "an unknown option", make: async () => ["check", input, "--bogus"], says: /tùy chọn không hợp lệ/ },
    { name: "a malformed --as-of", make: async () => ["check", input, "--as-of", "31/02/2025"], says: /--as-of cần ngày dạng YYYY-MM-DD/ },
  ];
  let runs: CliRun[] = [];
  beforeAll(async () => {
    runs = await Promise.all(cases.map(async (c) => runCli(await c.make())));
  });
  it.each(cases.map((c, i) => [c.name, i] as const))("refuses %s", async (_name, i) => {
    const r = runs[i];
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(cases[i].says);
    expect(lines[0]).toMatch(/ \/ /);
    expect(await sha256(input)).toBe(inputHash);
  });

  it.each([[false], [true]])("refuses a sheet over the row limit in one line (streaming: %s)", async (stream) => {
    const r = await runCli(["check", input, "--plan", PLAN, "-o", join(dir, `big-${stream}.xlsx`), ...(stream ? ["--stream"] : [])], process.cwd(), { CHITIEU_MAX_ROWS: "50" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^chitieu check: so-lieu\.xlsx quá lớn .*giới hạn 50 dòng.* \/ so-lieu\.xlsx is too large/);
  });

  it.skipIf(!LO)("refuses a real legacy .xls written by LibreOffice and says how to convert it", async () => {
    const src = join(dir, "cu.xlsx");
    await copyFile(input, src);
    const { output } = await convert(src, "xls", { outDir: join(dir, "xls") });
    const r = await runCli(["check", output, "--plan", PLAN]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^chitieu check: cu\.xls là tệp Excel cũ \(\.xls\); .*soffice --headless --convert-to xlsx/);
  });
});

describe("chitieu check --map", () => {
  it("judges the columns the user names when the headings say nothing the reader knows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.addRow(["STT", "Nội dung", "Con số A", "Con số B"]);
    ws.addRow([1, "Số lớp", "16 lớp", 15]);
    const p = join(dir, "can-map.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await runCli(["check", p, "--map", "chỉ tiêu=C, thực hiện=D", "--json", "-o", join(dir, "can-map.out.xlsx")]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).result as CheckedSheet;
    expect(res.items.map((i) => [i.name, i.target, i.status])).toEqual([["Số lớp", "16 lớp", "not_met"]]);
  });
});

describe("chitieu check --stream (big files: bounded memory)", () => {
  let run: CliRun;
  const streamed = () => join(dir, "streamed.xlsx");
  beforeAll(async () => {
    run = await runCli(["check", input, "--plan", PLAN, "--as-of", AS_OF, "-o", streamed(), "--stream"]);
  });

  it("exits 0, says what streaming leaves out, and writes no report sheet", async () => {
    expect(run.code).toBe(0);
    expect(run.stderr.trim()).toMatch(/^chitieu check: tệp lớn: đọc và ghi theo luồng/);
    expect((await loadBook(streamed())).worksheets.map((w) => w.name)).toEqual(["Chỉ tiêu"]);
    expect(await sha256(input)).toBe(inputHash);
  });

  it.skipIf(!LO)("writes status formulas LibreOffice recalculates to the engine's verdicts", async () => {
    const { workbook } = await recalculate(streamed());
    const ws = workbook.getWorksheet(result.sheet)!;
    const header = ws.getRow(result.layout.headerRows[0] + 1).values as unknown[];
    const statusCol = header.findIndex((v) => v === STATUS_HEADER);
    const bad = result.items.filter((it) => cellResult(ws.getCell(it.row + 1, statusCol).value) !== it.verdict.labels.vi);
    expect(bad).toEqual([]);
  });
});
