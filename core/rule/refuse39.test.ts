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
  ])("%s", (phrase, typed) => told(phrase, typed, /lời kể, dự báo hay ý kiến, không phải chỉ tiêu/u));
});

describe("a plan told by someone is still the plan's", () => {
  it.each([
    ["Sở cho biết năm 2027 sẽ có ít nhất 40 trường đạt chuẩn", "42", "exceeded"],
    ["Bà Hoàng Thị D cho biết, đến năm 2030 phấn đấu 100% xã có nhà văn hóa", "90%", "not_met"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

// After review39: a source or "Đến nay" tells only the clause it opens, and not one that aims ahead past the source's own
// words (a year, a school year, "giảm … xuống", "tăng lên"); a told clause beside an aim clause is asked about, never
// read alone. (fix39c)
describe("a source named after the figure, or one opening a clause that aims ahead, leaves the plan's target read", () => {
  it.each([
    ["Tỷ lệ trẻ được khám sức khỏe định kỳ đạt 100% theo số liệu của trạm y tế", "98%", "not_met"],
    ["Hoàn thành 100% hồ sơ theo báo cáo của Phòng Nội vụ", "100%", "met"],
    ["Năm 2027: 95% bếp ăn bán trú đạt chuẩn (theo khảo sát của Trung tâm Y tế)", "90%", "not_met"],
    ["Cập nhật dữ liệu theo thống kê hằng quý, 100% trường thực hiện", "100%", "met"],
    ["Theo thống kê của ngành, năm 2027 giảm tỷ lệ học sinh cận thị xuống dưới 15%", "14%", "met"],
    ["Theo báo cáo, năm học 2027-2028 tỷ lệ trẻ 3 tuổi ra lớp đạt 90%", "88%", "not_met"],
    ["Theo số liệu của huyện, tỷ lệ hộ dùng nước sạch năm 2028 đạt 85%", "86%", "exceeded"],
    ["Theo khảo sát, tỷ lệ giáo viên dùng giáo án điện tử tăng lên 80%", "82%", "exceeded"],
    ["Đến nay chưa có xã nào đạt chuẩn, năm 2027 có 3 xã đạt chuẩn", "3", "met"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("a told clause beside a clause aiming ahead is asked about, with an indicator or without", () => {
  it.each([
    ["Theo số liệu rà soát, tỷ lệ hộ cận nghèo còn 6,4%; năm 2027 giảm xuống dưới 5%", "6%", "Tỷ lệ hộ cận nghèo", "%"],
    ["Theo số liệu rà soát, tỷ lệ hộ cận nghèo còn 6,4%, năm 2027 giảm xuống dưới 5%", "6%", "", ""],
    ["Đến nay toàn huyện có 70% trường có sân chơi; năm 2027 đạt 90%", "75%", "Tỷ lệ trường có sân chơi", "%"],
    ["Đến nay có 12 trường đạt chuẩn xanh; năm 2028 có 18 trường đạt chuẩn xanh", "15", "Số trường đạt chuẩn xanh", "trường"],
    ["Theo khảo sát, 55% học sinh biết bơi; năm học 2027-2028 đạt 80%", "60%", "Tỷ lệ học sinh biết bơi", "%"],
  ])("%s", (phrase, typed, indicator, unit) => expect(evaluate(phrase, typed, { indicator: indicator || undefined, unit: unit || undefined }).status).toBe("review"));
});

describe("a source opening a sentence that aims nowhere is still refused", () => {
  it.each([
    ["Theo báo cáo năm 2025 của Sở, tỷ lệ trẻ thấp còi là 9%", "8%"],
    ["Theo khảo sát, tỷ lệ học sinh đi học bằng xe đạp điện tăng 4%", "5%"],
    ["Theo thống kê, tỷ lệ A đạt 90%; tỷ lệ B đạt 95%", "92%"],
  ])("%s", (phrase, typed) => told(phrase, typed, /lời kể/u));
});
