// Layout 95: a mountain district's estimate of its 2022 socio-economic targets before the year-end council session (huyện Phước Sơn, Quảng Nam, November 2022): the council's targets, the year's estimate, the district's own "Đạt/Vượt/Không đạt" column (once wrong), a hidden 2021 column, bands, strict ceilings, a title decided in December.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Ước thực hiện các chỉ tiêu chủ yếu năm 2022 theo Nghị quyết của HĐND huyện Phước Sơn");
  const s = b.sheet("Chỉ tiêu 2022");
  s.cols([5, 50, 16, 11, 14, 12, 13, 28]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "HUYỆN PHƯỚC SƠN"],
    date: "Phước Sơn, ngày 20 tháng 11 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2022", "(Kèm theo thông tin kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2021", "Nghị quyết HĐND huyện năm 2022", "Ước thực hiện năm 2022", "Đánh giá", "Ghi chú"], head);
  s.hideCols("D");
  const bd = { border: true, align: "center" as const, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, { v: t, align: "left" }, "", "", "", "", "", ""], { ...bd, bold: true });
  const n = (x: number, d = 1): CellInput => ({ v: x, fmt: d === 2 ? "0.00" : "0.0" });
  // [no, indicator, unit, 2021, council target, estimate, own verdict, note, clerk's verdict, why]
  type R = [string, string, string, CellInput, string, CellInput, string, string, Status, string];
  const put = (r: number, x: R) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4], x[5], x[6], { v: x[7], align: "left" }], bd);
    s.expect(`F${r}`, { indicator: x[1], target: x[4], status: x[8], why: x[9] });
  };
  sec(9, "I", "Chỉ tiêu kinh tế");
  put(10, ["1", "Tổng giá trị sản xuất tăng", "%", n(9.5), "11 - 12", n(11.6), "Đạt", "", "met", "11,6 lies inside the band 11-12"]);
  put(11, ["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", n(68.4), "75", n(81.2), "Vượt", "", "exceeded", "81,2 > 75"]);
  put(12, ["3", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", n(22.5), "25", n(24.3), "Không đạt", "", "not_met", "24,3 < 25"]);
  sec(13, "II", "Chỉ tiêu văn hóa - xã hội");
  put(14, ["4", "Tỷ lệ hộ nghèo giảm", "%", n(7.9), "5 - 6", n(5.8), "Đạt", "Theo chuẩn nghèo đa chiều giai đoạn 2022-2025", "met", "a reduction of 5,8 points lies inside 5-6 (the hidden 7,9 is last year's)"]);
  put(15, ["5", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", n(27.1), "Dưới 26", n(26.0), "Đạt", "", "not_met", "26,0 is not under 26 (\"dưới\" is strict); the district's own \"Đạt\" is wrong"]);
  put(16, ["6", "Tỷ lệ huy động trẻ mẫu giáo 3-5 tuổi ra lớp", "%", n(97.8), "≥ 98", n(98.6), "Vượt", "", "exceeded", "98,6 > 98"]);
  put(17, ["7", "Tỷ lệ học sinh bỏ học", "%", n(1.12, 2), "Dưới 1", n(0.85, 2), "Đạt", "", "met", "0,85 < 1 (a ceiling: met, never exceeded)"]);
  put(18, ["8", "Số trường đạt chuẩn quốc gia (lũy kế)", "trường", 11, "13", 12, "Cơ bản đạt", "01 trường đang hoàn thiện hồ sơ", "not_met", "12 < 13; \"Cơ bản đạt\" is the district's word, not the target"]);
  put(19, ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", n(97.9), "98", n(96.5), "Không đạt", "", "not_met", "96,5 < 98"]);
  put(20, ["10", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa", "%", n(78), "80", "Chưa bình xét", "", "Bình xét vào tháng 12/2022", "pending", "the title is decided in December 2022, after 20/11/2022"]);
  put(21, ["11", "Tỷ lệ lao động qua đào tạo", "%", n(49.6), "52", n(52.0), "Đạt", "", "met", "52,0 = 52"]);
  sec(22, "III", "Chỉ tiêu môi trường");
  put(23, ["12", "Tỷ lệ che phủ rừng", "%", n(71.2), "71,5", n(71.5), "Đạt", "", "met", "71,5 = 71,5"]);
  put(24, ["13", "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", "%", n(93), "95", n(95.4), "Vượt", "", "exceeded", "95,4 > 95"]);
  const after = notes(s, 26, "B", [
    "Ghi chú:",
    "- Số liệu năm 2022 là số ước thực hiện cả năm, tính đến ngày 15/11/2022.",
    "- Cột \"Đánh giá\" do phòng Tài chính - Kế hoạch tổng hợp từ báo cáo của các ngành.",
  ]);
  signature(s, after + 1, { col: "B", title: "PHÒNG TÀI CHÍNH - KẾ HOẠCH", name: "Hồ Văn Sơn" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN", name: "Lê Quang Trung" });
  b.facts = {
    sheet: "Chỉ tiêu 2022",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Nghị quyết HĐND huyện năm 2022: bands \"11 - 12\", \"5 - 6\", plain numbers, \"Dưới 26\", \"≥ 98\", \"Dưới 1\")",
    actualColumns: "F (Ước thực hiện năm 2022: the year's estimate, judged against the year's target as the district's report does)",
    ignoreColumns: "C (ĐVT), D (Thực hiện năm 2021, hidden: last year), G (Đánh giá: the district's own verdict, not a figure), H (Ghi chú)",
    otherRows: `9, 13, 22 (sections I-III), 26-${after - 1} (notes), signature below`,
    asOf: "2022-11-20",
    period: "2022",
    notes: "The year's estimate answers the council's target. Bands are inclusive (inside is met). \"Dưới\" is strict: 26,0 against \"Dưới 26\" is not met although the district wrote \"Đạt\". The drop-out rate's \"Dưới 1\" is a ceiling. \"Cơ bản đạt\" is not a result: 12 schools against 13 is not met. \"Chưa bình xét\" for a title decided in December is pending.",
  };
  return b;
}
