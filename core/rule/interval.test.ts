// An interval between meetings ("ba tháng một lần") against figures typed per period or per span ("1 lần/6 tháng").
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a meeting every few months", () => {
  // "ba tháng một lần" was "≥ 1 lần (hay: ≤ 3 tháng)": twice a year exceeded it, once in six months met it.
  it("reads an interval one named period long as once each period", () => {
    expect(parseTarget("Ban đại diện họp định kỳ ba tháng một lần")).toMatchObject({ ok: true, rule: { kind: "frequency", op: ">=", count: 1, period: "quarter" } });
    expect(parseTarget("Ban đại diện họp định kỳ ba tháng một lần")).not.toHaveProperty("runnerUp");
  });
  it.each([
    ["1 lần/quý", "met"],
    ["1 lần/3 tháng", "met"],
    ["1 lần/6 tháng", "not_met"],
    ["2 lần/năm", "not_met"],
  ])("judges %j against 'ba tháng một lần' as %s", (actual, status) => {
    expect(evaluate("Ban đại diện họp định kỳ ba tháng một lần", actual).status).toBe(status);
  });
  it.each([
    ["1 lần/6 tháng", "met"],
    ["2 lần/năm", "met"],
    ["1 lần/năm", "not_met"],
  ])("judges %j against the interval 'sáu tháng một lần' as %s", (actual, status) => {
    expect(evaluate("kiểm tra sức khỏe sáu tháng một lần", actual).status).toBe(status);
  });
});
