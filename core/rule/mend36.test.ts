// Round 36 (mend36): the second reader's leftovers from round 35 (docs/measures.md "Session 29", "Noted and left"),
// one class each, several invented phrasings per class.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a listed syllable inside a longer word is not the listed word", () => {
  it("reads a fund's total beside \"đánh giá\", \"giá trị\" or \"giải ngân\" as asked about, not as a price or a prize", () => {
    for (const p of ["Quỹ hội khuyến học theo giá trị 50 triệu đồng", "Quỹ hội khuyến học dùng cho đánh giá 50 triệu đồng", "Quỹ hội khuyến học, giải ngân cho học sinh 50 triệu đồng"]) {
      expect(evaluate(p, "55 triệu đồng").status, p).toBe("review");
    }
    // (A prize and a fee named as such still set the sum for each one.)
    expect(evaluate("Quỹ hội khuyến học trao giải 50 triệu đồng", "55 triệu đồng").status).toBe("not_met");
    expect(evaluate("Quỹ hội: lệ phí 50.000 đồng", "55.000 đồng").status).toBe("not_met");
  });
  it("takes no aim from \"cần\" in \"chuyên cần\"", () => {
    expect(evaluate("tỷ lệ chuyên cần đạt 96,35%, vượt chỉ tiêu đề ra", "97%").status).toBe("unreadable");
    expect(evaluate("cần đạt tỷ lệ chuyên cần 96%, vượt chỉ tiêu đề ra", "97%").status).toBe("exceeded");
  });
});
