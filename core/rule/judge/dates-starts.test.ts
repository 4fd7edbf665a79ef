// Starts, stops, slips of a year and days read from words (round 16, dates): invented phrases, one rule each.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { periodFromText } from "../../period/period";

const P = (label: string, asOf?: string) => ({ period: periodFromText(label)!, ...(asOf ? { asOf } : {}) });

describe("a stop ordered from a day is on that day or by it; one allowed from a day is from it on", () => {
  const ordered = "Sở yêu cầu các trường tạm dừng hoạt động bán trú kể từ ngày 03/4/2023.";
  it("an ordered stop: the day meets, a later day breaks it, an earlier day is asked", () => {
    expect(evaluate(ordered, "Tạm dừng từ 3/4/2023", P("2022-2023")).status).toBe("met");
    expect(evaluate(ordered, "Tạm dừng từ 5/4/2023", P("2022-2023")).status).toBe("not_met");
    expect(evaluate(ordered, "Tạm dừng từ 1/4/2023", P("2022-2023")).status).toBe("review");
  });
  it("an allowed stop or return ('cho phép … được', 'đồng ý cho'): a later day meets, an earlier one does not", () => {
    const allowed = "UBND huyện cho phép học sinh được nghỉ học từ ngày 08/02/2023 để phòng dịch";
    expect(evaluate(allowed, "Nghỉ từ 10/2/2023", P("2022-2023")).status).toBe("met");
    expect(evaluate(allowed, "Nghỉ từ 6/2/2023", P("2022-2023")).status).toBe("not_met");
    const back = "Tỉnh đồng ý cho học sinh lớp 9 được đến trường học trực tiếp từ ngày 15/11/2021.";
    expect(evaluate(back, "đến trường 18/11/2021", P("2021-2022")).status).toBe("met");
    expect(evaluate(back, "đến trường 12/11/2021", P("2021-2022")).status).toBe("not_met");
  });
});

describe("a year written outside the school year the phrase names", () => {
  const slip = "Ngày 15/08/2022 công bố danh sách lớp năm học 2023-2024.";
  it("is asked when the day in the school year's own year judges otherwise, and said so in both days", () => {
    const v = evaluate(slip, "15/8/2023", P("2023-2024"));
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("15/08/2023");
    expect(evaluate(slip, null, P("2023-2024", "2023-08-01")).status).toBe("review");
  });
  it("is judged when both days judge alike", () => {
    expect(evaluate(slip, "20/8/2023", P("2023-2024")).status).toBe("not_met");
  });
  it("a year inside the school year stays one reading", () => {
    expect(evaluate("Ngày 15/08/2023 công bố danh sách lớp năm học 2023-2024.", "15/8/2023", P("2023-2024")).status).toBe("met");
  });
});

describe("a task handed in on a day keeps its 'by that day' reading beside a stray figure", () => {
  it("a day early is asked, not failed, though 'học kỳ 2' takes the runner-up slot", () => {
    const phrase = "Chuẩn bị kiểm tra học kỳ 2 (giáo viên nộp đề vào ngày 20/4/2024)";
    expect(evaluate(phrase, "18/4/2024", P("2023-2024")).status).toBe("review");
    expect(evaluate(phrase, "20/4/2024", P("2023-2024")).status).toBe("met");
    expect(evaluate(phrase, "22/4/2024", P("2023-2024")).status).toBe("not_met");
  });
});

describe("a title kept over the plan's own school year is a yes/no target", () => {
  const title = "Nhà trường phấn đấu giữ vững danh hiệu “Tập thể lao động tiên tiến” năm học 2022 – 2023.";
  it("a blank is no data, never overdue at the school year's end", () => {
    expect(evaluate(title, null, P("2022-2023", "2023-09-15")).status).toBe("no_data");
    expect(evaluate(title, "Không đạt", P("2022-2023")).status).toBe("not_met");
  });
});

describe("a window opened after a code ('Covid-19 từ ngày …') and closed by a day restated ('tức ngày …')", () => {
  const phrase = "Cho học sinh nghỉ học phòng dịch Covid-19 từ ngày 03/02/2022, kéo dài tới hết kỳ nghỉ Tết, tức ngày 13/02/2022";
  it("is a window from the first day to the restated one", () => {
    expect(evaluate(phrase, "nghỉ ngày 7/2/2022", P("2021-2022")).status).toBe("met");
    expect(evaluate(phrase, "14/2/2022", P("2021-2022")).status).toBe("not_met");
    expect(evaluate(phrase, "1/2/2022", P("2021-2022")).status).toBe("not_met");
  });
});

describe("words before a completion day", () => {
  it("'đến', 'tới' bound the day only right before it ('đến trường 4/10' is a day)", () => {
    const phrase = "Học sinh được đến trường học trực tiếp từ ngày 04/10/2021";
    expect(evaluate(phrase, "đến trường 4/10/2021", P("2021-2022")).status).not.toBe("invalid");
    expect(evaluate(phrase, "hoãn đến 6/10/2021", P("2021-2022")).status).toBe("invalid");
  });
  it("content counted up to a day ('tính đến hết ngày') reads the day of what was counted", () => {
    const phrase = "Nội dung kiểm tra được tính đến hết ngày 15/3/2024";
    expect(evaluate(phrase, "tiết học ngày 10/3/2024", P("2023-2024")).status).toBe("met");
    expect(evaluate(phrase, "tiết học ngày 20/3/2024", P("2023-2024")).status).toBe("not_met");
    expect(evaluate(phrase, "chưa học 10/3/2024", P("2023-2024")).status).toBe("invalid");
  });
});

describe("no order or permission read from words that give none (review round 16)", () => {
  it("a permission denied, asked for, or a leave ('không cho phép', 'xin phép', 'nghỉ phép') is no permission: a later day is asked", () => {
    expect(evaluate("Không cho phép tổ chức dạy thêm, học thêm trong nhà trường từ ngày 01/9/2023.", "15/9/2023", P("2023-2024")).status).toBe("review");
    expect(evaluate("Phòng không đồng ý cho các lớp học ngoài giờ từ ngày 10/10/2023", "20/10/2023", P("2023-2024")).status).toBe("review");
    expect(evaluate("Giáo viên nghỉ phép từ ngày 10/01/2023", "12/1/2023", P("2022-2023")).status).toBe("review");
    expect(evaluate("Trường xin phép cho học sinh nghỉ học từ ngày 08/02/2023", "Nghỉ từ 10/2/2023", P("2022-2023")).status).toBe("review");
  });
  it("a holiday named as a time ('sau nghỉ hè', 'sau kỳ nghỉ Tết') or a stop a return follows orders no stop: a later return is asked", () => {
    expect(evaluate("Sau nghỉ hè, học sinh tựu trường từ ngày 15/8/2023", "20/8/2023", P("2023-2024")).status).toBe("review");
    expect(evaluate("Học sinh đi học trở lại sau kỳ nghỉ Tết từ ngày 17/02/2021", "20/2/2021", P("2020-2021")).status).toBe("review");
    expect(evaluate("Trường đóng cửa do bão, học sinh học lại từ ngày 16/10/2023", "18/10/2023", P("2023-2024")).status).toBe("review");
  });
  it("an ordered stop still is one", () => {
    expect(evaluate("Sở yêu cầu các trường dừng thu học phí từ ngày 01/01/2022", "Dừng thu từ 05/01/2022", P("2021-2022")).status).toBe("not_met");
  });
});

describe("days listed before their month after a bound's word are no window (review round 16)", () => {
  it("'trước ngày 15 và 30 tháng 6' is not before the 15th alone", () => {
    expect(evaluate("Nộp báo cáo thống kê trước ngày 15 và 30 tháng 6 năm 2021", "20/6/2021", P("2020-2021")).status).not.toBe("not_met");
    expect(evaluate("Gửi danh sách chậm nhất ngày 10 và 25 tháng 3 năm 2022", "20/3/2022", P("2021-2022")).status).not.toBe("not_met");
  });
});

describe("a completion day after words saying the work goes on (review round 16)", () => {
  it("'đang làm 30/5' is no completion, even under 'tính đến hết ngày'", () => {
    expect(evaluate("Nộp báo cáo tổng kết tính đến hết ngày 31/5/2024", "đang làm 30/5/2024", P("2023-2024")).status).not.toBe("met");
    expect(evaluate("Nội dung kiểm tra được tính đến hết ngày 15/3/2024", "đang học 10/3/2024", P("2023-2024")).status).not.toBe("met");
  });
});

describe("a stop's other day (review round 16)", () => {
  it("a day written as a return ('Đi học lại 15/2') is not the stop's day: unread, never late", () => {
    expect(evaluate("Cho học sinh nghỉ học từ ngày 08/02/2023", "Đi học lại 15/2/2023", P("2022-2023")).status).not.toBe("not_met");
    expect(evaluate("Yêu cầu các trường tạm dừng dạy học trực tiếp từ ngày 08/02/2023", "học lại 15/2/2023", P("2022-2023")).status).not.toBe("not_met");
    expect(evaluate("Yêu cầu các trường tạm dừng dạy học trực tiếp từ ngày 08/02/2023", "Tạm dừng từ 10/2/2023", P("2022-2023")).status).toBe("not_met");
  });
  it("a delay from a day ('hoãn … từ ngày') is no ordered stop: the day held later is asked", () => {
    expect(evaluate("Hoãn tổ chức hội thi giáo viên giỏi từ ngày 08/02/2023", "20/3/2023", P("2022-2023")).status).toBe("review");
    expect(evaluate("Hoãn các hoạt động ngoại khóa từ ngày 05/4/2023", "Tổ chức lại 25/4/2023", P("2022-2023")).status).not.toBe("not_met");
  });
});

describe("a school year named over work to finish is its deadline, not a title (review round 16)", () => {
  it("'Hoàn thành … trong năm học 2022-2023' reads a completion day", () => {
    expect(evaluate("Hoàn thành xây dựng trường chuẩn quốc gia trong năm học 2022-2023", "Hoàn thành 15/5/2023", P("2022-2023")).status).toBe("met");
    expect(evaluate("Hoàn thành sửa chữa nhà vệ sinh học sinh năm học 2022-2023", "Hoàn thành 20/4/2023", P("2022-2023")).status).toBe("met");
  });
});

describe("the plan's own stage finished is still yes/no (review round 16)", () => {
  it("'hoàn thành nhiệm vụ … giai đoạn 2021–2025' in the period 2021-2025: 'Chưa hoàn thành' is not met, not overdue", () => {
    expect(evaluate("Huyện hoàn thành nhiệm vụ xây dựng đô thị văn minh giai đoạn 2021–2025.", "Chưa hoàn thành", P("2021-2025", "2026-06-01")).status).toBe("not_met");
  });
});
