// Round 33 (fresh33): the class of wrong verdict that recurs most across the spent fresh sets and still stood at the
// round's start, a band whose outside the reader judged on a guess (docs/measures.md "Round 33x (fresh33)"). Every phrase
// and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a bare band nothing decides asks about a figure above its top", () => {
  it("asks above, judges inside and below as before", () => {
    const p = "Sản lượng chè búp tươi là 1,1-1,2 triệu tấn";
    expect(evaluate(p, "1,3 triệu tấn").status).toBe("review");
    expect(evaluate(p, "1 triệu tấn").status).toBe("not_met");
    expect(evaluate(p, "1,15 triệu tấn").status).toBe("met");
  });
  it("keeps both ends of a band bound words state, a share of a whole and a size per unit", () => {
    expect(evaluate("quy mô tối thiểu 12 lớp và tối đa 30 lớp", "32").status).toBe("not_met");
    expect(evaluate("Tỷ trọng công nghiệp chiếm 30-35% GRDP", "37%").status).toBe("not_met");
    expect(evaluate("mỗi đội 4-6 vận động viên", "7").status).toBe("not_met");
  });
  it("keeps the band's other reading beside a runner-up day from the plan's horizon", () => {
    const p = "Mục tiêu đến năm 2027, kim ngạch xuất khẩu gỗ đạt từ 18 đến 20 tỷ USD";
    expect(evaluate(p, "21 tỷ USD").status).toBe("review");
    expect(evaluate(p, "17 tỷ USD").status).toBe("not_met");
  });
});
