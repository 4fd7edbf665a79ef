// Round 37 (refuse37): sentences that report what was done, not what is aimed at, are refused saying so — an estimate
// of what was reached against a plan ("ước đạt … % kế hoạch"), a share of a plan a body named at length set, a count
// over a whole area "currently" held, and a deed done ("đã … được N").
// docs/measures.md "Round 37x (refuse37)". Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a report of what was done is refused, naming the words", () => {
  it.each([
    ["Toàn ngành ước đạt 102,3% kế hoạch năm", "102%", "ước đạt 102,3% kế hoạch"],
    ["Thu ngân sách ước tính đạt 97% so với kế hoạch", "97%", "ước tính đạt 97% so với kế hoạch"],
    ["Huy động trẻ ra lớp ước đạt 100% chỉ tiêu", "100%", "ước đạt 100% chỉ tiêu"],
    ["Tuyển sinh đạt 104% chỉ tiêu do Sở Giáo dục và Đào tạo tỉnh giao", "104%", "do Sở Giáo dục và Đào tạo tỉnh giao"],
    ["Năm 2023, toàn huyện kết nạp 312 đoàn viên, đạt 96% kế hoạch do Ban Thường vụ Huyện đoàn đề ra", "312", "đạt 96% kế hoạch do Ban"],
    ["Hiện nay, cả huyện Ba Vì có 31/32 trường đạt chuẩn quốc gia", "31/32", "cả huyện Ba Vì có"],
    ["Hiện tại toàn quận có 18 trường tiểu học công lập", "18", "toàn quận có"],
    ["Hiện toàn tỉnh Lai Châu có 94,2% trẻ 5 tuổi học 2 buổi/ngày", "95%", "toàn tỉnh Lai Châu có"],
    ["Trường đã phối hợp tổ chức được 6 chuyên đề cấp cụm", "6", "đã phối hợp tổ chức được 6"],
    ["Các xã đã vận động được 1.200 trẻ ra lớp", "1200", "đã vận động được 1.200"],
    ["Chi đoàn đã quyên góp được 350 bộ sách giáo khoa cũ trong 2 tuần", "350", "đã quyên góp được 350"],
  ])("%s", (phrase, typed, fragment) => {
    const r = parseTarget(phrase);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("reported_result");
      expect(r.error.message.vi).toContain(fragment);
    }
    expect(evaluate(phrase, typed).status).toBe("unreadable");
    // A blank cell against a report is no target to wait on either.
    expect(evaluate(phrase, "").status).toBe("unreadable");
  });
});

describe("targets with the same words are still read", () => {
  it.each([
    ["Giải ngân vốn đầu tư công đạt 95% kế hoạch năm", "96%", "exceeded"],
    ["Phấn đấu đạt 95% kế hoạch năm", "94%", "not_met"],
    ["100% trường đã được công nhận đạt chuẩn quốc gia", "100%", "met"],
    ["Mỗi trường tổ chức được ít nhất 2 chuyên đề/năm", "1", "not_met"],
    ["Đến năm 2027 đã xây dựng được 5 trường đạt chuẩn quốc gia", "5", "met"],
    ["Toàn huyện có 28/28 trường đạt chuẩn quốc gia", "27/28", "not_met"],
    ["Thời gian qua, các trường cần tiếp tục duy trì tỷ lệ chuyên cần trên 95%", "96%", "met"],
    ["So với năm qua, tỷ lệ trẻ suy dinh dưỡng giảm 0,5%", "giảm 0,6%", "exceeded"],
  ])("%s", (phrase, typed, status) => {
    expect(evaluate(phrase, typed).status).toBe(status);
  });
});
