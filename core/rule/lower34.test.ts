// Round 34 (lower34): a cap written away from its figure, and harms of wider plans read as less-is-better
// (docs/measures.md "Round 34x (lower34)"). Every phrase and figure here is invented; the harm rows' sources are in
// core/rule/parse/lexicon.ts.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { isReduceSubject } from "./parse/lexicon";

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

describe("harms of wider plans are brought down; a cover or a share reached is not", () => {
  it("reads each harm as less-is-better", () => {
    for (const t of ["Tỷ lệ thất nghiệp khu vực thành thị", "Tỷ lệ tổn thất điện năng", "Số cặp tảo hôn", "Tỷ lệ hiện nhiễm HIV",
      "Tỷ lệ chất thải rắn chôn lấp trực tiếp", "Tỷ lệ hút thuốc lá ở nam giới", "Nồng độ bụi mịn PM2.5", "Tỷ lệ sinh viên thôi học",
      "Tỷ lệ hồ sơ chậm hạn", "Số vụ cháy"]) expect(isReduceSubject(t), t).toBe(true);
    expect(evaluate("Tỷ lệ thất nghiệp ở khu vực thành thị 3,5%", "3,2%").status).toBe("met");
  });
  it("keeps a cover to widen and people reached as more-is-better", () => {
    expect(isReduceSubject("Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp")).toBe(false);
    expect(evaluate("90% người nhiễm HIV biết tình trạng nhiễm HIV của mình", "85%").status).toBe("not_met");
    expect(isReduceSubject("Tỷ lệ người hút thuốc được tư vấn cai nghiện")).toBe(false);
  });
});
