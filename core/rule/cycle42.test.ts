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

// Round 42 (phrases29b, after review42a): the cap is the cycle's own length only; a time given in or per a cycle, a
// span of use or warranty (longer is better) and a span with a day, a month or a year after "trước" keep their
// readings. Every phrase and figure here is invented.
describe("a cycle caps only its own length", () => {
  it("never caps a time given in or per a cycle", () => {
    for (const [p, a] of [["Trong chu kỳ 2021-2025, mỗi giáo viên được bồi dưỡng 5 ngày", "6 ngày"], ["Mỗi chu kỳ, học sinh được học trải nghiệm thực tế 3 ngày", "4 ngày"], ["Trong một chu kỳ 5 năm, mỗi giáo viên hoàn thành 40 giờ bồi dưỡng", "45 giờ"]]) {
      expect(status(p, a)).not.toBe("not_met");
    }
    expect(status("Trong một chu kỳ 5 năm, mỗi giáo viên hoàn thành 40 giờ bồi dưỡng", "30 giờ")).not.toBe("exceeded");
  });
  it("reads an indicator only when it is the cycle", () => {
    expect(status("40", "45", "Số giờ bồi dưỡng mỗi giáo viên trong chu kỳ 5 năm", "giờ")).toBe("exceeded");
    expect(status("5", "6", "Thời gian tập huấn giáo viên trong chu kỳ", "ngày")).toBe("exceeded");
    expect(status("3", "4", "Số ngày học tập thực tế mỗi chu kỳ", "ngày")).toBe("exceeded");
  });
  it("leaves spans where longer is better uncapped", () => {
    expect(status("4", "5", "Chu kỳ sử dụng bàn ghế học sinh", "năm")).not.toBe("not_met");
    expect(status("12", "14", "Chu kỳ khai thác rừng keo", "năm")).not.toBe("not_met");
    expect(status("Chu kỳ khai thác rừng trồng gỗ lớn là 12 năm", "14 năm")).not.toBe("not_met");
    expect(status("18", "24", "Thời hạn bảo hành máy chiếu", "tháng")).not.toBe("not_met");
    expect(status("60", "70", "Thời gian trong ngày trẻ chơi ngoài trời", "phút")).not.toBe("not_met");
  });
});

describe("a span with a day, a month or a year after 'trước' is still the time allowed", () => {
  it("keeps the cap before a date, a month or a year", () => {
    expect(status("Thời hạn hoàn thành công trình 24 tháng trước ngày 30/6/2027", "20 tháng")).toBe("met");
    expect(status("Thời hạn triển khai đề án là 18 tháng trước năm 2028", "15 tháng")).toBe("met");
    expect(status("Thời hạn lắp đặt 2 tháng trước tháng 9", "3 tháng")).toBe("not_met");
  });
  it("keeps the cap when a comma stands before 'trước'", () => {
    expect(status("Thời hạn hoàn thành là 2 năm, trước năm 2030", "1 năm")).toBe("met");
    expect(status("Thời hạn cải tạo thư viện: 5 tháng, trước mùa mưa", "7 tháng")).toBe("not_met");
    expect(status("Thời hạn thi công 10 tháng, trước khi khai giảng", "8 tháng")).toBe("met");
  });
  it("reads 'trước tiên' (first of all) as no event", () => {
    expect(status("Thời hạn xử lý 7 ngày trước tiên với hồ sơ trực tuyến", "9 ngày")).toBe("not_met");
  });
});

// rereview42a N2, N3: a span before a bare day or a quarter is the time allowed; a cycle caps only its own length in
// months or years, never the hours or days of work done in one.
describe("time allowed before a day, and a cycle's own length (round 42 mend)", () => {
  const ev = (t: string, a: string, indicator?: string, unit?: string) => evaluate(t, a, { asOf: "2025-12-10", indicator, unit }).status;
  it.each([
    ["Thời hạn thực hiện 9 tháng trước 30/6/2026", "8 tháng"],
    ["Thời hạn hoàn thành công trình 18 tháng trước quý III/2027", "16 tháng"],
    ["Thời hạn xây dựng 12 tháng trước 2027", "10 tháng"],
  ])("%s is at most", (t, a) => expect(ev(t, a)).toBe("met"));
  it.each([
    ["Chu kỳ bồi dưỡng của cán bộ quản lý là 100 giờ", "110 giờ", undefined, undefined],
    ["90", "110", "Chu kỳ bồi dưỡng thường xuyên cán bộ quản lý", "giờ"],
    ["5", "6", "Chu kỳ tập huấn kỹ năng trong năm", "ngày"],
  ])("%s is no cap", (t, a, i, u) => expect(ev(t, a, i, u)).not.toBe("not_met"));
  it("a cycle in months is still a most", () => expect(ev("24", "30", "Chu kỳ kiểm tra định kỳ", "tháng")).toBe("not_met"));
});
