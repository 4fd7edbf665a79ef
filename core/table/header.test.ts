// Column headings read with the one vocabulary: role, and the modifiers that do not change it (percent, term, year, earlier period, estimate).
import { describe, expect, it } from "vitest";
import { periodFromText } from "../period/period";
import { monthsBefore, namesWholeYear, readHeader, vietnamesePart } from "./header";
import { combineTexts } from "./read";

describe("readHeader", () => {
  it.each([
    ["STT", "stt"],
    ["Nội dung chỉ tiêu", "name"],
    ["Nội dung kiểm tra", "name"],
    ["Các hoạt động", "name"],
    ["Những công việc", "name"],
    ["Tên biểu", "name"],
    ["ĐVT", "unit"],
    ["Đơn vị tính", "unit"],
    ["Kế hoạch năm học 2024-2025", "target"],
    ["Chỉ tiêu giao", "target"],
    ["Cam kết (tỉ lệ so với tổng số)", "target"],
    ["Mức cam kết", "target"],
    ["Kế hoạch Đại hội", "target"],
    ["Chỉ tiêu Nghị quyết Đại hội", "target"],
    ["Nghị quyết HĐND huyện năm 2022", "target"],
    ["NQ Đại hội", "target"],
    ["Theo Nghị quyết", "target"],
    ["Chỉ tiêu đến năm 2025", "target"],
    ["Mức độ 1", "target"],
    ["Mức tối thiểu", "target"],
    ["Thực hiện", "actual"],
    ["Ước thực hiện cả năm học", "actual"],
    // A column-number row read into the heading says nothing of its role.
    ["Mục tiêu năm 2023 (đã đăng ký) / (6)", "target"],
    ["Kết quả đến 30/9/2023 / (7)", "actual"],
    ["Hiện trạng của nhà trường", "actual"],
    ["Thực hiện cùng kỳ năm trước", "baseline"],
    ["Năm học trước", "baseline"],
    ["Số liệu đầu năm học", "baseline"],
    ["Thực hiện 6 tháng đầu năm 2022", "actual"],
    ["Kế hoạch năm 2014 (số xã đạt)", "target"],
    ["Thực hiện (số trường)", "actual"],
    ["Ước thực hiện 9 tháng đầu năm", "actual"],
    ["Tỷ lệ (%)", "rate"],
    ["Tỷ lệ % so với KH", "ratio"],
    ["% hoàn thành", "ratio"],
    ["Số trẻ ra lớp", "actualNumerator"],
    ["Tổng số trẻ trong độ tuổi", "actualDenominator"],
    ["Thời gian hoàn thành", "deadline"],
    ["Ngày nhận báo cáo", "deadline"],
    ["Thời gian thực hiện", "timing"],
    ["Ngày gửi", "completion"],
    ["Đơn vị chủ trì", "lead"],
    ["Giáo viên phụ trách", "lead"],
    ["Tự đánh giá", "assessment"],
    ["Xếp loại chung", "assessment"],
    ["Quận, huyện, thị xã", "unitName"],
    ["Xã, thị trấn", "unitName"],
    ["Tên trường", "unitName"],
    ["Ghi chú", "note"],
    ["Đánh giá (Chỉ tiêu)", "status"],
  ])("reads '%s' as %s", (text, role) => {
    expect(readHeader(text, { status: "Đánh giá (Chỉ tiêu)", explanation: "Giải thích (Chỉ tiêu)" }).role).toBe(role);
  });

  it.each([
    ["Chỉ tiêu", "name", "target"],
    ["Đơn vị", "unitName", "unit"],
    ["Mục tiêu", "target", "name"],
  ])("gives '%s' the role %s and the other reading %s, for the table reader to choose", (text, role, alt) => {
    expect(readHeader(text)).toMatchObject({ role, alt });
  });

  it.each(["Mục tiêu đến năm 2025", "Mục tiêu năm 2023", "Chỉ tiêu đến năm 2030"])("reads '%s', which carries a period, as a target with no name reading", (text) => {
    const h = readHeader(text);
    expect(h.role).toBe("target");
    expect(h.alt).toBeUndefined();
  });

  it.each([
    ["Thực hiện HK I", { term: "half" }],
    ["Thực hiện cả năm", { term: "year" }],
    ["Thực hiện 6 tháng đầu năm 2022", { term: "half", year: 2022, prior: false }],
    ["Ước thực hiện 9 tháng đầu năm", { term: "nine", prior: false }],
    ["Thực hiện 6 tháng đầu năm học 2023-2024", { term: "half", year: 2024, prior: false }],
    ["Thực hiện năm 2024", { term: "year", year: 2024 }],
    ["Ước thực hiện", { estimate: true }],
    ["Tỷ lệ (%)", { percent: true }],
    ["Chỉ tiêu đến năm 2030", { horizon: true, year: 2030 }],
    ["Kết quả năm học 2015-2016", { year: 2016 }],
    ["Thực hiện đến 31/12/2017", { term: "todate" }],
    ["Đến 30/9/2019 (số liệu mới nhất)", { term: "todate", year: 2019 }],
    ["Thực hiện năm học 2017-2018 đến 31/12/2017", { term: "todate", year: 2018 }],
  ])("keeps the modifiers of '%s'", (text, mods) => {
    expect(readHeader(text)).toMatchObject(mods);
  });
});

describe("combineTexts: a part of the year named at another level", () => {
  it.each([
    [["Năm 2014", "Ước TH 6 tháng"], "half"],
    [["Năm học 2023-2024", "HK I"], "half"],
    [["Năm 2022", "Quý I"], "quarter"],
    [["Năm 2014", "Thực hiện"], "year"],
    [["Thực hiện cả năm", "Số lượng"], "year"],
    [["Cả năm", "Năm 2014"], "year"],
  ])("reads %j as the term %s", (texts, term) => {
    expect(combineTexts(texts).term).toBe(term);
  });

  it("tells a word for the whole year from a bare year label", () => {
    expect(namesWholeYear("Thực hiện cả năm 2024")).toBe(true);
    expect(namesWholeYear("Cuối năm học")).toBe(true);
    expect(namesWholeYear("Năm 2014")).toBe(false);
    expect(namesWholeYear("Kế hoạch năm học 2023-2024")).toBe(false);
  });
});

describe("readHeader: a time the heading says the plan set", () => {
  it.each([
    ["Thời điểm công khai (theo kế hoạch)", true],
    ["Thời gian hoàn thành theo kế hoạch", true],
    ["Ngày nộp theo KH", true],
    ["Hạn chót theo lịch", true],
    ["Đến ngày", false],
    ["Thời hạn", false],
  ])("'%s' is a deadline, planned: %s", (text, planned) => {
    const h = readHeader(text);
    expect(h.role).toBe("deadline");
    expect(h.planned === true).toBe(planned);
  });
  it.each(["Số lượng theo kế hoạch", "Thời gian thực hiện"])("'%s' is no planned deadline", (text) => {
    expect(readHeader(text).planned).toBeUndefined();
  });
});

describe("vietnamesePart", () => {
  it.each([
    ["TỔNG SỐ - TOTAL", "TỔNG SỐ"],
    ["Công lập - Public", "Công lập"],
    ["Số trường học (Trường) Number of schools (School)", "Số trường học (Trường)"],
    ["Tổng số Total", "Tổng số"],
    // Not glosses: abbreviations, place names, the Vietnamese "non" of "mầm non".
    ["Tỷ lệ GV THCS", "Tỷ lệ GV THCS"],
    ["Trường TH Kim Giang", "Trường TH Kim Giang"],
    ["Số phòng học mầm non", "Số phòng học mầm non"],
  ])("keeps the Vietnamese of '%s'", (text, vi) => {
    expect(vietnamesePart(text)).toBe(vi);
  });
});

describe("monthsBefore: a month heading's distance from the day judged on, the same whatever day the check runs once the period is over", () => {
  const sy = periodFromText("2019-2020");
  it.each<[{ month: number; year?: number }, string, ReturnType<typeof periodFromText>, number]>([
    [{ month: 11 }, "2019-12-31", null, 1],
    [{ month: 12, year: 2020 }, "2019-12-31", null, -12],
    [{ month: 11 }, "2019-12-31", sy, 1],
    [{ month: 12 }, "2019-11-20", sy, -1],
    // After the period: judged against its end (August 2020), months dated inside it.
    [{ month: 11 }, "2026-11-15", sy, 9],
    [{ month: 12 }, "2026-11-15", sy, 8],
    [{ month: 12 }, "2026-12-02", sy, 8],
  ])("%o on %s → %i", (m, asOf, period, want) => {
    expect(monthsBefore(m, asOf, period)).toBe(want);
  });
});

// Round 30's review: a budget column is the plan ("Dự toán HĐND thị xã giao"), but what is left of it, spent of it or not
// yet given out is not a target (a treasury report's "Dự toán còn lại" beside "Thực hiện" was judged as one).
describe("budget headings", () => {
  it.each([
    ["Dự toán", "target"],
    ["Dự toán HĐND thị xã giao năm 2021", "target"],
    ["Dự toán được giao", "target"],
    ["Dự toán còn lại", null],
    ["Dự toán đã thực hiện", null],
    ["Dự toán chưa giao", null],
  ])("%s → %s", (h, role) => {
    expect(readHeader(h).role).toBe(role);
  });
});

describe("a share after a figure in a heading defines the column, it is no percent unit (round 46)", () => {
  it.each([
    ["Chỉ tiêu (15%)", false],
    ["Kế hoạch (80% KH năm)", false],
    ["Dự phòng 10 %", false],
    ["Số trường đạt 80% trở lên", false],
    ["Tỷ lệ (%)", true],
    ["Thực hiện %", true],
    ["% hoàn thành", true],
    ["So KH (%)", true],
    ["Tỷ lệ 15% (%)", true],
    ["Chỉ tiêu giao năm 2018 (%)", true],
    ["Tỷ lệ đỗ TN năm 2014 (%)", true],
    ["Năm 2024 %", true],
  ])("%s → percent %s", (text, percent) => {
    expect(readHeader(text).percent).toBe(percent);
  });
});
