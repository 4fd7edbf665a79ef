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

describe("a clause's year in another role does not rule the clause out", () => {
  it("a document's date ('Quyết định 1600/QĐ-TTg năm 2016') is no time of the clause", () => {
    // (Was "not_met" against the other clause's 90% "đạt chuẩn nâng cao".)
    expect(judge("Theo Quyết định 1600/QĐ-TTg năm 2016, tỷ lệ xã đạt chuẩn 80%; năm 2025 có 90% xã đạt chuẩn nâng cao", "85%", "Tỷ lệ xã đạt chuẩn năm 2025", "%", "2021-2025")).not.toBe("not_met");
  });
  it("a circular's number ('Thông tư 13/2018/TT-BGDĐT') is no time of the clause", () => {
    expect(judge("Tỷ lệ trường đạt chuẩn theo Thông tư 13/2018/TT-BGDĐT đạt 70%; năm 2025 có 40% trường đạt chuẩn mức 2", "60%", "Tỷ lệ trường đạt chuẩn năm 2025", "%", "2021-2025")).not.toBe("exceeded");
  });
  it("a clause's baseline ('tăng 50 doanh nghiệp so với năm 2020') is no time of the clause", () => {
    expect(judge("Năm 2025 có 150 doanh nghiệp; số doanh nghiệp tăng 50 doanh nghiệp so với năm 2020", "60", "Số doanh nghiệp tăng thêm năm 2025", "doanh nghiệp", "2021-2025")).not.toBe("not_met");
  });
});
