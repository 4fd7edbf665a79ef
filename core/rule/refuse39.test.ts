// Round 39 (refuse39): a figure reported, found, forecast or judged by someone is no aim of the plan. Every phrase and
// figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

/** Refused as told or reported, with a figure typed and with none, its message matching `says`. */
function told(phrase: string, typed: string, says: RegExp): void {
  expect(parseTarget(phrase)).toMatchObject({ ok: false, error: { code: "reported_result", message: { vi: expect.stringMatching(says) } } });
  expect([typed, ""].map((x) => evaluate(phrase, x).status)).toEqual(["unreadable", "unreadable"]);
}

describe("a figure from a source, a finding, a forecast or a view, with no aim and no plan named, is refused", () => {
  it.each([
    ["Theo số liệu của Phòng GD&ĐT, tỷ lệ trẻ thấp còi là 7,4%", "7%"],
    ["Theo thống kê, toàn huyện có khoảng 850 trẻ khuyết tật", "900"],
    ["Theo báo cáo của nhà trường, số học sinh bỏ học còn 12 em", "10"],
    ["Theo khảo sát, 62% phụ huynh chọn học 2 buổi/ngày", "70%"],
    ["Ông Trần Văn B cho biết, năm học này trường có 1.240 học sinh", "1240"],
    ["Kết quả rà soát cho thấy 35% phòng học xuống cấp", "30%"],
    ["Các chuyên gia dự báo năm tới số học sinh vào lớp 10 tăng khoảng 4.000 em", "4100"],
    ["Dự báo, dân số độ tuổi mầm non giảm khoảng 5%", "4%"],
    ["Nhiều phụ huynh cho rằng mỗi lớp chỉ nên có tối đa 30 trẻ", "32"],
    ["Hội đồng nhận định tỷ lệ lưu ban có thể giảm xuống dưới 1%", "0,8%"],
    ["Đến nay, 100% trường học đã kết nối internet", "100%"],
    ["Tính đến nay, toàn xã có 4/5 trường đạt chuẩn", "5/5"],
    ["Đến thời điểm này, huyện đã giải ngân 78% vốn", "80%"],
  ])("%s", (phrase, typed) => told(phrase, typed, /kết quả|lời kể/u));
});

describe("the same frames with an aim or a plan named, or the words in another sense, are still read", () => {
  it.each([
    ["Theo kế hoạch, đến năm 2030 có 95% trẻ 5 tuổi ra lớp", "96%", "exceeded"],
    ["Sở cho biết, năm học tới phấn đấu 100% trường có phòng y tế", "100%", "met"],
    ["Theo báo cáo, tỷ lệ tiêm chủng đạt 92%, thấp hơn mục tiêu đề ra là 95%", "96%", "exceeded"],
    ["Tỷ lệ dự báo đúng đạt 85%", "86%", "exceeded"],
    ["Mức tăng dự báo là 6%", "6%", "met"],
    ["Thực hiện chế độ báo cáo theo quy định, đạt 100%", "100%", "met"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("a view or a forecast is refused even with an aim word in it, saying whose it is", () => {
  it.each([
    ["Ông Lê Văn C cho rằng tỷ lệ giáo viên/lớp cần đạt 1,5", "1,4"],
    ["Nhiều ý kiến cho rằng, để giảm sĩ số, mỗi lớp cần không quá 35 học sinh", "36"],
    ["Dự báo năm 2027 số học sinh lớp 1 sẽ tăng khoảng 3.000 em", "3200"],
    ["Các nhà nghiên cứu nhận định đến năm 2035 tỷ lệ đô thị hóa sẽ đạt 50%", "45%"],
  ])("%s", (phrase, typed) => told(phrase, typed, /lời kể, dự báo hay ý kiến, không nêu chỉ tiêu/u));
});

describe("a plan told by someone is still the plan's", () => {
  it.each([
    ["Sở cho biết năm 2027 sẽ có ít nhất 40 trường đạt chuẩn", "42", "exceeded"],
    ["Bà Hoàng Thị D cho biết, đến năm 2030 phấn đấu 100% xã có nhà văn hóa", "90%", "not_met"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});
