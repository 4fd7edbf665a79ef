// `chitieu check` on real .xlsx files: new workbook with live verdicts LibreOffice agrees with, input untouched, bad input refused in one line.
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundledPlan } from "../core/plan/bundled";
import type { Plan } from "../core/plan/schema";
import { STATUS_HEADER } from "../core/sheet/edits";
import type { CheckedSheet } from "../core/sheet/types";
import { listSample } from "../cli/xlsx/sample";
import { reportSpec } from "../cli/xlsx/report";
import { saveSheets } from "../cli/xlsx/write";
import { findAll } from "../cli/xlsx/ooxml/xml";
import { columnLetters } from "../core/sheet/model";
import { convert, libreOfficeAvailable, recalculate } from "./helpers/libreoffice";
import { gridSheet, writeBook, type TestBook } from "./helpers/xlsx";
import { loadBook, runCli, sha256, type CliRun } from "./cli-run";

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
  const { spec } = listSample({
    title: ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU"],
    placeDate: "Hải An, ngày 31 tháng 5 năm 2025",
    indicators: plan.indicators,
    figures: { "mn.huy-dong": { actual: 7887, format: "#,##0" } },
  });
  // A user's note that looks like a formula must stay text in the output.
  spec.cells[6][6] = { text: "=1+1 là ghi chú" };
  input = join(dir, "so-lieu.xlsx");
  writeBook(input, [spec]);
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

  it("writes a live formula for every status cell with the engine's label as its cached result, but where no formula can judge as the engine does", async () => {
    const wb = await loadBook(out());
    const statusCol = statusColumn(wb, result);
    expect(statusCol).toBeGreaterThan(0);
    const formulas = wb.formulaCells(result.sheet);
    // "tốp đầu thành phố" is read as top 10 (target_partly_read): a figure the reading cannot take is asked about by
    // the engine, which no formula compiled from "top 10" can do, so that status is the engine's label.
    const labelled = result.items.filter((it) => it.noFormula);
    const twoReadings = (it: (typeof result.items)[number]) => Boolean(it.verdict.rule?.alternative || it.verdict.rule?.rivals || it.verdict.rule?.unsure);
    expect(labelled.map((it) => [it.indicatorId, it.noFormula])).toEqual([["thcs.thi-lop10.diem-binh-quan", "partlyRead"]]);
    for (const it of result.items) {
      const at = `${columnLetters(statusCol)}${it.row + 1}`;
      if (it.noFormula) expect([formulas.has(at), wb.value(result.sheet, at)], at).toEqual([false, it.verdict.labels.vi]);
      // A target with two readings (round 15 keeps "giảm 1,5% so với đầu năm" in points or per cent, the judge choosing
      // by the baseline) has no formula either (core/rule/formula.ts): its label is the engine's, written as a value.
      else if (twoReadings(it)) expect([formulas.has(at), wb.value(result.sheet, at)], at).toEqual([false, it.verdict.labels.vi]);
      else expect(formulas.get(at)?.result, at).toBe(it.verdict.labels.vi);
    }
    // The rest are the live explanations beside them (core/sheet/status.ts liveExplanations), cached as checked.
    const statusLetters = columnLetters(statusCol);
    const inStatus = [...formulas.keys()].filter((a) => a.replace(/\d+$/, "") === statusLetters);
    expect(inStatus.length).toBe(result.items.length - labelled.length - result.items.filter((it) => !it.noFormula && twoReadings(it)).length);
    for (const it of result.items) {
      const at = `${columnLetters(statusCol + 1)}${it.row + 1}`;
      const f = formulas.get(at);
      if (f) expect(f.result, at).toBe(`${it.verdict.symbol} ${it.verdict.explanations.vi}`);
    }
  });

  it("keeps a note that starts with '=' as text", async () => {
    const wb = await loadBook(out());
    expect(wb.value(result.sheet, "G7")).toBe("=1+1 là ghi chú");
    expect(wb.formula(result.sheet, "G7")).toBeUndefined();
  });

  it("colours verdicts by exact label: red not met, amber near, green met, grey no data", async () => {
    const wb = await loadBook(out());
    const rules = wb.conditionalRules(result.sheet);
    const fillFor = (label: string) => rules.find((r) => r.formula.endsWith(`="${label}"`))?.fill;
    expect(fillFor("Chưa đạt")).toBe("FFFFC7CE");
    expect(fillFor("Gần đạt")).toBe("FFFFEB9C");
    expect(fillFor("Đạt")).toBe("FFC6EFCE");
    expect(fillFor("Chưa có số liệu")).toBe("FFE7E6E6");
  });

  it("adds the report sheet in Times New Roman, A4, fitted to width, with repeated header rows", async () => {
    const wb = await loadBook(out());
    expect(wb.names).toContain("Báo cáo");
    const setup = findAll(wb.sheetXml("Báo cáo"), "pageSetup")[0];
    expect(setup.attrs.paperSize).toBe("9");
    expect(setup.attrs.fitToWidth).toBe("1");
    const titles = wb.book.info.definedNames.find((d) => d.name === "_xlnm.Print_Titles" && d.localSheetId === wb.book.info.sheets.findIndex((s) => s.name === "Báo cáo"));
    expect(titles?.value).toMatch(/^'Báo cáo'!\$\d+:\$\d+$/);
    expect(wb.font("Báo cáo", "A1").name).toBe("Times New Roman");
    expect(wb.texts("Báo cáo")).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("keeps how the check was made on a \"Ghi chú kỹ thuật\" sheet beside the report, as the panes do", async () => {
    const wb = await loadBook(out());
    expect(wb.names.slice(-2)).toEqual(["Báo cáo", "Ghi chú kỹ thuật"]);
    expect(wb.texts("Ghi chú kỹ thuật").length).toBeGreaterThan(1);
  });

  it.skipIf(!LO)("gives, once LibreOffice recalculates it, exactly the engine's verdict in every status cell", async () => {
    const { workbook } = await recalculate(out());
    const statusCol = statusColumn(workbook, result);
    const mismatches = result.items
      .map((it) => ({ at: `${columnLetters(statusCol)}${it.row + 1}`, lo: workbook.value(result.sheet, [it.row, statusCol]), engine: it.verdict.labels.vi }))
      .filter((m) => m.lo !== m.engine);
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!LO)("prints a report PDF with the motto, the title and the shortfall line", async () => {
    const only = join(dir, "bao-cao.xlsx");
    await saveSheets([reportSpec(result, plan, { date: AS_OF }).spec], only);
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
      says: /hong\.xlsx bị hỏng, không mở được; mở bằng Excel\/LibreOffice để sửa rồi lưu lại$/,
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
        const p = join(dir, "trong.xlsx");
        writeBook(p, [gridSheet("Trang 1", [])]);
        return ["check", p, "--plan", PLAN];
      },
      says: /trong\.xlsx: mọi trang đều trống/,
    },
    {
      name: "a sheet with no recognisable header, naming the headers expected",
      make: async () => {
        const p = join(dir, "khong-tieu-de.xlsx");
        writeBook(p, [gridSheet("Dữ liệu", [["Họ tên", "Ngày sinh", "Lớp"], ["Nguyễn Văn A", "01/01/2019", "Mầm 1"]])]);
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
        const p = join(dir, "khong-danh-gia.xlsx");
        writeBook(p, [gridSheet("Số liệu", [["STT", "Nội dung", "Con số A", "Con số B"], [1, "Số lớp", "16 lớp", 16]])]);
        return ["check", p, "-o", join(dir, "khong-danh-gia.out.xlsx")];
      },
      says: /^chitieu check: khong-danh-gia\.xlsx, trang "Số liệu": không đánh giá được dòng nào.*C "Con số A", D "Con số B".*--map "chỉ tiêu=C,thực hiện=D"/,
    },
    { name: "a malformed --map, naming the roles", make: async () => ["check", input, "--map", "màu=D"], says: /không hiểu "màu=D" trong --map; viết dạng "chỉ tiêu=D, thực hiện=F"/ },
    { name: "an unknown option", make: async () => ["check", input, "--bogus"], says: /tùy chọn không hợp lệ/ },
    { name: "a malformed --as-of", make: async () => ["check", input, "--as-of", "31/02/2025"], says: /--as-of: không có ngày 31 tháng 2 năm 2025: tháng này có 28 ngày\.$/ },
    { name: "a near-miss plan id, naming the plan meant", make: async () => ["check", input, "--plan", "hai-an-2024-2026"], says: /không có kế hoạch "hai-an-2024-2026"; ý bạn là hai-an-2024-2025\?/ },
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
    // One language: the English half of the message is not printed without --lang en.
    expect(lines[0]).not.toMatch(/ \/ |\b(the|not|no|is)\b/);
    expect(await sha256(input)).toBe(inputHash);
  });

  it("refuses a sheet over the row limit in one line", async () => {
    const r = await runCli(["check", input, "--plan", PLAN, "-o", join(dir, "big.xlsx")], process.cwd(), { CHITIEU_MAX_ROWS: "50" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^chitieu check: so-lieu\.xlsx quá lớn .*giới hạn 50 dòng[^\n]*hãy tách tệp$/);
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

/** Column (0-based) of the status header on the result's header row. */
function statusColumn(wb: TestBook, result: CheckedSheet): number {
  const row = wb.sheet(result.sheet).values[result.layout.headerRows[0]] ?? [];
  return row.findIndex((v) => v === STATUS_HEADER);
}

describe("chitieu check --map", () => {
  it("judges the columns the user names when the headings say nothing the reader knows", async () => {
    const p = join(dir, "can-map.xlsx");
    writeBook(p, [gridSheet("Số liệu", [["STT", "Nội dung", "Con số A", "Con số B"], [1, "Số lớp", "16 lớp", 15]])]);
    const r = await runCli(["check", p, "--map", "chỉ tiêu=C, thực hiện=D", "--json", "-o", join(dir, "can-map.out.xlsx")]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout).result as CheckedSheet;
    expect(res.items.map((i) => [i.name, i.target, i.status])).toEqual([["Số lớp", "16 lớp", "not_met"]]);
  });
});
