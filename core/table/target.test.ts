// The one cell-to-target rule, and deadlines of task tables read from schedules, quarters, years and day/months.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../period/period";
import { columnYear, dayIn, dayInTaskName, deadlineOf, figureDueIn, lunarNewYearWindow, sentenceTarget, strictDeadline, targetFromCell } from "./target";
import { cellKind } from "./evidence";

describe("targetFromCell", () => {
  it.each([
    { name: "text as written", v: "ít nhất  65%", ctx: {}, out: { text: "ít nhất 65%" } },
    { name: "a percent-formatted fraction", v: 0.65, ctx: { format: "0%" }, out: { text: "65%" } },
    { name: "points under ĐVT %", v: 95, ctx: { unit: "%" }, out: { text: "95%" } },
    { name: "a share under % beside points", v: 0.3, ctx: { unit: "%", column: { points: true, fractions: false } }, out: { text: "0,3%" } },
    { name: "a share under % nothing decides: both readings", v: 0.95, ctx: { unit: "%" }, out: { text: "0,95%", alt: "95%" } },
    { name: "a count with its ĐVT", v: 22, ctx: { unit: "trường" }, out: { text: "22 trường" } },
    { name: "a number typed as text under %", v: "95", ctx: { unit: "%" }, out: { text: "95%" } },
    { name: "a date is a deadline", v: new Date(Date.UTC(2025, 5, 30)), ctx: {}, out: { text: "chậm nhất ngày 30/06/2025" } },
    { name: "an error value is no target", v: { error: "#N/A" }, ctx: {}, out: { text: "" } },
  ])("$name", ({ v, ctx, out }) => {
    expect(targetFromCell(v as never, ctx)).toEqual(out);
  });
});

describe("deadlineOf", () => {
  const schoolYear = periodFromText("2019-2020");
  it.each([
    ["Tháng 9/2024 - 5/2025", "2025-05-31"],
    ["Năm 2022", "2022-12-31"],
    ["2022-2023", "2023-12-31"],
    ["Năm học 2022-2023", "2023-08-31"],
    ["Quý IV/2022", "2022-12-31"],
    ["Quý I/2024", "2024-03-31"],
    ["Trước 31/12/2022", "2022-12-31"],
    ["Tháng 11", "2019-11-30"],
    ["Tháng 02", "2020-02-29"],
    ["Ngày 15 tháng 6 năm báo cáo", "2020-06-15"],
    ["Tháng 9 hằng năm", "2023-09-30"],
    ["Thường xuyên", null],
    ["26-3", "2020-03-26"],
    ["20-11", "2019-11-20"],
    ["5-3", null],
    ["Từ 18/7 đến 20/7", "2020-07-20"],
    ["Từ 23/7 đến hết ngày 28/7", "2020-07-28"],
    ["Từ ngày 01/8/2021 tới ngày 05/8/2021", "2021-08-05"],
  ])("reads '%s' as due %s", (text, due) => {
    expect(deadlineOf(text, schoolYear, "2023-11-30")).toBe(due);
  });

  it("never dates a day/month without a year from today: without a period it names no day", () => {
    expect(deadlineOf("Tháng 11", null)).toBeNull();
  });
});

describe("columnYear", () => {
  it.each<[string, Array<string | Date | null>, string | null]>([
    ["every dated row in one year", ["chậm nhất 28/5/2021", "Từ 18/7 đến 20/7", new Date(Date.UTC(2021, 5, 11)), null], "2021"],
    ["dated rows in two years", ["28/5/2021", "Từ 18/7 đến 20/7", "11/6/2022"], null],
    ["no dated row", ["Tháng 9", "Từ 18/7 đến 20/7"], null],
    // Inside the school year 2021-2022: the period decides the bare days' years.
    ["a dated row inside the period", ["30/9/2021", "15/10/2021", "Tháng 3"], null],
  ])("%s → %s", (_what, cells, year) => {
    expect(columnYear(cells, periodFromText("2021-2022"))?.label ?? null).toBe(year);
  });
});

describe("dayIn", () => {
  it.each([
    ["Đã kiểm tra 3/3 GV ngày 26/11", "2019-11-26"],
    ["Hoàn thành tháng 7/2020", "2020-07-31"],
    ["Đã ban hành Kế hoạch số 2150/KH-SGDĐT ngày 12/9/2019", "2019-09-12"],
  ])("finds the day in '%s'", (text, iso) => {
    expect(dayIn(text, periodFromText("2019-2020"))).toBe(iso);
  });
});

describe("figureDueIn: when a note beside a blank figure says it comes", () => {
  const schoolYear = periodFromText("2018-2019");
  const year = periodFromText("2022");
  it.each([
    ["Xét vào cuối năm học", schoolYear, schoolYear?.end ?? null],
    ["Tuyển sinh tháng 8/2022", year, "2022-08-31"],
    ["Rà soát hộ nghèo quý IV", year, "2022-12-31"],
    ["Tổ chức ngày 15/3", schoolYear, "2019-03-15"],
    // A term named after "cuối kỳ" is that term's end; a term no school year dates is no day, never the year's end.
    ["Đánh giá cuối học kỳ I", schoolYear, "2019-01-15"],
    ["Xếp loại cuối HK 1", schoolYear, "2019-01-15"],
    ["Kiểm tra cuối kì II", schoolYear, "2019-05-31"],
    ["Đánh giá cuối học kỳ I", year, null],
    ["Đánh giá cuối kỳ", schoolYear, schoolYear?.end ?? null],
    ["Nghỉ ốm", schoolYear, null],
    ["Đã nộp hồ sơ", schoolYear, null],
  ])("'%s' → %s", (text, period, due) => {
    expect(figureDueIn(text, period)).toBe(due);
  });
});

describe("dayInTaskName: the day a task's own text sets in brackets at its end", () => {
  const sy = periodFromText("2019-2020");
  it.each<[string, string | null, string | null]>([
    ["- Nộp báo cáo khai giảng ( ngày 6/9).", "2019-09-30", "2019-09-06"],
    ["- Nhà trường tổ chức họp phụ huynh đầu năm học. (Sáng 28/8)", "2019-08-31", "2019-08-28"],
    ["- Yêu cầu giáo viên trả phép đúng thời gian (05/8)", "2019-08-31", "2019-08-05"],
    ["- Tổ chức cho học sinh tựu trường ( 19/8/2019)", null, "2019-08-19"],
    // No block: the school year places the month (August is the later year's).
    ["Họp phụ huynh (28/8)", null, "2020-08-28"],
    // A cited document, a count, or a day inside the text is no deadline.
    ["- Báo cáo (theo CV 123 ngày 5/8/2019)", "2019-08-31", null],
    ["Kiểm tra 4/6 giáo viên", "2019-08-31", null],
    ["Tổ chức hội thi chào mừng 20/10 cho trẻ", "2019-10-31", null],
  ])("'%s' near %s → %s", (name, near, out) => {
    expect(dayInTaskName(name, near, sy)).toBe(out);
  });
});

describe("a due day with its word is a target cell, not a heading of a year nor a day done", () => {
  it.each([
    ["Trước ngày 15/10/2015", "target"],
    ["Chậm nhất ngày 08/01/2016", "target"],
    ["Năm học 2015-2016", "text"],
    ["Đã nộp ngày 12/10/2015", "date"],
    // Only a cell opening with the due word: a result saying it was sent before the day is no target.
    ["Đã nộp trước ngày 15/10/2015", "date"],
  ])("'%s' is %s", (text, kind) => {
    expect(cellKind(text)).toBe(kind);
  });
});

describe("strictDeadline: a deadline cell that is only 'before' a day", () => {
  it.each([
    ["Trước ngày 18 tháng 6", true],
    ["trước 28/5/2021", true],
    ["Hoàn thành trước ngày 15/10/2015", true],
    ["Chậm nhất ngày 18 tháng 6", false],
    ["Ngày 20 tháng 6", false],
    ["Trước 17h ngày 11/6/2021", false],
    ["Trước 17 giờ 00 ngày 5/6", false],
  ])("%s → %s", (text, strict) => {
    expect(strictDeadline(text)).toBe(strict);
  });
});

describe("a bound on a bare number under a percent heading", () => {
  it("takes the percent sign where the heading or ĐVT gives it", () => {
    expect(targetFromCell("≥ 90", { headerPercent: true }).text).toBe("≥ 90%");
    expect(targetFromCell("≤12", { unit: "%" }).text).toBe("≤12%");
    expect(targetFromCell("Từ 85 trở lên", { headerPercent: true }).text).toBe("Từ 85% trở lên");
    expect(targetFromCell("Trên 99,5", { unit: "%" }).text).toBe("Trên 99,5%");
    // A level to hold above, and a change of a rate: in percent too ("Giảm 4" of the poverty rate is four points).
    expect(targetFromCell("Duy trì trên 95", { unit: "%" }).text).toBe("Duy trì trên 95%");
    expect(targetFromCell("Giảm 4", { unit: "%" }).text).toBe("Giảm 4%");
    expect(targetFromCell("Giảm 4", { unit: "hộ" }).text).toBe("Giảm 4");
  });
  it("keeps the text where nothing says percent, where it has its own unit, or where the number could be a fraction", () => {
    expect(targetFromCell("≥ 90", {}).text).toBe("≥ 90");
    expect(targetFromCell("≥ 90 trẻ", { headerPercent: true }).text).toBe("≥ 90 trẻ");
    expect(targetFromCell("≥ 0,9", { headerPercent: true }).text).toBe("≥ 0,9");
    expect(targetFromCell("≥ 90%", { headerPercent: true }).text).toBe("≥ 90%");
  });
});

describe("a deadline set by the lunar new year", () => {
  const sy = periodFromText("năm học 2024-2025");
  it("gives the window Tết falls in, of the year its cycle name says or the period's", () => {
    expect(lunarNewYearWindow("Trước Tết Nguyên đán Ất Tỵ", sy)).toEqual(["2025-01-21", "2025-02-20"]);
    expect(lunarNewYearWindow("Trước Tết Nguyên đán Tân Sửu 2021", periodFromText("năm học 2020-2021"))).toEqual(["2021-01-21", "2021-02-20"]);
    expect(lunarNewYearWindow("Trước Tết", sy)).toEqual(["2025-01-21", "2025-02-20"]);
    // "Giáp Tý" (2044) is not "Giáp Thìn" (2024); neither is near this period but the one named is taken or none.
    expect(lunarNewYearWindow("Trước Tết Giáp Thìn", periodFromText("năm học 2023-2024"))).toEqual(["2024-01-21", "2024-02-20"]);
    expect(lunarNewYearWindow("Trước Tết Giáp Tý", periodFromText("năm học 2023-2024"))).toBeNull();
    expect(lunarNewYearWindow("Tháng 1/2025", sy)).toBeNull();
  });
  it("takes only the lunar new year's names; New Year's Day is 1 January; other Tết are no deadline", () => {
    expect(lunarNewYearWindow("Trước Tết Dương lịch", sy)).toEqual(["2025-01-01", "2025-01-01"]);
    expect(lunarNewYearWindow("Trước Tết Tây", periodFromText("năm 2025"))).toEqual(["2026-01-01", "2026-01-01"]);
    for (const t of ["Trước tết Trung thu", "Trước Tết thiếu nhi", "Chuẩn bị Tết trồng cây", "Trước Tết trồng cây Xuân Bính Ngọ"]) expect(lunarNewYearWindow(t, sy)).toBeNull();
    expect(lunarNewYearWindow("Trước Tết cổ truyền", sy)).toEqual(["2025-01-21", "2025-02-20"]);
  });
  it("guesses no year: with no period and no year named it says so", () => {
    expect(lunarNewYearWindow("Trước Tết Nguyên đán", null, "2025-12-10")).toBe("year");
    expect(lunarNewYearWindow("Trước Tết âm lịch", null, "2026-03-10")).toBe("year");
    expect(lunarNewYearWindow("Trước Tết Nguyên đán 2026", null, "2025-12-10")).toEqual(["2026-01-21", "2026-02-20"]);
    expect(lunarNewYearWindow("Trước Tết Ất Tỵ", null, "2026-03-10")).toEqual(["2025-01-21", "2025-02-20"]);
  });
});

describe("sentenceTarget", () => {
  const header = ["STT", "Nội dung", "Tổng số", "Lớp 1", "Lớp 2"];
  it("reads a line between the title and the header", () => {
    const s = { name: "S", values: [["KẾT QUẢ (mỗi lớp đạt từ 35% trở lên)"], header, [1, "Mức Tốt", 80, 40, 40]] };
    expect(sentenceTarget(s, 1)?.text).toBe("mỗi lớp đạt từ 35% trở lên");
  });
  it("never takes a target from a row of another table above (it is that row's, not this table's)", () => {
    const s = { name: "S", values: [["Cam kết"], ["STT", "Nội dung", null, "Lớp 1", "Lớp 2"], ["2", "Mức Tốt", null, "Mỗi khối lớp từ 35% trở lên"], ["Thực tế"], header, [1, "Mức Tốt", 80, 40, 40]] };
    expect(sentenceTarget(s, 4)).toBeNull();
  });
});
