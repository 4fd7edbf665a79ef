// The ignored-numbers gate (core/rule/parse/confidence.ts ignoredKin): invented phrases, one rule each.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a figure set aside that reads as the chosen one's kind", () => {
  it("two rates under one operator: a figure between them is asked about, naming both", () => {
    const phrase = "tối thiểu 30% xã miền núi, 25% xã đồng bằng có điểm bưu điện văn hóa";
    const v = evaluate(phrase, "27%", { indicator: "Xã có điểm bưu điện văn hóa" });
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("30%");
    expect(v.explanation).toContain("25%");
  });

  it("still judges where both parts agree", () => {
    const phrase = "tối thiểu 30% xã miền núi, 25% xã đồng bằng có điểm bưu điện văn hóa";
    expect(evaluate(phrase, "35%", { indicator: "Xã có điểm bưu điện văn hóa" }).status).toBe("exceeded");
    expect(evaluate(phrase, "20%", { indicator: "Xã có điểm bưu điện văn hóa" }).status).toBe("not_met");
  });

  it("a figure compared with the plan is the result, not a target", () => {
    expect(evaluate("tỷ lệ hộ nghèo (3,2% so với kế hoạch là dưới 3%)", "2,5%").status).toBe("met");
  });

  it("a figure opening brackets restates the one before it", () => {
    expect(evaluate("Mức thu từ 40.000 đến 60.000 (10.000-20.000)", "50.000").status).toBe("met");
  });

  it("a figure naming one part's noun is that part's; a bare one is asked about", () => {
    const phrase = "Hỗ trợ vay vốn cho 700.000 chủ hộ, ít nhất 400.000 hộ thoát nghèo";
    expect(evaluate(phrase, "650.000 chủ hộ").status).toBe("not_met");
    expect(evaluate(phrase, "420.000").status).toBe("review");
    expect(evaluate("Đào tạo 900 học viên, ít nhất 600 người có việc làm", "700").status).toBe("review");
  });

  it("a noun the sentence says twice may be the chosen part's subject: asked, not judged by the part set aside", () => {
    expect(evaluate("Số học sinh được hỗ trợ: 1.200 em (năm học trước 950 học sinh)", "1.000 học sinh").status).toBe("review");
    expect(evaluate("Hỗ trợ 300 suất học bổng cho học sinh nghèo, mỗi suất 2 triệu đồng, 50 học sinh khuyết tật", "280 học sinh").status).toBe("review");
    expect(evaluate("Đón 15 triệu lượt khách, trong đó 3 triệu khách quốc tế", "14 triệu khách").status).toBe("review");
  });

  it("a noun said only counting figures still lets the parts naming it take the figure", () => {
    const phrase = "mỗi giáo viên thực hiện ít nhất 03 chuyên đề, 05 tiết thao giảng và 20 tiết dự giờ trong năm";
    expect(evaluate(phrase, "22 tiết").status).toBe("exceeded");
    expect(evaluate(phrase, "16 tiết").status).toBe("review");
  });

  it("starting points: 'hiện', a figure followed by 'so với'", () => {
    expect(evaluate("Học phí THCS từ 60.000 đến 90.000 đồng (mức hiện hành: 15.000-40.000 đồng)", "75.000 đồng").status).toBe("met");
    expect(evaluate("Tỷ lệ học sinh bỏ học (1,8% so với chỉ tiêu là dưới 1,5%)", "1,6%").status).toBe("not_met");
  });

  it("a figure after 'trước' (năm trước, kỳ trước) is a starting point, never the part a figure is judged by", () => {
    expect(evaluate("Hỗ trợ 1.200 em (năm học trước 950 học sinh)", "1.000 học sinh").status).toBe("review");
    expect(evaluate("Huy động 350 cháu ra lớp (năm học trước 320 trẻ)", "330 trẻ").status).toBe("review");
    expect(evaluate("Kết nạp 60 hội viên mới (kỳ trước 45 người)", "50 người").status).toBe("review");
  });

  it("a part set aside already kept as a rival is named once", () => {
    const v = evaluate("tối thiểu 30% xã miền núi, 25% xã trung du, 20% xã đồng bằng", "22%");
    expect(v.status).toBe("review");
    expect(v.explanation.match(/25%/gu)).toHaveLength(1);
    expect(evaluate("Xây dựng 12 nhà văn hóa thôn, 40 phòng học, 8 nhà công vụ giáo viên", "35").explanation.match(/≥ 8 nhà/gu)).toHaveLength(1);
  });

  it("a runner-up takes a figure by its noun only where that noun is said only counting figures", () => {
    expect(evaluate("Hỗ trợ 1.200 em học sinh nghèo, tăng so với 950 học sinh năm trước", "1.000 học sinh").status).toBe("review");
    expect(evaluate("Số trẻ được khám sức khỏe đạt 850 cháu, tiêm chủng 700 trẻ", "800 trẻ").status).toBe("review");
    expect(evaluate("Kết nạp 30 đảng viên, 200 đoàn viên", "210 đoàn viên").status).toBe("exceeded");
  });

  it("two parts naming the figure's noun that judge it otherwise are asked about, whichever took it first", () => {
    expect(evaluate("Giải quyết việc làm cho 3.000 người, 1.000 lao động nữ, 500 lao động nông thôn", "800 lao động").status).toBe("review");
    const phrase = "Tuyển sinh 2.000 người, 600 học viên sơ cấp, 300 học viên trung cấp";
    expect(evaluate(phrase, "400 học viên").status).toBe("review");
    expect(evaluate(phrase, "700 học viên").status).toBe("exceeded");
  });

  it("a part in brackets the chosen figure is not in (an aside) asks, never takes a figure by its noun", () => {
    expect(evaluate("Kết nạp 60 hội viên mới (đầu năm 45 người)", "50 người").status).toBe("review");
    expect(evaluate("Trồng mới 80 ha rừng (lũy kế 600 ha đất rừng)", "70 ha").status).toBe("not_met");
    expect(evaluate("Tuyển dụng 40 giáo viên mới (lũy kế 300 người)", "350 người").status).toBe("review");
  });
});
