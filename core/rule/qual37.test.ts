// Round 37 (qual37): classes of the qualifier, negation and related rows, each fixed by one general rule. Every phrase
// and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | number | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit }).status;

describe("a bare figure of a mark's size under a rate, where the phrase gives a mark, is not read as a rate", () => {
  const phrases = [
    "Học viên hoàn thành khóa học đạt IELTS 6.0 trở lên; tỷ lệ hài lòng của người học từ 85%",
    "Sinh viên ra trường có TOEIC 4,5 quy đổi; tỷ lệ sinh viên có việc làm đạt 92%",
    "Điểm trung bình môn toán từ 6,5; tỷ lệ học sinh lên lớp 98%",
  ];
  it("asks about a bare 6.5 or 7 (a mark or 6,5%?) instead of judging it as a rate", () => {
    for (const p of phrases) {
      expect(status(p, "6.5", "Tỷ lệ người học đạt yêu cầu")).toBe("review");
      expect(status(p, "7", "Tỷ lệ người học đạt yêu cầu")).toBe("review");
    }
  });
  it("still judges a rate typed with its sign, a whole number past the mark scale, and a phrase with no mark", () => {
    expect(status(phrases[0], "90%", "Tỷ lệ hài lòng")).toMatch(/met|exceeded/u);
    expect(status(phrases[1], "95", "Tỷ lệ có việc làm")).toBe("exceeded");
    expect(status("Tỷ lệ học sinh lên lớp đạt 98%", "6.5")).toBe("not_met");
    // (A mark the reading can take judges it: "7,0 điểm trở lên" is the runner-up here.)
    expect(status("Học sinh đạt 7,0 điểm trở lên chiếm tỷ lệ 90%", "6.5", "Tỷ lệ học sinh khá")).toBe("not_met");
  });
});
