// What the clerk reads says what was read, what was not and why, in one wording on every surface (the CLI's lines,
// the panes' lists, the report's notes sheet). Every sheet here is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import type { SheetData } from "../sheet/model";
import type { CheckedSheet } from "../sheet/types";
import { resultsView } from "../session/results";
import { buildReport } from "./build";
import { cleanLine, cleanOf } from "../sheet/coverage";
import { summaryLines } from "../../cli/xlsx/summary";
import { evaluate } from "../rule/evaluate";
import { nounCase } from "../sheet/layout";

const noteLines = (sheet: SheetData, r: CheckedSheet, lang: "vi" | "en" = "vi") =>
  buildReport(r, null, { sheet, asOf: "2026-06-30", lang }).notes.cells.map((row) => row.map((c) => (c && "text" in c ? c.text : "")).join(" | "));

const check = (sheet: SheetData, asOf = "2026-06-30"): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};

describe("a figure in a column with no role", () => {
  it("is told to map the column it is in, not a fixed letter", () => {
    const r = check({ name: "Y tế", values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú", "Ghi chú thêm"],
      [1, "Tỷ lệ trạm y tế có bác sĩ", "%", "ít nhất 90%", null, null, "92%"],
      [2, "Số thôn có nhân viên y tế", "thôn", "12 thôn", 12, null, null],
    ] as CellValue[][] });
    const n = r.coverage.notJudged.find((x) => x.reason === "unread_figure");
    expect(n?.message.vi).toMatch(/ở cột G .*--map "thực hiện=G"/);
    expect(n?.message.en).toMatch(/column G .*--map "thực hiện=G"/);
  });
});

describe("a row with a figure and no target, checked with no plan", () => {
  const sheet: SheetData = { name: "Thư viện", values: [
    ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
    [1, "Tỷ lệ học sinh đọc sách ở thư viện", "ít nhất 70%", "74%"],
    [2, "Số đầu sách mới bổ sung", null, 350],
  ] as CellValue[][] };
  const r = check(sheet);
  it("is said in core's words on every surface, naming no plan that was never used", () => {
    const n = r.coverage.notJudged[0];
    expect(n.why.vi).toBe("có số liệu nhưng không có chỉ tiêu để so");
    const pane = resultsView(sheet, r).notJudged[0].text;
    expect(pane.vi).toBe("«Số đầu sách mới bổ sung»: có số liệu nhưng không có chỉ tiêu để so.");
    expect(pane.en).toBe("“Số đầu sách mới bổ sung”: has a figure but no target to compare with.");
    const vi = noteLines(sheet, r);
    expect(vi).toContain("D3 | «Số đầu sách mới bổ sung»: có số liệu nhưng không có chỉ tiêu để so.");
    expect(vi).toContain("Dòng chưa được đánh giá | ");
    expect(vi.join("\n")).not.toMatch(/khớp kế hoạch|của kế hoạch/);
    expect(vi.join("\n")).toContain("Không dùng kế hoạch: chỉ tiêu lấy từ sổ số liệu.");
    expect(noteLines(sheet, r, "en").join("\n")).not.toMatch(/plan indicator/);
  });
});

describe("the reader's choices of columns", () => {
  // Two result columns of equal standing (one per commune) under one target: each commune judged on the row's target.
  const sheet: SheetData = { name: "Dân số", values: [
    ["STT", "Chỉ tiêu", "Kế hoạch năm 2026", "Thực hiện năm 2026", null],
    [null, null, null, "Xã Hòa Bình", "Xã Tân Lập"],
    [1, "Tỷ lệ sinh con thứ 3 trở lên (%)", "dưới 5%", "4,1%", "3,2%"],
    [2, "Tỷ lệ trẻ được tiêm chủng đầy đủ (%)", "ít nhất 95%", "96%", "97,5%"],
  ] as CellValue[][] };
  const r = check(sheet);
  it("are printed in the report's notes as the CLI and the panes say them", () => {
    const said = resultsView(sheet, r).decisions;
    expect(said.some((d) => /Các cột D–E ghi số thực hiện của 2 đơn vị \(Xã Hòa Bình, Xã Tân Lập\)/.test(d.vi))).toBe(true);
    for (const lang of ["vi", "en"] as const) {
      const lines = noteLines(sheet, r, lang);
      for (const d of said) expect(lines).toContain(` | ${d[lang]}`);
    }
  });
});

describe("tasks not done yet before their deadline", () => {
  const sheet: SheetData = { name: "Nhiệm vụ", values: [
    ["TT", "Nhiệm vụ", "Thời hạn", "Kết quả"],
    [1, "Tổ chức hội nghị tổng kết năm học", "trước 30/06/2026", "Đã hoàn thành ngày 20/06/2026"],
    [2, "Sửa chữa nhà vệ sinh khu B", "trước 31/08/2026", "Chưa hoàn thành"],
    [3, "Trồng cây xanh quanh sân trường", "trước 30/09/2026", "Đang thực hiện"],
  ] as CellValue[][] };
  const r = check(sheet, "2026-07-15");
  it("are said as tasks not done, never as figures below a level", () => {
    const c = cleanOf(r);
    expect(c.pending).toBe(2);
    expect(c.tasks).toBe(2);
    for (const surface of ["cli", "report", "pane"] as const) {
      const vi = cleanLine(c, surface, "vi");
      expect(vi).toContain("2 nhiệm vụ chưa hoàn thành, chưa đến hạn");
      expect(vi).not.toContain("chưa đạt mức");
      expect(cleanLine(c, surface, "en")).toContain("2 tasks not done yet, not yet due");
    }
    expect(summaryLines(r, "vi")).toContain("Chưa hoàn thành nhưng chưa đến hạn (2):");
    expect(summaryLines(r, "en")).toContain("Not done yet but not yet due (2):");
  });
  it("stand beside a figure below its target, each in its own words", () => {
    const c = { ...cleanOf(r), judged: 4, pending: 3 };
    expect(cleanLine(c, "cli", "vi")).toContain("1 chỉ tiêu chưa đạt mức, chưa đến hạn; 2 nhiệm vụ chưa hoàn thành, chưa đến hạn (xem trên)");
  });
});

describe("a completion day after the as-of day", () => {
  it("is named as the clerk writes days, with the as-of day, never in ISO form", () => {
    const v = evaluate("Hoàn thành báo cáo trước 30/10/2026", new Date(Date.UTC(2026, 9, 25)), { asOf: "2026-10-15", lang: "vi" });
    const w = v.warnings.map((x) => x.message.vi).join(" ");
    expect(w).toContain("ngày hoàn thành 25/10/2026 sau ngày đánh giá 15/10/2026");
    expect(v.explanations.en).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(v.explanations.vi).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});

describe("a unit heading with an abbreviation in capitals", () => {
  it("keeps the abbreviation where the units are counted", () => {
    expect(nounCase("Trường THCS")).toBe("trường THCS");
    expect(nounCase("XÃ, THỊ TRẤN")).toBe("xã, thị trấn");
    expect(nounCase("Xã, thị trấn")).toBe("xã, thị trấn");
    const r = check({ name: "Cụm", values: [
      ["TT", "Trường THPT", "Tỷ lệ học sinh tốt nghiệp (%)"],
      [null, "Chỉ tiêu", "ít nhất 98%"],
      [1, "Nguyễn Huệ", "99%"],
      [2, "Lê Lợi", "97%"],
      [3, "Trần Phú", "98,5%"],
    ] as CellValue[][] });
    const text = r.rollUps.map((u) => u.text.vi).join(" ");
    expect(text).toContain("trường THPT");
    expect(text).not.toContain("thpt");
  });
});

describe("a unit matrix's indicator none of whose units was judged", () => {
  // Each class's registered title is its target, in words no rule reads: figures are there, targets are not read.
  const sheet: SheetData = { name: "Thi đua", values: [
    ["TT", "Lớp", "Danh hiệu lớp", null, "Số cây trồng mới (cây)"],
    [null, null, "Đăng ký", "Đạt được", null],
    [null, "Chỉ tiêu", "Theo đăng ký", null, "Từ 10 cây/lớp trở lên"],
    [1, "3A", "Lớp tiên tiến xuất sắc", "Lớp tiên tiến xuất sắc", 12],
    [2, "3B", "Lớp tiên tiến", "Lớp tiên tiến", 9],
    [3, "3C", "Lớp tiên tiến xuất sắc", "Lớp tiên tiến", 11],
  ] as CellValue[][] };
  const r = check(sheet);
  it("is said as what stopped it, not as no data, with no completion rate", () => {
    const title = r.rollUps.find((u) => /Danh hiệu/.test(u.name));
    expect(title?.judged ?? title?.units).toBe(0);
    const m = buildReport(r, null, { sheet, asOf: "2026-06-30" });
    const row = m.data.sections.flatMap((s) => s.rows).find((x) => /Danh hiệu/.test(x.name));
    expect(row?.status).toBe("unreadable");
    expect(row?.completion).toBe("");
    expect(m.data.summaryText).not.toMatch(/chưa có số liệu/);
  });
});

describe("figures in several columns equal to the one read", () => {
  const r = check({ name: "Tiêm chủng", values: [
      ["STT", "Chỉ tiêu", "Kế hoạch năm 2026", "Thực hiện năm 2026", null, null],
      // Equal columns headed by no unit's name (a unit's would each be judged: core/sheet/across-said.test.ts).
      [null, null, null, "Mũi 1", "Mũi 2", "Mũi 3"],
      [1, "Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ (%)", "ít nhất 95%", "96%", "97%", "94%"],
      [2, "Tỷ lệ phụ nữ có thai tiêm phòng uốn ván (%)", "ít nhất 90%", "92%", "91%", "93%"],
    ] as CellValue[][] });
  it("name every column they stand for, and map the first", () => {
    const n = r.coverage.notJudged.find((x) => x.reason === "unread_figure");
    expect(n?.count).toBe(2);
    expect(n?.why.vi).toBe("có số liệu ở cột E–F nhưng không rõ cột nào là số thực hiện");
    expect(n?.why.en).toBe("has figures in columns E–F but no column is known to hold the actual");
    expect(n?.message.vi).toContain('--map "thực hiện=E"');
  });
  it("are counted in the choice that names them: three equal columns are no 'two'", () => {
    const said = (r.layout.decisions ?? []).map((d) => d.vi).join(" ");
    expect(said).toContain("cột đứng trước; 3 cột ngang nhau");
    expect((r.layout.decisions ?? []).map((d) => d.en).join(" ")).toContain("the first of 3 equal columns");
  });
});
