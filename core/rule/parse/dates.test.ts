// Dates in target phrases (core/rule/parse/dates.ts) as the parser reads them: which day of a sentence is the due day.
import { describe, expect, it } from "vitest";
import { parseTarget } from "../parse";
import { periodFromText } from "../../period/period";

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
