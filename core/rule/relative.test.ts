import { describe, expect, it } from "vitest";
import { relativeDeadline, spanResult } from "./relative";

describe("relativeDeadline: a deadline counted in days from an event", () => {
  it("counts from the day the cell itself writes", () => {
    expect(relativeDeadline("Chậm nhất 15 ngày kể từ ngày được giao dự toán (giao ngày 05/01/2024)")).toEqual({ kind: "due", days: 15, base: "2024-01-05", due: "2024-01-20" });
    expect(relativeDeadline("Chậm nhất 10 ngày sau khi nhận ý kiến của Sở (nhận ngày 28/9/2015)")).toMatchObject({ kind: "due", due: "2015-10-08" });
  });
  it("counts from the end of the quarter, month or year the indicator names", () => {
    expect(relativeDeadline("Chậm nhất 15 ngày kể từ ngày kết thúc quý", ["Tình hình thực hiện dự toán quý I/2024"])).toMatchObject({ kind: "due", base: "2024-03-31", due: "2024-04-15" });
    expect(relativeDeadline("Trong 10 ngày sau khi hết tháng", ["Báo cáo tháng 2/2024"])).toMatchObject({ kind: "due", base: "2024-02-29", due: "2024-03-10" });
    expect(relativeDeadline("Chậm nhất 30 ngày kể từ ngày kết thúc năm", ["Quyết toán năm 2023"])).toMatchObject({ kind: "due", due: "2024-01-30" });
  });
  it("counts from a day the row writes after the event's own word", () => {
    expect(relativeDeadline("Trong 15 ngày kể từ ngày được phê duyệt quyết toán", ["Quyết toán ngân sách năm 2023", "Đã phê duyệt ngày 10/3/2024"])).toMatchObject({ kind: "due", base: "2024-03-10", due: "2024-03-25" });
  });
  it("has no day when the sheet writes none for the event (never the year in the name)", () => {
    expect(relativeDeadline("Trong 15 ngày kể từ ngày được phê duyệt quyết toán", ["Quyết toán ngân sách năm 2023", "Chờ phê duyệt quyết toán"])).toEqual({ kind: "noBase", days: 15, event: "được phê duyệt quyết toán" });
    expect(relativeDeadline("Chậm nhất 15 ngày kể từ ngày kết thúc quý", ["Báo cáo tài chính"])).toMatchObject({ kind: "noBase" });
    expect(relativeDeadline("Chậm nhất 10 ngày sau khi HĐND huyện thông qua")).toMatchObject({ kind: "noBase" });
  });
  it("leaves working days unread: the holidays are not known", () => {
    expect(relativeDeadline("Trong 5 ngày làm việc kể từ ngày nhận hồ sơ (nhận ngày 02/01/2024)")).toMatchObject({ kind: "noBase", days: 5 });
  });
  it("reads a span to last, and nothing else", () => {
    expect(relativeDeadline("Ít nhất 30 ngày liên tục kể từ ngày niêm yết")).toEqual({ kind: "span", days: 30 });
    expect(relativeDeadline("Chậm nhất ngày 15/01/2024")).toBeNull();
    expect(relativeDeadline("Tháng 9/2023")).toBeNull();
    expect(relativeDeadline("≤ 15 ngày")).toBeNull();
  });
});

describe("spanResult: a span that must last against the span a result gives", () => {
  it("is pending while a span still short runs, done once it has lasted", () => {
    expect(spanResult("Từ 01/6/2024 đến nay", 30, "2024-06-20")).toEqual({ due: "2024-06-30", done: false });
    expect(spanResult("Từ 01/5/2024 đến nay", 30, "2024-06-20")).toEqual({ due: "2024-05-30", done: "2024-05-30" });
    expect(spanResult("Từ ngày 28/9/2023 đến ngày 27/10/2023", 30, "2024-06-20")).toEqual({ due: "2023-10-27", done: "2023-10-27" });
  });
  it("leaves an ended short span and any other text unread", () => {
    expect(spanResult("Từ 01/5/2024 đến 05/5/2024", 30, "2024-06-20")).toBeNull();
    expect(spanResult("Đã niêm yết", 30, "2024-06-20")).toBeNull();
  });
});

describe("relativeDeadline: no day taken from a look-alike", () => {
  it("reads the end of the school year as no calendar year's end", () => {
    expect(relativeDeadline("Chậm nhất 15 ngày sau khi kết thúc năm học", ["Báo cáo tổng kết năm học", "Kế hoạch năm 2024"])?.kind).toBe("noBase");
    expect(relativeDeadline("Trong 10 ngày kể từ ngày hết năm học", ["Năm 2023"])?.kind).toBe("noBase");
    expect(relativeDeadline("Trong 15 ngày kể từ ngày kết thúc năm tài chính", ["Quyết toán năm 2023"])).toMatchObject({ due: "2024-01-15" });
  });
  it("finds the event's day under its first two words, not one syllable", () => {
    expect(relativeDeadline("Trong 30 ngày kể từ ngày ký quyết định", ["Học kỳ I ngày 15/01/2024"])?.kind).toBe("noBase");
    expect(relativeDeadline("Trong 20 ngày kể từ ngày có kết luận thanh tra", ["Kết quả ngày 25/5/2024"])?.kind).toBe("noBase");
    expect(relativeDeadline("30 ngày sau khai giảng", ["Khai giảng ngày 05/9/2024"])).toMatchObject({ due: "2024-10-05" });
  });
});
