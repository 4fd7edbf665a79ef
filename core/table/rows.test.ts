// Rows of a table that are not figures: section headings and their depth, legends, figures written with their share, mappings in words.
import { describe, expect, it } from "vitest";
import { figureFor } from "./figure";
import { legendOf, withLegend } from "./legend";
import { parseMapping } from "./mapping";
import { SectionStack, headingDepth } from "./sections";
import { TOTAL_ROW } from "./vocabulary";
import { fold } from "../sheet/text";

describe("headingDepth", () => {
  it.each([
    ["A", "", 0],
    ["I", "GIÁO DỤC MẦM NON", 1],
    ["", "II- CHỈ TIÊU", 1],
    ["", "1. Chỉ tiêu thực hiện", 2],
    ["", "1.2. Tiểu học", 3],
    ["", "a) Quy mô phát triển", 4],
    ["", "- Trẻ 5 tuổi", 5],
    ["", "+ Công lập", 6],
    ["", "Mầm non", 7],
  ])("numbering '%s' / '%s' is depth %d", (stt, name, depth) => {
    expect(headingDepth(stt, name)).toBe(depth);
  });

  it("closes the headings at a heading's depth or deeper", () => {
    const s = new SectionStack();
    s.push(4, "c) Chất lượng giáo dục");
    s.push(7, "Tiểu học");
    s.push(7, "Trung học cơ sở");
    expect(s.path()).toEqual(["c) Chất lượng giáo dục", "Trung học cơ sở"]);
    s.push(4, "h) Phổ cập");
    expect(s.path()).toEqual(["h) Phổ cập"]);
  });
});

describe("legends", () => {
  const sheet = { name: "S", values: [["Lớp", "TC1"], ["Lá 1", "Đ"], [], [null, "- Đ: Đạt; CĐ: Chưa đạt."]] };
  it("reads the marks a legend under the table defines", () => {
    expect([...legendOf(sheet, 1)]).toEqual([["đ", "Đạt"], ["cđ", "Chưa đạt"]]);
  });
  it("puts the words for a mark, and leaves other cells alone", () => {
    const l = legendOf(sheet, 1);
    expect(withLegend("CĐ", l)).toBe("Chưa đạt");
    expect(withLegend("Đạt", l)).toBe("Đạt");
  });
});

describe("figureFor", () => {
  it.each([
    ["431 (89,2%)", true, "89,2%"],
    ["431 (89,2%)", false, "431"],
    ["27 giải (90%)", false, "27 giải"],
    ["Đạt Mức độ 1", false, "Mức độ 1"],
    ["Đạt chuẩn mức độ 2", false, "mức độ 2"],
    ["7.910/9.232", true, "7.910/9.232"],
    // A yes word before the figure, a remark after it (round 35: the core reader reads the yes word and the figure, so
    // the cell goes to the judge whole and is quoted whole).
    ["Đạt 96,5%", true, "Đạt 96,5%"],
    ["Hoàn thành (100%)", true, "Hoàn thành (100%)"],
    // "Có" is no result word (review35: "Có 2 trường chưa đạt" counts something else), so the sheet path cuts as before.
    ["Có 12/15 trường đạt chuẩn", false, "12/15 trường"],
    ["96,5% (vượt KH)", true, "96,5%"],
    ["95% - Đạt", true, "95%"],
    ["Đạt 96,2% (tăng 1,2%)", true, "Đạt 96,2%"],
    ["Đạt cấp trường", false, "Đạt cấp trường"],
  ])("judges '%s' (percent target: %s) on '%s'", (cell, percent, part) => {
    expect(figureFor(cell, percent)).toBe(part);
  });
});

describe("parseMapping", () => {
  it.each([
    ["chỉ tiêu=D, thực hiện=F", { columns: { target: 3, actual: 5 } }],
    ["kế hoạch=D; kết quả=F; tên=B", { columns: { target: 3, actual: 5, name: 1 } }],
    ["tiêu đề=8, thực hiện=F", { headerRows: [7], firstDataRow: 8, columns: { actual: 5 } }],
    ["dữ liệu=9-40", { firstDataRow: 8, lastDataRow: 39 }],
    ["ghi chú=-", { columns: { note: null } }],
    ["đơn vị=B", { unitColumn: 1 }],
  ])("reads '%s'", (text, overrides) => {
    expect(parseMapping(text)).toEqual({ ok: true, overrides });
  });

  it.each(["chỉ tiêu", "màu=D", "chỉ tiêu=12", "tiêu đề=x"])("refuses '%s' in one line naming the roles", (text) => {
    const r = parseMapping(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.vi).toMatch(/chỉ tiêu=D, thực hiện=F/);
  });
});

describe("TOTAL_ROW", () => {
  it.each([
    ["Tổng cộng", true],
    ["Toàn quận", true],
    ["Tổng số đỗ", true],
    ["Cộng đạt", true],
    ["Cộng hệ THPT", true],
    ["Tổng khu vực miền núi", true],
    ["Hệ GDTX", false],
    ["Tổng số học sinh tốt nghiệp", false],
    ["Số học sinh đạt", false],
    ["Nguyễn Văn An", false],
  ])("'%s' is a total row: %s", (name, total) => {
    expect(TOTAL_ROW.test(fold(name))).toBe(total);
  });
});
