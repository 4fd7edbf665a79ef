// fix19b (issue 10): limits, bands, changes, counts, number words.
// Invented phrases, not copies of corpus rows: each case pins one general rule.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, baseline?: string) =>
  evaluate(phrase, actual, { indicator, unit, baseline, lang: "vi" }).status;

describe("digits and a number word restating each other in brackets share the unit after them", () => {
  it("'Mười (10) ngày làm việc' is working days, so a processing time: at most", () => {
    const p = "Mười (10) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ";
    expect(status(p, "8 ngày làm việc", "Thời hạn giải quyết hồ sơ", "ngày làm việc")).toBe("met");
    expect(status(p, "12 ngày làm việc", "Thời hạn giải quyết hồ sơ", "ngày làm việc")).toBe("not_met");
  });
  it("'tối đa 04 (bốn) lớp' reads the count noun after the bracket", () => {
    const r = evaluate("mỗi khối được bố trí tối đa 04 (bốn) lớp", "4 lớp", { unit: "lớp", lang: "vi" });
    expect(r.status).toBe("met");
    expect(r.canonical).toContain("lớp");
  });
});

describe("a time allowed for a task named with a comma after the verb is a ceiling", () => {
  it("'thời gian cấp, gia hạn giấy phép trong 5 ngày' bounds from above", () => {
    const p = "rút ngắn thời gian cấp, gia hạn giấy phép trong 5 ngày";
    expect(status(p, "4 ngày", "Thời gian cấp, gia hạn giấy phép", "ngày")).toBe("met");
    expect(status(p, "20 ngày", "Thời gian cấp, gia hạn giấy phép", "ngày")).toBe("not_met");
  });
});

describe("what a rule permits ('được có', 'được phép thành lập') is a cap, or exactly that", () => {
  const p = "Mỗi huyện được có 2 trung tâm giáo dục thường xuyên";
  it("more than permitted falls short; the number itself is met; fewer reads two ways", () => {
    expect(status(p, "2 trung tâm", undefined, "trung tâm")).toBe("met");
    expect(status(p, "3 trung tâm", undefined, "trung tâm")).toBe("not_met");
    expect(status(p, "1 trung tâm", undefined, "trung tâm")).toBe("review");
  });
});

describe("a bare figure under a unit column counting things is no figure of a threshold counting persons", () => {
  it("'0' under 'phòng' against '< 300 học sinh' is asked about", () => {
    const p = "Trường hợp trường có dưới 300 học sinh thì được bố trí một phòng thư viện";
    expect(status(p, "0", "Số phòng thư viện của trường dưới 300 học sinh", "phòng")).toBe("review");
  });
  it("a bare figure under a persons column against persons is still judged", () => {
    expect(status("mỗi trường có không quá 3 phó hiệu trưởng", "2", undefined, "người")).toBe("met");
  });
});

describe("a band a plan reaches with nothing saying whether above it is good: above it is asked about", () => {
  it("'đạt khoảng 6% - 8%' (a weak 'đạt' states no side): above the band reads two ways", () => {
    const p = "tốc độ tăng năng suất lao động đạt khoảng 6% - 8%";
    expect(status(p, "7%", undefined, "%")).toBe("met");
    expect(status(p, "4%", undefined, "%")).toBe("not_met");
    expect(status(p, "9,5%", undefined, "%")).toBe("review");
  });
  it("a rate restating the band ('tương ứng 60% …') does not displace the band's other reading under a column of amounts", () => {
    const p = "phấn đấu đạt thu nhập bình quân từ 50-55 triệu đồng, tương ứng 60% mức bình quân của tỉnh";
    expect(status(p, "52 triệu đồng", undefined, "triệu đồng/người/năm")).toBe("met");
    expect(status(p, "60 triệu đồng", undefined, "triệu đồng/người/năm")).toBe("review");
  });
});
