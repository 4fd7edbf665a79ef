// Round 38 (compound38): a pair of the indicator's syllables standing together in one clause only ("gia đình", "hồ bơi")
// names that clause's subject; the clause is read and the context decides it. Invented phrases, several wordings.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const judge = (phrase: string, indicator: string, actual: string, unit = "%") => evaluate(phrase, actual, { indicator, unit, lang: "vi" });

describe("an indicator's two-syllable word names one clause (compound38)", () => {
  it("reads the clause the pair names, though one syllable stands in another clause too ('gia' in 'tham gia')", () => {
    const p = "trên 40% gia đình đạt danh hiệu gia đình văn hóa; trên 60% người dân tham gia sinh hoạt văn hóa";
    expect(judge(p, "Tỷ lệ gia đình văn hóa", "45%").status).toMatch(/^(?:met|exceeded)$/);
    expect(judge(p, "Tỷ lệ gia đình văn hóa", "35%").status).toBe("not_met");
  });
  it("so in other wordings: the pair after the figure, or before it", () => {
    const a = "Phấn đấu 85% thôn có nhà văn hóa; 100% thôn có đội văn nghệ quần chúng";
    expect(judge(a, "Tỷ lệ thôn có nhà văn hóa", "90%").status).toMatch(/^(?:met|exceeded)$/);
    const b = "Tỷ lệ hộ dùng điện lưới quốc gia đạt 98%; hộ dùng nước hợp vệ sinh đạt 95%";
    expect(judge(b, "Tỷ lệ hộ dùng điện lưới", "97%").status).toBe("not_met");
    const c = "ít nhất 70% cán bộ được bồi dưỡng chuyên môn; ít nhất 50% cán bộ được bồi dưỡng ngoại ngữ";
    expect(judge(c, "Tỷ lệ cán bộ được bồi dưỡng ngoại ngữ", "60%").status).toMatch(/^(?:met|exceeded)$/);
  });
  it("one distinct syllable ('nghệ', 'tin') is too little alone; standing with its neighbour as a word it decides", () => {
    const a = "Phấn đấu 80% thôn có đội văn nghệ quần chúng; 60% thôn có đội bóng đá văn minh";
    expect(judge(a, "Tỷ lệ thôn có đội văn nghệ", "70%").status).toBe("not_met");
    expect(judge(a, "Tỷ lệ thôn có đội văn nghệ", "85%").status).toMatch(/^(?:met|exceeded)$/);
    const b = "100% trường có phòng tin học; 70% trường có phòng học bộ môn đạt chuẩn";
    expect(judge(b, "Tỷ lệ trường có phòng tin học", "85%").status).toBe("not_met");
  });
  it("still asks where no pair tells the clauses apart", () => {
    const p = "trên 40% gia đình đạt chuẩn; trên 60% gia đình có việc làm ổn định";
    expect(judge(p, "Tỷ lệ gia đình", "50%").status).toBe("review");
  });
  it("still asks where the pair stands in two clauses", () => {
    const p = "80% thôn có nhà văn hóa đạt chuẩn; 60% xã có nhà văn hóa đạt chuẩn";
    expect(judge(p, "Tỷ lệ nhà văn hóa đạt chuẩn", "70%").status).toBe("review");
  });
  it("a bound's words ('tối đa', 'ít nhất') are no pair of a subject", () => {
    const p = "tối đa 35 học sinh/lớp ở nội thành; 40 học sinh/lớp ở ngoại thành";
    expect(judge(p, "Sĩ số tối đa", "38", "học sinh/lớp").status).toBe("review");
  });
  it("the unit column's words in another clause only keep the question", () => {
    const p = "tăng thêm ít nhất 2 nghìn hội viên; mỗi chi hội cơ sở giới thiệu ít nhất 1 hội viên tiêu biểu";
    expect(judge(p, "Số hội viên chi hội phát triển mới", "1.500 hội viên", "nghìn hội viên").status).toBe("review");
  });
});
