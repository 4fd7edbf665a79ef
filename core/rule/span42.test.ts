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
    expect(run("Tiêm bổ sung từ 5 - 7/8/2024", "6/8/2024").status).toBe("met");
    expect(run("Tiêm bổ sung từ 5 - 7/8/2024", "9/8/2024").status).toBe("not_met");
    // After a bare "từ", which opens any range ("từ 8 - 9/10 ý kiến"), a close with no year is no date (rereview42a N1).
    expect(run("Tiêm bổ sung từ 5 - 7/8", "9/8/2024").status).not.toBe("not_met");
  });
  it("reads a span opened by a day with its own month", () => {
    const v = run("Đợt 2 gieo sạ từ 25/10- 3/11/2024, tập trung ở vùng ven sông", "1/11/2024");
    expect(v.status).toBe("met");
    expect(v.canonical).toContain("03/11/2024");
  });
  it("keeps a share after a bare 'từ' with no year: 'từ 8 - 9/10 ý kiến', 'từ 2/3 - 3/4 tổng số trường' (rereview42a N1)", () => {
    expect(run("Có từ 8 - 9/10 ý kiến hài lòng", null).status).toBe("no_data");
    expect(run("Phấn đấu từ 2/3 - 3/4 tổng số trường đạt chuẩn", null).status).not.toBe("overdue");
  });
  it("keeps a share written after a bare number that no 'ngày' or 'từ' opens", () => {
    expect(run("Có 1 - 2/3 số lớp học đạt chuẩn", "2/3").canonical ?? "").not.toContain("/2024");
  });
});

// Round 42 (phrases29b, after review42a): "từ" opens any range, so a closing day/month that counts a whole ("số …", a
// noun, "điểm", "trở lên") is a share, and a close before its open is no window. Every phrase here is invented.
describe("a share band opened by 'từ' is no window of days", () => {
  const asOf = (phrase: string) => evaluate(phrase, null, { period: periodFromText("Năm 2025") ?? undefined, asOf: "2025-12-10" }).status;
  it("never reads a blank share band as overdue", () => {
    for (const p of ["Từ 7 - 8/10 trẻ biết tự phục vụ", "Đạt từ 1/4 - 1/2 số trường có thư viện xanh", "Tỷ lệ đạt từ 2/5 đến 3/5 số xã", "Học sinh đạt từ 6 - 7/10 điểm trở lên"]) {
      expect(asOf(p)).not.toBe("overdue");
      expect(evaluate(p, null, { period: periodFromText("Năm 2025") ?? undefined }).canonical ?? "").not.toContain("/2025");
    }
  });
  it("judges a share below the band", () => {
    expect(run("Từ 7 - 8/10 trẻ biết tự phục vụ", "6/10", "2025").status).toBe("not_met");
    expect(run("Duy trì từ 3 - 4/6 số tổ đạt xuất sắc", "2/6", "2025").status).toBe("not_met");
  });
  it("reads no window whose close falls before its open", () => {
    expect(run("Phấn đấu từ 1/5 - 1/4 số lớp", "22%", "2025").canonical ?? "").not.toContain("/2025");
  });
  it("keeps a window of days with persons named after it", () => {
    expect(run("Từ 18/11 - 22/11 giáo viên dự giờ chéo", "20/11/2025", "2025").status).toBe("met");
  });
});
