// Layout 152: a kindergarten's four-year report on the preschool programme (MN Tân Thịnh, Chiêm Hóa, 2009-2013) with the school years side by side and the 2012-2013 target in a column after them: only the last year is judged, a reduction measured from the year before, strict "Dưới", units written in the cells, a year-end figure not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo 4 năm thực hiện chương trình giáo dục mầm non (2009-2013), Trường Mầm non Tân Thịnh (Chiêm Hóa): kết quả qua các năm học");
  const s = b.sheet("Ket qua 4 nam");
  s.cols([5, 42, 8, 11, 11, 11, 11, 16, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN CHIÊM HÓA", "TRƯỜNG MN TÂN THỊNH"],
    number: "Số: 08/BC-MN",
    date: "Tân Thịnh, ngày 28 tháng 4 năm 2013",
    title: ["BÁO CÁO 4 NĂM THỰC HIỆN CHƯƠNG TRÌNH GIÁO DỤC MẦM NON (2009 - 2013)", "Phụ lục: Kết quả thực hiện một số chỉ tiêu qua các năm học"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Nội dung", head).merge("C9:C10", "ĐVT", head);
  s.merge("D9:G9", "Kết quả qua các năm học", head).merge("H9:H10", "Chỉ tiêu năm học 2012-2013", head).merge("I9:I10", "Ghi chú", head);
  s.row("D10", ["2009-2010", "2010-2011", "2011-2012", "2012-2013"], head);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7", "8", "9"], { italic: true, align: "center", border: true });
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0" });
  type Row = [string, string, string, CellInput, CellInput, CellInput, CellInput, string, string, Status | null, string];
  const rows: Row[] = [
    ["1", "Tỷ lệ huy động trẻ nhà trẻ (0-2 tuổi) ra lớp", "%", n1(25.0), n1(28.5), n1(31.2), n1(34.0), "Từ 33% trở lên", "", "exceeded", "34,0 over 33"],
    ["2", "Tỷ lệ huy động trẻ mẫu giáo (3-5 tuổi) ra lớp", "%", 100, 100, 100, 100, "100%", "", "met", "100 at 100%"],
    ["3", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "%", 100, 100, 100, n1(99.2), "100%", "", "not_met", "99,2 < 100"],
    ["4", "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "%", n1(9.8), n1(8.1), n1(7.0), n1(6.0), "Dưới 6%", "Cân đo tháng 3/2013", "not_met", "6,0 is not under 6 (strict \"Dưới\")"],
    ["5", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "%", n1(12.0), n1(10.5), n1(9.2), n1(8.4), "Giảm 1% so với năm học trước", "Cân đo tháng 3/2013", "review", "9,2 → 8,4: down 0,8 point, short of 1 point (not met), but down 8,7% of 9,2, over 1% (met): nothing says points or percent"],
    ["6", "Số trẻ ăn bán trú tại trường", "trẻ", 60, 85, 102, 118, "Tăng so với năm học trước", "", "met", "118 > 102"],
    ["7", "Giáo viên đạt chuẩn trình độ đào tạo trở lên", "%", 85, 90, n1(95.5), 100, "100%", "", "met", "100 at 100%"],
    ["8", "Số lớp thực hiện chương trình GDMN mới", "lớp", "3/8 lớp", "5/8 lớp", "7/8 lớp", "8/8 lớp", "100% số lớp", "", "met", "8/8 = 100%"],
    ["9", "Tỷ lệ trẻ 5 tuổi hoàn thành chương trình GDMN", "%", n1(97.0), n1(98.1), n1(98.6), "Chưa đánh giá", "Từ 98% trở lên", "Đánh giá vào cuối năm học (tháng 5/2013)", "pending", "assessed at the end of May; the report is dated 28/4"],
    ["10", "Số giáo viên đạt giáo viên dạy giỏi cấp huyện", "GV", 2, 3, 3, "4 GV", "03 GV", "", "exceeded", "\"4 GV\" over 3"],
  ];
  rows.forEach((x, i) => {
    const r = 12 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]], { border: true, wrap: true });
    if (x[9]) s.expect(`G${r}`, { indicator: x[1], target: x[7], status: x[9], why: x[10] });
  });
  const end = 12 + rows.length;
  notes(s, end + 1, "B", ["Ghi chú:", "- Cột 4 đến cột 6 là kết quả các năm học trước, để so sánh; chỉ tiêu ở cột 8 là chỉ tiêu năm học 2012-2013.", "- Số liệu năm học 2012-2013 tính đến ngày 25/4/2013."]);
  signature(s, end + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Ma Thị Hà" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Hoàng Thị Lan" });
  b.facts = {
    sheet: "Ket qua 4 nam",
    headerRows: "9-10 (merged years group), 11 (column numbers)",
    nameColumn: "B (Nội dung)",
    target: "column H (Chỉ tiêu năm học 2012-2013), for column G only",
    actualColumns: "G (2012-2013)",
    ignoreColumns: "D, E, F (earlier school years: history, and F the baseline of row 16), I (Ghi chú)",
    otherRows: "11 (column numbers), " + (end + 1) + "-" + (end + 3) + " (notes), signature from " + (end + 5),
    asOf: "2013-04-28",
    period: "2012-2013",
    notes: "Years side by side: only the last year has a target. Row 16's target is a reduction from the year before (column F), in points or in percent: the row does not say. Row 20's assessment happens at the end of the year.",
  };
  return b;
}
