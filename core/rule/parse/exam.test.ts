// Round 37 (compound37): which language test a figure is a score of, weighed by the resolver (formerly evaluate's testPart).
import { describe, expect, it } from "vitest";
import { parseTarget } from "../parse";
import { evaluate } from "../evaluate";
import { testsIn } from "./exam";

describe("the part for the test the indicator names is chosen by the reader", () => {
  const cases: Array<[string, string, number]> = [
    ["Điều kiện dự tuyển: IELTS từ 5.0, TOEFL iBT từ 45 hoặc TOEIC từ 550 trở lên", "Điểm TOEIC của thí sinh", 550],
    ["Chuẩn đầu ra ngoại ngữ: IELTS 5.5 / TOEFL iBT 61 / TOEIC 600", "Điểm TOEFL iBT đầu ra", 61],
    ["Yêu cầu chứng chỉ TOEIC 450 trở lên hoặc IELTS 4.5 trở lên", "Điểm IELTS đầu vào", 4.5],
  ];
  for (const [p, ind, v] of cases) {
    it(`${ind}: ${p}`, () => {
      const r = parseTarget(p, { indicator: ind });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const got = r.rule.kind === "level" ? r.rule.level : r.rule.kind === "compare" ? r.rule.value : NaN;
      expect(got).toBe(v);
      expect(r.rule.unsure).toBeUndefined();
    });
  }
  it("judges the figure by that part, with no other test's threshold asked about", () => {
    const p = "Điều kiện dự tuyển: IELTS từ 5.0, TOEFL iBT từ 45 hoặc TOEIC từ 550 trở lên";
    expect(evaluate(p, "500", { indicator: "Điểm TOEIC của thí sinh" }).status).toBe("not_met");
    expect(evaluate(p, "50", { indicator: "Điểm TOEFL iBT của thí sinh" }).status).toBe("exceeded");
  });
  it("leaves the parts to their words where one test's name heads them all", () => {
    const p = "Có chứng chỉ IELTS tối thiểu 5.5 đối với ngành Kỹ thuật và tối thiểu 6.5 đối với ngành Ngôn ngữ Anh";
    const r = parseTarget(p, { indicator: "Điểm IELTS ngành Ngôn ngữ Anh" });
    expect(r.ok && r.rule.kind === "compare" ? r.rule.value : r.ok && r.rule.kind === "level" ? r.rule.level : NaN).toBe(6.5);
  });
});

describe("a test's score read where the indicator names no test, or another, is asked about", () => {
  it("marks the rule unsure under an indicator naming no test when another plain figure stands beside", () => {
    const p = "Xét tuyển thí sinh có điểm trung bình lớp 12 đạt từ 7.5 trở lên kết hợp chứng chỉ IELTS 6.5 trở lên";
    const r = parseTarget(p, { indicator: "Điểm trung bình lớp 12 xét tuyển", unit: "điểm" });
    expect(r.ok && r.rule.unsure?.code).toBe("exam");
    expect(evaluate(p, "7,0", { indicator: "Điểm trung bình lớp 12 xét tuyển", unit: "điểm" }).status).toBe("review");
  });
  it("marks it unsure under an indicator naming a test the phrase gives no figure for", () => {
    const p = "Chứng chỉ IELTS 6.0 hoặc TOEIC 650, kèm điểm trung bình 7.0";
    const r = parseTarget(p, { indicator: "Điểm VSTEP đầu vào" });
    expect(r.ok && r.rule.unsure?.code).toBe("exam");
  });
  it("keeps a test's score judged where the phrase's other figures are shares", () => {
    expect(evaluate("Sinh viên đạt TOEIC 500 trở lên; 90% sinh viên có việc làm", "520", { indicator: "Năng lực ngoại ngữ sinh viên" }).status).toBe("exceeded");
  });
});

describe("testsIn", () => {
  it("finds each test once, TOEFL with its form, SAT only in capitals", () => {
    expect(testsIn("IELTS ≥ 4.5/ TOEFL iBT ≥ 34").map((x) => x.name)).toEqual(["ielts", "toefl ibt"]);
    expect(testsIn("giam sat 4 đợt; Điểm SAT 1200")).toEqual([{ name: "sat", at: 21 }]);
    expect(testsIn("Đạt HSK 4 hoặc TOPIK 3")).toHaveLength(2);
  });
});
