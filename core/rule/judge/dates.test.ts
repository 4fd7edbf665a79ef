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
