// fix20b (issue 10): holdout15's non-compound classes — bands under a "%" column, growth bands, bounds named before
// "còn", exemptions, set terms in school years, dates written "tháng 12.2021", start days with a length.
// Invented phrases, not copies of corpus rows: each case pins one general rule, with a neighbour that must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, baseline?: string) =>
  evaluate(phrase, actual, { indicator, unit, baseline, lang: "vi" }).status;

describe("a band of bare figures under a '%' column is a band of percents", () => {
  it("'8,0 - 8,5' under '%' judges typed percents (was: invalid, a rate for a count)", () => {
    expect(status("8,0 - 8,5", "8,2%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("met");
    expect(status("8,0 - 8,5", "7,6%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("not_met");
  });
  it("neighbour: the same band under a count column stays a count", () => {
    expect(status("40 - 45", "42 trường", "Số trường đạt chuẩn", "trường")).toBe("met");
  });
});

describe("a band of growth may be a floor whose top is only hoped for: above it is asked about", () => {
  it("'tốc độ tăng trưởng … đạt 7,5%-8%/năm' above the band asks; inside and below judge", () => {
    const p = "Phấn đấu tốc độ tăng trưởng giá trị sản xuất nông nghiệp bình quân giai đoạn 2026-2030 là 7,5%-8%/năm";
    expect(status(p, "8,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("review");
    expect(status(p, "7,7%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("met");
    expect(status(p, "6,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("not_met");
  });
  it("a bare band in a table cell whose indicator names growth", () => {
    expect(status("9,0 – 9,5", "9,9%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("review");
    expect(status("9,0 – 9,5", "9,2%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("met");
  });
  it("neighbour: a share held inside its band ('chiếm 30 - 35%') is still a band both of whose ends count", () => {
    expect(status("tỷ trọng công nghiệp chiếm 30 - 35% cơ cấu kinh tế", "38%", "Tỷ trọng công nghiệp trong cơ cấu kinh tế", "%")).toBe("not_met");
  });
});

describe("a bound named just before 'còn' is what is lowered: the figure is that bound's new value", () => {
  it("'quy mô tối thiểu mỗi trường chỉ còn 3 lớp' stays a floor (was: at most)", () => {
    const p = "Ở vùng đặc biệt khó khăn, quy mô tối thiểu mỗi trường chỉ còn 3 lớp";
    expect(status(p, "4 lớp", "Quy mô tối thiểu trường ở vùng đặc biệt khó khăn", "lớp")).toBe("exceeded");
    expect(status(p, "2 lớp", "Quy mô tối thiểu trường ở vùng đặc biệt khó khăn", "lớp")).toBe("not_met");
  });
  it("'định mức tối đa giảm xuống còn 30 trẻ/nhóm' stays a cap", () => {
    expect(status("định mức tối đa giảm xuống còn 30 trẻ/nhóm", "32 trẻ/nhóm", undefined, "trẻ/nhóm")).toBe("not_met");
  });
  it("neighbour: 'giảm tỷ lệ hộ nghèo chỉ còn 2%' is still a ceiling", () => {
    expect(status("giảm tỷ lệ hộ nghèo chỉ còn 2%", "1,5%", "Tỷ lệ hộ nghèo", "%")).toBe("met");
    expect(status("giảm tỷ lệ hộ nghèo chỉ còn 2%", "2,5%", "Tỷ lệ hộ nghèo", "%")).toBe("not_met");
  });
});

describe("a fee waived with no amount, under a money column, is nothing to pay", () => {
  const p = "Học viên thuộc hộ cận nghèo được miễn học phí khóa đào tạo nghề";
  it("0 đồng and 'Miễn' meet it; an amount does not", () => {
    expect(status(p, "0 đồng", "Học phí đào tạo nghề hộ cận nghèo", "đồng/khóa")).toBe("met");
    expect(status(p, "Miễn", "Học phí đào tạo nghề hộ cận nghèo", "đồng/khóa")).toBe("met");
    expect(status(p, "450.000 đồng", "Học phí đào tạo nghề hộ cận nghèo", "đồng/khóa")).toBe("not_met");
  });
  it("explains the amount, not a harm that must not happen", () => {
    expect(evaluate(p, "450.000 đồng", { unit: "đồng/khóa", lang: "vi" }).explanation).toContain("0 đồng");
  });
  it("neighbour: a share waived ('miễn 50% học phí') under '%' keeps its share", () => {
    expect(status("miễn 50% học phí cho học sinh vùng khó khăn", "50%", undefined, "%")).toBe("met");
  });
});

describe("a phrase opening with 'không' and a verb, under a column counting cases, is met by none", () => {
  const p = "không sử dụng điện thoại di động trong giờ học khi chưa được giáo viên cho phép";
  it("0 meets it, a count of cases does not", () => {
    expect(status(p, "0", "Số lần học sinh sử dụng điện thoại trong giờ học", "lần")).toBe("met");
    expect(status(p, "3 lần", "Số lần học sinh sử dụng điện thoại trong giờ học", "lần")).toBe("not_met");
  });
  it("neighbour: 'không ngừng nâng cao …' (ever more) forbids nothing", () => {
    expect(status("không ngừng nâng cao chất lượng giáo dục toàn diện", "3 lần", undefined, "lần")).not.toBe("met");
  });
});

describe("a term set by rule counted in school years is exactly that", () => {
  it("'Nhiệm kỳ … là hai năm học': more is not met", () => {
    const p = "Nhiệm kỳ của Hội đồng tự quản học sinh là hai năm học";
    expect(status(p, "2 năm học", "Nhiệm kỳ Hội đồng tự quản", "năm học")).toBe("met");
    expect(status(p, "3 năm học", "Nhiệm kỳ Hội đồng tự quản", "năm học")).toBe("not_met");
  });
  it("neighbour: a count of school years to reach ('duy trì 3 năm học liên tiếp') stays a floor", () => {
    expect(status("duy trì danh hiệu tập thể lao động tiên tiến 3 năm học liên tiếp", "4 năm học", undefined, "năm học")).toBe("exceeded");
  });
});

describe("a processing named with 'on time' is a share done in time: more is better", () => {
  it("'tỷ lệ xử lý hồ sơ thủ tục đúng hạn đạt 98%' is a floor (was: at most)", () => {
    const p = "tỷ lệ xử lý hồ sơ thủ tục đúng hạn đạt 98%";
    expect(status(p, "96,5%", "Tỷ lệ hồ sơ xử lý đúng hạn", "%")).toBe("not_met");
    expect(status(p, "99%", "Tỷ lệ hồ sơ xử lý đúng hạn", "%")).toBe("exceeded");
  });
  it("neighbour: the time a processing takes is still brought down; a share late ('trễ hạn') too", () => {
    expect(status("thời gian giải quyết hồ sơ 7 ngày", "9 ngày", undefined, "ngày")).toBe("not_met");
    expect(status("tỷ lệ hồ sơ giải quyết trễ hạn 2%", "1%", "Tỷ lệ hồ sơ trễ hạn", "%")).toBe("met");
  });
});

describe("a month and its year joined by a dot ('tháng 12.2021') is a month, not a decimal", () => {
  it("'trước tháng 11.2024' is due by 31/10/2024", () => {
    const p = "Hội thi dự kiến được tổ chức trước tháng 11.2024";
    expect(status(p, "25/10/2024")).toBe("met");
    expect(status(p, "8/11/2024")).toBe("not_met");
  });
  it("neighbour: a decimal after another word stays a figure ('đạt 12.5 điểm')", () => {
    expect(status("điểm trung bình đạt 12.5 điểm", "13 điểm", undefined, "điểm")).toBe("exceeded");
  });
});

describe("an opening day and how long it lasts make a window", () => {
  const p = "Hội khỏe Phù Đổng cấp huyện khai mạc từ ngày 10/4, kéo dài trong 4 ngày tại nhà thi đấu huyện";
  it("'từ ngày 10/4 … kéo dài trong 4 ngày' is 10/4–13/4", () => {
    expect(evaluate(p, "12/4/2025", { period: periodFromText("2025") ?? undefined, lang: "vi" }).status).toBe("met");
    expect(evaluate(p, "14/4/2025", { period: periodFromText("2025") ?? undefined, lang: "vi" }).status).toBe("not_met");
  });
  it("neighbour: an opening day alone is still not before that day", () => {
    expect(status("Hội thi khai mạc từ ngày 10/4/2025 tại nhà thi đấu huyện", "9/4/2025")).toBe("not_met");
  });
});

describe("an amount a rule sets for each one ('mức hỗ trợ …', 'được hưởng …') is exactly that or the least: more is asked", () => {
  it("'mức hỗ trợ tiền ăn 25.000 đồng/trẻ/ngày': more asks, exactly meets, less falls short", () => {
    const p = "Trẻ mẫu giáo vùng khó khăn có mức hỗ trợ tiền ăn 25.000 đồng/trẻ/ngày";
    expect(status(p, "28.000 đồng/trẻ/ngày", undefined, "đồng/trẻ/ngày")).toBe("review");
    expect(status(p, "25.000 đồng/trẻ/ngày", undefined, "đồng/trẻ/ngày")).toBe("met");
    expect(status(p, "20.000 đồng/trẻ/ngày", undefined, "đồng/trẻ/ngày")).toBe("not_met");
  });
  it("'sẽ được hưởng 900.000 đồng/tháng' likewise, beside another figure read as a runner-up", () => {
    const p = "sinh viên sư phạm nhóm 2 sẽ được hưởng 900.000 đồng/tháng";
    expect(status(p, "1.000.000 đồng/tháng", undefined, "đồng/tháng")).toBe("review");
    expect(status(p, "800.000 đồng/tháng", undefined, "đồng/tháng")).toBe("not_met");
  });
  it("neighbour: an amount to reach with no set rate ('thu nhập bình quân đạt 60 triệu đồng/người/năm') stays a floor", () => {
    expect(status("thu nhập bình quân đạt 60 triệu đồng/người/năm", "65 triệu đồng/người/năm", undefined, "triệu đồng/người/năm")).toBe("exceeded");
  });
});

describe("whom a unit may send ('được cử N … mỗi đội') is a quota: a cap, exactly as the other reading", () => {
  const p = "Mỗi huyện được cử 12 vận động viên mỗi môn tham dự Hội khỏe Phù Đổng cấp tỉnh";
  it("more than the quota falls short, the quota meets, fewer is asked", () => {
    expect(status(p, "14 vận động viên", undefined, "vận động viên")).toBe("not_met");
    expect(status(p, "12 vận động viên", undefined, "vận động viên")).toBe("met");
    expect(status(p, "10 vận động viên", undefined, "vận động viên")).toBe("review");
  });
  it("neighbour: 'được cử' with nobody per unit ('5 cán bộ được cử đi học') is no quota", () => {
    expect(status("có 5 cán bộ quản lý được cử đi học cao cấp lý luận chính trị", "6 cán bộ", undefined, "cán bộ")).not.toBe("not_met");
  });
});

describe("a count per the column's period ('8 tiết/ngày' under ĐVT 'tiết/ngày') agrees with the column", () => {
  it("'có buổi học trên 5 tiết, thậm chí tối đa 6 tiết/buổi'-like: the figure per the column's period is the target", () => {
    const p = "nhiều trường xếp có tuần học trên 30 tiết, thậm chí tối đa 32 tiết/tuần";
    expect(status(p, "33 tiết/tuần", "Số tiết học tối đa mỗi tuần", "tiết/tuần")).toBe("not_met");
    expect(status(p, "31 tiết/tuần", "Số tiết học tối đa mỗi tuần", "tiết/tuần")).toBe("met");
  });
  it("neighbour: a plain frequency under 'lần/năm' reads as before", () => {
    expect(status("kiểm tra nội bộ ít nhất 2 lần/năm", "3 lần/năm", undefined, "lần/năm")).toBe("exceeded");
    expect(status("kiểm tra nội bộ ít nhất 2 lần/năm", "1 lần/năm", undefined, "lần/năm")).toBe("not_met");
  });
});

describe("under a column of durations, 'sớm nhất trước N tuần so với ngày …' bounds the lead itself", () => {
  const p = "học sinh lớp 10 tập trung sớm nhất trước một tuần so với ngày khai giảng";
  it("the lead at most a week ('một' read before a span of time)", () => {
    expect(status(p, "5 ngày", "Thời gian tập trung trước khai giảng", "tuần")).toBe("met");
    expect(status(p, "2 tuần", "Thời gian tập trung trước khai giảng", "tuần")).toBe("not_met");
  });
  it("'chậm nhất trước 3 ngày' is at least three days ahead", () => {
    const q = "nộp hồ sơ chậm nhất trước 3 ngày so với ngày tổ chức hội thi";
    expect(status(q, "5 ngày", "Thời gian nộp hồ sơ trước hội thi", "ngày")).toBe("exceeded");
    expect(status(q, "2 ngày", "Thời gian nộp hồ sơ trước hội thi", "ngày")).toBe("not_met");
  });
  it("neighbour: without a column of durations, the day counted from is still missing (refused)", () => {
    expect(status(p, "20/8/2025")).toBe("unreadable");
  });
});

describe("'gia tăng' is 'tăng' in a formal register", () => {
  it("'gia tăng tỷ lệ …' with a baseline: any rise meets it", () => {
    const p = "gia tăng tỷ lệ người cao tuổi được khám sức khỏe định kỳ";
    expect(status(p, "62%", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ", "%", "58%")).toBe("met");
    expect(status(p, "55%", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ", "%", "58%")).toBe("not_met");
  });
  it("neighbour: 'tăng cường' (strengthen) is still no change of a figure", () => {
    expect(status("tăng cường công tác kiểm tra nội bộ", "62%", undefined, "%", "58%")).not.toBe("met");
  });
});

describe("equipping a place ('trang bị đầy đủ …') with no figure is done or not", () => {
  it("'Đạt' meets it, 'Chưa đạt' does not", () => {
    const p = "Các điểm trường phải trang bị đầy đủ tủ thuốc và dụng cụ sơ cứu ban đầu";
    expect(status(p, "Đạt")).toBe("met");
    expect(status(p, "Chưa đạt")).toBe("not_met");
  });
  it("neighbour: a share equipped keeps its figure", () => {
    expect(status("100% phòng học được trang bị máy chiếu", "96%", undefined, "%")).toBe("not_met");
  });
});

describe("a change restating a level of the same measure ('tối đa 30 nhóm/lớp, tăng 10 nhóm/lớp so với hiện nay') is no target of its own", () => {
  const p = "mỗi trường tối đa 45 lớp/trường, tăng 5 lớp/trường so với quy định cũ";
  it("a level typed is judged by the cap", () => {
    expect(status(p, "44 lớp/trường", undefined, "lớp/trường")).toBe("met");
    expect(status(p, "48 lớp/trường", undefined, "lớp/trường")).toBe("not_met");
  });
  it("a change typed is still the change's", () => {
    expect(status(p, "tăng 3 lớp/trường", undefined, "lớp/trường")).toBe("not_met");
  });
  it("neighbour: a change and a level of different measures stay two readings", () => {
    expect(status("tỷ lệ trẻ đến trường tối thiểu 95%, tăng 10 trường so với hiện nay", "97%", undefined, "%")).toBe("exceeded");
  });
});

describe("days in brackets after a baseline's year ('so với năm 2025 (26 - 27/6)') are that year's, not the target", () => {
  const p = "Hội thi năm 2026 tổ chức trong hai ngày 14 - 15/3, sớm hơn một tuần so với năm 2025 (21 - 22/3).";
  const at = (a: string) => evaluate(p, a, { period: periodFromText("2025-2026") ?? undefined, lang: "vi" }).status;
  it("the target's window judges; the baseline's days are no second reading", () => {
    expect(at("22/3/2026")).toBe("not_met");
    expect(at("13/3/2026")).toBe("not_met");
  });
  it("the phrase names its own year ('năm 2026'), so the school year's other calendar year is not asked about", () => {
    expect(at("15/3/2026")).toBe("met");
  });
  it("neighbour: a yearless window with no year named still follows the completion date", () => {
    const q = "tổ chức hội thi trong hai ngày 14 - 15/3";
    expect(evaluate(q, "15/3/2026", { period: periodFromText("2025-2026") ?? undefined, lang: "vi" }).status).toBe("met");
  });
});

describe("a day alone in brackets after an occasion celebrated ('kỷ niệm … Ngày Nhà giáo Việt Nam (20/11)') is its day, not the target", () => {
  const p = "Hội diễn văn nghệ chào mừng kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11) tổ chức từ ngày 5 đến 8/11";
  const at = (a: string) => evaluate(p, a, { period: periodFromText("2025") ?? undefined, lang: "vi" }).status;
  it("the window judges", () => {
    expect(at("6/11/2025")).toBe("met");
    expect(at("20/11/2025")).toBe("not_met");
  });
  it("neighbour: a share in brackets with no occasion before it stays a share ('(3/5 trường)')", () => {
    expect(status("số trường đạt chuẩn (3/5 trường)", "4/5", undefined, "trường")).not.toBe("unreadable");
  });
});

describe("the intake a school admits, written 'tuyển N …', is a quota: a cap as much as a target", () => {
  const p = "Trường THCS Hòa Bình dự kiến tuyển 360 học sinh lớp 6, tương đương 9 lớp";
  it("exactly meets; more or fewer is asked", () => {
    expect(status(p, "9 lớp", undefined, "lớp")).toBe("met");
    expect(status(p, "10 lớp", undefined, "lớp")).toBe("review");
    expect(status(p, "8 lớp", undefined, "lớp")).toBe("review");
  });
  it("neighbour: an intake with its own operator ('tuyển … trên 7.000 học sinh') keeps it", () => {
    expect(status("Sở sẽ tuyển 180 lớp 10 với trên 7.000 học sinh", "7.200 học sinh", undefined, "học sinh")).toBe("met");
  });
});

describe("what is allowed above a norm ('có thể … cao hơn 2 tuổi', 'được phép vượt 10%') is the most allowed", () => {
  it("'có thể vào lớp 1 ở độ tuổi cao hơn 2 tuổi so với quy định' is at most 2 years", () => {
    const p = "Trẻ khuyết tật có thể vào lớp 1 ở độ tuổi cao hơn 2 tuổi so với quy định";
    expect(status(p, "1 tuổi", undefined, "tuổi")).toBe("met");
    expect(status(p, "3 tuổi", undefined, "tuổi")).toBe("not_met");
  });
  it("'được phép vượt 10% định mức' likewise", () => {
    expect(status("số học sinh mỗi lớp được phép vượt 10% định mức", "12%", undefined, "%")).toBe("not_met");
  });
  it("neighbour: a plain 'cao hơn' target stays strictly above", () => {
    expect(status("điểm trung bình cao hơn 6,5 điểm", "7 điểm", undefined, "điểm")).toBe("met");
    expect(status("điểm trung bình cao hơn 6,5 điểm", "6,5 điểm", undefined, "điểm")).toBe("not_met");
  });
});

describe("a figure with no word at all in a table cell is in the unit column's measure", () => {
  it("'300' under 'nghìn đồng/học sinh/tháng' judges '300.000 đồng' typed", () => {
    expect(status("300", "300.000 đồng", "Học phí THCS công lập", "nghìn đồng/học sinh/tháng")).toBe("met");
    expect(status("300", "320", "Học phí THCS công lập", "nghìn đồng/học sinh/tháng")).toBe("not_met");
  });
  it("neighbour: a figure with a counted noun keeps its noun", () => {
    expect(status("12 trường", "12 trường", undefined, "trường")).toBe("met");
  });
});

describe("a negated change opening a phrase ('không giảm so với năm học trước') stays a change, not a ban", () => {
  it("under a count column with a baseline", () => {
    expect(status("không giảm so với năm học trước", "268", "Số lớp mầm non công lập", "lớp", "274")).toBe("not_met");
    expect(status("không giảm so với năm học trước", "280", "Số lớp mầm non công lập", "lớp", "274")).not.toBe("not_met");
  });
});
