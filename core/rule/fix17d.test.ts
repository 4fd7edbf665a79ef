// fix17d (issue 10): rates per person per day or meal glued to their figure, change vs level, universal words.
// Invented phrases, not copies of corpus rows: each case pins one general rule.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;

describe("a rate per someone or per some time glued to its figure", () => {
  it("'30g/trẻ/bữa', '5g/ngày' are grams per child per meal, not a code", () => {
    const r = parseTarget("Lượng muối không quá 5g/trẻ/ngày");
    expect(r.ok && r.rule.kind === "compare" && r.rule.op === "<=" && r.rule.value === 5).toBe(true);
    expect(status("chất béo tối đa 30g/trẻ/bữa", "28g", "Chất béo trong bữa ăn bán trú", "g/trẻ/bữa")).toBe("met");
    expect(status("chất béo tối đa 30g/trẻ/bữa", "35 g", "Chất béo trong bữa ăn bán trú", "g/trẻ/bữa")).toBe("not_met");
  });
  it("a gram figure converts from kilograms under a gram rate", () => {
    expect(status("rau xanh ít nhất 200g/người/ngày", "0,25 kg", undefined, "g/người/ngày")).toBe("exceeded");
  });
  it("digits glued to letters with no '/' after stay a code", () => {
    expect(parseTarget("theo mẫu 03b").ok).toBe(false);
  });
});

describe("a later clause opening with its bound shares the first clause's subject", () => {
  it("each clause's case stays a reading, so a figure between them is asked about", () => {
    const p = "Lượng muối không quá 3g/trẻ/ngày đối với trẻ nhà trẻ; và không quá 5g/trẻ/ngày đối với trẻ mẫu giáo";
    expect(status(p, "4g", "Lượng muối trong thực đơn bán trú", "g/trẻ/ngày")).toBe("review");
    expect(status(p, "2g", "Lượng muối trong thực đơn bán trú", "g/trẻ/ngày")).toBe("met");
    expect(status(p, "6g", "Lượng muối trong thực đơn bán trú", "g/trẻ/ngày")).toBe("not_met");
  });
});

describe("universal words with no figure written mean every one (100%)", () => {
  it("'Toàn bộ trường học có phòng y tế' under ĐVT % is 100%", () => {
    const ind = "Trường học có phòng y tế";
    expect(status("Toàn bộ trường học có phòng y tế đạt chuẩn theo quy định.", "100%", ind, "%")).toBe("met");
    expect(status("Toàn bộ trường học có phòng y tế đạt chuẩn theo quy định.", "18/20 trường", ind, "%")).toBe("not_met");
  });
  it("not when the indicator counts something else, nor when it is a change", () => {
    expect(status("Tất cả xã tổ chức ngày hội đọc sách", "80%", "Tỷ lệ học sinh tham gia ngày hội", "%")).not.toBe("met");
    expect(status("Tất cả trường giảm số học sinh bỏ học", "80%", "Trường giảm học sinh bỏ học", "%")).not.toBe("met");
  });
});

describe("a change typed is judged by the change part", () => {
  it("'giảm 1%' against 'giảm bình quân 2 - 3%/năm' is the change, not a level of 1%", () => {
    expect(status("tỷ lệ trẻ thấp còi giảm bình quân 2 - 3%/năm", "giảm 1%", "Tỷ lệ trẻ thấp còi", "%/năm")).toBe("not_met");
    expect(status("tỷ lệ trẻ thấp còi giảm bình quân 2 - 3%/năm", "giảm 2,5%", "Tỷ lệ trẻ thấp còi", "%/năm")).toBe("met");
  });
  it("not when the change belongs to a case apart of the sentence", () => {
    expect(status("giảm tỷ lệ trẻ bỏ học còn 1-2%, riêng các xã vùng cao giảm 3%", "giảm 1,5%", "Tỷ lệ trẻ bỏ học", "%")).toBe("review");
  });
});

describe("a yearly decrease towards an end level: a level typed is judged by the end level", () => {
  const p = "tỷ lệ trẻ suy dinh dưỡng mỗi năm giảm 1% trở lên từ 18,5% xuống dưới 14% vào năm 2030";
  const ind = "Tỷ lệ trẻ suy dinh dưỡng";
  it("a level without a baseline goes to the end level, named in the explanation", () => {
    expect(status(p, "13,2%", ind, "%")).toBe("met");
    expect(status(p, "15%", ind, "%")).toBe("not_met");
    expect(evaluate(p, "13,2%", { indicator: ind, unit: "%", lang: "vi" }).explanation).toContain("dưới 14%");
  });
  it("a change typed stays with the yearly change", () => {
    expect(status(p, "giảm 0,5%", ind, "%")).toBe("not_met");
    expect(status(p, "giảm 1,2%", ind, "%")).toBe("exceeded");
  });
});

describe("a rate typed under a per-year ĐVT is the yearly change", () => {
  it("'5,1%' under '%/năm' for 'tăng bình quân 7%/năm' is the yearly increase, named in the explanation", () => {
    const v = evaluate("doanh thu dịch vụ tăng bình quân 7%/năm trở lên", "5,1%", { indicator: "Doanh thu dịch vụ", unit: "%/năm", lang: "vi" });
    expect(v.status).toBe("not_met");
    expect(v.explanation).toContain("mỗi năm");
    expect(status("doanh thu dịch vụ tăng bình quân 7%/năm trở lên", "8%", "Doanh thu dịch vụ", "%/năm")).toBe("exceeded");
  });
  it("under a plain '%' column the level stays a question", () => {
    expect(status("doanh thu dịch vụ tăng bình quân 7%/năm trở lên", "5,1%", "Doanh thu dịch vụ", "%")).toBe("review");
  });
});

describe("a change left unread beside a level judges a change typed", () => {
  const p = "120 lớp học đạt chuẩn và hằng năm tăng từ 3 - 6% lớp học đạt chuẩn";
  const o = ["Số lớp học đạt chuẩn", "lớp học"] as const;
  it("'tăng 4%' is judged by the yearly change, a count by the level", () => {
    expect(status(p, "tăng 4%", ...o)).toBe("met");
    expect(status(p, "tăng 1%", ...o)).toBe("not_met");
    expect(status(p, "125", ...o)).toBe("exceeded");
  });
});

describe("rv17a: universal words with no figure hold in one clause only", () => {
  it("a later clause's 'phần lớn', 'đa số' is not every one", () => {
    expect(status("Tất cả trường học có nhà vệ sinh, phần lớn đạt chuẩn", "70%", "Tỷ lệ trường có nhà vệ sinh đạt chuẩn", "%")).not.toMatch(/met|exceeded/);
    expect(status("Toàn bộ giáo viên được bồi dưỡng; phấn đấu đa số đạt trên chuẩn", "90%", "Tỷ lệ giáo viên đạt trên chuẩn", "%")).not.toMatch(/met|exceeded/);
  });
});

describe("rv17a: an end level of another subject does not judge a level typed", () => {
  it("a later clause naming its own subject leaves the level asked about", () => {
    expect(status("Giảm tỷ lệ bỏ học 0,2%/năm; trường vùng khó khăn xuống dưới 2%", "1,5%", "Tỷ lệ bỏ học", "%")).toBe("review");
    expect(status("Tỷ lệ hộ nghèo mỗi năm giảm 1,5%, các xã vùng cao xuống dưới 10%", "8%", "Tỷ lệ hộ nghèo", "%")).toBe("review");
    expect(status("Tỷ lệ hộ nghèo mỗi năm giảm 1%, phấn đấu cuối kỳ còn dưới 5%", "4%", "Tỷ lệ hộ nghèo", "%")).toBe("met");
  });
});
