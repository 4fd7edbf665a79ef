// Round 42 (phrases29): a span of days whose closing day/month comes after a dash ("ngày 1 - 2/12", "từ 3 - 4/12",
// "từ 16/10- 2/11") is a window, however small the closing day is beside its month ("2/12" alone would be a share).
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const run = (phrase: string, actual: string | null, period = "2024") => evaluate(phrase, actual, { period: periodFromText(period) ?? undefined });

describe("a day/month closing a span of days after a dash is a date", () => {
  it("reads 'ngày D - D/M' with spaces around the dash as a window", () => {
    expect(run("Hội thi cấp trường diễn ra trong 2 ngày 1 - 2/11", "2/11/2024").status).toBe("met");
    expect(run("Hội thi cấp trường diễn ra trong 2 ngày 1 - 2/11", "4/11/2024").status).toBe("not_met");
    expect(run("Hội thi cấp trường diễn ra trong 2 ngày 1 - 2/11", "2/11/2024").canonical).toContain("01/11/2024");
  });
  it("reads 'ngày D-D/M' with no spaces, and after 'từ' or 'vào ngày'", () => {
    expect(run("Kiểm tra giữa kỳ vào ngày 3-4/10", "5/10/2024").status).toBe("not_met");
    expect(run("Kiểm tra giữa kỳ vào ngày 3-4/10", "3/10/2024").status).toBe("met");
    expect(run("Tiêm bổ sung từ 5 - 7/8", "6/8/2024").status).toBe("met");
    expect(run("Tiêm bổ sung từ 5 - 7/8", "9/8/2024").status).toBe("not_met");
  });
  it("reads a span opened by a day with its own month", () => {
    const v = run("Đợt 2 gieo sạ từ 25/10- 3/11, tập trung ở vùng ven sông", "1/11/2024");
    expect(v.status).toBe("met");
    expect(v.canonical).toContain("03/11/2024");
  });
  it("keeps a share written after a bare number that no 'ngày' or 'từ' opens", () => {
    expect(run("Có 1 - 2/3 số lớp học đạt chuẩn", "2/3").canonical ?? "").not.toContain("/2024");
  });
});
