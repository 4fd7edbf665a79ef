// Round 40 (compound40): the part a compound target judges. Invented phrases, several wordings each.
// - A later part that opens with a qualifier ("ở", "tại", "thuộc", "trên", "dưới") right after its figure writes no
//   subject: it has the first part's (its words between the figure and its qualifier or predicate), so the words it
//   does write ("nông thôn", "miền núi") name it; what the last such part says beyond the first part's qualifier is the
//   predicate every part shares.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const judge = (phrase: string, indicator: string, actual: string) => evaluate(phrase, actual, { indicator, lang: "vi" }).status;

describe("a later part that omits its subject has the first part's (compound40)", () => {
  it("the place a later part writes names it", () => {
    const a = "Dưới 4% hộ nghèo ở thành thị, 12% ở nông thôn";
    expect(judge(a, "Tỷ lệ hộ nghèo ở nông thôn", "10%")).toBe("met");
    expect(judge(a, "Tỷ lệ hộ nghèo ở nông thôn", "13%")).toBe("not_met");
    expect(judge(a, "Tỷ lệ hộ nghèo thành thị", "5%")).toBe("not_met");
    expect(judge(a, "Tỷ lệ hộ nghèo thành thị", "3%")).toBe("met");
    const b = "Dưới 5% hộ nghèo ở vùng thấp, 10% ở vùng cao";
    expect(judge(b, "Tỷ lệ hộ nghèo vùng cao", "8%")).toBe("met");
    expect(judge(b, "Tỷ lệ hộ nghèo vùng thấp", "6%")).toBe("not_met");
  });
  it("asks where the parts differ only by words every indicator has ('đạt chuẩn' against 'trên chuẩn')", () => {
    expect(judge("100% giáo viên tiểu học đạt chuẩn, 70% trên chuẩn", "Tỷ lệ giáo viên tiểu học trên chuẩn", "75%")).toBe("review");
    expect(judge("100% cán bộ cấp xã đạt chuẩn, 60% trên chuẩn", "Tỷ lệ cán bộ cấp xã trên chuẩn", "65%")).toBe("review");
    expect(judge("100% giáo viên mầm non đạt chuẩn trình độ đào tạo, 50% trên chuẩn", "Tỷ lệ giáo viên mầm non trên chuẩn", "55%")).toBe("review");
  });
  it("a predicate written once after the last part is every part's: an indicator naming none of the places asks", () => {
    const a = "90% bố mẹ, người thân chăm sóc trẻ ở thành thị và 60% ở nông thôn được truyền thông, tư vấn về dinh dưỡng";
    expect(judge(a, "Tỷ lệ bố mẹ, người thân chăm sóc trẻ được tư vấn về dinh dưỡng", "75%")).toBe("review");
    const b = "80% người lao động ở khu công nghiệp và 50% ở làng nghề được khám sức khỏe định kỳ";
    expect(judge(b, "Tỷ lệ người lao động được khám sức khỏe định kỳ", "65%")).toBe("review");
  });
});

// A clause's own runner-up that another clause's reading takes the place of stays a rival (compound39-rival, kept in
// round 40): a figure it judges otherwise is asked about, and one only it can take (a day where the clause read gives a
// count) is judged by it, not left to a count read from "lớp 10 Trường". Not between a "trong đó" head and its sub-targets.
describe("a clause's own runner-up stays a rival when another clause takes the runner-up place (compound40)", () => {
  it("a day typed is judged by the day the clause names, not by a count read beside it", () => {
    const a = "Thi chọn học sinh giỏi lớp 9 cấp tỉnh vào ngày 12/3/2026; thi tuyển sinh vào lớp 10 Trường THPT chuyên vào ngày 28/5/2026; thi tuyển sinh vào lớp 10 trường trung học phổ thông công lập vào ngày 02, 03 và 04/6/2026.";
    expect(judge(a, "Ngày thi tuyển sinh lớp 10 Trường THPT chuyên", "28/5/2026")).toBe("met");
    expect(judge(a, "Ngày thi tuyển sinh lớp 10 Trường THPT chuyên", "27/5/2026")).toBe("not_met");
  });
  it("not between a 'trong đó' head and its sub-targets: one target broken down, whose sibling parts add no rival", () => {
    const a = "năm 2027 phấn đấu xây dựng thêm 8 trường đạt chuẩn quốc gia, trong đó có 6 trường đạt chuẩn mức 1 và 2 trường đạt chuẩn mức 2";
    expect(judge(a, "Số trường đạt chuẩn quốc gia xây dựng thêm", "thêm 5 trường")).toBe("not_met");
    expect(judge(a, "Số trường đạt chuẩn quốc gia xây dựng thêm", "thêm 9 trường")).toBe("exceeded");
    const b = "tỷ lệ lao động qua đào tạo là 72%, trong đó có bằng cấp, chứng chỉ đạt 30-32%";
    expect(judge(b, "Tỷ lệ lao động qua đào tạo", "70%")).toBe("not_met");
    const c = "cần xây mới 520 phòng học giai đoạn 2026 - 2030, trong đó phòng học mầm non 300 phòng, tiểu học 220 phòng";
    expect(judge(c, "Số phòng học xây mới", "540")).toBe("exceeded");
  });
});
