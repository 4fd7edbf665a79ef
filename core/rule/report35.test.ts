// Round 35 (report35): a sentence that says where things stand — a rank reached, a count as of a day or over a whole
// area, a review after a while — holds no target when no aim word is in it, and is refused, saying so; and the result
// against a plan of round 34 no longer catches a target whose plan word names what is aimed at (review34's three
// phrases, rows 1–3 below). docs/measures.md "Round 35x (report35)". Every other phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("targets read as reports in round 34 are targets again", () => {
  it.each([
    ["98% trẻ 5 tuổi đạt mục tiêu giáo dục cuối độ tuổi", "97%", "not_met"],
    ["Giải ngân vốn đầu tư công đạt 95% kế hoạch vốn được giao", "96%", "exceeded"],
    ["Huy động trẻ 5 tuổi ra lớp đạt chỉ tiêu được giao", "Đạt", "met"],
    ["Tuyển mới 120 học viên, đạt chỉ tiêu được giao", "118", "not unreadable"],
    ["Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt mục tiêu phổ cập của huyện", "Đạt", "met"],
  ])("%s", (phrase, typed, status) => {
    expect(parseTarget(phrase).ok).toBe(true);
    if (status === "not unreadable") expect(evaluate(phrase, typed).status).not.toBe("unreadable");
    else expect(evaluate(phrase, typed).status).toBe(status);
  });
  it("still refuses a result against a plan somebody set", () => {
    for (const p of ["Toàn trường có 41 lớp, đạt 97,6% so với kế hoạch huyện giao", "tỷ lệ đi học đều đạt 96,35%, vượt chỉ tiêu đề ra"]) {
      const r = parseTarget(p);
      expect(r.ok ? "" : r.error.code).toBe("reported_result");
    }
  });
});

describe("where things stand, with no aim, is refused", () => {
  it.each([
    ["Năm 2024 trường xếp thứ 4 toàn huyện về chất lượng thi vào lớp 10", "thứ 4", "xếp thứ 4"],
    // (The quote takes the whole place, "12/63", since round 41: a figure is never split.)
    ["Đội tuyển của tỉnh đứng thứ 12/63 đơn vị dự thi, tăng 3 bậc", "12/63", "đứng thứ 12/63"],
    ["Tính đến tháng 6/2024, có 18/21 xã đạt chuẩn phổ cập giáo dục mầm non", "18/21", "Tính đến"],
    ["Toàn huyện hiện có 7/9 trường đạt chuẩn quốc gia mức độ 1", "7/9", "Toàn huyện hiện có"],
    // (Round 43: the result over its plan, "vượt 3,2% chỉ tiêu đề ra", is now found first and quoted.)
    ["cả huyện đã có 1.240 hộ đạt gia đình văn hóa, vượt 3,2% chỉ tiêu đề ra", "1240", "vượt 3,2% chỉ tiêu đề ra"],
    ["Theo định mức, số phòng học còn thiếu là 214 phòng", "214", "còn thiếu là 214"],
    ["Qua 3 năm thực hiện, 6/8 chỉ tiêu của nghị quyết đạt và vượt", "6/8", "Qua 3 năm thực hiện"],
    ["Qua đối chiếu 12 chỉ tiêu, có 7 chỉ tiêu vượt", "7", "Qua đối chiếu"],
  ])("%s", (phrase, typed, fragment) => {
    const r = parseTarget(phrase);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("reported_result");
      expect(r.error.message.vi).toContain(`"${fragment}"`);
    }
    expect(evaluate(phrase, typed).status).toBe("unreadable");
  });
  it.each([
    ["Phấn đấu xếp thứ 4 toàn huyện về chất lượng thi vào lớp 10", "thứ 5", "not_met"],
    ["Học sinh xếp thứ 3 trở lên trong kỳ thi được khen thưởng", "thứ 2", "exceeded"],
    ["Đến năm 2025, toàn huyện có 9/9 trường đạt chuẩn quốc gia", "8/9", "not_met"],
    ["Tính đến năm học 2026-2027 có ít nhất 12/14 trường đạt chuẩn", "12/14", "met"],
    ["Tính đến tháng 6/2024, toàn huyện đạt 97%", "97%", "met"],
    ["toàn tỉnh có 1.540 học sinh được hỗ trợ gạo", "1540", "met"],
    // A plan's own target cell says the same with no aim word ("28/28 trường đạt chuẩn quốc gia" is the commonest form of
    // all): a whole area "có" a count is where things stand only when "hiện" or "đã" says so (the integrator, review35).
    ["Toàn huyện có 28/28 trường đạt chuẩn quốc gia", "27/28", "not_met"],
    ["Toàn huyện có 7/9 trường đạt chuẩn quốc gia mức độ 1", "7/9", "met"],
    // review35: "tất cả" is no whole area, a day ahead is an aim, and "sau N năm" is as often a plan's horizon.
    ["Tất cả các trường có 12/12 phòng máy tính đạt chuẩn", "11/12", "not_met"],
    ["Tính đến hết năm 2025, 28/28 trường đạt chuẩn quốc gia", "27/28", "not_met"],
    ["Sau 5 năm thực hiện, 100% trường đạt chuẩn", "99%", "not_met"],
    ["Hiện nay toàn xã đã có 5/8 thôn đạt chuẩn, phấn đấu năm 2026 có 8/8 thôn", "7/8", "not unreadable"],
  ])("keeps the target in %s", (phrase, typed, status) => {
    if (status === "not unreadable") expect(evaluate(phrase, typed).status).not.toBe("unreadable");
    else expect(evaluate(phrase, typed).status).toBe(status);
  });
});
