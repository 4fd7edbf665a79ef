// Round 29 (fix29c): compound targets, rules adopted on the evidence of the twenty design sets (docs/measures.md).
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a sum of money after a fee's name, under an indicator naming only its part ('giai đoạn 2'), is the fee exactly", () => {
  const p = "Giai đoạn 1 mức thu phí 20.000 đồng/lượt; giai đoạn 2, sau khi cải tạo xong, mức thu phí 40.000 đồng/lượt";
  it("judges a fee above or below the one set as off it", () => {
    expect(evaluate(p, "50.000 đồng", { indicator: "giai đoạn 2", unit: "đồng/lượt" }).status).toBe("not_met");
    expect(evaluate(p, "40.000 đồng", { indicator: "giai đoạn 2", unit: "đồng/lượt" }).status).toBe("met");
    expect(evaluate(p, "30.000 đồng", { indicator: "giai đoạn 2", unit: "đồng/lượt" }).status).toBe("not_met");
  });
  it("leaves money spent ('kinh phí', 'chi phí'), a goal to reach and an indicator counting or rating something alone", () => {
    expect(evaluate("Huy động kinh phí xã hội hóa 500 triệu đồng", "600 triệu đồng", { indicator: "Nguồn lực xã hội hóa cho giáo dục" }).status).toBe("exceeded");
    expect(evaluate("Tiết kiệm chi phí 300 triệu đồng", "400 triệu đồng", { indicator: "Tiết kiệm chi thường xuyên" }).status).toBe("exceeded");
    expect(evaluate("Thu phí tham quan, phấn đấu doanh thu đạt 3 tỷ đồng", "4 tỷ đồng", { indicator: "Doanh thu du lịch" }).status).toBe("exceeded");
    expect(evaluate("Thu học phí đạt 2 tỷ đồng", "2,5 tỷ đồng", { indicator: "Số tiền thu được" }).status).toBe("exceeded");
  });
});

describe("an age of admission the indicator names ('Tuổi học sinh vào lớp 1') is set: an older child is asked about", () => {
  it("asks when at least and exactly that age judge the figure otherwise", () => {
    const p = "Tuổi của trẻ vào lớp 1 là 6 tuổi";
    expect(evaluate(p, "7 tuổi", { indicator: "Tuổi vào lớp 1", unit: "tuổi" }).status).toBe("review");
    expect(evaluate(p, "6 tuổi", { indicator: "Tuổi vào lớp 1", unit: "tuổi" }).status).toBe("met");
    expect(evaluate(p, "5 tuổi", { indicator: "Tuổi vào lớp 1", unit: "tuổi" }).status).toBe("not_met");
  });
  it("leaves a count of children of that age and a life expectancy floors", () => {
    expect(evaluate("huy động 500 trẻ 6 tuổi vào lớp 1", "600 trẻ", { indicator: "Số trẻ 6 tuổi vào lớp 1", unit: "trẻ" }).status).toBe("exceeded");
    expect(evaluate("tuổi thọ trung bình là 75 tuổi", "76 tuổi", { indicator: "Tuổi thọ trung bình", unit: "tuổi" }).status).toBe("exceeded");
  });
});
