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

describe("several times in one named period", () => {
  // "khám sức khỏe 1 năm 2 lần" was "≥ 1 năm", and a figure typed per year was then judged as a span of years.
  it.each([
    ["2 lần/năm", "met"],
    ["1 lần/năm", "not_met"],
    ["1 lần/6 tháng", "met"],
  ])("judges %j against 'cân đo 1 năm 2 lần' as %s", (actual, status) => {
    expect(evaluate("trẻ được cân đo 1 năm 2 lần", actual).status).toBe(status);
  });
  it("judges no figure per year as a span against a duration to reach", () => {
    expect(evaluate("thời gian công tác ít nhất 1 năm", "2 lần/năm").status).not.toBe("not_met");
  });
});

describe("a range of a count per period", () => {
  // "mỗi tuần từ 16 đến 18 tiết" was "≥ 18 tiết/tuần" with 16 ignored: 17 was called short and 20 exceeded.
  it.each([
    ["số giờ dạy mỗi tuần từ 16 đến 18 tiết", "17"],
    ["mỗi tháng tổ chức 2-3 buổi sinh hoạt chuyên môn", "2"],
  ])("reads %j as a band, never a floor at its upper end", (phrase, inside) => {
    const r = parseTarget(phrase);
    expect(r).toMatchObject({ ok: true, rule: { kind: "range" } });
    expect(evaluate(phrase, inside).status).toBe("met");
  });
  it("never calls a count above the band of a period 'exceeded' with its lower end ignored", () => {
    expect(evaluate("từ 16 đến 18 tiết/tuần", "20").status).not.toBe("exceeded");
    expect(evaluate("mỗi năm tuyển từ 2 đến 3 giáo viên", "4").status).not.toBe("exceeded");
  });
});

describe("two-syllable nouns of things counted", () => {
  // "4/5 tiêu chuẩn" was explained as "4/5 tiêu": the noun cut at its first syllable.
  it.each([
    ["Đạt 4/5 tiêu chuẩn kiểm định chất lượng", "3/5", "tiêu chuẩn"],
    ["hoàn thành 8 nhiệm vụ trọng tâm", "7", "nhiệm vụ"],
  ])("names the noun of %j whole", (phrase, actual, noun) => {
    expect(evaluate(phrase, actual).explanation).toContain(`1 ${noun}`);
  });
});
