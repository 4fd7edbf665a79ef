// Round 28 (fix28r): fewer refusals where the Vietnamese decides, rules adopted on the evidence of the nineteen design
// sets (docs/measures.md). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a charge waived ('được miễn học phí', 'miễn lệ phí', 'miễn vé') under a money unit: a charge of nothing", () => {
  it("judges a sum typed against zero, and 'Miễn' typed as met", () => {
    const p = "Từ năm học tới, học sinh THCS trên địa bàn huyện được miễn học phí.";
    expect(evaluate(p, "0 đồng", { unit: "đồng/tháng" }).status).toBe("met");
    expect(evaluate(p, "150.000 đồng/tháng", { unit: "đồng/tháng" }).status).toBe("not_met");
    expect(evaluate(p, "Miễn", { unit: "đồng/tháng" }).status).toBe("met");
    expect(evaluate("Miễn thu phí gửi xe cho người cao tuổi", "5.000 đồng", { unit: "đồng" }).explanation).toContain("0 đồng");
  });
  it("leaves a waiver or cut, a refused waiver, a sum of its own and a unit not money as they were", () => {
    expect(evaluate("học sinh hộ nghèo được miễn, giảm học phí theo quy định", "0 đồng", { unit: "đồng" }).status).toBe("unreadable");
    expect(evaluate("học sinh hộ nghèo được miễn giảm học phí", "0 đồng", { unit: "đồng" }).status).toBe("unreadable");
    expect(evaluate("Học sinh trái tuyến không được miễn học phí", "0 đồng", { unit: "đồng" }).status).toBe("unreadable");
    expect(evaluate("được miễn học phí và hỗ trợ thêm 200.000 đồng/tháng", "200.000 đồng/tháng", { unit: "đồng/tháng" }).status).not.toBe("not_met");
    expect(evaluate("100% học sinh khuyết tật được miễn học phí", "100%", { unit: "%" }).status).toBe("met");
  });
});

describe("a fee entered as none ('Lệ phí: Không', a lone 'Không' in a fee column) under a money unit: a charge of nothing", () => {
  it("judges a sum typed against zero, and 'Không thu' typed as met", () => {
    expect(evaluate("Phí thẩm định: Không", "0 đồng", { unit: "đồng" }).status).toBe("met");
    expect(evaluate("Phí thẩm định: Không", "Không thu", { unit: "đồng" }).status).toBe("met");
    expect(evaluate("Không", "20.000 đồng", { unit: "đồng/hồ sơ" }).status).toBe("not_met");
    expect(evaluate("Không", "", { unit: "đồng/hồ sơ" }).status).toBe("no_data");
  });
  it("leaves 'Không' under a unit not money, and a fee with a sum of its own, as they were", () => {
    expect(evaluate("Không", "0", { unit: "học sinh" }).status).not.toBe("met");
    expect(evaluate("Lệ phí: 50.000 đồng/hồ sơ", "50.000 đồng", { unit: "đồng" }).status).toBe("met");
    // (A rate typed for a count's zero target is still judged as a rate.)
    expect(evaluate("không có học sinh bỏ học", "0,2%").status).toBe("not_met");
  });
});
