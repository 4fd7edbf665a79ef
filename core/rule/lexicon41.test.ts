// Round 41 (lexicon41): the last read's loose ends in the target reader and two review findings (review40b M2, M3).
// An observed gap to a named reference is a statement; the refusal quotes whole words and figures and says the phrase
// states a result; getting back what is owed ("thu hồi nợ") is more-is-better; one list says which way money goes.
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";
import { MONEY_AIM, PAID_IN, RAISED } from "./parse/lexicon";

describe("a gap to a named reference, with no aim word and no level beside it, sets no target (review40b M2)", () => {
  it.each([
    ["Tỷ lệ học sinh lên lớp cao hơn so với cùng kỳ năm trước 1,8%", "2%", "cao hơn so với cùng kỳ năm trước 1,8%"],
    ["Số trẻ ra lớp nhiều hơn so với năm học trước 35 trẻ", "35", "nhiều hơn so với năm học trước 35 trẻ"],
    ["Số ca ngộ độc ít hơn so với cùng kỳ năm ngoái 4 ca", "3", "ít hơn so với cùng kỳ năm ngoái 4 ca"],
    ["Tỷ lệ tốt nghiệp THCS của huyện cao hơn toàn tỉnh 2%", "97%", "cao hơn toàn tỉnh 2%"],
    ["Điểm thi môn Toán của huyện thấp hơn cả nước 0,6 điểm", "6,5", "thấp hơn cả nước 0,6 điểm"],
    ["Tỷ lệ trẻ suy dinh dưỡng thấp hơn tỷ lệ chung của huyện 1,2%", "1%", "thấp hơn tỷ lệ chung của huyện 1,2%"],
    ["Tỷ lệ hộ nghèo của xã thấp hơn mặt bằng chung 3%", "3%", "thấp hơn mặt bằng chung 3%"],
    ["Điểm trung bình môn Văn thấp hơn bình quân chung 1,5 điểm", "1", "thấp hơn bình quân chung 1,5 điểm"],
  ])("%s", (phrase, typed, quoted) => {
    const r = parseTarget(phrase);
    expect(r).toMatchObject({ ok: false, error: { code: "reported_result" } });
    // The quote is whole: it never stops inside "1,5 điểm" or "35 trẻ" (review40b M3).
    if (!r.ok) expect(r.error.message.vi).toContain(`"${quoted}"`);
    for (const cell of [typed, ""]) expect(evaluate(phrase, cell).status).toBe("unreadable");
  });

  it.each([
    // An aim word makes it the plan's own aim, as before.
    ["Phấn đấu tỷ lệ tốt nghiệp THCS cao hơn toàn tỉnh 2%"],
    ["Đảm bảo điểm thi vào lớp 10 cao hơn bình quân chung của tỉnh 0,5 điểm"],
    ["Năm học 2026-2027 cần có tỷ lệ học sinh giỏi cao hơn so với năm học trước 3%"],
    // "so với mức 90%", "so với 95%": the level itself, a bound.
    ["Tỷ lệ phụ huynh hài lòng cao hơn so với mức 90%"],
    ["Tỷ lệ chuyên cần cao hơn so với 95%"],
  ])("but an aim, a level or a reference alone is read: %s", (phrase) => expect(parseTarget(phrase).ok).toBe(true));

  it.each([
    ["Tỷ lệ trẻ 5 tuổi ra lớp đạt 99,6%, cao hơn so với năm học trước 0,4%", "99,7%", "exceeded"],
    ["Tỷ lệ học sinh tốt nghiệp THPT đạt 98,2%, cao hơn toàn tỉnh 1,1%", "97%", "review"],
    ["Tỷ lệ giáo viên đạt chuẩn 100%, cao hơn tỷ lệ chung của tỉnh 4%", "100%", "met"],
    // (Which of the two figures is meant is asked when nothing else decides; never refused.)
  ])("and a level the sentence states beside a gap is the target: %s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("a result refused says so plainly and quotes whole words and figures (review40b M3)", () => {
  it.each([
    ["Năm 2024, huyện xếp thứ 3/18 trong cụm thi đua", "xếp thứ 3/18"],
    ["Trường đã tuyển sinh được 1.250, nhiều nhất từ trước tới nay", "đã tuyển sinh được 1.250"],
    ["Số học sinh bỏ học nhiều hơn cùng kỳ 12 em", "nhiều hơn cùng kỳ 12 em"],
  ])("%s", (phrase, quoted) => {
    const r = parseTarget(phrase);
    expect(r).toMatchObject({ ok: false, error: { code: "reported_result", fragment: quoted } });
    if (!r.ok) {
      expect(r.error.message.vi).toMatch(/^Câu này nêu một kết quả, không phải chỉ tiêu: "/u);
      expect(r.error.message.en).toMatch(/^This states a result, not a target: "/u);
      expect(r.error.message.vi).toContain(`"${quoted}"`);
    }
  });

  it("cuts a long quote at a space, never inside a word or figure", () => {
    const phrase = "Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,82%, vượt chỉ tiêu do Ủy ban nhân dân huyện Đông Sơn đề ra từ đầu năm học cho toàn bộ các trường tiểu học trên địa bàn";
    const r = parseTarget(phrase);
    expect(r).toMatchObject({ ok: false, error: { code: "reported_result" } });
    if (r.ok) return;
    const q = r.error.fragment;
    expect(q.length).toBeLessThanOrEqual(80);
    expect(q.endsWith(" …")).toBe(true);
    // Every word quoted is a whole word of the phrase.
    const words = new Set(phrase.split(" "));
    for (const w of q.slice(0, -2).split(" ")) expect(words.has(w), w).toBe(true);
  });

  it("still calls a forecast or a view that, whatever marks follow it", () => {
    const r = parseTarget("Dự báo, số học sinh vào lớp 1 năm tới khoảng 1.500 em");
    expect(r).toMatchObject({ ok: false, error: { code: "reported_result", fragment: "Dự báo" } });
    if (!r.ok) expect(r.error.message.vi).toMatch(/^Câu này nêu lời kể, dự báo hay ý kiến, không phải chỉ tiêu/u);
  });
});

describe("getting back what is owed or was taken is more-is-better, whatever harm it names", () => {
  it.each([
    ["Thu hồi nợ thuế tồn đọng 250 triệu đồng", undefined, "260 triệu đồng", "exceeded", "200 triệu đồng", "not_met"],
    ["Truy thu tiền thuế nợ đọng 1,2 tỷ đồng", undefined, "1,5 tỷ đồng", "exceeded", "1 tỷ đồng", "not_met"],
    ["Thu hồi 90% nợ tồn đọng", undefined, "95%", "exceeded", "80%", "not_met"],
    ["Thu hồi tài sản thất thoát 500 triệu đồng", undefined, "600 triệu đồng", "exceeded", "400 triệu đồng", "not_met"],
    ["85%", "Tỷ lệ thu hồi nợ đọng bảo hiểm xã hội", "90%", "exceeded", "70%", "not_met"],
  ])("%s (%s)", (phrase, indicator, above, aboveStatus, below, belowStatus) => {
    expect(evaluate(phrase, above, { indicator }).status).toBe(aboveStatus);
    expect(evaluate(phrase, below, { indicator }).status).toBe(belowStatus);
  });

  it.each([
    // The harm itself, or a harm before the verb ("nợ … chưa thu hồi"), is still less-is-better.
    ["Nợ thuế tồn đọng 250 triệu đồng", undefined, "200 triệu đồng", "met"],
    ["20%", "Tỷ lệ nợ bảo hiểm xã hội chưa thu hồi", "25%", "not_met"],
    // The verb's reach ends at its clause: a harm in another clause is one.
    ["Thu hồi 100% nợ đọng; tỷ lệ bỏ học 1%", "Tỷ lệ bỏ học", "2%", "not_met"],
  ])("but not a harm outside what is recovered: %s (%s)", (phrase, indicator, typed, status) => expect(evaluate(phrase, typed, { indicator }).status).toBe(status));
});

describe("one list says which way money goes", () => {
  it("keeps each group to its callers: raised anywhere, earned for an amount for each one, paid in before a cost's sum", () => {
    for (const w of ["huy động", "thu hút", "tiết kiệm", "vốn đầu tư toàn xã hội", "trên địa bàn"]) {
      expect(RAISED.test(w), w).toBe(true);
      expect(MONEY_AIM.test(w), w).toBe(true);
    }
    for (const w of ["thu nhập bình quân", "doanh thu", "tổng giá trị", "kim ngạch xuất khẩu"]) {
      expect(RAISED.test(w), w).toBe(false);
      expect(MONEY_AIM.test(w), w).toBe(true);
    }
    for (const w of ["thu học phí", "ủng hộ", "đóng góp", "tài trợ", "nộp"]) expect(PAID_IN.test(w), w).toBe(true);
    // Whole words only: "thu" is no part of "thuê" or "thuốc".
    for (const w of ["thuê phòng", "mua thuốc"]) expect(PAID_IN.test(w), w).toBe(false);
  });

  it.each([
    // Money raised is a floor; a cost with nothing incoming is at most its sum; money paid in between is no cost.
    ["Huy động nguồn xã hội hóa 3 tỷ đồng", "3,5 tỷ đồng", "exceeded"],
    ["Kinh phí tổ chức hội thi 80 triệu đồng", "90 triệu đồng", "not_met"],
    ["Thu nhập bình quân của giáo viên 9 triệu đồng/người/tháng", "10 triệu đồng", "exceeded"],
  ])("%s", (phrase, typed, status) => expect(evaluate(phrase, typed).status).toBe(status));
});

describe("getting back turns only what is owed around (review41b B2)", () => {
  const op = (p: string, indicator?: string) => {
    const r = parseTarget(p, indicator ? { indicator } : {});
    return r.ok && r.rule.kind === "compare" ? r.rule.op : null;
  };
  it.each([
    ["Thu hồi giấy phép hoạt động của cơ sở vi phạm 2 trường hợp"],
    ["Thu hồi đất của các hộ vi phạm lấn chiếm 3 hộ"],
    ["Truy thu thuế các trường hợp vi phạm 20 trường hợp"],
    ["Thu hồi sách giáo khoa sai sót 5 đầu sách"],
  ])("a revoked licence or a recalled defect stays a harm: %s", (p) => expect(op(p)).toBe("<="));
  it("a purpose after 'để' names its own harm", () => expect(op("Thu hồi và xử lý nợ quá hạn để tỷ lệ nợ quá hạn 2%")).toBe("<="));
  it("debts recovered are more-is-better, in the phrase or the indicator", () => {
    expect(op("Truy thu tiền BHYT nợ đọng 500 triệu đồng")).toBe(">=");
    expect(op("Thu hồi nợ quá hạn 80%")).toBe(">=");
    expect(op("2 trường hợp", "Thu hồi giấy phép do vi phạm")).toBe("<=");
    expect(op("250 triệu đồng", "Thu hồi nợ thuế tồn đọng")).toBe(">=");
  });
});
