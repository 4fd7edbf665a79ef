// fix16d (issue 10): direction from vocabulary, fixed spans of time, universal targets and figures typed among words.
// Invented phrases, not copies of corpus rows: each case pins one general rule.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;
const explanation = (phrase: string, actual: string, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).explanation;

describe("leaving a harm is the good outcome counted", () => {
  it("'thoát nghèo', 'thoát khỏi cận nghèo' after a count of beneficiaries read as a floor", () => {
    expect(status("mỗi năm giúp 1.200 hộ thoát nghèo", "1.000 hộ")).toBe("not_met");
    expect(status("mỗi năm giúp 1.200 hộ thoát nghèo", "1.500 hộ")).toBe("exceeded");
    expect(status("hỗ trợ 300 hộ đồng bào thoát cận nghèo", "320 hộ", "Hộ thoát cận nghèo")).toBe("exceeded");
  });
  it("the harm itself, not left, stays something to bring down", () => {
    expect(status("Tỷ lệ hộ nghèo còn 2%", "2,5%")).toBe("not_met");
    expect(status("Tỷ lệ hộ cận nghèo 3%", "2%", "Tỷ lệ hộ cận nghèo")).toBe("met");
  });
});

describe("the sex ratio at birth", () => {
  it("a bare level is a ceiling (the imbalance is brought down)", () => {
    expect(status("tỷ số giới tính khi sinh năm 2030 là 110 bé trai/100 bé gái", "109", "Tỷ số giới tính khi sinh")).toBe("met");
    expect(status("tỷ số giới tính khi sinh năm 2030 là 110 bé trai/100 bé gái", "111,5", "Tỷ số giới tính khi sinh")).toBe("not_met");
  });
  it("a band of it is the natural balance: below the band falls short too", () => {
    expect(status("đưa tỷ số giới tính khi sinh về mức 104 - 107", "100", "Tỷ số giới tính khi sinh")).toBe("not_met");
    expect(status("đưa tỷ số giới tính khi sinh về mức 104 - 107", "105", "Tỷ số giới tính khi sinh")).toBe("met");
  });
});

describe("'chỉ được' (only allowed) bounds from above, whatever verb sits before the figure", () => {
  it("a count one is only allowed is a ceiling", () => {
    expect(status("mỗi học sinh chỉ được đăng ký dự thi 2 môn", "3 môn")).toBe("not_met");
    expect(status("mỗi học sinh chỉ được đăng ký dự thi 2 môn", "2 môn")).toBe("met");
    expect(status("mỗi đơn vị chỉ được cử tối đa 5 giáo viên", "4 giáo viên")).toBe("met");
  });
  it("without 'chỉ' the count is still a floor", () => {
    expect(status("mỗi học sinh được đăng ký dự thi 2 môn", "3 môn")).not.toBe("not_met");
  });
});

describe("a span of time stated bare is also read as the amount set", () => {
  it("a longer figure is asked about, never passed as exceeded", () => {
    expect(status("Buổi sáng: Toán 90 phút", "120 phút")).toBe("review");
    expect(status("Khóa tập huấn hè 5 ngày", "7 ngày")).toBe("review");
  });
  it("the amount itself is met; a shorter one falls short under both readings", () => {
    expect(status("Buổi sáng: Toán 90 phút", "90 phút")).toBe("met");
    expect(status("Buổi sáng: Toán 90 phút", "60 phút")).toBe("not_met");
  });
  it("an operator or a direction of its own rules", () => {
    expect(status("Tập huấn ít nhất 5 ngày", "7 ngày")).toBe("exceeded");
    expect(status("Thời gian giải quyết 5 ngày", "7 ngày")).toBe("not_met");
  });
});

describe("a target every one reaches, under a column of shares, is all of them", () => {
  it("'tất cả … đều được …' with an amount each gets reads as 100% under ĐVT %", () => {
    expect(status("Đến năm 2030, tất cả trẻ mẫu giáo đều được học 2 buổi/ngày", "96%", "Trẻ mẫu giáo học 2 buổi/ngày", "%")).toBe("not_met");
    expect(status("Đến năm 2030, tất cả trẻ mẫu giáo đều được học 2 buổi/ngày", "100%", "Trẻ mẫu giáo học 2 buổi/ngày", "%")).toBe("met");
  });
  it("without the column of shares the amount is the target", () => {
    expect(evaluate("tất cả học sinh đều được học bơi 10 buổi", "96%", { lang: "vi" }).status).not.toBe("met");
    expect(status("tất cả học sinh đều được học bơi 10 buổi", "10 buổi")).toBe("met");
  });
});

describe("a figure typed among words", () => {
  it("after a school subject, the number is the figure and the explanation quotes what was typed", () => {
    expect(status("Điểm trung bình môn từ 6,5 trở lên", "Ngữ văn 7,2")).toBe("exceeded");
    expect(status("Điểm trung bình môn từ 6,5 trở lên", "Tin học 6,0")).toBe("not_met");
    expect(explanation("Điểm trung bình môn từ 6,5 trở lên", "Tin học 6,0")).toContain("Tin học 6,0");
  });
  it("after words the target itself writes, the number is the figure", () => {
    expect(status("Miễn học phí 9 tháng cho học sinh vùng khó khăn", "miễn học phí 6 tháng")).toBe("not_met");
    expect(status("Miễn học phí 9 tháng cho học sinh vùng khó khăn", "miễn học phí 9 tháng")).toBe("met");
  });
  it("other words, or a negation the target does not write, leave the figure unread", () => {
    expect(status("Điểm trung bình môn từ 6,5 trở lên", "không đạt 7,0")).not.toBe("met");
    expect(status("Miễn học phí 9 tháng cho học sinh vùng khó khăn", "không miễn 9 tháng")).not.toBe("met");
    expect(status("Điểm trung bình môn từ 6,5 trở lên", "dự kiến 7,0")).not.toBe("met");
    // A year after "sinh năm" is a date, not the figure, even where the target writes the same words.
    expect(status("Tuyển trẻ 6 tuổi (sinh năm 2019) vào lớp 1", "sinh năm 2019")).not.toBe("met");
    expect(status("Tuyển trẻ 6 tuổi (sinh năm 2019) vào lớp 1", "sinh năm 2019")).not.toBe("exceeded");
  });
});

describe("a title to keep or win is a yes/no outcome, not a task due at the year's end", () => {
  it("a blank is no figure yet, a title refused is not met", () => {
    expect(status("Nhà trường phấn đấu giữ vững danh hiệu 'Tập thể lao động xuất sắc' năm học 2030-2031", null)).toBe("no_data");
    expect(status("Nhà trường phấn đấu giữ vững danh hiệu 'Tập thể lao động xuất sắc' năm học 2030-2031", "Không đạt")).toBe("not_met");
    expect(status("Nhà trường phấn đấu giữ vững danh hiệu 'Tập thể lao động xuất sắc' năm học 2030-2031", "Đạt")).toBe("met");
  });
});
