// Round 28 (fix28w): fewer confidently wrong verdicts, rules adopted on the evidence of the nineteen design sets
// (docs/measures.md). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a day typed after words the target does not name ('Phát thẻ ngày 12/10/2024') is asked about, not called no figure", () => {
  it("asks, saying which day it read, whether it is the completion date", () => {
    const p = "Hỗ trợ bảo hiểm cho học sinh từ ngày 01/10/2024 đến ngày 20/10/2024";
    const v = evaluate(p, "Phát thẻ ngày 12/10/2024");
    expect(v.status).toBe("review");
    expect(v.explanation).toContain("Phát thẻ ngày 12/10/2024");
    expect(evaluate("Hoàn thành sửa chữa phòng học chậm nhất ngày 15/8/2025", "Bàn giao 20/8/2025").status).toBe("review");
    // (Words that name the target's own event are read, as before.)
    expect(evaluate(p, "Hỗ trợ ngày 12/10/2024").status).toBe("met");
  });
  it("leaves words that say it is not done or only planned unread", () => {
    const p = "Hoàn thành sửa chữa phòng học chậm nhất ngày 15/8/2025";
    for (const a of ["Dự kiến bàn giao 10/8/2025", "Chưa bàn giao ngày 10/8/2025", "Hạn bàn giao 10/8/2025", "Bàn giao trước 10/8/2025"]) {
      expect(evaluate(p, a, { asOf: "2025-09-01" }).status).not.toMatch(/^(met|not_met|exceeded|review)$/);
    }
  });
});

describe("an interval named a cycle ('theo chu kỳ 3 năm một lần') may be the cycle itself: one held more often is asked about", () => {
  it("asks when at most that long and exactly that long judge the figure otherwise", () => {
    const p = "Liên hoan văn nghệ học sinh cấp huyện được tổ chức theo chu kỳ 03 năm một lần.";
    expect(evaluate(p, "1 lần/2 năm").status).toBe("review");
    expect(evaluate(p, "2 năm một lần").status).toBe("review");
    expect(evaluate(p, "3 năm một lần").status).toBe("met");
    expect(evaluate(p, "5 năm một lần").status).toBe("not_met");
    // (The cycle may be named by the indicator, and by a part of several.)
    const q = "Ngày hội đọc sách tổ chức 3 năm một lần ở cấp tỉnh, 2 năm một lần ở cấp huyện.";
    expect(evaluate(q, "1 lần/năm", { indicator: "Chu kỳ tổ chức Ngày hội đọc sách" }).status).toBe("review");
  });
  it("leaves a period with no cycle named ('định kỳ 2 tuần/lần') at most that long, and a duration exact", () => {
    expect(evaluate("Tổ chuyên môn họp định kỳ 2 tuần/lần", "1 lần/tuần").status).toMatch(/met|exceeded/);
    expect(evaluate("Buổi dã ngoại diễn ra 120 phút vào sáng thứ bảy đầu tháng", "1 lần/tháng", { unit: "lần/tháng" }).status).not.toBe("not_met");
  });
});

describe("a rise from a baseline the sheet gives, read as a level: asked where the level and the rise judge otherwise", () => {
  it("asks when the indicator counts the addition and the figure may be the new level ('thêm 2 câu lạc bộ', baseline 6)", () => {
    const p = "năm nay thành lập thêm 02 câu lạc bộ thể thao";
    const o = { indicator: "Số câu lạc bộ thể thao thành lập thêm", baseline: "6 câu lạc bộ" };
    expect(evaluate(p, "7 câu lạc bộ", o).status).toBe("review");
    // (Alike by both, judged; a change typed is the addition.)
    expect(evaluate(p, "9 câu lạc bộ", o).status).toMatch(/met|exceeded/);
    expect(evaluate(p, "thêm 1 câu lạc bộ", o).status).toBe("not_met");
    // (No baseline: the figure is the addition the indicator counts.)
    expect(evaluate(p, "2 câu lạc bộ", { indicator: o.indicator }).status).toBe("met");
  });
  it("asks when the number read is the baseline itself ('tăng … từ 40 đội', baseline 40)", () => {
    const v = evaluate("phấn đấu tăng gấp rưỡi từ 40 đội bóng năm trước", "50", { baseline: "40" });
    expect(v.status).toBe("review");
  });
});

describe("a first day in the runner-up's place keeps its own day as a rival: 'Từ ngày 1/3/2024, giá vé … là 30.000 đồng'", () => {
  it("asks about a later day typed (the day it took effect on, or any day from it?)", () => {
    const p = "Từ ngày 1/3/2024, giá vé vào cổng bảo tàng tỉnh là 30.000 đồng/người.";
    expect(evaluate(p, "20/3/2024").status).toBe("review");
    // (The day itself meets both; a day before it, neither.)
    expect(evaluate(p, "1/3/2024").status).toBe("met");
    expect(evaluate(p, "20/2/2024").status).toBe("not_met");
  });
});
