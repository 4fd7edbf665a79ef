// Round 37 (qual37): classes of the qualifier, negation and related rows, each fixed by one general rule. Every phrase
// and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | number | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit }).status;

describe("a bare figure of a mark's size under a rate, where the phrase gives a mark, is not read as a rate", () => {
  const phrases = [
    "Học viên hoàn thành khóa học đạt IELTS 6.0 trở lên; tỷ lệ hài lòng của người học từ 85%",
    "Sinh viên ra trường có TOEIC 4,5 quy đổi; tỷ lệ sinh viên có việc làm đạt 92%",
    "Điểm trung bình môn toán từ 6,5; tỷ lệ học sinh lên lớp 98%",
  ];
  it("asks about a bare 6.5 or 7 (a mark or 6,5%?) instead of judging it as a rate", () => {
    for (const p of phrases) {
      expect(status(p, "6.5", "Tỷ lệ người học đạt yêu cầu")).toBe("review");
      expect(status(p, "7", "Tỷ lệ người học đạt yêu cầu")).toBe("review");
    }
  });
  it("still judges a rate typed with its sign, a whole number past the mark scale, and a phrase with no mark", () => {
    expect(status(phrases[0], "90%", "Tỷ lệ hài lòng")).toMatch(/met|exceeded/u);
    expect(status(phrases[1], "95", "Tỷ lệ có việc làm")).toBe("exceeded");
    expect(status("Tỷ lệ học sinh lên lớp đạt 98%", "6.5")).toBe("not_met");
    // (A mark the reading can take judges it: "7,0 điểm trở lên" is the runner-up here.)
    expect(status("Học sinh đạt 7,0 điểm trở lên chiếm tỷ lệ 90%", "6.5", "Tỷ lệ học sinh khá")).toBe("not_met");
  });
  it("asks plainly: no other reading of the phrase (the mark's own) judges the figure instead", () => {
    const asked = [
      ["Tỷ lệ học sinh bỏ học dưới 2%; học sinh giỏi đạt 8,5 điểm trở lên", "1,5", "Tỷ lệ học sinh bỏ học"],
      ["Tỷ lệ hộ cận nghèo giảm còn dưới 5%, mỗi năm giảm 1 điểm", "4,5", "Tỷ lệ hộ cận nghèo"],
      ["Tỷ lệ cán bộ đạt chuẩn trên 95%, học viên đạt 8 điểm trở lên chiếm 30%", "8,5", "Tỷ lệ cán bộ đạt chuẩn"],
    ];
    for (const [p, a, i] of asked) {
      const v = evaluate(p, a, { indicator: i });
      expect(v.status).toBe("review");
      expect(v.explanation).not.toMatch(/Đạt|Vượt|Chưa đạt/u);
    }
  });
  it("reads a bare figure under a unit column of rates ('%') as the rate", () => {
    const p = "Tỷ lệ học sinh có điểm trung bình học kỳ từ 6,5 trở lên đạt 80%";
    expect(status(p, "7", undefined, "%")).toBe("not_met");
    expect(status(p, "7", undefined, "phần trăm")).toBe("not_met");
    expect(status(p, "7")).toBe("review");
  });
});

describe("a ban on using, cutting or taking is a zero target; 'dùng một lần' names a kind of thing", () => {
  it("reads 'không sử dụng … dùng một lần' under a count column as none allowed, framed by a year or a school year", () => {
    const p = ["Các trường học không sử dụng ly nhựa dùng một lần trong các cuộc họp", "Từ năm học 2026-2027, các lớp mẫu giáo không dùng hộp xốp sử dụng 1 lần", "Đến năm 2027, các cơ sở giáo dục không sử dụng túi ni lông dùng 1 lần"];
    for (const x of p) {
      expect(status(x, "0", "Số trường còn dùng đồ nhựa", "trường")).toBe("met");
      expect(status(x, "không sử dụng", "Số trường còn dùng đồ nhựa", "trường")).toBe("met");
      expect(status(x, "4 trường", "Số trường còn dùng đồ nhựa", "trường")).toBe("not_met");
    }
    expect(status("Các huyện không tinh giản biên chế giáo viên tiểu học", "0", "Số biên chế giáo viên bị tinh giản", "biên chế")).toBe("met");
    expect(status("Các huyện không cắt giảm biên chế giáo viên tiểu học", "12 biên chế", "Số biên chế giáo viên bị cắt giảm", "biên chế")).toBe("not_met");
  });
  it("reads the ban as zero only as the phrase's main clause, not as another act's means nor as a waiver", () => {
    const unread = [
      ["Các cơ sở giáo dục nộp học phí không dùng tiền mặt", "30", "trường"],
      ["Nhà trường thực hiện thu các khoản không sử dụng tiền mặt", "12", "trường"],
      ["Đăng ký dự thi qua mạng, không nhận hồ sơ bản giấy", "420", "hồ sơ"],
      ["Chuyển sang học bạ số, không dùng học bạ giấy", "9", "trường"],
      ["Không thu học phí đối với học sinh con hộ nghèo", "310", "học sinh"],
      ["Không thu tiền bán trú đối với trẻ khuyết tật", "14", "trẻ"],
    ];
    for (const [p, a, u] of unread) expect(status(p, a, undefined, u)).toBe("unreadable");
    expect(status("Không nhận hồ sơ trái tuyến", "3", undefined, "hồ sơ")).toBe("not_met");
    expect(status("Từ năm học 2027-2028, giáo viên không dùng giáo án viết tay", "0", undefined, "giáo viên")).toBe("met");
    expect(status("Bếp ăn bán trú: không sử dụng thực phẩm không rõ nguồn gốc", "0", undefined, "trường")).toBe("met");
    // (A subject listing nouns; "đối với" naming whom a cut spares is the ban's scope, not a charge waived.)
    expect(status("Giáo viên, nhân viên, người lao động không sử dụng thuốc lá trong khuôn viên trường", "2", undefined, "người")).toBe("not_met");
    expect(status("Các huyện không cắt giảm biên chế đối với giáo viên vùng khó khăn", "0", undefined, "biên chế")).toBe("met");
  });
  it("asks about a bare 'Không' under a ban's yes/no, as about a bare 0", () => {
    expect(status("Các trường không tổ chức thu tiền học thêm", "Không")).toBe("review");
    expect(status("Các trường không tổ chức thu tiền học thêm", "không")).toBe("review");
    expect(status("Các trường không tổ chức thu tiền học thêm", "Không tổ chức")).toBe("met");
  });
  it("keeps 'once' a count where a modal or a period makes it one", () => {
    expect(evaluate("Mỗi phiếu dự thưởng chỉ được sử dụng 1 lần", "2 lần").status).toBe("not_met");
    expect(evaluate("Khăn lau bảng dùng 1 lần/tuần", "0").status).toBe("not_met");
  });
  it("reads a ban's own words typed back as kept, asks about a bare 0 under its yes/no, and 'không có … nào' as none", () => {
    const p = "Đến năm 2028, các trường mầm non không sử dụng đồ chơi nhựa dùng một lần";
    expect(status(p, "Không sử dụng")).toBe("met");
    expect(status(p, "Có")).toBe("met");
    expect(status(p, "0")).toBe("review");
    expect(status("Không để xảy ra tai nạn đuối nước trong học sinh", "không có trường hợp nào", "Số vụ đuối nước", "vụ")).toBe("met");
    expect(status("Không để xảy ra ngộ độc thực phẩm", "không xảy ra vụ nào", "Số vụ ngộ độc", "vụ")).toBe("met");
  });
});

describe("digits glued by '.' to a word holding digits name a room, a block or a pollutant; storage is a measure", () => {
  it("reads the figure, not the room or the pollutant's name", () => {
    expect(status("Mỗi trường có trên 40 máy tính, đặt tại phòng C3.208", "45 máy")).toBe("met");
    expect(status("Nồng độ bụi PM2.5 trung bình năm không quá 25 µg/m3", "31")).toBe("not_met");
    expect(status("Máy chủ lưu trữ học liệu dung lượng tối thiểu 500GB đặt tại nhà B1.02", "450 GB")).toBe("not_met");
    expect(status("Máy chủ lưu trữ học liệu dung lượng tối thiểu 500GB đặt tại nhà B1.02", "2000 MB")).toBe("not_met");
    expect(status("Kho học liệu số đạt trên 120 GB", "150 GB")).toBe("met");
  });
});

describe("how often, typed as a period word ('hàng quý', 'hằng tuần'), is once each such period", () => {
  it("judges it against the target's frequency", () => {
    expect(status("Tổ chuyên môn sinh hoạt định kỳ ít nhất 1 lần/tháng", "hàng quý")).toBe("not_met");
    expect(status("Tổ chuyên môn sinh hoạt định kỳ ít nhất 1 lần/tháng", "hằng tuần")).toBe("exceeded");
    expect(status("Ban giám hiệu dự giờ mỗi giáo viên ít nhất 1 lần/học kỳ", "định kỳ hàng tháng")).toBe("exceeded");
    expect(status("Nhà trường báo cáo Phòng GD&ĐT mỗi tháng một lần", "hàng tháng")).toBe("met");
  });
});

describe("a plain figure under a money column in thousands or millions is in the column's size", () => {
  it("meets a sum typed in đồng that equals it", () => {
    expect(status("180", "180.000 đồng", "Học phí mầm non công lập", "nghìn đồng/trẻ/tháng")).toBe("met");
    expect(status("180", "210.000 đồng", "Học phí mầm non công lập", "nghìn đồng/trẻ/tháng")).toBe("not_met");
    expect(status("180", "180", "Học phí mầm non công lập", "nghìn đồng/trẻ/tháng")).toBe("met");
    expect(status("2,5", "2.500.000 đồng", "Mức chi hỗ trợ giáo viên", "triệu đồng")).toMatch(/met|exceeded/u);
  });
});
