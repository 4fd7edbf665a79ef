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
