// Round 35 (money35): the cost of a project or a scheme is at most (test/corpus/README.md, policy 4; docs/measures.md
// "Round 35x (money35)"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("an approved total investment (\"tổng mức đầu tư\") is a ceiling", () => {
  it("meets at or under it, fails over it", () => {
    const p = "Xây dựng nhà lớp học 8 phòng, tổng mức đầu tư 15,2 tỷ đồng";
    expect(evaluate(p, "15,2 tỷ đồng").status).toBe("met");
    expect(evaluate(p, "14 tỷ đồng").status).toBe("met");
    expect(evaluate(p, "16,1 tỷ đồng").status).toBe("not_met");
  });
  it("reads it after \"là\" or \"dự kiến\", and from the indicator over a bare sum", () => {
    expect(evaluate("với tổng mức đầu tư dự kiến 2.450 triệu đồng", "2.300 triệu đồng").status).toBe("met");
    expect(evaluate("có tổng mức đầu tư là 9 tỷ đồng", "9,6 tỷ đồng").status).toBe("not_met");
    expect(evaluate("7,5 tỷ đồng", "7 tỷ đồng", { indicator: "Tổng mức đầu tư trường tiểu học xã A" }).status).toBe("met");
  });
});

describe("another planned cost is a budget or the amount planned", () => {
  it("fails a spend over it and asks about one under it", () => {
    const p = "Đề án xây phòng học bộ môn với tổng số tiền 60 tỷ đồng";
    expect(evaluate(p, "60 tỷ đồng").status).toBe("met");
    expect(evaluate(p, "64 tỷ đồng").status).toBe("not_met");
    expect(evaluate(p, "55 tỷ đồng").status).toBe("review");
    expect(evaluate("trường mầm non mới, vốn đầu tư 30 tỉ đồng", "27 tỉ đồng").status).toBe("review");
  });
  it("keeps money to raise, attract or disburse, a goal or a stated operator as it was", () => {
    expect(evaluate("huy động vốn đầu tư 500 tỷ đồng", "560 tỷ đồng").status).toBe("exceeded");
    expect(evaluate("phấn đấu tổng vốn đầu tư toàn xã hội đạt 900 tỷ đồng", "950 tỷ đồng").status).toBe("exceeded");
    expect(evaluate("thu hút đầu tư 200 tỷ đồng", "150 tỷ đồng").status).toBe("not_met");
    expect(evaluate("tổng mức đầu tư không quá 40 tỷ đồng", "38 tỷ đồng").status).toBe("met");
    // (An area's investment in a socio-economic plan is a goal to reach, not a project's cost.)
    expect(evaluate("9.000 tỷ đồng", "9.400 tỷ đồng", { indicator: "Tổng vốn đầu tư phát triển trên địa bàn" }).status).toBe("exceeded");
  });
});
