// Round 35 (part35): a compound target's parts — the one label an indicator names chooses its part, and a part the
// indicator names that states no figure is refused rather than judged by a neighbour's (docs/measures.md "Round 35x
// (part35)"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const ctx = (indicator: string) => ({ indicator, unit: "%", lang: "vi" as const });

describe("a list of labelled parts: the one label the indicator names is the part", () => {
  const p = "Khuôn viên trường: diện tích xây dựng tối đa 40%, sân chơi tối thiểu 30%, cây xanh tối thiểu 20%.";
  it("judges each part by its own operator", () => {
    expect(evaluate(p, "18%", ctx("Tỷ lệ cây xanh")).status).toBe("not_met");
    expect(evaluate(p, "25%", ctx("Tỷ lệ cây xanh")).status).toBe("exceeded");
    expect(evaluate(p, "45%", ctx("Tỷ lệ diện tích xây dựng")).status).toBe("not_met");
  });
  it("still asks where a later part is an ellipsis of the first", () => {
    const v = evaluate("nâng tỷ lệ trẻ đi học đạt 91% vào năm 2025, đến năm 2030 là 94%", "93%", ctx("Tỷ lệ trẻ đi học"));
    expect(v.status).toBe("review");
  });
});

describe("a part with no figure of its own is refused, not lent a neighbour's", () => {
  const p = "Phấn đấu 100% trường có thư viện đạt chuẩn; hầu hết lớp học có góc đọc sách thân thiện";
  it("refuses the part the indicator names", () => {
    expect(evaluate(p, "97%", ctx("Tỷ lệ lớp học có góc đọc sách thân thiện")).status).toBe("unreadable");
  });
  it("judges the part with the figure as before", () => {
    expect(evaluate(p, "100%", ctx("Tỷ lệ trường có thư viện đạt chuẩn")).status).toBe("met");
    expect(evaluate(p, "97%", { indicator: "Tỷ lệ trường có thư viện đạt chuẩn; Tỷ lệ lớp học có góc đọc sách", unit: "%", lang: "vi" }).status).not.toBe("unreadable");
  });  // review35: a bare figure before what will be done to reach it is the target, not a part without a figure.
  it.each([
    ["Đạt 100%; tuyên truyền, vận động học sinh tham gia bảo hiểm y tế đầy đủ", "98%", "Tỷ lệ học sinh tham gia bảo hiểm y tế", "not_met"],
    ["95% trở lên; bồi dưỡng giáo viên đạt chuẩn nghề nghiệp mức khá, tốt", "96%", "Tỷ lệ giáo viên đạt chuẩn nghề nghiệp mức khá, tốt", "exceeded"],
    ["100% xã; giữ vững chuẩn phổ cập giáo dục ở các xã", "100%", "Tỷ lệ xã giữ vững chuẩn phổ cập giáo dục", "met"],
  ])("judges %s", (phrase, typed, indicator, status) => {
    expect(evaluate(phrase, typed, ctx(indicator)).status).toBe(status);
  });
});
