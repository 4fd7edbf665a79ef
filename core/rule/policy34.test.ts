// Round 34 (policy34): the reading policy of test/corpus/README.md for a level to hold and for a sum a rule sets for
// each one (docs/measures.md "Round 34x (policy34)"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a level to hold (\"ổn định ở mức X\") asks about a figure well above it", () => {
  it("judges below and just above, asks well above", () => {
    const p = "Diện tích trồng chè duy trì ổn định ở mức 12.000 ha";
    expect(evaluate(p, "15.000 ha").status).toBe("review");
    expect(evaluate(p, "12.300 ha").status).toBe("exceeded");
    expect(evaluate(p, "12.000 ha").status).toBe("met");
    expect(evaluate(p, "10.000 ha").status).toBe("not_met");
  });
  it("holds with \"giữ ổn định\" and a noun between, not with \"ổn định\" after a comma or after the figure", () => {
    expect(evaluate("giữ ổn định diện tích đất lúa 40.000 ha", "46.000 ha").status).toBe("review");
    expect(evaluate("Kinh tế phát triển ổn định, tốc độ tăng trưởng đạt 7%", "9%").status).toBe("exceeded");
    expect(evaluate("giới thiệu việc làm cho 200 đoàn viên có việc làm ổn định", "260").status).toBe("exceeded");
  });
});

describe("a sum a rule sets for each one is that amount", () => {
  it("calls a different amount not met, either side", () => {
    const p = "Mức hỗ trợ tiền ăn trưa cho mỗi học sinh là 300.000 đồng/tháng";
    expect(evaluate(p, "300.000 đồng").status).toBe("met");
    expect(evaluate(p, "350.000 đồng").status).toBe("not_met");
    expect(evaluate(p, "250.000 đồng").status).toBe("not_met");
  });
  it("keeps a plan's goal of money a floor", () => {
    expect(evaluate("phấn đấu huy động quỹ hỗ trợ đạt 2 tỷ đồng", "2,4 tỷ đồng").status).toBe("exceeded");
  });
});
