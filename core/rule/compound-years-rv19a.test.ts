// Round-19 review: the year an indicator or a clause names in another role (a baseline compared with, a document's
// date) is not the year its figure is for, so it neither picks nor rules out a compound's clause.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, actual: string, indicator: string, unit: string, period: string) =>
  evaluate(phrase, actual, { indicator, unit, period: periodFromText(period) ?? undefined, lang: "vi" }).status;

describe("a baseline year in the indicator's name picks no clause", () => {
  it("'tăng so với năm 2020' does not pick the clause stating 2020's figure", () => {
    // (Was "exceeded" against the 2020 figure, 45%.)
    expect(judge("Năm 2020 đạt 45%; đến năm 2025 đạt 60%", "50%", "Tỷ lệ lao động qua đào tạo tăng so với năm 2020", "%", "2021-2025")).toBe("not_met");
  });
  it("'gấp 1,5 lần năm 2020' names the base, not the part", () => {
    expect(judge("thu nhập bình quân đạt 45 triệu đồng vào năm 2020 và 70 triệu đồng vào năm 2025", "60 triệu đồng", "Thu nhập bình quân đầu người gấp 1,5 lần năm 2020", "triệu đồng", "2021-2025")).toBe("not_met");
  });
  it("the figure's own year beside a baseline still picks its clause", () => {
    expect(judge("Năm 2020 đạt 45%; năm 2023 đạt 52%; đến năm 2025 đạt 60%", "55%", "Tỷ lệ lao động qua đào tạo năm 2023 so với năm 2020", "%", "2021-2025")).toBe("exceeded");
  });
});
