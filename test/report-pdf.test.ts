// The report printed through LibreOffice to PDF, read back with pdftotext: what a head of office signs, and what stays off it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../core/types";
import { getBundledPlan } from "../core/plan/bundled";
import { checkSheet } from "../core/sheet/check";
import type { SheetData } from "../core/sheet/model";
import { buildReport } from "../core/report/build";
import { writeBook } from "./helpers/xlsx";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";

const LO = libreOfficeAvailable() && spawnSync("pdftotext", ["-v"]).status === 0;
const SHOTS = process.env.CHITIEU_SHOTS ?? "";

/** A preschool's sheet for the Hải An plan: a shortfall, a rank target read with a note, and plenty of rows to fill pages. */
function schoolSheet(): SheetData {
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const rows: CellValue[][] = [
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN"],
    ["Đơn vị: Trường MN Cát Bi"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Số trẻ huy động ra lớp / dân số độ tuổi", "trẻ", null, "7.887/9.232"],
    [2, "Thứ hạng điểm bình quân các môn thi vào lớp 10 THPT", "thứ hạng", null, 9],
  ];
  plan.indicators.slice(0, 40).forEach((ind, i) => rows.push([i + 3, ind.name, ind.unit ?? "", null, null]));
  return { name: "Số liệu", values: rows, origin: { row: 0, col: 0 } };
}

let dir = "";
let report = "";
let pages: string[] = [];
let notes = "";

beforeAll(async () => {
  if (!LO) return;
  dir = mkdtempSync(join(tmpdir(), "chitieu-report-pdf-"));
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const sheet = schoolSheet();
  const checked = checkSheet(sheet, plan, { asOf: "2025-05-31", tolerance: 0.02 });
  if (!checked.ok) throw new Error(checked.error.message.en);
  const m = buildReport(checked, plan, { sheet, asOf: "2025-05-31", tolerance: 0.02, asOfSource: "user", date: "2025-06-05", signerName: "Lê Thị Hoa" });
  const pdfOf = async (ns: typeof m.sheet, name: string) => {
    const file = join(dir, `${name}.xlsx`);
    writeBook(file, [{ ...ns, cells: ns.cells.map((r) => [...r]) }]);
    return (await convert(file, "pdf", { outDir: dir })).output;
  };
  const reportPdf = await pdfOf(m.sheet, "bao-cao");
  const notesPdf = await pdfOf(m.notes, "ghi-chu");
  const text = (pdf: string) => spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  report = text(reportPdf);
  pages = report.split("\f").filter((p) => p.trim() !== "");
  notes = text(notesPdf);
  if (SHOTS) {
    // The first two pages as pictures, to look at.
    spawnSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", reportPdf, join(dir, "report")]);
    for (const f of ["report-1.png", "report-2.png"]) copyFileSync(join(dir, f), join(SHOTS, `report-${f.slice(7)}`));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, " ");

describe.skipIf(!LO)("the report as printed by LibreOffice", () => {
  it("opens with the school as issuer under the district office, the motto, the title and the as-of date", () => {
    const first = squash(pages[0]);
    expect(first).toMatch(/PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN .*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(first).toContain("TRƯỜNG MN CÁT BI");
    expect(first).toContain("Số: /BC-MNCB");
    expect(first).toContain("Hải An, ngày 05 tháng 6 năm 2025");
    expect(first).toContain("BÁO CÁO");
    expect(first).toContain("(Số liệu tính đến ngày 31/05/2025)");
    expect(squash(report)).not.toContain("ỦY BAN NHÂN DÂN QUẬN HẢI AN");
  });

  it("prints the table header only on the appendix's pages, never above the narrative or the signature", () => {
    const appendixPage = pages.findIndex((p) => p.includes("PHỤ LỤC"));
    expect(appendixPage).toBeGreaterThanOrEqual(0);
    pages.forEach((p, i) => {
      const hasHeader = /Tỷ lệ hoàn\s/.test(p);
      if (i < appendixPage) expect(hasHeader, `page ${i + 1}`).toBe(false);
      if (i > appendixPage) expect(hasHeader, `page ${i + 1}`).toBe(true);
    });
    expect(pages.length).toBeGreaterThan(appendixPage + 1);
  });

  it("starts the appendix on a page of its own, its title at the top, never at the foot of the signature's page", () => {
    const appendixPage = pages.findIndex((p) => p.includes("PHỤ LỤC"));
    expect(pages[appendixPage].trim().split("\n")[0]).toContain("PHỤ LỤC");
    expect(pages[appendixPage]).not.toContain("Nơi nhận");
    expect(pages[appendixPage - 1]).toContain("Nơi nhận");
  });

  it("signs with the principal's title, room to sign, and the name below it", () => {
    const lines = report.split("\n");
    const title = lines.findIndex((l) => l.includes("HIỆU TRƯỞNG"));
    const name = lines.findIndex((l) => l.includes("Lê Thị Hoa"));
    expect(title).toBeGreaterThanOrEqual(0);
    expect(name - title).toBeGreaterThanOrEqual(4);
    // Nothing printed under the title until the name (the recipients on the left do not count).
    const col = lines[title].indexOf("HIỆU TRƯỞNG") - 4;
    expect(lines.slice(title + 1, name).every((l) => l.slice(col).trim() === "")).toBe(true);
  });

  it("keeps software notes off the official report and puts them on the technical notes sheet", () => {
    expect(squash(report)).not.toMatch(/được hiểu là/);
    expect(squash(notes)).toContain("GHI CHÚ KỸ THUẬT");
    expect(squash(notes)).toMatch(/được hiểu là/);
  });

  it("prints no completion ratio for a rank, and the shortfall with what is missing", () => {
    const rank = report.split("\n").find((l) => l.includes("Thứ hạng điểm bình quân"))!;
    expect(rank).toBeDefined();
    expect(rank).not.toMatch(/\d%/);
    expect(squash(report)).toMatch(/Số trẻ huy động ra lớp.*cần thêm 23 trẻ/);
  });

  it("prints each section heading once", () => {
    const headings = report.split("\n").map((l) => l.trim()).filter((l) => /^[a-i]\) /.test(l));
    expect(headings.length).toBeGreaterThan(0);
    expect(new Set(headings).size).toBe(headings.length);
  });
});
