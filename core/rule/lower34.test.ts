// Round 34 (lower34): a cap written away from its figure (docs/measures.md "Round 34x (lower34)"). Every phrase and
// figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("the subject's own 'tối đa' caps a bare figure of its clause", () => {
  it("reads a maximum named before 'là' or a list as at most", () => {
    const p = "Thời gian tối đa để hoàn thành khóa học là 3 lần thời gian thiết kế.";
    expect(evaluate(p, "2 lần").status).toBe("met");
    expect(evaluate(p, "4 lần").status).toBe("not_met");
    expect(evaluate("Số lượng học viên tối đa của mỗi lớp là 40 người", "45 người").status).toBe("not_met");
  });
  it("leaves 'tối đa' as an adverb and a maximising alone", () => {
    expect(evaluate("huy động tối đa nguồn lực, phấn đấu 95% xã đạt chuẩn", "97%").status).toBe("exceeded");
    expect(evaluate("tối đa hóa lợi nhuận, doanh thu đạt 50 tỷ đồng", "55 tỷ đồng").status).toBe("exceeded");
  });
});
