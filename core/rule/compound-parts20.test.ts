// Compound targets, round 20: which part the indicator's name picks when the name and the phrase write the same thing
// differently, or share a heading. Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { shortForms } from "./parse/context";
import { periodFromText } from "../period/period";

const judge = (phrase: string, actual: string, indicator?: string, unit?: string, period?: string) =>
  evaluate(phrase, actual, { indicator, unit, period: period ? periodFromText(period) ?? undefined : undefined, lang: "vi" }).status;

describe("a long name and its initials name the same part", () => {
  it("shortForms writes the long names as initials, whole words only", () => {
    expect(shortForms("60% trường trung học cơ sở và 40% trường trung học phổ thông")).toBe("60% trường thcs và 40% trường thpt");
    expect(shortForms("người cao tuổi có thẻ bảo hiểm y tế")).toBe("nct có thẻ bhyt");
    expect(shortForms("trường")).toBe("trường");
  });
  const phrase = "Phấn đấu trên 50% trường mầm non có thư viện xanh; có 60% trường tiểu học, 45% trường trung học cơ sở và 30% trường trung học phổ thông có thư viện điện tử.";
  it("an indicator writing THCS or THPT picks the part written out in full", () => {
    expect(judge(phrase, "44%", "Tỷ lệ trường THCS có thư viện điện tử", "%", "2027")).toBe("not_met");
    expect(judge(phrase, "47%", "Tỷ lệ trường THCS có thư viện điện tử", "%", "2027")).toBe("exceeded");
    expect(judge(phrase, "31%", "Tỷ lệ trường THPT có thư viện điện tử", "%", "2027")).toBe("exceeded");
  });
  it("the neighbour written the same way in both keeps its verdict", () => {
    expect(judge(phrase, "55%", "Tỷ lệ trường mầm non có thư viện xanh", "%", "2027")).toBe("met");
    expect(judge(phrase, "58%", "Tỷ lệ trường tiểu học có thư viện điện tử", "%", "2027")).toBe("not_met");
  });
  it("a phrase writing initials picks the part an indicator names in full", () => {
    const ins = "Đến năm 2027 có trên 85% NCT có thẻ BHYT; khoảng 70% NCT được khám sức khỏe định kỳ";
    expect(judge(ins, "80%", "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", "%", "2027")).toBe("not_met");
    expect(["met", "exceeded"]).toContain(judge(ins, "90%", "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", "%", "2027"));
  });
  it("a name that names neither level still asks", () => {
    const hours = "Định mức giờ dạy của giáo viên trường chuyên là 16 giờ ở cấp trung học cơ sở, 14 giờ ở cấp trung học phổ thông";
    expect(judge(hours, "15 giờ", "Định mức giờ dạy của giáo viên trường chuyên", "giờ/tuần")).toBe("review");
  });
});

describe("a heading closed by a colon before the first clause's own label is every clause's", () => {
  const phrase = "Đối với trung học phổ thông: khu vực thành thị: 60 ngàn đồng/tháng; khu vực nông thôn, miền núi: 30 ngàn đồng/tháng";
  it("the heading's level names no clause; the label decides", () => {
    expect(judge(phrase, "30.000", "Mức thu học phí THPT khu vực nông thôn, miền núi", "đồng/tháng")).toBe("met");
    expect(judge(phrase, "60.000", "Mức thu học phí THPT khu vực nông thôn, miền núi", "đồng/tháng")).toBe("not_met");
    expect(judge(phrase, "60.000", "Mức thu học phí THPT khu vực thành thị", "đồng/tháng")).toBe("met");
  });
});

describe("a label's number in the indicator names its clause", () => {
  it("'vùng 2' picks the clause of region 2, not of region 1", () => {
    const meals = "vùng 1: 450 ngàn đồng/tháng; vùng 2: 360 ngàn đồng/tháng";
    expect(judge(meals, "360.000", "Mức hỗ trợ tiền ăn trưa vùng 2", "đồng/tháng")).toBe("met");
    expect(judge(meals, "450.000", "Mức hỗ trợ tiền ăn trưa vùng 1", "đồng/tháng")).toBe("met");
  });
  it("a term written in Roman numerals: 'học kỳ II' is not 'học kỳ I'", () => {
    const terms = "sinh hoạt chuyên môn học kỳ I tối thiểu 8 tiết; sinh hoạt chuyên môn học kỳ II tối thiểu 6 tiết";
    expect(judge(terms, "7 tiết", "Số tiết sinh hoạt chuyên môn học kỳ II", "tiết")).toBe("exceeded");
    expect(judge(terms, "7 tiết", "Số tiết sinh hoạt chuyên môn học kỳ I", "tiết")).toBe("not_met");
  });
  it("a heading 'Đối với …:' before the first clause is no case of its own: the label decides", () => {
    const fees = "Đối với mầm non: vùng 1: 50 ngàn đồng/tháng; vùng 2: 20 ngàn đồng/tháng";
    expect(judge(fees, "50.000", "Học phí mầm non vùng 1", "đồng/tháng")).toBe("met");
    expect(judge(fees, "50.000", "Học phí mầm non vùng 2", "đồng/tháng")).toBe("not_met");
  });
  it("a month in the name is a date, no label", () => {
    const exams = "Kiểm tra học kỳ I xong trước ngày 10/01/2026; kiểm tra học kỳ II xong trước ngày 15/5/2026";
    expect(judge(exams, "12/5/2026", "Hoàn thành kiểm tra học kỳ II tháng 5", "", "2025-2026")).toBe("met");
  });
});

describe("in a list of floors, an operator a later part writes is that part's own", () => {
  const teachers = "cần tuyển mới 800 giáo viên mầm non, 650 giáo viên tiểu học, đồng thời bồi dưỡng ít nhất 5.000 giáo viên về chuyển đổi số";
  it("an earlier bare part the indicator names is judged by its own figure", () => {
    expect(judge(teachers, "700", "Số giáo viên mầm non tuyển mới", "giáo viên", "2026")).toBe("not_met");
    expect(judge(teachers, "700", "Số giáo viên tiểu học tuyển mới", "giáo viên", "2026")).toBe("exceeded");
    expect(judge(teachers, "4.800", "Số giáo viên được bồi dưỡng về chuyển đổi số", "giáo viên", "2026")).toBe("not_met");
  });
  it("the part with the written operator keeps its figure", () => {
    const staff = "100% giáo viên mầm non, trên 85% nhân viên hành chính được bồi dưỡng kỹ năng số";
    expect(judge(staff, "95%", "Tỷ lệ giáo viên mầm non được bồi dưỡng kỹ năng số", "%", "2026")).toBe("not_met");
    expect(judge(staff, "90%", "Tỷ lệ nhân viên hành chính được bồi dưỡng kỹ năng số", "%", "2026")).toBe("met");
  });
  it("one plain word of the name does not decide more than it does between equals: asked", () => {
    const staff = "100% giáo viên, trên 85% nhân viên được bồi dưỡng kỹ năng số";
    expect(judge(staff, "95%", "Tỷ lệ giáo viên được bồi dưỡng kỹ năng số", "%", "2026")).toBe("review");
  });
  it("an operator opening the list may govern the later parts: they are not set apart from it", () => {
    const stem = "ít nhất 30% trường tiểu học, 20% trường THCS và 10% trường THPT có phòng học STEM";
    expect(judge(stem, "25%", "Tỷ lệ trường THCS có phòng học STEM", "%", "2026")).toBe("exceeded");
  });
  it("a step before the level it leads to stays the step", () => {
    const schools = "phấn đấu có thêm 15 trường đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 80 trường";
    expect(judge(schools, "thêm 15 trường", "Số trường đạt chuẩn quốc gia tăng thêm", "trường", "2026")).toBe("met");
  });
});

describe("a timetable norm: sessions a week, lessons a day, minutes a lesson", () => {
  const day = "trung học cơ sở học tối thiểu 10 buổi/tuần, 1 ngày không quá 6 tiết, 1 tiết 45 phút";
  it("'1 ngày', '1 tiết' opening a part are what the next figure counts in, not figures of their own", () => {
    expect(judge(day, "45 phút", "Thời lượng một tiết học (THCS)", "phút", "2025-2026")).toBe("met");
    expect(judge(day, "50 phút", "Thời lượng một tiết học (THCS)", "phút", "2025-2026")).toBe("not_met");
    expect(judge(day, "11 buổi", "Số buổi học mỗi tuần (THCS)", "buổi/tuần", "2025-2026")).toBe("exceeded");
  });
  it("an operator of sessions a week does not reach the minutes of a lesson after it", () => {
    const upper = "Cấp THPT học không quá 6 tiết/ngày, tối đa 10 buổi/tuần, mỗi tiết 45 phút.";
    expect(judge(upper, "40 phút", "Thời lượng một tiết học (THPT)", "phút", "2025-2026")).toBe("not_met");
    expect(judge(upper, "45 phút", "Thời lượng một tiết học (THPT)", "phút", "2025-2026")).toBe("met");
  });
  it("a count a day is no amount of minutes, nor the other way", () => {
    const upper = "Cấp THPT học không quá 6 tiết/ngày, tối đa 10 buổi/tuần, mỗi tiết 45 phút.";
    expect(judge(upper, "7 tiết", "Số tiết học mỗi ngày (THPT)", "tiết/ngày", "2025-2026")).toBe("not_met");
  });
  it("'1' counting a thing is still a figure: a part listing one school", () => {
    expect(judge("có 1 trường đạt chuẩn mức độ 2, 3 trường đạt mức độ 1", "1", "Số trường đạt chuẩn mức độ 2", "trường")).toBe("met");
  });
  it("a span of time with its own operator keeps it", () => {
    expect(judge("mỗi tiết học không quá 40 phút", "35 phút", "Thời lượng một tiết học", "phút")).toBe("met");
  });
});

describe("two cases, each named: the one the indicator names is meant", () => {
  const sites = "Đối với trường ở xã đảo, có thể bố trí không quá 4 điểm trường, trường hợp đặc biệt tại vùng núi cao, giao thông cách trở bố trí không quá 9 điểm trường.";
  it("the indicator naming the first case judges by it, the second by the other", () => {
    expect(judge(sites, "6", "Số điểm trường của trường ở xã đảo", "điểm trường")).toBe("not_met");
    expect(judge(sites, "6", "Số điểm trường ở vùng núi cao, giao thông cách trở", "điểm trường")).toBe("met");
  });
  it("a name that names neither case still asks", () => {
    expect(judge(sites, "6", "Số điểm trường tối đa", "điểm trường")).toBe("review");
  });
  it("a rule and its exception share the rule's subject: the subject's words do not rule the exception out", () => {
    const groups = "Một lớp học hòa nhập có không quá 03 học sinh khuyết tật, trường hợp đặc biệt do hiệu trưởng quyết định nhưng không quá 05 học sinh khuyết tật.";
    expect(judge(groups, "4", "Số học sinh khuyết tật trong một lớp học hòa nhập", "học sinh")).toBe("review");
  });
});

describe("a part singled out with 'riêng … là N' keeps the bound and unit of the part it is set apart from", () => {
  const quota = "Mỗi trường được tuyển tối đa 40 học sinh, riêng vùng cao là 25";
  it("the singled-out part is a cap too, in the same unit", () => {
    expect(judge(quota, "30", "Số học sinh tuyển mỗi trường vùng cao", "học sinh")).toBe("not_met");
    expect(judge(quota, "20", "Số học sinh tuyển mỗi trường vùng cao", "học sinh")).toBe("met");
  });
  it("under a name naming no case, the general part leads", () => {
    expect(judge("Mỗi trường được tuyển tối đa 40 học sinh năng khiếu, riêng trường vùng cao là 25", "30", "Số học sinh năng khiếu tuyển mỗi trường", "học sinh")).toBe("met");
  });
  it("a name whose words fall in both parts asks rather than reading the singled-out figure as a floor", () => {
    expect(judge("Mỗi trường được tuyển tối đa 40 học sinh năng khiếu, riêng trường vùng cao là 25", "30", "Số học sinh năng khiếu tuyển mỗi trường vùng cao", "học sinh")).toBe("review");
  });
});

describe("a cap raised to a figure is still a cap", () => {
  it("'quy mô tối đa được nâng từ … lên N' is at most N", () => {
    const size = "Đối với trường THCS, quy mô tối đa được nâng từ 35 lên 45 lớp, quy mô tối thiểu là 8 lớp.";
    expect(judge(size, "46 lớp", "Quy mô tối đa trường THCS", "lớp")).toBe("not_met");
    expect(judge(size, "44 lớp", "Quy mô tối đa trường THCS", "lớp")).toBe("met");
    expect(judge(size, "9 lớp", "Quy mô tối thiểu trường THCS", "lớp")).not.toBe("not_met");
  });
  it("a fee cap raised is at most the new fee", () => {
    const fee = "Mức thu tối đa được điều chỉnh tăng từ 200.000 lên 250.000 đồng/tháng";
    expect(judge(fee, "260.000", "Mức thu tối đa", "đồng/tháng")).toBe("not_met");
    expect(judge(fee, "240.000", "Mức thu tối đa", "đồng/tháng")).toBe("met");
  });
  it("a level raised, with no cap named, is still a level to reach", () => {
    expect(judge("Tỷ lệ trẻ đi học được nâng từ 80% lên 90%", "92%", "Tỷ lệ trẻ đi học", "%")).not.toBe("not_met");
    expect(judge("Tỷ lệ trẻ đi học được nâng từ 80% lên 90%", "85%", "Tỷ lệ trẻ đi học", "%")).toBe("not_met");
  });
  it("a cap in another part does not reach a level raised after it", () => {
    expect(judge("Sĩ số tối đa 35 học sinh/lớp; nâng tỷ lệ lớp học 2 buổi/ngày lên 90%", "95%", "Tỷ lệ lớp học 2 buổi/ngày", "%")).not.toBe("not_met");
  });
});

describe("a clause whose subject is all of them, before a share 'trong đó'", () => {
  const phrase = "Toàn bộ giáo viên được bồi dưỡng chương trình mới, trong đó 60% giáo viên đạt chứng chỉ tin học nâng cao";
  it("the whole is a part too: a share the whole and the sub-target judge apart is asked about", () => {
    expect(judge(phrase, "90%", "Tỷ lệ giáo viên được bồi dưỡng chương trình mới", "%")).toBe("review");
  });
  it("an indicator naming the share's own words judges by the share", () => {
    expect(["met", "exceeded"]).toContain(judge(phrase, "65%", "Tỷ lệ giáo viên đạt chứng chỉ tin học nâng cao", "%"));
    expect(judge(phrase, "55%", "Tỷ lệ giáo viên đạt chứng chỉ tin học nâng cao", "%")).toBe("not_met");
  });
});

describe("'chỉ dành cho N' is at most N", () => {
  it("what is kept only for some is a ceiling", () => {
    expect(judge("Lớp bồi dưỡng buổi chiều chỉ dành cho 2 nhóm học sinh", "3", "Số nhóm học sinh được bồi dưỡng buổi chiều", "nhóm")).toBe("not_met");
    expect(judge("Lớp bồi dưỡng buổi chiều chỉ dành cho 2 nhóm học sinh", "2", "Số nhóm học sinh được bồi dưỡng buổi chiều", "nhóm")).toBe("met");
  });
  it("'không chỉ dành cho' (not only) is no ceiling", () => {
    expect(judge("Thư viện không chỉ dành cho 2 khối lớp mà mở cho toàn trường", "3", "Số khối lớp sử dụng thư viện", "khối")).not.toBe("not_met");
  });
});

describe("a time allowed beside a part with an operator of its own", () => {
  const loans = "Mỗi lần mượn không quá 3 cuốn, thời hạn 2 tuần.";
  it("the loan's time limit is at most that, whatever the other part's operator", () => {
    expect(judge(loans, "10 ngày", "Thời hạn mượn sách", "tuần")).toBe("met");
    expect(judge(loans, "3 tuần", "Thời hạn mượn sách", "tuần")).toBe("not_met");
  });
  it("a time sharing another time's written operator keeps it", () => {
    expect(judge("có thời hạn công tác ít nhất 05 năm hoặc 04 năm đối với miền núi", "4 năm", "Thời hạn công tác", "năm")).not.toBe("met");
  });
});

describe("'đồng bằng' (the plains) names a region, not the operator 'bằng'", () => {
  const phrase = "Tỷ lệ trẻ được tiêm chủng đầy đủ đạt 96%, trong đó vùng đồng bằng đạt 98% và vùng núi đạt 92%";
  it("the plains' share is a floor like the others", () => {
    expect(judge(phrase, "98,5%", "Tỷ lệ trẻ được tiêm chủng đầy đủ vùng đồng bằng", "%")).toBe("exceeded");
    expect(judge(phrase, "91%", "Tỷ lệ trẻ được tiêm chủng đầy đủ vùng đồng bằng", "%")).toBe("not_met");
  });
  it("'bằng' alone still states an exact figure", () => {
    expect(judge("Số tiết tự chọn bằng 4 tiết/tuần", "5 tiết", "Số tiết tự chọn", "tiết")).not.toBe("met");
  });
});
