// Round 36 (mend36): the second reader's leftovers from round 35 (docs/measures.md "Session 29", "Noted and left"),
// one class each, several invented phrasings per class.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a listed syllable inside a longer word is not the listed word", () => {
  it("reads a fund's total beside \"đánh giá\", \"giá trị\" or \"giải ngân\" as asked about, not as a price or a prize", () => {
    for (const p of ["Quỹ hội khuyến học theo giá trị 50 triệu đồng", "Quỹ hội khuyến học dùng cho đánh giá 50 triệu đồng", "Quỹ hội khuyến học, giải ngân cho học sinh 50 triệu đồng"]) {
      expect(evaluate(p, "55 triệu đồng").status, p).toBe("review");
    }
    // (A prize and a fee named as such still set the sum for each one.)
    expect(evaluate("Quỹ hội khuyến học trao giải 50 triệu đồng", "55 triệu đồng").status).toBe("not_met");
    expect(evaluate("Quỹ hội: lệ phí 50.000 đồng", "55.000 đồng").status).toBe("not_met");
  });
  it("takes no aim from \"cần\" in \"chuyên cần\"", () => {
    expect(evaluate("tỷ lệ chuyên cần đạt 96,35%, vượt chỉ tiêu đề ra", "97%").status).toBe("unreadable");
    expect(evaluate("cần đạt tỷ lệ chuyên cần 96%, vượt chỉ tiêu đề ra", "97%").status).toBe("exceeded");
  });
});

describe("a label before a target changes no reading", () => {
  const cases: Array<[string, string]> = [
    ["Xếp thứ 3 trong cụm thi đua", "3"],
    ["Đứng thứ 5 toàn tỉnh", "4"],
    ["Giảm tỷ lệ trẻ suy dinh dưỡng thấp còi", "5%"],
    ["Tăng số học sinh biết bơi", "120"],
    ["Mỗi thôn được bố trí 1 nhân viên y tế", "2"],
    ["Trường THCS có 40 lớp/trường", "45 lớp/trường"],
  ];
  for (const [p, fig] of cases) {
    it(`reads "${p}" the same after "Thi đua:", "Công tác cơ sở:" or "- Nhiệm vụ năm học:"`, () => {
      const bare = evaluate(p, fig);
      expect(bare.status).not.toBe("unreadable");
      for (const label of ["Thi đua: ", "Công tác cơ sở: ", "- Nhiệm vụ năm học: "]) {
        const r = evaluate(label + p, fig);
        expect([r.status, r.canonical], label + p).toEqual([bare.status, bare.canonical]);
      }
    });
  }
  // (A label that names the goal, "Mục tiêu:", may change the reading: a plan's goal is no norm for each one.)
  it("still refuses a rank reached after a subject, label or not", () => {
    expect(evaluate("Thi đua: Huyện xếp thứ 3 trong cụm", "3").status).toBe("unreadable");
    expect(evaluate("Năm 2020, tỉnh đứng thứ 12/63", "12").status).toBe("unreadable");
  });
});

describe("a share of the plan written as a target is refused as a report (fix36a reverted mend36's reading)", () => {
  it("refuses \"đạt N% kế hoạch\": no corpus check moved and reports read as targets ('Huyện … đạt 133% kế hoạch')", () => {
    expect(evaluate("Thu ngân sách đạt 105% kế hoạch", "106%").status).toBe("unreadable");
    expect(evaluate("Thu ngân sách nhà nước trên địa bàn đạt 110% kế hoạch", "đạt 104% kế hoạch").status).toBe("unreadable");
    expect(evaluate("Tỷ lệ giải ngân vốn đầu tư công đạt 95% kế hoạch", "Đạt 95% kế hoạch").status).toBe("unreadable");
    // (A share of the budget estimate is read as before.)
    expect(evaluate("Thu ngân sách đạt 105% dự toán", "đạt 106% dự toán").status).toBe("exceeded");
  });
  it("still refuses a result reported against a plan somebody set, or with \"đã\"", () => {
    expect(evaluate("Thu ngân sách đã đạt 105% kế hoạch", "106%").status).toBe("unreadable");
    expect(evaluate("Thu ngân sách đạt 93,1% so với kế hoạch UBND tỉnh giao", "95%").status).toBe("unreadable");
    expect(evaluate("Tỷ lệ giải ngân đạt 87% kế hoạch đề ra", "90%").status).toBe("unreadable");
  });
});

describe("a project's cost is read from its words, wherever the name stands in the clause", () => {
  it("reads the name before the object as it reads the name after it", () => {
    const pairs: Array<[string, string]> = [
      ["Tổng vốn đầu tư xây dựng trường học 46 tỉ đồng", "Xây dựng trường học, tổng vốn đầu tư 46 tỉ đồng"],
      // ("Kinh phí sửa chữa nhà đa năng 2,5 tỷ đồng" is no longer read so: words after "kinh phí" or "số tiền" may name
      // money given, paid in or saved, "Số tiền ủng hộ Quỹ … 150 triệu đồng"; fix36a.)
      ["Tổng mức đầu tư dự án trường mầm non Hoa Sen 18 tỷ đồng", "Dự án trường mầm non Hoa Sen, tổng mức đầu tư 18 tỷ đồng"],
    ];
    for (const [a, b] of pairs) {
      for (const fig of ["50 tỷ đồng", "2 tỷ đồng", "17 tỷ đồng"]) {
        const x = evaluate(a, fig);
        const y = evaluate(b, fig);
        expect([x.status, x.canonical], `${a} / ${fig}`).toEqual([y.status, y.canonical]);
      }
    }
    expect(evaluate("Tổng vốn đầu tư xây dựng trường học 46 tỉ đồng", "50 tỉ đồng").status).toBe("not_met");
  });
  it("keeps a sum for each one, a goal, money raised and \"khoảng\" as they were", () => {
    expect(evaluate("Kinh phí hỗ trợ ăn trưa với mức 120.000 đồng/cháu", "130.000 đồng").status).not.toBe("met");
    expect(evaluate("Kinh phí hỗ trợ ăn trưa mỗi học sinh 150.000 đồng", "160.000 đồng").canonical).not.toMatch(/≤/u);
    expect(evaluate("Tổng vốn đầu tư toàn xã hội trên địa bàn 900 tỷ đồng", "950 tỷ đồng").status).toBe("exceeded");
    expect(evaluate("Tổng vốn đầu tư xây dựng trường học đạt 46 tỉ đồng", "50 tỉ đồng").status).toBe("exceeded");
    expect(evaluate("Kinh phí thực hiện đề án khoảng 5 tỷ đồng", "6 tỷ đồng").canonical).not.toMatch(/≤/u);
  });
});
