// The report model: Nghị định 30 layout, summary, table by section, shortfalls with gaps, print setup, matrix roll-ups.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import { haiAnList, samplePlan, wardMatrix } from "../sheet/fixtures";
import type { SheetData } from "../sheet/model";
import type { OutCell } from "../sheet/output";
import type { CheckedSheet } from "../sheet/types";
import { DEFAULT_TEMPLATE, buildReport } from "./build";
import { issuerLines, placeDateLine, summarySentence } from "./data";

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
  const m = buildReport(checked(listSheet, plan), plan, { date: "2025-02-05", signerName: "Nguyễn Văn A" });
  const t = texts(m.sheet.cells);

  it("sets the header block of Nghị định 30: issuer top left, motto top right, italic place-date line", () => {
    expect(t[0][0]).toBe("ỦY BAN NHÂN DÂN");
    expect(t[1][0]).toBe("QUẬN LONG BIÊN");
    expect(t[2][0]).toBe("Số:        /BC-UBND");
    expect(t[0][3]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(t[1][3]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(t[2][3]).toBe("Long Biên, ngày 05 tháng 02 năm 2025");
    const styleAt = (r: number, c: number) =>
      m.sheet.styles.filter((s) => s.range.top <= r && s.range.bottom >= r && s.range.left <= c && s.range.right >= c).reduce((a, s) => ({ ...a, ...s.style }), {});
    expect(styleAt(0, 0)).toMatchObject({ bold: true });
    expect(styleAt(1, 3)).toMatchObject({ bold: true, underline: true });
    expect(styleAt(2, 3)).toMatchObject({ italic: true });
    expect(m.sheet.merges).toContainEqual({ top: 0, left: 3, bottom: 0, right: 7 });
  });

  it("centres a bold title and the subject naming the plan", () => {
    const title = find(m.sheet.cells, "BÁO CÁO");
    expect(title).not.toBeNull();
    expect(t[title!.r + 1][0]).toBe("Kết quả thực hiện chỉ tiêu theo Kế hoạch số 123/KH-UBND (2024-2025)");
  });

  it("sums up the counts in one sentence", () => {
    expect(m.data.summary).toMatchObject({ total: 3, achieved: 1, not_met: 2 });
    expect(t.some((row) => row[0] === "Tổng số 3 chỉ tiêu: 1 chỉ tiêu đạt và vượt (33,3%), 2 chưa đạt.")).toBe(true);
  });

  it("prints the table with the eight columns, grouped by section, status as symbol and word", () => {
    const head = find(m.sheet.cells, "STT")!;
    expect(t[head.r]).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ hoàn thành", "Đánh giá", "Ghi chú"]);
    expect(t[head.r + 1][0]).toBe("1.1. Giáo dục mầm non");
    expect(t[head.r + 2].slice(0, 7)).toEqual(["1", "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", "63,2%", "97,2%", "✗ Chưa đạt"]);
    expect(t[head.r + 4][0]).toBe("1.3. Giáo dục THCS");
    expect(m.data.sections.map((s) => s.title)).toEqual(["1.1. Giáo dục mầm non", "1.3. Giáo dục THCS"]);
  });

  it("repeats the table header on every printed page of an A4 portrait sheet fitted to width", () => {
    const head = find(m.sheet.cells, "STT")!;
    expect(m.sheet.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: head.r, last: head.r } });
    expect(m.sheet.font).toEqual({ name: "Times New Roman", size: 13 });
    expect(m.sheet.columnWidths).toEqual(DEFAULT_TEMPLATE.columns.map((c) => c.width));
  });

  it("lists shortfalls with what is missing", () => {
    expect(m.data.shortfalls.map((s) => [s.name, s.gap])).toEqual([
      ["Tỷ lệ giáo viên THCS đạt chuẩn", expect.stringMatching(/^cần thêm 1.322/)],
      ["Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "thiếu 1,8 điểm %"],
    ]);
    expect(t.some((row) => row[0].startsWith("1. Tỷ lệ giáo viên THCS đạt chuẩn: thực hiện"))).toBe(true);
  });

  it("ends with 'Nơi nhận:' bottom left and the signature block bottom right", () => {
    const n = find(m.sheet.cells, "Nơi nhận:")!;
    expect(n.c).toBe(0);
    expect(t[n.r][4]).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(t[n.r + 1][0]).toBe("- Như trên;");
    expect(t[t.length - 1][4]).toBe("Nguyễn Văn A");
  });

  it("colours the status cells by their exact text", () => {
    const cf = m.sheet.conditionalFormats[0];
    expect(cf.rules.find((r) => r.status === "not_met")?.label).toBe("✗ Chưa đạt");
  });

  it("writes every value as text, never as a formula", () => {
    const all = m.sheet.cells.flat().filter((c) => c !== null);
    expect(all.every((c) => "text" in c)).toBe(true);
  });

  it("writes English when asked", () => {
    const en = buildReport(checked(listSheet, plan), plan, { lang: "en" });
    expect(en.sheet.name).toBe("Report");
    expect(en.data.summaryText).toBe("3 indicators in all: 1 met or exceeded (33.3%), 2 not met.");
    expect(en.data.sections[0].rows[0].statusText).toBe("✗ Not met");
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
  it("names the checked sheet and leaves blanks for the issuer", () => {
    const m = buildReport(checked(haiAnList(), null as never), null);
    expect(m.data.subject).toBe('Kết quả thực hiện chỉ tiêu trang "Tổng hợp"');
    expect(m.data.issuer[0]).toBe("ỦY BAN NHÂN DÂN");
    expect(m.data.placeDate).toMatch(/ngày\s+tháng\s+năm/);
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

  it("leaves zero counts out of the summary sentence", () => {
    const s = { total: 4, achieved: 4, exceeded: 1, met: 3, near: 0, not_met: 0, review: 0, pending: 0, overdue: 0, no_data: 0, invalid: 0, unreadable: 0 };
    expect(summarySentence(s, "vi")).toBe("Tổng số 4 chỉ tiêu: 4 chỉ tiêu đạt và vượt (100%).");
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
    expect(m.data.sections.map((x) => [x.title, x.rows.length])).toEqual([
      ["a) Quy mô", 1],
      ["a) Quy mô", 1],
    ]);
  });
});
