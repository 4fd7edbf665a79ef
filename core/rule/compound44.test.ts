// Round 44 (compound44): which part of a compound target a row is judged on. Invented phrases, several wordings each.
// - Milestones of one measure ("đến năm 2025 đạt trên 38% và năm 2030 đạt trên 42% dân số"): what follows the last
//   figure, when no earlier part writes a word after its own, is elided before and is every part's; it names none of
//   them, so a year the indicator names decides, and an indicator naming no year asks where the parts judge otherwise.
// - A band whose runner-up's place another listed part took ("3,6 đến 3,7 triệu ha, với sản lượng lúa đạt từ 40 đến 41
//   triệu tấn/năm"): the band's other reading stays a rival, so a figure above the band asks (passed, or missed?) as it
//   does for a band alone; within or below it the band judges. Not a count the band is over ("05 lĩnh vực: 88-96%").
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, indicator: string, unit: string, period: string, actual: string) =>
  evaluate(phrase, actual, { indicator: indicator || undefined, unit: unit || undefined, period: periodFromText(period) ?? undefined, lang: "vi" }).status;

describe("milestones of one measure share what follows the last figure (compound44)", () => {
  it("an indicator naming no year asks where the milestones judge otherwise", () => {
    expect(judge("đến năm 2025 đạt trên 60% và năm 2030 đạt trên 75% dân số", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "2021-2030", "65%")).toBe("review");
    expect(judge("phấn đấu số trẻ em được tiêm chủng đầy đủ đến năm 2025 đạt trên 90% và năm 2030 đạt trên 95% dân số trẻ em", "Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", "2021-2030", "92%")).toBe("review");
    expect(judge("phấn đấu số người dân tập thể dục thường xuyên đến năm 2025 đạt trên 38% và năm 2030 đạt trên 42% dân số", "Tỷ lệ dân số tập thể dục thường xuyên", "%", "2021-2030", "40%")).toBe("review");
    expect(judge("năm học 2024-2025 đạt 90% và năm học 2025-2026 đạt 95% học sinh", "Tỷ lệ học sinh hoàn thành chương trình", "%", "2024-2026", "92%")).toBe("review");
    expect(judge("đến năm 2025 giảm xuống dưới 8 gam/ngày và năm 2030 dưới 7 gam/ngày mỗi người", "Lượng muối tiêu thụ bình quân", "gam/ngày", "2021-2030", "7,5 gam/ngày")).toBe("review");
    expect(judge("Đến năm 2025 có trên 300 doanh nghiệp, đến 2030 có trên 500 doanh nghiệp tham gia xuất khẩu", "Số doanh nghiệp tham gia xuất khẩu", "doanh nghiệp", "2021-2030", "350")).toBe("review");
    expect(judge("đến năm 2020 giảm 20% và đến năm 2025 giảm 35% so với năm 2015", "Lượng rác thải nhựa so với năm 2015", "%", "2016-2025", "giảm 25%")).toBe("review");
  });
  it("the year the indicator names picks its milestone", () => {
    const a = "đến năm 2025 đạt trên 60% và năm 2030 đạt trên 75% dân số";
    expect(judge(a, "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2030", "%", "2021-2030", "65%")).toBe("not_met");
    expect(judge(a, "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2025", "%", "2021-2030", "65%")).toBe("met");
    const b = "Đến năm 2020 có trên 500 hợp tác xã, đến 2025 có trên 800 hợp tác xã hoạt động hiệu quả";
    expect(judge(b, "Số hợp tác xã hoạt động hiệu quả năm 2020", "hợp tác xã", "2016-2025", "600")).toBe("met");
    expect(judge(b, "Số hợp tác xã hoạt động hiệu quả năm 2025", "hợp tác xã", "2016-2025", "600")).toBe("not_met");
    const c = "Đến năm 2025 có trên 300 doanh nghiệp, đến 2030 có trên 500 doanh nghiệp tham gia xuất khẩu";
    expect(judge(c, "Số doanh nghiệp tham gia xuất khẩu năm 2025", "doanh nghiệp", "2021-2030", "350")).toBe("met");
    expect(judge(c, "Số doanh nghiệp tham gia xuất khẩu năm 2030", "doanh nghiệp", "2021-2030", "350")).toBe("not_met");
    expect(judge("đến năm 2020 giảm 20% và đến năm 2025 giảm 35% so với năm 2015", "Lượng rác thải nhựa năm 2020 so với năm 2015", "%", "2016-2025", "giảm 25%")).toBe("exceeded");
  });
  it("not a list without years: the words after the last figure stay its part's own", () => {
    expect(judge("Đập cấp II tối thiểu là 200m, phạm vi không được xâm phạm là 70m sát chân đập", "Phạm vi không được xâm phạm sát chân đập", "m", "", "70 m")).toBe("met");
  });
});

describe("a band keeps its other reading beside a listed part measured otherwise (compound44)", () => {
  const rice = "giữ diện tích lúa ở mức 3,6 đến 3,7 triệu ha, với sản lượng lúa đạt từ 40 đến 41 triệu tấn/năm";
  it("a figure above the band asks; within or below it the band judges", () => {
    expect(judge(rice, "Sản lượng lúa", "triệu tấn/năm", "2025", "43 triệu tấn")).toBe("review");
    expect(judge(rice, "Sản lượng lúa", "triệu tấn/năm", "2025", "40,5 triệu tấn")).toBe("met");
    expect(judge(rice, "Sản lượng lúa", "triệu tấn/năm", "2025", "38 triệu tấn")).toBe("not_met");
    const growth = "tốc độ tăng trưởng đạt 6-7%/năm, thu hút 200-250 doanh nghiệp";
    expect(judge(growth, "Tốc độ tăng trưởng", "%/năm", "2025", "8%")).toBe("review");
    expect(judge(growth, "Số doanh nghiệp thu hút", "doanh nghiệp", "2025", "180 doanh nghiệp")).toBe("not_met");
    const schools = "đưa thêm 10-12 trường vào hoạt động, nâng số phòng học lên 300-320 phòng";
    expect(judge(schools, "Số trường đưa vào hoạt động", "trường", "2025", "14 trường")).toBe("review");
  });
  it("a cap the phrase writes still judges above the band; a count the band is over does not make it ask", () => {
    expect(judge("sĩ số 30-35 học sinh/lớp, không quá 45 lớp/trường", "Sĩ số học sinh/lớp", "học sinh/lớp", "2025", "37 học sinh/lớp")).toBe("not_met");
    expect(judge("Trẻ đạt mục tiêu 05 lĩnh vực phát triển: 88-96%", "", "", "", "96,1%")).toBe("not_met");
  });
});
