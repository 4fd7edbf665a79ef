// Layout 08: a primary school's strategic-plan targets "đến năm 2025" (TH Tân Mỹ, Phong Điền), a general-information sheet first, last period's figures in a hidden column.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch phát triển trường Tiểu học Tân Mỹ giai đoạn 2020-2025: theo dõi chỉ tiêu đến năm 2025");

  // Sheet 1: general information with a small size table that has figures but no targets.
  const g = b.sheet("Thông tin chung");
  g.cols([28, 14, 14, 14, 20]);
  g.merge("A1:E1", "THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG", { bold: true, align: "center", size: 14 });
  g.row("A3", ["Tên trường:", "Trường Tiểu học Tân Mỹ"]);
  g.row("A4", ["Địa chỉ:", "Xã Phong Mỹ, huyện Phong Điền, tỉnh Thừa Thiên Huế"]);
  g.row("A5", ["Điểm trường:", "02 (điểm chính và điểm lẻ thôn Tân Mỹ)"]);
  g.row("A6", ["Năm học:", "2024-2025"]);
  g.row("A8", ["Khối lớp", "Số lớp", "Số học sinh", "Học sinh nữ", "Ghi chú"], { bold: true, align: "center", border: true });
  table(g, "A9", [
    ["Khối 1", 3, 86, 41, ""],
    ["Khối 2", 3, 90, 44, ""],
    ["Khối 3", 3, 84, 40, ""],
    ["Khối 4", 4, 102, 52, ""],
    ["Khối 5", 3, 88, 43, "01 lớp ghép"],
    ["Cộng", "=SUM(B9:B13)", "=SUM(C9:C13)", "=SUM(D9:D13)", ""],
  ]);
  g.row("A16", ["Cán bộ quản lý:", 2]);
  g.row("A17", ["Giáo viên:", 26]);
  g.row("A18", ["Nhân viên:", 4]);

  // Sheet 2: the targets.
  const s = b.sheet("Chỉ tiêu 2020-2025");
  s.cols([5, 46, 9, 12, 15, 14, 12, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT PHONG ĐIỀN", "TRƯỜNG TH TÂN MỸ"],
    date: "Phong Mỹ, ngày 10 tháng 01 năm 2026",
    title: ["BẢNG THEO DÕI THỰC HIỆN CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN NHÀ TRƯỜNG", "GIAI ĐOẠN 2020-2025", "(Kèm theo Kế hoạch số 20a/KH-THTM ngày 15/9/2021)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Chỉ tiêu", "ĐVT", "Năm học 2020-2021", "Chỉ tiêu đến năm 2025", "Thực hiện năm học 2024-2025", "Tự đánh giá", "Ghi chú"], head);
  s.hideCols("D");
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", "", ""], { ...bd, bold: true });
  // [no, name, unit, 2020-21 (hidden), target, actual, school's own word, note, verdict, why]
  type Row = [string, string, string, CellInput, string, CellInput, string, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]], bd);
    s.expect(`F${r}`, { indicator: x[1], target: x[4], status: x[8], why: x[9] });
  };
  sec(10, "I", "Quy mô trường lớp");
  put(11, ["1", "Số lớp", "lớp", 14, "15-16 lớp", 16, "Đạt", "", "met", "16 is inside 15-16"]);
  put(12, ["2", "Số học sinh bình quân/lớp", "HS/lớp", 29, "Không quá 35", { v: 28.1, fmt: "0.0" }, "Đạt", "450 HS/16 lớp", "met", "28,1 ≤ 35"]);
  put(13, ["3", "Tỷ lệ học sinh học 2 buổi/ngày", "%", 100, "Duy trì 100%", 100, "Đạt", "", "met", "\"2 buổi/ngày\" describes who is counted; 100 = 100%"]);
  sec(14, "II", "Chất lượng giáo dục");
  put(15, ["4", "Tỷ lệ học sinh hoàn thành chương trình lớp học", "%", 99.2, "≥ 99%", { v: 0.995, pct: true }, "Đạt", "", "exceeded", "percent-formatted 99,5% > 99%"]);
  put(16, ["5", "Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", "%", 100, "100%", 100, "Đạt", "", "met", ""]);
  put(17, ["6", "Tỷ lệ học sinh bỏ học", "%", 0, "Không có học sinh bỏ học", 0, "Đạt", "", "met", "zero tolerance, 0"]);
  put(18, ["7", "Số học sinh đạt giải cấp huyện trở lên", "HS", 12, "Ít nhất 20 HS/năm", 17, "Đạt", "Giao lưu Tiếng Việt, Toán tuổi thơ", "not_met", "17 < 20 (the school's own \"Đạt\" in G is wrong and must not be read)"]);
  put(19, ["8", "Tỷ lệ học sinh được học Tiếng Anh từ lớp 1", "%", 60, "100%", "100%", "Đạt", "", "met", "text figure \"100%\""]);
  sec(20, "III", "Đội ngũ");
  put(21, ["9", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "%", 85, "100%", { v: 0.96, pct: true }, "Chưa đạt", "01 GV đang học đại học", "not_met", "96% < 100%"]);
  put(22, ["10", "Tỷ lệ giáo viên trên chuẩn trình độ đào tạo", "%", 40, "Trên 70%", 70, "Đạt", "", "not_met", "70 is not above 70% (\"Trên\" is strict); G says Đạt"]);
  put(23, ["11", "Tỷ lệ giáo viên xếp loại Khá trở lên theo chuẩn nghề nghiệp", "%", 80, "≥ 90%", { v: 92.3, fmt: "0.0" }, "Đạt", "24/26 GV", "exceeded", "92,3 ≥ 90"]);
  sec(24, "IV", "Cơ sở vật chất, kiểm định chất lượng");
  put(25, ["12", "Trường đạt chuẩn quốc gia", "mức độ", "Mức độ 1", "Mức độ 2", "Mức độ 1", "Chưa đạt", "Đã đăng ký kiểm tra tháng 11/2025", "not_met", "level 1 < level 2"]);
  put(26, ["13", "Kiểm định chất lượng giáo dục", "cấp độ", "Cấp độ 2", "Cấp độ 3", "Cấp độ 3", "Đạt", "QĐ công nhận ngày 12/3/2025", "met", ""]);
  put(27, ["14", "Số phòng học bộ môn", "phòng", 2, "05 phòng", 4, "Chưa đạt", "", "not_met", "4 < 5"]);
  put(28, ["15", "Tỷ lệ phòng học kiên cố", "%", 78.6, "100%", "chưa có", "", "Chờ số liệu kiểm kê", "no_data", "\"chưa có\""]);
  signature(s, 30, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Hồ Thị Lan" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Văn Minh" });
  b.facts = {
    sheet: "Chỉ tiêu 2020-2025",
    headerRows: "9",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Chỉ tiêu đến năm 2025)",
    actualColumns: "F (Thực hiện năm học 2024-2025)",
    ignoreColumns: "D (hidden: Năm học 2020-2021), G (Tự đánh giá: the school's own words, some wrong), H (Ghi chú)",
    otherRows: "10, 14, 20, 24 (sections I-IV), 30-36 (signature)",
    asOf: "2026-01-10",
    period: "2020-2025",
    notes: "The review is dated after the end of 2025, so targets \"đến năm 2025\" are due and a shortfall is not_met. Not the first sheet: \"Thông tin chung\" has a size table with figures but no targets. \"Chỉ tiêu\" is the NAME column here (the indicator), while the target column is \"Chỉ tiêu đến năm 2025\".",
  };
  return b;
}
