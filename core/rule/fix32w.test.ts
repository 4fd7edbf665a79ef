// Round 32 (fix32w): confidently wrong verdicts read from holdout23 (spent) and the other design sets, asked about
// where the reading may be what is wrong (docs/measures.md). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../period/period";
import { evaluate } from "./evaluate";

describe("a bare span framed as a limit ('trong vòng', 'thời hạn', 'chu kỳ') asks about a shorter span typed", () => {
  it("asks where the span as a most is met and as a span to fill is short", () => {
    const p = "Hồ sơ bổ sung được nộp trong vòng 15 ngày kể từ ngày nhận thông báo.";
    expect(evaluate(p, "9 ngày").status).toBe("review");
    expect(evaluate(p, "9 ngày").explanation).toContain("tối đa");
    // (Round 42: a cycle is a most, firmly, as "thời hạn" is: five hand-decided rows over holdout23, 26 and 29 call a
    // shorter cycle met; core/rule/cycle42.test.ts.)
    expect(evaluate("Chu kỳ bảo dưỡng máy phát điện của trường là 18 tháng.", "12 tháng").status).toBe("met");
    expect(evaluate("Thời hạn giải quyết đơn là 7 ngày.", "5 ngày").status).toBe("met"); // (already read as a most)
  });
  it("judges the figure itself, a span framed otherwise and a span with its own operator as before", () => {
    const p = "Hồ sơ bổ sung được nộp trong vòng 15 ngày kể từ ngày nhận thông báo.";
    expect(evaluate(p, "15 ngày").status).toBe("met");
    expect(evaluate("Học sinh được nghỉ giữa giờ 20 phút.", "10 phút").status).toBe("not_met");
    expect(evaluate("Thời hạn tập huấn tối thiểu 6 tháng.", "4 tháng").status).toBe("not_met");
  });
});

describe("'nửa cuối năm', 'nửa đầu tháng' are a time, not half of a thing (a reader bug)", () => {
  it("reads 'vào nửa cuối năm 2027' as a deadline, with no count '0,5 cuối'", () => {
    const p = "Nhà đa năng của trường đưa vào sử dụng vào nửa cuối năm 2027";
    expect(evaluate(p, "chưa sử dụng", { asOf: "2028-02-01" }).status).toBe("overdue");
    expect(evaluate(p, "chưa sử dụng", { asOf: "2028-02-01" }).canonical).not.toContain("0,5");
    expect(evaluate("giảm một nửa số hộ nghèo", "giảm 60%").status).not.toBe("invalid");
  });
});

describe("a bare '100%' of a rate read as a cap from words beside it is all of it: '≤ 100%' says nothing", () => {
  const opts = (indicator: string, period: string) => ({ indicator, unit: "%", period: periodFromText(period) ?? undefined });
  it("judges '90%' short of '100% xe buýt … chạy bằng điện' and of '100% tuyên truyền … phòng, tránh đuối nước'", () => {
    const p = "Phấn đấu chậm nhất đến năm 2030, 100% xe buýt của tỉnh chạy bằng điện, góp phần giảm phát thải.";
    expect(evaluate(p, "90%", opts("Tỷ lệ xe buýt chạy bằng điện năm 2030", "2030")).status).toBe("not_met");
    expect(evaluate(p, "100%", opts("Tỷ lệ xe buýt chạy bằng điện năm 2030", "2030")).status).toBe("met");
    const q = "100% tuyên truyền cho trẻ phòng, tránh đuối nước.";
    expect(evaluate(q, "95%", opts("Tỷ lệ trẻ được tuyên truyền phòng, tránh đuối nước", "2024-2025")).status).toBe("not_met");
  });
  it("keeps a cap written as such ('không vượt quá 100% dự toán')", () => {
    const p = "Tỷ lệ chi thường xuyên không vượt quá 100% dự toán";
    expect(evaluate(p, "95%", opts("Tỷ lệ chi thường xuyên so với dự toán", "2025")).status).toBe("met");
    expect(evaluate(p, "104%", opts("Tỷ lệ chi thường xuyên so với dự toán", "2025")).status).toBe("not_met");
    expect(evaluate("≤ 100%", "95%").status).toBe("met");
    expect(evaluate("at most 100%", "95%").status).toBe("met");
  });
});
