// Round 46 (deadline46): a scheduled event's day or window that has passed with a blank cell is no data (asked on a
// given day of the check), never overdue
// (nobody failed a task; the clerk has not written when it was held); a duty's one exact day done earlier is asked (the
// words do not say "on" or "by" that day). Invented phrases and cells: events and duties, blanks before and after the
// day, windows, months, days without years in a school year.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../../period/period";
import { evaluate } from "../evaluate";
import { compileFormula } from "../formula";
import { parseTarget } from "../parse";
import { dayKind } from "./dates";

const eventDay = (r: { text?: string; subject?: string }) => dayKind(r) === "event";
const dutyDay = (r: { text?: string; subject?: string }) => dayKind(r) === "duty";

const v = (t: string, a: unknown, asOf?: string, period?: string) =>
  evaluate(t, a as never, { period: period ? periodFromText(period) ?? undefined : undefined, asOf, lang: "vi" }).status;

describe("a scheduled event's day or window", () => {
  it("is no data when it has passed and the cell is blank, and asked on a given day of the check", () => {
    expect(v("Hội nghị cán bộ, viên chức được tổ chức vào ngày 20/10/2025", null)).toBe("no_data");
    expect(v("Kỳ thi học sinh giỏi cấp tỉnh sẽ tổ chức vào ngày 15/3/2026", null)).toBe("no_data");
    expect(v("Tổ chức Hội thi giáo viên dạy giỏi cấp huyện vào ngày 12/11/2025", null, "2025-12-01")).toBe("review");
    expect(v("Kỳ thi tốt nghiệp THPT dự kiến diễn ra từ ngày 26 - 27/6/2025", null, "2025-07-10")).toBe("review");
    expect(v("Thi thử tốt nghiệp THPT vào cuối tháng 4/2026", null, "2026-05-15")).toBe("review");
    expect(v("Học sinh nghỉ hè từ ngày 1/6 đến 31/8", null, "2026-09-10", "2025-2026")).toBe("review");
  });
  it("is pending before it, and judged on the day written", () => {
    expect(v("Tổ chức Hội thi giáo viên dạy giỏi cấp huyện vào ngày 12/11/2025", null, "2025-11-01")).toBe("pending");
    expect(v("Tổ chức Hội thi giáo viên dạy giỏi cấp huyện vào ngày 12/11/2025", "12/11/2025", "2025-12-01")).toBe("met");
    expect(v("Tổ chức Hội thi giáo viên dạy giỏi cấp huyện vào ngày 12/11/2025", "10/11/2025", "2025-12-01")).toBe("not_met");
    expect(v("Tổ chức Hội thi giáo viên dạy giỏi cấp huyện vào ngày 12/11/2025", "18/11/2025", "2025-12-01")).toBe("not_met");
  });
  it("stays overdue when the clerk writes it was not held", () => {
    expect(v("Kỳ thi tốt nghiệp THPT dự kiến diễn ra từ ngày 26 - 27/6/2025", "chưa tổ chức", "2025-07-10")).toBe("overdue");
    expect(v("Kỳ thi tốt nghiệp THPT dự kiến diễn ra từ ngày 26 - 27/6/2025", "chưa báo cáo", "2025-07-10")).toBe("review");
  });
  it("is not a duty's deadline, nor a building", () => {
    // (A duty to hold it by a day, a window to hand something in, a building named "nhà thi đấu": late when blank.)
    expect(v("Tổ chức hội thi trước ngày 30/4/2026", null, "2026-05-10")).toBe("overdue");
    expect(v("Nộp hồ sơ đăng ký dự thi từ ngày 1/4 đến 20/4/2026", null, "2026-05-01")).toBe("overdue");
    expect(v("Khởi công xây dựng nhà thi đấu vào ngày 1/6/2026", null, "2026-07-01")).toBe("overdue");
  });
  it("never becomes overdue for a yearless day in a school year", () => {
    expect(["pending", "no_data"]).toContain(v("Học sinh tựu trường vào ngày 25/8", null, "2025-09-10", "2025-2026"));
    expect(v("Lễ khai giảng năm học mới diễn ra vào ngày 5/9", null, "2026-10-01", "2025-2026")).not.toBe("overdue");
  });
});

describe("a duty's one exact day", () => {
  it("is asked when done before it", () => {
    expect(v("Thành lập Hội đồng tuyển sinh ngày 10/6/2025", "5/6/2025", "2025-07-01")).toBe("review");
    expect(v("Các trường nộp báo cáo tổng kết vào ngày 25/5/2025", "20/5/2025", "2025-06-01")).toBe("review");
    expect(v("Ban hành quy chế chi tiêu nội bộ ngày 15/1/2026", "Hoàn thành 10/1/2026", "2026-02-01")).toBe("review");
  });
  it("is met on the day, late after it, and overdue when blank after it", () => {
    expect(v("Thành lập Hội đồng tuyển sinh ngày 10/6/2025", "10/6/2025", "2025-07-01")).toBe("met");
    expect(v("Thành lập Hội đồng tuyển sinh ngày 10/6/2025", "12/6/2025", "2025-07-01")).toBe("not_met");
    expect(v("Thành lập Hội đồng tuyển sinh ngày 10/6/2025", null, "2025-07-01")).toBe("overdue");
    expect(v("Thành lập Hội đồng tuyển sinh ngày 10/6/2025", null, "2025-06-01")).toBe("pending");
  });
  it("is not asked when the clause names an event too, or another clause names the duty", () => {
    expect(v("Tổ chức lễ khai giảng vào ngày 5/9/2025", "4/9/2025")).toBe("not_met");
    expect(v("hoàn thành hồ sơ xong trước ngày 10/1/2026; tổ chức lễ giao quân vào ngày 4/3/2026", "3/3/2026", "2026-03-10")).toBe("not_met");
  });
});

describe("the words that decide", () => {
  it("read the reading's own clause", () => {
    expect(eventDay({ text: "Kỳ thi học sinh giỏi sẽ tổ chức vào ngày 15/3/2023." })).toBe(true);
    expect(eventDay({ text: "Chi đội trưởng nộp phiếu đăng ký ngày 25/9/2021" })).toBe(false);
    expect(dutyDay({ text: "Chi đội trưởng nộp phiếu đăng ký ngày 25/9/2021" })).toBe(true);
    expect(dutyDay({ text: "nghiên cứu hồ sơ xong trước ngày 13/1/2020; toàn Quân khu giao quân vào ngày 10/2/2020", subject: "toàn Quân khu giao quân" })).toBe(false);
    expect(eventDay({ text: "Hoàn thành chương trình và tổng kết năm học vào ngày 30/5/2026" })).toBe(false);
  });
  it("the formula follows the engine: no data for a passed event, review for a duty done early", () => {
    const ev = parseTarget("Kỳ thi học sinh giỏi cấp tỉnh sẽ tổ chức vào ngày 15/3/2026");
    expect(ev.ok && ev.rule.kind === "deadline" && !ev.rule.alternative).toBe(true);
    const f = ev.ok ? compileFormula(ev.rule, { actual: "B2" }, { asOf: "2026-04-01" }) : null;
    expect(f?.ok && f.formula).toContain('IF(DATE(2026,4,1)>DATE(2026,3,15),"Cần xác nhận","Chưa đến hạn")');
    const h = ev.ok ? compileFormula(ev.rule, { actual: "B2" }) : null;
    expect(h?.ok && h.formula).toContain('IF(TODAY()>DATE(2026,3,15),"Chưa có số liệu","Chưa đến hạn")');
    const du = parseTarget("Thành lập Hội đồng tuyển sinh ngày 10/6/2025");
    const g = du.ok ? compileFormula(du.rule, { actual: "B2" }, { asOf: "2025-07-01" }) : null;
    expect(g?.ok && g.formula).toContain('IF(INT(B2)<DATE(2025,6,10),"Cần xác nhận","Đạt")');
  });
});

// mend46d (review46d B1, S1, S2): the day is an event's only when the clause schedules the event itself; a duty whose
// words mention an exam, a ceremony or a meeting keeps its overdue, and "Tổ chức <activity>" is a duty.
describe("a duty that mentions an event", () => {
  const late = "2026-11-20";
  it("stays overdue when blank after its day (B1)", () => {
    for (const t of [
      "Đăng ký dự thi học sinh giỏi cấp tỉnh từ ngày 01/3/2026 đến ngày 10/3/2026",
      "Lập danh sách học sinh dự thi tốt nghiệp vào ngày 15/4/2026",
      "Nhập điểm thi học kỳ I vào phần mềm từ ngày 05/01/2026 đến ngày 10/01/2026",
      "Bàn giao đề thi cho các điểm thi vào ngày 10/6/2026",
      "Trình kế hoạch tổ chức lễ khai giảng lên Phòng GD&ĐT vào ngày 20/8/2026",
      "Chốt danh sách thí sinh dự thi vào ngày 30/5/2026",
      "Thu hồ sơ dự thi từ ngày 10/4/2026 đến ngày 25/4/2026",
      "Kiện toàn Hội đồng thi tốt nghiệp vào ngày 01/5/2026",
      "Thông báo lịch họp phụ huynh đến toàn thể phụ huynh vào ngày 05/9/2026",
      "Lập biên bản họp xét tốt nghiệp vào ngày 25/5/2026",
      "Xây dựng kế hoạch tổ chức hội thi giáo viên dạy giỏi vào ngày 10/9/2026",
      "Đăng ký tham gia hội thi từ ngày 01/10/2026 đến ngày 10/10/2026",
      "Niêm yết công khai danh sách thí sinh dự thi tại điểm thi vào ngày 02/6/2026",
      "Tiếp nhận hồ sơ đăng ký dự thi tốt nghiệp từ ngày 20/4/2026 đến ngày 30/4/2026",
      "Chuyển kinh phí tổ chức hội thi về các trường vào ngày 01/9/2026",
      "Các trường đăng ký danh sách giáo viên dự thi từ ngày 10/10/2026 đến ngày 15/10/2026",
      "Kiểm tra hồ sơ chuyên môn trước khi tổ chức hội thi vào ngày 15/10/2026",
      "Chuẩn bị cơ sở vật chất cho lễ khai giảng vào ngày 30/8/2026",
      "Tổng hợp kết quả hội khỏe Phù Đổng vào ngày 20/10/2026",
    ]) {
      expect(v(t, null, late), t).toBe("overdue");
      expect(v(t, null), t).toBe("overdue");
    }
    expect(v("Đăng ký dự thi học sinh giỏi cấp tỉnh từ ngày 01/3/2026 đến ngày 10/3/2026", "chưa báo cáo", late)).toBe("overdue");
  });
  it("'Tổ chức <activity>' is a duty, and a finding is not a schedule (S1, S2)", () => {
    for (const t of [
      "Các trường tổ chức rà soát hồ sơ phổ cập giáo dục vào ngày 15/10/2026",
      "Tổ chức kiểm tra nội bộ trường học từ ngày 01/10/2026 đến ngày 15/10/2026",
      "Tổ chức cho học sinh đăng ký nguyện vọng tuyển sinh lớp 10 từ ngày 01/4/2026 đến ngày 20/4/2026",
      "Các trường tổ chức cho học sinh đăng ký dự thi vào ngày 20/3/2026",
      "Tổ chức tập huấn cho 100% giáo viên vào ngày 15/8/2026",
      "Tổ chức họp Hội đồng trường để thông qua quy chế chi tiêu nội bộ vào ngày 10/1/2026",
      "Tổ chức Đại hội chi đoàn vào ngày 20/10/2026",
      "Chấm thi học kỳ II từ ngày 10/5/2026 đến ngày 15/5/2026",
      "Kỳ thi tuyển sinh đã được tổ chức vào ngày 05/6/2026",
    ]) expect(v(t, null, late), t).toBe("overdue");
    expect(v("Tổ chức xét tốt nghiệp THCS từ ngày 01/6 đến ngày 05/6", null, "2026-06-10", "2025-2026")).toBe("overdue");
  });
  it("while the event itself, led by its noun or by 'Tổ chức', is still asked", () => {
    for (const t of [
      "Kỳ thi tuyển sinh lớp 10 sẽ tổ chức vào ngày 05/6/2026",
      "Tổ chức kỳ thi chọn học sinh giỏi cấp trường vào ngày 15/3/2026",
      "Sở GD&ĐT thông tin tổ chức kỳ thi tuyển sinh lớp 10 dự kiến vào ngày 28/5/2026",
      "Dự kiến tổ chức hội thi giáo viên dạy giỏi vào ngày 12/11/2026",
      "Hội khỏe Phù Đổng cấp trường diễn ra từ ngày 02/11/2026 đến ngày 06/11/2026",
      "Lễ tổng kết năm học tổ chức vào ngày 25/5/2026",
    ]) expect(v(t, null, late), t).toBe("review");
    expect(v("Học sinh tựu trường vào ngày 25/8/2026", null, late)).toBe("review");
  });
});
