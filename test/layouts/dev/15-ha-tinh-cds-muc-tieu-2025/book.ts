// Layout 15: yearly follow-up of a provincial plan's targets "đến năm 2025" (Hà Tĩnh, digital transformation in education), checked at the end of 2024.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện các mục tiêu đến năm 2025 của Kế hoạch số 109/KH-UBND (chuyển đổi số trong giáo dục), tỉnh Hà Tĩnh, đến hết năm 2024");
  const s = b.sheet("Mục tiêu 2025");
  s.cols([6, 50, 16, 11, 11, 11, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Tĩnh, ngày 31 tháng 12 năm 2024",
    title: ["KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU ĐẾN NĂM 2025", "Kế hoạch số 109/KH-UBND ngày 14/4/2022 của UBND tỉnh thực hiện Đề án \"Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022-2025, định hướng đến năm 2030\""],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Mục tiêu", head).merge("C8:C9", "Chỉ tiêu đến năm 2025", head);
  s.merge("D8:F8", "Kết quả thực hiện", head);
  s.row("D9", ["Năm 2022", "Năm 2023", "Năm 2024"], head);
  s.merge("G8:G9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, t: string) => s.row(`A${r}`, [t.slice(0, 2), t.slice(3), "", "", "", "", ""], { ...bd, bold: true, italic: true });
  type Row = [string, string, string, CellInput, CellInput, CellInput, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6]], bd);
    s.expect(`F${r}`, { indicator: x[1], target: x[2], status: x[7], why: x[8] });
  };
  const p = (v: number) => ({ v, pct: true, fmt: "0.0%" as const });
  sec(10, "a) Hạ tầng, nền tảng");
  put(11, ["1", "Tỷ lệ cơ sở giáo dục có hạ tầng kết nối Internet băng thông rộng", "100%", 96, 98.5, 100, "", "met", "100% reached a year early"]);
  put(12, ["2", "Tỷ lệ cơ sở giáo dục phổ thông triển khai học bạ số", "100%", 0, 35, 82.4, "Cấp THPT triển khai từ 2024", "pending", "82,4% < 100%, but the target is for 2025: not yet due"]);
  put(13, ["3", "Số học liệu số được chia sẻ trên kho học liệu của tỉnh", "Ít nhất 5.000 học liệu", 1200, 3450, 4610, "", "pending", "4.610 < 5.000, due by the end of 2025"]);
  sec(14, "b) Nhà giáo, người học");
  put(15, ["4", "Tỷ lệ giáo viên sử dụng thành thạo kho học liệu số, bài giảng điện tử", "Tối thiểu 70%", 45, 62, 74, "", "exceeded", "74% > 70%"]);
  put(16, ["5", "Tỷ lệ cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số", "100%", 100, 100, 100, "", "met", ""]);
  sec(17, "c) Quản lý, dịch vụ");
  put(18, ["6", "Tỷ lệ cơ sở giáo dục thu học phí không dùng tiền mặt", "100%", p(0.55), p(0.83), p(0.97), "", "pending", "97% < 100%, due 2025"]);
  put(19, ["7", "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực giáo dục xử lý trực tuyến toàn trình", "Trên 80%", 60, 75, "", "Chưa có số liệu năm 2024", "no_data", "2024 blank; 2023's 75% is not this year's figure"]);
  put(20, ["8", "Tỷ lệ cơ sở giáo dục có cơ sở dữ liệu được kết nối với cơ sở dữ liệu ngành", "100%", 88, 100, 100, "", "met", ""]);
  signature(s, 22, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phan Thị Thanh" }, { col: "D", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Thị Nội" });
  b.facts = {
    sheet: "Mục tiêu 2025",
    headerRows: "8-9 (Kết quả thực hiện over Năm 2022 | Năm 2023 | Năm 2024)",
    nameColumn: "B (Mục tiêu)",
    target: "column C (Chỉ tiêu đến năm 2025)",
    actualColumns: "F (Năm 2024, the latest year)",
    ignoreColumns: "D, E (earlier years), G (Ghi chú)",
    otherRows: "10, 14, 17 (sub-sections a)-c)), 22-28 (signature)",
    asOf: "2024-12-31",
    period: "2022-2025",
    notes: "Every target is due at the end of 2025. At the end of 2024 a figure that already meets it is met; one still short is pending (not yet due), never not_met.",
  };
  return b;
}
