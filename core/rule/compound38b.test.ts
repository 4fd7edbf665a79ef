// Round 38 (compound38b): two of the indicator's syllables make a word only where nothing stands between them, in the
// indicator and in the phrase: punctuation ("sữa dê, cừu") or a conjunction ("cố định hoặc di động") joins two words, so
// such a "pair" names no part. Invented phrases and indicators, several wordings.
import { describe, expect, it } from "vitest";
import { namedPair } from "./parse/context";

describe("namedPair: no word across punctuation or a conjunction (compound38b)", () => {
  it("a comma or a bracket in the indicator parts two words", () => {
    expect(namedPair("sản lượng sữa dê, cừu", [" 2 triệu tấn sữa bò ", " 5 triệu tấn thịt dê cừu "], [0.5, 1])).toBe(-1);
    expect(namedPair("đàn trâu (bò)", [" 3 nghìn con ngựa ", " 4 nghìn con trâu bò "], [0, 1])).toBe(-1);
    expect(namedPair("diện tích lúa, ngô", [" 10 ha khoai ", " 20 ha lúa ngô lai "], [0, 1])).toBe(-1);
  });
  it("a conjunction makes no word with its neighbour ('định hoặc', 'lúa hay')", () => {
    const ind = "trường có bể bơi cố định hoặc di động";
    expect(namedPair(ind, [" 20 trường tiểu học cố định di động ", " 15 trường thcs cố định hoặc di động "], [0, 1])).toBe(-1);
    expect(namedPair("diện tích lúa hay màu", [" 5 ha màu ", " 8 ha lúa hay màu "], [0, 1])).toBe(-1);
  });
  it("a true pair still names its part", () => {
    expect(namedPair("sản lượng sữa dê, cừu", [" 2 triệu tấn sữa dê ", " 5 triệu tấn thịt dê "], [1, 0])).toBe(0);
    expect(namedPair("tỷ lệ gia đình văn hóa", [" 85 gia đình văn hóa ", " 70 người dân tham gia văn hóa "], [1, 0])).toBe(0);
  });
});
