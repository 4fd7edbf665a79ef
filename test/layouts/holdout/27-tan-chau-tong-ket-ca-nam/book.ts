// Layout 27: a district's year-end indicator table with term columns (Tân Châu, Tây Ninh, 2022-2023): Học kỳ I, Học kỳ II and Cả năm side by side.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu năm học 2022-2023 theo học kỳ, ngành Giáo dục và Đào tạo huyện Tân Châu");
  const s = b.sheet("Tổng kết 2022-2023");
  s.cols([6, 44, 8, 14, 11, 11, 11, 18]);
  titleBlock(s, {
    left: ["UBND HUYỆN TÂN CHÂU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Tân Châu, ngày 15 tháng 8 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC 2022-2023", "(Kèm theo Báo cáo tổng kết năm học 2022-2023)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "Kế hoạch", head);
  s.merge("E8:G8", "Thực hiện", head);
  s.row("E9", ["Học kỳ I", "Học kỳ II", "Cả năm"], head);
  s.merge("H8:H9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, t: string) => s.row(`A${r}`, [t.split(". ")[0], t.split(". ")[1], "", "", "", "", "", ""], { ...bd, bold: true });
  type Row = [string, string, string, CellInput, CellInput, CellInput, CellInput, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], ""], bd);
    // A year total kept as a formula shows its value, as the sheet does, not the formula text.
    const shown = typeof x[6] === "string" && x[6].startsWith("=") ? String(Number(x[4]) + Number(x[5])) : undefined;
    s.expect(`G${r}`, { indicator: x[1], target: String(x[3]), actual: shown, status: x[7], why: x[8] });
  };
  sec(10, "I. Mầm non");
  put(11, ["1", "Tỷ lệ trẻ mẫu giáo ra lớp", "%", "Từ 95% trở lên", 94.2, 95.6, 95.6, "exceeded", "95,6 for the year (term I 94,2 does not count)"]);
  put(12, ["2", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", "Dưới 5%", 5.4, 4.6, 4.6, "met", "4,6 < 5"]);
  sec(13, "II. Tiểu học");
  put(14, ["1", "Tỷ lệ học sinh hoàn thành chương trình lớp học", "%", "Từ 98% trở lên", "", "", 97.8, "not_met", "97,8 < 98"]);
  put(15, ["2", "Số giải học sinh tham gia giao lưu cấp huyện", "Giải", "Ít nhất 60 giải", 28, 35, "=E15+F15", "exceeded", "28 + 35 = 63 for the year"]);
  sec(16, "III. Trung học cơ sở");
  put(17, ["1", "Tỷ lệ học sinh bỏ học", "%", "Dưới 1%", 0.3, 0.5, 0.8, "met", "0,8 under ĐVT % is 0,8%"]);
  put(18, ["2", "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", "%", "100%", "", "", 99.6, "not_met", "99,6 < 100"]);
  put(19, ["3", "Số giải học sinh giỏi cấp tỉnh", "Giải", "Ít nhất 12 giải", 0, 10, "=E19+F19", "not_met", "0 + 10 = 10 < 12"]);
  sec(20, "IV. Chung");
  put(21, ["1", "Số trường được công nhận đạt chuẩn quốc gia trong năm", "Trường", "03 trường", 1, 1, "=E21+F21", "not_met", "2 < 3"]);
  put(22, ["2", "Huyện duy trì chuẩn phổ cập giáo dục các cấp học", "", "Đạt chuẩn", "", "", "Đạt", "met", "yes/no"]);
  signature(s, 24, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Mỹ Dung" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Phạm Văn Lộc" });
  b.facts = {
    sheet: "Tổng kết 2022-2023",
    headerRows: "8-9 (Thực hiện over Học kỳ I | Học kỳ II | Cả năm)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch)",
    actualColumns: "G (Cả năm; sums of the terms by formula for counts)",
    ignoreColumns: "E, F (term figures), H (Ghi chú)",
    otherRows: "10, 13, 16, 20 (sections I-IV by level), 24-30 (signature)",
    asOf: "2023-08-15",
    period: "2022-2023",
    notes: "The year column is the actual; a term column alone can say the opposite (row 11 short in term I, met for the year).",
  };
  return b;
}
