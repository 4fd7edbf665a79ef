// Layout 275: a lower secondary school's year-end targets and results (Trường THCS Mỹ An, Tháp Mười, Đồng Tháp, 2021-2022, the year it was recognised a national-standard school): the school's own register, counts typed with names ("02 (cô …, thầy …)") and with prize levels ("05 giải: …"), a result typed "Trên 97%", recognitions in words, a second sheet listing the district prize-winners by name; the year is over: short not met, a vague figure against a finer target review.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Đối chiếu chỉ tiêu đăng ký và kết quả năm học 2021-2022, Trường THCS Mỹ An (Tháp Mười, Đồng Tháp)");
  const s = b.sheet("Chi tieu - Ket qua");
  s.cols([5, 46, 20, 34, 12, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÁP MƯỜI", "TRƯỜNG THCS MỸ AN"],
    date: "Mỹ An, ngày 25 tháng 5 năm 2022",
    title: ["BẢNG ĐỐI CHIẾU CHỈ TIÊU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN NĂM HỌC 2021-2022", "(kèm Báo cáo tổng kết năm học)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đăng ký", "Kết quả thực hiện", "Đánh giá", "Ghi chú"], head);
  const sec = (r: number, label: string) => s.merge(`A${r}:F${r}`, label, { bold: true, border: true });
  type R = [string, string, string | number, string | number, string, string, Status, string];
  const blocks: [string, R[]][] = [
    ["I. CHẤT LƯỢNG GIÁO DỤC", [
      ["1", "Hiệu quả đào tạo (học sinh lớp 6 năm 2018 đến lớp 9 năm 2022)", "Từ 90% trở lên", "91,4%", "Đạt", "Cao nhất huyện", "exceeded", "91,4% above the inclusive 90%"],
      ["2", "Tỷ lệ học sinh xếp loại học lực khá, giỏi", "Từ 85% trở lên", "100%", "Vượt", "372/372 học sinh", "exceeded", "all 372 pupils rated good or very good"],
      ["3", "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", "Từ 98% trở lên", "Trên 97%", "Đạt", "Chờ quyết định công nhận của Phòng", "review", "\"Trên 97%\" can be 97,1% or 99%: against 98% nothing on the row decides which"],
    ]],
    ["II. HỌC SINH GIỎI, HỘI THI", [
      ["4", "Giải học sinh giỏi văn hóa cấp huyện", "12 giải", "14 giải", "Vượt", "Danh sách tại sheet DS giai huyen", "exceeded", "14 prizes against 12"],
      ["5", "Giải học sinh giỏi văn hóa cấp tỉnh", "06 giải", "05 giải: 01 Nhì, 02 Ba, 02 KK", "Chưa đạt", "", "not_met", "5 provincial prizes against 6; the contest is over"],
      ["6", "Giải Hội thi Khoa học kỹ thuật dành cho học sinh cấp huyện", "01 giải", "02 giải (01 Ba, 01 KK)", "Vượt", "", "exceeded", "2 prizes against 1"],
      ["7", "Giáo viên dạy giỏi cấp huyện", "02 giáo viên", "02 (cô Lê Thị Hồng Nhung, thầy Trần Văn Tâm)", "Đạt", "", "met", "two teachers, named in the cell, against two"],
    ]],
    ["III. XÂY DỰNG NHÀ TRƯỜNG", [
      ["8", "Trường đạt chuẩn quốc gia", "Được công nhận Mức độ 1 trong năm học", "Đã được UBND tỉnh công nhận Mức độ 1", "Đạt", "Dự kiến đón bằng ngày 14/6/2022", "met", "recognised level 1 during the year, as planned"],
      ["9", "Thư viện trường học", "Tiên tiến", "Tiên tiến", "Đạt", "", "met", "rated \"Tiên tiến\" as planned"],
      ["10", "Trường đạt chuẩn Xanh - Sạch - Đẹp - An toàn", "Đạt", "Đạt", "Đạt", "", "met", "reached"],
      ["11", "Cán bộ, giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở", "04 người", "03 người", "Chưa đạt", "01 hồ sơ không đủ sáng kiến", "not_met", "3 against 4"],
    ]],
  ];
  let r = 8;
  for (const [label, rows] of blocks) {
    sec(r++, label);
    for (const [tt, name, tg, kq, dg, note, st, why] of rows) {
      s.row(`A${r}`, [tt, name, tg, kq, dg, note], { border: true, wrap: true });
      s.set(`A${r}`, tt, { border: true, align: "center" });
      s.set(`E${r}`, dg, { border: true, align: "center" });
      s.set(`F${r}`, note, { border: true, italic: true, wrap: true });
      s.expect(`D${r}`, { indicator: name, target: `${tg} (Chỉ tiêu đăng ký, column C)`, status: st, why });
      r++;
    }
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"Đánh giá\" do nhà trường tự đánh giá.", "- Tổng số học sinh cuối năm: 372 học sinh/11 lớp; 31 cán bộ, giáo viên, nhân viên."]);
  signature(s, r + 5, { col: "B", title: "THƯ KÝ HỘI ĐỒNG", name: "Nguyễn Thị Kim Loan" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Phan Văn Hùng" });
  // Sheet 2: the district prize-winners by name (no targets)
  const d = b.sheet("DS giai huyen");
  d.cols([5, 28, 8, 14, 12]);
  d.merge("A1:E1", "DANH SÁCH HỌC SINH ĐẠT GIẢI HỌC SINH GIỎI VĂN HÓA CẤP HUYỆN NĂM HỌC 2021-2022", { bold: true, align: "center" });
  d.row("A3", ["TT", "Họ và tên", "Lớp", "Môn", "Giải"], { bold: true, align: "center", border: true });
  const winners: [string, string, string, string][] = [
    ["Nguyễn Minh Khang", "9A1", "Toán", "Nhất"], ["Trần Thị Ngọc Hân", "9A1", "Ngữ văn", "Nhì"], ["Lê Quốc Bảo", "9A2", "Vật lý", "Nhì"],
    ["Võ Thị Mỹ Duyên", "9A1", "Hóa học", "Ba"], ["Phạm Gia Huy", "9A2", "Tin học", "Ba"], ["Đặng Thị Thu Thảo", "9A1", "Lịch sử", "Ba"],
    ["Huỳnh Tấn Phát", "9A2", "Địa lý", "Ba"], ["Nguyễn Thị Yến Nhi", "9A1", "Tiếng Anh", "KK"], ["Bùi Văn Lộc", "9A2", "Toán", "KK"],
    ["Trương Ngọc Ánh", "9A1", "Sinh học", "KK"], ["Lâm Hoàng Nam", "9A2", "Vật lý", "KK"], ["Châu Thị Kim Ngân", "9A1", "Ngữ văn", "KK"],
    ["Đỗ Minh Trí", "9A2", "Hóa học", "KK"], ["Ngô Thị Bích Trâm", "9A1", "GDCD", "KK"],
  ];
  winners.forEach(([n, l, m, g], i) => d.row(`A${4 + i}`, [String(i + 1), n, l, m, g], { border: true }));
  d.row(`A${4 + winners.length}`, ["", "Cộng", "", "", { v: `=COUNTA(E4:E${3 + winners.length})`, result: 14 }], { border: true, bold: true });
  b.facts = {
    sheet: "Chi tieu - Ket qua",
    headerRows: "7",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column C (Chỉ tiêu đăng ký: words and counts with units, \"Từ 90% trở lên\", \"12 giải\", \"Tiên tiến\")",
    actualColumns: "D (Kết quả thực hiện: typed text, percents, counts with names or prize levels, recognitions in words)",
    ignoreColumns: "A (TT), E (Đánh giá: the school's own word, no verdict), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8, 12, 17 (section heads I-III); notes and signature under the table; sheet DS giai huyen lists the 14 district prize-winners (no targets, not judged)",
    asOf: "2022-05-25",
    period: "2021-2022",
    notes: "Year-end: every result is final. Counts are read from text: \"14 giải\" against \"12 giải\" exceeded, \"05 giải: 01 Nhì, 02 Ba, 02 KK\" against 6 not met (the levels are no count), \"02 (cô …, thầy …)\" against 2 teachers met. \"Trên 97%\" against \"Từ 98% trở lên\" is review: it states only a floor under the target, even though the school wrote \"Đạt\". The school's own \"Đạt\"/\"Vượt\" in column E is no verdict. The second sheet's list is the detail of row 13, never a table to judge.",
  };
  return b;
}
