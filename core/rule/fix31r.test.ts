// Round 31 (fix31r): defects review30 found in round 30's rules, each on an input the corpora hold little of.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("'3 giờ 10' is a length of time where the target names one and no time of day", () => {
  it("judges a duration against a target naming 'thời lượng' / 'thời gian' and several hours", () => {
    expect(evaluate("Thời lượng học mỗi buổi không quá 4 giờ, cả ngày không quá 7 giờ", "3 giờ 10").status).toBe("met");
    expect(evaluate("Thời gian chờ khám trung bình không quá 2 giờ, tối đa 3 giờ", "1 giờ 45").status).toBe("met");
    // The indicator names the length of time where the target cell holds only the bounds.
    expect(evaluate("không quá 4 giờ, cả ngày không quá 7 giờ", "3 giờ 10", { indicator: "Thời lượng học mỗi buổi" }).status).toBe("met");
    // Two readings that part still ask, as for any figure.
    expect(evaluate("Thời lượng học mỗi buổi không quá 4 giờ, cả ngày không quá 7 giờ", "5 giờ 10").status).toBe("review");
  });
  it("keeps asking where a time of day is named, or nothing decides", () => {
    const sang = evaluate("Giờ vào lớp buổi sáng: từ 7 giờ trở đi và không trễ hơn 8 giờ.", "8 giờ 15");
    expect(sang.status).toBe("review");
    expect(sang.explanation).toContain("khung giờ");
    // "thời gian" and "buổi sáng" both: nothing decides.
    expect(evaluate("Thời gian vào lớp buổi sáng: từ 7 giờ trở đi và không trễ hơn 8 giờ.", "8 giờ 15").status).toBe("review");
    const neither = evaluate("Mỗi ngày không quá 4 giờ; tuần không quá 20 giờ", "3 giờ 10");
    expect(neither.status).toBe("review");
    expect(neither.explanation).toContain("nhiều mốc giờ");
    // A bare "thời gian" names a point as often as a length; "giờ kết thúc" is a time of day.
    expect(evaluate("Thời gian tổ chức lễ hội không quá 2 ngày, văn nghệ không quá 22 giờ, diễu hành không quá 3 giờ", "21 giờ 30").status).toBe("review");
    expect(evaluate("không quá 22 giờ, mỗi tiết mục không quá 1 giờ", "21 giờ 30", { indicator: "Giờ kết thúc văn nghệ" }).status).toBe("review");
    // review31: a length judged as one only where it falls on the same side of every hour the target names.
    expect(evaluate("Học không quá 7 giờ/ngày; tan học không quá 17 giờ", "16 giờ 30").status).toBe("review");
    expect(evaluate("Thời gian khám không quá 2 giờ; đón bệnh nhân cuối cùng 16 giờ", "15 giờ 30").status).toBe("review");
    // A year is no figure of the phrase: a measure against "none" with only a year beside it is judged.
    expect(evaluate("Không để cháy rừng năm 2025", "1,5 ha").status).toBe("not_met");
    // "tối đa" is a maximum, not the evening.
    expect(evaluate("Thời gian chờ khám trung bình không quá 2 giờ, tối đa 3 giờ", "2 giờ 30").status).toBe("review");
  });
});

describe("a bound set by another measure with no figure still judges a yes/no answer", () => {
  const pay = "Các cơ sở giáo dục mầm non tư thục đảm bảo chế độ lương cho giáo viên không thấp hơn so với các cơ sở giáo dục mầm non công lập.";
  it("judges 'Đạt' / 'Có' / 'Chưa' as the yes/no they are", () => {
    expect(evaluate(pay, "Đạt").status).toBe("met");
    expect(evaluate(pay, "Có").status).toBe("met");
    expect(evaluate(pay, "Chưa").status).toBe("not_met");
  });
  it("still refuses a figure or a blank, naming the measure", () => {
    const v = evaluate(pay, "5.000.000 đồng");
    expect(v.status).toBe("unreadable");
    expect(v.explanation).toContain("không nêu con số");
    expect(evaluate(pay, null).status).toBe("unreadable");
  });
});
