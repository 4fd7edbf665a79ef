// Round 34 (noresult34): a result set against a plan whose figure the phrase never gives is no target; the reader
// refuses it, saying so, and keeps reading targets that aim, state the plan, or hold the plan itself
// (docs/measures.md "Round 34x (noresult34)"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a reported result against an unstated plan is refused", () => {
  it("refuses a share of a plan, a plan beaten or met, with the reason in Vietnamese first", () => {
    for (const p of [
      "Toàn huyện có 412 phòng học kiên cố, đạt 87,5% so với kế hoạch tỉnh giao",
      "Năm học vừa qua tỷ lệ lên lớp bình quân đạt 97,4%, vượt chỉ tiêu đề ra.",
      "Thu ngân sách năm 2023 tăng 6,1% so với năm 2022, đạt mục tiêu Hội đồng nhân dân đề ra.",
      "Toàn xã có 9/11 thôn đạt chuẩn văn hóa, đạt 81,8% kế hoạch giao năm 2022.",
      "Sau một năm, trường đã đạt nhiều thành tích, chất lượng đại trà vượt chỉ tiêu kế hoạch.",
    ]) {
      const r = parseTarget(p);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("reported_result");
        expect(r.error.message.vi).toMatch(/^Câu này nêu một kết quả, không phải chỉ tiêu/u);
      }
      expect(evaluate(p, "90%").status).toBe("unreadable");
    }
  });
  it("keeps targets that aim, state the plan's figure, or are the plan itself", () => {
    expect(evaluate("phấn đấu tỷ lệ giải ngân đạt 100% kế hoạch giao", "95%").status).toBe("not_met");
    expect(evaluate("thu ngân sách trên địa bàn đạt 100% chỉ tiêu tỉnh giao", "104%").status).not.toBe("unreadable");
    expect(evaluate("Tỷ lệ lao động qua đào tạo đạt 61%, vượt 3% so với chỉ tiêu", "58%").status).not.toBe("unreadable");
    expect(evaluate("đã tuyển 312 học viên, vượt kế hoạch (300 học viên)", "305").status).not.toBe("unreadable");
    expect(evaluate("năm 2023 có chỉ tiêu là 150 nhưng đã tuyển 171 sinh viên, vượt chỉ tiêu đề ra", "150").status).not.toBe("unreadable");
    expect(evaluate("tuyển quân đạt chỉ tiêu huyện giao", "Đạt").status).toBe("met");
  });
});
