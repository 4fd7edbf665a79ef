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

describe("a measure judged against 'none' is asked about: a zero target counts what happened, not minutes or money", () => {
  it("asks about a duration or an amount typed under a zero target whose phrase holds a figure", () => {
    const p = "Không để xảy ra tình trạng mất điện kéo dài trên 4 giờ tại các điểm thi.";
    expect(evaluate(p, "3 giờ").status).toBe("review");
    expect(evaluate(p, "3 giờ").explanation).toContain("3 giờ");
    expect(evaluate("Thời hạn lưu hồ sơ: không có thời hạn. Bản sao lưu tối đa 5 năm.", "4 năm").status).toBe("review");
  });
  it("judges a count, a bare figure and a phrase with no figure as before", () => {
    const p = "Không để xảy ra tình trạng mất điện kéo dài trên 4 giờ tại các điểm thi.";
    expect(evaluate(p, "2 vụ").status).toBe("not_met");
    expect(evaluate(p, "0").status).toBe("met");
    expect(evaluate("Không để xảy ra ngộ độc thực phẩm trong bếp ăn bán trú", "3 ngày").status).toBe("not_met");
  });
});

describe("a fall typed against a level to bring down to is asked about where the fall and the level left judge it apart", () => {
  it("asks about 'giảm 6%' under 'giảm … 4-5%' read as the level left, and 'giảm 0,2‰' under '≤ 0,12‰'", () => {
    const v = evaluate("phấn đấu giảm tỷ lệ trẻ suy dinh dưỡng 2-3% trong năm học", "giảm 3,5%");
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("mức giảm");
    expect(evaluate("Mức giảm tỷ lệ sinh con thứ ba xuống 0,2%0", "giảm 0,3‰").status).toBe("review");
  });
  it("judges a fall that both readings judge alike, a level typed, and a fall against a fall as before", () => {
    expect(evaluate("phấn đấu giảm tỷ lệ trẻ suy dinh dưỡng 2-3% trong năm học", "giảm 2,5%").status).toBe("met");
    expect(evaluate("giảm tỷ lệ hộ nghèo ít nhất 1,5% so với năm trước", "giảm 2%").status).toBe("exceeded");
    // A cap on the fall itself: the fall typed is what it caps.
    expect(evaluate("số lớp học không giảm quá 4% so với năm học trước", "giảm 3%", { unit: "%" }).status).toBe("met");
    expect(evaluate("số lớp học không giảm quá 4% so với năm học trước", "giảm 6%", { unit: "%" }).status).toBe("not_met");
  });
});
