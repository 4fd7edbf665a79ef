// Round 41 (phrases28): a change typed with a size word ("tăng thêm 3,4 triệu", "thêm 1,2 nghìn hội viên") is that many,
// read as a level typed would be, not 3,4 counting "triệu". Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a change typed with a size word", () => {
  const p = "Phấn đấu tăng thêm 2 triệu hội viên trong giai đoạn 2031-2035";
  it.each([
    ["tăng thêm 2 triệu hội viên", "met"],
    ["tăng thêm 2,4 triệu", "exceeded"],
    ["thêm 1,8 triệu hội viên", "not_met"],
    ["tăng 2.100 nghìn hội viên", "exceeded"],
  ])("%s", (typed, want) => {
    expect(evaluate(p, typed).status).toBe(want);
  });
  it("keeps a plain change typed as before", () => {
    expect(evaluate("Phấn đấu thêm 7 xã đạt chuẩn nông thôn mới", "thêm 8 xã").status).toBe("exceeded");
    expect(evaluate("Phấn đấu thêm 7 xã đạt chuẩn nông thôn mới", "thêm 5 xã").status).toBe("not_met");
  });
});
