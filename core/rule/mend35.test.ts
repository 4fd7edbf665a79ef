// Round 35 (mend35): the second reader's findings on round 34 (/work/notes/closing28.md), each on invented phrases.
import { describe, expect, it } from "vitest";
import { canonical } from "./canonical";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("\"ổn định\" holds a level only where it governs the figure", () => {
  it("reads \"việc làm ổn định\" as a noun's adjective: a floor, passed", () => {
    const r = evaluate("Tỷ lệ lao động có việc làm ổn định đạt 70%", "85%");
    expect(r.status).toBe("exceeded");
  });
  it("still holds after a verb of keeping, as a clause's verb and right before the figure", () => {
    expect(evaluate("Diện tích trồng chè duy trì ổn định ở mức 12.000 ha", "15.000 ha").status).toBe("review");
    expect(evaluate("Đối với cây nhãn, ổn định diện tích khoảng 8.500 ha", "11.000 ha").status).toBe("review");
    expect(evaluate("diện tích cây ăn quả toàn huyện ổn định khoảng 2.500 ha", "3.300 ha").status).toBe("review");
    expect(evaluate("duy trì diện tích trồng mía ổn định ở mức 3.000 ha", "4.000 ha").status).toBe("review");
  });
});

describe("the canonical text prints a level to hold and reads it back", () => {
  it("marks it after the threshold", () => {
    const p = parseTarget("Diện tích trồng chè duy trì ổn định ở mức 12.000 ha");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const text = canonical(p.rule);
    expect(text).toBe("≥ 12.000 ha (duy trì) (giữ ổn định)");
    expect(canonical(p.rule, "en")).toBe("≥ 12000 ha (maintain) (hold)");
    const back = parseTarget(text);
    expect(back.ok && back.rule.kind === "compare" && back.rule.hold).toBe(true);
    expect(back.ok && canonical(back.rule)).toBe(text);
    expect(evaluate(text, "15.000 ha").status).toBe("review");
  });
});
