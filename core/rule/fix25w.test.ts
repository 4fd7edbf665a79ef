// Round 25 (fix25w): fewer confidently wrong verdicts, rules adopted on the evidence of the sixteen design sets
// (docs/measures.md). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a number a rule sets for each one of a kind, with no operator, is asked about off the number", () => {
  it("asks above and below: it may be a floor, a cap or the number exactly", () => {
    const p = "Trường tiểu học có 24 lớp/trường";
    expect(evaluate(p, "20", { indicator: "Quy mô trường tiểu học", unit: "lớp/trường" }).status).toBe("review");
    expect(evaluate(p, "30", { indicator: "Quy mô trường tiểu học", unit: "lớp/trường" }).status).toBe("review");
    const q = "Mỗi tổ dân phố được bố trí 2 tổ viên tổ bảo vệ an ninh.";
    expect(evaluate(q, "3", { indicator: "Tổ viên bảo vệ an ninh mỗi tổ dân phố" }).status).toBe("review");
    expect(evaluate("Trường hạng 2 có 2 phó hiệu trưởng", "1", { indicator: "Số phó hiệu trưởng trường hạng 2" }).status).toBe("review");
  });
  it("meets the number itself", () => {
    expect(evaluate("Trường tiểu học có 24 lớp/trường", "24", { unit: "lớp/trường" }).status).toBe("met");
    expect(evaluate("Mỗi tổ dân phố được bố trí 2 tổ viên tổ bảo vệ an ninh.", "2").status).toBe("met");
  });
  it("leaves a stated operator and a school's own goal as they are", () => {
    expect(evaluate("Mỗi tổ dân phố được bố trí ít nhất 2 tổ viên", "3").status).toBe("exceeded");
    expect(evaluate("Trường phấn đấu có 12 giáo viên dạy giỏi cấp huyện", "14").status).toBe("exceeded");
  });
});

describe("when an event is held: a window, not a deadline by its last day", () => {
  it("reads 'từ tháng … tới tháng …' as 'từ … đến …'", () => {
    const p = "Liên hoan văn nghệ sẽ diễn ra ở các cụm trường từ tháng 3-2031 tới tháng 5-2031";
    expect(evaluate(p, "10/4/2031").status).toBe("met");
    expect(evaluate(p, "10/6/2031").status).toBe("not_met");
  });
  it("asks about a day early in the month or quarter of an event held at its end", () => {
    const p = "Hội thao ngành giáo dục huyện tổ chức vào cuối tháng 10/2031";
    expect(evaluate(p, "25/10/2031").status).toBe("met");
    expect(evaluate(p, "8/10/2031").status).toBe("review");
    expect(evaluate(p, "3/11/2031").status).toBe("not_met");
    const q = "Đại hội Hội Khuyến học tỉnh tổ chức vào cuối quý III/2031";
    expect(evaluate(q, "20/9/2031").status).toBe("met");
    expect(evaluate(q, "20/7/2031").status).toBe("review");
  });
  it("keeps a task finished at the end of a month a deadline", () => {
    expect(evaluate("Hoàn thành sửa chữa phòng học vào cuối tháng 7/2031", "8/7/2031").status).toBe("met");
  });
  it("closes a window a first day opens with how long it lasts", () => {
    const p = "Hội trại bắt đầu từ ngày 12/7/2031 và kéo dài trong 4 ngày";
    expect(evaluate(p, "15/7/2031").status).toBe("met");
    expect(evaluate(p, "16/7/2031").status).toBe("not_met");
  });
});
