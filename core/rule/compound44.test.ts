// Round 44 (compound44): which part of a compound target a row is judged on. Invented phrases, several wordings each.
// - Milestones of one measure: sharing the last part's trailing words with every part was tried and taken out
//   (review44a: "…, đến năm 2030 dưới 5% học sinh cận thị nặng" then judged severe myopia on the 2025 cap).
// - A band whose runner-up's place another listed part took ("3,6 đến 3,7 triệu ha, với sản lượng lúa đạt từ 40 đến 41
//   triệu tấn/năm"): the band's other reading stays a rival, so a figure above the band asks (passed, or missed?) as it
//   does for a band alone; within or below it the band judges. Not a count the band is over ("05 lĩnh vực: 88-96%").
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, indicator: string, unit: string, period: string, actual: string) =>
  evaluate(phrase, actual, { indicator: indicator || undefined, unit: unit || undefined, period: periodFromText(period) ?? undefined, lang: "vi" }).status;

describe("milestones of one measure: the last part's own words are not every part's (review44a's probes; the rule that shared them was taken out)", () => {
  it("a later milestone measuring something else is never judged on the earlier one", () => {
    expect(judge("Đến năm 2025 tỷ lệ học sinh bị cận thị dưới 20%, đến năm 2030 dưới 5% học sinh cận thị nặng", "Tỷ lệ học sinh cận thị nặng", "%", "2025", "8%")).not.toBe("met");
    expect(judge("Đến năm 2025 số trường đạt chuẩn quốc gia 40 trường, đến năm 2030 có 12 trường đạt chuẩn mức độ 2", "Số trường đạt chuẩn mức độ 2", "trường", "2025", "14")).not.toBe("not_met");
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
