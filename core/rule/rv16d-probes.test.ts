// rv16d: probes of fix16d's rules that gave a confident verdict where a clerk would not; each case pins a class.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;
const CONFIDENT = ["met", "not_met", "exceeded"];
// (The target read as "≥ 100%"; other readings of these phrases are not this rule's.)
const all = (phrase: string, actual: string, indicator: string, unit: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).explanation.includes("ít nhất 100%");

describe("'tất cả … đều' under ĐVT % reads 100% only where that share is the one asked", () => {
  it("a share of a harm is never set at 100%", () => {
    expect(all("Tất cả trẻ dưới 5 tuổi đều được cân đo 2 lần/năm", "8,5", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%")).toBe(false);
    expect(all("Mọi trường đều không có quá 3 học sinh bỏ học", "0,8", "Tỷ lệ bỏ học", "%")).toBe(false);
  });
  it("a change or a rate the target writes, another population, or 'không phải tất cả' is not all of them", () => {
    expect(all("Tất cả các trường đều tăng 5 học sinh giỏi", "12", "Tỷ lệ học sinh giỏi", "%")).toBe(false);
    expect(all("Tất cả các trường đều có tỷ lệ học sinh lên lớp trên 98", "97", "Tỷ lệ lên lớp", "%")).toBe(false);
    expect(all("Tất cả các trường đều có ít nhất 2 học sinh đạt giải", "60", "Tỷ lệ học sinh đạt giải", "%")).toBe(false);
    expect(all("Không phải tất cả học sinh đều học 2 buổi/ngày, phấn đấu 80 học sinh", "85", "Tỷ lệ học sinh học 2 buổi/ngày", "%")).toBe(false);
  });
  it("the whole's own size ('toàn bộ 45 giáo viên') may be what is typed: not read as a share", () => {
    expect(all("Toàn bộ 45 giáo viên đều đạt chuẩn trình độ đào tạo", "45", "Giáo viên đạt chuẩn", "%")).toBe(false);
  });
  it("the ones all names, written out or by initials, still read as 100%", () => {
    expect(all("Tất cả học sinh lớp 3 đều được học tiếng Anh 4 tiết/tuần", "90%", "Tỷ lệ HS lớp 3 học tiếng Anh", "%")).toBe(true);
    expect(status("Tất cả học sinh lớp 3 đều được học tiếng Anh 4 tiết/tuần", "90%", "Tỷ lệ HS lớp 3 học tiếng Anh", "%")).toBe("not_met");
    expect(status("Mọi trường đều có ít nhất 1 nhân viên y tế", "100", "Tỷ lệ trường có nhân viên y tế", "%")).toBe("met");
  });
});

describe("a figure typed among words is the actual only when those words are", () => {
  it("the plan's own figure ('chỉ tiêu 450', 'kế hoạch 450') is never the achievement", () => {
    expect(CONFIDENT).not.toContain(status("Tuyển sinh lớp 10 đạt 450 học sinh", "chỉ tiêu 450", "Chỉ tiêu tuyển sinh lớp 10"));
    expect(CONFIDENT).not.toContain(status("Tuyển sinh lớp 10 đạt 450 học sinh", "kế hoạch 450", "Thực hiện kế hoạch tuyển sinh"));
  });
  it("a bound typed ('dưới 1') is not the figure", () => {
    expect(CONFIDENT).not.toContain(status("Tỷ lệ học sinh bỏ học dưới 1%", "dưới 1"));
    expect(CONFIDENT).not.toContain(status("Điểm trung bình môn từ 6,5 trở lên", "khoảng 7"));
  });
  it("the target's words without the negation it writes say the opposite", () => {
    expect(CONFIDENT).not.toContain(status("Không thu học phí 4 tháng", "thu 2 tháng", "Miễn học phí"));
    expect(status("Không thu học phí 4 tháng", "không thu 2 tháng", "Miễn học phí")).toBe("not_met");
  });
  it("words after the figure the target does not write make it another measure (a count of pupils, periods a week)", () => {
    expect(CONFIDENT).not.toContain(status("Điểm trung bình môn Toán từ 6,5 trở lên", "Toán 8 học sinh giỏi"));
    expect(CONFIDENT).not.toContain(status("Điểm trung bình môn từ 6,5 trở lên", "Tiếng Anh 6 tiết/tuần"));
    expect(status("Miễn học phí 9 tháng cho học sinh vùng khó khăn", "miễn học phí 6 tháng")).toBe("not_met");
  });
  it("a bare number after who is counted is not a share ('học sinh 95' may be 95 pupils); after 'tỷ lệ' it is", () => {
    expect(CONFIDENT).not.toContain(status("Tỷ lệ học sinh đạt 95%", "học sinh 95"));
    expect(CONFIDENT).not.toContain(status("Tỷ lệ học sinh yếu dưới 5%", "học sinh yếu 7"));
    expect(status("Tỷ lệ học sinh yếu dưới 5%", "tỷ lệ 4")).toBe("met");
    expect(status("Tỷ lệ học sinh đạt 95%", "học sinh 93%")).toBe("not_met");
  });
  it("a school subject labels the figure only where the target names no subject or that one", () => {
    expect(CONFIDENT).not.toContain(status("Điểm trung bình môn Toán đạt 6,5 trở lên", "Văn 7,0"));
    expect(CONFIDENT).not.toContain(status("Điểm thi vào lớp 10 môn Ngữ văn đạt 6,0", "Tiếng Anh 5,5"));
    expect(status("Điểm trung bình môn Toán đạt 6,5 trở lên", "Toán 7,0")).toBe("exceeded");
    expect(status("Điểm trung bình môn từ 6,5 trở lên", "Lịch sử 6,0")).toBe("not_met");
  });
});
