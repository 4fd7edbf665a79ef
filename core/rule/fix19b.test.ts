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

describe("a sanction right after a figure's clause makes the clause a condition to avoid, with or without 'nếu'", () => {
  const p = "Học viên nghỉ học quá 05 buổi sẽ không được dự thi cuối khóa";
  it("at or under the figure is met, over it is not", () => {
    expect(status(p, "5 buổi", undefined, "buổi")).toBe("met");
    expect(status(p, "3 buổi", undefined, "buổi")).toBe("met");
    expect(status(p, "7 buổi", undefined, "buổi")).toBe("not_met");
  });
  it("'sẽ bị' without 'nếu' too", () => {
    expect(status("Cơ sở có trên 3 lần vi phạm sẽ bị đình chỉ hoạt động", "4 lần", undefined, "lần")).toBe("not_met");
    expect(status("Cơ sở có trên 3 lần vi phạm sẽ bị đình chỉ hoạt động", "2 lần", undefined, "lần")).toBe("met");
  });
});

describe("a relative fall of a rate written per a round base ('n/100.000') is judged, not refused as too small", () => {
  it("'giảm … ít nhất 5%/năm' from 4/100.000 to 3,7/100.000 is a 7,5% fall", () => {
    const p = "giảm tỷ suất tử vong do đuối nước ít nhất 5%/năm";
    expect(status(p, "3,7/100.000 trẻ em", undefined, "%/năm", "4/100.000 trẻ em")).toBe("exceeded");
    expect(status(p, "3,9/100.000 trẻ em", undefined, "%/năm", "4/100.000 trẻ em")).toBe("not_met");
  });
});

describe("a signed rate of change: 'không giảm quá N%' under an indicator naming the change rate", () => {
  const p = "Tỷ lệ biến động số học viên so với năm trước không giảm quá 20%";
  const ind = "Tỷ lệ biến động số học viên so với năm trước";
  it("a fall within the cap, a rise, and a fall past it", () => {
    expect(status(p, "-15%", ind, "%")).toBe("exceeded");
    expect(status(p, "-20%", ind, "%")).toBe("met");
    expect(status(p, "8%", ind, "%")).toBe("exceeded");
    expect(status(p, "-25%", ind, "%")).toBe("not_met");
  });
  it("a fall typed in words is a negative rate", () => {
    expect(status(p, "giảm 15%", ind, "%")).toBe("exceeded");
    expect(status(p, "giảm 25%", ind, "%")).toBe("not_met");
  });
});

describe("a per-part of two words the lexicon does not know is read whole", () => {
  it("'đồng/ý kiến' is not cut to 'đồng/ý'", () => {
    const p = "Chi viết nhận xét phản biện: tối đa 300.000 đồng/ý kiến";
    expect(status(p, "250.000 đồng/ý kiến", undefined, "đồng/ý kiến")).toBe("met");
    expect(status(p, "350.000 đồng/ý kiến", undefined, "đồng/ý kiến")).toBe("not_met");
  });
});

describe("a cap on a change ('tăng không quá N%', 'không giảm quá N%') is no floor on it", () => {
  const p = "mức thu năm học mới tăng không quá 10% so với năm học trước";
  it("a rise typed within the cap is met, past it is not", () => {
    expect(status(p, "tăng 8%", undefined, "%")).toBe("met");
    expect(status(p, "tăng 12%", undefined, "%")).toBe("not_met");
  });
  it("a level alone says no change: asked about", () => {
    expect(status(p, "45%", undefined, "%")).toBe("review");
  });
  it("'không giảm quá 5%' reads the same way, and its canonical text reads back", () => {
    const q = "số lớp không giảm quá 5% so với năm trước";
    expect(status(q, "giảm 3%", undefined, "%")).toBe("met");
    expect(status(q, "giảm 7%", undefined, "%")).toBe("not_met");
    const r = evaluate(q, "giảm 3%", { unit: "%", lang: "vi" });
    expect(status(r.canonical!, "giảm 3%", undefined, "%")).toBe("met");
    expect(status(r.canonical!, "giảm 7%", undefined, "%")).toBe("not_met");
  });
  it("an amount added ('kéo dài thêm không quá 3 ngày') is still the amount", () => {
    expect(status("thời hạn được kéo dài thêm không quá 3 ngày làm việc", "2 ngày làm việc", undefined, "ngày làm việc")).toBe("met");
  });
});

describe("rv19b: a signed rate of change set as a fall, with a figure typed without a sign", () => {
  const ind = "Tỷ lệ biến động số học sinh";
  it("'6%' against 'giảm 5%' is a rise or a 6% fall: asked about, never 'not met' alone", () => {
    expect(status("Tỷ lệ biến động số học sinh giảm 5%", "6%", ind, "%")).toBe("review");
    expect(status("Tỷ lệ biến động số học sinh giảm ít nhất 2%", "3%", ind, "%")).toBe("review");
  });
  it("'35%' against 'không giảm quá 30%' reads two ways; a sign or a verb decides", () => {
    const p = "Tỷ lệ biến động quy mô lớp học không giảm quá 30%";
    expect(status(p, "35%", ind, "%")).toBe("review");
    expect(status(p, "+35%", ind, "%")).toBe("exceeded");
    expect(status(p, "giảm 35%", ind, "%")).toBe("not_met");
  });
});

describe("rv19b: a fall verb before 'dưới' or 'ở mức' under a rate of growth states the level, not a signed rate", () => {
  it.each([
    ["Tốc độ tăng dân số giảm ở mức 1%", "1,5%", "Tốc độ tăng dân số"],
    ["Tốc độ tăng trưởng tín dụng giảm dưới 5%", "6%", "Tốc độ tăng trưởng tín dụng"],
  ])("%j with %j is not met", (p, a, ind) => {
    expect(status(p, a, ind, "%")).toBe("not_met");
  });
});
