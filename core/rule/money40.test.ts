// Round 40 (money40): sums of money — a bare figure in another size than the target's, a sum set per head or per unit
// whatever word names it, and money to spend named at the head of its clause. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const run = (phrase: string, actual: string | number | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit });
const status = (phrase: string, actual: string | number | null, indicator?: string, unit?: string) => run(phrase, actual, indicator, unit).status;

describe("a bare figure against a sum written with a size word is read in the size near the target", () => {
  it("reads a bare figure in the phrase's size (tỷ, triệu) when đồng would be absurdly small", () => {
    expect(status("Huy động 50 tỷ đồng xã hội hóa giáo dục", "50")).toBe("met");
    expect(status("Huy động 50 tỷ đồng xã hội hóa giáo dục", "46")).toBe("not_met");
    expect(status("Doanh thu dịch vụ trường học đạt 800 triệu đồng", "850")).toBe("exceeded");
    expect(status("Thu ngân sách xã đạt 3,5 tỷ đồng", "3,2")).toBe("not_met");
  });
  it("reads a figure typed in đồng under a ĐVT in tỷ or triệu đồng", () => {
    expect(status("Thu ngân sách đạt 1,2 tỷ đồng", "1.200.000.000", "Thu ngân sách xã", "tỷ đồng")).toBe("met");
    expect(status("Thu ngân sách đạt 1,2 tỷ đồng", "1.000.000.000", "Thu ngân sách xã", "tỷ đồng")).toBe("not_met");
    expect(status("Huy động 900 triệu đồng", "950.000.000", "Vốn huy động", "triệu đồng")).toBe("exceeded");
  });
  it("shows the figure converted", () => {
    expect(run("Huy động 50 tỷ đồng xã hội hóa giáo dục", "50").explanation).toContain("(tức ");
  });
  it("keeps a figure already near the target, or far from both readings, as typed", () => {
    expect(status("Huy động 50 tỷ đồng", "52.000.000.000")).toBe("exceeded");
    expect(status("Huy động 50 tỷ đồng", "48.000.000.000")).toBe("not_met");
    expect(status("Kinh phí 3 tỷ đồng", "3.500 triệu", "Kinh phí sửa chữa")).toBe("not_met");
  });
});

describe("a sum per head, item or period with no operator is the sum set, whatever word names it (policy 3)", () => {
  const cases: Array<[string, string, string]> = [
    ["Mức chi bồi dưỡng 50.000 đồng/người/buổi", "Mức chi bồi dưỡng", "50.000"],
    ["Chi tiền nước uống 20.000 đồng/người/ngày", "Mức chi nước uống đại biểu", "20.000"],
    ["Nguồn hỗ trợ sửa chữa nhà văn hóa 500 triệu đồng/năm", "Nguồn hỗ trợ nhà văn hóa thôn", "500.000.000"],
    ["Hỗ trợ mỗi xã 300 triệu đồng/năm để sửa chữa trường học", "", "300.000.000"],
    ["áp dụng ở mức chi 80.000 đồng/học viên/tháng", "Mức chi tiền điện cho học viên", "80.000"],
  ];
  it("judges a larger and a smaller sum alike as off the amount, the same sum as met", () => {
    for (const [p, ind, v] of cases) {
      const n = Number(v.split(".").join(""));
      expect(status(p, `${(n * 1.2).toLocaleString("de-DE")} đồng`, ind || undefined), p).toBe("not_met");
      expect(status(p, `${(n * 0.8).toLocaleString("de-DE")} đồng`, ind || undefined), p).toBe("not_met");
      expect(status(p, `${v} đồng`, ind || undefined), p).toBe("met");
    }
  });
  it("reads a bare figure under a ĐVT of money per unit as the price set", () => {
    const ind = "Giá nước sinh hoạt khu vực nông thôn, bậc từ trên 20m3 đến 30m3";
    expect(status("Từ trên 20m3 đến 30m3 (hộ/tháng) 9.800", "10.200", ind, "đồng/m3")).toBe("not_met");
    expect(status("Từ trên 20m3 đến 30m3 (hộ/tháng) 9.800", "9.000", ind, "đồng/m3")).toBe("not_met");
    expect(status("Từ trên 20m3 đến 30m3 (hộ/tháng) 9.800", "9.800", ind, "đồng/m3")).toBe("met");
  });
  it("keeps money a plan aims to earn or raise, an explicit word and an indicator's operator", () => {
    expect(status("Thu nhập bình quân 70 triệu đồng/người/năm", "75 triệu đồng")).toBe("exceeded");
    expect(status("Huy động 2 tỷ đồng/năm từ xã hội hóa", "2,4 tỷ đồng")).toBe("exceeded");
    expect(status("Tối thiểu 200.000 đồng/học sinh", "250.000 đồng", "Mức đóng góp")).toMatch(/^(?:met|exceeded)$/u);
    expect(status("50.000 đồng/người/ngày", "40.000 đồng", "Mức chi tối đa tiền ăn")).toBe("met");
    expect(status("Cán bộ đạt chiến sĩ thi đua cơ sở: 07 đ/c", "8", "Chiến sĩ thi đua cơ sở")).not.toBe("not_met");
  });
});

describe("money to spend named at the head of its clause is a cost: at most, the sum itself the runner-up (policy 4)", () => {
  const cases = [
    "Kinh phí tổ chức hội khỏe Phù Đổng cấp huyện 350 triệu đồng",
    "Chi phí mua sắm bàn ghế học sinh 1,2 tỷ đồng",
    "Dự toán chi sự nghiệp giáo dục năm học mới 420 tỷ đồng",
  ];
  it("judges a larger spend not met and asks about a smaller one", () => {
    for (const p of cases) {
      const t = run(p, "1").rule;
      expect(t?.kind, p).toBe("compare");
      const v = t && t.kind === "compare" ? t.value : 0;
      expect(status(p, (v * 1.1).toLocaleString("de-DE")), p).toBe("not_met");
      expect(status(p, (v * 0.9).toLocaleString("de-DE")), p).toBe("review");
    }
  });
  it("reads money coming in as a floor, not a cost nor a fee ('phí' of 'kinh phí' is no fee)", () => {
    expect(status("Kinh phí huy động từ phụ huynh 200 triệu đồng", "250 triệu đồng")).toBe("exceeded");
    expect(status("Dự toán thu ngân sách trên địa bàn 900 tỷ đồng", "950 tỷ đồng")).toBe("exceeded");
  });
});
