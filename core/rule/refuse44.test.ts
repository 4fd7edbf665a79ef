// Round 44 (refuse44): a day set for something to be held (one exact day, or a window whose words name an event) that
// has passed with the cell blank, and no day of the check given, is no data: nothing recorded does not say it was not
// held. A deadline's blank past due stays overdue, a day of the check given keeps the blank not done, and a cell that
// says "chưa …" stays not done. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { compileFormula } from "./formula";
import { parseTarget } from "./parse";
import { STATUS } from "./verdict";

const status = (phrase: string, actual: string | null, asOf?: string) => evaluate(phrase, actual, asOf ? { asOf } : {}).status;

describe("an event's day past with the cell blank", () => {
  it("is no data with no day of the check given", () => {
    for (const p of [
      "Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.",
      "Lễ khai giảng năm học mới diễn ra vào ngày 5/9/2022",
      "Kỳ thi chọn học sinh giỏi lớp 9 dự kiến diễn ra từ ngày 8 đến 10/3/2023.",
      "Học sinh lớp 1 tựu trường vào ngày 28/8/2020",
      "Hội thi giáo viên dạy giỏi cấp trường tổ chức từ 14/11/2019 đến 18/11/2019",
    ]) expect(status(p, null), p).toBe("no_data");
  });
  it("is pending before the day and overdue after it when the check is made on a given day", () => {
    expect(status("Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.", null, "2021-03-01")).toBe("pending");
    expect(status("Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.", null, "2021-03-20")).toBe("overdue");
    expect(status("Lễ tổng kết năm học sẽ diễn ra vào ngày 20/12/2040", null)).toBe("pending");
  });
  it("still judges a day written in the cell, and a cell saying it has not been held", () => {
    expect(status("Kỳ thi chọn học sinh giỏi lớp 9 dự kiến diễn ra từ ngày 8 đến 10/3/2023.", "9/3/2023")).toBe("met");
    expect(status("Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.", "15/3/2021")).toBe("not_met");
    expect(status("Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.", "Chưa tổ chức")).toBe("overdue");
  });
  it("leaves deadlines and windows of work overdue when blank past due", () => {
    expect(status("Các trường nộp báo cáo tổng kết trước ngày 15/6/2022", null)).toBe("overdue");
    expect(status("Hoàn thành cập nhật dữ liệu chậm nhất ngày 30/9/2021", null)).toBe("overdue");
    expect(status("Hạn nộp hồ sơ xét tuyển vào ngày 20/7/2022", null)).toBe("overdue");
    expect(status("Thời gian nộp học phí: từ 02/11/2020 đến 15/11/2020", null)).toBe("overdue");
  });
  it("leaves a first day on ('từ ngày …', 'sớm nhất') as it was: never late", () => {
    expect(status("Chương trình được triển khai từ ngày 1/10/2021", null)).toBe("no_data");
  });
  it("writes the same rule into the formula: no data past the day only where no day of the check is given", () => {
    const r = parseTarget("Hội khỏe Phù Đổng cấp huyện sẽ tổ chức vào ngày 12/3/2021.");
    if (!r.ok || r.rule.kind !== "deadline") throw Error("not a deadline");
    const noData = STATUS.no_data.vi;
    const today = compileFormula(r.rule, { actual: "E5" }, {});
    expect(today.ok && today.formula.includes(noData) && today.formula.includes("TODAY()")).toBe(true);
    const cellAsOf = compileFormula(r.rule, { actual: "E5", asOf: "$B$1" }, {});
    expect(cellAsOf.ok && cellAsOf.formula.includes("ISNUMBER($B$1)")).toBe(true);
    const fixed = compileFormula(r.rule, { actual: "E5" }, { asOf: "2021-03-20" });
    const plain = compileFormula({ kind: "deadline", due: "2021-03-12" }, { actual: "E5" }, {});
    // (The fixed day and a plain deadline keep "overdue" for a blank; no data only for the words "no figure yet".)
    for (const f of [fixed, plain]) expect(f.ok && f.formula.includes(STATUS.overdue.vi)).toBe(true);
  });
});
