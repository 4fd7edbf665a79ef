// Compound targets, round 17: which part a figure belongs to, decided only from what a sheet row has (indicator, unit,
// period, the figure's own words), never by position alone. Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";
import { periodFromText } from "../period/period";

const judge = (phrase: string, actual: string, indicator?: string, unit?: string, period?: string) =>
  evaluate(phrase, actual, { indicator, unit, period: period ? periodFromText(period) ?? undefined : undefined, lang: "vi" }).status;

describe("parts indexed by year: the row's period picks the part of its year", () => {
  const byYear = "tỷ lệ hộ dùng điện lưới đạt 90% vào năm 2026 và 96% vào năm 2029";
  const byClause = "tỷ lệ phủ sóng đến năm 2026 đạt 70-75%; đến năm 2029 đạt 85-90%";
  it("a single year's row judges that year's part", () => {
    expect(judge(byYear, "93%", "Tỷ lệ hộ dùng điện lưới", "%", "2029")).toBe("not_met");
    expect(judge(byClause, "88%", "Tỷ lệ phủ sóng", "%", "2029")).toBe("met");
  });
  it("a span holding several parts' years picks none: a figure the parts judge differently is asked about", () => {
    expect(judge(byYear, "93%", "Tỷ lệ hộ dùng điện lưới", "%", "2025-2029")).toBe("review");
    expect(judge(byClause, "72%", "Tỷ lệ phủ sóng", "%", "2025-2029")).toBe("review");
  });
  it("a figure every part judges alike is still judged", () => {
    expect(judge(byClause, "60%", "Tỷ lệ phủ sóng", "%", "2025-2029")).toBe("not_met");
  });
});

describe("a head part and a sub-target", () => {
  const phrase = "tỷ lệ hộ được dùng nước hợp vệ sinh đạt ít nhất 92%, trong đó từ giếng khoan đạt ít nhất 30%";
  it("an indicator naming only the sub-target's own words judges the sub-target", () => {
    // (An indicator naming none of the head's words leaves the head an ellipsis of it: asked, since a bare-figure head
    // "Không quá 6%, trong đó … bỏ học không quá 1%" under "bỏ học và lưu ban" names the whole.)
    expect(judge(phrase, "33%", "từ giếng khoan", "%")).toBe("review");
    expect(judge(phrase, "25%", "Tỷ lệ hộ dùng nước từ giếng khoan", "%")).toBe("not_met");
  });
  it("an indicator naming the head's words (which the sub-target shares) keeps the review", () => {
    expect(judge(phrase, "50%", "Tỷ lệ hộ được dùng nước hợp vệ sinh", "%")).toBe("review");
  });
  it("the figure's own noun, counted only by one part, picks that part", () => {
    const books = "Có ít nhất 3.000 cuốn sách, trong đó có ít nhất 200 đầu báo điện tử";
    expect(judge(books, "2.600 cuốn", "Điều kiện thư viện trường")).toBe("not_met");
    expect(judge(books, "3.100 cuốn", "Điều kiện thư viện trường")).toBe("exceeded");
    expect(judge(books, "2.600", "Điều kiện thư viện trường")).toBe("review");
  });
});

describe("a strict operator before the first item does not bound an item with its own verb", () => {
  const phrase = "Tập huấn cho hơn 300 giáo viên, cử đi học 40 giáo viên cốt cán";
  it("the later item is a plain floor: its own figure meets it", () => {
    expect(judge(phrase, "40", "cử đi học giáo viên cốt cán", "giáo viên")).not.toBe("not_met");
  });
  it("a bare list keeps the operator for every item", () => {
    expect(judge("trên 80% giáo viên, 70% nhân viên", "70%", "Tỷ lệ nhân viên", "%")).not.toBe("met");
  });
});

describe("points awarded are a scale of exact values", () => {
  const scale = "Điểm thưởng: giải Nhất (2,0), giải Nhì (1,5), giải Ba (1,0)";
  it("a figure above every rank's value is not met (never met by ≥)", () => {
    expect(judge(scale, "2,5 điểm", "Điểm thưởng học sinh giỏi cấp huyện", "điểm")).toBe("not_met");
  });
  it("a figure that is one rank's value, with no rank named, is asked about", () => {
    expect(judge(scale, "1,5", "Điểm thưởng học sinh giỏi cấp huyện", "điểm")).toBe("review");
  });
  it("'được cộng N điểm' is exactly N", () => {
    const added = "Thí sinh đạt giải nhất được cộng 3 điểm; giải nhì được cộng 2 điểm";
    expect(judge(added, "2 điểm", "Điểm cộng xét tuyển", "điểm")).toBe("review");
    expect(judge(added, "4 điểm", "Điểm cộng xét tuyển", "điểm")).toBe("not_met");
  });
});

describe("words that only look like a fee or a harm", () => {
  it("a share of places giving a service free of charge is a share to reach, not a fee set exactly", () => {
    expect(judge("95% trạm y tế khám sàng lọc miễn phí", "97%", "Tỷ lệ trạm y tế khám sàng lọc miễn phí", "%")).toBe("exceeded");
  });
  it("a free allowance stays what it was", () => {
    expect(judge("Điện: miễn phí 15kWh/hộ/tháng", "15 kWh", "Lượng điện trong định mức miễn phí", "kWh/hộ/tháng")).toBe("met");
  });
  it("rescue from a harm ('cứu đuối') is care, not the harm", () => {
    expect(judge("100% trường có kế hoạch dạy kỹ năng cứu đuối cho học sinh", "96%", "Tỷ lệ trường có kế hoạch", "%")).toBe("not_met");
  });
});

describe("rv17a: the new rules stay in their lane", () => {
  it("'cộng thêm' beside a count or money is no points scale", () => {
    expect(judge("Số phòng học xây mới cộng thêm 10 phòng so với năm trước", "12 phòng", "Số phòng học xây mới", "phòng")).toBe("exceeded");
    expect(judge("Thu nhập được cộng thêm phụ cấp, đạt bình quân 8 triệu đồng/tháng", "9 triệu đồng", "Thu nhập bình quân giáo viên", "triệu đồng")).toBe("exceeded");
  });
  it("a strict list operator's way carries to an item with words of its own", () => {
    expect(judge("Tỷ lệ giáo viên nghỉ việc dưới 2% ở thành thị, nông thôn 3%", "2,5%", "Tỷ lệ giáo viên nghỉ việc", "%")).toBe("review");
    expect(judge("Tỷ lệ phòng học xuống cấp dưới 5% ở vùng thuận lợi, vùng khó khăn 8%", "6%", "Tỷ lệ phòng học xuống cấp", "%")).toBe("review");
  });
});

// fix18a: "Tỷ lệ A x–y%; B z–w%": a later clause labelled by a few words shares the first clause's head, so the
// indicator's head words do not pick the first clause; the labels tell the parts apart.
describe("an elliptical later clause shares the first clause's head", () => {
  it("picks the part the indicator's label names, never passes a figure on the other part", () => {
    const p = "tỷ lệ sản phẩm cây giống bán xuất khẩu 15-20%; nội địa 60-70%";
    const o = { indicator: "Tỷ lệ sản phẩm cây giống bán nội địa", unit: "%" };
    expect(parseTarget(p, o)).toMatchObject({ ok: true, rule: { kind: "range", min: 0.6, max: 0.7 } });
    expect(evaluate(p, "65%", o).status).toBe("met");
    expect(evaluate(p, "18%", o).status).not.toBe("met");
  });
});
