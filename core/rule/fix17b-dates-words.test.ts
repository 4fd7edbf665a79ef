// fix17b (issue 10): dates typed after a result word, deadlines labelled with a colon, yes/no targets answered with
// timeliness words, frequencies (encouraged parts, "1 lần/01 tháng", weeks against months) and times of day.
// Invented phrases, not copies of corpus rows: each case pins one general rule.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, unit?: string) => evaluate(phrase, actual, { unit, lang: "vi" }).status;
const explanation = (phrase: string, actual: string | null) => evaluate(phrase, actual, { lang: "vi" }).explanation;

describe("a result word before a day is the day it was reached", () => {
  const T = "đến cuối năm 2026 thị trấn Phú Mỹ đáp ứng các tiêu chí đô thị loại IV";
  it("'Đạt ngày D', 'Hoàn tất ngày D' are completion dates", () => {
    expect(status(T, "Đạt ngày 3/10/2026")).toBe("met");
    expect(status(T, "Đạt ngày 9/1/2027")).toBe("not_met");
    expect(status("Hoàn thành sửa chữa phòng học trước 31/8/2026", "Hoàn tất ngày 20/8/2026")).toBe("met");
  });
  it("a denied result before a day is no completion date", () => {
    expect(status(T, "Chưa đạt ngày 3/10/2026")).not.toBe("met");
  });
});

describe("a colon after a deadline word keeps what the word says", () => {
  it("'(nộp trước: D)' is strict: due the day before", () => {
    expect(status("Gửi kế hoạch tuyển sinh về Phòng (nộp trước: 15/4/2026).", "15/4/2026")).toBe("not_met");
    expect(status("Gửi kế hoạch tuyển sinh về Phòng (nộp trước: 15/4/2026).", "14/4/2026")).toBe("met");
  });
  it("'(hạn nộp: D)' includes the day", () => {
    expect(status("Nộp báo cáo sơ kết học kỳ (hạn nộp: 20/1/2026)", "20/1/2026")).toBe("met");
  });
});

describe("timeliness and completeness words answer a yes/no target that asks them", () => {
  const T = "Thực hiện cập nhật cơ sở dữ liệu ngành kịp thời, đầy đủ.";
  it("on time or in full says yes", () => {
    for (const a of ["Đúng hạn", "Kịp thời", "Đầy đủ", "Gửi đúng hạn"]) expect(status(T, a)).toBe("met");
  });
  it("late or incomplete says no, even beside a yes word", () => {
    for (const a of ["Trễ hạn", "Chậm", "Không đúng hạn", "Chưa đầy đủ", "Đầy đủ nhưng trễ hạn"]) expect(status(T, a)).toBe("not_met");
  });
  it("where the target asks neither, the words are not read as yes or no", () => {
    expect(status("Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi", "Đúng hạn")).not.toBe("met");
    expect(status("Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi", "Trễ hạn")).not.toBe("not_met");
  });
});

describe("frequencies", () => {
  it("'1 lần/01 tháng' is once each month, and an encouraged part after it is not the target", () => {
    const T = "Tổ chức ngày hội đọc sách ít nhất 01 lần/01 học kỳ, khuyến khích 01 lần/tháng.";
    expect(status(T, "1 lần/học kỳ")).toBe("met");
    expect(status(T, "3 lần/học kỳ")).toBe("exceeded");
    expect(status("Kiểm tra nề nếp lớp học ít nhất 01 lần/01 tháng", "1 lần/tháng")).toBe("met");
    expect(status("Tập huấn giáo viên ít nhất 1 lần/1 quý, động viên 1 lần/tháng", "1 lần/quý")).toBe("met");
  });
  it("'N tuần một lần' against times a month: a school month is four weeks", () => {
    expect(status("Sinh hoạt tổ chuyên môn ít nhất hai tuần một lần", "2 lần/tháng", "lần")).toBe("met");
    expect(status("Sinh hoạt tổ chuyên môn ít nhất hai tuần một lần", "1 lần/tháng", "lần")).toBe("not_met");
    expect(status("Họp giao ban ít nhất 1 lần/tuần", "4 lần/tháng")).toBe("met");
    expect(status("Họp giao ban ít nhất 1 lần/tuần", "3 lần/tháng")).toBe("not_met");
  });
});

describe("times of day are no target", () => {
  it("a timetable slot or a time placed by a word is refused, and says why", () => {
    expect(status("7h30 - 8h00 Đón trẻ, chơi tự do", "7h35")).toBe("unreadable");
    expect(status("Giờ ăn trưa: từ 10h45 đến 11h30", null)).toBe("unreadable");
    expect(status("Buổi chào cờ kết thúc trước 7 giờ", "6 giờ 50")).toBe("unreadable");
    expect(explanation("7h30 - 8h00 Đón trẻ", "")).toContain("giờ trong ngày (7h30 - 8h00)");
  });
  it("durations and deadlines with an hour are still read", () => {
    expect(status("Thời gian làm bài không quá 1 giờ 30 phút", "80 phút")).toBe("met");
    expect(status("Thời gian ngủ trưa không quá 2 giờ", "2 giờ")).toBe("met");
    expect(status("Nộp báo cáo trước 17h ngày 22/8/2025", "22/8/2025")).toBe("met");
  });
});

describe("the title a yes/no target names answers it", () => {
  const T = "Nhà trường phấn đấu giữ vững danh hiệu “Tập thể lao động xuất sắc” năm học 2025 - 2026.";
  it("the title typed is yes; another title or a denial is not", () => {
    expect(status(T, "Tập thể lao động xuất sắc")).toBe("met");
    expect(status(T, "Không đạt danh hiệu")).toBe("not_met");
    expect(status(T, "Tập thể lao động tiên tiến")).not.toBe("met");
  });
  it("a quoted harm is no title", () => {
    expect(status("Không để xảy ra “bạo lực học đường” trong nhà trường", "Bạo lực học đường")).not.toBe("met");
  });
});
