// Invented probes of explanations an integrator found wrong in session 17: each case is a class, not a phrase.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a quantity word before the counted noun ('số', 'tổng số') is not the unit", () => {
  it.each([
    ["3/4 số trường đạt chuẩn", "2/4", "trường"],
    ["Ít nhất 5 tổng số lớp được trang bị máy chiếu", "4", "lớp"],
  ])("%j with %j speaks of %s", (phrase, actual, noun) => {
    const v = evaluate(phrase, actual);
    expect(v.status).toBe("not_met");
    expect(v.explanation).toContain(noun);
    expect(v.explanation).not.toMatch(/\d (?:số|tổng)(?:[,;]|$)/u);
  });
  it("keeps 'số' where nothing the lexicon knows follows it", () => {
    expect(evaluate("Có 5 số điện thoại đường dây nóng", "5").status).toBe("met");
  });
});

describe("a rank's field keeps 'trở lên' once", () => {
  it.each([
    ["Xếp thứ 10/30 đơn vị trở lên", "12"],
    ["Đứng thứ 5 toàn tỉnh trở lên", "7"],
  ])("%j with %j", (phrase, actual) => {
    const v = evaluate(phrase, actual);
    expect(v.status).toBe("not_met");
    expect(v.explanation).not.toMatch(/trở lên trở lên/u);
  });
});

describe("months or quarters listed one after another share the year written on the last, and end with it", () => {
  const asOf = "2026-12-01";
  it.each([
    ["Tổ chức hội thi trong tháng 11 và tháng 12/2025", "15/12/2025", "met"],
    ["Tổ chức trong tháng 11 và 12/2025", "15/12/2025", "met"],
    ["Tổ chức trong tháng 11, 12/2025", "05/01/2026", "not_met"],
    ["Hoàn thành trong quý III và quý IV/2025", "15/12/2025", "met"],
    ["Hoàn thành trong quý II, III/2025", "15/10/2025", "not_met"],
  ])("%j with %j is %s", (phrase, actual, status) => {
    const v = evaluate(phrase, actual, { asOf });
    expect(v.status).toBe(status);
    expect(v.explanation).not.toMatch(/không ghi năm/u);
  });
  it("keeps 'hoặc' two readings of the day", () => {
    expect(evaluate("Tổ chức vào tháng 3 hoặc tháng 4/2026", "15/02/2026", { asOf }).status).toBe("review");
  });
});
