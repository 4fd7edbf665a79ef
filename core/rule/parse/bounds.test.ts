// Bounds and their direction read from the words around a figure: a decrease verb, a rough figure, a per-base unit.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { parseTarget } from "../parse";

describe("a decrease verb before 'là N'", () => {
  it("reads 'giảm … là N' as brought down to N (or by N), never at least N", () => {
    const r = parseTarget("phấn đấu giảm tỷ số học sinh bỏ học là 12", {});
    expect(r.ok && r.rule.kind === "compare" && r.rule.op).toBe("<=");
    expect(evaluate("phấn đấu giảm tỷ số học sinh bỏ học là 12", "15").status).toBe("not_met");
  });
  it("leaves a 'là' in another clause alone ('giảm …, số lớp học là 20')", () => {
    const r = parseTarget("giảm chi phí in ấn, số phòng học đạt là 20 phòng", {});
    expect(r.ok && r.rule.kind === "compare" && r.rule.op).not.toBe("<=");
  });
});

describe("a rate per a round base of another noun", () => {
  it("judges '109 nam/100 nữ' as the rate 109, not a share above its whole", () => {
    const v = evaluate("không quá 110 nam/100 nữ", "109 nam/100 nữ", { unit: "nam/100 nữ" });
    expect(v.status).toBe("met");
  });
});
