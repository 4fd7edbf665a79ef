// Date verdicts (core/rule/judge/dates.ts and evaluate's reconcile): which year a day without one is judged in.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { statementDue } from "./dates";
import { periodFromText } from "../../period/period";

const inPeriod = (label: string) => ({ period: periodFromText(label)! });

describe("a day the phrase gives no year for, placed by a two-year period, when another reading is the runner-up", () => {
  // "2 ngày" is the best reading and the days its runner-up, so the other calendar year has no slot of its own.
  const exam = "Thời gian thi trong 2 ngày 11 và 12/6.";
  it("takes the year nearer the completion date (the June before the school year)", () => {
    const v = evaluate(exam, "11/6/2016", inPeriod("2016-2017"));
    expect(v.status).toBe("met");
    expect(v.canonical).toContain("2016");
    expect(v.warnings.map((w) => w.code)).toContain("actual_interpreted");
  });
  it("still judges a day outside the window in that year as not met", () => {
    expect(evaluate(exam, "2/6/2016", inPeriod("2016-2017")).status).toBe("not_met");
  });
  it("keeps the period's year when the completion date is nearer it", () => {
    const v = evaluate(exam, "12/6/2017", inPeriod("2016-2017"));
    expect(v.status).toBe("met");
    expect(v.canonical).toContain("2017");
  });
  it("never moves a year the phrase writes itself", () => {
    expect(evaluate("Thời gian thi trong 2 ngày 11 và 12/6/2017", "11/6/2016", inPeriod("2016-2017")).status).toBe("not_met");
  });
});

describe("an empty cell when one reading of the target is a deadline and the other a figure", () => {
  const games = "tuyển chọn được 210 vận động viên tham dự Hội khỏe Phù Đổng, dự kiến được tổ chức từ ngày 11 đến 15/12 tới đây.";
  it("is not done yet on a given day of the check before the window", () => {
    const v = evaluate(games, null, { ...inPeriod("2023"), asOf: "2023-12-01" });
    expect(v.status).toBe("pending");
  });
  it("is overdue on a given day after it", () => {
    expect(evaluate(games, null, { ...inPeriod("2023"), asOf: "2023-12-20" }).status).toBe("overdue");
  });
  it("stays no data without a day of the check", () => {
    expect(evaluate(games, null, inPeriod("2023")).status).toBe("no_data");
  });
});

describe("a yes/no statement placed in one year is due by that year's end", () => {
  // (In a plan for 2026 the sentence is read as a yes/no statement, the year its time.)
  const y2026 = inPeriod("2026");
  const goal = "Phấn đấu đến năm 2026, phường Nghĩa Thành được công nhận đạt Tiêu chí quốc gia về y tế";
  it("judges a completion date or month typed against the year's end", () => {
    expect(evaluate(goal, "Hoàn thành ngày 15/11/2026", y2026).status).toBe("met");
    expect(evaluate("đạt chuẩn nông thôn mới nâng cao vào năm 2022", "10/2022", inPeriod("2020-2025")).status).toBe("met");
    expect(evaluate(goal, "20/3/2027", y2026).status).toBe("not_met");
  });
  it("on a given day of the check, an empty or not-done cell is pending up to then and overdue after", () => {
    expect(evaluate(goal, null, { ...y2026, asOf: "2026-06-30" }).status).toBe("pending");
    expect(evaluate(goal, "Chưa đạt", { ...y2026, asOf: "2027-01-15" }).status).toBe("overdue");
  });
  it("without a day of the check, the yes/no answer stands", () => {
    expect(evaluate(goal, "Chưa đạt", y2026).status).toBe("not_met");
    expect(evaluate(goal, null, y2026).status).toBe("no_data");
    expect(evaluate(goal, "Đạt", { ...y2026, asOf: "2027-01-15" }).status).toBe("met");
  });
  it("a span of years, a year counted from or compared with, or two years are no such year", () => {
    expect(statementDue({ text: "đến năm 2026, phường … được công nhận" })).toBe("2026-12-31");
    expect(statementDue({ text: "hoàn thành nhiệm vụ giai đoạn năm 2021–2025" })).toBeNull();
    expect(statementDue({ text: "giữ vững danh hiệu từ năm 2018" })).toBeNull();
    expect(statementDue({ text: "tăng so với năm 2020" })).toBeNull();
    expect(statementDue({ text: "đạt chuẩn năm 2023, kiểu mẫu năm 2025" })).toBeNull();
  });
});

describe("a completion cell naming what happened, then the day", () => {
  const window = "Nhận hồ sơ từ ngày 05/3/2023 đến ngày 20/4/2023";
  it("reads the day after a few words naming the target's own event, and refuses other words", () => {
    expect(evaluate(window, "đã nhận hồ sơ 10/4/2023").status).toBe("met");
    // (Words it does not know are asked about, round 28: the day may still be the one it was done.)
    expect(evaluate(window, "khai trương 10/4/2023").status).toBe("review");
    expect(evaluate(window, "bắt đầu nhận 28/4/2023").status).not.toBe("met");
  });
  it("never reads a day a word says has not come, is planned or only bounds", () => {
    for (const a of ["chưa nhận 10/4/2023", "dự kiến 10/4/2023", "sẽ nhận 10/4/2023", "hoãn đến 10/4/2023", "sau 10/4/2023", "theo kế hoạch 10/4/2023", "quyết định 10/4/2023"]) {
      expect(evaluate(window, a, { asOf: "2023-05-01" }).status, a).not.toBe("met");
    }
  });
  it("judges a window's day before its first day as not met, however long the window", () => {
    expect(evaluate(window, "1/3/2023").status).toBe("not_met");
  });
});

describe("how often, written as times per period or as the time between two times", () => {
  it("asks about '1 lần/2 năm' when the runner-up part '2 năm/lần' meets it and the part read '1 năm/lần' does not", () => {
    const phrase = "Hội thi giáo viên dạy giỏi tổ chức theo chu kỳ: cấp trường 1 năm/lần; cấp huyện 2 năm/lần; cấp tỉnh 3 năm/lần.";
    const v = evaluate(phrase, "1 lần/2 năm", { indicator: "Chu kỳ hội thi giáo viên dạy giỏi các cấp" });
    expect(v.status).toBe("review");
    expect(evaluate(phrase, "1 lần/năm", { indicator: "Chu kỳ hội thi giáo viên dạy giỏi các cấp" }).status).toBe("met");
  });
});

describe("words before a completion day must say the thing was done, or name the target's own event", () => {
  const P = { period: periodFromText("năm học 2025-2026")!, asOf: "2026-06-01" };
  it("refuses a start, a pause, a receipt or a submission for approval as the day it was done (asked about, round 28)", () => {
    for (const a of ["Bắt đầu 10/5", "Tạm dừng từ 10/3", "Đã nhận đơn 20/5", "Trình Sở phê duyệt 25/5", "Gửi Sở thẩm định 12/5", "Khảo sát hiện trạng 02/4"]) {
      expect(evaluate("Hoàn thành trước 30/5/2026", a, P).status, a).toBe("review");
    }
  });
  it("reads done, handed-in and held days, and the target's own event", () => {
    expect(evaluate("Hoàn thành trước 30/5/2026", "Đã hoàn thành ngày 20/5", P).status).toBe("met");
    expect(evaluate("Nộp báo cáo tổng kết trước 30/5/2026", "Đã nộp báo cáo 28/5", P).status).toBe("met");
    expect(evaluate("Tiếp nhận hồ sơ trước 30/5/2026", "Tiếp nhận hồ sơ 25/5", P).status).toBe("met");
  });
});

describe("done before a window's first day", () => {
  it("is not met for an event held or enrolled in, asked otherwise (work may have been finished early)", () => {
    expect(evaluate("Hoàn thành sửa chữa phòng học trong thời gian từ 01/6/2025 đến 31/8/2025", "Xong 28/5/2025").status).toBe("review");
    expect(evaluate("Tổ chức hội thi từ 01/11/2025 đến 20/11/2025", "28/10/2025").status).toBe("not_met");
    expect(evaluate("Từ 01/9/2025 đến 31/12/2025", "Hoàn thành 25/8/2025").status).toBe("review");
    expect(evaluate("Từ 01/9/2025 đến 31/12/2025", "25/8/2025", { indicator: "Tham gia xét tuyển bổ sung" }).status).toBe("not_met");
  });
});

describe("a pause through a day", () => {
  it("is met on resuming the next day (or the weekday after a weekend), not met on resuming days later", () => {
    const P = { asOf: "2026-06-01" };
    expect(evaluate("Cho học sinh nghỉ học đến ngày 10/2/2026", "Đi học lại 11/2/2026", P).status).toBe("met");
    expect(evaluate("Cho học sinh nghỉ học đến ngày 10/2/2026", "Đi học lại 20/2/2026", P).status).toBe("not_met");
    expect(evaluate("Cho học sinh nghỉ học đến ngày 10/2/2026", "20/2/2026", P).status).toBe("not_met");
    // Friday 13/3/2026: back on Monday 16/3 is on time, on Thursday 19/3 late.
    expect(evaluate("Tạm dừng hoạt động dạy thêm đến ngày 13/3/2026", "16/3/2026", P).status).toBe("met");
    expect(evaluate("Tạm dừng hoạt động dạy thêm đến ngày 13/3/2026", "19/3/2026", P).status).toBe("not_met");
  });
});
