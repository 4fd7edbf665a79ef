// Round 35 (mend35): the second reader's findings on round 34 (/work/notes/closing28.md), each on invented phrases.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

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
