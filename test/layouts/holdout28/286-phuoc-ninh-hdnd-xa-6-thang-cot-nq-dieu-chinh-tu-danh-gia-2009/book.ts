// Layout 286: a commune council's six-month review of its resolution targets (HĐND xã Phước Ninh, Dương Minh Châu, Tây Ninh, 2009): the resolution's target beside an "adjusted at the 12th session" column filled on two lines only, the six months' result, a percent of the resolution, the commune's own word; read on 10 August: year targets short pending, a finished winter-spring crop and the year's call-up final, the adjusted target where there is one.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu Nghị quyết HĐND xã Phước Ninh 6 tháng đầu năm 2009");
  const s = b.sheet("Chi tieu NQ 6 thang");
  s.cols([5, 44, 11, 14, 16, 14, 10, 12, 30]);
  titleBlock(s, {
    left: ["HĐND XÃ PHƯỚC NINH", "UBND XÃ PHƯỚC NINH"],
    date: "Phước Ninh, ngày 10 tháng 8 năm 2009",
    title: ["PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT HĐND XÃ NĂM 2009", "(6 tháng đầu năm; kèm theo Nghị quyết kỳ họp thứ 12 HĐND xã khóa IX)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết HĐND xã năm 2009", "Điều chỉnh tại kỳ họp thứ 12 (07/8/2009)", "Thực hiện 6 tháng đầu năm", "% so NQ", "Tự đánh giá", "Ghi chú"], head);
  type R = [string, string, CellInput, CellInput, CellInput, string, string, Status, string, string];
  // name, unit, resolution, adjusted, six months, own word, note, verdict, target text, why
  const rows: R[] = [
    ["Diện tích trồng mới cao su", "ha", 455, "", 455, "Đạt", "Hoàn thành trong quý II", "met", "455 ha (column D)", "455 of 455 ha planted by the second quarter: the year's target reached"],
    ["Diện tích gieo trồng lúa vụ Đông Xuân", "ha", 620, 590, 598, "Chưa đạt", "Chuyển 30 ha sang trồng cao su", "exceeded", "590 ha (column E, adjusted at the 12th session; 620 in column D)", "the winter-spring crop is over: 598 ha against the adjusted 590 (the council moved 30 ha to rubber); against the original 620 it would be short, but the adjusted target was set before this review and replaces it"],
    ["Tổng thu ngân sách xã", "triệu đồng", 1404, 2213, 612, "Đạt thấp", "", "pending", "2.213 triệu đồng (column E, adjusted; 1.404 in column D)", "612 million after six months against the year's 2.213 (or 1.404): short either way, the year is not over"],
    ["Thu hồi nợ thuế tồn đọng", "triệu đồng", 250, "", 64, "Chưa đạt", "Còn nợ 186 triệu đồng", "pending", "250 triệu đồng (column D)", "64 of the 250 million owed collected by mid-year; the resolution's target is the year's"],
    ["Làm mới đường giao thông nông thôn", "km", 3.5, "", 0.8, "Chưa đạt yêu cầu", "Đang thi công 1,2 km", "pending", "3,5 km (column D)", "0,8 of 3,5 km by mid-year: the commune's own \"Chưa đạt yêu cầu\" speaks of progress, the year's target is not yet due"],
    ["Duy trì chuẩn phổ cập giáo dục THCS", "", "Duy trì", "", "Duy trì đạt chuẩn", "Đạt", "Huyện kiểm tra tháng 6/2009", "met", "Duy trì (column D)", "the district's check in June kept the standard"],
    ["Duy trì xã đạt chuẩn quốc gia về y tế", "", "Duy trì", "", "Duy trì", "Đạt", "", "met", "Duy trì (column D)", "the commune kept the national health standard"],
    ["Tỷ lệ hộ sử dụng nước hợp vệ sinh", "%", 85, "", 83.5, "", "", "pending", "85% (column D)", "83,5% at mid-year against the year's 85%"],
    ["Tỷ lệ gia đình đạt chuẩn văn hóa", "%", 90, "", "Chưa bình xét", "", "Bình xét vào tháng 12", "pending", "90% (column D)", "families are rated in December: no figure yet, not yet due"],
    ["Giao quân (nghĩa vụ quân sự) năm 2009", "thanh niên", 12, "", 12, "Đạt", "Giao quân tháng 02/2009", "met", "12 thanh niên (column D)", "12 of 12 handed over in February: the year's only call-up is done"],
    ["Tỷ lệ hộ nghèo", "%", "Dưới 5", "", 6.2, "", "Rà soát cuối năm", "pending", "Dưới 5% (column D)", "6,2% at mid-year; households are reviewed at the year's end, when the cap is judged"],
  ];
  let r = 9;
  for (const [i, [name, unit, nq, adj, th, own, note, st, target, why]] of rows.entries()) {
    const pct: CellInput = typeof nq === "number" && typeof th === "number" ? { v: `=ROUND(F${r}/D${r}*100,1)`, fmt: "0.0", result: (Math.round((th / nq) * 1000) / 10).toFixed(1).replace(".", ","), border: true, align: "center" } : "";
    s.row(`A${r}`, [String(i + 1), name, unit, nq, adj, th, pct, own, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`F${r}`, { indicator: name, target, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"Điều chỉnh\" ghi các chỉ tiêu được HĐND xã điều chỉnh tại kỳ họp thứ 12 (ngày 07/8/2009); chỉ tiêu không điều chỉnh giữ theo Nghị quyết.", "- Số liệu 6 tháng tính đến ngày 30/6/2009; riêng vụ Đông Xuân đã thu hoạch xong."]);
  signature(s, r + 5, { col: "B", title: "TM. UBND XÃ / CHỦ TỊCH", name: "Nguyễn Văn Đực" }, { col: "F", title: "TM. HĐND XÃ / CHỦ TỊCH", name: "Trần Văn Chính" });
  b.facts = {
    sheet: "Chi tieu NQ 6 thang",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Điều chỉnh tại kỳ họp thứ 12) where it holds a figure (rows 10, 11), else column D (Nghị quyết HĐND xã năm 2009: numbers, \"Duy trì\", \"Dưới 5\")",
    actualColumns: "F (Thực hiện 6 tháng đầu năm)",
    ignoreColumns: "A (TT), C (ĐVT), G (% so NQ: derived, against column D only), H (Tự đánh giá: the commune's own word), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2009-08-10",
    period: "2009",
    notes: "A mid-year read of a year's resolution: short of a year target is pending whatever the commune's own word (\"Chưa đạt\", \"Đạt thấp\"); a target already reached is met (rubber 455/455, the call-up 12/12 done in February, both standards kept). The winter-spring rice crop is over, so its area is final: 598 ha against the adjusted 590 (the council lowered it at the session this report serves, the note says adjusted targets replace the resolution's): exceeded. The budget's adjusted 2.213 and the original 1.404 both leave 612 pending. Families are rated in December and the poor-household cap is judged at the year-end review: pending.",
  };
  return b;
}
