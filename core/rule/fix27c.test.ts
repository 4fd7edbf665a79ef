// Round 27 (fix27c): compound targets, rules adopted on the evidence of the eighteen design sets (docs/measures.md).
// Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("an amount set (exactly, as runner-up) keeps that reading when another part takes the runner-up's place", () => {
  const p = "mỗi học viên được hỗ trợ là 520.000 đồng/tháng và 10 kg gạo/tháng";
  const ctx = { indicator: "Mức hỗ trợ tiền ăn học viên", unit: "đồng/tháng" };
  it("asks about a figure above the amount: more than granted, or a least passed?", () => {
    const v = evaluate(p, "600.000", ctx);
    expect(v.status).toBe("review");
    expect(v.canonical).toContain("= 520.000 đồng/tháng");
  });
  it("meets the amount itself and falls short below it", () => {
    expect(evaluate(p, "520.000", ctx).status).toBe("met");
    expect(evaluate(p, "480.000", ctx).status).toBe("not_met");
  });
  it("leaves a stated least as it is", () => {
    expect(evaluate("mỗi học viên được hỗ trợ ít nhất 520.000 đồng/tháng và 10 kg gạo/tháng", "600.000", ctx).status).toBe("exceeded");
  });
});
