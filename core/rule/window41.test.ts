// Round 41 (phrases28): the end of a window written as the end of a month ("đến cuối tháng 8/2031", "kết thúc vào cuối
// tháng 8.2031") closes the window opened by "từ"; and "tháng 8.2031" is a month and its year, no decimal 8,2031.
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a window closed at the end of a month", () => {
  it.each([
    "Hội thao diễn ra từ tháng 4 đến cuối tháng 8/2031",
    "Đợt tập huấn kéo dài từ tháng 4 tới cuối tháng 8-2031",
    "Chiến dịch bắt đầu từ tháng 4 và sẽ kết thúc vào cuối tháng 8.2031",
  ])("%s", (p) => {
    expect(evaluate(p, "15/6/2031").status).toBe("met");
    expect(evaluate(p, "20/3/2031").status).toBe("not_met");
    expect(evaluate(p, "5/9/2031").status).toBe("not_met");
  });
  it("reads 'tháng 8.2031' as a month with its year", () => {
    expect(evaluate("Hoàn thành chậm nhất vào tháng 8.2031", "20/8/2031").status).toBe("met");
    expect(evaluate("Hoàn thành chậm nhất vào tháng 8.2031", "2/9/2031").status).toBe("not_met");
  });
  it("keeps a decimal that follows no 'tháng'", () => {
    expect(evaluate("Chỉ số đạt ít nhất 8.2024 điểm", "9").status).toBe("exceeded");
  });
});
