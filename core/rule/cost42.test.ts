// Round 42 (phrases29): money to spend named at the head of its clause stays a cost (policy 4 of test/corpus/README.md:
// at most, the amount itself as runner-up) when the words between count what it pays for ("Tổng kinh phí xây dựng 4
// công trình trên là 29,6 tỷ đồng"). Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const run = (phrase: string, actual: string) => evaluate(phrase, actual, {});

describe("a cost whose clause counts what it builds", () => {
  it("reads the sum as at most, asking below it", () => {
    for (const p of ["Tổng kinh phí xây dựng 6 phòng học là 3,2 tỷ đồng", "Kinh phí sửa chữa 2 nhà vệ sinh là 450 triệu đồng", "Chi phí cải tạo 12 phòng máy tính là 1,5 tỷ đồng"]) {
      expect(run(p, "9 tỷ đồng").status).toBe("not_met");
      expect(run(p, "100 triệu đồng").status).toBe("review");
      expect(run(p, "100 triệu đồng").canonical).toContain("≤");
    }
  });
  it("leaves money paid in a floor, whatever it counts", () => {
    expect(run("Kinh phí ủng hộ 3 trường vùng cao 150 triệu đồng", "100 triệu đồng").canonical).not.toContain("≤");
  });
});

// Round 42 (phrases29b, after review42a): money from society ("xã hội hóa") is raised, a floor (policy 4), whatever
// stands between the head and the sum; a year there leaves a cost a cost. Every phrase and figure here is invented.
describe("a year or money raised between the head and the sum", () => {
  it("reads money from society as a floor, with or without a year", () => {
    expect(run("Kinh phí xã hội hóa năm 2026 là 3 tỷ đồng", "4 tỷ đồng").status).toBe("exceeded");
    expect(run("Kinh phí xã hội hóa cho thư viện là 800 triệu đồng", "900 triệu đồng").status).toBe("exceeded");
  });
  it("keeps a cost named with its year a cost", () => {
    expect(run("Tổng kinh phí năm 2026 là 4 tỷ đồng", "5 tỷ đồng").status).toBe("not_met");
    expect(run("Tổng kinh phí năm 2026 là 4 tỷ đồng", "3 tỷ đồng").status).toBe("review");
  });
});
