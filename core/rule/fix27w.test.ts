// Round 27 (fix27w): fewer confidently wrong verdicts outside compound parts, rules adopted on the evidence of the
// eighteen design sets (docs/measures.md). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("'không có …' inside a description, read as none, beside a figure nothing took: a figure typed is asked about", () => {
  it("asks when the figure and the none reading judge it otherwise", () => {
    expect(evaluate("Thương binh đủ 60 tuổi không có người thân chăm sóc được nhận quà Tết", "65 tuổi", { unit: "tuổi" }).status).toBe("review");
    const p = "Nếu đơn có chữ ký số thì thời hạn xử lý là 3 ngày. Nếu đơn không có chữ ký số thì thời hạn xử lý là 12 ngày.";
    expect(evaluate(p, "2 ngày", { unit: "ngày" }).status).toBe("review");
  });
  it("leaves a ban's own marker, a figure with its operator and a none said apart from the figure as they were", () => {
    expect(evaluate("không để xảy ra mất điện kéo dài trên 2 giờ", "0").status).toBe("met");
    expect(evaluate("100% bếp ăn không để phát sinh ngộ độc", "0").status).toBe("met");
    expect(evaluate("Trong năm không có trường nào có học sinh bỏ học", "0").status).toBe("met");
  });
});
