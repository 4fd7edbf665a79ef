// fix23r (issue 10, round 23): refusals turned into verdicts, each class adopted on evidence across the sixteen design
// sets. Invented phrases and figures, not copies of corpus rows: each case pins one general rule and a neighbour that
// must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { sameDay } from "./parse/same-day";
import { readCell } from "../number/cell";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string) =>
  evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;

describe("a same-day turnaround is a limit of no whole working day; the next working day is the case apart", () => {
  const p = "Trả kết quả ngay trong ngày nhận đơn; đơn nộp sau 16 giờ thì trả trong ngày làm việc tiếp theo";
  const ind = "Thời hạn trả kết quả xác nhận hộ tịch";
  it("the same day meets it, two working days do not (was: unreadable, only an hour of day)", () => {
    expect(status(p, "trong ngày", ind, "ngày làm việc")).toBe("met");
    expect(status(p, "0", ind, "ngày làm việc")).toBe("met");
    expect(status(p, "2 ngày làm việc", ind, "ngày làm việc")).toBe("not_met");
  });
  it("one working day is asked about: it is the late request's limit, not the same day's", () => {
    expect(status(p, "1 ngày làm việc", ind, "ngày làm việc")).toBe("review");
  });
  it("words between the day and its receipt ('trong ngày phòng một cửa tiếp nhận') name who receives it", () => {
    expect(sameDay("giải quyết ngay trong ngày phòng một cửa tiếp nhận hồ sơ")?.[0]).toMatchObject({ op: "<=", value: 0 });
  });
  it("neighbours: the next working day alone, or a figure of days, is not a same-day turnaround", () => {
    expect(sameDay("trả kết quả trong ngày làm việc tiếp theo kể từ khi nhận hồ sơ")).toBeNull();
    expect(sameDay("trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ")).toBeNull();
    expect(status("trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ", "2 ngày làm việc", ind, "ngày làm việc")).toBe("met");
  });
  it("a cell 'trong ngày' reads as no whole day waited; 'trong ngày 5/3' stays a date", () => {
    expect(readCell("Giải quyết trong ngày")).toMatchObject({ kind: "number", value: 0 });
    expect(readCell("trong ngày 5/3/2025").kind).not.toBe("number");
  });
});
