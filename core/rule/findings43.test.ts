// Round 43 (findings43): a finding, a result or a description read as a target. A sentence that reports what happened
// sets no level to reach, so it is refused with a message saying it states a result; a plan's own wording stays a
// target. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

const status = (phrase: string, actual: string | null) => evaluate(phrase, actual, {}).status;
const code = (phrase: string) => {
  const r = parseTarget(phrase);
  return r.ok ? "ok" : r.error.code;
};

describe("a result set over its own plan by a share of it", () => {
  it("refuses a level said to pass or reach a share of a plan whose figure is never written", () => {
    for (const p of [
      "Tổng thu ngân sách trên địa bàn đạt 412,6 tỷ đồng, vượt 8,3% kế hoạch, tăng 5,1% so với cùng kỳ.",
      "Diện tích gieo cấy vụ chiêm đạt 9.870 ha, vượt 2,5% so với kế hoạch.",
      "Huyện trồng mới 1.240 ha rừng tập trung, bằng 96,4% kế hoạch.",
      "Số lao động được giải quyết việc làm là 3.150 người, bằng 105% KH.",
    ]) expect(code(p), p).toBe("reported_result");
    expect(status("Sản lượng thủy sản đạt 18.400 tấn, vượt 6,2% kế hoạch.", "18.400 tấn")).toBe("unreadable");
  });
  it("still reads the plan back where the level is a share of the same kind, and an aim beside a bracketed result", () => {
    // 81,5% − 3,5% = 78%, the plan's share (exceededBy).
    expect(status("Tỷ lệ hộ dùng nước sạch đạt 81,5%, vượt 3,5% so với chỉ tiêu", "79%")).toBe("exceeded");
    expect(code("Mục tiêu đến năm 2030 đàn trâu đạt khoảng 12.000 con (hiện mới đạt 8.100 con, bằng 67% kế hoạch).")).toBe("ok");
  });
  it("keeps plans that aim at a share of a plan or name 100% of it", () => {
    expect(code("Phấn đấu thu ngân sách vượt 5% kế hoạch tỉnh giao")).toBe("ok");
    expect(code("Giải ngân đạt 100% kế hoạch vốn được giao")).toBe("ok");
  });
});

describe("a sentence opening on its result or a conclusion", () => {
  it("refuses a report opened by 'Kết quả …,' or 'Như vậy,' with no aim word, through its ';' clauses", () => {
    for (const p of [
      "Kết quả năm học 2022-2023, có 64% học sinh đạt danh hiệu học sinh giỏi; 97% học sinh lên lớp thẳng.",
      "Kết quả, 18/20 trường được công nhận đạt chuẩn quốc gia.",
      "Như vậy, số học sinh bỏ học năm nay giảm so với năm trước là 1,2%.",
      "Như vậy, tỷ lệ phòng học kiên cố của huyện đã đạt 88%; 12 trường còn phòng học tạm.",
    ]) expect(code(p), p).toBe("reported_result");
    expect(status("Kết quả cuối năm, có 71% trẻ đạt chuẩn; 95% trẻ được khám sức khỏe", "96%")).toBe("unreadable");
  });
  it("keeps such openings that aim, set a deadline or label a plan's or a project's results", () => {
    expect(code("Kết quả cần đạt: 100% giáo viên được bồi dưỡng thường xuyên")).toBe("ok");
    expect(code("Kết quả mong đợi: 90% học sinh biết bơi")).toBe("ok");
    expect(code("Kết quả rèn luyện: Tốt: 90-95%, Khá: 5-10%")).toBe("ok");
    expect(code("Kết quả học tập, rèn luyện: Tốt từ 60% trở lên")).toBe("ok");
    expect(code("Kết quả đầu ra: 120 cán bộ quản lý được tập huấn")).toBe("ok");
    expect(code("Như vậy, để đạt chuẩn, mỗi trường phải có ít nhất 2 phòng tin học.")).toBe("ok");
    expect(code("Như vậy, các trường kết thúc học kỳ I chậm nhất ngày 15/1/2026.")).toBe("ok");
    expect(code("Như vậy, đến năm 2030 toàn tỉnh có 95% trường đạt chuẩn.")).toBe("ok");
  });
});

describe("a partial count somebody has, with its own share worked out beside it", () => {
  it("refuses the tally of what is", () => {
    for (const p of [
      "Kỳ thi năm 2022 toàn huyện có 1.286/1.342 học sinh đỗ tốt nghiệp, đạt tỷ lệ 95,83%.",
      "Toàn quận có 41/58 trường đạt chuẩn quốc gia (70,7%).",
      "Huyện có số hộ dùng nước hợp vệ sinh là 12.406/13.870 hộ, chiếm tỷ lệ 89,44%",
      "Đội tuyển của tỉnh có 23/30 em đoạt giải, đạt tỷ lệ 76,7%, xếp thứ 6 toàn quốc.",
    ]) expect(code(p), p).toBe("reported_result");
  });
  it("keeps the plan's own counts: a whole reached, an aim, a label with no 'có', a share that is not the count's", () => {
    expect(code("Toàn huyện có 28/28 trường đạt chuẩn quốc gia, đạt tỷ lệ 100%")).toBe("ok");
    expect(code("Đến năm 2025 có 45/53 trường đạt chuẩn quốc gia, đạt tỷ lệ 84,9%")).toBe("ok");
    expect(code("Phấn đấu có 40/52 xã đạt chuẩn nông thôn mới (76,9%)")).toBe("ok");
    expect(code("Số trẻ huy động ra lớp: 6.210 trẻ/7.480 (83%)")).toBe("ok");
    expect(code("Có 8/12 xã đạt chuẩn, trong đó 30% xã đạt mức độ 2")).toBe("ok");
    expect(status("Toàn huyện có 28/28 trường đạt chuẩn quốc gia", "28/28")).toBe("met");
  });
});

describe("plan phrasings stay targets", () => {
  it("reads aims, horizons and bare cells as before", () => {
    expect(status("Phấn đấu tỷ lệ trẻ 5 tuổi ra lớp đạt 95%", "96%")).toBe("exceeded");
    expect(status("đến năm 2025 có 80% trường mầm non đạt chuẩn", "75%")).toBe("not_met");
    expect(status("Đạt 100%", "100%")).toBe("met");
    expect(status("Tỷ lệ học sinh lên lớp đạt 98,5%", "98%")).toBe("not_met");
  });
});

describe("edges of the three rules", () => {
  it("keeps a day before a share", () => {
    expect(code("Các trường có lịch tựu trường ngày 3/9, 33% học sinh lớp 1 học 2 buổi/ngày")).not.toBe("reported_result");
  });
  it("says in the message that the phrase states a result", () => {
    const r = parseTarget("Toàn quận có 41/58 trường đạt chuẩn quốc gia (70,7%).");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toMatch(/kết quả, không phải chỉ tiêu/u);
  });
});

describe("review43b: the cases the first version got wrong", () => {
  const st = (p: string, a: string) => evaluate(p, a, { lang: "vi" }).status;
  it("a bracket holding only the result's share of the plan is refused, with no aim outside it", () => {
    for (const [p, a] of [
      ["Thu ngân sách năm 2025 đạt 412,6 tỷ đồng (đạt 103,2% kế hoạch)", "400 tỷ đồng"],
      ["Diện tích gieo trồng cây hằng năm 9.870 ha (đạt 98,7% kế hoạch)", "9.900 ha"],
      ["Huy động 1.240 trẻ ra lớp (đạt 96,4% chỉ tiêu giao)", "1.300 trẻ"],
    ]) expect(st(p, a)).toBe("unreadable");
  });
  it("a bracket with a past result of its own beside a plan outside it keeps the plan", () => {
    expect(st("Đàn bò 12.000 con (hiện đạt 8.100 con, bằng 67% kế hoạch)", "8.500 con")).toBe("not_met");
    expect(st("Trồng mới 1.240 ha rừng tập trung (năm 2025 trồng được 1.150 ha, đạt 95,8% kế hoạch)", "1.250 ha")).toBe("exceeded");
  });
  it("last year's result over its plan never becomes this year's target", () => {
    expect(st("Năm 2025 trồng được 450/500 ha KH, năm 2026 trồng mới 600 ha.", "550 ha")).not.toBe("exceeded");
    expect(st("Năm 2026 phấn đấu diện tích gieo trồng đạt 42.000 ha, tăng so với năm 2025 (39.845/40.000 ha KH).", "41.000 ha")).toBe("not_met");
  });
  it("'Hiện nay …; cuối năm học …' is read on its later clause, as before", () => {
    expect(st("Hiện nay tỷ lệ trẻ được khám sức khỏe đạt 96%; cuối năm học tăng lên 100%", "100%")).not.toBe("unreadable");
  });
  it("a decimal comma is no comma after 'Kết quả', and a plan's heading naming a kind of result is no report", () => {
    expect(st("Kết quả rèn luyện 99,5% học sinh xếp loại Tốt và Khá", "99,6%")).not.toBe("unreadable");
    expect(st("Kết quả mong đợi, 100% giáo viên được bồi dưỡng thường xuyên.", "100%")).toBe("met");
    expect(st("Kết quả đầu ra, 95% học viên có việc làm sau đào tạo.", "96%")).toBe("exceeded");
  });
  it("'có' in an indicator's name is no tally of what a place has", () => {
    expect(st("Tỷ lệ trường có thư viện đạt chuẩn 45/53, đạt tỷ lệ 84,9%", "46/53")).not.toBe("unreadable");
  });
});
