// Round 38 (fix38c): a figure of today beside a figure to come in one sentence joined by a comma. The figure of today is
// where things start, the figure to come the target. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a part opening on the present or past, then a comma and an aim: the aim part is the target, said so", () => {
  it.each([
    ["Hiện có 14/22 trường đạt chuẩn quốc gia, đến năm 2030 có 22/22 trường đạt chuẩn", "17/22", "not_met", "Trường đạt chuẩn quốc gia"],
    ["Hiện có 14/22 trường đạt chuẩn quốc gia, đến năm 2030 có 22/22 trường đạt chuẩn", "22/22", "met", "Trường đạt chuẩn quốc gia"],
    ["Hiện nay có 9 xã đạt chuẩn nông thôn mới, phấn đấu đến năm 2028 có 15 xã", "11", "not_met", ""],
    ["Năm học trước tỷ lệ học sinh bán trú đạt 70%, năm học này phấn đấu đạt 78%", "74%", "not_met", ""],
    ["Năm qua có 310 học viên theo học, năm 2027 phấn đấu có 400 học viên", "420", "exceeded", ""],
    ["Hiện tại tỷ lệ phòng học kiên cố là 65%, giai đoạn 2026-2030 nâng lên 85%", "70%", "not_met", "Tỷ lệ phòng học kiên cố"],
    ["Trước đây mỗi trường có 1 phòng tin học, đến năm 2029 mỗi trường có ít nhất 2 phòng", "2", "met", ""],
  ])("%s (%s)", (phrase, typed, status, indicator) => {
    const v = evaluate(phrase, typed, indicator ? { indicator } : undefined);
    expect(v.status).toBe(status);
    const r = parseTarget(phrase, indicator ? { indicator } : undefined);
    expect(r.ok && r.warnings.some((w) => w.code === "target_partly_read")).toBe(true);
  });
});

describe("a start 'hiện nay' between 'từ N' and 'lên M' is still the start", () => {
  it.each([
    ["Từ 14 trường hiện nay lên 22 trường vào năm 2030", "17", "not_met"],
    ["Nâng số lớp học 2 buổi/ngày từ 40 lớp hiện nay lên 55 lớp", "55", "met"],
    ["Tăng tỷ lệ giáo viên đạt chuẩn từ 72% hiện tại lên 90%", "80%", "not_met"],
    ["Giảm tỷ lệ học sinh bỏ học từ 2% hiện nay xuống 1%", "1,5%", "not_met"],
  ])("%s (%s)", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("what stays as it was", () => {
  it.each([
    // a real two-part target: neither part is of today
    ["100% trường có thư viện, 80% trường có phòng tin học", "90%", "review"],
    // keep what there is: "hiện có" ends the phrase and the aim is "giữ vững"
    ["Giữ vững 100% trường đạt chuẩn hiện có", "100%", "met"],
    ["Duy trì 18/18 xã đạt chuẩn phổ cập hiện có", "17/18", "not_met"],
    // the present with no aim anywhere is still refused, comma or not
    ["Hiện nay có 12 trường đạt chuẩn, 3 trường đang xây dựng", "12", "unreadable"],
    // a comma right after the opening word cuts nothing: "Hiện nay, phấn đấu …" is one target
    ["Hiện nay, phấn đấu 100% trẻ 5 tuổi được học 2 buổi/ngày", "100%", "met"],
  ])("%s (%s)", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});
