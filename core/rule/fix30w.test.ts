// Round 30 (fix30w): fewer confidently wrong verdicts outside compound targets and typed figures, rules adopted on the
// evidence of the twenty-one design sets (docs/measures.md). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("'chậm quá', 'muộn quá', 'trễ quá', 'nếu quá' N name the case that fails, sanction written or not: at most N", () => {
  it("meets at and under N, misses above it", () => {
    const p = "Giáo viên đến họp muộn quá 10 phút thì bị nhắc nhở trước hội đồng.";
    expect(evaluate(p, "10 phút").status).toBe("met");
    expect(evaluate(p, "4 phút").status).toBe("met");
    expect(evaluate(p, "12 phút").status).toBe("not_met");
    const q = "Mỗi học kỳ, nếu quá 2 lần không nộp bài tập thì học sinh bị trừ điểm chuyên cần.";
    expect(evaluate(q, "2 lần").status).toBe("met");
    expect(evaluate(q, "3 lần").status).toBe("not_met");
  });
  it("leaves 'quá' alone and 'không quá' as they were", () => {
    expect(evaluate("Tỷ lệ tán thành đạt quá 50%", "60%").status).toBe("met");
    expect(evaluate("Thời gian chờ không quá 15 phút", "20 phút").status).toBe("not_met");
    expect(evaluate("Thí sinh không được chậm quá 15 phút", "10 phút").status).toBe("met");
    expect(evaluate("Thí sinh đến chậm quá 15 phút sau hiệu lệnh", "16 phút").status).toBe("not_met");
  });
});

describe("a bound set by another measure the phrase gives no figure of is refused, naming that measure", () => {
  it("refuses 'không thấp hơn so với …', 'không vượt quá …' with no figure", () => {
    const v = evaluate("Nhà trường bảo đảm mức phụ cấp cho nhân viên không thấp hơn so với các trường công lập cùng hạng.", "3.000.000 đồng");
    expect(v.status).toBe("unreadable");
    expect(v.explanation).toContain("các trường công lập cùng hạng");
    expect(evaluate("Mức thu dịch vụ được điều chỉnh nhưng không vượt quá mức tăng của giá điện bình quân", "tăng 4%").status).toBe("unreadable");
  });
  it("keeps a comparison with a past period and one with a figure", () => {
    expect(evaluate("Tỷ lệ học sinh khá giỏi không thấp hơn năm học trước", "tăng 2%").explanation).not.toContain("không nêu con số của nó");
    expect(evaluate("Tỷ lệ chuyên cần không thấp hơn 95%", "95%").status).toBe("met");
  });
});

describe("a dashed band after an aim ('đặt mục tiêu', 'dự kiến') is to reach as well: above it is asked about", () => {
  it("asks above the band, judges inside and below it", () => {
    const p = "Năm 2026, huyện đặt mục tiêu thu hút 40 - 45 nghìn lượt khách tham quan.";
    expect(evaluate(p, "48 nghìn lượt").status).toBe("review");
    expect(evaluate(p, "42 nghìn lượt").status).toBe("met");
    expect(evaluate(p, "30 nghìn lượt").status).toBe("not_met");
    expect(evaluate("Số suất ăn dự kiến: 120 – 150 suất/ngày.", "160 suất").status).toBe("review");
  });
});
