// Compound targets, round 19: which part the indicator's name picks, from the words that tell the parts apart (year,
// level, subject), never by position alone. Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, actual: string, indicator?: string, unit?: string, period?: string) =>
  evaluate(phrase, actual, { indicator, unit, period: period ? periodFromText(period) ?? undefined : undefined, lang: "vi" }).status;

describe("an indicator naming one year picks the clause of that year", () => {
  const phrase = "Doanh thu dịch vụ: năm 2022 đạt 40 tỷ đồng; năm 2024 đạt 55 tỷ đồng; năm 2027 đạt 80 tỷ đồng.";
  it("the middle year's name judges the middle clause, in a span holding every year", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã năm 2024", "tỷ đồng", "2021-2027")).toBe("exceeded");
    expect(judge(phrase, "50 tỷ đồng", "Doanh thu dịch vụ xã năm 2024", "tỷ đồng", "2021-2027")).toBe("not_met");
  });
  it("the first year's name is not outweighed by words a later clause's tail holds", () => {
    const farms = "Năm 2022, có 12 trang trại; năm 2025 có 30 trang trại; đến năm 2028 là 45 trang trại, sản xuất theo chuỗi";
    expect(judge(farms, "12 trang trại", "Trang trại sản xuất theo chuỗi năm 2022", "trang trại", "2022-2028")).toBe("met");
    expect(judge(farms, "20 trang trại", "Trang trại năm 2025", "trang trại", "2022-2028")).toBe("not_met");
  });
  it("without a year in the name, a span holding several years still picks none", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã", "tỷ đồng", "2021-2027")).toBe("review");
  });
  it("a school year or a span in the name names no single year", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã giai đoạn 2021-2027", "tỷ đồng", "2021-2027")).toBe("review");
  });
});
