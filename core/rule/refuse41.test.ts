// Round 41 (phrases28): a sentence opening on "Qua …," (a look back at what was reported, counted or followed up) is a
// finding whatever was looked at, refused with no aim word like refuse40's "Qua kiểm tra". Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("a finding opened by 'Qua …,' sets no target", () => {
  it.each([
    ["Qua báo cáo của các trường, có 41 trường đạt chuẩn xanh - sạch - đẹp (đạt 87,2%)", "41", "Qua báo cáo"],
    ["Qua tổng hợp số liệu, 96,4% trẻ được khám sức khỏe định kỳ", "97%", "Qua tổng hợp"],
    ["Qua theo dõi, cả huyện còn 27 học sinh có nguy cơ bỏ học", "25", "Qua theo dõi"],
    ["+ Qua thống kê của phòng, 318 giáo viên đạt chuẩn trình độ đào tạo", "320", "Qua thống kê"],
  ])("%s", (phrase, typed, quoted) => {
    const r = parseTarget(phrase);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toContain(quoted);
    for (const cell of [typed, ""]) expect(evaluate(phrase, cell).status).toBe("unreadable");
  });
  it("reads the frame beside an aim word, and 'qua' elsewhere, as before", () => {
    expect(evaluate("Qua đánh giá năm trước, phấn đấu 95% trẻ đạt chuẩn phát triển", "96%").status).toBe("exceeded");
    expect(evaluate("100% hồ sơ được duyệt qua phần mềm, trong năm 2031", "100%").status).toBe("met");
    expect(evaluate("Thông qua sinh hoạt chuyên môn, 100% giáo viên được bồi dưỡng", "98%").status).toBe("not_met");
  });
});
