// Round 30 (fix30c): compound targets, rules adopted on the evidence of the twenty-one design sets (docs/measures.md).
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a schedule of bare sums of money in one unit ('bậc 1 là 1.800 đồng/kWh, bậc 2 là 1.900 đồng/kWh') sets each amount", () => {
  const p = "Giá điện bậc 1 là 1.800 đồng/kWh, bậc 2 là 1.900 đồng/kWh, bậc 3 là 2.200 đồng/kWh";
  it("asks about a figure above the amount its part names, and judges one at it or below", () => {
    expect(evaluate(p, "2.000 đồng/kWh", { indicator: "Giá điện bậc 2", unit: "đồng/kWh" }).status).toBe("review");
    expect(evaluate(p, "1.900 đồng/kWh", { indicator: "Giá điện bậc 2", unit: "đồng/kWh" }).status).toBe("met");
    expect(evaluate(p, "1.700 đồng/kWh", { indicator: "Giá điện bậc 2", unit: "đồng/kWh" }).status).toBe("not_met");
  });
  it("reads prizes listed side by side the same way", () => {
    const q = "thưởng 8 triệu đồng cho giải Nhất, 6 triệu đồng cho giải Nhì, 4 triệu đồng cho giải Ba";
    expect(evaluate(q, "9 triệu đồng", { indicator: "Tiền thưởng giải Nhất", unit: "triệu đồng" }).status).toBe("review");
  });
  it("leaves one sum alone, sums with their own operators, a plan's goal and money raised as floors", () => {
    expect(evaluate("Mỗi suất học bổng 3 triệu đồng", "4 triệu đồng", { indicator: "Học bổng", unit: "triệu đồng" }).status).toBe("exceeded");
    expect(evaluate("ít nhất 2 triệu đồng cho giải Nhất, ít nhất 1 triệu đồng cho giải Nhì", "3 triệu đồng", { indicator: "Thưởng giải Nhất", unit: "triệu đồng" }).status).toBe("exceeded");
    expect(evaluate("phấn đấu thu nhập bình quân 60 triệu đồng/người, khu vực nông thôn 45 triệu đồng/người, miền núi 30 triệu đồng/người", "70 triệu đồng/người", { indicator: "Thu nhập bình quân", unit: "triệu đồng/người" }).status).toBe("exceeded");
    expect(evaluate("vận động 50 triệu đồng cho quỹ khuyến học, 30 triệu đồng cho quỹ bảo trợ, 20 triệu đồng cho quỹ vì người nghèo", "60 triệu đồng", { indicator: "Tiền vận động quỹ khuyến học", unit: "triệu đồng" }).status).toBe("exceeded");
  });
});
