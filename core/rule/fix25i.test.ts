// fix25i (issue 10, round 25, the figure side): how a clerk's typed figure is read. Invented phrases and figures, not
// copies of corpus rows: each case pins one general rule and a neighbour that must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, asOf?: string) =>
  evaluate(phrase, actual, { indicator, unit, lang: "vi", ...(asOf ? { asOf } : {}) }).status;

describe("a change typed ('tăng 2 điểm', 'thêm 30 trường') where the target's words speak of change but it was read as a level", () => {
  it("is asked about, not called unreadable (was: invalid)", () => {
    expect(status("điểm chỉ số hài lòng của trường được cải thiện qua từng năm, đạt từ 90 điểm trở lên", "tăng 2 điểm", "Chỉ số hài lòng", "điểm")).toBe("review");
    expect(status("đến năm 2032 có 75 trường được công nhận mới đạt chuẩn quốc gia", "thêm 30 trường", "Số trường đạt chuẩn", "trường")).toBe("review");
    expect(status("nâng tổng số phòng học kiên cố lên 410 phòng", "thêm 25 phòng", "Số phòng học kiên cố", "phòng")).toBe("review");
  });
  it("neighbour: the level itself is still judged; a change typed where nothing in the target changes stays invalid", () => {
    expect(status("điểm chỉ số hài lòng của trường được cải thiện qua từng năm, đạt từ 90 điểm trở lên", "91 điểm", "Chỉ số hài lòng", "điểm")).toBe("exceeded");
    expect(status("duy trì 75 trường đạt chuẩn quốc gia", "thêm 3 trường", "Số trường đạt chuẩn", "trường")).toBe("invalid");
  });
});

describe("a blank checked on a given day, beside a day, month or quarter the reader did not take as the target's due day", () => {
  it("asks whether it is not due yet or late (was: no data)", () => {
    expect(status("công nhận lại trường đạt chuẩn mức độ II với 02 trường vào quý III/2031", "", undefined, undefined, "2031-10-10")).toBe("review");
    expect(status("tổ chức hội thi cho 120 học sinh trong hai ngày 14 và 15/4", "", undefined, undefined, "2031-04-20")).toBe("review");
  });
  it("neighbour: without a day of the check, or with no day in the target, a blank is still no data", () => {
    expect(status("công nhận lại trường đạt chuẩn mức độ II với 02 trường vào quý III/2031", "")).toBe("no_data");
    expect(status("tỷ lệ trẻ 5 tuổi ra lớp đạt 99,5%", "", undefined, undefined, "2031-10-10")).toBe("no_data");
  });
  it("neighbour: a blank under a first day on ('Áp dụng từ ngày 1/9/2031'), once it has come, is still no data (never late)", () => {
    expect(status("Áp dụng mức thu mới từ ngày 1/9/2031", "", undefined, undefined, "2031-10-10")).toBe("no_data");
  });
  it("neighbour: a blank under a due day read is pending or overdue as before", () => {
    expect(status("hoàn thành kiểm định chất lượng trước ngày 30/11/2031", "", undefined, undefined, "2031-12-05")).toBe("overdue");
  });
});
