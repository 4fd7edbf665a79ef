// rv15 #4: "giảm … là N" is where a level is brought down to (≤ N) only when the indicator is the level; an indicator
// naming the decrease itself ("Mức giảm …", "Giảm …", "(điểm %)") measures the amount, which is to reach (≥ N).
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string, indicator?: string) => evaluate(phrase, actual, { indicator, lang: "vi" }).status;

describe("'giảm … là N' under an indicator naming the decrease reads the amount to reach", () => {
  it("the probe phrases", () => {
    expect(status("Giảm tỷ lệ hộ nghèo là 1,5%", "2%", "Mức giảm tỷ lệ hộ nghèo")).toBe("exceeded");
    expect(status("Giảm tỷ lệ trẻ SDD thể thấp còi là 1%", "1,5%", "Giảm tỷ lệ SDD thấp còi (điểm %)")).toBe("exceeded");
  });
  it("an amount short of it is not met", () => {
    expect(status("Giảm tỷ lệ trẻ suy dinh dưỡng là 0,5%", "0,3%", "Mức giảm tỷ lệ trẻ suy dinh dưỡng")).toBe("not_met");
    expect(status("Giảm tỷ lệ học sinh bỏ học là 0,2%", "0,3%", "Tỷ lệ bỏ học giảm (điểm %)")).toBe("exceeded");
  });
  it("under the level's own indicator, or none, it stays a ceiling", () => {
    expect(status("Giảm tỷ lệ hộ nghèo là 1,5%", "1,2%")).toBe("met");
    expect(status("Giảm tỷ lệ hộ nghèo là 1,5%", "2%", "Tỷ lệ hộ nghèo")).toBe("not_met");
  });
});

describe("a time cap followed by a capped extension of it is asked about above the cap (rv15 gap)", () => {
  it("the probe phrases and one more", () => {
    expect(status("Thời gian thực tập không quá 6 tháng, có thể kéo dài thêm không quá 2 tháng", "7 tháng")).toBe("review");
    expect(status("Tối đa 30 ngày, được gia hạn 1 lần không quá 30 ngày", "45 ngày")).toBe("review");
    expect(status("Thời gian bồi dưỡng tối đa 10 ngày, trường hợp đặc biệt được kéo dài không quá 5 ngày", "12 ngày")).toBe("review");
  });
  it("within the cap it is never not met", () => {
    expect(status("Thời gian thực tập không quá 6 tháng, có thể kéo dài thêm không quá 2 tháng", "5 tháng")).not.toBe("not_met");
  });
});
