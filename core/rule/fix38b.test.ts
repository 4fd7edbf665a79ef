// Round 38 (fix38b): a measure's head ("tỷ lệ", "tổng số", "số lượng", "tỷ suất") names no clause, so a clause opening
// with it does not win over an elliptic clause on the indicator's own subject; and where the unit column fits one
// clause's figure only, a pair of syllables in another clause does not override it. Invented phrases.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const judge = (phrase: string, indicator: string, actual: string, unit = "%") => evaluate(phrase, actual, { indicator, unit, lang: "vi" });

describe("a measure's head is no pair naming a clause (fix38b)", () => {
  it("'Tỷ lệ …' opening the first clause does not name it over an elliptic clause on the indicator's subject", () => {
    const a = "Tỷ lệ trẻ được tiêm chủng đầy đủ đạt trên 95%; giảm trẻ còi cọc xuống dưới 20%";
    expect(judge(a, "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "18%").status).toMatch(/^(?:met|review)$/);
    const b = "Tỷ lệ trẻ được tiêm chủng đầy đủ trên 95%; trẻ bị còi dưới 20%";
    expect(judge(b, "Tỷ lệ trẻ thấp còi", "15%").status).toMatch(/^(?:met|review)$/);
    const c = "Tỷ lệ người dân được khám sức khỏe định kỳ đạt trên 90%; giảm người hút thuốc lá xuống dưới 15%";
    expect(judge(c, "Tỷ lệ người hút thuốc lá", "12%").status).toBe("met");
  });
  it("nor 'Số lượng …' opening a clause on other things counted alike", () => {
    const p = "Số lượng học viên học nghề đạt trên 2000 người; học viên có việc làm sau học nghề 1500 người";
    const v = judge(p, "Số lượng học viên có việc làm sau học nghề", "1400", "người");
    expect(v.status).toBe("not_met");
    expect(v.explanation).toContain("1.500");
  });
  it("a real pair elsewhere still names its clause", () => {
    const q = "trên 40% gia đình đạt danh hiệu gia đình văn hóa; trên 60% người dân tham gia sinh hoạt văn hóa";
    expect(judge(q, "Tỷ lệ gia đình văn hóa", "45%").status).toMatch(/^(?:met|exceeded)$/);
  });
});

describe("the unit column still decides where it fits one clause's figure only (fix38b)", () => {
  it("a count of households under ĐVT 'hộ', though the rate clause holds the indicator's pair 'hộ nghèo'", () => {
    expect(judge("Giảm tỷ lệ hộ nghèo xuống dưới 3%; mỗi năm giảm 200 hộ", "Số hộ nghèo giảm", "250", "hộ").status).toBe("exceeded");
    expect(judge("Giảm tỷ lệ hộ nghèo xuống dưới 2,5%; mỗi năm giảm 150 hộ", "Số hộ nghèo giảm", "180", "hộ").status).toBe("exceeded");
  });
  it("and a rate under '%' keeps the rate clause", () => {
    expect(judge("Mỗi năm giảm 150 hộ; tỷ lệ hộ nghèo còn dưới 2,5%", "Tỷ lệ hộ nghèo", "3%").status).toBe("not_met");
  });
});
