// fix18b (issue 10): change vs level, deadlines, durations, frequencies.
// Invented phrases, not copies of corpus rows: each case pins one general rule.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../period/period";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, baseline?: string) =>
  evaluate(phrase, actual, { indicator, unit, baseline, lang: "vi" }).status;

describe("a change typed with a scale word or another unit is read in the target's unit", () => {
  it("'tăng 1,5 nghìn' against 'tăng thêm 1.200 đoàn viên' is 1.500", () => {
    expect(status("phấn đấu tăng thêm 1.200 đoàn viên", "tăng 1,5 nghìn đoàn viên", undefined, "đoàn viên")).toBe("exceeded");
    expect(status("phấn đấu tăng thêm 1.200 đoàn viên", "thêm 1,1 nghìn", undefined, "đoàn viên")).toBe("not_met");
    expect(status("phấn đấu tăng thêm 2 triệu cây xanh", "tăng 2 triệu", undefined, "cây")).toBe("met");
  });
  it("money in tỷ and triệu, durations in weeks and days convert", () => {
    expect(status("doanh thu tăng thêm 3 tỷ đồng", "tăng 3.500 triệu đồng", undefined, "tỷ đồng")).toBe("exceeded");
    expect(status("doanh thu tăng thêm 3 tỷ đồng", "tăng 2 tỷ", undefined, "tỷ đồng")).toBe("not_met");
    expect(status("kéo dài thêm 10 ngày", "tăng 2 tuần", undefined, "ngày")).toBe("exceeded");
  });
  it("a typed change counting other things is asked about, not judged on the bare number", () => {
    expect(status("mỗi năm tăng thêm 2 trường đạt chuẩn", "tăng 3 lớp", undefined, "trường")).toBe("review");
  });
});

describe("a modal 'không nên/không được' before a long verb phrase and 'quá N' is a ceiling", () => {
  it("'không nên … kéo dài quá 3 ngày', 'không được … quá 4 buổi' bound from above", () => {
    const p = "các trường không nên bố trí đợt ôn tập kéo dài quá 3 ngày";
    expect(status(p, "2 ngày", undefined, "ngày")).toBe("met");
    expect(status(p, "3 ngày", undefined, "ngày")).toBe("met");
    expect(status(p, "5 ngày", undefined, "ngày")).toBe("not_met");
    expect(status("giáo viên không được xếp tiết dạy thêm cho lớp quá 4 buổi", "5 buổi", undefined, "buổi")).toBe("not_met");
  });
  it("'không được … dưới N' is a floor", () => {
    expect(status("các trường không được bố trí thời lượng thực học dưới 35 tuần", "33 tuần", undefined, "tuần")).toBe("not_met");
    expect(status("các trường không được bố trí thời lượng thực học dưới 35 tuần", "35 tuần", undefined, "tuần")).toBe("met");
  });
  it("'kéo dài quá' is how long a thing lasts, not an extension; 'kéo dài thêm' still is", () => {
    expect(status("đợt kiểm tra không kéo dài quá 10 ngày", "12 ngày", "Thời gian đợt kiểm tra", "ngày")).toBe("not_met");
    expect(status("có thể kéo dài thêm không quá 10 ngày", "12 ngày", "Thời gian xử lý hồ sơ", "ngày")).toBe("review");
  });
});

describe("'hạ tầng' (infrastructure) is a noun, not the verb 'hạ' (lower)", () => {
  it("a time limit at an office named 'Hạ tầng' is a ceiling, not a fall", () => {
    const p = "Ban Quản lý dự án Hạ tầng: 7 ngày";
    const ind = "Thời hạn xử lý hồ sơ tại Ban Quản lý dự án Hạ tầng";
    expect(status(p, "6 ngày", ind, "ngày")).toBe("met");
    expect(status(p, "9 ngày", ind, "ngày")).toBe("not_met");
  });
  it("'hạ' alone still lowers", () => {
    expect(status("hạ tỷ lệ trẻ thấp còi 1,5%", "giảm 2%", undefined, "%")).toBe("exceeded");
  });
});

describe("'giảm từ X%' with no second figure is a cut of X% or more, not a floor on what is cut", () => {
  it("reads a change from the verb, judged on a typed cut or on levels from a baseline", () => {
    const p = "phấn đấu giảm từ 15% số vụ vi phạm an toàn giao thông";
    expect(status(p, "giảm 18%", undefined, "%")).toBe("exceeded");
    expect(status(p, "giảm 10%", undefined, "%")).toBe("not_met");
    expect(status(p, "80 vụ", undefined, "%", "100 vụ")).toBe("exceeded");
  });
  it("'giảm từ X% xuống Y%' still goes from one level to another", () => {
    expect(evaluate("giảm tỷ lệ trẻ thấp còi từ 12% xuống 9%", "8%", { lang: "vi" }).canonical).toMatch(/≤ 9%/u);
  });
});

describe("'at least' on the figure after a fall verb's object is how much to cut", () => {
  it("'giảm tỷ lệ … ít nhất X%', '… từ X% trở lên', '… X% trở lên' are cuts, never a floor on the rate", () => {
    for (const p of ["giảm tỷ lệ trẻ suy dinh dưỡng ít nhất 1,5%", "giảm tỷ lệ trẻ suy dinh dưỡng từ 1,5% trở lên", "giảm tỷ lệ trẻ suy dinh dưỡng 1,5% trở lên"]) {
      const v = evaluate(p, "giảm 2%", { unit: "%", lang: "vi" });
      expect(v.status).toBe("exceeded");
      expect(v.canonical).toMatch(/^giảm/u);
      expect(status(p, "giảm 1%", undefined, "%")).toBe("not_met");
      // From 9% to 8%: 1 point (short) or 11% of the rate (beyond): the two readings differ, so it is asked about.
      expect(status(p, "8%", undefined, "%", "9%")).toBe("review");
    }
  });
  it("a comma between the verb's object and the figure leaves the figure a level of its own", () => {
    expect(evaluate("giảm tỷ lệ hộ nghèo, ít nhất 30% hộ có việc làm ổn định", "35%", { unit: "%", lang: "vi" }).canonical).toBe("≥ 30%");
  });
});

describe("'tăng … lên X% so với năm N' is a level of X% or a rise of X% on year N", () => {
  const p = "nâng tỷ lệ học sinh biết bơi lên 40% so với năm 2020";
  it("a figure the level and the rise judge otherwise is asked about", () => {
    // From 30% to 40%: the level is reached, a rise of 40% on 30% (to 42%) is not.
    expect(status(p, "40%", undefined, "%", "30%")).toBe("review");
  });
  it("a figure every reading judges alike is judged", () => {
    expect(status(p, "32%", undefined, "%", "35%")).toBe("not_met");
  });
  it("'trở lên' before a figure is no 'lên'", () => {
    expect(status("Giảm tỷ lệ sinh con thứ 3 trở lên 0,2% so với năm 2020", "giảm 0,3%", undefined, "%")).toBe("exceeded");
  });
});

describe("'bắt đầu từ tháng M' may name the month the start falls in", () => {
  const p = "bắt đầu từ tháng 3/2025, chương trình được triển khai tại các trường tiểu học";
  const at = (actual: string) => evaluate(p, actual, { lang: "vi" }).status;
  it("a start in the month meets it, before it misses it", () => {
    expect(at("Triển khai 10/3/2025")).toBe("met");
    expect(at("20/2/2025")).toBe("not_met");
  });
  it("a start after the month is asked about (not before the month, or in it?)", () => {
    expect(at("15/5/2025")).toBe("review");
  });
});

describe("two days joined by '&' or 'và' whose last is written 'D.M' are one window", () => {
  const p = "Hội thi diễn ra trong 2 ngày 24&25.3 tại nhà văn hóa huyện";
  const at = (actual: string) => evaluate(p, actual, { lang: "vi", period: periodFromText("2025") ?? undefined }).status;
  it("a day in the window meets it, a day after misses it", () => {
    expect(at("25/3/2025")).toBe("met");
    expect(at("28/3/2025")).toBe("not_met");
  });
  it("'ngày 24 & 25/3' joins the same way", () => {
    expect(evaluate("hội thi diễn ra ngày 24 & 25/3/2025", "24/3/2025", { lang: "vi" }).status).toBe("met");
  });
});
