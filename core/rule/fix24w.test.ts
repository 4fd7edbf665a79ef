// Round 24 (fix24w): a compound target's part chosen without evidence, or against it; rules adopted on the evidence
// of the sixteen design sets (docs/measures.md). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const period = (t: string) => periodFromText(t) ?? undefined;
// Met and exceeded are one verdict here, as in the corpus scorer.
const met = (s: string) => (s === "exceeded" ? "met" : s);

describe("an indicator naming a breakdown ('các cấp', 'theo ngành') names every part", () => {
  it("asks when the parts judge a figure differently, whatever one word of the name a single part repeats", () => {
    const p = "chủ tịch hội cấp tỉnh phải trực tiếp đối thoại với hội viên ít nhất một buổi/quý; chủ tịch hội cấp huyện đối thoại hai buổi/quý và chủ tịch hội cấp xã đối thoại ít nhất một buổi/tháng";
    expect(evaluate(p, "1 buổi/quý", { indicator: "Đối thoại với hội viên của chủ tịch hội các cấp" }).status).toBe("review");
    const q = "Trong đó, doanh thu lưu trú: 120 tỷ đồng, doanh thu dịch vụ lữ hành: 80 tỷ đồng, doanh thu ăn uống 45 tỷ đồng.";
    expect(evaluate(q, "100", { indicator: "Doanh thu dịch vụ du lịch theo ngành", unit: "tỷ đồng" }).status).toBe("review");
  });
  it("still judges a figure every part judges alike", () => {
    const q = "Trong đó, doanh thu lưu trú: 120 tỷ đồng, doanh thu dịch vụ lữ hành: 80 tỷ đồng, doanh thu ăn uống 45 tỷ đồng.";
    expect(met(evaluate(q, "130", { indicator: "Doanh thu dịch vụ du lịch theo ngành", unit: "tỷ đồng" }).status)).toBe("met");
  });
});

describe("the year a part states, read from its words when the date reader passes it by ('đến 2026')", () => {
  it("rules out the part of another year than the one the indicator names", () => {
    const p = "Đến năm 2022 có trên 800 hộ, đến 2026 có trên 2.000 hộ tham gia mô hình nuôi ong";
    const o = { unit: "hộ", period: period("2021-2026") };
    expect(met(evaluate(p, "850 hộ", { ...o, indicator: "Số hộ tham gia mô hình nuôi ong năm 2022" }).status)).toBe("met");
    expect(evaluate(p, "1.900 hộ", { ...o, indicator: "Số hộ tham gia mô hình nuôi ong năm 2026" }).status).toBe("not_met");
  });
});

describe("a two-year period holding both parts' years picks neither", () => {
  it("asks about a step the two years' steps judge differently, in a school-year-shaped period too", () => {
    const p = "năm 2023 số phòng học đạt chuẩn sẽ tăng thêm 6 phòng; năm 2024 tăng thêm 4 phòng, nâng tổng số phòng học đạt chuẩn lên 40 phòng";
    const o = { indicator: "Số phòng học đạt chuẩn", unit: "phòng", period: period("2023-2024") };
    expect(evaluate(p, "thêm 5 phòng", o).status).toBe("review");
    expect(met(evaluate(p, "thêm 7 phòng", o).status)).toBe("met");
  });
});
