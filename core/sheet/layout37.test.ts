// Tables the sheet reader misread in round 37 (layout37), each class on invented sheets in several wordings.
import { describe, expect, it } from "vitest";
import { combineTexts } from "../table/read";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const itemAt = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

describe("a row of targets labelled by a merge over the key column is no sub-heading", () => {
  // Invented: a women's union's savings groups by branch, a target row merged over TT, the name and the denominator.
  const sheet = (label: string, target: string): SheetData => ({
    name: "Tiet kiem",
    values: [
      ["KẾT QUẢ PHONG TRÀO TIẾT KIỆM NĂM 2037"],
      [],
      ["TT", "Chi hội", "Số hội viên", "Hội viên tham gia tiết kiệm", null],
      [null, null, null, "Số người", "Tỷ lệ"],
      [label, null, null, target, null],
      [1, "Chi hội Đông", 200, 150, "75%"],
      [2, "Chi hội Tây", 300, 180, "60%"],
      [3, "Chi hội Nam", 100, 50, "50%"],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 4, left: 0, bottom: 4, right: 2 },
      { top: 4, left: 3, bottom: 4, right: 4 },
    ],
  });
  for (const [label, target] of [["Chỉ tiêu năm 2037", "≥ 70% số hội viên"], ["Mục tiêu giai đoạn 2035-2037", "Từ 70% trở lên"], ["Kế hoạch năm 2037", "Ít nhất 70%"]] as const) {
    it(`"${label}" / "${target}": the denominator is no target column, the rates are judged on the row's target`, () => {
      const r = checkSheet(sheet(label, target), null, { asOf: "2038-01-10" });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.layout.headerRows).toEqual([2, 3]);
      // No rate is compared with the member count ("0,75, chỉ tiêu ít nhất 200").
      for (const it of r.items) expect(it.target).not.toMatch(/^\d+$/);
      const east = r.items.find((i) => i.cell.row === 5);
      const south = r.items.find((i) => i.cell.row === 7);
      expect(["met", "exceeded"]).toContain(east?.status);
      expect(south?.status).toBe("not_met");
    });
  }
});

describe("the year's column beside a filled part and a blank part is a figure to date", () => {
  // Invented: a school's first-term report on clubs, the year's column a sum with the second term still blank.
  const sheet = (parts: [string, string, string], second: (number | null)[]): SheetData => ({
    name: "CLB HK1",
    values: [
      ["BÁO CÁO HOẠT ĐỘNG CÂU LẠC BỘ HỌC KỲ I NĂM HỌC 2037-2038"],
      [],
      ["TT", "Nội dung", "Kế hoạch năm học 2037-2038", "Thực hiện", null, null],
      [null, null, null, ...parts],
      [1, "Buổi sinh hoạt câu lạc bộ", 30, 12, second[0], 12 + (second[0] ?? 0)],
      [2, "Học sinh tham gia câu lạc bộ", 400, 250, second[1], 250 + (second[1] ?? 0)],
    ],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ],
  });
  for (const parts of [["Học kỳ I", "Học kỳ II", "Cả năm"], ["HK I", "HK II", "Cả năm học"], ["Học kỳ 1", "Học kỳ 2", "Cả năm"]] as [string, string, string][]) {
    it(`${parts.join(" | ")}, the second blank in January: short is not yet due`, () => {
      const r = checkSheet(sheet(parts, [null, null]), null, { asOf: "2038-01-12" });
      expect(itemAt(r, 4, 5)?.status).toBe("pending");
      expect(itemAt(r, 5, 5)?.status).toBe("pending");
    });
  }
  it("a year-end summary whose year is no sum of the filled part: the later part just untyped, the year's figure final", () => {
    for (const [year, parts] of [["Cả năm", ["Học kỳ I", "Học kỳ II"]], ["Cả năm học", ["HK I", "HK II"]]] as [string, string[]][]) {
      const values = sheet([parts[0], parts[1], year], [null, null]).values.map((row, i) => (i === 4 ? [1, "Buổi sinh hoạt câu lạc bộ", 30, 12, null, 25] : i === 5 ? [2, "Học sinh tham gia câu lạc bộ", 400, 250, null, 380] : row));
      values[0] = ["BÁO CÁO TỔNG KẾT NĂM HỌC 2037-2038"];
      const r = checkSheet({ ...sheet([parts[0], parts[1], year], [null, null]), values }, null, { asOf: "2038-06-20" });
      expect(itemAt(r, 4, 5)?.status).toBe("not_met");
      expect(itemAt(r, 5, 5)?.status).toBe("not_met");
    }
  });
  it("both terms filled: the year's figure is final", () => {
    const r = checkSheet(sheet(["Học kỳ I", "Học kỳ II", "Cả năm"], [10, 100]), null, { asOf: "2038-06-02" });
    expect(r.ok && r.items.filter((i) => i.cell.row === 4).map((i) => i.status)).toEqual(["not_met"]);
  });
});

describe("a note saying the event is over makes a part's figure final", () => {
  const sheet = (note: string): SheetData => ({
    name: "HK1",
    values: [
      ["KẾT QUẢ THỰC HIỆN HỌC KỲ I NĂM HỌC 2037-2038"],
      ["TT", "Nội dung", "Kế hoạch năm học", "Thực hiện học kỳ I", "Ghi chú"],
      [1, "Học sinh đạt giải hội thi vẽ tranh cấp trường", 30, 24, note],
      [2, "Lượt mượn sách", 2000, 900, ""],
    ],
  });
  for (const note of ["Hội thi đã kết thúc", "Đã tổ chức xong tháng 11", "Cuộc thi đã bế mạc"]) {
    it(`"${note}": short is not met; a row with no such note stays not yet due`, () => {
      const r = checkSheet(sheet(note), null, { asOf: "2038-01-10" });
      expect(itemAt(r, 2, 3)?.status).toBe("not_met");
      expect(itemAt(r, 3, 3)?.status).toBe("pending");
    });
  }
  it("a note saying it goes on leaves the row not yet due", () => {
    const r = checkSheet(sheet("Tiếp tục tổ chức ở học kỳ II"), null, { asOf: "2038-01-10" });
    expect(itemAt(r, 2, 3)?.status).toBe("pending");
  });
  for (const note of ["Chưa tổ chức xong vòng chung kết", "Không thi xong do mưa lũ", "Đang chấm bài, chưa xét xong", "Vòng sơ khảo đã kết thúc",
    "Đợt 2 đã tổ chức xong", "Học kỳ I đã kết thúc", "Đã thi xong giữa kỳ", "Đã hoàn tất kiểm kê thiết bị", "HKI đã kết thúc, còn vòng tỉnh"]) {
    it(`"${note}": no word that the row's event is over, the short figure stays not yet due`, () => {
      const r = checkSheet(sheet(note), null, { asOf: "2038-01-10" });
      expect(itemAt(r, 2, 3)?.status).toBe("pending");
    });
  }
  it("over, then when or another clause: still over", () => {
    for (const note of ["Hội thi đã kết thúc ngày 20/12", "Đã tổ chức xong vào tháng 12; trao giải đầu tháng 1"]) {
      expect(itemAt(checkSheet(sheet(note), null, { asOf: "2038-01-10" }), 2, 3)?.status, note).toBe("not_met");
    }
  });
});

describe("a figure written as a bound, a count before its breakdown, a level recognised by someone", () => {
  const sheet = (rows: [string, string, string][]): SheetData => ({
    name: "Tong ket",
    values: [["TT", "Nội dung", "Chỉ tiêu", "Kết quả"], ...rows.map(([n, t, a], i) => [i + 1, n, t, a])],
  });
  const status = (t: string, a: string) => {
    const r = checkSheet(sheet([["Chỉ tiêu thứ nhất", t, a], ["Số lớp học", "20 lớp", "21 lớp"]]), null, { asOf: "2038-06-30" });
    return itemAt(r, 1, 3)?.status;
  };
  it("a bound that decides gives the verdict", () => {
    expect(["met", "exceeded"]).toContain(status("Từ 95% trở lên", "Trên 97%"));
    expect(["met", "exceeded"]).toContain(status("Ít nhất 1.000 lượt", "Hơn 1.200 lượt"));
    expect(status("Không quá 2%", "Dưới 1,5%")).toBe("met");
    expect(status("Không quá 2%", "Trên 3%")).toBe("not_met");
    expect(status("Từ 98% trở lên", "Dưới 90%")).toBe("not_met");
  });
  it("a bound that does not decide is asked, never an invalid figure", () => {
    expect(status("Từ 98% trở lên", "Trên 97%")).toBe("review");
    expect(status("Ít nhất 1.500 lượt", "Hơn 1.200 lượt")).toBe("review");
    expect(status("Không quá 2%", "Dưới 5%")).toBe("review");
    expect(status("Từ 95% trở lên", "Gần 100%")).toBe("review");
  });
  it("a count before a colon and its breakdown is asked on the count", () => {
    const r = checkSheet(sheet([["Giải học sinh giỏi cấp huyện", "10 giải", "08 giải: 02 Nhất, 03 Nhì, 03 Ba"], ["Giải thể thao", "5 giải", "6 giải"]]), null, { asOf: "2038-06-30" });
    const it = itemAt(r, 1, 3);
    expect(it?.status).toBe("review");
    expect(it?.verdict.explanations.vi).toContain('"08 giải"');
  });
  it("a level recognised by a named authority reads as the level; a no never does", () => {
    expect(status("Đạt chuẩn quốc gia mức độ 2", "Đã được UBND tỉnh công nhận mức độ 2")).toBe("met");
    expect(status("Được công nhận Mức độ 1", "Được Sở GD&ĐT công nhận đạt Mức độ 1")).toBe("met");
    expect(status("Được công nhận Mức độ 2", "Đã được UBND tỉnh công nhận Mức độ 1")).toBe("not_met");
    expect(["met", "exceeded"]).not.toContain(status("Được công nhận Mức độ 1", "Chưa được công nhận Mức độ 1"));
    expect(["met", "exceeded"]).not.toContain(status("Được công nhận Mức độ 1", "Được đoàn đánh giá, không công nhận Mức độ 1"));
  });
  it("only who recognises stands between 'được' and 'công nhận': a proposal, a review or a withdrawal is no level reached", () => {
    expect(status("Đạt chuẩn quốc gia mức độ 2", "Đã được Chủ tịch UBND tỉnh công nhận mức độ 2")).toBe("met");
    expect(status("Đạt chuẩn quốc gia mức độ 1", "Được Ủy ban nhân dân thành phố Đông Hà công nhận mức độ 1")).toBe("met");
    for (const a of ["Đã được đề xuất công nhận mức độ 2", "Được Phòng GD&ĐT trình công nhận mức độ 2", "Được huyện xem xét công nhận mức độ 2",
      "Được tỉnh tạm hoãn công nhận mức độ 2", "Được Sở thu hồi công nhận mức độ 2", "Được UBND xã chờ công nhận mức độ 2"]) {
      expect(["met", "exceeded"], a).not.toContain(status("Đạt chuẩn quốc gia mức độ 2", a));
    }
  });
});

describe("'Chưa thu' in a unit matrix before the year's end, and the total over it", () => {
  // Invented: a district's collection of a fund by commune, the year's plan beside what was collected to September.
  const sheet = (word: string): SheetData => ({
    name: "Thu quy",
    values: [
      ["KẾT QUẢ THU QUỸ ĐẾN 30/9/2037", null, null, null],
      ["TT", "Đơn vị", "Năm 2037", null],
      [null, null, "Kế hoạch", "Đã thu đến 30/9"],
      [1, "Xã Một", 60, 20],
      [2, "Xã Hai", 40, word],
      [3, "Xã Ba", 50, 15],
      [null, "Cộng", 150, 35],
    ],
    formulas: [[], [], [], [], [], [], [undefined, undefined, "=SUM(C4:C6)", "=SUM(D4:D6)"]],
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ],
  });
  for (const word of ["Chưa nhận được báo cáo", "Chưa gửi số liệu", "Chưa đối chiếu", "Đang tổng hợp"]) {
    it(`"${word}": no figure in yet, never a unit's "not yet done" counted as judged`, () => {
      const r = checkSheet(sheet(word), null, { asOf: "2037-10-05" });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.items.find((i) => i.cell.row === 4)?.status).not.toBe("pending");
    });
  }
  for (const word of ["Chưa thu", "Chưa thực hiện", "Chưa giải ngân"]) {
    it(`"${word}": not yet due, and so is the total that leaves it out`, () => {
      const r = checkSheet(sheet(word), null, { asOf: "2037-10-05" });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const unit = r.items.find((i) => i.cell.row === 4);
      const total = r.items.find((i) => i.cell.row === 6);
      expect(unit?.status).toBe("pending");
      expect(total?.status).toBe("pending");
    });
  }
  it("'Đang tổng hợp' is a figure not in yet: the total has no figure of the whole", () => {
    const r = checkSheet(sheet("Đang tổng hợp"), null, { asOf: "2037-10-05" });
    const total = r.ok ? r.items.find((i) => i.cell.row === 6) : undefined;
    expect(total?.status).toBe("no_data");
  });
});

describe("a plan naming one month carries the month on its reading", () => {
  it("at any level; a span to a month does not", () => {
    expect(combineTexts(["Kế hoạch tháng 8"]).month).toBe(true);
    expect(combineTexts(["Tháng 8/2037", "KH"]).month).toBe(true);
    expect(combineTexts(["KH đến tháng 8"]).month).toBeUndefined();
    expect(combineTexts(["Lũy kế tháng 8"]).month).toBeUndefined();
    expect(combineTexts(["Kế hoạch năm 2037"]).month).toBeUndefined();
  });
  it("a month naming when the plan was issued or revised is no month's plan", () => {
    for (const t of ["Kế hoạch năm 2038 (giao tháng 2)", "Chỉ tiêu năm 2038 (điều chỉnh tháng 7/2038)", "Kế hoạch ban hành tháng 1/2038", "KH năm theo QĐ số 15 tháng 3/2038"]) {
      expect(combineTexts([t]).month, t).toBeUndefined();
    }
    expect(combineTexts(["Kế hoạch tháng 9 (giao đầu năm)"]).month).toBe(true);
  });
});
