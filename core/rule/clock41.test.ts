// Round 41 (phrases28): an hour written as a clock ("0h15", "7h30") or a span of such hours ("0h-0h15", "8h - 10h30",
// "13h đến 14h") is a time of day, never a figure of the target. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit }).status;

describe("clock times beside a duration or a count are not figures", () => {
  it("reads the duration, not the hour the show starts", () => {
    for (const p of ["Màn trình diễn ánh sáng kéo dài 20 phút từ 21h-21h20", "Lễ chào cờ diễn ra trong 20 phút, từ 7h đến 7h20", "Buổi sinh hoạt dưới cờ 20 phút (6h45 - 7h05)"]) {
      expect(status(p, "12 phút", "Thời lượng", "phút"), p).toBe("not_met");
      expect(status(p, "20 phút", "Thời lượng", "phút"), p).toBe("met");
    }
  });
  it("reads the count beside a span of hours", () => {
    expect(status("Câu lạc bộ mở 4 buổi mỗi tuần, 8h - 10h30", "2 buổi", "Số buổi mỗi tuần", "buổi")).toBe("not_met");
    expect(status("Mỗi ca trực có 3 giáo viên, từ 11h30 đến 13h30", "3", "Số giáo viên trực")).toBe("met");
  });
  it("keeps a bare hour as a bound, and a clock before a day as that day", () => {
    expect(status("Không tổ chức văn nghệ quá 22h", "23 giờ", undefined, "giờ")).toBe("not_met");
    expect(status("Tập trung học sinh lúc 7h30 ngày 5/9/2031", "5/9/2031")).toBe("met");
  });
});
