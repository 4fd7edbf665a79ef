// Round 41 (phrases28): a band of places written with "đến"/"tới" ("thứ hạng 25 đến 30") is a band, as "25 - 30"
// already was; it was read as "≤ 25" with the upper end ignored. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a band of places joined by 'đến' or 'tới'", () => {
  it.each(["Duy trì thứ hạng 12 đến 16 về chỉ số cải cách hành chính", "Phấn đấu xếp thứ 12 tới 16 toàn quốc", "Giữ vững thứ hạng 12 - 16 về chỉ số năng lực cạnh tranh"])("%s", (p) => {
    expect(evaluate(p, "thứ 14").status).toBe("met");
    expect(evaluate(p, "thứ 16").status).toBe("met");
    expect(evaluate(p, "thứ 19").status).toBe("not_met");
  });
  it("leaves a count band and a single place alone", () => {
    expect(evaluate("Giành từ 12 đến 16 huy chương vàng", "14").status).toBe("met");
    expect(evaluate("Xếp thứ 12 toàn quốc", "thứ 14").status).toBe("not_met");
  });
});
