// Dates in target phrases (core/rule/parse/dates.ts) as the parser reads them: which day of a sentence is the due day.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { OPEN_END } from "../open-end";
import { parseTarget } from "../parse";
import { periodFromText } from "../../period/period";
import { DATE_WORDS } from "./dates";
import { weekDue } from "../../table/target";
import { prepare } from "./text";
import { tokenize } from "./tokens";

function ruleOf(phrase: string, period?: string) {
  const p = parseTarget(phrase, period ? { period: periodFromText(period)! } : {});
  if (!p.ok) throw new Error(p.error.message.en);
  return p.rule;
}

describe("the day the figures are counted at is context, the time limit is the due day", () => {
  it("reads 'thời hạn gửi báo cáo là 15/1' as the due day, not 'thời điểm báo cáo là 31/12'", () => {
    expect(ruleOf("Thời điểm báo cáo là 31/12; thời hạn gửi báo cáo là 15/1 hàng năm", "2024-2025")).toMatchObject({ kind: "deadline", due: "2025-01-15" });
  });
  it("does so with a comma between the two days as well", () => {
    expect(ruleOf("Kỳ báo cáo cuối năm học, thời điểm báo cáo là 31/5, thời hạn gửi báo cáo là 30/6 hàng năm", "2024-2025")).toMatchObject({ kind: "deadline", due: "2025-06-30" });
  });
  it("keeps an event's time ('thời điểm tổ chức') a day to read", () => {
    expect(ruleOf("Thời điểm tổ chức: ngày 20/11/2025")).toMatchObject({ kind: "deadline", due: "2025-11-20" });
  });
});

describe("a day named the time limit is due by then, not on that day only", () => {
  it("'17h ngày 28/7 là hạn cuối' is met by a day earlier", () => {
    const r = ruleOf("17h ngày 28/7 là hạn cuối để thí sinh đăng ký nguyện vọng", "2025");
    expect(r).toMatchObject({ kind: "deadline", due: "2025-07-28" });
    expect((r as { start?: string }).start).toBeUndefined();
  });
  it("an appointment with no such word stays one exact day", () => {
    expect(ruleOf("Lễ khai giảng lúc 7 giờ 30 ngày 5/9/2025")).toMatchObject({ kind: "deadline", due: "2025-09-05", start: "2025-09-05" });
  });
  it("'hạn chế' is no time limit", () => {
    const r = ruleOf("hạn chế tổ chức hoạt động vào ngày 20/11/2025");
    expect(r).toMatchObject({ kind: "deadline", start: "2025-11-20" });
  });
});

describe("a list of days whose last names the month is a window over them", () => {
  it("'vào các ngày 18, 19, 20-7-2020' is from the 18th to the 20th", () => {
    expect(ruleOf("Thi tuyển sinh vào lớp 10 năm học 2020-2021 vào các ngày 18, 19, 20-7-2020", "2020-2021")).toMatchObject({ kind: "deadline", start: "2020-07-18", due: "2020-07-20" });
  });
  it("'các ngày 26, 27, 28, 29/6/2024' is from the 26th to the 29th, no day of it a figure", () => {
    const r = ruleOf("Kỳ thi được tổ chức vào các ngày 26, 27, 28, 29/6/2024.");
    expect(r).toMatchObject({ kind: "deadline", start: "2024-06-26", due: "2024-06-29" });
    expect((r as { alternative?: unknown }).alternative).toBeUndefined();
  });
  it("'ngày 11 và 12/6' takes its year from the period", () => {
    expect(ruleOf("thi vào ngày 11 và 12/6", "2024-2025")).toMatchObject({ kind: "deadline", start: "2025-06-11", due: "2025-06-12" });
  });
  it("days not rising ('ngày 20, 3/6') are no list", () => {
    expect(ruleOf("ngày 20, 3/6", "2024-2025")).not.toMatchObject({ start: "2025-06-20" });
  });
  it("days glued by commas ('vào ngày 14,15,16/3/2023') are a window too, not a number", () => {
    expect(ruleOf("Hội khỏe phù đổng cấp trường vào ngày 14,15,16/3/2023", "2022-2023")).toMatchObject({ kind: "deadline", start: "2023-03-14", due: "2023-03-16" });
    expect(ruleOf("kiểm tra cuối kỳ các ngày 7,8/5/2024")).toMatchObject({ kind: "deadline", start: "2024-05-07", due: "2024-05-08" });
  });
  it("a decimal before a fraction stays a number ('2,5/10 điểm')", () => {
    expect(tokenize(prepare("đạt 2,5/10 điểm")).tokens.map((t) => t.w)).toContain("2,5");
  });
  it("'vào ngày 09 và 10 tháng 4 năm 2022' is a window over the two days, not a deadline on the last", () => {
    expect(ruleOf("Hội thi sẽ diễn ra vào ngày 09 và 10 tháng 4 năm 2022", "2021-2022")).toMatchObject({ kind: "deadline", start: "2022-04-09", due: "2022-04-10" });
  });
});

describe("a window opened by a day and closed by a month", () => {
  it("'Từ 01/9 đến tháng 12/2025' runs from 1 September to the month's last day, not the share 1/9", () => {
    expect(ruleOf("Từ 01/9 đến tháng 12/2025", "2025")).toMatchObject({ kind: "deadline", start: "2025-09-01", due: "2025-12-31" });
  });
  it("a share after 'từ' with no date closing it stays a share", () => {
    expect(ruleOf("tăng từ 1/9 lên 3/9 số trường")).not.toMatchObject({ kind: "deadline" });
  });
});

describe("date words are lexicon words", () => {
  // findDates looks up only words the lexicon knows; a date word it lacked would never open a date.
  it("tokenizes every word a date may start with as a known word", () => {
    for (const w of DATE_WORDS) expect(tokenize(prepare(w)).tokens[0]?.known, w).toBe(true);
  });
});

describe("event days, opening days and windows (round 14)", () => {
  const ev = (phrase: string, actual: string | null, opts: { period?: string; indicator?: string; asOf?: string } = {}) =>
    evaluate(phrase, actual, { period: opts.period ? periodFromText(opts.period)! : undefined, indicator: opts.indicator, asOf: opts.asOf, lang: "vi" });

  it("reads a day that only opens ('áp dụng từ ngày D') as a first day, the one day itself the runner-up", () => {
    expect(ruleOf("Chế độ mới áp dụng từ ngày 1/3/2024")).toMatchObject({ kind: "deadline", start: "2024-03-01", due: OPEN_END });
    expect(ev("Chế độ mới áp dụng từ ngày 1/3/2024", "15/2/2024").status).toBe("not_met");
    expect(ev("Chế độ mới áp dụng từ ngày 1/3/2024", "1/3/2024").status).toBe("met");
    expect(ev("Chế độ mới áp dụng từ ngày 1/3/2024", "10/3/2024").status).toBe("review");
  });
  it("gives a day restating an earliest bound ('sớm nhất …, tức là từ ngày D') that bound", () => {
    expect(ev("Học sinh lớp 6 đến trường sớm nhất trước 10 ngày, tức là từ ngày 25/8", "30/8/2024", { period: "2024-2025" }).status).toBe("met");
    expect(ev("Học sinh lớp 6 đến trường sớm nhất trước 10 ngày, tức là từ ngày 25/8", "20/8/2024", { period: "2024-2025" }).status).toBe("not_met");
  });
  it("reads 'Từ 14h00, ngày D' as that day: the 'từ' opens the hours", () => {
    for (const [a, s] of [["12/10/2024", "met"], ["11/10/2024", "not_met"], ["13/10/2024", "not_met"]]) expect(ev("Từ 14h00, ngày 12/10/2024: Hội nghị sơ kết học kỳ", a).status).toBe(s);
  });
  it("reads a day named with 'ngày' and no deadline word as the day it happens on", () => {
    expect(ev("Tổng kết năm học ngày 25/5/2025", "24/5/2025").status).toBe("not_met");
    expect(ev("Tổng kết năm học ngày 25/5/2025", "25/5/2025").status).toBe("met");
  });
  it("still reads 'ngày D: Hạn cuối …' as due by that day", () => {
    expect(ev("Ngày 15/3/2025: Hạn cuối nộp hồ sơ dự thi", "10/3/2025").status).toBe("met");
  });
  it("reads two opening days as two parts, never one window, so a day between them is asked about", () => {
    const p = "Khối 6 nhập học từ ngày 3/9/2024, khối 7 từ ngày 6/9/2024";
    expect(ev(p, "4/9/2024").status).toBe("review");
    expect(ev(p, "1/9/2024").status).toBe("not_met");
    expect(ev(p, "7/9/2024").status).toBe("met");
  });
  it("never reads a window that would end before it starts", () => {
    const v = ev("Nhận hồ sơ sớm nhất vào ngày 10/9/2024. Riêng lớp 10, nhận hồ sơ sớm nhất từ ngày 1/9/2024", "5/9/2024");
    expect(v.status).toBe("review");
    expect(v.canonical).not.toMatch(/hạn chót 01\/09/u);
  });
  it("keeps an opening day and the day closing it one window among other dated parts", () => {
    const p = "Hội thao diễn ra từ ngày 10-15/5/2025, khai mạc vào ngày 11/5/2025";
    expect(ev(p, "11/5/2025").status).toBe("met");
    expect(ev(p, "16/5/2025").status).toBe("not_met");
  });
  it("asks about a day any of several exact-day parts judges otherwise, not only the first and the last", () => {
    expect(ev("Khối 1 nhập học ngày 20/8/2024, khối 2 ngày 27/8/2024 và khai giảng ngày 5/9/2024", "27/8/2024").status).toBe("review");
  });
  it("reads a task handed in or finished 'ngày …' as due by that day, an event as that exact day", () => {
    const o = { asOf: "2025-06-01" };
    expect(evaluate("Nộp báo cáo tổng kết năm học về Phòng ngày 20/5/2025", "Đã nộp ngày 18/5/2025", o).status).toBe("met");
    expect(evaluate("Hoàn thành kiểm kê tài sản ngày 20/5/2025", "18/5/2025", o).status).toBe("met");
    expect(evaluate("Gửi hồ sơ thi đua về Sở ngày 20/5/2025", "21/5/2025", o).status).toBe("not_met");
    expect(evaluate("Tổ chức lễ tổng kết năm học ngày 25/5/2025", "24/5/2025", o).status).toBe("not_met");
    expect(evaluate("Công bố kết quả thi ngày 24/5/2025", "23/5/2025", o).status).toBe("not_met");
  });
  it("never makes a blank overdue from a first day on ('Áp dụng từ ngày 1/9'), whatever its exact-day reading says", () => {
    expect(evaluate("Áp dụng từ ngày 1/9/2025", "", { asOf: "2025-09-10" }).status).toBe("no_data");
    expect(evaluate("Thực hiện từ ngày 15/10/2025", "", { asOf: "2025-11-10" }).status).toBe("no_data");
    expect(evaluate("Thực hiện từ ngày 15/10/2025", "", { asOf: "2025-10-01" }).status).toBe("pending");
  });
  it("keeps a task to finish in a span of years due at its end, not a yes/no statement failed before it ends", () => {
    const o = { asOf: "2023-05-01" };
    expect(evaluate("Hoàn thành sáp nhập các điểm trường lẻ giai đoạn 2021-2025 theo lộ trình của tỉnh", "Chưa hoàn thành", o).status).toBe("pending");
    expect(evaluate("Giai đoạn 2021-2025, các trường phải hoàn thành kiểm định chất lượng giáo dục", "Chưa hoàn thành", o).status).toBe("pending");
    expect(evaluate("Giai đoạn 2021-2025, các trường phải hoàn thành kiểm định chất lượng giáo dục", "Chưa hoàn thành", { asOf: "2026-02-01" }).status).toBe("overdue");
  });
  it("lets a weekday stand between 'từ'/'đến hết' and the day", () => {
    const p = "Học sinh nghỉ từ thứ Hai ngày 3/2/2025 đến hết thứ Sáu ngày 7/2/2025";
    expect(ev(p, "5/2/2025").status).toBe("met");
    expect(ev(p, "8/2/2025").status).toBe("not_met");
    expect(ev(p, "2/2/2025").status).toBe("not_met");
  });
  it("reads 'từ ngày 10 đến hết 20/6/2025' as one window", () => {
    // A day before a window with no event word is asked since the review (rv15 #3: early work or a missed round).
    expect(ev("Nộp đơn từ ngày 10 đến hết 20/6/2025", "9/6/2025").status).toBe("review");
    expect(ev("Nộp đơn từ ngày 10 đến hết 20/6/2025", "20/6/2025").status).toBe("met");
  });
  it("picks the step of a chain of due days the indicator names", () => {
    const p = "rà soát hồ sơ xong trước ngày 15-01-2025; phê duyệt danh sách xong trước ngày 10-02-2025; công bố kết quả vào ngày 20-02-2025";
    expect(ev(p, "9/2/2025", { indicator: "Phê duyệt danh sách", period: "2025" }).status).toBe("met");
    expect(ev(p, "10/2/2025", { indicator: "Phê duyệt danh sách", period: "2025" }).status).toBe("not_met");
  });
  it("asks about a day when the indicator names every part, and judges it when the indicator names one", () => {
    const p = "Kết thúc học kỳ I trước ngày 16/1/2025, hoàn thành chương trình học kỳ II trước ngày 25/5/2025 và kết thúc năm học trước ngày 31/5/2025";
    expect(ev(p, "28/5/2025", { indicator: "Học kỳ I, học kỳ II, kết thúc năm học" }).status).toBe("review");
    expect(ev(p, "28/5/2025", { indicator: "Kết thúc năm học" }).status).toBe("met");
  });
  it("reads a task over the plan period itself as a yes/no statement, not a deadline at the period's end", () => {
    const p = "giai đoạn 2026-2030, nhà trường phải xây dựng và triển khai chương trình giáo dục STEM";
    expect(ev(p, "Chưa xây dựng", { period: "2026-2030" }).status).toBe("not_met");
    expect(ev(p, null, { period: "2026-2030" }).status).toBe("no_data");
  });
  it("says a blank is no data once an open first day has come, and counts the days until it before", () => {
    const p = "Tựu trường sớm nhất từ ngày 1/3/2024";
    expect(ev(p, null, { asOf: "2024-04-01" }).status).toBe("no_data");
    const v = ev(p, null, { asOf: "2024-02-20" });
    expect(v.status).toBe("pending");
    expect(v.explanation).toMatch(/còn 10 ngày/u);
  });
});

describe("date forms of round 15: spans of days, the coming day, weekdays after an hour, a limit named far back", () => {
  it("reads 'D1-D2/M/YYYY' as a window from the first day to the second", () => {
    expect(ruleOf("các chi đoàn ra quân dọn vệ sinh ngày 12-14/03/2022")).toMatchObject({ kind: "deadline", start: "2022-03-12", due: "2022-03-14" });
    expect(evaluate("trong 3 ngày 12-14/03/2022, các chi đoàn ra quân dọn vệ sinh", "11/3/2022").status).toBe("not_met");
  });
  it("reads 'từ ngày D1-D2/M' as a window in the period's year, not the D2-th month", () => {
    expect(ruleOf("từ ngày 3-9/5 là đợt kiểm tra an toàn giao thông", "2019")).toMatchObject({ kind: "deadline", start: "2019-05-03", due: "2019-05-09" });
  });
  it("never reads a span of days whose close is a share", () => {
    expect(ruleOf("đạt 1-2/3 số trường").kind).not.toBe("deadline");
  });
  it("reads 'từ D/M tới' (the coming day) as a first day", () => {
    expect(ruleOf("cho học sinh đi học trực tiếp từ 6/12 tới", "2021-2022")).toMatchObject({ kind: "deadline", start: "2021-12-06" });
  });
  it("reads 'chậm nhất từ D/M' as due by that day", () => {
    const r = ruleOf("các trường cho học sinh nghỉ hè chậm nhất từ 3/6", "2022-2023");
    expect(r).toMatchObject({ kind: "deadline", due: "2023-06-03" });
    expect((r as { start?: string }).start).toBeUndefined();
  });
  it("reads an hour, part of the day and weekday before 'ngày' as that one day", () => {
    expect(ruleOf("họp phụ huynh lúc 8h sáng thứ năm ngày 14/11/2024")).toMatchObject({ kind: "deadline", due: "2024-11-14", start: "2024-11-14" });
    expect(ruleOf("ra quân lúc 6h sáng chủ nhật ngày 3/3/2024")).toMatchObject({ kind: "deadline", due: "2024-03-03", start: "2024-03-03" });
  });
  it("reads 'Hạn …' opening a long clause as the due day of the 'vào ngày' it ends with", () => {
    const r = ruleOf("Hạn gửi bản đăng ký tham gia hội thi sáng tạo kỹ thuật của các đơn vị trực thuộc vào ngày 15/10/2023");
    expect(r).toMatchObject({ kind: "deadline", due: "2023-10-15" });
    expect((r as { start?: string }).start).toBeUndefined();
  });
  it("asks about a day before 'nộp … vào ngày D' (the day handed in on, or due by)", () => {
    const phrase = "các đơn vị nộp sản phẩm dự thi về Ban tổ chức vào ngày 20/4/2023";
    expect(evaluate(phrase, "18/4/2023").status).toBe("review");
    expect(evaluate(phrase, "20/4/2023").status).toBe("met");
    expect(evaluate(phrase, "22/4/2023").status).toBe("not_met");
  });
  it("keeps an event 'vào ngày D' one exact day", () => {
    expect(evaluate("tổ chức hội thi vào ngày 20/4/2023", "18/4/2023").status).toBe("not_met");
  });
});

describe("a pause through a day ('nghỉ … đến ngày D') is not a deadline: what it pauses resumes after it", () => {
  const pause = "các trường tạm hoãn hoạt động ngoại khóa đến ngày 15/11/2022";
  it("meets the day after D and never meets a day before it; after the review (rv15 #6), a resumption later than the next weekday is late", () => {
    expect(evaluate(pause, "16/11/2022").status).toBe("met");
    // Before the pause's window with no event word: asked (rv15 #3), never met.
    expect(evaluate(pause, "12/11/2022").status).toBe("review");
    expect(evaluate(pause, "17/11/2022").status).toBe("not_met");
  });
  it("asks about D itself (the day after it, or the day itself)", () => {
    expect(evaluate(pause, "15/11/2022").status).toBe("review");
  });
  it("keeps a window opened by 'từ' a window", () => {
    expect(ruleOf("học sinh nghỉ Tết từ ngày 20/1/2023 đến ngày 29/1/2023")).toMatchObject({ kind: "deadline", start: "2023-01-20", due: "2023-01-29" });
  });
  it("keeps a task done 'đến ngày D' due by D", () => {
    expect(ruleOf("các trường hoàn thành báo cáo đến ngày 15/11/2022")).toMatchObject({ kind: "deadline", due: "2022-11-15" });
  });
});

describe("a window of days beside figures of another kind, and days of the lunar calendar", () => {
  it("judges a date typed by a window of days written beside a count ('Vòng 2 tại 3 điểm thi, từ ngày D1 đến D2')", () => {
    const phrase = "Vòng 2 tại 3 điểm thi (theo cụm trường), thi đấu từ ngày 5/3 đến 28/4/2023";
    expect(evaluate(phrase, "10/4/2023").status).toBe("met");
    expect(evaluate(phrase, "2/3/2023").status).toBe("not_met");
  });
  it("never reads a lunar day ('23 tháng Chạp', 'mùng 8 tháng Giêng') as a count of months", () => {
    const r = ruleOf("Nghỉ từ 14/1-5/2/2024 (tức 23 tháng Chạp đến mùng 8 tháng Giêng)", "2023-2024");
    expect(r).toMatchObject({ kind: "deadline", start: "2024-01-14", due: "2024-02-05" });
    expect(JSON.stringify(r)).not.toContain("tháng\"}");
  });
});

describe("hours and minutes written together are one measure", () => {
  it("reads 'không quá 1 giờ 30 phút' as at most 1,5 giờ, not 1 giờ", () => {
    expect(ruleOf("thời gian làm bài không quá 1 giờ 30 phút")).toMatchObject({ kind: "compare", op: "<=", value: 1.5 });
    expect(evaluate("thời gian làm bài không quá 1 giờ 30 phút", "80 phút").status).toBe("met");
  });
  it("never folds a figure counting something else after the hours ('8 giờ 5 ngày/tuần')", () => {
    expect(ruleOf("làm việc 8 giờ 5 ngày/tuần")).toMatchObject({ value: 8 });
  });
});

describe("numbers before a month, quarter or year name its days, weeks or rounds, never a span of it (issue 10)", () => {
  it("reads 'tuần 4, 5 tháng 3/2024 (từ 18/3 đến 29/3)' as the window in brackets, not '≥ 5 tháng'", () => {
    const r = ruleOf("Tuần 4, 5 tháng 3/2024 (từ 18/3 đến 29/3)", "2023-2024");
    expect(r).toMatchObject({ kind: "deadline", start: "2024-03-18", due: "2024-03-29" });
    expect(r.alternative).toBeUndefined();
  });
  it("lends the month's year to its days written without one, with no period known", () => {
    expect(ruleOf("Tuần 1 tháng 11/2025 (từ 3/11 đến 8/11)")).toMatchObject({ kind: "deadline", start: "2025-11-03", due: "2025-11-08" });
    expect(ruleOf("Đợt 3 tháng 4 năm 2026, từ 6/4 đến 17/4")).toMatchObject({ kind: "deadline", start: "2026-04-06", due: "2026-04-17" });
  });
  it("lends no year to a day of another month", () => {
    expect(ruleOf("Tuần 1 tháng 11/2025, nộp trước 20/12")).toMatchObject({ kind: "deadline" });
    expect(JSON.stringify(ruleOf("Tuần 1 tháng 11/2025, nộp trước 20/12"))).not.toContain("2025-12");
  });
  it("reads weeks of a month alone as due by the latest end of the last week (as the sheet reads one week)", () => {
    // 1 March 2024 is a Friday: counted from the first Monday, week 2 ends on Sunday 17 March (weekDue's latest end).
    expect(ruleOf("tuần 1, 2 tháng 3/2024")).toMatchObject({ kind: "deadline", due: weekDue("tuần 2 tháng 3/2024")![1] });
    expect(ruleOf("hoàn thành tuần 2 tháng 03 năm 2024")).toMatchObject({ kind: "deadline", due: "2024-03-17" });
  });
  it("reads days and rounds before a month as dates", () => {
    expect(ruleOf("tập huấn ngày 14, 15 tháng 8/2025")).toMatchObject({ kind: "deadline", due: "2025-08-15" });
    expect(ruleOf("kiểm tra đợt 2 tháng 12/2025")).toMatchObject({ kind: "deadline", due: "2025-12-31" });
    expect(ruleOf("lần 2 quý III/2025")).toMatchObject({ kind: "deadline", due: "2025-09-30" });
  });
  it("keeps a span of months a span", () => {
    expect(ruleOf("trong 6 tháng")).toMatchObject({ kind: "compare", value: 6 });
    expect(ruleOf("bồi dưỡng tối thiểu 2 tháng")).toMatchObject({ kind: "compare", value: 2 });
  });
});
