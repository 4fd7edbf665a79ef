// The checked sheet as LibreOffice prints it after the CLI's check of a clerk's workbook: A4 landscape one page wide, header repeated, each indicator's name, figure and verdict on one page, no Calibri on a Times New Roman sheet, no clipped explanations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue } from "../core/types";
import { getBundledPlan } from "../core/plan/bundled";
import type { SheetEdits } from "../core/sheet/edits";
import type { CheckedSheet } from "../core/sheet/types";
import { checkFile, planEdits } from "../cli/xlsx/check";
import { charsToPoints } from "../cli/xlsx/write";
import { convert, libreOfficeAvailable } from "./helpers/libreoffice";
import { gridSheet, validatePackage, writeBook } from "./helpers/xlsx";

const LO = libreOfficeAvailable() && ["pdftotext", "pdffonts", "pdftohtml", "pdfinfo"].every((t) => spawnSync(t, ["-v"]).status === 0);
const SHOTS = process.env.CHITIEU_SHOTS ?? "";
const FONT = { name: "Times New Roman", size: 13 };

/**
 * A district office's indicator list as the clerk typed it in Times New Roman 13: a title merged across the table,
 * the header bold, the table's rows wrapped and top-aligned, their own column widths, a "Ghi chú" column right of the
 * actual (so the status goes right of the table) and eighty of the Hải An plan's indicators, written as an .xlsx.
 */
function officeWorkbook(path: string): void {
  const plan = getBundledPlan("hai-an-2024-2025")!;
  const rows: CellValue[][] = [
    ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", null, null, null, null, null],
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", null, null, null, null, null],
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025", null, null, null, null, null],
    [null, null, null, null, null, null],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
  ];
  // Every indicator of the plan, twice over when it has fewer than eighty, so the table runs over pages.
  const inds = plan.indicators.length >= 80 ? plan.indicators : [...plan.indicators, ...plan.indicators].slice(0, 80);
  // Deadlines ("Hạn …", unit "ngày") get a date, as a clerk types one; the others a count, a third of them left blank.
  const actual = (unit: string | undefined, i: number): CellValue => (i % 3 === 0 ? null : unit === "ngày" ? new Date(Date.UTC(2024, 10, 20)) : i);
  inds.forEach((ind, i) => rows.push([i + 1, ind.name, ind.unit ?? "", null, actual(ind.unit, i), i % 5 === 0 ? "số liệu tạm tính" : null]));
  const last = rows.length - 1;
  writeBook(path, [
    gridSheet("Tổng hợp", rows, {
      font: FONT,
      styles: [
        { range: { top: 4, left: 0, bottom: 4, right: 5 }, style: { bold: true } },
        { range: { top: 4, left: 0, bottom: last, right: 5 }, style: { wrap: true, vAlign: "top" } },
      ],
      columnWidths: [6, 48, 10, 18, 12, 18].map(charsToPoints),
      merges: [{ top: 2, left: 0, bottom: 2, right: 5 }],
    }),
  ]);
}

let dir = "";
let pages: string[] = [];
let fonts = "";
let info = "";
let xml = "";
let checked: CheckedSheet;
let edits: SheetEdits;
let problems: string[] = [];

beforeAll(async () => {
  if (!LO) return;
  dir = mkdtempSync(join(tmpdir(), "chitieu-checked-print-"));
  const input = join(dir, "tong-hop.xlsx");
  officeWorkbook(input);
  // The CLI's own path: the file read, checked against the plan, core's edits patched into a copy of it.
  const opts = { plan: getBundledPlan("hai-an-2024-2025")!, asOf: "2025-05-31", tolerance: 0.02, report: false };
  const done = await checkFile(input, opts);
  checked = done.result;
  edits = planEdits(done.sheet, checked, opts).edits;
  const file = join(dir, "tong-hop.chitieu.xlsx");
  await done.save(file);
  problems = validatePackage(file);
  const pdf = (await convert(file, "pdf", { outDir: dir })).output;
  pages = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.split("\f").filter((p) => p.trim() !== "");
  fonts = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout;
  info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  xml = spawnSync("pdftohtml", ["-xml", "-stdout", "-i", pdf], { encoding: "utf8", maxBuffer: 64 << 20 }).stdout;
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    spawnSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "2", pdf, join(dir, "checked")]);
    for (const f of readdirSync(dir).filter((x) => /^checked-\d+\.png$/.test(x))) copyFileSync(join(dir, f), join(SHOTS, f.replace("checked-", "checked-sheet-")));
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, " ");

describe.skipIf(!LO)("a checked sheet written by the CLI, printed by LibreOffice", () => {
  it("is a sound package", () => {
    expect(problems).toEqual([]);
  });

  it("is A4 landscape, one page wide, on a few pages", () => {
    expect(edits.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(4);
  });

  it("repeats the header row on every page", () => {
    // (The tool's headings may sit a line lower than the user's: the header row is made tall enough for them to wrap.)
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toMatch(/Nội dung chỉ tiêu.*\n?.*Đánh giá \(Chỉ tiêu\)/));
  });

  /** The runs of text pdftohtml found, by page, with where they sit. */
  const runs = () =>
    xml.split(/<page /).slice(1).map((p) =>
      [...p.matchAll(/<text top="(\d+)" left="(\d+)" width="\d+" height="\d+" font="\d+">(.*?)<\/text>/g)].map((m) => ({ top: Number(m[1]), left: Number(m[2]), text: m[3].replace(/<[^>]+>/g, "").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&") })),
    );
  /** Each printed table row: its page, its STT and the text of each column band, from its top to the next row's. */
  const printedRows = () => {
    const out: { page: number; stt: number; text: string; explanation: string; status: string }[] = [];
    runs().forEach((rs, page) => {
      const statusHead = rs.find((r) => r.text.startsWith("Đánh giá"))!;
      // The status column is centred under its header; the explanation column starts where the status column ends.
      const statusFrom = statusHead.left - 24;
      const explanationFrom = statusHead.left + (statusHead.left - statusFrom) + 60;
      const starts = rs.filter((r) => r.left < 100 && r.top > statusHead.top && /^\d+( |$)/.test(r.text)).sort((a, b) => a.top - b.top);
      starts.forEach((r, i) => {
        const bottom = starts[i + 1]?.top ?? Infinity;
        const inRow = rs.filter((x) => x.top >= r.top - 2 && x.top < bottom - 2).sort((a, b) => a.top - b.top || a.left - b.left);
        const band = (from: number, to: number) => inRow.filter((x) => x.left >= from && x.left < to).map((x) => x.text).join("");
        out.push({ page, stt: Number(/^\d+/.exec(r.text)![0]), text: inRow.map((x) => x.text).join(" "), explanation: band(explanationFrom, Infinity), status: band(statusFrom, explanationFrom) });
      });
    });
    return out;
  };

  it("puts each indicator's name, figure and verdict on one printed row of one page", () => {
    const rows = printedRows();
    for (const it of checked.items) {
      const printed = rows.find((r) => r.stt === it.row - 4);
      expect(printed, it.name).toBeDefined();
      expect(squash(printed!.text), it.name).toContain(squash(it.name).slice(0, 24));
      expect(squash(printed!.status), it.name).toContain(it.verdict.labels.vi);
    }
  });

  it("prints every explanation whole inside its own row: no wrapped sentence runs into the next row", () => {
    const rows = printedRows();
    for (const it of checked.items) {
      const printed = rows.find((r) => r.stt === it.row - 4)!;
      expect(squash(printed.explanation), it.name).toBe(squash(`${it.verdict.symbol} ${it.verdict.explanations.vi}`));
    }
  });

  it("uses the sheet's Times New Roman for the tool's cells too: every word on the page is serif", () => {
    // pdftohtml names the font of each run of text; a verdict symbol (✓ ✗) may come from a fallback font, a word may not.
    const family = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const words = [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].filter((m) => /\p{L}{2}/u.test(m[2]));
    expect(words.length).toBeGreaterThan(100);
    const sans = words.filter((m) => !/Serif|Times/i.test(family.get(m[1]) ?? ""));
    expect(sans.map((m) => `${family.get(m[1])}: ${m[2]}`)).toEqual([]);
    expect(fonts).not.toMatch(/Carlito|Calibri/);
  });
});

describe.skipIf(LO)("a checked sheet printed by LibreOffice", () => {
  it("is skipped: soffice or poppler's pdftotext, pdffonts, pdftohtml, pdfinfo is not installed here", () => {
    expect(LO).toBe(false);
  });
});
