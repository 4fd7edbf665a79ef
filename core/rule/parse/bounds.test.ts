// Bounds and their direction read from the words around a figure: a decrease verb, a rough figure, a per-base unit.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { parseTarget } from "../parse";

describe("a decrease verb before 'là N'", () => {
  it("reads 'giảm … là N' as brought down to N (or by N), never at least N", () => {
    const r = parseTarget("phấn đấu giảm tỷ số học sinh bỏ học là 12", {});
    expect(r.ok && r.rule.kind === "compare" && r.rule.op).toBe("<=");
    expect(evaluate("phấn đấu giảm tỷ số học sinh bỏ học là 12", "15").status).toBe("not_met");
  });
  it("leaves a 'là' in another clause alone ('giảm …, số lớp học là 20')", () => {
    const r = parseTarget("giảm chi phí in ấn, số phòng học đạt là 20 phòng", {});
    expect(r.ok && r.rule.kind === "compare" && r.rule.op).not.toBe("<=");
  });
});

describe("a rate per a round base of another noun", () => {
  it("judges '109 nam/100 nữ' as the rate 109, not a share above its whole", () => {
    const v = evaluate("không quá 110 nam/100 nữ", "109 nam/100 nữ", { unit: "nam/100 nữ" });
    expect(v.status).toBe("met");
  });
});

describe("a rough figure for a price rise", () => {
  it("asks about 'lạm phát khoảng X%' off the figure (about X, or at most X?), and meets it at X", () => {
    expect(evaluate("kiểm soát lạm phát ở mức khoảng 3%", "1,8%").status).toBe("review");
    expect(evaluate("kiểm soát lạm phát ở mức khoảng 3%", "5%").status).toBe("review");
    expect(evaluate("chỉ số giá tiêu dùng bình quân tăng khoảng 3%", "3%").status).toBe("met");
  });
});

describe("a rate brought down by a percent", () => {
  it("asks whether 'giảm tỷ lệ … N% so với …' is points or a share when the baseline lets both judge, and they differ", () => {
    const v = evaluate("giảm tỷ lệ học sinh bỏ học 5% so với năm 2020", "18,5%", { baseline: "20%", unit: "%" });
    expect(v.status).toBe("review");
  });
  it("judges in points when the share of the baseline would be too small a change to be a target", () => {
    const v = evaluate("giảm tỷ lệ học sinh bỏ học 1% so với năm 2020", "3,5%", { baseline: "5%", unit: "%" });
    expect(v.status).toBe("exceeded");
  });
});

describe("a cap on an extension of a time limit", () => {
  it("asks about a figure above a cap on 'gia hạn'/'kéo dài thêm' (the whole time adds the limit extended), and passes one within it", () => {
    const p = "hồ sơ phức tạp được gia hạn xử lý một lần, không quá 15 ngày";
    expect(evaluate(p, "20 ngày").status).toBe("review");
    expect(evaluate(p, "12 ngày").status).toBe("met");
    expect(evaluate("trường hợp đặc biệt được kéo dài thêm không quá 10 ngày", "14 ngày").status).toBe("review");
  });
  it("judges the cap where the indicator names the extension itself, or the phrase states the limit extended", () => {
    expect(evaluate("được gia hạn không quá 15 ngày", "20 ngày", { indicator: "Thời gian gia hạn xử lý hồ sơ" }).status).toBe("not_met");
    const r = parseTarget("giải quyết trong 20 ngày, gia hạn tổng cộng tối đa 35 ngày", {});
    expect(r.ok && r.rule.unsure).toBeFalsy();
  });
});

describe("a bound stacked on a strict one", () => {
  it("asks about the threshold itself under 'tối thiểu trên N%' / 'tối đa dưới N%', judges figures off it", () => {
    expect(evaluate("tối thiểu trên 70% giáo viên đạt chuẩn", "70%").status).toBe("review");
    expect(evaluate("tối thiểu trên 70% giáo viên đạt chuẩn", "71%").status).toBe("met");
    expect(evaluate("tỷ lệ học sinh bỏ học tối đa dưới 2%", "2%").status).toBe("review");
    expect(evaluate("tỷ lệ học sinh bỏ học tối đa dưới 2%", "2,5%").status).toBe("not_met");
  });
  it("keeps 'giảm còn dưới N%' strict (brought down to below N)", () => {
    expect(evaluate("tỷ lệ học sinh bỏ học giảm còn dưới 2%", "2%").status).toBe("not_met");
  });
});

describe("a checkbox figure in words", () => {
  it("says Có/Không for a TRUE/FALSE figure, not the spreadsheet's TRUE/FALSE", () => {
    expect(evaluate("hoàn thành xây dựng thư viện", true).explanation).toContain('"Có"');
    expect(evaluate("hoàn thành xây dựng thư viện", "FALSE").explanation).toContain('"Không"');
  });
});
