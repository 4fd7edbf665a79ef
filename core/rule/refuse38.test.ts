// Round 38 (refuse38): a sentence that describes how things are, were or usually go sets no target. Every phrase and
// figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a sentence opening on the present, the past or the usual, with no aim, is refused", () => {
  it.each([
    ["Những năm trước, tỷ lệ học sinh đậu tốt nghiệp khoảng 97%", "98%"],
    ["Các năm qua, số trẻ ra lớp mẫu giáo đạt trên 1.200 trẻ", "1300"],
    ["Năm học vừa qua, tỷ lệ học sinh lên lớp đạt 98,5%", "99%"],
    ["Hiện nay, tỷ lệ trẻ suy dinh dưỡng là 4,2%", "4%"],
    ["Hiện đang có 38 lớp với 1.350 học sinh", "38"],
    ["Trước đây, mỗi trường chỉ có 1 nhân viên y tế", "1"],
    ["Thông thường, mỗi lớp mẫu giáo có từ 25 đến 30 trẻ", "28"],
    ["- Thời gian qua, đơn vị tiếp nhận khoảng 300 hồ sơ/tháng", "320"],
  ])("%s", (phrase, typed) => {
    const r = parseTarget(phrase);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("reported_result");
    expect(evaluate(phrase, typed).status).toBe("unreadable");
    expect(evaluate(phrase, "").status).toBe("unreadable");
  });
});

describe("the same openings with an aim, or a word that only starts alike, are still targets", () => {
  it.each([
    ["Hiện nay phấn đấu 100% trường có thư viện đạt chuẩn", "100%", "met"],
    ["Những năm tới, tỷ lệ học sinh lên lớp đạt trên 98%", "97%", "not_met"],
    ["Hiện đại hóa 100% phòng học bộ môn", "90%", "not_met"],
    ["Thông tư quy định mỗi lớp không quá 35 học sinh", "36", "not_met"],
    ["Năm học 2025-2026: tỷ lệ học sinh lên lớp đạt 98%", "99%", "exceeded"],
    ["Hiện nay có 85% trường đạt chuẩn, đến năm 2030 đạt 95%", "96%", "exceeded"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("a clause describing the present is passed over for the target clause beside it, saying so", () => {
  it.each([
    ["Hiện nay toàn huyện có 25/30 trường đạt chuẩn quốc gia; đến năm 2030 có 30/30 trường đạt chuẩn", "28/30", "not_met"],
    ["Hiện có 12 xã đạt chuẩn nông thôn mới; năm 2027 có 18 xã đạt chuẩn", "18", "met"],
    ["Năm học vừa qua đạt 90%; năm học này phấn đấu đạt 95%", "93%", "not_met"],
    ["Những năm trước tỷ lệ chuyên cần khoảng 93%; nay nâng lên từ 97% trở lên", "95%", "not_met"],
  ])("%s", (phrase, typed, status) => {
    const e = evaluate(phrase, typed);
    expect(e.status).toBe(status);
    expect(e.warnings.map((w) => w.code)).toContain("target_partly_read");
  });
});

describe("a yes/no answer that only asks for or awaits the result is not read as reached", () => {
  it.each([
    ["Xã đạt chuẩn nông thôn mới", "Được huyện đề xuất công nhận đạt chuẩn"],
    ["Trường đạt chuẩn quốc gia", "Đề nghị công nhận đạt chuẩn"],
    ["Hoàn thành sửa chữa nhà vệ sinh", "Đang hoàn thành"],
    ["Hoàn thành kiểm định chất lượng", "Dự kiến hoàn thành"],
  ])("%s ← %s", (phrase, typed) => expect(evaluate(phrase, typed).status).not.toMatch(/^(?:met|not_met|exceeded)$/u));
  it.each([
    ["Xã đạt chuẩn nông thôn mới", "Đã được công nhận", "met"],
    ["Hoàn thành sửa chữa nhà vệ sinh", "Chưa hoàn thành", "not_met"],
  ])("%s ← %s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("a way of working with no end point and no figure is refused, not answered yes or no", () => {
  it.each([
    ["Đẩy mạnh công tác xây dựng trường đạt chuẩn quốc gia", "Đạt"],
    ["Tăng cường kiểm tra nội bộ trường học", "có"],
    ["Tiếp tục thực hiện hiệu quả hơn nữa chương trình giáo dục phổ thông", "Đã thực hiện"],
    ["Khuyến khích giáo viên tự học ngoại ngữ", ""],
    ["Hạn chế thấp nhất tai nạn đuối nước ở học sinh", "giảm"],
  ])("%s ← %s", (phrase, typed) => expect(evaluate(phrase, typed).status).toBe("unreadable"));
  it.each([
    ["Hoàn thành sửa chữa nhà vệ sinh", "có", "met"],
    ["Xã đạt chuẩn nông thôn mới nâng cao", "Đạt", "met"],
    ["Tăng cường kiểm tra, đạt 100% trường được kiểm tra", "95%", "not_met"],
  ])("%s ← %s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});
