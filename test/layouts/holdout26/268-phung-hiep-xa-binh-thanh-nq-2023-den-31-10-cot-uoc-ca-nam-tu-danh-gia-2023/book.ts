// Layout 268: a commune's resolution targets late in the year (xã Bình Thành, Phụng Hiệp, Hậu Giang, November 2023): ĐVT, the resolution's target, the figure to 31 October, the year's estimate beside it, the commune's own word "Đạt / Vượt / Chưa đạt", a row awaiting the year-end review; two months left: short pending whatever the estimate or the word says.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2023 đến ngày 31/10/2023, xã Bình Thành (Phụng Hiệp, Hậu Giang)");
  const s = b.sheet("Chi tieu NQ 2023");
  s.cols([5, 42, 11, 13, 13, 12, 11, 28]);
  titleBlock(s, {
    left: ["ĐẢNG BỘ HUYỆN PHỤNG HIỆP", "ĐẢNG ỦY XÃ BÌNH THÀNH"],
    date: "Bình Thành, ngày 27 tháng 11 năm 2023",
    title: ["BIỂU KẾT QUẢ THỰC HIỆN 14 CHỈ TIÊU NGHỊ QUYẾT NĂM 2023", "(phục vụ buổi làm việc với Thường trực Huyện ủy)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết 2023", "Thực hiện đến 31/10/2023", "Ước thực hiện cả năm", "Tự đánh giá", "Ghi chú"], head);
  type R = [string, string, CellInput, CellInput, CellInput, string, string, Status, string];
  const rows: R[] = [
    ["Tuyển chọn, gọi công dân nhập ngũ", "thanh niên", 22, 22, 22, "Đạt", "Giao quân tháng 02/2023", "met", "22 of 22 young men enlisted in February; enlistment is over for the year"],
    ["Tỷ lệ hộ có đoàn viên, hội viên tham gia các tổ chức chính trị - xã hội", "%", "≥ 90%", 92.6, 92.6, "Đạt", "", "exceeded", "92,6% past the inclusive 90% by 31 October; a rate already past its floor is read as reached"],
    ["Diện tích gieo trồng lúa 3 vụ", "ha", 3800, 3862, 3862, "Vượt", "Vụ Thu Đông đã xuống giống xong", "exceeded", "3.862 ha sown against 3.800; the last crop is sown, so the area is final"],
    ["Thu thuế trên địa bàn", "triệu đồng", 489, 315, 460, "Chưa đạt", "Đạt 64,4%", "pending", "315 of 489 million (64,4%) with two months of the year left; the estimate 460 is no result"],
    ["Tổng thu ngân sách địa phương", "triệu đồng", 7500, 6920, 7890, "Vượt", "", "pending", "6.920 of 7.500 million collected to 31 October; the 7.890 is an estimate, not money collected"],
    ["Số người tham gia bảo hiểm y tế", "thẻ", 7880, 6453, 6900, "Chưa đạt", "Cần vận động thêm khoảng 1.400 người", "pending", "6.453 of 7.880 cards (81,9%) with two months left"],
    ["Đào tạo nghề cho lao động nông thôn", "lao động", 120, 135, 135, "Vượt", "", "exceeded", "135 trained against 120"],
    ["Giải quyết việc làm mới", "lao động", 200, 214, 230, "Vượt", "", "exceeded", "214 jobs against 200 already"],
    ["Tỷ lệ hộ dân sử dụng nước sạch", "%", "≥ 93%", 94, 94, "Đạt", "", "exceeded", "94% past the inclusive 93% by 31 October"],
    ["Tỷ lệ hộ nghèo", "%", "Giảm 1% (còn dưới 2,5%)", "Chờ rà soát", "", "Chờ đánh giá", "Rà soát hộ nghèo tháng 12/2023", "pending", "the poor households are reviewed in December: no figure yet, not due"],
  ];
  let r = 8;
  for (const [i, [name, dvt, tg, th, uoc, word, note, st, why]] of rows.entries()) {
    s.row(`A${r}`, [String(i + 1), name, dvt, tg, th, uoc, word, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    const tgText = typeof tg === "number" ? `${tg.toLocaleString("de-DE")} ${dvt}` : String(tg);
    s.expect(`E${r}`, { indicator: name, target: `${tgText} (Chỉ tiêu Nghị quyết 2023, column D)`, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"Thực hiện\" tính đến ngày 31/10/2023; cột \"Ước thực hiện cả năm\" do các ngành ước.", "- Còn 04 chỉ tiêu về quốc phòng - an ninh, xây dựng Đảng đánh giá vào cuối năm, không đưa vào biểu."]);
  signature(s, r + 5, { col: "B", title: "VĂN PHÒNG ĐẢNG ỦY", name: "Lê Thị Mỹ" }, { col: "E", title: "T/M ĐẢNG ỦY / BÍ THƯ", name: "Trần Văn Hậu" });
  b.facts = {
    sheet: "Chi tieu NQ 2023",
    headerRows: "7",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Chỉ tiêu Nghị quyết 2023: numbers in the ĐVT of column C, or words \"≥ 90%\", \"Giảm 1% (còn dưới 2,5%)\")",
    actualColumns: "E (Thực hiện đến 31/10/2023: numbers, or \"Chờ rà soát\")",
    ignoreColumns: "A (TT), C (ĐVT), F (Ước thực hiện cả năm: an estimate, not a result), G (Tự đánh giá: the commune's own word, no verdict), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2023-11-27",
    period: "2023",
    notes: "Late November, figures to 31 October: the year is not over, so short figures are pending (tax 64,4%, budget revenue 6.920 of 7.500 million, health-insurance cards 81,9%) even where the commune's own word says \"Chưa đạt\" or the estimate column passes the target (7.890). Done things are final: the February enlistment, the sown rice area. The poverty rate awaits the December review: pending.",
  };
  return b;
}
