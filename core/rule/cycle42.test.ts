// Round 42 (phrases29): a cycle ("chu kỳ") or a time limit ("thời gian giới hạn") stated as a span of time is the
// longest gap or time allowed, so at most that span, as "thời hạn" already was. A bare figure typed under a ĐVT of time
// takes that unit for the same reading. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit }).status;

describe("a cycle is the longest gap allowed before the act comes round again", () => {
  it("reads a cycle named before its span as at most that span", () => {
    expect(status("Chu kỳ bảo dưỡng thang máy của trường là 6 tháng", "4 tháng")).toBe("met");
    expect(status("Chu kỳ bảo dưỡng thang máy của trường là 6 tháng", "9 tháng")).toBe("not_met");
    expect(status("Chu kỳ đánh giá lại: 24 tháng kể từ ngày cấp chứng nhận", "30 tháng")).toBe("not_met");
    expect(status("Chu kỳ đánh giá lại: 24 tháng kể từ ngày cấp chứng nhận", "18 tháng")).toBe("met");
    expect(status("thì chu kỳ kiểm tra phòng cháy đầu tiên sẽ là 12 tháng", "14 tháng")).toBe("not_met");
  });
  it("reads a cycle the indicator names the same way", () => {
    const ind = "Chu kỳ kiểm tra thiết bị phòng thí nghiệm";
    expect(status("Thiết bị phòng thí nghiệm được kiểm tra 2 năm", "3 năm", ind, "năm")).toBe("not_met");
    expect(status("Thiết bị phòng thí nghiệm được kiểm tra 2 năm", "1 năm", ind, "năm")).toBe("met");
  });
  it("reads a bare figure under a ĐVT of time by the indicator's cycle or time allowed", () => {
    expect(status("06", "4 tháng", "Chu kỳ thay thế bình chữa cháy", "tháng")).toBe("met");
    expect(status("06", "8 tháng", "Chu kỳ thay thế bình chữa cháy", "tháng")).toBe("not_met");
    expect(status("20", "25 ngày", "Thời hạn giải quyết đơn đề nghị", "ngày")).toBe("not_met");
  });
  it("leaves a span the indicator does not cap a least", () => {
    expect(status("12", "14 ngày", "Số ngày nghỉ phép năm của giáo viên", "ngày")).toBe("exceeded");
  });
});

describe("a time limit is the longest time allowed", () => {
  it("reads 'thời gian giới hạn' as at most", () => {
    expect(status("Thời gian giới hạn của cự ly 10 km là 2 giờ", "1 giờ 50 phút")).toBe("met");
    expect(status("Thời gian giới hạn của cự ly 10 km là 2 giờ", "2 giờ 15 phút")).toBe("not_met");
    expect(status("Bài thi trắc nghiệm có thời gian giới hạn 45 phút", "50 phút")).toBe("not_met");
  });
});

describe("a span before an event is how early to act, not a time allowed", () => {
  it("never reads 'thời hạn … là N ngày trước khi …' as at most N days", () => {
    for (const p of ["Thời hạn chót nộp đơn là 7 ngày trước khi khai giảng", "Hạn cuối đăng ký dự thi: 10 ngày trước ngày thi", "Thời hạn báo cáo là 3 tuần trước kỳ họp"]) {
      const v = evaluate(p, "20 ngày", {});
      expect(v.canonical ?? "").not.toContain("≤");
      expect(v.status).not.toBe("not_met");
    }
    expect(status("Thời hạn chót nộp đơn là 7 ngày trước khi khai giảng", "2 ngày")).not.toBe("met");
  });
  it("keeps 'trước đây' (formerly) out of it", () => {
    expect(evaluate("Thời hạn giải quyết là 15 ngày, trước đây là 20 ngày", "12 ngày", {}).canonical).toContain("≤ 15");
  });
});
