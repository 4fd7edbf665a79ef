// Round 43 (phrases30): classes of holdout30's wrong verdicts with a rule in how Vietnamese is written. Invented phrases.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;

describe("an indicator's bound word keeps its sense before a comma or a bracket", () => {
  it("'tối đa,' / '(tối đa)' caps, 'tối thiểu,' floors", () => {
    expect(status("Sĩ số 35 học sinh/lớp", "38 học sinh/lớp", "Sĩ số tối đa, khối 6")).toBe("not_met");
    expect(status("Sĩ số 35 học sinh/lớp", "30 học sinh/lớp", "Sĩ số tối đa, khối 6")).toBe("met");
    expect(status("Học sinh tiểu học mang cặp nặng 2kg", "1,6kg", "Khối lượng cặp (tối đa)")).toBe("met");
    expect(status("Học sinh tiểu học mang cặp nặng 2kg", "2,4kg", "Khối lượng cặp (tối đa)")).toBe("not_met");
    expect(status("Diện tích 10 m2/học sinh", "8 m2/học sinh", "Diện tích tối thiểu, khu vực nông thôn")).toBe("not_met");
    expect(status("Quãng đường đi học 2 km", "1,5 km", "Khoảng cách từ nhà đến trường tối đa, cấp tiểu học")).toBe("met");
  });
  it("the part a comma-qualified indicator names keeps the indicator's bound", () => {
    const p = "Trẻ nhà trẻ mỗi nhóm 15 cháu; trẻ mẫu giáo mỗi lớp 25 cháu.";
    expect(status(p, "12 cháu", "Số trẻ tối đa, nhóm nhà trẻ")).toBe("met");
    expect(status(p, "18 cháu", "Số trẻ tối đa, nhóm nhà trẻ")).toBe("not_met");
  });
  it("an indicator naming both bounds, or a bound of a figure of its own, gives no direction", () => {
    expect(status("Số giờ học 30 giờ", "32 giờ", "Số giờ học (tối thiểu, tối đa)")).toBe("review");
    expect(status("Số học sinh tham gia câu lạc bộ 300 em", "350 em", "Số học sinh tham gia CLB (tối đa 40 em/CLB)")).toBe("exceeded");
  });
  it("a bound word glued into a longer word is none", () => {
    expect(status("Số phòng học 20 phòng", "22 phòng", "Số phòng học (tốiđa)")).not.toBe("not_met");
  });
});

describe("a figure below zero is a value where the target is a temperature or lies below zero", () => {
  it("judges '-20 độ C' against a frozen span", () => {
    expect(status("Bảo quản đông lạnh ở nhiệt độ từ -25 độ C đến -15 độ C", "-20 độ C")).toBe("met");
    expect(status("Bảo quản đông lạnh ở nhiệt độ từ -25 độ C đến -15 độ C", "-30 độ C")).toBe("not_met");
    expect(status("Kho mát giữ ở nhiệt độ từ 2 độ C đến 8 độ C", "-1 độ C")).toBe("not_met");
  });
  it("a count typed below zero is still invalid", () => {
    expect(status("ít nhất 5 trường", "-2 trường")).toBe("invalid");
  });
});

describe("per mille typed as '%o' (a percent sign and the letter o), as '%0' already is", () => {
  it("reads a span or a bound in ‰", () => {
    expect(status("Nồng độ CO2 trong phòng học tối đa là 0,6 – 1%o.", "0,8‰")).toBe("review");
    expect(status("Nồng độ CO2 trong phòng học tối đa là 0,6 – 1%o.", "0,5‰")).toBe("met");
    expect(status("Nồng độ CO2 trong phòng học tối đa là 0,6 – 1%o.", "1,2‰")).toBe("not_met");
    expect(status("Giảm tỷ suất sinh thô 0,2%o/năm", "giảm 0,3‰")).toBe("exceeded");
    expect(status("Tỷ số tử vong mẹ không quá 0,5 %O", "0,4‰")).toBe("met");
  });
  it("a word glued after '%o…' is no per mille", () => {
    expect(status("Tỷ lệ học trực tuyến đạt 50%online", "60%")).toBe("exceeded");
  });
});
