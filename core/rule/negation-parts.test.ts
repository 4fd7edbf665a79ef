// Round 15 (fix15b): bans read as zero targets, and sub-targets or cases apart in a sentence of their own kept as
// parts. Phrases written for these rules, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const judge = (phrase: string, actual: string | null, indicator?: string, unit?: string) =>
  evaluate(phrase, actual, { indicator, unit, lang: "vi" });
const status = (phrase: string, actual: string | null, indicator?: string, unit?: string) => judge(phrase, actual, indicator, unit).status;

describe("a ban with no figure of its own is a zero target in the counted unit", () => {
  it("'không được', 'không được phép', 'không tổ chức', 'nghiêm cấm' under a count column", () => {
    expect(status("Nhà trường không được thu thêm khoản phí ngoài quy định", "0", "Khoản thu ngoài quy định", "khoản")).toBe("met");
    expect(status("Nhà trường không được thu thêm khoản phí ngoài quy định", "2 khoản", "Khoản thu ngoài quy định", "khoản")).toBe("not_met");
    expect(status("Giáo viên không được phép ép học sinh học thêm", "1 giáo viên", "Giáo viên ép học thêm", "giáo viên")).toBe("not_met");
    expect(status("Không tổ chức thi tuyển sinh vào lớp 6", "0", "Trường thi tuyển lớp 6", "trường")).toBe("met");
    expect(status("Nghiêm cấm đốt rơm rạ trên đồng ruộng", "3 vụ", "Vụ đốt rơm rạ", "vụ")).toBe("not_met");
    expect(status("Đảm bảo an toàn tuyệt đối cho học sinh khi đi dã ngoại", "0", "Sự cố mất an toàn", "vụ")).toBe("met");
  });
  it("a blank figure is no data, not a verdict", () => {
    expect(status("Không tổ chức thi tuyển sinh vào lớp 6", null, "Trường thi tuyển lớp 6", "trường")).toBe("no_data");
  });
  it("a ban on passing a bound keeps the bound; a ban before a day keeps the day", () => {
    expect(judge("Mỗi lớp không được quá 40 học sinh", "41", "Sĩ số lớp", "học sinh").rule?.kind).not.toBe("zero");
    expect(judge("Không được tổ chức khai giảng trước ngày 5/9/2025", "3/9/2025", "Khai giảng", "").rule?.kind).not.toBe("zero");
  });
  it("a count figure anywhere in the clause, with or without an operator, blocks the zero reading (rv15 #2)", () => {
    expect(judge("Không tổ chức thi tuyển, xét tuyển 450 học sinh vào lớp 10", "450", "Tuyển sinh lớp 10", "học sinh").rule?.kind).not.toBe("zero");
    expect(status("Các trường không được thu các khoản ngoài 5 khoản quy định", "5", "Khoản thu", "khoản")).not.toBe("not_met");
    expect(status("Không được để học sinh bỏ học, huy động 1.200 học sinh ra lớp", "1200", "Huy động học sinh", "học sinh")).not.toBe("not_met");
    expect(status("Không được nhận vượt chỉ tiêu tuyển sinh 40 học sinh", "38", "Tuyển sinh lớp 1", "học sinh")).not.toBe("not_met");
    expect(status("Nghiêm cấm dạy thêm trái phép; kiểm tra 15 cơ sở", "15", "Cơ sở được kiểm tra", "cơ sở")).not.toBe("not_met");
  });
  it("no zero under a rate column: the ban says nothing of a share", () => {
    expect(judge("Không được dạy trước chương trình", "5%", "Tỷ lệ lớp dạy trước chương trình", "%").rule?.kind).not.toBe("zero");
  });
});

describe("a sentence opening with 'Trong đó', and a 'riêng …' case, is a part of its own", () => {
  const crimes = "Tỷ lệ phát hiện các vụ vi phạm từ 70% trở lên. Trong đó, tỷ lệ phát hiện vụ đặc biệt nghiêm trọng từ 85% trở lên";
  it("a figure the two parts judge differently is asked about, not judged by the first part", () => {
    expect(status(crimes, "78%", "Tỷ lệ phát hiện các vụ vi phạm năm 2026", "%")).toBe("review");
    expect(status(crimes, "60%", "Tỷ lệ phát hiện các vụ vi phạm năm 2026", "%")).toBe("not_met");
  });
  const enrol = "Tỷ lệ huy động trẻ: nhà trẻ trên 30%, mẫu giáo trên 95%. Riêng trẻ 5 tuổi đạt 100%";
  it("a case apart stays a rival part", () => {
    expect(status(enrol, "98%", "Tỷ lệ huy động trẻ ra lớp", "%")).toBe("review");
  });
});

describe("a part measured otherwise than a count per period is kept for a figure in its unit", () => {
  const lessons = "Cấp tiểu học học 2 buổi, không quá 7 tiết học mỗi ngày. Mỗi tiết học 35 phút.";
  it("minutes typed are judged by the minutes part, lessons by the lessons part", () => {
    expect(status(lessons, "35 phút", "Số tiết, thời lượng tiết học tiểu học")).toBe("met");
    expect(status(lessons, "30 phút", "Số tiết, thời lượng tiết học tiểu học")).toBe("not_met");
    expect(status(lessons, "8 tiết học", "Số tiết, thời lượng tiết học tiểu học")).toBe("not_met");
  });
});

describe("the scale marks are given on is no mark to reach", () => {
  it("'theo thang 10 điểm', 'trên thang điểm 10' leave the threshold the phrase states", () => {
    expect(status("Điểm trung bình các môn đạt từ 6,5 trở lên theo thang 10 điểm", "6,0", "Điểm trung bình môn", "điểm")).toBe("not_met");
    expect(status("Điểm trung bình các môn đạt từ 6,5 trở lên trên thang điểm 10", "7,2", "Điểm trung bình môn", "điểm")).toMatch(/met|exceeded/u);
  });
  it("a phrase whose only number is the scale is not read as 'at least 10 marks'", () => {
    expect(status("Giáo viên chấm bài theo thang 10 điểm, nhận xét cụ thể từng bài", "8 điểm", "Chấm bài kiểm tra", "điểm")).not.toBe("not_met");
  });
});

describe("an extension adds to the bound before it", () => {
  const permit = "Thời hạn cấp phép không quá 10 ngày làm việc. Trường hợp phải thẩm định thực tế, thời hạn được kéo dài thêm không quá 5 ngày làm việc.";
  it("a figure between the bound and the extended bound is asked about, past both is not met", () => {
    const v = judge(permit, "13 ngày làm việc", "Thời hạn cấp phép xây dựng", "ngày làm việc");
    expect(v.status).toBe("review");
    expect(v.canonical).toContain("15");
    expect(status(permit, "16 ngày làm việc", "Thời hạn cấp phép xây dựng", "ngày làm việc")).toBe("not_met");
  });
});

describe("a sanction on any case left is a zero target", () => {
  it("'nếu … còn có … thì …' under a count column", () => {
    const p = "nếu lớp nào còn có học sinh vi phạm luật giao thông thì giáo viên chủ nhiệm phải chịu trách nhiệm";
    expect(status(p, "0", "Học sinh vi phạm luật giao thông", "học sinh")).toBe("met");
    expect(status(p, "2 học sinh", "Học sinh vi phạm luật giao thông", "học sinh")).toBe("not_met");
  });
});

describe("lunar days restating the days written are no figures", () => {
  const tet = "Nghỉ Tết từ 27/1 đến 4/2/2026 (mùng 9 tháng Chạp đến 17 tháng Chạp)";
  it("the solar window is judged; the lunar days are not read as months", () => {
    expect(judge(tet, "3/2/2026", "Lịch nghỉ Tết", "").rule?.kind).toBe("deadline");
    expect(status(tet, "5/2/2026", "Lịch nghỉ Tết", "")).toBe("not_met");
  });
});

describe("a ban on passing a figure is a ceiling at it (rv15 gap)", () => {
  it("'Cấm … quá N', 'không được … vượt quá N'", () => {
    expect(status("Cấm dạy thêm quá 2 buổi/tuần", "1")).toBe("met");
    expect(status("Cấm dạy thêm quá 2 buổi/tuần", "3")).toBe("not_met");
    expect(status("Các trường không được thu vượt quá 3 khoản", "2")).toBe("met");
  });
});
