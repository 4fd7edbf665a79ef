// Date verdicts (core/rule/judge/dates.ts and evaluate's reconcile): which year a day without one is judged in.
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
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
