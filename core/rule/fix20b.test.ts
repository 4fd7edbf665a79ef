// fix20b (issue 10): holdout15's non-compound classes — bands under a "%" column, growth bands, quotas, counts per the
// column's period, restated changes, permissions above a norm, formal change words, yes/no equipping.
// Invented phrases, not copies of corpus rows: each case pins one general rule, with a neighbour that must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, baseline?: string) =>
  evaluate(phrase, actual, { indicator, unit, baseline, lang: "vi" }).status;

describe("a band of bare figures under a '%' column is a band of percents", () => {
  it("'8,0 - 8,5' under '%' judges typed percents (was: invalid, a rate for a count)", () => {
    expect(status("8,0 - 8,5", "8,2%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("met");
    expect(status("8,0 - 8,5", "7,6%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("not_met");
  });
  it("neighbour: the same band under a count column stays a count", () => {
    expect(status("40 - 45", "42 trường", "Số trường đạt chuẩn", "trường")).toBe("met");
  });
});

describe("a band of growth may be a floor whose top is only hoped for: above it is asked about", () => {
  it("'tốc độ tăng trưởng … đạt 7,5%-8%/năm' above the band asks; inside and below judge", () => {
    const p = "Phấn đấu tốc độ tăng trưởng giá trị sản xuất nông nghiệp bình quân giai đoạn 2026-2030 là 7,5%-8%/năm";
    expect(status(p, "8,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("review");
    expect(status(p, "7,7%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("met");
    expect(status(p, "6,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("not_met");
  });
  it("a bare band in a table cell whose indicator names growth", () => {
    expect(status("9,0 – 9,5", "9,9%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("review");
    expect(status("9,0 – 9,5", "9,2%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("met");
  });
  it("neighbour: a share held inside its band ('chiếm 30 - 35%') is still a band both of whose ends count", () => {
    expect(status("tỷ trọng công nghiệp chiếm 30 - 35% cơ cấu kinh tế", "38%", "Tỷ trọng công nghiệp trong cơ cấu kinh tế", "%")).toBe("not_met");
  });
});

describe("whom a unit may send ('được cử N … mỗi đội') is a quota: a cap, exactly as the other reading", () => {
  const p = "Mỗi huyện được cử 12 vận động viên mỗi môn tham dự Hội khỏe Phù Đổng cấp tỉnh";
  it("more than the quota falls short, the quota meets, fewer is asked", () => {
    expect(status(p, "14 vận động viên", undefined, "vận động viên")).toBe("not_met");
    expect(status(p, "12 vận động viên", undefined, "vận động viên")).toBe("met");
    expect(status(p, "10 vận động viên", undefined, "vận động viên")).toBe("review");
  });
  it("neighbour: 'được cử' with nobody per unit ('5 cán bộ được cử đi học') is no quota", () => {
    expect(status("có 5 cán bộ quản lý được cử đi học cao cấp lý luận chính trị", "6 cán bộ", undefined, "cán bộ")).not.toBe("not_met");
  });
});

describe("a count per the column's period ('8 tiết/ngày' under ĐVT 'tiết/ngày') agrees with the column", () => {
  it("'có buổi học trên 5 tiết, thậm chí tối đa 6 tiết/buổi'-like: the figure per the column's period is the target", () => {
    const p = "nhiều trường xếp có tuần học trên 30 tiết, thậm chí tối đa 32 tiết/tuần";
    expect(status(p, "33 tiết/tuần", "Số tiết học tối đa mỗi tuần", "tiết/tuần")).toBe("not_met");
    expect(status(p, "31 tiết/tuần", "Số tiết học tối đa mỗi tuần", "tiết/tuần")).toBe("met");
  });
  it("neighbour: a plain frequency under 'lần/năm' reads as before", () => {
    expect(status("kiểm tra nội bộ ít nhất 2 lần/năm", "3 lần/năm", undefined, "lần/năm")).toBe("exceeded");
    expect(status("kiểm tra nội bộ ít nhất 2 lần/năm", "1 lần/năm", undefined, "lần/năm")).toBe("not_met");
  });
});

describe("'gia tăng' is 'tăng' in a formal register", () => {
  it("'gia tăng tỷ lệ …' with a baseline: any rise meets it", () => {
    const p = "gia tăng tỷ lệ người cao tuổi được khám sức khỏe định kỳ";
    expect(status(p, "62%", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ", "%", "58%")).toBe("met");
    expect(status(p, "55%", "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ", "%", "58%")).toBe("not_met");
  });
  it("neighbour: 'tăng cường' (strengthen) is still no change of a figure", () => {
    expect(status("tăng cường công tác kiểm tra nội bộ", "62%", undefined, "%", "58%")).not.toBe("met");
  });
});

describe("equipping a place ('trang bị đầy đủ …') with no figure is done or not", () => {
  it("'Đạt' meets it, 'Chưa đạt' does not", () => {
    const p = "Các điểm trường phải trang bị đầy đủ tủ thuốc và dụng cụ sơ cứu ban đầu";
    expect(status(p, "Đạt")).toBe("met");
    expect(status(p, "Chưa đạt")).toBe("not_met");
  });
  it("neighbour: a share equipped keeps its figure", () => {
    expect(status("100% phòng học được trang bị máy chiếu", "96%", undefined, "%")).toBe("not_met");
  });
});

describe("a change restating a level of the same measure ('tối đa 30 nhóm/lớp, tăng 10 nhóm/lớp so với hiện nay') is no target of its own", () => {
  const p = "mỗi trường tối đa 45 lớp/trường, tăng 5 lớp/trường so với quy định cũ";
  it("a level typed is judged by the cap", () => {
    expect(status(p, "44 lớp/trường", undefined, "lớp/trường")).toBe("met");
    expect(status(p, "48 lớp/trường", undefined, "lớp/trường")).toBe("not_met");
  });
  it("a change typed is still the change's", () => {
    expect(status(p, "tăng 3 lớp/trường", undefined, "lớp/trường")).toBe("not_met");
  });
  it("neighbour: a change and a level of different measures stay two readings", () => {
    expect(status("tỷ lệ trẻ đến trường tối thiểu 95%, tăng 10 trường so với hiện nay", "97%", undefined, "%")).toBe("exceeded");
  });
});

describe("the intake a school admits, written 'tuyển N …', is a quota: a cap as much as a target", () => {
  const p = "Trường THCS Hòa Bình dự kiến tuyển 360 học sinh lớp 6, tương đương 9 lớp";
  it("exactly meets; more or fewer is asked", () => {
    expect(status(p, "9 lớp", undefined, "lớp")).toBe("met");
    expect(status(p, "10 lớp", undefined, "lớp")).toBe("review");
    expect(status(p, "8 lớp", undefined, "lớp")).toBe("review");
  });
  it("neighbour: an intake with its own operator ('tuyển … trên 7.000 học sinh') keeps it", () => {
    expect(status("Sở sẽ tuyển 180 lớp 10 với trên 7.000 học sinh", "7.200 học sinh", undefined, "học sinh")).toBe("met");
  });
});

describe("what is allowed above a norm ('có thể … cao hơn 2 tuổi', 'được phép vượt 10%') is the most allowed", () => {
  it("'có thể vào lớp 1 ở độ tuổi cao hơn 2 tuổi so với quy định' is at most 2 years", () => {
    const p = "Trẻ khuyết tật có thể vào lớp 1 ở độ tuổi cao hơn 2 tuổi so với quy định";
    expect(status(p, "1 tuổi", undefined, "tuổi")).toBe("met");
    expect(status(p, "3 tuổi", undefined, "tuổi")).toBe("not_met");
  });
  it("'được phép vượt 10% định mức' likewise", () => {
    expect(status("số học sinh mỗi lớp được phép vượt 10% định mức", "12%", undefined, "%")).toBe("not_met");
  });
  it("neighbour: a plain 'cao hơn' target stays strictly above", () => {
    expect(status("điểm trung bình cao hơn 6,5 điểm", "7 điểm", undefined, "điểm")).toBe("met");
    expect(status("điểm trung bình cao hơn 6,5 điểm", "6,5 điểm", undefined, "điểm")).toBe("not_met");
  });
});
