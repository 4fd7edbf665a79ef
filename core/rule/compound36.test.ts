// Round 36x (compound36): a grade typed against a target read as a figure, where the phrase writes a grade.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a grade typed where the phrase writes a grade part (compound36)", () => {
  it("asks rather than calls the grade invalid: the grade part was not read", () => {
    const p = "Điều kiện là điểm trung bình học tập THPT >= 8.5, học lực giỏi hạnh kiểm tốt trong 3 năm.";
    const v = evaluate(p, "Khá", { indicator: "Học lực trong 3 năm THPT" });
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("Khá");
  });
  it("asks under a grade written as a floor, 'từ trung bình trở lên'", () => {
    const p = "a) Hạnh kiểm và học lực từ trung bình trở lên; b) Nghỉ không quá 45 buổi học trong một năm học";
    expect(evaluate(p, "Yếu", { indicator: "Xếp loại học lực cả năm" }).status).toBe("review");
  });
  it("keeps a grade invalid where the phrase writes no grade", () => {
    expect(evaluate("Nghỉ không quá 45 buổi học trong một năm học", "Khá").status).toBe("invalid");
  });
  it("keeps words that are no grade invalid", () => {
    const p = "học lực giỏi, điểm trung bình từ 8,0 trở lên";
    expect(evaluate(p, "abc", { indicator: "Điểm trung bình" }).status).toBe("invalid");
  });
});

describe("a language test's figure read for a part naming another test (compound36)", () => {
  const p = "cần đạt điều kiện tiếng anh sơ tuyển IELTS ≥ 4.5/ TOEFL iBT ≥ 34/ TOEIC nghe-đọc ≥ 400";
  it("judges by the part labelled with the test the indicator names", () => {
    const v = evaluate(p, "30", { indicator: "Điểm TOEFL iBT sơ tuyển" });
    expect(v.status).toBe("not_met");
    expect(evaluate(p, "420", { indicator: "Điểm TOEIC nghe-đọc sơ tuyển" }).status).toBe("exceeded");
  });
  it("asks where the indicator names no test and the figure read is a test's", () => {
    const q = "Trường này xét tuyển thẳng thí sinh có điểm trung bình cộng kết quả học tập của ba học kỳ bất kỳ lớp 10, 11 và học kỳ I năm học lớp 12 đạt từ 8.0 trở lên kết hợp chứng chỉ IELTS 7.0 trở lên.";
    expect(evaluate(q, "7,9", { indicator: "Điểm trung bình cộng ba học kỳ để xét tuyển thẳng (Học viện Ngoại giao, 2021)", unit: "điểm" }).status).toBe("review");
  });
  it("leaves a figure labelled with the indicator's own test as it was", () => {
    expect(evaluate(p, "5.0", { indicator: "Điểm IELTS sơ tuyển" }).status).toBe("exceeded");
  });
});
