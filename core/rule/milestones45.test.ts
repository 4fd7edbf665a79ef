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

// mend45m (review45m B-1..B-3): a past level stated as a fact is never the target the words pick; a change verb marks the
// same measure only when its subject names nothing the stated part lacks; an indicator's own year is not a baseline's.
describe("review45m's blocking probes give the right verdict or ask", () => {
  const either = (ok: string[], v: string) => expect(ok).toContain(v);
  it("B-1: a `;` clause stating a past level is not the target", () => {
    const u1 = "Năm 2020, tỷ lệ hộ nghèo toàn xã là 5,2%; đến năm 2025, giảm tỷ lệ hộ nghèo đa chiều còn dưới 2%";
    either(["not_met", "review"], judge(u1, "Tỷ lệ hộ nghèo toàn xã", "%", "2025", "3%"));
    either(["not_met", "review"], judge(u1, "Tỷ lệ hộ nghèo toàn xã", "%", "2021-2025", "3%"));
    either(["not_met", "review"], judge("Năm 2020, tỷ lệ hộ nghèo của huyện là 5,2%; đến năm 2025, tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn dưới 2%", "Tỷ lệ hộ nghèo của huyện", "%", "2025", "3%"));
    either(["not_met", "review"], judge("Năm 2020, tỷ lệ che phủ rừng toàn tỉnh đạt 42%; đến năm 2025, tỷ lệ che phủ rừng ổn định trên 43%", "Tỷ lệ che phủ rừng toàn tỉnh", "%", "2025", "42,5%"));
    either(["not_met", "review"], judge("Năm 2020, tỷ lệ người dân có sổ sức khỏe điện tử đạt 50%; đến năm 2025, tỷ lệ người dân được quản lý sức khỏe điện tử đạt 90%", "Tỷ lệ người dân có sổ sức khỏe điện tử", "%", "2025", "60%"));
    expect(judge("Năm 2020, tỷ lệ hộ nghèo là 5,2%; đến năm 2025, tỷ lệ hộ có nhà ở kiên cố tăng lên 90%", "Tỷ lệ hộ nghèo", "%", "2025", "4%")).toBe("review");
  });
  it("B-2: a change verb before another measure's figure does not make it the stated level's aim", () => {
    const m9 = "Năm 2020 GRDP bình quân đầu người đạt 60 triệu đồng, đến năm 2025 thu nhập bình quân đầu người tăng lên 70 triệu đồng";
    for (const p of ["2025", "2021-2025", "2024"]) expect(judge(m9, "GRDP bình quân đầu người", "triệu đồng", p, "65 triệu đồng")).toBe("review");
    expect(judge(m9, "Thu nhập bình quân đầu người", "triệu đồng", "2025", "65 triệu đồng")).toBe("not_met");
    const q2 = "Năm 2020 tỷ lệ che phủ rừng đạt 42%, đến năm 2025 tỷ lệ diện tích rừng được cấp chứng chỉ tăng lên 20%";
    expect(judge(q2, "Tỷ lệ che phủ rừng", "%", "2025", "41%")).toBe("review");
    expect(judge(q2, "Tỷ lệ che phủ rừng", "%", "2021-2025", "41%")).toBe("review");
    expect(judge("Năm 2020 tỷ lệ hộ nghèo là 5,2%, đến năm 2025 tỷ lệ hộ có thu nhập khá tăng lên 30%", "Tỷ lệ hộ nghèo", "%", "2025", "4%")).toBe("review");
    expect(judge("Năm 2020 tỷ lệ xã đạt chuẩn nông thôn mới 60%, đến năm 2025 tăng tỷ lệ xã đạt nông thôn mới nâng cao lên 30%", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "2025", "70%")).toBe("review");
  });
  it("B-3: an indicator naming a yearly target's year picks that part", () => {
    const bhyt = "Năm 2024 đạt 85%, năm 2025 đạt 90% dân số tham gia bảo hiểm y tế";
    either(["exceeded", "met", "review"], judge(bhyt, "Tỷ lệ dân số tham gia bảo hiểm y tế (kế hoạch năm 2024)", "%", "2025", "88%"));
    either(["exceeded", "met", "review"], judge(bhyt, "Tỷ lệ dân số tham gia BHYT năm 2024", "%", "2025-2026", "88%"));
    either(["exceeded", "met"], judge("Năm 2023 tỷ lệ giải ngân vốn đầu tư công đạt 85%, năm 2025 tỷ lệ giải ngân vốn đầu tư công đạt 95%", "Tỷ lệ giải ngân vốn đầu tư công năm 2023", "%", "2024-2025", "90%"));
    either(["exceeded", "met"], judge("Năm 2025 đạt 90%, năm 2030 đạt 95% dân số tham gia bảo hiểm y tế", "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2025", "%", "2026-2030", "92%"));
  });
  it("mend45m's own probes: near misses, other units, base marks, aims in a past year", () => {
    const safe: Array<[string, string, string, string, string, string[]]> = [
      ["Năm 2020, tỷ lệ trẻ em đi học đúng độ tuổi toàn huyện là 95%; đến năm 2025, tỷ lệ trẻ đi học đúng độ tuổi bậc tiểu học đạt 99%", "Tỷ lệ trẻ em đi học đúng độ tuổi toàn huyện", "%", "2025", "97%", ["not_met", "review"]],
      ["Năm 2021, toàn tỉnh có 120 trường đạt chuẩn quốc gia; đến năm 2025, số trường mầm non đạt chuẩn quốc gia tăng lên 150 trường", "Số trường đạt chuẩn quốc gia toàn tỉnh", "trường", "2025", "130 trường", ["not_met", "review"]],
      ["Năm 2020 tỷ lệ lao động nông nghiệp là 45%, đến năm 2025 tỷ lệ lao động công nghiệp tăng lên 30%", "Tỷ lệ lao động nông nghiệp", "%", "2025", "40%", ["review"]],
      ["Năm 2020 tỷ lệ lao động qua đào tạo là 60%, đến năm 2025 tỷ lệ lao động qua đào tạo tăng lên 75%", "Tỷ lệ lao động qua đào tạo", "%", "2025", "70%", ["not_met"]],
      ["Năm 2023 đạt 70%, năm 2024 đạt 80% hộ dân dùng nước sạch", "Tỷ lệ hộ dân dùng nước sạch năm 2023", "%", "2024", "75%", ["exceeded", "met", "review"]],
      ["Năm 2020 tỷ lệ hộ nghèo là 6%, đến năm 2025 giảm còn dưới 3%", "Tỷ lệ hộ nghèo (so với năm 2020)", "%", "2025", "4%", ["not_met", "review"]],
      ["Đến năm 2020, tỷ lệ che phủ rừng đạt 40%; đến năm 2025, tỷ lệ che phủ rừng toàn tỉnh đạt 45%", "Tỷ lệ che phủ rừng", "%", "2025", "42%", ["not_met", "review"]],
      ["Năm 2020 tỷ lệ người cao tuổi được khám sức khỏe là 40%, đến năm 2025 tỷ lệ người tăng huyết áp được điều trị tăng lên 60%", "Tỷ lệ người cao tuổi được khám sức khỏe", "%", "2025", "50%", ["review"]],
      ["Năm 2020, tỷ lệ hộ dùng điện là 97%; đến năm 2025, tỷ lệ hộ dùng điện đạt 99,5%", "Tỷ lệ hộ dùng điện", "%", "2025", "98%", ["not_met", "review"]],
      ["Năm 2024 đạt 60%, năm 2025 đạt 70% trường học có phòng tin học", "Tỷ lệ trường học có phòng tin học (kế hoạch năm 2024)", "%", "2025", "65%", ["exceeded", "met", "review"]],
      ["Năm 2020, số hộ nghèo toàn huyện là 800 hộ; đến năm 2025, số hộ cận nghèo giảm xuống 300 hộ", "Số hộ nghèo toàn huyện", "hộ", "2025", "500 hộ", ["review"]],
      ["Năm 2020, tỷ lệ đô thị hóa của tỉnh đạt 30%; đến năm 2025, tỷ lệ đô thị hóa đạt trên 35%", "Tỷ lệ đô thị hóa của tỉnh", "%", "2021-2025", "33%", ["not_met", "review"]],
    ];
    for (const [p, ind, u, per, a, ok] of safe) either(ok, judge(p, ind, u, per, a));
  });
});

describe("the indicator's own year inside the period decides when the parts' words decide nothing (integrator, round 45)", () => {
  it("'… phủ sóng 4G năm 2025' over a 2025-2030 plan is judged on the 2025 part, never on 2030's 100%", () => {
    const p = "Đến năm 2025, tỉnh phấn đấu có 1.200 điểm truy cập 4G, tương đương 80% số điểm 3G, phủ sóng 92% thôn bản và tiến tới phủ sóng 100% thôn bản vào năm 2030";
    expect(judge(p, "Tỷ lệ thôn bản được phủ sóng 4G năm 2025", "%", "2025-2030", "95%")).not.toBe("not_met");
    expect(judge(p, "Tỷ lệ thôn bản được phủ sóng 4G năm 2025", "%", "2025-2030", "99%")).not.toBe("not_met");
  });
});
