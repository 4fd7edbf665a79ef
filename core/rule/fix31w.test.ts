// Round 31 (fix31w): confidently wrong verdicts read from holdout21 and holdout22 (spent), fixed as reader bugs or as
// doubts the reader asks about (docs/measures.md). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a figure followed by 'phần trăm' is a rate written out, as '%' is", () => {
  it("reads '80 phần trăm' as 80%, not 8.000%", () => {
    const p = "Tỷ lệ hộ dân được tuyên truyền phải đạt từ 80 phần trăm trở lên.";
    expect(evaluate(p, "86%").status).toBe("exceeded");
    expect(evaluate(p, "80%").status).toBe("met");
    expect(evaluate(p, "74%").status).toBe("not_met");
    expect(evaluate(p, "74%").explanation).toContain("80%");
    expect(evaluate("Tỷ lệ bỏ học dưới 2 phần trăm", "1,5%").status).toBe("met");
    expect(evaluate("đạt chín mươi phần trăm số xã", "95%").status).toBe("exceeded");
  });
  it("leaves percentage points ('điểm phần trăm') as they were", () => {
    expect(evaluate("giảm 0,5 điểm phần trăm so với năm trước", "giảm 0,6 điểm %").status).toBe("exceeded");
  });
});
