// Compound targets: every part kept, and a figure judged by the part it belongs to (or asked about when the parts
// judge it differently). Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate, judgeFacts } from "./evaluate";
import type { Rule } from "./schema";
import { parseTarget } from "./parse";

const status = (phrase: string, actual: string, indicator?: string, unit?: string) =>
  evaluate(phrase, actual, { indicator, unit, lang: "vi" }).status;

describe("a figure only another part can take is judged by that part", () => {
  const visits = "thu hút 3 triệu lượt khách; tổng thu từ du lịch đạt 4.000 - 4.500 tỷ đồng";
  it("money typed is judged against the money part", () => {
    expect(status(visits, "4.200 tỷ đồng", "Du lịch tỉnh năm 2026")).toBe("met");
    expect(status(visits, "3.800 tỷ đồng", "Du lịch tỉnh năm 2026")).toBe("not_met");
  });
  it("visits typed are still judged against the visits part", () => {
    expect(["met", "exceeded"]).toContain(status(visits, "3,1 triệu lượt", "Du lịch tỉnh năm 2026"));
  });
  const jobs = "giải quyết việc làm cho trên 10.000 lao động, nâng tỷ lệ lao động qua đào tạo lên 70%, trong đó có bằng cấp, chứng chỉ đạt 30%";
  it("a rate typed beside two rate parts: judged when both agree, asked about when they differ", () => {
    expect(["met", "exceeded"]).toContain(status(jobs, "75%", "Lao động, việc làm"));
    expect(status(jobs, "20%", "Lao động, việc làm")).toBe("not_met");
    expect(status(jobs, "50%", "Lao động, việc làm")).toBe("review");
  });
  it("a measure the units table cannot convert to the part's is no figure of it", () => {
    const rule = { kind: "compare", op: ">=", value: 68, unit: { kind: "measure", unit: "tạ/ha" }, intent: "plain" } as Rule;
    expect(["met", "exceeded", "not_met"]).not.toContain(judgeFacts(rule, "23.000 tấn").status);
  });
});

describe("an indicator heading a programme names no part", () => {
  const phrase = "trên 80% giáo viên được bồi dưỡng, trên 80% phụ huynh được tuyên truyền và 100% học sinh được khám sức khỏe";
  it("a figure the parts judge differently is asked about", () => {
    expect(status(phrase, "90%", "Chương trình y tế học đường cho phụ huynh", "%")).toBe("review");
  });
  it("a row's heading word ('Kế hoạch', 'Chỉ tiêu', 'Công tác') is stripped; the words after it still name a part", () => {
    expect(status(phrase, "90%", "Kế hoạch y tế học đường cho phụ huynh", "%")).toBe("met");
    expect(status(phrase, "90%", "Kế hoạch y tế học đường", "%")).toBe("review");
  });
  it("a figure every part judges alike is judged", () => {
    expect(status(phrase, "70%", "Chương trình y tế học đường cho phụ huynh", "%")).toBe("not_met");
  });
});

describe("a part saying none beside a part with a figure", () => {
  const phrase = "100% học sinh được khám sức khỏe định kỳ, không xảy ra ngộ độc thực phẩm trong trường";
  it("cases counted are judged against the none part", () => {
    expect(status(phrase, "2 vụ ngộ độc thực phẩm", "Y tế trường học", "%")).toBe("not_met");
  });
  it("a rate typed is the rate part's", () => {
    expect(status(phrase, "100%", "Y tế trường học", "%")).toBe("met");
    expect(status(phrase, "97%", "Y tế trường học", "%")).toBe("not_met");
  });
  it("a bare 0 could be either part: asked about", () => {
    expect(status(phrase, "0", "Y tế trường học", "%")).toBe("review");
  });
  it("a figure chosen with the none part beside it keeps the figure as a rival", () => {
    const avg = "bình quân toàn huyện đạt 12 tiêu chí/xã, không còn xã dưới 8 tiêu chí";
    expect(status(avg, "12,5 tiêu chí/xã", "Tiêu chí bình quân/xã", "tiêu chí/xã")).not.toBe("not_met");
  });
});

describe("a clause for a case of its own after the one read", () => {
  const phrase = "Thời hạn xử lý hồ sơ không quá 10 ngày, kể từ ngày nhận; đối với hồ sơ phức tạp thì có thể kéo dài nhưng không quá 20 ngày";
  it("a figure between the two limits is asked about", () => {
    expect(status(phrase, "15 ngày", "Xử lý hồ sơ", "ngày")).toBe("review");
  });
  it("a figure both limits judge alike is judged", () => {
    expect(status(phrase, "8 ngày", "Xử lý hồ sơ", "ngày")).toBe("met");
    expect(status(phrase, "25 ngày", "Xử lý hồ sơ", "ngày")).toBe("not_met");
  });
  it("a clause before the one read heads it, not a case of its own", () => {
    const fees = "Đối với trung học cơ sở: vùng 1: 30 ngàn đồng/tháng; vùng 2: 40 ngàn đồng/tháng";
    expect(status(fees, "30.000", "Học phí THCS vùng 1", "đồng/tháng")).toBe("met");
  });
});

describe("figures in brackets adding up to a bound break it into parts", () => {
  const phrase = "bảo đảm tối thiểu 30 buổi sinh hoạt (16 buổi học kỳ I và 14 buổi học kỳ II)";
  it("a figure the whole and a part judge differently is asked about", () => {
    expect(status(phrase, "16 buổi", "Số buổi sinh hoạt", "buổi")).toBe("review");
  });
  it("a figure all of them judge alike is judged", () => {
    expect(status(phrase, "31 buổi", "Số buổi sinh hoạt", "buổi")).toBe("exceeded");
  });
  it("a total stated plainly with what it is made of keeps its reading", () => {
    expect(status("Tổng số đội tham gia là 9 đội (6 đội nam và 3 đội nữ)", "9 đội", "Số đội tham gia", "đội")).toBe("met");
  });
});

describe("a figure glued to a unit word the phrase writes elsewhere is read as that figure", () => {
  const glued = "Định mức là 17tiết ở cấp THCS, 15 tiết ở cấp THPT";
  const spaced = "Định mức là 17 tiết ở cấp THCS, 15 tiết ở cấp THPT";
  it("glued and spaced give the same verdicts", () => {
    for (const a of ["16 tiết", "14 tiết", "17 tiết"]) expect(status(glued, a)).toBe(status(spaced, a));
    expect(status(glued, "16 tiết")).toBe("review");
  });
  it("letters glued to digits with no such unit stay a code", () => {
    expect(status("đạt 03b và 5 b", "4")).not.toBe("met");
    expect(status("Phòng chống Covid-19 đạt 90%", "19%")).toBe("not_met");
  });
});

describe("a part saying none of a harm does not turn another part's share into a cap", () => {
  const shareOps = (phrase: string) => {
    const r = parseTarget(phrase);
    if (!r.ok) return [];
    return [r.rule, ...(r.rule.rivals ?? [])].filter((x) => x.kind === "compare" && x.unit.kind === "percent").map((x) => (x as { op: string }).op);
  };
  it("the share is at least, not at most", () => {
    expect(shareOps("Phấn đấu 100% trẻ được an toàn, không để xảy ra tai nạn thương tích")).toEqual([">="]);
    expect(shareOps("100% học sinh được khám sức khỏe, không để xảy ra ngộ độc thực phẩm")).toEqual([">="]);
  });
  it("a harm in the figure's own part still brings it down", () => {
    expect(shareOps("tỷ lệ tai nạn thương tích 2%, không để xảy ra ngộ độc")).toContain("<=");
  });
});

describe("a none part is read beside parts with operators of their own", () => {
  const phrase = "Không có lớp học vượt sĩ số, 95% học sinh lên lớp, 60% xếp loại khá trở lên, không có học sinh bỏ học";
  it("a count of what must not happen is judged by the none part", () => {
    expect(status(phrase, "2 học sinh bỏ học", "Chất lượng giáo dục", "%")).toBe("not_met");
  });
  it("a share is still judged by the share parts", () => {
    expect(status(phrase, "50%", "Chất lượng giáo dục", "%")).toBe("not_met");
  });
});
