// Round 43 (integrator): a target the reader could not read keeps the figure the clerk typed beside it, so the report's
// appendix and `chitieu eval` show it ("420"), never a blank "Thực hiện" beside "Không đọc được chỉ tiêu".
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("an unreadable target keeps the typed figure", () => {
  it.each([
    ["Thu ngân sách năm 2025 đạt 412,6 tỷ đồng (đạt 103,2% kế hoạch)", 420, "420"],
    ["Kết quả cuối năm học, có 71% học sinh đạt học lực khá, giỏi", "72%", "72%"],
    ["Kết quả cuối năm học, có 71% học sinh đạt học lực khá, giỏi", "26/28", "26/28"],
  ] as const)("%s beside %s", (target, actual, shown) => {
    const v = evaluate(target, actual);
    expect(v.status).toBe("unreadable");
    expect(v.actualText).toBe(shown);
  });
  it("a blank or a no-data word still shows nothing", () => {
    expect(evaluate("Kết quả cuối năm học, có 71% học sinh đạt học lực khá, giỏi", null).actualText).toBe("");
    expect(evaluate("Kết quả cuối năm học, có 71% học sinh đạt học lực khá, giỏi", "chưa có").actualText).toBe("");
  });
});
