// Round 37 (refuse37): sentences that report what was done, not what is aimed at, are refused saying so — an estimate
// of what was reached against a plan ("ước đạt … % kế hoạch"), a share of a plan a body named at length set, a count
// over a whole area "currently" held, and a deed done ("đã … được N"); a window that ends before it starts is asked
// about; the latest time before a day ("chậm nhất 5 ngày trước ngày họp") is at least that long ahead; a prize below
// the grade named is asked about; a working week is five working days; "kéo dài N" states a length; a sentence that
// withdraws a criterion ("Không áp dụng …") sets no target.
// docs/measures.md "Round 37x (refuse37)". Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

/** Each phrase judged against a typed figure (on the day given) gives the status named. */
function judged(title: string, rows: Array<[string, string, string]>, asOf?: string): void {
  it.each(rows)(title, (phrase, typed, status) => expect(evaluate(phrase, typed, asOf ? { asOf } : {}).status).toBe(status));
}

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
  judged("%s", [
    ["Giải ngân vốn đầu tư công đạt 95% kế hoạch năm", "96%", "exceeded"],
    ["Phấn đấu đạt 95% kế hoạch năm", "94%", "not_met"],
    ["100% trường đã được công nhận đạt chuẩn quốc gia", "100%", "met"],
    ["Mỗi trường tổ chức được ít nhất 2 chuyên đề/năm", "1", "not_met"],
    ["Đến năm 2027 đã xây dựng được 5 trường đạt chuẩn quốc gia", "5", "met"],
    ["Toàn huyện có 28/28 trường đạt chuẩn quốc gia", "27/28", "not_met"],
    ["Thời gian qua, các trường cần tiếp tục duy trì tỷ lệ chuyên cần trên 95%", "96%", "met"],
    ["So với năm qua, tỷ lệ trẻ suy dinh dưỡng giảm 0,5%", "giảm 0,6%", "exceeded"],
  ]);
});

describe("a window whose last day comes before its first is asked about", () => {
  it.each([
    ["Đợt 2: Từ ngày 28/12/2025 đến ngày 05/01/2025", "02/01/2025"],
    ["Tổ chức kiểm tra từ 15/3/2026 đến 10/3/2026", ""],
    ["Thời gian đăng ký: từ ngày 20/8/2024 đến hết ngày 5/8/2024", "1/8/2024"],
  ])("%s", (phrase, typed) => {
    const v = evaluate(phrase, typed, { asOf: "2026-06-01" });
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("trước ngày đầu");
  });
  judged("a window across a new year is still judged: %s", [
    ["từ ngày 28/12/2024 đến 3/1/2025", "2/1/2025", "met"],
    ["từ 15/12/2024 đến 15/1", "20/1/2025", "not_met"],
  ], "2025-03-01");
});

describe("the latest time before a day is how long ahead: at least that long", () => {
  judged("%s ← %s", [
    ["Gửi giấy mời chậm nhất 5 ngày trước ngày họp", "4 ngày", "not_met"],
    ["Gửi giấy mời chậm nhất 5 ngày trước ngày họp", "6 ngày", "exceeded"],
    ["Chậm nhất là 10 ngày làm việc, trước ngày tổ chức hội nghị, thông báo nội dung", "10 ngày làm việc", "met"],
    ["công khai danh sách muộn nhất 2 tuần trước khi khai giảng", "1 tuần", "not_met"],
    ["chậm nhất 01 tháng trước ngày thi, công bố đề cương", "2 tháng", "exceeded"],
  ]);
  judged("a span after a day stays at most: %s", [
    ["trả kết quả chậm nhất 5 ngày sau khi nhận đủ hồ sơ", "6 ngày", "not_met"],
    ["giải quyết chậm nhất 7 ngày làm việc", "5 ngày làm việc", "met"],
    ["chậm nhất là 15 ngày kể từ ngày nhận đơn", "20 ngày", "not_met"],
  ]);
  // ("trước đây / trước đó / trước kia" is formerly, "trước hết" first of all: no day follows, the span stays at most.)
  judged("'trước' of the past is no day ahead: %s ← %s", [
    ["Cấp giấy chứng nhận chậm nhất 7 ngày làm việc, trước đây là 12 ngày", "9 ngày làm việc", "not_met"],
    ["Cấp giấy chứng nhận chậm nhất 7 ngày làm việc, trước đây là 12 ngày", "6 ngày làm việc", "met"],
    ["Phúc đáp văn bản chậm nhất 3 ngày, trước đó là 5 ngày", "4 ngày", "not_met"],
    // (Without "là" the former figure is not told from a second bound: asked, never read as a lead time.)
    ["Công bố kết quả chậm nhất 20 ngày, trước kia 30 ngày", "25 ngày", "review"],
    ["Nộp báo cáo chậm nhất 2 tuần trước kỳ họp", "3 tuần", "exceeded"],
  ]);
});

describe("a prize below the grade the target names is asked about, not counted", () => {
  judged("%s ← %s", [
    ["Học sinh giỏi cấp tỉnh: ít nhất 2 giải Nhì", "2 giải Ba", "review"],
    ["Hội thi giáo viên giỏi cấp huyện: 1 giải Nhất", "1 giải Khuyến khích", "review"],
    ["Đoàn thể thao của huyện giành 3 huy chương vàng", "3 huy chương bạc", "review"],
    ["Học sinh giỏi cấp tỉnh: ít nhất 2 giải Nhì", "2 giải Nhất", "met"],
    ["Học sinh giỏi cấp tỉnh: ít nhất 2 giải Nhì", "3 giải Nhì", "exceeded"],
    ["Học sinh giỏi cấp tỉnh: ít nhất 2 giải Nhì", "1 giải Nhì", "not_met"],
    ["Hội khỏe Phù Đổng: ít nhất 5 huy chương", "5 huy chương đồng", "met"],
  ]);
  // (The question stands: another reading of a compound target, "2 giải Nhì" or "8 giải Ba" read without the grade,
  // does not judge the lower prize instead.)
  judged("never handed to another reading: %s ← %s", [
    ["Hội diễn văn nghệ cấp huyện: ít nhất 1 giải Nhất hoặc 2 giải Nhì", "4 giải Ba", "review"],
    ["Thi học sinh giỏi cấp tỉnh: ít nhất 2 giải Nhì, 6 giải Ba", "7 giải Khuyến khích", "review"],
    ["Thi khoa học kỹ thuật: đạt 15 giải, trong đó ít nhất 1 giải Nhất", "4 giải Ba", "review"],
    ["Hội khỏe Phù Đổng: 2 huy chương vàng, 5 huy chương bạc", "6 huy chương đồng", "review"],
  ]);
});

describe("a working week is five working days", () => {
  judged("%s ← %s", [
    ["Thời hạn giải quyết: 07 ngày làm việc", "1 tuần", "met"],
    ["Thời hạn giải quyết: 07 ngày làm việc", "2 tuần", "not_met"],
    ["không quá 2 tuần", "8 ngày làm việc", "met"],
    ["không quá 1 tuần", "6 ngày làm việc", "not_met"],
  ]);
  it("says how it converted", () => {
    expect(evaluate("Thời hạn giải quyết: 07 ngày làm việc", "1 tuần").explanation).toContain("5 ngày làm việc");
  });
  it("still will not turn hours into working days", () => {
    expect(evaluate("Thời hạn giải quyết: 03 ngày làm việc", "48 giờ").status).not.toBe("met");
  });
});

describe("how long a thing lasts, in sessions, is as likely the length set as a least", () => {
  judged("%s ← %s", [
    ["Khóa bồi dưỡng kéo dài 12 buổi", "14 buổi", "review"],
    ["Lớp tập huấn kéo dài 6 buổi", "6 buổi", "met"],
    ["Lớp tập huấn kéo dài 6 buổi", "4 buổi", "not_met"],
    ["Phấn đấu mỗi câu lạc bộ kéo dài hoạt động ít nhất 10 buổi", "12 buổi", "exceeded"],
  ]);
});

describe("a sentence withdrawing a criterion sets no target", () => {
  it.each([
    ["Không áp dụng tiêu chí tỷ lệ học sinh lên lớp (từ 95% trở lên) khi xét thi đua năm 2026", "97%"],
    ["- Bãi bỏ chỉ tiêu tối thiểu 2 chuyên đề/năm đối với trường hạng 3", "2"],
    ["Không còn áp dụng mức trần 45 học sinh/lớp từ năm học 2026-2027", "40"],
  ])("%s", (phrase, typed) => {
    const v = evaluate(phrase, typed);
    expect(v.status).toBe("unreadable");
    expect(v.explanation).toContain("bỏ một tiêu chí");
  });
  judged("a withdrawal is its own clause's; a later clause's figure is the target: %s ← %s", [
    ["Không áp dụng đối với lớp song ngữ; các lớp còn lại sĩ số tối đa 35 học sinh", "36", "not_met"],
    ["Thôi áp dụng định mức cũ, áp dụng định mức mới 2 giáo viên/lớp", "2 giáo viên/lớp", "met"],
    ["Ngừng áp dụng học bạ giấy; 100% trường dùng học bạ số", "90%", "not_met"],
    ["Bãi bỏ kỳ thi nghề, xét công nhận cho ít nhất 95% học sinh", "96%", "exceeded"],
    // (A withdrawn clause naming a figure is the criterion withdrawn: still refused.)
    ["Không áp dụng tiêu chí 4 (đạt từ 70%), tiêu chí 6 đối với xã biên giới", "80%", "unreadable"],
  ]);
  judged("an exception inside a target is still a target: %s", [
    ["Tỷ lệ học sinh lên lớp đạt 95% (không áp dụng với lớp chuyên)", "96%", "exceeded"],
    ["Áp dụng định mức tối đa 35 học sinh/lớp", "36 học sinh/lớp", "not_met"],
  ]);
});
