// Round 41 (phrases28): "công điện" (a government's urgent dispatch) is a document like "công văn": the day after it
// dates the document, never the target's due day. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("the date of a dispatch is not a deadline", () => {
  it.each([
    ["Theo công điện ngày 12/3, Bộ yêu cầu các địa phương hoàn thành rà soát trước ngày 30/6/2031", "20/5/2031", "met"],
    ["Tại Công điện số 45/CĐ-TTg ngày 2/8/2031, các tỉnh phải báo cáo chậm nhất ngày 15/8/2031", "20/8/2031", "not_met"],
  ])("%s", (phrase, typed, want) => {
    expect(evaluate(phrase, typed).status).toBe(want);
  });
  it("never judges a completion against the dispatch's own day", () => {
    const p = "tại công điện hỏa tốc ngày 9/4, Thủ tướng yêu cầu các bộ rà soát, hoàn thành trong năm 2031";
    expect(evaluate(p, "15/12/2031", { unit: "ngày" }).status).not.toBe("not_met");
    expect(evaluate(p, "15/12/2031").status).toBe("met");
  });
});
