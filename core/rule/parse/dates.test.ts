// Dates in target phrases (core/rule/parse/dates.ts) as the parser reads them: which day of a sentence is the due day.
import { describe, expect, it } from "vitest";
import { parseTarget } from "../parse";
import { periodFromText } from "../../period/period";
import { DATE_WORDS } from "./dates";
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
