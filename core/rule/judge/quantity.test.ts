// The one plausibility rule (core/rule/judge/quantity.ts implausibleFigure) the judges and evaluate share.
import { describe, expect, it } from "vitest";
import { readCell } from "../../number/cell";
import { evaluate } from "../evaluate";
import { implausibleFigure } from "./quantity";
import { timesPer } from "./numeric";
import { formulaReads } from "../formula";

describe("implausibleFigure", () => {
  it("calls negative numbers, rates above 100% and n/d with n > d or d = 0 implausible", () => {
    for (const s of ["-3", "120%", "30/28", "3/0"]) expect(implausibleFigure(readCell(s)), s).toBe(true);
  });
  it("leaves plausible figures and plain numbers above 1 (a scale question, not a bad figure)", () => {
    for (const s of ["3", "98%", "26/28", "105"]) expect(implausibleFigure(readCell(s)), s).toBe(false);
  });
  it("keeps such a figure invalid even where the target was read only in part", () => {
    expect(evaluate("1,17 triệu đồng/người/tháng và 15kg gạo/người/tháng", "30/28").status).toBe("invalid");
  });
});

describe("a count per period against a count target", () => {
  const weigh = "Theo dõi biểu đồ tăng trưởng: trẻ dưới 24 tháng tuổi được cân ít nhất 1 lần";
  it("is asked about when the target counts over no period, or another one", () => {
    const v = evaluate(weigh, "1 lần/quý");
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("quý");
    expect(evaluate("định mức tiết dạy là 23 tiết", "23 tiết/tháng", { unit: "tiết/tuần" }).status).toBe("review");
    // (A frequency converts periods itself: 1 lần/tháng is 12 lần/năm.)
    expect(evaluate("tổ chức ít nhất 12 lần/năm", "1 lần/tháng").status).toBe("met");
  });
  it("is judged when the unit column names the same period", () => {
    expect(evaluate(weigh, "1 lần/tháng", { unit: "lần/tháng" }).status).toBe("met");
    expect(evaluate(weigh, "1 lần/quý", { unit: "lần/tháng" }).status).toBe("review");
  });
  it("is judged as before when the figure names no period", () => {
    expect(evaluate(weigh, "2 lần").status).toBe("exceeded");
  });
});

describe("a rate typed for a count's zero target", () => {
  it("is zero exactly when the count is: 0% meets 'không có học sinh bỏ học', 0,1% does not, and says so as a rate", () => {
    expect(evaluate("không có học sinh tiểu học bỏ học", "0%", { unit: "học sinh" }).status).toBe("met");
    const v = evaluate("không có học sinh tiểu học bỏ học", "0,1%", { unit: "học sinh" });
    expect(v.status).toBe("not_met");
    expect(v.explanation).toContain("0,1%");
  });
  it("stays invalid when negative", () => {
    expect(evaluate("không có học sinh tiểu học bỏ học", "-1%", { unit: "học sinh" }).status).toBe("invalid");
  });
});

describe("a figure in the target's unit with a trailing 'per …' left unsaid", () => {
  it("reads '6 giờ/ngày' against 'giờ/ngày/giáo viên' as that unit", () => {
    expect(evaluate("Dạy trên lớp đủ 6 giờ/ngày/01 giáo viên", "6 giờ/ngày").status).toBe("met");
    expect(evaluate("Dạy trên lớp đủ 6 giờ/ngày/01 giáo viên", "5 giờ/ngày").status).toBe("not_met");
  });
  it("still refuses a unit that is no such prefix", () => {
    expect(evaluate("Dạy trên lớp đủ 6 giờ/ngày/01 giáo viên", "6 m2").status).not.toBe("met");
  });
});

describe("a frequency typed in words", () => {
  it("reads 'mỗi ngày 1 lần', '1 lần mỗi tháng' as times per period", () => {
    expect(evaluate("uống sữa tươi mỗi ngày một lần", "mỗi ngày 1 lần").status).toBe("met");
    expect(evaluate("họp thường kỳ mỗi tháng một lần", "1 lần mỗi quý").status).toBe("not_met");
  });
  it("leaves words that are no frequency alone", () => {
    expect(timesPer("3 giờ mỗi ngày")).toBe("3 giờ mỗi ngày");
    expect(timesPer("2 giờ 30 phút")).toBe("2 giờ 30 phút");
  });
  // "2 năm 1 lần" was unread (invalid) and "3 tháng một lần" read as 3 times: an interval, once in a span of periods.
  it.each([
    ["2 năm 1 lần", "1 lần/2 năm"],
    ["2 tuần 1 lần", "1 lần/2 tuần"],
    ["3 tháng một lần", "1 lần/3 tháng"],
    ["6 tháng 1 lần", "1 lần/6 tháng"],
    ["1 năm 2 lần", "2 lần/1 năm"],
  ])("reads the interval %j as %j", (text, want) => {
    expect(timesPer(text)).toBe(want);
  });
  it("judges an interval against a target per period", () => {
    expect(evaluate("Hằng tuần hấp khăn hoặc luộc khăn một lần", "2 tuần 1 lần").status).toBe("not_met");
    expect(evaluate("khám sức khỏe ít nhất 1 năm 1 lần", "2 năm 1 lần").status).toBe("not_met");
    expect(evaluate("họp thường kỳ mỗi tháng một lần", "3 tháng một lần").status).toBe("not_met");
    expect(evaluate("kiểm tra ít nhất 2 lần/năm", "6 tháng 1 lần").status).toBe("met");
    expect(evaluate("khám sức khỏe 1 lần/năm", "1 năm 2 lần").status).toBe("exceeded");
  });
  it("says no formula reads them (the host writes the engine's verdict)", () => {
    expect(formulaReads({ kind: "frequency", op: ">=", count: 1, period: "month" }, "1 lần mỗi quý")).toBe(false);
  });
});
