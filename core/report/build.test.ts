// The report model: Nghị định 30 layout, summary, table by section, shortfalls with gaps, print setup, matrix roll-ups.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import { haiAnList, samplePlan, wardMatrix } from "../sheet/fixtures";
import type { SheetData } from "../sheet/model";
import type { OutCell } from "../sheet/output";
import type { CheckedSheet } from "../sheet/types";
import { DEFAULT_TEMPLATE, buildReport } from "./build";
import { linesFor, wordWidth } from "./sheet-builder";
import { issuerLines, placeDateLine, summarySentence, wrappable } from "./data";

const checked = (s: SheetData, plan = samplePlan()): CheckedSheet => {
  const r = checkSheet(s, plan, { asOf: "2025-05-31" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const texts = (cells: OutCell[][]) => cells.map((row) => row.map((c) => (c && "text" in c ? c.text : "")));
const find = (cells: OutCell[][], text: string) => {
  const t = texts(cells);
  for (let r = 0; r < t.length; r++) for (let c = 0; c < t[r].length; c++) if (t[r][c] === text) return { r, c };
  return null;
};

const listSheet: SheetData = {
  name: "Số liệu",
  values: [
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", null, "63,2%"],
    [2, "Số trường mầm non", "trường", null, 22],
    [3, "Tỷ lệ giáo viên THCS đạt chuẩn", "%", null, "7.910/9.232"],
  ] as CellValue[][],
};

describe("buildReport with the default template", () => {
  const plan = samplePlan();
  const m = buildReport(checked(listSheet, plan), plan, { date: "2025-02-05", signerName: "Nguyễn Văn A", asOf: "2025-05-31", tolerance: 0.02 });
  const t = texts(m.sheet.cells);
  const styleAt = (r: number, c: number) =>
    m.sheet.styles.filter((s) => s.range.top <= r && s.range.bottom >= r && s.range.left <= c && s.range.right >= c).reduce((a, s) => ({ ...a, ...s.style }), {} as Record<string, unknown>);

  it("sets the header block of Nghị định 30: issuer top left, motto top right, italic place-date line on the number's row", () => {
    expect(t[0][0]).toBe("ỦY BAN NHÂN DÂN");
    expect(t[1][0]).toBe("QUẬN LONG BIÊN");
    expect(t[2][0]).toBe("Số:        /BC-UBND");
    expect(t[0][3]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(t[1][3]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(t[2][3]).toBe("Long Biên, ngày 05 tháng 02 năm 2025");
    expect(styleAt(0, 0)).toMatchObject({ bold: true });
    expect(styleAt(1, 3)).toMatchObject({ bold: true, underline: true });
    expect(styleAt(2, 3)).toMatchObject({ italic: true });
    expect(m.sheet.merges).toContainEqual({ top: 0, left: 3, bottom: 0, right: 7 });
  });

  it("centres a bold title, the subject naming the plan, and the as-of date", () => {
    const title = find(m.sheet.cells, "BÁO CÁO")!;
    expect(t[title.r + 1][0]).toBe("Kết quả thực hiện chỉ tiêu theo Kế hoạch số 123/KH-UBND (2024-2025)");
    expect(t[title.r + 2][0]).toBe("(Số liệu tính đến ngày 31/05/2025)");
  });

  it("sums up the counts in one sentence", () => {
    expect(m.data.summary).toMatchObject({ total: 3, achieved: 1, not_met: 2 });
    expect(t.some((row) => row[0] === "Tổng số 3 chỉ tiêu: 1 chỉ tiêu đạt và vượt (33,3%), 2 chưa đạt.")).toBe(true);
  });

  it("numbers each body heading once, shortfalls before the signature and the table after it as an appendix", () => {
    const headings = t.map((row) => row[0]).filter((x) => /^(I|II|III|IV)\. /.test(x));
    expect(headings).toEqual(["I. TỔNG HỢP KẾT QUẢ", "II. CÁC CHỈ TIÊU CHƯA ĐẠT VÀ MỨC CÒN THIẾU"]);
    const sign = find(m.sheet.cells, "Nơi nhận:")!;
    const appendix = find(m.sheet.cells, "PHỤ LỤC")!;
    const head = find(m.sheet.cells, "STT")!;
    expect(sign.r).toBeLessThan(appendix.r);
    expect(appendix.r).toBeLessThan(head.r);
    expect(t[appendix.r + 2][0]).toBe("(Kèm theo Báo cáo số        /BC-UBND)");
  });

  it("prints the table with the eight columns, grouped by section, status as symbol and word", () => {
    const head = find(m.sheet.cells, "STT")!;
    expect(t[head.r]).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ hoàn thành", "Đánh giá", "Ghi chú"]);
    expect(t[head.r + 1][0]).toBe("1.1. Giáo dục mầm non");
    expect(t[head.r + 2].slice(0, 8)).toEqual(["1", "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", "63,2%", "97,2%", "✗ Chưa đạt", "thiếu 1,8 điểm %"]);
    expect(t[head.r + 4][0]).toBe("1.3. Giáo dục THCS");
  });

  it("repeats only the table header on printed pages, on A4 portrait fitted to width, in Times New Roman", () => {
    const head = find(m.sheet.cells, "STT")!;
    expect(m.sheet.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: head.r, last: head.r } });
    expect(m.sheet.font).toEqual({ name: "Times New Roman", size: 13 });
    // The template's widths, as far as the table's figures and verdicts leave them (see "the appendix table's column widths").
    const widths = m.sheet.columnWidths as number[];
    DEFAULT_TEMPLATE.columns.forEach((c, i) => (i < 3 ? expect(widths[i]).toBe(c.width) : expect(widths[i]).toBeGreaterThanOrEqual(c.width * 0.75)));
  });

  it("lists shortfalls with what is missing, counted from the verdict's numbers", () => {
    expect(m.data.shortfalls.map((s) => [s.name, s.gap])).toEqual([
      ["Tỷ lệ giáo viên THCS đạt chuẩn", expect.stringMatching(/^cần thêm 1.322/)],
      ["Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "thiếu 1,8 điểm %"],
    ]);
    expect(t.some((row) => row[0].startsWith("1. Tỷ lệ giáo viên THCS đạt chuẩn: thực hiện"))).toBe(true);
  });

  it("ends the body with 'Nơi nhận:' bottom left and the signature, room to sign and the name bottom right", () => {
    const n = find(m.sheet.cells, "Nơi nhận:")!;
    expect(n.c).toBe(0);
    expect(t[n.r][4]).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(t[n.r + 1][0]).toBe("- Như trên;");
    const name = find(m.sheet.cells, "Nguyễn Văn A")!;
    const titleEnd = n.r + m.data.signatureTitle.length - 1;
    expect(name.r - titleEnd - 1).toBeGreaterThanOrEqual(4);
    expect(t.slice(titleEnd + 1, name.r).every((row) => row.slice(4).every((x) => x === ""))).toBe(true);
  });

  it("leaves a dotted line for the name when none is given", () => {
    const blank = buildReport(checked(listSheet, plan), plan, {});
    expect(texts(blank.sheet.cells).some((row) => row[4] === "……………………………")).toBe(true);
  });

  it("fills status cells so they differ in grey print, shortfalls darkest and bold", () => {
    const head = find(m.sheet.cells, "STT")!;
    const status = (r: number) => styleAt(r, 6);
    const grey = (hex: unknown) => {
      if (typeof hex !== "string") return 255;
      const n = parseInt(hex.slice(1), 16);
      return 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
    };
    const short = status(head.r + 2);
    const met = status(head.r + 3);
    expect(short).toMatchObject({ bold: true });
    expect(grey(met.fill) - grey(short.fill)).toBeGreaterThan(40);
    expect(m.sheet.conditionalFormats).toEqual([]);
  });

  it("writes every value as text, never as a formula", () => {
    const all = m.sheet.cells.flat().filter((c) => c !== null);
    expect(all.every((c) => "text" in c)).toBe(true);
  });

  it("writes English when asked", () => {
    const en = buildReport(checked(listSheet, plan), plan, { lang: "en" });
    expect(en.sheet.name).toBe("Report");
    expect(en.notes.name).toBe("Technical notes");
    expect(en.data.summaryText).toBe("3 indicators in all: 1 met or exceeded (33.3%), 2 not met.");
    expect(en.data.sections[0].rows[0].statusText).toBe("✗ Not met");
    // The layout's own words in English too, not Vietnamese headings over English sentences.
    const words = texts(en.sheet.cells).flat().filter((t) => t !== "");
    expect(words).toEqual(expect.arrayContaining(["REPORT", "SOCIALIST REPUBLIC OF VIETNAM", "I. SUMMARY OF RESULTS", "APPENDIX", "Indicator", "Assessment", "Recipients:"]));
    expect(en.data.subject).toMatch(/^Results against the targets of /);
    for (const vi of ["BÁO CÁO", "TỔNG HỢP KẾT QUẢ", "PHỤ LỤC", "Chỉ tiêu", "Đánh giá", "Nơi nhận:", "Kết quả thực hiện"]) expect(words.join(" | ")).not.toContain(vi);
  });
});

describe("the technical notes sheet", () => {
  const plan = samplePlan();
  const sheet: SheetData = { ...listSheet, values: [...listSheet.values, [4, "Số phòng học", "phòng", null, 120]] };
  const m = buildReport(checked(sheet, plan), plan, { sheet, asOf: "2025-05-31", tolerance: 0.02, asOfSource: "period" });
  const lines = texts(m.notes.cells).map((row) => row.join(" | "));

  it("states the sheet, the plan, the as-of date and tolerance", () => {
    expect(lines).toContain(" | Trang số liệu đã kiểm tra: «Số liệu».");
    expect(lines.some((l) => l.includes("Xét đến ngày 31/05/2025 (hết kỳ kế hoạch)"))).toBe(true);
  });

  it("lists the rows not judged with their figure's cell and why, which the official report leaves out", () => {
    expect(lines).toContain("E5 | «Số phòng học»: có số liệu nhưng không khớp chỉ tiêu nào của kế hoạch.");
    expect(texts(m.sheet.cells).flat().some((x) => x.includes("Số phòng học"))).toBe(false);
  });
});

describe("completion ratio and gaps", () => {
  it.each<[string, string, CellValue, string, string]>([
    ["a share to reach", "ít nhất 65%", "63,2%", "97,2%", "thiếu 1,8 điểm %"],
    ["a count to reach", "ít nhất 20 trường", 18, "90%", "cần thêm 2 trường"],
    ["a lower-is-better rate", "dưới 3%", "4%", "", "vượt mức cho phép 1 điểm %"],
    ["an upper bound", "không quá 45 lớp", 47, "", "cần giảm 2 lớp"],
    ["a rank", "thứ hạng 6/30 quận huyện", 9, "", ""],
    ["a level", "mức độ 3", 2, "", ""],
  ])("%s (%s, actual %s): ratio '%s', gap '%s'", (_, target, actual, ratio, gap) => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"], [1, "Chỉ tiêu thử", target, actual]] };
    const r = checked(s, null as never);
    const row = buildReport(r, null, { asOf: "2025-05-31" }).data.sections.flatMap((x) => x.rows)[0];
    expect([row.completion, row.gap]).toEqual([ratio, gap]);
  });
});

describe("buildReport on a unit matrix", () => {
  const plan = samplePlan();
  const m = buildReport(checked(wardMatrix(), plan), plan, {});
  it("gives one row per indicator with its roll-up and district verdict", () => {
    expect(m.data.sections.flatMap((s) => s.rows).map((r) => [r.name, r.rollUp, r.status])).toEqual([
      ["Phường đạt chuẩn xóa mù chữ mức độ 2", "13/14 phường đạt", "not_met"],
      ["Tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "13/14 phường đạt", "exceeded"],
    ]);
    expect(m.data.sections[0].rows[0].note).toBe("Chưa đạt: Ngọc Lâm");
  });
  it("lists the short units by name in the shortfalls", () => {
    expect(m.data.shortfalls.map((s) => s.unitName)).toEqual(expect.arrayContaining(["Ngọc Lâm", "Gia Thụy"]));
  });
  it("carries the data-check findings", () => {
    expect(m.data.findings.some((f) => f.includes("E18"))).toBe(true);
  });
});

describe("buildReport without a plan", () => {
  it("names the checked sheet and takes the issuer from the sheet's title block", () => {
    const sheet = haiAnList();
    const m = buildReport(checked(sheet, null as never), null, { sheet });
    expect(m.data.subject).toBe('Kết quả thực hiện chỉ tiêu trang "Tổng hợp"');
    expect([m.data.parent, m.data.issuer, m.data.signatureTitle]).toEqual(["ỦY BAN NHÂN DÂN QUẬN HẢI AN", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], ["TRƯỞNG PHÒNG"]]);
    expect(m.data.placeDate).toMatch(/^Hải An, ngày\s+tháng\s+năm/);
  });

  it("leaves blanks for the issuer when neither the sheet nor a plan names one", () => {
    const m = buildReport(checked(listSheet, null as never), null);
    expect(m.data.issuer).toEqual(["................"]);
  });
});

describe("report helpers", () => {
  it.each([
    ["2025-02-05", "Long Biên, ngày 05 tháng 02 năm 2025"],
    ["2025-03-15", "Long Biên, ngày 15 tháng 3 năm 2025"],
    ["2024-12-09", "Long Biên, ngày 09 tháng 12 năm 2024"],
  ])("writes the date %s as Nghị định 30 does: %s", (iso, line) => {
    expect(placeDateLine("Long Biên", iso)).toBe(line);
  });

  it.each([
    ["ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", ["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN"]],
    ["Phòng Giáo dục và Đào tạo quận Hải An", ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "QUẬN HẢI AN"]],
    ["BAN CHỈ ĐẠO", ["BAN CHỈ ĐẠO"]],
  ])("splits the issuer %s into header lines", (issuer, lines) => {
    expect(issuerLines(issuer)).toEqual(lines);
  });

  it("prints each heading of a section path once, a sheet's short path joining the plan's", () => {
    const p = samplePlan();
    const base = p.indicators[1];
    p.indicators = [
      { ...base, id: "x.a", section: ["II. Chỉ tiêu", "c) Chất lượng", "Mầm non"], name: "Số trường mầm non" },
      { ...base, id: "x.b", section: ["II. Chỉ tiêu", "b) Đội ngũ"], name: "Số giáo viên", target: "100 người" },
      { ...base, id: "x.c", section: ["II. Chỉ tiêu", "c) Chất lượng", "Tiểu học"], name: "Số trường tiểu học", target: "20 trường" },
    ];
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Thực hiện"], [1, "Số trường mầm non", 22], [2, "Số giáo viên", 100], [3, "Số trường tiểu học", 20]] };
    const titles = buildReport(checked(s, p), p, {}).data.sections.map((x) => x.title);
    expect(titles).toEqual(["c) Chất lượng", "Mầm non", "Tiểu học", "b) Đội ngũ"]);
  });

  it("leaves zero counts out of the summary sentence", () => {
    const s = { total: 4, achieved: 4, exceeded: 1, met: 3, near: 0, not_met: 0, review: 0, pending: 0, overdue: 0, no_data: 0, invalid: 0, unreadable: 0 };
    expect(summarySentence(s, "vi")).toBe("Tổng số 4 chỉ tiêu: 4 chỉ tiêu đạt và vượt (100%).");
  });

  it("says how wide 'Gần đạt' is where it is used", () => {
    const s = { total: 4, achieved: 3, exceeded: 0, met: 3, near: 1, not_met: 0, review: 0, pending: 0, overdue: 0, no_data: 0, invalid: 0, unreadable: 0 };
    expect(summarySentence(s, "vi", 0.02)).toBe("Tổng số 4 chỉ tiêu: 3 chỉ tiêu đạt và vượt (75%), 1 gần đạt (thiếu không quá 2%).");
  });
});

describe("report sections", () => {
  it("keeps sections with the same title under different parents apart", () => {
    const p = samplePlan();
    p.indicators = [
      { ...p.indicators[1], id: "a.truong", section: ["1. Mầm non", "a) Quy mô"], name: "Số trường mầm non" },
      { ...p.indicators[1], id: "b.truong", section: ["2. Tiểu học", "a) Quy mô"], name: "Số trường tiểu học", target: "20 trường" },
    ];
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "Thực hiện"], [1, "Số trường mầm non", 22], [2, "Số trường tiểu học", 20]] };
    const m = buildReport(checked(s, p), p, {});
    expect(m.data.sections.map((x) => [x.title, x.level, x.rows.length])).toEqual([
      ["1. Mầm non", 0, 0],
      ["a) Quy mô", 1, 1],
      ["2. Tiểu học", 0, 0],
      ["a) Quy mô", 1, 1],
    ]);
  });
});

describe("wrappable", () => {
  it.each([
    ["2.348/2.348=100%", "2.348/2.348 = 100%"],
    ["1.640/2.898 = 56,6%", "1.640/2.898 = 56,6%"],
    ["ít nhất 90%", "ít nhất 90%"],
    ["≥ 95%", "≥ 95%"],
    [">=95%", ">=95%"],
    ["<=5%", "<=5%"],
  ])("%s prints as %s", (given, printed) => {
    expect(wrappable(given)).toBe(printed);
  });
});

describe("the shortfalls part when every judged indicator is met", () => {
  const sheetOf = (rows: CellValue[][]): SheetData => ({ name: "Số liệu", values: [["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], ...rows] });
  const body = (s: SheetData) => texts(buildReport(checked(s, null as never), null, { date: "2025-06-01" }).sheet.cells).flat();

  it("says 'no shortfalls' plainly when every row with a figure was judged", () => {
    expect(body(sheetOf([[1, "Số lớp", "lớp", "16 lớp", 16]]))).toContain("Không có chỉ tiêu chưa đạt.");
  });

  it("counts the rows with figures it did not judge instead of a clean bill, and points to the technical notes", () => {
    const t = body(sheetOf([[1, "Số lớp", "lớp", "16 lớp", 16], [2, "Kinh phí mua sắm", "triệu đồng", null, 120]]));
    expect(t).not.toContain("Không có chỉ tiêu chưa đạt.");
    expect(t).toContain('Chưa đánh giá được 1/2 dòng có số liệu (1 không có chỉ tiêu; xem trang "Ghi chú kỹ thuật").');
    expect(t).toContain("Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá.");
  });
});

describe("the shortfalls part over figures not yet due", () => {
  it("never says 'no shortfalls' plainly while a figure below its target waits for its due date", () => {
    const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"], [1, "Số trường đạt chuẩn", "20 trường", 12]] }, null, { asOf: "2026-06-01" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.items[0].status).toBe("pending");
    const vi = texts(buildReport(r, null, { date: "2026-06-02" }).sheet.cells).flat();
    expect(vi).not.toContain("Không có chỉ tiêu chưa đạt.");
    // The CLI's wording (core's one line): its only row judged is not yet due, so nothing was concluded (round 36).
    expect(vi).toContain("Chưa kết luận được: cả 1 chỉ tiêu đã so với mức đều chưa đến hạn (xem Phụ lục).");
    // Beside a row met: "none due", and where the row is.
    const r2 = checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu đến năm 2030", "Thực hiện năm 2026"], [1, "Số trường đạt chuẩn", "20 trường", 12], [2, "Số lớp", "16 lớp", 16]] }, null, { asOf: "2026-06-01" });
    if (!r2.ok) throw new Error(JSON.stringify(r2.error));
    expect(texts(buildReport(r2, null, { date: "2026-06-02" }).sheet.cells).flat()).toContain("Không có chỉ tiêu chưa đạt đã đến hạn; 1 chỉ tiêu chưa đạt mức, chưa đến hạn (xem Phụ lục).");
  });

  it("says another sheet holds figures not judged when the sheet was chosen over one that does", () => {
    const r = checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Số lớp", "16 lớp", 16]] }, null);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    r.coverage.complete = false;
    r.coverage.choice = { vi: 'Kiểm tra trang "S"; các trang khác: "T" (0, 4 chưa đánh giá được).', en: 'Checked sheet "S"; other sheets: "T" (0, 4 not judged).' };
    const m = buildReport(r, null, { date: "2026-06-02" });
    expect(texts(m.sheet.cells).flat()).toContain('Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá; trang khác của tệp còn số liệu chưa được đánh giá (xem trang "Ghi chú kỹ thuật").');
    // Named and counted when bestSheet says which sheet holds what.
    r.coverage.elsewhere = { sheets: ["T"], notJudged: 4, shortfalls: 0, bySheet: [["T", 4]] };
    const named = texts(buildReport(r, null, { date: "2026-06-02" }).sheet.cells).flat();
    // Said once: the count and the sheet first, then the claim limited to the rows judged.
    expect(named).toContain('Chưa đánh giá được 4 dòng có số liệu ở trang "T" (xem trang "Ghi chú kỹ thuật").');
    expect(named).toContain("Không có chỉ tiêu chưa đạt trong 1 chỉ tiêu đã đánh giá.");
    expect(texts(m.notes.cells).flat()).toContain('Kiểm tra trang "S"; các trang khác: "T" (0, 4 chưa đánh giá được).');
  });
});

describe("the shortfalls part over rows asked about", () => {
  it("never says every indicator is met while a row waits for confirmation ('Cần xác nhận')", () => {
    const s: SheetData = {
      name: "HK I",
      values: [
        ["STT", "Nội dung", "Chỉ tiêu năm học 2024-2025", "Kết quả học kỳ I"],
        [1, "Tỷ lệ học sinh giỏi", "Từ 15% trở lên", "13,8%"],
        [2, "Tỷ lệ duy trì sĩ số", "Từ 99% trở lên", "99,5%"],
      ] as CellValue[][],
    };
    const r = checkSheet(s, null, { asOf: "2025-01-15", period: "2024-2025" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.items[0].status).toBe("review");
    const vi = texts(buildReport(r, null, { date: "2025-01-20" }).sheet.cells).flat();
    expect(vi).toContain("Không có chỉ tiêu chưa đạt chắc chắn; 1 chỉ tiêu cần xác nhận (xem Phụ lục).");
    expect(vi).not.toContain("Không có chỉ tiêu chưa đạt.");
    const en = texts(buildReport(r, null, { date: "2025-01-20", lang: "en" }).sheet.cells).flat();
    expect(en).toContain("No certain shortfalls; 1 to confirm (see the appendix).");
  });
});

describe("the appendix table's column widths", () => {
  it("hold each verdict on one line and each figure unbroken, the issuer block's columns unchanged", () => {
    // Invented: a count pair wider than the actual column, a shortfall, a plain figure.
    const sheet: SheetData = {
      name: "Số liệu",
      values: [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Số trẻ được khám sức khỏe định kỳ trên tổng số trẻ", "trẻ", "ít nhất 95%", "12.345/12.456"],
        [2, "Số giáo viên đạt chuẩn trình độ đào tạo", "giáo viên", "ít nhất 40 giáo viên", 38],
        [3, "Số phòng học kiên cố", "phòng", "ít nhất 30 phòng", 31],
      ],
    };
    const m = buildReport(checked(sheet, null as never), null, { asOf: "2025-05-31" });
    const widths = m.sheet.columnWidths as number[];
    const col = (key: string) => DEFAULT_TEMPLATE.columns.findIndex((c) => c.key === key);
    const size = DEFAULT_TEMPLATE.font.size;
    const rows = m.data.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.statusText)).toContain("✗ Chưa đạt");
    for (const r of rows) {
      expect(linesFor(r.statusText, widths[col("status")], size), r.statusText).toBe(1);
      expect(wordWidth(r.actual, size), r.actual).toBeLessThanOrEqual(widths[col("actual")]);
    }
    // The issuer's columns are the template's; what the figures took the columns right of them gave, the table grown by
    // a tenth at most for the rest (printed fitted to the page width).
    DEFAULT_TEMPLATE.columns.slice(0, 3).forEach((c, i) => expect(widths[i]).toBe(c.width));
    const total = DEFAULT_TEMPLATE.columns.reduce((a, c) => a + c.width, 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total * 1.1);
  });
});

// Seen on a real review sheet (layout 213, 12 communes, 10 asked about and 1 without data): "1/12 xã đạt" was printed
// "✓ Đạt" in the official appendix. Units not judged could still fall short, so the district has not met it yet.
describe("a unit matrix's row whose judged units all met while others were not judged", () => {
  const plan = samplePlan();
  const sheet = wardMatrix();
  // Ngọc Lâm's "Chưa đạt" and two other wards' cells blanked: 11 judged, all met, 3 without a figure.
  for (const r of [8, 9, 10]) sheet.values[r][2] = null;
  const m = buildReport(checked(sheet, plan), plan, {});
  it("is not 'met': no data while the others are blank", () => {
    const row = m.data.sections.flatMap((s) => s.rows).find((r) => /xóa mù chữ/.test(r.name))!;
    expect(row.rollUp).toMatch(/^11\/14 phường đạt \(3 chưa có số liệu\)$/);
    expect(row.status).toBe("no_data");
  });
});

// Seen printing a commune matrix read in October (layout 237): "10/16 xã đạt" whose other communes were all short only
// for now ("Chưa đến hạn") was printed "✗ Chưa đạt" in the appendix, and "1 chưa đạt" in part I, while part II said no
// target was surely short. Units with time left leave the district not yet due; a unit surely short keeps "Chưa đạt".
describe("a unit matrix's row whose short units are all not yet due", () => {
  const values = [
    ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI 9 THÁNG ĐẦU NĂM 2020", null, null, null],
    ["TT", "Xã", "Kế hoạch năm 2020", "Số tiêu chí đạt đến 30/9/2020"],
    [1, "Hải An", "19 tiêu chí", 19],
    [2, "Hải Ba", "19 tiêu chí", 19],
    [3, "Hải Quế", "18 tiêu chí", 16],
    [4, "Hải Dương", "17 tiêu chí", 17],
  ];
  const rowOf = (asOf: string) => {
    const r = checkSheet({ name: "NTM", values }, null, { asOf });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return buildReport(r, null, { asOf }).data.sections.flatMap((s) => s.rows)[0];
  };
  it("is 'Chưa đến hạn', its count saying which", () => {
    const row = rowOf("2020-10-06");
    expect(row.status).toBe("pending");
    expect(row.rollUp).toBe("3/4 xã đạt (1 chưa đến hạn)");
  });
  it("is 'Chưa đạt' once the year is over", () => {
    expect(rowOf("2021-01-15").status).toBe("not_met");
  });
});
