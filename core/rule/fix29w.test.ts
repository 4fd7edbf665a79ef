// Round 29 (fix29w): fewer confidently wrong verdicts outside compound targets, rules adopted on the evidence of the
// twenty design sets (docs/measures.md). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a dashed band right after 'đạt' ('tỷ lệ … đạt 62 - 65%') is to reach: a figure above it is asked about", () => {
  it("asks above the band, judges inside and below it", () => {
    const p = "Tỷ lệ học sinh tham gia câu lạc bộ thể thao đạt 62 - 65%";
    expect(evaluate(p, "68%").status).toBe("review");
    expect(evaluate(p, "63%").status).toBe("met");
    expect(evaluate(p, "58%").status).toBe("not_met");
  });
});

describe("a condition to avoid whose figure has no operator ('nếu vắng 4 buổi … sẽ bị …') is reaching it, whatever side the words gave", () => {
  it("reads the target below the figure, asking about the figure itself", () => {
    const p = "Nếu vi phạm nội quy 4 lần trong học kỳ, học sinh sẽ bị hạ hạnh kiểm.";
    const ind = "Số lần vi phạm nội quy tối đa trong học kỳ";
    expect(evaluate(p, "2 lần", { indicator: ind }).status).toBe("met");
    expect(evaluate(p, "5 lần", { indicator: ind }).status).toBe("not_met");
    expect(evaluate(p, "4 lần", { indicator: ind }).status).toBe("review");
  });
  it("finds the sanction before its condition, after a colon or before 'nếu'", () => {
    const p = "Học sinh thuộc trường hợp sau thì không được dự thi: a) Nghỉ quá 20 buổi học trong học kỳ";
    expect(evaluate(p, "12 buổi").status).toBe("met");
    expect(evaluate(p, "20 buổi").status).toBe("met");
    expect(evaluate(p, "25 buổi").status).toBe("not_met");
    const q = "Bồi hoàn kinh phí đào tạo nếu không về công tác tại địa phương sau 03 năm kể từ ngày tốt nghiệp";
    expect(evaluate(q, "1 năm").status).toBe("met");
    expect(evaluate(q, "4 năm").status).toBe("not_met");
  });
});

describe("a reward, allowance or price set per head ('mức thưởng … là 5 triệu đồng') may be the amount set: above it is asked about", () => {
  it("asks above the amount, meets at it", () => {
    const p = "Giáo viên có học sinh đạt giải cấp tỉnh được khen với mức thưởng là 5 triệu đồng.";
    // (Round 34: still asked — "đạt giải" reads as a plan's goal word, so the amount is not taken as exact.)
    expect(evaluate(p, "7 triệu đồng").status).toBe("review");
    expect(evaluate(p, "5 triệu đồng").status).toBe("met");
    // Round 34 (policy34): a contribution set per item is that amount (test/corpus/README.md): above is not met.
    expect(evaluate("Phụ huynh góp 3.500 đồng/hộp sữa.", "4.000 đồng", { indicator: "Mức phụ huynh đóng góp mỗi hộp sữa" }).status).toBe("not_met");
  });
});

describe("the most allowed reached by 'lên' ('tối đa lên đến 50 triệu đồng', 'cao nhất lên tới 3 triệu') is a cap, not a level to rise to", () => {
  it("reads at most", () => {
    expect(evaluate("Nâng mức cho vay đối với mỗi hộ tối đa lên đến 50 triệu đồng.", "40 triệu đồng").status).toBe("met");
    expect(evaluate("Nâng mức cho vay đối với mỗi hộ tối đa lên đến 50 triệu đồng.", "60 triệu đồng").status).toBe("not_met");
    expect(evaluate("Ở bậc tiểu học, mức thu cao nhất lên tới 3 triệu đồng/tháng", "2,5 triệu đồng/tháng").status).toBe("met");
  });
});
