// Round 26 (fix26c): a compound target's part chosen only on evidence that holds up, rules adopted on the evidence of
// the seventeen design sets (docs/measures.md, scripts/part-signals.ts). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const span = periodFromText("2026-2030") ?? undefined;

describe("a predicate after the last figure, elided by earlier parts that end at their unit, names every part", () => {
  it("asks when only those words would choose the last part", () => {
    const p = "Tỷ lệ hộ dân dùng nước sạch đến năm 2027 đạt trên 45% và năm 2030 đạt trên 60% hộ nông thôn";
    expect(evaluate(p, "50%", { indicator: "Tỷ lệ hộ dân nông thôn dùng nước sạch", unit: "%", period: span }).status).toBe("review");
    const q = "Đến năm 2026 có trên 2.000 học viên, sau đó có trên 5.000 học viên tham gia học tập cộng đồng";
    expect(evaluate(q, "3.000", { indicator: "Số học viên tham gia học tập cộng đồng", unit: "học viên", period: span }).status).toBe("review");
  });
  it("still judges a part its own words or its year name", () => {
    const p = "Tỷ lệ hộ dân dùng nước sạch đến năm 2027 đạt trên 45% và năm 2030 đạt trên 60% hộ nông thôn";
    expect(evaluate(p, "50%", { indicator: "Tỷ lệ hộ dân nông thôn dùng nước sạch năm 2027", unit: "%", period: span }).status).toBe("met");
    // (Earlier parts with words of their own after the figure keep them: the school level names the part.)
    const q = "100% trường tiểu học, 70% trường THCS, 80% trường THPT dạy học hai buổi/ngày";
    expect(evaluate(q, "75%", { indicator: "Tỷ lệ trường THCS dạy học hai buổi/ngày", unit: "%" }).status).toBe("exceeded");
  });
});
