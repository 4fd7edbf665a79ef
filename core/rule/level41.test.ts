// Round 41 (phrases28): a count of units typed against a level ("12 xã" against "đạt chuẩn phổ cập mức độ 3") is no
// level reached: asked, never "mức độ 12". Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a count of units against a level", () => {
  it.each([
    ["Duy trì các xã đạt chuẩn phổ cập giáo dục mầm non mức độ 2", "14 xã"],
    ["Giữ vững chuẩn xóa mù chữ mức độ 2 ở các phường", "9 phường"],
    ["Các trường duy trì kiểm định chất lượng cấp độ 3", "6 trường"],
  ])("%s", (p, typed) => {
    const v = evaluate(p, typed);
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("mức");
  });
  it("still judges a level, a bare number or a score typed", () => {
    expect(evaluate("Đạt chuẩn phổ cập giáo dục mầm non mức độ 2", "mức độ 2").status).toBe("met");
    expect(evaluate("Đạt chuẩn phổ cập giáo dục mầm non mức độ 2", "1").status).toBe("not_met");
    expect(evaluate("Chứng chỉ tiếng Anh IELTS từ 6.0 trở lên", "6.5 điểm").status).toBe("exceeded");
  });
});

describe("a count of units against a level (round 42: more wordings)", () => {
  it.each([
    ["Giữ vững chuẩn phổ cập giáo dục tiểu học mức độ 3", "11 trường"],
    ["Đạt chuẩn phổ cập giáo dục THCS mức độ 2", "5 đơn vị"],
  ])("%s", (p, typed) => expect(evaluate(p, typed).status).toBe("review"));
  it("a level written with its word is judged", () => expect(evaluate("Đạt chuẩn phổ cập giáo dục THCS mức độ 2", "mức 3").status).toBe("exceeded"));
});
