// Round 36 (exact36): a number with no operator word stated as a value set — after a copula ("là", "bằng", "trị giá",
// "gồm") or a grant ("được nghỉ", "được hỗ trợ", "hỗ trợ thêm") — may be exact as likely as a least, so a figure above
// it is asked about (issue 10; docs/measures.md "Round 36x (exact36)"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a value stated after a copula is exact or a least: a figure above it is asked about", () => {
  it("asks above, meets at it, fails below", () => {
    const p = "Số ngày nghỉ phép hằng năm của nhân viên là 12";
    expect(evaluate(p, "15 ngày", { unit: "ngày" }).status).toBe("review");
    expect(evaluate(p, "12 ngày", { unit: "ngày" }).status).toBe("met");
    expect(evaluate(p, "10 ngày", { unit: "ngày" }).status).toBe("not_met");
    expect(evaluate("phần tự luận của đề gồm 6 câu", "8 câu").status).toBe("review");
  });
  it("names both readings in the review", () => {
    const v = evaluate("Số ngày nghỉ phép hằng năm của nhân viên là 12", "15 ngày", { unit: "ngày" });
    expect(v.explanation).toContain("≥ 12");
    expect(v.explanation).toContain("= 12");
  });
  it("asks about a sum for each one after \"trị giá\" above it (the value of a gift, a house built, a sum raised), and meets it at the sum", () => {
    const o = { indicator: "Giá trị mỗi suất học bổng", unit: "triệu đồng" };
    expect(evaluate("mỗi suất học bổng trị giá 3 triệu đồng", "4 triệu đồng", o).status).toBe("review");
    expect(evaluate("mỗi suất học bổng trị giá 3 triệu đồng", "3 triệu đồng", o).status).toBe("met");
    expect(evaluate("Mỗi căn nhà đại đoàn kết trị giá 60 triệu đồng", "80 triệu đồng").status).toBe("review");
    expect(evaluate("Mỗi chi đoàn vận động được số tiền là 10 triệu đồng", "12 triệu đồng").status).not.toBe("not_met");
    expect(evaluate("Số tiền mỗi hội viên đóng góp là 200.000 đồng", "300.000 đồng").status).toBe("review");
    expect(evaluate("Mỗi học sinh được hỗ trợ 500.000 đồng/tháng", "600.000 đồng/tháng").status).toBe("not_met");
  });
  it("keeps an aim word written beside brackets, quotes or a slash an aim", () => {
    expect(evaluate("Số xã (đạt chuẩn) là 40 xã", "45 xã").status).toBe("exceeded");
    expect(evaluate('Số trường "đạt chuẩn" là 30 trường', "32 trường").status).toBe("exceeded");
  });
});

describe("a value a grant gives is exact or a least, a rate included", () => {
  it("asks about a share of pay above the one granted", () => {
    const o = { indicator: "Mức hỗ trợ thêm theo tiền lương", unit: "% tiền lương/tháng" };
    expect(evaluate("Hỗ trợ thêm 20% tiền lương/tháng đối với giáo viên mầm non", "30%", o).status).toBe("review");
    expect(evaluate("Hỗ trợ thêm 20% tiền lương/tháng đối với giáo viên mầm non", "20%", o).status).toBe("met");
    expect(evaluate("nhân viên y tế thôn được hỗ trợ 2% mức lương cơ sở để đóng bảo hiểm", "4%").status).toBe("review");
  });
});

describe("where the sentence says the figure is an aim, it stays a least", () => {
  it("keeps a plan's goal, a target named, a total, a year it is due by and a rate or score after a copula", () => {
    expect(evaluate("Chỉ tiêu giao quân của xã là 40 thanh niên", "45 thanh niên").status).toBe("exceeded");
    expect(evaluate("phấn đấu số hộ tham gia là 120 hộ", "130 hộ").status).toBe("exceeded");
    expect(evaluate("tổng số phòng học là 300 phòng", "320 phòng").status).toBe("exceeded");
    expect(evaluate("Đến năm 2030, diện tích trồng rừng mới là 900 ha", "950 ha").status).toBe("exceeded");
    expect(evaluate("tỷ lệ trẻ đến trường là 97%", "98%").status).toBe("exceeded");
    expect(evaluate("điểm chuẩn vào lớp 10 là 20 điểm", "22 điểm").status).toBe("exceeded");
    expect(evaluate("chiều cao trung bình của trẻ 5 tuổi là 110 cm", "112 cm").status).toBe("exceeded");
  });
  it("keeps a stated operator", () => {
    expect(evaluate("số ngày nghỉ là ít nhất 12", "15 ngày", { unit: "ngày" }).status).toBe("exceeded");
    expect(evaluate("số câu hỏi là không quá 10 câu", "8 câu").status).toBe("met");
  });
});
