// Layout 101: a lower-secondary school's self-check against the national-standard school criteria, annexed to the commune council's inspection minutes (THCS Thụy Dương, Thái Thụy, Thái Bình, December 2010): norms written as sentences in one column (one merged over two figure rows, one with a town and a rural value), the school's situation in words beside a figure column, counts typed "10/36", and the school's own Đạt/Chưa đạt column that is sometimes wrong.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tự kiểm tra các tiêu chuẩn trường THCS đạt chuẩn quốc gia, Trường THCS Thụy Dương, ngày 07/12/2010");
  const s = b.sheet("Bảng kiểm tra");
  s.cols([6, 34, 40, 38, 11, 12, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN THÁI THỤY", "TRƯỜNG THCS THỤY DƯƠNG"],
    date: "Thụy Dương, ngày 07 tháng 12 năm 2010",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ KIỂM TRA CÁC TIÊU CHUẨN TRƯỜNG THCS ĐẠT CHUẨN QUỐC GIA", "(Kèm theo Biên bản kiểm tra của Hội đồng kiểm tra xã Thụy Dương ngày 07/12/2010)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Tiêu chuẩn, tiêu chí", "Yêu cầu của chuẩn (Thông tư 06/2010/TT-BGDĐT)", "Thực trạng của nhà trường", "Số liệu", "Tự đánh giá", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, t: string) => s.merge(`A${r}:G${r}`, t, { ...bd, bold: true });
  // [no, criterion, norm (or undefined under a merge), situation, figure, own verdict, note, status, target as read, why]
  type Row = [string, string, string | undefined, string, CellInput, string | undefined, string, Status, string, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [{ v: x[0], align: "center" }, x[1], x[2], x[3], { ...(typeof x[4] === "object" && x[4] !== null ? x[4] : { v: x[4] }), align: "center" }, x[5] === undefined ? undefined : { v: x[5], align: "center" }, x[6]], bd);
    s.expect(`E${r}`, { indicator: x[1].replace(/^- /, ""), target: x[8], status: x[7], why: x[9] });
  };
  const one = (n: number): CellInput => ({ v: n, fmt: "0.0" });

  sec(9, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
  put(10, ["1", "Số học sinh/lớp", "Không quá 45 học sinh/lớp", "12 lớp, 463 học sinh; bình quân 38,6 HS/lớp; lớp đông nhất là 9A", 46, "Đạt", "Tính theo bình quân", "not_met", "Không quá 45 học sinh/lớp (mỗi lớp)", "the rule is per class and 9A has 46 > 45; the school judged on the average 38,6 and wrote \"Đạt\""]);
  sec(11, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên và nhân viên");
  put(12, ["2", "Giáo viên đạt chuẩn trình độ đào tạo", "100% giáo viên đạt chuẩn trình độ đào tạo", "36/36 giáo viên có trình độ cao đẳng sư phạm trở lên", "36/36", "Đạt", "", "met", "100%", "36 of 36"]);
  put(13, ["3", "Giáo viên trên chuẩn trình độ đào tạo", "Từ 30% trở lên", "10 giáo viên có trình độ đại học", "10/36", "Chưa đạt", "02 GV đang học đại học", "not_met", "Từ 30% trở lên", "10/36 = 27,8% < 30"]);
  sec(14, "Tiêu chuẩn 3: Chất lượng giáo dục (năm học 2009-2010)");
  put(15, ["4", "Học lực giỏi", "Từ 3% trở lên", "20/476 học sinh", one((20 / 476) * 100), "Đạt", "", "exceeded", "Từ 3% trở lên", "4,2 > 3"]);
  put(16, ["5", "Học lực khá", "Từ 35% trở lên", "167/476 học sinh", one((167 / 476) * 100), "Đạt", "", "exceeded", "Từ 35% trở lên", "167/476 = 35,08% > 35 (shown 35,1)"]);
  put(17, ["6", "Học lực yếu, kém", "Không quá 5%", "26/476 học sinh", one((26 / 476) * 100), "Đạt", "", "not_met", "Không quá 5%", "26/476 = 5,46% > 5 (shown 5,5); the school wrote \"Đạt\""]);
  put(18, ["7", "Hạnh kiểm khá, tốt", "Từ 80% trở lên", "446/476 học sinh", one((446 / 476) * 100), "Đạt", "", "exceeded", "Từ 80% trở lên", "93,7 > 80"]);
  put(19, ["8", "Hạnh kiểm yếu", "Không quá 2%", "02/476 học sinh", one((2 / 476) * 100), "Đạt", "", "met", "Không quá 2%", "0,4 ≤ 2: a ceiling, met, never exceeded"]);
  s.merge("C20:C21", "Không quá 6%, trong đó tỷ lệ học sinh bỏ học không quá 1%", bd);
  s.merge("F20:F21", "Đạt", { ...bd, align: "center" });
  put(20, ["9", "Tỷ lệ học sinh bỏ học và lưu ban", undefined, "Lưu ban 09 HS, bỏ học 06 HS (trên 476 HS đầu năm)", one((15 / 476) * 100), undefined, "", "met", "Không quá 6% (ô gộp dòng 20-21)", "15/476 = 3,2% ≤ 6"]);
  put(21, ["", "- Trong đó: tỷ lệ học sinh bỏ học", undefined, "06 HS bỏ học", one((6 / 476) * 100), undefined, "", "not_met", "không quá 1% (phần sau của ô gộp dòng 20-21)", "6/476 = 1,26% > 1 (shown 1,3): the second half of the merged norm; the school's merged \"Đạt\" covers both rows"]);
  put(22, ["10", "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", "Từ 90% trở lên", "74/76 học sinh lớp 9 được công nhận tốt nghiệp", "74/76", "Đạt", "", "exceeded", "Từ 90% trở lên", "74/76 = 97,4% > 90"]);
  sec(23, "Tiêu chuẩn 4: Tài chính, cơ sở vật chất và thiết bị dạy học");
  put(24, ["11", "Diện tích khuôn viên bình quân", "Bình quân tối thiểu 6 m²/học sinh (khu vực thành phố, thị xã); 10 m²/học sinh (các vùng còn lại)", "Khuôn viên 4.030 m², 463 học sinh", one(4030 / 463), "Đạt", "m²/học sinh", "not_met", "10 m²/học sinh (trường ở xã: \"các vùng còn lại\")", "8,7 m² per pupil: above the town norm of 6 but the school is in a commune (xã Thụy Dương), where 10 applies; the school wrote \"Đạt\""]);
  put(25, ["12", "Phòng học", "Đủ phòng học cho mỗi lớp, học tối đa 2 ca", "12 phòng học kiên cố cho 12 lớp, học 1 ca", "12/12", "Đạt", "", "met", "một phòng cho mỗi lớp, tối đa 2 ca", "12 rooms for 12 classes, one shift"]);
  sec(26, "Tiêu chuẩn 5: Quan hệ giữa nhà trường, gia đình và xã hội");
  put(27, ["13", "Ban đại diện cha mẹ học sinh", "Có Ban đại diện cha mẹ học sinh hoạt động theo quy định", "Có Ban đại diện cha mẹ học sinh các lớp và của trường, họp 3 lần/năm", "Có", "Đạt", "", "met", "Có", "\"Có\""]);
  const after = notes(s, 29, "B", [
    "Ghi chú:",
    "- Số liệu chất lượng giáo dục lấy theo kết quả cuối năm học 2009-2010; số lớp, số học sinh năm học 2010-2011.",
    "- Cột \"Tự đánh giá\" do nhà trường ghi trước khi Hội đồng kiểm tra.",
  ]);
  signature(s, after + 1, { col: "B", title: "HIỆU TRƯỞNG", name: "Đỗ Văn Hùng" }, { col: "D", title: "TM. HỘI ĐỒNG KIỂM TRA\nCHỦ TỊCH", name: "Bùi Văn Tâm" });
  b.facts = {
    sheet: "Bảng kiểm tra",
    headerRows: "8",
    nameColumn: "B (Tiêu chuẩn, tiêu chí)",
    target: "column C (Yêu cầu của chuẩn: sentences; C20:C21 one merged norm over the two rows \"bỏ học và lưu ban\" / \"trong đó bỏ học\"; C24 a town value and a rural value)",
    actualColumns: "E (Số liệu: counts typed \"36/36\", rates with one decimal, \"Có\"); D (Thực trạng) explains it",
    ignoreColumns: "D (the situation in words), F (Tự đánh giá: the school's own verdict, not the clerk's), G (Ghi chú)",
    otherRows: "9, 11, 14, 23, 26 (criteria headings), 29-31 (notes), signatures below",
    asOf: "2010-12-07",
    period: "2009-2010 (quality) / 2010-2011 (classes)",
    notes: "A standards check: every figure is final. Each norm is read from column C as written; the school's own column F is not the verdict and is wrong four times (9A's 46 pupils judged on the average; yếu, kém 5,46% shown 5,5; the drop-out part of a merged norm; the rural area norm read as the town one). Counts typed as text (\"10/36\") are read as fractions. Caps met are never exceeded.",
  };
  return b;
}
