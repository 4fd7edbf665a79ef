// Round 45 (milestones45): dated parts (or clauses) that each name their own measure, and a level of a year before the
// period stated beside a later aim. Invented phrases, other measures and wordings than review44a's probes (a few of
// those are kept as acceptance). Each verdict is right or asks; none judges a figure on another measure's target.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, indicator: string, unit: string, period: string, actual: string) =>
  evaluate(phrase, actual, { indicator: indicator || undefined, unit: unit || undefined, period: periodFromText(period) ?? undefined, lang: "vi" }).status;

describe("a later milestone measuring something of its own is judged by the words the indicator names", () => {
  const sdd = "Đến năm 2025 tỷ lệ trẻ suy dinh dưỡng dưới 10%, đến năm 2030 dưới 3% trẻ suy dinh dưỡng thể nặng";
  it("a qualifier only the later part has ('thể nặng', 'nâng cao', 'mức độ 3') is never judged on the earlier part's target", () => {
    expect(judge(sdd, "Tỷ lệ trẻ suy dinh dưỡng thể nặng", "%", "2025", "5%")).not.toBe("met");
    expect(judge(sdd, "Tỷ lệ trẻ suy dinh dưỡng thể nặng", "%", "2021-2025", "5%")).not.toBe("met");
    const kd = "Đến năm 2025 có 45 trường đạt kiểm định chất lượng, đến năm 2030 có 10 trường đạt kiểm định mức độ 3";
    expect(["exceeded", "met", "review"]).toContain(judge(kd, "Số trường đạt kiểm định chất lượng mức độ 3", "trường", "2025", "12 trường"));
    const ntm = "Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt 90%; đến năm 2030, có 20% số xã đạt chuẩn nông thôn mới nâng cao";
    expect(["exceeded", "met", "review"]).toContain(judge(ntm, "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "%", "2025", "25%"));
  });
  it("the period's part with a qualifier the indicator does not name is not judged confidently on that qualifier's target", () => {
    const kd = "Đến năm 2025 có 45 trường đạt kiểm định chất lượng, đến năm 2030 có 10 trường đạt kiểm định mức độ 3";
    expect(["not_met", "review"]).toContain(judge(kd, "Số trường đạt kiểm định chất lượng", "trường", "2030", "40 trường"));
    const ntm = "Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt 90%; đến năm 2030, có 20% số xã đạt chuẩn nông thôn mới nâng cao";
    expect(["not_met", "review"]).toContain(judge(ntm, "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "2030", "85%"));
    expect(["not_met", "review"]).toContain(judge(sdd, "Tỷ lệ trẻ suy dinh dưỡng", "%", "2030", "8%"));
    const online = "Năm 2025 tỷ lệ thủ tục hành chính cung cấp trực tuyến đạt 85%, năm 2030 đạt 60% hồ sơ được giải quyết trực tuyến";
    expect(["met", "exceeded", "review"]).toContain(judge(online, "Tỷ lệ hồ sơ được giải quyết trực tuyến", "%", "2025", "65%"));
  });
  it("an indicator's own year outside the period asks beside the period's milestone", () => {
    expect(judge("đến năm 2025 đạt 85% và đến năm 2030 đạt 95% người dân có thẻ bảo hiểm y tế", "Tỷ lệ người dân có thẻ bảo hiểm y tế (Kế hoạch đến năm 2030)", "%", "2025", "90%")).toBe("review");
  });
  it("review44a's probes (acceptance)", () => {
    expect(judge("Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt 100%; đến năm 2030, có 15% số xã đạt chuẩn nông thôn mới kiểu mẫu", "Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu", "%", "2025", "20%")).not.toBe("not_met");
    expect(judge("Đến năm 2025 tỷ lệ học sinh bị cận thị dưới 20%, đến năm 2030 dưới 5% học sinh cận thị nặng", "Tỷ lệ học sinh bị cận thị nặng năm 2025", "%", "2025", "8%")).not.toBe("met");
    expect(judge("Đến năm 2025 số trường đạt chuẩn quốc gia 40 trường, đến năm 2030 có 12 trường đạt chuẩn mức độ 2", "Số trường đạt chuẩn quốc gia", "trường", "2030", "30 trường")).not.toBe("exceeded");
    expect(judge("Đến năm 2025 tỷ lệ xã đạt chuẩn nông thôn mới 100%, đến năm 2030 có 15% xã đạt nông thôn mới kiểu mẫu", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "2030", "95%")).not.toBe("exceeded");
  });
});

describe("milestones of one measure stay judged by the period", () => {
  const water = "đến năm 2025 đạt trên 90% và năm 2030 đạt trên 95% hộ gia đình sử dụng nước sạch";
  it("a later milestone repeating the measure with a new year", () => {
    expect(judge(water, "Tỷ lệ hộ gia đình sử dụng nước sạch", "%", "2025", "92%")).toBe("met");
    expect(judge(water, "Tỷ lệ hộ gia đình sử dụng nước sạch", "%", "2030", "92%")).toBe("not_met");
    expect(judge("Đến năm 2025 tỷ lệ học sinh bị cận thị dưới 20%, đến năm 2030 dưới 8% học sinh cận thị", "Tỷ lệ học sinh bị cận thị", "%", "2030", "12%")).toBe("not_met");
  });
});

describe("a level of a year before the period, stated beside a later aim, is a baseline", () => {
  it("the aim judges, whatever words the stated level names", () => {
    expect(judge("Năm 2020 tỷ lệ hộ cận nghèo là 4,1%, đến năm 2025 giảm còn dưới 1,5%", "Tỷ lệ hộ cận nghèo", "%", "2025", "2%")).toBe("not_met");
    expect(judge("Năm 2019 đạt 71%, đến năm 2025 đạt 90% trẻ em được tiêm chủng đầy đủ", "Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", "2021-2025", "80%")).toBe("not_met");
    expect(judge("Năm 2021 là 1.600 hộ, đến năm 2025 còn dưới 600 hộ nghèo", "Số hộ nghèo", "hộ", "2025", "900 hộ")).toBe("not_met");
    expect(judge("Năm 2020 tỷ lệ hộ nghèo là 5,2%, đến năm 2025 giảm còn dưới 2% số hộ dân", "Tỷ lệ hộ nghèo so với năm 2020", "%", "2021-2025", "3%")).toBe("not_met");
    expect(judge("Năm 2020 đạt 62%, đến năm 2025 đạt 75% dân số đô thị được cấp nước sạch", "Tỷ lệ dân số đô thị được cấp nước sạch (gốc năm 2020)", "%", "2021-2025", "70%")).toBe("not_met");
  });
  it("not in a row for that year itself, nor a milestone reached for ('đến năm …'), nor another measure beside it", () => {
    expect(["met", "exceeded"]).toContain(judge("Năm 2020 đạt 62%, đến năm 2025 đạt 75% dân số đô thị được cấp nước sạch", "Tỷ lệ dân số đô thị được cấp nước sạch", "%", "2020", "63%"));
    expect(judge("đến năm 2025 đạt trên 90% và năm 2030 đạt trên 95% dân số tham gia bảo hiểm y tế", "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2027", "%", "2027", "92%")).toBe("review");
    expect(["met", "exceeded", "review"]).toContain(judge("Năm 2025 tỷ lệ người dân có sổ sức khỏe điện tử đạt 90%, năm 2030 đạt 70% người dân được quản lý bệnh tăng huyết áp", "Tỷ lệ người dân có sổ sức khỏe điện tử", "%", "2030", "92%"));
    expect(["not_met", "review"]).toContain(judge("Năm 2025 tỷ lệ người dân có sổ sức khỏe điện tử đạt 90%, năm 2030 đạt 70% người dân được quản lý bệnh tăng huyết áp", "Tỷ lệ người dân có sổ sức khỏe điện tử", "%", "2030", "80%"));
  });
});
