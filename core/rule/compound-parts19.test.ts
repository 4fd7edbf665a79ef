// Compound targets, round 19: which part the indicator's name picks, from the words that tell the parts apart (year,
// level, subject), never by position alone. Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { periodFromText } from "../period/period";

const judge = (phrase: string, actual: string, indicator?: string, unit?: string, period?: string) =>
  evaluate(phrase, actual, { indicator, unit, period: period ? periodFromText(period) ?? undefined : undefined, lang: "vi" }).status;

describe("an indicator naming one year picks the clause of that year", () => {
  const phrase = "Doanh thu dịch vụ: năm 2022 đạt 40 tỷ đồng; năm 2024 đạt 55 tỷ đồng; năm 2027 đạt 80 tỷ đồng.";
  it("the middle year's name judges the middle clause, in a span holding every year", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã năm 2024", "tỷ đồng", "2021-2027")).toBe("exceeded");
    expect(judge(phrase, "50 tỷ đồng", "Doanh thu dịch vụ xã năm 2024", "tỷ đồng", "2021-2027")).toBe("not_met");
  });
  it("the first year's name is not outweighed by words a later clause's tail holds", () => {
    const farms = "Năm 2022, có 12 trang trại; năm 2025 có 30 trang trại; đến năm 2028 là 45 trang trại, sản xuất theo chuỗi";
    expect(judge(farms, "12 trang trại", "Trang trại sản xuất theo chuỗi năm 2022", "trang trại", "2022-2028")).toBe("met");
    expect(judge(farms, "20 trang trại", "Trang trại năm 2025", "trang trại", "2022-2028")).toBe("not_met");
  });
  it("without a year in the name, a span holding several years still picks none", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã", "tỷ đồng", "2021-2027")).toBe("review");
  });
  it("a school year or a span in the name names no single year", () => {
    expect(judge(phrase, "60 tỷ đồng", "Doanh thu dịch vụ xã giai đoạn 2021-2027", "tỷ đồng", "2021-2027")).toBe("review");
  });
});

describe("an indicator naming one year picks the part of that year inside one clause", () => {
  const phrase = "tỷ lệ xã có điểm sinh hoạt văn hóa đạt 70% vào năm 2026 và đạt 85% vào năm 2029";
  it("the later year's name judges the later part, in a span holding both years", () => {
    expect(judge(phrase, "80%", "Tỷ lệ xã có điểm sinh hoạt văn hóa năm 2029", "%", "2024-2029")).toBe("not_met");
    expect(judge(phrase, "72%", "Tỷ lệ xã có điểm sinh hoạt văn hóa năm 2026", "%", "2024-2029")).toBe("exceeded");
    expect(judge(phrase, "68%", "Tỷ lệ xã có điểm sinh hoạt văn hóa năm 2026", "%", "2024-2029")).toBe("not_met");
  });
  it("without the year the span picks neither", () => {
    expect(judge(phrase, "80%", "Tỷ lệ xã có điểm sinh hoạt văn hóa", "%", "2024-2029")).toBe("review");
  });
});

describe("a colon after a figure ends its part", () => {
  const phrase = "Tỷ lệ hộ dùng nước sạch đạt 90% vào năm 2026 và đạt 95% vào năm 2029: phấn đấu giảm tỷ lệ hộ thiếu nước dưới 3% vào năm 2026 và dưới 1% vào năm 2029.";
  it("a reduce word after the colon does not turn the figure before it into a ceiling", () => {
    // (Read as "≤ 95%" before: 96% was called not met.)
    expect(judge(phrase, "96%", "Tỷ lệ hộ dùng nước sạch năm 2029", "%", "2024-2029")).not.toBe("not_met");
  });
  it("the parts after the colon keep their own subject: a figure their bound and the named one judge apart is asked about, never judged by the other", () => {
    expect(["exceeded", "met", "review"]).toContain(judge(phrase, "96%", "Tỷ lệ hộ dùng nước sạch năm 2029", "%", "2024-2029"));
    expect(["not_met", "review"]).toContain(judge(phrase, "2%", "Tỷ lệ hộ thiếu nước năm 2029", "%", "2024-2029"));
  });
});

describe("a list of labels sharing one head: the label the indicator names picks its clause", () => {
  const phrase = "Tỷ lệ trẻ em, học sinh đi học đúng độ tuổi, nhà trẻ đạt 40%; tiểu học 99,5%; trung học cơ sở 97%; trung học phổ thông 70% trở lên";
  it("a school level named in the indicator picks its clause over a clause with a firmer operator", () => {
    expect(judge(phrase, "99%", "Tỷ lệ học sinh tiểu học đi học đúng độ tuổi", "%", "2026")).toBe("not_met");
    expect(judge(phrase, "97,5%", "Tỷ lệ học sinh trung học cơ sở đi học đúng độ tuổi", "%", "2026")).toBe("exceeded");
    expect(judge(phrase, "72%", "Tỷ lệ học sinh trung học phổ thông đi học đúng độ tuổi", "%", "2026")).toBe("exceeded");
  });
  it("the first clause's own label follows its comma: the head is every clause's", () => {
    expect(judge(phrase, "38%", "Tỷ lệ trẻ nhà trẻ đi học đúng độ tuổi", "%", "2026")).toBe("not_met");
  });
  it("a head clause naming the subject once does not win by the subject's words", () => {
    const once = "Huyện phấn đấu 100% thôn, bản đạt chuẩn văn hóa mức 1; 40% thôn, bản đạt mức 2 và 25% xã, thị trấn đạt chuẩn mức 2";
    expect(judge(once, "45%", "Tỷ lệ thôn, bản đạt chuẩn văn hóa mức 2", "%", "2026")).toBe("review");
  });
});

describe("a crop whose name holds a harm syllable is no harm", () => {
  it("'cây mắc ca' (macadamia) is planted: its area is a floor, not a ceiling", () => {
    expect(judge("trồng mới 800 ha cây mắc ca", "650 ha", "Diện tích cây mắc ca trồng mới", "ha", "2026")).toBe("not_met");
    expect(judge("trồng 3.000 ha cây cà phê và 800 ha cây mắc ca", "900 ha", "Diện tích trồng cây mắc ca", "ha", "2026")).toBe("exceeded");
  });
  it("'mắc bệnh' is still a harm", () => {
    expect(judge("tỷ lệ trẻ mắc bệnh dưới 5%", "4%", "Tỷ lệ trẻ mắc bệnh", "%", "2026")).toBe("met");
  });
});

describe("a clause saying none of some things is no amount in a measured unit column", () => {
  const phrase = "đến năm 2026 giá trị sản xuất bình quân đạt 120 triệu đồng/ha; thôn không còn hộ thiếu đất sản xuất.";
  it("under a money column the figure is not judged against the zero clause", () => {
    expect(judge(phrase, "125 triệu", "Giá trị sản xuất bình quân trên 1 ha đất canh tác", "triệu đồng/ha", "2026")).not.toBe("not_met");
  });
  it("a count of the things named is still judged by the zero clause", () => {
    expect(judge(phrase, "3", "Số hộ thiếu đất sản xuất", "hộ", "2026")).toBe("not_met");
  });
});

describe("clauses each opening with their own label and a colon", () => {
  const phrase = "– Ngữ văn: 120 phút; – Ngoại ngữ: 60 phút; – Các môn khoa học: 50 phút.";
  it("the label the indicator names picks its clause: a label is no ellipsis", () => {
    expect(judge(phrase, "50 phút", "Thời gian làm bài các môn khoa học", "phút")).toBe("met");
  });
  it("an indicator naming no label still picks none", () => {
    expect(judge(phrase, "50 phút", "Thời gian làm bài kiểm tra", "phút")).toBe("review");
  });
});
